"""Phone numbers as people type them, stored as E.164 so a patient is one number whatever the formatting."""

import phonenumbers

from bot.errors import TaperlineError


def to_e164(text: str, country: str = "US") -> str:
    """Parse `text`; a national number takes `country` (an ISO region such as US or GB)."""
    try:
        number = phonenumbers.parse(text, country.upper())
    except phonenumbers.NumberParseException:
        raise TaperlineError(f"{text!r} is not a phone number") from None
    if not phonenumbers.is_valid_number(number):
        raise TaperlineError(f"{text!r} is not a valid phone number for {country.upper()} or abroad") from None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def country_of(e164: str) -> str | None:
    """The region of a stored number, so a clinic's own phone tells which country its patients dial from."""
    return phonenumbers.region_code_for_number(phonenumbers.parse(e164))
