"""Tenures and changes on synthetic sightings, and on the seeds against the gold timeline."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from roles.pipeline import FACT_EXTRA_SCHEMA, FACT_SCHEMA, scan
from roles.timeline import CHANGE_SCHEMA, TENURE_SCHEMA, chains, changes, tenures, who

from .conftest import DATA, SEEDS, read_tsv

D = dt.date.fromisoformat


def sightings(*rows: tuple) -> pl.DataFrame:
    """(date, person, role, jurisdiction[, acting[, single]]) → a fact table."""
    records = []
    for i, row in enumerate(rows):
        date, person, role, place, *rest = row
        acting = rest[0] if rest else False
        single = rest[1] if len(rest) > 1 else True
        records.append(
            {
                "doc": f"{date}.txt",
                "issue_date": D(date),
                "date": D(date),
                "date_basis": "masthead",
                "person": person,
                "role": role,
                "jurisdiction": place,
                "jurisdiction_code": None,
                "acting": acting,
                "status": "current",
                "title": ("代" if acting else "") + role,
                "evidence": f"{role}{person}讲话。",
                "offset": i,
                "tier": 1,
                "single": single,
                "level": "区",
            }
        )
    return pl.DataFrame(records, schema={**FACT_SCHEMA, **FACT_EXTRA_SCHEMA})


def kinds(df: pl.DataFrame) -> list[tuple]:
    return [
        (r["kind"], r["from"], r["to"], str(r["after"]), str(r["before"]))
        for r in df.iter_rows(named=True)
    ]


CASES = {
    "a single sighting": (
        [("2020-01-01", "甲", "区长", "某区")],
        [],
    ),
    "a succession": (
        [
            ("2020-01-01", "甲", "区长", "某区"),
            ("2020-06-01", "甲", "区长", "某区"),
            ("2021-01-01", "乙", "区长", "某区"),
        ],
        [("succession", "甲", "乙", "2020-06-01", "2021-01-01")],
    ),
    "A, B, A again": (
        [
            ("2020-01-01", "甲", "区长", "某区"),
            ("2020-06-01", "乙", "区长", "某区"),
            ("2021-01-01", "甲", "区长", "某区"),
        ],
        [("conflict", "甲", "乙", "2020-06-01", "2020-06-01")],
    ),
    "two holders on one day": (
        [("2020-01-01", "甲", "区长", "某区"), ("2020-01-01", "乙", "区长", "某区")],
        [("conflict", "乙", "甲", "2020-01-01", "2020-01-01")],  # ordered by name on a tie
    ),
    "acting, then confirmed": (
        [("2020-01-01", "甲", "区长", "某区", True), ("2020-09-01", "甲", "区长", "某区")],
        [("acting-confirmed", "甲", "甲", "2020-01-01", "2020-09-01")],
    ),
    "acting only, never confirmed": (
        [("2020-01-01", "甲", "区长", "某区", True), ("2020-03-01", "甲", "区长", "某区", True)],
        [],
    ),
    "a gap with no sightings": (
        [("2015-01-01", "甲", "区委书记", "某区"), ("2022-01-01", "乙", "区委书记", "某区")],
        [("succession", "甲", "乙", "2015-01-01", "2022-01-01")],
    ),
    "the same name in two jurisdictions": (
        [
            ("2020-01-01", "甲", "区委书记", "某区"),
            ("2021-01-01", "乙", "区委书记", "某区"),
            ("2020-06-01", "甲", "区委书记", "他区"),
        ],
        # no succession links the two places; a move between units is roles.careers' to
        # report (it must first tell whether the two are one person)
        [("succession", "甲", "乙", "2020-01-01", "2021-01-01")],
    ),
    "a career move": (
        [("2020-01-01", "甲", "区长", "某区"), ("2021-01-01", "甲", "区委书记", "某区")],
        [("career-move", "甲", "甲", "2020-01-01", "2021-01-01")],
    ),
    "concurrent posts are no move": (
        [("2020-01-01", "甲", "区长", "某区"), ("2020-01-01", "甲", "区委书记", "某区")],
        [],
    ),
    "posts many hold at once have no successions": (
        [
            ("2020-01-01", "甲", "副区长", "某区", False, False),
            ("2021-01-01", "乙", "副区长", "某区", False, False),
        ],
        [],
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_changes_on_synthetic_sightings(case: str) -> None:
    rows, expected = CASES[case]
    facts = sightings(*rows)
    result = changes(facts)
    assert result.select(list(CHANGE_SCHEMA)).schema == pl.Schema(CHANGE_SCHEMA)
    assert kinds(result) == expected


def test_tenure_windows() -> None:
    facts = sightings(
        ("2020-01-01", "甲", "区长", "某区"),
        ("2020-06-01", "甲", "区长", "某区"),
        ("2021-01-01", "乙", "区长", "某区"),
        ("2022-01-01", "丙", "区长", "某区"),
    )
    t = tenures(facts)
    assert t.schema == pl.Schema(TENURE_SCHEMA)
    got = {
        r["person"]: (r["start_earliest"], r["start_latest"], r["end_earliest"], r["end_latest"])
        for r in t.iter_rows(named=True)
    }
    assert got["甲"] == (None, D("2020-01-01"), D("2020-06-01"), D("2021-01-01"))
    assert got["乙"] == (D("2020-06-01"), D("2021-01-01"), D("2021-01-01"), D("2022-01-01"))
    assert got["丙"] == (D("2021-01-01"), D("2022-01-01"), D("2022-01-01"), None)
    assert t.filter(pl.col("person") == "甲")["sightings"].item() == 2


def test_overlapping_neighbours_bound_nothing() -> None:
    t = tenures(
        sightings(
            ("2020-01-01", "甲", "区长", "某区"),
            ("2020-06-01", "乙", "区长", "某区"),
            ("2021-01-01", "甲", "区长", "某区"),
        )
    )
    assert t.filter(pl.col("person") == "乙")["start_earliest"].item() is None


@pytest.mark.parametrize(
    ("on", "status", "text"),
    [
        ("2020-03-01", "holder", "甲"),
        (
            "2020-09-01",
            "between",
            "between 甲 (last seen 2020-06-01) and 乙 (first seen 2021-01-01)",
        ),
        ("2019-01-01", "before-first", "unknown: before the first sighting"),
        ("2030-01-01", "after-last", "unknown: after the last sighting"),
    ],
)
def test_who(on: str, status: str, text: str) -> None:
    t = tenures(
        sightings(
            ("2020-01-01", "甲", "区长", "某区"),
            ("2020-06-01", "甲", "区长", "某区"),
            ("2021-01-01", "乙", "区长", "某区"),
        )
    )
    answer = who(t, "区长", "某区", D(on))
    assert answer.status == status and text in answer.text
    assert who(t, "区委书记", "某区", D(on)).status == "unknown"


def test_who_reports_conflicts() -> None:
    t = tenures(
        sightings(("2020-01-01", "甲", "区长", "某区"), ("2020-01-01", "乙", "区长", "某区"))
    )
    assert who(t, "区长", "某区", D("2020-01-01")).status == "conflict"


def test_chains() -> None:
    facts = sightings(
        ("2020-01-01", "甲", "区长", "某区"),
        ("2021-01-01", "乙", "区长", "某区"),
        ("2022-01-01", "丙", "区长", "某区"),
    )
    t = tenures(facts)
    (chain,) = chains(t, changes(facts, t))
    assert [link.person for link in chain.links] == ["甲", "乙", "丙"]
    assert (chain.links[1].after, chain.links[1].before) == (D("2020-01-01"), D("2021-01-01"))


# --- acceptance on the seeds -------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_changes(lex) -> pl.DataFrame:
    return changes(scan([SEEDS], lex).facts)


@pytest.mark.parametrize(
    "row", read_tsv(DATA / "seeds-timeline.tsv"), ids=lambda r: f"{r['kind']}-{r['role']}-{r['to']}"
)
def test_every_gold_change_comes_out_within_a_week(seed_changes: pl.DataFrame, row: dict) -> None:
    match = seed_changes.filter(
        (pl.col("kind") == row["kind"])
        & (pl.col("jurisdiction") == row["jurisdiction"])
        & (pl.col("role") == row["role"])
        & (pl.col("from") == row["from"])
        & (pl.col("to") == row["to"])
    )
    assert len(match) == 1, row
    got = match.row(0, named=True)
    for column in ("after", "before"):
        assert abs((got[column] - D(row[column])).days) <= 7, (column, got[column], row[column])
    assert got["evidence_from"] and got["evidence_to"]


def test_no_succession_outside_the_gold(seed_changes: pl.DataFrame) -> None:
    gold = {
        (r["jurisdiction"], r["role"], r["from"], r["to"])
        for r in read_tsv(DATA / "seeds-timeline.tsv")
        if r["kind"] == "succession"
    }
    found = {
        (r["jurisdiction"], r["role"], r["from"], r["to"])
        for r in seed_changes.filter(pl.col("kind") == "succession").iter_rows(named=True)
    }
    assert found == gold
    assert seed_changes.filter(pl.col("kind") == "conflict").is_empty()
