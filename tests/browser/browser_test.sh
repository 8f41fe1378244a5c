#!/usr/bin/env bash
# The HTML report in headless Debian chromium (report_page_test.js, through puppeteer-core and
# axe-core from npm, installed at test time into the build tree from the committed lock file): the
# example team's report and a healthy team's. Skipped, saying why, without chromium, node or npm, or
# when the npm registry cannot be reached.
#
#   browser_test.sh TRYNEXT SOURCE_DIR WORK_DIR
set -uo pipefail
trynext=$1 source=$2 work=$3
skip() { echo "trynext test skipped: $*"; exit 0; }

chromium=${TRYNEXT_CHROMIUM:-$(command -v chromium || true)}
[ -n "$chromium" ] && [ -x "$chromium" ] || skip "no chromium (Debian package chromium; tools/quickstart.sh installs it)"
command -v node >/dev/null || skip "no node (Debian package nodejs)"
command -v npm >/dev/null || skip "no npm (Debian package npm)"

mkdir -p "$work"
here=$(cd "$(dirname "$0")" && pwd)
# Install (again) only when the lock file changed since the last install.
if ! cmp -s "$here/package-lock.json" "$work/package-lock.json" || [ ! -d "$work/node_modules/puppeteer-core" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$work/"
  if ! (cd "$work" && timeout 300 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >npm.log 2>&1); then
    if grep -qiE "ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|network|ECONNRESET" "$work/npm.log"; then
      skip "the npm registry cannot be reached: $(grep -m1 -iE 'ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|network|ECONNRESET' "$work/npm.log")"
    fi
    cat "$work/npm.log" >&2
    echo "FAILED: npm ci in $work" >&2
    exit 1
  fi
fi

fail=0
"$trynext" report "$source/examples/team-merger.json" -o "$work/team-merger.html" --date 2026-03-01 || fail=1
python3 - "$source/tests/scenarios/healthy_team.json" "$work/healthy.json" <<'PY' || fail=1
import json, sys
json.dump(json.load(open(sys.argv[1]))["input"], open(sys.argv[2], "w"))
PY
"$trynext" report "$work/healthy.json" -o "$work/healthy-team.html" --date 2026-03-01 || fail=1
[ $fail -eq 0 ] || { echo "FAILED: trynext report" >&2; exit 1; }
cp "$here/report_page_test.js" "$work/"
cd "$work" && timeout 300 node report_page_test.js "$chromium" "$work" \
  "team-merger=$work/team-merger.html" "healthy-team=$work/healthy-team.html"
