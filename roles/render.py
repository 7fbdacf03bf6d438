"""Rendering: tables to the terminal (rich) and to files (CSV, JSON, Parquet, plain text).

This module formats what the other stages computed; it never decides anything about the data.
Every file is written atomically: to a temporary file beside the target, then renamed, so an
interrupted run leaves the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import itertools
import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

import polars as pl
from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table

from roles.pipeline import ROW_GROUP
from roles.report import Report
from roles.timeline import Chain


class OutputError(OSError):
    """An output file cannot be written; the message names it."""


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path that replaces `target` when the block ends without error."""
    directory = target.parent if str(target.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
        os.close(fd)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the usual mode
        os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(target: Path, text: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_bytes(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def _plain(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def frame_to_json(df: pl.DataFrame) -> str:
    rows = [{k: _plain(v) for k, v in row.items()} for row in df.iter_rows(named=True)]
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def frame_to_csv(df: pl.DataFrame) -> str:
    return df.write_csv()


# Long free-text columns wrap on screen; every other column keeps its width on one line.
_ELASTIC = (
    "evidence",
    "warnings",
    "title",
    "evidence_from",
    "evidence_to",
    "first_evidence",
    "last_evidence",
)


# What an empty cell says where empty means unknown, not none (a bare title whose place
# nothing tells has no jurisdiction)
_UNKNOWN_CELLS = {"jurisdiction": "?"}


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(_plain(value))


def rich_table(
    df: pl.DataFrame,
    title: str | None = None,
    styles: dict[str, str] | None = None,
    width: int | None = None,
) -> Table:
    """A rich table; given the screen `width`, free-text columns share what the others leave,
    and are left out (with a note in the caption) when that is too little to read."""
    unknown = [_UNKNOWN_CELLS.get(name, "") for name in df.columns]
    rows = [
        [_cell(v) if v is not None else unknown[i] for i, v in enumerate(row)]
        for row in df.iter_rows()
    ]
    fixed = {
        i: max([cell_len(name), *(cell_len(r[i]) for r in rows)])
        for i, name in enumerate(df.columns)
        if name not in _ELASTIC
    }
    elastic = [i for i in range(len(df.columns)) if i not in fixed]
    keep = list(range(len(df.columns)))
    caption = None
    share = None
    if width is not None and elastic:
        left = width - sum(fixed.values()) - 3 * len(df.columns) - 2
        share = left // len(elastic)
        if share < 12:
            keep = [i for i in keep if i in fixed]
            dropped = ", ".join(df.columns[i] for i in elastic)
            caption = f"({dropped} left out at this width: widen the terminal or use --format csv)"
    table = Table(
        title=title, caption=caption, box=box.SIMPLE_HEAD, title_justify="left", highlight=False
    )
    styles = styles or {}
    for i in keep:
        name = df.columns[i]
        table.add_column(
            name,
            style=styles.get(name),
            no_wrap=i in fixed,
            overflow="fold",
            min_width=min(fixed[i], 30) if i in fixed else None,
            max_width=share if i not in fixed else None,
        )
    for row in rows:
        table.add_row(*(row[i] for i in keep))
    return table


def plain_console(file: IO[str], width: int = 160) -> Console:
    """A console that writes text with no colour or control codes, at a fixed width."""
    return Console(file=file, width=width, color_system=None, force_terminal=False, soft_wrap=False)


def table_text(df: pl.DataFrame, title: str | None = None, width: int = 160) -> str:
    buf = io.StringIO()
    plain_console(buf, width).print(rich_table(df, title, width=width))
    return buf.getvalue()


def write_frame(
    df: pl.DataFrame | pl.LazyFrame, fmt: str, target: Path, title: str | None = None
) -> int:
    """Write a table to a file in one of FORMATS; return the number of rows.

    A lazy frame is streamed to CSV and Parquet files, never held whole in memory.
    """
    if isinstance(df, pl.LazyFrame):
        if fmt in ("parquet", "csv"):
            with atomic_path(target) as tmp:
                if fmt == "parquet":
                    df.sink_parquet(tmp, row_group_size=ROW_GROUP)
                else:
                    df.sink_csv(tmp)
            scan = pl.scan_parquet if fmt == "parquet" else pl.scan_csv
            return scan(target).select(pl.len()).collect().item()
        df = df.collect()
    if fmt == "parquet":
        with atomic_path(target) as tmp:
            df.write_parquet(tmp, row_group_size=ROW_GROUP)
    elif fmt == "csv":
        write_text(target, frame_to_csv(df))
    elif fmt == "json":
        write_text(target, frame_to_json(df))
    else:
        write_text(target, table_text(df, title))
    return len(df)


def print_frame(
    console: Console,
    df: pl.DataFrame,
    fmt: str,
    title: str | None = None,
    view: Sequence[str] | None = None,
) -> None:
    """Show a table on standard output: rich for `table` (only the `view` columns, if given),
    raw text for CSV and JSON."""
    if fmt == "csv":
        console.file.write(frame_to_csv(df))
    elif fmt == "json":
        console.file.write(frame_to_json(df))
    else:
        console.print(rich_table(df.select(view) if view else df, title, width=console.width))


def chain_lines(chains: Sequence[Chain]) -> list[str]:
    """`衢江区 区委书记: 张三 → 李四 → 王五`, then one line per arrow with its window."""
    lines = []
    for chain in chains:
        if len(chain.links) < 2:
            continue
        names = " → ".join(link.person for link in chain.links)
        flag = f"  [{chain.conflicts} conflict(s)]" if chain.conflicts else ""
        lines.append(f"{chain.jurisdiction} {chain.role}: {names}{flag}")
        for prev, link in itertools.pairwise(chain.links):
            if link.after is not None and link.before is not None:
                lines.append(
                    f"    {prev.person} → {link.person}: after {link.after.isoformat()}, "
                    f"by {link.before.isoformat()}"
                )
            else:
                lines.append(
                    f"    {prev.person} → {link.person}: sightings overlap (see conflicts)"
                )
    return lines


# --- the report in a terminal --------------------------------------------------------------------

ACTING_STYLE = "yellow"
CONFLICT_STYLE = "bold red"


def print_report(console: Console, report: Report) -> None:
    """The report's content as a header, a tree of chains and tables, for a terminal."""
    from rich.markup import escape
    from rich.panel import Panel
    from rich.tree import Tree

    span = (
        f"{report.date_span[0].isoformat()} to {report.date_span[1].isoformat()}"
        if report.date_span
        else "no dated issue"
    )
    versions = ", ".join(f"{k} {v}" for k, v in report.lexicon_versions.items())
    console.print(
        Panel(
            f"{escape(report.corpus_name)}: {len(report.issues)} issues, {span}\n"
            f"lexicons: {versions}\nwarnings: {report.n_warnings}",
            title=escape(report.title),
            expand=False,
        )
    )
    tree = Tree("[bold]posts held by one person at a time[/]")
    branches: dict[str, Tree] = {}
    for post in report.posts:
        branch = branches.get(post.jurisdiction)
        if branch is None:
            branch = branches[post.jurisdiction] = tree.add(f"[bold]{escape(post.jurisdiction)}[/]")
        flag = (
            f" [{CONFLICT_STYLE}]⚠ {post.chain.conflicts} conflict(s)[/]"
            if post.chain.conflicts
            else ""
        )
        node = branch.add(
            f"{escape(post.role)}: "
            + " → ".join(escape(link.person) for link in post.chain.links)
            + flag
        )
        for t in post.tenures:
            acting = ""
            if t["acting"]:
                label = "acting, then confirmed" if t["confirmed"] else "acting"
                acting = f" [{ACTING_STYLE}]{label}[/]"
            node.add(
                f"{escape(t['person'])}: seen {t['first_seen']} … {t['last_seen']}"
                f" ({t['sightings']} issue(s)){acting}"
            )
    console.print(tree)
    if report.moves:
        table = Table(
            title="acting posts, career moves and conflicts",
            box=box.SIMPLE_HEAD,
            title_justify="left",
        )
        for name in ("kind", "jurisdiction", "post", "person", "after", "by"):
            table.add_column(name, no_wrap=True)
        for m in report.moves:
            style = {"conflict": CONFLICT_STYLE, "acting-confirmed": ACTING_STYLE}.get(m["kind"])
            who = m["from"] if m["from"] == m["to"] else f"{m['from']} / {m['to']}"
            table.add_row(
                m["kind"],
                m["jurisdiction"],
                m["role"],
                who,
                str(m["after"] or "?"),
                str(m["before"]),
                style=style,
            )
        console.print(table)
    if report.careers:
        table = Table(
            title="careers of the home's top posts", box=box.SIMPLE_HEAD, title_justify="left"
        )
        for name in ("post", "person", "came from", "went to"):
            table.add_column(name, no_wrap=True)

        def step(row: dict | None) -> str:
            if row is None:
                return "—"
            return f"{row['jurisdiction']} {row['role']} ({row['basis']})"

        for post in report.careers:
            for h in post.holders:
                table.add_row(
                    f"{post.jurisdiction} {post.role}",
                    h.person_id,
                    step(h.came_from),
                    step(h.went_to),
                )
        console.print(table)
    sources = Table(title="sources", box=box.SIMPLE_HEAD, title_justify="left")
    for name in ("file", "issue date", "dated by", "no.", "mentions"):
        sources.add_column(name, no_wrap=True)
    for i in report.issues:
        style = ACTING_STYLE if i["date_basis"] in ("inferred", "") else None
        sources.add_row(
            i["doc"],
            _cell(i["issue_date"]),
            i["date_basis"] or "—",
            i["issue_no"] or "—",
            str(i["mentions"]),
            style=style,
        )
    console.print(sources)
    for w in report.warnings:
        console.print(f"[{ACTING_STYLE}]warning:[/] {escape(w)}")
    for person, why in report.low_confidence:
        console.print(f"[{ACTING_STYLE}]low confidence:[/] {escape(person)} ({why})")


def report_svg(report: Report, width: int = 110) -> str:
    """The terminal view of a report as an SVG picture (rich's own export)."""
    console = Console(
        record=True, width=width, file=io.StringIO(), force_terminal=True, highlight=False
    )
    print_report(console, report)
    return console.export_svg(title=f"roles report — {report.title}")


def report_text(report: Report, width: int = 100) -> str:
    """The terminal view as plain text at a fixed width (no colour), e.g. for golden tests."""
    buf = io.StringIO()
    print_report(plain_console(buf, width), report)
    return buf.getvalue()


BAR_WIDTH = 24  # characters across the years of the corpus


def tenure_bars(
    table: pl.DataFrame, span: tuple[dt.date, dt.date] | None, width: int = BAR_WIDTH
) -> pl.Series:
    """A compact bar per tenure across `span`: █ seen (first to last sighting), ░ the windows it
    began and ended in, · before and after; a tenure seen once is one █."""
    if span is None or table.is_empty():
        return pl.Series("years", [""] * table.height, dtype=pl.String)
    first, last = span
    days = max(1, (last - first).days)

    def cell(day: dt.date | None, default: int) -> int:
        if day is None:
            return default
        return min(width - 1, max(0, (day - first).days * width // days))

    bars = []
    for t in table.iter_rows(named=True):
        line = ["·"] * width
        for i in range(
            cell(t["start_earliest"], cell(t["first_seen"], 0)), cell(t["first_seen"], 0)
        ):
            line[i] = "░"
        for i in range(
            cell(t["last_seen"], 0) + 1, cell(t["end_latest"], cell(t["last_seen"], 0)) + 1
        ):
            line[i] = "░"
        for i in range(cell(t["first_seen"], 0), cell(t["last_seen"], 0) + 1):
            line[i] = "█"
        bars.append("".join(line))
    return pl.Series("years", bars, dtype=pl.String)
