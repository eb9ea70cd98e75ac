"""`manage.py load_demo`: the demo marketplace a visitor, a producer and an editor would see."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.http import HttpRequest
from django.utils import timezone

from catalogue.demo.register import SCENARIO
from catalogue.demo.specialties import PROVINCES, SPECIALTIES
from catalogue.models import Certificate, Product, RegistrySync
from marketplace.producers.models import ProducerMembership
from marketplace.roles import DEMO_PASSWORD

pytestmark = pytest.mark.django_db

StockRecord = apps.get_model("partner", "StockRecord")


def demo_product(code: str) -> Product:
    return Product.objects.get(registry_code=code)


def test_second_run_creates_and_changes_nothing(demo):
    assert demo.counts_after_second == demo.counts_after_first
    last_sync = RegistrySync.objects.order_by("-pk").first()
    assert last_sync.source_kind == RegistrySync.Source.DEMO
    assert last_sync.status == RegistrySync.Status.SUCCEEDED
    assert (last_sync.created_count, last_sync.changed_count, last_sync.rejected_count) == (0, 0, 0)
    assert last_sync.unchanged_count == Certificate.objects.count()


def test_command_prints_the_demo_accounts(demo):
    for email in ("shopper", "producer", "producer2", "manager", "editor", "staff"):
        assert f"{email}@demo.ocop.vn" in demo.first_output
    assert DEMO_PASSWORD in demo.first_output
    assert "/cms-admin/" in demo.first_output


def test_each_producer_account_owns_its_own_producer(demo):
    owners = {
        m.user.email: m.producer.name
        for m in ProducerMembership.objects.filter(role="owner").select_related("user", "producer")
    }
    assert owners == {
        "producer@demo.ocop.vn": "Hợp tác xã Nông nghiệp Côn Minh",
        "producer2@demo.ocop.vn": "Hợp tác xã Chè Tân Lập",
    }
    for membership in ProducerMembership.objects.select_related("producer__partner"):
        assert membership.producer.partner.users.filter(pk=membership.user_id).exists()


def test_five_provinces_with_their_districts_and_real_specialties(demo):
    from marketplace.areas.models import Area

    for province, districts in PROVINCES.items():
        area = Area.objects.get(name=province, kind=Area.Kind.PROVINCE)
        names = set(area.children.values_list("name", flat=True))
        assert set(districts) <= names
    products = Product.objects.filter(registry_code__isnull=False)
    assert products.count() >= 60
    assert products.filter(title="Miến dong Na Rì").exists()
    assert products.filter(title="Sâm Ngọc Linh", producer__area__parent__parent__name="Quảng Nam").exists()


def test_expired_revoked_and_suspended_products_are_not_listed(demo):
    certified = set(Product.objects.certified_today().values_list("registry_code", flat=True))
    assert len(certified) >= 50
    assert not certified & set(SCENARIO.not_certified)
    assert len(SCENARIO.expired) >= 4 and len(SCENARIO.revoked) >= 3
    browsable = set(Product.objects.browsable().values_list("registry_code", flat=True))
    assert not browsable & set(SCENARIO.not_certified)


def test_some_certificates_expire_within_30_days(demo):
    expiring = Certificate.objects.expiring_within(30)
    assert expiring.count() >= 4
    # They are still sold until the day they expire.
    for certificate in expiring:
        assert certificate.product.is_certified_today


def test_renewed_and_upgraded_products(demo):
    renewed = demo_product(SCENARIO.renewed[0])
    assert renewed.certificates.count() == 2
    assert renewed.is_certified_today
    assert {c.state_today for c in renewed.certificates.all()} == {"valid", "expired"}

    upgraded = demo_product(SCENARIO.upgraded[0])
    assert sorted(upgraded.certificates.values_list("stars", flat=True)) == [3, 4]
    assert upgraded.current_certificate.stars == 4


def test_every_product_has_a_price_stock_a_story_and_one_picture(demo):
    for specialty in SPECIALTIES:
        product = demo_product(specialty.code)
        record = StockRecord.objects.get(product=product, partner=product.producer.partner)
        assert record.price == specialty.price
        assert 20 <= record.num_in_stock <= 200
        assert product.description and product.story and product.producer.story
        assert product.images.count() == 1


def test_sales_points_and_fairs(demo):
    from cms.models import FairPage, NewsPage
    from outlets.models import SalesPointPage

    points = SalesPointPage.objects.live()
    assert points.count() >= 5
    provinces = {point.area.province.name for point in points}
    assert provinces == set(PROVINCES)
    for point in points:
        stocked = Product.objects.filter(stockrecords__partner=point.partner).certified_today()
        assert stocked.count() >= 3

    now = timezone.now()
    fairs = FairPage.objects.live()
    assert fairs.count() >= 3
    assert fairs.filter(end__lt=now).exists()
    assert fairs.filter(start__gt=now).count() >= 2
    assert NewsPage.objects.live().count() >= 2


def test_producer_reaches_own_certificates_but_not_oscars_product_pages(demo, client):
    assert client.login(username="producer@demo.ocop.vn", password=DEMO_PASSWORD, request=HttpRequest())
    assert client.get("/shop/dashboard/").status_code == 200
    certificates = client.get("/shop/dashboard/registry/certificates/").content.decode()
    assert "Miến dong Na Rì" in certificates
    assert "Sâm Ngọc Linh" not in certificates
    # A product is shared by every partner stocking it: Oscar's product pages are staff only.
    assert client.get("/shop/dashboard/catalogue/").status_code == 403


def test_sales_point_manager_reaches_the_dashboard(demo, client):
    from outlets.models import SalesPointPage

    point = SalesPointPage.objects.get(slug="ocop-son-la")
    assert point.partner.users.filter(email="manager@demo.ocop.vn").exists()
    assert client.login(username="manager@demo.ocop.vn", password=DEMO_PASSWORD, request=HttpRequest())
    assert client.get("/shop/dashboard/").status_code == 200


def test_shopper_cannot_open_the_dashboard(demo, client):
    assert client.login(username="shopper@demo.ocop.vn", password=DEMO_PASSWORD, request=HttpRequest())
    response = client.get("/shop/dashboard/")
    assert response.status_code in (302, 403)
    assert client.get("/cms-admin/").status_code in (302, 403)


def test_editor_writes_son_la_fairs_news_and_sales_points_for_moderation(demo, client):
    from django.contrib.auth import get_user_model

    from cms.models import FairIndexPage, NewsIndexPage, ProvinceSectionPage
    from outlets.models import SalesPointIndexPage

    assert client.login(username="editor@demo.ocop.vn", password=DEMO_PASSWORD, request=HttpRequest())
    assert client.get("/cms-admin/").status_code == 200
    assert client.get("/shop/dashboard/").status_code in (302, 403)
    editor = get_user_model().objects.get(email="editor@demo.ocop.vn")
    for index_model in (FairIndexPage, NewsIndexPage, SalesPointIndexPage):
        index = index_model.objects.get()
        assert index.get_workflow().name == "Moderation"
        for section in ProvinceSectionPage.objects.child_of(index):
            permissions = section.permissions_for_user(editor)
            # Sơn La's editor adds there and submits to the moderators; never publishes itself.
            assert permissions.can_add_subpage() == (section.province.name == "Sơn La")
            assert not permissions.can_publish_subpage()


def test_no_group_but_the_moderators_holds_rights_on_the_root_or_the_home_page(demo):
    """Page rights cascade down the tree: a grant on the root or the home page reaches every
    province. Only the moderators (who publish for every province) hold one."""
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission, Page, Site

    from marketplace import roles

    top = [Page.get_first_root_node(), Site.objects.get(is_default_site=True).root_page]
    holders = set(GroupPagePermission.objects.filter(page__in=top).values_list("group__name", flat=True))
    assert holders <= {roles.MODERATORS}
    assert Group.objects.filter(name=roles.WAGTAIL_EDITORS).exists()  # kept: it still opens the admin


def test_staff_opens_both_admin_sites(demo, client):
    assert client.login(username="staff@demo.ocop.vn", password=DEMO_PASSWORD, request=HttpRequest())
    assert client.get("/shop/dashboard/").status_code == 200
    assert client.get("/cms-admin/").status_code == 200
