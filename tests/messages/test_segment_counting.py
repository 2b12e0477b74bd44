"""Segments are counted the way carriers bill them: GSM-7 septets when every character allows it, else UCS-2."""

from messages.segments import Segments, count_segments, non_gsm7_characters


def test_empty_text_is_one_segment_of_nothing():
    assert count_segments("") == Segments("GSM-7", 0, 1)


def test_plain_text_and_the_gsm7_basic_set_count_one_septet_each():
    basic = "@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà\n\r"
    assert count_segments(basic) == Segments("GSM-7", len(basic), 1)


def test_extension_characters_count_two_septets_each():
    extension = "^{}\\[~]|€\f"
    assert count_segments(extension) == Segments("GSM-7", 20, 1)


def test_160_septets_fit_one_segment_and_161_need_two():
    assert count_segments("a" * 160) == Segments("GSM-7", 160, 1)
    assert count_segments("a" * 161) == Segments("GSM-7", 161, 2)


def test_an_extension_character_can_tip_a_text_over_160():
    assert count_segments("a" * 158 + "€").segments == 1
    assert count_segments("a" * 159 + "€") == Segments("GSM-7", 161, 2)


def test_split_gsm7_messages_carry_153_septets_per_part():
    assert count_segments("a" * 306).segments == 2
    assert count_segments("a" * 307).segments == 3
    assert count_segments("a" * 459).segments == 3


def test_an_escape_pair_is_never_split_across_parts():
    assert count_segments("a" * 152 + "€" + "a" * 10) == Segments("GSM-7", 164, 2)
    assert count_segments("a" * 152 + "€" + "a" * 152).segments == 3


def test_an_accent_outside_gsm7_makes_the_whole_text_ucs2():
    assert count_segments("Responda STOP para no recibir más") == Segments("UCS-2", 33, 1)


def test_70_ucs2_units_fit_one_segment_and_71_need_two():
    assert count_segments("á" * 70) == Segments("UCS-2", 70, 1)
    assert count_segments("á" * 71) == Segments("UCS-2", 71, 2)


def test_split_ucs2_messages_carry_67_units_per_part():
    assert count_segments("á" * 134).segments == 2
    assert count_segments("á" * 135).segments == 3


def test_an_emoji_outside_the_bmp_counts_two_units():
    assert count_segments("😀" * 35) == Segments("UCS-2", 70, 1)
    assert count_segments("😀" * 36) == Segments("UCS-2", 72, 2)


def test_a_surrogate_pair_is_never_split_across_parts():
    assert count_segments("a" * 66 + "😀" + "a" * 10).segments == 2
    assert count_segments("a" * 66 + "😀" + "a" * 66).segments == 3


def test_curly_quotes_and_dashes_are_named_as_what_forces_ucs2():
    assert non_gsm7_characters("It\u2019s fine \u2014 really\u2019s") == "\u2019\u2014"
    assert non_gsm7_characters("It's fine - really") == ""


def test_a_count_reads_as_segments_encoding_and_characters():
    assert str(count_segments("a" * 161)) == "2 segments (GSM-7, 161 characters)"
    assert str(count_segments("hola")) == "1 segment (GSM-7, 4 characters)"
