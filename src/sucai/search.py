"""Query parsing, FTS5 expression building, re-ranking and highlighting.

A query is words separated by spaces. All words must match (AND); when fewer
than ``limit`` passages match them all, passages missing one word follow (for two
words: either word), ranked lower. ``"…"`` requires the exact phrase; ``-word`` excludes.
Each word matches as the whole dictionary word or as its parts close together,
so 劳模精神 finds 劳模精神 and 劳模…精神 alike.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sucai.errors import QueryError
from sucai.models import SearchHit
from sucai.segment.words import JiebaSegmenter, WordSegmenter
from sucai.store import Store

_TERM = re.compile(r'(-?)"([^"]+)"|(-?)(\S+)')
_VERBATIM_BOOST = 0.5
# Up to this many passages holding every word, FTS5 ranks them all (about 20 ms at 1M).
_EXACT = 25_000
# Up to this many matches, a group is ranked in Python from the stored idf (see _few_rank).
_FEW = 400


@dataclass
class Term:
    text: str
    negated: bool = False
    phrase: bool = False
    expr: str = ""
    parts: list[str] = field(default_factory=list)
    # The word as one index token only, without the NEAR over its parts: much cheaper
    # when a part is common (发展 in 高质量发展); tried first.
    strict: str = ""
    # The tokens the NEAR looks for: a word's dictionary parts, or the tokens of a word
    # the dictionary does not hold.
    near: list[str] = field(default_factory=list)


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def parse_query(query: str, words: WordSegmenter) -> list[Term]:
    terms: list[Term] = []
    normalized = query.replace("“", '"').replace("”", '"').replace("　", " ")
    for m in _TERM.finditer(normalized):
        negated = bool(m.group(1) or m.group(3))
        text = (m.group(2) or m.group(4) or "").strip()
        if text.startswith("-"):
            negated, text = True, text[1:]
        if not text:
            continue
        tokens = words.query_tokens(text)
        if not tokens:
            continue
        parts = [t for t in getattr(words, "parts", words.query_tokens)(text) if t not in tokens]
        strict = ""
        if len(tokens) == 1:
            expr = strict = _quote(tokens[0])
            if parts and len(parts) > 1:
                near = " ".join(_quote(p) for p in parts)
                expr = f"({expr} OR NEAR({near}, {2 * len(parts) + 2}))"
        else:
            # In context the index may hold the whole word as one token (会主 inside
            # 社会主义 is cut so in search mode), so look for it whole as well.
            near = " ".join(_quote(t) for t in tokens)
            expr = f"({_quote(''.join(tokens))} OR NEAR({near}, {2 * len(tokens) + 4}))"
        terms.append(
            Term(
                text=text,
                negated=negated,
                phrase=bool(m.group(2)),
                expr=expr,
                parts=tokens,
                strict=strict or expr,
                near=tokens if len(tokens) > 1 else (parts if len(parts) > 1 else []),
            )
        )
    return terms


def build_match(terms: Sequence[Term], mode: str = "and", strict: bool = False) -> str:
    positive = [t.strict if strict else t.expr for t in terms if not t.negated]
    negative = [t.expr for t in terms if t.negated]
    if not positive:
        raise QueryError("the query has no words to look for (only exclusions or punctuation)")
    if mode == "most" and len(positive) >= 3:
        # Every way of leaving one word out: far fewer matches to rank than a plain OR.
        groups = [
            "(" + " AND ".join(p for j, p in enumerate(positive) if j != i) + ")"
            for i in range(len(positive))
        ]
        expr = "(" + " OR ".join(groups) + ")"
    else:
        joiner = " AND " if mode == "and" else " OR "
        expr = "(" + joiner.join(positive) + ")"
    for n in negative:
        expr += f" NOT {n}"
    return expr


def find_matches(text: str, terms: Sequence[Term]) -> list[tuple[int, int]]:
    """Spans to highlight: each term verbatim, else the parts it was segmented into."""
    spans: list[tuple[int, int]] = []
    for term in terms:
        if term.negated:
            continue
        found = [(m.start(), m.end()) for m in re.finditer(re.escape(term.text), text)]
        if not found:
            for part in term.parts:
                if len(part) >= 2 or len(term.text) == 1:
                    found += [(m.start(), m.end()) for m in re.finditer(re.escape(part), text)]
        spans.extend(found)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def highlight_html(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """HTML-escaped text with ``<mark>`` around the matches (passages are untrusted)."""
    out, pos = [], 0
    for s, e in spans:
        out.append(html.escape(text[pos:s]))
        out.append("<mark>" + html.escape(text[s:e]) + "</mark>")
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out)


@dataclass
class Filters:
    doc_ids: Sequence[str] | None = None
    date_from: str | None = None
    date_to: str | None = None
    themes: Sequence[str] | None = None

    def any(self) -> bool:
        return bool(self.doc_ids or self.date_from or self.date_to or self.themes)


class Searcher:
    def __init__(self, store: Store, words: WordSegmenter | None = None) -> None:
        self.store = store
        self.words = words or JiebaSegmenter()

    def search(
        self,
        query: str,
        limit: int = 10,
        doc_ids: Sequence[str] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        themes: Sequence[str] | None = None,
    ) -> list[SearchHit]:
        if limit < 1:
            raise QueryError(f"limit must be at least 1, got {limit}")
        terms = parse_query(query, self.words)
        if not terms:
            raise QueryError(
                f"nothing to search for in {query!r}: give one or more words, e.g. 劳模精神"
            )
        positive = [t for t in terms if not t.negated]
        negative = [t for t in terms if t.negated]
        phrases = [t.text for t in positive if t.phrase]
        filters = Filters(doc_ids, date_from, date_to, themes)
        pool = max(limit * 4, 40)
        n = len(positive)
        # Tiers, each ranked below the one before: every word; then passages missing one
        # word; then (two-word queries) either word; then, only to fill up, every word
        # with a word's parts close together standing for it (劳模…精神): that costs
        # FTS5 tens of ms when a part is common (发展, 建设). A passage in a later
        # tier holds exactly the words of one group, so each group is ranked on its own
        # (impact lists, stored idf or FTS5) and the groups merge by score: the same
        # order as one big OR expression, without FTS5 scanning every common word once
        # per group.
        groups_all = [positive]
        groups_most = [positive[:i] + positive[i + 1 :] for i in range(n)] if n >= 3 else []
        groups_or = [[t] for t in positive] if n == 2 else []
        split = any(t.strict != t.expr for t in positive)
        tiers = [(groups_all, True), (groups_most, True), (groups_or, True), (groups_all, False)]
        hits: list[SearchHit] = []
        for groups, strict in tiers:
            if len(hits) >= limit and hits:
                break
            if not groups or (not strict and not split):
                continue
            seen = {h.passage_id for h in hits}
            best: dict[int, Any] = {}
            for group in groups:
                for r in self._group(group + negative, strict, pool + len(seen), filters):
                    pid = r["id"]
                    if pid not in seen and (pid not in best or r["rank"] < best[pid]["rank"]):
                        best[pid] = r
            ranked = self._rank(list(best.values()), positive, phrases)
            hits += _below(hits, ranked) if hits else ranked
        return hits[:limit]

    def _group(self, terms: list[Term], strict: bool, pool: int, filters: Filters) -> list[Any]:
        """Top passages holding every word of ``terms``, with their rows."""
        if not filters.any():
            return self.store.hit_rows(self._group_ids(terms, strict, pool))
        ranked = self._filtered_ids(terms, strict, pool, filters)
        if ranked is not None:
            return self.store.hit_rows(ranked)
        return list(
            self.store.search(
                build_match(terms, "and", strict=strict),
                pool,
                filters.doc_ids,
                filters.date_from,
                filters.date_to,
                filters.themes,
            )
        )

    def _filtered_ids(
        self, terms: list[Term], strict: bool, pool: int, filters: Filters
    ) -> dict[int, float] | None:
        """The best passages that pass the filters, taken from the unfiltered ranking
        while it is cheap (impact lists, few matches): FTS5 with a filter ranks every
        match first (教育 from 2020 on: 1 s at 1M passages). None when the cheap
        ranking runs out before ``pool`` passages pass."""
        depth = int(self.store.impact_meta().get("depth", 0))
        for want in sorted({min(pool * 5, depth), depth}) if depth >= pool else [pool]:
            if strict or all(t.strict == t.expr for t in terms):
                ranked = self._impact_rank(terms, want) or self._few_rank(terms, _FEW)
            else:
                ranked = self._few_rank(terms, _FEW, strict=False)
            if ranked is None:
                return None
            keep = self.store.filter_ids(
                list(ranked), filters.doc_ids, filters.date_from, filters.date_to, filters.themes
            )
            kept = [(pid, r) for pid, r in ranked.items() if pid in keep]
            if len(kept) >= pool or len(ranked) < want:
                return dict(kept[:pool])
        return None

    def _group_ids(self, terms: list[Term], strict: bool, pool: int) -> dict[int, float]:
        """Passage id → rank (bm25(), lower is better) of the best ``pool`` passages
        holding every word: impact lists or the stored idf when they can answer, FTS5
        otherwise."""
        if strict or all(t.strict == t.expr for t in terms):
            ranked = self._impact_rank(terms, pool)
            if ranked is None:
                ranked = self._few_rank(terms, pool)
        else:
            ranked = self._few_rank(terms, pool, strict=False)
        if ranked is not None:
            return ranked
        return self.store.rank_ids(build_match(terms, "and", strict=strict), pool)

    def scores(
        self,
        word: str,
        limit: int,
        date_from: str | None = None,
        date_to: str | None = None,
        themes: Sequence[str] | None = None,
    ) -> list[tuple[int, float]]:
        """(passage id, BM25 score) of the best ``limit`` passages holding ``word``
        verbatim, best first, without reading them: for ranking many candidates
        cheaply (compile)."""
        terms = parse_query(word, self.words)
        if not terms:
            return []
        filters = Filters(None, date_from, date_to, themes)
        # A word that is one index token is in every passage that matches it.
        whole = len(terms) == 1 and len(terms[0].parts) == 1 and not terms[0].negated
        if whole and not filters.any():
            ranked = self._group_ids(terms, True, limit)
            return [(pid, -r) for pid, r in sorted(ranked.items(), key=lambda kv: kv[1])]
        rows = self._group(terms, whole, limit, filters)
        return [(r["id"], -float(r["rank"])) for r in rows if word in r["text"]]

    def _impact_rank(self, terms: Sequence[Term], pool: int) -> dict[int, float] | None:
        """Top ``pool`` passages holding every word, by BM25, read from the impact lists
        (Fagin's threshold algorithm) instead of ranking every match inside FTS5; None
        when the lists cannot answer (a rare word: FTS5 is fast then anyway)."""
        if not terms or any(t.negated or len(t.parts) != 1 for t in terms):
            return None
        words = list(dict.fromkeys(t.parts[0] for t in terms))
        stats = self.store.impact_terms(words)
        meta = self.store.impact_meta()
        if len(stats) < len(words) or any(
            stats[w][0] < meta.get("min_df", float("inf")) for w in words
        ):
            return None
        depth_max = int(meta.get("depth", 0))
        if pool > depth_max:
            return None
        if len(words) > 1:
            # Expected passages holding every word, were the words independent: when
            # few, FTS5 ranks them all faster than the lists can prove an answer.
            expected = meta["rows"]
            for w in words:
                expected *= stats[w][0] / meta["rows"]
            if expected <= _EXACT:
                return None
        idf = {w: stats[w][1] for w in words}
        max_id, avgdl = int(meta["max_id"]), meta["avgdl"]
        if len(words) == 1:
            # One word: its list is its ranking; nothing to add up, nothing to read.
            (w,) = words
            rank = {
                pid: -idf[w] * weight
                for pid, weight in self.store.impact_list(w, depth_max)
                if pid <= max_id
            }
            rank.update(self.store.search_after(build_match(terms, "and"), max_id, pool))
            return dict(sorted(rank.items(), key=lambda kv: kv[1])[:pool])
        lists = {w: self.store.impact_list(w, depth_max) for w in words}
        scored: dict[int, float] = {}
        seen: set[int] = set()
        depth = min(max(pool * 2, 50), depth_max)
        while True:
            fresh = {
                pid
                for w in words
                for pid, _ in lists[w][:depth]
                if pid not in seen and pid <= max_id
            }
            seen |= fresh
            for pid, tokens in self.store.passage_tokens(sorted(fresh)).items():
                score = _bm25(tokens, words, idf, avgdl)
                if score is not None:
                    scored[pid] = score
            threshold = sum(
                idf[w] * lists[w][min(depth, len(lists[w])) - 1][1] if lists[w] else 0.0
                for w in words
            )
            best = sorted(scored.values(), reverse=True)[:pool]
            if len(best) >= pool and best[-1] >= threshold:
                break
            if any(len(lists[w]) < depth_max and len(lists[w]) <= depth for w in words):
                break  # a whole list was read: every passage with all the words is scored
            if depth >= depth_max:
                # The lists ran out before the answer was certain. Few passages hold all
                # the words: FTS5 ranks them exactly and fast. Very many (发展 工作): the
                # best of the lists stands, the passages where each word weighs most.
                if len(best) < pool or self.store.count(build_match(terms, "and")) <= _EXACT:
                    return None
                break
            depth = min(depth * 4, depth_max)
        rank = {pid: -score for pid, score in scored.items()}
        # Passages added since the lists were built: FTS5 ranks just those.
        rank.update(self.store.search_after(build_match(terms, "and"), max_id, pool))
        return dict(sorted(rank.items(), key=lambda kv: kv[1])[:pool])

    def _few_rank(
        self, terms: Sequence[Term], pool: int, strict: bool = True
    ) -> dict[int, float] | None:
        """Rank a group that few passages match ourselves, with the idf kept at the last
        build: FTS5's bm25() would first count every word's passages (10 ms for 安全 at
        1M), which is most of the cost of a query that matches a few hundred.

        Whole words are scored exactly as bm25() does. With parts standing for words
        (``strict`` False, the last fill-up tier) a word found only as its parts counts
        as often as its rarest part, with the larger idf of the word or its parts: an
        estimate, where FTS5 would rank the NEAR phrases themselves at ten times the cost.
        """
        positive = [t for t in terms if not t.negated]
        if not positive or (strict and any(len(t.parts) != 1 for t in positive)):
            return None
        meta = self.store.impact_meta()
        if not meta:
            return None
        wanted = {w for t in positive for w in (t.parts[:1] if len(t.parts) == 1 else [])}
        wanted |= {w for t in positive if not strict for w in t.near}
        stats = self.store.impact_terms(sorted(wanted))
        if strict and len(stats) < len(wanted):
            return None
        ids = self.store.match_ids(build_match(terms, "and", strict=strict), _FEW + 1)
        if len(ids) > _FEW:
            return None
        if strict:
            words = [t.parts[0] for t in positive]
            idf = {w: stats[w][1] for w in words}
        norm_avg = meta["avgdl"]
        rank: dict[int, float] = {}
        for pid, tokens in self.store.passage_tokens(ids).items():
            if strict:
                score = _bm25(tokens, words, idf, norm_avg)
            else:
                score = _bm25_parts(tokens.split(), positive, stats, norm_avg)
            if score is not None:
                rank[pid] = -score
        return dict(sorted(rank.items(), key=lambda kv: kv[1])[:pool])

    def _rank(
        self, rows: list[Any], positive: Sequence[Term], phrases: Sequence[str]
    ) -> list[SearchHit]:
        hits = []
        for r in rows:
            text = r["text"]
            if any(p not in text for p in phrases):
                continue
            verbatim = sum(1 for t in positive if t.text in text) / max(len(positive), 1)
            score = -float(r["rank"]) * (1 + _VERBATIM_BOOST * verbatim)
            spans = find_matches(text, positive)
            hits.append(
                SearchHit(
                    passage_id=r["id"],
                    doc_id=r["doc_id"],
                    title=r["title"],
                    heading=r["heading"],
                    text=text,
                    score=score,
                    highlight=highlight_html(text, spans),
                    matches=spans,
                    date=r["date"],
                    start=r["start_char"],
                    end=r["end_char"],
                )
            )
        hits.sort(key=lambda h: -h.score)
        return hits


def _bm25(tokens: str, words: Sequence[str], idf: dict[str, float], avgdl: float) -> float | None:
    """FTS5's bm25() of one passage for ``words`` (k1 1.2, b 0.75); None when a word
    is missing."""
    toks = tokens.split()
    norm = 1.2 * (0.25 + 0.75 * len(toks) / avgdl) if avgdl else 1.2
    score = 0.0
    for w in words:
        tf = toks.count(w)
        if not tf:
            return None
        score += idf[w] * tf * 2.2 / (tf + norm)
    return score


def _bm25_parts(
    toks: list[str], terms: Sequence[Term], stats: dict[str, tuple[int, float]], avgdl: float
) -> float:
    """bm25() estimated for words that may be present only as their parts."""
    norm = 1.2 * (0.25 + 0.75 * len(toks) / avgdl) if avgdl else 1.2
    score = 0.0
    for t in terms:
        whole = t.parts[0] if len(t.parts) == 1 else None
        tf = toks.count(whole) if whole else 0
        if not tf and t.near:
            tf = min(toks.count(p) for p in t.near)
        known = [stats[w][1] for w in ([whole] if whole else []) + t.near if w in stats]
        score += (max(known) if known else 1.0) * max(tf, 1) * 2.2 / (max(tf, 1) + norm)
    return score


def _below(ranked: list[SearchHit], extra: list[SearchHit]) -> list[SearchHit]:
    """A later tier's scores scaled under the earlier tier's lowest, order kept."""
    cap = min((h.score for h in ranked), default=None)
    top = max((h.score for h in extra), default=None)
    if cap is not None and top is not None and top >= cap * 0.99 and top > 0:
        factor = cap * 0.99 / top
        for h in extra:
            h.score *= factor
    return extra
