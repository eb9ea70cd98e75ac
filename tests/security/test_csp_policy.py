"""The Content-Security-Policy header: nonces for our inline scripts, outside hosts only from the
settings that use them (Stripe.js only with card payments, the map's tile host)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client

from marketplace.safety.csp import content_security_policy


def directives(header: str) -> dict[str, list[str]]:
    return {name: values for name, *values in (part.split() for part in header.split(";"))}


def test_inline_scripts_of_a_page_carry_the_nonce_of_its_header(client: Client, certified_product) -> None:
    response = client.get(certified_product().get_absolute_url())  # a product page: JSON-LD too
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    (nonce,) = [v for v in policy["script-src"] if v.startswith("'nonce-")]
    html = response.content.decode()
    inline = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", html)
    assert inline, "the home page has inline scripts"
    assert all(f'nonce="{nonce[7:-1]}"' in attrs for attrs in inline), inline
    assert not re.search(r"\son[a-z]+=\"", html)  # no inline event handler either
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_without_card_payments_no_stripe_host_is_allowed() -> None:
    policy = content_security_policy(
        card_payments=False, stripe_js_url="https://js.stripe.com/v3/", map_tile_url=""
    )["DIRECTIVES"]
    assert "stripe" not in repr(policy)
    assert policy["script-src"][0] == "'self'"


def test_with_card_payments_stripe_js_and_its_frames_are_allowed() -> None:
    policy = content_security_policy(
        card_payments=True,
        stripe_js_url="http://localhost:8420/js.stripe.com/v3/",
        stripe_api_base="http://localhost:8420",
    )["DIRECTIVES"]
    assert "http://localhost:8420" in policy["script-src"]
    assert "https://js.stripe.com" in policy["frame-src"]
    assert "https://api.stripe.com" in policy["connect-src"]
    assert "http://localhost:8420" in policy["connect-src"]


@pytest.mark.parametrize(
    ("tile_url", "origin"),
    [
        ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"),
        ("https://{s}.tiles.example.vn/{z}/{x}/{y}.png", "https://*.tiles.example.vn"),
    ],
)
def test_the_map_tile_host_is_allowed_for_images(tile_url: str, origin: str) -> None:
    policy = content_security_policy(card_payments=False, stripe_js_url="", map_tile_url=tile_url)
    assert origin in policy["DIRECTIVES"]["img-src"]


def test_wagtail_admin_pages_keep_every_directive_but_allow_its_inline_scripts(client: Client, db) -> None:
    response = client.get("/cms-admin/login/")
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'self'"]


TEMPLATES = sorted((Path(__file__).resolve().parents[2] / "themes").rglob("*.html"))
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*\bnonce=)[^>]*>", re.IGNORECASE)
INLINE_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=|=\s*[\"']\s*javascript:", re.IGNORECASE)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: str(p.relative_to(p.parents[3])))
def test_no_template_has_an_inline_script_without_nonce_or_an_inline_handler(template: Path) -> None:
    html = template.read_text()
    assert not INLINE_SCRIPT.findall(html)
    assert not INLINE_HANDLER.findall(html)
