"""trynext.report(): a result rendered as a document for people.

The documents for people (HTML with the factor chart, Markdown, text) are made by libtrynext's
``trynext_report`` from the assessment, since they say what came close (near misses) from a trace the
result does not keep: call ``Engine.report(assessment, format=...)``. This function renders what a
result alone holds: ``format="json"``, the result as ``trynext recommend --format json`` prints it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

#: The formats Engine.report() makes from an assessment.
ENGINE_FORMATS = ("html", "markdown", "text")

#: The formats this function makes from a result.
FORMATS = ("json",)


def report(result: Mapping[str, Any], format: str = "json") -> str:
    """Renders a result of Engine.recommend() as indented JSON text, as ``trynext recommend --format json``
    prints it. For html, markdown and text use ``Engine.report(assessment, format=...)``; for PDF,
    ``trynext report -o report.pdf``.
    """
    if format == "json":
        return json.dumps(result, indent=2, ensure_ascii=False)
    if format in ENGINE_FORMATS or format == "pdf":
        raise ValueError(
            f"trynext.report(result, format={format!r}): a report for people is made from the assessment "
            f"(it names near misses, which the result does not keep): use engine.report(assessment, "
            f"format={format!r})" + (" for html, markdown or text, or trynext report -o report.pdf" if format == "pdf" else "")
        )
    raise ValueError(f"unknown report format {format!r}: json here; {', '.join(ENGINE_FORMATS)} with Engine.report()")
