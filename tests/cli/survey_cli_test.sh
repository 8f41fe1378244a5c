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

# A survey kept in the store: created with its codes, answered with them (a code used once only),
# released, refused over time, reported again, closed.
S=(--store "$tmp/history.db")
"$T" assess "$SRC/examples/team-merger.json" --team north "${S[@]}" >/dev/null 2>&1
expect "create refuses a minimum of 2" 2 "--min-n: must be at least 3" -- "$T" survey create north --min-n 2 "${S[@]}"
expect "create for no such team" 2 "team south: no such team" -- "$T" survey create south "${S[@]}"
"$T" survey create north "$G" --headcount 12 --format json "${S[@]}" >"$tmp/created.json" 2>&1
sid=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["survey"]["id"])' "$tmp/created.json")
mapfile -t codes < <(/usr/bin/python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))["codes"]))' "$tmp/created.json")
expect "twelve codes" 0 "12 of" -- /usr/bin/python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))["codes"]; print(len(set(c)), "of", len(c))' "$tmp/created.json"
for i in 0 1 2 3 4 5 6 7 8 9 10; do
  "$T" survey respond "$sid" "${responses[$i]}" --code "${codes[$i]}" "${S[@]}" >/dev/null 2>&1 || echo "respond $i failed"
done
expect "a code's second use is refused" 2 "used already" -- "$T" survey respond "$sid" "${responses[0]}" --code "${codes[0]}" "${S[@]}"
expect "a made-up code is refused" 2 "not a code of this survey" -- "$T" survey respond "$sid" "${responses[0]}" --code AAAA-BBBB-CCCC "${S[@]}"
expect "status shows the count and the lock" 0 "Settings locked" -- "$T" survey status "$sid" "${S[@]}"
expect "release: eleven of twelve" 0 "11 of 12 people answered (92%)" -- "$T" survey release "$sid" "${S[@]}"
"$T" survey respond "$sid" "${responses[11]}" --code "${codes[11]}" "${S[@]}" >/dev/null 2>&1
expect "a release adding one response is refused, exit 1" 1 "Not released now" -- "$T" survey release "$sid" "${S[@]}"
expect "report shows the recorded release again" 0 "11 of 12 people answered" -- "$T" survey report "$sid" "${S[@]}"
expect "report as HTML has the stacked bars" 0 'class="survey-bars"' -- "$T" survey report "$sid" --format html "${S[@]}"
expect "close" 0 "(closed)" -- "$T" survey close "$sid" "${S[@]}"
expect "no codes for a closed survey" 2 "is closed" -- "$T" survey codes "$sid" --count 1 "${S[@]}"
expect "list" 0 "$sid" -- "$T" survey list north "${S[@]}"

echo "survey_cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
