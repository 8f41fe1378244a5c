#!/usr/bin/env bash
# The PDF report as a reader gets it: trynext report examples/team-merger.json -o x.pdf, its pages
# turned into PNG with pdftoppm (Debian poppler-utils; kept under WORK_DIR to look at), page one not
# blank, and the text layer (pdftotext) holding the team's name, the first recommendation's title and
# the page numbers. Also: without chromium or weasyprint, the error names the packages. Skipped,
# saying why, without chromium (or weasyprint) or poppler-utils.
#
#   pdf_test.sh TRYNEXT SOURCE_DIR WORK_DIR
set -uo pipefail
trynext=$1 source=$2 work=$3
skip() { echo "trynext test skipped: $*"; exit 0; }
failures=0
fail() { echo "FAILED: $*" >&2; failures=$((failures + 1)); }

mkdir -p "$work"
example=$source/examples/team-merger.json

# No printing program: a clear error, naming the packages (checked wherever the test runs).
empty=$work/empty-path && mkdir -p "$empty"
out=$(env -u TRYNEXT_PDF_TOOL PATH="$empty" "$trynext" report "$example" -o "$work/none.pdf" 2>&1)
code=$?
[ $code -eq 2 ] || fail "without chromium: exit code $code, expected 2"
grep -q "install Debian's chromium package" <<<"$out" && grep -q weasyprint <<<"$out" ||
  fail "without chromium the message does not name the packages: $out"
[ ! -e "$work/none.pdf" ] || fail "a PDF file was written without a printing program"

command -v chromium >/dev/null || command -v weasyprint >/dev/null ||
  skip "neither chromium nor weasyprint (Debian packages chromium, weasyprint)"
command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null || skip "no pdftoppm/pdftotext (Debian package poppler-utils)"

rm -f "$work"/x.pdf "$work"/page-*.png
"$trynext" report "$example" -o "$work/x.pdf" --date 2026-03-01 || fail "trynext report -o x.pdf failed"
[ "$(head -c 5 "$work/x.pdf" 2>/dev/null)" = "%PDF-" ] || { fail "x.pdf is not a PDF"; exit 1; }
# A PDF refuses a terminal, but goes to a pipe.
"$trynext" report "$example" --format pdf --date 2026-03-01 | cat >"$work/piped.pdf"
[ "$(head -c 5 "$work/piped.pdf")" = "%PDF-" ] || fail "--format pdf to a pipe"

pdftoppm -png -r 50 "$work/x.pdf" "$work/page" || fail "pdftoppm failed"
first=$(ls "$work"/page-*.png 2>/dev/null | sort | head -1)
pages=$(ls "$work"/page-*.png 2>/dev/null | wc -l)
echo "x.pdf: $pages pages, PNG pages under $work"
[ -n "$first" ] || { fail "pdftoppm made no page"; exit 1; }
python3 - "$first" <<'PY' || fail "page one is blank"
# Counts the pixels that are not white on page one, decoding the PNG with the standard library.
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n"
pos, idat, width = 8, b"", 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        assert depth == 8 and colour in (0, 2, 6), (depth, colour)
        channels = {0: 1, 2: 3, 6: 4}[colour]
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
raw, stride = zlib.decompress(idat), width * channels
prev, inked, i = bytearray(stride), 0, 0
for _ in range(height):
    f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
    i += 1 + stride
    for x in range(stride):
        a = line[x - channels] if x >= channels else 0
        b, c = prev[x], prev[x - channels] if x >= channels else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    inked += sum(1 for x in range(0, stride, channels) if min(line[x:x + min(channels, 3)]) < 200)
    prev = line
share = inked / (width * height)
print(f"page one: {width}x{height}, {inked} pixels not white ({share:.1%})")
sys.exit(0 if share > 0.01 else 1)
PY

text=$(pdftotext -layout "$work/x.pdf" - 2>/dev/null)
first_title=$("$trynext" recommend "$example" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["recommendations"][0]["title"])')
team=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["team"]["name"])' "$example")
flat=$(tr -s ' \n' '  ' <<<"$text")
grep -qF "$team" <<<"$flat" || fail "the PDF's text does not hold the team's name ($team)"
grep -qF "$first_title" <<<"$flat" || fail "the PDF's text does not hold the first recommendation ($first_title)"
grep -qE "Page 1 of $pages" <<<"$flat" || fail "no page number \"Page 1 of $pages\" on the pages"
grep -qF "Action plan" <<<"$flat" || fail "the PDF has no action plan"
[ "$failures" -eq 0 ] && echo "pdf: all checks passed" || exit 1
