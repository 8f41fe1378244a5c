"""The examples run as the README says: score_teams.py gives one row per team with the factor scores
and top recommendations of the results, and writes its plot; compare_rules.py reports what
`trynext diff --format json` reports."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd

import trynext
from conftest import SCENARIOS, SOURCE, run_cli, scenario_input

EXAMPLES = SOURCE / "python" / "examples"


def run_example(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, str(EXAMPLES / name), *args], capture_output=True, text=True,
                          env=os.environ.copy())
    assert done.returncode == 0, done.stderr
    return done


def test_score_teams_on_the_scenarios(engine: trynext.Engine, work: Path) -> None:
    csv, plot = work / "teams.csv", work / "profiles.png"
    plot.unlink(missing_ok=True)
    done = run_example("score_teams.py", "--csv", str(csv), "--plot", str(plot))  # default: tests/scenarios
    assert f"{len(SCENARIOS)} teams" in done.stdout
    frame = pd.read_csv(csv, index_col="file")
    assert len(frame) == len(SCENARIOS)
    factors = [f["id"] for f in engine.instrument()["factors"]]
    assert [c for c in frame.columns if c.startswith("factor.")] == sorted(f"factor.{f}" for f in factors)
    for scenario in SCENARIOS:
        result = engine.recommend(scenario_input(scenario))
        row = frame.loc[scenario.name]
        assert row["team"] == (result["team"].get("name") or scenario.name)
        for factor, summary in result["factors"].items():
            value = row[f"factor.{factor}"]
            assert (pd.isna(value) and summary["score"] is None) or value == summary["score"]
        ids = [r["id"] for r in result["recommendations"]]
        assert [row[f"rec_{i}"] for i in range(1, len(ids) + 1)] == ids
        assert all(pd.isna(row[f"rec_{i}"]) for i in range(len(ids) + 1, 6))
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and plot.stat().st_size > 10_000


def test_score_teams_on_a_corpus(corpus: list[Path], work: Path) -> None:
    csv = work / "corpus.csv"
    run_example("score_teams.py", str(corpus[0].parent), "--csv", str(csv), "--plot", str(work / "corpus.png"))
    assert len(pd.read_csv(csv)) == len(corpus)


def test_compare_rules_reports_what_trynext_diff_reports(corpus: list[Path], work: Path) -> None:
    changed = work / "changed-rules"
    shutil.rmtree(changed, ignore_errors=True)
    shutil.copytree(SOURCE / "rules", changed, ignore=shutil.ignore_patterns("tests"))
    target = changed / "thresholds.lua"
    target.write_text(target.read_text().replace('id = "caseload_high",\n  value = 300,',
                                                 'id = "caseload_high",\n  value = 220,'))
    directory = str(corpus[0].parent)
    expected = json.loads(run_cli("diff", str(SOURCE / "rules"), str(changed), "--corpus", directory,
                                  "--format", "json", "--examples", "5").stdout)
    assert expected["changed"] > 0
    got = json.loads(run_example("compare_rules.py", str(SOURCE / "rules"), str(changed), "--corpus", directory,
                                 "--format", "json", "--examples", "5").stdout)
    assert got == expected
    markdown = run_example("compare_rules.py", str(SOURCE / "rules"), str(changed), "--corpus", directory).stdout
    assert markdown.startswith("## Rule change review")
    assert f"{expected['changed']} of {expected['assessments']} assessments" in markdown


def test_compare_rules_on_the_same_rules(corpus: list[Path]) -> None:
    rules = str(SOURCE / "rules")
    got = json.loads(run_example("compare_rules.py", rules, rules, "--corpus", str(corpus[0].parent),
                                 "--format", "json").stdout)
    assert got["changed"] == 0 and got["assessments"] == len(corpus) and got["examples"] == []
