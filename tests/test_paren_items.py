"""The bracketed list items found from each （ match the regex they replace."""

from __future__ import annotations

import random

from sucai.analyze import recognizers as rec


def _spans(matches: list) -> list[tuple[int, int, int]]:  # type: ignore[type-arg]
    return [(m.start(), m.end(), m.end(1)) for m in matches]


def test_paren_items_match_the_regex_they_replace() -> None:
    samples = [
        "农丽华（田东县芒果种植技术员）、覃志刚（电解工）受到表彰。",
        "（记者 张三）开头就是括号，后面是王大海（村医）（兼任）和李（二）。",
        "一二三四五六七八九十甲乙（很长的说明）；张·李（译名）",
    ]
    rng = random.Random(7)
    alphabet = "张王李村医（）、，。·甲乙丙\n"
    samples += [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(3000)
    ]
    for text in samples:
        assert _spans(rec._paren_items(text)) == _spans(list(rec._PAREN_ITEM.finditer(text))), text
