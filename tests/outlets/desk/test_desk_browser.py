"""A manager signs in, receives 10 units, rings up 3 of them with another product, sees 7 everywhere."""

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
    _other, tea = stocked(5, title="Chè Shan tuyết Bắc Kạn", price=120000, upc="8936012345678")

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
    page.set_viewport_size({"width": 390, "height": 844})  # a phone at the counter
    page.fill("#id_query", "Miến dong Chợ Mới")
    page.fill("#id_quantity", "3")
    page.press("#id_query", "Enter")  # Enter adds the line, as a barcode scanner does
    expect(page.locator("#till-lines")).to_contain_text("Miến dong Chợ Mới")
    page.fill("#id_query", "8936012345678")  # scanned barcode
    page.click("#desk-sale button[name=add]")
    expect(page.locator("#till-total")).to_contain_text("255.000")
    page.fill(f"input[name=qty-{tea.pk}]", "2")  # the total follows as the quantity is typed
    expect(page.locator("#till-total")).to_contain_text("375.000")
    page.fill(f"input[name=qty-{tea.pk}]", "1")
    page.check("input[name=payment_method][value=cash]")
    page.screenshot(path=str(artifacts / "2-sell.png"), full_page=True)
    page.click("#desk-sale button[name=sell]")
    expect(page.locator(".ocop-receipt")).to_contain_text("135.000")
    expect(page.locator(".ocop-receipt")).to_contain_text("Chè Shan tuyết Bắc Kạn")
    expect(page.locator(".ocop-receipt")).to_contain_text("255.000")
    page.screenshot(path=str(artifacts / "3-receipt.png"), full_page=True)
    page.set_viewport_size({"width": 1366, "height": 900})

    page.goto(f"/shop/desk/{point.pk}/")
    expect(page.locator(f"tr[data-sku='{record.partner_sku}'] .ocop-desk__qty")).to_have_text(
        re.compile(r"^\s*7\b")
    )
    page.screenshot(path=str(artifacts / "4-desk.png"), full_page=True)

    page.goto(point.url)
    miến_card = page.locator(".outlets-stock li").filter(has_text="Miến dong Chợ Mới")
    expect(miến_card.locator(".outlets-stock__qty")).to_contain_text("7")
    page.screenshot(path=str(artifacts / "5-public-page.png"), full_page=True)

    response = page.goto(f"/shop/desk/{other_point.pk}/")
    assert response.status == 404
    record.refresh_from_db()
    tea.refresh_from_db()
    assert (record.num_in_stock, tea.num_in_stock) == (7, 4)
