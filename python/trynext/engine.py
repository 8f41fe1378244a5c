"""trynext.Engine: rules and a catalogue loaded once, then assessments evaluated one by one or many at once."""

from __future__ import annotations

import json
import os
import threading
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Optional, Union, overload

from . import _native
from .errors import InvalidAssessment, LoadError, TrynextError, from_document

#: What recommend() accepts: the assessment as a dict (or any mapping), as JSON text (str or bytes),
#: or as the path of a JSON file (pathlib.Path or another os.PathLike; a plain str is JSON text).
Assessment = Union[Mapping[str, Any], str, bytes, "os.PathLike[str]"]


@dataclass(frozen=True)
class _Origin:
    """Where a result came from, so that trynext.report(result) can make the report for people (which
    needs the assessment: it says what came close, from a trace the result does not keep)."""

    engine: "weakref.ref[Engine]"
    assessment: bytes  # the JSON text that was evaluated
    top: int


class Result(dict[str, Any]):
    """A result: the JSON document of schemas/result.schema.json, decoded ("team", "recommendations",
    "also_considered", "keep_going", "factors", "warnings", "versions", and "explain" when asked).

    It is a plain dict (it compares equal to the decoded JSON) that also remembers, privately, the
    engine and the assessment it came from, so that ``trynext.report(result, format="html")`` can
    render it for people. A copy or a pickled result is a Result that remembers neither.
    """

    __slots__ = ("_origin",)

    def __init__(self, document: Optional[Mapping[str, Any]] = None, _origin: Optional[_Origin] = None) -> None:
        super().__init__(document or {})
        self._origin = _origin

    def __reduce__(self) -> tuple[Any, ...]:
        return (Result, (dict(self),))

    def __copy__(self) -> "Result":
        return Result(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> "Result":
        import copy

        return Result(copy.deepcopy(dict(self), memo))

#: How many recommendations come before "also_considered" when neither the caller nor the document says.
DEFAULT_TOP = 5


@dataclass(frozen=True)
class Limits:
    """Per-rule limits of each evaluation; a rule that exceeds one is stopped and reported in the
    result's "warnings" while the other rules still count. 0 means the library's default
    (1,000,000 Lua instructions, 8 MiB)."""

    instructions_per_rule: int = 0
    memory_bytes: int = 0


def _limits(limits: Union[Limits, Mapping[str, int], None]) -> _native.Limits:
    if limits is None:
        limits = Limits()
    elif isinstance(limits, Mapping):
        unknown = set(limits) - {"instructions_per_rule", "memory_bytes"}
        if unknown:
            raise TypeError(f"unknown limits: {', '.join(sorted(unknown))} (instructions_per_rule, memory_bytes)")
        limits = Limits(**limits)
    for name in ("instructions_per_rule", "memory_bytes"):
        value = getattr(limits, name)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**64:
            raise ValueError(f"limits.{name} must be a whole number from 0 (the default) up, got {value!r}")
    return _native.Limits(limits.instructions_per_rule, limits.memory_bytes)


def _default(kind: str, env: str, built: Optional[str]) -> str:
    value = os.environ.get(env) or built
    if not value:
        raise LoadError(
            f"no {kind} given: pass it to trynext.Engine(), set {env}, or use a built or installed "
            "trynext package, which knows where the bundled one is"
        )
    return value


def _json_default(value: Any) -> Any:
    # numpy and pandas scalars and arrays (a DataFrame row's values) say how to become Python values.
    for method in ("item", "tolist"):
        if hasattr(value, method):
            return getattr(value, method)()
    raise TypeError(f"an assessment cannot hold a {type(value).__name__}: {value!r}")


def _with_top(text: bytes, top: int) -> bytes:
    """The document with "top_n" set to top, unless it says already (the document's own top_n wins,
    as in the library). Text that does not parse is left for the engine to report."""
    try:
        document = json.loads(text)
    except ValueError:
        return text
    if not isinstance(document, dict) or "top_n" in document:
        return text
    document["top_n"] = top
    return json.dumps(document, ensure_ascii=False).encode()


def _encode(assessment: Assessment, top: int) -> bytes:
    """The assessment as the UTF-8 JSON text the C ABI takes."""
    if isinstance(assessment, Mapping):
        if top != DEFAULT_TOP and "top_n" not in assessment:
            assessment = {**assessment, "top_n": top}
        return json.dumps(assessment, ensure_ascii=False, default=_json_default).encode()
    if isinstance(assessment, os.PathLike):
        text = Path(assessment).read_bytes()
    elif isinstance(assessment, str):
        text = assessment.encode()
    elif isinstance(assessment, (bytes, bytearray, memoryview)):
        text = bytes(assessment)
    else:
        raise TypeError(
            "an assessment is a dict, JSON text (str or bytes) or a pathlib.Path, not " + type(assessment).__name__
        )
    return _with_top(text, top) if top != DEFAULT_TOP else text


def _flags(explain: bool, top: int) -> int:
    if not isinstance(top, int) or isinstance(top, bool) or not 1 <= top <= 100:
        raise ValueError(f"top must be a whole number between 1 and 100, got {top!r}")
    return _native.EXPLAIN if explain else 0


class Engine:
    """A loaded rule set and catalogue, ready to evaluate assessments.

    ``Engine()`` loads the bundled rules and catalogue (or ``$TRYNEXT_RULES`` and
    ``$TRYNEXT_CATALOGUE`` when set, as the trynext program does); ``rules`` (a directory of
    ``*.lua`` files) and ``catalogue`` (a catalogue database) load others. Every rule file is read
    and checked first: a rule set with a problem raises :class:`LoadError` naming each one.

    An engine may be used from any number of threads at once. ``reload()`` swaps in the rules and
    catalogue read again from the same paths; evaluations already running finish on the rules they
    started with. ``close()`` (or a ``with`` block) releases it; so does the garbage collector.
    """

    def __init__(
        self,
        rules: Union[str, "os.PathLike[str]", None] = None,
        catalogue: Union[str, "os.PathLike[str]", None] = None,
        limits: Union[Limits, Mapping[str, int], None] = None,
    ) -> None:
        self._handle: Optional[int] = None
        self._in_flight = 0
        self._idle = threading.Condition()
        #: The rules directory this engine loads from (and reloads from).
        self.rules_dir = (
            os.fspath(rules)
            if rules is not None
            else _default("rules directory", "TRYNEXT_RULES", _native.BUILT_RULES_DIR)
        )
        #: The catalogue database this engine loads from (and reloads from).
        self.catalogue_db = (
            os.fspath(catalogue)
            if catalogue is not None
            else _default("catalogue", "TRYNEXT_CATALOGUE", _native.BUILT_CATALOGUE_DB)
        )
        handle, message = _native.create(self.rules_dir, self.catalogue_db, _limits(limits))
        if handle is None:
            raise LoadError(message or "the rules and catalogue could not be loaded")
        self._handle = handle

    # Calls hold the handle while they run, so that close() never destroys it under one (the C ABI
    # forbids trynext_destroy racing with any other call).
    def _acquire(self) -> int:
        with self._idle:
            if self._handle is None:
                raise TrynextError("this trynext.Engine is closed", "closed")
            self._in_flight += 1
            return self._handle

    def _release(self) -> None:
        with self._idle:
            self._in_flight -= 1
            if self._in_flight == 0:
                self._idle.notify_all()

    def _evaluate(self, text: bytes, flags: int, top: int) -> Result:
        handle = self._acquire()
        try:
            status, document = _native.evaluate(handle, text, flags)
        finally:
            self._release()
        if status == _native.OK:
            return Result(json.loads(document), _Origin(weakref.ref(self), text, top))
        raise from_document(document)

    def _describe(self, function: str) -> Any:
        handle = self._acquire()
        try:
            document = _native.describe(handle, function)
        finally:
            self._release()
        if document is None:
            raise MemoryError(f"{function}: out of memory")
        return json.loads(document)

    def recommend(self, assessment: Assessment, explain: bool = False, top: int = DEFAULT_TOP) -> Result:
        """Evaluates one assessment and returns the result, the same document as
        ``trynext recommend --format json`` (``--explain`` and ``--top`` are ``explain`` and ``top``).

        ``assessment`` is a dict, JSON text, or a ``pathlib.Path`` of a JSON file. ``top`` (1 to 100)
        is how many recommendations come before "also_considered"; a "top_n" in the assessment
        itself wins, as for the CLI. Raises :class:`InvalidAssessment` listing every problem.
        """
        flags = _flags(explain, top)
        return self._evaluate(_encode(assessment, top), flags, top)

    def report(
        self,
        assessment: Assessment,
        format: str = "html",
        top: int = DEFAULT_TOP,
        date: Optional[str] = None,
    ) -> str:
        """The report of one assessment for people, the same document as ``trynext report --format FORMAT``:
        ``"html"`` (one self-contained page with the factor chart as inline SVG), ``"markdown"`` or
        ``"text"``. ``date`` (``"YYYY-MM-DD"``) is the date it shows, today in UTC by default.

        PDF is not made through the library (printing needs a subprocess): use ``trynext report -o
        report.pdf`` or the service's ``POST /v1/reports?format=pdf``. Raises :class:`InvalidAssessment`
        as ``recommend`` does, and ValueError for a format it does not make.
        """
        if format not in ("html", "markdown", "text"):
            hint = " (PDF needs a subprocess: use trynext report -o report.pdf)" if format == "pdf" else ""
            raise ValueError(f"unknown report format {format!r}: html, markdown or text{hint}")
        _flags(False, top)
        handle = self._acquire()
        try:
            status, document = _native.report(handle, _encode(assessment, top), format, date)
        finally:
            self._release()
        if status == _native.OK:
            return document
        raise from_document(document)

    @overload
    def recommend_many(
        self,
        assessments: Iterable[Assessment],
        workers: Optional[int] = None,
        *,
        explain: bool = False,
        top: int = DEFAULT_TOP,
        errors: Literal["raise"] = "raise",
    ) -> list[Result]: ...

    @overload
    def recommend_many(
        self,
        assessments: Iterable[Assessment],
        workers: Optional[int] = None,
        *,
        explain: bool = False,
        top: int = DEFAULT_TOP,
        errors: Literal["return"],
    ) -> list[Union[Result, InvalidAssessment]]: ...

    def recommend_many(
        self,
        assessments: Iterable[Assessment],
        workers: Optional[int] = None,
        *,
        explain: bool = False,
        top: int = DEFAULT_TOP,
        errors: Literal["raise", "return"] = "raise",
    ) -> Union[list[Result], list[Union[Result, InvalidAssessment]]]:
        """Evaluates many assessments in parallel and returns their results in the order given.

        ``workers`` threads (default: one per core) each take the next assessment and call the
        engine; the GIL is released while the engine evaluates, so the evaluations themselves run in
        parallel, while encoding each assessment and decoding each result (Python's json) take turns
        under the GIL. With ``errors="raise"`` (the default) the first invalid assessment stops the
        run and raises :class:`InvalidAssessment` with ``index`` set to its position; with
        ``errors="return"`` its place in the list holds the exception instead of a result.
        A reload meanwhile is safe: each evaluation runs wholly on the old rules or on the new.
        """
        if errors not in ("raise", "return"):
            raise ValueError(f'errors must be "raise" or "return", got {errors!r}')
        flags = _flags(explain, top)
        count = (os.cpu_count() or 1) if workers is None else workers
        if not isinstance(count, int) or count < 1:
            raise ValueError(f"workers must be at least 1, got {workers!r}")
        pending = iter(enumerate(assessments))
        lock = threading.Lock()
        results: dict[int, Union[Result, InvalidAssessment]] = {}
        failures: list[tuple[int, BaseException]] = []

        def work() -> None:
            while True:
                with lock:
                    if failures:
                        return
                    try:
                        index, assessment = next(pending)
                    except StopIteration:
                        return
                    except BaseException as e:  # the caller's iterable failed: stop everyone
                        failures.append((-1, e))
                        return
                try:
                    results[index] = self._evaluate(_encode(assessment, top), flags, top)
                except InvalidAssessment as e:
                    e.index = index
                    if errors == "return":
                        results[index] = e
                    else:
                        with lock:
                            failures.append((index, e))
                        return
                except BaseException as e:
                    with lock:
                        failures.append((index, e))
                    return

        if count == 1:
            work()
        else:
            threads = [threading.Thread(target=work, name=f"trynext-{i}", daemon=True) for i in range(count)]
            for thread in threads:
                thread.start()
            try:
                for thread in threads:
                    thread.join()
            except BaseException as e:  # Ctrl-C: let the workers finish the evaluation in hand, then stop
                with lock:
                    failures.append((-1, e))
                for thread in threads:
                    thread.join()
                raise
        if failures:
            raise min(failures, key=lambda f: f[0])[1]
        return [results[i] for i in range(len(results))]

    def reload(self) -> dict[str, str]:
        """Loads the rules and the catalogue again from the same paths and returns the new versions.
        On failure the rules in service stay and :class:`LoadError` names every problem."""
        handle = self._acquire()
        try:
            status, message = _native.reload(handle)
        finally:
            self._release()
        if status == _native.LOAD_ERROR:
            raise LoadError(message or "the rules and catalogue could not be loaded again")
        if status != _native.OK:
            raise TrynextError((message or "").rstrip("\n"), _native.status_name(status))
        return self.versions

    @property
    def versions(self) -> dict[str, str]:
        """The versions in service: ``{"engine": "0.1.0", "rules": "<digest>", "catalogue": "<digest>"}``."""
        versions: dict[str, str] = self._describe("trynext_versions")
        return versions

    def catalogue(self) -> dict[str, Any]:
        """The support catalogue: ``{"interventions": [...], "grades": [...], "digest": ...}``."""
        catalogue: dict[str, Any] = self._describe("trynext_catalogue")
        return catalogue

    def instrument(self) -> dict[str, Any]:
        """The questionnaire: ``{"factors": [...], "team_fields": [...], "answers": [...]}``; each
        factor lists its indicators, answered under "answers" as "<factor>.<letter>"."""
        instrument: dict[str, Any] = self._describe("trynext_instrument")
        return instrument

    def assessment_schema(self) -> dict[str, Any]:
        """The JSON Schema (draft 2020-12) of an assessment."""
        schema: dict[str, Any] = self._describe("trynext_assessment_schema")
        return schema

    def close(self) -> None:
        """Releases the engine once the calls running on it have finished. Calls after it raise."""
        with self._idle:
            handle, self._handle = self._handle, None
            while self._in_flight:
                self._idle.wait()
        if handle is not None:
            _native.destroy(handle)

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        if getattr(self, "_handle", None) is not None:
            self.close()

    def __repr__(self) -> str:
        state = "closed" if self._handle is None else f"rules {self.versions['rules']}"
        return f"<trynext.Engine {self.rules_dir!r} ({state})>"
