"""Click and collect on the desk: Prepare → Ready (shopper emailed) → Handed over, or Cancel."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse
from oscar.core.loading import get_model

from marketplace.checkout.placement import place_order_for_basket
from marketplace.partner.strategy import Selector
from outlets.models import StockAdjustment
from tests.factories import UserFactory

Basket = get_model("basket", "Basket")
StockRecord = get_model("partner", "StockRecord")


@pytest.fixture
def pickup_order(point, stocked):
    """An online order of 2 units reserved on the point's shelf (10 in stock), by a signed-in shopper."""
    product, record = stocked(10, title="Miến dong Chợ Mới", price=45000)
    shopper = UserFactory(email="khach@example.vn")
    basket = Basket.objects.create(owner=shopper)
    basket.strategy = Selector().strategy(pickup_partner_id=point.partner_id)
    basket.add_product(product, 2)
    order = place_order_for_basket(basket, user=shopper, send_email=False)  # pay at pick-up (cash)
    order.refresh_from_db()
    record.refresh_from_db()
    assert (record.num_in_stock, record.num_allocated) == (10, 2)
    return order, record


def act(client, point, order, action):
    return client.post(reverse("outlets-desk:pickup-action", args=[point.pk, order.number, action]))


def test_prepare_ready_handover(manager_client, point, pickup_order, django_capture_on_commit_callbacks):
    order, record = pickup_order
    page = manager_client.get(reverse("outlets-desk:pickups", args=[point.pk])).content.decode()
    assert order.number in page and "Miến dong Chợ Mới" in page
    assert "90.000" in page  # to collect at the counter (pay at pick-up)

    assert act(manager_client, point, order, "handover").status_code == 302  # refused: not ready yet
    record.refresh_from_db()
    assert record.num_allocated == 2

    act(manager_client, point, order, "prepare")
    order.refresh_from_db()
    assert order.status == "Being prepared"
    with django_capture_on_commit_callbacks(execute=True):  # the email leaves once the status is saved
        act(manager_client, point, order, "ready")
    order.refresh_from_db()
    assert order.status == "Ready for pick-up"
    assert [m.to for m in mail.outbox][-1] == ["khach@example.vn"]
    assert order.number in mail.outbox[-1].subject
    assert point.title in mail.outbox[-1].body

    act(manager_client, point, order, "handover")
    order.refresh_from_db()
    record.refresh_from_db()
    assert order.status == "Collected"
    assert (record.num_in_stock, record.num_allocated) == (8, 0)
    cash = order.sources.get()  # the shopper paid 2 × 45.000 ₫ at the counter
    assert (cash.source_type.code, cash.amount_debited, cash.balance) == ("cod", 90000, 0)
    adjustment = StockAdjustment.objects.get(order=order)
    assert (adjustment.delta, adjustment.quantity_after, adjustment.point_id) == (-2, 8, point.pk)

    act(manager_client, point, order, "handover")  # a second click takes nothing more
    record.refresh_from_db()
    assert record.num_in_stock == 8 and StockAdjustment.objects.filter(order=order).count() == 1


def test_cancel_releases_the_reserved_units(manager_client, point, pickup_order):
    order, record = pickup_order
    act(manager_client, point, order, "cancel")
    order.refresh_from_db()
    record.refresh_from_db()
    assert order.status == "Cancelled"
    assert (record.num_in_stock, record.num_allocated) == (10, 0)


def test_another_points_manager_cannot_see_or_move_the_order(client, point, other_point, pickup_order):
    order, _record = pickup_order
    other_manager = other_point.managers.get()
    client.force_login(other_manager)
    page = client.get(reverse("outlets-desk:pickups", args=[other_point.pk])).content.decode()
    assert order.number not in page
    assert act(client, other_point, order, "prepare").status_code == 404
    assert act(client, point, order, "prepare").status_code == 404
    order.refresh_from_db()
    assert order.status == "Pending"
