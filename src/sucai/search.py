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
        phrases = [t.text for t in positive if t.phrase]
        pool = max(limit * 4, 40)
        # Whole words first; their parts close together (劳模…精神) only to fill up.
        strict = any(t.strict != t.expr for t in positive)
        rows = list(
            self.store.search(
                build_match(terms, "and", strict=strict), pool, doc_ids, date_from, date_to, themes
            )
        )
        hits = self._rank(rows, positive, phrases)
        if strict and len(hits) < limit:
            seen = {h.passage_id for h in hits}
            more = self.store.search(
                build_match(terms, "and"), pool + len(seen), doc_ids, date_from, date_to, themes
            )
            hits += _below(
                hits, self._rank([r for r in more if r["id"] not in seen], positive, phrases)
            )
        # Then passages that miss one word, then (two-word queries) either word; each
        # tier ranks below the one before.
        for mode in ("most", "or"):
            if len(hits) >= limit or len(positive) < 2 or (mode == "or" and len(positive) > 2):
                continue
            seen = {h.passage_id for h in hits}
            more = self.store.search(
                build_match(terms, mode), pool + len(seen), doc_ids, date_from, date_to, themes
            )
            hits += _below(
                hits, self._rank([r for r in more if r["id"] not in seen], positive, phrases)
            )
        return hits[:limit]

    def scores(
        self,
        word: str,
        limit: int,
        date_from: str | None = None,
        date_to: str | None = None,
        themes: Sequence[str] | None = None,
    ) -> list[tuple[int, float, str]]:
        """(passage id, BM25 score, text) for one word, without highlighting: for ranking
        many candidates cheaply (compile)."""
        terms = parse_query(word, self.words)
        if not terms:
            return []
        rows = self.store.search(build_match(terms, "and"), limit, None, date_from, date_to, themes)
        return [(r["id"], -float(r["rank"]), r["text"]) for r in rows]

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


def _below(ranked: list[SearchHit], extra: list[SearchHit]) -> list[SearchHit]:
    """Scores of a later tier capped under the earlier tier's lowest, order kept."""
    cap = min((h.score for h in ranked), default=None)
    for h in extra:
        if cap is not None and h.score >= cap:
            h.score = cap * 0.99
    return extra
