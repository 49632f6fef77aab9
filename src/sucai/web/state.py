"""What the workbench keeps between requests: libraries per thread, shared analyzers, jobs.

Why per thread: sqlite connections must not be shared by threads running at once, and
FastAPI runs each sync view in a worker thread; a ``Library`` is cheap to open (its
word segmenter and dictionaries are loaded once per process). The anonymizer and checker
load a gazetteer (~0.4 s), so one of each is shared and used under a lock.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from sucai.analyze.anonymizer import Anonymizer
from sucai.analyze.check import Checker
from sucai.library import Library
from sucai.web.jobs import Jobs


class LibraryPool:
    """One ``Library`` (one sqlite connection) per thread, all closed at shutdown."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[Library] = []

    def get(self) -> Library:
        lib: Library | None = getattr(self._local, "lib", None)
        if lib is None:
            lib = Library(self.path)
            self._local.lib = lib
            with self._lock:
                self._all.append(lib)
        return lib

    def close(self) -> None:
        with self._lock:
            for lib in self._all:
                lib.close()
            self._all.clear()
        self._local = threading.local()


class Analysis:
    """The shared anonymizer and checker; ``lock`` serializes their (short) use."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self._anonymizer: Anonymizer | None = None
        self._checker: Checker | None = None

    @property
    def anonymizer(self) -> Anonymizer:
        if self._anonymizer is None:
            self._anonymizer = Anonymizer()
        return self._anonymizer

    @property
    def checker(self) -> Checker:
        if self._checker is None:
            self._checker = Checker(self.anonymizer)
        return self._checker


@dataclass
class WebState:
    db_path: Path
    token: str | None
    max_file_bytes: int
    libraries: LibraryPool
    jobs: Jobs
    analysis: Analysis = field(default_factory=Analysis)

    def lib(self) -> Library:
        """This thread's library connection."""
        return self.libraries.get()

    def close(self) -> None:
        self.jobs.close()
        self.libraries.close()
