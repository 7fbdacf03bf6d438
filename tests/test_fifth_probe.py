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
from tests.test_real_forms import cur, dated, former, read, table

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
# reading, is that word's (王翔提请); a doubled character that makes a word opens no name (刚刚卸任);
# no name starts inside a title (副秘书长陈军) nor ends inside 人民 (和县人民政府); a measure word
# after a number is no surname (2名副县长); places of the gazetteer written one after another
# before a title start the next item of a list (…王中小、广东省惠州市惠城区委书记黄干小).
NAME_BOUNDARIES = [
    ("副市长王翔提请审议人事任免议案。", {cur("王翔", "副市长", "@市")}),
    ("江西省委常委、刚刚卸任副省长的吴晓军转任南昌市委书记。", set()),
    (
        "2013年，海南省人民政府副秘书长陈军调任定安县委书记。",
        {cur("陈军", "省政府副秘书长", "海南省"), dated("陈军", "县委书记", "定安县")},
    ),
    ("会上将选举产生县监察委员会主任和县人民政府2名副县长。", set()),
    (
        "他们分别是江苏省无锡市宜兴市委书记王中小、广东省惠州市惠城区委书记黄干小、"
        "广西来宾市象州县委书记龙小秀。",
        {
            cur("王中小", "市委书记", "宜兴市"),
            cur("黄干小", "区委书记", "惠城区"),
            cur("龙小秀", "县委书记", "象州县"),
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
        "周大斌出生于1968年10月，江苏泰兴人，长期在常州工作，历任武进区区长、新北区委书记等职。",
        {former("周大斌", "区长", "武进区"), former("周大斌", "区委书记", "新北区")},
    ),
    (
        "据了解，周大斌出生于1968年10月，历任武进区区长、新北区委书记等职。",
        {former("周大斌", "区长", "武进区"), former("周大斌", "区委书记", "新北区")},
    ),
    (
        "周大斌出生于1968年10月，历任武进区区长等职。2021年8月，他调任盐城市委副书记、代市长。",
        {
            former("周大斌", "区长", "武进区"),
            dated("周大斌", "市委副书记", "盐城市"),
            ("周大斌", "市长", "盐城市", True, "dated"),
        },
    ),
    (
        "会议指出。周大斌，江苏泰兴人。2021年8月，他调任盐城市委副书记。",
        {dated("周大斌", "市委副书记", "盐城市")},
    ),
    (
        "双江镇党委书记王大安是老资格。他2003年任化念镇副镇长。",
        {cur("王大安", "党委书记", "双江镇"), dated("王大安", "副镇长", "化念镇")},
    ),
    ("同在8月2日，孙小群赴任海陵区。他曾任泰州市工商局局长。", set()),
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
        "周大斌，江苏泰兴人，1990年参加工作。他先后担任武进区区长、新北区委书记等职。",
        {former("周大斌", "区长", "武进区"), former("周大斌", "区委书记", "新北区")},
    ),
    (
        "段小刚，重庆人。2006年，他被调至重庆市巴南区，先后担任区委副书记、代理区长、区长。",
        {
            former("段小刚", "区委副书记", "巴南区"),
            ("段小刚", "区长", "巴南区", True, "former"),
            former("段小刚", "区长", "巴南区"),
        },
    ),
    # (她 after a sentence that names its person only inside it: nobody is guessed)
    (
        "同为研究生学历的磐安人蔡小艳，则一直在金华工作。她先后担任磐安县政府办公室副主任等职。",
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
        "大会选举王小胜、田小军、朴小花等28人为市人大常委会委员。",
        {cur(n, "市人大常委会委员", "@市") for n in ("王小胜", "田小军", "朴小花")},
    ),
    ("大会选举刘小东等5人为旗政协常务委员。", {cur("刘小东", "旗政协常委", "@旗")}),
    ("王小明当选为民盟衢州市第四届委员会主委。", {cur("王小明", "民盟市委会主委", "衢州市")}),
    (
        "选举张小军、尚小东两位同志为县第十届政协委员会副主席。",
        {cur("张小军", "县政协副主席", "@县"), cur("尚小东", "县政协副主席", "@县")},
    ),
    ("王小翔等57位委员当选为区政协常务委员。", {cur("王小翔", "区政协常委", "@区")}),
    # posts that continue the organ the sentence names, with nobody's post before them
    (
        "区政协十四届一次会议举行闭幕大会，副主席邵小明主持会议，主席钟小鸣，副主席陆小刚出席。",
        {
            cur("邵小明", "区政协副主席", "@区"),
            cur("钟小鸣", "区政协主席", "@区"),
            cur("陆小刚", "区政协副主席", "@区"),
        },
    ),
    ("区人大常委会召开主任会议，副主任王小明主持。", {cur("王小明", "区人大常委会副主任", "@区")}),
    ("省政协研究室主任、机关党组成员何小祥一行来调研。", set()),
    ("会议选举赵小甲为白河县政协第九届委员会主席。", {cur("赵小甲", "县政协主席", "白河县")}),
    ("白小武当选为佳县政协委员会主席。", {cur("白小武", "县政协主席", "佳县")}),
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
        "长沙高新区麓谷街道揭牌。高新区党工委书记周小年出席。",
        {cur("周小年", "党工委书记", "长沙高新区")},
    ),
    ("高新区党工委书记周小年出席。", {cur("周小年", "党工委书记", "高新区")}),
    (
        "无为经济开发区召开全体干部会议，会议由开发区党工委书记蒋小东主持。",
        {cur("蒋小东", "党工委书记", "无为经济开发区")},
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
# before 街道 or 社区 is a street's name, not a person's (二七区长江路街道: no 区长 江路).
TOWNS = [
    (
        "记者来到威溪乡，乡党委书记杨小刚介绍，全乡共有12个村。",
        {cur("杨小刚", "党委书记", "威溪乡")},
    ),
    (
        "近日，记者来到隆回县威溪乡。该乡党委书记杨小刚介绍情况。",
        {cur("杨小刚", "党委书记", "威溪乡")},
    ),
    ("二七区长江路街道召开会议。", set()),
    # 提交镇政府: a plain word before 镇 names the town only when no other town is written
    (
        "新驿镇召开人代会。镇人大办公室梳理汇总后，提交镇政府研究办理。党委委员、副镇长殷小磊参加。",
        {cur("殷小磊", "党委委员", "新驿镇"), cur("殷小磊", "副镇长", "新驿镇")},
    ),
    ("区长王大明到长江路街道调研。", {cur("王大明", "区长", "@区")}),
]

# An appositive list: each item a name, a comma (and 男/女), then the posts it holds up to the
# semicolon; the item opens after a boundary (是, ：, ；), so a name inside a clause is not one.
APPOSITIVES = [
    (
        "拟推荐对象分别是王小江，天镇县委书记、二级巡视员；刘小伟，晋中市太谷区委书记；"
        "高小英，女，岚县县委书记、二级巡视员。",
        {
            cur("王小江", "县委书记", "天镇县"),
            cur("刘小伟", "区委书记", "太谷区"),
            cur("高小英", "县委书记", "岚县"),
        },
    ),
    ("会上，王大明，县委书记。", set()),
    ("王大明说，县委书记要带头。", set()),
]

# Continuing posts of courts, procuratorates and congresses keep their organ and their own acting
# marker (副院长、代理院长).
CONTINUING = [
    (
        "任命杨小泽为榕江县人民法院副院长、代理院长。",
        {
            cur("杨小泽", "县法院副院长", "榕江县"),
            cur("杨小泽", "县法院院长", "榕江县", acting=True),
        },
    ),
    (
        "任命吴小国为榕江县人民检察院副检察长、代检察长。",
        {
            cur("吴小国", "县检察院副检察长", "榕江县"),
            cur("吴小国", "县检察院检察长", "榕江县", acting=True),
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
        "会议决定董小生代理上饶市人民政府市长职务。",
        {cur("董小生", "市长", "上饶市", acting=True)},
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
        "凉山彝族自治州委副书记、州脱贫攻坚领导小组副组长、州脱贫攻坚办主任陈小义率队调研。",
        {cur("陈小义", "州委副书记", "凉山彝族自治州")},
    ),
    (
        "山南市委副书记、湖北省第八批援藏工作队总领队陈小祥出席。",
        {cur("陈小祥", "市委副书记", "山南市")},
    ),
    ("青山镇镇长候选人陈辛作《政府工作报告》。", {("陈辛", "镇长", "青山镇", False, "designate")}),
    ("组织部副部长孙小丙、人大联工委主任周小丁到会。", {cur("孙小丙", "组织部副部长", "@-")}),
    # a character the aspect particle 着 follows is a verb: 冒着 ends the name
    (
        "县委书记钟小凡、县委常委常务副县长刘小华冒着大雨赶赴该乡。",
        {
            cur("钟小凡", "县委书记", "@县"),
            cur("刘小华", "县委常委", "@县"),
            cur("刘小华", "常务副县长", "@县"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), table(DOTTED_NAMES))
def test_dotted_names(matcher: Matcher, text: str, expected: set) -> None:
    assert read(matcher, text) == expected


@pytest.mark.parametrize(("text", "expected"), table(NAME_BOUNDARIES))
def test_where_names_end_and_start(matcher: Matcher, text: str, expected: set) -> None:
    assert read(matcher, text) == expected


@pytest.mark.parametrize(("text", "expected"), table(FORMER_INSIDE))
def test_former_inside_a_title(matcher: Matcher, text: str, expected: set) -> None:
    assert read(matcher, text) == expected


@pytest.mark.parametrize(("text", "expected"), table(SUBJECTS))
def test_subjects(matcher: Matcher, text: str, expected: set) -> None:
    assert read(matcher, text) == expected


@pytest.mark.parametrize(("text", "expected"), table(ELECTIONS))
def test_elections(matcher: Matcher, text: str, expected: set) -> None:
    assert read(matcher, text) == expected


@pytest.mark.parametrize(("text", "expected"), table(ZONES))
def test_zones(matcher: Matcher, text: str, expected: set) -> None:
    assert read(matcher, text) == expected


@pytest.mark.parametrize(("text", "expected"), table(TOWNS))
def test_towns(matcher: Matcher, text: str, expected: set) -> None:
    assert read(matcher, text) == expected


@pytest.mark.parametrize(("text", "expected"), table(APPOSITIVES))
def test_appositive_lists(matcher: Matcher, text: str, expected: set) -> None:
    assert read(matcher, text) == expected


@pytest.mark.parametrize(("text", "expected"), table(CONTINUING))
def test_continuing_posts(matcher: Matcher, text: str, expected: set) -> None:
    assert read(matcher, text) == expected


@pytest.mark.parametrize(("text", "expected"), table(CHAINS))
def test_chains(matcher: Matcher, text: str, expected: set) -> None:
    assert read(matcher, text) == expected


def test_a_bare_title_of_another_level_is_the_place_its_paragraph_names(matcher: Matcher) -> None:
    """In a city's paper, 县人大常委会主任 after 莘县…会议 is 莘县's; with no county named it stays
    a bare county title for the run to settle."""
    city = frozenset({"市", "省"})
    text = "莘县十六届人大五次会议举行宣誓仪式，新当选的县人大常委会主任曹小增向宪法宣誓。"
    found = [(m.person, m.role, m.jurisdiction) for m in matcher.mentions(text, home_levels=city)]
    assert found == [("曹小增", "县人大常委会主任", "莘县")]
    bare = matcher.mentions("新当选的县人大常委会主任曹小增向宪法宣誓。", home_levels=city)
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
