from pathlib import Path

import pytest

from schedules.cadence import Anchor, CadenceError, load_cadence

VALID = """
avoid_days: 14
messages:
  checkin: {anchor: daily, at: "10:00"}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "clinic.yaml"
    path.write_text(text)
    return path


def refusal(tmp_path: Path, text: str) -> str:
    with pytest.raises(CadenceError) as caught:
        load_cadence(write(tmp_path, text))
    return str(caught.value)


def test_the_default_cadence_matches_the_contract():
    cadence = load_cadence()
    assert (cadence.avoid_days, cadence.course_gap_days, cadence.max_per_day) == (14, 7, 3)
    assert f"{cadence.sending_window.start:%H:%M}-{cadence.sending_window.end:%H:%M}" == "08:00-21:00"
    assert cadence.messages["reminder"].days_before == (10, 7, 3)
    assert cadence.messages["day_before"].days_before == (1,)
    assert f"{cadence.messages['day_before'].at:%H:%M}" == "17:00"
    assert cadence.messages["welcome"].anchor is Anchor.ENROLMENT


def test_a_clinic_file_fills_unset_values_with_the_defaults(tmp_path):
    cadence = load_cadence(write(tmp_path, VALID))
    assert cadence.max_per_day == 3
    assert list(cadence.messages) == ["checkin"]


def test_it_refuses_an_unknown_key_naming_the_file_and_the_key(tmp_path):
    message = refusal(tmp_path, VALID + "avoid_dayz: 3\n")
    assert "clinic.yaml" in message
    assert "unknown key 'avoid_dayz'" in message


def test_it_refuses_a_negative_window(tmp_path):
    message = refusal(tmp_path, VALID.replace("avoid_days: 14", "avoid_days: -2"))
    assert "clinic.yaml" in message and "avoid_days" in message


def test_it_refuses_a_send_hour_outside_the_sending_window(tmp_path):
    message = refusal(tmp_path, VALID.replace('"10:00"', '"22:30"'))
    assert "messages.checkin.at 22:30 is outside the sending window 08:00-21:00" in message


def test_the_window_end_itself_is_outside_the_window(tmp_path):
    assert "outside the sending window" in refusal(tmp_path, VALID.replace('"10:00"', '"21:00"'))


def test_it_refuses_a_yaml_syntax_error_with_its_line(tmp_path):
    message = refusal(tmp_path, "avoid_days: 14\nmessages: [unclosed\n")
    assert "clinic.yaml" in message and "not valid YAML" in message and "line" in message


def test_it_refuses_an_unquoted_time_that_yaml_read_as_a_number(tmp_path):
    assert "in quotes" in refusal(tmp_path, VALID.replace('"10:00"', "10:00"))


def test_it_refuses_a_window_that_ends_before_it_starts(tmp_path):
    text = VALID + 'sending_window: {start: "21:00", end: "08:00"}\n'
    assert "must come before end" in refusal(tmp_path, text)


def test_it_refuses_an_offset_kind_without_its_days(tmp_path):
    text = VALID + '  reminder: {anchor: course_start, at: "12:00"}\n'
    assert "needs days_before or days_after" in refusal(tmp_path, text)


def test_it_refuses_a_message_after_the_appointment_unless_marked_after(tmp_path):
    text = VALID + '  follow_up: {anchor: course_end, days_after: [1], at: "12:00"}\n'
    assert "after: true" in refusal(tmp_path, text)


@pytest.mark.parametrize("anchor", ["course_end", "appointment", "window_open"])
def test_it_refuses_a_timed_message_without_its_time(tmp_path, anchor):
    text = VALID + f"  follow_up: {{anchor: {anchor}, days_after: [1], after: true}}\n"
    assert "needs a send time 'at'" in refusal(tmp_path, text)


def test_it_refuses_a_missing_file_naming_it(tmp_path):
    with pytest.raises(CadenceError, match=r"missing\.yaml: cannot read it"):
        load_cadence(tmp_path / "missing.yaml")


def test_it_refuses_a_file_that_is_not_a_mapping(tmp_path):
    assert "expected a mapping" in refusal(tmp_path, "- just\n- a list\n")
