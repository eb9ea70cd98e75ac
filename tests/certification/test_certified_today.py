"""The one rule: listed and sellable only while an active certificate covers today (Vietnam time)."""

import datetime

import pytest
import time_machine
from oscar.core.loading import get_class, get_model

from catalogue.certification import vietnam_today

Product = get_model("catalogue", "Product")
Selector = get_class("partner.strategy", "Selector")

VN = datetime.timezone(datetime.timedelta(hours=7))


@pytest.mark.parametrize(
    ("issued_days_ago", "days_left", "status", "certified"),
    [
        (0, 100, "active", True),  # issued today
        (100, 0, "active", False),  # expires today: the day before was the last valid day
        (100, 1, "active", True),  # expires tomorrow
        (-1, 100, "active", False),  # issued tomorrow
        (100, 100, "revoked", False),
        (100, 100, "suspended", False),
    ],
)
def test_certified_today_boundaries(make_product, issued_days_ago, days_left, status, certified):
    product = make_product(issued_days_ago=issued_days_ago, days_left=days_left, status=status)
    assert Product.objects.certified_today().filter(pk=product.pk).exists() is certified
    assert Product.objects.browsable().filter(pk=product.pk).exists() is certified
    assert Product.objects.get(pk=product.pk).is_certified_today is certified


def test_expiry_takes_effect_at_midnight_vietnam_time_without_any_sync(make_product):
    with time_machine.travel(datetime.datetime(2026, 11, 22, 12, 0, tzinfo=VN), tick=False):
        product = make_product(days_left=1)  # expires on 2026-11-23
    # 23:59 in Vietnam (16:59 UTC): still valid.
    with time_machine.travel(datetime.datetime(2026, 11, 22, 23, 59, tzinfo=VN), tick=False):
        assert Product.objects.certified_today().filter(pk=product.pk).exists()
    # 00:00 in Vietnam is still 22 November in UTC: no longer valid.
    with time_machine.travel(datetime.datetime(2026, 11, 23, 0, 0, tzinfo=VN), tick=False):
        assert datetime.datetime.now(datetime.UTC).date() == datetime.date(2026, 11, 22)
        assert vietnam_today() == datetime.date(2026, 11, 23)
        assert not Product.objects.certified_today().filter(pk=product.pk).exists()
        assert not Product.objects.get(pk=product.pk).is_certified_today


def test_strategy_refuses_to_sell_an_uncertified_product_even_with_stock(make_product):
    strategy = Selector().strategy()
    sellable = strategy.fetch_for_product(make_product())
    expired = strategy.fetch_for_product(make_product(days_left=0))
    assert sellable.availability.is_available_to_buy
    assert sellable.price.incl_tax == 150000
    assert not expired.availability.is_available_to_buy
    assert "OCOP" in str(expired.availability.message)


def test_strategy_uses_a_chosen_pickup_point_stock(make_product):
    product = make_product(stock=5)
    other_partner = get_model("partner", "Partner").objects.create(name="Điểm bán Na Rì", code="sp-1")
    strategy = Selector().strategy(pickup_partner_id=other_partner.pk)
    assert not strategy.fetch_for_product(product).availability.is_available_to_buy
