"""Logging for the long-running commands: our own INFO lines, and other libraries only when they warn.

The Twilio SDK logs every request at INFO; what it prints is not ours to vet for patient data, so it stays quiet.
"""

import logging

QUIET = ("apscheduler", "twilio")


def configure_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)
