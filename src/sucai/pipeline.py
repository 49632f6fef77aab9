"""The ingest pipeline: named stages of one shape, ``Work -> Work``.

Later stages (analysis: themes, names, formulations) register here too, so
the library and the benchmarks run the very same path.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sucai.analyze.themes import ThemeTagger
from sucai.clean import Cleaner
from sucai.models import CleanResult, RawDocument, Segmented
from sucai.segment import FrontMatter, Segmenter, read_front_matter
from sucai.segment.dates import date_bounds, parse_date
from sucai.segment.words import JiebaSegmenter, WordSegmenter

_WS = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """Hash of the text with white space collapsed: the same words in another
    encoding, line-ending style or file format count as the same content."""
    return hashlib.sha256(_WS.sub(" ", text).strip().encode("utf-8")).hexdigest()


@dataclass
class Work:
    raw: RawDocument
    hash: str = ""
    cleaned: CleanResult | None = None
    front: FrontMatter | None = None
    segmented: Segmented | None = None
    tokens: list[str] = field(default_factory=list)
    themes: list[dict[str, float]] = field(default_factory=list)
    title: str = ""
    date: str | None = None

    @property
    def date_bounds(self) -> tuple[str | None, str | None]:
        return date_bounds(self.date)


Stage = Callable[[Work], Work]


class Pipeline:
    """clean → front matter → segment → index tokens, each a named stage."""

    def __init__(
        self,
        cleaner: Cleaner | None = None,
        segmenter: Segmenter | None = None,
        words: WordSegmenter | None = None,
    ) -> None:
        self.cleaner = cleaner or Cleaner()
        self.segmenter = segmenter or Segmenter()
        self.words: WordSegmenter = words or JiebaSegmenter()
        self.stages: list[tuple[str, Stage]] = [
            ("hash", self._hash),
            ("clean", self._clean),
            ("front", self._front),
            ("segment", self._segment),
            ("index", self._index),
            ("themes", self._themes),
        ]
        self._tagger: ThemeTagger | None = None

    def process(self, raw: RawDocument, until: str | None = None) -> Work:
        work = Work(raw=raw)
        for name, stage in self.stages:
            work = stage(work)
            if name == until:
                break
        return work

    def resume(self, work: Work, after: str) -> Work:
        """Run the stages that follow ``after`` (the library hashes first to skip known content)."""
        names = [name for name, _ in self.stages]
        for _, stage in self.stages[names.index(after) + 1 :]:
            work = stage(work)
        return work

    def _hash(self, work: Work) -> Work:
        work.hash = content_hash(work.raw.text)
        return work

    def _clean(self, work: Work) -> Work:
        work.cleaned = self.cleaner.clean(work.raw.text, hard_wrapped=work.raw.hard_wrapped)
        return work

    def _front(self, work: Work) -> Work:
        assert work.cleaned is not None
        raw = work.raw
        paras = work.cleaned.text.split("\n")
        front = read_front_matter(paras, raw.title, raw.date)
        meta = work.cleaned.meta
        title = raw.title or front.title or meta.get("title")
        if not title and raw.format != "jsonl":
            title = Path(raw.path).stem
        if not title:
            title = paras[0][:30] if paras and paras[0] else "(untitled)"
        work.title = title
        work.date = (
            front.date
            or (parse_date(meta["date"]) if meta.get("date") else None)
            or parse_date(title)
        )
        work.front = front
        return work

    def _segment(self, work: Work) -> Work:
        assert work.cleaned is not None and work.front is not None
        work.segmented = self.segmenter.segment(
            work.cleaned.text, work.front.count, work.raw.heading_hints
        )
        return work

    def _themes(self, work: Work) -> Work:
        assert work.segmented is not None
        if self._tagger is None:
            self._tagger = ThemeTagger()
        work.themes = [self._tagger.tag(p.text) for p in work.segmented.passages]
        return work

    def _index(self, work: Work) -> Work:
        assert work.segmented is not None
        work.tokens = [" ".join(self.words.index_tokens(p.text)) for p in work.segmented.passages]
        return work
