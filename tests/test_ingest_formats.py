"""One speech, saved in every format and encoding sucai reads, must come out the same.

The files are written here the way real offices and portals produce them: GBK with
CRLF, Big5 in traditional characters, a Word file with styles and a table, a PDF with
hard-wrapped indented lines and page numbers, a GBK portal page with menus and a
toolbar, and a JSONL export with broken lines.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from sucai import Library

TITLE = "在云岫市2025年职工技能提升工作推进会上的讲话"
FRONT = ["——2025年3月18日", "市总工会主席　陈思源"]
SALUTATION = "同志们："
# (heading level, text); level 0 is a body paragraph.
BODY: list[tuple[int, str]] = [
    (
        0,
        "今天，我们召开全市职工技能提升工作推进会，主要任务是总结去年以来的工作，"
        "分析当前形势，安排今年的重点任务。刚才，三家单位作了交流发言，讲得都很实在，"
        "请大家认真学习借鉴。",
    ),
    (1, "一、认清形势，增强技能提升工作的责任感"),
    (2, "（一）产业转型对职工技能提出了更高要求"),
    (
        0,
        "近年来，我市新能源装备、精密制造等产业快速发展，企业对高技能人才的需求成倍增长。"
        "一些企业反映，招一名熟练的数控操作工比招一名普通大学毕业生还难，"
        "技能人才短缺已经成为制约企业发展的突出问题。",
    ),
    (2, "（二）职工队伍自身有强烈的成长愿望"),
    (
        0,
        "去年我们在全市开展职工需求调查，收回问卷一万两千多份，超过六成的职工希望参加技能培训，"
        "不少青年职工主动报名参加夜校学习。我们要顺应职工期待，把好事办实、把实事办好。",
    ),
    (1, "二、突出重点，推动各项任务落地见效"),
    (
        0,
        "各级工会要坚持以赛促学、以赛促训，围绕重点产业设置竞赛项目，"
        "让更多一线职工在赛场上比技术、长本领，把劳模和工匠人才创新工作室建成培养技能人才的"
        "重要平台，让老师傅的绝活真正传下去。同志们，让我们携手努力，"
        "为建设高素质职工队伍作出新的更大贡献！",
    ),
]
BODY_LINES = [SALUTATION, *(text for _, text in BODY)]
HEADINGS = [(text, level) for level, text in BODY if level]
# 䶮 (U+4DAE, CJK Extension A) is in GB18030 but not in GBK.
RARE = "退休老劳模王䶮师傅带出了三十多名徒弟。"
TABLE = [("项目", "人数"), ("参加培训职工", "一万二千人"), ("新增高技能人才", "八百人")]


def speech(extra: str = "") -> str:
    """The speech as a plain text file has it: one paragraph a line."""
    return "\n".join([TITLE, *FRONT, *BODY_LINES]) + "\n" + (extra + "\n" if extra else "")


def body(text: str) -> list[str]:
    """The cleaned text from the salutation on: what every format must agree on."""
    lines = text.split("\n")
    return lines[lines.index(SALUTATION) :]


def headings(lib: Library, doc_id: str) -> list[tuple[str, int]]:
    return [
        (s["heading"], s["level"])
        for s in lib.document(doc_id)["sections"]
        if s["kind"] == "heading"
    ]


def add_one(lib: Library, path: Path) -> str:
    report = lib.add([path])
    assert report.failed == [] and len(report.added) == 1, report
    return report.added[0]


# -- builders: each writes one file the way the software that makes it would -----------


def write_txt(tmp_path: Path) -> Path:
    path = tmp_path / "speech.txt"
    path.write_text(speech(), encoding="utf-8")
    return path


def write_md(tmp_path: Path) -> Path:
    lines = [f"# {TITLE}", "", *(x for line in FRONT for x in (line, "")), SALUTATION, ""]
    for level, text in BODY:
        lines += [("#" * (level + 1) + " " if level else "") + text, ""]
    path = tmp_path / "speech.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def write_docx(tmp_path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE, style="Title")
    for line in [*FRONT, SALUTATION]:
        document.add_paragraph(line)
    for level, text in BODY:
        if level:
            document.add_paragraph(text, style=f"Heading {level}")
        else:
            document.add_paragraph(text)
    table = document.add_table(rows=len(TABLE), cols=2)
    for r, row in enumerate(TABLE):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    path = tmp_path / "speech.docx"
    document.save(str(path))
    return path


PDF_CHARS_PER_LINE = 26


def write_pdf(tmp_path: Path) -> Path:
    """Two A4 pages in 宋体 (CID font, as Chinese PDFs embed it): every paragraph and
    heading indented by two full-width spaces and hard-wrapped, the page break falling
    inside a paragraph, "- n -" at the foot of each page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    font, width, height = "STSong-Light", A4[0], A4[1]
    path = tmp_path / "speech.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = height - 80
    pdf.setFont(font, 20)
    pdf.drawCentredString(width / 2, y, TITLE)
    pdf.setFont(font, 14)
    y -= 40
    for line in FRONT:
        pdf.drawCentredString(width / 2, y, line)
        y -= 26
    pdf.drawString(72, y, SALUTATION)
    y -= 26
    lines: list[tuple[int, str]] = []  # (paragraph index, visual line)
    for i, (_, text) in enumerate(BODY):
        text = "\u3000\u3000" + text
        step = PDF_CHARS_PER_LINE
        lines += [(i, text[k : k + step]) for k in range(0, len(text), step)]
    # Break the page after the second line of the 近年来… paragraph.
    break_after = [n for n, (i, _) in enumerate(lines) if i == 3][1]
    page = 1
    for n, (_, line) in enumerate(lines):
        pdf.drawString(72, y, line)
        y -= 26
        if n == break_after:
            pdf.setFont(font, 10)
            pdf.drawCentredString(width / 2, 40, f"- {page} -")
            pdf.showPage()
            page += 1
            pdf.setFont(font, 14)
            y = height - 72
    pdf.setFont(font, 10)
    pdf.drawCentredString(width / 2, 40, f"- {page} -")
    pdf.save()
    return path


def write_html(tmp_path: Path) -> Path:
    """A GBK portal page: menu, breadcrumb, info line, <h2> sections with bold
    （一） sub-headings inside <p>, and a print/close toolbar."""
    parts = []
    for level, text in BODY:
        if level == 1:
            parts.append(f"<h2>{text}</h2>")
        elif level == 2:
            parts.append(f"<p><strong>{text}</strong></p>")
        else:
            parts.append(f"<p>　　{text}</p>")
    page = f"""<!DOCTYPE html>
<html><head><meta charset="gbk"><title>{TITLE}_云岫市总工会</title></head>
<body>
<nav><a href="/">首页</a> | <a href="/news/">工会要闻</a> | <a href="/gk/">政务公开</a>
 | <a href="/fw/">服务职工</a></nav>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">工会要闻</a></div>
<div class="article">
<h1>{TITLE}</h1>
<div class="info">发布时间：2025-03-19　来源：云岫市总工会</div>
<div class="content">
<p>{SALUTATION}</p>
{chr(10).join(parts)}
</div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】　\
【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
</body></html>
"""
    path = tmp_path / "speech.html"
    path.write_bytes(page.encode("gbk"))
    return path


BUILDERS: dict[str, Callable[[Path], Path]] = {
    "txt": write_txt,
    "md": write_md,
    "docx": write_docx,
    "pdf": write_pdf,
    "html": write_html,
}


# -- encodings -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "extra", "recorded"),
    [
        ("utf-8", "", "utf-8"),
        ("utf-8-sig", "", "utf-8-sig"),
        ("gbk", "", "gbk"),
        ("gb18030", RARE, "gb18030"),
    ],
)
def test_text_encodings_give_the_same_text(
    lib: Library, tmp_path: Path, codec: str, extra: str, recorded: str
) -> None:
    """The same words saved by different editors must be the same document, and the
    library must say which encoding it found (for GBK-vs-GB18030 questions later)."""
    data = speech(extra).replace("\n", "\r\n").encode(codec)
    if codec == "gb18030":
        with pytest.raises(UnicodeDecodeError):
            data.decode("gbk")  # the file really needs GB18030
    path = tmp_path / f"speech_{codec}.txt"
    path.write_bytes(data)
    doc_id = add_one(lib, path)
    assert lib.document(doc_id)["encoding"] == recorded

    with Library(tmp_path / "reference.db") as ref:
        ref_path = tmp_path / "reference.txt"
        ref_path.write_text(speech(extra), encoding="utf-8")
        ref_id = add_one(ref, ref_path)
        assert lib.text(doc_id) == ref.text(ref_id)
        assert doc_id == ref_id  # same content hash
    assert body(lib.text(doc_id)) == BODY_LINES + ([extra] if extra else [])
    assert headings(lib, doc_id) == HEADINGS


def test_gbk_copy_of_a_known_speech_is_unchanged(lib: Library, tmp_path: Path) -> None:
    """Re-adding the same speech in another encoding must not add a duplicate."""
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text(speech(), encoding="utf-8")
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(speech().replace("\n", "\r\n").encode("gbk"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes(speech().encode("utf-8-sig"))
    first = lib.add([utf8])
    again = lib.add([gbk, bom])
    assert again.added == [] and again.failed == []
    assert again.unchanged == first.added * 2
    assert lib.store.counts()["documents"] == 1


def test_gb18030_only_character_survives(lib: Library, tmp_path: Path) -> None:
    """A name written with an Extension-A character must not be lost or turned into '?'."""
    path = tmp_path / "rare.txt"
    path.write_bytes(speech(RARE).encode("gb18030"))
    doc_id = add_one(lib, path)
    assert "王䶮师傅" in lib.text(doc_id)
    assert any("王䶮师傅" in p["text"] for p in lib.passages(doc_id))


def test_big5_traditional_is_converted_to_simplified(tmp_path: Path) -> None:
    """Taiwan/Hong Kong Big5 files are searchable with simplified words under --t2s."""
    import opencc

    traditional = opencc.OpenCC("s2tw").convert(speech())
    assert "職工" in traditional and traditional != speech()
    path = tmp_path / "speech_big5.txt"
    path.write_bytes(traditional.replace("\n", "\r\n").encode("big5"))

    with Library(tmp_path / "t2s.db", t2s=True) as lib:
        doc_id = add_one(lib, path)
        doc = lib.document(doc_id)
        assert doc["encoding"] == "big5"
        assert doc["title"] == TITLE
        assert body(lib.text(doc_id)) == BODY_LINES
        assert headings(lib, doc_id) == HEADINGS
        assert lib.search("职工技能", limit=1)
    with Library(tmp_path / "plain.db") as lib:
        doc_id = add_one(lib, path)
        assert "職工" in lib.text(doc_id)  # without --t2s the characters are kept


# -- formats -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(BUILDERS))
def test_format_keeps_paragraphs_and_headings(lib: Library, tmp_path: Path, fmt: str) -> None:
    """Whatever the container, the body paragraphs and the 一、/（一） tree are the same."""
    path = BUILDERS[fmt](tmp_path)
    doc_id = add_one(lib, path)
    doc = lib.document(doc_id)
    text = lib.text(doc_id)
    assert doc["format"] == fmt
    assert body(text)[: len(BODY_LINES)] == BODY_LINES
    assert headings(lib, doc_id) == HEADINGS
    assert doc["date"] == ("2025-03-19" if fmt == "html" else "2025-03-18")
    # Every passage is a slice of the cleaned text, and all body paragraphs are passages.
    passages = [p for s in doc["sections"] for p in s["passages"]]
    for p in passages:
        assert text[p["start"] : p["end"]] == p["text"]
    paragraphs = [t for level, t in BODY if not level]
    assert [p["text"] for p in passages][: len(paragraphs)] == paragraphs


@pytest.mark.parametrize("fmt", ["txt", "md", "docx", "html"])
def test_title_is_found(lib: Library, tmp_path: Path, fmt: str) -> None:
    """The title comes from the first line, '# ', the Title style or <h1>, never the file name."""
    doc_id = add_one(lib, BUILDERS[fmt](tmp_path))
    assert lib.document(doc_id)["title"] == TITLE


@pytest.mark.filterwarnings("error::UserWarning")  # python-docx deprecations included
def test_docx_table_rows_are_kept(lib: Library, tmp_path: Path) -> None:
    """Figures in a Word table are material too: each row becomes one line, after the body."""
    doc_id = add_one(lib, write_docx(tmp_path))
    rest = body(lib.text(doc_id))[len(BODY_LINES) :]
    assert len(rest) == len(TABLE)
    for line, row in zip(rest, TABLE, strict=True):
        assert all(cell in line for cell in row), (line, row)


def test_pdf_lines_are_rejoined_and_page_numbers_dropped(lib: Library, tmp_path: Path) -> None:
    """A PDF must not leave a quotable paragraph cut at every visual line or page break."""
    from pypdf import PdfReader

    path = write_pdf(tmp_path)
    pages = [p.extract_text() for p in PdfReader(str(path)).pages]
    assert len(pages) == 2 and "- 1 -" in pages[0] and "- 2 -" in pages[1]
    # The fixture is hard-wrapped: a paragraph spans several extracted lines.
    assert max(len(line.strip()) for line in "\n".join(pages).split("\n")) <= PDF_CHARS_PER_LINE

    doc_id = add_one(lib, path)
    text = lib.text(doc_id)
    assert body(text) == BODY_LINES
    assert "- 1 -" not in text and "- 2 -" not in text
    assert lib.document(doc_id)["encoding"] is None


def test_pdf_title_is_not_joined_to_its_dateline(lib: Library, tmp_path: Path) -> None:
    """The title of a PDF speech is its first line alone, as in the other formats."""
    doc_id = add_one(lib, write_pdf(tmp_path))
    assert lib.text(doc_id).split("\n")[0] == TITLE
    assert lib.document(doc_id)["title"] == TITLE


def test_html_menu_toolbar_and_info_line_are_stripped(lib: Library, tmp_path: Path) -> None:
    """Only the article is material: no menu, breadcrumb, toolbar or 发布时间 line."""
    doc_id = add_one(lib, write_html(tmp_path))
    doc = lib.document(doc_id)
    assert doc["encoding"] == "gbk"
    assert lib.text(doc_id).split("\n") == [TITLE, *BODY_LINES]
    rules = {s["rule"] for s in doc["stripped"]}
    assert "date-line" in rules


def test_html_title_falls_back_to_the_title_tag(lib: Library, tmp_path: Path) -> None:
    """Pages without <h1> are named by <title>."""
    page = f"<html><head><title>{TITLE}</title></head><body>" + "".join(
        f"<p>{line}</p>" for line in BODY_LINES
    )
    path = tmp_path / "no_h1.htm"
    path.write_text(page + "</body></html>", encoding="utf-8")
    doc_id = add_one(lib, path)
    assert lib.document(doc_id)["title"] == TITLE
    assert lib.text(doc_id).split("\n") == BODY_LINES


# -- jsonl ---------------------------------------------------------------------------

RECORDS = [
    {
        "id": "yx-001",
        "title": "在全市安全生产工作会议上的讲话",
        "date": "2024-02-20",
        "source": "https://example.org/speeches/yx-001",
        "text": "同志们：\n一、压实安全责任\n各单位要把安全生产摆在突出位置，层层压实责任。\n"
        "二、抓好隐患排查\n要对重点行业开展拉网式排查，发现一处整改一处。",
    },
    {
        "id": "yx-002",
        "title": "在职工书屋建设推进会上的讲话",
        "date": "2023年11月5日",
        "source": "云岫市总工会",
        "text": "同志们：\n职工书屋是职工的精神家园。要把书屋建在车间里、建在职工身边。",
    },
]


def test_jsonl_records_and_bad_lines(lib: Library, tmp_path: Path) -> None:
    """One broken line of an export must not cost the others, and must be findable."""
    path = tmp_path / "export.jsonl"
    lines = [
        json.dumps(RECORDS[0], ensure_ascii=False),
        '{"id": "yx-bad", "text": "引号没有闭合',
        json.dumps({"id": "yx-003", "title": "只有标题"}, ensure_ascii=False),
        "",
        json.dumps(RECORDS[1], ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = lib.add([path])

    assert len(report.added) == 2
    got = {lib.document(d)["title"]: lib.document(d) for d in report.added}
    assert set(got) == {r["title"] for r in RECORDS}
    first, second = (got[r["title"]] for r in RECORDS)
    assert (first["date"], first["source"]) == ("2024-02-20", RECORDS[0]["source"])
    assert (second["date"], second["source"]) == ("2023-11-05", "云岫市总工会")
    assert [h for h, _ in headings(lib, first["id"])] == ["一、压实安全责任", "二、抓好隐患排查"]

    assert [f["path"] for f in report.failed] == [f"{path}:2", f"{path}:3"]
    bad_json, no_text = (f["error"] for f in report.failed)
    assert bad_json.startswith(f"{path}:2:") and "invalid JSON" in bad_json
    assert no_text.startswith(f"{path}:3:") and '"text"' in no_text
