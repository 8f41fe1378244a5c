#!/usr/bin/env bash
# The trynext program as a user runs it: every bad input gets its message and exit code.
# Usage: cli_test.sh TRYNEXT SOURCE_DIR
set -u
T=$1
SRC=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

# expect NAME CODE PATTERN -- COMMAND...: runs COMMAND, checks its exit code and that its output
# (stdout and stderr together) contains PATTERN (fixed string).
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

team='{"team": {"name": "T", "headcount": 10, "newly_qualified_share": 0.4}, "answers": {"support.b": "not_met"}}'
echo "$team" > "$tmp/team.json"
printf '{\n  "team": {\n    "headcount": 10,\n  }\n}\n' > "$tmp/malformed.json"
echo '{"team": {"headcount": 10, "newly_qualified_share": 1.7}}' > "$tmp/range.json"
echo '{"team": {"headcount": "ten"}}' > "$tmp/type.json"
echo '{"team": {"headcount": 10, "caseload": 300}}' > "$tmp/unknown.json"

expect "recommend as text" 0 "Preceptorship" -- "$T" recommend "$tmp/team.json"
expect "recommend as json" 0 '"recommendations"' -- "$T" recommend "$tmp/team.json" --format json
expect "recommend from stdin" 0 "What to try next for T" -- bash -c "echo '$team' | '$T' recommend -"
expect "malformed json: file, line, column" 2 "malformed.json:4:3: not valid JSON" -- "$T" recommend "$tmp/malformed.json"
expect "out of range" 2 "team.newly_qualified_share: must be between 0 and 1, got 1.7" -- "$T" recommend "$tmp/range.json"
expect "wrong type" 2 'team.headcount: must be a number, got "ten" (a string)' -- "$T" recommend "$tmp/type.json"
expect "unknown field is a warning" 0 "team.caseload: unknown field, ignored" -- "$T" recommend "$tmp/unknown.json"
expect "missing file" 2 "no such file (tried" -- "$T" recommend "$tmp/nope.json"
expect "missing rules directory" 2 "no rules directory at /nonexistent/rules" -- "$T" recommend "$tmp/team.json" --rules /nonexistent/rules
expect "missing catalogue" 2 "no catalogue database at /nonexistent/cat.db" -- "$T" recommend "$tmp/team.json" --catalogue /nonexistent/cat.db
expect "bad format" 2 "--format" -- "$T" recommend "$tmp/team.json" --format yaml
expect "evidence by id" 0 '"evidence": "ids"' -- "$T" recommend "$tmp/team.json" --format json --evidence ids
expect "evidence by id leaves out the catalogue's text" 1 "0" -- bash -c "'$T' recommend '$tmp/team.json' --format json --evidence ids | grep -c '\"claim\"'"
expect "bad evidence form" 2 "--evidence" -- "$T" recommend "$tmp/team.json" --format json --evidence some
expect "evidence ids is a JSON form" 2 "--evidence ids needs --format json" -- "$T" recommend "$tmp/team.json" --evidence ids
expect "no input on a terminal is explained" 0 "" -- true
expect "help helps" 0 "Exit codes" -- "$T" --help
expect "recommend help" 0 "--explain" -- "$T" recommend --help
expect "explain names rules" 0 "would be recommended if" -- "$T" recommend "$tmp/team.json" --explain
expect "version" 0 "trynext 0." -- "$T" --version

# The bundled example runs, and the bare command finds the bundled rules and catalogue.
expect "example team" 0 "What to try next for" -- "$T" recommend "$SRC/examples/team-merger.json"

# The template, filled in, validates and runs.
"$T" assessment template > "$tmp/template.json"
expect "blank template lists every problem" 2 "team.headcount: must not be null" -- "$T" assessment validate "$tmp/template.json"
# Fill each field with the example its comment gives, as a manager would with real figures.
awk '/\/\/.*Example: / { ex = $0; sub(/.*Example: /, "", ex); }
     /": null/ { sub(/null/, ex) } { print }' "$tmp/template.json" > "$tmp/filled.json"
expect "filled template validates" 0 "is a valid assessment" -- "$T" assessment validate "$tmp/filled.json"
expect "filled template runs" 0 "What to try next" -- "$T" recommend "$tmp/filled.json"

# A template filled in by hand with the usual slips: each problem says the fix, and stays a problem.
printf '{\n  "team": {\n    "name": Northfield,\n    "headcount": 12\n  }\n}\n' > "$tmp/bare.json"
expect "bare word: the fix" 2 'bare.json:3:13: not valid JSON: put the text at line 3, column 13 in double quotes: "Northfield"' -- "$T" recommend "$tmp/bare.json"
printf '{\n  "team": {\n    "headcount": 12,\n    "sickness_absence_rate": 70%%\n  }\n}\n' > "$tmp/percent.json"
expect "a percent sign in the text: the fix" 2 "write 70% at line 4, column 30 as a share: 0.7 (JSON numbers have no percent sign)" -- "$T" recommend "$tmp/percent.json"
expect "trailing comma: the fix" 2 "remove the comma at line 3, column 20 (JSON allows no comma after the last item)" -- "$T" recommend "$tmp/malformed.json"
printf "{\n  'team': {\"headcount\": 12}\n}\n" > "$tmp/single.json"
expect "single quotes: the fix" 2 'use double quotes at line 2, column 3: write "team"' -- "$T" recommend "$tmp/single.json"
printf '{\n  "team": {\n    "headcount": 12\n    "name": "N"\n  }\n}\n' > "$tmp/nocomma.json"
expect "missing comma: the fix" 2 "add a comma at line 3, column 20, after 12" -- "$T" assessment validate "$tmp/nocomma.json"
echo '{"team": {"headcount": 12, "sickness_absence_rate": 8}}' > "$tmp/share8.json"
expect "share as a percentage" 2 "team.sickness_absence_rate: must be between 0 and 1, got 8; 8 looks like a percentage: write 0.08" -- "$T" recommend "$tmp/share8.json"
echo '{"team": {"headcount": 12, "sickness_absence_rate": "70%"}}' > "$tmp/share70.json"
expect "share as a percentage in quotes" 2 '"70%" looks like a percentage: write 0.7 (a number, without quotes or %)' -- "$T" assessment validate "$tmp/share70.json"
echo '{"team": {"headcount": 12}, "answers": {"support.a": "Partly", "support.b": "not met", "support.c": "dont know"}}' > "$tmp/words.json"
expect "answer in words: did you mean" 2 'answers.support.a: must be met, partly, not_met or unknown, got "Partly" (a string) (did you mean "partly"?)' -- "$T" recommend "$tmp/words.json"
expect "answer with a space: did you mean" 2 '(did you mean "not_met"?)' -- "$T" recommend "$tmp/words.json"
expect "dont know: did you mean" 2 '(did you mean "unknown"?)' -- "$T" recommend "$tmp/words.json"
expect "answers in words stay problems" 2 "not a valid assessment (3 problems)" -- "$T" recommend "$tmp/words.json"
expect "few answers said in the answer" 0 "Only 1 of the 60 benchmark indicators was answered" -- "$T" recommend "$tmp/team.json"
expect "few answers said by validate" 0 "warning: answers: Only 1 of the 60 benchmark indicators was answered" -- "$T" assessment validate "$tmp/team.json"
expect "few answers in the JSON" 0 '"kind": "few_answers"' -- "$T" recommend "$tmp/team.json" --format json
expect "59 of 60 answered: no such warning" 0 "not warned" -- bash -c "out=\$('$T' recommend '$SRC/examples/team-merger.json') && ! grep -q 'benchmark indicators w' <<<\"\$out\" && echo 'not warned'"

# From another folder, the bare command still finds the bundled rules and catalogue.
expect "runs from another folder" 0 "What to try next for T" -- bash -c "cd / && '$T' recommend '$tmp/team.json'"
expect "checks from another folder" 0 "no problems" -- bash -c "cd / && '$T' check"

# Catalogue commands.
expect "catalogue list" 0 "schwartz_rounds" -- "$T" catalogue list
expect "catalogue list by level" 0 "organisation" -- "$T" catalogue list --level organisation
expect "catalogue show" 0 "Evidence:" -- "$T" catalogue show restorative_supervision
expect "catalogue show unknown" 2 "no intervention \"nope\"" -- "$T" catalogue show nope

# Policy-lead commands on the default rules.
expect "check default rules" 0 "no problems" -- "$T" check "$SRC/rules"
expect "test default rules" 0 " passed, 0 failed" -- "$T" test "$SRC/rules" --coverage --threshold 100

# The policy-lead commands on deliberately broken copies of the rules.
cp -r "$SRC/rules" "$tmp/broken"
sed -i 's/"team.newly_qualified_share"/"team.newly_qualifed_share"/' "$tmp/broken/new_staff_learners_mentors.lua"
line=$(grep -n '"team.newly_qualifed_share"' "$tmp/broken/new_staff_learners_mentors.lua" | head -1 | cut -d: -f1)
expect "check finds a misspelt input" 1 "new_staff_learners_mentors.lua:$line: unknown_input: reads \"team.newly_qualifed_share\", which the instrument does not define (did you mean \"team.newly_qualified_share\"?)" -- "$T" check "$tmp/broken"
expect "recommend refuses a broken rule set" 2 "unknown_input" -- "$T" recommend "$tmp/team.json" --rules "$tmp/broken"
cp -r "$SRC/rules" "$tmp/failing"
cat >> "$tmp/failing/tests/workload_and_staffing_test.lua" <<'LUA'
test { name = "deliberately wrong", input = { team = { headcount = 5 } }, includes = { "schwartz_rounds" } }
LUA
expect "test reports a failing test" 1 "1 failed" -- "$T" test "$tmp/failing"
expect "test says what was expected" 1 "expected schwartz_rounds to be recommended or considered" -- "$T" test "$tmp/failing"
cp -r "$SRC/rules" "$tmp/changed"
sed -i '/id = "sickness_absence_high"/,/value =/ s/value = 0.05/value = 0.02/' "$tmp/changed/thresholds.lua"
"$T" corpus --count 200 --seed 7 --out "$tmp/corpus" 2>/dev/null
expect "diff of identical rules changes nothing" 0 "0 of 200 assessments (0.0%)" -- "$T" diff "$SRC/rules" "$SRC/rules" --corpus "$tmp/corpus"
expect "diff shows a change as markdown" 0 "## Rule change review" -- "$T" diff "$SRC/rules" "$tmp/changed" --corpus "$tmp/corpus" --format markdown
expect "diff gate fails a large change" 1 "more than the" -- "$T" diff "$SRC/rules" "$tmp/changed" --corpus "$tmp/corpus" --fail-if-changed 0.5
expect "diff as json" 0 '"changed_percent": 0.0' -- "$T" diff "$SRC/rules" "$SRC/rules" --corpus "$tmp/corpus" --format json
expect "diff of an empty directory" 2 "no assessments (*.json) in $tmp/broken" -- "$T" diff "$SRC/rules" "$SRC/rules" --corpus "$tmp/broken"
"$T" corpus --count 200 --seed 7 --out "$tmp/corpus-again" 2>/dev/null
expect "corpus is reproducible from its seed" 0 "" -- diff -r "$tmp/corpus" "$tmp/corpus-again"
"$T" corpus --count 20 --seed 8 --out "$tmp/corpus-other" 2>/dev/null
expect "another seed gives another corpus" 1 "" -- cmp -s "$tmp/corpus/team-00001.json" "$tmp/corpus-other/team-00001.json"
expect "corpus assessments are valid" 0 "is a valid assessment" -- "$T" assessment validate "$tmp/corpus/team-00042.json"
expect "corpus into a file is refused" 2 "cannot create" -- "$T" corpus --count 1 --out "$tmp/team.json/x"
expect "explain traces every rule" 0 "would fire if:" -- "$T" explain "$tmp/team.json"

# Reports of a test run for review and for other tools, and a rule set without tests.
expect "test as json" 0 '"below_threshold": false' -- "$T" test "$SRC/rules" --format json
expect "test as markdown" 0 "## Rule tests" -- "$T" test "$SRC/rules" --format markdown --coverage
expect "test failure as json" 1 '"failed": 1' -- "$T" test "$tmp/failing" --format json
expect "test refuses an unknown format" 2 "--format" -- "$T" test "$SRC/rules" --format yaml
cp -r "$SRC/rules" "$tmp/untested"
rm -r "$tmp/untested/tests"
expect "test without tests" 2 "no rule tests in $tmp/untested/tests" -- "$T" test "$tmp/untested"
expect "check of a missing directory" 2 "no rules directory at /nonexistent/rules" -- "$T" check /nonexistent/rules

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
