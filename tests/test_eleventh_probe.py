"""Forms of real local news the matcher missed, gathered in the eleventh real-news round (stop 29)
from new blind probes. Names: minority names whose first syllables the lexicon lacks but whose
last it knows, a rare dictionary word that cuts no name (柴小征到), a conjunction before a count or
a place (区长和南沙区…), 新当选 after a name. Rosters: names parted by spaces (副县长：甲　乙　丙, a
two-character name padded to three), lines a name and a colon open (甲：…街道党工委书记。), a
notice's items opening lines (甲同志任…). Chains: an office after a post of its organ (县委常委、
办公室主任), a portfolio between two posts (、分管农业工作的副县长), quoted campaign names inside an
unknown post, posts parted by a comma when they open a sentence or an indented line, grades and
qualifiers in brackets, names listed between an organ and their shared post (省财政厅甲、乙副厅长).
Organs and places: zones' management committees in full, a department whose name ends a longer
body's, a department's own news (党组书记、局长甲 after 县审计局…), a commission's party committee,
a continuing post opening the next sentence (…主席会议。副主席乙…), 距 before a town's level, a zone
founded in a notice (建立…产业集聚区党工委), a village's level character shared with its post
(杨庄村支书), a community's posts written short, a procuratorate's first deputy. Careers: a holder
named after 是 (县委书记是…的甲。他曾任…). One table per form, each following from how Chinese copy
is written.

Every sentence here was written for this test and every person's name is invented (real place
names are used). Each case gives the exact set of (person, role, jurisdiction or @level, acting,
status) the matcher must read.
"""

from __future__ import annotations

import pytest

from roles import reading
from roles.matching import Matcher
from tests.test_real_forms import as_matched, cur, former, forms, read

# Tibetan names are often written with a first syllable the lexicon does not hold and a last it
# does (才仁, 彭措): four to six characters up to a firm boundary are one name
MINORITY_NAMES = [
    (
        "启动仪式上，玉树州委常委、宣传部长韩立致辞；州人大常委会副主任洛要才仁，"
        "州政协副主席贺立新为志愿者授旗。",
        {
            cur("韩立", "州委常委", "玉树藏族自治州"),
            cur("韩立", "宣传部部长", "玉树藏族自治州"),
            cur("洛要才仁", "州人大常委会副主任", "@州"),
            cur("贺立新", "州政协副主席", "@州"),
        },
    ),
    (
        "座谈会上，甘孜州政协主席阿多彭措，甘孜州委常委、州委秘书长时建军分别发言。",
        {
            cur("阿多彭措", "州政协主席", "甘孜藏族自治州"),
            cur("时建军", "州委常委", "甘孜藏族自治州"),
            cur("时建军", "州委秘书长", "甘孜藏族自治州"),
        },
    ),
    # a Han name and a verb after it are still read as before
    ("县长洪才仁主持会议。", {cur("洪才仁", "县长", "@县")}),
]

# An office written after a post of its organ is that organ's office (县委常委 → 县委办公室);
# after a post of no organ (副县长) it names no post the matcher can place
ORGAN_OFFICES = [
    (
        "检查组由县委常委、办公室主任白长锋带队，县委常委、宣传部长冀明一同检查。",
        {
            cur("白长锋", "县委常委", "@县"),
            cur("白长锋", "县委办公室主任", "@县"),
            cur("冀明", "县委常委", "@县"),
            cur("冀明", "宣传部部长", "@县"),
        },
    ),
    (
        "县政府党组成员、办公室主任苗志华列席会议。",
        {
            cur("苗志华", "县政府党组成员", "@县"),
            cur("苗志华", "县政府办公室主任", "@县"),
        },
    ),
    ("副县长、办公室主任苗志华列席会议。", {cur("苗志华", "副县长", "@县")}),
]

# What the holder is in charge of may stand between two of his posts
PORTFOLIOS = [
    (
        "区委常委、负责政府常务工作副区长扬明远深入西湖街道督导安全生产。",
        {cur("扬明远", "区委常委", "@区"), cur("扬明远", "副区长", "@区")},
    ),
    (
        "县委常委、分管农业工作的副县长柯守田到田间查看。",
        {cur("柯守田", "县委常委", "@县"), cur("柯守田", "副县长", "@县")},
    ),
]

# A campaign's name in quotes inside a post the lexicon cannot read; zones' management
# committees written in full
UNKNOWN_AND_FULL_POSTS = [
    (
        "端州区委副书记、区长、“绿美家园”行动指挥部办公室主任吴立钧一行到高要区考察。",
        {cur("吴立钧", "区委副书记", "端州区"), cur("吴立钧", "区长", "端州区")},
    ),
    (
        "县委研究决定：戚义坚同志任临高金牌港经济开发区管理委员会主任。",
        {cur("戚义坚", "管委会主任", "临高金牌港经济开发区")},
    ),
]

# Roster lines (yearbooks, leadership pages): a post, a colon, names parted by spaces, a
# two-character name padded to three; a line of names alone continues the list
ROSTERS = [
    (
        "县长：韩立新\n副县长：萧维之　戈　平　时宏伟\n乔本玉　钟兆武　尚　岩\n县政协主席：牟文成",
        {
            cur("韩立新", "县长", "@县"),
            cur("萧维之", "副县长", "@县"),
            cur("戈平", "副县长", "@县"),
            cur("时宏伟", "副县长", "@县"),
            cur("乔本玉", "副县长", "@县"),
            cur("钟兆武", "副县长", "@县"),
            cur("尚岩", "副县长", "@县"),
            cur("牟文成", "县政协主席", "@县"),
        },
    ),
    ("副县长: 萧维之 时宏伟", {cur("萧维之", "副县长", "@县"), cur("时宏伟", "副县长", "@县")}),
]

# A chain of posts opening an indented line, joined by a comma, is one person's
INDENTED_CHAINS = [
    (
        "庆祝大会上午举行。\n\n  州委书记，瑞丽国家重点开发开放试验区党工委书记、管委会主任苏定邦"
        "宣布开幕。",
        {
            cur("苏定邦", "州委书记", "@州"),
            cur("苏定邦", "党工委书记", "瑞丽国家重点开发开放试验区"),
            cur("苏定邦", "管委会主任", "瑞丽国家重点开发开放试验区"),
        },
    ),
]

# A department whose first character makes a word with the one before it ends a longer body's
# name (宣传 + 教育局): it is no department of the paper's home
DEPARTMENTS_INSIDE_NAMES = [
    (
        "中央宣传部宣传教育局副局长房立群一行调研，州委副书记、州长严守正陪同。",
        {cur("严守正", "州委副书记", "@州"), cur("严守正", "州长", "@州")},
    ),
]

# 距 governs the place after it: no town's name ends in it (…站距乡政府120公里), so a bare
# 乡 post is of the town the article names
TOWNS = [
    (
        "扎青乡离县城很远。最远的牧业点距乡政府90多公里。"
        "采访当天，乡党委书记贡布桑珠正准备去牧业点看望群众。",
        {cur("贡布桑珠", "党委书记", "扎青乡")},
    ),
]

# A word the dictionary holds only a few times (征到) does not cut the name before it
RARE_WORDS = [
    (
        "县政协副主席柴小征到和平村走访脱贫户。",
        {cur("柴小征", "县政协副主席", "@县")},
    ),
]

# A conjunction after a title joins what follows: a count (及4名委员) or a place (和南沙区) is
# no part of a name
CONJUNCTIONS = [
    (
        "新当选的南沙区人民政府区长洪扬及4名区人大常委会委员一同宣誓。",
        {cur("洪扬", "区长", "南沙区")},
    ),
    ("会议选举产生区人民政府区长和南沙区人大常委会部分委员。", set()),
]

# The holder named after 是 (and what describes him, closed by 的), who is then the 他 of the
# next sentence; a grade in brackets between a post and its holder
HOLDERS_AFTER_COPULAS_AND_GRADES = [
    (
        "据了解，现任定安县委书记是1966年出生的甘立成。他曾任琼海市副市长。",
        {cur("甘立成", "县委书记", "定安县"), former("甘立成", "副市长", "琼海市")},
    ),
    ("现任县长是丁五。", {cur("丁五", "县长", "@县")}),
    ("县委书记是全县抓党建的第一责任人。", set()),
    ("县委书记(副厅级)韦立新出席开幕式。", {cur("韦立新", "县委书记", "@县")}),
]

# A department's own news: its party group's and head's posts written bare, of the department
# the paragraph names (县审计局); not after a body's name of their own (大会秘书长)
BODIES_OWN_NEWS = [
    (
        "县审计局迅速召开了党组扩大会议。党组书记、局长韩国栋强调，审计工作要服务大局。",
        {cur("韩国栋", "县审计局党组书记", "@县"), cur("韩国栋", "县审计局局长", "@县")},
    ),
    (
        "县政协主席董立莉、县委书记龚立汉、大会秘书长刘立明在主席台前排就坐。",
        {cur("董立莉", "县政协主席", "@县"), cur("龚立汉", "县委书记", "@县")},
    ),
    (
        "县政协副主席、工商联主席曾立民表示，将继续做好商会工作。",
        # (工商联主席 is read after another post since the twelfth round)
        {cur("曾立民", "县政协副主席", "@县"), cur("曾立民", "县工商联主席", "@县")},
    ),
]

# A commission's party committee (县卫生健康委党委书记), and the posts of one person parted by a
# comma when they open the sentence (…主任，县中医药发展局局长甲)
COMMISSIONS_AND_COMMA_CHAINS = [
    (
        "县卫生健康委党委书记、主任罗立兴出席会议并讲话。"
        "县卫生健康委党委委员、副主任，县疾控局局长周立政主持会议。",
        {
            cur("罗立兴", "县卫健委党委书记", "@县"),
            cur("罗立兴", "县卫健委主任", "@县"),
            cur("周立政", "县卫健委党委委员", "@县"),
            cur("周立政", "县卫健委副主任", "@县"),
        },
    ),
    (
        "县卫生健康委党组书记、主任，中医药发展局局长孙立远主持会议并讲话。",
        {cur("孙立远", "县卫健委党组书记", "@县"), cur("孙立远", "县卫健委主任", "@县")},
    ),
]

# A line a name and a colon open lists the person's posts (after a heading too); 新当选 after a
# name is the verb's (柯江全 + 新当选, not 柯江 + 全新)
NAMES_BEFORE_COLONS = [
    (
        "社区自治南京东路街道\n张立婷：南京东路街道党工委书记。\n任立峰：南京东路街道办事处主任。",
        {
            cur("张立婷", "街道党工委书记", "南京东路街道"),
            cur("任立峰", "街道办事处主任", "南京东路街道"),
        },
    ),
    (
        "缪立波：中共成都市锦江区委副书记，成都市锦江区人民政府区长。",
        {cur("缪立波", "区委副书记", "锦江区"), cur("缪立波", "区长", "锦江区")},
    ),
    ("记者：张三", set()),
    (
        "顺义区委教育工委书记、区教委主任柯江全新当选区人民政府副区长。",
        {cur("柯江全", "区委教育工委书记", "顺义区"), cur("柯江全", "区教委主任", "顺义区")},
    ),
]

# A continuing post that opens the next sentence of its paragraph is of the organ the sentence
# before named with its head (政协主席甲主持召开主席会议。副主席乙…)
NEXT_SENTENCES = [
    (
        "1月6日，县政协主席夏立生主持召开县政协九届二十四次主席会议。"
        "副主席肖立英、王为良，秘书长姚立全参加会议。",
        {
            cur("夏立生", "县政协主席", "@县"),
            cur("肖立英", "县政协副主席", "@县"),
            cur("王为良", "县政协副主席", "@县"),
            cur("姚立全", "县政协秘书长", "@县"),
        },
    ),
    ("县委书记戴立国主持会议。副主席柯立参加。", {cur("戴立国", "县委书记", "@县")}),
]

# A village's level character opens its post too (杨庄村支书 = 杨庄村 + 村支书), as a town's
# does (石门镇委书记); 村书记 is the village's secretary, not a bare 书记
SHARED_VILLAGE_CHARACTERS = [
    ("杨庄村支书柴立民主持村民大会。", {cur("柴立民", "村党支部书记", "杨庄村")}),
    ("丰垸村书记宁立义介绍了情况。", {cur("宁立义", "村党支部书记", "丰垸村")}),
    ("杨庄村委会主任柴立民主持会议。", {cur("柴立民", "村委会主任", "杨庄村")}),
]

# A community's posts written short (社区主任, 社区书记、主任甲) and its first secretary; a
# procuratorate's first deputy after its head (…检察长、乙常务副检察长)
COMMUNITIES_AND_FIRST_DEPUTIES = [
    (
        "杨庄社区位于城区。社区第一书记胡立暄与社区书记、主任赵小义带领大家了解情况。",
        {
            cur("胡立暄", "社区第一书记", "杨庄社区"),
            cur("赵小义", "社区党委书记", "杨庄社区"),
            cur("赵小义", "社区居委会主任", "杨庄社区"),
        },
    ),
    (
        "淮安区检察院臧立青检察长、陈立东常务副检察长陪同参观。",
        {
            cur("臧立青", "区检察院检察长", "淮安区"),
            cur("陈立东", "区检察院常务副检察长", "淮安区"),
        },
    ),
]

# A zone named as the object of a verb of founding (建立…产业集聚区党工委) is the place of the bare
# zone posts after it; a notice's items, one per line, each open with a name and 同志任
ZONE_NOTICES = [
    (
        "经市委研究，建立台州湾循环经济产业集聚区党工委。\n芮立宏同志任党工委书记；\n"
        "黄立满同志任管委会主任、党工委副书记；\n舒立周同志任党工委委员、纪检监察工委书记\n"
        "汪立柏同志任党工委委员。",
        {
            cur("芮立宏", "党工委书记", "台州湾循环经济产业集聚区"),
            cur("黄立满", "管委会主任", "台州湾循环经济产业集聚区"),
            cur("黄立满", "党工委副书记", "台州湾循环经济产业集聚区"),
            cur("舒立周", "党工委委员", "台州湾循环经济产业集聚区"),
            cur("汪立柏", "党工委委员", "台州湾循环经济产业集聚区"),
        },
    ),
]

# Names listed between an organ and the post they share (省财政厅甲、乙副厅长), and a qualifier in
# brackets after an unknown post before the name (…党工委书记(兼)甲)
ORGANS_AND_QUALIFIERS = [
    (
        "在省财政厅，考察组先后拜访了省财政厅李立才、周立宁副厅长。",
        {cur("李立才", "省财政厅副厅长", "@省"), cur("周立宁", "省财政厅副厅长", "@省")},
    ),
    (
        "县委书记张三、副县长李四、王五副局长陪同。",
        {cur("张三", "县委书记", "@县"), cur("李四", "副县长", "@县")},
    ),
    (
        "市委组织部副部长、市“两新”党工委书记(兼)周立琪一行到董家塅街道调研。",
        {cur("周立琪", "市委组织部副部长", "@市")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    forms(
        minority_names=MINORITY_NAMES,
        organ_offices=ORGAN_OFFICES,
        portfolios=PORTFOLIOS,
        unknown_and_full_posts=UNKNOWN_AND_FULL_POSTS,
        rosters=ROSTERS,
        indented_chains=INDENTED_CHAINS,
        departments_inside_names=DEPARTMENTS_INSIDE_NAMES,
        towns=TOWNS,
        rare_words=RARE_WORDS,
        conjunctions=CONJUNCTIONS,
        holders_after_copulas_and_grades=HOLDERS_AFTER_COPULAS_AND_GRADES,
        bodies_own_news=BODIES_OWN_NEWS,
        commissions_and_comma_chains=COMMISSIONS_AND_COMMA_CHAINS,
        names_before_colons=NAMES_BEFORE_COLONS,
        next_sentences=NEXT_SENTENCES,
        shared_village_characters=SHARED_VILLAGE_CHARACTERS,
        communities_and_first_deputies=COMMUNITIES_AND_FIRST_DEPUTIES,
        zone_notices=ZONE_NOTICES,
        organs_and_qualifiers=ORGANS_AND_QUALIFIERS,
    ),
)
def test_eleventh_probe_forms(matcher: Matcher, text: str, expected: set) -> None:
    """Every table of this file: the exact mentions each sentence must give."""
    # (as the pipeline hands text to the matcher: roster lines are marked before OCR repair)
    assert read(matcher, as_matched(matcher, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("副县长：萧维之　戈　平　时宏伟", "副县长：萧维之、戈　平、时宏伟"),
        (
            "副县长:萧维之 时宏伟\n乔本玉 尚 岩\n县长:韩立新",
            "副县长:萧维之、时宏伟、乔本玉、尚 岩；县长:韩立新",
        ),
        # not a roster: a lone character that pairs with none, digits, no colon, one name
        ("副县长：萧维之　戈　时宏伟", "副县长：萧维之　戈　时宏伟"),
        ("县委书记：刘 军 1964年9月生", "县委书记：刘 军 1964年9月生"),
        ("萧维之 时宏伟 参加", "萧维之 时宏伟 参加"),
        ("县长：韩立新", "县长：韩立新"),
        # a line a label and a colon open starts an entry after a line with no punctuation
        ("南京东路街道\n张立婷：街道党工委书记。", "南京东路街道；张立婷：街道党工委书记。"),
        ("会议结束。\n张立婷：街道党工委书记。", "会议结束。\n张立婷：街道党工委书记。"),
        (
            "甲立同志任党工委书记\n乙立同志任党工委委员",
            "甲立同志任党工委书记；乙立同志任党工委委员",
        ),
    ],
)
def test_roster_lines_are_marked_one_character_for_one(text: str, expected: str) -> None:
    marked = reading.mark_rosters(reading.normalise_width(text))
    assert marked == reading.normalise_width(expected)
    assert len(marked) == len(text)  # offsets into the original hold
