"""Gazetteer.find reports every occurrence of every name, as a plain scan would.

The automaton runs over UTF-16 code units (for speed); these tests compare it with a
character-by-character scan, on our own sentences with overlapping names, other scripts
and characters beyond the BMP (which shift UTF-16 offsets).
"""

from __future__ import annotations

import pytest

from sucai.analyze.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer()


def scan(gaz: Gazetteer, text: str) -> list[tuple[int, int, str]]:
    names = {n for n in (*gaz.by_name, *gaz.by_short) if len(n) >= 2}
    longest = max(map(len, names))
    found = [
        (i, j, text[i:j])
        for j in range(len(text) + 1)
        for i in range(max(j - longest, 0), j - 1)
        if text[i:j] in names
    ]
    return sorted(found, key=lambda f: (f[1], f[0]))  # by end, the longest first


@pytest.mark.parametrize(
    "text",
    [
        "",
        "北",
        "长沙市和沙市区，西安市长安区。",
        "𠀀北京𠀀市长沙市𠀀",  # beyond the BMP: four UTF-16 bytes each
        "PM2.5在河北省石家庄市、内蒙古自治区呼和浩特市下降。😀广州",
        "恩施州和石柱县，湖南湘西土家族苗族自治州。",
    ],
)
def test_find_equals_a_plain_scan(gaz: Gazetteer, text: str) -> None:
    assert list(gaz.find(text)) == scan(gaz, text)


def test_find_keeps_offsets_after_astral_characters(gaz: Gazetteer) -> None:
    text = "😀😀长沙市"
    assert (2, 5, "长沙市") in list(gaz.find(text))


def test_engines_share_one_loaded_gazetteer() -> None:
    from sucai.analyze import Anonymizer

    a, b = Anonymizer(), Anonymizer(keep_leaders=False)
    a.analyze("府谷县")
    b.analyze("府谷县")
    assert a.gazetteer is b.gazetteer is Gazetteer.shared()
    assert Gazetteer.shared().by_name["府谷县"][0].level == "county"


def test_common_names_of_autonomous_units(gaz: Gazetteer) -> None:
    enshi = gaz.by_name["恩施州"][0]
    assert enshi.name.endswith("自治州") and enshi.status == "current"
    assert (3, 6, "恩施州") in list(gaz.find("湖北省恩施州"))
