"""`taperline worker`: the scheduler and dispatcher without the web app, for cron and for scaling out."""

from typing import Annotated

import typer

from bot.cli.app import app
from bot.logs import configure_logging
from bot.settings import load_settings


@app.command("worker")
def worker_command(
    once: Annotated[bool, typer.Option("--once", help="Run one dispatch pass, print what it did, and exit.")] = False,
) -> None:
    """Send due messages from the outbox; run several against one PostgreSQL to scale out."""
    from bot.worker import Worker, make_dispatcher, run_until_signalled

    configure_logging()
    settings = load_settings()
    dispatcher = make_dispatcher(settings)
    if once:
        outcomes = dispatcher.run_pass()
        dispatcher.engine.dispose()
        summary = ", ".join(f"{count} {outcome}" for outcome, count in sorted(outcomes.items()))
        typer.echo(f"dispatch pass: {summary or 'nothing due'}")
        return
    run_until_signalled(Worker(dispatcher, settings.dispatch_interval_seconds))
    dispatcher.engine.dispose()
