"""In Chromium: every page a shopper or the back office opens carries the Content-Security-Policy
and the usual security headers, the browser reports no CSP violation, and the page still works
(what needs JavaScript does). Screenshots land in ``test-artifacts/<test name>/``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Page, Response, expect
from wagtail.models import Page as WagtailPage
from wagtail.models import Site

from cms.models import HomePage
from tests.factories import make_certified_product

pytestmark = pytest.mark.browser

PASSWORD = "pw-ocop-2026"
# Playwright runs this before any page script, whatever the page's CSP says.
COLLECT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspViolations.push(
    e.violatedDirective + " " + (e.blockedURI || "inline") + " " + e.sourceFile + ":" + e.lineNumber
  );
});
"""


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


class Watch:
    """Console errors and CSP violations of one page, and its documents' response headers."""

    def __init__(self, page: Page, artifacts: Path) -> None:
        self.page, self.artifacts, self.console = page, artifacts, []
        page.add_init_script(COLLECT_VIOLATIONS)
        page.on("console", lambda m: self.console.append(m.text) if m.type == "error" else None)
        self.shot = 0

    def open(self, url: str) -> dict[str, str]:
        response: Response = self.page.goto(url)
        assert response is not None and response.ok, (url, response and response.status)
        return response.all_headers()

    def check(self, name: str) -> None:
        self.page.wait_for_load_state("networkidle")
        self.shot += 1
        self.page.screenshot(path=str(self.artifacts / f"{self.shot:02d}-{name}.png"), full_page=True)
        violations = self.page.evaluate("window.__cspViolations || []")
        csp_console = [m for m in self.console if "Content Security Policy" in m]
        assert violations == [] and csp_console == [], (name, violations, csp_console)
        self.console.clear()


def assert_security_headers(headers: dict[str, str], *, nonce_scripts: bool = True) -> dict[str, list[str]]:
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
    assert headers["cross-origin-opener-policy"] == "same-origin"
    assert headers["x-frame-options"] in {"DENY", "SAMEORIGIN"}  # frame-ancestors wins where known
    policy = directives(headers["content-security-policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["form-action"][0] == "'self'"
    assert "'unsafe-eval'" not in policy["script-src"]
    if nonce_scripts:
        assert "'unsafe-inline'" not in policy["script-src"]
        assert any(v.startswith("'nonce-") for v in policy["script-src"]), policy["script-src"]
    # Card payments are not configured here: no Stripe host anywhere in the policy.
    assert "stripe" not in headers["content-security-policy"]
    return policy


@pytest.fixture
def home(db) -> HomePage:
    """The Wagtail home page as the default site's root (the live server's flush drops it)."""
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(title="Chợ OCOP", slug="cho-ocop")
        WagtailPage.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home, "site_name": "Chợ OCOP"}
    )
    return home


@pytest.fixture
def product(settings, home):
    settings.ELASTICSEARCH_URL = ""
    return make_certified_product(title="Miến dong Na Rì", price=90000)


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(
        username="admin@example.vn", email="admin@example.vn", password=PASSWORD
    )


def test_storefront_pages_carry_the_policy_and_still_work(product, chromium_page, artifacts):
    page = chromium_page
    watch = Watch(page, artifacts)

    assert_security_headers(watch.open("/"))
    expect(page.locator("html")).to_have_class(re.compile(r"\bjs\b"))  # the head's nonce script ran
    watch.check("home")

    policy = assert_security_headers(watch.open(product.get_absolute_url()))
    assert "https://tile.openstreetmap.org" in policy["img-src"]  # OUTLETS_MAP_TILE_URL's host
    watch.check("product")
    page.locator("#add_to_basket_form button[type=submit]").click()
    expect(page.locator(".ocop-basket-link__count")).to_have_text("1")
    assert_security_headers(watch.open("/shop/basket/"))
    # The basket's nonce script hides the "apply" buttons a browser without JavaScript needs.
    expect(page.locator("[data-fulfilment-apply]").first).to_be_hidden()
    expect(page.locator(".ocop-basket-link__count")).to_have_text("1")
    watch.check("basket")

    assert_security_headers(watch.open("/shop/checkout/"))
    expect(page.locator("main form").first).to_be_visible()
    watch.check("checkout")


def sign_in_to_wagtail(page: Page) -> None:
    page.goto("/cms-admin/login/")
    page.fill("#id_username", "admin@example.vn")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/cms-admin/$"))


def test_wagtail_admin_carries_the_policy_and_still_works(home, superuser, chromium_page, artifacts):
    page = chromium_page
    watch = Watch(page, artifacts)
    sign_in_to_wagtail(page)
    watch.check("wagtail-dashboard")

    # Wagtail's widgets emit inline scripts without a nonce: its admin allows inline scripts,
    # every other directive holds.
    policy = assert_security_headers(watch.open("/cms-admin/pages/"), nonce_scripts=False)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    watch.check("wagtail-explorer")

    assert_security_headers(watch.open(f"/cms-admin/pages/{home.pk}/edit/"), nonce_scripts=False)
    editor = page.locator(".Draftail-Editor").first
    editor.locator(".public-DraftEditor-content").click()
    page.keyboard.type("/")  # Draftail's command palette: its JavaScript runs
    palette = page.locator("[role=listbox]").first
    expect(palette).to_be_visible()
    watch.check("wagtail-edit-page")
    palette.get_by_role("option", name=re.compile("image|hình ảnh", re.IGNORECASE)).first.click()
    expect(page.locator(".modal.show, .modal[aria-hidden='false']").last).to_be_visible()
    watch.check("wagtail-image-chooser")


def test_oscar_dashboard_carries_the_policy_and_still_works(superuser, product, chromium_page, artifacts):
    page = chromium_page
    watch = Watch(page, artifacts)
    sign_in_to_wagtail(page)  # the same session signs into Oscar's dashboard

    for name, url in [
        ("dashboard-index", "/shop/dashboard/"),
        ("dashboard-products", "/shop/dashboard/catalogue/"),
        ("dashboard-orders", "/shop/dashboard/orders/"),
    ]:
        assert_security_headers(watch.open(url))
        expect(page.locator(".navbar, nav").first).to_be_visible()
        watch.check(name)

    assert_security_headers(watch.open(f"/shop/dashboard/catalogue/products/{product.pk}/"))
    # The dashboard's nonce onbodyload script starts TinyMCE on the description.
    expect(page.locator(".tox-tinymce").first).to_be_visible()
    watch.check("dashboard-product-edit")
