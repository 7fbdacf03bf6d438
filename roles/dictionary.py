"""The words of jieba's dictionary, as the name and place readers ask for them: whether a word
starts at a place in the text (a name ends before it), whether a text is a word, and what kind
of word it is (a noun that may be a name too, a verb that ends one firmly).

Read once from jieba's `dict.txt` into a derived form kept in the cache folder; split from
`roles.names`, which reads names with it.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os

from roles.cache import default_cache_dir

# Nouns and place names (高原, 王国, 金城) may be names too; adverbs, verbs and the most
# frequent nouns (亲自, 全面, 高度) never are.
_NOMINAL_TAGS = frozenset({"n", "ns", "nz", "nt", "ng"})
_NOMINAL_MAX_FREQ = 5000
# A word this rare (甘露 147, 周易 191) is taken for a name as readily as a noun is.
_RARE_WORD_FREQ = 200
# Verbs this frequent (来到, 安排, 设立) end a name as firmly as a listed verb; rarer ones
# (明说, 来作) may begin with a given-name character (沈桂明说, 阳春来作报告).
_COMMON_VERB_FREQ = 1000
_VERBAL_TAGS = frozenset({"v", "vd", "vi", "d", "c", "p", "u", "f"})
NOMINAL, VERBAL, OTHER, FREQUENT_NOUN = 1, 2, 0, 3
NOT_NAMES = frozenset({VERBAL, OTHER, FREQUENT_NOUN})  # the kinds no given name is


@functools.lru_cache(maxsize=1)
def dictionary_words() -> dict[str, int]:
    """jieba's dictionary words of 2–4 characters that are not names (frequency 3 or more),
    each with its kind: NOMINAL (a noun, or a rare word, that may be a name too: 高原, 甘露),
    VERBAL (a frequent verb or function word, as firm an end of a name as a listed verb:
    来到, 安排), FREQUENT_NOUN (one of the most frequent nouns: 会议, 世纪) or OTHER.

    Two uses: a word starting right after a candidate name ends it (张海东 + 看来), and a
    candidate that is itself a common word needs more evidence (全区, 亲自 are not names).
    Derived once and kept in the cache folder (marshal: 0.1 s to load, against 0.4 s to read
    the 350,000 lines of dict.txt), keyed by the file and the rules; every process, workers
    included, starts faster.
    """
    import jieba  # imported lazily: only its dictionary file is read

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    stat = os.stat(path)
    rules = (
        "kinds: nominal, verbal, other, frequent noun",
        _NOMINAL_MAX_FREQ,
        _RARE_WORD_FREQ,
        _COMMON_VERB_FREQ,
        sorted(_NOMINAL_TAGS),
        sorted(_VERBAL_TAGS),
        stat.st_size,
        stat.st_mtime_ns,
        path,
    )
    key = hashlib.sha1(repr(rules).encode()).hexdigest()[:16]
    kept = default_cache_dir() / f"dictionary-{key}.marshal"
    try:
        words = marshal.loads(kept.read_bytes())
        if isinstance(words, dict):
            return words
    except (OSError, EOFError, ValueError, TypeError):
        pass
    words = read_dictionary(path)
    try:  # a cache that cannot be written costs the next run time, never this one its result
        kept.parent.mkdir(parents=True, exist_ok=True)
        tmp = kept.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(words))
        os.replace(tmp, kept)
    except OSError:
        pass
    return words


def read_dictionary(path: str) -> dict[str, int]:
    words: dict[str, int] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, freq, tag = line.split()
            if 2 <= len(word) <= 4 and not tag.startswith("nr") and (count := int(freq)) >= 3:
                if (tag in _NOMINAL_TAGS and count < _NOMINAL_MAX_FREQ) or count < _RARE_WORD_FREQ:
                    words[word] = NOMINAL
                elif tag in _NOMINAL_TAGS:
                    words[word] = FREQUENT_NOUN
                else:
                    common_verb = tag in _VERBAL_TAGS and count >= _COMMON_VERB_FREQ
                    words[word] = VERBAL if common_verb else OTHER
    return words


def release_dictionary() -> None:
    """Forget the dictionary (it is read again if asked for)."""
    dictionary_words.cache_clear()


def is_nominal_word(text: str) -> bool:
    """A noun or place name of the dictionary that a person may be named too (高原, 金城)."""
    return dictionary_words().get(text) == NOMINAL


def starts_verb(text: str, pos: int) -> bool:
    """Whether a verb, adverb or other function word of two or more characters starts at `pos`."""
    words = dictionary_words()
    return VERBAL in (
        words.get(text[pos : pos + 2]),
        words.get(text[pos : pos + 3]),
        words.get(text[pos : pos + 4]),
    )


def is_word(text: str) -> bool:
    """A word of the dictionary (of 2–4 characters, not a name)."""
    return text in dictionary_words()


def is_frequent_noun(text: str) -> bool:
    """One of the dictionary's most frequent nouns (世纪, 会议, 宪法): no name, but a place's
    name may end in one (金世纪社区)."""
    return dictionary_words().get(text) == FREQUENT_NOUN


def is_plain_word(text: str) -> bool:
    """A dictionary word that is no noun and no rare word (示范, 提交; not 新城, 高原)."""
    return dictionary_words().get(text, NOMINAL) != NOMINAL


def ends_in_verb(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends in a frequent verb or function word of two characters."""
    return end - start >= 2 and dictionary_words().get(text[end - 2 : end]) == VERBAL


def starts_word(text: str, pos: int) -> bool:
    """Whether a dictionary word of two or more characters starts at `pos`."""
    words = dictionary_words()
    return (
        text[pos : pos + 2] in words or text[pos : pos + 3] in words or text[pos : pos + 4] in words
    )
