"""STOP always works at once; START opts back in; HELP names the clinic."""

from tests.conversation.conftest import said
from tests.queries import alerts, outbox_statuses, patient


def test_stop_opts_out_cancels_every_unsent_message_and_confirms_once(text, patient_id, engine):
    assert "planned" in outbox_statuses(engine, patient_id)
    answer = said(text("STOP"))
    assert "Hudson Ketamine" in answer and "unsubscribed" in answer
    assert patient(engine, patient_id).opted_out_at is not None
    assert "planned" not in outbox_statuses(engine, patient_id)
    assert [alert.kind for alert in alerts(engine)] == ["opt_out"]
    assert said(text("stop")) is None


def test_a_plain_language_opt_out_works_like_stop(text, patient_id, engine):
    said(text("please stop texting me"))
    assert patient(engine, patient_id).opted_out_at is not None


def test_start_opts_back_in_and_plans_again(text, patient_id, engine):
    said(text("STOP"))
    answer = said(text("START"))
    assert "subscribed again" in answer
    assert patient(engine, patient_id).opted_out_at is None
    assert "planned" in outbox_statuses(engine, patient_id)


def test_help_names_the_clinic_and_its_phone(text, patient_id):
    answer = said(text("HELP"))
    assert "Hudson Ketamine" in answer and "+12125550100" in answer and "STOP" in answer


def test_spanish_keywords_work(text, patient_id, engine):
    assert "Hudson Ketamine" in said(text("AYUDA"))
    said(text("PARAR"))
    assert patient(engine, patient_id).opted_out_at is not None
