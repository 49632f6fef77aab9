"""The vectorised name scans agree with the per-character tables they replace."""

from __future__ import annotations

import math

import numpy as np
import pytest

from sucai.analyze.rules import PersonRules, load_persons


@pytest.fixture(scope="module")
def rules() -> PersonRules:
    return load_persons()


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype="<u4")


def test_windows_match_the_tables(rules: PersonRules) -> None:
    # names, function words, digits, Latin, a full-width space and a character past the BMP
    text = "县长王晓峰说，村民张淑华在田里。2025年ABC　𠀋字和的了谭德英\n"
    second, third = rules.char_tables()
    sur, a, t1, b = rules.name_windows(_codes(text))
    assert len(sur) == len(a) == len(t1) == len(b) == len(text)
    for i, c in enumerate(text):
        assert bool(sur[i]) == (c in rules.surnames), c
        nxt, after = text[i + 1 : i + 2], text[i + 2 : i + 3]
        want_a = second.get(nxt, -math.inf) if nxt else -math.inf
        want_t1 = third.get(nxt, -math.inf) if nxt else -math.inf
        want_b = third.get(after, -math.inf) if after else -math.inf
        assert (a[i], t1[i], b[i]) == (want_a, want_t1, want_b), (i, c)
    assert sur[text.index("王")] and a[text.index("王")] > 0  # 晓 opens given names


def test_short_texts(rules: PersonRules) -> None:
    for text in ("", "王", "王晓"):
        sur, a, t1, b = rules.name_windows(_codes(text))
        assert len(sur) == len(a) == len(t1) == len(text)
        assert np.isneginf(b).all()  # no character two places on
        assert np.isneginf(a[-1:]).all()  # nothing after the last one


def test_scores_worked_out_on_demand_leave_the_scan_tables_alone(rules: PersonRules) -> None:
    """A scan must give the same answer whatever texts the engine read before."""
    second, third = rules.char_tables()
    before = (len(second), len(third))
    odd = "\u2003"  # no name holds it
    assert odd not in second
    score = rules.given_char_score(odd, third=True)
    assert rules.given_char_score(odd, third=True) == score
    assert (len(second), len(third)) == before
    assert odd not in third
