"""Oscar's checkout session data, plus the pick-up contact of orders with nothing to deliver."""

from oscar.apps.checkout.utils import *  # noqa: F403  (Oscar's fork pattern)
from oscar.apps.checkout.utils import CheckoutSessionData as OscarCheckoutSessionData


class CheckoutSessionData(OscarCheckoutSessionData):
    def set_pickup_contact(self, name: str, phone_number: str) -> None:
        self._set("pickup", "contact", {"name": name, "phone_number": phone_number})

    def pickup_contact(self) -> dict | None:
        """``{"name": …, "phone_number": …}`` of whoever collects a pick-up-only order."""
        return self._get("pickup", "contact")
