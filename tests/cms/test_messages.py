"""Admin messages stay in the admin: a message added in the Wagtail admin never shows on a public page.

The bug: an organiser approved a fair application in the admin, and "… will exhibit at …" showed up
on the next public page they opened, whenever the admin page after the action was not rendered
first (another tab, a JSON modal answer, a redirect to a public address).
"""

from __future__ import annotations

import datetime

import pytest

from catalogue.certification import VIETNAM
from cms.demo import ensure_fair
from cms.models import FairApplication
from marketplace import roles
from tests.i18n import speak

pytestmark = pytest.mark.django_db


@pytest.fixture
def fair(sections, son_la):
    start = datetime.datetime.now(VIETNAM) + datetime.timedelta(days=20)
    return ensure_fair(
        sections["son-la"],
        title="Hội chợ OCOP Sơn La",
        kind="provincial",
        start=start,
        end=start + datetime.timedelta(days=3),
        venue="Quảng trường",
        address="Trung tâm",
        area=son_la,
        organiser="Sở Công Thương Sơn La",
    )


@pytest.fixture
def organiser_approves(client, fair, producer, make_user, son_la):
    """The organiser approves an application; the admin's next page is not rendered yet."""
    organiser = make_user("organiser", roles.EDITORS, roles.province_editor_group_name(son_la.province))
    application = FairApplication.objects.create(fair=fair, producer=producer)
    speak(client, "en").force_login(organiser)
    response = client.post(f"/cms-admin/fair_applications/{application.pk}/approved/decide/")
    assert response.status_code == 302
    return response["Location"]


def test_django_default_storage_leaked_the_admin_message(client, settings, fair, producer, make_user, son_la):
    """The reproduction, with Django's default message storage."""
    settings.MESSAGE_STORAGE = "django.contrib.messages.storage.fallback.FallbackStorage"
    organiser = make_user("organiser", roles.EDITORS, roles.province_editor_group_name(son_la.province))
    application = FairApplication.objects.create(fair=fair, producer=producer)
    speak(client, "en").force_login(organiser)
    client.post(f"/cms-admin/fair_applications/{application.pk}/approved/decide/")
    assert "will exhibit at" in client.get(fair.url).content.decode()


def test_admin_message_does_not_show_on_public_pages_but_waits_for_the_admin(
    client, fair, organiser_approves
):
    for url in (fair.url, "/hoi-cho/", "/"):
        html = client.get(url).content.decode()
        assert "will exhibit at" not in html, url
    admin_page = client.get(organiser_approves).content.decode()
    assert "will exhibit at" in admin_page
    assert "will exhibit at" not in client.get(organiser_approves).content.decode()  # shown once


def test_storefront_messages_still_show_on_public_pages(
    client, fair, producer, make_user, organiser_approves
):
    shopper_side = make_user("htx", roles.PRODUCERS)
    producer.partner.users.add(shopper_side)
    FairApplication.objects.all().delete()
    speak(client, "en").force_login(shopper_side)
    response = client.post(fair.url + "apply/", {"producer": producer.pk, "message": ""}, follow=True)
    assert "Your application was sent to the organiser." in response.content.decode()
