"""Dating issues and articles: mastheads, article datelines, manifests, file names, inference.

Dates printed as 年月日 are read with regular expressions (exact, and far faster than a general
parser); dateparser is kept for the free-form dates people type in options and manifests.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import itertools
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

WEEKDAYS = "一二三四五六日"
MASTHEAD_SPAN = 800  # characters from the top of an issue in which a masthead is looked for

_FULL_DATE = re.compile(
    r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?:\s*(?:星期|周)([一二三四五六日天]))?"
)
_ISSUE_NO = re.compile(r"总第\s*(\d+)\s*期|(?<![总\d])第\s*(\d{3,6})\s*期")
_SPONSOR = re.compile(r"中共([\u4e00-\u9fff]{2,24}?)(?:委员会|委)(?:机关报|主管主办|主管|主办)")
_MONTH_DAY = re.compile(r"(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})(?:[-—~至到]\d{1,2})?日")
# Literal heads only, so the search skips ahead: 衢江新闻网讯 is found at its 网讯.
_ARTICLE_START = re.compile(
    r"本报讯|本报消息|本报记者|网讯|报讯|融媒体中心讯|新华社[\u4e00-\u9fff]{2,6}\d{1,2}月\d{1,2}日电"
)
# 二〇二三年三月二十一日: masthead dates in Chinese numerals
_CN_DATE = re.compile(
    r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"
)
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _cn_number(text: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十一 → 21, 三十 → 30."""
    if "十" not in text:
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def arabic_dates(text: str) -> str:
    """Chinese-numeral dates rewritten with digits: 二〇二三年三月二十一日 → 2023年3月21日."""
    return _CN_DATE.sub(
        lambda m: f"{_cn_number(m[1])}年{_cn_number(m[2])}月{_cn_number(m[3])}日", text
    )


_YEAR = re.compile(r"((?:19|20)\d{2})年(?:(\d{1,2})月|([一二三四1-4])季度|(上半年|下半年))?")
_FILENAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")

QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


class DateError(ValueError):
    """A date typed by a user (option or manifest) cannot be read."""


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def stated_window(year: int, month: int, day: int) -> tuple[dt.date, dt.date] | None:
    """The days a stated date may mean: 2018年2月 → Feb 1 … Feb 28; 2018年 → the whole year.

    `month` and `day` are 0 where the text gives none; None for a date that does not exist."""
    if not month:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    first = make_date(year, month, day or 1)
    if first is None:
        return None
    if day:
        return first, first
    return first, make_date(year, month, calendar.monthrange(year, month)[1])


def parse_user_date(text: str) -> dt.date:
    """A date as people type it: ISO first, then 年月日, then whatever dateparser understands."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    m = _FULL_DATE.fullmatch(text)
    if m and (d := make_date(int(m[1]), int(m[2]), int(m[3]))) is not None:
        return d
    import dateparser  # slow to import; only needed for unusual formats

    # only the languages roles reads: with none given, dateparser loads every language's data
    # on its first failure (2.7 s)
    parsed = dateparser.parse(
        text,
        languages=["zh", "en"],
        settings={"STRICT_PARSING": True, "DATE_ORDER": "YMD"},
    )
    if parsed is None:
        raise DateError(f"cannot read {text!r} as a date (try YYYY-MM-DD)")
    return parsed.date()


# --- masthead ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Masthead:
    date: dt.date | None
    issue_no: str | None
    sponsor: str | None  # e.g. 衢州市衢江区, from 中共衢州市衢江区委主办
    warnings: tuple[str, ...] = ()


def read_masthead(text: str) -> Masthead:
    """The date, number and sponsor printed at the top of an issue (repaired text)."""
    head = arabic_dates(text[:MASTHEAD_SPAN])
    warnings: list[str] = []
    date = None
    if m := _FULL_DATE.search(head):
        date = make_date(int(m[1]), int(m[2]), int(m[3]))
        if date is None:
            warnings.append(f"masthead date {m[0]!r} does not exist")
        elif m[4]:
            printed = "日" if m[4] == "天" else m[4]
            actual = WEEKDAYS[date.weekday()]
            if printed != actual:
                warnings.append(
                    f"masthead says 星期{printed} but {date.isoformat()} is a 星期{actual}"
                )
    issue_no = (m[1] or m[2]) if (m := _ISSUE_NO.search(head)) else None
    sponsor = m[1] if (m := _SPONSOR.search(head)) else None
    return Masthead(date, issue_no, sponsor, tuple(warnings))


def date_from_filename(name: str) -> dt.date | None:
    """`2025-06-27.txt`, `20250627_p1.txt`, `jrqj_2025.06.27.md`."""
    for m in _FILENAME_DATE.finditer(name):
        if (d := make_date(int(m[1]), int(m[2]), int(m[3]))) is not None:
            return d
    return None


# --- articles ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    start: int  # repaired-text offsets
    end: int
    month_day: tuple[int, int] | None  # the dateline's month and day, as printed
    year: int | None  # a year printed in the dateline itself


_HEADLINE_MAX = 60


def _headline_start(text: str, pos: int) -> int:
    """Move an article's start back over the short headline lines printed above it."""
    # Searches look back at most a few headlines' length, so a file that is one long line
    # still takes linear time.
    floor = max(0, pos - 5 * _HEADLINE_MAX)
    line_start = text.rfind("\n", floor, pos) + 1 or pos
    start = line_start
    taken = 0
    while line_start > floor and taken < 4:
        prev_start = text.rfind("\n", floor, line_start - 1) + 1
        if prev_start == 0 and floor > 0:
            break
        line = text[prev_start : line_start - 1].strip()
        line_start = prev_start
        if not line:
            continue
        if len(line) > _HEADLINE_MAX or line.endswith(("。", "”", "！", "？", "!", "?")):
            break
        start, taken = prev_start, taken + 1
    return start


def split_articles(text: str) -> list[Article]:
    """Articles begin at a dateline (本报讯…) with their headlines; the top is article zero."""
    starts = [m.start() for m in _ARTICLE_START.finditer(text)]
    cuts = [0]
    for s in starts:
        h = max(_headline_start(text, s), cuts[-1])
        if h > cuts[-1]:
            cuts.append(h)
    cuts.append(len(text))
    articles = []
    for a, b in itertools.pairwise(cuts):
        line = _ARTICLE_START.search(text, a, b)
        month_day = year = None
        if line and (m := _MONTH_DAY.search(text, line.start(), min(b, line.end() + 120))):
            month_day = (int(m[2]), int(m[3]))
            year = int(m[1]) if m[1] else None
        articles.append(Article(a, b, month_day, year))
    return articles


def resolve_article_date(article: Article, issue_date: dt.date | None) -> dt.date | None:
    """The article's own date; the year comes from the issue (a December story in a January
    issue belongs to the year before)."""
    if article.month_day is None:
        return None
    month, day = article.month_day
    if article.year:
        return make_date(article.year, month, day)
    if issue_date is None:
        return None
    date = make_date(issue_date.year, month, day)
    if date is not None and date > issue_date + dt.timedelta(days=7):
        date = make_date(issue_date.year - 1, month, day)
    return date


# --- inference -----------------------------------------------------------------------------------


def infer_year(text: str, months: Sequence[int]) -> int | None:
    """The year an undated issue was printed in, from the years its text mentions.

    A year tied to a month or quarter that matches the articles' own months (`2025年二季度` in
    June) outweighs a bare year, which may be a target (`2035年`) or a memory (`2012年起`).
    """
    if not months:
        return None
    latest = max(months)
    scores: Counter[int] = Counter()
    for m in _YEAR.finditer(text):
        year = int(m[1])
        if m[2]:
            month = int(m[2])
            scores[year] += 3 if abs(month - latest) <= 1 else 1
        elif m[3]:
            scores[year] += 3 if (latest - 1) // 3 + 1 == QUARTERS[m[3]] else 1
        elif m[4]:
            scores[year] += 3 if (m[4] == "上半年") == (latest <= 6) else 1
        else:
            scores[year] += 1
    if not scores:
        return None
    best = max(scores.values())
    return min(y for y, s in scores.items() if s == best)


def infer_issue_date(text: str, articles: Sequence[Article], lag_days: int = 1) -> dt.date | None:
    """An undated issue's date: its latest article date plus the paper's usual lag."""
    month_days = [a.month_day for a in articles if a.month_day]
    year = infer_year(text, [md[0] for md in month_days])
    if year is None:
        return None
    dates = [d for md in month_days if (d := make_date(year, *md)) is not None]
    if not dates:
        return None
    return max(dates) + dt.timedelta(days=lag_days)


def usual_lag(pairs: Sequence[tuple[dt.date, dt.date]]) -> int:
    """Median days from an issue's latest article date to its printed date (1 when unknown)."""
    lags = [(issue - latest).days for issue, latest in pairs if 0 <= (issue - latest).days <= 14]
    return max(1, round(statistics.median(lags))) if lags else 1


# --- manifests -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ManifestEntry:
    date: dt.date
    home: str | None
    line: int


class ManifestError(ValueError):
    """The manifest itself cannot be used (missing columns, unreadable)."""


def read_manifest(path: Path) -> tuple[dict[str, ManifestEntry], list[str]]:
    """`file,date[,home]` rows (CSV or TSV) by file name, and `manifest:LINE: problem` warnings."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: cannot read manifest ({exc})") from None
    dialect = "excel-tab" if "\t" in text.split("\n", 1)[0] else "excel"
    reader = csv.DictReader(text.splitlines(), dialect=dialect)
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "file" not in fields or "date" not in fields:
        raise ManifestError(f"{path}:1: manifest needs the columns file,date (optional home)")
    reader.fieldnames = fields
    entries: dict[str, ManifestEntry] = {}
    problems: list[str] = []
    for lineno, row in enumerate(reader, start=2):
        name = (row.get("file") or "").strip()
        if not name:
            problems.append(f"{path}:{lineno}: empty file name")
            continue
        try:
            date = parse_user_date(row.get("date") or "")
        except DateError as exc:
            problems.append(f"{path}:{lineno}: {exc}")
            continue
        key = Path(name).name
        if key in entries:
            problems.append(
                f"{path}:{lineno}: duplicate row for {key} (first on line {entries[key].line})"
            )
            continue
        home = (row.get("home") or "").strip() or None
        entries[key] = ManifestEntry(date, home, lineno)
    return entries, problems
