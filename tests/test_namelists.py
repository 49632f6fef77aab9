"""Lists of people joined by 、: every item is a name once the list shows it lists people
(sentences written for these tests)."""

import pytest

from conftest import found
from sucai.analyze import Anonymizer


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # closed by a title in quotes, no 等: one item read by the rules is enough
        (
            "镇党委决定，授予副镇长洪文静、邵春林、贝晓光“优秀共产党员”称号。",
            ["洪文静", "邵春林", "贝晓光"],
        ),
        # a count of people after the last name
        ("那年冬天，卢德厚、訾福全、滕有才三位老兵守住了渡口。", ["卢德厚", "訾福全", "滕有才"]),
        # a place before each name is no part of it
        (
            "表扬东关镇柏秀琴、西坪乡严立新、河口镇桂春生三名网格员。",
            ["柏秀琴", "严立新", "桂春生"],
        ),
        # three likely given names, closed by a semicolon
        (
            "出席会议的有：秦海涛、鲍玉珍、祁建英；列席的有各部门负责人。",
            ["秦海涛", "鲍玉珍", "祁建英"],
        ),
    ],
)
def test_lists_of_people(engine: Anonymizer, text: str, names: list[str]) -> None:
    assert found(engine, text, "PERSON") == names


@pytest.mark.parametrize(
    "text",
    [
        "高端、绿色、智能等产业加快发展。",  # words
        "推动白酒、茶叶、中药材产业提质增效。",
        "成立了由我任组长，李强、王沪宁同志任副组长的起草组。",  # leaders quoted as such
    ],
)
def test_lists_that_are_not_people(engine: Anonymizer, text: str) -> None:
    assert found(engine, text, "PERSON") == []


def test_no_function_word_ends_a_listed_name(engine: Anonymizer) -> None:
    names = found(engine, "他同邹德海、柯明远等同志一起开辟了根据地。", "PERSON")
    assert names == ["邹德海", "柯明远"]


def test_two_names_after_a_role(engine: Anonymizer) -> None:
    text = "暴雨那夜，他和同事凌和平、岑海燕一起转移了八十多位群众。"
    assert found(engine, text, "PERSON") == ["凌和平", "岑海燕"]


def test_award_lists_with_towns_before_each_name(engine: Anonymizer) -> None:
    text = (
        "县委决定，授予青石县柳河镇房秀梅、白沙县石门乡侯国庆、"
        "落霞县雁鸣镇索朗卓玛等三名同志“优秀共产党员”称号。"
    )
    assert found(engine, text, "PERSON") == ["房秀梅", "侯国庆", "索朗卓玛"]


def test_a_list_that_opens_after_other_items(engine: Anonymizer) -> None:
    # 省委、省政府决定授予…: the run's head is no list; the names start in its second item
    text = "市委、市政府决定授予青石县柳河村鄢家旺、白沙县理化乡缪建国“先进个人”称号。"
    assert found(engine, text, "PERSON") == ["鄢家旺", "缪建国"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("护河队的队员有季长春、顾海军、陆爱民等二十多人。", ["季长春", "顾海军", "陆爱民"]),
        ("今年的“最美乡村教师”，他们是：杨 帆、陈 静、马国梁。", ["杨 帆", "陈 静", "马国梁"]),
        ("游客进村时，她就和朴英子、崔美善一起跳起长鼓舞。", ["朴英子", "崔美善"]),
        ("她带着艾力、马晓燕等几名志愿者走访。", ["艾力", "马晓燕"]),
    ],
)
def test_lists_of_people_by_their_frame(engine: Anonymizer, text: str, names: list[str]) -> None:
    assert found(engine, text, "PERSON") == names


def test_a_lead_in_glued_to_the_first_name(engine: Anonymizer) -> None:
    assert found(engine, "他们是乔文明、尚向阳。", "PERSON") == ["乔文明", "尚向阳"]


def test_a_roll_set_apart_by_wide_spaces(engine: Anonymizer) -> None:
    text = "授予“优秀个人”称号（按姓氏笔画排序）：王　伟　叶成林　包秀琴　朱国庆　许　静"
    assert found(engine, text, "PERSON") == ["王　伟", "叶成林", "包秀琴", "朱国庆", "许　静"]
    text = "主要任务：抓党建　强基础　促发展　惠民生"
    assert found(engine, text, "PERSON") == []


def test_a_speakers_label_in_an_interview(engine: Anonymizer) -> None:
    text = "记者：您最大的感受是什么？\n玉罕：我是土生土长的瑞丽傣家人。\n主持人：请介绍一下。"
    assert found(engine, text, "PERSON") == ["玉罕"]
