"""Compares two rule sets over a corpus of assessments, as `trynext diff OLD NEW --corpus DIR` does,
from Python: how many assessments change their recommendations, which interventions are gained or
lost and in how many, and worked examples. The --format json output is the same document as
`trynext diff --format json`; the DataFrame of the changes is there for a notebook.

    PYTHONPATH=build/python python3 python/examples/compare_rules.py rules my-rules --corpus corpus
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Optional

import pandas as pd

import trynext


def top_ids(result: trynext.Result) -> list[str]:
    return [r["id"] for r in result["recommendations"]]


def compare(
    old_rules: Path, new_rules: Path, corpus: Path, catalogue: Optional[Path] = None, examples: int = 3
) -> tuple[dict[str, Any], pd.DataFrame]:
    """The comparison as `trynext diff --format json` reports it, and a DataFrame of every change."""
    files = sorted(corpus.glob("*.json"))
    if not files:
        raise SystemExit(f"compare_rules: no assessments (*.json) in {corpus}")
    with trynext.Engine(rules=old_rules, catalogue=catalogue) as old, trynext.Engine(
        rules=new_rules, catalogue=catalogue
    ) as new:
        before = old.recommend_many(files, errors="return")
        after = new.recommend_many(files, errors="return")
        versions = old.versions["rules"], new.versions["rules"]
    changes = []
    gained: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    invalid = 0
    for file, b, a in zip(files, before, after):
        if isinstance(b, trynext.InvalidAssessment) or isinstance(a, trynext.InvalidAssessment):
            invalid += 1
            print(f"{file}: skipped, not a valid assessment: {b if isinstance(b, Exception) else a}", file=sys.stderr)
            continue
        ids_before, ids_after = top_ids(b), top_ids(a)
        if ids_before != ids_after:
            gained.update(i for i in ids_after if i not in ids_before)
            lost.update(i for i in ids_before if i not in ids_after)
            changes.append({"file": file.name, "before": ids_before, "after": ids_after})
    evaluated = len(files) - invalid
    report = {
        "old": {"rules": versions[0]},
        "new": {"rules": versions[1]},
        "assessments": evaluated,
        "changed": len(changes),
        "changed_percent": 100.0 * len(changes) / evaluated if evaluated else 0.0,
        "gained": dict(sorted(gained.items())),
        "lost": dict(sorted(lost.items())),
        "examples": changes[:examples],
    }
    return report, pd.DataFrame(changes, columns=["file", "before", "after"])


def markdown(report: dict[str, Any]) -> str:
    lines = [
        "## Rule change review",
        "",
        f"Rules {report['old']['rules']} -> {report['new']['rules']}",
        "",
        f"{report['changed']} of {report['assessments']} assessments ({report['changed_percent']:.1f}%) "
        "change their recommendations",
    ]
    both = sorted(set(report["gained"]) | set(report["lost"]))
    if both:
        lines += ["", "| intervention | gained in | lost in |", "| --- | --- | --- |"]
        lines += [f"| {i} | {report['gained'].get(i, 0)} | {report['lost'].get(i, 0)} |" for i in both]
    for example in report["examples"]:
        lines += ["", f"### {example['file']}", "", f"- before: {', '.join(example['before']) or '(nothing)'}",
                  f"- after: {', '.join(example['after']) or '(nothing)'}"]
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Compare two rule sets over a corpus (trynext diff, from Python).")
    parser.add_argument("old", type=Path, help="rules directory now live")
    parser.add_argument("new", type=Path, help="rules directory proposed")
    parser.add_argument("--corpus", type=Path, required=True, help="directory of assessments (*.json)")
    parser.add_argument("--catalogue", type=Path, help="catalogue database (default: the bundled one)")
    parser.add_argument("--format", choices=["markdown", "json"], default="markdown")
    parser.add_argument("--examples", type=int, default=3, help="how many worked examples to show")
    args = parser.parse_args(argv)
    report, _ = compare(args.old, args.new, args.corpus, args.catalogue, args.examples)
    print(json.dumps(report, indent=2) if args.format == "json" else markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
