"""Payment fixtures: a real localstripe for the session, Stripe settings pointing at it, signed events.

localstripe (PyPI, test-only) implements PaymentIntents, refunds and webhook delivery signed
with Stripe's scheme; it starts here on a free port and stops at the end of the session.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sys
import time
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from oscar.core.loading import get_class, get_model

from marketplace.safety.csp import content_security_policy
from tests.services import free_port, running_service

Basket = get_model("basket", "Basket")
Selector = get_class("partner.strategy", "Selector")
Repository = get_class("shipping.repository", "Repository")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")

WEBHOOK_SECRET = "whsec_ocop_test_secret"
# What the card-start view snapshots from the checkout session: home delivery to this address.
CHECKOUT_DATA = {
    "guest_email": "lan@example.vn",
    "shipping_address": {
        "first_name": "Nguyễn Thị Lan",
        "line1": "12 Phố Huế",
        "line4": "Hà Nội",
        "phone_number": "+84912345678",
    },
    "shipping_method_code": None,
}


@pytest.fixture(scope="session")
def localstripe_url() -> Iterator[str]:
    """localstripe on a free port (fresh store), stopped when the session ends."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "localstripe", "--port", str(port), "--from-scratch"]
    with running_service("localstripe", command, f"{url}/js.stripe.com/v3/"):
        yield url


@pytest.fixture
def stripe_settings(settings: Any) -> Any:
    """Card payments on, with test keys and the webhook secret (no Stripe API: signed fixtures only)."""
    settings.STRIPE_SECRET_KEY = "sk_test_ocop"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_ocop"
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    settings.CARD_PAYMENTS_ENABLED = True
    return settings


@pytest.fixture
def localstripe(stripe_settings: Any, localstripe_url: str) -> str:
    """Card payments against the session's localstripe (API and Stripe.js mock)."""
    stripe_settings.STRIPE_API_BASE = localstripe_url
    stripe_settings.STRIPE_JS_URL = f"{localstripe_url}/js.stripe.com/v3/"
    # The policy the settings would build at start-up with these Stripe settings.
    stripe_settings.CONTENT_SECURITY_POLICY = content_security_policy(
        card_payments=True,
        stripe_js_url=stripe_settings.STRIPE_JS_URL,
        stripe_api_base=localstripe_url,
        map_tile_url=stripe_settings.OUTLETS_MAP_TILE_URL,
    )
    return localstripe_url


def register_webhook(localstripe_url: str, url: str, secret: str = WEBHOOK_SECRET) -> None:
    """Tell localstripe to deliver every event to ``url``, signed with ``secret``."""
    data = urllib.parse.urlencode({"url": url, "secret": secret}).encode()
    address = f"{localstripe_url}/_config/webhooks/ocop-tests"
    request = urllib.request.Request(address, data=data, method="POST")
    with urllib.request.urlopen(request, timeout=5) as response:
        assert response.status == 200


def sign(payload: bytes, secret: str = WEBHOOK_SECRET, timestamp: int | None = None) -> str:
    """A ``Stripe-Signature`` header built the way Stripe builds it: HMAC-SHA256 of ``t.payload``."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def event(type_: str, obj: dict[str, Any], event_id: str | None = None) -> dict[str, Any]:
    """A Stripe event as the API sends it (shape of API version 2024-06-20)."""
    return {
        "id": event_id or f"evt_{uuid.uuid4().hex[:24]}",
        "object": "event",
        "api_version": "2024-06-20",
        "created": int(time.time()),
        "livemode": False,
        "pending_webhooks": 1,
        "type": type_,
        "data": {"object": obj},
    }


def intent_object(intent_id: str, amount: int, status: str = "succeeded", **extra: Any) -> dict[str, Any]:
    return {
        "id": intent_id,
        "object": "payment_intent",
        "amount": amount,
        "currency": "vnd",
        "status": status,
        "latest_charge": f"ch_{intent_id[3:]}",
        "metadata": {},
        **extra,
    }


@pytest.fixture
def post_event(client: Any) -> Callable[..., Any]:
    """POST a signed event to the webhook like Stripe does; ``signature=`` overrides the header."""

    def post(payload: dict[str, Any] | bytes, signature: str | None = None) -> Any:
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        header = sign(body) if signature is None else signature
        return client.post(
            "/shop/payments/stripe/webhook/",
            data=body,
            content_type="application/json",
            headers={"Stripe-Signature": header},
        )

    return post


def order_total(basket: Any) -> int:
    """What the checkout will charge for ``basket``: its lines plus the first delivery method's fee."""
    method = Repository().get_shipping_methods(basket=basket, user=basket.owner)[0]
    total = OrderTotalCalculator().calculate(basket, method.calculate(basket))
    return int(total.incl_tax)


@pytest.fixture
def shopper(db: None) -> Any:
    return get_user_model().objects.create_user(
        username="buyer", email="buyer@example.vn", password="ocop-test-password"
    )


@pytest.fixture
def basket_with(shopper: Any, certified_product: Callable[..., Any]) -> Callable[..., Any]:
    """``basket_with(price=150000, quantity=1)``: a shopper's frozen basket of one certified product."""

    def make(price: int = 150000, quantity: int = 1) -> Any:
        product = certified_product(price=price)
        basket = Basket.objects.create(owner=shopper)
        basket.strategy = Selector().strategy(user=shopper)
        basket.add_product(product, quantity)
        basket.freeze()
        return basket

    return make
