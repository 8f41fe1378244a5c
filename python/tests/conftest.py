"""Fixtures of the Python package's tests: the trynext program to compare with, the source tree, a
work directory, the default engine and a synthetic corpus made by `trynext corpus`.

CTest sets TRYNEXT_CLI, TRYNEXT_SOURCE_DIR, TRYNEXT_TEST_WORK and PYTHONPATH (python/tests/CMakeLists.txt);
run by hand, the defaults are those of a build in <source>/build.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import trynext

SOURCE = Path(os.environ.get("TRYNEXT_SOURCE_DIR", Path(__file__).resolve().parents[2]))
CLI = Path(os.environ.get("TRYNEXT_CLI", SOURCE / "build" / "tools" / "trynext" / "trynext"))
WORK = Path(os.environ.get("TRYNEXT_TEST_WORK", SOURCE / "build" / "python" / "tests" / "work"))
SCENARIOS = sorted((SOURCE / "tests" / "scenarios").glob("*.json"))


def run_cli(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Runs the trynext program with the bundled rules and catalogue, as a user would."""
    env = {k: v for k, v in os.environ.items() if k not in ("TRYNEXT_RULES", "TRYNEXT_CATALOGUE")}
    done = subprocess.run([str(CLI), *args], capture_output=True, text=True, env=env)
    if check and done.returncode != 0:
        raise AssertionError(f"trynext {' '.join(args)} exited {done.returncode}: {done.stderr}")
    return done


def scenario_input(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text())["input"]
    return document


def without_timings(result: dict[str, Any]) -> dict[str, Any]:
    """The result less what differs from run to run, in the explain trace: how long each rule took,
    and the Lua memory it was measured to use (which depends on the state's collector so far)."""
    if "explain" not in result:
        return result
    rules = []
    for rule in result["explain"]["rules"]:
        assert isinstance(rule.pop("microseconds"), (int, float))
        assert isinstance(rule.pop("memory_bytes"), int)
        rules.append(rule)
    return {**result, "explain": {**result["explain"], "rules": rules}}


@pytest.fixture(scope="session")
def work() -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    return WORK


@pytest.fixture(scope="session")
def engine() -> Iterator[trynext.Engine]:
    with trynext.Engine() as e:
        yield e


@pytest.fixture(scope="session")
def corpus(work: Path) -> list[Path]:
    """200 synthetic assessments (seed 42), from the trynext program."""
    directory = work / "corpus"
    shutil.rmtree(directory, ignore_errors=True)
    run_cli("corpus", "--count", "200", "--seed", "42", "--out", str(directory))
    files = sorted(directory.glob("*.json"))
    assert len(files) == 200
    return files
