#!/usr/bin/env bash
# A team's year, told through the command line: assess, start two interventions, judge one helped and
# one no change, enter six months of sickness figures, re-assess, ask what next, export and import.
# Each step checks what a manager would read. Usage: history_story_test.sh TRYNEXT SOURCE_DIR
set -euo pipefail
T=$1
SRC=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export TRYNEXT_STORE="$WORK/history.db"
passed=0
failed=0

check() {  # check DESCRIPTION COMMAND...: the command must succeed
  local what=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAILED: $what" >&2
  fi
}
contains() { grep -qF -- "$2" "$1" || { echo "--- $1 does not contain: $2" >&2; sed 's/^/    /' "$1" >&2; return 1; }; }
lacks() { ! grep -qF -- "$2" "$1" || { echo "--- $1 should not contain: $2" >&2; return 1; }; }

# The example team, without in_place and tried: the history is to supply them.
python3 - "$SRC/examples/team-merger.json" "$WORK" <<'EOF'
import json, re, sys
text = re.sub(r'^\s*//.*$', '', open(sys.argv[1]).read(), flags=re.M)
d = json.loads(text)
d["team"].pop("in_place", None)
d["team"].pop("tried", None)
json.dump(d, open(sys.argv[2] + "/march.json", "w"), indent=2)
# Six months on: supervision is happening, so more of the support factor is met.
for k in ("support.a", "support.b", "support.c", "support.e"):
    d["answers"][k] = "met"
d["team"]["sickness_absence_rate"] = 0.05
json.dump(d, open(sys.argv[2] + "/september.json", "w"), indent=2)
EOF

# 1. The first assessment is recorded, and the answer printed.
$T assess "$WORK/march.json" --team north --date 2026-03-01 > "$WORK/1.txt"
check "first assess prints the answer" contains "$WORK/1.txt" "What to try next for Northfield merged health visiting team"
check "first assess says it was recorded" contains "$WORK/1.txt" "of team north on 2026-03-01"
check "the store file is owner-only" test "$(stat -c %a "$TRYNEXT_STORE")" = 600

# A retry with the same request id records once.
$T assess "$WORK/march.json" --team north --date 2026-03-01 --request-id r1 > /dev/null
$T assess "$WORK/march.json" --team north --date 2026-03-01 --request-id r1 > "$WORK/1b.txt"
check "a retry is not recorded twice" contains "$WORK/1b.txt" "already recorded: not recorded again"

# 2. Two interventions start.
sup=$($T action start north restorative_supervision --start 2026-03-15 --owner "team lead" \
      --dose "monthly, 6 sessions" --review 2026-09-15 | sed -n 's/^action \([0-9a-f]*\):.*/\1/p')
mind=$($T action start north mindfulness --start 2026-03-20 --dose "8 weekly sessions" | sed -n 's/^action \([0-9a-f]*\):.*/\1/p')
check "action ids are printed" test ${#sup} -eq 32 -a ${#mind} -eq 32
set +e
$T action start north mindfulnes > "$WORK/bad.txt" 2>&1
code=$?
set -e
check "an unknown intervention exits 2" test $code -eq 2
check "an unknown intervention is named" contains "$WORK/bad.txt" "\"mindfulnes\" is not an intervention of the catalogue"

# While they run, the answer acknowledges them (in place) instead of recommending them afresh.
$T next north > "$WORK/2.txt"
check "next says what the history put in place" contains "$WORK/2.txt" "From the team's history, in place now: Restorative supervision and Mindfulness."

# 3. One helped, one made no change.
$T action update "$sup" --delivered yes > /dev/null
$T action outcome "$sup" helped --date 2026-08-30 --note "fewer days lost" > /dev/null
$T action outcome "$mind" no_change --date 2026-06-01 > /dev/null

# 4. Six months of sickness figures.
for m in 03:0.07 04:0.068 05:0.064 06:0.06 07:0.055 08:0.05; do
  $T measure north --month "2026-${m%%:*}" --sickness "${m##*:}" > /dev/null
done
set +e
$T measure north --month 2026-09 --sickness 6 > "$WORK/bad.txt" 2>&1
code=$?
set -e
check "a percentage for a share exits 2" test $code -eq 2
check "a percentage for a share gets a hint" contains "$WORK/bad.txt" "a share: write 0.06 for 6%"

# 5. The re-assessment names what changed alongside which action, as an association.
$T assess "$WORK/september.json" --team north --date 2026-09-01 --request-id s1 > "$WORK/5.txt"
check "re-assessment compares with the previous one" contains "$WORK/5.txt" "Since the assessment of 2026-03-01:"
check "re-assessment names the action in between" contains "$WORK/5.txt" "Since restorative supervision started in March 2026, 4 more support indicators are met (3 then, 7 now, of 11)."
check "re-assessment says it is not proof" contains "$WORK/5.txt" "not proof that the actions caused them"
check "the history's judged tries are used" contains "$WORK/5.txt" "tried before and judged: Mindfulness and Restorative supervision."
$T assess "$WORK/september.json" --team north --date 2026-09-01 --request-id s1 --format json > "$WORK/5.json"
python3 - "$WORK/5.json" <<'EOF' || failed=$((failed + 1))
import json, sys
d = json.load(open(sys.argv[1]))
top = [r["id"] for r in d["result"]["recommendations"]]
assert "mindfulness" not in top, f"mindfulness, tried without benefit, is in the top five: {top}"
assert d["history"]["tried_from_history"] == ["mindfulness", "restorative_supervision"], d["history"]
EOF
passed=$((passed + 1))

# 6. What next, and the history as a manager reads it.
$T next north > "$WORK/6.txt"
check "next is based on the latest assessment" contains "$WORK/6.txt" "From the assessment of 2026-09-01"
$T history north > "$WORK/history.txt"
check "history shows both assessments" contains "$WORK/history.txt" "2026-03-01  2026-09-01  change"
check "history shows the support change" contains "$WORK/history.txt" "+4"
check "history shows the outcome" contains "$WORK/history.txt" "2026-08-30 outcome: helped (fewer days lost)"
check "history's run chart says six points are too few" contains "$WORK/history.txt" "6 months of sickness absence figures: not enough data yet"

# The HTML report with the team over time: the change beside the action, the run chart and its words.
$T next north --format html > "$WORK/6.html"
check "the HTML report has the team over time" contains "$WORK/6.html" '<h2 id="history">The team over time</h2>'
check "the HTML report names the change beside the action" contains "$WORK/6.html" "Since restorative supervision started in March 2026, 4 more support indicators"
check "the HTML report's run chart says six points are too few" contains "$WORK/6.html" "6 months of sickness absence figures: not enough data yet"
check "the HTML report draws six months" test "$(grep -o 'class="point"' "$WORK/6.html" | wc -l)" -eq 6
check "the run chart has a text equivalent" contains "$WORK/6.html" "Sickness absence by month: March 2026 7.0%"
check "the HTML report is one page" test "$(grep -c '</html>' "$WORK/6.html")" -eq 1

# 7. Export, import elsewhere, and the same history comes back.
$T export north -o "$WORK/north.json" 2> /dev/null
TRYNEXT_STORE="$WORK/other.db" $T import "$WORK/north.json" 2> "$WORK/import.txt"
check "import says what it added" contains "$WORK/import.txt" "imported team north (3 assessments, 2 actions, 2 outcomes, 6 months of measures)"
TRYNEXT_STORE="$WORK/other.db" $T export north > "$WORK/north-again.json"
check "export, import, export is lossless" cmp -s "$WORK/north.json" "$WORK/north-again.json"
check "the export satisfies schemas/history.schema.json" python3 -c '
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))' "$SRC/schemas/history.schema.json" "$WORK/north.json"
set +e
TRYNEXT_STORE="$WORK/other.db" $T import "$WORK/north.json" > "$WORK/bad.txt" 2>&1
code=$?
set -e
check "importing a team twice is refused" test $code -eq 2
check "importing a team twice says so" contains "$WORK/bad.txt" "is already in the store; nothing was imported"

# A file that is not a history is refused and left alone.
echo "minutes" > "$WORK/notes.txt"
set +e
TRYNEXT_STORE="$WORK/notes.txt" $T history north > "$WORK/bad.txt" 2>&1
code=$?
set -e
check "a foreign file exits 2" test $code -eq 2
check "a foreign file is named as not a history" contains "$WORK/bad.txt" "not a trynext history"
check "a foreign file is unchanged" test "$(cat "$WORK/notes.txt")" = "minutes"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
