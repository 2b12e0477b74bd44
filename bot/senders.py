"""Who a clinic's texts come from: its own number or messaging service, else the deployment's."""

from bot.models import Clinic
from bot.settings import Settings
from bot.transports import Sender


def sender_for(clinic: Clinic, settings: Settings) -> Sender:
    return Sender(
        from_number=clinic.twilio_from_number or settings.twilio_from_number,
        messaging_service_sid=clinic.twilio_messaging_service_sid or settings.twilio_messaging_service_sid,
    )
