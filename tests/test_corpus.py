"""The issue's bar on real documents from ../shared/corpus (skipped when it is absent)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sucai import Library


def test_seed_compilation(lib: Library, seed_path: Path) -> None:
    report = lib.add([seed_path])
    assert len(report.added) == 1 and not report.failed
    doc = lib.document(report.added[0])
    # The 范文-site intro line is stripped as boilerplate, and names the title.
    assert [s["rule"] for s in doc["stripped"]] == ["fanwen-intro"]
    assert doc["stripped"][0]["text"].startswith("下面是小编为大家整理的")
    assert doc["title"].startswith("2022年劳模座谈会讲话素材")
    assert doc["date"] == "2022"
    assert "小编" not in lib.text(doc["id"])
    # Five numbered excerpts, five top-level sections in order, each with its own passages.
    sections = doc["sections"]
    excerpts = [s for s in sections if s["kind"] == "excerpt"]
    assert [s["heading"] for s in excerpts] == ["1", "2", "3", "4", "5"]
    assert all(s["level"] == 1 for s in excerpts)
    owned: dict[str, int] = {}
    current = None
    for s in sections:
        if s["kind"] == "excerpt":
            current = s["heading"]
        assert current is not None
        owned[current] = owned.get(current, 0) + len(s["passages"])
    assert all(owned[k] > 0 for k in "12345")
    # The fourth excerpt's 第一、… 第四、 are headings one level down.
    fourth = sections[sections.index(excerpts[3]) + 1 : sections.index(excerpts[4])]
    heads = [s for s in fourth if s["kind"] == "heading"]
    assert [s["heading"][:3] for s in heads] == ["第一、", "第二、", "第三、", "第四、"]
    assert all(s["level"] == 2 for s in heads)
    # Half-width commas of the seed became full-width.
    assert "," not in lib.text(doc["id"])


@pytest.mark.slow
def test_all_public_documents_ingest(
    lib: Library, public_dir: Path, public_records: list[dict[str, str]]
) -> None:
    records = public_records
    report = lib.add(sorted(public_dir.glob("*.jsonl")))
    assert report.failed == []
    assert len(report.added) + len(report.unchanged) == len(records) == 223
    counts = lib.store.counts()
    assert counts["passages"] == counts["fts_rows"] == report.passages
    assert lib.store.integrity() == "ok"
    by_ext = {d["id"]: d for d in records}
    docs = lib.documents()
    assert all(d.passages > 0 for d in docs)
    # Titles come from the records; every passage is a slice of the cleaned text.
    for info in docs[::20]:
        shown = lib.document(info.id)
        assert shown["title"] in {r["title"] for r in by_ext.values()}
        text = lib.text(info.id)
        for sec in shown["sections"]:
            for p in sec["passages"]:
                assert text[p["start"] : p["end"]] == p["text"]
                assert len(p["text"]) <= 700


@pytest.mark.slow
def test_indent_only_speeches_become_paragraphs(
    lib: Library, public_dir: Path, public_records: list[dict[str, str]]
) -> None:
    path = public_dir / "Xi-Jin-Ping-Speech-Analysis.jsonl"
    xi = [r for r in public_records if r["id"].startswith("xi-")]
    lib.add([path])
    indent_runs = sum(len(re.findall(r"[\u3000\u2003]{2,}", r["text"])) for r in xi)
    newlines = sum(r["text"].count("\n") for r in xi)
    assert newlines < len(xi)  # the texts really have (almost) no newlines
    paragraphs = 0
    for info in lib.documents():
        text = lib.text(info.id)
        paragraphs += text.count("\n") + 1
        assert not re.search(r"[\u3000\u2003]{2,}", text)
    # Every indent run became a paragraph break (boilerplate paragraphs are dropped).
    assert paragraphs >= 0.9 * indent_runs
    # The dateline and photo caption at the head of the news copies are stripped.
    assert all("新华社记者" not in lib.text(d.id)[:200] for d in lib.documents())


@pytest.mark.slow
def test_search_on_the_public_corpus(lib: Library, public_dir: Path) -> None:
    lib.add(sorted(public_dir.glob("*.jsonl")))
    passages = lib.passages()
    for query in ("劳模精神", "工会", "安全生产", "乡村振兴 共同富裕", "新质生产力 科技创新"):
        words = query.split()
        truth = {p["id"] for p in passages if all(w in p["text"] for w in words)}
        assert truth, query
        hits = lib.search(query, limit=len(truth) + 20)
        found = {h.passage_id for h in hits}
        # Every passage holding all the words verbatim is found (recall 1.0) ...
        assert truth <= found, (query, len(truth - found))
        # ... and ranks above passages that hold only some of them.
        top = hits[: len(truth)]
        assert sum(h.passage_id in truth for h in top) >= 0.9 * len(truth), query
        assert hits == sorted(hits, key=lambda h: -h.score)
    dated = lib.search("政府工作报告", date_from="2026", limit=20)
    assert dated and all((h.date or "") >= "2026" for h in dated)
