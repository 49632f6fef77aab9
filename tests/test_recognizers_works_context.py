"""Counties named by their airports and campuses, lines by a widening, and a county
before a site whose name opens with a landmark character.

Positive and negative rows; all sentences are our own.
"""

from __future__ import annotations

import pytest

from conftest import found
from sucai.analyze import Anonymizer


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # a county's short form that is also a word, before its airport
        ("新开通的共和机场迎来首批旅客。", ["共和"]),
        ("东方机场的跑道今年延长。", ["东方"]),
        # a campus in a city whose short form is a word (日照, sunlight)
        ("市一院日照院区正式开诊。", ["日照"]),
        # a line of two cities' initials before its widening; a listed line too
        ("成南扩容项目年内开工。", ["成南"]),
        ("沪昆扩容工程进展顺利。", ["沪昆"]),
        # light rail joining a city and its new area
        ("津滨轻轨换上了新车。", ["津滨"]),
        # 寺 opens the site's name (寺洼遗址), so the county is no temple's
        ("考古队在临洮寺洼遗址又有新发现。", ["临洮"]),
    ],
)
def test_places_before_works(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # built and general-purpose airports: no county
        ("全省新建机场两个，通用机场五个。", []),
        # a city district's airport is a landmark, not the district
        ("白云机场的航班恢复正常。", []),
        # widening of anything else
        ("推动城市提质扩容，实施电网扩容。", []),
        # a ring road after its city: no initials
        ("贵阳环高扩容工程开工。", ["贵阳"]),
    ],
)
def test_words_before_works(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin


def test_temple_of_a_county_stays_a_landmark(engine: Anonymizer) -> None:
    """Without a designation two characters on, 寺 after a county is its temple."""
    assert found(engine, "清晨的临洮寺钟声悠扬。", "ADMIN") == []


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # Xinjiang and Tibet by their one character, within, into or out of them
        ("疆内外游客络绎不绝，进疆的航班也多了。", ["疆", "疆"]),
        ("赴藏医疗队今年轮换。", ["藏"]),
        # state enterprises named by their city's one character, and a county's oil company
        ("鞍钢和包钢的新产线同日投产。", ["鞍", "包"]),
        ("延长石油的炼厂完成检修。", ["延长"]),
        # into a museum's collection; too heavy; a wall of light and heavy steel
        ("一批民俗文物新入藏馆内。", []),
        ("这副担子太重了。", []),
        ("厂房采用轻重钢结构。", []),
    ],
)
def test_abbreviations_in_terms(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin


def test_name_like_a_steelworks_after_a_title(engine: Anonymizer) -> None:
    """A head of government named like the steelworks delivers the report: a person."""
    text = "会上，主席包钢作工作报告。"
    assert found(engine, text, "PERSON") == ["包钢"]
    assert found(engine, text, "ADMIN") == []


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # a landscape noun before an adverb is no mountain named after the province
        ("愿大美青海山更青、水更绿。", ["青海"]),
        # a listed line extended to one more city before it; not a line's 中线
        ("昌福厦高铁的前期工作加快。", ["昌福厦"]),
        ("成渝中线高铁全线铺轨。", ["成渝"]),
        # a listed line before a science corridor
        ("京雄科创走廊又落地一批项目。", ["京雄"]),
        # four cities' initials of one province, though two of them make a word (白兰)
        ("做强金白兰武有色金属产业集群。", ["金白兰武"]),
        # goods and seeds by the province's one character
        ("“广货行天下”活动走进东盟。", ["广"]),
        ("推进川种振兴，育出新品种。", ["川"]),
    ],
)
def test_provinces_lines_and_groups(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin


def test_place_before_the_verb_to_plant(engine: Anonymizer) -> None:
    """台 ends a place's name before the verb 种 (种下): no Taiwan."""
    assert "台" not in found(engine, "父子两代在章古台种下一片林。", "ADMIN")


def test_gulf_before_an_adverb_is_no_landmark(engine: Anonymizer) -> None:
    assert found(engine, "中东海湾最美的季节到了。", "LOCAL") == []


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # plants and bonded zones named after the one town they stand in
        ("徐大堡核电的新机组并网发电。", ["徐大堡"]),
        ("亦庄综保区的进口额再创新高。", ["亦庄"]),
        # an ordinary word before a plant is no town
        ("关停一批燃煤电厂和小火电厂。", []),
    ],
)
def test_towns_naming_plants(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # a list of lines closed by 等 before the line word, work on the last one between
        ("新建长辽、辽通等铁路。", ["长辽", "辽通"]),
        ("加快延榆、西延扩能等铁路建设。", ["延榆", "西延"]),
        # a list of something else closed by 等 before a line word
        ("完善供水、供电等通道建设。", []),
    ],
)
def test_lists_of_lines_closed_by_deng(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # silver listed with other metals is no city
        ("白银、铜、锌产量都在增长。", []),
        ("金昌、白银、兰州三市联动。", ["金昌", "白银", "兰州"]),
        # four initials of a line, one a city's one-character name (甬)
        ("甬金衢上高速公路开工。", ["甬金衢上"]),
        # enterprises with their form of company
        ("柳工股份和玉柴都在扩产。", ["柳", "玉"]),
    ],
)
def test_metals_lines_and_companies(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # a new area named after a region found already (川渝 + 高竹新区)
        ("川渝高竹新区的园区又添新企业。", ["川渝", "高竹新区"]),
        # a town whose name ends like a lake, at a route's end
        ("哈密至淖毛湖的货车班次加密。", ["哈密", "淖毛湖"]),
        # a city whose name is also a word, before its port
        ("青岛港、日照港吞吐量双双增长。", ["青岛", "日照"]),
        # a county-level unit before a lake: no landmark starting inside its name
        ("大柴旦翡翠湖游客倍增。", ["大柴旦"]),
        # provincial leagues by the abbreviation
        ("“蒙超”和“蒙BA”火遍草原。", ["蒙", "蒙"]),
    ],
)
def test_new_areas_routes_ports_and_leagues(
    engine: Anonymizer, text: str, admin: list[str]
) -> None:
    assert found(engine, text, "ADMIN") == admin


def test_verb_before_a_new_area_names_none(engine: Anonymizer) -> None:
    assert found(engine, "两省共建新区的经验可以推广。", "LOCAL") == []


def test_towns_of_one_city_listed_before_areas(engine: Anonymizer) -> None:
    """Two items of a list closed by 等区域 are towns of one city: both are the towns."""
    assert found(engine, "推动吴淞、桃浦等区域转型升级。", "ADMIN") == ["吴淞", "桃浦"]
    assert found(engine, "推动老城、新城等区域转型升级。", "ADMIN") == []


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        ("青南地区的草场正在恢复。", ["青"]),
        ("蒙西电网和蒙东电网互联。", ["蒙", "蒙"]),
        ("启蒙东西方文化交流。", []),
        ("年青南下打工的人少了。", []),
    ],
)
def test_parts_of_qinghai_and_inner_mongolia(
    engine: Anonymizer, text: str, admin: list[str]
) -> None:
    assert found(engine, text, "ADMIN") == admin


@pytest.mark.parametrize(
    ("text", "admin", "local"),
    [
        # rivers listed before their basins are rivers, though a province or city is named so
        ("今夏黑龙江、牡丹江等流域水位偏高。", [], ["黑龙江", "牡丹江"]),
        ("黑龙江、吉林等省份降雨偏多。", ["黑龙江", "吉林"], []),
        # three counties of one city by their initials, quoted (黎平, 从江, 榕江)
        ("推动“黎从榕”融入大湾区。", ["黎从榕"], []),
        # a listed group and a listed line before a work word
        ("福厦泉示范区能级提升。", ["福厦泉"], []),
        ("兰张三四线铁路建成。", ["兰张"], []),
    ],
)
def test_rivers_groups_and_quoted_counties(
    engine: Anonymizer, text: str, admin: list[str], local: list[str]
) -> None:
    assert found(engine, text, "ADMIN") == admin
    assert [x for x in found(engine, text, "LOCAL") if x in local] == local


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # a closed list of lines passes over an item that is also a word (弥蒙)
        ("丽香、大保、弥蒙等新线开通。", ["丽香", "大保"]),
        # a list closed by its count without 等; a listed line before its widening
        ("京哈改扩建、凌绥、台黑3条高速建成。", ["京哈", "凌绥", "台黑"]),
        # a listed group after a verb the segmenter reads across (打造|成渝: 造成)
        ("两地携手打造成渝地区的大通道。", ["成渝"]),
        # Qinghai's league by its one character
        ("“青超”联赛越办越火。", ["青"]),
    ],
)
def test_closed_lists_of_lines_and_groups(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin


def test_new_before_three_initials_is_no_fourth(engine: Anonymizer) -> None:
    assert "新昆楚大" not in found(engine, "新昆楚大等高速公路相继建成。", "ADMIN")


def test_reactor_and_haikou_zone_name_no_city(engine: Anonymizer) -> None:
    assert found(engine, "“华龙一号”机组并网发电。", "ADMIN") == []
    assert found(engine, "学院桂林洋校区建成。", "ADMIN") == []


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # the works word after the last of a list of places covers them all
        ("沙坡头、红寺堡灌区今年完成改造。", ["沙坡头", "红寺堡"]),
        # an abbreviation in a set term ends no landmark's name (同爱国爱港 is no harbour)
        ("密切同爱国爱港爱澳社团的联系。", ["港", "澳"]),
        ("进出川大通道又添新线。", ["川"]),
    ],
)
def test_lists_before_works_and_terms(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin


def test_scenic_area_after_a_town_stays_the_mountain(engine: Anonymizer) -> None:
    assert "黄山" not in found(engine, "推动宏村镇、黄山风景区联动发展。", "ADMIN")


def test_new_district_after_a_city_is_no_town(engine: Anonymizer) -> None:
    """雷州新城 is the city's new district, though some town's short form is 新城."""
    assert found(engine, "雷州新城和龙川新城都在招商。", "ADMIN") == ["雷州", "龙川"]


def test_energy_base_is_a_landmark(engine: Anonymizer) -> None:
    assert found(engine, "宁东现代煤化工基地扩能。", "ADMIN") == []
    assert found(engine, "宁东现代煤化工基地扩能。", "LOCAL") == ["宁东"]


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        ("落实峰会涉陕成果。", ["陕"]),
        ("藏粤直流工程开工。", ["藏粤"]),
        ("建设特高压直流工程。", []),
        # a basin named after the province names it (inside a longer term)
        ("建设四川盆地大中型灌区。", ["四川"]),
    ],
)
def test_terms_of_a_province_and_direct_current_lines(
    engine: Anonymizer, text: str, admin: list[str]
) -> None:
    assert found(engine, text, "ADMIN") == admin


def test_an_assistant_named_after_alibaba_names_no_prefecture(engine: Anonymizer) -> None:
    assert found(engine, "阿里千问等大模型加快应用。", "ADMIN") == []


def test_autonomous_county_by_its_name_without_the_peoples(engine: Anonymizer) -> None:
    """塔县 is the short form the data gives; 塔什库尔干 names the county too."""
    assert found(engine, "从喀什到塔什库尔干的公路修好了。", "ADMIN") == ["喀什", "塔什库尔干"]
    # a county named after its people keeps its short form without 族 (东乡), no 东乡族
    assert found(engine, "东乡族群众喜迎丰收。", "ADMIN") == []
