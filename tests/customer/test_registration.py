"""Finding 11: registration tells no one whether an address has an account.

A new address gets an inactive account and a confirmation link; an existing address gets an
e-mail to its owner. Both answer with the same redirect and the same page.
"""

from __future__ import annotations

import datetime
import re
from urllib.parse import quote

import pytest
import time_machine
from django.contrib.auth import SESSION_KEY, get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.checkout.helpers import add
from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.i18n import speak

User = get_user_model()
SITE = "https://cho.ocop.example.vn"
NEW_PASSWORD = "Mật-khẩu-mới-2026"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _site_url(settings) -> None:
    settings.SITE_URL = SITE + "/"


def register(
    email: str, *, on_login_page: bool = False, password: str = NEW_PASSWORD
) -> tuple[object, object]:
    """Register ``email`` from a fresh browser; the response and the page it leads to."""
    client = speak(Client(), "en")
    if on_login_page:
        data = {
            "registration-email": email,
            "registration-password1": password,
            "registration-password2": password,
            "registration_submit": "Register",
        }
        response = client.post(reverse("customer:login"), data)
    else:
        data = {"email": email, "password1": password, "password2": password}
        response = client.post(reverse("customer:register"), data)
    return response, client.get(response["Location"]) if response.status_code == 302 else None


def without_csrf(html: bytes) -> str:
    """The page without what differs on every response anyway: the CSRF token and the CSP nonce."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html.decode())
    return re.sub(r' nonce="[^"]+"', "", html)


def link_in(message: mail.EmailMessage) -> str:
    return re.search(r"https?://\S+/activate/\S+", message.body).group(0)


@pytest.mark.parametrize("on_login_page", [False, True], ids=["register page", "login page"])
def test_new_and_existing_addresses_get_the_same_answer(on_login_page: bool) -> None:
    UserFactory(email="lan@example.vn")
    new, new_page = register("minh@example.vn", on_login_page=on_login_page)
    old, old_page = register("lan@example.vn", on_login_page=on_login_page)
    assert new.status_code == old.status_code == 302
    assert new["Location"] == old["Location"] == reverse("customer:register-done")
    assert new_page.status_code == old_page.status_code == 200
    assert [t.name for t in new_page.templates] == [t.name for t in old_page.templates]
    assert without_csrf(new_page.content) == without_csrf(old_page.content)
    assert "Check your e-mail" in new_page.content.decode()
    assert "already exists" not in old_page.content.decode()


def test_a_new_address_gets_an_inactive_account_and_a_confirmation_link() -> None:
    register("minh@example.vn")
    user = User.objects.get(email="minh@example.vn")
    assert not user.is_active
    assert user.check_password(NEW_PASSWORD)
    (message,) = mail.outbox
    assert message.to == ["minh@example.vn"]
    assert link_in(message).startswith(SITE + "/shop/accounts/activate/")  # SITE_URL, not the Host header


def test_an_existing_address_gets_a_note_to_its_owner_and_nothing_changes() -> None:
    owner = UserFactory(email="lan@example.vn")
    register("LAN@example.vn")
    assert User.objects.filter(email__iexact="lan@example.vn").count() == 1
    owner.refresh_from_db()
    assert owner.check_password(DEFAULT_PASSWORD)
    (message,) = mail.outbox
    assert message.to == ["lan@example.vn"]
    assert "/activate/" not in message.body
    assert SITE + reverse("customer:login") in message.body
    assert SITE + reverse("password-reset") in message.body


def test_the_link_shows_a_button_activates_once_and_signs_in() -> None:
    register("minh@example.vn")
    url = link_in(mail.outbox[0]).removeprefix(SITE)
    client = speak(Client(enforce_csrf_checks=True), "en")
    page = client.get(url)
    assert page.status_code == 200 and "Confirm and sign in" in page.content.decode()
    assert not User.objects.get(email="minh@example.vn").is_active  # opening the link changes nothing
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
    wrong = client.post(url, {"csrfmiddlewaretoken": token, "password": "not-the-password"})
    assert wrong.status_code == 400 and "not the password chosen" in wrong.content.decode()
    assert not User.objects.get(email="minh@example.vn").is_active
    response = client.post(url, {"csrfmiddlewaretoken": token, "password": NEW_PASSWORD})
    assert response.status_code == 302
    user = User.objects.get(email="minh@example.vn")
    assert user.is_active
    assert client.session[SESSION_KEY] == str(user.pk)
    again = speak(Client(), "en").post(url, {"password": NEW_PASSWORD})
    assert again.status_code == 400
    assert "invalid or has expired" in again.content.decode()


def test_a_tampered_or_expired_link_is_refused_with_a_clear_message() -> None:
    register("minh@example.vn")
    url = link_in(mail.outbox[0]).removeprefix(SITE)
    client = speak(Client(), "en")
    path, query = url.split("?")
    tampered = path[:-2] + ("0/" if path[-2] != "0" else "1/") + "?" + query
    response = client.post(tampered)
    assert response.status_code == 400 and "invalid or has expired" in response.content.decode()
    with time_machine.travel(datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(days=4)):
        page = client.get(url)
        response = client.post(url)
    assert "invalid or has expired" in page.content.decode()
    assert response.status_code == 400
    assert not User.objects.get(email="minh@example.vn").is_active


def test_an_unconfirmed_account_is_told_to_confirm_only_with_its_right_password() -> None:
    register("minh@example.vn")

    def sign_in(password: str) -> str:
        client = speak(Client(), "en")
        data = {"login-username": "minh@example.vn", "login-password": password, "login_submit": "1"}
        response = client.post(reverse("customer:login"), data)
        assert response.status_code == 200 and SESSION_KEY not in client.session
        return response.content.decode()

    assert "confirm your e-mail address first" in sign_in(NEW_PASSWORD)
    wrong = sign_in("not-the-password")
    assert "confirm your e-mail" not in wrong
    assert "correct" in wrong  # Django's usual "enter a correct email and password"


def test_registering_again_before_confirming_sends_a_new_link() -> None:
    register("minh@example.vn")
    register("minh@example.vn")
    assert User.objects.filter(email="minh@example.vn").count() == 1
    first, second = mail.outbox
    assert first.to == second.to == ["minh@example.vn"] and "/activate/" in second.body
    client = speak(Client(), "en")
    assert client.post(link_in(first).removeprefix(SITE), {"password": NEW_PASSWORD}).status_code == 400
    assert client.post(link_in(second).removeprefix(SITE), {"password": NEW_PASSWORD}).status_code == 302
    assert User.objects.get(email="minh@example.vn").check_password(NEW_PASSWORD)


def test_someone_registering_anothers_address_cannot_have_its_owner_confirm_their_password() -> None:
    register("minh@example.vn", password="attacker-password-1")
    register("minh@example.vn")  # the owner registers too, with their own password
    client = speak(Client(), "en")
    for message in mail.outbox:  # both links reach the owner's inbox
        client.post(link_in(message).removeprefix(SITE), {"password": NEW_PASSWORD})
    owner = User.objects.get(email="minh@example.vn")
    assert owner.is_active and owner.check_password(NEW_PASSWORD)
    assert not owner.check_password("attacker-password-1")


def test_an_address_registered_by_someone_else_last_is_not_confirmed_with_the_owners_password() -> None:
    register("minh@example.vn")
    register("minh@example.vn", password="attacker-password-1")
    client = speak(Client(), "en")
    answers = [client.post(link_in(m).removeprefix(SITE), {"password": NEW_PASSWORD}) for m in mail.outbox]
    assert [answer.status_code for answer in answers] == [400, 400]
    assert not User.objects.get(email="minh@example.vn").is_active


@pytest.mark.parametrize("option", ["anonymous", "new"])
def test_the_checkout_gateway_answers_the_same_for_new_and_existing_addresses(
    certified_product, option
) -> None:
    product = certified_product()
    UserFactory(email="lan@example.vn")
    answers = []
    for email in ("minh@example.vn", "lan@example.vn"):
        client = speak(Client(), "en")
        add(client, product)
        response = client.post(reverse("checkout:index"), {"username": email, "options": option})
        answers.append((response.status_code, response["Location"].replace(quote(email), "<email>")))
    assert answers[0] == answers[1]
    assert answers[0][0] == 302
