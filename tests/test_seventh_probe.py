"""Forms of real local news the matcher missed, gathered in the seventh real-news round (stop 24):
the gaps the sixth round left listed, and what the round's blind probes showed. One table per
form, each following from how Chinese copy is written rather than from one sentence.

Every sentence here was written for this test and every person's name is invented (real place
names are used). Each case gives the exact set of (person, role, jurisdiction or @level, acting,
status) the matcher must read.
"""

from __future__ import annotations

import pytest

from roles.matching import Matcher
from tests.test_real_forms import cur, designate, former, forms, read

# A leader addressed with respect: the organ, the name, then the head's post (市林业局赵六局长),
# as for a committee's secretary (市委王五书记). The deputies led or joined after the head
# continue the organ, the name before or after their post.
NAME_INSIDE_THE_TITLE = [
    ("衢州市林业局赵六安局长来我县调研。", {cur("赵六安", "市林业局局长", "衢州市")}),
    ("省农业农村厅吴十方厅长一行到龙游考察。", {cur("吴十方", "省农业农村厅厅长", "@省")}),
    ("县人民法院郑一鸣院长出席。", {cur("郑一鸣", "县法院院长", "@县")}),
    ("县委宣传部冯二平部长主持会议。", {cur("冯二平", "县委宣传部部长", "@县")}),
    ("县人大常委会陈七军主任讲话。", {cur("陈七军", "县人大常委会主任", "@县")}),
    ("市委王五书记指出，要抓落实。", {cur("王五", "市委书记", "@市")}),
    (
        "衢州市林业局赵六安局长率钱七副局长来我县调研。",
        {cur("赵六安", "市林业局局长", "衢州市"), cur("钱七", "市林业局副局长", "衢州市")},
    ),
    (
        "县人民法院院长郑一鸣和吴二平副院长出席会议。",
        {cur("郑一鸣", "县法院院长", "@县"), cur("吴二平", "县法院副院长", "@县")},
    ),
    # a body the lexicon does not know names no post (外交部 is national)
    ("外交部王立新部长会见了代表团。", set()),
]

# 率 (lead) before a title: a one-character verb no given name uses, not a name's last character;
# the post after it continues the head's organ.
LED_BY = [
    (
        "县财政局局长孙八方率副局长周九出席。",
        {cur("孙八方", "县财政局局长", "@县"), cur("周九", "县财政局副局长", "@县")},
    ),
    (
        "县财政局局长孙八率副局长周九参加。",
        {cur("孙八", "县财政局局长", "@县"), cur("周九", "县财政局副局长", "@县")},
    ),
    (
        "县政协主席甲五带领副主席乙六视察。",
        {cur("甲五", "县政协主席", "@县"), cur("乙六", "县政协副主席", "@县")},
    ),
]

# 同时兼任, 并兼任, 还担任: an adverb opens the clause of a further post, whose subject is the
# person the sentence appointed
FURTHER_POSTS = [
    (
        "会议任命赵七为县财政局局长，同时兼任县国资委主任。",
        {cur("赵七", "县财政局局长", "@县"), cur("赵七", "县国资委主任", "@县")},
    ),
    (
        "提名钱八为副县长人选，并兼任县公安局局长。",
        {designate("钱八", "副县长", "@县"), cur("钱八", "县公安局局长", "@县")},
    ),
]


# Chains: a party post written with its level again after 、 names that level's committee
# (州委副书记、州政法委书记); a continuing post takes the organ of the head before it (人武部
# 部长甲、政委乙; 人大常委会副主任甲，副秘书长乙); a street's congress committee; a county
# bureau's party posts written without the level
CHAINS = [
    (
        "州委副书记、州政法委书记吴丁明讲话。",
        {cur("吴丁明", "州委副书记", "@州"), cur("吴丁明", "州委政法委书记", "@州")},
    ),
    # (县委常委、政法委书记: the chain's own name for the post, as the gold sets write it)
    (
        "县委常委、政法委书记王戊林出席。",
        {cur("王戊林", "县委常委", "@县"), cur("王戊林", "政法委书记", "@县")},
    ),
    (
        "县人武部部长余松平、政委崔小龙陪同检查。",
        {cur("余松平", "县人武部部长", "@县"), cur("崔小龙", "县人武部政委", "@县")},
    ),
    (
        "市人大常委会副主任甲五、乙六，副秘书长丙七参加。",
        {
            cur("甲五", "市人大常委会副主任", "@市"),
            cur("乙六", "市人大常委会副主任", "@市"),
            cur("丙七", "市人大常委会副秘书长", "@市"),
        },
    ),
    ("市纪委常委李红平出席。", {cur("李红平", "市纪委常委", "@市")}),
    (
        "石门街道党工委书记、人大工委主任顾定一出席。",
        {
            cur("顾定一", "街道党工委书记", "石门街道"),
            cur("顾定一", "街道人大工委主任", "石门街道"),
        },
    ),
    (
        "政府党组成员、公安局党委书记、局长李立平督导。",
        {
            # (posts of no level: the home's, named in full when the run settles)
            cur("李立平", "政府党组成员", "@-"),
            cur("李立平", "公安局党委书记", "@-"),
            cur("李立平", "公安局局长", "@-"),
        },
    ),
    (
        "自然资源局党组成员李继平、苗小文参加。",
        {cur("李继平", "自然资源局党组成员", "@-"), cur("苗小文", "自然资源局党组成员", "@-")},
    ),
    (
        "区工商联党组书记陈楠平、市经合局局长吕平安出席。",
        {cur("陈楠平", "区工商联党组书记", "@区"), cur("吕平安", "市经合局局长", "@市")},
    ),
]

# What stands between a post and its holder: a qualifier in brackets, a grade
BETWEEN_POST_AND_NAME = [
    (
        "石门街道党工委副书记、办事处副主任（主持工作）袁登平出席。",
        {
            cur("袁登平", "街道党工委副书记", "石门街道"),
            cur("袁登平", "街道办事处副主任", "石门街道"),
        },
    ),
    ("副县长（挂职）周大明出席。", {cur("周大明", "副县长", "@县")}),
    ("市政协副秘书长、二级巡查员黄四平出席。", {cur("黄四平", "市政协副秘书长", "@市")}),
    # a grade is no given name (原 is a surname)
    (
        "区人大常委会原主任甲五、原一级巡视员乙六参加。",
        {former("甲五", "区人大常委会主任", "@区")},
    ),
]

# Appointments and elections: a list with a name's sex in brackets; 并决定为代理市长 and
# ，代理X市长职务 after the appointment; 任命<post><name>同志为…; 名是…<posts>。
APPOINTMENTS = [
    (
        "会议选举陈修平为政协第十一届厦门市委员会主席，陈维安、江小霞(女)、桂其明为政协第十一届"
        "厦门市委员会副主席。",
        {
            cur("陈修平", "市政协主席", "厦门市"),
            cur("陈维安", "市政协副主席", "厦门市"),
            cur("江小霞", "市政协副主席", "厦门市"),
            cur("桂其明", "市政协副主席", "厦门市"),
        },
    ),
    (
        "会议决定任命邓正平为市人民政府副市长，并决定为代理市长。",
        {cur("邓正平", "副市长", "@市"), cur("邓正平", "市长", "@市", acting=True)},
    ),
    (
        "决定任命邵立维为杭州市副市长，代理杭州市市长职务。",
        {cur("邵立维", "副市长", "杭州市"), cur("邵立维", "市长", "杭州市", acting=True)},
    ),
    (
        "任命县委副书记纪道平同志为县人民政府副县长、代理县长。",
        {
            cur("纪道平", "县委副书记", "@县"),
            cur("纪道平", "副县长", "@县"),
            cur("纪道平", "县长", "@县", acting=True),
        },
    ),
    (
        "近日走访。\n史武平是赵家庄街道史庄村党支部书记、村委会主任。他是致富能手。",
        {cur("史武平", "党支部书记", "史庄村"), cur("史武平", "村委会主任", "史庄村")},
    ),
    # (这是…主任甲的心里话: the name after the posts, not the copula's subject)
    (
        "这是小梁乡武家村党支部书记武宏平的心里话。",
        {cur("武宏平", "党支部书记", "武家村")},
    ),
]

# Places are not names, nor is a title that a place's full name opens
PLACES_NOT_PEOPLE = [
    (
        "重庆市长寿区人民检察院梁经平检察长一行莅临。",
        {cur("梁经平", "区检察院检察长", "长寿区")},
    ),
    ("湖南省长沙市委书记丁八方出席。", {cur("丁八方", "市委书记", "长沙市")}),
    (
        "黄龙县委常委、政法委书记吴江平、黄龙法院党组书记陈元平一同接访。",
        # (the court is the county's its short name 黄龙 names, since the twelfth round)
        {
            cur("吴江平", "县委常委", "黄龙县"),
            cur("吴江平", "政法委书记", "黄龙县"),
            cur("陈元平", "县法院党组书记", "黄龙县"),
        },
    ),
    ("副县长田真平、邱村镇党政主要负责人陪同。", {cur("田真平", "副县长", "@县")}),
    (
        "县教体局副局长乙六、教育股长丙七检查。",
        {cur("乙六", "县教体局副局长", "@县")},
    ),
]

# A name written right before a town's name: 任 after a name ending in 新 is the verb (王立新任…),
# and 免去 runs the relieved name into the town's (免去王小明石门镇党委书记职务), which the
# reader splits where a name of two or three characters leaves a town of two or more.
NAMES_BEFORE_TOWNS = [
    (
        "经研究，王立新任石门镇党委书记。",
        {cur("王立新", "党委书记", "石门镇")},
    ),
    (
        "会议决定，免去王小明石门镇党委书记职务。",
        {former("王小明", "党委书记", "石门镇")},
    ),
    (
        "免去张志强城关镇镇长职务。",
        {former("张志强", "镇长", "城关镇")},
    ),
    # (a name closed by 同志 leaves the town whole)
    (
        "免去王五同志石门镇党委书记职务。",
        {former("王五", "党委书记", "石门镇")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    forms(
        name_inside_the_title=NAME_INSIDE_THE_TITLE,
        led_by=LED_BY,
        further_posts=FURTHER_POSTS,
        chains=CHAINS,
        between_post_and_name=BETWEEN_POST_AND_NAME,
        appointments=APPOINTMENTS,
        places_not_people=PLACES_NOT_PEOPLE,
        names_before_towns=NAMES_BEFORE_TOWNS,
    ),
)
def test_seventh_probe_forms(matcher: Matcher, text: str, expected: set) -> None:
    """Every table of this file: the exact mentions each sentence must give."""
    assert read(matcher, text) == expected


# The home of a paper known only to the run (a manifest row, --home, a record's `home`): a bare
# county title in a city's paper is the county its article names last; in a county's paper the
# home's own, whatever other county the article names; where nothing is named, unplaced.
LOCAL_PLACES = [
    (
        "衢州市",
        "本报讯 龙游县召开经济工作会议。县委书记甲五讲话，县长乙六主持，副县长丙七出席。",
        {("甲五", "县委书记", "龙游县"), ("乙六", "县长", "龙游县"), ("丙七", "副县长", "龙游县")},
    ),
    (
        "开化县",
        "本报讯 龙游县委书记丁八来我县考察。县委书记戊九陪同。",
        {("丁八", "县委书记", "龙游县"), ("戊九", "县委书记", "开化县")},
    ),
    # (kept with no jurisdiction: which county is not said)
    ("衢州市", "本报讯 全市召开会议。县委书记己十出席。", {("己十", "县委书记", None)}),
    # a county bureau's posts written without the level are the home's
    (
        "开化县",
        "本报讯 自然资源局党组成员李继平、苗小文参加。",
        {
            ("李继平", "县自然资源局党组成员", "开化县"),
            ("苗小文", "县自然资源局党组成员", "开化县"),
        },
    ),
]


@pytest.mark.parametrize(("home", "text", "expected"), LOCAL_PLACES)
def test_bare_titles_take_the_place_their_article_names(
    tmp_path, home: str, text: str, expected: set
) -> None:
    import roles

    (tmp_path / "2024-03-05.txt").write_text(text + "\n", encoding="utf-8")
    run = roles.read([tmp_path], home=home, cache=False, jobs=1)
    got = {tuple(r) for r in run.facts.select("person", "role", "jurisdiction").iter_rows()}
    assert got == expected
