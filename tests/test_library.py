"""The Library over a real SQLite file: add, idempotence, replace, remove, search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sucai import Library
from sucai.errors import AmbiguousIdError, DocumentNotFoundError, LibraryError, QueryError
from sucai.store import Store
from sucai.store.migrations import MIGRATIONS

SAFETY = """在青禾县安全生产工作会议上的讲话
（2023年6月1日）
同志们：
一、清醒认识安全生产形势
安全生产是发展的底线，任何时候都不能放松。今年以来全县没有发生较大事故，但隐患排查还有死角。
二、压实安全生产责任
要把责任落实到每一个岗位、每一名职工，做到层层有人抓、事事有人管。
"""

CRAFT = """在澄川市技能人才表彰会上的讲话
（2024年9月10日）
同志们：
工匠精神是执着专注、精益求精的职业操守。要让劳模精神和工匠精神在全市蔚然成风。
技能人才是产业发展的重要支撑，要完善技能人才评价体系，让能工巧匠有奔头。
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_add_stores_document_sections_passages(
    lib: Library, tmp_path: Path, sample_text: str
) -> None:
    path = write(tmp_path, "a.txt", sample_text)
    report = lib.add([path])
    assert len(report.added) == 1 and not report.failed
    doc = lib.document(report.added[0])
    assert doc["title"] == "在青禾县2025年劳动模范表彰大会上的讲话"
    assert doc["date"] == "2025-04-29"
    assert doc["format"] == "txt" and doc["encoding"] == "utf-8"
    assert doc["content_hash"].startswith(doc["id"])
    text = lib.text(doc["id"])
    n = 0
    for sec in doc["sections"]:
        for p in sec["passages"]:
            assert text[p["start"] : p["end"]] == p["text"]
            n += 1
    assert n == report.passages == lib.documents()[0].passages


def test_same_content_twice_adds_nothing(lib: Library, tmp_path: Path, sample_text: str) -> None:
    a = write(tmp_path, "a.txt", sample_text)
    b = tmp_path / "copy_in_gbk.txt"
    b.write_bytes(sample_text.replace("\n", "\r\n").encode("gbk"))
    first = lib.add([a])
    second = lib.add([a, b])
    assert second.added == [] and second.unchanged == first.added * 2
    assert lib.store.counts()["documents"] == 1


def test_changed_file_replaces_its_old_version(lib: Library, tmp_path: Path) -> None:
    path = write(tmp_path, "s.txt", SAFETY)
    old = lib.add([path]).added[0]
    path.write_text(SAFETY + "三、强化应急处置\n要完善应急预案，定期开展演练。\n", encoding="utf-8")
    report = lib.add([path])
    assert report.replaced == [old] and len(report.added) == 1
    assert [d.id for d in lib.documents()] == report.added
    with pytest.raises(DocumentNotFoundError):
        lib.document(old)


def test_remove_deletes_passages_and_index_rows(lib: Library, tmp_path: Path) -> None:
    ids = lib.add([write(tmp_path, "s.txt", SAFETY), write(tmp_path, "c.txt", CRAFT)]).added
    assert lib.search("安全生产")
    before = lib.store.counts()
    info = lib.remove(ids[0][:6])  # a unique prefix is enough
    after = lib.store.counts()
    assert info.id == ids[0]
    assert after["documents"] == 1
    assert after["passages"] == after["fts_rows"] == before["passages"] - info.passages
    assert after["sections"] < before["sections"]
    assert lib.search("安全生产") == []
    assert lib.store.integrity() == "ok"


def test_unknown_and_ambiguous_ids(lib: Library, tmp_path: Path) -> None:
    with pytest.raises(DocumentNotFoundError, match="sucai ls"):
        lib.document("ffff")
    for i in range(40):
        lib.add_text(f"第{i}份材料。要抓好安全生产。", title=f"材料{i}")
    ids = [d.id for d in lib.documents()]
    shared = next((a[0] for a in ids if sum(1 for b in ids if b[0] == a[0]) > 1), None)
    assert shared is not None
    with pytest.raises(AmbiguousIdError, match="type more characters"):
        lib.resolve(shared)


def test_search_ranks_highlights_and_filters(lib: Library, tmp_path: Path) -> None:
    safety, craft = lib.add(
        [write(tmp_path, "s.txt", SAFETY), write(tmp_path, "c.txt", CRAFT)]
    ).added
    hits = lib.search("工匠精神")
    assert hits and all(h.doc_id == craft for h in hits)
    top = hits[0]
    assert top.title == "在澄川市技能人才表彰会上的讲话"
    assert "<mark>工匠精神</mark>" in top.highlight
    assert all(top.text[s:e] == "工匠精神" for s, e in top.matches)
    # Two words: passages with both come first; date and document filters narrow.
    both = lib.search("劳模精神 工匠精神")
    assert "劳模精神" in both[0].text and "工匠精神" in both[0].text
    assert lib.search("技能人才", date_to="2023") == []
    assert lib.search("技能人才", date_from="2024-09")[0].doc_id == craft
    assert lib.search("责任", doc_ids=[safety[:8]])[0].doc_id == safety
    # A phrase in quotes must appear verbatim; a minus excludes.
    assert all("能工巧匠" in h.text for h in lib.search('"能工巧匠"'))
    assert all("评价" not in h.text for h in lib.search("技能人才 -评价"))


def test_search_finds_two_character_words_and_parts_of_compounds(
    lib: Library, tmp_path: Path
) -> None:
    lib.add([write(tmp_path, "c.txt", CRAFT)])
    assert lib.search("工匠")  # part of the dictionary word 工匠精神
    assert lib.search("技能")  # part of 技能人才
    assert lib.search("奔头")


def test_or_fallback_fills_when_not_all_words_match(lib: Library, tmp_path: Path) -> None:
    lib.add([write(tmp_path, "s.txt", SAFETY), write(tmp_path, "c.txt", CRAFT)])
    hits = lib.search("隐患排查 工匠精神", limit=10)
    assert {h.text[:2] for h in hits} >= {"安全", "工匠"}
    assert hits == sorted(hits, key=lambda h: -h.score)


def test_empty_query_and_bad_date_say_what_to_do(lib: Library) -> None:
    with pytest.raises(QueryError, match="nothing to search for"):
        lib.search("，。！")
    with pytest.raises(QueryError, match="only exclusions"):
        lib.search("-安全")
    with pytest.raises(Exception, match="write it as 2024"):
        lib.search("安全", date_from="last week")


def test_migrations_are_named_and_recorded(db_path: Path) -> None:
    with Library(db_path):
        pass
    store = Store(db_path)
    assert store.migrations() == [name for name, _ in MIGRATIONS]
    assert store.migrate() == []  # nothing left to apply
    store.close()


def test_library_from_a_newer_sucai_is_refused(db_path: Path) -> None:
    with Library(db_path):
        pass
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO schema_migrations VALUES ('9999_future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="newer sucai"):
        Library(db_path)


def test_a_file_that_is_not_a_library_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("这不是数据库", encoding="utf-8")
    with pytest.raises(LibraryError, match="not a sucai library"):
        Library(bogus)
    with pytest.raises(LibraryError, match="is a folder"):
        Library(tmp_path)


def test_default_path_follows_sucai_db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from sucai.library import default_db_path

    monkeypatch.setenv("SUCAI_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"
    monkeypatch.delenv("SUCAI_DB")
    assert default_db_path().name == "library.db"


def test_dupes_finds_copied_passages_and_documents(lib: Library, tmp_path: Path) -> None:
    base = (
        "各级工会要把维护职工合法权益作为基本职责，畅通职工诉求表达渠道，"
        "及时化解劳动关系矛盾，让广大职工在企业发展中有更多获得感。"
    )
    other = (
        "安全生产责任重于泰山，要层层压实企业主体责任，把隐患消除在萌芽状态，确保不发生较大事故。"
    )
    a = write(tmp_path, "a.txt", f"在甲县工会会议上的讲话\n{base}\n{other}\n")
    b = write(
        tmp_path, "b.txt", f"在乙县工会会议上的讲话\n{base.replace('及时', '及早')}\n{other}\n"
    )
    c = write(
        tmp_path,
        "c.txt",
        "在丙县技能大赛上的讲话\n技能大赛是展示职工本领的舞台，要以赛促学、以赛促训，让更多青年职工脱颖而出。\n",
    )
    lib.add([a, b, c])
    data = lib.dupes()
    clusters = data["passages"]
    assert any(
        {m["text"][:10] for m in cl["members"]} == {base[:10]} and cl["size"] == 2
        for cl in clusters
    )
    assert not any("技能大赛" in m["text"] for cl in clusters for m in cl["members"])
    docs = data["documents"]
    assert len(docs) == 1 and sorted(docs[0]["titles"]) == [
        "在乙县工会会议上的讲话",
        "在甲县工会会议上的讲话",
    ]


def test_three_word_query_fills_with_passages_missing_one_word(
    lib: Library, tmp_path: Path
) -> None:
    lib.add([write(tmp_path, "s.txt", SAFETY), write(tmp_path, "c.txt", CRAFT)])
    hits = lib.search("安全生产 隐患排查 工匠精神", limit=10)
    assert hits, "no passage has all three words, but some have two"
    assert all(sum(w in h.text for w in ("安全生产", "隐患排查", "工匠精神")) >= 2 for h in hits)
    filtered = lib.search("安全生产 隐患排查 工匠精神", limit=10, date_from="2023")
    assert [h.passage_id for h in filtered] == [h.passage_id for h in hits]
