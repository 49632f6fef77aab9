"""Places found from their frames (villages after their towns)."""

from __future__ import annotations

import pytest

from conftest import found
from sucai.analyze import Anonymizer


def test_a_village_named_with_a_word_after_its_town(engine: Anonymizer) -> None:
    text = "南部县升钟镇和平村紧邻水库，敦化市大石头镇振兴村的经验在全镇推广。"
    assert "和平村" in found(engine, text, "ADMIN")
    assert "振兴村" in found(engine, text, "ADMIN")
    # 村 opening a word after a verb is no village
    assert found(engine, "县溪镇要求村干部带头，大石头镇发展村级经济。", "ADMIN") == [
        "县溪镇",
        "大石头镇",
    ]


def test_a_district_named_like_a_common_noun_after_its_city_short_form(
    engine: Anonymizer,
) -> None:
    assert found(engine, "焦作解放区要继续抓好城市更新。", "ADMIN") == ["焦作", "解放区"]
    assert found(engine, "抗战时期的解放区人民支援前线。", "ADMIN") == []


def test_villages_on_their_own_that_the_segmenter_reads_as_one_word(engine: Anonymizer) -> None:
    text = "杨家堂的民居、横樟村的古道都成了打卡地；大南坡村的老供销社改成了书店。"
    assert "横樟村" in found(engine, text, "ADMIN")
    assert "大南坡村" in found(engine, text, "ADMIN")
    assert "小穿芳峪村" in found(engine, "在蓟州区，小穿芳峪村把闲置农宅改成民宿。", "ADMIN")
    assert found(engine, "我蹲点的黄泥塘村，老支书讲了很多。", "ADMIN") == ["黄泥塘村"]
    # a verb glued to a village is not part of its name
    assert found(engine, "有人问太平村的老支书。", "ADMIN") == ["太平村"]
    assert found(engine, "换届前要逐村摸底，配强村班子，打造美丽村庄。", "ADMIN") == []


def test_former_officials_after_a_town(engine: Anonymizer) -> None:
    text = "唐昌镇原党委书记邓某某严重违纪，崇头镇原副镇长柳某某受到处分。"
    assert found(engine, text, "ADMIN") == ["唐昌镇", "崇头镇"]
    assert found(engine, "哈尔滨原副市长闫某某。", "ADMIN") == ["哈尔滨"]


def test_a_zone_named_after_its_city_gives_the_city(engine: Anonymizer) -> None:
    text = "河南省郑州航空港经济综合实验区原党工委委员屈某某严重违纪。"
    assert "郑州" in found(engine, text, "ADMIN")
    assert "郑州航空港经济综合实验区" not in found(engine, text, "ADMIN")
    assert "渤海新区" in found(engine, "壮大曹妃甸区、渤海新区的产业。", "ADMIN")


def test_conventional_abbreviations_of_prefectures(engine: Anonymizer) -> None:
    assert found(engine, "让更多游客走进博州，克州的杏子也卖出去了。", "ADMIN") == ["博州", "克州"]
    assert found(engine, "锡盟的牧民都来了。", "ADMIN") == ["锡盟"]
    # the Arab League and 西双版纳 whole
    assert found(engine, "阿盟秘书长出席会议。", "ADMIN") == []
    assert found(engine, "西双版纳的茶叶也来了。", "ADMIN") == ["西双版纳"]


def test_villages_where_one_goes_or_is(engine: Anonymizer) -> None:
    assert "下庄村" in found(engine, "再步行四公里到下庄村报到。", "ADMIN")
    assert "溪坪村" in found(engine, "今天走访了溪坪村五户困难群众。", "ADMIN")
    assert "水寨村" in found(engine, "讲讲咱们水寨村的老党员。", "ADMIN")
    assert "拉木村" in found(engine, "翻译陪我去拉木村二组入户。", "ADMIN")
    # not a village: a kind of village, or going down to the villages
    assert found(engine, "上级要求干部下村报到，示范村5个。", "ADMIN") == []


def test_villages_called_tun_and_county_towns(engine: Anonymizer) -> None:
    assert "坡腊屯" in found(engine, "沿着新修的砂石路去坡腊屯。", "ADMIN")
    assert "元宝屯" in found(engine, "我陪元宝屯的梁大哥去卖香菇。", "ADMIN")
    assert found(engine, "屯垦戍边，屯田屯兵。", "ADMIN") == []
    # a county's seat: the short form and 县城
    assert found(engine, "他从拉木走到昭觉县城要一整天。", "ADMIN")[-1] == "昭觉"


def test_names_listed_before_a_matching_count_of_villages(engine: Anonymizer) -> None:
    text = "完成上坞、下坞两个自然村的改造，小东风屯、孙家窝棚两个屯的道路硬化。"
    assert found(engine, text, "ADMIN") == ["上坞", "下坞", "小东风屯", "孙家窝棚"]
    assert found(engine, "请黄金口、新口两个村的书记发言。", "ADMIN") == ["黄金口", "新口"]
    # the count must match, and kinds of village are no names
    assert found(engine, "推动产业、生态两个村建设，上坞、下坞三个组。", "ADMIN") == []


def test_villages_after_their_county_or_town_named_with_words_or_spelled(
    engine: Anonymizer,
) -> None:
    assert "胜利村" in found(engine, "我是苍溪县云峰镇胜利村村委会委员。", "ADMIN")
    assert "巴格其村" in found(engine, "墨玉县巴格其村的核桃今年丰收。", "ADMIN")
    # kinds of village are no names
    assert found(engine, "到玉塘街道督导城中村改造。", "ADMIN") == ["玉塘街道"]


def test_a_village_again_by_its_short_name(engine: Anonymizer) -> None:
    text = "到下庄村报到。支书说：“往后你就是咱下庄的人了。”今天去下庄三组走访。"
    assert found(engine, text, "ADMIN") == ["下庄村", "下庄", "下庄"]


def test_a_town_named_like_a_word_before_its_people(engine: Anonymizer) -> None:
    assert "卫城镇" in found(engine, "苹果熟了。卫城镇果农家家丰收。", "ADMIN")
    assert found(engine, "城镇居民收入增长，乡镇干部下沉。", "ADMIN") == []


def test_a_famous_village_without_cun_opening_a_clause(engine: Anonymizer) -> None:
    assert found(engine, "村委会主任说，十八洞的变化不是靠输血。", "ADMIN") == ["十八洞"]
    assert found(engine, "明月的光照着大地。", "ADMIN") == []


def test_village_names_holding_a_numeral(engine: Anonymizer) -> None:
    assert "万川村" in found(engine, "建成育苗基地，万川村集体经济收入突破50万元。", "ADMIN")
    assert found(engine, "全县一村一品，两村合并，三个村联建。", "ADMIN") == []


def test_a_town_named_like_a_word_opening_a_clause(engine: Anonymizer) -> None:
    assert found(engine, "今年，三合镇全力推进城乡融合发展。", "ADMIN") == ["三合镇"]
    assert "忠诚镇" in found(engine, "新增主体1200余户，忠诚镇百香果产业园带动农户。", "ADMIN")
    assert found(engine, "。中心镇建设，重点镇发展。", "ADMIN") == []


def test_a_place_before_what_its_hills_are_like(engine: Anonymizer) -> None:
    assert found(engine, "重庆山高坡陡，恩施山大人稀。", "ADMIN") == ["重庆", "恩施"]
    assert found(engine, "贺兰山下，赤水河畔。", "LOCAL") == ["贺兰山", "赤水河"]


def test_villages_named_with_the_words_villages_were_given(engine: Anonymizer) -> None:
    assert "民主村" in found(engine, "安置群众1400余户，民主村坚持民主评议。", "ADMIN")
    assert "先锋村" in found(engine, "接待游客30余万人次，先锋村设立党员先锋岗。", "ADMIN")
    assert found(engine, "打造文明村、示范村，宜居村建设，草原村排赛事。", "ADMIN") == []


def test_a_village_named_red_flag(engine: Anonymizer) -> None:
    assert "红旗村" in found(engine, "流转土地1.2万亩，红旗村建成村级光伏电站。", "ADMIN")


def test_a_town_named_with_the_suffix_it_had_before(engine: Anonymizer) -> None:
    # the gazetteer has 东坝头镇, 德威乡 and 泽当街道; texts keep older or newer suffixes
    text = "兰考县东坝头乡的瓜农和德威镇的救援队都来了，泽当镇的干部也赶到现场。"
    assert found(engine, text, "ADMIN") == ["兰考县", "东坝头乡", "德威镇", "泽当镇"]
    # the shared suffix goes to the level word, as with the gazetteer's own names
    assert found(engine, "东坝头乡党委书记李明远说。", "ADMIN") == ["东坝头"]
    # kinds of township and words opened by the suffix are no town
    text = "各苏木镇要抓好防火，如城镇居民的口粮，东坝头乡村振兴的经验，加快建设中心镇。"
    assert found(engine, text, "ADMIN") == []
    assert found(engine, "东坝头乡和县发改局作了交流发言。", "ADMIN") == ["东坝头乡"]


def test_communities_named_with_words(engine: Anonymizer) -> None:
    # a place word, a word before the community's own bodies, a numbered estate
    assert found(engine, "区里在南湖社区举办邻里节。", "ADMIN") == ["南湖社区"]
    assert found(engine, "述职人：和平社区党委书记、居委会主任杜小梅。", "ADMIN") == ["和平社区"]
    assert found(engine, "联系人：宝石社区居委会俞 佳。", "ADMIN") == ["宝石社区"]
    assert "幸福二村社区" in found(engine, "幸福二村社区平安志愿者谢玉珍受到表彰。", "ADMIN")
    assert found(engine, "在外来商户聚居的鸡鸣山社区推行双语服务。", "ADMIN") == ["鸡鸣山社区"]
    # kinds of community, verbs and slogans are no names
    text = (
        "组织社区党员学习，推行社区工作准入清单，推进城乡社区治理，基层社区书记要带头，"
        "开展和谐社区建设，城市社区党委书记轮训，“有事找社区”成了口头禅，"
        "今年新建社区食堂十家，他们长期扎根社区。"
    )
    assert found(engine, text, "ADMIN") == []
    assert found(engine, "思明区推行社区合伙人机制。", "ADMIN") == ["思明区"]


def test_a_town_the_gazetteer_lacks_right_after_its_county(engine: Anonymizer) -> None:
    assert found(engine, "他在于田县喀尔克乡调研。", "ADMIN") == ["于田县", "喀尔克乡"]
    assert found(engine, "岳麓区橘子洲街道的志愿者来了。", "ADMIN") == ["岳麓区", "橘子洲街道"]
    # kinds of town, where someone comes from, a verb: no town
    text = "丹凤县葡萄酒小镇建成，梅县籍华侨回乡寻根，某县各乡镇都来了，全县美丽乡村建设。"
    assert found(engine, text, "ADMIN") == ["丹凤县", "梅县"]


def test_a_city_named_like_a_verb_where_someone_does_research(engine: Anonymizer) -> None:
    assert found(engine, "省长在开封调研文旅融合。", "ADMIN") == ["开封"]
    assert found(engine, "包裹开封后要检查。", "ADMIN") == []


def test_no_landmark_where_a_place_or_the_hills_follow(engine: Anonymizer) -> None:
    # a province before its city, a county before its hills: places, no 浙江湖 or 肃南山
    text = "十八年前，浙江湖州市安吉县的干部来了；天津河西区也派了人。"
    assert found(engine, text, "ADMIN") == ["浙江", "湖州市", "安吉县", "天津", "河西区"]
    assert found(engine, "肃南山区要防范山洪灾害。", "LOCAL") == []
    assert found(engine, "登上贺兰山远望。", "LOCAL") == ["贺兰山"]


def test_no_place_from_a_meeting_name_after_zai(engine: Anonymizer) -> None:
    # a short form before a meeting's name is as often a word of its theme or an
    # organisation (the rule that read 在大同劳模座谈会上 was withdrawn for these)
    text = "在和平发展论坛上，在新华书店表彰会上，在长安汽车年会上，在平安建设推进会上。"
    assert found(engine, text, "ADMIN") == []


def test_a_village_after_a_preposition_or_finished_verb_or_before_its_people(
    engine: Anonymizer,
) -> None:
    assert found(engine, "对澳角村群众举报的问题要逐件核查。", "ADMIN") == ["澳角村"]
    assert found(engine, "乡长带我走遍了新生村的每一户。", "ADMIN") == ["新生村"]
    assert found(engine, "乐园村合作社理事长受到处分。", "ADMIN") == ["乐园村"]
    text = "为了农村发展，对全村进行了走访，推动了乡村振兴，对行政村开展巡察。"
    assert found(engine, text, "ADMIN") == []


def test_a_town_renamed_and_a_town_before_its_head(engine: Anonymizer) -> None:
    text = "同日，尹集乡更名为尹集镇；宿豫区撤销曹集乡，设立曹集镇。"
    assert found(engine, text, "ADMIN") == ["尹集乡", "尹集镇", "宿豫区", "曹集乡", "曹集镇"]
    text = "2002年起在德保县工作，曾任足荣镇镇长。"
    assert found(engine, text, "ADMIN") == ["德保县", "足荣镇"]


def test_a_former_division_named_as_such(engine: Anonymizer) -> None:
    assert "辽县" in found(engine, "晋中市左权县原名辽县，后来更名。", "ADMIN")
    assert "葭县" in found(engine, "榆林市佳县旧称葭县。", "ADMIN")
    text = "原县委书记、原副县长出席；平原新城地区生产总值增长；建立无原子武器地区。"
    assert found(engine, text, "ADMIN") == []


def test_a_new_area_named_for_its_places(engine: Anonymizer) -> None:
    assert found(engine, "推动三江新区与翠屏区协同发展。", "ADMIN") == ["三江新区", "翠屏区"]
    assert found(engine, "要以西咸新区为总窗口。", "ADMIN") == ["西咸新区"]
    assert found(engine, "加快建设和林格尔新区。", "ADMIN") == ["和林格尔新区"]
    assert found(engine, "高铁新区建设稳步推进，城市新区和开发新区都在扩容。", "ADMIN") == []


def test_villages_after_their_town_the_segmenter_splits_oddly(engine: Anonymizer) -> None:
    assert "鲁源村" in found(engine, "曲阜市尼山镇鲁源村办起了儒学讲堂。", "ADMIN")
    assert "皇都村" in found(engine, "坪坦乡皇都村的百家宴每天开席。", "ADMIN")
    assert "什进村" in found(engine, "保亭县三道镇什进村紧邻七仙岭。", "ADMIN")
    text = "县溪镇要求村干部带头，李宜君正指导村民采收，从杭州城里回到村子，搬进镇上的移民新村。"
    assert [x for x in found(engine, text, "ADMIN") if x.endswith("村")] == []


def test_no_village_inside_a_longer_word_and_no_unit_inside_a_unit(engine: Anonymizer) -> None:
    text = "瑶里镇古村落焕发新生机，贝尔苏木实施嘎查集体经济提升工程，城关镇完成老城区管网改造。"
    assert found(engine, text, "ADMIN") == ["瑶里镇", "贝尔苏木", "城关镇"]
    assert found(engine, "洛阳市老城区要加快发展。", "ADMIN") == ["洛阳市", "老城区"]


def test_a_town_named_with_a_word_after_a_preposition_or_verb(engine: Anonymizer) -> None:
    text = "我主抓图强镇林区转型，县委对石城乡开展巡察，推动大集镇汉服产业发展。"
    assert found(engine, text, "ADMIN") == ["图强镇", "石城乡", "大集镇"]
    assert found(engine, "对中心镇开展督查，建设特色小镇，要在重点镇推广。", "ADMIN") == []


def test_a_town_of_three_characters_with_another_suffix(engine: Anonymizer) -> None:
    # the gazetteer has 御道口镇 (御道口 a dictionary noun) and 三台山德昂族乡
    text = "御道口乡御道口村依托草原旅游带动群众。"
    assert found(engine, text, "ADMIN") == ["御道口乡", "御道口村"]


def test_a_village_before_its_cadres(engine: Anonymizer) -> None:
    assert found(engine, "对阿克墩村村干部的问题进行了核查。", "ADMIN") == ["阿克墩村"]
    assert found(engine, "要求各村村干部带头，全村村民参加。", "ADMIN") == []


def test_review_cases_of_the_new_place_rules(engine: Anonymizer) -> None:
    text = "该店更名为超市，原为城市，更名为东城市场监管所，原为产粮大县。"
    assert found(engine, text, "ADMIN") == []
    text = "曹县农业大镇，曹县旅游名镇，曹县纯牧业乡。"
    assert found(engine, text, "ADMIN") == ["曹县", "曹县", "曹县"]
    text = "全县新建社区党群服务中心，城中村社区党委，物业社区网格员。"
    assert found(engine, text, "ADMIN") == []
    assert found(engine, "如城镇职工；其他项目，如城镇老旧小区改造。", "ADMIN") == []


def test_a_town_short_form_that_is_no_word_before_de(engine: Anonymizer) -> None:
    text = "召开座谈会。大柳塔的采煤队长发言，均安镇的蒸猪、伦教的糕点都出了名。"
    assert found(engine, text, "ADMIN") == ["大柳塔", "均安镇", "伦教"]
    # a household, a lake: no town
    assert found(engine, "学费还差四千；吴家的鱼塘被冲垮了。她说，花湖的鸟多了。", "ADMIN") == []


def test_quanzhou_the_county_when_listed_with_counties(engine: Anonymizer) -> None:
    text = "全州、兴安、灌阳三县每年都组织祭扫。"
    assert found(engine, text, "ADMIN") == ["全州", "兴安", "灌阳"]
    # the level word (the whole prefecture) otherwise
    assert found(engine, "全州上下要团结一心。", "LEVEL") == ["全州"]


def test_counted_villages_after_de_or_a_point_ordinal(engine: Anonymizer) -> None:
    text = "保护区周边的四井子、双岗两个村要值守；二是沙坪、上高寨两个村的烘干机要到位。"
    assert found(engine, text, "ADMIN") == ["四井子", "双岗", "沙坪", "上高寨"]


def test_a_village_before_one_of_its_groups(engine: Anonymizer) -> None:
    assert found(engine, "今天去下庄三组走访。", "ADMIN") == ["下庄"]
    text = "专家三组、工作二组和督导一组分赴各地，第三组留守。"
    assert found(engine, text, "ADMIN") == []


def test_one_character_counties_kept_whole_by_the_texts_cut(engine: Anonymizer) -> None:
    assert found(engine, "冠县人民检察院召开听证会，他在单县调研。", "ADMIN") == ["冠县", "单县"]
    assert found(engine, "理县地处高原。", "ADMIN") == ["理县"]
    text = "要提高县域经济发展水平，保护古县城的风貌，正定是千年古县。"
    assert "高县" not in found(engine, text, "ADMIN")
    assert "古县" not in found(engine, text, "ADMIN")


def test_a_common_noun_district_only_after_a_city_not_a_county(engine: Anonymizer) -> None:
    assert found(engine, "修水县城区段水位上涨。", "ADMIN") == ["修水县"]
    assert found(engine, "晋城市城区西街街道。", "ADMIN") == ["晋城市", "城区", "西街街道"]
    assert found(engine, "伊宁市老城区改造惠及两万户。", "ADMIN") == ["伊宁市"]


def test_a_foreign_place_holding_a_citys_name_is_no_division(engine: Anonymizer) -> None:
    assert found(engine, "日本北海道扇贝和广西北海的海鸭蛋。", "ADMIN") == ["广西", "北海"]


def test_a_village_keeps_the_head_the_segmenter_cut_off(engine: Anonymizer) -> None:
    assert found(engine, "乡长带队到腊竹坪村察看溜索改桥。", "ADMIN") == ["腊竹坪村"]
    assert found(engine, "我们到张庄村调研。", "ADMIN") == ["张庄村"]


def test_steppe_villages_named_like_people_and_after_a_verb(engine: Anonymizer) -> None:
    assert found(engine, "巴彦图嘎查牧民把羊群赶回。", "ADMIN") == ["巴彦图嘎查"]
    assert found(engine, "我们一起给宝力根嘎查的牧民送去草料。", "ADMIN") == ["宝力根嘎查"]
    # no new area's name begins inside a division's full name
    assert found(engine, "平安区高铁新区今年开工。", "ADMIN") == ["平安区"]
    # a division before 海 or 林 that open words of their own is no landmark
    assert found(engine, "珲春海产品远销日韩。", "LOCAL") == []
    assert found(engine, "珲春海产品远销日韩。", "ADMIN") == ["珲春"]
    # a verb inside the run before 嘎查 makes no transliterated name
    assert found(engine, "牧民把草场和牛羊入股嘎查合作社。", "ADMIN") == []


def test_natural_villages_listed_before_a_count_in_digits(engine: Anonymizer) -> None:
    text = "全村辖前屯、后屯、靠山屯3个自然屯。"
    assert found(engine, text, "ADMIN") == ["前屯", "后屯", "靠山屯"]
    assert found(engine, "产业、生态2个村", "ADMIN") == []


def test_a_township_named_with_its_people_the_gazetteer_lacks(engine: Anonymizer) -> None:
    text = "洪水坪回族乡汛期要严防山洪，古城回族乡、巴石沟回族乡的道路要消除隐患。"
    assert found(engine, text, "ADMIN") == ["洪水坪回族乡", "古城回族乡", "巴石沟回族乡"]
    assert found(engine, "回族乡亲们载歌载舞，全省有少数民族乡十二个。", "ADMIN") == []


def test_a_people_and_a_level_alone_are_no_town(engine: Anonymizer) -> None:
    assert all(p.name != "回族乡" for p in engine.gazetteer.places)


def test_a_defined_countys_short_name_before_its_level_words(engine: Anonymizer) -> None:
    text = "白沙黎族自治县地处中部。白沙县委常委认为要发展茶叶，白沙县长介绍了茶园。"
    assert found(engine, text, "ADMIN") == ["白沙黎族自治县", "白沙", "白沙"]
    assert "白沙" not in found(engine, text, "PERSON")
    text = "文旅产业已经成为三江的支柱产业，三江侗族自治县地处桂北。"
    assert found(engine, text, "ADMIN")[0] == "三江"
    assert found(engine, "要成为和平的使者。", "ADMIN") == []


def test_congress_level_words(engine: Anonymizer) -> None:
    spans = [(s.text, s.label) for s in engine.analyze("隆德县人民代表大会常务委员会公告")]
    assert spans == [("隆德", "ADMIN"), ("县人民代表大会", "LEVEL")]


def test_taiwans_districts_only_where_the_text_names_taiwan(engine: Anonymizer) -> None:
    assert found(engine, "烟台港西港区原油码头二期工程投产。", "ADMIN") == ["烟台"]
    assert found(engine, "台南市西港区的渔民。", "ADMIN") == ["台南市", "西港区"]


def test_review_cases_of_the_session_12_place_rules(engine: Anonymizer) -> None:
    text = "2012年，任县教育局局长；连县领导都来了；2019年1月，代县人民政府县长。"
    assert found(engine, text, "ADMIN") == []
    text = "这里是深度贫困彝族乡，获评省级文明苗族乡，民族团结进步示范回族乡。"
    assert found(engine, text, "ADMIN") == []
    # the village 者布村 (常去 “often goes”: no name 常去者 after the title)
    assert found(engine, "第一书记常去者布村走访。", "ADMIN") == ["者布村"]
    assert found(engine, "第一书记常去者布村走访。", "PERSON") == []


def test_villages_after_a_made_up_town_or_opening_a_clause(engine: Anonymizer) -> None:
    text = "岫岩满族自治县青沟镇大房身村党支部副书记。"
    assert found(engine, text, "ADMIN") == ["岫岩满族自治县", "青沟镇", "大房身村"]
    assert found(engine, "早上从百坭村村部出发。", "ADMIN") == ["百坭村"]
    assert found(engine, "挂职那年，赤牛坬村的农民演员自编自演。", "ADMIN") == ["赤牛坬村"]


def test_a_town_first_in_a_list_of_towns(engine: Anonymizer) -> None:
    text = "让古镇与练市镇、菱湖镇等产业重镇联动。"
    assert found(engine, text, "ADMIN") == ["练市镇", "菱湖镇"]
    text = "副县长缪海燕、欧阳振及半城镇、临淮镇、双沟镇负责人参加。"
    assert found(engine, text, "ADMIN") == ["半城镇", "临淮镇", "双沟镇"]


def test_no_community_named_by_a_modal_or_a_preposition(engine: Anonymizer) -> None:
    assert found(engine, "自己这把年纪还能给社区出把力，当即报给社区高主任。", "ADMIN") == []
    assert found(engine, "南文营社区召开会议。", "ADMIN") == ["南文营社区"]


def test_communities_named_with_words_listed_before_their_count(engine: Anonymizer) -> None:
    text = "推动凤凰社区、民航社区等六个社区的老旧小区改造。"
    assert found(engine, text, "ADMIN") == ["凤凰社区", "民航社区"]
    assert found(engine, "建设创新型产业社区、商务社区等三个社区。", "ADMIN") == []


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # a town named before its own title in an appointment (the cut glues 任 to it)
        ("经研究，王刚同志任柳泉乡乡长。", ["柳泉乡"]),
        ("李敏同志任达板镇副镇长。", ["达板镇"]),
        ("张强现任新集镇副镇长。", ["新集镇"]),
        # a district before 社区 as a plain word: the district, not a community named after it
        ("西宁市城东区社区工作者培训班开班。", ["西宁市", "城东区"]),
    ],
)
def test_towns_in_appointments(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin, engine.analyze(text)


def test_no_town_in_a_policy_phrase(engine: Anonymizer) -> None:
    text = "建立以工促农、以城带乡长效机制。"
    assert found(engine, text, "ADMIN") == [], engine.analyze(text)


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        ("2. 在长治劳模座谈会上的讲话。", ["长治"]),  # a city's own meeting
        ("他去城东打工。", []),  # (去 is no frame: 城东, 新城, 平原 are words there)
        ("获奖的老师在清水教书三十年。", ["清水"]),
        ("在和平发展大会上的讲话。", []),  # a phrase, no place
    ],
)
def test_places_in_the_frames_of_speeches(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin, engine.analyze(text)


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        ("平马镇那弄村入户走访。", ["平马镇", "那弄村"]),  # 那 opens Zhuang names
        ("新街镇全福庄村的梯田里稻鱼共生。", ["新街镇", "全福庄村"]),
        ("宝丰镇擂鼓台村村民反映。", ["宝丰镇", "擂鼓台村"]),  # one word of the cut
        ("平马镇那个村的群众。", ["平马镇"]),  # a demonstrative, no name
    ],
)
def test_villages_right_after_their_town(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin, engine.analyze(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("雁门关下的代县，手艺人多。", "代县"),  # a one-character county after 的
        ("代县人民政府为艺人挂牌。", "代县"),  # not “acting” without 县长 after it
        ("他把阿鲁科尔沁草原的规矩记下。", "阿鲁科尔沁"),  # the cut joined its tail to 草原
        ("天山区固原巷社区的网格员。", "固原巷社区"),  # a community named after its street
        ("林州人说起红旗渠，都很自豪。", "林州"),  # the people of a place, no person
    ],
)
def test_places_the_segmenter_cuts_or_joins(engine: Anonymizer, text: str, place: str) -> None:
    spans = engine.analyze(text)
    assert place in [s.text for s in spans if s.label == "ADMIN"]
    assert [s.text for s in spans if s.label == "PERSON"] == []


def test_acting_county_head_is_no_county(engine: Anonymizer) -> None:
    spans = engine.analyze("李明为代县人民政府县长。他任代县长。")
    assert "代县" not in [s.text for s in spans if s.label == "ADMIN"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("深化深哈对口合作。", "深哈"),  # two sub-provincial cities of two provinces
        ("共建沈大哈长产业科技创新带。", "沈大哈长"),  # four of them
        ("深化浙川东西部协作。", "浙川"),  # two provinces' abbreviations
    ],
)
def test_initials_paired_across_provinces(engine: Anonymizer, text: str, pair: str) -> None:
    assert pair in found(engine, text, "ADMIN")


def test_major_initials_need_a_joint_word(engine: Anonymizer) -> None:
    assert [
        s.text for s in engine.analyze("大长今年又涨了。深哈哈一笑。") if s.label == "ADMIN"
    ] == []


@pytest.mark.parametrize(
    ("text", "abbrev"),
    [
        ("支持湘西北地区对接成渝双城经济圈。", "湘"),  # two compass characters: a part of it
        ("实施渝贸全球国际市场开拓计划。", "渝"),  # a trade campaign named after it
    ],
)
def test_abbreviations_in_parts_and_campaigns(engine: Anonymizer, text: str, abbrev: str) -> None:
    assert abbrev in found(engine, text, "ADMIN")


def test_soviet_trade_is_no_jiangsu(engine: Anonymizer) -> None:
    text = "用今年对苏贸易的顺差额提前还款。"
    assert found(engine, text, "ADMIN") == []


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("镇长讲了。李家山村的窑洞院落吸引了游客。", "李家山村"),  # 李家|山村
        ("茶叶产业稳步发展，神山村人均可支配收入过万。", "神山村"),
    ],
)
def test_villages_read_as_mountain_villages(engine: Anonymizer, text: str, village: str) -> None:
    assert village in found(engine, text, "ADMIN")


@pytest.mark.parametrize(
    "text", ["这个小山村的变化很大。", "偏远山村的孩子上学难。", "她扎根山村二十年。"]
)
def test_mountain_villages_stay_words(engine: Anonymizer, text: str) -> None:
    assert found(engine, text, "ADMIN") == []


def test_a_prefectures_north_is_no_province_part(engine: Anonymizer) -> None:
    spans = engine.analyze("湘西北部的山区群众过去出行很难。")
    assert "湘" not in [s.text for s in spans if s.label == "ADMIN"]


def test_major_city_initials_before_an_innovation_corridor(engine: Anonymizer) -> None:
    spans = engine.analyze("广深科技创新走廊建设加速推进。")
    assert [s.text for s in spans if s.label == "ADMIN"] == ["广深"]


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("县公安局抽调古州、忠诚等派出所警力。", ["古州", "忠诚"]),  # a list before 等派出所
        ("他调到城关派出所工作。", []),  # every county seat has one
        ("平安派出所的民警。", []),  # a word alone names no town
        ("代县县长乔立新作报告。", ["代县"]),  # its own head, not “acting”
    ],
)
def test_towns_of_their_offices(engine: Anonymizer, text: str, towns: list[str]) -> None:
    assert found(engine, text, "ADMIN") == towns


@pytest.mark.parametrize(
    "text", ["宣汉县在全县开展无讼村（社区）创建。", "草海镇一名村干部违规把亲属纳入低保。"]
)
def test_kinds_and_counts_are_no_villages(engine: Anonymizer, text: str) -> None:
    assert not any(s.text.endswith("村") for s in engine.analyze(text) if s.label == "ADMIN")


@pytest.mark.parametrize(
    ("text", "place"),
    [("景区提档升级。常州村78户农家院接待游客。", "常州村"), ("常州村民来了。", "常州")],
)
def test_a_village_named_like_a_city(engine: Anonymizer, text: str, place: str) -> None:
    assert found(engine, text, "ADMIN") == [place]


def test_no_city_inside_a_border_river(engine: Anonymizer) -> None:
    spans = engine.analyze("在乌苏里江畔的饶河县，民警在巡逻。")
    assert [s.text for s in spans if s.label == "ADMIN"] == ["饶河县"]


def test_a_city_before_a_count_of_cities_is_no_slogan(engine: Anonymizer) -> None:
    spans = engine.analyze("他提到防城港、崇左、百色三市的边境管控任务。")
    assert [s.text for s in spans if s.label == "ADMIN"] == ["防城港", "崇左", "百色"]
    spans = engine.analyze("这里一河三山，两山一水。")
    assert [s.text for s in spans if s.label == "ADMIN"] == []


def test_taiwan_districts_need_their_full_name(engine: Anonymizer) -> None:
    # the short forms of Taiwan's city districts are people's names and companies here
    text = "党员中心户乌日娜带着牧民赶场，万华化学的新项目落在南港工业区。"
    assert found(engine, text, "ADMIN") == []
    text = "台中市乌日区和高雄市美浓区的客人来了，新竹县的台商也来了。"
    assert found(engine, text, "ADMIN") == [
        "台中市",
        "乌日区",
        "高雄市",
        "美浓区",
        "新竹县",
        "台",
    ]


def test_ethnic_townships_named_with_minzu_xiang(engine: Anonymizer) -> None:
    text = "错那市麻玛门巴民族乡的村医来了，根河市敖鲁古雅鄂温克民族乡的驯鹿园开了。"
    assert found(engine, text, "ADMIN") == [
        "错那市",
        "麻玛门巴民族乡",
        "根河市",
        "敖鲁古雅鄂温克民族乡",
    ]
    text = "定在街津口赫哲族乡和八岔赫哲族乡先行试点，全县有两个回族乡和少数民族乡。"
    assert found(engine, text, "ADMIN") == [
        "街津口赫哲族乡",
        "八岔赫哲族乡",
    ]


def test_a_county_named_like_a_word_where_one_goes_or_stays(engine: Anonymizer) -> None:
    text = "欢迎大家到资源来。现在不少人回三江开茶馆。他在同心，我在长寿。"
    assert found(engine, text, "ADMIN") == [
        "资源",
        "三江",
        "同心",
        "长寿",
    ]
    # the words themselves, a verb after 投资, a part of any town
    text = "在合作中共赢，在和平年代到资源库查，客商来投资兴业，从城关出发，回山上种橙。"
    assert found(engine, text, "ADMIN") == []


def test_a_town_after_its_county_may_hold_a_numeral(engine: Anonymizer) -> None:
    text = "神农架林区大九湖镇的湿地，淅川县三镇一乡都来了。"
    assert found(engine, text, "ADMIN") == [
        "神农架林区",
        "大九湖镇",
        "淅川县",
    ]


def test_a_county_welcomed_to_by_its_short_name(engine: Anonymizer) -> None:
    text = "欢迎到资源来投资。"
    assert found(engine, text, "ADMIN") == ["资源"]


def test_a_town_the_dictionary_holds_as_a_place(engine: Anonymizer) -> None:
    """溪口 is an ordinary word, but 溪口镇 cut whole and tagged as a place is the town."""
    assert found(engine, "沿着山路往下走，不远处的溪口镇上游客不少。", "ADMIN") == ["溪口镇"]
    assert found(engine, "要把特色小镇和中心镇建设好。", "ADMIN") == []


def test_registered_villages_without_a_frame(engine: Anonymizer) -> None:
    """A village the national list registers counts where its name starts a word, not as a
    kind of village, a counted one or a 村 that opens the next word."""
    assert found(engine, "暴雨过后，下游中坝村群众已全部转移。", "ADMIN") == ["中坝村"]
    assert found(engine, "全村共有三百户，新农村建设加快，朝鲜族村民也来了。", "ADMIN") == []
    assert found(engine, "去年，全旗所有嘎查村都建起了党群服务中心。", "ADMIN") == []


def test_the_village_list_is_validated() -> None:
    from sucai.analyze.placelists import load_villages

    villages = load_villages()
    assert len(villages) > 250_000
    assert "中坝村" in villages and "新农村" in villages  # registered, and a common phrase
    assert all(v.endswith(("村", "社区", "嘎查")) for v in list(villages)[:1000])


def test_a_registered_village_swallows_the_pieces_read_in_it(engine: Anonymizer) -> None:
    """Short forms read inside a registered name give way to it; a division of its own
    before the village does not."""
    found_here = found(engine, "张北县二泉井乡黄石崖村的光伏电站运行平稳。", "ADMIN")
    assert found_here[-1] == "黄石崖村"
    assert "韶山村" in found(engine, "韶山市韶山乡韶山村是毛泽东同志的故乡。", "ADMIN")


def test_no_village_of_a_phrase_before_its_suffix(engine: Anonymizer) -> None:
    """由, 离 or a count before 社区/嘎查/村 make a phrase, not a village's own name."""
    assert found(engine, "今年在城南街道试点由社区党组织牵头选聘物业。", "ADMIN") == ["城南街道"]
    assert found(engine, "最远的牧户离嘎查党群服务中心有六十多公里。", "ADMIN") == []
    assert found(engine, "右卫镇一些村的村规民约里至今有这一条。", "ADMIN") == ["右卫镇"]


def test_famous_villages_by_their_short_names_as_places(engine: Anonymizer) -> None:
    """A famous village without 村 after its county and 的, or opening a clause as the one
    that acts."""
    text = "江阴的华西、张家港的永联都是强村。永联把议事会开进小区，华西则每月恳谈一次。"
    assert found(engine, text, "ADMIN") == ["江阴", "华西", "张家港", "永联", "永联", "华西"]


def test_a_kind_of_community_is_no_community_name(engine: Anonymizer) -> None:
    assert found(engine, "要加快打造一批高水平科创社区和人才社区。", "ADMIN") == []


def test_a_short_form_that_opens_a_longer_word_is_no_place(engine: Anonymizer) -> None:
    """大丰收 is 大 + 丰收, not 大丰 (a district) + 收; 大连人 and 河南人 keep their place."""
    assert found(engine, "今年葡萄又是大丰收，果农们笑开了花。", "ADMIN") == []
    assert found(engine, "要查处私设小金库的问题。", "ADMIN") == []
    assert found(engine, "他说，大连人骨子里有股海风。", "ADMIN") == ["大连"]


def test_a_port_or_park_named_after_its_town(engine: Anonymizer) -> None:
    """A zone named after the town it lies in names the town (the zone is no place)."""
    assert found(engine, "建成罗泾港区改造二期。", "ADMIN") == ["罗泾"]


def test_a_list_of_slogans_on_one_abbreviation(engine: Anonymizer) -> None:
    """One slogan found (治疆) carries its list: each item ending in the same abbreviation."""
    text = "这几年推动科技兴疆、人才强疆、依法治疆，各项事业稳步推进。"
    assert found(engine, text, "ADMIN") == ["疆"] * 3
    assert found(engine, "坚持稳中求进、守正创新、先立后破，推动发展。", "ADMIN") == []


def test_no_village_before_a_split_into_groups(engine: Anonymizer) -> None:
    assert found(engine, "救援队员共三十余人分四组上山搜寻。", "ADMIN") == []


def test_a_county_named_like_a_river_listed_with_rivers(engine: Anonymizer) -> None:
    """清水河 beside 苦水河 (no place) is the river; beside 黑河 (a city) the city."""
    spans = engine.analyze("实施清水河、苦水河、沙湖等综合治理。")
    assert [(s.text, s.label) for s in spans][:1] == [("清水河", "LOCAL")]
    assert "清水河" in found(engine, "推动清水河、和林格尔两县合作。", "ADMIN")


def test_a_town_the_gazetteer_lacks_opening_a_list_item(engine: Anonymizer) -> None:
    """An unknown town opens an item like the known towns of the same sentence; a phrase
    ending in 镇 or 乡 there does not."""
    text = "获奖的有嘎达布其镇图雅、满都宝力格镇其木格、道特淖尔镇包金山。"
    assert "满都宝力格镇" in found(engine, text, "ADMIN")
    text = "要用好丝商文化，让古镇与练市镇、菱湖镇等错位发展。"
    assert "让古镇" not in found(engine, text, "ADMIN")


def test_an_island_whole_before_a_word_that_starts_with_dao(engine: Anonymizer) -> None:
    """海南岛|国际电影节: the island, though 岛国 is a word; 台湾岛内 stays Taiwan."""
    spans = engine.analyze("办好海南岛国际电影节。")
    assert [(s.text, s.label) for s in spans] == [("海南岛", "LOCAL")]
    assert found(engine, "台湾岛内的分裂倾向值得警惕。", "ADMIN") == ["台湾"]


def test_he_county_after_a_closing_quote_is_a_conjunction(engine: Anonymizer) -> None:
    text = "宁东“转型升级”和县乡两级的工作都有进展。"
    assert found(engine, text, "ADMIN") == []  # (宁东, the energy base, is LOCAL)
    assert found(engine, text, "LOCAL") == ["宁东"]


def test_no_village_of_herders_opened_by_an_adverb(engine: Anonymizer) -> None:
    text = "对照合同重新核定界桩，又请嘎查老党员出面说明。"
    assert found(engine, text, "ADMIN") == []


def test_an_unknown_town_listed_at_the_texts_end(engine: Anonymizer) -> None:
    assert found(engine, "城关镇、满都宝力格镇", "ADMIN") == ["城关镇", "满都宝力格镇"]


def test_a_port_named_by_its_city(engine: Anonymizer) -> None:
    """岳阳港 is the port of 岳阳: the city is the place (not a landmark of three)."""
    assert found(engine, "去年岳阳港集装箱吞吐量又创新高。", "ADMIN") == ["岳阳"]
    assert found(engine, "去年岳阳港集装箱吞吐量又创新高。", "LOCAL") == []


def test_a_list_of_products_on_one_abbreviation(engine: Anonymizer) -> None:
    """川菜 and 川酒 carry the list: 川灯 and 川药 open with the same abbreviation."""
    text = "要擦亮川菜、川酒、川灯、川药等招牌。"
    assert found(engine, text, "ADMIN") == ["川"] * 4


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # a quoted abbreviation before 字号/字标 is the province's mark
        ("今年又有十二家企业拿到“粤”字号认证。", ["粤"]),
        # water brought to a place: 济 is the verb, the abbreviation the place (no 济宁)
        ("加快引黄济宁工程前期工作。", ["宁"]),
        # the ends of a route, the second with its station, before 等 and a route word
        ("计划新建大同至太原南等高铁线路。", ["大同", "太原"]),
        ("大同至北京的高铁今年通车。", ["大同", "北京"]),
        # a pair of initials found before a route word is the same pair again elsewhere
        ("京雄城际运行平稳，京雄快线加快建设。", ["京雄", "京雄"]),
        # Shaanxi's innovation platform
        ("依托秦创原平台引进科技型企业。", ["秦"]),
    ],
)
def test_marks_water_routes_pairs_again(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin


def test_no_pair_of_countries_said_again(engine: Anonymizer) -> None:
    text = "中吉乌公路车流不断，中吉乌铁路项目加快对接。"
    assert found(engine, text, "ADMIN") == []


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # a run of four abbreviations, though the last makes a word with the next (浙大)
        ("豫皖苏浙大宗物资运输协作不断深化。", ["豫皖苏浙"]),
        # (but 苏 of 苏区, the soviet area, stays with 区)
        ("新县是鄂豫皖苏区首府所在地。", ["新县", "鄂豫皖"]),
        # the slogans of work in Xinjiang and the phrase for using it against China
        ("要坚持文化润疆、旅游兴疆，反制以疆制华的图谋。", ["疆", "疆", "疆"]),
    ],
)
def test_runs_and_slogans_of_abbreviations(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # a list of lines closed by its count before the line word
        ("今年要加快邵永、铜吉等两条高铁建设。", ["邵永", "铜吉"]),
        # two towns of one county side by side, neither an everyday word
        ("支持南口、马池口两个片区承接研发项目。", ["南口", "马池口"]),
        ("推动东北、西北两个片区协同发展。", []),
        # two cities' initials of one province in quotes (襄阳, 十堰); no numeral slogans
        ("支持武汉、宜昌和“襄十”一体发展。", ["武汉", "宜昌", "襄十"]),
        ("落实“五定”要求，扩大“三新”消费。", []),
    ],
)
def test_counted_lines_sibling_towns_quoted_pairs(
    engine: Anonymizer, text: str, admin: list[str]
) -> None:
    assert found(engine, text, "ADMIN") == admin


@pytest.mark.parametrize(
    ("text", "label", "spans"),
    [
        # a street named after a city is the street, whole
        ("周末的南京东路人流如织。", "LOCAL", ["南京东路"]),
        ("周末的南京东路人流如织。", "ADMIN", []),
        # bodies stationed in a province, though 辽中 opens a district's name
        ("慰问驻辽中央单位和驻军官兵。", "ADMIN", ["辽"]),
    ],
)
def test_streets_stationed_bodies_and_visits(
    engine: Anonymizer, text: str, label: str, spans: list[str]
) -> None:
    assert found(engine, text, label) == spans


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # one more initial of a city of the group's province before a listed group
        ("绥哈大齐生物产业带加快成形。", ["绥哈大齐"]),
        # lines of the high-speed network by their initials, one of them across provinces
        ("今年成达万高铁和集大原高铁都有新进展。", ["成达万", "集大原"]),
    ],
)
def test_groups_and_lines_by_initials(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # a route between two places, no county 东至 across the connector
        ("乐东至三亚段公路年内通车。", ["乐东", "三亚"]),
        ("东至县的茶叶远销海外。", ["东至县"]),
        # a province's style or charm (粤韵), not an ordinary new rhyme
        ("南狮腾跃、粤韵悠扬，新韵律也有了。", ["粤"]),
    ],
)
def test_route_ends_and_a_provinces_charm(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin


def test_wuhan_by_its_one_character_name_among_initials(engine: Anonymizer) -> None:
    """汉 stands for 武汉 among the initials of cities of its province (汉襄宜)."""
    text = "推动汉襄宜协同发展。"
    assert found(engine, text, "ADMIN") == ["汉襄宜"]
    assert found(engine, "汉藏文化交流源远流长。", "ADMIN") == []


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # 新 before the word it qualifies is “new”, not Xinjiang closing the run
        ("加快甘川新通道建设。", ["甘川"]),
        ("甘青新三省区共同推进。", ["甘青新"]),
        # a city alone in brackets after an event's name is its venue
        ("举办友好城市合作（黄山）论坛。", ["黄山"]),
    ],
)
def test_new_after_a_run_and_venues(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # a group of four initials though the last makes a word with the next (临城|市)
        ("建设兰白定临城市群。", ["兰白定临"]),
        # a listed visit glued to the word before it, then a verb
        ("支持中资环在津打造资源循环利用平台。", ["津"]),
        # the economic zone of the strait's west coast is no prefecture 海西
        ("加强海西经济区建设。", []),
    ],
)
def test_groups_visits_and_the_strait_coast(
    engine: Anonymizer, text: str, admin: list[str]
) -> None:
    assert found(engine, text, "ADMIN") == admin


@pytest.mark.parametrize(
    ("text", "admin"),
    [
        # provincial enterprises named by the abbreviation (陕煤, 晋能, 川投, 陕汽)
        ("陕煤集团和晋能控股加快转型，川投、陕汽也在扩产。", ["陕", "晋", "川", "陕"]),
        # not “new” energy or a new investment, nor a stage that can
        ("发展新能源汽车，今年新投了三百亩。", []),
        ("舞台能否搭起来，要看天气。", []),
    ],
)
def test_enterprises_named_by_abbreviation(engine: Anonymizer, text: str, admin: list[str]) -> None:
    assert found(engine, text, "ADMIN") == admin
