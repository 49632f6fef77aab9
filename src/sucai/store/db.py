"""All of sucai's SQL lives here.

One SQLite file in WAL mode: readers keep answering while one writer adds
documents, and each document is written in a single transaction, so a process
killed mid-ingest leaves every document either whole or absent.
"""

from __future__ import annotations

import json
import sqlite3
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
        sql = "SELECT * FROM passages"
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
            try:
                top = self.conn.execute(
                    "SELECT rowid, bm25(passages_fts) AS r FROM passages_fts "
                    "WHERE passages_fts MATCH ? ORDER BY r LIMIT ?",
                    (match, limit),
                ).fetchall()
            except sqlite3.OperationalError as exc:
                from sucai.errors import QueryError

                raise QueryError(f"the search index rejected the query ({exc})") from exc
            if not top:
                return []
            rank = {int(r[0]): float(r[1]) for r in top}
            rows = self.conn.execute(
                "SELECT p.id, p.doc_id, p.heading, p.text, p.start_char, p.end_char, "
                "d.title, d.date, 0.0 AS rank FROM passages p JOIN documents d ON d.id = p.doc_id "
                f"WHERE p.id IN ({','.join('?' * len(rank))})",
                list(rank),
            ).fetchall()
            out = [dict(r) | {"rank": rank[r["id"]]} for r in rows]
            out.sort(key=lambda r: r["rank"])
            return out  # type: ignore[return-value]
        sql = (
            "SELECT p.id, p.doc_id, p.heading, p.text, p.start_char, p.end_char, "
            "d.title, d.date, bm25(passages_fts) AS rank "
            "FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid "
            "JOIN documents d ON d.id = p.doc_id WHERE passages_fts MATCH ?"
        )
        args: list[Any] = [match]
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
            sql += (
                " AND p.id IN (SELECT passage_id FROM passage_themes WHERE theme IN "
                f"({','.join('?' * len(themes))}))"
            )
            args.extend(themes)
        sql += " ORDER BY rank LIMIT ?"
        args.append(limit)
        try:
            return self.conn.execute(sql, args).fetchall()
        except sqlite3.OperationalError as exc:
            from sucai.errors import QueryError

            raise QueryError(f"the search index rejected the query ({exc})") from exc

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
