"""Open or closed is decided in Vietnam time, with lunch breaks, holidays and special hours."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.utils import translation

from catalogue.certification import VIETNAM
from outlets.models import HolidayHours, OpeningHours

T = datetime.time
UTC = datetime.UTC
# 2 March 2026 is a Monday.
MONDAY = datetime.date(2026, 3, 2)


def vn(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime.combine(day, T(hour, minute), tzinfo=VIETNAM)


def days(n: int) -> datetime.timedelta:
    return datetime.timedelta(days=n)


@pytest.fixture
def point(make_point):
    """Mon–Fri 07:30–11:30 and 13:30–17:00, Saturday 08:00–12:00, closed Sunday."""
    point = make_point()
    point.opening_hours.add(*[OpeningHours(weekday=wd, opens=T(13, 30), closes=T(17, 0)) for wd in range(5)])
    point.holiday_hours = [
        HolidayHours(date=MONDAY + days(7), closed=True, note="Nghỉ lễ"),
        HolidayHours(date=MONDAY + days(8), closed=False, opens=T(9, 0), closes=T(12, 0)),
    ]
    point.save_revision().publish()
    point.refresh_from_db()
    return point


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_open_in_both_slots_and_closed_over_lunch(point):
    assert point.is_open(vn(MONDAY, 8))
    assert not point.is_open(vn(MONDAY, 12))
    assert point.is_open(vn(MONDAY, 14))
    assert not point.is_open(vn(MONDAY, 17))  # closing time itself is closed
    assert point.opening_status(vn(MONDAY, 12)).text == "Closed now, opens at 13:30"
    assert point.opening_status(vn(MONDAY, 14)).text == "Open now, closes at 17:00"


def test_the_clock_is_vietnams_not_utcs(point):
    # 00:30 UTC on Monday is 07:30 in Vietnam: open.
    assert point.is_open(datetime.datetime(2026, 3, 2, 0, 30, tzinfo=UTC))
    # 23:30 UTC on Sunday is 06:30 Monday in Vietnam: closed, opening today.
    sunday_night_utc = datetime.datetime(2026, 3, 1, 23, 30, tzinfo=UTC)
    assert not point.is_open(sunday_night_utc)
    assert point.opening_status(sunday_night_utc).text == "Closed now, opens at 07:30"


def test_without_an_argument_it_asks_the_clock_in_vietnam(point):
    with time_machine.travel(datetime.datetime(2026, 3, 2, 1, 0, tzinfo=UTC), tick=False):  # 08:00 VN
        assert point.is_open()
        assert point.opening_status().open_now
    with time_machine.travel(datetime.datetime(2026, 3, 2, 11, 0, tzinfo=UTC), tick=False):  # 18:00 VN
        assert not point.is_open()
        assert point.opening_status().text == "Closed now, opens tomorrow at 07:30"


def test_closed_sunday_then_monday(point):
    saturday = MONDAY - days(2)
    assert point.is_open(vn(saturday, 9))
    assert not point.is_open(vn(saturday + days(1), 9))
    assert point.opening_status(vn(saturday, 13)).text == "Closed now, opens Monday at 07:30"


def test_the_next_opening_skips_a_holiday(point):
    saturday = MONDAY + days(5)  # the Monday after is a holiday; Tuesday has special hours
    assert point.opening_status(vn(saturday, 13)).text == "Closed now, opens Tuesday at 09:00"


def test_a_holiday_closes_a_normal_monday(point):
    holiday = MONDAY + days(7)
    assert not point.is_open(vn(holiday, 8))
    assert point.opening_status(vn(holiday, 8)).text == "Closed now, opens tomorrow at 09:00"


def test_special_hours_replace_the_weekday(point):
    special = MONDAY + days(8)  # a Tuesday opening 09:00–12:00 only
    assert not point.is_open(vn(special, 8))
    assert point.is_open(vn(special, 10))
    assert not point.is_open(vn(special, 14))


def test_no_hours_given(make_point):
    point = make_point(title="Điểm chưa có giờ", hours={})
    point.opening_hours.all().delete()
    point.refresh_from_db()
    assert not point.is_open(vn(MONDAY, 9))
    assert point.opening_status(vn(MONDAY, 9)).text == "Opening hours not given"
