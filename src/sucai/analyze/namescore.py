"""A scored reading of Han names the rules leave: surname + one or two characters.

The rules in recognizers.PersonRecognizer each ask for one context (a title, a role
word, a clause opening before a verb) and a name-like given name. Real text mixes
weaker signals: a name with no title or role at all (原来是谌晓兰在帮忙), a common word
as the given name where the context is plain (果农骆和平笑着说), a name the segmenter
splits. A logistic model weighs those signals together; its weights are learned by
``scripts/train_name_model.py`` from the project's own labelled sentences and ship in
``data/name_model.json`` (checked against the feature list below when loaded).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from sucai.analyze import recognizers as rec
from sucai.analyze.spans import Span
from sucai.errors import DataFileError
from sucai.resources import read_data_text

MODEL_FILE = "name_model.json"
# Given-name scores below which the model kept no window of a sample of the gold sets (4.0 for two
# characters, lowest kept 6.4; 2.0 for one, lowest kept 2.3); the features cost more.
_LEAST_GIVEN_TWO = 4.0
_LEAST_GIVEN_ONE = 2.0
_COMPOUND_SCORE = 6.0  # 欧阳, 司马: names far more often than words
_UNKNOWN_SURNAME = -2.0

# The model's inputs, in order (see NameScoreRecognizer.features for each).
FEATURES = (
    "surname",
    "given",
    "given_min",
    "three",
    "compound",
    "tagged_name",
    "dict_word",
    "surname_word",
    "end_word",
    "given_word",
    "starts_word",
    "ends_word",
    "after_break",
    "after_de",
    "after_list_comma",
    "after_role",
    "after_noun",
    "after_verb",
    "before_break",
    "before_list_comma",
    "before_saying",
    "before_verb",
    "before_address",
    "before_deng",
    "repeated",
    "on_admin",
    "on_local",
    "before_noun",
    "after_clause_punct",
    "given_if_tagged",
    "after_role_suffix",
    "surname_tagged_name",
    "known_person",
    "surname_stop",
    "noun_then_verb",
    "clause_then_verb",
    "given_after_noun",
    "tagged_in_context",
    "given_word_score",
    "in_list",
    "quoted",
)


@dataclass(frozen=True)
class NameModel:
    """Weights over FEATURES (raw units), a bias and the threshold chosen by
    cross-validation."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    # How much more often a character opens a name than a word (the dictionary's names
    # against its words, by frequency): 李 9.1, 王 4.8, 党 -0.7, 国 -1.6.
    surnames: dict[str, float] = field(default_factory=dict)

    def surname_score(self, surname: str) -> float:
        if len(surname) > 1:
            return _COMPOUND_SCORE
        return self.surnames.get(surname, _UNKNOWN_SURNAME)

    def probability(self, x: list[float]) -> float:
        z = self.bias + sum(w * v for w, v in zip(self.weights, x, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _number(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def load_name_model(text: str | None = None) -> NameModel:
    """The shipped model (or ``text``, a JSON document of the same shape)."""
    raw = read_data_text(MODEL_FILE) if text is None else text
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DataFileError(
            MODEL_FILE, f"not valid JSON ({exc}); rebuild it with scripts/train_name_model.py"
        ) from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("weights"), dict):
        raise DataFileError(MODEL_FILE, "expected a mapping with `weights`, `bias`, `threshold`")
    weights = doc["weights"]
    if set(weights) != set(FEATURES):
        missing = sorted(set(FEATURES) - set(weights))
        extra = sorted(set(weights) - set(FEATURES))
        raise DataFileError(
            MODEL_FILE,
            f"the weights do not match the features (missing {missing}, unknown {extra}); "
            "retrain with scripts/train_name_model.py",
        )
    values = [weights[f] for f in FEATURES] + [doc.get("bias"), doc.get("threshold")]
    if not all(_number(v) for v in values):
        raise DataFileError(MODEL_FILE, "weights, bias and threshold must be finite numbers")
    threshold = float(doc["threshold"])
    if not 0.0 < threshold < 1.0:
        raise DataFileError(MODEL_FILE, "`threshold` must lie between 0 and 1")
    surnames = doc.get("surname_scores")
    if not isinstance(surnames, dict) or not all(
        isinstance(k, str) and len(k) == 1 and _number(v) for k, v in surnames.items()
    ):
        raise DataFileError(
            MODEL_FILE, "`surname_scores` must map single characters to finite numbers"
        )
    return NameModel(
        tuple(float(weights[f]) for f in FEATURES),
        float(doc["bias"]),
        threshold,
        {k: float(v) for k, v in surnames.items()},
    )


_SURNAME = FEATURES.index("surname")
_KNOWN = FEATURES.index("known_person")
_RARE_SURNAME = 1.0  # 党 -0.7, 国 -1.6: characters that open words far more than names
_DICT_WORD = FEATURES.index("dict_word")
_TAGGED = FEATURES.index("tagged_name")
_GIVEN_WORD = FEATURES.index("given_word")
_SURNAME_STOP = FEATURES.index("surname_stop")
_AFTER_ROLE = FEATURES.index("after_role")
_AFTER_SUFFIX = FEATURES.index("after_role_suffix")
_BEFORE_BREAK = FEATURES.index("before_break")
_BEFORE_SAYING = FEATURES.index("before_saying")
_BEFORE_VERB = FEATURES.index("before_verb")
_BEFORE_ADDRESS = FEATURES.index("before_address")
# Characters the model never reads as a surname: conjunctions, prepositions and function
# words that are also surnames (和, 由, 都); 向 and 于 are left to the rules.
_NEVER_SURNAMES = (rec._NOT_SURNAMES_HERE | rec._PREPOSITIONS) - set("向于")
_BREAKS = rec._NAME_BREAKS
_CLAUSE_PUNCT = set("，。；：“")


class NameScoreRecognizer:
    """Surname + one or two characters the rules left, kept where the model's
    probability reaches its threshold. Runs after every other person recognizer: it
    sees their names (a name known elsewhere in the text counts for it) and only
    adds where none of them found one."""

    name = "name-score"

    def __init__(self, person: rec.PersonRecognizer, model: NameModel) -> None:
        self.person = person
        self.rules = person.rules
        self.model = model
        # words for what a person is or does (楼栋长, 网格长): never a name themselves
        self._roles = frozenset(self.rules.roles) | frozenset(self.rules.titles)
        # where a compound surname may open (宇, 令 of 宇文, 令狐 are no surnames alone;
        # one-character surnames are found with the scores, in `candidates`)
        firsts = "".join(sorted({c[0] for c in self.rules.compound_surnames}))
        self._compound_heads = re.compile(f"[{firsts}]" if firsts else "(?!)")
        self._address = tuple(
            sorted(
                person._addressed | set(self.rules.surname_titles) | {"同志"},
                key=len,
                reverse=True,
            )
        )

    # -- candidates -------------------------------------------------------------
    def candidates(self, ctx: rec.Context) -> list[tuple[int, int, str]]:
        """(start, end, surname) of every surname + one or two CJK characters that
        are no function words, no leader's name, outside any mask, and whose given
        name scores high enough for the model to keep it (the cheap tests first)."""
        text = ctx.text
        compounds = self.person._compounds
        second, third = self.rules.char_tables()
        found: list[tuple[int, int, str]] = []
        least = min(_LEAST_GIVEN_ONE, _LEAST_GIVEN_TWO - max(third.values(), default=0.0))
        # The cheap tests at every position at once: a surname there and a character
        # after it that may open a given name of one or two characters.
        sur, a, t1, b = ctx.name_windows(self.rules)
        t1 = np.where(np.isneginf(t1), a, t1)
        opens = (
            sur
            & (a >= least)
            & ((np.maximum(a, t1) >= _LEAST_GIVEN_ONE) | (a + b >= _LEAST_GIVEN_TWO))
        )
        single = set(np.flatnonzero(opens).tolist())
        where = single.union(m.start() for m in self._compound_heads.finditer(text))
        for i in sorted(where):
            c = text[i]
            if c in compounds:
                heads = [x for x in compounds[c] if text.startswith(x, i)]
                if heads:
                    found.extend(self._windows(ctx, i, heads[0], second, third))
            if i in single:
                found.extend(self._windows(ctx, i, c, second, third))
        return found

    def _windows(
        self,
        ctx: rec.Context,
        i: int,
        surname: str,
        second: dict[str, float],
        third: dict[str, float],
    ) -> list[tuple[int, int, str]]:
        text = ctx.text
        j = i + len(surname)
        c1, c2 = text[j : j + 1], text[j + 1 : j + 2]
        a = second.get(c1)
        if a is None:
            return []  # (no CJK character a name holds)
        one = max(a, third.get(c1, a)) >= _LEAST_GIVEN_ONE
        b = third.get(c2) if c2 else None
        two = b is not None and a + b >= _LEAST_GIVEN_TWO
        if not (one or two) or c1 in rec._FUNCTION_CHARS:
            return []
        if surname in _NEVER_SURNAMES:
            return []  # 妇女和|青年, 三百户由|银行: a conjunction or preposition
        if ctx.is_word(text[i - 1 : i + 1]) and not ctx.word_start(i):
            return []  # 工程|建成: a surname ending a dictionary word (but 种植户|寇满仓)
        out = []
        for given, ok in ((1, one), (2, two and c2 not in rec._FUNCTION_CHARS)):
            e = j + given
            w = text[i:e]
            if not ok or w in self.rules.leaders or w[len(surname) :] in self.person._addressed:
                continue  # (施姐, 邓先生: a surname and a form of address, the rules' part)
            if not rec._CJK_RUN.fullmatch(w) or ctx.in_mask(i, e):
                continue
            if ctx.blocked_by(i, e) is not None:
                continue  # 丁|薛祥: inside a leader's name, or a name that pins no place
            out.append((i, e, surname))
        return out

    # -- features ---------------------------------------------------------------
    def _tag(self, ctx: rec.Context, word: str) -> str:
        tags = ctx.jieba.tag(word)
        return str(tags[0][1]) if len(tags) == 1 else ""

    def _word_before(self, ctx: rec.Context, i: int) -> str:
        text = ctx.text
        for k in (3, 2, 1):
            if i >= k and ctx.is_word(text[i - k : i]) and ctx.word_start(i - k):
                return text[i - k : i]
        return ""

    def _word_after(self, ctx: rec.Context, e: int) -> str:
        text = ctx.text
        for k in (3, 2, 1):
            if e + k <= len(text) and ctx.is_word(text[e : e + k]):
                return text[e : e + k]
        return ""

    def features(
        self,
        ctx: rec.Context,
        i: int,
        e: int,
        surname: str,
        known: bool,
        places: dict[str, set[int]],
        role_ends: set[int],
        counts: Counter[str],
    ) -> list[float]:
        """The model's inputs for text[i:e]; ``known``: another PERSON span found so far
        (not one over the window) opens with the window or ends with its given name;
        ``places``: the positions ADMIN and LOCAL spans cover."""
        p, r, t = self.person, self.rules, ctx.text
        w = t[i:e]
        g = w[len(surname) :]
        if len(g) == 2:
            a, b = r.given_char_score(g[0], third=False), r.given_char_score(g[1], third=True)
            given, given_min = a + b, min(a, b)
        else:
            given = given_min = max(
                r.given_char_score(g, third=False), r.given_char_score(g, third=True)
            )
        tagged = self._tag(ctx, w).startswith("nr") and not ctx.is_word(w)
        given_word = len(g) == 2 and p._common_word(ctx, g)
        pc = t[i - 1] if i > 0 else "\n"
        nc = t[e] if e < len(t) else "\n"
        before = self._word_before(ctx, i)
        before_tag = self._tag(ctx, before) if before else ""
        after = self._word_after(ctx, e)
        after_tag = self._tag(ctx, after) if after else ""
        after_role = i in role_ends
        after_noun = before_tag.startswith("n") and not before_tag.startswith("nr")
        after_suffix = (  # 制茶师, 守渠人: a noun ending like a role (not the verb 用工)
            bool(before) and before[-1] in r.role_suffixes and before_tag.startswith("n")
        )
        after_break = pc in _BREAKS and pc != "、"
        before_break = nc in _BREAKS and nc != "、"
        before_saying = t.startswith(rec._SAYING, e)
        before_verb = after_tag[:1] in ("v", "d", "p", "t")
        before_address = t.startswith(self._address, e)
        prev_noun = after_role or after_noun or after_suffix
        next_verb = before_break or before_saying or before_verb or before_address
        lo = max(0, i - 2)
        pos, in_context = lo, False
        for word, tag in ctx.jieba.tag(t[lo : e + 2]):
            if pos == i and pos + len(word) == e and str(tag).startswith("nr"):
                in_context = True
            pos += len(word)
        x = [
            self.model.surname_score(surname),
            given,
            given_min,
            float(len(g) == 2),
            float(len(surname) == 2),
            float(tagged),
            float(ctx.is_word(w)),
            float(len(surname) == 1 and p._common_word(ctx, t[i : i + 2])),
            float(e < len(t) and p._common_word(ctx, t[e - 1 : e + 1])),
            float(given_word),
            float(ctx.word_start(i)),
            float(e >= len(t) or nc in _BREAKS or ctx.word_start(e)),
            float(after_break),
            float(pc == "的"),
            float(pc == "、"),
            float(after_role),
            float(after_noun),
            float(before_tag.startswith("v")),
            float(before_break),
            float(nc == "、"),
            float(before_saying),
            float(before_verb),
            float(before_address),
            float(nc == "等"),
            float(counts.get(w, 0) >= 2),
            float(not places["ADMIN"].isdisjoint(range(i, e))),
            float(not places["LOCAL"].isdisjoint(range(i, e))),
            float(after_tag.startswith("n")),
            float(pc in _CLAUSE_PUNCT),
            given * tagged,
            float(after_suffix),
            float(self._tag(ctx, t[i : i + 2]).startswith("nr")),
            float(known),
            float(surname in rec._NOT_SURNAMES_HERE or t.startswith(r.stops, i)),
            float(prev_noun and next_verb),
            float(after_break and (before_saying or before_verb)),
            given * prev_noun,
            float(in_context),
            given * given_word,
            float(pc == "、" and nc == "、"),
            float(pc in '“‘"《' and nc in '”’"》'),  # “海兰江”牌: a brand, a title
        ]
        return x

    def scored(self, ctx: rec.Context) -> list[tuple[int, int, bool, list[float]]]:
        """Every candidate with its features and whether an earlier recognizer's
        PERSON span overlaps it (for training and for analyze)."""
        spans = ctx.spans
        persons = [s for s in spans if s.label == "PERSON"]
        cands = self.candidates(ctx)
        if not cands:
            return []
        counts = Counter(ctx.text[i:e] for i, e, _ in cands)
        places: dict[str, set[int]] = {"ADMIN": set(), "LOCAL": set()}
        for sp in spans:
            if sp.label in places:
                places[sp.label].update(range(sp.start, sp.end))
        roles = self.person._role_words(ctx)
        role_ends = {e for _, e, _ in roles}
        # an official's title is a role too where the tagger reads the window as a name
        # (县长向东|，, 记者于海|报道; not 镇长明天|说, 副书记向大家|介绍, 书记高兴|说)
        titled = {m.end() for m in self.person._after_title.finditer(ctx.text)} - role_ends
        role_starts = {s for s, e, _ in roles if e - s >= 3}
        # PERSON spans by start, and how many open with or end in each string (a name
        # known elsewhere), counted once per text rather than per candidate
        by_start: dict[int, list[Span]] = {}
        heads: Counter[str] = Counter()
        tails: Counter[str] = Counter()
        for sp in persons:
            by_start.setdefault(sp.start, []).append(sp)
            heads.update({sp.text[:k] for k in range(2, len(sp.text) + 1)})
            if len(sp.text) >= 2:
                tails[sp.text[-2:]] += 1
        out = []
        for i, e, surname in cands:
            if ctx.text[i:e] in self._roles:
                continue  # 两名楼栋长: a role, though 楼 is a surname
            after_title = (
                i in titled
                and self._tag(ctx, ctx.text[i:e]).startswith(("nr", "nz"))
                and not (  # (向|大家: a preposition and a word)
                    e - i - len(surname) == 2
                    and self.person._common_word(ctx, ctx.text[i + len(surname) : e])
                )
            )
            ends = role_ends | {i} if after_title else role_ends
            if e - i - len(surname) == 2 and e - 1 in role_starts:
                continue  # 薛鹏|大队长: a role opens with the last character
            if e - i == 3 and ctx.is_word(ctx.text[i:e]):
                continue  # 高水平, 马拉松 (the dictionary tags it nr): a word, the rules' part
            if (
                e - i == 3
                and self.person._common_word(ctx, ctx.text[i + 1 : e])
                and self._tag(ctx, surname).startswith("v")
            ):
                continue  # 群众|查清楚: a verb and its complement, no surname
            if not self._may_pass(ctx, i, e, surname, ends):
                continue  # (the gates below, tested before the features are worked out)
            over = [  # (PERSON spans are at most a dozen characters long)
                sp for k in range(max(0, i - 12), e) for sp in by_start.get(k, ()) if sp.end > i
            ]
            w, g = ctx.text[i:e], ctx.text[i + len(surname) : e]
            known = (heads[w] - sum(1 for sp in over if sp.text.startswith(w))) > 0 or (
                len(g) == 2 and (tails[g] - sum(1 for sp in over if sp.text.endswith(g))) > 0
            )
            x = self.features(ctx, i, e, surname, known, places, ends, counts)
            if self._needs_context(ctx, i, e, surname, x) and not self._role_context(x):
                continue
            if x[_SURNAME] < 0 and not x[_AFTER_ROLE]:
                continue  # 用工|权真正: a surname that opens words more than names, no role
            if x[_DICT_WORD] and not x[_AFTER_ROLE]:
                continue  # 人民|智慧: a word is a name only after a listed role (护林员常青)
            if ctx.text.startswith("等", e) and not x[_KNOWN]:
                continue  # 王凯等两个项目组: the rules decide what 等 closes
            out.append((i, e, bool(over), x))
        return out

    def _may_pass(
        self, ctx: rec.Context, i: int, e: int, surname: str, role_ends: set[int]
    ) -> bool:
        """The gates of ``scored`` from what costs little: False only where they
        would refuse the window whatever its other features."""
        text = ctx.text
        if ctx.is_word(text[i:e]):
            return i in role_ends
        given = text[i + len(surname) : e]
        needs = (
            (len(given) == 2 and self.person._common_word(ctx, given))
            or surname in rec._NOT_SURNAMES_HERE
            or text.startswith(self.rules.stops, i)
            or self.model.surname_score(surname) < _RARE_SURNAME
        )
        if not needs or i in role_ends:
            return True
        if self.model.surname_score(surname) < 0:
            return False  # (a listed role only, see scored)
        before = self._word_before(ctx, i)
        return (
            bool(before)
            and before[-1] in self.rules.role_suffixes
            and self._tag(ctx, before).startswith("n")
        )

    def _needs_context(
        self, ctx: rec.Context, i: int, e: int, surname: str, x: list[float]
    ) -> bool:
        """Readings that ordinary text makes every page (高水平, 文明, 党|永远, 和|智慧):
        a word, a word as the given name, a function word as the surname. A person's
        name may be any of them (茶农向阳说, 果农骆和平笑着说), but only where a word
        for a person stands before it and the clause goes on as after a subject. So
        with a character that opens words far more often than names (党|永葆)."""
        return bool(
            (x[_DICT_WORD] and not x[_TAGGED])
            or x[_GIVEN_WORD]
            or x[_SURNAME_STOP]
            or x[_SURNAME] < _RARE_SURNAME
        )

    @staticmethod
    def _role_context(x: list[float]) -> bool:
        """A word for a person just before (茶农, 设计师) and a verb, a break or a
        form of address just after."""
        return bool(
            (x[_AFTER_ROLE] or x[_AFTER_SUFFIX])
            and (x[_BEFORE_BREAK] or x[_BEFORE_SAYING] or x[_BEFORE_VERB] or x[_BEFORE_ADDRESS])
        )

    def analyze(self, ctx: rec.Context) -> list[Span]:
        self.person._jieba = ctx.jieba
        model = self.model
        best: list[tuple[float, int, int]] = []
        for i, e, covered, x in self.scored(ctx):
            if covered:
                continue
            prob = model.probability(x)
            if prob >= model.threshold:
                best.append((prob, i, e))
        spans: list[Span] = []
        used: set[int] = set()
        for prob, i, e in sorted(best, reverse=True):
            if not used.isdisjoint(range(i, e)):
                continue
            used.update(range(i, e))
            spans.append(
                Span(
                    i,
                    e,
                    "PERSON",
                    round(min(prob, 0.99), 3),
                    self.name,
                    ctx.text[i:e],
                    reason=f"name model {prob:.2f}",
                )
            )
        return spans


def model_info() -> dict[str, Any]:
    """The shipped model's document, for reports (trained on, cross-validated figures)."""
    raw = read_data_text(MODEL_FILE)
    load_name_model(raw)  # (checked as the engine checks it)
    doc: dict[str, Any] = json.loads(raw)
    return doc
