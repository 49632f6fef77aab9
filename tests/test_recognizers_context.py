"""Context's word boundaries equal rjieba's own search- and precise-mode tokenization.

Context derives the search-mode boundaries from one precise-mode cut (for speed); these
tests rebuild them the slow way, from two ``tokenize`` passes, and compare. All sentences
are our own; the shared corpus is compared too when it is present.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import found
from sucai.analyze import Anonymizer
from sucai.analyze.recognizers import Context

PUBLIC = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "public"

SENTENCES = [
    "",
    "一",
    "我们在北京天安门广场看升旗仪式，中华人民共和国万岁。",
    "推动PM2.5和臭氧协同治理，COVID-19疫情防控平稳转段，建设5G网络和IPv6。",
    "2026年全市地区生产总值增长5.5%，居民人均可支配收入达到48,000元。",
    "𠀀𠀀北京市长安街\r\n\t  长沙市　　沙市区 abc.d PM2.5x",
    "科教兴国战略、乡村振兴战略和区域协调发展战略深入实施。",
    "，。PM2.5，COVID-19。\r\n\r\n　　北京，\n\n上海！？；长沙市，",
]


@pytest.fixture(scope="module")
def jieba() -> Any:
    engine = Anonymizer()
    engine.analyze("预热")
    return engine.jieba


def reference(jieba: Any, text: str) -> tuple[set[int], set[int], dict[int, tuple[int, int]]]:
    bounds = {0, len(text)}
    for _, s, e in jieba.tokenize(text, "search"):
        bounds.update((s, e))
    starts = {0}
    covering: dict[int, tuple[int, int]] = {}
    for _, s, e in jieba.tokenize(text):
        starts.add(s)
        if e - s >= 3:
            covering.update({i: (s, e) for i in range(s, e)})
    return bounds, starts, covering


def check(jieba: Any, text: str, grams: dict[str, tuple[int, ...]]) -> None:
    bounds, starts, covering = reference(jieba, text)
    ctx = Context(text, jieba, grams)
    assert {i for i in range(len(text) + 1) if ctx.boundary(i)} == bounds
    assert {i for i in range(len(text) + 1) if ctx.word_start(i)} == starts
    got = {i: c for i in range(len(text) + 1) if (c := ctx._covering(i)) is not None}
    assert got == covering


@pytest.mark.parametrize("text", SENTENCES)
def test_boundaries_match_rjieba(jieba: Any, text: str) -> None:
    check(jieba, text, {})


def test_gram_cache_is_reused(jieba: Any) -> None:
    grams: dict[str, tuple[int, ...]] = {}
    text = SENTENCES[2]
    check(jieba, text, grams)
    assert grams["北京天安门广场"] == (2, 4, 5)  # 北京|天安|门, 天安门|广场
    check(jieba, text, grams)  # a second text with the cache filled: the same bounds


def test_clauses_are_cut_on_demand(jieba: Any) -> None:
    text = "北京天安门广场，中华人民共和国万岁。科教兴国战略深入实施"
    ctx = Context(text, jieba)
    assert ctx.boundary(2) and not ctx.boundary(1)  # 北京|天安门
    assert len(ctx._long) == 1  # only the first clause was cut
    assert ctx.word_start(len(text) - 2)  # 实施, in the last clause
    assert len(ctx._long) == 2
    assert ctx._covering(9) == (8, 15)  # 中华人民共和国
    assert not ctx.boundary(-1) and not ctx.boundary(len(text) + 1)


@pytest.mark.skipif(not PUBLIC.is_dir(), reason="the shared corpus is absent")
def test_boundaries_match_rjieba_on_the_public_corpus(jieba: Any) -> None:
    grams: dict[str, tuple[int, ...]] = {}
    for path in sorted(PUBLIC.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines()[:15]:
            text = json.loads(line)["text"][:20_000]
            bounds, starts, _ = reference(jieba, text)
            ctx = Context(text, jieba, grams)
            assert {i for i in range(len(text) + 1) if ctx.boundary(i)} == bounds
            assert {i for i in range(len(text) + 1) if ctx.word_start(i)} == starts


@pytest.mark.parametrize(
    "text",
    [
        "",
        "市",
        "澜屿市",
        "市县区",
        "省市县区旗镇乡盟州",
        "在A市和B县，澜屿市蘅湖区青螺镇",
        "ab市，一二三四市",
    ],
)
def test_admin_suffixes_match_the_regex(text: str) -> None:
    import re

    from sucai.analyze.recognizers import _admin_suffixes

    regex = re.compile(r"([\u4e00-\u9fff]{2})(省|市|县|区|旗|镇|乡|盟|州)")
    expected = [(m.start(), m.group(1), m.group(2)) for m in regex.finditer(text)]
    assert list(_admin_suffixes(text)) == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a village named like a word, named again alone where the text treats it as one
        ("石门乡海燕村曾是穷山沟。如今海燕的果园漫山遍野。", ["石门乡", "海燕村", "海燕"]),
        # …and in full again after its short form
        (
            "红岩乡战旗村原是穷村。过去，战旗是出了名的穷村；如今战旗村集体资产过亿。",
            ["红岩乡", "战旗村", "战旗", "战旗村"],
        ),
    ],
)
def test_villages_named_like_words_again(engine: Anonymizer, text: str, places: list[str]) -> None:
    assert found(engine, text, "ADMIN") == places


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("县委书记到大集镇调研汉服产业。", "大集镇"),  # 集镇 is a word, 到 makes it a place
        ("经县委同意，对吉卫镇副镇长进行约谈。", "吉卫镇"),
        ("请县自然资源局会同营盘镇拿出方案。", "营盘镇"),
        ("他察看了海安镇新港建设进展。", "海安镇"),
        ("红提面积突破5万亩，资源镇成功创建特色小镇。", "资源镇"),
    ],
)
def test_towns_named_in_full_after_a_verb(engine: Anonymizer, text: str, town: str) -> None:
    assert town in found(engine, text, "ADMIN")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("（二）集市改造由正定镇牵头，年底前完成。", "正定镇"),  # 由, then a verb
        ("县市场监管局会同大集镇9月底前完成清查。", "大集镇"),  # a verb of working with
        ("抽检不合格的茶叶系祥华乡一家茶企所产。", "祥华乡"),  # 系 glued to the name
        ("座谈会上，河田镇原农技站的老站长发了言。", "河田镇"),  # not 镇原, the county
    ],
)
def test_towns_named_in_minutes(engine: Anonymizer, text: str, town: str) -> None:
    assert town in found(engine, text, "ADMIN")


@pytest.mark.parametrize("text", ["要扩大集镇规模，加快城乡融合。", "推动重点镇建设。"])
def test_kinds_of_town_stay(engine: Anonymizer, text: str) -> None:
    assert found(engine, text, "ADMIN") == []


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("会上他和曾岭村支书交流了经验。", "曾岭村"),  # 和, then a name no word, then a noun
        ("我们对杉坪村原会计的问题作了处理。", "杉坪村"),  # the segmenter glues 对 and 村原
        ("检查中，石湾村村级账目不清。", "石湾村"),  # 村村 is a word, 村级 too
        ("经研究，同意杉口村以集体林地入股。", "杉口村"),  # a verb (tagged d) before it
        ("（二）岭脚村卫生室年内建成。", "岭脚村"),  # a numbered item opens with it
    ],
)
def test_villages_before_a_noun_or_their_bodies(
    engine: Anonymizer, text: str, village: str
) -> None:
    assert village in found(engine, text, "ADMIN")


@pytest.mark.parametrize("text", ["深入开展“和美湘村”建设。", "各村要对照清单逐项整改。"])
def test_slogans_and_every_village_are_no_villages(engine: Anonymizer, text: str) -> None:
    assert not [s for s in engine.analyze(text) if s.label == "ADMIN" and s.text.endswith("村")]


@pytest.mark.parametrize(
    "text",
    [
        "其中，雷鸣是衡东县的一名乡村医生。",  # 乡村 is a word, 一名乡 no village
        "列席：金山镇包村干部邹敏。",  # 村干部 is a word
    ],
)
def test_village_words_are_no_villages(engine: Anonymizer, text: str) -> None:
    names = found(engine, text, "ADMIN")
    assert not any(n.endswith("村") for n in names)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("旗政府在城川镇和大池嘎查开展试点。", ["城川镇", "大池嘎查"]),  # 和 opens no name
        ("火烧店镇民宿老板说，客人多了。", ["火烧店镇"]),  # the town, no 店镇 inside it
        ("世界互联网大会乌镇峰会开幕。", ["乌镇"]),
    ],
)
def test_tails_and_conjunctions_before_towns(
    engine: Anonymizer, text: str, places: list[str]
) -> None:
    assert found(engine, text, "ADMIN") == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("今年，长寿经开区新签约项目十二个。", ["长寿"]),
        ("光明高新区的装置集群初具规模。", ["光明"]),
        ("同志们，天长地处两省交界，区位独特。", ["天长"]),
        ("大同是全国重要的能源基地城市，也是历史文化名市。", ["大同"]),
        ("新签约的遵义市级龙头企业有九家。", ["遵义"]),
    ],
)
def test_word_like_county_names_used_as_places(
    engine: Anonymizer, text: str, places: list[str]
) -> None:
    assert found(engine, text, "ADMIN") == places


@pytest.mark.parametrize(
    "text",
    [
        "祝老人家健康长寿，天长地久。",
        "这是光明的事业。",
        "大同小异的做法不少。",
        "长寿是一种福气。",
    ],
)
def test_word_like_county_names_as_words(engine: Anonymizer, text: str) -> None:
    assert found(engine, text, "ADMIN") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("通知如下：孔卫东任办公室主任。", ["孔卫东"]),
        ("镇长秦建平说，今年的茶叶卖得好。", ["秦建平"]),
    ],
)
def test_a_surname_before_a_county_name_is_a_person(
    engine: Anonymizer, text: str, names: list[str]
) -> None:
    assert found(engine, text, "PERSON") == names
    assert found(engine, text, "ADMIN") == []


def test_places_listed_after_their_provinces_stay_places(engine: Anonymizer) -> None:
    text = "湖南韶山、江西吉安、辽宁建平等地都来了人。"
    assert found(engine, text, "ADMIN") == ["湖南", "韶山", "江西", "吉安", "辽宁", "建平"]
    assert found(engine, text, "PERSON") == []


def test_banner_stems_and_abbreviations(engine: Anonymizer) -> None:
    assert found(engine, "额济纳的胡杨林吸引了大批游客。", "ADMIN") == ["额济纳"]
    assert found(engine, "土左旗察素齐镇的奶牛养殖户增收明显。", "ADMIN") == ["土左旗", "察素齐镇"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("会上，乐清市柳市镇的企业家提了三条建议。", ["乐清市", "柳市镇"]),
        ("如今，大集镇丁楼村的汉服卖到了全国。", ["大集镇", "丁楼村"]),
        ("表彰遂川县汤湖镇上官文华等同志。", ["遂川县", "汤湖镇"]),
        ("救援中，磨西镇湾东村的村医连续值守。", ["磨西镇", "湾东村"]),
    ],
)
def test_towns_whose_names_end_in_words(engine: Anonymizer, text: str, places: list[str]) -> None:
    assert found(engine, text, "ADMIN") == places


def test_kinds_of_town_stay_words(engine: Anonymizer) -> None:
    assert found(engine, "要推进城市镇村一体化，促进集镇建设。", "ADMIN") == []


@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("晚上的南京路步行街人头攒动。", "南京路"),
        ("崇明岛的好生态是最大的本钱。", "崇明岛"),  # an island whole, as the gold sets
        ("岳麓书院千年弦歌不绝。", "岳麓"),
        ("队员每天在丹江口水库巡护。", "丹江口"),
    ],
)
def test_sites_named_after_a_place_are_the_sites(engine: Anonymizer, text: str, local: str) -> None:
    assert found(engine, text, "ADMIN") == []
    assert local in found(engine, text, "LOCAL")


def test_a_place_before_a_word_that_starts_like_a_site(engine: Anonymizer) -> None:
    assert found(engine, "要走出一条湖南路子。", "ADMIN") == ["湖南"]
    assert found(engine, "推进友谊路、文明岛建设。", "LOCAL") == []


def test_a_city_before_its_county_is_read_as_the_chain(engine: Anonymizer) -> None:
    assert found(engine, "信阳新县田铺乡的老屋修好了。", "ADMIN") == ["信阳", "新县", "田铺乡"]
    assert found(engine, "湖北阳新县的茶叶卖得好。", "ADMIN") == ["湖北", "阳新县"]
    assert found(engine, "加快上海庙镇能源化工基地建设。", "ADMIN") == ["上海庙镇"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("欢迎各位企业家到东兴投资兴业。", ["东兴"]),
        ("要加快建设光明科学城。", ["光明"]),
    ],
)
def test_more_uses_of_a_place(engine: Anonymizer, text: str, places: list[str]) -> None:
    assert found(engine, text, "ADMIN") == places


@pytest.mark.parametrize(
    "text",
    ["“江山就是人民，人民就是江山。”", "社会安宁，富民兴业。", "很多人会先想到清代的咸丰年号。"],
)
def test_sayings_and_reign_names_are_no_places(engine: Anonymizer, text: str) -> None:
    assert found(engine, text, "ADMIN") == []


def test_a_record_label_outranks_a_county_name(engine: Anonymizer) -> None:
    assert found(engine, "会议记录。记录人：尼玛。", "PERSON") == ["尼玛"]
    assert found(engine, "（记者 旦增 李 想）", "PERSON") == ["旦增", "李 想"]


def test_a_county_named_in_full_is_named_again_by_its_short_form(engine: Anonymizer) -> None:
    text = "三江侗族自治县的侗寨很有名。茶叶和油茶是三江的支柱产业。"
    assert found(engine, text, "ADMIN") == ["三江侗族自治县", "三江"]
    text = "互助土族自治县的盘绣很有名，游客还会顺路去互助体验土族风情。"
    assert found(engine, text, "ADMIN") == ["互助土族自治县", "互助"]


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # after a verb of making, before what it does (推动|东方|成为)
        ("东方市的港口扩建了。我们要推动东方成为西部的增长极。", ["东方市", "东方"]),
        # the subject of this year's news, at a clause's start
        ("清水县的苹果丰收了，清水今年还评上了示范县。", ["清水县", "清水"]),
        # a place one comes to invest in
        ("大方县的客商说，欢迎到大方来投资。", ["大方县", "大方"]),
        ("平安区的民宿多了，欢迎游客来平安玩。", ["平安区", "平安"]),  # … or to play
        # not the word of peace time
        ("和平县的老兵说，和平年代也要有担当。", ["和平县"]),
    ],
)
def test_a_county_named_in_full_is_the_subject_again(
    engine: Anonymizer, text: str, admin: list[str]
) -> None:
    assert found(engine, text, "ADMIN") == admin


@pytest.mark.parametrize(
    "text",
    ["他在公安工作二十年。", "他在三峡工作多年。", "深入推进平安城区创建。", "建设富裕县城。"],
)
def test_words_before_zones_and_doings_stay_words(engine: Anonymizer, text: str) -> None:
    assert found(engine, text, "ADMIN") == []


@pytest.mark.parametrize("text", ["主任：欧阳", "卫东旗光明", "书记 欧阳"])
def test_short_inputs_at_the_edges_do_not_fail(engine: Anonymizer, text: str) -> None:
    engine.analyze(text)


@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("在外滩观景平台，游客络绎不绝。", "外滩"),
        ("那拉提草原上的毡房迎来了游客。", "那拉提"),
        ("把元阳梯田的保护经验推广开。", "元阳"),
    ],
)
def test_landmarks_are_local_not_divisions(engine: Anonymizer, text: str, local: str) -> None:
    assert found(engine, text, "ADMIN") == []
    assert any(local in x for x in found(engine, text, "LOCAL"))


def test_a_fruit_named_after_a_place_pins_none(engine: Anonymizer) -> None:
    assert found(engine, "芒果、哈密瓜一天能卖出上千单。", "ADMIN") == []


@pytest.mark.parametrize(
    "text",
    [
        "乡亲们对她交口称赞。",
        "发展是兴国之要。",
        "她在大英博物馆看过展览。",
        "牡丹江爱民区公安分局社区民警值守。",
        "化解了清流县与宁化两村之间的纠纷。",
    ],
)
def test_idioms_offices_and_counts_are_no_places(engine: Anonymizer, text: str) -> None:
    admin = found(engine, text, "ADMIN")
    assert not any(x in ("交口", "兴国", "大英", "公安分局社区", "两村") for x in admin)


def test_counties_and_provinces_listed_one_by_one(engine: Anonymizer) -> None:
    text = "郓城、鄄城、单县、成武承接纺织产业。"
    assert found(engine, text, "ADMIN") == ["郓城", "鄄城", "单县", "成武"]
    assert found(engine, "已与湘、粤两省的商超签约。", "ADMIN") == ["湘", "粤"]
    assert found(engine, "城区、郊区、矿区都要抓。", "ADMIN") == []
    assert found(engine, "这是新、旧两地的差别。", "ADMIN") == []


def test_regions_before_their_organs_and_verbs_before_villages(engine: Anonymizer) -> None:
    assert found(engine, "内蒙古自治区人民政府决定，授予荣誉称号。", "ADMIN") == ["内蒙古"]
    assert found(engine, "曾任村党支部书记的老潘说。", "ADMIN") == []
    assert found(engine, "县溪镇要求村干部每天报到。", "ADMIN") == ["县溪镇"]
    assert found(engine, "南伊珞巴民族乡才召村的群众。", "ADMIN")[-1] == "才召村"
    assert found(engine, "天津市和平区南市街道社区党委书记讲话。", "ADMIN")[-1] == "南市街道"


def test_products_listed_together_name_their_counties(engine: Anonymizer) -> None:
    text = "大方漆器、大方天麻、大方豆干成了名片。"
    assert found(engine, text, "ADMIN") == ["大方", "大方", "大方"]
    assert found(engine, "同心圆枣、同心滩羊远销各地。", "ADMIN") == ["同心", "同心"]
    assert found(engine, "苹果、梨、桃都丰收了。", "ADMIN") == []
    assert found(engine, "要把大方的态度、同心的力量带回去。", "ADMIN") == []


def test_a_district_named_like_hills_after_its_city(engine: Anonymizer) -> None:
    assert "金山区" in found(engine, "上海金山区枫泾镇的干部赴云南。", "ADMIN")
    assert "南山区" not in found(engine, "浙西南山区的发展很快。", "ADMIN")


def test_foreign_heads_are_no_level_words(engine: Anonymizer) -> None:
    text = "美国州长代表团来了，澳大利亚新南威尔士州州长也来了，还有艾奥瓦州州长。"
    assert found(engine, text, "LEVEL") == []
    assert found(engine, "黔南州州长王某在会上讲话，巴林右旗旗长在全旗会上讲话。", "LEVEL") == [
        "州长",
        "旗长",
        "全旗",
    ]
    assert found(engine, "丹东市长于振江在会上讲话，当雄县长达娃介绍。", "LEVEL") == [
        "市长",
        "县长",
    ]


def test_a_head_is_not_read_where_chang_opens_a_word(engine: Anonymizer) -> None:
    assert found(engine, "要健全以城带乡长效机制。", "LEVEL") == []
    assert found(engine, "县长期待大家的发言，市长江涛讲话。", "LEVEL") == ["县长", "市长"]


def test_one_character_counties_after_their_province(engine: Anonymizer) -> None:
    assert found(engine, "浙江杭县钢铁厂扩建。", "ADMIN") == ["浙江", "杭县"]
    assert found(engine, "河南各县、浙江三县、山东全县都来了。", "ADMIN") == [
        "河南",
        "浙江",
        "山东",
    ]


def test_a_province_not_cut_into_a_landmark(engine: Anonymizer) -> None:
    assert found(engine, "我们要加快建设新青海，开创新局面。", "ADMIN") == ["青海"]
    assert found(engine, "泛舟青海湖，登上贺兰山。", "LOCAL") == ["青海湖", "贺兰山"]
    assert found(engine, "北上广研发、北上广深的市场。", "ADMIN") == ["北上广", "北上广深"]
    assert found(engine, "大同矿务局所属煤矿为六百万吨。", "ADMIN") == ["大同"]
    assert found(engine, "李大同同志在会上讲话。", "PERSON") == ["李大同"]


def test_a_part_of_a_province_inside_a_longer_dictionary_word(engine: Anonymizer) -> None:
    assert found(engine, "医疗队深入陕北黄土高原的村庄。", "ADMIN") == ["陕"]
    assert found(engine, "陕西的发展。", "ADMIN") == ["陕西"]


def test_a_city_named_in_full_before_the_word_for_its_citizens(engine: Anonymizer) -> None:
    assert found(engine, "安宁市民普文忠反映排水问题。", "ADMIN") == ["安宁"]
    assert found(engine, "土蜂蜜走进扬州市民家中。", "ADMIN") == ["扬州"]


def test_a_name_before_its_own_organ_keeps_the_level_word(engine: Anonymizer) -> None:
    assert found(engine, "阿荣旗委书记乌力吉深入那吉镇。", "LEVEL") == ["旗委书记"]
    assert found(engine, "阿荣旗委书记乌力吉深入那吉镇。", "ADMIN") == ["阿荣", "那吉镇"]
    text = "融水苗族自治县纪委监委通报，澳门特别行政区政府表示支持。"
    assert found(engine, text, "ADMIN") == ["融水苗族自治县", "澳门特别行政区"]


def test_level_words_and_abbreviations_that_open_other_names(engine: Anonymizer) -> None:
    assert found(engine, "澄江市委托专业机构治理入湖河道。", "LEVEL") == []
    assert found(engine, "柳州市委派驻的第一书记。", "LEVEL") == ["市委"]
    assert found(engine, "在陇驾庄村临时党支部召开现场会，欢迎来陇投资。", "ADMIN") == [
        "陇驾庄村",
        "陇",
    ]
    assert found(engine, "达日罕乌拉苏木牧民乌日娜开了一家民宿。", "PERSON") == ["乌日娜"]


def test_districts_named_like_everyday_nouns(engine: Anonymizer) -> None:
    text = "古盐田边的荷塘里开满了花，湖里有鱼，交河故城游客不断，修成了“人工天河”。"
    assert found(engine, text, "ADMIN") == []
    text = "深圳市盐田区和广州天河的企业签约。"
    assert found(engine, text, "ADMIN") == [
        "深圳市",
        "盐田区",
        "广州",
        "天河",
    ]


def test_the_strait_and_the_sea_are_no_divisions(engine: Anonymizer) -> None:
    text = "台湾海峡两岸往来增多，南海岛礁建设稳步推进。佛山市南海区和台湾同胞交流。"
    assert found(engine, text, "ADMIN") == [
        "佛山市",
        "南海区",
        "台湾",
    ]


def test_rivers_named_like_their_districts(engine: Anonymizer) -> None:
    spans = engine.analyze("百色右江区沿右江的堤防加固完工，成都锦江区委书记说要治好锦江水系。")
    assert [(s.text, s.label) for s in spans if s.label in ("ADMIN", "LOCAL")] == [
        ("百色", "ADMIN"),
        ("右江区", "ADMIN"),
        ("右江", "LOCAL"),
        ("成都", "ADMIN"),
        ("锦江", "ADMIN"),
        ("锦江", "LOCAL"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city's own shore, not a river named like a district
        ("九江沿岸的码头吞吐量稳步增长。", [("九江", "ADMIN")]),
        # a place in the 由 frame is no name; a name that opens with one still is
        ("由张家口对接京津客商。", [("张家口", "ADMIN"), ("京津", "ADMIN")]),
        ("镇人代会选举南宫雪为副镇长。", [("南宫雪", "PERSON")]),
        # saffron, no Tibet; visitors into Xinjiang
        ("在藏红花种植基地，工人正在采摘。", []),
        ("入疆游客同比增长三成。", [("疆", "ADMIN")]),
        # 临安 is a living district too: in a list it is the district
        (
            "临安、富阳、桐庐三地联合开展演练。",
            [("临安", "ADMIN"), ("富阳", "ADMIN"), ("桐庐", "ADMIN")],
        ),
        ("南海观音像前游人不断。", []),
    ],
)
def test_review_of_the_rivers_frames_and_visits(
    engine: Anonymizer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s.text, s.label) for s in engine.analyze(text) if s.label != "LEVEL"] == expected


def test_a_surname_before_a_brigade_title(engine: Anonymizer) -> None:
    spans = engine.analyze("刘处长和陈中队长参加了会议。")
    assert [s.text for s in spans if s.label == "PERSON"] == ["刘", "陈"]


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        ("光山是北宋名臣司马光的出生地。", ["光山"]),  # what kind of place it is
        ("五常是全国闻名的优质稻米之乡。", ["五常"]),
        ("二十多万光山人在外从事羽绒服加工。", ["光山"]),  # a count of the place's people
        ("援建企业在同心建起了一批车间。", ["同心"]),  # what one builds there
        ("绣娘在古城开了一家绣坊。", []),  # (古城: the old town, a word)
        ("和平是人类共同的追求。", []),  # an ordinary word opening the same frame
        ("平安是最大的民生。", []),
    ],
)
def test_a_place_is_the_birthplace_or_home_of(
    engine: Anonymizer, text: str, admin: list[str]
) -> None:
    assert found(engine, text, "ADMIN") == admin


def test_a_river_that_flows_is_no_division_of_its_name(engine: Anonymizer) -> None:
    # a verb of flowing water in the clause makes the province's or city's name its river
    text = "抚远地处黑龙江与乌苏里江交汇处，黑河从祁连山北麓流出，嫩江干流治理完成。"
    labels = {s.text: s.label for s in engine.analyze(text)}
    assert (labels["黑龙江"], labels["黑河"], labels["嫩江"]) == ("LOCAL", "LOCAL", "LOCAL")
    # the birthplace of a trade is the place
    text = "黑龙江的冰雪旅游火了，安溪是铁观音的发源地。"
    assert found(engine, text, "ADMIN") == ["黑龙江", "安溪"]


def test_the_village_a_cadre_is_assigned_to_is_no_name(engine: Anonymizer) -> None:
    text = "党员干部下沉到包保村，再到挂点村走访。"
    assert found(engine, text, "ADMIN") == []


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # a place opening one item of a list of produce opens the next one too
        ("推介会上，朝阳小米、朝阳大枣都签了单。", ["朝阳", "朝阳"]),
        ("“江山猕猴桃”“江山蜂蜜”走进了超市。", ["江山", "江山"]),
    ],
)
def test_a_place_opening_list_items_again(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin
