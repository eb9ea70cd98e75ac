"""The listing loads a page of products in a number of queries that does not grow with the page."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import make_certified_product

pytestmark = pytest.mark.django_db


def listing_queries(client, settings, url: str, per_page: int) -> int:
    settings.OSCAR_PRODUCTS_PER_PAGE = per_page
    client.get(url)  # Django's and the theme's own first-request caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert len(response.context["products"]) == per_page
    return len(queries)


@pytest.mark.parametrize("page", ["catalogue:index", "search:search"])
def test_listing_queries_do_not_grow_with_page_size(client, settings, page):
    for n in range(20):
        make_certified_product(title=f"Mật ong số {n}", stars=3 + n % 3, group=("food", "beverage")[n % 2])
    url = reverse(page) + ("?q=mat+ong" if page == "search:search" else "")
    small = listing_queries(client, settings, url, 5)
    large = listing_queries(client, settings, url, 20)
    assert small == large, (small, large)


def test_category_and_product_pages_queries_do_not_grow_with_products(client, settings):
    from catalogue.registry.listing import group_category

    product = make_certified_product(title="Miến dong")
    url = group_category("food").get_absolute_url()
    few = listing_queries(client, settings, url, 1)
    for n in range(10):
        make_certified_product(title=f"Miến dong {n}")
    assert listing_queries(client, settings, url, 10) == few
    client.get(product.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        assert client.get(product.get_absolute_url()).status_code == 200
    assert len(queries) < 40, [q["sql"] for q in queries]
