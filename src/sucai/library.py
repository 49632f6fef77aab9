"""The Library: the one façade the CLI, the web workbench and Python users call."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from sucai.analyze.themes import key_phrases
from sucai.errors import IngestError, QueryError, SucaiError
from sucai.ingest import iter_files, read_path
from sucai.ingest.readers import DEFAULT_MAX_BYTES
from sucai.models import AddReport, DocumentInfo, RawDocument, SearchHit
from sucai.pipeline import Pipeline, Work
from sucai.search import Searcher
from sucai.segment.dates import date_bounds, parse_user_date
from sucai.store import Store
from sucai.store.db import NewDocument

# Words in at least this many passages get an impact list (below it FTS5 ranks a word's
# passages in under ~6 ms); each list keeps the top ``IMPACT_DEPTH`` passages.
IMPACT_MIN_DF = 8000
IMPACT_DEPTH = 1000


def default_db_path() -> Path:
    """``$SUCAI_DB``, else ``library.db`` in the user's data directory."""
    env = os.environ.get("SUCAI_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("sucai", appauthor=False)) / "library.db"


@dataclass
class Progress:
    """One step of a long ingest, for progress bars: ``done`` of ``total`` files."""

    done: int
    total: int
    path: str
    status: str  # "added" | "unchanged" | "failed" | "skipped"
    detail: str = ""


ProgressFn = Callable[[Progress], None]


class Library:
    """A sucai library in one SQLite file.

    >>> with Library("lib.db") as lib:          # doctest: +SKIP
    ...     lib.add(["speeches/"])
    ...     hits = lib.search("劳模精神 工匠精神")
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        t2s: bool = False,
        max_passage_chars: int = 400,
        max_file_mb: float = DEFAULT_MAX_BYTES / 1048576,
    ) -> None:
        from sucai.clean import Cleaner
        from sucai.segment import Segmenter

        self.path = Path(path) if path is not None else default_db_path()
        self.store = Store(self.path)
        self.pipeline = Pipeline(Cleaner(t2s=t2s), Segmenter(max_passage_chars))
        self.max_bytes = int(max_file_mb * 1048576)
        self._searcher: Searcher | None = None
        self._analysis: tuple[Any, Any] | None = None

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- adding -----------------------------------------------------------------
    def add(
        self,
        paths: Iterable[str | Path] | str | Path,
        on_progress: ProgressFn | None = None,
    ) -> AddReport:
        """Add files and folders (recursively). One bad file never stops the rest."""
        if isinstance(paths, str | Path):
            paths = [paths]
        started = time.perf_counter()
        report = AddReport()
        files = list(iter_files(Path(p).expanduser() for p in paths))
        for i, (path, explicit) in enumerate(files, 1):
            status, detail = "added", ""
            if not path.exists():
                report.failed.append({"path": str(path), "error": f"{path}: no such file"})
                status, detail = "failed", "no such file"
            elif not explicit and path.suffix.lower() not in _suffixes():
                report.skipped.append(str(path))
                status = "skipped"
            else:
                status, detail = self._add_file(path, report)
            if on_progress:
                on_progress(Progress(i, len(files), str(path), status, detail))
        if report.added:
            self.refresh_index()
        report.seconds = time.perf_counter() - started
        return report

    def _add_file(self, path: Path, report: AddReport) -> tuple[str, str]:
        statuses = []
        for item in read_path(path, self.max_bytes):
            if isinstance(item, IngestError):
                report.failed.append({"path": item.path, "error": str(item)})
                statuses.append("failed")
                continue
            try:
                statuses.append(self._add_raw(item, report))
            except SucaiError as exc:
                message = str(exc) if isinstance(exc, IngestError) else f"{path}: {exc}"
                report.failed.append({"path": str(path), "error": message})
                statuses.append("failed")
        if not statuses:
            return "failed", "nothing read"
        if "added" in statuses:
            return "added", f"{statuses.count('added')} added"
        return statuses[-1], ""

    def add_file(
        self, path: str | Path, name: str | None = None, source_key: str | None = None
    ) -> AddReport:
        """Add one file that lives under another name (an upload saved to a temp file):
        ``name`` is recorded as its path and source, ``source_key`` identifies it for
        replacement when it is added again changed."""
        report = AddReport()
        started = time.perf_counter()
        shown = name or str(path)
        for item in read_path(Path(path), self.max_bytes):
            if isinstance(item, IngestError):
                report.failed.append(
                    {
                        "path": shown,
                        "error": f"{shown}: {item.reason}" + (f" ({item.fix})" if item.fix else ""),
                    }
                )
                continue
            if name:
                item.path = name
            key = source_key or str(Path(path).resolve())
            if item.ext_id:
                key += f"#{item.ext_id}"
            try:
                self._add_raw(item, report, source_key=key)
            except SucaiError as exc:
                report.failed.append({"path": shown, "error": f"{shown}: {exc}"})
        if report.added:
            self.refresh_index()
        report.seconds = time.perf_counter() - started
        return report

    def add_text(
        self,
        text: str,
        *,
        title: str | None = None,
        date: str | None = None,
        source: str | None = None,
        name: str = "<text>",
    ) -> str:
        """Add a text given directly (pasted, generated); returns its document id."""
        raw = RawDocument(
            text=text, path=name, format="text", title=title, date=date, source=source
        )
        report = AddReport()
        self._add_raw(raw, report, source_key=None)
        if report.added:
            self.refresh_index()
        return (report.added or report.unchanged)[0]

    def _add_raw(self, raw: RawDocument, report: AddReport, source_key: str | None = "") -> str:
        if source_key == "":
            key = str(Path(raw.path).resolve())
            source_key = f"{key}#{raw.ext_id}" if raw.ext_id else key
        work = self.pipeline.process(raw, until="hash")
        existing = self.store.id_for_hash(work.hash)
        if existing:
            report.unchanged.append(existing)
            return "unchanged"
        work = self.pipeline.resume(work, after="hash")
        if not work.segmented or not work.segmented.passages:
            raise IngestError(raw.path, "no text left after cleaning", "check the file's content")
        replace = self.store.ids_for_source(source_key) if source_key else []
        self._store(work, source_key, replace)
        doc_id = work.hash[:12]
        report.added.append(doc_id)
        report.replaced.extend(replace)
        report.passages += len(work.segmented.passages)
        report.chars += len(work.cleaned.text) if work.cleaned else 0
        return "added"

    def _store(self, work: Work, source_key: str | None, replace: Sequence[str]) -> None:
        assert work.cleaned and work.segmented
        lo, hi = work.date_bounds
        raw = work.raw
        meta: dict[str, Any] = dict(work.cleaned.meta)
        if raw.ext_id:
            meta["ext_id"] = raw.ext_id
        meta["normalized_chars"] = work.cleaned.normalized
        doc = NewDocument(
            id=work.hash[:12],
            content_hash=work.hash,
            source_key=source_key,
            title=work.title,
            date=work.date,
            date_lo=lo,
            date_hi=hi,
            source=raw.source
            or work.cleaned.meta.get("source")
            or (raw.path if raw.format != "text" else None),
            path=raw.path if raw.format != "text" else None,
            format=raw.format,
            encoding=raw.encoding,
            text=work.cleaned.text,
            stripped=[s.to_dict() for s in work.cleaned.stripped],
            meta=meta,
        )
        self.store.insert_document(
            doc,
            work.segmented.sections,
            work.segmented.passages,
            work.tokens,
            replace,
            work.themes,
        )

    # -- reading ----------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        return self.store.documents()

    def resolve(self, doc_id: str) -> str:
        """A full document id from an id or a unique prefix of one."""
        return self.store.resolve_id(doc_id)

    def document(self, doc_id: str) -> dict[str, Any]:
        """The document as segmented: sections with their passages (``sucai show``)."""
        full = self.resolve(doc_id)
        info, extra = self.store.document(full)
        sections = self.store.sections(full)
        passages = self.store.passages(full)
        by_section: dict[int | None, list[dict[str, Any]]] = {}
        for p in passages:
            by_section.setdefault(p["section_id"], []).append(
                {"id": p["id"], "text": p["text"], "start": p["start_char"], "end": p["end_char"]}
            )
        out_sections = [
            {
                "heading": s["heading"],
                "level": s["level"],
                "kind": s["kind"],
                "start": s["start_char"],
                "end": s["end_char"],
                "passages": by_section.get(s["id"], []),
            }
            for s in sections
        ]
        return {
            **info.to_dict(),
            "path": info.path,
            "format": info.format,
            "encoding": info.encoding,
            "content_hash": info.content_hash,
            "added_at": info.added_at,
            "stripped": extra["stripped"],
            "sections": out_sections,
        }

    def text(self, doc_id: str) -> str:
        """The cleaned text every stored offset refers to."""
        _, extra = self.store.document(self.resolve(doc_id))
        return str(extra["text"])

    def passages(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        full = self.resolve(doc_id) if doc_id else None
        return [
            {
                "id": p["id"],
                "doc_id": p["doc_id"],
                "position": p["position"],
                "heading": p["heading"],
                "text": p["text"],
                "start": p["start_char"],
                "end": p["end_char"],
            }
            for p in self.store.passages(full)
        ]

    def search(
        self,
        query: str,
        limit: int = 10,
        *,
        doc_ids: Sequence[str] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        themes: Sequence[str] | None = None,
    ) -> list[SearchHit]:
        """BM25-ranked passages, matches highlighted; dates may be partial (2024, 2024-05)."""
        ids = [self.resolve(d) for d in doc_ids] if doc_ids else None
        lo = date_bounds(_check_date(date_from, "--from"))[0]
        hi = date_bounds(_check_date(date_to, "--to"))[1]
        return self.searcher.search(query, limit, ids, lo, hi, themes)

    @property
    def searcher(self) -> Searcher:
        if self._searcher is None:
            self._searcher = Searcher(self.store, self.pipeline.words)
        return self._searcher

    def date_range(
        self, date_from: str | None, date_to: str | None
    ) -> tuple[str | None, str | None]:
        """Bounds for date filters given as 2024, 2024-05 or 2024-05-01."""
        lo = date_bounds(_check_date(date_from, "--from"))[0]
        hi = date_bounds(_check_date(date_to, "--to"))[1]
        return lo, hi

    def optimize(self, min_df: int = IMPACT_MIN_DF, depth: int = IMPACT_DEPTH) -> dict[str, float]:
        """Rebuild the search index's impact lists: for each word in at least ``min_df``
        passages, the ``depth`` passages where it weighs most. A search for a common
        word then reads those instead of ranking every passage that holds it (教育 at
        1M passages: 130 ms → 3 ms); results are the same."""
        return self.store.build_impacts(min_df, depth)

    def refresh_index(self) -> bool:
        """Rebuild the impact lists when a quarter of the passages are newer than them
        (search stays right in between: it ranks the newer passages itself); the cost
        over a growing library is a small multiple of one build."""
        meta = self.store.impact_meta()
        newest = self.store.max_passage_id()
        built = int(meta.get("max_id", 0))
        if newest < IMPACT_MIN_DF or newest - built <= 0.25 * max(meta.get("rows", 0.0), 1.0):
            return False
        self.optimize(int(meta.get("min_df", IMPACT_MIN_DF)), int(meta.get("depth", IMPACT_DEPTH)))
        return True

    def remove(self, doc_id: str) -> DocumentInfo:
        full = self.resolve(doc_id)
        info, _ = self.store.document(full)
        self.store.delete_document(full)
        return info

    def compiler(self) -> Any:
        """A Compiler sharing this library's loaded anonymizer and checker (loading the
        gazetteer and rules once costs about half a second)."""
        from sucai.analyze.anonymizer import Anonymizer
        from sucai.analyze.check import Checker
        from sucai.compile import Compiler

        if self._analysis is None:
            anonymizer = Anonymizer()
            self._analysis = (anonymizer, Checker(anonymizer))
        return Compiler(self, *self._analysis)

    def compile(self, topic: str, n: int = 5, **options: Any) -> Any:
        """A themed collection in the 范文 layout (see ``sucai.compile.Compiler.compile``)."""
        return self.compiler().compile(topic, n, **options)

    def skeleton(self, topic: str, sections: int = 4, **options: Any) -> Any:
        """A speech skeleton: headings mined on the topic with supporting passages."""
        return self.compiler().skeleton(topic, sections, **options)

    def quotes(
        self, theme: str | None = None, limit: int = 20, min_score: float = 0.5
    ) -> list[dict[str, Any]]:
        """The best quotable lines (金句) in the library, or on a theme, with their sources.

        Candidates on a theme are the passages tagged with it plus those that the
        theme's words find; the scorer (``analyze.quotes``) ranks their sentences.
        """
        from sucai.analyze.quotes import QuoteScorer

        if theme:
            ids = set(self.store.passages_with_theme(theme, 5000))
            ids.update(pid for pid, _ in self.searcher.scores(theme, 2000))
            rows = self.store.passages(ids=sorted(ids)) if ids else []
        else:
            rows = self.store.passages()
        scorer = QuoteScorer()
        found: list[dict[str, Any]] = []
        seen: set[str] = set()
        titles: dict[str, str] = {}
        for row in rows:
            for q in scorer.mine(row["text"], min_score=min_score):
                if q.text in seen:
                    continue
                seen.add(q.text)
                if row["doc_id"] not in titles:
                    titles[row["doc_id"]] = self.store.document(row["doc_id"])[0].title
                found.append(
                    {
                        "text": q.text,
                        "score": round(q.score, 3),
                        "reasons": q.reasons,
                        "passage_id": row["id"],
                        "doc_id": row["doc_id"],
                        "title": titles[row["doc_id"]],
                        "start": row["start_char"] + q.start,
                        "end": row["start_char"] + q.end,
                    }
                )
        found.sort(key=lambda x: -x["score"])
        return found[:limit]

    def dupes(self, threshold: float | None = None, min_chars: int = 30) -> dict[str, Any]:
        """Clusters of near-duplicate passages and of near-duplicate documents.

        Passages shorter than ``min_chars`` (同志们！, 谢谢大家！) are left out: they are
        the same everywhere and say nothing about copied material.
        """
        from sucai.analyze.dupes import Deduper

        d = Deduper() if threshold is None else Deduper(threshold=threshold)
        # Two phases, one after the other, so that memory peaks at the larger of them, not
        # their sum. Both stream from SQLite (the Deduper keeps signatures, not texts);
        # member texts are read back for the clusters only.
        passage_clusters = d.cluster(
            (pid, text) for pid, _, text in self.store.iter_passages() if len(text) >= min_chars
        )
        members = self.store.passage_owners([pid for c in passage_clusters for pid in c.ids])
        titles = {doc.id: doc.title for doc in self.documents()}
        doc_clusters = d.cluster_documents(self.store.iter_document_texts())
        return {
            "passages": [
                {
                    **c.to_dict(),
                    "members": [
                        {
                            "passage_id": pid,
                            "doc_id": members[pid][0],
                            "title": titles.get(members[pid][0], ""),
                            "text": members[pid][1],
                        }
                        for pid in c.ids
                    ],
                }
                for c in passage_clusters
            ],
            "documents": [
                {**c.to_dict(), "titles": [titles.get(i, "") for i in c.ids]} for c in doc_clusters
            ],
        }

    def outline(self, doc_id: str) -> list[dict[str, Any]]:
        """The document's 提纲: headings and parallel leads, with offsets into its text."""
        from sucai.analyze.outline import outline_text

        _, nodes = outline_text(self.text(doc_id), clean=False)
        return [n.to_dict() for n in nodes]

    def themes(self, top: int = 30) -> dict[str, Any]:
        """Themes with passage and document counts, and the library's TF-IDF key phrases."""
        return {
            "themes": [
                {"theme": r["theme"], "passages": r["passages"], "documents": r["documents"]}
                for r in self.store.theme_counts()
            ],
            "key_phrases": [
                {"phrase": w, "score": s, "passages": d}
                for w, s, d in key_phrases(self._precise_tokens(), top)
            ],
        }

    def _precise_tokens(self) -> Iterator[str]:
        """Passages as precise-mode words: key phrases should be words, not their parts."""
        for text in self.store.iter_texts():
            yield " ".join(self.pipeline.words.query_tokens(text))

    def stats(self) -> dict[str, Any]:
        counts = self.store.counts()
        size = self.path.stat().st_size if self.path.exists() else 0
        return {**counts, "path": str(self.path), "bytes": size}


def _check_date(value: str | None, option: str) -> str | None:
    if not value:
        return None
    parsed = parse_user_date(value)
    if parsed is None:
        raise QueryError(
            f"{option} {value!r} is not a date; write it as 2024, 2024-05 or 2024-05-01"
        )
    return parsed


def _suffixes() -> frozenset[str]:
    from sucai.ingest import SUPPORTED_SUFFIXES

    return SUPPORTED_SUFFIXES
