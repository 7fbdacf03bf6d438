"""Extraction: one file's sources → each issue's masthead, articles and mentions.

A pure function of the file and the settings (`extract_file`), so files are read in parallel and
their results cached. Mentions leave as compact rows (MENTION_SCHEMA) beside a small record per
issue (DocInfo): everything but what depends on the rest of the corpus.
"""

from __future__ import annotations

import bisect
import datetime as dt
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import polars as pl

from roles import dating, reading
from roles.matching import Matcher, Mention
from roles.places import resolve_home
from roles.schemas import Settings
from roles.sources import Source, SourceError, sources_of


@dataclass(frozen=True)
class RawMention:
    mention: Mention
    article: int
    evidence: str
    offset: int
    title: str  # as written, in the original script


@dataclass(frozen=True)
class FileResult:
    """What one issue of a file yields before the corpus is settled."""

    doc: str
    masthead: dating.Masthead | None = None
    filename_date: dt.date | None = None
    articles: tuple[dating.Article, ...] = ()
    inferred_base: dt.date | None = None  # latest article date in the inferred year
    mentions: tuple[RawMention, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None  # the file was skipped
    source_date: dt.date | None = None  # the date its container gives (page, path, record)
    source_basis: str | None = None
    source_home: str | None = None  # the home its container names (a record's `home`)
    paper: str | None = None  # the paper's name (a page's <title>, a record's `paper`)


def extract_text(doc: str, text: str, matcher: Matcher, warnings: Sequence[str] = ()) -> FileResult:
    """Everything one issue's text says, before corpus-level settling."""
    # (roster lines' spaces marked as 、 first: OCR repair would run their names together)
    original = reading.mark_rosters(reading.normalise_width(text))
    repaired = reading.repair(original)
    written = repaired.text
    # Matching reads simplified characters; evidence and titles keep the script of the paper.
    body = reading.simplify(written, matcher.lex.simplified, matcher.traditional)
    if not body.strip():
        return FileResult(doc, warnings=tuple(warnings), error="empty file")
    masthead = dating.read_masthead(body)
    articles = tuple(dating.split_articles(body))
    starts = [a.start for a in articles]
    raw = []
    sentences = reading.Sentences(written)
    year = masthead.date.year if masthead.date else None
    home = resolve_home(matcher.lex, masthead.sponsor, year) if masthead.sponsor else None
    levels = frozenset(p.level for p in matcher.lex.ancestors(home)) if home else None
    for m in matcher.mentions(body, starts, levels, year):
        article = bisect.bisect_right(starts, m.start) - 1
        raw.append(
            RawMention(
                mention=m,
                article=article,
                evidence=sentences.joining(m.name_start, m.start),
                offset=repaired.original_offset(m.start),
                title=written[m.start : m.end],
            )
        )
    inferred = None
    if masthead.date is None:
        inferred = dating.infer_issue_date(body, articles, lag_days=0)
    return FileResult(
        doc=doc,
        masthead=masthead,
        filename_date=dating.date_from_filename(Path(doc).name),
        articles=articles,
        inferred_base=inferred,
        mentions=tuple(raw),
        warnings=(*warnings, *masthead.warnings),
    )


def extract_file(path: Path, doc: str, matcher: Matcher, settings: Settings) -> list[FileResult]:
    """Read and match every issue a file holds (one for a text or page, one per record of a
    scraper's file); any problem becomes a result's `error`, never a raise."""
    try:
        found = sources_of(path, doc, settings.encoding)
    except SourceError as exc:
        return [FileResult(doc, error=str(exc))]
    if not found:
        return [FileResult(doc, error="no issue in the file")]
    return [extract_source(source, matcher) for source in found]


def extract_source(source: Source, matcher: Matcher) -> FileResult:
    if source.error:
        return FileResult(source.doc, warnings=source.warnings, error=source.error)
    return replace(
        extract_text(source.doc, source.text, matcher, source.warnings),
        source_date=source.date,
        source_basis=source.date_basis,
        source_home=source.home,
        paper=source.paper,
    )


# --- compact per-file records ----------------------------------------------------------------

MENTION_SCHEMA: dict[str, pl.DataType] = {
    "doc": pl.String(),
    "article_month": pl.Int8(),
    "article_day": pl.Int8(),
    "article_year": pl.Int16(),
    "stated": pl.Date(),
    "stated_end": pl.Date(),
    "ended_earliest": pl.Date(),
    "ended_latest": pl.Date(),
    "person": pl.String(),
    "role": pl.String(),
    "jurisdiction": pl.String(),
    "home_level": pl.String(),
    "local": pl.String(),
    "level": pl.String(),
    "acting": pl.Boolean(),
    "status": pl.String(),
    "reference": pl.Boolean(),
    "title": pl.String(),
    "evidence": pl.String(),
    "offset": pl.Int64(),
    "tier": pl.Int8(),
    "single": pl.Boolean(),
}
"""A mention as it leaves its file: everything but what depends on the rest of the corpus
(the issue's date and home)."""


@dataclass(frozen=True, slots=True)
class DocInfo:
    """What settling needs to know of one file besides its mentions (small: an archive holds
    a hundred thousand of them)."""

    doc: str
    masthead_date: dt.date | None
    issue_no: str | None
    sponsor: str | None
    filename_date: dt.date | None
    articles: int
    inferred_base: dt.date | None
    latest_article: dt.date | None  # against the masthead date, for the paper's usual lag
    warnings: tuple[str, ...]
    error: str | None
    source_date: dt.date | None = None  # what the issue's container says: a page, path or
    source_basis: str | None = None  # record date, and how it was found;
    source_home: str | None = None  # a home it names, and
    paper: str | None = None  # the paper's name


def compact(result: FileResult) -> tuple[DocInfo, list[tuple]]:
    """A file's result as a small record and mention rows in MENTION_SCHEMA order."""
    issue_date = result.masthead.date if result.masthead else None
    latest = None
    if issue_date is not None:
        dates = [d for a in result.articles if (d := dating.resolve_article_date(a, issue_date))]
        latest = max(dates, default=None)
    masthead = result.masthead
    info = DocInfo(
        result.doc,
        masthead.date if masthead else None,
        masthead.issue_no if masthead else None,
        sys.intern(masthead.sponsor) if masthead and masthead.sponsor else None,  # one per paper
        result.filename_date,
        len(result.articles),
        result.inferred_base,
        latest,
        result.warnings or (),
        result.error,
        result.source_date,
        result.source_basis,
        sys.intern(result.source_home) if result.source_home else None,
        sys.intern(result.paper) if result.paper else None,
    )
    rows = []
    for raw in result.mentions:
        m = raw.mention
        article = result.articles[raw.article]
        month, day = article.month_day or (None, None)
        window = dating.stated_window(*m.stated) if m.stated else None
        stated, stated_end = window or (None, None)
        ended = dating.stated_window(*m.until) if m.until else None
        ended_earliest, ended_latest = ended or (None, None)
        rows.append(
            (
                result.doc,
                month,
                day,
                article.year,
                stated,
                stated_end,
                ended_earliest,
                ended_latest,
                m.person,
                m.role,
                m.jurisdiction,
                m.home_level,
                m.local,
                m.level,
                m.acting,
                m.status,
                m.reference,
                raw.title,
                raw.evidence,
                raw.offset,
                m.tier,
                m.single,
            )
        )
    return info, rows
