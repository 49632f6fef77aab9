"""Find the heading tree and cut paragraphs into passages.

Heading levels are not fixed by marker type: documents nest 一、/（一）/1. in
different orders, so a marker type gets its level the first time it appears
below the current heading (as Markdown viewers do for setext/ATX mixes), and a
marker only counts as a heading when its number continues a sequence (一 then
二 …). The sequence check keeps a sentence that happens to start with "1." or
"第一，" from opening a section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sucai.models import Passage, Section, Segmented
from sucai.segment.dates import cn_number

_CN = "一二三四五六七八九十"
# (type, regex); the group "n" holds the number. Order matters: longer forms first.
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("chapter", re.compile(rf"^第(?P<n>[{_CN}]+|\d+)(?:章|部分|节)[\s、，,：:]*")),
    ("di", re.compile(rf"^第(?P<n>[{_CN}]+)[、，,：:．.]\s*")),
    ("cn", re.compile(rf"^(?P<n>[{_CN}]+)[、.．]\s*")),
    ("cn_paren", re.compile(rf"^[（(](?P<n>[{_CN}]+)[)）]\s*")),
    ("num", re.compile(r"^(?P<n>\d{1,2})(?:[、．]|\.(?!\d))\s*")),
    ("num_paren", re.compile(r"^[（(](?P<n>\d{1,2})[)）]\s*")),
    ("circled", re.compile(r"^(?P<n>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*")),
    ("seq", re.compile(r"^(?P<n>首先|其次|再次|再者|第三|最后)[，,：:]\s*")),
]
_SEQ_VALUE = {"首先": 1, "其次": 2, "再次": 3, "再者": 3, "第三": 3, "最后": -1}
_APPENDIX = re.compile(r"^(?:附[：:]|附件[：:\d一二三四五六七八九]?)\S{0,20}$")
_EXCERPT = re.compile(r"^\s*(?P<n>\d{1,3})\s*[.．、]?\s*$")
_SENTENCE = re.compile(r"[^。！？!?；;…]*(?:[。！？!?；;]+|…+|$)[”’」』）)\"]*")
_HEADING_END = re.compile(r"[。！？!?；;：:]")
_MAX_HEADING = 60


def _marker_value(kind: str, raw: str) -> int | None:
    if kind == "circled":
        return ord(raw) - ord("①") + 1
    if kind == "seq":
        return _SEQ_VALUE.get(raw)
    return cn_number(raw)


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in ``text``, shifted by ``offset``; quotes stay attached."""
    spans = []
    for m in _SENTENCE.finditer(text):
        if m.end() > m.start():
            spans.append((offset + m.start(), offset + m.end()))
    return spans


@dataclass
class _Frame:
    kind: str
    level: int
    section: int
    last: int  # last number seen for this marker kind at this depth


class Segmenter:
    """Turns cleaned text into sections and passages.

    ``max_chars``: a paragraph longer than this is split at sentence ends into
    roughly equal passages (a passage should be a quotable unit, not a page).
    """

    def __init__(self, max_chars: int = 400) -> None:
        if max_chars < 50:
            raise ValueError(f"max_chars={max_chars} is too small; use at least 50")
        self.max_chars = max_chars

    def segment(
        self,
        text: str,
        front: int = 0,
        heading_hints: dict[str, int] | None = None,
    ) -> Segmented:
        hints = heading_hints or {}
        paragraphs: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            paragraphs.append((pos, pos + len(line)))
            pos += len(line) + 1
        sections = [Section(heading="", level=0, kind="preamble", start=0, end=0)]
        stack: list[_Frame] = [_Frame("root", 0, 0, 0)]
        passages: list[Passage] = []
        next_excerpt = 1
        excerpt_mode = self._is_compilation(text, paragraphs[front:])
        seen = self._markers_present(text, paragraphs[front:])
        for pi, (start, end) in enumerate(paragraphs):
            if pi < front:
                continue
            para = text[start:end]
            stripped = para.strip()
            if not stripped:
                continue
            if _APPENDIX.match(stripped):
                # 附：素材来源 — an appendix closes the numbered excerpts.
                sections.append(Section(stripped, 1, "appendix", start, end, marker="附", parent=0))
                stack = [_Frame("root", 0, 0, 0), _Frame("appendix", 1, len(sections) - 1, 0)]
                excerpt_mode = False
                continue
            m = _EXCERPT.match(stripped)
            if excerpt_mode and m and int(m.group("n")) == next_excerpt:
                next_excerpt += 1
                sections.append(
                    Section(stripped, 1, "excerpt", start, end, marker=stripped, parent=0)
                )
                stack = [_Frame("root", 0, 0, 0), _Frame("excerpt", 1, len(sections) - 1, 0)]
                continue
            heading = self._heading(stripped, stack, hints, seen)
            if heading is not None:
                kind, value, head_text, run_in = heading
                level = self._push(stack, kind, value, len(sections))
                parent = stack[-2].section if len(stack) > 1 else 0
                hstart = start + (len(para) - len(para.lstrip()))
                sections.append(
                    Section(
                        head_text,
                        level,
                        "heading",
                        hstart,
                        hstart + len(head_text),
                        marker=kind,
                        parent=parent,
                    )
                )
                if not run_in:
                    continue
            section_index = stack[-1].section
            for s, e in self._chunks(text, start, end):
                passages.append(
                    Passage(
                        text=text[s:e],
                        start=s,
                        end=e,
                        position=len(passages),
                        section=section_index,
                        paragraph=pi,
                    )
                )
        self._close(sections, passages, len(text))
        return Segmented(sections=sections, passages=passages)

    @staticmethod
    def _is_compilation(text: str, paragraphs: list[tuple[int, int]]) -> bool:
        """A compilation has bare number lines 1, 2, … in order, at least two of them."""
        expected = 1
        for s, e in paragraphs:
            m = _EXCERPT.match(text[s:e])
            if m and int(m.group("n")) == expected:
                expected += 1
        return expected >= 3

    def _heading(
        self,
        para: str,
        stack: list[_Frame],
        hints: dict[str, int],
        seen: set[tuple[str, int]],
    ) -> tuple[str, int, str, bool] | None:
        """(marker kind, number, heading text, run_in) if ``para`` opens a section."""
        # A numbering marker says more about the level than an HTML/docx heading
        # style does (pages often style 一、 and （一） alike), so markers come first.
        for kind, rx in _MARKERS:
            m = rx.match(para)
            if not m:
                continue
            value = _marker_value(kind, m.group("n"))
            if value is None or not self._continues(stack, kind, value, seen):
                return None
            body = para[m.end() :]
            if not body:
                return None
            if len(para) <= _MAX_HEADING and not _HEADING_END.search(para[:-1]):
                return (kind, value, para, False)
            first = _HEADING_END.search(body)
            if first and first.end() < len(body) and m.end() + first.end() <= _MAX_HEADING:
                if kind in ("di", "seq") and first.start() == 0:
                    return None
                return (kind, value, para[: m.end() + first.end()], True)
            return None
        if para in hints:
            return (f"h{hints[para]}", 0, para, False)
        return None

    @staticmethod
    def _markers_present(text: str, paragraphs: list[tuple[int, int]]) -> set[tuple[str, int]]:
        """Every (marker kind, number) that opens some paragraph of the document."""
        seen: set[tuple[str, int]] = set()
        for s, e in paragraphs:
            para = text[s:e].lstrip()
            for kind, rx in _MARKERS:
                m = rx.match(para)
                if m:
                    value = _marker_value(kind, m.group("n"))
                    if value is not None:
                        seen.add((kind, value))
                    break
        return seen

    @staticmethod
    def _continues(stack: list[_Frame], kind: str, value: int, seen: set[tuple[str, int]]) -> bool:
        for frame in reversed(stack):
            if frame.kind == kind:
                return value == frame.last + 1 or (kind == "seq" and value == -1)
        if kind.startswith("h"):
            return True
        # A list starts at 1 and has a second item somewhere: a lone "一、" or
        # "首先，" opening a sentence is prose, not a heading.
        if kind == "seq":
            return value == 1 and any((kind, v) in seen for v in (2, 3, -1))
        return value == 1 and (kind, 2) in seen

    @staticmethod
    def _push(stack: list[_Frame], kind: str, value: int, section: int) -> int:
        for i in range(len(stack) - 1, -1, -1):
            if stack[i].kind == kind:
                del stack[i + 1 :]
                stack[i].section = section
                stack[i].last = value
                return stack[i].level
        level = stack[-1].level + 1
        stack.append(_Frame(kind, level, section, value))
        return level

    def _chunks(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        length = end - start
        if length <= self.max_chars:
            return [(start, end)] if length else []
        sentences = split_sentences(text[start:end], start)
        pieces: list[tuple[int, int]] = []
        for s, e in sentences:
            while e - s > self.max_chars * 1.5:  # a run-on sentence: cut at a comma
                window = text[s : s + self.max_chars]
                cut = max(window.rfind("，"), window.rfind("、"))
                cut = cut + 1 if cut > self.max_chars // 3 else self.max_chars
                pieces.append((s, s + cut))
                s += cut
            pieces.append((s, e))
        k = -(-length // self.max_chars)
        target = length / k
        out: list[tuple[int, int]] = []
        cur_start = pieces[0][0]
        cur_end = cur_start
        for s, e in pieces:
            if cur_end > cur_start and (e - cur_start) > target and len(out) < k - 1:
                # Cut at whichever sentence end lies nearer the even share.
                over = (e - cur_start) - target
                under = target - (cur_end - cur_start)
                if over < under and (e - cur_start) <= self.max_chars * 1.2:
                    out.append((cur_start, e))
                    cur_start = cur_end = e
                    continue
                out.append((cur_start, cur_end))
                cur_start = s
            cur_end = e
        if cur_end > cur_start:
            out.append((cur_start, cur_end))
        return out

    @staticmethod
    def _close(sections: list[Section], passages: list[Passage], text_len: int) -> None:
        """Set section ends, drop an empty preamble, renumber."""
        for i, sec in enumerate(sections):
            sec.end = sections[i + 1].start if i + 1 < len(sections) else text_len
        has_preamble = any(p.section == 0 for p in passages)
        if not has_preamble and len(sections) > 1:
            del sections[0]
            for sec in sections:
                sec.parent = sec.parent - 1 if sec.parent else None
            for p in passages:
                p.section -= 1
        for i, sec in enumerate(sections):
            sec.position = i
