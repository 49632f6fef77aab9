"""Compile: a themed collection of excerpts in the 范文 layout, done right.

select (rank passages for the topic, best contiguous run of paragraphs per
source, no near-duplicates) → clean each excerpt (mask or localize names, check
formulations as of a date) → a Collection that the exporters write.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sucai.analyze.anonymizer import Anonymizer
from sucai.analyze.check import Checker, Finding, parse_as_of
from sucai.analyze.themes import ThemeTagger
from sucai.errors import SucaiError

if TYPE_CHECKING:
    from sucai.library import Library

DEFAULT_INTRO = (
    "本素材围绕“{topic}”选编{n}段讲话摘录，地名、人名已作处理，"
    "提法已按{as_of}核对，供起草讲话参考。"
)


@dataclass
class Excerpt:
    n: int
    doc_id: str
    passage_ids: list[int]
    text: str
    original: str
    source: dict[str, Any]
    score: float
    findings: list[Finding] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)
    key: tuple[str, int | None] | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n") if p.strip()]

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "text": self.text,
            "doc_id": self.doc_id,
            "passage_ids": self.passage_ids,
            "source": self.source,
            "findings": [f.to_dict() for f in self.findings],
            "changes": self.changes,
            "score": round(self.score, 3),
        }


@dataclass
class Collection:
    title: str
    intro: str
    topic: str
    as_of: dt.date
    excerpts: list[Excerpt]
    sources: bool = True

    @property
    def review(self) -> list[dict[str, Any]]:
        return [{"n": e.n, **f.to_dict()} for e in self.excerpts for f in e.findings]

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "intro": self.intro,
            "topic": self.topic,
            "as_of": self.as_of.isoformat(),
            "excerpts": [e.to_dict() for e in self.excerpts],
            "review": self.review,
        }


@dataclass
class SkeletonPassage:
    text: str
    doc_id: str
    passage_id: int
    source: dict[str, Any]
    findings: list[Finding] = field(default_factory=list)


@dataclass
class SkeletonSection:
    heading: str
    origin: str  # the heading as mined, before masking
    doc_id: str
    passages: list[SkeletonPassage]

    def to_dict(self) -> dict[str, Any]:
        return {
            "heading": self.heading,
            "doc_id": self.doc_id,
            "passages": [
                {
                    "text": p.text,
                    "doc_id": p.doc_id,
                    "passage_id": p.passage_id,
                    "source": p.source,
                    "findings": [f.to_dict() for f in p.findings],
                }
                for p in self.passages
            ],
        }


@dataclass
class Skeleton:
    title: str
    intro: str
    topic: str
    as_of: dt.date
    sections: list[SkeletonSection]
    sources: bool = True

    @property
    def review(self) -> list[dict[str, Any]]:
        return [
            {"n": f"{i}部分", **f.to_dict()}
            for i, sec in enumerate(self.sections, 1)
            for p in sec.passages
            for f in p.findings
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "intro": self.intro,
            "topic": self.topic,
            "as_of": self.as_of.isoformat(),
            "sections": [s.to_dict() for s in self.sections],
            "review": self.review,
        }


@dataclass
class _Unit:
    """One source: a document, or one numbered excerpt of a compilation."""

    doc_id: str
    key: tuple[str, int | None]
    paragraphs: list[tuple[int, list[Any], float]]  # (paragraph index, passage rows, score)


class Compiler:
    def __init__(
        self,
        library: Library,
        anonymizer: Anonymizer | None = None,
        checker: Checker | None = None,
    ) -> None:
        self.lib = library
        self.anonymizer = anonymizer or Anonymizer()
        self.checker = checker or Checker(self.anonymizer)
        self.tagger = ThemeTagger()
        self._sources: dict[str, dict[str, Any]] = {}
        self._learned: dict[str, set[str]] = {}

    # -- select ------------------------------------------------------------------
    def query_words(self, topic: str) -> list[tuple[str, float]]:
        """The topic's own words (weight 1) and its themes' phrases (weight 0.5)."""
        words = [
            (w, 0.2 if w in self.tagger.occasions else 1.0)
            for w in self.lib.pipeline.words.query_tokens(topic)
            if len(w) >= 2
        ]
        own = {w for w, _ in words}
        for phrase in self.tagger.expand(topic)[1:]:
            if phrase not in own and len(phrase) >= 2:
                words.append((phrase, 0.5))
                own.add(phrase)
        if not words:
            raise SucaiError(f"the topic {topic!r} has no words to look for; give e.g. 劳模座谈会")
        return words[:16]

    def score_passages(
        self,
        topic: str,
        date_from: str | None = None,
        date_to: str | None = None,
        themes: list[str] | None = None,
    ) -> dict[int, float]:
        scores: dict[int, float] = defaultdict(float)
        lo, hi = self.lib.date_range(date_from, date_to)
        for word, weight in self.query_words(topic):
            hits = self.lib.searcher.scores(word, 1000, lo, hi, themes)
            if not hits:
                continue
            top = max(score for _, score in hits) or 1.0
            for pid, score in hits:
                scores[pid] += weight * (0.5 + 0.5 * score / top)
        return scores

    def _units(self, scores: dict[int, float], exclude: set[str]) -> list[_Unit]:
        best = sorted(scores, key=lambda pid: -scores[pid])[:600]
        doc_best: dict[str, float] = {}
        for hit in self.lib.store.passages(ids=best):
            if hit["doc_id"] not in exclude:
                doc_best[hit["doc_id"]] = max(doc_best.get(hit["doc_id"], 0.0), scores[hit["id"]])
        # Only the documents holding the best passages are read whole.
        docs = sorted(doc_best, key=lambda d: -doc_best[d])[:_MAX_DOCS]
        units: list[_Unit] = []
        for doc_id in docs:
            sections = {s["id"]: s for s in self.lib.store.sections(doc_id)}
            grouped: dict[int | None, dict[int, list[Any]]] = defaultdict(dict)
            for stored in self.lib.store.passages(doc_id):
                row: dict[str, Any] = dict(stored)
                row["block"] = _block(sections, row["section_id"])
                key = _top_excerpt(sections, row["section_id"])
                grouped[key].setdefault(row["paragraph"], []).append(row)
            for excerpt, paras in grouped.items():
                plist = [
                    (idx, rows, sum(scores.get(r["id"], 0.0) for r in rows))
                    for idx, rows in sorted(paras.items())
                ]
                if any(score > 0 for _, _, score in plist):
                    units.append(_Unit(doc_id, (doc_id, excerpt), plist))
        return units

    @staticmethod
    def _best_run(
        unit: _Unit, min_chars: int, max_chars: int
    ) -> tuple[list[tuple[int, list[Any], float]], float]:
        paras = unit.paragraphs
        if not paras:
            return [], 0.0

        def chars(p: tuple[int, list[Any], float]) -> int:
            return sum(len(r["text"]) for r in p[1])

        def section(p: tuple[int, list[Any], float]) -> Any:
            return p[1][0]["block"]

        if unit.key[1] is not None and sum(chars(p) for p in paras) <= max_chars:
            # One numbered excerpt of a compilation is already a chosen excerpt: keep it whole.
            best = max(p[2] for p in paras)
            return list(paras), best + 0.3 * (sum(p[2] for p in paras) - best)
        i = max(range(len(paras)), key=lambda k: paras[k][2])
        lo = hi = i
        total = chars(paras[i])
        while True:
            options = []
            if lo > 0 and section(paras[lo - 1]) == section(paras[i]):
                options.append(lo - 1)
            if hi + 1 < len(paras) and section(paras[hi + 1]) == section(paras[i]):
                options.append(hi + 1)
            options = [k for k in options if total + chars(paras[k]) <= max_chars]
            if not options:
                break
            k = max(options, key=lambda k: (paras[k][2], -abs(k - i)))
            if paras[k][2] <= 0 and total >= min_chars:
                break
            total += chars(paras[k])
            lo, hi = min(lo, k), max(hi, k)
        run = paras[lo : hi + 1]
        # The best paragraph carries the run; the others add less, so that long runs
        # of weak mentions (a government report's lists) do not beat a focused speech.
        best = max(p[2] for p in run)
        return run, best + 0.3 * (sum(p[2] for p in run) - best)

    # -- compile -----------------------------------------------------------------
    def compile(
        self,
        topic: str,
        n: int = 5,
        *,
        as_of: dt.date | str | None = None,
        place: str | None = None,
        fix_stale: bool = False,
        date_from: str | None = None,
        date_to: str | None = None,
        themes: list[str] | None = None,
        exclude: list[str] | None = None,
        intro: str | None = None,
        title: str | None = None,
        min_chars: int = 200,
        max_chars: int = 1500,
    ) -> Collection:
        if n < 1:
            raise SucaiError(f"-n must be at least 1, got {n}")
        day = parse_as_of(as_of)
        excluded = {self.lib.resolve(d) for d in exclude or []}
        scores = self.score_passages(topic, date_from, date_to, themes)
        if not scores:
            raise SucaiError(
                f"nothing in the library matches {topic!r}; add material first (sucai add) "
                "or try a broader topic"
            )
        words = self.query_words(topic)
        ranked = []
        for unit in self._units(scores, excluded):
            run, score = self._best_run(unit, min_chars, max_chars)
            if run:
                length = sum(len(r["text"]) for p in run for r in p[1])
                # Prefer excerpts of useful length: a one-line hit is a weak excerpt.
                score *= min(1.0, length / min_chars)
                doc_title = self.source(unit.doc_id)["title"] or ""
                in_title = [weight for w, weight in words if w in doc_title and weight >= 0.5]
                if in_title:
                    score *= 1.0 + max(in_title) / 2  # a speech on the very topic
                ranked.append((score, unit, run))
        ranked.sort(key=lambda x: -x[0])
        dedupe = _excerpt_deduper()
        chosen: list[Excerpt] = []
        # One excerpt per document first, then more from the same documents if needed.
        for first_pass in (True, False):
            for score, unit, run in ranked:
                if len(chosen) >= n:
                    break
                if any(e.key == unit.key for e in chosen):
                    continue
                if first_pass and any(e.doc_id == unit.doc_id for e in chosen):
                    continue
                original = "\n".join("".join(r["text"] for r in p[1]) for p in run)
                if any(_copies(dedupe, original, e.original) for e in chosen):
                    continue
                pids = [r["id"] for p in run for r in p[1]]
                source = self.source(unit.doc_id)
                chosen.append(
                    Excerpt(0, unit.doc_id, pids, original, original, source, score, key=unit.key)
                )
        chosen.sort(key=lambda e: -e.score)
        for i, e in enumerate(chosen, 1):
            e.n = i
        for e in chosen:
            self.clean(e, day, place, fix_stale)
        year = day.year
        heading = title or f"{year}年{topic}讲话素材"
        text_intro = (intro if intro is not None else DEFAULT_INTRO).format(
            topic=topic, n=len(chosen), as_of=day.strftime("%Y年%-m月%-d日")
        )
        return Collection(heading, text_intro, topic, day, chosen)

    # -- skeleton ----------------------------------------------------------------
    def skeleton(
        self,
        topic: str,
        sections: int = 4,
        per_section: int = 3,
        *,
        as_of: dt.date | str | None = None,
        place: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> Skeleton:
        """A speech skeleton: 3–5 headings mined from the library on the topic, each
        with its best supporting passages (anonymized) — a starting draft."""
        if not 3 <= sections <= 5:
            raise SucaiError(f"a skeleton has 3 to 5 sections, not {sections}")
        day = parse_as_of(as_of)
        scores = self.score_passages(topic, date_from, date_to)
        if not scores:
            raise SucaiError(f"nothing in the library matches {topic!r}; add material first")
        best = sorted(scores, key=lambda pid: -scores[pid])[:600]
        docs = list(dict.fromkeys(r["doc_id"] for r in self.lib.store.passages(ids=best)))
        candidates: list[tuple[float, str, str, list[Any]]] = []
        for doc_id in docs:
            secs = {s["id"]: s for s in self.lib.store.sections(doc_id)}
            under: dict[int, list[Any]] = defaultdict(list)
            for row in self.lib.store.passages(doc_id):
                sid = row["section_id"]
                while sid is not None and sid in secs:
                    under[sid].append(row)
                    sid = secs[sid]["parent_id"]
            for sid, sec in secs.items():
                if sec["kind"] != "heading" or not under.get(sid):
                    continue
                rows = sorted(under[sid], key=lambda r: -scores.get(r["id"], 0.0))
                support = [r for r in rows if scores.get(r["id"], 0.0) > 0][:per_section]
                if not support:
                    continue
                score = sum(scores.get(r["id"], 0.0) for r in support)
                candidates.append((score, sec["heading"], doc_id, support))
        candidates.sort(key=lambda x: -x[0])
        dedupe = _excerpt_deduper()
        chosen: list[SkeletonSection] = []
        used: set[int] = set()
        for _, heading, doc_id, support in candidates:
            core = _heading_core(heading)
            if any(_bigram_overlap(core, _heading_core(c.origin)) > 0.5 for c in chosen):
                continue
            rows = [r for r in support if r["id"] not in used]
            rows = [
                r
                for r in rows
                if not any(_copies(dedupe, r["text"], p.text) for c in chosen for p in c.passages)
            ]
            if not rows:
                continue
            passages = []
            for r in rows:
                used.add(r["id"])
                text = self._rewrite(r["text"], place, r["doc_id"])
                findings = self.checker.check(text, day, names=False, levels=False).findings
                passages.append(
                    SkeletonPassage(text, r["doc_id"], r["id"], self.source(r["doc_id"]), findings)
                )
            chosen.append(
                SkeletonSection(self._rewrite(core, place, doc_id), heading, doc_id, passages)
            )
            if len(chosen) >= sections:
                break
        intro = (
            f"本提纲围绕“{topic}”，从素材库中提炼{len(chosen)}个部分，"
            "每部分附参考段落，供起草讲话时取舍。"
        )
        return Skeleton(f"{topic}讲话提纲", intro, topic, day, chosen)

    def _known(self, doc_id: str) -> set[str]:
        if doc_id not in self._learned:
            self._learned[doc_id] = self.anonymizer.learn(self.lib.text(doc_id))
        return self._learned[doc_id]

    def _rewrite(self, text: str, place: str | None, doc_id: str) -> str:
        known = self._known(doc_id)
        if place:
            return self.anonymizer.localize(text, place, known=known).text
        return self.anonymizer.anonymize(text, known=known).text

    def source(self, doc_id: str) -> dict[str, Any]:
        """Where an excerpt comes from: title, date, source, path (cached per document)."""
        if doc_id not in self._sources:
            self._sources[doc_id] = self.lib.store.source(doc_id)
        return self._sources[doc_id]

    def clean(self, e: Excerpt, day: dt.date, place: str | None, fix_stale: bool) -> None:
        """Mask (or localize) an excerpt knowing its document's names, then check it."""
        known = self._known(e.doc_id)
        if place:
            result = self.anonymizer.localize(e.text, place, known=known)
        else:
            result = self.anonymizer.anonymize(e.text, known=known)
        e.text = result.text
        e.changes = [s.to_dict() for s in result.changes]
        checked = self.checker.check(e.text, day, names=False, levels=False)
        if fix_stale:
            e.text = checked.fixed()
            checked = self.checker.check(e.text, day, names=False, levels=False)
        e.findings = checked.findings


_MARKER = re.compile(
    r"^(?:第[一二三四五六七八九十]+[、，,：:]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|首先|其次|再次|最后)[，,]?"
)


_MAX_DOCS = 60  # documents read whole per compile: enough for 5 excerpts, cheap at 1M

# Excerpts must never be copies of each other, even with names swapped and a fifth of
# the characters changed: bench/dupes.py measured that every such copy keeps a character
# 3-gram Jaccard of at least 0.289 (5-grams at the library's 0.7 catch only 38 % of
# copies with 5 % changed), while unrelated real passages rarely reach it.
_EXCERPT_SHINGLE = 3
_EXCERPT_JACCARD = 0.28
_EXCERPT_CONTAINMENT = 0.6


def _excerpt_deduper() -> Any:
    from sucai.analyze.dupes import Deduper

    return Deduper(threshold=_EXCERPT_JACCARD, shingle=_EXCERPT_SHINGLE)


def _copies(dedupe: Any, a: str, b: str) -> bool:
    """Near-duplicates for compile: similar as wholes, or one mostly inside the other."""
    if dedupe.is_near(a, b):
        return True
    from sucai.analyze.dupes import shingles

    sa, sb = shingles(a, _EXCERPT_SHINGLE), shingles(b, _EXCERPT_SHINGLE)
    small = min(len(sa), len(sb))
    return bool(small) and len(sa & sb) / small >= _EXCERPT_CONTAINMENT


def _heading_core(heading: str) -> str:
    """A heading without its numbering and final stop: 第一、坚持…。 → 坚持…"""
    return _MARKER.sub("", heading).rstrip("。；;：:")


def _bigram_overlap(a: str, b: str) -> float:
    sa = {a[i : i + 2] for i in range(len(a) - 1)}
    sb = {b[i : i + 2] for i in range(len(b) - 1)}
    return len(sa & sb) / max(1, min(len(sa), len(sb)))


def _block(sections: dict[int, Any], sid: int | None) -> int | None:
    """The level-1 section (一、… or an excerpt) a section lies in: runs stay inside it,
    but may cross its sub-headings ((一)(二)…), which are often one paragraph each."""
    node = sections.get(sid) if sid is not None else None
    while node is not None and node["level"] > 1 and node["parent_id"] in sections:
        node = sections[node["parent_id"]]
    return int(node["id"]) if node is not None else None


def _top_excerpt(sections: dict[int, Any], sid: int | None) -> int | None:
    """The numbered excerpt (of a compilation) a section belongs to, if any."""
    node = sections.get(sid) if sid is not None else None
    while node is not None:
        if node["kind"] == "excerpt":
            return int(node["id"])
        parent = node["parent_id"]
        node = sections.get(parent) if parent is not None else None
    return None
