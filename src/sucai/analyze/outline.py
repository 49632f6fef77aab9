"""Outline (提纲): the heading tree of a speech plus its parallel leads.

Headings come from the segmenter (一、/（一）/第一、/1./numbered excerpts). Parallel
leads are sentence openings that repeat a frame inside one section — 要当好…的…
four times, 一是…二是…三是… — the hidden outline of speeches that have no
numbered headings; they are grouped as one level below their section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sucai.models import Segmented
from sucai.segment.structure import split_sentences

_QUOTE_LEAD = re.compile(r"^[“\"「][^”\"」]{1,20}[”\"」][，,：:]?")
_ORDINAL_LEAD = re.compile(r"^(?P<n>[一二三四五六七八九十]+)是")
_CLAUSE_END = re.compile(r"[，。；：！？]")
_ORDINAL_CLAUSE = re.compile(
    r"(?:^|(?<=[，。；：！？]))[一二三四五六七八九十]+是[^，。；！？]{1,28}"
)
_MIN_GROUP = 3
_FRAME = 3  # characters of shared opening that make a frame (要当好, 坚持以, 一是)
_MAX_LEAD = 30


@dataclass
class OutlineNode:
    level: int
    kind: str  # excerpt | heading | lead
    marker: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "kind": self.kind,
            "marker": self.marker,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


def _lead(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The opening clause of a sentence (after a quoted slogan), with offsets."""
    sentence = text[start:end]
    offset = 0
    q = _QUOTE_LEAD.match(sentence)
    if q:
        offset = q.end()
    m = _CLAUSE_END.search(sentence, offset)
    stop = m.start() if m else len(sentence)
    lead = sentence[offset:stop].strip()
    if not 2 <= len(lead) <= _MAX_LEAD:
        return None
    return lead, start + offset, start + offset + len(lead)


def build_outline(text: str, segmented: Segmented) -> list[OutlineNode]:
    nodes: list[OutlineNode] = []
    sections = segmented.sections
    for sec in sections:
        if sec.kind in ("heading", "excerpt"):
            nodes.append(
                OutlineNode(
                    sec.level,
                    sec.kind,
                    sec.marker,
                    sec.heading,
                    sec.start,
                    sec.start + len(sec.heading),
                )
            )
    # Parallel leads, section by section.
    by_section: dict[int, list[tuple[str, int, int]]] = {}
    for p in segmented.passages:
        leads = by_section.setdefault(p.section, [])
        for s, e in split_sentences(p.text, p.start):
            lead = _lead(text, s, e)
            if lead and not _ORDINAL_LEAD.match(lead[0]):
                leads.append(lead)
        # 一是…，二是…，三是…: ordinal leads open clauses, not only sentences.
        for m in _ORDINAL_CLAUSE.finditer(p.text):
            leads.append((m.group(0), p.start + m.start(), p.start + m.end()))
    for section, leads in by_section.items():
        level = sections[section].level + 1 if sections else 1
        for group in _groups(leads):
            for words, s, e in group:
                ordinal = _ORDINAL_LEAD.match(words)
                marker = ordinal.group(0) if ordinal else words[:_FRAME]
                nodes.append(OutlineNode(level, "lead", marker, words, s, e))
    nodes.sort(key=lambda n: (n.start, n.level))
    return nodes


def _groups(leads: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """Leads sharing a frame: the same first characters (要当好…) or 一是/二是/三是."""
    ordinal = [x for x in leads if _ORDINAL_LEAD.match(x[0])]
    groups: list[list[tuple[str, int, int]]] = []
    if len(ordinal) >= 2:
        groups.append(ordinal)
    frames: dict[str, list[tuple[str, int, int]]] = {}
    for x in leads:
        if _ORDINAL_LEAD.match(x[0]) or len(x[0]) < _FRAME + 2:
            continue
        frames.setdefault(x[0][:_FRAME], []).append(x)
    for members in frames.values():
        if len(members) >= _MIN_GROUP:
            lengths = [len(m[0]) for m in members]
            if max(lengths) <= 2 * min(lengths) + 4:  # parallel clauses are of like length
                groups.append(members)
    return groups


def outline_text(text: str, clean: bool = True) -> tuple[str, list[OutlineNode]]:
    """Clean (as ``add`` does), segment and outline a text; returns the cleaned text too."""
    from sucai.clean import Cleaner
    from sucai.segment import Segmenter, read_front_matter

    cleaned = Cleaner().clean(text).text if clean else text
    front = read_front_matter(cleaned.split("\n"))
    seg = Segmenter().segment(cleaned, front.count)
    return cleaned, build_outline(cleaned, seg)
