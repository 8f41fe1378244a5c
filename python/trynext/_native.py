"""The ctypes binding of libtrynext's C ABI (engine/include/trynext/trynext.h).

Everything that touches ctypes lives here: finding and loading the library, checking its ABI
version, declaring each function's prototype, and turning the strings the library allocates into
Python ``str`` (always released with ``trynext_free``, never left to the garbage collector).
"""

from __future__ import annotations

import ctypes
import os
from pathlib import Path
from typing import Optional

#: The C ABI this package is written against (``TRYNEXT_ABI_VERSION`` in trynext.h).
ABI_VERSION = 1

# Status codes of trynext.h.
OK = 0
INVALID_INPUT = 1
LOAD_ERROR = 2
INVALID_ARGUMENT = 3
OUT_OF_MEMORY = 4
INTERNAL_ERROR = 5

#: Flag of trynext_evaluate(): add the trace of every rule.
EXPLAIN = 1


class Limits(ctypes.Structure):
    """``struct trynext_limits``: per-rule limits of each evaluation, 0 meaning the default."""

    _fields_ = [("instructions_per_rule", ctypes.c_uint64), ("memory_bytes", ctypes.c_uint64)]


def _location() -> tuple[Optional[str], Optional[str], Optional[str]]:
    """The library, rules and catalogue this copy of the package was built or installed with.

    ``_location.py`` is written by python/CMakeLists.txt: absolute build-tree paths in the copy under
    build/python, paths relative to the package once installed. A bare source checkout has none.
    """
    try:
        from . import _location as loc  # type: ignore[attr-defined]
    except ImportError:
        return None, None, None
    here = Path(__file__).resolve().parent
    return (
        os.path.normpath(here / str(loc.LIBRARY)),
        os.path.normpath(here / str(loc.RULES_DIR)),
        os.path.normpath(here / str(loc.CATALOGUE_DB)),
    )


_BUILT_LIBRARY, BUILT_RULES_DIR, BUILT_CATALOGUE_DB = _location()


def _candidates() -> list[str]:
    env = os.environ.get("TRYNEXT_LIBRARY")
    if env:
        return [env]  # asked for by name: no silent fallback to another copy
    found = []
    if _BUILT_LIBRARY and os.path.exists(_BUILT_LIBRARY):
        found.append(_BUILT_LIBRARY)
    found.append("libtrynext.so.0")  # the dynamic linker's search path (ldconfig, LD_LIBRARY_PATH)
    return found


def _load() -> tuple[ctypes.CDLL, str]:
    errors = []
    for name in _candidates():
        try:
            return ctypes.CDLL(name), name
        except OSError as e:
            errors.append(f"  {name}: {e}")
    raise ImportError(
        "trynext: cannot load libtrynext (the trynext C library):\n"
        + "\n".join(errors)
        + "\nInstall trynext (cmake --install build), use the package built under build/python "
        "(PYTHONPATH=build/python), or set TRYNEXT_LIBRARY to the path of libtrynext.so.0."
    )


lib, library_path = _load()

try:
    _abi = lib.trynext_abi_version
except AttributeError:
    raise ImportError(
        f"trynext: {library_path} is not libtrynext: it has no trynext_abi_version(). "
        "Set TRYNEXT_LIBRARY to the path of libtrynext.so.0."
    ) from None
_abi.argtypes = []
_abi.restype = ctypes.c_int
library_abi_version: int = _abi()
if library_abi_version != ABI_VERSION:
    raise ImportError(
        f"trynext: {library_path} has C ABI version {library_abi_version}, but this Python package "
        f"was written for version {ABI_VERSION}. Install the Python package from the same trynext "
        "build as the library (cmake --install installs both), or set TRYNEXT_LIBRARY to a "
        f"libtrynext.so.0 of ABI version {ABI_VERSION}."
    )

_c_char_pp = ctypes.POINTER(ctypes.c_void_p)  # char**: kept as void* so that it can be freed

lib.trynext_version.argtypes = []
lib.trynext_version.restype = ctypes.c_char_p
lib.trynext_status_name.argtypes = [ctypes.c_int]
lib.trynext_status_name.restype = ctypes.c_char_p
lib.trynext_create_with_limits.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(Limits), _c_char_pp]
lib.trynext_create_with_limits.restype = ctypes.c_void_p
lib.trynext_destroy.argtypes = [ctypes.c_void_p]
lib.trynext_destroy.restype = None
lib.trynext_evaluate.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, _c_char_pp]
lib.trynext_evaluate.restype = ctypes.c_int
lib.trynext_report.argtypes = [
    ctypes.c_void_p,
    ctypes.c_char_p,
    ctypes.c_size_t,
    ctypes.c_char_p,
    ctypes.c_char_p,
    ctypes.c_uint,
    _c_char_pp,
]
lib.trynext_report.restype = ctypes.c_int
lib.trynext_reload.argtypes = [ctypes.c_void_p, _c_char_pp]
lib.trynext_reload.restype = ctypes.c_int
for _describe in ("trynext_versions", "trynext_catalogue", "trynext_instrument", "trynext_assessment_schema"):
    getattr(lib, _describe).argtypes = [ctypes.c_void_p]
    getattr(lib, _describe).restype = ctypes.c_void_p
lib.trynext_result_schema.argtypes = []
lib.trynext_result_schema.restype = ctypes.c_char_p
lib.trynext_free.argtypes = [ctypes.c_void_p]
lib.trynext_free.restype = None


def take(pointer: Optional[int]) -> Optional[str]:
    """The text of a string the library allocated, which is released here."""
    if not pointer:
        return None
    try:
        return ctypes.string_at(pointer).decode("utf-8", errors="replace")
    finally:
        lib.trynext_free(pointer)


def version() -> str:
    """The version of the library loaded, e.g. ``"0.1.0"``."""
    return bytes(lib.trynext_version()).decode()


def status_name(status: int) -> str:
    """The library's short name of a status code (``"invalid_input"``, ...)."""
    return bytes(lib.trynext_status_name(status)).decode()


def result_schema() -> str:
    """The JSON Schema of a result, as text (static in the library)."""
    return bytes(lib.trynext_result_schema()).decode()


def create(rules_dir: str, catalogue_db: str, limits: Limits) -> tuple[Optional[int], Optional[str]]:
    """trynext_create_with_limits: (handle, None), or (None, the library's message)."""
    error = ctypes.c_void_p()
    handle = lib.trynext_create_with_limits(
        os.fsencode(rules_dir), os.fsencode(catalogue_db), ctypes.byref(limits), ctypes.byref(error)
    )
    message = take(error.value)
    return (handle or None), message


def evaluate(handle: int, text: bytes, flags: int) -> tuple[int, str]:
    """trynext_evaluate: (status, the JSON document). The GIL is released during the call."""
    out = ctypes.c_void_p()
    status = lib.trynext_evaluate(handle, text, len(text), flags, ctypes.byref(out))
    document = take(out.value)
    if document is None:
        return OUT_OF_MEMORY, '{"error": {"code": "out_of_memory", "message": "out of memory"}}'
    return status, document


def report(handle: int, text: bytes, format: str, date: Optional[str]) -> tuple[int, str]:
    """trynext_report: (status, the document or a JSON error document). The GIL is released."""
    out = ctypes.c_void_p()
    status = lib.trynext_report(
        handle, text, len(text), format.encode(), date.encode() if date is not None else None, 0, ctypes.byref(out)
    )
    document = take(out.value)
    if document is None:
        return OUT_OF_MEMORY, '{"error": {"code": "out_of_memory", "message": "out of memory"}}'
    return status, document


def reload(handle: int) -> tuple[int, Optional[str]]:
    """trynext_reload: (status, None on success or the library's message)."""
    error = ctypes.c_void_p()
    status = lib.trynext_reload(handle, ctypes.byref(error))
    return status, take(error.value)


def describe(handle: int, function: str) -> Optional[str]:
    """One of the describe functions (trynext_versions, trynext_catalogue, ...)."""
    return take(getattr(lib, function)(handle))


def destroy(handle: int) -> None:
    lib.trynext_destroy(handle)
