"""Forms of real local news the matcher missed in the fifth blind probe (stop 22: county news of
the north and north-east, personnel news, and town news of central and southern China, 90 pages
it was never tuned on): one table per form, each following from how Chinese copy is written
rather than from one sentence.

Every sentence here was written for this test and every person's name is invented (real place
names are used). Each case gives the exact set of (person, role, jurisdiction or @level, acting,
status) the matcher must read.
"""

from __future__ import annotations

import pytest

from roles.lexicons import Lexicons
from roles.matching import Matcher
from roles.places import resolve_home
from tests.test_real_forms import cur, dated, former, forms, read

# A transliterated name's last part is the longest run of transliteration characters that a verb,
# a title or punctuation closes: 阿不都热西提 + 到会, not 阿不 + 都 (the particle "all").
DOTTED_NAMES = [
    (
        "自治区副主席买买提江·阿不都热西提到会讲话。",
        {cur("买买提江·阿不都热西提", "副省长", "@省")},
    ),
    (
        "县长买买提·艾力和副县长王小明出席。",
        {cur("买买提·艾力", "县长", "@县"), cur("王小明", "副县长", "@县")},
    ),
    ("县长买买提·艾力来到乡里。", {cur("买买提·艾力", "县长", "@县")}),
    ("县长买买提·艾力到乡里调研。", {cur("买买提·艾力", "县长", "@县")}),
]

# Where names end and start: a character no given name uses, starting a word after the shorter
# reading, is that word's (柯翔提请); a doubled character that makes a word opens no name (刚刚卸任);
# no name starts inside a title (副秘书长闵军) nor ends inside 人民 (和县人民政府); a measure word
# after a number is no surname (2名副县长); places of the gazetteer written one after another
# before a title start the next item of a list (…钱中小、广东省佛山市顺德区委书记蒋甘小).
NAME_BOUNDARIES = [
    ("副市长柯翔提请审议人事任免议案。", {cur("柯翔", "副市长", "@市")}),
    ("刚刚卸任副市长的潘小军出席了会议。", set()),
    (
        "2016年，浙江省人民政府副秘书长闵军调任龙游县委书记。",
        {cur("闵军", "省政府副秘书长", "浙江省"), dated("闵军", "县委书记", "龙游县")},
    ),
    ("会上将选举产生县监察委员会主任和县人民政府2名副县长。", set()),
    (
        "拟推荐对象分别是江苏省苏州市昆山市委书记钱中小、广东省佛山市顺德区委书记蒋甘小、"
        "广西桂林市阳朔县委书记彭小秀。",
        {
            cur("钱中小", "市委书记", "昆山市"),
            cur("蒋甘小", "区委书记", "顺德区"),
            cur("彭小秀", "县委书记", "阳朔县"),
        },
    ),
]

# 原 between an organ and its post (市委组织部原副部长, 县人大常委会原主任) makes a former post of
# the title without it.
FORMER_INSIDE = [
    (
        "市委组织部原副部长吴小十任衢江区委书记。",
        {former("吴小十", "市委组织部副部长", "@市"), cur("吴小十", "区委书记", "衢江区")},
    ),
    ("县人大常委会原主任王小明出席。", {former("王小明", "县人大常委会主任", "@县")}),
    ("县委原书记王小明出席。", {former("王小明", "县委书记", "@县")}),
]

# A sentence opened by a name and a verb of its own (王五出生于…) has that person as its subject:
# a career it goes on to tell (历任…) is theirs, and 他/她 in the next sentence means them. An
# opening that is no name (据了解，) is passed over; a place before its title (双江镇党委书记) is
# no subject, nor a particle run into a date (同在8月).
SUBJECTS = [
    (
        "钱大斌生于1971年3月，浙江开化人，多年在衢州任职，历任柯城区区长、衢江区委书记等职。",
        {former("钱大斌", "区长", "柯城区"), former("钱大斌", "区委书记", "衢江区")},
    ),
    (
        "据了解，钱大斌生于1971年3月，历任柯城区区长、衢江区委书记等职。",
        {former("钱大斌", "区长", "柯城区"), former("钱大斌", "区委书记", "衢江区")},
    ),
    (
        "钱大斌生于1971年3月，历任柯城区区长等职。2019年5月，他调任丽水市委副书记、代市长。",
        {
            former("钱大斌", "区长", "柯城区"),
            dated("钱大斌", "市委副书记", "丽水市"),
            ("钱大斌", "市长", "丽水市", True, "dated"),
        },
    ),
    (
        "会议指出。钱大斌，浙江开化人。2019年5月，他调任丽水市委副书记。",
        {dated("钱大斌", "市委副书记", "丽水市")},
    ),
    (
        "双江镇党委书记王大安是老资格。他2003年任化念镇副镇长。",
        {cur("王大安", "党委书记", "双江镇"), dated("王大安", "副镇长", "化念镇")},
    ),
    ("同在5月9日，吕小群赴任柯城区。他曾任衢州市工商局局长。", set()),
    # 次月, 同月: a clause opened by a relative date continues the subject
    (
        "赵小六曾任龙游县副县长。2015年任县委常委，次月任县委副书记。",
        {
            former("赵小六", "副县长", "龙游县"),
            dated("赵小六", "县委常委", "@县"),
            dated("赵小六", "县委副书记", "@县"),
        },
    ),
    # a career told with a pronoun is the passage's subject's; the place a verb of moving names
    # is the bare titles' after it
    (
        "钱大斌，浙江开化人，1993年参加工作。他先后担任柯城区区长、衢江区委书记等职。",
        {former("钱大斌", "区长", "柯城区"), former("钱大斌", "区委书记", "衢江区")},
    ),
    (
        "郑小刚，浙江人。2009年，他被调至杭州市余杭区，先后担任区委副书记、代理区长、区长。",
        {
            former("郑小刚", "区委副书记", "余杭区"),
            ("郑小刚", "区长", "余杭区", True, "former"),
            former("郑小刚", "区长", "余杭区"),
        },
    ),
    # (她 after a sentence that names its person only inside it: nobody is guessed)
    (
        "同样毕业于党校的开化人俞小艳，一直在衢州工作。她先后担任开化县政府办公室副主任等职。",
        set(),
    ),
]

# Elections: a list of any length before 为 (选举甲、乙、…、壬为市人大常委会委员), 了 after the verb
# (补选了), and a CPPCC's term between the organ and the post (白河县政协第九届委员会主席).
ELECTIONS = [
    (
        "选举张小一、李小二、王小三、赵小四、钱小五、孙小六、周小七、吴小八、郑小九为市人大常委会委员。",
        {
            cur(n, "市人大常委会委员", "@市")
            for n in (
                "张小一",
                "李小二",
                "王小三",
                "赵小四",
                "钱小五",
                "孙小六",
                "周小七",
                "吴小八",
                "郑小九",
            )
        },
    ),
    ("会议选举了王大明为县长。", {cur("王大明", "县长", "@县")}),
    # the place whose congress sits is the bare titles' its session elects
    (
        "2月20日，衢州市第五届人民代表大会第三次会议选举张小三为人民政府市长。",
        {cur("张小三", "市长", "衢州市")},
    ),
    (
        "衢州市五届人大三次会议选举张小三为市长，李小四为副市长。",
        {cur("张小三", "市长", "衢州市"), cur("李小四", "副市长", "衢州市")},
    ),
    (
        "大会选举石小胜、毛小军、金小花等19人为市人大常委会委员。",
        {cur(n, "市人大常委会委员", "@市") for n in ("石小胜", "毛小军", "金小花")},
    ),
    ("大会选举敖小东等7人为旗政协常务委员。", {cur("敖小东", "旗政协常委", "@旗")}),
    ("王小明当选为民盟衢州市第四届委员会主委。", {cur("王小明", "民盟市委会主委", "衢州市")}),
    (
        "选举施小军、龚小东两位同志为县第八届政协委员会副主席。",
        {cur("施小军", "县政协副主席", "@县"), cur("龚小东", "县政协副主席", "@县")},
    ),
    ("祝小翔等41位委员当选为区政协常务委员。", {cur("祝小翔", "区政协常委", "@区")}),
    # posts that continue the organ the sentence names, with nobody's post before them
    (
        "区政协九届三次会议举行闭幕大会，副主席于小明主持会议，主席叶小鸣，副主席孔小刚出席。",
        {
            cur("于小明", "区政协副主席", "@区"),
            cur("叶小鸣", "区政协主席", "@区"),
            cur("孔小刚", "区政协副主席", "@区"),
        },
    ),
    ("区人大常委会召开主任会议，副主任王小明主持。", {cur("王小明", "区人大常委会副主任", "@区")}),
    ("省政协研究室主任、机关党组成员何小祥一行来调研。", set()),
    ("会议选举赵小甲为白河县政协第九届委员会主席。", {cur("赵小甲", "县政协主席", "白河县")}),
    ("江小武当选为常山县政协委员会主席。", {cur("江小武", "县政协主席", "常山县")}),
    (
        "大会补选了张小三、李小四为区政协第九届委员会常务委员。",
        {cur("张小三", "区政协常委", "@区"), cur("李小四", "区政协常委", "@区")},
    ),
]

# Zones: a zone's own name is longer than a town's and is read back to the punctuation or
# conjunction before it (南川新型工业化经济开发区); a party working committee after a name ending
# in 区 governs a zone (新开区党工委书记); a zone written bare is the one the article named.
ZONES = [
    (
        "南川新型工业化经济开发区管委会主任孙小八陪同。",
        {cur("孙小八", "管委会主任", "南川新型工业化经济开发区")},
    ),
    (
        "县委常委、南川新型工业化经济开发区党工委书记孙小八陪同。",
        {cur("孙小八", "县委常委", "@县"), cur("孙小八", "党工委书记", "南川新型工业化经济开发区")},
    ),
    (
        "新开区党工委书记、管委会主任周小九陪同。",
        {cur("周小九", "党工委书记", "新开区"), cur("周小九", "管委会主任", "新开区")},
    ),
    (
        "合肥高新区天湖街道揭牌。高新区党工委书记曹小年出席。",
        {cur("曹小年", "党工委书记", "合肥高新区")},
    ),
    ("高新区党工委书记周小年出席。", {cur("周小年", "党工委书记", "高新区")}),
    (
        "庐江经济开发区召开中层干部会议，会议由开发区党工委书记唐小东主持。",
        {cur("唐小东", "党工委书记", "庐江经济开发区")},
    ),
    (
        "市委常委、山西转型综改示范区党工委书记王小明出席。",
        {cur("王小明", "市委常委", "@市"), cur("王小明", "党工委书记", "山西转型综改示范区")},
    ),
    (
        "副县长兼经开区党工委书记王大明出席。",
        {cur("王大明", "副县长", "@县"), cur("王大明", "党工委书记", "经开区")},
    ),
]

# Towns: 乡党委书记 after a township named in the clause before is that township's; what comes
# before 街道 or 社区 is a street's name, not a person's (江岸区长江路街道: no 区长 江路).
TOWNS = [
    (
        "记者来到桐村乡，乡党委书记曹小刚介绍，全乡共有9个村。",
        {cur("曹小刚", "党委书记", "桐村乡")},
    ),
    (
        "近日，记者来到开化县桐村乡。该乡党委书记曹小刚介绍情况。",
        {cur("曹小刚", "党委书记", "桐村乡")},
    ),
    ("江岸区长江路街道召开会议。", set()),
    # 提交镇政府: a plain word before 镇 names the town only when no other town is written
    (
        "溪口镇召开人代会。镇人大办公室汇总代表建议后，提交镇政府研究办理。党委委员、副镇长尹小磊参加。",
        {cur("尹小磊", "党委委员", "溪口镇"), cur("尹小磊", "副镇长", "溪口镇")},
    ),
    ("区长王大明到长江路街道调研。", {cur("王大明", "区长", "@区")}),
]

# An appositive list: each item a name, a comma (and 男/女), then the posts it holds up to the
# semicolon; the item opens after a boundary (是, ：, ；), so a name inside a clause is not one.
APPOSITIVES = [
    (
        "推荐人选分别是徐小江，龙游县委书记、二级巡视员；方小伟，衢州市柯城区委书记；"
        "江小英，女，开化县委书记、二级巡视员。",
        {
            cur("徐小江", "县委书记", "龙游县"),
            cur("方小伟", "区委书记", "柯城区"),
            cur("江小英", "县委书记", "开化县"),
        },
    ),
    ("会上，王大明，县委书记。", set()),
    ("王大明说，县委书记要带头。", set()),
]

# Continuing posts of courts, procuratorates and congresses keep their organ and their own acting
# marker (副院长、代理院长).
CONTINUING = [
    (
        "任命柳小泽为常山县人民法院副院长、代理院长。",
        {
            cur("柳小泽", "县法院副院长", "常山县"),
            cur("柳小泽", "县法院院长", "常山县", acting=True),
        },
    ),
    (
        "任命谢小国为常山县人民检察院副检察长、代检察长。",
        {
            cur("谢小国", "县检察院副检察长", "常山县"),
            cur("谢小国", "县检察院检察长", "常山县", acting=True),
        },
    ),
    (
        "县人大常委会副主任、代理主任王小明出席。",
        {
            cur("王小明", "县人大常委会副主任", "@县"),
            cur("王小明", "县人大常委会主任", "@县", acting=True),
        },
    ),
    (
        "会议决定任小生代理丽水市人民政府市长职务。",
        {cur("任小生", "市长", "丽水市", acting=True)},
    ),
    # a county department's head written without the level is of the level before it
    (
        "县政府党组成员、公安局局长蒋小远出席。",
        {cur("蒋小远", "县政府党组成员", "@县"), cur("蒋小远", "县公安局局长", "@县")},
    ),
    (
        "县法院院长王大明，副院长李小明出席。",
        {cur("王大明", "县法院院长", "@县"), cur("李小明", "县法院副院长", "@县")},
    ),
]

# Chains: posts the lexicon cannot read (…领导小组副组长、…办主任, …工作队总领队) each end at their
# first post head and do not cost the posts before them; a light verb before a title mark ends a
# two-character name.
CHAINS = [
    (
        "区委书记、区委区政府推进协同发展领导小组组长钱小七参加。",
        {cur("钱小七", "区委书记", "@区")},
    ),
    (
        "甘孜藏族自治州委副书记、州乡村振兴领导小组副组长、州乡村振兴办主任杨小义率队调研。",
        {cur("杨小义", "州委副书记", "甘孜藏族自治州")},
    ),
    (
        "林芝市委副书记、广东省第九批援藏工作队总领队温小祥出席。",
        {cur("温小祥", "市委副书记", "林芝市")},
    ),
    ("青山镇镇长候选人陈辛作《政府工作报告》。", {("陈辛", "镇长", "青山镇", False, "designate")}),
    ("组织部副部长孙小丙、人大联工委主任周小丁到会。", {cur("孙小丙", "组织部副部长", "@-")}),
    # a character the aspect particle 着 follows is a verb: 冒着 ends the name
    (
        "县委书记何小凡、县委常委常务副县长邓小华冒着大雨赶赴灾区。",
        {
            cur("何小凡", "县委书记", "@县"),
            cur("邓小华", "县委常委", "@县"),
            cur("邓小华", "常务副县长", "@县"),
        },
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    forms(
        dotted_names=DOTTED_NAMES,
        where_names_end_and_start=NAME_BOUNDARIES,
        former_inside_a_title=FORMER_INSIDE,
        subjects=SUBJECTS,
        elections=ELECTIONS,
        zones=ZONES,
        towns=TOWNS,
        appositive_lists=APPOSITIVES,
        continuing_posts=CONTINUING,
        chains=CHAINS,
    ),
)
def test_fifth_probe_forms(matcher: Matcher, text: str, expected: set) -> None:
    """Every table of this file: the exact mentions each sentence must give."""
    assert read(matcher, text) == expected


def test_a_bare_title_of_another_level_is_the_place_its_paragraph_names(matcher: Matcher) -> None:
    """In a city's paper, 县人大常委会主任 after 开化县…会议 is 开化县's; with no county named it stays
    a bare county title for the run to settle."""
    city = frozenset({"市", "省"})
    text = "开化县十届人大二次会议举行宣誓仪式，新当选的县人大常委会主任鲍小增向宪法宣誓。"
    found = [(m.person, m.role, m.jurisdiction) for m in matcher.mentions(text, home_levels=city)]
    assert found == [("鲍小增", "县人大常委会主任", "开化县")]
    bare = matcher.mentions("新当选的县人大常委会主任鲍小增向宪法宣誓。", home_levels=city)
    assert [(m.jurisdiction, m.home_level) for m in bare] == [("", "县")]


@pytest.mark.parametrize(
    ("written", "home"),
    [
        ("松山新区", None),  # not 赤峰's 松山区
        ("锦州松山新区", "锦州市"),
        ("龙港镇", None),
        ("苍南县龙港镇", "苍南县"),
        ("兰州新区", "兰州市"),  # a zone named after its city is in it
        ("浦东新区", "浦东新区"),  # a 新区 of the gazetteer
        ("衢江区", "衢江区"),
        ("今日衢江", "衢江区"),
    ],
)
def test_a_home_below_the_county_is_not_a_county_of_its_name(
    lex: Lexicons, written: str, home: str | None
) -> None:
    found = resolve_home(lex, written)
    assert (found.name if found else None) == home
