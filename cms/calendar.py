"""The fair index's month view: a table of weeks, each day listing the fairs running on it."""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass, field

from django.db.models import QuerySet

from catalogue.certification import VIETNAM


def month_bounds(value: str) -> tuple[datetime.datetime, datetime.datetime]:
    """Start of the month and of the next one, in Vietnam time, for "YYYY-MM"."""
    year, month = (int(part) for part in value.split("-"))
    start = datetime.datetime(year, month, 1, tzinfo=VIETNAM)
    following = datetime.datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=VIETNAM)
    return start, following


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    fairs: list = field(default_factory=list)


@dataclass
class Month:
    first: datetime.date
    weeks: list[list[Day]]
    fairs: list
    previous: str
    following: str

    @property
    def key(self) -> str:
        return f"{self.first:%Y-%m}"


def _shift(first: datetime.date, months: int) -> str:
    index = first.year * 12 + first.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_grid(fairs: QuerySet, year: int, month: int) -> Month:
    """Weeks Monday to Sunday; a fair appears on every day it runs (in Vietnam time)."""
    start, following = month_bounds(f"{year}-{month}")
    running = list(fairs.filter(start__lt=following, end__gte=start).order_by("start", "pk"))
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        row = []
        for day in week:
            today_fairs = [
                fair
                for fair in running
                if fair.start.astimezone(VIETNAM).date() <= day <= fair.end.astimezone(VIETNAM).date()
            ]
            row.append(Day(day, day.month == month, today_fairs if day.month == month else []))
        weeks.append(row)
    first = start.date()
    return Month(first, weeks, running, _shift(first, -1), _shift(first, 1))
