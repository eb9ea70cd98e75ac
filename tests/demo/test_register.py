"""The demo register always shows the cases the marketplace must handle, whatever the day."""

from __future__ import annotations

import datetime

import pytest

from catalogue.demo.register import SCENARIO, add_months, build_feed, build_records
from catalogue.demo.specialties import PROVINCES, SPECIALTIES, producer_of

DAYS = [
    datetime.date(2026, 11, 22),
    datetime.date(2028, 2, 29),  # leap day: 36 months later is 28 Feb
    datetime.date(2027, 1, 1),
]


def valid(record: dict, day: datetime.date) -> bool:
    return record["status"] == "active" and datetime.date.fromisoformat(
        record["issued_on"]
    ) <= day < datetime.date.fromisoformat(record["expires_on"])


@pytest.mark.parametrize("day", DAYS)
def test_register_has_every_case(day):
    records = build_records(day)
    by_code: dict[str, list[dict]] = {}
    for record in records:
        by_code.setdefault(record["product_code"], []).append(record)

    certified = {code for code, recs in by_code.items() if any(valid(r, day) for r in recs)}
    assert len(certified) >= 50
    assert not certified & set(SCENARIO.not_certified)

    expired = [r for r in records if r["status"] == "active" and r["expires_on"] <= day.isoformat()]
    assert len(expired) >= 4
    assert sum(r["status"] == "revoked" and r["status_changed_on"] is not None for r in records) >= 3
    assert sum(r["status"] == "suspended" for r in records) == 1
    soon = day + datetime.timedelta(days=30)
    expiring = [r for r in records if valid(r, day) and r["expires_on"] <= soon.isoformat()]
    assert len(expiring) >= 4

    renewed = by_code[SCENARIO.renewed[0]]
    assert len(renewed) == 2 and sorted(valid(r, day) for r in renewed) == [False, True]
    upgraded = by_code[SCENARIO.upgraded[0]]
    assert sorted(r["stars"] for r in upgraded) == [3, 4]


def test_register_is_the_same_twice_a_day_and_well_formed():
    day = DAYS[0]
    assert build_feed(day) == build_feed(day)
    records = build_records(day)
    assert len({r["certificate_no"] for r in records}) == len(records)
    for record in records:
        assert record["stars"] in (3, 4, 5)
        assert record["level"] in ("district", "province", "national")
        assert len(record["producer"]["registration_no"]) == 10
        assert record["issued_on"] < record["expires_on"]


def test_at_least_twelve_real_specialties_per_province():
    for province in PROVINCES:
        assert sum(producer_of(s).province == province for s in SPECIALTIES) >= 12
    assert {s.group for s in SPECIALTIES} == {
        "food",
        "beverage",
        "herbal",
        "handicraft",
        "ornamental",
        "tourism",
    }


def test_add_months_clamps_to_month_end():
    assert add_months(datetime.date(2028, 2, 29), 36) == datetime.date(2031, 2, 28)
    assert add_months(datetime.date(2026, 1, 31), -36) == datetime.date(2023, 1, 31)
