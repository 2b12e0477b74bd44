"""Without Twilio, messages are printed and kept, so a developer or the demo sees them and nobody is texted."""

import io
import re
import threading

import pytest

from bot.transports import ConsoleTransport, Sender

SENDER = Sender(from_number="+15005550006")


def test_it_prints_each_message_as_one_block_and_records_it() -> None:
    stream = io.StringIO()
    transport = ConsoleTransport(stream)

    result = transport.send(
        "+15551230004", "Day 3 of 14.\nReply with last night's drinks", sender=SENDER, status_callback=None
    )

    assert re.fullmatch(r"CONSOLE[0-9a-f]{30}", result.sid)
    assert result.status == "sent"
    assert stream.getvalue() == (
        f"--- SMS {result.sid} to +15551230004 from +15005550006\n"
        "    Day 3 of 14.\n"
        "    Reply with last night's drinks\n"
    )
    (sent,) = transport.sent
    assert (sent.to, sent.body, sent.sender, sent.sid) == (
        "+15551230004",
        "Day 3 of 14.\nReply with last night's drinks",
        SENDER,
        result.sid,
    )


def test_it_prints_to_standard_output_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    ConsoleTransport().send("+15551230004", "Hello", sender=Sender(messaging_service_sid="MG1"), status_callback=None)

    assert capsys.readouterr().out.endswith(" to +15551230004 from MG1\n    Hello\n")


def test_concurrent_senders_neither_lose_messages_nor_interleave_blocks() -> None:
    stream = io.StringIO()
    transport = ConsoleTransport(stream)

    def send_many(worker: int) -> None:
        for n in range(50):
            transport.send(f"+1555123{worker:04d}", f"line one {n}\nline two {n}", sender=SENDER, status_callback=None)

    threads = [threading.Thread(target=send_many, args=(worker,)) for worker in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(transport.sent) == 400
    assert len({sent.sid for sent in transport.sent}) == 400
    lines = stream.getvalue().splitlines()
    for header, first, second in zip(lines[0::3], lines[1::3], lines[2::3], strict=True):
        assert header.startswith("--- SMS CONSOLE")
        assert first.startswith("    line one ")
        assert second == first.replace("one", "two")


def test_it_needs_no_number_to_send_from() -> None:
    stream = io.StringIO()

    ConsoleTransport(stream).send("+15551230004", "Hello", sender=Sender(), status_callback=None)

    assert stream.getvalue().splitlines()[0].endswith("to +15551230004 from no sender set")
