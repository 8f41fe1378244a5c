"""Memory stays flat over 100,000 evaluations: every string the library hands out is released, and
nothing builds up in the package. Measured by the C heap in use (glibc's mallinfo2: the library's
documents, and Python's larger objects, over every arena), by the resident set, and by the Python
objects allocated, after a warm-up."""

from __future__ import annotations

import ctypes
import gc
import sys
from pathlib import Path

import trynext

TOTAL = 100_000
WARM_UP = 10_000


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


_libc = ctypes.CDLL("libc.so.6")
_libc.mallinfo2.restype = _MallInfo2


def heap_in_use() -> int:
    info = _libc.mallinfo2()
    return int(info.uordblks + info.hblkhd)


def resident() -> int:
    _libc.malloc_trim(0)  # memory freed but kept by the allocator is not what is measured
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4096


def test_memory_is_flat_over_100000_evaluations(engine: trynext.Engine) -> None:
    small = {"team": {"name": "Small team", "headcount": 4, "caseload_per_practitioner": 420}}
    answered = {"team": {"headcount": 9, "turnover_rate": 0.2}, "answers": {"support.a": "not_met", "culture.b": "met"}}
    invalid = '{"team": {"headcount": 0}, "answers": {"support.a": "maybe"}}'
    # Every path through the binding: a result, a result with the trace, an invalid assessment. Small
    # teams, so that 100,000 evaluations take a minute or so.
    mix: list[tuple[trynext.Assessment, bool]] = [(small, False), (answered, False), (invalid, False),
                                                    (small, False), (answered, False), (small, False),
                                                    (answered, False), (invalid, False), (small, False),
                                                    (answered, True)]
    chunk = [mix[i % len(mix)] for i in range(WARM_UP)]
    done = problems = 0
    heap: dict[int, int] = {}
    rss: dict[int, int] = {}
    blocks: dict[int, int] = {}
    while done < TOTAL:
        # On every core (recommend_many), in chunks whose results are then dropped.
        for explain in (False, True):
            batch = [a for a, e in chunk if e == explain]
            for result in engine.recommend_many(batch, workers=2, explain=explain, errors="return"):
                if isinstance(result, trynext.InvalidAssessment):
                    problems += len(result.problems)
                else:
                    assert result["versions"]
        done += len(chunk)
        if done in (WARM_UP, TOTAL):
            gc.collect()
            heap[done], rss[done], blocks[done] = heap_in_use(), resident(), sys.getallocatedblocks()
    assert problems == 2 * 2 * TOTAL // len(mix)  # two invalid in the mix, with two problems each
    heap_growth = heap[TOTAL] - heap[WARM_UP]
    rss_growth = rss[TOTAL] - rss[WARM_UP]
    # 90,000 evaluations: a leak of even 20 bytes each would pass 1.7 MiB.
    assert heap_growth < 1.5 * 2**20, f"the C heap grew by {heap_growth} bytes"
    assert rss_growth < 8 * 2**20, f"the resident set grew by {rss_growth} bytes"
    # Python objects kept by the package: one per evaluation would be 90,000.
    assert blocks[TOTAL] - blocks[WARM_UP] < 2_000, f"{blocks[TOTAL] - blocks[WARM_UP]} more Python blocks"

