"""In Chromium: a shopper finds "mien dong", buys it cash on delivery, and sees the confirmation.

Screenshots of every step land in test-artifacts/<test name>/ (fixture ``artifacts``).
"""

from __future__ import annotations

import re

import pytest
from oscar.core.loading import get_model

from tests.checkout.conftest import stock_at
from tests.factories import make_certified_product

pytestmark = pytest.mark.browser

Order = get_model("order", "Order")


@pytest.fixture
def catalogue(settings, home, make_point):
    settings.ELASTICSEARCH_URL = ""  # the database search backend
    product = make_certified_product(title="Miến dong Na Rì", price=90000, num_in_stock=20)
    make_certified_product(title="Trà Shan tuyết", price=120000, group="beverage")
    point = make_point()
    stock_at(point, product, 5)
    return product, point


def shot(page, artifacts, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def test_home_search_product_basket_cash_on_delivery_confirmation(catalogue, chromium_page, artifacts):
    _product, _point = catalogue
    page = chromium_page
    page.set_viewport_size({"width": 1366, "height": 900})

    page.goto("/")
    shot(page, artifacts, "01-home")
    page.locator("#ocop-search-q").fill("mien dong")
    page.locator(".ocop-search__button").click()
    page.wait_for_url("**/search/?q=mien+dong*")
    grid = page.locator(".ocop-product-grid")
    assert "Miến dong Na Rì" in grid.inner_text() and "Trà Shan tuyết" not in grid.inner_text()
    shot(page, artifacts, "02-search")

    grid.get_by_role("link", name="Miến dong Na Rì").first.click()
    page.wait_for_url(re.compile(r".*/catalogue/mien-dong-na-ri_\d+/"))
    shot(page, artifacts, "03-product")
    page.locator("#add_to_basket_form button[type=submit]").click()
    page.wait_for_load_state()

    page.locator("a.ocop-basket-link").click()
    page.wait_for_url("**/basket/")
    select = page.locator("select[data-fulfilment-select]")
    assert "Điểm bán OCOP Chợ Mới" in select.inner_text()  # pick-up offered where it is in stock
    shot(page, artifacts, "04-basket")

    page.get_by_role("link", name="Tiến hành thanh toán").click()  # "Proceed to checkout"
    page.wait_for_url("**/checkout/")
    page.locator("#id_username").fill("lan@example.vn")
    page.locator("input[name=options][value=anonymous]").check()
    shot(page, artifacts, "05-email")
    page.locator("form button[type=submit]").last.click()

    page.wait_for_url("**/checkout/shipping-address/")
    page.locator("#id_first_name").fill("Nguyễn Thị Lan")
    page.locator("#id_line1").fill("12 Phố Huế")
    page.locator("#id_line2").fill("Phường Hàng Bài")
    page.locator("#id_line3").fill("Quận Hoàn Kiếm")
    page.locator("#id_line4").fill("Hà Nội")
    page.locator("#id_phone_number").fill("0912 345 678")
    shot(page, artifacts, "06-address")
    page.locator("#new_shipping_address button[type=submit]").click()

    page.wait_for_url("**/checkout/shipping-method/")
    assert "30.000" in page.locator("main").inner_text()
    shot(page, artifacts, "07-shipping")
    page.locator("main form button[type=submit]").click()

    page.wait_for_url("**/checkout/payment-method/")
    page.locator("input[name=method][value=cod]").check()
    shot(page, artifacts, "08-payment")
    page.locator("main form button[type=submit]").click()

    page.wait_for_url("**/checkout/preview/")
    assert "120.000" in page.locator(".ocop-summary").inner_text()  # 90.000 ₫ + 30.000 ₫ shipping
    shot(page, artifacts, "09-review")
    page.locator("#place-order").click()

    page.wait_for_url("**/checkout/thank-you/")
    order = Order.objects.get()
    assert page.locator("[data-order-number]").inner_text().strip() == order.number
    assert order.channel.kind == "online" and order.sources.get().source_type.code == "cod"
    shot(page, artifacts, "10-confirmation")


def test_on_a_phone_a_line_switches_to_pick_up_and_checks_out_without_address(
    catalogue, chromium_page, artifacts
):
    product, point = catalogue
    page = chromium_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(product.get_absolute_url())
    page.locator("#add_to_basket_form button[type=submit]").click()
    page.wait_for_load_state()
    page.goto("/shop/basket/")
    shot(page, artifacts, "01-basket-phone")

    page.locator("select[data-fulfilment-select]").select_option(
        label="Nhận tại Điểm bán OCOP Chợ Mới (còn 5)"
    )
    page.wait_for_load_state()
    page.locator(".ocop-fulfil__where").filter(has_text="Tổ 4").wait_for()
    shot(page, artifacts, "02-basket-pickup-phone")

    page.goto("/shop/checkout/")
    page.locator("#id_username").fill("lan@example.vn")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url("**/checkout/shipping-address/")
    assert page.locator("#id_line1").count() == 0  # no address for a pick-up
    page.locator("#id_name").fill("Nguyễn Thị Lan")
    page.locator("#id_phone_number").fill("0912 345 678")
    shot(page, artifacts, "03-pickup-contact-phone")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/checkout/payment-method/")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/checkout/preview/")
    shot(page, artifacts, "04-review-phone")
    page.locator("#place-order").click()
    page.wait_for_url("**/checkout/thank-you/")
    shot(page, artifacts, "05-confirmation-phone")
    assert Order.objects.get().lines.get().partner_id == point.partner_id


def test_order_history_shows_each_lines_delivery_or_pick_up(catalogue, chromium_page, artifacts, live_server):
    from marketplace.checkout.placement import place_order_for_basket
    from marketplace.partner.strategy import Selector
    from tests.factories import DEFAULT_PASSWORD, UserFactory

    product, point = catalogue
    user = UserFactory(email="lan@example.vn")
    basket = get_model("basket", "Basket").objects.create(owner=user)
    basket.strategy = Selector().strategy()
    basket.add_product(product, 1)
    basket.strategy = Selector().strategy(pickup_partner_id=point.partner_id)
    basket.add_product(product, 2)
    address = {
        "first_name": "Nguyễn Thị Lan",
        "line1": "12 Phố Huế",
        "line4": "Hà Nội",
        "phone_number": "+84912345678",
    }
    order = place_order_for_basket(
        basket, user=user, shipping_address=address, shipping_method_code="standard"
    )

    page = chromium_page
    page.goto("/shop/accounts/login/")
    page.locator("#id_login-username").fill(user.email)
    page.locator("#id_login-password").fill(DEFAULT_PASSWORD)
    page.locator("button[name=login_submit]").click()
    page.wait_for_load_state()
    for width, suffix in ((1366, "desktop"), (390, "phone")):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto("/shop/accounts/orders/")
        assert order.number in page.locator("main").inner_text()
        shot(page, artifacts, f"orders-{suffix}")
        page.goto(f"/shop/accounts/orders/{order.number}/")
        text = page.locator("main").inner_text()
        assert "Điểm bán OCOP Chợ Mới" in text and "Giao tận nơi" in text and "Chờ xử lý" in text
        shot(page, artifacts, f"order-{suffix}")
