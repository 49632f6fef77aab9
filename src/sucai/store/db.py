"""All of sucai's SQL lives here.

One SQLite file in WAL mode: readers keep answering while one writer adds
documents, and each document is written in a single transaction, so a process
killed mid-ingest leaves every document either whole or absent.
"""

from __future__ import annotations

import json
import math
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sucai.errors import AmbiguousIdError, DocumentNotFoundError, LibraryError
from sucai.models import DocumentInfo, Passage, Section
from sucai.store.migrations import MIGRATIONS


@dataclass
class NewDocument:
    id: str
    content_hash: str
    source_key: str | None
    title: str
    date: str | None
    date_lo: str | None
    date_hi: str | None
    source: str | None
    path: str | None
    format: str | None
    encoding: str | None
    text: str
    stripped: list[dict[str, Any]]
    meta: dict[str, Any]


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            p = Path(self.path)
            if p.is_dir():
                raise LibraryError(f"{p} is a folder; give --db a file name such as lib.db")
            if p.exists() and p.stat().st_size > 0:
                with p.open("rb") as fh:
                    if fh.read(16) != b"SQLite format 3\x00":
                        raise LibraryError(
                            f"{p} is not a sucai library (not an SQLite file); "
                            "choose another --db path"
                        )
            p.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise LibraryError(f"cannot open the library {self.path}: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA busy_timeout = 10000")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
        self.migrate()

    # -- schema -----------------------------------------------------------------
    def migrate(self) -> list[str]:
        c = self.conn
        c.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        done = {r[0] for r in c.execute("SELECT name FROM schema_migrations")}
        known = {name for name, _ in MIGRATIONS}
        unknown = done - known
        if unknown:
            raise LibraryError(
                f"the library {self.path} was made by a newer sucai "
                f"(migrations {sorted(unknown)}); upgrade sucai to open it"
            )
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            c.execute("BEGIN IMMEDIATE")
            try:
                for statement in _split_sql(sql):
                    c.execute(statement)
                c.execute(
                    "INSERT INTO schema_migrations(name, applied_at) VALUES (?, ?)", (name, _now())
                )
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
            applied.append(name)
        return applied

    def migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM schema_migrations ORDER BY name")]

    def close(self) -> None:
        self.conn.close()

    # -- writes -----------------------------------------------------------------
    def insert_document(
        self,
        doc: NewDocument,
        sections: Sequence[Section],
        passages: Sequence[Passage],
        tokens: Sequence[str],
        replace: Iterable[str] = (),
        themes: Sequence[dict[str, float]] = (),
    ) -> None:
        """Write one document with its sections and passages atomically.

        ``replace`` names documents (an older version from the same source) to
        delete in the same transaction.
        """
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            for old in replace:
                c.execute("DELETE FROM documents WHERE id = ?", (old,))
            c.execute(
                "INSERT INTO documents(id, content_hash, source_key, title, date, date_lo, "
                "date_hi, source, path, format, encoding, chars, text, stripped, meta, added_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    doc.id,
                    doc.content_hash,
                    doc.source_key,
                    doc.title,
                    doc.date,
                    doc.date_lo,
                    doc.date_hi,
                    doc.source,
                    doc.path,
                    doc.format,
                    doc.encoding,
                    len(doc.text),
                    doc.text,
                    json.dumps(doc.stripped, ensure_ascii=False),
                    json.dumps(doc.meta, ensure_ascii=False),
                    _now(),
                ),
            )
            section_ids: list[int] = []
            for sec in sections:
                parent = section_ids[sec.parent] if sec.parent is not None else None
                cur = c.execute(
                    "INSERT INTO sections(doc_id, position, parent_id, level, kind, marker, "
                    "heading, start_char, end_char) VALUES (?,?,?,?,?,?,?,?,?)",
                    (
                        doc.id,
                        sec.position,
                        parent,
                        sec.level,
                        sec.kind,
                        sec.marker,
                        sec.heading,
                        sec.start,
                        sec.end,
                    ),
                )
                assert cur.lastrowid is not None
                section_ids.append(cur.lastrowid)
                sec.id = cur.lastrowid
            paths = [" / ".join(s.path(list(sections))) for s in sections]
            for p, tok in zip(passages, tokens, strict=True):
                sid = section_ids[p.section] if section_ids else None
                cur = c.execute(
                    "INSERT INTO passages(doc_id, section_id, position, paragraph, heading, "
                    "start_char, end_char, text, tokens) VALUES (?,?,?,?,?,?,?,?,?)",
                    (
                        doc.id,
                        sid,
                        p.position,
                        p.paragraph,
                        paths[p.section] if paths else "",
                        p.start,
                        p.end,
                        p.text,
                        tok,
                    ),
                )
                p.id = cur.lastrowid
            rows = [
                (p.id, theme, weight)
                for p, found in zip(passages, themes, strict=False)
                for theme, weight in found.items()
            ]
            if rows:
                c.executemany(
                    "INSERT INTO passage_themes(passage_id, theme, weight) VALUES (?,?,?)", rows
                )
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def delete_document(self, doc_id: str) -> None:
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            # Passage ids above the newest left may be given again: the impact lists
            # must not vouch for them (search ranks passages above max_id itself).
            c.execute(
                "UPDATE impact_meta SET value = min(value, "
                "(SELECT coalesce(max(id), 0) FROM passages)) WHERE key = 'max_id'"
            )
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    # -- reads ------------------------------------------------------------------
    def id_for_hash(self, content_hash: str) -> str | None:
        row = self.conn.execute(
            "SELECT id FROM documents WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return str(row[0]) if row else None

    def ids_for_source(self, source_key: str) -> list[str]:
        rows = self.conn.execute("SELECT id FROM documents WHERE source_key = ?", (source_key,))
        return [str(r[0]) for r in rows]

    def resolve_id(self, prefix: str) -> str:
        prefix = prefix.strip()
        if not prefix:
            raise DocumentNotFoundError(prefix)
        row = self.conn.execute("SELECT id FROM documents WHERE id = ?", (prefix,)).fetchone()
        if row:
            return str(row[0])
        like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self.conn.execute(
            "SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' LIMIT 6", (like,)
        ).fetchall()
        if not rows:
            raise DocumentNotFoundError(prefix)
        if len(rows) > 1:
            raise AmbiguousIdError(prefix, [str(r[0]) for r in rows])
        return str(rows[0][0])

    def documents(self) -> list[DocumentInfo]:
        rows = self.conn.execute(
            "SELECT d.id, d.title, d.date, d.source, d.chars, d.path, d.format, d.encoding, "
            "d.content_hash, d.added_at, "
            "(SELECT count(*) FROM passages p WHERE p.doc_id = d.id) AS n "
            "FROM documents d ORDER BY d.added_at, d.rowid"
        )
        return [self._info(r) for r in rows]

    def source(self, doc_id: str) -> dict[str, Any]:
        """Where a document comes from, without reading its text: columns stored after
        ``text`` (added_at) would make SQLite walk the whole text's overflow pages."""
        r = self.conn.execute(
            "SELECT id, title, date, source, path FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if r is None:
            raise DocumentNotFoundError(doc_id)
        return {
            "doc_id": r["id"],
            "title": r["title"],
            "date": r["date"],
            "source": r["source"],
            "path": r["path"],
        }

    def document(self, doc_id: str) -> tuple[DocumentInfo, dict[str, Any]]:
        r = self.conn.execute(
            "SELECT d.*, (SELECT count(*) FROM passages p WHERE p.doc_id = d.id) AS n "
            "FROM documents d WHERE d.id = ?",
            (doc_id,),
        ).fetchone()
        if r is None:
            raise DocumentNotFoundError(doc_id)
        extra = {
            "text": r["text"],
            "stripped": json.loads(r["stripped"]),
            "meta": json.loads(r["meta"]),
        }
        return self._info(r), extra

    @staticmethod
    def _info(r: sqlite3.Row) -> DocumentInfo:
        return DocumentInfo(
            id=r["id"],
            title=r["title"],
            date=r["date"],
            source=r["source"],
            chars=r["chars"],
            passages=r["n"],
            path=r["path"],
            format=r["format"],
            encoding=r["encoding"],
            content_hash=r["content_hash"],
            added_at=r["added_at"],
        )

    def sections(self, doc_id: str) -> list[sqlite3.Row]:
        return self.conn.execute(
            "SELECT * FROM sections WHERE doc_id = ? ORDER BY position", (doc_id,)
        ).fetchall()

    def passages(
        self, doc_id: str | None = None, ids: Sequence[int] | None = None
    ) -> list[sqlite3.Row]:
        # Not the index tokens: 1.3× the text's size and nobody reading passages needs them.
        sql = (
            "SELECT id, doc_id, section_id, position, paragraph, heading, start_char, "
            "end_char, text FROM passages"
        )
        args: list[Any] = []
        where = []
        if doc_id is not None:
            where.append("doc_id = ?")
            args.append(doc_id)
        if ids is not None:
            if len(ids) > 30000:
                raise ValueError("ask for at most 30,000 passages at a time")
            where.append(f"id IN ({','.join('?' * len(ids))})")
            args.extend(ids)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY doc_id, position"
        return self.conn.execute(sql, args).fetchall()

    def search(
        self,
        match: str,
        limit: int,
        doc_ids: Sequence[str] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        themes: Sequence[str] | None = None,
    ) -> list[sqlite3.Row]:
        """Passages matching an FTS5 expression, best BM25 first.

        Without filters the top ``limit`` rows are ranked inside the FTS table alone and
        only they are joined to their passages and documents: joining every match first
        (thousands for a common word) made ranking 2–3× slower on 100k passages.
        """
        if not (doc_ids or date_from or date_to or themes):
            return self.hit_rows(self.rank_ids(match, limit))  # type: ignore[return-value]
        sql = (
            "SELECT p.id, p.doc_id, p.heading, p.text, p.start_char, p.end_char, "
            "d.title, d.date, bm25(passages_fts) AS rank "
            "FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid "
            "JOIN documents d ON d.id = p.doc_id WHERE passages_fts MATCH ?"
        )
        where, args = _filters(doc_ids, date_from, date_to, themes)
        sql += where + " ORDER BY rank LIMIT ?"
        args = [match, *args]
        args.append(limit)
        try:
            return self.conn.execute(sql, args).fetchall()
        except sqlite3.OperationalError as exc:
            from sucai.errors import QueryError

            raise QueryError(f"the search index rejected the query ({exc})") from exc

    def filter_ids(
        self,
        ids: Sequence[int],
        doc_ids: Sequence[str] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        themes: Sequence[str] | None = None,
    ) -> set[int]:
        """Which of ``ids`` pass the filters (the same as search's)."""
        out: set[int] = set()
        for start in range(0, len(ids), 20000):
            chunk = list(ids[start : start + 20000])
            where, args = _filters(doc_ids, date_from, date_to, themes)
            rows = self.conn.execute(
                "SELECT p.id FROM passages p JOIN documents d ON d.id = p.doc_id "
                f"WHERE p.id IN ({','.join('?' * len(chunk))})" + where,
                [*chunk, *args],
            )
            out.update(int(r[0]) for r in rows)
        return out

    # -- impact lists (see migration 0004) ---------------------------------------
    def fts_totals(self) -> tuple[int, float]:
        """(rows, average tokens per row) as FTS5's bm25() sees them: its own record."""
        row = self.conn.execute("SELECT block FROM passages_fts_data WHERE id = 1").fetchone()
        if row is None or not row[0]:
            return 0, 0.0
        blob = bytes(row[0])
        n_rows, i = _varint(blob, 0)
        n_tokens, _ = _varint(blob, i)
        return n_rows, (n_tokens / n_rows if n_rows else 0.0)

    def impact_meta(self) -> dict[str, float]:
        return {str(k): float(v) for k, v in self.conn.execute("SELECT * FROM impact_meta")}

    def max_passage_id(self) -> int:
        return int(self.conn.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0])

    def build_impacts(self, min_df: int, depth: int) -> dict[str, float]:
        """Rebuild the lists: for every word in at least ``min_df`` passages, its
        ``depth`` passages with the highest one-word BM25 weight (ranked by FTS5 itself,
        so the order is exactly bm25()'s)."""
        c = self.conn
        started = time.perf_counter()
        n_rows, avgdl = self.fts_totals()
        max_id = self.max_passage_id()
        c.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.passages_vocab "
            "USING fts5vocab(main, passages_fts, row)"
        )
        vocab = c.execute("SELECT term, doc FROM temp.passages_vocab").fetchall()
        # Every word's idf (a query of rare words is then ranked without FTS5 counting
        # each word's passages again), and a list for the common ones.
        terms = [(str(t), int(df), bm25_idf(n_rows, int(df))) for t, df in vocab]
        lists: list[tuple[str, int, int, float]] = []
        for term, df, idf in terms:
            if df < min_df:
                continue
            rows = c.execute(
                "SELECT rowid, bm25(passages_fts) FROM passages_fts WHERE passages_fts MATCH ? "
                "ORDER BY 2 LIMIT ?",
                ('"' + str(term).replace('"', '""') + '"', depth),
            ).fetchall()
            lists.extend((str(term), i, int(r[0]), -float(r[1]) / idf) for i, r in enumerate(rows))
        meta = {
            "rows": float(n_rows),
            "avgdl": avgdl,
            "max_id": float(max_id),
            "min_df": float(min_df),
            "depth": float(depth),
            "terms": float(sum(1 for _, df, _ in terms if df >= min_df)),
            "seconds": round(time.perf_counter() - started, 2),
        }
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute("DELETE FROM impacts")
            c.execute("DELETE FROM impact_terms")
            c.execute("DELETE FROM impact_meta")
            c.executemany("INSERT INTO impact_terms(term, df, idf) VALUES (?,?,?)", terms)
            c.executemany(
                "INSERT INTO impacts(term, pos, passage_id, weight) VALUES (?,?,?,?)", lists
            )
            c.executemany("INSERT INTO impact_meta(key, value) VALUES (?,?)", meta.items())
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return meta

    def impact_terms(self, terms: Sequence[str]) -> dict[str, tuple[int, float]]:
        """(passages holding it, idf) of each of ``terms`` at the last build; those in at
        least ``min_df`` passages have a list."""
        if not terms:
            return {}
        rows = self.conn.execute(
            f"SELECT term, df, idf FROM impact_terms WHERE term IN ({','.join('?' * len(terms))})",
            list(terms),
        )
        return {str(r[0]): (int(r[1]), float(r[2])) for r in rows}

    def impact_list(self, term: str, depth: int) -> list[tuple[int, float]]:
        """(passage id, weight) of a word's list, heaviest first."""
        rows = self.conn.execute(
            "SELECT passage_id, weight FROM impacts WHERE term = ? ORDER BY pos LIMIT ?",
            (term, depth),
        )
        return [(int(r[0]), float(r[1])) for r in rows]

    def passage_tokens(self, ids: Sequence[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for start in range(0, len(ids), 20000):
            chunk = list(ids[start : start + 20000])
            rows = self.conn.execute(
                f"SELECT id, tokens FROM passages WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            out.update((int(r[0]), str(r[1])) for r in rows)
        return out

    def search_after(self, match: str, after_id: int, limit: int) -> list[tuple[int, float]]:
        """(rowid, bm25) of matches added after ``after_id``: what the lists cannot know."""
        try:
            rows = self.conn.execute(
                "SELECT rowid, bm25(passages_fts) AS r FROM passages_fts "
                "WHERE passages_fts MATCH ? AND rowid > ? ORDER BY r LIMIT ?",
                (match, after_id, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            from sucai.errors import QueryError

            raise QueryError(f"the search index rejected the query ({exc})") from exc
        return [(int(r[0]), float(r[1])) for r in rows]

    def match_ids(self, match: str, limit: int) -> list[int]:
        """Ids of passages matching an FTS5 expression, unranked: no bm25(), so FTS5 does
        not count every word's passages first (most of a ranked query's cost)."""
        try:
            rows = self.conn.execute(
                "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?",
                (match, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            from sucai.errors import QueryError

            raise QueryError(f"the search index rejected the query ({exc})") from exc
        return [int(r[0]) for r in rows]

    def count(self, match: str) -> int:
        """Passages matching an FTS5 expression, counted without ranking (cheap)."""
        row = self.conn.execute(
            "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?", (match,)
        ).fetchone()
        return int(row[0])

    def hit_rows(self, rank: dict[int, float]) -> list[dict[str, Any]]:
        """Passages with their document's title and date, in ``rank`` order (lowest first,
        as bm25() gives it)."""
        if not rank:
            return []
        rows = self.conn.execute(
            "SELECT p.id, p.doc_id, p.heading, p.text, p.start_char, p.end_char, "
            "d.title, d.date, 0.0 AS rank FROM passages p JOIN documents d ON d.id = p.doc_id "
            f"WHERE p.id IN ({','.join('?' * len(rank))})",
            list(rank),
        ).fetchall()
        out = [dict(r) | {"rank": rank[r["id"]]} for r in rows]
        out.sort(key=lambda r: r["rank"])
        return out

    def rank_ids(self, match: str, limit: int) -> dict[int, float]:
        """Passage id → bm25() (lower is better) of the best ``limit`` matches."""
        try:
            top = self.conn.execute(
                "SELECT rowid, bm25(passages_fts) AS r FROM passages_fts "
                "WHERE passages_fts MATCH ? ORDER BY r LIMIT ?",
                (match, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            from sucai.errors import QueryError

            raise QueryError(f"the search index rejected the query ({exc})") from exc
        return {int(r[0]): float(r[1]) for r in top}

    def theme_counts(self) -> list[sqlite3.Row]:
        return self.conn.execute(
            "SELECT t.theme, count(*) AS passages, count(DISTINCT p.doc_id) AS documents "
            "FROM passage_themes t JOIN passages p ON p.id = t.passage_id "
            "GROUP BY t.theme ORDER BY passages DESC"
        ).fetchall()

    def passages_with_theme(self, theme: str, limit: int) -> list[int]:
        rows = self.conn.execute(
            "SELECT passage_id FROM passage_themes WHERE theme = ? ORDER BY weight DESC LIMIT ?",
            (theme, limit),
        )
        return [int(r[0]) for r in rows]

    def passage_themes(self, ids: Sequence[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            rows = self.conn.execute(
                "SELECT passage_id, theme FROM passage_themes WHERE passage_id IN "
                f"({','.join('?' * len(chunk))}) ORDER BY weight DESC",
                chunk,
            )
            for r in rows:
                out.setdefault(r[0], []).append(r[1])
        return out

    def iter_passages(self) -> Iterable[tuple[int, str, str]]:
        """(id, doc_id, text) of every passage, streamed."""
        for row in self.conn.execute("SELECT id, doc_id, text FROM passages ORDER BY id"):
            yield int(row[0]), str(row[1]), str(row[2])

    def iter_texts(self) -> Iterable[str]:
        for (text,) in self.conn.execute("SELECT text FROM passages"):
            yield text

    def counts(self) -> dict[str, int]:
        c = self.conn
        return {
            "documents": c.execute("SELECT count(*) FROM documents").fetchone()[0],
            "sections": c.execute("SELECT count(*) FROM sections").fetchone()[0],
            "passages": c.execute("SELECT count(*) FROM passages").fetchone()[0],
            "fts_rows": c.execute("SELECT count(*) FROM passages_fts").fetchone()[0],
        }

    def integrity(self) -> str:
        """'ok' when the FTS index agrees with the passages table."""
        try:
            self.conn.execute(
                "INSERT INTO passages_fts(passages_fts, rank) VALUES ('integrity-check', 1)"
            )
        except sqlite3.DatabaseError as exc:
            return str(exc)
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])

    # -- near-duplicates (Library.dupes) -------------------------------------------
    def iter_document_texts(self) -> Iterable[tuple[str, str]]:
        """(id, text) of every document in ``documents()`` order, streamed: near-duplicate
        detection reads each text once and keeps none."""
        for row in self.conn.execute("SELECT id, text FROM documents ORDER BY added_at, rowid"):
            yield str(row[0]), str(row[1])

    def passage_owners(self, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        """id -> (doc_id, text) for the given passages, without the token column that
        ``passages()`` also reads."""
        out: dict[int, tuple[str, str]] = {}
        for start in range(0, len(ids), 20000):
            chunk = list(ids[start : start + 20000])
            rows = self.conn.execute(
                f"SELECT id, doc_id, text FROM passages WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            for r in rows:
                out[int(r[0])] = (str(r[1]), str(r[2]))
        return out


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements; trigger bodies keep their inner semicolons."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def _filters(
    doc_ids: Sequence[str] | None,
    date_from: str | None,
    date_to: str | None,
    themes: Sequence[str] | None,
) -> tuple[str, list[Any]]:
    """SQL conditions (each led by AND) on passages ``p`` and documents ``d``."""
    sql, args = "", list[Any]()
    if doc_ids:
        sql += f" AND p.doc_id IN ({','.join('?' * len(doc_ids))})"
        args.extend(doc_ids)
    if date_from:
        sql += " AND d.date_hi >= ?"
        args.append(date_from)
    if date_to:
        sql += " AND d.date_lo <= ?"
        args.append(date_to)
    if themes:
        # EXISTS looks each passage up by the primary key; IN (SELECT …) would first
        # gather every passage of a broad theme (300k at 1M).
        sql += (
            " AND EXISTS (SELECT 1 FROM passage_themes t WHERE t.passage_id = p.id AND "
            f"t.theme IN ({','.join('?' * len(themes))}))"
        )
        args.extend(themes)
    return sql, args


def _varint(blob: bytes, i: int) -> tuple[int, int]:
    """SQLite's variable-length integer at ``blob[i]``: (value, next offset)."""
    value = 0
    for k in range(8):
        byte = blob[i + k]
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, i + k + 1
    return (value << 8) | blob[i + 8], i + 9


def bm25_idf(n_rows: int, df: int) -> float:
    """FTS5's idf (fts5_aux.c): log((N - n + 0.5) / (n + 0.5)), at least 1e-6."""
    idf = math.log((n_rows - df + 0.5) / (df + 0.5)) if n_rows else 0.0
    return idf if idf > 0 else 1e-6
