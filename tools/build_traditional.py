"""Regenerate lexicons/traditional.tsv from OpenCC's character table.

OpenCC's TSCharacters.txt (Apache-2.0), as shipped by opencc-python-reimplemented 0.1.7, maps
each traditional character to its simplified form(s). roles keeps the first form of each, and
only characters of the basic CJK blocks, so that conversion is one character for one and every
offset still points at the original text. This is a developer tool:
    pip install opencc-python-reimplemented==0.1.7
    python tools/build_traditional.py > lexicons/traditional.tsv
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def _simplified_too(ch: str) -> bool:
    """Characters in GB2312 are in use in simplified text too (乾坤, 著名, the surname 於):
    converting them would change names and words written in simplified characters."""
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _basic_cjk(ch: str) -> bool:
    return len(ch) == 1 and ("\u3400" <= ch <= "\u4dbf" or "\u4e00" <= ch <= "\u9fff")


def main() -> None:
    spec = importlib.util.find_spec("opencc")
    if spec is None or spec.origin is None:
        sys.exit("pip install opencc-python-reimplemented==0.1.7 first (its data is read)")
    table = Path(spec.origin).parent / "dictionary" / "TSCharacters.txt"
    out = sys.stdout
    out.write("# version: opencc-1.1.6\n")
    out.write(
        "# source: OpenCC TSCharacters.txt (Apache-2.0) from opencc-python-reimplemented 0.1.7;\n"
    )
    out.write(
        "#   regenerate with tools/build_traditional.py. One traditional character per row and\n"
    )
    out.write("#   the first of its simplified forms; characters that simplified text uses too\n")
    out.write("#   (乾, 著, 於: any in GB2312) are left as they are.\n")
    out.write("traditional\tsimplified\n")
    for line in table.read_text(encoding="utf-8").splitlines():
        trad, _, simple = line.partition("\t")
        first = simple.split(" ")[0]
        keep = _basic_cjk(trad) and _basic_cjk(first) and not _simplified_too(trad)
        if keep and first != trad:
            out.write(f"{trad}\t{first}\n")


if __name__ == "__main__":
    main()
