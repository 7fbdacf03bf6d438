"""The report: everything a reader needs, assembled from the tables, ready to be formatted.

`build_report` decides what goes in and in which order (deterministically: every list is
sorted on stable keys); `roles.markdown` and `roles.render` only format it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import polars as pl

from roles.careers import Careers, careers, institutions, post_rank, unit_tier
from roles.identity import career_role
from roles.lexicons import Lexicons
from roles.pipeline import Corpus
from roles.timeline import Chain, canonical_post, chains, changes, tenures


@dataclass(frozen=True)
class Citation:
    """A sentence in an issue: the evidence behind a fact."""

    doc: str
    date: dt.date
    sentence: str


@dataclass(frozen=True)
class Post:
    """One single-holder post of one jurisdiction, with its holders."""

    jurisdiction: str
    role: str
    chain: Chain
    tenures: list[dict]  # TENURE_SCHEMA rows, in order of first sighting


@dataclass(frozen=True)
class Holder:
    """One holder of a top post of the home, and the posts before and after it."""

    person_id: str
    post: dict  # CAREER_SCHEMA row of the post itself
    came_from: dict | None  # CAREER_SCHEMA row of the post held before (another post)
    went_to: dict | None  # … and after


@dataclass(frozen=True)
class CareerPost:
    jurisdiction: str
    role: str
    holders: list[Holder]


@dataclass
class Report:
    title: str
    corpus_name: str
    issues: list[dict]  # ISSUE_SCHEMA rows
    date_span: tuple[dt.date, dt.date] | None
    lexicon_versions: dict[str, str]
    posts: list[Post]
    moves: list[dict]  # CHANGE_SCHEMA rows other than successions
    people: dict[str, list[dict]]  # person -> TENURE_SCHEMA rows
    warnings: list[str]
    careers: list[CareerPost] = field(default_factory=list)  # the home's top posts' holders
    low_confidence: list[tuple[str, str]] = field(default_factory=list)  # (person, why)
    generated: str | None = None  # a timestamp, only when asked for

    @property
    def issue_dates(self) -> dict[str, dt.date | None]:
        return {i["doc"]: i["issue_date"] for i in self.issues}

    @property
    def n_warnings(self) -> int:
        return len(self.warnings) + len(self.low_confidence)


class Citations:
    """Citations numbered in order of first use: one sentence is one number however often it
    is cited. The Markdown and HTML footnotes format these numbers."""

    def __init__(self) -> None:
        self._numbers: dict[Citation, int] = {}

    def number(self, citation: Citation) -> int:
        return self._numbers.setdefault(citation, len(self._numbers) + 1)

    def ref(self, citation: Citation) -> str:
        """The citation's mark in the text, as the format writes it."""
        raise NotImplementedError

    def seen_span(self, tenure: dict) -> str:
        """`first[ref] … last[ref]`, or the one date with its reference when both are one."""
        span = tenure["first_seen"].isoformat() + self.ref(first_citation(tenure))
        if tenure["last_seen"] != tenure["first_seen"]:
            span += " … " + tenure["last_seen"].isoformat() + self.ref(last_citation(tenure))
        return span

    def numbered(self, issue_dates: dict[str, dt.date | None]) -> list[tuple[int, Citation, str]]:
        """(number, citation, ", issue of …" when the issue's date is not the fact's)."""
        out = []
        for c, n in self._numbers.items():
            issue = issue_dates.get(c.doc)
            out.append(
                (n, c, f", issue of {issue.isoformat()}" if issue and issue != c.date else "")
            )
        return out


def _cite(doc: str, date: dt.date, sentence: str) -> Citation:
    return Citation(doc, date, sentence)


def first_citation(tenure: dict) -> Citation:
    return _cite(tenure["first_doc"], tenure["first_seen"], tenure["first_evidence"])


def last_citation(tenure: dict) -> Citation:
    return _cite(tenure["last_doc"], tenure["last_seen"], tenure["last_evidence"])


def change_citations(change: dict) -> tuple[Citation, Citation]:
    """The two sightings that bound a change."""
    return (
        _cite(change["from_doc"], change["from_date"], change["from_sentence"]),
        _cite(change["to_doc"], change["before"], change["to_sentence"]),
    )


def career_citation(row: dict) -> Citation:
    """The sentence that states a career row, dated as its fact is: the first sighting, a
    history's stated start (2018年2月 → 2018-02-01), or the day a former post was said."""
    when = row["first_seen"] or row["start_earliest"] or row["end_latest"]
    return _cite(row["doc"], when, row["evidence"])


def _grade(row: dict, by_role: dict[str, str]) -> tuple[int, int]:
    return unit_tier(row["jurisdiction_code"]), post_rank(row["role"], by_role.get(row["role"], ""))


def _top(rows: list[dict], by_role: dict[str, str]) -> dict | None:
    """The highest post among rows begun together (区长 over 区委副书记)."""
    return max(rows, key=lambda r: (_grade(r, by_role), r["role"])) if rows else None


def home_careers(
    posts: list[Post], career: Careers, home: str | None, lex: Lexicons
) -> list[CareerPost]:
    """For each single-holder tier-1 post of the home, where its holders came from and went."""
    by_role = institutions(lex)
    tier1 = {t.role for t in lex.titles.values() if t.tier == 1}
    ids = career.person_ids()
    out = []
    for post in posts:
        if post.jurisdiction != home or post.role not in tier1:
            continue
        holders = []
        for t in post.tenures:
            want = (post.jurisdiction, career_role(post.role))
            pid = ids.get((*want, t["person"]))
            rows = career.table.filter(pl.col("person_id") == pid).rows(named=True)
            # career rows show posts as printed (衢县 县长); tenures as they continue (衢江区 区长)
            own = [
                r for r in rows if canonical_post(r["jurisdiction"], r["role"], lex.renames) == want
            ]
            if pid is None or not own:
                continue
            step = own[0]["step"]
            earlier = [r for r in rows if r["step"] < step]
            later = [r for r in rows if r["step"] > step]
            before = [r for r in earlier if r["step"] == earlier[-1]["step"]] if earlier else []
            after = [r for r in later if r["step"] == later[0]["step"]] if later else []
            holders.append(Holder(pid, own[0], _top(before, by_role), _top(after, by_role)))
        out.append(CareerPost(post.jurisdiction, post.role, holders))
    return out


def _jurisdiction_order(home: str | None):
    return lambda name: (name != home, name)


def build_report(
    corpus: Corpus,
    lex: Lexicons,
    corpus_name: str,
    generated: str | None = None,
    tables: tuple[pl.DataFrame, Careers, pl.DataFrame] | None = None,
) -> Report:
    """The report of a run; `tables` are its tenures, careers and changes when already made
    (`roles.api.Run` keeps them), else they are made here."""
    facts = corpus.facts
    if tables is None:
        tenure = tenures(facts, lex.renames)
        career = careers(facts, lex, corpus.issues, tenure)
        tables = (tenure, career, changes(facts, tenure, lex.renames, career.moves))
    tenure, career, change = tables
    home = corpus.home
    order = _jurisdiction_order(home)
    posts = []
    for chain in sorted(chains(tenure, change), key=lambda c: (order(c.jurisdiction), c.role)):
        rows = tenure.filter(
            (pl.col("jurisdiction") == chain.jurisdiction) & (pl.col("role") == chain.role)
        ).rows(named=True)
        posts.append(Post(chain.jurisdiction, chain.role, chain, rows))
    moves = change.filter(pl.col("kind") != "succession").rows(named=True)
    people: dict[str, list[dict]] = {}
    for row in tenure.sort("person", "first_seen", "jurisdiction", "role").iter_rows(named=True):
        people.setdefault(row["person"], []).append(row)
    low = [
        (p, "does not start with a known surname")
        for p in sorted(people)
        if p[0] not in lex.surnames and p[:2] not in lex.compound_surnames
    ]
    dated = corpus.issues.get_column("issue_date").drop_nulls()
    span = (dated.min(), dated.max()) if not dated.is_empty() else None
    conflicts = [
        f"conflict: {m['jurisdiction']} {m['role']}: {m['from']} and {m['to']} both seen "
        f"{m['after']}…{m['before']}"
        for m in moves
        if m["kind"] == "conflict"
    ]
    return Report(
        title=f"{home or corpus_name}: officials and their posts",
        corpus_name=corpus_name,
        issues=corpus.issues.sort("issue_date", "doc", nulls_last=True).rows(named=True),
        date_span=span,
        lexicon_versions=dict(sorted(corpus.lexicon_versions.items())),
        posts=posts,
        moves=moves,
        people=dict(sorted(people.items())),
        warnings=[*corpus.warnings, *conflicts],
        careers=home_careers(posts, career, home, lex),
        low_confidence=low,
        generated=generated,
    )
