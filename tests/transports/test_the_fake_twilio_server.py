"""The fake answers like Twilio does, byte for byte where the SDK or the transport depend on it."""

import re
from collections.abc import Iterator

import httpx
import pytest

from tests.fakes.twilio_server import FakeTwilio


@pytest.fixture
def api(fake_twilio: FakeTwilio) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=f"{fake_twilio.base_url}/2010-04-01/Accounts/{fake_twilio.account_sid}",
        auth=(fake_twilio.account_sid, fake_twilio.auth_token),
    ) as client:
        yield client


def test_a_created_message_is_a_twilio_message_resource(fake_twilio: FakeTwilio, api: httpx.Client) -> None:
    response = api.post("/Messages.json", data={"To": "+15551230006", "From": "+15005550006", "Body": "Hi"})

    assert response.status_code == 201
    message = response.json()
    assert re.fullmatch(r"SM[0-9a-f]{32}", message["sid"])
    assert message["account_sid"] == fake_twilio.account_sid
    assert (message["to"], message["from"], message["body"]) == ("+15551230006", "+15005550006", "Hi")
    assert (message["status"], message["num_segments"], message["error_code"]) == ("queued", "1", None)
    assert message["uri"] == f"/2010-04-01/Accounts/{fake_twilio.account_sid}/Messages/{message['sid']}.json"
    assert api.get(f"/Messages/{message['sid']}.json").json() == message


def test_twilios_error_bodies_are_reproduced(fake_twilio: FakeTwilio, api: httpx.Client) -> None:
    fake_twilio.fail_next("+15551230006", 21610)

    response = api.post("/Messages.json", data={"To": "+15551230006", "From": "+15005550006", "Body": "Hi"})

    assert response.status_code == 400
    assert response.json() == {
        "code": 21610,
        "message": "Attempt to send to unsubscribed recipient",
        "more_info": "https://www.twilio.com/docs/errors/21610",
        "status": 400,
    }


def test_a_failure_scripted_for_one_number_spares_the_others(fake_twilio: FakeTwilio, api: httpx.Client) -> None:
    fake_twilio.fail_next("+15551230007", 21211)
    form = {"From": "+15005550006", "Body": "Hi"}

    assert api.post("/Messages.json", data=form | {"To": "+15551230006"}).status_code == 201
    assert api.post("/Messages.json", data=form | {"To": "+15551230007"}).status_code == 400
    assert api.post("/Messages.json", data=form | {"To": "+15551230007"}).status_code == 201


def test_wrong_credentials_get_twilios_401(fake_twilio: FakeTwilio) -> None:
    response = httpx.post(
        f"{fake_twilio.base_url}/2010-04-01/Accounts/{fake_twilio.account_sid}/Messages.json",
        auth=(fake_twilio.account_sid, "wrong"),
        data={"To": "+15551230006", "From": "+15005550006", "Body": "Hi"},
    )

    assert response.status_code == 401
    assert response.json()["code"] == 20003


def test_an_unknown_message_or_path_is_a_404(api: httpx.Client) -> None:
    assert api.get("/Messages/SM" + "0" * 32 + ".json").json()["code"] == 20404
    assert api.post("/Calls.json").status_code == 404


def test_a_long_body_is_reported_in_segments(api: httpx.Client) -> None:
    response = api.post("/Messages.json", data={"To": "+15551230006", "From": "+15005550006", "Body": "a" * 161})

    assert response.json()["num_segments"] == "2"
