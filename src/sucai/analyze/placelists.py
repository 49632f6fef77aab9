"""Lists of divisions each with its own suffix (王家店镇、石桥乡和柳林村; 前营村、后营村、
大李庄村党支部书记): what holds for one item holds for the others.

The place recognizers read a village or a town alone only with context (a county before
it, a level word after it), because 农村, 全村 and 城镇 end in the same characters. In a list
of three or more such items, or of two where one is a place already, every item that is
a name and a suffix is a division.
"""

from __future__ import annotations

import gzip
import re
from importlib import resources

from sucai.analyze import recognizers as rec
from sucai.analyze.spans import Span
from sucai.errors import DataFileError

# Suffixes of divisions below the county, longest first (社区 before 区 is not one).
_SUFFIXES = ("街道", "社区", "嘎查", "苏木", "村", "镇", "乡")
# (opening where a run of CJK opens: the engine never retries inside a run)
_RUN = re.compile("(?<![\u4e00-\u9fff])[\u4e00-\u9fff]+(?:(?:、|和|及|与)[\u4e00-\u9fff]+)+")
_JOINT = re.compile("、|和|及|与")
_NOT_IN_NAME = (rec._FUNCTION_CHARS - rec._NUMERALS) | set("村镇乡县区市个")  # (十八洞村)
# One-character prefixes of place names (大李庄, 新塘, 后营 …)
_PREFIXES = set("大小新老东西南北上下前后中高")


def _town_span(ctx: rec.Context, s: int, e: int, score: float, by: str, why: str) -> Span:
    """A division below the county named in full (a town, a village) at [s, e)."""
    text = ctx.text[s:e]
    return Span(s, e, "ADMIN", score, by, text, reason=why, level="town", full=True)


def _tag(ctx: rec.Context, word: str) -> str:
    tags = ctx.jieba.tag(word)
    return str(tags[0][1]) if len(tags) == 1 else ""


class SuffixedListRecognizer:
    """Every item of a list of villages, towns or neighbourhoods, once the list shows
    it lists them."""

    name = "division-list"

    def _suffix_at(self, text: str, e: int) -> str:
        """The division suffix ending at e, if any."""
        return next((x for x in _SUFFIXES if text.endswith(x, 0, e)), "")

    def _whole(self, ctx: rec.Context, s: int, e: int) -> bool:
        """text[s:e] is a name of two to five characters and a suffix, no word (农村)."""
        text = ctx.text
        suffix = self._suffix_at(text, e)
        name = text[s : e - len(suffix)]
        return bool(suffix) and 2 <= len(name) <= 5 and not set(name) & _NOT_IN_NAME

    @staticmethod
    def _generic(ctx: rec.Context, s: int, e: int) -> bool:
        """A dictionary word that is no place name (示范村, 贫困村; not 南丰村/ns)."""
        word = ctx.text[s:e]
        return ctx.is_word(word) and _tag(ctx, word) != "ns"

    def _first(
        self, ctx: rec.Context, s: int, e: int, starts: set[int], admin_starts: dict[int, int]
    ) -> int:
        """Where the division that ends the first item starts (刚才|王家店镇, 联系|阜平镇),
        or -1: the shortest name of two characters or more at a word start, with a
        one-character prefix of place names before it (大|李庄村, 新|塘村)."""
        text = ctx.text
        suffix = self._suffix_at(text, e)
        if not suffix:
            return -1
        end = e - len(suffix)
        known = admin_starts.get(e, -1)
        if known >= s and self._whole(ctx, known, e):
            return known  # 来自|古州镇: the place a recognizer read
        for k in range(end - 2, max(s, end - 5) - 1, -1):
            if not (k == s or ctx.word_start(k) or k in starts) or not self._whole(ctx, k, e):
                continue
            if k - 1 >= s and text[k - 1] in _PREFIXES and self._whole(ctx, k - 1, e):
                return k - 1
            return k
        return -1

    def _last(self, ctx: rec.Context, s: int, e: int) -> int:
        """Where the division that opens the last item ends (大李庄村|党支部书记), or -1."""
        text = ctx.text
        for k in range(s + 3, min(e, s + 7) + 1):
            suffix = self._suffix_at(text, k)
            if (
                suffix
                and self._whole(ctx, s, k)
                and not (k < len(text) and ctx.is_word(text[k - len(suffix) : k + 1]))  # (村民)
            ):
                return k
        return -1

    def _pieces(self, ctx: rec.Context, lo: int, hi: int) -> list[tuple[int, int]]:
        """The items of a run cut at 、; 和, 及 or 与 joins two items only where the
        words on both sides are divisions (王家店镇、石桥乡和柳林村; not 和平村)."""
        text = ctx.text
        pieces, k = [], lo
        for j in range(lo, hi):
            if text[j] == "、":
                pieces.append((k, j))
                k = j + 1
        pieces.append((k, hi))
        if len(pieces) == 1:  # 甲镇和乙村: no 、, a joint word alone
            pieces = [(lo, hi)]
        s, e = pieces[-1]
        for j in range(s + 2, e - 2):
            if text[j] in "和及与" and self._suffix_at(text, j) and self._last(ctx, j + 1, e) > 0:
                pieces[-1:] = [(s, j), (j + 1, e)]
                break
        return pieces

    def _named(self, ctx: rec.Context, items: list[tuple[int, int]]) -> bool:
        """Two items, each a name (no word, or the tagger's place name) before its
        suffix: 三河村、火普村 (not 新村、老村, whose names are one character)."""
        text = ctx.text
        for s, e in items:
            name = text[s : e - len(self._suffix_at(text, e))]
            if ctx.is_word(name) and _tag(ctx, name) != "ns":
                return False
            tags = [str(t[1]) for t in ctx.jieba.tag(name)]
            if tags != ["ns"] and any(t[:1] in ("v", "m") for t in tags):
                return False  # 千企帮千镇、万企兴万村: a slogan (三河村/ns is a name)
        return True

    def analyze(self, ctx: rec.Context) -> list[Span]:
        text = ctx.text
        if not any(x in text for x in _SUFFIXES):
            return []
        admin = {(s.start, s.end) for s in ctx.spans if s.label == "ADMIN"}
        admin_starts = {e: s for s, e in admin}
        whole = {
            (sp.start, sp.end)
            for sp in ctx.spans
            if sp.label == "ADMIN" and sp.full and sp.recognizer == "gazetteer"
        }
        ends = {s.end for s in ctx.spans if s.label in ("ADMIN", "LEVEL")}
        spans: list[Span] = []
        for m in _RUN.finditer(text):
            pieces = self._pieces(ctx, m.start(), m.end())
            if len(pieces) < 2:
                continue
            items: list[tuple[int, int]] = []
            s0, e0 = pieces[0]
            first = self._first(ctx, s0, e0, ends, admin_starts)
            if first < 0:
                continue
            items.append((first, e0))
            for s, e in pieces[1:-1]:
                if not self._whole(ctx, s, e):
                    break
                items.append((s, e))
            else:
                s, e = pieces[-1]
                last = self._last(ctx, s, e)
                if last > 0:
                    items.append((s, last))
            if len(items) != len(pieces) or len(items) < 2:
                continue
            known = sum(1 for x in items if x in admin)
            generic = sum(1 for x in items if x not in admin and self._generic(ctx, *x))
            if not known and (generic or (len(items) < 3 and not self._named(ctx, items))):
                continue  # (示范村、重点村、贫困村: kinds of village)
            if 2 * generic >= len(items):
                continue
            for s, e in items:
                if (s, e) in admin or ctx.in_mask(s, e):
                    continue
                if any((s, x) in admin and (x, e) in whole for x in range(s + 1, e)):
                    continue  # 东莞|麻涌镇: a place, then a town the gazetteer holds
                spans.append(_town_span(ctx, s, e, 0.8, self.name, "listed with other divisions"))
        return spans


# A town's name set off after a list mark, up to its suffix (、满都宝力格镇其木格)
_TOWN_ITEM = re.compile("(?<=[、，；])([\u4e00-\u9fff]{2,5}?)(镇|乡|苏木)")
_TOWN_ENDS = ("镇", "乡", "苏木")
_NAME_TAGS = ("ns", "nr", "nrt", "nz")
# (都, 其, 尔 … stand in transliterated names: only particles and level characters keep out)
_NOT_IN_TOWN = set("的了在是和与及把被对向从为给个") | set("村镇乡县区市旗")


class TownItemRecognizer:
    """A town the gazetteer lacks, opening a list item like the towns known beside it:
    嘎达布其镇额尔敦巴雅尔、满都宝力格镇其木格、道特淖尔镇… (each item a town and its
    person). The known town in the same sentence shows what the items are."""

    name = "town-item"

    def __init__(self, kinds: frozenset[str] = frozenset()) -> None:
        self.kinds = kinds  # 示范, 特色: kinds of town, no names

    def analyze(self, ctx: rec.Context) -> list[Span]:
        text = ctx.text
        if "镇" not in text and "乡" not in text and "苏木" not in text:
            return []
        towns = [
            sp
            for sp in ctx.spans
            if sp.label == "ADMIN" and sp.full and sp.text.endswith(_TOWN_ENDS)
        ]
        if not towns:
            return []
        held = {k for sp in ctx.spans if sp.label != "LEVEL" for k in range(sp.start, sp.end)}
        spans: list[Span] = []
        for m in _TOWN_ITEM.finditer(text):
            s, e = m.start(), m.end()
            name = m.group(1)
            if not held.isdisjoint(range(s, e)) or ctx.in_mask(s, e):
                continue
            if set(name) & _NOT_IN_TOWN or name in self.kinds:
                continue
            if any(
                ctx.is_word(w) and _tag(ctx, w) not in _NAME_TAGS
                for n in range(2, len(name) + 1)
                for k in range(len(name) - n + 1)
                if (w := name[k : k + n])
            ):
                continue  # (、重点镇, 、年轻人返乡, 、打造江南水乡: words, no name)
            if (e < len(text) and ctx.is_word(text[e - 1 : e + 1])) or any(
                ctx.is_word(text[k:e]) for k in range(s + 1, e - 1)
            ):
                continue  # (帮乡|亲们, 让|古镇, 毛南|山乡: the suffix in a word)
            if name[0] in "以让使由将把对向在":
                continue  # (以|大瑶镇、…: a preposition opens the item)
            # a known town opens an item of the same sentence (set off the same way)
            lo = max(text.rfind(c, 0, s) for c in "。！？\n") + 1
            hi = min(
                (k for k in (text.find(c, e) for c in "。！？\n") if k >= 0), default=len(text)
            )
            if not any(
                lo <= t.start < hi
                and t.start != s
                and (t.start == lo or text[t.start - 1] in "、，；：")
                for t in towns
            ):
                continue
            spans.append(
                _town_span(
                    ctx, s, e, 0.6, self.name, "a town opening a list item beside a known one"
                )
            )
        return spans


_OWN_SUFFIXES = ("社区", "街道", "村")


class SuffixedShortRecognizer:
    """A short place name with a neighbourhood's or village's suffix right after it is
    that neighbourhood or village in full (金湖|社区 → 金湖社区, 玉林|村): the short
    form alone would leave the suffix out of the mask."""

    name = "suffixed-short"

    def analyze(self, ctx: rec.Context) -> list[Span]:
        text = ctx.text
        taken = {(s.start, s.end) for s in ctx.spans if s.label == "ADMIN"}
        spans: list[Span] = []
        for sp in ctx.spans:
            if sp.label != "ADMIN" or sp.full or sp.length < 2 or sp.text.endswith(_OWN_SUFFIXES):
                continue  # (锦屏村|社区工厂: a village's name is whole with its 村)
            e = sp.end
            suffix = next((x for x in _OWN_SUFFIXES if text.startswith(x, e)), "")
            if not suffix or (suffix == "村" and sp.level in ("province", "prefecture")):
                continue  # (贵州|村超: a province names no village)
            end = e + len(suffix)
            if (sp.start, end) in taken or ctx.in_mask(sp.start, end):
                continue
            if ctx.is_word(text[sp.start : end]) or (
                end < len(text) and ctx.is_word(text[e : end + 1])
            ):
                continue  # 农村, 村民: a word, or the suffix opens one
            spans.append(
                Span(
                    sp.start,
                    end,
                    "ADMIN",
                    0.8,
                    self.name,
                    text[sp.start : end],
                    reason=f"{sp.text} with its own {suffix}",
                    level="town",
                    full=True,
                )
            )
        return spans


# Verbs and prepositions after which a village or a neighbourhood is named (送到孔当村,
# 来到扎西岗村), and the suffixes such a name ends with.
_TO_PLACE = re.compile("(?:来到|走进|走访|深入|前往|送到|带着|回到|住在|落户|扎根|在|到|赴|去|从)")
_LOCAL_SUFFIXES = ("社区", "街道", "嘎查", "村")


# Words for a kind of village (海边|渔村, 百年|古村), never a village's own name
_KINDS_OF_VILLAGE = ("山村", "渔村", "古村", "老村", "牧村", "小村")


class NamedAfterVerbRecognizer:
    """A village or neighbourhood in full right after 在, 到, 来到, 送到 … (送到孔当村):
    a name of two to four characters that is no dictionary word (or one the tagger reads
    as a place), so 在贫困村, 到试点村 and 在本村 stay kinds of village."""

    name = "named-after-verb"

    def __init__(self, kinds: frozenset[str] = frozenset()) -> None:
        self.kinds = kinds  # features.yaml town_kinds: 到包保村, 在示范村 name no village

    def analyze(self, ctx: rec.Context) -> list[Span]:
        text = ctx.text
        if not any(x in text for x in _LOCAL_SUFFIXES):
            return []
        taken = {
            k for s in ctx.spans if s.label in ("ADMIN", "LOCAL") for k in range(s.start, s.end)
        }
        spans: list[Span] = []
        for m in _TO_PLACE.finditer(text):
            i = m.end()
            if i in taken:
                continue
            opens: bool | None = None  # (asked only where a suffix follows: it segments)
            for n in (2, 3, 4):
                suffix = next((x for x in _LOCAL_SUFFIXES if text.startswith(x, i + n)), "")
                if not suffix:
                    continue
                if opens is None:
                    opens = ctx.word_start(m.start())
                if not opens:
                    break
                e = i + n + len(suffix)
                name = text[i : i + n]
                if (
                    not rec._CJK_RUN.fullmatch(name)
                    or name in self.kinds
                    or set(name) & _NOT_IN_NAME
                    or name[-1] in rec._NOT_BEFORE_VILLAGE
                    or (ctx.is_word(name) and _tag(ctx, name) not in ("ns", "nr"))
                    or (ctx.is_word(text[i:e]) and _tag(ctx, text[i:e]) != "ns")
                    or (e < len(text) and ctx.is_word(text[e - 1 : e + 1]))  # (村民, 村里)
                    # 走进偏远|山村, 从小|渔村: a word for a kind of village after a modifier
                    or (
                        len(suffix) == 1
                        and (ctx.is_word(text[e - 2 : e]) or text[e - 2 : e] in _KINDS_OF_VILLAGE)
                        and (ctx.is_word(text[i : e - 2]) or text[i : e - 2] in "大小老新旧")
                        and (
                            _tag(ctx, text[i : e - 2])[:1] in ("a", "b", "d", "z", "")
                            or (  # 海边|渔村, 百年|古村, 高原|牧村: a kind of village
                                text[e - 2 : e] in _KINDS_OF_VILLAGE
                                and _tag(ctx, text[i : e - 2])[:2] not in ("ns", "nr", "nz")
                            )
                        )
                    )
                    or not taken.isdisjoint(range(i, e))
                    or ctx.in_mask(i, e)
                ):
                    continue
                spans.append(
                    Span(
                        i,
                        e,
                        "ADMIN",
                        0.6,
                        self.name,
                        text[i:e],
                        reason=f"a {suffix} named after {m.group(0)}",
                        level="town",
                        full=True,
                    )
                )
                break
        return spans


# What follows a known village's name without 村 when it stands for the village (小岗人,
# 十八洞经验, “大下姜”).
_VILLAGE_SHORT_NEXT = ("人", "经验", "精神", "模式", "之路", "样板", "实践", "故事", "变迁", "村民")
_NOT_DEMONYM = ("人民", "人才", "人心", "人口", "人员", "人间", "人力", "人们", "人大")


class KnownVillageRecognizer:
    """Villages the speeches name again and again (features.yaml ``villages``): the full
    name where it starts a word (not 其余|村民), the name without 村 before 人, 经验,
    精神 and the like or in quotes."""

    name = "known-village"

    def __init__(self, villages: frozenset[str]) -> None:
        self.villages = villages
        shorts = {v[:-1]: v for v in villages if len(v) >= 3}
        self.shorts = shorts
        names = sorted(set(villages) | set(shorts), key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(n) for n in names)) if names else None

    def analyze(self, ctx: rec.Context) -> list[Span]:
        if self._pattern is None or (
            "村" not in ctx.text and not any(s in ctx.text for s in self.shorts)
        ):
            return []
        text = ctx.text
        taken = {k for sp in ctx.spans if sp.label == "ADMIN" for k in range(sp.start, sp.end)}
        admin_ends = {sp.end for sp in ctx.spans if sp.label == "ADMIN"}
        spans: list[Span] = []
        for m in self._pattern.finditer(text):
            s, e = m.span()
            name = m.group(0)
            if taken & set(range(s, e)) or ctx.in_mask(s, e):
                continue
            # “大下姜”, 大下姜联合体: the greater village, a union of its neighbours
            greater = (
                bool(s) and text[s - 1] == "大" and text.startswith(("”", "联合体", "片区"), e)
            )
            if (
                s
                and rec._CJK.match(text[s - 1])
                and (
                    ctx.is_word(text[s - 1 : s + 1])
                    or not (ctx.word_start(s) or text[s - 1] in "学向从到在以")  # (学塘|约)
                )
                and not greater
            ):
                continue  # 其余|村民: the first character ends another word
            if name in self.villages:
                whole = (
                    ctx.word_start(s)
                    and (e == len(text) or ctx.word_start(e))
                    and not (s and (text[s - 1].isdigit() or text[s - 1] in "十百千万多"))
                )
                if (
                    len(name) == 2
                    and not whole  # (在|余村|上班, 余村|人: the segmenter cuts it out)
                    and (  # 余村, 代村: not inside other words
                        (s and (text[s - 1].isdigit() or text[s - 1] in "十百千万多"))
                        or (s and ctx.is_word(text[s - 1 : s + 1]))
                        or ctx.is_word(text[e - 1 : e + 1])
                        or ctx.is_word(text[e - 1 : e + 2])
                    )
                ):
                    continue  # 全县300余村, 代村民办理
                if (
                    e < len(text)
                    and not (whole and len(name) == 2)
                    and ctx.is_word(text[e - 1 : e + 1])
                    and text[e] != "村"
                    and not text.startswith(("村民", "村委", "村党"), e - 1)
                ):
                    continue
                why = "a village the speeches name"
            else:
                if ctx.is_word(name) and not _tag(ctx, name).startswith("ns"):
                    continue  # 战旗精神, 明月人心: a word without 村 is the word (大寨/ns)
                quoted = greater or (s and text[s - 1] == "“" and text.startswith("”", e))
                nxt = text.startswith(_VILLAGE_SHORT_NEXT, e) and not text.startswith(
                    _NOT_DEMONYM, e
                )
                opens = (
                    not s or text[s - 1] in "。！？；，：“\n在到从来去把将对与和同跟让给为"
                ) and text.startswith("的", e)  # ，十八洞的变化, 把下姜的经验: the village's own
                # 把布楞沟的变化, 隔壁的顾家台也: a name of three characters or more that no
                # dictionary holds is the village wherever a word ends with it
                distinct = (
                    len(name) >= 3
                    and not ctx.is_word(name)
                    and ctx.boundary(e)
                    and text[e : e + 1] not in "镇乡县区市旗"  # (兴十四|镇: the town)
                )
                # 也在学塘约，: the village learnt from, at the end of a clause
                learnt = (s and text[s - 1] in "学向" and text[e : e + 1] in "，。；、") or (
                    s and text[s - 1] == "以" and text.startswith("为", e)  # 以神山为样板
                )
                # 江阴的华西、张家港的永联: a famous village of the place named before it
                owned = s >= 2 and text[s - 1] == "的" and (s - 1) in admin_ends
                # 。永联把议事会开到…, ，华西则坚持…: the village opening a clause, doing
                subject = (not s or text[s - 1] in "。！？；，\n") and (
                    _tag(ctx, text[e : e + 1]) in ("p", "d", "v")
                    and not ctx.is_word(text[e - 1 : e + 1])
                )
                if not (nxt or quoted or opens or distinct or learnt or owned or subject):
                    continue
                why = f"{self.shorts[name]} without 村"
            spans.append(
                Span(s, e, "ADMIN", 0.8, self.name, name, reason=why, full=name[-1] == "村")
            )
        return spans


_VILLAGE_END = re.compile("村|社区|嘎查")
_VILLAGE_LINE_BAD = re.compile("^(?!#)(?![\u4e00-\u9fff]{2,}(?:村|社区|嘎查)$).*$", re.M)
# Before a village name: what ends a word or a phrase (在|张家沟村, 、|李庄村, 的|前营村).
_VILLAGE_BEFORE = set("在到从去赴来于的和与及、对向为是把将让给跟同至自由经住")
# A counted or a determined village is no name (全村, 各村, 两个村, 该村, 第三村), nor is
# one after an adverb (都|管村医, 常|来村里).
_VILLAGE_COUNTED = set("全本各该每个余多几两一二三四五六七八九十百千万这那某此第都也还就又才再常")
# What only a village or a community has after its name (团结村党支部, 光明社区居委会).
_VILLAGE_ORGANS = (
    "党委",
    "党支部",
    "党总支",
    "两委",
    "村委会",
    "居委会",
    "村民委员会",
    "居民委员会",
    "、",
    "和",
)
# Words 村 opens that the dictionary lacks (村医, 村规民约).
_VILLAGE_WORDS = ("村医", "村规", "村级", "村组", "村务", "村集体", "村两委", "村社", "村企")


def load_villages() -> frozenset[str]:
    """Village and community names (data/villages.txt.gz: jionlp's fifth level, about
    2022, see GAZETTEER.md), validated: CJK ending in 村, 社区 or 嘎查."""
    name = "villages.txt.gz"
    raw = resources.files("sucai").joinpath("data").joinpath(name).read_bytes()
    text = gzip.decompress(raw).decode("utf-8")
    bad = _VILLAGE_LINE_BAD.search(text.rstrip("\n"))
    if bad is not None:
        raise DataFileError(name, f"not a village name (CJK + 村/社区/嘎查): {bad.group(0)!r}")
    return frozenset(line for line in text.split("\n") if line and not line.startswith("#"))


class VillageListRecognizer:
    """Villages and communities by their registered names (297k, from jionlp's list):
    the longest one that ends at a 村, 社区 or 嘎查 of the text and starts where a name may
    (a word's start, after a place or a preposition), not a kind of village (示范村,
    新农村), a counted one (全村, 两个村) or a name of one character and 村 (新村)."""

    name = "village-list"

    def __init__(self, villages: frozenset[str], kinds: frozenset[str]) -> None:
        self.villages = villages
        self.kinds = kinds

    def analyze(self, ctx: rec.Context) -> list[Span]:
        text = ctx.text
        if "村" not in text and "社区" not in text and "嘎查" not in text:
            return []
        ends = {sp.end for sp in ctx.spans if sp.label == "ADMIN"}
        found = [sp for sp in ctx.spans if sp.label != "LEVEL"]
        spans: list[Span] = []
        for m in _VILLAGE_END.finditer(text):
            e = m.end()
            for s in range(max(0, m.start() - 8), m.start() - 1):  # the longest first
                name = text[s:e]
                if name not in self.villages or not self._opens(ctx, s, ends, m.start() - s):
                    continue
                if self._generic(ctx, s, m.start(), name, ends):
                    break
                # a span across its edge wins; those inside it (扎西岗|村, 玉林|北路社区: the
                # pieces other recognizers read) give way to the whole name
                if any(
                    sp.start < e and s < sp.end and not self._gives_way(sp, s, e)
                    for sp in (*found, *spans)
                ):
                    break
                if ctx.in_mask(s, e) or ctx.is_blocked(s, e):
                    break
                spans.append(
                    Span(s, e, "ADMIN", 0.75, self.name, name, reason="a registered village")
                )
                break
        return spans

    @staticmethod
    def _opens(ctx: rec.Context, s: int, ends: set[int], stem: int = 0) -> bool:
        text = ctx.text
        if s == 0 or not rec._CJK.match(text[s - 1]) or s in ends:
            return True
        if text[s - 1] in _VILLAGE_COUNTED:
            return False
        if text[s - 1] in _VILLAGE_BEFORE:
            return True
        if ctx.is_word(text[s - 1 : s + 1]):
            return False
        # a stem of three characters or more opens where no word runs into it, whatever
        # the segmenter's guess (任|元古堆村, 年底前|塔元庄村)
        return ctx.word_start(s) or (stem >= 3 and not ctx.is_word(text[s - 2 : s + 1]))

    def _generic(self, ctx: rec.Context, s: int, stem_end: int, name: str, ends: set[int]) -> bool:
        """示范村, 新农村, 发展|乡村, 朝鲜族|村民, 建设|社区: a kind of village, a phrase that
        ends in a word for villages, a 村 that opens the next word, or a name whose own
        part is an ordinary word (those the lists and frames find, 团结村 after its town)."""
        text = ctx.text
        e = s + len(name)
        stem = text[s:stem_end]
        if stem in self.kinds:  # (a counted village never opens: see _opens)
            return True
        if e < len(text) and (
            ctx.is_word(text[e - 1 : e + 1]) or text.startswith(_VILLAGE_WORDS, e - 1)
        ):
            return True  # 朝鲜族|村民, 组织|村里: 村 opens the next word
        if stem.endswith(("镇", "乡", "嘎查", "苏木", "族", "街道", "社区")):
            return True  # 嘎查村, 经镇村两级, 赫哲族村: a town's villages, a people's village
        if _tag(ctx, name) == "ns":
            return False  # 下游|中坝村/ns: the tagger reads the whole as one place
        if ctx.is_word(stem) and _tag(ctx, stem) != "ns" and not self._framed(ctx, s, e, ends):
            return True  # 建设|社区, 幸福|社区, 长寿|村: an ordinary word before the suffix
        if stem_end - s >= 2 and ctx.word_start(e - 2) and ctx.is_word(text[e - 2 : e]):
            return True  # 发展|乡村, 让|古村, 浙北|乡村: the last two make a word of their own
        if any(text[s:k] in self.kinds and ctx.is_word(text[k:e]) for k in range(s + 1, stem_end)):
            return True  # 新|农村, 美丽|乡村: a kind and a word for a village
        return ctx.is_word(name) and _tag(ctx, name) != "ns" and not self._framed(ctx, s, e, ends)

    @staticmethod
    def _framed(ctx: rec.Context, s: int, e: int, ends: set[int]) -> bool:
        """在团结村召开, 鹭江街道大同社区, 光明社区、团结社区, 东风村党支部: a place, a
        preposition or a list before the name, or its own organs after it."""
        text = ctx.text
        return (
            s in ends
            or (s > 0 and text[s - 1] in "在到赴、")
            or text.startswith(_VILLAGE_ORGANS, e)
        )

    @staticmethod
    def _gives_way(sp: Span, s: int, e: int) -> bool:
        """A span inside the name that is a piece of it: a short form (扎西岗|村), a person
        read in it or the tail of the name with its suffix (玉林|北路社区); not a division
        of its own (韶山市韶山乡|韶山村) or a landmark (京津|中关村)."""
        if not (s <= sp.start and sp.end <= e):
            return False
        if sp.label == "PERSON":
            return True
        if sp.label != "ADMIN":
            return False
        return not sp.full or (sp.end == e and sp.text.endswith(("村", "社区", "嘎查")))
