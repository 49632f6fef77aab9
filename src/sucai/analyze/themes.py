"""Themes: which topics of the genre a passage is about, from the phrase list in
``data/themes.yaml``; and key phrases of a whole library by TF-IDF over its words."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sucai.errors import DataFileError
from sucai.resources import load_yaml

# Words too common in the genre to say anything about a library's themes.
_STOP = set(
    "我们 要 的 和 是 在 了 对 把 为 以 推进 推动 加强 坚持 发展 建设 工作 全面 进一步 深入 "
    "不断 实施 持续 更加 更好 积极 努力 提高 提升 加快 完善 落实 做好 开展 强化 健全 深化 "
    "促进 着力 扎实 重要 重大 一批 一系列 主要 各项 各类 各级 有关 相关 同时 方面 体系 机制".split()
)


class ThemeTagger:
    def __init__(self) -> None:
        doc = load_yaml("themes.yaml")
        themes = doc.get("themes") if isinstance(doc, dict) else None
        if not isinstance(themes, dict) or not themes:
            raise DataFileError("themes.yaml", "expected a `themes` mapping of theme → phrases")
        self.themes: dict[str, list[str]] = {}
        for theme, phrases in themes.items():
            if not isinstance(phrases, list) or not all(isinstance(p, str) and p for p in phrases):
                raise DataFileError("themes.yaml", f"theme {theme!r} needs a list of phrases")
            self.themes[str(theme)] = [str(p) for p in phrases]
        occasions = doc.get("occasions") or []
        if not isinstance(occasions, list):
            raise DataFileError("themes.yaml", "`occasions` must be a list of words")
        self.occasions = frozenset(str(o) for o in occasions)
        self._automaton: Any = None

    def _get(self) -> Any:
        if self._automaton is None:
            import ahocorasick

            a = ahocorasick.Automaton()
            index: dict[str, list[str]] = {}
            for theme, phrases in self.themes.items():
                for p in phrases:
                    index.setdefault(p, []).append(theme)
            for phrase, themes in index.items():
                a.add_word(phrase, (phrase, themes))
            a.make_automaton()
            self._automaton = a
        return self._automaton

    def tag(self, text: str) -> dict[str, float]:
        """Theme → weight (occurrences of its phrases; the theme's own name counts double)."""
        weights: dict[str, float] = {}
        for _, (phrase, themes) in self._get().iter(text):
            for theme in themes:
                weights[theme] = weights.get(theme, 0.0) + (2.0 if phrase == theme else 1.0)
        return weights

    def expand(self, topic: str) -> list[str]:
        """A topic's words plus the phrases of the themes it names (劳模座谈会 → 劳模精神 …)."""
        words = [topic]
        for theme, phrases in self.themes.items():
            if theme in topic or any(p in topic for p in phrases if len(p) >= 2):
                words += [theme, *phrases]
        return list(dict.fromkeys(words))


def key_phrases(token_rows: Iterable[str], top: int = 30) -> list[tuple[str, float, int]]:
    """TF-IDF key phrases over passages given as space-separated tokens: (word, score, df)."""
    df: Counter[str] = Counter()
    tf: Counter[str] = Counter()
    n = 0
    for row in token_rows:
        n += 1
        words = [w for w in row.split() if len(w) >= 2 and w not in _STOP and not w.isdigit()]
        tf.update(words)
        df.update(set(words))
    if not n:
        return []
    scored = [
        (w, tf[w] * math.log((1 + n) / (1 + df[w])), df[w])
        for w in tf
        if df[w] >= 2 and df[w] < 0.5 * n
    ]
    scored.sort(key=lambda x: -x[1])
    return [(w, round(s, 2), d) for w, s, d in scored[:top]]
