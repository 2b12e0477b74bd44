"""`GET /healthz`: what a load balancer or uptime check asks before sending traffic here."""

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

router = APIRouter()


@router.get("/healthz")
def healthz(request: Request) -> JSONResponse:
    """Healthy means the database answers: without it the app can neither send nor receive.

    A plain (sync) handler, so FastAPI runs the blocking query in its thread pool, not on the event loop.
    """
    engine: Engine = request.app.state.engine
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return JSONResponse({"status": "unavailable"}, status_code=503)
    return JSONResponse({"status": "ok"})
