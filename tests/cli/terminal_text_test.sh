#!/usr/bin/env bash
# The answer in a terminal: wrapped to its width (80 when not a terminal), bold and colour only on a
# terminal and only without NO_COLOR. A pseudo-terminal comes from util-linux's script(1).
# Usage: terminal_text_test.sh TRYNEXT SOURCE_DIR
set -u
T=$1
SRC=$2
passed=0 failed=0
check() {  # check NAME CONDITION-EXIT-CODE
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $1"; fi
}
esc=$'\033['

piped=$("$T" recommend "$SRC/examples/team-merger.json")
longest=$(awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }' <<<"$piped")
[ "$longest" -le 80 ]; check "piped text is wrapped at 80 columns (longest line: $longest)" $?
! grep -qF "$esc" <<<"$piped"; check "piped text has no escape codes" $?

if ! command -v script >/dev/null; then
  echo "trynext test skipped: script(1) from util-linux is not installed, so no terminal can be made"
  exit 0
fi
on_tty=$(COLUMNS=100 script -qec "stty cols 100; '$T' recommend '$SRC/examples/team-merger.json'" /dev/null)
grep -qF "${esc}1mWhat to try next" <<<"$on_tty"; check "a terminal gets bold headings" $?
longest=$(sed 's/\x1b\[[0-9;]*m//g; s/\r$//' <<<"$on_tty" | awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }')
[ "$longest" -gt 80 ] && [ "$longest" -le 100 ]; check "a 100-column terminal gets lines up to 100 (longest: $longest)" $?
no_color=$(NO_COLOR=1 script -qec "'$T' recommend '$SRC/examples/team-merger.json'" /dev/null)
! grep -qF "$esc" <<<"$no_color"; check "NO_COLOR turns colour off on a terminal" $?

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
