"""A name between an official's title and what the official does (副州长泽郎王清在调研时说,
区长冯万全在会上, 主任俄木友子、): the slot's two ends fix the name's extent.

The person rules read a name forward from the title, one character at a time, and stop
where the characters stop looking like a name: a given name that is a word (万全, 大同) or
a minority name of unlisted syllables (俄木友子) ends them too early or not at all. Here
the end is found from the other side: the longest run of two to four characters (more for
names of known parts or with a 间隔号) after the title that ends where the next word is a
stop (在, 说, 等), a verb, an adverb, a preposition or a clause break. The run must open
with a surname or a character of non-Han names and must not be a dictionary word of
another kind (亲自, 高度, 郑重 stand there as adverbs), nor hold one (关于|海南, 李明|到会).
A person span the rules found at the same start is lengthened to the slot where it stops
short of it at no stop (冯万|全 → 冯万全); one they read longer is left to them. A short
place form in the slot gives way (区委书记武胜在: a name, though 武胜 is a county).
"""

from __future__ import annotations

import re

from sucai.analyze import recognizers as rec
from sucai.analyze.rules import PersonRules
from sucai.analyze.spans import Span

_CJK = re.compile("[\u4e00-\u9fff]")
# what may follow the name: a clause or list break
_BREAKS = set("、，。；：！？,;:（(“”")
# tags of the word after the name: verbs, prepositions, adverbs, conjunctions
_NEXT_TAGS = ("v", "p", "d", "c")
# tags of a dictionary word that may be the whole name: names and places
_NAME_TAGS = ("nr", "nrt", "nrfg", "ns")
# characters that never sit inside a name
_NEVER = set("的了着过们这那我你他她它其之是在不")
# what follows a verb after a name rather than the name itself (带我, 问他)
_PRONOUNS = set("我你他她")
# one-character stops that also end names
_NAME_ENDS = "和全同则本"


class TitleSlotRecognizer:
    """Names between a title (persons.yaml ``titles``) and a stop, verb or break."""

    name = "title-slot"

    def __init__(self, rules: PersonRules, keep_leaders: bool = True) -> None:
        self.rules = rules
        self.leaders = rules.leaders if keep_leaders else frozenset()
        self.stops = tuple(sorted(rules.stops, key=len, reverse=True))
        self.long_stops = frozenset(s for s in rules.stops if len(s) >= 2)
        # one-character stops that end no name (和, 全, 同 do: 苏和, 冯万全)
        self.one_stops = frozenset(s for s in rules.stops if len(s) == 1) - set(_NAME_ENDS)
        self.addressed = tuple(sorted(rules.surname_titles, key=len, reverse=True))
        self.openers = rules.surnames | rules.name_chars | {c[0] for c in rules.compound_surnames}
        titles = rec._trie_regex([t for t in rules.titles if len(t) >= 2])
        self._titles = re.compile(titles) if titles else re.compile("(?!)")

    def _token_end(self, ctx: rec.Context, j: int) -> int:
        """End of the precise-mode word starting at ``j`` (at most six characters)."""
        text = ctx.text
        k = j + 1
        while k < len(text) and k - j < 6 and not ctx.word_start(k) and _CJK.match(text[k]):
            k += 1
        return k

    def _follows(self, ctx: rec.Context, j: int) -> bool:
        """A name may end at ``j``: a break, a stop or a verb-like word starts there."""
        text = ctx.text
        if j >= len(text) or text[j] in _BREAKS:
            return True
        stop = next((w for w in self.stops if text.startswith(w, j)), "")
        if len(stop) >= 2:
            return True
        if not ctx.word_start(j):
            a = j - 1
            while a > 0 and j - a < 6 and not ctx.word_start(a):
                a -= 1
            b = self._token_end(ctx, a)
            if ctx.is_word(text[a:b]):
                return False  # inside a dictionary word (大|同 in 郑|大同|到, 胡秋|实在)
            # the segmenter's guess glued the name to what follows: a stop (冯子健|说)
            # or a word (葛佳|当庭)
            return bool(stop) or (b - j >= 2 and ctx.is_word(text[j:b]))
        if stop:
            return True
        word = text[j : self._token_end(ctx, j)]
        return str(ctx.jieba.tag(word)[0][1]).startswith(_NEXT_TAGS)

    def _slot_ok(self, ctx: rec.Context, i: int, j: int) -> bool:
        text = ctx.text
        name = text[i:j]
        if name[0] not in self.openers or set(name) & _NEVER or name in self.leaders:
            return False
        if name[-1] in self.one_stops:
            return False  # 上官|说: a stop after the name (not 苏和, 冯万全)
        if "某" in name or (len(name) == 2 and name[0] == name[1]):
            return False  # 陈|某: a masked name keeps only its surname; 殷殷: a doubled word
        if text.startswith(self.addressed, i + 1):
            return False  # 黄|姐, 顾|阿姨: a form of address after the surname
        han = name[0] in self.rules.surnames and not any(
            name.startswith(p) for p in self.rules.name_parts if len(p) >= 2
        )
        if han and len(name) > 3 and not name.startswith(self.rules.compound_surnames):
            return False  # a Han name has two or three characters (富振江|常|说)
        if text[j : j + 1] in _PRONOUNS:
            return False  # 乡长次旦卓嘎|带|我: a verb before the pronoun, no part of the name
        if ctx.word_start(j - 1) and j - i > 2:
            last = str(ctx.jieba.tag(text[j - 1])[0][1])
            if last.startswith(_NEXT_TAGS):
                return False  # 次旦卓嘎|带, 祁永红|来: a verb or adverb of its own
        if not all(_CJK.match(c) or c == "·" for c in name) or name.endswith("·"):
            return False
        if ctx.is_word(name):
            tag = str(ctx.jieba.tag(name)[0][1])
            if not tag.startswith(_NAME_TAGS) and name not in self.rules.compound_surnames:
                return False  # 亲自, 高度, 郑重, 今天: words of another kind
        for k in range(i + 2, j - 1) if j - i >= 4 else ():
            pair = text[k : k + 2]  # 葛佳|当庭, 玉罕|商量: a word inside a long run
            if (
                ctx.is_word(pair)
                and pair not in self.rules.name_parts
                and not str(ctx.jieba.tag(pair)[0][1]).startswith(_NAME_TAGS)
            ):
                return False
        k = i
        while k < j:  # no word of another kind inside (关于|海南, 天天|往, 李明|到会)
            if ctx.word_start(k):
                word = text[k : self._token_end(ctx, k)]
                if word in self.long_stops:
                    return False
                if (
                    len(word) >= 2
                    and ctx.is_word(word)
                    and word not in self.rules.name_parts
                    and word not in self.rules.compound_surnames
                    and not str(ctx.jieba.tag(word)[0][1]).startswith(_NAME_TAGS)
                ):
                    return False
            k += 1
        return True

    def _longest(self, ctx: rec.Context, i: int) -> int:
        text = ctx.text
        dotted = "·" in text[i : i + 12]
        parts = any(text.startswith(p, i) for p in self.rules.name_parts if len(p) >= 2)
        top = 10 if dotted else 6 if parts else 4
        for j in range(min(len(text), i + top), i + 1, -1):
            if self._follows(ctx, j) and self._slot_ok(ctx, i, j):
                return j
        return -1

    def analyze(self, ctx: rec.Context) -> list[Span]:
        text = ctx.text
        out: list[Span] = []
        for m in self._titles.finditer(text):
            i = m.end()
            if i >= len(text) or text.startswith(self.stops, i) or not ctx.boundary(i):
                continue
            if text[i] not in self.openers or ctx.in_mask(i, i + 2):
                continue
            if any(s.end == m.start() for s in ctx.spans_of("PERSON")) or ctx.blocked_by(
                m.start() - 1, m.start()
            ):
                continue  # 王凯书记|…: the title follows a name, no name after it
            j = self._longest(ctx, i)
            if j < 0 or ctx.blocked_by(i, j) is not None:
                continue
            over = [s for s in ctx.spans if s.start < j and s.end > i]
            if any(s.start == i and s.end == j and s.label == "PERSON" for s in over):
                continue
            if any(
                s.label not in ("PERSON", "ADMIN", "LOCAL")
                or (s.label == "PERSON" and s.start != i)
                or (s.label != "PERSON" and (s.full or s.start < i or s.end > j))
                for s in over
            ):
                continue  # a full place name, or a span reaching out of the slot
            if any(s.label == "PERSON" and (s.end >= j or self._follows(ctx, s.end)) for s in over):
                continue  # the rules' reading is longer, or ends as well (张明|和)
            if over and not (ctx.word_start(j) or j >= len(text) or text[j] in _BREAKS):
                continue  # (a name the rules found is lengthened only to a clear end)
            one_more = any(s.label == "PERSON" and s.end == j - 1 for s in over)
            if one_more and (
                str(ctx.jieba.tag(text[j - 1])[0][1]).startswith(("v", "c", "d"))
                or text.startswith("是", j)
            ):
                continue  # 刘振|去|看望, 东方明|原是: one more character that is no name's
            for s in over:
                ctx.spans.remove(s)
            why = f"a name between {m.group(0)} and what follows"
            out.append(Span(i, j, "PERSON", 0.8, self.name, text[i:j], reason=why))
        return out
