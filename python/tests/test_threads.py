"""recommend_many: in parallel it gives what one at a time gives, in order; invalid assessments are
reported by position; and a reload while it runs loses no evaluation."""

from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest

import trynext
from conftest import SOURCE, without_timings


def test_four_threads_give_the_same_results_as_one_at_a_time(engine: trynext.Engine, corpus: list[Path]) -> None:
    one_at_a_time = [engine.recommend(f) for f in corpus]
    assert len({json.dumps(r["recommendations"]) for r in one_at_a_time}) > 20, "the corpus is not varied"
    assert engine.recommend_many(corpus, workers=4) == one_at_a_time
    texts = (f.read_text() for f in corpus)  # a generator, consumed once
    traced = engine.recommend_many(texts, workers=4, explain=True, top=3)
    assert [without_timings(r) for r in traced] == [
        without_timings(engine.recommend(f, explain=True, top=3)) for f in corpus
    ]
    assert engine.recommend_many([], workers=4) == []
    assert engine.recommend_many(corpus[:3], workers=1) == one_at_a_time[:3]


def test_many_threads_calling_recommend_at_once(engine: trynext.Engine, corpus: list[Path]) -> None:
    expected = [engine.recommend(f) for f in corpus[:40]]
    got: dict[int, list[Any]] = {}

    def run(n: int) -> None:
        got[n] = [engine.recommend(f) for f in corpus[:40]]

    threads = [threading.Thread(target=run, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(got[n] == expected for n in range(4))


def test_invalid_assessments_in_a_batch(engine: trynext.Engine, corpus: list[Path]) -> None:
    batch: list[trynext.Assessment] = [*corpus[:10], '{"team": {"headcount": 0}}', *corpus[10:20]]
    with pytest.raises(trynext.InvalidAssessment) as raised:
        engine.recommend_many(batch, workers=4)
    assert raised.value.index == 10
    assert [p.path for p in raised.value.problems] == ["team.headcount"]
    mixed = engine.recommend_many(batch, workers=4, errors="return")
    assert len(mixed) == 21
    error = mixed[10]
    assert isinstance(error, trynext.InvalidAssessment) and error.index == 10
    assert mixed[:10] == [engine.recommend(f) for f in corpus[:10]]
    assert all(isinstance(r, dict) for r in mixed[11:])
    with pytest.raises(ValueError, match="workers must be at least 1"):
        engine.recommend_many(corpus, workers=0)


def test_a_failing_iterable_stops_the_batch(engine: trynext.Engine, corpus: list[Path]) -> None:
    def files() -> Any:
        yield from corpus[:5]
        raise RuntimeError("the corpus broke off")

    with pytest.raises(RuntimeError, match="broke off"):
        engine.recommend_many(files(), workers=3)


def test_reload_while_recommend_many_runs_loses_nothing(work: Path, corpus: list[Path]) -> None:
    """Two rule sets that differ: the rules as shipped, and the same with one rule's threshold moved.
    Reloads flip between them while recommend_many runs; every result must be the one its rule
    version gives one at a time, nothing may be missing or fail, and both versions must be seen."""
    rules = work / "flip-rules"
    shutil.rmtree(rules, ignore_errors=True)
    shutil.copytree(SOURCE / "rules", rules, ignore=shutil.ignore_patterns("tests"))
    target = rules / "thresholds.lua"
    original = target.read_text()
    assert 'id = "caseload_high",\n  value = 300,' in original
    variant = original.replace('id = "caseload_high",\n  value = 300,', 'id = "caseload_high",\n  value = 200,')

    def write(text: str) -> None:  # atomically: a reload never reads half a file
        temporary = rules / "workload_and_staffing.tmp"
        temporary.write_text(text)
        os.replace(temporary, target)

    expected: dict[str, list[Any]] = {}
    for text in (variant, original):
        write(text)
        with trynext.Engine(rules=rules) as one:
            expected[one.versions["rules"]] = [one.recommend(f) for f in corpus]
    assert len(expected) == 2
    a, b = expected.values()
    assert sum(x["recommendations"] != y["recommendations"] for x, y in zip(a, b)) > 0, "the variant changes nothing"

    batch = corpus * 3
    with trynext.Engine(rules=rules) as engine:
        done = threading.Event()
        reloads: list[str] = []
        failures: list[BaseException] = []

        def flip() -> None:
            texts = [variant, original]
            while not done.is_set():
                try:
                    write(texts[len(reloads) % 2])
                    reloads.append(engine.reload()["rules"])
                except BaseException as e:  # noqa: B902 - reported below
                    failures.append(e)
                    return

        reloader = threading.Thread(target=flip)
        reloader.start()
        try:
            results = engine.recommend_many(batch, workers=4)
        finally:
            done.set()
            reloader.join()
    assert not failures, failures
    assert len(results) == len(batch)
    assert len(reloads) >= 3, "too few reloads during the run to test anything"
    seen: set[str] = set()
    for i, result in enumerate(results):
        version = result["versions"]["rules"]
        assert version in expected, f"result {i}: unknown rules {version}"
        assert result == expected[version][i % len(corpus)], f"result {i} differs from rules {version} alone"
        seen.add(version)
    assert seen == set(expected), "every result came from one rule set: the reloads did not overlap the run"
