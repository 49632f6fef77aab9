"""Lists of villages, towns and neighbourhoods each with its own suffix (sentences written
for these tests)."""

import pytest

from conftest import found
from sucai.analyze import Anonymizer


def admin(engine: Anonymizer, text: str) -> list[str]:
    return [s.text for s in engine.analyze(text) if s.label == "ADMIN"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # three divisions, the first after the words before the list
        ("刚才王家店镇、石桥乡和柳林村作了交流发言。", ["王家店镇", "石桥乡", "柳林村"]),
        # the last one before the words after it
        ("列席：前营村、后营村、大李庄村党支部书记。", ["前营村", "后营村", "大李庄村"]),
        # a village a recognizer split (樟树 is a city) is whole in the list
        ("授予南丰村、樟树坪村“先进村”称号。", ["南丰村", "樟树坪村"]),
    ],
)
def test_lists_of_divisions(engine: Anonymizer, text: str, places: list[str]) -> None:
    assert admin(engine, text) == places


@pytest.mark.parametrize(
    "text",
    [
        "统筹推进农村、城镇和社区建设。",  # kinds of place, one character each
        "建设示范村、重点村、贫困村。",  # kinds of village, dictionary words
    ],
)
def test_lists_of_kinds_of_place(engine: Anonymizer, text: str) -> None:
    assert admin(engine, text) == []


def test_a_listed_village_is_no_person(engine: Anonymizer) -> None:
    spans = engine.analyze("列席：桂花村、新塘村党支部书记。")
    assert [(s.text, s.label) for s in spans] == [("桂花村", "ADMIN"), ("新塘村", "ADMIN")]


def test_a_short_name_with_a_neighbourhood_suffix(engine: Anonymizer) -> None:
    assert admin(engine, "雄安新区容东片区金湖社区党委书记介绍了情况。") == ["雄安新区", "金湖社区"]
    assert admin(engine, "开展“贵州村超”全省足球联赛。") == ["贵州"]
    assert admin(engine, "北京村民代表来了。") == ["北京"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("他开着邮车把快递送到孔当村、献九当村的家门口。", ["孔当村", "献九当村"]),
        ("要在贫困村、试点村推广经验。", []),  # kinds of village
        ("他回到村里，在本村范围内走访。", []),
        ("在三个村开展试点。", []),
    ],
)
def test_villages_named_after_a_verb(engine: Anonymizer, text: str, places: list[str]) -> None:
    assert admin(engine, text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("我去了王家店镇、石桥乡、柳林村", ["王家店镇", "石桥乡", "柳林村"]),  # at the very end
        ("雄安新区容东片区金湖社区", ["雄安新区", "金湖社区"]),
        ("他和我去了王家店镇、石桥乡、柳林村。", ["王家店镇", "石桥乡", "柳林村"]),  # 和 before
    ],
)
def test_divisions_at_the_end_and_after_a_joint(
    engine: Anonymizer, text: str, places: list[str]
) -> None:
    assert admin(engine, text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("会上，兰沟村、岔河村作了表态发言。", ["兰沟村", "岔河村"]),
        ("老旧小区改造覆盖了前进社区、上海社区。", ["前进社区", "上海社区"]),
    ],
)
def test_two_villages_listed_are_both_places(
    engine: Anonymizer, text: str, places: list[str]
) -> None:
    assert admin(engine, text) == places


@pytest.mark.parametrize(
    "text", ["要推动“千企帮千镇、万企兴万村”走深走实。", "示范村、重点村要带头。"]
)
def test_slogans_and_kinds_of_village_are_no_list_of_places(engine: Anonymizer, text: str) -> None:
    assert admin(engine, text) == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("会上大家说，十八洞村的变化证明路子走对了。", ["十八洞村"]),
        ("二十年前，余村靠开矿过日子。", ["余村"]),
        ("改革这股劲，小岗人一刻也不能松。", ["小岗"]),
        ("要把“十八洞经验”推广到每个村。", ["十八洞"]),
    ],
)
def test_villages_the_speeches_name(engine: Anonymizer, text: str, places: list[str]) -> None:
    assert admin(engine, text) == places


def test_a_known_village_inside_other_words_is_none(engine: Anonymizer) -> None:
    assert admin(engine, "其余村民都外出打工了。") == []
    assert admin(engine, "小岗位上也能干出大事业。") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a village after its town, before a word that opens with 边 or 社 (村边/村社 no words here)
        ("工作组走访了敬信镇防川村边境一带的农户。", ["敬信镇", "防川村"]),
        ("老县镇锦屏村社区工厂去年新增岗位八十个。", ["老县镇", "锦屏村"]),
        # a town opening its clause, though the segmenter cuts 码|市镇
        ("瑶乡处处是新景。码市镇的长鼓舞队又添了新人。", ["码市镇"]),
    ],
)
def test_villages_and_towns_the_segmenter_cuts_across(
    engine: Anonymizer, text: str, places: list[str]
) -> None:
    assert admin(engine, text) == places


def test_the_villages_around_a_town_are_no_village(engine: Anonymizer) -> None:
    assert admin(engine, "界首乡周边村也来取经。") == ["界首乡"]
    assert admin(engine, "竹贤乡下庄村修通了公路。") == ["竹贤乡", "下庄村"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a town whose own name is a noun, set off as a word of its own
        ("受表彰的有佛堂镇、苏溪镇的两名网格员。", ["佛堂镇", "苏溪镇"]),
        ("就在江边乡。那里的渡口修好了。", ["江边乡"]),
        # a town's full name before a scenic area or an industrial park is the town
        ("推动沱江镇、山江镇、廖家桥镇景区联动。", ["沱江镇", "山江镇", "廖家桥镇"]),
    ],
)
def test_towns_named_like_nouns(engine: Anonymizer, text: str, places: list[str]) -> None:
    assert admin(engine, text) == places


@pytest.mark.parametrize(
    "text",
    [
        "要加强边境小城镇建设。",
        "聚焦中心镇和中心村。",
        "作为乡村旅游的龙头镇，这里客流不断。",
        "城区街道要集中整治燃气管道。",
        "培育发展乡村特色产业。",
    ],
)
def test_kinds_of_town_stay_kinds(engine: Anonymizer, text: str) -> None:
    assert admin(engine, text) == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # where someone in a profile comes from
        ("李明，男，朝鲜族，1979年生，和龙人，现任龙井市委常委。", ["和龙", "龙井"]),
        (
            "拟任用以下同志：缪春燕，女，1986年生，黎川人，现任资溪县高阜镇党委书记。",
            ["黎川", "资溪县", "高阜"],
        ),
        # a village opening its clause, its name no word, whatever follows
        ("路通了，半天就到。背崩村妇女主任说起这事就笑。", ["背崩村"]),
        # a numeral and a measure word are no county (九台, 三台)
        ("到年底，我们小区装了九台电梯。", []),
        ("老人守着三台水磨制作藏香。", []),
        ("九台区的农产品加工园开工了。", ["九台区"]),
    ],
)
def test_native_places_villages_opening_clauses_and_counts(
    engine: Anonymizer, text: str, places: list[str]
) -> None:
    assert admin(engine, text) == places


def test_a_native_place_is_no_name_in_an_appointment_list(engine: Anonymizer) -> None:
    text = "拟任用以下同志：缪春燕，女，1986年生，黎川人，现任资溪县高阜镇党委书记。"
    assert "黎川人" not in [s.text for s in engine.analyze(text)]


def test_a_city_a_plan_supports(engine: Anonymizer) -> None:
    assert admin(engine, "支持大同建设区域重点城市。") == ["大同"]
    assert admin(engine, "推动平安建设走深走实。") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a county named in full, then by its short name before its produce or its people
        ("五常市的稻农说，五常大米贵在品质。", ["五常市", "五常"]),
        ("兴隆县要打响品牌，力争把兴隆板栗卖向全国。", ["兴隆县", "兴隆"]),
        ("江山市委提出，让江山的老百姓日子越过越红火。", ["江山", "江山"]),
        # but not a verb and its object, nor a word before the masses
        ("延长县七里村镇要延长苹果产业链。", ["延长县", "七里村镇"]),
    ],
)
def test_a_county_named_in_full_then_by_a_word_like_short_name(
    engine: Anonymizer, text: str, places: list[str]
) -> None:
    assert admin(engine, text) == places


def test_where_a_news_item_was_filed(engine: Anonymizer) -> None:
    assert admin(engine, "本报东方11月2日电（记者 王芳）近日，渔港扩建完工。") == ["东方"]
    assert admin(engine, "新华社拉萨5月3日电 高原上的春耕开始了。") == ["拉萨"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("新竹縣竹東鎮的客家米食節昨天登場。", ["新竹縣", "竹東鎮"]),
        ("臺東縣池上鄉一片金黃。", ["臺東縣", "池上鄉"]),
        ("澎湖縣馬公市的花火節吸引遊客。", ["澎湖縣", "馬公市"]),
        # a township of Taiwan is no word's place: 杨梅 the fruit stays a fruit
        ("仙居县的杨梅种植面积超过十四万亩。", ["仙居县"]),
    ],
)
def test_taiwan_townships(engine: Anonymizer, text: str, places: list[str]) -> None:
    assert admin(engine, text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("并与泰州市区的银行建立会商机制。", ["泰州"]),
        ("调到甘孜州里以后，每逢开会都要讲。", ["甘孜"]),
        ("五常市民乐朝鲜族乡的稻田一片金黄。", ["五常市", "民乐朝鲜族乡"]),
        ("晋江市民营经济持续壮大。", ["晋江市"]),
    ],
)
def test_a_suffix_that_makes_a_word_with_what_follows(
    engine: Anonymizer, text: str, places: list[str]
) -> None:
    assert admin(engine, text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # where an official served, though the name is a word; not the word itself later
        ("我在方正工作了八年。老书记说，做人要方正。每次回方正都有人认得我。", ["方正", "方正"]),
        ("述职：我在合作挂职期间，牵头成立了牦牛合作社。", ["合作"]),
        # an area of Hong Kong after its district is no city of the mainland
        ("元朗區天水圍一間社區廚房昨日開幕。", ["元朗區"]),
        ("我在五指山市水满乡驻过村。", ["五指山市", "水满乡"]),
    ],
)
def test_where_officials_served_and_areas_of_hong_kong(
    engine: Anonymizer, text: str, places: list[str]
) -> None:
    assert admin(engine, text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("县委决定，授予复兴街道谭德龙、巴山镇向春燕“优秀网格员”称号。", ["复兴街道", "巴山镇"]),
        ("获奖者：刘明（布依族，中和镇）、陆一鸣（汉族，三合街道）。", ["中和镇", "三合街道"]),
        ("危秀琴（嵩市镇人，现居乌鲁木齐）也回来了。", ["嵩市镇", "乌鲁木齐"]),
    ],
)
def test_towns_beside_the_people_they_name(
    engine: Anonymizer, text: str, places: list[str]
) -> None:
    assert admin(engine, text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("他表扬了寇三宝和鹅城镇电商主播萨仁。", ["鹅城镇"]),
        ("流量来得快也去得快。高城镇要管好寺庙周边的秩序。", ["高城镇"]),
        ("城镇居民收入增长快于农村。", []),
        ("农村居民收入增速快于城镇居民。", []),
    ],
)
def test_towns_whose_names_end_in_town_words(
    engine: Anonymizer, text: str, places: list[str]
) -> None:
    assert admin(engine, text) == places


def test_known_villages_without_cun_where_distinct_or_learnt_from(engine: Anonymizer) -> None:
    text = "要把布楞沟的变化讲给群众听，隔壁的顾家台也办起了民俗节。"
    assert found(engine, text, "ADMIN") == ["布楞沟", "顾家台"]
    assert found(engine, "乐平镇的其他村也在学塘约，干部们都说好。", "ADMIN") == ["乐平镇", "塘约"]
    assert found(engine, "花园里的花开了，大坝上站满了人。", "ADMIN") == []


def test_a_listed_village_fixes_the_extent_of_a_village_read_by_pattern(
    engine: Anonymizer,
) -> None:
    text = "一早去看火普村的蔬菜基地。阿土列尔村就是悬崖村。在南张庄村，家家剪纸。"
    assert found(engine, text, "ADMIN") == ["火普村", "阿土列尔村", "南张庄村"]


def test_a_town_after_its_city_is_not_glued_into_one_listed_division(engine: Anonymizer) -> None:
    text = "今年邀请佛山九江镇和东莞麻涌镇的龙舟队参赛，授予南丰村、樟树坪村称号。"
    assert found(engine, text, "ADMIN") == [
        "佛山",
        "九江镇",
        "东莞",
        "麻涌镇",
        "南丰村",
        "樟树坪村",
    ]


def test_city_initials_and_visits_of_the_bay_area(engine: Anonymizer) -> None:
    text = "在前海深港青年梦工场启动，广州举办穗港澳青年电竞赛，为来甬务工人员挽回损失。"
    assert found(engine, text, "ADMIN") == ["深港", "广州", "穗港澳", "甬"]
    assert found(engine, "常来咨询的多是在深置业的人，要在深入推进中对港口建设。", "ADMIN") == [
        "深"
    ]


def test_known_villages_greater_and_as_owners(engine: Anonymizer) -> None:
    text = "周边村抱团组建“大下姜”联合体，全县推广大下姜联合体的做法，要把下姜的路子走宽。"
    assert found(engine, text, "ADMIN") == ["下姜", "下姜", "下姜"]


def test_xinjiang_and_tibet_where_one_serves(engine: Anonymizer) -> None:
    text = "各援建企业在疆新开工项目四十个，三名医生今年赴藏支教。"
    assert found(engine, text, "ADMIN") == ["疆", "藏"]
    # 藏 of 藏族 and 藏品, a museum's 入藏, and 京 inside 京剧院 stay
    text = "他在藏族村寨收集藏品，馆里新入藏文物三件，晚上进京剧院看戏。"
    assert found(engine, text, "ADMIN") == []


def test_known_villages_after_prepositions_and_as_models(engine: Anonymizer) -> None:
    text = "“两山”理念从余村走向全国，全乡将以神山为样板，甘南县以兴十四镇为中心。"
    assert found(engine, text, "ADMIN")[:3] == ["余村", "神山", "甘南县"]
    assert "兴十四" not in found(engine, text, "ADMIN")


def test_words_for_kinds_of_village_are_no_names(engine: Anonymizer) -> None:
    text = "医护人员走进偏远山村义诊，城市从小渔村发展起来，刚回村创业的青年多了。"
    assert found(engine, text, "ADMIN") == []
    assert found(engine, "走进下姜村，来到黄泥塘村。", "ADMIN") == ["下姜村", "黄泥塘村"]


def test_kinds_of_village_after_verbs_of_going(engine: Anonymizer) -> None:
    text = "记者走进海边渔村，又来到百年古村，再走进下姜村。"
    assert found(engine, text, "ADMIN") == ["下姜村"]


def test_a_known_village_of_two_characters_cut_out_by_the_segmenter(
    engine: Anonymizer,
) -> None:
    # 余村 before 上班 or 人 (村上, 村人 are words), but not 余 after a number
    assert found(engine, "他在余村上班，余村人都认识他。", "ADMIN") == ["余村", "余村"]
    assert found(engine, "全县三百余村完成了改造。", "ADMIN") == []


def test_towns_known_by_their_short_name(engine: Anonymizer) -> None:
    # famous towns (features.yaml famous_towns) count alone where they stand as a word
    text = "总结推广博鳌零碳示范区经验，游客从周庄坐船到同里。"
    assert found(engine, text, "ADMIN") == ["博鳌", "周庄", "同里"]
    # (花桥 of a Dong village is a roofed bridge, no town: not listed)
    assert found(engine, "寨子里的五座花桥分列两岸。", "ADMIN") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a registered village of a three-character stem after a verb or a time word the
        # segmenter glued to it
        ("组织上决定由他任元古堆村第一书记。", ["元古堆村"]),
        ("明年前塔元庄村要建成示范区。", ["塔元庄村"]),
    ],
)
def test_registered_villages_of_long_stems_open_anywhere(
    engine: Anonymizer, text: str, places: list[str]
) -> None:
    assert [s.text for s in engine.analyze(text) if s.label == "ADMIN"] == places


def test_a_familiar_name_again_before_a_time_word(engine: Anonymizer) -> None:
    # 老何 after 何满仓 was named: 当 read as a time word still opens the predicate
    text = "我们请来了种粮大户何满仓。老何当了十年村干部。"
    assert [s.text for s in engine.analyze(text) if s.label == "PERSON"] == ["何满仓", "何"]
