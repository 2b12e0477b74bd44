"""The stored model: clinics, patients, appointments, the outbox and what patients reply.

Statuses, roles and kinds are plain strings in the database so a new value needs no type migration on
PostgreSQL; the StrEnums below are the one list of allowed values, enforced in Python by validators and in the
database by CHECK constraints generated from the same enums.
"""

from datetime import date, datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from bot.db import TZDateTime, metadata, utcnow


class Role(StrEnum):
    COORDINATOR = "coordinator"
    ADMIN = "admin"


class Language(StrEnum):
    EN = "en"
    ES = "es"


class ConsentMethod(StrEnum):
    WRITTEN = "written"
    VERBAL = "verbal"
    SMS = "sms"


class AppointmentStatus(StrEnum):
    SCHEDULED = "scheduled"
    MOVED = "moved"
    CANCELLED = "cancelled"
    DONE = "done"


class OutboxStatus(StrEnum):
    PLANNED = "planned"
    CLAIMED = "claimed"
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"


class AlertKind(StrEnum):
    """Most urgent first: a crisis, a danger sign, then what a patient asked or wrote that the machine did not
    answer alone (a question, a text it could not read, a logged report with words it could not account for)."""

    CRISIS = "crisis"
    SYMPTOM = "symptom"
    QUESTION = "question"
    UNPARSED = "unparsed"
    REVIEW = "review"
    OPT_OUT = "opt_out"
    DELIVERY_FAILURE = "delivery_failure"
    OVER_TARGET = "over_target"


class AlertStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"


def one_of(column: str, allowed: type[StrEnum]) -> CheckConstraint:
    """A CHECK constraint named after its column, so the naming convention gives `ck_<table>_<column>`."""
    values = ", ".join(f"'{member.value}'" for member in allowed)
    return CheckConstraint(f"{column} IN ({values})", name=column)


def checked(allowed: type[StrEnum], value: str | None, *, nullable: bool = False) -> str | None:
    """Refuse a bad value when it is assigned, where the traceback points at the caller, not at the flush."""
    if value is None and nullable:
        return None
    return allowed(value).value


class Base(DeclarativeBase):
    metadata = metadata
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: TZDateTime, dict[str, Any]: JSON}


class Clinic(Base):
    __tablename__ = "clinics"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    timezone: Mapped[str]
    phone: Mapped[str | None]
    on_call_phone: Mapped[str | None]
    country: Mapped[str] = mapped_column(String(2), default="US")
    twilio_from_number: Mapped[str | None]
    twilio_messaging_service_sid: Mapped[str | None]
    max_rate: Mapped[float] = mapped_column(default=1.0)
    cadence_yaml: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    users: Mapped[list["User"]] = relationship(back_populates="clinic")
    patients: Mapped[list["Patient"]] = relationship(back_populates="clinic", order_by="Patient.id")


class User(Base):
    __tablename__ = "users"
    __table_args__ = (one_of("role", Role),)

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id"), index=True)
    email: Mapped[str] = mapped_column(unique=True)
    name: Mapped[str]
    password_hash: Mapped[str]
    role: Mapped[str] = mapped_column(default=Role.COORDINATOR.value)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    clinic: Mapped[Clinic] = relationship(back_populates="users")

    @validates("role")
    def _check_role(self, _key: str, value: str) -> str | None:
        return checked(Role, value)


class Patient(Base):
    __tablename__ = "patients"
    __table_args__ = (
        UniqueConstraint("clinic_id", "phone"),
        one_of("language", Language),
        one_of("consent_method", ConsentMethod),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id"))
    name: Mapped[str]
    phone: Mapped[str] = mapped_column(index=True)  # every inbound text is matched to its patient by phone alone
    timezone: Mapped[str]
    language: Mapped[str] = mapped_column(String(2), default=Language.EN.value)
    consent_method: Mapped[str | None]
    consent_at: Mapped[datetime | None]
    consent_by: Mapped[str | None]
    enrolled_at: Mapped[datetime] = mapped_column(default=utcnow)
    opted_out_at: Mapped[datetime | None]
    # Twilio refused the number itself (invalid, landline, not reachable by SMS): nothing more is sent to it.
    unreachable_at: Mapped[datetime | None]
    unreachable_code: Mapped[int | None]
    discreet: Mapped[bool] = mapped_column(default=False)
    external_id: Mapped[str | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    clinic: Mapped[Clinic] = relationship(back_populates="patients")
    appointments: Mapped[list["Appointment"]] = relationship(back_populates="patient", order_by="Appointment.starts_at")
    outbox: Mapped[list["OutboundMessage"]] = relationship(back_populates="patient", order_by="OutboundMessage.send_at")
    taper_plans: Mapped[list["TaperPlan"]] = relationship(back_populates="patient", order_by="TaperPlan.id")

    @property
    def may_be_texted(self) -> bool:
        """Consent recorded, no opt-out, and a number Twilio has not refused: the one test before any text."""
        return self.consent_method is not None and self.opted_out_at is None and self.unreachable_at is None

    @validates("language")
    def _check_language(self, _key: str, value: str) -> str | None:
        return checked(Language, value)

    @validates("consent_method")
    def _check_consent_method(self, _key: str, value: str | None) -> str | None:
        return checked(ConsentMethod, value, nullable=True)


class Appointment(Base):
    __tablename__ = "appointments"
    __table_args__ = (one_of("status", AppointmentStatus),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    starts_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(default=AppointmentStatus.SCHEDULED.value)
    external_id: Mapped[str | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    patient: Mapped[Patient] = relationship(back_populates="appointments")
    outbox: Mapped[list["OutboundMessage"]] = relationship(
        back_populates="appointment", order_by="OutboundMessage.send_at"
    )

    @validates("status")
    def _check_status(self, _key: str, value: str) -> str | None:
        return checked(AppointmentStatus, value)


class TaperPlan(Base):
    __tablename__ = "taper_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    drug: Mapped[str]
    prescriber: Mapped[str | None]
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    patient: Mapped[Patient] = relationship(back_populates="taper_plans")
    steps: Mapped[list["TaperStep"]] = relationship(
        back_populates="plan", order_by="TaperStep.starts_on", cascade="all, delete-orphan"
    )


class TaperStep(Base):
    """One dose level, in force from `starts_on` until the next step's date: two steps on one day would be
    ambiguous, hence the unique constraint."""

    __tablename__ = "taper_steps"
    __table_args__ = (UniqueConstraint("plan_id", "starts_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("taper_plans.id", ondelete="CASCADE"))
    starts_on: Mapped[date]
    target_mg: Mapped[float]

    plan: Mapped[TaperPlan] = relationship(back_populates="steps")


class OutboundMessage(Base):
    """The outbox. (appointment, kind, slot) is unique so writing the same plan twice inserts nothing new."""

    __tablename__ = "outbound_messages"
    __table_args__ = (
        UniqueConstraint("appointment_id", "kind", "slot"),
        Index("ix_outbound_messages_status_send_at", "status", "send_at"),
        one_of("status", OutboxStatus),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointments.id"))
    kind: Mapped[str]
    template: Mapped[str]
    slot: Mapped[str] = mapped_column(default="")
    send_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(default=OutboxStatus.PLANNED.value)
    attempts: Mapped[int] = mapped_column(default=0)
    lease_until: Mapped[datetime | None]
    # Indexed, not unique: Twilio's SIDs are unique, but a mock of its API may answer every request with one.
    twilio_sid: Mapped[str | None] = mapped_column(index=True)
    error_code: Mapped[int | None]
    body: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    patient: Mapped[Patient] = relationship(back_populates="outbox")
    appointment: Mapped[Appointment] = relationship(back_populates="outbox")

    @validates("status")
    def _check_status(self, _key: str, value: str) -> str | None:
        return checked(OutboxStatus, value)


class InboundMessage(Base):
    """Every text received, kept even from unknown senders, so a repeated Twilio webhook is recognised."""

    __tablename__ = "inbound_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_sid: Mapped[str] = mapped_column(unique=True)
    patient_id: Mapped[int | None] = mapped_column(ForeignKey("patients.id"), index=True)
    from_phone: Mapped[str]
    to_phone: Mapped[str]
    body: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    parsed: Mapped[dict[str, Any] | None]
    intent: Mapped[str | None]

    patient: Mapped[Patient | None] = relationship()


class IntakeReport(Base):
    """One substance on one patient-local day. A coordinator's correction keeps the first values in
    `original`."""

    __tablename__ = "intake_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id"), index=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    day: Mapped[date]
    substance: Mapped[str]
    standard_drinks: Mapped[float | None]
    mg: Mapped[float | None]
    tablets: Mapped[float | None]
    diazepam_eq_mg: Mapped[float | None]
    inbound_message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    corrected_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    corrected_at: Mapped[datetime | None]
    original: Mapped[dict[str, Any] | None]

    patient: Mapped[Patient] = relationship()
    inbound_message: Mapped[InboundMessage | None] = relationship()


class Alert(Base):
    __tablename__ = "alerts"
    __table_args__ = (one_of("kind", AlertKind), one_of("status", AlertStatus))

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id"), index=True)
    patient_id: Mapped[int | None] = mapped_column(ForeignKey("patients.id"), index=True)
    kind: Mapped[str]
    status: Mapped[str] = mapped_column(default=AlertStatus.OPEN.value)
    message: Mapped[str] = mapped_column(Text)
    inbound_message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    outbound_message_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_messages.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    acknowledged_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    acknowledged_at: Mapped[datetime | None]

    patient: Mapped[Patient | None] = relationship()
    inbound_message: Mapped[InboundMessage | None] = relationship()

    @validates("kind")
    def _check_kind(self, _key: str, value: str) -> str | None:
        return checked(AlertKind, value)

    @validates("status")
    def _check_status(self, _key: str, value: str) -> str | None:
        return checked(AlertStatus, value)


class TemplateOverride(Base):
    """Saving a template adds a version instead of overwriting, so a clinic can restore earlier text."""

    __tablename__ = "template_overrides"
    __table_args__ = (
        UniqueConstraint("clinic_id", "kind", "language", "version"),
        one_of("language", Language),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinics.id"))
    kind: Mapped[str]
    language: Mapped[str] = mapped_column(String(2))
    body: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(default=1)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    @validates("language")
    def _check_language(self, _key: str, value: str) -> str | None:
        return checked(Language, value)


class AuditEvent(Base):
    """Who changed what. `actor` names non-human callers ("cli", "worker") when there is no user."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor: Mapped[str]
    action: Mapped[str]
    entity: Mapped[str]
    entity_id: Mapped[int | None]
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    detail: Mapped[dict[str, Any] | None]
