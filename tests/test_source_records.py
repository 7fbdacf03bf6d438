"""Scrapers' records (JSON Lines, JSON) read into sources: roles/sources/records.py.

The people in these records are invented; the places are real.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json

import pytest

from roles.pipeline import extract_text
from roles.sources import Source, SourceError
from roles.sources.records import paragraphs, record_sources

from .conftest import DATA

RECORDS = DATA / "records"

LINHAIBO = "本报讯 3月8日，县委书记林海波主持召开县委常委会会议。\n县委副书记、县长许文杰出席。"
CHENLIXIN = "本报讯 3月8日上午，常务副县长陈立新带队检查安全生产工作。"


def jsonl(*records: object) -> bytes:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()


def docs(sources: list[Source]) -> list[str]:
    return [s.doc for s in sources]


# --- the sample files ----------------------------------------------------------------------------

# index, doc, date, date_basis, paper, home, error, warnings
ISSUE_JSONL = [
    (
        0,
        "issue.jsonl#lyb-2021-0309-01",
        dt.date(2021, 3, 9),
        "record",
        "龙游报",
        "龙游县",
        None,
        (),
    ),
    (
        1,
        "issue.jsonl#lyb-2021-0309-02",
        dt.date(2021, 3, 9),
        "record",
        "龙游报",
        "龙游县",
        None,
        (),
    ),
    (
        2,
        "issue.jsonl#lyb-2021-0309-02~2",
        dt.date(2021, 3, 9),
        "record",
        "龙游报",
        "龙游县",
        None,
        ("id 'lyb-2021-0309-02' repeated (line 2 too): read as #lyb-2021-0309-02~2",),
    ),
    (
        3,
        "issue.jsonl#5",
        None,
        None,
        None,
        None,
        "line 5: not valid JSON (Expecting ',' delimiter)",
        (),
    ),
    (4, "issue.jsonl#lyb-2021-0309-05", None, None, None, None, "line 6: no text", ()),
    (5, "issue.jsonl#7", dt.date(2021, 3, 9), "record", "龙游报", None, None, ()),
]


@pytest.mark.parametrize(
    ("index", "doc", "date", "basis", "paper", "home", "error", "warnings"), ISSUE_JSONL
)
def test_json_lines_file(index, doc, date, basis, paper, home, error, warnings):
    sources = record_sources((RECORDS / "issue.jsonl").read_bytes(), "issue.jsonl")
    assert len(sources) == len(ISSUE_JSONL)
    s = sources[index]
    assert (s.doc, s.date, s.date_basis, s.paper, s.home, s.error, s.warnings) == (
        doc,
        date,
        basis,
        paper,
        home,
        error,
        warnings,
    )
    assert (s.text == "") == (error is not None)


def test_json_lines_text_has_title_and_paragraphs_apart():
    sources = record_sources((RECORDS / "issue.jsonl").read_bytes(), "issue.jsonl")
    assert sources[0].text == (
        "县委常委会召开会议\n\n"
        "本报讯 3月8日，县委书记林海波主持召开县委常委会会议。\n\n"
        "县委副书记、县长许文杰出席。"
    )
    assert sources[1].text == CHENLIXIN  # from `content`


# index, doc, date, date_basis, paper, home, error
ISSUE_JSON = [
    (0, "issue.json#101", dt.date(2020, 10, 20), "record", "江山日报", "江山市", None),
    (1, "issue.json#102", dt.date(2020, 10, 19), "record", "江山日报", "江山市", None),
    (2, "issue.json#103", None, None, None, None, "record 3: no text"),
]


@pytest.mark.parametrize(("index", "doc", "date", "basis", "paper", "home", "error"), ISSUE_JSON)
def test_json_object_with_articles(index, doc, date, basis, paper, home, error):
    """The wrapper's date, paper and home stand for articles that give none."""
    sources = record_sources((RECORDS / "issue.json").read_bytes(), "issue.json")
    assert len(sources) == len(ISSUE_JSON)
    s = sources[index]
    assert (s.doc, s.date, s.date_basis, s.paper, s.home, s.error) == (
        doc,
        date,
        basis,
        paper,
        home,
        error,
    )


# --- shapes --------------------------------------------------------------------------------------

# name, bytes, expected (doc, error) per source
SHAPES = [
    (
        "missing ids: numbered by line, blank lines counted",
        jsonl({"text": LINHAIBO}, {"text": CHENLIXIN}).replace(b"\n", b"\n\n"),
        [("f#1", None), ("f#3", None)],
    ),
    (
        "an id repeated three times, numbers and strings alike",
        jsonl({"id": 7, "text": "甲"}, {"id": "7", "text": "乙"}, {"id": 7, "text": "丙"}),
        [("f#7", None), ("f#7~2", None), ("f#7~3", None)],
    ),
    (
        "an id that is a line number taken already",
        jsonl({"text": "甲"}, {"id": 1, "text": "乙"}),
        [("f#1", None), ("f#1~2", None)],
    ),
    (
        "content and body are aliases of text",
        jsonl({"content": "甲"}, {"body": "乙"}, {"text": "", "content": "丙"}),
        [("f#1", None), ("f#2", None), ("f#3", None)],
    ),
    (
        "a broken line in the middle",
        jsonl({"id": "a", "text": "甲"}) + b'\n{"id": "b", "text": "\n' + jsonl({"text": "丙"}),
        [
            ("f#a", None),
            ("f#2", "line 2: not valid JSON (Unterminated string starting at)"),
            ("f#3", None),
        ],
    ),
    (
        "records without text, and one that is not an object",
        jsonl({"id": "a", "title": "标题"}, {"text": "   "}, {"text": 42}, ["甲"], {"text": "乙"}),
        [
            ("f#a", "line 1: no text"),
            ("f#2", "line 2: no text"),
            ("f#3", "line 3: no text (text is a number)"),
            ("f#4", "line 4: not an object (an array)"),
            ("f#5", None),
        ],
    ),
    (
        "a JSON array",
        json.dumps([{"id": "x", "text": "甲"}, {"text": "乙"}, "丙"], ensure_ascii=False).encode(),
        [("f#x", None), ("f#2", None), ("f#3", "record 3: not an object (a string)")],
    ),
    (
        "a pretty-printed JSON array",
        json.dumps([{"text": "甲"}, {"text": "乙"}], ensure_ascii=False, indent=2).encode(),
        [("f#1", None), ("f#2", None)],
    ),
    (
        "one object",
        json.dumps({"id": "only", "text": "甲"}, ensure_ascii=False, indent=2).encode(),
        [("f#only", None)],
    ),
    (
        "an object with records",
        json.dumps({"records": [{"text": "甲"}, {"text": "乙"}]}, ensure_ascii=False).encode(),
        [("f#1", None), ("f#2", None)],
    ),
    (
        "an object with items",
        json.dumps({"count": 1, "items": [{"id": 9, "text": "甲"}]}).encode(),
        [("f#9", None)],
    ),
    (
        "an object with data",
        json.dumps({"data": [{"text": "甲"}]}).encode(),
        [("f#1", None)],
    ),
    (
        "an array a scraper left cut off: the records before the cut are read",
        b'[{"id": "a", "text": "\xe7\x94\xb2"},\n {"id": "b", "te',
        [("f#a", None), ("f#2", "record 2: not valid JSON (Unterminated string starting at")],
    ),
    (
        "a trailing comma in an array",
        b'[{"text": "a"},\n {"text": "b"},\n]',
        [("f#1", None), ("f#2", None)],
    ),
    (
        "a single JSON Lines record",
        jsonl({"id": "a", "text": "甲"}) + b"\n",
        [("f#a", None)],
    ),
    (
        "CRLF line ends",
        jsonl({"text": "甲"}, {"text": "乙"}).replace(b"\n", b"\r\n"),
        [("f#1", None), ("f#2", None)],
    ),
    (
        "U+2028 raw inside a string does not split the line",
        '{"text": "甲\u2028乙"}\n{"text": "丙"}'.encode(),
        [("f#1", None), ("f#2", None)],
    ),
    (
        "files joined with cat, each with its BOM",
        codecs.BOM_UTF8 + jsonl({"text": "甲"}) + b"\n" + codecs.BOM_UTF8 + jsonl({"text": "乙"}),
        [("f#1", None), ("f#2", None)],
    ),
]


@pytest.mark.parametrize(("data", "expected"), [c[1:] for c in SHAPES], ids=[c[0] for c in SHAPES])
def test_shapes(data, expected):
    sources = record_sources(data, "f")
    assert len(sources) == len(expected)
    for s, (doc, error) in zip(sources, expected, strict=True):
        assert s.doc == doc
        if error is None:
            assert s.error is None and s.text
        else:
            assert s.error is not None and s.error.startswith(error)
            assert s.text == ""


def test_repeated_id_warns_on_the_later_record():
    sources = record_sources(jsonl({"id": 7, "text": "甲"}, {"id": "7", "text": "乙"}), "f")
    assert sources[0].warnings == ()
    assert sources[1].warnings == ("id '7' repeated (line 1 too): read as #7~2",)


@pytest.mark.parametrize(
    ("record", "warning"),
    [
        ({"text": "甲", "paper": 3}, "paper is a number, not a string: ignored"),
        ({"text": "甲", "home": ["龙游县"]}, "home is an array, not a string: ignored"),
        ({"text": "甲", "title": {"a": 1}}, "title is an object, not a string: ignored"),
        ({"text": "甲", "id": [1]}, "id is an array, not a string or number: ignored"),
        ({"text": "甲", "date": ["2021-03-09"]}, "date is an array, not a string: ignored"),
        ({"text": "甲", "url": 5}, "url is a number, not a string: ignored"),
    ],
)
def test_fields_of_the_wrong_type_are_ignored_with_a_warning(record, warning):
    (s,) = record_sources(jsonl(record), "f")
    assert s.error is None
    assert s.warnings == (warning,)
    assert s.paper is None and s.home is None and s.doc == "f#1"


def test_text_as_a_list_of_paragraphs():
    (s,) = record_sources(jsonl({"text": ["本报讯 甲。", "", "乙。"]}), "f")
    assert s.text == "本报讯 甲。\n\n乙。"


def test_title_already_at_the_top_is_not_repeated():
    (s,) = record_sources(jsonl({"title": "标题", "text": "标题\n正文。"}), "f")
    assert s.text == "标题\n\n正文。"


# --- dates ---------------------------------------------------------------------------------------

URL = "http://www.kaihua.example.cn/html/2021-03/10/content_396104.htm"

# date, url, expected date, basis, warnings
DATES = [
    ("2021-03-09", None, dt.date(2021, 3, 9), "record", ()),
    ("2021-03-09T08:00:00+08:00", None, dt.date(2021, 3, 9), "record", ()),
    ("2021-03-08T23:30:00Z", None, dt.date(2021, 3, 9), "record", ()),  # the day in China
    ("2021-03-09 18:30:00", None, dt.date(2021, 3, 9), "record", ()),
    ("2021/3/9", None, dt.date(2021, 3, 9), "record", ()),
    ("2021.03.09", None, dt.date(2021, 3, 9), "record", ()),
    ("20210309", None, dt.date(2021, 3, 9), "record", ()),
    (20210309, None, dt.date(2021, 3, 9), "record", ()),
    ("2021年3月9日", None, dt.date(2021, 3, 9), "record", ()),
    ("2021年3月9日 星期二", None, dt.date(2021, 3, 9), "record", ()),
    ("发布时间：2021-03-09 10:25", None, dt.date(2021, 3, 9), "record", ()),
    ("9 March 2021", None, dt.date(2021, 3, 9), "record", ()),  # dateparser
    ("2021-03-09", URL, dt.date(2021, 3, 9), "record", ()),  # the record's date wins
    ("2021-02-30", URL, dt.date(2021, 3, 10), "path", ("date '2021-02-30' not understood",)),
    ("不详", URL, dt.date(2021, 3, 10), "path", ("date '不详' not understood",)),
    ("不详", None, None, None, ("date '不详' not understood",)),
    (
        "1900-01-01",
        URL,
        dt.date(2021, 3, 10),
        "path",
        ("date '1900-01-01' not believed (before 1949 or after 2100)",),
    ),
    (None, URL, dt.date(2021, 3, 10), "path", ()),
    ("", URL, dt.date(2021, 3, 10), "path", ()),
    (None, "http://www.kaihua.example.cn/news/t20210309_123.html", dt.date(2021, 3, 9), "path", ()),
    (None, "http://www.kaihua.example.cn/news/123.html", None, None, ()),
    (None, None, None, None, ()),
]


@pytest.mark.parametrize(("date", "url", "expected", "basis", "warnings"), DATES)
def test_dates(date, url, expected, basis, warnings):
    record = {"text": "本报讯 县委书记林海波调研。", "date": date, "url": url}
    (s,) = record_sources(jsonl(record), "f")
    assert (s.date, s.date_basis, s.warnings) == (expected, basis, warnings)


# --- paragraphs ----------------------------------------------------------------------------------

PARAGRAPHS = [
    ("甲。\n乙。", "甲。\n\n乙。"),
    ("甲。\r\n乙。\r\n", "甲。\n\n乙。"),
    ("\u3000\u3000甲。\n\u3000\u3000乙。", "甲。\n\n乙。"),
    ("甲。\n\n\n乙。", "甲。\n\n\n乙。"),  # blank lines already: kept as written
    ("甲。\n\n乙丙\n丁。", "甲。\n\n乙丙\n丁。"),  # the single break is the OCR's: left to repair
    ("甲。\u2029乙。", "甲。\n\n乙。"),
    ("  甲。  ", "甲。"),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS)
def test_paragraphs(text, expected):
    assert paragraphs(text) == expected


# --- encodings -----------------------------------------------------------------------------------

ENCODINGS = [
    ("UTF-8", jsonl({"text": LINHAIBO})),
    ("UTF-8 with BOM", codecs.BOM_UTF8 + jsonl({"text": LINHAIBO})),
    ("GB18030", "\n".join([json.dumps({"text": LINHAIBO}, ensure_ascii=False)]).encode("gb18030")),
    ("UTF-16 with BOM", json.dumps([{"text": LINHAIBO}], ensure_ascii=False).encode("utf-16")),
]


@pytest.mark.parametrize("data", [e[1] for e in ENCODINGS], ids=[e[0] for e in ENCODINGS])
def test_encodings(data):
    (s,) = record_sources(data, "f")
    assert s.error is None
    assert "县委书记林海波" in s.text


def test_utf8_cut_inside_a_character_warns_on_the_first_record():
    data = jsonl({"text": "甲"}) + b"\n" + '{"text": "乙'.encode()[:-1]
    sources = record_sources(data, "f")
    assert sources[0].warnings and "truncated inside a character" in sources[0].warnings[0]
    assert sources[1].error is not None


# --- files that cannot be read -------------------------------------------------------------------

UNREADABLE = [
    ("empty", b"", "empty file"),
    ("spaces and a BOM", codecs.BOM_UTF8 + b" \n\n\t", "empty file"),
    ("plain text", "本报讯 县委书记林海波调研。\n第二行。".encode(), "not JSON"),
    ("CSV", b"id,text\n1,abc\n", "not JSON"),
    ("numbers on every line", b"1\n2\n", "no line holds a JSON object"),
    ("binary", b"\x00\x01\x02" * 100, "binary file"),
    ("undecodable", b"\x81\x30\xff\xff" * 4, "undecodable"),
    ("an empty array", b"[]", "no records"),
    ("an array of strings", '["甲", "乙"]'.encode(), "no record is a JSON object"),
    ("an array broken at once", b'[{"text": ', "not valid JSON"),
    ("an object with nothing to read", b'{"status": "ok", "total": 0}', "an object with no text"),
    ("an object with an empty list", b'{"articles": []}', "no records"),
    ("one JSON string", b'"text"', "not records"),
    ("a broken pretty-printed object", b'{\n  "text": "a"\n  "id": 1\n}', "not valid JSON"),
]


@pytest.mark.parametrize(
    ("data", "reason"), [u[1:] for u in UNREADABLE], ids=[u[0] for u in UNREADABLE]
)
def test_unreadable_files(data, reason):
    with pytest.raises(SourceError, match=reason) as info:
        record_sources(data, "secret-name.jsonl")
    assert "secret-name" not in str(info.value)


# --- size ----------------------------------------------------------------------------------------


def test_ten_thousand_lines():
    """Read in one linear pass (a quadratic step would show here as minutes)."""
    lines = [
        {
            "id": i % 9000,  # a thousand ids repeated
            "date": f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "title": f"第{i}条新闻",
            "text": f"本报讯 县委书记林海波调研第{i}个项目。\n县长许文杰参加。",
            "paper": "开化报",
        }
        for i in range(10_000)
    ]
    sources = record_sources(jsonl(*lines), "big.jsonl")
    assert len(sources) == 10_000
    assert len(set(docs(sources))) == 10_000
    assert sum(1 for s in sources if s.warnings) == 1000
    assert all(s.error is None and s.date_basis == "record" for s in sources)


# --- into the pipeline ---------------------------------------------------------------------------


def test_record_text_through_the_pipeline(matcher):
    """Title and paragraphs stay apart: the evidence of the first official does not run into
    the title, and each official is found with each post."""
    record = {
        "id": "ch-1",
        "title": "县委常委会召开会议",
        "text": LINHAIBO + "\n常务副县长陈立新作说明",
        "home": "常山县",
    }
    (s,) = record_sources(jsonl(record), "changshan.jsonl")
    result = extract_text(s.doc, s.text, matcher)
    found = {(m.mention.person, m.mention.role) for m in result.mentions}
    assert found >= {
        ("林海波", "县委书记"),
        ("许文杰", "县委副书记"),
        ("许文杰", "县长"),
        ("陈立新", "常务副县长"),
    }
    evidence = {m.mention.person: m.evidence for m in result.mentions}
    assert evidence["林海波"].startswith("本报讯")
    assert "县委常委会召开会议本报讯" not in evidence["林海波"]
