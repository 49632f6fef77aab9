"""Export compiled material: Markdown, plain text, JSON, DOCX (GB/T 9704 layout).

Both a Collection (compile) and a Skeleton (skeleton) are first laid out as a list
of blocks — (kind, text) with kind one of title, intro, number, heading, para,
appendix, item — and every text format and the DOCX writer render those blocks.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sucai.errors import SucaiError

if TYPE_CHECKING:
    from sucai.compile import Collection, Skeleton

FORMATS = ("md", "txt", "json", "docx")
Block = tuple[str, str]


def _source_line(i: int, src: dict[str, Any]) -> str:
    parts = [f"《{src.get('title')}》"]
    if src.get("date"):
        parts.append(str(src["date"]))
    where = src.get("path") or src.get("source")
    if where:
        parts.append(str(where))
    return f"{i}. " + "，".join(parts)


def _review_lines(review: list[dict[str, Any]], label: str = "素材") -> list[str]:
    kinds = {"stale": "过时提法", "wrong": "错误提法"}
    lines = []
    for r in review:
        line = f"{label}{r['n']}：“{r['text']}”（{kinds.get(r['kind'], r['kind'])}）{r['why']}"
        if r.get("suggest"):
            line += f" 建议：{r['suggest']}"
        lines.append(line)
    return lines


def collection_blocks(c: Collection) -> list[Block]:
    """The seed's layout: title, one intro line, then a number line before each excerpt."""
    blocks: list[Block] = [("title", c.title), ("intro", c.intro)]
    for e in c.excerpts:
        blocks.append(("number", str(e.n)))
        blocks.extend(("para", p) for p in e.paragraphs)
    if c.sources and c.excerpts:
        blocks.append(("appendix", "附：素材来源"))
        blocks.extend(("item", _source_line(e.n, e.source)) for e in c.excerpts)
    review = _review_lines(c.review)
    if review:
        blocks.append(("appendix", "附：审校提示"))
        blocks.extend(("item", f"{i}. {line}") for i, line in enumerate(review, 1))
    return blocks


_CN_NUMBERS = "一二三四五六七八九十"


def skeleton_blocks(s: Skeleton) -> list[Block]:
    blocks: list[Block] = [("title", s.title), ("intro", s.intro)]
    sources: list[dict[str, Any]] = []
    for i, sec in enumerate(s.sections):
        blocks.append(("heading", f"{_CN_NUMBERS[i]}、{sec.heading}"))
        for p in sec.passages:
            if p.source not in sources:
                sources.append(p.source)
            blocks.append(("para", f"{p.text}〔{sources.index(p.source) + 1}〕"))
    if s.sources and sources:
        blocks.append(("appendix", "附：素材来源"))
        blocks.extend(("item", _source_line(i, src)) for i, src in enumerate(sources, 1))
    review = _review_lines(s.review, label="第")
    if review:
        blocks.append(("appendix", "附：审校提示"))
        blocks.extend(("item", f"{i}. {line}") for i, line in enumerate(review, 1))
    return blocks


def blocks_to_text(blocks: list[Block], markdown: bool = False) -> str:
    out = []
    for kind, text in blocks:
        if markdown and kind == "title":
            out.append(f"# {text}")
        elif markdown and kind in ("appendix", "heading"):
            out.append(f"## {text}")
        else:
            out.append(text)
    return ("\n\n" if markdown else "\n").join(out) + "\n"


def to_text(c: Collection, markdown: bool = False) -> str:
    return blocks_to_text(collection_blocks(c), markdown)


def _json(data: dict[str, Any], sources: bool) -> str:
    if not sources:
        for e in data.get("excerpts", []):
            e["source"] = None
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def export(c: Collection | Skeleton, fmt: str, path: Path | None = None) -> str | None:
    """Write ``c`` in ``fmt``; returns the text for text formats when no path is given."""
    from sucai.compile import Collection

    if fmt not in FORMATS:
        raise SucaiError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    blocks = collection_blocks(c) if isinstance(c, Collection) else skeleton_blocks(c)
    if fmt == "docx":
        if path is None:
            raise SucaiError("DOCX needs an output file: add -o NAME.docx")
        from sucai.export.docx import write_docx

        write_docx(blocks, path, title=c.title, subject=c.topic)
        return None
    if fmt == "json":
        text = _json(c.to_dict(), c.sources)
    else:
        text = blocks_to_text(blocks, markdown=fmt == "md")
    if path is None:
        return text
    path.write_text(text, encoding="utf-8")
    return None


def format_for(path: Path | None, fmt: str | None) -> str:
    """The format named, else the one the output file's suffix implies, else Markdown."""
    if fmt:
        return fmt
    suffix = path.suffix.lower().lstrip(".") if path is not None else ""
    if suffix in FORMATS:
        return suffix
    return "md"
