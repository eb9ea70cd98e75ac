"""Forwarded headers are trusted only behind our own proxy; e-mailed links use SITE_URL.

The compose file exposes gunicorn directly, so a client could otherwise claim https
(``X-Forwarded-Proto``) or another address (``X-Forwarded-For``).
"""

from __future__ import annotations

import pytest
from django.contrib.sites.models import Site
from django.core import mail
from django.test import Client, RequestFactory

from marketplace.safety.clients import client_ip
from tests.factories import UserFactory
from tests.test_settings import settings_with

PRODUCTION = {"DJANGO_ENV": "production", "SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "shop.example.vn"}


def test_production_trusts_no_forwarded_header_by_default() -> None:
    values = settings_with(PRODUCTION, "SECURE_PROXY_SSL_HEADER", "OCOP_TRUSTED_PROXIES")
    assert values == {"SECURE_PROXY_SSL_HEADER": None, "OCOP_TRUSTED_PROXIES": 0}


def test_a_declared_proxy_is_trusted_for_the_scheme() -> None:
    values = settings_with({**PRODUCTION, "OCOP_TRUSTED_PROXIES": "1"}, "SECURE_PROXY_SSL_HEADER")
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]


@pytest.mark.django_db
def test_a_client_claiming_https_is_still_sent_to_https(settings) -> None:
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = None  # the production default without OCOP_TRUSTED_PROXIES
    response = Client().get("/robots.txt", HTTP_X_FORWARDED_PROTO="https")
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "6.6.6.6", "10.0.0.2"),  # no proxy: the header is the client's own word
        (1, "6.6.6.6, 203.0.113.5", "203.0.113.5"),  # the proxy appended the real peer
        (2, "6.6.6.6, 203.0.113.5, 10.0.0.9", "203.0.113.5"),
        (2, "203.0.113.5", "10.0.0.2"),  # fewer hops than proxies: it bypassed them
    ],
)
def test_client_address(settings, proxies: int, forwarded: str, expected: str) -> None:
    settings.OCOP_TRUSTED_PROXIES = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def test_e_mail_links_take_their_scheme_from_site_url() -> None:
    values = settings_with({"SITE_URL": "https://shop.example.vn"}, "OSCAR_URL_SCHEMA")
    assert values["OSCAR_URL_SCHEMA"] == "https"


@pytest.mark.django_db
def test_the_password_reset_link_uses_site_url_not_the_request(settings, request) -> None:
    # As settings.py derives them from SITE_URL=https://shop.example.vn at start-up.
    settings.SITE_URL = "https://shop.example.vn"
    settings.OSCAR_URL_SCHEMA = "https"
    Site.objects.filter(pk=settings.SITE_ID).update(domain="shop.example.vn")  # as cms/sites.py does
    Site.objects.clear_cache()
    request.addfinalizer(Site.objects.clear_cache)  # the rolled-back row must not stay cached
    shopper = UserFactory()
    response = Client().post("/shop/password-reset/", {"email": shopper.email}, HTTP_HOST="testserver")
    assert response.status_code == 302
    (message,) = mail.outbox
    links = [word for word in message.body.split() if "://" in word]
    assert links, message.body
    assert all(link.startswith("https://shop.example.vn/shop/") for link in links), links
