"""The matcher on sentences written for these tests (names invented, not taken from the seeds)."""

from __future__ import annotations

import dataclasses
import re

import pytest

from roles.chars import trie_regex
from roles.lexicons import load_lexicons
from roles.matching import Matcher


def facts(matcher: Matcher, text: str) -> set[tuple[str, str, str, bool]]:
    """(person, role, jurisdiction or @level for bare titles, acting)."""
    return {
        (m.person, m.role, m.jurisdiction or f"@{m.home_level}", m.acting)
        for m in matcher.mentions(text)
    }


CASES = [
    # title → name, ended by what follows
    ("区委书记李明华讲话。", {("李明华", "区委书记", "@区", False)}),
    ("区委书记李明华主持会议并讲话。", {("李明华", "区委书记", "@区", False)}),
    ("县委书记王建国在会上强调", {("王建国", "县委书记", "@县", False)}),
    ("区人大常委会主任陈刚参加并讲话。", {("陈刚", "区人大常委会主任", "@区", False)}),
    (
        "副市长赵一鸣，区领导孙立参加。",
        {("赵一鸣", "副市长", "@市", False), ("孙立", "区领导", "@区", False)},
    ),
    # compound titles split at 、; 代 marks acting
    (
        "区委副书记、代区长钱海涛主持会议。",
        {("钱海涛", "区委副书记", "@区", False), ("钱海涛", "区长", "@区", True)},
    ),
    (
        "县委副书记、代理县长吴峰出席。",
        {("吴峰", "县委副书记", "@县", False), ("吴峰", "县长", "@县", True)},
    ),
    (
        "区委常委、常务副区长郑宏伟作部署。",
        {("郑宏伟", "区委常委", "@区", False), ("郑宏伟", "常务副区长", "@区", False)},
    ),
    (
        "市委副书记、市长冯涛等市领导",
        {
            ("冯涛", "市委副书记", "@市", False),
            ("冯涛", "市长", "@市", False),
            ("冯涛", "市领导", "@市", False),
        },
    ),
    # one title shared by a list
    (
        "区人大常委会副主任何平、邓丽参加。",
        {
            ("何平", "区人大常委会副主任", "@区", False),
            ("邓丽", "区人大常委会副主任", "@区", False),
        },
    ),
    (
        "区领导韩冰、曹雪芹、彭飞等参加。",
        {(n, "区领导", "@区", False) for n in ("韩冰", "曹雪芹", "彭飞")},
    ),
    # names before the title
    (
        "沈阳明、蒋文等区领导参加。",
        {("沈阳明", "区领导", "@区", False), ("蒋文", "区领导", "@区", False)},
    ),
    # a name that is also a word (梁国, 高峰) is a name between 、 and 等
    (
        "人，余小艳、梁国等区领导参加观摩。",
        {("余小艳", "区领导", "@区", False), ("梁国", "区领导", "@区", False)},
    ),
    (
        "许文、韦一等区四套班子领导参加",
        {("许文", "区领导", "@区", False), ("韦一", "区领导", "@区", False)},
    ),
    # explicit places win over the home
    (
        "宁波市委常委、鄞州区委书记褚明代表鄞州区委致辞",
        {("褚明", "市委常委", "宁波市", False), ("褚明", "区委书记", "鄞州区", False)},
    ),
    ("杭州市副市长柳青出席。", {("柳青", "副市长", "杭州市", False)}),
    ("金华市婺城区区委书记方正讲话", {("方正", "区委书记", "婺城区", False)}),
    (
        "滨江区领导周立、吴强等参加",
        {("周立", "区领导", "滨江区", False), ("吴强", "区领导", "滨江区", False)},
    ),
    (
        "廿里镇党委副书记、镇长刘海峰",
        {("刘海峰", "党委副书记", "廿里镇", False), ("刘海峰", "镇长", "廿里镇", False)},
    ),
    ("樟树镇副镇长余小飞第一时间赶到", {("余小飞", "副镇长", "樟树镇", False)}),
    ("浮山街道办事处副主任徐丽与干部一起", {("徐丽", "街道办事处副主任", "浮山街道", False)}),
    ("全盛镇人武部长陈大康说", {("陈大康", "人武部长", "全盛镇", False)}),
    (
        "大溪镇里仁村党支部书记、村民主任付明说",
        {("付明", "党支部书记", "里仁村", False), ("付明", "村民主任", "里仁村", False)},
    ),
    ("衢州军分区政委王刚，", {("王刚", "军分区政委", "衢州军分区", False)}),
    ("省委组织部人才办主任张大伟", {("张大伟", "省委组织部人才办主任", "@省", False)}),
    (
        "区委常委、宣传部部长黄蓉参加",
        {("黄蓉", "区委常委", "@区", False), ("黄蓉", "宣传部部长", "@区", False)},
    ),
    # name before title, with a verb
    (
        "林小雨，1990年生，2021年8月当选为上园村党支部书记、村民主任。",
        {("林小雨", "党支部书记", "上园村", False), ("林小雨", "村民主任", "上园村", False)},
    ),
    (
        "在大同镇白云村，老兵朱大成自担任村党支部书记以来",
        {("朱大成", "村党支部书记", "白云村", False)},
    ),
    # a caption: the name alone on the next line
    (
        "廿里镇党委副书记、镇长\n\n刘海峰\n\n正文",
        {("刘海峰", "党委副书记", "廿里镇", False), ("刘海峰", "镇长", "廿里镇", False)},
    ),
    # four-character names with compound surnames
    ("区委书记欧阳明远讲话", {("欧阳明远", "区委书记", "@区", False)}),
    # where the name ends: 吴涛说 is 吴涛
    ("副区长吴涛说，", {("吴涛", "副区长", "@区", False)}),
    ("区领导孙毅等参加", {("孙毅", "区领导", "@区", False)}),
    # a rare surname is still a name before a verb
    ("区长笪明远讲话", {("笪明远", "区长", "@区", False)}),
    # names that are also words: in a list, or before a verb, they are names
    ("区委书记高峰讲话", {("高峰", "区委书记", "@区", False)}),
    ("区领导高峰、金志参加", {("高峰", "区领导", "@区", False), ("金志", "区领导", "@区", False)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_matcher_reads(matcher: Matcher, text: str, expected: set) -> None:
    assert facts(matcher, text) == expected


NOTHING = [
    "区委常委会召开会议，研究部署工作。",  # an organ, not a post
    "衢江区省市县长工程项目进展顺利",
    "联系区领导、各工作组要各司其职",
    "区领导带头开展招商",
    "区委区政府的坚强领导下",
    "记者张三、通讯员李四报道",
    "浙江工商大学教授、研究中心副主任王五教授作讲座",
    "巨化集团党委委员、总工程师吴六",
    "落实区乡村三级书记责任制",
    "区委书记亲自部署，区长高度重视",
    "该区长期以来坚持发展",
    "村党支部书记以来，",
    "",
]


@pytest.mark.parametrize("text", NOTHING)
def test_matcher_finds_no_official(matcher: Matcher, text: str) -> None:
    assert facts(matcher, text) == set()


def test_longest_title_wins(matcher: Matcher) -> None:
    found = facts(matcher, "区委副书记、区长孔明讲话")
    assert ("孔明", "区委书记", "@区", False) not in found
    assert ("孔明", "区委副书记", "@区", False) in found


def test_mentions_carry_positions(matcher: Matcher) -> None:
    text = "会上，区委书记李明华讲话。"
    (m,) = matcher.mentions(text)
    assert text[m.start : m.end] == "区委书记" == m.title
    assert text[m.name_start : m.name_start + len(m.person)] == "李明华"


@pytest.mark.parametrize(
    ("words", "hits", "misses"),
    [
        (["区长", "区委书记", "区委副书记"], ["区长", "区委书记", "区委副书记"], ["区委", "书记"]),
        (["a", "ab", "abc"], ["a", "ab", "abc"], ["b", ""]),
    ],
)
def test_trie_regex_matches_exactly_the_words(words, hits, misses) -> None:
    pattern = re.compile(trie_regex(words))
    assert all(pattern.fullmatch(w) for w in hits)
    assert not any(pattern.fullmatch(w) for w in misses)
    assert pattern.match(words[-1]).group() == words[-1]  # longest first


def test_user_titles_are_matched(tmp_path) -> None:
    (tmp_path / "titles.tsv").write_text(
        "# version: 1\n# source: test\nsurface\trole\tlevel\tinstitution\tsingle\ttier\n"
        "管委会主任\t管委会主任\t-\tgovernment\tyes\t1\n",
        encoding="utf-8",
    )
    matcher = Matcher(load_lexicons((tmp_path,)))
    assert facts(matcher, "管委会主任杜明讲话") == {("杜明", "管委会主任", "@-", False)}


# The non-officials lexicon: a word for a person who holds no post (教授, 记者, 村民) ends a list
# of officials, and the name after it is nobody's official. Without the lexicon these fail.
NON_OFFICIALS = [
    ("区领导王明、教授张三、李四参加。", {("王明", "区领导", "@区", False)}),
    ("县委书记周平、记者林晓出席。", {("周平", "县委书记", "@县", False)}),
    ("副区长吴刚，村民赵德福参加。", {("吴刚", "副区长", "@区", False)}),
]


@pytest.mark.parametrize(
    ("text", "expected"), NON_OFFICIALS, ids=[c[0][:10] for c in NON_OFFICIALS]
)
def test_non_officials_end_lists(matcher: Matcher, text: str, expected: set) -> None:
    assert facts(matcher, text) == expected


def test_non_officials_lexicon_is_what_stops_the_list(lex) -> None:
    """The same sentence read without the lexicon makes 教授张三 a 区领导: the lexicon matters."""
    bare = Matcher(dataclasses.replace(lex, nonofficials={}))
    assert ("教授张三", "区领导", "@区", False) in facts(bare, NON_OFFICIALS[0][0])
