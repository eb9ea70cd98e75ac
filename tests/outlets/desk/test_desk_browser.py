"""A manager signs in, receives 10 units, sells 3 at the counter, sees 7 everywhere."""

from __future__ import annotations

import re

from oscar.core.loading import get_model
from playwright.sync_api import expect

from tests.factories import DEFAULT_PASSWORD

StockRecord = get_model("partner", "StockRecord")


def test_manager_receives_sells_and_sees_stock(
    chromium_page, artifacts, point, other_point, manager, stocked
):
    page = chromium_page
    _product, record = stocked(0, title="Miến dong Chợ Mới", price=45000)

    page.goto("/shop/accounts/login/")
    page.fill("#id_login-username", manager.email)
    page.fill("#id_login-password", DEFAULT_PASSWORD)
    page.click("button[name=login_submit]")
    page.wait_for_load_state()

    page.goto("/shop/desk/")  # one point: straight to its desk
    expect(page.locator("h1")).to_contain_text(point.title)
    page.goto(f"/shop/desk/{point.pk}/receive/")
    page.select_option("#id_record", str(record.pk))
    page.fill("#id_quantity", "10")
    page.fill("#id_supplier", "HTX Miến dong Chợ Mới")
    page.screenshot(path=str(artifacts / "1-receive.png"), full_page=True)
    page.click("form.ocop-desk__form button")
    expect(page.locator(f"tr[data-sku='{record.partner_sku}'] .ocop-desk__qty")).to_contain_text("10")

    page.goto(f"/shop/desk/{point.pk}/sell/")
    page.fill("#id_query", "Miến dong Chợ Mới")
    page.fill("#id_quantity", "3")
    page.check("input[name=payment_method][value=cash]")
    page.screenshot(path=str(artifacts / "2-sell.png"), full_page=True)
    page.click("#desk-sale button")
    expect(page.locator(".ocop-receipt")).to_contain_text("135.000")
    page.screenshot(path=str(artifacts / "3-receipt.png"), full_page=True)

    page.goto(f"/shop/desk/{point.pk}/")
    expect(page.locator(f"tr[data-sku='{record.partner_sku}'] .ocop-desk__qty")).to_have_text(
        re.compile(r"^\s*7\b")
    )
    page.screenshot(path=str(artifacts / "4-desk.png"), full_page=True)

    page.goto(point.url)
    expect(page.locator(".outlets-stock__qty").first).to_contain_text("7")
    page.screenshot(path=str(artifacts / "5-public-page.png"), full_page=True)

    response = page.goto(f"/shop/desk/{other_point.pk}/")
    assert response.status == 404
    record.refresh_from_db()
    assert record.num_in_stock == 7
