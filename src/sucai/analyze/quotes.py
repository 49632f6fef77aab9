"""Score quotable lines (金句) in official speeches, and mine them from a text.

A speechwriter lifts lines that carry a rhetorical device (排比, 对仗, a quoted slogan
and its gloss, alternating frames) at a length that can be reused, and skips lines
that are tied to one place and time (statistics, dates, lists of names, procedure).
Every device is a separate, explainable feature; the words, patterns, weights and
thresholds live in ``data/quotes.yaml`` so they can be tuned without code.

Scoring: evidence = 1 − Π(1 − weightᵢ × strengthᵢ) over the positive features
(one strong device suffices, weak ones add up), then × a length factor and
× Π(1 − penaltyⱼ × strengthⱼ) over the negative features.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from sucai.errors import DataFileError
from sucai.resources import load_yaml
from sucai.segment.structure import split_sentences

POSITIVE = (
    "parallel",
    "antithesis",
    "slogan",
    "frame",
    "rhythm",
    "idiom",
    "echo",
    "maxim",
    "numbered",
    "imperative",
    "concise",
)
NEGATIVE = ("statistics", "date", "name_list", "procedural", "salutation")

_HALF_TO_FULL = str.maketrans({",": "，", ";": "；", ":": "：", "!": "！", "?": "？"})
_HALF_TO_FULL.update({ord("("): "（", ord(")"): "）"})
_CJK = re.compile(r"[\u3400-\u9fff]")
# rjieba tags of places, organisations and leaders' names (plain `nr` is too noisy: 荣誉/nr)
_PROPER = frozenset({"ns", "nt", "nrfg"})
_NAME_TAGS = frozenset({"ns", "nt", "nrfg", "nr"})
_NOUNISH = ("n", "vn", "an")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Quote:
    """A scored sentence; ``start``/``end`` are offsets into the text it came from."""

    text: str
    score: float
    features: dict[str, float]
    reasons: list[str]
    start: int = 0
    end: int = 0


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern[str]
    strength: float


@dataclass(frozen=True)
class PatternSet:
    """Patterns of one kind; ``gate`` (all of them as one alternation, when none uses a
    back-reference) rules most sentences out with a single search."""

    items: tuple[Pattern, ...]
    gate: re.Pattern[str] | None

    @classmethod
    def of(cls, items: tuple[Pattern, ...]) -> PatternSet:
        if any(re.search(r"\\\d|\(\?P=", p.regex.pattern) for p in items):
            return cls(items, None)
        return cls(items, re.compile("|".join(f"(?:{p.regex.pattern})" for p in items)))


@dataclass(frozen=True)
class LengthRules:
    fragment: int
    best_min: int
    best_max: int
    long: int
    fragment_factor: float
    short_factor: float
    long_factor: float
    floor: float


@dataclass(frozen=True)
class ParallelRules:
    min_items: int
    max_items: int
    max_ratio_one: float
    max_len_diff_one: int
    max_ratio_long: float
    items: dict[int, float]
    affix: dict[int, float]
    list_suffixes: tuple[str, ...]
    list_factor: float
    uneven_factor: float
    extra_run: float
    weak_prefixes: frozenset[str]


@dataclass(frozen=True)
class AntithesisRules:
    min_len: int
    max_len: int
    max_lead_in: int
    max_tail: int
    min_similarity: float
    trimmed_similarity: float
    four_char_similarity: float
    strength: dict[int, float]
    lead_in_ends: str


@dataclass(frozen=True)
class SloganRules:
    min_quote: int
    max_quote: int
    gloss_markers: tuple[str, ...]
    strength_gloss: float
    strength_bare: float


@dataclass(frozen=True)
class NameListRules:
    min_items: int
    max_item_len: int
    place_suffixes: tuple[str, ...]
    min_places: int
    min_names: int
    lead_words: tuple[str, ...]


@dataclass(frozen=True)
class RhythmRules:
    lengths: frozenset[int]
    min_hits: int
    full_at: int


@dataclass(frozen=True)
class QuoteRules:
    weights: dict[str, float]
    penalties: dict[str, float]
    length: LengthRules
    separators: re.Pattern[str]
    strip: str
    parallel: ParallelRules
    antithesis: AntithesisRules
    frames: PatternSet
    slogan: SloganRules
    numbered: PatternSet
    rhythm: RhythmRules
    idiom_full_at: int
    imperative_leads: tuple[str, ...]
    maxim_max_len: int
    maxim: PatternSet
    echo_max_len: int
    echo_min_chars: int
    echo_stop: frozenset[str]
    echo_one_short: float
    statistics: PatternSet
    date: PatternSet
    procedural: PatternSet
    salutations: tuple[str, ...]
    name_list: NameListRules


class _Reader:
    """Typed access to one YAML mapping; every error names the file and the entry."""

    def __init__(self, file: str, doc: Any, where: str) -> None:
        if not isinstance(doc, dict):
            raise DataFileError(file, f"`{where}` must be a mapping, got {type(doc).__name__}")
        self.file = file
        self.doc: dict[str, Any] = doc
        self.where = where

    def check_keys(self, allowed: set[str] | tuple[str, ...]) -> None:
        unknown = sorted(str(k) for k in self.doc if k not in allowed)
        if unknown:
            raise DataFileError(
                self.file,
                f"`{self.where}` has unknown key(s) {unknown}; allowed: {sorted(allowed)}",
            )

    def _name(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def get(self, key: str) -> Any:
        if key not in self.doc:
            raise DataFileError(self.file, f"`{self._name(key)}` is missing")
        return self.doc[key]

    def prob(self, key: str) -> float:
        v = self.get(key)
        if isinstance(v, bool) or not isinstance(v, int | float) or not 0 <= v <= 1:
            raise DataFileError(
                self.file, f"`{self._name(key)}` must be a number in [0, 1], got {v!r}"
            )
        return float(v)

    def number(self, key: str) -> float:
        v = self.get(key)
        if isinstance(v, bool) or not isinstance(v, int | float) or v <= 0:
            raise DataFileError(
                self.file, f"`{self._name(key)}` must be a positive number, got {v!r}"
            )
        return float(v)

    def integer(self, key: str, minimum: int = 1) -> int:
        v = self.get(key)
        if isinstance(v, bool) or not isinstance(v, int) or v < minimum:
            raise DataFileError(
                self.file, f"`{self._name(key)}` must be an integer ≥ {minimum}, got {v!r}"
            )
        return v

    def text(self, key: str) -> str:
        v = self.get(key)
        if not isinstance(v, str) or not v:
            raise DataFileError(
                self.file, f"`{self._name(key)}` must be a non-empty string, got {v!r}"
            )
        return v

    def strs(self, key: str) -> tuple[str, ...]:
        v = self.get(key)
        if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
            raise DataFileError(
                self.file, f"`{self._name(key)}` must be a list of non-empty strings"
            )
        return tuple(v)

    def table(self, key: str) -> dict[int, float]:
        """A {threshold: strength} table such as ``items: {3: 0.85, 4: 0.95}``."""
        v = self.get(key)
        ok = isinstance(v, dict) and v
        if ok:
            for k, x in v.items():
                if isinstance(k, bool) or not isinstance(k, int) or k < 1:
                    ok = False
                if isinstance(x, bool) or not isinstance(x, int | float) or not 0 <= x <= 1:
                    ok = False
        if not ok:
            raise DataFileError(
                self.file,
                f"`{self._name(key)}` must map positive integers to numbers in [0, 1], got {v!r}",
            )
        return {int(k): float(x) for k, x in sorted(v.items())}

    def sub(self, key: str) -> _Reader:
        return _Reader(self.file, self.get(key), self._name(key))

    def patterns(self, key: str, named: bool = False) -> PatternSet:
        v = self.get(key)
        if not isinstance(v, list) or not v:
            raise DataFileError(self.file, f"`{self._name(key)}` must be a non-empty list")
        out = []
        for i, entry in enumerate(v):
            where = f"{self._name(key)}[{i}]"
            if isinstance(entry, str):
                entry = {"pattern": entry}
            r = _Reader(self.file, entry, where)
            r.check_keys({"name", "pattern", "strength", "why"})
            raw = r.text("pattern")
            name = r.text("name") if named else str(entry.get("name", raw))
            where = f"{where} ({name})"
            if "why" in entry and not isinstance(entry["why"], str):
                raise DataFileError(self.file, f"`{where}.why` must be a string")
            strength = r.prob("strength") if "strength" in entry else 1.0
            try:
                regex = re.compile(raw)
            except re.error as exc:
                raise DataFileError(self.file, f"`{where}`: bad pattern {raw!r}: {exc}") from exc
            out.append(Pattern(name, regex, strength))
        return PatternSet.of(tuple(out))


_TOP = {
    "version",
    "weights",
    "penalties",
    "length",
    "clauses",
    "parallel",
    "antithesis",
    "frames",
    "slogan",
    "numbered",
    "imperative",
    "maxim",
    "echo",
    "rhythm",
    "idiom",
    "statistics",
    "date",
    "procedural",
    "salutation",
    "name_list",
}


def load_quote_rules(path: Path | None = None) -> QuoteRules:
    """Read and validate ``quotes.yaml`` (or ``path``); a bad entry raises DataFileError."""
    file = str(path or "quotes.yaml")
    top = _Reader(file, load_yaml("quotes.yaml", path), "")
    top.check_keys(_TOP)
    if top.get("version") != 1:
        raise DataFileError(file, f"`version` must be 1, got {top.doc.get('version')!r}")

    w = top.sub("weights")
    w.check_keys(POSITIVE)
    p = top.sub("penalties")
    p.check_keys(NEGATIVE)
    ln = top.sub("length")
    ln.check_keys(
        {"fragment", "best_min", "best_max", "long"}
        | {"fragment_factor", "short_factor", "long_factor", "floor"}
    )
    length = LengthRules(
        fragment=ln.integer("fragment"),
        best_min=ln.integer("best_min"),
        best_max=ln.integer("best_max"),
        long=ln.integer("long"),
        fragment_factor=ln.prob("fragment_factor"),
        short_factor=ln.prob("short_factor"),
        long_factor=ln.prob("long_factor"),
        floor=ln.prob("floor"),
    )
    if not length.fragment <= length.best_min <= length.best_max <= length.long:
        raise DataFileError(file, "`length` needs fragment ≤ best_min ≤ best_max ≤ long")
    cl = top.sub("clauses")
    cl.check_keys({"separators", "strip"})
    pa = top.sub("parallel")
    pa.check_keys(
        {"min_items", "max_items", "max_ratio_one", "max_len_diff_one", "max_ratio_long"}
        | {"items", "affix"}
        | {"list_suffixes", "list_factor", "uneven_factor", "extra_run", "weak_prefixes"}
    )
    an = top.sub("antithesis")
    an.check_keys(
        {"min_len", "max_len", "max_lead_in", "max_tail", "min_similarity"}
        | {"trimmed_similarity", "four_char_similarity", "strength", "lead_in_ends"}
    )
    sl = top.sub("slogan")
    sl.check_keys({"min_quote", "max_quote", "gloss_markers", "strength_gloss", "strength_bare"})
    im = top.sub("imperative")
    im.check_keys({"leads"})
    mx = top.sub("maxim")
    mx.check_keys({"max_len", "patterns"})
    ec = top.sub("echo")
    ec.check_keys({"max_len", "min_chars", "stop", "one_short"})
    rh = top.sub("rhythm")
    rh.check_keys({"lengths", "min_hits", "full_at"})
    lengths = rh.get("lengths")
    if (
        not isinstance(lengths, list)
        or not lengths
        or not all(isinstance(x, int) and not isinstance(x, bool) and x > 0 for x in lengths)
    ):
        raise DataFileError(
            file, f"`rhythm.lengths` must be a list of positive integers, got {lengths!r}"
        )
    idi = top.sub("idiom")
    idi.check_keys({"full_at"})
    sa = top.sub("salutation")
    sa.check_keys({"words"})
    nl = top.sub("name_list")
    nl.check_keys(
        {"min_items", "max_item_len", "place_suffixes", "min_places", "min_names", "lead_words"}
    )
    return QuoteRules(
        weights={k: w.prob(k) for k in POSITIVE},
        penalties={k: p.prob(k) for k in NEGATIVE},
        length=length,
        separators=re.compile("[" + re.escape(cl.text("separators")) + "]"),
        strip=cl.text("strip"),
        parallel=ParallelRules(
            min_items=pa.integer("min_items", 2),
            max_items=pa.integer("max_items", 3),
            max_ratio_one=pa.number("max_ratio_one"),
            max_len_diff_one=pa.integer("max_len_diff_one", 0),
            max_ratio_long=pa.number("max_ratio_long"),
            items=pa.table("items"),
            affix=pa.table("affix"),
            list_suffixes=tuple(sorted(pa.strs("list_suffixes"), key=len, reverse=True)),
            list_factor=pa.prob("list_factor"),
            uneven_factor=pa.prob("uneven_factor"),
            extra_run=pa.prob("extra_run"),
            weak_prefixes=frozenset(pa.strs("weak_prefixes")),
        ),
        antithesis=AntithesisRules(
            min_len=an.integer("min_len"),
            max_len=an.integer("max_len"),
            max_lead_in=an.integer("max_lead_in", 0),
            max_tail=an.integer("max_tail", 0),
            min_similarity=an.prob("min_similarity"),
            trimmed_similarity=an.prob("trimmed_similarity"),
            four_char_similarity=an.prob("four_char_similarity"),
            strength=an.table("strength"),
            lead_in_ends=an.text("lead_in_ends"),
        ),
        frames=top.patterns("frames", named=True),
        slogan=SloganRules(
            min_quote=sl.integer("min_quote"),
            max_quote=sl.integer("max_quote"),
            gloss_markers=tuple(sorted(sl.strs("gloss_markers"), key=len, reverse=True)),
            strength_gloss=sl.prob("strength_gloss"),
            strength_bare=sl.prob("strength_bare"),
        ),
        numbered=top.patterns("numbered"),
        rhythm=RhythmRules(
            lengths=frozenset(lengths),
            min_hits=rh.integer("min_hits"),
            full_at=rh.integer("full_at"),
        ),
        idiom_full_at=idi.integer("full_at"),
        imperative_leads=tuple(sorted(im.strs("leads"), key=len, reverse=True)),
        maxim_max_len=mx.integer("max_len"),
        maxim=mx.patterns("patterns"),
        echo_max_len=ec.integer("max_len"),
        echo_min_chars=ec.integer("min_chars", 2),
        echo_stop=frozenset(ec.strs("stop")),
        echo_one_short=ec.prob("one_short"),
        statistics=top.patterns("statistics"),
        date=top.patterns("date"),
        procedural=top.patterns("procedural"),
        salutations=tuple(sorted(sa.strs("words"), key=len, reverse=True)),
        name_list=NameListRules(
            min_items=nl.integer("min_items", 2),
            max_item_len=nl.integer("max_item_len"),
            place_suffixes=nl.strs("place_suffixes"),
            min_places=nl.integer("min_places", 2),
            min_names=nl.integer("min_names", 2),
            lead_words=tuple(sorted(nl.strs("lead_words"), key=len, reverse=True)),
        ),
    )


@cache
def _default_rules() -> QuoteRules:
    return load_quote_rules()


@cache
def _surnames() -> frozenset[str]:
    """Single-character surnames, shared with the anonymizer's person rules."""
    from sucai.analyze.rules import load_persons

    return load_persons().surnames


# --------------------------------------------------------------------------- helpers


def _step(table: dict[int, float], n: int) -> float:
    """The strength of the largest threshold ≤ n (0 below the smallest)."""
    value = 0.0
    for k, v in table.items():
        if n >= k:
            value = v
    return value


def _common_prefix(items: list[str]) -> str:
    if not items:
        return ""
    first = min(items, key=len)
    for k, ch in enumerate(first):
        if any(s[k] != ch for s in items):
            return first[:k]
    return first


def _common_suffix(items: list[str]) -> str:
    return _common_prefix([s[::-1] for s in items])[::-1]


@lru_cache(maxsize=1 << 16)
def _tag_cached(text: str) -> tuple[tuple[str, str], ...]:
    import rjieba

    pairs: list[tuple[str, str]] = rjieba.tag(text)
    return tuple(pairs)


def _tag(text: str) -> list[tuple[str, str]]:
    """rjieba words and tags; clauses and list items recur across a corpus, so cached."""
    return list(_tag_cached(text))


def _cuts(text: str) -> set[int]:
    """Offsets in ``text`` where a word ends."""
    out, pos = set(), 0
    for w, _ in _tag(text):
        pos += len(w)
        out.add(pos)
    return out


def _shown(items: list[str], frame: str) -> list[str]:
    """Items as a reason shows them: a lead-in or a tail beyond the others' length is cut."""
    if len(items) < 2 or "…" not in frame:
        return items
    cap = max(len(x) for x in items[1:-1] or items[1:])
    if frame.startswith("…"):  # shared ending: the first item may carry a lead-in
        return [items[0][-cap:], *items[1:]]
    if frame.endswith("…"):  # shared opening: the last item may carry a tail
        cap = max(len(x) for x in items[:-1])
        return [*items[:-1], items[-1][:cap]]
    return items


@dataclass
class _Found:
    strength: float = 0.0
    reason: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)  # clause index ranges used
    frames: list[str] = field(default_factory=list)  # the 排比 frames (从…做起), for echo


# --------------------------------------------------------------------------- scorer


class QuoteScorer:
    """Scores sentences for quotability; rules load from ``quotes.yaml`` on first use."""

    def __init__(self, rules_path: Path | None = None) -> None:
        self._path = rules_path
        self._rules: QuoteRules | None = None

    @property
    def rules(self) -> QuoteRules:
        if self._rules is None:
            self._rules = load_quote_rules(self._path) if self._path else _default_rules()
        return self._rules

    # ---- public API

    def score(self, sentence: str) -> Quote:
        """Score one sentence; ``sentence[q.start:q.end] == q.text`` (the stripped sentence)."""
        r = self.rules
        text = sentence.strip()
        offset = len(sentence) - len(sentence.lstrip())
        norm = text.translate(_HALF_TO_FULL)
        clauses = self._clauses(norm)
        pos: dict[str, float] = {}
        reasons: list[str] = []

        def put(name: str, found: _Found) -> None:
            pos[name] = round(min(1.0, found.strength), 4)
            if found.strength > 0 and found.reason:
                reasons.append(found.reason)

        par = self._parallel(clauses)
        put("parallel", par)
        put("antithesis", self._antithesis(clauses, par.spans))
        put("slogan", self._slogan(norm))
        put("frame", self._patterns(norm, r.frames, "句式"))
        put("rhythm", self._rhythm(clauses))
        tags = _tag(norm) if _CJK.search(norm) else []
        put("idiom", self._idiom(tags))
        put("echo", self._echo([w for w, _ in tags], len(text), par.frames))
        maxim = _Found()
        if len(text) <= r.maxim_max_len:
            maxim = self._patterns(norm, r.maxim, "警句")
        put("maxim", maxim)
        put("numbered", self._patterns(norm, r.numbered, "数字概括"))
        lead = next((w for w in r.imperative_leads if norm.startswith(w)), "")
        put("imperative", _Found(1.0, f"祈使开头「{lead}」") if lead else _Found())
        concise = r.length.best_min <= len(text) <= r.length.best_max
        put("concise", _Found(1.0 if concise else 0.0, ""))

        neg: dict[str, float] = {}
        for name, found in (
            ("statistics", self._patterns(norm, r.statistics, "统计数字")),
            ("date", self._patterns(norm, r.date, "日期")),
            ("name_list", self._name_list(norm)),
            ("procedural", self._patterns(norm, r.procedural, "程序性")),
            ("salutation", self._salutation(norm)),
        ):
            neg[name] = round(min(1.0, found.strength), 4)
            if found.strength > 0:
                reasons.append("− " + found.reason)

        evidence = 1.0
        for name in POSITIVE:
            evidence *= 1 - r.weights[name] * pos[name]
        evidence = 1 - evidence
        factor = self._length_factor(len(text))
        if factor < 1:
            reasons.append(f"长度 {len(text)} 字 ×{factor:.2f}")
        value = evidence * factor
        for name in NEGATIVE:
            value *= 1 - r.penalties[name] * neg[name]
        features = {**pos, **{f"-{k}": v for k, v in neg.items()}, "length": round(factor, 4)}
        return Quote(
            text=text,
            score=round(max(0.0, min(1.0, value)), 4),
            features=features,
            reasons=reasons,
            start=offset,
            end=offset + len(text),
        )

    def mine(self, text: str, min_score: float = 0.5, limit: int | None = None) -> list[Quote]:
        """Quotable sentences of ``text``, best first; ``text[q.start:q.end] == q.text``.

        A sentence never runs across a line break (a line is a paragraph or a heading),
        and a sentence that occurs twice (compilations repeat lines) is kept once.
        """
        found: list[Quote] = []
        seen: set[str] = set()
        pos = 0
        for line in text.split("\n"):
            for s, e in split_sentences(line, pos):
                raw = text[s:e]
                lead = len(raw) - len(raw.lstrip())
                s, e = s + lead, s + len(raw.rstrip())
                sentence = text[s:e]
                if not sentence or sentence in seen or not _CJK.search(sentence):
                    continue
                seen.add(sentence)
                q = self.score(sentence)
                if q.score >= min_score:
                    found.append(Quote(sentence, q.score, q.features, q.reasons, start=s, end=e))
            pos += len(line) + 1
        found.sort(key=lambda q: (-q.score, q.start))
        return found[:limit] if limit is not None else found

    # ---- features

    def _clauses(self, norm: str) -> list[str]:
        table = str.maketrans("", "", self.rules.strip)
        parts = (c.translate(table) for c in self.rules.separators.split(norm))
        return [c for c in parts if c]

    def _length_factor(self, n: int) -> float:
        lr = self.rules.length
        if n < lr.fragment:
            return lr.fragment_factor
        if n < lr.best_min:
            t = (n - lr.fragment) / max(1, lr.best_min - lr.fragment)
            return lr.short_factor + (1 - lr.short_factor) * t
        if n <= lr.best_max:
            return 1.0
        if n <= lr.long:
            t = (n - lr.best_max) / max(1, lr.long - lr.best_max)
            return 1 - (1 - lr.long_factor) * t
        return max(lr.floor, lr.long_factor * lr.long / n)

    def _run_ok(self, items: list[str], affix: str, prefix: bool) -> bool:
        """Do these clauses share ``affix`` as a frame rather than by chance?

        With a frame of two or more characters, the first item of a shared ending may
        carry a lead-in (要在全县形成学技能、比技能…) and the last item of a shared
        opening a tail, so their extra length does not count.
        """
        pr = self.rules.parallel
        lengths = [len(c) for c in items]
        if any(_DIGIT.search(c) for c in items):
            return False  # 直辖30周年、…实施10周年: figures, not a frame
        if len(set(items)) < len(items):
            return False  # 奋斗，奋斗，奋斗到底 is repetition (a frame of its own), not 排比
        if len(affix) == 1:
            if prefix and affix in pr.weak_prefixes:
                return False
            lo, hi = min(lengths), max(lengths)
            return hi - lo <= pr.max_len_diff_one and hi <= lo * pr.max_ratio_one
        edge = -1 if prefix else 0
        rest = [n for k, n in enumerate(lengths) if k != edge % len(lengths)]
        lengths[edge] = min(lengths[edge], max(rest))
        return max(lengths) <= min(lengths) * pr.max_ratio_long

    def _run_at(self, clauses: list[str], i: int, prefix: bool) -> tuple[list[str], str, int]:
        """The longest frame run starting at clause ``i``: (items, frame, end index)."""
        n = min(len(clauses), i + self.rules.parallel.max_items)
        j = i + 1
        running = clauses[i]
        while j < n:
            pair = [running, clauses[j]]
            running = _common_prefix(pair) if prefix else _common_suffix(pair)
            if not running:
                break
            j += 1
        affix = ""
        while j - i >= 2:  # shrink from the right until the lengths agree
            group = clauses[i:j]
            affix = _common_prefix(group) if prefix else _common_suffix(group)
            if affix and self._run_ok(group, affix, prefix):
                break
            affix = ""
            j -= 1
        items = clauses[i:j]
        if not prefix and len(affix) >= 2 and j < n:
            # a last item followed by a tail: 学习劳模、争做劳模的良好风尚
            nxt = clauses[j]
            at = nxt.find(affix)
            if at > 0 and at + len(affix) < len(nxt):
                cut = nxt[: at + len(affix)]
                if self._run_ok([*items, cut], affix, False):
                    items, j = [*items, cut], j + 1
        return items, affix, j

    def _enumeration(self, items: list[str], suffix: str) -> bool:
        """Nouns on a shared noun (劳模精神、劳动精神、工匠精神; 财务管理、物价管理) are a list of
        things, not a rhetorical frame (学习劳模、争当劳模, where verbs vary)."""
        if any(suffix.endswith(s) for s in self.rules.parallel.list_suffixes):
            return True
        tail = _tag(suffix)
        if not tail or not tail[-1][1].startswith(_NOUNISH):
            return False
        for item in items:
            head = _tag(item[: -len(suffix)]) if len(item) > len(suffix) else []
            if not head or not head[-1][1].startswith(_NOUNISH):
                return False
        return True

    @staticmethod
    def _middle_run(clauses: list[str], i: int) -> tuple[list[str], str, int, int]:
        """Equal clauses with the same characters at the same inner places: 感党恩、听党话、跟党走.

        Returns (items, template with □ for the varying places, number of shared places,
        first clause); the clause before may lead in (劳模必须感党恩、听党话、跟党走).
        """
        size = len(clauses[i])
        if size < 3:
            return [], "", 0, i
        j = i + 1
        shared: set[int] = set(range(size))
        while j < len(clauses) and len(clauses[j]) == size:
            same = {k for k in shared if clauses[j][k] == clauses[i][k]}
            if not same or len(same) == size:
                break
            shared = same
            j += 1
        if j - i < 2 or not shared:
            return [], "", 0, i
        if shared == set(range(len(shared))) or shared == set(range(size - len(shared), size)):
            return [], "", 0, i  # a plain shared opening or ending: the other runs judge those
        if any(_DIGIT.search(c) for c in clauses[i:j]):
            return [], "", 0, i
        if size >= 6 and len(shared) < 2:
            return [], "", 0, i  # 提高行政效率、降低行政成本: one shared character is chance
        head = clauses[i]
        items, start = clauses[i:j], i
        if i > 0 and len(clauses[i - 1]) > size:
            lead = clauses[i - 1][-size:]
            if all(lead[k] == head[k] for k in shared) and lead != head:
                items, start = [lead, *items], i - 1
        template = "".join(head[k] if k in shared else "□" for k in range(size))
        return items, template, len(shared), start

    def _parallel(self, clauses: list[str]) -> _Found:
        """Best run of ≥ min_items adjacent clauses on one frame (shared prefix or suffix)."""
        pr = self.rules.parallel
        best = _Found()
        extra = 0
        n = len(clauses)
        i = 0
        while i < n:
            # (strength, first clause, end, frame shown, items)
            cands: list[tuple[float, int, int, str, list[str]]] = []
            for prefix in (True, False):
                items, affix, j = self._run_at(clauses, i, prefix)
                start = i
                if prefix and len(affix) >= 2 and i > 0 and items:
                    # a lead-in clause that holds the frame inside: 工人阶级不愧是…，不愧是…
                    before = clauses[i - 1]
                    at = before.find(affix)
                    if at > 0 and self._run_ok([before[at:], *items], affix, True):
                        items, start = [before[at:], *items], i - 1
                if len(items) < pr.min_items or not affix:
                    continue
                # the frame may hold at both ends: 从本职做起、从小事做起 (从…做起)
                pre, suf = _common_prefix(items), _common_suffix(items)
                if len(pre) + len(suf) >= min(len(x) for x in items):
                    pre, suf = (affix, "") if prefix else ("", affix)
                strength = _step(pr.items, len(items)) * _step(pr.affix, len(pre) + len(suf))
                if len({len(x) for x in items}) > 1:
                    strength *= pr.uneven_factor
                if not pre and self._enumeration(items, suf):
                    strength *= pr.list_factor
                cands.append((strength, start, j, f"{pre}…{suf}", items))
            items, template, same, start = self._middle_run(clauses, i)
            if len(items) >= pr.min_items:
                strength = _step(pr.items, len(items)) * _step(pr.affix, same)
                cands.append((strength, start, start + len(items), template, items))
            if not cands:
                i += 1
                continue
            strength, start, j, frame, items = max(cands, key=lambda c: (c[0], c[2]))
            reason = f"排比 ×{len(items)}「{frame}」: {'、'.join(_shown(items, frame))}"
            spans, frames = [*best.spans, (start, j)], [*best.frames, frame]
            if strength > best.strength:
                extra += best.strength > 0
                joined = f"{reason}；{best.reason}" if best.reason else reason
                best = _Found(strength, joined, spans, frames)
            else:
                extra += 1
                best = _Found(best.strength, f"{best.reason}；{reason}", spans, frames)
            i = j
        if extra:  # a second run in one sentence adds a little
            best.strength = min(1.0, best.strength + pr.extra_run * extra)
        return best

    @staticmethod
    def _similarity(a: str, b: str, trimmed: bool = False) -> float:
        """How alike two equal-length clauses are built: word cuts, tags, shared words.

        0.4 for the same word cuts, 0.4 × the share of matching tags (half for the same
        class only: v/vn), 0.2 when a whole word recurs at the same place (人民的楷模／国家的栋梁).
        """
        ta, tb = _tag(a), _tag(b)
        if any(t in _PROPER for _, t in ta + tb):
            return 0.0  # 香港特别行政区、澳门特别行政区 is a list of names
        pre, suf = _common_prefix([a, b]), _common_suffix([a, b])
        if 2 * (len(pre) + len(suf)) > len(a):
            return 0.0  # 加强信访工作／健全信访工作: mostly the same words, not a pair
        if trimmed and ta[0][1] != tb[0][1]:
            return 0.0  # 完善城乡|医疗救助制度／提高救助水平: the heads do not align
        same_cut = [len(w) for w, _ in ta] == [len(w) for w, _ in tb]
        tags = 0.0
        if len(ta) == len(tb):
            for (_, x), (_, y) in zip(ta, tb, strict=True):
                tags += 1.0 if x == y else 0.5 if x[:1] == y[:1] else 0.0
            tags /= len(ta)
        shared_word = same_cut and any(x[0] == y[0] for x, y in zip(ta, tb, strict=True))
        sim = 0.4 * same_cut + 0.4 * tags + 0.2 * shared_word
        if len(pre) >= 2 or len(suf) >= 2:
            sim = max(sim, 0.9)  # 更加昂扬的斗志／更加饱满的热情
        return sim

    def _antithesis(self, clauses: list[str], used: list[tuple[int, int]]) -> _Found:
        """Two adjacent clauses of equal length and the same build, outside any 排比 run."""
        ar = self.rules.antithesis
        inside = {k for s, e in used for k in range(s, e)}
        best = _Found()
        for i in range(len(clauses) - 1):
            if i in inside or i + 1 in inside:
                continue
            a, b = clauses[i], clauses[i + 1]
            n = min(len(a), len(b))
            if not ar.min_len <= n <= ar.max_len:
                continue
            if len(a) - n > ar.max_lead_in or len(b) - n > ar.max_tail:
                continue
            # set aside a lead-in or a tail, but only where a word ends
            lead = len(a) - n
            if lead and lead not in _cuts(a) and a[lead - 1] not in ar.lead_in_ends:
                continue
            if len(b) > n and n not in _cuts(b):
                continue
            trimmed = len(a) > n or len(b) > n
            a, b = a[len(a) - n :], b[:n]
            if a == b or _DIGIT.search(a + b):
                continue
            sim = self._similarity(a, b, trimmed)
            need = ar.trimmed_similarity if trimmed else ar.min_similarity
            if n == 4:
                need = ar.four_char_similarity
            if sim < need:
                continue
            strength = _step(ar.strength, n) * (0.5 + 0.5 * min(1.0, sim))
            if strength > best.strength:
                best = _Found(strength, f"对仗 {n}+{n} 字: {a}／{b}")
        return best

    def _slogan(self, norm: str) -> _Found:
        sr = self.rules.slogan
        m = re.match(r"[“\"「『]([^”\"」』]+)[”\"」』]", norm)
        if not m or not sr.min_quote <= len(m.group(1)) <= sr.max_quote:
            return _Found()
        rest = norm[m.end() :].lstrip("，：、 ")
        if not rest:
            return _Found()
        marker = next((w for w in sr.gloss_markers if rest.startswith(w)), "")
        if marker:
            return _Found(sr.strength_gloss, f"标语+释义「{m.group(1)}」→{marker}…")
        if norm[m.end() : m.end() + 1] in "，：":
            return _Found(sr.strength_bare, f"引语开头「{m.group(1)}」")
        return _Found()

    @staticmethod
    def _patterns(norm: str, patterns: PatternSet, label: str) -> _Found:
        if patterns.gate is not None and not patterns.gate.search(norm):
            return _Found()
        total = 0.0
        hits: list[str] = []
        for p in patterns.items:
            for m in p.regex.finditer(norm):
                total += p.strength
                if len(hits) < 3:
                    hits.append(m.group(0)[:16])
        if not total:
            return _Found()
        return _Found(min(1.0, total), f"{label}: {'、'.join(hits)}")

    def _rhythm(self, clauses: list[str]) -> _Found:
        """Share of clauses of the rhythmic lengths (4, 7), when there are enough of them."""
        rr = self.rules.rhythm
        hits = [c for c in clauses if len(c) in rr.lengths]
        if len(hits) < rr.min_hits:
            return _Found()
        strength = len(hits) / len(clauses) * min(1.0, len(hits) / rr.full_at)
        return _Found(strength, f"四字/七字句 {len(hits)}/{len(clauses)}")

    def _idiom(self, tags: list[tuple[str, str]]) -> _Found:
        """Four-character idioms as rjieba tags them (i); full strength at ``idiom.full_at``."""
        idioms = [w for w, t in tags if t == "i" and len(w) == 4]
        if not idioms:
            return _Found()
        strength = min(1.0, len(idioms) / self.rules.idiom_full_at)
        return _Found(strength, f"成语: {'、'.join(idioms[:4])}")

    def _echo(self, words: list[str], length: int, frames: list[str]) -> _Found:
        """A word that comes back in a short line (高质量…高质量, 竞争…竞争: 回环/反复).

        The frame of a 排比 already counts there, so it does not count again here.
        """
        r = self.rules
        if length > r.echo_max_len:
            return _Found()
        counts: dict[str, int] = {}
        for w in words:
            if len(w) >= r.echo_min_chars and _CJK.match(w) and w not in r.echo_stop:
                counts[w] = counts.get(w, 0) + 1
        echoes = [w for w, c in counts.items() if c >= 2 and not any(w in f for f in frames)]
        if not echoes:
            return _Found()
        one_short = len(echoes) == 1 and len(echoes[0]) < 3
        strength = r.echo_one_short if one_short else 1.0
        return _Found(strength, f"回环: {'、'.join(echoes[:3])}")

    def _name_list(self, norm: str) -> _Found:
        nr = self.rules.name_list
        best = 0
        places = 0
        for part in re.split(r"[，；：。！？]", norm):
            items = [x.strip("“”‘’《》（） ") for x in part.split("、")]
            run = 0
            for x in items:
                short = 0 < len(x) <= nr.max_item_len
                run = run + 1 if short else 0
                best = max(best, run)
            places = max(
                places,
                sum(1 for x in items if 1 < len(x) <= 5 and x.endswith(nr.place_suffixes)),
            )
            if best >= nr.min_items:
                shared = [x for x in items if 0 < len(x) <= nr.max_item_len]
                if _common_prefix(shared) or _common_suffix(shared):
                    best = 0  # 不偏航、不迷失、不懈怠、不退却 is a frame, not a list
        if best >= nr.min_items:
            return _Found(1.0, f"名单式罗列 {best} 项")
        names = self._names_in_row(norm)
        if len(names) >= nr.min_names:
            strength = 1.0 if len(names) > nr.min_names else 0.5
            return _Found(strength, f"人名地名罗列: {'、'.join(names[:4])}")
        if places >= nr.min_places:
            return _Found(1.0, f"地名罗列 {places} 项")
        return _Found()

    def _names_in_row(self, norm: str) -> list[str]:
        """The longest run of 、-separated names of people, places or bodies.

        A name is one word that rjieba tags as such (北京, 香港特别行政区) or three characters
        opening with a common surname (李明远: rjieba cuts unknown names apart). The first item
        may carry a lead-in (出席会议的有张建华) and the last a tail (赵立新等同志).
        """
        nr = self.rules.name_list
        surnames = _surnames()
        best: list[str] = []
        for part in re.split(r"[，；：。！？]", norm):
            items = part.split("、")
            if len(items) < 2:
                continue
            run: list[str] = []
            for k, item in enumerate(items):
                x = item.strip("“”‘’《》（） ")
                if k == len(items) - 1:
                    x = re.split(r"等|同志|和|及", x, maxsplit=1)[0]
                x = next((x[len(w) :] for w in nr.lead_words if x.startswith(w)), x)
                tags = _tag(x) if x else []
                if k == 0 and tags:
                    tags = tags[-1:]
                    x = tags[0][0]
                    if len(x) < 3 and len(item) >= 3:
                        x = item[-3:]
                proper = len(tags) == 1 and tags[0][1] in _NAME_TAGS and len(tags[0][0]) >= 2
                person = len(x) == 3 and x[0] in surnames and _CJK.fullmatch(x[1:2]) is not None
                if proper or person:
                    run.append(x)
                    if len(run) > len(best):
                        best = list(run)
                else:
                    run = []
        return best

    def _salutation(self, norm: str) -> _Found:
        rest = norm
        for w in self.rules.salutations:
            rest = rest.replace(w, "")
        if rest.strip("，、：；！。 ") or rest == norm:
            return _Found()
        return _Found(1.0, "称呼语")
