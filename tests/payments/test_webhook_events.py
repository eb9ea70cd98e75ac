"""The webhook against signed event fixtures: Stripe's signing scheme (HMAC-SHA256 over ``t.payload``)
built by hand, so the checks do not depend on anything but the bytes Stripe would send.
"""

from __future__ import annotations

import json
import time
from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from marketplace.payments.models import StripeEvent, StripePayment
from tests.payments.conftest import CHECKOUT_DATA, WEBHOOK_SECRET, event, intent_object, order_total, sign

Order = get_model("order", "Order")
Source = get_model("payment", "Source")
PaymentEvent = get_model("order", "PaymentEvent")

pytestmark = pytest.mark.django_db


@pytest.fixture
def payment(stripe_settings, basket_with) -> StripePayment:
    basket = basket_with(price=150000, quantity=1)
    total = order_total(basket)  # the product and its delivery fee, in whole đồng
    return StripePayment.objects.create(
        intent_id="pi_fixture0001",
        idempotency_key=f"ocop-basket-{basket.id}-{total}-test",
        basket=basket,
        order_number=str(100000 + basket.id),
        amount=total,
        checkout_data=CHECKOUT_DATA,
    )


def test_succeeded_places_the_order_once_and_records_the_card_payment(payment, post_event) -> None:
    succeeded = event("payment_intent.succeeded", intent_object(payment.intent_id, payment.amount))

    response = post_event(succeeded)

    assert response.status_code == 200
    payment.refresh_from_db()
    assert payment.status == StripePayment.Status.SUCCEEDED
    order = Order.objects.get(number=payment.order_number)
    assert payment.order == order
    assert order.total_incl_tax == Decimal(payment.amount)
    source = Source.objects.get(order=order)
    assert (source.amount_debited, source.reference) == (Decimal(payment.amount), payment.intent_id)
    assert PaymentEvent.objects.filter(order=order, event_type__name="Paid").count() == 1

    # Stripe retries the same event, and may send a second event for the same intent.
    assert post_event(succeeded).content == b"duplicate"
    again = event("payment_intent.succeeded", intent_object(payment.intent_id, payment.amount))
    assert post_event(again).status_code == 200
    assert Order.objects.filter(number=payment.order_number).count() == 1
    assert Source.objects.filter(order=order).count() == 1
    assert StripeEvent.objects.filter(event_id=succeeded["id"]).count() == 1


@pytest.mark.parametrize(
    "signature",
    [
        "",  # no header
        "t=1,v1=00",  # garbage
        sign(b"something else"),  # signature of another payload
        "wrong-secret",
    ],
)
def test_a_call_that_is_not_from_stripe_gets_400_and_changes_nothing(payment, post_event, signature) -> None:
    body = json.dumps(
        event("payment_intent.succeeded", intent_object(payment.intent_id, payment.amount))
    ).encode()
    if signature == "wrong-secret":
        signature = sign(body, secret="whsec_someone_else")

    response = post_event(body, signature=signature)

    assert response.status_code == 400
    assert not Order.objects.exists()
    assert not StripeEvent.objects.exists()
    payment.refresh_from_db()
    assert payment.status == StripePayment.Status.PENDING


def test_an_old_signature_is_refused(payment, post_event) -> None:
    body = json.dumps(
        event("payment_intent.succeeded", intent_object(payment.intent_id, payment.amount))
    ).encode()

    response = post_event(body, signature=sign(body, timestamp=int(time.time()) - 3600))

    assert response.status_code == 400
    assert not Order.objects.exists()


def test_a_signed_payload_that_is_not_json_gets_400(payment, post_event) -> None:
    assert post_event(b"not json").status_code == 400
    assert not StripeEvent.objects.exists()


def test_without_a_webhook_secret_nothing_is_trusted(payment, post_event, settings) -> None:
    settings.STRIPE_WEBHOOK_SECRET = ""
    body = json.dumps(
        event("payment_intent.succeeded", intent_object(payment.intent_id, payment.amount))
    ).encode()

    response = post_event(body, signature=sign(body, secret=WEBHOOK_SECRET))

    assert response.status_code == 503
    assert not Order.objects.exists()


def test_an_intent_for_another_amount_places_no_order(payment, post_event) -> None:
    response = post_event(
        event("payment_intent.succeeded", intent_object(payment.intent_id, payment.amount // 100))
    )

    assert response.status_code == 200
    assert not Order.objects.exists()
    payment.refresh_from_db()
    assert payment.status == StripePayment.Status.FAILED
    assert "amount" in payment.failure_message


def test_an_intent_that_is_not_ours_is_acknowledged_and_ignored(stripe_settings, post_event) -> None:
    response = post_event(event("payment_intent.succeeded", intent_object("pi_elsewhere", 99000)))

    assert response.status_code == 200
    assert not Order.objects.exists()


def test_payment_failed_marks_the_payment_failed(payment, post_event) -> None:
    failed = intent_object(
        payment.intent_id,
        payment.amount,
        status="requires_payment_method",
        last_payment_error={"code": "card_declined", "message": "Your card was declined."},
    )

    assert post_event(event("payment_intent.payment_failed", failed)).status_code == 200

    payment.refresh_from_db()
    assert payment.status == StripePayment.Status.FAILED
    assert payment.failure_message == "Your card was declined."
    assert not Order.objects.exists()


def test_a_late_failure_event_does_not_undo_a_paid_order(payment, post_event) -> None:
    post_event(event("payment_intent.succeeded", intent_object(payment.intent_id, payment.amount)))
    failed = intent_object(payment.intent_id, payment.amount, status="requires_payment_method")

    post_event(event("payment_intent.payment_failed", failed))

    payment.refresh_from_db()
    assert payment.status == StripePayment.Status.SUCCEEDED


def test_charge_refunded_syncs_refunds_made_in_stripe(payment, post_event) -> None:
    post_event(event("payment_intent.succeeded", intent_object(payment.intent_id, payment.amount)))
    charge = {
        "id": "ch_fixture0001",
        "object": "charge",
        "amount": payment.amount,
        "amount_refunded": 50000,
        "currency": "vnd",
        "payment_intent": payment.intent_id,
        "refunded": False,
    }
    refunded = event("charge.refunded", charge)

    assert post_event(refunded).status_code == 200
    assert post_event(refunded).content == b"duplicate"
    # A later, full refund: Stripe reports the running total.
    post_event(event("charge.refunded", {**charge, "amount_refunded": payment.amount, "refunded": True}))

    payment.refresh_from_db()
    assert payment.amount_refunded == payment.amount
    assert payment.refundable == 0
    source = Source.objects.get(order=payment.order)
    assert source.amount_refunded == Decimal(payment.amount)
    refunds = PaymentEvent.objects.filter(order=payment.order, event_type__name="Refunded")
    assert sorted(e.amount for e in refunds) == [Decimal("50000"), Decimal(payment.amount - 50000)]
