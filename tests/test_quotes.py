"""Quotable lines (金句): scores, reasons, mining offsets, the rules file, real speeches.

Every sentence here is our own; the corpus test reads the shared seed at test time and
asserts only on short key phrases.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from sucai.analyze.quotes import NEGATIVE, POSITIVE, Quote, QuoteScorer, load_quote_rules
from sucai.errors import DataFileError
from sucai.resources import read_data_text

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SEED = CORPUS / "seed" / "000_829f82963481a026.txt"
PUBLIC = CORPUS / "public"


@pytest.fixture(scope="module")
def scorer() -> QuoteScorer:
    return QuoteScorer()


# (sentence, feature that must fire)
QUOTABLE = [
    ("学一行、专一行、精一行，把平凡的岗位变成出彩的舞台。", "parallel"),
    ("从点滴做起，从细节做起，从今天做起，把安全责任扛在肩上。", "parallel"),
    ("工匠精神是一种态度，是一种坚守，是一种追求。", "parallel"),
    ("让职工有盼头、有奔头、有干头。", "parallel"),
    ("心中有理想、肩上有担当、脚下有力量。", "parallel"),
    ("不松劲、不懈怠、不停步，一张蓝图绘到底。", "parallel"),
    ("在急难险重任务中冲锋在前，在技术攻关项目中勇挑重担，在平凡岗位上默默奉献。", "parallel"),
    ("以汗水浇灌收获，用实干笃定前行。", "antithesis"),
    ("劳动模范是时代的标杆、行业的旗帜。", "antithesis"),
    ("既要埋头拉车，又要抬头看路。", "frame"),
    ("“幸福都是奋斗出来的”，要当好岗位建功的排头兵。", "slogan"),
    ("“撸起袖子加油干”，就是要把蓝图变成施工图。", "slogan"),
]

# (sentence, negative feature that must fire, or "" when the line is merely plain)
NOT_QUOTABLE = [
    ("全年完成职工技能培训3.2万人次，同比增长12.5%。", "statistics"),
    ("全县实现地区生产总值186.4亿元，增长6.8%。", "statistics"),
    ("一季度规模以上工业增加值增长5.1个百分点。", "statistics"),
    ("培训一线职工、培训班组长、培训技术骨干共计1.6万人次，增长8%。", "statistics"),
    ("2024年5月1日，县总工会召开了劳模座谈会。", "date"),
    ("同志们：", "salutation"),
    ("同志们、朋友们！", "salutation"),
    ("各位代表：", "salutation"),
    ("下面请县委书记讲话。", "procedural"),
    ("现在开会。", "procedural"),
    ("会议议程共有三项。", "procedural"),
    ("下面，我讲几点意见。", "procedural"),
    ("出席会议的有张建华、李明远、王国庆、赵立新等同志。", "name_list"),
    ("北京、上海、广州、深圳等地的职工代表参加了会议。", "name_list"),
    ("县总工会在去年年底完成了换届选举工作。", ""),
    ("我们将在下个月组织一次职工运动会。", ""),
    ("1", ""),
]

PLAIN = [
    "今年以来，全县工会工作取得了新的进展。",
    "各级工会要加强对职工思想状况的调查研究。",
    "这项工作涉及面广、政策性强，需要各部门共同配合。",
    "县总工会在去年年底完成了换届选举工作。",
]
RHETORICAL = [
    "学一行、专一行、精一行，把平凡的岗位变成出彩的舞台。",
    "以汗水浇灌收获，用实干笃定前行。",
    "工匠精神是一种态度，是一种坚守，是一种追求。",
    "“幸福都是奋斗出来的”，要当好岗位建功的排头兵。",
]


@pytest.mark.parametrize(("sentence", "feature"), QUOTABLE, ids=[s[:8] for s, _ in QUOTABLE])
def test_quotable_lines_score_high(scorer: QuoteScorer, sentence: str, feature: str) -> None:
    q = scorer.score(sentence)
    assert q.score >= 0.6, (q.score, q.reasons)
    assert q.features[feature] > 0, q.features
    assert q.reasons, "a quotable line must say why"


@pytest.mark.parametrize(
    ("sentence", "negative"), NOT_QUOTABLE, ids=[s[:8] for s, _ in NOT_QUOTABLE]
)
def test_statistics_salutations_procedure_score_low(
    scorer: QuoteScorer, sentence: str, negative: str
) -> None:
    q = scorer.score(sentence)
    assert q.score <= 0.3, (q.score, q.reasons)
    if negative:
        assert q.features[f"-{negative}"] > 0, q.features
        assert any(r.startswith("−") for r in q.reasons)


def test_rhetoric_ranks_above_plain_statements(scorer: QuoteScorer) -> None:
    rhetorical = [scorer.score(s).score for s in RHETORICAL]
    plain = [scorer.score(s).score for s in PLAIN]
    assert min(rhetorical) > max(plain) + 0.2, (rhetorical, plain)
    ranked = sorted(RHETORICAL + PLAIN, key=lambda s: -scorer.score(s).score)
    assert set(ranked[: len(RHETORICAL)]) == set(RHETORICAL)


def test_reasons_name_the_device(scorer: QuoteScorer) -> None:
    q = scorer.score("从点滴做起，从细节做起，从今天做起，把安全责任扛在肩上。")
    assert any("排比" in r and "从…做起" in r for r in q.reasons), q.reasons
    q = scorer.score("以汗水浇灌收获，用实干笃定前行。")
    assert any("对仗" in r for r in q.reasons), q.reasons
    q = scorer.score("全县实现地区生产总值186.4亿元，增长6.8%。")
    assert any("统计" in r for r in q.reasons), q.reasons


def test_features_and_score_are_bounded(scorer: QuoteScorer) -> None:
    keys = set(POSITIVE) | {f"-{k}" for k in NEGATIVE} | {"length"}
    for sentence, _ in QUOTABLE + NOT_QUOTABLE:
        q = scorer.score(sentence)
        assert 0.0 <= q.score <= 1.0
        assert set(q.features) == keys
        assert all(0.0 <= v <= 1.0 for v in q.features.values())
        assert (q.start, q.end) == (0, len(q.text))


def test_half_width_punctuation_is_read_like_full_width(scorer: QuoteScorer) -> None:
    full = scorer.score("从点滴做起，从细节做起，从今天做起，把安全责任扛在肩上。")
    half = scorer.score("从点滴做起,从细节做起,从今天做起,把安全责任扛在肩上。")
    assert half.score == full.score


def test_a_long_sentence_scores_below_its_short_core(scorer: QuoteScorer) -> None:
    core = "学一行、专一行、精一行，把平凡的岗位变成出彩的舞台。"
    padding = "各级工会组织要认真贯彻落实上级关于产业工人队伍建设改革的部署要求，"
    assert scorer.score(padding * 3 + core).score < scorer.score(core).score


SPEECH = """在全县劳动模范表彰大会上的讲话
同志们：
今天，我们在这里隆重集会，表彰全县劳动模范和先进工作者。下面请县委书记讲话。
一、充分肯定成绩
2024年，全县实现地区生产总值186.4亿元，增长6.8%。广大职工学一行、专一行、精一行，把平凡的岗位变成出彩的舞台。
二、弘扬劳模精神
“幸福都是奋斗出来的”，要当好岗位建功的排头兵。工匠精神是一种态度,是一种坚守,是一种追求。
各级工会要加强对职工思想状况的调查研究。以汗水浇灌收获，用实干笃定前行。
工匠精神是一种态度,是一种坚守,是一种追求。
"""


def test_mine_offsets_slice_back_and_order(scorer: QuoteScorer) -> None:
    quotes = scorer.mine(SPEECH, min_score=0.5)
    assert len(quotes) == 4
    for q in quotes:
        assert SPEECH[q.start : q.end] == q.text
        assert q.score >= 0.5
        assert "\n" not in q.text
    scores = [q.score for q in quotes]
    assert scores == sorted(scores, reverse=True)
    texts = [q.text for q in quotes]
    assert len(set(texts)) == len(texts), "a repeated sentence is kept once"
    assert not any("亿元" in t or "同志们" in t or "下面请" in t for t in texts)


def test_mine_threshold_and_limit(scorer: QuoteScorer) -> None:
    everything = scorer.mine(SPEECH, min_score=0.0)
    assert len(everything) > len(scorer.mine(SPEECH, min_score=0.5))
    assert [q.text for q in scorer.mine(SPEECH, min_score=0.0, limit=2)] == [
        q.text for q in everything[:2]
    ]
    assert scorer.mine("", min_score=0.0) == []


def test_deterministic() -> None:
    a = QuoteScorer().mine(SPEECH, min_score=0.0)
    b = QuoteScorer().mine(SPEECH, min_score=0.0)
    assert a == b
    assert all(isinstance(q, Quote) for q in a)


# ---------------------------------------------------------------- the rules file


def _packaged() -> dict[str, Any]:
    doc = yaml.safe_load(read_data_text("quotes.yaml"))
    assert isinstance(doc, dict)
    return doc


def _write(tmp_path: Path, doc: dict[str, Any]) -> Path:
    path = tmp_path / "quotes.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def test_packaged_rules_load() -> None:
    rules = load_quote_rules()
    assert set(rules.weights) == set(POSITIVE)
    assert set(rules.penalties) == set(NEGATIVE)
    assert rules.frames.items and rules.statistics.items and rules.procedural.items
    assert rules.frames.gate is None and rules.statistics.gate is not None


BAD_EDITS = [
    (lambda d: d.update(extra=1), "extra"),
    (lambda d: d["weights"].update(parallel="high"), "weights.parallel"),
    (lambda d: d["weights"].update(rhyme=0.2), "rhyme"),
    (lambda d: d["penalties"].pop("statistics"), "penalties.statistics"),
    (lambda d: d["length"].update(best_max=1.5), "length.best_max"),
    (lambda d: d["parallel"].update(items={3: 2}), "parallel.items"),
    (lambda d: d["slogan"].update(gloss_markers="要当好"), "slogan.gloss_markers"),
    (lambda d: d["frames"][0].update(pattern="有(("), "frames[0] (有…有…)"),
    (lambda d: d["frames"][1].update(colour="red"), "frames[1]"),
    (lambda d: d["statistics"].append({"pattern": "万元", "strength": 3}), "strength"),
]


@pytest.mark.parametrize(("edit", "named"), BAD_EDITS, ids=[n for _, n in BAD_EDITS])
def test_bad_rules_raise_naming_the_entry(tmp_path: Path, edit: Any, named: str) -> None:
    doc = _packaged()
    edit(doc)
    path = _write(tmp_path, doc)
    with pytest.raises(DataFileError, match=re.escape(named)):
        load_quote_rules(path)


def test_rules_load_lazily(tmp_path: Path) -> None:
    doc = _packaged()
    doc["weights"]["parallel"] = "high"
    scorer = QuoteScorer(rules_path=_write(tmp_path, doc))  # no error yet
    with pytest.raises(DataFileError, match=r"weights\.parallel"):
        scorer.score("学一行、专一行、精一行。")


def test_weights_come_from_the_file(tmp_path: Path) -> None:
    doc = _packaged()
    doc["weights"]["parallel"] = 0.0
    scorer = QuoteScorer(rules_path=_write(tmp_path, doc))
    sentence = "不松劲、不懈怠、不停步，一张蓝图绘到底。"
    assert scorer.score(sentence).score < QuoteScorer().score(sentence).score


# ---------------------------------------------------------------- real speeches


def test_seed_parallel_lines_are_in_the_top_ten(scorer: QuoteScorer) -> None:
    if not SEED.exists():
        pytest.skip(f"the shared corpus is not beside the project ({SEED} is absent)")
    text = SEED.read_text(encoding="utf-8")
    top = scorer.mine(text, min_score=0.0, limit=10)
    assert len(top) == 10
    for q in top:
        assert text[q.start : q.end] == q.text
    assert any("干一行" in q.text and "钻一行" in q.text for q in top)
    assert any("从本职做起" in q.text and "从小事做起" in q.text for q in top)
    assert any(q.features["slogan"] > 0 for q in top)


def test_public_statistics_never_score_as_quotes(scorer: QuoteScorer) -> None:
    if not PUBLIC.is_dir():
        pytest.skip(f"the shared corpus is not beside the project ({PUBLIC} is absent)")
    marker = re.compile(r"\d\s*[%％]|\d\s*(?:万|亿)元")
    seen = 0
    for f in sorted(PUBLIC.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            for sentence in re.split(r"(?<=[。！？；])", text):
                if marker.search(sentence):
                    seen += 1
                    q = scorer.score(sentence)
                    assert q.score <= 0.3, (q.score, q.reasons, sentence[:40])
    assert seen > 1000
