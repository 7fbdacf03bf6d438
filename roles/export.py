"""Standard exports of tenures: a flat memberships table, Popolo JSON, Wikidata QuickStatements.

A newspaper fixes no exact day on which anyone took or left office, only windows. The exports
keep them: Popolo memberships carry earliest and latest start and end dates (and a plain
`start_date`/`end_date` only where the window is a single day); QuickStatements give a start or
end time only at the precision (year or month) that the window fits inside, never a made-up day.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import polars as pl

from roles.identity import career_role

MEMBERSHIP_SCHEMA: dict[str, pl.DataType] = {
    "person_id": pl.String(),  # the person as told apart from namesakes (roles careers): 张伟#2
    "person": pl.String(),
    "role": pl.String(),
    "jurisdiction": pl.String(),
    "jurisdiction_code": pl.String(),
    "acting": pl.Boolean(),
    "start_earliest": pl.Date(),
    "start_latest": pl.Date(),
    "end_earliest": pl.Date(),
    "end_latest": pl.Date(),
    "sightings": pl.UInt32(),
    "first_doc": pl.String(),
    "first_evidence": pl.String(),
    "last_doc": pl.String(),
    "last_evidence": pl.String(),
}
"""One row per tenure. The start lies in [start_earliest, start_latest] (start_earliest null:
no earlier bound) and the end in [end_earliest, end_latest] (end_latest null: still open)."""


def memberships(
    tenure: pl.DataFrame,
    codes: dict[str, str | None],
    person_ids: dict[tuple[str, str, str], str] | None = None,
) -> pl.DataFrame:
    """The tenure table as memberships, with the jurisdictions' GB/T 2260 codes and the
    persons' ids from `roles.careers` ((jurisdiction, role, name) → person_id; else name#1)."""
    ids = person_ids or {}
    keyed = [
        ids.get((j, career_role(r), p), f"{p}#1")
        for j, r, p in tenure.select("jurisdiction", "role", "person").iter_rows()
    ]
    return (
        tenure.with_columns(
            person_id=pl.Series(keyed, dtype=pl.String),
            jurisdiction_code=pl.col("jurisdiction").replace_strict(
                codes, default=None, return_dtype=pl.String
            ),
            acting=pl.col("acting") & ~pl.col("confirmed"),
        )
        .select(list(MEMBERSHIP_SCHEMA))
        .sort("jurisdiction", "role", "start_latest", "person_id")
    )


def post_label(jurisdiction: str, role: str) -> str:
    """衢江区 + 区委书记 → 衢江区委书记; 宁波市 + 市委常委 → 宁波市委常委; 镇长 stays 廿里镇镇长."""
    if role and jurisdiction and role[0] == jurisdiction[-1] and role[1:2] == "委":
        return jurisdiction + role[1:]
    return jurisdiction + role


def _id(kind: str, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{kind}/{digest}"


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def popolo(members: pl.DataFrame) -> str:
    """Popolo JSON: persons, organizations (jurisdictions), posts and memberships."""
    persons: dict[str, dict] = {}
    organizations: dict[str, dict] = {}
    posts: dict[str, dict] = {}
    rows = []
    for m in members.iter_rows(named=True):
        person_id = _id("person", m["person_id"])
        org_id = _id("organization", m["jurisdiction"])
        post_id = _id("post", m["jurisdiction"], m["role"])
        persons.setdefault(
            person_id,
            {
                "id": person_id,
                "name": m["person"],
                "identifiers": [{"scheme": "roles", "identifier": m["person_id"]}],
            },
        )
        org = {"id": org_id, "name": m["jurisdiction"], "classification": "jurisdiction"}
        if m["jurisdiction_code"]:
            org["identifiers"] = [{"scheme": "GB/T 2260", "identifier": m["jurisdiction_code"]}]
        organizations.setdefault(org_id, org)
        posts.setdefault(
            post_id,
            {
                "id": post_id,
                "label": post_label(m["jurisdiction"], m["role"]),
                "role": m["role"],
                "organization_id": org_id,
            },
        )
        membership = {
            "id": _id("membership", m["person_id"], m["jurisdiction"], m["role"]),
            "person_id": person_id,
            "organization_id": org_id,
            "post_id": post_id,
            "role": m["role"] + ("（代）" if m["acting"] else ""),
            "start_date_earliest": _iso(m["start_earliest"]),
            "start_date_latest": _iso(m["start_latest"]),
            "end_date_earliest": _iso(m["end_earliest"]),
            "end_date_latest": _iso(m["end_latest"]),
            "sources": [
                {"note": f"“{m['first_evidence']}” ({m['first_doc']}, {_iso(m['start_latest'])})"},
                {"note": f"“{m['last_evidence']}” ({m['last_doc']}, {_iso(m['end_earliest'])})"},
            ],
        }
        if m["start_earliest"] is not None and m["start_earliest"] == m["start_latest"]:
            membership["start_date"] = _iso(m["start_latest"])
        if m["end_latest"] is not None and m["end_latest"] == m["end_earliest"]:
            membership["end_date"] = _iso(m["end_latest"])
        rows.append(membership)
    doc = {
        "persons": sorted(persons.values(), key=lambda p: p["id"]),
        "organizations": sorted(organizations.values(), key=lambda o: o["id"]),
        "posts": sorted(posts.values(), key=lambda p: p["id"]),
        "memberships": sorted(rows, key=lambda r: r["id"]),
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def wikidata_time(earliest: dt.date | None, latest: dt.date | None) -> str | None:
    """A Wikidata time value no more precise than the window [earliest, latest] allows."""
    if earliest is None or latest is None:
        return None
    if earliest == latest:
        return f"+{latest.isoformat()}T00:00:00Z/11"
    if (earliest.year, earliest.month) == (latest.year, latest.month):
        return f"+{latest.year:04d}-{latest.month:02d}-00T00:00:00Z/10"
    if earliest.year == latest.year:
        return f"+{latest.year:04d}-00-00T00:00:00Z/9"
    return None


def quickstatements(members: pl.DataFrame) -> str:
    """QuickStatements (v1, tab-separated) for `position held` (P39).

    Items are written as {label} placeholders (the person; the post as jurisdiction + role) to be
    replaced with Wikidata ids. Start (P580) and end (P582) times appear only at a precision their
    window fits; the evidence is attached as a quotation (S1683) with its publication date (S577).
    """
    lines = []
    for m in members.iter_rows(named=True):
        post = post_label(m["jurisdiction"], m["role"])
        statement = [f"{{{m['person']}}}", "P39", f"{{{post}}}"]
        if (start := wikidata_time(m["start_earliest"], m["start_latest"])) is not None:
            statement += ["P580", start]
        if (end := wikidata_time(m["end_earliest"], m["end_latest"])) is not None:
            statement += ["P582", end]
        quote = m["first_evidence"].replace('"', "'")
        statement += [
            "S1683",
            f'zh:"{quote}"',
            "S577",
            f"+{m['start_latest'].isoformat()}T00:00:00Z/11",
        ]
        lines.append("\t".join(statement))
    return "\n".join(lines) + ("\n" if lines else "")
