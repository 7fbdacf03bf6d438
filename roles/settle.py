"""Settling the corpus: per-issue records and mention rows → the issues and facts tables.

In polars, one spilled piece at a time: each issue's date and home (its own sponsor line, a
record's or manifest's home, or the other issues'), the paper's usual gap between events and
print, the dates of issues that print none, bare titles' jurisdictions, and the links from
references (徐市长) to the one holder they can mean.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from roles import dating
from roles.extract import DocInfo
from roles.lexicons import Lexicons, Place
from roles.matching import SIGHTING_STATUSES
from roles.places import code_for, home_at_level, resolve_home
from roles.schemas import FACT_EXTRA_SCHEMA, FACT_SCHEMA, ISSUE_SCHEMA, Settings
from roles.workers import MentionStore

# --- settling the corpus -------------------------------------------------------------------------


@dataclass
class Corpus:
    """The two tables of a run, plus what was said about it."""

    issues: pl.DataFrame
    lazy_facts: pl.LazyFrame  # FACT_SCHEMA + FACT_EXTRA_SCHEMA columns, by doc and offset
    warnings: list[str] = field(default_factory=list)  # file:line: problem, one per line
    lexicon_versions: dict[str, str] = field(default_factory=dict)
    store: MentionStore | None = None  # keeps spilled Parquet files alive as long as the corpus
    _all_facts: pl.DataFrame | None = None
    _facts: pl.DataFrame | None = None

    @property
    def all_facts(self) -> pl.DataFrame:
        """Every fact read: a bare title whose place could not be told (no home known) has no
        jurisdiction."""
        if self._all_facts is None:
            self._all_facts = self.lazy_facts.collect(engine="streaming")
        return self._all_facts

    @property
    def facts(self) -> pl.DataFrame:
        """The facts whose post has a place: what tenures, careers and reports are built from."""
        if self._facts is None:
            facts = self.all_facts
            placed = pl.col("jurisdiction").is_not_null()
            self._facts = facts.filter(placed) if facts["jurisdiction"].null_count() else facts
        return self._facts

    @property
    def fact_table(self) -> pl.DataFrame:
        """Every fact read, with the export columns."""
        return self.all_facts.select(list(FACT_SCHEMA))

    @property
    def home(self) -> str | None:
        """The most common home jurisdiction of the issues (ties: the first by name)."""
        homes = self.issues.get_column("home").drop_nulls()
        if homes.is_empty():
            return None
        counts = homes.value_counts(sort=False).sort(["count", "home"], descending=[True, False])
        return counts.item(0, "home")


def _issue_date(
    info: DocInfo,
    manifest: dict[str, dating.ManifestEntry],
    lag: int,
    warnings: list[str],
) -> tuple[dt.date | None, str]:
    masthead_date = info.masthead_date
    entry = manifest.get(Path(info.doc).name)
    if entry is not None:
        if masthead_date and masthead_date != entry.date:
            warnings.append(
                f"manifest says {entry.date.isoformat()}, masthead {masthead_date.isoformat()}: "
                "the manifest wins"
            )
        return entry.date, "manifest"
    # A page's own date or a scraper's record date is the issue's: a date near the top of its
    # text may be an event's (公示时间：…). A date in a path ranks below a printed masthead.
    container = info.source_date if info.source_basis in ("page", "record") else None
    if container:
        if masthead_date and masthead_date != container:
            warnings.append(
                f"{info.source_basis} date {container.isoformat()} and a date at the top of "
                f"the text, {masthead_date.isoformat()}: the {info.source_basis}'s is used"
            )
        return container, info.source_basis  # type: ignore[return-value]
    if masthead_date:
        return masthead_date, "masthead"
    if info.source_date and info.source_basis:  # the date in its path
        return info.source_date, info.source_basis
    if info.filename_date:
        return info.filename_date, "filename"
    if info.inferred_base:
        return info.inferred_base + dt.timedelta(days=lag), "inferred"
    return None, ""


@dataclass(slots=True)
class _Issue:
    """One file while the corpus is settled."""

    info: DocInfo
    date: dt.date | None = None
    basis: str = ""
    home: Place | None = None
    warnings: list[str] = field(default_factory=list)


REFERENCE_SPAN = dt.timedelta(days=730)  # how far in time a 徐市长 may be from its full name


def _dated_issues(
    docs: Sequence[DocInfo],
    lex: Lexicons,
    settings: Settings,
    manifest: dict[str, dating.ManifestEntry],
    run_warnings: list[str],
) -> list[_Issue]:
    """Each file's date, how it was found, and its home jurisdiction."""
    named = {d.sponsor for d in docs} | {d.source_home for d in docs} | {d.paper for d in docs}
    homes = {text: resolve_home(lex, text) for text in named if text}
    # an issue's own home: its record's `home`, else its sponsor line, else its paper's name
    own_homes = {
        d.doc: place
        for d in docs
        if (
            place := (
                homes.get(d.source_home or "")
                or homes.get(d.sponsor or "")
                or homes.get(d.paper or "")
            )
        )
        is not None
    }
    user_home = resolve_home(lex, settings.home)
    if settings.home and user_home is None:
        run_warnings.append(f"--home {settings.home!r} is not a place in the gazetteer")
    counts = Counter(p.code for p in own_homes.values() if p is not None)
    corpus_home = lex.places[counts.most_common(1)[0][0]] if counts else None
    lag = dating.usual_lag(
        [(d.masthead_date, d.latest_article) for d in docs if d.masthead_date and d.latest_article]
    )
    issues = []
    for info in sorted(docs, key=lambda d: d.doc):
        issue = _Issue(info, warnings=list(info.warnings))
        issues.append(issue)
        if info.error:
            issue.warnings.append(f"skipped: {info.error}")
            continue
        issue.date, issue.basis = _issue_date(info, manifest, lag, issue.warnings)
        entry = manifest.get(Path(info.doc).name)
        listed = resolve_home(lex, entry.home) if entry and entry.home else None
        if entry and entry.home and listed is None:
            issue.warnings.append(f"manifest home {entry.home!r} is not a place in the gazetteer")
        issue.home = listed or user_home or own_homes.get(info.doc) or corpus_home
        if info.source_home and homes.get(info.source_home) is None:
            issue.warnings.append(f"home {info.source_home!r} is not a place in the gazetteer")
        if (
            issue.home is not None
            and listed is None
            and info.doc not in own_homes
            and not settings.home
        ):
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
    return issues


def settle(
    docs: Sequence[DocInfo],
    store: MentionStore,
    lex: Lexicons,
    settings: Settings,
    manifest: dict[str, dating.ManifestEntry] | None = None,
    run_warnings: Iterable[str] = (),
) -> Corpus:
    """Turn per-file records and mention rows into the issues and facts tables."""
    run_warnings = list(run_warnings)
    issues = _dated_issues(docs, lex, settings, manifest or {}, run_warnings)
    by_doc = {i.info.doc: i for i in issues}
    dated = [i for i in issues if i.date is not None]
    # Built by column: a hundred thousand row tuples would take more memory than the table.
    doc_table = pl.DataFrame(
        {
            "doc": [i.info.doc for i in dated],
            "issue_date": [i.date for i in dated],
            "basis": [i.basis for i in dated],
            "home_code": [i.home.code if i.home else None for i in dated],
        },
        schema={
            "doc": pl.String,
            "issue_date": pl.Date,
            "basis": pl.String,
            "home_code": pl.String,
        },
    )
    m = _settled_mentions(store, doc_table, lex)
    columns = [*FACT_SCHEMA, *FACT_EXTRA_SCHEMA]
    stated = ~pl.col("reference")
    # A bare title no place can be found for (县长甲 in a page of no known home) stays a fact
    # with no jurisdiction: what the copy says is kept, and the later stages, which need a
    # post's place, leave it out (Corpus.facts).
    main = m.filter(stated)
    unresolved = dict(
        m.filter(stated & pl.col("jurisdiction").is_null())
        .group_by("doc")
        .len()
        .collect(engine="streaming")
        .iter_rows()
    )
    references, missed = _resolve_references(
        m.filter(pl.col("reference")).collect(engine="streaming"), main, lex, by_doc
    )
    # Mentions were read in the order of the docs' names; a reference takes its mention's place.
    # Merging two sorted streams keeps that order without sorting the whole corpus.
    facts = (
        main.select("seq", *columns)
        .merge_sorted(references.select("seq", *columns).lazy(), key="seq")
        .drop("seq")
    )
    # Counted apart: a group-by over the merged stream would hold far more of it in memory.
    counts = Counter(dict(main.group_by("doc").len().collect(engine="streaming").iter_rows()))
    counts.update(references.get_column("doc").to_list())
    for issue in issues:
        doc = issue.info.doc
        if n := unresolved.get(doc):
            if issue.home is None:
                issue.warnings.append(
                    f"{n} mention(s) of bare titles with no jurisdiction: the paper's home is "
                    "unknown (give --home); kept in the facts, left out of tenures"
                )
            else:
                issue.warnings.append(
                    f"{n} mention(s) of bare titles with no jurisdiction: no such level at or "
                    f"above {issue.home.name}; kept in the facts, left out of tenures"
                )
        if refs := missed.get(doc):
            issue.warnings.append(
                f"reference(s) not linked, no single holder fits: {', '.join(refs)}"
            )
    table = pl.DataFrame(
        {
            "doc": [i.info.doc for i in issues],
            "issue_date": [i.date for i in issues],
            "issue_no": [i.info.issue_no for i in issues],
            "date_basis": [i.basis for i in issues],
            "home": [i.home.name if i.home is not None else None for i in issues],
            "articles": [i.info.articles for i in issues],
            "mentions": [counts.get(i.info.doc, 0) for i in issues],
            "warnings": ["; ".join(i.warnings) for i in issues],
        },
        schema=ISSUE_SCHEMA,
    )
    for issue in issues:
        run_warnings.extend(f"{issue.info.doc}: {w}" for w in issue.warnings)
    return Corpus(table, facts, run_warnings, dict(lex.versions))


def _settled_mentions(store: MentionStore, doc_table: pl.DataFrame, lex: Lexicons) -> pl.LazyFrame:
    """Mentions with their issue's date and home, bare titles' jurisdictions, dates and codes.

    Piece by piece, each some 20,000 rows in memory: a pass over what the lookup tables need,
    then the joins. Chained over the whole corpus in polars' streaming engine, the four
    order-keeping joins buffered up to 120 MB at 100k issues; piece by piece, that run peaks at
    279 MB in all.
    """
    pieces = store.pieces()
    docs = doc_table.lazy()

    def with_docs(piece: pl.LazyFrame) -> pl.LazyFrame:
        return piece.join(docs, on="doc", how="inner", maintain_order="left")

    places: set[tuple] = set()  # (jurisdiction, home_code, home_level); "" for a bare title
    local: set[tuple] = set()  # (place, home_code): bare titles' places named in their article
    combos: set[tuple] = set()  # (issue_date, article_month, article_day, article_year)
    for piece in pieces:
        part = with_docs(piece).select(*_PLACE_KEYS, "local", *_DATE_KEYS).collect()
        places.update(part.select(_PLACE_KEYS).unique().iter_rows())
        named = part.filter(pl.col("local").is_not_null())
        local.update(named.select("local", "home_code").unique().iter_rows())
        dated = part.filter(pl.col("article_month").is_not_null())
        combos.update(dated.select(_DATE_KEYS).unique().iter_rows())
    homes = _home_table(places, lex)
    dates = _date_table(combos)
    codes = _code_table(places, homes, lex, local)
    prefixed = _prefixed_roles(lex)
    settled = [
        store.keep(_with_lookups(with_docs(piece), homes, prefixed, dates, codes).collect())
        for piece in pieces
    ]
    return pl.concat(settled)


_PLACE_KEYS = ["jurisdiction", "home_code", "home_level"]
_DATE_KEYS = ["issue_date", "article_month", "article_day", "article_year"]


def _home_table(places: set[tuple], lex: Lexicons) -> pl.DataFrame:
    """A bare title's jurisdiction: the home's, or its city's or province's (home_at_level);
    for a title with no level of its own ('-'), also the home's level (`home_prefix`)."""
    pairs = sorted({(code, level) for name, code, level in places if name == ""}, key=repr)
    rows = []
    for code, level in pairs:
        home = lex.places.get(code) if code else None
        prefix = home.level if home is not None and level == "-" else None
        rows.append((code, level, home_at_level(lex, home, level or "-"), prefix))
    return pl.DataFrame(
        rows,
        schema={
            "home_code": pl.String,
            "home_level": pl.String,
            "home_jurisdiction": pl.String,
            "home_prefix": pl.String,
        },
        orient="row",
    )


def _prefixed_roles(lex: Lexicons) -> pl.DataFrame:
    """A level-less title's role as the home's own post: 政协副主席 in a 县 paper is the
    县政协副主席, 纪委书记 the 县纪委书记. Copy drops the level prefix of the paper's own
    organs; naming the post in full keeps one role per post, however it was written."""
    rows = []
    for title in sorted(lex.titles.values(), key=lambda t: t.surface):
        if title.level != "-" or title.blocker:
            continue
        for level in sorted({p.level for p in lex.places.values()}):
            full = lex.titles.get(level + title.role)
            if full is not None and full.level == level and not full.blocker:
                rows.append((title.role, level, full.role, full.tier, full.single))
    return pl.DataFrame(
        sorted(set(rows)),
        schema={
            "role": pl.String,
            "home_prefix": pl.String,
            "full_role": pl.String,
            "full_tier": pl.Int8,
            "full_single": pl.Boolean,
        },
        orient="row",
    )


def _date_table(combos: set[tuple]) -> pl.DataFrame:
    """An article's date from its dateline and its issue's date."""
    return pl.DataFrame(
        [
            (
                issue,
                month,
                day,
                year,
                dating.resolve_article_date(dating.Article(0, 0, (month, day), year), issue),
            )
            for issue, month, day, year in sorted(combos, key=repr)
        ],
        schema={
            "issue_date": pl.Date,
            "article_month": pl.Int8,
            "article_day": pl.Int8,
            "article_year": pl.Int16,
            "article_date": pl.Date,
        },
        orient="row",
    )


def _code_table(
    places: set[tuple], homes: pl.DataFrame, lex: Lexicons, local: set[tuple]
) -> pl.DataFrame:
    """Each jurisdiction's GB/T 2260 code, as seen from the paper's home."""
    home_of = {(code, level): name for code, level, name, _ in homes.iter_rows()}
    pairs = set(local)
    for name, code, level in places:
        resolved = name if name != "" else home_of.get((code, level))
        if resolved is not None:
            pairs.add((resolved, code))
    return pl.DataFrame(
        [
            (name, home, code_for(lex, name, lex.places.get(home) if home else None))
            for name, home in sorted(pairs, key=repr)
        ],
        schema={"jurisdiction": pl.String, "home_code": pl.String, "jurisdiction_code": pl.String},
        orient="row",
    )


def _with_lookups(
    m: pl.LazyFrame,
    homes: pl.DataFrame,
    prefixed: pl.DataFrame,
    dates: pl.DataFrame,
    codes: pl.DataFrame,
) -> pl.LazyFrame:
    def lookup(m: pl.LazyFrame, table: pl.DataFrame, on: list[str]) -> pl.LazyFrame:
        return m.join(table.lazy(), on=on, how="left", nulls_equal=True, maintain_order="left")

    bare = pl.col("jurisdiction") == ""
    full = bare & pl.col("full_role").is_not_null()
    # 县委书记 in a city's paper: the county its article names, where the home has no county;
    # in an issue of no known home, the place of the title's level its article names before it
    local = pl.col("local")
    m = (
        lookup(lookup(m, homes, ["home_code", "home_level"]), prefixed, ["role", "home_prefix"])
        .with_columns(
            jurisdiction=pl.when(bare)
            .then(pl.coalesce("home_jurisdiction", local))
            .otherwise(pl.col("jurisdiction")),
            role=pl.when(full).then(pl.col("full_role")).otherwise(pl.col("role")),
            level=pl.when(full).then(pl.col("home_prefix")).otherwise(pl.col("level")),
            tier=pl.when(full).then(pl.col("full_tier")).otherwise(pl.col("tier")),
            single=pl.when(full).then(pl.col("full_single")).otherwise(pl.col("single")),
        )
        .drop("home_jurisdiction", "home_prefix", "full_role", "full_tier", "full_single")
    )
    # `date` and `date_basis`: a career history's own date, the article's, or the issue's.
    stated = (pl.col("status") == "dated") & pl.col("stated").is_not_null()
    m = lookup(m, dates, _DATE_KEYS).with_columns(
        date=pl.when(stated)
        .then(pl.col("stated"))
        .otherwise(pl.coalesce("article_date", "issue_date")),
        date_basis=pl.when(stated)
        .then(pl.lit("stated"))
        .when(pl.col("article_date").is_not_null())
        .then(pl.lit("article"))
        .otherwise(pl.col("basis")),
    )
    return lookup(m, codes, ["jurisdiction", "home_code"])


def _resolve_references(
    refs: pl.DataFrame, main: pl.LazyFrame, lex: Lexicons, by_doc: dict[str, _Issue]
) -> tuple[pl.DataFrame, dict[str, int]]:
    """徐市长, 王五书记: linked to a full name and post only when one holder fits.

    The candidates are the facts of the whole run: the same post (any party secretary's post for
    a bare 书记) in the jurisdictions the paper's home answers for, held by someone of that name
    (or surname) within two years of the reference.
    """
    columns = [*FACT_SCHEMA, *FACT_EXTRA_SCHEMA]
    if refs.is_empty():
        return pl.DataFrame(schema={"seq": pl.UInt32, **FACT_SCHEMA, **FACT_EXTRA_SCHEMA}), {}
    wanted: list[tuple[set[str], dict]] = []
    for ref in refs.iter_rows(named=True):
        home = by_doc[ref["doc"]].home
        if ref["role"] == "书记":
            places = {p.name for p in lex.ancestors(home)} if home else set()
        else:
            places = {ref["jurisdiction"]} if ref["jurisdiction"] else set()
        if ref["jurisdiction"]:
            places = {ref["jurisdiction"]}
        wanted.append((places, ref))
    all_places = set().union(*(p for p, _ in wanted))
    known = (
        main.filter(
            pl.col("status").is_in(SIGHTING_STATUSES)
            & pl.col("jurisdiction").is_in(sorted(all_places))
        )
        .select("person", "role", "jurisdiction", "date", "single")
        .unique()
        .collect(engine="streaming")
        .rows(named=True)
    )
    # Each holder's sighting dates, under their place and first character (a full name's or a
    # surname's): scanning every known fact for every reference was quadratic, minutes for one
    # 40 MB issue full of 徐市长.
    holders: dict[tuple[str, str], dict[tuple[str, str, bool], list[dt.date]]] = {}
    for f in known:
        key = (f["person"], f["role"], f["single"])
        holders.setdefault((f["jurisdiction"], f["person"][:1]), {}).setdefault(key, []).append(
            f["date"]
        )
    for group in holders.values():
        for dates in group.values():
            dates.sort()
    titles = {t.role: t for t in lex.titles.values() if not t.blocker}
    rows: list[dict] = []
    missed: dict[str, list[str]] = {}
    for places, ref in wanted:
        earliest, latest = ref["date"] - REFERENCE_SPAN, ref["date"] + REFERENCE_SPAN
        fits = {
            (person, role, place)
            for place in places
            for (person, role, single), dates in holders.get((place, ref["person"][:1]), {}).items()
            if (
                role == ref["role"]
                or (ref["role"] == "书记" and role.endswith("委书记") and single)
            )
            and (person == ref["person"] or len(ref["person"]) == 1)
            and _any_between(dates, earliest, latest)
        }
        if len(fits) != 1:
            written = ref["person"] + ref["title"]
            if written not in (seen := missed.setdefault(ref["doc"], [])):
                seen.append(written)
            continue
        person, role, jurisdiction = fits.pop()
        title = titles.get(role)
        row = dict(ref)
        row.update(
            person=person,
            role=role,
            jurisdiction=jurisdiction,
            jurisdiction_code=code_for(lex, jurisdiction, by_doc[ref["doc"]].home),
            tier=title.tier if title else ref["tier"],
            single=title.single if title else ref["single"],
        )
        rows.append({k: row[k] for k in ("seq", *columns)})
    schema = {"seq": pl.UInt32, **FACT_SCHEMA, **FACT_EXTRA_SCHEMA}
    return pl.DataFrame(rows, schema=schema), missed


def _any_between(dates: list[dt.date], earliest: dt.date, latest: dt.date) -> bool:
    i = bisect.bisect_left(dates, earliest)
    return i < len(dates) and dates[i] <= latest
