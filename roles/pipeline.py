"""The extraction pipeline: files → dated issues and mentions → the issues and facts tables.

Each file is read on its own (`extract_file`, a pure function of the file and the settings), so
files are processed in parallel (`jobs`) and their results cached by file and lexicon version.
Mentions leave each file as compact rows; a worker turns a chunk of files into one polars frame,
and the frames spill to Parquet when the corpus is large, so memory stays flat however many
issues there are. Then the corpus is settled as a whole, in polars, one spilled piece at a time:
the paper's home for issues without a sponsor line, the usual gap between events and print, the
dates of issues that print none, and the links from references (徐市长) to the one holder they
can mean.
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import polars as pl

from roles import dating, reading
from roles.cache import Cache, RunCache
from roles.lexicons import Lexicons, Place
from roles.matching import SIGHTING_STATUSES, Matcher, Mention
from roles.names import release_dictionary
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
    "stated_end": pl.Date(),  # a dated fact's last possible day: 2018年2月 → 2018-02-28
    "ended_earliest": pl.Date(),  # a résumé line's end month (2013.02—2016.08): its first day
    "ended_latest": pl.Date(),  # … and its last
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
    jobs: int = 1  # worker processes; 0 = all cores
    cache: Path | None = None  # a cache folder; None = no cache


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


# --- reading many files ------------------------------------------------------------------------

CHUNK = 64  # files a worker handles at a time
SPILL_ROWS = 20_000  # mention rows kept in memory before they are written to Parquet
# Row groups of a few thousand rows: a streaming writer holds one group of long evidence strings
# in memory per thread (polars' default, 250k rows, is 80 MB of them).
ROW_GROUP = 10_000


def mention_frame(rows: list[tuple]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=MENTION_SCHEMA, orient="row")


@dataclass(frozen=True, slots=True)
class Extracted:
    """What a chunk of files gives: a record per file, and all their mention rows as one frame
    (built in the worker, so the parent process only concatenates)."""

    infos: list[DocInfo]
    counts: list[int]  # mention rows per file, in order
    frame: pl.DataFrame
    blobs: list[bytes] | None = None  # each file's result encoded for the cache, if one is used

    def per_file(self) -> Iterator[tuple[DocInfo, pl.DataFrame, bytes | None]]:
        offset = 0
        for i, (info, n) in enumerate(zip(self.infos, self.counts, strict=True)):
            yield info, self.frame.slice(offset, n), self.blobs[i] if self.blobs else None
            offset += n


def extract_chunk(
    chunk: Sequence[tuple[str, str]], matcher: Matcher, settings: Settings
) -> Extracted:
    """(path, doc name) pairs → their records and mention frame (and cache entries)."""
    infos, counts, rows = [], [], []
    for path, doc in chunk:
        info, file_rows = compact(extract_file(Path(path), doc, matcher, settings))
        infos.append(info)
        counts.append(len(file_rows))
        rows.extend(file_rows)
    out = Extracted(infos, counts, mention_frame(rows))
    if settings.cache is None:
        return out
    blobs = [Cache.encode((info, frame)) for info, frame, _ in out.per_file()]
    return replace(out, blobs=blobs)


class MentionStore:
    """Mention frames, in order, in memory for a small corpus and spilled to Parquet for a big
    one; each row gets `seq`, the order in which it was read."""

    def __init__(self) -> None:
        self._seq = 0
        self._held = 0
        self._frames: list[pl.DataFrame] = []
        self._parts: list[Path] = []
        self._settled = 0
        self._spill: tempfile.TemporaryDirectory[str] | None = None

    def add(self, frame: pl.DataFrame) -> None:
        if frame.is_empty():
            return
        self._frames.append(frame)
        self._held += frame.height
        if self._held >= SPILL_ROWS:
            self._write()

    def _take(self) -> pl.DataFrame:
        frame = pl.concat(self._frames, rechunk=True).with_row_index("seq", offset=self._seq)
        self._seq += frame.height
        self._frames, self._held = [], 0
        return frame

    def _write(self) -> None:
        if self._spill is None:
            self._spill = tempfile.TemporaryDirectory(prefix="roles-")
        path = Path(self._spill.name) / f"part-{len(self._parts):05d}.parquet"
        # Uncompressed, no statistics: the parts are read back once, in full, and the writer
        # then needs no more memory than the frame it writes.
        self._take().write_parquet(
            path, compression="uncompressed", statistics=False, row_group_size=ROW_GROUP
        )
        self._parts.append(path)

    def pieces(self) -> list[pl.LazyFrame]:
        """The rows in order, as pieces of at most about SPILL_ROWS rows each (at least one)."""
        pieces = [pl.scan_parquet(p) for p in self._parts]
        if self._frames or not pieces:
            pieces.append(self._take().lazy() if self._frames else _empty_mentions().lazy())
        return pieces

    def keep(self, frame: pl.DataFrame) -> pl.LazyFrame:
        """A settled piece: spilled beside the parts if the corpus spilled, else kept in memory."""
        if self._spill is None:
            return frame.lazy()
        path = Path(self._spill.name) / f"settled-{self._settled:05d}.parquet"
        self._settled += 1
        frame.write_parquet(
            path, compression="uncompressed", statistics=False, row_group_size=ROW_GROUP
        )
        return pl.scan_parquet(path)


def _empty_mentions() -> pl.DataFrame:
    return mention_frame([]).with_row_index("seq")


_WORKER: tuple[Matcher, Settings] | None = None


def _init_worker(lexicon_dirs: tuple[Path, ...], settings: Settings) -> None:
    global _WORKER
    from roles.lexicons import load_lexicons

    _WORKER = (Matcher(load_lexicons(lexicon_dirs)), settings)


def _work(chunk: list[tuple[str, str]]) -> Extracted:
    assert _WORKER is not None
    matcher, settings = _WORKER
    return extract_chunk(chunk, matcher, settings)


def _extract_all(
    files: list[tuple[str, str]],
    lex: Lexicons,
    settings: Settings,
    lexicon_dirs: tuple[Path, ...],
    progress: Progress | None,
    cache: Cache | None,
    keys: list[str | None],
) -> Iterator[tuple[DocInfo, pl.DataFrame]]:
    """Every file's record and mention frame, in the order of `files`, from the cache (`keys`
    are the files' cache keys) or the workers."""
    cached = cache.get_many([k for k in keys if k]) if cache else {}
    todo = [i for i, k in enumerate(keys) if k not in cached]
    jobs = settings.jobs or os.cpu_count() or 1
    fresh: dict[int, tuple[DocInfo, pl.DataFrame, bytes | None]] = {}
    done = len(files) - len(todo)

    def results() -> Iterator[tuple[int, tuple[DocInfo, pl.DataFrame, bytes | None]]]:
        chunks = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]
        if jobs > 1 and len(chunks) > 1:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(
                jobs, initializer=_init_worker, initargs=(lexicon_dirs, settings)
            ) as pool:
                outs = pool.map(_work, ([files[i] for i in c] for c in chunks))
                for chunk, out in zip(chunks, outs, strict=True):
                    yield from zip(chunk, out.per_file(), strict=True)
        else:
            matcher = Matcher(lex)
            for chunk in chunks:
                out = extract_chunk([files[i] for i in chunk], matcher, settings)
                yield from zip(chunk, out.per_file(), strict=True)
            release_dictionary()  # 30 MB the settling of a large corpus can use

    stream = results()
    for i, key in enumerate(keys):
        if key in cached:
            info, frame = cached[key]
            doc = files[i][1]
            if info.doc != doc:  # the same file under another name
                info = replace(info, doc=doc)
                frame = frame.with_columns(pl.lit(doc, pl.String).alias("doc"))
            item = (info, frame)
        else:
            while i not in fresh:
                j, out = next(stream)
                fresh[j] = out
                done += 1
                if cache is not None and keys[j] is not None and out[2] is not None:
                    cache.put(keys[j], out[2])
                if progress is not None:
                    progress(done, len(files))
            info, frame, _ = fresh.pop(i)
            item = (info, frame)
        yield item
    if cache is not None:
        cache.close()


def _cached_run(
    files: list[tuple[str, str]],
    keys: list[str | None],
    lex: Lexicons,
    settings: Settings,
    manifest: dict[str, dating.ManifestEntry],
) -> RunCache | None:
    """Where a run over exactly these files, settings and lexicons keeps its settled tables."""
    if settings.cache is None:
        return None
    manifest_rows = sorted((k, v.date, v.home, v.line) for k, v in manifest.items())
    key = RunCache.key(
        keys,
        [doc for _, doc in files],
        lex.fingerprint,
        settings.encoding,
        settings.home,
        manifest_rows,
        str(settings.manifest),
    )
    return RunCache(settings.cache, key) if key else None


# --- settling the corpus -------------------------------------------------------------------------


@dataclass
class Corpus:
    """The two tables of a run, plus what was said about it."""

    issues: pl.DataFrame
    lazy_facts: pl.LazyFrame  # FACT_SCHEMA + FACT_EXTRA_SCHEMA columns, by doc and offset
    warnings: list[str] = field(default_factory=list)  # file:line: problem, one per line
    lexicon_versions: dict[str, str] = field(default_factory=dict)
    store: MentionStore | None = None  # keeps spilled Parquet files alive as long as the corpus
    _facts: pl.DataFrame | None = None

    @property
    def facts(self) -> pl.DataFrame:
        if self._facts is None:
            self._facts = self.lazy_facts.collect(engine="streaming")
        return self._facts

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
    if masthead_date:
        return masthead_date, "masthead"
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
    homes = {sponsor: resolve_home(lex, sponsor) for sponsor in {d.sponsor for d in docs}}
    own_homes = {d.doc: homes[d.sponsor] for d in docs if d.sponsor}
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
        issue.home = (
            (resolve_home(lex, entry.home) if entry and entry.home else None)
            or user_home
            or own_homes.get(info.doc)
            or corpus_home
        )
        if issue.home is not None and info.doc not in own_homes and not settings.home:
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
    main = m.filter(stated & pl.col("jurisdiction").is_not_null())
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
                    f"{n} mention(s) of bare titles left out: the paper's home is unknown "
                    "(give --home)"
                )
            else:
                issue.warnings.append(
                    f"{n} mention(s) of bare titles left out: no such level at or above "
                    f"{issue.home.name}"
                )
        if n := missed.get(doc):
            issue.warnings.append(
                f"{n} reference(s) (徐市长, 王五书记) not linked: no single holder fits"
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
    combos: set[tuple] = set()  # (issue_date, article_month, article_day, article_year)
    for piece in pieces:
        part = with_docs(piece).select(*_PLACE_KEYS, *_DATE_KEYS).collect()
        places.update(part.select(_PLACE_KEYS).unique().iter_rows())
        dated = part.filter(pl.col("article_month").is_not_null())
        combos.update(dated.select(_DATE_KEYS).unique().iter_rows())
    homes = _home_table(places, lex)
    dates = _date_table(combos)
    codes = _code_table(places, homes, lex)
    settled = [
        store.keep(_with_lookups(with_docs(piece), homes, dates, codes).collect())
        for piece in pieces
    ]
    return pl.concat(settled)


_PLACE_KEYS = ["jurisdiction", "home_code", "home_level"]
_DATE_KEYS = ["issue_date", "article_month", "article_day", "article_year"]


def _home_table(places: set[tuple], lex: Lexicons) -> pl.DataFrame:
    """A bare title's jurisdiction: the home's, or its city's or province's (home_at_level)."""
    pairs = sorted({(code, level) for name, code, level in places if name == ""}, key=repr)
    return pl.DataFrame(
        [
            (code, level, home_at_level(lex, lex.places.get(code) if code else None, level or "-"))
            for code, level in pairs
        ],
        schema={"home_code": pl.String, "home_level": pl.String, "home_jurisdiction": pl.String},
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


def _code_table(places: set[tuple], homes: pl.DataFrame, lex: Lexicons) -> pl.DataFrame:
    """Each jurisdiction's GB/T 2260 code, as seen from the paper's home."""
    home_of = {(code, level): name for code, level, name in homes.iter_rows()}
    pairs = set()
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
    m: pl.LazyFrame, homes: pl.DataFrame, dates: pl.DataFrame, codes: pl.DataFrame
) -> pl.LazyFrame:
    def lookup(m: pl.LazyFrame, table: pl.DataFrame, on: list[str]) -> pl.LazyFrame:
        return m.join(table.lazy(), on=on, how="left", nulls_equal=True, maintain_order="left")

    m = (
        lookup(m, homes, ["home_code", "home_level"])
        .with_columns(
            jurisdiction=pl.when(pl.col("jurisdiction") == "")
            .then(pl.col("home_jurisdiction"))
            .otherwise(pl.col("jurisdiction"))
        )
        .drop("home_jurisdiction")
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
    rows, missed = [], Counter()
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
            missed[ref["doc"]] += 1
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
    return pl.DataFrame(rows, schema=schema), dict(missed)


def _any_between(dates: list[dt.date], earliest: dt.date, latest: dt.date) -> bool:
    i = bisect.bisect_left(dates, earliest)
    return i < len(dates) and dates[i] <= latest


# --- a whole run ---------------------------------------------------------------------------------

Progress = Callable[[int, int], None]


def scan(
    paths: Sequence[Path],
    lex: Lexicons,
    settings: Settings = Settings(),
    progress: Progress | None = None,
    lexicon_dirs: tuple[Path, ...] = (),
) -> Corpus:
    """Read every issue under `paths` and settle them into tables.

    `lexicon_dirs` are the user folders `lex` was loaded with (workers load them again).
    """
    manifest: dict[str, dating.ManifestEntry] = {}
    run_warnings: list[str] = []
    if settings.manifest is not None:
        manifest, problems = dating.read_manifest(settings.manifest)
        run_warnings.extend(problems)
    # Paths as strings: a hundred thousand Path objects would take 50 MB.
    files = sorted(
        (
            (str(path), doc_name(path, root if root.is_dir() else None))
            for root in paths
            for path in reading.find_issue_files([root])
        ),
        key=lambda f: (f[1], f[0]),
    )
    cache = Cache(settings.cache, lex.fingerprint, settings.encoding) if settings.cache else None
    keys = cache.keys([path for path, _ in files]) if cache else [None] * len(files)
    run = _cached_run(files, keys, lex, settings, manifest)
    if run is not None and run.exists():
        if cache is not None:
            cache.close()
        # An unchanged archive: the settled tables are loaded, no issue is read.
        return Corpus(
            pl.read_parquet(run.path / "issues.parquet"),
            pl.scan_parquet(run.path / "facts.parquet"),
            run.warnings(),
            dict(lex.versions),
        )
    docs: list[DocInfo] = []
    store = MentionStore()
    for info, frame in _extract_all(files, lex, settings, lexicon_dirs, progress, cache, keys):
        docs.append(info)
        store.add(frame)
    del files, keys  # 20 MB at 100k issues that settling can use
    seen = {Path(d.doc).name for d in docs} if manifest else set()
    for name, entry in sorted(manifest.items()):
        if name not in seen:
            run_warnings.append(
                f"{settings.manifest}:{entry.line}: no such file among the issues: {name}"
            )
    corpus = settle(docs, store, lex, settings, manifest, run_warnings)
    corpus.store = store
    if run is not None:

        def write(folder: Path) -> None:
            corpus.issues.write_parquet(folder / "issues.parquet")
            corpus.lazy_facts.sink_parquet(folder / "facts.parquet", row_group_size=ROW_GROUP)

        try:
            run.save(write, corpus.warnings)
            corpus.lazy_facts = pl.scan_parquet(run.path / "facts.parquet")
        except OSError:
            pass  # an unwritable cache costs the next run time, never this run its result
    return corpus
