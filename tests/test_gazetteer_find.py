"""Gazetteer.find reports every occurrence of every name, as a plain scan would.

The automaton runs over UTF-16 code units (for speed); these tests compare it with a
character-by-character scan, on our own sentences with overlapping names, other scripts
and characters beyond the BMP (which shift UTF-16 offsets).
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

from sucai.analyze.gazetteer import Gazetteer
from sucai.errors import DataFileError


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


def test_common_names_of_ethnic_townships(gaz: Gazetteer) -> None:
    # 布朗山布朗族乡 is written 布朗山乡; a two-character stem (文明) would be a word + 乡风
    assert [p.name for p in gaz.by_name["布朗山乡"]] == ["布朗山布朗族乡"]
    assert all("族" not in p.name for p in gaz.by_name.get("文明乡", []))


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "g.tsv.gz"
    path.write_bytes(gzip.compress(text.encode("utf-8")))
    return path


HEADER = "# a test gazetteer\nname\tshort\tlevel\tcode\tparent\tstatus\tambiguous\tsource\n"


def test_a_small_gazetteer_file_loads(tmp_path: Path) -> None:
    rows = (
        "甲省\t甲\tprovince\t100000\t\tcurrent\t1\tt\n"
        "乙丙市\t乙丙\tprefecture\t100100\t100000\tcurrent\t0\tt\n"
        "\n"
        "乙丙县\t乙丙\tcounty\t100101\t100100\tformer\t0\tt\n"
    )
    gaz = Gazetteer(_write(tmp_path, HEADER + rows))
    assert [p.name for p in gaz.places] == ["甲省", "乙丙市", "乙丙县"]
    assert [p.name for p in gaz.by_short["乙丙"]] == ["乙丙市", "乙丙县"]
    assert gaz.by_name["甲省"][0].ambiguous is True
    assert set(gaz.by_code) == {"100000", "100100"}  # current places only
    assert gaz.parent_names(gaz.by_name["乙丙市"][0]) == {"甲省", "甲"}
    assert list(gaz.find("甲省乙丙市")) == [(0, 2, "甲省"), (2, 4, "乙丙"), (2, 5, "乙丙市")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "holds no places"),
        (HEADER, "holds no places"),
        ("name\tshort\n甲省\t甲\n", "header must start with"),
        (HEADER + "甲省\t甲\tprovince\n", "line 3 has 3 columns, not 8"),
        (HEADER + "甲省\t甲\tcountry\t1\t\tcurrent\t0\tt\n", "line 3: bad level 'country'"),
        (HEADER + "\t甲\tprovince\t1\t\tcurrent\t0\tt\n", "line 3: bad level 'province' or name"),
    ],
)
def test_bad_gazetteer_files_say_where(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(DataFileError, match=re.escape(message)):
        Gazetteer(_write(tmp_path, text))
