"""Scale benchmarks of sucai at 100k and 1M passages, each figure beside a baseline and a target.

Why: sucai must be fast where writers feel it (search while typing, compile in a moment) and
must hold the library of a whole site or archive (issue 7). One run builds (or reuses) a
generated library (``bench/corpus.py``: sentences of ``../shared/corpus`` and the demo
speeches recombined, with planted near-duplicates) and measures, each stage in its own child
process so that its peak memory is its own:

- ingest: characters per second through ``Library.add`` (read, clean, segment, index,
  themes, SQLite) against ``jieba.lcut`` alone over the same texts; MB per CPU-second (the
  per-core rate); library file size per million characters; where the time goes, per
  pipeline stage, on the first shard (``bench/ingest.py``'s ``stage_times``, no SQLite);
- search: p50/p95 latency of ``Library.search`` over 200 queries of 1-4 words against
  rank_bm25 (BM25Okapi) and bm25s over the same passages and the same tokens (the rjieba
  search-mode words sucai indexes, read back from the library); top-10 overlap (Jaccard of
  the top-10 passage id sets, passages with a positive score only); the baselines' index
  build times. rank_bm25 scores every passage in Python per query term, so above 200k
  passages it answers only the first 50 queries (said in the table);
- compile: seconds of ``Library.compile`` for 10 topics;
- anonymize: characters per second of ``Anonymizer().analyze`` against jieba.posseg
  (``bench/anonymize.py``'s systems), over the same ~600k characters of whole documents;
- dupes: seconds of ``Library.dupes()`` (passages and documents) and of ``Deduper.cluster``
  over all passages, recall of the planted passage pairs (and document pairs), against
  64-bit SimHash over the same shingles (``bench/dupes.py``);
- memory: peak RSS (VmHWM) of each stage's process.

Targets (2 cores, 24 GB, at 1M passages): search p95 <= 30 ms and faster than both
baselines; compile <= 1 s; ingest >= 1 MB/s per core; dupes <= 5 min; peak memory <= 2 GB.

Run: ``cd /work/main && .venv/bin/python bench/run.py [--size 100k|1m]``. Prints a Markdown
table and saves ``bench/results/run-<size>.json`` and ``.md``; the generated corpus, the
library and each stage's raw output stay in ``bench/results/`` (git-ignored).
``--only compile,dupes`` re-runs some stages on the existing library and reuses the other
stages' last results (marked as reused in the JSON).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402

RESULTS = BENCH / "results"
TOPICS = (
    "劳模座谈会 工匠精神 安全生产 工会工作 乡村振兴 科技创新 产业工人 高质量发展 职工技能 生态文明"
).split()
STAGES = (
    "corpus",
    "ingest",
    "ingest-profile",
    "jieba",
    "search-sucai",
    "search-bm25s",
    "search-rank_bm25",
    "compile",
    "anonymize",
    "dupes",
    "dupes-simhash",
)
SUCAI_STAGES = ("ingest", "search-sucai", "compile", "dupes")
N_QUERIES = 200
RANK_BM25_CAP = 50  # queries answered by rank_bm25 above RANK_BM25_FULL passages
RANK_BM25_FULL = 200_000
JIEBA_CAP_CHARS = 40_000_000  # jieba.lcut runs at ~0.4M chars/s: a sample above this
ANON_CHARS = 600_000
TARGETS = {
    "search_p95_ms": 30.0,
    "compile_s": 1.0,
    "ingest_mb_per_core_s": 1.0,
    "dupes_s": 300.0,
    "peak_mb": 2048.0,
}


# -- helpers --------------------------------------------------------------------------
def peak_mb() -> float:
    """Peak resident set of this process in MB (VmHWM; ru_maxrss where /proc is absent)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_EARLIER_PEAK = 0.0


def reset_peak() -> None:
    """Start a new peak (Linux: writing 5 to clear_refs resets VmHWM to the current RSS);
    the peak so far is kept for ``stage_peak_mb``."""
    global _EARLIER_PEAK
    _EARLIER_PEAK = max(_EARLIER_PEAK, peak_mb())
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def stage_peak_mb() -> float:
    """The peak of the whole process, across resets."""
    return max(_EARLIER_PEAK, peak_mb())


def cpu_s() -> float:
    t = os.times()
    return t.user + t.system


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * q
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


class Paths:
    def __init__(self, size: str, seed: int) -> None:
        self.size, self.seed = size, seed
        self.corpus = corpus.folder(size, seed)
        self.work = RESULTS / f"scale-{size}-seed{seed}"
        self.db = self.work / "lib.db"
        self.queries = self.work / "queries.json"

    def stage(self, name: str) -> Path:
        return self.work / f"{name}.json"


def tokens_by_id(db: Path) -> tuple[list[int], Iterator[list[str]]]:
    """Passage ids and, lazily, the index tokens sucai stored for each (strings interned)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ids = [int(r[0]) for r in conn.execute("SELECT id FROM passages ORDER BY id")]

    def gen() -> Iterator[list[str]]:
        intern: dict[str, str] = {}
        for (tok,) in conn.execute("SELECT tokens FROM passages ORDER BY id"):
            yield [intern.setdefault(t, t) for t in tok.split()]
        conn.close()

    return ids, gen()


def query_tokens(queries: list[str]) -> list[list[str]]:
    """The baselines' query tokens: sucai's own query-side words, word by word."""
    from sucai.segment.words import JiebaSegmenter

    seg = JiebaSegmenter()
    return [[t for w in q.split() for t in seg.query_tokens(w)] for q in queries]


# -- stages (each runs in its own process) ----------------------------------------------
def stage_corpus(p: Paths) -> dict[str, Any]:
    _, manifest = corpus.ensure(p.size, p.seed)
    if not p.queries.exists():
        qs = corpus.queries(p.seed, N_QUERIES)
        warm = [q for q in corpus.queries(p.seed + 1000, 40) if q not in qs][:10]
        p.queries.write_text(
            json.dumps({"queries": qs, "warmup": warm}, ensure_ascii=False), encoding="utf-8"
        )
    return {"manifest": manifest, "folder": str(p.corpus.relative_to(BENCH.parent))}


def stage_ingest(p: Paths) -> dict[str, Any]:
    from sucai import Library

    manifest = json.loads((p.corpus / "manifest.json").read_text(encoding="utf-8"))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{p.db}{suffix}").unlink(missing_ok=True)
    files = corpus.shards(p.corpus)
    lib = Library(p.db)
    c0, t0 = cpu_s(), time.perf_counter()
    report = lib.add(files)
    wall = time.perf_counter() - t0
    impacts = lib.store.impact_meta()  # built by add() at the end: part of the time above
    lib.close()  # checkpoints the WAL: the file is the whole library
    cpu = cpu_s() - c0
    chars, nbytes = manifest["chars"], manifest["utf8_bytes"]
    db_bytes = p.db.stat().st_size
    return {
        "db_tables_mb": db_tables(p.db),
        "files": len(files),
        "documents": len(report.added),
        "failed": len(report.failed),
        "passages": report.passages,
        "chars": chars,
        "utf8_bytes": nbytes,
        "cleaned_chars": report.chars,
        "seconds": round(wall, 2),
        "cpu_seconds": round(cpu, 2),
        "chars_per_s": round(chars / wall),
        "mb_per_s": round(nbytes / 1e6 / wall, 3),
        "mb_per_cpu_s": round(nbytes / 1e6 / cpu, 3),
        "db_bytes": db_bytes,
        "db_mb_per_million_chars": round(db_bytes / 1e6 / (chars / 1e6), 2),
        "impact_lists_s": impacts.get("seconds"),
        "impact_terms": impacts.get("terms"),
    }


def db_tables(db: Path) -> dict[str, float]:
    """MB per table and index of the library file (SQLite's dbstat), largest first."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT name, sum(pgsize) AS s FROM dbstat GROUP BY name ORDER BY s DESC"
        ).fetchall()
        text = conn.execute(
            "SELECT sum(length(CAST(text AS BLOB))), sum(length(CAST(tokens AS BLOB))), "
            "sum(length(CAST(heading AS BLOB))) FROM passages"
        ).fetchone()
    except sqlite3.Error:
        return {}
    finally:
        conn.close()
    out = {str(name): round(size / 1e6, 2) for name, size in rows}
    out["(passages.text bytes)"] = round((text[0] or 0) / 1e6, 2)
    out["(passages.tokens bytes)"] = round((text[1] or 0) / 1e6, 2)
    out["(passages.heading bytes)"] = round((text[2] or 0) / 1e6, 2)
    return out


def stage_ingest_profile(p: Paths) -> dict[str, Any]:
    """Seconds per pipeline stage (no SQLite) on the first shard: where ingest time goes."""
    from ingest import stage_times  # bench/ingest.py
    from sucai.ingest import read_path

    first = corpus.shards(p.corpus)[0]
    raws = [r for r in read_path(first) if hasattr(r, "text")]
    chars = sum(len(r.text) for r in raws)
    t0 = time.perf_counter()
    stages = stage_times(raws)
    total = time.perf_counter() - t0
    return {
        "shard": first.name,
        "documents": len(raws),
        "chars": chars,
        "seconds": round(total, 2),
        "stages_s": stages,
        "chars_per_s_without_sqlite": round(chars / total),
    }


def stage_jieba(p: Paths) -> dict[str, Any]:
    import jieba

    jieba.setLogLevel(60)
    cap = JIEBA_CAP_CHARS if corpus.SIZES[p.size] > 100_000 else 0
    texts: list[str] = []
    chars = 0
    for doc in corpus.iter_docs(p.corpus):
        if cap and chars >= cap:
            break
        texts.append(doc["text"])
        chars += len(doc["text"])
    t0 = time.perf_counter()
    jieba.initialize()
    load = time.perf_counter() - t0
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    c0, t0 = cpu_s(), time.perf_counter()
    words = 0
    for t in texts:
        words += len(jieba.lcut(t))
    wall = time.perf_counter() - t0
    cpu = cpu_s() - c0
    return {
        "documents": len(texts),
        "chars": chars,
        "capped": bool(cap),
        "words": words,
        "dictionary_load_s": round(load, 2),
        "seconds": round(wall, 2),
        "cpu_seconds": round(cpu, 2),
        "chars_per_s": round(chars / wall),
        "mb_per_s": round(nbytes / 1e6 / wall, 3),
        "mb_per_cpu_s": round(nbytes / 1e6 / cpu, 3),
    }


def _queries(p: Paths) -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(p.queries.read_text(encoding="utf-8"))
    return data


def stage_search_sucai(p: Paths) -> dict[str, Any]:
    from sucai import Library

    qs = _queries(p)
    t0 = time.perf_counter()
    lib = Library(p.db)
    first = []
    for q in qs["warmup"]:
        t = time.perf_counter()
        lib.search(q, limit=10)
        first.append((time.perf_counter() - t) * 1000)
    warm = time.perf_counter() - t0
    t0 = time.perf_counter()
    with p.db.open("rb") as fh:  # the OS cache, as after a while of use (baselines are in RAM)
        while fh.read(1 << 24):
            pass
    read_file = time.perf_counter() - t0
    lat, tops, empty = [], [], 0
    for q in qs["queries"]:
        t = time.perf_counter()
        hits = lib.search(q, limit=10)
        lat.append((time.perf_counter() - t) * 1000)
        tops.append([h.passage_id for h in hits])
        empty += not hits
    passages = lib.store.counts()["passages"]
    lib.close()
    return {
        "passages": passages,
        "queries": len(lat),
        "open_and_warmup_s": round(warm, 2),
        "warmup_ms": [round(x, 2) for x in first],
        "warmup_mean_ms": round(statistics.fmean(first), 2),
        "read_file_s": round(read_file, 2),
        "latency_ms": [round(x, 3) for x in lat],
        "p50_ms": round(pct(lat, 0.5), 2),
        "p95_ms": round(pct(lat, 0.95), 2),
        "mean_ms": round(statistics.fmean(lat), 2),
        "max_ms": round(max(lat), 2),
        "empty": empty,
        "top10": tops,
    }


def _baseline(
    p: Paths,
    build: Callable[[Iterator[list[str]]], Any],
    top10: Callable[[Any, list[str]], list[int]],
    cap: int | None,
) -> dict[str, Any]:
    qs = _queries(p)
    queries = qs["queries"][:cap] if cap else qs["queries"]
    qtok = query_tokens(queries)
    t0 = time.perf_counter()
    ids, docs = tokens_by_id(p.db)
    corpus_tokens = list(docs)
    read = time.perf_counter() - t0
    reset_peak()
    t0 = time.perf_counter()
    index = build(iter(corpus_tokens))
    built = time.perf_counter() - t0
    del corpus_tokens
    for q in query_tokens(qs["warmup"][:3]):
        top10(index, q)
    lat, tops = [], []
    for q in qtok:
        t = time.perf_counter()
        found = top10(index, q)
        lat.append((time.perf_counter() - t) * 1000)
        tops.append([ids[i] for i in found])
    return {
        "passages": len(ids),
        "queries": len(lat),
        "capped": cap is not None and cap < len(qs["queries"]),
        "read_tokens_s": round(read, 2),
        "build_s": round(built, 2),
        "latency_ms": [round(x, 3) for x in lat],
        "p50_ms": round(pct(lat, 0.5), 2),
        "p95_ms": round(pct(lat, 0.95), 2),
        "mean_ms": round(statistics.fmean(lat), 2),
        "max_ms": round(max(lat), 2),
        "empty": sum(1 for t in tops if not t),
        "top10": tops,
        "peak_mb_index_and_queries": round(peak_mb()),
    }


def stage_search_bm25s(p: Paths) -> dict[str, Any]:
    import bm25s

    def build(docs: Iterator[list[str]]) -> Any:
        retriever = bm25s.BM25()
        retriever.index(list(docs), show_progress=False)
        return retriever

    def top10(retriever: Any, tokens: list[str]) -> list[int]:
        found, scores = retriever.retrieve([tokens], k=10, show_progress=False)
        return [int(d) for d, s in zip(found[0], scores[0], strict=True) if s > 0]

    out = _baseline(p, build, top10, None)
    out["version"] = bm25s.__version__
    return out


def stage_search_rank_bm25(p: Paths) -> dict[str, Any]:
    import numpy as np
    from rank_bm25 import BM25Okapi

    def top10(bm: Any, tokens: list[str]) -> list[int]:
        if not tokens:
            return []
        scores = bm.get_scores(tokens)
        best = np.argpartition(-scores, 10)[:10]
        best = best[np.argsort(-scores[best])]
        return [int(i) for i in best if scores[i] > 0]

    n = corpus.SIZES[p.size]
    return _baseline(p, BM25Okapi, top10, None if n <= RANK_BM25_FULL else RANK_BM25_CAP)


def stage_compile(p: Paths) -> dict[str, Any]:
    from sucai import Library

    lib = Library(p.db)
    per: dict[str, float] = {}
    excerpts: dict[str, int] = {}
    for topic in TOPICS:
        t = time.perf_counter()
        col = lib.compile(topic, as_of="2026-11-24")
        per[topic] = round(time.perf_counter() - t, 3)
        excerpts[topic] = len(col.excerpts)
    lib.close()
    times = list(per.values())
    return {
        "seconds": per,
        "excerpts": excerpts,
        "mean_s": round(statistics.fmean(times), 3),
        "max_s": round(max(times), 3),
        "first_s": times[0],
        "mean_after_first_s": round(statistics.fmean(times[1:]), 3),
    }


def stage_anonymize(p: Paths) -> dict[str, Any]:
    from anonymize import baseline, one_core, run_corpus, sucai_system  # bench/anonymize.py

    pinned = one_core()
    texts: dict[str, str] = {}
    chars = 0
    for doc in corpus.iter_docs(p.corpus):
        texts[doc["id"]] = doc["text"]
        chars += len(doc["text"])
        if chars >= ANON_CHARS:
            break
    system = sucai_system()
    if isinstance(system, str):
        return {"error": system}
    _, sucai_speed = run_corpus(system, texts, set())
    _, base_speed = run_corpus(baseline(), texts, set())
    return {"cpu": pinned, "sucai": sucai_speed, "jieba_posseg": base_speed}


def planted(p: Paths, store: Any) -> dict[str, Any]:
    """Planted pairs as passage ids (and document ids) of the library, with their texts.

    Each planted document is read once and let go (holding them all left ~2 GB resident).
    """
    from sucai.analyze.dupes import normalize

    data = json.loads((p.corpus / "planted.json").read_text(encoding="utf-8"))
    doc_ids: list[str] = data["doc_ids"]
    wanted: dict[int, set[int]] = {}
    for da, ka, db, kb in data["passage_pairs"]:
        wanted.setdefault(da, set()).add(ka)
        wanted.setdefault(db, set()).add(kb)
    found: dict[tuple[int, int], int] = {}
    texts: dict[int, str] = {}
    for doc, ks in wanted.items():
        rows = [(int(r["id"]), str(r["text"])) for r in store.passages(doc_ids[doc])]
        for k in ks:
            norm = normalize(data["texts"][f"{doc}:{k}"])
            if k < len(rows) and normalize(rows[k][1]) == norm:
                row: tuple[int, str] | None = rows[k]
            else:
                row = next((r for r in rows if normalize(r[1]) == norm), None)
            if row is not None:
                found[(doc, k)] = row[0]
                texts[row[0]] = row[1]
    pairs = []
    missing = 0
    for da, ka, db, kb in data["passage_pairs"]:
        a, b = found.get((da, ka)), found.get((db, kb))
        if a is None or b is None:
            missing += 1
        else:
            pairs.append((a, b))
    docs = [(doc_ids[a], doc_ids[b]) for a, b in data["document_pairs"]]
    return {"pairs": pairs, "texts": texts, "unmapped": missing, "doc_pairs": docs}


def _recall(clusters: list[list[Any]], pairs: list[tuple[Any, Any]]) -> float:
    label = {m: i for i, c in enumerate(clusters) for m in c}
    found = sum(1 for a, b in pairs if a in label and label[a] == label.get(b))
    return round(found / len(pairs), 4) if pairs else float("nan")


def stage_dupes(p: Paths) -> dict[str, Any]:
    """Library.dupes(), then Deduper.cluster fed straight from SQLite, each timed from a
    fresh peak; the planted pairs are looked up only after both, because reading their
    documents leaves ~2 GB resident that would otherwise count as the clustering's."""
    from dupes import planted_jaccard, planted_recall  # bench/dupes.py
    from sucai import Library
    from sucai.analyze.dupes import Deduper

    lib = Library(p.db)
    d = Deduper()
    d.signature("warm-up")  # the normalization table, built once per process
    reset_peak()
    t0, c0 = time.perf_counter(), cpu_s()
    res = lib.dupes()
    t_lib, c_lib = time.perf_counter() - t0, cpu_s() - c0
    peak_lib = peak_mb()
    clusters = [[m["passage_id"] for m in c["members"]] for c in res["passages"]]
    doc_clusters = [c["ids"] for c in res["documents"]]
    del res
    fed = [0]

    def rows() -> Iterator[tuple[int, str]]:
        """Passages straight from SQLite: the clustering holds no list of a million texts."""
        for pid, _, text in lib.store.iter_passages():
            if len(text) >= 30:
                fed[0] += 1
                yield pid, text

    reset_peak()
    t0, c0 = time.perf_counter(), cpu_s()
    only = [list(c.ids) for c in d.cluster(rows())]
    t_cluster, c_cluster = time.perf_counter() - t0, cpu_s() - c0
    peak_cluster = peak_mb()
    plant = planted(p, lib.store)
    jac = planted_jaccard(plant["texts"], plant["pairs"], d.shingle)  # type: ignore[arg-type]
    mask = [j >= d.threshold for j in jac]
    rec = planted_recall([SimpleNamespace(ids=c) for c in clusters], plant["pairs"], mask)  # type: ignore[misc]
    lib.close()
    return {
        "passages": fed[0],
        "library_dupes_s": round(t_lib, 2),
        "library_dupes_cpu_s": round(c_lib, 2),
        "cluster_s": round(t_cluster, 2),
        "cluster_cpu_s": round(c_cluster, 2),
        "threshold": d.threshold,
        "passage_clusters": len(clusters),
        "document_clusters": len(doc_clusters),
        **rec,
        "unmapped": plant["unmapped"],
        "recall_cluster_only": _recall(only, plant["pairs"]),
        "document_pairs": len(plant["doc_pairs"]),
        "document_recall": _recall(doc_clusters, plant["doc_pairs"]),
        "peak_mb_library_dupes": round(peak_lib),
        "peak_mb_cluster": round(peak_cluster),
    }


def stage_dupes_simhash(p: Paths) -> dict[str, Any]:
    from dupes import planted_jaccard, planted_recall, simhash, simhash_clusters
    from sucai import Library
    from sucai.analyze.dupes import Deduper

    lib = Library(p.db)
    rows = [(pid, text) for pid, _, text in lib.store.iter_passages() if len(text) >= 30]
    d = Deduper()
    ids = [r[0] for r in rows]
    texts = [r[1] for r in rows]
    del rows
    reset_peak()
    t0 = time.perf_counter()
    hashes, has = simhash(texts, d.shingle)
    groups = simhash_clusters(hashes, has)
    seconds = time.perf_counter() - t0
    plant = planted(p, lib.store)
    lib.close()
    clusters = [SimpleNamespace(ids=[ids[i] for i in g]) for g in groups]
    jac = planted_jaccard(plant["texts"], plant["pairs"], d.shingle)  # type: ignore[arg-type]
    mask = [j >= d.threshold for j in jac]
    rec = planted_recall(clusters, plant["pairs"], mask)  # type: ignore[arg-type]
    return {"passages": len(texts), "seconds": round(seconds, 2), "clusters": len(groups), **rec}


RUNNERS: dict[str, Callable[[Paths], dict[str, Any]]] = {
    "corpus": stage_corpus,
    "ingest": stage_ingest,
    "ingest-profile": stage_ingest_profile,
    "jieba": stage_jieba,
    "search-sucai": stage_search_sucai,
    "search-bm25s": stage_search_bm25s,
    "search-rank_bm25": stage_search_rank_bm25,
    "compile": stage_compile,
    "anonymize": stage_anonymize,
    "dupes": stage_dupes,
    "dupes-simhash": stage_dupes_simhash,
}


def child(stage: str, p: Paths) -> int:
    t0 = time.perf_counter()
    out = RUNNERS[stage](p)
    out["stage_wall_s"] = round(time.perf_counter() - t0, 2)
    out["peak_mb"] = round(stage_peak_mb())
    p.stage(stage).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return 0


# -- report -----------------------------------------------------------------------------
def overlap(a: list[list[int]], b: list[list[int]]) -> dict[str, Any]:
    """Mean Jaccard of top-10 id sets over the queries both answered (empty pairs skipped)."""
    vals = []
    for x, y in zip(a, b, strict=False):
        sx, sy = set(x), set(y)
        if sx or sy:
            vals.append(len(sx & sy) / len(sx | sy))
    return {"mean_jaccard": round(statistics.fmean(vals), 3) if vals else None, "n": len(vals)}


def mark(ok: bool | None) -> str:
    return "" if ok is None else ("✓" if ok else "✗")


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}×" if a and b else ""


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    git = ["git", "-C", str(BENCH.parent)]
    head = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run([*git, "status", "--porcelain", "src"], capture_output=True, text=True)
    return {
        "commit": head.stdout.strip() + ("+dirty src" if dirty.stdout.strip() else ""),
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(mem, 1),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


def report(p: Paths, r: dict[str, Any], at_1m: bool) -> str:
    m = r["corpus"]["manifest"]
    ing, jb, prof = r.get("ingest", {}), r.get("jieba", {}), r.get("ingest-profile", {})
    ss, sb, sr = r.get("search-sucai", {}), r.get("search-bm25s", {}), r.get("search-rank_bm25", {})
    co, an = r.get("compile", {}), r.get("anonymize", {})
    du, sh = r.get("dupes", {}), r.get("dupes-simhash", {})
    mc = r["machine"]
    tgt = "" if at_1m else " (1M target)"
    rows: list[list[str]] = []

    def row(*cells: str) -> None:
        rows.append(list(cells))

    if ing:
        ok = ing["mb_per_cpu_s"] >= TARGETS["ingest_mb_per_core_s"]
        row(
            "ingest: MB/s per core (UTF-8 input / CPU s)",
            f"{ing['mb_per_cpu_s']:.2f} (wall {ing['mb_per_s']:.2f})",
            f"jieba.lcut {jb.get('mb_per_cpu_s', 0):.2f}" if jb else "",
            ratio(ing["mb_per_cpu_s"], jb.get("mb_per_cpu_s", 0)),
            f"≥ 1{tgt}",
            mark(ok),
        )
        row(
            "ingest: chars/s (wall)",
            f"{ing['chars_per_s']:,}",
            f"jieba.lcut {jb.get('chars_per_s', 0):,}" if jb else "",
            ratio(ing["chars_per_s"], jb.get("chars_per_s", 0)),
            "",
            "",
        )
        row(
            "ingest: seconds, passages",
            f"{ing['seconds']:.0f} s, {ing['passages']:,}"
            + (
                f" (of which {ing['impact_lists_s']:.0f} s listing "
                f"{ing['impact_terms']:,.0f} common words for search)"
                if ing.get("impact_lists_s")
                else ""
            ),
            f"jieba.lcut {jb.get('seconds', 0):.0f} s"
            + (f" on {jb['chars'] / 1e6:.0f}M chars (sample)" if jb.get("capped") else ""),
            "",
            "",
            "",
        )
        row(
            "library file: MB per million chars",
            f"{ing['db_mb_per_million_chars']:.2f}",
            f"(input {ing['utf8_bytes'] / ing['chars']:.2f} MB UTF-8)",
            f"{ing['db_bytes'] / ing['utf8_bytes']:.2f}× input",
            "",
            "",
        )
    if ss:
        faster = [b["p95_ms"] for b in (sb, sr) if b]
        ok = ss["p95_ms"] <= TARGETS["search_p95_ms"] and all(ss["p95_ms"] < f for f in faster)
        for key, label in (("p50_ms", "p50"), ("p95_ms", "p95")):
            base = []
            if sb:
                base.append(f"bm25s {sb[key]:.1f}")
            if sr:
                capped = f" ({sr['queries']} q)" if sr.get("capped") else ""
                base.append(f"rank_bm25 {sr[key]:.1f}{capped}")
            ratios = " / ".join(ratio(b[key], ss[key]) for b in (sb, sr) if b)
            row(
                f"search {label} ms ({ss['queries']} queries, {ss['passages']:,} passages)",
                f"{ss[key]:.2f}",
                ", ".join(base),
                f"baseline/sucai {ratios}" if ratios else "",
                f"≤ 30 and < baselines{tgt}" if key == "p95_ms" else "",
                mark(ok) if key == "p95_ms" else "",
            )
        for name, b in (("bm25s", sb), ("rank_bm25", sr)):
            if b:
                ov, one = r["overlap"][name], r["overlap"][name + "_1word"]
                row(
                    f"search: top-10 overlap with {name} (Jaccard)",
                    f"{ov['mean_jaccard']}",
                    f"{ov['n']} queries; 1-word queries only {one['mean_jaccard']}",
                    "",
                    "",
                    "",
                )
                row(
                    f"search: {name} index build s",
                    "(built by ingest)",
                    f"{b['build_s']:.1f} (+ {b['read_tokens_s']:.1f} reading tokens)",
                    "",
                    "",
                    "",
                )
    if co:
        ok = co["max_s"] <= TARGETS["compile_s"]
        row(
            "compile: s per topic (10 topics), mean / max",
            f"{co['mean_s']:.2f} / {co['max_s']:.2f}",
            "",
            "",
            f"≤ 1{tgt}",
            mark(ok),
        )
    if an and "sucai" in an:
        s, b = an["sucai"], an["jieba_posseg"]
        row(
            f"anonymize: chars/s ({s['chars'] / 1e3:.0f}k chars, 1 core)",
            f"{s['chars_per_s']:,}",
            f"jieba.posseg {b['chars_per_s']:,}",
            ratio(s["chars_per_s"], b["chars_per_s"]),
            "",
            "",
        )
    if du:
        ok = du["library_dupes_s"] <= TARGETS["dupes_s"]
        row(
            "dupes: Library.dupes() s (passages + documents)",
            f"{du['library_dupes_s']:.1f}",
            f"SimHash {sh['seconds']:.1f}" if sh else "",
            ratio(du["library_dupes_s"], sh.get("seconds", 0)) if sh else "",
            f"≤ 300{tgt}",
            mark(ok),
        )
        row(
            "dupes: Deduper.cluster over all passages s",
            f"{du['cluster_s']:.1f}",
            "",
            "",
            "",
            "",
        )
        row(
            f"dupes: recall of {du['planted']:,} planted pairs (reachable ≥ {du['threshold']})",
            f"{du['recall']:.3f} ({du['recall_reachable']:.3f})",
            f"SimHash {sh['recall']:.3f} ({sh['recall_reachable']:.3f})" if sh else "",
            "",
            "",
            "",
        )
        row(
            f"dupes: recall of {du['document_pairs']} planted document copies",
            f"{du['document_recall']}",
            "",
            "",
            "",
            "",
        )
    peaks = {s: r[s]["peak_mb"] for s in STAGES if s in r and s != "corpus"}
    sucai_peak = max((peaks[s] for s in SUCAI_STAGES if s in peaks), default=0)
    row(
        "memory: peak RSS MB of sucai's stages (max)",
        f"{sucai_peak:,.0f}",
        "",
        "",
        f"≤ 2048{tgt}",
        mark(sucai_peak <= TARGETS["peak_mb"]) if sucai_peak else "",
    )
    for s, v in peaks.items():
        row(f"memory: peak RSS MB, {s}", f"{v:,.0f}", "", "", "", "")

    head = ["figure", "sucai", "baseline", "ratio", "target", ""]
    lines = [
        f"### sucai at {m['passages']:,} passages ({p.size})",
        "",
        f"{m['documents']:,} documents, {m['chars'] / 1e6:.1f}M chars "
        f"({m['utf8_bytes'] / 1e6:.0f} MB UTF-8), {m['planted_passage_pairs']:,} planted passage "
        f"pairs, seed {m['seed']}; {mc['cpus']} CPUs ({mc['cpu']}), {mc['memory_gb']} GB, "
        f"Python {mc['python']}, SQLite {mc['sqlite']}; sucai at {mc.get('commit', '?')}.",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "|".join("---" for _ in head) + "|",
    ]
    lines += ["| " + " | ".join(c) + " |" for c in rows]
    notes = []
    if sr.get("capped"):
        notes.append(
            f"rank_bm25 scores every passage in Python for each query word, so at this size it "
            f"answered only the first {sr['queries']} of the {N_QUERIES} queries; its figures and "
            "its overlap are over those."
        )
    if jb.get("capped"):
        notes.append(
            f"jieba.lcut ran on the first {jb['chars'] / 1e6:.0f}M of the "
            f"{m['chars'] / 1e6:.0f}M characters (its rate is what counts; all of them would "
            f"take about {m['chars'] / jb['chars_per_s'] / 60:.0f} min)."
        )
    if ing.get("db_tables_mb"):
        top = list(ing["db_tables_mb"].items())
        notes.append(
            "Library file by table (MB): "
            + ", ".join(f"{k} {v:,.1f}" for k, v in top if not k.startswith("(") and v >= 0.5)
            + "; of which "
            + ", ".join(f"{k[1:-1]} {v:,.1f}" for k, v in top if k.startswith("("))
            + "."
        )
    if prof:
        st = ", ".join(f"{k} {v:.1f}" for k, v in prof["stages_s"].items())
        notes.append(
            f"Ingest without SQLite on {prof['shard']} ({prof['chars'] / 1e6:.1f}M chars): "
            f"{prof['chars_per_s_without_sqlite']:,} chars/s; seconds per stage: {st}."
        )
    if ss:
        by_len: dict[int, list[float]] = {}
        for q, ms in zip(_queries(p)["queries"], ss["latency_ms"], strict=False):
            by_len.setdefault(len(q.split()), []).append(ms)
        notes.append(
            "sucai search, warm OS cache (the library file read once before timing; the "
            f"baselines hold their index in RAM); the {len(ss.get('warmup_ms', []))} queries "
            "before that, right after opening: mean "
            f"{ss.get('warmup_mean_ms', float('nan')):.1f} ms. p50/p95 ms by query words: "
            + ", ".join(
                f"{k}: {pct(v, 0.5):.1f}/{pct(v, 0.95):.1f} ({len(v)})"
                for k, v in sorted(by_len.items())
            )
            + "."
        )
    if co:
        notes.append(
            "compile per topic (s; the first call loads the anonymizer's data): "
            + ", ".join(f"{t} {s:.2f}" for t, s in co["seconds"].items())
        )
    if not at_1m:
        notes.append("Targets are set for 1M passages; at this size they are a lower bar.")
    reused = [s for s in r.get("reused", [])]
    if reused:
        notes.append("Reused from an earlier run: " + ", ".join(reused) + ".")
    if notes:
        lines += [""] + [f"- {n}" for n in notes]
    return "\n".join(lines)


def parent(p: Paths, only: list[str] | None) -> int:
    p.work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"size": p.size, "seed": p.seed, "machine": machine()}
    reused = []
    started = time.perf_counter()
    for stage in STAGES:
        if only and stage not in only and stage != "corpus" and p.stage(stage).exists():
            results[stage] = json.loads(p.stage(stage).read_text(encoding="utf-8"))
            reused.append(stage)
            continue
        if only and stage not in only and stage != "corpus":
            continue
        print(f"[{time.strftime('%H:%M:%S')}] {stage} …", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        cmd = [sys.executable, __file__, "--stage", stage, "--size", p.size, "--seed", str(p.seed)]
        proc = subprocess.run(cmd, check=False)
        if proc.returncode != 0:
            print(f"stage {stage} failed (exit {proc.returncode})", file=sys.stderr)
            results.setdefault("failed", []).append(stage)
            continue
        results[stage] = json.loads(p.stage(stage).read_text(encoding="utf-8"))
        print(
            f"[{time.strftime('%H:%M:%S')}] {stage} done in {time.perf_counter() - t0:.0f} s, "
            f"peak {results[stage]['peak_mb']:,} MB",
            file=sys.stderr,
            flush=True,
        )
    results["reused"] = reused
    ss = results.get("search-sucai")
    results["overlap"] = {}
    if ss:
        qs = _queries(p)["queries"]
        one = [i for i, q in enumerate(qs) if " " not in q]
        for name in ("bm25s", "rank_bm25"):
            b = results.get(f"search-{name}")
            if b:
                results["overlap"][name] = overlap(ss["top10"], b["top10"])
                results["overlap"][name + "_1word"] = overlap(
                    [ss["top10"][i] for i in one if i < len(b["top10"])],
                    [b["top10"][i] for i in one if i < len(b["top10"])],
                )
    results["seconds"] = round(time.perf_counter() - started, 1)
    table = report(p, results, corpus.SIZES[p.size] >= 1_000_000)
    print(table)
    (RESULTS / f"run-{p.size}.json").write_text(
        json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    (RESULTS / f"run-{p.size}.md").write_text(table + "\n", encoding="utf-8")
    print(f"\nsaved bench/results/run-{p.size}.json and .md", file=sys.stderr)
    return 1 if results.get("failed") else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--size", default="100k", choices=sorted(corpus.SIZES))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", help="comma-separated stages to re-run; others reuse results")
    ap.add_argument("--stage", choices=STAGES, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    p = Paths(args.size, args.seed)
    if args.stage:
        return child(args.stage, p)
    only = args.only.split(",") if args.only else None
    if only and (bad := [s for s in only if s not in STAGES]):
        ap.error(f"unknown stages {bad}; choose from {', '.join(STAGES)}")
    return parent(p, only)


if __name__ == "__main__":
    raise SystemExit(main())
