"""Near-duplicate detection: passages written for these tests, then the shared corpus.

The corpus tests pin the thresholds to what was measured there (bench/dupes.py --corpus):
the 31 provincial reports of 2026 share a template but are different documents, the NPC
resolutions on consecutive government work reports are near-duplicates.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sucai.analyze.dupes import Cluster, Deduper, normalize, shingles

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
PUBLIC = CORPUS / "public"
SEED = CORPUS / "seed" / "000_829f82963481a026.txt"

# Passages written for these tests (no corpus text).
BASE = (
    "今年以来，全县各级工会组织紧紧围绕县委中心工作，深入开展劳动和技能竞赛，组织职工参加"
    "岗位练兵和技术比武三百余场次，培养县级以上技术能手八十二名。一大批青年职工在生产一线"
    "脱颖而出，成为企业技术攻关的骨干力量。县总工会还投入专项资金，建成职工创新工作室十五"
    "个，帮助企业解决生产难题一百四十多项，为全县工业经济稳定增长作出了积极贡献。"
)
WORDS_CHANGED = (
    "今年上半年，全县各级工会组织紧紧围绕县委中心工作，深入开展劳动和技能竞赛，组织职工参加"
    "岗位练兵和技术比武三百余场次，培养县级以上技术能手八十二名。一大批青年职工在生产一线"
    "脱颖而出，成为企业技术攻关的中坚力量。县总工会还投入专项资金，建成职工创新工作室十五"
    "个，帮助企业解决生产难题一百四十多项，为全县工业经济稳定增长作出了重要贡献。"
)
PUNCT_CHANGED = (
    "今年以来 全县各级工会组织紧紧围绕县委中心工作、深入开展劳动和技能竞赛;组织职工参加"
    "岗位练兵和技术比武三百余场次,培养县级以上技术能手八十二名!\n一大批青年职工在生产一线"
    "“脱颖而出”，成为企业技术攻关的骨干力量……县总工会还投入专项资金，建成职工创新工作室十五"
    "个——帮助企业解决生产难题一百四十多项，为全县工业经济稳定增长作出了积极贡献"
)
SENTENCE_ADDED = BASE + "下一步，我们将继续完善职工技能提升体系，让更多一线职工成长为能工巧匠。"

# Same topic, shared stock phrases, different passages.
STOCK_A = (
    "我们要以新时代党的创新理论为指导，大力弘扬劳模精神、工匠精神、劳动精神，"
    "在全社会营造劳动光荣、技能宝贵、创造伟大的浓厚氛围。各级党委和政府要把劳模工作摆上重要"
    "位置，定期研究解决劳模在工作和生活中遇到的实际困难，落实好劳模待遇，让劳模政治上有荣誉、"
    "经济上得实惠、社会上受尊重。"
)
STOCK_B = (
    "广大职工要以劳动模范为榜样，大力弘扬劳模精神、工匠精神、劳动精神，立足本职岗位，练就过硬"
    "本领，在推动产业转型升级中建功立业。要以新时代党的创新理论为指导，把学习"
    "技术、钻研业务作为终身追求，做到干一行、爱一行、专一行，以实际行动为家乡发展贡献力量。"
)
OTHER = (
    "入汛以来，全市共组织防汛检查一千二百余次，排查整改各类隐患四百六十处，转移安置受威胁群众"
    "三千余人，确保了安全度汛。各地要压实防汛责任，完善预警发布机制，加强水库、河道和地质灾害"
    "隐患点巡查值守，做到早发现、早报告、早处置。"
)
NOTICE = (
    "本次培训为期三天，参训人员须于报到当日上午九时前到达培训地点，凭通知办理报到手续。培训期间"
    "统一安排食宿，往返交通费用回原单位报销。请各单位于本月二十日前将参训人员名单报送县总工会"
    "办公室，联系人及电话另行通知。"
)


@pytest.fixture(scope="module")
def d() -> Deduper:
    return Deduper()


def test_normalize_keeps_letters_and_digits_only() -> None:
    assert normalize("２０２５年，ＡＢＣ　工作！\n（一）Ok_") == "2025年abc工作一ok"
    assert normalize("……——") == ""
    assert shingles("谢谢", 5) == {"谢谢"}  # shorter than a shingle: the whole text
    assert shingles("", 5) == set()


def test_exact_copy_is_near(d: Deduper) -> None:
    assert d.is_near(BASE, BASE)
    assert d.similarity(d.signature(BASE), d.signature(BASE)) == 1.0


def test_punctuation_and_spacing_changes_are_the_same_text(d: Deduper) -> None:
    assert d.jaccard(BASE, PUNCT_CHANGED) == 1.0
    assert d.signature(BASE)[12:] == d.signature(PUNCT_CHANGED)[12:]


def test_a_few_words_changed_is_near(d: Deduper) -> None:
    exact = d.jaccard(BASE, WORDS_CHANGED)
    assert 0.75 < exact < 1.0
    assert d.is_near(BASE, WORDS_CHANGED)
    estimate = d.similarity(d.signature(BASE), d.signature(WORDS_CHANGED))
    assert abs(estimate - exact) < 0.15


def test_a_sentence_added_is_near(d: Deduper) -> None:
    assert d.is_near(BASE, SENTENCE_ADDED)
    assert d.is_near(SENTENCE_ADDED, BASE)


def test_same_topic_with_stock_phrases_is_not_near(d: Deduper) -> None:
    assert "弘扬劳模精神、工匠精神、劳动精神" in STOCK_A
    assert "弘扬劳模精神、工匠精神、劳动精神" in STOCK_B
    exact = d.jaccard(STOCK_A, STOCK_B)
    assert 0.05 < exact < 0.3  # they do share phrases, but far from a copy
    assert not d.is_near(STOCK_A, STOCK_B)
    assert d.similarity(d.signature(STOCK_A), d.signature(STOCK_B)) < 0.5
    assert not d.is_near(BASE, OTHER)


def test_short_texts(d: Deduper) -> None:
    assert d.is_near("谢谢！", "谢谢")
    assert not d.is_near("谢谢", "谢谢大家")
    assert d.similarity(d.signature(""), d.signature("")) == 0.0  # empty is near nothing


def test_signature_is_compact_and_deterministic_across_processes(d: Deduper) -> None:
    sig = d.signature(BASE)
    assert isinstance(sig, bytes) and len(sig) == 12 + 2 * 128
    code = (
        "import sys; from sucai.analyze.dupes import Deduper; "
        "sys.stdout.write(Deduper().signature(sys.argv[1]).hex())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code, BASE], capture_output=True, text=True, env=env, check=True
    )
    assert bytes.fromhex(out.stdout) == sig
    assert d.signatures([BASE, OTHER]) == [sig, d.signature(OTHER)]


def test_signatures_of_other_settings_are_refused(d: Deduper) -> None:
    other = Deduper(shingle=4).signature(BASE)
    with pytest.raises(ValueError, match="shingle=4"):
        d.similarity(d.signature(BASE), other)
    with pytest.raises(ValueError, match="signature"):
        d.similarity(b"junk", d.signature(BASE))
    with pytest.raises(ValueError):
        Deduper(threshold=1.5)


def test_cluster_output_shape(d: Deduper) -> None:
    items: list[tuple[str, str | bytes]] = [
        ("base", BASE),
        ("words", WORDS_CHANGED),
        ("punct", d.signature(PUNCT_CHANGED)),  # a stored signature mixes with texts
        ("added", SENTENCE_ADDED),
        ("stock-a", STOCK_A),
        ("stock-b", STOCK_B),
        ("other", OTHER),
        ("other-copy", OTHER.replace("，", ",")),
        ("empty-1", ""),
        ("empty-2", "。"),
    ]
    clusters = d.cluster(items)
    assert all(isinstance(c, Cluster) for c in clusters)
    assert [sorted(c.ids) for c in clusters] == [
        ["added", "base", "punct", "words"],
        ["other", "other-copy"],
    ]
    first = clusters[0]
    assert first.size == 4 and first.representative in first.ids
    assert 0.7 <= first.similarity <= first.mean_similarity <= 1.0
    assert clusters[1].similarity == 1.0
    assert first.to_dict()["size"] == 4
    assert d.cluster([("only", BASE)]) == []


def test_cluster_many_copies_and_many_passages_fast(d: Deduper) -> None:
    items = [(f"copy-{i}", BASE) for i in range(300)]
    items += [
        (f"u-{i}", f"第{i}号通知：请各单位于{i % 28 + 1}日前报送第{i}批材料。") for i in range(3000)
    ]
    started = time.perf_counter()
    clusters = d.cluster(items)
    assert time.perf_counter() - started < 10
    assert clusters[0].size == 300 and clusters[0].similarity == 1.0
    assert all(c.size < 300 for c in clusters[1:])


def test_near_finds_the_chosen_excerpt_it_copies(d: Deduper) -> None:
    chosen = {"a": d.signature(BASE), "b": d.signature(STOCK_A), "c": d.signature(OTHER)}
    hits = d.near(d.signature(WORDS_CHANGED), chosen)
    assert [h[0] for h in hits] == ["a"] and hits[0][1] >= 0.7
    assert d.near(STOCK_B, list(chosen.items())) == []
    assert d.near(d.signature(""), chosen) == []


def test_documents_by_jaccard_and_by_containment(d: Deduper) -> None:
    part = BASE + OTHER
    compilation = STOCK_A + part + STOCK_B + "".join(f"第{i}条，按规定办理。" for i in range(80))
    docs = [
        ("report", part),
        ("report-again", part.replace("全县", "全区")),
        ("compilation", compilation),
        ("unrelated", NOTICE),
    ]
    assert d.jaccard(part, compilation) < 0.5  # too different as a whole
    clusters = d.cluster_documents(docs)
    assert len(clusters) == 1
    c = clusters[0]
    assert sorted(c.ids) == ["compilation", "report", "report-again"]
    assert c.containment is not None and c.containment >= 0.8
    strict = d.cluster_documents(docs, threshold=0.99, containment=1.0)
    assert [sorted(c.ids) for c in strict] == [["compilation", "report"]]


def test_many_copies_of_a_document(d: Deduper) -> None:
    docs = [(i, BASE + OTHER + f"（第{i}份）") for i in range(150)] + [(-1, NOTICE)]
    clusters = d.cluster_documents(docs)
    assert len(clusters) == 1 and clusters[0].size == 150
    assert clusters[0].similarity > 0.9 and clusters[0].meta["sampled_rows"] < 150


# -- the shared corpus --------------------------------------------------------------
def _records(name: str) -> list[dict[str, str]]:
    path = PUBLIC / name
    if not path.exists():
        pytest.skip(f"the shared corpus is not beside the project ({path} is absent)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def corpus_clusters() -> tuple[list[dict[str, str]], list[Cluster[str]]]:
    docs = (
        _records("china-provincial-gov-reports-2026.jsonl")
        + _records("chinese-political-corpora.jsonl")
        + _records("Xi-Jin-Ping-Speech-Analysis.jsonl")
    )
    clusters = Deduper().cluster_documents((r["id"], r["text"]) for r in docs)
    return docs, clusters


def _together(clusters: list[Cluster[str]], a: str, b: str) -> bool:
    return any(a in c.ids and b in c.ids for c in clusters)


def test_provincial_reports_are_different_documents() -> None:
    gov = _records("china-provincial-gov-reports-2026.jsonl")
    assert len(gov) == 31
    assert Deduper().cluster_documents((r["id"], r["text"]) for r in gov) == []


def test_provincial_template_passages_are_not_clustered_across_provinces() -> None:
    from sucai.clean import Cleaner
    from sucai.segment import Segmenter

    gov = _records("china-provincial-gov-reports-2026.jsonl")
    cleaner, seg = Cleaner(), Segmenter()
    items = [
        ((r["id"], i), p.text)
        for r in gov
        for i, p in enumerate(seg.segment(cleaner.clean(r["text"]).text).passages)
        if len(p.text) >= 100
    ]
    assert len(items) > 2000
    for c in Deduper().cluster(items):
        assert len({doc for doc, _ in c.ids}) == 1, c.ids


def test_npc_resolutions_of_consecutive_years_cluster(
    corpus_clusters: tuple[list[dict[str, str]], list[Cluster[str]]],
) -> None:
    docs, clusters = corpus_clusters
    res = [r for r in docs if r["title"].endswith("关于政府工作报告的决议")]
    res = [r for r in res if "第二届" not in r["title"]]  # 1960s: no neighbour in the set
    assert len(res) >= 18
    d = Deduper()
    same_term = 0
    for newer, older in itertools.pairwise(res):
        if (
            newer["title"].split("全国人民代表大会")[0]
            == older["title"].split("全国人民代表大会")[0]
        ):
            same_term += 1
            assert d.jaccard(newer["text"], older["text"]) >= d.doc_threshold
            assert _together(clusters, newer["id"], older["id"]), (newer["id"], older["id"])
    assert same_term >= 14


def test_corpus_document_clusters_hold_no_hard_negatives(
    corpus_clusters: tuple[list[dict[str, str]], list[Cluster[str]]],
) -> None:
    docs, clusters = corpus_clusters
    by_id = {r["id"]: r for r in docs}
    for c in clusters:
        titles = {by_id[i]["title"] for i in c.ids}
        resolutions = all(t.endswith("关于政府工作报告的决议") for t in titles)
        assert resolutions or c.similarity > 0.9, titles
    # the same annual event's speeches (the nearest different documents) stay apart
    tea = [r["id"] for r in docs if r["title"].endswith("在全国政协新年茶话会上的讲话")]
    assert len(tea) >= 2
    assert not any(_together(clusters, a, b) for a in tea for b in tea if a < b)
    # the 20th Congress report is in two files: a true duplicate
    assert _together(clusters, "cpc-corpora-congress-015", "xi-speech-105")


def test_seed_compilation_contains_its_excerpts() -> None:
    if not SEED.exists():
        pytest.skip(f"the shared corpus is not beside the project ({SEED} is absent)")
    seed = SEED.read_text(encoding="utf-8")
    excerpt = max(seed.splitlines(), key=len)  # one excerpt, as if added on its own
    d = Deduper()
    clusters = d.cluster_documents([("seed", seed), ("excerpt", excerpt), ("other", OTHER)])
    assert [sorted(c.ids) for c in clusters] == [["excerpt", "seed"]]
    assert clusters[0].containment == 1.0
    assert clusters[0].representative == "seed"
    # and passage by passage: the excerpt's passages are found among the seed's
    passages = [p for p in seed.splitlines() if len(p) > 40]
    chosen = {i: d.signature(p) for i, p in enumerate(passages)}
    assert d.near(excerpt, chosen)[0][1] == 1.0
