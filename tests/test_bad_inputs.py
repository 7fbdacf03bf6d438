"""A folder of bad inputs, built here, read end to end: nothing is lost but what is broken."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from roles.cli import cli

from .conftest import SEEDS

SEED = SEEDS / "000_61ed2617b0d03422.txt"


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    text = SEED.read_text(encoding="utf-8")
    raw = text.encode("utf-8")
    (root / "good.txt").write_bytes(raw)
    (root / "good-gbk.txt").write_bytes(text.encode("gbk"))
    (root / "good-utf16.txt").write_bytes(text.encode("utf-16"))
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text(" \n\t\u3000\n", encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x00" * 300 + raw[:300])
    (root / "undecodable.txt").write_bytes(b"\xff\xfe\xfd\xfc"[2:] * 50 + b"\x81\xff")
    cut = raw.index("区委书记".encode()) + 4  # inside the first byte sequence of 委
    (root / "truncated.txt").write_bytes(raw[: cut + 1])
    (root / "undated.txt").write_text("区委书记李明华讲话。", encoding="utf-8")
    one_line = text.replace("\n", "") * 40  # ~0.6 million characters, no line break
    (root / "one-line.txt").write_text(one_line, encoding="utf-8")
    (root / "notes.pdf").write_bytes(b"%PDF")  # not an issue file: ignored
    sub = root / "2021"
    sub.mkdir()
    (sub / "2021-05-07.md").write_text("本报讯 近日，区委书记李明华讲话。", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def run(archive: Path):
    args = ["issues", "--format", "csv", "--home", "衢江区", "-v", str(archive)]
    return CliRunner().invoke(cli, args)


def _issues(run) -> dict[str, dict]:
    return {row["doc"]: row for row in csv.DictReader(io.StringIO(run.stdout))}


def test_the_run_completes_with_exit_0(run) -> None:
    assert run.exit_code == 0, run.output
    assert "Traceback" not in run.output


EXPECTED = {
    "empty.txt": "skipped: empty file",
    "blank.txt": "skipped: empty file",
    "binary.txt": "skipped: binary file",
    "undecodable.txt": "skipped: undecodable",
    "truncated.txt": "truncated inside a character",
    "undated.txt": "skipped: no usable date",
}


@pytest.mark.parametrize(("doc", "reason"), EXPECTED.items())
def test_each_bad_file_is_listed_with_its_reason(run, doc: str, reason: str) -> None:
    assert reason in _issues(run)[doc]["warnings"]
    warning = next(line for line in run.stderr.splitlines() if f" {doc}: " in line)
    assert warning.startswith("warning: ") and reason in warning


def test_without_verbose_the_warnings_are_summarised(archive: Path) -> None:
    result = CliRunner().invoke(
        cli, ["issues", "--format", "csv", "--home", "衢江区", str(archive)]
    )
    lines = result.stderr.splitlines()
    assert (
        lines[0].endswith("warnings:") and lines[-1] == "  details: roles issues (per file), or -v"
    )
    assert "  2 × skipped: empty file (e.g. blank.txt)" in lines
    assert len(lines) < len(EXPECTED) + 4  # a line per kind, not per file


def test_good_files_are_all_read(run) -> None:
    issues = _issues(run)
    counts = {
        doc: int(issues[doc]["mentions"]) for doc in ("good.txt", "good-gbk.txt", "good-utf16.txt")
    }
    assert len(set(counts.values())) == 1 and counts["good.txt"] > 10
    assert int(issues["one-line.txt"]["mentions"]) >= 40 * counts["good.txt"] - 40
    assert issues["2021/2021-05-07.md"]["date_basis"] == "filename"
    assert "notes.pdf" not in issues
    # the truncated file keeps everything before the cut
    assert issues["truncated.txt"]["issue_date"] == "2023-03-21"


def test_strict_makes_warnings_fail(archive: Path) -> None:
    result = CliRunner().invoke(cli, ["issues", "--strict", "--home", "衢江区", str(archive)])
    assert result.exit_code == 1
    assert "--strict" in result.stderr


def test_manifest_problems_name_the_line(archive: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "file,date\nundated.txt,2024-02-30\nundated.txt,2024-03-01\nmissing.txt,2024-03-01\n"
        "undated.txt,2024-03-02\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli,
        [
            "issues",
            "--format",
            "csv",
            "--manifest",
            str(manifest),
            "--home",
            "衢江区",
            str(archive),
        ],
    )
    assert result.exit_code == 0
    assert f"{manifest}:2: cannot read '2024-02-30' as a date" in result.stderr
    assert f"{manifest}:5: duplicate row for undated.txt (first on line 3)" in result.stderr
    assert f"{manifest}:4: no such file among the issues: missing.txt" in result.stderr
    assert _issues(result)["undated.txt"]["date_basis"] == "manifest"


def test_forced_wrong_encoding_is_reported_per_file(archive: Path) -> None:
    result = CliRunner().invoke(
        cli, ["issues", "--encoding", "ascii", "--format", "csv", str(archive / "good.txt")]
    )
    assert result.exit_code == 0
    assert "cannot decode as ascii" in _issues(result)["good.txt"]["warnings"]
