# cython: annotation_typing=False, boundscheck=False, wraparound=False
"""Whole-text passes and lexicon words as character loops: the compiled core's form of regex
passes in `reading`, `chars`, `names` and `matching`.

Compiled (C types in passes.pxd), each loop reads an issue or a word at C speed; those modules
call these where this module runs compiled, and their regex or str.translate forms elsewhere,
which are the faster in pure Python. Both forms give identical results: tests/test_passes.py
holds every loop to its regex on generated text, in either core.
"""

from __future__ import annotations

from array import array

# --- the repair of OCR breaks (reading._BREAK, character for character) --------------------------

# The character sets are written out at each use (not named once) so that Cython compiles each
# `in` to a switch: GAP " \t\u00a0\r*", résumé dashes "—–-~～－至" and spaces " \t\u3000",
# and the letters of pinyin glosses "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".


def is_join(c: str) -> bool:
    """A character between which and another a space or a line break is an OCR artefact."""
    o = ord(c)
    return (
        0x3400 <= o <= 0x4DBF
        or 0x4E00 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0x3001 <= o <= 0x303F
        or 0xFF01 <= o <= 0xFF0F
        or 0xFF1A <= o <= 0xFF20
        or 0x30 <= o <= 0x39
        or c in "\u201c\u201d\u2018\u2019·—"
    )


def resume_starts(text: str, i: int) -> bool:
    """Whether a résumé line's dates start at `i` (reading._RESUME_START)."""
    n = len(text)
    if i + 4 > n or text[i : i + 2] not in ("19", "20"):
        return False
    if not (text[i + 2].isdecimal() and text[i + 3].isdecimal()):
        return False
    j = i + 4
    if j >= n:
        return False
    c = text[j]
    if c in ".．/":
        k = j + 1
        while k < n and k < j + 3 and text[k].isdecimal():
            k += 1
        if k == j + 1:
            return False
    elif c == "年":
        k = j + 1
        while k < n and k < j + 3 and text[k].isdecimal():
            k += 1
        if k == j + 1 or k >= n or text[k] != "月":
            return False
        k += 1
    else:
        return False
    return k < n and text[k] in "—–-~～－至 \t\u3000"


def break_end(text: str, i: int) -> int:
    """Where the OCR break that starts at `i` ends, or -1 for none: the branches of
    reading._BREAK in its order."""
    n = len(text)
    c = text[i]
    joined = i > 0 and is_join(text[i - 1])
    if c in " \t\u00a0\r*" and joined:  # spaces inside a line, and one line break
        j = i + 1
        while j < n and text[j] in " \t\u00a0\r*":
            j += 1
        if j < n and text[j] == "\n":
            j += 1
            while j < n and text[j] in " \t\u00a0\r*":
                j += 1
        if j < n and is_join(text[j]) and not resume_starts(text, j):
            return j
    if c == "\n" and joined:  # a single line break
        j = i + 1
        while j < n and text[j] in " \t\u00a0\r*":
            j += 1
        if j < n and is_join(text[j]) and not resume_starts(text, j):
            return j
    if c == "*" and i + 1 < n and text[i + 1] == "*":  # markdown bold markers
        return i + 2
    if c in "(（" and i > 0 and 0x3400 <= ord(text[i - 1]) <= 0x9FFF:  # 區(qū)委
        j = i + 1
        while (
            j < n
            and j < i + 9
            and text[j] in "abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
        ):
            j += 1
        if i + 1 < j <= i + 8:  # one to seven letters (eight or more: no gloss)
            if j < n and text[j] in "12345":
                j += 1
            if j < n and text[j] in ")）":
                return j + 1
    if c in ",，" and i + 1 < n and text[i + 1] == "、":  # 党组书记,、主任
        return i + 1
    return -1


def repair_runs(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """The repaired text, the repaired offsets where kept runs start and how many characters
    were removed before each (reading.RepairedText's fields)."""
    kept: list[str] = []
    starts: list[int] = [0]
    shifts: list[int] = [0]
    n = len(text)
    run = 0  # where the current kept run starts in `text`
    out = 0  # its start in the repaired text
    removed = 0
    i = 0
    while i < n:
        c = text[i]
        if c in " \t\u00a0\r*\n(（,，":
            end = break_end(text, i)
            if end >= 0:
                kept.append(text[run:i])
                out += i - run
                removed += end - i
                starts.append(out)
                shifts.append(removed)
                run = i = end
                continue
        i += 1
    kept.append(text[run:])
    return "".join(kept), tuple(starts), tuple(shifts)


# --- one-for-one maps ----------------------------------------------------------------------------


def has_any(text: str, marks: bytes) -> bool:
    """Whether a character of `text` is marked in `marks` (one byte per code point below its
    length): the test for traditional characters, without a regex over a large set."""
    limit = len(marks)
    for c in text:
        o = ord(c)
        if o < limit and marks[o]:
            return True
    return False


def code_point_marks(code_points) -> bytes:
    """The `marks` of has_any for a set of code points."""
    points = sorted(code_points)
    marks = bytearray(max(points) + 1 if points else 0)  # (no negative index: wraparound=False)
    for o in points:
        marks[o] = 1
    return bytes(marks)


# --- full width (reading.normalise_width) -------------------------------------------------------


def widen(text: str) -> str:
    """Full-width digits and Latin letters, and the ideographic space, as ASCII; one for one."""
    parts: list[str] = []
    last = 0
    for i in range(len(text)):
        o = ord(text[i])
        if 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A:
            parts.append(text[last:i])
            parts.append(chr(o - 0xFEE0))
            last = i + 1
        elif o == 0x3000:
            parts.append(text[last:i])
            parts.append(" ")
            last = i + 1
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


# --- sentences (reading.Sentences.bounds) ------------------------------------------------------


def sentence_bounds(text: str, pos: int, span: int) -> tuple[int, int]:
    """From after the last end mark (and a closing quote) before `pos` to the end of the first
    run of end marks (and a closing quote) or line break after it, at most `span` characters
    either way (reading._LAST_END and _NEXT_END)."""
    n = len(text)
    floor = pos - span if pos > span else 0
    ceiling = pos + span if pos + span < n else n
    start = floor
    i = (pos if pos < n else n) - 1
    while i >= floor:
        if text[i] in "。！？!?；;\n":
            start = i + 1
            if start < pos and start < n and text[start] in "”’」』":
                start += 1
            break
        i -= 1
    end = ceiling
    i = pos
    while i < ceiling:
        c = text[i]
        if c == "\n":
            end = i + 1
            break
        if c in "。！？!?；;":
            i += 1
            while i < ceiling and text[i] in "。！？!?；;":
                i += 1
            if i < ceiling and text[i] in "”’」』":
                i += 1
            end = i
            break
        i += 1
    return start, end


# --- half-width punctuation (chars.fold_punctuation) --------------------------------------------


def is_han(c: str) -> bool:
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


def fold_marks(text: str) -> str:
    """Half-width , : ; ( ) ! ? beside a Chinese character (or after ” / before “) as full
    width, and a . after a Chinese character before a space or the end as 。; one for one."""
    n = len(text)
    parts: list[str] = []
    last = 0
    for i in range(n):
        c = text[i]
        if c in ",:;()!?":
            if not (
                (i > 0 and (is_han(text[i - 1]) or text[i - 1] == "”"))
                or (i + 1 < n and (is_han(text[i + 1]) or text[i + 1] == "“"))
            ):
                continue
            full = "，：；（）！？"[",:;()!?".index(c)]
        elif c == ".":
            if not (i > 0 and is_han(text[i - 1]) and (i + 1 == n or text[i + 1].isspace())):
                continue
            full = "。"
        else:
            continue
        parts.append(text[last:i])
        parts.append(full)
        last = i + 1
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


# --- words of a lexicon (chars.prefix_regex) ---------------------------------------------------


class Trie:
    """A set of words, found as a prefix-factored regex finds them: the longest word starting
    at a position (`end_at`), and the words of a text left to right, each search going on
    after the last word found (`spans`). Flat arrays, so the compiled walk reads no Python
    object: each node's edges are a sorted run of code points searched by bisection."""

    def __init__(self, words):
        children: list[dict[int, int]] = [{}]
        terminal = [0]
        for word in words:
            node = 0
            for c in word:
                nxt = children[node].get(ord(c))
                if nxt is None:
                    nxt = len(children)
                    children[node][ord(c)] = nxt
                    children.append({})
                    terminal.append(0)
                node = nxt
            terminal[node] = 1
        starts, counts, chars, nodes = [], [], [], []
        for edges in children:
            starts.append(len(chars))
            counts.append(len(edges))
            for code in sorted(edges):
                chars.append(code)
                nodes.append(edges[code])
        self.edge_start = array("q", starts)
        self.edge_count = array("q", counts)
        self.edge_char = array("q", chars)
        self.edge_child = array("q", nodes)
        self.terminal = bytes(terminal)
        self.first = code_point_marks(children[0])

    def end_at(self, text, pos):
        """Where the longest word starting at `pos` ends, or -1 (as re.match(text, pos))."""
        n = len(text)
        if pos < 0:
            pos = 0
        if pos >= n:
            return -1
        c = ord(text[pos])
        if c >= len(self.first) or not self.first[c]:
            return -1
        node = 0
        best = -1
        i = pos
        while i < n:
            c = ord(text[i])
            lo = self.edge_start[node]
            stop = lo + self.edge_count[node]
            hi = stop
            while lo < hi:
                mid = (lo + hi) // 2
                if self.edge_char[mid] < c:
                    lo = mid + 1
                else:
                    hi = mid
            if lo == stop or self.edge_char[lo] != c:
                break
            node = self.edge_child[lo]
            i += 1
            if self.terminal[node]:
                best = i
        return best

    def spans(self, text):
        """(start, end) of each word, left to right, as re.finditer finds them."""
        found = []
        n = len(text)
        i = 0
        while i < n:
            end = self.end_at(text, i)
            if end > i:
                found.append((i, end))
                i = end
            else:
                i += 1
        return found
