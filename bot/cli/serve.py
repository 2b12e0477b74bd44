"""`taperline serve`: the HTTP app, after bringing the database up to date.

Heavy imports (uvicorn, Alembic) happen inside the command, for the start-up reason given in bot/cli/db.py.
"""

from typing import Annotated

import typer

from bot.cli.app import app


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    scheduler: Annotated[
        bool,
        typer.Option(
            "--scheduler/--no-scheduler",
            help="Also run the scheduler and dispatcher in this process.",
        ),
    ] = True,
) -> None:
    """Run the Twilio webhooks, dashboard and API; migrations run first, so a fresh database just works."""
    import uvicorn

    from bot import migrations
    from bot.logs import configure_logging
    from bot.settings import load_settings
    from bot.web.app import create_app

    settings = load_settings()
    migrations.upgrade(settings.database_url)
    configure_logging()
    typer.echo(f"Taperline on http://{host}:{port} (health: /healthz); sending with {settings.sms_transport}")
    # No access log: each line costs CPU on the webhook's hot path and would carry nothing a log needs.
    uvicorn.run(create_app(settings, scheduler=scheduler), host=host, port=port, access_log=False)
