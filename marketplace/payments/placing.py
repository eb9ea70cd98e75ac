"""Placing the order a succeeded PaymentIntent paid for, outside the shopper's request.

The checkout owns how an order is built from a frozen basket (lines, delivery or pick-up,
fees); this module only calls it, and records the card payment on the order the Oscar way
(a payment ``Source`` and a ``PaymentEvent``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from marketplace.payments import checkout_seam
from marketplace.payments.models import StripePayment

Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")
PaymentEventType = get_model("order", "PaymentEventType")
PaymentEvent = get_model("order", "PaymentEvent")

SOURCE_TYPE = "Stripe"
PAID = "Paid"
REFUNDED = "Refunded"
# Marked for translation: the dashboard shows these names.
_("Paid")
_("Refunded")


def place_order(payment: StripePayment) -> Any:
    """The order for ``payment``'s frozen basket, placed by the checkout with the card payment
    recorded the Oscar way: a debited ``Source`` and a "Paid" ``PaymentEvent``."""
    amount = Decimal(payment.amount)
    source = Source(
        source_type=source_type(),
        currency="VND",
        amount_allocated=amount,
        amount_debited=amount,
        reference=payment.intent_id,
    )
    paid = PaymentEvent(event_type=event_type(PAID), amount=amount, reference=payment.intent_id)
    return checkout_seam.place_order_for_payment(payment, source, [paid])


def send_order_email(order: Any) -> None:
    checkout_seam.send_order_email(order)


def source_type() -> Any:
    return SourceType.objects.get_or_create(code="stripe", defaults={"name": SOURCE_TYPE})[0]


def event_type(name: str) -> Any:
    return PaymentEventType.objects.get_or_create(name=name)[0]


def record_refund(payment: StripePayment, amount: int, reference: str) -> None:
    """A refund on the order: the source's ``amount_refunded`` and a "Refunded" event."""
    if payment.order_id is None:
        return
    source = Source.objects.filter(order_id=payment.order_id, reference=payment.intent_id).first()
    if source is not None:
        source.refund(Decimal(amount), reference=reference)
    refunded = event_type(REFUNDED)
    PaymentEvent.objects.create(
        order_id=payment.order_id, event_type=refunded, amount=Decimal(amount), reference=reference
    )
