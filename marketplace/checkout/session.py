"""Oscar's checkout session mixin: a pick-up-only basket needs a contact instead of an address."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout import exceptions
from oscar.apps.checkout.session import CheckoutSessionMixin as OscarCheckoutSessionMixin
from oscar.core.loading import get_model

from marketplace.checkout.placement import pickup_contact_address

ShippingAddress = get_model("order", "ShippingAddress")


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
