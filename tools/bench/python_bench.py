#!/usr/bin/env python3
"""The Python case of tools/bench: evaluations per second through the trynext Python package, one at
a time and with recommend_many, beside the C++ figure on the same corpus (docs/performance.md,
"From Python").

    PYTHONPATH=build/python /usr/bin/python3 tools/bench/python_bench.py --corpus build/bench/corpus \
        --cxx build/tools/bench/trynext_bench --out build/bench/work/python.json [--quick]

Every figure is a mean over whole passes of the corpus (each assessment read into memory first), as
wall time and as CPU time of the process (all its threads):
  cxx           trynext_bench loop: Engine::recommend then to_json, in C++, one thread (its CPU time
                less that of a one-pass run: the load of the engine and of the corpus)
  c_abi         trynext_evaluate through ctypes, the result left as bytes: the C ABI and the call
  recommend     Engine.recommend(text): the same, plus json.loads of the result into a dict
  recommend_dict  Engine.recommend(dict): plus json.dumps of the assessment
  many_N        Engine.recommend_many(texts, workers=N)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

import trynext
from trynext import _native


def load_average() -> float:
    return os.getloadavg()[0]


def timed(passes: int, count: int, run: Callable[[], None]) -> dict[str, Any]:
    """Wall time (what a user waits) and the process's CPU time (all threads: what the work costs,
    less sensitive to other load on a shared machine) per evaluation."""
    run()  # warm: caches, the allocator, the Lua states
    start_load = load_average()
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(passes):
        run()
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    evaluations = passes * count
    return {
        "evaluations": evaluations,
        "per_second": evaluations / seconds,
        "mean_us": seconds / evaluations * 1e6,
        "cpu_us": cpu / evaluations * 1e6,
        "load": [start_load, load_average()],
    }


def cxx_loop(bench: Path, corpus: Path, passes: int) -> tuple[float, float]:
    """trynext_bench loop: its mean wall time per evaluation, and the CPU time of the whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([str(bench), "loop", "--corpus", str(corpus), "--passes", str(passes)],
                          capture_output=True, text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    match = re.search(r"([0-9.]+) us per evaluation", done.stderr)
    if not match:
        raise SystemExit(f"python_bench: no figure in trynext_bench loop's output: {done.stderr}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return float(match.group(1)), cpu


def cxx_figure(bench: Path, corpus: Path, passes: int, count: int) -> dict[str, Any]:
    start_load = load_average()
    mean_us, cpu = cxx_loop(bench, corpus, passes + 1)
    _, cpu_one = cxx_loop(bench, corpus, 1)  # loading the engine and reading the corpus, to take away
    return {
        "evaluations": passes * count,
        "per_second": 1e6 / mean_us,
        "mean_us": mean_us,
        "cpu_us": (cpu - cpu_one) / (passes * count) * 1e6,
        "load": [start_load, load_average()],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--cxx", type=Path, help="trynext_bench, for the C++ figure")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--quick", action="store_true", help="one pass per case")
    args = parser.parse_args()

    texts = [f.read_bytes() for f in sorted(args.corpus.glob("*.json"))]
    documents = [json.loads(t) for t in texts]
    if not texts:
        raise SystemExit(f"python_bench: no assessments in {args.corpus}")
    passes = 1 if args.quick else 3
    n = len(texts)
    out: dict[str, Any] = {
        "python": platform.python_version(),
        "library": trynext.library_path,
        "version": trynext.library_version(),
        "assessments": n,
        "passes": passes,
        "cores": os.cpu_count(),
        "cases": {},
    }
    cases = out["cases"]
    if args.cxx:
        cases["cxx"] = cxx_figure(args.cxx, args.corpus, passes, n)
    with trynext.Engine() as engine:
        handle = engine._handle
        assert handle is not None

        def c_abi() -> None:
            for t in texts:
                _native.evaluate(handle, t, 0)

        def recommend() -> None:
            for t in texts:
                engine.recommend(t)

        def recommend_dict() -> None:
            for d in documents:
                engine.recommend(d)

        def many(workers: int) -> Callable[[], None]:
            def run() -> None:
                engine.recommend_many(texts, workers=workers)

            return run

        cases["c_abi"] = timed(passes, n, c_abi)
        cases["recommend"] = timed(passes, n, recommend)
        cases["recommend_dict"] = timed(passes, n, recommend_dict)
        for workers in (1, 2, 4):
            cases[f"many_{workers}"] = timed(passes, n, many(workers))
    base = cases.get("cxx", cases["c_abi"])
    for name, case in cases.items():
        case["ratio_to_base"] = case["per_second"] / base["per_second"]
        case["cpu_ratio_to_base"] = case["cpu_us"] / base["cpu_us"]
        print(f"python_bench: {name:15s} {case['per_second']:8.0f}/s  {case['mean_us']:8.1f} us wall  "
              f"{case['cpu_us']:8.1f} us CPU  (load {case['load'][0]:.1f}-{case['load'][1]:.1f})", file=sys.stderr)
    out["base"] = "cxx" if "cxx" in cases else "c_abi"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
