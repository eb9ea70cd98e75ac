"""Finding 10: a product page exists only for a product certified today, whatever created the product.

A product staff create in Oscar's dashboard carries no certificate (the registry owns them), so
it never was OCOP: visitors get 404, staff a preview that says it is not for sale. A product whose
certificate expired or was revoked answers 410 with the reason (tests/certification).
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factories import (
    CertificateFactory,
    ProducerFactory,
    ProductFactory,
    UserFactory,
    make_certified_product,
)
from tests.i18n import speak
from tests.storefront.dashboard_forms import create_in_dashboard

pytestmark = pytest.mark.django_db

PREVIEW_NOTICE = "Preview for staff: this product is not for sale"


@pytest.fixture
def staff_client(client):
    staff = UserFactory(is_staff=True, is_superuser=True)
    staff_client = speak(client.__class__(), "en")
    staff_client.force_login(staff)
    return staff_client


def wrong_slug_url(product) -> str:
    return reverse("catalogue:detail", kwargs={"product_slug": "any-title", "pk": product.pk})


def test_a_dashboard_product_without_certificate_is_not_found(client, staff_client):
    product = create_in_dashboard(staff_client, "Sâm Ngọc Linh giả mạo")
    assert not product.certificates.exists()

    assert client.get(product.get_absolute_url()).status_code == 404
    assert client.get(wrong_slug_url(product)).status_code == 404
    shopper = speak(client.__class__(), "en")
    shopper.force_login(UserFactory())
    response = shopper.get(product.get_absolute_url())
    assert response.status_code == 404
    assert product.title not in response.content.decode()


def test_staff_preview_an_uncertified_product_and_are_told_it_is_not_for_sale(staff_client):
    product = create_in_dashboard(staff_client, "Sâm Ngọc Linh giả mạo")
    response = staff_client.get(product.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert product.title in html
    assert PREVIEW_NOTICE in html


def test_a_certified_product_shows_no_preview_notice_even_to_staff(staff_client):
    product = make_certified_product()
    html = staff_client.get(product.get_absolute_url()).content.decode()
    assert PREVIEW_NOTICE not in html


def test_an_uncertified_product_is_in_no_listing(client, staff_client):
    certified = make_certified_product(title="Miến dong Thật")
    fake = create_in_dashboard(staff_client, "Miến dong Giả")
    pages = {
        "catalogue": client.get(reverse("catalogue:index")),
        "search": client.get(reverse("search:search"), {"q": "Miến dong"}),
        "sitemap": client.get("/sitemap.xml"),
        "feed": client.get(reverse("product-feed")),
    }
    for name, response in pages.items():
        text = response.content.decode()
        assert certified.get_absolute_url() in text, name
        assert fake.get_absolute_url() not in text, name
        assert fake.title not in text, name


def test_a_variant_of_a_certified_product_is_not_found(client, staff_client):
    parent = ProductFactory(title="Chè Shan tuyết")  # certified, no stock: Oscar lets it take variants
    CertificateFactory(product=parent)
    variant = create_in_dashboard(staff_client, "Chè Shan tuyết loại đặc biệt", parent=parent)
    assert variant.is_child and not variant.certificates.exists()

    assert client.get(variant.get_absolute_url()).status_code == 404
    assert client.get(wrong_slug_url(variant)).status_code == 404
    assert client.get(parent.get_absolute_url()).status_code == 200  # the certified product itself


def test_an_uncertified_parent_and_its_variant_are_not_found(client, staff_client):
    parent = create_in_dashboard(staff_client, "Hộp quà Tết")
    variant = create_in_dashboard(staff_client, "Hộp quà Tết cỡ lớn", parent=parent)
    parent.refresh_from_db()
    assert parent.is_parent
    assert client.get(parent.get_absolute_url()).status_code == 404
    assert client.get(variant.get_absolute_url()).status_code == 404


def test_a_product_named_after_a_certified_one_is_not_found(client, staff_client):
    certified = make_certified_product(title="Mật ong bạc hà Mèo Vạc")
    copy = create_in_dashboard(staff_client, certified.title)
    assert copy.pk != certified.pk
    assert client.get(copy.get_absolute_url()).status_code == 404
    same_slug = reverse("catalogue:detail", kwargs={"product_slug": certified.slug, "pk": copy.pk})
    assert client.get(same_slug).status_code == 404
    assert client.get(certified.get_absolute_url()).status_code == 200


def test_a_registry_producers_product_without_certificate_is_not_found_nor_listed(client):
    producer = ProducerFactory()
    certified = make_certified_product(producer=producer)
    uncertified = ProductFactory(producer=producer, title="Sản phẩm chưa được công nhận")
    assert client.get(uncertified.get_absolute_url()).status_code == 404
    for url in (producer.get_absolute_url(), producer.area.get_absolute_url()):
        page = client.get(url)
        assert page.status_code == 200, url
        assert certified.title in page.content.decode(), url
        assert uncertified.title not in page.content.decode(), url


def test_the_reviews_of_an_uncertified_product_are_not_found(client, staff_client):
    product = create_in_dashboard(staff_client, "Sâm Ngọc Linh giả mạo")
    kwargs = {"product_slug": product.slug, "product_pk": product.pk}
    reviews = reverse("catalogue:reviews-list", kwargs=kwargs)
    add_review = reverse("catalogue:reviews-add", kwargs=kwargs)
    assert client.get(reviews).status_code == 404
    assert client.get(add_review).status_code == 404
    certified = make_certified_product()
    kwargs = {"product_slug": certified.slug, "product_pk": certified.pk}
    assert client.get(reverse("catalogue:reviews-list", kwargs=kwargs)).status_code == 200
