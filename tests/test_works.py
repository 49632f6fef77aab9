"""Works named after a locality (analyze/works.py and the gazetteer's landmark path):
dams, power stations, irrigation districts, airports. All sentences are our own."""

from __future__ import annotations

import pytest

from conftest import found
from sucai.analyze import Anonymizer
from sucai.analyze.rules import load_features


@pytest.mark.parametrize(
    ("text", "local"),
    [
        # a name no dictionary holds, after a break, a conjunction or a verb
        ("去年冬天，黑龙潭水库完成了除险加固。", ["黑龙潭"]),
        ("要抓紧建设鹤鸣湾水利枢纽和青杠坪大型灌区。", ["鹤鸣湾", "青杠坪"]),
        ("羊角坪大型水库今年下闸蓄水。", ["羊角坪"]),
        ("黑石峡水利枢纽的机组全部投产。", ["黑石峡"]),
        # a town's or street's short form before an airport is the airport's name
        ("花湖国际机场的货运航线越来越多。", ["花湖"]),
        # sites and parks, read the same way
        ("暑假里，神仙居景区每天都有上万名游客。", ["神仙居"]),
        ("考古队在喇家遗址又有了新发现。", ["喇家"]),
        # the items of a list closed by 等 and what they are
        ("我们走访了双槐岭、青石湾等考古遗址公园。", ["双槐岭", "青石湾"]),
        ("今年要完成柳树沟、石门坎、青杠坪等水库的除险加固。", ["柳树沟", "石门坎", "青杠坪"]),
    ],
)
def test_works_named(engine: Anonymizer, text: str, local: list[str]) -> None:
    assert found(engine, text, "LOCAL") == local, engine.analyze(text)


@pytest.mark.parametrize(
    "text",
    [
        "各地要加快病险水库除险加固。",  # a common word before the designation
        "新建一批中小型水库和骨干灌区。",
        "乡里先闹旱灾，后修水库，日子才慢慢好起来。",  # a verb leads in
        "推动智慧港口、智慧机场建设。",  # a listed modifier
        "兼并改造中小煤矿，淘汰落后产能。",  # a town's short form that is an ordinary word
        "抵达法国巴黎奥利国际机场时发表书面讲话。",  # abroad
        "新建、改建、扩建等水库工程要严格审批。",  # a list of verbs
        "深化国家公园体制改革，扩大湿地保护范围。",  # a verb before the designation
        "游客都爱去濯水古镇的风雨廊桥。",  # a town's short form: the town's, not a site's
    ],
)
def test_works_not_named(engine: Anonymizer, text: str) -> None:
    assert found(engine, text, "LOCAL") == [], engine.analyze(text)


def test_city_named_works_stay_the_city(engine: Anonymizer) -> None:
    """An airport or oil field named for its city pins the city: ADMIN, as the gazetteer
    reads it; a reservoir or a dam keeps the landmark reading (密云水库, 青铜峡水利枢纽),
    and so does a bay (胶州湾), whole."""
    text = "喀什国际机场新开了航线，大庆油田的老工人来参观密云水库。"
    assert found(engine, text, "ADMIN") == ["喀什", "大庆"]
    assert found(engine, text, "LOCAL") == ["密云"]
    text = "青铜峡水利枢纽建成以来，胶州湾的海水也清了。"
    assert found(engine, text, "ADMIN") == []
    assert found(engine, text, "LOCAL") == ["青铜峡", "胶州湾"]
    assert found(engine, "沿着盘山公路绕行两个小时。", "ADMIN") == []


def test_works_lists_are_checked() -> None:
    features = load_features()
    assert "水利枢纽" in features.works_suffixes
    assert features.works_suffixes == tuple(sorted(features.works_suffixes, key=len, reverse=True))
    assert "病险" in features.works_not_names
