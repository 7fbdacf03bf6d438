"""Forms of career histories and appointment news (issue #12), read as the pipeline reads them
(OCR repair first). Every sentence and name is invented; the places are real."""

from __future__ import annotations

import pytest

from roles.matching import Matcher

from .test_real_forms import as_matched


def history(matcher: Matcher, text: str) -> list[tuple]:
    """(person, role, jurisdiction, status, stated, until) in order of appearance."""
    return [
        (m.person, m.role, m.jurisdiction, m.status, m.stated, m.until)
        for m in matcher.mentions(as_matched(matcher, text))
        if not m.reference
    ]


def d(person: str, role: str, place: str, start: tuple, until: tuple | None = None) -> tuple:
    return (person, role, place, "dated", start, until)


def cur(person: str, role: str, place: str) -> tuple:
    return (person, role, place, "current", None, None)


def former(person: str, role: str, place: str) -> tuple:
    return (person, role, place, "former", None, None)


CASES = [
    (
        "résumé lines with spans of months, after a heading and a profile",
        "罗文光同志简历\n罗文光，男，汉族，1971年2月生，浙江龙游人，大学学历。\n"
        "1993.08—1998.12 龙游县湖镇镇干部\n"
        "1998.12—2004.03 龙游县湖镇镇副镇长\n"
        "2004.03—2009.06 开化县委常委、组织部部长\n"
        "2009.06— 常山县委书记\n",
        [
            d("罗文光", "副镇长", "湖镇镇", (1998, 12, 0), (2004, 3, 0)),
            d("罗文光", "县委常委", "开化县", (2004, 3, 0), (2009, 6, 0)),
            d("罗文光", "组织部部长", "开化县", (2004, 3, 0), (2009, 6, 0)),
            d("罗文光", "县委书记", "常山县", (2009, 6, 0)),
        ],
    ),
    (
        "résumé lines with a start month, a wide space and the post closing the line",
        "简历：\n甘志成，男，1969年7月出生。\n"
        "2006年8月　开化县人民政府副县长\n"
        "2011年6月　常山县委副书记\n",
        [
            d("甘志成", "副县长", "开化县", (2006, 8, 0)),
            d("甘志成", "县委副书记", "常山县", (2011, 6, 0)),
        ],
    ),
    (
        "年月 spans, and the party's name before the place",
        "祝卫平，男，1970年5月生。\n2017年3月—2020年5月　中共常山县委书记\n",
        [d("祝卫平", "县委书记", "常山县", (2017, 3, 0), (2020, 5, 0))],
    ),
    (
        "a date opening a news paragraph is no résumé line",
        "2018年3月县委书记汤建伟来到湖镇镇调研。",
        [cur("汤建伟", "县委书记", "龙游县")],
    ),
    (
        "a prose history after a heading the OCR repair joins to it",
        "付振华同志简历\n付振华，男，汉族，1975年4月出生，1997年8月参加工作。2003年1月任开化县池淮镇"
        "镇长，2005年9月任池淮镇党委书记，2008年12月任开化县副县长。",
        [
            d("付振华", "镇长", "池淮镇", (2003, 1, 0)),
            d("付振华", "党委书记", "池淮镇", (2005, 9, 0)),
            d("付振华", "副县长", "开化县", (2008, 12, 0)),
        ],
    ),
    (
        "任 and 不再担任 before the party's name",
        "会议宣布：季明轩同志任中共龙游县委副书记；邹长河同志不再担任中共龙游县委书记职务。",
        [cur("季明轩", "县委副书记", "龙游县"), former("邹长河", "县委书记", "龙游县")],
    ),
    (
        "曾任 governs the posts after a comma",
        "裘美芳，女，1972年11月生，曾任松阳县副县长，遂昌县委常委、宣传部部长。",
        [
            former("裘美芳", "副县长", "松阳县"),
            former("裘美芳", "县委常委", "遂昌县"),
            former("裘美芳", "宣传部部长", "遂昌县"),
        ],
    ),
]

CASES += [
    (
        "a heading, a profile and résumé lines with blank lines between them",
        "龚立新同志简历\n\n龚立新，男，汉族，1966年3月生，安徽舒城人。\n\n"
        "1997.08—2001.12 肥西县副县长\n\n2001.12—2006.05 巢湖市居巢区委副书记、区长\n",
        [
            d("龚立新", "副县长", "肥西县", (1997, 8, 0), (2001, 12, 0)),
            d("龚立新", "区委副书记", "居巢区", (2001, 12, 0), (2006, 5, 0)),
            d("龚立新", "区长", "居巢区", (2001, 12, 0), (2006, 5, 0)),
        ],
    ),
    (
        "résumé lines below a label line (主要经历：)",
        "严秋生，男，壮族，1970年2月生。\n\n主要经历：\n\n2004.09 连城县副县长\n",
        [d("严秋生", "副县长", "连城县", (2004, 9, 0))],
    ),
    (
        "résumé lines with a start month in dots, and a profile after 据介绍，",
        "据介绍，严秋生，男，壮族，1970年2月生。\n\n2004.09 连城县副县长\n2008.12 漳平市委常委\n",
        [
            d("严秋生", "副县长", "连城县", (2004, 9, 0)),
            d("严秋生", "市委常委", "漳平市", (2008, 12, 0)),
        ],
    ),
]

NOT_NAMES = [
    ("会议决定接受严立新辞去龙游县人民政府县长职务的请求。", "职务的"),
    ("提名为龙游县人民政府县长候选人。", "候选人"),
    ("韦立群同志在兴宾担任区长多年。", "兴宾"),  # a place after 在, not the subject of 担任
]

CONJUNCTION_ENDS = [
    ("县委书记柴庆和，县委副书记、县长宫建林出席。", "柴庆和"),
    ("县委书记柴庆和主持召开县委常委会议。", "柴庆和"),
    ("区长孔刚和区委书记李强出席。", "孔刚"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_history_forms(matcher: Matcher, case: str, text: str, expected: list) -> None:
    got = history(matcher, text)
    if case.startswith("a date opening"):  # a bare title: the home is the caller's
        got = [(p, r, "龙游县", s, st, u) for p, r, _, s, st, u in got]
    assert got == expected


def test_a_month_of_this_year(matcher: Matcher) -> None:
    text = "据了解，柯明远曾任新罗区副区长，今年2月任中共长汀县委副书记。"
    got = [(m.person, m.role, m.status, m.stated) for m in matcher.mentions(text, year=2018)]
    assert got == [
        ("柯明远", "副区长", "former", None),
        ("柯明远", "县委副书记", "dated", (2018, 2, 0)),
    ]
    # without the year, 今年 dates nothing
    got = [(m.person, m.status) for m in matcher.mentions(text)]
    assert got == [("柯明远", "former"), ("柯明远", "current")]


@pytest.mark.parametrize(("text", "word"), NOT_NAMES)
def test_words_after_titles_are_no_names(matcher: Matcher, text: str, word: str) -> None:
    assert word not in {m.person for m in matcher.mentions(text)}


@pytest.mark.parametrize(("text", "name"), CONJUNCTION_ENDS)
def test_a_conjunction_before_a_comma_or_verb_ends_a_name(
    matcher: Matcher, text: str, name: str
) -> None:
    assert name in {m.person for m in matcher.mentions(text)}
