"""Dams, power stations, irrigation districts, airports and bridges named after a
locality (羊角坪水库, 黑石峡水利枢纽, 青杠坪灌区, 花湖国际机场), and sites and parks
(神仙居景区, 喇家遗址): the name pins the place as a landmark does, so it is LOCAL; the
designation after it is no part of it (the gold convention of the real paragraph sets:
【羊角坪】水库).

Names that are divisions (密云水库, 丹江口水库) are the gazetteer's to read. What is left
is a run of two to four characters before the designation that no dictionary word of a
common kind covers (病险|水库, 骨干|灌区, 重点|水利枢纽 are no names), opening where a
list item, a verb, a preposition or a place ends. Works of one kind named only by the
dictionary's ordinary words stay unnamed: a run is taken only where it reads as a name.
"""

from __future__ import annotations

import re

from sucai.analyze import recognizers as rec
from sucai.analyze.rules import FeatureRules
from sucai.analyze.spans import Span

_CJK_RUN = re.compile("[\u4e00-\u9fff]+")
# what a name of a work may follow: the end of a clause or list item
_OPENERS = set("、，。；：“”（）《》 \u3000\n和及与的至")
# tags of the words that may end right before the name: verbs, prepositions,
# conjunctions, particles, places (建设|X水库, 走访了|X遗址, 黄河|小浪底水利枢纽)
_LEAD_TAGS = ("v", "p", "c", "u", "ns", "f")
# tags of dictionary words that are names when they stand before a designation
_PROPER = frozenset({"ns", "nr", "nrt"})
# characters that lead into what is built and open no name unless the dictionary holds it
_LEAD_INS = set("后先再又就才把被将给对经沿跨过在从往于好要让做成凭去来到")
# characters that end a verb phrase or a kind before what is built, never a name (山区变|景区,
# 城区至, 水源型|水库)
_TAIL_OUTS = set("变至凭成到向给让进有是型")
# tags of words that are no part of a work's name: verbs, adjectives, adverbs, numerals,
# measure words, pronouns, prepositions, conjunctions, particles, times and directions
_NOT_NAME_TAGS = set("vadmqrpcuytf")


class WorksRecognizer:
    """Names of works before their designation (features.yaml ``works_suffixes``)."""

    name = "works"

    def __init__(
        self,
        features: FeatureRules,
        places: frozenset[str] = frozenset(),
        foreign: frozenset[str] = frozenset(),
        towns: frozenset[str] = frozenset(),
    ) -> None:
        self.sites = frozenset(features.site_suffixes)
        self.towns = towns  # a town's short form before a site's designation: 濯水古镇
        self.suffixes = tuple(
            sorted({*features.works_suffixes, *features.site_suffixes}, key=len, reverse=True)
        )
        self.infixes = features.works_infixes
        self.places = places  # division names and short forms: the gazetteer's to read
        self.not_names = features.works_not_names  # 高原|隧道, 山塘|水库
        self.designations = frozenset(self.suffixes) | frozenset(features.works_list_kinds)
        self.foreign = tuple(sorted(foreign, key=len, reverse=True))  # 匈牙利布达佩斯国际机场
        alternatives = "|".join(re.escape(w) for w in self.suffixes)
        self._pattern = re.compile(f"(?:{alternatives})") if alternatives else None
        # 双槐岭、青石湾等考古遗址公园: a list closed by 等 and, a few words
        # on, what its items are (works, sites, parks)
        kinds = "|".join(
            re.escape(w)
            for w in sorted({*self.suffixes, *features.works_list_kinds}, key=len, reverse=True)
        )
        self._listed = re.compile(f"等[\u4e00-\u9fff]{{0,6}}?(?:{kinds})") if kinds else None

    def analyze(self, ctx: rec.Context) -> list[Span]:
        if self._pattern is None:
            return []
        text = ctx.text
        taken = {k for sp in ctx.spans if sp.label != "LEVEL" for k in range(sp.start, sp.end)}
        spans: list[Span] = []
        for m in self._pattern.finditer(text):
            e = m.start()
            infix = next((w for w in self.infixes if text.endswith(w, 0, e)), "")
            e -= len(infix)  # 青杠坪|大型|灌区
            if e in taken or e - 1 in taken:
                continue
            site = m.group(0) in self.sites
            found = self._name_before(ctx, e, taken, self.towns if site else frozenset())
            if found is None:
                continue
            s = found
            why = f"the name of a work: {text[s:e]}{infix}{m.group(0)}"
            spans.append(Span(s, e, "LOCAL", 0.6, self.name, text[s:e], reason=why))
            taken.update(range(s, e))
        if self._listed is not None and "等" in text:
            self._list_items(ctx, taken, spans)
        return spans

    def _list_items(self, ctx: rec.Context, taken: set[int], spans: list[Span]) -> None:
        """The items of a list of works or sites closed by 等 and their kind: each that
        reads as a name (the first opening where a name may) is one."""
        assert self._listed is not None
        text = ctx.text
        for m in self._listed.finditer(text):
            items = _items_before(text, m.start())
            if len(items) < 2:
                continue
            first_s, first_e = items[0]
            start = next(  # 完成|柳树沟、石门坎: the first item opens where a name may
                (
                    s
                    for s in range(max(first_s, first_e - 4), first_e - 1)
                    if ctx.word_start(s) and self._opens(ctx, s) and self._item(ctx, s, first_e)
                ),
                None,
            )
            items = items[1:] if start is None else [(start, first_e), *items[1:]]
            kind = text[m.start() + 1 : m.end()]
            for s, e in items:
                if any(j in taken for j in range(s, e)) or not self._item(ctx, s, e):
                    continue
                why = f"a name listed before 等{kind}"
                spans.append(Span(s, e, "LOCAL", 0.6, self.name, text[s:e], reason=why))
                taken.update(range(s, e))

    def _item(self, ctx: rec.Context, s: int, e: int) -> bool:
        """text[s:e] names a work or a site: no division's name, ordinary word or
        designation (保护好|古镇|古村落), at home, read as a name."""
        text = ctx.text
        x = text[s:e]
        if x in self.places or x in self.not_names or x in self.designations:
            return False
        if not _CJK_RUN.fullmatch(x) or set(x) & rec._FUNCTION_CHARS:
            return False
        if ctx.in_mask(s, e) or self._abroad(text, s):
            return False
        return self._proper(ctx, x) or self._reads_as_name(ctx, s, e)

    def _name_before(
        self, ctx: rec.Context, e: int, taken: set[int], towns: frozenset[str]
    ) -> int | None:
        """Where the longest run of 2–4 characters before ``e`` that reads as a name
        begins (no town's name before a site's designation), or None."""
        text = ctx.text
        for length in (4, 3, 2):
            s = e - length
            if s < 0:
                continue
            x = text[s:e]
            if any(k in taken for k in range(s, e)):
                continue
            if (
                any(x[k:] in towns for k in range(len(x) - 1))
                or x[-1] == "族"
                or (towns and x[-1] in "村镇乡")
            ):
                continue  # 濯水|古镇 (the town's), 藏族|湿地
            if ctx.word_start(s) and self._opens(ctx, s) and self._item(ctx, s, e):
                return s
        return None

    def _reads_as_name(self, ctx: rec.Context, s: int, e: int) -> bool:
        """The dictionary's reading of text[s:e] makes a name: no word of a verb's, an
        adjective's or a function word's kind of two characters or more in it (科学|调度,
        光伏|帮扶), no lead-in character before it (后|修, 经|莲花) or size after it
        (山塘|小, 通报|非), no common word over the whole run (高原 is listed), and in a run of
        four, one dictionary word at most (银杏|时光). Unknown names fall apart into
        single characters of any kind (驮|英, 藻|渡): those say nothing."""
        x = ctx.text[s:e]
        if ctx.is_word(x) or x[0] in _LEAD_INS or x[-1] in _TAIL_OUTS:
            return False  # (a proper noun was taken before: 龙滩/ns; 后|修水库, 山区变|景区)
        pieces = [(str(w), str(t)) for w, t in ctx.jieba.tag(x)]
        words = [(w, t) for w, t in pieces if len(w) >= 2 and ctx.is_word(w)]
        if any(t[:1] in _NOT_NAME_TAGS or t in ("vn", "an") for _, t in words):
            return False
        if all(len(w) == 1 and t[:1] == "v" for w, t in pieces):
            return False  # 要让|古村落: verbs, one character each
        first, last = pieces[0], pieces[-1]
        if len(first[0]) == 1 and first[1][:1] in "pcdrmqfu":
            return False
        if len(last[0]) == 1 and last[1][:1] in "admqh":
            return False
        return not (len(x) >= 4 and len(words) >= 2)

    def _abroad(self, text: str, s: int) -> bool:
        """A country's name opens the clause before the work (法国巴黎|奥利国际机场)."""
        lo = max(0, s - 12)
        clause = re.split("[。；！？\n]", text[lo:s])[-1]
        return any(c in clause for c in self.foreign)

    def _opens(self, ctx: rec.Context, s: int) -> bool:
        """A name may open at ``s``: after a clause or list break, or after a verb, a
        preposition, a conjunction or a place."""
        text = ctx.text
        if s == 0 or text[s - 1] in _OPENERS:
            return True
        for k in (4, 3, 2, 1):
            if s - k < 0:
                continue
            word = text[s - k : s]
            if ctx.is_word(word) and ctx.word_start(s - k):
                tags = ctx.jieba.tag(word)
                return len(tags) == 1 and str(tags[0][1]).startswith(_LEAD_TAGS)
        return any(sp.end == s and sp.label in ("ADMIN", "LOCAL") for sp in ctx.spans)

    @staticmethod
    def _proper(ctx: rec.Context, x: str) -> bool:
        if not ctx.is_word(x):
            return False
        tags = ctx.jieba.tag(x)
        if len(tags) != 1 or str(tags[0][1]) not in _PROPER:
            return False
        return len(x) >= 3 or str(tags[0][1]) not in ("nr", "nrt")  # (滑雪/nr)


def _items_before(text: str, k: int) -> list[tuple[int, int]]:
    """The 、-separated items of two to five CJK characters that end at ``k`` (the first
    may be the last five characters of a longer run: 完成柳树沟、…)."""
    items: list[tuple[int, int]] = []
    j = k
    while True:
        i = j
        while i > 0 and "\u4e00" <= text[i - 1] <= "\u9fff":
            i -= 1
        if j - i < 2:
            break
        if i > 0 and text[i - 1] == "、" and j - i <= 5:
            items.append((i, j))
            j = i - 1
            continue
        items.append((max(i, j - 5), j))
        break
    items.reverse()
    return items
