"""In Chromium: a shopper registers, confirms by the e-mailed link, makes an address the default
and logs out through the header menu; each of these writes is a POST form button."""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from oscar.core.loading import get_model
from playwright.sync_api import expect

UserAddress = get_model("address", "UserAddress")
Country = get_model("address", "Country")
User = get_user_model()
PASSWORD = "Mật-khẩu-mới-2026"


def test_register_confirm_set_default_address_and_log_out(
    chromium_page, artifacts, settings, live_server
) -> None:
    settings.SITE_URL = live_server.url
    page = chromium_page
    page.goto(reverse("customer:register"))
    page.fill("#id_email", "minh@example.vn")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.click("#register_form button[type=submit]")
    expect(page).to_have_url(re.compile(re.escape(reverse("customer:register-done")) + "$"))

    link = re.search(r"https?://\S+/activate/\S+", mail.outbox[-1].body).group(0)
    page.goto(link)
    page.fill("#id_activation_password", PASSWORD)
    page.screenshot(path=str(artifacts / "1-confirm.png"), full_page=True)
    page.click("form:has(input[name=csrfmiddlewaretoken]) button.btn-primary")
    expect(page.locator("#ocop-account-toggle")).to_be_visible()
    user = User.objects.get(email="minh@example.vn")
    assert user.is_active

    country, _ = Country.objects.update_or_create(
        iso_3166_1_a2="VN", defaults={"name": "Việt Nam", "is_shipping_country": True}
    )
    address = UserAddress.objects.create(
        user=user,
        first_name="Minh",
        line1="12 Phố Huế",
        line4="Hà Nội",
        country=country,
        phone_number="+84912345678",
    )
    page.goto(reverse("customer:address-list"))
    page.click("table .dropdown-toggle")
    action = reverse(
        "customer:address-change-status", kwargs={"pk": address.pk, "action": "default_for_shipping"}
    )
    button = page.locator(f"form[action='{action}'] button")
    expect(button).to_be_visible()
    page.screenshot(path=str(artifacts / "2-address-menu.png"), full_page=True)
    button.click()
    page.wait_for_load_state()
    address.refresh_from_db()
    assert address.is_default_for_shipping

    page.click("#ocop-account-toggle")
    logout = page.locator(f"form[action='{reverse('customer:logout')}'] button")
    expect(logout).to_be_visible()
    page.screenshot(path=str(artifacts / "3-account-menu.png"))
    logout.click()
    expect(page.locator(".ocop-actions a[href^='/shop/accounts/login/']")).to_be_visible()
