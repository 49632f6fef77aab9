"""Near-duplicates from a stream: the same clusters as from a list, without holding the texts.

Why: ``Library.dupes`` feeds a million passages from SQLite; holding them as strings took
most of the 2 GB budget. The texts here are random CJK characters made up for the tests.
"""

from __future__ import annotations

import random
import tracemalloc
from collections.abc import Iterator

import numpy as np
import pytest

import sucai.analyze.dupes as dupes
from sucai.analyze.dupes import Deduper


def _text(rng: random.Random, n: int) -> str:
    return "".join(chr(0x4E00 + rng.randrange(3000)) for _ in range(n))


def _edited(rng: random.Random, text: str, share: float) -> str:
    chars = list(text)
    for i in rng.sample(range(len(chars)), int(share * len(chars))):
        chars[i] = chr(0x4E00 + rng.randrange(3000))
    return "".join(chars)


def _items() -> list[tuple[str, str]]:
    """Originals and copies edited a little or a lot: many pairs near the 0.7 threshold."""
    rng = random.Random(7)
    items = []
    for i in range(120):
        base = _text(rng, 200)
        items.append((f"{i}", base))
        for j, share in enumerate((0.01, 0.03, 0.04, 0.05, 0.06, 0.2)):
            items.append((f"{i}-{j}", _edited(rng, base, share)))
    items.append(("astral", "𠀀𠀁" + items[0][1]))  # outside the BMP, still UTF-8 in the file
    items.append(("blank", "。"))
    return items


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many batches, threads, and a spill file that leaves memory after 1 KB."""
    monkeypatch.setattr(dupes, "_BATCH_CHARS", 4096)
    monkeypatch.setattr(dupes, "_SPOOL_BYTES", 1024)


@pytest.mark.usefixtures("small_batches")
def test_cluster_of_a_generator_equals_cluster_of_a_list(monkeypatch: pytest.MonkeyPatch) -> None:
    items = _items()
    d = Deduper(workers=2)
    checked: list[tuple[np.ndarray, np.ndarray]] = []
    exact = d._exact_jaccard

    def spy(texts: dupes._Texts, pairs: np.ndarray) -> np.ndarray:
        out = exact(texts, pairs)
        checked.append((pairs.copy(), out.copy()))
        return out

    monkeypatch.setattr(d, "_exact_jaccard", spy)
    from_list = [c.to_dict() for c in d.cluster(items)]
    border_list = checked[:]
    checked.clear()
    from_stream = [c.to_dict() for c in d.cluster(x for x in items)]
    assert from_stream == from_list
    assert len(from_list) >= 100  # the originals with their light edits
    # the borderline pairs were decided on texts read back from the spill file: the right ones
    pairs = np.concatenate([p for p, _ in checked])
    values = np.concatenate([v for _, v in checked])
    assert len(pairs) >= 50
    assert np.array_equal(pairs, np.concatenate([p for p, _ in border_list]))
    for (a, b), value in zip(pairs.tolist(), values.tolist(), strict=True):
        assert value == pytest.approx(d.jaccard(items[a][1], items[b][1]), abs=0.02)


@pytest.mark.usefixtures("small_batches")
def test_documents_of_a_generator_equal_documents_of_a_list() -> None:
    rng = random.Random(3)
    docs = []
    for i in range(40):
        body = _text(rng, 3000)
        docs.append((f"d{i}", body))
        docs.append((f"d{i}-edit", _edited(rng, body, 0.08)))
        docs.append((f"d{i}-in", _text(rng, 2000) + body + _text(rng, 500)))  # contains it
    d = Deduper(workers=2)
    from_list = [c.to_dict() for c in d.cluster_documents(docs)]
    from_stream = [c.to_dict() for c in d.cluster_documents(x for x in docs)]
    assert from_stream == from_list
    assert sorted(sorted(c["ids"]) for c in from_list) == sorted(
        sorted([f"d{i}", f"d{i}-edit", f"d{i}-in"]) for i in range(40)
    )


@pytest.mark.usefixtures("small_batches")
def test_streamed_texts_are_not_held() -> None:
    """4,000 texts of 5,000 characters (40 MB as strings) cluster within about 10 MB."""

    def stream() -> Iterator[tuple[int, str]]:
        rng = np.random.default_rng(5)
        for i in range(4000):
            codes = rng.integers(0x4E00, 0x4E00 + 3000, 5000, dtype=np.uint32)
            yield i, codes.astype("<u4").tobytes().decode("utf-32-le")

    d = Deduper(workers=1)
    d.cluster([(0, "预热")])  # the normalization table, outside the measurement
    tracemalloc.start()
    try:
        clusters = d.cluster(stream())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert clusters == []
    assert peak < 12_000_000, f"peak {peak:,} bytes"


def test_texts_read_back_by_position(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dupes, "_SPOOL_BYTES", 64)
    texts = dupes._Texts()
    given = ["甲乙丙", "", "𠀀x\ud800y", "丁" * 100, "z"]
    for t in given:
        texts.add(t)
    assert texts.get([4, 0, 2, 3, 1]) == [given[4], given[0], given[2], given[3], given[1]]
    assert texts.has_text(np.arange(5)).tolist() == [True, False, True, True, True]
    texts.close()
