"""The HTTP feed: paging, token, incremental asks, and failures that change nothing."""

from __future__ import annotations

import datetime

import pytest

from catalogue.models import Certificate, Product, RegistrySync
from catalogue.registry.sync import sync_from_url
from tests.registry.conftest import VN, changed, mirror_state, record, records

pytestmark = pytest.mark.django_db


def test_bearer_token_is_sent_and_cursor_pages_are_followed(registry, frozen, settings):
    registry.token = settings.OCOP_REGISTRY_TOKEN = "s3cret"
    registry.records = records(5)
    sync = sync_from_url(registry.url)

    assert sync.status == RegistrySync.Status.SUCCEEDED and sync.created_count == 5
    assert [r["query"].get("cursor") for r in registry.requests] == [None, ["1"], ["2"]]
    assert all(r["headers"]["Authorization"] == "Bearer s3cret" for r in registry.requests)


def test_wrong_token_fails_cleanly(registry, frozen):
    registry.token = "s3cret"
    registry.records = records(2)
    sync = sync_from_url(registry.url, token="wrong")
    assert sync.status == RegistrySync.Status.FAILED
    assert "401" in sync.errors[0]["reason"]
    assert Certificate.objects.count() == 0


def test_incremental_sync_asks_from_the_last_successful_watermark(registry, frozen):
    registry.records = records(3)
    first = sync_from_url(registry.url)
    assert first.full and first.watermark == datetime.datetime(2026, 11, 22, 8, 0, tzinfo=VN)
    assert "updated_since" not in registry.requests[0]["query"]

    # A failed sync in between does not move the watermark.
    registry.break_page, registry.break_mode = 0, "500"
    assert sync_from_url(registry.url).status == RegistrySync.Status.FAILED
    registry.break_page = None

    registry.requests.clear()
    registry.generated_at = "2026-11-22T09:30:00+07:00"
    registry.records = [*records(3), record(4, updated_at="2026-11-22T09:00:00+07:00")]
    second = sync_from_url(registry.url)

    since = registry.requests[0]["query"]["updated_since"][0]
    assert datetime.datetime.fromisoformat(since) == datetime.datetime(2026, 11, 22, 8, 0, tzinfo=VN)
    assert not second.full
    assert (second.created_count, second.unchanged_count) == (1, 0)  # only the change was served
    assert Certificate.objects.count() == 4
    # --full ignores the watermark.
    registry.requests.clear()
    sync_from_url(registry.url, full=True)
    assert "updated_since" not in registry.requests[0]["query"]


@pytest.mark.parametrize("later_first", [True, False])
def test_same_certificate_on_two_pages_the_later_updated_at_wins(registry, frozen, later_first):
    old = record(1, stars=3, updated_at="2026-11-20T10:00:00+07:00")
    new = changed(old, stars=5, updated_at="2026-11-21T10:00:00+07:00")
    first, second = (new, old) if later_first else (old, new)
    registry.pages = [[first, record(2)], [record(3), second]]
    sync = sync_from_url(registry.url)
    assert sync.status == RegistrySync.Status.SUCCEEDED
    assert Certificate.objects.get(certificate_no="BK-2025-0001").stars == 5
    assert Certificate.objects.count() == 3


def test_retries_a_5xx_then_succeeds(registry, frozen):
    registry.records = records(4)
    registry.break_page, registry.break_mode, registry.break_times = 1, "500", 1
    sync = sync_from_url(registry.url)
    assert sync.status == RegistrySync.Status.SUCCEEDED and sync.created_count == 4
    assert [r["query"].get("cursor") for r in registry.requests] == [None, ["1"], ["1"]]


@pytest.mark.parametrize("mode", ["500", "invalid_json", "cutoff", "slow"])
def test_a_broken_second_page_changes_nothing_and_the_sync_is_recorded_as_failed(
    registry, frozen, settings, mode
):
    registry.records = records(4)
    assert sync_from_url(registry.url).status == RegistrySync.Status.SUCCEEDED
    before = mirror_state()

    # Page 1 would revoke a certificate and add one; page 2 breaks.
    registry.records = [
        changed(record(1), status="revoked", stars=3),
        record(9),
        record(3),
        record(4),
    ]
    registry.break_page, registry.break_mode = 1, mode
    registry.requests.clear()
    settings.OCOP_REGISTRY_TIMEOUT = 0.3
    registry.slow_seconds = 1.0
    sync = sync_from_url(registry.url, full=True)

    assert sync.status == RegistrySync.Status.FAILED
    assert sync.finished_at is not None and sync.errors[0]["record"] is None
    assert sync.errors[0]["reason"]
    assert sync.watermark is None
    assert (sync.created_count, sync.changed_count) == (0, 0)
    assert mirror_state() == before
    assert not Product.objects.filter(registry_code="BK-P-0009").exists()
    if mode == "500":
        assert len([r for r in registry.requests if r["query"].get("cursor") == ["1"]]) == 3  # 1 + 2 retries
