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

# Typer exports only some of click's exceptions; their bases are reached through one it does export, which
# works whether click is vendored inside Typer or installed beside it.
_USAGE_ERROR: type[Exception] = typer.BadParameter.__base__
_CLICK_ERROR: type[Exception] = _USAGE_ERROR.__base__


@app.callback()
def _group() -> None:
    """SMS reminders and a tapering coach for ketamine-infusion clinics."""


def fail(message: str) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise, so call sites read `raise fail(...)`."""
    typer.echo(f"taperline: error: {message}", err=True)
    return typer.Exit(code=1)


def main() -> None:
    """Run the CLI; bad input of any kind ends in one line on stderr and a non-zero exit."""
    try:
        code = app(standalone_mode=False)
    except _CLICK_ERROR as error:
        message = error.format_message()  # type: ignore[attr-defined]
        if message:  # empty when help was shown instead
            context = getattr(error, "ctx", None)
            hint = f" (see '{context.command_path} --help')" if context is not None else ""
            typer.echo(f"taperline: error: {message}{hint}", err=True)
        sys.exit(error.exit_code)  # type: ignore[attr-defined]
    except typer.Abort:
        typer.echo("taperline: aborted", err=True)
        sys.exit(130)
    except USER_ERRORS as error:
        typer.echo(f"taperline: error: {error}", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
