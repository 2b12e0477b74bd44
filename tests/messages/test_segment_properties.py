"""count_segments is called on every outbound text, so no text whatever may make it fail or undercount."""

from hypothesis import given
from hypothesis import strategies as st

from messages.segments import GSM7_BASIC, GSM7_EXTENSION, count_segments, non_gsm7_characters

# Mostly GSM-7 characters, so both encodings and long multi-part texts are well exercised; lone surrogates too,
# because a Python str can hold them and a badly decoded inbound text can carry one into a reply.
TEXTS = st.text(
    st.sampled_from(sorted(GSM7_BASIC | GSM7_EXTENSION)) | st.characters(exclude_categories=()), max_size=500
)


@given(TEXTS)
def test_any_text_is_counted_as_at_least_one_segment(text):
    counted = count_segments(text)
    assert counted.segments >= 1
    assert counted.characters >= len(text)


@given(TEXTS)
def test_any_text_is_gsm7_exactly_when_it_has_no_other_character(text):
    assert (count_segments(text).encoding == "GSM-7") == (non_gsm7_characters(text) == "")


@given(TEXTS)
def test_any_text_is_one_segment_exactly_when_it_fits_the_single_limit(text):
    counted = count_segments(text)
    single = 160 if counted.encoding == "GSM-7" else 70
    assert (counted.segments == 1) == (counted.characters <= single)


@given(TEXTS)
def test_parts_are_never_fewer_than_the_characters_divided_by_the_part_size(text):
    counted = count_segments(text)
    part = 153 if counted.encoding == "GSM-7" else 67
    if counted.segments > 1:
        assert counted.segments >= -(-counted.characters // part)
