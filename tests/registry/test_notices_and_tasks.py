"""Producers hear of expiries and revocations once; the scheduled tasks run the sync."""

from __future__ import annotations

import datetime
import logging

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from catalogue import tasks
from catalogue.models import Certificate, Producer, RegistrySync
from catalogue.notifications import send_certificate_notices
from catalogue.registry.sync import sync_from_url
from tests.registry.conftest import TODAY, producer, record

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def give_account(registration_no: str, email: str) -> None:
    user = get_user_model().objects.create_user(email.split("@")[0], email, "x")
    Producer.objects.get(registration_no=registration_no).partner.users.add(user)


def test_producers_get_90_and_30_day_expiry_notices_and_revocation_each_once(registry, frozen):
    registry.records = [
        record(1, expires_on=(TODAY + 80 * DAY).isoformat()),
        record(2, expires_on=(TODAY + 20 * DAY).isoformat(), producer_no=2),
        record(3, status="revoked", status_changed_on=TODAY.isoformat(), producer_no=3),
        record(4, expires_on=(TODAY + 200 * DAY).isoformat()),
        record(5, expires_on=(TODAY + 10 * DAY).isoformat(), producer_no=4),  # producer without account
    ]
    sync_from_url(registry.url)
    give_account("4700123401", "htx1@example.com")
    give_account("4700123402", "htx2@example.com")
    give_account("4700123403", "htx3@example.com")

    assert send_certificate_notices() == 3
    by_to = {m.to[0]: m for m in mail.outbox}
    assert set(by_to) == {"htx1@example.com", "htx2@example.com", "htx3@example.com"}
    assert "BK-2025-0001" in by_to["htx1@example.com"].subject
    assert "BK-2025-0003" in by_to["htx3@example.com"].subject
    assert "Miến dong Na Rì 2" in by_to["htx2@example.com"].body
    assert by_to["htx1@example.com"].content_subtype == "plain"

    # Nothing twice.
    assert send_certificate_notices() == 0
    # Sixty days later certificate 1 enters its last 30 days: one more notice.
    assert send_certificate_notices(TODAY + 60 * DAY) == 1
    assert mail.outbox[-1].to == ["htx1@example.com"]
    kinds = set(Certificate.objects.get(certificate_no="BK-2025-0001").notices.values_list("kind", flat=True))
    assert kinds == {"expiry_90", "expiry_30"}


def test_an_old_revocation_first_seen_is_not_news(registry, frozen):
    registry.records = [record(1, status="revoked", status_changed_on="2025-01-01")]
    sync_from_url(registry.url)
    give_account("4700123401", "htx1@example.com")
    assert send_certificate_notices() == 0


def test_sync_task_does_nothing_but_log_without_a_registry_url(caplog, frozen):
    with caplog.at_level(logging.INFO, logger="catalogue.tasks"):
        assert tasks.sync_registry.delay().get() is None
    assert "OCOP_REGISTRY_URL is empty" in caplog.text
    assert RegistrySync.objects.count() == 0


def test_sync_task_pulls_the_configured_registry(registry, frozen, settings):
    settings.OCOP_REGISTRY_URL = registry.url
    registry.records = [record(1, producer_data=producer(1))]
    pk = tasks.sync_registry.delay().get()
    assert RegistrySync.objects.get(pk=pk).status == RegistrySync.Status.SUCCEEDED
    assert Certificate.objects.count() == 1


def test_beat_schedule_runs_the_sync_at_two_in_the_night_vietnam_time(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["catalogue-sync-registry"]
    assert entry["task"] == "catalogue.tasks.sync_registry"
    assert entry["schedule"].hour == {2} and entry["schedule"].minute == {0}
    assert settings.CELERY_TIMEZONE == "Asia/Ho_Chi_Minh"
    assert "catalogue.tasks.send_certificate_notices" in {
        e["task"] for e in settings.CELERY_BEAT_SCHEDULE.values()
    }
