"""The word finder the gazetteer and the role words share: every occurrence, overlapping
ones too, with offsets in characters also past characters beyond the BMP."""

from __future__ import annotations

from sucai.analyze.wordfind import WordFinder


def test_every_occurrence_overlapping_ones_too() -> None:
    finder = WordFinder(["医生", "藏医", "援藏医生"])
    found = sorted(finder.find("江苏援藏医生丁一"))
    assert found == [(2, 6, "援藏医生"), (3, 5, "藏医"), (4, 6, "医生")]


def test_offsets_hold_after_characters_beyond_the_bmp() -> None:
    finder = WordFinder(["府谷"])
    assert list(finder.find("𠮷府谷县")) == [(1, 3, "府谷")]
    assert list(WordFinder([]).find("府谷")) == []
