"""A sync creates the listings a shopper sees, and a second run of the same data changes nothing."""

from __future__ import annotations

import unicodedata

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.models import Certificate, Producer, Product, RegistrySync, StarChange
from catalogue.registry.sync import sync_from_file, sync_from_url
from tests.registry.conftest import TODAY, mirror_state, producer, record, records, write_json

pytestmark = pytest.mark.django_db


def test_new_product_code_creates_a_listed_oscar_product_with_producer_partner_and_area(registry, frozen):
    registry.records = [record(1, subgroup="Nông sản chế biến"), record(2, subgroup="", group="beverage")]
    sync = sync_from_url(registry.url)

    assert sync.status == RegistrySync.Status.SUCCEEDED
    assert sync.created_count == 2
    product = Product.objects.get(registry_code="BK-P-0001")
    assert product.title == "Miến dong Na Rì 1"
    assert product.is_public and product.product_class.track_stock
    assert product.product_class.slug == "ocop-product"
    category = product.categories.get()
    assert category.name == "Nông sản chế biến"
    assert category.get_parent().name == "Thực phẩm" and category.get_parent().slug == "food"
    assert Product.objects.get(registry_code="BK-P-0002").categories.get().name == "Đồ uống"

    maker = product.producer
    assert maker.registration_no == "4700123401"
    assert maker.area.full_name == "Côn Minh, Na Rì, Bắc Kạn"
    assert maker.partner.name == maker.name and maker.partner.code == "4700123401"
    assert set(Product.objects.browsable().values_list("registry_code", flat=True)) == {
        "BK-P-0001",
        "BK-P-0002",
    }
    assert [e["code"] for e in sync.changes["listed"]] == ["BK-P-0001", "BK-P-0002"]
    assert sync.changes["listed"][0]["name"] == "Miến dong Na Rì 1"


def test_idempotent_rerun_reports_all_unchanged_and_writes_nothing(registry, frozen):
    registry.records = records(5)
    sync_from_url(registry.url, full=True)
    before = mirror_state()
    seen = dict(Certificate.objects.values_list("certificate_no", "last_seen_at"))

    with CaptureQueriesContext(connection) as queries:
        again = sync_from_url(registry.url, full=True)

    assert again.status == RegistrySync.Status.SUCCEEDED
    assert (again.created_count, again.changed_count, again.unchanged_count, again.rejected_count) == (
        0,
        0,
        5,
        0,
    )
    assert mirror_state() == before
    assert dict(Certificate.objects.values_list("certificate_no", "last_seen_at")) == seen
    assert not any(again.changes[k] for k in ("listed", "delisted", "relisted", "stars_up", "stars_down"))
    writes = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith(("INSERT", "UPDATE", "DELETE"))
        and any(
            t in q["sql"] for t in ('"catalogue_certificate"', '"catalogue_product"', '"catalogue_producer"')
        )
    ]
    assert writes == []


def test_nfd_and_nfc_spellings_are_one_producer_and_one_product(registry, frozen):
    nfd = unicodedata.normalize("NFD", "Hợp tác xã Nông nghiệp Côn Minh 1")
    registry.records = [
        record(1, product_name=unicodedata.normalize("NFD", "Miến dong Na Rì")),
        record(
            2,
            product_code="BK-P-0001",
            product_name="Miến dong Na Rì",
            producer_data=producer(1, name=nfd, province=unicodedata.normalize("NFD", "Bắc Kạn")),
        ),
    ]
    sync_from_url(registry.url)

    assert Producer.objects.count() == 1 and Product.objects.count() == 1
    assert Producer.objects.get().name == "Hợp tác xã Nông nghiệp Côn Minh 1"
    assert Product.objects.get().title == "Miến dong Na Rì"
    assert set(Certificate.objects.values_list("product_name", flat=True)) == {"Miến dong Na Rì"}
    assert Producer.objects.get().area.province.name == "Bắc Kạn"


def test_malformed_records_are_rejected_with_reasons_and_the_good_ones_apply(registry, frozen):
    registry.records = [
        record(1),
        record(2, stars=6),
        record(3, issued_on="10/05/2025x"),
        {"product_code": "X"},
        record(5, group="vegetables"),
        record(6, expires_on="2024-01-01"),
        "not an object",
        record(8, producer_data={"name": "No number"}),
        record(9),
    ]
    registry.page_size = 4
    sync = sync_from_url(registry.url)

    assert sync.status == RegistrySync.Status.SUCCEEDED
    assert (sync.created_count, sync.rejected_count) == (2, 7)
    assert set(Certificate.objects.values_list("certificate_no", flat=True)) == {
        "BK-2025-0001",
        "BK-2025-0009",
    }
    reasons = {e["record"]: e["reason"] for e in sync.errors}
    assert "stars" in reasons["BK-2025-0002"]
    assert "issued_on" in reasons["BK-2025-0003"]
    assert "certificate_no" in reasons["#4"]
    assert "group" in reasons["BK-2025-0005"]
    assert "expires_on" in reasons["BK-2025-0006"]
    assert reasons["#7"]
    assert "registration_no" in reasons["BK-2025-0008"]


def test_json_dump_file_gives_the_demo_source_kind(tmp_path, frozen):
    path = write_json(tmp_path / "register.json", records(3))
    sync = sync_from_file(path, source_kind=RegistrySync.Source.DEMO)
    assert sync.status == RegistrySync.Status.SUCCEEDED
    assert sync.source_kind == "demo" and sync.full
    assert Product.objects.certified_today().count() == 3
    # Every new product's stars "first appear" in the history.
    assert StarChange.objects.filter(old_stars=None, new_stars=4).count() == 3
    assert Certificate.objects.valid_on(TODAY).count() == 3
