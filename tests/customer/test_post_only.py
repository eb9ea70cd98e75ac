"""Finding 5: nothing changes on GET. Logout, default address, wish list add/move, stock alert
cancel and the dashboard's partner user link answer 405 to a GET, work on a POST with a CSRF
token, and the pages offer them as POST forms."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories import DEFAULT_PASSWORD, PartnerFactory, UserFactory
from tests.i18n import speak

UserAddress = get_model("address", "UserAddress")
Country = get_model("address", "Country")
WishList = get_model("wishlists", "WishList")
ProductAlert = get_model("customer", "ProductAlert")

pytestmark = pytest.mark.django_db


def signed_in(user: object, *, csrf: bool = False) -> Client:
    client = speak(Client(enforce_csrf_checks=csrf), "en")
    client.force_login(user)
    return client


def csrf_token(client: Client, url: str) -> str:
    """The token of the first POST form on ``url``, as the shopper's browser would send it."""
    html = client.get(url).content.decode()
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def form_actions(html: str) -> set[str]:
    return set(re.findall(r'<form[^>]*method="post"[^>]*action="([^"]+)"', html))


# --- Logout ---------------------------------------------------------------------------------


def test_logout_by_get_answers_405_and_keeps_the_shopper_signed_in() -> None:
    client = signed_in(UserFactory())
    response = client.get(reverse("customer:logout"))
    assert response.status_code == 405
    assert SESSION_KEY in client.session


def test_logout_is_a_post_form_in_the_header_and_works_with_its_csrf_token() -> None:
    client = signed_in(UserFactory(), csrf=True)
    html = client.get(reverse("customer:profile-view")).content.decode()
    assert reverse("customer:logout") in form_actions(html)
    assert f'href="{reverse("customer:logout")}"' not in html
    token = csrf_token(client, reverse("customer:profile-view"))
    assert client.post(reverse("customer:logout")).status_code == 403  # no token: refused
    assert SESSION_KEY in client.session
    response = client.post(reverse("customer:logout"), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert SESSION_KEY not in client.session


# --- Default address ------------------------------------------------------------------------


@pytest.fixture
def address() -> object:
    country, _ = Country.objects.update_or_create(
        iso_3166_1_a2="VN", defaults={"name": "Việt Nam", "is_shipping_country": True}
    )
    user = UserFactory()
    return UserAddress.objects.create(
        user=user,
        first_name="Lan",
        line1="12 Phố Huế",
        line4="Hà Nội",
        country=country,
        phone_number="+84912345678",
    )


@pytest.mark.parametrize("action", ["default_for_shipping", "default_for_billing"])
def test_default_address_by_get_answers_405_and_changes_nothing(address: object, action: str) -> None:
    client = signed_in(address.user)
    url = reverse("customer:address-change-status", kwargs={"pk": address.pk, "action": action})
    assert client.get(url).status_code == 405
    address.refresh_from_db()
    assert not address.is_default_for_shipping and not address.is_default_for_billing


def test_default_address_buttons_are_post_forms_that_work_with_csrf(address: object) -> None:
    client = signed_in(address.user, csrf=True)
    list_url = reverse("customer:address-list")
    html = client.get(list_url).content.decode()
    url = reverse(
        "customer:address-change-status", kwargs={"pk": address.pk, "action": "default_for_shipping"}
    )
    assert url in form_actions(html)
    assert f'href="{url}"' not in html
    response = client.post(url, {"csrfmiddlewaretoken": csrf_token(client, list_url)})
    assert response.status_code == 302
    address.refresh_from_db()
    assert address.is_default_for_shipping


# --- Wish lists -----------------------------------------------------------------------------


def test_wishlist_add_by_get_answers_405_and_adds_nothing(certified_product) -> None:
    product = certified_product()
    user = UserFactory()
    client = signed_in(user)
    assert (
        client.get(reverse("customer:wishlists-add-product", kwargs={"product_pk": product.pk})).status_code
        == 405
    )
    assert not WishList.objects.filter(owner=user).exists()  # not even an empty wish list
    wishlist = WishList.objects.create(owner=user, name="Quà Tết")
    url = reverse("customer:wishlists-add-product", kwargs={"key": wishlist.key, "product_pk": product.pk})
    assert client.get(url).status_code == 405
    assert not wishlist.lines.exists()


def test_wishlist_add_by_post_adds_the_product(certified_product) -> None:
    product = certified_product()
    user = UserFactory()
    client = signed_in(user)
    response = client.post(reverse("customer:wishlists-add-product", kwargs={"product_pk": product.pk}))
    assert response.status_code == 302
    assert WishList.objects.get(owner=user).lines.get().product == product


def test_wishlist_menu_offers_post_forms(certified_product) -> None:
    """Oscar's partial (with two wish lists, a menu of links before) now holds POST forms only."""
    product = certified_product()
    user = UserFactory()
    first = WishList.objects.create(owner=user, name="Quà Tết")
    WishList.objects.create(owner=user, name="Đặc sản")
    request = RequestFactory().get("/")
    request.user = user
    html = render_to_string(
        "oscar/catalogue/partials/add_to_wishlist.html", {"product": product, "user": user}, request=request
    )
    url = reverse("customer:wishlists-add-product", kwargs={"key": first.key, "product_pk": product.pk})
    assert f'<form method="post" action="{url}">' in html
    assert f'href="{url}"' not in html
    assert "csrfmiddlewaretoken" in html


def test_wishlist_move_by_get_answers_405_and_moves_nothing(certified_product) -> None:
    product = certified_product()
    user = UserFactory()
    source = WishList.objects.create(owner=user, name="Quà Tết")
    target = WishList.objects.create(owner=user, name="Đặc sản")
    source.add(product)
    line = source.lines.get()
    client = signed_in(user)
    url = reverse(
        "customer:wishlists-move-product-to-another",
        kwargs={"key": source.key, "line_pk": line.pk, "to_key": target.key},
    )
    assert client.get(url).status_code == 405
    line.refresh_from_db()
    assert line.wishlist == source
    html = client.get(reverse("customer:wishlists-detail", kwargs={"key": source.key})).content.decode()
    assert f'action="{url}"' in html and f'href="{url}"' not in html
    assert client.post(url).status_code == 302
    line.refresh_from_db()
    assert line.wishlist == target


# --- Dashboard: partner users ---------------------------------------------------------------


@pytest.fixture
def staff() -> object:
    return UserFactory(is_staff=True, is_superuser=True)


def test_partner_user_link_by_get_answers_405_and_grants_nothing(staff: object) -> None:
    partner, shopper = PartnerFactory(), UserFactory()
    client = signed_in(staff)
    url = reverse("dashboard:partner-user-link", kwargs={"partner_pk": partner.pk, "user_pk": shopper.pk})
    assert client.get(url).status_code == 405
    assert not partner.users.filter(pk=shopper.pk).exists()
    shopper = type(shopper).objects.get(pk=shopper.pk)
    assert not shopper.has_perm("partner.dashboard_access")


def test_partner_user_link_by_post_with_csrf_links_and_undo_is_a_form(staff: object) -> None:
    partner, shopper = PartnerFactory(), UserFactory()
    client = signed_in(staff, csrf=True)
    manage = reverse("dashboard:partner-manage", kwargs={"pk": partner.pk})
    link = reverse("dashboard:partner-user-link", kwargs={"partner_pk": partner.pk, "user_pk": shopper.pk})
    unlink = reverse(
        "dashboard:partner-user-unlink", kwargs={"partner_pk": partner.pk, "user_pk": shopper.pk}
    )
    token = csrf_token(client, manage)
    assert client.post(link, {"csrfmiddlewaretoken": token}).status_code == 302
    assert partner.users.filter(pk=shopper.pk).exists()
    assert client.get(unlink).status_code == 405
    assert partner.users.filter(pk=shopper.pk).exists()
    response = client.post(unlink, {"csrfmiddlewaretoken": token}, follow=True)
    assert not partner.users.filter(pk=shopper.pk).exists()
    html = response.content.decode()
    # The "Undo" of the unlink message is a POST form with its own token, not a GET link.
    assert f'action="{link}"' in html and f'href="{link}"' not in html
    undo_token = re.search(
        re.escape(f'action="{link}">') + r'<input type="hidden" name="csrfmiddlewaretoken" value="([^"]+)"',
        html,
    ).group(1)
    assert client.post(link, {"csrfmiddlewaretoken": undo_token}).status_code == 302
    assert partner.users.filter(pk=shopper.pk).exists()


def test_shopper_can_still_sign_in_and_out() -> None:
    user = UserFactory()
    client = speak(Client(), "en")
    response = client.post(
        reverse("customer:login"),
        {"login-username": user.email, "login-password": DEFAULT_PASSWORD, "login_submit": "1"},
    )
    assert response.status_code == 302 and SESSION_KEY in client.session
    assert client.post(reverse("customer:logout")).status_code == 302
    assert SESSION_KEY not in client.session


# --- Stock alerts ---------------------------------------------------------------------------


def test_alert_cancel_by_get_answers_405_and_post_cancels_without_leaving_the_site(certified_product) -> None:
    product = certified_product()
    user = UserFactory()
    alert = ProductAlert.objects.create(product=product, user=user)
    client = signed_in(user)
    url = reverse("customer:alerts-cancel-by-pk", kwargs={"pk": alert.pk})
    assert client.get(url).status_code == 405
    alert.refresh_from_db()
    assert alert.status == ProductAlert.ACTIVE
    html = client.get(reverse("customer:alerts-list")).content.decode()
    assert f'formmethod="post" formaction="{url}?next=' in html and f'href="{url}' not in html
    response = client.post(url + "?next=https://evil.example/")
    assert response.status_code == 302 and response["Location"] == product.get_absolute_url()
    alert.refresh_from_db()
    assert alert.status == ProductAlert.CANCELLED
