"""Properties over arbitrary text: reading and matching never raise and stay traceable."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roles import reading
from roles.pipeline import extract_text
from roles.reading import normalise_width, repair

# Chinese characters heavy with the ones titles and names are made of, plus punctuation,
# whitespace, digits and control characters.
TITLE_CHARS = "区县市省镇村委书记副长常务人大政协主席任领导代理、，。等参加讲话王李张刘陈周"
text = st.text(
    alphabet=st.one_of(
        st.sampled_from(TITLE_CHARS),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from(" \t\n\r\u3000\u00a0*１２３ＡＢ0123456789（）()：:;；“”\x00\x1b"),
    ),
    max_size=300,
)


# The OCR-break rule in its readable form: one branch per kind of break. reading._BREAK is
# the same rule factored for speed; this keeps the two in step.
_J, _G, _P = reading._JOIN, reading._GAP, reading._PINYIN
_R = reading._RESUME_START  # a résumé line's dates keep the line break (and space) before them
READABLE_BREAK = re.compile(
    rf"({_G}(?<={_J}{_G}){_G}*(?:\n{_G}*)?(?!{_R})(?={_J})"
    rf"|\n(?<={_J}\n){_G}*(?!{_R})(?={_J})"
    r"|\*\*"
    rf"|[(（](?<=[\u3400-\u9fff][(（])[{_P}]{{1,7}}[1-5]?[)）])"
)
breaks = st.one_of(
    st.text(alphabet=st.sampled_from("区委书记王 \t\n\r*（(）)qūa1。、\u00a0"), max_size=40),
    # résumé lines (2013.02—2016.08 县长, 2013年5月\u3000县长) between text and breaks
    st.lists(
        st.tuples(
            st.sampled_from(["", "\n", " \n", "\n\n", "。\n", "长\n"]),
            st.sampled_from(["2013.02", "2013年5月", "1998.12—2001.03", "2016.08—", "2013", "5月"]),
            st.sampled_from(["", " ", "\u3000", "\t"]),
            st.sampled_from(["县长", "县委书记、县长", "。", "王", ""]),
        ),
        max_size=5,
    ).map(lambda parts: "".join("".join(p) for p in parts)),
)


@given(breaks)
@settings(max_examples=2000)
def test_the_fast_break_rule_equals_the_readable_one(raw: str) -> None:
    assert reading._BREAK_CAPTURED.split(raw) == READABLE_BREAK.split(raw)


@given(text)
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_repair_offsets_stay_inside_and_point_at_the_same_character(raw: str) -> None:
    original = normalise_width(raw)
    repaired = repair(original)
    assert len(repaired.text) <= len(original)
    for pos, ch in enumerate(repaired.text):
        offset = repaired.original_offset(pos)
        assert 0 <= offset < len(original)
        assert original[offset] == ch


# roster lines: names parted by spaces after a post and a colon, labelled lines
rosters = st.text(
    alphabet=st.sampled_from("副县长委员主任王李张刘陈周马平：: \u3000\n、。"), max_size=120
)


@given(st.one_of(text, rosters))
@settings(max_examples=500)
def test_roster_marks_keep_offsets_and_change_only_spaces_and_breaks(raw: str) -> None:
    original = normalise_width(raw)
    marked = reading.mark_rosters(original)
    assert len(marked) == len(original)
    for before, after in zip(original, marked, strict=True):
        assert (
            before == after
            or (before in " \t\u3000" and after == "、")
            or (before == "\n" and after in "、；")
        )


@given(text)
@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
def test_extraction_never_raises_and_evidence_is_repaired_text(matcher, raw: str) -> None:
    result = extract_text("x.txt", raw, matcher)
    repaired = repair(reading.mark_rosters(normalise_width(raw))).text
    for m in result.mentions:
        assert 0 <= m.offset < len(raw)
        assert m.evidence in repaired
        assert m.mention.person in m.evidence
