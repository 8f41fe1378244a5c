"""trynext: what should this team try next? Python access to the trynext engine.

trynext evaluates plain Lua rules over a team's assessment (the team's context and its answers to
the NHS health visiting resilience framework's organisational benchmarking tool) and recommends
interventions from a support catalogue, each with the reasons for this team and the graded evidence
behind it. This package is a thin layer over libtrynext's stable C ABI (``trynext.h``), loaded
with ctypes: results are the same JSON documents as ``trynext recommend --format json``, decoded
into dicts.

Quick start::

    import trynext
    engine = trynext.Engine()                       # the bundled rules and catalogue
    result = engine.recommend({"team": {...}, "answers": {...}})
    for rec in result["recommendations"]:
        print(rec["rank"], rec["id"], rec["label"])
    open("report.html", "w").write(trynext.report(result, format="html"))
    results = engine.recommend_many(assessments, workers=4)   # in parallel, in order

What is here:

``Engine(rules=None, catalogue=None, limits=None)``
    Loads a rule set and a catalogue (default: the bundled ones, or ``$TRYNEXT_RULES`` and
    ``$TRYNEXT_CATALOGUE``). Methods: ``recommend(assessment, explain=False, top=5)``,
    ``recommend_many(iterable, workers=N)``, ``report(assessment, format="html")``, ``reload()``, ``catalogue()``, ``instrument()``,
    ``assessment_schema()``; property ``versions``.
``Limits(instructions_per_rule=0, memory_bytes=0)``
    Per-rule limits of each evaluation (0: the library's default).
``Engine.report(assessment, format="html", top=5, date=None)``
    The report for people (``"html"``, ``"markdown"`` or ``"text"``), as ``trynext report`` writes it.
``report(result, format="html", date=None)``
    A result of ``Engine.recommend`` as the same report (``"html"``, ``"markdown"``, ``"text"``), or
    as indented JSON text (``"json"``).
``InvalidAssessment``
    Raised for an assessment that is not valid: ``.problems`` lists each problem
    (``Problem``: ``path``, ``message``, ``text``, and ``line``/``column`` for text that is not JSON).
``LoadError``
    Raised when rules or a catalogue do not load: ``.problems`` holds one line per problem.
``TrynextError``
    The base of both, with ``.code``, the library's name for the error.
``result_schema()``, ``library_version()``, ``ABI_VERSION``
    The JSON Schema of a result, the version of libtrynext loaded, the C ABI version required.

Assessments are dicts, JSON text (str or bytes) or ``pathlib.Path`` objects naming JSON files.
Messages are the library's own, the same as the trynext program prints.

Threads: the library is thread-safe and ctypes releases the GIL for the length of every call into
it, so evaluations from several Python threads (``recommend_many`` uses a pool of them) run in
parallel inside the engine; encoding assessments and decoding results with Python's json module
still take turns under the GIL.

Which library is loaded: ``$TRYNEXT_LIBRARY`` when set; otherwise the one this copy of the package
was built or installed with; otherwise ``libtrynext.so.0`` from the dynamic linker's path. Its ABI
version is checked at import, and a library of another version is refused with ImportError.
"""

from __future__ import annotations

import json
from typing import Any

from . import _native
from ._native import ABI_VERSION
from .engine import DEFAULT_TOP, Assessment, Engine, Limits, Result
from .errors import InvalidAssessment, LoadError, Problem, TrynextError
from .report import report

__all__ = [
    "ABI_VERSION",
    "DEFAULT_TOP",
    "Assessment",
    "Engine",
    "InvalidAssessment",
    "Limits",
    "LoadError",
    "Problem",
    "Result",
    "TrynextError",
    "library_path",
    "library_version",
    "report",
    "result_schema",
]

#: The version of libtrynext loaded (the package and the library are released together).
__version__: str = _native.version()

#: The file libtrynext was loaded from.
library_path: str = _native.library_path


def library_version() -> str:
    """The version of the libtrynext loaded, e.g. ``"0.1.0"``."""
    return _native.version()


def result_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a result of Engine.recommend()."""
    schema: dict[str, Any] = json.loads(_native.result_schema())
    return schema
