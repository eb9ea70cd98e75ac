"""Renewals, re-ratings, withdrawals and the anomaly guard, as staff read them in the sync record."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from catalogue.models import Certificate, Product, RegistrySync, StarChange
from catalogue.registry.sync import confirm_held_sync, discard_held_sync, sync_from_url
from tests.registry.conftest import TODAY, changed, mirror_state, record, records

pytestmark = pytest.mark.django_db

LATER = "2026-11-22T09:00:00+07:00"


def listed() -> set[str]:
    return set(Product.objects.certified_today().values_list("registry_code", flat=True))


def test_renewal_new_certificate_same_product_code_relists_the_same_product(registry, frozen):
    expired = record(1, issued_on="2023-05-10", expires_on="2026-05-10", stars=3)
    registry.records = [expired, record(2)]
    sync_from_url(registry.url)
    product = Product.objects.get(registry_code="BK-P-0001")
    assert listed() == {"BK-P-0002"}

    renewed = record(1, certificate_no="BK-2026-0001", issued_on="2026-11-01", stars=4, updated_at=LATER)
    registry.records = [expired, record(2), renewed]
    sync = sync_from_url(registry.url)

    assert Product.objects.filter(registry_code="BK-P-0001").count() == 1
    assert set(product.certificates.values_list("certificate_no", flat=True)) == {
        "BK-2025-0001",
        "BK-2026-0001",
    }
    assert listed() == {"BK-P-0001", "BK-P-0002"}
    assert sync.created_count == 1
    assert sync.changes["relisted"] == [{"code": "BK-P-0001", "name": "Miến dong Na Rì 1"}]
    assert sync.changes["listed"] == []
    assert sync.changes["stars_up"] == [
        {"code": "BK-P-0001", "name": "Miến dong Na Rì 1", "from": 3, "to": 4}
    ]
    assert product.current_certificate.certificate_no == "BK-2026-0001"


def test_stars_up_and_down_are_recorded(registry, frozen):
    registry.records = [record(1, stars=3), record(2, stars=5), record(3, stars=4)]
    sync_from_url(registry.url)

    registry.records = [
        record(1, stars=4, updated_at=LATER),
        record(2, stars=4, updated_at=LATER),
        record(3, stars=4, updated_at=LATER),
    ]
    sync = sync_from_url(registry.url)

    assert (sync.changed_count, sync.unchanged_count) == (2, 1)
    assert [(e["code"], e["from"], e["to"]) for e in sync.changes["stars_up"]] == [("BK-P-0001", 3, 4)]
    assert [(e["code"], e["from"], e["to"]) for e in sync.changes["stars_down"]] == [("BK-P-0002", 5, 4)]
    history = StarChange.objects.filter(sync=sync).values_list(
        "product__registry_code", "old_stars", "new_stars"
    )
    assert sorted(history) == [("BK-P-0001", 3, 4), ("BK-P-0002", 5, 4)]
    assert not sync.changes["delisted"] and not sync.changes["relisted"]


def test_an_older_record_never_overwrites_a_newer_one(registry, frozen):
    registry.records = [record(1, stars=5, updated_at=LATER)]
    sync_from_url(registry.url)
    registry.records = [record(1, stars=3, updated_at="2026-11-01T00:00:00+07:00")]
    sync = sync_from_url(registry.url, full=True)
    assert Certificate.objects.get().stars == 5
    assert sync.unchanged_count == 1


def test_full_snapshot_withdraws_missing_certificates_incremental_does_not(registry, frozen):
    registry.records = records(6)
    sync_from_url(registry.url)

    registry.records = records(5)  # certificate 6 left the register
    registry.generated_at = "2026-11-22T09:30:00+07:00"
    incremental = sync_from_url(registry.url)
    assert not incremental.full and listed() == {f"BK-P-{n:04d}" for n in range(1, 7)}

    full = sync_from_url(registry.url, full=True)
    assert full.status == RegistrySync.Status.SUCCEEDED
    gone = Certificate.objects.get(certificate_no="BK-2025-0006")
    assert gone.withdrawn_on == TODAY and gone.state_today == "withdrawn"
    assert "BK-P-0006" not in listed()
    assert full.changes["withdrawn"] == ["BK-2025-0006"]
    assert full.changes["delisted"] == [{"code": "BK-P-0006", "name": "Miến dong Na Rì 6"}]

    # Back in the register: relisted.
    registry.records = records(6)
    back = sync_from_url(registry.url, full=True)
    assert Certificate.objects.get(certificate_no="BK-2025-0006").withdrawn_on is None
    assert back.changes["relisted"] == [{"code": "BK-P-0006", "name": "Miến dong Na Rì 6"}]


def test_a_bad_record_of_a_known_certificate_does_not_withdraw_it(registry, frozen):
    registry.records = records(3)
    sync_from_url(registry.url)
    registry.records = [record(1), record(2), record(3, stars="many")]
    sync = sync_from_url(registry.url, full=True)
    assert sync.rejected_count == 1
    assert Certificate.objects.get(certificate_no="BK-2025-0003").withdrawn_on is None
    assert listed() == {"BK-P-0001", "BK-P-0002", "BK-P-0003"}


def test_anomaly_guard_holds_a_snapshot_that_delists_too_much_until_staff_confirm(registry, frozen, settings):
    settings.OCOP_SYNC_MAX_DELIST_SHARE = 0.20
    registry.records = records(10)
    registry.page_size = 4
    sync_from_url(registry.url)
    before = mirror_state()

    # 3 of 10 revoked (30%): too much for a single snapshot.
    registry.records = [
        *records(7),
        *(
            record(n, status="revoked", status_changed_on=TODAY.isoformat(), updated_at=LATER)
            for n in (8, 9, 10)
        ),
    ]
    held = sync_from_url(registry.url, full=True)

    assert held.status == RegistrySync.Status.HELD
    assert mirror_state() == before
    assert held.changes["totals"]["delisted"] == 3 and held.changes["listed_before"] == 10
    assert len(held.pending_records) == 10
    assert StarChange.objects.filter(sync=held).count() == 0

    staff = get_user_model().objects.create_user("staff", "staff@example.com", "x", is_staff=True)
    confirmed = confirm_held_sync(held, staff)

    assert confirmed.status == RegistrySync.Status.CONFIRMED and confirmed.confirmed_by == staff
    assert confirmed.pending_records == []
    assert listed() == {f"BK-P-{n:04d}" for n in range(1, 8)}
    assert sorted(e["code"] for e in confirmed.changes["delisted"]) == ["BK-P-0008", "BK-P-0009", "BK-P-0010"]
    with pytest.raises(ValueError):
        confirm_held_sync(confirmed, staff)


def test_a_discarded_held_sync_changes_nothing(registry, frozen):
    registry.records = records(5)
    sync_from_url(registry.url)
    before = mirror_state()
    registry.records = records(2)
    held = sync_from_url(registry.url, full=True)
    assert held.status == RegistrySync.Status.HELD

    discarded = discard_held_sync(held)
    assert discarded.status == RegistrySync.Status.DISCARDED and discarded.pending_records == []
    assert mirror_state() == before
    # The next incremental asks from the last successful sync, not from the discarded one.
    registry.requests.clear()
    sync_from_url(registry.url)
    assert "updated_since" in registry.requests[0]["query"]


def test_a_small_delist_within_the_share_applies_at_once(registry, frozen, settings):
    settings.OCOP_SYNC_MAX_DELIST_SHARE = 0.20
    registry.records = records(10)
    sync_from_url(registry.url)
    registry.records = [
        changed(r, expires_on=TODAY.isoformat()) if r["certificate_no"].endswith("01") else r
        for r in records(10)
    ]
    sync = sync_from_url(registry.url, full=True)
    assert sync.status == RegistrySync.Status.SUCCEEDED
    assert [e["code"] for e in sync.changes["delisted"]] == ["BK-P-0001"]
