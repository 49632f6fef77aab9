"""Rivers, lakes, mountains and other natural features that pin a locality (浑河,
阳澄湖, 高黎贡山, 西苕溪): LOCAL, their own word included (the gold convention: 洱海,
贺兰山), like the listed landmarks.

No list of China's rivers and mountains could be complete, and a river report names the
small ones (练江, 茅洲河). Two readings make a name without one:

- the segmenter's dictionary holds the name as a proper noun of three characters or more
  (阳澄湖, 祁连山): tagged ns, nz, or nr/nrt, which its tagger gives many places too; a
  person's name of that shape (梁晓峰, 于宝山) is left to the person recognizers;
- a feature cue stands after the name (浑河流域, 练江沿岸, 茅洲河水质) or a verb of
  rivers and mountains before it (汇入石羊河, 登上芦芽山), and the name reads as one.

The recognizer comes after all others and only fills what they left: a place, a person
or a landmark found over any of the characters wins. Ordinary words of the same shape
(江山, 运河, 母亲河, 碳达峰, 绿水青山) and features abroad or across provinces (塞纳河,
渤海湾) are listed in features.yaml or refused by shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sucai.analyze import recognizers as rec
from sucai.analyze.rules import FeatureRules
from sucai.analyze.spans import Span

_PROPER = frozenset({"ns", "nz", "nr", "nrt"})
_PERSONAL = frozenset({"nr", "nrt"})
# Feature words a given name also ends in (晓峰, 振江, 德海, 宝山): an nr reading of a
# surname and these needs a cue as well.
_NAME_LIKE_ENDS = set("山江海峰泉湖")
# A one-character name needs a cue and a river or lake word (浑河, 邕江, 伊河, 练江): a
# one-character mountain or sea is a dictionary word (泰山) or an ordinary one (花海).
_ONE_CHAR_ENDS = set("河江湖溪")
# What no feature name opens with when its name is one character (大河, 小溪, 东江 is
# listed, 全河, 该河): sizes, directions, colours of ordinary speech, pronouns.
_GENERIC_HEADS = set(
    "大小内外高深荒名群雪青冰火上下前后东西南北中新老全该此本各每这那其江河山湖海水"
    "入出过跨沿临滨环护治沉"  # (入湖, 过河, 跨江, 沿河, 临江, 环湖: a verb and its water)
)
# Characters of the idioms and slogans of the same shape (绿水青山, 五湖四海, 荒山野岭,
# 林田湖草): a four-character word with one of them before its end is no name.
_IDIOM_CHARS = set("山水江河湖海林田石峰岭草")
# Characters that lead into a name and are none of it (要|守好东滩, 把|浑河).
_LEADS = set("要让把被将给于去到来往修游逛看")  # (去练|江边, 修贡|江边: glued by the cut)
# What a feature's name is never followed by: a division suffix (洛古河村 is a village).
_DIVISION_SUFFIXES = ("村", "镇", "乡", "街道", "社区", "县", "区", "市")
_CJK_RUN = re.compile("[\u4e00-\u9fff]+")
_MEASURES = set("条个座片处段道湾汪")


class NatureRecognizer:
    """Natural features named where no other recognizer found anything."""

    name = "nature"

    def __init__(
        self,
        features: FeatureRules,
        surnames: Iterable[str] = (),
        places: Iterable[str] = (),
    ) -> None:
        # sites (寺, 祠, 楼, 关 …) count by the dictionary only: 国清寺, 娄山关, 望海楼
        self.sites = frozenset(features.site_words)
        self.words = tuple(sorted({*features.nature_words, *self.sites}, key=len, reverse=True))
        self.weak_after = features.nature_weak_cues_after
        self.weak_before = features.nature_weak_cues_before
        self.after = tuple(sorted({*features.nature_cues_after, *self.weak_after}, key=len)[::-1])
        self.before = tuple(
            sorted({*features.nature_cues_before, *self.weak_before}, key=len)[::-1]
        )
        self.not_heads = features.nature_not_heads
        self.refused = features.not_nature | features.spanning | features.foreign_features
        self.surnames = frozenset(surnames)
        # names and short forms of divisions above a town: the gazetteer's to find (a town
        # named after its lake or mountain, 阳澄湖镇, leaves the feature's name to this one)
        self.places = frozenset(places)
        alternatives = "|".join(re.escape(w) for w in self.words)
        self._ends = re.compile(f"(?:{alternatives})") if self.words else None
        self._single = frozenset(w for w in features.nature_words if len(w) == 1)

    def analyze(self, ctx: rec.Context) -> list[Span]:
        if self._ends is None:
            return []
        text = ctx.text
        # (another name of a city does not hold back a lake named after it: 晋阳湖)
        taken = {
            k
            for sp in ctx.spans
            if sp.label != "LEVEL" and sp.recognizer != "alias"
            for k in range(sp.start, sp.end)
        }
        spans: list[Span] = []
        last = -1
        for m in self._ends.finditer(text):
            e = m.end()
            if m.start() in taken or m.start() < last:
                continue
            found = self._dictionary_name(ctx, m.start(), e)
            if found is None and m.group(0) not in self.sites:
                found = self._cued_name(ctx, m.start(), e)
            if found is None or text.startswith(_DIVISION_SUFFIXES, e):
                continue  # (洛古河村: a village named after the river, the division's to find)
            s, why = found
            if any(k in taken for k in range(s, e)) or ctx.in_mask(s, e):
                continue
            if any(a < e and s < b for a, b in ctx.blocked):
                continue  # (黄|河入海, 长江黄河: a feature across provinces is no name here)
            spans.append(Span(s, e, "LOCAL", 0.6, self.name, text[s:e], reason=why))
            last = e
        return spans

    # -- the two readings ----------------------------------------------------------------
    def _dictionary_name(self, ctx: rec.Context, k: int, e: int) -> tuple[int, str] | None:
        """A proper noun of the dictionary ending in the feature word (阳澄湖, 祁连山)."""
        text = ctx.text
        for s in range(max(0, e - 6), e - 2):
            word = text[s:e]
            if not ctx.is_word(word) or not ctx.word_start(s) or word[0] in rec._FUNCTION_CHARS:
                continue
            if e < len(text) and not ctx.word_start(e) and not self._cue_after(text, e):
                return None  # 阿斯塔|纳: the word runs on (not 百花|山脚下)
            tags = ctx.jieba.tag(word)
            tag = str(tags[0][1]) if len(tags) == 1 else ""
            if tag not in _PROPER or not self._may_name(word):
                return None
            if self._ordinary_shape(text, s, e):
                return None
            if (
                tag in _PERSONAL
                and word[0] in self.surnames
                and word[-1] in _NAME_LIKE_ENDS
                and not self._cue_after(text, e)
                and self._cue_before(text, s) is None
            ):
                return None  # 梁晓峰, 于宝山: a person's name, unless a cue says otherwise
            return s, f"dictionary name of a natural feature ({tag})"
        return None

    def _cued_name(self, ctx: rec.Context, k: int, e: int) -> tuple[int, str] | None:
        """A name before the feature word, with a feature cue after or a verb before."""
        text = ctx.text
        feature = text[k:e]
        after = self._cue_after(text, e)
        if after[:1] in self._single:
            return None  # 釜溪|河畔: the river's word is the name's, the next match's
        cue_end = next(
            (s for s in range(k - 1, max(0, k - 5) - 1, -1) if self._cue_before(text, s)), -1
        )
        if not after and cue_end < 0:
            return None
        why = f"a name before {feature} and {'the cue ' + after if after else 'a verb'}"
        weak = (not after or after in self.weak_after) and (
            cue_end < 0 or self._cue_before(text, cue_end) in self.weak_before
        )
        for s in (cue_end, self._name_start(ctx, k, e)):
            if s >= 0 and self._reads_as_name(ctx, s, k, feature):
                if weak and not self._weakly_cued(ctx, s, k, feature):
                    continue
                return s, why
        return None

    @staticmethod
    def _weakly_cued(ctx: rec.Context, s: int, k: int, feature: str) -> bool:
        """A name a weak cue (上, 依托) may stand beside: no ordinary word of the
        dictionary (芦苇|滩上, 红土|山上, 扎根|山上), no sea (海上 is a word of its own)."""
        name = ctx.text[s:k]
        if feature == "海":
            return False
        if not ctx.is_word(name):
            return True
        return str(ctx.jieba.tag(name)[0][1]) in _PROPER

    def _name_start(self, ctx: rec.Context, k: int, e: int) -> int:
        """Where the name before the feature word starts by the segmenter's words (盘|阳河,
        西|苕|溪, 好|东滩 → 东滩), or -1: the word that holds the feature's first character
        and the words before it that may be parts of a name, four characters at most."""
        text = ctx.text
        a = k
        while a > 0 and not ctx.word_start(a):
            a -= 1
        b = k + 1
        while b < len(text) and not ctx.word_start(b):
            b += 1
        if a < k and b > e:
            return -1  # the feature's character is inside another word (青山绿水)
        s = a
        while (
            s > 0
            and k - s < 4
            and self._cue_before(text, s) is None
            and not text.endswith(self.not_heads, 0, s)
        ):
            j = s - 1
            while j > 0 and not ctx.word_start(j):
                j -= 1
            if k - j > 4 or not self._part_of_name(ctx, text[j:s], first=False):
                break
            if text[j] in _LEADS:
                s = j + 1 if j + 1 < s else s  # 学生|去练|江边: the verb glued to the name
                break
            s = j
        while s < k - 1 and self._leads_in(ctx, text[s]):
            s += 1  # 于|尼山脚下: a preposition glued to the name by the segmenter
        return s

    @staticmethod
    def _leads_in(ctx: rec.Context, char: str) -> bool:
        return char in _LEADS or str(ctx.jieba.tag(char)[0][1])[:1] in "pcudr"

    def _part_of_name(
        self, ctx: rec.Context, piece: str, first: bool, inside: bool = False
    ) -> bool:
        """A word of the cut that may be part of a feature's name: no verb, adverb or
        particle of the sentence (中|发现|后山), though a noun may be (布尔|哈通河); one
        character inside a name may be anything but a function word."""
        if not _CJK_RUN.fullmatch(piece) or set(piece) & rec._FUNCTION_CHARS:
            return False
        tags = ctx.jieba.tag(piece)
        tag = str(tags[0][1]) if len(tags) == 1 else ""
        if len(piece) > 1:
            return not ctx.is_word(piece) or tag[:1] == "n"  # (紧盯/z, 地处/s: no)
        if piece in _LEADS:
            return False
        if inside:
            return True
        return tag[:1] not in "vpcudra" and (tag != "f" or piece in "东西南北")

    def _reads_as_name(self, ctx: rec.Context, s: int, k: int, feature: str) -> bool:
        text = ctx.text
        e = k + len(feature)
        name, word = text[s:k], text[s:e]
        if not name or not _CJK_RUN.fullmatch(name) or set(name) & rec._FUNCTION_CHARS:
            return False
        if not self._may_name(word) or len(word) > 6 or name.startswith(self.not_heads):
            return False
        if self._ordinary_shape(text, s, e):
            return False
        tags: tuple[tuple[str, str], ...] = ctx.jieba.tag(word) if ctx.is_word(word) else ()
        if len(tags) == 1 and str(tags[0][1]) not in _PROPER:
            return False  # 运河, 火山, 人工湖: ordinary nouns
        if e < len(text) and not ctx.boundary(e) and not self._cue_after(text, e):
            return False  # 塞上|江南: the feature's character begins another word
        if name in self.places and feature == "海":
            return False  # 苍南|海岸线: a division and its sea, no sea of that name
        if len(name) > 1:
            # each word of the cut inside the name may be part of one (中|发现|后山: no)
            cuts = [j for j in range(s + 1, k) if ctx.word_start(j)]
            pieces = [text[a:b] for a, b in zip([s, *cuts], [*cuts, k], strict=True)]
            if not all(
                self._part_of_name(ctx, p, first=n == 0, inside=n > 0) for n, p in enumerate(pieces)
            ):
                return False
        if len(name) == 1:
            if name in _MEASURES:
                return False  # 这条|江: a measure word
            if (
                s
                and _CJK_RUN.match(text[s - 1])
                and ctx.word_start(s - 1)
                and text[s - 1] not in rec._FUNCTION_CHARS
            ):
                return False  # 大|石河, 遇|龙河: the name may begin before it
            if feature not in _ONE_CHAR_ENDS or name in _GENERIC_HEADS or name in rec._NUMERALS:
                return False
            # 练江: the dictionary's, or one word of the segmenter's cut
            whole = ctx.word_start(s) and ctx.word_start(e) and not ctx.word_start(k)
            if str(ctx.jieba.tag(name)[0][1])[:1] in "mq":
                return False  # 一条|河: a measure word
            return bool(tags) or whole or self._part_of_name(ctx, name, first=True)
        return True

    def _ordinary_shape(self, text: str, s: int, e: int) -> bool:
        """绿水青山, 大河大湖: an idiom of the shape; 城市|内河, 攀登|高峰: an ordinary word
        at the end, the rest its modifier."""
        word = text[s:e]
        if len(word) == 4 and set(word[:3]) & _IDIOM_CHARS:
            return True
        return any(text[j:e] in self.refused for j in range(s + 1, e - 1))

    def _may_name(self, word: str) -> bool:
        return word not in self.refused and word not in self.places

    def _cue_after(self, text: str, e: int) -> str:
        return next((c for c in self.after if text.startswith(c, e)), "")

    def _cue_before(self, text: str, s: int) -> str | None:
        """The verb of rivers and mountains that ends at s (汇入|石羊河), if any."""
        return next((c for c in self.before if text.endswith(c, 0, s)), None)
