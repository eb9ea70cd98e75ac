"""Producer pages: who the producer is, where, its story, and only its products certified today."""

from __future__ import annotations

import json
import re

import pytest

from marketplace.areas.models import Area
from tests.factories import ProducerFactory, make_certified_product
from tests.storefront.places import sales_point_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def producer():
    return ProducerFactory(
        name="Hợp tác xã Chè Tân Lập",
        slug="hop-tac-xa-che-tan-lap",
        area=Area.resolve("Sơn La", "Mộc Châu", "Tân Lập"),
        story="Các hộ trồng chè trên cao nguyên Mộc Châu cùng lập hợp tác xã.",
        phone="0212 3866 123",
    )


def test_the_page_lists_only_products_certified_today(client, producer):
    make_certified_product(title="Chè Ô long Mộc Châu", producer=producer, stars=4)
    make_certified_product(title="Chè xanh Tân Lập", producer=producer, stars=5)
    make_certified_product(title="Chè hết hạn", producer=producer, expired=True)
    make_certified_product(title="Chè bị thu hồi", producer=producer, revoked=True)
    make_certified_product(title="Chè ngày mai", producer=producer, not_yet_valid=True)
    make_certified_product(title="Mận hậu của người khác")

    response = client.get(f"/shop/nha-san-xuat/{producer.slug}/")

    assert response.status_code == 200
    assert [p.title for p in response.context["products"]] == ["Chè xanh Tân Lập", "Chè Ô long Mộc Châu"]
    body = response.content.decode()
    for absent in ("Chè hết hạn", "Chè bị thu hồi", "Chè ngày mai", "Mận hậu của người khác"):
        assert absent not in body
    assert response.context["product_count"] == 2


def test_the_page_tells_the_producers_story_and_area(client, producer):
    make_certified_product(producer=producer)
    body = client.get(producer.get_absolute_url()).content.decode()
    assert '<h1 id="producer-title">Hợp tác xã Chè Tân Lập</h1>' in body
    assert "Các hộ trồng chè trên cao nguyên Mộc Châu cùng lập hợp tác xã." in body
    assert "Tân Lập, Mộc Châu, Sơn La" in body
    assert 'href="tel:02123866123"' in body
    data = json.loads(
        re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', body, re.S).group(1)
    )
    assert data["@type"] == "Organization"
    assert data["name"] == "Hợp tác xã Chè Tân Lập"
    assert data["address"]["addressRegion"] == "Sơn La"
    assert data["address"]["addressLocality"] == "Mộc Châu"


def test_a_producer_with_nothing_certified_still_has_its_page(client, producer):
    make_certified_product(producer=producer, expired=True)
    response = client.get(producer.get_absolute_url())
    assert response.status_code == 200
    assert list(response.context["products"]) == []
    assert "so none is for sale" in response.content.decode()


def test_an_unknown_producer_is_not_found(client, db):
    assert client.get("/shop/nha-san-xuat/khong-co/").status_code == 404


def test_the_producer_page_costs_the_same_queries_with_more_products(
    client, producer, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_certified_product(producer=producer)
    with CaptureQueriesContext(connection) as one:
        client.get(producer.get_absolute_url())
    for _ in range(6):
        make_certified_product(producer=producer)
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = client.get(producer.get_absolute_url())
    assert len(response.context["products"]) == 7


def test_the_sitemap_lists_producers_with_a_certified_product(client, producer):
    sales_point_index()  # the pages' part of the sitemap needs the default site
    make_certified_product(producer=producer)
    lapsed = ProducerFactory(name="HTX Hết hạn", slug="htx-het-han")
    make_certified_product(producer=lapsed, expired=True)
    body = client.get("/sitemap.xml").content.decode()
    assert f"/shop/nha-san-xuat/{producer.slug}/</loc>" in body
    assert "/shop/nha-san-xuat/htx-het-han/" not in body
