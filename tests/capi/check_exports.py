#!/usr/bin/python3
"""Checks what libtrynext.so exports: every function of trynext.h, the C++ API, and nothing else.

    check_exports.py LIBRARY TRYNEXT_H
"""
import re
import subprocess
import sys

library, header = sys.argv[1], sys.argv[2]
lines = subprocess.run(["nm", "-D", "--defined-only", "-C", library], check=True, capture_output=True,
                       text=True).stdout.splitlines()
symbols = []
for line in lines:
    parts = line.split(" ", 2)
    if len(parts) == 3:
        symbols.append(re.sub(r"@@?TRYNEXT_0$", "", parts[2]))

public_cxx = re.compile(
    r"^(trynext::(Engine|LiveEngine|Catalogue|Problem|Diagnostic|Error|InputError|LoadError"
    r"|RuleTestCoverage|RuleTestRun|RuleDiff|CorpusGenerator|vocabulary)::"
    r"|trynext::(version|to_json|to_text|result_json|error_json|intervention_json|catalogue_json|instrument_json"
    r"|assessment_schema|assessment_template|render_report|html_escape|parse_report_format|report_format_name|closest_match"
    r"|did_you_mean|read_catalogue_sources|write_catalogue_database"
    r"|interventions_text|interventions_json|intervention_text|check_rules|run_rule_tests|rule_tests_text(_results|_summary)?"
    r"|rule_tests_markdown|rule_tests_json|diff_rules|rule_diff_text|rule_diff_markdown|rule_diff_json"
    r"|write_corpus"
    r"|survey::(check_settings|settings_from_json|settings_json|instrument_of|response_from_json|median_answer"
    r"|make_release|earlier_of|earlier_from_json|release_from_request|release_json|release_from_json|assessment_of))(\[abi:cxx11\])?\("
    r"|(typeinfo|typeinfo name|vtable) for trynext::(Error|InputError|LoadError)$)")
allowed = re.compile(r"^(trynext_[a-z_]+|TRYNEXT_0)$")
leaked = [s for s in symbols if not allowed.match(s) and not public_cxx.match(s)]

declared = set(re.findall(r"TRYNEXT_API[^;(]*?\b(trynext_[a-z_]+)\s*\(", open(header).read()))
exported = {s for s in symbols if allowed.match(s)}
missing = sorted(declared - exported)
extra_c = sorted(exported - declared - {"TRYNEXT_0"})

for s in leaked:
    print("exported but not part of the API:", s)
for s in missing:
    print("declared in trynext.h but not exported:", s)
for s in extra_c:
    print("exported C symbol not declared in trynext.h:", s)
print(f"{len(symbols)} symbols exported, {len(declared)} C functions declared")
sys.exit(1 if leaked or missing or extra_c or not declared else 0)
