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
from tests.test_real_forms import cur, designate, forms, read

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


@pytest.mark.parametrize(
    ("text", "expected"),
    forms(
        name_inside_the_title=NAME_INSIDE_THE_TITLE,
        led_by=LED_BY,
        further_posts=FURTHER_POSTS,
    ),
)
def test_seventh_probe_forms(matcher: Matcher, text: str, expected: set) -> None:
    """Every table of this file: the exact mentions each sentence must give."""
    assert read(matcher, text) == expected
