"""What happens when Stripe says a payment succeeded, failed or was refunded.

Every path that can learn the outcome (the webhook, the shopper's return from the card page,
a staff refund) goes through here, under a row lock on the payment, so that an order is placed
exactly once per PaymentIntent and a refund is counted once, whatever arrives first or twice.
"""

from __future__ import annotations

import logging
from typing import Any

import stripe
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from oscar.apps.order.exceptions import UnableToPlaceOrder

from marketplace.payments import gateway, placing
from marketplace.payments.models import StripeEvent, StripePayment

logger = logging.getLogger(__name__)


def plain(obj: Any) -> dict[str, Any]:
    """A Stripe object as a plain dict (stripe-python's objects are not dicts since v13)."""
    return obj.to_dict() if hasattr(obj, "to_dict") else dict(obj)


def _locked(intent_id: str) -> StripePayment | None:
    return StripePayment.objects.select_for_update().filter(intent_id=intent_id).first()


def finalise(intent: Any) -> StripePayment | None:
    """Place the order of a succeeded intent, once. Returns the payment (``None`` if not ours).

    A second call (webhook after the return page, a duplicate event) finds the order already
    there and changes nothing.
    """
    intent = plain(intent)
    with transaction.atomic():
        payment = _locked(intent["id"])
        if payment is None:
            logger.warning("Stripe intent %s is not one of ours", intent["id"])
            return None
        if payment.order_id is not None:
            return payment
        if intent["status"] != "succeeded":
            return payment
        if int(intent["amount"]) != payment.amount or str(intent["currency"]).lower() != payment.currency:
            # Never place an order for a different sum than the basket's; staff must look at it.
            logger.error(
                "Stripe intent %s: amount/currency differ from %s", payment.intent_id, payment.amount
            )
            payment.status = StripePayment.Status.FAILED
            payment.failure_message = f"amount mismatch: Stripe {intent['amount']} {intent['currency']}"
            payment.save(update_fields=["status", "failure_message", "updated"])
            return payment
        try:
            with transaction.atomic():
                order = placing.place_order(payment)
                if order.total_incl_tax != payment.amount:
                    # Delivery fees or prices moved since the intent was made: never keep an order
                    # for another sum than the one charged (the savepoint undoes it).
                    raise UnableToPlaceOrder(_("The order total changed while you were paying."))
        except UnableToPlaceOrder as refusal:
            # Charged but nothing can be sold (certificate expired, stock gone): give the money back.
            _refund_unplaceable(payment, str(refusal))
            return payment
        payment.order = order
        payment.status = StripePayment.Status.SUCCEEDED
        payment.failure_message = ""
        payment.save(update_fields=["order", "status", "failure_message", "updated"])
        transaction.on_commit(lambda: placing.send_order_email(order))
        return payment


def _refund_unplaceable(payment: StripePayment, reason: str) -> None:
    logger.warning(
        "Order %s not placed after payment %s: %s", payment.order_number, payment.intent_id, reason
    )
    try:
        gateway.client().v1.refunds.create(
            params={"payment_intent": payment.intent_id},
            options={"idempotency_key": f"ocop-refund-unplaceable-{payment.intent_id}"},
        )
    except (stripe.StripeError, gateway.PaymentError):
        logger.exception("Automatic refund of %s failed: staff must refund it", payment.intent_id)
        refunded = False
    else:
        refunded = True
    payment.status = StripePayment.Status.FAILED
    payment.amount_refunded = payment.amount if refunded else payment.amount_refunded
    payment.failure_message = (
        _("Your order could not be placed: %(reason)s Your card has been refunded.")
        if refunded
        else _("Your order could not be placed: %(reason)s Our staff will refund your card.")
    ) % {"reason": reason}
    payment.save(update_fields=["status", "amount_refunded", "failure_message", "updated"])
    if payment.basket is not None and payment.basket.status == payment.basket.FROZEN:
        payment.basket.thaw()  # the shopper can change the basket and try again


def mark_failed(intent: Any) -> StripePayment | None:
    """A failed attempt: the shopper may try another card on the same intent."""
    intent = plain(intent)
    with transaction.atomic():
        payment = _locked(intent["id"])
        if payment is None or payment.status == StripePayment.Status.SUCCEEDED:
            return payment
        error = intent.get("last_payment_error") or {}
        payment.status = StripePayment.Status.FAILED
        payment.failure_message = str(error.get("message") or "")[:1000]
        payment.save(update_fields=["status", "failure_message", "updated"])
        return payment


def mark_canceled(intent: Any) -> StripePayment | None:
    with transaction.atomic():
        payment = _locked(intent["id"])
        if payment is None or payment.order_id is not None:
            return payment
        payment.status = StripePayment.Status.CANCELED
        payment.save(update_fields=["status", "updated"])
        return payment


def sync_refunds(charge: Any) -> StripePayment | None:
    """Bring our refund total up to Stripe's (refunds made in Stripe's own dashboard too)."""
    charge = plain(charge)
    intent_id = charge.get("payment_intent")
    if not intent_id:
        return None
    with transaction.atomic():
        payment = _locked(intent_id)
        if payment is None:
            return None
        stripe_total = int(charge.get("amount_refunded") or 0)
        delta = stripe_total - payment.amount_refunded
        if delta > 0:
            payment.amount_refunded = stripe_total
            payment.save(update_fields=["amount_refunded", "updated"])
            placing.record_refund(payment, delta, reference=str(charge.get("id", "")))
        return payment


def refund(payment_id: int, amount: int) -> StripePayment:
    """Refund ``amount`` đồng now (staff action). The lock keeps the webhook's sync from counting it twice."""
    with transaction.atomic():
        payment = StripePayment.objects.select_for_update().get(pk=payment_id)
        result = gateway.refund(payment, amount)
        payment.amount_refunded += amount
        payment.save(update_fields=["amount_refunded", "updated"])
        placing.record_refund(payment, amount, reference=result.id)
        return payment


HANDLERS = {
    "payment_intent.succeeded": finalise,
    "payment_intent.payment_failed": mark_failed,
    "payment_intent.canceled": mark_canceled,
    "charge.refunded": sync_refunds,
}


def handle_event(event: Any) -> bool:
    """Handle a verified webhook event once. ``False``: seen before (or not a type we act on)."""
    event = plain(event)
    obj = event["data"]["object"]
    intent_id = obj.get("id", "") if str(event["type"]).startswith("payment_intent.") else ""
    intent_id = intent_id or obj.get("payment_intent") or ""
    try:
        # The event row and its effects commit together: if handling fails, Stripe's retry runs it again.
        with transaction.atomic():
            StripeEvent.objects.create(event_id=event["id"], type=event["type"], intent_id=intent_id)
            handler = HANDLERS.get(event["type"])
            if handler is not None:
                handler(obj)
    except IntegrityError:
        if StripeEvent.objects.filter(event_id=event["id"]).exists():
            return False
        raise
    return True
