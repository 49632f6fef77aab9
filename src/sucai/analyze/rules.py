"""Load and validate the anonymizer's data files: levels, persons, aliases."""

from __future__ import annotations

from dataclasses import dataclass, field

from sucai.errors import DataFileError
from sucai.resources import load_yaml


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
    rules = LevelRules(chars=chars, templates=templates)
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
    return PersonRules(
        titles=tuple(sorted(_str_list(doc, "titles", name), key=len, reverse=True)),
        after=tuple(_str_list(doc, "after", name)),
        stops=tuple(sorted(_str_list(doc, "stops", name), key=len, reverse=True)),
        surnames=frozenset(surnames),
        compound_surnames=tuple(_str_list(doc, "surnames_compound", name)),
        leaders=frozenset(_str_list(doc, "leaders", name)),
    )


@dataclass(frozen=True)
class AliasRules:
    aliases: dict[str, str]
    coined: frozenset[str]
    provinces: dict[str, str]
    abbrev_next: tuple[str, ...]
    joints: tuple[str, ...]


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
    return AliasRules(
        aliases={str(k): str(v) for k, v in aliases.items()},
        coined=frozenset(_str_list(doc, "coined", name)),
        provinces={str(k): str(v) for k, v in provinces.items()},
        abbrev_next=tuple(sorted(_str_list(doc, "abbrev_next", name), key=len, reverse=True)),
        joints=tuple(sorted(_str_list(doc, "joints", name), key=len, reverse=True)),
    )
