"""A template is refused before it is saved, with one line that says what is wrong (CONTRACTS.md section 6)."""

import pytest

from messages.render import TemplateProblem, check_template


def problem(template: str, max_segments: int = 1, language: str = "en") -> str:
    with pytest.raises(TemplateProblem) as caught:
        check_template(template, max_segments, language=language)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_template_using_only_known_variables_and_within_the_limit_passes():
    check_template("Hi {{ first_name }}, see you {{ appointment_date }} at {{ appointment_time }}.", 1)


def test_a_syntax_error_is_refused_with_its_line():
    assert problem("Hi {{ first_name }},\nsee you {{ appointment_date }\n") == "syntax error on line 2: unexpected '}'"


def test_an_unclosed_block_is_refused_as_a_syntax_error():
    assert problem("{% if clinic_phone %}Call {{ clinic_phone }}").startswith("syntax error on line 1:")


def test_an_unknown_variable_is_refused_by_name():
    message = problem("Hi {{ frist_name }}, from {{ clinic }}")
    assert message.startswith("unknown variable 'frist_name'; use only ")
    assert "first_name" in message


def test_several_unknown_variables_are_all_named():
    assert problem("{{ patient }} {{ doctor }}").startswith("unknown variables 'doctor', 'patient';")


def test_a_body_over_the_limit_is_refused_with_its_segments():
    assert problem("{{ clinic }} " + "x" * 140) == "the body is 2 segments (GSM-7, 166 characters), over the limit of 1"


def test_a_body_within_a_higher_clinic_limit_passes():
    check_template("{{ clinic }} " + "x" * 140, 2)


def test_a_curly_quote_that_forces_ucs2_is_pointed_out():
    message = problem("It\u2019s {{ first_name }} from {{ clinic }}, see you soon " + "x" * 20)
    assert message == (
        "the body is 2 segments (UCS-2, 81 characters), over the limit of 1; the characters '\u2019' make it UCS-2"
    )


def test_spanish_templates_are_measured_with_spanish_dates():
    template = "Su cita: {{ appointment_date }} " + "x" * 60
    check_template(template, 1, language="en")
    assert problem(template, language="es").startswith("the body is 2 segments (UCS-2,")


def test_a_branch_taken_only_without_a_clinic_phone_is_measured_too():
    template = "{% if clinic_phone %}Call {{ clinic_phone }}{% else %}" + "x" * 200 + "{% endif %}"
    assert problem(template).startswith("the body is 2 segments (GSM-7, 200 characters)")


def test_a_body_that_renders_empty_is_refused():
    assert problem("{% if clinic_phone %}{% endif %}  ") == "the body is empty when rendered"


def test_a_template_that_fails_when_rendered_is_refused():
    assert problem("{{ first_name + days_left }}").startswith("the template fails:")


def test_the_sandbox_refusal_is_reported_as_a_problem():
    assert problem("{{ clinic.__class__ }}").startswith("the sandbox refuses it:")
