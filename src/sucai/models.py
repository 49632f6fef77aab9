"""Plain data passed between the pipeline stages.

The flow is ingest → clean → segment → store → search; each stage takes and
returns these objects so that stages stay independent and testable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RawDocument:
    """What a reader extracted from one file (or one JSONL record), before cleaning."""

    text: str
    path: str
    format: str
    encoding: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    ext_id: str | None = None
    # Headings a structured format already knows (docx styles, html h1–h6, md #):
    # the exact heading text → level.
    heading_hints: dict[str, int] = field(default_factory=dict)
    # Paragraphs of a PDF come as visual lines that must be rejoined.
    hard_wrapped: bool = False


@dataclass
class Stripped:
    """One piece of boilerplate removed by the cleaner, kept so nothing is lost silently."""

    rule: str
    text: str
    paragraph: int

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "text": self.text, "paragraph": self.paragraph}


@dataclass
class CleanResult:
    """Cleaned text (paragraphs joined by newlines) plus what was removed or changed."""

    text: str
    stripped: list[Stripped]
    normalized: int = 0  # punctuation / width characters rewritten
    meta: dict[str, str] = field(default_factory=dict)  # captured by rules: date, source


@dataclass
class Passage:
    text: str
    start: int
    end: int
    position: int = 0
    section: int = 0  # index into Segmented.sections
    paragraph: int = 0
    id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "start": self.start, "end": self.end}


@dataclass
class Section:
    heading: str
    level: int
    kind: str  # "preamble" | "excerpt" | "heading"
    start: int
    end: int
    marker: str = ""
    parent: int | None = None  # index of the parent section
    position: int = 0
    id: int | None = None

    def path(self, sections: list[Section]) -> list[str]:
        """Headings from the top down to this section, for context display."""
        chain: list[str] = []
        node: Section | None = self
        while node is not None:
            if node.heading:
                chain.append(node.heading)
            node = sections[node.parent] if node.parent is not None else None
        return list(reversed(chain))


@dataclass
class Segmented:
    sections: list[Section]
    passages: list[Passage]


@dataclass
class DocumentInfo:
    id: str
    title: str
    date: str | None
    source: str | None
    chars: int
    passages: int
    path: str | None = None
    format: str | None = None
    encoding: str | None = None
    content_hash: str | None = None
    added_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "source": self.source,
            "chars": self.chars,
            "passages": self.passages,
        }


@dataclass
class SearchHit:
    passage_id: int
    doc_id: str
    title: str
    heading: str
    text: str
    score: float
    highlight: str
    matches: list[tuple[int, int]]
    date: str | None = None
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "passage_id": self.passage_id,
            "doc_id": self.doc_id,
            "title": self.title,
            "heading": self.heading,
            "text": self.text,
            "score": round(self.score, 4),
            "highlight": self.highlight,
            "matches": [list(m) for m in self.matches],
            "date": self.date,
        }


@dataclass
class AddReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    passages: int = 0
    chars: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "passages": self.passages,
            "replaced": self.replaced,
            "skipped": self.skipped,
        }
