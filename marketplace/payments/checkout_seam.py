"""The seam to the checkout (marketplace/checkout/placement.py): place a paid basket's order
outside the shopper's request, from what was snapshotted when the PaymentIntent was created."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib.auth import get_user_model
from oscar.core.loading import get_model

from marketplace.checkout.placement import place_order_for_basket, send_confirmation
from marketplace.payments.models import StripePayment

Basket = get_model("basket", "Basket")


def place_order_for_payment(payment: StripePayment, source: Any, events: Iterable[Any]) -> Any:
    """Raises Oscar's ``UnableToPlaceOrder`` (not certified any more, out of stock…); nothing written then."""
    data = payment.checkout_data or {}
    user = get_user_model().objects.filter(pk=data.get("user_id")).first() if data.get("user_id") else None
    basket = Basket._default_manager.get(pk=payment.basket_id)
    return place_order_for_basket(
        basket,
        user=user,
        guest_email=data.get("guest_email") or "",
        shipping_address=data.get("shipping_address"),
        shipping_method_code=data.get("shipping_method_code"),
        payment_source=source,
        payment_events=list(events),
        order_number=payment.order_number,
        send_email=False,  # sent by send_order_email once the order is kept (its total checked)
    )


def send_order_email(order: Any) -> None:
    """The checkout's ORDER_PLACED message, the same whoever placed the order."""
    send_confirmation(order)
