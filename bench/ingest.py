"""Ingest throughput of ``Library.add`` on the shared corpus, against plain word segmentation.

Why: adding a folder of speeches is the first thing a user does, and its speed
is bounded below by word segmentation. Timing ``Library.add`` end to end next
to jieba and rjieba alone, in the same run on the same texts, says how much
cleaning, structure finding and SQLite add on top, and whether the choice of
rjieba matters. Passages per document (per source file) show that the
segmenter finds paragraphs; the indent-only Xi speeches (paragraphs marked only
by U+3000/U+2003 runs, almost no newlines) are checked run by run.

Run: ``cd /work/main && .venv/bin/python bench/ingest.py``. Reads the corpus
at run time; writes only ``bench/results/ingest.json`` (git-ignored), which
holds numbers and record ids, never text.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
CORPUS = BENCH.parents[0].parent / "shared" / "corpus"
RESULTS = BENCH / "results" / "ingest.json"
XI = "Xi-Jin-Ping-Speech-Analysis.jsonl"

# What the cleaner splits paragraphs at, besides newlines (see sucai.clean.cleaner).
_INDENT_RUN = re.compile(r"[\u3000\u2003]{2,}")
_PIECES = re.compile(r"\n|[\u3000\u2003\u00a0]{2,}")


def inputs() -> list[Path]:
    public = sorted((CORPUS / "public").glob("*.jsonl"))
    seed = sorted(p for p in (CORPUS / "seed").glob("*") if p.is_file())
    return public + seed


def read_texts(files: list[Path]) -> dict[Path, list[Any]]:
    """The RawDocuments each file yields: what the segmenters are fed too."""
    from sucai.errors import IngestError
    from sucai.ingest import read_path

    out: dict[Path, list[Any]] = {}
    for f in files:
        out[f] = [r for r in read_path(f) if not isinstance(r, IngestError)]
    return out


def spread(values: list[int]) -> dict[str, float]:
    if not values:
        return {"min": 0, "median": 0, "max": 0, "mean": 0}
    return {
        "min": min(values),
        "median": statistics.median(values),
        "max": max(values),
        "mean": round(statistics.fmean(values), 1),
    }


def rate(chars: int, nbytes: int, seconds: float) -> dict[str, float]:
    return {
        "seconds": round(seconds, 3),
        "chars_per_s": round(chars / seconds) if seconds else 0,
        "mb_per_s": round(nbytes / 1e6 / seconds, 3) if seconds else 0,
    }


def time_each(fn: Callable[[str], object], texts: list[str]) -> float:
    started = time.perf_counter()
    for t in texts:
        fn(t)
    return time.perf_counter() - started


def stage_times(raws: list[Any]) -> dict[str, float]:
    """Seconds per pipeline stage over every document (outside the library, no SQLite)."""
    from sucai.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.words.index_tokens("预热")  # type: ignore[attr-defined]
    totals: dict[str, float] = defaultdict(float)

    def wrap(name: str, stage: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def run(work: Any) -> Any:
            t = time.perf_counter()
            out = stage(work)
            totals[name] += time.perf_counter() - t
            return out

        return run

    pipeline.stages = [(name, wrap(name, stage)) for name, stage in pipeline.stages]
    for raw in raws:
        pipeline.process(raw)
    return {k: round(v, 3) for k, v in totals.items()}


def xi_paragraphs(lib: Any, raws: list[Any]) -> list[dict[str, Any]]:
    """Per Xi speech: paragraph marks in the raw text against paragraphs sucai found."""
    from sucai.pipeline import content_hash

    rows = []
    for raw in raws:
        doc_id = content_hash(raw.text)[:12]
        passages = lib.store.passages(doc_id)
        if not passages:
            continue  # a record whose content another record already added
        text = raw.text
        pieces = sum(1 for p in _PIECES.split(text) if p.strip())
        cleaned = [line for line in lib.text(doc_id).split("\n") if line.strip()]
        rows.append(
            {
                "id": raw.ext_id,
                "chars": len(text),
                "indent_runs": len(_INDENT_RUN.findall(text)),
                "newlines": text.count("\n"),
                "raw_pieces": pieces,
                "paragraphs_cleaned": len(cleaned),
                "paragraphs_with_passages": len({p["paragraph"] for p in passages}),
                "passages": len(passages),
                "headings": len(lib.store.sections(doc_id)) - 1,
                "stripped": len(lib.document(doc_id)["stripped"]),
            }
        )
    return rows


def table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def main() -> int:
    if not (CORPUS / "public").is_dir():
        print(f"skip: the shared corpus is not at {CORPUS}; nothing to measure")
        return 0
    from sucai import Library

    files = inputs()
    by_file = read_texts(files)
    raws = [r for rs in by_file.values() for r in rs]
    texts = [r.text for r in raws]
    chars = sum(map(len, texts))
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    file_bytes = sum(f.stat().st_size for f in files)
    out: dict[str, Any] = {
        "files": [f.name for f in files],
        "file_bytes": file_bytes,
        "records": len(raws),
        "chars": chars,
        "utf8_bytes": nbytes,
    }

    with tempfile.TemporaryDirectory() as tmp:
        lib = Library(Path(tmp) / "lib.db")
        started = time.perf_counter()
        report = lib.add(files)
        seconds = time.perf_counter() - started
        docs = lib.documents()
        out["library_add"] = add = rate(chars, nbytes, seconds) | {
            "added": len(report.added),
            "unchanged": len(report.unchanged),
            "failed": len(report.failed),
            "passages": report.passages,
            "cleaned_chars": report.chars,
        }
        per_file: dict[str, list[int]] = defaultdict(list)
        for d in docs:
            per_file[Path(d.path or "?").name].append(d.passages)
        out["passages_per_document"] = {"all": spread([d.passages for d in docs])} | {
            name: spread(v) | {"documents": len(v)} for name, v in sorted(per_file.items())
        }
        xi_raws = by_file.get(CORPUS / "public" / XI, [])
        out["xi"] = xi = xi_paragraphs(lib, xi_raws)
        lib.close()  # checkpoints the WAL, so the file size is the whole library
        add["db_bytes"] = (Path(tmp) / "lib.db").stat().st_size

    out["stages_s"] = stage_times(raws)

    import jieba
    import rjieba

    jieba.setLogLevel(60)
    t = time.perf_counter()
    jieba.initialize()
    jieba_load = time.perf_counter() - t
    out["jieba_lcut"] = rate(chars, nbytes, time_each(jieba.lcut, texts)) | {
        "dictionary_load_s": round(jieba_load, 3)
    }
    t = time.perf_counter()
    rj = rjieba.Jieba()
    rj_load = time.perf_counter() - t
    out["rjieba_cut"] = rate(chars, nbytes, time_each(rj.cut, texts)) | {
        "dictionary_load_s": round(rj_load, 3)
    }
    out["rjieba_cut_for_search"] = rate(chars, nbytes, time_each(rj.cut_for_search, texts))

    # -- print
    print(
        f"input: {len(files)} files ({file_bytes / 1e6:.2f} MB on disk), {len(raws)} records, "
        f"{chars:,} chars, {nbytes / 1e6:.2f} MB UTF-8"
    )
    print("\n### Throughput (same texts, same run; MB = 10^6 UTF-8 bytes of record text)\n")
    rows = [
        [
            "sucai Library.add (read, clean, segment, rjieba, SQLite)",
            f"{add['seconds']:.2f}",
            f"{add['chars_per_s']:,}",
            f"{add['mb_per_s']:.2f}",
        ]
    ]
    for key, label in (
        ("jieba_lcut", "jieba.lcut alone (precise, HMM)"),
        ("rjieba_cut", "rjieba cut alone (precise)"),
        ("rjieba_cut_for_search", "rjieba cut_for_search alone (sucai's index mode)"),
    ):
        r = out[key]
        rows.append([label, f"{r['seconds']:.2f}", f"{r['chars_per_s']:,}", f"{r['mb_per_s']:.2f}"])
    print(table(["path", "seconds", "chars/s", "MB/s"], rows))
    print(
        f"\ndictionary load: jieba {jieba_load:.2f} s, rjieba {rj_load:.2f} s (not in the rates); "
        "pipeline stages (s, no SQLite): "
        + ", ".join(f"{k} {v:.2f}" for k, v in out["stages_s"].items())
    )
    print(
        f"\nLibrary.add: {add['added']} documents added, {add['unchanged']} unchanged "
        f"(same content as another record), {add['failed']} failed, {add['passages']:,} passages, "
        f"database {add['db_bytes'] / 1e6:.1f} MB"
    )
    print("\n### Passages per document\n")
    prows = []
    for name, s in out["passages_per_document"].items():
        prows.append(
            [
                name,
                str(s.get("documents", len(docs))),
                str(s["min"]),
                str(s["median"]),
                str(s["max"]),
                str(s["mean"]),
            ]
        )
    print(table(["source", "documents", "min", "median", "max", "mean"], prows))

    if xi:
        print(f"\n### {XI}: paragraph marks in the raw text vs paragraphs found\n")
        keys = [
            "indent_runs",
            "newlines",
            "raw_pieces",
            "paragraphs_cleaned",
            "paragraphs_with_passages",
            "passages",
            "headings",
            "stripped",
        ]
        srows = [
            [k, str(sum(r[k] for r in xi))] + [str(v) for v in spread([r[k] for r in xi]).values()]
            for k in keys
        ]
        print(table(["per speech", "total", "min", "median", "max", "mean"], srows))
        ratio = [r["paragraphs_cleaned"] / r["raw_pieces"] for r in xi if r["raw_pieces"]]
        one = [r["id"] for r in xi if r["paragraphs_with_passages"] <= 1 and r["indent_runs"] >= 2]
        print(
            f"\n{len(xi)} speeches; cleaned paragraphs / raw pieces (runs + lines): "
            f"median {statistics.median(ratio):.2f}, min {min(ratio):.2f}; "
            f"speeches with ≥ 2 indent runs but ≤ 1 paragraph found: {len(one)} {one[:10]}"
        )
        low = sorted(xi, key=lambda r: r["paragraphs_cleaned"] / max(r["raw_pieces"], 1))[:5]
        print(
            table(
                [
                    "lowest ratio: id",
                    "chars",
                    "indent runs",
                    "raw pieces",
                    "paragraphs",
                    "passages",
                    "stripped",
                ],
                [
                    [
                        str(r["id"]),
                        str(r["chars"]),
                        str(r["indent_runs"]),
                        str(r["raw_pieces"]),
                        str(r["paragraphs_cleaned"]),
                        str(r["passages"]),
                        str(r["stripped"]),
                    ]
                    for r in low
                ],
            )
        )

    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\nsaved {RESULTS.relative_to(BENCH.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
