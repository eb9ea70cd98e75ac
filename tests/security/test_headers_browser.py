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
from tests.security.admin_pages import build_admin_pages

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
        # Every frame's (Wagtail's preview shows the page in one).
        violations = [v for frame in self.page.frames for v in frame.evaluate("window.__cspViolations || []")]
        csp_console = [m for m in self.console if "Content Security Policy" in m]
        assert violations == [] and csp_console == [], (name, violations, csp_console)
        self.console.clear()


def assert_security_headers(headers: dict[str, str], *, nonce: bool = True) -> dict[str, list[str]]:
    """The headers of every page; ``nonce``: the page has inline scripts of ours, so its
    script-src names their nonce (django-csp names one only when the page used it)."""
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
    assert policy["script-src"][0] == "'self'"
    assert "'unsafe-eval'" not in policy["script-src"]
    assert "'unsafe-inline'" not in policy["script-src"]
    nonces = [v for v in policy["script-src"] if v.startswith("'nonce-")]
    assert len(nonces) == (1 if nonce else 0), policy["script-src"]
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


def test_wagtail_admin_carries_the_policy_and_still_works(
    home, superuser, settings, chromium_page, artifacts
):
    """Wagtail's admin has the policy of every page, no inline script allowed: its initialisers are
    inert elements that ``cms/static/cms/js/admin-init.js`` runs (``cms/admin_init.py``). What
    they set up still works: choosers (on the page, in an inline panel's new form, in a formset's
    new row), inline panels, date, date-time and time pickers; the preview and the user bar too."""
    settings.ELASTICSEARCH_URL = ""
    pages = build_admin_pages()
    page = chromium_page
    watch = Watch(page, artifacts)
    sign_in_to_wagtail(page)
    watch.check("wagtail-dashboard")

    # Nothing in the admin is an inline script of ours: its script-src is 'self' alone.
    policy = assert_security_headers(watch.open("/cms-admin/pages/"), nonce=False)
    assert policy["script-src"] == ["'self'"]
    watch.check("wagtail-explorer")

    assert_security_headers(watch.open(f"/cms-admin/pages/{home.pk}/edit/"), nonce=False)
    editor = page.locator(".Draftail-Editor").first
    editor.locator(".public-DraftEditor-content").click()
    page.keyboard.type("/")  # Draftail's command palette: its JavaScript runs
    palette = page.locator("[role=listbox]").first
    expect(palette).to_be_visible()
    watch.check("wagtail-edit-page")
    palette.get_by_role("option", name=re.compile("image|hình ảnh", re.IGNORECASE)).first.click()
    expect(page.locator(".modal.show, .modal[aria-hidden='false']").last).to_be_visible()
    watch.check("wagtail-image-chooser")

    edit_a_fair(page, watch, pages)
    edit_a_sales_point(page, watch, pages)

    # A page chooser of a plain form (a redirect's target page).
    assert_security_headers(watch.open("/cms-admin/redirects/add/"), nonce=False)
    choose_in_modal(page, "#id_redirect_page-chooser", "a.choose-page", "Chợ OCOP")
    watch.check("wagtail-redirect-page-chooser")

    # A new workflow: its pages are a Stimulus formset (w-formset), its tasks an inline panel.
    assert_security_headers(watch.open("/cms-admin/workflows/add/"), nonce=False)
    added = add_form(page, "pages")
    choose_in_modal(page, f"#id_pages-{added}-page-chooser", "a.choose-page", "Chợ OCOP")
    added = add_form(page, "workflow_tasks")
    page.locator(f"#id_workflow_tasks-{added}-task-chooser [data-chooser-action-choose]").first.click()
    expect(page.locator(".modal.in").last).to_be_visible()
    watch.check("wagtail-workflow-choosers")

    # A listing's filters, in a dropdown.
    assert_security_headers(watch.open("/cms-admin/reports/site-history/"), nonce=False)
    page.locator("#filters-drilldown [data-w-dropdown-target='toggle']").click()
    page.locator("[aria-controls='drilldown-id_timestamp']").click()
    open_picker(page, "#id_timestamp_0", watch, "wagtail-report-filter-date-picker")

    # The user bar Wagtail puts on the site's pages for editors.
    assert_security_headers(watch.open("/"))
    page.locator("wagtail-userbar").locator("#wagtail-userbar-trigger").click()
    expect(page.locator("wagtail-userbar").locator("#wagtail-userbar-items")).to_be_visible()
    watch.check("wagtail-userbar")


def add_form(page: Page, prefix: str) -> int:
    """Click the "add" button of formset ``prefix``: the index of the form it adds."""
    index = int(page.input_value(f"#id_{prefix}-TOTAL_FORMS"))
    page.locator(f"#id_{prefix}-ADD").click()
    expect(page.locator(f"#inline_child_{prefix}-{index}")).to_be_visible()
    return index


def choose_in_modal(page: Page, chooser: str, choice: str, shown: str) -> None:
    """Open ``chooser``'s modal, pick ``choice`` in it: the chooser shows ``shown``."""
    widget = page.locator(chooser)
    widget.locator(".unchosen [data-chooser-action-choose]").click()
    modal = page.locator(".modal.in")
    expect(modal).to_have_count(1)  # one chooser object behind the button, not two
    expect(modal).to_be_visible()
    modal.locator(choice).filter(has_text=shown).first.click()
    expect(modal).to_be_hidden()
    expect(widget.locator("[data-chooser-title]")).to_have_text(shown)
    expect(widget).not_to_have_class(re.compile(r"\bblank\b"))


def open_picker(page: Page, field: str, watch: Watch, name: str) -> None:
    """The date/time picker Wagtail's initialiser set up on ``field`` opens, and closes again."""
    pickers = page.locator(".xdsoft_datetimepicker:visible")
    page.locator(field).click()
    expect(pickers).to_have_count(1)
    watch.check(name)
    page.locator(field).blur()
    expect(pickers).to_have_count(0)


def edit_a_fair(page: Page, watch: Watch, pages) -> None:
    """Date and date-time pickers; inline panels whose "add" brings working choosers."""
    assert_security_headers(watch.open(f"/cms-admin/pages/{pages.fair.pk}/edit/"), nonce=False)
    open_picker(page, "#id_start", watch, "wagtail-fair-datetime-picker")
    open_picker(page, "#id_registration_deadline", watch, "wagtail-fair-date-picker")

    # As the inline script did, the initialiser runs inside the "add" click: Wagtail's
    # MultipleChooserPanel reads the new chooser right after addForm() returns.
    assert page.evaluate(
        """() => {
            document.getElementById("id_participants-ADD").click();
            return Boolean(document.getElementById("id_participants-0-producer-chooser").widget);
        }"""
    )
    expect(page.locator("#inline_child_participants-0")).to_be_visible()
    choose_in_modal(
        page, "#id_participants-0-producer-chooser", "[data-chooser-modal-choice]", pages.producer.name
    )
    page.fill("#id_participants-0-booth", "B12")

    for added in (add_form(page, "gallery_images"), add_form(page, "gallery_images")):
        if added:  # moving a form moves its initialiser's element: it does not run again (one modal)
            page.locator(f"#inline_child_gallery_images-{added} [data-inline-panel-child-move-up]").click()
        choose_in_modal(
            page,
            f"#id_gallery_images-{added}-image-chooser",
            "[data-chooser-modal-choice]",
            pages.image.title,
        )
    watch.check("wagtail-fair-inline-panels")

    page.locator("button.action-save").first.click()  # "Save draft" (the second: the schedule's)
    expect(page.locator(".messages .success")).to_be_visible()
    watch.check("wagtail-fair-saved")
    draft = WagtailPage.objects.get(pk=pages.fair.pk).specific.get_latest_revision_as_object()
    assert [p.producer_id for p in draft.participants.all()] == [pages.producer.pk]
    assert [g.image_id for g in draft.gallery_images.all()] == [pages.image.pk, pages.image.pk]

    # The live preview beside the form: the page itself, in a frame.
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("iframe.w-preview__iframe").last
    expect(preview.locator("h1", has_text=pages.fair.title)).to_be_visible()
    watch.check("wagtail-fair-preview")


def edit_a_sales_point(page: Page, watch: Watch, pages) -> None:
    """Time pickers of the weekly hours; a new exception's date picker (from the template)."""
    assert_security_headers(watch.open(f"/cms-admin/pages/{pages.point.pk}/edit/"), nonce=False)
    hours_tab = page.evaluate(
        'document.getElementById("id_opening_hours-0-opens").closest("[role=tabpanel]").id'
    )
    page.locator(f"[role=tab][aria-controls='{hours_tab}']").click()
    open_picker(page, "#id_opening_hours-0-opens", watch, "wagtail-sales-point-time-picker")
    added = add_form(page, "holiday_hours")
    open_picker(page, f"#id_holiday_hours-{added}-date", watch, "wagtail-sales-point-new-exception-date")


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
