"""DOCX laid out like Chinese official documents (GB/T 9704-2012).

A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; title in
方正小标宋简体 二号 (22 pt) centred; body 仿宋_GB2312 三号 (16 pt), first-line
indent of two characters, fixed line spacing 28.95 pt (22 lines a page);
level-1 headings 黑体, level-2 楷体_GB2312; page numbers "— 1 —" in 四号 宋体
at the foot, odd pages right and even pages left. East-Asian font names are
written to w:eastAsia as well, which is what Word and WPS read for Chinese text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
H1_FONT = "黑体"
H2_FONT = "楷体_GB2312"
PAGE_FONT = "宋体"
TITLE_PT = 22  # 二号
BODY_PT = 16  # 三号
PAGE_PT = 14  # 四号
LINE_PT = 28.95


def _set_font(run: Any, name: str, size: float, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _paragraph(
    doc: Any,
    text: str,
    font: str,
    size: float,
    *,
    indent: bool = True,
    align: str | None = None,
    bold: bool = False,
) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt

    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(LINE_PT)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(size * 2)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _set_font(p.add_run(text), font, size, bold)
    return p


def _page_number(footer: Any, align: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "right" else WD_ALIGN_PARAGRAPH.LEFT
    pad = "\u3000"  # one character in from the edge
    parts: list[tuple[str, str | None]] = [
        (pad if align == "left" else "", None),
        ("— ", None),
        ("", "PAGE"),
        (" —", None),
        (pad if align == "right" else "", None),
    ]
    for text, field in parts:
        if field is None:
            if text:
                _set_font(p.add_run(text), PAGE_FONT, PAGE_PT)
            continue
        run = p.add_run()
        _set_font(run, PAGE_FONT, PAGE_PT)
        begin = OxmlElement("w:fldChar")
        begin.set(qn("w:fldCharType"), "begin")
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = f" {field} "
        end = OxmlElement("w:fldChar")
        end.set(qn("w:fldCharType"), "end")
        run._r.append(begin)
        run._r.append(instr)
        run._r.append(end)


def write_docx(
    blocks: list[tuple[str, str]], path: Path, title: str = "", subject: str = ""
) -> None:
    try:
        import docx
        from docx.shared import Mm
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise ImportError("DOCX export needs python-docx: pip install python-docx") from exc
    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(20)
    doc.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer, "right")
    _page_number(section.even_page_footer, "left")
    _set_font_style(doc.styles["Normal"], BODY_FONT, BODY_PT)
    doc.core_properties.title = title
    doc.core_properties.subject = subject
    for kind, text in blocks:
        if kind == "title":
            _paragraph(doc, text, TITLE_FONT, TITLE_PT, indent=False, align="center")
            _paragraph(doc, "", BODY_FONT, BODY_PT, indent=False)  # blank line under the title
        elif kind in ("number", "heading", "appendix"):
            _paragraph(doc, text, H1_FONT, BODY_PT, align="justify")
        elif kind == "subheading":
            _paragraph(doc, text, H2_FONT, BODY_PT, align="justify")
        else:
            _paragraph(doc, text, BODY_FONT, BODY_PT, align="justify")
    doc.save(str(path))


def _set_font_style(style: Any, name: str, size: float) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style.font.name = name
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)
