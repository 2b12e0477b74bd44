"""`taperline parse` says "parser fell back: <ExceptionType>" on stderr when a bug of the parser's was caught;
stdout is the same contract output as ever."""

import json

import pytest

import replies.parser
from tests.cli import Run


class ParserBug(Exception):
    pass


@pytest.fixture
def broken_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    def read(*_args: object) -> None:
        raise ParserBug

    monkeypatch.setattr(replies.parser, "_read", read)


def test_one_stderr_line_names_the_exception_and_stdout_is_the_json(cli: Run, broken_parser: None):
    result = cli("parse", "2 beers", "--json")

    assert result.returncode == 0
    assert result.stderr == "parser fell back: ParserBug\n"
    assert json.loads(result.stdout)["intent"] == "unknown"


def test_the_summary_is_unchanged_on_stdout(cli: Run, broken_parser: None):
    result = cli("parse", "2 beers")

    assert result.stdout == "intent: unknown\n"
    assert result.stderr == "parser fell back: ParserBug\n"


def test_each_message_read_from_stdin_that_fell_back_gets_its_line(cli: Run, broken_parser: None):
    result = cli("parse", "-", stdin="2 beers\n3 wines\nnone\n")

    assert len(result.stdout.splitlines()) == 3
    assert result.stderr.splitlines() == ["parser fell back: ParserBug"] * 3


def test_a_reply_the_parser_read_prints_nothing_on_stderr(cli: Run):
    result = cli("parse", "2 beers", "--json")

    assert result.stderr == ""
