#!/usr/bin/python3
"""The result's JSON Schema (schemas/result.schema.json) against what the one writer writes, with an
independent validator (Debian's python3-jsonschema):

- `trynext recommend --format json`, with and without --explain, for every scenario input, the
  example and a corpus generated with `trynext corpus`, is valid against the schema;
- so is the `--evidence ids` form for the scenarios and the example, which says so and carries no
  catalogue text;
- so is the answer when a rule gives text that is not valid UTF-8 (replaced, with a warning).

Usage: check_result_schema.py TRYNEXT SOURCE_DIR
"""
import glob
import json
import os
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


with open(os.path.join(source, "schemas", "result.schema.json")) as f:
    schema = json.load(f)
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)


def validate(name, path, *extra):
    for flags in ([], ["--explain"]):
        run = subprocess.run([trynext, "recommend", path, "--format", "json", *flags, *extra], capture_output=True)
        label = f"{name} {' '.join(flags)}".strip()
        if run.returncode != 0:
            check(label, False, f"exit {run.returncode}: {run.stderr.decode(errors='replace')[:300]}")
            continue
        try:
            doc = json.loads(run.stdout.decode("utf-8"))  # strict: the output must be UTF-8
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            check(label, False, f"not JSON: {e}")
            continue
        errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(doc)]
        check(f"{label} is valid against the result schema", not errors, "; ".join(errors[:3]))
        yield doc


with tempfile.TemporaryDirectory() as tmp:
    inputs = sorted(glob.glob(os.path.join(source, "examples", "*.json")))
    for path in sorted(glob.glob(os.path.join(source, "tests", "scenarios", "*.json"))):
        with open(path) as f:
            scenario = json.load(f)
        target = os.path.join(tmp, os.path.basename(path))
        with open(target, "w") as f:
            json.dump(scenario["input"], f)
        inputs.append(target)
    corpus = os.path.join(tmp, "corpus")
    subprocess.run([trynext, "corpus", "--out", corpus, "--count", "100", "--seed", "7"], check=True,
                   capture_output=True)
    inputs += sorted(glob.glob(os.path.join(corpus, "*.json")))
    check("there are scenarios, an example and a corpus", len(inputs) > 110, str(len(inputs)))
    for path in inputs:
        for _ in validate(os.path.relpath(path, tmp), path):
            pass

    # evidence "ids": valid, marked, and without the catalogue's text, for the scenarios and the example.
    catalogue_keys = {"title", "summary", "evidence", "cautions", "format", "evidence_summary"}
    for path in inputs[:-100]:
        for doc in validate(os.path.relpath(path, tmp) + " --evidence ids", path, "--evidence", "ids"):
            recs = doc["recommendations"] + doc["also_considered"] + doc["keep_going"]
            left = sorted({k for r in recs for k in r} & catalogue_keys)
            check(f"{os.path.basename(path)}: the ids form says evidence ids, no catalogue text",
                  doc.get("evidence") == "ids" and not left, str(left))

    # A rule whose reason is not UTF-8: the answer still comes, valid, with a warning naming it.
    rules = os.path.join(tmp, "rules")
    os.mkdir(rules)
    with open(os.path.join(rules, "odd.lua"), "w") as f:
        f.write('rule {\n  id = "odd",\n  title = "Odd text",\n'
                '  sources = { { file = "000_d1d09049e0b9ad2c.txt", section = "test", lines = { 1, 2 } } },\n'
                '  recommends = { "peer_support" },\n  evaluate = function(a)\n'
                "    recommend { id = 'peer_support', because = 'bad \\xff\\xfe' }\n  end,\n}\n")
    for doc in validate("a rule giving invalid UTF-8", inputs[0], "--rules", rules):
        kinds = [(w.get("rule"), w["kind"]) for w in doc["warnings"]]
        check("the invalid text is named in a warning", ("odd", "invalid_text") in kinds, str(kinds))

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or not passed else 0)
