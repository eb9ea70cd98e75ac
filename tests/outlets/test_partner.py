"""Every sales point is backed by an Oscar Partner kept in step with its page."""

from __future__ import annotations

from oscar.core.loading import get_model

from outlets.models import SalesPointPage
from outlets.partners import sync_partner
from tests.factories import UserFactory

Partner = get_model("partner", "Partner")


def test_a_new_point_gets_its_partner_named_after_it(make_point):
    manager = UserFactory()
    point = make_point(managers=[manager])

    assert point.partner is not None
    assert point.partner.name == "Điểm bán OCOP Chợ Mới"
    assert point.partner.code == f"sp-{point.pk}"
    assert list(point.partner.users.all()) == [manager]
    assert point.partner.sales_point == point


def test_renaming_and_publishing_renames_the_partner(make_point):
    point = make_point()
    point.title = "Trung tâm OCOP huyện Chợ Mới"
    point.save_revision().publish()

    partner = Partner.objects.get(pk=point.partner_id)
    assert partner.name == "Trung tâm OCOP huyện Chợ Mới"
    assert partner.code == f"sp-{point.pk}"


def test_a_draft_rename_leaves_the_partner_alone_until_published(make_point):
    point = make_point()
    point.title = "Tên nháp"
    point.save_revision()

    assert Partner.objects.get(pk=point.partner_id).name == "Điểm bán OCOP Chợ Mới"


def test_managers_become_the_partner_users(make_point):
    first, second, third = UserFactory(), UserFactory(), UserFactory()
    point = make_point(managers=[first, second])
    assert set(point.partner.users.all()) == {first, second}

    point.managers = [third]
    point.save_revision().publish()

    partner = Partner.objects.get(pk=point.partner_id)
    assert list(partner.users.all()) == [third]
    assert list(third.partners.all()) == [partner]  # how Oscar's dashboard scopes access


def test_building_twice_changes_nothing(index, make_point):
    manager = UserFactory()
    first = make_point(managers=[manager])
    partners_before = Partner.objects.count()

    second = make_point(managers=[manager])

    assert second.pk == first.pk
    assert second.partner_id == first.partner_id
    assert Partner.objects.count() == partners_before
    assert SalesPointPage.objects.child_of(index).count() == 1
    assert second.opening_hours.count() == 7
    sync_partner(second)
    sync_partner(second)
    assert Partner.objects.count() == partners_before


def test_publishing_an_old_revision_keeps_the_same_partner(make_point):
    point = make_point()
    old_revision = point.latest_revision
    partner_id = point.partner_id
    # The revision was taken before the link existed in its JSON: simulate that.
    old_revision.content["partner"] = None
    old_revision.save()

    old_revision.publish()

    point.refresh_from_db()
    assert point.partner_id == partner_id
    assert Partner.objects.filter(code=f"sp-{point.pk}").count() == 1


def test_a_lost_partner_link_is_found_again_not_duplicated(make_point):
    point = make_point()
    partner_id = point.partner_id
    SalesPointPage.objects.filter(pk=point.pk).update(partner=None)
    point.refresh_from_db()

    sync_partner(point)

    assert point.partner_id == partner_id
    assert Partner.objects.filter(code=f"sp-{point.pk}").count() == 1
