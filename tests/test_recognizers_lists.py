"""Rules for the error classes of the second held-out set: places listed before a count
and a level character, joined and slogan abbreviations, leaders' names, level words of
autonomous regions, set phrases that hold a place name by chance.

Each rule has positive and negative rows; all sentences are our own.
"""

from __future__ import annotations

import pytest

from sucai.analyze import Anonymizer


def labelled(engine: Anonymizer, text: str, label: str) -> list[str]:
    return [s.text for s in engine.analyze(text) if s.label == label]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names listed before a count and a level character, the first after its county
        ("全力推进湟中拦隆口、多巴两镇供水工程。", ["湟中", "拦隆口", "多巴"]),
        ("完成青禾、岚坪和苇溪三个村的道路硬化。", ["青禾", "岚坪", "苇溪"]),
        # two abbreviations joined beside a sibling pair, or before joint work
        ("深化沪港、沪澳合作，扩大沪台交流。", ["沪港", "沪澳", "沪台"]),
        ("积极促进京台交流合作。", ["京台"]),
        # SAR abbreviations in the 治X family
        ("坚持依法治港治澳。", ["港", "澳"]),
        ("落实爱国者治港原则。", ["港"]),
        # a place beside a leader's name is still a place
        ("长春、德江两地合作。", ["长春", "德江"]),
        ("青海的湖水很蓝。", ["青海"]),
        # a list of counties and districts, one found alone: the ordinary words too
        ("区里借鉴朝阳、和平、静安、长寿的做法。", ["朝阳", "和平", "静安", "长寿"]),
    ],
)
def test_lists_find(engine: Anonymizer, text: str, expected: list[str]) -> None:
    assert labelled(engine, text, "ADMIN") == expected, engine.analyze(text)


@pytest.mark.parametrize(
    "text",
    [
        "东部、西部两区协同发展。",  # words, not names
        "道路硬化、绿化亮化两村同步推进。",  # two words each, not names
        "在这里、那里两村走访。",  # function characters
        "青禾、岚坪、苇溪两村合并。",  # the count is not the number of names
        "老人常说起当年的进京台阶。",  # 京台 cut across words, nothing beside it
        "依法治港口乱象。",  # 港口 is a word
        "李强、王沪宁、蔡奇同志出席。",  # 沪宁 in a leader's name
        "李长春同志视察。",  # 长春 in a leader's name
        "岱青海蓝绘新景。",  # a set phrase of landscape and colour words
        "落实昆明－蒙特利尔全球生物多样性框架。",  # named after the city, not about it
        "坚持和平、发展、合作、共赢。",  # county names that are words, none a place here
    ],
)
def test_lists_leave_alone(engine: Anonymizer, text: str) -> None:
    assert labelled(engine, text, "ADMIN") == [], engine.analyze(text)


def test_names_listed_before_comrade(engine: Anonymizer) -> None:
    assert labelled(engine, "张长春、刘德江同志参加会议。", "PERSON") == ["张长春", "刘德江"]
    assert labelled(engine, "张长春、刘德江同志参加会议。", "ADMIN") == []
    # a leader in the list stays unmasked; the other names are names
    text = "李强、张德海同志出席。"
    assert labelled(engine, text, "PERSON") == ["张德海"]
    strict = Anonymizer(keep_leaders=False)
    assert labelled(strict, "王沪宁同志出席。", "PERSON") == ["王沪宁"]


def test_level_words_of_autonomous_regions(engine: Anonymizer) -> None:
    text = "自治区人大、自治区政协负责同志出席。"
    assert labelled(engine, text, "LEVEL") == ["自治区人大", "自治区政协"]
    assert labelled(engine, "特别行政区政府依法施政。", "LEVEL") == []
    assert labelled(engine, "区政府召开常务会议。", "LEVEL") == ["区政府"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("当年工人们在长辛店办起了夜校。", ["长辛店"]),
        ("会议在巴彦浩特召开。", ["巴彦浩特"]),
        ("中关村的企业越来越多。", []),  # a listed landmark (LOCAL)
        ("巴丹吉林沙漠的湖泊群申遗成功。", []),  # the desert
        ("达斡尔族的传统节日很热闹。", []),  # the people
    ],
)
def test_town_words(engine: Anonymizer, text: str, expected: list[str]) -> None:
    assert labelled(engine, text, "ADMIN") == expected, engine.analyze(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("尊敬的卡洛斯代理主席，女士们，先生们：", ["卡洛斯"]),
        ("尊敬的古特雷斯秘书长，", ["古特雷斯"]),
        ("尊敬的马克龙总统阁下，", []),  # a head of state, kept like the leaders
        ("尊敬的主席先生，各位来宾：", []),  # a title, not a name
        ("尊敬的各位来宾：", []),
        ("尊敬的非洲联盟委员会主席先生，", []),  # an organisation
        ("尊敬的习近平主席，", []),  # a leader, kept
    ],
)
def test_addressed_names(engine: Anonymizer, text: str, expected: list[str]) -> None:
    assert labelled(engine, text, "PERSON") == expected, engine.analyze(text)


def test_addressed_heads_are_masked_when_asked() -> None:
    strict = Anonymizer(keep_leaders=False)
    assert labelled(strict, "尊敬的马克龙总统阁下，", "PERSON") == ["马克龙"]


def test_a_roll_of_names_each_with_its_points(engine: Anonymizer) -> None:
    text = "党员积分公示：鲁德福98分、钱秀芝96分、甘立民95分、符玉兰93分、蒋某某81分。"
    assert labelled(engine, text, "PERSON") == ["鲁德福", "钱秀芝", "甘立民", "符玉兰", "蒋"]
    text = "积分公示：次仁拉姆32分、格桑30分、平措30分、边巴25分。"
    assert labelled(engine, text, "PERSON") == ["次仁拉姆", "格桑", "平措", "边巴"]
    assert labelled(engine, "期末考试语文98分、数学96分、英语95分。", "PERSON") == []


def test_a_list_of_names_that_a_list_of_things_follows_in_the_same_run(
    engine: Anonymizer,
) -> None:
    # the run of 、 items goes on past the names (…五名讲解员讲了一只水壶、一盏马灯): the
    # list of names ends in the item where the names stop
    text = "会上，林雪、苏思远、拓小军、呼延丽、惠建涛五名讲解员从一只水壶、一盏马灯讲起。"
    assert labelled(engine, text, "PERSON") == ["林雪", "苏思远", "拓小军", "呼延丽", "惠建涛"]
