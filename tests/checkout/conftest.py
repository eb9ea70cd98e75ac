"""Checkout fixtures: a certified product at its producer and at two sales points, and shoppers.

``shop`` gives the product (20 units at the producer, priced 90.000 ₫), the sales point
"Điểm bán OCOP Chợ Mới" (``point``, 5 units) and "Điểm bán OCOP Ba Bể" (``other_point``, none).
Clients browse in English (``tests.i18n.speak``) so assertions survive the Vietnamese catalogue.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.test import Client
from oscar.core.loading import get_model
from wagtail.models import Page, Site

from cms.models import HomePage
from marketplace.areas.models import Area
from outlets.demo import ensure_index, ensure_sales_point
from tests.factories import StockRecordFactory, make_certified_product
from tests.i18n import speak

StockRecord = get_model("partner", "StockRecord")
T = datetime.time
WEEK_HOURS = {**{wd: (T(7, 30), T(17, 0)) for wd in range(5)}, 5: (T(8, 0), T(12, 0))}


@pytest.fixture
def home(db) -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(title="Chợ OCOP", slug="cho-ocop")
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True, site_name="Chợ OCOP")
    else:
        site.root_page = home
        site.save()
    return home


@pytest.fixture
def make_point(home):
    index = ensure_index(home)
    district = Area.resolve("Bắc Kạn", "Chợ Mới")

    def make(title: str = "Điểm bán OCOP Chợ Mới", **overrides):
        fields = {
            "title": title,
            "kind": "sales_point",
            "area": district,
            "address": "Tổ 4, thị trấn Đồng Tâm, huyện Chợ Mới",
            "lat": 21.8776,
            "lng": 105.7755,
            "phone": "0209 3870 123",
            "hours": WEEK_HOURS,
        }
        fields.update(overrides)
        return ensure_sales_point(index, **fields)

    return make


@dataclass
class Shop:
    product: object
    producer_record: object
    point: object
    point_record: object
    other_point: object


def stock_at(point, product, quantity: int, price: int = 90000):
    return StockRecordFactory(
        product=product, partner=point.partner, price=Decimal(price), num_in_stock=quantity
    )


@pytest.fixture
def shop(make_point) -> Shop:
    product = make_certified_product(title="Miến dong Na Rì", price=90000, num_in_stock=20)
    point = make_point()
    other = make_point("Điểm bán OCOP Ba Bể", slug="ba-be", address="Thị trấn Chợ Rã, huyện Ba Bể")
    return Shop(
        product=product,
        producer_record=StockRecord.objects.get(product=product, partner=product.producer.partner),
        point=point,
        point_record=stock_at(point, product, 5),
        other_point=other,
    )


@pytest.fixture
def client() -> Client:
    return speak(Client(), "en")


@pytest.fixture
def vi_client() -> Client:
    return speak(Client(), "vi")
