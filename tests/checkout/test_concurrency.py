"""Many shoppers, few units, real PostgreSQL: never more sold or reserved than the shelf holds."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from django.db import connection
from oscar.core.loading import get_model

from marketplace.checkout.addresses import pickup_contact_address
from marketplace.checkout.placement import PlacementRefused, place_order_for_basket
from marketplace.partner.exceptions import NotEnoughStock
from marketplace.partner.strategy import Selector
from outlets.sales import SaleLine, SaleRefused, sell_in_store
from tests.checkout.helpers import ADDRESS
from tests.factories import UserFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
ShippingAddress = get_model("order", "ShippingAddress")


def race(jobs: list[Callable[[], str]]) -> list[str]:
    """Run every job in its own thread (own database connection), all released at once."""
    start = threading.Barrier(len(jobs))
    results: list[str] = []
    lock = threading.Lock()

    def run(job: Callable[[], str]) -> None:
        try:
            start.wait()
            outcome = job()
            with lock:
                results.append(outcome)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def basket_for(product, pickup_partner_id: int | None = None) -> int:
    basket = Basket.objects.create()
    basket.strategy = Selector().strategy(pickup_partner_id=pickup_partner_id)
    basket.add_product(product, 1)
    return basket.pk


def buyer(basket_id: int, *, pickup: bool) -> Callable[[], str]:
    def buy() -> str:
        basket = Basket.objects.get(pk=basket_id)
        basket.strategy = Selector().strategy()
        if pickup:
            address = pickup_contact_address(basket, "Lan", "+84912345678")
        else:
            address = ShippingAddress(**{**ADDRESS, "phone_number": "+84912345678"})
        try:
            place_order_for_basket(
                basket, guest_email=f"buyer{basket_id}@example.vn", shipping_address=address
            )
        except (PlacementRefused, NotEnoughStock):
            return "refused"
        return "bought"

    return buy


def test_twenty_buyers_for_the_last_five_units_buy_exactly_five(shop):
    record = shop.producer_record
    record.num_in_stock = 5
    record.save()
    baskets = [basket_for(shop.product) for _ in range(20)]

    results = race([buyer(pk, pickup=False) for pk in baskets])

    record.refresh_from_db()
    assert results.count("bought") == 5 and results.count("refused") == 15
    assert (record.num_in_stock, record.num_allocated) == (5, 5)
    assert Order.objects.count() == 5
    assert Basket.objects.filter(status="Submitted").count() == 5
    assert Basket.objects.filter(status="Open").count() == 15


def test_in_store_sellers_and_online_pickup_buyers_never_oversell_the_same_shelf(shop):
    record = shop.point_record  # 5 units at the sales point
    seller = UserFactory(username="banhang")
    baskets = [basket_for(shop.product, shop.point.partner_id) for _ in range(10)]

    def sell() -> str:
        try:
            sell_in_store(shop.point, seller, [SaleLine(shop.product, 1)], "cash")
        except SaleRefused:
            return "refused"
        return "sold"

    jobs: list[Callable[[], str]] = []
    for pk in baskets:
        jobs += [buyer(pk, pickup=True), sell]
    results = race(jobs)

    record.refresh_from_db()
    bought, sold = results.count("bought"), results.count("sold")
    assert bought + sold == 5
    assert record.num_in_stock == 5 - sold
    allocated = record.num_allocated or 0  # Oscar leaves it empty until a first reservation
    assert allocated == bought
    assert record.num_in_stock - allocated == 0
    assert Order.objects.filter(channel__kind="online").count() == bought
