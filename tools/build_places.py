"""Regenerate lexicons/places.tsv, with history, from the areacodes dataset's result.csv.

yescallop/areacodes (CC0 1.0) lists every province-, prefecture- and county-level division of
China in the year-end GB/T 2260 code tables since 1981, with the years each record was in use
and the codes its area passed to. This script is a developer tool; it reads the data, it does
not need the package installed:

    python tools/build_places.py /path/to/areacodes > lexicons/places.tsv  # a clone or git dir
    python tools/build_places.py result.csv --commit HASH --date YYYY-MM-DD > lexicons/places.tsv

With a git directory the data is read from HEAD (`git show HEAD:result.csv`) and the commit,
its date and the last data year are taken from the repository.

Columns written:
    code        the row key: the six-digit code for the latest unit that used it, `code@since`
                for an earlier unit that used the same code (330104 and 330104@1981)
    name        the full name: 衢江区, 甘孜藏族自治州
    level       省/市/州/地区/盟/县/区/旗, '-' for the South China Sea islands and 畹町镇 (1981-84)
    parent      the key of the parent unit in use when this unit was last in use ('' for
                provinces)
    short       the short form written before a title: 衢江区 → 衢江, 甘孜藏族自治州 → 甘孜
    since       first year-end table listing the unit (1981 = in use in 1981 or before)
    until       last year-end table listing it ('' = in use today); it was changed or abolished
                during the year after
    successors  ';'-separated keys of the units its area passed to when it ended (key), or
                earlier, while it continued (key[year]); areacodes' notation with codes
                resolved to this file's keys
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

# Longest suffix first, so that 自治县 wins over 县.
SUFFIXES = (
    ("特别行政区", "省"),
    ("维吾尔自治区", "省"),
    ("壮族自治区", "省"),
    ("回族自治区", "省"),
    ("自治区", "省"),
    ("自治州", "州"),
    ("自治县", "县"),
    ("自治旗", "旗"),
    ("行政区", "地区"),  # 海南行政区 (1981-87), a prefecture-level unit
    ("林区", "区"),  # 神农架林区: a county-level 林区 is a 区 (its posts are 区委书记, 区长)
    ("特区", "区"),  # 六枝特区: likewise (特区区长)
    ("新区", "区"),
    ("地区", "地区"),
    ("省", "省"),
    ("市", "市"),
    ("区", "区"),
    ("县", "县"),
    ("旗", "旗"),
    ("盟", "盟"),
)
CJK_NAME = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
#: levels a unit of each tier may take; anything else is '-'.
TIER_LEVELS = {
    "省级": ("省", "市"),
    "地级": ("市", "州", "地区", "盟"),
    "县级": ("市", "县", "区", "旗"),
}
# The peoples named in autonomous units (自治区/州/县/旗), longest first. Multi-character names
# may stand without 族 (巴音郭楞蒙古自治州, 伊犁哈萨克自治州); one-character names may not.
_PEOPLE_NAMES = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 "
    "白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 "
    "水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 "
    "撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
    "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 "
    "赫哲 门巴 珞巴 基诺 各"
)
_PEOPLES = sorted(_PEOPLE_NAMES.split(), key=len, reverse=True)
_PEOPLE_RUN = re.compile(
    "(?:" + "|".join(p + ("族?" if len(p) > 1 else "族") for p in _PEOPLES) + ")+$"
)


def level_and_short(name: str, tier: str = "") -> tuple[str, str]:
    """The level and short form of a division's name: 衢江区 → (区, 衢江), 宁波市 → (市, 宁波),
    甘孜藏族自治州 → (州, 甘孜). The short form is '' when under two characters (郊区 → 郊)."""
    for suffix, level in SUFFIXES:
        if name.endswith(suffix):
            short = name[: -len(suffix)]
            if suffix.startswith("自治"):  # 鄂温克族自治旗 → 鄂温克, 防城各族自治县 → 防城
                bare = _PEOPLE_RUN.sub("", short)
                short = bare if len(bare) >= 2 else short.removesuffix("族")
            if tier == "地级" and level == "区":  # no prefecture-level 区 but 海南行政区
                level = "地区"
            if tier and level not in TIER_LEVELS[tier]:
                level = "-"
            return level, short if len(short) >= 2 else ""
    return "-", ""


@dataclass
class Unit:
    code: str
    name: str
    tier: str  # 省级/地级/县级
    parent_name: str  # 二级行政区 for county-level units; '直辖' when there is no prefecture
    since: int
    end: int | None  # the year it was changed or abolished (exclusive), None when in use
    successors: list[tuple[str, int | None]]  # (code, year of an area change while in use)
    key: str = ""
    parent: str = ""
    resolved: list[str] = field(default_factory=list)

    def in_use(self, year: int) -> bool:
        return self.since <= year and (self.end is None or year < self.end)


def read_rows(text: str) -> list[Unit]:
    units = []
    for r in csv.DictReader(io.StringIO(text.lstrip("\ufeff"))):
        end = int(r["变更/弃用时间"]) if r["变更/弃用时间"] else None
        successors = []
        for item in filter(None, r["新代码"].split(";")):
            m = re.fullmatch(r"(\d{6})(?:\[(\d{4})\])?", item)
            if not m:
                sys.exit(f"result.csv: {r['代码']} {r['名称']}: cannot read new code {item!r}")
            year = int(m[2]) if m[2] else None
            successors.append((m[1], None if year == end else year))
        units.append(
            Unit(
                code=r["代码"],
                name=r["名称"],
                tier=r["级别"],
                parent_name=r["二级行政区"],
                since=int(r["启用时间"]),
                end=end,
                successors=successors,
            )
        )
    return units


def assign_keys(units: list[Unit]) -> dict[str, list[Unit]]:
    """The latest unit to use a code is keyed by the code, earlier ones by code@since."""
    by_code: dict[str, list[Unit]] = {}
    for unit in units:
        by_code.setdefault(unit.code, []).append(unit)
    for group in by_code.values():
        group.sort(key=lambda u: u.since)
        if len({u.since for u in group}) != len(group):
            sys.exit(f"result.csv: two units with code {group[0].code} start in one year")
        for unit in group[:-1]:
            unit.key = f"{unit.code}@{unit.since}"
        group[-1].key = group[-1].code
    return by_code


def unit_at(by_code: dict[str, list[Unit]], code: str, year: int) -> Unit | None:
    """The unit using `code` in `year`; failing that, the nearest one in time."""
    group = by_code.get(code)
    if not group:
        return None
    for unit in group:
        if unit.in_use(year):
            return unit
    return min(group, key=lambda u: min(abs(u.since - year), abs((u.end or 9999) - 1 - year)))


def parent_of(unit: Unit, candidates: list[Unit], tier: str) -> Unit | None:
    """The unit of `tier` among `candidates` in use when `unit` was last in use; failing that,
    the one whose years overlap it most."""
    last = (unit.end or 10000) - 1
    candidates = [c for c in candidates if c.tier == tier]
    for candidate in candidates:
        if candidate.in_use(last):
            return candidate

    def overlap(c: Unit) -> int:
        return min(unit.end or 10000, c.end or 10000) - max(unit.since, c.since)

    best = max(candidates, key=overlap, default=None)
    return best if best is not None and overlap(best) > 0 else None


def link(units: list[Unit], by_code: dict[str, list[Unit]]) -> list[str]:
    """Fill in parents and successor keys; return the links that could not be resolved."""
    problems = []
    for unit in units:
        if unit.tier != "省级":
            parent = None
            if unit.tier == "县级" and unit.parent_name != "直辖":
                parent = parent_of(unit, by_code.get(unit.code[:4] + "00", []), "地级")
            if parent is None:
                parent = parent_of(unit, by_code.get(unit.code[:2] + "0000", []), "省级")
            if parent is None:
                problems.append(f"{unit.key} {unit.name}: no parent")
            unit.parent = parent.key if parent else ""
        for code, year in unit.successors:
            at = year if year is not None else unit.end
            successor = unit_at(by_code, code, at) if at is not None else None
            if successor is None:
                problems.append(f"{unit.key} {unit.name}: successor {code} unknown")
                continue
            unit.resolved.append(successor.key if year is None else f"{successor.key}[{year}]")
    return problems


def read_source(source: Path) -> tuple[str, str, str, int | None]:
    """result.csv's text, the commit, its date, and the last data year (None when unknown)."""
    if source.is_dir():

        def git(*args: str) -> str:
            return subprocess.run(
                ["git", "-C", str(source), *args], capture_output=True, text=True, check=True
            ).stdout

        text = git("show", "HEAD:result.csv")
        commit, date = git("log", "-1", "--format=%H %cs").split()
        years = [int(m) for m in re.findall(r"data/(\d{4})\.txt", git("ls-tree", "HEAD", "data/"))]
        return text, commit, date, max(years) if years else None
    return source.read_text(encoding="utf-8-sig"), "", "", None


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path, help="an areacodes git directory or its result.csv")
    ap.add_argument("--commit", default="", help="the areacodes commit, when reading a file")
    ap.add_argument("--date", default="", help="that commit's date, when reading a file")
    ap.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    args = ap.parse_args(argv)
    text, commit, date, data_year = read_source(args.source)
    commit, date = commit or args.commit or "unknown", date or args.date or "unknown"
    units = read_rows(text)
    if data_year is None:  # the last year any record started or ended in
        data_year = max(max(u.since, u.end or 0) for u in units)
    by_code = assign_keys(units)
    for problem in link(units, by_code):
        print(f"warning: {problem}", file=sys.stderr)
    # 西沙、南沙、中沙群岛 (1981-87) is the one name that is not a run of Chinese characters; the
    # loader accepts no other, and no one holds a post at home there. Links to it are dropped.
    dropped = {u.key for u in units if not CJK_NAME.fullmatch(u.name)}
    units = [u for u in units if u.key not in dropped]
    for unit in units:
        unit.resolved = [k for k in unit.resolved if k.partition("[")[0] not in dropped]

    out = io.StringIO()
    stamp = date.replace("-", "")
    out.write(
        f"# version: {data_year}-areacodes-{stamp}-{commit[:7]}\n"
        f"# source: github.com/yescallop/areacodes (CC0 1.0), result.csv at commit\n"
        f"#   {commit} ({date}): the year-end GB/T 2260 code tables\n"
        f"#   1981-{data_year}, with each record's years in use and the codes its area passed to.\n"
        "#   Built by tools/build_places.py. One row per province-, prefecture- and county-level\n"
        "#   division any table lists (西沙、南沙、中沙群岛, 1981-87, aside).\n"
        "# columns: code (the key: code, or code@since for an earlier unit that used the\n"
        "#   same code), name, level (省/市/州/地区/盟/县/区/旗; 自治县 → 县, 自治旗 → 旗,\n"
        "#   林区/特区/新区 → 区, a county-level city → 市 under its city; '-' for the South\n"
        "#   China Sea islands' offices and 畹町镇), parent key, short form, since (first year\n"
        "#   in use), until (last year in use, empty if current), successors (keys its area\n"
        "#   passed to when it ended; key[year] for a part passed on in that year while it\n"
        "#   continued). Renames (衢县 → 衢江区) are derived from these on loading.\n"
    )
    out.write("code\tname\tlevel\tparent\tshort\tsince\tuntil\tsuccessors\n")
    for unit in sorted(units, key=lambda u: (u.code, u.since)):
        level, short = level_and_short(unit.name, unit.tier)
        until = "" if unit.end is None else str(unit.end - 1)
        out.write(
            f"{unit.key}\t{unit.name}\t{level}\t{unit.parent}\t{short}\t{unit.since}\t{until}\t"
            f"{';'.join(unit.resolved)}\n"
        )
    if args.output:
        args.output.write_text(out.getvalue(), encoding="utf-8")
    else:
        sys.stdout.write(out.getvalue())


if __name__ == "__main__":
    main()
