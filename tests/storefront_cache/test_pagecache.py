"""The storefront's anonymous page cache never shows what is no longer true.

The page cache is off in the test settings; these tests turn it on (``page_cache`` fixture) and
check what a shopper would notice: a product leaves cached pages at midnight Vietnam time when
its certificate expires, stock, price and certificate changes show on the next request (also
when written with ``QuerySet.update()``, as Oscar's stock allocation and the registry sync do),
and a cached page's forms still work for the next visitor.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pytest
import time_machine
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_model

from catalogue import pagecache
from catalogue.certification import VIETNAM, vietnam_today
from cms.demo import ensure_home

pytestmark = pytest.mark.django_db

Certificate = get_model("catalogue", "Certificate")
StockRecord = get_model("partner", "StockRecord")


@pytest.fixture
def page_cache(settings):
    settings.OCOP_PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def get(url: str, **kwargs) -> tuple[int, str, str]:
    """A new visitor with no cookies: status, page text and whether the cache answered."""
    response = Client().get(url, **kwargs)
    return response.status_code, response.content.decode(), response.get("X-Page-Cache", "")


def test_second_anonymous_visit_is_served_from_the_cache(page_cache, certified_product):
    ensure_home()
    product = certified_product(title="Mật ong bạc hà")
    search = reverse("search:search") + "?q=mat"
    for url in ("/", reverse("catalogue:index"), product.get_absolute_url(), search):
        first = get(url)
        second = get(url)
        assert first[0] == second[0] == 200
        assert (first[2], second[2]) == ("", "hit")
        assert product.title in second[1]


def test_personal_pages_are_never_served_from_the_cache(page_cache, certified_product):
    certified_product()
    url = reverse("catalogue:index")
    get(url)
    assert get(url)[2] == "hit"
    for cookie in ("sessionid", "oscar_open_basket", "messages"):
        client = Client()
        client.cookies[cookie] = "x"
        assert client.get(url).get("X-Page-Cache") is None, cookie


def test_each_language_and_query_string_has_its_own_page(page_cache, certified_product):
    certified_product(title="Miến dong Na Rì")
    url = reverse("catalogue:index")
    vietnamese = get(url)[1]
    english_client = Client()
    english_client.cookies["django_language"] = "en"
    english = english_client.get(url).content.decode()
    assert 'lang="vi"' in vietnamese
    assert 'lang="en"' in english
    found = get(reverse("search:search") + "?q=mien")[1]
    nothing = get(reverse("search:search") + "?q=zzzz")[1]
    assert "Miến dong Na Rì" in found
    assert "Miến dong Na Rì" not in nothing


def test_product_leaves_cached_pages_at_midnight_when_its_certificate_expires(page_cache, certified_product):
    today = vietnam_today()
    product = certified_product(title="Chè Shan tuyết")
    product.certificates.update(expires_on=today + datetime.timedelta(days=1))  # last valid day: today
    listing = reverse("catalogue:index")
    before_midnight = datetime.datetime.combine(today, datetime.time(23, 59, 30), VIETNAM)
    with time_machine.travel(before_midnight, tick=False):
        get(listing)
        get(product.get_absolute_url())
        assert get(listing)[2] == "hit"
        status, page, source = get(product.get_absolute_url())
        assert (status, source) == (200, "hit") and product.title in page
        # An entry never outlives the day it was rendered on.
        assert pagecache.page_ttl() == 30
    with time_machine.travel(before_midnight + datetime.timedelta(seconds=31), tick=False):
        status, page, _source = get(listing)
        assert status == 200 and product.title not in page
        assert get(product.get_absolute_url())[0] == 410


def test_price_and_stock_changes_show_on_the_next_request(page_cache, certified_product):
    product = certified_product(price=150000, num_in_stock=5)
    url = product.get_absolute_url()
    get(url)
    assert "150.000\xa0₫" in get(url)[1]
    record = product.stockrecords.get()
    record.price = Decimal(99000)
    record.save()
    _status, page, source = get(url)
    assert source == "" and "99.000\xa0₫" in page
    add_to_basket = reverse("basket:add", kwargs={"pk": product.pk})
    assert add_to_basket in get(reverse("catalogue:index"))[1]
    # Oscar allocates stock with QuerySet.update(), which sends no signal.
    StockRecord.objects.filter(pk=record.pk).update(num_in_stock=0)
    assert add_to_basket not in get(reverse("catalogue:index"))[1]


def test_certificate_revoked_by_a_bulk_write_shows_on_the_next_request(page_cache, certified_product):
    product = certified_product(title="Rượu ngô Bắc Hà")
    listing = reverse("catalogue:index")
    get(listing)
    assert product.title in get(listing)[1]
    # The registry sync writes certificates in bulk (bulk_create / update), with no signal.
    Certificate.objects.filter(product=product).update(status="revoked", status_changed_on=vietnam_today())
    assert product.title not in get(listing)[1]
    assert get(product.get_absolute_url())[0] == 410


def test_cached_page_gives_each_visitor_a_csrf_token_of_their_own(page_cache, certified_product):
    product = certified_product(title="Gạo nếp cái hoa vàng")
    url = reverse("catalogue:index")
    Client().get(url)
    visitor = Client(enforce_csrf_checks=True)
    response = visitor.get(url)
    assert response["X-Page-Cache"] == "hit"
    page = response.content.decode()
    assert pagecache.CSRF_PLACEHOLDER.decode() not in page
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    added = visitor.post(
        reverse("basket:add", kwargs={"pk": product.pk}), {"csrfmiddlewaretoken": token, "quantity": 1}
    )
    assert added.status_code == 302
    assert visitor.get(reverse("basket:summary")).context["basket"].num_items == 1
    # With a basket, the visitor's pages are their own from now on.
    assert visitor.get(url).get("X-Page-Cache") is None


def test_product_page_hits_still_count_views(page_cache, certified_product):
    ProductRecord = get_model("analytics", "ProductRecord")
    product = certified_product()
    for _ in range(3):
        get(product.get_absolute_url())
    assert ProductRecord.objects.get(product=product).num_views == 3


def test_page_ttl_never_passes_midnight_in_vietnam(settings):
    settings.OCOP_PAGE_CACHE_SECONDS = 600
    day = datetime.date(2026, 11, 22)
    at = datetime.datetime.combine(day, datetime.time(23, 55), VIETNAM)
    assert pagecache.seconds_to_vietnam_midnight(at) == 300
    with time_machine.travel(at, tick=False):
        assert pagecache.page_ttl() == 300
    with time_machine.travel(at - datetime.timedelta(hours=3), tick=False):
        assert pagecache.page_ttl() == 600
