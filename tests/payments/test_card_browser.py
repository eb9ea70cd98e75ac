"""A shopper pays by card in Chromium, through the real checkout and localstripe's Stripe.js.

localstripe serves its own mock of Stripe.js (``STRIPE_JS_URL``): it renders plain inputs for the
card and has no ``confirmPayment``, so the card page takes its server-confirmation path (see
marketplace/payments/static/payments/card-payment.js). Screenshots of every step land in
``test-artifacts/test_shopper_pays_by_card/``.
"""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import urlparse

import pytest
from oscar.core.loading import get_model
from playwright.sync_api import Page, expect

from marketplace.payments.models import StripeEvent, StripePayment
from tests.checkout.helpers import ADDRESS
from tests.payments.conftest import CHECKOUT_DATA, order_total, register_webhook

Order = get_model("order", "Order")
Source = get_model("payment", "Source")

pytestmark = pytest.mark.services


def test_shopper_pays_by_card(
    chromium_page: Page, live_server, localstripe, certified_product, artifacts: Path
) -> None:
    page = chromium_page
    register_webhook(localstripe, f"{live_server.url}/shop/payments/stripe/webhook/")
    product = certified_product(price=150000, title="Miến dong Na Rì")
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    # Stripe.js (localstripe's) loads and runs under the Content-Security-Policy.
    refused: list[str] = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    shot = iter(range(1, 100))

    def snap(name: str) -> None:
        page.screenshot(path=str(artifacts / f"{next(shot):02d}-{name}.png"), full_page=True)

    page.goto(product.get_absolute_url())
    snap("product")
    page.locator("form[action*='/basket/add/'] [type=submit]").first.click()
    page.goto("/shop/checkout/")
    page.fill("[name=username]", "lan@example.vn")
    page.check("[name=options][value=anonymous]")
    snap("email")
    page.locator("form [type=submit]").last.click()

    page.wait_for_url("**/checkout/shipping-address/")
    form = page.locator("#new_shipping_address")
    for name, value in ADDRESS.items():
        field = form.locator(f"[name={name}]")
        if value and field.count():
            field.fill(value)
    snap("address")
    form.locator("[type=submit]").click()

    if "shipping-method" in page.url:
        snap("shipping-method")
        page.locator("form [type=submit]").last.click()
    page.wait_for_url("**/checkout/payment-method/")
    page.check("[name=method][value=card]")
    snap("payment-method")
    page.locator("form[action$='/payment-method/'] [type=submit]").click()

    page.wait_for_url("**/checkout/payment-details/")
    snap("payment-details")
    page.click("#continue-to-review")
    page.wait_for_url("**/checkout/preview/")
    snap("preview")
    page.click("#pay-by-card")

    page.wait_for_url("**/payments/card/")
    card = page.locator("#payment-element")
    card.locator("input[placeholder=number]").fill("4242424242424242")
    card.locator("input[placeholder=exp_month]").fill("12")
    card.locator("input[placeholder=exp_year]").fill("30")
    card.locator("input[placeholder=cvc]").fill("123")
    card.locator("input[placeholder=postal_code]").fill("10000")
    snap("card")
    page.click("#card-submit")

    page.wait_for_url("**/checkout/thank-you/")
    expect(page.locator("[data-order-number]")).to_be_visible()
    snap("thank-you")

    payment = StripePayment.objects.get()
    order = Order.objects.get()
    assert payment.order_id == order.id and payment.status == StripePayment.Status.SUCCEEDED
    assert payment.amount == int(order.total_incl_tax)  # whole đồng, as sent to Stripe
    assert page.locator("[data-order-number]").inner_text().strip() == order.number
    # localstripe's webhook arrives about a second later: handled, and still one order.
    deadline = time.monotonic() + 15
    webhook = StripeEvent.objects.filter(type="payment_intent.succeeded")
    while time.monotonic() < deadline and not webhook.exists():
        time.sleep(0.2)
    assert StripeEvent.objects.filter(type="payment_intent.succeeded", intent_id=payment.intent_id).exists()
    assert Order.objects.count() == 1
    assert Source.objects.filter(order=order, reference=payment.intent_id).count() == 1
    # No CDN: only the shop itself and (standing in for js.stripe.com) localstripe were contacted.
    assert hosts <= {urlparse(live_server.url).netloc, urlparse(localstripe).netloc}, hosts
    assert refused == []


def test_staff_refunds_part_of_a_card_payment_from_the_dashboard(
    chromium_page: Page, live_server, localstripe, basket_with, artifacts: Path
) -> None:
    from django.conf import settings as django_settings
    from django.test import Client

    from marketplace.payments import gateway, services
    from tests.factories import UserFactory

    basket = basket_with(price=150000, quantity=2)
    number = str(100000 + basket.id)
    payment = gateway.create_or_reuse_intent(basket, order_total(basket), number, CHECKOUT_DATA)
    services.finalise(gateway.confirm_on_server(payment.intent_id, "pm_card_visa"))
    payment.refresh_from_db()
    staff = Client()
    staff.force_login(UserFactory(is_staff=True, is_superuser=True))
    chromium_page.context.add_cookies(
        [
            {
                "name": django_settings.SESSION_COOKIE_NAME,
                "value": staff.cookies[django_settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page = chromium_page

    page.goto(f"/shop/dashboard/orders/{payment.order.number}/#payment")
    page.click("a[href='#payment']")
    panel = page.locator(".card-payment")
    expect(panel).to_contain_text(payment.intent_id)
    page.fill("#id_refund_amount", "100000")
    page.screenshot(path=str(artifacts / "01-dashboard-payment-tab.png"), full_page=True)
    panel.locator("button[type=submit]").click()

    page.wait_for_load_state()
    page.click("a[href='#payment']")
    expect(page.locator("[data-testid=card-refunded]")).to_contain_text("100.000")
    page.screenshot(path=str(artifacts / "02-refunded.png"), full_page=True)
    payment.refresh_from_db()
    assert payment.amount_refunded == 100000
    assert gateway.retrieve_intent(payment.intent_id).latest_charge["amount_refunded"] == 100000
