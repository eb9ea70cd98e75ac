"""What a shopper sees on every page: header, search, language switch, prices and star badges."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format

from tests.factories import UserFactory
from tests.i18n import speak

pytestmark = pytest.mark.django_db

SHOP = "/shop/catalogue/"


def text_of(node) -> str:
    """Visible text with whitespace (including no-break spaces) collapsed."""
    return " ".join(node.get_text(" ").split())


def test_shop_page_has_a_labelled_search_box(soup_of):
    page = soup_of(SHOP)
    form = page.find("form", attrs={"role": "search"})
    assert form["action"] == reverse("search:search")
    assert form["method"].lower() == "get"
    box = form.find("input", attrs={"name": "q"})
    label = form.find("label", attrs={"for": box["id"]})
    assert text_of(label) == "Search products"


def test_search_box_keeps_what_the_shopper_typed(soup_of):
    page = soup_of(reverse("search:search") + "?q=mật+ong")
    assert page.find("input", id="ocop-search-q")["value"] == "mật ong"


def test_language_switch_posts_to_set_language_and_returns_to_the_page(client, soup_of):
    page = soup_of(SHOP + "?sort_by=price-asc", lang="vi")
    form = page.find("form", class_="ocop-lang")
    assert form["method"].lower() == "post"
    assert form["action"] == reverse("set_language")
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    assert form.find("input", attrs={"name": "next"})["value"] == SHOP + "?sort_by=price-asc"
    choices = {b["value"]: b for b in form.find_all("button", attrs={"name": "language"})}
    assert set(choices) == {"vi", "en"}
    assert choices["vi"]["aria-pressed"] == "true"  # Vietnamese first

    response = client.post(reverse("set_language"), {"language": "en", "next": SHOP}, follow=True)
    assert response.redirect_chain[-1][0] == SHOP
    assert '<html lang="en"' in response.content.decode()


def test_product_price_reads_in_vietnamese_dong(certified_product, soup_of):
    product = certified_product(title="Mật ong bạc hà Mèo Vạc", price=150000)
    listing = soup_of(SHOP)
    card = next(c for c in listing.select(".ocop-card") if "Mật ong bạc hà Mèo Vạc" in text_of(c))
    assert "150.000 ₫" in text_of(card.select_one(".ocop-card__price"))

    detail = soup_of(product.get_absolute_url())
    assert "150.000 ₫" in text_of(detail.select_one(".ocop-product__price"))


def test_star_badge_shows_the_registry_stars_and_level(certified_product, soup_of):
    certified_product(title="Chè Shan tuyết Nậm Búng", stars=5)
    certified_product(title="Rượu ngô Bản Phố", stars=3)
    listing = soup_of(SHOP)
    badges = {
        text_of(card.select_one(".ocop-card__title")): card.select_one(".ocop-badge")
        for card in listing.select(".ocop-card")
    }
    five = badges["Chè Shan tuyết Nậm Búng"]
    assert re.sub(r"\s", "", text_of(five.select_one(".ocop-badge__stars"))) == "5★OCOP"
    assert "Certified OCOP 5 stars" in text_of(five.select_one(".sr-only"))
    assert badges["Rượu ngô Bản Phố"]["data-stars"] == "3"


def test_product_page_shows_the_certificate(certified_product, soup_of):
    product = certified_product(title="Gạo ST25", stars=4)
    certificate = product.certificates.get()
    page = soup_of(product.get_absolute_url())

    badge = page.select_one(".ocop-product__main .ocop-badge")
    assert badge["data-stars"] == "4"
    assert "Province" in text_of(badge)
    facts = text_of(page.select_one(".ocop-cert__facts"))
    assert certificate.certificate_no in facts
    assert certificate.decision_no in facts
    shown_until = page.select_one(".ocop-cert__facts").find("dt", string="Valid until").find_next("dd")
    with translation.override("en"):
        assert text_of(shown_until) == date_format(certificate.last_valid_day, "SHORT_DATE_FORMAT")
    assert product.producer.name in text_of(page.select_one(".ocop-product__producer"))
    assert page.find(attrs={"id": "add_to_basket_form"}) is not None


def test_header_lists_the_six_ocop_groups_on_shop_and_cms_pages(soup_of):
    for url in (SHOP, "/"):
        nav = soup_of(url).find("nav", class_="ocop-nav")
        names = [text_of(a) for a in nav.select(".ocop-nav__list:not(.ocop-nav__list--secondary) a")]
        assert names[1:] == [
            "Thực phẩm",
            "Đồ uống",
            "Dược liệu",
            "Thủ công mỹ nghệ",
            "Sinh vật cảnh",
            "Dịch vụ du lịch cộng đồng",
        ], url


def test_basket_link_counts_the_items_added(client, certified_product, soup_of):
    product = certified_product()
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 2})
    link = soup_of(SHOP).select_one(".ocop-basket-link")
    assert link["href"] == reverse("basket:summary")
    assert text_of(link.select_one(".ocop-basket-link__count")) == "2"
    assert "(2 items)" in text_of(link)


def test_account_links_follow_who_is_signed_in(client, soup_of):
    anonymous = soup_of(SHOP).select_one(".ocop-actions")
    assert anonymous.find("a", href=re.compile(r"^/shop/accounts/login/"))

    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    staff = soup_of(SHOP).select_one(".ocop-actions")
    hrefs = {a["href"] for a in staff.find_all("a")}
    assert reverse("customer:summary") in hrefs
    assert reverse("dashboard:index") in hrefs
    assert reverse("wagtailadmin_home") in hrefs


def test_every_page_has_a_skip_link_and_the_trust_line(soup_of):
    page = soup_of(SHOP)
    skip = page.find("a", class_="ocop-skip-link")
    assert page.find(id=skip["href"].lstrip("#")).name == "main"
    footer = text_of(page.find("footer", class_="ocop-footer"))
    assert "Only products whose OCOP certificate is valid today are sold here." in footer
    assert page.find("footer").find("a", href="/diem-ban/")
    assert page.find("footer").find("a", href="/hoi-cho/")


def test_pages_load_no_script_or_style_from_another_site(soup_of):
    for url in (SHOP, "/"):
        page = soup_of(url)
        sources = [s.get("src", "") for s in page.find_all("script")]
        sources += [link.get("href", "") for link in page.find_all("link", rel="stylesheet")]
        assert all(not re.match(r"^(https?:)?//", source) for source in sources), sources


@pytest.mark.browser
def test_phone_menu_opens_the_category_list(chromium_page):
    page = chromium_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(SHOP)
    groups = page.get_by_role("navigation", name=re.compile("nhóm|groups", re.I))
    assert not groups.get_by_role("link", name="Đồ uống").is_visible()
    page.locator(".ocop-menu-toggle").click()
    groups.get_by_role("link", name="Đồ uống").wait_for(state="visible")
    assert page.locator(".ocop-menu-toggle").get_attribute("aria-expanded") == "true"


def test_renamed_group_shows_in_the_header_at_once(soup_of):
    from catalogue.models import Category

    soup_of(SHOP)  # the header's category list is now cached
    drinks = Category.objects.get(code="beverage")
    drinks.name = "Đồ uống đặc sản"
    drinks.save()
    nav = soup_of(SHOP).find("nav", class_="ocop-nav")
    assert "Đồ uống đặc sản" in text_of(nav)


def test_missing_page_keeps_the_shop_header(client):
    response = speak(client, "en").get("/khong-co-trang-nay/")
    assert response.status_code == 404
    page = BeautifulSoup(response.content.decode(), "html.parser")
    assert text_of(page.find("h1")) == "Page not found"
    assert page.find("form", attrs={"role": "search"})
    assert page.find("a", href=reverse("catalogue:index"))
