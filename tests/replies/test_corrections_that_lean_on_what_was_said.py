"""A correction that leans on the report before it: a name alone swaps the name said, a count replaces the count
and a strength the strength, tablets or mg take the drug said, "a couple" is an amount to replace, a sentence of
new intake after the amount is kept and a remark is not, "bueno no" and "no no" take back, and "more than that"
is asked."""

import pytest

from tests.replies.readings import doses, read


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("1 ativan *klonopin", "en", [("clonazepam", None, 1)]),
        ("2mg xanax *ativan", "en", [("lorazepam", 2, None)]),
        ("3 valium 5... actually 2", "en", [("diazepam", 10, 2)]),
        ("1 zolpidem 10, sorry 5mg", "en", [("zolpidem", 5, 1)]),
        ("clonazepam 1mg, perdón, quise decir 2 pastillas de 0.5", "es", [("clonazepam", 1, 2)]),
    ],
)  # fmt: skip
def test_a_dose_corrected_by_leaning_on_the_one_said(text, lang, expected):
    assert doses(text, lang=lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "drinks"),
    [
        ("una lata de vino, perdón, de cerveza", "es", 1),
        ("a couple ciders, well actually 4", "en", 4),
        ("5 beers, sorry 4. and a shot of tequila", "en", 5),
        ("8 beers wait thats wrong, 5. two were non alcoholic", "en", 5),
        ("3 cervezas, bueno no, 2", "es", 2),
        ("2 bottles of wine... no no, 2 glasses", "en", 2),
        ("half a dozen beers", "en", 6),
        ("media docena de chelas", "es", 6),
    ],
)  # fmt: skip
def test_drinks_corrected_by_leaning_on_what_was_said(text, lang, drinks):
    assert read(text, lang=lang)["drinks"] == drinks


def test_more_than_that_is_asked():
    parsed = read("2 beers. wait no i had more than that")
    assert (parsed["needs_clarification"], parsed["drinks"]) == (True, None)


def test_a_spanish_strength_corrected_with_de_replaces_the_strength_not_the_count():
    assert doses("1 clonazepam de 2, perdón, de 0.5", lang="es") == [("clonazepam", 0.5, 1)]


def test_a_none_after_the_corrected_amount_is_kept():
    assert read("3 beers. I mean 2. no pills")["benzos"] == []
