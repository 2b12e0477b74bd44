"""A plain yes (the parser's `yes`) opts back in a patient who texted STOP; from anyone else it is a text a person
reads, not a subscription."""

import pytest
from sqlalchemy.orm import Session

from bot.models import Patient
from tests.conversation.conftest import said
from tests.queries import alerts, inbound, outbox_statuses, patient


def test_yes_from_a_subscribed_patient_changes_nothing_and_reaches_a_person(text, patient_id, engine):
    answer = said(text("yes"))
    assert "get back to you" in answer and "subscribed again" not in answer
    assert [alert.kind for alert in alerts(engine)] == ["unparsed"]
    assert inbound(engine)[0].intent == "unknown"


@pytest.mark.parametrize("word", ["YES", "yes!", "Y"])
def test_yes_after_a_stop_opts_back_in_and_plans_again(text, patient_id, engine, word):
    said(text("STOP"))
    assert "planned" not in outbox_statuses(engine, patient_id)
    answer = said(text(word))
    assert "subscribed again" in answer
    assert patient(engine, patient_id).opted_out_at is None
    assert "planned" in outbox_statuses(engine, patient_id)
    assert inbound(engine)[-1].intent == "start"
    assert [alert.kind for alert in alerts(engine)] == ["opt_out"]


def test_si_after_a_parar_opts_a_spanish_patient_back_in(text, patient_id, engine):
    with Session(engine) as session:
        session.get_one(Patient, patient_id).language = "es"
        session.commit()
    said(text("PARAR"))
    answer = said(text("sí"))
    assert answer.startswith("Hudson Ketamine: volverá a recibir recordatorios")
    assert patient(engine, patient_id).opted_out_at is None
