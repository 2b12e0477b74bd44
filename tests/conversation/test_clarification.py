"""An unclear amount is asked about, never logged as a number; the answer completes the log."""

from tests.conversation.conftest import said
from tests.queries import intake


def test_an_unclear_amount_is_asked_about_and_not_logged(text, patient_id, engine):
    answer = said(text("a few drinks"))
    assert "?" in answer
    assert intake(engine) == []


def test_the_answer_to_the_question_completes_the_log(text, patient_id, engine):
    said(text("a few drinks last night"))
    answer = said(text("3"))
    [row] = intake(engine)
    assert (row.substance, row.standard_drinks) == ("alcohol", 3)
    assert answer.startswith("Logged: 3 drinks")


def test_the_clear_part_of_a_half_clear_reply_waits_for_the_rest(text, patient_id, engine):
    said(text("some wine and 1mg xanax"))
    assert intake(engine) == []
    said(text("2 glasses"))
    assert {row.substance: (row.standard_drinks, row.mg) for row in intake(engine)} == {
        "alcohol": (2, None),
        "alprazolam": (None, 1),
    }
