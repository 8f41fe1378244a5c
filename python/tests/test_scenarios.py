"""The scenario files of the C++ scenario tests (tests/scenarios/*.json) and the example team give the
same results through Python as through `trynext recommend --format json`: whole documents compared."""

from __future__ import annotations

import copy
import gc
import json
import pickle
import shutil
from pathlib import Path

import pytest

import trynext
from conftest import SCENARIOS, SOURCE, run_cli, scenario_input, without_timings

EXAMPLE = SOURCE / "examples" / "team-merger.json"


def test_there_are_scenarios() -> None:
    assert len(SCENARIOS) >= 16


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[p.stem for p in SCENARIOS])
@pytest.mark.parametrize("options", [[], ["--explain"], ["--top", "3"]], ids=["plain", "explain", "top3"])
def test_same_result_as_the_cli(engine: trynext.Engine, work: Path, scenario: Path, options: list[str]) -> None:
    assessment = scenario_input(scenario)
    file = work / f"scenario-{scenario.name}"
    file.write_text(json.dumps(assessment))
    expected = json.loads(run_cli("recommend", "--format", "json", *options, str(file)).stdout)
    result = engine.recommend(assessment, explain="--explain" in options, top=3 if "--top" in options else 5)
    assert ("explain" in result) == ("--explain" in options)
    got, expected = without_timings(result), without_timings(expected)
    assert got == expected
    assert got["recommendations"] == expected["recommendations"]  # named, for a readable failure


def test_every_kind_of_input_gives_the_same_result(engine: trynext.Engine) -> None:
    expected = json.loads(run_cli("recommend", "--format", "json", str(EXAMPLE)).stdout)
    text = EXAMPLE.read_text()
    assert expected["recommendations"], "the example team gets no recommendation"
    assert engine.recommend(json.loads(text)) == expected
    assert engine.recommend(text) == expected
    assert engine.recommend(text.encode()) == expected
    assert engine.recommend(EXAMPLE) == expected


def test_top_given_as_text(engine: trynext.Engine) -> None:
    expected = json.loads(run_cli("recommend", "--format", "json", "--top", "2", str(EXAMPLE)).stdout)
    assert len(expected["recommendations"]) == 2
    assert engine.recommend(EXAMPLE.read_text(), top=2) == expected


def test_the_documents_top_n_wins_as_in_the_cli(engine: trynext.Engine, work: Path) -> None:
    assessment = {**json.loads(EXAMPLE.read_text()), "top_n": 1}
    file = work / "top_n.json"
    file.write_text(json.dumps(assessment))
    expected = json.loads(run_cli("recommend", "--format", "json", "--top", "4", str(file)).stdout)
    assert len(expected["recommendations"]) == 1
    assert engine.recommend(assessment, top=4) == expected


def test_report_json_is_the_clis_text(engine: trynext.Engine) -> None:
    expected = run_cli("recommend", "--format", "json", str(EXAMPLE)).stdout
    assert trynext.report(engine.recommend(EXAMPLE), format="json") + "\n" == expected


@pytest.mark.parametrize("fmt", ["html", "markdown", "text"])
def test_report_of_a_result_is_the_clis(engine: trynext.Engine, fmt: str) -> None:
    expected = run_cli("report", "--format", fmt, "--date", "2026-03-01", str(EXAMPLE)).stdout
    assert trynext.report(engine.recommend(EXAMPLE), format=fmt, date="2026-03-01") == expected
    [many] = engine.recommend_many([EXAMPLE], workers=1)
    assert trynext.report(many, format=fmt, date="2026-03-01") == expected


def test_report_of_a_result_keeps_its_top(engine: trynext.Engine) -> None:
    page = trynext.report(engine.recommend(EXAMPLE, top=2), format="markdown", date="2026-03-01")
    assert "\n## 2. " in page and "\n## 3. " not in page


def test_report_default_is_html(engine: trynext.Engine) -> None:
    assert trynext.report(engine.recommend(EXAMPLE)).startswith("<!DOCTYPE html>")


def test_a_result_is_a_dict_and_its_copies_forget_the_assessment(engine: trynext.Engine) -> None:
    result = engine.recommend(EXAMPLE)
    decoded = json.loads(json.dumps(result))
    assert result == decoded
    for other in (decoded, copy.copy(result), copy.deepcopy(result), pickle.loads(pickle.dumps(result))):
        assert other == result
        with pytest.raises(ValueError, match="does not remember the assessment.*engine.report"):
            trynext.report(other, format="html")
        assert trynext.report(other, format="json") == trynext.report(result, format="json")


def test_report_refuses_a_result_of_rules_since_reloaded(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(SOURCE / "rules", rules)
    with trynext.Engine(rules=rules) as engine:
        result = engine.recommend(EXAMPLE)
        first = sorted(rules.glob("*.lua"))[0]
        first.write_text(first.read_text() + "\n-- a comment changes the rules' digest\n")
        engine.reload()
        with pytest.raises(ValueError, match="reloaded other rules"):
            trynext.report(result, format="html")


def test_report_refuses_a_result_whose_engine_is_gone() -> None:
    engine = trynext.Engine()
    result = engine.recommend(EXAMPLE)
    engine.close()
    del engine
    gc.collect()
    with pytest.raises(ValueError, match="no longer exists"):
        trynext.report(result, format="text")


def test_pdf_is_not_made_here(engine: trynext.Engine) -> None:
    with pytest.raises(ValueError, match="PDF needs a subprocess"):
        trynext.report(engine.recommend(EXAMPLE), format="pdf")


def test_report_unknown_format(engine: trynext.Engine) -> None:
    with pytest.raises(ValueError, match="unknown report format 'docx'"):
        trynext.report(engine.recommend(EXAMPLE), format="docx")
