"""Fair applications in the Wagtail admin: an organiser reaches only applications to fairs they may edit.

The finding: the list was scoped to the editor's province but edit, inspect, history, usage and
delete were not, and the edit form had ``status``; an editor of Lạng Sơn approved a Sơn La
application and so got its booth desk. Every URL of the viewset is walked (from the resolver, so
a view Wagtail adds later cannot be forgotten) with the editor's own application and another
province's.
"""

from __future__ import annotations

import datetime

import pytest
from django.urls import get_resolver, reverse
from oscar.core.loading import get_model

from catalogue.certification import VIETNAM
from catalogue.models import Producer
from cms.applications_admin import URL_NAMESPACE
from cms.demo import ensure_fair
from cms.models import FairApplication
from marketplace import roles

pytestmark = pytest.mark.django_db
Partner = get_model("partner", "Partner")

REFUSED = "refused"  # Wagtail sends the user back to the dashboard with "no permission"
# URL name -> (method, outcome for the editor's own application). Another province's application
# answers 404 on every URL that names one. A new URL of the viewset needs a line here.
OWN = {
    "index": ("get", 200),
    "index_results": ("get", 200),
    "add": ("get", REFUSED),  # applications come from producers on the fair page, never the admin
    "edit": ("get", 200),
    "delete": ("get", REFUSED),  # editors do not delete applications
    "history": ("get", 200),
    "history_results": ("get", 200),
    "usage": ("get", 200),
    "inspect": ("get", 200),
    "decide": ("post", 302),
}


def fair_in(section, title: str, area):
    start = datetime.datetime.now(VIETNAM) + datetime.timedelta(days=20)
    return ensure_fair(
        section,
        title=title,
        kind="provincial",
        start=start,
        end=start + datetime.timedelta(days=3),
        venue="Quảng trường",
        address="Trung tâm",
        area=area,
        organiser="Sở Công Thương",
    )


@pytest.fixture
def applications(sections, son_la, lang_son, producer):
    """One application to a Sơn La fair (by ``producer``) and one to a Lạng Sơn fair."""
    other = Producer.objects.create(
        registration_no="20009999",
        name="HTX Hồi Văn Quan",
        legal_form="cooperative",
        area=lang_son,
        partner=Partner.objects.create(name="HTX Hồi Văn Quan", code="htx-hoi-van-quan"),
        slug="htx-hoi-van-quan",
    )
    return {
        "son-la": FairApplication.objects.create(
            fair=fair_in(sections["son-la"], "Hội chợ Sơn La", son_la), producer=producer
        ),
        "lang-son": FairApplication.objects.create(
            fair=fair_in(sections["lang-son"], "Hội chợ Lạng Sơn", lang_son), producer=other
        ),
    }


@pytest.fixture
def editors(make_user, son_la, lang_son):
    return {
        "son-la": make_user("editor-sl", roles.EDITORS, roles.province_editor_group_name(son_la.province)),
        "lang-son": make_user(
            "editor-ls", roles.EDITORS, roles.province_editor_group_name(lang_son.province)
        ),
    }


def viewset_urls(application: FairApplication) -> dict[str, str]:
    """Every URL of the fair-applications viewset, filled with ``application``."""
    _prefix, resolver = get_resolver().namespace_dict[URL_NAMESPACE]
    urls = {}
    for pattern in resolver.url_patterns:
        kwargs = {}
        converters = pattern.pattern.converters
        if "pk" in converters:
            kwargs["pk"] = application.pk
        if "status" in converters:
            kwargs["status"] = FairApplication.Status.APPROVED
        urls[pattern.name] = reverse(f"{URL_NAMESPACE}:{pattern.name}", kwargs=kwargs)
    return urls


def outcome(response) -> int | str:
    if response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    ):
        return REFUSED
    return response.status_code


def names_an_application(url_name: str) -> bool:
    _prefix, resolver = get_resolver().namespace_dict[URL_NAMESPACE]
    return any("pk" in p.pattern.converters for p in resolver.url_patterns if p.name == url_name)


def test_every_url_of_the_viewset_is_in_the_table(applications):
    assert set(viewset_urls(applications["son-la"])) == set(OWN)


@pytest.mark.parametrize("province, other", [("son-la", "lang-son"), ("lang-son", "son-la")])
def test_editor_reaches_only_applications_to_own_province_fairs(
    client, applications, editors, province, other
):
    client.force_login(editors[province])
    mine, theirs = applications[province], applications[other]
    for name, url in viewset_urls(theirs).items():
        method, _own_status = OWN[name]
        response = getattr(client, method)(url)
        if names_an_application(name):
            assert response.status_code == 404, (name, url, response.status_code)
        else:
            assert theirs.producer.name not in response.content.decode(), name
    theirs.refresh_from_db()
    assert theirs.status == FairApplication.Status.PENDING and theirs.decided_by is None

    for name, url in viewset_urls(mine).items():
        method, own_status = OWN[name]
        assert outcome(getattr(client, method)(url)) == own_status, (name, url)
    mine.refresh_from_db()
    assert mine.status == FairApplication.Status.APPROVED and mine.decided_by == editors[province]


def test_writes_to_another_province_application_change_nothing(client, applications, editors):
    client.force_login(editors["lang-son"])
    theirs = applications["son-la"]
    edit = reverse(f"{URL_NAMESPACE}:edit", args=[theirs.pk])
    assert client.post(edit, {"booth": "B-01", "message": "x", "status": "approved"}).status_code == 404
    assert client.post(reverse(f"{URL_NAMESPACE}:delete", args=[theirs.pk])).status_code == 404
    theirs.refresh_from_db()
    assert (theirs.booth, theirs.status) == ("", FairApplication.Status.PENDING)


def test_fair_filter_offers_only_own_province_fairs(client, applications, editors):
    client.force_login(editors["son-la"])
    html = client.get(reverse(f"{URL_NAMESPACE}:index")).content.decode()
    assert "Hội chợ Sơn La" in html and "Hội chợ Lạng Sơn" not in html


def test_status_is_not_editable_in_the_edit_form(client, applications, editors):
    client.force_login(editors["son-la"])
    mine = applications["son-la"]
    edit = reverse(f"{URL_NAMESPACE}:edit", args=[mine.pk])
    assert 'name="status"' not in client.get(edit).content.decode()
    response = client.post(edit, {"booth": "A-12", "message": mine.message, "status": "approved"})
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.booth == "A-12"
    assert mine.status == FairApplication.Status.PENDING and mine.decided_by is None


def test_decide_records_who_decided_and_when(client, applications, editors):
    client.force_login(editors["son-la"])
    mine = applications["son-la"]
    before = datetime.datetime.now(datetime.UTC)
    response = client.post(reverse(f"{URL_NAMESPACE}:decide", args=[mine.pk, "declined"]))
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.status == FairApplication.Status.DECLINED
    assert mine.decided_by == editors["son-la"] and mine.decided_at >= before
    # Only approve and decline are decisions.
    response = client.post(reverse(f"{URL_NAMESPACE}:decide", args=[mine.pk, "pending"]))
    assert response.status_code in (400, 403, 404)
    mine.refresh_from_db()
    assert mine.status == FairApplication.Status.DECLINED


def test_superuser_reaches_every_province(client, applications, make_user):
    admin = make_user("admin")
    admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    for application in applications.values():
        assert client.get(reverse(f"{URL_NAMESPACE}:edit", args=[application.pk])).status_code == 200
