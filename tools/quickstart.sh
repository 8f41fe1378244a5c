#!/usr/bin/env bash
# The README's two commands. On a fresh Debian 12 machine (as root, or with sudo):
#   bash tools/quickstart.sh          install what is missing, build, recommend for the example team
#   bash tools/quickstart.sh --test   install what is missing, build, run the whole test suite
#   bash tools/quickstart.sh --sanitize   the same suite built with AddressSanitizer and UBSan (slower;
#                                     CI runs it after --test)
set -euo pipefail
cd "$(dirname "$0")/.."

mode=run
case "${1:-}" in
  "") ;;
  --test) mode=test ;;
  --sanitize) mode=sanitize ;;
  -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
  *) echo "quickstart: unknown option '$1' (use --test, --sanitize or nothing)" >&2; exit 2 ;;
esac

packages=(cmake ninja-build g++ pkg-config liblua5.4-dev libsqlite3-dev sqlite3 nlohmann-json3-dev libsimdjson-dev catch2
          libcli11-dev libcpp-httplib-dev libfmt-dev libspdlog-dev libmimalloc-dev python3 python3-jsonschema
          libpq-dev postgresql lua-check python3-pytest python3-pandas python3-matplotlib mypy
          chromium poppler-utils)
# The browser tests drive chromium from Node (puppeteer-core, axe-core); Debian's npm only when there is
# no npm at all (a node and npm installed otherwise are used as they are).
command -v npm >/dev/null 2>&1 || packages+=(npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

jobs=$(nproc)
# Optimised, with line tables only (-g1): enough for a backtrace and for the sanitizers' reports with
# file and line, and a quarter faster to compile than full debug information, which the newcomer's
# build does not need (a developer's own build directory keeps CMake's -g).
optimised="-O2 -g1 -DNDEBUG"
build() {  # build DIR [cmake options...]
  local dir=$1; shift
  echo "== building in $dir"
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$optimised" -DCMAKE_C_FLAGS_RELWITHDEBINFO="$optimised" "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
}

case "$mode" in
  run)
    build build
    echo "== trynext recommend examples/team-merger.json"
    build/tools/trynext/trynext recommend examples/team-merger.json ;;
  test)
    build build
    echo "== tests"
    ctest --test-dir build --output-on-failure -j "$jobs" ;;
  sanitize)
    build build-asan -DTRYNEXT_SANITIZE=ON
    echo "== tests with AddressSanitizer and UndefinedBehaviorSanitizer"
    ASAN_OPTIONS=detect_leaks=1 ctest --test-dir build-asan --output-on-failure -j "$jobs" ;;
esac
