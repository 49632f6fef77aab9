"""Cleaning: boilerplate rules from the data file, width and punctuation, nothing lost silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from sucai.clean import Cleaner, split_paragraphs
from sucai.errors import DataFileError
from sucai.resources import load_boilerplate


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


@pytest.mark.parametrize(
    ("text", "rule", "kept"),
    [
        (
            "下面是小编为大家整理的2023年工会工作会议讲话稿,供大家参考。\n正文第一段。",
            "fanwen-intro",
            "正文第一段。",
        ),
        (
            "正文第一段。\n以上就是本站为您整理的全部内容，希望对您有帮助。",
            "fanwen-outro",
            "正文第一段。",
        ),
        ("正文第一段。\n打印本页", "toolbar", "正文第一段。"),
        ("正文第一段。\n关闭窗口", "toolbar", "正文第一段。"),
        ("【字号：大 中 小】\n正文第一段。", "font-size", "正文第一段。"),
        ("首页 > 政务公开 > 领导讲话\n正文第一段。", "breadcrumb", "正文第一段。"),
        ("车间里的技术比武现场。本报记者 林晓 摄\n正文第一段。", "photo-caption", "正文第一段。"),
        ("新华社北京3月5日电　正文第一段。", "dateline", "正文第一段。"),
        ("正文第一段。\n- 2 -\n第二段。", "page-number", "正文第一段。\n第二段。"),
        ("正文[\n3\n]第一段。", "footnote-marker", "正文第一段。"),
        ("正文第一段。\n责任编辑：王可", "editor-line", "正文第一段。"),
    ],
)
def test_boilerplate_rule(cleaner: Cleaner, text: str, rule: str, kept: str) -> None:
    result = cleaner.clean(text)
    assert result.text == kept
    assert rule in [s.rule for s in result.stripped], result.stripped


def test_intro_names_the_title_and_source_lines_become_metadata(cleaner: Cleaner) -> None:
    text = (
        "下面是小编为大家整理的2024年安全生产会议讲话(精选),供大家参考。\n"
        "来源：青禾日报\n时间：2024-06-03\n正文。"
    )
    result = cleaner.clean(text)
    assert result.text == "正文。"
    assert result.meta == {
        "title": "2024年安全生产会议讲话(精选)",
        "source": "青禾日报",
        "date": "2024-06-03",
    }


def test_body_sentences_that_look_like_boilerplate_stay(cleaner: Cleaner) -> None:
    # "以上" in the middle of a speech and a sentence mentioning 摄影 are content.
    text = "\n".join(
        ["开头。"] * 12
        + ["以上三点要求，请大家认真抓好落实，确保各项工作落地见效，不折不扣完成目标任务。"]
        + ["全县摄影爱好者用镜头记录了劳动者的风采，这些作品将在文化馆展出，欢迎大家参观。"]
        + ["结尾。"] * 12
    )
    result = cleaner.clean(text)
    assert "以上三点要求" in result.text
    assert "摄影爱好者" in result.text


def test_half_width_punctuation_next_to_chinese_becomes_full_width(cleaner: Cleaner) -> None:
    result = cleaner.clean('要弘扬劳模精神,争做"大国工匠";增长5.4%,时间12:30,比例1,000:1 (见附件)')
    assert (
        result.text == "要弘扬劳模精神，争做“大国工匠”；增长5.4%，时间12:30，比例1,000:1（见附件）"
    )
    assert result.normalized > 0


def test_fullwidth_digits_and_letters_become_half_width(cleaner: Cleaner) -> None:
    assert cleaner.clean("２０２４年ＧＤＰ增长").text == "2024年GDP增长"


def test_letter_spaced_text_is_closed_up(cleaner: Cleaner) -> None:
    assert cleaner.clean("劳 动 模 范 表 彰 大 会").text == "劳动模范表彰大会"


def test_traditional_to_simplified_is_an_option() -> None:
    text = "弘揚勞模精神，推動產業工人隊伍建設。"
    assert Cleaner().clean(text).text == text
    assert Cleaner(t2s=True).clean(text).text == "弘扬劳模精神，推动产业工人队伍建设。"


def test_indent_runs_split_paragraphs_but_a_single_indent_does_not() -> None:
    text = "新华社电\u3000今天开会。\u3000\u3000第二段。\u2003\u2003第三段。"
    assert split_paragraphs(text) == ["新华社电\u3000今天开会。", "第二段。", "第三段。"]


def test_link_fragments_are_mended() -> None:
    text = "会议审议了县长所作的\n政府工作报告\n。会议认为，报告实事求是。"
    assert split_paragraphs(text) == ["会议审议了县长所作的政府工作报告。会议认为，报告实事求是。"]


def test_pdf_lines_are_rejoined_into_paragraphs() -> None:
    lines = (
        "\u3000\u3000各级工会要把服务职工作为工作的生命线，把职工群众的急难\n"
        "愁盼作为工作的着力点，真正成为职工信赖的娘家人。\n"
        "\u3000\u3000要深化产业工人队伍建设改革，畅通技术工人成长成才的通\n"
        "道，让更多职工凭技能立身、靠本领出彩。\n"
    )
    paras = split_paragraphs(lines, hard_wrapped=True)
    assert [p.strip() for p in paras] == [
        "各级工会要把服务职工作为工作的生命线，把职工群众的急难愁盼作为工作的着力点，"
        "真正成为职工信赖的娘家人。",
        "要深化产业工人队伍建设改革，畅通技术工人成长成才的通道，让更多职工凭技能立身、"
        "靠本领出彩。",
    ]


def test_licence_footer_at_the_end_is_cut(cleaner: Cleaner) -> None:
    body = "正文。\n" * 20
    result = cleaner.clean(body + "\n本作品是公有领域的文件。\nPublic domain\nfalse")
    assert result.text == "\n".join(["正文。"] * 20)
    assert [s.rule for s in result.stripped] == ["licence-footer"]


def test_cleaning_is_deterministic_and_idempotent(cleaner: Cleaner) -> None:
    text = "下面是小编为大家整理的讲话,供大家参考。\n一、总体要求\n要坚持稳中求进,扎实工作。"
    once = cleaner.clean(text).text
    assert cleaner.clean(text).text == once
    assert cleaner.clean(once).text == once


def test_bad_rules_file_is_rejected_with_the_entry_named(tmp_path: Path) -> None:
    bad = tmp_path / "rules.yaml"
    bad.write_text(
        "version: 1\nrules:\n  - name: x\n    where: head\n    action: drop\n    pattern: '(['\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="rule 'x': bad pattern"):
        load_boilerplate(bad)
    bad.write_text("version: 1\nrules:\n  - name: y\n    where: middle\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="`where` must be one of"):
        load_boilerplate(bad)


def test_shipped_rules_load() -> None:
    rules = load_boilerplate()
    assert len(rules.rules) >= 10
    assert {r.action for r in rules.rules} == {"drop", "prefix", "inline", "truncate"}


def test_toolbar_with_several_items_and_date_with_source(cleaner: Cleaner) -> None:
    result = cleaner.clean("发布时间：2025-03-18 来源：澄川日报\n正文。\n【打印本页】【关闭窗口】")
    assert result.text == "正文。"
    assert result.meta == {"date": "2025-03-18", "source": "澄川日报"}


def test_named_groups_other_than_metadata_are_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "rules.yaml"
    bad.write_text(
        "version: 1\nrules:\n  - name: z\n    where: head\n    action: drop\n"
        "    pattern: '^(?P<author>.+)$'\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="named groups must be date, source or title"):
        load_boilerplate(bad)
