"""Oscar's checkout session mixin: a pick-up-only basket needs a contact instead of an address.

Also what the session holds as one submission (``submission_for_request``), for code that needs
it outside the checkout views (the card payment's start).
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout import exceptions
from oscar.apps.checkout.session import CheckoutSessionMixin as OscarCheckoutSessionMixin
from oscar.core.loading import get_class, get_model

from marketplace.checkout.addresses import pickup_contact_address

ShippingAddress = get_model("order", "ShippingAddress")
CheckoutSessionData = get_class("checkout.utils", "CheckoutSessionData")


class CheckoutSessionMixin(OscarCheckoutSessionMixin):
    def check_shipping_data_is_captured(self, request) -> None:
        super().check_shipping_data_is_captured(request)
        if not request.basket.is_shipping_required() and not self.checkout_session.pickup_contact():
            raise exceptions.FailedPreCondition(
                url=reverse("checkout:shipping-address"),
                message=_("Please tell us who will pick up the order."),
            )

    def get_shipping_address(self, basket):
        """Oscar's address for delivered baskets; for pick-up only, the contact as an address."""
        if basket.is_shipping_required():
            return super().get_shipping_address(basket)
        contact = self.checkout_session.pickup_contact()
        if not contact:
            return None
        return pickup_contact_address(basket, contact["name"], contact["phone_number"])


def submission_for_request(request: HttpRequest) -> dict[str, Any]:
    """What the checkout session knows for ``request.basket`` (Oscar's ``build_submission`` dict).

    Keys: user, basket, shipping_address (unsaved), shipping_method, shipping_charge, order_total,
    billing_address, order_kwargs (guest_email), payment_kwargs, surcharges.
    """
    # build_submission and everything it calls are this mixin's (no checkout view overrides them).
    session = CheckoutSessionMixin()
    session.request = request
    session.checkout_session = CheckoutSessionData(request)
    return session.build_submission()
