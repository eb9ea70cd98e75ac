"""What the shop lists after a sync follows the one rule, to the day, in Vietnam time."""

from __future__ import annotations

import datetime

import pytest
import time_machine

from catalogue.models import Product
from catalogue.registry.sync import sync_from_url
from tests.registry.conftest import TODAY, VN, record

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def listed() -> set[str]:
    return set(Product.objects.browsable().values_list("registry_code", flat=True))


def test_validity_boundaries(registry, frozen):
    registry.records = [
        record(1, issued_on=TODAY.isoformat()),  # issued today: valid
        record(2, expires_on=TODAY.isoformat()),  # expires today: no longer valid
        record(3, expires_on=(TODAY + DAY).isoformat()),  # expires tomorrow: valid today
        record(4, issued_on=(TODAY + DAY).isoformat()),  # not yet valid
    ]
    sync_from_url(registry.url)
    assert listed() == {"BK-P-0001", "BK-P-0003"}
    assert Product.objects.get(registry_code="BK-P-0002").latest_certificate.state_today == "expired"
    assert Product.objects.get(registry_code="BK-P-0004").latest_certificate.state_today == "not_yet_valid"


def test_expiry_takes_effect_at_midnight_vietnam_time_while_utc_is_still_the_day_before(registry):
    expires_on = datetime.date(2026, 11, 23)
    registry.records = [record(1, expires_on=expires_on.isoformat())]
    last_minute = datetime.datetime(2026, 11, 22, 23, 59, tzinfo=VN)
    midnight = datetime.datetime(2026, 11, 23, 0, 0, tzinfo=VN)
    with time_machine.travel(last_minute, tick=False) as traveller:
        sync_from_url(registry.url)
        assert listed() == {"BK-P-0001"}
        traveller.move_to(midnight)
        assert datetime.datetime.now(datetime.UTC).date() == datetime.date(2026, 11, 22)
        assert listed() == set()  # no sync ran: the rule is evaluated at query time
        assert Product.objects.get().latest_certificate.state_today == "expired"


@pytest.mark.parametrize("status", ["revoked", "suspended"])
def test_revoked_and_suspended_certificates_are_not_listed(registry, frozen, status):
    registry.records = [record(1), record(2)]
    sync_from_url(registry.url)
    assert listed() == {"BK-P-0001", "BK-P-0002"}

    registry.records = [
        record(2, status=status, status_changed_on=TODAY.isoformat(), updated_at="2026-11-22T09:00:00+07:00")
    ]
    sync = sync_from_url(registry.url)
    assert sync.full is False  # incremental
    assert listed() == {"BK-P-0001"}
    assert [e["code"] for e in sync.changes["delisted"]] == ["BK-P-0002"]
    assert Product.objects.get(registry_code="BK-P-0002").latest_certificate.state_today == status
