"""In-store sales: an order in the point's channel, stock down, refused when not certified."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from oscar.core.loading import get_model

from outlets.models import InStoreSale, StockAdjustment
from outlets.sales import SaleLine, SaleRefused, sell_in_store

StockRecord = get_model("partner", "StockRecord")


def test_sale_places_completed_order_in_point_channel(point, manager, stocked):
    product, record = stocked(5, price=120000)
    order = sell_in_store(point, manager, [SaleLine(product, 3)], "cash")
    record.refresh_from_db()
    assert record.num_in_stock == 2
    assert order.status == "Completed"
    assert order.channel.partner_id == point.partner_id
    assert order.channel.kind == "sales_point"
    assert order.total_incl_tax == 360000
    assert order.sources.get().source_type.code == "cash"
    assert InStoreSale.objects.get(order=order).seller == manager
    adjustment = StockAdjustment.objects.get(order=order)
    assert (adjustment.delta, adjustment.quantity_after, adjustment.reason) == (-3, 2, "sale")


def test_sale_refuses_more_than_in_stock(point, manager, stocked):
    product, record = stocked(2)
    with pytest.raises(SaleRefused):
        sell_in_store(point, manager, [SaleLine(product, 3)], "card")
    record.refresh_from_db()
    assert record.num_in_stock == 2
    assert not InStoreSale.objects.exists()


def test_sale_refuses_product_not_certified_today(point, manager, stocked):
    product, record = stocked(5, expired=True)
    with pytest.raises(SaleRefused):
        sell_in_store(point, manager, [SaleLine(product, 1)], "cash")
    record.refresh_from_db()
    assert record.num_in_stock == 5


def test_adjustments_cannot_be_edited(point, manager, stocked):
    product, _record = stocked(5)
    order = sell_in_store(point, manager, [SaleLine(product, 1)], "bank_transfer")
    adjustment = StockAdjustment.objects.get(order=order)
    adjustment.delta = 100
    with pytest.raises(ValidationError):
        adjustment.save()
    with pytest.raises(ValidationError):
        adjustment.delete()
