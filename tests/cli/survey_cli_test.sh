#!/usr/bin/env bash
# trynext survey aggregate as a user runs it: a team of 12's response files released with the spread, the
# response rate and the recommendations; too few responses; bad and partial files named and counted,
# never dropped; settings refused with the flag named (docs/anonymity.md).
# Usage: survey_cli_test.sh TRYNEXT SOURCE_DIR
set -u
T=$1
SRC=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

# expect NAME CODE PATTERN -- COMMAND...: the exit code, and PATTERN (fixed) in stdout and stderr.
expect() {
  local name=$1 code=$2 pattern=$3; shift 4
  local out actual
  out=$("$@" 2>&1 </dev/null); actual=$?
  if [ "$actual" -eq "$code" ] && grep -qF -- "$pattern" <<<"$out"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $name: expected exit $code and output containing: $pattern"
    echo "     got exit $actual and output:"; sed 's/^/       /' <<<"$out" | head -20
  fi
}

# Twelve respondents' files over every indicator of the instrument, answers varied by respondent.
/usr/bin/python3 - "$tmp" "$SRC" <<'PY'
import json, re, sys
tmp, src = sys.argv[1], sys.argv[2]
indicators = re.findall(r'id = "([a-z_]+\.[a-z]+)"', open(src + "/catalogue/instrument/factors.lua").read())
words = ["met", "partly", "not_met", "unknown"]
for r in range(12):
    answers = {q: words[(r + i) % 4] for i, q in enumerate(indicators)}
    group = "health_visitor" if r < 8 else "admin"
    json.dump({"group": group, "answers": answers}, open(f"{tmp}/r{r:02}.json", "w"))
PY
responses=("$tmp"/r*.json)
G=--groups=role=health_visitor,admin

expect "a team of 12 is released" 0 '"status": "released"' -- \
  "$T" survey aggregate "${responses[@]}" "$G" --headcount 12 --format json
expect "its spread is shown per indicator" 0 '"indicator_counts_shown": true' -- \
  "$T" survey aggregate "${responses[@]}" "$G" --headcount 12 --format json
expect "a group of 4 is named as not shown" 0 '"reason": "below_minimum"' -- \
  "$T" survey aggregate "${responses[@]}" "$G" --format json
expect "the response rate in words" 0 "12 responses of a team of 12 (100%)" -- \
  "$T" survey aggregate "${responses[@]}" "$G" --headcount 12
expect "a low response rate is said" 0 "fewer than half" -- "$T" survey aggregate "${responses[@]}" "$G" --headcount 30
expect "recommendations from the aggregate" 0 "What to try next for Northfield" -- \
  "$T" survey aggregate "${responses[@]}" "$G" --team "$SRC/examples/team-merger.json"
expect "four responses are not enough" 0 '"status": "not_enough_responses"' -- \
  "$T" survey aggregate "$tmp/r00.json" "$tmp/r01.json" "$tmp/r02.json" "$tmp/r03.json" "$G" --format json

# A bad answer and a file that is not JSON: both named, counted, nothing released without --keep-going.
echo '{"answers": {"support.a": "yes"}}' > "$tmp/bad.json"
echo '{"answers": ' > "$tmp/partial.json"
expect "a bad answer is named by file and path" 2 "$tmp/bad.json: answers.support.a: must be" -- \
  "$T" survey aggregate "${responses[@]}" "$G" "$tmp/bad.json" "$tmp/partial.json"
expect "a partial file is named" 2 "$tmp/partial.json: not valid JSON" -- \
  "$T" survey aggregate "${responses[@]}" "$G" "$tmp/bad.json" "$tmp/partial.json"
expect "bad files are counted" 2 "2 of 14 response files could not be used" -- \
  "$T" survey aggregate "${responses[@]}" "$G" "$tmp/bad.json" "$tmp/partial.json"
expect "a missing file is named" 2 "$tmp/missing.json" -- "$T" survey aggregate "${responses[@]}" "$G" "$tmp/missing.json"
expect "--keep-going releases the rest, exit 1" 1 '"used": 12' -- \
  "$T" survey aggregate "${responses[@]}" "$G" "$tmp/bad.json" "$tmp/partial.json" --keep-going --format json

# Settings refused, naming the flag.
expect "a minimum below 3" 2 "--min-n: must be at least 3" -- "$T" survey aggregate "${responses[@]}" "$G" --min-n 2
expect "groups without a field" 2 "--groups: write the field and its values" -- \
  "$T" survey aggregate "${responses[@]}" --groups health_visitor
expect "help names the rules" 0 "docs/anonymity.md" -- "$T" survey aggregate --help

echo "survey_cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
