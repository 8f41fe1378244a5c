"""The package's surface: import and the ABI check, versions and the describe functions against the
trynext program, limits, engines closed under way, and help(trynext)."""

from __future__ import annotations

import json
import os
import pydoc
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import trynext
from conftest import CLI, SOURCE, run_cli

EXAMPLE = SOURCE / "examples" / "team-merger.json"


def import_with(library: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TRYNEXT_LIBRARY": library}
    return subprocess.run([sys.executable, "-c", "import trynext"], capture_output=True, text=True, env=env)


def test_another_abi_version_is_refused_at_import() -> None:
    fake = os.environ.get("TRYNEXT_FAKE_ABI_LIBRARY")
    if not fake:
        pytest.skip("TRYNEXT_FAKE_ABI_LIBRARY is not set (CTest sets it)")
    done = import_with(fake)
    assert done.returncode != 0
    expected = f"ImportError: trynext: {fake} has C ABI version 999, but this Python package was written for version 1"
    assert expected in done.stderr


def test_a_library_that_is_not_trynext_is_refused() -> None:
    done = import_with("libm.so.6")
    assert "ImportError: trynext: libm.so.6 is not libtrynext" in done.stderr


def test_a_missing_library_is_named() -> None:
    done = import_with("/nonexistent/libtrynext.so.0")
    assert "ImportError: trynext: cannot load libtrynext" in done.stderr
    assert "/nonexistent/libtrynext.so.0" in done.stderr


def test_the_library_of_this_build_is_loaded() -> None:
    build_tree = Path(trynext.__file__).resolve().parents[2]  # build/python/trynext/__init__.py
    assert Path(trynext.library_path).resolve().is_relative_to(build_tree)
    assert trynext.ABI_VERSION == 1
    assert os.path.exists(trynext.library_path)
    assert f"trynext {trynext.library_version()}" == run_cli("--version").stdout.strip()
    assert trynext.__version__ == trynext.library_version()


def test_versions_match_the_results(engine: trynext.Engine) -> None:
    versions = engine.versions
    assert set(versions) == {"engine", "rules", "catalogue"}
    assert versions["engine"] == trynext.library_version()
    assert engine.recommend(EXAMPLE)["versions"] == versions


def test_catalogue_and_instrument_are_the_clis(engine: trynext.Engine) -> None:
    catalogue = engine.catalogue()
    listed = json.loads(run_cli("catalogue", "list", "--format", "json").stdout)
    ids = [i["id"] for i in catalogue["interventions"]]
    assert len(ids) >= 40
    cli_ids = [i["id"] for i in (listed["interventions"] if isinstance(listed, dict) else listed)]
    assert sorted(ids) == sorted(cli_ids)
    instrument = engine.instrument()
    factors = [f["id"] for f in instrument["factors"]]
    assert "support" in factors and len(factors) == 7
    assert engine.assessment_schema() == json.loads(run_cli("assessment", "schema").stdout)


def test_result_schema_is_the_shipped_one() -> None:
    assert trynext.result_schema() == json.loads((SOURCE / "schemas" / "result.schema.json").read_text())


SPINNER = """
rule { id = 'spinner', title = 'Spinner', sources = { { file = 'f', lines = { 1, 1 } } },
  recommends = { 'team_meetings' },
  evaluate = function(a)
    local n = 0
    for i = 1, 200000 do n = n + i end
    if n > 0 then recommend { id = 'team_meetings', weight = 1, because = 'spun' } end
  end }
"""


def test_limits_reach_the_engine(work: Path) -> None:
    with pytest.raises(ValueError, match="limits.memory_bytes"):
        trynext.Engine(limits={"memory_bytes": -1})
    with pytest.raises(TypeError, match="unknown limits: instructions"):
        trynext.Engine(limits={"instructions": 5})
    rules = work / "spinner-rules"
    rules.mkdir(exist_ok=True)
    (rules / "spinner.lua").write_text(SPINNER)
    with trynext.Engine(rules=rules) as roomy:
        result = roomy.recommend(EXAMPLE, explain=True)
        assert result["warnings"] == [] and [r["id"] for r in result["recommendations"]] == ["team_meetings"]
        assert result["explain"]["limits"] == {"instructions_per_rule": 1_000_000, "memory_bytes": 8 * 2**20}
    with trynext.Engine(rules=rules, limits=trynext.Limits(instructions_per_rule=100_000)) as tight:
        result = tight.recommend(EXAMPLE, explain=True)
        (warning,) = result["warnings"]
        assert warning["rule"] == "spinner" and "instruction" in warning["message"]
        assert result["recommendations"] == []
        assert result["explain"]["limits"] == {"instructions_per_rule": 100_000, "memory_bytes": 8 * 2**20}
    with trynext.Engine(rules=rules, limits={"memory_bytes": 2**21}) as small:
        assert small.recommend(EXAMPLE, explain=True)["explain"]["limits"]["memory_bytes"] == 2**21


def test_default_paths_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRYNEXT_RULES", "/nonexistent/rules")
    with pytest.raises(trynext.LoadError, match="/nonexistent/rules"):
        trynext.Engine()


def test_closed_engine(engine: trynext.Engine) -> None:
    e = trynext.Engine()
    e.close()
    e.close()
    with pytest.raises(trynext.TrynextError, match="closed"):
        e.recommend(EXAMPLE)
    assert "closed" in repr(e)


def test_close_waits_for_the_calls_in_flight() -> None:
    e = trynext.Engine()
    assessments = [EXAMPLE] * 40
    results: list[object] = []

    def many() -> None:
        try:
            results.extend(e.recommend_many(assessments, workers=2))
        except trynext.TrynextError as error:
            results.append(error)

    thread = threading.Thread(target=many)
    thread.start()
    e.close()  # may come before, between or after the evaluations: never under one
    thread.join()
    assert results
    assert all(isinstance(r, dict) or "closed" in str(r) for r in results)


def test_help_explains_the_package() -> None:
    text = pydoc.plain(pydoc.render_doc(trynext))
    for phrase in ("Engine(rules=None, catalogue=None, limits=None)", "recommend_many", "InvalidAssessment",
                   "GIL", "TRYNEXT_LIBRARY"):
        assert phrase in text
    assert trynext.Engine.recommend.__doc__ and "trynext recommend --format json" in trynext.Engine.recommend.__doc__


def test_the_package_is_typed() -> None:
    assert (Path(trynext.__file__).parent / "py.typed").exists()


def test_cli_used_is_the_build_trees() -> None:
    assert CLI.exists()
