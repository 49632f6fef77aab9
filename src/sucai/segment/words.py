"""Word segmentation for the full-text index.

One small protocol so the backend can change; rjieba is the default (jieba's
dictionary and algorithm in Rust, about 15× faster, nearly identical words),
loaded per instance with the domain terms in ``data/domain_words.txt``.

Index side: search mode (a compound and its dictionary parts: 产业工人 →
产业 工人 产业工人), so that a query for a part still finds the whole.
Query side: precise mode, so a query term is as few tokens as possible.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from sucai.resources import read_data_text

_KEEP = re.compile(r"[\w\u3400-\u4dbf\u4e00-\u9fff]", re.UNICODE)


def _has_upper(text: str) -> bool:
    return any("A" <= c <= "Z" for c in text)


class WordSegmenter(Protocol):
    def index_tokens(self, text: str) -> list[str]: ...

    def query_tokens(self, text: str) -> list[str]: ...


def _is_word(token: str) -> bool:
    return token.isalnum() or bool(_KEEP.search(token))


class JiebaSegmenter:
    """rjieba with the domain dictionary; the dictionary loads on first use."""

    def __init__(self, extra_words: list[str] | None = None) -> None:
        self._extra = extra_words or []
        self._jieba: Any = None

    def _get(self) -> Any:
        if self._jieba is None:
            try:
                import rjieba
            except ImportError as exc:  # pragma: no cover - core dependency
                raise ImportError("sucai needs rjieba: pip install rjieba") from exc
            jieba = rjieba.Jieba()
            for line in read_data_text("domain_words.txt").splitlines():
                word = line.strip()
                if word and not word.startswith("#"):
                    jieba.add_word(word, None, None)
            for word in self._extra:
                jieba.add_word(word, None, None)
            self._jieba = jieba
        return self._jieba

    def index_tokens(self, text: str) -> list[str]:
        tokens = [t for t in self._get().cut_for_search(text) if _is_word(t)]
        return [t.lower() for t in tokens] if _has_upper(text) else tokens

    def query_tokens(self, text: str) -> list[str]:
        return [t.lower() for t in self._get().cut(text) if _is_word(t)]

    def parts(self, text: str) -> list[str]:
        """Search-mode tokens of a query term (its dictionary parts included)."""
        return self.index_tokens(text)
