#!/usr/bin/env bash
# The manager's pages end to end in headless Debian chromium (web_e2e.mjs, or the script named, such as
# team_e2e.mjs, the story of a team's history; through puppeteer-core and
# axe-core from npm, installed at test time into the build tree from the committed lock file in
# web_deps/). Skipped, saying why, without chromium, node or npm, or when the npm registry cannot be
# reached. Screenshots of every page land in WORK_DIR/screenshots.
#
#   web_test.sh TRYNEXT SOURCE_DIR WORK_DIR [SCRIPT]
set -uo pipefail
trynext=$1 source=$2 work=$3 script=${4:-web_e2e.mjs}
skip() { echo "trynext test skipped: $*"; exit 0; }

[ -x /usr/bin/chromium ] || skip "no /usr/bin/chromium (Debian package chromium)"
command -v node >/dev/null || skip "no node (Debian package nodejs)"
command -v npm >/dev/null || skip "no npm (Debian package npm)"

mkdir -p "$work"
deps="$source/tests/browser/web_deps"
# Install (again) only when the lock file changed since the last install.
if ! cmp -s "$deps/package-lock.json" "$work/package-lock.json" || [ ! -d "$work/node_modules/puppeteer-core" ]; then
  cp "$deps/package.json" "$deps/package-lock.json" "$work/"
  if ! (cd "$work" && timeout 300 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >npm.log 2>&1); then
    if grep -qiE "ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|network|ECONNRESET" "$work/npm.log"; then
      skip "the npm registry cannot be reached: $(grep -m1 -iE 'ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|network|ECONNRESET' "$work/npm.log")"
    fi
    cat "$work/npm.log" >&2
    echo "FAILED: npm ci in $work" >&2
    exit 1
  fi
fi
# The pages as this source tree has them, whatever is installed.
export TRYNEXT_WEB="$source/web"
timeout 300 node "$source/tests/browser/$script" "$trynext" "$source" "$work" "$work/node_modules"
