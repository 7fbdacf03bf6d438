"""Forms of real local news the matcher missed in the fourth blind probe (stop 21: everyday
county news, personnel news and southern papers, 90 pages it was never tuned on): one table per
form, each following from how Chinese copy is written rather than from one sentence.

Every sentence here was written for this test and every person's name is invented (real place
names are used). Each case gives the exact set of (person, role, jurisdiction or @level, acting,
status) the matcher must read; references (徐副区长) are left out.
"""

from __future__ import annotations

import pytest

from roles.matching import Matcher
from tests.test_real_forms import cur, dated, former, forms, read

# Where a name ends: a light verb (作讲话) or a preposition (就, 以) after a two-character name is
# the next word's, not the name's third character; a listed verb after the longer reading beats
# a dictionary word after the shorter (费月高出席: not 费月 + 高出); conjunctions, titles and
# level characters make ways of address and organs, not names.
NAME_BOUNDARIES = [
    ("区委书记柯军作讲话。", {cur("柯军", "区委书记", "@区")}),
    ("区委书记柯军作工作报告。", {cur("柯军", "区委书记", "@区")}),
    ("前进区区长闻新就项目建设作了介绍。", {cur("闻新", "区长", "前进区")}),
    (
        "县委副书记、代县长乔青以普通代表的身份参加审议。",
        {cur("乔青", "县委副书记", "@县"), cur("乔青", "县长", "@县", acting=True)},
    ),
    ("市人大常委会秘书长费月高出席会议。", {cur("费月高", "市人大常委会秘书长", "@市")}),
    (
        "县委常委、县纪委书记蒋大甲领学了文件。",
        {cur("蒋大甲", "县委常委", "@县"), cur("蒋大甲", "县纪委书记", "@县")},
    ),
    ("县委书记龙大力受县委常委会委托作报告。", {cur("龙大力", "县委书记", "@县")}),
    ("吴区长和郑副区长肯定了片区的成绩。", set()),
    ("由市委书记任政委。", set()),
    ("审议了补选的市政协副主席、秘书长和常务委员候选人建议名单。", set()),
    (
        "县人大常委会选联工委主任欧大雄、县人大换届选举督导组到场指导。",
        {cur("欧大雄", "县人大常委会选联工委主任", "@县")},
    ),
]

# A name written before its title: deputies too (蓝雅萍副区长), after punctuation, a preposition
# or a verb that opens a clause (决定).
NAME_BEFORE_TITLE = [
    ("蓝雅萍副区长出席会议并讲话。", {cur("蓝雅萍", "副区长", "@区")}),
    ("孙八方常务副县长作表态发言。", {cur("孙八方", "常务副县长", "@县")}),
    ("会议决定郑大皓副区长主持区政府工作。", {cur("郑大皓", "副区长", "@区")}),
    ("会议由副县长王大海主持。", {cur("王大海", "副县长", "@县")}),
]

# Elections: 选举出…同志为…, the next names elected in the same sentence (乙同志为镇长，丙、丁两位
# 同志为副镇长), and a congress's term between the town and its organ (官屯镇第十九届人民政府镇长).
ELECTIONS = [
    (
        "孟庄镇第十九届人民代表大会第一次会议召开。选举出穆大兴同志为镇人大主席，"
        "李小玮同志为镇长，杜一渐、马二锋两位同志为副镇长。",
        {
            cur("穆大兴", "镇人大主席", "孟庄镇"),
            cur("李小玮", "镇长", "孟庄镇"),
            cur("杜一渐", "副镇长", "孟庄镇"),
            cur("马二锋", "副镇长", "孟庄镇"),
        },
    ),
    (
        "会议选举高大华同志为官屯镇第十九届人民政府镇长，闵小辉同志为官屯镇第十九届"
        "人民代表大会主席。",
        {cur("高大华", "镇长", "官屯镇"), cur("闵小辉", "人大主席", "官屯镇")},
    ),
    (
        "选举黄大德为草塘镇第十八届人大主席，蒋日新、陈小召为草塘镇人大副主席。",
        {
            cur("黄大德", "人大主席", "草塘镇"),
            cur("蒋日新", "人大副主席", "草塘镇"),
            cur("陈小召", "人大副主席", "草塘镇"),
        },
    ),
    ("会议决定褚大甲同志任市政协提案委员会主任。", {cur("褚大甲", "市政协提案委员会主任", "@市")}),
    (
        # the formal name of the standing committee, then its deputies elected in one clause
        "其中，甘立新当选石景山区第十五届人民代表大会常务委员会主任，韦国华、尤海当选为副主任。",
        {
            cur("甘立新", "区人大常委会主任", "石景山区"),
            cur("韦国华", "区人大常委会副主任", "石景山区"),
            cur("尤海", "区人大常委会副主任", "石景山区"),
        },
    ),
]

# A table of posts and holders: 区委书记：甲 乙区代区长：丙 (the next entry's place ends a name)
TABLES = [
    (
        "东湖区委书记：张大三东湖区代区长：李小四",
        {cur("张大三", "区委书记", "东湖区"), cur("李小四", "区长", "东湖区", acting=True)},
    ),
    (
        "县长：王大五，副县长：赵小六",
        {cur("王大五", "县长", "@县"), cur("赵小六", "副县长", "@县")},
    ),
]

# Organs: 我县/该县 share their level character with the title (我县政协主席), a congress's or
# CPPCC's own committees (read from how they are built), government commissions (发改委),
# provincial departments (教育厅), town portfolios, titles run together without a separator, and
# an office the lexicon does not know run on after a title.
ORGANS = [
    (
        "我县政协主席周大甲，副主席吴小乙、郑小丙参加活动。",
        {
            cur("周大甲", "县政协主席", "@县"),
            cur("吴小乙", "县政协副主席", "@县"),
            cur("郑小丙", "县政协副主席", "@县"),
        },
    ),
    ("我市长寿老人多。", set()),
    ("全县长效机制已经建立。", set()),
    ("温县召开会议。该县人大常委会主任李大山讲话。", {cur("李大山", "县人大常委会主任", "温县")}),
    (
        "区人大社会建设委员会主任委员姜小敏参加。",
        {cur("姜小敏", "区人大社会建设委员会主任委员", "@区")},
    ),
    (
        "县政府办主任张三丰、县农委主任李四海参加。",
        {cur("张三丰", "县政府办公室主任", "@县"), cur("李四海", "县农委主任", "@县")},
    ),
    (
        "甘肃省发改委副主任包东明，天水市发改委主任宋建安参加。",
        {cur("包东明", "省发改委副主任", "甘肃省"), cur("宋建安", "市发改委主任", "天水市")},
    ),
    ("省教育厅副厅长周大海一行。", {cur("周大海", "省教育厅副厅长", "@省")}),
    (
        "石桥镇党委委员、宣传委员沈大甲陪同。",
        {cur("沈大甲", "党委委员", "石桥镇"), cur("沈大甲", "党委宣传委员", "石桥镇")},
    ),
    (
        "敖包苏木政府副苏木达包小杨、政府副苏木达周广明陪同。",
        {cur("包小杨", "副苏木达", "敖包苏木"), cur("周广明", "副苏木达", "敖包苏木")},
    ),
    (
        "市委常委市政法委书记冯大甲带领市财政局党组成员农开办主任陈小乙调研。",
        {
            cur("冯大甲", "市委常委", "@市"),
            cur("冯大甲", "市委政法委书记", "@市"),
            cur("陈小乙", "市财政局党组成员", "@市"),
        },
    ),
    (
        "梅县区委副书记、区长王大锋率队考察。",
        {cur("王大锋", "区委副书记", "梅县区"), cur("王大锋", "区长", "梅县区")},
    ),
]


# Transliterated names before a verb (甲·乙当选…) and between a naming verb and 为.
DOTTED_NAMES = [
    (
        "会议选举莫拉·阿不都满为政府市长。",
        {cur("莫拉·阿不都满", "市长", "@市")},
    ),
    (
        "当日，哈力·柯赛江当选霍尔果斯市人大常委会主任。",
        {cur("哈力·柯赛江", "市人大常委会主任", "霍尔果斯市")},
    ),
    (
        "霍尔果斯市委常委曹大健称，会议圆满成功。",
        {cur("曹大健", "市委常委", "霍尔果斯市")},
    ),
]

# Committees and offices of a congress or CPPCC: after a post of their organ without it, with
# their deputies; 监察委员会 deputies and members; 政协常务委员; 代理主任 (acting); deputies
# after a post nobody holds in the sentence (受…主任委托，副主任甲主持).
COMMITTEES = [
    (
        "县政协常委、农业农村委主任沈道明，副主任吴小仁参加调研。",
        {
            cur("沈道明", "县政协常委", "@县"),
            cur("沈道明", "县政协农业农村委主任", "@县"),
            cur("吴小仁", "县政协农业农村委副主任", "@县"),
        },
    ),
    (
        "县政协副主席、县发改委主任王大五参加。",
        {cur("王大五", "县政协副主席", "@县"), cur("王大五", "县发改委主任", "@县")},
    ),
    (
        "任命吕大武、谢小魁为区监察委员会副主任。",
        {cur("吕大武", "区监委副主任", "@区"), cur("谢小魁", "区监委副主任", "@区")},
    ),
    (
        "康大传当选为政协第十六届永春县委员会常务委员。",
        {cur("康大传", "县政协常委", "永春县")},
    ),
    (
        "决定王远大为市人大常委会代理主任。",
        {cur("王远大", "市人大常委会主任", "@市", acting=True)},
    ),
    (
        "受泉州市人大常委会主任委托，副主任许大贵主持会议，副主任张建瑞，秘书长欧阳秋岚出席。",
        {
            cur("许大贵", "市人大常委会副主任", "泉州市"),
            cur("张建瑞", "市人大常委会副主任", "泉州市"),
            cur("欧阳秋岚", "市人大常委会秘书长", "泉州市"),
        },
    ),
]

# Past posts: 此前任 and 之前任 are verbs of the past (not 前任 "the former"); 先后担任A，B，C
# passes its status to every clause; 免去 with the name right before the title.
PAST_POSTS = [
    (
        "王大五此前任龙游县委常委、宣传部长，后任开化县副县长。",
        {
            former("王大五", "县委常委", "龙游县"),
            former("王大五", "宣传部部长", "龙游县"),
            cur("王大五", "副县长", "开化县"),
        },
    ),
    ("孙大群之前任泰州市工商局局长。", {former("孙大群", "市工商局局长", "泰州市")}),
    (
        "王大五，男，汉族，1964年生，先后担任巩留县委副书记，新源县委副书记、县长。",
        {
            former("王大五", "县委副书记", "巩留县"),
            former("王大五", "县委副书记", "新源县"),
            former("王大五", "县长", "新源县"),
        },
    ),
    ("孙大群此前任泰州市工商局局长。", {former("孙大群", "市工商局局长", "泰州市")}),
    (
        "免去张大洪普陀区委书记职务。",
        {former("张大洪", "区委书记", "普陀区")},
    ),
    (
        "免去卢大椿泉州市人民政府副市长、市公安局局长的职务。",
        {former("卢大椿", "副市长", "泉州市"), former("卢大椿", "市公安局局长", "泉州市")},
    ),
]


# Offices and zones: a bare 政府办主任 (the home's), a party school's head after a chain, a
# town's party portfolios after 党委委员, a zone named after its county (无为 is a word too).
OFFICES = [
    ("政府办主任段大东参加。", {cur("段大东", "政府办主任", "@-")}),
    (
        "县委常委、政府办主任段大东参加。",
        {cur("段大东", "县委常委", "@县"), cur("段大东", "县政府办公室主任", "@县")},
    ),
    (
        "县委常委、统战部部长、党校校长翦大鹰出席。",
        {
            cur("翦大鹰", "县委常委", "@县"),
            cur("翦大鹰", "统战部部长", "@县"),
            cur("翦大鹰", "县委党校校长", "@县"),
        },
    ),
    (
        "西山镇党委委员、政法委员、副镇长赖大诚参加。",
        {
            cur("赖大诚", "党委委员", "西山镇"),
            cur("赖大诚", "党委政法委员", "西山镇"),
            cur("赖大诚", "副镇长", "西山镇"),
        },
    ),
    ("无为经济开发区党工委书记蒋大东出席。", {cur("蒋大东", "党工委书记", "无为经济开发区")}),
]


# Elections and sessions: the list before 当选为 (a transliterated name in it, N人 after it),
# 新一届 between the verb and the title, a standing committee's members by its formal name,
# 常务委员 continuing a CPPCC's posts, an acting head of a government written with 人民政府.
SESSIONS = [
    (
        "会议选举刘大海当选为白银市政协主席，王大甲、艾力·买买提、李小乙当选为副主席；"
        "赵大丙当选为秘书长。",
        {
            cur("刘大海", "市政协主席", "白银市"),
            cur("王大甲", "市政协副主席", "白银市"),
            cur("艾力·买买提", "市政协副主席", "白银市"),
            cur("李小乙", "市政协副主席", "白银市"),
            cur("赵大丙", "市政协秘书长", "白银市"),
        },
    ),
    (
        "孙大甲、周小乙、吴大丙3人当选为永吉县人大常委会委员。",
        {
            cur("孙大甲", "县人大常委会委员", "永吉县"),
            cur("周小乙", "县人大常委会委员", "永吉县"),
            cur("吴大丙", "县人大常委会委员", "永吉县"),
        },
    ),
    ("马保大当选为新一届西吉县政协主席。", {cur("马保大", "县政协主席", "西吉县")}),
    (
        "刘志大、刘佟明当选为永吉县第十九届人民代表大会常务委员会委员。",
        {cur("刘志大", "县人大常委会委员", "永吉县"), cur("刘佟明", "县人大常委会委员", "永吉县")},
    ),
    (
        "会议选举张建大为政协天水市麦积区第八届委员会副主席，赵和大为秘书长，"
        "王旺明、李小虎为常务委员。",
        {
            cur("张建大", "区政协副主席", "麦积区"),
            cur("赵和大", "区政协秘书长", "麦积区"),
            cur("王旺明", "区政协常委", "麦积区"),
            cur("李小虎", "区政协常委", "麦积区"),
        },
    ),
    (
        "旗委副书记、旗人民政府代理旗长王永大与李伟一同来到代表团驻地。",
        {cur("王永大", "旗委副书记", "@旗"), cur("王永大", "旗长", "@旗", acting=True)},
    ),
    (
        "自治区政协常委钱大甲发言。",
        {cur("钱大甲", "省政协常委", "@省")},
    ),
    ("沾化区领导班子建设成效明显。", set()),
]

# A delegation's members listed after it are its place's (衢州市党政代表团成员还有市委副书记甲),
# but a bare title after a delegation's visit is the host's.
DELEGATIONS = [
    (
        "衢州市党政代表团成员还有市委副书记、副市长张三丰，市委常委、秘书长李四海。",
        {
            cur("张三丰", "市委副书记", "衢州市"),
            cur("张三丰", "副市长", "衢州市"),
            cur("李四海", "市委常委", "衢州市"),
            cur("李四海", "市委秘书长", "衢州市"),
        },
    ),
    ("衢州市党政代表团来我市考察，市委书记张三丰陪同。", {cur("张三丰", "市委书记", "@市")}),
]


# Careers: every post of a career sentence (曾任…，…，…等职) is its subject's and past, through
# posts the lexicon cannot read; a town after its county (永康县桥下乡) is a name even if a word;
# the Youth League's committees are not the party's; 任 before a post is the verb; 以…身份.
CAREERS = [
    (
        "卢大跃，男，汉族，1962年3月生。曾任永康县棠溪公社人武部副部长、乡党委副书记，"
        "永康县桥下乡党委书记，永康市委常委、宣传部部长，东阳市委副书记、市长等职。",
        {
            former("卢大跃", "党委书记", "桥下乡"),
            # (a township's post whose township is not named: place unknown)
            former("卢大跃", "党委副书记", "@乡"),
            former("卢大跃", "市委常委", "永康市"),
            former("卢大跃", "宣传部部长", "永康市"),
            former("卢大跃", "市委副书记", "东阳市"),
            former("卢大跃", "市长", "东阳市"),
        },
    ),
    (
        "王大某，曾任开化县池淮镇镇长、开化县委常委、宣传部部长，衢州市副市长等职。",
        {
            former("王大某", "镇长", "池淮镇"),
            former("王大某", "县委常委", "开化县"),
            former("王大某", "宣传部部长", "开化县"),
            former("王大某", "副市长", "衢州市"),
        },
    ),
    ("先后担任共青团磐安县委副书记、书记，共青团金华市委书记等职。", set()),
    # (the Youth League's committee: its own post since the ninth real-news round)
    ("团县委书记王大五参加。", {cur("王大五", "团县委书记", "@县")}),
    ("2015年王大某调任龙游县委副书记。", {dated("王大某", "县委副书记", "龙游县")}),
    (
        "柯城区委书记陈大明任丽水市委副书记。",
        {cur("陈大明", "区委书记", "柯城区"), cur("陈大明", "市委副书记", "丽水市")},
    ),
    ("县长任大海出席。", {cur("任大海", "县长", "@县")}),
    (
        "庚大某以丽水市委常委、莲都区委书记身份出席。",
        {cur("庚大某", "市委常委", "丽水市"), cur("庚大某", "区委书记", "莲都区")},
    ),
    ("李大某同志当选清溪土家族乡人民政府乡长。", {cur("李大某", "乡长", "清溪土家族乡")}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    forms(
        careers=CAREERS,
        sessions=SESSIONS,
        delegations=DELEGATIONS,
        offices_and_zones=OFFICES,
        dotted_names=DOTTED_NAMES,
        committees=COMMITTEES,
        past_posts=PAST_POSTS,
        where_names_end=NAME_BOUNDARIES,
        names_before_titles=NAME_BEFORE_TITLE,
        elections=ELECTIONS,
        tables_of_posts=TABLES,
        organs=ORGANS,
    ),
)
def test_fourth_probe_forms(matcher: Matcher, text: str, expected: set) -> None:
    """Every table of this file: the exact mentions each sentence must give."""
    assert read(matcher, text) == expected


def test_an_inline_span_dates_a_past_post(matcher: Matcher) -> None:
    """曾于2015.12—2019.08任…: held from the first month to the second; 此前，… the same person."""
    text = "刘大勇曾于2015.12—2019.08任信丰县委书记。此前，2007.06—2011.05任龙南县委副书记、县长。"
    found = [(m.person, m.role, m.status, m.stated, m.until) for m in matcher.mentions(text)]
    assert found == [
        ("刘大勇", "县委书记", "dated", (2015, 12, 0), (2019, 8, 0)),
        ("刘大勇", "县委副书记", "dated", (2007, 6, 0), (2011, 5, 0)),
        ("刘大勇", "县长", "dated", (2007, 6, 0), (2011, 5, 0)),
    ]


def test_the_person_a_clause_describes(matcher: Matcher) -> None:
    """…任龙南市委书记的刘大勇。: the name after 的 that closes the clause; not 的目的."""
    assert read(matcher, "还有今年2月任龙南市委书记的刘大勇。") == {
        cur("刘大勇", "市委书记", "龙南市")
    }
    assert read(matcher, "这是任市委书记的目的。") == set()


@pytest.mark.parametrize(
    ("year", "place"), [(2023, "梅县区"), (2010, "梅县")], ids=["after-2013", "before-2013"]
)
def test_a_county_that_became_a_district(matcher: Matcher, year: int, place: str) -> None:
    """梅县区委: the district in a year it exists, the county's name before it did."""
    found = matcher.mentions("梅县区委副书记王大锋率队考察。", year=year)
    assert [(m.person, m.role, m.jurisdiction) for m in found] == [("王大锋", "区委副书记", place)]
