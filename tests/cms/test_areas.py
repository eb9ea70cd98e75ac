"""Province and district landing pages: producers, certified products, sales points, fairs."""

from __future__ import annotations

import datetime
import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from catalogue.certification import VIETNAM
from catalogue.models import Producer
from cms.demo import ensure_fair
from marketplace.areas.models import Area
from tests.i18n import speak

pytestmark = pytest.mark.django_db

Partner = get_model("partner", "Partner")
_numbers = itertools.count(100)


def new_producer(name: str, area: Area) -> Producer:
    number = next(_numbers)
    return Producer.objects.create(
        registration_no=f"9900{number:04d}",
        name=name,
        legal_form="cooperative",
        area=area,
        partner=Partner.objects.create(name=name, code=f"area-{number}"),
        slug=f"area-producer-{number}",
    )


def give(product, producer: Producer):
    product.producer = producer
    product.save()
    product.stockrecords.update(partner=producer.partner)
    return product


@pytest.fixture
def places(son_la, lang_son, make_product):
    """Sơn La: a producer in Mộc Châu (district) and one in a commune of Yên Châu; Lạng Sơn: one."""
    moc_chau = son_la
    province = moc_chau.parent
    commune = Area.resolve("Sơn La", "Yên Châu", "Chiềng Khoi")
    tea = new_producer("HTX Chè Tân Lập", moc_chau)
    mango = new_producer("HTX Xoài Chiềng Khoi", commune)
    anise = new_producer("HTX Hồi Văn Quan", lang_son)
    give(make_product("Chè Ô long Mộc Châu"), tea)
    give(make_product("Chè cũ hết hạn", status="revoked"), tea)
    give(make_product("Xoài tròn Yên Châu"), mango)
    give(make_product("Hoa hồi khô"), anise)
    return {"province": province, "moc_chau": moc_chau, "yen_chau": commune.parent, "commune": commune}


def html_of(client, url: str) -> str:
    response = speak(client, "en").get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_areas_have_ascii_addresses(places):
    assert places["province"].get_absolute_url() == "/vung/son-la/"
    assert places["moc_chau"].get_absolute_url() == "/vung/son-la/moc-chau/"
    # A commune has no page of its own: its district's.
    assert places["commune"].get_absolute_url() == "/vung/son-la/yen-chau/"


def test_province_page_covers_its_districts_and_communes(client, places, fair_index, lang_son):
    start = datetime.datetime.now(VIETNAM) + datetime.timedelta(days=10)
    common = {"kind": "provincial", "venue": "Quảng trường", "address": "Trung tâm", "organiser": "Sở CT"}
    ensure_fair(
        fair_index, title="Hội chợ Mộc Châu", start=start, end=start, area=places["moc_chau"], **common
    )
    ensure_fair(fair_index, title="Hội chợ Lạng Sơn", start=start, end=start, area=lang_son, **common)
    old = start - datetime.timedelta(days=60)
    ensure_fair(fair_index, title="Hội chợ năm ngoái", start=old, end=old, area=places["province"], **common)

    html = html_of(client, "/vung/son-la/")

    assert "OCOP products of Sơn La" in html
    assert "Chè Ô long Mộc Châu" in html and "Xoài tròn Yên Châu" in html
    assert "Chè cũ hết hạn" not in html  # revoked: not certified today
    assert "Hoa hồi khô" not in html and "HTX Hồi Văn Quan" not in html  # another province
    assert "HTX Chè Tân Lập" in html and "HTX Xoài Chiềng Khoi" in html
    assert "Hội chợ Mộc Châu" in html
    assert "Hội chợ Lạng Sơn" not in html and "Hội chợ năm ngoái" not in html
    assert 'href="/vung/son-la/moc-chau/"' in html and 'href="/vung/son-la/yen-chau/"' in html  # districts


def test_district_page_lists_only_what_is_located_there(client, places):
    html = html_of(client, "/vung/son-la/yen-chau/")
    assert "Xoài tròn Yên Châu" in html and "HTX Xoài Chiềng Khoi" in html
    assert "Chè Ô long Mộc Châu" not in html and "HTX Chè Tân Lập" not in html
    assert 'href="/vung/son-la/"' in html  # breadcrumb to the province


def test_sales_points_of_the_area_are_listed(client, places, home):
    from outlets.demo import ensure_index, ensure_sales_point

    index = ensure_index(home)
    for title, area in (
        ("Điểm bán Mộc Châu", places["moc_chau"]),
        ("Điểm bán Lạng Sơn", Area.resolve("Lạng Sơn")),
    ):
        ensure_sales_point(
            index,
            title=title,
            kind="sales_point",
            area=area,
            address="Tiểu khu 3",
            lat=None,
            lng=None,
            hours={},
        )
    province = html_of(client, "/vung/son-la/")
    district = html_of(client, "/vung/son-la/moc-chau/")
    assert "Điểm bán Mộc Châu" in province and "Điểm bán Mộc Châu" in district
    assert "Điểm bán Lạng Sơn" not in province
    assert "Điểm bán Mộc Châu" not in html_of(client, "/vung/son-la/yen-chau/")


def test_unknown_and_merged_areas(client, places):
    assert client.get("/vung/khong-co/").status_code == 404
    assert client.get("/vung/son-la/khong-co/").status_code == 404
    assert client.get("/vung/son-la/yen-chau/chieng-khoi/").status_code == 404
    places["yen_chau"].merged_into = places["moc_chau"]
    places["yen_chau"].save()
    response = client.get("/vung/son-la/yen-chau/")
    assert response.status_code == 301 and response["Location"] == "/vung/son-la/moc-chau/"


def test_area_index_lists_provinces_and_districts(client, places):
    html = html_of(client, "/vung/")
    assert 'href="/vung/son-la/"' in html and 'href="/vung/lang-son/"' in html
    assert 'href="/vung/son-la/moc-chau/"' in html


def test_area_pages_are_in_the_sitemap_and_province_sections_are_not(client, places, sections):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/vung/son-la/</loc>" in xml and "/vung/son-la/moc-chau/</loc>" in xml
    assert "/hoi-cho/son-la/</loc>" not in xml  # a section only redirects
    assert "/hoi-cho/</loc>" in xml


def test_area_page_queries_do_not_grow_with_the_number_of_products(client, places, make_product):
    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            html_of(client, "/vung/son-la/")
        return len(queries)

    html_of(client, "/vung/son-la/")  # warm caches (site root paths, content types)
    few = count_queries()
    for number in range(8):
        give(make_product(f"Sản phẩm thêm {number}"), new_producer(f"HTX thêm {number}", places["moc_chau"]))
    assert count_queries() == few
