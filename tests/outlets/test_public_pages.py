"""What shoppers see: certified stock at a point, the filterable index, the map feed, JSON-LD."""

from __future__ import annotations

import json
import re

import pytest
from django.utils import translation
from oscar.core.loading import get_model

from outlets.models import SalesPointPage
from tests.factories import make_certified_product

StockRecord = get_model("partner", "StockRecord")


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def stock_section(html: str) -> str:
    start = html.index('id="outlets-stock-title"')
    return html[start : html.index("</section>", start)]


def test_the_point_page_lists_only_certified_products_with_free_units(client, make_point):
    point = make_point()
    here = point.partner
    make_certified_product(title="Miến dong Na Rì", partner=here, num_in_stock=3)
    make_certified_product(title="Chè Shan tuyết hết hạn", partner=here, num_in_stock=10, expired=True)
    make_certified_product(title="Mật ong bị thu hồi", partner=here, revoked=True)
    held = make_certified_product(title="Gạo nếp đã giữ hết", partner=here, num_in_stock=2)
    StockRecord.objects.filter(product=held).update(num_allocated=2)
    make_certified_product(title="Bánh chưng ở nơi khác")  # stock at its producer, not here

    response = client.get(point.url)

    assert response.status_code == 200
    section = stock_section(response.content.decode())
    assert "Miến dong Na Rì" in section
    assert "3 available here" in section
    for absent in (
        "Chè Shan tuyết hết hạn",
        "Mật ong bị thu hồi",
        "Gạo nếp đã giữ hết",
        "Bánh chưng ở nơi khác",
    ):
        assert absent not in section
    assert [line.product.title for line in point.stock_lines()] == ["Miến dong Na Rì"]


def test_the_appraisal_stays_off_the_public_page(client, make_point):
    point = make_point()
    point.appraisal_notes = "Kệ hàng còn thiếu tem truy xuất"
    point.appraisal_status = SalesPointPage.Appraisal.NEEDS_IMPROVEMENT
    point.save_revision().publish()

    html = client.get(point.url).content.decode()

    assert "Kệ hàng còn thiếu tem truy xuất" not in html
    assert "Needs improvement" not in html


def test_the_point_page_carries_schema_org_store_data(client, make_point):
    point = make_point()
    html = client.get(point.url).content.decode()

    raw = re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    assert data["@type"] == "Store"
    assert data["name"] == "Điểm bán OCOP Chợ Mới"
    assert data["address"]["addressRegion"] == "Bắc Kạn"
    assert data["address"]["addressLocality"] == "Chợ Mới"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 21.8776, "longitude": 105.7755}
    monday = [
        s for s in data["openingHoursSpecification"] if s.get("dayOfWeek") == "https://schema.org/Monday"
    ]
    assert monday == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": "https://schema.org/Monday",
            "opens": "07:30",
            "closes": "11:30",
        }
    ]
    assert not [
        s for s in data["openingHoursSpecification"] if s.get("dayOfWeek") == "https://schema.org/Sunday"
    ]


def test_geojson_feeds_the_map_with_live_points_that_have_coordinates(client, index, make_point):
    point = make_point()
    make_point(title="Điểm chưa có toạ độ", lat=None, lng=None)
    draft = make_point(title="Điểm đang soạn")
    draft.unpublish()

    response = client.get(index.url + "geojson/")

    assert response.status_code == 200
    data = response.json()
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 1
    feature = data["features"][0]
    assert feature["type"] == "Feature"
    assert feature["geometry"] == {"type": "Point", "coordinates": [105.7755, 21.8776]}
    props = feature["properties"]
    assert props["name"] == point.title
    assert props["url"] == point.url
    assert props["address"] == point.address
    assert props["kind"] == "sales_point"
    assert isinstance(props["open_now"], bool)


def test_the_index_filters_by_province_and_district(
    client, index, make_point, bac_kan_district, lang_son_district
):
    make_point(title="Điểm bán Chợ Mới")
    make_point(title="Điểm bán Lạng Sơn", area=lang_son_district, lat=21.85, lng=106.76)
    bac_kan = bac_kan_district.province

    everything = client.get(index.url).content.decode()
    assert "Điểm bán Chợ Mới" in everything and "Điểm bán Lạng Sơn" in everything
    assert '<label for="id_area">' in everything

    in_bac_kan = client.get(index.url, {"area": bac_kan.pk}).content.decode()
    assert "Điểm bán Chợ Mới" in in_bac_kan
    assert "Điểm bán Lạng Sơn" not in in_bac_kan

    in_lang_son = client.get(index.url, {"area": lang_son_district.pk}).content.decode()
    assert "Điểm bán Lạng Sơn" in in_lang_son
    assert "Điểm bán Chợ Mới" not in in_lang_son

    features = client.get(index.url + "geojson/", {"area": bac_kan.pk}).json()["features"]
    assert [f["properties"]["name"] for f in features] == ["Điểm bán Chợ Mới"]


def test_the_index_filters_by_certified_product_in_stock(client, index, make_point, lang_son_district):
    cho_moi = make_point(title="Điểm bán Chợ Mới")
    lang_son = make_point(title="Điểm bán Lạng Sơn", area=lang_son_district, lat=21.85, lng=106.76)
    honey = make_certified_product(title="Mật ong bạc hà", partner=cho_moi.partner)
    expired = make_certified_product(title="Hồng không hạt cũ", partner=lang_son.partner, expired=True)

    page = client.get(index.url).content.decode()
    assert "Mật ong bạc hà" in page  # offered in the product filter
    assert "Hồng không hạt cũ" not in page  # expired: not offered

    with_honey = client.get(index.url, {"product": honey.pk}).content.decode()
    assert "Điểm bán Chợ Mới" in with_honey
    assert "Điểm bán Lạng Sơn" not in with_honey

    with_expired = client.get(index.url, {"product": expired.pk})
    assert with_expired.status_code == 200
    html = with_expired.content.decode()
    assert "Select a valid choice" in html
    assert "Điểm bán Lạng Sơn" in html and "Điểm bán Chợ Mới" in html  # bad input filters nothing


def test_the_point_page_costs_the_same_queries_for_two_products_or_eight(client, make_point):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    point = make_point()

    def queries_for_page() -> int:
        client.get(point.url)  # warm per-process caches (category nav, content types)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(point.url).status_code == 200
        return len(captured)

    for n in range(2):
        make_certified_product(title=f"Miến dong {n}", partner=point.partner, num_in_stock=5)
    few = queries_for_page()
    for n in range(2, 8):
        make_certified_product(title=f"Miến dong {n}", partner=point.partner, num_in_stock=5)
    many = queries_for_page()
    assert len(point.stock_lines()) == 8
    assert many == few
