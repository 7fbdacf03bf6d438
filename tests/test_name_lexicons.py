"""Checks on the name lexicons themselves: surnames.tsv, given_chars.tsv and name_parts.tsv.

The files are read with a small reader of their own here, not with roles.lexicons, so that these
checks say what the files hold whatever the loader does with them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

LEXICONS = Path(__file__).resolve().parent.parent / "lexicons"

COLUMNS = {
    "surnames.tsv": ["surname", "kind", "freq", "common_word"],
    "given_chars.tsv": ["char", "count", "share"],
    "name_parts.tsv": ["part", "people"],
}


def read_tsv(name: str) -> tuple[list[str], list[str], list[dict[str, str]]]:
    """(comment lines, header, rows) of a lexicon file; every row must be as wide as the header."""
    comments: list[str] = []
    header: list[str] = []
    rows: list[dict[str, str]] = []
    text = (LEXICONS / name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#"):
            assert not header, f"{name}: comment after the header row: {line!r}"
            comments.append(line)
        elif line.strip():
            cells = line.split("\t")
            if not header:
                header = cells
            else:
                assert len(cells) == len(header), f"{name}: {line!r}"
                rows.append(dict(zip(header, cells, strict=True)))
    return comments, header, rows


def column(name: str, key: str) -> list[str]:
    return [row[key] for row in read_tsv(name)[2]]


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_headers_and_columns(name: str) -> None:
    comments, header, rows = read_tsv(name)
    assert comments[0].startswith("# version: ")
    assert comments[1].startswith("# source: ")
    assert header == COLUMNS[name]
    assert rows


@pytest.mark.parametrize(
    ("name", "key"),
    [("surnames.tsv", "surname"), ("given_chars.tsv", "char"), ("name_parts.tsv", "part")],
)
def test_no_duplicates(name: str, key: str) -> None:
    values = column(name, key)
    assert len(values) == len(set(values))


SINGLE = ("王", "张", "吾", "笪", "禚", "亓", "母", "仉")
COMPOUND = (
    "欧阳", "诸葛", "上官", "司马", "皇甫", "东方", "令狐", "夏侯", "尉迟",
    "公孙", "慕容", "长孙", "宇文", "司徒", "澹台", "端木", "轩辕", "呼延",
)  # fmt: skip


@pytest.mark.parametrize(
    ("surname", "kind"),
    [*((s, "single") for s in SINGLE), *((s, "compound") for s in COMPOUND)],
)
def test_rare_and_compound_surnames_are_listed(surname: str, kind: str) -> None:
    kinds = {row["surname"]: row["kind"] for row in read_tsv("surnames.tsv")[2]}
    assert kinds.get(surname) == kind


def test_surname_rows_are_well_formed() -> None:
    rows = read_tsv("surnames.tsv")[2]
    for row in rows:
        assert row["kind"] == ("single" if len(row["surname"]) == 1 else "compound"), row
        assert row["freq"].isdigit(), row
        assert row["common_word"] in ("yes", "no"), row
    assert len(rows) > 1000
    freq = {row["surname"]: int(row["freq"]) for row in rows}
    assert freq["王"] > freq["欧阳"] > freq["亓"] > 0


@pytest.mark.parametrize(
    ("surname", "common_word"), [("是", "yes"), ("和", "yes"), ("于", "yes"), ("欧阳", "no")]
)
def test_common_words_are_marked(surname: str, common_word: str) -> None:
    marks = {row["surname"]: row["common_word"] for row in read_tsv("surnames.tsv")[2]}
    assert marks[surname] == common_word


def test_given_chars_counts_and_shares_are_integers() -> None:
    rows = read_tsv("given_chars.tsv")[2]
    for row in rows:
        assert len(row["char"]) == 1, row
        assert row["count"].isdigit() and int(row["count"]) >= 3, row
        assert row["share"].isdigit(), row
    counts = [int(row["count"]) for row in rows]
    assert counts == sorted(counts, reverse=True)
    assert sum(int(row["share"]) for row in rows) <= 10_000 + len(rows)


@pytest.mark.parametrize(
    ("part", "people"),
    [
        ("次仁", "tibetan"),
        ("扎西", "tibetan"),
        ("巴特尔", "mongolian"),
        ("其其格", "mongolian"),
        ("买买提", "uyghur"),
        ("古丽", "uyghur"),
        ("努尔兰", "kazakh"),
        ("阿苦", "yi"),
        ("吉克", "yi"),
    ],
)
def test_name_parts(part: str, people: str) -> None:
    rows = read_tsv("name_parts.tsv")[2]
    assert 150 <= len(rows) <= 400
    assert {row["people"] for row in rows} <= {
        "tibetan",
        "mongolian",
        "uyghur",
        "kazakh",
        "yi",
        "other",
    }
    assert {row["part"]: row["people"] for row in rows}[part] == people


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("surnames.tsv", lambda r: (-int(r["freq"]), r["kind"] != "single", r["surname"])),
        ("given_chars.tsv", lambda r: (-int(r["count"]), r["char"])),
        ("name_parts.tsv", lambda r: (r["people"], r["part"])),
    ],
)
def test_rows_are_sorted(name: str, key) -> None:
    rows = read_tsv(name)[2]
    assert rows == sorted(rows, key=key)


def test_the_dictionary_is_derived_once_and_kept(tmp_path, monkeypatch) -> None:
    from roles import dictionary

    monkeypatch.setenv("ROLES_CACHE_DIR", str(tmp_path))
    dictionary.release_dictionary()
    try:
        first = dictionary.dictionary_words()
        (kept,) = tmp_path.glob("dictionary-*.marshal")
        dictionary.release_dictionary()
        calls = []
        real = dictionary.read_dictionary
        monkeypatch.setattr(dictionary, "read_dictionary", lambda p: calls.append(p) or real(p))
        assert dictionary.dictionary_words() == first and calls == []  # read from the kept form
        kept.write_bytes(b"not marshal data")  # a damaged file is derived again
        dictionary.release_dictionary()
        assert dictionary.dictionary_words() == first and len(calls) == 1
    finally:
        dictionary.release_dictionary()
