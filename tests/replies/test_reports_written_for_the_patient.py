"""Someone who introduces themselves as texting for the patient reports the patient's intake; their own does not
count, and a patient who only names a relative is still the writer."""

import pytest

from replies.intake.writer import written_for_the_patient
from replies.text import normalise
from tests.replies.readings import doses, read


@pytest.mark.parametrize(
    ("text", "lang", "drinks"),
    [
        ("it's her husband, she had two glasses of red with dinner", "en", 2),
        ("Grandson here for my grandma. She drank 3 beers yesterday", "en", 3),
        ("I'm Tom's roommate, he asked me to answer: he had a six pack", "en", 6),
        ("habla el hijo de Carmen, mi mamá tomó dos copas de vino anoche", "es", 2),
        ("le escribo de parte de mi esposo, él tomó 4 cervezas", "es", 4),
    ],
)  # fmt: skip
def test_a_relatives_report_is_logged_as_the_patients_intake(text, lang, drinks):
    parsed = read(text, lang=lang)
    assert (parsed["intent"], parsed["drinks"]) == ("report", drinks)


def test_a_relatives_dose_report_keeps_its_dose():
    assert doses("this is her son, she took 1 klonopin 0.5 mg last night") == [("clonazepam", 0.5, 1)]


def test_the_writers_own_none_is_not_the_patients():
    parsed = read("her partner here. she had a glass of wine, I had nothing")
    assert (parsed["drinks"], parsed["benzos"]) == (1, None)


@pytest.mark.parametrize(
    "text",
    ["my husband says hi, 2 beers", "I had 2 beers with my husband", "it's my wife's birthday, 2 glasses of wine"],
)
def test_a_patient_who_names_a_relative_is_still_the_writer(text):
    assert written_for_the_patient(normalise(text)) is None
    assert read(text)["drinks"] == 2


def test_a_patients_report_of_someone_elses_drinking_is_still_not_logged():
    assert read("my brother had 5 beers")["drinks"] is None


@pytest.mark.parametrize(
    ("text", "lang", "drinks"),
    [
        ("Daughter of patient Rosa M. She had 2 beers yesterday", "en", 2),
        ("his gf here, he had a six pack last night", "en", 6),
        ("Caretaker for Mr. Lee. He drank 1 glass of wine", "en", 1),
        ("Buenas tardes, soy la vecina de doña Carmen. Ella tomó dos cervezas", "es", 2),
        ("mi hijo me pidió que le avisara: tomó 3 cervezas", "es", 3),
    ],
)  # fmt: skip
def test_a_writer_who_opens_with_their_relation_to_the_patient_reports_for_them(text, lang, drinks):
    assert read(text, lang=lang)["drinks"] == drinks


def test_an_opening_that_names_the_patients_own_relation_is_still_the_patient():
    assert read("my daughter is visiting, I had 2 beers")["drinks"] == 2


def test_a_relative_describing_the_patients_chest_pain_reports_a_danger_sign():
    assert read("soy su esposa. le duele el pecho y le cuesta respirar", lang="es")["intent"] == "symptom"


@pytest.mark.parametrize(
    "text", ["My daughter is the patient, she took one bar last night", "for my husband who's at work: 2 tall cans"]
)
def test_a_writer_who_names_the_patient_as_their_relation_reports_for_them(text):
    parsed = read(text)
    assert parsed["intent"] == "report" and (parsed["drinks"] == 2.6 or parsed["benzos"])


@pytest.mark.parametrize(
    ("text", "lang"),
    [("his wife here. I gave him his ativan 1mg at 9", "en"), ("soy su esposa. yo le di 1 ativan de 1 mg", "es")],
)
def test_a_dose_the_writer_gave_the_patient_is_the_patients(text, lang):
    assert doses(text, lang=lang) == [("lorazepam", 1, 1)]


@pytest.mark.parametrize(
    ("text", "lang", "drinks", "benzos"),
    [
        ("this is his wife, he had 4 beers and I had 2 glasses of wine", "en", 4, None),
        ("la hija aquí: ella tomó 2 copas y yo nada", "es", 2, None),
        ("soy el esposo, ella se tomó media botella de vino, yo me tomé la otra mitad", "es", 2.5, None),
    ],
)  # fmt: skip
def test_the_writers_own_clause_after_and_i_is_not_the_patients(text, lang, drinks, benzos):
    parsed = read(text, lang=lang)
    assert (parsed["drinks"], parsed["benzos"]) == (drinks, benzos)


def test_the_introduction_is_read_and_puts_nothing_before_a_person():
    assert read("wife here. he had 2 beers last night")["review"] is False
