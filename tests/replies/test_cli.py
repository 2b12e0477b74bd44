"""`taperline parse` as a user and the grader run it (CONTRACTS.md sections 1 and 4)."""

import json

from tests.cli import Run, assert_one_line_error, taperline


def test_json_prints_the_contracts_object(cli: Run):
    result = cli("parse", "2 beers and 0.5mg xanax last night", "--json")

    assert result.returncode == 0, result.stderr
    parsed = json.loads(result.stdout)
    assert parsed["intent"] == "report"
    assert parsed["drinks"] == 2
    assert parsed["benzos"] == [{"drug": "alprazolam", "mg": 0.5, "tablets": None, "diazepam_eq_mg": 10}]
    assert parsed["day_offset"] == -1


def test_without_json_it_prints_a_short_summary(cli: Run):
    result = cli("parse", "2 beers and 0.5mg xanax last night")

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "intent: report",
        "drinks: 2",
        "  2 x serving of beer = 2 standard drinks",
        "benzos:",
        "  alprazolam: 0.5 mg (~10 mg diazepam)",
        "day: yesterday",
    ]


def test_the_summary_shows_the_question_to_ask_back(cli: Run):
    result = cli("parse", "a few beers")

    assert "drinks: unclear" in result.stdout
    assert "ask back: How many drinks exactly? e.g. 2" in result.stdout


def test_a_dash_reads_one_message_per_line_and_prints_json_lines(cli: Run):
    result = cli("parse", "-", "--json", stdin="none\n2 beers\n\nI want to die\n")

    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["text"] for line in lines] == ["none", "2 beers", "", "I want to die"]
    assert [line["intent"] for line in lines] == ["report", "report", "unknown", "crisis"]


def test_a_dash_without_json_still_prints_json_lines(cli: Run):
    result = cli("parse", "-", stdin="0\n")

    assert json.loads(result.stdout)["drinks"] == 0


def test_prompt_and_lang_reach_the_parser(cli: Run):
    benzo = json.loads(cli("parse", "none", "--prompt", "benzo", "--json").stdout)
    spanish = json.loads(cli("parse", "unas cervezas", "--lang", "es", "--json").stdout)

    assert (benzo["drinks"], benzo["benzos"]) == (None, [])
    assert spanish["clarify"] == "¿Cuántas bebidas exactamente? p. ej. 2"


def test_a_bad_prompt_is_one_line_on_stderr(cli: Run):
    assert_one_line_error(cli("parse", "2 beers", "--prompt", "daily"), "--prompt must be one of")


def test_a_bad_language_is_one_line_on_stderr(cli: Run):
    assert_one_line_error(cli("parse", "2 beers", "--lang", "fr"), "--lang must be one of")


def test_the_installed_command_answers_the_graders_invocation():
    """The grader pipes a corpus into `taperline parse - --json --prompt P --lang L` and counts lines."""
    texts = ["2 cervezas", "nada", "una copa de vino", "😊", "déjame de escribir", "quiero morir"]

    result = taperline("parse", "-", "--json", "--prompt", "checkin", "--lang", "es", stdin="\n".join(texts) + "\n")

    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["text"] for line in lines] == texts
    assert [line["intent"] for line in lines] == ["report", "report", "report", "unknown", "stop", "crisis"]


def test_why_names_the_rule_and_words_behind_the_intent_and_each_amount_on_stderr(cli: Run):
    result = cli("parse", "2 beers and half a xanax last night", "--json", "--why")

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["drinks"] == 2
    assert result.stderr.splitlines() == [
        "why: intent report",
        '  intake.drink: "2 beers" -> 2 standard drinks',
        '  intake.dose: "half a xanax" -> alprazolam 0.5 tablets',
        '  day: "last night" -> yesterday',
    ]


def test_why_names_the_crisis_rule_and_the_words_it_found(cli: Run):
    result = cli("parse", "1 beer. honestly I want to die", "--why")

    assert result.stderr.splitlines()[:2] == ["why: intent crisis", '  crisis.english: "want to die"']


def test_why_says_which_words_no_rule_read(cli: Run):
    result = cli("parse", "2 beers. my landlord is evicting us", "--why")

    assert '  review.unread_words: "landlord evicting" -> a person reads it' in result.stderr.splitlines()


def test_why_labels_each_line_read_from_stdin(cli: Run):
    result = cli("parse", "-", "--why", stdin="none\nSTOP\n")

    assert result.returncode == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if not line.startswith(" ")] == [
        "line 1: why: intent report",
        "line 2: why: intent stop",
    ]
    assert len(result.stdout.splitlines()) == 2
