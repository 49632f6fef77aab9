"""Outline (headings and parallel leads) and themes (tagging, filters, key phrases)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sucai import Library
from sucai.analyze.outline import outline_text
from sucai.analyze.themes import ThemeTagger, key_phrases
from sucai.cli import app

SPEECH = """在青禾县职工代表大会上的讲话
同志们：
一、把握新形势
今年全县工会工作开局良好。
二、明确新任务
“咱们工人有力量”，要当好推动发展的主力军。“劳动创造幸福”，要当好创新创造的生力军。“匠心成就梦想”，要当好技能报国的排头兵。
一是抓技能提升，二是抓权益维护，三是抓阵地建设。
"""


def test_outline_headings_and_parallel_leads() -> None:
    text, nodes = outline_text(SPEECH)
    kinds = [(n.kind, n.level, n.text) for n in nodes]
    assert ("heading", 1, "一、把握新形势") in kinds and ("heading", 1, "二、明确新任务") in kinds
    leads = [n for n in nodes if n.kind == "lead"]
    assert [n.text for n in leads if n.marker == "要当好"] == [
        "要当好推动发展的主力军",
        "要当好创新创造的生力军",
        "要当好技能报国的排头兵",
    ]
    assert [n.marker for n in leads if n.marker.endswith("是")] == ["一是", "二是", "三是"]
    assert all(n.level == 2 for n in leads)
    assert all(text[n.start : n.end] == n.text for n in nodes)


def test_outline_of_the_seed(seed_path: Path) -> None:
    _, nodes = outline_text(seed_path.read_text(encoding="utf-8"))
    assert [n.text for n in nodes if n.kind == "excerpt"] == ["1", "2", "3", "4", "5"]
    assert len([n for n in nodes if n.kind == "heading" and n.text.startswith("第")]) == 4
    assert len([n for n in nodes if n.kind == "lead" and n.marker == "要当好"]) == 4


def test_theme_tagging_and_expansion() -> None:
    tagger = ThemeTagger()
    weights = tagger.tag("要大力弘扬劳模精神和工匠精神，抓好安全生产和隐患排查。")
    assert weights["劳模精神"] >= 2 and weights["工匠精神"] >= 2 and weights["安全生产"] >= 3
    assert "劳动精神" not in weights
    words = tagger.expand("劳模座谈会")
    assert words[0] == "劳模座谈会" and "劳模精神" in words and "劳动模范" in words


def test_library_themes_filter_and_key_phrases(tmp_path: Path, sample_text: str) -> None:
    (tmp_path / "a.txt").write_text(sample_text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "在安全生产会议上的讲话\n要压紧压实安全生产责任，抓好隐患排查整治，各级工会要参与监督。\n",
        encoding="utf-8",
    )
    with Library(tmp_path / "lib.db") as lib:
        lib.add([tmp_path / "a.txt", tmp_path / "b.txt"])
        data = lib.themes()
        themes = {t["theme"]: t for t in data["themes"]}
        assert themes["安全生产"]["documents"] == 1 and themes["劳模精神"]["documents"] == 1
        hits = lib.search("工会", themes=["安全生产"])
        assert hits and all("安全生产" in h.text for h in hits)
        assert all(" " not in p["phrase"] for p in data["key_phrases"])
    assert key_phrases([]) == []
    runner = CliRunner()
    res = runner.invoke(app, ["themes", "--db", str(tmp_path / "lib.db"), "--json"])
    assert res.exit_code == 0 and "themes" in json.loads(res.stdout)
    res = runner.invoke(app, ["outline", "-", "--json"], input=SPEECH)
    assert res.exit_code == 0 and any(n["kind"] == "lead" for n in json.loads(res.stdout))
