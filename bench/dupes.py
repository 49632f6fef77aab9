"""How fast and how well ``sucai.analyze.dupes`` finds near-duplicate passages and documents.

Why: ``sucai dupes`` and ``compile`` must find copies among a whole library's passages
(a million is a large library) in minutes on a laptop, without clustering passages that only
share the stock phrases every official text uses.

Synthetic set (deterministic by ``--seed``): passages of about 150 characters made by
recombining sentences of the shared public corpus, plus 2% planted near-duplicates, each a
copy of a passage with 1-3 small edits (1-2 characters replaced, 1-4 inserted or deleted,
a punctuation mark changed). Reported: recall of planted pairs (both in one cluster), also
among the planted pairs whose exact Jaccard reaches the threshold; false clusters among a
sample of clusters checked by exact Jaccard (a cluster is false when its members are not
connected by exact pairs at the threshold); seconds for signatures, for clustering from
stored signatures and for clustering from texts end to end; peak RSS. On the 100k set a
plain SimHash baseline runs too (64-bit SimHash over the same shingles, Hamming distance
<= 3, found through four 16-bit blocks): its recall and time.

Names-swapped set (the issue's planting; ``--no-names`` skips it, also deterministic by
``--seed``): real passages of the shared corpus as sucai segments them (80-400 characters,
each text once), 500 of them (``--per-bucket``) per bucket copied with 5, 10, 15 or 20% of
their letters and digits changed: every copy has place or person names swapped (the
Anonymizer's ADMIN and PERSON spans; a place becomes another current place of the same
gazetteer level in the same full or short form, a person another person the Anonymizer
found in the corpus), each swap counting its edit distance toward the share, and the rest
of the share spent on single-character substitutions, insertions and deletions spread evenly
over the text. Originals and copies sit among the other real passages, filled up to
``--background`` (20,000) with passages recombined from corpus sentences. Reported per
bucket: recall of planted pairs for ``Deduper(threshold=t)`` at 0.7 (the default), 0.5, 0.4
and 0.3 and for SimHash at Hamming <= 3 and <= 6 (exhaustive through 4 and 7 bit blocks);
for every method, over the whole set, false pairs (two passages of one cluster, not a
planted pair, exact Jaccard below the threshold; 0.7 for SimHash), unrelated pairs (below
0.3) and seconds; the exact Jaccard of the planted pairs, which caps any threshold's recall.
Printed as a Markdown table, stored under ``names_swapped``.

``--corpus`` (on by default when the corpus is present) measures the similarity
distributions the thresholds were chosen from: exact document Jaccard of the NPC
resolutions on consecutive government work reports (positives) against the 31 provincial
reports and every other pair of different documents (hard negatives), and passage Jaccard
of template passages across provincial reports.

Run: ``cd /work/main && .venv/bin/python bench/dupes.py`` (100k; ``--size 1m`` for a
million, ``--no-corpus`` to skip the corpus part). Reads the corpus at run time; writes only
``bench/results/dupes.json`` (git-ignored): numbers and record ids, never corpus text.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from sucai.analyze.dupes import (
    Cluster,
    Deduper,
    _run_pairs,
    _shingle_hashes,
    _unique_pairs,
    normalize,
    shingles,
)

BENCH = Path(__file__).resolve().parent
CORPUS = BENCH.parents[0].parent / "shared" / "corpus"
PUBLIC = CORPUS / "public"
GOV = "china-provincial-gov-reports-2026.jsonl"
CPC = "chinese-political-corpora.jsonl"
XI = "Xi-Jin-Ping-Speech-Analysis.jsonl"
RESULTS = BENCH / "results" / "dupes.json"
_SENT = re.compile(r"[^。！？；\n]+[。！？；]?")
_PUNCT = "，。、；：！？"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load(name: str) -> list[dict[str, str]]:
    lines = (PUBLIC / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


# -- synthetic passages -------------------------------------------------------------
def sentence_pool() -> list[str]:
    seen: set[str] = set()
    pool = []
    for name in (GOV, CPC, XI):
        for rec in load(name):
            for m in _SENT.finditer(rec["text"]):
                s = m.group().strip()
                if 8 <= len(s) <= 150 and s not in seen:
                    seen.add(s)
                    pool.append(s)
    return pool


def edit(text: str, rng: random.Random, chars: str) -> str:
    """1-3 small edits: replace, insert or delete a few characters, or change punctuation."""
    s = list(text)
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(("sub", "sub", "ins", "del", "punct"))
        i = rng.randrange(len(s))
        if kind == "sub":
            for j in range(i, min(i + rng.randint(1, 2), len(s))):
                s[j] = rng.choice(chars)
        elif kind == "ins":
            s[i:i] = [rng.choice(chars) for _ in range(rng.randint(1, 4))]
        elif kind == "del" and len(s) > 20:
            del s[i : i + rng.randint(1, 4)]
        else:
            marks = [j for j, c in enumerate(s) if c in _PUNCT]
            if marks:
                s[rng.choice(marks)] = rng.choice(_PUNCT)
            else:
                s.insert(i, "，")
    return "".join(s)


def synthetic(size: int, seed: int) -> tuple[list[str], list[tuple[int, int]]]:
    """``size`` passages, 2% of them planted copies; returns texts and planted pairs."""
    pool = sentence_pool()
    chars = "".join(sorted({c for s in pool[:5000] for c in s if "\u4e00" <= c <= "\u9fff"}))
    rng = random.Random(seed)
    n_planted = size // 50
    base = []
    for _ in range(size - n_planted):
        target = rng.randint(50, 190)
        parts: list[str] = []
        length = 0
        while length < target:
            s = pool[rng.randrange(len(pool))]
            parts.append(s)
            length += len(s)
        base.append("".join(parts))
    originals = rng.sample(range(len(base)), n_planted)
    texts = base + [edit(base[i], rng, chars) for i in originals]
    order = list(range(len(texts)))
    rng.shuffle(order)
    where = {old: new for new, old in enumerate(order)}
    shuffled = [texts[old] for old in order]
    pairs = [(where[o], where[len(base) + k]) for k, o in enumerate(originals)]
    return shuffled, pairs


# -- evaluation ---------------------------------------------------------------------
def planted_recall(
    clusters: Sequence[Cluster[int]], pairs: list[tuple[int, int]], mask: list[bool]
) -> dict[str, Any]:
    label: dict[int, int] = {}
    for c_i, c in enumerate(clusters):
        for m in c.ids:
            label[m] = c_i
    found = [a in label and label.get(a) == label.get(b) for a, b in pairs]
    reach = [f for f, ok in zip(found, mask, strict=True) if ok]
    return {
        "planted": len(pairs),
        "recall": round(sum(found) / len(pairs), 4),
        "reachable": len(reach),
        "recall_reachable": round(sum(reach) / max(1, len(reach)), 4),
    }


def false_clusters(
    clusters: Sequence[Cluster[int]],
    texts: list[str],
    threshold: float,
    k: int,
    rng: random.Random,
    sample: int = 500,
) -> dict[str, Any]:
    """A cluster is false when exact pairs at the threshold do not connect its members;
    "false_at_minus_0.1" relaxes the check to threshold - 0.1 (estimation noise only)."""
    picked = clusters if len(clusters) <= sample else rng.sample(list(clusters), sample)
    false = {threshold: 0, threshold - 0.1: 0}
    below = total = 0
    for c in picked:
        ids = c.ids if len(c.ids) <= 40 else rng.sample(c.ids, 40)
        sets = [shingles(texts[i], k) for i in ids]
        sims = {}
        for i, j in itertools.combinations(range(len(ids)), 2):
            inter = len(sets[i] & sets[j])
            sims[i, j] = inter / max(1, len(sets[i]) + len(sets[j]) - inter)
            total += 1
            below += sims[i, j] < threshold
        for t in false:
            parent = list(range(len(ids)))

            def find(x: int, parent: list[int] = parent) -> int:
                while parent[x] != x:
                    x = parent[x]
                return x

            for (i, j), v in sims.items():
                if v >= t:
                    parent[find(i)] = find(j)
            false[t] += len({find(i) for i in range(len(ids))}) > 1
    return {
        "clusters_checked": len(picked),
        "false_clusters": false[threshold],
        "false_clusters_at_minus_0.1": false[threshold - 0.1],
        "member_pairs_checked": total,
        "member_pairs_below_threshold": int(below),
    }


def planted_jaccard(texts: list[str], pairs: list[tuple[int, int]], k: int) -> list[float]:
    out = []
    for a, b in pairs:
        sa, sb = shingles(texts[a], k), shingles(texts[b], k)
        inter = len(sa & sb)
        out.append(inter / max(1, len(sa) + len(sb) - inter))
    return out


def quantiles(values: Sequence[float]) -> dict[str, float]:
    arr = np.asarray(values, dtype=np.float64)
    if len(arr) == 0:
        return {}
    qs = {"min": 0.0, "p05": 0.05, "p25": 0.25, "median": 0.5, "p75": 0.75, "max": 1.0}
    return {name: round(float(np.quantile(arr, q)), 4) for name, q in qs.items()}


# -- SimHash baseline ---------------------------------------------------------------
def simhash(texts: list[str], k: int) -> tuple[np.ndarray, np.ndarray]:
    """64-bit SimHash over the same shingle hashes (re-mixed to 64 bits), per text."""
    out = np.zeros(len(texts), dtype=np.uint64)
    has = np.zeros(len(texts), dtype=bool)
    bit = np.arange(64, dtype=np.uint64)[:, None]
    step = 4000
    for lo in range(0, len(texts), step):
        x, tid, counts = _shingle_hashes(texts[lo : lo + step], k)
        h = x * np.uint64(0x9E3779B97F4A7C15)
        h ^= h >> np.uint64(29)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(32)
        bits = ((h[None, :] >> bit) & np.uint64(1)).astype(np.uint16)  # (64, shingles)
        starts = np.flatnonzero(np.concatenate([[True], tid[1:] != tid[:-1]]))
        ones = np.add.reduceat(bits, starts, axis=1).astype(np.int64)  # (64, texts)
        rows = tid[starts]
        set_bits = (2 * ones > counts[rows][None, :]).astype(np.uint64)
        out[lo + rows] = (set_bits << bit).sum(axis=0, dtype=np.uint64)
        has[lo + rows] = True
    return out, has


def simhash_clusters(
    hashes: np.ndarray, has: np.ndarray, max_dist: int = 3, blocks: int = 4, window: int = 64
) -> list[list[int]]:
    """Groups linked by Hamming distance <= ``max_dist``; candidates share one of ``blocks``
    bit blocks (pigeonhole: exhaustive when ``blocks > max_dist`` and runs fit ``window``)."""
    idx = np.flatnonzero(has)
    h = hashes[idx]
    parts = []
    cuts = [round(64 * b / blocks) for b in range(blocks + 1)]
    for lo, hi in itertools.pairwise(cuts):
        keys = (h >> np.uint64(lo)) & np.uint64((1 << (hi - lo)) - 1)
        order = np.argsort(keys, kind="stable").astype(np.int64)
        parts.append(_run_pairs(order, keys[order], window=window))
    pairs = _unique_pairs(parts, len(idx))
    xor = (h[pairs[:, 0]] ^ h[pairs[:, 1]]).view(np.uint8).reshape(-1, 8)
    dist = np.unpackbits(xor, axis=1).sum(axis=1)
    edges = pairs[dist <= max_dist]
    parent = list(range(len(idx)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges.tolist():
        parent[find(a)] = find(b)
    groups: dict[int, list[int]] = {}
    for i in range(len(idx)):
        groups.setdefault(find(i), []).append(int(idx[i]))
    return [g for g in groups.values() if len(g) > 1]


# -- runs ---------------------------------------------------------------------------
def run_size(
    size: int, seed: int, threshold: float, baseline: bool, num_perm: int = 128
) -> dict[str, Any]:
    d = Deduper(threshold=threshold, num_perm=num_perm)
    t0 = time.perf_counter()
    texts, pairs = synthetic(size, seed)
    gen = time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    print(f"\n== {size:,} passages ({chars / size:.0f} chars on average), generated in {gen:.1f}s")
    d.signature("warm-up")  # builds the normalization table once
    t0 = time.perf_counter()
    clusters = d.cluster(list(enumerate(texts)))
    t_all = time.perf_counter() - t0
    peak = rss_mb()
    print(
        f"cluster from texts (end to end): {t_all:.1f}s, {len(clusters):,} clusters, "
        f"peak RSS {peak:.0f} MB"
    )
    t0 = time.perf_counter()
    sigs = d.signatures(texts)
    t_sig = time.perf_counter() - t0
    print(f"signatures: {t_sig:.1f}s ({size / t_sig:,.0f}/s), peak RSS {rss_mb():.0f} MB")
    t0 = time.perf_counter()
    from_sigs = d.cluster(list(enumerate(sigs)))
    t_csig = time.perf_counter() - t0
    del sigs
    print(
        f"cluster from stored signatures: {t_csig:.1f}s, {len(from_sigs):,} clusters, "
        f"peak RSS {rss_mb():.0f} MB"
    )
    jac = planted_jaccard(texts, pairs, d.shingle)
    mask = [j >= threshold for j in jac]
    rec = planted_recall(clusters, pairs, mask)
    rec_sig = planted_recall(from_sigs, pairs, mask)
    rng = random.Random(seed + 1)
    fc = false_clusters(clusters, texts, threshold, d.shingle, rng)
    fc_sig = false_clusters(from_sigs, texts, threshold, d.shingle, random.Random(seed + 1))
    print(
        f"planted pairs: {rec['planted']:,}, exact Jaccard {quantiles(jac)}; "
        f"{rec['reachable']:,} reach the threshold {threshold}"
    )
    print(
        f"minhash recall {rec['recall']:.4f} (reachable {rec['recall_reachable']:.4f}); "
        f"false clusters {fc['false_clusters']}/{fc['clusters_checked']}; "
        f"from signatures only: recall {rec_sig['recall']:.4f} "
        f"(reachable {rec_sig['recall_reachable']:.4f}), "
        f"false {fc_sig['false_clusters']}/{fc_sig['clusters_checked']} "
        f"({fc_sig['false_clusters_at_minus_0.1']} at threshold - 0.1)"
    )
    out: dict[str, Any] = {
        "passages": size,
        "mean_chars": round(chars / size, 1),
        "threshold": threshold,
        "num_perm": num_perm,
        "planted_jaccard": quantiles(jac),
        "minhash": {
            "signature_seconds": round(t_sig, 2),
            "cluster_from_signatures_seconds": round(t_csig, 2),
            "cluster_from_texts_seconds": round(t_all, 2),
            "clusters": len(clusters),
            **rec,
            **fc,
            "from_signatures": {"clusters": len(from_sigs), **rec_sig, **fc_sig},
        },
        "peak_rss_mb_cluster_from_texts": round(peak),
        "peak_rss_mb_all_phases": round(rss_mb()),
    }
    if baseline:
        t0 = time.perf_counter()
        hashes, has = simhash(texts, d.shingle)
        groups = simhash_clusters(hashes, has)
        t_sh = time.perf_counter() - t0
        sh_clusters = [
            Cluster(ids=g, size=len(g), similarity=0, representative=g[0], mean_similarity=0)
            for g in groups
        ]
        sh = planted_recall(sh_clusters, pairs, mask)
        sh_fc = false_clusters(sh_clusters, texts, threshold, d.shingle, random.Random(seed + 1))
        print(
            f"simhash (64 bits, Hamming <= 3): {t_sh:.1f}s, recall {sh['recall']:.4f} "
            f"(reachable {sh['recall_reachable']:.4f}), {len(groups):,} clusters, "
            f"false {sh_fc['false_clusters']}/{sh_fc['clusters_checked']}"
        )
        out["simhash"] = {"seconds": round(t_sh, 2), "clusters": len(groups), **sh, **sh_fc}
    return out


# -- names swapped: the planted set -----------------------------------------
BUCKETS = (0.05, 0.10, 0.15, 0.20)
NAME_THRESHOLDS = (0.7, 0.5, 0.4, 0.3)
REACH = (0.7, 0.5, 0.4, 0.3, 0.2, 0.1)  # exact Jaccard bars reported for the planted pairs
SIMHASH_DISTANCES = (3, 6)
UNRELATED = 0.3  # a clustered pair below this exact Jaccard is unrelated at any threshold tried
Name = tuple[int, int, str, tuple[str, ...]]  # start, end, text, kind of name (its pool)


def real_passages() -> list[str]:
    """Passages of the shared corpus as sucai segments them, each (normalized) text once."""
    from sucai.ingest import read_path
    from sucai.models import RawDocument
    from sucai.pipeline import Pipeline

    pipe = Pipeline()
    seen: set[str] = set()
    out = []
    for path in sorted(PUBLIC.glob("*.jsonl")):
        for raw in read_path(path):
            if not isinstance(raw, RawDocument):
                continue
            work = pipe.process(raw, until="segment")
            assert work.segmented is not None
            for p in work.segmented.passages:
                key = normalize(p.text)
                if key and key not in seen:
                    seen.add(key)
                    out.append(p.text)
    return out


class NameSwapper:
    """Names the Anonymizer finds (ADMIN spans with a gazetteer level, PERSON spans) and
    real names of the same kind to put in their place: current, unambiguous places of the
    same level in the same form (full 江苏省 or short 江苏), persons found in the corpus."""

    def __init__(self) -> None:
        from sucai.analyze import Anonymizer

        self.anon = Anonymizer()
        self.anon._load()
        pools: dict[tuple[str, ...], set[str]] = {}
        for p in self.anon.gazetteer.places:
            if p.status == "current" and not p.ambiguous:
                pools.setdefault(("ADMIN", p.level, "full"), set()).add(p.name)
                if p.short and p.short != p.name:
                    pools.setdefault(("ADMIN", p.level, "short"), set()).add(p.short)
        self.pools = {kind: sorted(names) for kind, names in pools.items()}
        self._persons: set[str] = set()

    def names(self, text: str) -> list[Name]:
        out: list[Name] = []
        for s in self.anon.analyze(text, ("ADMIN", "PERSON")):
            if s.label == "PERSON":
                self._persons.add(s.text)
                out.append((s.start, s.end, s.text, ("PERSON",)))
                continue
            level, full = s.level, s.full
            if not level:  # found by a pattern or an alias: take the gazetteer's level if any
                found = self.anon.gazetteer.lookup(s.text)
                if not found:
                    continue
                level, full = found[0].level, s.text == found[0].name
            out.append((s.start, s.end, s.text, ("ADMIN", level, "full" if full else "short")))
        return out

    def finish(self) -> None:
        """Persons seen in every passage analyzed so far become the person pool."""
        self.pools[("PERSON",)] = sorted(self._persons)

    def swappable(self, names: list[Name]) -> bool:
        return any(len(self.pools.get(kind, ())) >= 2 for *_, kind in names)


def levenshtein(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def plant(
    text: str,
    names: list[Name],
    share: float,
    rng: random.Random,
    chars: Sequence[str],
    pools: dict[tuple[str, ...], list[str]],
) -> tuple[str, int, int, int]:
    """A copy with ``share`` of its letters and digits changed. Names are swapped first
    (in random order, while their edit distances fit the budget; at least one, the
    cheapest, even when it alone overshoots), then single-character substitutions,
    insertions and deletions at letters spread evenly over the rest of the text.
    Returns (copy, characters changed, of them by name swaps, letters and digits of the
    original, names swapped)."""
    letters = [i for i, c in enumerate(text) if c.isalnum()]
    budget = max(1, round(share * len(letters)))
    options = []
    for start, end, old, kind in names:
        pool = pools.get(kind, [])
        if len(pool) < 2:
            continue
        new = old
        while new == old:
            new = rng.choice(pool)
        options.append((start, end, new, levenshtein(old, new)))
    rng.shuffle(options)
    swaps, cost = [], 0
    for option in options:
        if cost + option[3] <= budget:
            swaps.append(option)
            cost += option[3]
    if not swaps and options:
        cheapest = min(options, key=lambda o: o[3])
        swaps, cost = [cheapest], cheapest[3]
    taken = {i for start, end, _, _ in swaps for i in range(start, end)}
    free = [i for i in letters if i not in taken]
    todo = max(0, min(budget - cost, len(free)))
    events: list[tuple[int, str, int, str]] = [(s, "swap", e, new) for s, e, new, _ in swaps]
    for j in range(todo):  # one edit in each of ``todo`` equal stretches of the free letters
        pos = free[rng.randrange(j * len(free) // todo, (j + 1) * len(free) // todo)]
        events.append((pos, rng.choice(("sub", "sub", "ins", "del")), pos + 1, ""))
    out = list(text)
    for pos, kind, end, new in sorted(events, key=lambda e: -e[0]):
        if kind == "swap":
            out[pos:end] = new
        elif kind == "sub":
            c = out[pos]
            while c == out[pos]:
                c = rng.choice(chars)
            out[pos] = c
        elif kind == "ins":
            out.insert(pos, rng.choice(chars))
        else:
            del out[pos]
    return "".join(out), cost + todo, cost, len(letters), len(swaps)


def names_swapped_set(seed: int, background: int, per_bucket: int) -> dict[str, Any]:
    """Real passages (80-400 characters), copies of some of them with names swapped and
    5-20% of their letters changed, filled up to ``background`` with recombined passages
    when the corpus has fewer; shuffled. Pairs: (original, copy, bucket)."""
    rng = random.Random(seed)
    real = [t for t in real_passages() if 80 <= len(t) <= 400]
    swapper = NameSwapper()
    found = [swapper.names(t) for t in real]
    swapper.finish()
    with_names = [i for i, n in enumerate(found) if swapper.swappable(n)]
    rng.shuffle(with_names)
    per = min(per_bucket, len(with_names) // len(BUCKETS))
    originals = with_names[: per * len(BUCKETS)]
    chars = [c for t in real for c in t if "\u4e00" <= c <= "\u9fff"]  # as frequent as in text
    copies, meta = [], []
    for n, i in enumerate(originals):
        bucket = BUCKETS[n % len(BUCKETS)]
        copy, changed, by_names, letters, swaps = plant(
            real[i], found[i], bucket, rng, chars, swapper.pools
        )
        copies.append(copy)
        meta.append((bucket, changed / letters, swaps, len(found[i]), by_names / changed))
    if background <= len(real):
        chosen = set(originals)
        rest = [i for i in range(len(real)) if i not in chosen]
        keep = originals + rng.sample(rest, max(0, background - len(originals)))
        fill: list[str] = []
    else:
        keep = list(range(len(real)))
        pool = sentence_pool()
        fill = []
        for _ in range(background - len(real)):
            target, parts, length = rng.randint(80, 300), [], 0
            while length < target:
                s = pool[rng.randrange(len(pool))]
                parts.append(s)
                length += len(s)
            fill.append("".join(parts))
    where_orig = {i: k for k, i in enumerate(keep)}
    texts = [real[i] for i in keep] + fill + copies
    first_copy = len(keep) + len(fill)
    order = list(range(len(texts)))
    rng.shuffle(order)
    where = {old: new for new, old in enumerate(order)}
    pairs = [
        (where[where_orig[i]], where[first_copy + n], meta[n][0]) for n, i in enumerate(originals)
    ]
    return {
        "texts": [texts[old] for old in order],
        "pairs": pairs,
        "meta": meta,
        "real": len(keep),
        "recombined": len(fill),
        "real_with_names": len(with_names),
        "persons_in_pool": len(swapper.pools[("PERSON",)]),
    }


def shingle_sets(texts: list[str], k: int) -> list[np.ndarray]:
    """Each text's shingle hashes (the Deduper's 32-bit ones), sorted and unique."""
    out: list[np.ndarray] = []
    step = 4000
    for lo in range(0, len(texts), step):
        x, _, counts = _shingle_hashes(texts[lo : lo + step], k)
        ends = np.cumsum(counts)
        out.extend(np.unique(x[e - c : e]) for c, e in zip(counts, ends, strict=True))
    return out


def clustered_pairs(
    groups: Sequence[Sequence[int]],
    sets: list[np.ndarray],
    planted: set[tuple[int, int]],
    bars: Sequence[float],
) -> dict[float, int]:
    """Pairs clustered together (every pair of every cluster) that are not planted and whose
    exact Jaccard is below each bar."""
    cache: dict[int, frozenset[int]] = {}

    def get(i: int) -> frozenset[int]:
        if i not in cache:
            cache[i] = frozenset(sets[i].tolist())
        return cache[i]

    below = dict.fromkeys(bars, 0)
    for g in groups:
        for a, b in itertools.combinations(sorted(g), 2):
            if (a, b) in planted:
                continue
            sa, sb = get(a), get(b)
            inter = len(sa & sb)
            jac = inter / max(1, len(sa) + len(sb) - inter)
            for bar in bars:
                below[bar] += jac < bar
    return below


def run_names_swapped(seed: int, background: int, per_bucket: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    data = names_swapped_set(seed, background, per_bucket)
    texts, pairs, meta = data["texts"], data["pairs"], data["meta"]
    print(
        f"\n== names swapped: {len(texts):,} passages ({data['real']:,} real, "
        f"{data['recombined']:,} recombined, {len(pairs):,} planted copies), built in "
        f"{time.perf_counter() - t0:.1f}s; {data['real_with_names']:,} real passages have a "
        f"swappable name, {data['persons_in_pool']} persons in the pool"
    )
    k = Deduper().shingle
    sets = shingle_sets(texts, k)
    planted = {(min(a, b), max(a, b)) for a, b, _ in pairs}

    def jac(a: int, b: int) -> float:
        inter = len(np.intersect1d(sets[a], sets[b], assume_unique=True))
        return inter / max(1, len(sets[a]) + len(sets[b]) - inter)

    pair_jac = [jac(a, b) for a, b, _ in pairs]
    buckets: dict[str, Any] = {}
    for bucket in BUCKETS:
        sel = [n for n, (_, _, b) in enumerate(pairs) if b == bucket]
        buckets[f"{bucket:.0%}"] = {
            "copies": len(sel),
            "changed_share": quantiles([meta[n][1] for n in sel]),
            "names_swapped_mean": round(float(np.mean([meta[n][2] for n in sel])), 2),
            "names_found_mean": round(float(np.mean([meta[n][3] for n in sel])), 2),
            "share_of_change_by_names": quantiles([meta[n][4] for n in sel]),
            "jaccard": quantiles([pair_jac[n] for n in sel]),
            "reach": {
                str(t): round(sum(pair_jac[n] >= t for n in sel) / len(sel), 4) for t in REACH
            },
        }

    def recall(groups: Sequence[Sequence[int]]) -> dict[str, float]:
        label = {m: g_i for g_i, g in enumerate(groups) for m in g}
        out = {}
        for bucket in BUCKETS:
            hit = [
                a in label and label.get(a) == label.get(b) for a, b, bk in pairs if bk == bucket
            ]
            out[f"{bucket:.0%}"] = round(sum(hit) / max(1, len(hit)), 4)
        return out

    methods: dict[str, Any] = {}
    Deduper().signature("warm-up")  # the normalization table, built once
    for t in NAME_THRESHOLDS:
        t0 = time.perf_counter()
        clusters = Deduper(threshold=t).cluster(list(enumerate(texts)))
        secs = time.perf_counter() - t0
        groups = [c.ids for c in clusters]
        below = clustered_pairs(groups, sets, planted, (t, UNRELATED))
        methods[f"sucai t={t}"] = {
            "recall": recall(groups),
            "false_pairs": below[t],
            "unrelated_pairs": below[UNRELATED],
            "clusters": len(groups),
            "largest_cluster": max((len(g) for g in groups), default=0),
            "seconds": round(secs, 2),
        }
    t0 = time.perf_counter()
    hashes, has = simhash(texts, k)
    t_sig = time.perf_counter() - t0
    for dist in SIMHASH_DISTANCES:
        t0 = time.perf_counter()
        groups = simhash_clusters(hashes, has, max_dist=dist, blocks=dist + 1, window=len(texts))
        secs = t_sig + time.perf_counter() - t0
        below = clustered_pairs(groups, sets, planted, (0.7, UNRELATED))
        methods[f"simhash d<={dist}"] = {
            "recall": recall(groups),
            "false_pairs": below[0.7],
            "unrelated_pairs": below[UNRELATED],
            "clusters": len(groups),
            "largest_cluster": max((len(g) for g in groups), default=0),
            "seconds": round(secs, 2),
        }
    table = names_table(buckets, methods)
    print(table)
    return {
        "seed": seed,
        "passages": len(texts),
        "real": data["real"],
        "recombined": data["recombined"],
        "real_with_swappable_names": data["real_with_names"],
        "persons_in_pool": data["persons_in_pool"],
        "buckets": buckets,
        "methods": methods,
        "table": table,
    }


def names_table(buckets: dict[str, Any], methods: dict[str, Any]) -> str:
    heads = list(buckets)
    rows = [
        "| planted copies | " + " | ".join(heads) + " |",
        "|---|" + "---:|" * len(heads),
        "| copies | " + " | ".join(str(buckets[h]["copies"]) for h in heads) + " |",
        "| letters changed, median | "
        + " | ".join(f"{buckets[h]['changed_share']['median']:.3f}" for h in heads)
        + " |",
        "| names swapped per copy | "
        + " | ".join(f"{buckets[h]['names_swapped_mean']:.2f}" for h in heads)
        + " |",
        "| of the change by names, median | "
        + " | ".join(f"{buckets[h]['share_of_change_by_names']['median']:.2f}" for h in heads)
        + " |",
        "| exact Jaccard min / p05 / median / max | "
        + " | ".join(
            "{min:.2f} / {p05:.2f} / {median:.2f} / {max:.2f}".format(**buckets[h]["jaccard"])
            for h in heads
        )
        + " |",
        *(
            f"| exact Jaccard ≥ {t} (ceiling at threshold {t}) | "
            + " | ".join(f"{buckets[h]['reach'][str(t)]:.3f}" for h in heads)
            + " |"
            for t in REACH
        ),
        "",
        "| method | recall "
        + " | recall ".join(heads)
        + " | false pairs | unrelated pairs (J < 0.3) | seconds |",
        "|---|" + "---:|" * (len(heads) + 3),
    ]
    for name, m in methods.items():
        label = name.replace("sucai t=", "sucai MinHash, threshold ").replace(
            "simhash d<=", "SimHash, Hamming ≤ "
        )
        if name == "sucai t=0.7":
            label += " (default)"
        rows.append(
            f"| {label} | "
            + " | ".join(f"{m['recall'][h]:.3f}" for h in heads)
            + f" | {m['false_pairs']} | {m['unrelated_pairs']} | {m['seconds']:.1f} |"
        )
    rows.append("")
    rows.append(
        "false pairs: clustered together, not planted, exact Jaccard below the threshold "
        "(SimHash: below 0.7), counted over the whole set"
    )
    return "\n".join(rows)


def corpus_distributions() -> dict[str, Any]:
    """The measurements behind the thresholds (exact Jaccard of 5-gram shingles)."""
    from sucai.clean import Cleaner
    from sucai.segment import Segmenter

    d = Deduper()
    gov, cpc, xi = load(GOV), load(CPC), load(XI)
    docs = gov + cpc + xi
    sets = [shingles(r["text"], d.shingle) for r in docs]

    def jac(i: int, j: int) -> float:
        inter = len(sets[i] & sets[j])
        return inter / max(1, len(sets[i]) + len(sets[j]) - inter)

    res = [i for i, r in enumerate(docs) if r["title"].endswith("关于政府工作报告的决议")]
    res = [i for i in res if "第二届" not in docs[i]["title"]]  # the 1960s one stands alone
    term = {i: docs[i]["title"].split("全国人民代表大会")[0] for i in res}
    consecutive = list(itertools.pairwise(res))
    same_term = [(a, b) for a, b in consecutive if term[a] == term[b]]
    n_gov = len(gov)
    prov = [jac(i, j) for i, j in itertools.combinations(range(n_gov), 2)]
    res_set = set(res)
    others = []
    for i, j in itertools.combinations(range(len(docs)), 2):
        if i in res_set and j in res_set:
            continue
        value = jac(i, j)
        if value < 0.9:  # the 20th Congress report is in the set twice (a true duplicate)
            others.append((value, docs[i]["id"], docs[j]["id"]))
    others.sort(reverse=True)
    t0 = time.perf_counter()
    clusters = d.cluster_documents([(r["id"], r["text"]) for r in docs])
    t_docs = time.perf_counter() - t0
    # passages: template passages across provincial reports
    cleaner, seg = Cleaner(), Segmenter()
    ids, texts = [], []
    for r in gov:
        for p in seg.segment(cleaner.clean(r["text"]).text).passages:
            if len(p.text) >= 60:
                ids.append(r["id"])
                texts.append(p.text)
    sigs = d._sigs(texts)
    cand = d._candidates(sigs.matrix, 0.3)
    cross = []
    for a, b in cand.tolist():
        if ids[a] != ids[b]:
            cross.append(d.jaccard(texts[a], texts[b]))
    cross.sort(reverse=True)
    out = {
        "resolutions_consecutive_same_term": quantiles([jac(a, b) for a, b in same_term]),
        "resolutions_consecutive_all": quantiles([jac(a, b) for a, b in consecutive]),
        "resolutions_consecutive_pairs": [
            [docs[a]["id"], docs[b]["id"], round(jac(a, b), 4)] for a, b in consecutive
        ],
        "provincial_pairs": quantiles(prov),
        "other_pairs_top": [[round(v, 4), a, b] for v, a, b in others[:8]],
        "document_clusters": [c.to_dict() for c in clusters],
        "document_cluster_seconds": round(t_docs, 2),
        "provincial_passages": len(texts),
        "provincial_cross_passage_pairs_top_jaccard": [round(v, 4) for v in cross[:15]],
        "provincial_cross_passage_pairs_at_or_above": {
            str(t): sum(v >= t for v in cross) for t in (0.5, 0.6, 0.7)
        },
    }
    print("\n== corpus (exact Jaccard, 5-grams)")
    print("resolutions, consecutive, same NPC term:", out["resolutions_consecutive_same_term"])
    print("resolutions, consecutive, all:", out["resolutions_consecutive_all"])
    print("provincial reports, all pairs:", out["provincial_pairs"])
    print("nearest other different documents:", out["other_pairs_top"][:4])
    print(f"document clusters ({t_docs:.2f}s):")
    for c in clusters:
        print(f"  {c.size} sim {c.similarity:.3f} containment {c.containment}: {c.ids}")
    print("provincial template passages across reports, top Jaccard:", cross[:8])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--size", default="100k", help="100k (with the SimHash baseline) or 1m")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--threshold", type=float, default=0.7)
    ap.add_argument("--num-perm", type=int, default=128, help="MinHash values per signature")
    ap.add_argument("--no-corpus", action="store_true", help="skip the corpus measurements")
    ap.add_argument(
        "--no-names", action="store_true", help="skip the names-swapped set (5-20%% changed)"
    )
    ap.add_argument("--background", type=int, default=20_000, help="names-swapped set: passages")
    ap.add_argument("--per-bucket", type=int, default=500, help="names-swapped set: copies each")
    args = ap.parse_args(argv)
    if not PUBLIC.is_dir():
        print(f"the shared corpus is absent ({PUBLIC}); nothing to build passages from")
        return 1
    sizes = {"100k": 100_000, "1m": 1_000_000, "10k": 10_000}
    if args.size not in sizes:
        ap.error(f"--size must be one of {sorted(sizes)}")
    results: dict[str, Any] = {}
    if RESULTS.exists():
        results = json.loads(RESULTS.read_text(encoding="utf-8"))
    size = sizes[args.size]
    key = args.size if args.num_perm == 128 else f"{args.size}-perm{args.num_perm}"
    baseline = size <= 100_000 and args.num_perm == 128
    results[key] = run_size(size, args.seed, args.threshold, baseline, args.num_perm)
    results[key]["python"] = sys.version.split()[0]
    if not args.no_names:
        results["names_swapped"] = run_names_swapped(args.seed, args.background, args.per_bucket)
    if not args.no_corpus:  # after the timed run, so that its peak RSS is its own
        results["corpus"] = corpus_distributions()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\nsaved {RESULTS.relative_to(BENCH.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
