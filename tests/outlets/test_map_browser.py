"""In Chromium: a sales point's name reaches the map as text, never as HTML (no DOM XSS)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

HOSTILE_TITLE = "<img src=x onerror=window.__xss=1>"


@pytest.fixture
def hostile_point(make_point, settings):
    settings.OUTLETS_MAP_TILE_URL = ""  # no tile server on this machine: the markers alone
    return make_point(title=HOSTILE_TITLE)


def hover_the_marker_and_read_the_tooltip(page) -> str:
    page.locator("[data-outlets-map] path.leaflet-interactive").first.hover()
    tooltip = page.locator(".leaflet-tooltip")
    tooltip.wait_for()
    return tooltip.inner_text()


@pytest.mark.parametrize("where", ["index", "point"])
def test_a_point_titled_with_html_shows_the_literal_title_on_the_map(
    where, hostile_point, index, chromium_page
):
    page = chromium_page
    page.goto(index.url if where == "index" else hostile_point.url)

    assert hover_the_marker_and_read_the_tooltip(page) == HOSTILE_TITLE
    page.locator("[data-outlets-map] path.leaflet-interactive").first.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert HOSTILE_TITLE in popup.inner_text()
    assert page.locator("[data-outlets-map] img[src='x']").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
