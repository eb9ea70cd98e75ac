"""Part of finding 12: Oscar's order line URL answered 500 (no template). It leads the owner to the
order, answers 404 to anyone else and for a line not on the order, and still re-orders on POST."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_model

from tests.checkout.helpers import add, place, to_preview
from tests.factories import UserFactory
from tests.i18n import speak

Order = get_model("order", "Order")

pytestmark = pytest.mark.django_db


@pytest.fixture
def order(certified_product) -> object:
    product = certified_product(title="Miến dong Na Rì", price=90000)
    client = speak(Client(), "en")
    client.force_login(UserFactory())
    add(client, product, 2)
    to_preview(client, email=None)
    assert place(client).status_code == 302
    return Order.objects.get()


def line_url(order: object, line_id: int) -> str:
    return reverse("customer:order-line", kwargs={"order_number": order.number, "line_id": line_id})


def test_the_owner_is_led_to_the_order(order) -> None:
    client = speak(Client(), "en")
    client.force_login(order.user)
    response = client.get(line_url(order, order.lines.get().id), follow=True)
    assert response.status_code == 200
    assert response.redirect_chain == [
        (reverse("customer:order", kwargs={"order_number": order.number}), 302)
    ]
    assert "Miến dong Na Rì" in response.content.decode()


def test_another_shopper_gets_404(order) -> None:
    client = speak(Client(), "en")
    client.force_login(UserFactory())
    assert client.get(line_url(order, order.lines.get().id)).status_code == 404
    assert client.post(line_url(order, order.lines.get().id), {"action": "reorder"}).status_code == 404


def test_a_line_not_on_the_order_gets_404(order) -> None:
    client = speak(Client(), "en")
    client.force_login(order.user)
    assert client.get(line_url(order, order.lines.get().id + 1000)).status_code == 404


def test_reorder_of_a_line_still_fills_the_basket(order) -> None:
    client = speak(Client(), "en")
    client.force_login(order.user)
    response = client.post(line_url(order, order.lines.get().id), {"action": "reorder"})
    assert response.status_code == 302 and response["Location"] == reverse("basket:summary")
    basket = client.get(reverse("basket:summary")).context["basket"]
    assert basket.num_items == 2
