"""Export a compiled Collection: Markdown, plain text, JSON, DOCX (GB/T 9704 layout)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from sucai.errors import SucaiError

if TYPE_CHECKING:
    from sucai.compile import Collection

FORMATS = ("md", "txt", "json", "docx")


def _source_line(i: int, src: dict[str, object]) -> str:
    parts = [f"《{src.get('title')}》"]
    if src.get("date"):
        parts.append(str(src["date"]))
    where = src.get("path") or src.get("source")
    if where:
        parts.append(str(where))
    return f"{i}. " + "，".join(parts)


def _review_lines(c: Collection) -> list[str]:
    kinds = {"stale": "过时提法", "wrong": "错误提法"}
    lines = []
    for r in c.review:
        line = f"素材{r['n']}：“{r['text']}”（{kinds.get(r['kind'], r['kind'])}）{r['why']}"
        if r.get("suggest"):
            line += f" 建议：{r['suggest']}"
        lines.append(line)
    return lines


def to_text(c: Collection, markdown: bool = False) -> str:
    """The seed's layout: title, one intro line, then a number line before each excerpt."""
    sep = "\n\n" if markdown else "\n"
    out = [f"# {c.title}" if markdown else c.title, c.intro]
    for e in c.excerpts:
        out.append(str(e.n))
        out.extend(e.paragraphs)
    if c.sources and c.excerpts:
        out.append("## 附：素材来源" if markdown else "附：素材来源")
        out.extend(_source_line(e.n, e.source) for e in c.excerpts)
    review = _review_lines(c)
    if review:
        out.append("## 附：审校提示" if markdown else "附：审校提示")
        out.extend(f"{i}. {line}" for i, line in enumerate(review, 1))
    return sep.join(out) + "\n"


def to_json(c: Collection) -> str:
    data = c.to_dict()
    if not c.sources:
        for e in data["excerpts"]:
            e["source"] = None
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def export(c: Collection, fmt: str, path: Path | None = None) -> str | None:
    """Write ``c`` in ``fmt``; returns the text for text formats when no path is given."""
    if fmt not in FORMATS:
        raise SucaiError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "docx":
        if path is None:
            raise SucaiError("DOCX needs an output file: add -o NAME.docx")
        from sucai.export.docx import write_docx

        write_docx(c, path)
        return None
    text = to_json(c) if fmt == "json" else to_text(c, markdown=fmt == "md")
    if path is None:
        return text
    path.write_text(text, encoding="utf-8")
    return None


def format_for(path: Path | None, fmt: str | None) -> str:
    """The format named, else the one the output file's suffix implies, else Markdown."""
    if fmt:
        return fmt
    if path is not None and path.suffix.lower().lstrip(".") in FORMATS:
        return path.suffix.lower().lstrip(".")
    if path is not None and path.suffix.lower() == ".markdown":
        return "md"
    return "md"
