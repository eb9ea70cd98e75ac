"""PaymentIntents, refunds and webhook delivery against a real localstripe server."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
import stripe
from django.conf import settings
from django.core import mail
from oscar.core.loading import get_class, get_model

from marketplace.payments import gateway, services
from marketplace.payments.models import StripeEvent, StripePayment
from tests.factories import UserFactory
from tests.payments.conftest import CHECKOUT_DATA, order_total, register_webhook

Order = get_model("order", "Order")
Source = get_model("payment", "Source")
PaymentEvent = get_model("order", "PaymentEvent")
OrderNumberGenerator = get_class("order.utils", "OrderNumberGenerator")

pytestmark = [pytest.mark.services, pytest.mark.django_db]


def start_payment(basket) -> StripePayment:
    number = OrderNumberGenerator().order_number(basket)
    return gateway.create_or_reuse_intent(basket, order_total(basket), number, CHECKOUT_DATA)


def pay(payment: StripePayment, card: str = "pm_card_visa") -> stripe.PaymentIntent:
    intent = gateway.confirm_on_server(payment.intent_id, card)
    assert intent.status == "succeeded"
    services.finalise(intent)
    payment.refresh_from_db()
    return intent


def test_vnd_is_sent_as_whole_dong(localstripe, basket_with) -> None:
    basket = basket_with(price=150000, quantity=1)

    number = OrderNumberGenerator().order_number(basket)
    payment = gateway.create_or_reuse_intent(basket, Decimal("150000.00"), number)

    intent = gateway.retrieve_intent(payment.intent_id)
    # Zero-decimal: 150000 means 150.000 ₫, not 1.500 ₫.
    assert (intent.amount, intent.currency) == (150000, "vnd")
    assert payment.amount == 150000
    assert intent.metadata["basket_id"] == str(basket.id)
    assert intent.metadata["order_number"] == payment.order_number


def test_amounts_are_whole_dong_or_refused() -> None:
    assert gateway.to_stripe_amount(Decimal("150000.00")) == 150000
    assert gateway.to_stripe_amount(2_500_000) == 2_500_000
    with pytest.raises(gateway.PaymentError):
        gateway.to_stripe_amount(Decimal("150000.5"))
    with pytest.raises(gateway.PaymentError):
        gateway.to_stripe_amount(0)


def test_a_retry_reuses_the_intent_and_a_changed_basket_gets_a_new_one(localstripe, basket_with) -> None:
    basket = basket_with(price=150000, quantity=2)

    first = start_payment(basket)
    again = start_payment(basket)

    assert again.pk == first.pk
    assert StripePayment.objects.count() == 1
    assert first.idempotency_key.startswith(f"ocop-basket-{basket.id}-{order_total(basket)}-")

    basket.thaw()
    line = basket.all_lines()[0]
    line.quantity = 1
    line.save()
    basket.reset_offer_applications()
    changed = start_payment(basket)
    assert changed.intent_id != first.intent_id
    assert changed.amount == order_total(basket) < first.amount


def test_paying_places_the_order_once_even_when_both_paths_report_it(localstripe, basket_with) -> None:
    payment = start_payment(basket_with(price=150000))

    intent = pay(payment)
    services.finalise(gateway.retrieve_intent(payment.intent_id))  # the webhook, after the return page

    assert payment.status == StripePayment.Status.SUCCEEDED
    assert Order.objects.filter(number=payment.order_number).count() == 1
    assert payment.order.total_incl_tax == Decimal(payment.amount)
    assert gateway.charge_id(intent).startswith("ch_")


def test_a_declined_card_is_a_clear_error_and_places_nothing(localstripe, basket_with) -> None:
    payment = start_payment(basket_with())

    with pytest.raises(gateway.PaymentError):
        gateway.confirm_on_server(payment.intent_id, "pm_card_chargeCustomerFail")

    intent = gateway.retrieve_intent(payment.intent_id)
    assert intent.status == "requires_payment_method"
    services.finalise(intent)
    assert not Order.objects.exists()


def test_partial_then_full_refund(localstripe, basket_with) -> None:
    payment = start_payment(basket_with(price=150000))
    pay(payment)

    services.refund(payment.pk, 50000)
    services.refund(payment.pk, payment.amount - 50000)

    payment.refresh_from_db()
    assert payment.amount_refunded == payment.amount
    charge = gateway.retrieve_intent(payment.intent_id).latest_charge
    assert charge["amount_refunded"] == payment.amount  # localstripe agrees, in whole đồng
    source = Source.objects.get(order=payment.order)
    assert source.amount_refunded == Decimal(payment.amount)
    assert PaymentEvent.objects.filter(order=payment.order, event_type__name="Refunded").count() == 2
    with pytest.raises(gateway.PaymentError):
        services.refund(payment.pk, 1)


def test_refunding_more_than_paid_is_refused_before_asking_stripe(localstripe, basket_with) -> None:
    payment = start_payment(basket_with(price=150000))
    pay(payment)

    with pytest.raises(gateway.PaymentError):
        services.refund(payment.pk, payment.amount + 1)

    payment.refresh_from_db()
    assert payment.amount_refunded == 0
    assert gateway.retrieve_intent(payment.intent_id).latest_charge["amount_refunded"] == 0


def test_staff_refund_from_the_dashboard_order_page(localstripe, basket_with, client) -> None:
    payment = start_payment(basket_with(price=150000))
    pay(payment)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))

    page = client.get(f"/shop/dashboard/orders/{payment.order.number}/")
    assert page.status_code == 200
    assert b"Refund to card" in page.content or "Hoàn tiền".encode() in page.content

    url = f"/shop/payments/dashboard/card-payments/{payment.pk}/refund/"
    response = client.post(url, {"amount": "40000"})
    assert response.status_code == 302
    payment.refresh_from_db()
    assert payment.amount_refunded == 40000
    assert Source.objects.get(order=payment.order).amount_refunded == Decimal("40000")

    # Bad input: a clear message, nothing changes.
    client.post(url, {"amount": str(payment.amount - 40000 + 1)})
    client.post(url, {"amount": "1.5"})
    payment.refresh_from_db()
    assert payment.amount_refunded == 40000


def test_only_staff_may_refund(localstripe, basket_with, client) -> None:
    payment = start_payment(basket_with(price=150000))
    pay(payment)
    url = f"/shop/payments/dashboard/card-payments/{payment.pk}/refund/"

    client.force_login(UserFactory())
    assert client.post(url, {"amount": "1000"}).status_code == 403
    client.force_login(UserFactory(is_staff=True))  # staff without the right to change orders
    assert client.post(url, {"amount": "1000"}).status_code == 403
    client.logout()
    assert client.post(url, {"amount": "1000"}).status_code in (302, 403)

    payment.refresh_from_db()
    assert payment.amount_refunded == 0


def wait_for(condition, seconds: float = 15.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def confirmations(order_number: str) -> list[list[str]]:
    """Recipients of each order-confirmation e-mail sent for ``order_number``."""
    return [message.to for message in mail.outbox if order_number in message.subject]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # keeps data-migration rows
def test_localstripe_delivers_a_signed_webhook_that_places_the_order(
    localstripe, basket_with, live_server
) -> None:
    register_webhook(localstripe, f"{live_server.url}/shop/payments/stripe/webhook/")
    payment = start_payment(basket_with(price=150000))

    intent = gateway.confirm_on_server(payment.intent_id, "pm_card_visa")
    assert intent.status == "succeeded"

    # Only the webhook reports it here: localstripe posts it about a second later. Wait for what
    # the shopper sees once the webhook's transaction has committed (the confirmation e-mail goes
    # out on commit), not for the first sign of the order: on SQLite the live server shares the
    # test's connection, so the order row shows before the payment row is updated.
    assert wait_for(lambda: confirmations(payment.order_number), seconds=30), "no confirmation e-mail"
    assert confirmations(payment.order_number) == [[CHECKOUT_DATA["guest_email"]]]  # once
    payment.refresh_from_db()
    assert payment.status == StripePayment.Status.SUCCEEDED
    assert payment.order.number == payment.order_number
    assert Order.objects.filter(number=payment.order_number).count() == 1
    assert payment.order.total_incl_tax == Decimal(payment.amount)
    assert StripeEvent.objects.filter(intent_id=payment.intent_id, type="payment_intent.succeeded").exists()
    assert settings.STRIPE_WEBHOOK_SECRET  # delivery was verified with it, not waved through


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # keeps data-migration rows
def test_localstripe_webhook_reports_a_declined_card(localstripe, basket_with, live_server) -> None:
    register_webhook(localstripe, f"{live_server.url}/shop/payments/stripe/webhook/")
    payment = start_payment(basket_with(price=150000))

    with pytest.raises(gateway.PaymentError):
        gateway.confirm_on_server(payment.intent_id, "pm_card_chargeCustomerFail")

    assert wait_for(lambda: StripePayment.objects.get(pk=payment.pk).status == StripePayment.Status.FAILED)
    assert not Order.objects.exists()
