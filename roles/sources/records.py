"""Scrapers' records: JSON Lines (`.jsonl`, `.ndjson`) and JSON (`.json`), an article or an issue
each.

A JSON Lines file holds one object per line (blank lines skipped); a JSON file holds an array of
objects, one object, or an object with its list of records under `records`, `items`, `data` or
`articles` (whose own `date`, `url`, `paper` and `home` stand for records that give none). Which
it is comes from the content, not the suffix. A record is read from its `text` (or `content`,
`body`; a list of strings is a list of paragraphs), `title`, `date`, `url`, `paper`, `home` and
`id` into one `Source` named `file#id` (or `file#n`, its line or position). A broken line or a
record without text becomes a `Source` with `error` set, and the others are still read; only a
file with nothing readable in it raises `SourceError`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from roles import reading
from roles.dating import DateError, make_date, parse_user_date
from roles.sources import Source, SourceError
from roles.sources.urls import date_from_url

TEXT_FIELDS = ("text", "content", "body")
LIST_FIELDS = ("records", "items", "data", "articles")
INHERITED = ("date", "url", "paper", "home")  # a wrapper's fields its records may leave out
FIRST_YEAR, LAST_YEAR = 1949, 2100  # as for dates in URLs; others are scrapers' placeholders
CHINA = dt.timezone(dt.timedelta(hours=8))
_Dated = tuple[dt.date | None, str | None]  # a date and its basis

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\r\n]*")  # JSON's whitespace; matched at a position, it never fails
_BLANK_LINE = re.compile(r"\n[ \t\u3000\u00a0]*\n")

# 2021-03-09, 2021/3/9, 2021.3.9, each perhaps with a time and a UTC offset
_YMD = re.compile(
    r"(?<!\d)((?:19|20|21)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)"
    r"(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_EIGHT = re.compile(r"((?:19|20|21)\d{2})(\d{2})(\d{2})")  # 20210309
_NIAN = re.compile(r"(?<!\d)((?:19|20|21)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")


def record_sources(data: bytes, doc: str) -> list[Source]:
    """One `Source` per record of a JSON Lines or JSON file (its bytes already gunzipped)."""
    text, file_warnings = _decode(data)
    text = text.lstrip("\ufeff")
    start = _skip(text)
    if start == len(text):
        raise SourceError("empty file")
    reader = _Reader(doc)
    for warning in file_warnings:
        reader.file_warning(warning)
    if text[start] == "[":
        _read_array(text, start, reader)
        return reader.sources
    try:
        whole = json.loads(text)
    except json.JSONDecodeError as exc:
        # JSON Lines (or one pretty-printed object, broken: then say where)
        _read_lines(text, reader, exc if text[start] == "{" else None)
    else:
        _read_document(whole, reader)
    return reader.sources


# --- the file ------------------------------------------------------------------------------------


def _decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" not in text[:4096]:  # NULs: UTF-16 without its BOM, or not text at all
            return text, ()
    try:
        decoded = reading.decode(data)
    except reading.ReadError as exc:
        raise SourceError(str(exc)) from None
    return decoded.text, ((decoded.warning,) if decoded.warning else ())


def _read_lines(text: str, reader: _Reader, whole_error: json.JSONDecodeError | None) -> None:
    """JSON Lines. Split on line feeds alone: JSON strings may hold U+2028 and the like raw."""
    first_error = None
    for n, line in enumerate(text.split("\n"), 1):
        if line.startswith("\ufeff"):  # files joined with `cat`, each with its BOM
            line = line[1:]
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            first_error = first_error or f"line {n}: {exc.msg}"
            reader.broken(f"line {n}", n, f"not valid JSON ({exc.msg})")
            continue
        reader.record(value, f"line {n}", n)
    if reader.objects:
        return
    if whole_error is not None:
        raise SourceError(f"not valid JSON ({_where(whole_error)})")
    if first_error:
        raise SourceError(f"not JSON: no line holds a JSON object ({first_error})")
    raise SourceError("no line holds a JSON object")


def _read_array(text: str, start: int, reader: _Reader) -> None:
    """A JSON array; when it does not parse, element by element, so that a file a scraper left
    cut off keeps the records before the cut."""
    try:
        values = json.loads(text)
    except json.JSONDecodeError:
        pass
    else:
        _read_list(values, reader)
        return
    pos = _skip(text, start + 1)
    if text.startswith("]", pos):
        raise SourceError("no records (an empty array)")
    n = 0
    while True:
        n += 1
        try:
            value, pos = _DECODER.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            if not reader.objects:
                raise SourceError(f"not valid JSON ({_where(exc)})") from None
            problem = f"not valid JSON ({_where(exc)}); the rest of the file was not read"
            reader.broken(f"record {n}", n, problem)
            return
        reader.record(value, f"record {n}", n)
        pos = _skip(text, pos)
        if text.startswith(",", pos):
            pos = _skip(text, pos + 1)
            if pos < len(text) and text[pos] != "]":
                continue
            if pos < len(text):
                reader.file_warning(f"a comma before the array's end (line {_line(text, pos)})")
        if text.startswith("]", pos):
            if (rest := _skip(text, pos + 1)) < len(text):
                where = f"line {_line(text, rest)}"
                reader.file_warning(f"text after the array's end ({where}): ignored")
        elif pos >= len(text):
            reader.file_warning(f"the file ends inside the array, after record {n}")
        else:
            reader.file_warning(
                f"not valid JSON after record {n} (line {_line(text, pos)}): the rest was not read"
            )
        break
    if not reader.objects:
        raise SourceError("no record is a JSON object")


def _read_document(value: Any, reader: _Reader) -> None:
    """A whole file that parses as one JSON value not starting with `[`: an object."""
    if not isinstance(value, dict):
        raise SourceError(f"not records: the file holds {_kind(value)}")
    if any(value.get(f) is not None for f in TEXT_FIELDS):
        reader.record(value, "record 1", 1)
        return
    for key in LIST_FIELDS:
        if isinstance(records := value.get(key), list):
            defaults = {f: value[f] for f in INHERITED if value.get(f) is not None}
            _read_list(records, reader, defaults)
            return
    raise SourceError("an object with no text and no list under " + ", ".join(LIST_FIELDS))


def _read_list(values: Any, reader: _Reader, defaults: dict[str, Any] | None = None) -> None:
    if not values:
        raise SourceError("no records (an empty array)")
    for n, value in enumerate(values, 1):
        if defaults and isinstance(value, dict):
            value = {**defaults, **{k: v for k, v in value.items() if v is not None}}
        reader.record(value, f"record {n}", n)
    if not reader.objects:
        raise SourceError(f"no record is a JSON object (the first is {_kind(values[0])})")


def _skip(text: str, pos: int = 0) -> int:
    """Where the first character that is not JSON whitespace stands, from `pos` on."""
    return _SPACE.match(text, pos).end()  # type: ignore[union-attr]


def _where(exc: json.JSONDecodeError) -> str:
    return f"{exc.msg} at line {exc.lineno}, column {exc.colno}"


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _kind(value: Any) -> str:
    """A parsed value's JSON type, with its article: `an array`."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _with_warnings(source: Source, warnings: tuple[str, ...]) -> Source:
    return Source(
        source.doc,
        source.text,
        source.date,
        source.date_basis,
        source.home,
        source.paper,
        warnings,
        source.error,
    )


# --- records -------------------------------------------------------------------------------------


class _Reader:
    """Records in file order, each named once (an id used twice gets `~2`, `~3`); the file's own
    warnings go on its first record."""

    def __init__(self, doc: str) -> None:
        self.doc = doc
        self.sources: list[Source] = []
        self.objects = 0  # records that were JSON objects
        self._named: dict[str, str] = {}  # name after '#' → where that record stands
        self._dates: dict[str, dt.date | None] = {}  # texts dateparser has read
        self._pending: list[str] = []  # file warnings before the first record

    def file_warning(self, warning: str) -> None:
        if self.sources:
            first = self.sources[0]
            self.sources[0] = _with_warnings(first, (*first.warnings, warning))
        else:
            self._pending.append(warning)

    def _add(self, source: Source) -> None:
        if self._pending:
            source = _with_warnings(source, (*self._pending, *source.warnings))
            self._pending = []
        self.sources.append(source)

    def _name(self, key: str, where: str, warnings: list[str]) -> str:
        name, k = key, 1
        while name in self._named:
            k += 1
            name = f"{key}~{k}"
        if k > 1:
            warnings.append(f"id {key!r} repeated ({self._named[key]} too): read as #{name}")
        self._named[name] = where
        return f"{self.doc}#{name}"

    def broken(self, where: str, n: int, problem: str) -> None:
        warnings: list[str] = []
        doc = self._name(str(n), where, warnings)
        self._add(Source(doc, "", warnings=tuple(warnings), error=f"{where}: {problem}"))

    def record(self, value: Any, where: str, n: int) -> None:
        if not isinstance(value, dict):
            self.broken(where, n, f"not an object ({_kind(value)})")
            return
        self.objects += 1
        warnings: list[str] = []
        key = _id(value.get("id"), warnings)
        doc = self._name(key if key is not None else str(n), where, warnings)
        body, problem = _text(value)
        if body is None:
            self._add(Source(doc, "", warnings=tuple(warnings), error=f"{where}: {problem}"))
            return
        title = _string(value, "title", warnings)
        if title and not body.startswith(title):
            body = f"{paragraphs(title)}\n\n{body}"
        date, basis = self._date(value, warnings)
        self._add(
            Source(
                doc=doc,
                text=body,
                date=date,
                date_basis=basis,
                home=_string(value, "home", warnings),
                paper=_string(value, "paper", warnings),
                warnings=tuple(warnings),
            )
        )

    def _date(self, value: dict[str, Any], warnings: list[str]) -> _Dated:
        raw = value.get("date")
        if raw is not None and raw != "":
            date = self._parse(raw)
            if date is not None and FIRST_YEAR <= date.year <= LAST_YEAR:
                return date, "record"
            if date is not None:
                warnings.append(
                    f"date {raw!r} not believed (before {FIRST_YEAR} or after {LAST_YEAR})"
                )
            elif isinstance(raw, (str, int, float)):
                warnings.append(f"date {raw!r} not understood")
            else:
                warnings.append(f"date is {_kind(raw)}, not a string: ignored")
        url = _string(value, "url", warnings)
        if url and (date := date_from_url(url)) is not None:
            return date, "path"
        return None, None

    def _parse(self, raw: Any) -> dt.date | None:
        if isinstance(raw, bool) or not isinstance(raw, (str, int)):
            return None
        text = str(raw).strip()
        if (date := _common_date(text)) is not None or text.isdigit():
            return date
        if text not in self._dates:  # dateparser is slow: each distinct text once
            try:
                self._dates[text] = parse_user_date(text)
            except (DateError, ValueError, OverflowError):
                self._dates[text] = None
        return self._dates[text]


def _id(raw: Any, warnings: list[str]) -> str | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float)):
        warnings.append(f"id is {_kind(raw)}, not a string or number: ignored")
        return None
    return str(raw).strip() or None


def _string(value: dict[str, Any], field: str, warnings: list[str]) -> str | None:
    raw = value.get(field)
    if raw is None:
        return None
    if not isinstance(raw, str):
        warnings.append(f"{field} is {_kind(raw)}, not a string: ignored")
        return None
    return raw.strip() or None


def _text(value: dict[str, Any]) -> tuple[str | None, str]:
    """The record's text with its paragraphs apart, or None and why there is none."""
    wrong = []
    for field in TEXT_FIELDS:
        raw = value.get(field)
        if isinstance(raw, list) and all(isinstance(p, str) for p in raw):
            raw = "\n\n".join(p for p in map(paragraphs, raw) if p)
        if isinstance(raw, str):
            if text := paragraphs(raw):
                return text, ""
        elif raw is not None:
            wrong.append(f"{field} is {_kind(raw)}")
    return None, "no text" + (f" ({', '.join(wrong)})" if wrong else "")


def paragraphs(text: str) -> str:
    """Paragraphs apart by blank lines. The pipeline reads a single line break between Chinese
    characters as an OCR artefact, so a scraper's one-line-per-paragraph text gets blank lines;
    text that already has blank lines between paragraphs is kept as it is."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2029", "\n\n").replace("\u2028", "\n")
    text = text.strip()
    if "\n" not in text or _BLANK_LINE.search(text):
        return text
    return "\n\n".join(line for raw in text.split("\n") if (line := raw.strip()))


def _common_date(text: str) -> dt.date | None:
    """The forms scrapers write, read without dateparser: ISO (with a time and an offset, the day
    in China), 2021/3/9, 20210309, 2021年3月9日; the first two also inside words (发布时间：…)."""
    if m := _EIGHT.fullmatch(text):
        return make_date(int(m[1]), int(m[2]), int(m[3]))
    if m := _NIAN.search(text):
        return make_date(int(m[1]), int(m[2]), int(m[3]))
    if not (m := _YMD.search(text)):
        return None
    date = make_date(int(m[1]), int(m[3]), int(m[4]))
    if date is None or not m[8]:
        return date
    try:
        if m[8] == "Z":
            tz = dt.timezone.utc
        else:
            digits = m[8][1:].replace(":", "")
            offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            tz = dt.timezone(-offset if m[8][0] == "-" else offset)
        moment = dt.datetime.combine(date, dt.time(int(m[5]), int(m[6]), int(m[7] or 0)), tz)
    except ValueError:
        return None
    return moment.astimezone(CHINA).date()
