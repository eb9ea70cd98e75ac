"""Every login form pauses sign-in after repeated failures, per account and per address (django-axes).

The real owner signs in again once the cool-down has passed, or at once after staff reset the lock.
"""

from __future__ import annotations

import datetime

import pytest
import time_machine
from axes.models import AccessAttempt
from django.conf import settings
from django.test import Client
from django.utils import timezone

from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

# Each login form with its field names and the page a signed-in user then reaches.
LOGIN_FORMS = {
    "storefront": ("/shop/accounts/login/", "login-username", "login-password", {"login_submit": "1"}),
    "wagtail-admin": ("/cms-admin/login/", "username", "password", {}),
    "django-admin": ("/django-admin/login/", "username", "password", {}),
}


def sign_in(client: Client, form: str, username: str, password: str, **meta: str):
    url, user_field, password_field, extra = LOGIN_FORMS[form]
    return client.post(url, {user_field: username, password_field: password, **extra}, **meta)


def identifier(user, form: str) -> str:
    return user.email if form == "storefront" else user.username


def is_paused(response) -> bool:
    return response.status_code == 429 and "ocop/security/lockout.html" in [
        t.name for t in response.templates
    ]


@pytest.mark.parametrize("form", LOGIN_FORMS)
def test_an_account_pauses_after_repeated_failures_then_lets_its_owner_in(form: str) -> None:
    owner = UserFactory(is_staff=True, is_superuser=True)
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert not is_paused(sign_in(client, form, identifier(owner, form), "wrong-password"))
    assert is_paused(sign_in(client, form, identifier(owner, form), "wrong-password"))

    # Even the right password is refused during the cool-down, from any address.
    elsewhere = Client(REMOTE_ADDR="203.0.113.9")
    response = sign_in(elsewhere, form, identifier(owner, form), DEFAULT_PASSWORD)
    assert is_paused(response)
    assert "_auth_user_id" not in elsewhere.session

    later = timezone.now() + settings.AXES_COOLOFF_TIME + datetime.timedelta(seconds=5)
    with time_machine.travel(later, tick=False):
        response = sign_in(elsewhere, form, identifier(owner, form), DEFAULT_PASSWORD)
        assert response.status_code == 302, response.status_code
        assert elsewhere.session["_auth_user_id"] == str(owner.pk)


def test_the_pause_page_says_why_and_when_in_vietnamese() -> None:
    owner = UserFactory()
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, "storefront", owner.email, "wrong-password")
    assert is_paused(response)
    text = response.content.decode()
    assert "Tạm dừng đăng nhập" in text
    assert f"{settings.AXES_COOLOFF_TIME.seconds // 60} phút" in text


def test_the_account_counts_across_case_and_spaces() -> None:
    owner = UserFactory()
    client = Client()
    spellings = [owner.email.upper(), f" {owner.email} ", owner.email.title()]
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, "storefront", spellings[attempt % len(spellings)], "wrong-password")
    assert is_paused(response)


def test_one_address_trying_many_accounts_is_paused_and_other_addresses_are_not() -> None:
    users = [UserFactory() for _ in range(settings.OCOP_LOGIN_IP_FAILURE_LIMIT)]
    attacker = Client(REMOTE_ADDR="198.51.100.7")
    # One failure per account: no account reaches its own limit, the address reaches its own.
    for user in users[:-1]:
        assert not is_paused(sign_in(attacker, "storefront", user.email, "wrong-password"))
    assert is_paused(sign_in(attacker, "storefront", users[-1].email, "wrong-password"))
    newcomer = UserFactory()
    assert is_paused(sign_in(attacker, "storefront", newcomer.email, DEFAULT_PASSWORD))

    neighbour = Client(REMOTE_ADDR="198.51.100.8")
    response = sign_in(neighbour, "storefront", newcomer.email, DEFAULT_PASSWORD)
    assert response.status_code == 302


def test_a_forged_forwarded_for_header_does_not_reset_the_address_count() -> None:
    users = [UserFactory() for _ in range(settings.OCOP_LOGIN_IP_FAILURE_LIMIT)]
    attacker = Client(REMOTE_ADDR="198.51.100.7")
    for number, user in enumerate(users):
        response = sign_in(
            attacker, "storefront", user.email, "wrong-password", HTTP_X_FORWARDED_FOR=f"10.0.0.{number}"
        )
    assert is_paused(response)
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.7"}


def test_behind_a_trusted_proxy_the_forwarded_client_address_is_counted(settings) -> None:
    settings.OCOP_TRUSTED_PROXIES = 1
    owner = UserFactory()
    proxy = Client(REMOTE_ADDR="10.0.0.2")
    sign_in(proxy, "storefront", owner.email, "wrong-password", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.50")
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["203.0.113.50"]


def test_staff_lift_a_lock_in_django_admin_and_the_owner_signs_in_at_once() -> None:
    owner = UserFactory()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(Client(), "storefront", owner.email, "wrong-password")
    staff = UserFactory(is_staff=True, is_superuser=True)
    admin = Client()
    admin.force_login(staff)
    attempts = admin.get("/django-admin/axes/accessattempt/")
    assert attempts.status_code == 200
    assert owner.email in attempts.content.decode()
    ids = [str(pk) for pk in AccessAttempt.objects.values_list("pk", flat=True)]
    response = admin.post(
        "/django-admin/axes/accessattempt/",
        {"action": "delete_selected", "_selected_action": ids, "post": "yes"},
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()

    client = Client()
    assert sign_in(client, "storefront", owner.email, DEFAULT_PASSWORD).status_code == 302
    assert client.session["_auth_user_id"] == str(owner.pk)


def test_a_success_clears_earlier_failures() -> None:
    owner = UserFactory()
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "storefront", owner.email, "wrong-password")
    assert sign_in(client, "storefront", owner.email, DEFAULT_PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert not is_paused(sign_in(Client(), "storefront", owner.email, "wrong-password"))
