#!/usr/bin/python3
"""The assessment's JSON Schema, checked with an independent validator (Debian's python3-jsonschema).

- schemas/assessment.schema.json is what `trynext assessment schema` generates (it is up to date);
- the examples, the scenario inputs and a filled-in template are valid against it;
- the engine (`trynext assessment validate`) and the schema accept and refuse the same cases.

Usage: check_schema.py TRYNEXT SOURCE_DIR
"""
import copy
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

from jsonschema import Draft202012Validator

trynext, source = sys.argv[1], sys.argv[2]
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def engine_accepts(doc_text):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        f.write(doc_text)
    try:
        run = subprocess.run([trynext, "assessment", "validate", f.name], capture_output=True, text=True)
        return run.returncode == 0, run.stderr
    finally:
        os.unlink(f.name)


generated = json.loads(subprocess.run([trynext, "assessment", "schema"], capture_output=True, text=True, check=True).stdout)
with open(os.path.join(source, "schemas", "assessment.schema.json")) as f:
    committed = json.load(f)
check("schemas/assessment.schema.json is up to date (regenerate with `trynext assessment schema`)", generated == committed)
Draft202012Validator.check_schema(generated)
validator = Draft202012Validator(generated)

documents = {}
for path in sorted(glob.glob(os.path.join(source, "examples", "*.json"))):
    documents[os.path.relpath(path, source)] = json.load(open(path))
for path in sorted(glob.glob(os.path.join(source, "tests", "scenarios", "*.json"))):
    documents[os.path.relpath(path, source)] = json.load(open(path))["input"]

# A filled-in template: the template is JSON with // comment lines; fill each null with its example.
template = subprocess.run([trynext, "assessment", "template"], capture_output=True, text=True, check=True).stdout
filled, example = [], "null"
for line in template.splitlines():
    m = re.match(r"\s*// Example: (.*)$", line)
    if m:
        example = m.group(1)
    if line.strip().startswith("//"):
        continue
    filled.append(line.replace(": null", ": " + example) if '": null' in line else line)
documents["filled template"] = json.loads("\n".join(filled))

for name, doc in documents.items():
    errors = [e.message for e in validator.iter_errors(doc)]
    check(f"{name} is valid against the schema", not errors, "; ".join(errors[:3]))
    accepted, message = engine_accepts(json.dumps(doc))
    check(f"{name} is valid for the engine", accepted, message)

# The engine and the schema agree on valid and invalid variations of a valid team.
base = documents["filled template"]


def variant(change):
    doc = copy.deepcopy(base)
    change(doc)
    return doc


cases = {
    "headcount missing": variant(lambda d: d["team"].pop("headcount")),
    "headcount zero": variant(lambda d: d["team"].update(headcount=0)),
    "headcount fractional": variant(lambda d: d["team"].update(headcount=2.5)),
    "headcount as text": variant(lambda d: d["team"].update(headcount="10")),
    "share above one": variant(lambda d: d["team"].update(newly_qualified_share=1.7)),
    "share below zero": variant(lambda d: d["team"].update(vacancy_rate=-0.1)),
    "share of exactly one": variant(lambda d: d["team"].update(mobile_working_share=1)),
    "incident months null": variant(lambda d: d["team"].update(months_since_serious_incident=None)),
    "caseload null": variant(lambda d: d["team"].update(caseload_per_practitioner=None)),
    "unknown service change": variant(lambda d: d["team"].update(service_change="merged")),
    "unknown concern": variant(lambda d: d["team"].update(concerns=["boredom"])),
    "concern twice": variant(lambda d: d["team"].update(concerns=["low_morale", "low_morale"])),
    "unknown intervention in place": variant(lambda d: d["team"].update(in_place=["yoga"])),
    "tried without outcome": variant(lambda d: d["team"].update(tried=[{"id": "mindfulness"}])),
    "tried with bad outcome": variant(lambda d: d["team"].update(tried=[{"id": "mindfulness", "outcome": "meh"}])),
    "answer not in the scale": variant(lambda d: d["answers"].update({"support.a": "yes"})),
    "answer unknown": variant(lambda d: d["answers"].update({"support.a": "unknown"})),
    "unknown team field (a warning)": variant(lambda d: d["team"].update(caseload=300)),
    "unknown indicator (a warning)": variant(lambda d: d["answers"].update({"support.z": "met"})),
    "team not an object": variant(lambda d: d.update(team=[])),
    "no team": variant(lambda d: d.pop("team")),
    "top_n too large": variant(lambda d: d.update(top_n=1000)),
    "explain as text": variant(lambda d: d.update(explain="yes")),
}
for name, doc in cases.items():
    schema_ok = validator.is_valid(doc)
    engine_ok, message = engine_accepts(json.dumps(doc))
    check(f"engine and schema agree on '{name}'", schema_ok == engine_ok,
          f"(schema {'accepts' if schema_ok else 'refuses'}, engine {'accepts' if engine_ok else 'refuses'}: {message.strip()})")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
