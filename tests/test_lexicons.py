from __future__ import annotations

from pathlib import Path

import pytest

from roles.lexicons import (
    SCHEMAS,
    LexiconError,
    Title,
    check_lexicon_dir,
    load_lexicons,
    read_table,
    with_organ_forms,
)
from roles.resources import bundled_lexicon_dir

HEADER = "# version: 1\n# source: test\n"


def test_bundled_lexicons_load_and_validate(lex) -> None:
    assert check_lexicon_dir(bundled_lexicon_dir()) == []
    assert lex.titles["区委书记"].single and lex.titles["区委书记"].tier == 1
    assert lex.titles["区领导"].tier == 2 and not lex.titles["区领导"].single
    assert lex.titles["区委常委会"].blocker
    place = lex.places_named("衢江区")[0]
    assert place.code == "330803"
    assert [p.name for p in lex.ancestors(place)] == ["衢江区", "衢州市", "浙江省"]
    assert set(lex.versions) == set(SCHEMAS)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (
            "surname\tkind\n张\tsingle\n张\tsingle\n",
            "surnames.tsv:5: duplicate surname '张' (first on line 4)",
        ),
        ("surname\tkind\tcolour\n", "surnames.tsv:3: unknown column 'colour'"),
        ("surname\n", "surnames.tsv:3: missing column 'kind'"),
        ("surname\tkind\n张\n", "surnames.tsv:4: expected 2 tab-separated cells, got 1"),
        (
            "surname\tkind\nZhang\tsingle\n",
            "surnames.tsv:4: surname: 'Zhang' is not a run of Chinese characters",
        ),
        ("surname\tkind\n张\tdouble\n", "surnames.tsv:4: kind: expected one of single/compound"),
    ],
)
def test_malformed_rows_name_file_and_line(tmp_path: Path, body: str, problem: str) -> None:
    path = tmp_path / "surnames.tsv"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        read_table(path, SCHEMAS["surnames"])
    assert str(err.value).startswith(f"{tmp_path}/{problem}")


@pytest.mark.parametrize(
    ("header", "problem"), [("# source: x\n", "version"), ("# version: 1\n", "source")]
)
def test_headers_are_required(tmp_path: Path, header: str, problem: str) -> None:
    path = tmp_path / "surnames.tsv"
    path.write_text(header + "surname\tkind\n张\tsingle\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=f"missing '# {problem}:' header"):
        read_table(path, SCHEMAS["surnames"])


def test_user_lexicons_extend_the_bundled_ones(tmp_path: Path) -> None:
    (tmp_path / "titles.tsv").write_text(
        HEADER + "surface\trole\tlevel\tinstitution\tsingle\ttier\n"
        "管委会主任\t管委会主任\t-\tgovernment\tyes\t1\n",
        encoding="utf-8",
    )
    lex = load_lexicons((tmp_path,))
    assert "管委会主任" in lex.titles and "区委书记" in lex.titles
    assert lex.versions["titles"].endswith("+1") and "+" in lex.versions["titles"]


def test_check_lexicon_dir_reports_every_bad_file(tmp_path: Path) -> None:
    (tmp_path / "surnames.tsv").write_text(HEADER + "surname\tkind\n张\tx\n", encoding="utf-8")
    (tmp_path / "name_ends.tsv").write_text("word\tstrong\n", encoding="utf-8")
    problems = check_lexicon_dir(tmp_path)
    assert len(problems) == 2 and all(str(tmp_path) in p for p in problems)
    assert "no lexicon files (titles, places, surnames" in check_lexicon_dir(tmp_path / "..")[0]


def test_organ_forms_are_derived_where_no_row_lists_them() -> None:
    """A department (局长 row) gets its party group's posts; an organ's 党组书记 its members and
    deputies; 人大常委会 its short form 人大. A listed row always wins over a derived one."""
    listed = {
        t.surface: t
        for t in (
            Title("县水利局局长", "县水利局局长", "县", "government", True, 2),
            Title("县政协党组书记", "县政协党组书记", "县", "cppcc", True, 2),
            Title("县人大常委会主任", "县人大常委会主任", "县", "congress", True, 1),
            Title("县水利局党组成员", "县水利局党组成员", "县", "government", True, 2),
        )
    }
    titles = with_organ_forms(listed)
    assert titles["县水利局党组书记"] == Title(
        "县水利局党组书记", "县水利局党组书记", "县", "government", True, 2
    )
    assert titles["县水利局党组副书记"].single is False
    assert titles["县水利局党组成员"] is listed["县水利局党组成员"]  # listed: kept as is
    assert titles["县政协党组成员"].role == "县政协党组成员"
    assert titles["县人大主任"].role == "县人大常委会主任"
    assert set(titles) >= set(listed)
