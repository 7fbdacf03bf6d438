"""Forms of officials' titles beyond the seeds: every level, acting, tense and status, scripts.

Every sentence here was written for this test; the names are invented.
"""

from __future__ import annotations

import pytest

from roles.matching import Matcher
from roles.pipeline import extract_text


def read(matcher: Matcher, text: str) -> set[tuple]:
    """(person, role, jurisdiction or @level, acting, status)."""
    return {
        (m.person, m.role, m.jurisdiction or f"@{m.home_level}", m.acting, m.status)
        for m in matcher.mentions(text)
        if not m.reference
    }


def cur(person: str, role: str, place: str, acting: bool = False) -> tuple:
    return (person, role, place, acting, "current")


LEVELS = [
    ("省委书记李国强在会上讲话。", {cur("李国强", "省委书记", "@省")}),
    ("省长钟海出席。", {cur("钟海", "省长", "@省")}),
    ("甘孜藏族自治州州长石林介绍", {cur("石林", "州长", "甘孜藏族自治州")}),
    ("锡林郭勒盟盟长乌云出席", {cur("乌云", "盟长", "锡林郭勒盟")}),
    ("正蓝旗旗委书记巴特尔主持", {cur("巴特尔", "旗委书记", "正蓝旗")}),
    ("江山市委书记童明讲话", {cur("童明", "市委书记", "江山市")}),
    ("开化县县长汪清出席", {cur("汪清", "县长", "开化县")}),
    (
        "龙游县委副书记、县长叶舟主持会议",
        {cur("叶舟", "县委副书记", "龙游县"), cur("叶舟", "县长", "龙游县")},
    ),
    ("樟潭街道党工委书记方晓介绍", {cur("方晓", "街道党工委书记", "樟潭街道")}),
    ("湖南镇镇长吴江说", {cur("吴江", "镇长", "湖南镇")}),
    ("举村乡乡长郑直方表示", {cur("郑直方", "乡长", "举村乡")}),
    ("东山社区党委书记柳青说", {cur("柳青", "社区党委书记", "东山社区")}),
    (
        "衢州经济技术开发区党工委书记、管委会主任冯远讲话",
        {
            cur("冯远", "党工委书记", "衢州经济技术开发区"),
            cur("冯远", "管委会主任", "衢州经济技术开发区"),
        },
    ),
    # cross-level compounds and double prefixes
    (
        "市政协副主席、区委书记林森出席",
        {cur("林森", "市政协副主席", "@市"), cur("林森", "区委书记", "@区")},
    ),
    ("衢州市衢江区区委书记程远讲话", {cur("程远", "区委书记", "衢江区")}),
    ("中共开化县委书记夏天明主持", {cur("夏天明", "县委书记", "开化县")}),
    # headline shorthand: a place and a bare 书记
    ("衢州书记孟华调研衢江", {cur("孟华", "市委书记", "衢州市")}),
]

MORE = [
    ("王五同志任区委书记。", {cur("王五", "区委书记", "@区")}),
    (
        "区委常委、区委办主任刘斌参加",
        {cur("刘斌", "区委常委", "@区"), cur("刘斌", "区委办公室主任", "@区")},
    ),
    (
        "区人大常委会党组书记、常务副主任周立新主持",
        {
            cur("周立新", "区人大常委会党组书记", "@区"),
            cur("周立新", "区人大常委会常务副主任", "@区"),
        },
    ),
    (
        "市委常委、秘书长何志强参加",
        {cur("何志强", "市委常委", "@市"), cur("何志强", "市委秘书长", "@市")},
    ),
    (
        "副市长、市公安局局长汪海洋出席",
        {cur("汪海洋", "副市长", "@市"), cur("汪海洋", "市公安局局长", "@市")},
    ),
    (
        "县长助理、县公安局局长赵六参加。",
        {cur("赵六", "县长助理", "@县"), cur("赵六", "县公安局局长", "@县")},
    ),
    # a post the lexicon does not know between title and name
    ("副市长、市体育中心主任汪海洋出席", {cur("汪海洋", "副市长", "@市")}),
    # a department the lexicon knows
    (
        "副市长、市体育局局长汪海洋出席",
        {cur("汪海洋", "副市长", "@市"), cur("汪海洋", "市体育局局长", "@市")},
    ),
    ("本报讯 近日，大溪镇召开会议，镇党委书记孙建平讲话。", {cur("孙建平", "党委书记", "大溪镇")}),
]

ACTING = [
    ("代区长苏一平主持会议", {cur("苏一平", "区长", "@区", True)}),
    ("代理市长魏明出席", {cur("魏明", "市长", "@市", True)}),
    ("代县长卢平讲话", {cur("卢平", "县长", "@县", True)}),
    ("代理杭州市市长郭远出席", {cur("郭远", "市长", "杭州市", True)}),
    ("会议决定任命韩松为代理区长。", {cur("韩松", "区长", "@区", True)}),
]

STATUS = [
    ("原区委书记高远山出席。", {("高远山", "区委书记", "@区", False, "former")}),
    ("前任县长田野青也来了。", {("田野青", "县长", "@县", False, "former")}),
    # 曾任 + title + 的 + name: the person who once held the post
    ("曾任县委书记的邹平说", {("邹平", "县委书记", "@县", False, "former")}),
    (
        "曾任西湖区区长刘颖、桐庐县县长方毅5位任书记",
        {
            ("刘颖", "区长", "西湖区", False, "former"),
            ("方毅", "县长", "桐庐县", False, "former"),
        },
    ),
    ("时任区长冯川平主持", {("冯川平", "区长", "@区", False, "former")}),
    # (the nominee named after 人选 is designate, as after 提名人选 and 候选人: since the eighth round)
    ("拟任区长人选董明远公示", {("董明远", "区长", "@区", False, "designate")}),
    ("拟任副区长董明远，男，1975年生", {("董明远", "副区长", "@区", False, "designate")}),
    ("会议提名曹阳为区长候选人。", {("曹阳", "区长", "@区", False, "designate")}),
    ("会议决定免去陶志然的区长职务。", {("陶志然", "区长", "@区", False, "former")}),
]

ALL = LEVELS + MORE + ACTING + STATUS


@pytest.mark.parametrize(("text", "expected"), ALL, ids=[t[:14] for t, _ in ALL])
def test_form(matcher: Matcher, text: str, expected: set) -> None:
    assert read(matcher, text) == expected


def test_dated_career_history(matcher: Matcher) -> None:
    text = "王建华，男，1968年生。2018年2月，他接任衢州市委书记。"
    (m,) = matcher.mentions(text)
    assert (m.person, m.role, m.jurisdiction, m.status, m.stated) == (
        "王建华",
        "市委书记",
        "衢州市",
        "dated",
        (2018, 2, 0),
    )


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("会上，罗毅区长强调", "罗毅", "区长"),
        ("在罗毅书记的带领下", "罗毅", "书记"),
        ("徐市长一行来到现场", "徐", "市长"),
    ],
)
def test_titles_after_names_are_references(
    matcher: Matcher, text: str, person: str, role: str
) -> None:
    found = [(m.person, m.role) for m in matcher.mentions(text)]
    assert found == [(person, role)]


def test_a_bare_title_takes_the_place_of_its_sentence(matcher: Matcher) -> None:
    text = "杭州市滨江区委书记周江、区长吴海出席签约仪式。区长何平讲话。"
    assert read(matcher, text) == {
        cur("周江", "区委书记", "滨江区"),
        cur("吴海", "区长", "滨江区"),
        cur("何平", "区长", "@区"),  # a new sentence: the paper's own district again
    }


@pytest.mark.parametrize(
    ("text", "person", "title", "evidence"),
    [
        ("區委書記劉明華講話。", "刘明华", "區委書記", "區委書記劉明華講話。"),
        ("區(qū)委書(shū)記陳東主持。", "陈东", "區委書記", "區委書記陳東主持。"),
    ],
)
def test_traditional_script_reads_as_simplified(
    matcher: Matcher, text: str, person: str, title: str, evidence: str
) -> None:
    (raw,) = extract_text("x.txt", text, matcher).mentions
    assert (raw.mention.person, raw.mention.role) == (person, "区委书记")
    assert (raw.title, raw.evidence) == (title, evidence)  # the original script is kept
