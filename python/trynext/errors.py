"""The exceptions of the trynext package, built from the library's own error documents and messages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Optional


class TrynextError(Exception):
    """Base of every error the trynext package raises. ``code`` is the library's name for it."""

    def __init__(self, message: str, code: str = "error") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass(frozen=True)
class Problem:
    """One problem with an assessment, as ``trynext recommend`` reports it.

    ``path`` is the JSON path of the value ("team.headcount"; "" for the document as a whole),
    ``message`` what is wrong with it, and ``text`` the two together as the CLI prints them. For text
    that is not JSON at all, ``line`` and ``column`` say where the parser stopped.
    """

    path: str
    message: str
    text: str
    line: Optional[int] = None
    column: Optional[int] = None

    def __str__(self) -> str:
        return self.text


class InvalidAssessment(TrynextError, ValueError):
    """The assessment is not JSON or not a valid assessment. ``problems`` lists every problem; the
    message is the library's ("not a valid assessment (N problems): ...")."""

    def __init__(self, message: str, problems: list[Problem]) -> None:
        super().__init__(message, "invalid_assessment")
        self.problems = problems
        #: In Engine.recommend_many(), the position of the assessment in the input.
        self.index: Optional[int] = None


class LoadError(TrynextError):
    """The rules or the catalogue could not be loaded (Engine(), Engine.reload()).

    ``problems`` holds the library's lines, one per problem, each ``file:line: code: message``.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message.rstrip("\n"), "load_error")
        self.problems = [line for line in message.splitlines() if line]


def from_document(document: str) -> Exception:
    """The exception for an error document of trynext_evaluate() ({"error": {"code", "message", ...}})."""
    try:
        error: dict[str, Any] = json.loads(document)["error"]
    except (ValueError, KeyError, TypeError):
        return TrynextError(document, "internal_error")
    code = str(error.get("code", "internal_error"))
    message = str(error.get("message", document))
    if code == "invalid_assessment":
        problems = [
            Problem(
                path=str(p.get("path", "")),
                message=str(p.get("message", "")),
                text=str(p.get("text", "")),
                line=p.get("line"),
                column=p.get("column"),
            )
            for p in error.get("problems", [])
        ]
        return InvalidAssessment(message, problems)
    if code == "out_of_memory":
        return MemoryError(message)
    return TrynextError(message, code)
