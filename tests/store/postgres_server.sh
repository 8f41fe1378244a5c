#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for the store tests: initdb in DIR, listening on a Unix
# socket in DIR only (no TCP), as an unprivileged user (the postgres user when run as root).
#   postgres_server.sh start DIR   writes DIR/url (the connection string) once the server answers,
#                                  or DIR/skipped (why it could not) and exits 0 either way
#   postgres_server.sh stop DIR    stops it and removes DIR
set -u
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
      echo "PostgreSQL is not installed (Debian package postgresql)" > "$dir/skipped"
      echo "trynext test skipped: $(cat "$dir/skipped")"
      exit 0
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres > /dev/null 2>&1; then
      echo "no postgres user to run the server as (Debian's postgresql package makes one)" > "$dir/skipped"
      echo "trynext test skipped: $(cat "$dir/skipped")"
      exit 0
    fi
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    chmod 700 "$dir"
    if ! as_server_user "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C > "$dir/initdb.log" 2>&1; then
      echo "initdb failed: $(tail -3 "$dir/initdb.log")" > "$dir/skipped"
      cat "$dir/skipped"
      exit 1
    fi
    if ! as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=on" start > /dev/null; then
      echo "the server did not start: $(tail -5 "$dir/server.log")"
      exit 1
    fi
    as_server_user "$bin/createdb" -h "$dir" -U postgres trynext || exit 1
    echo "postgresql://postgres@/trynext?host=$dir" > "$dir/url"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $dir"
    ;;
  stop)
    if [ -n "$bin" ] && [ -d "$dir/data" ]; then
      as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null 2>&1
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: postgres_server.sh start|stop DIR" >&2
    exit 2
    ;;
esac
