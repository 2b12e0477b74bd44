"""The FastAPI application, built by a factory so tests and `taperline serve` each pass their own settings."""

import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, nullcontext
from datetime import datetime

from fastapi import FastAPI

from bot.db import make_engine, utcnow
from bot.dispatcher import Dispatcher
from bot.settings import Settings, load_settings
from bot.transports import make_transport
from bot.web import health, sms, twilio
from bot.worker import Worker


def create_app(
    settings: Settings | None = None, *, scheduler: bool = False, clock: Callable[[], datetime] = utcnow
) -> FastAPI:
    """Build the app; with no settings given they come from the environment, as uvicorn's factory mode needs.

    The engine lives on `app.state` so every route shares one connection pool, closed when the app stops. With
    `scheduler`, the dispatcher's worker runs beside the app and drains when the server shuts down (SIGTERM).
    `clock` is when the app thinks it is; the demo runs it on simulated time.
    """
    settings = settings or load_settings()
    engine = make_engine(settings.database_url)
    transport = make_transport(settings)
    dispatcher = Dispatcher(engine, transport, settings)
    worker = Worker(dispatcher, settings.dispatch_interval_seconds) if scheduler else None

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if worker is not None:
            worker.start()
        yield
        if worker is not None:
            worker.shutdown()
        engine.dispose()

    app = FastAPI(title="Taperline", lifespan=lifespan)
    app.state.settings = settings
    app.state.engine = engine
    app.state.transport = transport
    app.state.clock = clock
    # SQLite takes one writer at a time and makes the others back off and retry, which at a few hundred webhooks a
    # second turns into seconds of latency; queueing writers in the process is fairer and faster.
    app.state.writes = threading.Lock() if engine.dialect.name == "sqlite" else nullcontext()
    app.include_router(health.router)
    app.include_router(twilio.router)
    app.include_router(sms.router)
    return app
