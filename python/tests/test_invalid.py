"""Invalid input raises InvalidAssessment with the problems `trynext recommend` reports, and rules that
do not load raise LoadError with the diagnostics the CLI prints."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import trynext
from conftest import SOURCE, run_cli

EXAMPLE = json.loads((SOURCE / "examples" / "team-merger.json").read_text())

INVALID = {
    "headcount_zero": json.dumps({"team": {"headcount": 0}}),
    "cut_short": '{"team": ',
    "not_json": "team: 12",
    "empty": "",
    "an_array": "[1, 2]",
    "many_problems": json.dumps(
        {
            "team": {"headcount": "twelve", "turnover_rate": 2, "nickname": "x", "service_change": "moved"},
            "answers": {"support.z": "met", "support.a": "maybe"},
            "bogus": True,
            "top_n": 0,
        }
    ),
    "example_broken": json.dumps({**EXAMPLE, "team": {**EXAMPLE["team"], "caseload_per_practitioner": -5}}),
}


def cli_lines(name: str, problems: list[trynext.Problem]) -> list[str]:
    """What the CLI prints for these problems (tools/trynext/common.cpp, fail_input)."""
    lines = [f"{name}:{p.line}:{p.column}: {p.message}" if p.line else f"{name}: {p.text}" for p in problems]
    plural = "" if len(problems) == 1 else "s"
    return lines + [f"trynext: {name}: not a valid assessment ({len(problems)} problem{plural})"]


@pytest.mark.parametrize("case", sorted(INVALID))
def test_same_problems_as_the_cli(engine: trynext.Engine, work: Path, case: str) -> None:
    file = work / f"invalid-{case}.json"
    file.write_text(INVALID[case])
    cli = run_cli("recommend", "--format", "json", str(file), check=False)
    assert cli.returncode == 2
    with pytest.raises(trynext.InvalidAssessment) as raised:
        engine.recommend(INVALID[case])
    problems = raised.value.problems
    assert problems, "no problems listed"
    assert cli.stderr.splitlines() == cli_lines(str(file), problems)
    for p in problems:
        assert p.text == (f"line {p.line}, column {p.column}: {p.message}" if p.line else
                          f"{p.path}: {p.message}" if p.path else p.message)
    # The message is the engine's: the count and the first problem, as the C ABI gives it.
    assert str(raised.value).startswith(f"not a valid assessment ({len(problems)} problem")
    assert problems[0].text in str(raised.value)
    assert raised.value.code == "invalid_assessment"
    assert isinstance(raised.value, ValueError)


def test_many_problems_are_all_named(engine: trynext.Engine) -> None:
    with pytest.raises(trynext.InvalidAssessment) as raised:
        engine.recommend(INVALID["many_problems"])
    paths = {p.path for p in raised.value.problems}
    assert {"team.headcount", "team.turnover_rate", "team.service_change", "answers.support.a", "top_n"} <= paths


def test_malformed_json_has_a_line_and_column(engine: trynext.Engine) -> None:
    with pytest.raises(trynext.InvalidAssessment) as raised:
        engine.recommend('{\n  "team": {"headcount": 3,}\n}')
    (problem,) = raised.value.problems
    assert problem.line == 2 and problem.column is not None and problem.column > 1


def test_a_dict_that_is_not_an_assessment(engine: trynext.Engine) -> None:
    with pytest.raises(trynext.InvalidAssessment) as raised:
        engine.recommend({"team": {"headcount": 12}, "answers": {"support.a": "sometimes"}})
    assert [p.path for p in raised.value.problems] == ["answers.support.a"]


def test_what_python_cannot_send(engine: trynext.Engine) -> None:
    with pytest.raises(TypeError, match="an assessment is a dict"):
        engine.recommend(12)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="cannot hold a object"):
        engine.recommend({"team": {"headcount": object()}})
    with pytest.raises(ValueError, match="top must be a whole number between 1 and 100"):
        engine.recommend(EXAMPLE, top=0)
    with pytest.raises(FileNotFoundError):
        engine.recommend(Path("/nonexistent/team.json"))


def broken_rules(work: Path) -> Path:
    rules = work / "broken-rules"
    shutil.rmtree(rules, ignore_errors=True)
    shutil.copytree(SOURCE / "rules", rules, ignore=shutil.ignore_patterns("tests"))
    (rules / "zz_broken.lua").write_text("rule { id = \n")
    (rules / "zz_unknown.lua").write_text(
        'rule { id = "zz_unknown", concern = "workload", when = function(t) return t.team.no_such_field > 1 end,\n'
        '       recommend = { { id = "no_such_intervention", weight = 1, because = "x" } } }\n'
    )
    return rules


def test_load_error_names_what_the_cli_names(work: Path) -> None:
    rules = broken_rules(work)
    cli = run_cli("recommend", "--rules", str(rules), str(SOURCE / "examples" / "team-merger.json"), check=False)
    assert cli.returncode == 2
    cli_lines = cli.stderr.splitlines()
    assert cli_lines[-1] == "trynext: cannot load the rules and catalogue"
    with pytest.raises(trynext.LoadError) as raised:
        trynext.Engine(rules=rules)
    # The CLI shows rule files under the rules directory, as a user can open them; the library names
    # them relative to it.
    shown = [os.path.normpath(rules / line) if line.split(":")[0].endswith(".lua") else line
             for line in raised.value.problems]
    assert shown == cli_lines[:-1]
    assert any("zz_broken.lua" in line for line in raised.value.problems)
    assert str(raised.value) == "\n".join(raised.value.problems)
    assert raised.value.code == "load_error"


def test_missing_catalogue() -> None:
    with pytest.raises(trynext.LoadError) as raised:
        trynext.Engine(catalogue="/nonexistent/catalogue.db")
    assert "/nonexistent/catalogue.db" in str(raised.value)


def test_a_failed_reload_keeps_the_rules(work: Path) -> None:
    rules = work / "reload-rules"
    shutil.rmtree(rules, ignore_errors=True)
    shutil.copytree(SOURCE / "rules", rules, ignore=shutil.ignore_patterns("tests"))
    with trynext.Engine(rules=rules) as engine:
        before = engine.versions
        expected = engine.recommend(EXAMPLE)
        (rules / "zz_broken.lua").write_text("rule { id = \n")
        with pytest.raises(trynext.LoadError, match="zz_broken.lua"):
            engine.reload()
        assert engine.versions == before
        assert engine.recommend(EXAMPLE) == expected
        (rules / "zz_broken.lua").unlink()
        with open(rules / "workload_and_staffing.lua", "a") as f:
            f.write("\n-- changed\n")
        after = engine.reload()
        assert after["rules"] != before["rules"]
        assert engine.versions == after
        assert engine.recommend(EXAMPLE)["versions"] == after
