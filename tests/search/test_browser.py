"""In Chromium: the header search box suggests products as the shopper types; facets narrow a listing."""

from __future__ import annotations

import pytest

from tests.factories import make_certified_product

pytestmark = pytest.mark.browser


@pytest.fixture
def products(settings):
    settings.ELASTICSEARCH_URL = ""  # the database backend (the contract tests cover both)
    make_certified_product(title="Miến dong Phia Đén", stars=4)
    make_certified_product(title="Trà Shan tuyết", stars=5, group="beverage")


def test_header_search_box_suggests_products_without_accents(products, chromium_page):
    page = chromium_page
    page.goto("/shop/catalogue/")
    page.locator("#ocop-search-q").press_sequentially("mien d")
    page.locator('#ocop-search-suggestions option[value="Miến dong Phia Đén"]').wait_for(state="attached")
    page.locator("#ocop-search-q").press("Enter")
    page.wait_for_url("**/search/?q=mien+d*")
    grid = page.locator(".ocop-product-grid").inner_text()
    assert "Miến dong Phia Đén" in grid and "Trà Shan tuyết" not in grid


def test_choosing_a_suggestion_opens_the_product(products, chromium_page):
    page = chromium_page
    page.goto("/shop/catalogue/")
    page.locator("#ocop-search-q").press_sequentially("tra sh")
    page.locator('#ocop-search-suggestions option[value="Trà Shan tuyết"]').wait_for(state="attached")
    page.locator("#ocop-search-q").fill("Trà Shan tuyết")  # what picking the option does
    page.wait_for_url("**/shop/catalogue/tra-shan-tuyet_*/")
    assert page.locator("h1").inner_text().strip() == "Trà Shan tuyết"


def test_a_stars_facet_narrows_the_listing(products, chromium_page):
    page = chromium_page
    page.goto("/shop/catalogue/")
    page.locator('[data-facet="stars"] a').first.click()  # five stars come first
    page.wait_for_url("**stars=5*")
    grid = page.locator(".ocop-product-grid").inner_text()
    assert "Trà Shan tuyết" in grid and "Miến dong" not in grid
