"""The `roles` command line: thin glue between click and the library.

Exit codes: 0 the run completed (with or without warnings); 1 `--strict` and there were
warnings, or `eval --min-*` thresholds were missed; 2 a usage or set-up error (bad option,
missing path, unreadable manifest or lexicon). User errors are one line on stderr, never a
traceback (`--debug` shows one).
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from roles import FORMATS, __version__

EXIT_OK, EXIT_WARNINGS, EXIT_USAGE = 0, 1, 2

# polars allocates through its own jemalloc, which by default keeps freed pages for ten seconds:
# between the short queries that settle 100k issues it kept about 100 MB that no query used.
# Returning pages at once makes settling slower (10k issues: 1.1 s instead of 0.7 s, 2 % of the
# run). jemalloc reads this when polars is first imported, which is after this line; a value
# the user set is kept.
os.environ.setdefault("_RJEM_MALLOC_CONF", "dirty_decay_ms:0,muzzy_decay_ms:0")


class RunError(click.ClickException):
    """A one-line error that ends the run with exit code 2."""

    exit_code = EXIT_USAGE

    def show(self, file: Any = None) -> None:
        click.echo(f"roles: error: {self.format_message()}", err=True)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _stdout_console():
    """Rich on a terminal; plain text, wide enough not to cut columns, when piped."""
    import os

    from rich.console import Console

    if sys.stdout.isatty():
        console = Console(highlight=False)
    else:
        width = int(os.environ.get("COLUMNS", "0") or 0) or 200
        console = Console(highlight=False, color_system=None, width=width, soft_wrap=False)

    def on_broken_pipe() -> None:  # rich would exit with 1; a closed pipe is not an error
        raise BrokenPipeError

    console.on_broken_pipe = on_broken_pipe  # type: ignore[method-assign]
    return console


# --- shared options ------------------------------------------------------------------------------


def corpus_options(func: Callable) -> Callable:
    """Options every command that reads issues takes."""

    @click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
    @click.option("--encoding", help="Force the encoding of every file (default: detect).")
    @click.option(
        "--manifest",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="CSV/TSV with columns file,date[,home] for issues without a masthead.",
    )
    @click.option("--home", help="Home jurisdiction for papers without a sponsor line (衢江区).")
    @click.option(
        "--lexicons",
        "lexicon_dirs",
        multiple=True,
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        help="A folder of extra lexicon TSV files that extend the bundled ones (repeatable).",
    )
    @click.option("--strict", is_flag=True, help="Exit with 1 when there were warnings.")
    @click.option(
        "--jobs",
        type=click.IntRange(0),
        default=0,
        help="Worker processes (default 0: all cores).",
    )
    @click.option("--no-cache", is_flag=True, help="Read every file again; do not use the cache.")
    @click.option(
        "--glob", help="Only files below the folders that match this pattern (*.jsonl.gz)."
    )
    @click.option("--verbose", "-v", is_flag=True, help="Print every warning (default: a summary).")
    @functools.wraps(func)
    def wrapper(**kwargs: Any) -> Any:
        return func(**kwargs)

    return wrapper


def output_options(func: Callable) -> Callable:
    @click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        help="Output format [default: from -o FILE's suffix (.csv, .json, .parquet), else table]",
    )
    @click.option(
        "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE."
    )
    @functools.wraps(func)
    def wrapper(**kwargs: Any) -> Any:
        if kwargs["fmt"] is None:
            suffix = kwargs["output"].suffix.lower().lstrip(".") if kwargs["output"] else ""
            kwargs["fmt"] = suffix if suffix in FORMATS and suffix != "table" else "table"
        # Checked before a possibly long scan, not after it.
        if kwargs["fmt"] == "parquet" and kwargs["output"] is None:
            raise click.UsageError("--format parquet needs -o FILE")
        if kwargs["output"] is not None:
            check_writable(kwargs["output"])
        return func(**kwargs)

    return wrapper


def check_writable(target: Path) -> None:
    """Fail early, in one line, when an output file could not be created."""
    import os

    folder = target.parent.absolute()
    while not folder.exists():
        folder = folder.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise RunError(f"{target}: cannot write (no writable folder {folder})")


def run_corpus(**kwargs: Any):
    """(corpus, lexicons) of a run, for the commands that need only the tables."""
    run = run_api(**kwargs)
    return run.corpus, run.lex


def run_api(
    paths: tuple[Path, ...],
    encoding: str | None,
    manifest: Path | None,
    home: str | None,
    lexicon_dirs: tuple[Path, ...],
    jobs: int = 0,
    no_cache: bool = False,
    glob: str | None = None,
    verbose: bool = False,
    **_: Any,
):
    """Read the issues (the bundled seeds when no path is given) with the Python API; a summary
    of the warnings goes to stderr (every one with --verbose)."""
    import codecs

    from roles.api import read
    from roles.dating import ManifestError
    from roles.lexicons import LexiconError

    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise click.BadParameter(
                f"unknown encoding {encoding!r}", param_hint="--encoding"
            ) from None
    try:
        with _progress() as progress:
            run = read(
                paths,
                home=home,
                manifest=manifest,
                lexicons=lexicon_dirs,
                jobs=jobs,
                cache=not no_cache,
                encoding=encoding,
                glob=glob,
                progress=progress,
            )
    except ManifestError as exc:
        raise RunError(str(exc)) from None
    except LexiconError as exc:
        raise RunError(str(exc)) from None
    report_warnings(run, verbose)
    return run


WARNINGS_IN_FULL = 3  # up to this many, warnings are printed whole; beyond, summarised


def report_warnings(run, verbose: bool) -> None:
    err = _stderr_console()
    warnings = run.warnings
    if verbose or len(warnings) <= WARNINGS_IN_FULL:
        for line in warnings:
            err.print(f"[yellow]warning:[/] {line}", markup=True, soft_wrap=True)
        return
    lines = run.warning_summary()
    err.print(f"[yellow]{len(warnings):,} warnings:[/]", markup=True, soft_wrap=True)
    for line in lines:
        err.print(f"  {line}", markup=False, soft_wrap=True)
    err.print("  details: roles issues (per file), or -v", markup=False, soft_wrap=True)


class _progress:
    """A progress bar on stderr for long scans, only when stderr is a terminal."""

    def __enter__(self) -> Callable[[int, int], None] | None:
        if not sys.stderr.isatty():
            self._bar = None
            return None
        from rich.progress import Progress

        self._bar = Progress(console=_stderr_console(), transient=True)
        self._bar.start()
        self._task = self._bar.add_task("reading issues", total=None)
        return self._update

    def _update(self, done: int, total: int) -> None:
        assert self._bar is not None
        self._bar.update(self._task, completed=done, total=total)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


def emit(df, fmt: str, output: Path | None, title: str, view: list[str] | None = None) -> None:
    from roles.render import OutputError, print_frame, write_frame

    if output is not None:
        try:
            rows = write_frame(df, fmt, output, title)
        except OutputError as exc:
            raise RunError(str(exc)) from None
        click.echo(f"wrote {rows} rows to {output}", err=True)
    else:
        print_frame(
            _stdout_console(), df if not hasattr(df, "collect") else df.collect(), fmt, title, view
        )


def finish(corpus, strict: bool) -> None:
    if strict and corpus.warnings:
        click.echo(f"roles: {len(corpus.warnings)} warning(s) and --strict: exit 1", err=True)
        sys.exit(EXIT_WARNINGS)


# --- commands ------------------------------------------------------------------------------------


class RolesGroup(click.Group):
    """Turns every user error into one line on stderr and a meaningful exit code."""

    def main(self, args: Any = None, prog_name: str | None = None, **extra: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        extra.pop("standalone_mode", None)
        try:
            code = super().main(argv, prog_name or "roles", standalone_mode=False, **extra)
        except click.exceptions.Exit as exc:
            code = exc.exit_code
        except click.UsageError as exc:
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
            click.echo(f"roles: error: {exc.format_message()}{hint}", err=True)
            code = EXIT_USAGE
        except click.ClickException as exc:
            exc.show()
            code = exc.exit_code
        except click.exceptions.Abort:
            click.echo("roles: aborted", err=True)
            code = 130
        except BrokenPipeError:
            # `roles facts | head`: the reader has gone; say nothing more, and do not let
            # Python's final flush of stdout fail again
            import os

            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            code = EXIT_OK
        except Exception as exc:  # a bug, not a user error: one line unless --debug
            if "--debug" in argv:
                raise
            click.echo(
                f"roles: internal error: {type(exc).__name__}: {exc} (rerun with --debug)", err=True
            )
            code = 70
        sys.exit(code if isinstance(code, int) else EXIT_OK)


def _print_version(ctx: click.Context) -> None:
    from roles.compiled import core_status

    click.echo(f"roles, version {__version__} (core: {core_status()})")
    ctx.exit()


@click.group(cls=RolesGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _, value: _print_version(ctx) if value else None,
    help="Show the version, and whether the matching core runs compiled, and exit.",
)
@click.option("--debug", is_flag=True, help="Show a traceback for unexpected errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Who held which post when, from dated issues of a local party newspaper.

    Every command reads the issues given as PATHS (files, or folders searched for .txt and .md),
    or the bundled sample issues when none are given.
    """
    ctx.obj = {"debug": debug}


@cli.command()
@corpus_options
@output_options
def facts(fmt: str, output: Path | None, strict: bool, **kwargs: Any) -> None:
    """One row per mention of a person with a post, with its evidence."""
    from roles.pipeline import FACT_SCHEMA

    corpus, _ = run_corpus(**kwargs)
    view = ["date", "person", "role", "jurisdiction", "acting", "doc", "evidence"]
    # streamed to a file, so an archive's facts never sit in memory whole
    emit(corpus.lazy_facts.select(list(FACT_SCHEMA)), fmt, output, "facts", view)
    finish(corpus, strict)


@cli.command()
@corpus_options
@output_options
def issues(fmt: str, output: Path | None, strict: bool, **kwargs: Any) -> None:
    """One row per file: its date and how it was found, home, counts and warnings."""
    corpus, _ = run_corpus(**kwargs)
    emit(corpus.issues, fmt, output, "issues")
    finish(corpus, strict)


def post_filters(func: Callable) -> Callable:
    """--jurisdiction and --role, for the commands that list posts or their changes."""

    @click.option("--jurisdiction", "-j", help="Only this jurisdiction (衢江区).")
    @click.option("--role", "-r", help="Only this post (区委书记).")
    @functools.wraps(func)
    def wrapper(**kwargs: Any) -> Any:
        return func(**kwargs)

    return wrapper


def _filter_posts(df, jurisdiction: str | None, role: str | None):
    import polars as pl

    if jurisdiction:
        df = df.filter(pl.col("jurisdiction") == jurisdiction)
    if role:
        df = df.filter(pl.col("role") == role)
    return df


@cli.command()
@corpus_options
@output_options
@post_filters
def timeline(
    fmt: str,
    output: Path | None,
    strict: bool,
    jurisdiction: str | None,
    role: str | None,
    **kwargs: Any,
) -> None:
    """Tenures: who was seen in which post, from when to when, with start and end windows."""

    run = run_api(**kwargs)
    corpus = run.corpus
    table = _filter_posts(run.timeline(), jurisdiction, role)
    view = ["jurisdiction", "role", "person", "acting", "first_seen", "last_seen", "sightings"]
    view += ["start_earliest", "end_latest"]
    if fmt == "table" and output is None:  # the shape of the tenures, across the corpus's years
        from roles.render import tenure_bars

        dated = corpus.issues.get_column("issue_date").drop_nulls()
        span = (dated.min(), dated.max()) if not dated.is_empty() else None
        table = table.with_columns(tenure_bars(table, span))
        first, last = span or (None, None)
        view = ["years", *view[:3], "first_seen", "last_seen", "sightings"]
        emit(table, fmt, output, f"tenures ({first} … {last})", view)
    else:
        emit(table, fmt, output, "tenures", view)
    finish(corpus, strict)


@cli.command()
@corpus_options
@output_options
@post_filters
def changes(
    fmt: str,
    output: Path | None,
    strict: bool,
    jurisdiction: str | None,
    role: str | None,
    **kwargs: Any,
) -> None:
    """Successions, acting posts confirmed, career moves and conflicts, with their windows."""
    import polars as pl

    from roles.render import chain_lines
    from roles.timeline import CHANGE_SCHEMA, chains

    run = run_api(**kwargs)
    corpus, tenure, table = run.corpus, run.timeline(), run.changes()
    if jurisdiction:
        table = table.filter(pl.col("jurisdiction").str.contains(jurisdiction, literal=True))
    if role:
        table = table.filter(pl.col("role").str.contains(role, literal=True))
    if fmt == "table" and output is None:
        for line in chain_lines(chains(_filter_posts(tenure, jurisdiction, role), table)):
            click.echo(line)
        click.echo()
        others = table.filter(pl.col("kind") != "succession")
        view = ["kind", "jurisdiction", "role", "from", "to", "after", "before"]
        if others.get_column("detail").drop_nulls().len():  # moves between units
            view.append("detail")
        emit(others, fmt, None, "acting, career moves and conflicts", view)
    else:
        emit(table.select(list(CHANGE_SCHEMA)), fmt, output, "changes")
    finish(corpus, strict)


CAREER_VIEW = ["person_id", "step", "jurisdiction", "role", "first_seen", "last_seen", "basis"]


@cli.command()
@corpus_options
@output_options
@click.option("--person", "-p", "name", help="Only people of this name (张伟).")
@click.option(
    "--jurisdiction", "-j", help="Only people who held a post here (whole careers are shown)."
)
def careers(
    name: str | None,
    jurisdiction: str | None,
    fmt: str,
    output: Path | None,
    strict: bool,
    **kwargs: Any,
) -> None:
    """One row per post per person, in career order: namesakes told apart (张伟#1, 张伟#2),
    posts from sightings, dated histories (2018年2月任…) and former posts (原…, 曾任…)."""
    import polars as pl

    run = run_api(**kwargs)
    corpus, table = run.corpus, run.careers()
    if name:
        table = table.filter(pl.col("person") == name)
    if jurisdiction:
        held = table.filter(pl.col("jurisdiction") == jurisdiction).get_column("person_id")
        table = table.filter(pl.col("person_id").is_in(held.unique().to_list()))
    emit(table, fmt, output, "careers", CAREER_VIEW)
    finish(corpus, strict)


@cli.command()
@click.argument("name")
@corpus_options
@output_options
def person(name: str, fmt: str, output: Path | None, strict: bool, **kwargs: Any) -> None:
    """The careers of everyone called NAME, one line per post, namesakes apart, with why the
    posts were joined into one person or kept apart."""
    import polars as pl

    run = run_api(**kwargs)
    corpus, found = run.corpus, run.career_data().of(name)
    if found.table.is_empty():
        click.echo(f"roles: no post found for {name}", err=True)
    if fmt != "table" or output is not None:
        emit(found.table, fmt, output, name)
        finish(corpus, strict)
        return
    view = ["step", "jurisdiction", "role", "first_seen", "last_seen", "basis", "evidence", "doc"]
    for (pid,), posts in found.table.group_by(["person_id"], maintain_order=True):
        emit(posts, fmt, None, str(pid), view)
        notes = found.identity.filter(
            (pl.col("person_id") == pid) & (pl.col("decision") != "first")
        )
        for note in notes.iter_rows(named=True):
            post = f"{note['jurisdiction']} {note['role']} ({note['basis']})"
            click.echo(f"  {note['decision']} {post}: {note['reason']}")
        if not found.moves.filter(pl.col("from") == pid).is_empty():
            for move in found.moves.filter(pl.col("from") == pid).iter_rows(named=True):
                click.echo(
                    f"  move {move['jurisdiction']} {move['role']} ({move['detail']}): "
                    f"after {move['after'] or '?'}, by {move['before']}"
                )
        click.echo()
    finish(corpus, strict)


@cli.command()
@click.argument("role")
@corpus_options
@output_options
@click.option("--jurisdiction", "-j", help="Default: the papers' home jurisdiction.")
@click.option("--on", "on", required=True, help="The date (YYYY-MM-DD, 2021年3月1日, ...).")
def who(
    role: str,
    jurisdiction: str | None,
    on: str,
    fmt: str,
    output: Path | None,
    strict: bool,
    **kwargs: Any,
) -> None:
    """Who held ROLE on a date: the holder, the window between two holders, or unknown."""
    import polars as pl

    from roles.dating import DateError, parse_user_date
    from roles.timeline import TENURE_SCHEMA
    from roles.timeline import who as answer

    try:
        day = parse_user_date(on)
    except DateError as exc:
        raise click.BadParameter(str(exc), param_hint="--on") from None
    run = run_api(**kwargs)
    corpus = run.corpus
    place = jurisdiction or corpus.home
    if place is None:
        raise RunError("no home jurisdiction is known: give --jurisdiction")
    result = answer(run.timeline(), role, place, day)
    if fmt != "table" or output is not None:
        rows = pl.DataFrame(list(result.holders), schema=TENURE_SCHEMA)
        rows = rows.select(
            pl.lit(day).alias("on"),
            pl.lit(result.status).alias("status"),
            pl.lit(result.text).alias("answer"),
            pl.all(),
        )
        emit(rows, fmt, output, f"{place} {role} on {day.isoformat()}")
    else:
        click.echo(f"{place} {role} on {day.isoformat()}: {result.text}")
        for row in result.holders:
            for when in ("first", "last"):
                if when == "last" and row["last_seen"] == row["first_seen"]:
                    continue
                click.echo(
                    f"  {row['person']}: {row[when + '_evidence']} "
                    f"({row[when + '_doc']}, {row[when + '_seen']})"
                )
    finish(corpus, strict)


def _corpus_name(paths: tuple[Path, ...]) -> str:
    if not paths:
        return "bundled seed issues"
    return ", ".join(p.name or str(p) for p in paths)


@cli.command()
@corpus_options
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="FILE.md or FOLDER/ (Markdown and the chart beside it), or FILE.html (one page).",
)
@click.option("--save", is_flag=True, help="Write reports/<home>.md, its chart and .html.")
@click.option("--timestamp", is_flag=True, help="Note the time of generation in the report.")
@click.option(
    "--svg",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also save the terminal view as an SVG picture.",
)
def report(
    output: Path | None, save: bool, timestamp: bool, svg: Path | None, strict: bool, **kwargs: Any
) -> None:
    """A report of chains, tenures, careers, moves and cited evidence: to the terminal, or as
    Markdown with the tenure chart beside it (-o DIR/ or FILE.md), or one self-contained page
    (-o FILE.html); --save writes reports/<home>.md, its chart and reports/<home>.html."""
    import datetime as dt

    from roles.chart import chart_svg
    from roles.html import report_html
    from roles.markdown import report_markdown
    from roles.render import OutputError, print_report, report_svg, write_text

    if output is not None and not output.is_dir() and output.suffix == "":
        output.mkdir(parents=True, exist_ok=True)
    if output is not None and not output.is_dir():
        check_writable(output)
    run = run_api(**kwargs)
    corpus = run.corpus
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC") if timestamp else None
    built = run.build_report(_corpus_name(kwargs["paths"]), stamp)
    if svg is not None:
        check_writable(svg)
        try:
            write_text(svg, report_svg(built))
        except OutputError as exc:
            raise RunError(str(exc)) from None
        click.echo(f"wrote {svg}", err=True)
    if output is None and not save:
        print_report(_stdout_console(), built)
        finish(corpus, strict)
        return
    home = corpus.home or "report"
    if save:
        targets = [Path("reports") / f"{home}.md", Path("reports") / f"{home}.html"]
    elif output.is_dir():
        targets = [output / f"{home}.md"]
    else:
        targets = [output]
    _, spec = tenure_chart_spec(run, None)
    chart = chart_svg(spec)
    for target in targets:
        try:
            if target.suffix.lower() in (".html", ".htm"):
                write_text(target, report_html(built, chart))
            else:
                picture = target.with_name(f"{target.stem}-tenures.svg")
                write_text(picture, chart)
                click.echo(f"wrote {picture}", err=True)
                write_text(target, report_markdown(built, picture.name))
        except OutputError as exc:
            raise RunError(str(exc)) from None
        click.echo(f"wrote {target}", err=True)
    finish(corpus, strict)


def tenure_chart_spec(run, jurisdiction: str | None, roles: tuple[str, ...] = ()):
    """The tenure chart of a jurisdiction (the papers' home by default), as a spec."""
    from roles.careers import institutions
    from roles.chart import ChartError, tenure_chart

    corpus, lex = run.corpus, run.lex
    place = jurisdiction or corpus.home
    if place is None:
        raise RunError("no home jurisdiction is known: give --jurisdiction")
    try:
        return place, tenure_chart(
            corpus.facts,
            run.timeline(),
            place,
            institutions(lex),
            roles,
            lex.renames,
        )
    except ChartError as exc:
        raise RunError(f"{place}: {exc}") from None


@cli.command()
@corpus_options
@click.option("--jurisdiction", "-j", help="Default: the papers' home jurisdiction.")
@click.option("--role", "-r", "roles", multiple=True, help="Only this post (repeatable).")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="FILE.svg (names stay text) or FILE.png (needs a CJK font on this machine).",
)
def chart(
    jurisdiction: str | None, roles: tuple[str, ...], output: Path, strict: bool, **kwargs: Any
) -> None:
    """The tenure chart: every single-holder post of a jurisdiction on one time axis, with the
    windows in which each tenure began and ended drawn light."""
    from roles.chart import ChartError, chart_png, chart_svg
    from roles.render import OutputError, write_bytes

    if output.suffix.lower() not in (".svg", ".png"):
        raise click.BadParameter("give a .svg or .png file", param_hint="-o")
    check_writable(output)
    run = run_api(**kwargs)
    corpus = run.corpus
    _, spec = tenure_chart_spec(run, jurisdiction, roles)
    try:
        data = chart_png(spec) if output.suffix.lower() == ".png" else chart_svg(spec).encode()
        write_bytes(output, data)
    except (ChartError, OutputError) as exc:
        raise RunError(str(exc)) from None
    click.echo(f"wrote {output}", err=True)
    finish(corpus, strict)


EXPORTS = ("popolo", "csv", "parquet", "json", "quickstatements")


@cli.command()
@corpus_options
@click.option("--to", "target", type=click.Choice(EXPORTS), default="csv", show_default=True)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE."
)
def export(target: str, output: Path | None, strict: bool, **kwargs: Any) -> None:
    """Tenures as memberships: a table, Popolo JSON, or Wikidata QuickStatements."""
    import polars as pl

    from roles.export import memberships, popolo, quickstatements
    from roles.render import OutputError, write_text

    if target == "parquet" and output is None:
        raise click.UsageError("--to parquet needs -o FILE")
    if output is not None:
        check_writable(output)
    run = run_api(**kwargs)
    corpus, tenure = run.corpus, run.timeline()
    codes = dict(
        corpus.facts.filter(pl.col("jurisdiction_code").is_not_null())
        .select("jurisdiction", "jurisdiction_code")
        .unique(subset="jurisdiction", keep="first", maintain_order=True)
        .iter_rows()
    )
    person_ids = run.career_data().person_ids()
    members = memberships(tenure, codes, person_ids)
    if target in ("csv", "parquet", "json"):
        emit(members, target, output, "memberships")
    else:
        text = popolo(members) if target == "popolo" else quickstatements(members)
        if output is None:
            click.echo(text, nl=False)
        else:
            try:
                write_text(output, text)
            except OutputError as exc:
                raise RunError(str(exc)) from None
            click.echo(f"wrote {len(members)} memberships to {output}", err=True)
    finish(corpus, strict)


@cli.command("eval-careers")
@corpus_options
@click.option(
    "--gold",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Hand-coded careers (TSV: person_key, name, step, jurisdiction, role).",
)
@click.option(
    "--min-placed",
    type=click.FloatRange(0, 1),
    help="Exit 1 if fewer gold posts than this share are under the right person.",
)
def eval_careers(gold: Path, min_placed: float | None, strict: bool, **kwargs: Any) -> None:
    """Careers against a gold file: posts read, posts under the right person, namesakes split
    or joined, posts in order; then every problem."""
    import polars as pl

    from roles.evaluate import GoldError, evaluate_careers, read_career_gold
    from roles.render import rich_table

    try:
        gold_rows = read_career_gold(gold)
    except GoldError as exc:
        raise RunError(str(exc)) from None
    run = run_api(**kwargs)
    corpus = run.corpus
    result = evaluate_careers(run.careers(), gold_rows)
    out = _stdout_console()
    out.print(
        rich_table(result.summary.with_columns(value=result.summary["value"].round(3)), "careers")
    )
    if not result.problems.is_empty():
        out.print(rich_table(result.problems, "problems"))
    placed = result.summary.filter(pl.col("measure") == "posts under the right person")
    if min_placed is not None and (placed["value"][0] or 0) < min_placed:
        click.echo(f"roles: posts under the right person below {min_placed}", err=True)
        sys.exit(EXIT_WARNINGS)
    finish(corpus, strict)


@cli.command("eval")
@corpus_options
@click.option(
    "--gold",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Hand-coded facts (TSV: doc, tier, person, role, jurisdiction, acting).",
)
@click.option(
    "--min-recall", type=click.FloatRange(0, 1), help="Exit 1 if any tier's recall is lower."
)
@click.option(
    "--min-precision", type=click.FloatRange(0, 1), help="Exit 1 if any tier's precision is lower."
)
@click.option("--by-role", is_flag=True, help="Also show precision and recall per role.")
@click.option(
    "--by-doc", is_flag=True, help="Also show precision and recall per document (per form)."
)
@click.option(
    "--all-statuses",
    is_flag=True,
    help="Count former and designate posts too (by default only posts stated as held).",
)
def eval_(
    gold: Path,
    min_recall: float | None,
    min_precision: float | None,
    by_role: bool,
    by_doc: bool,
    all_statuses: bool,
    strict: bool,
    **kwargs: Any,
) -> None:
    """Precision and recall against a gold file, with the misses and false hits."""
    from roles.evaluate import GoldError, evaluate, read_gold
    from roles.matching import SIGHTING_STATUSES

    try:
        gold_rows = read_gold(gold)
    except GoldError as exc:
        raise RunError(str(exc)) from None
    corpus, _ = run_corpus(**kwargs)
    docs = corpus.issues["doc"].to_list()
    result = evaluate(corpus.facts, gold_rows, docs, None if all_statuses else SIGHTING_STATUSES)
    out = _stdout_console()
    from roles.render import rich_table

    rounded = result.by_tier.with_columns(
        precision=result.by_tier["precision"].round(3), recall=result.by_tier["recall"].round(3)
    )
    out.print(rich_table(rounded, "by tier"))
    if by_role:
        r = result.by_role
        out.print(
            rich_table(r.with_columns(r["precision"].round(3), r["recall"].round(3)), "by role")
        )
    if by_doc:
        d = result.by_doc
        out.print(
            rich_table(d.with_columns(d["precision"].round(3), d["recall"].round(3)), "by document")
        )
    out.print(rich_table(result.misses, f"misses ({len(result.misses)})"))
    out.print(rich_table(result.false_hits, f"false hits ({len(result.false_hits)})"))
    low = [
        row["tier"]
        for row in result.by_tier.iter_rows(named=True)
        if (min_recall is not None and (row["recall"] or 0) < min_recall)
        or (min_precision is not None and (row["precision"] or 0) < min_precision)
    ]
    if low:
        click.echo(f"roles: below the thresholds in tier(s) {', '.join(map(str, low))}", err=True)
        sys.exit(EXIT_WARNINGS)
    finish(corpus, strict)


@cli.group()
def lexicon() -> None:
    """Inspect and validate lexicon folders."""


@lexicon.command("check")
@click.argument(
    "directory", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path)
)
def lexicon_check(directory: Path | None) -> None:
    """Validate the lexicon TSV files in DIRECTORY (default: the bundled ones)."""
    from roles.lexicons import check_lexicon_dir
    from roles.resources import bundled_lexicon_dir

    directory = directory or bundled_lexicon_dir()
    problems = check_lexicon_dir(directory)
    for p in problems:
        click.echo(p, err=True)
    if problems:
        sys.exit(EXIT_USAGE)
    click.echo(f"{directory}: ok")


def main() -> None:
    cli.main(prog_name="roles")
