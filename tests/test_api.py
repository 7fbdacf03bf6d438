"""The Python API (`roles.read`) gives what the command line exports, and reads every kind of
source people keep: text, gzipped text, scrapers' JSON Lines, several papers in one run."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

import roles
from roles.api import summarise
from roles.cli import cli
from roles.pipeline import FACT_SCHEMA

from .conftest import DATA, SEEDS


@pytest.fixture(scope="module")
def run():
    return roles.read([], cache=False)


def test_read_gives_the_cli_exports(run, tmp_path: Path) -> None:
    runner = CliRunner()
    for command, frame in (("facts", run.facts), ("timeline", run.timeline())):
        out = tmp_path / f"{command}.parquet"
        assert runner.invoke(cli, [command, "--no-cache", "-o", str(out)]).exit_code == 0
        assert pl.read_parquet(out).equals(frame), command
    assert run.facts.columns == list(FACT_SCHEMA)
    out = tmp_path / "careers.parquet"
    assert runner.invoke(cli, ["careers", "--no-cache", "-o", str(out)]).exit_code == 0
    assert pl.read_parquet(out).equals(run.careers())


def test_read_answers_like_the_cli(run) -> None:
    answer = run.who("区委书记", on="2021-06-01")
    assert answer.status == "between" and "周向军" in answer.text
    assert run.who("区委书记", on="2023年3月21日").holders[0]["person"] == "王慧杰"
    assert run.home == "衢江区"
    kinds = set(run.changes().get_column("kind"))
    assert {"succession", "acting-confirmed", "career-move"} <= kinds
    report = run.report("bundled seed issues")
    assert report.startswith("# 衢江区") and "## Careers" in report
    assert report == run.report("bundled seed issues")  # deterministic


def test_read_names_the_bundled_seeds_by_default(run) -> None:
    assert sorted(run.issues["doc"]) == sorted(p.name for p in SEEDS.glob("*.txt"))


def write_archive(root: Path) -> Path:
    """Two papers in one run: a county's text issue (gzipped) and a city's scraped records."""
    text = (
        "中共衢州市龙游县委主办\n2021年3月9日 星期二\n\n"
        "本报讯 3月8日，县委书记林海波主持召开县委常委会会议。县委副书记、县长许文杰出席。\n"
    )
    (root / "longyou").mkdir()
    (root / "longyou" / "2021-03-09.txt.gz").write_bytes(gzip.compress(text.encode()))
    records = [
        {
            "id": "a1",
            "date": "2022-05-10",
            "home": "江山市",
            "text": "本报讯 5月9日，市委书记沈志高调研。",
        },
        {
            "id": "a2",
            "url": "http://x.cn/html/2022-05/11/content_2.htm",
            "home": "江山市",
            "text": "本报讯 5月10日，副市长吴佳怡出席活动。",
        },
        "not a record",
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    (root / "jiangshan.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    (root / "notes.csv").write_text("ignored", encoding="utf-8")
    return root


def test_several_kinds_and_papers_in_one_run(tmp_path: Path) -> None:
    run = roles.read([write_archive(tmp_path)], cache=False)
    issues = {r["doc"]: r for r in run.issues.iter_rows(named=True)}
    assert set(issues) == {
        "longyou/2021-03-09.txt.gz",
        "jiangshan.jsonl.gz#a1",
        "jiangshan.jsonl.gz#a2",
        "jiangshan.jsonl.gz#3",
    }
    assert (
        issues["longyou/2021-03-09.txt.gz"]["home"],
        issues["jiangshan.jsonl.gz#a1"]["home"],
    ) == (
        "龙游县",
        "江山市",
    )
    assert issues["jiangshan.jsonl.gz#a1"]["date_basis"] == "record"
    assert (
        issues["jiangshan.jsonl.gz#a2"]["date_basis"],
        str(issues["jiangshan.jsonl.gz#a2"]["issue_date"]),
    ) == (
        "path",
        "2022-05-11",
    )
    assert "not an object" in issues["jiangshan.jsonl.gz#3"]["warnings"]
    facts = set(run.facts.select("person", "role", "jurisdiction").iter_rows())
    assert {
        ("林海波", "县委书记", "龙游县"),
        ("沈志高", "市委书记", "江山市"),
        ("吴佳怡", "副市长", "江山市"),
    } <= facts


def test_glob_narrows_what_folders_give(tmp_path: Path) -> None:
    run = roles.read([write_archive(tmp_path)], cache=False, glob="*.jsonl.gz")
    assert all(doc.startswith("jiangshan.jsonl.gz#") for doc in run.issues["doc"])
    result = CliRunner().invoke(
        cli, ["issues", str(tmp_path), "--glob", "longyou/*", "--format", "csv", "--no-cache"]
    )
    assert result.exit_code == 0, result.output
    assert [r.split(",")[0] for r in result.stdout.splitlines()[1:]] == [
        "longyou/2021-03-09.txt.gz"
    ]


def test_a_broken_gzip_file_is_one_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(b"not gzip at all")
    run = roles.read([tmp_path], cache=False)
    (row,) = run.issues.iter_rows(named=True)
    assert row["warnings"].startswith("skipped: not a readable gzip file")


SUMMARY_CASES = [
    (
        [
            "manifest.csv:3: bad date",
            "a.txt: no printed date: 2025-06-26 inferred",
            "b.txt: no printed date: 2024-01-02 inferred",
            "b.txt: skipped: empty file",
        ],
        ["a.txt", "b.txt"],
        [
            "manifest.csv:3: bad date",
            "2 × no printed date (e.g. a.txt)",
            "1 × skipped: empty file (e.g. b.txt)",
        ],
    ),
    (
        ["x.jsonl#7: skipped: line 7: no text"],
        ["x.jsonl#7"],
        ["1 × skipped: line N (e.g. x.jsonl#7)"],
    ),
    ([], [], []),
]


@pytest.mark.parametrize(("warnings", "docs", "expected"), SUMMARY_CASES)
def test_summarise(warnings: list[str], docs: list[str], expected: list[str]) -> None:
    assert summarise(warnings, docs) == expected


def test_who_takes_the_role_before_the_paths() -> None:
    result = CliRunner().invoke(cli, ["who", "区委书记", "--on", "2021-06-01", str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert "between 周向军" in result.stdout


def test_unusual_dates_ask_dateparser_for_chinese_and_english_only(monkeypatch) -> None:
    # with no languages, dateparser loads every language's data on its first failure (2.7 s)
    import dateparser

    from roles.dating import DateError, parse_user_date

    seen: list[dict] = []
    real = dateparser.parse

    def parse(text, **kwargs):
        seen.append(kwargs)
        return real(text, **kwargs)

    monkeypatch.setattr(dateparser, "parse", parse)
    with pytest.raises(DateError, match="cannot read 'someday' as a date"):
        parse_user_date("someday")
    assert str(parse_user_date("27 June 2025")) == "2025-06-27"
    assert all(k["languages"] == ["zh", "en"] for k in seen) and len(seen) == 2


def test_saved_pages_are_dated_by_the_page_and_homed_by_their_sponsor() -> None:
    run = roles.read([DATA / "html"], cache=False)
    issues = {r["doc"]: r for r in run.issues.iter_rows(named=True)}
    assert len(issues) == len(list((DATA / "html").rglob("*.htm*")))
    assert all(r["issue_date"] is not None for r in issues.values())
    # a page's own date wins over a date near the top of its text (公示时间：…, an event's)
    zzb = issues["news/zzb/t20230616_4321.html"]
    assert (str(zzb["issue_date"]), zzb["date_basis"]) == ("2023-06-16", "page")
    assert "the page's is used" in zzb["warnings"]
    # a page that prints no date is dated by its e-paper path
    path = issues["epaper/2016-08/23/content_160614.htm"]
    assert (str(path["issue_date"]), path["date_basis"]) == ("2016-08-23", "path")
    assert issues["news/longyou/2022-07/15/content_88231.html.gz"]["home"] == "龙游县"
    assert not run.facts.is_empty()
