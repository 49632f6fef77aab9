"""The name model: its data file is checked when loaded, it adds names the rules leave,
and it leaves the words of official prose alone (sentences written for these tests)."""

import json

import pytest

from conftest import found
from sucai.analyze import Anonymizer
from sucai.analyze.namescore import FEATURES, load_name_model, model_info
from sucai.errors import DataFileError
from sucai.resources import read_data_text


def _doc() -> dict[str, object]:
    doc: dict[str, object] = json.loads(read_data_text("name_model.json"))
    return doc


def test_shipped_model_loads_with_every_feature() -> None:
    model = load_name_model()
    assert len(model.weights) == len(FEATURES)
    assert 0.5 <= model.threshold < 1.0
    # the surname prior tells surnames from word openings
    assert model.surname_score("李") > 5 > model.surname_score("国")
    assert model.surname_score("党") < 1.0
    info = model_info()
    assert "local16" in info["trained_on"]
    assert set(info["cross_validated"]["rules_and_model"]) >= {"own"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["weights"].pop("given"), "missing ['given']"),
        (lambda d: d["weights"].update(extra=1.0), "unknown ['extra']"),
        (lambda d: d.update(threshold=1.5), "between 0 and 1"),
        (lambda d: d.update(bias=float("nan")), "finite numbers"),
        (lambda d: d.update(surname_scores={"欧阳": 1.0}), "single characters"),
    ],
)
def test_a_broken_model_file_names_the_fix(change: object, message: str) -> None:
    doc = _doc()
    change(doc)  # type: ignore[operator]
    with pytest.raises(DataFileError) as err:
        load_name_model(json.dumps(doc, ensure_ascii=False))
    assert message in str(err.value)
    assert "name_model.json" in str(err.value)


def test_not_json_is_an_error_naming_the_script() -> None:
    with pytest.raises(DataFileError, match="train_name_model"):
        load_name_model("{not json")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("原来是谌晓兰在帮忙。", "谌晓兰"),  # no role, no title: the model alone
        ("养蜂人常青退休后又带头种树。", "常青"),  # a word as a name
    ],
)
def test_the_model_adds_names_the_rules_leave(engine: Anonymizer, text: str, name: str) -> None:
    spans = [s for s in engine.analyze(text) if s.label == "PERSON"]
    assert [s.text for s in spans] == [name]
    assert spans[0].recognizer == "name-score"
    assert spans[0].reason.startswith("name model")


@pytest.mark.parametrize(
    "text",
    [
        "我们要坚持高水平开放，确保党永葆生机活力。",  # 党 opens words, not names
        "团结工人、农民和广大知识分子。",  # 和 is a conjunction
        "要集中人民智慧，凝聚奋进力量。",
        "“海兰江”牌大米今年又卖上了好价钱。",  # a brand in quotes
        "支持京东方、惠科等重大项目尽快投产。",  # a firm in a list
        "国家主席习近平和夫人彭丽媛出席欢迎仪式。",  # quoted as such, like a leader
        "全球首场马拉松比赛在这里举行。",
    ],
)
def test_official_prose_keeps_its_words(engine: Anonymizer, text: str) -> None:
    assert found(engine, text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "重点面向妇女和青年，提供六万个研修名额。",  # 和 is never a surname for the model
        "把招工用工权真正交给企业。",  # 权 opens words more than names, no role before it
        "由我担任组长，王沪宁、丁薛祥同志担任副组长。",  # nothing inside a leader's name
    ],
)
def test_the_model_leaves_function_words_and_leaders(engine: Anonymizer, text: str) -> None:
    assert found(engine, text, "PERSON") == []


def test_a_true_weight_is_no_number() -> None:
    doc = _doc()
    doc["weights"]["given"] = True  # type: ignore[index]
    with pytest.raises(DataFileError, match="finite numbers"):
        load_name_model(json.dumps(doc, ensure_ascii=False))


def test_compound_surnames_whose_head_is_no_surname(engine: Anonymizer) -> None:
    # 宇 of 宇文 is no surname alone: the scan must still open there
    assert found(engine, "原来是宇文晓兰在帮忙。", "PERSON") == ["宇文晓兰"]
