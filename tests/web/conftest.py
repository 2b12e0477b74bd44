"""Every test here talks to the app over real HTTP, as Twilio would."""

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from tests.web.twilio_calls import Twilio, served_app


@pytest.fixture
def twilio(engine: Engine, database_url: str) -> Iterator[Twilio]:
    """The app served on the test's migrated database, with an auth token and PUBLIC_BASE_URL set."""
    with served_app(database_url) as caller:
        yield caller
