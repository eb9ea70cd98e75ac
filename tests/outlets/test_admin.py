"""Wagtail admin: tabs for content, hours and the staff-only appraisal; the flat listing."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from marketplace import roles
from outlets.models import SalesPointPage


def test_the_editor_shows_the_three_tabs_and_the_listing_lists_points(client, make_point):
    point = make_point()
    admin = get_user_model().objects.create_superuser("admin", "admin@example.vn", "pw")
    client.force_login(admin)

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[point.pk]))
    assert edit.status_code == 200
    html = edit.content.decode()
    for heading in ("Opening hours", "Appraisal and managers", "Appraisal (Decision 950/QĐ-BCT)"):
        assert heading in html
    assert 'name="managers"' in html

    listing = client.get(reverse("sales_points:index"))
    assert listing.status_code == 200
    assert point.title in listing.content.decode()


def test_an_editor_without_the_appraisal_permission_sees_neither_appraisal_nor_managers(
    client, make_point, bac_kan_district
):
    point = make_point()
    editor = get_user_model().objects.create_user("editor", "editor@example.vn", "pw")
    # A province's editor, as the demo makes them (Wagtail's own "Editors" group holds no pages).
    editor.groups.add(roles.ensure_province_editors(bac_kan_district.province, [point]))
    client.force_login(editor)

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[point.pk]))

    assert edit.status_code == 200
    html = edit.content.decode()
    assert "Opening hours" in html
    assert "Appraisal and managers" not in html
    assert 'name="managers"' not in html
    assert 'name="appraisal_notes"' not in html


def test_creating_a_point_in_the_admin_publishes_it_with_its_partner(client, index, bac_kan_district):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.vn", "pw")
    manager = get_user_model().objects.create_user("quanly", "quanly@example.vn", "pw")
    client.force_login(admin)
    data = nested_form_data(
        {
            "title": "Điểm bán OCOP Bạch Thông",
            "slug": "diem-ban-ocop-bach-thong",
            "kind": "centre_district",
            "area": bac_kan_district.pk,
            "address": "Thị trấn Phủ Thông",
            "latitude": "22.0531",
            "longitude": "105.8706",
            "phone": "",
            "email": "",
            "description": rich_text("<p>Hàng OCOP của huyện.</p>"),
            "photos": inline_formset([]),
            "opening_hours": inline_formset(
                [
                    {"weekday": 0, "opens": "07:30", "closes": "11:30"},
                    {"weekday": 0, "opens": "13:30", "closes": "17:00"},
                ]
            ),
            "holiday_hours": inline_formset([]),
            "comments": inline_formset([]),
            "appraisal_status": "approved",
            "appraisal_date": "2026-01-15",
            "appraisal_category": "",
            "appraisal_notes": "",
            "action-publish": "publish",
        }
    )
    data["managers"] = [manager.pk]  # a multiple select: one key, many values

    response = client.post(
        reverse("wagtailadmin_pages:add", args=("outlets", "salespointpage", index.pk)), data
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    point = SalesPointPage.objects.get(slug="diem-ban-ocop-bach-thong")
    assert point.live
    assert point.opening_hours.count() == 2
    assert point.partner.name == "Điểm bán OCOP Bạch Thông"
    assert list(point.managers.all()) == [manager]
    assert list(point.partner.users.all()) == [manager]


def test_a_moderator_without_the_appraisal_permission_publishes_without_touching_managers(client, make_point):
    manager = get_user_model().objects.create_user("quanly", "quanly@example.vn", "pw")
    point = make_point(managers=[manager])
    moderator = get_user_model().objects.create_user("bientap", "bientap@example.vn", "pw")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(moderator)
    hours = [
        {
            "id": row.pk,
            "weekday": row.weekday,
            "opens": row.opens or "",
            "closes": row.closes or "",
            "closed": "on" if row.closed else "",
        }
        for row in point.opening_hours.all()
    ]
    data = nested_form_data(
        {
            "title": "Điểm bán OCOP Chợ Mới (mới)",
            "slug": point.slug,
            "kind": point.kind,
            "area": point.area_id,
            "address": point.address,
            "latitude": str(point.latitude),
            "longitude": str(point.longitude),
            "phone": point.phone,
            "email": "",
            "description": rich_text(""),
            "photos": inline_formset([]),
            "opening_hours": inline_formset(hours, initial=len(hours)),
            "holiday_hours": inline_formset([]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )

    response = client.post(reverse("wagtailadmin_pages:edit", args=[point.pk]), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    point = SalesPointPage.objects.get(pk=point.pk)
    assert point.title == "Điểm bán OCOP Chợ Mới (mới)"
    assert point.partner.name == "Điểm bán OCOP Chợ Mới (mới)"
    assert list(point.managers.all()) == [manager]
    assert list(point.partner.users.all()) == [manager]
