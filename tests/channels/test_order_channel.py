"""Every order records the sales channel it was made in; the storefront's is "online"."""

import pytest
from oscar.core.loading import get_class
from oscar.test.factories import create_basket

from marketplace.channels.models import SalesChannel

OrderCreator = get_class("order.utils", "OrderCreator")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
FreeShipping = get_class("shipping.methods", "Free")

pytestmark = pytest.mark.django_db


def place(basket, **kwargs):
    method = FreeShipping()
    charge = method.calculate(basket)
    total = OrderTotalCalculator().calculate(basket, charge)
    return OrderCreator().place_order(basket, total, method, charge, **kwargs)


def test_storefront_orders_belong_to_the_online_channel():
    order = place(create_basket())
    assert order.channel == SalesChannel.objects.get(code="online")


def test_an_order_can_be_placed_in_another_channel():
    shopee = SalesChannel.objects.get(code="shopee")
    order = place(create_basket(), channel=shopee)
    order.refresh_from_db()
    assert order.channel == shopee
