"""Properties over arbitrary text: reading and matching never raise and stay traceable."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


@given(text)
@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
def test_extraction_never_raises_and_evidence_is_repaired_text(matcher, raw: str) -> None:
    result = extract_text("x.txt", raw, matcher)
    repaired = repair(normalise_width(raw)).text
    for m in result.mentions:
        assert 0 <= m.offset < len(raw)
        assert m.evidence in repaired
        assert m.mention.person in m.evidence
