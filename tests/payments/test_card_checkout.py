"""The shopper's card checkout through the real checkout views, against localstripe."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_model

from marketplace.payments import gateway, services
from marketplace.payments.models import StripePayment
from tests.checkout.helpers import ADDRESS, add

Order = get_model("order", "Order")
Source = get_model("payment", "Source")
Basket = get_model("basket", "Basket")

pytestmark = [pytest.mark.services, pytest.mark.django_db]


def card_preview(client: Client) -> None:
    """Guest email → address → shipping method → card → payment step → preview."""
    guest = {"username": "lan@example.vn", "options": "anonymous"}
    assert client.post(reverse("checkout:index"), guest).status_code == 302
    assert client.post(reverse("checkout:shipping-address"), ADDRESS).status_code == 302
    response = client.get(reverse("checkout:shipping-method"))
    if response.status_code == 200:
        client.post(reverse("checkout:shipping-method"), {"method_code": "standard"})
    assert client.post(reverse("checkout:payment-method"), {"method": "card"}).status_code == 302
    details = client.get(reverse("checkout:payment-details"))
    assert details.status_code == 200
    assert b"js.stripe.com" not in details.content  # Stripe.js only on the card page
    preview = client.get(reverse("checkout:preview"))
    assert preview.status_code == 200
    assert reverse("payments:card-start").encode() in preview.content


@pytest.fixture
def shopper_client(localstripe, certified_product) -> Client:
    client = Client()
    add(client, certified_product(price=150000))
    card_preview(client)
    return client


def test_card_checkout_places_the_order_once(
    shopper_client: Client, django_capture_on_commit_callbacks
) -> None:
    client = shopper_client

    response = client.post(reverse("payments:card-start"))
    assert response.status_code == 302 and response.url == reverse("payments:card-pay")
    payment = StripePayment.objects.get()
    assert payment.basket.status == Basket.FROZEN
    page = client.get(reverse("payments:card-pay"))
    assert page.status_code == 200
    assert b"/js.stripe.com/v3/" in page.content
    intent = gateway.retrieve_intent(payment.intent_id)
    assert intent.client_secret.encode() in page.content
    assert intent.amount == payment.amount
    assert (
        payment.checkout_data["shipping_method_code"]
        and payment.checkout_data["guest_email"] == "lan@example.vn"
    )

    # The browser's Stripe.js made a payment method; the page asks the server to confirm.
    confirmed = client.post(reverse("payments:card-confirm"), {"payment_method": "pm_card_visa"})
    assert confirmed.json() == {"status": "succeeded"}
    with django_capture_on_commit_callbacks(execute=True):
        back = client.get(reverse("payments:card-return"))
    assert back.status_code == 302 and back.url == reverse("checkout:thank-you")
    assert [m.to for m in mail.outbox] == [["lan@example.vn"]]  # the order confirmation, once
    thanks = client.get(back.url)
    assert thanks.status_code == 200
    # Paid by card: the confirmation must not ask for cash at the door.
    assert "Đã thanh toán đủ bằng thẻ" in thanks.content.decode()

    order = Order.objects.get()
    payment.refresh_from_db()
    assert payment.order == order and payment.status == StripePayment.Status.SUCCEEDED
    assert order.total_incl_tax == Decimal(payment.amount)
    source = Source.objects.get(order=order)
    assert (source.source_type.code, source.amount_debited, source.reference) == (
        "stripe",
        order.total_incl_tax,
        payment.intent_id,
    )
    # The webhook arrives after the return page: nothing more happens.
    with django_capture_on_commit_callbacks(execute=True):
        services.finalise(gateway.retrieve_intent(payment.intent_id))
    assert Order.objects.count() == 1 and Source.objects.filter(order=order).count() == 1
    assert len(mail.outbox) == 1


def test_a_declined_card_places_nothing_and_returns_to_the_card_page(shopper_client: Client) -> None:
    client = shopper_client
    client.post(reverse("payments:card-start"))

    declined = client.post(reverse("payments:card-confirm"), {"payment_method": "pm_card_chargeCustomerFail"})
    assert declined.status_code == 402 and declined.json()["error"]
    back = client.get(reverse("payments:card-return"))
    assert back.url == reverse("payments:card-pay")
    assert not Order.objects.exists()
    # (Real Stripe lets the same intent take another card; localstripe 1.15 refuses to confirm an
    # intent whose charge failed, so the retry itself is not exercised here.)
    assert client.get(back.url).status_code == 200


def test_starting_twice_reuses_the_intent(shopper_client: Client) -> None:
    client = shopper_client
    client.post(reverse("payments:card-start"))
    first = StripePayment.objects.get()

    client.post(reverse("payments:card-cancel"))  # back to choosing: the basket opens again
    assert Basket.objects.get(pk=first.basket_id).status == Basket.OPEN
    card_preview(client)
    client.post(reverse("payments:card-start"))

    assert StripePayment.objects.get().pk == first.pk


def test_a_basket_that_cannot_be_sold_any_more_is_refunded(shopper_client: Client) -> None:
    client = shopper_client
    client.post(reverse("payments:card-start"))
    payment = StripePayment.objects.get()
    # The last units went elsewhere while the shopper typed the card number.
    line = payment.basket.all_lines()[0]
    line.stockrecord.num_in_stock = 0
    line.stockrecord.save()

    client.post(reverse("payments:card-confirm"), {"payment_method": "pm_card_visa"})
    back = client.get(reverse("payments:card-return"))

    assert back.url == reverse("basket:summary")
    assert not Order.objects.exists()
    payment.refresh_from_db()
    assert payment.status == StripePayment.Status.FAILED
    assert payment.amount_refunded == payment.amount
    assert gateway.retrieve_intent(payment.intent_id).latest_charge["amount_refunded"] == payment.amount


def test_without_stripe_keys_there_is_no_card_page(settings, client) -> None:
    settings.CARD_PAYMENTS_ENABLED = False
    assert client.get(reverse("payments:card-pay")).status_code == 404
    assert client.post(reverse("payments:card-start")).status_code == 404
