"""Booth sales and transfers race on one fair's stock: nothing negative, nothing sold twice."""

from __future__ import annotations

import datetime
import threading

import pytest
from django.db import connection
from django.utils import timezone
from oscar.core.loading import get_model

from cms.models import FairIndexPage, FairPage
from outlets.booths import TransferRefused, ensure_booth, transfer_to_booth
from outlets.models import InStoreSale, StockAdjustment
from outlets.sales import SaleLine, SaleRefused, sell_in_store

StockRecord = get_model("partner", "StockRecord")
MOVERS, SELLERS = 8, 12


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_booth_sales_and_transfers(postgres_only, home, manager, certified_product):
    index = FairIndexPage(title="Hội chợ", slug="hoi-cho-race")
    home.add_child(instance=index)
    start = timezone.now()
    fair = FairPage(title="Hội chợ thử", start=start, end=start + datetime.timedelta(days=1))
    index.add_child(instance=fair)
    booth = ensure_booth(fair)
    product = certified_product(num_in_stock=10, price=50000)
    source = StockRecord.objects.get(product=product, partner=product.producer.partner)
    gate = threading.Barrier(MOVERS + SELLERS)
    outcomes: list[str] = []
    lock = threading.Lock()

    def run(job) -> None:
        try:
            gate.wait()
            try:
                job()
                outcome = f"{job.__name__}:ok"
            except (TransferRefused, SaleRefused):
                outcome = f"{job.__name__}:refused"
            with lock:
                outcomes.append(outcome)
        finally:
            connection.close()

    def move() -> None:
        transfer_to_booth(booth, product, 2, user=manager)

    def sell() -> None:
        sell_in_store(booth, manager, [SaleLine(product, 1)], "cash")

    threads = [threading.Thread(target=run, args=(move,)) for _ in range(MOVERS)]
    threads += [threading.Thread(target=run, args=(sell,)) for _ in range(SELLERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    source.refresh_from_db()
    at_booth = StockRecord.objects.get(product=product, partner=booth.partner)
    moved = outcomes.count("move:ok") * 2
    sold = outcomes.count("sell:ok")
    assert len(outcomes) == MOVERS + SELLERS
    assert outcomes.count("move:ok") == 5  # 10 units, 2 at a time
    assert source.num_in_stock == 10 - moved == 0
    assert at_booth.num_in_stock == moved - sold >= 0
    assert InStoreSale.objects.filter(booth=booth).count() == sold
    booth_changes = StockAdjustment.objects.filter(stockrecord=at_booth).values_list("delta", flat=True)
    assert sum(booth_changes) == at_booth.num_in_stock
