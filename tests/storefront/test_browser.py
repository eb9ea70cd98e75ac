"""In Chromium, on a desktop and a phone: the product and producer pages, and choosing a pick-up area."""

from __future__ import annotations

import pytest

from marketplace.areas.models import Area
from tests.factories import ProducerFactory, make_certified_product
from tests.storefront.places import make_point, stock_at

pytestmark = pytest.mark.browser

WIDTHS = {"desktop": (1366, 900), "phone": (390, 844)}


@pytest.fixture
def tea(settings):
    settings.ELASTICSEARCH_URL = ""  # the database backend (the contract tests cover both)
    producer = ProducerFactory(
        name="Hợp tác xã Chè Tân Lập",
        area=Area.resolve("Sơn La", "Mộc Châu", "Tân Lập"),
        story="Các hộ trồng chè trên cao nguyên Mộc Châu cùng lập hợp tác xã, chăm đồi chè theo VietGAP.",
    )
    product = make_certified_product(
        title="Chè Ô long Mộc Châu",
        producer=producer,
        price=250000,
        description="<p>Viên chè xoăn chặt, nước vàng sáng, hương hoa lan nhẹ và hậu ngọt.</p>",
    )
    product.attr.weight = 0.2
    product.attr.packaging = "Hộp 200 g"
    product.attr.shelf_life = "24 tháng kể từ ngày sản xuất"
    product.attr.ingredients = "100% búp chè Ô long"
    product.attr.save()
    make_certified_product(title="Chè xanh Tân Lập", producer=producer, stars=3, price=120000)
    stock_at(make_point("Điểm bán OCOP Mộc Châu", Area.resolve("Sơn La", "Mộc Châu")), product, quantity=12)
    return product


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


@pytest.mark.parametrize("device", list(WIDTHS))
def test_product_and_producer_pages_read_well(tea, chromium_page, artifacts, device):
    page = chromium_page
    width, height = WIDTHS[device]
    page.set_viewport_size({"width": width, "height": height})

    page.goto(tea.get_absolute_url())
    assert page.locator("h1").inner_text().strip() == "Chè Ô long Mộc Châu"
    assert page.locator(".ocop-cert").is_visible()
    assert page.locator("#where-to-buy .ocop-point").count() == 1
    assert fits_the_screen(page)
    page.screenshot(path=str(artifacts / f"product-{device}.png"), full_page=True)

    page.locator("#where-to-buy .ocop-point__title a").click()
    page.wait_for_url("**/diem-ban/**")
    assert "Điểm bán OCOP Mộc Châu" in page.locator("h1").inner_text()
    page.go_back()

    page.locator(".ocop-product__producer a").first.click()
    page.wait_for_url("**/shop/nha-san-xuat/**")
    assert page.locator("h1").inner_text().strip() == "Hợp tác xã Chè Tân Lập"
    assert page.locator(".ocop-product-grid .ocop-card").count() == 2
    assert fits_the_screen(page)
    page.screenshot(path=str(artifacts / f"producer-{device}.png"), full_page=True)


def test_choosing_a_pickup_area_filters_the_listing(tea, chromium_page):
    page = chromium_page
    page.goto("/shop/catalogue/")
    page.locator(".ocop-pickup a").click()
    page.locator("select#id_area").select_option(label="Mộc Châu")
    page.locator(".ocop-pickup-form button[type=submit]").click()
    page.wait_for_url("**/shop/catalogue/?pickup=*")
    grid = page.locator(".ocop-product-grid").inner_text()
    assert "Chè Ô long Mộc Châu" in grid and "Chè xanh Tân Lập" not in grid
    assert "Mộc Châu" in page.locator(".ocop-pickup").inner_text()
