"""The anonymizer engine: recognizers find spans, operators rewrite them.

``analyze`` returns the spans, ``anonymize`` masks (or tags) them, ``localize``
rewrites a passage for the writer's own place and level. Every result carries
the list of every span with its replacement: the audit trail a writer reviews
and can undo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from sucai.analyze import recognizers as rec
from sucai.analyze.gazetteer import Gazetteer, Place, paused_gc
from sucai.analyze.namelists import NameListRecognizer
from sucai.analyze.namescore import NameScoreRecognizer, load_name_model
from sucai.analyze.nature import NatureRecognizer
from sucai.analyze.placelists import (
    KnownVillageRecognizer,
    NamedAfterVerbRecognizer,
    SuffixedListRecognizer,
    SuffixedShortRecognizer,
    TownItemRecognizer,
    VillageListRecognizer,
    load_villages,
)
from sucai.analyze.rules import (
    LevelRules,
    load_aliases,
    load_features,
    load_levels,
    load_persons,
    load_terms,
)
from sucai.analyze.slots import TitleSlotRecognizer
from sucai.analyze.spans import LABELS, Span
from sucai.analyze.works import WorksRecognizer
from sucai.errors import SucaiError

TAGS = {"ADMIN": "〔地名〕", "PERSON": "〔人名〕", "LOCAL": "〔地方名称〕", "LEVEL": "〔层级〕"}
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_EXISTING_MASK = re.compile(r"\*{2,}")
_LEVEL_ORDER = {"province": 0, "prefecture": 1, "county": 2, "town": 3}


# Names whose suffix is more than one level character: never cut before a level word
_WHOLE_SUFFIXES = ("自治县", "自治旗", "自治区", "自治州", "行政区", "新区", "林区", "矿区")


@dataclass
class AnonymizeResult:
    text: str
    spans: list[Span]
    source: str = field(repr=False, default="")

    @property
    def changes(self) -> list[Span]:
        return [s for s in self.spans if s.replacement is not None and s.replacement != s.text]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "spans": [s.to_dict() for s in self.spans]}


@dataclass(frozen=True)
class Target:
    """The place a passage is localized to."""

    name: str
    short: str
    level: str  # a key of levels.yaml: county, banner, prefecture …
    ancestors: dict[str, tuple[str, str]]  # gazetteer level → (full, short)


class Operator:
    """Rewrites one span; subclasses check their own parameters when built."""

    def operate(self, span: Span) -> str:
        raise NotImplementedError


class Mask(Operator):
    def __init__(self, token: str = "**") -> None:
        if not token:
            raise SucaiError("the mask token must not be empty; the default is **")
        self.token = token

    def operate(self, span: Span) -> str:
        return self.token


class Tag(Operator):
    def __init__(self, tags: dict[str, str] | None = None) -> None:
        self.tags = {**TAGS, **(tags or {})}

    def operate(self, span: Span) -> str:
        return self.tags[span.label]


class Keep(Operator):
    def operate(self, span: Span) -> str:
        return span.text


class Localize(Operator):
    """Places become the target (or its province/prefecture at their level),
    level words take the target's level; people and local names are masked."""

    def __init__(self, target: Target, levels: LevelRules, mask: str = "**") -> None:
        if target.level not in levels.chars:
            raise SucaiError(
                f"unknown level {target.level!r}; use one of {', '.join(levels.chars)}"
            )
        self.target, self.levels, self.mask = target, levels, mask

    def operate(self, span: Span) -> str:
        t = self.target
        if span.label == "LEVEL":
            if span.role in self.levels.templates:
                return self.levels.render(span.role, t.level)
            return span.text
        if span.label == "ADMIN":
            if span.recognizer == "existing-mask":
                return t.short or t.name
            if span.level in t.ancestors:
                full, short = t.ancestors[span.level]
                return full if span.full or not short else short
            if span.level and _LEVEL_ORDER.get(span.level, 9) > _LEVEL_ORDER.get(
                _gaz_level(t.level), 9
            ):
                return self.mask  # a town below the target: no counterpart
            return t.name if span.full or not t.short else t.short
        return self.mask


def _gaz_level(level_key: str) -> str:
    return {
        "province": "province",
        "region": "province",
        "municipality": "province",
        "prefecture": "prefecture",
        "autonomous_prefecture": "prefecture",
        "league": "prefecture",
        "county": "county",
        "county_city": "county",
        "district": "county",
        "banner": "county",
        "town": "town",
        "township": "town",
    }.get(level_key, "county")


def level_key_for(name: str, gaz_level: str | None) -> str:
    """The levels.yaml key for a place from its name and gazetteer level."""
    if gaz_level == "province" or name.endswith(("省", "自治区", "特别行政区")):
        if name.endswith("自治区"):
            return "region"
        if name.endswith("市"):
            return "municipality"
        return "province"
    if gaz_level == "prefecture":
        if name.endswith("自治州"):
            return "autonomous_prefecture"
        return "league" if name.endswith("盟") else "prefecture"
    if name.endswith("旗"):
        return "banner"
    if name.endswith("镇") or name.endswith("街道"):
        return "town"
    if name.endswith("乡"):
        return "township"
    if name.endswith("区"):
        return "district"
    if name.endswith("县"):
        return "county"
    if name.endswith("市"):
        return "county_city" if gaz_level == "county" else "prefecture"
    if name.endswith("州"):
        return "autonomous_prefecture"
    if name.endswith("盟"):
        return "league"
    return "county"


class Anonymizer:
    """Finds ADMIN, PERSON, LOCAL and LEVEL spans; masks, tags or localizes them.

    Data (gazetteer, rules, dictionary) loads on first use and is reused.
    ``keep_leaders``: national leaders quoted as such are not masked.
    """

    def __init__(self, keep_leaders: bool = True) -> None:
        self.keep_leaders = keep_leaders
        self._ready = False
        # Search-mode boundaries inside each long word seen (see Context._tokenize).
        self._grams: dict[str, tuple[int, ...]] = {}

    def _load(self) -> None:
        if self._ready:
            return
        with paused_gc():
            self._load_data()
        self._ready = True

    def _load_data(self) -> None:
        import rjieba

        from sucai.resources import read_data_text

        self.gazetteer = Gazetteer.shared()
        self.levels = load_levels()
        aliases = load_aliases()
        jieba = rjieba.Jieba()
        for data in ("domain_words.txt", "speech_words.txt"):
            for line in read_data_text(data).splitlines():
                if line.strip() and not line.startswith("#"):
                    jieba.add_word(line.strip(), None, None)
        self.jieba = rec.CachedTagger(jieba)
        features = load_features()
        self.generic_tails = features.generic_tails
        persons = load_persons()
        self.peoples = frozenset(persons.ethnic_groups)
        name_model = load_name_model()
        person = rec.PersonRecognizer(persons, self.keep_leaders, name_model.surnames)
        # the names found repeated: once after the rules, once after the model and the lists
        repeated = partial(
            rec.RepeatedNameRecognizer,
            persons.leaders if self.keep_leaders else (),
            persons.surnames,
            persons.compound_surnames,
            persons.name_parts,
            persons.wordlike_parts,
            persons.address_words,
        )
        above_town = frozenset(self.gazetteer.names_above_town())
        self.recognizers: list[rec.Recognizer] = [
            rec.FeatureRecognizer(
                features,
                self.gazetteer,
                aliases.provinces,
                {
                    **{a: p for a, p in aliases.aliases.items() if len(a) == 1},
                    **aliases.city_abbreviations,  # 汉 (武汉) in 汉襄宜, 蓉 in 成德眉资蓉
                },
            ),
            rec.TermRecognizer(load_terms(), aliases.provinces, self.gazetteer, features),
            rec.AdminRecognizer(
                self.gazetteer,
                self.levels.words,
                features,
                aliases.alias_first,
                aliases.provinces,
                persons,
                aliases.distinct,
            ),
            rec.MadeUpPlaceRecognizer(
                features.landmarks,
                self.levels.words,
                features.town_kinds,
                aliases.distinct,
                features.villages,
            ),
            rec.ProvinceAbbreviationRecognizer(aliases, self.gazetteer),
            rec.CityPairRecognizer(
                self.gazetteer,
                aliases.joints,
                aliases.provinces,
                aliases.major_cities,
                aliases.city_abbreviations,
            ),
            rec.CityPairRunRecognizer(self.gazetteer, aliases.joints),
            rec.AbbreviationPairRecognizer(aliases, self.gazetteer),
            rec.PairListRecognizer(self.gazetteer, aliases.provinces),
            rec.ListedPlaceRecognizer(self.gazetteer),
            rec.LinkedPlaceRecognizer(self.gazetteer),
            rec.TownNameRecognizer(self.gazetteer, self.jieba, features),
            rec.AliasRecognizer(aliases),
            rec.LandmarkListRecognizer(features),
            rec.LandmarkRecognizer(self.gazetteer, persons.role_suffixes, features.generic_tails),
            WorksRecognizer(
                features,
                above_town,
                self.levels.foreign,
                frozenset(
                    n
                    for n, places in self.gazetteer.by_short.items()
                    if all(p.level == "town" for p in places)
                ),
            ),
            rec.BrandPlaceRecognizer(
                self.gazetteer, features.brand_tails, features.brand_ways, features.brand_verbs
            ),
            rec.DatelineRecognizer(self.gazetteer),
            rec.RepeatedPlaceRecognizer(self.gazetteer),
            rec.FramedPlaceRecognizer(self.gazetteer, features.brand_verbs),
            NamedAfterVerbRecognizer(features.town_kinds),
            KnownVillageRecognizer(features.villages),
            VillageListRecognizer(load_villages(), features.town_kinds),
            SuffixedShortRecognizer(),
            SuffixedListRecognizer(),
            TownItemRecognizer(features.town_kinds),
            person,
            rec.LeaderNameRecognizer(persons, person),
            TitleSlotRecognizer(persons, self.keep_leaders),
            rec.AddressedNameRecognizer(persons, self.keep_leaders),
            repeated(
                titles=(*persons.surname_titles, *persons.bare_titles),
                bare_titles=persons.bare_titles,
                rare=persons.rare_pairs,
                surname_scores=name_model.surnames,
                familiar_words=persons.familiar_words,
                role_suffixes=persons.role_suffixes,
                short_divisions=frozenset(
                    n for n in self.gazetteer.by_name if len(n) == 2 and n[-1] in "县市区"
                ),
            ),
            NameScoreRecognizer(person, name_model),
            NameListRecognizer(person),
            repeated(full_only=True),  # again: the names the model and the lists found
            NatureRecognizer(
                features,
                persons.surnames,
                above_town,
            ),
            rec.LevelRecognizer(self.levels),
        ]

    # -- recognition ------------------------------------------------------------
    def _context(self, text: str) -> rec.Context:
        if len(self._grams) > 200_000:  # bound the memory of a long-lived engine
            self._grams.clear()
        return rec.Context(text, self.jieba, self._grams)

    def learn(self, document: str) -> set[str]:
        """Made-up or unlisted place names a whole document defines (澜屿 from 澜屿市),
        to pass as ``known`` when anonymizing an excerpt of it."""
        self._load()
        ctx = self._context(rec.simplified_view(document, self.gazetteer))
        for r in self.recognizers[:4]:  # what is no place, set terms, gazetteer, made-up
            ctx.spans.extend(r.analyze(ctx))
        learned: set[str] = set()
        for s in ctx.spans:
            if s.recognizer == "admin-pattern":
                name = s.text[:-1] if s.full else s.text
                if len(name) >= 2:
                    learned.add(name)
        return learned

    def analyze(
        self, text: str, labels: tuple[str, ...] = LABELS, known: set[str] | None = None
    ) -> list[Span]:
        """All spans, overlaps resolved (longest, then most certain, wins)."""
        self._load()
        # a lone surrogate (a broken decode) stands in as U+FFFD: same offsets, no crash
        clean = _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text
        view = rec.simplified_view(clean, self.gazetteer)  # 廣州 is found as 广州
        ctx = self._context(view)
        ctx.known_places = set(known or ())
        for r in self.recognizers:
            ctx.spans.extend(r.analyze(ctx))
        found = [s for s in self._resolve(self.unblocked(ctx)) if s.label in labels]
        found = [self._distinctive(s) if s.label == "LOCAL" else s for s in found]
        if view is not text:
            rec.restore_text(found, text)
        return found

    def _distinctive(self, span: Span) -> Span:
        """A landmark's distinctive name without its designation (篁岭景区 → 篁岭, 云冈石窟
        → 云冈): trimmed after overlaps are resolved, so the designation still keeps
        a town of the same name (古城, 古镇) from being read inside it."""
        tail = next((t for t in self.generic_tails if span.text.endswith(t)), "")
        head = span.text[: -len(tail)] if tail else span.text
        if not tail or len(head) < 2 or head + "族" in self.peoples:
            return span  # (哈尼梯田: a people's name is no place's, the whole is the name)
        return replace(span, end=span.end - len(tail), text=head)

    @staticmethod
    def unblocked(ctx: rec.Context) -> list[Span]:
        """The spans that count: inside a name that pins no locality (上海 in
        上海合作组织) nothing does; the name itself (太湖) only as the division the
        gazetteer recognizer found beside another place (安徽太湖)."""
        return [
            s
            for s in ctx.spans
            if s.label in ("PERSON", "LEVEL")
            or ctx.blocked_by(s.start, s.end) is None
            or (s.recognizer == "gazetteer" and not ctx.is_blocked(s.start, s.end))
        ]

    def _resolve(self, spans: list[Span]) -> list[Span]:
        levels = [s for s in spans if s.label == "LEVEL"]
        full_starts = {s.start for s in spans if s.label == "ADMIN" and s.full}
        # level words by where they start: a place shares its last one to three characters
        # with a level word only if it starts there (a scan of all of them per place was
        # quadratic on long texts)
        levels_at: dict[int, list[tuple[int, Span]]] = {}
        for k, lv in enumerate(levels):
            levels_at.setdefault(lv.start, []).append((k, lv))
        dropped: set[int] = set()
        for a in spans:
            if a.label != "ADMIN" or not a.full:
                continue
            near = sorted(
                (pair for d in (1, 2, 3) for pair in levels_at.get(a.end - d, ())),
                key=lambda pair: pair[0],
            )
            for _, lv in near:
                shared = a.end - lv.start  # 县 in 府谷县委; 自治区 in 内蒙古自治区人民政府
                if not (
                    lv.start > a.start
                    and (
                        shared == 1 or (shared in (2, 3) and a.text.endswith(("自治区", "自治州")))
                    )
                    and lv.text.startswith(a.text[-shared:])
                ):
                    continue
                if shared == 1 and a.end in full_starts:
                    dropped.add(id(lv))  # 西安市长安区: a chain of places, not 市长
                else:
                    short = a.text[: lv.start - a.start]
                    if (
                        short in self.gazetteer.by_short
                        or a.recognizer == "admin-pattern"
                        # 阿荣|旗委书记: a name of its own before its organ (but 融水苗族自治县,
                        # 澳门特别行政区, 赣江新区 keep their whole names)
                        or (len(short) >= 2 and not a.text.endswith(_WHOLE_SUFFIXES))
                    ):
                        a.end, a.text, a.full = lv.start, short, False
                    else:
                        dropped.add(id(lv))
        kept: list[Span] = []
        occupied: set[int] = set()
        for s in sorted(spans, key=lambda s: (-s.length, -s.score, s.start)):
            if id(s) in dropped:
                continue
            if not occupied.isdisjoint(range(s.start, s.end)):
                continue
            kept.append(s)
            occupied.update(range(s.start, s.end))
        return sorted(kept, key=lambda s: s.start)

    # -- rewriting ----------------------------------------------------------------
    def anonymize(
        self,
        text: str,
        style: str = "mask",
        labels: tuple[str, ...] = ("ADMIN", "PERSON", "LOCAL"),
        mask: str = "**",
        known: set[str] | None = None,
    ) -> AnonymizeResult:
        """Mask (``**``, the seed's convention), tag (〔地名〕) or keep names.

        Level words are reported (label LEVEL, kept) but not rewritten; an
        existing ``**`` stays as it is, so anonymizing twice changes nothing.
        """
        operators: dict[str, Operator] = {
            "mask": Mask(mask),
            "tag": Tag(),
            "keep": Keep(),
        }
        if style not in operators:
            raise SucaiError(f"unknown style {style!r}; use mask, tag or keep")
        op = operators[style]
        spans = self.analyze(text, known=known)
        for s in spans:
            s.replacement = op.operate(s) if s.label in labels else s.text
        return AnonymizeResult(_apply(text, spans), spans, text)

    def resolve_target(self, place: str, level: str | None = None) -> Target:
        """The target of ``localize`` from a name such as 府谷县, 府谷 or a made-up 澜屿市."""
        self._load()
        place = place.strip()
        if not place:
            raise SucaiError("--place is empty; give the target place, e.g. --place 府谷县")
        found = self.gazetteer.lookup(place)
        current = [p for p in found if p.status == "current"]
        if len({p.code for p in current}) > 1 and place not in self.gazetteer.by_name:
            names = "、".join(sorted({p.name for p in current})[:6])
            raise SucaiError(
                f"--place {place} is ambiguous ({names}); "
                f"give the full name, e.g. {current[0].name}"
            )
        candidates = current or found
        p: Place | None = candidates[0] if candidates else None
        if p is None:
            key = level or level_key_for(place, None)
            short = place[:-1] if len(place) >= 3 and place[-1] in "省市县区旗镇乡州盟" else place
            return Target(place, short, key, {})
        ancestors: dict[str, tuple[str, str]] = {}
        code = p.parent
        while code and code in self.gazetteer.by_code:
            parent = self.gazetteer.by_code[code]
            ancestors[parent.level] = (parent.name, parent.short or parent.name)
            code = parent.parent
        key = level or level_key_for(p.name, p.level)
        return Target(p.name, p.short or p.name, key, ancestors)

    def localize(
        self,
        text: str,
        place: str,
        level: str | None = None,
        mask: str = "**",
        known: set[str] | None = None,
    ) -> AnonymizeResult:
        """Rewrite for a place: ``**`` and place names → the place, 全市 → 全县, 市长 → 县长."""
        target = self.resolve_target(place, level)
        op = Localize(target, self.levels, mask)
        spans = self.analyze(text, known=known)
        taken = [(s.start, s.end) for s in spans]
        for m in _EXISTING_MASK.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                spans.append(
                    Span(
                        m.start(),
                        m.end(),
                        "ADMIN",
                        1.0,
                        "existing-mask",
                        m.group(0),
                        reason="a place masked earlier",
                    )
                )
        spans.sort(key=lambda s: s.start)
        source_char = _dominant_level_char(spans)
        for s in spans:
            if s.label == "LEVEL" and source_char and self.levels.chars.get(s.level) != source_char:
                s.replacement = s.text  # 全省 in a city speech stays 全省 in a county one
                continue
            s.replacement = op.operate(s)
            if s.replacement != s.text and not s.reason.startswith("localized"):
                s.reason = f"localized to {target.name}: {s.reason}"
        return AnonymizeResult(_apply(text, spans), spans, text)


def _dominant_level_char(spans: list[Span]) -> str:
    """The level the passage speaks at: the most frequent level character (市 in 全市, 市委)."""
    counts: dict[str, int] = {}
    for s in spans:
        if s.label == "LEVEL":
            char = (
                s.text.replace("全", "").replace("我", "").replace("本", "").replace("副", "")[:1]
            )
            counts[char] = counts.get(char, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else ""


def _apply(text: str, spans: list[Span]) -> str:
    out, pos = [], 0
    for s in sorted(spans, key=lambda s: s.start):
        out.append(text[pos : s.start])
        out.append(s.replacement if s.replacement is not None else s.text)
        pos = s.end
    out.append(text[pos:])
    return "".join(out)
