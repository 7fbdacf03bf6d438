"""Regenerate lexicons/places.tsv from the cpca package's adcodes.csv.

cpca (MIT) ships the GB/T 2260 administrative division codes of the 3,500 province,
prefecture and county level units with their names. This script is a developer tool:
    pip install cpca==0.5.5 && python tools/build_places.py > lexicons/places.tsv
"""

from __future__ import annotations

import csv
import importlib.util
import sys
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
    ("林区", "区"),
    ("新区", "区"),
    ("地区", "地区"),
    ("省", "省"),
    ("市", "市"),
    ("区", "区"),
    ("县", "县"),
    ("旗", "旗"),
    ("盟", "盟"),
)


PLACEHOLDERS = {"市辖区", "县", "郊县"}


def level_and_short(name: str) -> tuple[str, str]:
    for suffix, level in SUFFIXES:
        if name.endswith(suffix):
            short = name[: -len(suffix)]
            return level, short if len(short) >= 2 else ""
    return "-", ""


def main() -> None:
    # Locate the data file without importing cpca (which needs pandas and pyahocorasick).
    spec = importlib.util.find_spec("cpca")
    if spec is None or spec.origin is None:
        sys.exit("pip install cpca==0.5.5 first (its data file is read, its code is not run)")
    path = Path(spec.origin).parent / "resources" / "adcodes.csv"
    with path.open(encoding="utf-8") as fh:
        rows = {r["adcode"][:6]: r["name"] for r in csv.DictReader(fh)}
    # Statistical placeholders (市辖区, 省直辖县级行政区划) are not places anyone holds a post in.
    rows = {c: n for c, n in rows.items() if n not in PLACEHOLDERS and "直辖" not in n}
    out = sys.stdout
    out.write("# version: 2020.11-cpca0.5.5\n")
    out.write("# source: cpca 0.5.5 resources/adcodes.csv (MIT), GB/T 2260 codes as of 2020-11;\n")
    out.write("#   regenerate with tools/build_places.py. One row per division.\n")
    out.write("# columns: code, name, level (省/市/州/地区/盟/县/区/旗), parent code, short form\n")
    out.write("code\tname\tlevel\tparent\tshort\n")
    for code in sorted(rows):
        name = rows[code]
        level, short = level_and_short(name)
        if code.endswith("0000"):
            parent = ""
        elif code.endswith("00"):
            parent = code[:2] + "0000"
        else:
            parent = code[:4] + "00" if code[:4] + "00" in rows else code[:2] + "0000"
        out.write(f"{code}\t{name}\t{level}\t{parent}\t{short}\n")


if __name__ == "__main__":
    main()
