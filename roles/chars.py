"""Character classes and prefix-factored regular expressions, shared by the matching stages."""

from __future__ import annotations

import re
from collections.abc import Iterable

from roles import passes
from roles.compiled import runs_compiled

_LOOPS = runs_compiled(passes)

CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


# The characters that end the name of a division (衢江区, 尹家村): a title starting with one may
# share it with the place before it.
LEVEL_CHARS = frozenset("省市州盟县区旗镇乡村")


def is_han(ch: str) -> bool:
    # comparisons, not a regex: this runs tens of thousands of times an issue
    return len(ch) == 1 and (
        "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"
    )


def after_spaces(text: str, pos: int) -> int:
    """Past the spaces, tabs and ideographic spaces at `pos` (a paragraph's indent)."""
    while text[pos : pos + 1] in (" ", "\t", "\u3000"):
        pos += 1
    return pos


def trie_regex(words: Iterable[str]) -> str:
    """A regular expression matching any of `words`, factored by common prefix, longest first."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def prefix_regex(words: Iterable[str]) -> re.Pattern[str]:
    """A regex matching any of `words`; one that never matches when there are none (an empty
    pattern would match everywhere)."""
    return re.compile(trie_regex(words) or "(?!)")


class RegexWords:
    """A set of words found by their prefix-factored regex: the pure-Python core's form of
    passes.Trie, with the same two questions."""

    def __init__(self, words: Iterable[str]) -> None:
        self.pattern = prefix_regex(words)

    def end_at(self, text: str, pos: int) -> int:
        """Where the longest word starting at `pos` ends, or -1."""
        m = self.pattern.match(text, pos)
        return m.end() if m is not None else -1

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each word, left to right."""
        return [m.span() for m in self.pattern.finditer(text)]


WordFinder = passes.Trie | RegexWords


def word_finder(words: Iterable[str]) -> WordFinder:
    """The words' finder for this core: a compiled trie walk, or a regex in pure Python (where
    the regex engine is the faster); both find the same words."""
    words = sorted({w for w in words if w})  # an empty word would match everywhere
    return passes.Trie(words) if _LOOPS else RegexWords(words)


# Web copies write half-width punctuation where papers write full width. Matching reads one
# form: a half-width mark next to a Chinese character becomes its full-width twin, one
# character for one, so offsets hold. `,` between digits (1,000) is left alone.
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# One pass per mark, each starting with the literal mark so the regex engine scans for it in C.
_FOLDS = tuple(
    (half, re.compile(rf"{re.escape(half)}(?:(?<=[{_HAN}”]{re.escape(half)})|(?=[{_HAN}“]))"), full)
    for half, full in (
        (",", "，"),
        (":", "："),
        (";", "；"),
        ("(", "（"),
        (")", "）"),
        ("!", "！"),
        ("?", "？"),
    )
)
# A full stop after a Chinese character, at the end of a line or before a space.
_HALF_STOP = re.compile(rf"\.(?:(?<=[{_HAN}]\.)(?=\s|$))")


def fold_punctuation(text: str) -> str:
    """Half-width punctuation beside Chinese text as full width (same length)."""
    if _LOOPS:  # one character loop when compiled (roles/passes.py), a regex per mark when not
        return passes.fold_marks(text)
    return fold_by_regex(text)


def fold_by_regex(text: str) -> str:
    for half, pattern, full in _FOLDS:
        if half in text:
            text = pattern.sub(full, text)
    if "." in text:
        text = _HALF_STOP.sub("。", text)
    return text
