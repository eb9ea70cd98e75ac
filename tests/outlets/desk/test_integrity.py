"""The database itself refuses a negative stock quantity, whatever code path tries."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction
from django.db.models import F
from oscar.core.loading import get_model

from outlets.adjustments import InsufficientStock, take_stock

StockRecord = get_model("partner", "StockRecord")


def test_negative_stock_is_refused_by_the_database(stocked):
    _product, record = stocked(2)
    with pytest.raises(IntegrityError), transaction.atomic():
        StockRecord.objects.filter(pk=record.pk).update(num_in_stock=F("num_in_stock") - 3)
    record.refresh_from_db()
    assert record.num_in_stock == 2


def test_reserved_units_are_not_sold_at_the_counter(point, manager, stocked):
    _product, record = stocked(3)
    record.allocate(2)  # an online pick-up order holds two
    with pytest.raises(InsufficientStock):
        take_stock(point, record, 2, user=manager, reason="sale")
    take_stock(point, record, 1, user=manager, reason="sale")
    record.refresh_from_db()
    assert (record.num_in_stock, record.num_allocated) == (2, 2)
