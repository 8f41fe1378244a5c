"""trynext.report(): a result rendered as a document for people.

The C ABI renders results only as JSON today; a later version of the library adds
``trynext_report`` for HTML, PDF and Markdown, and this function will call it then with the same
signature. Until that exists, ``format="json"`` is the one format available and the others raise
NotImplementedError naming what is to come.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal, Union, overload

#: The formats ``trynext_report`` will render, once the library has it.
FORMATS_TO_COME = ("html", "pdf", "markdown")

#: The formats that work with the library as it is.
FORMATS = ("json",)


@overload
def report(result: Mapping[str, Any], format: Literal["pdf"]) -> bytes: ...


@overload
def report(result: Mapping[str, Any], format: Literal["html", "markdown", "json"] = "html") -> str: ...


def report(result: Mapping[str, Any], format: str = "html") -> Union[str, bytes]:
    """Renders a result of Engine.recommend() for people.

    ``format="json"`` gives the result as indented JSON text, as ``trynext recommend --format json``
    prints it. ``"html"`` (the default), ``"pdf"`` and ``"markdown"`` need ``trynext_report`` in the
    C library, which this version does not have yet: they raise NotImplementedError.
    """
    if format == "json":
        return json.dumps(result, indent=2, ensure_ascii=False)
    if format in FORMATS_TO_COME:
        raise NotImplementedError(
            f"trynext.report(format={format!r}): this version of libtrynext cannot render reports yet; "
            f"{', '.join(FORMATS_TO_COME)} come with trynext_report in a later version. "
            f"Available now: {', '.join(FORMATS)}."
        )
    raise ValueError(f"unknown report format {format!r}: {', '.join(FORMATS + FORMATS_TO_COME)}")
