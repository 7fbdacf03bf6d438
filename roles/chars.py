"""Character classes and prefix-factored regular expressions, shared by the matching stages."""

from __future__ import annotations

import re
from collections.abc import Iterable

CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def is_han(ch: str) -> bool:
    # comparisons, not a regex: this runs tens of thousands of times an issue
    return len(ch) == 1 and (
        "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"
    )


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
    return re.compile(trie_regex(words))


# Web copies write half-width punctuation where papers write full width. Matching reads one
# form: a half-width mark next to a Chinese character becomes its full-width twin, one
# character for one, so offsets hold. `,` between digits (1,000) is left alone.
_HALF_TO_FULL = str.maketrans(
    {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"}
)
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HALF_PUNCT = re.compile(rf"(?<=[{_HAN}”])[,:;()!?]|[,:;()!?](?=[{_HAN}“])")
# A full stop after a Chinese character, at the end of a line or before a space.
_HALF_STOP = re.compile(rf"(?<=[{_HAN}])\.(?=\s|$)")


def fold_punctuation(text: str) -> str:
    """Half-width punctuation beside Chinese text as full width (same length)."""
    if _HALF_PUNCT.search(text) is None and _HALF_STOP.search(text) is None:
        return text
    text = _HALF_PUNCT.sub(lambda m: m[0].translate(_HALF_TO_FULL), text)
    return _HALF_STOP.sub("。", text)
