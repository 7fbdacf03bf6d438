from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from roles.cli import cli

from .conftest import DATA, SEEDS

FACT_COLUMNS = [
    "doc",
    "issue_date",
    "date",
    "date_basis",
    "person",
    "role",
    "jurisdiction",
    "jurisdiction_code",
    "acting",
    "status",
    "title",
    "evidence",
    "offset",
]
ISSUE_COLUMNS = [
    "doc",
    "issue_date",
    "issue_no",
    "date_basis",
    "home",
    "articles",
    "mentions",
    "warnings",
]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_facts_table_on_the_bundled_seeds(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["facts"])
    assert result.exit_code == 0, result.output
    assert "区委书记" in result.stdout and "衢江区" in result.stdout
    assert "inferred" in result.stderr  # the undated seed is reported


def test_facts_show_an_unknown_place_and_warn(runner: CliRunner, tmp_path: Path) -> None:
    """A bare title in a page of no known home: kept, its place shown as unknown (? on the
    terminal, empty in CSV), with a warning naming the file."""
    (tmp_path / "2019-05-07.txt").write_text(
        "本报讯 区委书记柏立华讲话。杭州市副市长柳立青出席。\n"
    )
    result = runner.invoke(cli, ["facts", str(tmp_path), "--no-cache", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.stdout.splitlines() if "柏立华" in x)
    assert line.split()[3] == "?"
    assert "2019-05-07.txt: 1 mention(s) of bare titles with no jurisdiction" in result.stderr
    out = tmp_path / "facts.csv"
    args = ["facts", str(tmp_path), "--no-cache", "--jobs", "1", "--format", "csv", "-o", str(out)]
    assert runner.invoke(cli, args).exit_code == 0
    rows = {r["person"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert (rows["柏立华"]["jurisdiction"], rows["柏立华"]["jurisdiction_code"]) == ("", "")
    assert rows["柳立青"]["jurisdiction"] == "杭州市"


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet", "table"])
def test_facts_formats_to_file(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"facts.{fmt}"
    result = runner.invoke(cli, ["facts", str(SEEDS), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        df = pl.read_csv(out)
    elif fmt == "json":
        df = pl.DataFrame(json.loads(out.read_text(encoding="utf-8")))
    elif fmt == "parquet":
        df = pl.read_parquet(out)
    else:
        assert "区委副书记" in out.read_text(encoding="utf-8")
        return
    assert df.columns == FACT_COLUMNS
    assert len(df) > 50


@pytest.mark.parametrize(
    ("name", "args", "check"),
    [
        ("f.csv", [], lambda p: p.read_text(encoding="utf-8").startswith("doc,issue_date,")),
        ("f.json", [], lambda p: isinstance(json.loads(p.read_text(encoding="utf-8")), list)),
        ("f.parquet", [], lambda p: pl.read_parquet(p).height > 50),
        ("f.txt", [], lambda p: "facts" in p.read_text(encoding="utf-8").splitlines()[0]),
        ("f.csv", ["--format", "json"], lambda p: p.read_text(encoding="utf-8").startswith("[")),
    ],
)
def test_output_format_follows_the_file_suffix_unless_given(
    runner: CliRunner, tmp_path: Path, name: str, args: list[str], check
) -> None:
    out = tmp_path / name
    result = runner.invoke(cli, ["facts", "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    assert check(out)


def test_output_is_deterministic(runner: CliRunner, tmp_path: Path) -> None:
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    runner.invoke(cli, ["facts", "--format", "csv", "-o", str(a)])
    runner.invoke(cli, ["facts", "--format", "csv", "-o", str(b)])
    assert a.read_bytes() == b.read_bytes()


def test_issues_csv_to_stdout(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["issues", "--format", "csv"])
    assert result.exit_code == 0
    header, *rows = result.stdout.strip().splitlines()
    assert header.split(",") == ISSUE_COLUMNS
    assert len(rows) == 5


def test_eval_against_gold(runner: CliRunner) -> None:
    gold = str(DATA / "seeds-facts.tsv")
    result = runner.invoke(cli, ["eval", "--gold", gold, "--by-role", "--min-recall", "0.9"])
    assert result.exit_code == 0, result.output
    assert "by tier" in result.stdout and "misses" in result.stdout
    assert runner.invoke(cli, ["eval", "--gold", gold, "--min-precision", "1.0"]).exit_code == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["facts", "no/such/path"], "does not exist"),
        (["facts", "--format", "xml"], "'xml' is not one of"),
        (["facts", "--encoding", "klingon"], "unknown encoding"),
        (["facts", "--format", "parquet"], "needs -o FILE"),
        (["facts", "--bogus"], "No such option"),
        (["eval"], "Missing option '--gold'"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    runner: CliRunner, args: list[str], message: str
) -> None:
    result = runner.invoke(cli, args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_bad_manifest_and_gold_are_named(runner: CliRunner, tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text("name,when\n")
    result = runner.invoke(cli, ["facts", "--manifest", str(manifest)])
    assert result.exit_code == 2 and f"{manifest}:1:" in result.stderr
    gold = tmp_path / "gold.tsv"
    gold.write_text("doc\ttier\tperson\trole\tjurisdiction\tacting\na\t3\tb\tc\td\tno\n")
    result = runner.invoke(cli, ["eval", "--gold", str(gold)])
    assert result.exit_code == 2 and f"{gold}:2: tier must be 1 or 2" in result.stderr


def test_strict_turns_warnings_into_exit_1(runner: CliRunner) -> None:
    assert (
        runner.invoke(cli, ["issues", "--strict"]).exit_code == 1
    )  # the seeds have an undated issue
    clean = str(SEEDS / "000_61ed2617b0d03422.txt")
    assert runner.invoke(cli, ["issues", "--strict", clean]).exit_code == 0


def test_manifest_dates_an_issue(runner: CliRunner, tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,date\n002_8b3adb28eb8351f2.txt,2025-06-27\n")
    result = runner.invoke(cli, ["issues", "--format", "csv", "--manifest", str(manifest)])
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith("002_"))
    assert ",2025-06-27,,manifest," in line


def test_bad_lexicon_folder_is_reported(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "titles.tsv").write_text("# version: 1\n# source: x\nsurface\trole\nX\tY\n")
    result = runner.invoke(cli, ["facts", "--lexicons", str(tmp_path)])
    assert result.exit_code == 2
    assert f"{tmp_path}/titles.tsv:3: missing column 'level'" in result.stderr
    result = runner.invoke(cli, ["lexicon", "check", str(tmp_path)])
    assert result.exit_code == 2 and "titles.tsv:3" in result.stderr
    assert runner.invoke(cli, ["lexicon", "check"]).exit_code == 0


def test_unwritable_output_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(cli, ["facts", "--format", "csv", "-o", str(blocker / "out.csv")])
    assert result.exit_code == 2
    assert "cannot write" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (blocker / "out.csv").exists()


def test_version_and_help(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["--version"]).exit_code == 0
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0 and "facts" in result.stdout


def test_changes_prints_chains(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["changes"])
    assert result.exit_code == 0, result.output
    assert "衢江区 区委书记: 周向军 → 王慧杰 → 贵丽青" in result.stdout
    assert "周向军 → 王慧杰: after 2020-10-19, by 2022-07-15" in result.stdout


def test_changes_export_columns(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["changes", "--format", "csv"])
    header = result.stdout.splitlines()[0]
    assert header == (
        "kind,jurisdiction,role,from,to,after,before,evidence_from,evidence_to,detail"
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["区委书记", "--on", "2021-06-01"], "between 周向军 (last seen 2020-10-19) and 王慧杰"),
        (["区长", "--on", "2021年6月1日"], "衢江区 区长 on 2021-06-01: 徐惠文"),
        (["区委书记", "-j", "鄞州区", "--on", "2020-10-14"], "褚银良"),
        (["区委书记", "--on", "2010-01-01"], "unknown: before the first sighting"),
    ],
)
def test_who(runner: CliRunner, args: list[str], expected: str) -> None:
    result = runner.invoke(cli, ["who", *args])
    assert result.exit_code == 0, result.output
    assert expected in result.stdout


def test_who_bad_date_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["who", "区长", "--on", "someday"])
    assert result.exit_code == 2 and "--on" in result.stderr


def test_who_json(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["who", "区长", "--on", "2024-01-01", "--format", "json"])
    rows = json.loads(result.stdout)
    assert [r["person"] for r in rows] == ["贵丽青", "祝升明"]
    assert rows[0]["status"] == "between"


def test_person_and_timeline(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["person", "贵丽青", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["person_id"], r["step"], r["role"]) for r in rows] == [
        ("贵丽青#1", "1", "区委副书记"),
        ("贵丽青#1", "1", "区长"),
        ("贵丽青#1", "2", "区委书记"),
    ]
    result = runner.invoke(cli, ["timeline", "-j", "衢江区", "-r", "区长", "--format", "csv"])
    assert [line.split(",")[2] for line in result.stdout.splitlines()[1:]] == [
        "徐惠文",
        "贵丽青",
        "祝升明",
    ]


def test_careers_command(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["careers", "-p", "贵丽青", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == [
        "person_id",
        "person",
        "step",
        "jurisdiction",
        "jurisdiction_code",
        "role",
        "acting",
        "first_seen",
        "last_seen",
        "start_earliest",
        "start_latest",
        "end_earliest",
        "end_latest",
        "basis",
        "evidence",
        "doc",
    ]
    assert [(r["step"], r["role"], r["basis"]) for r in rows][-1] == ("2", "区委书记", "sighting")
    # -j keeps whole careers of the people who held a post there
    result = runner.invoke(cli, ["careers", "-j", "鄞州区", "--format", "csv"])
    held = {(r["person_id"], r["jurisdiction"]) for r in csv.DictReader(io.StringIO(result.stdout))}
    assert held and all(pid != "贵丽青#1" for pid, _ in held)
    assert any(j == "宁波市" for _, j in held)  # 市委常委 held with the district's post


def test_person_shows_why(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "2019-04-02.txt").write_text(
        "中共衢州市委主办\n2019年4月2日 星期二\n\n"
        "本报讯 4月1日，龙游县副县长张志刚、常山县委常委张志刚作交流发言。\n",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["person", "张志刚", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "张志刚#1" in result.stdout and "张志刚#2" in result.stdout
    assert "apart 常山县 县委常委 (sighting): not 张志刚#1" in result.stdout
    result = runner.invoke(cli, ["person", "无此人", str(tmp_path)])
    assert "no post found for 无此人" in result.stderr


def test_changes_lists_moves(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "2021-02-02.txt").write_text(
        "中共衢州市委主办\n2021年2月2日 星期二\n\n本报讯 2月1日，原龙游县委书记李卫东调任衢州市副市长。\n",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["changes", str(tmp_path), "--format", "csv"])
    (row,) = [r for r in csv.DictReader(io.StringIO(result.stdout)) if r["kind"] == "move"]
    assert (row["from"], row["role"], row["after"], row["before"]) == (
        "李卫东#1",
        "县委书记→副市长",
        "",
        "2021-02-01",
    )
    assert row["detail"] == "promotion: county → city"
