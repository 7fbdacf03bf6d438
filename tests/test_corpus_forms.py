"""Forms that need the whole run: references to known holders, renamed units, statuses, codes."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from roles.pipeline import Settings, scan
from roles.timeline import changes, tenures


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_references_link_to_the_one_known_holder(lex, tmp_path: Path) -> None:
    folder = write(
        tmp_path,
        {
            "2020-01-10.txt": "本报讯 近日，区长徐明华讲话。区委书记罗毅刚主持。",
            "2020-03-02.txt": "本报讯 近日，徐区长强调安全生产。在罗毅刚书记的带领下，全区齐心协力。",
        },
    )
    corpus = scan([folder], lex, Settings(home="衢江区"))
    later = corpus.fact_table.filter(pl.col("doc") == "2020-03-02.txt")
    assert set(later.select("person", "role", "jurisdiction").iter_rows()) == {
        ("徐明华", "区长", "衢江区"),
        ("罗毅刚", "区委书记", "衢江区"),
    }
    assert set(later["title"]) == {"区长", "书记"}  # as written


def test_ambiguous_references_are_not_linked(lex, tmp_path: Path) -> None:
    folder = write(
        tmp_path,
        {
            "2020-01-10.txt": "本报讯 近日，副区长徐明华、徐建国参加。",
            "2020-03-02.txt": "本报讯 近日，徐副区长强调安全生产。",
        },
    )
    corpus = scan([folder], lex, Settings(home="衢江区"))
    assert corpus.fact_table.filter(pl.col("doc") == "2020-03-02.txt").is_empty()


@pytest.mark.parametrize(
    ("holder_day", "linked"),
    [("2020-03-01.txt", True), ("2018-03-03.txt", True), ("2018-03-01.txt", False)],
)
def test_references_link_only_within_two_years(
    lex, tmp_path: Path, holder_day: str, linked: bool
) -> None:
    folder = write(
        tmp_path,
        {
            holder_day: "本报讯 近日，区长徐明华讲话。柯城区区长徐建国出席。",
            "2020-03-02.txt": "本报讯 近日，徐区长强调安全生产。",
        },
    )
    corpus = scan([folder], lex, Settings(home="衢江区"))
    later = corpus.fact_table.filter(pl.col("doc") == "2020-03-02.txt")
    expected = {("徐明华", "区长", "衢江区")} if linked else set()
    assert set(later.select("person", "role", "jurisdiction").iter_rows()) == expected


def test_a_renamed_unit_keeps_one_chain(lex, tmp_path: Path) -> None:
    folder = write(
        tmp_path,
        {
            "1999-05-04.txt": "中共衢县县委主办\n\n本报讯 近日，县委书记王建设讲话，县长李永红主持。",
            "2003-05-06.txt": "中共衢州市衢江区委主办\n\n本报讯 近日，区委书记赵文明讲话，区长李永红主持。",
        },
    )
    corpus = scan([folder], lex)
    facts = corpus.fact_table
    assert set(facts.filter(pl.col("doc") == "1999-05-04.txt")["jurisdiction"]) == {"衢县"}
    table = changes(corpus.facts, renames=lex.renames)
    steps = {
        (r["role"], r["from"], r["to"])
        for r in table.iter_rows(named=True)
        if r["kind"] == "succession"
    }
    assert steps == {("区委书记", "王建设", "赵文明")}
    t = tenures(corpus.facts, lex.renames).filter(pl.col("person") == "李永红")
    assert t.select("jurisdiction", "role", "as_written").rows() == [
        ("衢江区", "区长", "衢县 县长; 衢江区 区长")
    ]


def test_former_and_designate_posts_are_facts_but_not_sightings(lex, tmp_path: Path) -> None:
    folder = write(
        tmp_path,
        {
            "2020-01-10.txt": "本报讯 近日，原区委书记高远山、区委书记陈立新出席。拟任副区长董明远，男。"
        },
    )
    corpus = scan([folder], lex, Settings(home="衢江区"))
    statuses = dict(corpus.fact_table.select("person", "status").iter_rows())
    assert statuses == {"高远山": "former", "陈立新": "current", "董明远": "designate"}
    assert tenures(corpus.facts)["person"].to_list() == ["陈立新"]


def test_jurisdiction_codes(lex, tmp_path: Path) -> None:
    folder = write(
        tmp_path,
        {"2020-01-10.txt": "本报讯 近日，区委书记陈立新、鄞州区委书记褚明出席。廿里镇镇长刘海说。"},
    )
    corpus = scan([folder], lex, Settings(home="衢江区"))
    codes = dict(corpus.fact_table.select("jurisdiction", "jurisdiction_code").iter_rows())
    assert codes == {"衢江区": "330803", "鄞州区": "330212", "廿里镇": None}


def test_unlinked_references_are_named_in_the_warning(lex, tmp_path: Path) -> None:
    folder = write(
        tmp_path,
        {
            "2020-01-10.txt": "本报讯 近日，区长徐明华讲话。",
            "2020-03-02.txt": "本报讯 近日，徐区长强调安全生产。王书记出席。",
        },
    )
    corpus = scan([folder], lex, Settings(home="衢江区"))
    assert corpus.warnings == [
        "2020-03-02.txt: reference(s) not linked, no single holder fits: 王书记"
    ]


def test_a_manifest_home_is_the_issues_own_and_an_unknown_one_is_named(lex, tmp_path: Path) -> None:
    folder = write(
        tmp_path,
        {"a.txt": "本报讯 县委书记韩立国讲话。", "b.txt": "本报讯 县委书记韩立国讲话。"},
    )
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        "file,date,home\na.txt,2024-05-01,积石山保安族东乡族撒拉族自治县\nb.txt,2024-05-02,科左某旗\n",
        encoding="utf-8",
    )
    corpus = scan([folder], lex, Settings(manifest=manifest))
    homes = dict(corpus.issues.select("doc", "home").iter_rows())
    assert homes["a.txt"] == "积石山保安族东乡族撒拉族自治县"  # the longest name there is
    warned = [w for w in corpus.warnings if w.startswith("a.txt")]
    assert not any("sponsor" in w for w in warned)
    assert "b.txt: manifest home '科左某旗' is not a place in the gazetteer" in corpus.warnings
