#!/usr/bin/env bash
# Debian's luacheck (package lua-check) over the rule files and their tests: reads and writes of
# globals nothing defines, with the globals the sandbox really gives rules (printed by
# rule_globals_list), so an independent reader of Lua agrees with `trynext check`.
# Usage: luacheck_rules.sh RULE_GLOBALS_LIST SOURCE_DIR. Exits 77 (skipped) without luacheck.
set -u
list=$1
src=$2
if ! command -v luacheck >/dev/null 2>&1; then
  echo "skipped: luacheck is not installed (apt-get install lua-check)"
  exit 77
fi
globals=$("$list") || { echo "cannot list the rule globals with $list"; exit 1; }
# shellcheck disable=SC2086 # one argument per name
set -- $globals
cd "$src/rules" || exit 1
status=0
# Rule files: the sandbox's globals only; warnings 1xx are about globals, 0xx are syntax errors.
luacheck --no-color --codes --std none --read-globals "$@" --only 0 1 --exclude-files trynext.d.lua -- *.lua || status=1
# Rule tests (rules/tests/*.lua) see nothing but test{...}.
luacheck --no-color --codes --std none --read-globals test --only 0 1 -- tests/*.lua || status=1
exit $status
