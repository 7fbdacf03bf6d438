"""The extraction pipeline: files → dated issues and mentions → the issues and facts tables.

Each file is read on its own (`extract_file`, a pure function of the file and the settings,
so files can be processed in parallel and cached). Then the corpus is settled as a whole:
the paper's home for issues without a sponsor line, the usual gap between events and print,
and the dates of issues that print none.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from roles import dating, reading
from roles.lexicons import Lexicons, Place
from roles.matching import Matcher, Mention
from roles.places import code_for, home_at_level, resolve_home

FACT_SCHEMA: dict[str, pl.DataType] = {
    "doc": pl.String(),
    "issue_date": pl.Date(),
    "date": pl.Date(),
    "date_basis": pl.String(),
    "person": pl.String(),
    "role": pl.String(),
    "jurisdiction": pl.String(),
    "jurisdiction_code": pl.String(),
    "acting": pl.Boolean(),
    "status": pl.String(),
    "title": pl.String(),
    "evidence": pl.String(),
    "offset": pl.Int64(),
}
"""One row per mention of a person with a post. `date` is the article's own date where its
dateline gives one, else the issue's; `date_basis` says which (masthead / manifest / filename /
article / inferred, or stated: the date a career history gives, 2018年2月，他接任…).
`jurisdiction_code` is the GB/T 2260 code of the jurisdiction (null below the county level).
`status` is current, former (原区委书记, 曾任), designate (拟任, …候选人) or dated (a career
history with its own date). `title` is as written (repaired, in the original script); `offset`
is the character offset of the title in the decoded original file; `evidence` is the repaired
sentence that states the fact."""

FACT_EXTRA_SCHEMA: dict[str, pl.DataType] = {
    "tier": pl.Int8(),
    "single": pl.Boolean(),
    "level": pl.String(),
}
"""Columns kept beside the facts for later stages (tenures need `single`; eval needs `tier`)."""

ISSUE_SCHEMA: dict[str, pl.DataType] = {
    "doc": pl.String(),
    "issue_date": pl.Date(),
    "issue_no": pl.String(),
    "date_basis": pl.String(),
    "home": pl.String(),
    "articles": pl.Int64(),
    "mentions": pl.Int64(),
    "warnings": pl.String(),
}
"""One row per file read. A file that could not be read or dated has no `issue_date` and says
why in `warnings` (messages joined by '; ')."""


@dataclass(frozen=True)
class Settings:
    encoding: str | None = None
    home: str | None = None  # --home: the paper's home for issues without a sponsor line
    manifest: Path | None = None


@dataclass(frozen=True)
class RawMention:
    mention: Mention
    article: int
    evidence: str
    offset: int
    title: str  # as written, in the original script


@dataclass(frozen=True)
class FileResult:
    """What one file yields before the corpus is settled."""

    doc: str
    masthead: dating.Masthead | None = None
    filename_date: dt.date | None = None
    articles: tuple[dating.Article, ...] = ()
    inferred_base: dt.date | None = None  # latest article date in the inferred year
    mentions: tuple[RawMention, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None  # the file was skipped


def doc_name(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.name


def extract_text(doc: str, text: str, matcher: Matcher, warnings: Sequence[str] = ()) -> FileResult:
    """Everything one issue's text says, before corpus-level settling."""
    original = reading.normalise_width(text)
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
    for m in matcher.mentions(body, starts):
        article = bisect.bisect_right(starts, m.start) - 1
        raw.append(
            RawMention(
                mention=m,
                article=article,
                evidence=reading.sentence_at(written, m.name_start),
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


def extract_file(path: Path, doc: str, matcher: Matcher, settings: Settings) -> FileResult:
    """Read, decode and match one file; any problem becomes the result's `error`, never a raise."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return FileResult(doc, error=f"cannot read ({exc.strerror or exc})")
    if not data.strip():
        return FileResult(doc, error="empty file")
    try:
        decoded = reading.decode(data, settings.encoding)
    except reading.ReadError as exc:
        return FileResult(doc, error=str(exc))
    warnings = (decoded.warning,) if decoded.warning else ()
    return extract_text(doc, decoded.text, matcher, warnings)


# --- settling the corpus -------------------------------------------------------------------------


@dataclass
class Corpus:
    """The two tables of a run, plus what was said about it."""

    issues: pl.DataFrame
    facts: pl.DataFrame  # FACT_SCHEMA + FACT_EXTRA_SCHEMA columns
    warnings: list[str] = field(default_factory=list)  # file:line: problem, one per line
    lexicon_versions: dict[str, str] = field(default_factory=dict)

    @property
    def fact_table(self) -> pl.DataFrame:
        return self.facts.select(list(FACT_SCHEMA))

    @property
    def home(self) -> str | None:
        """The most common home jurisdiction of the issues (ties: the first by name)."""
        homes = self.issues.get_column("home").drop_nulls()
        if homes.is_empty():
            return None
        counts = homes.value_counts(sort=False).sort(["count", "home"], descending=[True, False])
        return counts.item(0, "home")


def _issue_date(
    result: FileResult,
    manifest: dict[str, dating.ManifestEntry],
    lag: int,
    warnings: list[str],
) -> tuple[dt.date | None, str]:
    masthead_date = result.masthead.date if result.masthead else None
    entry = manifest.get(Path(result.doc).name)
    if entry is not None:
        if masthead_date and masthead_date != entry.date:
            warnings.append(
                f"manifest says {entry.date.isoformat()}, masthead {masthead_date.isoformat()}; "
                "the manifest wins"
            )
        return entry.date, "manifest"
    if masthead_date:
        return masthead_date, "masthead"
    if result.filename_date:
        return result.filename_date, "filename"
    if result.inferred_base:
        return result.inferred_base + dt.timedelta(days=lag), "inferred"
    return None, ""


@dataclass
class _Issue:
    """One file while the corpus is settled."""

    result: FileResult
    date: dt.date | None = None
    basis: str = ""
    home: Place | None = None
    warnings: list[str] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    references: list[tuple[RawMention, dt.date]] = field(default_factory=list)


REFERENCE_SPAN = dt.timedelta(days=730)  # how far in time a 徐市长 may be from its full name


def settle(
    results: Sequence[FileResult],
    lex: Lexicons,
    settings: Settings,
    manifest: dict[str, dating.ManifestEntry] | None = None,
    run_warnings: Iterable[str] = (),
) -> Corpus:
    """Turn per-file results into the issues and facts tables."""
    manifest = manifest or {}
    run_warnings = list(run_warnings)
    own_homes = {
        r.doc: resolve_home(lex, r.masthead.sponsor)
        for r in results
        if r.masthead is not None and r.masthead.sponsor
    }
    user_home = resolve_home(lex, settings.home)
    if settings.home and user_home is None:
        run_warnings.append(f"--home {settings.home!r} is not a place in the gazetteer")
    counts = Counter(p.code for p in own_homes.values() if p is not None)
    corpus_home = lex.places[counts.most_common(1)[0][0]] if counts else None
    lag = dating.usual_lag(
        [
            (r.masthead.date, latest)
            for r in results
            if r.masthead is not None
            and r.masthead.date is not None
            and (latest := _latest_article_date(r, r.masthead.date)) is not None
        ]
    )
    issues = [_Issue(r, warnings=list(r.warnings)) for r in sorted(results, key=lambda r: r.doc)]
    for issue in issues:
        r = issue.result
        if r.error:
            issue.warnings.append(f"skipped: {r.error}")
            continue
        issue.date, issue.basis = _issue_date(r, manifest, lag, issue.warnings)
        entry = manifest.get(Path(r.doc).name)
        issue.home = (
            (resolve_home(lex, entry.home) if entry and entry.home else None)
            or user_home
            or own_homes.get(r.doc)
            or corpus_home
        )
        if issue.home is not None and r.doc not in own_homes and not settings.home:
            issue.warnings.append(
                f"no sponsor line: home taken as {issue.home.name} from the other issues"
            )
        if issue.basis == "inferred":
            issue.warnings.append(
                f"no printed date: {issue.date.isoformat()} inferred from article dates and years"
            )
        if issue.date is None:
            issue.warnings.append(
                "skipped: no usable date (no masthead, manifest row, date in the file name, "
                "or datable articles)"
            )
            continue
        _issue_facts(issue, lex)
    _resolve_references(issues, lex)
    issue_rows = [_issue_row(i) for i in issues]
    fact_rows = [f for i in issues for f in i.facts]
    issue_table = pl.DataFrame(issue_rows, schema=ISSUE_SCHEMA, orient="row")
    facts = pl.DataFrame(fact_rows, schema={**FACT_SCHEMA, **FACT_EXTRA_SCHEMA})
    for row in issue_table.iter_rows(named=True):
        run_warnings.extend(f"{row['doc']}: {w}" for w in row["warnings"].split("; ") if w)
    return Corpus(issue_table, facts, run_warnings, dict(lex.versions))


def _fact(issue: _Issue, raw: RawMention, jurisdiction: str, lex: Lexicons, **over: Any) -> dict:
    m = raw.mention
    r = issue.result
    assert issue.date is not None
    article_date = dating.resolve_article_date(r.articles[raw.article], issue.date)
    date, basis = (article_date, "article") if article_date else (issue.date, issue.basis)
    if m.status == "dated" and m.stated and (stated := dating.make_date(*m.stated)):
        date, basis = stated, "stated"
    row = {
        "doc": r.doc,
        "issue_date": issue.date,
        "date": date,
        "date_basis": basis,
        "person": m.person,
        "role": m.role,
        "jurisdiction": jurisdiction,
        "jurisdiction_code": code_for(lex, jurisdiction, issue.home),
        "acting": m.acting,
        "status": m.status,
        "title": raw.title,
        "evidence": raw.evidence,
        "offset": raw.offset,
        "tier": m.tier,
        "single": m.single,
        "level": m.level,
    }
    row.update(over)
    return row


def _issue_facts(issue: _Issue, lex: Lexicons) -> None:
    unresolved = 0
    for raw in issue.result.mentions:
        m = raw.mention
        jurisdiction = m.jurisdiction or home_at_level(lex, issue.home, m.home_level or "-")
        if m.reference:
            issue.references.append((raw, _fact(issue, raw, jurisdiction or "", lex)["date"]))
        elif not jurisdiction:
            unresolved += 1
        else:
            issue.facts.append(_fact(issue, raw, jurisdiction, lex))
    if unresolved and issue.home is None:
        issue.warnings.append(
            f"{unresolved} mention(s) of bare titles left out: the paper's home is unknown "
            "(give --home)"
        )
    elif unresolved:
        issue.warnings.append(
            f"{unresolved} mention(s) of bare titles left out: no such level at or above "
            f"{issue.home.name}"
        )


def _resolve_references(issues: list[_Issue], lex: Lexicons) -> None:
    """徐市长, 王五书记: linked to a full name and post only when one holder fits.

    The candidates are the facts of the whole run: the same post (any party secretary's post for
    a bare 书记) in the jurisdictions the paper's home answers for, held by someone of that name
    (or surname) within two years of the reference.
    """
    known = [f for i in issues for f in i.facts if f["status"] in ("current", "dated")]
    titles = {t.role: t for t in lex.titles.values() if not t.blocker}
    for issue in issues:
        missed = 0
        for raw, date in issue.references:
            m = raw.mention
            if m.role == "书记":
                places = {p.name for p in lex.ancestors(issue.home)} if issue.home else set()
                if m.jurisdiction:
                    places = {m.jurisdiction}
            else:
                places = {m.jurisdiction or home_at_level(lex, issue.home, m.home_level or "-")}
            fits = {
                (f["person"], f["role"], f["jurisdiction"])
                for f in known
                if f["jurisdiction"] in places
                and (
                    f["role"] == m.role
                    or (m.role == "书记" and f["role"].endswith("委书记") and f["single"])
                )
                and (f["person"] == m.person or (len(m.person) == 1 and f["person"][0] == m.person))
                and abs(f["date"] - date) <= REFERENCE_SPAN
            }
            if len(fits) != 1:
                missed += 1
                continue
            person, role, jurisdiction = fits.pop()
            title = titles.get(role)
            issue.facts.append(
                _fact(
                    issue,
                    raw,
                    jurisdiction,
                    lex,
                    person=person,
                    role=role,
                    tier=title.tier if title else m.tier,
                    single=title.single if title else m.single,
                )
            )
        if missed:
            issue.warnings.append(
                f"{missed} reference(s) (徐市长, 王五书记) not linked: no single holder fits"
            )
        issue.facts.sort(key=lambda f: f["offset"])  # stable: names keep their written order


def _latest_article_date(r: FileResult, issue_date: dt.date) -> dt.date | None:
    dates = [d for a in r.articles if (d := dating.resolve_article_date(a, issue_date))]
    return max(dates, default=None)


def _issue_row(issue: _Issue) -> tuple:
    r = issue.result
    return (
        r.doc,
        issue.date,
        r.masthead.issue_no if r.masthead else None,
        issue.basis,
        issue.home.name if issue.home is not None else None,
        len(r.articles),
        len(issue.facts),
        "; ".join(issue.warnings),
    )


# --- a whole run ---------------------------------------------------------------------------------

Progress = Callable[[int, int], None]


def scan(
    paths: Sequence[Path],
    lex: Lexicons,
    settings: Settings = Settings(),
    progress: Progress | None = None,
) -> Corpus:
    """Read every issue under `paths` and settle them into tables."""
    manifest: dict[str, dating.ManifestEntry] = {}
    run_warnings: list[str] = []
    if settings.manifest is not None:
        manifest, problems = dating.read_manifest(settings.manifest)
        run_warnings.extend(problems)
    matcher = Matcher(lex)
    files = [(path, root) for root in paths for path in reading.find_issue_files([root])]
    results = []
    for i, (path, root) in enumerate(files):
        doc = doc_name(path, root if root.is_dir() else None)
        results.append(extract_file(path, doc, matcher, settings))
        if progress is not None:
            progress(i + 1, len(files))
    seen = {Path(r.doc).name for r in results}
    for name, entry in sorted(manifest.items()):
        if name not in seen:
            run_warnings.append(
                f"{settings.manifest}:{entry.line}: no such file among the issues: {name}"
            )
    return settle(results, lex, settings, manifest, run_warnings)
