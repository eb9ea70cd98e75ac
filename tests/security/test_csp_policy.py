"""The Content-Security-Policy header: nonces for our inline scripts, outside hosts only from the
settings that use them (Stripe.js only with card payments, the map's tile host)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

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


def test_wagtail_admin_pages_carry_the_same_policy_as_every_page(client: Client, db) -> None:
    response = client.get("/cms-admin/login/")
    policy = directives(response["Content-Security-Policy"])
    # No inline script of ours on it, so no nonce either (django-csp names one only when used).
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'self'"]


class ScriptsTheBrowserWouldRun(HTMLParser):
    """The ``<script>`` elements without ``src`` the browser would run (JSON is data, and one
    carrying the response's nonce is allowed), inline event handlers, ``javascript:`` URLs and the
    initialisers of ``cms/admin_init.py``; ``<template>`` contents count (the admin inserts them)."""

    def __init__(self, nonce: str | None) -> None:
        super().__init__()
        self.nonce, self.inline, self.handlers, self.calls = nonce, [], [], []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "script" and "src" not in values:
            inert = values.get("type", "").strip().lower() == "application/json"
            if not inert and (self.nonce is None or values.get("nonce") != self.nonce):
                self.inline.append(self.get_starttag_text())
        self.handlers += [f"<{tag} {name}=…>" for name in values if name.startswith("on")]
        self.handlers += [
            f"<{tag} {name}={value}>"
            for name, value in values.items()
            if value.strip().lower().startswith("javascript:")
        ]
        if tag == "ocop-admin-init":
            self.calls.append(values.get("data-call", ""))


ADMIN_INIT_JS = Path(__file__).resolve().parents[2] / "cms" / "static" / "cms" / "js" / "admin-init.js"


def admin_urls(pages) -> dict[str, str]:
    """Admin pages whose forms hold what Wagtail writes inline scripts for (choosers, inline
    panels, date, time and date-time pickers), and chooser modals (their HTML arrives as JSON)."""
    from wagtail.models import Site

    return {
        "home-edit": reverse("wagtailadmin_pages:edit", args=[pages.home.pk]),
        "fair-edit": reverse("wagtailadmin_pages:edit", args=[pages.fair.pk]),
        "news-edit": reverse("wagtailadmin_pages:edit", args=[pages.story.pk]),
        "sales-point-edit": reverse("wagtailadmin_pages:edit", args=[pages.point.pk]),
        "fair-add": reverse("wagtailadmin_pages:add", args=["cms", "fairpage", pages.fair.get_parent().pk]),
        "site-edit": reverse("wagtailsites:edit", args=[Site.objects.get(is_default_site=True).pk]),
        "redirect-add": reverse("wagtailredirects:add"),
        "workflow-add": reverse("wagtailadmin_workflows:add"),
        "image-edit": reverse("wagtailimages:edit", args=[pages.image.pk]),
        "site-history": reverse("wagtailadmin_reports:site_history"),  # the listing filters' dates
        "page-chooser-modal": reverse("wagtailadmin_choose_page"),
        "image-chooser-modal": reverse("wagtailimages_chooser:choose"),
        "producer-chooser-modal": reverse("ocop_producer_chooser:choose"),
    }


@pytest.fixture
def admin_client(db) -> Client:
    from django.contrib.auth import get_user_model

    from tests.i18n import speak

    superuser = get_user_model().objects.create_superuser(
        "admin@example.vn", "admin@example.vn", "pw-ocop-2026"
    )
    client = speak(Client(), "en")
    client.force_login(superuser)
    return client


def test_wagtail_admin_pages_have_no_script_the_policy_would_block(admin_client: Client) -> None:
    """Wagtail writes inline initialisers (wagtail/wagtail#1288); ``cms/admin_init.py`` turns them
    into inert elements. A Wagtail upgrade that adds an inline script, an inline handler or an
    initialiser ``admin-init.js`` does not allow fails here, before an editor meets a dead widget."""
    from tests.security.admin_pages import build_admin_pages

    allowed = set(re.findall(r'^\s+"(\w+)",?$', ADMIN_INIT_JS.read_text(), re.MULTILINE))
    assert {"InlinePanel", "PageChooser", "initDateTimeChooser"} <= allowed, allowed
    calls: set[str] = set()
    for name, url in admin_urls(build_admin_pages()).items():
        response = admin_client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        policy = directives(response["Content-Security-Policy"])
        assert "'unsafe-inline'" not in policy["script-src"], name
        nonce = next((v[7:-1] for v in policy["script-src"] if v.startswith("'nonce-")), None)
        html = response.content.decode()
        if response["Content-Type"].startswith("application/json"):
            html = json.loads(html)["html"]  # a modal's HTML, which the admin inserts into the page
        else:
            assert "/static/cms/js/admin-init.js" in html, name
        found = ScriptsTheBrowserWouldRun(nonce)
        found.feed(html)
        assert found.inline == [] and found.handlers == [], (name, found.inline, found.handlers)
        assert set(found.calls) <= allowed, (name, set(found.calls) - allowed)
        calls |= set(found.calls)
    # What Wagtail used to write inline is there, as inert elements.
    assert {
        "InlinePanel",
        "ImageChooser",
        "PageChooser",
        "Chooser",
        "initDateChooser",
        "initTimeChooser",
        "initDateTimeChooser",
        "createTaskChooser",
    } <= calls, calls


def test_an_initialisers_arguments_stay_json_inside_their_attribute() -> None:
    from cms.admin_init import admin_init_element

    tricky = {"url": "/a?b=1&quot;c=2", "text": "it's </script><script>alert(1)</script>"}
    html = admin_init_element("PageChooser", "id_x-__prefix__-page", tricky)
    parsed: list[dict[str, str | None]] = []
    parser = HTMLParser()
    parser.handle_starttag = lambda tag, attrs: parsed.append({"tag": tag, **dict(attrs)})
    parser.feed(html)
    assert [p["tag"] for p in parsed] == ["ocop-admin-init"]  # nothing else was opened
    assert json.loads(parsed[0]["data-args"]) == ["id_x-__prefix__-page", tricky]
    assert parsed[0]["data-call"] == "PageChooser"
    # Double quotes kept raw: Wagtail finds "__prefix__" in a new form by the closing quote.
    assert '"id_x-__prefix__-page"' in html
    with pytest.raises(ValueError):
        admin_init_element("alert(1);PageChooser", "id_x")


def test_a_multiple_chooser_panel_renders_without_inline_script(db) -> None:
    """Wagtail's MultipleChooserPanel (no page of ours has one yet) keeps its chooser's JSON data
    and gets its initialiser as an inert element, like the InlinePanel it extends."""
    from django.contrib.auth import get_user_model
    from django.test import RequestFactory
    from wagtail.admin.panels import MultipleChooserPanel, ObjectList

    from cms.models import FairPage

    user = get_user_model().objects.create_superuser("admin@example.vn", "admin@example.vn", "pw-ocop-2026")
    handler = ObjectList([MultipleChooserPanel("gallery_images", chooser_field_name="image")])
    handler = handler.bind_to_model(FairPage)
    page = FairPage()
    request = RequestFactory().get("/cms-admin/")
    request.user = user
    form = handler.get_form_class()(instance=page, for_user=user)
    html = handler.get_bound_panel(instance=page, form=form, request=request).render_form_content()
    found = ScriptsTheBrowserWouldRun(None)
    found.feed(html)
    assert found.inline == [] and found.handlers == []
    assert "MultipleChooserPanel" in found.calls and "ImageChooser" in found.calls
    assert 'id="id_gallery_images-CHOOSER_WIDGET"' in html


TEMPLATES = sorted((Path(__file__).resolve().parents[2] / "themes").rglob("*.html"))
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*\bnonce=)[^>]*>", re.IGNORECASE)
INLINE_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=|=\s*[\"']\s*javascript:", re.IGNORECASE)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: str(p.relative_to(p.parents[3])))
def test_no_template_has_an_inline_script_without_nonce_or_an_inline_handler(template: Path) -> None:
    html = template.read_text()
    assert not INLINE_SCRIPT.findall(html)
    assert not INLINE_HANDLER.findall(html)
