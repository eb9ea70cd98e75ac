"""Who reaches the registry pages, and who sees which menu entry."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import make_certified_product

pytestmark = pytest.mark.django_db

STAFF_PAGES = [
    ("ocop-dashboard:sync-list", {}),
    ("ocop-dashboard:sync-run", {}),
    ("ocop-dashboard:expiring", {}),
]


def all_pages(certificate_pk: int) -> list[str]:
    return [reverse(name, kwargs=kwargs) for name, kwargs in STAFF_PAGES] + [
        reverse("ocop-dashboard:certificate-list"),
        reverse("ocop-dashboard:certificate-stamps", kwargs={"pk": certificate_pk}),
    ]


@pytest.fixture
def certificate_pk(producer) -> int:
    return make_certified_product(producer=producer).certificates.get().pk


def test_anonymous_visitors_are_sent_to_the_login_page(certificate_pk):
    for url in all_pages(certificate_pk):
        response = Client().get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("customer:login")), url


def test_shoppers_are_refused(shopper_client, certificate_pk):
    for url in all_pages(certificate_pk):
        assert shopper_client.get(url).status_code == 403, url


def test_producers_are_refused_the_staff_pages_but_see_their_certificates(producer_client, certificate_pk):
    for name, kwargs in STAFF_PAGES:
        assert producer_client.get(reverse(name, kwargs=kwargs)).status_code == 403, name
    assert producer_client.get(reverse("ocop-dashboard:certificate-list")).status_code == 200


def test_staff_reach_every_page(staff_client, certificate_pk):
    for url in all_pages(certificate_pk):
        assert staff_client.get(url).status_code == 200, url


def _menu_links(client: Client) -> set[str]:
    html = client.get(reverse("dashboard:index")).content.decode()
    urls = {
        reverse("ocop-dashboard:sync-list"),
        reverse("ocop-dashboard:expiring"),
        reverse("ocop-dashboard:certificate-list"),
    }
    return {url for url in urls if f'href="{url}"' in html}


def test_staff_see_the_whole_registry_menu(staff_client):
    html = staff_client.get(reverse("dashboard:index")).content.decode()
    assert "OCOP registry" in html
    assert _menu_links(staff_client) == {
        reverse("ocop-dashboard:sync-list"),
        reverse("ocop-dashboard:expiring"),
        reverse("ocop-dashboard:certificate-list"),
    }


def test_producers_see_only_their_certificates_in_the_menu(producer_client):
    assert _menu_links(producer_client) == {reverse("ocop-dashboard:certificate-list")}
