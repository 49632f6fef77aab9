"""Impact lists: a search answered from them equals the one FTS5 ranks itself, and stays
right while documents are added and removed after the lists were built."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from sucai import Library

# Our own vocabulary: a few common words (they get lists) among many rarer ones.
COMMON = ["改革", "服务", "群众", "项目", "质量", "保障"]
RARE = [
    "渠道",
    "窗口",
    "台账",
    "清单",
    "课题",
    "样板",
    "赛道",
    "梯队",
    "底线",
    "短板",
    "闭环",
    "试点",
    "矩阵",
    "链条",
    "纽带",
    "引擎",
]
FILL = ["推动", "加强", "落实", "完善", "提升", "健全", "深化", "统筹"]


def _passage(rng: random.Random) -> str:
    words = []
    for _ in range(rng.randint(6, 40)):
        r = rng.random()
        pool = COMMON if r < 0.12 else RARE if r < 0.2 else FILL
        words.append(rng.choice(pool))
    return "，".join("".join(words[i : i + 3]) for i in range(0, len(words), 3)) + "。"


def _documents(seed: int, n_docs: int) -> list[str]:
    rng = random.Random(seed)
    return ["\n".join(_passage(rng) for _ in range(12)) for _ in range(n_docs)]


QUERIES = [
    "改革",
    "服务",
    "群众",
    "质量",
    "改革 服务",
    "群众 项目",
    "改革 服务 质量",
    "项目 保障 群众 改革",
    "改革 渠道",
    "服务 台账 闭环",
    "-改革 服务",
]


def _ranked(lib: Library, query: str, limit: int = 10) -> list[tuple[int, float]]:
    return [(h.passage_id, round(h.score, 6)) for h in lib.search(query, limit=limit)]


def _same_ranking(a: list[tuple[int, float]], b: list[tuple[int, float]]) -> None:
    """Same scores in the same order; passages equal except where scores tie."""
    assert [s for _, s in a] == pytest.approx([s for _, s in b], rel=1e-6)
    cut = b[-1][1] if b else 0.0
    assert {p for p, s in a if s > cut * (1 + 1e-6)} == {p for p, s in b if s > cut * (1 + 1e-6)}


def test_impact_lists_answer_like_fts5(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        for i, text in enumerate(_documents(1, 150)):
            lib.add_text(text, title=f"文稿{i}")
        plain = {q: _ranked(lib, q) for q in QUERIES}
        meta = lib.optimize(min_df=400, depth=300)
        assert meta["terms"] >= len(COMMON)
        assert lib.store.impact_terms(COMMON).keys() == set(COMMON)
        rare = lib.store.impact_terms(RARE)
        assert len(rare) == len(RARE) and all(df < 400 for df, _ in rare.values())
        assert not lib.store.impact_list(RARE[0], 10)
        few: list[bool] = []
        original_few = lib.searcher._few_rank

        def spy(terms, pool):  # type: ignore[no-untyped-def]
            rows = original_few(terms, pool)
            few.append(rows is not None)
            return rows

        lib.searcher._few_rank = spy  # type: ignore[method-assign]
        for q in QUERIES:
            _same_ranking(_ranked(lib, q), plain[q])
        assert any(few)  # groups with a rare word, ranked from the stored idf
        # The lists really answer: no FTS5 ranking for a common word.
        calls: list[str] = []
        original = lib.store.rank_ids
        lib.store.rank_ids = lambda *a, **k: calls.append(a[0]) or original(*a, **k)  # type: ignore[method-assign]
        assert lib.search("改革", limit=10)
        assert calls == []
        assert lib.search("推动 -改革", limit=10)  # an exclusion, many matches: FTS5 ranks
        assert calls


def test_added_and_removed_after_the_build(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as lib:
        for i, text in enumerate(_documents(2, 150)):
            lib.add_text(text, title=f"文稿{i}")
        lib.optimize(min_df=400, depth=300)
        # A short passage where 质量 weighs most, added after the lists were built.
        extra = _documents(3, 1)[0].split("\n")
        extra.insert(3, "质量推动质量，质量提升质量。")
        new_id = lib.add_text("\n".join(extra), title="新增")
        top = lib.search("质量", limit=3)
        assert top[0].doc_id == new_id
        assert lib.store.impact_meta()["max_id"] < top[0].passage_id
        # Removing it takes it out of the answers; the ids it had may be given again.
        lib.remove(new_id)
        assert all(h.doc_id != new_id for h in lib.search("质量", limit=50))
        extra = _documents(4, 1)[0].split("\n")
        extra.insert(3, "质量落实质量，健全质量。")
        again = lib.add_text("\n".join(extra), title="再增")
        assert lib.search("质量", limit=1)[0].doc_id == again
        # A common word's best passages, now removed, do not come back from the lists.
        best = lib.search("服务", limit=1)[0]
        lib.remove(best.doc_id)
        assert all(h.doc_id != best.doc_id for h in lib.search("服务", limit=20))


def test_lists_are_rebuilt_as_the_library_grows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sucai.library as library

    monkeypatch.setattr(library, "IMPACT_MIN_DF", 100)
    with Library(tmp_path / "lib.db") as lib:
        docs = _documents(5, 40)
        for i, text in enumerate(docs[:20]):
            lib.add_text(text, title=f"文稿{i}")
        built = lib.store.impact_meta()
        assert built and built["max_id"] >= 100
        for i, text in enumerate(docs[20:]):
            lib.add_text(text, title=f"后稿{i}")
        assert lib.store.impact_meta()["max_id"] > built["max_id"]
        assert lib.store.impact_meta()["max_id"] >= 0.75 * lib.store.max_passage_id()


def test_threshold_algorithm_on_several_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every query of common words through the lists (none left to FTS5), lists long
    enough to be whole: the answer must be FTS5's, tier by tier."""
    import sucai.search as search

    with Library(tmp_path / "lib.db") as lib:
        for i, text in enumerate(_documents(6, 150)):
            lib.add_text(text, title=f"文稿{i}")
        plain = {q: _ranked(lib, q, 30) for q in QUERIES}
        lib.optimize(min_df=400, depth=5000)
        monkeypatch.setattr(search, "_EXACT", 0)
        used: list[int] = []
        original = lib.searcher._impact_rank

        def spy(terms, pool):  # type: ignore[no-untyped-def]
            rows = original(terms, pool)
            used.append(rows is not None)
            return rows

        monkeypatch.setattr(lib.searcher, "_impact_rank", spy)
        for q in QUERIES:
            _same_ranking(_ranked(lib, q, 30), plain[q])
        assert sum(used) >= 8


def test_filtered_search_from_the_lists(tmp_path: Path) -> None:
    """Date, document and theme filters over the lists' ranking give FTS5's answer."""
    with Library(tmp_path / "lib.db") as lib:
        ids = [
            lib.add_text(text, title=f"文稿{i}", date=f"{2019 + i % 6}-05-01")
            for i, text in enumerate(_documents(7, 150))
        ]
        cases = [
            ("改革", {"date_from": "2023"}),
            ("服务", {"date_from": "2020", "date_to": "2020"}),
            ("群众 项目", {"date_to": "2021"}),
            ("质量", {"doc_ids": ids[:30]}),
            ("改革 渠道", {"date_from": "2022"}),
        ]

        def ranked(q: str, kw: dict[str, object]) -> list[tuple[int, float]]:
            hits = lib.search(q, limit=10, **kw)  # type: ignore[arg-type]
            return [(h.passage_id, round(h.score, 6)) for h in hits]

        plain = [ranked(q, kw) for q, kw in cases]
        lib.optimize(min_df=400, depth=300)
        fts: list[str] = []
        original = lib.store.search
        lib.store.search = lambda *a, **k: fts.append(a[0]) or original(*a, **k)  # type: ignore[method-assign]
        for (q, kw), before in zip(cases, plain, strict=True):
            after = ranked(q, kw)
            assert after, (q, kw)
            _same_ranking(after, before)
            dates = {h.date for h in lib.search(q, limit=10, **kw)}  # type: ignore[arg-type]
            if "date_from" in kw:
                assert all(d and d >= str(kw["date_from"]) for d in dates)
        assert not fts  # every case answered from the lists or the stored idf
