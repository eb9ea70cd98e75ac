"""Producers apply to exhibit at a fair; the organiser approves or declines in the Wagtail admin."""

from __future__ import annotations

import datetime

import pytest

from catalogue.certification import VIETNAM
from cms.demo import ensure_fair
from cms.models import FairApplication
from marketplace import roles

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
def producer_user(producer, make_user):
    user = make_user("htx", roles.PRODUCERS)
    producer.partner.users.add(user)
    return user


def test_producer_applies_and_appears_once_approved(client, fair, producer, producer_user, make_user, son_la):
    client.force_login(producer_user)
    assert client.get(fair.url + "apply/").status_code == 200
    response = client.post(fair.url + "apply/", {"producer": producer.pk, "message": "Hai gian hàng chè"})
    assert response.status_code == 302
    application = FairApplication.objects.get(fair=fair, producer=producer)
    assert application.status == "pending" and application.applied_by == producer_user
    assert producer.name not in client.get(fair.url).content.decode()

    organiser = make_user("organiser", roles.EDITORS, roles.province_editor_group_name(son_la.province))
    client.force_login(organiser)
    listing = client.get("/cms-admin/fair_applications/").content.decode()
    assert producer.name in listing
    response = client.post(f"/cms-admin/fair_applications/{application.pk}/approved/decide/")
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "approved" and application.decided_by == organiser
    client.logout()
    assert producer.name in client.get(fair.url).content.decode()


def test_organiser_of_another_province_cannot_decide(client, fair, producer, lang_son, make_user):
    application = FairApplication.objects.create(fair=fair, producer=producer)
    other = make_user("organiser-ls", roles.EDITORS, roles.province_editor_group_name(lang_son.province))
    client.force_login(other)
    assert producer.name not in client.get("/cms-admin/fair_applications/").content.decode()
    response = client.post(f"/cms-admin/fair_applications/{application.pk}/approved/decide/")
    assert response.status_code == 404
    application.refresh_from_db()
    assert application.status == "pending"


def test_declined_producer_is_not_shown(client, fair, producer, make_user):
    application = FairApplication.objects.create(fair=fair, producer=producer)
    moderator = make_user("moderator", roles.MODERATORS)
    client.force_login(moderator)
    assert client.post(f"/cms-admin/fair_applications/{application.pk}/declined/decide/").status_code == 302
    application.refresh_from_db()
    assert application.status == "declined"
    client.logout()
    assert producer.name not in client.get(fair.url).content.decode()


def test_only_signed_in_producers_may_apply(client, fair, make_user):
    response = client.get(fair.url + "apply/")
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(make_user("shopper"))
    assert client.get(fair.url + "apply/").status_code == 403
    assert client.post(fair.url + "apply/", {"message": "x"}).status_code == 403
    assert not FairApplication.objects.exists()
