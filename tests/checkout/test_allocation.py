"""Stock allocation is conditional: never more reserved than in stock, and the order rolls back."""

from __future__ import annotations

import pytest
from django.utils import translation
from oscar.core.loading import get_model

from marketplace.checkout.placement import PlacementRefused, place_order_for_basket
from marketplace.partner.exceptions import NotEnoughStock
from marketplace.partner.strategy import Selector

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")


def test_allocate_refuses_more_than_the_free_units(shop):
    record = shop.point_record  # 5 in stock
    record.allocate(3)
    assert record.num_allocated == 3
    with translation.override("vi"), pytest.raises(NotEnoughStock) as refusal:
        record.allocate(3)
    assert refusal.value.available == 2
    assert "Chỉ còn 2 sản phẩm" in str(refusal.value)  # the message the shopper reads
    record.refresh_from_db()
    assert record.num_allocated == 3
    record.allocate(2)
    assert record.num_allocated == 5


def pickup_basket(shop, quantity):
    basket = Basket.objects.create()
    basket.strategy = Selector().strategy(pickup_partner_id=shop.point.partner_id)
    basket.add_product(shop.product, quantity)
    return basket


def contact(shop, basket):
    from marketplace.checkout.addresses import pickup_contact_address

    return pickup_contact_address(basket, "Lan", "+84912345678")


def test_placing_allocates_and_a_second_buyer_is_refused_with_nothing_written(shop):
    first, second = pickup_basket(shop, 3), pickup_basket(shop, 3)
    order = place_order_for_basket(first, guest_email="a@example.vn", shipping_address=contact(shop, first))
    shop.point_record.refresh_from_db()
    assert shop.point_record.num_allocated == 3
    assert order.status == "Pending" and order.channel.kind == "online"
    with pytest.raises(PlacementRefused):
        place_order_for_basket(second, guest_email="b@example.vn", shipping_address=contact(shop, second))
    assert Order.objects.count() == 1
    second.refresh_from_db()
    assert second.status == "Open" and second.lines.get().quantity == 3


def test_placing_twice_returns_the_same_order(shop):
    basket = pickup_basket(shop, 1)
    address = contact(shop, basket)
    first = place_order_for_basket(basket, guest_email="a@example.vn", shipping_address=address)
    again = place_order_for_basket(basket, guest_email="a@example.vn", shipping_address=address)
    assert first.pk == again.pk and Order.objects.count() == 1
    shop.point_record.refresh_from_db()
    assert shop.point_record.num_allocated == 1
