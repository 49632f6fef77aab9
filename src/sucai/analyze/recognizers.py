"""Recognizers: each finds spans of one kind in a text (Presidio's EntityRecognizer).

They share a Context holding the text's word boundaries (rjieba, search mode:
a word and its dictionary parts) and the spans earlier recognizers found, so
that a recognizer can ask "is this a word here?" and "is a place next to it?".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from itertools import accumulate, compress, pairwise
from typing import Any, NamedTuple, Protocol

import numpy as np

from sucai.analyze.gazetteer import PEOPLES, Gazetteer, Place
from sucai.analyze.rules import AliasRules, FeatureRules, LevelRules, PersonRules, TermRules
from sucai.analyze.spans import Span
from sucai.analyze.wordfind import WordFinder
from sucai.errors import DataFileError

_CJK = re.compile(r"[\u4e00-\u9fff]")
_COMPASS = frozenset("东南西北中")
# what the clause before 名叫 speaks of: a person, or a place, an animal or a thing
_NAMED_PEOPLE = (*"他她人员师长工任", "孩子", "姑娘", "小伙", "儿子", "女儿", "妻子", "丈夫")
_NAMED_THINGS = (*"村屯寨寺庙店狗猫牛马羊山河湖桥街路", "地方", "学校", "公司", "合作社")
_PLACE_NAMED = frozenset("县市村镇乡区州旗地山河湖江街路站桥")  # 县名叫…, 村名叫…: a place's name
# what follows 让/使 as a verb of causing (才让|这个产业…, 才让|我们…), not a name's end
_CAUSED_NEXT = ("这", "那", "我", "你", "他", "她", "它", "大家", "更多", "群众", "人们", "每")
_LIST_MARKS = "、，"  # between the items of a list of slogans
_MASK = re.compile(r"\*{2,}|〔[^〕]{1,6}〕")
# Characters that never begin or end a made-up place name (功能词, 数量, 指代).
_FUNCTION_CHARS: set[str] = set(
    "的了着和与及在为是对到把被从向之全我你您他她它们本该各每这那其此等两一二三四五六七八九十几多个所以而并或又也都就还更最很再将已"
)
# what a one-character word that leads into a name is tagged: a verb, preposition,
# adverb, conjunction, pronoun, particle, measure word or numeral
_LEAD_IN_TAGS = set("vpdcruqm")
_LANDMARK_SUFFIX = re.compile(
    r"新区|经济技术开发区|经济开发区|高新技术产业开发区|开发区|经开区|高新区|工业园区|产业园区|工业园|科技园|物流园|湾区|港区|古镇|景区|湖|湾|港|山|岛"
)
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# Zones named after the town they lie in (罗泾港区, 伍市工业园区); a development zone or a
# scenic area bears a name of its own (准东经济技术开发区).
_ZONES_OF_TOWNS = frozenset(
    {"港区", "工业园区", "产业园区", "工业园", "物流园", "科技园", "院区", "校区"}
)
# What ends the list item before one of its own (、平漯周、 / “杭甬温”).
# Verbs before a listed group whose last character the segmenter reads into it (打造|成渝)
_GROUP_VERBS = ("打造", "建设", "推动", "推进", "支持", "深化", "融入", "服务")
_QUOTED_PAIR = re.compile("“([\u4e00-\u9fff]{2})”")
_QUOTED_TRIPLE = re.compile("“([\u4e00-\u9fff]{3})”")
# the count closing a list of lines before their line word (等6条, 等十七条)
# Work on a line between it and the 等 that closes a list of lines (四梅集扩能等铁路)
_LINE_WORKS = ("扩能改造", "扩能", "扩容", "改扩建", "电气化改造")
# Line words that follow other things too (城市|扩容): initials before them only of cities
_WEAK_LINE_WORDS = frozenset(("扩容", "改扩建"))
# function characters that open no line's initials, even before a railway (和|成资, 三大)
_NO_LINE_INITIALS = frozenset("和与及同跟两大")
_STRONG_LINE_WORDS = frozenset(("高速公路", "高速铁路", "铁路", "高铁", "高速", "城际", "客专"))
_LINES_COUNTED = re.compile("等?[0-9一二三四五六七八九十两]{1,3}条$")
_ITEM_STOPS = set("、，。；：“”‘’（）《》 \n\t\u3000")
_CLAUSE_END = re.compile("[。！？；，\n]")
_PHOTO_CREDIT = re.compile(
    r"[（(]\s*(?:[^（()）]{0,12}?[：:\s])?"
    r"(?![文图][ 　])([\u4e00-\u9fff](?:[ 　]?[\u4e00-\u9fff]){1,3}?)\s*摄\s*[）)]"
)  # (（王晨阳 文　慕容青 摄）: 文 ends the writer's credit, no part of the name)
# 李 锐 摄 at a paragraph's end: a picture's credit with no brackets, set off by a space
# 新华社记者 高洁 摄　　(the speech goes on): a reporter's picture credit inside the text
_REPORTER_CREDIT = re.compile(
    r"记者[ 　]+([\u4e00-\u9fff](?:[ 　]?[\u4e00-\u9fff]){1,3}?)[ 　]+摄(?:影)?(?=[ 　\n])"
)
_TRAILING_CREDIT = re.compile(
    r"(?:(?<=[。！？”\s])|^)([\u4e00-\u9fff](?:[ 　]?[\u4e00-\u9fff]){1,3}?)[ 　]+摄(?:影)?[ 　]*$",
    re.M,
)
# （周小舟 文　慕容青 摄）: the writer's credit before the photographer's
_WRITER_CREDIT = re.compile(
    r"[（(]\s*([\u4e00-\u9fff](?:[ 　]?[\u4e00-\u9fff]){1,3}?)[ 　]+文[ 　]+"
    r"(?=[\u4e00-\u9fff](?:[ 　]?[\u4e00-\u9fff]){1,3}?\s*摄\s*[）)])"
)
_DOTS = "·•・．"
_DOT = re.compile(f"[{_DOTS}]")
_LIST_CLOSE = re.compile("等|(?=[0-9一二两三四五六七八九十][0-9十]?[位名])")
_SPACED_NAME = re.compile(r"([\u4e00-\u9fff·]{2,6})(?=[ 　]|$|\n)")
_BRAND = re.compile(
    r"[“\"](?P<x>[\u4e00-\u9fff]{2})(?:工匠|技工|工人|英才|人才|品牌|名匠|先锋|好人|名片|模式|经验)[”\"]"
)
_STEPPE = re.compile("苏木|嘎查")
_AFTER_ITEM = set("、和与及等，。；一两二三四五六七八九十")
_NOT_HEAD = set("去来往常又还就要会能曾再先")  # what opens no village's name
_WORD_SAYS = re.compile("[\u4e00-\u9fff]{2}(?=说[，：,:])")
_COUNT_OF_UNITS = re.compile("[两二三四五六七八九十]{1,2}(?:个)?[省市县区州盟旗]")
# a level word of a place's own bodies, right after the place's short name (白沙|县委)
_LEVEL_AFTER_PLACE = re.compile(
    "(?<=[\u4e00-\u9fff])[省市县区旗州盟](?=委|长|政府|人民政府|人大|政协|纪委)"
)
_ETHNIC_TOWN = re.compile(
    "(?:[\u4e00-\u9fff]{1,3}族){1,3}(?:民族)?(?:乡|镇|苏木)|[\u4e00-\u9fff]{1,3}民族(?:乡|镇)"
)
# 洪水泉回族乡, 巴藏沟回族乡: a township named with its people, the gazetteer lacking it
# (found from its end: 族乡 is rare, a regex of the peoples tried at every 族 is not)
_PEOPLE_TOWN_END = re.compile("族(?:民族)?(?:乡|镇|苏木)|(?<!族)民族(?:乡|镇)")
_PEOPLES_BEFORE = re.compile(
    "(?:(?:" + "|".join(sorted(PEOPLES, key=len, reverse=True)) + ")族){1,3}\\Z"
)
# 麻玛门巴民族乡, 敖鲁古雅鄂温克民族乡: the people named without 族 before 民族乡
_PEOPLES_BARE_BEFORE = re.compile(
    "(?:" + "|".join(sorted(PEOPLES, key=len, reverse=True)) + "){1,2}\\Z"
)
_COUNT_WORDS = re.compile("[一二三四五六七八九十两几每][个间座所处条片名位]")
_COMRADE = re.compile("同志")
_COMRADE_BEFORE = set("，。；：、（(“\n 由对请和与及同向给让把将")
_COMRADE_GROUPS = frozenset("全体 广大 相关 年轻 有关 其他 部分 个别 负责 主要 同级".split())
_ARRIVING = frozenset("来到 回到 走进 落户 扎根 投资 考察".split())
# what may stand before 在/到/从/回/去 in 从于都出发 (a clause's start, a subject, 要 …)
_FRAME_BEFORE_LEAD = set("，。；：！？“\n 我你他她们人军家都要就也还再先又曾常会能可想迎请")
# what follows a county's name where one goes, stays or leaves (到资源来, 从于都出发)
_FRAMED_PLACE_AFTER = (
    *("来", "出发", "县城", "城里", "城区", "古城", "那几年"),
    *("考察", "调研", "投资", "创业", "定居", "落户", "发往", "驱车", "安心"),
)
_STEPPE_STOPS = set(
    "的了在是对到把被从向等这那其该各每我本全所要将已年间一二三四五六七八九十两由离"
)
_TOWN_NAME_STOPS = set("的了在是对到把被从向等这那其该各每我本全所要将已年间个")
_AREA_WORDS = frozenset("山区 城区 市区 郊区 林区 牧区 矿区 湖区 库区 垦区 园区 景区".split())
_VILLAGE = re.compile(r"(?P<s>社区|村|屯)")
_VILLAGE_AFTER = re.compile(r"[\u4e00-\u9fff]{2,4}(?:村|社区|嘎查)")
# (the count first, then the list before it: a list pattern tried at every position of
# every run of characters costs more than the whole village pass)
_VILLAGE_COUNT = re.compile(
    "(?<![0-9])(?P<n>[两二三四五六七八九2-9])个(?:自然村|自然屯|行政村|村民小组|村|屯|组|寨)"
)
_COUNTED_LIST = re.compile("((?:[\u4e00-\u9fff]{2,4}[、和与及])+[\u4e00-\u9fff]{2,4})等?\\Z")
_LIST_ITEM = re.compile("[^、和与及]+")
# 二是|沙坪、上高寨两个村: the ordinal of a point before the first name of a list
_ORDINAL_HEADS = frozenset("一是 二是 三是 四是 五是 六是 其一 其二".split())
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_COUNTS.update({str(n): n for n in range(2, 10)})
_VILLAGE_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,5}村[、和及])+[\u4e00-\u9fff]{2,3}村")
_VILLAGE_BODY = re.compile(
    "村(?=党支部|党总支|党委|村委会|村民委员会|两委|党群服务中心|集体经济组织)"
)
_NATURE = set("山江河湖溪岭峡海泉林峰湾")
# what says a river or lake is meant: along, across or by it, its banks, its water
_ALONG_WATER = set("沿跨临傍环")
_WATER_AFTER = (
    "两岸",
    "沿岸",
    "岸边",
    "之畔",
    "畔",
    "水系",
    "流域",
    "上游",
    "中游",
    "下游",
    "河道",
    "河段",
    "江段",
    "江面",
    "湖面",
    "水面",
    "水质",
    "水域",
    "湖区",
    "湖畔",
    "江畔",
    "河畔",
)
# Verbs of flowing water a river's name meets within its clause (黑河从祁连山北麓流出)
_WATER_FLOWS = (
    "交汇",
    "汇合",
    "汇入",
    "注入",
    "流经",
    "流入",
    "流出",
    "涨水",
    "干流",
    "支流",
)
_CLAUSE_REST = re.compile("[^，。；！？\n]{0,10}")
# The rest of a list of rivers closed by their basins (、嫩江等流域)
_WATERS_LISTED = re.compile(
    "(?:[、和与及][\u4e00-\u9fff]{1,5}[江河湖])+等?(?:流域|水系|河流|干支流|江河)"
    "|等(?:流域|水系|河流|干支流|江河)"
)
# What follows a county's or city's name used as the place (长寿经开区, 天长地处…, 大同是产煤大市).
_PLACE_ZONES = (
    *("经开区", "经济开发区", "经济技术开发区", "高新区", "高新技术产业开发区"),
    *("工业园区", "综合保税区", "综保区", "县城", "城区", "境内", "全境", "科学城", "矿务局"),
)
# What a place has, after 是 + its name + 的 (是三江的支柱产业), and what one goes to a place
# to do (去互助体验): the name is the place named in full elsewhere in the text.
_PLACE_HAS = (
    *("支柱产业", "主导产业", "特色产业", "产业", "经济", "名片", "特色", "优势", "特产"),
    *("农产品", "品牌", "发展", "未来", "人民", "群众", "百姓", "父老乡亲", "山水", "土地"),
)
_PLACE_VISITS = (
    *("体验", "旅游", "游玩", "参观", "考察", "调研", "投资", "打卡", "看看", "走走"),
    *("看", "玩", "游"),
    *("经营", "工作", "生活", "创业", "落户", "安家", "做", "卖", "开店", "办厂", "县城", "城区"),
)
# Zones of a town or a city's quarters that words for states also stand before (平安城区)
_TOWN_ZONES = ("县城", "城区", "境内", "全境")
# Words for a place's new or old quarter that are some town's short form too (雷州新城)
_NEW_DISTRICT_WORDS = frozenset(("新城", "老城", "新区", "城区", "新村"))
# Adverbs after a landscape noun that stands alone (新疆|山更绿、水更清)
_ADVERBS_AFTER_NOUN = frozenset("更很也都越最还又")
_AIRPORT = ("机场", "国际机场")
# What one does at a place, after 在/到/来/赴 + its name (到民权投资兴业, 在光明工作).
# Nouns after a county's short name that make it the county's (五常|大米, 兴隆|板栗)
_PLACE_PRODUCE_WORDS = frozenset(
    "大米 板栗 油茶 黄花 绿茶 红茶 白茶 核桃 苹果 贡柑 红米 梯田 土鸡 猕猴桃 腐竹 圆枣 枸杞 白莲 "
    "干部 群众 百姓 人民 父老 县城 城区 乡下 市场 港 大地 儿女".split()
)
# who lives in a place, after its name and 的 (让江山的|老百姓, 祝愿兴隆的|父老乡亲)
_PLACE_FOLK = ("老百姓", "百姓", "父老", "群众", "干部群众", "人民", "乡亲", "好山好水", "好产品")
# A level character and what follows it that make a word of their own (泰州|市区, 甘孜|州里)
_SUFFIX_WORDS = frozenset(
    "市级 县城 县级 区级 州级 省级 市区 市里 州里 县里 区里 省里 市民 州府 市郊 县郊".split()
)
# someone in a place, and serving there (我在|方正|工作, 曾在|全州|任职, 调到|东方|工作)
_SOMEONE_IN = ("我在", "曾在", "先后在", "他在", "她在", "调到", "调任", "回到")
_SERVED = ("工作", "挂职", "任职", "当过", "担任", "任过", "干了", "待了", "工作期间", "挂职期间")
_PLACE_DOINGS = (
    *("投资", "兴业", "调研", "考察", "落户", "落地", "创业", "安家", "工作", "参观"),
    *("旅游", "走访", "视察", "挂职", "任职", "扎根", "跑", "教书", "任教", "支教", "打工"),
    # 在|同心|建起一批车间: what one builds there (not 在古城|开了一家绣坊: a word)
    *("建起", "建成", "办起"),
)
# 在|长治|劳模座谈会上: a place's own meeting, where a speech was given
_PLACE_MEETING = re.compile(
    "[\u4e00-\u9fff]{0,8}?(?:座谈会|工作会议|工作会|大会|推进会|现场会|表彰会|团拜会|动员会|报告会)上"
)
_IS_A_PLACE = re.compile(
    "是[^，。；！？、\n]{0,14}?(?:[县市区旗州]|发生地|出生地|故乡|故里|发源地|之乡|主产区)(?=[，。；！？])"
)  # 大同|是产煤大市, 光山|是司马光砸缸故事的发生地
_PLACE_BEFORE = set("，。；：！？、“”（）\n 在到从和与及")
_ADJECTIVE_ENDS = set("型式性化")  # 紧密型, 互嵌式: they end words, they start no name
# What stands around a town treated as one place (烟霞镇的袁家村, 在任村镇, 西城镇卫生院).
_TOWN_AFTER = (
    "副镇长",
    "副乡长",
    "的",
    "、",
    "和",
    "与",
    "等",
    "党委",
    "政府",
    "人民政府",
    "镇党委",
    "乡党委",
    "镇政府",
    "乡政府",
    "党工委",
    "商会",
    "卫生院",
    "中心学校",
    "中学",
    "小学",
    "派出所",
    "境内",
    "辖区",
    "一带",
    "集镇",
    "街道办",
    "农民",
    "村民",
    "居民",
    "群众",
    "干部",
)
_TOWN_BEFORE = set("在到从赴去来、对向同与和及了")  # (察看了海安镇, 对吉卫镇副镇长)
_TOWN_WORD_TAILS = frozenset(
    "城乡 城镇 家乡 乡镇 故乡 老乡 下乡 返乡 回乡 异乡 水乡 集镇 市镇".split()
)
_TOWN_SUFFIXES = ("街道", "镇", "乡")
# Words a township's suffix opens (乡村, 乡亲): after a town's short form they are no suffix
# Words for kinds of unit that are also some town's short form (苏木乡)
_UNIT_WORDS = frozenset("苏木 嘎查 民族 社区 街道 村镇 城镇 乡镇".split())
_RURAL_WORDS = frozenset("乡村 乡镇 乡亲 乡土 乡贤 乡愁 乡风 乡音 乡情 乡邻 乡里 镇域".split())
_KINDS_OF_TOWN = frozenset("城镇 乡镇 集镇 村镇 市镇 小镇 重镇 古镇 新镇 老乡 家乡 城乡".split())
# Works named after the town they stand in (the facility rule): 观音寺调蓄工程, 渠村灌区.
_WORKS = re.compile(
    "调蓄工程|灌区|水库|水利枢纽|枢纽|船闸|水电站|电站|机场|国际机场|港区|作业区|码头|"
    "大桥|隧道|服务区|抽水蓄能|煤矿|矿区|油田|气田|口岸|火车站|高铁站|站"
)
_AREA_CLOSE = re.compile("等(?:区域|片区|地区|街镇|镇街|乡镇|板块)")
# A list of areas closed by 等 and a word for them (桃浦、吴淞等区域)
_AREA_LIST = re.compile(
    "((?:[\u4e00-\u9fff]{2,3}、){1,6}[\u4e00-\u9fff]{2,3})等(区域|片区|地区|街镇|镇街|乡镇|板块)"
)
# Plants and bonded zones named after the one town they stand in (亦庄综保区, 徐大堡核电)
_TOWN_INDUSTRY = re.compile("综保区|综合保税区|核电|电厂|炼化|乙烯|石化基地")
# offices only a town has, named after it (古州派出所, 青岩中心校)
_TOWN_OFFICE_WORDS = (
    "派出所|司法所|卫生院|中心校|中心小学|财政所|供电所|人民法庭|信用社|兽医站|农技站|林业站|敬老院"
)
_TOWN_OFFICE_HINT = re.compile(_TOWN_OFFICE_WORDS)
_TOWN_OFFICES = re.compile(
    f"((?:[\u4e00-\u9fff]{{2,3}}、)*[\u4e00-\u9fff]{{2,3}}?)等?({_TOWN_OFFICE_WORDS})"
)
_FEATURE_TAILS = _NATURE | set("港湾岛洲滩")
_GOING = set("赴至往去来到经驻自由沿同与和从向对把为让给即达抵返进出入离")
_LEVEL_CHAR = re.compile("[省市县区旗镇乡盟州]")
# Titles a group can hold as well as a person (师生代表, 委员): a name before them
# must not be a dictionary word.
_GROUP_TITLES = ("代表", "委员")
_MEASURES = set("个项条座年家所名位次批种类届期件大只")
# Bylines in parentheses: words for those who report, and how tokens are cut.
_PAREN = re.compile("[（(]([^（()）\n]{2,60})[）)]")
_BYLINE_ROLE = re.compile("记者|通讯员|实习生|摄影|摄像|见习记者|特约记者|报道|编辑")
_BYLINE_LEAD = re.compile("(?:见习记者|特约记者|记者|通讯员|实习生|摄影|摄像|编辑)")
_BYLINE_ROLE_END = re.compile("(?:记者|通讯员|实习生|摄影|摄像|编辑)$")
_TOKEN = re.compile("([^ 　]+)")
_GIVEN_WORD_AFTER_SURNAME = 5.0  # 和平 6.5, 向东 …; 和谐 …
# Official frames: appointments, tasks and reprimands, and what follows the name in each.
_OFFICIAL_FRAME = re.compile(
    "决定任命|任命|免去|拟提名|提名|拟任用|任用|拟任|聘任|选举|推选|决定[：:]|由|请假[：:]|约谈"
)
_APPOINTING = frozenset(
    (
        *("决定任命", "任命", "免去", "拟提名", "提名", "拟任用", "任用", "拟任", "聘任"),
        *("选举", "推选", "决定：", "决定:"),
    )
)
_FRAME_CLOSE = ("为", "同志", "的", "，", "、", "（", "(", "。", "；")
_FRAME_CLOSERS = {
    "由": (
        "同志",
        "负责",
        "牵头",
        "协调",
        "统筹",
        "具体",
        "分管",
        "主抓",
        "主持",
        "带队",
        "担任",
        "兼任",
        "领衔",
        "督办",
        "对接",
        "联系",
        "指导",
    ),
    "免去": ("的", "同志"),
    # 县委决定：房某任某镇党委书记；唐某任…: each clause names the appointee first (not
    # 决定：高新区为试点: 为 closes no name here)
    "决定：": ("任",),
    "决定:": ("任",),
    "约谈": ("同志", "进行", "，", "。"),
}
_STATE_TITLES = ("总理", "副总理", "委员长", "总书记", "主席", "同志")
# A name before its sex in a profile (李长江，男，1968年生): the name opens a clause.
_SEX_AFTER = re.compile(
    "(?:^|(?<=[：:。；\n“]))([\u4e00-\u9fff](?:[ 　]?[\u4e00-\u9fff]){1,3})[，,]\\s*[男女][，,（(]"
)
# 孟庆安，1955年生: a profile's name before the year its person was born
_BORN_AFTER = re.compile(
    "(?:^|(?<=[：:。；\n“]))([\u4e00-\u9fff](?:[ 　]?[\u4e00-\u9fff]){1,3})[，,]\\s*"
    "(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?(?:生|出生)"
)
# Cheap tests a text must pass before the patterns above are run over it
_BORN_HINT = re.compile("[0-9]年(?:[0-9]{1,2}月)?出?生")
_SEX_HINT = re.compile("[男女][，,（(]")
_CREDIT_HINT = re.compile("[文图影稿][/／：:\\s]")
_SENTENCE_END = re.compile("[。！？\n]")
_CLAUSE_MARK = re.compile("[，；、]")
_DECISION_MARK = re.compile("[；;]")  # 决定：甲任…；乙任…: one appointment a clause
# 代县长, 代县人民政府副县长: “acting”, read from the county's 县 on
_ACTING_HEAD = re.compile("县(?:长|人民政府(?:常务)?副?县长)")
_KIN_TITLES = frozenset("大爷 大娘 大妈 大姐 大哥 大叔 大嫂 大婶".split())
_OLD_TITLES = frozenset("老汉 大伯 老伯 老太 阿婆 阿伯 大爹".split())  # forms for the old
_NEVER_GIVEN = set("而了着的地得吗呢吧")
_STOP_GIVEN = set("了着的地而")
_NUMERALS: set[str] = set("一二三四五六七八九十两百千万")
# Words only a person's name stands before (左权将军, 江山同志); not 书记, 县长: a place's
# own officers
_HONORIFICS = ("将军", "同志", "老师", "先生", "女士", "老先生", "师傅")
# Verbs and aspect particles that take a mountain or river as object (守山, 爬完山, 巡河)
_VERB_BEFORE_OBJECT = set("完过了着爬登守巡翻护封")
# what a household has or does after its surname and 家 (柯家抢收, 奉家奶奶, 曹家失火)
_HOME_DOINGS = re.compile(
    "奶奶|爷爷|大爷|大娘|婶|嫂|媳妇|丫头|闺女|兄弟|姐妹|[两三四五六]口|孩子|儿子|女儿|孙子|"
    "猪圈|羊圈|牛棚|新房|老屋|失火|抢收|门口|屋里|作坊"
)
_FAMILY_BEFORE = set("，。；：、“\n帮到去在给找把和跟对替让从向与及是")
_HOME_LEADS = ("冬天", "今年", "去年", "当年", "表扬", "走访", "看望", "慰问", "找到")
# 说 and the mark that opens what was said (程诺说，…, 望春兰说：“…)
_SAYS_QUOTED = re.compile("说(?=[，：:])")
# characters no speaker's name holds (记者们说, 有人说, 据说)
_NEVER_SPEAKER = set("们人据听者家员长官")
_ADVERBS_BEFORE_SAYING = set("常却又也就还总曾都便再")
# what makes the noun before it a place to go to (向阳光|下, 在大山|里)
_LOCATIVES = set("下里中上内外前后边")
_FLOWER_ENDS = set("花草树果茶")
# what opens a predicate after a name (格桑|正和妻子, 阿说木呷|当起了, 蒙秀兰|会说)
# and what follows a one-character verb there (盘金莲开|的, 边巴种|的)
_PREDICATE_OPENERS = set("正时当会带在将把被给手才就都也还又家")
_PREDICATE_NEXT = set("的起得把")
_NEVER_IN_FRAMED_NAME = set("第们得个")
_ERA_YEAR = re.compile("[元一二三四五六七八九十]{1,3}年")


def _counted(text: str, start: int, end: int) -> bool:
    """装了九台电梯, 守着三台水磨: a numeral and a measure word that name a county
    (九台, 三台, 三门, 五股) count things after a verb's particle or a word of amount."""
    return (
        end - start == 2
        and text[start] in _NUMERALS
        and text[start + 1] in "台门股"
        and start > 0
        and text[start - 1] in "了着过有装买购添建用近约共余每这那"
        and end < len(text)
        and bool(_CJK.match(text[end]))
        and text[end] not in "县区市山的人"
    )


def _native_place(text: str, start: int, end: int) -> bool:
    """…年生，和龙人，现任: the place a profile says someone comes from."""
    return text[max(start - 2, 0) : start] in ("生，", "族，", "籍，", "生,", "族,") and text[
        end : end + 2
    ] in ("人，", "人；", "人。", "人,", "人;")


class CachedTagger:
    """The segmenter with a bounded memo of its tags: the recognizers ask for the tags
    of the same short strings again and again (资源, 合作; over twelve provincial reports
    8,440 calls for 3,390 strings), and a dictionary lookup is far cheaper than a tagging."""

    def __init__(self, jieba: Any, limit: int = 200_000) -> None:
        self._jieba = jieba
        self.cut = jieba.cut
        self.has_word = jieba.has_word
        self.tokenize = jieba.tokenize
        self._tags: dict[str, tuple[tuple[str, str], ...]] = {}
        self._limit = limit

    def tag(self, s: str) -> tuple[tuple[str, str], ...]:
        tags = self._tags.get(s)
        if tags is None:
            if len(self._tags) >= self._limit:
                self._tags.clear()  # bound the memory of a long-lived engine
            tags = self._tags[s] = tuple(self._jieba.tag(s))
        return tags


class Context:
    """What the recognizers share while analysing one text."""

    def __init__(
        self, text: str, jieba: Any, grams: dict[str, tuple[int, ...]] | None = None
    ) -> None:
        self.text = text
        self.jieba = jieba
        self.is_word: Callable[[str], bool] = jieba.has_word
        self.spans: list[Span] = []
        # Place names learned from the whole document this text comes from (澜屿 from
        # 澜屿市 elsewhere in the speech), so an excerpt is masked like its document.
        self.known_places: set[str] = set()
        # What a recognizer works out once per text and others reuse (role words …).
        self.memo: dict[str, Any] = {}
        self._grams = grams if grams is not None else {}
        # Word boundaries, filled in clause by clause as recognizers ask (see _clause).
        self._edges: list[int] = []
        self._long: dict[int, tuple[list[int], list[int]]] = {}  # clause → long words
        self._bounds: set[int] = set()
        self._starts: set[int] = set()
        has_mask = "**" in text or "〔" in text
        self.masked = [(m.start(), m.end()) for m in _MASK.finditer(text)] if has_mask else []
        # Names that pin no locality (长江, 太湖, 上海合作组织): no place span inside them.
        self.blocked: list[tuple[int, int]] = []
        self._blocked_at: set[int] = set()
        self._blocked_n = 0

    def name_windows(self, rules: PersonRules) -> tuple[Any, Any, Any, Any]:
        """``rules.name_windows`` over this text, once (the name scans share it)."""
        found = self.memo.get("name_windows")
        if found is None:
            codes = np.frombuffer(self.text.encode("utf-32-le"), dtype="<u4")
            found = self.memo["name_windows"] = rules.name_windows(codes)
        return found

    def _clause(self, i: int) -> int:
        """Segment the clause holding position i, once; return its index (-1 for none).

        Recognizers ask about one position in ten, so the text is cut clause by clause
        on demand rather than whole. A clause ends after 。！？；，or a newline: the
        segmenter always makes those characters words of their own and never looks across
        them, so a clause cuts as it would within the whole text.
        """
        edges = self._edges
        if not edges:
            n = len(self.text)
            edges.append(0)
            edges.extend([m.end() for m in _CLAUSE_END.finditer(self.text)])
            if edges[-1] == n and n:
                edges.pop()  # the text ends a clause: no empty clause after it
            edges.append(n)
        k = bisect_right(edges, i) - 1
        if k < 0:
            return -1
        k = min(k, len(edges) - 2)
        if k not in self._long:
            self._tokenize(k, edges[k], edges[k + 1])
        return k

    def _tokenize(self, k: int, a: int, b: int) -> None:
        """Word boundaries of text[a:b] from one precise-mode cut; the search-mode ones
        (the dictionary words inside a long word, 北京|天安门|广场) are derived per word and
        cached, which is what rjieba's search mode does but several times cheaper."""
        words = self.jieba.cut(self.text[a:b])
        lens = list(map(len, words))
        ends = list(accumulate(lens, initial=a))  # ends[j] is where word j starts
        if ends[-1] != b:  # pragma: no cover - the segmenter keeps every character
            raise ValueError("the segmenter dropped characters")
        bounds = self._bounds
        bounds.update(ends)
        self._starts.update(ends[:-1])
        self._starts.add(a)
        long_starts: list[int] = []
        long_ends: list[int] = []
        grams = self._grams
        for j in compress(range(len(lens)), map((2).__lt__, lens)):
            word, s = words[j], ends[j]
            inner = grams.get(word)
            if inner is None:
                inner = grams[word] = self._inner_bounds(word)
            for offset in inner:
                bounds.add(s + offset)
            long_starts.append(s)
            long_ends.append(ends[j + 1])
        self._long[k] = (long_starts, long_ends)

    def _inner_bounds(self, word: str) -> tuple[int, ...]:
        """Boundaries inside one precise-mode word in search mode: its 2- and 3-character
        dictionary words; rjieba itself for other words (PM2.5 → PM2)."""
        n = len(word)
        found: set[int] = set()
        if _CJK_RUN.fullmatch(word):
            has_word = self.jieba.has_word
            for i in range(n - 1):
                if has_word(word[i : i + 2]):
                    found.update((i, i + 2))
            if n > 3:
                for i in range(n - 2):
                    if has_word(word[i : i + 3]):
                        found.update((i, i + 3))
        else:
            for _, s, e in self.jieba.tokenize(word, "search"):
                found.update((s, e))
        found.discard(0)
        found.discard(n)
        return tuple(sorted(found))

    def _covering(self, i: int) -> tuple[int, int] | None:
        """The precise-mode word of 3+ characters holding position i, if any."""
        k = self._clause(i)
        if k < 0:
            return None
        starts, ends = self._long[k]
        j = bisect_right(starts, i) - 1
        if j >= 0 and i < ends[j]:
            return starts[j], ends[j]
        return None

    def boundary(self, i: int) -> bool:
        """A word boundary (search mode): between two words or a word and its part."""
        if i in self._bounds:
            return True
        self._clause(i)
        return i in self._bounds

    def word_start(self, i: int) -> bool:
        """The start of a word in precise mode (stricter than ``boundary``)."""
        if i in self._starts:
            return True
        self._clause(i)
        return i in self._starts

    def inside_word(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside a longer dictionary word of the precise
        segmentation, after its first character: 兴国 in 科教兴国."""
        span = self._covering(start)
        if span is None or span == (start, end) or not (span[0] <= start and end <= span[1]):
            return False
        if span[0] == start:
            return False  # 北京大学, 湖南省委: a word that begins with the place still names it
        return self.is_word(self.text[span[0] : span[1]])

    def in_mask(self, start: int, end: int) -> bool:
        return bool(self.masked) and any(s < end and start < e for s, e in self.masked)

    def blocked_by(self, start: int, end: int) -> tuple[int, int] | None:
        """The blocked name holding [start, end), if any (金沙 in 金沙江)."""
        if len(self.blocked) != self._blocked_n:  # positions of the names, kept up to date
            self._blocked_at = {i for s, e in self.blocked for i in range(s, e)}
            self._blocked_n = len(self.blocked)
        if start not in self._blocked_at:
            return None
        return next(((s, e) for s, e in self.blocked if s <= start and end <= e), None)

    def is_blocked(self, start: int, end: int) -> bool:
        """Strictly inside a blocked name: 上海 in 上海合作组织, 金沙 in 金沙江."""
        found = self.blocked_by(start, end)
        return found is not None and found != (start, end)

    def covered(self, start: int, end: int) -> bool:
        """A longer word of the precise segmentation holds [start, end): 苏东 in 苏东坡."""
        span = self._covering(start)
        return span is not None and span != (start, end) and span[0] <= start and end <= span[1]

    def spans_of(self, *labels: str) -> Iterable[Span]:
        return (s for s in self.spans if s.label in labels)

    def starts_of(self, label: str) -> set[int]:
        """Where the spans of ``label`` found so far start (kept while no span is added)."""
        key = f"starts/{label}"
        found = self.memo.get(key)
        if found is None or found[0] != len(self.spans):
            found = self.memo[key] = (
                len(self.spans),
                {s.start for s in self.spans if s.label == label},
            )
        return found[1]


# What joins the parts of a transliterated name: the 间隔号 and a hyphen (让-皮埃尔·杜邦)
_NAME_JOINS = frozenset("·•‧・．-－")


class _ParenItem(NamedTuple):
    """What _paren_lists reads of a match of _PAREN_ITEM: the item's span and its name."""

    s: int
    e: int
    name_end: int

    def start(self, group: int = 0) -> int:
        return self.s

    def end(self, group: int = 0) -> int:
        return self.e if group == 0 else self.name_end


def _paren_items(text: str) -> list[_ParenItem]:
    """The matches of ([\u4e00-\u9fff·]{2,8})（…）, found from each （ and read back
    (the regex engine would try every position for the characters before it)."""
    out: list[_ParenItem] = []
    last = 0
    for m in _PAREN_NOTE.finditer(text):
        k = m.start()
        s = k
        while (
            s > last and k - s < 8 and ("\u4e00" <= text[s - 1] <= "\u9fff" or text[s - 1] == "·")
        ):
            s -= 1
        if k - s >= 2:
            out.append(_ParenItem(s, m.end(), k))
            last = m.end()
    return out


class _Either:
    """Look a name up in one mapping, then another (without copying the second)."""

    def __init__(self, first: dict[str, list[Place]], second: dict[str, list[Place]]) -> None:
        self.first, self.second = first, second

    def __getitem__(self, key: str) -> list[Place]:
        found = self.first.get(key)
        return found if found is not None else self.second[key]


def _town_short(name: str) -> str:
    for suffix in ("街道", "镇", "乡"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def _straddles(ctx: Context, start: int, end: int) -> bool:
    """True when words run across both edges: 远大|理想 holds 大理 but not the place."""
    text = ctx.text
    if start == 0 or end >= len(text):
        return False
    if ctx.word_start(start) and ctx.word_start(end):
        return False  # the segmenter itself cut the name out as a word: 美丽|江苏|建设
    return ctx.is_word(text[start - 1 : start + 1]) and ctx.is_word(text[end - 1 : end + 1])


_WATER_ENDS = frozenset("河湖江溪")
_WATER_ITEM = re.compile(r"[\u4e00-\u9fff]{1,4}?[河湖江溪](?=[、，。；等和与及])")


def _division_level(gaz: Gazetteer, name: str) -> str:
    """The highest level above towns of a division of that name, or ""."""
    places = [*gaz.by_name.get(name, ()), *gaz.by_short.get(name, ())]
    levels = [p.level for p in places if p.level != "town"]
    order = ("province", "prefecture", "county")
    return next((lv for lv in order if lv in levels), levels[0] if levels else "")


def _province_part_at(
    text: str, i: int, distinct: frozenset[str], division: Callable[[str], str]
) -> bool:
    """大湘西, 湘南|湘西: a distinct abbreviation and a compass point at ``i`` name the
    province's part, not the prefecture of that name, after 大 (the prefecture: 湘西)
    or beside another part of the province that is no division itself (湘南). Not 大云南,
    台中台南 (no distinct abbreviation), 黔南黔东南 (two prefectures), 大渝北 (a district).
    ``division`` gives the level of a division above towns of that name, or ""."""
    c = text[i]
    if c not in distinct or text[i + 1 : i + 2] not in _COMPASS:
        return False
    if text[i - 1 : i] == "大":
        return division(text[i : i + 2]) == "prefecture"
    for j in (i + 2, i - 2):
        if j >= 0 and text[j : j + 1] == c and text[j + 1 : j + 2] in _COMPASS:
            # the neighbour and its longest compass run (黔东南) must be no division
            k = j + 2 + (text[j + 2 : j + 3] in _COMPASS)
            if not division(text[j : j + 2]) and not division(text[j:k]):
                return True
    return False


def _among_waters(text: str, start: int, end: int) -> bool:
    """A name ending like a water (清水河) beside list items that end so too."""
    if text[end - 1] not in _WATER_ENDS:
        return False
    if text[end : end + 1] in ("、", "和") and _WATER_ITEM.match(text, end + 1):
        return True
    item = _item_before(text, start)
    return len(item) >= 2 and item[-1] in _WATER_ENDS and "至" not in item


def _item_before(text: str, start: int) -> str:
    """The list item of up to five CJK characters before the 、 or 和 at ``start - 1``,
    set off before it too (，清水河、|苦水河), or ""."""
    if start < 2 or text[start - 1] not in "、和":
        return ""
    k = j = start - 1
    while j > 0 and k - j < 5 and _CJK.match(text[j - 1]):
        j -= 1
    return text[j:k] if j == 0 or text[j - 1] in _ITEM_STOPS else ""


def _runs_on_across(ctx: Context, start: int, end: int) -> bool:
    """A word of the precise segmentation begins with the name and runs on, and the
    name's last character opens a word with the rest (大丰|收: 大 + 丰收, no place; but
    北京|大学, 湖南|省委: the place and a word of its own)."""
    cover = ctx._covering(start)
    if cover is None or cover[0] != start or cover[1] <= end:
        return False
    text = ctx.text
    rest = text[end : cover[1]]
    return (
        ctx.is_word(text[end - 1 : cover[1]])
        and (len(rest) == 1 or not ctx.is_word(rest))
        and rest[0] not in _LEVEL_CHARS
        and rest[0] != "人"  # (河南人, 大连人: the people of the place)
        and str(ctx.jieba.tag(text[start : cover[1]])[0][1]) != "ns"
    )


def _long_word_across(ctx: Context, start: int, end: int) -> bool:
    """A precise-mode word of 3+ characters begins before ``start`` and ends inside the
    span, or begins inside it and ends after ``end``."""
    a = ctx._covering(start)
    if a is not None and a[0] < start < a[1] < end:
        return True
    b = ctx._covering(end - 1)
    return b is not None and start < b[0] < end < b[1]


class Recognizer(Protocol):
    name: str

    def analyze(self, ctx: Context) -> list[Span]: ...


# What a character before 县 makes other than a county's name (全县, 各县, 邻县, 三县)
_NOT_COUNTY_HEADS = frozenset(
    "全我本该各每邻外此其两一二三四五六七八九十百千几多诸数个大小强弱穷富贫山市州省县区乡镇"
    "村古新老原旧贵该县和与及等或在到从至赴分"
)
_ShortInfo = tuple[list[Place], list[Place], bool]  # places, unambiguous ones, above a town


# A village's name of two to four characters (陇驾庄村, 晋家湾村)
_VILLAGE_AHEAD = re.compile("[\u4e00-\u9fff]{2,4}村(?!民|委|里|级|庄|落)")


class AdminRecognizer:
    """Administrative divisions from the gazetteer, full names and short forms.

    A full name (府谷县) counts where it ends at a word boundary, runs into a
    level word (府谷县委) or into the next full name of a chain (西安市长安区).
    A short form (府谷) must be a word where it stands; a short form that is
    also an ordinary word (和平, 长安) counts only next to another place
    (天津和平) or its parent (榆林府谷). A short form that also names a
    landmark (黄山, 太湖, 武夷山) or stands before a landmark word (若尔盖国家公园)
    is the landmark unless another place stands beside it; a short form inside
    a number slogan (一河三山) is no place.
    """

    name = "gazetteer"

    def __init__(
        self,
        gazetteer: Gazetteer,
        level_words: Iterable[str],
        features: FeatureRules | None = None,
        alias_first: Iterable[str] = (),
        abbreviations: Iterable[str] = (),
        people: PersonRules | None = None,
        distinct: Iterable[str] = (),
    ) -> None:
        self.gaz = gazetteer
        self.distinct = frozenset(distinct)  # 湘, 皖 …: the abbreviations rarely else
        self.people = people  # surnames and given names: a town beside someone named
        self.alias_first = frozenset(alias_first)  # 江城, 龙江: another name first
        self.abbreviations = frozenset(abbreviations)  # 滇, 皖 … (滇中山区)
        self.level_starts: dict[str, list[str]] = {}
        for w in level_words:
            self.level_starts.setdefault(w[0], []).append(w)
        self.landmarks: frozenset[str] = (
            features.landmarks | features.spanning if features else frozenset()
        )
        works = features.works_suffixes if features else ()
        self.landmark_suffixes: tuple[str, ...] = tuple(
            sorted((features.landmark_suffixes if features else ()) + works, key=len, reverse=True)
        )
        # (喀什国际机场, 大庆油田: named for the city they serve, the city's; 长水国际机场:
        # a street's, the airport's; 密云水库, 青铜峡水利枢纽: landmarks whatever the level)
        self._works = frozenset(features.city_works if features else ())
        self._whole = frozenset(features.landmark_whole if features else ())
        self._new_works = frozenset(works) - frozenset(
            features.landmark_suffixes if features else ()
        )
        self._works_not: frozenset[str] = features.works_not_names if features else frozenset()
        self._named_sites: tuple[str, ...] = (
            tuple(features.site_suffixes) + works if features else ()
        )  # 寺洼|遗址: the designation two characters on
        self.everyday: frozenset[str] = features.everyday_names if features else frozenset()
        self.town_kinds: frozenset[str] = features.town_kinds if features else frozenset()
        self.needs_parent: frozenset[str] = features.needs_parent if features else frozenset()
        self._suffix_firsts = {w[0] for w in self.landmark_suffixes}
        self._info: dict[str, _ShortInfo] = {}
        self._may_follow = frozenset(self._suffix_firsts | _NATURE)

    def _runs_into_level_word(self, text: str, end: int) -> bool:
        """府谷县|委 (the suffix begins a level word), 花石乡|乡长 (the suffix again) or
        新集镇|副镇长 (a deputy's title with the suffix)."""
        last = text[end - 1]
        words = self.level_starts.get(last, ())
        return any(text.startswith(w, end - 1) for w in words) or (
            text[end : end + 1] in (last, "副")
            and any(text.startswith(w, end + (text[end] == "副")) for w in words)
        )

    def _one_character_counties(self, ctx: Context, spans: list[Span]) -> None:
        """浙江杭县, 江苏吴县: a county of one character and 县 right after its province or
        prefecture is a county, listed or not (most such counties were renamed or merged
        long ago, so the gazetteer lacks them); not a word (州县, 郡县) nor a kind of
        county (全县, 各县, 邻县, 大县, 三县)."""
        text = ctx.text
        taken = {i for sp in spans for i in range(sp.start, sp.end)}
        for sp in list(spans):
            e = sp.end
            if (
                sp.label != "ADMIN"
                or sp.level not in ("province", "prefecture")
                or text[e + 1 : e + 2] != "县"
                or not _CJK.match(text[e : e + 1])
                or text[e] in _NOT_COUNTY_HEADS
                or e in taken
                or e + 1 in taken
                or ctx.is_word(text[e : e + 2])
                or ctx.is_word(text[e + 1 : e + 3])  # (浙江杭|县城)
            ):
                continue
            spans.append(
                Span(
                    e,
                    e + 2,
                    "ADMIN",
                    0.7,
                    self.name,
                    text[e : e + 2],
                    reason=f"a county of one character after {sp.text}",
                    level="county",
                    full=True,
                )
            )
            taken.update((e, e + 1))

    def _place_across(self, text: str, start: int, end: int) -> bool:
        """A province or prefecture whose name starts inside text[start:end] and ends at
        ``end``: the name the landmark reading would cut (新青海 holds 青海)."""
        for s in range(start + 1, end - 1):
            entry = self._info.get(text[s:end])
            if entry is None and text[s:end] in self.gaz.by_short:
                entry = self._short_info(text[s:end])
            if entry is not None and any(p.level in ("province", "prefecture") for p in entry[0]):
                return True
        return False

    def _landmark_suffix(self, text: str, end: int) -> str:
        if end >= len(text) or text[end] not in self._suffix_firsts:
            return ""
        return next((w for w in self.landmark_suffixes if text.startswith(w, end)), "")

    def _in_its_region(self, text: str, f: Span) -> bool:
        """A district or township of Taiwan (西港区, 南港区, 信义区) counts only where the
        text names Taiwan or one of its cities: elsewhere the same words are ports' and
        parks' zones (烟台港|西港区) on the mainland."""
        places = self.gaz.by_name.get(f.text, ())
        if not places or not all(
            p.code.startswith("71") and p.level in ("county", "town") for p in places
        ):
            return True
        if "台湾" in text or "台灣" in text:
            return True
        return any(
            n in text for p in places for n in self.gaz.parent_names(p, depth=2) if len(n) >= 2
        )

    def _town_of_its_own(self, ctx: Context, start: int, end: int, surface: str) -> bool:
        """，大柳塔的采煤队长…, 是治多的年轻人, 让禾木的民宿…: a town's short form that is no
        word, opening a phrase before 的 (what belongs to the place)."""
        text = ctx.text
        return (
            len(surface) >= 2
            and text.startswith("的", end)
            and (start == 0 or text[start - 1] in _PLACE_BEFORE | set("是让把为给"))
            and not ctx.is_word(surface)
            and surface not in self.everyday
            and surface not in self.town_kinds
            and not set(surface) & (_FUNCTION_CHARS | _LEVEL_CHARS)
            and surface[-1] not in _NATURE | {"沟"}  # (花湖, 黎母山: the lake, the mountain)
            and not (len(surface) == 2 and surface[-1] == "家")  # (吴家的鱼塘: a household)
            and ctx.boundary(start)
            and ctx.boundary(end)
            and not ctx.in_mask(start, end)
            and not ctx.is_blocked(start, end)
        )

    def _town_variant(
        self, ctx: Context, start: int, end: int, surface: str, places: list[Place]
    ) -> tuple[int, int, str, list[Place]] | None:
        """A town named with another town suffix than the gazetteer's: 东坝头乡 for what is
        now 东坝头镇, 泽当镇 for 泽当街道. Townships become towns and towns become
        街道 every year, and texts keep the name they knew; the short form must be no
        everyday word (民族乡, 中心镇 are kinds of township, 发展镇域 no town)."""
        text = ctx.text
        suffix = next(x for x in _TOWN_SUFFIXES if text.startswith(x, end))
        name = surface + suffix
        towns = [  # (布朗山乡 for 布朗山布朗族乡: an ethnic township named without its people)
            p for p in places if p.level == "town" and p.name.endswith(_TOWN_SUFFIXES)
        ]
        if (
            not towns
            or surface in _UNIT_WORDS  # 各苏木镇: the Mongolian township beside the town
            or len(surface) < 2
            or name in self.gaz.by_name
            or surface in self.everyday
            or ctx.in_mask(start, end)
            or ctx.is_blocked(start, end)
            # (a word of two characters only as a place: 民族乡, 中心镇 are kinds; 御道口/n is
            # a name of three)
            or (len(surface) < 3 and ctx.is_word(surface) and not _tagged_name(ctx, surface))
            or surface in self.town_kinds
            or (ctx.is_word(name) and not _tagged_name(ctx, name))
            or text[end : end + 2] in _RURAL_WORDS  # 东坝头|乡村振兴: no township
            # 如|城镇居民: the suffix ends a word the segmenter cut out (城镇), no 如城镇
            # (unless the text names the town again: 尹集乡更名为尹集镇)
            or (
                ctx.word_start(end - 1)
                and ctx.is_word(text[end - 1 : end + 1])
                and not any(other != suffix and surface + other in text for other in _TOWN_SUFFIXES)
            )
        ):
            return None
        return start, end + len(suffix), name, towns

    def _short_info(self, surface: str) -> _ShortInfo | None:
        """The places of a short form, the unambiguous ones, and whether any is above a
        town (cached: most matches are the same few hundred town names)."""
        places = [p for p in self.gaz.by_short.get(surface, ()) if not self._zone(p)]
        if not places:
            return None
        everyday = surface in self.everyday  # 威信, 临海: words first, places with context
        info = self._info[surface] = (
            places,
            [] if everyday else [p for p in places if not p.ambiguous],
            any(p.level != "town" for p in places),
        )
        return info

    @staticmethod
    def _aligned(ctx: Context, start: int, end: int) -> bool:
        """The short form is a word where it stands (asked only of unambiguous ones).

        Search-mode boundaries also fall inside long words (思考问题 → 考问, 两国人民 →
        人民), so no precise-mode word of 3+ characters may run across an edge:
        战略|上|思考问题 holds no 上思, 两国人民|和 no 民和."""
        return (
            ctx.boundary(start)
            and ctx.boundary(end)
            and not _long_word_across(ctx, start, end)
            and not _straddles(ctx, start, end)
            and not ctx.inside_word(start, end)
            and not _runs_on_across(ctx, start, end)
        )

    @staticmethod
    def _before_its_land(ctx: Context, start: int, end: int) -> bool:
        """阿鲁|科尔沁草原: the segmenter joined the name's tail to the grassland after it
        (a word ending in a word for land, right after the name)."""
        text = ctx.text
        cover = ctx._covering(end - 1)
        return (
            cover is not None
            and cover[0] > start
            and cover[1] == end + 2
            and text[end : end + 2] in _OPEN_LANDS
            and ctx.boundary(start)
            and ctx.boundary(cover[0])
        )

    @staticmethod
    def _prominent_aligned(ctx: Context, start: int, end: int, plain: list[Place]) -> bool:
        """A province or prefecture the segmenter cut badly: 唐|山港 (an unknown token runs
        past its end) or 首都北京 (a word that ends with it after a word of its own)."""
        if not any(p.level in ("province", "prefecture") for p in plain):
            return False
        text = ctx.text
        cover = ctx._covering(start)
        if cover is not None and cover[1] == end and cover[0] < start:
            # 首都北京, 中国香港; 工业学大庆, 农业学大寨 (the slogans of the 1960s–70s)
            return text[cover[0] : start] in ("首都", "中国", "祖国", "学")
        if not (ctx.word_start(start) and end < len(text)) or ctx.boundary(end):
            return False
        if start and ctx.is_word(text[start - 1 : start + 1]):
            return False  # 和田|间: a real word runs across the start
        if text[end] in "港站":
            return True  # 唐|山港: the city's port, whatever the segmenter made of it
        if _COUNT_OF_UNITS.match(text, end):
            return True  # 江苏、浙江、山东|三省 (not 山|东三省): a list's count after it
        if ctx.is_word(text[end - 1 : end + 1]):
            # 和田|间的: a real word runs across the end, unless that word would leave a
            # lone content character behind it (天|水花|牛苹果: 天水 and 花牛)
            k = end + 1
            return (
                k < len(text)
                and bool(_CJK.match(text[k]))
                and text[k] not in _FUNCTION_CHARS
                and not ctx.is_word(text[k : k + 2])
                and not ctx.is_word(text[end - 1 : end + 2])
            )
        return not ctx.is_word(text[end - 1 : end + 2])

    def _waters_listed(self, text: str, start: int, end: int) -> bool:
        """The neighbouring items of the list are no places (苦水河; not 松江河, a town)."""
        items = [m.group(0) for m in _WATER_ITEM.finditer(text, end + 1, end + 7)][:1]
        items += [x for x in (_item_before(text, start),) if x]
        return (
            bool(items)
            and not any(  # (批准黑河、绥芬河: 黑河 ends the item, a city)
                self.gaz.by_short.get(x[k:]) or self.gaz.by_name.get(x[k:])
                for x in items
                for k in range(len(x) - 1)
            )
        )

    def _province_part(self, text: str, start: int, end: int) -> bool:
        """大湘西, 湘南湘西: the province's part (ProvinceAbbreviationRecognizer's)."""
        return end - start == 2 and _province_part_at(text, start, self.distinct, self._level)

    def _level(self, name: str) -> str:
        return _division_level(self.gaz, name)

    @staticmethod
    def _in_number_slogan(text: str, start: int, end: int) -> bool:
        """三山 in 一河三山, 两山 in 两山一水: numeral + one character, side by side."""
        if end - start != 2 or text[start] not in _NUMERALS:
            return False

        def unit(i: int) -> bool:  # numeral + a noun character, not a measure word (四个)
            return (
                i >= 0
                and i + 1 < len(text)
                and text[i] in _NUMERALS
                and bool(_CJK.match(text[i + 1]))
                and text[i + 1] not in _MEASURES
            )

        # (百色|三市: a count of the cities just listed, no slogan)
        return unit(start - 2) or (unit(end) and text[end + 1] not in "省市县区州旗")

    def _zone(self, p: Place) -> bool:
        """A development zone the statistics list as county-level and name after their
        city (苏州工业园区, 唐山高新技术产业开发区): the city is the place, not the zone."""
        return (
            len(p.code) == 6
            and p.code[4] == "7"
            and (not p.short or p.short.startswith(tuple(self.gaz.parent_names(p, depth=1))))
        )

    @staticmethod
    def _ordinary(ctx: Context, word: str) -> bool:
        """A dictionary word the tagger does not read as a place (中心, not 闽宁); words
        for kinds of town are ordinary whatever the tagger says (城镇/ns)."""
        if word in _KINDS_OF_TOWN:
            return True
        if not ctx.is_word(word) or _tagged_place(ctx, word):
            return False
        tags = ctx.jieba.tag(word)
        return not (len(tags) == 1 and str(tags[0][1]).startswith("nr"))  # 屈原镇: a name

    def _towns_of_offices(self, ctx: Context, spans: list[Span]) -> list[Span]:
        """古州、忠诚等派出所, 青岩派出所: town short forms before an office only a town
        has (its police station, clinic, school), alone or listed. A name that is an
        ordinary word counts only in a list with one that is not."""
        text = ctx.text
        if not _TOWN_OFFICE_HINT.search(text):
            return []
        taken = {i for sp in spans for i in range(sp.start, sp.end)}
        found: list[Span] = []
        for m in _TOWN_OFFICES.finditer(text):
            items = []
            k = m.start(1)
            for piece in m.group(1).split("、"):
                items.append((k, k + len(piece), piece))
                k += len(piece) + 1
            a, b, x = items[0]
            if len(x) == 3 and not self.gaz.by_short.get(x):
                items[0] = (a + 1, b, x[1:])  # (抽调|古州、…: the match began a character early)
            towns = [
                (a, b, x)
                for a, b, x in items
                if any(p.level == "town" for p in self.gaz.by_short.get(x, ()))
                and x not in self.town_kinds
                and x not in self.everyday
                and x not in _KINDS_OF_TOWN
                and x not in _UNIT_WORDS
                and x not in ("城关", "城厢", "城郊")  # (the county seat's, in every county)
                and taken.isdisjoint(range(a, b))
                and not ctx.in_mask(a, b)
                and not ctx.is_blocked(a, b)
            ]
            if len(towns) != len(items) or not ctx.word_start(items[0][0]):
                continue  # (every item a town's name, the first opening a word)
            named = [not ctx.is_word(x) or _tagged_place(ctx, x) for _, _, x in towns]
            if not any(named) or (len(towns) == 1 and not named[0]):
                continue  # (平安|派出所: a word alone names no town)
            for a, b, x in towns:
                found.append(
                    Span(a, b, "ADMIN", 0.6, self.name, x, reason=f"a town's own {m.group(2)}")
                )
                taken.update(range(a, b))
        return found

    def _towns_naming_works(
        self, ctx: Context, short: list[tuple[int, int, str, _ShortInfo]], spans: list[Span]
    ) -> list[Span]:
        """A town's short form before the works named after it (观音寺调蓄工程, 渠村灌区,
        兰州中川机场) when its county or prefecture is named in the same text and the
        name is no ordinary word: the facility rule's division names."""
        text = ctx.text
        taken = {i for s in spans for i in range(s.start, s.end)}
        found: list[Span] = []
        for start, end, surface, (places, _plain, above_town) in short:
            if above_town or not taken.isdisjoint(range(start, end)) or end - start < 2:
                continue
            works = _WORKS.match(text, end + 1 if text.startswith("等", end) else end)
            industry = _TOWN_INDUSTRY.match(text, end)
            kind_match = works or industry
            if kind_match is None:
                continue
            if ctx.in_mask(start, end) or ctx.is_blocked(start, end):
                continue
            if not ctx.word_start(start) or _long_word_across(ctx, start, end):
                continue
            if surface in self.landmarks or (
                ctx.is_word(surface)
                and not str(ctx.jieba.tag(surface)[0][1]).startswith(("ns", "nr"))
            ):
                continue  # 长江大桥: the river's, not a town's
            home = next(
                (
                    p
                    for p in places
                    if any(n in text for n in self.gaz.parent_names(p, depth=2) if len(n) >= 2)
                ),
                None,
            )
            named = home is not None
            if home is None and industry is not None and len({p.code[:6] for p in places}) == 1:
                home = places[0]  # 亦庄|综保区, 徐大堡|核电: plants and zones keep the town's name
            if home is None:
                continue
            kind = kind_match.group(0)
            found.append(
                Span(
                    start,
                    end,
                    "ADMIN",
                    0.6,
                    self.name,
                    surface,
                    reason=f"town {home.name} naming the {kind}"
                    + ("; its county is named" if named else ""),
                    level="town",
                    code=home.code,
                )
            )
            taken.update(range(start, end))
        return found

    def _listed(
        self,
        ctx: Context,
        start: int,
        end: int,
        places: list[Place],
        by_end: dict[int, Span],
        by_start: dict[int, Span],
    ) -> Span | None:
        """A short form listed beside a place of the same province (福州、厦门、南平)."""
        text = ctx.text
        listed = [
            n
            for n in (by_end.get(start - 1), by_start.get(end + 1))
            if n is not None
            and text[start - 1 if n.end == start - 1 else end : end + 1][:1]
            in ("、", "和", "与", "及")
            and any(p.code[:2] == n.code[:2] and p.level != "town" for p in places)
            and ctx.boundary(start)
            and not ctx.inside_word(start, end)
        ]
        if not listed:
            return None
        p = next(
            p for p in places if p.level != "town" and any(p.code[:2] == n.code[:2] for n in listed)
        )
        return Span(
            start,
            end,
            "ADMIN",
            0.7,
            self.name,
            text[start:end],
            reason=f"short form of {p.name}, listed with {listed[0].text}",
            level=p.level,
            code=p.code,
        )

    @staticmethod
    def _glued_feature(ctx: Context, start: int, end: int, places: list[Place]) -> bool:
        """龙港 in 白龙港, 龙湖 in 异龙湖: a short form ending like a feature (港, 湖 …)
        after a lone character the segmenter cut off is the tail of the feature's name,
        unless that character is a function word or a verb of going (在龙港, 赴龙港)."""
        text = ctx.text
        if start == 0 or text[end - 1] not in _FEATURE_TAILS:
            return False
        if any(p.level in ("province", "prefecture") for p in places):
            return False  # 上海, 青岛: known well enough to stand after anything
        c = text[start - 1]
        return (
            bool(_CJK.match(c))
            and c not in _FUNCTION_CHARS
            and c not in _GOING
            and ctx.word_start(start - 1)
            and ctx.word_start(start)
        )

    def _full_spans(
        self,
        ctx: Context,
        fulls: list[tuple[int, int, str]],
        variants: dict[str, list[Place]] | None = None,
    ) -> list[Span]:
        text = ctx.text
        variants = variants or {}
        by_name = _Either(variants, self.gaz.by_name)
        # Links of a chain of full names (西安市|长安区, 林芝市|巴宜区): the segmenter may cut
        # across the seam (市长|安), so a full name of 3+ characters beside another counts.
        # (康县, 2 characters, is a link too: 陇南市|康县|长坝镇)
        chain_starts = {s for s, e, n in fulls if e - s >= 3 or n[-1] == "县"}
        chain_ends = {e for s, e, n in fulls if e - s >= 3 or n[-1] == "县"}
        chain_ends_all = {e for s, e, n in fulls}
        town_ends = {e for s, e, n in fulls if n[-1] in "镇乡道"}
        spans = []
        for start, end, surface in fulls:
            if (
                end - start == 2
                and surface[-1] == "县"
                and text[end : end + 1] == "长"
                and not ctx.is_word(text[end : end + 2])
                and start not in chain_ends_all
                and end not in chain_starts  # (康县|长坝镇: the county's town follows)
            ):
                continue  # 会后，唐|县长冒雨赶到: a county head surnamed 唐 (not 唐县|长期)
            if (
                end - start == 2
                and text[start] in _FUNCTION_CHARS | _PREPOSITIONS
                and start > 0
                and (_CJK.match(text[start - 1]) or text[start - 1] in "”’）)》")  # (“…”|和县乡村)
                and start not in chain_ends_all - town_ends  # (东坝头乡|和县: no county after it)
                and text[max(start - 2, 0) : start] not in self.gaz.by_short  # 安徽和县
            ):
                continue  # 产业|和|县域: a conjunction and a level word, not the county 和县
            if (
                end - start == 3
                and start
                and surface[1:] in _AREA_WORDS
                and text[start - 1] not in _LEVEL_CHARS
                and (
                    ctx.is_word(text[start - 1 : start + 1])
                    or (text[start - 1] in self.abbreviations and surface[0] in "东南西北中")
                )
                and not any(  # (上海|金山区, 南昌|西湖区: the county's own city before it)
                    text.endswith(tuple(self.gaz.parent_names(p)), 0, start)
                    for p in by_name[surface]
                )
            ):
                continue  # 浙西南|山区, 滇中|山区: a region's hills, no 南山区 or 中山区
            if (
                end - start == 2
                and start
                and _CJK.match(text[start - 1])
                and start not in chain_ends_all
                and ctx.is_word(text[start - 1 : end])
                and not self._after_parent(text, start, surface, start)
            ):
                continue  # 孝|丰县 read as 孝丰县 (a word: an old county), no 丰县
            if (
                end - start == 2
                and surface[-1] in "镇乡"
                and start
                and _CJK.match(text[start - 1])
                and start not in chain_ends_all
                and not ctx.word_start(start)
            ):
                continue  # 火烧店|镇: the tail of a longer town name, not the town 店镇
            aligned = ctx.word_start(start) and ctx.word_start(end)  # 和平乡/nz: one word
            if (
                end - start == 3
                and text[start] in _PREPOSITIONS | {"同", "跟", "于"}
                and not aligned
            ):
                tail = text[start + 1 : end]
                if tail in _KINDS_OF_TOWN or (ctx.is_word(tail) and not _tagged_place(ctx, tail)):
                    continue  # 同|老乡们: a preposition and a word, not the town 同老乡
            chained = end - start >= 3 or (surface[-1] == "县" and start in chain_ends)
            ends_ok = (
                ctx.boundary(end)
                or self._runs_into_level_word(text, end)
                # 安宁市|民 (cut 安宁|市民): the suffix makes a word with what follows
                or (
                    end - start >= 3
                    and text[end - 1 : end + 1] == "市民"  # (建设富裕县城: a wish, no county)
                    and ctx.word_start(start)
                    and ctx.boundary(end + 1)
                    and not ctx.is_word(text[end : end + 2])  # (扬州市民家中: the trim below)
                )
                # 唐昌镇|原党委书记 (镇原 a word): “former” and a title after the place
                or (
                    end - start >= 3
                    and text[end : end + 1] in "原前"
                    and (
                        text.startswith(_FORMER_NEXT, end + 1)
                        or _FORMER_UNIT.match(text, end + 1) is not None  # 原林业站的
                    )
                )
                or (chained and end in chain_starts)
                # 庙沟门镇|沙梁村 cut as 镇沙|梁村: the level character ends the name
                or (
                    chained
                    and (surface[-1] in "镇乡县旗区市道" or start in chain_ends)
                    and ctx.word_start(start)
                    and (
                        not ctx.is_word(text[end - 1 : end + 1])
                        or _village_at(ctx, end)  # 威远镇|小庄村 (镇小)
                        or (end - start >= 4 and surface[-1] in "镇乡")  # 万龙山乡|民宿
                    )
                )
                # 遂川县汤湖镇|上官文华 (镇上 a word): a town right after its county is whole
                or (end - start >= 3 and surface[-1] in "镇乡" and start in chain_ends)
                # 黑岛镇|海产品 (镇海 a word too): what follows makes a word of its own
                or (
                    end - start >= 3
                    and surface[-1] in "镇乡"
                    and ctx.word_start(start)
                    and ctx.is_word(text[end : end + 2])
                    and not ctx.is_word(text[end - 1 : end + 2])
                )
            )
            if not ctx.boundary(end) and all(p.status == "former" for p in by_name[surface]):
                continue  # 新建|县域: an old name (新建县) only as a word of its own
            starts_ok = (
                ctx.boundary(start)
                or (chained and start in chain_ends)
                # 从|星村镇 cut as 从星|村镇: a preposition glued to a town's full name,
                # or the verb of an appointment before the town's own title (任柳泉|乡乡长)
                or (
                    chained
                    and surface[-1] in "镇乡"
                    and start
                    and (
                        text[start - 1] in "在从到赴去自于对向同与和由系经"
                        or (text[start - 1] == "任" and self._runs_into_level_word(text, end))
                    )
                )
                # 东莞|麻涌镇 (cut 东莞麻|涌镇): a town's full name right after its parent's
                or (surface[-1] in "镇乡道" and self._after_parent(text, start, surface, start))
                # 就|龙泉关镇, 要求|凤栖街道: a town's full name after a character that
                # makes no word with its first one
                or (
                    end - start >= 4
                    and surface[-1] in "镇乡道"
                    and start
                    and not ctx.is_word(text[start - 1 : start + 1])
                )
            )
            if not (ends_ok and starts_ok):
                continue
            p = by_name[surface][0]
            if self._zone(p) or (
                len(p.code) == 6
                and p.code[4] == "7"
                and surface.startswith(tuple(self.gaz.parent_names(p, depth=1)))
            ):
                continue  # 苏州工业园区, 郑州航空港经济综合实验区: a zone; the city is the place
            spans.append(
                Span(
                    start,
                    end,
                    "ADMIN",
                    0.95 if p.status == "current" else 0.9,
                    self.name,
                    surface,
                    reason=f"{p.level} {p.name} ({p.status})",
                    level=p.level,
                    full=True,
                    code=p.code,
                )
            )
        return spans

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        fulls: list[tuple[int, int, str]] = []
        short: list[tuple[int, int, str, _ShortInfo]] = []
        by_name, info = self.gaz.by_name, self._info
        variants: dict[str, list[Place]] = {}
        for start, end, surface in self.gaz.find(text):
            if surface in by_name:
                if not (ctx.in_mask(start, end) or ctx.is_blocked(start, end)):
                    fulls.append((start, end, surface))
                continue
            entry = info.get(surface)
            if entry is None:
                entry = self._short_info(surface)
                if entry is None:
                    continue
            short.append((start, end, surface, entry))  # masked or blocked: checked below
            if text.startswith(_TOWN_SUFFIXES, end):
                found = self._town_variant(ctx, start, end, surface, entry[0])
                if found is not None:
                    variants[found[2]] = found[3]
                    fulls.append(found[:3])
        if len(fulls) > 1:
            fulls = self._parent_chains(text, fulls)
        full = self._full_spans(ctx, fulls, variants)
        # A full name that is a common noun (城区, 郊区, 矿区; 解放区, the liberated areas
        # of the 1940s) counts only after another place (大同市城区, 焦作市解放区).
        ending = {f.end: f for f in full}
        full = [f for f in full if self._in_its_region(text, f)]
        full = [
            f
            for f in full
            if (f.length > 2 and f.text not in self.needs_parent)
            or (
                f.start in ending
                and f.text not in self.needs_parent
                and not (  # 修水县|城区段: a county's town area, no district after a county
                    f.level == "county"
                    and ending[f.start].level in ("county", "town")
                    and ctx.is_word(f.text)
                    and str(ctx.jieba.tag(f.text)[0][1]) != "ns"
                )
            )
            or (f.text in self.needs_parent and self._after_parent(text, f.start, f.text, f.start))
            or (
                f.text not in self.needs_parent  # (老城区, 解放区: only after their parent)
                and (
                    not ctx.is_word(f.text)
                    or str(ctx.jieba.tag(f.text)[0][1]) == "ns"
                    or self._after_parent(text, f.start, f.text, f.start)  # 焦作|解放区
                )
            )
            or (  # 他在冠县调研, 单县人民法院: a county of one character and 县 that the
                # text's own cut keeps whole, opening a clause or after a preposition (not
                # 提高|县域, 古|县城, 千年古县)
                f.length == 2
                and f.text[-1] == "县"
                and f.text not in self.needs_parent
                and any(p.status == "current" for p in self.gaz.by_name.get(f.text, ()))
                and not (  # 代县人民政府县长: “acting” (not 任县, 连县: former counties)
                    f.text[0] in "代任兼" and _ACTING_HEAD.match(text, f.end - 1) is not None
                )
                and ctx.word_start(f.start)
                and (f.end >= len(text) or ctx.word_start(f.end))
                and (
                    f.start == 0
                    or not _CJK.match(text[f.start - 1])
                    or text[f.start - 1] in "在到从来去赴于和与及同对的"
                )
                and (  # (县城, 县域 run on; 代县|县长: its own head, 县县 no word here)
                    not ctx.is_word(text[f.start + 1 : f.end + 1])
                    or text.startswith(("县长", "县委", "县政府", "县人民"), f.end)
                )
            )
            or (  # 鄄城、单县、成武: a county listed with others (not 城区、郊区)
                f.text not in self.needs_parent
                and f.text[-1] == "县"
                and "、" in (text[f.start - 1 : f.start], text[f.end : f.end + 1])
            )
        ]
        spans = list(full)
        inside: set[int] = set()
        for s in full:
            inside.update(range(s.start, s.end))
        by_end: dict[int, Span] = {s.end: s for s in full}
        by_start: dict[int, Span] = {s.start: s for s in full}
        n = len(text)
        may_follow = self._may_follow
        waiting: list[tuple[int, int, list[Place]]] = []
        for start, end, surface, (places, plain, above_town) in short:
            if start in inside or end - 1 in inside:
                continue  # part of a full name already found, or across its edge (闽宁镇|原)
            if text[start] == "济" and text[start - 2 : start - 1] == "引":
                continue  # 引黄|济|宁: water brought to a place (济 a verb), no 济宁
            if (
                surface[-1] == "至"
                and start > 0
                and any(text[start - 1 : start + k] in self.gaz.by_short for k in (1, 2))
                and any(text[end : end + k] in self.gaz.by_short for k in (2, 3))
            ):
                continue  # 乐东|至|三亚: a route between places, no 东至 (a county)
            if (
                not plain
                and above_town
                and surface not in self.landmarks  # (东湖科学城: the lake's)
                and self._used_as_place(ctx, start, end)
            ):
                p = next(p for p in places if p.level != "town")
                span = self._short_span(
                    start, end, surface, p, 0.7, f"short form of {p.name}, used as a place"
                )
                spans.append(span)
                by_end[end], by_start[start] = span, span
                continue
            # Most matches are town names (ambiguous): only a landmark word or nature
            # character after them, or a place beside them, can make them count.
            if (
                not plain
                and (end >= n or text[end] not in may_follow)
                and by_end.get(start) is None
                and by_start.get(end) is None
                and by_end.get(start - 1) is None
                and by_start.get(end + 1) is None
            ):
                if end < n and text[end] in "、和与及" and not ctx.in_mask(start, end):
                    waiting.append((start, end, places))  # a list: the next place comes later
                    continue
                if self._town_of_its_own(ctx, start, end, surface):
                    span = self._short_span(
                        start, end, surface, places[0], 0.6, f"short form of {places[0].name}"
                    )
                    spans.append(span)
                    by_end[end], by_start[start] = span, span
                continue
            if ctx.in_mask(start, end) or ctx.is_blocked(start, end):
                continue
            if self._in_number_slogan(text, start, end) or _counted(text, start, end):
                continue
            if self._province_part(text, start, end):
                continue  # 大湘西, 湘南|湘西: the province's part (ProvinceAbbreviation…)
            if self._glued_feature(ctx, start, end, places):
                continue
            if (
                text.startswith("子", end)
                and ctx.boundary(end + 1)
                and not ctx.is_word(text[end : end + 2])
                and all(p.level not in ("province", "prefecture") for p in places)
            ):
                continue  # 土城子 (a site, a village): the name goes on past the county's
            suffix = self._landmark_suffix(text, end)
            if suffix and (
                surface in self._works_not
                or (suffix in self._works and any(p.level != "town" for p in places))
                or (
                    suffix in self._new_works
                    and ctx.is_word(surface)
                    and str(ctx.jieba.tag(surface)[0][1]) not in ("ns", "nz", "nr", "j")
                )
            ):
                suffix = ""  # 喀什国际机场, 大庆油田: named for the city; 中小|煤矿: a word
            if (
                len(suffix) == 1
                and (
                    (  # (海南岛|国际: the island is a word of its own, though 岛国 is one too)
                        ctx.is_word(text[end : end + 2])
                        and not (
                            suffix in self._whole
                            and ctx.is_word(text[start : end + 1])
                            and text[end : end + 2]
                            not in ("岛内", "岛外")  # (台湾|岛内: the region)
                        )
                    )
                    or not plain
                    or surface + suffix in self.gaz.by_short
                    or surface + suffix in self.gaz.by_name
                    or text.startswith(self._named_sites, end + 2)
                    or text[end + 1 : end + 2] in _ADVERBS_AFTER_NOUN
                )
            ):
                # 湖南|路子: the character opens a word of its own; 友谊路, 文明岛: the
                # name is an ordinary word; 观音寺: the division's own name goes on;
                # 临洮|寺洼遗址: the character opens the name of a work after it; 新疆|山更绿:
                # a noun of its own before an adverb
                suffix = ""
            listed = (
                suffix in self._new_works
                and start > 1
                and text[start - 1] == "、"
                and by_end.get(start - 1) is not None
            )
            if suffix and ctx.boundary(start) and not listed:
                # 若尔盖国家公园, 武夷山风景名胜区: the landmark, not the county; 海南岛: the
                # island, whole (not 沙坡头、红寺堡|灌区: the works of both places)
                whole = end + len(suffix) if suffix in self._whole else end
                spans.append(
                    Span(
                        start,
                        whole,
                        "LOCAL",
                        0.8,
                        "landmark",
                        text[start:whole],
                        reason=f"landmark named like {places[0].name}, before {suffix}",
                    )
                )
                continue
            if text.startswith("运河", end) and above_town:
                # 平陆运河: a canal named after the county is the canal, whole.
                spans.append(
                    Span(
                        start,
                        end + 2,
                        "LOCAL",
                        0.8,
                        "landmark",
                        text[start : end + 2],
                        reason=f"canal named like {places[0].name}",
                    )
                )
                continue
            if (
                surface[-1] in _WATERS
                and above_town
                and text[end : end + 1] in _SHORES
                and not ctx.is_word(text[end : end + 2])
                and by_start.get(end) is None
                and ctx.word_start(start)  # (独龙江|边, 从|江边: a longer river, a word)
                and ctx.word_start(end)
                and not ctx.is_blocked(start, end)  # (太湖 spans provinces)
            ):
                # 柳江|边, 榕江|畔: the river the county is named after (or names)
                spans.append(
                    Span(
                        start,
                        end,
                        "LOCAL",
                        0.8,
                        "landmark",
                        surface,
                        reason=f"river named like {places[0].name}, at its bank",
                    )
                )
                continue
            shore = (  # 于都河|畔, 长寿湖|边: the water's bank after its name
                text[end : end + 1] in _WATERS
                and text[end + 1 : end + 2] in _SHORES
                and ctx.boundary(end + 2)
            )
            if (
                end < len(text)
                and text[end] in _NATURE
                and (ctx.boundary(end + 1) or shore)
                and above_town
                and text[end + 1 : end + 2] not in _NATURE_SAID  # (重庆|山高坡陡, 恩施|山大人稀)
                and text[end + 1 : end + 2] not in _ADVERBS_AFTER_NOUN  # (新疆|山更绿)
                and text[end : end + 2] not in _LAND_WORDS  # (肃南|山区: the hills, no mountain)
                and by_start.get(end) is None  # (浙江|湖州市: a place begins there)
                and not self._place_across(text, start, end + 1)  # (新|青海: not 新青 + 海)
                and not (  # (府谷|海红果, 苍南|海岸线, 南京|林业: a word of its own opens)
                    text[end] in "海林"
                    and ctx.is_word(text[end : end + 2])
                    and ctx.is_word(text[end + 1 : end + 3])
                )
            ):
                # 贺兰山, 赤水河: a landmark named after (or naming) the place.
                spans.append(
                    Span(
                        start,
                        end + 1,
                        "LOCAL",
                        0.8,
                        "landmark",
                        text[start : end + 1],
                        reason=f"landmark named like {places[0].name}",
                    )
                )
                continue
            neighbours = [n for n in (by_end.get(start), by_start.get(end)) if n is not None]
            gap = by_end.get(start - 1) if start and text[start - 1] == "的" else None
            if (
                gap is not None
                and gap.level in ("province", "prefecture")
                and all(p.level == "town" for p in places)
                and not (surface in self.landmarks or ctx.is_word(surface))
            ):
                neighbours.append(gap)  # 湖南的柘溪: a town no word names, after its province
            if surface in self.landmarks and not neighbours:
                continue  # 登临黄山, 太湖治理: the landmark (see LandmarkListRecognizer)
            before = by_end.get(start)
            if (
                before is not None
                and before.level in ("province", "prefecture")
                and before.code
                and all(p.code[:2] != before.code[:2] for p in places)
                and all(p.level in ("county", "town") for p in places)
            ):
                continue  # 合肥|滨湖科学城: no county of another province right after a city
            if (
                before is not None
                and before.level == "county"
                and before.code
                and before.code[:2] in ("81", "82", "71")
                and all(p.code[:2] != before.code[:2] for p in places)
            ):
                continue  # 元朗区|天水围: an area of Hong Kong, no city of the mainland
            if (
                all(p.level in ("county", "town") for p in places)
                and _among_waters(text, start, end)
                and self._waters_listed(text, start, end)
            ):
                # 清水河、苦水河、沙湖: the river, listed with waters
                spans.append(
                    Span(
                        start,
                        end,
                        "LOCAL",
                        0.7,
                        "landmark",
                        surface,
                        reason="a water listed with waters",
                    )
                )
                continue
            if surface[-1] in _METALS and _listed_with_metals(text, start, end):
                continue  # 黄金、白银、铜等金属: the metal, not the city
            if (
                plain
                and surface not in self.alias_first
                and (
                    self._aligned(ctx, start, end)
                    or self._prominent_aligned(ctx, start, end, plain)
                    or _native_place(text, start, end)  # 生，和龙人，
                    or self._before_its_land(ctx, start, end)
                )
            ):
                p = plain[0]
                span = self._short_span(start, end, surface, p, 0.85, f"short form of {p.name}")
                spans.append(span)
                by_end[end], by_start[start] = span, span
                continue
            # An ordinary word (和平, 长安): only beside its parent (天津和平, 榆林府谷),
            # or in a list of places of the same province (福州、厦门、南平).
            near = self._listed(ctx, start, end, places, by_end, by_start)
            if near is not None:
                spans.append(near)
                by_end[end], by_start[start] = near, near
                continue
            if not neighbours:
                # 安康、汉中: the place after it is found later in this loop.
                waiting.append((start, end, places))
                continue
            # A town needs its own county beside it (哈尔滨|工程大学 is no town), or its
            # prefecture when its name is no word and no landmark (鞍山西柳, not 上海|建设).
            far = not (
                surface in self.landmarks
                or (ctx.is_word(surface) and not _tagged_place(ctx, surface))
            )
            # A town whose name is no word at all may follow its province too, even across
            # 的 (江苏望亭, 湖南的柘溪: the power stations' sites; not 广西|海洋).
            up = (3 if not ctx.is_word(surface) else 2) if far else 1
            parents = set().union(
                *(self.gaz.parent_names(p, depth=up if p.level == "town" else 4) for p in places)
            )
            verb = ctx.is_word(surface) and str(ctx.jieba.tag(surface)[0][1]).startswith("v")
            child = by_start.get(end)  # 信阳|新县: the place's own county after it
            if (
                child is not None
                and child.full
                and any(
                    surface in self.gaz.parent_names(p, depth=2)
                    for p in self.gaz.by_name.get(child.text, ())
                )
            ):
                parents.add(child.text)
            if surface in _NEW_DISTRICT_WORDS and by_end.get(start) is not None:
                continue  # 雷州|新城: the city's new district, not a town named 新城
            if any(n.text in parents for n in neighbours) and not verb:  # 辽宁|振兴发展
                p = places[0]
                spans.append(
                    Span(
                        start,
                        end,
                        "ADMIN",
                        0.7,
                        self.name,
                        surface,
                        reason=f"short form of {p.name}, next to {neighbours[0].text}",
                        level=p.level,
                    )
                )
        spans.extend(self._towns_naming_works(ctx, short, spans))
        spans.extend(self._towns_of_offices(ctx, spans))
        self._ethnic_towns(ctx, spans)
        self._own_suffix(ctx, spans)
        self._one_character_counties(ctx, spans)
        for k, sp in enumerate(spans):
            # 遵义|市级龙头企业, 泰州|市区的银行, 甘孜|州里, 上海|市民: the suffix goes with
            # the word it makes with what follows
            if (
                sp.full
                and sp.label == "ADMIN"
                and sp.length >= 3
                and sp.text[-1] in "市县区州省"
                and text[sp.end - 1 : sp.end + 1] in _SUFFIX_WORDS
                and not ctx.is_word(text[sp.end - 1 : sp.end + 2])  # (市区委: 区委 the level)
                and not ctx.is_word(text[sp.end : sp.end + 2])  # (晋江市|民营, 云南省|城市)
                and sp.end not in by_start  # (五常市|民乐朝鲜族乡, 龙山县|里耶镇: a chain)
            ):
                spans[k] = replace(sp, end=sp.end - 1, text=sp.text[:-1], full=False)
        for start, end, places in reversed(waiting):  # right to left: 甲、乙、汉中
            near = self._listed(ctx, start, end, places, by_end, by_start)
            if near is not None:
                spans.append(near)
                by_end[end], by_start[start] = near, near
        # A town whose short name is an ordinary word (中心镇, 工程街道) counts only after
        # another place: 重点中心镇 is a kind of town, 某某县中心镇 is one.
        spans = [sp for sp in spans if not self._in_idiom_or_phrase(ctx, sp)]
        ends = {s.end for s in spans}
        ends |= {e + 1 for e in ends if e < len(text) and text[e] in "、和与及"}
        # 以大瑶镇、文家市镇为代表: the first item of a list, a place after its mark
        firsts = {sp.start - 1 for sp in spans if sp.start and text[sp.start - 1] in "、和与及"}
        # 尹集乡更名为尹集镇: one town named with two suffixes, a change of its status
        suffixes: dict[str, set[str]] = {}
        for sp in spans:
            if sp.full and sp.level == "town":
                suffixes.setdefault(_town_short(sp.text), set()).add(sp.text)
        renamed = {short for short, names in suffixes.items() if len(names) > 1}
        spans = [self._as_water(ctx, sp) for sp in spans]
        return [
            s
            for s in spans
            if not (
                s.full
                and s.level == "town"
                and (
                    self._ordinary(ctx, _town_short(s.text))
                    or (
                        s.length == 3  # (a town of four characters or X街道 is a name)
                        and self._ordinary(ctx, text[s.end - 2 : s.end])  # 快于城镇
                        and not _tagged_place(ctx, s.text)  # 竖新镇/ns, though 新镇 is a word
                        and (  # (。桃村镇果农: a town's own name opens the clause)
                            text[s.end - 2 : s.end] in _TOWN_WORD_TAILS  # (占|城镇, 同|老乡)
                            or not ctx.word_start(s.start)
                            or (s.start > 0 and ctx.is_word(text[s.start - 1 : s.start + 1]))
                            or self._ordinary(ctx, text[s.start : s.end - 1])
                        )
                    )
                )
            )
            or s.start in ends
            or (s.full and s.end in firsts)
            or self._runs_into_level_word(text, s.end)  # 孤山镇党委书记
            or self._one_town(ctx, s)
            or self._noun_town(ctx, s)
            or self._town_of_someone(ctx, s)
            or self._town_opening(ctx, s)
            or self._town_object(ctx, s)
            or self._town_in_dictionary(ctx, s)
            or (s.full and s.level == "town" and _town_short(s.text) in renamed)
        ]

    def _town_in_dictionary(self, ctx: Context, s: Span) -> bool:
        """不远处的溪口镇上: a town's full name that the segmenter's dictionary holds as a
        place (溪口镇/ns) and that the text's own cut keeps whole is the town, though its
        own name is an ordinary word (溪口); not a kind of town (中心镇, 特色小镇)."""
        if not (s.full and s.level == "town" and s.length >= 3 and s.text[-1] in "镇乡"):
            return False
        short = _town_short(s.text)
        if short in self.town_kinds or short in _KINDS_OF_TOWN:
            return False
        return (
            ctx.word_start(s.start)
            and ctx.word_start(s.end)
            and ctx.is_word(s.text)
            and _tagged_place(ctx, s.text)
        )

    @staticmethod
    def _as_water(ctx: Context, sp: Span) -> Span:
        """沿锦江的老厂房, 沱江两岸, 跨右江大桥: a district's short form that names its river
        or lake (锦江区, 右江区) where the sentence speaks of water: the river, LOCAL."""
        if sp.full or sp.label != "ADMIN" or sp.text[-1] not in "江河湖溪" or sp.length > 3:
            return sp
        text = ctx.text
        if _WATERS_LISTED.match(text, sp.end):
            # 治理松花江、嫩江等流域: rivers listed before their basins
            return replace(sp, label="LOCAL", reason=f"the river of {sp.text}", level="")
        ahead = _CLAUSE_REST.match(text, sp.end)
        if ahead is not None and any(w in ahead.group(0) for w in _WATER_FLOWS):
            # 黑龙江与乌苏里江交汇, 黑河从祁连山北麓流出, 两江同时涨水: the water flows, even
            # where a province or city bears its name
            return replace(sp, label="LOCAL", reason=f"the river of {sp.text}", level="")
        if sp.level not in ("county", "town"):
            return sp  # (镇江沿岸, 九江沿岸: a city's own shore)
        if not (
            text[sp.start - 1 : sp.start] in _ALONG_WATER or text.startswith(_WATER_AFTER, sp.end)
        ):
            return sp
        return replace(sp, label="LOCAL", reason=f"the river or lake of {sp.text}", level="")

    def _town_opening(self, ctx: Context, s: Span) -> bool:
        """今年，三合镇全力推进…, 。大田镇坡鹿保护区…: a town's full name (its own name an
        ordinary word) opening a clause as its subject, not a kind of town (中心镇) and
        not running into a word (镇区, 镇上)."""
        text = ctx.text
        if s.length < 3 or not s.text.endswith(("镇", "乡")):
            return False
        if s.start and text[s.start - 1] not in "。！？；，：“\n":
            return False
        short = _town_short(s.text)
        if short in self.town_kinds or short in _KINDS_OF_TOWN or len(short) < 2:
            return False
        if s.end >= len(text) or not ctx.word_start(s.end):
            return False  # (镇区, 镇上: the suffix opens a word; but 木鱼镇|民宿, not 镇民)
        if text[s.end] in _CLAUSE_STOPS:
            return False  # (a clause of its own name only: 。富民镇。 is a heading, not read here)
        return bool(_CJK.match(text[s.end])) or text[s.end].isdigit()

    def _town_object(self, ctx: Context, s: Span) -> bool:
        """对石城乡开展巡察, 我主抓图强镇林区转型: a town's full name (its own name an
        ordinary word) right after a preposition or a verb, before a verb or a noun of its
        own, not a kind of town (对中心镇, 建设特色小镇) and not running into a word (镇区)."""
        text = ctx.text
        if s.length < 3 or not s.text.endswith(("镇", "乡")) or s.start < 1:
            return False
        short = _town_short(s.text)
        if short in self.town_kinds or short in _KINDS_OF_TOWN or len(short) < 2:
            return False
        before = text[s.start - 1]
        joint = before in "由系与和同为请让" or text.endswith(_JOINT_VERBS, 0, s.start)
        if joint and str(ctx.jieba.tag(short)[0][1])[:1] == "v":
            return False  # 与|发展乡合作: a conjunction before a verb, no town
        if (
            before not in "对在到赴从向把"
            and not joint
            and not (
                s.start >= 2
                and ctx.is_word(text[s.start - 2 : s.start])
                and ctx.word_start(s.start - 2)
                and str(ctx.jieba.tag(text[s.start - 2 : s.start])[0][1]) == "v"
            )
        ):
            return False
        if s.end >= len(text) or (
            ctx.is_word(text[s.end - 1 : s.end + 1]) and not ctx.word_start(s.end)
        ):
            return False
        # (会同大集镇|6月底前: a date may follow the town as well as a verb)
        return (bool(_CJK.match(text[s.end])) or text[s.end].isdigit()) and text[
            s.end
        ] not in _CLAUSE_STOPS

    def _town_of_someone(self, ctx: Context, s: Span) -> bool:
        """授予峡口镇|毛阿土、…, 危秀琴（嵩市镇|人）, 韦凤仙（布依族，中和镇）: a town's full
        name that says where someone named beside it comes from, in a list of people or
        in brackets after a name."""
        text = ctx.text
        if s.length < 3 or not s.text.endswith(("镇", "乡", "街道", "苏木")):
            return False
        before = text[s.start - 1] if s.start else ""
        after = text[s.end] if s.end < len(text) else ""
        bracket = text.rfind("（", max(0, s.start - 12), s.start)
        if bracket >= 0 and "）" not in text[bracket : s.start] and after in "）)，,、人":
            return True  # （嵩市镇人, （布依族，中和镇）
        people = self.people
        if (
            people is not None
            and (not before or before in "。！？；，：“\n")
            and text.startswith(people.roles, s.end)
            and not ctx.is_word(text[s.end - 1 : s.end + 1])
        ):
            return True  # 。卫城镇|果农勒格阿牛, 独贵塔拉镇|牧民: the town's people
        if not (before in "：:、，；" or text.endswith("授予", 0, s.start)):
            return False
        return (
            people is not None
            and s.end < len(text)
            and text[s.end] in people.surnames
            and not ctx.is_word(text[s.end : s.end + 2])
            and people.given_score(text[s.end + 1 : s.end + 3]) >= 5.0
        )

    def _noun_town(self, ctx: Context, s: Span) -> bool:
        """佛堂镇, 地瓜镇, 溪口镇: a town's full name whose own name is a noun but no kind of
        town (not 中心镇, 特色镇, 小城镇) and no verb (not 发展乡, 促进乡), set off as a word
        of its own on both sides."""
        text, short = ctx.text, _town_short(s.text)
        if s.length < 3 or s.text[-2:] in _TOWN_WORD_TAILS or len(short) < 2:
            return False
        if short in self.town_kinds or short in _KINDS_OF_TOWN or not ctx.is_word(short):
            return False
        tags = ctx.jieba.tag(short)
        if len(tags) != 1 or str(tags[0][1]) not in ("n", "nz", "ns", "nr", "s"):
            return False
        if not ctx.word_start(s.start) or (
            s.start and ctx.is_word(text[s.start - 1 : s.start + 1])
        ):
            return False  # 江|南古镇, 移|民建镇: the name runs on from a word before it
        return ctx.word_start(s.end) and not ctx.is_word(text[s.end - 1 : s.end + 1])

    def _after_parent(self, text: str, start: int, surface: str, before: int) -> bool:
        """A name of the parent of a place called ``surface`` ends at ``start`` and began
        before ``before`` (信阳|新县)."""
        for place in self.gaz.by_name.get(surface, ()):
            for n in self.gaz.parent_names(place, depth=2):
                k = start - len(n)
                if len(n) >= 2 and 0 <= k < before and text.startswith(n, k):
                    return True
        return False

    def _short_span(
        self, start: int, end: int, surface: str, p: Place, score: float, why: str
    ) -> Span:
        """A short form found as the place ``p``."""
        return Span(
            start, end, "ADMIN", score, self.name, surface, reason=why, level=p.level, code=p.code
        )

    def _parent_chains(
        self, text: str, fulls: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """信阳|新县 read as 信|阳新县: a full name that ends where a shorter one ends, when
        the text before the shorter one ends with a name of the shorter one's parent,
        is the misreading."""
        by_end: dict[int, list[tuple[int, str]]] = {}
        for s2, e2, name2 in fulls:
            by_end.setdefault(e2, []).append((s2, name2))
        drop = {
            (s, e)
            for s, e, _ in fulls
            for s2, name2 in by_end[e]
            if s < s2 <= s + 2 and self._after_parent(text, s2, name2, s)
        }
        return [f for f in fulls if (f[0], f[1]) not in drop] if drop else fulls

    def _used_as_place(self, ctx: Context, start: int, end: int) -> bool:
        """长寿|经开区, 天长|地处南京都市圈, 大同|是产煤大市: a county's or city's name
        that is also a word (长寿, 光明, 大同) stands for the place where its zones, its
        location or what kind of place it is follow it, and it opens a clause or a phrase."""
        text = ctx.text
        if _native_place(text, start, end) and not ctx.in_mask(start, end):
            return True  # 1979年生，和龙人，现任: where someone in a profile comes from
        if (
            start
            and text[start - 1] in "万千百多余"
            and text.startswith("人", end)
            and not ctx.is_word(text[start : end + 1])
            and not ctx.is_word(text[end : end + 2])
            and not ctx.in_mask(start, end)
        ):
            return True  # 二十多万|光山|人在各地: a count of the place's people
        if start and text[start - 1] not in _PLACE_BEFORE and not ctx.word_start(start):
            return False
        if not (ctx.boundary(start) and ctx.boundary(end)) or ctx.in_mask(start, end):
            return False
        if ctx.is_blocked(start, end) or _long_word_across(ctx, start, end):
            return False
        surface = text[start:end]
        if surface in self.everyday:
            return False  # 在三峡工作, 盐湖城区: words first
        # (平安城区, 在公安工作: a word that is no place name needs a zone of its own)
        named = not ctx.is_word(surface) or _tagged_place(ctx, surface)
        if text.startswith(_PLACE_ZONES, end):
            return named or not text.startswith(_TOWN_ZONES, end)
        if (
            text.startswith(_AIRPORT, end)
            and any(  # a county's (not a city district's: 白云机场, 河东机场 are landmarks)
                p.level == "county" and p.status == "current" and not p.name.endswith("区")
                for p in self.gaz.by_short.get(surface, ())
            )
            and str(ctx.jieba.tag(surface)[0][1])[:1] not in "vad"
        ):
            return True  # 共和|机场, 东方|机场: named for the county (not 新建|机场: built)
        if (
            text.startswith(("院区", "校区"), end)
            and surface != "新建"
            and str(ctx.jieba.tag(surface)[0][1])[:1] not in "vad"
        ):
            return True  # 滨海|院区, 日照|校区: a hospital's or a school's campus in the place
        if (
            (
                named
                # 在|开封|调研 (开封/v): no verb fits there, a city's or county's name does
                or any(
                    p.level in ("prefecture", "county") and p.status == "current"
                    for p in self.gaz.by_short.get(surface, ())
                )
            )
            and start
            and text[start - 1] in "在到来赴回"
            and (
                text.startswith(_PLACE_DOINGS, end)
                or (
                    text[start - 1] == "在"
                    and (named or self._city_word(ctx, surface))
                    and _PLACE_MEETING.match(text, end) is not None
                    and ctx.word_start(end)
                    and not any(ctx.is_word(text[start : end + k]) for k in (2, 3, 4))
                )  # (在|和平发展|大会上: a phrase, no place)
            )
        ):
            return True  # 欢迎各位企业家到|民权|投资兴业, 在|长治|劳模座谈会上
        if (
            text.endswith(_SOMEONE_IN, 0, start)
            and text.startswith(_SERVED, end)
            and str(ctx.jieba.tag(surface)[0][1])[:1] != "d"
        ):
            return True  # 我在|方正|工作了八年, 我在|合作|挂职期间: where someone served
        if (
            text.endswith(("支持", "推动", "鼓励", "指导"), 0, start)
            and text.startswith(("建设", "打造", "创建", "争创", "申报", "加快"), end)
            and (named or self._city_word(ctx, surface))  # (大同/d, though an adverb)
        ):
            return True  # 支持|大同|建设国家区域重点城市: a city a plan supports
        if start and text[start - 1] not in _PLACE_BEFORE:
            return False  # (地处, 是: only where the name opens the clause)
        return text.startswith(("地处", "位于"), end) or bool(_IS_A_PLACE.match(text, end))

    def _city_word(self, ctx: Context, surface: str) -> bool:
        """A prefecture's short form the tagger reads as no verb or adjective (大同/d,
        长治; not 平安/a): in a place's frame it is the city."""
        return str(ctx.jieba.tag(surface)[0][1]) not in ("a", "an", "v", "vn") and any(
            p.level == "prefecture" and p.status == "current"
            for p in self.gaz.by_short.get(surface, ())
        )

    @staticmethod
    def _in_idiom_or_phrase(ctx: Context, sp: Span) -> bool:
        """An idiom that begins with a short form, 要|和|田野打交道 (a conjunction and a
        word, no 和田): a short form that is no place here."""
        if sp.full:
            return False
        text = ctx.text
        cover = ctx._covering(sp.start)
        if cover is not None and cover[0] == sp.start and cover[1] > sp.end:
            tags = ctx.jieba.tag(text[cover[0] : cover[1]])
            if len(tags) == 1 and str(tags[0][1]) == "i":
                return True  # an idiom (a chengyu) that begins with the name
        if text[sp.end : sp.end + 1] == "族" and not text.startswith("族自治", sp.end):
            return True  # 东乡族老人: a people, not the district 东乡
        return (
            sp.length == 2
            and not _native_place(text, sp.start, sp.end)
            and text[sp.start] in "和与同跟及"
            and sp.start > 0
            and _CJK.match(text[sp.start - 1]) is not None
            and ctx.is_word(text[sp.start + 1 : sp.end + 1])
            and not ctx.is_word(text[sp.start - 1 : sp.start + 1])
        )

    def _own_suffix(self, ctx: Context, spans: list[Span]) -> None:
        """唐昌|街道 (the gazetteer has 唐昌镇), 大洼|区 where the segmenter cut 区稻: a
        short form found with a level suffix right after it is the full name, whole, unless
        the suffix begins a level word (大洼区委 stays 大洼 + 区委)."""
        text = ctx.text
        for sp in spans:
            if sp.full or sp.label != "ADMIN" or sp.level not in ("town", "county"):
                continue
            kinds = (
                ("民族乡", "族乡", "街道", "镇", "乡")
                if sp.level == "town"
                else ("区", "县", "市", "旗")
            )
            suffix = next((k for k in kinds if text.startswith(k, sp.end)), "")
            if not suffix:
                continue
            e = sp.end + len(suffix)
            if len(suffix) == 1 and text.startswith(_LEVEL_WORD_TAILS, e):
                continue  # 大洼区委, 郧阳区政府: the level word takes the suffix
            if (
                len(suffix) == 1
                and e < len(text)
                and ctx.is_word(text[e - 1 : e + 1])
                and not _village_at(ctx, e)
                and not ctx.word_start(e)
            ):
                continue  # 乡村, 镇上: the suffix begins a word
            sp.end, sp.text, sp.full = e, text[sp.start : e], True
            sp.reason += f", with its suffix {suffix}"
        for sp in spans:  # 常州村78户农家院: a village named like a city, counted
            e = sp.end + 1
            if (
                sp.label == "ADMIN"
                and not sp.full
                and text[sp.end : e] == "村"
                and (text[e : e + 1].isdigit() or text.startswith(_VILLAGE_COUNTED, e))
            ):
                sp.end, sp.text, sp.full = e, text[sp.start : e], True
                sp.level, sp.code = "", ""  # (a village: no level or code of the city's)
                sp.reason += ", a village of that name"

    @staticmethod
    def _ethnic_towns(ctx: Context, spans: list[Span]) -> None:
        """街津口|赫哲族乡: a town named with its people (the gazetteer lists 街津口乡) is
        the town's full name, whole."""
        for s in spans:
            if s.level == "town" and not s.full:
                m = _ETHNIC_TOWN.match(ctx.text, s.end)
                if m is not None:
                    s.end, s.text, s.full = m.end(), ctx.text[s.start : m.end()], True

    def _one_town(self, ctx: Context, s: Span) -> bool:
        """烟霞镇的, 江南镇、东坪镇, 在任村镇, 西城镇卫生院: a full town name whose short name
        is an ordinary word, but no word for a kind of town, where the sentence treats it
        as one place: before 的, a list mark or the town's bodies, or after 在/到/从 or a
        list mark."""
        text, short = ctx.text, _town_short(s.text)
        if short in self.town_kinds or short in _KINDS_OF_TOWN:
            return False
        if ctx.inside_word(s.start, s.end):
            return False  # 上山下乡: an idiom, no town 山下乡
        before = text[s.start - 1] if s.start else ""
        opens = not before or before in "，。；：！？、”\n"
        if (
            s.text[-2:] in _TOWN_WORD_TAILS
            and not (
                (before and before in "在到从赴去" and ctx.word_start(s.start) and s.length >= 3)
                # 。柳市镇的, 如今大集镇丁楼村: a town name the tagger knows, or a village after
                or (
                    s.length >= 3
                    and ctx.word_start(s.start)
                    and (_tagged_place(ctx, short) or _village_at(ctx, s.end))
                    and (opens or _village_at(ctx, s.end))
                )
                # 。码市镇的: a clause opens with the town, and its name (码市) is no word
                or (s.length >= 3 and opens and ctx.word_start(s.start) and not ctx.is_word(short))
                # 他为|鲍集镇养殖户, 和|鹅城镇: a town's name no word, after a word of its own
                or (
                    s.length >= 3
                    and ctx.word_start(s.start)
                    and not ctx.is_word(short)
                    and not ctx.is_word(text[s.start - 1 : s.start + 1])
                    and not ctx.is_word(text[s.start - 2 : s.start + 1])
                )
                # 。高城镇要管好…: a clause opens with the town, a verb or time word after it
                or (
                    s.length >= 3
                    and opens
                    and ctx.word_start(s.start)
                    and bool(
                        tags := ctx.jieba.tag(text[s.end : _run_end(text, s.end, _CLAUSE_STOPS)])
                    )
                    and str(tags[0][1])[:1] in "vdpt"
                    and not ctx.is_word(text[s.end - 2 : s.end + 1])
                )
            )
        ):
            return False  # 调高|城乡居民: 城乡 is a word, no town 高城乡 (but 到|大|集镇调研)
        if not ctx.boundary(s.start) and before not in _TOWN_BEFORE:
            return False
        if text.startswith(_TOWN_AFTER, s.end) or _village_at(ctx, s.end):  # 威远镇小庄村
            return True
        v = _VILLAGE_AFTER.match(text, s.end)
        if v is not None and v.group(0).endswith("村") and not ctx.is_word(v.group(0)):
            return True  # 友爱镇农科村: a village of the town follows, whatever its name
        if (bool(before) and before in _TOWN_BEFORE) or text[
            max(s.start - 2, 0) : s.start
        ] == "代表":
            return True  # 我代表分水镇作交流发言
        if (
            before == "的"
            and text[s.end : s.end + 1] in ("，", "。", "；", "、", "")
            and (not ctx.is_word(s.text) or _tagged_place(ctx, s.text))
            and not ctx.is_word(short)
        ) or (
            before == "的"
            and text[s.end : s.end + 1] in ("，", "。", "；", "、")
            and (_tagged_place(ctx, short) or str(ctx.jieba.tag(short)[0][1]).startswith("nr"))
        ):
            return True  # 以他的名字命名的屈原镇。 (not 特色的小村镇, 繁华的码头镇)
        if before and before not in "，。；：！？）”\n":
            return False
        k = _run_end(
            text, s.end, _CLAUSE_STOPS
        )  # ，松烟镇举办…: the subject of its clause, before a verb
        tags = ctx.jieba.tag(text[s.end : k]) if k > s.end else []
        return bool(tags) and str(tags[0][1])[:1] in ("v", "p", "d", "a")  # ，屈原镇都要举办


def _admin_suffixes(text: str) -> Iterator[tuple[int, str, str]]:
    """Two CJK characters and a level character (澜屿市), left to right without overlap,
    as ``[\u4e00-\u9fff]{2}[省市…]`` would find them; found from the level characters,
    which the regex engine skips to at once, rather than trying every position."""
    last = 0
    for m in _LEVEL_CHAR.finditer(text):
        start = m.start() - 2
        if (
            start >= last
            and "\u4e00" <= text[start] <= "\u9fff"
            and "\u4e00" <= text[start + 1] <= "\u9fff"
        ):
            yield start, text[start : start + 2], m.group(0)
            last = start + 3


class MadeUpPlaceRecognizer:
    """Places the gazetteer does not know (new, small or made-up): XX市/县/区/旗/镇.

    The two characters before the level character must start a word, must not be
    a dictionary word (示范县, 试点市 are not places) and hold no function
    character (在全市, 各市县). Once found, the same name elsewhere in the text
    counts too (澜屿市 … 澜屿工匠).
    """

    name = "admin-pattern"

    def __init__(
        self,
        landmarks: Iterable[str] = (),
        level_words: Iterable[str] = (),
        kinds: Iterable[str] = (),
        abbreviations: Iterable[str] = (),
        villages: Iterable[str] = (),
    ) -> None:
        self.landmarks = frozenset(landmarks)
        self.villages = sorted(villages, key=len, reverse=True)  # 火普村: the extent is known
        self.kinds = frozenset(kinds)  # 示范, 文明: kinds of town or village
        self.abbreviations = frozenset(abbreviations)  # 皖 of “皖美品牌” is the province
        # Level words that name a place's own bodies (市委, 县长), not its extent (省域, 市直)
        self.level_words = tuple(
            sorted((w for w in level_words if w[-1] not in "域直内级"), key=len, reverse=True)
        )
        # a town's or township's own titles, as they follow its full name (达板镇|副镇长)
        self._town_words = tuple(
            w for w in self.level_words if w[:2] in ("镇长", "乡长", "副镇", "副乡")
        )

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        known = [(s.start, s.end) for s in ctx.spans_of("ADMIN")]
        known_at = {i for s, e in known for i in range(s, e)}
        names: dict[str, str] = {}
        spans: list[Span] = []
        admin_end_set = {e for s, e in known}
        for start, x, level_char in _admin_suffixes(text):
            end = start + 3
            whole = x + level_char
            if not known_at.isdisjoint(range(start, end)) or ctx.in_mask(start, end):
                continue
            if set(x) & _FUNCTION_CHARS or "副" in x or (x[0] in "原前现" and start):
                continue  # (哈尔滨|原副市长: “former” and a deputy's title, no city)
            if (ctx.is_word(x) or ctx.is_word(whole)) and not (
                level_char in "镇乡" and _tagged_place(ctx, x) and len(ctx.jieba.tag(whole)) == 1
            ):
                continue  # (泽当镇, read as one word, stays; not 闽台|乡建)
            if x[0] in _ADJECTIVE_ENDS or x[0] in _GOING or (start and text[start - 1].isdigit()):
                continue  # 紧密|型城市, 同|非洲, 30年|整市: the tail of a word or phrase
            idiom = ctx._covering(end - 1)
            # a town's own level word after it: 镇长, 镇党委书记, or one that begins after
            # the name (柳泉乡|乡长, 达板镇|副镇长)
            town_level = (
                level_char in "镇乡"
                and x[-1] != "任"  # (熙岭|任乡党委书记: the verb of the appointment)
                and x[0] != "任"
                and x[-1] not in "外本该各我"  # (曾任|外镇副镇长: another town)
                and (
                    text.startswith(level_char + "长", end)
                    or any(text.startswith(w, end - 1) for w in self.level_words if len(w) > 2)
                    or any(text.startswith(w, end) for w in self._town_words)
                )
            )
            glued = (  # 曾任足荣镇镇长 cut as 任足|荣镇: no word glues the verb on
                start > 0 and town_level and not ctx.is_word(text[start - 1 : start + 1])
            )
            if (not ctx.word_start(start) and not glued) or (
                idiom is not None and start < idiom[0] < end - 1
            ):
                continue  # 走|改旗易帜: an idiom runs past the level character
            if _COUNTED.match(text, end) or (
                end < len(text)
                and ctx.is_word(text[end - 1 : end + 1])
                and not any(text.startswith(w, end - 1) for w in self.level_words)
            ):
                # 普惠县26个 (a kind of county, counted); 用好乡镇, 提振市场, 共赢旗帜: the
                # level character starts a word (乡镇, 市场, 旗帜) that is no level word
                # (市委, 县长 after a made-up 澜屿 still count)
                continue
            if (start >= 2 and ctx.is_word(text[start - 2 : start + 1])) or (
                start >= 1 and ctx.is_word(text[start - 1 : start + 1])
            ):
                continue  # 年度|地区, 工作室|联盟: the first character ends another word
            if ctx.is_word(x[1] + level_char):
                # 蘅湖区 or 青螺湾新区? A real name recurs without its level character.
                bare = len(re.findall(re.escape(x) + f"(?!{level_char})", text))
                if bare < 2:
                    continue
            # Real text names real places the gazetteer knows; a name it lacks must show
            # itself as a place: after another place (…省澜屿市), before its own bodies
            # (澜屿市委), or named again in the text (澜屿工匠), and never in a title (《…》).
            strong = (
                start in admin_end_set
                or any(text.startswith(w, end - 1) for w in self.level_words)
                or town_level  # 足荣镇镇长, 达板镇副镇长
                or text.count(x) >= 2
                or (level_char in "镇乡" and self._used_as_place(ctx, start, end))
            )
            if not strong or _in_title(text, start):
                continue
            names[x] = whole
            spans.append(
                Span(
                    start,
                    end,
                    "ADMIN",
                    0.6,
                    self.name,
                    whole,
                    reason="name + level character, not a dictionary word",
                    full=True,
                )
            )
        # 左权县原名辽县, 佳县旧称葭县, 原孝丰县并入安吉县: a former division, named so
        for m in _FORMER_DIVISION.finditer(text):
            s, e = m.start("x"), m.end()
            x = m.group("x")[: -len(m.group("suf"))]
            if (
                not known_at.isdisjoint(range(s, e))
                or set(x) & (_FUNCTION_CHARS | _LEVEL_CHARS | set("副正常务第各"))
                or (
                    m.group("cue") == "原"
                    and (
                        len(x) < 2
                        or m.group("suf") not in ("县", "市")
                        or not ctx.word_start(m.start())
                        or (m.start() > 0 and ctx.is_word(text[m.start() - 1 : m.start() + 1]))
                        or ctx.is_word(text[m.start() : m.start() + 2])  # 原则|同意县…
                    )
                )
                or ctx.in_mask(s, e)
                or (len(x) >= 2 and ctx.is_word(x) and not _tagged_place(ctx, x))
                # 更名为超市, 原为城市, 产粮大县: the suffix makes a word with what precedes it
                or ctx.is_word(x[-1] + m.group("suf"))
                or ctx.is_word(x + m.group("suf"))
                or (len(x) == 1 and m.group("suf") != "县")
            ):
                continue
            spans.append(
                Span(
                    s, e, "ADMIN", 0.6, self.name, text[s:e], reason="a former division", full=True
                )
            )
            known_at.update(range(s, e))
        # 西咸新区, 三江新区, 和林格尔新区: a new area named for its places (not 高铁新区)
        known_spans = {(sp.start, sp.end) for sp in ctx.spans_of("ADMIN")}
        for m in _NEW_AREA.finditer(text):
            k = m.start()
            for n in (4, 3, 2):
                s = k - n
                x = text[s:k] if s >= 0 else ""
                if not _CJK_RUN.fullmatch(x) or ctx.in_mask(s, k + 2):
                    continue
                if not known_at.isdisjoint(range(s, k + 2)) and (s, k) not in known_spans:
                    continue
                found_here = (s, k) in known_spans  # 和林格尔|新区: a place the gazetteer found
                after_preposition = s > 0 and text[s - 1] in "以在把对将向从"  # 以|西咸新区
                if (
                    (set(x) & ((_FUNCTION_CHARS - _NUMERALS) | _LEVEL_CHARS) and not found_here)
                    or x in self.kinds
                    or (not ctx.word_start(s) and not after_preposition)
                    or (s > 0 and ctx.is_word(text[s - 1 : s + 1]) and not after_preposition)
                    or any(str(t)[:1] in "vadpcrumf" for _, t in ctx.jieba.tag(x))
                ):
                    continue
                named = found_here or _tagged_place(ctx, x)
                if not named and (ctx.is_word(x) or n > 2):
                    continue  # (高铁新区, 城市新区: a kind of area)
                spans.append(
                    Span(
                        s,
                        k + 2,
                        "ADMIN",
                        0.6,
                        self.name,
                        x + "新区",
                        reason="a new area",
                        full=True,
                    )
                )
                known_at.update(range(s, k + 2))
                break
        # 下庄三组, 芒洪五组: a village named before one of its groups
        for m in _VILLAGE_GROUP.finditer(text):
            k = m.start()
            for n in (3, 2):
                st = k - n
                x = text[st:k] if st >= 0 else ""
                if (
                    not _CJK_RUN.fullmatch(x)
                    or not known_at.isdisjoint(range(st, k))
                    or set(x) & (_FUNCTION_CHARS | _LEVEL_CHARS | _NUMERALS)
                    or x in self.kinds
                    or x[0] in "去到在从来赴回给对"  # (去|下庄三组: the verb of going)
                    or x[-1] in "分编成为"  # (三十余人分|四组: split into groups)
                    or not ctx.word_start(st)
                    or (st > 0 and ctx.is_word(text[st - 1 : st + 1]))
                    or ctx.in_mask(st, k)
                    or (  # (下庄, 上寨: a place's word ending like a village's name)
                        x[-1] not in _VILLAGE_TAILS
                        and (
                            ctx.is_word(x)
                            or any(str(t)[:1] in "vadpcrumqf" for _, t in ctx.jieba.tag(x))
                        )
                    )
                ):
                    continue
                spans.append(
                    Span(st, k, "ADMIN", 0.5, self.name, x, reason="a village before its group")
                )
                known_at.update(range(st, k))
                break
        # 于田县喀尔克乡: a town the gazetteer lacks, right after its county
        for sp in ctx.spans_of("ADMIN"):
            if not sp.full or sp.text[-1] not in "县区旗市":
                continue
            after = _TOWN_AFTER_COUNTY.match(text, sp.end)
            if after is None:
                continue
            found = self._town_after_county(ctx, after.start(), after.group(1), after.group(2))
            if found is not None and known_at.isdisjoint(range(found.start, found.end)):
                spans.append(found)
                known_at.update(range(found.start, found.end))
        # Villages and communities (the gazetteer stops at towns): 安吉县余村, 花垣县十八洞村
        # after their county or town; a 社区 of its own when its 2–3 character name is no
        # word (南文营社区, not 和谐社区 or 城乡社区).
        admin_ends = {e: s for s, e in known}
        # (and the towns found above: 青沟镇|大房身村, the gazetteer lacking the town)
        admin_ends.update({a.end: a.start for a in spans if a.label == "ADMIN" and a.full})
        # 烟霞镇的|袁家村: a place and 的 before the village
        gap_ends = {e + 1: s for s, e in known if text.startswith("的", e)}
        for m in _VILLAGE.finditer(text):
            if m.start() in known_at:
                continue  # 距离|屯门: the character opens a known place
            found = self._village(ctx, m.start(), m.group(0), admin_ends, gap_ends)
            if found is not None:
                spans.append(found)
        covered = {k for a in spans for k in range(a.start, a.end)}
        for m in _PEOPLE_TOWN_END.finditer(text):
            if m.group(0).startswith("民族"):  # (门巴|民族乡: the people without 族)
                people = _PEOPLES_BARE_BEFORE.search(text, max(0, m.start() - 15), m.start())
            else:
                people = _PEOPLES_BEFORE.search(text, max(0, m.start() - 15), m.start() + 1)
            if people is None:
                continue
            found = self._people_town(ctx, people.start(), m.end(), known_at, covered)
            if found is not None:
                spans.append(found)
                covered.update(range(found.start, found.end))
        # 阿尔巴斯苏木, 巴彦温都尔嘎查: Inner Mongolia's townships and villages, their
        # transliterated names (2–5 characters, no word, no function or level character)
        for m in _STEPPE.finditer(text):
            found = self._steppe_unit(ctx, m.start(), m.group(0), known_at, covered)
            if found is not None:
                spans.append(found)
                covered.update(range(found.start, found.end))
        # 张家沟村、石马川村: villages listed together, each name no word.
        listed = "村、" in text or "村和" in text or "村及" in text  # (the cheap test first)
        # (the positions taken are kept as a set: a scan of the spans for each item made
        # long texts of such lists quadratic)
        for m in _VILLAGE_LIST.finditer(text) if listed else ():
            for item in self._village_items(ctx, m.start(), m.end()):
                span_at = range(item.start, item.end)
                if known_at.isdisjoint(span_at) and covered.isdisjoint(span_at):
                    spans.append(item)
                    covered.update(span_at)
        # 上坞、下坞两个自然村, 北沟、碾盘沟两个村: names listed before their count
        for item in self._counted_villages(ctx):
            span_at = range(item.start, item.end)
            if known_at.isdisjoint(span_at) and covered.isdisjoint(span_at):
                spans.append(item)
                covered.update(span_at)
        # 杜家峁村党支部, 沙梁村村委会: a village named before its own bodies.
        for m in _VILLAGE_BODY.finditer(text):
            found = self._village_before_body(ctx, m.start())
            if found is not None and not known_at.isdisjoint(range(found.start, found.end)):
                found = None
            if found is not None and covered.isdisjoint(range(found.start, found.end)):
                spans.append(found)
                covered.update(range(found.start, found.end))
        # “沐仑工匠”, “砚汀工匠”: a local brand in quotes names its place.
        # “沐仑工匠”: a brand coined on a name the text defines as a place (沐仑市) names
        # that place; on a name it does not, the brand is a local title, LOCAL whole.
        for m in _BRAND.finditer(text):
            x = m.group("x")
            if set(x) & _FUNCTION_CHARS or ctx.is_word(x) or ctx.in_mask(m.start(), m.end()):
                continue
            if x not in names and x not in ctx.known_places and x[0] not in self.abbreviations:
                inner = m.group(0)[1:-1]
                why = "a local title coined on a name of its own"
                spans.append(
                    Span(m.start() + 1, m.end() - 1, "LOCAL", 0.55, self.name, inner, reason=why)
                )
        for learned in ctx.known_places:
            names.setdefault(learned, learned + "…")
        for x, full_name in names.items():
            for m in re.finditer(re.escape(x), text):
                s, e = m.start(), m.end()
                if any(a < e and s < b for a, b in known) or any(
                    a.start <= s < a.end for a in spans
                ):
                    continue
                spans.append(
                    Span(s, e, "ADMIN", 0.55, self.name, x, reason=f"short form of {full_name}")
                )
        return spans

    def _town_after_county(self, ctx: Context, start: int, x: str, suffix: str) -> Span | None:
        """喀尔克乡 after 于田县: two to five characters and a town's suffix, no kind of
        town (重点镇, 美丽乡村), no count or function word, no word the suffix opens."""
        text = ctx.text
        end = start + len(x) + len(suffix)
        if (
            set(x) & ((_FUNCTION_CHARS - _NUMERALS) | _LEVEL_CHARS | {"个", "两", "几"})
            or not set(x) - _NUMERALS  # (a count of towns; 九重镇, 三合乡 are names)
            or x in self.kinds
            or x[-2:] in self.kinds
            or x in _UNIT_WORDS
            or text[end - len(suffix) : end - len(suffix) + 2] in _RURAL_WORDS
            or _verb_like(ctx, x[:2])
            or x[-1] + suffix[0] in _KINDS_OF_TOWN  # 北京市特色小镇, 丹凤县葡萄酒小镇
            or x[-1] in "大名强重业牧游色化流"  # 曹县农业大镇, 旅游名镇, 纯牧业乡: a kind
            or x[0] == "籍"  # 梅县籍华侨回乡: where someone comes from
            or ctx.in_mask(start, end)
            or not ctx.word_start(start)
            # (a numeral is no verb: 九重/m镇 is a name, a count was ruled out above)
            or any(str(t)[:1] in "vpdcur" for _, t in ctx.jieba.tag(x))
        ):
            return None
        return Span(
            start,
            end,
            "ADMIN",
            0.6,
            self.name,
            x + suffix,
            reason="town after its county",
            full=True,
        )

    @staticmethod
    def _used_as_place(ctx: Context, start: int, end: int) -> bool:
        """；游风镇返乡大学生…, 是泽当镇的…, 在汉昌街道、…: a town the gazetteer lacks,
        where the sentence uses it as one place: after a clause mark, a list mark or a
        verb of being or place (在, 是, 到, 从, 代表), and before 的, a list mark, a body of
        its own or a verb."""
        text = ctx.text
        if set(text[start : end - 1]) & _LEVEL_CHARS:
            return False  # “县管乡用”: a slogan of levels, no town
        before = text[start - 1] if start else "。"
        if before not in "，。；：、“（在到从是" and text[max(start - 2, 0) : start] != "代表":
            return False
        if end >= len(text) or text[end] in "的、，。；和与等" or text.startswith(_TOWN_AFTER, end):
            return True
        k = _run_end(text, end, _CLAUSE_STOPS)
        tags = ctx.jieba.tag(text[end:k]) if k > end else []
        return bool(tags) and str(tags[0][1])[:1] in ("v", "p")

    def _counted_villages(self, ctx: Context) -> list[Span]:
        """上坞、下坞两个自然村, 北沟、碾盘沟两个村, 小东风屯、孙家窝棚两个屯: names
        listed before a count of villages that matches them, each a village's name."""
        text = ctx.text
        out: list[Span] = []
        for c in _VILLAGE_COUNT.finditer(text):
            m = _COUNTED_LIST.search(text, max(0, c.start() - 60), c.start())
            if m is None:
                continue
            items = list(_LIST_ITEM.finditer(m.group(1)))
            if len(items) != _COUNTS.get(c.group("n"), 0):
                continue  # the count must be the list's: 两个村 after two names
            found = []
            for k, it in enumerate(items):
                s, e = m.start(1) + it.start(), m.start(1) + it.end()
                if k == 0 and e - s > 2:  # 完成|上坞: a verb before the first name
                    for j in (2, 1):
                        head = text[s : s + j]
                        if e - s - j >= 2 and (
                            (j == 2 and (_verb_like(ctx, head) or head in _ORDINAL_HEADS))
                            or (j == 1 and head in "在到对把将从与和请让由被给向为的辖")
                        ):
                            s += j
                            break
                    else:  # 全村辖|前屯: the list's verb after its subject
                        k2 = text.rfind("辖", s, e - 2)
                        if k2 >= 0:
                            s = k2 + 1
                x = text[s:e]
                if set(x) & (_FUNCTION_CHARS - set("一二三四五六七八九十")) or not ctx.word_start(
                    s
                ):
                    break
                if ctx.is_word(x) and not (_named(ctx, x) or x[-1] in _VILLAGE_TAILS):
                    break  # (产业、生态两个村: kinds, not names)
                if ctx.in_mask(s, e):
                    break
                found.append(
                    Span(
                        s,
                        e,
                        "ADMIN",
                        0.5,
                        "admin-pattern",
                        x,
                        reason="listed before a count of villages",
                        full=False,
                    )
                )
            else:
                out.extend(found)
        return out

    def _village_alone(self, ctx: Context, at: int) -> Span | None:
        """丁楼村、张庄村, 周圈村的直播基地: a village on its own when its 2–3 character
        name starts a word and is no ordinary word (a dictionary word only as one place
        name: 华西村), 村 ends a word (not 农村, 进村), and a clause mark, 的, a list word,
        a verb or the village's bodies follow."""
        text = ctx.text
        suf = text[at]  # 村, or 屯 (前进屯, 坡腊屯: the villages of the north-east and Guangxi)
        body = text.startswith(
            (*_VILLAGE_WORDS, "人均", "集体", "两委", "村党", "党支部", "党总支", "村部"),
            at + 1,
        )  # 原隆村|村民, 阿克墩村|村干部, 百坭村|村部, 黄湾村|村级
        if ctx.is_word(text[at : at + 2]) and not body and not ctx.word_start(at + 1):
            return None
        after = body or _village_follows(ctx, at + 1)
        for length in (4, 3, 2):
            st = at - length
            x = text[st:at] if st >= 0 else ""
            if not x or not _CJK_RUN.fullmatch(x):
                continue
            if not ctx.word_start(st) and not (
                length == 2
                and st
                and text[st - 1] in "到在去从赴驻对把向给和与"
                and not ctx.is_word(text[st - 1 : st + 1])  # (“和美|湘村”: a word of its own)
            ):
                continue  # (去坡腊|屯: the segmenter glued the verb of going to the name)
            if length > 2 and text.startswith(_VILLAGE_BEFORE, st):
                continue  # 去|拉木村: the verb of going is no part of the name
            # 到|下庄村, 走访了|溪坪村, 咱们|水寨村: where one goes, is or comes from; 对|,
            # 肯定了|, 走遍了|: the object of a preposition or a finished verb
            placed = text.endswith(_VILLAGE_BEFORE, 0, st) or (
                st > 1 and (text[st - 1] in "对了" and _CJK.match(text[st - 2]) is not None)
            )
            follows = after or placed
            # the segmenter's guess makes the name and 村 one word (横樟村, 穿芳峪村): its
            # characters then say nothing of their own
            one = (
                ctx._covering(st) == (st, at + 1)
                and not ctx.is_word(x + suf)
                and not (len(x) == 3 and ctx.is_word(x[1:]))  # (问|太平村: a verb glued on)
            )
            if (
                length == 4
                and not (
                    (  # (小|穿芳峪村: a size before the segmenter's word)
                        one or (x[0] in _SIZES and ctx._covering(st + 1) == (st + 1, at + 1))
                    )
                    and not any(ctx.is_word(x[j : j + 2]) for j in range(3))
                    and not any(str(t[1])[:1] in "vpdcurfm" for t in ctx.jieba.tag(x[1:]))
                    and str(ctx.jieba.tag(x[0])[0][1])[:1] not in "vpdcurm"
                )
            ):
                continue  # (有人|问太平村: a verb before the village)
            opens = st == 0 or text[st - 1] in "，。；：！？\n“）)"  # （三）塔元庄村
            opens = opens or (st >= 2 and text[st - 1] in ".．" and text[st - 2].isdigit())
            loose = (  # 的孔当村, 和红岩村, 把光东村: after a word that ends before a name
                not follows
                and not opens
                and length == 2
                and x[0] not in _GLUE_BEFORE_VILLAGE
                and (
                    text[st - 1] in "的和与及把对向看了是为在到去从以将让给"
                    or any(sp.end == st and sp.label == "ADMIN" for sp in ctx.spans)  # 东山|澳角村
                    or (  # 同意|常口村, 支持|洋坪村: a verb before the village
                        st >= 2
                        and ctx.word_start(st - 2)
                        and ctx.is_word(text[st - 2 : st])
                        and str(ctx.jieba.tag(text[st - 2 : st])[0][1]) in ("v", "d")
                    )
                )
                and not ctx.is_word(text[st - 1 : st + 1])
                and text[at + 1 : at + 2] not in "”’」"  # (“和美湘村”: a slogan)
            )
            if not follows and not ((opens or loose) and not ctx.is_word(x)):
                continue  # (。背崩村妇女主任…, 的孔当村: a two-character name no dictionary knows))
            counted = set(x) & _NUMERALS and (
                x[-1] in _NUMERALS or x[1:2] in "个户名座家条处所批" or x[0] in "一两每各"
            )  # 一|村, 两个村 (but 万川村, 三元朱村: names)
            banner_word = x[-1] == "旗" and len(x) == 2 and ctx.is_word(x)  # 红旗村
            if (
                set(x) & (_FUNCTION_CHARS - _NUMERALS)
                or (set(x) & _LEVEL_CHARS and not banner_word)
                or counted
                or (x[-1] in _VILLAGE_HEADS and not _named_head(ctx, x))
            ):
                continue  # 建|农村, 访企|入村, 一|村 (but 李家|山村, 大|同村: names)
            if x + suf in self.landmarks:
                continue  # 中关村: the landmark
            if x in self.kinds:
                continue  # 示范村, 文明村: kinds of village
            if (
                len(x) == 2
                and x[-1] in "回进入驻返离到下"
                and str(ctx.jieba.tag(x[0])[0][1])[:1] == "d"
            ):
                continue  # 刚|回村创业, 已|进村: an adverb and a verb of going (but 前进村)
            if ctx.is_word(x + suf):
                if not str(ctx.jieba.tag(x + suf)[0][1]).startswith(("ns", "nr")):
                    continue  # 城中村 and the like: a kind, not a name (华西村/ns, 张庄村/nr)
            elif length == 4 or (one and not ctx.is_word(x)):
                pass
            elif length == 3 and (follows or opens) and _named_head(ctx, x):
                pass  # 。李家山村的: a name the tagger knows, though 李家 is a word
            elif (
                (
                    ctx.is_word(x)
                    and not _tagged_place(ctx, x)
                    and not (length == 2 and _named(ctx, x) and follows)  # 元宝屯的
                    and not (  # 咱们|水寨村, 到|下庄村: a name ending like a village's
                        placed
                        and len(x) == 2
                        and x[-1] in _VILLAGE_TAILS
                        and str(ctx.jieba.tag(x)[0][1])[:1] not in "avdpcr"
                    )
                    and not (  # ，红旗村建成…, 在团结村召开: the names villages were given
                        len(x) == 2
                        and (placed or st == 0 or text[st - 1] in "，。；：！？\n“、")
                        and after
                        and x not in self.kinds
                        and str(ctx.jieba.tag(x)[0][1]) in ("n", "v", "nz", "vn")
                        and not ctx.is_word(text[at : at + 2])
                    )
                )
                or (
                    (x != x[:2] and ctx.is_word(x[:2]) and x[-1] not in _VILLAGE_TAILS)
                    or (
                        x != x[-2:]
                        and ctx.is_word(x[-2:])
                        and not (  # 大|南坡村, 黄泥塘村: a size or colour, then a place or
                            # a land feature's word ending like a village's name
                            len(x) == 3
                            and (x[0] in _SIZES or str(ctx.jieba.tag(x[0])[0][1]) == "a")
                            and (
                                _tagged_place(ctx, x[-2:])
                                or (
                                    x[-1] in _VILLAGE_TAILS
                                    and str(ctx.jieba.tag(x[-2:])[0][1]) == "n"
                                )
                            )
                        )
                    )
                )
            ):
                continue  # 宜居村, 光明村: an ordinary word before 村 (桐木/ns is a name)
            elif (
                not (  # 。加定村的: a name no dictionary knows opening its clause, before 的
                    not ctx.is_word(x)
                    and len(x) >= 2
                    and (st == 0 or text[st - 1] in "。，；！？\n“")
                    and text.startswith("的", at + 1)
                    and not set(x) & (_FUNCTION_CHARS | _NOT_HEAD)
                )
                and (
                    (
                        str(ctx.jieba.tag(x)[0][1])[:1] in ("v", "a", "d", "g", "p", "c")
                        and not (  # 大|南坡村, 黄|泥塘村: a colour or size before a place's word
                            len(x) == 3
                            and str(ctx.jieba.tag(x)[0][1]) == "a"
                            and (x[-1] in _VILLAGE_TAILS or _tagged_place(ctx, x[1:]))
                        )
                    )
                    or any(
                        str(t[1])[:1] in ("d", "p", "c", "u", "f", "b", "r")
                        and not (str(t[1]) == "f" and t[0] == x[0] and x[0] in _SIZES and placed)
                        for t in ctx.jieba.tag(x)
                    )
                )
            ):
                continue  # 配强村, 换届前要逐村 (but 到|下庄村)
            if not loose:
                st = self._glued_head(ctx, st, at)  # (not 任|元古堆村: nothing vouches for it)
            known = next((v for v in self.villages if text.startswith(v, at + 1 - len(v))), "")
            k = at + 1 - len(known)
            if known and (
                k <= st or str(ctx.jieba.tag(text[st:k])[0][1])[:1] in "vpdc"  # (南|张庄村)
            ):
                st = k  # 去看|火普村, 阿土列尔村: a listed village's extent
            if ctx.in_mask(st, at + 1):
                return None
            return Span(
                st,
                at + 1,
                "ADMIN",
                0.5,
                "admin-pattern",
                text[st:at] + suf,
                reason="village with a name of its own",
                full=True,
            )
        return None

    @staticmethod
    def _glued_head(ctx: Context, st: int, at: int) -> int:
        """阿土|列尔村, 到腊|竹底村: the segmenter's guess at an unknown name cut off its
        first characters, left as a piece no dictionary knows (阿土, 到腊); they are the
        name's, but for a verb of going or a preposition glued before them."""
        text = ctx.text
        ps = st - 1
        while ps > 0 and not ctx.word_start(ps):
            ps -= 1
        head = text[ps:st]
        if not 2 <= len(head) <= 3 or not _CJK_RUN.fullmatch(head) or ctx.is_word(head):
            return st
        k = ps
        while k < st and text[k] in "到在去从赴驻给对让为向往和与及":
            k += 1
        rest = text[k:st]
        if k == st or set(rest) & (_FUNCTION_CHARS | _LEVEL_CHARS | _NOT_HEAD) or at - k > 5:
            return st  # (第一书记常去|者布村: an adverb and a verb, no part of the name)
        if str(ctx.jieba.tag(rest)[0][1])[:1] in "vdpcr":
            return st
        return k

    @staticmethod
    def _people_town(
        ctx: Context, at: int, end: int, known_at: set[int], covered: set[int]
    ) -> Span | None:
        """洪水泉|回族乡, 古城|回族乡: the name before a township's people and level, where
        the gazetteer has no such township (not 少数|民族乡, 回族|乡亲)."""
        text = ctx.text
        if at in known_at or end - 1 in known_at or text.startswith(("亲", "土", "村"), end):
            return None
        if end < len(text) and ctx.is_word(text[end - 1 : end + 1]) and not ctx.word_start(end):
            return None  # 回族|乡亲们
        for length in (5, 4, 3, 2):  # (禾木哈纳斯|蒙古族乡)
            st = at - length
            x = text[st:at] if st >= 0 else ""
            if not x or not _CJK_RUN.fullmatch(x) or set(x) & (_TOWN_NAME_STOPS | _LEVEL_CHARS):
                continue  # (a numeral may stand in the name: 八岔|赫哲族乡; not 两个|回族乡)
            if not set(x) - _NUMERALS:
                continue
            if not covered.isdisjoint(range(st, at)) or not known_at.isdisjoint(range(st, at)):
                continue
            if x[0] in "和与及或在到从对向把被给让为跟同赴去来帮替":
                continue
            if x.endswith(("少数", "民族", "各族", "多个")) or (
                ctx.is_word(x) and not _tagged_place(ctx, x)
            ):
                continue  # 少数|民族乡, 各族: a kind of township, no name
            if not (
                st == 0 or text[st - 1] in "、，。；：“（\n 在到从赴于和与及" or st - 1 in known_at
            ):
                continue  # (是深度贫困|彝族乡, 省级文明|苗族乡: kinds, not names)
            if ctx.in_mask(st, end):
                return None
            return Span(
                st,
                end,
                "ADMIN",
                0.6,
                "admin-pattern",
                text[st:end],
                reason="a township named with its people",
                full=True,
                level="town",
            )
        return None

    @staticmethod
    def _steppe_unit(
        ctx: Context, at: int, suffix: str, known_at: set[int], covered: set[int]
    ) -> Span | None:
        """The township (苏木) or village (嘎查) whose suffix starts at ``at``."""
        text = ctx.text
        for length in (5, 4, 3, 2):
            st = at - length
            x = text[st:at] if st >= 0 else ""
            if not x or not _CJK_RUN.fullmatch(x) or set(x) & (_STEPPE_STOPS | _LEVEL_CHARS):
                continue  # (都 and 和 may stand in a transliterated name: 巴彦温都尔)
            if (
                not covered.isdisjoint(range(st, at))
                or at in known_at
                or "苏木" in x
                or "嘎查" in x  # (贝尔苏木|实施嘎查: two units, no name of one)
            ):
                continue  # (a place found inside the name, 巴彦 of 巴彦温都尔, gives way)
            if x[0] in "和与及或在到从对向把被给让为跟同赴去来帮替又还再也就才请":
                continue  # 城川镇|和|大池嘎查, 给|宝力根嘎查, 又请|嘎查: no name opens so
            if any(
                ctx.is_word(x[k : k + 2]) and str(ctx.jieba.tag(x[k : k + 2])[0][1])[:1] in "vd"
                for k in range(len(x) - 1)
            ):
                continue  # 牛羊入股|嘎查: a verb inside, no transliterated name
            named = len(tags := ctx.jieba.tag(x)) == 1 and str(tags[0][1]).startswith(("ns", "nr"))
            if (ctx.is_word(x) and not named) or not (  # (巴彦图/nr嘎查: a name)
                ctx.word_start(st) or (st and text[st - 1] in "、，。旗镇乡")
            ):
                continue
            if ctx.in_mask(st, at + len(suffix)):
                return None
            return Span(
                st,
                at + len(suffix),
                "ADMIN",
                0.6,
                "admin-pattern",
                x + suffix,
                reason="a township (苏木) or village (嘎查) with a name of its own",
                full=True,
                level="town" if suffix == "苏木" else "",
            )
        return None

    @staticmethod
    def _village_items(ctx: Context, start: int, end: int) -> list[Span]:
        """Every 村 of a list of villages, or none when one name is an ordinary word."""
        text = ctx.text
        items: list[Span] = []
        k = start
        for piece in re.split("[、和及]", text[start:end]):
            s, e = k, k + len(piece)
            k = e + 1
            name = piece[:-1]
            if not items:  # the first piece may hold the verb before it (建成了|张家沟村)
                cut = next((j for j in range(len(name) - 2, -1, -1) if ctx.word_start(s + j)), -1)
                if cut < 0:
                    return []
                s, name = s + cut, name[cut:]
            if not 2 <= len(name) <= 3 or set(name) & (_FUNCTION_CHARS | _LEVEL_CHARS):
                return []
            named = str(ctx.jieba.tag(name)[0][1]).startswith(("ns", "nr"))
            if (ctx.is_word(name) and not named) or (
                ctx.is_word(name + "村") and not _tagged_place(ctx, name + "村")
            ):
                return []  # 示范村, 新农村: kinds of village
            items.append(
                Span(
                    s,
                    e,
                    "ADMIN",
                    0.55,
                    "admin-pattern",
                    text[s:e],
                    reason="villages listed together",
                    full=True,
                )
            )
        return items

    @staticmethod
    def _village_before_body(ctx: Context, at: int) -> Span | None:
        """The 2–3 character name before 村 at ``at``, when it starts a word."""
        text = ctx.text
        for length in (3, 2):
            st = at - length
            x = text[st:at] if st >= 0 else ""
            if not x or not _CJK_RUN.fullmatch(x) or set(x) & (_FUNCTION_CHARS | _LEVEL_CHARS):
                continue
            if ctx.is_word(x + "村") or ctx.is_word(x[-1] + "村") or not ctx.word_start(st):
                continue  # 新农村, 乡村: kinds of village
            if _verb_like(ctx, x):
                continue  # 。曾任|村党支部书记: a verb before the village's bodies
            if ctx.in_mask(st, at + 1):
                return None
            return Span(
                st,
                at + 1,
                "ADMIN",
                0.6,
                "admin-pattern",
                x + "村",
                reason="village named before its own party branch or committee",
                full=True,
            )
        return None

    def _village(
        self,
        ctx: Context,
        at: int,
        suffix: str,
        admin_ends: dict[int, int],
        gap_ends: dict[int, int] | None = None,
    ) -> Span | None:
        text = ctx.text
        if ctx.in_mask(max(at - 4, 0), at + len(suffix)):
            return None
        st = admin_ends.get(at, -1)
        if (
            st >= 0
            and suffix == "村"
            and text[at - 1] not in _LEVEL_CHARS
            and not (ctx.is_word(text[at : at + 2]) and not ctx.word_start(at + 1))
        ):
            # 马鞍山村: a village named like a division (no level character before 村,
            # no word 村民/村级 after it) is the village, whole.
            return Span(
                st,
                at + 1,
                "ADMIN",
                0.6,
                self.name,
                text[st : at + 1],
                reason="village named like a division",
                full=True,
            )
        # After its county or town: the nearest place end 1–4 characters before.
        for length in (1, 2, 3, 4):
            st = at - length
            x = text[st:at] if st >= 0 else ""
            if not x or not _CJK_RUN.fullmatch(x):
                break
            after_gap = gap_ends is not None and st in gap_ends and 2 <= len(x) <= 3
            if after_gap and ctx.is_word(x) and not _named(ctx, x):
                after_gap = False  # 府谷的|贫困村: a kind of village
            if st in admin_ends and len(x) >= 3 and x[0] in "在到从至赴于":
                break  # 燕儿窝街道|在|南湖社区: a preposition, then a name of its own
            if st in admin_ends or after_gap:
                # a word of its own as the name (升钟镇|和平村, 大石头镇|振兴村), unless 村
                # opens a word after it (县溪镇|要求村干部)
                worded = (
                    len(x) == 2
                    and ctx.is_word(x)
                    and x[0] not in "则又也还就都把被让由从对向那这该本每各其此"
                    and not (
                        suffix == "村"
                        and text[at + 1 : at + 2] != "村"  # (胜利村|村委会)
                        and any(ctx.is_word(text[at : at + k]) for k in (2, 3))
                    )
                    and not (after_gap and not _named(ctx, x))
                )
                spelled = (  # 墨玉县|巴格其村: a transliterated name may hold 其, 之, 以
                    # (平马镇|那弄村, 弄岛镇|等嘎村, 新街镇|全福庄村: 那 is a field in Zhuang
                    # names; right after the town two characters that make no word count)
                    (len(x) >= 3 or (len(x) == 2 and st in admin_ends and not ctx.is_word(x)))
                    and x[0] not in _FUNCTION_CHARS - _NAME_OPENERS
                    and not set(x) & set("的了着过和与及在是被把将对")
                    and not _verb_like(ctx, x[:2])
                )
                # 坪坦乡|皇都村: the segmenter reads the name and 村 as one word
                whole = suffix == "村" and ctx._covering(st) == (st, at + 1)
                cover = ctx._covering(st)
                if (
                    cover is not None
                    and cover[0] == st
                    and cover[1] > at + len(suffix)
                    and ctx.is_word(text[cover[0] : cover[1]])
                ):
                    return None  # 瑶里镇|古村落: a longer word holds the would-be village
                if (
                    set(x) & (_FUNCTION_CHARS - _NUMERALS)
                    and not worded
                    and not spelled
                    and not whole
                ) or set(x) & _INSTITUTION_CHARS:
                    return None  # (爱民区|公安分局社区: an office's, no village's name)
                if (
                    x.endswith("街道")
                    or (len(x) >= 3 and x[-1] in "镇乡")
                    or (suffix == "社区" and len(x) >= 3 and x[-1] in "区县市旗")  # 城东区|社区
                    or (
                        suffix == "村"
                        and _verb_like(ctx, x[:2])
                        and not worded
                        # (宝丰镇|擂鼓台村: the cut reads the three as one word, a name)
                        and not (len(x) >= 3 and ctx._covering(st) == (st, at))
                    )
                    # 思明区|推行社区治理, 台湾|青年担任社区主任助理: a verb, no name
                    or (
                        suffix == "社区"
                        and (
                            (len(x) > 2 and _verb_like(ctx, x[-2:]))
                            or (
                                _verb_like(ctx, x[:2])
                                and not text.startswith((*_COMMUNITY_BODIES, "第"), at + 2)
                            )
                        )
                    )
                ):
                    return None  # 南市街道|社区党委, 县溪镇|要求村干部, 魏集镇|则依托古村落
                if len(x) == 1 and x in _NUMERALS:
                    return None  # 宁化|两村之间: two villages
                if "某" in x:
                    return None  # 塘下镇|某社区: a place the text itself masks
                if _COUNT_WORDS.search(x) or x[-1] in "过了着由些被把离向给让":
                    return None  # 天水围|一间社区, 水满乡|驻过村, 古城街道|试点由社区
                if (
                    len(x) == 2
                    and ctx.is_word(x)
                    and str(ctx.jieba.tag(x)[0][1])[:1] in "mrdpc"
                    and not ctx.is_word(x + suffix)
                ):
                    return None  # 右卫镇|一些村: a count, a pronoun or an adverb, no name
                if (
                    len(x) == 2
                    and x[0] not in "东南西北上下前后中内外"  # (竹贤乡|下庄村)
                    and ctx.is_word(x)
                    and str(ctx.jieba.tag(x)[0][1]) == "f"
                ):
                    return None  # 界首乡|周边村: the villages around it
                if (
                    suffix == "村"
                    and ctx.is_word(text[at : at + 2])
                    and text[at + 1 : at + 2] != "村"
                    and ctx.word_start(at)
                    and not ctx.word_start(at + 1)  # (防川村|边境: no 村边 here)
                    # (尼山镇鲁源|村办: a name, no word or verb before the word 村 opens)
                    and (
                        ctx.is_word(x)
                        or len(x) == 1
                        or any(str(t)[:1] in "vpdc" for _, t in ctx.jieba.tag(x))
                    )
                ):
                    return None  # 独龙江乡|组织村民: 村 begins 村民 (马鞍山村|村民 is fine)
                if ctx.is_word(x + suffix) and (
                    x in self.kinds or (len(x) < 2 and not _named(ctx, x + suffix))
                ):
                    return None  # 新村, 农村: kinds of village (南沟村, 小岗村, 胜利村 are names)
                if x + suffix in self.landmarks:
                    return None  # 中关村: the landmark
                if suffix == "村" and len(x) >= 3 and x[-1] == "新" and ctx.is_word(x[:-1]):
                    return None  # 提孜那甫乡的牧民|新村: a new village of herders, no name
                if len(x) >= 3 and x[0] in "市县区旗镇乡" and not set(x[1:]) & _LEVEL_CHARS:
                    st, x = st + 1, x[1:]  # 林芝|市|嘎拉村: the short form left 市 out
                if set(x) & set("村镇县"):
                    return (
                        None  # 柏桥村|同村民: the village ended at the first 村 (红旗村 holds 旗)
                    )
                if suffix == "村" and (
                    (
                        x[-1] in _NOT_BEFORE_VILLAGE
                        # (三道镇|什进村: two characters that make no word, a name)
                        and not (len(x) == 2 and not ctx.is_word(x) and x[0] not in _FUNCTION_CHARS)
                    )
                    or (len(x) == 1 and text.startswith(_VILLAGE_WORDS, at))
                ):
                    return None  # 一名|乡村医生, 金山镇|包|村干部: 村 belongs to a word
                one_word = len(x) >= 3 and ctx._covering(st) == (st, at)  # (擂鼓台村)
                if len(x) >= 3 and x[0] not in _NUMERALS and ctx.is_word(x[:2]) and not one_word:
                    tag = str(ctx.jieba.tag(x[:2])[0][1])
                    if tag[:1] in ("v", "p", "d", "c", "a") and not (tag == "a" and x[0] in _SIZES):
                        return None  # 海淀区|依托中关村: a verb (but 青沟镇|大房身村: a size)
                tail = x[-2:]
                if len(x) >= 3 and tail in self.kinds:
                    return None  # 民居试点村: a kind of village (两路口村 is a name)
                if suffix == "社区" and len(x) == 1 and x in "路街巷里道坊":
                    named = next(  # 天山区|固原|巷社区: a community named after its street
                        (sp for sp in ctx.spans if sp.end == st and sp.label == "ADMIN"), None
                    )
                    if named is not None and named.length >= 2 and not named.full:
                        st, x = named.start, text[named.start : at]
                return Span(
                    st,
                    at + len(suffix),
                    "ADMIN",
                    0.6,
                    self.name,
                    x + suffix,
                    reason="village or community after its county",
                    full=True,
                )
        if suffix in ("村", "屯"):
            return self._village_alone(ctx, at)
        if suffix != "社区":
            return None
        for length in (3, 2):
            st = at - length
            x = text[st:at] if st >= 0 else ""
            if not x or not _CJK_RUN.fullmatch(x) or set(x) & _FUNCTION_CHARS:
                continue
            if x[-1] in _ADJECTIVE_ENDS or x in self.kinds or x[-2:] in self.kinds:
                continue  # 互嵌式社区, 完整型社区, 高水平|科创社区: a kind of community
            if any(str(t[1])[:1] in "pdcrv" for t in ctx.jieba.tag(x)) and not ctx.is_word(x):
                continue  # 还|能给社区出把力: a modal and a preposition, no name
            road = x[-1] in "路街巷坊" and len(x) >= 3  # 青年路社区, 东平巷社区
            if not road and (
                not ctx.word_start(st) or any(ctx.is_word(x[k:]) for k in range(len(x) - 1))
            ):
                continue
            if not road and (ctx.is_word(x[:2]) or ctx.is_word(x + suffix)):
                continue
            return Span(
                st,
                at + len(suffix),
                "ADMIN",
                0.55,
                self.name,
                x + suffix,
                reason="community with a name of its own",
                full=True,
            )
        return self._worded_community(ctx, at)

    def _worded_community(self, ctx: Context, at: int) -> Span | None:
        """A 社区 named with a word (南湖社区, 宝石社区, 和平社区, 幸福二村社区): a place
        word counts as the name, any other noun or adjective only before the community's
        own bodies (和平社区党委, 宝石社区居委会), and never a kind of community
        (城乡社区, 和谐社区, 基层社区) or a verb (组织社区党员)."""
        text = ctx.text
        bodies = text.startswith(_COMMUNITY_BODIES, at + 2)
        for length in (4, 3, 2):
            st = at - length
            x = text[st:at] if st >= 0 else ""
            if not x or not _CJK_RUN.fullmatch(x):
                continue
            if set(x) & (_FUNCTION_CHARS - _NUMERALS) and not ctx.is_word(x):
                continue  # (和平 holds 和, a word of its own)
            if not ctx.word_start(st) or (st and ctx.is_word(text[st - 1 : st + 1])):
                continue  # 城|乡社区, 老城|区社区: the name would start inside a word
            if (
                x in self.kinds
                or x[-2:] in self.kinds
                or x in _UNIT_WORDS
                or x[-1] in _ADJECTIVE_ENDS
                or x[-1] in _LEVEL_CHARS - {"村"}
                or _verb_like(ctx, x[:2])
            ):
                continue
            numbered = re.fullmatch(r"[\u4e00-\u9fff]{1,2}[一二三四五六七八九十]村", x)
            if ctx.is_word(x) and _tagged_place(ctx, x):
                # the tagger's place words include old names that are verbs now (新建,
                # 扎根): the community must stand where a place stands
                found = (
                    length <= 3
                    and (
                        st == 0
                        # before its own bodies, unless a whole area builds them (全县新建社区…)
                        or (bodies and not text.endswith(("全县", "全市", "全区", "全省"), 0, st))
                        or text[st - 1] in _BEFORE_COMMUNITY
                        or text.endswith("社区、", 0, st)  # 桥头社区、北街社区
                        or text[at + 2 : at + 3] == "的"
                    )
                )
            elif numbered:
                found = True  # 幸福二村社区
            elif ctx.is_word(x) and length <= 3:
                tag = str(ctx.jieba.tag(x)[0][1])
                # 推动凤凰社区、民航社区等六个社区: communities listed together, each named
                listed = (
                    bool(_NEXT_COMMUNITY.match(text, at + 2)) or text.endswith("社区、", 0, st)
                ) and bool(_COMMUNITY_COUNT.match(text, at, at + 40))  # (not 产业社区、商务社区)
                found = (bodies or listed) and tag[:1] in ("n", "a")
            elif length == 3:
                # 鸡鸣山社区, 扎西科社区: three characters that make no word, where a
                # place stands or before the community's bodies and residents
                found = (
                    bodies
                    or text.startswith("居民", at + 2)
                    or (st > 0 and text[st - 1] in _BEFORE_COMMUNITY)
                ) and not any(str(t)[:1] in "vpdcrumq" for _, t in ctx.jieba.tag(x))
            else:
                found = False
            if found:
                return Span(
                    st,
                    at + 2,
                    "ADMIN",
                    0.55,
                    self.name,
                    x + "社区",
                    reason="community named with a word",
                    full=True,
                )
        return None


# Characters that make a word with 村 and start no village name there (农村, 进村, 全村).
# last characters of village names that name a landform or settlement (骆驼湾, 宋家沟)
# Characters of offices and institutions that no village or community is named with
_INSTITUTION_CHARS = set("局院所厅委办处署站队")
_NEW_AREA = re.compile("新区")
_VILLAGE_GROUP = re.compile("[一二三四五六七八九十]{1,2}组(?![织成建合长员])")
_FORMER_DIVISION = re.compile(
    "(?P<cue>原名|旧称|原称|原为|曾名|旧名|改名为|更名为|改称|原)"
    "(?P<x>[\u4e00-\u9fff]{1,3}?(?P<suf>县|地区|市|省))"
)
_TOWN_AFTER_COUNTY = re.compile("([\u4e00-\u9fff]{2,5}?)(镇|乡|街道|苏木)")
# Communities listed together before their count (凤凰社区、民航社区等六个社区)
_NEXT_COMMUNITY = re.compile("、[\u4e00-\u9fff]{2,4}社区")
_COMMUNITY_COUNT = re.compile("[、\u4e00-\u9fff]{0,30}?等?[一二三四五六七八九十两几0-9]{1,3}个社区")
# Characters before a community's name where a place stands (在南湖社区, 、北街社区)
_BEFORE_COMMUNITY = set("在到至赴的：（【“ 　\n")
# A community's own bodies and officers: after them a word before 社区 is its name
_COMMUNITY_BODIES = (
    "党委",
    "党总支",
    "党支部",
    "居委会",
    "居民委员会",
    "党群服务中心",
    "网格",
    "书记",
    "主任",
)
# 河田镇|原林业站, 原卫生院: a unit the town had, after “former”
_FORMER_UNIT = re.compile(
    "[\u4e00-\u9fff]{1,4}?(?:站|所|院|学校|中学|小学|厂|社|中心|大队)(?![\u4e00-\u9fff]{0,1}长)"
)
# verbs of working with a body in minutes and notices: 会同大集镇, 配合城关镇
_JOINT_VERBS = ("会同", "配合", "协助", "联合", "督促", "指导", "责成", "要求", "牵头")
_COINED_MEMBER = re.compile("[\u4e00-\u9fff]{2}员")
_FORMER_NEXT = (
    "党委",
    "党工委",
    "党组",
    "副",
    "书记",
    "主任",
    "镇长",
    "乡长",
    "县长",
    "区长",
    "市长",
    "旗长",
    "局长",
)
_VILLAGE_BEFORE = (
    "到",
    "在",
    "去",
    "从",
    "来到",
    "回到",
    "走访了",
    "走访",
    "咱们",
    "咱",
    "我们",
    "驻",
    "赴",
)
_WATERS = set("江河湖溪")
_SHORES = set("畔边岸")  # (边境, 边疆, 岸线 are words: checked at each use)
_NATURE_SAID = set("高大多清深陡险美秀峻远连")  # what a place's hills or waters are like
# What a verb or preposition the segmenter glues to a village's name opens with (去|宏村)
_GLUE_BEFORE_VILLAGE = set("去到在从来回赴驻任对把向给和与同以为被让将进入出")
_SIZES = set("大小上下东西南北前后新老")  # what opens many villages' names (小穿芳峪村)
_VILLAGE_TAILS = set("湾沟坪坝岭峪洼岗塬垴庄寨屯堡营铺店集堆窑峁梁坡塘岙墩")
_NOT_BEFORE_VILLAGE = set("农乡全本该各进入驻整邻同外每此")
_VILLAGE_WORDS = ("村干部", "村民", "村委", "村级", "村里", "村口", "村头", "村医", "村组", "村务")
_VILLAGE_HEADS = set("农乡山渔新老全本该各进入驻整邻同外每此城中")
_VILLAGE_NEXT = (
    "地处",
    "位于",
    "坐落",
    "隶属",
    "毗邻",
    "紧邻",
    "的",
    "、",
    "和",
    "与",
    "及",
    "等",
    "党支部",
    "党总支",
    "两委",
    "村委会",
    "村民委员会",
    # its people and bodies (澳角村|群众举报, 潭头村|党员)
    "群众",
    "党员",
    "农户",
    "脱贫户",
    "合作社",
)


def _village_at(ctx: Context, k: int) -> bool:
    """A village's full name starts at ``k`` (小庄村; not 带乡村, 建农村)."""
    m = _VILLAGE_AFTER.match(ctx.text, k)
    if m is None:
        return False
    name = m.group(0)[: -1 if m.group(0).endswith("村") else -2]
    if name[-1] in _VILLAGE_HEADS or ctx.is_word(m.group(0)):
        return False
    return not ctx.is_word(name) or _named(ctx, name)  # 常州村: named like a city


def _run_end(text: str, k: int, stops: set[str]) -> int:
    """End of the short run (up to four characters) after ``k`` that the tagger reads to
    see what follows a name or place."""
    j = k
    while j < len(text) and j - k < 4 and text[j] not in stops:
        j += 1
    return j


def _verb_like(ctx: Context, x: str) -> bool:
    """A dictionary word the tagger reads as a verb, adverb, preposition or conjunction
    (曾任, 要求, 则), or a word opening with a function character: no village's name."""
    if x[:1] in "则又也还就都把被让由从对向" or x[:2] in ("曾任", "曾经", "曾在", "要求"):
        return True
    return ctx.is_word(x) and str(ctx.jieba.tag(x)[0][1])[:1] in "vdpc"


def _named_head(ctx: Context, x: str) -> bool:
    """李家山(村), 盘龙山(村), 神山(村): a name before 村 whose last character makes the
    word 山村 with it, told from 偏远|山村, 小|山村, 深山|村 by what stands before 山: a
    family's name to the tagger (李家/nrfg), or a noun of one character (神)."""
    if len(x) < 2 or x[-1] != "山" or x[0] in "大小深高":
        return False
    if ctx.is_word(x) and str(ctx.jieba.tag(x)[0][1]) in ("nr", "nrfg"):
        return True  # 李家山/nr
    tags = ctx.jieba.tag(x[:-1])
    if len(tags) != 1:
        return False
    tag = str(tags[0][1])  # (李家/nrfg, a family's; not 志强/nr, a person: 志强|山村一住三年)
    return tag == "nrfg" or (len(x) == 2 and tag in ("n", "nr"))


def _village_follows(ctx: Context, k: int) -> bool:
    """After a village: the clause ends, 的 or a list word, its bodies, or a verb."""
    text = ctx.text
    if k >= len(text) or text[k] in "，。；：！？,;:!?\n" or text.startswith(_VILLAGE_NEXT, k):
        return True
    j = _run_end(text, k, _CLAUSE_STOPS)
    tags = ctx.jieba.tag(text[k:j]) if j > k else []
    if not tags:
        return False
    if str(tags[0][1])[:1] in ("v", "d", "p", "t", "i"):
        return True
    if str(tags[0][1]) == "m" and text[k] in "一二三四五六七八九十两几0123456789":
        return True  # 溪坪村|五户困难群众: a count of its households or people
    word = str(tags[0][0])  # the tagger may misread a verb in a short run (地处|安顺)
    return len(word) >= 2 and ctx.is_word(word) and str(ctx.jieba.tag(word)[0][1])[:1] == "v"


def _glued_after(ctx: Context, i: int, e: int) -> bool:
    """The segmenter's guess glued a pronoun or a verb of going to the name at i..e
    (咱下庄|的, 到碾盘沟): one unknown word ending where the name ends."""
    if not i or ctx.text[i - 1] not in "咱到去在从":
        return False
    cover = ctx._covering(i - 1)
    return cover == (i - 1, e) and not ctx.is_word(ctx.text[i - 1 : e])


def _named(ctx: Context, x: str) -> bool:
    """The tagger reads ``x`` as one place or personal name (张庄/ns, 丁楼)."""
    tags = ctx.jieba.tag(x)
    return len(tags) == 1 and str(tags[0][1]).startswith(("ns", "nr"))


def _trie_regex(words: Iterable[str]) -> str:
    """A regex for any of ``words``, longest first, shaped as a trie (党(?:委(?:书记)?|员)):
    the engine follows one branch per character instead of trying every word in turn,
    which makes a pass over a text with hundreds of words two to three times faster."""
    trie: dict[str, Any] = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return build(trie)


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    return re.compile(_trie_regex(phrases))


class FeatureRecognizer:
    """Runs first: what pins no locality, and division-like names beside the gazetteer.

    - Blocks features spanning provinces (长江, 太湖, 大巴山) and terms named after a
      place that do not refer to it (上海合作组织): no place span inside them.
    - National-level new areas (雄安新区, 雄安) → ADMIN.
    - City groups named by initials (长株潭, 苏锡常) → ADMIN where they are a word.
    - Lines named by the places they join (京广铁路, 陇海线, 沪昆高铁) → ADMIN for the
      initials: listed lines, and any 2–3 initials of provinces or prefecture-level
      cities before a line word when they are no dictionary word (郑渝高铁). Initials
      of county-level places (巢 for 巢湖, 独 for 独山子) and one-character city names
      (甬) count too when every character can stand for a place of one province
      (巢马城际, 独库高速, 义甬舟大通道): local lines join neighbours.
    """

    name = "feature"

    def __init__(
        self,
        features: FeatureRules,
        gazetteer: Gazetteer,
        provinces: Mapping[str, str],
        city_chars: Mapping[str, str] | None = None,
    ):
        self.f = features
        self.gaz = gazetteer
        self._blocks = _phrase_pattern([*features.spanning, *features.not_places])
        self._areas = _phrase_pattern([*features.new_areas, *features.new_area_shorts])
        self._regions = _phrase_pattern(features.regions)
        self._suffix = _phrase_pattern(features.line_suffixes)
        initials = set(provinces)
        # Where each initial can point: province codes of the places it starts.
        self.where: dict[str, set[str]] = {}
        codes = {p.short: p.code[:2] for p in gazetteer.places if p.level == "province"}
        for c, name in provinces.items():
            if name in codes:
                self.where.setdefault(c, set()).add(codes[name])
        for c, city in (city_chars or {}).items():
            places = [p for p in gazetteer.by_short.get(city, ()) if p.level != "town"]
            for p in places:
                self.where.setdefault(c, set()).add(p.code[:2])
        for p in gazetteer.places:
            if p.status != "current" or not p.short or p.level == "town":
                continue
            if p.level in ("province", "prefecture"):
                initials.add(p.short[0])
            self.where.setdefault(p.short[0], set()).add(p.code[:2])
        self.initials = frozenset(initials)
        # Prefecture-level initials (and one-character city names, 甬) by province code.
        self.city_where: dict[str, set[str]] = {}
        for p in gazetteer.places:
            # prefectures, and county-level cities a province governs itself (济源, 仙桃)
            is_city = p.level == "prefecture" or (p.level == "county" and p.code[2:4] == "90")
            if is_city and p.status == "current" and p.short:
                self.city_where.setdefault(p.short[0], set()).add(p.code[:2])
        for c, city in (city_chars or {}).items():
            for p in gazetteer.by_short.get(city, ()):
                if p.level == "prefecture":
                    self.city_where.setdefault(c, set()).add(p.code[:2])
        # Counties' initials by prefecture code: three of one prefecture quoted (“黎从榕”).
        self.county_where: dict[str, set[str]] = {}
        for p in gazetteer.places:
            if p.level == "county" and p.status == "current" and p.short and not p.ambiguous:
                self.county_where.setdefault(p.short[0], set()).add(p.code[:4])
        # Runs of 3+ such initials ending a list item: the candidates for _city_initials.
        chars = re.escape("".join(sorted(self.city_where)))
        self._initial_runs = re.compile(f"[{chars}]{{3,}}")
        for area in features.new_area_shorts:  # 雄 (雄安) joins lines: 雄商高铁
            if any(a.startswith(area) and a.endswith("新区") for a in features.new_areas):
                self.initials |= {area[0]}
                self.where.setdefault(area[0], set())

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        for m in self._blocks.finditer(text):
            if ctx.boundary(m.start()) and ctx.boundary(m.end()):
                ctx.blocked.append((m.start(), m.end()))
        spans: list[Span] = []

        def glued(s: int, e: int) -> bool:
            """雄安站/a, 雄安要/a: the segmenter's guess glued a character it lacks a word
            for onto the name, no word of its dictionary."""
            cover = ctx._covering(s)
            return (
                cover is not None
                and cover[0] == s
                and cover[1] == e + 1
                and not ctx.is_word(text[s : e + 1])
            )

        for m in self._areas.finditer(text):
            s, e, name = m.start(), m.end(), m.group(0)
            full = name in self.f.new_areas
            if ctx.in_mask(s, e) or not (
                ctx.boundary(s) or text[s - 1] in "省市" or text[s - 1] in _GOING  # 向|雄安
            ):
                continue
            if not full and (text.startswith("新区", e) or not (ctx.boundary(e) or glued(s, e))):
                continue
            spans.append(
                Span(
                    s,
                    e,
                    "ADMIN",
                    0.9,
                    self.name,
                    name,
                    reason="new area (national or provincial)",
                    level="county",
                    full=full,
                )
            )
        for m in self._regions.finditer(text):
            s, e = m.start(), m.end()
            e = self._longer_group(ctx, s, e)  # 宜荆荆|襄, 兰白|定临: more cities of the group
            s = self._earlier_group(ctx, s, e)  # 绥|哈大齐: a city of the group before it
            # a listed group: its end may be glued to an unknown next word (沈抚科|创园) or
            # to a word the next word takes back (厦金|融合: 金融 a word); its start to a
            # preposition (以甬舟|铁路)
            ends = (
                ctx.boundary(e)
                or not ctx.is_word(text[e - 1 : e + 1])
                or (ctx.is_word(text[e : e + 2]) and len(text[e : e + 2]) == 2)
            )
            # (打造|成渝: the segmenter reads 造成, a word, across the verb and the group)
            after_verb = text.endswith(_GROUP_VERBS, 0, s)
            starts = ctx.boundary(s) or _starts_item(ctx, s) or after_verb
            if not ctx.in_mask(s, e) and starts and ends:
                spans.append(
                    Span(
                        s,
                        e,
                        "ADMIN",
                        0.8,
                        self.name,
                        text[s:e],
                        reason="places named by their initials",
                    )
                )
        taken = {(sp.start, sp.end) for sp in spans}
        for m in _QUOTED_PAIR.finditer(text) if "“" in text else ():
            s, e = m.span(1)
            x = m.group(1)
            common = set.intersection(*(self.city_where.get(c, set()) for c in x))
            if (
                common
                and x[0] != x[1]
                and x[0] not in "一二三四五六七八九十两双百千万"  # (“三新”, “五定”)
                and (s, e) not in taken
                and not ctx.is_word(x)
                and not ctx.in_mask(s, e)
            ):
                why = "initials of two cities of one province, quoted"
                spans.append(Span(s, e, "ADMIN", 0.75, self.name, x, reason=why))
                taken.add((s, e))  # “襄十”三大算力圈: 襄阳 and 十堰
        for m in _QUOTED_TRIPLE.finditer(text) if "“" in text else ():
            s, e = m.span(1)
            x = m.group(1)
            if len(set(x)) < 3 or set(x) & _NUMERALS or (s, e) in taken:
                continue
            common = set.intersection(*(self.county_where.get(c, set()) for c in x))
            if common and not ctx.is_word(x) and not ctx.in_mask(s, e):
                why = "initials of three counties of one city, quoted"
                spans.append(Span(s, e, "ADMIN", 0.75, self.name, x, reason=why))
                taken.add((s, e))  # “黎从榕”: 黎平, 从江 and 榕江
        for m in self._initial_runs.finditer(text):
            s, e = self._initials_in_run(ctx, m.start(), m.end())
            if s >= 0 and (s, e) not in taken:
                spans.append(
                    Span(
                        s,
                        e,
                        "ADMIN",
                        0.75,
                        self.name,
                        text[s:e],
                        reason="initials of cities of one province, a list item of their own",
                    )
                )
                taken.add((s, e))
        for m in self._suffix.finditer(text):
            e, suffix = m.start(), m.group(0)
            count = _LINES_COUNTED.search(text, max(0, e - 6), e)
            closed = count is not None
            if count is not None:
                e = count.start()  # 邵永、铜吉等6条|高铁: the list's count before the word
            elif text[e - 2 : e] == "等新" and suffix == "线" and "、" in text[max(0, e - 14) : e]:
                e -= 2  # 大保、丽香等|新线: new lines
                closed = True
            elif text[e - 1 : e] == "等" and "、" in text[max(0, e - 14) : e]:
                e -= 1  # 长四辽通、四梅集等|铁路: a list closed by 等
                closed = True
                for w in _LINE_WORKS:
                    if text.endswith(w, 0, e):
                        e -= len(w)  # 四梅集扩能|等: the work on the last line
                        break
            railway = suffix in _STRONG_LINE_WORDS  # (for every item of the list)
            while e > 0:  # 义甬舟、金丽温 + a line word: walk back over a list of lines
                s = next((a for a, b in taken if b == e and 2 <= b - a <= 4), -1)  # found already
                if s < 0:
                    s = self._line_start(ctx, e, suffix, taken, railway)
                    if s < 0:
                        # a closed list of lines: an item that is a word too (弥蒙) is
                        # passed over, the items before it still lines (丽香、弥蒙等新线)
                        k = text.rfind("、", max(0, e - 5), e)
                        if not closed or k < 0 or e - k - 1 not in (2, 3):
                            break
                        e, suffix = k, ""
                        continue
                    spans.append(
                        Span(
                            s,
                            e,
                            "ADMIN",
                            0.8,
                            self.name,
                            text[s:e],
                            reason=f"initials of the places a {m.group(0)} joins",
                        )
                    )
                    taken.add((s, e))
                if s < 2 or text[s - 1] not in "、和与":
                    break
                e, suffix = s - 1, ""
        return spans

    def _line_start(
        self, ctx: Context, e: int, suffix: str, taken: set[tuple[int, int]], railway: bool
    ) -> int:
        """Start of the 4, 3 or 2 initials of a line ending at ``e`` (or -1); four only of
        provinces and prefecture-level cities (绵遂资内)."""
        text = ctx.text
        for length in (5, 4, 3, 2):
            s = e - length
            if s < 0 or (s, e) in taken or ctx.in_mask(s, e):
                continue
            x = text[s:e]
            if length >= 4 and not all(c in self.initials or c in self.city_where for c in x):
                continue  # (甬金衢上: 甬 is 宁波's one-character name)
            if length >= 4 and x[0] == "新":
                continue  # 新|昆楚大: "new" before three initials
            chained = railway and length >= 3 and self._chained(ctx, x)
            if length == 5 and not chained:
                continue
            if (
                x not in self.f.lines
                and not chained
                and not self._unlisted_line(ctx, s, e, suffix, railway)
            ):
                continue
            if (
                ctx.boundary(s)
                or text[s - 1] in "、，和与及"
                or (chained and not ctx.covered(s, e))
            ):
                return s
        return -1

    def _chained(self, ctx: Context, x: str) -> bool:
        """通苏嘉甬: three to five initials of prefecture-level cities (or their one-character
        names) before a railway word, each city in the province of the one before it or a
        neighbouring one; no dictionary word of two characters inside (盐泰锡常宜 is not
        read: its 宜 is 宜兴, a county)."""
        if len(set(x)) != len(x) or set(x) & _FUNCTION_CHARS:
            return False
        if not all(c in self.city_where for c in x):
            return False
        if any(ctx.is_word(x[k : k + 2]) for k in range(len(x) - 1)):
            return False
        near = self.f.neighbours
        reach = set(self.city_where[x[0]])
        for c in x[1:]:
            here = self.city_where[c]
            reach = {b for b in here if b in reach or any(a in near.get(b, ()) for a in reach)}
            if not reach:
                return False
        return True

    def _initials_in_run(self, ctx: Context, lo: int, hi: int) -> tuple[int, int]:
        """3–4 city initials inside a run of initial characters [lo, hi): a list item of
        its own (平漯周、 / “杭甬温” at the run's end), or three cut out as a word of their
        own anywhere in it (推动|合芜马|铁水联运); (-1, -1) when none."""
        text = ctx.text
        stop = hi == len(text) or text[hi] in _ITEM_STOPS or text[hi] == "等"
        for n in (5, 4, 3):
            s = hi - n
            if s < lo or not stop:
                continue
            if (
                s == 0
                or text[s - 1] in _ITEM_STOPS
                or (hi < len(text) and text[hi] == "、" and ctx.word_start(s))
            ) and self._city_initials(ctx, s, hi):
                return s, hi
        for s in range(lo, hi - 2):
            e = s + 3
            if ctx.word_start(s) and ctx.word_start(e) and self._city_initials(ctx, s, e):
                return s, e
        for s in range(lo, hi - 3):
            e = s + 4
            if (
                ctx.word_start(s)
                and ctx.word_start(e)
                and self._city_initials(ctx, s, e, words_inside=1)
            ):
                return s, e  # 壮大|金白兰武|有色金属: four, though two make a word (白兰)
        return -1, -1

    def _longer_group(self, ctx: Context, s: int, e: int) -> int:
        """The end of a listed group followed by more initials of cities of its province
        (up to six characters in all, and no dictionary word made by the next one)."""
        text = ctx.text
        common = set.intersection(*(self.city_where.get(c, set()) for c in text[s:e]))
        while common and e < len(text) and e - s < 6:
            nxt = self.city_where.get(text[e], set()) & common
            if (
                not nxt
                or text[e] in text[s:e]
                # (but 兰白定|临|城市群: the word after it takes its second character back)
                or (ctx.is_word(text[e : e + 2]) and not ctx.is_word(text[e + 1 : e + 3]))
            ):
                break
            common, e = nxt, e + 1
        return e

    def _earlier_group(self, ctx: Context, s: int, e: int) -> int:
        """The start of a listed group after one more initial of a city of its province
        that opens the list item (、绥|哈大齐, 推动|绥哈大齐), or ``s``."""
        text = ctx.text
        if s < 1:
            return s
        common = set.intersection(*(self.city_where.get(c, set()) for c in text[s:e]))
        c = text[s - 1]
        if (
            not common & self.city_where.get(c, set())
            or c in text[s:e]
            or not (s == 1 or text[s - 2] in _ITEM_STOPS or ctx.word_start(s - 1))
            or ctx.is_word(text[s - 1 : s + 1])
            or (s >= 2 and ctx.is_word(text[s - 2 : s]))
        ):
            return s
        return s - 1

    def _city_initials(self, ctx: Context, s: int, e: int, words_inside: int = 0) -> bool:
        """平漯周, 焦济洛平, 杭甬温: 3–4 initials of prefecture-level cities of one province,
        no dictionary word and holding none (or ``words_inside`` two-character ones)."""
        x = ctx.text[s:e]
        if len(set(x)) != len(x) or not all(c in self.city_where for c in x):
            return False
        if not set.intersection(*(self.city_where[c] for c in x)) or ctx.in_mask(s, e):
            return False
        if set(x) & _FUNCTION_CHARS or ctx.is_word(x):
            return False
        if any(ctx.is_word(x[k : k + 3]) for k in range(len(x) - 2)):
            return False
        return sum(ctx.is_word(x[k : k + 2]) for k in range(len(x) - 1)) <= words_inside

    def _neighbours(self, x: str) -> bool:
        """Two initials of places in provinces that share a border."""
        if len(x) != 2:
            return False
        near = self.f.neighbours
        return any(b in near.get(a, ()) for a in self.where[x[0]] for b in self.where[x[1]])

    def _county(self, x: str) -> bool:
        """A county-level place of that short name, not an ordinary word (永清, 福厦 no)."""
        return any(
            p.level == "county" and not p.ambiguous and p.status == "current"
            for p in self.gaz.by_short.get(x, ())
        )

    def _suffix_after(self, text: str, x: str) -> Iterator[int]:
        """Where ``x`` stands before a line word in ``text``."""
        i = text.find(x)
        while i >= 0:
            if self._suffix.match(text, i + len(x)):
                yield i
            i = text.find(x, i + 1)

    def _unlisted_line(self, ctx: Context, s: int, e: int, suffix: str, railway: bool) -> bool:
        text = ctx.text
        x = text[s:e]
        if len(set(x)) != len(x) or not all(c in self.where for c in x):
            return False
        # a word for a railway or a motorway (not 线, 段, 通道 …): 本|庄 (本溪, 庄河)
        strong = railway or suffix in _STRONG_LINE_WORDS
        if not all(c in self.initials for c in x):
            if suffix in _WEAK_LINE_WORDS:
                return False  # 成南|扩容 (成都, 南充), not 贵阳环高|扩容: counties' initials
            # A county's initial: only with places of one province (or two neighbouring
            # ones before a line word: 酒额铁路), standing as its own word, and nowhere
            # else in the text before anything but a line word.
            if not set.intersection(*(self.where[c] for c in x)) and not (
                strong and self._neighbours(x)
            ):
                return False
            if (len(suffix) == 1 and ctx.is_word(x[-1] + suffix)) or not ctx.word_start(s):
                return False  # 南水北调|西线, 大|环线: the characters belong to other words
            n = text.count(x)
            if n > 1 and sum(1 for _ in self._suffix_after(text, x)) < n:
                return False  # 文旅 before 大通道, and elsewhere before no line word
        # (a function character may open a place's initials before a railway: 本庄高速)
        function = set(x) & _FUNCTION_CHARS
        opens = strong and not function & _NO_LINE_INITIALS and len(x) > len(function)
        if opens and len(x) > 2:
            opens = bool(set.intersection(*(self.where[c] for c in x)))  # 长四辽通: one province
        elif opens:
            opens = not function & _NUMERALS  # (“三大”高速公路)
        if (function and not opens) or any(
            ctx.is_word(x[k : k + 2])
            and (len(x) == 2 or not self._county(x[k : k + 2]))
            and not (len(x) == 3 and k == 1 and x[1:] in self.f.lines)
            for k in range(len(x) - 1)
        ):  # (昌|福厦: a listed line extended to one more city before it; not 成渝|中线)
            return (
                False  # 东北, 南北, 长江, 和|东西: words, not initials (永清 in 永清广 is a place)
            )
        return not (s and ctx.is_word(ctx.text[s - 1 : s + 1]))


class LandmarkListRecognizer:
    """Listed landmarks that pin a locality (泰山, 洱海, 黄鹤楼, 中关村) → LOCAL, unless
    the gazetteer recognizer took the name as a division beside another place."""

    name = "landmark-list"

    def __init__(self, features: FeatureRules) -> None:
        self._pattern = _phrase_pattern([*features.landmarks, *features.programmes])
        self._programmes = features.programmes

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        # the divisions over each position (a landmark asks only about its own characters)
        over: dict[int, list[tuple[int, int]]] = {}
        for sp in ctx.spans_of("ADMIN"):
            for k in range(sp.start, sp.end):
                over.setdefault(k, []).append((sp.start, sp.end))
        spans = []
        for m in self._pattern.finditer(text):
            s, e = m.start(), m.end()
            # A division found inside the landmark's name (玉门 in 玉门关) yields to it;
            # one as long or longer (黄山 beside 安徽) is the division.
            if ctx.in_mask(s, e) or any(
                not (s <= a and b <= e and b - a < e - s)
                for k in range(s, e)
                for a, b in over.get(k, ())
            ):
                continue
            if not ctx.boundary(s) or ctx.inside_word(s, e):
                continue
            if m.group(0) in self._programmes and ctx.is_word(text[e - 1 : e + 1]):
                continue  # 村|超市: the name's last character begins a word
            spans.append(Span(s, e, "LOCAL", 0.75, self.name, m.group(0), reason="listed landmark"))
        return spans


class ProvinceAbbreviationRecognizer:
    """One-character province names where they plainly stand for the province:
    side by side (川渝, 京津冀), before a brand word (豫农优品, 秦腔), before a
    direction (皖南, 苏北, 粤东西北) or after a slogan verb (富民兴陇, 治蜀兴川).

    Only the ``distinct`` abbreviations (皖, 豫, 秦 … not 京, 新, 云) count inside a
    dictionary word, before a direction or after a verb.
    """

    name = "province-abbrev"

    def __init__(self, rules: AliasRules, gazetteer: Gazetteer | None = None) -> None:
        self.rules = rules
        self.gaz = gazetteer
        self._runs = re.compile("[" + "".join(re.escape(c) for c in sorted(rules.provinces)) + "]+")
        chars = "".join(re.escape(c) for c in sorted(rules.provinces))
        # the shapes _paired reads: abbreviation, good, verb, abbreviation (疆算入渝); two
        # abbreviations a character apart, one of them distinct (甘风陇韵)
        goods = "".join(re.escape(c) for c in sorted(rules.flow_goods))
        verbs = "".join(re.escape(c) for c in sorted(rules.flow_verbs))
        dist = "".join(re.escape(c) for c in sorted(rules.distinct))
        shapes = [f"[{dist}][^{chars}][{chars}]", f"[{chars}][^{chars}][{dist}]"]
        if goods and verbs:
            shapes.append(f"[{chars}][{goods}][{verbs}][{chars}]")
        self._pairs = re.compile(f"(?=(?:{'|'.join(shapes)}))")
        # 湘、粤两省, 苏、浙、皖等省: abbreviations listed one by one before a count of provinces
        self._listed = re.compile(
            f"[{chars}](?:、[{chars}])+(?=[两三四五六七八九]?[省地市]|等[省地])"
        )

    def _level(self, name: str) -> str:
        return _division_level(self.gaz, name) if self.gaz is not None else ""

    def _is_place(self, s: str) -> bool:
        """A place above town level of that name (湘西, 辽宁); 辽西街道 is named after the
        region, so 辽西 still reads as the province's part."""
        if self.gaz is None:
            return False
        places = [*self.gaz.by_name.get(s, ()), *self.gaz.by_short.get(s, ())]
        return any(p.level != "town" for p in places)

    def _span(self, i: int, j: int, text: str, why: str, score: float = 0.75) -> Span:
        return Span(i, j, "ADMIN", score, self.name, text[i:j], reason=why)

    def analyze(self, ctx: Context) -> list[Span]:
        text, abbrev, distinct = ctx.text, self.rules.provinces, self.rules.distinct
        spans: list[Span] = []
        n = len(text)
        for m in self._listed.finditer(text):
            before = text[m.start() - 1 : m.start()]
            if _CJK.match(before) and before not in "与和在对向从到赴及跟同":
                continue  # (the first abbreviation ends another word)
            for k in range(m.start(), m.end(), 2):
                if not ctx.in_mask(k, k + 1):
                    why = f"{text[k]} for {self.rules.provinces[text[k]]}, listed with others"
                    spans.append(self._span(k, k + 1, text, why, 0.8))
        for m in self._runs.finditer(text):  # runs of abbreviations, not every character
            i, j = m.span()
            while i < j and ctx.in_mask(i, i + 1):
                i += 1
            if i == j:
                continue
            if (
                j - i >= 2
                and text[j - 1] == "新"
                and ctx.is_word(text[j : j + 2])
                and text[j] not in "一二三四五六七八九十两"  # (陕甘宁青新|五省区)
            ):
                j -= 1  # 甘川|新通道, 苏|新消费: “new”, before the word it qualifies
            run = text[i:j]
            before = text[i - 1] if i else ""
            after = text[j] if j < n else ""
            glued = (before and ctx.is_word(before + run[0])) or (
                after and ctx.is_word(run[-1] + after)
            )
            if len(run) >= 2:
                # 京津冀 and 粤港澳 are dictionary words too; a 2-character word counts
                # when one of its characters is distinct (川藏), not when it is an everyday
                # word (青云, 新贵) or a place of its own (辽宁, 新津: the gazetteer's).
                word_ok = (
                    not ctx.is_word(run)
                    or len(run) >= 3
                    or (bool(set(run) & distinct) and not self._is_place(run))
                )
                ends = ctx.boundary(j) or text.startswith(self.rules.run_next, j)  # 港澳同胞
                # 在疆|新开工: two names of one province side by side are no pair
                twice = any(abbrev[run[k]] == abbrev[run[k + 1]] for k in range(len(run) - 1))
                # 豫皖苏浙|大宗商品: three or more with two distinct ones are a run whatever
                # word the last makes with the next character (浙大)
                long_run = (
                    len(run) >= 3
                    and len(set(run) & distinct) >= 2
                    and after != "区"  # (鄂豫皖|苏区: the soviet area)
                    and ctx.is_word(text[j : j + 2])  # (大宗: a word of its own follows)
                )
                if long_run and not (before and ctx.is_word(before + run[0])):
                    glued, ends = False, True
                if not glued and word_ok and not twice and ctx.boundary(i) and ends:
                    names = "、".join(abbrev[c] for c in run)
                    spans.append(
                        self._span(i, j, text, f"province abbreviations side by side: {names}", 0.8)
                    )
                    continue
            for k in range(i, j):
                span = self._single(ctx, k)
                if span is not None:
                    spans.append(span)
                    spans.extend(self._echoed(ctx, span))
                    break
        spans += self._paired(ctx, spans)
        return spans

    def _paired(self, ctx: Context, found: list[Span]) -> list[Span]:
        """Two abbreviations two characters apart in a term of four: goods one province
        sends another (疆算入渝, 黔煤入粤) or two names of one province (甘风陇韵)."""
        text, abbrev, rules = ctx.text, self.rules.provinces, self.rules
        held = {sp.start for sp in found}
        spans = []
        for m in self._pairs.finditer(text):  # (the pattern finds the candidates at C speed)
            i = m.start()
            if i + 4 > len(text):
                continue
            a, x, y, b = text[i], text[i + 1], text[i + 2], text[i + 3]
            if a not in abbrev or x in abbrev:
                continue
            # 疆|算|入|渝: abbreviation, good, verb, abbreviation
            flow = (
                b in abbrev
                and y not in abbrev
                and x in rules.flow_goods
                and y in rules.flow_verbs
                and a != b
            )
            # 甘|风|陇|韵: two names of one province, each before a character
            same = (
                y in abbrev
                and b not in abbrev
                and abbrev[a] == abbrev[y]
                and a != y
                and (a in rules.distinct or y in rules.distinct)
                and not ctx.is_word(text[i : i + 2])
            )
            if not (flow or same) or ctx.in_mask(i, i + 4):
                continue
            if not (ctx.boundary(i) or _starts_item(ctx, i)) or (
                i + 4 < len(text) and ctx.is_word(text[i + 3 : i + 5])
            ):
                continue  # (the term must stand as a word of its own)
            why = "goods sent from one province to another" if flow else "two names of a province"
            for k in (i, i + 3) if flow else (i, i + 2):
                if k not in held:
                    name = abbrev[text[k]]
                    spans.append(self._span(k, k + 1, text, f"{text[k]} for {name}, {why}"))
                    held.add(k)
        return spans

    def _echoed(self, ctx: Context, span: Span) -> list[Span]:
        """The first of an abbreviation named twice (湘 of 湘品出湘), where it starts a word."""
        text, i = ctx.text, span.start
        if not span.reason.endswith("named twice"):
            return []
        j = text.rfind(text[i], max(i - 4, 0), i - 1)
        if ctx.in_mask(j, j + 1):
            return []
        return [
            self._span(
                j, j + 1, text, f"{text[j]} for {self.rules.provinces[text[j]]}, named twice"
            )
        ]

    def _single(self, ctx: Context, i: int) -> Span | None:
        text, rules = ctx.text, self.rules
        c = text[i]
        before = text[i - 1] if i else ""
        j = text.rfind(c, max(i - 4, 0), i - 1) if before in rules.echo_verbs else -1
        if (
            j >= 0
            and c in rules.distinct
            and ctx.word_start(j)
            and not (i + 1 < len(text) and ctx.is_word(text[i : i + 2]))
        ):
            return self._span(i, i + 1, text, f"{c} for {rules.provinces[c]}, named twice")
        if (
            before == "“"
            and c in rules.distinct
            and _quoted(text, i, i + 1, 8) != (i, i + 1)
            and not ctx.is_word(text[i : i + 2])
            and not self._is_place(text[i : i + 2])
            and not self._is_place(text[i : i + 3])
        ):
            return self._span(i, i + 1, text, f"{c} for {rules.provinces[c]}, heading a brand")
        if (
            before == "“"
            and text[i + 1 : i + 2] == "”"
            and any(text.startswith(n, i + 2) for n in rules.abbrev_next if n[0] == "字")
        ):
            return self._span(i, i + 1, text, f"{c} for {rules.provinces[c]}, a quoted mark")
        if (
            before in "济入补"
            and text[i - 3 : i - 2] == "引"
            and _CJK.match(text[i - 2])
            and (i + 1 == len(text) or not _CJK.match(text[i + 1]) or ctx.word_start(i + 1))
        ):
            return self._span(i, i + 1, text, f"{c} for {rules.provinces[c]}, water brought to")
        if (
            before in rules.whole
            and (c in rules.distinct or c in rules.direction_first)  # 全闽, 全疆
            and not (i + 1 < len(text) and ctx.is_word(text[i : i + 2]))
        ):
            return self._span(i, i + 1, text, f"{c} for all of {rules.provinces[c]}")
        if (
            c in rules.direction_first
            and before in rules.directions
            and ctx.boundary(i - 1)
            and ctx.boundary(i + 1)
            and rules.provinces[c] in text
        ):
            return self._span(i, i + 1, text, f"{c} for {rules.provinces[c]}, a part of it")
        # 大湘西, 湘南|湘西: the province's part, though 湘西 alone is a prefecture
        k = i + 2
        region = _province_part_at(text, i, rules.distinct, self._level)
        if region and not ctx.in_mask(i, k):
            return self._span(i, i + 1, text, f"{c} for {rules.provinces[c]}, a part of it")
        if before and ctx.is_word(before + c):
            return None
        distinct = c in rules.distinct
        for nxt in rules.abbrev_next:
            if not text.startswith(nxt, i + 1):
                continue
            # after an abbreviation that is also a common character, a one-character brand
            # word must start no word (新|商业) and the pair be no ordinary one (黑茶, 青菜)
            if c + nxt in rules.ordinary_pairs:
                continue  # 新字号, 黑茶
            if len(nxt) == 1 and not distinct and ctx.is_word(text[i + 1 : i + 3]):
                continue
            if (
                len(nxt) == 1
                and not distinct
                and not ctx.boundary(i + 1)
                and not ctx.boundary(i + 2)
                and i + 3 <= len(text)
                and text[i - 1 : i] != "“"
            ):
                continue  # 新产线: the segmenter reads the pair into a longer word (a
                # quoted slogan opening with the abbreviation is the place's: “津产京才”)
            if nxt == "种" and not ctx.word_start(i):
                continue  # 章古台|种下: a place's last character before the verb 种
            if distinct or not ctx.is_word(c + nxt):
                return self._span(i, i + 1, text, f"{c} for {rules.provinces[c]} before {nxt}")
        if not distinct:
            return None
        k = i + 1
        while k < len(text) and k - i <= 3 and text[k] in rules.directions:
            k += 1
        # 豫东平原 is one dictionary word: a part of the province before a land word
        land = (
            text.startswith(_LAND_WORDS, k)
            or (  # 陕北|黄土高原, one dictionary word
                k > i + 1
                and ctx.word_start(i)
                and ctx.covered(i, k)
                and any(ctx.is_word(text[k : k + n]) for n in (4, 3, 2))
            )
        )
        if (
            k > i + 1
            and ctx.boundary(i)
            and (ctx.boundary(k) or land)
            and (land or not ctx.covered(i, k))
            and not self._is_place(text[i:k])
            # (湘西|北: a compass point of two characters is the province's part, though
            # 湘西 alone is a prefecture; 黔东南 is one itself)
            and (
                (k - i == 3 and text[k : k + 1] != "部")  # (湘西|北部: the prefecture's north)
                or not self._is_place(text[i : i + 2])
            )
        ):
            return self._span(i, i + 1, text, f"{c} for {rules.provinces[c]}, a part of it")
        if (
            before in rules.slogan_verbs
            and not (i >= 2 and ctx.is_word(text[i - 2 : i]))
            and not (i + 1 < len(text) and ctx.is_word(text[i : i + 2]))
        ):
            return self._span(i, i + 1, text, f"{c} for {rules.provinces[c]} after {before}")
        return None


def _in_title(text: str, i: int) -> bool:
    """Position ``i`` lies inside a 《title》 (a book, a song, a dance)."""
    opened = text.rfind("《", max(0, i - 40), i)
    return opened >= 0 and text.find("》", opened, i) < 0


def _tagged_name(ctx: Context, word: str) -> bool:
    """The tagger reads ``word`` as one place or transliterated name (泽当/nrt)."""
    tags = ctx.jieba.tag(word)
    return len(tags) == 1 and str(tags[0][1]) in ("ns", "nrt")


def _tagged_place(ctx: Context, word: str) -> bool:
    """The tagger reads ``word`` as one place name (南沟村/ns)."""
    tags = ctx.jieba.tag(word)
    return len(tags) == 1 and str(tags[0][1]) == "ns"


_OPEN_LANDS = ("草原", "湿地", "沙地", "沙漠", "林区", "牧区", "垦区", "林场", "牧场")
_LAND_WORDS = ("平原", "地区", "山区", "片区", "丘陵", "盆地", "沿海", "地带", "大地")
_PREPOSITIONS: set[str] = set("以在对将把与和及向为从由")


def _starts_item(ctx: Context, s: int) -> bool:
    """``s`` starts a word, a list item, or follows a one-character preposition the
    segmenter glued to it (以深|中一体化 is 以 + 深中)."""
    if ctx.word_start(s) or ctx.text[s - 1] in "、，和与":
        return True
    return s >= 1 and ctx.text[s - 1] in _PREPOSITIONS and ctx.word_start(s - 1)


# Characters that open city names but far more often words, directions or China itself:
# no pair across a border holds them (中蒙俄, 川东北, 南疆, 进出川|大通道, 和|沪苏, 临港).
_NOT_ACROSS = frozenset("中东南西北大小新老上下内外前后高长和与及在临") | _FUNCTION_CHARS


class CityPairRecognizer:
    """Cities of one province named by their first characters before a joint
    project: 郑开同城化, 合六经济走廊, 安池铜一体化 (郑州+开封, 合肥+六安 …)."""

    name = "city-pair"

    def __init__(
        self,
        gazetteer: Gazetteer,
        joints: tuple[str, ...],
        provinces: dict[str, str] | None = None,
        major_cities: Iterable[str] = (),
        city_abbreviations: Mapping[str, str] | None = None,
    ) -> None:
        # the sub-provincial cities' initials pair across provinces (深哈, 沈大哈长)
        self.majors = frozenset(c[0] for c in major_cities if gazetteer.lookup(c))
        self.provinces_of: dict[str, set[str]] = {}
        for p in gazetteer.places:
            if p.level == "prefecture" and p.status == "current" and p.short:
                self.provinces_of.setdefault(p.short[0], set()).add(p.code[:2])
        # Province-level abbreviations (沪, 苏, 港, 澳): a pair holding one may cross a
        # border (沪苏同城化, 深港合作区, 珠澳合作), though not with 中 (China: 中蒙, 中巴).
        self.abbreviations = {
            c: {p.code[:2] for p in gazetteer.lookup(name) if p.level == "province"}
            for c, name in (provinces or {}).items()
        }
        self.cities: dict[str, set[str]] = {}
        for c, city in (city_abbreviations or {}).items():
            codes = {p.code[:2] for p in gazetteer.lookup(city) if p.level == "prefecture"}
            if not codes:
                raise DataFileError(
                    "aliases.yaml", f"`city_abbreviations`: {city} is no city in the gazetteer"
                )
            # 杭甬: stands like an initial; 沪渝蓉: beside province abbreviations across a border
            self.provinces_of.setdefault(c, set()).update(codes)
            self.cities[c] = codes
        self._joint = re.compile("|".join(re.escape(j) for j in joints))

    def _pair(self, ctx: Context, e: int) -> int:
        """Start of a run of 2–3 city initials of one province ending at ``e`` (or -1),
        or of initials and province abbreviations across a border."""
        text = ctx.text
        for length in (4, 3, 2):
            s = e - length
            if s < 0 or ctx.in_mask(s, e):
                continue
            run = text[s:e]
            if len(set(run)) != len(run) or not _starts_item(ctx, s):
                continue
            majors = all(c in self.majors for c in run) and (
                len(run) > 2 or not set(run) & _NOT_ACROSS
            )  # 深哈, 沈大哈长 (not 大长)
            if length == 4 and not majors:
                continue
            sets = [self.provinces_of.get(c, set()) | self.abbreviations.get(c, set()) for c in run]
            if not all(sets):
                continue
            abbreviated = [c in self.abbreviations for c in run]
            across = majors or (
                any(abbreviated)
                # 川甘青, 沪渝蓉 (not 前|海深港; 金穗 holds no abbreviation)
                and (len(run) == 2 or all(c in self.abbreviations or c in self.cities for c in run))
                and not set(run) & _NOT_ACROSS
            )
            if ctx.is_word(run):
                # 深港/ns, 珠澳/j: the dictionary's own pair (not 南北, 东西: no abbreviation)
                if across and str(ctx.jieba.tag(run)[0][1]) in ("ns", "j", "nz"):
                    return s
                continue
            if set.intersection(*sets) or across:
                return s
        return -1

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        spans = []
        for m in self._joint.finditer(text):
            e = m.start()
            if text.startswith("社", m.end()):
                continue  # 金穗|合作社: a cooperative's name, no joint project
            if e > 0 and text[e - 1] in "等“":
                e -= 1  # 郑开、郑新等 + a joint word; 杭甬“双城记”
            # 郑开、郑新、郑焦同城化: walk back over a list of pairs.
            while (s := self._pair(ctx, e)) >= 0:
                spans.append(
                    Span(
                        s,
                        e,
                        "ADMIN",
                        0.75,
                        self.name,
                        text[s:e],
                        reason=f"initials of cities or provinces before {m.group(0)}",
                    )
                )
                if s >= 2 and text[s - 1] in "、和与":
                    e = s - 1
                else:
                    break
        return spans


_METALS = frozenset("金银铜铁锡铅锌镍钴铂钯锂锰钨钼铝镁钛")
_METAL_WORDS = ("黄金", "白银", "稀土", "有色金属", "贵金属")


def _listed_with_metals(text: str, start: int, end: int) -> bool:
    """白银、铜, 黄金和白银: a name listed with metals is the metal it is named for."""
    after = text[end + 1 : end + 5] if text[end : end + 1] in "、和与及" else ""
    before = text[max(0, start - 5) : start - 1] if start and text[start - 1] in "、和与及" else ""
    metal_after = bool(after) and (after[0] in _METALS or after.startswith(_METAL_WORDS))
    metal_before = bool(before) and (before[-1] in _METALS or before.endswith(_METAL_WORDS))
    return metal_after or metal_before


def _quoted(text: str, s: int, e: int, most: int = 8, close: str = "”") -> tuple[int, int]:
    """The quoted term (at most ``most`` characters) that ``s:e`` lies in, else ``s:e``."""
    opening = "《" if close == "》" else "“"
    lo, hi = text.rfind(opening, max(s - most, 0), s), text.find(close, e, e + most)
    if lo < 0 or hi < 0 or hi - lo - 1 > most or not _CJK_RUN.fullmatch(text[lo + 1 : hi]):
        return s, e
    return lo + 1, hi


# Function characters that open village names too (那弄村, 等嘎村, 全福庄村, 三元朱村)
_NAME_OPENERS = frozenset("那等全") | frozenset(_NUMERALS)
# Words that 某 opens as "some …", not a masked given name (于某日, 在某地, 某些)
_SOME_WORDS = frozenset(
    "某日 某地 某时 某些 某种 某个 某项 某年 某月 某天 某次 某位 某件 某类 某一 某部 某单位".split()
)
# What follows the adverb 都 (all), not a city's other name in 都 (夏都, 神都, 药都)
# what joins the items of a list of brands (、, quotes)
_LIST_JOINS = frozenset("、“”")
# times a report's subject stands before (清水今年被评为)
_NOW = ("今年", "去年", "明年", "近年来", "近年", "目前", "如今", "当前", "这几年", "近几年")
# verbs of making before a place named in full elsewhere, as the subject of what follows
_CAUSING = ("推动", "带动", "促进", "助力", "支持", "引导")
_AFTER_ADVERB_DOU = set("不很是会要在能没已也还有得")
# other names in 都 whose 都 reads as "all" before an adverb though the dictionary holds them
_DOU_AS_ALL = frozenset(("夏都", "神都", "东都"))
# Before 任 as "appointed, served as": 同志任局长, 拟任, 调任, 曾任, 兼任 …
_APPOINTED_BEFORE = (
    *("本人", "我", "他", "她", "曾", "先后", "同志", "拟", "现", "调", "兼", "提名", "聘"),
    *("又", "将", "已", "改", "升", "转", "继续", "后", "并", "出"),
)
# After a title that 任 took: the time of the service (任局长期间, 任县长以来)
_SERVED_AFTER = ("期间", "以来", "时", "一职", "职务", "后")
_VILLAGE_OR_TOWN = ("村", "镇", "乡", "街道", "社区", "嘎查", "苏木")


# what ends another name after its cue (泉州古称刺桐|，, 古称广陵|的扬州)
_OLD_NAME_ENDS = frozenset("的是和或及等也")


class AliasRecognizer:
    """Historical and literary names of places (金陵, 羊城; 郢 in 当代郢匠) → LOCAL."""

    name = "alias"

    def __init__(self, rules: AliasRules) -> None:
        self.rules = rules
        self._pattern = re.compile(_trie_regex(rules.aliases))
        self._cues = re.compile(_trie_regex(rules.name_cues)) if rules.name_cues else None

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        spans = []
        for m in self._pattern.finditer(text):
            a, s, e = m.group(0), m.start(), m.end()
            if ctx.in_mask(s, e):
                continue
            place = self.rules.aliases[a]
            if text.startswith(_VILLAGE_OR_TOWN, e) and not ctx.is_word(text[e : e + 2]):
                continue  # 金城村, 彭城镇: a division of that name, the gazetteer's (not 八闽|乡村)
            cover = ctx._covering(s)
            if len(a) >= 2 and cover is not None and cover[0] <= s and cover[1] > e:
                tags = ctx.jieba.tag(text[cover[0] : cover[1]])
                if len(tags) == 1 and str(tags[0][1]) == "i":
                    continue  # 金城汤池: an idiom holds the name
            dou = len(a) == 2 and a[-1] == "都" and (a in _DOU_AS_ALL or not ctx.is_word(a))
            if (dou and text[e : e + 1] in _AFTER_ADVERB_DOU) or (text.startswith("拉斯", e)):
                continue  # 今年夏|都很热, 每一片林|都有: 都 as "all"; 洪都拉斯, a country
            if len(a) >= 2:
                if s and text[s - 1] in "“《":  # “赣鄱英才计划”, 《齐鲁文库》: the title, whole
                    lo, hi = _quoted(text, s, e, 8, close="”" if text[s - 1] == "“" else "》")
                    if lo == s and hi > e:
                        why = f"a title headed by {a}, another name of {place}"
                        spans.append(Span(lo, hi, "LOCAL", 0.8, self.name, text[lo:hi], reason=why))
                        continue
                region = text.startswith(self.rules.region_next, e)  # 在陇原|大地上
                # a name of three characters or more stands where no longer word holds it,
                # whatever the segmenter glued to it (确保|日光城|以)
                long_free = len(a) >= 3 and not ctx.covered(s, e)
                if (ctx.boundary(s) and (ctx.boundary(e) or region)) or long_free:
                    spans.append(
                        Span(s, e, "LOCAL", 0.8, self.name, a, reason=f"another name of {place}")
                    )
            elif e < len(text) and text[e] in self.rules.coined:
                before = text[s - 1] if s else ""
                if not (before and ctx.is_word(before + a)) and not ctx.is_word(text[s : e + 1]):
                    lo, hi = _quoted(text, s, e + 1)  # “当代郢匠”: the coined title, whole
                    spans.append(
                        Span(
                            lo,
                            hi,
                            "LOCAL",
                            0.7,
                            self.name,
                            text[lo:hi],
                            reason=f"coined from {a}, an old name of {place}",
                        )
                    )
        if self._cues is not None:
            spans += self._named_after_cues(ctx, spans)
        return spans

    def _named_after_cues(self, ctx: Context, found: list[Span]) -> list[Span]:
        """泉州古称刺桐, 开封又称汴梁: the name after a cue for another name, when a place
        stands in the same sentence (the cue alone may name an instrument's old name)."""
        assert self._cues is not None
        text = ctx.text
        held: set[int] | None = None  # (worked out at the first cue: most texts hold none)
        places = [sp for sp in ctx.spans if sp.label in ("ADMIN", "LOCAL")]
        spans = []
        for m in self._cues.finditer(text):
            c, s = m.start(), m.end()
            if not ctx.word_start(c) or not ctx.word_start(s) or ctx.is_word(text[s - 1 : s + 1]):
                continue  # (又称|赞, 亦称|得上: the cue's characters in other words)
            s += text[s : s + 1] in ("为", "“")
            s += text[s : s + 1] == "“"
            e = s
            while e < len(text) and e - s <= 4 and _CJK.match(text[e]):
                if text[e] in _OLD_NAME_ENDS and e - s >= 2:
                    break
                e += 1
            if not 2 <= e - s <= 4 or (
                e < len(text) and _CJK.match(text[e]) and text[e] not in _OLD_NAME_ENDS
            ):
                continue
            if held is None:
                held = {k for sp in [*ctx.spans, *found] for k in range(sp.start, sp.end)}
            if not held.isdisjoint(range(s, e)) or ctx.in_mask(s, e):
                continue
            if set(text[s:e]) & _FUNCTION_CHARS or str(ctx.jieba.tag(text[s:e])[0][1])[:1] == "r":
                continue  # (古时叫|什么名字: a question, no name)
            lo = max(0, c - 14)
            stop = max(text.rfind(x, lo, c) for x in "。！？\n")
            if not any(
                (max(stop, lo) <= sp.start and sp.end <= c) or (e <= sp.start <= e + 3)
                for sp in places
            ):
                continue  # (这种乐器古称箜篌: no place the name belongs to)
            why = f"another name after {m.group(0)}"
            # 景德镇古称昌南镇: a name with a division's level character is a former division
            label = "ADMIN" if text[e - 1] in "县市镇乡区" and e - s >= 3 else "LOCAL"
            spans.append(Span(s, e, label, 0.7, self.name, text[s:e], reason=why))
            held.update(range(s, e))
        return spans


class LandmarkRecognizer:
    """Named landmarks and zones that are not dictionary words: 青螺湾新区, 汀鹭港.

    The name is the longest run of 2–4 characters before the suffix that starts
    a word and does not begin with an ordinary word (推进|雄安新区) nor hold 至 (a
    route: 金上至湖北). A name that begins with a division above a town (吴忠金积工业园)
    is that division and the rest: the rest is a place where the gazetteer lists it
    (金积, a town), else the landmark.
    """

    name = "landmark"

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        role_ends: Iterable[str] = (),
        generic_tails: Iterable[str] = (),
    ) -> None:
        self.gaz = gazetteer
        self._role_ends = frozenset(role_ends)  # last characters of words for people
        # designations that follow the name and are no part of it (篁岭|景区, 碛口|古镇)
        self._tails = frozenset(generic_tails)

    def _division_at(self, text: str, i: int) -> bool:
        """A province or prefecture-level name (short or full) starts at ``i``."""
        if self.gaz is None:
            return False
        for k in (2, 3):
            places = self.gaz.by_short.get(text[i : i + k]) or []
            if any(p.level in ("province", "prefecture") and not p.ambiguous for p in places):
                return True
        return False

    def _is_division(self, x: str) -> bool:
        if self.gaz is None:
            return False
        places = self.gaz.by_short.get(x) or self.gaz.by_name.get(x) or []
        return any(p.level != "town" and not p.ambiguous for p in places)

    def _port_city(self, x: str) -> bool:
        """A province or prefecture by its short form, or any division above towns by its
        full name, names the port after it (岳阳港, 郯城县港; not 马村港, a county's
        short form shared by another place's port)."""
        if self.gaz is None:
            return False
        if any(p.level != "town" and not p.ambiguous for p in self.gaz.by_name.get(x, ())):
            return True
        places = self.gaz.by_short.get(x, ())
        return any(p.level in ("province", "prefecture") for p in places)  # 日照港 too

    def _town_on_route(self, text: str, s: int, name: str, end: int) -> bool:
        """A town's short form that ends like a landmark (淖毛湖), at an end of a route."""
        if self.gaz is None or name not in self.gaz.by_short:
            return False
        return text[s - 1 : s] == "至" or text[end : end + 1] == "至"

    def _town_word(self, ctx: Context, s: int, e: int) -> bool:
        """Text[s:e] is only a town's short form and a word the tagger reads as a place."""
        if self.gaz is None:
            return False
        x = ctx.text[s:e]
        places = self.gaz.by_short.get(x)
        if not places or any(p.level != "town" for p in places) or x in self.gaz.by_name:
            return False
        tags = ctx.jieba.tag(x)
        return len(tags) == 1 and str(tags[0][1]) == "ns" and ctx.word_start(s)

    def _division(self, x: str) -> str:
        """The division above a town that ``x`` begins with, leaving 2+ characters."""
        if self.gaz is None:
            return ""
        for k in (3, 2):
            head = x[:k]
            if len(x) - k < 2:
                continue
            places = self.gaz.by_short.get(head) or self.gaz.by_name.get(head) or []
            if any(p.level != "town" and not p.ambiguous for p in places):
                return head
        return ""

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        spans = []
        # Divisions named in full (廖家桥镇, 营盘镇): a landmark's name neither holds one
        # (廖家桥镇|景区: the town's) nor starts inside one (营盘|镇朱家湾).
        towns = [
            (sp.start, sp.end)
            for sp in ctx.spans
            if sp.label == "ADMIN" and sp.full and sp.text[-1] in "镇乡道村县旗"
        ]
        divisions: dict[int, int] = {
            sp.start: sp.end
            for sp in ctx.spans
            if sp.label == "ADMIN" and sp.recognizer == "gazetteer" and sp.length >= 2
        }
        heads: dict[int, Span] = {
            sp.start: sp for sp in ctx.spans if sp.label == "ADMIN" and sp.recognizer == "feature"
        }
        in_terms = {sp.start for sp in ctx.spans if sp.recognizer == "term"}
        # positions strictly inside a division found in full (平安区|高铁新区: no 区高铁)
        inside_full = {
            k for sp in ctx.spans_of("ADMIN") if sp.full for k in range(sp.start + 1, sp.end)
        }
        for m in _LANDMARK_SUFFIX.finditer(text):
            suffix, e0 = m.group(0), m.start()
            if len(suffix) == 1 and self._division_at(text, e0):
                continue  # 智汇|山西: the province, not a mountain named 智汇山
            if len(suffix) == 1 and e0 in in_terms:
                continue  # 爱国爱|港|爱澳: the character is an abbreviation in a set term
            cover = ctx._covering(e0) if len(suffix) == 1 else None
            if (
                cover is not None
                and cover[1] == e0 + 1
                and cover[1] - cover[0] == 3
                and cover[0] > 0
                and text[cover[0] - 1] in self._role_ends
                and str(ctx.jieba.tag(text[cover[0] : cover[1]])[0][1]).startswith("nr")
            ):
                continue  # 种植户|李振山: a person after a role, no landmark ending in 山
            if len(suffix) == 1 and (
                (cover is not None and cover[1] > e0 + 1)
                or (
                    ctx.word_start(e0) and ctx.word_start(e0 + 2) and ctx.is_word(text[e0 : e0 + 2])
                )
            ):
                continue  # 白|绒山羊, 白绒|山羊: it begins another word (not 涠洲岛|国际)
            for length in (4, 3, 2):
                s = e0 - length
                if s < 0:
                    continue
                x = text[s:e0]
                if not _CJK_RUN.fullmatch(x) or set(x) & _FUNCTION_CHARS or ctx.in_mask(s, m.end()):
                    continue
                if "至" in x:
                    continue
                if len(suffix) == 1 and x[-1] in _VERB_BEFORE_OBJECT:
                    break  # 游客爬完|山, 詹秀兰守|山: a verb and its object, no landmark
                if any(a < s < b for a, b in towns):
                    continue
                if any(s <= a and b <= e0 for a, b in towns):
                    break
                if any(divisions.get(a, e0 + 1) <= e0 for a in range(s + 1, e0)):
                    continue  # 大美新疆|山: a division inside the name ends no landmark
                if s and any(
                    self._is_division(text[s - k : s + j]) for k in (1, 2) for j in (1, 2)
                ):
                    continue  # 大|柴旦翡翠湖: the name would begin inside a division's (大柴旦)
                if (
                    length >= 3
                    and ctx.is_word(x[-2:])
                    and str(ctx.jieba.tag(x[-2:])[0][1]) == "v"
                    and ctx.word_start(e0 - 2)
                ):
                    continue  # 跨省域|共建新区: a verb before the designation, no name
                if len(suffix) == 1 and self._town_on_route(text, s, x + suffix, m.end()):
                    why = "a town's name at a route's end"
                    spans.append(Span(s, m.end(), "ADMIN", 0.6, self.name, x + suffix, reason=why))
                    break  # 将军庙至|淖毛湖: the town whose name ends in 湖, a route's end
                if suffix == "港" and ctx.is_word(x) and self._port_city(x):
                    why = "a division before 港, its port"
                    spans.append(Span(s, e0, "ADMIN", 0.7, self.name, x, reason=why))
                    break  # 日照|港: a city whose name is also a word
                head_span = heads.get(s)
                if head_span is not None and suffix == "新区" and e0 - head_span.end >= 2:
                    h = head_span.end
                    why = f"a new area named after {head_span.text}"
                    spans.append(
                        Span(h, m.end(), "ADMIN", 0.6, self.name, text[h : m.end()], reason=why)
                    )
                    break  # 川渝|高竹新区: a region found already heads the new area's name
                if length >= 3 and x[-1] in "镇乡村" and len(suffix) == 1:
                    continue  # 磨西镇|湾东村: a town's suffix ends no landmark's name
                if not ctx.word_start(s) or ctx.is_word(text[s : s + 2]):
                    continue
                if s and ctx.is_word(text[s - 1 : s + 1]):
                    continue  # 县长|孔令山: its first character ends a word
                if s in inside_full:
                    continue  # 平安区|高铁新区: no name begins inside a division's full name
                if (
                    suffix in self._tails
                    and ctx.word_start(s + 1)
                    and str(ctx.jieba.tag(text[s])[0][1])[:1] in _LEAD_IN_TAGS
                ):
                    continue  # 要|让|古镇, 借|黄水景区: a verb or a particle leads in
                if suffix in _ZONES_OF_TOWNS and self._town_word(ctx, s, e0):
                    spans.append(
                        Span(
                            s,
                            e0,
                            "ADMIN",
                            0.6,
                            self.name,
                            x,
                            reason=f"a town's name before {suffix}",
                        )
                    )
                    break  # 罗泾|港区: the zone named after its town, which the tagger knows
                if ctx.is_word(x) or ctx.is_word(x + suffix):
                    break
                if any(ctx.is_word(x[k:] + suffix) for k in range(1, len(x))):
                    break
                if suffix[-1] in "区园" and self._is_division(x):
                    break  # 榆林高新区: the division's zone; the gazetteer finds 榆林
                if suffix == "港" and self._port_city(x):
                    why = "a division before 港, its port"
                    spans.append(Span(s, e0, "ADMIN", 0.7, self.name, x, reason=why))
                    break  # 岳阳|港: a port is named by its city or county
                if suffix[-1] in "区园" and any(
                    self._is_division(x[k:]) for k in range(1, len(x) - 1)
                ):
                    continue  # 赴|榆林高新区: a shorter name is the division
                head = self._division(x)
                if head:
                    spans.extend(self._split(ctx, s, head, e0, m.end()))
                    break
                spans.append(
                    Span(s, m.end(), "LOCAL", 0.6, self.name, x + suffix, reason=f"named {suffix}")
                )
                break
        return spans

    def _split(self, ctx: Context, s: int, head: str, e0: int, end: int) -> list[Span]:
        text, m = ctx.text, s + len(head)
        rest = text[m:e0]
        assert self.gaz is not None
        why = f"a division before {rest}"
        spans = [Span(s, m, "ADMIN", 0.7, self.name, head, reason=why)]
        if rest in self.gaz.by_short or rest in self.gaz.by_name:
            why = f"a place listed in the gazetteer, after {head}"
            spans.append(Span(m, e0, "ADMIN", 0.7, self.name, rest, reason=why))
        else:
            why = f"named zone or landmark, after {head}"
            spans.append(Span(m, end, "LOCAL", 0.6, self.name, text[m:end], reason=why))
        return spans


_RESIDENT = re.compile("村民|居民|职工|农民|牧民|渔民|市民|工人|党员")
# A list of names closed by 等 and a word for people (王某、李某等一大批劳动模范).
_NAME_LIST = re.compile(  # names may be padded with a space (韦　芳, 杨 帆); no 等 inside
    r"(?:[\u4e00-\u9fff·](?:[ 　]?(?!等)[\u4e00-\u9fff·]){1,4}、)*"
    r"[\u4e00-\u9fff·](?:[ 　]?(?!等)[\u4e00-\u9fff·]){1,4}"
    r"(?:等|(?=[0-9一二两三四五六七八九十][0-9十]?[位名]))"
)
# A byline in brackets: （和顺县融媒体中心 乔 楠）, （记者 王小川）
_BYLINE = re.compile(
    r"[（(][^（()）]{0,16}?"
    r"(?:中心|记者|通讯员|报社|日报|电视台|融媒|新闻网|办|办公室|宣传部|商会|协会|学会|公司|合作社|"
    r"学校|医院|卫生院|政府|党委|工委|局|站|所|队|馆)[ 　:：]+"
    r"([\u4e00-\u9fff](?:[ 　]?[\u4e00-\u9fff]){1,3})(?<!摄)\s*[）)]"
)
_PEOPLE_AFTER_ONE = re.compile(
    "[0-9一二三四五六七八九十两百多]{0,3}[位名个]?"
    "(?:同志|劳模|劳动模范|先进|英雄|烈士|院士|专家|代表|企业家|人)"
)
_PEOPLE_WORDS = re.compile(
    "劳模|模范|同志|英雄|典型|先进|人物|楷模|烈士|院士|专家|工匠|干部|代表|标兵|榜样|同学|群众|"
    "企业家|乡亲|农户|党员|职工|户|人(?!民)"
)
_RESIDENT_NEXT = ("家", "在", "说", "告诉", "表示", "介绍")
_BRACKETED_NAMES = re.compile("[（(]((?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4})[）)]")
_DE_NAME = re.compile("的([\u4e00-\u9fff]{2,3})(?=[、，。；])")
_BRAND_CLAUSE = re.compile("[\u4e00-\u9fff、]+")
_SLASH_BYLINE = re.compile(
    r"(?:(?<=[。！？\s（(])|^)(?:文/图|图/文|图文|文|图|摄影|撰稿|供稿)(?:[/／：:]\s*|\s+)"
    r"([\u4e00-\u9fff](?:[ 　]?[\u4e00-\u9fff]){1,3}?)(?<![ 　][文图摄])"
    r"(?=\s*(?:[）)]|$|\n)|[ 　]+(?:文|图|摄影)[/／：:]|[/／]|[ 　]{1,2}[\u4e00-\u9fff]{2}"
    r"|[ 　]+[文图摄]\s*[）)])"
)  # (文/钱嘉言 图/费一鸣 周末的…: a credit line before the text, each name set off)
_PADDED = re.compile(r"(?=[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])")
_PADDED_NEXT = (
    "任",
    "为",
    "同志",
    "等",
    "说",
    "主持",
    "牵头",
    "负责",
    "介绍",
    "表示",
    "提出",
    "和",
    "与",
    "的",
    "在",
    "家",
    "正",
)
_TOWN_OF = re.compile("(?<=[\u4e00-\u9fff]{2})(?:镇|乡|村|街道|社区|嘎查|苏木)的")
# what follows a name's sex in a profile: a people, a birth year (…，男，土家族，1984年生)
_PROFILE_NEXT = re.compile("[\u4e00-\u9fff]{1,5}族|[0-9０-９]{4}年|汉族")
# What only a person's name stands before: an age (王建国今年58岁, 巴特尔，45岁，) or
# 像 … 这样的 and a word for people (像高峰这样的返乡青年)
_AGE_NEXT = re.compile(
    "(?:今年|现年|已经)?(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:周)?岁(?!的)"
    "|[，,（(](?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})岁[，,）)]"
)
_LIKE_PEOPLE = re.compile(
    "[这那]样的[\u4e00-\u9fff]{0,6}?(?:人|青年|干部|党员|乡贤|能手|带头人|匠|娘|师傅|书记|典型|"
    "榜样|代表|模范|先进|好人|户|农民|农|者|员)"
)
_HOUSEHOLD = re.compile("[\u4e00-\u9fff]家")
_PLACE_AFTER_HOME = set("村庄镇乡沟湾寨坪屯营店堡嘴巷坡岭峪河桥院园楼坝港口湖山铺集窝峁梁塘")
_HOME_BEFORE = set("。，；：“、和与及对帮为把到去给在从跟的是了着")
_HOME_AFTER = set("、和与及的等两三四五几户人老大二小媳兄姐弟妹后成也都还在，。；")
_ETHNIC_HOMES = set("苗瑶壮侗彝藏畲土傣黎回满羌客布")  # 苗家, 土家: a people's homes
_MASKED_GIVEN = re.compile("某某?")
_PROFILE_NAME = re.compile(  # a profile's name opening its record (金美善，朝鲜族，…)
    "(?:^|(?<=[：:。；\n“]))([\u4e00-\u9fff·](?:[ 　]?[\u4e00-\u9fff·]){1,9})\\Z"
)
_PRESIDES = ("主持", "认为", "指出", "强调", "要求", "提出", "建议", "介绍", "表示")
_VILLAGE_COUNTED = ("户", "党支部", "党总支", "两委", "村委会", "村民委员会")
_JOB_ENDS = set("员师工手匠官长农商主")  # a job held by one person (农技员, 瓜农, 骑手)
_SPAN_OF_TIME = re.compile(
    "(?:[0-9]{1,3}|[一二三四五六七八九十几两]{1,3})多?(?:年|个月)(?:前|来|后|里)"
)
_AGED_BEFORE = set("。！？；，：“”\n、的 　")
# 段玉珍等二十名志愿者, 李家和等人, 张立新等出席: 等 after a name counts people or closes a
# list of them; the counted ones are people where a measure for people follows
_ETC_PEOPLE = re.compile(
    "等(?:[0-9]{1,4}|[一二三四五六七八九十两百千几]{1,4})[多余]?(?:名|位|人|户)"
    "|等(?:人|同志|老党员|老同志)(?![\u4e00-\u9fff]{0,1}[民员才])"
    "|等(?:同志)?(?:出席|参加|陪同|列席|参会)"
)
# …等三十多个徒弟, 等老渔民, 等年轻人: 等, a count perhaps, and a word for people
_ETC_COUNT = re.compile("等(?:(?:[0-9]{1,4}|[一二三四五六七八九十两百千几]{1,4})[多余]?个?)?")
_ETC_PEOPLE_NOUNS = tuple(
    "年轻人 老一辈 老人 徒弟 村民 群众 党员 干部 乡亲 志愿者 "
    "代表 农户 牧民 渔民 职工 工人 青年 同学 学生 家庭".split()
)
_AGE_OF = re.compile("(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:多)?岁的")
_SAYING = (
    "说",
    "告诉",
    "表示",
    "介绍",
    "坦言",
    "感慨",
    "笑着说",
    "回忆",
    "认为",
    "建议",
    "指出",
    "强调",
    "提到",
    "谈到",
)
_NAME_PARTICLES = set("的地得了着过们")
_NOT_IN_NAMES = set("两於於")  # (两院院士; 由於, traditional 于)
_GIVEN_STOPS = set("本全和为向同")
# 老/小 + surname: what may stand before (a clause break, 的, a verb's object marker) and
# after (a break, 的, 家, another name) besides a verb; the surname prior that lets a
# character the tagger reads as a common word (黄 a, 陈 v) be a surname there.
_KIN_NOT_GIVEN = frozenset("姐哥婶嫂姨婆爹")
_KIN_AFTER = (
    *("父亲", "母亲", "儿子", "女儿", "妻子", "丈夫", "爱人", "孩子", "家人", "爷爷", "奶奶"),
    *("哥哥", "姐姐", "弟弟", "妹妹", "老伴", "徒弟", "师傅", "同事", "家"),
)
_KIN_CHARS = frozenset("姐哥嫂叔婶爷奶姨伯妈娘爹婆公妹弟")
_FAMILIAR_BEFORE = set("说的，。；：“”、\n了给和跟与叫找问让请向对同把被像他她着管有随陪帮替 　）)")
_FAMILIAR_AFTER = set("，。！？；、”的家和")
_FAMILIAR_SURNAME = 1.0
_FRAME_SURNAME = 0.5  # 高 0.9 (高度, 高校 …) is still a surname after 主席
_SURE_SURNAME = 2.0  # a surname far more often than another word's first character (夏 2.7)
_TITLE_SURNAME = -0.5  # after an official's title: 关 -0.2, 商 -0.3, 项 -0.4 (not 党 -0.7, 国 -1.6)
_FRAME_GIVEN_WORD = 2.5  # 农民|富起来: 起来 1.4; but 向前 3.0, 建国 9.1
# A given name alone (振华笑着说): what stands before it and what may follow it.
_GIVEN_ALONE_BEFORE = set("，。；：“”、！？\n和跟与同的对让给叫")
_ROLE_NAME_STOPS = set("的了着是在与及等也都就还又被把从对")
_SUBJECT_NEXT = (
    *("一家", "家的", "正在", "已经", "一天", "每天", "今年", "带着", "把", "的"),
    *("每周", "每月", "每年", "常年", "天天", "多年", "连续", "坚持", "一直", "总是"),
)
_CLAUSE_OPENERS = set("，。；：“！？\n")
_GIVEN_ALONE_AFTER = set("，。；！？、”")
_GIVEN_ALONE_NEXT = ("一起", "一同", "一道", "一家", "家的", "夫妇")
# 长海这孩子, 满仓这股劲头, 爱华这样的人: the given name, then 这 and what it is
_THIS_YOUNG = ("这孩子", "这娃", "这小伙", "这姑娘", "这闺女")
_GIVEN_ALONE_THIS = re.compile("这(?:孩子|娃|样|个|股|位|人|兵|小伙|姑娘|闺女)")
# words before a given name alone that take a person (由红旗同志牵头, 如今建国在…)
_GIVEN_ALONE_LEADS = ("由", "将", "把", "如今", "跟着", "提起", "看望", "取名", "名叫", "喊")
_PEOPLE_COUNT = re.compile("[0-9一二两三四五六七八九十百]{1,3}(?:多|余)?[名位]")
_SAYS = re.compile("(?:说|告诉|介绍|表示|坦言|感慨)")
_HOUSEHOLD_OF = re.compile("家(?:的|里|种|开|养|办|有|是|在|门口|[两三四五几]代|祖孙|世代)")
_GRADUATED = re.compile("(?:大学|大专|中专|高中|研究生|职校|技校)毕业")
# A foreign person's title after a transliterated name (基辛格博士, 纽森州长), and what may
# come before such a name
_FOREIGN_TITLE = re.compile("先生|女士|博士|夫人")  # (not 教授, 议员, 州长: 哈佛|教授, 乌克兰|议员)
_NICKNAME_ENDS = ("娃", "娃子", "蛋", "妞", "头", "幺", "宝", "伢", "仔", "丫")
_FOREIGN_BEFORE = set("，。、；：！？“”（）《》和与同及了见的在是对向给有 　\n")
# What someone is called: 只叫他“阿宝”, 都喊她“瑶瑶”; 他叫崔明哲, 名字叫刘振兴
_CALLED_QUOTED = re.compile("(?:叫|喊)(?:他|她|您|你|我)(?:作|做)?“([\u4e00-\u9fff]{2,4})”")
_CALLED = re.compile("(?:(?<=[他她您你我])叫|名叫|名字叫|叫做)(?=[\u4e00-\u9fff]{2})")
# Words after a surname that are a title or kin term, no given name (王老师说, 李师傅说)
_NOT_GIVEN = frozenset(
    "老师 师傅 书记 主任 大爷 大妈 大姐 大哥 阿姨 奶奶 爷爷 大娘 老汉 家人 先生 女士 同志 "
    "局长 县长 镇长 村长 校长 院长 厂长 经理 老板 总理 主席 委员长 首相 总统 大使 教授 "
    "同学".split()
)
_UNIT_OF = re.compile(
    "(?:站|所|队|厂|合作社|公司|中心|车间|协会|基地|学校|医院|卫生院|农办|办公室|研究室|局|"
    "委员会|工作组|调解室|工作室|法庭|法院|纪念馆|博物馆|图书馆|中学|小学|幼儿园)的"
)  # stop words that also begin given names (鄢本胜)
_LABEL_ITEM_ENDS = set("、，,。；;）)（( \n及和与等")
# 姓苗的大姐, 崔姓老人: a surname told instead of a name (see _surnames_told)
_SURNAME_TOLD = re.compile(
    "姓([\u4e00-\u9fff]{1,2})的(?=[\u4e00-\u9fff])"
    "|([\u4e00-\u9fff])姓(?=老人|村民|男子|女子|男孩|女孩|居民|商户|老板|工人|司机|老汉|"
    "大爷|大妈|大姐|大哥|阿姨|师傅|青年|学生|老师|医生|干部|农户|业主|住户|人家|一家|夫妇|兄弟)"
)
_PAIR_OF_PEOPLE = re.compile(
    "夫妻|夫妇|两口子|(?:母女|父子|母子|父女|兄弟|姐妹|兄妹|姐弟|婆媳|祖孙|师徒)(?:俩|二人|两人)?"
)
# Thresholds of given_score, measured on the three-character gold names (1,282) against
# clause-initial windows of the public reports (2,742 surname + two characters, not a word):
# LIKELY: 0.97 of the names and 0.19 of the windows reach it (存良 8.0; 实现 -1.5). Two
# characters that make a common word must reach LIKELY_WORD: of such names 0.91 reach it,
# of such windows 19 in 1,261 (海生 9.2 pass, 进行 3.0 does not)
_GIVEN_LIKELY = 3.2
_GIVEN_LIKELY_WORD = 7.0
_GIVEN_VERB_SPLIT = 9.0  # above it, a common word after a verb-like surname is the given name
# A given name that is a word too (海波 11.5, 树林 10.5) scores above this; words that
# only look like one (峰会 8.2, 家乐 7.0) below it
_GIVEN_WORD_NAME = 9.0
_NOT_SURNAMES_HERE: set[str] = _FUNCTION_CHARS | set("向和于同都全代谈过将时还才能可会要来但由")
_AWARD = re.compile(
    "(?:获|荣获|获得)(?:[一二三四五]等奖|特等奖|金奖|银奖|铜奖|优秀奖|优胜奖|冠军|亚军|季军|"
    '第[一二三四五]名|[“"])|被评为|获评|当选为'
)
_AFTER_SUBJECT = (
    "是",
    "在",
    "说",
    "把",
    "从",
    "一家",
    "老人",
    "夫妇",
    "今年",
    "每天",
    "告诉",
    "扎根",
    "坚守",
    "守护",
)
# after a title or role, what makes a two-character word before it a name (白雪说)
_WORD_NAME_ENDS = set("、，。；则等")  # where a name that is a word too may end after a role
# Titles a name follows at once, even one that is a set term (主席 包钢)
_TITLES_BEFORE_NAMES = ("主席", "省长", "市长", "县长", "区长", "书记", "主任", "同志")
_WORD_NAME_NEXT = (
    "说",
    "介绍",
    "表示",
    "指出",
    "强调",
    "同志",
    "来自",
    "告诉",
    "笑着说",
    "家的",
    "一家",
    "在会上",
    "主持",
    "宣读",
    "传达",
    "出席",
    "作了",
    "作政府工作报告",  # 主席包钢|作政府工作报告: who delivers the report
    "作工作报告",
    "作报告",
    # what a person does or says next (交警高峰|每天要…, 民宿主钟山|笑称)
    "每天",
    "笑称",
    "笑言",
    "常说",
    "坦言",
    "回忆",
    "感慨",
    "专程",
    "一直",
    "多年来",
)
_QUOTED_HONOUR = re.compile(
    "“[\u4e00-\u9fff]{1,8}(?:工匠|巧手|能手|标兵|楷模|好人|之星|榜样|模范|先锋|劳模|状元|名师|名医|匠)”的?"
)
# the pattern _paren_items reads faster (kept as its definition; tests/test_paren_items.py)
_PAREN_ITEM = re.compile("([\u4e00-\u9fff·]{2,8})（[^（）\n]{1,40}）")
_PAREN_NOTE = re.compile("（[^（）\n]{1,40}）")
_SITE_TAILS = set("山湖祠庙墓陵镇乡村路街桥亭楼阁洞台园")
_THIRD_OR_VERB = set(
    "家开带正来用做去又听画陪领接跟"
)  # a name's third character, or the next word's
_GIVEN_KEEP = 5.2  # a given name kept whole though its last character begins a word (0.94/0.09)
_GIVEN_KEEP_LAST = 2.0  # ... if that character is name-like itself (0.96 / 0.21; 林 5.8, 通 1.3)
_GIVEN_FRAMED = 2.0  # between a role and a verb: 丰收 2.4, 得水 2.1 (记者 -2.3, 近日 -1.2)
_GIVEN_SURE = 7.0  # a given name without the tagger's reading (0.87 / 0.03 of the windows)
_GIVEN_SURE_EACH = 1.0  # ... each character name-like a little (0.996 of the sure names; 丽|则)
_LEVEL_WORD_TAILS = ("委", "政府", "长", "人大", "政协", "人民政府", "党委", "直", "域", "级")
_COMMON_CHAR_TAGS = frozenset("n v vn a ad d m q r p c u f".split())
_MORE_ADDRESS = frozenset("科长 处长 阿姨 大哥 大姐 教授 嫂 姐 哥 叔 婶 伯".split())
_ROLL_LABEL = re.compile("(?:名单(?:如下|公示)?|表扬|通报)[：:]")
# what ends a list item after the name: 羊金花|家庭, 马有福|（回族）
_ITEM_TAIL = re.compile(r"(?:家庭|（[^（）、]{1,8}）|\([^()、]{1,8}\))$")
_UNIT_ENDS = set("镇乡村县区市旗园院局社校站所厂队司心道部委会馆场室办")
_NAME_THEN = frozenset(  # verbs the tagger may read as nouns after a name
    "建议 提议 回忆 希望 感慨 坦言 透露 笑称 打算 计划 决定 发现 认为 通报 汇报 发言 讲话 致辞 "
    "表态 现场 当场 头戴 身穿 手持 手捧 领唱 领舞 共同 常年 多年 每天 每年 荣获 交代 调度 "
    "商量 主动 带队 带头 牵头 领衔 值守 驻守 坚守 巡查 巡护".split()
)
# surnames that are prepositions or conjunctions too (向红英, 于晓楠, the Naxi 和志强)
# honours a person receives, after a name that opens a clause
_HONOURED = ("被授予", "被追授", "被评为", "被誉为", "荣获", "获评", "当选为", "入选")
_NAME_THEN_START = ("成了", "成为", "当上", "当了", "办起", "开起", "种了", "养了")
# one-character adverbs a subject's verb may open with (马占福|常带我, 韦丰收|总说)
_ADVERB_OPENERS = frozenset("常总曾仍便却才只先再刚正")
_PREPOSITION_SURNAMES = set("向于和")
_CONJUNCTIONS = set("和与及同跟并或")
# adverbs, negations and modals that stand between a title and 出席 (均未, 亦已, 因故未)
_NOT_IN_CUED = set("均亦已未确应要因请都也还并皆曾将不没无")
_FLOWERS = frozenset("寿菊 雏菊 秋菊 金菊 野菊 君兰 吊兰 墨兰 春兰 寒梅 腊梅 睡莲 雪莲".split())
_CASE_TITLE = re.compile("“[^”\n]{3,24}?案”")
# What follows only a person in a news release: after a title it ends the name
_NAME_CUES = (
    "陪同",
    "出席",
    "一行",
    "主持",
    "率队",
    "带队",
    "致辞",
    "讲话",
    "参加会议",
    "参加调研",
)
_BEFORE_PARTS = set("的、和与及在向给让被把对跟同是由请有")
# what may stand right before a name of one known part (，央金给…, 和那顺熟悉…)
_LONE_PART_BEFORE = set("，。；：！？、“”\n（(的和与及跟同给让对叫找") | {" ", "　"}
_LONE_PART_LEADS = ("如今", "今年", "去年", "后来", "现在")  # 的|才让东智, 和|吉克阿依
_NAME_BREAKS: set[str] = set("，。、；：！？,.;:!?）)”’“‘（( \n\t　")


class PersonRecognizer:
    """Names beside a title (省长王凯, 县委书记　周明远) or before 同志 (王凯同志).

    National leaders quoted as such are left alone unless ``keep_leaders`` is off.
    """

    name = "person"

    def __init__(
        self,
        rules: PersonRules,
        keep_leaders: bool = True,
        surname_scores: Mapping[str, float] | None = None,
    ) -> None:
        self.rules = rules
        self.keep_leaders = keep_leaders
        # namescore's surname prior (李 9.1, 查 below 0): only where a frame, not the
        # given name, carries the reading
        self.surname_scores = dict(surname_scores or {})
        self._jieba: Any = None
        self._after_title = re.compile(f"(?:{_trie_regex(rules.titles)})[ 　]?")
        # every character a name after a title may open with (a quick test first)
        self._name_openers = frozenset(
            set(rules.surnames)
            | set(rules.name_chars)
            | set(rules.transliteration)
            | {c[0] for c in rules.compound_surnames}
            | {p[0] for p in rules.name_parts}
            | set(" 　")
        )
        self._marked_surname = re.compile(
            "(?<=[的，。；：、“（\n])[" + "".join(sorted(map(re.escape, rules.surnames))) + "]"
        )
        after = _trie_regex(rules.after)
        # Every position where a word of `after` begins (overlapping ones too); the
        # character class first lets the regex engine skip most positions at once.
        firsts = "".join(sorted({re.escape(t[0]) for t in rules.after}))
        self._before_after = re.compile(f"(?=[{firsts}])(?=(?:{after}))")
        self._long_after = tuple(t for t in rules.after if len(t) >= 3)  # 大队长
        self._models = _phrase_pattern(rules.models) if rules.models else None
        self._title_words = frozenset(rules.titles) | frozenset(rules.after)  # 周|总理说
        # what may end a nickname's quotes as a title or a word for a person (“老王书记”,
        # “梨博士”, “龙妹子”): not a nickname of its own
        self._suffix_titles = tuple(
            w
            for w in {*rules.titles, *rules.after, *rules.address_words, *rules.surname_titles}
            | {*rules.roles, "博士", "妹子", "老大", "闺女", "大夫"}
            if len(w) >= 2
        )
        self._role = WordFinder(rules.roles) if rules.roles else None
        self._listed_roles = frozenset(rules.roles)
        self._role_set = self._listed_roles | frozenset(rules.titles)
        # characters a part after a 间隔号 may hold (杜拉尔·敖登: name characters too)
        self._dot_chars = (set(rules.transliteration) | set(rules.name_chars)) - _FUNCTION_CHARS
        labels = _trie_regex(rules.labels)
        self._labels = re.compile(f"(?:{labels})[：:][ 　]*") if labels else None
        # Compound surnames by first character, in the rules' order (the first one wins).
        self._compounds: dict[str, tuple[str, ...]] = {}
        for c in rules.compound_surnames:
            self._compounds[c[:1]] = (*self._compounds.get(c[:1], ()), c)
        self._compound_set = frozenset(rules.compound_surnames)
        self._addressed = (
            frozenset(rules.address_words) | frozenset(rules.surname_titles) | _MORE_ADDRESS
        )
        # forms of address of two or more characters a name never runs into (黎|小姐则负责)
        self._long_address = tuple(
            sorted((w for w in self._addressed if len(w) >= 2), key=len, reverse=True)
        )
        # Nouns ending like a role (制茶师, 药商) right before a surname
        heads = "".join(sorted(rules.surnames | {c[0] for c in rules.compound_surnames}))
        self._role_suffix = (
            re.compile(f"[{''.join(sorted(rules.role_suffixes))}](?=[{heads}])")
            if rules.role_suffixes
            else None
        )
        # Where a clause opens (or 的 stands) before a would-be name
        # and a surname may follow it
        heads = "".join(
            sorted((rules.surnames | {c[0] for c in rules.compound_surnames}) - _NOT_SURNAMES_HERE)
        )
        groups = "|".join(rules.ethnic_groups)
        # 金美善，朝鲜族，…: a profile's name before its ethnic group
        # (the group first, then the name before it: cheaper than a name tried everywhere)
        self._ethnic_groups = frozenset(rules.ethnic_groups)
        self._ethnic_group_re = re.compile(groups) if groups else None
        # characters a name read by its frame may hold (此 of 次仁此里 too)
        self._name_known = (
            frozenset(rules.transliteration)
            | frozenset(rules.name_chars)
            | rules.surnames
            | {c for p in rules.name_parts for c in p}
        )
        # characters of the known name parts (江, 才 of 江措, 才让): a part's tail
        self._part_chars = frozenset(c for p in rules.name_parts for c in p)
        # two-character pieces of known name parts (古丽, 卓嘎): words of names, not prose
        self._name_pairs = frozenset(
            p[a : a + 2] for p in rules.name_parts | rules.clans for a in range(len(p) - 1)
        )
        self._ethnic_after = re.compile(f"[，,]\\s*(?:{groups})[，,（(；;]") if groups else None
        self._subject_start = re.compile(
            # (如今郑德林编…, 是钟阿林带头…: a time word or the cleft's 是 opening the clause)
            f"(?:(?:^|(?<=[。！？；，：“”\n]))|的|(?<=[我他她])[和跟与]"
            f"|(?<=[。！？；，：“\n])(?:如今|今年|去年|当年|后来|现在|目前|是))(?=[{heads}])",
            re.M,
        )
        compounds = sorted(rules.compound_surnames, key=len, reverse=True)
        self._compound_re = re.compile("|".join(compounds)) if compounds else None
        # Names made of known parts (次仁卓嘎, 吉克曲布): where a part may begin
        starters = rules.name_parts | rules.clans
        self._part_lengths = sorted({len(p) for p in starters}, reverse=True)
        # (their first two characters found in one pass: a scan for the first character
        # alone stops at every common one, 224k times over the public texts for 300 heads)
        self._part_heads = WordFinder(p[:2] for p in starters) if starters else None

    def _sure_name(self, ctx: Context, i: int) -> bool:
        """A surname at ``i`` and two characters the given-name model is sure of, where a
        name may end (许文斌|介绍, 那淑华|在): enough where the tagger reads otherwise."""
        text = ctx.text
        return (
            text[i : i + 1] in self.rules.surnames
            and bool(_CJK_RUN.fullmatch(text[i : i + 3]))
            and self._sure_given(text[i + 1 : i + 3])
            and not ctx.is_word(text[i : i + 3])
            and i + 1 not in ctx.starts_of("ADMIN")  # 来|安新
            and not (  # (来|福建: a place)
                ctx.is_word(text[i + 1 : i + 3])
                and [str(t) for _, t in ctx.jieba.tag(text[i + 1 : i + 3])] == ["ns"]
            )
            and (
                self._breaks(ctx, i + 3)
                or ctx.word_start(i + 3)
                or self._in_guessed_name(ctx, i, i + 3)
            )
        )

    def _in_guessed_name(self, ctx: Context, s: int, e: int) -> bool:
        """The segmenter's guess at an unknown name (工高秀兰天/nr, no dictionary word)
        holds [s, e) and more: its edges say nothing of where the name ends."""
        cover = ctx._covering(s)
        if cover is None or not (cover[0] <= s and e <= cover[1]) or cover[1] - cover[0] <= e - s:
            return False
        word = ctx.text[cover[0] : cover[1]]
        tags = ctx.jieba.tag(word)
        return not ctx.is_word(word) and len(tags) == 1 and str(tags[0][1]) == "nr"

    def _word_given(self, given: str) -> bool:
        """A given name that is a word opening with a stop character (和平, 向东, 同庆):
        after a surname it is the name, not the conjunction and a word."""
        return (
            len(given) == 2
            and self._jieba is not None
            and bool(self._jieba.has_word(given))
            and self.rules.given_score(given) >= _GIVEN_WORD_AFTER_SURNAME
        )

    def _likely(self, ctx: Context, given: str) -> float:
        """The given-name score that makes ``given`` likely: higher for a common word
        (海生, 建国, 胜利 are names too)."""
        return _GIVEN_LIKELY_WORD if self._common_word(ctx, given) else _GIVEN_LIKELY

    def _sure_given(self, given: str) -> bool:
        """The model is sure of ``given`` as a given name, and it is no title (于|大姐)."""
        return (
            self.rules.given_score(given) >= _GIVEN_SURE
            and self.rules.given_char_score(given[:1], third=False) >= _GIVEN_SURE_EACH
            and self.rules.given_char_score(given[1:2], third=True) >= _GIVEN_SURE_EACH
            and given not in self._addressed
            and given not in self._title_words
        )

    def _name_ends_with_he(self, text: str, j: int) -> bool:
        """村民孔令和|每周给孩子们讲, 杨世和|带队: 和 ends the given name where a verb or an
        adverb follows it, not a second party of 和 (王磊和|村民, 王磊和|李明)."""
        if text[j] != "和" or self._jieba is None or j + 1 >= len(text):
            return False
        if "、" in text[max(j - 8, 0) : j] or text.startswith("来自", j + 1):
            return False  # 何雨晴、王晨和|来自…: the last 和 of a list
        if self._jieba.has_word(text[j : j + 2]) or (
            self._jieba.has_word(text[j - 1 : j + 1])
            and str(self._jieba.tag(text[j - 1 : j + 1])[0][1])[:1] == "a"
        ):
            return False  # 和谐, 平和: a word (世和, 永和 are names too)
        if text[j + 1] == "与" or text.startswith(_SUBJECT_NEXT[10:], j + 1):
            return True  # 王永和|与红毛镇镇长, 孔令和|每周: a conjunction or a frequency follows
        tags = self._jieba.tag(text[j + 1 : j + 3])
        return bool(tags) and str(tags[0][1])[:1] in "vd" and str(tags[0][1]) != "vn"

    def _name_at(self, text: str, i: int) -> int:
        """End of a name starting at i (0 when there is none)."""
        surname = next(
            (c for c in self._compounds.get(text[i : i + 1], ()) if text.startswith(c, i)), None
        )
        if surname is None:
            if i >= len(text) or text[i] not in self.rules.surnames:
                return 0
            surname = text[i]
        stops = self.rules.stops
        sure = self._sure_given(text[i + 1 : i + 3])
        if text.startswith(stops, i) and not (self._tagged_name(text[i : i + 3]) or sure):
            return 0  # 和、都、向 … as words, not surnames (于晓楠, 于洪涛 are names)
        if (
            text.startswith(stops, i)
            and text[i + 1 : i + 2] in self.rules.surnames
            and (text[i] not in "向于" or not sure)
        ):
            return 0  # 县长和|李明: a conjunction before a name, whatever the tagger says
        if (
            len(surname) == 1
            and self._ordinary_word(text[i : i + 2])
            and not (self._tagged_name(text[i : i + 3]) or sure)
        ):
            return 0  # 解决, 高度: a word, not surname + name (蓝海生, 黄素英 are names)
        j = i + len(surname)
        most = 2
        if j + 1 < len(text) and text[j] in " 　" and _CJK.match(text[j + 1]):
            j += 1  # 龚 正: names padded to the width of three characters
            most = 1
        elif (
            len(surname) == 2
            and self._jieba is not None
            and self._jieba.has_word(text[j + 1 : j + 3])
            and len(text[j + 1 : j + 3]) == 2
            and (
                not self._jieba.has_word(text[j : j + 2])
                or self.rules.given_score(text[j : j + 2]) < _GIVEN_SURE
            )
        ):
            most = 1  # 公孙明|违规: after a compound surname, a word opens on the second
        given = 0
        while given < most and j < len(text) and _CJK.match(text[j]) and text[j] not in _STOP_GIVEN:
            if (
                text.startswith(stops, j)
                and most != 1
                # 向明全、, 李德全|说: a one-character stop word before a break or another
                # stop word is a given name's end
                and not (
                    given == 1
                    and text[j] in _GIVEN_STOPS
                    and (
                        j + 1 >= len(text)
                        or text[j + 1] in "、，。；：！？"
                        or text.startswith(_SAYING, j + 1)
                        or (  # 李德全|一边: a given name the model is sure of, no word on
                            text[j] in "全本"  # (not 王磊和|村民: a conjunction)
                            and self._sure_given(text[j - 1 : j + 1])
                            and self._jieba is not None
                            and not self._jieba.has_word(text[j : j + 2])
                        )
                        or self._name_ends_with_he(text, j)
                    )
                )
                and not (
                    given == 0
                    and text[j] in _GIVEN_STOPS
                    and (
                        self._tagged_name(text[i : i + 3])
                        or (sure and j == i + 1)
                        or (j == i + 1 and self._word_given(text[j : j + 2]))
                    )
                )
            ):
                break  # (鄢本胜: 本 inside a name the tagger reads as one; 谢和平)
            j += 1
            given += 1
        return j if given >= 1 else 0

    def analyze(self, ctx: Context) -> list[Span]:
        self._jieba = ctx.jieba
        text = ctx.text
        spans: list[Span] = []
        taken: set[int] = set()
        for m in _PHOTO_CREDIT.finditer(text):
            s, e = m.start(1), m.end(1)
            if s not in taken and not ctx.in_mask(s, e):
                self._add(spans, taken, ctx, s, e, "photographer's credit")
        for m in _REPORTER_CREDIT.finditer(text) if "记者" in text else ():
            s, e = m.start(1), m.end(1)
            if s not in taken and not ctx.in_mask(s, e) and text[s] in self.rules.surnames:
                # the credit's frame, not the words, makes the name (记者 高洁 摄)
                self._add(spans, taken, ctx, s, e, "photographer's credit", parts=True)
        for m in _TRAILING_CREDIT.finditer(text) if "摄" in text else ():
            s, e = m.start(1), m.end(1)
            if (
                s not in taken
                and not ctx.in_mask(s, e)
                and (text[s] in self.rules.surnames or text[s] in self._compounds)
            ):
                self._add(spans, taken, ctx, s, e, "photographer's credit")
        for m in _WRITER_CREDIT.finditer(text) if "文" in text else ():
            s, e = m.start(1), m.end(1)
            if s not in taken and not ctx.in_mask(s, e):
                self._add(spans, taken, ctx, s, e, "writer's credit", parts=True)
        for m in _BYLINE.finditer(text):
            s, e = m.start(1), m.end(1)
            if re.search("[ 　]", m.group(1)) and not re.fullmatch(".[ 　].", m.group(1)):
                continue  # （记者 旦增 李 想）: two names, read by _byline_runs
            if s not in taken and not ctx.in_mask(s, e) and not ctx.is_word(text[s:e]):
                self._add(spans, taken, ctx, s, e, "a byline")
        self._byline_runs(ctx, spans, taken)
        credits = _SLASH_BYLINE.finditer(text) if _CREDIT_HINT.search(text) else ()
        for m in credits:  # 文/杨 柳, （摄影：黄山）, （图/文 陈 岩）
            s, e = m.start(1), m.end(1)
            if s not in taken and not ctx.in_mask(s, e):
                n = len(spans)
                self._add(spans, taken, ctx, s, e, "a credit for text or pictures", parts=True)
                if len(spans) > n:
                    spans[-1] = replace(spans[-1], score=0.9)
        if self._labels is not None:
            self._after_labels(ctx, spans, taken)
        openers = self._name_openers
        place_ends = {sp.end for sp in ctx.spans if sp.label == "ADMIN"}
        place_ends |= {  # 杂多县|长 → 杂多 + 县长: the title shares the place's suffix
            sp.end - 1
            for sp in ctx.spans
            if sp.label == "ADMIN" and sp.full and sp.text[-1] in "省市县区旗州盟镇乡"
        }
        for m in self._after_title.finditer(text):
            i = m.end()
            if i >= len(text) or (
                text[i] not in openers
                and not any(text.startswith(_NAME_CUES, k) for k in (i + 2, i + 3, i + 4))
            ):
                continue  # 主任委员会, 书记处: no character a name of any kind opens with
            if ctx.is_word(m.group(0).strip() + text[i]):
                continue  # 轮值主席国: the title runs into a word (主席国), no name after it
            t_end = m.start() + len(m.group(0).strip())
            if (
                not ctx.boundary(m.start())
                and not ctx.boundary(t_end)
                and not (  # (杂多|县长旦正说: a place's own head; not 东区|长者)
                    m.start() in place_ends and not ctx.is_word(text[t_end - 1 : t_end + 1])
                )
                and not (text[i] not in _NOT_SURNAMES_HERE and self._sure_name(ctx, i))
            ):
                continue  # 沙特|首都: no 特首 across two words (but 沙集镇长许文斌介绍)
            if text[i : i + 1] in "和与及" and text[i + 1 : i + 2] in self.rules.surnames:
                continue  # 县长和|李明: a conjunction, the name follows it
            end = self._and_in_name(ctx, i, self._name_at(text, i))
            if (
                end - i == 2
                and text[end : end + 1] in _GIVEN_STOPS
                and text.startswith(_SAYING, end + 1)
            ):
                end += 1  # 主任尚立本说: 本 ends the name before 说
            elif end - i == 3 and text.startswith(("笑着", "笑道", "笑称", "感慨"), end - 1):
                end -= 1  # 县长高明|笑着说: the smile is no part of the name
            titled_word = False
            if (
                not end
                and text[i : i + 1] in _PREPOSITION_SURNAMES
                and self._read_as_name(ctx, i + 1, i + 3)
                and text[i + 1] not in self.rules.surnames  # 县长和|李明 (a conjunction)
            ):
                end = i + 3 if self._breaks(ctx, i + 3) else 0  # 副书记向红英介绍
            elif (
                not end
                and text[i : i + 1] in self.rules.surnames
                and ctx.is_word(text[i : i + 2])
                and self._word_named(ctx, i)
            ):
                end, titled_word = i + 2, True  # 县委书记黄金说: a name that is a word too
            if not end and m.group(0)[-1] in " 　":
                # A speaker line: 自治区主席 嘎玛泽登 — any 2–4 characters set off by spaces.
                spaced = _SPACED_NAME.match(text, i)
                if spaced:
                    end = spaced.end(1)
            end = max(end, self._dotted_end(text, i))  # 艾尔肯·吐尼亚孜, whole
            plain = self._plain_name(ctx, i)  # 旗委书记乌力吉巴雅尔: no Han surname
            han = (
                end - i == 3
                and self._breaks(ctx, end)
                and self._sure_name(ctx, i)
                and not self._parts_name(ctx, i)  # (那仁满都拉: known parts)
            )
            if (
                plain > end
                and not han
                and (not end or not self._breaks(ctx, end) or plain - i >= 4)
                and not (  # 普秀英|扎根 (but 边巴次仁|和我: known parts, whole)
                    end
                    and ctx.is_word(text[plain - 1 : plain + 1])
                    and self._parts_name(ctx, i) != plain
                )
            ):
                end = plain  # (not 隆秀云|带着: a Han name the model is sure of)
            if not end:
                end = self._loose_name(ctx, i)  # 书记蓝海生说: 蓝海 is a word, 蓝海生 a name
            if not end:
                end = self._cued_name(ctx, i)  # 市长其其格陪同调研: a name by what follows
            cover = ctx._covering(i) if end and not han else None
            if (
                cover is not None
                and end == plain
                and self._parts_name(ctx, i) == end
                and not ctx.is_word(text[cover[0] : cover[1]])
                and not self._is_name_word(ctx, text[cover[0] : cover[1]])
            ):
                cover = None  # 旗长孟和|到: known parts, glued to a verb by the tagger's guess
            if (
                cover is not None
                and cover[0] == i
                and cover[1] > end
                and not (end == plain and text.startswith(_SAYING, end))  # 朝鲁|说
            ):
                # a longer word starts with the would-be name: a name (古特雷斯) or not
                # (殷殷嘱托)
                tags = ctx.jieba.tag(text[i : cover[1]])
                named = len(tags) == 1 and str(tags[0][1]).startswith("nr")
                if not named:
                    end = 0
                elif cover[1] - i <= 6 and not text.startswith(self.rules.stops, end):
                    end = cover[1]  # 古特雷|斯 → 古特雷斯; not 戴冰|摄, 赵刚|作
                    if (
                        end - i == 4
                        and text[i] in self.rules.surnames
                        and self._sure_given(text[i + 1 : i + 3])
                        and str(ctx.jieba.tag(text[i + 3])[0][1])[:1] in "pv"
                        and self.rules.given_char_score(text[i + 3], third=True) < 0
                    ):
                        end = i + 3  # 校长朴成浩|用朝汉双语: a name the model is sure of,
                        # then a verb or preposition the tagger's guess glued on
            if end and end - i >= 2 and text[i] == text[i + 1] and ctx.is_word(text[i : i + 2]):
                end = 0  # 殷殷嘱托: a doubled character after a title is no surname + name
            tail = ctx._covering(end - 1) if end else None
            if tail is not None and i < tail[0] < end < tail[1]:
                # a long word begins inside the would-be name: the rest of a foreign name
                # (古|特雷斯) or a word (由|人民代表大会)
                tags = ctx.jieba.tag(text[tail[0] : tail[1]])
                named = len(tags) == 1 and str(tags[0][1]).startswith("nr")
                if named and text.startswith((*_SAYING, *self.rules.stops), end):
                    pass  # 县长蹇明华|说 (the tagger's 明华说): the name ends where 说 begins
                else:
                    end = tail[1] if named and tail[1] - i <= 6 else 0
            if end and (end == plain or (end - i == 3 and text[i : i + 2] in self.rules.clans)):
                # 县长完么才让|表示 (not 完么才|让表示); 局长吉克石布|介绍: a Yi clan's name of
                # four, though 吉 is a Han surname too
                end = self._to_saying(ctx, i, end)
            # 乡长次旦卓嘎|带我, 副书记洛桑曲珍|任组长: two known parts, then a verb
            parts = max((e for e, n in self._part_runs(text, i) if n >= 2), default=0)
            if (
                parts - i >= 4
                and parts != end
                and parts > self._dotted_end(text, i)
                and parts < len(text)
                and (
                    self._breaks(ctx, parts)
                    or text.startswith(("任", "带"), parts)  # (任组长: the tagger's name)
                    or str(ctx.jieba.tag(text[parts])[0][1])[:1] == "v"
                )
            ):
                end = parts
            if end and i not in taken and not ctx.in_mask(i, end):
                end = self._trim(ctx, i, end)
                # 镇党委书记李强: a town's or village's officer, whoever shares the name
                local = m.start() > 0 and text[m.start() - 1] in "镇乡村"
                why = f"name after {m.group(0).strip()}"
                titled_word = (
                    titled_word
                    or (  # 部长柯文|宣读: the tagger's other proper noun
                        ctx.is_word(text[i:end]) and str(ctx.jieba.tag(text[i:end])[0][1]) == "nz"
                    )
                    or self._parts_name(ctx, i) == end  # 书记边巴|说: known name parts
                    or (  # 县长马建国|同志, 书记庄严|说: a title, a name and what follows one
                        end - i >= 2
                        and text[i] in self.rules.surnames
                        and text.startswith(("同志", "在", *_SAYING), end)
                    )
                )
                self._add(spans, taken, ctx, i, end, why, namesake=local, parts=titled_word)
                self._listed_after(ctx, end, m.group(0).strip(), spans, taken)
        self._after_roles(ctx, spans, taken)
        self._after_role_nouns(ctx, spans, taken)
        self._names_of_parts(ctx, spans, taken)
        self._couples(ctx, spans, taken)
        self._unit_name_lists(ctx, spans, taken)
        self._award_lists(ctx, spans, taken)
        self._paren_lists(ctx, spans, taken)
        self._subject_names(ctx, spans, taken)
        self._after_nouns(ctx, spans, taken)
        self._role_then_subject(ctx, spans, taken)
        self._place_named_person(ctx, spans, taken)
        self._place_honoured(ctx, spans, taken)
        self._surname_and_place(ctx, spans, taken)
        self._official_frames(ctx, spans, taken)
        self._comrades(ctx, spans, taken)
        self._padded_names(ctx, spans, taken)
        self._dictionary_names(ctx, spans, taken)
        self._case_names(ctx, spans, taken)
        self._aged_and_alike(ctx, spans, taken)
        self._counted_names(ctx, spans, taken)
        self._word_names_after_roles(ctx, spans, taken)
        self._masked_names(ctx, spans, taken)
        self._households(ctx, spans, taken)
        self._names_over_short_places(ctx, spans, taken)
        born = _BORN_AFTER.finditer(text) if "生" in text and _BORN_HINT.search(text) else ()
        for m in born:  # 孟庆安，1955年生，吉林人
            s, e = m.start(1), m.end(1)
            if s not in taken and not ctx.in_mask(s, e) and self._list_item(ctx, s, e):
                self._add(spans, taken, ctx, s, e, "a name before its birth year", parts=True)
        for m in _SEX_AFTER.finditer(text) if _SEX_HINT.search(text) else ():  # 诸葛建国，男，
            s, e = m.start(1), m.end(1)
            profile = bool(_PROFILE_NEXT.match(text, m.end()))  # 向阳，男，土家族，1984年生
            named = text[s] in self.rules.surnames or any(
                text.startswith(c, s) for c in self._compounds.get(text[s], ())
            )
            if (
                s not in taken
                and not ctx.in_mask(s, e)
                and (self._list_item(ctx, s, e) or (profile and named and e - s <= 4))
            ):
                self._add(spans, taken, ctx, s, e, "a name before its sex", parts=True)
        if self._ethnic_after is not None:
            for g in self._ethnic_after.finditer(text):
                named_at = _PROFILE_NAME.search(text, max(0, g.start() - 20), g.start())
                if named_at is None:
                    continue
                s, e = named_at.start(1), named_at.end(1)
                if s in taken or ctx.in_mask(s, e):
                    continue
                named = (
                    self._list_item(ctx, s, e)
                    or (
                        2 <= e - s <= 3
                        and text[s] in self.rules.surnames
                        and _CJK_RUN.fullmatch(text[s:e]) is not None
                    )
                    or any(text.startswith(c, s) for c in self._compounds.get(text[s], ()))
                )
                if named:
                    self._add(spans, taken, ctx, s, e, "a name before its ethnic group", parts=True)
        # 曹金水说, 施丰收告诉记者: a surname and two characters before a verb of saying
        # are a speaker, whatever stands before them; so are they before a school they
        # finished (向春燕大学毕业后)
        graduated = _GRADUATED.finditer(text) if "毕业" in text else ()
        for m in (*_SAYS.finditer(text), *graduated):
            end = m.start()
            if text.startswith(("说唱", "说书", "说法", "说服", "说明书"), end):
                continue  # 伊玛堪|说唱: an art or a thing, no speaking
            j = next(  # 儿子包巴特尔|大学毕业后: a Han surname and a known part
                (
                    j
                    for j in (end - 5, end - 4)
                    if j >= 0
                    and text[j] in self.rules.surnames
                    and text[j] not in _NOT_SURNAMES_HERE
                    and text[j] not in _FUNCTION_CHARS  # (我和|其木格说, 但|巴特尔表示)
                    and self.surname_scores.get(text[j], -9.0) >= _TITLE_SURNAME  # (管护员|其木格)
                    and text[j + 1 : end] in self.rules.name_parts
                    and text[j + 1 : end] not in self.rules.wordlike_parts
                    and ctx.word_start(j)
                ),
                -1,
            )
            if j >= 0:
                if j not in taken and not ctx.in_mask(j, end):
                    why = (
                        "a speaker, before a verb of saying"
                        if m.re is _SAYS
                        else "a name before 毕业"
                    )
                    self._add(spans, taken, ctx, j, end, why, parts=True)
                continue
            i = end - 3
            if i < 0 or i in taken or self._name_at(text, i) != end or ctx.in_mask(i, end):
                continue
            if (
                i
                and _CJK.match(text[i - 1])
                and not ctx.word_start(i)
                and (
                    ctx.is_word(text[i - 1 : i + 1])
                    or self.surname_scores.get(text[i], 0.0) < _SURE_SURNAME  # (讲解|员薛梅)
                    or not self._sure_name(ctx, i)
                )
            ):
                continue  # (but 橙农|谭国富说: the tagger's guess glued the surname to a noun)
            name = text[i:end]
            given = text[i + 1 : end]
            if set(given) & set("不没未也都还就才又再能可应该") or (
                ctx.is_word(given) and str(ctx.jieba.tag(given)[0][1])[:1] in "dpcurm"
            ):
                continue  # 但|不能说: an adverb or modal, no given name
            stops = _FUNCTION_CHARS - (set("全本") if self._sure_given(given) else set())
            if given in _NOT_GIVEN or given in self._title_words or set(given) & stops:
                continue  # 王老师说, 李白所说 (施丰收说, 杨胜利说: names that are words too)
            if ctx.is_word(name) and not self._is_name_word(ctx, name):
                continue
            why = "a speaker, before a verb of saying" if m.re is _SAYS else "a name before 毕业"
            self._add(spans, taken, ctx, i, end, why)
        self._households_named(ctx, spans, taken)
        self._surnames_told(ctx, spans, taken)
        self._clause_speakers(ctx, spans, taken)
        self._labelled_speakers(ctx, spans, taken)
        self._called(ctx, spans, taken)
        self._foreign_titled(ctx, spans, taken)
        self._aged_of_names(ctx, spans, taken)
        self._people_of_places(ctx, spans, taken)
        self._place_name_lists(ctx, spans, taken)
        self._role_lists(ctx, spans, taken)
        self._framed_names(ctx, spans, taken)
        self._word_names_saying(ctx, spans, taken)
        self._speakers_quoted(ctx, spans, taken)
        self._place_given_names(ctx, spans, taken)
        self._compound_surname_names(ctx, spans, taken)
        self._dotted_names(ctx, spans, taken)
        self._ethnic_role_names(ctx, spans, taken)
        self._lone_parts(ctx, spans, taken)
        # 兽医站的乌云达来带着疫苗, 合作社的马金花说: someone of a unit, named after 的,
        # when the tagger reads the name as one personal name (or it is a minority name)
        for m in _UNIT_OF.finditer(text):
            i = m.end()
            if i in taken or i >= len(text):
                continue
            end = self._name_at(text, i)
            if (
                end - i == 3
                and text.startswith(_SAYING, end - 1)
                and not text.startswith(_SAYING, end)
                and self.rules.given_char_score(text[i + 1], third=True) >= _GIVEN_KEEP_LAST
            ):
                end -= 1  # 农办的宋佳|建议: a one-character given name, then a verb of saying
            strong = end - i in (2, 3) and (
                (end - i == 3 and self._is_name_word(ctx, text[i:end]))
                or text.startswith(_SAYING, end)
            )
            word = ctx.is_word(text[i:end]) and not self._is_name_word(ctx, text[i:end])
            if not strong or word:
                end = self._plain_name(ctx, i) if i + 4 <= len(text) else 0
                if end - i < 4:
                    continue
            if ctx.in_mask(i, end) or not self._breaks(ctx, end):
                continue
            if text[end - 1] in "科室处局院所站队组部" and ctx.is_word(text[i : end - 1]):
                continue  # 医院的康复科: a department, whatever the tagger reads
            self._add(spans, taken, ctx, i, end, f"name after {m.group(0)}")
        # 阿依古丽·艾买提开办馕坊: a transliterated name with a 间隔号 stands as one
        # wherever it meets a clause end, stop word or verb
        chars = self.rules.transliteration
        for m in _DOT.finditer(text):
            d = m.start()
            s = d
            while s > 0 and d - s < 8 and text[s - 1] in chars:
                s -= 1
            # 阿肯|努尔兰·哈孜别克: a word for a person ends inside the run
            s = max([s, *(e for _, e, _ in self._role_words(ctx) if s < e < d - 1)])
            opener = self._dotted_opener(ctx, s, d)
            s += opener
            e = self._dotted_end(text, s) if d - s >= 2 else 0
            if not e or s in taken or ctx.in_mask(s, e):
                continue
            # 努尔别克·哈比肯|教会了我, 吐逊古丽·阿不都|压级压价: a word or a verb after a
            # name this plain, whatever the tagger makes of the pair
            plain_next = (
                e < len(text)
                and d - s <= 6  # (贝尔格莱德尼古拉·特斯拉: a place run into the name)
                and _CJK.match(text[e]) is not None
                and (ctx.is_word(text[e : e + 2]) or str(ctx.jieba.tag(text[e])[0][1])[:1] == "v")
            )
            if not (self._breaks(ctx, e) or text.startswith(("家的", "家里"), e) or plain_next):
                continue
            if (
                s
                and not opener
                and _CJK.match(text[s - 1])
                and text[s - 1] not in "的、和与及"
                and not (
                    s >= 2
                    and ctx.is_word(text[s - 2 : s])
                    and (ctx.word_start(s - 2) or ctx.boundary(s))  # 驻华大使|约瑟法·图伊
                )
            ):
                continue  # 龙|吉克·卡德尔: the name began before (not 向导|叶尔兰·努尔别克)
            if (
                e < len(text)
                and _CJK.match(text[e])
                and not text.startswith(self.rules.stops, e)
                and text[e] not in "家正在把将从向给也都还就又才已便曾仍"  # 艾买提|家的, 吐尔逊|正
                and str(ctx.jieba.tag(text[e : e + 2])[0][1])[:1] not in "vtdpcmr"
                and not plain_next
            ):
                continue  # 毛勒|朵: the name goes on (not before 过去, 正在, 在)
            self._add(spans, taken, ctx, s, e, "a transliterated name with 间隔号")
        for m in _RESIDENT.finditer(text):
            # 村民张国利家, 职工李明说: a resident named before 家/在/说 or a verb of saying.
            i = m.end()
            end = self._name_at(text, i)
            if end - i < 2 or i in taken or ctx.in_mask(i, end):
                continue
            if text.startswith(_RESIDENT_NEXT, end):
                self._add(spans, taken, ctx, i, end, f"name after {m.group(0)}")
        done = -1
        for c in _LIST_CLOSE.finditer(text):  # only where a list can close (…等 / …三位)
            hi = c.start() + (1 if text.startswith("等", c.start()) else 0)
            lo = max(done, c.start() - 64, 0)
            for m in _NAME_LIST.finditer(text, lo, hi + 3):  # (the count is looked ahead at)
                if m.end() != hi:
                    continue
                end = m.end() - 1 if text[m.end() - 1] == "等" else m.end()
                self._name_list(ctx, m.start(), end, spans, taken)
                done = m.end()
        if self._models is not None:
            for m in self._models.finditer(text):
                s, e = m.span()
                if s in taken or ctx.in_mask(s, e) or not ctx.boundary(s):
                    continue
                if s and ctx.is_word(text[s - 1 : e]) and text[s - 1] not in "学像":
                    continue  # part of a longer word (学雷锋 is learning from the man)
                if s >= 2 and ctx.is_word(text[s - 2 : s + 1]):
                    continue  # 培训班|超10期: the surname ends a word before it
                if (
                    e - s == 2
                    and e < len(text)
                    and (e + 1 == len(text) or not _CJK.match(text[e + 1]))
                    and (
                        self._tagged_name(text[s : e + 1])
                        or self.rules.given_score(text[s + 1 : e + 1]) >= _GIVEN_SURE
                    )
                ):
                    continue  # 赵云飞，: a longer name (not 雷锋精神, 赵云说)
                if text[e : e + 1] in _SITE_TAILS:
                    continue  # 屈原祠, 李白墓, 诸葛亮镇: a site or place named after the person
                taken.add(s)
                spans.append(
                    Span(
                        s,
                        e,
                        "PERSON",
                        0.8,
                        self.name,
                        m.group(0),
                        reason="a model named in speeches",
                    )
                )
        admin_starts = {sp.start for sp in ctx.spans_of("ADMIN")}
        admin_spans = {(sp.start, sp.end) for sp in ctx.spans_of("ADMIN")}
        for m in self._before_after.finditer(text):
            end = m.start()
            if end and text.startswith(self._long_after, end - 1):
                continue  # 薛鹏大|队长: a longer title (大队长) began a character before
            long_title = text.startswith(self._long_after, end)
            for length in (4, 3, 2):
                start = end - length
                if start < 0 or start in taken:
                    continue
                if length == 4 and not text.startswith(self.rules.compound_surnames, start):
                    continue
                if (
                    length == 3
                    and text[start] in "由请让把被对给经"
                    and (text[start] == "由" or (start and _CJK.match(text[start - 1])))
                ):
                    continue  # 明确由|红旗同志牵头: a preposition before a two-character name
                if text[end - 1] == "副":
                    break  # 张|副县长: 副 belongs to the title
                if text[start] == "任" and start + 1 in admin_starts:
                    continue  # 本人|任|曹县县长: “served as”, then the place and the title
                if (start, end) in admin_spans and text[end] in "省市县区旗州盟镇乡":
                    break  # 白沙|县长, 白沙|县委常委: the place and its level's title
                if text[end - 1] == text[end]:
                    break  # 卫健局|局长, 派出所|所长: the unit and its head, no name
                if start and (
                    text[start - 1].isdigit()
                    or text[start - 1] in _NUMERALS
                    or (text[start - 1] in "多余几" and text[start] in "位名个")
                ):
                    break  # 43|位特困|老人, 四十多|位慢病老人: a measure word after a count
                if (
                    length == 2
                    and text[start] in _PREPOSITION_SURNAMES
                    and text[start + 1] in self.rules.surnames
                    and (start == 0 or not _CJK.match(text[start - 1]))
                ):
                    break  # ，向|林先生表示感谢: a preposition before a surname and title
                name_end = self._name_at(text, start)
                if (name_end == end or (long_title and name_end == end + 1)) and (
                    start == 0 or not _CJK.match(text[start - 1]) or ctx.word_start(start)
                ):
                    if (
                        text.startswith(_GROUP_TITLES, end)
                        and end - start == 2
                        and ctx.is_word(text[start:end])
                    ):
                        break  # 师生代表, 职工代表: a group, not a person
                    given = text[start + 1 : end]
                    named_after_break = (  # 官道口的|何满仓同志: 满仓 is a verb and a name
                        start
                        and text[start - 1] in "的、，：；"
                        and self.rules.given_score(given) >= 4.5
                    )
                    if text[start] in "原前现时" and ctx.is_word(given):
                        break  # 镇|原党委书记: “former”, an organ and the title, no name
                    if text[start] == "任" and text.endswith(_APPOINTED_BEFORE, 0, start):
                        break  # 同志|任|党组书记: “appointed as”, no surname
                    if end - start == 3 and (
                        set(text[start:end]) & _NOT_IN_NAMES
                        or (
                            ctx.is_word(given)
                            and str(ctx.jieba.tag(given)[0][1])[:1] in "vdmr"
                            and not named_after_break
                        )
                        or (
                            self._common_word(ctx, text[start : start + 2])
                            and self.rules.given_score(given) < _GIVEN_LIKELY_WORD
                        )
                    ):
                        break  # 党|执行委员会, 党|历次代表, 封锁|毛主席: a phrase before the title
                    if not ctx.in_mask(start, end):
                        start = self._dotted_start(text, start)  # 比尔·盖茨先生
                        self._add(spans, taken, ctx, start, end, "name before a title")
                    break
        self._after_roles_cut(ctx, spans, taken)  # last: every pass above reads more
        self._given_word_after_roles(ctx, spans, taken)
        return spans

    def _given_word_after_roles(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """负责人李向前|说, 村医王建设|把…: a listed role, a surname and a given name that
        is a word (向前, 建设), where a clause break, a verb of saying or 把 follows: the
        frame, not the word, carries the reading (a name that is a word whole, 方圆, is
        _word_names_after_roles')."""
        text = ctx.text
        held = self._held(ctx)

        def firm(e: int) -> bool:
            return (
                e == len(text)
                or text[e] in "，。；：、！？"
                or text.startswith(_SAYING, e)
                or text.startswith(("笑称", "笑言", "把", "将"), e)
            )

        for rs, i, role in self._role_words(ctx):
            if i + 3 > len(text) or i in taken or i in held:
                continue
            if role not in self._listed_roles or not ctx.word_start(rs):
                continue
            if (
                text[i] not in self.rules.surnames
                or text[i] in _NOT_SURNAMES_HERE
                or self.surname_scores.get(text[i], -9.0) < 1.0
                or ctx.is_word(role + text[i])
            ):
                continue
            end = i + 3
            given = text[i + 1 : end]
            if (
                len(given) != 2
                or not firm(end)
                or not ctx.is_word(given)
                or self.rules.given_score(given) < _FRAME_GIVEN_WORD  # (和|群众, 查|风口)
                or not _CJK_RUN.fullmatch(given)
                or set(given) & _NAME_PARTICLES
                or given in self._addressed
                or given in self._title_words
                or given in ("同学", "同志", "小姐", "先生")  # (代表詹|同学说)
                or (ctx.is_word(text[i:end]) and not self._is_name_word(ctx, text[i:end]))
            ):
                continue
            if not held.isdisjoint(range(i, end)) or ctx.in_mask(i, end):
                continue
            if any(k in taken for k in range(i, end)):
                continue
            self._add(spans, taken, ctx, i, end, f"name after {role}, a word before a break")

    def _role_words(self, ctx: Context) -> list[tuple[int, int, str]]:
        """(start, end, word) of every listed role; end is past a padding space (worked
        out once per text: several passes ask)."""
        if self._role is None:
            return []
        memo = ctx.memo.get("role_words")
        if memo is None:
            memo = ctx.memo["role_words"] = self._find_role_words(ctx)
        return list(memo)

    @staticmethod
    def _held(ctx: Context) -> frozenset[int]:
        """Every position under a span of the recognizers before this one, levels aside
        (worked out once per text: a dozen passes ask, and those spans do not change
        while the person rules run)."""
        key = f"held:{len(ctx.spans)}"
        held = ctx.memo.get(key)
        if held is None:
            held = ctx.memo[key] = frozenset(
                k for sp in ctx.spans if sp.label != "LEVEL" for k in range(sp.start, sp.end)
            )
        return held

    def _find_role_words(self, ctx: Context) -> list[tuple[int, int, str]]:
        assert self._role is not None
        text = ctx.text
        found = []
        roles = self._listed_roles
        matches = list(self._role.find(text))
        ends_at: dict[int, int] = {}
        for s, e, _ in matches:
            ends_at[s] = max(ends_at.get(s, 0), e)
        for s, e, role in matches:
            # every role not inside a longer one: 援藏医生 holds 藏医 and 医生, and the
            # name after it follows 医生 (but 老党员 holds no 党员 of its own)
            if any(
                s2 <= s and e <= e2 and (s2, e2) != (s, e)
                for s2 in range(max(0, s - 6), s + 1)
                if (e2 := ends_at.get(s2, 0))
            ):
                continue
            if any(
                text[k : k + n] in self._role_set
                for k in range(max(s + 1, e - 2), e)
                for n in (3, 2)
                if k + n > e
            ):
                continue  # 采油工|程师: a role or title (工程师) begins inside it and runs on
            if text[e - 1 : e + 1] in roles and len(text[e - 1 : e + 1]) == 2:
                e, role = e + 1, role + text[e]  # 酿酒师傅: the role runs on into 师傅
            found.append((s, e, role))
        # “海河工匠”尹春和, “陇原巧手”王秀兰: an honour in quotes before the name
        found += [(m.start(), m.end(), m.group(0)) for m in _QUOTED_HONOUR.finditer(text)]
        # 管水员盘金妹, 护河员, 巡堤员: a job coined as verb + object + 员, no dictionary word
        ends = {e for _, e, _ in found}
        for m in _COINED_MEMBER.finditer(text) if "员" in text else ():
            s, e = m.start(), m.end()
            if (
                e not in ends
                and ctx.word_start(s)
                and not ctx.is_word(text[s:e])
                and not set(text[s : e - 1]) & (_FUNCTION_CHARS | _LEVEL_CHARS)
            ):
                found.append((s, e, text[s:e]))
        return sorted((s, e + (1 if text[e : e + 1] in " 　" else 0), r) for s, e, r in found)

    def _after_role_nouns(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """制茶师邓四妹在这里, 药商邸建国经营, 治沙人贺存良常说: a dictionary noun that ends
        like a role (role_suffixes) before a surname and two characters that read as a
        name (by the tagger or by how names are made) and end where a name may."""
        if self._role_suffix is None:
            return
        text = ctx.text
        occupied = [(s.start, s.end) for s in ctx.spans if s.label != "LEVEL"]
        for m in self._role_suffix.finditer(text):
            i = m.end()
            if i in taken or text[i] in _NOT_SURNAMES_HERE:
                continue
            role = next(
                (
                    text[i - n : i]
                    for n in (3, 2, 4)
                    if i - n >= 0 and ctx.is_word(text[i - n : i]) and ctx.word_start(i - n)
                ),
                "",
            )
            made = ""
            if (
                not role
                and text[i - 1] in "员师手工匠"
                and i >= 3
                and ctx.word_start(i - 3)
                and not ctx.is_word(text[i - 1 : i + 1])  # (水利工|程, 烧饼师|傅: a word on)
            ):
                # 修复师, 摔跤手, 护鸟员, 铸造工: a verb and its doer; 仪表工, 拉面师: a thing
                # and the worker who makes or tends it
                head = text[i - 3 : i - 1]
                tag = str(ctx.jieba.tag(head)[0][1]) if ctx.is_word(head) else ""
                if tag in ("v", "vn") or (tag == "n" and text[i - 1] in "工师匠"):
                    made = role = text[i - 3 : i]
            if not role or role in self._listed_roles:
                continue
            if not made and str(ctx.jieba.tag(role)[0][1]) != "n":
                continue  # 落户, 开工: not a person
            end = self._name_at(text, i)
            if end - i != 3 or ctx.is_word(text[i:end]) or set(text[i:end]) & _FUNCTION_CHARS:
                continue
            if self._parts_name(ctx, i) > end:
                continue  # 管护员索南才让: a longer name of known parts (the other rule's)
            given = text[i + 1 : end]
            if self._common_word(ctx, text[i : i + 2]) or self._common_word(
                ctx, text[end - 1 : end + 1]
            ):
                continue  # 文明|素养, 商学|兵: words run through the would-be name
            likely = self._likely(ctx, given)
            if not (self._read_as_name(ctx, i, end) or self.rules.given_score(given) >= likely):
                continue
            if not self._breaks(ctx, end) or any(a < end and i < b for a, b in occupied):
                continue
            if ctx.in_mask(i, end):
                continue
            self._add(spans, taken, ctx, i, end, f"name after {role}")

    def _after_roles_cut(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """律师温颖|轮流坐班, 讲解员朱小蔓|旺季, 援疆教师应晓峰|和: where the pass above
        found no name after a role, a surname and one or two characters the name model
        finds likely, cut where the next dictionary word begins (the third character is
        no name's where it opens a word with the fourth)."""
        text = ctx.text
        held = {k for sp in ctx.spans for k in range(sp.start, sp.end)}
        for rs, i, role in self._role_words(ctx):
            if i in taken or i in held or i + 2 > len(text):
                continue
            if (
                text[i] not in self.rules.surnames
                or text[i] in _NOT_SURNAMES_HERE
                or self.surname_scores.get(text[i], 0.0) < _TITLE_SURNAME
                or ctx.is_word(role + text[i])
                or (rs and ctx.is_word(text[rs - 1 : rs + 1]) and not ctx.word_start(rs))
            ):
                continue
            if self._part_runs(text, i) or self._part_runs(text, i + 1):
                continue  # 古丽巴哈尔, 李玛利亚: names of known parts, read by their pass
            end = self._cut_name(ctx, i)
            if (
                end
                and not any(k in taken or k in held for k in range(i, end))
                and not ctx.in_mask(i, end)
            ):
                self._add(spans, taken, ctx, i, end, f"name after {role}, cut at a word")

    def _cut_name(self, ctx: Context, i: int) -> int:
        """The end of a name of two or three characters at ``i`` where the word after it
        begins, or 0."""
        text = ctx.text
        is_word = ctx.is_word

        def opens(j: int) -> bool:
            """A word or a break begins at j."""
            return (
                j >= len(text)
                or text[j] in _NAME_BREAKS
                or text[j] in "和与及在是的等也都就还正又将把被从向对给为"
                or text.startswith(_SAYING, j)
                or is_word(text[j : j + 2])
                or is_word(text[j : j + 3])
            )

        def nr(word: str) -> bool:
            return [str(t) for _, t in ctx.jieba.tag(word)] == ["nr"]

        given = text[i + 1 : i + 3]
        score = self.rules.given_score(given)
        three = (
            len(given) == 2
            and bool(_CJK_RUN.fullmatch(given))
            and score >= _GIVEN_LIKELY
            and not set(given) & (_FUNCTION_CHARS | set("则乃即便若且"))
            and text[i + 3 : i + 4] not in ("着", "了", "过")  # (毕红|带着)
            # (温颖|轮流: 轮 opens the next word; but 徐晓东|来到, a name the model is sure of)
            and (score >= _GIVEN_SURE or not is_word(text[i + 2 : i + 4]))
            and (not is_word(text[i : i + 3]) or nr(text[i : i + 3]))
            and not is_word(text[i : i + 2])
            and opens(i + 3)
        )
        two = (
            bool(_CJK.match(text[i + 1 : i + 2]))
            and text[i + 1] not in _FUNCTION_CHARS
            and self.rules.given_char_score(text[i + 1], third=True) >= _GIVEN_KEEP_LAST
            and self.surname_scores.get(text[i], 0.0) >= 1.0  # (群众|封山, 烈士|敬献)
            and score < _GIVEN_SURE  # (马建国|一天: not 马建)
            and not is_word(text[i : i + 2])
            and i + 2 < len(text)
            and (
                text[i + 2] in _NAME_BREAKS
                or text[i + 2] in "和与及"
                or is_word(text[i + 2 : i + 4])
            )
        )
        if three and not (two and text[i + 2] in "和与及"):
            return i + 3
        return i + 2 if two else 0

    def _part_and_tail(self, ctx: Context, i: int) -> int:
        """The end of a name of a known two-character part and two more characters of
        known parts that make no word, closing the clause or before a verb of saying
        (尼玛江才，, 扎西次尔说), or 0."""
        text = ctx.text
        e = i + 4
        if e >= len(text) or text[i : i + 2] not in self.rules.name_parts:
            return 0
        tail = text[i + 2 : e]
        if (
            not all(c in self._part_chars for c in tail)
            or ctx.is_word(tail)
            or tail in self.rules.name_parts  # (two known parts: the other rules' name)
            or set(tail) & _FUNCTION_CHARS
        ):
            return 0
        if text[e] in "，。；、" or text.startswith(_SAYING, e):
            return e
        return 0

    def _after_roles(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """焊工高雪梅, 企业家蔡振南反映, 种植大户扎西多吉被评为: a name after a word for
        what a person is or does, where the name ends a clause or meets a verb."""
        text = ctx.text
        places = {
            k
            for sp in ctx.spans
            if sp.label in ("ADMIN", "LOCAL") and sp.length >= 2
            for k in range(sp.start, sp.end)
        }
        for rs, i, role in self._role_words(ctx):
            if i in taken or i >= len(text):
                continue
            tail = self._part_and_tail(ctx, i)
            if tail and not ctx.in_mask(i, tail):
                self._add(spans, taken, ctx, i, tail, f"name after {role}", parts=True)
                continue  # 管护员尼玛江才，, 驻村干部扎西次尔说: a known part and two more
            if i in places and not any(
                text.startswith(c, i) for c in self._compounds.get(text[i], ())
            ):
                continue  # (侨商|海南行: a place after the role; 南宫雅琴 is a name)
            if (
                text[i] in _NOT_SURNAMES_HERE
                and text[i] not in _PREPOSITION_SURNAMES
                and not self._part_runs(text, i)
                and not self._read_as_name(ctx, i, i + 3)
                and not self._sure_name(ctx, i)
            ):
                continue  # 游客|来阿尔山: a verb, no surname (not 其木格, 向翠莲, 那淑华)
            # (the role may end a longer noun: 老艺人, 社区民警, 苗族银匠, 特岗教师)
            if (
                rs
                and ctx.is_word(text[rs - 1 : rs + 1])
                and not ctx.word_start(rs)
                and not (  # 三元朱村|村医王秀芝: the place's suffix opens the role too
                    text[rs - 1] == text[rs]
                    and text[i] in self.rules.surnames
                    and self._sure_given(text[i + 1 : i + 3])
                    and not ctx.is_word(text[i : i + 3])
                    and self._breaks(ctx, i + 3)
                )
            ):
                continue  # 保护|工程, 国家: the role's first character ends another word
            if ctx.is_word(role + text[i]):
                continue  # 老师傅, 工人阶级: the role word runs on
            if text[i] in _PREPOSITION_SURNAMES and any(
                text.startswith(w, i + 1) and not set(w) & _KIN_CHARS for w in self._addressed
            ):
                continue  # 家属向|医生询问 (but 茶农向大姐): a preposition before a profession
            if text[i : i + 1] in _PREPOSITION_SURNAMES and self._read_as_name(ctx, i + 1, i + 3):
                if text[i + 1] in self.rules.surnames or text.startswith(role, i + 1):
                    continue  # 村民和|张三, 画师和|画师: a conjunction before a name or role
                if (
                    ctx.is_word(text[i + 1 : i + 3])
                    and self.rules.given_score(text[i + 1 : i + 3]) < _GIVEN_LIKELY
                ):
                    continue  # 老人和|孤儿: a conjunction and a noun
                if self._breaks(ctx, i + 3) and not ctx.in_mask(i, i + 3):  # 老板娘向翠莲说
                    self._add(spans, taken, ctx, i, i + 3, f"name after {role}")
                continue
            if (
                text[i] in self.rules.surnames
                and ctx.is_word(text[i : i + 2])
                and text[i : i + 2] not in self._role_set  # (党员|干部说: a role again)
                and (
                    (  # (业主方面|表示: 面 ends no given name)
                        text.startswith(_WORD_NAME_NEXT, i + 2)
                        and self.rules.given_char_score(text[i + 1], third=True) > -3.0
                    )
                    or (  # 教练和平等, 大户海燕、: a person's role, then a word the
                        # dictionary reads as a name where the clause or the list item ends
                        text[i + 2 : i + 3] in _WORD_NAME_ENDS
                        and not ctx.is_word(text[i + 2 : i + 4])  # (护理员晋升|等级)
                        and rs
                        and ctx.word_start(rs)
                        and ctx.word_start(i)
                        and self.surname_scores.get(text[i], 0.0) >= _TITLE_SURNAME
                        and self.rules.given_char_score(text[i + 1], third=True) >= _GIVEN_KEEP_LAST
                        and str(ctx.jieba.tag(text[i : i + 2])[0][1]) in ("nz", "nr")
                    )
                )
                and (
                    str(ctx.jieba.tag(text[i : i + 2])[0][1]) in ("n", "nz", "nr", "ns")
                    or (  # 网格员甘露/v|每天, 万里/m|每天: what a person does next decides
                        text.startswith(_WORD_NAME_NEXT, i + 2)
                        and str(ctx.jieba.tag(text[i : i + 2])[0][1]) in ("v", "t", "m")
                        and self.surname_scores.get(text[i], 0.0) >= 0.0
                        and text[i] not in _NOT_SURNAMES_HERE
                    )
                )
                and not ctx.in_mask(i, i + 2)
                and not (  # 民警尚志刚|在: a given name the model is sure of runs on
                    self._sure_given(text[i + 1 : i + 3])
                    and not ctx.is_word(text[i + 2 : i + 4])
                    and not ctx.is_word(text[i : i + 3])
                    and self._breaks(ctx, i + 3)
                )
            ):
                self._add(spans, taken, ctx, i, i + 2, f"name after {role}", parts=True)
                continue  # 果农杜鹃家的, 妻子白雪说: a name that is a word too
            parts = self._parts_name(ctx, i) or self._lone_part(ctx, i)
            if not parts and text[i] in self.rules.surnames:
                after = self._parts_name(ctx, i + 1)  # 艺人包乌力吉: a Han surname and a part
                if after - i >= 4 and not any(
                    n == 1 and e == after and text[i + 1 : e] in self.rules.wordlike_parts
                    for e, n in self._part_runs(text, i + 1)
                ):
                    parts = after
            if parts and parts > self._dotted_end(text, i) and not ctx.in_mask(i, parts):
                why = f"name after {role}"
                self._add(spans, taken, ctx, i, parts, why, parts=True)
                self._listed_after(ctx, parts, role, spans, taken)
                continue  # 牧民宝音, 渔把头那顺: known name parts
            end = max(self._name_at(text, i), self._dotted_end(text, i))
            end = self._and_in_name(ctx, i, end)
            sure = (  # 能手邴玉兰|荣获: a name the model is sure of, before a word
                end - i == 3
                and (ctx.word_start(end) or self._in_guessed_name(ctx, i, end))
                and not ctx.is_word(text[i:end])
                and self._sure_name(ctx, i)
            )
            ends = bool(end) and (
                self._breaks(ctx, end)
                or (end - i >= 3 and ctx.word_start(end) and self._is_name_word(ctx, text[i:end]))
                or sure
            )
            household = (  # 药农冉小琴家|种了, 果农谢满仓家的, though 琴家 is a word
                end - i == 3
                and text[end : end + 1] == "家"
                and not ctx.is_word(text[end : end + 2])
                and not ctx.is_word(text[i:end])
                and not set(text[i + 1 : end]) & (_FUNCTION_CHARS | set("则乃即便若且"))
                and text[end - 1 : end + 1] not in ("国家", "大家", "人家", "专家", "全家", "作家")
            )
            compound = next(
                (c for c in self._compounds.get(text[i], ()) if text.startswith(c, i)), ""
            )
            whole = (  # 志愿者慕容雪晴|利用: a compound surname and two characters
                not ends
                and bool(compound)
                and compound != "东方"
                and end - i == 4
                and not ctx.is_word(text[i + 2 : i + 4])
            )
            ends = ends or whole
            if not ends and not household and end - i == 3 and self._read_as_name(ctx, i, end - 1):
                end, ends = end - 1, self._breaks(ctx, end - 1)  # 企业家包晨|投资
            ends = ends or household
            # 负责人李向前|说: a surname and two characters before a verb of saying are a
            # name, whatever words the two make (向前, 高明)
            said = (
                end - i == 3
                and text[i] in self.rules.surnames
                and text.startswith(("说，", "说：", "说,", "说:"), end)
            )
            ends = ends or said
            if not ends or (not household and not said and self._phrase_not_name(ctx, i, end)):
                end = self._plain_name(ctx, i) or self._loose_name(ctx, i)
            else:
                plain = self._plain_name(ctx, i)
                han = text[i] in self.rules.surnames and end - i == 3 and self._breaks(ctx, end)
                if plain > end and plain - i >= 4 and not han:
                    end = plain  # 吉克木呷, not 吉克木 (but 毕秀英|正在, not 毕秀英正)
            if not end or ctx.in_mask(i, end):
                continue
            if household or whole:
                pass
            elif (
                not self._breaks(ctx, end)
                and not (
                    end - i >= 3 and ctx.word_start(end) and self._is_name_word(ctx, text[i:end])
                )
                and not (sure and end - i == 3)
            ):
                continue  # (老艺人聂士贵收徒: the tagger reads 聂士贵 as one name)
            else:
                end = self._trim(ctx, i, end)
            adverb = (  # 农技员田野|正带着: a name the dictionary knows, before an adverb
                end - i == 2
                and text[end : end + 1] in "正又也都就还"
                and self._is_name_word(ctx, text[i:end])
            )
            if not household and not adverb and not said and self._phrase_not_name(ctx, i, end):
                continue
            if (
                end - i == 2
                and not adverb
                and not (
                    end >= len(text)
                    or text[end] in _NAME_BREAKS
                    or text.startswith(_SAYING, end)
                    or text.startswith(("一家", "家的", "在", "的", "每", "等", "和"), end)
                    or self._read_as_name(ctx, i, end)
                    or (text[end] in _THIRD_OR_VERB and text[end + 1 : end + 2] in "的了着起出过")
                    or (  # 工作人员黄丽|入户核实: the text cuts a name, then a verb
                        ctx.word_start(i)
                        and ctx.word_start(end)
                        and self._is_name_word(ctx, text[i:end])
                        and not ctx.is_word(text[i:end])
                        and self._one_verb(ctx, text[end : end + 2])
                    )
                )
            ):
                continue  # 干部|包联服务: two characters alone are too weak after a role
            if end - i == 3 and text[end - 1] in "和与" and self._role_at(ctx, end):
                end -= 1  # 律师宗翔|和|设计师阚一鸣: a conjunction before the next role
            self._add(spans, taken, ctx, i, end, f"name after {role}")
            self._listed_after(ctx, end, role, spans, taken)

    def _role_at(self, ctx: Context, i: int) -> bool:
        """A listed role word (设计师, 村医) begins at ``i``."""
        return any(s == i for s, _, _ in self._role_words(ctx))

    def _and_in_name(self, ctx: Context, i: int, end: int) -> int:
        """尹春和|讲述, 詹永和|说: 和 ends a given name when a verb follows it, not a
        conjunction before another name (王芳和李明)."""
        text = ctx.text
        if (
            end - i == 2
            and text[end : end + 1] == "和"
            and end + 1 < len(text)
            and self._name_at(text, end + 1) == 0
            and (
                self._one_verb(ctx, text[end + 1 : end + 3])
                or text.startswith(("说，", "说：", "说,", "说:"), end + 1)
            )
        ):
            return end + 1
        return end

    def _word_named(self, ctx: Context, i: int) -> bool:
        """After a title, a two-character word at ``i`` is a name: a noun before a verb
        of saying (县委书记黄金说), a proper noun before any stop word (部长柯文宣读)."""
        text = ctx.text
        if i + 1 >= len(text) or self.rules.given_char_score(text[i + 1], third=True) <= -3.0:
            return False  # 经理方面|表示: 面 ends no given name
        tag = str(ctx.jieba.tag(text[i : i + 2])[0][1])
        if text.startswith(_WORD_NAME_NEXT, i + 2):
            if tag == "t":  # 镇长夏天说 (not 镇长明天说: 明 opens more words than names)
                return self.surname_scores.get(text[i], 0.0) >= _SURE_SURNAME
            return tag in ("n", "nz", "nr", "ns")  # (队长黄山来自…)
        return tag in ("nz", "nr") and text.startswith(self.rules.stops, i + 2)

    @staticmethod
    def _read_as_name(ctx: Context, i: int, end: int) -> bool:
        """The tagger, reading on past ``end``, takes text[i:end] as one personal name
        (企业家|包晨|投资, 焊工|亓峰|就是; not 干部|包联|服务)."""
        text = ctx.text
        k = _run_end(text, end, _NAME_BREAKS)
        tags = ctx.jieba.tag(text[i:k])
        return bool(tags) and tags[0][0] == text[i:end] and str(tags[0][1]).startswith("nr")

    def _after_labels(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """记录：唐小燕, 列席：沈瑞林、黎志坚: the names after a record's label and colon,
        up to the end of the clause (a title before a name is left to the title rule)."""
        assert self._labels is not None
        text = ctx.text
        for m in self._labels.finditer(text):
            if m.start() and _CJK.match(text[m.start() - 1]) and not ctx.word_start(m.start()):
                continue
            i = m.end()
            while i < len(text):
                end = max(self._name_at(text, i), self._dotted_end(text, i))
                if not end or not (end >= len(text) or text[end] in _LABEL_ITEM_ENDS):
                    end = self._plain_name(ctx, i)
                if not end:  # 记录人：县委办公室上官琳: the name after the writer's unit
                    k = i
                    while k < len(text) and k - i < 16 and text[k] not in _LABEL_ITEM_ENDS:
                        k += 1
                    if _PADDED.match(text, k - 1):
                        k += 2  # 列席：包村干部孙 鹏: a name padded with a space ends the item
                    j = next(
                        (
                            j
                            for j in range(max(i + 2, k - 4), k - 1)
                            if text[j - 1] in _UNIT_ENDS and self._list_item(ctx, j, k)
                        ),
                        -1,
                    )
                    if j > 0:
                        i, end = j, k
                if not end or i in taken or ctx.in_mask(i, end):
                    break
                if not (end >= len(text) or text[end] in _LABEL_ITEM_ENDS):
                    break
                parts = self._parts_name(ctx, i) == end  # 记录人：尼玛 (a word, and a name)
                why = f"name after {m.group(0).strip()}"
                n = len(spans)
                self._add(spans, taken, ctx, i, end, why, parts=parts)
                if len(spans) > n:  # a record's label outranks a county of the same name
                    spans[-1] = replace(spans[-1], score=0.9)
                if end >= len(text) or text[end] not in "、，,及和与":
                    break  # (参会人员：苏雅拉图、张海峰、高娃及各苏木镇负责同志)
                i = end + 1

    def _cued_name(self, ctx: Context, i: int) -> int:
        """After a title: 2–4 characters that make no word, then what only follows a
        person in a news release (陪同, 出席, 一行, 主持 …) are a name whatever its
        characters (其其格, 苏和, 才让当周; not 市长|全程陪同 or 书记|和市长出席)."""
        text = ctx.text
        for k in (i + 2, i + 3, i + 4):
            if k >= len(text) or not text.startswith(_NAME_CUES, k):
                continue
            name = text[i:k]
            if (
                not _CJK_RUN.fullmatch(name)
                or name[0] in _CONJUNCTIONS
                or set(name) & _NOT_IN_CUED  # 县长均未出席, 市长因故未出席: no name
                or text.startswith(self.rules.stops, i)
                or any(
                    len(stop) > 1 and stop in name[1:] for stop in self.rules.stops
                )  # (书记|和市长)
                or ctx.is_word(name)
                or any(ctx.is_word(name[j:]) for j in range(1, len(name) - 1))
            ):
                return 0
            return k
        return 0

    def _loose_name(self, ctx: Context, i: int) -> int:
        """After a title or role: a surname and two characters that begin with a word
        (蓝海生, 海文俊) are a name when the three are no word and a clause end, stop word
        or verb follows them (0 otherwise)."""
        text, end = ctx.text, i + 3
        if end > len(text) or text[i] not in self.rules.surnames:
            return 0
        if not _CJK_RUN.fullmatch(text[i:end]) or ctx.is_word(text[i:end]):
            return 0
        if text.startswith(self.rules.stops, i + 1) or text.startswith(self.rules.stops, i + 2):
            return 0
        if not self._breaks(ctx, end) or self._phrase_not_name(ctx, i, end):
            return 0
        head = str(ctx.jieba.tag(text[i : i + 2])[0][1])
        if (
            head not in ("ns", "nz")
            and not head.startswith("nr")
            and self.rules.given_score(text[i + 1 : end]) < _GIVEN_SURE
            and not (text[i + 1 : end] in self.rules.address_words and text[i] not in _CONJUNCTIONS)
        ):
            return 0  # 储蓄|存款, 农民|利益有: a common word, no name's start (申明礼 is one)
        return end

    def _phrase_not_name(self, ctx: Context, i: int, end: int) -> bool:
        """农民|富起来, 劳动者|来实现: after a role word, a surname-like character and a
        verb, adverb or particle make a phrase, not a name."""
        text = ctx.text
        name = text[i:end]
        if len(name) > 3 or set(name) & set(_DOTS) or " " in name or "　" in name:
            return False  # 龙 飞: a name padded to three characters is a name
        if set(name) & _NAME_PARTICLES:
            return True  # 高得多
        if (
            ctx.is_word(name)
            and (len(name) == 2 or not self._is_name_word(ctx, name))
            and not self._proper_name_word(ctx, name)
        ):
            return True  # 荣誉, 高峰会: a word, however the tagger reads it (朱建国 is a name)
        given = name[1:]
        if name[0] in self.rules.surnames and given in self.rules.address_words:
            return name[0] in _CONJUNCTIONS  # 种植户于|大姐: a surname before a form of address
            # (教师和|校长: a conjunction)
        listed = text.startswith(("等", "同志"), end) or (  # 楼建新、申屠敏华: names listed
            text.startswith("、", end) and self._name_at(text, end + 1) > 0
        )
        tag = str(ctx.jieba.tag(given)[0][1]) if len(given) == 2 and ctx.is_word(given) else ""
        if tag and not listed:
            if (
                ctx.is_word(name)
                and self._common_word(ctx, name[:2])
                and tag in ("n", "vn", "nz")
                and not (  # 徐海波, 林海峰: the dictionary's name, of name characters
                    str(ctx.jieba.tag(name)[0][1]) == "nr"
                    and self.rules.given_score(given) >= _GIVEN_WORD_NAME  # (高峰会 8.2)
                )
            ):
                return True  # 高|峰会 (the tagger's nr), not 朱|建国, 纳金花
            tags = ctx.jieba.tag(name)
            if (
                len(tags) > 1
                and str(tags[0][1])[:1] in "vdpc"
                and str(tags[1][1])[:1] != "n"
                and self.rules.given_score(given) < _GIVEN_VERB_SPLIT
            ):
                return True  # 群众|查清楚: a verb and a word (not 老党员安启明: 启明 10.9)
        if (
            len(given) == 2
            and name[0] in self.rules.surnames
            and not set(name) & _FUNCTION_CHARS
            and self.rules.given_score(given) >= self._likely(ctx, given)
        ):
            return False  # 渔民符海生, 返乡青年仲启航: characters names are made of
        if tag and not listed and tag[:1] in ("v", "d", "a", "m", "u", "p", "c", "r", "f"):
            return True
        tags = ctx.jieba.tag(name)
        if len(tags) == 2 and str(tags[1][1]).startswith(("nr", "ns")):
            return False  # 付|小川, 修|振国: a verb-like surname before a given name
        return len(tags) > 1 and str(tags[0][1])[:1] in ("v", "d", "p", "c")

    def _proper_name_word(self, ctx: Context, name: str) -> bool:
        """工人|马建国/ns: a dictionary proper noun of a surname and a given name the model
        is sure of reads as the name (张家港, 王府井 have no such given name)."""
        return (
            len(name) == 3
            and name[0] in self.rules.surnames
            and self.rules.given_score(name[1:]) >= _GIVEN_SURE
            and str(ctx.jieba.tag(name)[0][1])[:2] in ("ns", "nr", "nz")
        )

    def _listed_after(
        self, ctx: Context, end: int, title: str, spans: list[Span], taken: set[int]
    ) -> None:
        """劳动模范陈兴安、上官晓雯, 护边员次仁旺姆和格桑旺堆: more names listed after the
        first one a title or role named."""
        text = ctx.text
        if not spans or spans[-1].end != end:
            return  # the first name did not count
        while end + 1 < len(text) and text[end] in "、和":
            i = end + 1
            nxt = max(self._name_at(text, i), self._dotted_end(text, i), self._plain_name(ctx, i))
            if (
                nxt == i + 2
                and text[i + 3 : i + 4] in ("等", "、")
                and self._list_item(ctx, i, i + 3)
                and not ctx.is_word(text[i : i + 3])
            ):
                nxt = i + 3  # 汪翠萍、詹永和等: the last item's third character is no 和
            if not nxt or i in taken or ctx.in_mask(i, nxt) or not self._breaks(ctx, nxt):
                return
            if ctx.is_word(text[i:nxt]) and not self._is_name_word(ctx, text[i:nxt]):
                return
            if self._role_at(ctx, nxt):
                return  # 儋州选手符永强、文昌|选手云海燕: the next item's place and role
            nxt = self._trim(ctx, i, nxt)  # 王芳和李明|讲述
            if (
                nxt - i == 3
                and _CJK_RUN.fullmatch(text[i:nxt]) is not None
                and ctx.is_word(text[i + 2 : i + 4])
                and not ctx.is_word(text[i + 1 : i + 3])
                and self.rules.given_score(text[i + 1 : i + 3]) < _GIVEN_SURE
                and not ctx.is_word(text[i : i + 2])
            ):
                nxt = i + 2  # 冉立伟、朱桐|连续研判: the third character opens a word
            self._add(spans, taken, ctx, i, nxt, f"listed after a name after {title}")
            end = nxt

    def _verb_after_title(self, ctx: Context, i: int, end: int) -> bool:
        """After a title or a word for a person, a verb made of the would-be surname and
        the next character (来过, 敬礼, 周转) or a verb right after it (来|采访) is what
        that person does, unless the given name is one the model finds likely."""
        text = ctx.text
        if not 2 <= end - i <= 3 or self.rules.given_score(text[i + 1 : end]) >= _GIVEN_LIKELY:
            return False
        if text[i - 1 : i] in (" ", "　"):
            return False  # 区长 张工|作了部署: a name padded off its title
        for word in (text[i : i + 2], text[i + 1 : i + 3]):
            if len(word) == 2 and ctx.is_word(word):
                tag = str(ctx.jieba.tag(word)[0][1])
                if tag in ("v", "vn", "vd"):
                    return True
        return False

    def _breaks(self, ctx: Context, end: int) -> bool:
        """A name may end at ``end``: the clause ends, a stop word or a verb begins."""
        text = ctx.text
        if end >= len(text) or text[end] in _NAME_BREAKS:
            return True
        if text.startswith(self.rules.stops, end) or text.startswith(self.rules.after, end):
            return True
        if text.startswith(("家", "一家", "夫妇", "老人"), end) and not ctx.is_word(
            text[end - 1 : end + 1]
        ):
            return True  # 其木格家饲养了: the person's household (not 强则国|家)
        k = _run_end(text, end, _NAME_BREAKS)
        tags = ctx.jieba.tag(text[end:k])
        if not tags:
            return False
        if str(tags[0][1])[:1] in ("v", "d", "p", "c", "t", "r", "m", "u", "f", "l"):
            return True  # (朱大海|上岸后: the tagger's f; 汪家兰|正忙着: l)
        if str(tags[0][1]) == "a" and len(str(tags[0][0])) >= 2:
            return True  # 许美玲|连续三年, 王一诺|主动: an adjective doing an adverb's work
        if str(tags[0][0]) in _NAME_THEN or text.startswith(_NAME_THEN_START, end):
            return True  # 司马春生|建议: verbs the tagger reads as nouns
        if (
            text[end] in _ADVERB_OPENERS
            and not ctx.is_word(text[end - 1 : end + 1])
            and end + 1 < k
            and str(ctx.jieba.tag(text[end + 1 : k])[0][1])[:1] == "v"
        ):
            return True  # 马占福|常带我: an adverb and a verb the tagger read as one noun
        # the tagger may misread a verb in a short run (扎根|山村 as places): its own tag
        word = str(tags[0][0])
        return len(word) >= 2 and ctx.is_word(word) and str(ctx.jieba.tag(word)[0][1])[:1] == "v"

    def _part_runs(self, text: str, i: int) -> list[tuple[int, int]]:
        """(end, parts) of every run of up to three name parts from ``i`` (eight
        characters at most); a Yi clan name counts only before a part (吉克|曲布), a
        word-like part (乌云) only beside another part."""
        rules, runs = self.rules, []
        frontier = [(i, 0, 0)]  # position, parts, word-like or clan parts among them
        while frontier:
            k, n, weak = frontier.pop()
            if n == 3:
                continue
            for length in self._part_lengths:
                piece = text[k : k + length]
                if k + length - i > 8 or len(piece) < length:
                    continue
                if piece in rules.name_parts:
                    w = weak + (piece in rules.wordlike_parts)
                elif n == 0 and piece in rules.clans:
                    w = weak + 1
                else:
                    continue
                frontier.append((k + length, n + 1, w))
                if n + 1 >= 2 or not w:
                    runs.append((k + length, n + 1))
                    tail = k + length
                    if (  # 多杰|加, 岩罕|叫: one more syllable of the same people's names
                        tail < len(text)
                        and text[tail] in rules.part_tails.get(piece, ())
                        and tail + 1 - i <= 8
                        and not (
                            self._jieba is not None and self._jieba.has_word(text[tail : tail + 2])
                        )
                    ):
                        runs.append((tail + 1, n + 1))
        return runs

    def _to_saying(self, ctx: Context, i: int, end: int) -> int:
        """Where a name without a Han surname that stopped short of a verb of saying
        ends: its characters run on to the verb (格桑次里|说, 阿克以则|表示)."""
        text = ctx.text
        chars = self.rules.name_chars | self.rules.transliteration
        for j in range(end + 1, min(end + 3, i + 6) + 1):
            if not text.startswith(_SAYING, j):
                continue
            run = text[end:j]
            if all(c in chars for c in run) and not any(
                ctx.is_word(run[k : k + 2]) for k in range(len(run) - 1)
            ):
                return j
            break
        return end

    def _lone_part(self, ctx: Context, i: int) -> int:
        """End of one word-like name part at ``i`` (苏和, 乌云) where a name may end: a
        name after a word for a person (牧民苏和和妻子), though alone it is a word."""
        text = ctx.text
        for length in self._part_lengths:
            end = i + length
            if (
                text[i:end] in self.rules.wordlike_parts
                and self._breaks(ctx, end)
                and self._name_at(text, i) <= end  # (not 苏和|平: a Han name goes on)
            ):
                return end
        return 0

    def _parts_name(self, ctx: Context, i: int, alone: bool = False) -> int:
        """End of the longest name of known parts at ``i`` that is no dictionary word and
        ends where a name may (0 when none); ``alone`` asks for two parts or more."""
        text = ctx.text
        for end, n in sorted(self._part_runs(text, i), reverse=True):
            if (alone and n < 2) or (end < len(text) and text[end] in _DOTS):
                continue  # (阿不都热合曼|·吐尔逊: the name goes on past the dot)
            name = text[i:end]
            if alone and ctx.is_word(name) and not self._tagged_one(ctx, name, "n"):
                continue  # (a word of parts is a name when the tagger reads it as a noun)
            if (
                self._breaks(ctx, end)
                or (
                    (n >= 2 or end - i >= 4)
                    and ctx.word_start(end)
                    and self._common_word(ctx, text[end : end + 2])
                )
                # 牧民央金|家门口: the person's household
                or (
                    text.startswith("家", end)
                    and text[end - 1 : end + 1] not in ("国家", "大家", "人家", "专家", "作家")
                )
            ):
                return end  # (努尔曼古丽|普通话: two parts and a word after them)
        return 0

    def _name_ending(self, ctx: Context, end: int) -> int:
        """Start of a name (surname and one or two characters) that ends at ``end`` and
        begins a word, or -1."""
        text = ctx.text
        for start in (end - 4, end - 3, end - 2):  # the longest first (皇甫桂芝, not 桂芝)
            if start < 0 or self._name_at(text, start) != end:
                continue
            if end - start == 4 and not text.startswith(self.rules.compound_surnames, start):
                continue
            if start and _CJK.match(text[start - 1]) and not ctx.word_start(start):
                continue
            name = text[start:end]
            if not ctx.is_word(name) or self._is_name_word(ctx, name):
                return start
        return -1

    def _couples(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """熊家明和皇甫桂芝夫妻俩, 林秋生与林小满父女: two names joined by 和/与 before a
        word for the pair they make."""
        text = ctx.text
        for m in _PAIR_OF_PEOPLE.finditer(text):
            b = self._name_ending(ctx, m.start())
            if b < 1 or text[b - 1] not in "和与":
                continue
            a = self._name_ending(ctx, b - 1)
            if a < 0 or ctx.in_mask(a, m.start()):
                continue
            for s, e in ((a, b - 1), (b, m.start())):
                if s not in taken:
                    self._add(spans, taken, ctx, s, e, f"one of a pair ({m.group(0)})")

    def _names_of_parts(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """吉克曲布一家住进了新房, 才让东智的工作室: two known name parts or more stand
        as a name wherever they begin a word and end where a name may."""
        if self._part_heads is None:
            return
        text, k = ctx.text, 0
        occupied = [(s.start, s.end) for s in ctx.spans if s.label != "LEVEL"]
        for i in self._part_starts(ctx):
            if i < k:
                continue  # inside the name just found
            if i in taken or (
                i
                and _CJK.match(text[i - 1])
                and text[i - 1] not in _BEFORE_PARTS
                and not ctx.word_start(i)
                and ctx.is_word(text[i - 1 : i + 1])
                and not (i >= 2 and ctx.is_word(text[i - 2 : i]))
            ):
                continue  # (主人|泽仁拉姆, 主人|格桑卓玛: the tagger's words may straddle it)
            end = self._parts_name(ctx, i, alone=True)
            if not end or ctx.in_mask(i, end):
                continue
            if any(a < end and i < b and (a < i or b > end) for a, b in occupied):
                continue  # a place runs across the name's edge (西平 inside 益西平措 is fine)
            self._add(spans, taken, ctx, i, end, "a name of known parts", parts=True)
            k = end

    def _part_starts(self, ctx: Context) -> list[int]:
        """Where a known name part may begin (worked out once per text: two passes ask)."""
        found = ctx.memo.get("part_starts")
        if found is None:
            assert self._part_heads is not None
            found = ctx.memo["part_starts"] = [i for i, _, _ in self._part_heads.find(ctx.text)]
        return list(found)

    def _lone_parts(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """图瓦人巴图做了…, 央金给我们翻译, 卓玛阿妈八十多岁了, 扎西、边巴、小何和我: one
        known name part is a whole name for many Tibetan, Mongolian, Yi and Dai people;
        it stands as one after a word for a person or a title, or where a clause or a
        list item opens and a verb, a form of address or the next item follows. Parts
        that are words too (乌兰, 苏和) are left to the frames that ask more."""
        if self._part_heads is None:
            return
        text = ctx.text
        held = self._held(ctx)
        role_ends: set[int] | None = None  # (worked out only where a part stands)
        role_starts: set[int] = set()
        for i in self._part_starts(ctx):
            if i in taken or i in held:
                continue
            if role_ends is None:
                roles = self._role_words(ctx)
                role_ends = {e for _, e, _ in roles}
                role_starts = {s for s, _, _ in roles}
                role_ends |= {m.end() for m in self._after_title.finditer(text)}
            end = next((e for e, n in sorted(self._part_runs(text, i), reverse=True) if n == 1), 0)
            name = text[i:end]
            if not end or name in self.rules.wordlike_parts or name[:2] in self._addressed:
                continue  # (阿妈拉: a form of address)
            if ctx.is_word(name) and not self._tagged_one(ctx, name, "n"):
                continue  # (a word of another kind: a verb, an adjective)
            if any(k in held for k in range(i, end)) or ctx.in_mask(i, end):
                continue
            if end < len(text) and (text[end] in _DOTS or self._part_runs(text, end)):
                continue  # (the name goes on: 才让|东智, read by _names_of_parts)
            after_role = (
                i in role_ends
                or (  # 图瓦人|巴图: a coined word for a person
                    self._role_suffix is not None
                    and self._role_suffix.match(text, i - 1) is not None
                    and any(
                        i - k >= 0 and ctx.word_start(i - k) and ctx.is_word(text[i - k : i])
                        for k in (2, 3)
                    )
                )
            )
            opens = (
                i == 0 or text[i - 1] in _LONE_PART_BEFORE or text.endswith(_LONE_PART_LEADS, 0, i)
            )
            if not (after_role or opens) or (not after_role and not ctx.word_start(i)):
                continue
            follows = (
                text.startswith(_SAYING, end)
                or text.startswith(self._long_address, end)
                or text.startswith(("家", "一家", "之手"), end)
                or end in role_starts  # 卓玛|阿妈, 扎西|老人
                or (text[end : end + 1] == "、" and text[end + 1 : end + 2] != "")
                or (text[i - 1 : i] == "、" and text[end : end + 1] in ("和", "与", "等"))
                or self._subject_verb(ctx, end)
            )
            if not (follows or (after_role and text[end : end + 1] in _NAME_BREAKS)):
                continue
            if (
                not ctx.word_start(end)
                and not text.startswith(self._long_address, end)
                and ctx.is_word(text[end - 1 : end + 1])
            ):
                continue  # (the part runs into a word: not the tagger's 次仁家)
            if any(ctx.is_word(text[i : end + k]) for k in (1, 2)):
                continue  # 扎西|德勒: the part opens a longer word
            cover = ctx._covering(i)
            if (
                cover is not None
                and cover[1] > end
                and (
                    not self._tagged_one(ctx, text[cover[0] : cover[1]], "n")
                    or text[cover[1] - 1] in _FLOWER_ENDS
                )
            ):
                continue  # 格桑花: the segmenter reads the part into a word of its own
            listed = text[i - 1 : i] == "、" or text[end : end + 1] == "、"
            if (
                listed
                and not after_role
                and not (
                    (text[i - 1 : i] == "、" and self._person_item_ends(ctx, spans, i - 1))
                    or (
                        text[end : end + 1] == "、"
                        and self._person_item_starts(ctx, spans, end + 1)
                    )
                )
            ):
                continue  # 策克、满都拉等口岸: a list of places, not of people
            self._add(spans, taken, ctx, i, end, "a name of one known part", parts=True)

    def _person_item_ends(self, ctx: Context, spans: list[Span], e: int) -> bool:
        """A person found ends at ``e``, or a name of known parts or a surname with 老/小
        (小何) is the list item before it."""
        if any(sp.end == e for sp in spans):
            return True
        text = ctx.text
        return any(
            e - k >= 0 and (text[e - k : e] in self.rules.name_parts) for k in (2, 3, 4)
        ) or (e >= 2 and text[e - 2] in "老小" and text[e - 1] in self.rules.surnames)

    def _person_item_starts(self, ctx: Context, spans: list[Span], s: int) -> bool:
        """A person found starts at ``s``, or a name of known parts or 老/小 and a
        surname opens the list item there."""
        if any(sp.start == s for sp in spans):
            return True
        text = ctx.text
        return bool(self._part_runs(text, s)) or (
            text[s : s + 1] in "老小" and text[s + 1 : s + 2] in self.rules.surnames
        )

    def _plain_name(self, ctx: Context, i: int) -> int:
        """End of a name of 3–6 ``name_chars`` at ``i`` (0 when none): 扎西多吉, 其木格."""
        parts = self._parts_name(ctx, i)
        if parts:
            return parts  # 那仁|满都拉, 宝音: known parts know where the name ends
        text, chars = ctx.text, self.rules.name_chars
        k = i
        while k < len(text) and k - i < 6 and text[k] in chars:
            # a stop word ends the run (次仁旺姆|和), but 都 may stand inside (那仁满都拉)
            if k > i and text.startswith(self.rules.stops, k) and text[k] != "都":
                break
            k += 1
        head = text[i : i + 2]
        tag = str(ctx.jieba.tag(head)[0][1]) if ctx.is_word(head) else "nr"
        if not (tag in ("n", "ng", "ns") or tag.startswith("nr")):
            return 0  # 安排, 多次, 马上, 英明: another word, not the start of a name
        for end in range(
            k, i + 2, -1
        ):  # the longest run that ends where a name may (次仁卓嘎|扎根)
            if ctx.is_word(text[i:end]) and not self._is_name_word(ctx, text[i:end]):
                continue
            if self._breaks(ctx, end):
                return end
        return 0

    def _trim(self, ctx: Context, i: int, end: int) -> int:
        """黄蕾|三年: a surname and two characters whose last starts a word with what
        follows is a surname and one."""
        text = ctx.text
        compound = next((c for c in self.rules.compound_surnames if text.startswith(c, i)), "")
        if (
            end - i == (len(compound) or 1) + 2
            and text[end - 1] in "正又也都就还"
            and self._is_name_word(ctx, text[i : end - 1])
            and (text[end + 1 : end + 2] == "着" or self._one_verb(ctx, text[end : end + 2]))
        ):
            return end - 1  # 农技员田野|正带着: a name the dictionary knows, then an adverb
        if (
            end - i == (len(compound) or 1) + 2
            and text[end - 1] in "曾所将已"
            and self._is_name_word(ctx, text[i : end - 1])
            and not self._is_name_word(ctx, text[i:end])
        ):
            return end - 1  # 诗人李白|曾有过, 李白|所说: a name the dictionary knows, a particle
        if (
            end - i == (len(compound) or 1) + 2
            and text[end - 1] in _THIRD_OR_VERB
            and (
                end >= len(text)
                or text[end] in "的了着起出过上里一在我你他她后完"  # (艾静|听完)
                or (  # 狄秋|带动, 栗秋|开办: the character opens a verb of two
                    ctx.is_word(text[end - 1 : end + 1])
                    and self._tagged_one(ctx, text[end - 1 : end + 1], "v")
                )
                # 刘振|去看望, 岳明|来调研: a verb of going before another verb
                or (text[end - 1] in "去来" and self._one_verb(ctx, text[end : end + 2]))
            )
            and self.rules.given_third.get(text[end - 2], 0) >= 5
            and not ctx.is_word(text[i:end])  # (the tagger's guess at unknown names is no help)
        ):
            return end - 1  # 余静|家的, 韩梅|开的, 马兰|带着, 昝丽|带我们: a name and a verb
        if (
            end - i == (len(compound) or 1) + 2
            and text[end : end + 1] == "着"
            and not ctx.is_word(text[end : end + 2])  # (李建国|着手)
            and self._tagged_one(ctx, text[end - 1], "v")
            and not ctx.is_word(text[i:end])
        ):
            return end - 1  # 谭怡|笑着说: the last character and 着 are a verb going on
        if (
            end - i >= 3
            and self.rules.given_score(text[end - 2 : end]) >= _GIVEN_KEEP
            and self.rules.given_char_score(text[end - 1], third=True) >= _GIVEN_KEEP_LAST
            and not self._common_word(ctx, text[i : i + 2])
            and not (  # (陈丽|连夜排查: an adverb or time word opens on the last character)
                end < len(text)
                and ctx.is_word(text[end - 1 : end + 1])
                and self._tagged_one(ctx, text[end - 1 : end + 1], "dt")
            )
        ):
            return end  # 余成林|带着: 成林 is most likely the given name (not 文明素|养)
        if (
            end - i == (len(compound) or 1) + 2
            and end < len(text)
            and not text.startswith(self.rules.stops, end)  # 吴承志|在 (志在 an adverb)
            and not (ctx.is_word(text[i:end]) and self._is_name_word(ctx, text[i:end]))
            and ctx.is_word(text[end - 1 : end + 1])
            and self._tagged_one(ctx, text[end - 1 : end + 1], "dptv")
            and (
                text.startswith(_SAYING, end - 1)
                or self._tagged_one(ctx, text[end - 1 : end + 1], "dpt")
            )
        ):
            return end - 1  # 夏雨|告诉, 玉香|正在, 欧阳翠|一边: a verb of saying or an adverb
        if (
            end - i == 3
            and end + 1 <= len(text)
            and text[i] in self.rules.surnames
            and ctx.is_word(text[end - 1 : end + 1])
            and (
                self._tagged_one(ctx, text[end - 1 : end + 1], "v")
                or text[end - 1 : end + 1] in _NAME_THEN  # 玉罕|商量 (商量/n)
            )
            and not ctx.is_word(text[i:end])
            and self.rules.given_char_score(text[end - 1], third=True) < _GIVEN_KEEP_LAST
            and self.rules.given_char_score(text[i + 1], third=True) >= _GIVEN_KEEP_LAST
            and not text.startswith(self.rules.stops, end)  # 胡秋实|在 (实在)
            and not text.startswith(_SAYING, end)  # 邢丽|补充说 but 蓝天明|说 (明说)
        ):
            return end - 1  # 孙丽|协调, 仲海|提醒: a name, then a verb (协, 提 end no name)
        if (
            end - i == 3
            and text[i] in self.rules.surnames
            and end < len(text)
            and ctx.is_word(text[end - 1 : end + 1])
            and not text.startswith(self.rules.stops, end)  # 吴承志|在, not 吴承|志在
            and (
                # 汪毅|通报了, whatever the tagger (not 习近平|通过, 隆桂花|带着)
                (
                    text[end + 1 : end + 2] in ("了", "着", "过")
                    and not ctx.is_word(text[end : end + 2])
                    and self._tagged_one(ctx, text[end - 1 : end + 1], "vn")  # (not 良种/m)
                )
                or (
                    not self._is_name_word(ctx, text[i:end])
                    and (ctx.word_start(end - 1) or self._one_verb(ctx, text[end - 1 : end + 1]))
                )
            )
        ):
            return end - 1  # 黄蕾|三年: the last character begins another word
        return end

    @staticmethod
    def _tagged_one(ctx: Context, word: str, kinds: str) -> bool:
        """The tagger reads ``word`` as one word of one of ``kinds`` (first letters)."""
        tags = ctx.jieba.tag(word)
        return len(tags) == 1 and str(tags[0][1])[:1] in kinds

    @staticmethod
    def _one_verb(ctx: Context, word: str) -> bool:
        """The tagger reads ``word`` as one verb (宣读; not 花带 as 花|带)."""
        tags = ctx.jieba.tag(word)
        return len(tags) == 1 and str(tags[0][1]).startswith("v")

    def _dotted_names(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """托马斯·施密特说, 他叫马可·罗西, 牧民杜拉尔·敖登等: a 间隔号 between parts made of
        transliteration characters joins a foreign or minority person's name wherever it
        stands; not places joined by it (中国·重庆) nor words (丝路·长安)."""
        text = ctx.text
        if not any(d in text for d in _DOTS):
            return
        occupied = set(self._held(ctx))
        occupied |= {k for sp in spans for k in range(sp.start, sp.end)}
        chars = self._dot_chars
        role_ends = {e for _, e, _ in self._role_words(ctx)}
        for m in re.finditer(f"[{_DOTS}]", text):
            k = m.start()
            start = self._dotted_start(text, k + 1)
            # 老阿肯|加尔肯·吐尔逊别克: a word for a person ends inside the run
            start = max([start, *(e for e in role_ends if start < e < k - 1)])
            opener = self._dotted_opener(ctx, start, k)
            start += opener
            if start >= k or start in taken or k - start > 5:
                continue  # (贝尔格莱德尼古拉·特斯拉: a place before the name)
            if not opener and start and text[start - 1] in chars and _CJK.match(text[start - 1]):
                continue  # 才|让·多吉: the name begins before the characters the list knows
            end = self._dotted_end(text, start)
            if (
                end
                and end - k == 2
                and end < len(text)
                and _CJK.match(text[end])
                and text[end] not in _NAME_BREAKS
            ):
                continue  # 依明江·托|乎提, 玛依努尔·尼|牙孜: the last part runs on
            if end <= k + 1:  # 杜拉尔·敖登: a part of name characters the list lacks
                end = k + 1
                while end < len(text) and end - k <= 4 and text[end] in chars:
                    end += 1
                while end - k > 2 and text[end - 1] in "说在到和与跟是为正":
                    end -= 1  # 杜拉尔·敖登|说
                if end - k < 3:
                    continue
            inner = [
                sp for sp in spans if start <= sp.start and sp.end <= end and sp.label == "PERSON"
            ]
            if not occupied.isdisjoint(range(start, end)) and not (
                inner
                and occupied.isdisjoint(
                    set(range(start, end)) - {j for sp in inner for j in range(sp.start, sp.end)}
                )
            ):
                continue  # (托马斯·|施密特说: a part found alone gives way to the whole)
            parts = [text[start:k], text[k + 1 : end]]
            if max(map(len, parts)) < 2 or any(
                ctx.is_word(p)
                and len(p) >= 2
                and str(ctx.jieba.tag(p)[0][1])[:2] not in ("ns", "nr", "nz")
                for p in parts
            ):
                continue  # (丝路·长安, 美丽·乡村: words joined for a title)
            if start and _CJK.match(text[start - 1]) and not ctx.word_start(start):
                continue  # the name would start inside a word
            if ctx.in_mask(start, end):
                continue
            for sp in inner:
                spans.remove(sp)
                taken.discard(sp.start)
            self._add(spans, taken, ctx, start, end, "a name of parts joined by a 间隔号")
            occupied.update(range(start, end))

    @staticmethod
    def _dotted_opener(ctx: Context, start: int, k: int) -> int:
        """2 where a word that is no name's nor a verb (村里/s) opens the run of name characters
        before the 间隔号 at ``k`` and leaves a part of two or more: 村里|热依拉·吾买尔."""
        word = ctx.text[start : start + 2]
        if (
            k - start >= 4
            and ctx.is_word(word)
            and str(ctx.jieba.tag(word)[0][1])[:1] not in "nv"  # (买买|提江·依明)
        ):
            return 2
        return 0

    def _dotted_start(self, text: str, i: int) -> int:
        """Start of a transliterated name whose last part begins at ``i`` (比尔·|盖茨)."""
        chars = self.rules.transliteration
        while i >= 2 and text[i - 1] in _DOTS and text[i - 2] in chars:
            k = i - 1
            while k > 0 and i - 1 - k < 8 and text[k - 1] in chars:
                k -= 1
            i = k
        return i

    def _dotted_end(self, text: str, i: int) -> int:
        """End of a transliterated name with a 间隔号 starting at ``i`` (0 when none): its
        parts run while their characters are transliteration characters."""
        chars, j, parts = self.rules.transliteration, i, 0
        while True:
            k = j
            while k < len(text) and k - j < 8 and text[k] in chars:
                if (
                    k > j
                    and text[k] in "得可让其列希考干"
                    and self._jieba is not None
                    and self._jieba.has_word(text[k : k + 2])
                ):
                    break  # 吐尼亚孜|得到, 彼得罗夫|可以, |其中: a word begins, the name ends
                if k > j + 1 and text[k] in "则也却" and text.startswith(_SAYING, k + 1):
                    break  # 伊莎贝尔·杜蒙|则说: an adverb before a verb of saying
                k += 1
            if k == j:
                return 0
            parts += 1
            if (
                k < len(text)
                and text[k] in _NAME_JOINS
                and k + 1 < len(text)
                and text[k + 1] in chars
            ):
                j = k + 1
                continue
            if (
                k - j >= 3
                and text[k : k + 1] in ("着", "了", "过")
                and not (self._jieba is not None and self._jieba.has_word(text[k : k + 2]))
            ):
                k -= 1  # 加娜尔·托克塔尔|拉着: the last character is the verb's (not 过去)
            if (
                parts >= 2
                and k - j >= 3
                and text[k - 1] in "都也还就又才"
                and text[k : k + 1] in tuple("会要是在能将已不没把给来去")
            ):
                k -= 1  # 阿依古丽·买买提|都会: an adverb, then a verb
            return k if parts >= 2 else 0

    def _name_list(
        self, ctx: Context, start: int, end: int, spans: list[Span], taken: set[int]
    ) -> None:
        """王进喜、许振超、李素丽等一批劳动模范: every item a name (a surname, one or two
        characters, no dictionary word) and a word for people soon after 等."""
        text = ctx.text
        counted = _PEOPLE_COUNT.match(text, end + 1)  # 等20名…, 等十六位…: people counted
        if not counted and not _PEOPLE_WORDS.search(text, end + 1, min(len(text), end + 9)):
            return
        sep = text.find("、", start, end)
        first_end = sep if sep >= 0 else end
        # The first item may hold the word before the list (出了|王进喜): cut it off.
        start = next(
            (
                k
                for k in range(start, first_end - 1)
                if self._list_item(ctx, k, first_end)
                and (k == start or ctx.word_start(k) or text[k - 1] in _PREPOSITIONS)
                and text[k] not in "和与及或"  # 集体和|马海波: the conjunction opens no name
            ),
            start,
        )
        items, i = [], start
        for part in text[start:end].split("、"):
            items.append((i, i + len(part)))
            i += len(part) + 1
        worded = 0
        for s, e in items:
            if not self._list_item(ctx, s, e) or ctx.in_mask(s, e):
                return
            if ctx.is_word(text[s:e]) and not self._is_name_word(ctx, text[s:e]):
                worded += 1  # 杜鹃: a word, a name only among other names
        if worded and (len(items) < 3 or 2 * worded >= len(items)):
            return
        if len(items) == 1:
            s, e = items[0]
            if e - s < 3 or not _PEOPLE_AFTER_ONE.match(text, end + 1):
                return  # one name alone: 3 characters and 等十位同志 / 等同志 / 等人 after it
            if self._name_at(text, s) != e and self._plain_name(ctx, s) != e:
                return  # alone, a name must read as one (not 处理相关人等)
        for s, e in items:
            if s not in taken:
                self._add(spans, taken, ctx, s, e, "listed with other names before 等")

    def _unit_name_lists(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """授予甲篆镇平安村蓝秀英、燕洞镇覃振宇、欧阳晓岚等10名同志: a list of people each
        named after their place or unit, closed by 等 and a count or a word for people."""
        text = ctx.text
        admin_ends = {sp.end for sp in ctx.spans if sp.label == "ADMIN"}
        bounds: list[tuple[int, int]] = []
        for c in re.finditer("等", text):
            hi = c.start()
            if not _PEOPLE_COUNT.match(text, hi + 1) and not _PEOPLE_WORDS.search(
                text, hi + 1, min(len(text), hi + 9)
            ):
                continue
            lo = hi
            while lo > 0 and hi - lo < 160 and text[lo - 1] not in "，。；：！？\n“":
                lo -= 1
            bounds.append((lo, hi))
        for c in _ROLL_LABEL.finditer(text):  # 名单：佛堂镇楼丽萍、苏溪镇龚振华。
            lo = hi = c.end()
            while hi < len(text) and hi - lo < 200 and text[hi] not in "。；！？\n等":
                hi += 1
            bounds.append((lo, hi))
        for lo, hi in bounds:
            if text.count("、", lo, hi) < 1:
                continue
            names: list[tuple[int, int]] = []
            prefixed = False
            k = lo
            for part in text[lo:hi].split("、"):
                s, e = k, k + len(part)
                k = e + 1
                tail = _ITEM_TAIL.search(part)
                if tail is not None and tail.start() >= 2:
                    e = s + tail.start()  # the name before 家庭 or a bracketed people
                start = next(
                    (
                        j
                        for j in range(max(s, e - 4), e - 1)
                        if self._list_item(ctx, j, e)
                        and (j == s or text[j - 1] in _UNIT_ENDS or j in admin_ends)
                        and not (ctx.is_word(text[j:e]) and not self._is_name_word(ctx, text[j:e]))
                    ),
                    -1,
                )
                if start < 0:
                    names = []
                    break
                prefixed = prefixed or start > s
                names.append((start, e))
            if len(names) < 2 or not prefixed:
                continue
            for s, e in names:
                if s not in taken and not ctx.in_mask(s, e):
                    self._add(spans, taken, ctx, s, e, "listed with their places before 等")

    def _paren_lists(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """农丽华（田东县芒果种植技术员）、覃志刚（电解工）: names each followed by what
        they are in brackets, two or more in a list."""
        text = ctx.text
        items = _paren_items(text)
        k = 0
        while k < len(items):
            run = [items[k]]
            while (
                k + 1 < len(items)
                and items[k + 1].start() == run[-1].end() + 1
                and (text[run[-1].end()] in "、；;，")
            ):
                k += 1
                run.append(items[k])
            k += 1
            if len(run) < 2:
                continue
            names: list[tuple[int, int, bool]] = []
            for m in run:
                e = m.end(1)
                # the item may carry words before the name (名单：农丽华): take the end
                s = next(
                    (j for j in range(max(m.start(1), e - 4), e - 1) if self._list_item(ctx, j, e)),
                    -1,
                )
                role = text[m.end() - 2] in self.rules.role_suffixes or text.startswith(
                    ("医生", "教师", "护士", "主任", "书记", "站长", "所长", "队长"), m.end() - 3
                )  # （护林员）, （卫生院医生）: what a person is
                if s < 0 and role and text[e - 2] in self.rules.surnames:
                    s = e - 2  # 金星（滑雪场造雪技师）: a name that is a word too
                if s < 0 or (
                    ctx.is_word(text[s:e])
                    and not self._is_name_word(ctx, text[s:e])
                    and not (role and e - s == 2 and text[s] in self.rules.surnames)
                ):
                    names = []
                    break
                names.append((s, e, role))
            for s, e, role in names:
                if s not in taken and not ctx.in_mask(s, e):
                    why = "listed with what they are in brackets"
                    self._add(spans, taken, ctx, s, e, why, parts=role)

    def _award_lists(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """祁秀梅获一等奖，董彩云、麻晓红获二等奖: the names, one or listed, that open a
        clause and win a prize or title."""
        text = ctx.text
        for m in _AWARD.finditer(text):
            hi = m.start()
            lo = hi
            while lo > 0 and hi - lo < 60 and text[lo - 1] not in "，。；：！？\n“”（）":
                lo -= 1
            items, k = [], lo
            for part in text[lo:hi].split("、"):
                items.append((k, k + len(part)))
                k += len(part) + 1
            if items and len(items) >= 2:  # 预旺镇的|马文秀、…: the first item after 的
                s0, e0 = items[0]
                cut = next(
                    (
                        j
                        for j in range(max(s0, e0 - 4), e0 - 1)
                        if text[j - 1 : j] in ("的",) and self._list_item(ctx, j, e0)
                    ),
                    s0,
                )
                items[0] = (cut, e0)
            good = all(
                self._list_item(ctx, s, e)
                and e - s >= 2
                and not (ctx.is_word(text[s:e]) and not self._is_name_word(ctx, text[s:e]))
                for s, e in items
            )
            if not good or ctx.in_mask(lo, hi):
                continue
            for s, e in items:
                if s not in taken:
                    self._add(spans, taken, ctx, s, e, "named before a prize won")

    def _subject_names(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """谭德英是一名养蜂人, 曹秀芝每天还要上山, 从濮阳赶来的王福来带着族谱: a surname
        and two characters opening a clause (or after 的) with a verb after them, when the
        two are most likely a given name and the three no word."""
        text = ctx.text
        occupied = self._held(ctx)
        # a county's short form that is the would-be name's given name yields (赵|永福，,
        # 沈|建平是): the place starts right after a surname that opens the clause
        given_places = {
            sp.start
            for sp in ctx.spans
            if sp.label == "ADMIN" and sp.length == 2 and not sp.full and sp.start
        }
        towns = {  # 诸葛|建军: a town's short form the compound surname is
            k
            for sp in ctx.spans
            if sp.label == "ADMIN" and sp.level in ("town", "") and not sp.full
            for k in range(sp.start, sp.end)
        }
        for m in self._subject_start.finditer(text):
            i = m.end()
            if i in taken or i >= len(text) or text[i] in _NOT_SURNAMES_HERE:
                continue
            compound = next(
                (c for c in self._compounds.get(text[i], ()) if text.startswith(c, i)), ""
            )
            if i in occupied and not (
                compound
                and all(k in towns for k in range(i, i + len(compound)))
                and self.rules.given_score(text[i + len(compound) : i + len(compound) + 2])
                >= _GIVEN_SURE
            ):
                continue
            if not compound and text[i] not in self.rules.surnames:
                continue
            end = i + (len(compound) or 1) + 2
            given = text[end - 2 : end]
            if compound and self._compound_one(ctx, i, compound):
                # 端木青|把: a compound surname and one character, before a preposition
                self._add(spans, taken, ctx, i, i + len(compound) + 1, "a name opening a clause")
                continue
            if end > len(text) or self.rules.given_score(given) < _GIVEN_LIKELY:
                continue  # (the cheap test first)
            place = i + 1 in given_places and end - 2 == i + 1
            if self._name_at(text, i) != end or (end - 1 in occupied and not place):
                continue
            name = text[i:end]
            if text.startswith(self.rules.address_words + self.rules.surname_titles, end - 2):
                continue  # 谭大姐, 公孙老师: a surname and a form of address
            # 马和平|是定西市…: a paragraph that opens on a name and 是 (a profile)
            profile = (i == 0 or text[i - 1] == "\n") and text.startswith("是", end)
            sure_word = (  # 李建国|是…: one word, a name, to the segmenter (so is 高水平)
                profile
                and self._nr_word(ctx, name)
                and self.rules.given_score(given) >= _GIVEN_SURE
            )
            if (ctx.is_word(name) and not sure_word) or (
                set(given) & (_FUNCTION_CHARS - set("一二三四五六七八九十")) and not profile
            ):
                continue
            if not compound and self._common_word(ctx, text[i : i + 2]):
                continue  # 高质|量, 江河|湖泊
            if ctx.is_word(given) and str(ctx.jieba.tag(given)[0][1])[:1] in "dpcru":
                continue  # 东方|刚刚泛白: an adverb after the surname, no given name
            if self._common_word(ctx, text[end - 1 : end + 1]) and not self._tagged_one(
                ctx, text[end - 1 : end + 1], "vdp"
            ):
                continue  # the last character begins a noun (林草|原)
            score = self.rules.given_score(given)
            read = self._read_as_name(ctx, i, end)
            if not read and not ctx.boundary(end):
                continue  # 海康|威视: the tagger reads a word across the would-be name's end
            # 徐淙祥|被授予劳模称号: an honour names a person, a surname sure enough
            honoured = (
                text.startswith(_HONOURED, end)
                and score >= _GIVEN_LIKELY
                and self.surname_scores.get(text[i], 0.0) >= 1.0
            )
            if not (
                score >= _GIVEN_SURE or (read and score >= _GIVEN_LIKELY) or profile or honoured
            ):
                continue
            if score < self._likely(ctx, given) and not profile and not honoured:
                continue
            # 开出租车的贺宏伟，车里…: a name the model is sure of, set off by a comma
            set_off = text[end : end + 1] == "，" and score >= _GIVEN_SURE
            if not (
                self._subject_verb(ctx, end)
                or text.startswith(self.rules.address_words, end)
                or set_off
            ):
                continue  # (覃美玲|大姐从…: a form of address after the name)
            if m.group(0) in ("的", "和", "跟", "与") and not (
                read or self._sure_name(ctx, i) or (compound and score >= _GIVEN_SURE)
            ):
                continue  # after 的 only what the tagger reads as a name too, or the model
                # (or a compound surname, which opens few words: 的|欧阳志强)
            self._add(spans, taken, ctx, i, end, "a name opening a clause, before a verb")
            j = end + 1
            if (
                text[end : end + 1] in ("和", "与")
                and j not in taken
                and self._sure_name(ctx, j)
                and not occupied.intersection(range(j, j + 3))
                and self._subject_verb(ctx, j + 3)
                and not ctx.in_mask(j, j + 3)
            ):
                # 鄂春林和孟繁宇|照样巡山: the subject's second name, as sure a name
                self._add(spans, taken, ctx, j, j + 3, "a clause's second name, before a verb")

    @staticmethod
    def _nr_word(ctx: Context, word: str) -> bool:
        """The segmenter holds ``word`` as one personal name (李建国/nr)."""
        return [str(t) for _, t in ctx.jieba.tag(word)] == ["nr"]

    def _compound_surname_names(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """上官明德家的堂屋, 干部东方亮现任…: a compound surname and a given name the model
        finds likely, where a name may end. Compound surnames open few words, so little
        more is asked, but those that are words too (东方, 西门, 南宫 …) must follow a
        word for a person or a title."""
        if self._compound_re is None:
            return
        text = ctx.text
        occupied = self._held(ctx)
        role_ends = {e for _, e, _ in self._role_words(ctx)}
        for m in self._compound_re.finditer(text):
            i, j = m.start(), m.end()
            if i in taken or i in occupied or ctx.in_mask(i, j + 2):
                continue
            if i and _CJK.match(text[i - 1]) and ctx.is_word(text[i - 1 : i + 1]):
                continue  # (the first character ends another word)
            if m.group(0) in self.rules.wordlike_compounds and not (
                i in role_ends
                or (
                    i >= 2
                    and text[i - 1] in self.rules.role_suffixes
                    and ctx.is_word(text[i - 2 : i])
                )
                or self._compound_subject(ctx, i, j)
            ):
                continue  # 东方|红, 西门|口: a word, unless a word for a person comes first
            end = 0
            two = text[j : j + 2]
            if (
                _CJK_RUN.fullmatch(two)
                and not set(two) & _FUNCTION_CHARS
                and self.rules.given_score(two) >= _GIVEN_LIKELY
                and self._breaks(ctx, j + 2)
                # (东方亮|现任, 诸葛亮|火烧: one character where the cut ends the name there,
                # unless the two make a given name the model is sure of: 欧阳志明|说)
                and (
                    self.rules.given_score(two) >= _GIVEN_SURE
                    or not (ctx.word_start(j + 1) and not ctx.word_start(j + 2))
                )
            ):
                end = j + 2
            elif (
                j < len(text)
                and _CJK.match(text[j])
                and text[j] not in _FUNCTION_CHARS
                and self.rules.given_char_score(text[j], third=False) > 0
                and self._breaks(ctx, j + 1)
                and not ctx.is_word(text[j : j + 2])
            ):
                end = j + 1
            if not end or ctx.is_word(text[i:end]) or not occupied.isdisjoint(range(i, end)):
                continue
            self._add(spans, taken, ctx, i, end, f"a name with the compound surname {m.group(0)}")

    def _compound_subject(self, ctx: Context, i: int, j: int) -> bool:
        """，公孙宇带领的班组: a compound surname that is a word too, opening a clause, and
        one name-like character before a verb of two characters (not 东方|红了, 东方|刚泛白)."""
        text = ctx.text
        if i and text[i - 1] not in "，。；：“\n":
            return False
        if j + 3 > len(text) or not _CJK.match(text[j]) or text[j] in _FUNCTION_CHARS:
            return False
        verb = text[j + 1 : j + 3]
        return (
            self.rules.given_char_score(text[j], third=False) > 0
            and str(ctx.jieba.tag(text[j])[0][1])[:1] not in "dpcu"  # (东方|刚泛白)
            and not ctx.is_word(text[i : j + 1])
            and not ctx.is_word(text[j : j + 2])
            and ctx.is_word(verb)
            and str(ctx.jieba.tag(verb)[0][1]) == "v"
        )

    def _compound_one(self, ctx: Context, i: int, compound: str) -> bool:
        """A compound surname and one given character before a preposition or 是 that
        opens the rest of the clause (端木青|把, 上官晓|在), where no longer name reads."""
        text = ctx.text
        e = i + len(compound) + 1
        if e >= len(text) or text[e] not in "把在从是将被给向对":
            return False
        given = text[e - 1]
        return (
            _CJK.match(given) is not None
            and given not in _FUNCTION_CHARS
            and self.rules.given_char_score(given, third=False) > 0
            and not ctx.is_word(text[i + len(compound) : e + 1])
        )

    def _after_nouns(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """工艺师易小红，商家任小雪一年…, 襄樊人杜晓明说: after any noun, a surname and
        two characters the given-name model is sure of, where a name may end; no role
        list knows every trade, the model and the noun before it do."""
        text = ctx.text
        occupied: set[int] | None = None
        # (the cheap test first, at every position at once: most surnames are other
        # words' characters)
        sur, a, _, b = ctx.name_windows(self.rules)
        sure = np.flatnonzero(sur[1:-2] & (a[1:-2] + b[1:-2] >= _GIVEN_SURE)) + 1
        for i in sure.tolist():
            if i in taken:
                continue
            if occupied is None:
                occupied = {
                    k for sp in ctx.spans if sp.label != "LEVEL" for k in range(sp.start, sp.end)
                }
            if not occupied.isdisjoint(range(i, i + 3)) or ctx.in_mask(i, i + 3):
                continue
            if (
                any(text.startswith(c, i) for c in self._compounds.get(text[i], ()))
                and self.rules.given_score(text[i + 2 : i + 4]) >= _GIVEN_LIKELY
            ):
                continue  # 策展人欧阳子晴: a compound surname, read by its own pass
            cover = ctx._covering(i)
            glued = (  # 人杜晓|明说, 工艺|师易|小红: the tagger's guess glues noun and name
                cover[0] < i and not ctx.is_word(text[cover[0] : cover[1]])
                if cover is not None
                else not ctx.is_word(text[i - 1 : i + 1])
            )
            if not (ctx.word_start(i) or glued):
                continue  # 公司|兴银: the surname ends a word
            if not (
                i + 3 >= len(text)
                or ctx.word_start(i + 3)
                or text[i + 3] in _NAME_BREAKS
                or text.startswith(_SAYING, i + 3)
            ):
                continue  # 师风|建设: the would-be name ends inside a word
            noun = next(
                (
                    text[i - k : i]
                    for k in (3, 2, 1)
                    if i >= k and ctx.is_word(text[i - k : i]) and ctx.word_start(i - k)
                ),
                "",
            )
            if not noun or not self._tagged_one(ctx, noun, "n"):
                continue
            if self._common_word(ctx, text[i : i + 2]) or self._common_word(
                ctx, text[i + 1 : i + 3]
            ):
                continue  # 高峰|会, 家乐: words run through the would-be name
            if set(text[i : i + 3]) & _FUNCTION_CHARS or not self._sure_name(ctx, i):
                continue
            if not self._breaks(ctx, i + 3):
                continue
            if not any(str(t).startswith("nr") for _, t in ctx.jieba.tag(text[i : i + 3])):
                continue  # 汽车|车路云: the tagger sees no name there
            self._add(spans, taken, ctx, i, i + 3, f"name after the noun {noun}")

    def _ethnic_role_names(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """哈萨克族牧民别克波拉提在…, 藏族向导鲁茸此里，, 傣族老人岩温香当了…: a people,
        a word for a person, then a name that runs to where a clause, a stop word or a
        verb with its particle begins. The frame says a name follows and where it
        starts; a name of parts no list knows (鲁茸此里) is read whole instead of cut
        where the known parts stop (鲁茸此|里)."""
        text = ctx.text
        if "族" not in text or self._ethnic_group_re is None:
            return
        roles = {s: e for s, e, _ in self._role_words(ctx)}
        for m in self._ethnic_group_re.finditer(text):
            r = m.end()
            i = roles.get(r, 0)
            if not i:
                continue
            end = self._frame_name_end(ctx, i)
            if end - i >= 4 and self._tagged_one(ctx, text[end - 2 : end], "v"):
                end -= 2  # 艾力|包联三户, 阿说|包片负责: a verb of two characters ends the run
            if not end or ctx.in_mask(i, end):
                continue
            old = [sp for sp in spans if sp.start < end and i < sp.end]
            if any(sp.start != i or sp.end >= end for sp in old):
                continue  # (a span that starts elsewhere or runs longer stands)
            if old and not self._name_goes_on(ctx, old[0].start, old[0].end, end):
                continue
            for sp in old:
                spans.remove(sp)
                taken.discard(sp.start)
            self._add(spans, taken, ctx, i, end, f"name after {m.group(0)}{text[r:i]}")

    def _name_goes_on(self, ctx: Context, s: int, e: int, end: int) -> bool:
        """The characters [e, end) after a name found at [s, e) go on with it (鲁茸此|里，,
        更藏|加和) rather than open the predicate (格桑|正和, 盘金莲|开的, 阿说木呷|当起了)."""
        text = ctx.text
        piece = text[e:end]
        if e - s == 3 and text[s] in self.rules.surnames and self._sure_given(text[s + 1 : e]):
            return False  # 李占梅|包片负责: a Han name the model is sure of ends there
        if (
            len(piece) > 3
            or text[end : end + 1] in _PREDICATE_NEXT
            or piece[0] in _PREDICATE_OPENERS
        ):
            return False
        return str(ctx.jieba.tag(piece[0])[0][1])[:1] not in "dptcum"

    def _frame_name_end(self, ctx: Context, i: int) -> int:
        """End of a name of 2–8 characters that must start at ``i``: the first place
        past two characters where a clause, a stop word, a verb of saying or a verb
        with 了/着/过 begins; 0 where the run holds a word no name holds (生活|富裕),
        a function word, or more unknown characters than a name has."""
        text = ctx.text
        known = self._name_known
        if (
            i >= len(text)
            or not _CJK.match(text[i])
            or (text[i] in _FUNCTION_CHARS and text[i] not in self.rules.surnames)
        ):
            return 0  # 姑娘们|正在, “汉族大哥”|老王
        if text[i] in "老小" and text[i + 1 : i + 2] in self.rules.surnames:
            return 0  # 老人老段: a familiar form, read by its own pass
        for k in range(i + 2, min(i + 9, len(text) + 1)):
            c = text[k - 1]
            if c in _NEVER_IN_FRAMED_NAME:
                return 0  # 姑娘里第一个, 杨秀珍忙得停不下来
            if c != "·" and (
                not _CJK.match(c) or (c in _FUNCTION_CHARS and c not in known and k - 1 > i)
            ):
                return 0  # (次仁此里: a function character that names hold too)
            if not (
                k >= len(text)
                or text[k] in _NAME_BREAKS
                or text.startswith(self.rules.stops, k)
                or text.startswith(_SAYING, k)
                or (text[k] == "时" and text[k + 1 : k + 2] in _NAME_BREAKS)
                or (
                    ctx.word_start(k)
                    and (
                        text[k + 1 : k + 2] in ("了", "着", "过")
                        # 尤海涛|正在, 符亚妹|家的, 格桑曲珍|经营着 (not 那木吉|拉讲了)
                        or (
                            (text[k] == "家" or ctx.is_word(text[k : k + 2]))
                            and self._breaks(ctx, k)
                        )
                    )
                )
                or (text[k] == "家" and not ctx.is_word(text[k - 1 : k + 1]))  # 和秀珍|家在
            ):
                continue
            name = text[i:k].replace("·", "")
            if text[i] in _NOT_SURNAMES_HERE and (
                len(name) != 3 or self.rules.given_score(name[1:]) < _GIVEN_LIKELY
            ):
                return 0  # 阿姐和|师姐 (but 和秀珍: a surname that is a conjunction too)
            unknown = sum(ch not in known for ch in name)
            if unknown > 2 or unknown >= len(name):
                return 0
            if any(
                self._ordinary_word(name[a : a + 2]) and name[a : a + 2] not in self._name_pairs
                for a in range(len(name) - 1)
            ):
                return 0  # 生活|富裕, 汉族: words, no name
            return k
        return 0

    def _role_then_subject(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """讲解员刘向前说, 县政协主席高建国在, 货运司机李建强一天能跑, 守渠人唐继业一家:
        a title or role word, then a surname and two characters, then what follows a
        subject (说, a verb, 在, 一家, a break). The rules above want the given name to
        read as one; here the frame carries it, so given names that are words (向前,
        建国, 光明) count, while a surname that opens words more than names (查|清楚)
        and a given name the model rates unlikely do not."""
        text = ctx.text
        roles = self._role_words(ctx)
        role_starts = {s for s, _, _ in roles}
        # (end, role, whether the role is a word of its own there: 种植户|田满仓 glued as
        # 户田 still names 田满仓)
        surnames, n = self.rules.surnames, len(text)

        def named(e: int) -> bool:  # (a surname may follow: the cheap test first)
            return e + 3 <= n and text[e] in surnames

        found = [
            (e, r, ctx.word_start(s))
            for s, e, r in roles
            if named(e) and (ctx.word_start(s) or ctx.word_start(e))
        ]
        found += [
            (m.end(), m.group(0).strip(), ctx.word_start(m.start()))
            for m in self._after_title.finditer(text)
            if named(m.end()) and (ctx.word_start(m.start()) or ctx.word_start(m.end()))
        ]  # (输电|工程: no 电工 across two words; 包头市|长|聂 is 市长 聂)
        if self._role_suffix is not None:  # 守渠人, 拳师: nouns ending like a role
            found += [
                (m.end(), "", False)
                for m in self._role_suffix.finditer(text)
                if named(m.end())
                and ctx.word_start(m.end())
                and any(  # a noun of two to four characters ends there (三百户: no noun)
                    m.end() - k >= 0
                    and ctx.word_start(m.end() - k)
                    and _CJK_RUN.fullmatch(text[m.end() - k : m.end()])
                    and not set(text[m.end() - k : m.end()]) & _NUMERALS
                    for k in (2, 3, 4)
                )
            ]
        occupied = {
            k
            for sp in ctx.spans
            if sp.label != "LEVEL" and (sp.length >= 3 or sp.label != "ADMIN")
            for k in range(sp.start, sp.end)
        }  # (a short place inside the name yields: 罗|建华, 陈|卫东)
        occupied.update(k for sp in spans for k in range(sp.start, sp.end))
        for i, role, whole in sorted(set(found)):
            end = i + 3
            if i in taken or end > len(text) or text[i] not in self.rules.surnames:
                continue
            if not (ctx.word_start(i) or (whole and role)):
                continue
            if (
                text[i] in _NOT_SURNAMES_HERE
                and not (
                    # 市民于海涛、, 援疆教师应晓峰和: a given name the model is sure of after a
                    # role of its own, the surname and its next character no word
                    role
                    and whole
                    and self._sure_given(text[i + 1 : i + 3])
                    and self.rules.given_score(text[i + 1 : i + 3]) >= _GIVEN_WORD_NAME
                    and not ctx.is_word(text[i : i + 2])
                    and not self._tagged_one(ctx, text[i + 1 : i + 3], "avdpt")  # (和|美丽的)
                    and text[i + 3 : i + 4] not in _LOCATIVES  # (向|阳光|下走去)
                )
            ):
                continue  # 妇女和|女童: a conjunction, no surname
            if (
                any(text.startswith(c, i) for c in self._compounds.get(text[i], ()))
                and self.rules.given_score(text[i + 2 : i + 4]) >= _GIVEN_LIKELY
            ):
                continue  # 策展人欧阳子晴: a compound surname, read by its own pass
            name, given = text[i:end], text[i + 1 : end]
            if not _CJK_RUN.fullmatch(name) or set(given) & _ROLE_NAME_STOPS:
                continue
            if "和" in given and not (given.startswith("和") and ctx.is_word(given)):
                continue  # 市长和市委书记; but 聂和平
            if not occupied.isdisjoint(range(i, end)) or ctx.in_mask(i, end):
                continue
            if role and ctx.is_word(role + text[i]):
                continue  # 工人阶级: the role runs on
            proper = not ctx.is_word(name) or (
                str(ctx.jieba.tag(name)[0][1]) in ("nr", "ns")
                and not self._common_word(ctx, text[i : i + 2])
            )  # 高建国 (listed ns), not 高峰会 (listed nr, but 高峰 + 会)
            if not proper or ctx.is_word(text[end - 1 : end + 1]):
                continue  # 高水平, 建国|后: a word, or the last character opens one
            score = self.rules.given_score(given)
            word = self._common_word(ctx, given)
            if score < (_GIVEN_LIKELY if not word else _FRAME_GIVEN_WORD):
                continue
            least = _TITLE_SURNAME if role in self._title_words else _FRAME_SURNAME
            if self.surname_scores.get(text[i], 0.0) < least or (
                word
                and role not in self._title_words  # (区长关向前: no verb after a title)
                and str(ctx.jieba.tag(text[i])[0][1]).startswith("v")
            ):
                continue  # 群众|查清楚: a verb and its complement, no surname
            if self._common_word(ctx, text[i : i + 2]) and not word:
                continue  # 高峰|会: the surname and the next character make a word
            if not (
                text.startswith(_SAYING, end)
                or text.startswith(_SUBJECT_NEXT, end)
                or (text[end : end + 1] == "和" and end + 1 in role_starts)  # 龚胜利和妻子
                or (end < len(text) and text[end] in _NAME_BREAKS and text[end] != "、")
                or self._subject_verb(ctx, end)
                # 市民于海涛、冷艳手拉手: a list of people, the name one the model is sure of
                or (
                    text[end : end + 1] == "、"
                    and self._sure_given(given)
                    and self.rules.given_score(given) >= _GIVEN_WORD_NAME
                )
            ):
                continue
            why = f"name after {role or 'a role noun'}"
            self._add(spans, taken, ctx, i, end, why, parts=True)  # (words checked above)
            occupied.update(range(i, end))

    def _place_named_person(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """陶艺家宁远五年前…, 商人阿里已经…, 民宿主钟山笑称: right after a word for a person,
        a short place name (not a province) followed by what follows a subject is that
        person's name; the place reading yields (the span scores above the gazetteer's)."""
        text = ctx.text
        places = {
            sp.start: sp
            for sp in ctx.spans
            if sp.label in ("ADMIN", "LOCAL")
            and not sp.full
            and 2 <= sp.length <= 3
            and sp.level != "province"
        }
        if not places:
            return
        roles = [(rs, i, role, True) for rs, i, role in self._role_words(ctx)]
        if self._role_suffix is not None:  # 商人阿里, 工程师黄石: coined words for a person
            roles += [
                (i - k, i, text[i - k : i], False)
                for i in places
                if i >= 2 and self._role_suffix.match(text, i - 1)
                for k in (2, 3, 4)
                if i - k >= 0
                and ctx.word_start(i - k)
                and ctx.is_word(text[i - k : i])
                and self._tagged_one(ctx, text[i - k : i], "n")  # (开工|周至: a verb)
            ]
        for rs, i, role, listed in roles:
            sp = places.get(i)
            if sp is None or not ctx.word_start(rs) or ctx.in_mask(i, sp.end):
                continue
            # a name found here already, scored below the place (工程师|黄石: after a title
            # read as the gazetteer's city) yields to this reading
            weak = next((p for p in spans if p.start == i and p.end == sp.end), None)
            if i in taken and weak is None:
                continue
            end = sp.end
            if (
                end - i == 2
                and text[i] in self.rules.surnames
                and self._sure_given(text[i + 1 : i + 3])
                and (  # (宁远|正在: 正在 is one word; 刚在 is two to the tagger)
                    not ctx.is_word(text[i + 2 : i + 4])
                    or (
                        text.startswith(self.rules.stops, i + 3)
                        and len(ctx.jieba.tag(text[i + 2 : i + 4])) > 1
                    )
                )
                and self._breaks(ctx, i + 3)
            ):
                end = i + 3  # 民警尚志刚|在: the place's name runs on into a given name
            if end == sp.end and self._parts_name(ctx, i) > end:
                end = self._parts_name(ctx, i)  # 牧民乌日娜: a name of known parts
            ran_on = end > sp.end
            if not ran_on and (
                text[end : end + 1] in "和与及同跟等的县市区镇乡村"
                or text.startswith("在行动", end)
            ):
                continue  # 侨商|海南|和…, 志愿者|长沙|在行动, 牧民|乌兰|县: a place after all
            if ctx.covered(i, end) or any(ctx.is_word(text[i : end + k]) for k in (1, 2)):
                continue  # 群众|交口称赞: the name opens an idiom
            if not (
                text.startswith(_SAYING, end)
                or text.startswith(self.rules.address_words, end)
                or self._subject_verb(ctx, end)
                or ran_on
                or (listed and text[end : end + 1] == "，")  # 治沙员乌兰，在沙漠种树
            ):
                continue
            if weak is not None:
                spans.remove(weak)
            taken.add(i)
            spans.append(
                Span(i, end, "PERSON", 0.9, self.name, text[i:end], reason=f"named after {role}")
            )

    def _place_honoured(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """纪念左权将军, 带队的江山同志, 宁远老师功不可没: a short place name (not a
        province, not in full) right before an honorific that only follows a person
        (将军, 同志, 老师, 先生 …) is that person's name; the place's own officers
        (左权县委书记) take the place's full name or a level word, not these words."""
        text = ctx.text
        for sp in ctx.spans:
            i, end = sp.start, sp.end
            if (
                sp.label not in ("ADMIN", "LOCAL")
                or sp.full
                or not 2 <= sp.length <= 3
                or sp.level in ("province", "prefecture")  # (长沙老师: the city's teachers)
                or not text.startswith(_HONORIFICS, end)
                or text.startswith("将军县", end)  # 红安将军县: the county's byname
                or i in taken
                or ctx.in_mask(i, end)
            ):
                continue
            if i and (_CJK.match(text[i - 1]) and not ctx.word_start(i)):
                continue  # (the name ends a word before it)
            if any(ctx.is_word(text[end - 1 : end + k]) for k in (1, 2)):
                continue  # (the name runs into a word)
            taken.add(i)
            why = f"a name before {next(h for h in _HONORIFICS if text.startswith(h, end))}"
            spans.append(Span(i, end, "PERSON", 0.9, self.name, text[i:end], reason=why))

    def _surname_and_place(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """谭卫东任…书记, 镇长蒋建平说, 、寻建平、: a common surname right before a county's
        short name (卫东, 建平, 吉安) makes a personal name where a title, a role or a list
        mark comes before it and an appointment, a verb or a list mark after it. Place
        names are common given names; the place reading yields to the longer name."""
        text = ctx.text
        heads = self._title_words
        admin_starts = {sp.start for sp in ctx.spans if sp.label in ("ADMIN", "LOCAL")}
        inside = {k for o in ctx.spans if o.label == "ADMIN" for k in range(o.start + 1, o.end)}
        role_ends = {e for _, e, _ in self._role_words(ctx)}
        for sp in ctx.spans:
            if sp.label != "ADMIN" or sp.full or sp.length != 2 or sp.level == "province":
                continue
            i, end = sp.start - 1, sp.end
            compound = sp.start >= 2 and text[sp.start - 2 : sp.start] in self._compound_set
            if compound:
                i -= 1  # 负责养护的皇甫|建华介绍: a compound surname
            elif (
                i < 0
                or text[i] not in self.rules.surnames
                or text[i] in _NOT_SURNAMES_HERE
                or self.surname_scores.get(text[i], 0.0) < 2.0
            ):
                continue
            if i in taken or ctx.in_mask(i, end) or i in inside:
                continue  # 湖南|韶山: the character ends a place before
            before = text[i - 1] if i else "。"
            titled = i in role_ends or any(text.endswith(t, 0, i) for t in heads)
            # 村口|龙秀英家的, 的|皇甫建华介绍: a word ends before the surname and the place's
            # name is a given name the model is sure of
            given = (
                (before == "的" or ctx.word_start(i))
                and not ctx.is_word(text[i - 1 : i + 1])
                and self._sure_given(sp.text)
            )
            after = text[end : end + 1]
            nxt = self._name_at(text, end + 1) if after == "、" else 0
            listed = (  # 涌现出马福海、妥进荣、韩文玲等 (not 实施包头、阿拉善等)
                nxt - end == 4
                and self._list_item(ctx, end + 1, nxt)
                and end + 1 not in admin_starts
            )
            if not (titled or listed or given or before in "、：；，。\n（ "):
                continue
            if (
                _CJK.match(before)
                and not (titled or listed or given)
                and ctx.is_word(text[i - 1 : i + 1])
            ):
                continue  # (涌现出|马福海、妥进荣: 出马 is a word, but a list of names follows)
            after = text[end : end + 1]
            if not (
                after in "、；，。等"
                or text.startswith(("任", "为", "同志", *_SAYING), end)
                or (titled and self._subject_verb(ctx, end))
                or text.startswith(self.rules.surname_titles, end)  # 彭玉林|老书记带领
                or (  # 龙秀英|家的腊肉摊: the person's household (not 龙华|家具城)
                    given and text.startswith("家", end) and not ctx.is_word(text[end : end + 2])
                )
            ):
                continue
            if after in "，。" and not titled:
                continue  # ；黎平，: a list of places as likely
            why = "a surname before a place name, read as a name"
            self._add(spans, taken, ctx, i, end, why, parts=True)

    def _byline_runs(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """（记者 次仁卓玛 张振兴）, （中心记者 何 静 摄影 冉茂林）: every name of a byline in
        parentheses, a run of words for reporters and the names after them, each name
        two to four characters (or one and one, padded to the width of three)."""
        text = ctx.text
        for m in _PAREN.finditer(text):
            inner = m.group(1)
            if not _BYLINE_ROLE.search(inner):
                continue
            tokens = [
                (t.start(1) + m.start(1), t.end(1) + m.start(1)) for t in _TOKEN.finditer(inner)
            ]
            if not tokens or not _BYLINE_ROLE.search(text[tokens[0][0] : tokens[0][1]]):
                continue  # the byline opens with a word for a reporter
            k = 0
            while k < len(tokens):
                s, e = tokens[k]
                word = text[s:e]
                if _BYLINE_ROLE.fullmatch(word) or _BYLINE_ROLE_END.search(word):
                    k += 1
                    continue
                lead = _BYLINE_LEAD.match(word)
                if lead and 2 <= e - s - lead.end() <= 4:
                    s, word = s + lead.end(), word[lead.end() :]  # （记者张伟）: no space
                if e - s == 1 and k + 1 < len(tokens) and tokens[k + 1][1] - tokens[k + 1][0] == 1:
                    e = tokens[k + 1][1]  # 何 静: a name padded with a space
                    k += 1
                elif not 2 <= e - s <= 4 or not _CJK_RUN.fullmatch(word):
                    break  # not a byline after all (记者从会上获悉)
                k += 1
                if s in taken or ctx.in_mask(s, e):
                    continue
                if (
                    ctx.is_word(text[s:e])
                    and not self._is_name_word(ctx, text[s:e])
                    and self._parts_name(ctx, s) != e  # （记者 扎西）: a name of known parts
                ):
                    continue
                n = len(spans)
                self._add(spans, taken, ctx, s, e, "a byline", parts=True)
                if len(spans) > n:  # (a byline outranks a county of the same name: 通讯员 卫东)
                    spans[-1] = replace(spans[-1], score=0.9)

    def _clause_speakers(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """。程诺说，…  。马尕西木说：… 。齐心说，…: a sentence that opens with a name and a
        verb of saying. The name is no word (a surname and a likely given name, a name of
        known parts, a name of transliteration characters), or a word the text used as
        a name before, right after a role or title (种植户齐心 … 齐心说)."""
        text = ctx.text
        role_ends: set[int] | None = None
        for m in _SAYS.finditer(text):
            end = m.start()
            if not text.startswith(("说：", "说，", "说:", "说,", "笑着说", "感慨", "告诉"), end):
                continue
            i = end - 1
            while i > 0 and end - i < 5 and _CJK.match(text[i - 1]):
                i -= 1
            if i > 0 and text[i - 1] not in "。！？\n”":
                continue
            if end - i >= 4 and text[end - 1] in _ADVERBS_BEFORE_SAYING:
                end -= 1  # 。邝志明|常说: an adverb between the speaker and the verb
            name = text[i:end]
            if not 2 <= len(name) <= 4 or i in taken or ctx.in_mask(i, end):
                continue
            if set(name) & (_FUNCTION_CHARS | _NAME_PARTICLES) or name in self.rules.leaders:
                continue
            if self._parts_name(ctx, i) == end or (
                len(name) >= 3 and all(c in self.rules.name_chars for c in name)
            ):
                why = "a speaker with a name of known parts"
            elif ctx.is_word(name) and not self._is_name_word(ctx, name):
                if (
                    str(ctx.jieba.tag(name)[0][1])[:1] in "vdpcrumf"
                    or name[0] not in self.rules.surnames
                    or self.surname_scores.get(name[0], 0.0) < 1.0
                ):
                    continue  # 应当说, 群众说: a verb or a word for people
                if role_ends is None:
                    role_ends = {e for _, e, _ in self._role_words(ctx)}
                    role_ends |= {
                        mm.end() for mm in self._after_title.finditer(text)
                    }  # (a title before an earlier mention counts as a role)
                earlier = [k for k in range(text.find(name), i) if text.startswith(name, k)]
                if not any(k in role_ends for k in earlier):
                    continue  # 。专家说, 。群众说: a word for people, no name
                why = "a speaker named earlier after a role"
            elif (
                not ctx.is_word(name)
                and str(ctx.jieba.tag(name)[0][1])[:1] not in "vdpcrum"
                and name[0] in self.rules.surnames
                and self.surname_scores.get(name[0], 0.0) >= 1.0
                and name[0] not in _NOT_SURNAMES_HERE
                and self.rules.given_score(name[1:]) >= _GIVEN_SURE
            ):
                why = "a speaker opening the sentence"
            else:
                continue
            self._add(spans, taken, ctx, i, end, why, parts=True)

    @staticmethod
    def _speaker_labels(text: str) -> list[tuple[int, int]]:
        """Two to four CJK characters before a colon, opening a line or a sentence (the
        colons first: a pattern tried at every position costs more)."""
        found = []
        for colon in ("：", ":"):
            k = text.find(colon)
            while k >= 0:
                i = k
                while i > 0 and k - i < 5 and "\u4e00" <= text[i - 1] <= "\u9fff":
                    i -= 1
                j = i
                while j > 0 and text[j - 1] in " 　\t":
                    j -= 1
                if 2 <= k - i <= 4 and (j == 0 or text[j - 1] in "。！？\n”"):
                    found.append((i, k))
                k = text.find(colon, k + 1)
        return sorted(found)

    def _called(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """他叫崔明哲，…, 您叫刘振兴, 只叫他“阿宝”, 都喊她“瑶瑶”: what someone is called is
        a name: a surname and a likely given name after 叫, or whatever the quotes hold
        after 叫/喊 + a pronoun (a nickname), unless it is a form of address or a title
        (叫他“师傅”); 老/小 and a surname in the quotes is the surname (叫他“老严”)."""
        text = ctx.text
        if "叫" not in text and "喊" not in text:
            return
        for m in _CALLED_QUOTED.finditer(text):
            i, end = m.span(1)
            word = m.group(1)
            if i in taken or ctx.in_mask(i, end):
                continue
            if word in self.rules.familiar_words:
                continue  # 喊他“老师”
            rest = word[1:]
            if word[0] in "老小" and (
                (len(word) == 2 and rest in self.rules.surnames)
                or rest in self.rules.compound_surnames
            ):
                why = "a surname someone is called by"  # 叫他“老严”, 叫她“小司马”
                self._add(spans, taken, ctx, i + 1, end, why, parts=True)
                continue
            if not (  # a nickname looks like a name: 阿宝, 瑶瑶, 铁蛋, 福娃, 石头, 冉老幺
                # (not an epithet: 好人, 老黄牛, 铁娘子, 活雷锋)
                word[0] == "阿"
                or (len(word) == 2 and (word[0] == word[1] or not ctx.is_word(word)))
                or word.endswith(_NICKNAME_ENDS)
            ):
                continue
            if (
                len(word) > 3  # (叫他“海上救星”: a tribute, no name)
                or word in self._addressed
                or word in self._title_words
                or any(word.endswith(w) for w in self._suffix_titles)  # 老王书记, 梨博士
                or (word[-1] in self.rules.surnames and ctx.is_word(word[:-1]))  # 拉面韩
                or word in self.rules.familiar_words
                or word[-1] in _KIN_CHARS  # (叫她“阿玲姐”: the sister, not the name)
                or set(word) & _FUNCTION_CHARS
            ):
                continue  # 叫他“师傅”, 叫她“阿玲姐” (the kin word is no name's)
            self._add(spans, taken, ctx, i, end, "what someone is called", parts=True)
        for m in _CALLED.finditer(text):
            i = m.end()
            end = self._name_at(text, i)
            if (
                end - i == 3
                and i not in taken
                and not ctx.in_mask(i, end)
                and self.rules.given_score(text[i + 1 : end]) >= _GIVEN_LIKELY
                and not ctx.is_word(text[i:end])
                and self._breaks(ctx, end)
            ):
                self._add(spans, taken, ctx, i, end, "the name someone has")
                continue
            # 恰好名叫江山，: after 名叫, a surname and one or two characters that close the
            # clause are the name, words or not
            for n in (3, 2):
                e = i + n
                if (
                    m.group(0) in ("名叫", "名字叫")
                    and text[m.start() - 1 : m.start()] not in _PLACE_NAMED  # (县名叫富民)
                    and self._person_named(text, m.start())
                    and i not in taken
                    and text[i] in self.rules.surnames
                    and _CJK_RUN.fullmatch(text[i:e])
                    and len(text) > e
                    and text[e] in "，。；、”！"
                    and not ctx.in_mask(i, e)
                ):
                    self._add(spans, taken, ctx, i, e, "the name someone has", parts=True)
                    break

    @staticmethod
    def _person_named(text: str, at: int) -> bool:
        """The clause before 名叫 at ``at`` speaks of a person (他, 负责人, 主任 …), not of a
        village, a place or a dog (这个村子名叫石门, 他家的狗名叫毛毛)."""
        lo = max(text.rfind(c, 0, at) for c in "，。；！？：\n") + 1
        clause = text[lo:at]
        if any(w in clause for w in _NAMED_THINGS):
            return False
        return any(w in clause for w in _NAMED_PEOPLE)

    def _foreign_titled(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """见了基辛格博士、比尔·盖茨先生, 还有纽森州长: a run of transliteration characters
        before a foreign person's title (先生, 博士, 议员 …) names a person, where the
        run opens a phrase; not a place the segmenter knows (纽约|州长)."""
        text = ctx.text
        chars = self.rules.transliteration
        for m in _FOREIGN_TITLE.finditer(text):
            e = m.start()
            s = e
            while s > 0 and e - s < 6 and text[s - 1] in chars:
                s -= 1
            if e - s < 2 or s in taken or ctx.in_mask(s, e):
                continue
            if s and text[s - 1] not in _FOREIGN_BEFORE and _CJK.match(text[s - 1]):
                continue  # (the run goes on into other characters: no name's start)
            name = text[s:e]
            if ctx.is_word(name) and str(ctx.jieba.tag(name)[0][1])[:2] in ("ns", "nt", "nz"):
                continue  # 纽约|州长, 乌克兰|议员: a place
            if name in self.rules.leaders:
                continue
            self._add(spans, taken, ctx, s, e, f"a foreign name before {m.group(0)}", parts=True)

    def _surnames_told(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """一位姓苗的大姐, 一位崔姓老人, 李姓男子: a surname told instead of a name (as 王某
        is) names someone; not 百姓, 同姓, 姓氏 (words)."""
        text = ctx.text
        if "姓" not in text:
            return
        for m in _SURNAME_TOLD.finditer(text):
            k = m.start()
            if m.group(1):  # 姓X的
                s, e = m.start(1), m.end(1)
                if k and ctx.is_word(text[k - 1 : k + 1]):
                    continue  # 老百姓|的, 同姓|的
            else:  # X姓 + a word for a person
                s, e = m.start(2), m.end(2)
                if s and _CJK.match(text[s - 1]) and text[s - 1] not in "一位名个有的是这那":
                    continue  # (百姓, 复姓: the character before makes a word)
            surname = text[s:e]
            told = len(surname) == 1 and surname in self.rules.surnames
            if not (told or surname in self.rules.compound_surnames) or (
                m.group(1) and ctx.is_word(text[s : e + 1])
            ):
                continue
            if s in taken or ctx.in_mask(s, e):
                continue
            self._add(spans, taken, ctx, s, e, "a surname told instead of a name", parts=True)

    def _names_over_short_places(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """烧成工栾|秀英, 瑶老盘|福安, 老石油人常德|胜: after a word for a person or a
        title, a surname and two characters that hold a county's bare short form the
        gazetteer read alone (秀英区, 福安市, 常德市) are the name; the longer span wins."""
        text = ctx.text
        shorts = [
            sp
            for sp in ctx.spans
            if sp.label == "ADMIN"
            and sp.recognizer == "gazetteer"
            and not sp.full
            and sp.length == 2
            and sp.reason.startswith("short form of")
            and "," not in sp.reason  # (no neighbour made it a place: 福安, next to 宁德)
        ]
        if not shorts:
            return
        held: set[int] | None = None  # (worked out for the first candidate only)
        for sp in shorts:
            for i in (sp.start - 1, sp.start):  # 栾|秀英 or 常德|胜
                end = i + 3
                if i < 0 or i in taken or end > len(text) or text[i] not in self.rules.surnames:
                    continue
                if (
                    text[i] in _FUNCTION_CHARS
                    or text[i] in "来去到回赴往"
                    or text.startswith(self.rules.stops, i)
                ):
                    continue  # (来|福建, 和|休宁: a verb or conjunction before the place)
                if not _CJK_RUN.fullmatch(text[i:end]) or ctx.is_word(text[i:end]):
                    continue
                if self.rules.given_score(text[i + 1 : end]) < _GIVEN_LIKELY:
                    continue
                if ctx.is_word(text[end - 1 : end + 1]) or text[end - 1] in _FUNCTION_CHARS:
                    continue  # (杭州|峰会, 海南|和: the last character opens a word)
                if text[end : end + 1] in _NAME_JOINS or (
                    i == sp.start and str(ctx.jieba.tag(text[end - 1])[0][1])[:1] in "dpv"
                ):
                    continue  # (阿里甫·买买提, 乌兰|正在: the name goes on, a verb follows)
                if not self._person_word_ends_at(ctx, i, spans):
                    continue
                if held is None:
                    held = {
                        k
                        for x in ctx.spans
                        if x not in shorts and x.label != "LEVEL"
                        for k in range(x.start, x.end)
                    }
                if not held.isdisjoint(range(i, end)) or ctx.in_mask(i, end):
                    continue
                self._add(spans, taken, ctx, i, end, "a name over a county's short form")
                break

    def _person_word_ends_at(self, ctx: Context, i: int, spans: list[Span]) -> bool:
        """A word for a person, a title or a listed name ends right before ``i`` (烧成工|,
        责任人陈开富、|)."""
        text = ctx.text
        if any(e == i for _, e, _ in self._role_words(ctx)):
            return True
        if any(
            (m := self._after_title.match(text, k)) is not None and m.end() == i
            for k in range(max(0, i - 8), i)
        ):
            return True
        if text[i - 1 : i] == "、" and any(sp.end == i - 1 for sp in spans):
            return True
        if self._role_suffix is None or i < 2 or self._role_suffix.match(text, i - 1) is None:
            return False
        # 收购商|, 烧成工|, 石油人|: a noun for a person's trade, or a word and the doer's
        # character
        return any(
            ctx.is_word(text[i - n : i])
            and ctx.word_start(i - n)
            and self._tagged_one(ctx, text[i - n : i], "n")
            for n in (3, 2, 4)
            if i - n >= 0
        ) or (i >= 3 and ctx.word_start(i - 3) and ctx.is_word(text[i - 3 : i - 1]))

    def _households_named(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """、彭秋英家的竹筷, ，于桂芝家的民宿: a surname and a given name the model is sure of,
        opening a clause or a list item before their household (家的, 家里, 家种了 …)."""
        text = ctx.text
        if "家" not in text:
            return
        for m in _HOUSEHOLD_OF.finditer(text):
            i = m.start() - 3
            if i < 0 or i in taken or text[i] not in self.rules.surnames:
                continue
            if i and text[i - 1] not in "，。、；：的“\n" and not ctx.word_start(i):
                continue
            if ctx.is_word(text[i : i + 3]) or ctx.is_word(text[i + 2 : i + 4]):
                continue  # (国家, 大家, 专家: the given name's last character opens a word)
            if not self._sure_given(text[i + 1 : i + 3]) or ctx.in_mask(i, i + 3):
                continue
            self._add(spans, taken, ctx, i, i + 3, "a name before its household", parts=True)

    def _labelled_speakers(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """？白玉龙：最难忘的是…, \n玉罕：我是…: a name labelling what someone says in an
        interview or minutes, opening a line or a sentence before a colon: a name of known
        parts, or a surname and a given name the model finds likely, no word (not 记者：,
        主持人：, 主要做法：)."""
        text = ctx.text
        if "：" not in text and ":" not in text:
            return
        for i, end in self._speaker_labels(text):
            name = text[i:end]
            if i in taken or ctx.in_mask(i, end) or name in self.rules.leaders:
                continue
            if set(name) & (_FUNCTION_CHARS | _NAME_PARTICLES):
                continue
            if self._parts_name(ctx, i) == end:
                self._add(spans, taken, ctx, i, end, "a speaker's label", parts=True)
                continue
            compound = next((c for c in self._compounds.get(name[0], ()) if name.startswith(c)), "")
            given = name[len(compound) or 1 :]
            if (
                (compound or name[0] in self.rules.surnames)
                and (name[0] not in _NOT_SURNAMES_HERE or self._sure_given(given))  # 向德才：
                and 1 <= len(given) <= 2
                and given not in self._addressed
                and given not in self._title_words
                and (  # 白玉龙/nr： (not 黄金周：, 金银花：)
                    not ctx.is_word(name)
                    or (
                        self._nr_word(ctx, name)
                        and self.rules.given_score(given) >= _GIVEN_WORD_NAME
                        and name[-2:] not in _FLOWERS
                    )
                )
                and (
                    self.rules.given_score(given) >= _GIVEN_LIKELY
                    if len(given) == 2
                    else self.rules.given_char_score(given, third=True) >= _GIVEN_KEEP_LAST
                    and self.surname_scores.get(name[0], 0.0) >= 1.0
                )
            ):
                self._add(spans, taken, ctx, i, end, "a speaker's label")

    def _people_of_places(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """城隍镇的梁永福搞起了…, 来自谷城县的鲁国庆建议…, 95岁的刘长寿是…: a surname and two
        characters after a place and 的, or after an age and 的, where a subject's verb, a
        verb of saying or a list mark follows, are a person of that place or age."""
        text = ctx.text
        heads = [
            sp.end + 1 for sp in ctx.spans if sp.label == "ADMIN" and text.startswith("的", sp.end)
        ]
        if "岁的" in text:  # (the cheap test first)
            heads += [m.end() for m in _AGE_OF.finditer(text)]
        # 党家岘乡的杜春雨: a place the gazetteer lacks, ending in its level character
        heads += [m.end() for m in _TOWN_OF.finditer(text)]
        heads += [m.end() for m in _UNIT_OF.finditer(text)]  # 工作队的李卫国、
        for i in sorted(set(heads)):
            if i in taken or i >= len(text):
                continue
            score = self.surname_scores.get(text[i], 0.0)
            if text[i] in _NOT_SURNAMES_HERE or (
                score < 1.0 and (score < -1.0 or self.rules.given_score(text[i + 1 : i + 3]) < 10)
            ):
                continue  # (the cheap tests first; 代晓丽: a rarer surname, a sure given name)
            if (
                self.rules.given_score(text[i + 1 : i + 3]) < 5.0
                or text[i + 1 : i + 3] in _NOT_GIVEN
            ):
                continue  # 镇的王家大院, 七十岁的贺老汉: no given name
            end = self._name_at(text, i)
            if end - i != 3 or ctx.in_mask(i, end) or not self._list_item(ctx, i, end):
                continue
            name = text[i:end]
            if ctx.is_word(name) and not self._is_name_word(ctx, name):
                continue
            if (
                name[-1] in _SITE_TAILS
                or (  # (旗的胡杨林: a word the tagger reads as a name, ending in nature)
                    ctx.is_word(name)
                    and (name[-1] in _NATURE or not str(ctx.jieba.tag(name)[0][1]).startswith("nr"))
                )
                or (
                    ctx.is_word(name[:2])
                    and not str(ctx.jieba.tag(name[:2])[0][1]).startswith("nr")
                    and not (  # 谷城县的鲁国庆|建议 (鲁国 a word): a sure given name, speaking
                        self.rules.given_score(name[1:]) >= 10 and text.startswith(_SAYING, end)
                    )
                )
            ):
                continue  # 县的罗浮山, 乡的罗汉果: a site or a thing
            if ctx.is_word(text[end - 1 : end + 1]):
                continue  # 区的滑雪教|练, 市的温泉小|镇: a word runs on past the name
            nxt = text[end : end + 1]
            if not (
                nxt in "、，。；" or text.startswith(_SAYING, end) or self._subject_verb(ctx, end)
            ):
                continue
            self._add(spans, taken, ctx, i, end, "a person of a place or an age", parts=True)

    def _aged_of_names(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """七十四岁的钟铭种了…, 四十岁的代晓丽是…: after an age and 的 stands a person, so a
        surname and one or two name-like characters there, no word, before a verb, a verb
        of saying or a mark, are a name (rarer surnames and given names than a place and
        的 allows)."""
        text = ctx.text
        if "岁的" not in text:
            return
        occupied = self._held(ctx)
        for m in _AGE_OF.finditer(text):
            i = m.end()
            if i in taken or i in occupied or i + 2 > len(text):
                continue
            if text[i] not in self.rules.surnames:
                continue
            # 四十岁的代晓丽: a surname that is a word too, before a given name the model is
            # sure of, the three cut as one word
            sure = self._sure_given(text[i + 1 : i + 3]) and ctx._covering(i) == (i, i + 3)
            if text[i] in _NOT_SURNAMES_HERE and not sure:
                continue
            if self.surname_scores.get(text[i], 0.0) < _TITLE_SURNAME and not sure:
                continue
            for end in (i + 3, i + 2):
                name, given = text[i:end], text[i + 1 : end]
                if end > len(text) or not _CJK_RUN.fullmatch(name) or ctx.in_mask(i, end):
                    continue
                if (
                    given in _NOT_GIVEN
                    or given in self._addressed
                    or given in self._title_words
                    or not self._given_ok(given)
                    or not occupied.isdisjoint(range(i, end))
                ):
                    continue
                if ctx.is_word(name) and not self._is_name_word(ctx, name):
                    continue
                if len(name) == 2 and ctx.is_word(name) and not text.startswith(_SAYING, end):
                    continue  # 四十岁的余生要…: a word, unless it speaks
                if (
                    len(name) == 3
                    and ctx.is_word(name[:2])
                    and str(ctx.jieba.tag(name[:2])[0][1])[:1] == "n"
                    and not str(ctx.jieba.tag(name[:2])[0][1]).startswith("nr")
                    and self.rules.given_score(given) < _GIVEN_SURE
                ):
                    continue  # 三岁的孙女|儿: a word for a person opens it (包金|山 is fine)
                if (
                    len(given) == 2
                    and ctx.is_word(given)
                    and str(ctx.jieba.tag(given)[0][1]) == "n"
                    and self.rules.given_score(given) < _GIVEN_SURE
                ):
                    continue  # 三岁的孙|女儿: a noun, no given name
                if ctx.is_word(text[end - 1 : end + 1]):
                    continue  # (…岁的孙女|儿: a word runs on)
                nxt = text[end : end + 1]
                if not (
                    nxt in "、，。；"
                    or text.startswith(_SAYING, end)
                    or text.startswith(("老人", "老汉", "大爷", "大娘"), end)
                    or self._subject_verb(ctx, end)
                ):
                    continue
                self._add(spans, taken, ctx, i, end, "a name after an age", parts=True)
                break

    def _place_name_lists(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """安塞区的白建国、宝塔区的高春来、子长市的惠丰年: a list whose items are each a place,
        的 and a name; once one item's name is a person's, so are the others' (丰年, 大山 are
        words, 向海燕 opens with a preposition, 海丽 has two characters)."""
        text = ctx.text
        if "的" not in text:
            return
        admin = sorted((sp for sp in ctx.spans if sp.label == "ADMIN"), key=lambda sp: sp.start)
        starts = {sp.start: sp for sp in admin}
        person = {(sp.start, sp.end) for sp in spans} | {
            (sp.start, sp.end) for sp in ctx.spans if sp.label == "PERSON"
        }
        occupied = self._held(ctx)
        occupied |= {k for sp in spans for k in range(sp.start, sp.end)}
        seen: set[int] = set()
        for sp in admin:
            if sp.start in seen or not text.startswith("的", sp.end):
                continue
            items: list[tuple[int, int]] = []
            place: Span | None = sp
            while place is not None and text.startswith("的", place.end):
                seen.add(place.start)
                i = place.end + 1
                j = i
                while (
                    j < len(text) and j - i < 5 and _CJK.match(text[j]) and text[j] not in "和及与"
                ):
                    j += 1
                nxt = None
                if j < len(text) and text[j] in "、和及与" and j - i >= 2:
                    k = j + 1
                    while k < len(text) and k - j <= 12 and k not in starts:
                        k += 1  # (吴忠市|同心县的: a chain of places opens the next item)
                    nxt = starts.get(k)
                    if k > j + 1 and not all(a in occupied for a in range(j + 1, k)):
                        nxt = None
                    while nxt is not None and not text.startswith("的", nxt.end):
                        nxt = starts.get(nxt.end)  # 吴忠市|同心县|的: the chain's last place
                    items.append((i, j))
                else:
                    end = self._name_at(text, i) or self._parts_name(ctx, i)
                    if end and end - i >= 2:
                        items.append((i, end))
                place = nxt
            if len(items) < 2 or not any(it in person for it in items):
                continue
            for i, e in items:
                if (i, e) in person or not occupied.isdisjoint(range(i, e)) or i in taken:
                    continue
                name = text[i:e]
                if not 2 <= len(name) <= 4 or ctx.in_mask(i, e):
                    continue
                if not (
                    name[0] in self.rules.surnames
                    or self._parts_name(ctx, i) == e
                    or any(name.startswith(c) for c in self.rules.compound_surnames)
                ):
                    continue
                if ctx.is_word(name) and not self._is_name_word(ctx, name) and len(name) > 2:
                    continue
                self._add(spans, taken, ctx, i, e, "a list of people, each of a place", parts=True)

    def _role_lists(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """焊工（孙大海、闫春生）: the names in brackets after a word for what people are;
        卖牛肉粉的杨兵、教书的吴金花: a list whose items each end in 的 and a name."""
        text = ctx.text
        role_ends: set[int] | None = None
        for m in _BRACKETED_NAMES.finditer(text):
            if role_ends is None:
                role_ends = {e for _, e, _ in self._role_words(ctx)}
            k = m.start()
            before = text[max(k - 3, 0) : k]
            if k not in role_ends and not (
                before[-1:] in self.rules.role_suffixes and ctx.is_word(before[-2:])
            ):
                continue
            items, j = [], m.start() + 1
            for part in m.group(1).split("、"):
                items.append((j, j + len(part)))
                j += len(part) + 1
            if len(items) < 1 or not all(self._list_item(ctx, a, b) for a, b in items):
                continue
            for a, b in items:
                if a not in taken and not ctx.in_mask(a, b):
                    self._add(spans, taken, ctx, a, b, "named in brackets after a role")
        found = [
            (m.start(1), m.end(1))
            for m in _DE_NAME.finditer(text)
            if self.surname_scores.get(m.group(1)[0], 0.0) >= 1.0  # (the cheap tests first)
            and m.group(1)[0] not in _NOT_SURNAMES_HERE
            and self.rules.given_score(m.group(1)[1:]) >= 5.0  # (县的黄牛肉: no given name)
            and not ctx.is_word(m.group(1))
            and self._list_item(ctx, m.start(1), m.end(1))
        ]
        for (a, b), (c, d) in pairwise(found):
            listed = text[b] == "、" and c - b <= 12
            # 有做跨境物流的王一帆，有种茶的于小慧: items each opened by 有
            had = text[b] == "，" and text.startswith(("有", "还有", "也有"), b + 1) and c - b <= 24
            if (listed or had) and "。" not in text[b:c]:
                for x, y in ((a, b), (c, d)):  # 卖牛肉粉的杨兵、教书的吴金花
                    if x not in taken and not ctx.in_mask(x, y):
                        self._add(spans, taken, ctx, x, y, "a list of people, each after 的")

    def _comrades(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """由于向东同志牵头, 三、王解放同志负责, ；寻建国同志不再担任: a surname and one or two
        characters set off before 同志 are a name, even a word's (红旗同志); not a group of
        comrades (全体同志, 广大同志, 年轻同志)."""
        text = ctx.text
        if "同志" not in text:
            return
        for m in _COMRADE.finditer(text):
            c = m.start()
            for n in (3, 2, 4):
                s = c - n
                if s < 0 or s in taken or ctx.in_mask(s, c):
                    continue
                if (
                    s
                    and text[s - 1] not in _COMRADE_BEFORE
                    and not text[s - 1].isdigit()
                    and not (  # 督导组|逄立新同志: a name the model is sure of, no word
                        n == 3
                        and text[s] in self.rules.surnames
                        and self._sure_given(text[s + 1 : c])
                        and not ctx.is_word(text[s - 1 : s + 1])
                        and not ctx.is_word(text[s:c])
                        and not ctx.is_word(text[s : s + 2])  # (宣传|部同志)
                    )
                ):
                    continue
                name = text[s:c]
                compound = next(
                    (x for x in self._compounds.get(name[0], ()) if name.startswith(x)), ""
                )
                given = name[len(compound) or 1 :]
                if not (compound or name[0] in self.rules.surnames) or not 1 <= len(given) <= 2:
                    continue
                if name in _COMRADE_GROUPS or name in self._addressed or given in self._addressed:
                    continue
                if name[-1] in "部委局办科处室所站队组" and ctx.is_word(name[:2]):
                    continue  # 宣传部同志: the comrades of an organ
                if n > 2 and (
                    name[0] in "由对请给让把将"
                    or (name[0] in _COMRADE_BEFORE and name[1] in self.rules.surnames)
                ):
                    continue  # ，由|红艳同志, 和|王明同志: the frame's word, then the name
                if (
                    len(given) == 2
                    and ctx.is_word(given)
                    and str(ctx.jieba.tag(given)[0][1])[:1] in "rdmqpcu"
                    and not (  # 李大同同志: the segmenter knows the whole name
                        ctx.is_word(name) and [str(t) for _, t in ctx.jieba.tag(name)] == ["nr"]
                    )
                    and not self._sure_given(given)  # 逄立新同志 (立新/d)
                ):
                    continue  # 由于有些同志: a pronoun or an adverb, no given name
                if set(name) & (_FUNCTION_CHARS | _LEVEL_CHARS) or not _CJK_RUN.fullmatch(name):
                    continue
                if any(
                    sp.start < c
                    and s < sp.end
                    and not (  # 逄|立新 (a town 立新乡): a given name the model is sure of
                        sp.label == "ADMIN"
                        and not sp.full
                        and s < sp.start
                        and self._sure_given(text[c - 2 : c])
                    )
                    for sp in ctx.spans
                    if sp.label != "LEVEL"
                ):
                    continue  # (a place or a title there already)
                self._add(spans, taken, ctx, s, c, "a name before 同志", parts=True)
                break

    def _households(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """对汪家、余家两户, 赵家的老二, 帮柯家抢收: a surname and 家 for a household
        names the family by its surname (not 国家, 陆家嘴, 王家村: words and places)."""
        text = ctx.text
        for m in _HOUSEHOLD.finditer(text):
            i = m.start()
            k = m.end()  # after 家
            surname = text[i]
            if i in taken or surname not in self.rules.surnames:
                continue
            nxt = text[k : k + 1]
            before = text[i - 1 : i] if i else "。"
            listed = (  # 汪家、余家, 霍家和葛家: households listed together
                nxt in "、和与及"
                and _HOUSEHOLD.match(text, k + 1) is not None
                and text[k + 1] in self.rules.surnames
            ) or (
                before in "、和与及"
                and i >= 3
                and text[i - 2] == "家"
                and text[i - 3] in self.rules.surnames
            )
            if surname in _NOT_SURNAMES_HERE and not listed:
                continue  # 和家, 全家: a word or a conjunction
            pair = text[i:k]
            if (
                ctx.is_word(pair)
                and not self._is_name_word(ctx, pair)
                and self.surname_scores.get(surname, 0.0)
                < (_TITLE_SURNAME if listed else _SURE_SURNAME)
            ):
                continue  # 国家, 管家, 农家: words (白家 and 孟家 are words too)
            if i and ctx.is_word(text[i - 1 : i + 1]) and not ctx.word_start(i):
                continue  # (the surname ends another word)
            if (
                nxt in _PLACE_AFTER_HOME
                or (nxt and ctx.is_word(text[i : k + 1]))
                or text.startswith(("大院", "老宅", "祠堂", "花园", "大屋", "庄园"), k)
            ):
                continue  # 陆家嘴, 王家村, 张家港, 曹家大院: a place
            if surname in _ETHNIC_HOMES:
                continue  # 苗家的蜡染, 瑶家: a people, not a family
            if not (
                listed
                or (before in _HOME_BEFORE and (nxt in _HOME_AFTER or not _CJK.match(nxt or "。")))
                or (before in "、和与及" and nxt in _HOME_AFTER)
                # 帮柯家抢收, 去年冬天曹家失火: what a household has or does after it
                or (
                    (before in _FAMILY_BEFORE or text[max(0, i - 2) : i] in _HOME_LEADS)
                    and _HOME_DOINGS.match(text, k) is not None
                )
            ):
                continue
            if ctx.in_mask(i, k):
                continue
            self._add(spans, taken, ctx, i, i + 1, "a surname and 家: a household", parts=True)

    def _masked_names(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """彭某某利用职务便利, 其弟胡某，: a name a record masked but for its surname, the
        surname alone is what it gives (通报 and 判决 write people so)."""
        text = ctx.text
        role_ends = {e for _, e, _ in self._role_words(ctx)}
        for m in _MASKED_GIVEN.finditer(text):
            k = m.start()
            surname = next(
                (
                    c
                    for c in self.rules.compound_surnames
                    if k >= len(c) and text.startswith(c, k - len(c))
                ),
                text[k - 1 : k] if k and text[k - 1] in self.rules.surnames else "",
            )
            clan = text[k - 2 : k] if k >= 2 else ""
            if clan in self.rules.clans and ctx.word_start(k - 2):
                surname = clan  # 村民阿说某与海来某: a Yi clan name, the given name masked
            i = k - len(surname)
            if not surname or i in taken or ctx.in_mask(i, m.end()):
                continue
            opens = i == 0 or not _CJK.match(text[i - 1])  # (。于某某采取…: a clause opens)
            # (主任向某某, 包括于某某、佟某: after a role or in a list of masked names)
            placed = (
                i in role_ends
                or text[i - 1 : i] in ("任", "长", "员", "户", "主")  # 主任|向某某, 户主|于某某
                or text.startswith("、", m.end())
            )
            if (
                len(surname) == 1
                and (surname in _NOT_SURNAMES_HERE or surname in _PREPOSITIONS)
                and not ((opens or placed) and m.group(0) == "某某" and surname in "于向和")
            ):
                continue  # 对某某, 由某某负责: a preposition, no surname
            if m.group(0) == "某" and text[k : k + 2] in _SOME_WORDS:
                continue  # 于某日, 在某地: 某 opens a word (熊某|处以罚款 and 王某家 do not)
            if (
                i
                and ctx.is_word(text[i - 1 : i + 1])
                and not ctx.word_start(i)
                and not (i >= 2 and ctx.is_word(text[i - 2 : i]))  # (失主|张某某)
                and not placed  # (报账员|林某某, 涉事户|田某、: the segmenter's 员林, 户田)
            ):
                continue  # 开展|某某活动: the character ends another word
            why = "a surname before 某某, the name masked"
            self._add(spans, taken, ctx, i, k, why, parts=True)

    def _aged_and_alike(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """王建国今年58岁, 江河，31岁，, 像高峰这样的返乡青年: only a person's name opens a
        clause before an age, or stands between 像 and 这样的 and a word for people, so a
        surname and one or two characters there are a name even when they make a word
        (江河, 高峰, 余波)."""
        text = ctx.text
        heads: list[tuple[int, bool]] = []  # (where the would-be name ends, after 像)
        if "岁" in text:  # (the cheap test first: most texts give no ages)
            heads.extend((m.start(), False) for m in _AGE_NEXT.finditer(text))
        if "这样的" in text:
            heads.extend((m.start(), True) for m in _LIKE_PEOPLE.finditer(text))
        if not heads:
            return
        occupied = {  # (a short place inside the name yields: 王|秀英)
            k
            for sp in ctx.spans
            if sp.label != "LEVEL" and (sp.length >= 3 or sp.label != "ADMIN")
            for k in range(sp.start, sp.end)
        }
        role_ends = {e for _, e, _ in self._role_words(ctx)}
        for end, alike in heads:
            for size in (3, 2, 4):
                i = end - size
                if i < 0 or i in taken or not occupied.isdisjoint(range(i, end)):
                    continue
                before = text[i - 1 : i]
                if (
                    alike
                    and before != "像"
                    and not (  # ，赖永胜这样的护林员: 像 left out
                        (not before or before in "，。；：“、")
                        and not ctx.is_word(text[i:end])
                        and size == 3
                    )
                ):
                    continue
                if not alike and not self._may_open_name(ctx, i, role_ends):
                    continue
                name = text[i:end]
                surname = next(
                    (c for c in self._compounds.get(text[i], ()) if name.startswith(c)), ""
                ) or (text[i] if text[i] in self.rules.surnames else "")
                parts = self._parts_name(ctx, i) == end or self._dotted_end(text, i) == end
                if not parts and (
                    not surname
                    or not 1 <= size - len(surname) <= 2
                    or text[i] in _NOT_SURNAMES_HERE
                    or not _CJK_RUN.fullmatch(name)
                    or set(name[len(surname) :]) & (_FUNCTION_CHARS | _NUMERALS)
                ):
                    continue
                if ctx.in_mask(i, end):
                    break
                if size - len(surname) == 1 and name[-1] in "老小":
                    end = i + len(surname)  # 谭老今年八十二岁: a surname and a form of address
                elif ctx.is_word(name) and not parts and not self._is_name_word(ctx, name):
                    tag = str(ctx.jieba.tag(name)[0][1])
                    if (
                        tag[:1] not in ("n", "t")
                        or tag in ("nt", "nz")
                        or len(name) > 2
                        or self.surname_scores.get(name[0], 0.0) < _TITLE_SURNAME
                        or self.rules.given_char_score(name[1], third=True) < _GIVEN_KEEP_LAST
                    ):
                        continue  # (公司, 企业, 余额: a word for a thing, no name)
                why = "a name before an age" if not alike else "a name in 像…这样的"
                self._add(spans, taken, ctx, i, end, why, parts=True)
                break

    def _given_ok(self, given: str, banned: Iterable[str] = ()) -> bool:
        """One or two characters a given name may be after a frame that names people: no
        function word or numeral (全 and 和 may end one), nothing ``banned``, and likely
        enough to the model."""
        bad = _FUNCTION_CHARS | _NUMERALS | set(banned)
        if not 1 <= len(given) <= 2 or given[0] in bad:
            return False
        if len(given) == 2:
            return given[1] not in bad - set("全和") and (
                self.rules.given_score(given) >= _GIVEN_FRAMED
            )
        return self.rules.given_char_score(given, third=True) >= _GIVEN_KEEP_LAST

    def _may_open_name(self, ctx: Context, i: int, role_ends: set[int], also: str = "") -> bool:
        """A name may begin at i: a clause or list item opens, or a preposition (``also``)
        or a word for a person (a listed role, or a noun ending like one: 老军垦|何其昌)
        stands before it."""
        text = ctx.text
        return (
            not i
            or text[i - 1] in _AGED_BEFORE
            or text[i - 1] in also
            or i in role_ends
            or (
                self._role_suffix is not None
                and self._role_suffix.match(text, i - 1) is not None
                and ctx.word_start(i)
                and not ctx.word_start(i - 1)
            )
        )

    def _word_names_after_roles(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """网格员夏天，每天…, 设计师方圆把工作室…, 农技员于洋商量…: right after a listed role,
        a surname and one name-like character that make a noun, a name or a place to the
        dictionary (not a time, verb or adverb: 护林员白天巡山, 技术员马上赶到), closing the
        phrase or before the subject's verb, are a person named so."""
        text = ctx.text
        occupied = self._held(ctx)
        for _, i, role in self._role_words(ctx):
            end = i + 2
            if end > len(text) or i in taken or not occupied.isdisjoint(range(i, end)):
                continue
            if role[-1] not in _JOB_ENDS:
                continue  # (农民|利益, 群众|安宁, 青年|官兵: people in general, no one named)
            word = text[i:end]
            if (
                word[0] not in self.rules.surnames
                or self.surname_scores.get(word[0], -9.0) < 0.0
                or not ctx.is_word(word)
                or self.rules.given_char_score(word[1], third=True) < _GIVEN_KEEP_LAST
                or word in self._addressed
                or word in self._title_words
                or ctx.in_mask(i, end)
            ):
                continue
            tag = str(ctx.jieba.tag(word)[0][1])
            closed = text[end : end + 1] in ("，", "、") or text.startswith(_SAYING, end)
            if tag not in ("n", "nr", "nrfg", "ns", "nz", "nrt") and not (tag == "t" and closed):
                continue  # (白天/t|巡山, 马上/d, 高兴/b: no name; 网格员夏天/t，: a name)
            if word[0] in _NOT_SURNAMES_HERE and tag not in ("nr", "nrfg", "ns"):
                continue  # (a preposition opens it: only a name to the dictionary, 于洋/ns)
            if not (ctx.word_start(i) and ctx.word_start(end)) or ctx.is_word(text[i : end + 1]):
                continue  # (值班员|高峰期: the word runs on)
            if not (
                text[end : end + 1] in ("，", "、")
                or text.startswith(_SAYING, end)
                or self._subject_verb(ctx, end)
            ):
                continue
            self._add(spans, taken, ctx, i, end, f"a name that is a word, after {role}", parts=True)

    def _counted_names(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """段玉珍等二十名志愿者, 商户李家和等人: before 等 and a count of people (or 等人,
        等同志) stand people, so a surname and one or two characters there, opening a
        clause or list item or right after a role, are a name unless they make a word."""
        text = ctx.text
        if "等" not in text:
            return
        role_ends = {e for _, e, _ in self._role_words(ctx)}
        occupied = self._held(ctx)
        role_starts = {s for s, _, _ in self._role_words(ctx)}
        heads = [m.start() for m in _ETC_PEOPLE.finditer(text)]
        for m in _ETC_COUNT.finditer(text):
            j = m.end()
            j += 1 if text[j : j + 1] in ("老", "多") else 0
            if m.start() not in heads and (
                j in role_starts or text.startswith(_ETC_PEOPLE_NOUNS, j)
            ):
                heads.append(m.start())
        for end in sorted(heads):
            for size in (3, 2, 4):
                i = end - size
                if i < 0 or i in taken or not occupied.isdisjoint(range(i, end)):
                    continue
                if not self._may_open_name(ctx, i, role_ends, "为给向对和与及跟同把被由在了是）)"):
                    continue
                name = text[i:end]
                parts = self._parts_name(ctx, i) == end or self._dotted_end(text, i) == end
                surname = next(
                    (c for c in self._compounds.get(text[i], ()) if name.startswith(c)), ""
                ) or (text[i] if text[i] in self.rules.surnames else "")
                given = name[len(surname) :]
                if not parts and (
                    not surname
                    or not 1 <= len(given) <= 2
                    or text[i] in _NOT_SURNAMES_HERE
                    or self.surname_scores.get(text[i], 0.0) < _TITLE_SURNAME
                    or not _CJK_RUN.fullmatch(name)
                    or not self._given_ok(given, _LEVEL_CHARS)
                ):
                    continue
                if ctx.in_mask(i, end):
                    break
                if not parts and ctx.is_word(name) and not self._is_name_word(ctx, name):
                    continue  # 游客等, 高管等5人: a word for people, no name
                self._add(spans, taken, ctx, i, end, "a name counted with 等", parts=True)
                break

    def _case_names(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """“潘成福虚报误工补贴案”, “叶光明受贿案”: a case is named after its offender,
        the name opening the quoted title and a verb of the offence following it."""
        text = ctx.text
        if "案”" not in text:
            return
        for m in _CASE_TITLE.finditer(text):
            i = m.start() + 1
            end = max(self._name_at(text, i), self._parts_name(ctx, i), self._dotted_end(text, i))
            if not end or end >= m.end() - 2 or i in taken or ctx.in_mask(i, end):
                continue
            if ctx.is_word(text[i:end]) and not self._is_name_word(ctx, text[i:end]):
                continue  # (“安全生产责任案”: a word, no name)
            plain = end - i in (2, 3) and end == self._name_at(text, i)
            if plain and self.rules.given_score(text[i + 1 : end]) < _GIVEN_SURE:
                continue  # a name the case is called by is a full one, of name characters
            self._add(spans, taken, ctx, i, end, "the name a case is called by")

    def _dictionary_names(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """坐在前排的王建华站起来说, 乌力吉和王丽娜已经成了…: a three-character word the
        dictionary lists as a personal name, its given name made of name characters
        (given-name score 9.0 and above: 王建华 12.1, 马春花 10.2; not 高水平 7.4, 黄金周
        7.3), before a verb or a break, is that person: after 的 or a clause mark, or
        anywhere the segmenter cuts it as one word (not 明正德|三年, an emperor's era)."""
        text = ctx.text
        marked = {m.start() for m in self._marked_surname.finditer(text)}
        sur, a, _, b = ctx.name_windows(self.rules)
        # (the cheap test first, at every position at once: a surname, then a given name
        # the model rates that high)
        likely = np.flatnonzero(sur[:-2] & (a[:-2] + b[:-2] >= _GIVEN_WORD_NAME)).tolist()
        for i in sorted(marked.union(likely)):
            end = i + 3
            if end > len(text) or i in taken or not ctx.is_word(text[i:end]):
                continue
            if self.rules.given_score(text[i + 1 : end]) < _GIVEN_WORD_NAME:
                continue
            if i not in marked and (
                ctx._covering(i) != (i, end) or text[i] in _NOT_SURNAMES_HERE  # (和|錫蘭)
            ):
                continue
            if _ERA_YEAR.match(text, end):
                continue  # 明正德|三年: a dynasty and its emperor's era
            tags = ctx.jieba.tag(text[i:end])
            if len(tags) != 1 or str(tags[0][1]) != "nr" or ctx.in_mask(i, end):
                continue
            if not ctx.word_start(i) or not (
                (ctx.word_start(end) and self._breaks(ctx, end)) or text.startswith("任", end)
            ):
                continue  # (刘晓东|任旗委常委: an appointment, whatever the tagger glues)
            if ctx.is_word(text[i : i + 2]):
                continue  # 胡杨林, 白云山, 和田玉, 黄菊花: a word and more, no surname
            if text[end - 1] in _NATURE and not text.startswith(_SAYING, end):
                continue  # 阳宗海, 玉珠峰: a landmark, unless it speaks
            if text[i + 1] == text[i + 2] and not text.startswith(_SAYING, end):
                continue  # 金灿灿, 冷冰冰: a reduplicated adjective (王丽丽说 still speaks)
            if text[end - 2 : end] in _FLOWERS:
                continue  # 万寿菊: a flower
            if text[i - 1 : i] == "“" and text[end : end + 1] == "”":
                continue  # “土专家”“田秀才”: a quoted epithet, no name
            self._add(spans, taken, ctx, i, end, "a name the dictionary lists")

    def _padded_names(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """钟 华任…；记录人，村官李 想。: a two-character name padded with a space to the width of
        three stands out wherever it is; a space between Han characters is rare in running
        text. Letter-spaced headings (会 议 纪 要) and words split by a stray space (加强 管理,
        公 告) are not names."""
        text = ctx.text
        role_ends: set[int] | None = None
        for m in _PADDED.finditer(text):
            i = m.start()
            end = i + 3
            if i in taken or ctx.in_mask(i, end) or text[i] in self.rules.stops:
                continue
            # 网格员萨 仁, 秘书央 金: a Tibetan or Mongolian name padded alike, after a role
            minority = text[i] in self.rules.name_chars and text[i + 2] in self.rules.name_chars
            if (
                text[i] not in self.rules.surnames or self.surname_scores.get(text[i], 0.0) < 0
            ) and not minority:
                continue
            if i >= 2 and text[i - 1] in " 　" and _CJK.match(text[i - 2]):
                continue  # 会 议 纪 要 (or a byline, read elsewhere)
            if end + 1 < len(text) and text[end] in " 　" and _CJK.match(text[end + 1]):
                continue
            joined = text[i] + text[i + 2]
            if ctx.is_word(joined) or text[i + 2] in _STOP_GIVEN | _NEVER_GIVEN:
                continue  # 公 告, 总 则: a word set off by spaces
            left = i == 0 or not _CJK.match(text[i - 1]) or ctx.boundary(i)
            cover = ctx._covering(i - 1) if i > 0 and _CJK.match(text[i - 1]) else None
            if (i > 0 and _CJK.match(text[i - 1]) and ctx.is_word(text[i - 1 : i + 1])) or (
                cover is not None and cover[1] == i + 1  # 通讯员 许家乐: 员 ends a word
            ):
                left = any(text.endswith(t, 0, i) for t in self._title_words)  # 镇长江 涛
            right = (
                end == len(text) or not _CJK.match(text[end]) or text.startswith(_PADDED_NEXT, end)
            )
            if (not right or not left) and i and _CJK.match(text[i - 1]):  # 教师叶 青|利用周末
                if role_ends is None:
                    role_ends = {e for _, e, _ in self._role_words(ctx)}
                roled = i in role_ends or any(text.endswith(t, 0, i) for t in self._title_words)
                # (the space sets the name off; only a word across it would undo that)
                right = right or (roled and not ctx.is_word(text[i + 2 : i + 4]))
                left = left or roled
            if not right and ctx.is_word(text[i + 2 : i + 4]):
                continue  # 强 管理: the second character opens a word
            if minority and text[i] not in self.rules.surnames and i and _CJK.match(text[i - 1]):
                if role_ends is None:
                    role_ends = {e for _, e, _ in self._role_words(ctx)}
                left = left and (
                    i in role_ends or any(text.endswith(t, 0, i) for t in self._title_words)
                )
            if left and right:
                self._add(
                    spans, taken, ctx, i, end, "a name padded to three characters", parts=True
                )

    def _word_names_saying(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """枣农高明说，…, 。向阳说，…, 。常青说：“…: a surname and one character that the
        dictionary lists as a personal name (高明/nr, 向阳/nr) before 说 and its mark,
        opening a clause or right after a word for what a person is; the last character
        ends names often (not 高兴/b, 庄严/a: words that say how one speaks)."""
        text = ctx.text
        if "说" not in text:
            return
        occupied = self._held(ctx)
        role_ends = {e for _, e, _ in self._role_words(ctx)}
        if self._role_suffix is not None:
            role_ends.update(m.end() for m in self._role_suffix.finditer(text))
        for m in _WORD_SAYS.finditer(text):
            i = m.start()
            if i in taken or not occupied.isdisjoint(range(i, i + 2)) or ctx.in_mask(i, i + 2):
                continue
            word = text[i : i + 2]
            if word[0] not in self.rules.surnames or not ctx.is_word(word):
                continue
            if str(ctx.jieba.tag(word)[0][1]) != "nr":
                continue
            if self.rules.given_char_score(word[1], third=True) < _GIVEN_KEEP_LAST:
                continue
            opens = i == 0 or text[i - 1] in "。，；：！？“”\n"
            if not (opens or (i in role_ends and ctx.word_start(i))):
                continue
            if word in self._addressed or word in self._title_words or word in self._listed_roles:
                continue
            self._add(spans, taken, ctx, i, i + 2, "a name the dictionary lists, before 说")

    def _speakers_quoted(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """。程诺说，外婆炒茶的手…, 种植大户操红兵说，…, 牧民旦真措说，…: two to four
        characters before 说 and the mark that opens what was said, where a clause opens
        or a word for a person ends, are who said it when they are no word (大家, 专家,
        村里人 are words), hold no function character and open as a name does (a surname,
        a character of names without one)."""
        text = ctx.text
        if "说" not in text:
            return
        held = self._held(ctx)
        role_ends: set[int] | None = None
        for m in _SAYS_QUOTED.finditer(text):
            e = m.start()
            if text[e - 1 : e] in _ADVERBS_BEFORE_SAYING:
                e -= 1  # 周喜凤|常说, 央宗|却说
            for n in (2, 3, 4):
                i = e - n
                if i < 0 or i in taken:
                    continue
                name = text[i:e]
                if not _CJK_RUN.fullmatch(name) or set(name) & (_FUNCTION_CHARS | _NEVER_SPEAKER):
                    continue
                opens = i == 0 or text[i - 1] in "。，；：！？“”\n"
                if not opens:
                    if role_ends is None:
                        role_ends = {r for _, r, _ in self._role_words(ctx)}
                    if i not in role_ends:
                        continue
                if not (name[0] in self.rules.surnames or name[0] in self._name_known):
                    continue
                if (ctx.is_word(name) and not self._nr_word(ctx, name)) or any(
                    self._ordinary_word(name[a : a + 2]) and name[a : a + 2] not in self._name_pairs
                    for a in range(len(name) - 1)
                ):
                    continue  # 大家, 村里人, 老人们: words for people
                if not held.isdisjoint(range(i, e)) or ctx.in_mask(i, e):
                    continue
                if (
                    name in self._addressed
                    or name in self._title_words
                    or name in self._listed_roles
                ):
                    continue
                if name.endswith(self._long_address) or name.endswith(tuple(self._addressed)):
                    continue  # 卓玛阿姐, 沙马师傅: a form of address, read by its own pass
                if n == 2 and self.rules.given_char_score(name[1], third=True) < _GIVEN_KEEP_LAST:
                    continue  # (a surname and one character that ends no name)
                self._add(spans, taken, ctx, i, e, "a speaker, before 说 and what was said")
                break

    def _framed_names(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """村党支部书记于得水介绍, 种粮大户张丰收今年…, 负责人罗德全荣获: right between a
        person's title or role and what a subject does, a surname and two characters are a
        name though they make a word (丰收, 和平) or hold a stop (全); after a preposition-like
        surname only a given name the model likes (县长向和平表示, not 局长向记者介绍)."""
        text = ctx.text
        ends = {e for _, e, _ in self._role_words(ctx)}
        ends.update(m.end() for m in self._after_title.finditer(text))
        occupied: set[int] | None = None
        for i in sorted(ends):
            if i + 3 > len(text) or i in taken or text[i] not in self.rules.surnames:
                continue
            if self.surname_scores.get(text[i], 0.0) < _TITLE_SURNAME:
                continue
            if _CJK_RUN.fullmatch(text[i : i + 3]) is None or ctx.in_mask(i, i + 3):
                continue
            if occupied is None:
                occupied = {
                    k for sp in ctx.spans if sp.label != "LEVEL" for k in range(sp.start, sp.end)
                }
            if not occupied.isdisjoint(range(i, i + 3)) or not taken.isdisjoint(range(i, i + 3)):
                continue
            end = i + 3
            given = text[i + 1 : end]
            if (
                given in _NOT_GIVEN
                or given in self._title_words
                or given in self._addressed
                or given in self._listed_roles
            ):
                continue  # 代表詹|同学说
            if not ctx.word_start(i):
                continue  # 全村|民宿: the role is no word of the text
            if not (end >= len(text) or ctx.word_start(end) or text[end] in _NAME_BREAKS):
                continue  # 书记高度|重视: the would-be name ends inside a word
            stops = _FUNCTION_CHARS | set("则才乃即便若且已有")
            score = self.rules.given_score(given)
            word_given = ctx.is_word(given) and score >= _GIVEN_WORD_AFTER_SURNAME  # 和平
            if (given[0] in stops and not word_given) or (
                given[1] in stops and given[1] not in "全和"
            ):
                continue  # 群众满意才是, 干部林立一干 (罗德全, 陈家和: names end so)
            if self._common_word(ctx, text[i : i + 2]):
                continue  # 群众|关心和反映: a word runs from the surname
            score = self.rules.given_score(given)
            if (
                not ctx.is_word(given)
                and min(
                    self.rules.given_char_score(given[0], third=False),
                    self.rules.given_char_score(given[1], third=True),
                )
                < _GIVEN_SURE_EACH
            ):
                continue  # 农民利益有|保障: no given name of two name-like characters
            if text[i] in self.rules.stops or text[i] in _PREPOSITION_SURNAMES:
                if given[0] in self.rules.surnames and str(ctx.jieba.tag(given)[0][1]) == "nr":
                    continue  # 县长和|李明: a conjunction before a name
                tag = str(ctx.jieba.tag(given)[0][1]) if ctx.is_word(given) else ""
                if score < _GIVEN_WORD_AFTER_SURNAME or tag[:1] in ("r", "t", "f", "m", "p", "d"):
                    continue  # 向记者, 于近日, 和大家: the object of a preposition
                if tag in ("n", "vn", "v", "a"):
                    continue  # 妇女和民生工作: a conjunction and a noun (和平/nz is a name)
            elif score < _GIVEN_FRAMED and not self._tagged_name(text[i:end]):
                continue
            if ctx.is_word(text[i:end]) and not self._is_name_word(ctx, text[i:end]):
                continue
            k = _run_end(text, end, _NAME_BREAKS)
            first = str(ctx.jieba.tag(text[end:k])[0][0]) if k > end else ""
            if not (
                text.startswith(_SAYING, end)
                or self._subject_verb(ctx, end)
                or first in _NAME_THEN
                or text.startswith(_NAME_THEN_START, end)
                or re.match("[一二三四五六七八九十百0-9]{1,4}岁", text[end : end + 5])
                or (  # 种粮大户刘丰收，: the name closes the role's phrase
                    text[end : end + 1] in "，、"
                    and not (text[i] in self.rules.stops or text[i] in _PREPOSITION_SURNAMES)
                    and str(ctx.jieba.tag(text[i:end])[0][1]) != "ns"
                )
            ):
                continue  # (a name's age: 老党员苟德全九十岁了)
            self._add(spans, taken, ctx, i, end, "a name between a role and its verb")

    def _official_frames(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """任命覃建明为…，邹春生为…; 免去吴建军的…职务; 由钟振兴同志协调; 对…镇长曹向前进行约谈:
        the frames of appointments, tasks and reprimands in official documents, each name
        read as a list item (a surname and one or two characters, a padded 刘 强)."""
        text = ctx.text
        for m in _OFFICIAL_FRAME.finditer(text):
            trigger = m.group(0)
            if not ctx.word_start(m.start()) or (
                not ctx.boundary(m.end()) and ctx.is_word(text[m.end() - 1 : m.end() + 1])
            ):
                continue  # 理由, 自由, 由于: 由 inside a word (由|普建国 glued as 由普 is fine)
            k = m.end() + (text[m.end() : m.end() + 1] in ("：", ":"))  # 决定任命：虞某为…
            self._frame_name(ctx, spans, taken, k, trigger)
            if trigger in _APPOINTING:  # …，邹春生为…；免去…，龙文华的…职务
                k = m.end()
                stop = _SENTENCE_END.search(text, k)
                hi = stop.start() if stop else len(text)
                marks = (
                    _DECISION_MARK
                    if trigger.startswith("决定") and trigger != "决定任命"
                    else _CLAUSE_MARK
                )
                for c in marks.finditer(text, k, hi):
                    self._frame_name(ctx, spans, taken, c.end(), trigger)

    def _frame_name(
        self, ctx: Context, spans: list[Span], taken: set[int], i: int, trigger: str
    ) -> None:
        text = ctx.text
        if i in taken or i >= len(text):
            return
        ends = [e for e in (self._name_at(text, i), self._dotted_end(text, i)) if e]
        ends += [  # 任命那日松为…, 任命南梁为…: a name of parts or a county's, then the closer
            e
            for e in (self._plain_name(ctx, i), self._parts_name(ctx, i), i + 2, i + 3)
            if e
            and trigger in _APPOINTING
            and text.startswith(("为", *_FRAME_CLOSERS.get(trigger, ())), e)
        ]
        end = next(
            (
                e
                for e in sorted(set(ends), reverse=True)
                if text.startswith(_FRAME_CLOSERS.get(trigger, _FRAME_CLOSE), e)
                and self._list_item(ctx, i, e)
            ),
            0,
        )
        if not end or ctx.in_mask(i, end):
            return
        if any(sp.start == i and sp.end >= end and sp.label == "ADMIN" for sp in ctx.spans):
            return  # 由张家口联系…: a place, no name (but 南宫雪为副镇长)
        name = text[i:end]
        if ctx.is_word(name.replace(" ", "")) and not self._is_name_word(ctx, name):
            return  # 由政府为…: a word, no name
        if set(name) & _NOT_IN_NAMES or any(
            name.endswith(t) for t in (*self._title_words, *self._addressed, *_STATE_TITLES)
        ):
            return  # 由於一個; 由周总理负责: a title, the rules' part
        if name.endswith("人") and any(
            sp.label == "ADMIN" and sp.start == i and sp.end == end - 1 for sp in ctx.spans
        ):
            return  # …年生，黎川人，现任: where the appointee comes from
        if not occupied_by_longer(ctx, i, end):
            n = len(spans)
            self._add(spans, taken, ctx, i, end, f"named in an official frame ({trigger})")
            if len(spans) > n:  # (the frame outranks a county of the same name: 任命南梁为)
                spans[-1] = replace(spans[-1], score=0.9)

    def _subject_verb(self, ctx: Context, end: int) -> bool:
        """A verb, adverb or preposition follows (是, 每天, 带着, 从, 在, 说)."""
        text = ctx.text
        if text.startswith(_AFTER_SUBJECT, end) or text.startswith(_SAYING, end):
            return True
        if _SPAN_OF_TIME.match(text, end):
            return True  # 罗永安|二十年前挑着扁担: how long ago, then the verb
        if (
            text[end : end + 1] in ("和", "与", "跟")
            and text[end + 1 : end + 2] in self.rules.surnames
            and self._sure_name(ctx, end + 1)
        ):
            return True  # 刘春生|和赵国强也举了手: a second name joins the subject
        if (
            text[end + 1 : end + 2] in ("了", "着", "过")
            and _CJK.match(text[end : end + 1])
            and not ctx.is_word(text[end : end + 2])
        ):
            return True  # 林碧霞|种了: one character and its aspect particle, a verb
        k = _run_end(text, end, _NAME_BREAKS)
        tags = ctx.jieba.tag(text[end:k])
        if not tags:
            return False
        if str(tags[0][1])[:1] in "vdpt" and str(tags[0][0]) not in ("等",):
            return True
        if str(tags[0][0]) in _NAME_THEN:
            return True  # 易红梅|当场要求: verbs and adverbs the tagger reads as nouns
        word = str(tags[0][0])  # the tagger may misread a verb in a run (扎根|山区 as places)
        return len(word) >= 2 and ctx.is_word(word) and str(ctx.jieba.tag(word)[0][1])[:1] == "v"

    def _list_item(self, ctx: Context, s: int, e: int) -> bool:
        """A name as an item of a list of people: surname + one or two characters
        (初晓梅, though 初晓 is a word), a padded one (罗 军) or a name without a Han
        surname (次仁旺姆, 那仁满都拉)."""
        text = ctx.text
        if self._name_at(text, s) == e or self._dotted_end(text, s) == e:
            return True
        x = text[s:e]
        if not 2 <= len(x) <= 6 or not _CJK_RUN.fullmatch(x) or set(x) & _NAME_PARTICLES:
            return False
        if all(c in self.rules.name_chars for c in x) and len(x) >= 3:
            return True
        if any(end == e for end, _ in self._part_runs(text, s)):
            return True  # 宝音图, 那顺: a name of known parts
        if text.startswith(self.rules.stops, s) and not (
            text[s] in _PREPOSITION_SURNAMES and text[s - 1 : s] == "、" and len(x) <= 3
        ):
            return False  # 共青团和|妇联: a conjunction, no surname (but 、向阳、 in a list)
        surname = next((c for c in self.rules.compound_surnames if x.startswith(c)), x[0])
        if surname not in self.rules.surnames | set(self.rules.compound_surnames):
            return False
        rest = x[len(surname) :]
        # 赵其木格: a Han surname before a Mongolian given name
        return 1 <= len(rest) <= 2 or (
            len(rest) <= 4 and all(c in self.rules.name_chars for c in rest)
        )

    def _place_given_names(self, ctx: Context, spans: list[Span], taken: set[int]) -> None:
        """韦秀英, 朱建平, 周海宁: a given name that is a county's short form (秀英区, 建平县,
        海宁市), after a surname the gazetteer recognizer left as it was; and 江山同志: a
        short form before 同志, which follows people only. The name outranks the place."""
        text = ctx.text
        ends = {sp.end for sp in ctx.spans if sp.label in ("ADMIN", "LOCAL")}
        place_starts = {sp.start for sp in ctx.spans if sp.label in ("ADMIN", "LOCAL")}
        role_ends = {e for _, e, _ in self._role_words(ctx)}
        title_ends: set[int] | None = None
        for sp in ctx.spans:
            if (
                sp.label != "ADMIN"
                or sp.full
                or sp.length != 2
                or sp.level not in ("county", "town")
            ):
                continue
            s, e = sp.start, sp.end
            if text[s] in self.rules.surnames and (
                text.startswith(_SAYING, e) or text.startswith(_PRESIDES, e)
            ):
                if title_ends is None:
                    title_ends = {m.end() for m in self._after_title.finditer(text)} | role_ends
                if s in title_ends and s not in ends:
                    # 区长|黎平|主持会议, 市委书记|宁武|说: a title, then a place name that
                    # speaks or presides: a person named like the place, outranking it
                    if s not in taken:
                        self._add(
                            spans, taken, ctx, s, e, "a place's name after a title", parts=True
                        )
                    for k, other in enumerate(spans):
                        if other.start == s and other.end == e:
                            spans[k] = replace(other, score=0.9)
                    continue
            if text.startswith("同志", e) and text[s] in self.rules.surnames:
                if s in taken or s in ends or (s and ctx.is_word(text[s - 1 : s + 1])):
                    continue
                self._add(spans, taken, ctx, s, e, "a place's name before 同志", parts=True)
                spans[-1] = replace(spans[-1], score=0.9) if spans[-1].start == s else spans[-1]
                continue
            i = s - 1
            if i < 0 or i in taken or text[i] not in self.rules.surnames:
                continue
            if text[i] in _NOT_SURNAMES_HERE or text[i] == "任" or i in ends or i in place_starts:
                continue  # 海南|秀英区, 周宁|都: the place before it or over it, no surname
            # what stands before the surname must say a name follows: nothing, a mark, 的,
            # a conjunction, or a title or a word for a person (乡长|葛卫东, 侨胞|朱建平)
            if not (
                i == 0
                or not _CJK.match(text[i - 1])
                or (text[i - 1] in "的和与及" and ctx.word_start(i - 1))  # (共和国|海南)
                or i in role_ends
                or (
                    i >= 2
                    and (text[i - 1] in "长记任胞" or text[i - 1] in self.rules.role_suffixes)
                    and ctx.is_word(text[i - 2 : i])
                )
            ):
                continue
            if e < len(text) and (text[e] in _LEVEL_CHARS | {"副"} or not ctx.boundary(e)):
                continue  # 韦秀英区, no name
            if self.rules.given_score(sp.text) < _GIVEN_LIKELY:
                continue
            self._add(spans, taken, ctx, i, e, f"a given name like {sp.reason}", parts=True)

    def _add(
        self,
        spans: list[Span],
        taken: set[int],
        ctx: Context,
        s: int,
        e: int,
        why: str,
        namesake: bool = False,
        parts: bool = False,
    ) -> None:
        name = ctx.text[s:e]
        if self.keep_leaders and name in self.rules.leaders and not namesake:
            return
        if why.startswith("name after") and self._verb_after_title(ctx, s, e):
            return  # 总书记|来过我们村, 记者|来采访, 战士|敬礼, 教师|周转房
        if name in self._addressed:
            return  # 英姬|阿妈妮说: a form of address, no name
        if name in self._ethnic_groups or name + ctx.text[e : e + 1] in self._ethnic_groups:
            return  # 七十岁的赫哲族老人, 和|哈萨克|族护边员: a people, no name
        if len(name) <= 4 and set(name[1:]) & _NEVER_GIVEN:
            return  # 患者慕名而来: a particle ends the phrase, no name
        if name[-1] in "村镇乡" and any(
            sp.label == "ADMIN" and sp.start == s and sp.end == e for sp in ctx.spans
        ):
            return  # 桂花村: a village a list of villages named, no person
        if name[-1] == "人" and any(
            sp.label == "ADMIN" and sp.start == s and sp.end == e - 1 for sp in ctx.spans
        ):
            return  # 林州人说起…: the people of a place, no person
        surname = next((c for c in self._compounds.get(name[:1], ()) if name.startswith(c)), "")
        surname = surname or name[:1]
        if len(name) > len(surname) and (
            name[len(surname) :] in self._addressed
            or ctx.text.startswith(self._long_address, s + len(surname))
            # 吕婶|腰不好: a kin word no given name opens with (not 伯, 叔, 太: 李叔同)
            or name[len(surname)] in _KIN_NOT_GIVEN
        ):
            e = s + len(surname)  # 刘大哥说, 闵科长, 黎小姐: the surname alone is the name
            name = surname
            why += ", a surname before a form of address"
        elif name[len(surname) : len(surname) + 1] == "某":
            e = s + len(surname)  # 村民杨某反映, 住户陈某|终于: the surname is all the record gives
            name = surname
        elif len(name) == len(surname) + 2 and _SAYS.fullmatch(name[len(surname) :]):
            e = s + len(surname)  # 乡长沈|介绍，: a surname alone before a verb of saying
            name = surname
        elif (
            not parts
            and ctx.is_word(name)
            and not self._is_name_word(ctx, name)
            and not self._proper_name_word(ctx, name)
        ):
            return  # 张家港, 王府井: a word, not a name
        taken.add(s)
        spans.append(Span(s, e, "PERSON", 0.85, self.name, name, reason=why))

    def _tagged_name(self, s: str) -> bool:
        """The tagger reads ``s`` (three characters, no dictionary word: the dictionary
        tags 安全感 nr) as one personal name."""
        if len(s) < 3 or self._jieba is None or self._jieba.has_word(s):
            return False
        tags = self._jieba.tag(s)
        return len(tags) == 1 and str(tags[0][1]).startswith("nr")

    def _common_word(self, ctx: Context, pair: str) -> bool:
        return ctx.is_word(pair) and pair not in self.rules.rare_pairs

    def _ordinary_word(self, pair: str) -> bool:
        if len(pair) < 2 or self._jieba is None or not self._jieba.has_word(pair):
            return False
        if pair in self.rules.rare_pairs:
            return False  # 范志|勇, 牛金|花: a rare entry, most likely part of a name
        tags = self._jieba.tag(pair)
        return not (len(tags) == 1 and str(tags[0][1]).startswith("nr"))

    @staticmethod
    def _is_name_word(ctx: Context, name: str) -> bool:
        try:
            tags = ctx.jieba.tag(name)
        except Exception:  # pragma: no cover - tagger failure is not fatal
            return False
        return len(tags) == 1 and str(tags[0][1]).startswith("nr")


class LevelRecognizer:
    """Level words (全市, 县委书记, 旗长): reported, rewritten by localize."""

    name = "level"

    def __init__(self, rules: LevelRules) -> None:
        self.rules = rules
        words = sorted(rules.words, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(w) for w in words))
        foreign = sorted(rules.foreign, key=len, reverse=True)
        # a country, then up to 12 characters of its own places, then the level word
        self._foreign = (
            re.compile(f"(?:{'|'.join(map(re.escape, foreign))})[^。！？；，、\n]{{0,12}}$")
            if foreign
            else None
        )

    def analyze(self, ctx: Context) -> list[Span]:
        admin_ends = {s.end for s in ctx.spans_of("ADMIN")} | {
            s.end - 1 for s in ctx.spans_of("ADMIN")
        }
        admin_at = {(s.start, s.end) for s in ctx.spans_of("ADMIN")}
        admin_starts = {s.start for s in ctx.spans_of("ADMIN")}
        admin_end_set = {s.end for s in ctx.spans_of("ADMIN")}
        spans = []
        for m in self._pattern.finditer(ctx.text):
            s, e, word = m.start(), m.end(), m.group(0)
            if not (ctx.boundary(s) or s in admin_ends or (s and ctx.text[s - 1] == "*")):
                continue
            if s not in admin_ends and _ends_word(ctx, s):
                continue  # 特别行政|区政府: the level character ends another word
            if word[-1] == "委" and ctx.text.startswith("员", e):
                continue  # 北京市委员会, 县委员: the committee's full name, not 市委
            if (
                ctx.text[e - 1 : e + 1] in self.rules.not_after_heads
                and not ctx.boundary(e)
                and ctx.word_start(e - 1)
            ):
                continue  # 以城带乡|长效机制: 长 opens the next word, no 乡长 is there
            if (s, e) in admin_at and (
                (ctx.text[e : e + 1] in ("、", "和") and e + 1 in admin_starts)
                or (s >= 1 and ctx.text[s - 1] in ("、", "和") and s - 1 in admin_end_set)
            ):
                continue  # 全州、兴安、灌阳三县: the county listed with others, not 全州 the level
            if s and s not in admin_end_set and self._foreign_head(ctx, s, word):
                continue
            info = self.rules.words[word][0]
            spans.append(
                Span(
                    s,
                    e,
                    "LEVEL",
                    0.9,
                    self.name,
                    word,
                    reason=f"{info.role} of a {info.level}",
                    level=info.level,
                    role=info.role,
                )
            )
        return spans

    def _foreign_head(self, ctx: Context, s: int, word: str) -> bool:
        """A level word of another country's place: after the country (美国|州长,
        澳大利亚新南威尔士州|州长) or after a name of its level that is no Chinese place
        (艾奥瓦州|州长: the level character twice, no division ending there)."""
        text = ctx.text
        if text[s - 1] == word[0] and word[0] in "州市省" and text[s - 2 : s - 1] != "*":
            return True
        if self._foreign is None:
            return False
        pos = max(0, s - 20)
        while (m := self._foreign.search(text, pos, s)) is not None:
            if not any(a.start <= m.start() < a.end for a in ctx.spans_of("ADMIN")):
                return True  # (巴林右旗|旗长: a banner, not Bahrain)
            pos = m.start() + 1
        return False


# -- Rules for the error classes of the held-out set ----------------------------------------


class _SimplifiedView:
    """Traditional text seen as simplified, one character for one, so offsets stay put
    (廣州 is matched as 广州; a span keeps the original characters). The table is OpenCC
    t2s applied to each character alone, less the characters that simplified place names
    use too (乾 in 乾县): those are never rewritten."""

    def __init__(self, keep: Iterable[str]) -> None:
        import opencc

        chars = [chr(c) for c in range(0x4E00, 0xA000)]
        out = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
        # Variant forms t2s leaves alone (鶏 in old prints of 寶鶏) go through jp2t first;
        # only toward a character some place name uses, so no ordinary word is rewritten.
        variants = (
            opencc.OpenCC("t2s")
            .convert(opencc.OpenCC("jp2t").convert("\n".join(chars)))
            .split("\n")
        )
        kept = set(keep)
        table: dict[int, str] = {}
        if len(out) == len(chars) == len(variants):
            for a, b, v in zip(chars, out, variants, strict=True):
                if len(b) == 1 and a != b and a not in kept:
                    table[ord(a)] = b
                elif (
                    len(v) == 1
                    and a == b
                    and v != a
                    and a not in kept
                    and v in kept
                    and not _in_gb2312(a)  # 予 (授予) is no variant of 豫 in Chinese text
                ):
                    table[ord(a)] = v
        self.table = table
        self._trad = re.compile("[" + "".join(chr(c) for c in sorted(table)) + "]")

    def __call__(self, text: str) -> str:
        if not self.table:
            return text
        found = self._trad.search(text)
        if found is None or self._trad.search(text, found.end()) is None:
            return text  # one stray character does not make a traditional text
        return text.translate(self.table)


def _in_gb2312(c: str) -> bool:
    """A character of the simplified standard set: a variant only of old prints if not."""
    try:
        c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


_VIEWS: dict[int, _SimplifiedView] = {}


def simplified_view(text: str, gazetteer: Gazetteer) -> str:
    """``text`` with traditional characters made simplified (same length), or ``text``."""
    view = _VIEWS.get(id(gazetteer))
    if view is None:
        keep = {c for name in (*gazetteer.by_name, *gazetteer.by_short) for c in name}
        view = _VIEWS[id(gazetteer)] = _SimplifiedView(keep)
    return view(text)


def restore_text(spans: Iterable[Span], text: str) -> None:
    """Give spans found on a simplified view the original characters."""
    for s in spans:
        s.text = text[s.start : s.end]


class TermRecognizer:
    """Places inside fixed terms, and landmark names that stand for their division.

    - One-character abbreviations in set terms (aliases.yaml ``abbrev_terms``): 港 twice
      in 港人治港, 台 in 台独/台商, 哈 in 哈洽会; a term counts where it starts and ends
      at a word boundary (电商平台商家 holds no 台商).
    - A province abbreviation after ``abbrev_after`` (驻津部队, 驻港): when it ends a word
      and begins no longer word or place (驻新加坡, 驻贵国, 驻青岛 are left alone); so
      does a municipality's or SAR's after a verb of going or staying that starts a word
      (``abbrev_visits``: 在京, 进京, 赴港; not 在津贴, 现在京剧).
    - Places named in national slogans (``place_terms``): 枫桥 in 枫桥经验.
    - A landmark or spanning name that is also a division, before a division cue
      (大兴安岭地区, 大兴安岭林区) or, for a spanning name, with a designation in the same
      clause (大兴安岭国家…试点): the division, unblocked.
    Runs right after FeatureRecognizer (it unblocks what that one blocked).
    """

    name = "term"

    def __init__(
        self,
        rules: TermRules,
        provinces: Iterable[str],
        gazetteer: Gazetteer,
        features: FeatureRules,
    ) -> None:
        self.rules = rules
        self.gaz = gazetteer
        self.terms = {t.term: ("abbreviation", t) for t in rules.abbrev_terms}
        self.terms.update({t.term: ("place", t) for t in rules.place_terms})
        self._terms = _phrase_pattern(self.terms)
        abbrevs = "".join(sorted(set(provinces) | {"疆"}))
        after = "".join(sorted(rules.abbrev_after))
        self._after = re.compile(f"[{re.escape(after)}](?=[{re.escape(abbrevs)}])")
        self._visits = _phrase_pattern(rules.abbrev_visits) if rules.abbrev_visits else None
        named = {
            n
            for n in features.landmarks | features.spanning
            if any(p.level != "town" and p.status == "current" for p in gazetteer.lookup(n))
        }
        self.spanning = frozenset(n for n in named if n in features.spanning)
        self._named = _phrase_pattern(named) if named else None
        self._clause_end = re.compile(r"[，。；！？、,;!?\n]")

    @staticmethod
    def _in_dict_word(ctx: Context, i: int) -> bool:
        """The segmenter's word over ``i`` is one the dictionary lists (not its guess)."""
        cover = ctx._covering(i)
        return cover is not None and ctx.is_word(ctx.text[cover[0] : cover[1]])

    @staticmethod
    def _verb_follows(ctx: Context, j: int) -> bool:
        """A clause break or a verb (adverb, preposition, conjunction, particle) at ``j``:
        在京召开, 进京的 (not 进京台阶, a noun)."""
        text = ctx.text
        if j >= len(text) or text[j] in _CLAUSE_STOPS:
            return True
        k = j
        while k < len(text) and k - j < 6 and text[k] not in _CLAUSE_STOPS:
            k += 1
        tags = ctx.jieba.tag(text[j:k])
        return bool(tags) and str(tags[0][1])[:1] in ("v", "d", "p", "c", "u")

    def _is_place_start(self, text: str, i: int) -> bool:
        """A division's name begins at ``i``, one the gazetteer holds or a village's of
        up to four characters (在陇驾庄村: the abbreviation opens the village's name)."""
        return (
            any(
                text[i : i + k] in self.gaz.by_short or text[i : i + k] in self.gaz.by_name
                for k in (2, 3)
            )
            or _VILLAGE_AHEAD.match(text, i) is not None
        )

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        spans: list[Span] = []
        for m in self._terms.finditer(text):
            s, e, term = m.start(), m.end(), m.group(0)
            # Either end may fall inside a segmenter token that is no word (企京企来).
            glued = e < len(text) and ctx.is_word(text[e - 1 : e + 1])
            glued_start = s > 0 and ctx.is_word(text[s - 1 : s + 1])
            if (
                ctx.in_mask(s, e)
                or (not ctx.boundary(s) and glued_start)
                or (not ctx.boundary(e) and glued)
            ):
                continue
            if text[max(0, s - 6) : s].rstrip(" \u3000").endswith(_TITLES_BEFORE_NAMES):
                continue  # 主席 包钢: a person named like the steelworks
            kind, rule = self.terms[term]
            for a, b in rule.slots:
                spans.append(
                    Span(
                        s + a,
                        s + b,
                        "ADMIN",
                        0.8,
                        self.name,
                        text[s + a : s + b],
                        reason=f"{kind} in the set term {term}",
                    )
                )
        after = [(m.end(), m.group(0)) for m in self._after.finditer(text)]
        if self._visits is not None:
            after += [
                (m.end() - 1, m.group(0)[0])
                for m in self._visits.finditer(text)
                if (
                    ctx.word_start(m.start())
                    or (m.start() and text[m.start() - 1] in "电气")
                    # 中资|环在津|打造: the tagger's guess glued the visit to the word
                    # before it; a listed visit, then a verb
                    or (
                        m.group(0) in self.rules.abbrev_visits
                        and not self._in_dict_word(ctx, m.start())
                        and ctx.word_start(m.end())
                        and self._verb_follows(ctx, m.end())
                    )
                    or (m.start() and text[m.start() - 1] == text[m.end() - 1])  # 留鄂回鄂来鄂
                    or text[m.end() : m.end() + 1] == "”"  # “险资入豫”: a slogan's last word
                )
                and (
                    text[m.end() : m.end() + 2] in self.rules.abbrev_visits  # 进京入津
                    or text[m.end() - 1] in self.rules.distinct  # 在粤布局: no other reading
                    or self._verb_follows(ctx, m.end())
                    # 在深|置业, 来甬|务工人员: the segmenter ends a word with the abbreviation
                    or (ctx.word_start(m.end() - 1) and ctx.boundary(m.end()))
                    # 赴藏|支教: a visit to a region, a dictionary word, before a new word
                    # (not 进京|台阶: a city's visits may head a noun)
                    or (text[m.end() - 1] in "疆藏" and ctx.word_start(m.end()))
                )
            ]
        for i, verb in after:
            # 驻辽|中央单位: a stationed body after it, though 辽中 opens a district's name
            body = verb in self.rules.abbrev_after and text.startswith(self.rules.stationed, i + 1)
            if ctx.in_mask(i, i + 1) or (self._is_place_start(text, i) and not body):
                continue
            cover = ctx._covering(i)
            if (
                text[i] in "疆藏"
                and cover is not None
                and cover[0] == i
                and ctx.is_word(text[cover[0] : cover[1]])
            ):
                continue  # 在|藏红花基地: a longer word opens with the abbreviation
            if (
                text[i : i + 2] in self.rules.alias_names
                or text[i : i + 3] in self.rules.alias_names
            ):
                continue  # 在陇原大地上: another name, found as such
            # 驻苏人民解放军: a stationed body makes it the place even where 驻苏 (驻苏联)
            # is a dictionary word.
            stationed = verb in self.rules.abbrev_after and text.startswith(
                self.rules.stationed, i + 1
            )
            # 留渝来渝: a chain of visits, however the segmenter glued it
            chained = text[i + 1 : i + 3] in self.rules.abbrev_visits
            # 在津|拓链展业, 进京|检查站: a listed visit needs no boundary, only no word
            visit = text[i - 1 : i + 1] in self.rules.abbrev_visits or (
                verb in self.rules.abbrev_after and text[i] in "京津沪渝港澳"
            )
            if not (stationed or chained) and (
                (not ctx.boundary(i + 1) and not visit)
                or (i + 1 < len(text) and ctx.is_word(text[i : i + 2]))
                or text.startswith(self.rules.envoys, i + 1)  # 驻苏大使: the Soviet Union
            ):
                continue
            spans.append(
                Span(
                    i,
                    i + 1,
                    "ADMIN",
                    0.75,
                    self.name,
                    text[i],
                    reason=f"{text[i]} after {verb}",
                )
            )
        if self._named is not None:
            spans.extend(self._divisions(ctx))
        return spans

    def _divisions(self, ctx: Context) -> list[Span]:
        text = ctx.text
        assert self._named is not None
        found = []
        for m in self._named.finditer(text):
            s, e, name = m.start(), m.end(), m.group(0)
            if ctx.in_mask(s, e) or not ctx.boundary(s):
                continue
            cue = next((c for c in self.rules.division_cues if text.startswith(c, e)), "")
            if not cue and name in self.spanning:
                stop = self._clause_end.search(text, e)
                clause = text[e : stop.start() if stop else len(text)]
                cue = next((d for d in self.rules.designations if d in clause), "")
            if not cue:
                continue
            if (s, e) in ctx.blocked:
                ctx.blocked.remove((s, e))
            place = next(p for p in self.gaz.lookup(name) if p.level != "town")
            found.append(
                Span(
                    s,
                    e,
                    "ADMIN",
                    0.85,
                    self.name,
                    name,
                    reason=f"{place.name}, named like a landmark, before {cue}",
                    level=place.level,
                    code=place.code,
                )
            )
        return found


class CityPairRunRecognizer:
    """Runs of city-initial pairs of one province before a joint word, a field word
    allowed between: 昆曲昆楚工业协同, 昆玉、昆曲科创协同, 昆红文旅协同 (昆明+曲靖 …).

    A pair that is a dictionary word (昆曲, the opera) counts only in a run with a pair
    that is not; a lone pair only when it is no word.
    """

    name = "city-pair"

    def __init__(self, gazetteer: Gazetteer, joints: tuple[str, ...]) -> None:
        self.provinces_of: dict[str, set[str]] = {}
        for p in gazetteer.places:
            if p.level == "prefecture" and p.status == "current" and p.short:
                self.provinces_of.setdefault(p.short[0], set()).add(p.code[:2])
        self._joint = re.compile("|".join(re.escape(j) for j in joints))

    def _pair(self, text: str, s: int) -> bool:
        if s < 0:
            return False
        a, b = self.provinces_of.get(text[s]), self.provinces_of.get(text[s + 1])
        return bool(a and b and text[s] != text[s + 1] and a & b)

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        spans: list[Span] = []
        for m in self._joint.finditer(text):
            e = m.start()
            if e > 0 and text[e - 1] == "等":
                e -= 1
            if (
                e >= 4
                and not self._pair(text, e - 2)
                and _CJK_RUN.fullmatch(text[e - 2 : e])
                and self._pair(text, e - 4)
            ):
                e -= 2  # 昆红|文旅|协同: a field word between
            pairs: list[int] = []
            while self._pair(text, e - 2) and not ctx.in_mask(e - 2, e):
                pairs.append(e - 2)
                e -= 2
                if e >= 3 and text[e - 1] in "、和与" and self._pair(text, e - 3):
                    e -= 1
            if not pairs:
                continue
            first = pairs[-1]
            if not (ctx.boundary(first) or text[first - 1] in "、，和与"):
                continue
            words = [ctx.is_word(text[s : s + 2]) for s in pairs]
            if all(words):
                continue
            for s in pairs:
                spans.append(
                    Span(
                        s,
                        s + 2,
                        "ADMIN",
                        0.75,
                        self.name,
                        text[s : s + 2],
                        reason=f"cities of one province before {m.group(0)}",
                    )
                )
        return spans


# -- Rules for the error classes of the second held-out set ---------------------------------

# A count and a level character closing an enumeration of places: 3乡, 两镇, 五个村.
_COUNT = re.compile(  # one character class first: the regex engine scans for it fast
    r"(?P<n>[0-9０-９一二两三四五六七八九十]{1,2})个?"
    r"(?P<lv>乡镇|街道|社区|苏木|嘎查|[乡镇村县区市旗州盟])"
)
_COUNTED = re.compile(r"[0-9０-９一二两三四五六七八九十百]+个")  # 县26个: a count of a kind
# 甲、乙、丙等镇; 甲、乙等沿江乡镇 (a two-character kind between)
_UNCOUNTED = re.compile(r"等(?:[\u4e00-\u9fff]{2})?(?P<lv>乡镇|街道|苏木|[乡镇县旗])")
_CN_COUNT = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}
_CLAUSE_STOPS = set('，。；：！？,;:!?\n（）()“”"《》 　')
_LEVEL_CHARS = set("乡镇村县区市旗州盟")
# Function characters that no listed place name holds (多, 三, 和 may: 多巴, 三岔, 和平).
_LIST_STOPS = set("的了在为是对到把被从向之等并或又也都就还更最很再将已这那其此该各每我本全所")


def _count(s: str) -> int:
    """3, ３, 三, 两, 十二 → the number (0 when it is none)."""
    if s.isdigit():
        return int(s)
    if any(c.isdigit() for c in s):
        return 0  # 3三: no count
    if len(s) == 1:
        return _CN_COUNT.get(s, 0)
    if s[0] == "十":
        return 10 + _CN_COUNT.get(s[1], 0)
    return 0


_ROUTE_JOIN = re.compile("至|——|—|－")
_BRACKETED = re.compile("（([\u4e00-\u9fff]{2,5})）")
_SECTION = re.compile("(高速公路|高速|铁路|高铁|公路|国道)[\u4e00-\u9fff]{2,3}段")
_ROUTE_WORDS = (
    "铁路",
    "高铁",
    "高速",
    "公路",
    "城际",
    "输电",
    "特高压",
    "直流",
    "管道",
    "航线",
    "段",
    "线",
)


# 朝阳、和平、静安、长寿: a run of items of two or three characters joined by 、
_PLACE_RUN = re.compile("[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){2,}")


class LinkedPlaceRecognizer:
    """A place name the gazetteer lists (a town too) linked to a place already found:
    the ends of a route, 黄桶至百色铁路 (X至Y before a route word), and the items of a
    list, 对岳阳、衡阳 (a name before or after 、 beside a found place, above a town
    unless it is a route end). Either end of a route that is no gazetteer name (金上至湖北)
    stays alone.
    """

    name = "linked"

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def _name(self, ctx: Context, s: int, e: int, towns: bool) -> bool:
        x = ctx.text[s:e]
        places = self.gaz.by_short.get(x) or self.gaz.by_name.get(x)
        if not places or ctx.in_mask(s, e) or ctx.is_blocked(s, e):
            return False
        if towns:
            return True
        if not any(p.level != "town" for p in places):
            return False
        # An ordinary word (和平, 发展) is no list item; a place word (岳阳) or no word is.
        tags = ctx.jieba.tag(x) if ctx.is_word(x) else [(x, "ns")]
        return len(tags) == 1 and str(tags[0][1]) == "ns"

    def _before(self, ctx: Context, e: int, towns: bool) -> int:
        """Start of a gazetteer name ending at ``e`` (or -1)."""
        text = ctx.text
        for k in (3, 2):
            s = e - k
            if s < 0 or not self._name(ctx, s, e, towns):
                continue
            if ctx.word_start(s) or text[s - 1] in _FUNCTION_CHARS or text[s - 1] in _CLAUSE_STOPS:
                return s
        return -1

    def _after(self, ctx: Context, s: int, towns: bool) -> int:
        """End of a gazetteer name starting at ``s`` that ends a word (or -1)."""
        for k in (3, 2):
            e = s + k
            if e <= len(ctx.text) and self._name(ctx, s, e, towns) and ctx.boundary(e):
                return e
        return -1

    def _span(self, ctx: Context, s: int, e: int, why: str) -> Span:
        return Span(s, e, "ADMIN", 0.7, self.name, ctx.text[s:e], reason=why)

    def _town_of(self, ctx: Context, s: int, before: str) -> int:
        """End of a town's short form at ``s`` listed after a place of the same province
        (金门、马祖), when the name is no ordinary word and ends the list item (or -1)."""
        text = ctx.text
        home = {p.code[:2] for p in self.gaz.lookup(before)}
        for k in (3, 2):
            e = s + k
            x = text[s:e]
            if e > len(text) or ctx.in_mask(s, e) or ctx.is_blocked(s, e):
                continue
            towns = [p for p in self.gaz.by_short.get(x, ()) if p.level == "town"]
            if not towns or not any(p.code[:2] in home for p in towns):
                continue
            if ctx.is_word(x) and not str(ctx.jieba.tag(x)[0][1]).startswith(("ns", "nr")):
                continue
            if e == len(text) or text[e] in "、和及等" or text[e] in _CLAUSE_STOPS:
                return e
            if ctx.word_start(e) and not _long_word_across(ctx, s, e):
                return e
        return -1

    @staticmethod
    def _route_word_at(text: str, y: int) -> bool:
        """A route word follows the route's end at ``y``, perhaps after the end's
        station (太原南) and 等 or 的 (大同至太原南等高铁, 至北京的高铁)."""
        if text[y : y + 1] in ("东", "西", "南", "北") and text[y : y + 1]:
            y += 1
        if text[y : y + 1] in ("等", "的") and text[y : y + 1]:
            y += 1
        return text.startswith(_ROUTE_WORDS, y)

    def _venues(self, ctx: Context) -> list[Span]:
        """合作（黄山）论坛: a city or county alone in brackets after an event's name is
        where it is held, though the name is also a mountain's or an ordinary word's."""
        text, spans = ctx.text, []
        for m in _BRACKETED.finditer(text):
            s, e = m.span(1)
            x = m.group(1)
            places = [*self.gaz.by_short.get(x, ()), *self.gaz.by_name.get(x, ())]
            if (
                any(p.level in ("prefecture", "county") and p.status == "current" for p in places)
                and m.start()
                and _CJK.match(text[m.start() - 1])
                and not ctx.in_mask(s, e)
                and not ctx.is_blocked(s, e)
            ):
                spans.append(Span(s, e, "ADMIN", 0.9, self.name, x, reason="a venue in brackets"))
        return spans

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        venues = self._venues(ctx) if "（" in text else []
        if "至" not in text and "、" not in text and "—" not in text and "段" not in text:
            return venues
        admin = list(ctx.spans_of("ADMIN"))
        starts = {a.start: a.end for a in admin}
        ends = {a.end: a.start for a in admin}
        spans: list[Span] = []
        for m in _ROUTE_JOIN.finditer(text):  # 至, or a dash: 帕里——亚东公路
            i, j = m.start(), m.end()
            y = starts.get(j, -1)
            if y < 0:
                y = self._after(ctx, j, towns=True)
            if y < 0 or not self._route_word_at(text, y):
                continue
            x = ends.get(i, -1)
            if x < 0 and i >= 1 and text[i - 1] in "东西南北" and i - 1 in ends:
                x = ends[i - 1]  # 北京西至良乡段: a city's station before 至
            if x < 0:
                x = self._before(ctx, i, towns=True)
                if x >= 0:
                    spans.append(self._span(ctx, x, i, f"a route end, 至 {text[i + 1 : y]}"))
            if x >= 0 and j not in starts:
                spans.append(self._span(ctx, j, y, f"a route end, from {text[x:i]}"))
        for m in _SECTION.finditer(text):  # 永自高速荣昌段: the section of a line in a place
            for k in (3, 2):
                s, e = m.end() - 1 - k, m.end() - 1
                if s >= m.end(1) and s not in starts and self._name(ctx, s, e, towns=True):
                    spans.append(self._span(ctx, s, e, f"a section of the {m.group(1)}"))
                    break
        for m in re.finditer("、", text):
            i = m.start()
            if i in ends and i + 1 not in starts:
                e = self._after(ctx, i + 1, towns=False)
                if e < 0:
                    e = self._town_of(ctx, i + 1, text[ends[i] : i])  # 金门、马祖
                if e >= 0:
                    if text[e : e + 1] in ("乡", "镇") and text[e + 1 : e + 2] in _AFTER_ITEM:
                        e += 1  # 姚家乡、新篁乡三个乡镇: the town's level character too
                    spans.append(self._span(ctx, i + 1, e, f"listed after {text[ends[i] : i]}"))
            if i + 1 in starts and i not in ends:
                s = self._before(ctx, i, towns=False)
                if s >= 0 and s not in ends:  # 潮州|古城、肇庆: a place's sight, no list item
                    spans.append(
                        self._span(ctx, s, i, f"listed before {text[i + 1 : starts[i + 1]]}")
                    )
        if "、" in text:
            self._all_places(ctx, admin, spans)
            self._sibling_towns(ctx, spans)
        self._towns_of_areas(ctx, spans)
        return spans + venues

    def _town_item(
        self, ctx: Context, s: int, e: int, proper: tuple[str, ...] = ("ns",)
    ) -> set[str]:
        """The counties (codes) with a town of the short name text[s:e], where the name
        is no everyday word (a place word of the tagger's, one of ``proper``, or no word)."""
        x = ctx.text[s:e]
        places = self.gaz.by_short.get(x)  # (the cheap test first)
        if not places or any(p.level != "town" for p in places):
            return set()
        if e > len(ctx.text) or ctx.in_mask(s, e) or ctx.is_blocked(s, e):
            return set()
        if all(c in "东南西北中" for c in x):
            return set()  # 东北、西北: the regions (towns of such names abound)
        towns = places
        if ctx.is_word(x) and not str(ctx.jieba.tag(x)[0][1]).startswith(proper):
            return set()
        return {p.code[:6] for p in towns}

    def _towns_of_areas(self, ctx: Context, spans: list[Span]) -> None:
        """桃浦、吴淞等区域: a list closed by 等 and a word for areas, two or
        more of its items towns of one city: those items are the towns."""
        text = ctx.text
        held = {k for sp in (*ctx.spans, *spans) for k in range(sp.start, sp.end)}
        for close in _AREA_CLOSE.finditer(text):
            lo = max(0, close.start() - 30)
            m = _AREA_LIST.search(text, lo, close.end())
            if m is None or m.end() != close.end():
                continue
            items = []
            k = m.start(1)
            for part in m.group(1).split("、"):
                items.append((k, k + len(part)))
                k += len(part) + 1
            s0, e0 = items[0]
            if s0 and not (text[s0 - 1] in _CLAUSE_STOPS or ctx.word_start(s0)):
                # (the first item may begin inside the word before it: 推进|吴淞)
                items[0] = (s0 + 1, e0) if e0 - s0 == 3 and ctx.word_start(s0 + 1) else (e0, e0)
            towns = [
                (a, b, {c[:4] for c in self._town_item(ctx, a, b, ("ns", "nr", "nz"))})
                for a, b in items
            ]  # (吴淞/nr: the tagger's name)
            for a, b, cities in towns:
                if not cities or any(k in held for k in range(a, b)):
                    continue
                if any(cities & other for x, _, other in towns if x != a):
                    why = f"towns of one city listed before 等{m.group(2)}"
                    spans.append(self._span(ctx, a, b, why))
                    held.update(range(a, b))

    def _sibling_towns(self, ctx: Context, spans: list[Span]) -> None:
        """南口、马池口: two towns' short forms side by side in a list, both towns of one
        county, neither an everyday word: the towns, though no place beside them was
        found (each alone is too often something else)."""
        text = ctx.text
        held = {k for sp in (*ctx.spans, *spans) for k in range(sp.start, sp.end)}
        for m in re.finditer("、", text):
            i = m.start()
            if i in held or i - 1 in held or i + 1 in held:
                continue
            for a in (3, 2):
                s = i - a
                if s < 0:
                    continue
                left = self._town_item(ctx, s, i)
                if not left or not (s == 0 or text[s - 1] in _CLAUSE_STOPS or ctx.word_start(s)):
                    continue
                for b in (3, 2):
                    e = i + 1 + b
                    if e > len(text) or not left & self._town_item(ctx, i + 1, e):
                        continue
                    if e == len(text) or text[e] in _CLAUSE_STOPS or ctx.word_start(e):
                        why = (
                            f"towns of one county listed together ({text[s:i]}、{text[i + 1 : e]})"
                        )
                        spans.append(self._span(ctx, s, i, why))
                        spans.append(self._span(ctx, i + 1, e, why))
                        held.update(range(s, e))
                        break
                else:
                    continue
                break

    def _all_places(self, ctx: Context, admin: list[Span], spans: list[Span]) -> None:
        """借鉴朝阳、和平、静安、长寿的做法: a list of three or more items, each a name of a
        county or a place above one, and one of them a place found on its own: the others
        are places too, though they are ordinary words (和平, 长寿, 朝阳)."""
        text = ctx.text
        found = {(a.start, a.end) for a in admin} | {(sp.start, sp.end) for sp in spans}
        for m in _PLACE_RUN.finditer(text):
            items: list[tuple[int, int]] = []
            k = m.start()
            parts = m.group(0).split("、")
            for n, part in enumerate(parts):
                s, e = k, k + len(part)
                if n == len(parts) - 1 and len(part) == 3 and not self._county(part):
                    part, e = part[:2], e - 1  # …、长寿|的做法
                if n == 0:
                    s = next(
                        (e - j for j in (3, 2) if e - j >= s and self._county(text[e - j : e])),
                        -1,
                    )
                    if s < 0 or not (ctx.word_start(s) or text[s - 1] in _CLAUSE_STOPS):
                        break
                elif not self._county(part):
                    break
                items.append((s, e))
                k += len(part) + 1
            if len(items) < 3 or len(items) < len(parts):
                continue
            last = items[-1][1]
            if last < len(text) and not (ctx.boundary(last) or text[last] in "等的和及"):
                continue
            known = [it for it in items if it in found]
            if not known or any(ctx.in_mask(s, e) or ctx.is_blocked(s, e) for s, e in items):
                continue
            for s, e in items:
                if (s, e) not in found:
                    why = f"in a list of places with {text[known[0][0] : known[0][1]]}"
                    spans.append(self._span(ctx, s, e, why))
                    found.add((s, e))

    def _county(self, x: str) -> bool:
        places = self.gaz.by_short.get(x) or self.gaz.by_name.get(x) or []
        return any(p.level in ("province", "prefecture", "county") for p in places)


class ListedPlaceRecognizer:
    """Names in an enumeration closed by a count and a level character are places, even
    when the gazetteer flags them ambiguous or lacks them: 东坝、尕羊、吉曲3乡, 甲乙和丙丁
    两镇, 玉树东坝、… (the first name after its county or prefecture).

    The count must equal the number of names, each name must be 2–4 characters with no
    function character and no level character of its own, and be a place name, a word
    the segmenter tags as a place, or no dictionary word at all (东部、西部两区 is no list
    of places). One name that fails sinks the whole list.
    """

    name = "place-list"

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        spans: list[Span] = []
        admin: list[Span] | None = None
        for m in _COUNT.finditer(text):
            n = _count(m.group("n"))
            if not 2 <= n <= 12:
                continue
            end = m.start() - 1 if m.start() and text[m.start() - 1] == "等" else m.start()
            window = text[max(end - 60, 0) : end]
            if "、" not in window and not any(c in window for c in "和及与"):
                continue  # no list before the count (一县一业, 两市)
            if admin is None:
                admin = list(ctx.spans_of("ADMIN"))
            items = self._items(ctx, end, n, admin)
            self._add_items(
                ctx,
                items,
                admin,
                spans,
                f"one of {n} places listed before {m.group(0)}",
                m.group("lv"),
            )
        for m in _UNCOUNTED.finditer(text):
            # 三道沟、古城、孤山等镇: no count, so every piece of the list, and at least one
            # of them a place the gazetteer knows
            if admin is None:
                admin = list(ctx.spans_of("ADMIN"))
            end = m.start()
            window = text[max(end - 60, 0) : end]
            if "、" not in window:
                continue
            pieces = self._pieces(ctx, end)
            n = len(pieces)
            if n < 2:
                continue
            items = self._items(ctx, end, n, admin)
            if not any(
                text[a:b] in self.gaz.by_short or text[a:b] in self.gaz.by_name for a, b in items
            ):
                continue
            self._add_items(ctx, items, admin, spans, f"listed before {m.group(0)}", m.group("lv"))
        return spans

    def _add_items(
        self,
        ctx: Context,
        items: list[tuple[int, int]],
        admin: list[Span],
        spans: list[Span],
        why: str,
        lv: str,
    ) -> None:
        text = ctx.text
        for s, e in items:
            if ctx.in_mask(s, e) or any(a.start == s and a.end == e for a in admin):
                continue
            spans.append(
                Span(
                    s,
                    e,
                    "ADMIN",
                    0.7,
                    self.name,
                    text[s:e],
                    reason=why,
                    level="town" if lv in ("乡", "镇", "街道", "乡镇") else "",
                )
            )

    def _pieces(self, ctx: Context, end: int) -> list[tuple[int, int]]:
        """The pieces of the clause before ``end`` cut at 、 (the first one whole)."""
        text = ctx.text
        lo = end
        while lo > 0 and end - lo < 60 and text[lo - 1] not in _CLAUSE_STOPS:
            lo -= 1
        pieces: list[tuple[int, int]] = []
        e = end
        for k in range(end - 1, lo - 1, -1):
            if text[k] == "、":
                pieces.append((k + 1, e))
                e = k
        pieces.append((lo, e))
        pieces.reverse()
        s, e = pieces[-1]
        for k in range(e - 3, s + 1, -1):  # 甲乙和丙丁: 和, 及, 与 before the last name
            if text[k] in "和及与" and 2 <= e - k - 1 <= 4:
                pieces[-1:] = [(s, k), (k + 1, e)]
                break
        return pieces

    def _items(self, ctx: Context, end: int, n: int, admin: list[Span]) -> list[tuple[int, int]]:
        text = ctx.text
        pieces = self._pieces(ctx, end)
        if len(pieces) < n:
            return []
        if len(pieces) > n and not any(a.end == pieces[-n - 1][1] for a in admin):
            return []  # more names than the count, unless a place heads the list
        chosen = pieces[-n:]
        s, e = chosen[0]
        head = max((a.end for a in admin if s < a.end <= e - 2), default=-1)
        known = text[s:e] in self.gaz.by_short or text[s:e] in self.gaz.by_name
        if head >= 0:
            s = head  # 玉树|东坝: the list starts after its county or prefecture
        elif e - s > max(b - a for a, b in chosen[1:]) and not known:
            s = e - (chosen[1][1] - chosen[1][0])  # 完成|东坝: as long as the next name
            if not ctx.boundary(s) and text[s - 1] not in "在到从对把将":
                return []  # (在|次村 glued as 在次|村 is still the list's start)
        chosen[0] = (s, e)
        found = {(a.start, a.end) for a in admin}
        ok = all(self._name_like(ctx, a, b) or (a, b) in found for a, b in chosen)
        return chosen if ok else []

    def _name_like(self, ctx: Context, s: int, e: int) -> bool:
        x = ctx.text[s:e]
        if not 2 <= len(x) <= 4 or not _CJK_RUN.fullmatch(x):
            return False
        if set(x) & _LIST_STOPS:
            return False
        if x in self.gaz.by_short:
            return True  # 归州 (归州镇) ends in a level character
        if x[-1] in _LEVEL_CHARS and not (x[-1] == "村" and len(x) == 2):
            return False  # 次村 (次村乡) may end in 村
        if x in self.gaz.by_name:
            return True
        if not ctx.is_word(x):
            # 道路硬化: two words, no name (names like 尕羊, 拦隆口 are no such pair)
            return not (len(x) == 4 and ctx.is_word(x[:2]) and ctx.is_word(x[2:]))
        tags = ctx.jieba.tag(x)
        return len(tags) == 1 and str(tags[0][1]) == "ns"


class AbbreviationPairRecognizer:
    """Province-level abbreviations the side-by-side rule leaves out.

    - A pair (京台) the segmenter cuts out as its own word though a neighbour glues to
      it (促进|京台): counts beside a sibling pair sharing a character (京港、京澳 …
      京台) or before a word of joint work (京台交流).
    - A parallel slogan, verb + abbreviation twice (治港治澳, 兴川强渝): both count,
      common characters (港, 澳, 台) too; and one after 依法治 / 爱国者治 (依法治港).
    - A list of four-character slogans that end in the same abbreviation, one of them
      found by another rule (科技兴疆、人才强疆、依法治疆): the abbreviation in each.
    """

    name = "abbrev-pair"
    _JOINT_WORDS = ("交流", "合作", "往来", "两地", "协同", "一体化", "同城", "融合", "对口")

    def __init__(self, rules: AliasRules, gazetteer: Gazetteer) -> None:
        self.rules = rules
        self.gaz = gazetteer
        chars = re.escape("".join(sorted(rules.provinces)))
        verbs = re.escape("".join(sorted(rules.slogan_verbs)))
        self._runs = re.compile(f"[{chars}]{{2,}}")
        self._parallel = re.compile(f"[{verbs}]([{chars}])[{verbs}]([{chars}])")
        self._rule_of_law = re.compile(f"治([{chars}])")  # after 依法 or 爱国者: checked

    def _span(self, s: int, e: int, text: str, why: str) -> Span:
        return Span(s, e, "ADMIN", 0.75, self.name, text[s:e], reason=why)

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        spans: list[Span] = []
        provinces = self.rules.provinces
        found = [
            s.text
            for s in ctx.spans_of("ADMIN")
            if s.length == 2 and s.text[0] in provinces and s.text[1] in provinces
        ]
        have = {(s.start, s.end) for s in ctx.spans_of("ADMIN")}
        for m in self._runs.finditer(text):
            s, e, pair = m.start(), m.end(), m.group(0)
            if e - s != 2:
                continue  # a pair, not a longer run (京津冀 is the other rule's)
            sibling = next((f for f in found if f != pair and f[0] == pair[0]), "")
            joint = (
                "" if sibling else next((w for w in self._JOINT_WORDS if text.startswith(w, e)), "")
            )
            if (s, e) in have or pair[0] == pair[1]:
                continue
            if pair in self.gaz.by_short or pair in self.gaz.by_name:
                continue
            # 推进|闽台|历史: a pair the dictionary itself knows as a place, one part distinct
            known = (
                ctx.is_word(pair)
                and bool(set(pair) & self.rules.distinct)
                and str(ctx.jieba.tag(pair)[0][1]) in ("ns", "j")
            )
            if not (sibling or joint or known) or (ctx.is_word(pair) and not known):
                continue
            if ctx.in_mask(s, e) or not (ctx.word_start(s) and ctx.word_start(e)):
                continue
            why = f"beside {sibling}" if sibling else f"before {joint}" if joint else "a known pair"
            spans.append(self._span(s, e, text, f"province abbreviations joined, {why}"))
        for m in self._parallel.finditer(text):
            if ctx.in_mask(m.start(), m.end()) or not ctx.boundary(m.end()):
                continue
            for g in (1, 2):
                s = m.start(g)
                spans.append(self._span(s, s + 1, text, f"in the slogan {m.group(0)}"))
        for m in self._rule_of_law.finditer(text):
            s = m.start(1)
            if not text.endswith(("依法", "爱国者"), 0, m.start()):
                continue
            if ctx.in_mask(s, s + 1) or (s + 1 < len(text) and ctx.is_word(text[s : s + 2])):
                continue  # 依法治港口: a word, not the place
            spans.append(self._span(s, s + 1, text, f"after 治 in {text[s - 3 : s + 1]}"))
        spans += self._slogan_list(ctx, spans)
        spans += self._product_list(ctx, spans)
        return spans

    def _slogan_list(self, ctx: Context, own: list[Span]) -> list[Span]:
        """Echo a found abbreviation ending a four-character item along its 、/， list."""
        text = ctx.text

        def seed_ok(seed: int) -> bool:
            return seed + 1 == len(text) or text[seed + 1] in _LIST_MARKS + "。；"

        def item_ok(i: int, first: bool) -> bool:
            """A four-character item of CJK ends at i, set off after it and, unless it
            may open the list (推动|科技兴疆、…), before it."""
            start = i - 3
            return (
                start >= 0
                and all(_CJK.match(ch) for ch in text[start : i + 1])
                and (first or start == 0 or text[start - 1] in _LIST_MARKS)
                and (i + 1 == len(text) or text[i + 1] in _LIST_MARKS + "。；")
                and not ctx.in_mask(start, i + 1)
                and not _ends_word(ctx, i)
            )

        return self._echo_items(ctx, own, 5, seed_ok, item_ok, "in a list of slogans on")

    def _product_list(self, ctx: Context, own: list[Span]) -> list[Span]:
        """川菜、川酒、川灯、川药: echo a found abbreviation opening a two-character
        item along its 、 list, to items opening with it (川灯 is no word the others
        are)."""
        text = ctx.text

        def item(i: int) -> bool:
            """A two-character item of CJK opens at i, set off by 、 on one side at least
            and by a list mark or the list's end on the other."""
            if i < 0 or i + 2 > len(text) or not _CJK_RUN.fullmatch(text[i : i + 2]):
                return False
            before = i == 0 or text[i - 1] in "、，：“"
            after = i + 2 == len(text) or text[i + 2] in "、，；。等和及”"
            return before and after and (text[i - 1 : i] == "、" or text[i + 2 : i + 3] == "、")

        def item_ok(i: int, first: bool) -> bool:
            return item(i) and not ctx.in_mask(i, i + 2)

        return self._echo_items(ctx, own, 3, item, item_ok, "in a list of products on")

    def _echo_items(
        self,
        ctx: Context,
        own: list[Span],
        step: int,
        seed_ok: Callable[[int], bool],
        item_ok: Callable[[int, bool], bool],
        why: str,
    ) -> list[Span]:
        """From each one-character abbreviation found (``seed_ok`` where it stands), walk
        ``step`` characters on and back while the same abbreviation stands where
        ``item_ok`` (position, walking back) allows, and take each as the province."""
        text = ctx.text
        seeds = [
            s.start
            for s in (*ctx.spans_of("ADMIN"), *own)
            if s.length == 1 and s.text in self.rules.provinces
        ]
        have = set(seeds)
        spans: list[Span] = []
        for seed in seeds:
            if not seed_ok(seed):
                continue
            c = text[seed]
            for st in (step, -step):
                i = seed + st
                while 0 <= i < len(text) and text[i] == c and i not in have and item_ok(i, st < 0):
                    have.add(i)
                    spans.append(self._span(i, i + 1, text, f"{why} {c}"))
                    i += st
        return spans


class LeaderNameRecognizer:
    """No place inside a national leader's name: 沪宁 in 王沪宁, 长春 in 李长春. Each listed
    leader's name is blocked (kept as it is, or a PERSON when leaders are masked).

    Names listed before 同志 (张三、李四、王五同志) are each a name like the last: a
    PERSON, or blocked when a leader's.
    """

    name = "leader"

    def __init__(self, rules: PersonRules, person: PersonRecognizer) -> None:
        self.rules = rules
        self.person = person
        self._leaders = _phrase_pattern(rules.leaders)
        self._comrade = re.compile("同志")

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        leaders: dict[int, int] = {}
        for m in self._leaders.finditer(text):
            s, e = m.start(), m.end()
            if not ctx.in_mask(s, e):
                ctx.blocked.append((s, e))
                leaders[e] = s
        persons = {s.end: s.start for s in ctx.spans_of("PERSON")}
        spans: list[Span] = []
        for m in self._comrade.finditer(text):
            at = m.start() - 1 if m.start() and text[m.start() - 1] == "等" else m.start()
            start = leaders.get(at, persons.get(at))
            while start is not None and start > 0 and text[start - 1] == "、":
                e = start - 1
                start = None
                for length in (3, 2, 4):
                    s = e - length
                    if s < 0 or (s > 0 and _CJK.match(text[s - 1]) and text[s - 1] != "、"):
                        continue
                    name = text[s:e]
                    if name in self.rules.leaders:
                        ctx.blocked.append((s, e))
                    elif self.person._name_at(text, s) == e and not ctx.in_mask(s, e):
                        if ctx.is_word(name) and not self.person._is_name_word(ctx, name):
                            break
                        spans.append(
                            Span(
                                s,
                                e,
                                "PERSON",
                                0.8,
                                self.name,
                                name,
                                reason="name listed before 同志",
                            )
                        )
                    else:
                        continue
                    start = s
                    break
        return spans


def occupied_by_longer(ctx: Context, s: int, e: int) -> bool:
    """A span of another label, longer than [s, e), covers it (a town's full name)."""
    return any(
        sp.label in ("ADMIN", "LOCAL") and sp.start <= s and e <= sp.end and sp.length > e - s
        for sp in ctx.spans
    )


def _ends_word(ctx: Context, i: int) -> bool:
    """The character at i ends a longer word of the precise segmentation (特别行政区)."""
    span = ctx._covering(i)
    return span is not None and span[0] < i and span[1] == i + 1


# Last characters of town short forms that name a street, gate, bridge, mountain or water
# (北新桥, 安定门, 八达岭): those are landmarks or neighbourhoods, not the town.
_LANDMARK_LAST = set(
    "路街门桥寺关宫园湖岛山河江海湾洲池泉岭峰峡潭溪沟口渡塘坝庙洞亭台楼场馆院站漠村区"
)


class TownNameRecognizer:
    """Town short forms of three or more characters that are place words of their own
    (长辛店, 巴彦浩特): the gazetteer flags every town ambiguous, so the gazetteer
    recognizer wants a county beside them; these count alone where the segmenter cuts
    them out as a word, unless a landmark word follows (巴丹吉林沙漠) or the name is a
    listed landmark (中关村).

    The names are the town short forms that the segmenter's dictionary tags as place
    names (ns), that no division above a town shares, and that do not end in a
    landmark character (路, 门, 桥, 山 …).
    """

    name = "town-word"

    def __init__(self, gazetteer: Gazetteer, jieba: Any, features: FeatureRules) -> None:
        self.gaz = gazetteer
        skip = features.landmarks | features.spanning
        self.suffixes = features.landmark_suffixes
        names = []
        for short, places in gazetteer.by_short.items():
            if len(short) < 3 or short[-1] in _LANDMARK_LAST or short in skip:
                continue
            if short in gazetteer.by_name or any(p.level != "town" for p in places):
                continue
            if not jieba.has_word(short):
                continue
            tags = jieba.tag(short)
            if len(tags) == 1 and str(tags[0][1]) == "ns":
                names.append(short)
        names += [  # 周庄, 博鳌: known across the country by the short name
            t for t in features.famous_towns if t in gazetteer.by_short and t not in names
        ]
        # A few dozen names: a regex alternation scans faster than an automaton here.
        self._names = _phrase_pattern(names) if names else None

    def analyze(self, ctx: Context) -> list[Span]:
        if self._names is None:
            return []
        text = ctx.text
        spans: list[Span] = []
        for m in self._names.finditer(text):
            s, e, short = m.start(), m.end(), m.group(0)
            if ctx.in_mask(s, e) or ctx.is_blocked(s, e):
                continue
            if not (ctx.word_start(s) and (e == len(text) or ctx.word_start(e))):
                continue
            if e < len(text) and (
                text[e] in _NATURE
                or text[e] == "族"
                or text.startswith(self.suffixes, e)
                or text.startswith(("沙漠", "草原", "港", "古城"), e)
            ):
                continue  # 敕勒川草原, 达斡尔族: the landmark, the people
            p = self.gaz.by_short[short][0]
            spans.append(
                Span(
                    s,
                    e,
                    "ADMIN",
                    0.65,
                    self.name,
                    short,
                    reason=f"short form of {p.name}, a place word of its own",
                    level="town",
                    code=p.code,
                )
            )
        return spans


_ADDRESSED = re.compile(
    r"尊敬的(?P<name>[\u4e00-\u9fff·]{2,8}?)(?P<acting>代理|临时|执行|常务)?"
    r"(?P<title>副总统|副主席|副总理|总统|主席|总理|首相|国王|女王|亲王|王储|苏丹|埃米尔|秘书长"
    r"|总干事|大使|部长|议长|市长|州长|先生|女士|阁下|殿下|陛下|夫人)"
)
# Titles of heads of state and government: a name before them is a leader quoted as such
# (尊敬的莫迪总理), kept like the national leaders unless the title is an acting one.
_HEAD_TITLES = frozenset(
    "副总统 副主席 副总理 总统 主席 总理 首相 国王 女王 亲王 王储 苏丹 埃米尔 "
    "阁下 殿下 陛下".split()
)


class AddressedNameRecognizer:
    """A name addressed with 尊敬的 before a title (尊敬的卡洛斯代理主席, 尊敬的某某秘书长):
    foreign names follow no Chinese surname, so the address and the title mark them.
    Not a title or other ordinary word (尊敬的主席先生); when leaders are kept, neither a
    listed leader nor a head of state or government (尊敬的马克龙总统)."""

    name = "addressed"

    def __init__(self, rules: PersonRules, keep_leaders: bool = True) -> None:
        self.keep_leaders = keep_leaders
        self.leaders = rules.leaders if keep_leaders else frozenset()

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        spans: list[Span] = []
        for m in _ADDRESSED.finditer(text):
            s, e = m.span("name")
            name = m.group("name")
            if name in self.leaders or ctx.in_mask(s, e) or set(name) & _LIST_STOPS:
                continue
            if self.keep_leaders and not m.group("acting") and m.group("title") in _HEAD_TITLES:
                continue  # 尊敬的莫迪总理: a head of government quoted as such
            if ctx.is_word(name) and not PersonRecognizer._is_name_word(ctx, name):
                continue
            words = [w for w in ctx.jieba.cut(name) if len(w) >= 2 and ctx.is_word(w)]
            if len(words) >= 2:
                continue  # 非洲联盟委员会: an organisation before its chair's title
            spans.append(Span(s, e, "PERSON", 0.8, self.name, name, reason="addressed with 尊敬的"))
        return spans


class RepeatedNameRecognizer:
    """Runs after the person rules: a name found once beside a title (省长王凯) is a name
    wherever else it stands in the text (会上王凯指出), unless a longer dictionary word
    holds it there."""

    name = "repeated"

    def __init__(
        self,
        leaders: Iterable[str] = (),
        surnames: Iterable[str] = (),
        compounds: Iterable[str] = (),
        parts: Iterable[str] = (),
        wordlike: Iterable[str] = (),
        address: Iterable[str] = (),
        titles: Iterable[str] = (),
        rare: Iterable[str] = (),
        surname_scores: Mapping[str, float] | None = None,
        familiar_words: Iterable[str] = (),
        role_suffixes: Iterable[str] = (),
        full_only: bool = False,
        short_divisions: Iterable[str] = (),
        bare_titles: Iterable[str] = (),
    ) -> None:
        self.bare_titles = frozenset(bare_titles)  # 刘总, 杜工: see _bare_title
        # divisions named by one character and 县/市/区 (唐县, 高县): 唐|县长 may be either
        self.short_divisions = frozenset(short_divisions)
        # full_only: a second pass, after the name model and the name lists, repeats the
        # full names of three or more characters they found (于海燕。于海燕把…), not
        # surnames or shorter names (a model's 东方 or 苏修 would spread)
        self.full_only = full_only
        self.leaders = frozenset(leaders)  # a namesake's name (镇党委书记李强) goes no further
        self.role_suffixes = frozenset(role_suffixes)  # 种植户|老徐: a word for a person before
        self.familiar_words = frozenset(familiar_words)  # 老师, 小康: nouns, no 老/小 + surname
        # How much more often a character opens a name than a word (namescore's prior):
        # 老陈, 小黄 name people though 陈 and 黄 are words of their own too.
        self.surname_scores = dict(surname_scores or {})
        self.surnames = frozenset(surnames)
        self.compounds = tuple(compounds)
        self.parts = frozenset(parts)
        self.wordlike = frozenset(wordlike)
        self.address = tuple(address)  # 蔺老师, 简支书: after the surname of someone named
        self.rare = frozenset(rare)  # dictionary entries too rare to count as words (陆书)
        titled = _trie_regex(titles)
        self._titled = re.compile(titled) if titled else re.compile("(?!)")  # 晏市长: any surname

    def _split(self, name: str) -> list[str]:
        """The known name parts ``name`` is made of (格桑旺堆 → 格桑, 旺堆), or []."""
        best: dict[int, list[str]] = {0: []}
        for k in range(len(name)):
            if k not in best:
                continue
            for n in range(2, 7):
                if name[k : k + n] in self.parts and len(best.get(k + n, ())) <= len(best[k]):
                    best[k + n] = [*best[k], name[k : k + n]]  # the most parts (巴桑|次仁)
        return best.get(len(name), [])

    def _surname(self, name: str) -> str:
        compound = next((c for c in self.compounds if name.startswith(c)), "")
        if compound and len(name) > len(compound):
            return compound
        return name[0] if len(name) in (2, 3) and name[0] in self.surnames else ""

    def _surnames_again(
        self, ctx: Context, persons: list[Span], starts: set[int], spans: list[Span]
    ) -> None:
        """蔺志华 … 蔺老师, 简永福 … 简支书, 修长林 … “老修”: the surname of someone the text
        names, before a title or form of address or after 老/小, is that person again."""
        text = ctx.text
        for surname in {self._surname(s.text) for s in persons} - {""}:
            n = len(surname)
            i = text.find(surname)
            while i >= 0:
                e = i + n
                after = text.startswith(self.address, e) and not (
                    e + 2 < len(text) and ctx.is_word(text[e : e + 3])  # 书记处
                )
                before_ok = (
                    i == 0
                    or not _CJK.match(text[i - 1])
                    or not ctx.is_word(text[i - 1 : e])
                    or text[i - 1] in "老小"
                )
                familiar = (  # “老修”, 叫他小蔺, 老简说, 。老黄拉着… (not 大党、小党)
                    i > 0
                    and text[i - 1] in "老小"
                    and (
                        (
                            (
                                text[i - 2 : i - 1] in ("“", "叫", "称", "喊", "他", "她", "们")
                                or text.startswith(_SAYING, e)
                            )
                            and (
                                e >= len(text)
                                or text[e] in _NAME_BREAKS
                                or text.startswith(_SAYING, e)
                            )
                        )
                        or (
                            (i == 1 or text[i - 2] in "。！？；，\n")
                            and e < len(text)
                            and not ctx.is_word(text[i - 1 : e + 1])
                            and (  # (a time word too: 。老何|当了, 老何|今年)
                                str(ctx.jieba.tag(text[e : e + 2])[0][1])[:1] in "vdpt"
                                or str(ctx.jieba.tag(text[e])[0][1])[:1] == "v"  # 拉|着
                            )
                        )
                    )
                )
                if i not in starts and before_ok and (after or familiar) and not ctx.in_mask(i, e):
                    why = "the surname of someone named, again" + (" (老/小)" if familiar else "")
                    spans.append(Span(i, e, "PERSON", 0.7, self.name, surname, reason=why))
                    starts.add(i)
                i = text.find(surname, e)

    def _familiar(self, ctx: Context, starts: set[int], spans: list[Span]) -> None:
        """的老韩今年六十八岁, 技术员小孙常年在外, 交给了小黄，, 老赵的腿: 老/小 and a
        surname, where a clause, a verb or 的 comes before and a verb, a break, 的 or
        another name after, name someone (not 老区, 小康, 老党员)."""
        text = ctx.text
        role_ends = {e for _, e, _ in ctx.memo.get("role_words") or ()}
        place_ends = {sp.end for sp in ctx.spans if sp.label in ("ADMIN", "LOCAL")}
        if "老" not in text and "小" not in text:
            return
        title_ends = {m.end() for m in self._titled.finditer(text)}  # 村主任|老游
        for m in re.finditer("[老小]", text):
            k = m.start()
            i = k + 1
            compound = next((c for c in self.compounds if text.startswith(c, i)), "")
            e = i + (len(compound) or 1)
            if e >= len(text) or i in starts or not (compound or text[i] in self.surnames):
                continue
            score = self.surname_scores.get(text[i], 0.0)
            if (
                text[k] == "老"
                and text[e : e + 1] == "头"
                and score >= 0.0
                and text[i] not in _NOT_SURNAMES_HERE
                and not ctx.is_word(text[k : e + 1])
                and not ctx.is_word(text[i : e + 1])  # (老|石头房)
                and not ctx.is_word(text[e : e + 2])
                and not ctx.in_mask(i, e)
            ):  # 退休钳工老孙头|被推选: 老 + surname + 头, an old man's nickname (not 老|头发)
                spans.append(
                    Span(i, e, "PERSON", 0.65, self.name, text[i:e], reason="老 + surname + 头")
                )
                starts.add(i)
                continue
            # 社工小陆, 辅警小孔: a word for a person right before it; 石峡村老郭家, 开店的老黄
            role = (k in role_ends and score >= 0.0) or (k in title_ends and score > -1.0)
            framed = role or k in place_ends or (k and text[k - 1] in "的在")
            if (
                text[i] in _NOT_SURNAMES_HERE
                or (text[k : k + 2] in self.familiar_words and not role)
                or text[k : k + 3] in self.familiar_words
            ):
                continue  # 老师说, 小康家庭
            if framed and self._familiar_framed(ctx, k, e, role):
                spans.append(
                    Span(i, e, "PERSON", 0.65, self.name, text[i:e], reason="老/小 and a surname")
                )
                starts.add(i)
                continue
            opener = (  # 。老严|把两人叫到一起: the dictionary's 老X opening a clause, then a verb
                text[k] == "老"
                and (not k or text[k - 1] in "。，；：！？\n“")
                and self.surname_scores.get(text[i], 0.0) >= 0.0
                and str(ctx.jieba.tag(text[e : e + 2])[0][1])[:1] in "pvd"
                and not ctx.is_word(text[k : e + 2])
                and not ctx.is_word(text[i : e + 2])
                and str(ctx.jieba.tag(text[i])[0][1]) not in ("n", "ng", "q", "m", "f", "s")
            )
            if (
                ctx.is_word(text[k:e])
                # 老覃, 小周/nr: the dictionary's familiar names
                and not str(ctx.jieba.tag(text[k:e])[0][1]).startswith("nr")
                and not (  # 老周|走后, 老张|来了: the dictionary's familiar names, whatever tag
                    (text[k] == "老" or str(ctx.jieba.tag(text[e])[0][1])[:1] == "v")  # 小周|帮我
                    and self.surname_scores.get(text[i], 0.0) >= _FAMILIAR_SURNAME
                    and not ctx.is_word(text[k : k + 4])  # (老马识途)
                    and not (k and ctx.is_word(text[k - 1 : k + 1]))  # (养老金)
                )
                and not (
                    text.startswith("家的", e)
                    or any(text.startswith(w, e) and ctx.boundary(e + len(w)) for w in _SAYING)
                    or re.match("[，,][他她]", text[e : e + 2])
                )
                and not opener
            ):
                continue  # 老区, 小康, 小麦和 (but 小毛说, 老宋家的, 找老陆，他: the words
                # the dictionary lists for familiar names)
            if (
                not opener
                and str(ctx.jieba.tag(text[i])[0][1]) in _COMMON_CHAR_TAGS
                and self.surname_scores.get(text[i], 0.0) < _FAMILIAR_SURNAME
                and not (  # 小何说: a surname the dictionary names often enough, speaking
                    self.surname_scores.get(text[i], 0.0) > 0 and text.startswith(_SAYING, e)
                )
            ):
                continue  # 老楼, 小相: a common noun or verb, no surname here (but 老陈, 小黄)
            if (
                k
                and text[k - 1] not in _FAMILIAR_BEFORE
                and text[k - 1] not in self.role_suffixes  # 种植户老徐, 护林员老赖
                and not ctx.is_word(text[k - 2 : k])
                and not ctx.is_word(text[max(k - 3, 0) : k])
            ):
                continue
            if ctx.is_word(text[k : e + 1]) or (ctx.is_word(text[i : e + 1]) and text[e] != "家"):
                continue  # 老党员, 小孙子: the surname begins a longer word (老宋|家的 is a home)
            nxt = ctx.jieba.tag(text[e : e + 2])
            one = ctx.jieba.tag(text[e])
            if not (
                text.startswith(_SAYING, e)
                or text[e] in _FAMILIAR_AFTER
                or (nxt and str(nxt[0][1])[:1] in "vdtilpcrm")  # (老黄|这样的村民, 老储|第一个)
                or (nxt and str(nxt[0][1]) == "a" and len(str(nxt[0][0])) >= 2)  # 小汤|连续
                or (nxt and str(nxt[0][0]) in _NAME_THEN)  # 和老杨|商量: a verb read as a noun
                or (one and str(one[0][1])[:1] in "vdpcmf")  # 小罗|补数学, 老郭|种树, 老施|上山
                or text[e + 1 : e + 2] in ("了", "着", "过")  # 老顾|种了三十年
                or (  # 。老覃|身体硬朗, ，老金|逢人便夸: a common surname opening a clause
                    text[k] == "老"
                    and (not k or text[k - 1] in "。，；：！？\n“")
                    and self.surname_scores.get(text[i], 0.0) >= _FAMILIAR_SURNAME
                    and not ctx.is_word(text[k : e + 2])
                    and not ctx.is_word(text[i : e + 2])
                )
            ):
                continue
            if ctx.in_mask(i, e):
                continue
            spans.append(
                Span(i, e, "PERSON", 0.65, self.name, text[i:e], reason="老/小 and a surname")
            )
            starts.add(i)

    def _familiar_framed(self, ctx: Context, k: int, e: int, role: bool) -> bool:
        """老/小 and a surname in a frame that names people (after a word for a person, a
        place, 的 or 在), ending where the segmenter starts a word: 开店的老黄|轮流值守,
        三年的老常|每周, 石峡村老郭|家的 (not 的老区, 的小康, 的老黄牛, 居民小区)."""
        text = ctx.text
        i = k + 1
        if ctx.in_mask(i, e) or ctx.is_word(text[k : e + 1]) or ctx.is_word(text[i : e + 1]):
            return False  # 老黄牛, 小孙子: the surname begins a longer word
        if ctx.is_word(text[k:e]) and not role:
            return False  # 的老区, 的小康: a word (after a person's word: 社工小陆)
        score = self.surname_scores.get(text[i], 0.0)
        if (
            not role
            and (
                score < 0.0  # (的老方法: 方 is rarely a surname without a role before it)
                or (score < 2.0 and text[k - 1] == "在")  # (在小满前后)
                or (score < 2.0 and str(ctx.jieba.tag(text[i])[0][1])[:1] == "n")  # (的老楼)
            )
        ):
            return False
        return e >= len(text) or text[e] in _FAMILIAR_AFTER or ctx.word_start(e)

    def _bare_title(self, ctx: Context, surname: str, i: int, e: int) -> bool:
        """刘总, 杜工: a one-character title (boss, engineer) names a person only after a
        common surname, as a word of its own, inside a sentence (not 占|总人口, 船舶海工,
        任|总指挥; not a full name on a line of its own, 市长 张工)."""
        text = ctx.text
        if self.surname_scores.get(surname, 0.0) < 2.0 or e + 1 >= len(text):
            return False
        if any(ctx.is_word(text[e : e + n]) for n in (2, 3)) or not ctx.word_start(e + 1):
            return False
        return text[e + 1] not in " \t\r\n\u3000" and (i == 0 or text[i - 1] not in " \t\u3000")

    def _surnames_titled(self, ctx: Context, starts: set[int], spans: list[Span]) -> None:
        """晏市长刚才讲得很透彻, 社区党支部的刘书记说: a surname alone before an
        official's title or a form of address names a person, where the surname begins a
        word and makes none with the title (支队长, 社区主任, 书记处 are no such thing)."""
        text = ctx.text
        admin_ends = {sp.end for sp in ctx.spans_of("ADMIN")}
        for m in self._titled.finditer(text):
            e, t_end = m.start(), m.end()
            surname = next(
                (c for c in self.compounds if e >= len(c) and text.startswith(c, e - len(c))),
                text[e - 1 : e] if e and text[e - 1] in self.surnames else "",
            )
            i = e - len(surname)
            quoted = (  # 都喊她“于大姐”: a form of address quoted whole
                text[i - 1 : i] == "“"
                and text[t_end : t_end + 1] == "”"
                and m.group(0) in _KIN_TITLES
            )
            if not surname or i in starts or (surname in _NOT_SURNAMES_HERE and not quoted):
                continue
            if surname == "阿" and len(m.group(0)) == 1:  # 阿姐, 阿哥, 阿嫂: kin words
                continue
            if surname == m.group(0)[0]:
                continue  # 钢筋班|班长: the unit's last character, no surname 班
            if m.group(0) in self.bare_titles and not self._bare_title(ctx, surname, i, e):
                continue
            if surname == "任" and (
                i in admin_ends
                or text.endswith(_APPOINTED_BEFORE, 0, i)
                or text.startswith(_SERVED_AFTER, t_end)
            ):
                continue  # 在光山县|任|副县长, 同志任|局长, 任局长|期间: “served as”, no surname
            if (
                self.surname_scores.get(surname, 0.0) < 0
                and m.group(0) not in _KIN_TITLES
                and not (
                    i > 1
                    and text[i - 1] in self.role_suffixes
                    and any(ctx.is_word(text[i - n : i]) for n in (2, 3) if i >= n)
                )
            ):
                continue  # 共和国|主席: 国 opens words far more often than names (包大爷 is fine)
            if ctx.blocked_by(i, t_end) is not None:
                continue  # 毛主席: a leader, named as addressed
            after_role = (  # 加工户|屈大姐, 艺人|包老师: a word for a person before it
                i > 1
                and text[i - 1] in self.role_suffixes
                and (  # (or a coined one: 腌制师|缪大姐, 锻造师|智老汉, 莲农|粟大伯)
                    any(ctx.is_word(text[i - n : i]) for n in (2, 3) if i >= n)
                    or (m.group(0) in _KIN_TITLES or m.group(0) in _OLD_TITLES)
                )
                and not any(ctx.is_word(text[i - n : i + 1]) for n in (1, 2, 3) if i >= n)
            )  # (not 居民区|书记: the character ends a longer word)
            if (
                i
                and _CJK.match(text[i - 1])
                and text[i - 1]
                not in "的、和与及跟向对给让被把请由是在说问找叫称老小文有以为组班科室队"
                and not (  # 帮|厉大娘, 陪|王大爷 (not 帮扶|医生: a word)
                    text[i - 1] in "帮陪喊" and not ctx.is_word(text[i - 1 : i + 1])
                )
                and (not ctx.word_start(i) or ctx.is_word(text[i - 1 : i + 1]))
                and not after_role
            ):
                continue  # the surname would sit inside another word (not 以|胡老师, 语文组|孔老师)
            pair = surname + text[e]
            kin = m.group(0) in _KIN_TITLES  # 张|大爷: 张大 is a word, 张大爷 a person
            county = (
                len(pair) == 2
                and pair[-1] in "县市区"
                and _tagged_place(ctx, pair)
                and (not self.short_divisions or pair in self.short_divisions)  # (苏区)
            )
            home = text[t_end : t_end + 1] == "家"  # 冯奶奶|家, 李婶|家: someone's home
            # 的|田|主任: the segmenter cuts the title off though 田主 is a word
            cut = ctx.word_start(i) and ctx.word_start(e) and ctx.word_start(t_end)
            if (
                ctx.is_word(pair) and pair not in self.rare and not kin and not county and not cut
            ) or (
                ctx.is_word(text[e : t_end + 1]) and not home
            ):  # (唐|县长: 唐县 is a county, but 唐县长 a county head)
                continue  # 支队长, 师姐; 书记处, 老师傅 (陆书 is too rare a word)
            cover = ctx._covering(i) if ctx.covered(i, t_end) and not home else None
            if (
                cover is not None
                and not (  # 老人关姨|用, 老戏迷邝伯|看: the tagger's guess
                    cover[0] == i
                    and cover[1] == t_end + 1
                    and not ctx.is_word(text[i : cover[1]])
                    and str(ctx.jieba.tag(text[t_end])[0][1])[:1] == "v"
                )
            ):
                continue
            if ctx.in_mask(i, e):
                continue
            spans.append(
                Span(
                    i, e, "PERSON", 0.7, self.name, surname, reason=f"a surname before {m.group(0)}"
                )
            )
            starts.add(i)

    def analyze(self, ctx: Context) -> list[Span]:
        persons = list(ctx.spans_of("PERSON"))
        starts = {s.start for s in persons}
        spans: list[Span] = []
        if self.full_only:
            self._names_again(ctx, {s.text for s in persons if len(s.text) >= 3}, starts, spans)
            self._given_alone(ctx, persons, starts, spans)  # 雷晓东 … ，晓东掌勺
            return spans
        if self.surnames:
            self._surnames_again(
                ctx, [p for p in persons if p.text not in self.leaders], starts, spans
            )
            self._surnames_titled(ctx, starts, spans)
            self._familiar(ctx, starts, spans)
        names = {s.text for s in persons if len(s.text) >= 2} - self.leaders
        # 艾尔肯·吐尔洪 … 艾尔肯笑着说: the given name of a dotted name stands for it again
        names |= {
            head
            for s in persons
            for head in [re.split(f"[{_DOTS}]", s.text)[0]]
            if head != s.text and len(head) >= 2
        }
        # 格桑旺堆 … 格桑说, 阿依古丽·买买提 … “古丽大夫”: a part of a name of known parts
        names |= {
            part
            for s in persons
            if s.text not in self.leaders
            for piece in re.split(f"[{_DOTS}]", s.text)
            for part in self._split(piece)
            if part != s.text and part not in self.wordlike and len(self._split(piece)) >= 2
        }
        # 包乌力吉 … 乌力吉说: the given name of a Han surname and a known part
        names |= {
            s.text[1:]
            for s in persons
            if len(s.text) >= 4 and s.text[0] in self.surnames and self._split(s.text[1:])
        }
        self._names_again(ctx, names, starts, spans)
        self._given_alone(ctx, persons, starts, spans)
        return spans

    def _names_again(
        self, ctx: Context, names: set[str], starts: set[int], spans: list[Span]
    ) -> None:
        text = ctx.text
        for name in sorted(names - self.leaders, key=len, reverse=True):
            i = text.find(name)
            while i >= 0:
                e = i + len(name)
                if (
                    i not in starts
                    and not ctx.in_mask(i, e)
                    and text[e : e + 1] not in _DOTS  # (才让|·多吉: the name goes on)
                    and not ctx.is_word(text[i : e + 1])  # (黄金海|岸: a word runs on)
                    and not (  # (同心协力，才让|这个产业: a verb of causing, then its object)
                        name[-1] in "让使叫给" and text.startswith(_CAUSED_NEXT, e)
                    )
                    and self._stands(ctx, i, e)
                    and (
                        e - i != 2
                        or not ctx.is_word(name)
                        or (name in self.parts and name not in self.wordlike)
                        or self._as_person(ctx, i, e)
                    )
                ):
                    spans.append(
                        Span(i, e, "PERSON", 0.75, self.name, name, reason="named so elsewhere")
                    )
                    starts.add(i)
                i = text.find(name, e)

    def _as_person(self, ctx: Context, i: int, e: int) -> bool:
        """Where a name that is a word too (白雪, 向阳, 周全) stands again, the sentence
        must treat it as someone: opening a clause or a list item, after a word for a
        person, or before a verb or the person's kin; not 冬天的|白雪, 向阳|的山坡, 田野|里,
        考虑|周全。"""
        text = ctx.text
        if text.startswith("的", e) and text.startswith(_KIN_AFTER, e + 1):
            return True  # 扎西|的父亲
        if (i and text[i - 1] == "的") or text[e : e + 1] in set("的里上中边间下内外"):
            return False
        if ctx.is_word(text[i : e + 2]):
            return False  # 乌云|密布: an idiom the word opens
        if i == 0 or text[i - 1] in "。，；：！？“”、\n和与跟同及":
            # (。黎明|时分，: a noun after it makes the word a time or a thing)
            after = text[e : e + 2]
            return not (
                len(after) == 2 and ctx.is_word(after) and str(ctx.jieba.tag(after)[0][1]) == "n"
            )
        if text[i - 1] in self.role_suffixes:
            return True  # 茶农|马路、, 种植户|齐心今年
        if e >= len(text):
            return False
        tags = ctx.jieba.tag(text[e : e + 2])
        return bool(tags) and str(tags[0][1])[:1] in "vdp"

    def _given_alone(
        self, ctx: Context, persons: list[Span], starts: set[int], spans: list[Span]
    ) -> None:
        """盘振华 … 振华笑着说, 岑国勇 … 想和国勇一起: after a Han name of a surname and
        two characters, those two alone name the person again where a subject stands
        (a clause opening, 和, 的 before; 说, a verb, a break after)."""
        text = ctx.text
        firsts: dict[str, int] = {}
        for p in persons:
            name = p.text
            surname = next((c for c in self.compounds if name.startswith(c)), name[:1])
            if (
                len(name) - len(surname) == 2
                and surname[:1] in self.surnames
                and name not in self.leaders
                and _CJK_RUN.fullmatch(name)
            ):
                given = name[len(surname) :]
                firsts[given] = min(firsts.get(given, p.end), p.end)
        for given, after in firsts.items():
            word = ctx.is_word(given)
            i = text.find(given)
            while i >= 0:
                e = i + 2
                before = text[i - 1 : i]
                this = _GIVEN_ALONE_THIS.match(text, e)
                said = (
                    text.startswith(_SAYING, e)
                    or text.startswith(_GIVEN_ALONE_NEXT, e)
                    or text.startswith(self.address, e)  # 建国师傅, 建华同志
                    # 长海这孩子 (a word only before a word for a young person: not
                    # 发展这样的产业, 发展这股劲头)
                    or (this is not None and (not word or this.group(0) in _THIS_YOUNG))
                    or text.startswith(("这个名字", "这名字"), e)  # 光明这个名字
                    or _LIKE_PEOPLE.match(text, e) is not None  # 红梅这样的带头人
                )
                if i < after and not said:
                    i = text.find(given, e)
                    continue  # before the full name only where a strong frame names him
                nxt = ctx.jieba.tag(text[e : e + 2]) if e < len(text) else []
                verb = bool(nxt) and str(nxt[0][1])[:1] in "vdpc"
                opens = before in _CLAUSE_OPENERS  # 。长江带领村民…: the clause's subject
                owns = (  # 。默然的作品, 。满仓的儿子: the person's own (not 光明的前景)
                    text.startswith("的", e)
                    and (
                        not word
                        or (opens and text.startswith(_KIN_AFTER, e + 1) and not self.full_only)
                    )
                    and before != "的"
                    and _CJK.match(text[e + 1 : e + 2]) is not None
                    and not any(  # (靖宇的中小学生: the county named after him)
                        sp.start == i and sp.label == "ADMIN" for sp in ctx.spans
                    )
                )
                led = text.endswith(_GIVEN_ALONE_LEADS, 0, i) and (not word or said)
                if (
                    i not in starts
                    and (before in _GIVEN_ALONE_BEFORE or led)
                    and (
                        said
                        or owns
                        or (not word and (verb or text[e : e + 1] in _GIVEN_ALONE_AFTER))
                        # (a name the model found is less sure: its given name a word, 海燕,
                        # 平安, 建设, stands again only where it speaks or is addressed)
                        or (word and opens and verb and not self.full_only)
                    )
                    and not ctx.in_mask(i, e)
                    and self._stands(ctx, i, e)
                ):
                    spans.append(  # (scored above a county's short form: 况兴文 … 兴文说)
                        Span(i, e, "PERSON", 0.9, self.name, given, reason="the given name again")
                    )
                    starts.add(i)
                i = text.find(given, e)

    @staticmethod
    def _stands(ctx: Context, s: int, e: int) -> bool:
        """Not inside a longer word (王凯旋 is no 王凯) nor running into a CJK name char
        of a longer name found elsewhere."""
        if ctx.covered(s, e):
            if ctx.inside_word(s, e):
                return False
            a, b = ctx._covering(s) or (s, e)
            tags = ctx.jieba.tag(ctx.text[a:b])
            if ctx.is_word(ctx.text[a:b]) and not (
                len(tags) == 1 and str(tags[0][1]).startswith("nr")
            ):
                return False  # 齐心 … 齐心协力: a dictionary word that opens with the name
        text = ctx.text
        if e - s == 2 and e < len(text) and ctx.is_word(text[s : e + 1]):
            return False
        if text[e : e + 1] in _SITE_TAILS:
            return False  # 屈原镇, 张良庙: a place or site named after the person
        return not (s and ctx.is_word(text[s - 1 : e]))


_DATELINE = re.compile(
    "(?:本报|新华社|中新社|中新网|人民网|新华网|央视网|光明网|央广网)"
    "([\u4e00-\u9fff]{2,8}?)(?=[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|讯))"
)


class DatelineRecognizer:
    """本报东方11月2日电, 新华社拉萨5月3日电: the place a news item was filed from,
    between the paper's name and the date, whatever word it also is."""

    name = "dateline"

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        if "日电" not in text and "日讯" not in text:
            return []
        spans = []
        for m in _DATELINE.finditer(text):
            s, e = m.start(1), m.end(1)
            x = m.group(1)
            places = self.gaz.by_short.get(x) or self.gaz.by_name.get(x) or []
            if places and not ctx.in_mask(s, e):
                spans.append(
                    Span(s, e, "ADMIN", 0.9, self.name, x, reason="where a news item was filed")
                )
        return spans


class FramedPlaceRecognizer:
    """从于都出发, 回三江开茶馆, 欢迎到资源来, 在同心，我们…: a county's or city's short
    name that is an ordinary word too (the gazetteer leaves it alone) is that place where
    a verb of going or being somewhere comes right before it and the clause, a verb of
    arriving or leaving, or its county town comes right after it; the frame no ordinary
    use of 资源, 同心 or 长寿 fills."""

    name = "framed-place"

    def __init__(self, gazetteer: Gazetteer, verbs: Iterable[str] = ()) -> None:
        self.gaz = gazetteer
        self.verbs = frozenset(verbs)  # features.yaml brand_verbs: 新建, 合作, 兴业 …
        self._finder: WordFinder | None = None

    def _shorts(self) -> WordFinder:
        if self._finder is None:
            self._finder = WordFinder(
                p.short
                for p in self.gaz.places
                if p.ambiguous
                and p.level in ("county", "prefecture")
                and p.status == "current"
                and len(p.short) >= 2
                and not p.code.startswith(("71", "81", "82"))  # (回山上种: Taiwan's 山上区)
            )
        return self._finder

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        if not any(c in text for c in "在到从回去"):
            return []
        taken = {i for s in ctx.spans for i in range(s.start, s.end)}
        spans: list[Span] = []
        for i, e, short in self._shorts().find(text):
            if i == 0 or not taken.isdisjoint(range(i, e)) or ctx.in_mask(i, e):
                continue
            lead = text[i - 1]
            if (
                lead not in "在到从回去" or not (i == 1 or text[i - 2] in _FRAME_BEFORE_LEAD)
            ) and text[max(i - 2, 0) : i] not in ("来到", "回到", "走进", "扎根"):
                continue
            if short.startswith("城") or short in self.verbs:
                continue  # 从城关出发, 就在城西: a part of any town; 投资兴业: a verb
            if not (
                e >= len(text)
                or text[e] in "，。；！？"
                or text.startswith(_FRAMED_PLACE_AFTER, e)
                # 回三江开茶馆, 在全州当过: a verb of one character, no word with what follows
                or (text[e : e + 1] in "开当住教种干待" and not ctx.is_word(text[e : e + 2]))
            ):
                continue
            if (
                ctx.is_word(text[i - 1 : i + 1])
                or not (ctx.word_start(e) or text.startswith(("县城", "城里"), e))
                or ctx.blocked_by(i, e)
            ):
                continue  # (the segmenter may glue 从于: no word, the name still opens)
            if text.startswith("出发", e) and not _tagged_place(ctx, short):
                continue  # 从资源出发: where an argument starts, not a journey
            if ctx.is_word(text[i - 1 : e]) or ctx.is_word(text[i : e + 1]):
                continue  # (在合作中, 到资源库: a word of its own)
            places = [
                p
                for p in self.gaz.by_short.get(short, ())
                if p.level in ("county", "prefecture")
                and p.status == "current"
                and not p.code.startswith(("71", "81", "82"))
            ]
            if not places:
                continue
            why = f"{places[0].name}, where one goes or stays ({lead}…)"
            spans.append(Span(i, e, "ADMIN", 0.6, self.name, short, reason=why))
            taken.update(range(i, e))
        return spans


class RepeatedPlaceRecognizer:
    """Runs after the place rules: a short form that is also an ordinary word (安康,
    东方) and was found as a place beside its neighbours is that place again wherever it
    stands alone as a word in the same text (安康汉江龙舟节), but not inside a longer word
    (幸福安康) or a blocked name."""

    name = "repeated-place"

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        admin = list(ctx.spans_of("ADMIN"))
        taken = {i for s in ctx.spans for i in range(s.start, s.end)}
        names = {
            s.text
            for s in admin
            if s.recognizer == "gazetteer"
            and not s.full
            and len(s.text) >= 2
            and any(p.ambiguous and p.level != "town" for p in self.gaz.by_short.get(s.text, ()))
        }
        # Only names the tagger reads as names (安康/nr, 长安/ns): never verbs and nouns
        # like 合作, 振兴, 互助, nor words for a direction or a state (东方, 和平).
        names = {x for x in names if str(ctx.jieba.tag(x)[0][1]).startswith(("ns", "nr"))}
        # initials of places joined (京雄城际 … 京雄快线): the same pair again, no word
        names |= {
            s.text
            for s in admin
            if s.recognizer == "feature"
            and s.reason.startswith("initials")
            and 2 <= len(s.text) <= 3
            and not ctx.is_word(s.text)
            and ctx.blocked_by(s.start, s.end) is None  # (中吉乌铁路: countries)
        }
        # A place named in full (黄甫镇, 张庄村, 大方县) is that place again by its short
        # name (“黄甫红枣”, 张庄的变化); a short name that is an ordinary word (大方, 富民,
        # 南部) only where the sentence treats it as a place (see _named_again).
        ordinary: set[str] = set()
        defined: set[str] = set()  # short names of counties and cities named in full here
        for s in admin:
            if s.recognizer == "brand-place":
                ordinary.add(s.text)  # “五常大米” … 五常人, 五常要…: as a defined county's
            if not s.full:
                continue
            short = self._short_of(s)
            if short == s.text or len(short) < 2 or short in names:
                continue
            village = s.text.endswith(("村", "嘎查"))
            if village and not ctx.is_word(s.text):
                names.add(s.text)  # 台盘村 again as a whole, before its short name
            if (s.level == "town" or village) and (
                not ctx.is_word(short) or (village and _named(ctx, short))
            ):
                names.add(short)
            elif (s.level in ("county", "prefecture", "town") or village) and ctx.is_word(short):
                ordinary.add(short)  # (海雀村 … 如今海雀的森林: a village named like a word)
                if s.level in ("county", "prefecture"):
                    defined.add(short)
        spans_listed = self._listed_again(ctx, admin, taken)
        levels = {s.start for s in ctx.spans if s.label == "LEVEL"}
        # (the level words are read last: 白沙|县委常委, 白沙|县长 before them)
        levels.update(m.start() for m in _LEVEL_AFTER_PLACE.finditer(text))
        spans: list[Span] = spans_listed
        for name in sorted(names | ordinary, key=len, reverse=True):
            i = text.find(name)
            while i >= 0:
                e = i + len(name)
                if (
                    (taken.isdisjoint(range(i, e)) or self._covers(ctx, name, i, e))
                    and not ctx.in_mask(i, e)
                    and ctx.blocked_by(i, e) is None
                    and (ctx.word_start(i) or _glued_after(ctx, i, e))
                    and (ctx.word_start(e) or e in levels)
                    and (not ctx.covered(i, e) or _glued_after(ctx, i, e))
                    and not self._after_adjective(ctx, i)
                    and not (  # 做人要|方正: a word after a modal or adverb is that word
                        i and text[i - 1] in "要很更最太挺不也都真" and ctx.is_word(name)
                    )
                    and (
                        name in names
                        or self._named_again(ctx, i, e, levels)
                        or (name in defined and self._loosely_again(ctx, i, e))
                    )
                ):
                    if name in ordinary and text.startswith(("村", "社区", "嘎查"), e):
                        e += 2 if text.startswith(("社区", "嘎查"), e) else 1
                        name = text[i:e]  # 战旗 … 战旗村原属郫县: the village in full again
                    spans.append(
                        Span(
                            i,
                            e,
                            "ADMIN",
                            0.6,
                            self.name,
                            name,
                            reason="a place elsewhere in the text",
                        )
                    )
                    taken.update(range(i, e))
                i = text.find(name, e)
        return spans

    def _listed_again(self, ctx: Context, admin: list[Span], taken: set[int]) -> list[Span]:
        """朝阳小米、朝阳大枣; “崇明金瓜”“崇明白山羊”: a place opening one item of a list
        opens the next one too, though its name is an ordinary word there."""
        text = ctx.text
        out: list[Span] = []
        for sp in admin:
            if len(sp.text) < 2 or sp.full:
                continue
            k = sp.end
            stop = min(len(text), sp.end + 16)
            while k < stop and text[k] not in _LIST_JOINS and text[k] not in "。；，\n":
                k += 1
            j = k
            while j < len(text) and text[j] in _LIST_JOINS:
                j += 1
            if j == k or j >= len(text) or not text.startswith(sp.text, j):
                continue
            e = j + len(sp.text)
            if not taken.isdisjoint(range(j, e)) or ctx.in_mask(j, e) or ctx.covered(j, e):
                continue
            if e < len(text) and ctx.is_word(text[j : e + 1]):
                continue  # (the name runs into a longer word)
            why = "a place opening the list item before, again"
            out.append(Span(j, e, "ADMIN", 0.6, self.name, text[j:e], reason=why))
            taken.update(range(j, e))
        return out

    @staticmethod
    def _covers(ctx: Context, name: str, i: int, e: int) -> bool:
        """A village named again in full holds the shorter names found inside it
        (常州村 over 常州): every span there lies within it."""
        return name.endswith("村") and all(
            i <= s.start and s.end <= e for s in ctx.spans if s.start < e and i < s.end
        )

    def _short_of(self, s: Span) -> str:
        """The short name of a place found in full: the gazetteer's, else the name
        without its level word (张庄村 → 张庄, 新民镇 → 新民)."""
        places = self.gaz.by_name.get(s.text, ())
        if places and places[0].short:
            return places[0].short
        for suffix in ("街道", "社区", "苏木", "嘎查", "镇", "乡", "村"):
            if s.text.endswith(suffix) and len(s.text) - len(suffix) >= 2:
                return s.text[: -len(suffix)]
        return s.text  # a county the gazetteer gives no short form (解放区) has none

    @staticmethod
    def _named_again(ctx: Context, i: int, e: int, levels: set[int]) -> bool:
        """富民的蔬菜, 和平猕猴桃, 文明乡党委, “扎西会议”: a short name that is an ordinary
        word stands for the place named in full elsewhere when a level word follows it,
        or it opens a clause (or follows a preposition) and 的 or a noun follows it;
        not 把|富民产业 (a phrase) nor 县境南部 (inside a clause)."""
        text = ctx.text
        if e in levels:
            return True
        if text.startswith(("人民", "人", "籍"), e) and not ctx.is_word(text[i : e + 1]):
            return True  # 五常人, 和平人民, 武功籍: the people of the place
        before = text[i - 1] if i else "。"
        opens = before in _CLAUSE_STOPS or before in "在到从来去与和的把是为对"
        if before == "咱" or text[max(i - 2, 0) : i] == "我们":
            before, opens = "在", True  # 咱下庄的人, 我们大房身的作坊: one's own place
        if re.match("[一二三四五六七八九十0-9]{1,2}(?:组|社|队)", text[e : e + 3]):
            return True  # 下庄三组: a group of the village named before
        if text[max(i - 2, 0) : i] in _ARRIVING:
            before, opens = "在", True  # 欢迎大家来到和平！: a place one comes to
        if text[max(i - 2, 0) : i] in ("成为", "作为"):
            before, opens = "为", True  # 成为三江最大的品牌
        if before in "让使" or text[max(i - 2, 0) : i] in _CAUSING:
            before, opens = "把", True  # 让东方|成为…, 推动和平|在…率先崛起: what it makes do
        if not opens:
            return False
        if before in "到来" and text[e : e + 1] in "来去" and not ctx.is_word(text[e : e + 2]):
            return True  # 到大方|来投资: a place one comes to
        if text.startswith("的", e):
            if (before == "是" or text[max(i - 2, 0) : i] in ("成为", "作为")) and e + 1 < len(
                text
            ):  # 是三江的支柱产业, 成为三江的支柱产业: what the place has
                return text.startswith(_PLACE_HAS, e + 1)
            return before not in "的把是为对"
        if (
            before in "在到从来去"
            and (ctx.word_start(i - 1) or text[max(i - 2, 0) : i] in _ARRIVING)
            and (e >= len(text) or text[e] in _CLAUSE_STOPS or text[e] in "！")
        ):
            return True  # 在互助，: a place after a preposition, closing the clause (得到解放。)
        if ctx.is_word(text[i : e + 1]) or ctx.is_word(text[i : e + 2]):
            return False
        k = _run_end(text, e, _CLAUSE_STOPS)
        tags = ctx.jieba.tag(text[e:k]) if k > e else []
        if not tags:
            return False
        tag = str(tags[0][1])
        # 和平猕猴桃 (a noun after it); 和顺是…, 武功由此… (a clause's subject, before a
        # verb or adverb) only at a clause's start
        if before in "把是为对":
            return tag[:1] in ("v", "d")  # 把玉麦作为…, 是东山最宝贵的 (not 是和平工程)
        if before in "在到来去" and text.startswith(_PLACE_VISITS, e):
            return True  # 顺路去|互助|体验: a place one goes to see
        if before in _CLAUSE_STOPS and text.startswith(_NOW, e):
            return True  # 清水|今年被评为: the subject of a report on the year (not 和平|年代)
        return tag[:1] == "n" or (before in _CLAUSE_STOPS and tag[:1] in ("v", "d", "c", "p"))

    @staticmethod
    def _loosely_again(ctx: Context, i: int, e: int) -> bool:
        """五常|大米, 兴隆|板栗, 朝阳|群众, 让江山|的老百姓: a county or city the text names
        in full stands behind its short name, though an ordinary word, before its produce,
        its people or its county town (not 和平|年代, 平安|建设)."""
        text = ctx.text
        if ctx.is_word(text[i : e + 1]) or (i and ctx.is_word(text[i - 1 : e])):
            return False
        if text.startswith(("县城", "城区", "市区", "乡下"), e):
            return True  # 从互助|县城到这里
        if text.startswith("的", e):
            return text[i - 1 : i] in "让把使给为" and text.startswith(_PLACE_FOLK, e + 1)
        k = _run_end(text, e, _CLAUSE_STOPS)
        tags = ctx.jieba.tag(text[e:k]) if k > e else ()
        if not tags or str(tags[0][0]) not in _PLACE_PRODUCE_WORDS:
            return False
        tag = str(ctx.jieba.tag(text[i:e])[0][1])
        if tag[:1] == "v":
            return False  # 要延长|苹果产业链: a verb and its object
        # 朝阳|群众 (a name the tagger knows), not 工农|群众
        return str(tags[0][0]) not in _PLACE_FOLK or (tag[:1] in ("n", "t") and tag != "n")

    @staticmethod
    def _after_adjective(ctx: Context, i: int) -> bool:
        """幸福|安康: a word for a state right after an adjective is that word."""
        if i < 2 or not ctx.word_start(i - 2):
            return False
        tags = ctx.jieba.tag(ctx.text[i - 2 : i])
        return len(tags) == 1 and str(tags[0][1]) in ("a", "ad", "an")


class BrandPlaceRecognizer:
    """“五常大米”, “梨树模式”: a quoted brand made of a county's or city's short name and
    a product or a way of working (features.yaml ``brand_tails``) names that place, even
    when the short name is an ordinary word the gazetteer recognizer leaves alone."""

    name = "brand-place"

    def __init__(
        self,
        gazetteer: Gazetteer,
        tails: tuple[str, ...],
        ways: Iterable[str] = (),
        verbs: Iterable[str] = (),
    ) -> None:
        self.gaz = gazetteer
        self.tails = tails
        self.verbs = frozenset(verbs)
        ways = frozenset(ways)
        products = [t for t in tails if len(t) >= 2 and t not in ways]
        self._products = re.compile(_trie_regex(products)) if products else None

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        taken = {i for s in ctx.spans_of("ADMIN") for i in range(s.start, s.end)}
        spans: list[Span] = []
        for m in re.finditer("“([\u4e00-\u9fff]{3,7})”", text):
            inner, s = m.group(1), m.start(1)
            for k in (3, 2):
                x, tail = inner[:k], inner[k:]
                # 五常大米; 三江早春茶 (a kind of tea): the tail or its end is a product
                if not (tail in self.tails or (len(tail) <= 4 and tail.endswith(self.tails))):
                    continue
                if not taken.isdisjoint(range(s, s + k)):
                    continue
                places = [
                    p
                    for p in self.gaz.by_short.get(x, ())
                    if p.level in ("county", "prefecture") and p.status == "current"
                ]
                if places and not ctx.in_mask(s, s + k):
                    why = f"{places[0].name}, naming the brand {inner}"
                    spans.append(Span(s, s + k, "ADMIN", 0.7, self.name, x, reason=why))
                    break
        if "、" in text:
            self._brand_lists(ctx, taken, spans)
        self._brand_products(ctx, taken, spans)
        return spans

    def _brand_products(self, ctx: Context, taken: set[int], spans: list[Span]) -> None:
        """五常大米贵在品质, 光山油茶和…: unquoted, a county's or city's short name right
        before a product of two or more characters names that place too, where the
        name opens a word and the pair is no dictionary word; a short name that reads
        as a verb there (新建|香菇大棚, 延长|苹果产业链) does not."""
        text = ctx.text
        by_short = self.gaz.by_short
        have = {sp.start for sp in spans}
        for m in self._products.finditer(text) if self._products is not None else ():
            i, e = m.start(), m.end()
            for k in (3, 2):
                s = i - k
                x = text[s:i]
                if s < 0 or x not in by_short or s in have or x in self.verbs:
                    continue  # (the cheap test first: most products follow no place)
                if not taken.isdisjoint(range(s, i)) or ctx.in_mask(s, i):
                    continue
                if not ctx.word_start(s) or ctx.is_word(text[s:e]):
                    continue  # (公司|兴银, 龙井茶: a word, no place and product)
                if not (e >= len(text) or ctx.boundary(e)):
                    continue  # (the product runs into a longer word)
                places = [
                    p
                    for p in by_short[x]
                    if p.level in ("county", "prefecture") and p.status == "current"
                ]
                if places:
                    why = f"{places[0].name}, naming the product {x}{m.group(0)}"
                    spans.append(Span(s, i, "ADMIN", 0.7, self.name, x, reason=why))
                    have.add(s)
                    break

    def _brand(self, text: str, starts: Iterable[int], e: int) -> tuple[int, int, str] | None:
        """(start, end, place) of a county's short name and a product that end at ``e``,
        the name beginning at one of ``starts`` (大方|天麻, 同心|滩羊), or None."""
        by_short = self.gaz.by_short
        for start in starts:
            for k in (3, 2):
                x = text[start : start + k]
                if x not in by_short or start + k >= e:
                    continue  # (the cheap test first: most pieces name no place)
                tail = text[start + k : e]
                if not (tail in self.tails or tail.endswith(self.tails)):
                    continue
                places = [
                    p
                    for p in by_short[x]
                    if p.level in ("county", "prefecture") and p.status == "current"
                ]
                if places:
                    return start, start + k, places[0].name
        return None

    def _brand_lists(self, ctx: Context, taken: set[int], spans: list[Span]) -> None:
        """大方漆器、大方天麻、大方豆干; 同心圆枣、同心滩羊: products listed together, two or
        more of them a county's short name and a product, name those counties."""
        text = ctx.text
        by_short = self.gaz.by_short
        i = text.find("、")
        while i >= 0:
            if text[i + 1 : i + 3] not in by_short and text[i + 1 : i + 4] not in by_short:
                i = text.find("、", i + 1)
                continue  # (the cheap test first: an item after 、 opens with a place's name)
            # the run of Han characters and 、 around this 、 (found from the 、, not by a
            # regex over every clause: most clauses list nothing)
            lo = i
            while lo > 0 and i - lo < 80 and (text[lo - 1] == "、" or _CJK.match(text[lo - 1])):
                lo -= 1
            m = _BRAND_CLAUSE.match(text, lo)
            if m is None:  # pragma: no cover - the run holds the 、 at least
                break
            i = text.find("、", m.end())
            pieces, k = [], m.start()
            for part in m.group(0).split("、"):
                pieces.append((k, k + len(part)))
                k += len(part) + 1
            a0, e0 = pieces[0]
            pieces[0] = (max(a0, e0 - 9), e0)  # (the words before the list stay out)
            if not any(
                text[a : a + 2] in by_short or text[a : a + 3] in by_short for a, _ in pieces[1:]
            ):
                continue  # (no item after the first opens with a place's name)
            found = []
            for n, (a, e) in enumerate(pieces):
                if n and text[a : a + 2] not in by_short and text[a : a + 3] not in by_short:
                    continue  # (the cheap test first: most items open with no place's name)
                if n == 0:  # (推动|大方漆器: the first item may hold the words before)
                    b = self._brand(text, range(a, e - 2), e)
                else:  # (同心滩羊|远销…, 周至猕猴桃|这些…: an item may run on)
                    b = next(
                        (
                            x
                            for end in range(min(e, a + 7), a + 2, -1)
                            if (x := self._brand(text, (a,), end))
                        ),
                        None,
                    )
                if b is not None:
                    found.append(b)
            if len(found) < 2:
                continue
            for a, e, name in found:
                if taken.isdisjoint(range(a, e)) and not ctx.in_mask(a, e):
                    why = f"{name}, naming a product listed with others"
                    spans.append(Span(a, e, "ADMIN", 0.7, self.name, text[a:e], reason=why))


class PairListRecognizer:
    """A list of place pairs (川渝、湘粤、深儋 …): once two items are
    found as runs of abbreviations or initials, another two-character item made of
    initials of cities or provinces is one too, whatever provinces it joins."""

    name = "pair-list"

    def __init__(self, gazetteer: Gazetteer, provinces: Iterable[str]) -> None:
        chars = set(provinces)
        for p in gazetteer.places:
            if p.level in ("province", "prefecture") and p.status == "current" and p.short:
                chars.add(p.short[0])
        self.chars = frozenset(chars)

    def analyze(self, ctx: Context) -> list[Span]:
        text = ctx.text
        if "、" not in text:
            return []
        pairs = {(s.start, s.end) for s in ctx.spans_of("ADMIN") if s.length == 2}
        taken = {i for s in ctx.spans for i in range(s.start, s.end)}
        spans: list[Span] = []
        for m in _PAIR_LIST.finditer(text):
            items = [
                (m.start() + 3 * k, m.start() + 3 * k + 2) for k in range(len(m.group(0)) // 3 + 1)
            ]
            items = [(s, e) for s, e in items if e <= m.end()]
            if sum((s, e) in pairs for s, e in items) < 2:
                continue
            for s, e in items:
                x = text[s:e]
                if (s, e) in pairs or not taken.isdisjoint(range(s, e)):
                    continue
                if x[0] == x[1] or not set(x) <= self.chars or ctx.is_word(x):
                    continue
                spans.append(
                    Span(s, e, "ADMIN", 0.7, self.name, x, reason="a pair in a list of place pairs")
                )
        return spans


# Two-character items joined by 、 (a list of pairs): 川渝、湘粤、深儋
_PAIR_LIST = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}(?:、[\u4e00-\u9fff]{2})+")
