"""Rules for the error classes a held-out set of real reports revealed: abbreviations in
set terms, runs of city-initial pairs, places in slogans, landmarks that name their
division, senses of place names that are ordinary words, and traditional text.

Each rule has positive and negative rows; all sentences are our own.
"""

from __future__ import annotations

import pytest

from conftest import found
from sucai.analyze import Anonymizer
from sucai.analyze.rules import load_terms


def admin(engine: Anonymizer, text: str) -> list[str]:
    return [s.text for s in engine.analyze(text) if s.label == "ADMIN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations in set terms
        ("始终坚持港人治港的原则不动摇。", ["港", "港"]),
        ("落实澳人治澳和高度自治。", ["澳", "澳"]),
        ("坚决遏制台独势力的挑衅。", ["台"]),
        ("我们决不允许搞“一中一台”。", ["台"]),  # Taiwan in the slogan against splitting
        ("南迦巴瓦峰是藏东南的名片。", ["藏"]),  # a province's part
        ("吸引更多台商来投资兴业。", ["台"]),
        ("两地企业纷纷在港交所挂牌。", ["港"]),
        ("本届哈洽会签约项目创新高。", ["哈"]),
        ("组团参加广交会并拿下订单。", ["广"]),
        ("统筹做好援疆援藏工作。", ["疆", "藏"]),
        ("港珠澳大桥通车以来客流稳步增长。", ["港珠澳"]),
        # a province abbreviation after 驻
        ("慰问驻津部队官兵。", ["津"]),
        ("中央驻鲁单位给予大力支持。", ["鲁"]),
        ("向驻港部队致以节日问候。", ["港"]),
        # a municipality's or SAR's abbreviation after a verb of going or staying
        ("代表团在京召开座谈会。", ["京"]),
        ("企业家进京参加会议。", ["京"]),
        ("他们在津，工作顺利。", ["津"]),
        ("两位专家来沪考察。", ["沪"]),
        ("组团赴港参加展会。", ["港"]),
        # an abbreviation + 企/股/籍/商, in slogans and in named projects
        ("吸引京企来本地落户。", ["京"]),
        ("同国企京企联手招商。", ["京"]),
        ("实现更快进京的愿望。", ["京"]),
        ("蔬菜进京入津。", ["京", "津"]),
        ("科技成果在津转化。", ["津"]),
        ("公司在港股上市。", ["港"]),
        ("鼓励京籍人员回乡。", ["京"]),
        ("坚持爱国爱澳的原则。", ["澳"]),
        ("川气东送工程顺利推进。", ["川"]),
        ("邕北片区加快开发。", ["邕"]),
        # a park after its division: the division and the town, not one landmark
        ("推进吴忠金积工业园建设。", ["吴忠", "金积"]),
        # a village named like a division, whole
        ("走进马鞍山村看变化。", ["马鞍山村"]),
        # route ends and list items linked to a place already found
        ("黄桶至百色铁路开工建设。", ["黄桶", "百色"]),
        ("金上至湖北输电工程开工。", ["湖北"]),
        ("加大对岳阳、衡阳的支持。", ["岳阳", "衡阳"]),
        ("邵阳、长寿两地合作。", ["邵阳", "长寿"]),
        ("长沙、和平区域发展。", ["长沙"]),
        # a two-character full name that is a common noun only after its place
        ("大同市城区发展较快。", ["大同市", "城区"]),
        ("泾县宣纸有名。", ["泾县"]),
        ("祥云经开区新签项目十个。", ["祥云"]),
        # runs of city-initial pairs before a joint word, a field word between
        ("深化昆曲昆楚产业协同。", ["昆曲", "昆楚"]),
        ("推动昆红文旅协同发展。", ["昆红"]),
        # a place in a national slogan
        ("推广新时代“枫桥经验”的做法。", ["枫桥"]),
        # a landmark that names its division, before a cue
        ("大兴安岭地委召开全会。", ["大兴安岭"]),
        ("大兴安岭林区的防火任务很重。", ["大兴安岭"]),
        ("大兴安岭获批全国生态文明建设示范区。", ["大兴安岭"]),
        # province abbreviation + direction: the abbreviation alone
        ("加快滇中城市群建设。", ["滇"]),
        # traditional text: found, with its own characters
        ("會議在廣州和福建兩地舉行。", ["廣州", "福建"]),
        ("他對廣州很熟悉。", ["廣州"]),
    ],
)
def test_terms_find(engine: Anonymizer, text: str, expected: list[str]) -> None:
    assert admin(engine, text) == expected, engine.analyze(text)


@pytest.mark.parametrize(
    "text",
    [
        "电商平台商家数量增长很快。",  # 平台|商家 holds no 台商
        "出台商贸流通扶持政策。",  # 出台|商贸
        "我国驻新加坡使馆发布提醒。",  # 驻 + a foreign country
        "驻贵国使馆将全力协助。",  # 贵国 is a word
        "驻村干部扎根基层。",  # no abbreviation
        "他在津贴发放上很严格。",  # 津贴 is a word
        "现在京剧很受欢迎。",  # 现在|京剧
        "货轮进港卸货。",  # a port
        "老人常说起当年的进京台阶。",  # a noun after the abbreviation
        "一至三月增长较快。",  # no route between places
        "打造美好城区。",  # 城区 alone is a common noun
        "加快建设平陆运河。",  # the canal (LOCAL), not the county
        "新企业不断涌现。",  # 新 is no listed abbreviation here
        "欣赏昆曲表演，传承昆曲艺术。",  # the opera, no joint word
        "推进产业协同和区域协同。",  # no city initials
        "保护大兴安岭森林生态系统。",  # the mountain range
        "隆重庆祝建校七十周年大庆。",  # a celebration
        "尊敬的各位来宾，欢迎光临。",  # guests
        "做大做强综保区保税业务。",  # a kind of zone
        "读懂乾隆年间的历史。",  # 乾 is simplified too: no view, no place
    ],
)
def test_terms_leave_alone(engine: Anonymizer, text: str) -> None:
    assert admin(engine, text) == [], engine.analyze(text)


def test_place_names_that_are_words_still_count_as_places(engine: Anonymizer) -> None:
    assert admin(engine, "来宾市和大庆市加强合作。") == ["来宾市", "大庆市"]


def test_traditional_view_keeps_offsets(engine: Anonymizer) -> None:
    text = "我們對廣州的工會有影響。"
    spans = [s for s in engine.analyze(text) if s.label == "ADMIN"]
    assert [(text[s.start : s.end], s.text) for s in spans] == [("廣州", "廣州")]


def test_terms_file_marks_every_slot() -> None:
    rules = load_terms()
    for t in (*rules.abbrev_terms, *rules.place_terms):
        assert t.slots and all(0 <= a < b <= len(t.term) for a, b in t.slots), t
    assert "驻" in rules.abbrev_after
    assert "地区" in rules.division_cues and "试点" in rules.designations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("图为该村村民李光明家的新房。", ["李光明"]),
        ("村民王芳说，日子越过越好。", ["王芳"]),
        ("党员干部在一线。", []),
        ("工人师傅说话算数。", []),
        ("村民们在广场跳舞。", []),
    ],
)
def test_resident_named_before_home_or_saying(
    engine: Anonymizer, text: str, expected: list[str]
) -> None:
    assert [s.text for s in engine.analyze(text) if s.label == "PERSON"] == expected


@pytest.mark.parametrize(
    ("text", "abbrev"),
    [
        ("助力桂企出海、桂品出海。", ["桂", "桂"]),  # (桂企 is no brand word: only 桂品)
        ("做靓“渝味”美食品牌。", ["渝"]),
    ],
)
def test_abbreviations_before_product_words(
    engine: Anonymizer, text: str, abbrev: list[str]
) -> None:
    assert [s.text for s in engine.analyze(text) if s.label == "ADMIN"] == abbrev


def test_new_states_are_not_xinjiang(engine: Anonymizer) -> None:
    assert [
        s.text for s in engine.analyze("支援新独立的国家自力更生。") if s.label == "ADMIN"
    ] == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("连霍高速公路改扩建工程开工。", ["连霍"]),
        ("宁古高速、沙南高速等建成通车。", ["宁古", "沙南"]),
        ("机制化畅通与驻津央院央所的合作。", ["津"]),
    ],
)
def test_lines_and_stations_named_by_initials(
    engine: Anonymizer, text: str, places: list[str]
) -> None:
    assert [s.text for s in engine.analyze(text) if s.label == "ADMIN"] == places


def test_trie_patterns_match_like_an_alternation_longest_first() -> None:
    import re

    from sucai.analyze.recognizers import _trie_regex

    words = ["党委", "党委书记", "党员", "书记", "村支书", "村", "支书记"]
    text = "村党委书记和党员、村支书记与书记"
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    trie = re.compile(_trie_regex(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert re.compile(_trie_regex([])).pattern == ""


def test_river_crossings_and_intercity_lines_named_by_initials(engine: Anonymizer) -> None:
    text = "常泰长江大桥主塔封顶，沪苏通长江公铁大桥运营，穗莞深城际全线贯通，佛莞城际开通。"
    assert [s.text for s in engine.analyze(text) if s.label == "ADMIN"] == [
        "常泰",
        "沪苏通",
        "穗莞深",
        "佛莞",
    ]


def test_a_province_listed_before_a_count_the_segmenter_cut(engine: Anonymizer) -> None:
    text = "江苏、浙江、山东三省入围数量合计超过一半。"
    assert [s.text for s in engine.analyze(text) if s.label == "ADMIN"] == ["江苏", "浙江", "山东"]


def test_cities_by_their_one_character_names_in_joint_projects(engine: Anonymizer) -> None:
    """甬 (宁波) and 蓉 (成都) pair like initials; a quote may stand before the joint."""
    assert found(engine, "两市合力唱好杭甬“双城记”。", "ADMIN") == ["杭甬"]
    assert found(engine, "沪渝蓉高铁沿线城市加强合作。", "ADMIN") == ["沪渝蓉"]
    assert found(engine, "支持沪嘉全面接轨。", "ADMIN") == ["沪嘉"]


def test_a_provinces_part_after_da_or_beside_another_part(engine: Anonymizer) -> None:
    """大湘西 and 湘南湘西 are parts of Hunan (湘), not the prefecture 湘西; 湘西 alone is."""
    assert found(engine, "加快大湘西文化旅游融合发展。", "ADMIN") == ["湘"]
    assert found(engine, "湘西的吊脚楼很有特色。", "ADMIN") == ["湘西"]


def test_a_brand_in_quotes_and_goods_leaving_the_province(engine: Anonymizer) -> None:
    assert found(engine, "让“甘味”农产品出陇出海。", "ADMIN") == ["甘", "陇"]
    assert found(engine, "这道菜甘味十足。", "ADMIN") == []


def test_a_pair_the_dictionary_knows_and_a_citys_service_apps(engine: Anonymizer) -> None:
    assert found(engine, "深入推进闽台交流史料整理。", "ADMIN") == ["闽台"]
    assert found(engine, "用好京通、京办、京智等智慧终端。", "ADMIN") == ["京"] * 3
    assert found(engine, "用好第二次青藏科考成果。", "ADMIN") == []


def test_power_sent_out_of_a_province_and_terms_named_after_a_place(engine: Anonymizer) -> None:
    assert found(engine, "提升晋电外送质效。", "ADMIN") == ["晋"]
    assert found(engine, "要让黄梅戏走出去。", "ADMIN") == []
    assert found(engine, "建成中山医院青浦新院区。", "ADMIN") == ["青浦"]


def test_all_of_xinjiang(engine: Anonymizer) -> None:
    assert found(engine, "全疆常住人口城镇化率达到61%。", "ADMIN") == ["疆"]
    assert found(engine, "守护好祖国的边疆。", "ADMIN") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("打造大云南旅游品牌。", ["云南"]),
        ("台中台南两地游客增多。", ["台中", "台南"]),
        ("推进黔南黔东南交通互联。", ["黔南", "黔东南"]),
        ("加快大渝北城市建设。", ["渝北"]),
    ],
)
def test_no_provinces_part_where_a_division_is_meant(
    engine: Anonymizer, text: str, places: list[str]
) -> None:
    assert found(engine, text, "ADMIN") == places


def test_a_cooperatives_name_is_no_pair_of_cities(engine: Anonymizer) -> None:
    assert found(engine, "金穗合作社带动农户增收。", "ADMIN") == []
    assert found(engine, "佛穗莞城际建成通车。", "ADMIN") == ["佛穗莞"]
