"""Named schema migrations, applied in order, each once, recorded in ``schema_migrations``.

Why FTS5 over pre-segmented words and not the trigram tokenizer, measured on
the shared corpus (13.4k passages, 231 queries) with ``bench/fts_choice.py``:
on SQLite 3.40 the trigram tokenizer matches nothing, silently, for a
2-character word (136 of the 231 queries have one: recall 0.000, 0.411
overall), and even ``LIKE`` on the trigram table returns nothing; the only
fallback is a full scan (10.9 ms p50 here, growing with the library). Its
index is also 3.2× larger (13.9 vs 4.3 MB). rjieba words stored
space-separated with sucai's query strategy: recall 0.983 against a substring
scan, no empty answers, 0.22 ms p50. The price: the ``tokens`` column makes
the whole file about 15% larger than a trigram library.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_documents_sections_passages",
        """
        CREATE TABLE documents (
            id           TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            source_key   TEXT,
            title        TEXT NOT NULL,
            date         TEXT,
            date_lo      TEXT,
            date_hi      TEXT,
            source       TEXT,
            path         TEXT,
            format       TEXT,
            encoding     TEXT,
            chars        INTEGER NOT NULL,
            text         TEXT NOT NULL,
            stripped     TEXT NOT NULL DEFAULT '[]',
            meta         TEXT NOT NULL DEFAULT '{}',
            added_at     TEXT NOT NULL
        );
        CREATE INDEX documents_source_key ON documents(source_key);
        CREATE INDEX documents_date ON documents(date_lo, date_hi);

        CREATE TABLE sections (
            id         INTEGER PRIMARY KEY,
            doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position   INTEGER NOT NULL,
            parent_id  INTEGER,
            level      INTEGER NOT NULL,
            kind       TEXT NOT NULL,
            marker     TEXT NOT NULL DEFAULT '',
            heading    TEXT NOT NULL,
            start_char INTEGER NOT NULL,
            end_char   INTEGER NOT NULL
        );
        CREATE INDEX sections_doc ON sections(doc_id, position);

        CREATE TABLE passages (
            id         INTEGER PRIMARY KEY,
            doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            section_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
            position   INTEGER NOT NULL,
            paragraph  INTEGER NOT NULL,
            heading    TEXT NOT NULL DEFAULT '',
            start_char INTEGER NOT NULL,
            end_char   INTEGER NOT NULL,
            text       TEXT NOT NULL,
            tokens     TEXT NOT NULL
        );
        CREATE INDEX passages_doc ON passages(doc_id, position);
        CREATE INDEX passages_section ON passages(section_id);
        """,
    ),
    (
        "0002_passages_fts",
        """
        CREATE VIRTUAL TABLE passages_fts USING fts5(
            tokens, content='passages', content_rowid='id',
            tokenize='unicode61 remove_diacritics 0'
        );
        CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
            INSERT INTO passages_fts(rowid, tokens) VALUES (new.id, new.tokens);
        END;
        CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
            INSERT INTO passages_fts(passages_fts, rowid, tokens)
            VALUES ('delete', old.id, old.tokens);
        END;
        CREATE TRIGGER passages_au AFTER UPDATE OF tokens ON passages BEGIN
            INSERT INTO passages_fts(passages_fts, rowid, tokens)
            VALUES ('delete', old.id, old.tokens);
            INSERT INTO passages_fts(rowid, tokens) VALUES (new.id, new.tokens);
        END;
        """,
    ),
    (
        "0003_passage_themes",
        """
        CREATE TABLE passage_themes (
            passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
            theme      TEXT NOT NULL,
            weight     REAL NOT NULL,
            PRIMARY KEY (passage_id, theme)
        ) WITHOUT ROWID;
        CREATE INDEX passage_themes_theme ON passage_themes(theme, passage_id);
        """,
    ),
    (
        "0004_term_impacts",
        # Per-word lists of the passages where a common word weighs most, so that a
        # search for 教育 (17% of a 1M library) reads 40 rows instead of ranking 170k.
        # Built by Store.build_impacts; a cache that can always be rebuilt.
        """
        CREATE TABLE impact_terms (
            term TEXT PRIMARY KEY,
            df   INTEGER NOT NULL,
            idf  REAL NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE impacts (
            term       TEXT NOT NULL,
            pos        INTEGER NOT NULL,
            passage_id INTEGER NOT NULL,
            weight     REAL NOT NULL,
            PRIMARY KEY (term, pos)
        ) WITHOUT ROWID;
        CREATE TABLE impact_meta (
            key   TEXT PRIMARY KEY,
            value REAL NOT NULL
        ) WITHOUT ROWID;
        """,
    ),
]
