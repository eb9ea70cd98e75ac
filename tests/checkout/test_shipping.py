"""Shipping methods and fees follow the basket: per producer for delivered lines, free for pick-up."""

from __future__ import annotations

from decimal import Decimal

import pytest
from oscar.core.loading import get_class, get_model

from marketplace.partner.strategy import Selector
from marketplace.shipping.methods import NoShippingRequired
from tests.factories import make_certified_product

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Repository = get_class("shipping.repository", "Repository")


def basket_with(*items) -> Basket:
    """``items``: (product, quantity) or (product, quantity, pickup partner id)."""
    basket = Basket.objects.create()
    for product, quantity, *pickup in items:
        basket.strategy = Selector().strategy(pickup_partner_id=pickup[0] if pickup else None)
        basket.add_product(product, quantity)
    basket.strategy = Selector().strategy()
    return basket


def fees(basket) -> dict[str, Decimal]:
    return {m.code: m.calculate(basket).incl_tax for m in Repository().get_shipping_methods(basket)}


def test_one_producer_below_the_threshold_pays_one_standard_fee(shop):
    assert fees(basket_with((shop.product, 2))) == {"standard": Decimal(30000), "express": Decimal(60000)}


def test_a_producers_lines_from_the_threshold_ship_free_with_standard(shop):
    basket = basket_with((shop.product, 6))  # 6 × 90.000 ₫ = 540.000 ₫
    assert fees(basket) == {"standard": Decimal(0), "express": Decimal(60000)}


def test_each_producer_is_one_shipment(shop):
    other = make_certified_product(title="Trà Shan tuyết", price=120000)
    basket = basket_with((shop.product, 1), (other, 1))
    assert fees(basket) == {"standard": Decimal(60000), "express": Decimal(120000)}


def test_pick_up_only_baskets_need_no_address_and_pay_no_shipping(shop):
    basket = basket_with((shop.product, 2, shop.point.partner_id))
    assert not basket.is_shipping_required()
    methods = Repository().get_shipping_methods(basket)
    assert [type(m) for m in methods] == [NoShippingRequired]
    assert methods[0].calculate(basket).incl_tax == 0


def test_mixed_baskets_pay_only_for_the_delivered_producers(shop):
    other = make_certified_product(title="Trà Shan tuyết", price=120000)
    basket = basket_with((shop.product, 2, shop.point.partner_id), (other, 1))
    assert basket.is_shipping_required()
    assert fees(basket) == {"standard": Decimal(30000), "express": Decimal(60000)}


def test_fees_come_from_settings(shop, settings):
    settings.OCOP_SHIPPING_STANDARD_FEE = 25000
    settings.OCOP_SHIPPING_FREE_THRESHOLD = 100000
    assert fees(basket_with((shop.product, 1)))["standard"] == Decimal(25000)
    assert fees(basket_with((shop.product, 2)))["standard"] == Decimal(0)
