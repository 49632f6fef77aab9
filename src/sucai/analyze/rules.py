"""Load and validate the anonymizer's data files: levels, persons, aliases."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from sucai.errors import DataFileError
from sucai.resources import load_yaml, read_data_text

_CJK_ONLY = re.compile("[\u4e00-\u9fff]+")


@dataclass(frozen=True)
class LevelWord:
    word: str
    role: str
    level: str  # a key of `levels` (county, banner …)
    char: str  # the level character in the word (县, 旗 …)


@dataclass
class LevelRules:
    chars: dict[str, str]  # level → character
    templates: dict[str, dict[str, str]]  # role → {"template": …, level: exception}
    words: dict[str, list[LevelWord]] = field(default_factory=dict)
    foreign: frozenset[str] = frozenset()  # countries: their 州长 is not the speaker's
    not_after_heads: frozenset[str] = frozenset()  # 长效: 乡|长效机制 holds no 乡长

    def render(self, role: str, level: str) -> str:
        entry = self.templates[role]
        if level in entry:
            return entry[level]
        return entry["template"].replace("{L}", self.chars[level])


def load_levels() -> LevelRules:
    doc = load_yaml("levels.yaml")
    name = "levels.yaml"
    if not isinstance(doc, dict) or not isinstance(doc.get("levels"), dict):
        raise DataFileError(name, "expected `levels` and `roles` mappings")
    chars = {str(k): str(v) for k, v in doc["levels"].items()}
    if any(len(v) != 1 for v in chars.values()):
        raise DataFileError(name, "each level maps to one character")
    templates: dict[str, dict[str, str]] = {}
    for role, entry in (doc.get("roles") or {}).items():
        if not isinstance(entry, dict) or "{L}" not in str(entry.get("template", "")):
            raise DataFileError(name, f"role {role!r} needs a template containing {{L}}")
        unknown = set(entry) - {"template"} - set(chars)
        if unknown:
            raise DataFileError(name, f"role {role!r} names unknown levels {sorted(unknown)}")
        templates[str(role)] = {str(k): str(v) for k, v in entry.items()}
    foreign = doc.get("foreign") or []
    if not isinstance(foreign, list) or not all(isinstance(x, str) and x for x in foreign):
        raise DataFileError(name, "`foreign` must be a list of country names")
    if len(set(foreign)) != len(foreign):
        raise DataFileError(name, "`foreign` lists a country twice")
    words_after = doc.get("not_after_heads") or []
    if not all(isinstance(x, str) and len(x) == 2 for x in words_after):
        raise DataFileError(name, "`not_after_heads` lists words of two characters")
    rules = LevelRules(
        chars=chars,
        templates=templates,
        foreign=frozenset(foreign),
        not_after_heads=frozenset(words_after),
    )
    exclude = set(doc.get("exclude") or [])
    for role in templates:
        for level, char in chars.items():
            word = rules.render(role, level)
            if word not in exclude:
                rules.words.setdefault(word, []).append(LevelWord(word, role, level, char))
    return rules


@dataclass(frozen=True)
class PersonRules:
    titles: tuple[str, ...]
    after: tuple[str, ...]
    stops: tuple[str, ...]
    surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    leaders: frozenset[str]
    transliteration: frozenset[str] = frozenset()
    models: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    name_chars: frozenset[str] = frozenset()
    labels: tuple[str, ...] = ()
    name_parts: frozenset[str] = frozenset()
    wordlike_parts: frozenset[str] = frozenset()
    wordlike_compounds: frozenset[str] = frozenset()  # 东方, 西门: surnames that are words
    clans: frozenset[str] = frozenset()
    # the syllables a name may end with after a part (多杰|加): part → characters
    part_tails: dict[str, frozenset[str]] = field(default_factory=dict)
    rare_pairs: frozenset[str] = frozenset()
    role_suffixes: frozenset[str] = frozenset()
    address_words: tuple[str, ...] = ()
    surname_titles: tuple[str, ...] = ()
    bare_titles: tuple[str, ...] = ()
    familiar_words: frozenset[str] = frozenset()
    ethnic_groups: tuple[str, ...] = ()
    given_second: dict[str, int] = field(default_factory=dict)
    given_third: dict[str, int] = field(default_factory=dict)
    given_names: int = 1
    given_modern: dict[str, int] = field(default_factory=dict)
    modern_total: int = 1
    given_text: dict[str, int] = field(default_factory=dict)
    text_total: int = 1

    def __post_init__(self) -> None:
        # Every character's score, worked out once: the scans ask for them at every
        # surname of a text (frozen: set through object.__setattr__).
        chars = set(self.given_second) | set(self.given_third) | set(self.given_modern)
        for name, third in (("_second_scores", False), ("_third_scores", True)):
            table = {c: self._char_score(c, third) for c in chars}
            object.__setattr__(self, name, table)
        # Scores worked out on demand for characters no name holds, kept apart so that
        # the scan tables stay as loaded: a scan must not depend on earlier texts.
        object.__setattr__(self, "_more_scores", ({}, {}))
        object.__setattr__(self, "_arrays", None)
        object.__setattr__(self, "_surname_array", None)

    def _char_score(self, c: str, third: bool) -> float:
        place = (self.given_third if third else self.given_second).get(c, 0)
        return (
            0.5 * math.log((place + 0.5) / self.given_names)
            + math.log((self.given_modern.get(c, 0) + 1) / self.modern_total)
            - math.log((self.given_text.get(c, 0) + 1) / self.text_total)
            + 6.0  # (centred so that the thresholds read as small numbers)
        )

    def given_char_score(self, c: str, third: bool) -> float:
        """How name-like one character is in a given name: the log-ratio of its share of
        modern given names to its share of ordinary words, plus half the log-likelihood of
        its place (second or third) in the dictionary's names. 涛 8.2, 林 5.8, 说 -6.6."""
        table: dict[str, float] = self._third_scores if third else self._second_scores  # type: ignore[attr-defined]
        score = table.get(c)
        if score is None:  # (a character no name or word holds: worked out, kept)
            more: dict[str, float] = self._more_scores[third]  # type: ignore[attr-defined]
            score = more.get(c)
            if score is None:
                score = more[c] = self._char_score(c, third)
        return score

    def char_tables(self) -> tuple[dict[str, float], dict[str, float]]:
        """The scores of characters as second and third of a name, for scans."""
        return self._second_scores, self._third_scores  # type: ignore[attr-defined]

    def char_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """The same tables indexed by code point (-inf where no name holds the
        character; the last slot stands for every code point past the others), so a
        scan tests every position of a text at once instead of one by one."""
        found: tuple[np.ndarray, np.ndarray] | None = self._arrays  # type: ignore[attr-defined]
        if found is None:
            second, third = self.char_tables()
            size = max(map(ord, [*second, *third, *self.surnames]), default=0) + 2
            by_code = [np.full(size, -np.inf), np.full(size, -np.inf)]
            for a, table in zip(by_code, (second, third), strict=True):
                for c, v in table.items():
                    a[ord(c)] = v
            found = (by_code[0], by_code[1])
            object.__setattr__(self, "_arrays", found)
        return found

    def name_windows(
        self, codes: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """At every position i of a text (its code points): is a surname there; the
        score of the character at i+1 as a given name's second and as its third; the
        score of the one at i+2 as a third (-inf where there is none)."""
        second, third = self.char_arrays()
        surnames = self._surname_array  # type: ignore[attr-defined]
        if surnames is None:
            surnames = np.zeros(len(second), dtype=bool)
            surnames[[ord(c) for c in self.surnames]] = True
            object.__setattr__(self, "_surname_array", surnames)
        idx = np.minimum(codes, len(second) - 1)
        n = len(codes)
        a, t1, b = np.full(n, -np.inf), np.full(n, -np.inf), np.full(n, -np.inf)
        if n > 1:
            a[:-1] = second[idx[1:]]
            t1[:-1] = third[idx[1:]]
        if n > 2:
            b[:-2] = third[idx[2:]]
        return surnames[idx], a, t1, b

    def given_score(self, given: str) -> float:
        """How name-like two characters are as a given name (scripts/build_given_chars.py):
        about 14 for 晓峰 and 12 for 淑华, 3 for 进行, -4 for 工作."""
        return self.given_char_score(given[:1], third=False) + self.given_char_score(
            given[1:2], third=True
        )


def _name_parts(doc: dict[str, object], name: str) -> dict[str, frozenset[str]]:
    """The `name_parts` mapping: lists of 2–6 CJK characters under known keys."""
    raw = doc.get("name_parts", {})
    keys = {"tibetan", "mongolian", "uyghur_kazakh", "yi_clans", "yi_given", "dai", "wordlike"}
    if not isinstance(raw, dict) or not set(raw) <= keys:
        raise DataFileError(name, f"`name_parts` must be a mapping with keys among {sorted(keys)}")
    out: dict[str, frozenset[str]] = {}
    for key in keys:
        parts = _str_list(raw, key, name) if key in raw else []
        bad = [p for p in parts if not (2 <= len(p) <= 6 and _CJK_ONLY.fullmatch(p))]
        if bad:
            raise DataFileError(name, f"`name_parts.{key}`: not 2–6 CJK characters: {bad[:5]}")
        out[key] = frozenset(parts)
    return out


def _part_tails(
    doc: dict[str, object], name: str, parts: dict[str, frozenset[str]]
) -> dict[str, frozenset[str]]:
    """The `name_part_tails` mapping: a group of `name_parts` → its tail characters."""
    raw = doc.get("name_part_tails", {})
    if not isinstance(raw, dict) or not set(raw) <= set(parts):
        raise DataFileError(
            name, f"`name_part_tails` must map groups among {sorted(parts)} to characters"
        )
    out: dict[str, frozenset[str]] = {}
    for key, chars in raw.items():
        if not isinstance(chars, str) or not _CJK_ONLY.fullmatch(chars):
            raise DataFileError(name, f"`name_part_tails.{key}`: a string of CJK characters")
        for part in parts[key]:
            out[part] = out.get(part, frozenset()) | frozenset(chars)
    return out


def _ethnic_groups(doc: dict[str, object], name: str) -> tuple[str, ...]:
    """The `ethnic_groups` list: CJK words ending in 族, longest first (柯尔克孜族)."""
    if "ethnic_groups" not in doc:
        return ()
    groups = _str_list(doc, "ethnic_groups", name)
    bad = [g for g in groups if not (_CJK_ONLY.fullmatch(g) and g.endswith("族") and len(g) >= 2)]
    if bad:
        raise DataFileError(name, f"`ethnic_groups`: not a CJK word ending in 族: {bad[:5]}")
    return tuple(sorted(groups, key=len, reverse=True))


def _str_list(doc: dict[str, object], key: str, name: str) -> list[str]:
    value = doc.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise DataFileError(name, f"`{key}` must be a list of non-empty strings")
    return [str(v) for v in value]


def load_persons() -> PersonRules:
    name = "persons.yaml"
    doc = load_yaml(name)
    if not isinstance(doc, dict):
        raise DataFileError(name, "expected a mapping")
    surnames = doc.get("surnames")
    if not isinstance(surnames, str) or len(surnames) < 100:
        raise DataFileError(name, "`surnames` must be a string of single-character surnames")
    parts = _name_parts(doc, name)
    rare = [
        w.strip()
        for w in read_data_text("rare_surname_words.txt").splitlines()
        if w.strip() and not w.startswith("#")
    ]
    if any(len(w) != 2 or not _CJK_ONLY.fullmatch(w) for w in rare):
        raise DataFileError("rare_surname_words.txt", "every line must be two CJK characters")
    given = _given_chars()
    return PersonRules(
        titles=tuple(sorted(_str_list(doc, "titles", name), key=len, reverse=True)),
        after=tuple(_str_list(doc, "after", name)),
        stops=tuple(sorted(_str_list(doc, "stops", name), key=len, reverse=True)),
        surnames=frozenset(surnames),
        compound_surnames=tuple(_str_list(doc, "surnames_compound", name)),
        wordlike_compounds=frozenset(_str_list(doc, "surnames_compound_wordlike", name))
        if "surnames_compound_wordlike" in doc
        else frozenset(),
        leaders=frozenset(_str_list(doc, "leaders", name)),
        transliteration=frozenset(_translit(doc, name)),
        models=(tuple(_str_list(doc, "models", name)) if "models" in doc else ())
        + (tuple(_str_list(doc, "historical", name)) if "historical" in doc else ()),
        roles=tuple(sorted(_str_list(doc, "roles", name), key=len, reverse=True))
        if "roles" in doc
        else (),
        name_chars=frozenset(_translit(doc, name, "name_chars")),
        labels=tuple(sorted(_str_list(doc, "labels", name), key=len, reverse=True))
        if "labels" in doc
        else (),
        name_parts=parts["tibetan"]
        | parts["mongolian"]
        | parts["uyghur_kazakh"]
        | parts["yi_given"]
        | parts["dai"]
        | parts["wordlike"],
        wordlike_parts=parts["wordlike"],
        clans=parts["yi_clans"],
        part_tails=_part_tails(doc, name, parts),
        rare_pairs=frozenset(rare),
        role_suffixes=frozenset(_translit(doc, name, "role_suffixes")),
        address_words=tuple(sorted(_str_list(doc, "address_words", name), key=len, reverse=True))
        if "address_words" in doc
        else (),
        surname_titles=tuple(sorted(_str_list(doc, "surname_titles", name), key=len, reverse=True))
        if "surname_titles" in doc
        else (),
        bare_titles=tuple(_str_list(doc, "bare_titles", name)) if "bare_titles" in doc else (),
        familiar_words=frozenset(_str_list(doc, "familiar_words", name))
        if "familiar_words" in doc
        else frozenset(),
        **given,
        ethnic_groups=_ethnic_groups(doc, name),
    )


def _given_chars() -> dict[str, Any]:
    """The given-name statistics as PersonRules fields."""
    name = "given_chars.tsv"
    cols: list[dict[str, int]] = [{}, {}, {}, {}]
    totals: dict[str, int] = {}
    for line in read_data_text(name).splitlines():
        if line.startswith("#") and "\t" in line:
            key, _, value = line[1:].partition("\t")
            totals[key] = int(value)
            continue
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 5 or len(parts[0]) != 1 or not all(p.isdigit() for p in parts[1:]):
            raise DataFileError(name, f"expected: a character and four counts, got {line!r}")
        for col, value in zip(cols, parts[1:], strict=True):
            if value != "0":
                col[parts[0]] = int(value)
    if totals.get("names", 0) < 1000 or not {"modern", "text"} <= set(totals):
        raise DataFileError(
            name, "the `#names`, `#modern` and `#text` lines (the totals) are missing"
        )
    return {
        "given_second": cols[0],
        "given_third": cols[1],
        "given_names": totals["names"],
        "given_modern": cols[2],
        "modern_total": totals["modern"],
        "given_text": cols[3],
        "text_total": totals["text"],
    }


def _translit(doc: dict[str, object], name: str, key: str = "transliteration") -> str:
    chars = doc.get(key, "")
    if isinstance(chars, str):
        chars = "".join(chars.split())  # folded lines
    if not isinstance(chars, str) or not all("\u4e00" <= c <= "\u9fff" for c in chars):
        raise DataFileError(name, f"`{key}` must be a string of CJK characters")
    return chars


@dataclass(frozen=True)
class AliasRules:
    aliases: dict[str, str]
    coined: frozenset[str]
    provinces: dict[str, str]
    abbrev_next: tuple[str, ...]
    joints: tuple[str, ...]
    distinct: frozenset[str] = frozenset()
    directions: frozenset[str] = frozenset()
    slogan_verbs: frozenset[str] = frozenset()
    echo_verbs: frozenset[str] = frozenset()
    whole: frozenset[str] = frozenset()
    run_next: tuple[str, ...] = ()
    ordinary_pairs: frozenset[str] = frozenset()
    direction_first: frozenset[str] = frozenset()
    alias_first: frozenset[str] = frozenset()
    major_cities: frozenset[str] = frozenset()
    region_next: tuple[str, ...] = ()
    name_cues: tuple[str, ...] = ()
    flow_goods: frozenset[str] = frozenset()
    flow_verbs: frozenset[str] = frozenset()
    city_abbreviations: dict[str, str] = field(default_factory=dict)


def load_aliases() -> AliasRules:
    name = "aliases.yaml"
    doc = load_yaml(name)
    if not isinstance(doc, dict):
        raise DataFileError(name, "expected a mapping")
    aliases = doc.get("aliases")
    provinces = doc.get("provinces")
    if not isinstance(aliases, dict) or not isinstance(provinces, dict):
        raise DataFileError(name, "expected `aliases` and `provinces` mappings")
    if any(len(str(k)) != 1 for k in provinces):
        raise DataFileError(name, "province abbreviations are one character each")
    distinct = frozenset(_str_list(doc, "distinct", name))
    if not distinct <= {str(k) for k in provinces}:
        extra = sorted(distinct - {str(k) for k in provinces})
        raise DataFileError(name, f"`distinct` names non-abbreviations {extra}")
    keys = (
        *("directions", "slogan_verbs", "echo_verbs", "direction_first", "whole"),
        *("flow_goods", "flow_verbs"),
    )
    singles = {key: frozenset(_str_list(doc, key, name)) for key in keys if key in doc}
    if any(len(c) != 1 for v in singles.values() for c in v):
        raise DataFileError(name, f"`{'`, `'.join(keys)}` hold single characters")
    if not singles.get("direction_first", frozenset()) <= {str(k) for k in provinces}:
        raise DataFileError(name, "`direction_first` holds province abbreviations")
    cities = doc.get("city_abbreviations", {})
    if not isinstance(cities, dict) or any(len(str(k)) != 1 for k in cities):
        raise DataFileError(name, "`city_abbreviations` maps one character to a city's name")
    return AliasRules(
        city_abbreviations={str(k): str(v) for k, v in cities.items()},
        aliases={str(k): str(v) for k, v in aliases.items()},
        coined=frozenset(_str_list(doc, "coined", name)),
        provinces={str(k): str(v) for k, v in provinces.items()},
        abbrev_next=tuple(sorted(_str_list(doc, "abbrev_next", name), key=len, reverse=True)),
        joints=tuple(sorted(_str_list(doc, "joints", name), key=len, reverse=True)),
        distinct=distinct,
        directions=singles.get("directions", frozenset()),
        slogan_verbs=singles.get("slogan_verbs", frozenset()),
        echo_verbs=singles.get("echo_verbs", frozenset()),
        whole=singles.get("whole", frozenset()),
        run_next=tuple(_str_list(doc, "run_next", name)) if "run_next" in doc else (),
        ordinary_pairs=frozenset(_str_list(doc, "ordinary_pairs", name))
        if "ordinary_pairs" in doc
        else frozenset(),
        direction_first=singles.get("direction_first", frozenset()),
        flow_goods=singles.get("flow_goods", frozenset()),
        flow_verbs=singles.get("flow_verbs", frozenset()),
        alias_first=frozenset(_str_list(doc, "alias_first", name))
        if "alias_first" in doc
        else frozenset(),
        major_cities=frozenset(_str_list(doc, "major_cities", name))
        if "major_cities" in doc
        else frozenset(),
        region_next=tuple(sorted(_str_list(doc, "region_next", name), key=len, reverse=True))
        if "region_next" in doc
        else (),
        name_cues=tuple(sorted(_str_list(doc, "name_cues", name), key=len, reverse=True))
        if "name_cues" in doc
        else (),
    )


@dataclass(frozen=True)
class FeatureRules:
    """features.yaml: new areas, lines, regions, landmarks and what is not a place."""

    new_areas: frozenset[str]
    new_area_shorts: frozenset[str]
    line_suffixes: tuple[str, ...]
    lines: frozenset[str]
    regions: frozenset[str]
    landmarks: frozenset[str]
    spanning: frozenset[str]
    landmark_suffixes: tuple[str, ...]
    not_places: tuple[str, ...]
    everyday_names: frozenset[str] = frozenset()
    town_kinds: frozenset[str] = frozenset()
    brand_tails: tuple[str, ...] = ()
    brand_ways: frozenset[str] = frozenset()
    brand_verbs: frozenset[str] = frozenset()
    needs_parent: frozenset[str] = frozenset()
    villages: frozenset[str] = frozenset()
    generic_tails: tuple[str, ...] = ()
    programmes: frozenset[str] = frozenset()
    nature_words: tuple[str, ...] = ()
    site_words: tuple[str, ...] = ()
    nature_cues_after: tuple[str, ...] = ()
    nature_cues_before: tuple[str, ...] = ()
    not_nature: frozenset[str] = frozenset()
    nature_not_heads: tuple[str, ...] = ()
    nature_weak_cues_after: tuple[str, ...] = ()
    nature_weak_cues_before: tuple[str, ...] = ()
    foreign_features: frozenset[str] = frozenset()
    works_suffixes: tuple[str, ...] = ()
    works_infixes: tuple[str, ...] = ()
    works_not_names: frozenset[str] = frozenset()
    works_list_kinds: tuple[str, ...] = ()
    site_suffixes: tuple[str, ...] = ()
    city_works: frozenset[str] = frozenset()
    landmark_whole: frozenset[str] = frozenset()
    famous_towns: frozenset[str] = frozenset()
    # province code → the codes of the provinces bordering it
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)


def _neighbours(doc: dict[str, object], name: str) -> dict[str, frozenset[str]]:
    raw = doc.get("province_neighbours", {})
    if not isinstance(raw, dict):
        raise DataFileError(name, "`province_neighbours` maps two-digit codes to lists of them")
    ok = all(
        isinstance(k, str)
        and re.fullmatch("[1-9][0-9]", k)
        and isinstance(v, list)
        and all(isinstance(c, str) and re.fullmatch("[1-9][0-9]", c) for c in v)
        for k, v in raw.items()
    )
    if not ok:
        raise DataFileError(name, "`province_neighbours` maps two-digit codes to lists of them")
    out = {k: frozenset(v) for k, v in raw.items()}
    odd = sorted(f"{a}-{b}" for a, bs in out.items() for b in bs if a not in out.get(b, ()))
    if odd:
        raise DataFileError(name, f"`province_neighbours` lists {odd[:5]} on one side only")
    return out


def load_features() -> FeatureRules:
    name = "features.yaml"
    doc = load_yaml(name)
    if not isinstance(doc, dict):
        raise DataFileError(name, "expected a mapping")
    lists = {
        key: _str_list(doc, key, name)
        for key in (
            "new_areas",
            "new_area_shorts",
            "line_suffixes",
            "lines",
            "regions",
            "landmarks",
            "spanning",
            "landmark_suffixes",
            "not_places",
            "everyday_names",
            "town_kinds",
            "brand_tails",
            "brand_ways",
            "brand_verbs",
            "needs_parent",
            "villages",
            "generic_tails",
            "programmes",
            "nature_words",
            "site_words",
            "nature_cues_after",
            "nature_cues_before",
            "not_nature",
            "nature_not_heads",
            "nature_weak_cues_after",
            "nature_weak_cues_before",
            "foreign_features",
            "works_suffixes",
            "works_infixes",
            "works_not_names",
            "works_list_kinds",
            "site_suffixes",
            "city_works",
            "landmark_whole",
            "famous_towns",
        )
    }
    for key, values in lists.items():
        dupes = sorted({v for v in values if values.count(v) > 1})
        if dupes:
            raise DataFileError(name, f"`{key}` lists {dupes} twice")
    odd = sorted(set(lists["brand_ways"]) - set(lists["brand_tails"]))
    if odd:
        raise DataFileError(name, f"`brand_ways` lists {odd[:5]}, which are no `brand_tails`")
    if not all(a.endswith(("新区", "示范区")) for a in lists["new_areas"]):
        raise DataFileError(name, "every entry of `new_areas` ends in 新区 or 示范区")
    if not all(any(a.startswith(s) for a in lists["new_areas"]) for s in lists["new_area_shorts"]):
        raise DataFileError(name, "each of `new_area_shorts` begins a name in `new_areas`")
    nature = tuple(lists["nature_words"] + lists["site_words"])
    odd = [x for x in lists["not_nature"] + lists["foreign_features"] if not x.endswith(nature)]
    if nature and odd:
        raise DataFileError(name, f"{odd[:5]} end in none of `nature_words`")
    both = set(lists["landmarks"]) & set(lists["spanning"])
    if both:
        raise DataFileError(name, f"{sorted(both)} are both `landmarks` and `spanning`")
    if any(not 2 <= len(x) <= 4 for x in lists["lines"] + lists["regions"]):
        raise DataFileError(name, "`lines` and `regions` are 2–4 characters each")
    if any(not (x.endswith("村") and len(x) >= 2) for x in lists["villages"]):
        raise DataFileError(name, "every entry of `villages` is a village's full name (…村)")
    stray = set(lists["landmark_whole"]) - set(lists["landmark_suffixes"] + lists["works_suffixes"])
    if stray:
        raise DataFileError(name, f"`landmark_whole` {sorted(stray)} are no landmark suffixes")

    def longest_first(key: str) -> tuple[str, ...]:
        return tuple(sorted(lists[key], key=len, reverse=True))

    return FeatureRules(
        new_areas=frozenset(lists["new_areas"]),
        new_area_shorts=frozenset(lists["new_area_shorts"]),
        line_suffixes=longest_first("line_suffixes"),
        lines=frozenset(lists["lines"]),
        regions=frozenset(lists["regions"]),
        landmarks=frozenset(lists["landmarks"]),
        spanning=frozenset(lists["spanning"]),
        landmark_suffixes=longest_first("landmark_suffixes"),
        not_places=longest_first("not_places"),
        everyday_names=frozenset(lists["everyday_names"]),
        town_kinds=frozenset(lists["town_kinds"]),
        villages=frozenset(lists["villages"]),
        brand_tails=longest_first("brand_tails"),
        brand_ways=frozenset(lists["brand_ways"]),
        brand_verbs=frozenset(lists["brand_verbs"]),
        needs_parent=frozenset(lists["needs_parent"]),
        generic_tails=longest_first("generic_tails"),
        programmes=frozenset(lists["programmes"]),
        nature_words=longest_first("nature_words"),
        site_words=longest_first("site_words"),
        nature_cues_after=longest_first("nature_cues_after"),
        nature_cues_before=longest_first("nature_cues_before"),
        not_nature=frozenset(lists["not_nature"]),
        nature_not_heads=longest_first("nature_not_heads"),
        nature_weak_cues_after=longest_first("nature_weak_cues_after"),
        nature_weak_cues_before=longest_first("nature_weak_cues_before"),
        foreign_features=frozenset(lists["foreign_features"]),
        works_suffixes=longest_first("works_suffixes"),
        works_infixes=longest_first("works_infixes"),
        works_not_names=frozenset(lists["works_not_names"]),
        works_list_kinds=longest_first("works_list_kinds"),
        site_suffixes=longest_first("site_suffixes"),
        city_works=frozenset(lists["city_works"]),
        landmark_whole=frozenset(lists["landmark_whole"]),
        famous_towns=frozenset(lists["famous_towns"]),
        neighbours=_neighbours(doc, name),
    )


@dataclass(frozen=True)
class AbbrevTerm:
    """A fixed term with abbreviation slots: 港人治港 → slots (0, 1) and (3, 4)."""

    term: str
    slots: tuple[tuple[int, int], ...]


def _slot_terms(doc: dict[str, object], key: str, name: str) -> list[AbbrevTerm]:
    terms: list[AbbrevTerm] = []
    for raw in _str_list(doc, key, name):
        plain, slots, pos, start = "", [], 0, -1
        for ch in raw:
            if ch == "[":
                if start >= 0:
                    raise DataFileError(name, f"nested [ in {key} entry {raw!r}")
                start = pos
            elif ch == "]":
                if start < 0 or pos == start:
                    raise DataFileError(name, f"unbalanced or empty [] in {raw!r}")
                slots.append((start, pos))
                start = -1
            else:
                plain += ch
                pos += 1
        if start >= 0 or not slots:
            raise DataFileError(name, f"{key} entry {raw!r} needs a closed [slot]")
        terms.append(AbbrevTerm(plain, tuple(slots)))
    return terms


@dataclass(frozen=True)
class TermRules:
    """aliases.yaml `abbrev_terms` ([港]人治[港]), `place_terms` ([枫桥]经验) and
    `abbrev_after` (驻), `abbrev_visits` (在京, 赴港); features.yaml `division_cues`
    and `designations`."""

    abbrev_terms: tuple[AbbrevTerm, ...]
    place_terms: tuple[AbbrevTerm, ...]
    abbrev_after: frozenset[str]
    division_cues: tuple[str, ...]
    designations: tuple[str, ...]
    abbrev_visits: frozenset[str] = frozenset()
    stationed: tuple[str, ...] = ()
    envoys: tuple[str, ...] = ()
    distinct: frozenset[str] = frozenset()
    alias_names: frozenset[str] = frozenset()


def load_terms() -> TermRules:
    name = "aliases.yaml"
    doc = load_yaml(name)
    if not isinstance(doc, dict):
        raise DataFileError(name, "expected a mapping")
    after = frozenset(_str_list(doc, "abbrev_after", name))
    if any(len(c) != 1 for c in after):
        raise DataFileError(name, "`abbrev_after` holds single characters")
    visits = frozenset(_str_list(doc, "abbrev_visits", name))
    if any(len(v) != 2 for v in visits):
        raise DataFileError(name, "`abbrev_visits` holds verb + abbreviation pairs")
    if "visit_verbs" in doc:  # 入豫, 来川, 赴湘: every distinct abbreviation after these
        verbs = _str_list(doc, "visit_verbs", name)
        if any(len(v) != 1 for v in verbs):
            raise DataFileError(name, "`visit_verbs` holds single characters")
        visits |= {v + a for v in verbs for a in _str_list(doc, "distinct", name)}
    features = load_yaml("features.yaml")
    if not isinstance(features, dict):
        raise DataFileError("features.yaml", "expected a mapping")
    frames = _str_list(doc, "abbrev_frames", name) if "abbrev_frames" in doc else []
    if any(f.count("{}") != 1 or "[" in f for f in frames):
        raise DataFileError(name, "each `abbrev_frames` entry holds one {} and no [ ]")
    framed = [
        AbbrevTerm(f.replace("{}", a), ((f.index("{}"), f.index("{}") + 1),))
        for f in frames
        for a in sorted(str(k) for k in doc.get("provinces", {}))
    ]
    return TermRules(
        abbrev_terms=(*_slot_terms(doc, "abbrev_terms", name), *framed),
        place_terms=tuple(_slot_terms(doc, "place_terms", name)),
        abbrev_after=after,
        division_cues=tuple(_str_list(features, "division_cues", "features.yaml")),
        designations=tuple(_str_list(features, "designations", "features.yaml")),
        abbrev_visits=visits,
        stationed=tuple(_str_list(doc, "stationed", name)) if "stationed" in doc else (),
        envoys=tuple(_str_list(doc, "envoys", name)) if "envoys" in doc else (),
        distinct=frozenset(_str_list(doc, "distinct", name)),
        alias_names=frozenset(str(k) for k in (doc.get("aliases") or {}) if len(str(k)) >= 2),
    )
