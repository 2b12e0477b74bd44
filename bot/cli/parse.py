"""`taperline parse`: the pure reply parser on the command line, with no database (CONTRACTS.md section 4).

`-` as TEXT reads one message per line from stdin and prints one JSON object per line, so a whole corpus is
graded in one process. The parser is imported inside the command: the CLI's start-up must not pay for it.
"""

import json
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli.app import app
from bot.errors import TaperlineError

if TYPE_CHECKING:
    from replies import ParsedReply


@app.command("parse")
def parse_command(
    text: Annotated[str, typer.Argument(help="The patient's text, or - to read one message per line from stdin.")],
    prompt: Annotated[
        str, typer.Option(help="What the text answers: checkin (drinks and benzos), alcohol or benzo.")
    ] = "checkin",
    lang: Annotated[str, typer.Option(help="The patient's language: en or es.")] = "en",
    as_json: Annotated[bool, typer.Option("--json", help="Print the parsed reply as a JSON object.")] = False,
    why: Annotated[
        bool, typer.Option("--why", help="Also print on stderr which named rule decided, and on which words.")
    ] = False,
) -> None:
    """Say what a patient's reply means: intent, standard drinks, benzo doses, day, and what to ask back."""
    from replies import LANGUAGES, PROMPTS, parse

    if prompt not in PROMPTS:
        raise TaperlineError(f"--prompt must be one of {', '.join(PROMPTS)}, not {prompt!r}")
    if lang not in LANGUAGES:
        raise TaperlineError(f"--lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    if text == "-":
        out = sys.stdout
        for number, line in enumerate(_stdin_lines(), 1):
            parsed = parse(line, prompt, lang)
            _say_fallback(parsed)
            if why:
                _say_why(parsed, f"line {number}: ")
            out.write(json.dumps(parsed.as_json()) + "\n")
        out.flush()
        return
    parsed = parse(text, prompt, lang)
    _say_fallback(parsed)
    if why:
        _say_why(parsed)
    if as_json:
        typer.echo(json.dumps(parsed.as_json(), indent=2))
    else:
        typer.echo(_summary(parsed))


def _say_fallback(parsed: "ParsedReply") -> None:
    """A bug of the parser's, which it caught: said on stderr, so stdout stays the contract's output."""
    if parsed.fallback is not None:
        typer.echo(f"parser fell back: {parsed.fallback}", err=True)


def _say_why(parsed: "ParsedReply", label: str = "") -> None:
    """Each rule that decided and the words it read, on stderr, so stdout stays the contract's output."""
    lines = [f"{label}why: intent {parsed.intent.value}"]
    for reason in parsed.why:
        reading = f" -> {reason.reading}" if reason.reading else ""
        lines.append(f"  {reason.rule}: {json.dumps(reason.words, ensure_ascii=False)}{reading}")
    typer.echo("\n".join(lines), err=True)


def _stdin_lines() -> list[str]:
    """Messages split on newlines only: a text may hold other line separators (U+2028, form feed), and every input
    line, even an empty one, must get its own output line. Patients' texts are UTF-8 whatever the locale says."""
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8", errors="replace")
    data = sys.stdin.read()
    if not data:
        return []
    lines = data.split("\n")
    if data.endswith("\n"):
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


def _summary(parsed: "ParsedReply") -> str:
    """A few lines a coordinator can read at a glance; scripts use --json."""
    lines = [f"intent: {parsed.intent.value}"]
    if parsed.intent == "report":
        if parsed.drinks is not None:
            lines.append(f"drinks: {parsed.drinks:g}")
        else:
            lines.append("drinks: unclear" if parsed.alcohol_items else "drinks: not mentioned")
        for item in parsed.alcohol_items:
            quantity = "?" if item.quantity is None else f"{item.quantity:g}"
            standard = "?" if item.standard_drinks is None else f"{item.standard_drinks:g}"
            lines.append(f"  {quantity} x {item.unit} of {item.beverage} = {standard} standard drinks")
        lines += _benzo_lines(parsed)
    if parsed.day_offset is not None:
        lines.append(f"day: {'today' if parsed.day_offset == 0 else 'yesterday'}")
    if parsed.needs_clarification:
        lines.append(f"ask back: {parsed.clarify}")
    return "\n".join(lines)


def _benzo_lines(parsed: "ParsedReply") -> list[str]:
    if parsed.benzos is None:
        return ["benzos: not mentioned"]
    if not parsed.benzos:
        return ["benzos: none"]
    lines = ["benzos:"]
    for dose in parsed.benzos:
        amount = "mg unknown" if dose.mg is None else f"{dose.mg:g} mg"
        tablets = "" if dose.tablets is None else f", {dose.tablets:g} tablet(s)"
        equivalent = "" if dose.diazepam_eq_mg is None else f" (~{dose.diazepam_eq_mg:g} mg diazepam)"
        lines.append(f"  {dose.drug}: {amount}{tablets}{equivalent}")
    return lines
