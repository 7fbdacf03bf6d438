"""Careers: each person's posts in order, with the windows their sightings, dated histories
and neighbouring posts allow, and the moves between units (promotions, transfers, demotions).

The persons come from `roles.identity`, which tells namesakes apart and says why.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from operator import attrgetter

import polars as pl

from roles.identity import (
    BASES,
    IDENTITY_SCHEMA,
    Person,
    Record,
    career_role,
    identify,
    may_hold_together,
    post_records,
)
from roles.lexicons import Lexicons
from roles.timeline import CHANGE_EXTRA_SCHEMA, CHANGE_SCHEMA, tenures

CAREER_SCHEMA: dict[str, pl.DataType] = {
    "person_id": pl.String(),  # 李明#1, 李明#2: homonyms numbered by first appearance
    "person": pl.String(),
    "step": pl.UInt32(),  # posts in order of start; posts begun together share a step
    "jurisdiction": pl.String(),
    "jurisdiction_code": pl.String(),
    "role": pl.String(),
    "acting": pl.Boolean(),  # only ever seen acting (代区长)
    "first_seen": pl.Date(),  # first and last day the post is seen held (null: never seen)
    "last_seen": pl.Date(),
    "start_earliest": pl.Date(),  # the start lies in [start_earliest, start_latest]
    "start_latest": pl.Date(),
    "end_earliest": pl.Date(),  # the end lies in [end_earliest, end_latest]; null = open
    "end_latest": pl.Date(),
    "basis": pl.String(),  # sighting / stated / former: the strongest statement of the post
    "evidence": pl.String(),  # the first sentence that states it
    "doc": pl.String(),
}
"""One row per post per person, in career order. A former post (原X县县长) has no sightings:
its end lies before the article that calls it former, its start is unknown."""


# --- the career table -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Careers:
    """Every person's posts in order (CAREER_SCHEMA), and why the posts were joined or split
    (IDENTITY_SCHEMA)."""

    table: pl.DataFrame
    identity: pl.DataFrame
    moves: pl.DataFrame  # CHANGE_SCHEMA + CHANGE_EXTRA_SCHEMA rows of kind `move`

    def person_ids(self) -> dict[tuple[str, str, str], str]:
        """(jurisdiction, role, name) → the person_id of whoever is seen in that post (the first,
        should one name hold one post twice as two people); posts as tenures name them (across
        renames) and as written, roles as `career_role` gives them."""
        seen = self.identity.filter(pl.col("basis") != "former")
        out: dict[tuple[str, str, str], str] = {}
        for j, r, name, pid in seen.select("unit", "unit_role", "person", "person_id").iter_rows():
            out.setdefault((j, r, name), pid)
        for j, r, name, pid in seen.select(
            "jurisdiction", "role", "person", "person_id"
        ).iter_rows():
            out.setdefault((j, r, name), pid)
        return out

    def of(self, name: str) -> Careers:
        """The careers of everyone called `name`."""
        return Careers(
            self.table.filter(pl.col("person") == name),
            self.identity.filter(pl.col("person") == name),
            self.moves.filter(pl.col("from").str.starts_with(name + "#")),
        )


Windows = dict[tuple[str, str, str], tuple[dt.date | None, dt.date | None]]


def _tenure_windows(tenure: pl.DataFrame) -> Windows:
    """(jurisdiction, role, name) → (start_earliest, end_latest) of single-holder posts: the
    neighbouring holders' sightings."""
    single = tenure.filter(pl.col("single"))
    cols = ["jurisdiction", "role", "person", "start_earliest", "end_latest"]
    return {(j, career_role(r), p): (s, e) for j, r, p, s, e in single.select(cols).iter_rows()}


def _min(*dates: dt.date | None) -> dt.date | None:
    present = [d for d in dates if d is not None]
    return min(present) if present else None


def _max(*dates: dt.date | None) -> dt.date | None:
    present = [d for d in dates if d is not None]
    return max(present) if present else None


def _post_row(person: Person, recs: list[Record], windows: Windows) -> dict:
    """One career row from the records of one post (any bases)."""
    by_basis = {b: [r for r in recs if r.basis == b] for b in BASES}
    held = by_basis["sighting"] + by_basis["stated"]
    first_seen = _min(*(r.first for r in by_basis["sighting"]))
    last_seen = _max(*(r.last for r in by_basis["sighting"]))
    r0 = recs[0]
    start_earliest = start_latest = end_latest = None
    if by_basis["stated"]:
        # 2018年2月任…: begun some day of that month; and before it is first seen held
        start_latest = _min(first_seen, *(r.start_window[1] for r in by_basis["stated"]))  # type: ignore[index]
        start_earliest = min(r.start_window[0] for r in by_basis["stated"])  # type: ignore[index]
        start_earliest = min(start_earliest, start_latest)  # type: ignore[type-var]
    elif held:
        start_earliest, _ = windows.get((*r0.post_now, r0.name), (None, None))
        start_latest = first_seen
    if by_basis["sighting"]:
        _, end_latest = windows.get((*r0.post_now, r0.name), (None, None))
    said = _min(*(r.said for r in by_basis["former"]))
    end_latest = _min(end_latest, said)
    ends = [r.end_window for r in by_basis["stated"] if r.end_window]
    end_earliest = _max(last_seen, *(e[0] for e in ends)) or start_earliest
    if ends and not by_basis["sighting"]:  # a résumé line says when it ended
        end_latest = _min(end_latest, max(e[1] for e in ends))
    shown = next(by_basis[b][0] for b in BASES if by_basis[b])
    return {
        "person_id": person.id,
        "person": person.name,
        "step": 0,
        "jurisdiction": r0.jurisdiction,
        "jurisdiction_code": next((r.code for r in recs if r.code), None),
        "role": r0.role,
        "acting": bool(held) and all(r.acting for r in held),
        "first_seen": first_seen,
        "last_seen": last_seen,
        "start_earliest": start_earliest,
        "start_latest": start_latest,
        "end_earliest": end_earliest,
        "end_latest": end_latest,
        "basis": shown.basis,
        "evidence": shown.first_evidence,
        "doc": shown.first_doc,
        "_record": r0,
        "_records": recs,
        "_docs": frozenset().union(*(r.docs for r in recs)),
        "_said": said,
    }


def _position(row: dict) -> tuple[str, int]:
    return min((r.first_doc, r.first_offset) for r in row["_records"])


def _order_key(row: dict, rows: list[dict]) -> tuple[dt.date, int, str, int]:
    """A post's place in the career: when it began (as far as known). A former post comes
    before the posts the same articles give as current (原X县县长, 现任Y); former posts listed
    together (曾任甲县副县长，乙县县委常委) keep the order of the list."""
    if row["start_latest"] is not None:
        return row["start_latest"], 1, "", 0
    beside = [
        r["start_latest"]
        for r in rows
        if r is not row and r["start_latest"] is not None and r["_docs"] & row["_docs"]
    ]
    return _min(row["_said"], *beside), 0, *_position(row)  # type: ignore[return-value]


def generic_roles(lex: Lexicons) -> frozenset[str]:
    """Roles that name no post (区领导, 市四套班子领导): they help tell people apart, but are no
    step of a career."""
    return frozenset(t.role for t in lex.titles.values() if t.institution == "leadership")


def _career_rows(person: Person, windows: Windows, generic: frozenset[str]) -> list[dict]:
    posts: dict[tuple[str, str], list[Record]] = {}
    for r in person.records:
        if r.role not in generic:
            posts.setdefault((r.jurisdiction, r.role), []).append(r)
    rows = [_post_row(person, recs, windows) for recs in posts.values()]
    keys = {id(row): _order_key(row, rows) for row in rows}
    # posts begun together in the order the paper names them, the higher unit first where one
    # title group names both (市委常委、柯城区委书记)
    rows.sort(
        key=lambda row: (
            *keys[id(row)],
            *_position(row),
            -unit_tier(row["jurisdiction_code"]),
            row["jurisdiction"],
            row["role"],
        )
    )
    # One person holds no two posts in unrelated units at once: a later post there began after
    # this one's last sighting, and this one ended by the later one's start.
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            if may_hold_together(a["_record"], b["_record"]) or b["start_latest"] is None:
                continue
            held_until = a["last_seen"] or a["end_earliest"]
            if held_until is not None and held_until < b["start_latest"]:
                b["start_earliest"] = _max(b["start_earliest"], held_until)
            if held_until is None or held_until < b["start_latest"]:
                a["end_latest"] = _min(a["end_latest"], b["start_latest"])
    step, previous = 0, None
    for row in rows:
        if keys[id(row)] != previous:
            step, previous = step + 1, keys[id(row)]
        row["step"] = step
    return rows


def careers(
    facts: pl.DataFrame | pl.LazyFrame,
    lex: Lexicons,
    issues: pl.DataFrame | None = None,
    tenure: pl.DataFrame | None = None,
) -> Careers:
    """Every person's career, from the facts (any status but designate) and the issues' homes
    (where a town or department without a code of its own lies)."""
    tenure = tenures(facts, lex.renames) if tenure is None else tenure
    windows = _tenure_windows(tenure)
    generic = generic_roles(lex)
    records = post_records(facts, lex, issues)
    by_role = institutions(lex)
    rows: list[dict] = []
    notes: list[dict] = []
    moves: list[dict] = []
    for _, same_name in itertools.groupby(records, key=attrgetter("name")):
        for person in identify(lex, list(same_name)):
            person_rows = _career_rows(person, windows, generic)
            rows.extend(person_rows)
            moves.extend(_moves(person_rows, by_role))
            notes.extend(
                {
                    "person_id": person.id,
                    "person": person.name,
                    "jurisdiction": r.jurisdiction,
                    "role": r.role,
                    "unit": r.post_now[0],
                    "unit_role": r.post_now[1],
                    "basis": r.basis,
                    "decision": d,
                    "reason": why,
                }
                for r, d, why in person.notes
            )
    table = pl.DataFrame(
        [{k: v for k, v in row.items() if not k.startswith("_")} for row in rows],
        schema=CAREER_SCHEMA,
    )
    return Careers(
        table,  # by name, then person number, then step: the order rows are built in
        pl.DataFrame(notes, schema=IDENTITY_SCHEMA),
        pl.DataFrame(moves, schema={**CHANGE_SCHEMA, **CHANGE_EXTRA_SCHEMA}),
    )


# --- moves between units --------------------------------------------------------------------------

TIER_NAMES = ("below county", "county", "city", "province")
_HEAD_ROLES = ("人大常委会主任", "政协主席")


def unit_tier(code: str | None) -> int:
    """3 province, 2 city (prefecture), 1 county, 0 below (a unit without a code of its own)."""
    if not code:
        return 0
    if code.endswith("0000"):
        return 3
    return 2 if code.endswith("00") else 1


def post_rank(role: str, institution: str) -> int:
    """3 the party secretary, 2 the head of government, congress or CPPCC, 1 a deputy or a
    standing-committee member, 0 any other post."""
    if "副" in role:
        return 1
    if institution == "party" and role.endswith("书记"):
        return 3
    if role.endswith(_HEAD_ROLES) or (
        institution == "government" and len(role) <= 3 and role.endswith("长")
    ):
        return 2
    if "常委" in role or institution == "discipline":
        return 1
    return 0


def move_kind(before: tuple[int, int], after: tuple[int, int]) -> str:
    """promotion / transfer / demotion, from (unit tier, post rank) before and after."""
    if after > before:
        return "promotion"
    return "demotion" if after < before else "transfer"


def institutions(lex: Lexicons) -> dict[str, str]:
    """role → its institution (party, government, …), from the titles lexicon."""
    out: dict[str, str] = {}
    for t in lex.titles.values():
        out.setdefault(t.role, t.institution)
    return out


def _stints(rows: list[dict]) -> list[list[dict]]:
    """Runs of consecutive career rows in one unit (a renamed unit is one: 衢县, 衢江区)."""
    out: list[list[dict]] = []
    for row in rows:
        if out and out[-1][0]["_record"].unit == row["_record"].unit:
            out[-1].append(row)
        else:
            out.append([row])
    return out


def _sentence(records: list[Record], last: bool) -> tuple[dt.date | None, str, str, dt.date]:
    """The date held, doc, sentence and date said of the last (or first) statement among
    `records` (a former post was held on no known day: it was said on one)."""
    if last:
        r = max(records, key=lambda r: (r.last is not None, r.last or r.said))  # type: ignore[arg-type,return-value]
        return r.last, r.last_doc, r.last_evidence, r.last or r.said  # type: ignore[return-value]
    r = min(records, key=lambda r: (r.first or dt.date.max, r.basis != "sighting"))
    return r.first, r.first_doc, r.first_evidence, r.first  # type: ignore[return-value]


def _moves(person_rows: list[dict], by_role: dict[str, str]) -> list[dict]:
    """A move each time the person leaves a unit for another one and the two stints do not
    overlap in time (a city's 常委 and its district's 书记 held together are no move)."""
    out = []
    for s1, s2 in itertools.pairwise(_stints(person_rows)):
        recs1 = [r for row in s1 for r in row["_records"]]
        recs2 = [r for row in s2 for r in row["_records"] if r.basis != "former"]
        if not recs2:
            continue
        after, from_doc, from_sentence, said = _sentence(recs1, last=True)
        before, to_doc, to_sentence, _ = _sentence(recs2, last=False)
        if after is not None and before is not None and after >= before:
            continue

        def grade(row: dict) -> tuple[int, int]:
            rank = post_rank(row["role"], by_role.get(row["role"], ""))
            return unit_tier(row["jurisdiction_code"]), rank

        # from the top post held last in the old unit to the top post held first in the new
        ended = [row for row in s1 if row["last_seen"] == after] or s1
        begun = [row for row in s2 if row["first_seen"] == before] or s2
        a = max(ended, key=lambda row: (grade(row), -row["step"]))
        b = max(begun, key=lambda row: (grade(row), -row["step"]))
        kind = move_kind(grade(a), grade(b))
        out.append(
            {
                "kind": "move",
                "jurisdiction": f"{a['jurisdiction']}→{b['jurisdiction']}",
                "role": f"{a['role']}→{b['role']}",
                "from": a["person_id"],
                "to": b["person_id"],
                "after": after,
                "before": before,
                "evidence_from": f"{from_sentence} ({from_doc}, {said})",
                "evidence_to": f"{to_sentence} ({to_doc}, {before})",
                "detail": f"{kind}: {TIER_NAMES[grade(a)[0]]} → {TIER_NAMES[grade(b)[0]]}",
                "from_date": said,
                "from_doc": from_doc,
                "from_sentence": from_sentence,
                "to_doc": to_doc,
                "to_sentence": to_sentence,
            }
        )
    return out
