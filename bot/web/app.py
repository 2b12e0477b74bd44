"""The FastAPI application, built by a factory so tests and `taperline serve` each pass their own settings."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from bot.db import make_engine
from bot.settings import Settings, load_settings
from bot.web import health, twilio


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; with no settings given they come from the environment, as uvicorn's factory mode needs.

    The engine lives on `app.state` so every route shares one connection pool, closed when the app stops.
    """
    settings = settings or load_settings()
    engine = make_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(title="Taperline", lifespan=lifespan)
    app.state.settings = settings
    app.state.engine = engine
    app.include_router(health.router)
    app.include_router(twilio.router)
    return app
