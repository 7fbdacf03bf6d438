from __future__ import annotations

from pathlib import Path

import pytest

from roles.lexicons import SCHEMAS, LexiconError, check_lexicon_dir, load_lexicons, read_table
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
