"""Turning a template into the text a patient receives, and refusing a template before it is saved if it would fail.

Clinic staff write overrides, so templates are untrusted code: they run in Jinja's sandbox, an unknown or
misspelt variable is an error rather than an empty gap in a patient's text, and nothing is HTML-escaped because
an SMS is not HTML ("Tom & Jerry's" must arrive as typed).
"""

from collections.abc import Mapping
from datetime import UTC, date, datetime
from functools import lru_cache

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, meta
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from messages.catalog import FALLBACK_LANGUAGE, LANGUAGES
from messages.dates import appointment_variables, short_date
from messages.intake import describe_intake
from messages.segments import count_segments, non_gsm7_characters


def _sample(language: str) -> dict[str, object]:
    # A Saturday with two-digit month and day gives the longest date, and "sáb" is the Spanish weekday that forces
    # UCS-2; a Spanish first name often carries an accent that does the same. Only the wall-clock reading is used,
    # so the zone is arbitrary.
    when = appointment_variables(datetime(2027, 12, 25, 10, 30, tzinfo=UTC), date(2027, 12, 11), language)
    first_name = "Concepción" if language == "es" else "Jacqueline"
    return {
        "clinic": "Riverside Ketamine Clinic",
        "first_name": first_name,
        "clinic_phone": "(555) 555-0123",
        "patient_phone": "+12125550147",
        "logged": describe_intake(2.5, [("alprazolam", 1.0, None), ("diazepam", None, 2.0)], language),
        "day": short_date(date(2027, 12, 22), language),
        **when,
    }


# Long but realistic values, per language, so a template that passes the check fits for nearly every patient.
SAMPLE_VARIABLES: Mapping[str, Mapping[str, object]] = {language: _sample(language) for language in LANGUAGES}
# What a template may use: exactly what the samples give it, so a new variable cannot be allowed but left unchecked.
VARIABLE_NAMES = frozenset(SAMPLE_VARIABLES[FALLBACK_LANGUAGE])

_ENVIRONMENT = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)


class TemplateProblem(ValueError):
    """A template that cannot be used; the message is one line, fit to show a clinic coordinator as it is."""


def render(template: str, variables: Mapping[str, object]) -> str:
    """Whatever a template raises comes out as TemplateProblem, so a sender can fail the one message it was
    rendering and carry on with the rest."""
    try:
        return _compiled(template).render(variables).strip()
    except TemplateSyntaxError as error:
        raise TemplateProblem(_syntax_problem(error)) from error
    except SecurityError as error:
        raise TemplateProblem(_one_line(f"the sandbox refuses it: {error}")) from error
    except Exception as error:  # a template is untrusted code: whatever it raises is the template's problem
        raise TemplateProblem(_one_line(f"the template fails: {error}")) from error


def check_template(template: str, max_segments: int, *, language: str = "en") -> None:
    """Refuse, before it is saved, a template that would fail or cost more than the clinic allows at send time.

    It is rendered twice, with and without a clinic phone and with one and many days left, because templates
    branch on those; the longer result is the one held against `max_segments`.
    """
    try:
        parsed = _ENVIRONMENT.parse(template)
    except TemplateSyntaxError as error:
        raise TemplateProblem(_syntax_problem(error)) from None
    unknown = sorted(meta.find_undeclared_variables(parsed) - VARIABLE_NAMES)
    if unknown:
        names = ", ".join(repr(name) for name in unknown)
        plural = "s" if len(unknown) > 1 else ""
        raise TemplateProblem(f"unknown variable{plural} {names}; use only {', '.join(sorted(VARIABLE_NAMES))}")
    sample = SAMPLE_VARIABLES.get(language, SAMPLE_VARIABLES[FALLBACK_LANGUAGE])
    bodies = [render(template, sample), render(template, {**sample, "clinic_phone": "", "days_left": 1})]
    if not all(bodies):
        raise TemplateProblem("the body is empty when rendered")
    body = max(bodies, key=lambda text: (count_segments(text).segments, len(text)))
    counted = count_segments(body)
    if counted.segments > max_segments:
        forced = non_gsm7_characters(body)
        hint = f"; the characters {forced!r} make it UCS-2" if forced and counted.encoding == "UCS-2" else ""
        raise TemplateProblem(f"the body is {counted}, over the limit of {max_segments}{hint}")


@lru_cache(maxsize=512)
def _compiled(template: str) -> Template:
    """Compiling is the slow part of Jinja and the same few templates are rendered for every message sent."""
    return _ENVIRONMENT.from_string(template)


def _syntax_problem(error: TemplateSyntaxError) -> str:
    return _one_line(f"syntax error on line {error.lineno}: {error.message}")


def _one_line(text: str) -> str:
    return " ".join(text.split())
