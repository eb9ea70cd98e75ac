"""A producer signs in on a phone, sees its listings, writes the story and sets the stock."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.factories import DEFAULT_PASSWORD


def test_producer_edits_a_listing_on_a_phone(chromium_page, artifacts, side_a, side_b):
    page = chromium_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/shop/producer/listings/")  # signed out: the storefront's sign-in, then back
    page.fill("#id_login-username", side_a.user.email)
    page.fill("#id_login-password", DEFAULT_PASSWORD)
    page.click("button[name=login_submit]")
    page.wait_for_load_state()
    page.goto("/shop/producer/listings/")
    listing = page.locator(f"article[data-product='{side_a.product.pk}']")
    expect(listing).to_contain_text("120.000")
    expect(page.locator("body")).not_to_contain_text("Chè B")
    page.screenshot(path=str(artifacts / "1-listings.png"), full_page=True)

    listing.locator("a.btn").click()
    page.fill("#id_story", "<p>Làm từ <strong>dong riềng</strong> Côn Minh</p>")
    page.fill("#id_stock", "5")
    page.fill("#id_note", "lô mới")
    page.screenshot(path=str(artifacts / "2-edit.png"), full_page=True)
    page.click("form[novalidate] button[type=submit]")
    expect(page.locator("#id_stock")).to_have_value("5")
    expect(page.locator("body")).to_contain_text("lô mới")
    page.screenshot(path=str(artifacts / "3-saved.png"), full_page=True)
