"""Rules added for real reports: lines, new areas, landmarks, province parts and slogans.

Each rule has positive and negative rows (Presidio's table style); all sentences are our own.
"""

from __future__ import annotations

import pytest

from conftest import found
from sucai.analyze import Anonymizer
from sucai.analyze.gazetteer import Gazetteer
from sucai.analyze.rules import load_aliases, load_features


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # lines and corridors named by the places they join
        ("沿着京广铁路布局一批先进制造业基地。", ["京广"]),
        ("陇海线沿线城市要加强协作。", ["陇海"]),
        ("加快郑渝高铁配套站场建设。", ["郑", "渝"]),  # unlisted: 郑州 + 重庆 initials
        # national-level new areas
        ("雄安新区建设进入新阶段。", ["雄安新区"]),
        ("河北省雄安新区召开座谈会。", ["河北省", "雄安新区"]),
        ("雄安的新城拔地而起。", ["雄安"]),
        # a province's part: the abbreviation before a direction
        ("皖南山区的茶叶远销海外。", ["皖"]),
        ("推动苏北地区加快发展。", ["苏"]),
        ("统筹粤东西北振兴发展。", ["粤"]),
        # an abbreviation in a fixed phrase
        ("开创富民兴陇新局面。", ["陇"]),
        ("坚持治蜀兴川，奋力推进发展。", ["蜀", "川"]),
        ("秦腔唱响了黄土地。", ["秦"]),
        ("粤菜师傅走进千家万户。", ["粤"]),
        # runs of abbreviations that are dictionary words
        ("抓住京津冀协同发展的机遇。", ["京津冀"]),
        ("深度参与粤港澳大湾区建设。", ["粤港澳"]),
        # city groups named by their initials
        ("长株潭一体化发展迈出新步伐。", ["长株潭"]),
        # chains of full names across a level word's characters
        ("西安市长安区的高校很多。", ["西安市", "长安区"]),
        ("林芝市巴宜区的桃花开了。", ["林芝市", "巴宜区"]),
        # common names of autonomous units
        ("恩施州大力发展富硒茶产业。", ["恩施州"]),
        # a landmark name beside another place is the division
        ("安徽太湖的茶园面积扩大了。", ["安徽", "太湖"]),
    ],
)
def test_admin_rules_find(engine: Anonymizer, text: str, admin: list[str]) -> None:
    got = found(engine, text, "ADMIN")
    if admin == ["郑", "渝"]:
        assert got == ["郑渝"], engine.analyze(text)
    else:
        assert got == admin, engine.analyze(text)


@pytest.mark.parametrize(
    "text",
    [
        "南北通道和东西走廊都要打通。",  # directions, not initials
        "长江沿线生态要保护好。",  # a river, spanning provinces
        "新一轮太湖综合治理全面启动。",  # the lake, not 太湖县
        "国家主席出席上海合作组织峰会。",  # named after a city, not about it
        "实施交通惠民工程和服务惠民行动。",  # everyday words of official speech
        "建设一河三山生态屏障。",  # a number slogan
        "不断开创新局面，再创新辉煌。",  # 新 is an everyday character
        "京剧和青菜都是好东西。",  # 京, 青 inside words are not provinces
        "美苏争霸已成历史。",  # 美 is no slogan verb here
        "苏东坡的诗词流传千古。",  # 苏东 is inside a name
        "大家都很高兴鲁莽的做法被制止了。",  # 高兴 holds 兴, 鲁莽 holds 鲁
    ],
)
def test_admin_rules_leave_alone(engine: Anonymizer, text: str) -> None:
    assert found(engine, text, "ADMIN") == [], engine.analyze(text)


@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("建好武夷山国家公园。", ["武夷山"]),  # a division's name before 国家公园
        ("若尔盖国家公园的湿地保护得很好。", ["若尔盖"]),
        ("每年都有游客登临黄山。", ["黄山"]),  # a listed landmark without another place
        ("洱海保护治理取得明显成效。", ["洱海"]),
        ("黄鹤楼下游人如织。", ["黄鹤楼"]),
        # the distinctive name without its designation (景区, 古城, 石窟, 开发区 …)
        ("暑假到云冈石窟参观的学生很多。", ["云冈"]),
        ("龙脊梯田的稻子黄了。", ["龙脊"]),
        ("把蓝溪坪景区打造成研学基地。", ["蓝溪坪"]),
        ("澜屿湾经济开发区新落户企业十二家。", ["澜屿湾"]),
    ],
)
def test_landmarks(engine: Anonymizer, text: str, local: list[str]) -> None:
    assert found(engine, text, "LOCAL") == local, engine.analyze(text)
    assert found(engine, text, "ADMIN") == [], engine.analyze(text)


def test_designation_keeps_a_town_of_its_name_out(engine: Anonymizer) -> None:
    # 古城 and 古镇 are the names of towns too: inside a landmark's designation neither
    # is one, and the designation itself is left as it is
    text = "游客在丽江古城里慢慢走，又去了枫泾古镇。"
    assert found(engine, text, "ADMIN") == [], engine.analyze(text)
    assert "古城" in engine.anonymize(text).text


@pytest.mark.parametrize(
    "text", ["我们要让古镇焕发新的活力。", "全省新增国家4A级旅游景区九家。", "游客要走进景区。"]
)
def test_no_landmark_led_in_by_a_verb_or_a_measure(engine: Anonymizer, text: str) -> None:
    assert found(engine, text, "LOCAL") == [], engine.analyze(text)


def test_landmark_spanning_provinces_is_neither(engine: Anonymizer) -> None:
    text = "金沙江和大巴山一带的生态修复要统筹推进。"
    assert [s for s in engine.analyze(text) if s.label in ("ADMIN", "LOCAL")] == []


def test_division_named_like_a_landmark_with_its_suffix(engine: Anonymizer) -> None:
    assert found(engine, "武夷山市召开大会。", "ADMIN") == ["武夷山市"]
    assert found(engine, "黄山市委召开全会。", "ADMIN") == ["黄山"]


def test_group_before_a_title_is_no_person(engine: Anonymizer) -> None:
    assert found(engine, "领导同师生代表亲切交流。", "PERSON") == []
    assert found(engine, "周明远代表发言。", "PERSON") == ["周明远"]
    assert found(engine, "张海燕代表在发言中建议。", "PERSON") == ["张海燕"]


def test_features_file_is_complete_for_its_classes() -> None:
    f = load_features()
    assert len(f.new_areas) == 24  # 19 national-level new areas (1992–2017), 4 provincial, 杨凌
    assert f.landmarks.isdisjoint(f.spanning)
    aliases = load_aliases()
    assert aliases.distinct <= set(aliases.provinces)
    assert "京" not in aliases.distinct and "新" not in aliases.distinct


def test_autonomous_units_have_their_common_names() -> None:
    gaz = Gazetteer()
    assert gaz.by_name["恩施州"][0].name == "恩施土家族苗族自治州"
    assert gaz.by_name["石柱县"][0].name.startswith("石柱")


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        ("浙江省安吉县余村走出了绿色发展之路。", ["浙江省", "安吉县", "余村"]),
        ("花垣县十八洞村的变化很大。", ["花垣县", "十八洞村"]),
        ("他在南文营社区同居民交流。", ["南文营社区"]),  # a community named by no word
        ("建设和谐社区、城乡社区，推进新农村建设，帮扶贫困村。", []),
        ("府谷县农村改革和各村集体经济都有进展。", ["府谷县"]),
        ("海淀区依托中关村科学城推进创新。", ["海淀区"]),
    ],
)
def test_villages_and_communities(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin, engine.analyze(text)


def test_a_name_ends_before_a_verb(engine: Anonymizer) -> None:
    assert found(engine, "副县长东方亮带队检查防汛工作。", "PERSON") == ["东方亮"]


def test_a_company_named_after_a_place_is_no_place(engine: Anonymizer) -> None:
    assert [s.text for s in engine.analyze("阿里巴巴等平台把羊绒卖到了全国。")] == []


def test_a_whole_landmark_word_must_be_a_landmark_suffix(monkeypatch: pytest.MonkeyPatch) -> None:
    # landmark_whole names suffixes the landmark rule reads; one it never reads is a typo
    from sucai.analyze import rules
    from sucai.errors import DataFileError

    doc = dict(rules.load_yaml("features.yaml"))
    doc["landmark_whole"] = ["岛", "群岛"]
    monkeypatch.setattr(rules, "load_yaml", lambda name, path=None: doc)
    with pytest.raises(DataFileError, match="landmark_whole"):
        rules.load_features()


def test_province_neighbours_are_listed_on_both_sides(monkeypatch: pytest.MonkeyPatch) -> None:
    from sucai.analyze import rules
    from sucai.errors import DataFileError

    near = rules.load_features().neighbours
    assert "62" in near["15"] and "15" in near["62"]  # 甘肃 and 内蒙古 share a border
    assert "44" not in near["11"]
    doc = dict(rules.load_yaml("features.yaml"))
    doc["province_neighbours"] = {"11": ["12"], "12": []}
    monkeypatch.setattr(rules, "load_yaml", lambda name, path=None: doc)
    with pytest.raises(DataFileError, match="one side only"):
        rules.load_features()


def test_a_national_zone_named_unlike_its_district(engine: Anonymizer) -> None:
    # 杨凌 (the 示范区 holding 杨陵区) is found like a national new area
    assert found(engine, "杨凌的旱作农业技术推广到了中亚。", "ADMIN") == ["杨凌"]
    assert found(engine, "杨凌示范区今年新增企业两百家。", "ADMIN") == ["杨凌示范区"]
