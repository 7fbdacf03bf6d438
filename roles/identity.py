"""Person identity: which sightings of one name are one person.

A name is not a person. The facts of one name are first gathered into post records (one per
post and basis: seen holding it, stated in a dated career history, or stated as former), then
joined into persons only where the career they make is plausible:

- no two posts held at the same time in units that cannot be held together (a county's
  副书记 and 县长 can; a city's 常委 and one of its districts' 书记 can; two counties' posts
  cannot, nor posts seen in both within `SAME_TIME`);
- a move between units that can follow each other: an article naming both posts for the name
  (原遂昌县委书记李卫东调任丽水市副市长, a dated career history), the same unit, or units in
  one city or province less than `MAX_GAP_YEARS` apart. Nothing is joined on the name alone
  across provinces or decades.

Every join and every split keeps its reason, so `roles person NAME` can say why two sightings
are one person or two.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import polars as pl

from roles.lexicons import Lexicons
from roles.places import code_for
from roles.timeline import canonical_facts, canonical_post

MAX_GAP_YEARS = 10  # beyond this, different units are not joined on the name alone
SAME_TIME = dt.timedelta(days=30)  # sightings this close in units held apart: two people

IDENTITY_SCHEMA: dict[str, pl.DataType] = {
    "person_id": pl.String(),
    "person": pl.String(),
    "jurisdiction": pl.String(),
    "role": pl.String(),
    "unit": pl.String(),  # the post across renames (衢县 县长 → 衢江区 区长), as tenures name it
    "unit_role": pl.String(),
    "basis": pl.String(),  # what states the post: sighting / stated / former
    "decision": pl.String(),  # first / joined / apart
    "reason": pl.String(),
}
"""Why each post record was joined to its person, or why its person was kept apart."""

# 县委宣传部部长 and (县委常委、)宣传部部长 of one county are one post: the party's departments
# are named with or without their committee, and a career must not count them twice.
_DEPARTMENT_ROLE = r"^[省市州县区旗盟]委((?:宣传|组织|统战)部(?:常务)?副?部长)$"


def career_role(role: str) -> str:
    """The role as careers count it: 县委组织部部长 → 组织部部长, others unchanged."""
    return re.sub(_DEPARTMENT_ROLE, r"\1", role)


BASES = ("sighting", "stated", "former")
_BASIS_OF_STATUS = {"current": "sighting", "dated": "stated", "former": "former"}


@dataclass(frozen=True)
class Record:
    """What one name's facts say of one post, on one basis."""

    name: str
    jurisdiction: str  # as written then (居巢区, 衢县)
    role: str
    basis: str  # sighting / stated / former
    code: str | None  # the unit's GB/T 2260 code (None below the county level)
    area: str | None  # the code the unit lies at or under (a town: its paper's home)
    first: dt.date | None  # first day held (sighting) or stated start; None for former
    last: dt.date | None
    start_window: tuple[dt.date, dt.date] | None  # stated: the days the start may be
    end_window: tuple[dt.date, dt.date] | None  # a résumé line's end (2013.02—2016.08)
    said: dt.date | None  # former: the earliest article that calls it former
    docs: frozenset[str]
    sentences: frozenset[str]
    acting: bool  # only seen acting
    first_doc: str
    first_offset: int  # where in first_doc: namesakes are numbered in order of appearance
    first_evidence: str
    last_doc: str
    last_evidence: str
    # the post it continues across renames (居巢区 区长 → 巢湖市 市长; 衢县 县长 → 衢江区 区长)
    post_now: tuple[str, str] = ("", "")

    @property
    def unit(self) -> str:
        return self.post_now[0] or self.jurisdiction

    @property
    def post(self) -> str:
        return f"{self.jurisdiction} {self.role}"

    @property
    def when(self) -> dt.date:
        """Where the record sits in time for ordering: its first day, or when it was said."""
        return self.first or self.said  # type: ignore[return-value]


def _is_ancestor(upper: str, lower: str) -> bool:
    """Does unit code `upper` contain `lower` (a province its cities, a city its counties)?"""
    if upper == lower:
        return False
    if upper.endswith("0000"):
        return lower[:2] == upper[:2]
    if upper.endswith("00"):
        return lower[:4] == upper[:4]
    return False


def may_hold_together(a: Record, b: Record) -> bool:
    """Posts one person can hold at once: one unit, or a unit and one above it (市委常委 and
    区委书记; a town's 党委书记 and its county's 县委常委)."""
    if a.unit == b.unit:
        return True
    if a.code and b.code:
        return _is_ancestor(a.code, b.code) or _is_ancestor(b.code, a.code)
    ranked = [(r.code, r.area) for r in (a, b)]
    for (code, _), (other_code, other_area) in (ranked, ranked[::-1]):
        # a unit and a town (no code of its own) that lies in it
        if (
            code
            and not other_code
            and other_area
            and (code == other_area or _is_ancestor(code, other_area))
        ):
            return True
    return False


def _overlap(a: Record, b: Record) -> bool:
    """Held at the same time, as far as the dates tell: the spans meet, or lie closer than
    `SAME_TIME` (nobody is seen in one county's post and, a week later, in another's)."""
    if a.first is None or b.first is None:
        return False
    # a stated history's dates are windows already; only sightings get the margin
    margin = SAME_TIME if a.basis == b.basis == "sighting" else dt.timedelta(0)
    return a.first - margin <= b.last and b.first - margin <= a.last  # type: ignore[operator]


def _place_name(lex: Lexicons, code: str) -> str:
    place = lex.places.get(code)
    return place.name if place else code


def _nearness(lex: Lexicons, a: Record, b: Record) -> str | None:
    """Why a move between the units of `a` and `b` is plausible, or None."""
    if a.area is None or b.area is None:
        return None
    if a.area == b.area:
        return f"both in {_place_name(lex, a.area)}"
    if _is_ancestor(a.area, b.area) or _is_ancestor(b.area, a.area):
        upper, lower = sorted((a, b), key=lambda r: r.area)  # type: ignore[arg-type,return-value]
        return f"{lower.jurisdiction} lies in {upper.jurisdiction}"
    if a.area[:4] == b.area[:4]:
        return f"same city ({_place_name(lex, a.area[:4] + '00')})"
    if a.area[:2] == b.area[:2]:
        return f"same province ({_place_name(lex, a.area[:2] + '0000')})"
    return None


def _province(lex: Lexicons, r: Record) -> str:
    return _place_name(lex, r.area[:2] + "0000") if r.area else "no known place"


@dataclass
class Person:
    name: str
    number: int
    records: list[Record] = field(default_factory=list)
    notes: list[tuple[Record, str, str]] = field(default_factory=list)  # (record, decision, why)

    @property
    def id(self) -> str:
        return f"{self.name}#{self.number}"


def _clash(person: Person, r: Record) -> str | None:
    """Why `r` cannot be this person's: two posts at once that no one holds together."""
    for m in person.records:
        # a history's posts meet at their boundaries (2009.11—2012.12, 2012.12—), and the
        # issue that prints it names the new post: the text says they are one person's
        history = (m.basis != "sighting" or r.basis != "sighting") and _named_together(m, r)
        if _overlap(m, r) and not may_hold_together(m, r) and not history:
            start = max(m.first, r.first)  # type: ignore[type-var]
            end = min(m.last, r.last)  # type: ignore[type-var]
            if start <= end:
                span = start.isoformat() if start == end else f"{start}…{end}"
                return f"{m.post} and {r.post} are held at the same time ({span})"
            return (
                f"{m.post} and {r.post} are seen {(start - end).days} days apart "
                f"({end}, {start}), too close for a move"
            )
    return None


def _named_together(a: Record, b: Record) -> bool:
    """Does the text itself say these posts are one person's? A career history or a former post
    (原X县县长, 现任…) beside another post in an issue, or two posts in one sentence."""
    if not a.docs & b.docs:
        return False
    return a.basis != "sighting" or b.basis != "sighting" or bool(a.sentences & b.sentences)


def _link(lex: Lexicons, person: Person, r: Record) -> tuple[int, str]:
    """How strongly `r` joins this person (0: not at all) and why (or why not)."""
    for m in person.records:
        if _named_together(m, r):
            return 3, f"named together with {m.post} in {sorted(m.docs & r.docs)[0]}"
    for m in person.records:
        if m.unit == r.unit:
            return 2, f"same unit as {m.post}"
    before = [m for m in person.records if m.when <= r.when]
    nearest = max(before, key=lambda m: m.last or m.when) if before else person.records[0]
    near = _nearness(lex, nearest, r)
    if near is None:
        if nearest.area is None or r.area is None:
            return 0, f"no place is known for {nearest.post if nearest.area is None else r.post}"
        return 0, (
            f"{nearest.post} ({_province(lex, nearest)}) and {r.post} ({_province(lex, r)}) are "
            "far apart and no article names both"
        )
    seen = nearest.last or nearest.when
    gap = abs((r.when - seen).days) / 365.25
    if gap > MAX_GAP_YEARS:
        return 0, f"{nearest.post} and {r.post} are seen {gap:.0f} years apart in different units"
    return 1, f"{near}, after {nearest.post} ({nearest.last_doc}, {seen})"


def identify(lex: Lexicons, records: list[Record]) -> list[Person]:
    """The persons behind one name's post records (given in time order)."""
    persons: list[Person] = []
    for r in records:
        best: tuple[int, Person, str] | None = None
        refusals: list[str] = []
        for p in persons:
            clash = _clash(p, r)
            strength, why = (0, clash) if clash else _link(lex, p, r)
            if strength == 0:
                refusals.append(f"not {p.id}: {why}")
            elif best is None or strength > best[0]:
                best = (strength, p, why)
        if best is not None:
            best[1].records.append(r)
            best[1].notes.append((r, "joined", best[2]))
            continue
        person = Person(r.name, len(persons) + 1, [r])
        if refusals:
            person.notes.append((r, "apart", "; ".join(refusals)))
        else:
            person.notes.append((r, "first", f"first stated in {r.first_doc}"))
        persons.append(person)
    return persons


# --- post records from facts ----------------------------------------------------------------------


def _home_codes(lex: Lexicons, issues: pl.DataFrame | None) -> dict[str, str]:
    """doc → the GB/T 2260 code of the issue's home (where its towns and departments lie)."""
    if issues is None or issues.is_empty():
        return {}
    out = {}
    for doc, home in issues.select("doc", "home").iter_rows():
        code = code_for(lex, home, None) if home else None
        if code:
            out[doc] = code
    return out


def post_records(
    facts: pl.DataFrame | pl.LazyFrame,
    lex: Lexicons,
    issues: pl.DataFrame | None = None,
) -> list[Record]:
    """Each name's posts on each basis, in time order (designate posts are not careers)."""
    seen = (
        canonical_facts(facts, None, tuple(_BASIS_OF_STATUS))
        .with_columns(
            basis=pl.col("status").replace_strict(_BASIS_OF_STATUS),
            role=pl.col("role").str.replace(_DEPARTMENT_ROLE, "${1}"),
        )
        .collect()
    )
    if seen.is_empty():
        return []
    for column in ("stated_end", "ended_earliest", "ended_latest"):
        if column not in seen.columns:
            seen = seen.with_columns(pl.lit(None, dtype=pl.Date).alias(column))
    homes = _home_codes(lex, issues)
    grouped = seen.group_by(["person", "jurisdiction", "role", "basis"], maintain_order=True).agg(
        pl.col("jurisdiction_code").drop_nulls().last().alias("code"),
        pl.col("date").min().alias("first"),
        pl.col("date").max().alias("last"),
        pl.col("stated_end").min().alias("stated_end"),
        pl.col("ended_earliest").max().alias("ended_earliest"),
        pl.col("ended_latest").max().alias("ended_latest"),
        pl.coalesce("ended_earliest", "date").max().alias("held_until"),
        pl.col("doc").unique().sort().alias("docs"),
        pl.col("evidence").unique().sort().alias("sentences"),
        pl.col("doc").mode().sort().first().alias("main_doc"),
        (pl.col("acting").all()).alias("acting"),
        pl.col("doc").first().alias("first_doc"),
        # where in its title group: 曾任金寨县副县长、裕安区常务副区长 names them in order
        (
            pl.col("offset")
            + pl.col("title").str.find(pl.col("jurisdiction"), literal=True).fill_null(0).clip(0)
        )
        .first()
        .alias("first_offset"),
        pl.col("evidence").first().alias("first_evidence"),
        pl.col("doc").last().alias("last_doc"),
        pl.col("evidence").last().alias("last_evidence"),
    )
    records = []
    for g in grouped.iter_rows(named=True):
        former = g["basis"] == "former"
        code = g["code"]
        window = ended = None
        if g["basis"] == "stated":
            window = (g["first"], max(g["first"], g["stated_end"] or g["first"]))
            if g["ended_earliest"] is not None:
                ended = (g["ended_earliest"], g["ended_latest"])
        records.append(
            Record(
                name=g["person"],
                jurisdiction=g["jurisdiction"],
                role=g["role"],
                basis=g["basis"],
                code=code,
                area=code or homes.get(g["main_doc"]),
                first=None if former else g["first"],
                last=None if former else g["held_until"],
                start_window=window,
                end_window=ended,
                said=g["first"] if former else None,
                docs=frozenset(g["docs"]),
                sentences=frozenset(g["sentences"]),
                acting=bool(g["acting"]),
                first_doc=g["first_doc"],
                first_offset=g["first_offset"],
                first_evidence=g["first_evidence"],
                last_doc=g["last_doc"],
                last_evidence=g["last_evidence"],
                post_now=canonical_post(g["jurisdiction"], g["role"], lex.renames),
            )
        )
    records.sort(
        key=lambda r: (
            r.name,
            r.when,
            r.first_doc,
            r.first_offset,
            BASES.index(r.basis),
            r.jurisdiction,
            r.role,
        )
    )
    return records
