"""Reading issues: finding files, decoding bytes, normalising width, repairing OCR breaks.

The repaired text is what every later stage matches on; `RepairedText.original_offset` maps any
position in it back to the character offset in the decoded original, so each fact can be found
in the file it came from.
"""

from __future__ import annotations

import bisect
import codecs
import functools
import itertools
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from roles import passes
from roles.chars import is_han
from roles.compiled import runs_compiled
from roles.sources import SUFFIXES as _SOURCE_SUFFIXES

# every format roles reads, plain or gzipped
SUFFIXES = _SOURCE_SUFFIXES + tuple(s + ".gz" for s in _SOURCE_SUFFIXES)

# Compiled, the whole-text passes are character loops (roles/passes.py); in pure Python the
# regex forms below are faster. Both give identical results (tests/test_passes.py).
_LOOPS = runs_compiled(passes)


class ReadError(Exception):
    """A file cannot be read as text; the message says why (the caller names the file)."""


def find_issue_files(paths: Iterable[Path], glob: str | None = None) -> Iterator[Path]:
    """Files named directly, and the files below folders that roles reads (`.txt`, `.md`,
    `.htm`, `.html`, `.jsonl`, `.json`, each also gzipped), in a stable order; `glob` narrows
    what folders give (`*.jsonl.gz`, `2021-*/*.htm`: matched against the path below the folder)."""
    for path in paths:
        if path.is_dir():
            found = sorted(_files_below(path))
            if glob:
                found = [
                    f for f in found if PurePosixPath(f.relative_to(path).as_posix()).match(glob)
                ]
            yield from found
        else:
            yield path


def _files_below(folder: Path) -> Iterator[Path]:
    # scandir knows each entry's type without a stat per file: a hundred thousand issues are
    # listed several times faster than with Path.rglob and is_file.
    stack = [str(folder)]
    seen = {os.path.realpath(folder)}  # linked folders are followed, each once (no loops)
    while stack:
        try:
            entries = list(os.scandir(stack.pop()))
        except OSError:
            continue  # an unreadable folder holds no issue we could read
        for entry in entries:
            if entry.is_dir():
                if entry.is_symlink():
                    if (real := os.path.realpath(entry.path)) in seen:
                        continue
                    seen.add(real)
                stack.append(entry.path)
            elif entry.name.lower().endswith(SUFFIXES) and entry.is_file():
                yield Path(entry.path)


# --- decoding ------------------------------------------------------------------------------------

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode bytes: a forced encoding, else BOM, else UTF-8, else GB18030.

    A UTF-8 file cut inside its last character is decoded up to the cut, with a warning.
    """
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise ReadError(f"cannot decode as {encoding}: {exc}") from None
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name)
            except UnicodeDecodeError as exc:
                raise ReadError(f"bad {name} at byte {exc.start}") from None
    if _looks_binary(data):
        raise ReadError("binary file (NUL bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            return Decoded(
                data[: exc.start].decode("utf-8"),
                "utf-8",
                f"truncated inside a character at byte {exc.start}, the rest was read",
            )
        utf8_error = exc.start
    try:
        return Decoded(data.decode("gb18030"), "gb18030")
    except UnicodeDecodeError:
        raise ReadError(
            f"undecodable: not UTF-8 (byte {utf8_error}) nor GB18030 (try --encoding)"
        ) from None


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    return bool(sample) and sample.count(0) > len(sample) // 100


# --- normalising ---------------------------------------------------------------------------------

# Full-width digits, letters and the ideographic space become ASCII; CJK punctuation stays, since
# it carries meaning (、 separates titles and names). One character in, one out: offsets hold.
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}
_WIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})
_WIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})
_WIDTH[0x3000] = 0x20
_WIDTH[0xFF08] = 0xFF08  # keep full-width brackets as written


_WIDE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]")


def normalise_width(text: str) -> str:
    if _LOOPS:  # compiled: one loop that copies the text only where a character changes
        return passes.widen(text)
    return width_by_translate(text)


def width_by_translate(text: str) -> str:
    # translate() is slow; most text has nothing to translate, which a search finds at once
    return text.translate(_WIDTH) if _WIDE.search(text) else text


# --- rosters -------------------------------------------------------------------------------------

# A roster line: a post, a colon, then its holders' names parted by spaces, a two-character name
# padded to the width of three with a space inside (副县长：萧维之　戈　平　时宏伟), or parted by 、
# as in prose; lines of names alone may follow it (乔本玉　尚　岩). OCR repair would run the names
# together, and run one line's last name into the next line's post; marked first, the names are a
# list and the lines are entries.
# (found from its colon, which the regex engine scans for at C speed, then its post checked back
# to the line's start: a pattern anchored at every line start is tried at every character)
# a roster's name, with its sex or people in brackets (毕五(女), 满五（蒙古族）)
_ROSTER_NAME = r"[\u4e00-\u9fff]{1,4}(?:[（(][\u4e00-\u9fff]{1,4}[）)])?"
_ROSTER_TAIL = re.compile(
    r"[:：][ \t\u3000]*"
    rf"({_ROSTER_NAME}(?:(?:[ \t\u3000]+|[ \t\u3000]*、[ \t\u3000]*){_ROSTER_NAME})*)"
    r"[ \t\u3000]*$",
    re.MULTILINE,
)
_ROSTER_POST = re.compile(r"[ \t]*[\u4e00-\u9fff（）()]{2,16}")
_NAMES_LINE = re.compile(
    rf"[ \t\u3000]*({_ROSTER_NAME}(?:[ \t\u3000]+{_ROSTER_NAME})+)[ \t\u3000]*$",
    re.MULTILINE,
)
_NAME_LINE = re.compile(rf"[ \t\u3000]*{_ROSTER_NAME}[ \t\u3000]*$", re.MULTILINE)
# … or with a name, 同志 and a verb of appointment (甲同志任管委会主任), as notices list them
_LABELLED_LINE = re.compile(
    r"\n(?=[ \t\u3000]*(?:[\u4e00-\u9fff·]{2,8}[:：]|"
    r"[\u4e00-\u9fff·]{2,4}同志(?:任|为|兼任|担任|不再)))"
)
_ROSTER_WORD = re.compile(r"[^ \t\u3000、]+")


def mark_rosters(text: str) -> str:
    """Roster lines marked one character for one (offsets hold): the spaces that part their
    names as 、 (the spaces inside padded names are left for OCR repair to close), and the line
    break between two entries as ；."""
    # every form is found from a colon or 同志, a few in an issue, with str.find (a pattern
    # tried at every character or line start would cost more than OCR repair)
    anchors = sorted(_found_all(text, ":") + _found_all(text, "：") + _found_all(text, "同志"))
    if not anchors:
        return text
    marks: list[int] = []
    ends: list[int] = []
    entries: set[int] = set()  # where roster lines start
    for at in anchors:
        # … and the line break before a line a label and a colon open (张五：县委书记。) or a
        # name and 同志任, after a line that ends without punctuation (a heading, a notice's item)
        newline = text.rfind("\n", 0, at)
        if newline > 0 and is_han(text[newline - 1]) and _LABELLED_LINE.match(text, newline):
            ends.append(newline)
        line = _ROSTER_TAIL.match(text, at) if text[at] != "同" else None
        if line is None or not _ROSTER_POST.fullmatch(text, newline + 1, at):
            continue
        gaps = _roster_gaps(line.group(1), line.start(1))
        if gaps is None:
            continue
        entries.add(newline + 1)
        marks += gaps
        end = line.end()
        # lines of names alone right after a list of names continue it
        while gaps and text.startswith("\n", end) and (more := _NAMES_LINE.match(text, end + 1)):
            more_gaps = _roster_gaps(more.group(1), more.start(1))
            if not more_gaps:
                break
            marks += [end, *more_gaps]
            end = more.end()
        # (副书记：甲 ⏎ 乙 ⏎ 丙: a yearbook's list, one more holder of the post a line)
        while not gaps and text.startswith("\n", end) and (one := _NAME_LINE.match(text, end + 1)):
            marks.append(end)
            end = one.end()
        # the line break after a list is real: the next line's post is not the last name's …
        if text.startswith("\n", end) and is_han(text[end + 1 : end + 2]):
            ends.append(end)
    # … as is the one between two entries (村委会主任：甲 / 委员：乙、丙)
    labelled = {at for at in ends if _LABELLED_LINE.match(text, at)}
    ends = [
        at
        for at in ends
        if at in labelled or at + 1 in entries or _roster_list_end(text, at, marks)
    ]
    if not marks and not ends:
        return text
    chars = list(text)
    for at in marks:
        chars[at] = "、"
    for at in set(ends):
        chars[at] = "；"
    return "".join(chars)


def _found_all(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _roster_list_end(text: str, at: int, marks: list[int]) -> bool:
    """Whether the line ending at `at` closes a list of names marked on it."""
    line = text.rfind("\n", 0, at) + 1
    return any(line <= m < at for m in marks)


def _roster_gaps(names: str, offset: int) -> list[int] | None:
    """Where the spaces between the names of a roster line start ([] for one name or names
    parted by 、), or None when its words are not names of two to four characters (two lone
    characters in turn are one padded name)."""
    gaps: list[int] = []
    words = [(m.start(), m.end()) for m in _ROSTER_WORD.finditer(names)]
    i = 0
    while i < len(words):
        start, end = words[i]
        if end - start == 1:
            if i + 1 >= len(words) or words[i + 1][1] - words[i + 1][0] != 1:
                return None
            if names[end : words[i + 1][0]].strip(" \t\u3000"):
                return None  # (甲、乙: the 、 parts two names, not a padded one)
            end = words[i + 1][1]
            i += 1
        i += 1
        if i < len(words) and not names[end : words[i][0]].strip(" \t\u3000"):
            gaps.append(offset + end)  # parted by spaces alone: the first becomes 、
    return gaps


# --- OCR repair ----------------------------------------------------------------------------------

# Characters between which a space or a single line break is an OCR artefact: Chinese characters,
# Chinese punctuation and digits. A blank line (two breaks) is a real paragraph boundary.
_JOIN = (
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Chinese characters
    r"\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\u201c\u201d\u2018\u2019·—"  # their punctuation
    r"0-9]"
)
_GAP = r"[ \t\u00a0\r*]"  # spaces, and the markdown bold markers some OCR tools emit
_PINYIN = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# One character class first, then branches that look behind to see which character it was: the
# regex engine scans for that class at C speed (a leading alternation defeats its prefix scan),
# three times faster than the plain alternation and eight times faster than a leading look-behind.
# A résumé line starts with its dates (2013.02—2016.08 …, 2013年2月—): its line break is real.
_RESUME_START = (
    r"(?:19|20)\d{2}(?:[.．/]\d{1,2}|年\d{1,2}月)(?:[ \t\u3000]*[—–\-~～－至]|[ \t\u3000])"
)
_BREAK = re.compile(
    rf"[ \t\u00a0\r*\n(（,，](?:(?<={_JOIN}{_GAP}){_GAP}*(?:\n{_GAP}*)?"
    rf"(?!{_RESUME_START})(?={_JOIN})"
    rf"|(?<={_JOIN}\n){_GAP}*(?!{_RESUME_START})(?={_JOIN})"  # a single line break
    r"|(?<=\*)\*"  # markdown bold markers, wherever they stand
    # pinyin glosses some web mirrors put after a character: 區(qū)委
    rf"|(?<=[\u3400-\u9fff][(（])[{_PINYIN}]{{1,7}}[1-5]?[)）]"
    r"|(?<=[,，])(?=、))"  # doubled punctuation in web mirrors: 党组书记,、主任
)


_BREAK_CAPTURED = re.compile(f"({_BREAK.pattern})")


@dataclass(frozen=True)
class RepairedText:
    """Text with OCR breaks removed, and the way back to the original offsets."""

    text: str
    _starts: tuple[int, ...]  # repaired offsets where a run of kept characters starts
    _shifts: tuple[int, ...]  # how many original characters were removed before that run

    def original_offset(self, pos: int) -> int:
        i = bisect.bisect_right(self._starts, pos) - 1
        return pos + (self._shifts[i] if i >= 0 else 0)


def repair(text: str) -> RepairedText:
    """Remove spaces and single line breaks that OCR put inside words (`周向 军`, `区委书 记`)."""
    if _LOOPS:
        return RepairedText(*passes.repair_runs(text))
    return repair_by_regex(text)


def repair_by_regex(text: str) -> RepairedText:
    # One regex pass; split() with the match captured gives kept and removed runs in turn, so
    # the offset map is built from their lengths without a Python step per match.
    parts = _BREAK_CAPTURED.split(text)
    kept = parts[::2]
    starts = tuple(itertools.accumulate(map(len, kept[:-1]), initial=0))
    shifts = tuple(itertools.accumulate(map(len, parts[1::2]), initial=0))
    return RepairedText("".join(kept), starts, shifts)


# --- scripts -------------------------------------------------------------------------------------


def simplify(text: str, table: dict[int, int], detector: Callable[[str], bool] | None) -> str:
    """Traditional characters to simplified, one for one (offsets hold); a no-op, at search
    speed, for text that has none."""
    if not table or detector is None or not detector(text):
        return text
    return text.translate(table)


def traditional_detector(table: dict[int, int]) -> Callable[[str], bool] | None:
    """Whether a text has a character of `table` (its traditional characters)."""
    if not table:
        return None
    if _LOOPS:
        return functools.partial(passes.has_any, marks=passes.code_point_marks(table))
    pattern = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]")
    return functools.partial(_found, pattern)


def _found(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


# --- sentences -----------------------------------------------------------------------------------


SENTENCE_MAX = 400  # a 'sentence' with no end mark for this many characters is cut there


_LAST_END = re.compile(r"(?s).*[。！？!?；;\n][”’」』]?")  # greedy: the last end mark in a window
_NEXT_END = re.compile(r"[。！？!?；;]+[”’」』]?|\n")


class Sentences:
    """The sentences of a text, looked up around a position: two searches in C for each
    lookup, cheaper than indexing a whole issue for the twenty lookups it needs."""

    def __init__(self, text: str) -> None:
        self.text = text

    def bounds(self, pos: int) -> tuple[int, int]:
        """From after the end mark before `pos` to the end mark after it, at most
        SENTENCE_MAX characters either way."""
        if _LOOPS:
            return passes.sentence_bounds(self.text, pos, SENTENCE_MAX)
        floor, ceiling = max(0, pos - SENTENCE_MAX), min(len(self.text), pos + SENTENCE_MAX)
        last = _LAST_END.match(self.text, floor, pos)
        nxt = _NEXT_END.search(self.text, pos, ceiling)
        return (last.end() if last else floor), (nxt.end() if nxt else ceiling)

    def at(self, pos: int) -> str:
        start, end = self.bounds(pos)
        return self.text[start:end].strip()

    def joining(self, name_pos: int, title_pos: int) -> str:
        """The sentence of a name, and that of its title when the title stands in a later
        one (王五，男，1970年3月生。…2018年2月任甲县县长；): the evidence must show both."""
        start, end = self.bounds(name_pos)
        if start <= title_pos < end or title_pos < name_pos:
            return self.text[start:end].strip()
        return f"{self.text[start:end].strip()}…{self.at(title_pos)}"


def sentence_at(text: str, pos: int) -> str:
    return Sentences(text).at(pos)
