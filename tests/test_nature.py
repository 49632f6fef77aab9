"""Natural features as LOCAL names (analyze/nature.py): rivers, lakes and mountains a
report names without a list of them. All sentences are our own."""

from __future__ import annotations

import pytest

from conftest import found
from sucai.analyze import Anonymizer
from sucai.analyze.rules import load_features


@pytest.mark.parametrize(
    ("text", "local"),
    [
        # a proper noun of the segmenter's dictionary
        ("今年夏天我们一起去阳澄湖边走走。", ["阳澄湖"]),
        ("当年修建的水渠把石羊河的水引到了村里。", ["石羊河"]),
        # a name before a feature cue
        ("全面加强浑河流域水污染防治。", ["浑河"]),
        ("练江沿岸的印染企业全部入园。", ["练江"]),
        ("茅洲河水质连续三年稳定达标。", ["茅洲河"]),
        ("西苕溪流域的毛竹林连片成荫。", ["西苕溪"]),
        ("盘阳河两岸的民宿家家客满。", ["盘阳河"]),
        # a verb of rivers and mountains before it
        ("三条支沟最终汇入石羊河。", ["石羊河"]),
        ("要守护好隆务河两岸的青山。", ["隆务河"]),
    ],
)
def test_natural_features(engine: Anonymizer, text: str, local: list[str]) -> None:
    assert found(engine, text, "LOCAL") == local, engine.analyze(text)


@pytest.mark.parametrize(
    "text",
    [
        "绿水青山就是金山银山。",  # a slogan of the same shape
        "推进城市内河治理，保护好母亲河。",  # ordinary words
        "确保入湖河道水质稳定达标。",  # a verb and its water
        "沿江地区要加快产业转型。",
        "力争实现碳达峰目标。",
        "代表团一行参观了塞纳河畔的博物馆。",  # a river abroad
        "长江流域和黄河流域的生态保护要统筹推进。",  # across provinces
        "一片白沙滩挨着村子。",
        "大家都叫他梁晓峰。",  # a person's name of the same shape
    ],
)
def test_no_natural_feature(engine: Anonymizer, text: str) -> None:
    assert found(engine, text, "LOCAL") == [], engine.analyze(text)


def test_a_village_named_after_its_river_is_left_to_the_division(engine: Anonymizer) -> None:
    # 洛古河村 is a village: the feature recognizer does not take 洛古河 out of it
    text = "今年洛古河村建成了一个边境民宿集群。"
    assert found(engine, text, "LOCAL") == [], engine.analyze(text)


def test_a_feature_found_by_another_recognizer_is_not_found_twice(engine: Anonymizer) -> None:
    # 洱海 is a listed landmark: one span, from the list
    spans = [s for s in engine.analyze("洱海流域的村庄都建了污水处理站。") if s.label == "LOCAL"]
    assert [(s.text, s.recognizer) for s in spans] == [("洱海", "landmark-list")]


def test_nature_lists_are_checked_when_loaded() -> None:
    f = load_features()
    assert "河" in f.nature_words and "流域" in f.nature_cues_after
    assert "江山" in f.not_nature and "塞纳河" in f.foreign_features
    ends = f.nature_words + f.site_words
    assert all(w.endswith(ends) for w in f.not_nature | f.foreign_features)


@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("庐州的夏天来得早。", ["庐州"]),  # a historical name of a city
        ("三湘大地处处是新气象。", ["三湘"]),  # a literary name of a province
        ("晋阳湖公园建成开放。", ["晋阳湖"]),  # a lake named after the city's old name
        ("游客都说锡都的夜景好看。", ["锡都"]),  # a city's nickname after what it makes
        ("一定要让日光城以最美的面貌迎客。", ["日光城"]),  # three characters, glued to 以
        ("每一片林都有人管护。", []),  # 都 as "all"
    ],
)
def test_other_names_of_places(engine: Anonymizer, text: str, local: list[str]) -> None:
    assert found(engine, text, "LOCAL") == local, engine.analyze(text)


def test_other_name_before_a_division_suffix_is_the_division(engine: Anonymizer) -> None:
    text = "金城村的渔民天不亮就出海了。"  # a village named like 兰州's old name
    assert "金城" not in found(engine, text, "LOCAL"), engine.analyze(text)
    assert found(engine, "八闽乡村处处有新景。", "LOCAL") == ["八闽"]  # 乡村 is a word


def test_region_named_by_initials(engine: Anonymizer) -> None:
    # 西海固 (西吉, 海原, 固原) stands for the dry hills, a region of its own name, as
    # 21 of 26 gold labels have it
    assert found(engine, "西海固的群众搬进了新居。", "LOCAL") == ["西海固"]
    assert found(engine, "西海固的群众搬进了新居。", "ADMIN") == []
    # the irrigation works bare, the city with its level word
    text = "都江堰灌溉了千万亩良田，都江堰市召开了会议。"
    assert found(engine, text, "LOCAL") == ["都江堰"]
    assert found(engine, text, "ADMIN") == ["都江堰市"]


@pytest.mark.parametrize(
    "text",
    [
        "监测员在巡查中发现后山出现裂缝。",  # a verb inside the would-be name
        "村前有一条河流过。",  # a measure word
        "合理利用河畔空地。",  # a verb of work on land glued to the feature
    ],
)
def test_no_feature_across_words_of_the_sentence(engine: Anonymizer, text: str) -> None:
    assert found(engine, text, "LOCAL") == [], engine.analyze(text)


def test_programmes_known_by_a_coined_name(engine: Anonymizer) -> None:
    assert found(engine, "暑假里，“村超”球场上座无虚席。", "LOCAL") == ["村超"]
    assert found(engine, "积分可以在村超市兑换日用品。", "LOCAL") == []  # 村|超市


def test_listed_landmarks_and_a_peoples_terraces(engine: Anonymizer) -> None:
    assert found(engine, "塞罕坝的林子一年比一年密。", "LOCAL") == ["塞罕坝"]
    # 哈尼 is a people: the terraces' name is kept whole, not trimmed to the people
    assert found(engine, "哈尼梯田的稻子熟了。", "LOCAL") == ["哈尼梯田"]


@pytest.mark.parametrize(
    "text",
    [
        "加强界河治理。",
        "他这人说话信口开河。",
        "这条江沿岸的企业全部搬迁。",
        "新建宿舍楼和石拱桥各一座。",
        "洪都拉斯代表团来访。",
        "今年夏都很热。",
        "曾任外镇副镇长。",
        "他去城东打工。",
    ],
)
def test_ordinary_words_of_the_same_shapes(engine: Anonymizer, text: str) -> None:
    found_ = [s for s in engine.analyze(text) if s.label in ("ADMIN", "LOCAL")]
    assert found_ == [], found_


def test_rivers_and_lakes_at_their_banks(engine: Anonymizer) -> None:
    # a water named after a county, then its bank: the water, not the county
    text = "于都河畔的纪念馆里，老人们常说起柳江边的夜市。"
    assert found(engine, text, "LOCAL") == ["于都河", "柳江"]
    assert found(engine, text, "ADMIN") == []
    # a longer river or a preposition before 江边 stays as it was
    text = "一家人从江边搬上了半山，太湖边游人如织。"
    assert found(engine, text, "LOCAL") == []


@pytest.mark.parametrize(
    ("text", "local"),
    [
        # weak cues: on a mountain, relying on it, within a county, near it
        ("老护林员在紫柏山上守了三十年。", ["紫柏山"]),
        ("全镇依托百魔洞发展康养旅游。", ["百魔洞"]),
        ("入夏以来县境内台兰河水位上涨。", ["台兰河"]),
        # … not beside an ordinary word or the sea
        ("他们在光秃秃的红土山上种树。", []),
        ("沿江芦苇滩上搭起了观鸟台。", []),
        ("大力发展海上风电。", []),
    ],
)
def test_features_beside_weak_cues(engine: Anonymizer, text: str, local: list[str]) -> None:
    assert found(engine, text, "LOCAL") == local
