"""The cadence: which messages a course of infusions gets and when, loaded from YAML and validated.

Validation happens once, when a file is loaded, so the planner can trust every value it reads and a clinic
learns about a mistake in its file before any patient does.
"""

from __future__ import annotations

import re
from datetime import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Self

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

DEFAULT_CADENCE_PATH = Path(__file__).parent / "cadences" / "default.yaml"


class CadenceError(ValueError):
    """A cadence file that cannot be used; the message names the file and the problem."""


class Anchor(StrEnum):
    """What a message's timing is counted from."""

    ENROLMENT = "enrolment"
    WINDOW_OPEN = "window_open"
    COURSE_START = "course_start"
    APPOINTMENT = "appointment"
    DAILY = "daily"
    TAPER_STEP = "taper_step"
    COURSE_END = "course_end"


_HH_MM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def _parse_clock(value: Any) -> time:
    # YAML reads an unquoted 10:00 as the sexagesimal integer 600, so anything but a quoted "HH:MM" is refused.
    if isinstance(value, time):
        return value
    match = _HH_MM.match(value) if isinstance(value, str) else None
    if match is None:
        raise ValueError(f'write times as "HH:MM" in quotes, not {value!r}')
    return time(int(match[1]), int(match[2]))


Clock = Annotated[time, BeforeValidator(_parse_clock)]
Days = Annotated[int, Field(ge=0, le=366)]

_TIMED = set(Anchor) - {Anchor.ENROLMENT}  # every message but the welcome goes at a time of day
_COUNTED = {Anchor.COURSE_START, Anchor.APPOINTMENT, Anchor.COURSE_END}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MessageRule(_Strict):
    """When one kind of message is sent, relative to its anchor."""

    anchor: Anchor
    template: str | None = None
    at: Clock | None = None
    days_before: tuple[Days, ...] = ()
    days_after: tuple[Days, ...] = ()
    after: bool = False

    @model_validator(mode="after")
    def _fits_its_anchor(self) -> Self:
        if self.anchor in _TIMED and self.at is None:
            raise ValueError(f"anchor {self.anchor} needs a send time 'at'")
        if self.anchor is Anchor.ENROLMENT and self.at is not None:
            raise ValueError("anchor enrolment is sent at enrolment and takes no 'at'")
        if self.anchor in _COUNTED and not (self.days_before or self.days_after):
            raise ValueError(f"anchor {self.anchor} needs days_before or days_after")
        if self.anchor not in _COUNTED and (self.days_before or self.days_after):
            raise ValueError(f"anchor {self.anchor} takes no days_before or days_after")
        if self.days_after and not self.after:
            raise ValueError("days_after needs 'after: true': only such kinds may follow an appointment")
        if self.anchor is Anchor.COURSE_END and self.days_before:
            raise ValueError("anchor course_end counts days_after, not days_before")
        return self


class SendingWindow(_Strict):
    """Local hours in which messages may go out; the end is exclusive."""

    start: Clock = time(8, 0)
    end: Clock = time(21, 0)

    @model_validator(mode="after")
    def _starts_before_it_ends(self) -> Self:
        if self.start >= self.end:
            raise ValueError(f"start {self.start:%H:%M} must come before end {self.end:%H:%M}")
        return self

    def __contains__(self, moment: time) -> bool:
        return self.start <= moment < self.end


class Cadence(_Strict):
    """A validated cadence; `messages` keeps the file's order, which is the order of importance."""

    avoid_days: Days = Field(default=14, ge=1)
    course_gap_days: Days = 7
    max_per_day: int = Field(default=3, ge=1, le=24)
    sending_window: SendingWindow = SendingWindow()
    messages: dict[Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")], MessageRule]

    @model_validator(mode="after")
    def _sends_inside_the_window(self) -> Self:
        window = self.sending_window
        for kind, rule in self.messages.items():
            if rule.at is not None and rule.at not in window:
                raise ValueError(
                    f"messages.{kind}.at {rule.at:%H:%M} is outside the sending window "
                    f"{window.start:%H:%M}-{window.end:%H:%M}"
                )
        return self

    def template_for(self, kind: str) -> str:
        return self.messages[kind].template or kind

    def priority(self, kind: str) -> int:
        return list(self.messages).index(kind)


def parse_cadence(text: str, source: str) -> Cadence:
    """Validate cadence YAML; `source` names it in errors (a file name, or "<default>")."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise CadenceError(f"{source}: not valid YAML{where}: {getattr(error, 'problem', error)}") from None
    if not isinstance(data, dict):
        raise CadenceError(f"{source}: expected a mapping of cadence settings, found {type(data).__name__}")
    try:
        return Cadence.model_validate(data)
    except ValidationError as error:
        raise CadenceError(f"{source}: {_describe(error)}") from None


def load_cadence(path: Path | str | None = None) -> Cadence:
    """The cadence in `path`, or the default one."""
    path = Path(path) if path is not None else DEFAULT_CADENCE_PATH
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise CadenceError(f"{path}: cannot read it ({error.strerror or error})") from None
    return parse_cadence(text, str(path))


def _describe(error: ValidationError) -> str:
    problems = []
    for detail in error.errors():
        where = ".".join(str(part) for part in detail["loc"])
        if detail["type"] == "extra_forbidden":
            problems.append(f"unknown key '{where}'")
            continue
        message = detail["msg"].removeprefix("Value error, ")
        problems.append(f"{where}: {message}" if where else message)
    return "; ".join(problems)
