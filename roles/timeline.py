"""Timeline and inference: from dated facts to tenures, successions, acting posts and moves.

A newspaper only shows sightings: a person named with a post on a date. So a tenure is known
to include the span from its first to its last sighting, and its start and end are known only
to lie in windows bounded by the neighbouring holders' sightings. Every bound here is a
sighting date, and every change cites the two sightings that bound it.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

import polars as pl

from roles.matching import SIGHTING_STATUSES  # former and designate posts are not sightings

TENURE_SCHEMA: dict[str, pl.DataType] = {
    "jurisdiction": pl.String(),
    "role": pl.String(),
    "person": pl.String(),
    "single": pl.Boolean(),  # one holder at a time (from the titles lexicon)
    "acting": pl.Boolean(),  # seen as acting (代区长) at least once
    "confirmed": pl.Boolean(),  # seen without 代 at least once
    "first_seen": pl.Date(),
    "last_seen": pl.Date(),
    "sightings": pl.UInt32(),  # distinct issues that name the person in this post
    "start_earliest": pl.Date(),  # the previous holder's last sighting; null = open
    "start_latest": pl.Date(),  # = first_seen
    "end_earliest": pl.Date(),  # = last_seen
    "end_latest": pl.Date(),  # the next holder's first sighting; null = open
    "first_doc": pl.String(),
    "first_evidence": pl.String(),
    "last_doc": pl.String(),
    "last_evidence": pl.String(),
    "as_written": pl.String(),  # the jurisdictions and titles as printed: 衢县 县长; 衢江区 区长
}
"""One row per (jurisdiction, role, person). Only single-holder posts have start and end
windows; in posts many hold at once (副区长, 常委, 区领导) a tenure is its sightings alone."""

CHANGE_SCHEMA: dict[str, pl.DataType] = {
    "kind": pl.String(),  # succession / acting-confirmed / career-move / move / conflict
    "jurisdiction": pl.String(),  # for a move across jurisdictions: J1→J2
    "role": pl.String(),  # for a career move: P1→P2
    "from": pl.String(),
    "to": pl.String(),
    "after": pl.Date(),  # the change happened after this sighting ...
    "before": pl.Date(),  # ... and before (or on) this one
    "evidence_from": pl.String(),  # sentence (doc, date) of the `after` sighting
    "evidence_to": pl.String(),  # sentence (doc, date) of the `before` sighting
    "detail": pl.String(),  # a move's kind and levels: promotion: county → city
}

CHANGE_EXTRA_SCHEMA: dict[str, pl.DataType] = {
    "from_date": pl.Date(),  # = after, or for a move from a former post the day it was said
    "from_doc": pl.String(),
    "from_sentence": pl.String(),
    "to_doc": pl.String(),
    "to_sentence": pl.String(),
}
"""The two cited sightings, unformatted, for reports (not part of the export)."""

KIND_ORDER = {"succession": 0, "acting-confirmed": 1, "career-move": 2, "move": 3, "conflict": 4}
POST = ["jurisdiction", "role"]


Renames = dict[str, tuple[str, int]]  # old jurisdiction -> (new, year), from lexicons/renames.tsv


def canonical_post(jurisdiction: str, role: str, renames: Renames) -> tuple[str, str]:
    """The post a fact belongs to across renames: 衢县 县长 → 衢江区 区长."""
    if jurisdiction not in renames:
        return jurisdiction, role
    new, _ = renames[jurisdiction]
    old_level, new_level = jurisdiction[-1], new[-1]
    return new, role.replace(old_level, new_level, 1)


def canonical_facts(
    facts: pl.DataFrame | pl.LazyFrame,
    renames: Renames | None = None,
    statuses: tuple[str, ...] = SIGHTING_STATUSES,
) -> pl.LazyFrame:
    """Facts of `statuses` (current and dated: sightings) in a stable order (date, issue,
    position), posts made canonical across renames; `written` keeps the jurisdiction and role
    as the paper printed them."""
    lf = facts.lazy()
    if "status" in lf.collect_schema().names():
        lf = lf.filter(pl.col("status").is_in(statuses))
    lf = lf.with_columns(written=pl.concat_str("jurisdiction", "role", separator=" "))
    if renames:
        renamed = (
            facts.lazy()
            .filter(pl.col("jurisdiction").is_in(list(renames)))
            .select("jurisdiction", "role")
            .unique()
            .collect()
        )
        mapping = pl.DataFrame(
            [(j, role, *canonical_post(j, role, renames)) for j, role in renamed.iter_rows()],
            schema={c: pl.String for c in ("jurisdiction", "role", "unit", "office")},
            orient="row",
        )
        lf = (
            lf.join(mapping.lazy(), on=["jurisdiction", "role"], how="left", maintain_order="left")
            .with_columns(
                jurisdiction=pl.coalesce("unit", "jurisdiction"),
                role=pl.coalesce("office", "role"),
            )
            .drop("unit", "office")
        )
    return lf.sort(["date", "doc", "offset", "person", "role"])


def tenures(facts: pl.DataFrame | pl.LazyFrame, renames: Renames | None = None) -> pl.DataFrame:
    """One row per (jurisdiction, role, person), with windows for single-holder posts."""
    grouped = (
        canonical_facts(facts, renames)
        .group_by([*POST, "person"], maintain_order=True)
        .agg(
            pl.col("single").first(),
            pl.col("acting").any().alias("acting"),
            (~pl.col("acting")).any().alias("confirmed"),
            pl.col("date").min().alias("first_seen"),
            pl.col("date").max().alias("last_seen"),
            pl.col("doc").n_unique().cast(pl.UInt32).alias("sightings"),
            pl.col("doc").first().alias("first_doc"),
            pl.col("evidence").first().alias("first_evidence"),
            pl.col("doc").last().alias("last_doc"),
            pl.col("evidence").last().alias("last_evidence"),
            pl.col("written").unique(maintain_order=True).str.join("; ").alias("as_written"),
        )
        .sort([*POST, "first_seen", "last_seen", "person"])
    )
    prev_last = pl.col("last_seen").shift(1).over(POST)
    next_first = pl.col("first_seen").shift(-1).over(POST)
    # A neighbour that overlaps this tenure bounds nothing: that is a conflict, reported apart.
    start = pl.when(pl.col("single") & (prev_last <= pl.col("first_seen"))).then(prev_last)
    end = pl.when(pl.col("single") & (next_first >= pl.col("last_seen"))).then(next_first)
    return (
        grouped.with_columns(
            start_earliest=start,
            start_latest=pl.col("first_seen"),
            end_earliest=pl.col("last_seen"),
            end_latest=end,
        )
        .select(list(TENURE_SCHEMA))
        .collect()
        .cast(TENURE_SCHEMA)
    )


def _cite(evidence: str, doc: str, date: dt.date) -> str:
    return f"{evidence} ({doc}, {date.isoformat()})"


def _change(kind: str, a: dict, b: dict, after: dict, before: dict, **over: str) -> dict:
    """A change row from holder/tenure `a` to `b`, bounded by the sightings `after`, `before`
    (each a dict with date, doc and evidence)."""
    return {
        "kind": kind,
        "jurisdiction": over.get("jurisdiction", a["jurisdiction"]),
        "role": over.get("role", a["role"]),
        "from": a["person"],
        "to": b["person"],
        "after": after["date"],
        "before": before["date"],
        "evidence_from": _cite(after["evidence"], after["doc"], after["date"]),
        "evidence_to": _cite(before["evidence"], before["doc"], before["date"]),
        "detail": None,
        "from_date": after["date"],
        "from_doc": after["doc"],
        "from_sentence": after["evidence"],
        "to_doc": before["doc"],
        "to_sentence": before["evidence"],
    }


def _last(t: dict) -> dict:
    return {"date": t["last_seen"], "doc": t["last_doc"], "evidence": t["last_evidence"]}


def _first(t: dict) -> dict:
    return {"date": t["first_seen"], "doc": t["first_doc"], "evidence": t["first_evidence"]}


def changes(
    facts: pl.DataFrame | pl.LazyFrame,
    tenure: pl.DataFrame | None = None,
    renames: Renames | None = None,
    moves: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Successions, acting posts confirmed, career moves inside one unit, moves between units
    (`moves`, from `roles.careers`, which tells people of one name apart) and conflicts.

    The columns are CHANGE_SCHEMA (the export) followed by CHANGE_EXTRA_SCHEMA."""
    tenure = tenures(facts, renames) if tenure is None else tenure
    rows: list[dict] = []
    single = tenure.filter(pl.col("single"))
    for (_, _), post in single.group_by(POST, maintain_order=True):
        rows.extend(_post_changes(post.rows(named=True)))
    rows.extend(_acting_confirmed(facts, tenure, renames))
    rows.extend(_career_moves(single))
    df = pl.DataFrame(rows, schema={**CHANGE_SCHEMA, **CHANGE_EXTRA_SCHEMA})
    if moves is not None:
        df = pl.concat([df, moves.select(df.columns)])
    return df.sort(
        pl.col("jurisdiction"),
        pl.col("role"),
        pl.col("kind").replace_strict(KIND_ORDER, return_dtype=pl.Int8),
        pl.col("after"),
        pl.col("from"),
        pl.col("to"),
    )


def _post_changes(post: list[dict]) -> list[dict]:
    """Successions between consecutive holders; conflicts where two holders' sightings meet."""
    rows = []
    for i, a in enumerate(post):
        for b in post[i + 1 :]:
            if b["first_seen"] <= a["last_seen"]:
                # the window is where their sightings meet
                row = _change("conflict", a, b, _last(a), _first(b))
                row["after"], row["before"] = b["first_seen"], min(a["last_seen"], b["last_seen"])
                rows.append(row)
        if i + 1 < len(post):
            b = post[i + 1]
            if a["last_seen"] < b["first_seen"]:
                rows.append(_change("succession", a, b, _last(a), _first(b)))
    return rows


def _acting_confirmed(
    facts: pl.DataFrame | pl.LazyFrame, tenure: pl.DataFrame, renames: Renames | None
) -> list[dict]:
    """The same person seen acting (代区长) and later confirmed (区长) in one post."""
    both = tenure.filter(pl.col("acting") & pl.col("confirmed")).select(*POST, "person")
    if both.is_empty():
        return []
    # the sightings in their order: the cited sentence must not change from run to run
    seen = (
        canonical_facts(facts, renames)
        .join(both.lazy(), on=[*POST, "person"], maintain_order="left")
        .collect()
    )
    rows = []
    for (_, _, _), group in seen.group_by([*POST, "person"], maintain_order=True):
        acting = group.filter(pl.col("acting"))
        last_acting = acting.row(-1, named=True)
        later = group.filter(~pl.col("acting") & (pl.col("date") > last_acting["date"]))
        if later.is_empty():
            continue
        confirmed = later.row(0, named=True)
        rows.append(_change("acting-confirmed", confirmed, confirmed, last_acting, confirmed))
    return rows


def _career_moves(single: pl.DataFrame) -> list[dict]:
    """One person in single-holder post P1, later in P2 of the same unit (区长 → 区委书记).

    Posts held at the same time (a 书记 who is also 主任) are concurrent, not a move; moves
    between units are `roles.careers`' (one name may be two people there).
    """
    rows = []
    by_person = single.sort(["person", "jurisdiction", "first_seen", "last_seen", "role"])
    for _, posts in by_person.group_by(["person", "jurisdiction"], maintain_order=True):
        held = posts.rows(named=True)
        for a, b in itertools.pairwise(held):
            if a["last_seen"] >= b["first_seen"]:
                continue
            role = f"{a['role']}→{b['role']}"
            rows.append(_change("career-move", a, b, _last(a), _first(b), role=role))
    return rows


# --- chains and questions ------------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    person: str
    after: dt.date | None  # the window in which this holder took over (None for the first)
    before: dt.date | None


@dataclass(frozen=True)
class Chain:
    """The holders of one single-holder post in order: 张三 → 李四 → 王五."""

    jurisdiction: str
    role: str
    links: tuple[Link, ...]
    conflicts: int


def chains(tenure: pl.DataFrame, change: pl.DataFrame) -> list[Chain]:
    """One chain per single-holder post, holders ordered by first sighting."""
    out = []
    single = tenure.filter(pl.col("single"))
    for (jurisdiction, role), post in single.group_by(POST, maintain_order=True):
        steps = change.filter(
            (pl.col("jurisdiction") == jurisdiction)
            & (pl.col("role") == role)
            & (pl.col("kind") == "succession")
        )
        windows = {r["to"]: (r["after"], r["before"]) for r in steps.iter_rows(named=True)}
        links = tuple(
            Link(p, *windows.get(p, (None, None))) for p in post.get_column("person").to_list()
        )
        n_conflicts = change.filter(
            (pl.col("jurisdiction") == jurisdiction)
            & (pl.col("role") == role)
            & (pl.col("kind") == "conflict")
        ).height
        out.append(Chain(jurisdiction, role, links, n_conflicts))
    return sorted(out, key=lambda c: (c.jurisdiction, c.role))


@dataclass(frozen=True)
class Answer:
    """Who held a post on a date, as far as the sightings tell."""

    status: str  # holder / between / before-first / after-last / conflict / unknown
    holders: tuple[dict, ...]  # tenure rows that bear on the answer
    text: str


def who(tenure: pl.DataFrame, role: str, jurisdiction: str, on: dt.date) -> Answer:
    """The holder of `role` in `jurisdiction` on `on`, or the window that brackets the date."""
    post = tenure.filter((pl.col("role") == role) & (pl.col("jurisdiction") == jurisdiction))
    if post.is_empty():
        return Answer("unknown", (), f"no sighting of a {role} of {jurisdiction}")
    rows = post.sort("first_seen", "person").rows(named=True)
    day = on.isoformat()
    covering = [r for r in rows if r["first_seen"] <= on <= r["last_seen"]]
    if not rows[0]["single"] and not covering:
        # In a post many hold at once, the sightings around a date say nothing about it.
        return Answer("unknown", (), f"unknown: no {role} of {jurisdiction} is seen on {day}")
    if covering:
        names = "、".join(r["person"] for r in covering)
        if len(covering) > 1 and rows[0]["single"]:
            return Answer(
                "conflict",
                tuple(covering),
                f"conflict: {names} are all seen as {role} around {day}",
            )
        spans = "; ".join(
            f"{r['person']} seen {r['first_seen']}…{r['last_seen']}" for r in covering
        )
        return Answer("holder", tuple(covering), f"{names} ({spans})")
    before = [r for r in rows if r["last_seen"] < on]
    after = [r for r in rows if r["first_seen"] > on]
    if before and after:
        a = max(before, key=lambda r: r["last_seen"])
        b = min(after, key=lambda r: r["first_seen"])
        if a["person"] == b["person"]:
            text = f"{a['person']} (seen {a['last_seen']} and again {b['first_seen']})"
            return Answer("holder", (a,), text)
        text = (
            f"between {a['person']} (last seen {a['last_seen']}) and "
            f"{b['person']} (first seen {b['first_seen']})"
        )
        return Answer("between", (a, b), text)
    if after:
        b = min(after, key=lambda r: r["first_seen"])
        return Answer(
            "before-first",
            (b,),
            f"unknown: before the first sighting ({b['person']}, {b['first_seen']})",
        )
    a = max(before, key=lambda r: r["last_seen"])
    return Answer(
        "after-last", (a,), f"unknown: after the last sighting ({a['person']}, {a['last_seen']})"
    )
