"""Near-duplicate passages and documents: MinHash over character shingles, LSH, verification.

Why this shape: official texts reuse whole passages (compilations copy excerpts, reports
repeat last year's paragraph with a few words changed), so a passage is compared as a set
of character 5-grams of its normalized text (punctuation, spaces and case dropped, full-width
forms folded). Jaccard similarity of those sets is estimated with 128 MinHash values
(strongly universal ``(a*x + b) >> 32`` hashing over 32-bit shingle hashes, all in NumPy, no
per-shingle Python), of which 16 bits each are stored: 256 bytes plus a 12-byte header,
deterministic across processes and machines. Candidate pairs come from LSH banding (sorted
band keys, no Python dicts), are verified on the signatures and, where texts are at hand and
the estimate is close to the threshold, on the exact shingle sets.

Thresholds were measured on the shared corpus (``bench/dupes.py --corpus``): edited copies of
a passage sit above 0.7 while template passages of different provincial reports stay below
0.53; whole documents need a lower bar (0.23) because the NPC resolutions on consecutive
government work reports share only 0.26-0.53 of their 5-grams, against at most 0.20 for the
nearest different documents (the same annual event's speeches) and 0.05 for the provincial
reports. A document copied into a longer one is caught by containment instead (>= 0.8 of the
shorter one's shingles in the longer).

Memory: inputs are streamed. Only the signature rows (256 bytes a text) are kept; texts that
came from an iterator are spilled to a temporary file and read back for the few exact checks,
so a 1M-passage library clusters within ~0.9 GB (issue 7's bar is 2 GB).
"""

from __future__ import annotations

import math
import os
import struct
from array import array
from collections import OrderedDict, deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from tempfile import SpooledTemporaryFile
from typing import Any, Generic, TypeVar

import numpy as np
import numpy.typing as npt

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

U64 = npt.NDArray[np.uint64]
U32 = npt.NDArray[np.uint32]
U16 = npt.NDArray[np.uint16]
I64 = npt.NDArray[np.int64]
I32 = npt.NDArray[np.int32]

_MAGIC = b"MH"
_VERSION = 1
_HEADER = struct.Struct("<2sBBHHI")  # magic, version, shingle, num_perm, seed, shingle count
_SEP = 0xE000  # private-use code point: never survives normalization, so it marks text ends
_PAD = 0xE001  # pads texts shorter than one shingle, so they still have one
_DEL = 0xFFFFFFFF
_MASK64 = (1 << 64) - 1
_BASE = np.uint64(0x100000001B3)  # rolling-hash base (FNV prime), odd
_BATCH_CHARS = 1 << 21  # characters normalized and hashed per NumPy batch
_SLICE = 1 << 15  # shingles per MinHash slice: num_perm x slice uint64 stays ~32 MB
_B16 = 1.0 / 65536.0  # chance that two different 16-bit MinHash values collide


def _splitmix64(state: int) -> tuple[int, int]:
    """One step of SplitMix64: a fixed, portable source of the permutation constants."""
    state = (state + 0x9E3779B97F4A7C15) & _MASK64
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK64
    return state, z ^ (z >> 31)


def _constants(count: int, seed: int) -> U64:
    state = seed * 0x2545F4914F6CDD1D & _MASK64
    out = []
    for _ in range(count):
        state, value = _splitmix64(state)
        out.append(value)
    return np.array(out, dtype=np.uint64)


_TABLE: U32 | None = None
_UNSEEN = 0xFFFFFFFE  # table entry not worked out yet


def _fold(cp: int) -> int:
    """A code point as compared (NFKC, lower case, first letter or digit kept) or _DEL."""
    import unicodedata

    ch = chr(cp)
    if ch.isalnum() or unicodedata.decomposition(ch):
        kept = [c for c in unicodedata.normalize("NFKC", ch).lower() if c.isalnum()]
        if kept:
            return ord(kept[0])
    return _DEL


def _table() -> U32:
    """Code point -> normalized code point (see ``_fold``), filled in lazily by ``_codes``.

    One table lookup per character is ~7x faster than ``unicodedata.normalize`` plus a
    regular expression over every passage; working out only the code points that occur
    (a few thousand) instead of all 1.1M makes the first call ~1 ms instead of ~0.6 s.
    """
    global _TABLE
    if _TABLE is None:
        table = np.full(0x110000, _UNSEEN, dtype=np.uint32)
        table[_SEP] = _SEP
        _TABLE = table
    return _TABLE


def _codes(texts: Sequence[str]) -> U32:
    """The normalized texts as one code point array, separated by _SEP."""
    sep = chr(_SEP)
    joined = sep.join(texts)
    if joined.count(sep) != max(len(texts) - 1, 0):
        joined = sep.join(t.replace(sep, "") for t in texts)
    raw = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    table = _table()
    mapped = table[raw]
    unseen = mapped == _UNSEEN
    if unseen.any():  # threads may fill the same entries: with the same values, harmless
        for cp in np.unique(raw[unseen]).tolist():
            table[cp] = _fold(cp)
        mapped = table[raw]
    return np.ascontiguousarray(mapped[mapped != _DEL], dtype=np.uint32)


def normalize(text: str) -> str:
    """Text as compared: letters and digits only, NFKC-folded, lower case."""
    codes = _codes([text])
    return codes.astype("<u4").tobytes().decode("utf-32-le")


def shingles(text: str, k: int = 5) -> set[str]:
    """Character k-grams of the normalized text (the whole text if it is shorter)."""
    norm = normalize(text)
    if not norm:
        return set()
    if len(norm) <= k:
        return {norm}
    return {norm[i : i + k] for i in range(len(norm) - k + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def _pad_short(codes: U32, k: int) -> U32:
    """Pad every text shorter than k (but not empty) with _PAD up to k characters."""
    if k <= 1 or len(codes) == 0:
        return codes
    seps = np.flatnonzero(codes == _SEP)
    ends = np.concatenate([seps, [len(codes)]])
    starts = np.concatenate([[0], seps + 1])
    lengths = ends - starts
    short = (lengths > 0) & (lengths < k)
    if not short.any():
        return codes
    where = np.repeat(ends[short], k - lengths[short])
    return np.insert(codes, where, np.uint32(_PAD)).astype(np.uint32)


def _shingle_hashes(texts: Sequence[str], k: int) -> tuple[U64, I64, I64]:
    """32-bit hashes of every k-gram position (as uint64), their text index, counts per text.

    Polynomial rolling hash over code points, then the MurmurHash3 finalizer; the top
    32 bits are kept. Everything is NumPy over the batch, never a Python loop per shingle.
    """
    codes = _pad_short(_codes(texts), k)
    n_texts = len(texts)
    n = len(codes)
    if n < k:
        empty = np.zeros(0, dtype=np.uint64)
        return empty, np.zeros(0, dtype=np.int64), np.zeros(n_texts, dtype=np.int64)
    m = n - k + 1
    c = codes.astype(np.uint64)
    h = c[:m].copy()
    for j in range(1, k):
        h *= _BASE
        h += c[j : j + m]
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xC4CEB9FE1A85EC53)
    h ^= h >> np.uint64(33)
    sep = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(codes == _SEP, out=sep[1:])
    valid = sep[k : k + m] == sep[:m]
    x = (h[valid] >> np.uint64(32)).astype(np.uint64)
    tid = sep[:m][valid]
    counts = np.bincount(tid, minlength=n_texts).astype(np.int64)
    return x, tid, counts


_SPOOL_BYTES = 1 << 25  # streamed texts stay in memory up to 32 MB, then go to a file
_BATCH_ITEMS = 1 << 14  # items per batch when they are mostly signatures (no characters)
R = TypeVar("R")


def _map_batches(
    values: Iterable[V], fn: Callable[[list[V]], R], workers: int, size: Callable[[V], int]
) -> Iterator[R]:
    """``fn`` over consecutive batches of ``values`` (about _BATCH_CHARS by ``size``), in order.

    Why: a stream of a million texts is never held whole; with ``workers`` > 1 the batches
    run on threads (NumPy releases the GIL in its loops), at most ``workers`` + 1 at a time.
    """

    def batches() -> Iterator[list[V]]:
        batch: list[V] = []
        total = 0
        for value in values:
            batch.append(value)
            total += size(value) + 1
            if total >= _BATCH_CHARS or len(batch) >= _BATCH_ITEMS:
                yield batch
                batch, total = [], 0
        if batch:
            yield batch

    if workers <= 1:
        for batch in batches():
            yield fn(batch)
        return
    pending: deque[Future[R]] = deque()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        try:
            for batch in batches():
                pending.append(pool.submit(fn, batch))
                while len(pending) > workers:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


class _Texts:
    """Texts by position, read again only for the exact checks near a threshold.

    Why: a million passages held as Python strings cost ~0.8 GB (and the freed strings
    left the heap fragmented), while only a few thousand are read again. A list or tuple
    the caller already holds is used as it is; texts from a stream go, UTF-8 encoded, to
    a temporary file (kept in memory while small) and are read back by offset.
    """

    def __init__(self, items: Sequence[tuple[Any, Any]] | None = None) -> None:
        self._items = items
        self._file: Any = None
        if items is None:  # closed by close()
            self._file = SpooledTemporaryFile(_SPOOL_BYTES)  # noqa: SIM115
        self._ends = array("q")  # end offset of each text in the file
        self._pending: list[bytes] = []
        self._pending_bytes = 0
        self._written = 0

    @property
    def streamed(self) -> bool:
        """True when the texts are added one by one (and kept in the file)."""
        return self._items is None

    def add(self, text: str) -> None:
        """Append a text ("" for an item given as a signature); streams only."""
        data = text.encode("utf-8", "surrogatepass")
        self._pending.append(data)
        self._pending_bytes += len(data)
        self._ends.append(self._written + self._pending_bytes)
        if self._pending_bytes >= 1 << 20:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._file.seek(self._written)
            self._file.write(b"".join(self._pending))
            self._written += self._pending_bytes
            self._pending, self._pending_bytes = [], 0

    def has_text(self, rows: I64) -> npt.NDArray[np.bool_]:
        """Whether each row was given as a non-empty text."""
        if self._items is not None:
            items = self._items
            return np.fromiter(
                (isinstance(v, str) and bool(v) for v in (items[i][1] for i in rows.tolist())),
                dtype=bool,
                count=len(rows),
            )
        ends = np.frombuffer(self._ends, dtype=np.int64)
        starts = np.concatenate([[0], ends[:-1]])
        return np.asarray(ends[rows] > starts[rows], dtype=bool)

    def get(self, rows: Sequence[int]) -> list[str]:
        if self._items is not None:
            return [str(self._items[i][1]) for i in rows]
        self._flush()
        out = []
        for i in rows:
            start = self._ends[i - 1] if i else 0
            self._file.seek(start)
            out.append(self._file.read(self._ends[i] - start).decode("utf-8", "surrogatepass"))
        return out

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


def _choose_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows): the most selective banding that still makes a pair at the
    threshold a candidate with probability >= 0.95."""
    for rows in range(num_perm, 0, -1):
        bands = num_perm // rows
        if 1.0 - (1.0 - threshold**rows) ** bands >= 0.95:
            return bands, rows
    return num_perm, 1


def _run_pairs(order: I64, keys: U64, window: int) -> I64:
    """Pairs of items sharing a key, as (i, j) rows with i < j.

    Within a run of equal keys each item is paired with the next ``window`` items and
    with the run's first item, so a run of n costs O(n * window), not O(n^2).
    """
    if len(keys) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    new = np.empty(len(keys), dtype=bool)
    new[0] = True
    np.not_equal(keys[1:], keys[:-1], out=new[1:])
    run_id = np.cumsum(new) - 1
    run_start = np.flatnonzero(new)
    run_len = np.diff(np.append(run_start, len(keys)))
    keep = run_len[run_id] >= 2
    if not keep.any():
        return np.zeros((0, 2), dtype=np.int64)
    pos = np.flatnonzero(keep)
    items = order[pos]
    rid = run_id[pos]
    offset = pos - run_start[rid]
    rlen = run_len[rid]
    parts = []
    for d in range(1, min(window, int(rlen.max()) - 1) + 1):
        sel = np.flatnonzero(offset + d < rlen)
        if len(sel) == 0:
            break
        parts.append(np.stack([items[sel], items[sel + d]], axis=1))
    far = np.flatnonzero(offset > window)
    if len(far):
        first = order[run_start[rid[far]]]
        parts.append(np.stack([first, items[far]], axis=1))
    pairs = np.concatenate(parts)
    return np.sort(pairs, axis=1)


def _unique_pairs(parts: list[I64], n: int) -> I64:
    if not parts:
        return np.zeros((0, 2), dtype=np.int64)
    both = np.concatenate(parts)
    both = both[both[:, 0] != both[:, 1]]
    codes = np.sort(both[:, 0] * n + both[:, 1])
    if len(codes):
        codes = codes[np.concatenate([[True], codes[1:] != codes[:-1]])]
    return np.stack([codes // n, codes % n], axis=1)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if ra < rb:
                ra, rb = rb, ra
            self.parent[ra] = rb

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return out


@dataclass
class Cluster(Generic[K]):
    """Near-duplicates linked by at least one verified pair (single linkage).

    ``similarity`` is the lowest pairwise Jaccard among the members (estimated from
    signatures for passages, exact for documents); with chains it can fall below the
    threshold, which is worth seeing. ``representative`` is the member most similar to
    the others (ties: the longest), the one to keep.
    """

    ids: list[K]
    size: int
    similarity: float
    representative: K
    mean_similarity: float
    containment: float | None = None  # documents: the highest share of one inside another
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "ids": list(self.ids),
            "size": self.size,
            "similarity": round(self.similarity, 4),
            "mean_similarity": round(self.mean_similarity, 4),
            "representative": self.representative,
        }
        if self.containment is not None:
            out["containment"] = round(self.containment, 4)
        return out


@dataclass
class _Sigs:
    matrix: U16  # (n, num_perm)
    counts: I64  # shingle positions per text (0: empty text, never near anything)


class Deduper:
    """Near-duplicate detection for passages (``cluster``) and documents (``cluster_documents``).

    ``threshold``: Jaccard for passages; ``doc_threshold``: Jaccard for whole documents;
    ``containment``: share of a shorter document's shingles found in a longer one.
    Signatures are only comparable between Dedupers with the same ``shingle``,
    ``num_perm`` and ``seed`` (checked). ``workers``: threads computing signatures
    (default: 2, or 1 on a single core).
    """

    def __init__(
        self,
        threshold: float = 0.7,
        shingle: int = 5,
        *,
        num_perm: int = 128,
        doc_threshold: float = 0.23,
        containment: float = 0.8,
        seed: int = 1,
        workers: int | None = None,
    ) -> None:
        for name, value in (
            ("threshold", threshold),
            ("doc_threshold", doc_threshold),
            ("containment", containment),
        ):
            if not 0.0 < value <= 1.0:
                raise ValueError(f"{name}={value} must be in (0, 1]")
        if not 1 <= shingle <= 32:
            raise ValueError(f"shingle={shingle} must be between 1 and 32")
        if not 8 <= num_perm <= 1024:
            raise ValueError(f"num_perm={num_perm} must be between 8 and 1024")
        if not 0 <= seed < 65536:
            raise ValueError(f"seed={seed} must be between 0 and 65535")
        self.threshold = threshold
        self.shingle = shingle
        self.num_perm = num_perm
        self.doc_threshold = doc_threshold
        self.containment = containment
        self.seed = seed
        self.workers = workers if workers is not None else min(2, os.cpu_count() or 1)
        consts = _constants(2 * num_perm, seed)
        self._a = (consts[:num_perm] | np.uint64(1)).reshape(-1, 1)
        self._b = consts[num_perm:].reshape(-1, 1)
        self._band_mult = _constants(num_perm, seed + 0x5EED) | np.uint64(1)
        self._header = (shingle, num_perm, seed)

    # -- signatures ---------------------------------------------------------------
    def _minhash(self, x: U64, tid: I64, n_texts: int) -> U16:
        """MinHash rows for texts whose shingle hashes ``x`` are grouped by ``tid``."""
        p = self.num_perm
        best = np.full((p, n_texts), np.iinfo(np.uint64).max, dtype=np.uint64)
        buf = np.empty((p, min(_SLICE, len(x))), dtype=np.uint64)
        for s in range(0, len(x), _SLICE):
            xs = x[s : s + _SLICE]
            ts = tid[s : s + _SLICE]
            w = len(xs)
            view = buf[:, :w]
            np.multiply(self._a, xs[np.newaxis, :], out=view)
            view += self._b
            starts = np.flatnonzero(np.concatenate([[True], ts[1:] != ts[:-1]]))
            low = np.minimum.reduceat(view, starts, axis=1)
            cols = ts[starts]
            best[:, cols] = np.minimum(best[:, cols], low)
        return ((best >> np.uint64(32)) & np.uint64(0xFFFF)).astype(np.uint16).T.copy()

    def _block(self, values: list[str | bytes]) -> tuple[U16, I64]:
        """Signature rows of one batch: texts hashed, given signatures unpacked."""
        n = len(values)
        matrix = np.empty((n, self.num_perm), dtype=np.uint16)
        counts = np.zeros(n, dtype=np.int64)
        text_at = [i for i, v in enumerate(values) if isinstance(v, str)]
        blob_at = [i for i, v in enumerate(values) if not isinstance(v, str)]
        if blob_at:
            at = np.asarray(blob_at, dtype=np.int64)
            blobs = [v for v in values if not isinstance(v, str)]
            matrix[at], counts[at] = self._unpack_many(blobs)
        if text_at:
            texts = [v for v in values if isinstance(v, str)]
            x, tid, cnt = _shingle_hashes(texts, self.shingle)
            at = np.asarray(text_at, dtype=np.int64)
            matrix[at] = self._minhash(x, tid, len(texts))
            counts[at] = cnt
        return matrix, counts

    def _sigs(self, values: Iterable[str | bytes]) -> _Sigs:
        """Signatures of a stream of texts (or signatures), batch by batch on ``workers``
        threads; only the uint16 rows are kept."""
        _table()
        blocks = list(_map_batches(values, self._block, self.workers, len))
        if not blocks:
            return _Sigs(np.zeros((0, self.num_perm), np.uint16), np.zeros(0, np.int64))
        matrix = np.concatenate([m for m, _ in blocks])
        counts = np.concatenate([c for _, c in blocks])
        return _Sigs(matrix, counts)

    def _pack(self, row: U16, count: int) -> bytes:
        k, p, seed = self._header
        head = _HEADER.pack(_MAGIC, _VERSION, k, p, seed, min(count, 0xFFFFFFFF))
        return head + row.astype("<u2").tobytes()

    def _unpack(self, sig: bytes | bytearray | memoryview) -> tuple[U16, int]:
        data = bytes(sig)
        if len(data) < _HEADER.size:
            raise ValueError("not a sucai near-duplicate signature (too short)")
        magic, version, k, p, seed, count = _HEADER.unpack_from(data)
        if magic != _MAGIC or version != _VERSION:
            raise ValueError("not a sucai near-duplicate signature (bad header)")
        if (k, p, seed) != self._header:
            raise ValueError(
                f"signature made with shingle={k}, num_perm={p}, seed={seed}; this Deduper "
                f"uses shingle={self.shingle}, num_perm={self.num_perm}, seed={self.seed}"
            )
        if len(data) != _HEADER.size + 2 * p:
            raise ValueError("not a sucai near-duplicate signature (bad length)")
        return np.frombuffer(data, dtype="<u2", offset=_HEADER.size).astype(np.uint16), count

    def signature(self, text: str) -> bytes:
        """Compact MinHash signature of a text (268 bytes for 128 permutations)."""
        sigs = self._sigs([text])
        return self._pack(sigs.matrix[0], int(sigs.counts[0]))

    def signatures(self, texts: Sequence[str]) -> list[bytes]:
        """Signatures of many texts at once (batched: ~50k passages a second)."""
        sigs = self._sigs(texts)
        n, size = len(texts), _HEADER.size + 2 * self.num_perm
        block = np.empty((n, size), dtype=np.uint8)
        block[:, :8] = np.frombuffer(self._pack(np.zeros(0, np.uint16), 0)[:8], dtype=np.uint8)
        counts = np.minimum(sigs.counts, 0xFFFFFFFF).astype("<u4")
        block[:, 8:12] = counts.view(np.uint8).reshape(n, 4)
        block[:, 12:] = sigs.matrix.astype("<u2").view(np.uint8).reshape(n, -1)
        return [row.tobytes() for row in block]

    def _estimate(self, matches: npt.ArrayLike) -> npt.NDArray[np.float64]:
        """Jaccard from the share of equal 16-bit values, minus accidental collisions."""
        frac = np.asarray(matches, dtype=np.float64) / self.num_perm
        return np.clip((frac - _B16) / (1.0 - _B16), 0.0, 1.0)

    def similarity(self, sig_a: bytes, sig_b: bytes) -> float:
        """Estimated Jaccard similarity of the two texts' shingle sets."""
        a, ca = self._unpack(sig_a)
        b, cb = self._unpack(sig_b)
        if ca == 0 or cb == 0:
            return 0.0
        return float(self._estimate(np.count_nonzero(a == b)))

    def is_near(self, text_a: str, text_b: str) -> bool:
        """Exact check of two passages: Jaccard of their shingle sets >= threshold."""
        return self.jaccard(text_a, text_b) >= self.threshold

    def jaccard(self, text_a: str, text_b: str) -> float:
        """Exact Jaccard similarity of two texts' shingle sets."""
        return jaccard(shingles(text_a, self.shingle), shingles(text_b, self.shingle))

    def near(
        self,
        sig: bytes | str,
        candidates: Mapping[K, bytes] | Iterable[tuple[K, bytes]],
        threshold: float | None = None,
    ) -> list[tuple[K, float]]:
        """Which candidates this one is near: (id, estimated Jaccard), most similar first."""
        t = self.threshold if threshold is None else threshold
        row, count = self._unpack(self.signature(sig) if isinstance(sig, str) else sig)
        pairs = list(candidates.items() if isinstance(candidates, Mapping) else candidates)
        if count == 0 or not pairs:
            return []
        rows, counts = zip(*(self._unpack(s) for _, s in pairs), strict=True)
        matrix = np.stack(rows)
        sims = self._estimate(np.count_nonzero(matrix == row, axis=1))
        sims[np.asarray(counts) == 0] = 0.0
        hits = [(pairs[i][0], float(sims[i])) for i in np.flatnonzero(sims >= t)]
        return sorted(hits, key=lambda h: -h[1])

    # -- passages -----------------------------------------------------------------
    def _collect(self, items: Iterable[tuple[K, str | bytes]]) -> tuple[list[K], _Sigs, _Texts]:
        """Ids, signatures, and the texts for exact checks ("" where a signature was given)."""
        ids: list[K] = []
        held = items if isinstance(items, list | tuple) else None
        texts = _Texts(held)

        def values() -> Iterator[str | bytes]:
            for key, value in items:
                if isinstance(value, str):
                    text: str | bytes = value
                elif isinstance(value, bytes | bytearray | memoryview):
                    text = bytes(value)
                else:
                    raise TypeError(f"item {key!r}: expected a text or a signature, not {value!r}")
                ids.append(key)
                if texts.streamed:
                    texts.add(text if isinstance(text, str) else "")
                yield text

        return ids, self._sigs(values()), texts

    def _unpack_many(self, blobs: list[bytes]) -> tuple[U16, I64]:
        """Many signatures at once: one buffer, headers checked as a block."""
        size = _HEADER.size + 2 * self.num_perm
        if any(len(b) != size for b in blobs):
            for b in blobs:
                self._unpack(b)  # raises with the reason
        raw = np.frombuffer(b"".join(blobs), dtype=np.uint8).reshape(len(blobs), size)
        expected = np.frombuffer(self._pack(np.zeros(0, np.uint16), 0)[:8], dtype=np.uint8)
        if not (raw[:, :8] == expected).all():
            for b in blobs:
                self._unpack(b)
        counts = raw[:, 8:12].copy().view("<u4").reshape(-1).astype(np.int64)
        matrix = raw[:, _HEADER.size :].copy().view("<u2").astype(np.uint16)
        return matrix, counts

    def cluster(
        self, items: Iterable[tuple[K, str | bytes]], threshold: float | None = None
    ) -> list[Cluster[K]]:
        """Clusters (size >= 2, largest first) of near-duplicate passages.

        ``items``: (id, text) or (id, signature). Identical signatures are merged first,
        LSH bands propose pairs, the signatures verify them; when both texts are given and
        the estimate is within 2.5 standard errors of the threshold, the exact Jaccard
        decides.
        """
        t = self.threshold if threshold is None else threshold
        ids, sigs, texts = self._collect(items)
        try:
            groups = self._cluster_matrix(sigs, t, texts)
        finally:
            texts.close()
        return self._finish(ids, sigs, groups)

    def _row_keys(self, matrix: U16, rows: I64 | None = None) -> U64:
        """A 64-bit hash of each signature row: equal rows, equal keys."""
        n = len(matrix) if rows is None else len(rows)
        keys = np.empty(n, dtype=np.uint64)
        step = 1 << 14
        for s in range(0, n, step):
            part = matrix[s : s + step] if rows is None else matrix[rows[s : s + step]]
            block = part.astype(np.uint64)
            block *= self._band_mult
            keys[s : s + step] = block.sum(axis=1, dtype=np.uint64)
        return keys

    def _pair_estimates(self, matrix: U16, pairs: I64) -> npt.NDArray[np.float64]:
        out = np.empty(len(pairs), dtype=np.float64)
        step = 1 << 17
        for s in range(0, len(pairs), step):
            chunk = pairs[s : s + step]
            eq = np.count_nonzero(matrix[chunk[:, 0]] == matrix[chunk[:, 1]], axis=1)
            out[s : s + step] = self._estimate(eq)
        return out

    def _candidates(self, matrix: U16, threshold: float, rows: I64 | None = None) -> I64:
        """Candidate pairs (row indices of ``matrix``, or of ``rows`` when given)."""
        bands, width = _choose_bands(threshold, self.num_perm)
        n = len(matrix) if rows is None else len(rows)
        parts: list[I64] = []
        for band in range(bands):
            cols = slice(band * width, (band + 1) * width)
            block = (matrix[:, cols] if rows is None else matrix[rows, cols]).astype(np.uint64)
            block *= self._band_mult[:width]
            keys = block.sum(axis=1, dtype=np.uint64)
            order = np.argsort(keys, kind="stable").astype(np.int64)
            pairs = _run_pairs(order, keys[order], window=32)
            if len(pairs):
                parts.append(pairs)
        return _unique_pairs(parts, max(n, 1))

    def _exact_jaccard(self, texts: _Texts, pairs: I64) -> npt.NDArray[np.float64]:
        """Exact Jaccard of text pairs over their hashed shingle sets, hashed in batches."""
        out = np.empty(len(pairs), dtype=np.float64)
        step = 1 << 13
        for s in range(0, len(pairs), step):
            chunk = pairs[s : s + step]
            involved, inverse = np.unique(chunk, return_inverse=True)
            x, _, counts = _shingle_hashes(texts.get(involved.tolist()), self.shingle)
            ends = np.cumsum(counts).tolist()
            starts = [0, *ends[:-1]]
            sets: list[set[int] | None] = [None] * len(involved)
            for j, (a, b) in enumerate(inverse.reshape(-1, 2).tolist()):
                sa, sb = sets[a], sets[b]
                if sa is None:
                    sa = sets[a] = set(x[starts[a] : ends[a]].tolist())
                if sb is None:
                    sb = sets[b] = set(x[starts[b] : ends[b]].tolist())
                inter = len(sa & sb)
                union = len(sa) + len(sb) - inter
                out[s + j] = inter / union if union else 0.0
        return out

    def _cluster_matrix(self, sigs: _Sigs, threshold: float, texts: _Texts) -> list[I64]:
        """Groups of row indices (each of size >= 2) that are near-duplicates."""
        live = np.flatnonzero(sigs.counts > 0)
        if len(live) < 2:
            return []
        matrix = sigs.matrix
        # identical signatures first: a passage repeated thousands of times is one node
        _, first, inverse = np.unique(
            self._row_keys(matrix, live), return_index=True, return_inverse=True
        )
        node_rows = live[first]  # one row of the signature matrix per distinct signature
        pairs = self._candidates(matrix, threshold, node_rows)
        edges = np.zeros((0, 2), dtype=np.int64)
        if len(pairs):
            est = self._pair_estimates(matrix, node_rows[pairs])
            accept = est >= threshold
            margin = 2.5 * math.sqrt(max(threshold * (1 - threshold), 0.01) / self.num_perm)
            border = np.flatnonzero(np.abs(est - threshold) < margin)
            rows = node_rows[pairs[border]]
            if len(rows):
                with_text = texts.has_text(rows[:, 0]) & texts.has_text(rows[:, 1])
                border, rows = border[with_text], rows[with_text]
                accept[border] = self._exact_jaccard(texts, rows) >= threshold
            edges = pairs[accept]
        uf = _UnionFind(len(node_rows))
        for a, b in edges.tolist():
            uf.union(a, b)
        root = np.asarray([uf.find(i) for i in range(len(node_rows))], dtype=np.int64)
        comp = root[inverse.reshape(-1)]
        order = np.argsort(comp, kind="stable")
        bounds = np.flatnonzero(np.diff(comp[order])) + 1
        return [m for m in np.split(live[order], bounds) if len(m) >= 2]

    def _finish(self, ids: list[K], sigs: _Sigs, groups: list[I64]) -> list[Cluster[K]]:
        clusters = []
        for members in groups:
            members = np.sort(members)
            rows = sigs.matrix[members]
            if len(members) <= 64:
                first = np.arange(len(members), dtype=np.int64)
                weight = np.ones(len(members), dtype=np.int64)
            else:  # many members: one row per distinct signature, weighted
                _, first, weight = np.unique(
                    self._row_keys(rows), return_index=True, return_counts=True
                )
            sampled = len(first) > _MAX_STATS_ROWS
            if sampled:  # a chain of thousands of distinct rows: statistics on a sample
                pick = np.linspace(0, len(first) - 1, _MAX_STATS_ROWS).astype(np.int64)
                first, weight = first[pick], weight[pick]
            sims = self._pairwise(rows[first])
            cluster = _make(ids, members, first, weight, sims, sigs.counts[members][first])
            if sampled:
                cluster.meta["sampled_rows"] = _MAX_STATS_ROWS
            clusters.append(cluster)
        return _ordered(clusters)

    def _pairwise(self, rows: U16) -> npt.NDArray[np.float64]:
        """Estimated pairwise Jaccard among rows (a cluster's distinct signatures)."""
        n = len(rows)
        out = np.empty((n, n), dtype=np.float64)
        step = max(1, (1 << 22) // max(1, n * self.num_perm))
        for s in range(0, n, step):
            eq = np.count_nonzero(rows[s : s + step, None, :] == rows[None, :, :], axis=2)
            out[s : s + step] = self._estimate(eq)
        return out

    # -- documents ----------------------------------------------------------------
    def cluster_documents(
        self,
        docs: Iterable[tuple[K, str]],
        threshold: float | None = None,
        containment: float | None = None,
    ) -> list[Cluster[K]]:
        """Clusters of near-duplicate documents (size >= 2, largest first).

        Two documents are near when the exact Jaccard of their shingle sets is at least
        ``doc_threshold`` or at least ``containment`` of the shorter one's shingles are in
        the longer one (a document copied into a compilation). Candidates: LSH on MinHash
        for Jaccard, a 1-in-8 sample of shingles for containment; both verified exactly.
        """
        t = self.doc_threshold if threshold is None else threshold
        c_min = self.containment if containment is None else containment
        ids: list[K] = []
        held = docs if isinstance(docs, list | tuple) else None
        texts = _Texts(held)
        try:
            return self._cluster_docs(docs, ids, texts, t, c_min)
        finally:
            texts.close()

    def _cluster_docs(
        self, docs: Iterable[tuple[K, str]], ids: list[K], texts: _Texts, t: float, c_min: float
    ) -> list[Cluster[K]]:
        def stream() -> Iterator[str]:
            for key, text in docs:
                ids.append(key)
                if texts.streamed:
                    texts.add(text)
                yield text

        matrix, counts, samples, owners = self._doc_pass(stream())
        n = len(ids)
        if n < 2:
            return []
        cache: OrderedDict[int, U32] = OrderedDict()
        cached = [0]

        def hashes(i: int) -> U32:
            """A document's sorted unique shingle hashes; the most recent ones are kept
            (up to _DOC_CACHE values), since every document is read again from ``texts``."""
            if i in cache:
                cache.move_to_end(i)
                return cache[i]
            x, _, _ = _shingle_hashes(texts.get([i]), self.shingle)
            found = x.astype(np.uint32)  # 32-bit values: sorting those is ~6x np.unique's time
            found.sort()
            if len(found) > 1:
                found = found[np.concatenate([[True], found[1:] != found[:-1]])]
            cache[i] = found
            cached[0] += len(found)
            while cached[0] > _DOC_CACHE and len(cache) > 1:
                cached[0] -= len(cache.popitem(last=False)[1])
            return found

        parts: list[I64] = []
        lsh = self._candidates(matrix, t)
        if len(lsh):  # loose filter on the estimate; the exact Jaccard decides below
            est = self._pair_estimates(matrix, lsh)
            margin = 3.0 * math.sqrt(max(t * (1 - t), 0.01) / self.num_perm)
            parts.append(lsh[est >= t - margin])
        parts.append(_containment_candidates(samples, owners, n, c_min))
        pairs = _unique_pairs(parts, n)
        uf = _UnionFind(n)
        for a, b in pairs.tolist():
            if counts[a] == 0 or counts[b] == 0 or uf.find(a) == uf.find(b):
                continue  # already linked: the check could not change the clusters
            jac, con = _exact(hashes(a), hashes(b))
            if jac >= t or con >= c_min:
                uf.union(a, b)
        clusters = []
        for group in uf.groups().values():
            if len(group) < 2:
                continue
            idx = np.asarray(sorted(group), dtype=np.int64)
            # exact pairwise statistics; a very large cluster is measured on a sample
            first = np.linspace(0, len(idx) - 1, min(len(idx), _MAX_DOC_STATS)).astype(np.int64)
            m = len(first)
            sims = np.eye(m)
            best_c = 0.0
            for i in range(m):
                for j in range(i + 1, m):
                    jac, con = _exact(hashes(int(idx[first[i]])), hashes(int(idx[first[j]])))
                    sims[i, j] = sims[j, i] = jac
                    best_c = max(best_c, con)
            lengths = np.asarray([len(hashes(int(idx[i]))) for i in first], dtype=np.int64)
            weight = np.ones(m, dtype=np.int64)
            cluster = _make(ids, idx, first, weight, sims, lengths, containment=best_c)
            if m < len(idx):
                cluster.meta["sampled_rows"] = m
            clusters.append(cluster)
        return _ordered(clusters)

    def _doc_block(self, texts: list[str]) -> tuple[U16, I64, U64]:
        x, tid, cnt = _shingle_hashes(texts, self.shingle)
        keep = (x & np.uint64(_SAMPLE - 1)) == 0
        sample = np.unique((x[keep] << np.uint64(32)) | tid[keep].astype(np.uint64))
        return self._minhash(x, tid, len(texts)), cnt, sample

    def _doc_pass(self, texts: Iterable[str]) -> tuple[U16, I64, U32, I32]:
        """One pass over the documents: MinHash rows, shingle counts, and the 1-in-8
        shingle sample (hash, document), sorted by hash then document, used to find
        containment. Batches run on ``workers`` threads; the texts are not kept."""
        _table()
        rows: list[U16] = []
        counts: list[I64] = []
        sample_parts: list[U64] = []
        lo = 0
        for m, cnt, sample in _map_batches(texts, self._doc_block, self.workers, len):
            rows.append(m)
            counts.append(cnt)
            sample_parts.append(sample + np.uint64(lo))  # document numbers in the low bits
            lo += len(cnt)
        if not rows:
            return (
                np.zeros((0, self.num_perm), np.uint16),
                np.zeros(0, np.int64),
                np.zeros(0, np.uint32),
                np.zeros(0, np.int32),
            )
        combined = np.concatenate(sample_parts)
        del sample_parts
        combined.sort()
        samples = (combined >> np.uint64(32)).astype(np.uint32)
        owners = (combined & np.uint64(0xFFFFFFFF)).astype(np.int32)
        return np.concatenate(rows), np.concatenate(counts), samples, owners


_MAX_STATS_ROWS = 1000  # passages: cluster statistics on at most this many distinct rows
_MAX_DOC_STATS = 60  # documents: exact statistics on at most this many members
_SAMPLE = 8  # documents: 1 in 8 shingles indexed for containment
_DOC_CACHE = 1 << 26  # documents: shingle hashes kept for exact checks (256 MB of uint32)


def _containment_candidates(
    samples: U32, owners: I32, n: int, c_min: float, cap: int = 64, budget: int = 1 << 21
) -> I64:
    """Pairs where the shorter document may lie mostly inside the longer one.

    Each document's 1-in-8 shingle sample (the same shingles for every document; sorted
    by hash, then document) is an inverted index; shingles in more than ``cap`` documents
    (stock phrases) are skipped, and a pair is proposed when it shares at least half the
    containment bar of the shorter document's remaining sample. Documents probe the index
    a chunk at a time, so memory stays within ``budget`` pair occurrences however much
    sentences recur; whole-sample arrays are 32-bit (18M samples at 1M passages).
    """
    empty = np.zeros((0, 2), dtype=np.int64)
    if len(samples) < 2:
        return empty
    keys, owner = samples, owners
    new = np.empty(len(keys), dtype=bool)
    new[0] = True
    np.not_equal(keys[1:], keys[:-1], out=new[1:])
    run_id = np.cumsum(new, dtype=np.int32) - 1
    run_start = np.flatnonzero(new)
    del new
    run_len = np.bincount(run_id).astype(np.int32)
    length = run_len[run_id]
    rare = length <= cap
    usable = np.bincount(owner[rare], minlength=n)  # the sample that can count
    usable_at = rare & (length > 1)  # ... and the part that can be shared
    del rare, length
    # each usable sample, grouped by its document: where its posting list starts, how long
    pos = np.flatnonzero(usable_at)
    by_doc = np.argsort(owner[pos], kind="stable")
    pos = pos[by_doc]
    doc_of = owner[pos]
    p_start = run_start[run_id[pos]]
    p_len = run_len[run_id[pos]].astype(np.int64)
    del run_id, usable_at
    out: list[I64] = []
    cum = np.cumsum(p_len)
    lo = 0
    while lo < len(pos):
        hi = int(np.searchsorted(cum, (cum[lo - 1] if lo else 0) + budget, side="right"))
        hi = max(hi, lo + 1)
        while hi < len(pos) and doc_of[hi] == doc_of[hi - 1]:
            hi += 1  # a document's samples stay in one chunk, so its counts are whole
        lens = p_len[lo:hi]
        total = int(lens.sum())
        base = np.repeat(p_start[lo:hi] - (np.cumsum(lens) - lens), lens)
        other = owner[base + np.arange(total)].astype(np.int64)
        this = np.repeat(doc_of[lo:hi].astype(np.int64), lens)
        keep = other > this
        codes, shared = np.unique(this[keep] * n + other[keep], return_counts=True)
        a, b = codes // n, codes % n
        need = np.maximum(2, 0.5 * c_min * np.minimum(usable[a], usable[b]))
        ok = shared >= need
        if ok.any():
            out.append(np.stack([a[ok], b[ok]], axis=1))
        lo = hi
    return np.concatenate(out) if out else empty


def _make(
    ids: list[K],
    members: I64,
    first: I64,
    weight: I64,
    sims: npt.NDArray[np.float64],
    lengths: npt.NDArray[Any],
    containment: float | None = None,
) -> Cluster[K]:
    """A Cluster from the pairwise similarities of its distinct rows.

    ``first[i]`` is the position (within ``members``) of distinct row i and ``weight[i]``
    how many members share it, so a passage copied a thousand times costs one row.
    """
    m = len(members)
    u = len(first)
    w = weight.astype(np.float64)
    off = ~np.eye(u, dtype=bool)
    same_pairs = float((w * (w - 1) / 2).sum())
    cross = float((np.outer(w, w) * sims * off).sum() / 2)
    total = float(w.sum())
    total_pairs = total * (total - 1) / 2
    mean = (same_pairs + cross) / total_pairs if total_pairs else 1.0
    lowest = float(sims[off].min()) if u > 1 else 1.0
    score = (w - 1) + (sims * off) @ w
    best = max(range(u), key=lambda i: (round(float(score[i]), 9), int(lengths[i]), -i))
    return Cluster(
        ids=[ids[int(i)] for i in members],
        size=m,
        similarity=lowest,
        representative=ids[int(members[int(first[best])])],
        mean_similarity=min(mean, 1.0),
        containment=containment,
    )


def _exact(a: U32, b: U32) -> tuple[float, float]:
    """(Jaccard, containment of the smaller in the larger) of two sorted unique arrays.

    The smaller array is looked up in the larger (binary search): ~2.5x faster than
    ``np.intersect1d``, which sorts both again.
    """
    if len(a) == 0 or len(b) == 0:
        return 0.0, 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    at = np.searchsorted(large, small)
    np.minimum(at, len(large) - 1, out=at)
    inter = int(np.count_nonzero(large[at] == small))
    return inter / (len(a) + len(b) - inter), inter / len(small)


def _ordered(clusters: list[Cluster[K]]) -> list[Cluster[K]]:
    return sorted(clusters, key=lambda c: (-c.size, -c.similarity))
