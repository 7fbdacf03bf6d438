"""Careers: persons told apart, posts in order, moves. Every sentence and name is invented;
the places are real (Zhejiang, Jiangxi) so that the gazetteer can place them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roles.careers import CAREER_SCHEMA, careers, move_kind, post_rank, unit_tier
from roles.dating import stated_window
from roles.identity import SAME_TIME, Record, identify, may_hold_together
from roles.pipeline import scan

from .conftest import SEEDS

# --- whole runs over small papers -----------------------------------------------------------------

WEEKDAYS = "一二三四五六日"


def issue(day: str, sponsor: str, *paragraphs: str) -> tuple[str, str]:
    date = dt.date.fromisoformat(day)
    head = f"{sponsor}\n{date.year}年{date.month}月{date.day}日 星期{WEEKDAYS[date.weekday()]}\n\n"
    return f"{day}.txt", head + "\n\n".join(paragraphs) + "\n"


LONGYOU = "中共衢州市龙游县委主办"
KECHENG = "中共衢州市柯城区委主办"
QUZHOU = "中共衢州市委主办"
SHANGRAO = "中共上饶市委主办"

CASES: dict[str, tuple[list[tuple[str, str]], dict[str, list[tuple[int, str, str]]]]] = {
    "a county head becomes another district's party secretary": (
        [
            issue(
                "2016-03-01",
                LONGYOU,
                "本报讯 2月29日，县委副书记、县长林海波主持召开县政府常务会议。",
            ),
            issue("2017-05-09", LONGYOU, "本报讯 5月8日，县长林海波带队检查防汛工作。"),
            issue("2019-05-07", KECHENG, "本报讯 5月6日，区委书记林海波主持召开区委常委会会议。"),
        ],
        {
            "林海波#1": [
                (1, "龙游县", "县委副书记"),
                (1, "龙游县", "县长"),
                (2, "柯城区", "区委书记"),
            ]
        },
    ),
    "市长 → 市委书记 → 副省长": (
        [
            issue(
                "2015-04-14",
                QUZHOU,
                "本报讯 4月13日，市委副书记、市长陈立平主持召开市政府常务会议。",
            ),
            issue("2018-09-11", QUZHOU, "本报讯 9月10日，市委书记陈立平主持召开市委常委会会议。"),
            issue(
                "2022-06-07", QUZHOU, "本报讯 6月6日，副省长陈立平来我市调研。市委书记吴晓东陪同。"
            ),
        ],
        {
            "陈立平#1": [
                (1, "衢州市", "市委副书记"),
                (1, "衢州市", "市长"),
                (2, "衢州市", "市委书记"),
                (3, "浙江省", "副省长"),
            ],
            "吴晓东#1": [(1, "衢州市", "市委书记")],
        },
    ),
    "a dated career history of five posts, and a sighting": (
        [
            issue(
                "2021-10-12",
                QUZHOU,
                "本报讯 10月11日，市委书记吴晓东主持召开市委常委会会议。",
                "吴晓东，男，汉族，1970年3月生，浙江开化人。2008年4月任开化县副县长；2011年2月"
                "任常山县委常委、常务副县长；2014年8月任江山市市长；2017年11月任衢州市副市长；"
                "2021年9月任衢州市委书记。",
            ),
        ],
        {
            "吴晓东#1": [
                (1, "开化县", "副县长"),
                (2, "常山县", "县委常委"),
                (2, "常山县", "常务副县长"),
                (3, "江山市", "市长"),
                (4, "衢州市", "副市长"),
                (5, "衢州市", "市委书记"),
            ]
        },
    ),
    "two namesakes in two counties at the same time": (
        [
            issue(
                "2019-04-02",
                QUZHOU,
                "本报讯 4月1日，全市乡村振兴推进会召开。龙游县副县长张志刚、常山县委常委张志刚作交流发言。",
            ),
            issue("2019-06-04", QUZHOU, "本报讯 6月3日，龙游县副县长张志刚陪同调研。"),
        ],
        {
            "张志刚#1": [(1, "龙游县", "副县长")],
            "张志刚#2": [(1, "常山县", "县委常委")],
        },
    ),
    "concurrent posts are one person": (
        [
            issue(
                "2018-03-06",
                QUZHOU,
                "本报讯 3月5日，市委常委、秘书长郑国华主持会议。市委常委、柯城区委书记方建中参加。",
            ),
            issue(
                "2019-03-05",
                QUZHOU,
                "本报讯 3月4日，市政协副主席、龙游县委书记郑国华出席会议。",
            ),
        ],
        {
            "郑国华#1": [
                (1, "衢州市", "市委常委"),
                (1, "衢州市", "市委秘书长"),
                (2, "衢州市", "市政协副主席"),
                (2, "龙游县", "县委书记"),
            ],
            "方建中#1": [(1, "衢州市", "市委常委"), (1, "柯城区", "区委书记")],
        },
    ),
    "a former post comes before the current one": (
        [
            issue(
                "2020-08-04",
                LONGYOU,
                "本报讯 8月3日，县委副书记、县长徐志远主持召开县政府常务会议。",
                "徐志远，曾任景宁畲族自治县县长，现任龙游县委副书记、县长。",
            ),
        ],
        {
            "徐志远#1": [
                (1, "景宁畲族自治县", "县长"),
                (2, "龙游县", "县委副书记"),
                (2, "龙游县", "县长"),
            ]
        },
    ),
    "one name in two provinces is two people": (
        [
            issue("2014-05-06", QUZHOU, "本报讯 5月5日，副市长刘建国出席签约仪式。"),
            issue("2016-05-10", SHANGRAO, "本报讯 5月9日，副市长刘建国出席签约仪式。"),
        ],
        {
            "刘建国#1": [(1, "衢州市", "副市长")],
            "刘建国#2": [(1, "上饶市", "副市长")],
        },
    ),
    "a transfer the paper states joins the two posts": (
        [
            issue("2016-03-08", LONGYOU, "本报讯 3月7日，县委书记李卫东主持召开县委常委会会议。"),
            issue(
                "2021-02-02",
                QUZHOU,
                "本报讯 2月1日，市委书记陈立平主持会议。原龙游县委书记李卫东调任衢州市副市长。",
            ),
        ],
        {"李卫东#1": [(1, "龙游县", "县委书记"), (2, "衢州市", "副市长")]},
    ),
}


def run(tmp_path: Path, lex, files: list[tuple[str, str]]):
    for name, text in files:
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = scan([tmp_path], lex)
    return careers(corpus.facts, lex, corpus.issues)


def steps(table: pl.DataFrame) -> dict[str, list[tuple[int, str, str]]]:
    out: dict[str, list[tuple[int, str, str]]] = {}
    for pid, step, jurisdiction, role in table.select(
        "person_id", "step", "jurisdiction", "role"
    ).iter_rows():
        out.setdefault(pid, []).append((step, jurisdiction, role))
    return out


@pytest.mark.parametrize("case", list(CASES))
def test_careers(lex, tmp_path: Path, case: str) -> None:
    files, expected = CASES[case]
    result = run(tmp_path, lex, files)
    got = steps(result.table)
    assert {pid: got.get(pid) for pid in expected} == expected
    assert result.table.schema == pl.Schema(CAREER_SCHEMA)


def test_namesakes_say_why_they_are_apart(lex, tmp_path: Path) -> None:
    result = run(tmp_path, lex, CASES["two namesakes in two counties at the same time"][0])
    (why,) = result.identity.filter(pl.col("decision") == "apart").get_column("reason")
    assert why.startswith(
        "not 张志刚#1: 龙游县 副县长 and 常山县 县委常委 are held at the same time"
    )


def test_far_namesakes_say_why(lex, tmp_path: Path) -> None:
    result = run(tmp_path, lex, CASES["one name in two provinces is two people"][0])
    (why,) = result.identity.filter(pl.col("decision") == "apart").get_column("reason")
    assert "(浙江省)" in why and "(江西省)" in why and "no article names both" in why


def test_a_decade_apart_in_different_units_is_not_joined_on_the_name(lex, tmp_path) -> None:
    files = [
        issue("2005-05-10", LONGYOU, "本报讯 5月9日，副县长赵文斌出席会议。"),
        issue("2019-05-07", KECHENG, "本报讯 5月6日，副区长赵文斌出席会议。"),
    ]
    result = run(tmp_path, lex, files)
    assert sorted(result.table.get_column("person_id")) == ["赵文斌#1", "赵文斌#2"]
    (why,) = result.identity.filter(pl.col("decision") == "apart").get_column("reason")
    assert "14 years apart" in why


def test_windows_of_a_dated_history(lex, tmp_path: Path) -> None:
    files = CASES["a dated career history of five posts, and a sighting"][0]
    table = run(tmp_path, lex, files).table.filter(pl.col("person") == "吴晓东")
    first = table.row(0, named=True)
    # 2008年4月任…: begun some day in April 2008; ended by the start of the next county's post
    assert (first["start_earliest"], first["start_latest"]) == (
        dt.date(2008, 4, 1),
        dt.date(2008, 4, 30),
    )
    assert first["end_latest"] == dt.date(2011, 2, 28)
    assert first["basis"] == "stated" and first["first_seen"] is None
    assert "2008年4月任开化县副县长" in first["evidence"]
    last = table.row(-1, named=True)
    assert last["basis"] == "sighting" and last["first_seen"] == dt.date(2021, 10, 11)
    assert (last["start_earliest"], last["start_latest"]) == (
        dt.date(2021, 9, 1),
        dt.date(2021, 9, 30),
    )


def test_moves_between_units(lex, tmp_path: Path) -> None:
    files = [
        *CASES["a county head becomes another district's party secretary"][0],
        *CASES["市长 → 市委书记 → 副省长"][0],
    ]
    moves = run(tmp_path, lex, files).moves
    got = {(m["from"], m["role"], m["detail"]) for m in moves.iter_rows(named=True)}
    assert got == {
        ("林海波#1", "县长→区委书记", "promotion: county → county"),
        ("陈立平#1", "市委书记→副省长", "promotion: city → province"),
    }
    lin = moves.filter(pl.col("from") == "林海波#1").row(0, named=True)
    assert (lin["after"], lin["before"]) == (dt.date(2017, 5, 8), dt.date(2019, 5, 6))
    assert "县长林海波带队" in lin["evidence_from"] and "区委书记林海波" in lin["evidence_to"]


def test_a_move_from_a_former_post_has_an_open_start(lex, tmp_path: Path) -> None:
    files = [
        issue(
            "2021-02-02",
            QUZHOU,
            "本报讯 2月1日，原龙游县委书记李卫东调任衢州市副市长。",
        ),
    ]
    (move,) = run(tmp_path, lex, files).moves.iter_rows(named=True)
    assert move["after"] is None and move["before"] == dt.date(2021, 2, 1)
    assert move["from_date"] == dt.date(2021, 2, 1)


def test_a_renamed_unit_is_one_unit_written_as_it_was(lex, tmp_path: Path) -> None:
    # 衢县 became 衢江区 in 2001: one unit, so its 县长 may become its 区委书记; each post is
    # shown as the paper printed it then
    files = [
        issue("1999-05-11", QUZHOU, "本报讯 5月10日，衢县县长韩立新出席会议。"),
        issue("2004-05-11", QUZHOU, "本报讯 5月10日，衢江区委书记韩立新出席会议。"),
    ]
    result = run(tmp_path, lex, files)
    assert steps(result.table) == {"韩立新#1": [(1, "衢县", "县长"), (2, "衢江区", "区委书记")]}
    (note,) = result.identity.filter(pl.col("decision") == "joined").get_column("reason")
    assert note == "same unit as 衢县 县长"
    assert result.moves.is_empty()  # no move: the unit was renamed, the person stayed


def test_seeds_give_the_promotion_inside_the_district(lex) -> None:
    corpus = scan([SEEDS], lex)
    table = careers(corpus.facts, lex, corpus.issues).table
    person = table.filter(pl.col("role").is_in(["区长", "区委书记"]))
    ordered = person.filter(pl.col("person_id") == "贵丽青#1").select("step", "role").rows()
    assert ordered == [(1, "区长"), (2, "区委书记")]
    # generic 区领导 sightings are no step of a career
    assert "区领导" not in table.get_column("role").to_list()


# --- the rules, one at a time ---------------------------------------------------------------------


def record(jurisdiction: str, code: str | None, area: str | None = None) -> Record:
    day = dt.date(2020, 1, 1)
    return Record(
        name="甲乙",
        jurisdiction=jurisdiction,
        role="副职",
        basis="sighting",
        code=code,
        area=area or code,
        first=day,
        last=day,
        start_window=None,
        end_window=None,
        said=None,
        docs=frozenset(),
        sentences=frozenset(),
        acting=False,
        first_doc="",
        first_offset=0,
        first_evidence="",
        last_doc="",
        last_evidence="",
    )


@pytest.mark.parametrize(
    ("a", "b", "together"),
    [
        (record("龙游县", "330825"), record("龙游县", "330825"), True),
        (record("衢州市", "330800"), record("柯城区", "330802"), True),
        (record("浙江省", "330000"), record("柯城区", "330802"), True),
        (record("龙游县", "330825"), record("常山县", "330822"), False),
        (record("宁波市", "330200"), record("柯城区", "330802"), False),
        (record("湖镇镇", None, "330825"), record("龙游县", "330825"), True),
        (record("湖镇镇", None, "330825"), record("衢州市", "330800"), True),
        (record("湖镇镇", None, "330825"), record("常山县", "330822"), False),
        (record("湖镇镇", None, "330825"), record("詹家镇", None, "330825"), False),
    ],
)
def test_posts_held_together(a: Record, b: Record, together: bool) -> None:
    assert may_hold_together(a, b) is together
    assert may_hold_together(b, a) is together


@pytest.mark.parametrize(
    ("code", "tier"),
    [("330000", 3), ("110000", 3), ("330800", 2), ("330803", 1), ("330881", 1), (None, 0)],
)
def test_unit_tier(code: str | None, tier: int) -> None:
    assert unit_tier(code) == tier


@pytest.mark.parametrize(
    ("role", "institution", "rank"),
    [
        ("县委书记", "party", 3),
        ("镇党委书记", "party", 3),
        ("县委副书记", "party", 1),
        ("县长", "government", 2),
        ("副县长", "government", 1),
        ("常务副县长", "government", 1),
        ("县人大常委会主任", "congress", 2),
        ("县政协主席", "cppcc", 2),
        ("县委常委", "party", 1),
        ("县纪委书记", "discipline", 1),
        ("县公安局局长", "government", 0),
    ],
)
def test_post_rank(role: str, institution: str, rank: int) -> None:
    assert post_rank(role, institution) == rank


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [
        ((1, 2), (1, 3), "promotion"),  # 县长 → 县委书记
        ((2, 3), (3, 1), "promotion"),  # 市委书记 → 副省长
        ((1, 3), (1, 3), "transfer"),
        ((2, 1), (1, 3), "demotion"),  # 副市长 → 县委书记: a lower unit
    ],
)
def test_move_kind(before, after, kind: str) -> None:
    assert move_kind(before, after) == kind


@pytest.mark.parametrize(
    ("parts", "window"),
    [
        ((2018, 2, 0), ("2018-02-01", "2018-02-28")),
        ((2020, 2, 0), ("2020-02-01", "2020-02-29")),
        ((2018, 0, 0), ("2018-01-01", "2018-12-31")),
        ((2018, 2, 9), ("2018-02-09", "2018-02-09")),
    ],
)
def test_stated_window(parts, window) -> None:
    start, end = stated_window(*parts)
    assert (start.isoformat(), end.isoformat()) == window
    assert stated_window(2018, 2, 30) is None


# --- properties -----------------------------------------------------------------------------------

UNITS = [("龙游县", "330825"), ("常山县", "330822"), ("衢州市", "330800"), ("上饶市", "361100")]
sighting = st.builds(
    lambda unit, start, days: record_at(unit, start, days),
    st.sampled_from(UNITS),
    st.integers(0, 4000),
    st.integers(0, 400),
)


def record_at(unit: tuple[str, str], start: int, days: int) -> Record:
    first = dt.date(2010, 1, 1) + dt.timedelta(days=start)
    return dataclasses.replace(
        record(*unit), first=first, last=first + dt.timedelta(days=days), first_doc=f"{start}.txt"
    )


@given(st.lists(sighting, min_size=1, max_size=8))
@settings(max_examples=200, deadline=None)
def test_identity_never_joins_posts_held_apart_at_once(lex, records: list[Record]) -> None:
    records.sort(key=lambda r: (r.when, r.jurisdiction))
    persons = identify(lex, records)
    assert sorted(id(r) for p in persons for r in p.records) == sorted(id(r) for r in records)
    for person in persons:
        for a, b in itertools.combinations(person.records, 2):
            apart = not may_hold_together(a, b)
            close = a.first - SAME_TIME <= b.last and b.first - SAME_TIME <= a.last
            assert not (apart and close), (a.post, a.first, b.post, b.first)
        # every join says why
        assert len(person.notes) == len(person.records)
    assert [p.number for p in persons] == list(range(1, len(persons) + 1))
