"""`taperline db ...`: the database schema, kept current with Alembic.

SQLAlchemy and Alembic are imported inside the command: every `taperline` invocation imports this module to
register it, and the pure commands (plan, parse) should not pay a second of start-up for a database they never
open.
"""

import typer

from bot.cli.app import app

db_app = typer.Typer(help="The database.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def upgrade_command() -> None:
    """Create or migrate the database at DATABASE_URL to the latest schema; safe to run again."""
    from bot import migrations
    from bot.db import mask_url
    from bot.settings import load_settings

    settings = load_settings()
    migrations.upgrade(settings.database_url)
    typer.echo(f"database at {mask_url(settings.database_url)} is up to date")
