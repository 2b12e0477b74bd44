"""Rendering gives the SMS text exactly as the patient should read it, and runs staff templates in a sandbox."""

import pytest

from messages.render import SAMPLE_VARIABLES, TemplateProblem, render


def test_render_never_html_escapes():
    assert render("{{ clinic }}: <b>hi</b>", {"clinic": "Tom & Jerry's"}) == "Tom & Jerry's: <b>hi</b>"


def test_render_trims_surrounding_whitespace_and_newlines():
    assert render("\n  Hi {{ first_name }}  \n\n", {"first_name": "Ana"}) == "Hi Ana"


def test_a_missing_variable_is_an_error_not_a_blank():
    with pytest.raises(TemplateProblem) as caught:
        render("Hi {{ first_name }}", {})
    assert str(caught.value) == "the template fails: 'first_name' is undefined"


@pytest.mark.parametrize(
    "template",
    [
        "{{ ''.__class__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ clinic.format.__globals__ }}",
        "{{ cycler.__init__.__globals__.os }}",
        "{{ self.__init__.__globals__ }}",
    ],
)
def test_the_sandbox_refuses_attribute_tricks(template):
    with pytest.raises(TemplateProblem) as caught:
        render(template, SAMPLE_VARIABLES["en"])
    assert str(caught.value).startswith("the sandbox refuses it: access to attribute '__")
    assert str(caught.value).endswith("is unsafe.")


def test_a_syntax_error_at_render_time_is_a_template_problem():
    with pytest.raises(TemplateProblem, match="syntax error on line 1"):
        render("{{ first_name ", {"first_name": "Ana"})


def test_a_cached_template_still_renders_each_patients_own_values():
    template = "Hi {{ first_name }}"
    assert [render(template, {"first_name": name}) for name in ("Ana", "Luis")] == ["Hi Ana", "Hi Luis"]
