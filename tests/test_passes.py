"""The character loops of the compiled core against the regex forms they replace.

In the compiled suite `passes` is the compiled module; with ROLES_PURE_PYTHON=1 it is the same
source run by Python: either way every loop must give what its regex gives, on any text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from roles import chars, passes, reading

# Characters around which the repair rules turn: Chinese, its punctuation, digits, every kind of
# gap and break, the marks of résumé dates, pinyin glosses and doubled punctuation.
ALPHABET = [
    *"区委书记周向军。，、；：“”·—0129 \t\u00a0\r\n*（(）),，、年月.．/-–~～－至\u3000",
    *"qūaiǎzA３Ｗ㐀豈\U00020000",
]
texts = st.text(alphabet=st.sampled_from(ALPHABET), max_size=60)


def regex_runs(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    repaired = reading.repair_by_regex(text)
    return repaired.text, repaired._starts, repaired._shifts


@pytest.mark.parametrize(
    "text",
    [
        "",
        "周向 军",
        "区委书\n记",
        "区委书记\n\n周向军",  # a blank line is a paragraph
        "任职：\n2013.02—2016.08 区长",  # a résumé line keeps its break
        "任职：\n2013年2月 任区长",
        "任职： 2013.02 区长",
        "區(qū)委",
        "區（qu3）委",
        "區(quabcdefg)委",  # eight letters: no gloss
        "**区委**书记",
        "党组书记,、主任",
        "1 2",
        "A B",
        " 区",
        "区 ",
    ],
)
def test_repair_loop_matches_the_regex_on_each_form(text: str) -> None:
    assert passes.repair_runs(text) == regex_runs(text)


@settings(max_examples=1500, deadline=None)
@given(texts)
@example("区 * \n  2013.02 —")
@example("区\n2020年12月 任")
def test_repair_loop_matches_the_regex_on_any_text(text: str) -> None:
    assert passes.repair_runs(text) == regex_runs(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_repair_loop_matches_the_regex_on_any_unicode(text: str) -> None:
    assert passes.repair_runs(text) == regex_runs(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("區区委書书a")), max_size=20))
def test_traditional_marks_match_a_character_class(text: str) -> None:
    table = {ord("區"): ord("区"), ord("書"): ord("书")}
    pattern = re.compile("[區書]")
    marks = passes.code_point_marks(table)
    assert passes.has_any(text, marks) == (pattern.search(text) is not None)


def regex_bounds(text: str, pos: int, span: int) -> tuple[int, int]:
    floor, ceiling = max(0, pos - span), min(len(text), pos + span)
    last = reading._LAST_END.match(text, floor, pos)
    nxt = reading._NEXT_END.search(text, pos, ceiling)
    return (last.end() if last else floor), (nxt.end() if nxt else ceiling)


SPAN = 12  # short, so that generated text reaches past it
SENTENCE_TEXT = st.text(alphabet=st.sampled_from([*"区委。！？!?；;\n”’」』“a "]), max_size=50)


@settings(max_examples=1500, deadline=None)
@given(SENTENCE_TEXT, st.integers(min_value=0, max_value=60))
def test_sentence_loop_matches_the_regexes(text: str, pos: int) -> None:
    assert passes.sentence_bounds(text, pos, SPAN) == regex_bounds(text, pos, SPAN)


def test_sentences_use_the_full_span() -> None:
    text = "甲" * 500 + "。" + "乙" * 500
    assert passes.sentence_bounds(text, 700, reading.SENTENCE_MAX) == regex_bounds(
        text, 700, reading.SENTENCE_MAX
    )


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*",:;()!?.区a1“” \n\t。，\u00a0豈㐀"]), max_size=40))
@example("区.")
@example("区.\n")
@example("1,000")
def test_fold_loop_matches_the_regexes(text: str) -> None:
    assert passes.fold_marks(text) == chars.fold_by_regex(text)


WORDS = st.lists(st.text(alphabet=st.sampled_from([*"区委书记长副市"]), min_size=1, max_size=5))


@settings(max_examples=800, deadline=None)
@given(WORDS, st.text(alphabet=st.sampled_from([*"区委书记长副市，a"]), max_size=40))
def test_trie_finds_what_the_prefix_regex_finds(words: list[str], text: str) -> None:
    trie, regex = passes.Trie(sorted(set(words))), chars.RegexWords(words)
    assert trie.spans(text) == regex.spans(text)
    for pos in range(-1, len(text) + 2):
        assert trie.end_at(text, pos) == regex.end_at(text, pos), pos


def test_trie_of_the_title_lexicon(lex) -> None:
    words = sorted(lex.titles)
    trie, regex = passes.Trie(words), chars.RegexWords(words)
    text = "".join(words[::7]) + "区委副书记、代区长王五，市长李四" * 3
    assert trie.spans(text) == regex.spans(text) and len(trie.spans(text)) > 50


@settings(max_examples=800, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from([*"０９ＡＺａｚ\u3000（ｚ區a1 \uff1a\uff0f\uff3b\uff40\uff5b"]),
        max_size=30,
    )
)
def test_width_loop_matches_translate(text: str) -> None:
    assert passes.widen(text) == reading.width_by_translate(text)
