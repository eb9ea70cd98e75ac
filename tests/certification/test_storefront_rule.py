"""What a shopper sees of the rule: listings, product pages and the verification page."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_listing_shows_only_certified_products_with_prices_in_dong(client, make_product):
    listed = make_product()
    expired = make_product(days_left=0)
    revoked = make_product(status="revoked")
    page = client.get(reverse("catalogue:index")).content.decode()
    assert listed.title in page
    assert "150.000\xa0₫" in page
    assert expired.title not in page
    assert revoked.title not in page


def test_search_finds_only_certified_products(client, make_product):
    listed = make_product()
    expired = make_product(days_left=0)
    page = client.get(reverse("search:search"), {"q": "Miến"}).content.decode()
    assert listed.title in page
    assert expired.title not in page


def test_expired_product_page_is_gone_and_says_why(client, make_product):
    alternative = make_product()
    expired = make_product(days_left=0)
    category = get_category()
    alternative.categories.add(category)
    expired.categories.add(category)
    response = client.get(expired.get_absolute_url())
    assert response.status_code == 410
    text = response.content.decode()
    certificate = expired.certificates.get()
    assert f"last valid day was {certificate.last_valid_day:%d/%m/%Y}" in text
    assert alternative.title in text


def test_revoked_product_page_says_when_it_was_revoked(client, make_product):
    revoked = make_product(status="revoked")
    certificate = revoked.certificates.get()
    response = client.get(revoked.get_absolute_url())
    assert response.status_code == 410
    assert f"revoked on {certificate.status_changed_on:%d/%m/%Y}" in response.content.decode()


def test_certified_product_page_answers(client, make_product):
    product = make_product()
    response = client.get(product.get_absolute_url())
    assert response.status_code == 200
    assert product.title in response.content.decode()


@pytest.mark.parametrize(
    ("kwargs", "state", "listed"),
    [({}, "valid", True), ({"days_left": 0}, "expired", False), ({"status": "revoked"}, "revoked", False)],
)
def test_verification_json(client, make_product, kwargs, state, listed):
    product = make_product(**kwargs)
    certificate = product.certificates.get()
    data = client.get(reverse("ocop:verify", args=[certificate.certificate_no]), {"format": "json"}).json()
    assert data["status"] == state
    assert data["stars"] == certificate.stars
    assert data["product_code"] == product.registry_code
    assert data["listed"] is listed
    assert data["expires_on"] == certificate.expires_on.isoformat()
    assert (data["product_url"] or "").endswith(product.get_absolute_url()) is listed


def test_unknown_certificate_is_reported_unknown(client):
    response = client.get(reverse("ocop:verify", args=["XX-0000"]), {"format": "json"})
    assert response.status_code == 404
    assert response.json()["status"] == "unknown"
    page = client.get(reverse("ocop:verify", args=["XX-0000"]))
    assert "not in the OCOP registry" in page.content.decode()


def test_qr_code_is_an_svg_pointing_at_the_verification_page(client, make_product):
    certificate = make_product().certificates.get()
    response = client.get(reverse("ocop:verify-qr", args=[certificate.certificate_no]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response.content.startswith(b"<?xml") and b"<svg" in response.content


def get_category():
    from oscar.apps.catalogue.categories import create_from_breadcrumbs

    return create_from_breadcrumbs("Thực phẩm")


def test_sitemap_and_feed_list_only_certified_products(client, make_product):
    listed = make_product()
    expired = make_product(days_left=0)
    sitemap = client.get("/sitemap.xml").content.decode()
    feed = client.get(reverse("product-feed")).content.decode()
    for document in (sitemap, feed):
        assert listed.get_absolute_url() in document
        assert expired.get_absolute_url() not in document
    assert f"{listed.title} (4★ OCOP)" in feed
    # Absolute links name the public host (SITE_URL), never the Sites framework's example.com.
    for document in (sitemap, feed):
        assert f"http://127.0.0.1:8000{listed.get_absolute_url()}" in document
        assert "example.com" not in document
    assert "<loc>http://127.0.0.1:8000/</loc>" in sitemap  # Wagtail's pages: the same host
    assert "http://localhost/" not in sitemap


def test_robots_txt_points_at_the_sitemap_and_keeps_back_offices_out(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /shop/checkout/" in body


def test_product_page_links_to_its_verification_and_qr(client, make_product):
    product = make_product()
    number = product.certificates.get().certificate_no
    page = client.get(product.get_absolute_url()).content.decode()
    assert reverse("ocop:verify", args=[number]) in page
    assert reverse("ocop:verify-qr", args=[number]) in page
