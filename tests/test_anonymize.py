"""Anonymize and localize: recognizers as tables (Presidio's style), operators, the engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import found
from sucai.analyze import Anonymizer
from sucai.cli import app


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("府谷县召开劳模表彰大会。", ["府谷县"]),
        ("为府谷经济社会高质量发展贡献力量。", ["府谷"]),
        ("奋力建设美丽河北，推动郑州都市圈建设。", ["河北", "郑州"]),
        ("湖北省委召开会议，榆林市和平武县的同志参加。", ["湖北", "榆林市", "平武县"]),
        ("天津市和平区的职工代表发言。", ["天津市", "和平区"]),
        ("襄樊的老同志回忆往事。", ["襄樊"]),  # a former name still pins the place
        ("推进川渝合作，打造豫农优品。", ["川渝", "豫"]),
        ("澜屿市召开大会。澜屿工匠受到表彰。", ["澜屿市", "澜屿"]),  # not in any gazetteer
    ],
)
def test_admin_found(engine: Anonymizer, text: str, expected: list[str]) -> None:
    assert found(engine, text, "ADMIN") == expected


@pytest.mark.parametrize(
    "text",
    [
        "维护世界和平，促进共同发展。",
        "要统筹发展和安全，推动长安久治。",
        "东方欲晓，莫道君行早。",
        "加快开发区建设，做好资源开发和合作共赢。",
        "他犹豫了一下，希冀着晋升。",
        "全县上下要建设示范县、争当先进县。",
        "在全市推开试点，各市县要跟进。",
        "城市长效管理机制要健全。",
    ],
)
def test_ordinary_words_are_not_places(engine: Anonymizer, text: str) -> None:
    assert found(engine, text, "ADMIN") == [], engine.analyze(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("省长 王凯作报告。", ["王凯"]),
        ("县委书记　周明远出席会议并讲话。", ["周明远"]),
        ("王凯同志主持会议。", ["王凯"]),
        ("市委副书记、市长林远航在会上指出", ["林远航"]),
        ("欧阳明华同志强调", ["欧阳明华"]),
        ("习近平总书记指出，劳动创造幸福。", []),  # a national leader, kept by default
        ("局长和副局长都参加了会议。", []),
    ],
)
def test_person_found(engine: Anonymizer, text: str, expected: list[str]) -> None:
    assert found(engine, text, "PERSON") == expected


def test_leaders_are_masked_when_asked() -> None:
    strict = Anonymizer(keep_leaders=False)
    assert found(strict, "习近平总书记指出", "PERSON") == []  # no title before, no 同志 after
    assert found(strict, "主席习近平出席", "PERSON") == ["习近平"]


def test_local_names_and_levels(engine: Anonymizer) -> None:
    text = "当代郢匠在金陵相聚。全市上下，市委书记要带头，我县和全旗也要跟上。"
    assert found(engine, text, "LOCAL") == ["郢匠", "金陵"]
    assert found(engine, text, "LEVEL") == ["全市", "市委书记", "我县", "全旗"]


def test_mask_tag_keep_and_idempotence(engine: Anonymizer) -> None:
    text = "府谷县委书记周明远强调，要弘扬劳模精神。"
    masked = engine.anonymize(text)
    assert masked.text == "**县委书记**强调，要弘扬劳模精神。"
    assert engine.anonymize(masked.text).text == masked.text
    assert [s.text for s in engine.anonymize(masked.text).changes] == []
    tagged = engine.anonymize(text, style="tag")
    assert tagged.text == "〔地名〕县委书记〔人名〕强调，要弘扬劳模精神。"
    assert engine.anonymize(tagged.text, style="tag").text == tagged.text
    assert engine.anonymize(text, style="keep").text == text
    # Every change is recorded with offsets into the input.
    for s in masked.changes:
        assert text[s.start : s.end] == s.text and s.replacement == "**"
    with pytest.raises(Exception, match="use mask, tag or keep"):
        engine.anonymize(text, style="blur")


def test_localize_city_passage_to_a_county(engine: Anonymizer) -> None:
    text = "全市劳动群众要在**市委的领导下，为**高质量发展建功立业。市长强调，我市要办好实事。"
    result = engine.localize(text, "府谷县")
    assert result.text == (
        "全县劳动群众要在府谷县委的领导下，为府谷高质量发展建功立业。县长强调，我县要办好实事。"
    )
    changed = [(s.text, s.replacement) for s in result.changes]
    assert ("全市", "全县") in changed and ("市长", "县长") in changed and ("**", "府谷") in changed


def test_localize_names_the_target_levels(engine: Anonymizer) -> None:
    town = engine.localize("全市要抓好安全生产，市委书记亲自部署。", "榆林市")
    assert town.text == "全市要抓好安全生产，市委书记亲自部署。"  # same level: nothing to do
    banner = engine.localize("全县上下，县委书记、县长带头。", "准格尔旗")
    assert banner.text == "全旗上下，旗委书记、旗长带头。"
    province = engine.localize("全市上下，市委书记带头，陕西省委部署。", "府谷县")
    assert "陕西省" in province.text or "陕西" in province.text
    with pytest.raises(Exception, match="ambiguous"):
        engine.localize("全市", "朝阳")


def test_cli_json_contract(tmp_path: Path) -> None:
    runner = CliRunner()
    src = tmp_path / "p.txt"
    src.write_text("府谷县委书记周明远强调,要弘扬劳模精神。", encoding="utf-8")
    result = runner.invoke(app, ["anonymize", str(src), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["text"] == "**县委书记**强调，要弘扬劳模精神。"  # cleaned: full-width comma
    keys = {"start", "end", "text", "label", "replacement", "recognizer", "score"}
    assert all(keys <= set(s) for s in data["spans"])
    raw = runner.invoke(app, ["anonymize", str(src), "--json", "--raw"])
    assert "," in json.loads(raw.stdout)["text"]
    piped = runner.invoke(app, ["localize", "-", "--place", "府谷县", "--json"], input="全市**人民")
    assert json.loads(piped.stdout)["text"] == "全县府谷人民"
    tagged = runner.invoke(app, ["anonymize", "-", "--style", "tag", "-q"], input="省长王凯讲话")
    assert tagged.stdout.strip() == "省长〔人名〕讲话"


def test_seed_leaks_are_found(engine: Anonymizer, seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    result = engine.anonymize(text)
    for leaked in ("府谷", "平武", "湖北"):
        assert leaked not in result.text, leaked
    labels = {s.text: s.label for s in result.spans}
    assert labels.get("府谷") == "ADMIN" and labels.get("平武") == "ADMIN"
    assert "全旗" in [s.text for s in result.spans if s.label == "LEVEL"]
    assert any("郢" in s.text for s in result.spans if s.label == "LOCAL")


def test_localize_the_peoples_organisations(engine: Anonymizer) -> None:
    result = engine.localize("市妇联、团市委、市残联和市科协联合开展活动。", "府谷县")
    assert result.text == "县妇联、团县委、县残联和县科协联合开展活动。"
    found = [(s.text, s.label) for s in engine.analyze("洛阳市妇联开展活动。")]
    assert found == [("洛阳", "ADMIN"), ("市妇联", "LEVEL")]
