"""The one place that talks to Stripe: PaymentIntents and refunds, amounts in whole đồng.

VND is a zero-decimal currency at Stripe: ``amount=150000`` *is* 150.000 ₫ (no ×100). Every
creating call carries an idempotency key, so a network retry or a double click re-uses what
Stripe already made. ``STRIPE_API_BASE`` points the client elsewhere (localstripe in tests).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import stripe
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from marketplace.payments.models import StripePayment

logger = logging.getLogger(__name__)

CURRENCY = "vnd"


class PaymentError(Exception):
    """A payment step failed; ``str(error)`` is safe to show to the shopper or staff."""


def card_payments_enabled() -> bool:
    return bool(settings.CARD_PAYMENTS_ENABLED)


def client() -> stripe.StripeClient:
    """A Stripe client for the configured keys and API address (read per call: tests change them)."""
    if not settings.STRIPE_SECRET_KEY:
        raise PaymentError(_("Card payments are not configured."))
    base = {"api": settings.STRIPE_API_BASE.rstrip("/")} if settings.STRIPE_API_BASE else None
    return stripe.StripeClient(settings.STRIPE_SECRET_KEY, base_addresses=base, max_network_retries=2)


def to_stripe_amount(total: Decimal | int) -> int:
    """Whole đồng as Stripe's integer ``amount`` (VND is zero-decimal): 150000 → 150000.

    A fractional đồng is a bug upstream, not something to round away silently.
    """
    value = Decimal(total)
    if value != value.to_integral_value():
        raise PaymentError(_("A VND amount must be a whole number of đồng."))
    amount = int(value)
    if amount <= 0:
        raise PaymentError(_("There is nothing to pay."))
    return amount


def basket_version(lines: Iterable[tuple[Any, ...]], extra: Any = None) -> str:
    """A short fingerprint of what is being paid for (lines, quantities, prices, delivery choice).

    It goes into the idempotency key, so that the same frozen basket re-uses its intent while a
    changed basket (even at the same total) gets a new one.
    """
    digest = hashlib.sha256(repr((sorted(map(repr, lines)), repr(extra))).encode()).hexdigest()
    return digest[:16]


def lines_of(basket: Any) -> list[tuple[Any, ...]]:
    return [
        (line.product_id, line.stockrecord_id, line.quantity, str(line.line_price_incl_tax))
        for line in basket.all_lines()
    ]


def idempotency_key(basket_id: int, amount: int, version: str) -> str:
    return f"ocop-basket-{basket_id}-{amount}-{version}"


def _stripe_error(error: stripe.StripeError) -> PaymentError:
    logger.warning("Stripe error: %s", error)
    message = getattr(error, "user_message", None)
    message = message or _("The card payment service did not accept the request.")
    return PaymentError(message)


def create_or_reuse_intent(
    basket: Any, total: Decimal | int, order_number: str, checkout_data: dict | None = None
) -> StripePayment:
    """The PaymentIntent paying for ``basket`` as it is now: created once, re-used on every retry.

    The idempotency key is derived from basket id, amount and basket version; the same key finds
    our row first (Stripe forgets keys after 24 hours, our table does not).
    """
    amount = to_stripe_amount(total)
    checkout_data = checkout_data or {}
    base = idempotency_key(basket.id, amount, basket_version(lines_of(basket), checkout_data))
    for attempt in range(1, 20):
        key = base if attempt == 1 else f"{base}-{attempt}"
        existing = StripePayment.objects.filter(idempotency_key=key).first()
        if existing is None:
            break
        if _reusable(existing):
            return existing
        # Paid, refunded or canceled: never charge that intent again; the next key gets a new one.
    else:
        raise PaymentError(_("This basket has already been paid for or its payment was canceled."))
    try:
        intent = client().v1.payment_intents.create(
            params={
                "amount": amount,
                "currency": CURRENCY,
                # Cards only: the Payment Element shows the card form, and VND cards are what we take.
                "payment_method_types": ["card"],
                "metadata": {"basket_id": str(basket.id), "order_number": str(order_number)},
            },
            options={"idempotency_key": key},
        )
    except stripe.StripeError as error:
        raise _stripe_error(error) from error
    try:
        with transaction.atomic():
            payment, _created = StripePayment.objects.get_or_create(
                intent_id=intent.id,
                defaults={
                    "idempotency_key": key,
                    "basket": basket,
                    "order_number": str(order_number),
                    "amount": amount,
                    "currency": CURRENCY,
                    "checkout_data": checkout_data,
                },
            )
    except IntegrityError:
        # A concurrent request stored the same key first (Stripe returned it the same intent).
        payment = StripePayment.objects.get(idempotency_key=key)
    return payment


def _reusable(payment: StripePayment) -> bool:
    if payment.order_id is not None or payment.amount_refunded:
        return False
    return payment.status in (StripePayment.Status.PENDING, StripePayment.Status.FAILED)


def retrieve_intent(intent_id: str) -> stripe.PaymentIntent:
    try:
        return client().v1.payment_intents.retrieve(intent_id)
    except stripe.StripeError as error:
        raise _stripe_error(error) from error


def confirm_on_server(intent_id: str, payment_method: str) -> stripe.PaymentIntent:
    """Attach a payment method and confirm server-side (Stripe's "finalize on the server" flow).

    Used when the page's Stripe.js cannot confirm by itself (localstripe's mock); a card needing
    3-D Secure comes back ``requires_action`` for Stripe.js to finish.
    """
    if not isinstance(payment_method, str) or not payment_method.startswith(("pm_", "card_", "src_")):
        raise PaymentError(_("The card details were not accepted."))
    try:
        api = client().v1.payment_intents
        api.update(intent_id, params={"payment_method": payment_method})
        return api.confirm(intent_id)
    except stripe.StripeError as error:
        raise _stripe_error(error) from error


def refund(payment: StripePayment, amount: int) -> stripe.Refund:
    """Refund ``amount`` đồng (full or partial) of a paid intent.

    The key includes what was refunded before, so a double-submitted form refunds once while a
    second, deliberate partial refund of the same amount goes through.
    """
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise PaymentError(_("Enter a refund amount in whole đồng."))
    if payment.status != StripePayment.Status.SUCCEEDED:
        raise PaymentError(_("Only a paid card payment can be refunded."))
    if amount > payment.refundable:
        left = payment.refundable
        raise PaymentError(_("At most %(amount)s đồng can still be refunded.") % {"amount": left})
    key = f"ocop-refund-{payment.intent_id}-{payment.amount_refunded}-{amount}"
    try:
        return client().v1.refunds.create(
            params={"payment_intent": payment.intent_id, "amount": amount}, options={"idempotency_key": key}
        )
    except stripe.StripeError as error:
        raise _stripe_error(error) from error


def charge_id(intent: Any) -> str:
    """The intent's latest charge id (Stripe sends an id, localstripe the whole object)."""
    # Not .get(): stripe-python's objects are not dicts.
    charge = intent["latest_charge"] if "latest_charge" in intent else None  # noqa: SIM401
    if isinstance(charge, str):
        return charge
    return charge["id"] if charge else ""
