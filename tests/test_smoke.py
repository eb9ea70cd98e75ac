"""Every kind of page answers, for the person who is meant to see it."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from playwright.sync_api import Page

from marketplace.roles import DEMO_PASSWORD, create_demo_users
from tests.factories import DEFAULT_PASSWORD, ProducerFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff() -> object:
    return UserFactory(username="nhanvien", is_staff=True)


@pytest.fixture
def superuser() -> object:
    return UserFactory(username="quantri", is_staff=True, is_superuser=True)


# --- Public pages -------------------------------------------------------------


def test_home_page_answers(client: Client) -> None:
    assert client.get("/").status_code == 200


def test_shop_root_leads_to_the_shop(client: Client) -> None:
    response = client.get("/shop/")
    assert response.status_code in {200, 301, 302}
    if response.status_code != 200:
        # Oscar sends /shop/ to OSCAR_HOMEPAGE (the Wagtail home) or the catalogue.
        assert response["Location"] in {"/", "/shop/catalogue/"}


def test_catalogue_lists_a_certified_product(client: Client, certified_product) -> None:
    product = certified_product(title="Chè Shan tuyết Thử")
    response = client.get("/shop/catalogue/")
    assert response.status_code == 200
    assert product.title in response.content.decode()


def test_catalogue_leaves_out_what_is_not_certified_today(client: Client, certified_product) -> None:
    listed = certified_product(title="Listed product")
    hidden = [
        certified_product(title="Expired product", expired=True),
        certified_product(title="Revoked product", revoked=True),
        certified_product(title="Future product", not_yet_valid=True),
    ]
    page = client.get("/shop/catalogue/").content.decode()
    assert listed.title in page
    for product in hidden:
        assert product.title not in page


def test_certified_product_page_answers(client: Client, certified_product) -> None:
    product = certified_product(title="Mật ong bạc hà Thử")
    response = client.get(product.get_absolute_url())
    assert response.status_code == 200
    assert product.title in response.content.decode()


def test_basket_page_answers(client: Client) -> None:
    assert client.get("/shop/basket/").status_code == 200


@pytest.mark.parametrize("url", ["/sitemap.xml", "/robots.txt", "/shop/feeds/products.xml"])
def test_machine_readable_pages_answer(client: Client, certified_product, url: str) -> None:
    certified_product()
    assert client.get(url).status_code == 200


# --- Sign-in pages and back offices -------------------------------------------


@pytest.mark.parametrize(
    "url", ["/shop/accounts/login/", "/shop/dashboard/login/", "/cms-admin/login/", "/django-admin/login/"]
)
def test_sign_in_pages_answer(client: Client, url: str) -> None:
    assert client.get(url).status_code == 200


def test_shopper_signs_in_with_email(client: Client) -> None:
    shopper = UserFactory(username="khachhang")
    response = client.post(
        "/shop/accounts/login/",
        {
            "login-username": shopper.email,
            "login-password": DEFAULT_PASSWORD,
            "login_submit": "1",
        },
    )
    assert response.status_code == 302
    assert client.get("/shop/accounts/profile/").status_code == 200


def test_wrong_password_is_refused(client: Client) -> None:
    shopper = UserFactory(username="khachhang2")
    response = client.post(
        "/shop/accounts/login/",
        {"login-username": shopper.email, "login-password": "wrong", "login_submit": "1"},
    )
    assert response.status_code == 200  # the form again, with its error
    assert client.get("/shop/accounts/profile/").status_code == 302


def test_dashboard_sends_anonymous_visitors_to_sign_in(client: Client) -> None:
    response = client.get("/shop/dashboard/")
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_dashboard_answers_staff(client: Client, staff: object) -> None:
    client.force_login(staff)
    assert client.get("/shop/dashboard/").status_code == 200


def test_dashboard_refuses_a_shopper(client: Client) -> None:
    client.force_login(UserFactory(username="khachhang3"))
    assert client.get("/shop/dashboard/").status_code in {302, 403}


def test_cms_admin_answers_staff_with_admin_access(client: Client, superuser: object) -> None:
    client.force_login(superuser)
    assert client.get("/cms-admin/").status_code == 200


def test_cms_admin_sends_anonymous_visitors_to_sign_in(client: Client) -> None:
    response = client.get("/cms-admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/cms-admin/login/")


def test_django_admin_answers_staff(client: Client, superuser: object) -> None:
    client.force_login(superuser)
    assert client.get("/django-admin/").status_code == 200


def test_django_admin_sign_in_form_works(client: Client, superuser: object) -> None:
    response = client.post(
        "/django-admin/login/?next=/django-admin/",
        {"username": superuser.username, "password": DEFAULT_PASSWORD},
    )
    assert response.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


# --- Each role, signed in through its own form, reaches its own place ---------------


@pytest.fixture
def demo_accounts() -> dict[str, object]:
    """The accounts ``load_demo`` creates (marketplace.roles), keyed by e-mail's local part."""
    producer = ProducerFactory()
    return {account.email.split("@")[0]: account for account in create_demo_users(producer=producer)}


def sign_in(client: Client, url: str, email: str, password: str = DEMO_PASSWORD) -> None:
    fields = {"username": email, "password": password}
    if url == "/shop/accounts/login/":
        fields = {"login-username": email, "login-password": password, "login_submit": "1"}
    response = client.post(url, fields)
    assert response.status_code == 302, f"{email} could not sign in at {url}"


# role -> (sign-in form, pages that answer 200, pages that refuse)
ROLE_PLACES = {
    "shopper": ("/shop/accounts/login/", ["/shop/accounts/profile/"], ["/shop/dashboard/", "/cms-admin/"]),
    "producer": ("/shop/dashboard/login/", ["/shop/dashboard/"], ["/cms-admin/", "/django-admin/"]),
    "manager": ("/shop/dashboard/login/", ["/shop/dashboard/"], ["/cms-admin/", "/django-admin/"]),
    "editor": ("/cms-admin/login/", ["/cms-admin/"], ["/shop/dashboard/", "/django-admin/"]),
    "staff": ("/django-admin/login/", ["/shop/dashboard/", "/cms-admin/", "/django-admin/"], []),
}


@pytest.mark.parametrize("role", ROLE_PLACES)
def test_each_role_signs_in_and_reaches_its_place(client: Client, demo_accounts: dict, role: str) -> None:
    form, allowed, refused = ROLE_PLACES[role]
    account = demo_accounts[role]
    sign_in(client, form, account.email)
    for url in allowed:
        assert client.get(url).status_code == 200, f"{role} should reach {url}"
    for url in refused:
        assert client.get(url).status_code in {302, 403}, f"{role} should not reach {url}"


# --- In a real browser ----------------------------------------------------------


def test_home_page_opens_in_chromium(chromium_page: Page, artifacts: Path) -> None:
    chromium_page.goto("/")
    heading = chromium_page.locator("h1").first
    assert heading.inner_text().strip()
    chromium_page.screenshot(path=str(artifacts / "home.png"), full_page=True)
    assert (artifacts / "home.png").stat().st_size > 0
