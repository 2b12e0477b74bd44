"""The text of one outbox message, rendered when it is sent so that an edited template or a corrected name is
what the patient reads."""

from collections.abc import Mapping
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from bot.models import Appointment, Clinic, OutboundMessage, Patient, TemplateOverride
from messages.catalog import template_for
from messages.dates import appointment_variables
from messages.render import render

Overrides = Mapping[tuple[str, str], str]


def _newest_overrides() -> Select[tuple[str, str, str]]:
    newest = (
        select(TemplateOverride.kind, TemplateOverride.language, func.max(TemplateOverride.version).label("version"))
        .where(TemplateOverride.clinic_id == bindparam("clinic_id"))
        .group_by(TemplateOverride.kind, TemplateOverride.language)
        .subquery()
    )
    return (
        select(TemplateOverride.kind, TemplateOverride.language, TemplateOverride.body)
        .join(
            newest,
            (TemplateOverride.kind == newest.c.kind)
            & (TemplateOverride.language == newest.c.language)
            & (TemplateOverride.version == newest.c.version),
        )
        .where(TemplateOverride.clinic_id == bindparam("clinic_id"))
    )


# Built once: constructing the statement costs more than running it, and it runs for every text sent or received.
_NEWEST_OVERRIDES = _newest_overrides()


def clinic_overrides(session: Session, clinic_id: int) -> Overrides:
    """The newest saved version of each of the clinic's own templates."""
    rows = session.execute(_NEWEST_OVERRIDES, {"clinic_id": clinic_id})
    return {(kind, language): body for kind, language, body in rows}


def compose(
    message: OutboundMessage,
    patient: Patient,
    clinic: Clinic,
    appointment: Appointment,
    overrides: Overrides,
    now: datetime,
) -> str:
    zone = ZoneInfo(patient.timezone)
    today = now.astimezone(zone).date()
    when = appointment_variables(appointment.starts_at.astimezone(zone), today, patient.language)
    return compose_reply(message.template, patient, clinic, overrides, **when)


def compose_reply(kind: str, patient: Patient, clinic: Clinic, overrides: Overrides, **variables: object) -> str:
    """A text for this patient from the clinic, in the patient's language: the clinic's wording when it has one."""
    everyone = {"clinic": clinic.name, "first_name": patient.name.split()[0], "clinic_phone": clinic.phone or ""}
    return render(template_for(kind, patient.language, overrides), {**everyone, **variables})
