"""The gazetteer with history: places.tsv built from areacodes (every division since 1981)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from roles.lexicons import (
    SCHEMAS,
    LexiconError,
    _load_places,
    derive_renames,
    load_lexicons,
    read_table,
)
from roles.pipeline import Settings, scan
from roles.places import code_for, home_at_level, resolve_home

ROOT = Path(__file__).resolve().parent.parent
HEADER = "# version: 1\n# source: test\n"
COLUMNS = "code\tname\tlevel\tparent\tshort\tsince\tuntil\tsuccessors\n"


@pytest.mark.parametrize(
    ("name", "code", "level", "parent", "short", "since", "until", "successors"),
    [
        ("钱塘区", "330114", "区", "杭州市", "钱塘", 2021, None, ()),
        ("临平区", "330113", "区", "杭州市", "临平", 2021, None, ()),
        ("衢县", "330821", "县", "衢州市", "", 1985, 2000, ("柯城区", "衢江区")),
        ("江干区", "330104", "区", "杭州市", "江干", 1983, 2020, ("上城区", "钱塘区")),
        ("衢江区", "330803", "区", "衢州市", "衢江", 2001, None, ()),
        ("东郊区", "120110@1981", "区", "天津市", "东郊", 1981, 1991, ("东丽区",)),
        ("东丽区", "120110", "区", "天津市", "东丽", 1992, None, ()),
        ("崇文区", "110103", "区", "北京市", "崇文", 1981, 2009, ("东城区",)),
    ],
)
def test_places_with_their_years(
    lex, name, code, level, parent, short, since, until, successors
) -> None:
    place = lex.places_named(name)[0]
    assert (place.code, place.level, place.short) == (code, level, short)
    assert lex.places[place.parent].name == parent
    assert (place.since, place.until) == (since, until)
    assert tuple(lex.places[k].name for k in place.successors) == successors


@pytest.mark.parametrize(
    ("name", "level", "short", "parent"),
    [
        ("宁波市", "市", "宁波", "浙江省"),
        ("浙江省", "省", "浙江", None),
        ("北京市", "市", "北京", None),
        ("甘孜藏族自治州", "州", "甘孜", "四川省"),
        ("延边朝鲜族自治州", "州", "延边", "吉林省"),
        ("围场满族蒙古族自治县", "县", "围场", "承德市"),
        ("鄂温克族自治旗", "旗", "鄂温克", "呼伦贝尔市"),
        ("锡林郭勒盟", "盟", "锡林郭勒", "内蒙古自治区"),
        ("阿里地区", "地区", "阿里", "西藏自治区"),
        ("江山市", "市", "江山", "衢州市"),  # a county-level city, under its city
        ("神农架林区", "区", "神农架", "湖北省"),
        ("六枝特区", "区", "六枝", "六盘水市"),
        ("浦东新区", "区", "浦东", "上海市"),
        ("内蒙古自治区", "省", "内蒙古", None),
        ("广西壮族自治区", "省", "广西", None),
        ("香港特别行政区", "省", "香港", None),
    ],
)
def test_levels_and_short_forms(lex, name, level, short, parent) -> None:
    place = lex.places_named(name)[0]
    assert place.current
    assert (place.level, place.short) == (level, short)
    assert (lex.parent_of(place).name if place.parent else None) == parent


@pytest.mark.parametrize(
    ("name", "year", "code"),
    [
        ("衢县", 1995, "330821"),
        ("衢县", None, "330821"),
        ("鄞县", 1982, "332226"),  # under 宁波地区, before the 1983 reorganisation
        ("鄞县", 1990, "330227"),
        ("鄞县", None, "330227"),  # no current 鄞县: the most recently abolished first
        ("崇川区", 2000, "320602"),
        ("崇川区", 2022, "320613"),  # the new 崇川区 (with 港闸区), 2020
        ("崇川区", None, "320613"),
        ("东丽区", 1985, "120110"),
    ],
)
def test_places_named_as_of_a_year(lex, name, year, code) -> None:
    assert lex.places_named(name, year)[0].code == code


@pytest.mark.parametrize(
    ("short", "year", "name"),
    [("江干", 2010, "江干区"), ("衢江", None, "衢江区"), ("鄞州", 2005, "鄞州区")],
)
def test_places_short_as_of_a_year(lex, short, year, name) -> None:
    assert lex.places_short(short, year)[0].name == name


def test_without_a_year_current_units_come_first(lex) -> None:
    for options in lex._by_name.values():
        current = [p.current for p in options]
        assert current == sorted(current, reverse=True)


def test_keys_are_unique_and_links_land(lex) -> None:
    latest: dict[str, int] = {}
    for key, place in lex.places.items():
        if "/" in key:  # a unit only renames.tsv knows
            continue
        assert re.fullmatch(r"\d{6}(@\d{4})?", key)
        assert place.parent == "" or place.parent in lex.places
        assert all(k in lex.places for k in place.successors)
        assert all(k in lex.places for k, _ in place.transfers)
        code = place.gb_code
        latest[code] = max(latest.get(code, 0), place.since or 0)
    for key, place in lex.places.items():
        if "@" in key:  # an earlier unit: the bare code is a later one's
            assert place.since == int(key[7:]) and place.since < latest[place.gb_code]
            assert lex.places[place.gb_code].since > place.since


@pytest.mark.parametrize(
    ("old", "new", "year"),
    [
        ("衢县", "衢江区", 2001),
        ("鄞县", "鄞州区", 2002),
        ("萧山市", "萧山区", 2001),
        ("余杭市", "余杭区", 2001),
        ("富阳市", "富阳区", 2014),
        ("临安市", "临安区", 2017),
        ("上虞市", "上虞区", 2013),
        ("绍兴县", "柯桥区", 2013),
        ("余杭县", "余杭区", 1994),  # followed through 余杭市 to the last name
        ("东郊区", "东丽区", 1992),  # renamed under its code
        ("通县", "通州区", 1997),
    ],
)
def test_renames_come_out_of_the_data(lex, old, new, year) -> None:
    assert lex.renames[old] == (new, year)


@pytest.mark.parametrize(
    "name",
    [
        "江干区",  # split between 上城区 and the new 钱塘区, which took part of 萧山区 too
        "崇文区",  # merged into the existing 东城区: its own chain goes on
        "下城区",  # likewise into 拱墅区
        "城区",  # many units, some still in use
        "衢江区",  # in use
    ],
)
def test_merges_splits_and_names_in_use_are_not_renames(lex, name) -> None:
    assert name not in lex.renames


def test_renames_file_rows_win_over_derived_ones(tmp_path: Path) -> None:
    (tmp_path / "renames.tsv").write_text(
        HEADER + "old\tnew\tyear\n江干区\t上城区\t2021\n旧县\t衢江区\t1990\n", encoding="utf-8"
    )
    lex = load_lexicons((tmp_path,))
    assert lex.renames["江干区"] == ("上城区", 2021)
    assert lex.renames["衢县"] == ("衢江区", 2001)
    # a name the gazetteer lacks becomes a place under its successor's parent
    (old,) = lex.places_named("旧县")
    assert (old.code, old.gb_code, old.until) == ("330803/1990", "", 1989)
    assert lex.parent_of(old).name == "衢州市" and old.successors == ("330803",)


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("33080\t衢江区\t区\t330800\t衢江\t2001\t\t", "code: '33080' is not a division code"),
        ("330803@85\t衢县\t县\t330800\t\t1985\t\t", "code: '330803@85' is not a division code"),
        ("999901\t新县\t县\t330800\t\t2001\t20x1\t", "until: '20x1' is not a year"),
        ("999901\t新县\t县\t330800\t\t2001\t\t330803[x]", "successors: '330803[x]' is not a"),
        ("999901\t新县\t县\t999900\t\t2001\t\t", "parent: no division '999900' in places"),
        ("999901\t新县\t县\t330800\t\t2001\t2002\t999902", "successors: no division '999902'"),
        ("999901\t新县\t镇长\t330800\t\t2001\t\t", "level: expected one of"),
    ],
)
def test_malformed_place_rows_name_file_and_line(tmp_path: Path, row: str, problem: str) -> None:
    (tmp_path / "places.tsv").write_text(HEADER + COLUMNS + row + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_lexicons((tmp_path,))
    assert str(err.value).startswith(f"{tmp_path}/places.tsv:4: {problem}")


def test_user_places_without_history_still_load(tmp_path: Path) -> None:
    (tmp_path / "places.tsv").write_text(
        HEADER + "code\tname\tlevel\tparent\tshort\n999901\t测试区\t区\t330800\t测试\n",
        encoding="utf-8",
    )
    lex = load_lexicons((tmp_path,))
    (place,) = lex.places_named("测试区", 2001)[:1]
    assert place.code == "999901" and place.current and place.since is None


@pytest.mark.parametrize(
    ("home", "year", "levels"),
    [
        ("中共杭州市钱塘区委", None, {"区": "钱塘区", "市": "杭州市", "省": "浙江省"}),
        ("临平区", None, {"区": "临平区", "市": "杭州市"}),
        ("中共衢县县委", 1995, {"县": "衢县", "市": "衢州市", "省": "浙江省"}),
        ("宁波市江东区", 2010, {"区": "江东区", "市": "宁波市"}),
    ],
)
def test_a_paper_at_home_in_a_new_or_old_unit_keeps_its_bare_titles(lex, home, year, levels):
    place = resolve_home(lex, home, year)
    assert place is not None
    assert {level: home_at_level(lex, place, level) for level in levels} == levels


@pytest.mark.parametrize(
    ("name", "code"),
    [("钱塘区", "330114"), ("衢县", "330821"), ("崇川区", "320613"), ("朝阳区", "110105")],
)
def test_codes_prefer_current_units(lex, name, code) -> None:
    assert code_for(lex, name, None) == code


def test_bare_titles_in_a_qiantang_paper(lex, tmp_path: Path) -> None:
    (tmp_path / "2022-03-01.txt").write_text(
        "中共杭州市钱塘区委主办\n\n本报讯 近日，区委书记王建设讲话，区长李永红主持。",
        encoding="utf-8",
    )
    facts = scan([tmp_path], lex, Settings()).fact_table
    assert set(facts.select("person", "role", "jurisdiction").iter_rows()) >= {
        ("王建设", "区委书记", "钱塘区"),
        ("李永红", "区长", "钱塘区"),
    }
    codes = facts.filter(pl.col("jurisdiction") == "钱塘区")["jurisdiction_code"]
    assert set(codes) == {"330114"}


# --- the build script -----------------------------------------------------------------------------

MINI_CSV = """\ufeff代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码
330000,浙江省,,浙江省,省级,在用,1981,,
330800,浙江省,衢州市,衢州市,地级,在用,1985,,
330802,浙江省,衢州市,柯城区,县级,在用,1985,,330803[2001]
330803,浙江省,衢州市,衢江区,县级,在用,2001,,
330821,浙江省,衢州市,衢县,县级,弃用,1985,2001,330802;330803
332400,浙江省,金华地区,金华地区,地级,弃用,1981,1985,
332402,浙江省,金华地区,衢州市,县级,弃用,1981,1985,330802;330821
333001,浙江省,直辖,旧县,县级,变更,1981,1990,333001
333001,浙江省,直辖,新区,县级,在用,1990,,
"""


def test_build_script_keys_links_and_header(tmp_path: Path) -> None:
    source = tmp_path / "result.csv"
    source.write_text(MINI_CSV, encoding="utf-8")
    out = tmp_path / "places.tsv"
    script = ROOT / "tools" / "build_places.py"
    version = ["--commit", "0123456789abcdef", "--date", "2025-11-04"]
    subprocess.run([sys.executable, str(script), str(source), "-o", str(out), *version], check=True)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# version: 2001-areacodes-20251104-0123456\n# source: ")
    assert "CC0" in text.split("code\t")[0] and "tools/build_places.py" in text
    table = read_table(out, SCHEMAS["places"])
    rows = {r["code"]: r for _, r in table.rows}
    assert rows["333001@1981"]["name"] == "旧县" and rows["333001"]["name"] == "新区"
    assert rows["333001@1981"]["successors"] == "333001"
    assert rows["333001"]["parent"] == "330000"
    assert rows["330821"] == {
        "code": "330821",
        "name": "衢县",
        "level": "县",
        "parent": "330800",
        "short": "",
        "since": "1985",
        "until": "2000",
        "successors": "330802;330803",
    }
    assert rows["332402"]["parent"] == "332400" and rows["332400"]["level"] == "地区"
    assert rows["330802"]["successors"] == "330803[2001]"
    renames = derive_renames(_load_places([table]))
    assert renames == {"衢县": ("衢江区", 2001), "旧县": ("新区", 1990)}
