"""check: dated formulation rules, leaked names, mixed level words."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import canonical
from sucai.analyze.check import Checker, load_rules
from sucai.cli import app

RULES, EVENTS = load_rules()


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def test_rules_load_with_sources() -> None:
    assert len(RULES) >= 30
    assert {r.kind for r in RULES} == {"stale", "year", "wrong"}
    assert all(ev["source"] for ev in EVENTS.values())
    assert EVENTS["congress-20"]["date"] == dt.date(2022, 10, 16)
    assert all(r.why and r.example_stale and r.example_fine for r in RULES)


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_each_rule_flags_its_example_and_spares_the_fine_one(
    checker: Checker, rule: object
) -> None:
    from sucai.analyze.check import Rule

    assert isinstance(rule, Rule)
    day = dt.date(2026, 11, 24) if rule.kind != "year" else dt.date(max(rule.years) + 1, 6, 1)
    assert rule.id in [f.rule for f in checker.formulations(rule.example_stale, day)]
    assert rule.id not in [f.rule for f in checker.formulations(rule.example_fine, day)]
    if rule.kind == "year":  # right in its own year
        own = dt.date(rule.years[0], 6, 1)
        assert rule.id not in [f.rule for f in checker.formulations(rule.example_stale, own)]


def test_as_of_decides(checker: Checker) -> None:
    sentence = "全市职工要以新的业绩迎接党的二十大胜利召开。"
    assert checker.check(sentence, "2022-05-01", names=False).findings == []
    late = checker.check(sentence, "2026-11-24", names=False).findings
    assert [f.kind for f in late] == ["stale"]
    assert late[0].since == "2022-10-16" and "二十大" in late[0].suggest


def test_historical_citation_is_not_stale(checker: Checker) -> None:
    text = "党的十九大报告指出，要弘扬劳模精神和工匠精神。"
    assert checker.check(text, "2026-11-24", names=False).findings == []


def test_wrong_forms_and_fix(checker: Checker) -> None:
    consciousness, confidences = canonical("four_consciousness"), canonical("four_confidences")
    swapped = "、".join(reversed(consciousness.split("、")[:2])) + consciousness[9:]
    reordered = "、".join(reversed(confidences.split("、")[:2])) + confidences[9:]
    text = f"要增强{swapped}，坚定{reordered}。"
    result = checker.check(text, "2026-11-24", names=False)
    assert [f.kind for f in result.findings] == ["wrong", "wrong"]
    fixed = result.fixed()
    assert consciousness in fixed
    assert confidences in fixed
    assert checker.check(fixed, "2026-11-24", names=False).findings == []


def test_leaks_and_mixed_levels(checker: Checker) -> None:
    text = "全市上下要努力。府谷县委书记周明远强调，全市要抓落实，全县也要跟上。"
    kinds = [(f.kind, f.text) for f in checker.check(text, "2026-11-24").findings]
    assert ("leak", "府谷") in kinds and ("leak", "周明远") in kinds
    assert ("mixed-level", "全县") in kinds
    assert not any(k == "mixed-level" and t == "全市" for k, t in kinds)


def test_seed_is_flagged(checker: Checker, seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    late = checker.check(text, "2026-11-24")
    stale = {f.text for f in late.findings if f.kind == "stale"}
    assert any("迎接党的二十大胜利召开" in s for s in stale)
    assert any("十九大精神" in s for s in stale)
    assert any("疫情防控形势" in s for s in stale)
    assert any("脱贫攻坚" in s for s in stale)
    leaks = {f.text for f in late.findings if f.kind == "leak"}
    assert {"府谷", "平武", "湖北"} <= leaks
    early = checker.check(text, "2022-05-01", names=False)
    assert not any(f.kind == "stale" and "二十大" in f.text for f in early.findings)


def test_cli_check_json_and_fix(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "要坚定理论自信、道路自信、制度自信、文化自信,迎接党的二十大胜利召开。", "utf-8"
    )
    runner = CliRunner()
    res = runner.invoke(app, ["check", str(draft), "--as-of", "2026-11-24", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["as_of"] == "2026-11-24"
    assert {f["kind"] for f in data["findings"]} >= {"wrong", "stale"}
    keys = {"start", "end", "text", "kind", "rule", "why", "suggest"}
    assert all(keys <= set(f) for f in data["findings"])
    fixed = runner.invoke(app, ["check", str(draft), "--fix"])
    assert "道路自信、理论自信" in fixed.stdout
    bad = runner.invoke(app, ["check", str(draft), "--as-of", "yesterday"])
    assert bad.exit_code == 1
