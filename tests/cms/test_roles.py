"""Province editors, moderation and scheduled publishing of fairs."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.contrib.auth.models import Group
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from catalogue.certification import VIETNAM
from cms.demo import ensure_fair
from cms.models import FairPage
from cms.tasks import publish_scheduled
from marketplace import roles

pytestmark = pytest.mark.django_db


def fair_in(section, title: str, area, days: int = 20) -> FairPage:
    start = datetime.datetime.now(VIETNAM) + datetime.timedelta(days=days)
    return ensure_fair(
        section,
        title=title,
        kind="provincial",
        start=start,
        end=start + datetime.timedelta(days=2),
        venue="Quảng trường",
        address="Trung tâm",
        area=area,
        organiser="Sở Công Thương",
    )


@pytest.fixture
def two_fairs(sections, son_la, lang_son):
    return {
        "son-la": fair_in(sections["son-la"], "Hội chợ Sơn La", son_la),
        "lang-son": fair_in(sections["lang-son"], "Hội chợ Lạng Sơn", lang_son),
    }


def test_province_editor_edits_only_its_own_province_fairs(client, two_fairs, sections, son_la, make_user):
    editor = make_user("editor-sl", roles.EDITORS, roles.province_editor_group_name(son_la.province))
    client.force_login(editor)

    assert client.get(f"/cms-admin/pages/{two_fairs['son-la'].pk}/edit/").status_code == 200
    response = client.get(f"/cms-admin/pages/{two_fairs['lang-son'].pk}/edit/")
    assert response.status_code in (302, 403)
    assert client.get(f"/cms-admin/pages/add/cms/fairpage/{sections['lang-son'].pk}/").status_code in (
        302,
        403,
    )

    editable = set(
        PagePermissionPolicy()
        .instances_user_has_permission_for(editor, "change")
        .values_list("pk", flat=True)
    )
    assert two_fairs["son-la"].pk in editable
    assert two_fairs["lang-son"].pk not in editable
    own = two_fairs["son-la"].permissions_for_user(editor)
    assert own.can_edit() and not own.can_publish()
    assert not two_fairs["lang-son"].permissions_for_user(editor).can_edit()


def test_index_lists_fairs_of_every_province_section(client, two_fairs, sections):
    html = client.get("/hoi-cho/").content.decode()
    assert "Hội chợ Sơn La" in html and "Hội chợ Lạng Sơn" in html
    assert two_fairs["son-la"].url == "/hoi-cho/son-la/hoi-cho-son-la/"
    assert client.get(two_fairs["son-la"].url).status_code == 200
    # The section itself is not a page of its own: it leads to the index filtered by province.
    response = client.get("/hoi-cho/son-la/")
    assert response.status_code == 302 and response["Location"] == "/hoi-cho/?province=son-la"


def test_a_fair_published_before_sections_existed_keeps_its_address(client, fair_index, son_la):
    old = fair_in(fair_index, "Hội chợ cũ", son_la)
    assert old.url == "/hoi-cho/hoi-cho-cu/"
    from cms.demo import ensure_section

    moved = fair_in(ensure_section(fair_index, son_la.province), "Hội chợ cũ", son_la)
    assert moved.pk == old.pk and moved.url == "/hoi-cho/son-la/hoi-cho-cu/"
    response = client.get("/hoi-cho/hoi-cho-cu/")
    assert response.status_code in (301, 302) and response["Location"].endswith("/hoi-cho/son-la/hoi-cho-cu/")


def test_editor_submits_and_a_moderator_approves(client, sections, son_la, make_user):
    editor = make_user("editor-sl", roles.EDITORS, roles.province_editor_group_name(son_la.province))
    moderator = make_user("moderator", roles.MODERATORS)
    start = datetime.datetime.now(VIETNAM) + datetime.timedelta(days=30)
    fair = sections["son-la"].add_child(
        instance=FairPage(
            title="Hội chợ chờ duyệt",
            slug="hoi-cho-cho-duyet",
            live=False,
            start=start,
            end=start + datetime.timedelta(days=1),
            area=son_la,
        )
    )
    workflow = fair.get_workflow()
    assert workflow.name == roles.MODERATION_WORKFLOW
    fair.save_revision(user=editor)
    workflow.start(fair, editor)
    assert client.get(fair.url).status_code == 404

    client.force_login(moderator)
    state = fair.current_workflow_task_state
    response = client.post(f"/cms-admin/pages/workflow/action/{fair.pk}/approve/{state.pk}/", {"comment": ""})
    assert response.status_code in (200, 302)
    fair.refresh_from_db()
    assert fair.live
    assert "Hội chợ chờ duyệt" in client.get("/hoi-cho/").content.decode()


def test_fair_scheduled_for_tomorrow_is_published_by_the_celery_task(client, sections, son_la):
    now = datetime.datetime.now(VIETNAM)
    fair = sections["son-la"].add_child(
        instance=FairPage(
            title="Hội chợ ngày mai",
            slug="hoi-cho-ngay-mai",
            live=False,
            start=now + datetime.timedelta(days=10),
            end=now + datetime.timedelta(days=12),
            area=son_la,
        )
    )
    fair.go_live_at = now + datetime.timedelta(days=1)
    fair.save_revision().publish()
    assert client.get("/hoi-cho/son-la/hoi-cho-ngay-mai/").status_code == 404

    publish_scheduled.delay()  # too early: nothing changes
    assert not Page.objects.get(pk=fair.pk).live

    with time_machine.travel(now + datetime.timedelta(days=1, minutes=1), tick=False):
        publish_scheduled.delay()
        assert client.get("/hoi-cho/son-la/hoi-cho-ngay-mai/").status_code == 200
        assert "Hội chợ ngày mai" in client.get("/hoi-cho/").content.decode()


def test_celery_beat_runs_scheduled_publishing_every_minute(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["cms-publish-scheduled"]
    assert entry["task"] == publish_scheduled.name
    assert entry["schedule"].minute == set(range(60)) and entry["schedule"].hour == set(range(24))


@pytest.fixture
def province_pages(home, fair_index, son_la, lang_son):
    """For Sơn La and Lạng Sơn: a section of each index (fairs, news, sales points) with one page
    in it, and each province's editor group granted its three sections, as the demo loader does."""
    from cms.demo import ensure_news, ensure_news_index, ensure_section
    from outlets.demo import ensure_index, ensure_sales_point

    news_index = ensure_news_index(home)
    points_index = ensure_index(home)
    pages = {}
    for area in (son_la, lang_son):
        province = area.province
        fair_section = ensure_section(fair_index, province)
        news_section = ensure_section(news_index, province)
        points_section = ensure_section(points_index, province)
        roles.ensure_province_editors(province, [fair_section, news_section, points_section])
        pages[province.slug] = {
            "fair": fair_in(fair_section, f"Hội chợ {province.name}", area),
            "news": ensure_news(
                news_section, title=f"Tin {province.name}", date=datetime.date(2026, 5, 1), intro="Tin vắn"
            ),
            "sales point": ensure_sales_point(
                points_section,
                title=f"Điểm bán {province.name}",
                kind="sales_point",
                area=area,
                address="Trung tâm",
                lat=None,
                lng=None,
                hours={},
            ),
        }
    roles.ensure_moderation_workflow([fair_index, news_index, points_index])
    return {"indexes": [fair_index, news_index, points_index], **pages}


def editable_by(user) -> set[int]:
    policy = PagePermissionPolicy()
    return set(policy.instances_user_has_permission_for(user, "change").values_list("pk", flat=True))


def assert_only_own_province(client, editor, own: dict, other: dict) -> None:
    client.force_login(editor)
    editable = editable_by(editor)
    for kind in ("fair", "news", "sales point"):
        assert own[kind].pk in editable, kind
        assert own[kind].permissions_for_user(editor).can_edit(), kind
        assert not own[kind].permissions_for_user(editor).can_publish(), kind
        assert other[kind].pk not in editable, kind
        assert not other[kind].permissions_for_user(editor).can_edit(), kind
        assert client.get(f"/cms-admin/pages/{own[kind].pk}/edit/").status_code == 200, kind
        assert client.get(f"/cms-admin/pages/{other[kind].pk}/edit/").status_code in (302, 403), kind


def test_an_editor_cannot_edit_another_provinces_fair_news_or_sales_point(
    client, province_pages, son_la, make_user
):
    editor = make_user("editor-sl", roles.EDITORS, roles.province_editor_group_name(son_la.province))
    assert_only_own_province(client, editor, province_pages["son-la"], province_pages["lang-son"])


def test_broad_grants_from_before_province_sections_are_removed(client, province_pages, son_la, make_user):
    """The demo once granted the shared editors group add/edit/publish on the whole indexes (and a
    province group may hold a grant on an index): those reach every province and must go."""
    shared = roles.role_group(roles.EDITORS)
    roles.grant_pages(shared, province_pages["indexes"], ["add_page", "change_page", "publish_page"])
    own_group = Group.objects.get(name=roles.province_editor_group_name(son_la.province))
    roles.grant_pages(own_group, province_pages["indexes"][:1], ["change_page"])
    editor = make_user("editor-sl", roles.EDITORS, roles.province_editor_group_name(son_la.province))
    assert province_pages["lang-son"]["news"].pk in editable_by(editor)  # the leak, as it was

    roles.ensure_role_groups()  # what `load_demo` runs first

    editor = type(editor).objects.get(pk=editor.pk)  # Wagtail caches permissions on the user object
    assert_only_own_province(client, editor, province_pages["son-la"], province_pages["lang-son"])
    from wagtail.models import GroupPagePermission

    assert not GroupPagePermission.objects.filter(group=shared).exists()


def test_wagtails_default_editors_group_holds_no_page_rights(client, province_pages, home, make_user):
    """Wagtail's own migrations create an "Editors" group with add and edit on the root page; an
    editor put in it (the obvious group to pick) could write every province's pages."""
    from wagtail.models import GroupPagePermission

    wagtail_editors = Group.objects.get(name=roles.WAGTAIL_EDITORS)
    editor = make_user("editor-wagtail", roles.WAGTAIL_EDITORS)
    client.force_login(editor)
    assert not home.permissions_for_user(editor).can_add_subpage()
    assert client.get(f"/cms-admin/pages/{home.pk}/add_subpage/").status_code in (302, 403)
    for province in ("son-la", "lang-son"):
        for page in province_pages[province].values():
            assert not page.permissions_for_user(editor).can_edit()
    assert client.get("/cms-admin/").status_code == 200  # it still opens the admin

    # A database where the grant came back (or was never trimmed) is trimmed by the role set-up.
    roles.grant_pages(wagtail_editors, [Page.get_first_root_node()], ["add_page", "change_page"])
    roles.ensure_role_groups()  # what `load_demo` runs first
    assert not GroupPagePermission.objects.filter(group=wagtail_editors).exists()


def test_migrations_leave_wagtails_editors_group_without_page_rights(db):
    """A database that never runs the role set-up (`migrate` alone) is trimmed too."""
    from wagtail.models import GroupPagePermission

    assert Group.objects.filter(name=roles.WAGTAIL_EDITORS).exists()
    assert not GroupPagePermission.objects.filter(group__name=roles.WAGTAIL_EDITORS).exists()
