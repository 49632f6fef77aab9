"""Turn extracted text into clean paragraphs.

The cleaned text (paragraphs joined by ``\\n``) is the reference for every
offset sucai stores or returns, so this step must be deterministic: the same
input and options always give the same text.
"""

from __future__ import annotations

import re
from typing import Any

from sucai.models import CleanResult, Stripped
from sucai.resources import BoilerplateRules, load_boilerplate, load_punctuation

# Two or more indent characters inside a line start a new paragraph: crawled
# speeches mark paragraphs only this way (a single U+3000 after a dateline does not).
_INDENT_BREAK = re.compile(r"[\u3000\u2003\u00a0]{2,}")
_SPACES = re.compile(r"[ \t\u00a0\u2002-\u200a\u3000\u202f\u205f]+")
_ODD_SPACE_RE = re.compile(r"[\t\u00a0\u2002-\u200a\u3000\u202f\u205f]|  ")
_FULLWIDTH_ALNUM_RE = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = r"\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\u2018-\u201d\u2026\u2014"
_CJK_RE = re.compile(f"[{_CJK}]")
_CJK_OR_PUNCT = re.compile(f"[{_CJK}{_CJK_PUNCT}]")
_SPACE_NEAR_PUNCT = re.compile(f"(?<=[{_CJK_PUNCT}]) | (?=[{_CJK_PUNCT}])")
_SPACE_BETWEEN_CJK = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])")
_ELLIPSIS = re.compile(r"(?<=[\u4e00-\u9fff，。])\.{3,6}|\.{3,6}(?=[\u4e00-\u9fff])")
_FULLWIDTH_ALNUM = {
    c: c - 0xFEE0 for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
}
_TERMINAL = "。！？：；…”’）)"
_CLOSING = set("，。、；：！？）」』”’》…,.;:!?)")
_DATED_LINE = re.compile(r"^(?:——|[（(]\s*(?:\d{4}|[一二][〇○零一二三四五六七八九]{3})\s*年)")
_MARKER_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+[、，,：:章节部]|\d+[.．、](?!\d))"
)


def _pdf_rejoin(text: str) -> str:
    """Rejoin visual lines of a PDF page into paragraphs."""
    lines = text.split("\n")
    lengths = sorted(len(x.strip()) for x in lines if len(x.strip()) >= 8)
    if not lengths:
        return text
    typical = lengths[int(len(lengths) * 0.9) - 1 if len(lengths) > 1 else 0]
    out: list[str] = []
    buf = ""
    for i, line in enumerate(lines):
        cur = line.strip()
        if not cur:
            if buf:
                out.append(buf)
                buf = ""
            continue
        buf += cur
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        next_indented = bool(re.match(r"^[\s\u3000]{2,}\S", nxt)) or nxt.startswith("\u3000")
        next_dated = bool(_DATED_LINE.match(nxt.strip()))
        ends = cur[-1] in _TERMINAL
        short = len(cur) < 0.9 * typical
        if (
            not nxt.strip()
            or next_indented
            or _MARKER_START.match(nxt)
            or next_dated
            or (ends and short)
            or len(cur) < 0.6 * typical
        ):
            out.append(buf)
            buf = ""
    if buf:
        out.append(buf)
    return "\n".join(out)


def split_paragraphs(text: str, hard_wrapped: bool = False) -> list[str]:
    """Split at newlines and at in-line indent runs; empty paragraphs are dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n").replace("\x0c", "\n")
    if hard_wrapped:
        text = _pdf_rejoin(text)
    paras: list[str] = []
    for line in text.split("\n"):
        for piece in _INDENT_BREAK.split(line):
            if piece.strip():
                paras.append(piece)
    return _join_fragments(paras)


def _join_fragments(paras: list[str]) -> list[str]:
    """Mend lines that web pages break around links: 所作的⏎政府工作报告⏎。会议…

    A line cannot start with closing punctuation, so such a line belongs to the
    previous one; and a short unpunctuated line squeezed between a line that
    does not end a sentence and such a line was the link text.
    """
    out: list[str] = []
    n = len(paras)
    for i, para in enumerate(paras):
        stripped = para.strip()
        if out and stripped[:1] in _CLOSING:
            out[-1] = out[-1].rstrip() + stripped
            continue
        nxt = paras[i + 1].strip() if i + 1 < n else ""
        if (
            out
            and nxt[:1] in _CLOSING
            and len(stripped) <= 30
            and out[-1].rstrip()[-1:] not in _TERMINAL
        ):
            out[-1] = out[-1].rstrip() + stripped
            continue
        out.append(para)
    return out


class Cleaner:
    """Strips boilerplate by the rules in ``data/boilerplate.yaml`` and normalises text.

    ``t2s`` converts traditional to simplified characters (OpenCC), for old or
    Hong Kong/Taiwan sources that should be searchable with simplified queries.
    """

    def __init__(
        self,
        rules: BoilerplateRules | None = None,
        punctuation: dict[str, str] | None = None,
        t2s: bool = False,
    ) -> None:
        self.rules = rules or load_boilerplate()
        self.punctuation = punctuation or load_punctuation()
        self.t2s = t2s
        self._converter: Any = None
        keys = "".join(re.escape(k) for k in self.punctuation)
        self._punct_re = re.compile(f'[{keys}"]')

    def clean(self, text: str, hard_wrapped: bool = False) -> CleanResult:
        stripped: list[Stripped] = []
        meta: dict[str, str] = {}
        for rule in self.rules.rules:
            if rule.where != "text":
                continue
            if rule.action == "truncate":
                floor = int(len(text) * (1 - self.rules.tail_share))
                m = rule.pattern.search(text, floor)
                if m:
                    stripped.append(Stripped(rule.name, text[m.start() :].strip(), -1))
                    text = text[: m.start()]
                continue
            for m in rule.pattern.finditer(text):
                stripped.append(Stripped(rule.name, m.group(0), -1))
            text = rule.pattern.sub("", text)
        paras = split_paragraphs(text, hard_wrapped)
        n = len(paras)
        reach = self.rules.reach
        kept: list[str] = []
        normalized = 0
        for i, para in enumerate(paras):
            para = _ZERO_WIDTH.sub("", para)
            head, tail = i < reach, i >= n - reach
            for rule in self.rules.rules:
                if rule.where == "text" or (rule.where == "head" and not head):
                    continue
                if rule.where == "tail" and not tail:
                    continue
                if rule.action == "inline":
                    found = [m.group(0) for m in rule.pattern.finditer(para)]
                    if found:
                        stripped.extend(Stripped(rule.name, f, i) for f in found)
                        para = rule.pattern.sub("", para)
                    continue
                if len(para.strip()) > rule.max_len:
                    continue
                if rule.action == "drop":
                    whole = rule.pattern.match(para.strip())
                    if whole and whole.end() == len(para.strip()):
                        stripped.append(Stripped(rule.name, para.strip(), i))
                        for key, value in whole.groupdict().items():
                            if value and value.strip():
                                meta.setdefault(key, value.strip())
                        para = ""
                        break
                else:  # prefix
                    lead = rule.pattern.match(para)
                    if lead and lead.end() > 0 and lead.group(0).strip():
                        stripped.append(Stripped(rule.name, lead.group(0).strip(), i))
                        para = para[lead.end() :]
            if not para.strip():
                continue
            para, changes = self.normalize(para)
            normalized += changes
            if para:
                kept.append(para)
        return CleanResult(
            text="\n".join(kept), stripped=stripped, normalized=normalized, meta=meta
        )

    def normalize(self, para: str) -> tuple[str, int]:
        """Normalise one paragraph; returns the text and how many characters changed.

        Every step first checks cheaply whether it has anything to do: this runs
        over every paragraph of every document ingested.
        """
        changes = 0
        if _FULLWIDTH_ALNUM_RE.search(para):
            changes += len(_FULLWIDTH_ALNUM_RE.findall(para))
            para = para.translate(_FULLWIDTH_ALNUM)
        length = len(para)
        if _ODD_SPACE_RE.search(para):
            para = _SPACES.sub(" ", para)
        para = para.strip()
        if " " in para:
            para = _SPACE_NEAR_PUNCT.sub("", para)
            spaces = para.count(" ")
            if spaces > 3 and spaces > 0.3 * len(_CJK_RE.findall(para)):
                # Letter-spaced text from PDFs and posters: 劳 动 模 范.
                para = _SPACE_BETWEEN_CJK.sub("", para)
        changes += length - len(para)
        if _CJK_RE.search(para):
            if self._punct_re.search(para):
                para, n = self._punctuate(para)
                changes += n
                if " " in para:
                    length = len(para)
                    para = _SPACE_NEAR_PUNCT.sub("", para)
                    changes += length - len(para)
            if "..." in para:
                length = len(para)
                para = _ELLIPSIS.sub("……", para)
                changes += length - len(para)
            if self.t2s:
                converted = self._convert(para)
                if converted != para:
                    changes += sum(1 for a, b in zip(para, converted, strict=False) if a != b)
                    para = converted
        return para, changes

    def _punctuate(self, para: str) -> tuple[str, int]:
        chars = list(para)
        n = len(chars)
        changed = 0
        for m in self._punct_re.finditer(para):
            i = m.start()
            c = chars[i]
            prev = chars[i - 1] if i > 0 else " "
            nxt = chars[i + 1] if i + 1 < n else " "
            if c in ",:" and prev.isdigit() and nxt.isdigit():
                continue  # 1,000 and 12:30
            if c == '"':
                continue
            if _CJK_OR_PUNCT.match(prev) or _CJK_OR_PUNCT.match(nxt):
                chars[i] = self.punctuation[c]
                changed += 1
        out = "".join(chars)
        if '"' in out and out.count('"') % 2 == 0:
            parts = out.split('"')
            out = parts[0]
            for k, part in enumerate(parts[1:]):
                out += ("“" if k % 2 == 0 else "”") + part
            changed += len(parts) - 1
        return out, changed

    def _convert(self, para: str) -> str:
        if self._converter is None:
            try:
                import opencc
            except ImportError as exc:  # pragma: no cover - core dependency
                raise ImportError(
                    "traditional→simplified needs OpenCC: pip install opencc"
                ) from exc
            self._converter = opencc.OpenCC("t2s")
        return str(self._converter.convert(para))
