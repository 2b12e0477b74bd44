"""Fixtures for the fakes, kept here so that tests/conftest.py only has to import them."""

from collections.abc import Iterator

import pytest

from tests.fakes.twilio_server import FakeTwilio


@pytest.fixture
def fake_twilio() -> Iterator[FakeTwilio]:
    """A fresh server per test: scripted failures and received messages never leak between tests."""
    with FakeTwilio() as fake:
        yield fake
