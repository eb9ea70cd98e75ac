"""Walk the checkout with Django's test client, as a shopper's browser would."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from marketplace.partner.strategy import PICKUP_PARTNER_SESSION_KEY

ADDRESS = {
    "first_name": "Nguyễn Thị Lan",
    "line1": "12 Phố Huế",
    "line2": "Phường Hàng Bài",
    "line3": "Quận Hoàn Kiếm",
    "line4": "Hà Nội",
    "phone_number": "0912 345 678",
    "notes": "",
}


def add(client: Client, product, quantity: int = 1, pickup_partner_id: int | None = None):
    """Add to the basket; with ``pickup_partner_id`` the strategy picks that sales point's stock."""
    session = client.session
    if pickup_partner_id is None:
        session.pop(PICKUP_PARTNER_SESSION_KEY, None)
    else:
        session[PICKUP_PARTNER_SESSION_KEY] = pickup_partner_id
    session.save()
    response = client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": quantity})
    assert response.status_code == 302
    session = client.session
    session.pop(PICKUP_PARTNER_SESSION_KEY, None)
    session.save()
    return response


def to_preview(
    client: Client,
    *,
    email: str | None = "lan@example.vn",
    address: dict | None = None,
    contact: dict | None = None,
    method: str | None = None,
):
    """Gateway (guest email) → address or pick-up contact → shipping method → COD → preview."""
    if email:
        response = client.post(reverse("checkout:index"), {"username": email, "options": "anonymous"})
        assert response.status_code == 302, response.content
    response = client.post(reverse("checkout:shipping-address"), contact or address or ADDRESS)
    assert response.status_code == 302, response.content.decode()[:3000]
    response = client.get(reverse("checkout:shipping-method"))
    if response.status_code == 200:
        response = client.post(reverse("checkout:shipping-method"), {"method_code": method or "standard"})
    assert response.status_code == 302
    response = client.post(reverse("checkout:payment-method"), {"method": "cod"})
    assert response.status_code == 302
    response = client.get(reverse("checkout:payment-details"))
    assert response.status_code == 302 and response.url == reverse("checkout:preview")
    response = client.get(reverse("checkout:preview"))
    assert response.status_code == 200, response
    return response


def place(client: Client):
    return client.post(reverse("checkout:preview"), {"action": "place_order"})
