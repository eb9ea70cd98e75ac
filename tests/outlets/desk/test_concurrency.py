"""Twenty sellers race for the last five units: exactly five sales, stock 0, never negative."""

from __future__ import annotations

import threading

import pytest
from django.db import connection
from oscar.core.loading import get_model

from outlets.models import InStoreSale
from outlets.sales import SaleLine, SaleRefused, sell_in_store

StockRecord = get_model("partner", "StockRecord")
SELLERS = 20


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_sellers_never_oversell(postgres_only, point, manager, stocked):
    product, record = stocked(5)
    start = threading.Barrier(SELLERS)
    results: list[str] = []
    lock = threading.Lock()

    def sell() -> None:
        try:
            start.wait()
            try:
                sell_in_store(point, manager, [SaleLine(product, 1)], "cash")
                outcome = "sold"
            except SaleRefused:
                outcome = "refused"
            with lock:
                results.append(outcome)
        finally:
            connection.close()  # each thread had its own connection

    threads = [threading.Thread(target=sell) for _ in range(SELLERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    record.refresh_from_db()
    assert results.count("sold") == 5
    assert results.count("refused") == SELLERS - 5
    assert record.num_in_stock == 0
    assert InStoreSale.objects.filter(point=point).count() == 5
