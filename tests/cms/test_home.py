"""The home page: defaults on a fresh site, and featured products that are certified today only."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from wagtail.models import Site

from catalogue.certification import VIETNAM, vietnam_today
from cms.models import HomePage
from tests.i18n import speak

pytestmark = pytest.mark.django_db


def get_home(client):
    return speak(client, "en").get("/")


def test_fresh_site_root_is_our_home_page():
    """The data migration replaced Wagtail's "Welcome" page: "/" is the marketplace's home."""
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert HomePage.objects.count() == 1


def test_default_home_lists_certified_products_only(client, home, make_product):
    yesterday = vietnam_today() - datetime.timedelta(days=1)
    make_product("Chè Shan tuyết Tà Xùa")
    make_product("Mận hậu sấy dẻo", issued=yesterday - datetime.timedelta(days=1000), expires=yesterday)
    make_product("Cà phê Sơn La", status="revoked")

    response = get_home(client)

    assert response.status_code == 200
    html = response.content.decode()
    assert "cms-hero" in html
    assert "Chè Shan tuyết Tà Xùa" in html
    assert "Mận hậu sấy dẻo" not in html
    assert "Cà phê Sơn La" not in html


def test_certificate_ending_today_leaves_the_home_page_at_midnight(client, home, make_product):
    today = vietnam_today()
    make_product("Rượu táo mèo", expires=today + datetime.timedelta(days=1))

    assert "Rượu táo mèo" in get_home(client).content.decode()
    midnight = datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time(0, 1), VIETNAM)
    with time_machine.travel(midnight, tick=False):
        assert "Rượu táo mèo" not in get_home(client).content.decode()


def test_featured_products_block_never_shows_a_decertified_product(client, home, make_product):
    today = vietnam_today()
    kept = make_product("Thịt trâu gác bếp")
    expiring = make_product("Trà hoa vàng", expires=today + datetime.timedelta(days=1))
    revoked = make_product("Mật ong bạc hà")
    home.body = [
        ("featured_products", {"heading": "Our picks", "products": [kept, expiring, revoked]}),
        ("next_fairs", {"heading": "Coming up", "count": 3}),
    ]
    home.save_revision().publish()
    # Revoked after the editor chose it.
    revoked.certificates.update(status="revoked")

    html = get_home(client).content.decode()
    assert "Our picks" in html
    assert "Thịt trâu gác bếp" in html
    assert "Trà hoa vàng" in html
    assert "Mật ong bạc hà" not in html

    next_day = datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time(8), VIETNAM)
    with time_machine.travel(next_day, tick=False):
        html = get_home(client).content.decode()
    assert "Thịt trâu gác bếp" in html
    assert "Trà hoa vàng" not in html


def test_home_lists_next_fairs(client, fair_index, son_la):
    from cms.demo import ensure_fair

    start = datetime.datetime.now(VIETNAM).replace(microsecond=0) + datetime.timedelta(days=5)
    ensure_fair(
        fair_index,
        title="Hội chợ OCOP Sơn La",
        kind="provincial",
        start=start,
        end=start + datetime.timedelta(days=3),
        venue="Quảng trường Tây Bắc",
        address="Tô Hiệu, TP Sơn La",
        area=son_la,
        organiser="Sở Công Thương Sơn La",
    )
    html = get_home(client).content.decode()
    assert "Hội chợ OCOP Sơn La" in html
    assert fair_index.url in html


@pytest.fixture
def points_in_two_provinces(home, son_la, lang_son):
    from outlets.demo import ensure_index, ensure_sales_point

    index = ensure_index(home)
    # Alphabetically "Điểm bán A…" (Sơn La) comes before "Điểm bán B…" (Lạng Sơn).
    for title, area in (("Điểm bán A Mộc Châu", son_la), ("Điểm bán B Lạng Sơn", lang_son)):
        ensure_sales_point(
            index,
            title=title,
            kind="sales_point",
            area=area,
            address="Trung tâm",
            lat=None,
            lng=None,
            hours={},
        )


def first_point(html: str) -> str:
    section = html[html.index('id="cms-points-heading"') :]
    return (
        "Sơn La"
        if section.index("Điểm bán A Mộc Châu") < section.index("Điểm bán B Lạng Sơn")
        else "Lạng Sơn"
    )


def test_sales_points_near_the_shoppers_province_come_first(client, points_in_two_provinces):
    assert first_point(get_home(client).content.decode()) == "Sơn La"
    html = speak(client, "en").get("/?tinh=lang-son").content.decode()
    assert first_point(html) == "Lạng Sơn" and "Sales points near Lạng Sơn" in html
    assert first_point(get_home(client).content.decode()) == "Lạng Sơn"  # remembered for the visit
    assert first_point(speak(client, "en").get("/?tinh=").content.decode()) == "Sơn La"


def test_a_signed_in_shoppers_delivery_address_gives_the_province(client, points_in_two_provinces, make_user):
    from oscar.core.loading import get_model

    UserAddress = get_model("address", "UserAddress")
    Country = get_model("address", "Country")
    shopper = make_user("mai")
    country, _ = Country.objects.get_or_create(iso_3166_1_a2="VN", defaults={"name": "Việt Nam"})
    UserAddress.objects.create(
        user=shopper,
        first_name="Mai",
        line1="12 Trần Đăng Ninh",
        line4="Tỉnh Lạng Sơn",
        country=country,
        is_default_for_shipping=True,
    )
    client.force_login(shopper)
    assert first_point(get_home(client).content.decode()) == "Lạng Sơn"
