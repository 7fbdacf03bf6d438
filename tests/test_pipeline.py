from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from roles.pipeline import FACT_SCHEMA, Settings, scan

from .conftest import SEEDS

SEED = SEEDS / "000_61ed2617b0d03422.txt"


def _facts(corpus) -> list[tuple]:
    return sorted(corpus.fact_table.drop("doc").iter_rows())


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16", "utf-8-sig"])
def test_other_encodings_give_the_same_facts(lex, tmp_path: Path, encoding: str) -> None:
    copy = tmp_path / SEED.name
    copy.write_bytes(SEED.read_text(encoding="utf-8").encode(encoding))
    assert _facts(scan([copy], lex)) == _facts(scan([SEED], lex))


def test_bad_files_are_reported_and_the_rest_is_read(lex, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01" * 500)
    (tmp_path / "latin.txt").write_bytes(b"abc\xff\xffdef")
    (tmp_path / "undated.txt").write_text("区委书记李明华讲话。")
    corpus = scan([tmp_path], lex)
    issues = {r["doc"]: r for r in corpus.issues.iter_rows(named=True)}
    assert issues["good.txt"]["mentions"] > 10
    assert "skipped: empty file" in issues["empty.txt"]["warnings"]
    assert "binary" in issues["binary.txt"]["warnings"]
    assert "undecodable" in issues["latin.txt"]["warnings"]
    assert "no usable date" in issues["undated.txt"]["warnings"]
    assert set(corpus.facts["doc"]) == {"good.txt"}
    assert all(w.split(":")[0] in issues for w in corpus.warnings)


def test_filename_date_and_home_option(lex, tmp_path: Path) -> None:
    path = tmp_path / "2019-05-07.txt"
    path.write_text("本报讯 近日，区委书记李明华讲话。县长王五出席。")
    corpus = scan([path], lex, Settings(home="金华市婺城区"))
    issue = corpus.issues.row(0, named=True)
    assert (issue["issue_date"], issue["date_basis"], issue["home"]) == (
        dt.date(2019, 5, 7),
        "filename",
        "婺城区",
    )
    facts = corpus.fact_table.select("person", "role", "jurisdiction").rows()
    # 县长 has no 县 above a 区: kept with no jurisdiction, and out of the placed facts
    assert facts == [("李明华", "区委书记", "婺城区"), ("王五", "县长", None)]
    assert corpus.facts.select("person").rows() == [("李明华",)]
    assert (
        "1 mention(s) of bare titles with no jurisdiction: no such level at or above 婺城区"
        in issue["warnings"]
    )


def test_unknown_home_keeps_bare_titles_unplaced_with_a_warning(lex, tmp_path: Path) -> None:
    path = tmp_path / "2019-05-07.txt"
    path.write_text("区委书记李明华讲话。杭州市副市长柳青出席。")
    corpus = scan([path], lex)
    rows = corpus.fact_table.select("person", "role", "jurisdiction", "jurisdiction_code").rows()
    assert rows == [("李明华", "区委书记", None, None), ("柳青", "副市长", "杭州市", "330100")]
    # the stages that need a post's place (tenures, careers, the report) see the placed one only
    assert corpus.facts.select("person").rows() == [("柳青",)]
    assert corpus.issues["mentions"][0] == 2
    assert "give --home" in corpus.issues["warnings"][0]


def test_fact_schema_is_exact(lex) -> None:
    corpus = scan([SEED], lex)
    assert corpus.fact_table.schema == FACT_SCHEMA
