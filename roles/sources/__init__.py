"""Sources: what an archive holds, turned into issues' text.

People keep a paper as plain text, as pages saved from its e-paper site, or as the JSON Lines
their scraper wrote, often gzipped. Each format has one small module that turns a file's bytes
into `Source` records (one per issue or article); `sources_of` picks the module by suffix.
Everything after this stage sees only text, a document name, and what the container says of
the date and the paper.
"""

from __future__ import annotations

import datetime as dt
import gzip
import zlib
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".htm", ".html")
RECORD_SUFFIXES = (".jsonl", ".json", ".ndjson")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + RECORD_SUFFIXES
"""What folders are searched for, each also gzipped (`.txt.gz`, `.jsonl.gz`, …)."""

DATE_BASES = ("page", "path", "record")
"""How a container dates an issue: a date printed in the page (`<meta>`, 发布时间, masthead), the
e-paper path or URL (…/2016-08/23/content_1.htm), or a scraper record's `date`."""


@dataclass(frozen=True)
class Source:
    """One issue (or article) to read: its name, its text, and what its container says."""

    doc: str  # the file's name; for a record, file#id (or file#line)
    text: str
    date: dt.date | None = None  # a date the container gives …
    date_basis: str | None = None  # … and how (one of DATE_BASES)
    home: str | None = None  # the paper's home as the container names it (a record's `home`)
    paper: str | None = None  # the paper's name (a page's <title>, a record's `paper`)
    warnings: tuple[str, ...] = ()  # problems of this record that did not stop it
    error: str | None = None  # the record could not be read (text empty, line broken)


class SourceError(ValueError):
    """The file as a whole cannot be read: the message says why, without the file's name."""


def inner_suffix(path: Path) -> str:
    """The format's suffix, under a `.gz`: issue.txt.gz → .txt."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def is_source(path: Path) -> bool:
    return inner_suffix(path) in SUFFIXES and (
        path.suffix.lower() in SUFFIXES or path.suffix.lower() == ".gz"
    )


def file_bytes(path: Path) -> bytes:
    """A file's bytes, gunzipped when it ends in .gz; SourceError when unreadable."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read ({exc.strerror or exc})") from None
    if path.suffix.lower() != ".gz":
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        raise SourceError(f"not a readable gzip file ({exc})") from None


def sources_of(path: Path, doc: str, encoding: str | None = None) -> list[Source]:
    """The issues a file holds, read by the module of its format; SourceError when the file as
    a whole cannot be read (a broken record is a Source with an `error`, the others are read)."""
    data = file_bytes(path)
    kind = inner_suffix(path)
    if kind in HTML_SUFFIXES:
        from roles.sources.html import html_sources

        return html_sources(data, str(path), doc, encoding)
    if kind in RECORD_SUFFIXES:
        from roles.sources.records import record_sources

        return record_sources(data, doc)
    from roles.sources.text import text_source

    return [text_source(data, doc, encoding)]
