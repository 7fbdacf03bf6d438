"""Forms of real local news the matcher missed, gathered in the eleventh real-news round (stop 29)
from new blind probes: minority names whose first syllables the lexicon lacks but whose last it
knows, the offices of a party committee or government after one of its posts (县委常委、办公室
主任), a portfolio written between two posts (、分管农业工作的副县长), campaign names in quotes
inside an unknown post, zones' management committees written in full, roster lines whose
names are parted by spaces (副县长：甲　乙　丙, a two-character name padded to three), a chain
of posts on an indented line, a department whose name ends a longer body's, a town named
before 距 (…站距乡政府), a rare dictionary word that cuts no name (柴小征到), and a
conjunction after a title before a count or a place (区长和南沙区…), a holder named after 是
(县委书记是…的甲。他曾任…) and a grade in brackets before a name (主任(正厅级)甲).
One table per form, each following from how Chinese copy is written.

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
    ],
)
def test_roster_lines_are_marked_one_character_for_one(text: str, expected: str) -> None:
    marked = reading.mark_rosters(reading.normalise_width(text))
    assert marked == reading.normalise_width(expected)
    assert len(marked) == len(text)  # offsets into the original hold
