"""Errors that say what went wrong and how to fix it.

The CLI prints ``str(error)`` without a traceback and exits non-zero, so every
message names the thing at fault and the fix.
"""

from __future__ import annotations

from pathlib import Path


class SucaiError(Exception):
    """Base class: anything sucai raises on purpose."""


class IngestError(SucaiError):
    """One input file (or one record of it) could not be read."""

    def __init__(self, path: str | Path, reason: str, fix: str = "") -> None:
        self.path = str(path)
        self.reason = reason
        self.fix = fix
        msg = f"{self.path}: {reason}"
        if fix:
            msg += f" ({fix})"
        super().__init__(msg)


class DocumentNotFoundError(SucaiError):
    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        super().__init__(
            f"no document with id {doc_id!r} in the library (run `sucai ls` to see the ids)"
        )


class AmbiguousIdError(SucaiError):
    def __init__(self, prefix: str, matches: list[str]) -> None:
        shown = ", ".join(matches[:5])
        super().__init__(
            f"document id prefix {prefix!r} matches {len(matches)} documents ({shown}); "
            "type more characters of the id"
        )


class LibraryError(SucaiError):
    """The library file itself is unusable (not SQLite, too new, locked)."""


class DataFileError(SucaiError):
    """A rules or word-list file inside the package (or given by the user) is invalid."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"data file {name}: {problem} (fix the entry and load it again)")


class QueryError(SucaiError):
    """A search query that cannot be run."""
