"""Lists of people (钟德顺、王文明、杜春桃; 内丘县乔文明、临城县尚向阳): names the rules
find one at a time stand together, and what holds for one item holds for the others.

The person rules read a list only where 等 and a word for people close it; real lists
close with a title in quotes (“优秀共产党员”称号), a count (五位勇士), a semicolon or
nothing at all. This pass looks at every run of items joined by 、 after the other person
recognizers: when every item reads as a name and one of them is already a name, or
three or more have given names the model rates likely, or a count of people follows,
each item is a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sucai.analyze import recognizers as rec
from sucai.analyze.spans import Span

# what closes a list or a phrase, or a division, never a listed name
_NOT_LAST = set("等和与及的了着村镇乡县区市旗州")
# A unit before a name, when no place recognizer read it (西坪乡|严立新).
_UNIT = re.compile("[\u4e00-\u9fff]{1,4}?(?:镇|乡|村|县|区|市|街道|社区|嘎查|苏木)")
_NEVER_FIRST = set("和与及或等的了在是对把被从")
_UNIT_ENDS = set("镇乡村县区市道")
# A run of 、 items; an item may be a name padded to three characters (杨 帆).
_ITEM = "[\u4e00-\u9fff·]+(?:[ 　][\u4e00-\u9fff](?![\u4e00-\u9fff]))?"
# (opening where a run of CJK opens: the engine never retries inside a run)
_RUN = re.compile(f"(?<![\u4e00-\u9fff·]){_ITEM}(?:、{_ITEM})+")
# A roll of names set apart by wide spaces, after a colon or opening a line (表彰名单：
# 王　伟　毛晓东　叶成林), up to the line's or the sentence's end.
_SPACED_ROLL = re.compile("[ 　]*[\u4e00-\u9fff]{1,4}(?:(?:[ 　]+)[\u4e00-\u9fff]{1,4}){2,}")


def _spaced_rolls(text: str) -> list[re.Match[str]]:
    """The rolls, tried only after a colon or a line break (a pattern tried at every
    position of a long report costs more)."""
    found = []
    for opener in ("：", ":", "\n"):
        k = text.find(opener)
        while k >= 0:
            m = _SPACED_ROLL.match(text, k + 1)
            if m is not None:
                found.append(m)
            k = text.find(opener, k + 1)
    m = _SPACED_ROLL.match(text, 0)
    if m is not None:
        found.append(m)
    return sorted(found, key=lambda m: m.start())


_CJK_TOKEN = re.compile("[\u4e00-\u9fff]+")
# Counts of people after a list (等二十多人, 等几名志愿者) and words before one (他们是：).
_PEOPLE_AFTER = re.compile(
    "等?(?:[0-9一二两三四五六七八九十百几]{1,3}(?:多|余)?[名位个]?人|[0-9一二两三四五六七八九十百几]{1,3}(?:多|余)?[名位])"
)
_COUNT_OPENERS = frozenset("等0123456789一二两三四五六七八九十百几")
_PEOPLE_BEFORE = (
    "他们是",
    "她们是",
    "分别是",
    "名单如下",
    "队员有",
    "成员有",
    "人员有",
    "成员为",
    "获奖者",
)
_TOGETHER = ("一起", "一同", "一道", "等人", "等同志", "等一批", "等第一批", "等一大批")
# 关金山（根河市…乡）、孟淑珍（…）: names each with a bracketed note, joined by 、 or ；
_ANNOTATED = (  # (a name may be padded: 吴 迪)
    "([\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]|[\u4e00-\u9fff·]{2,16})[（(][^（）()\n]{1,40}[）)]"
)
_ANNOTATED_ITEM = re.compile(_ANNOTATED)
_ANNOTATED_RUN = re.compile(f"(?<![\u4e00-\u9fff·]){_ANNOTATED}(?:[、；;]{_ANNOTATED})+")
# 刘德福98分、王秀芝96分: a roll of names each with its score or votes
_SCORED = "([\u4e00-\u9fff·]{2,8})(?:[0-9]+(?:\\.[0-9]+)?)(?:分|票)"
_SCORED_ITEM = re.compile(_SCORED)
# what ends a scored unit, never a name: 高一班, 王家组, 金家湾, 三号楼
_SCORED_UNITS = set("班组队村湾庄屯社校厂局所院站部室科楼院户家镇乡县区市")
_SCORED_RUN = re.compile(f"(?<![\u4e00-\u9fff·]){_SCORED}(?:[、，；;,]{_SCORED})+")
# What may follow the last name of a list inside the same run of characters.
_AFTER_LAST = ("等", "同志", "在", "获", "被", "为", "是", "分别", "共同", "一起", "作", "等人")


@dataclass(frozen=True)
class _Seen:
    """What the earlier recognizers found in one text, indexed for this pass."""

    admin_ends: dict[int, int]  # start of an ADMIN span → its end
    span_ends: set[int]
    span_at: set[tuple[int, int]]
    items: dict[tuple[int, int], bool] = field(default_factory=dict)  # _item, worked out once


class NameListRecognizer:
    """Every item of a 、 list of names, once the list shows it lists people."""

    name = "name-list"

    def __init__(self, person: rec.PersonRecognizer) -> None:
        self.person = person
        self.rules = person.rules
        self._leaders = person.rules.leaders if person.keep_leaders else frozenset()
        # characters a listed name may open with: surnames and the parts of other names
        self._heads = (
            set(self.rules.surnames)
            | {c[0] for c in self.rules.compound_surnames}
            | set(self.rules.name_chars)
            | {p[0] for p in self.rules.name_parts | self.rules.clans}
        )

    def _item(self, ctx: rec.Context, s: int, e: int, seen: _Seen) -> bool:
        known = seen.items.get((s, e))
        if known is None:
            known = seen.items[(s, e)] = self._is_item(ctx, s, e)
        return known

    def _is_item(self, ctx: rec.Context, s: int, e: int) -> bool:
        """A name as a list item, not ending in a function word (陈毅|等, 林彪|和)."""
        text = ctx.text
        if text[e - 1] in _NOT_LAST or not 2 <= e - s <= 8 or text[s] not in self._heads:
            return False  # (the cheap tests first: most lists are lists of words)
        if text[s] in _NEVER_FIRST:
            return False  # 集体和|马海波: a conjunction opens no name
        if (  # 卫和平: 和 opens the given name, a word of its own
            e - s == 3
            and text[s + 1] == "和"
            and text[s] in self.rules.surnames
            and ctx.is_word(text[s + 1 : e])
        ):
            return True
        if self.person._list_item(ctx, s, e):
            return True
        # 泽郎卓玛: a name that ends in a known part (卓玛), its first part unlisted
        return (
            3 <= e - s <= 4
            and any(text[k:e] in self.rules.name_parts for k in range(s + 1, e - 1))
            and bool(rec._CJK_RUN.fullmatch(text[s:e]))
        )

    def _name_in(
        self, ctx: rec.Context, s: int, e: int, where: str, seen: _Seen
    ) -> tuple[int, int] | None:
        """The name an item holds: the whole item (``middle``), its end (``first``,
        after the words before the list) or its start (``last``, before the words
        after it); a place that opens the item (内丘县|乔文明) is no part of it."""
        text = ctx.text
        s, e = self._past_places(seen, s, e)  # units before the name: 茂县凤仪镇|王国庆
        if where != "first" and not self._item(ctx, s, e, seen):
            unit = _UNIT.match(text, s, e)
            while unit and e - unit.end() >= 2:  # 大方县|理化乡|陈立新: units no recognizer read
                s = unit.end()
                if self._item(ctx, s, e, seen) or where == "last":
                    break
                unit = _UNIT.match(text, s, e)
        if where == "middle":
            return (s, e) if self._item(ctx, s, e, seen) else None
        if where == "first":
            for n in (3, 2, 4):
                k = e - n
                if k < s:
                    continue
                if self._item(ctx, k, e, seen) and (
                    k == s
                    or ctx.word_start(k)
                    or text[k - 1] in _UNIT_ENDS
                    or text[k - 1] in "有是为和与同跟"  # 队员有|季长春 (glued as 有季)
                    or k in seen.span_ends
                    or (k, e) in seen.span_at
                ):
                    return k, e
            return None
        for n in (3, 2, 4):
            k = s + n
            if k > e or not self._item(ctx, s, k, seen):
                continue
            rest = text[k:e]
            if rest and self.person._role_at(ctx, k):
                continue  # 符永强、文昌|选手云海燕: a place and a role open the next person
            if (
                not rest
                or rest.startswith(_AFTER_LAST)
                or rec._PEOPLE_COUNT.match(text, k)
                or _PEOPLE_AFTER.match(text, k)
                or (len(rest) >= 2 and ctx.word_start(k) and self.person._subject_verb(ctx, k))
                or (  # …、车东升、迟玉华|分片包屯: the list's last name, then its task
                    n == 3
                    and len(rest) >= 2
                    and ctx.word_start(k)
                    and not ctx.is_word(text[k - 1 : k + 1])
                    and text[s] in self.rules.surnames
                    and text[k - 1] not in rec._FUNCTION_CHARS | set("这那")
                    and self._given_likely(text[s:k])  # (not 李希在|北京, 高岗这|一类)
                )
            ):
                return s, k  # (…、覃秀英天刚亮就上了山: a verb or time word after the last)
        return None

    def _given_likely(self, name: str) -> bool:
        """The given name (after the surname) rates likely by the character scores."""
        surname = next((c for c in self.rules.compound_surnames if name.startswith(c)), name[:1])
        given = name[len(surname) :].replace(" ", "").replace("　", "")
        if len(given) == 2:
            return self.rules.given_score(given) >= rec._GIVEN_LIKELY
        if len(given) == 1:
            best = max(
                self.rules.given_char_score(given, third=False),
                self.rules.given_char_score(given, third=True),
            )
            return best >= rec._GIVEN_LIKELY / 2
        return True  # (names of known parts: 泽郎卓玛)

    def _may_list_people(
        self,
        ctx: rec.Context,
        pieces: list[tuple[int, int]],
        person_at: set[int],
        role_ends: set[int],
    ) -> bool:
        """What the run must show before its items are read: a name in it, a count
        of people or a role near it, or three items none of them a plain word."""
        text = ctx.text
        lo, hi = pieces[0][0], pieces[-1][1]
        if not person_at.isdisjoint(range(lo, hi)):
            return True
        tail = range(pieces[-1][0] + 1, min(pieces[-1][0] + 6, hi + 2))
        if any(  # (a count opens with 等 or a numeral: the pattern is tried only there)
            text[k : k + 1] in _COUNT_OPENERS and _PEOPLE_AFTER.match(text, k)
            for k in [*tail, *range(hi - 4, hi + 2)]
        ):
            return True
        head = text[max(lo - 6, 0) : pieces[0][1]]  # (他们是乔文明、…: glued to the first item)
        if any(x in head for x in _PEOPLE_BEFORE) or any(
            text.startswith(_TOGETHER, k) for k in [*tail, hi]
        ):
            return True
        if not role_ends.isdisjoint(range(lo, pieces[0][1] + 1)):
            return True
        if len(pieces) < 3:
            return False
        return not any(
            ctx.is_word(text[s:e]) and not self.person._is_name_word(ctx, text[s:e])
            for s, e in pieces[1:-1]
        )

    def _names_of_run(
        self, ctx: rec.Context, pieces: list[tuple[int, int]], seen: _Seen
    ) -> list[tuple[int, int]]:
        """The names of a run of 、 items, from the first item on that opens a list of
        names to the last (省委、省政府决定授予…|陈家旺、储建国: the run's head is no list)."""
        start, last = 0, len(pieces) - 1
        tried: dict[tuple[int, str], tuple[int, int] | None] = {}  # (an item is read once)
        while start < last:
            names, failed = self._names_between(ctx, pieces, start, last, seen, tried)
            if names:
                return names
            if failed == last:
                return []
            if failed > start + 1:
                # 王某、李某、赵某等五名宣讲员讲了…、…: the list ends in the item where the
                # names stop, and the run goes on with a list of things
                names, _ = self._names_between(ctx, pieces, start, failed, seen, tried)
                if names:
                    return names
            start = failed if failed > start else start + 1
        return []

    def _names_between(
        self,
        ctx: rec.Context,
        pieces: list[tuple[int, int]],
        start: int,
        last: int,
        seen: _Seen,
        tried: dict[tuple[int, str], tuple[int, int] | None],
    ) -> tuple[list[tuple[int, int]], int]:
        """The names of items start..last, or the first item that fails."""
        # middle items first: most runs are lists of words and fail there at once
        found: dict[int, tuple[int, int]] = {}
        for j in [*range(start + 1, last), last, start]:
            where = "first" if j == start else "last" if j == last else "middle"
            s, e = pieces[j]
            if (j, where) not in tried:
                tried[j, where] = self._name_in(ctx, s, e, where, seen)
            item = tried[j, where]
            if item is None:
                return [], j
            found[j] = item
        return [found[j] for j in range(start, last + 1)], -1

    def analyze(self, ctx: rec.Context) -> list[Span]:
        text = ctx.text
        persons = {(s.start, s.end) for s in ctx.spans if s.label == "PERSON"}
        seen = _Seen(
            {s.start: s.end for s in ctx.spans if s.label == "ADMIN"},
            {s.end for s in ctx.spans},
            {(s.start, s.end) for s in ctx.spans},
        )
        spans: list[Span] = []
        role_ends: set[int] | None = None
        person_at = {k for s, e in [*persons, *ctx.blocked] for k in range(s, e)}  # (leaders)
        for m in _RUN.finditer(text):
            pieces, k = [], m.start()
            for part in m.group(0).split("、"):
                pieces.append((k, k + len(part)))
                k += len(part) + 1
            if role_ends is None:
                role_ends = {e for _, e, _ in self.person._role_words(ctx)}
            if not self._may_list_people(ctx, pieces, person_at, role_ends):
                continue  # (the cheap test first: most runs list things, not people)
            names = self._names_of_run(ctx, pieces, seen)
            if not names:
                continue
            if any(ctx.in_mask(s, e) for s, e in names):
                continue
            after = names[-1][1] + (1 if text.startswith("等", names[-1][1]) else 0)
            counted = (  # (等十名同志, 等二十多人; 他们是：…; …一起)
                _PEOPLE_AFTER.match(text, names[-1][1]) is not None
                or rec._PEOPLE_COUNT.match(text, after) is not None
                or any(x in text[max(names[0][0] - 6, 0) : names[0][0]] for x in _PEOPLE_BEFORE)
                or text.startswith(_TOGETHER, names[-1][1])
            )
            known = sum(1 for s, e in names if (s, e) in persons or text[s:e] in self._leaders)
            words = sum(
                1
                for s, e in names
                if ctx.is_word(text[s:e]) and not self.person._is_name_word(ctx, text[s:e])
            )
            likely = all(self._given_likely(text[s:e]) for s, e in names)
            role = names[0][0] in role_ends  # 和同事卫和平、岳海燕一起
            if not (
                counted
                or (known and 2 * words < len(names))
                or (len(names) >= 3 and likely and not words)
                or (role and likely and not words)
            ):
                continue
            for s, e in names:
                if text[s:e] in self._leaders or ctx.is_blocked(s, e):
                    continue  # 李强、王沪宁同志: quoted as such, like any leader
                if (s, e) in persons or any(
                    p.label == "PERSON" and p.start < e and s < p.end for p in ctx.spans
                ):
                    continue
                if text[s + 1 : e] in self.person._addressed:
                    e = s + 1  # 关淑琴、那|大爷: a surname and a form of address
                spans.append(
                    Span(s, e, "PERSON", 0.8, self.name, text[s:e], reason="a list of names")
                )
        if "　" in text or "  " in text:
            self._spaced(ctx, persons, spans)
        if "）、" in text or ")、" in text:
            self._annotated(ctx, seen, persons, spans)
        if "分、" in text or "票、" in text or "分，" in text or "票，" in text:
            self._scored(ctx, seen, persons, spans)
        return spans

    def _spaced(self, ctx: rec.Context, persons: set[tuple[int, int]], spans: list[Span]) -> None:
        """：王　伟　毛晓东　叶成林　包秀琴: a roll after a colon (or opening a line) whose
        names are set apart by wide spaces, as commendations print them; a name of two
        characters is padded to three (王　伟), so two single characters in a row are one
        name. Three names or more, all of them likely names and none of them a word."""
        text = ctx.text
        taken = {k for sp in ctx.spans if sp.label != "LEVEL" for k in range(sp.start, sp.end)}
        taken.update(k for sp in spans for k in range(sp.start, sp.end))
        for m in _spaced_rolls(text):
            tokens = [(t.start(), t.end()) for t in _CJK_TOKEN.finditer(text, m.start(), m.end())]
            names: list[tuple[int, int]] = []
            k = 0
            while k < len(tokens):
                s, e = tokens[k]
                if e - s == 1 and k + 1 < len(tokens) and tokens[k + 1][1] - tokens[k + 1][0] == 1:
                    names.append((s, tokens[k + 1][1]))  # 王　伟: one name padded
                    k += 2
                    continue
                names.append((s, e))
                k += 1
            if len(names) < 3 or any(not 2 <= e - s <= 5 for s, e in names):
                continue
            plain = [text[s:e].replace("　", "").replace(" ", "") for s, e in names]
            if (
                not all(
                    (
                        n[0] in self.rules.surnames
                        or any(n.startswith(c) for c in self.rules.compound_surnames)
                    )
                    and self._given_likely(n)
                    and not (ctx.is_word(n) and not self.person._is_name_word(ctx, n))
                    for n in plain
                )
                or any(  # (树种：杨树　柳树　柏树: words, whatever the tagger calls them)
                    ctx.is_word(text[s:e]) and e - s == 2 for s, e in names
                )
            ):
                continue
            for s, e in names:
                if (s, e) in persons or any(k in taken for k in range(s, e)):
                    continue
                spans.append(
                    Span(s, e, "PERSON", 0.8, self.name, text[s:e], reason="a roll of names")
                )

    def _scored(
        self, ctx: rec.Context, seen: _Seen, persons: set[tuple[int, int]], spans: list[Span]
    ) -> None:
        """刘德福98分、王秀芝96分、格桑30分: a roll of names each with its points or
        votes; two or more such items, most of them no word (not 语文98分、数学96分),
        each reading as a name, are people."""
        text = ctx.text
        taken = {k for sp in spans for k in range(sp.start, sp.end)}
        person_at = {k for p in ctx.spans if p.label == "PERSON" for k in range(p.start, p.end)}
        for m in _SCORED_RUN.finditer(text):
            items = [
                (m.start() + x.start(1), m.start() + x.end(1))
                for x in _SCORED_ITEM.finditer(m.group(0))
            ]
            if len(items) < 2:
                continue
            if sum(1 for s, e in items if ctx.is_word(text[s:e])) * 2 >= len(items):
                continue  # 语文98分、数学96分: things scored, not people
            if any(
                text[e - 1] in _SCORED_UNITS or set(text[s:e]) & rec._NUMERALS for s, e in items
            ):
                continue  # 高一班98分、王家组96分、金家湾94分: classes, groups, places
            known = sum(1 for s, e in items if (s, e) in persons)
            good = [
                (s, e)
                for s, e in items
                if (s, e) in persons
                or self._item(ctx, s, e, seen)
                or (
                    2 <= e - s <= 4
                    and (
                        any(text[k:e] in self.rules.name_parts for k in range(s, e - 1))
                        or text[s:e] in self.rules.name_parts
                    )
                )
            ]
            if len(good) < len(items) or not (known or len(items) >= 3):
                continue
            for s, e in items:
                if (s, e) in persons or taken & set(range(s, e)) or ctx.in_mask(s, e):
                    continue
                if text[s:e] in self._leaders or ctx.is_blocked(s, e) or "某" in text[s:e]:
                    continue  # (张某某: the masked-name rule's, the surname alone)
                if not person_at.isdisjoint(range(s, e)):
                    continue
                why = "a roll of names, each with its points or votes"
                spans.append(Span(s, e, "PERSON", 0.8, self.name, text[s:e], reason=why))

    @staticmethod
    def _past_places(seen: _Seen, s: int, e: int) -> tuple[int, int]:
        """古浪县黄花滩镇|马占林（…）: the item after the places that open it."""
        unit_end = seen.admin_ends.get(s, 0)
        while s < unit_end < e - 1:
            s = unit_end
            unit_end = seen.admin_ends.get(s, 0)
        return s, e

    def _annotated(
        self, ctx: rec.Context, seen: _Seen, persons: set[tuple[int, int]], spans: list[Span]
    ) -> None:
        """关金山（根河市…乡）、孟淑珍（…）、郭布和（阿荣旗那吉镇）: a list whose items are
        each a name and, in brackets, where the person comes from or works; two or
        more such items in a row, each reading as a list item, are people."""
        text = ctx.text
        taken = {k for sp in spans for k in range(sp.start, sp.end)}
        for m in _ANNOTATED_RUN.finditer(text):
            items = [(x.start(1), x.end(1)) for x in _ANNOTATED_ITEM.finditer(m.group(0))]
            items = [self._past_places(seen, m.start() + s, m.start() + e) for s, e in items]
            if len(items) < 2 or any(e - s > 8 for s, e in items):
                continue
            good = sum(1 for s, e in items if text[s + 1] in " 　" or self._item(ctx, s, e, seen))
            if (
                good < 2
                or not all(  # (郭布和: 和 may end a name before its bracket)
                    text[s + 1] in " 　"  # 吴 迪（宝山区）: a padded name
                    or self._item(ctx, s, e, seen)
                    or (2 <= e - s <= 4 and text[s] in self._heads and not ctx.is_word(text[s:e]))
                    for s, e in items
                )
            ):
                continue
            if sum(1 for s, e in items if ctx.is_word(text[s:e])) * 2 >= len(items):
                continue  # 资金（…）、项目（…）: things annotated, not people
            for s, e in items:
                if (s, e) in persons or taken & set(range(s, e)) or ctx.in_mask(s, e):
                    continue
                if text[s:e] in self._leaders or ctx.is_blocked(s, e):
                    continue
                why = "a list of names, each with where the person is from"
                spans.append(Span(s, e, "PERSON", 0.8, self.name, text[s:e], reason=why))
