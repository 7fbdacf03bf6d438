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

from roles.timeline import Chain

FORMATS = ("table", "csv", "json", "parquet")


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
        os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def write_text(target: Path, text: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


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


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(_plain(value))


def rich_table(
    df: pl.DataFrame, title: str | None = None, styles: dict[str, str] | None = None
) -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", highlight=False)
    styles = styles or {}
    rows = [[_cell(v) for v in row] for row in df.iter_rows()]
    for i, name in enumerate(df.columns):
        elastic = name in _ELASTIC
        # Short columns keep their full width (up to 30 cells) so that only free text is cut.
        width = max([cell_len(name), *(cell_len(r[i]) for r in rows)])
        table.add_column(
            name,
            style=styles.get(name),
            no_wrap=not elastic,
            overflow="fold",
            min_width=None if elastic else min(width, 30),
        )
    for row in rows:
        table.add_row(*row)
    return table


def plain_console(file: IO[str], width: int = 160) -> Console:
    """A console that writes text with no colour or control codes, at a fixed width."""
    return Console(file=file, width=width, color_system=None, force_terminal=False, soft_wrap=False)


def table_text(df: pl.DataFrame, title: str | None = None, width: int = 160) -> str:
    buf = io.StringIO()
    plain_console(buf, width).print(rich_table(df, title))
    return buf.getvalue()


def write_frame(df: pl.DataFrame, fmt: str, target: Path, title: str | None = None) -> None:
    """Write a table to a file in one of FORMATS."""
    if fmt == "parquet":
        with atomic_path(target) as tmp:
            df.write_parquet(tmp)
    elif fmt == "csv":
        write_text(target, frame_to_csv(df))
    elif fmt == "json":
        write_text(target, frame_to_json(df))
    else:
        write_text(target, table_text(df, title))


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
        console.print(rich_table(df.select(view) if view else df, title))


def warning_lines(warnings: Sequence[str]) -> list[str]:
    return [f"warning: {w}" for w in warnings]


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
