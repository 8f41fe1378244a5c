#!/usr/bin/env bash
# trynext report as a user runs it: the format from --format or -o's extension, standard output,
# the date, and the messages for what cannot be done (an unknown extension, a bad date, a PDF to a
# terminal, bad input).
# Usage: report_cli_test.sh TRYNEXT SOURCE_DIR
set -u
T=$1
SRC=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
example=$SRC/examples/team-merger.json

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
# file_has NAME FILE PATTERN
file_has() {
  if grep -qF -- "$3" "$2" 2>/dev/null; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL $1: $2 does not contain: $3"; fi
}

expect "html to stdout by default" 0 "<!DOCTYPE html>" -- "$T" report "$example"
expect "html from -o's extension" 0 "wrote $tmp/r.html (html," -- "$T" report "$example" -o "$tmp/r.html" --date 2026-03-01
file_has "the html file" "$tmp/r.html" '<time datetime="2026-03-01">1 March 2026</time>'
expect "markdown from .md" 0 "(markdown," -- "$T" report "$example" -o "$tmp/r.md"
file_has "the markdown file" "$tmp/r.md" "| Factor | Met | Partly | Not met | Not answered | Indicators |"
expect "text from .txt" 0 "(text," -- "$T" report "$example" -o "$tmp/r.txt"
file_has "the text file" "$tmp/r.txt" "What to try next for Northfield"
expect "--format wins over the extension" 0 "(markdown," -- "$T" report "$example" -o "$tmp/r.html" --format markdown
file_has "markdown in r.html" "$tmp/r.html" "# What to try next for Northfield"
expect "markdown to stdout" 0 "# What to try next for Northfield" -- "$T" report "$example" --format markdown
expect "unknown extension" 2 "cannot tell the format from the name $tmp/r.docx" -- "$T" report "$example" -o "$tmp/r.docx"
expect "unknown format" 2 "--format" -- "$T" report "$example" --format docx
expect "bad date" 2 "YYYY-MM-DD" -- "$T" report "$example" --date 1/3/2026
expect "bad input" 2 "team.headcount" -- bash -c "echo '{\"team\": {\"headcount\": 0}}' | '$T' report - --format html"
expect "unwritable output" 2 "cannot write /nonexistent/dir/r.html" -- "$T" report "$example" -o /nonexistent/dir/r.html
# A PDF to a terminal is refused (script(1) gives the program a terminal), before anything is printed.
if command -v script >/dev/null; then
  expect "pdf to a terminal" 2 "a PDF is not for a terminal" -- script -qec "'$T' report '$example' --format pdf" /dev/null
fi
expect "help" 0 "--format" -- "$T" report --help

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
