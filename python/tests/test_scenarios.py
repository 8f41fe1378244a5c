"""The scenario files of the C++ scenario tests (tests/scenarios/*.json) and the example team give the
same results through Python as through `trynext recommend --format json`: whole documents compared."""

from __future__ import annotations

import json
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
    got = engine.recommend(assessment, explain="--explain" in options, top=3 if "--top" in options else 5)
    assert ("explain" in got) == ("--explain" in options)
    got, expected = without_timings(got), without_timings(expected)
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


@pytest.mark.parametrize("fmt", ["html", "pdf", "markdown", "text"])
def test_reports_for_people_come_from_the_engine(engine: trynext.Engine, fmt: str) -> None:
    result = engine.recommend(EXAMPLE)
    with pytest.raises(ValueError, match=f"format='{fmt}'.*engine.report"):
        trynext.report(result, format=fmt)


def test_report_unknown_format(engine: trynext.Engine) -> None:
    with pytest.raises(ValueError, match="unknown report format 'docx'"):
        trynext.report(engine.recommend(EXAMPLE), format="docx")
