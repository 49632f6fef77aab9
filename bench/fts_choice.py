"""Which full-text index for Chinese: rjieba words in FTS5 ``unicode61``, or FTS5 ``trigram``?

Why: the issue asks for a full-text index that handles Chinese and for the choice
to be measured on the shared corpus, not assumed. This script builds both
indexes over the very passages sucai's pipeline produces, asks both ~200
corpus-sampled queries plus typical 讲话 query words, and scores each against a
plain substring scan (a passage is relevant when it contains every query word).

It also runs sucai's real ``Library.search`` on the same queries, to check that
the query side (precise-mode tokens; a word matches whole or as its parts NEAR
each other) finds what the substring scan finds, and lists the words it misses
with the segmentation that causes the miss.

Trigram and short words, observed on SQLite 3.40.1 (the script re-probes and
prints it): a 2-character Chinese word matches no rows and raises no error,
through ``MATCH`` and through ``text LIKE '%工会%'`` on the trigram table alike
(short non-ASCII LIKE patterns); only a LIKE that bypasses the index (``+text``
or the content table) finds them, by scanning every passage, without BM25.

Run: ``cd /work/main && .venv/bin/python bench/fts_choice.py``. Reads the
corpus at run time; writes only ``bench/results/fts_choice.json`` (git-ignored),
which holds numbers and single words, never passages.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
CORPUS = BENCH.parents[0].parent / "shared" / "corpus"
RESULTS = BENCH / "results" / "fts_choice.json"

SEED = 20240611
PER_LENGTH = 35  # single-word queries per word length (2, 3, 4 characters)
TWO_WORD = 55
THREE_WORD = 40
POOR = 0.9  # a query word whose recall is below this is reported

# Function words and fillers nobody searches a speech archive for.
STOP = set(
    "我们 你们 他们 自己 一个 一些 这个 那个 这些 那些 这样 那样 什么 怎么 如何 为了 因为 所以 "
    "但是 而且 并且 以及 或者 还是 就是 不是 没有 已经 正在 可以 能够 应该 需要 进行 通过 对于 "
    "关于 其中 之一 同时 一起 一定 一直 一方面 另一方面 目前 今天 今年 去年 明年 这里 那里 之中 "
    "之间 以上 以下 以来 有关 有的 方面 问题 情况 工作 大家 同志 同志们 各位 我国 我省 我市 "
    "这一 这种 各种 每个 之后 之前 以后 不断 更加 进一步 一是 二是 三是".split()
)

# What people look for in a library of 讲话 material.
HAND = [
    "劳模",
    "工匠精神",
    "安全生产",
    "工会",
    "高质量发展",
    "乡村振兴",
    "新质生产力",
    "产业工人",
    "劳模精神",
    "劳动模范",
    "职工",
    "技能人才",
    "共同富裕",
    "中国式现代化",
    "改革开放",
    "科技创新",
    "生态文明",
    "营商环境",
    "就业",
    "民生",
    "脱贫攻坚",
    "人民群众",
    "全面从严治党",
    "数字经济",
    "绿色发展",
    "以人民为中心",
    "劳模精神 工匠精神",
    "安全生产 责任",
    "工会 职工",
    "乡村振兴 产业",
    "高质量发展 创新",
]

_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


@dataclass
class Query:
    words: list[str]
    source: str  # "sampled" | "hand"

    @property
    def text(self) -> str:
        return " ".join(self.words)

    @property
    def bucket(self) -> str:
        """Shortest word's length: it decides whether trigram can answer at all."""
        n = min(len(w) for w in self.words)
        return str(n) if n <= 4 else "5+"


@dataclass
class Method:
    name: str
    matches: Callable[[Query], list[int]]  # every matching rowid
    top10: Callable[[Query], object]  # the ranked query a user waits for
    per_query: list[dict[str, Any]] = field(default_factory=list)


def pct(values: Sequence[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def fts_quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


# -- corpus ------------------------------------------------------------------------------------
def load_passages() -> tuple[list[str], list[str], int, list[Path]]:
    """Passages and their index tokens, exactly as sucai's pipeline makes them."""
    from sucai.errors import IngestError
    from sucai.ingest import read_path
    from sucai.pipeline import Pipeline

    pipeline = Pipeline()
    files = sorted((CORPUS / "public").glob("*.jsonl"))
    texts: list[str] = []
    tokens: list[str] = []
    docs = 0
    for f in files:
        for raw in read_path(f):
            if isinstance(raw, IngestError):
                print(f"  skipped: {raw}", file=sys.stderr)
                continue
            work = pipeline.process(raw)
            assert work.segmented is not None
            docs += 1
            for passage, tok in zip(work.segmented.passages, work.tokens, strict=True):
                texts.append(passage.text)
                tokens.append(tok)
    return texts, tokens, docs, files


def sample_queries(texts: list[str]) -> list[Query]:
    """~200 queries of 1-3 words drawn (fixed seed) from the passages' own rjieba words.

    Words come from rjieba's precise mode, not from the index tokens: search mode
    also emits dictionary fragments of longer words (会主 from 社会主义) that
    nobody types. Multi-word queries take their words from one passage, as a
    user combines words that belong together, so most have relevant passages.
    """
    from sucai.segment.words import JiebaSegmenter

    words_of = JiebaSegmenter().query_tokens
    rng = random.Random(SEED)
    per_passage = [
        sorted({t for t in words_of(text) if _CJK_WORD.match(t) and t not in STOP})
        for text in texts
    ]
    df = Counter(t for words in per_passage for t in words)
    per_passage = [[w for w in words if df[w] >= 2] for words in per_passage]
    candidates = [i for i, words in enumerate(per_passage) if words]
    seen: set[tuple[str, ...]] = set()
    out: list[Query] = []

    def add(words: list[str]) -> bool:
        key = tuple(sorted(words))
        if key in seen:
            return False
        seen.add(key)
        out.append(Query(words, "sampled"))
        return True

    for length in (2, 3, 4):
        made = 0
        for _ in range(100_000):
            if made == PER_LENGTH:
                break
            words = [w for w in per_passage[rng.choice(candidates)] if len(w) == length]
            if words and add([rng.choice(words)]):
                made += 1
    for n, want in ((2, TWO_WORD), (3, THREE_WORD)):
        made = 0
        for _ in range(100_000):
            if made == want:
                break
            words = per_passage[rng.choice(candidates)]
            if len(words) < n:
                continue
            pick = rng.sample(words, n)
            if any(a != b and a in b for a in pick for b in pick):
                continue  # 产业 + 产业工人 says nothing 产业工人 alone does not
            if add(pick):
                made += 1
    out += [Query(h.split(), "hand") for h in HAND]
    return out


def ground_truth(texts: list[str], q: Query) -> set[int]:
    """Rowids (1-based) of passages containing every query word as a substring."""
    return {i for i, t in enumerate(texts, 1) if all(w in t for w in q.words)}


# -- indexes -----------------------------------------------------------------------------------
def build(path: Path, texts: list[str], tokens: list[str] | None) -> dict[str, Any]:
    """One SQLite file: a passages table and an external-content FTS5 index over it."""
    c = sqlite3.connect(path, isolation_level=None)
    started = time.perf_counter()
    c.execute("BEGIN")
    if tokens is None:
        c.execute("CREATE TABLE passages(id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        c.execute(
            "CREATE VIRTUAL TABLE t USING fts5(text, content='passages', content_rowid='id', "
            "tokenize='trigram')"
        )
        c.executemany("INSERT INTO passages(id, text) VALUES (?, ?)", enumerate(texts, 1))
        c.execute("INSERT INTO t(rowid, text) SELECT id, text FROM passages")
    else:
        c.execute(
            "CREATE TABLE passages(id INTEGER PRIMARY KEY, text TEXT NOT NULL, "
            "tokens TEXT NOT NULL)"
        )
        c.execute(
            "CREATE VIRTUAL TABLE t USING fts5(tokens, content='passages', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 0')"
        )
        c.executemany(
            "INSERT INTO passages(id, text, tokens) VALUES (?, ?, ?)",
            ((i, t, k) for i, (t, k) in enumerate(zip(texts, tokens, strict=True), 1)),
        )
        c.execute("INSERT INTO t(rowid, tokens) SELECT id, tokens FROM passages")
    c.execute("COMMIT")
    seconds = time.perf_counter() - started
    index_bytes = c.execute(
        "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 't\\_%' ESCAPE '\\'"
    ).fetchone()[0]
    base_bytes = c.execute("SELECT sum(pgsize) FROM dbstat WHERE name = 'passages'").fetchone()[0]
    c.close()
    return {
        "build_s": round(seconds, 3),
        "file_bytes": path.stat().st_size,
        "index_bytes": index_bytes,
        "passages_table_bytes": base_bytes,
    }


def sqlite_behaviour(tri: sqlite3.Connection, texts: list[str]) -> dict[str, Any]:
    """What trigram does with a 2-character Chinese word on this SQLite, observed, not assumed."""
    word = "工会"
    out: dict[str, Any] = {"sqlite": sqlite3.sqlite_version, "word": word}
    out["substring_scan"] = sum(1 for t in texts if word in t)
    probes = {
        "match_quoted": ("SELECT count(*) FROM t WHERE t MATCH ?", fts_quote(word)),
        "match_bare": ("SELECT count(*) FROM t WHERE t MATCH ?", word),
        "like_on_trigram_table": ("SELECT count(*) FROM t WHERE text LIKE ?", f"%{word}%"),
        "like_unindexed_+text": ("SELECT count(*) FROM t WHERE +text LIKE ?", f"%{word}%"),
        "like_on_passages_table": (
            "SELECT count(*) FROM passages WHERE text LIKE ?",
            f"%{word}%",
        ),
    }
    for name, (sql, arg) in probes.items():
        try:
            out[name] = tri.execute(sql, (arg,)).fetchone()[0]
        except sqlite3.Error as exc:
            out[name] = f"error: {exc}"
    return out


# -- methods -----------------------------------------------------------------------------------
def make_methods(jb: sqlite3.Connection, tri: sqlite3.Connection) -> list[Method]:
    from sucai.search import build_match, parse_query
    from sucai.segment.words import JiebaSegmenter

    words = JiebaSegmenter()

    def sucai_expr(q: Query) -> str:
        return build_match(parse_query(q.text, words), "and")

    def token_expr(q: Query) -> str:
        return " AND ".join(fts_quote(w) for w in q.words)

    def fts(conn: sqlite3.Connection, expr: Callable[[Query], str]) -> tuple[Callable, Callable]:
        def matches(q: Query) -> list[int]:
            return [r[0] for r in conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (expr(q),))]

        def top10(q: Query) -> object:
            return conn.execute(
                "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rank LIMIT 10", (expr(q),)
            ).fetchall()

        return matches, top10

    def like_sql(q: Query, top: bool) -> tuple[str, list[str]]:
        """Trigram for words of ≥ 3 characters, LIKE on the plain table for shorter ones.

        LIKE must not go through the trigram table: on SQLite 3.40 ``text LIKE
        '%工会%'`` there returns no rows (short non-ASCII patterns), so it scans
        ``passages``. With only short words nothing can rank (no bm25), so the
        user's top 10 costs a full scan, which is what is timed.
        """
        long = [w for w in q.words if len(w) >= 3]
        short = [w for w in q.words if len(w) < 3]
        likes = "".join(" AND p.text LIKE ?" for _ in short)
        args = [f"%{w}%" for w in short]
        if long:
            sql = "SELECT t.rowid FROM t JOIN passages p ON p.id = t.rowid WHERE t MATCH ?" + likes
            args.insert(0, " AND ".join(fts_quote(w) for w in long))
            if top:
                sql += " ORDER BY t.rank LIMIT 10"
        else:
            sql = "SELECT p.id FROM passages p WHERE 1" + likes
        return sql, args

    def like_matches(q: Query) -> list[int]:
        sql, args = like_sql(q, False)
        return [r[0] for r in tri.execute(sql, args)]

    def like_top10(q: Query) -> object:
        sql, args = like_sql(q, True)
        return tri.execute(sql, args).fetchall()

    return [
        Method("jieba+unicode61, sucai query", *fts(jb, sucai_expr)),
        Method("jieba+unicode61, word = 1 token", *fts(jb, token_expr)),
        Method("trigram MATCH", *fts(tri, token_expr)),
        Method("trigram + LIKE for <3 chars", like_matches, like_top10),
    ]


def score(matched: set[int], truth: set[int]) -> dict[str, Any]:
    hit = len(matched & truth)
    return {
        "truth": len(truth),
        "matched": len(matched),
        "hit": hit,
        "recall": hit / len(truth) if truth else None,
        "precision": hit / len(matched) if matched else None,
        "empty": bool(truth) and not matched,
    }


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    """Best of ``repeat`` runs, in milliseconds (the first run warms the page cache)."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best * 1000


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    with_truth = [r for r in rows if r["truth"]]
    recalls = [r["recall"] for r in with_truth]
    precisions = [r["precision"] for r in rows if r["precision"] is not None]
    lat = [r["ms"] for r in rows]
    hit = sum(r["hit"] for r in with_truth)
    truth = sum(r["truth"] for r in with_truth)
    return {
        "queries": len(rows),
        "with_truth": len(with_truth),
        "recall_macro": statistics.fmean(recalls) if recalls else None,
        "recall_micro": hit / truth if truth else None,
        "precision_macro": statistics.fmean(precisions) if precisions else None,
        "empty_share": (
            sum(r["empty"] for r in with_truth) / len(with_truth) if with_truth else None
        ),
        "p50_ms": pct(lat, 0.5),
        "p95_ms": pct(lat, 0.95),
    }


def mean_of(rows: list[dict[str, Any]], key: str) -> float | None:
    values = [r[key] for r in rows if r[key] is not None]
    return statistics.fmean(values) if values else None


def query_side_losses(methods: list[Method]) -> list[dict[str, Any]]:
    """Queries the sucai expression answers worse than looking the word up as one token.

    Both run on the same index, so a loss here is the query side's doing: the
    precise cut of a lone word can differ from how the index cut it in context.
    """
    sucai, token = methods[0].per_query, methods[1].per_query
    out = []
    for a, b in zip(sucai, token, strict=True):
        if a["truth"] and a["recall"] < b["recall"]:
            out.append(
                {
                    "query": a["query"],
                    "truth": a["truth"],
                    "sucai": a["recall"],
                    "token": b["recall"],
                }
            )
    return sorted(out, key=lambda w: w["sucai"] - w["token"])


# -- sucai's own search ------------------------------------------------------------------------
def covering(jieba: Any, text: str, start: int, end: int) -> list[str]:
    """Precise-mode words of ``text`` that overlap [start, end)."""
    out, pos = [], 0
    for tok in jieba.cut(text):
        nxt = pos + len(tok)
        if nxt > start and pos < end:
            out.append(tok)
        pos = nxt
        if pos >= end:
            break
    return out


def miss_cause(jieba: Any, word: str, cover: list[str]) -> str:
    if len(cover) > 1:
        return "straddles a word boundary"
    if cover and cover[0] != word:
        parts = set(jieba.cut_for_search(cover[0]))
        if word not in parts:
            return "inside a longer word; search mode does not emit it"
        return "inside a longer word (emitted)"
    return "other"


def library_search(files: list[Path], queries: list[Query]) -> dict[str, Any]:
    """Recall of ``Library.search`` (all hits) against the substring scan, per query word."""
    from sucai import Library

    with tempfile.TemporaryDirectory() as tmp, Library(Path(tmp) / "lib.db") as lib:
        started = time.perf_counter()
        lib.add(files)
        build_s = time.perf_counter() - started
        passages = lib.passages()
        by_id = {p["id"]: p["text"] for p in passages}
        texts = list(by_id.values())
        ids = list(by_id)
        jieba = lib.pipeline.words._get()  # type: ignore[attr-defined]
        big = len(passages) + 1
        rows: list[dict[str, Any]] = []
        word_stats: dict[str, Counter[str]] = {}
        patterns: dict[str, Counter[str]] = {}
        for q in queries:
            truth = {i for i, t in zip(ids, texts, strict=True) if all(w in t for w in q.words)}
            hits = lib.search(q.text, limit=big)
            got = [h.passage_id for h in hits]
            found = set(got)
            ms = timed(lambda q=q: lib.search(q.text, limit=10), repeat=2)
            top = got[: len(truth)] if truth else []
            row = score(found, truth) | {
                "query": q.text,
                "source": q.source,
                "bucket": q.bucket,
                "ms": ms,
                "r_precision": (len(set(top) & truth) / len(truth)) if truth else None,
                # k = min(10, relevant): are the passages with every word ranked first?
                "p_at_k": (
                    sum(1 for g in got[: min(10, len(truth))] if g in truth) / min(10, len(truth))
                    if truth
                    else None
                ),
            }
            rows.append(row)
            if len(q.words) > 1:
                continue  # misses are explained per word, on the single-word queries
            for pid in truth - found:
                text = by_id[pid]
                for w in q.words:
                    at = text.find(w)
                    cover = covering(jieba, text, at, at + len(w))
                    cause = miss_cause(jieba, w, cover)
                    word_stats.setdefault(w, Counter())[cause] += 1
                    patterns.setdefault(w, Counter())[("|".join(cover), cause)] += 1
        # Per-word recall over the single-word queries (and hand words).
        poor = []
        for q, r in zip(queries, rows, strict=True):
            if len(q.words) == 1 and r["truth"] and r["recall"] < POOR:
                w = q.words[0]
                poor.append(
                    {
                        "word": w,
                        "source": q.source,
                        "truth": r["truth"],
                        "missed": r["truth"] - r["hit"],
                        "recall": round(r["recall"], 3),
                        "query_tokens": lib.pipeline.words.query_tokens(w),
                        "causes": dict(word_stats.get(w, {})),
                        "examples": [
                            {"segmented": seg, "cause": cause, "passages": n}
                            for (seg, cause), n in patterns.get(w, Counter()).most_common(3)
                        ],
                    }
                )
        poor.sort(key=lambda p: p["recall"])
        causes: Counter[str] = Counter()
        for c in word_stats.values():
            causes.update(c)
        return {
            "library_build_s": round(build_s, 2),
            "passages": len(passages),
            "rows": rows,
            "summary": summarize(rows),
            "r_precision_macro": mean_of(rows, "r_precision"),
            "p_at_k_macro": mean_of(rows, "p_at_k"),
            "miss_causes": dict(causes),
            "poor_words": poor,
        }


# -- report ------------------------------------------------------------------------------------
def fmt(v: float | None, p: int = 3) -> str:
    return "—" if v is None else f"{v:.{p}f}"


def table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def main() -> int:
    if not (CORPUS / "public").is_dir():
        print(f"skip: the shared corpus is not at {CORPUS}; nothing to measure")
        return 0
    t0 = time.perf_counter()
    texts, tokens, docs, files = load_passages()
    pipeline_s = time.perf_counter() - t0
    print(f"corpus: {docs} documents, {len(texts)} passages, {sum(map(len, texts))} chars")
    print(
        f"sucai pipeline (clean, segment, rjieba): {pipeline_s:.1f} s; "
        f"SQLite {sqlite3.sqlite_version}"
    )

    from sucai.segment.words import JiebaSegmenter

    seg = JiebaSegmenter()
    seg.index_tokens("预热")
    t = time.perf_counter()
    for text in texts:
        seg.index_tokens(text)
    segment_s = time.perf_counter() - t

    queries = sample_queries(texts)
    truths = [ground_truth(texts, q) for q in queries]

    out: dict[str, Any] = {"seed": SEED, "sqlite": sqlite3.sqlite_version}
    out["corpus"] = {"documents": docs, "passages": len(texts), "chars": sum(map(len, texts))}
    with tempfile.TemporaryDirectory() as tmp:
        jb_path, tri_path = Path(tmp) / "jieba.db", Path(tmp) / "trigram.db"
        builds = {
            "jieba+unicode61": build(jb_path, texts, tokens)
            | {"segmentation_s": round(segment_s, 3)},
            "trigram": build(tri_path, texts, None) | {"segmentation_s": 0.0},
        }
        out["builds"] = builds
        jb, tri = sqlite3.connect(jb_path), sqlite3.connect(tri_path)
        out["sqlite_behaviour"] = behaviour = sqlite_behaviour(tri, texts)
        methods = make_methods(jb, tri)
        for m in methods:
            for q, truth in zip(queries, truths, strict=True):
                matched = set(m.matches(q))
                row = score(matched, truth) | {
                    "query": q.text,
                    "source": q.source,
                    "bucket": q.bucket,
                    "ms": timed(lambda q=q, m=m: m.top10(q)),
                }
                m.per_query.append(row)
        jb.close()
        tri.close()

    buckets = ["all", "2", "3", "4", "5+"]
    out["methods"] = {}
    for m in methods:
        out["methods"][m.name] = {
            b: summarize([r for r in m.per_query if b == "all" or r["bucket"] == b])
            for b in buckets
        }
        out["methods"][m.name]["queries"] = m.per_query
    lib = library_search(files, queries)
    out["library_search"] = lib

    # -- print
    n_by_bucket = Counter(q.bucket for q in queries)
    sampled = sum(q.source == "sampled" for q in queries)
    print(
        f"queries: {len(queries)} ({sampled} sampled with seed {SEED}, {len(queries) - sampled} "
        f"hand); by shortest word: "
        + ", ".join(f"{b} chars: {n_by_bucket[b]}" for b in buckets[1:])
    )
    print("\n### Build\n")
    print(
        table(
            ["index", "segmentation s", "build s", "file MB", "FTS index MB", "passages table MB"],
            [
                [
                    name,
                    fmt(b["segmentation_s"], 2),
                    fmt(b["build_s"], 2),
                    fmt(b["file_bytes"] / 1e6, 1),
                    fmt(b["index_bytes"] / 1e6, 1),
                    fmt(b["passages_table_bytes"] / 1e6, 1),
                ]
                for name, b in builds.items()
            ],
        )
    )
    print("\n### Matching (all matches vs substring ground truth; latency = ranked top 10)\n")
    rows = []
    for m in methods:
        for b in buckets:
            s = out["methods"][m.name][b]
            if not s["queries"]:
                continue
            rows.append(
                [
                    m.name,
                    b,
                    str(s["queries"]),
                    fmt(s["recall_macro"]),
                    fmt(s["recall_micro"]),
                    fmt(s["precision_macro"]),
                    fmt(s["empty_share"]),
                    fmt(s["p50_ms"], 2),
                    fmt(s["p95_ms"], 2),
                ]
            )
    heads = ["method", "shortest word", "queries", "recall (macro)", "recall (micro)"]
    heads += ["precision", "empty share", "p50 ms", "p95 ms"]
    print(table(heads, rows))
    print(f"\n### Trigram and a 2-character word on SQLite {behaviour['sqlite']}\n")
    print(
        table(
            ["probe", "rows"],
            [[k, str(v)] for k, v in behaviour.items() if k not in ("sqlite", "word")],
        )
    )
    print(f"(word: {behaviour['word']})")
    print(
        f"\n### sucai Library.search ({lib['passages']} passages, built in "
        f"{lib['library_build_s']} s; recall over all hits, limit = every passage)\n"
    )
    lib_rows = []
    for label, subset in (
        ("all", lib["rows"]),
        ("1 word", [r for r in lib["rows"] if " " not in r["query"]]),
        ("2-3 words", [r for r in lib["rows"] if " " in r["query"]]),
    ):
        s = summarize(subset)
        lib_rows.append(
            [
                label,
                str(s["queries"]),
                fmt(s["recall_macro"]),
                fmt(s["recall_micro"]),
                fmt(s["empty_share"]),
                fmt(mean_of(subset, "r_precision")),
                fmt(mean_of(subset, "p_at_k")),
                fmt(s["p50_ms"], 2),
                fmt(s["p95_ms"], 2),
            ]
        )
    print(
        table(
            [
                *["queries", "n", "recall (macro)", "recall (micro)", "empty share"],
                *["R-precision", "P@min(10,relevant)", "p50 ms (limit 10)", "p95 ms"],
            ],
            lib_rows,
        )
    )
    print(
        "\nMulti-word recall counts the OR fallback (passages with only some words, ranked "
        "after those with all), so R-precision (relevant among the top |relevant|) is the "
        "honest figure there."
    )
    worse = query_side_losses(methods)
    out["sucai_query_vs_whole_token"] = worse
    if worse:
        print(
            "\n### Queries where sucai's query expression finds less than "
            "the whole word as one token\n"
        )
        print(
            table(
                ["query", "relevant", "sucai query recall", "whole-token recall"],
                [[w["query"], str(w["truth"]), fmt(w["sucai"]), fmt(w["token"])] for w in worse],
            )
        )
    print(
        "\nmissed (passage, word) pairs by cause: "
        + json.dumps(lib["miss_causes"], ensure_ascii=False)
    )
    if lib["poor_words"]:
        print(f"\n### Words with Library.search recall < {POOR}\n")
        print(
            table(
                ["word", "source", "relevant", "missed", "recall", "query tokens", "how missed"],
                [
                    [
                        p["word"],
                        p["source"],
                        str(p["truth"]),
                        str(p["missed"]),
                        fmt(p["recall"], 2),
                        " ".join(p["query_tokens"]),
                        "; ".join(
                            f"{e['segmented']} ×{e['passages']} ({e['cause']})"
                            for e in p["examples"]
                        ),
                    ]
                    for p in lib["poor_words"]
                ],
            )
        )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\nsaved {RESULTS.relative_to(BENCH.parent)} in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
