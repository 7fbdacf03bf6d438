"""The result cache: a second run over an unchanged archive reads no issue; changes are seen."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from roles import workers
from roles.lexicons import load_lexicons
from roles.pipeline import Settings, scan

from .conftest import SEEDS


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    shutil.copytree(SEEDS, folder)
    return folder


def counting(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = workers.extract_file

    def extract_file(path, doc, matcher, settings):
        seen.append(doc)
        return real(path, doc, matcher, settings)

    monkeypatch.setattr(workers, "extract_file", extract_file)
    return seen


def test_an_unchanged_archive_is_not_read_again(
    lex, archive: Path, tmp_path: Path, monkeypatch
) -> None:
    settings = Settings(cache=tmp_path / "cache")
    first = scan([archive], lex, settings)
    read = counting(monkeypatch)
    second = scan([archive], lex, settings)
    assert read == []
    assert second.fact_table.equals(first.fact_table)
    assert second.issues.equals(first.issues)
    assert second.warnings == first.warnings


def test_only_changed_files_are_read_again(lex, archive: Path, tmp_path: Path, monkeypatch) -> None:
    settings = Settings(cache=tmp_path / "cache")
    scan([archive], lex, settings)
    changed = archive / "000_61ed2617b0d03422.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n区委书记李明华讲话。\n", encoding="utf-8"
    )
    os.utime(changed, ns=(1, 1))
    read = counting(monkeypatch)
    corpus = scan([archive], lex, settings)
    assert read == ["000_61ed2617b0d03422.txt"]
    assert "李明华" in set(corpus.facts["person"])


def test_a_touched_or_moved_archive_is_hashed_not_read_again(
    lex, archive: Path, tmp_path: Path, monkeypatch
) -> None:
    settings = Settings(cache=tmp_path / "cache")
    first = scan([archive], lex, settings)
    for path in archive.iterdir():
        os.utime(path, ns=(2, 2))
    moved = tmp_path / "moved"
    shutil.copytree(archive, moved / "issues")
    (moved / "issues" / "000_61ed2617b0d03422.txt").rename(moved / "issues" / "renamed.txt")
    read = counting(monkeypatch)
    touched = scan([archive], lex, settings)
    copied = scan([moved], lex, settings)
    assert read == []
    assert touched.fact_table.equals(first.fact_table)
    docs = set(copied.fact_table["doc"])
    assert "issues/renamed.txt" in docs and "000_61ed2617b0d03422.txt" not in docs
    assert len(copied.fact_table) == len(first.fact_table)


def test_a_same_size_edit_with_a_new_time_is_read_again(
    lex, archive: Path, tmp_path: Path, monkeypatch
) -> None:
    settings = Settings(cache=tmp_path / "cache")
    scan([archive], lex, settings)
    changed = archive / "001_7ef5928998a3dc46.txt"
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("衢江", "柯城", 1), encoding="utf-8")  # same byte length
    read = counting(monkeypatch)
    scan([archive], lex, settings)
    assert read == ["001_7ef5928998a3dc46.txt"]


def test_a_changed_lexicon_invalidates_the_cache(
    archive: Path, tmp_path: Path, monkeypatch
) -> None:
    settings = Settings(cache=tmp_path / "cache")
    scan([archive], load_lexicons(), settings)
    extra = tmp_path / "lexicons"
    extra.mkdir()
    (extra / "name_ends.tsv").write_text(
        "# version: 1\n# source: test\nword\tstrong\n致函\tno\n", encoding="utf-8"
    )
    read = counting(monkeypatch)
    scan([archive], load_lexicons((extra,)), settings)
    assert len(read) == 5


def test_no_cache_reads_everything(lex, archive: Path, monkeypatch) -> None:
    read = counting(monkeypatch)
    scan([archive], lex, Settings(cache=None))
    scan([archive], lex, Settings(cache=None))
    assert len(read) == 10


def test_a_damaged_cache_is_a_miss(lex, archive: Path, tmp_path: Path, monkeypatch) -> None:
    settings = Settings(cache=tmp_path / "cache")
    first = scan([archive], lex, settings)
    shutil.rmtree(tmp_path / "cache" / "runs")
    import sqlite3

    db = sqlite3.connect(tmp_path / "cache" / "results.sqlite")
    db.execute("update results set value = x'00'")
    db.commit()
    db.close()
    read = counting(monkeypatch)
    again = scan([archive], lex, settings)
    assert len(read) == 5 and again.fact_table.equals(first.fact_table)


def test_jobs_give_identical_results(lex, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(150):  # more than two chunks of files
        src = sorted(SEEDS.glob("*.txt"))[i % 5]
        shutil.copy(src, folder / f"{i:04d}_{src.name}")
    one = scan([folder], lex, Settings(jobs=1))
    two = scan([folder], lex, Settings(jobs=2))
    assert one.fact_table.equals(two.fact_table)
    assert one.issues.equals(two.issues)
    docs = one.fact_table["doc"].to_list()
    assert docs == sorted(docs)  # facts come in the order of the issues' names


def test_an_unusable_cache_folder_does_not_stop_the_run(lex, archive: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    corpus = scan([archive], lex, Settings(cache=blocker / "cache"))
    assert len(corpus.fact_table) > 50
