"""Forms of real local news the matcher missed, gathered in the ninth real-news round (stop 27)
from new blind probes: notes of sex or people after listed names, election results with 等 and
votes, profiles and date ranges before a career's verb, words and places that a list runs
into, bodies whose own posts a bare town title names, subdistrict, town and village posts the
lexicon lacked, a nominated post inside a chain, names listed before their title, minority
names, the Youth League's committees, résumés whose name stands apart from its career, towns
and townships, and a paper's home named by a prefecture's short name. One table per form, each
following from how Chinese copy is written.

Every sentence here was written for this test and every person's name is invented (real place
names are used). Each case gives the exact set of (person, role, jurisdiction or @level, acting,
status) the matcher must read.
"""

from __future__ import annotations

import pytest

from roles.lexicons import Lexicons
from roles.matching import Matcher
from roles.places import resolve_home
from tests.test_real_forms import cur, dated, designate, former, forms, read

# An election's list notes a person's sex or people in brackets after the name; the list goes on
# after the note, whether the title comes before the names or the verb after them
NOTES_IN_LISTS = [
    (
        "副县长张一民（女）、李二平、王三河（回族）出席会议。",
        {
            cur("张一民", "副县长", "@县"),
            cur("李二平", "副县长", "@县"),
            cur("王三河", "副县长", "@县"),
        },
    ),
    (
        "孙四火（藏族）、李五土、周六山（女）、吴七河当选为县委常委。",
        {
            cur("孙四火", "县委常委", "@县"),
            cur("李五土", "县委常委", "@县"),
            cur("周六山", "县委常委", "@县"),
            cur("吴七河", "县委常委", "@县"),
        },
    ),
    ("赵丁一（女，回族）当选为副县长。", {cur("赵丁一", "副县长", "@县")}),
]

# Election results: a list closed by 等 before 当选为; 分别 with the votes before its verb; a
# decision's list after a colon
ELECTION_RESULTS = [
    (
        "王建一、孙云二、李亚三等当选为肖旗乡人民政府副乡长。",
        {
            cur("王建一", "副乡长", "肖旗乡"),
            cur("孙云二", "副乡长", "肖旗乡"),
            cur("李亚三", "副乡长", "肖旗乡"),
        },
    ),
    (
        "谢一民、杨二平两名同志分别以全票当选为滔溪镇人民政府镇长和镇人大主席团主席。",
        {cur("谢一民", "镇长", "滔溪镇"), cur("杨二平", "镇人大主席", "滔溪镇")},
    ),
    ("决定任命：余兴一为樊城区人民政府副区长。", {cur("余兴一", "副区长", "樊城区")}),
]

# Who a career sentence is about: a profile (name, sex, people, birth) opened since the last
# subject; a birth year without its month; a name run into a date range before its verb
CAREER_SUBJECTS = [
    (
        "会议选举黄二水为县委常委。林一木，男，汉族，1966年生。曾任开化县委副书记。",
        {cur("黄二水", "县委常委", "@县"), former("林一木", "县委副书记", "开化县")},
    ),
    (
        "口述人：刘一敖，1985年出生。曾任墨脱县水利局局长。",
        {former("刘一敖", "县水利局局长", "墨脱县")},
    ),
    (
        "黄一华2010年5月至2011年4月担任东峤镇党委副书记、镇长，2011年5月以后任镇党委书记。",
        {
            dated("黄一华", "党委副书记", "东峤镇"),
            dated("黄一华", "镇长", "东峤镇"),
            dated("黄一华", "党委书记", "东峤镇"),
        },
    ),
]

# A list after a title stops at what no name is: a verb or a word opening a clause or a post
# (分管…的副乡长, 交流发言, 主任助理), or a place's name run into more words (海宁某公司)
WORDS_IN_LISTS = [
    (
        "在者腊乡，乡党委书记王一昆、分管安全生产的副乡长周二磊参会。",
        {cur("王一昆", "党委书记", "者腊乡"), cur("周二磊", "副乡长", "者腊乡")},
    ),
    (
        "斜桥镇党委副书记吕一尧、海宁新兴包装公司总经理韩二杰出席仪式。",
        {cur("吕一尧", "党委副书记", "斜桥镇")},
    ),
    ("在道角村，第一书记、村支部书记交流发言。", set()),
    (
        "正光街社区主任助理、社区书记杨二玲陪同。",
        {cur("杨二玲", "社区党委书记", "正光街社区")},
    ),
]

# A bare town-level title after a body's name (a college, a company, a quoted name) is the
# body's own post, not the post of the town the article names
BODIES_BEFORE_TITLES = [
    # (a college's post is the college's, since stop 33)
    ("师范学院党委书记王金一到八都镇调研。", {cur("王金一", "党委书记", "师范学院")}),
    ("某集团公司党委副书记王金二到八都镇调研。", set()),
    ("市“两新”党工委书记周一平到董家塅街道调研。", set()),
    # (the town's own secretary is still read)
    ("在八都镇，党委书记王金三陪同。", {cur("王金三", "党委书记", "八都镇")}),
]

# Subdistrict, town and village posts the lexicon lacked
TOWN_AND_VILLAGE_POSTS = [
    (
        "西园街道党工委委员、纪工委书记陆三一宣读方案。",
        {cur("陆三一", "街道党工委委员", "西园街道"), cur("陆三一", "纪工委书记", "西园街道")},
    ),
    (
        "石门镇党委委员、纪委书记李二平参加。",
        {cur("李二平", "党委委员", "石门镇"), cur("李二平", "纪委书记", "石门镇")},
    ),
    ("在龙港镇，镇委副书记缪一钊主持。", {cur("缪一钊", "党委副书记", "龙港镇")}),
    # (the town's post after 任, not a town called 任镇)
    ("在东峤镇，黄一华2011年5月任镇党委书记。", {dated("黄一华", "党委书记", "东峤镇")}),
    ("道角村第一书记王小一介绍情况。", {cur("王小一", "驻村第一书记", "道角村")}),
    ("道角村驻村第一书记王小二说。", {cur("王小二", "驻村第一书记", "道角村")}),
    ("仁村村党支部书记陈金一主持。", {cur("陈金一", "党支部书记", "仁村村")}),
    ("在仁村村，村支部书记陈金二主持。", {cur("陈金二", "村党支部书记", "仁村村")}),
    (
        "潘一林自1993年担任图日根嘎查党支部副书记。",
        {dated("潘一林", "党支部副书记", "图日根嘎查")},
    ),
    # (a party committee's first secretary is no village's)
    ("团县委第一书记王小三参加。", set()),
]

# Congress heads written 人大常委, and an autonomous region's acting chair
SHORT_AND_ACTING_HEADS = [
    ("县人大常委副主任刘淑一带领视察组。", {cur("刘淑一", "县人大常委会副主任", "@县")}),
    ("自治区代主席严一海主持座谈会。", {cur("严一海", "省长", "@省", acting=True)}),
]

# A nominated post inside a chain: 提名…人选 qualifies that post alone
NOMINATED_IN_CHAINS = [
    (
        "县委常委、提名副县长人选张宏一陪同调研。",
        {cur("张宏一", "县委常委", "@县"), designate("张宏一", "副县长", "@县")},
    ),
]

# Full names listed with 、 before the title they share
NAMES_LISTED_BEFORE_TITLES = [
    (
        "吴五一、李六二副县长参加。",
        {cur("吴五一", "副县长", "@县"), cur("李六二", "副县长", "@县")},
    ),
]

# Tibetan and Yi names: syllables and clan names, and a four-syllable name before a
# one-character verb
MINORITY_NAMES = [
    (
        "副县长扎西次仁、农布七林出席。",
        {cur("扎西次仁", "副县长", "@县"), cur("农布七林", "副县长", "@县")},
    ),
    ("乐山市政府副市长阿刘时布陪同。", {cur("阿刘时布", "副市长", "乐山市")}),
    ("州委副秘书长瓦西木呷陪同。", {cur("瓦西木呷", "州委副秘书长", "@州")}),
    (
        "州委副书记、州长苏嘎尔布作通报。",
        {cur("苏嘎尔布", "州委副书记", "@州"), cur("苏嘎尔布", "州长", "@州")},
    ),
    ("色达县塔子乡副乡长益西拉么进村。", {cur("益西拉么", "副乡长", "塔子乡")}),
]


# The Youth League's committees (共青团, 团 before the level's 委) are posts of their own
YOUTH_LEAGUE = [
    ("共青团金华市委书记王一民参加。", {cur("王一民", "团市委书记", "金华市")}),
    ("会上，团县委书记李二平发言。", {cur("李二平", "团县委书记", "@县")}),
    (
        "北川团县委副书记王三河出席。",
        {cur("王三河", "团县委副书记", "北川羌族自治县")},
    ),
    (
        "兰一辉先后担任北川团县委副书记，通口镇镇长。",
        {former("兰一辉", "团县委副书记", "北川羌族自治县"), former("兰一辉", "镇长", "通口镇")},
    ),
]

# Who a résumé is about: a name on its own line above the profile (the reading joins the
# break: 兰一辉生于…), and a name opening an earlier clause of the career's sentence
RESUME_SUBJECTS = [
    (
        "兰一辉\n生于1965年4月，四川北川人。后担任开化县委副书记。",
        {cur("兰一辉", "县委副书记", "开化县")},
    ),
    # (做过, 当过: verbs of past posts as 曾任 is)
    (
        "吴一宝从22岁起先后做过江阴县委副书记，县委书记。",
        {former("吴一宝", "县委副书记", "江阴县"), former("吴一宝", "县委书记", "江阴县")},
    ),
    (
        "从那时起至今，杨一森在新疆当地工作多年，历任阿克苏市副市长，拜城县委书记等。",
        {former("杨一森", "副市长", "阿克苏市"), former("杨一森", "县委书记", "拜城县")},
    ),
]

# A town's post written without its level character (人大主席, 党委书记) is a township's too;
# 新当选 describes the post whose holder follows; a verb with its aspect particle (聊了) ends a
# name; a town's name does not end in a word that is no noun (香某新代表镇委)
TOWNS_AND_TOWNSHIPS = [
    (
        "记者在柳林乡吃饭，乡党委副书记、人大主席陈国一介绍。",
        {cur("陈国一", "党委副书记", "柳林乡"), cur("陈国一", "人大主席", "柳林乡")},
    ),
    ("在柳林乡，党委书记陈国二介绍。", {cur("陈国二", "党委书记", "柳林乡")}),
    (
        "会上，石碣镇党委书记香立新代表镇委向新当选镇长严一正表示祝贺。",
        {cur("香立新", "党委书记", "石碣镇"), cur("严一正", "镇长", "石碣镇")},
    ),
    ("副省长和溪龙乡党委书记孙莉聊了起来。", {cur("孙莉", "党委书记", "溪龙乡")}),
    ("县委政法委副书记庞晓一参加会议。", {cur("庞晓一", "县委政法委副书记", "@县")}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    forms(
        notes_in_lists=NOTES_IN_LISTS,
        election_results=ELECTION_RESULTS,
        career_subjects=CAREER_SUBJECTS,
        words_in_lists=WORDS_IN_LISTS,
        bodies_before_titles=BODIES_BEFORE_TITLES,
        town_and_village_posts=TOWN_AND_VILLAGE_POSTS,
        short_and_acting_heads=SHORT_AND_ACTING_HEADS,
        nominated_in_chains=NOMINATED_IN_CHAINS,
        names_listed_before_titles=NAMES_LISTED_BEFORE_TITLES,
        minority_names=MINORITY_NAMES,
        youth_league=YOUTH_LEAGUE,
        resume_subjects=RESUME_SUBJECTS,
        towns_and_townships=TOWNS_AND_TOWNSHIPS,
    ),
)
def test_ninth_probe_forms(matcher: Matcher, text: str, expected: set) -> None:
    """Every table of this file: the exact mentions each sentence must give."""
    assert read(matcher, text) == expected


@pytest.mark.parametrize(
    ("home", "expected"),
    [
        # a prefecture's short name and its level: the prefecture, not a county of that short name
        ("甘南州", "甘南藏族自治州"),
        ("凉山州", "凉山彝族自治州"),
        ("甘南县", "甘南县"),
        ("衢州市衢江区", "衢江区"),
    ],
)
def test_home_by_short_name_and_level(lex: Lexicons, home: str, expected: str) -> None:
    place = resolve_home(lex, home)
    assert place is not None and place.name == expected
