"""`taperline`: each module registers its commands on the shared app."""

from bot.cli import admin, db, demo, parse, plan, reports, serve, worker  # noqa: F401  (registers commands)
from bot.cli.app import app, main

__all__ = ["app", "main"]
