"""Segmentation: front matter, heading levels, numbered excerpts, passages with offsets."""

from __future__ import annotations

import pytest

from sucai.clean import Cleaner
from sucai.segment import Segmenter, read_front_matter, split_sentences
from sucai.segment.dates import cn_number, date_bounds, parse_date


def _segment(text: str, max_chars: int = 400):  # type: ignore[no-untyped-def]
    cleaned = Cleaner().clean(text).text
    front = read_front_matter(cleaned.split("\n"))
    return cleaned, front, Segmenter(max_chars).segment(cleaned, front.count)


def test_front_matter_title_date_speaker_salutation(sample_text: str) -> None:
    _, front, _ = _segment(sample_text)
    assert front.title == "在青禾县2025年劳动模范表彰大会上的讲话"
    assert front.date == "2025-04-29"
    assert front.count == 4  # title, dated subtitle, speaker, salutation


def test_heading_levels_and_paths(sample_text: str) -> None:
    cleaned, _, seg = _segment(sample_text)
    heads = [(s.level, s.heading) for s in seg.sections if s.kind == "heading"]
    assert heads == [
        (1, "一、充分肯定过去一年的成绩"),
        (2, "（一）产业工人队伍不断壮大。"),
        (2, "（二）劳模作用充分发挥。"),
        (1, "二、大力弘扬劳模精神和工匠精神"),
        (1, "三、切实关心关爱劳动模范"),
    ]
    # Run-in headings (（一）…。 followed by body) keep their paragraph as a passage.
    run_in = next(p for p in seg.passages if p.text.startswith("（一）"))
    section = seg.sections[run_in.section]
    assert section.path(seg.sections) == [
        "一、充分肯定过去一年的成绩",
        "（一）产业工人队伍不断壮大。",
    ]
    # Standalone headings are not passages; every passage is a slice of the cleaned text.
    assert not any(p.text == "一、充分肯定过去一年的成绩" for p in seg.passages)
    for p in seg.passages:
        assert cleaned[p.start : p.end] == p.text
    assert [p.position for p in seg.passages] == list(range(len(seg.passages)))


def test_marker_needs_a_sequence_to_be_a_heading() -> None:
    # "2." opening a sentence with no "1." before it is not a heading.
    _, _, seg = _segment("标题\n2.5万名职工参加了培训。\n三、这一行也不是标题，因为没有一和二")
    assert [s for s in seg.sections if s.kind == "heading"] == []


def test_di_yi_headings_nest_under_cn_headings() -> None:
    text = "\n".join(
        [
            "一、总体要求",
            "第一、坚持党的领导",
            "要把党的领导贯穿工会工作全过程。",
            "第二、坚持以职工为中心",
            "要把职工满意作为检验工作的标准。",
            "二、重点任务",
            "要抓好技能竞赛。",
        ]
    )
    _, _, seg = _segment(text)
    levels = [(s.level, s.heading[:6]) for s in seg.sections if s.kind == "heading"]
    assert levels == [
        (1, "一、总体要求"),
        (2, "第一、坚持党"),
        (2, "第二、坚持以"),
        (1, "二、重点任务"),
    ]


def test_numbered_compilation_makes_one_section_per_excerpt() -> None:
    text = "\n".join(
        [
            "1",
            "第一篇的第一段。",
            "第一篇的第二段。",
            "2",
            "第一、要树牢安全发展理念",
            "第二篇的正文。",
            "第二、要压实安全生产责任",
            "第二篇的正文二。",
            "3",
            "第三篇的正文。",
        ]
    )
    _, _, seg = _segment(text)
    excerpts = [s for s in seg.sections if s.kind == "excerpt"]
    assert [s.heading for s in excerpts] == ["1", "2", "3"]
    inner = [s for s in seg.sections if s.kind == "heading"]
    assert [s.level for s in inner] == [2, 2]
    assert all(seg.sections[s.parent].heading == "2" for s in inner if s.parent is not None)
    counts = {s.heading: 0 for s in excerpts}
    for p in seg.passages:
        top = seg.sections[p.section]
        while top.parent is not None:
            top = seg.sections[top.parent]
        counts[top.heading] += 1
    assert counts == {"1": 2, "2": 2, "3": 1}


def test_a_lone_number_line_is_not_an_excerpt() -> None:
    _, _, seg = _segment("标题\n正文一段。\n1\n正文二段。")
    assert not [s for s in seg.sections if s.kind == "excerpt"]


def test_long_paragraph_splits_at_sentence_ends_into_even_passages() -> None:
    sentence = "各级工会组织要把维护职工合法权益作为基本职责，切实解决职工的急难愁盼问题。"
    para = sentence * 30  # about 1,100 characters
    _, _, seg = _segment("标题\n" + para, max_chars=400)
    sizes = [len(p.text) for p in seg.passages]
    assert len(sizes) == 3
    assert max(sizes) <= 480 and min(sizes) >= 300
    assert all(p.text.endswith("。") for p in seg.passages)
    assert "".join(p.text for p in seg.passages) == para


def test_run_on_sentence_without_stops_is_still_cut() -> None:
    para = "，".join(["加强职工技能培训"] * 200) + "。"
    _, _, seg = _segment("标题\n" + para, max_chars=400)
    assert all(len(p.text) <= 600 for p in seg.passages)
    assert "".join(p.text for p in seg.passages) == para


def test_sentences_keep_closing_quotes() -> None:
    text = "他说：“要干一行、爱一行。”我们要记住。真的吗？"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "他说：“要干一行、爱一行。”",
        "我们要记住。",
        "真的吗？",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("——2026年1月26日在省人民代表大会上", "2026-01-26"),
        ("（二〇二五年十二月三十一日）", "2025-12-31"),
        ("时间：2024-6-3", "2024-06-03"),
        ("2022年劳模座谈会讲话素材", "2022"),
        ("2023年5月", "2023-05"),
        ("没有日期", None),
        ("第13届", None),
    ],
)
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_cn_numbers_and_date_bounds() -> None:
    assert [cn_number(x) for x in ("一", "十", "十二", "二十三", "二〇二六")] == [
        1,
        10,
        12,
        23,
        2026,
    ]
    assert date_bounds("2024") == ("2024-01-01", "2024-12-31")
    assert date_bounds("2024-05") == ("2024-05-01", "2024-05-31")
    assert date_bounds(None) == (None, None)


def test_a_list_needs_a_second_item() -> None:
    lone = "标题\n首先，我代表县委向大家致以问候！\n正文一段。\n一、这一段以一开头却没有二\n正文。"
    _, _, seg = _segment(lone)
    assert [s for s in seg.sections if s.kind == "heading"] == []
    listed = "\n".join(
        [
            "标题",
            "首先，要提高站位。正文一段。",
            "其次，要压实责任。正文二段。",
            "最后，要强化保障。正文三段。",
        ]
    )
    _, _, seg = _segment(listed)
    heads = [s.heading for s in seg.sections if s.kind == "heading"]
    assert heads == ["首先，要提高站位。", "其次，要压实责任。", "最后，要强化保障。"]


def test_numbering_beats_a_heading_style_that_flattens_levels() -> None:
    text = "一、总体要求\n（一）提高站位\n正文。\n（二）压实责任\n正文。\n二、保障措施\n正文。"
    hints = {line: 2 for line in text.split("\n") if "、" in line or "（" in line}
    seg = Segmenter().segment(text, 0, hints)
    assert [(s.level, s.heading) for s in seg.sections if s.kind == "heading"] == [
        (1, "一、总体要求"),
        (2, "（一）提高站位"),
        (2, "（二）压实责任"),
        (1, "二、保障措施"),
    ]
