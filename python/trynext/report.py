"""trynext.report(): a result rendered as a document for people or tools.

The documents for people (HTML with the factor chart, Markdown, text) say what came close (near
misses), from a trace the result itself does not keep, so they are made by libtrynext's
``trynext_report`` from the assessment. A :class:`~trynext.Result` returned by ``Engine.recommend``
or ``Engine.recommend_many`` remembers its engine and assessment, so ``report(result, "html")`` makes
exactly the document ``Engine.report(assessment)`` (and ``trynext report``) makes. A result decoded
from a file remembers neither: only ``format="json"`` is possible for it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Optional

from .engine import Result

#: The formats made from the assessment a result remembers.
ENGINE_FORMATS = ("html", "markdown", "text")

#: Every format report() makes.
FORMATS = ("html", "markdown", "text", "json")


def report(result: Mapping[str, Any], format: str = "html", date: Optional[str] = None) -> str:
    """Renders a result of ``Engine.recommend()`` as a document: ``"html"`` (one self-contained page
    with the factor chart as inline SVG, to read or print), ``"markdown"``, ``"text"`` (what
    ``trynext recommend`` prints), or ``"json"`` (the result as ``trynext recommend --format json``
    prints it). ``date`` (``"YYYY-MM-DD"``) is the date the report shows, today in UTC by default.

    html, markdown and text need the result as ``Engine.recommend`` returned it, from an engine that
    is still open and has not reloaded other rules since: otherwise ValueError says why, and
    ``Engine.report(assessment, ...)`` is the way. PDF is not made here (printing needs a
    subprocess): use ``trynext report -o report.pdf``.
    """
    if format == "json":
        return json.dumps(result, indent=2, ensure_ascii=False)
    if format not in ENGINE_FORMATS:
        hint = " (PDF needs a subprocess: use trynext report -o report.pdf)" if format == "pdf" else ""
        raise ValueError(f"unknown report format {format!r}: {', '.join(FORMATS)}{hint}")
    origin = result._origin if isinstance(result, Result) else None
    if origin is None:
        raise ValueError(
            f"trynext.report(result, format={format!r}): this result does not remember the assessment it came "
            "from (it was decoded from JSON, copied or unpickled, not returned by Engine.recommend); "
            f"use engine.report(assessment, format={format!r})"
        )
    engine = origin.engine()
    if engine is None:
        raise ValueError(
            f"trynext.report(result, format={format!r}): the Engine that made this result no longer exists; "
            f"use engine.report(assessment, format={format!r}) with an open engine"
        )
    if result.get("versions") != engine.versions:
        raise ValueError(
            f"trynext.report(result, format={format!r}): the engine has reloaded other rules or another "
            "catalogue since it made this result, so a report now would not be this result's; "
            f"use engine.report(assessment, format={format!r})"
        )
    return engine.report(origin.assessment, format=format, top=origin.top, date=date)
