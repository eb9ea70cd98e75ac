"""The product page: facts, certificate, where to buy in person, JSON-LD and link previews."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from django.utils import translation
from django.utils.formats import date_format
from oscar.core.loading import get_model

from catalogue.certification import vietnam_today
from marketplace.areas.models import Area
from tests.factories import ProducerFactory, make_certified_product
from tests.storefront.places import make_point, stock_at

pytestmark = pytest.mark.django_db

StockRecord = get_model("partner", "StockRecord")


def page(client, product) -> str:
    response = client.get(product.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def json_ld(html: str) -> dict:
    blocks = re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S)
    products = [data for data in map(json.loads, blocks) if data.get("@type") == "Product"]
    assert len(products) == 1
    return products[0]


def meta(html: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for _attr, name, content in re.findall(r'<meta (property|name)="([^"]+)" content="([^"]*)">', html):
        found.setdefault(name, []).append(unescape(content))
    return found


def section(html: str, heading_id: str) -> str:
    start = html.index(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)]


@pytest.fixture
def miến() -> object:
    producer = ProducerFactory(name="HTX Miến dong Na Rì", area=Area.resolve("Bắc Kạn", "Na Rì"))
    product = make_certified_product(
        title="Miến dong Na Rì",
        producer=producer,
        stars=4,
        price=65000,
        description="<p>Sợi miến dai.</p><p>Nấu nhanh.</p>",
    )
    product.attr.weight = 0.5
    product.attr.packaging = "Túi 500 g"
    product.attr.shelf_life = "12 tháng kể từ ngày sản xuất"
    product.attr.ingredients = "100% tinh bột dong riềng"
    product.attr.save()
    return product


def test_the_page_shows_the_products_facts(client, miến):
    html = page(client, miến)
    info = section(html, "ocop-info-title")
    assert "Net weight" in info and "500\xa0g" in info
    assert "Packaging" in info and "Túi 500 g" in info
    assert "Shelf life" in info and "12 tháng kể từ ngày sản xuất" in info
    assert "Ingredients or materials" in info and "100% tinh bột dong riềng" in info
    assert "Na Rì, Bắc Kạn" in info  # origin


def test_the_page_shows_the_certificate_and_how_to_verify_it(client, miến):
    certificate = miến.certificates.get()
    html = page(client, miến)
    cert = section(html, "ocop-cert-title")
    assert certificate.certificate_no in cert
    assert "4 stars" in cert and "Province" in cert
    with translation.override("en"):
        assert date_format(certificate.issued_on, "SHORT_DATE_FORMAT") in cert
        assert date_format(certificate.last_valid_day, "SHORT_DATE_FORMAT") in cert
    assert f"/verify/{certificate.certificate_no}/" in cert
    assert f"/verify/{certificate.certificate_no}/qr.svg" in cert


def test_the_producer_and_its_story_link_to_the_producer_page(client, miến):
    html = page(client, miến)
    url = miến.producer.get_absolute_url()
    assert url == f"/shop/nha-san-xuat/{miến.producer.slug}/"
    assert f'href="{url}"' in html
    assert "Sản xuất theo phương pháp truyền thống." in html  # the producer's story


def test_where_to_buy_lists_only_points_with_free_units_now(client, miến):
    na_ri = Area.resolve("Bắc Kạn", "Na Rì")
    with_stock = make_point("Điểm bán OCOP Na Rì", na_ri)
    stock_at(with_stock, miến, quantity=7, price=70000)
    sold_out = make_point("Điểm bán hết hàng", na_ri)
    stock_at(sold_out, miến, quantity=0)
    all_held = make_point("Điểm bán đã giữ hết", na_ri)
    stock_at(all_held, miến, quantity=3, allocated=3)
    other_product = make_point("Điểm bán sản phẩm khác", na_ri)
    stock_at(other_product, make_certified_product(title="Chè Shan tuyết"), quantity=9)
    closed_down = make_point("Điểm bán đã ngừng", na_ri)
    stock_at(closed_down, miến, quantity=4)
    closed_down.unpublish()

    where = section(page(client, miến), "ocop-where-title")

    assert "Điểm bán OCOP Na Rì" in where
    assert f'href="{with_stock.url}"' in where
    assert "7 in stock" in where and "70.000" in where
    assert with_stock.opening_status().text in where  # open now / opens at …
    for absent in ("hết hàng", "đã giữ hết", "sản phẩm khác", "đã ngừng"):
        assert absent not in where


def test_where_to_buy_says_so_when_no_point_holds_it(client, miến):
    where = section(page(client, miến), "ocop-where-title")
    assert "No sales point has this product on the shelf right now." in where


def test_json_ld_describes_the_product_its_offer_and_certificate(client, miến):
    certificate = miến.certificates.get()
    data = json_ld(page(client, miến))
    assert data["@context"] == "https://schema.org"
    assert data["name"] == "Miến dong Na Rì"
    assert data["sku"] == miến.registry_code
    assert data["brand"] == {"@type": "Brand", "name": "HTX Miến dong Na Rì"}
    assert data["description"] == "Sợi miến dai. Nấu nhanh."
    assert data["weight"]["value"] == 0.5 and data["weight"]["unitCode"] == "KGM"
    offer = data["offers"]
    assert offer["price"] == "65000"
    assert offer["priceCurrency"] == "VND"
    assert offer["availability"] == "https://schema.org/InStock"
    properties = {p["propertyID"]: p for p in data["additionalProperty"]}
    assert properties["ocop-stars"]["value"] == 4
    assert properties["ocop-certificate"]["value"] == certificate.certificate_no
    assert properties["ocop-certificate"]["validThrough"] == certificate.last_valid_day.isoformat()
    assert properties["ingredients"]["value"] == "100% tinh bột dong riềng"


def test_json_ld_says_out_of_stock_when_the_producer_has_none(client, miến):
    StockRecord.objects.filter(product=miến).update(num_in_stock=0)
    assert json_ld(page(client, miến))["offers"]["availability"] == "https://schema.org/OutOfStock"


def test_json_ld_cannot_close_its_script_element(client, certified_product):
    product = certified_product(title="Rượu </script><script>alert(1)</script>")
    html = page(client, product)
    assert "<script>alert(1)" not in html
    assert json_ld(html)["name"] == "Rượu </script><script>alert(1)</script>"


def test_open_graph_and_twitter_tags(client, miến):
    html = page(client, miến)
    assert '<meta property="og:title"' in html and '<meta name="twitter:card"' in html
    assert f'<link rel="canonical" href="http://testserver{miến.get_absolute_url()}">' in html
    tags = meta(html)
    assert tags["og:type"] == ["product"]
    assert tags["og:title"] == ["Miến dong Na Rì"]
    assert tags["og:url"] == ["http://testserver" + miến.get_absolute_url()]
    assert tags["og:description"] == ["Sợi miến dai. Nấu nhanh."]
    assert tags["product:price:amount"] == ["65000"]
    assert tags["product:price:currency"] == ["VND"]
    assert tags["twitter:title"] == ["Miến dong Na Rì"]
    assert tags["twitter:card"] == ["summary"]  # no photo yet


def test_the_product_page_costs_the_same_queries_with_more_sales_points(
    client, miến, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    na_ri = Area.resolve("Bắc Kạn", "Na Rì")
    stock_at(make_point("Điểm bán 1", na_ri), miến)
    with CaptureQueriesContext(connection) as one:
        page(client, miến)
    for n in range(2, 6):
        stock_at(make_point(f"Điểm bán {n}", na_ri), miến)
    with django_assert_max_num_queries(len(one.captured_queries)):
        html = page(client, miến)
    assert section(html, "ocop-where-title").count('<li class="ocop-point') == 5


def test_a_product_not_certified_today_has_no_page(client, certified_product):
    product = certified_product(expired=True)
    assert client.get(product.get_absolute_url()).status_code == 410
    assert vietnam_today() >= product.certificates.get().expires_on
