from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from roles.dating import (
    Article,
    DateError,
    date_from_filename,
    infer_issue_date,
    infer_year,
    parse_user_date,
    read_manifest,
    read_masthead,
    resolve_article_date,
    split_articles,
    usual_lag,
)

D = dt.date


@pytest.mark.parametrize(
    ("head", "date", "issue_no", "sponsor", "warns"),
    [
        (
            "中共衢州市衢江区委主办 2023年3月21日 星期二 总第3642期",
            D(2023, 3, 21),
            "3642",
            "衢州市衢江区",
            0,
        ),
        (
            "中共某某县委主办\n2020年10月20日星期二\n总第 3399 期",
            D(2020, 10, 20),
            "3399",
            "某某县",
            0,
        ),
        ("2023年3月21日 星期三", D(2023, 3, 21), None, None, 1),  # the weekday disagrees
        ("2023年2月30日", None, None, None, 1),  # no such day
        ("正文没有报头", None, None, None, 0),
        (
            "中共开化县委主管主办 二〇二三年三月二十一日 星期二 第5210期",
            D(2023, 3, 21),
            "5210",
            "开化县",
            0,
        ),
        ("中共某某市委机关报 二〇一九年十二月三十日", D(2019, 12, 30), None, "某某市", 0),
    ],
)
def test_read_masthead(head, date, issue_no, sponsor, warns) -> None:
    m = read_masthead(head)
    assert (m.date, m.issue_no, m.sponsor, len(m.warnings)) == (date, issue_no, sponsor, warns)


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("2025-06-27.txt", D(2025, 6, 27)),
        ("20250627_p1.txt", D(2025, 6, 27)),
        ("jrqj_2025.06.27.md", D(2025, 6, 27)),
        ("002_8b3adb28eb8351f2.txt", None),
        ("2025-13-45.txt", None),
    ],
)
def test_date_from_filename(name, date) -> None:
    assert date_from_filename(name) == date


def test_split_articles_dates_and_headlines() -> None:
    text = (
        "报头文字。\n\n大会召开\n\n张三讲话 李四参加\n\n"
        "本报讯（记者 王五）3月20日上午，大会召开。\n\n"
        "正文继续。\n\n另一个标题\n\n本报讯 近日，没有日期。"
    )
    articles = split_articles(text)
    assert [a.month_day for a in articles] == [None, (3, 20), None]
    assert text[articles[1].start :].startswith("大会召开")  # headlines go with their article
    assert text[articles[2].start :].startswith("另一个标题")


@pytest.mark.parametrize(
    ("month_day", "issue", "expected"),
    [
        ((3, 20), D(2023, 3, 21), D(2023, 3, 20)),
        ((12, 30), D(2024, 1, 2), D(2023, 12, 30)),  # a December story in a January issue
        ((2, 30), D(2024, 3, 1), None),
        (None, D(2024, 3, 1), None),
    ],
)
def test_resolve_article_date(month_day, issue, expected) -> None:
    assert resolve_article_date(Article(0, 1, month_day, None), issue) == expected


@pytest.mark.parametrize(
    ("text", "months", "year"),
    [
        ("举行2025年二季度项目擂台赛，预计2026年9月完工，到2035年基本实现", [6], 2025),
        ("2024年上半年经济运行", [5], 2024),
        ("2019年后第二次夺冠", [3], 2019),
        ("没有年份", [3], None),
        ("2020年", [], None),
    ],
)
def test_infer_year(text, months, year) -> None:
    assert infer_year(text, months) == year


def test_infer_issue_date_adds_the_lag() -> None:
    articles = [Article(0, 1, (6, 25), None), Article(1, 2, (6, 17), None)]
    assert infer_issue_date("2025年二季度", articles, lag_days=1) == D(2025, 6, 26)
    assert infer_issue_date("无年份", articles) is None


def test_usual_lag() -> None:
    pairs = [
        (D(2020, 1, 2), D(2020, 1, 1)),
        (D(2020, 1, 5), D(2020, 1, 1)),
        (D(2020, 1, 3), D(2020, 1, 2)),
    ]
    assert usual_lag(pairs) == 1
    assert usual_lag([]) == 1


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2025-06-27", D(2025, 6, 27)),
        ("2025年6月27日", D(2025, 6, 27)),
        ("27 June 2025", D(2025, 6, 27)),
    ],
)
def test_parse_user_date(text, date) -> None:
    assert parse_user_date(text) == date


def test_parse_user_date_rejects_nonsense() -> None:
    with pytest.raises(DateError):
        parse_user_date("not a date")


def test_read_manifest_reports_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "manifest.csv"
    path.write_text(
        "file,date,home\na.txt,2025-06-27,衢江区\nb.txt,someday,\na.txt,2025-06-28,\n,2025-01-01,\n"
    )
    entries, problems = read_manifest(path)
    assert entries["a.txt"].date == D(2025, 6, 27) and entries["a.txt"].home == "衢江区"
    assert [p.split(": ", 1)[0] for p in problems] == [f"{path}:3", f"{path}:4", f"{path}:5"]
    assert "duplicate" in problems[1]


def test_read_manifest_tsv(tmp_path: Path) -> None:
    path = tmp_path / "manifest.tsv"
    path.write_text("file\tdate\nx/a.txt\t2025年6月27日\n")
    entries, problems = read_manifest(path)
    assert entries["a.txt"].date == D(2025, 6, 27) and not problems


def test_other_datelines_start_articles() -> None:
    text = "报头文字。\n\n标题\n\n开化新闻网讯（记者 王五）4月2日，会议召开。\n\n新华社杭州4月3日电 另一篇。"
    assert [a.month_day for a in split_articles(text)] == [None, (4, 2), (4, 3)]
