"""Upload jobs: files saved under generated names, ingested by the one writer thread.

Why a single writer thread with its own ``Library``: SQLite (WAL) allows one writer and
many readers, so ingesting in the background keeps searches answering; the browser
polls ``/jobs/{id}.json`` for each file's status.
"""

from __future__ import annotations

import secrets
import shutil
import threading
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sucai.library import Library

KEEP_JOBS = 200


@dataclass
class FileJob:
    """One uploaded file: ``status`` is queued, working, added, unchanged, failed or rejected."""

    name: str
    size: int
    status: str = "queued"
    detail: str = ""
    doc_ids: list[str] = field(default_factory=list)
    passages: int = 0
    path: Path | None = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "size": self.size,
            "status": self.status,
            "detail": self.detail,
            "doc_ids": self.doc_ids,
            "passages": self.passages,
        }


@dataclass
class Job:
    id: str
    files: list[FileJob]
    tmpdir: Path | None
    state: str = "queued"  # queued | running | done
    created: float = field(default_factory=time.time)
    finished: float | None = None

    def to_dict(self) -> dict[str, Any]:
        finished = sum(f.status not in ("queued", "working") for f in self.files)
        return {
            "id": self.id,
            "state": self.state,
            "done": finished,
            "total": len(self.files),
            "files": [f.to_dict() for f in self.files],
            "seconds": round((self.finished or time.time()) - self.created, 2),
        }


class Jobs:
    """Runs upload jobs one at a time in a writer thread; keeps the last few for polling."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sucai-writer")
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._writer: Library | None = None

    def submit(self, files: list[FileJob], tmpdir: Path | None) -> Job:
        job = Job(secrets.token_hex(8), files, tmpdir)
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEEP_JOBS:
                self._jobs.popitem(last=False)
        if any(f.status == "queued" for f in files):
            self._executor.submit(self._run, job)
        else:
            self._finish(job)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def wait(self, job_id: str, timeout: float = 60.0) -> Job | None:
        """Block until the job is done (tests and scripts)."""
        deadline = time.time() + timeout
        job = self.get(job_id)
        while job is not None and job.state != "done" and time.time() < deadline:
            time.sleep(0.02)
        return job

    def close(self) -> None:
        """Finish the running job, drop queued ones (and their temp files), close the writer."""
        self._executor.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            pending = [job for job in self._jobs.values() if job.state != "done"]
        for job in pending:
            for f in job.files:
                if f.status == "queued":
                    f.status, f.detail = "failed", "the server stopped before this file was added"
            self._finish(job)
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def _run(self, job: Job) -> None:
        job.state = "running"
        try:
            if self._writer is None:
                self._writer = Library(self.db_path)
            for f in job.files:
                if f.status != "queued" or f.path is None:
                    continue
                f.status = "working"
                try:
                    ingest_upload(self._writer, f)
                except Exception as exc:  # one file's bug must not stop the others
                    f.status, f.detail = "failed", f"internal error: {exc!r}"
        finally:
            self._finish(job)

    def _finish(self, job: Job) -> None:
        if job.tmpdir is not None:
            shutil.rmtree(job.tmpdir, ignore_errors=True)
        job.finished = time.time()
        job.state = "done"


def ingest_upload(lib: Library, f: FileJob) -> None:
    """Add one saved upload, recorded under its original name, not the temp path."""
    assert f.path is not None
    report = lib.add_file(f.path, name=f.name, source_key=f"upload:{f.name}")
    statuses = ["added"] * len(report.added) + ["unchanged"] * len(report.unchanged)
    errors = [x["error"].split(": ", 1)[-1] for x in report.failed]
    f.doc_ids = report.added + report.unchanged
    f.passages = report.passages
    if "added" in statuses:
        f.status = "added"
    elif "unchanged" in statuses:
        f.status = "unchanged"
    else:
        f.status = "failed"
    if errors:
        f.detail = "；".join(dict.fromkeys(errors))
        if f.status != "failed":
            f.detail = f"{len(errors)} 条记录未能读取：{f.detail}"
    elif f.status == "failed":
        f.detail = "nothing could be read from this file"
