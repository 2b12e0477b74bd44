"""The Typer application every command module registers on, and the entry point that turns user errors
into one line on stderr."""

import sys

import typer

from bot.errors import TaperlineError
from schedules.cadence import CadenceError

app = typer.Typer(
    name="taperline",
    help="SMS reminders and a tapering coach for ketamine-infusion clinics.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

USER_ERRORS = (TaperlineError, CadenceError)


def fail(message: str) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise, so call sites read `raise fail(...)`."""
    typer.echo(f"taperline: error: {message}", err=True)
    return typer.Exit(code=1)


def main() -> None:
    try:
        app()
    except USER_ERRORS as error:
        typer.echo(f"taperline: error: {error}", err=True)
        sys.exit(1)
