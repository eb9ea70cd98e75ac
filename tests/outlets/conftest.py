"""The Wagtail tree for sales-point tests: root → cms.HomePage → SalesPointIndexPage → points."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from wagtail.models import Page, Site

from cms.models import HomePage
from marketplace.areas.models import Area
from outlets.demo import ensure_index, ensure_sales_point
from outlets.models import SalesPointIndexPage, SalesPointPage
from tests.i18n import speak

T = datetime.time
# Mon–Fri with a lunch break, Saturday morning, closed on Sunday (Sunday is absent).
WEEK_HOURS = {
    **{wd: (T(7, 30), T(11, 30)) for wd in range(5)},
    5: (T(8, 0), T(12, 0)),
}


@pytest.fixture
def client() -> Client:
    """Browses in English, so assertions on texts survive the Vietnamese catalogue."""
    return speak(Client(), "en")


@pytest.fixture
def home(db) -> HomePage:
    home = HomePage.objects.first()  # cms's migration makes one the default site's root
    if home is None:
        home = HomePage(title="Chợ OCOP", slug="cho-ocop")
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="testserver", root_page=home, is_default_site=True, site_name="Chợ OCOP")
    else:
        site.root_page = home
        site.save()
    return home


@pytest.fixture
def index(home) -> SalesPointIndexPage:
    return ensure_index(home)


@pytest.fixture
def bac_kan_district() -> Area:
    return Area.resolve("Bắc Kạn", "Chợ Mới")


@pytest.fixture
def lang_son_district() -> Area:
    return Area.resolve("Lạng Sơn", "Thành phố Lạng Sơn")


@pytest.fixture
def make_point(index, bac_kan_district):
    """``make_point(title=…, **overrides)``: a published sales point (Bắc Kạn by default)."""

    def make(title: str = "Điểm bán OCOP Chợ Mới", **overrides) -> SalesPointPage:
        fields = {
            "title": title,
            "kind": SalesPointPage.Kind.SALES_POINT,
            "area": bac_kan_district,
            "address": "Tổ 4, thị trấn Đồng Tâm, huyện Chợ Mới",
            "lat": 21.8776,
            "lng": 105.7755,
            "phone": "0209 3870 123",
            "hours": WEEK_HOURS,
        }
        fields.update(overrides)
        return ensure_sales_point(index, **fields)

    return make
