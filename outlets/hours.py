"""Opening hours of a sales point, answered in Vietnam time.

A point's week (several slots a day are allowed: many shops close over lunch)
and its dated exceptions (Tết, national holidays, special hours) are loaded
once into a ``Schedule``, which then answers "is it open at …?" and "when
does it open next?" without more queries.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from django.utils import timezone
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext as _

from catalogue.certification import VIETNAM

Slot = tuple[datetime.time, datetime.time]

# How far ahead "opens on …" looks; a point closed for longer just says "Closed now".
LOOKAHEAD_DAYS = 14


class WeeklyRow(Protocol):
    weekday: int
    opens: datetime.time | None
    closes: datetime.time | None
    closed: bool


class ExceptionRow(Protocol):
    date: datetime.date
    opens: datetime.time | None
    closes: datetime.time | None
    closed: bool


@dataclass(frozen=True)
class OpeningStatus:
    """What the public page says: open or not, and one short sentence."""

    open_now: bool
    text: str


def vietnam_now(at: datetime.datetime | None = None) -> datetime.datetime:
    """``at`` (or now) as an aware datetime in Vietnam; naive values are taken as Vietnam time."""
    if at is None:
        at = timezone.now()
    if timezone.is_naive(at):
        return at.replace(tzinfo=VIETNAM)
    return at.astimezone(VIETNAM)


def hhmm(value: datetime.time) -> str:
    return value.strftime("%H:%M")


class Schedule:
    def __init__(self, weekly: Iterable[WeeklyRow], exceptions: Iterable[ExceptionRow] = ()) -> None:
        self.weekly: dict[int, list[Slot]] = defaultdict(list)
        self.closed_weekdays: set[int] = set()
        for row in weekly:
            if row.closed:
                self.closed_weekdays.add(row.weekday)
            elif row.opens and row.closes:
                self.weekly[row.weekday].append((row.opens, row.closes))
        self.exceptions: dict[datetime.date, list[Slot]] = {}
        closed_days: set[datetime.date] = set()
        for row in exceptions:
            slots = self.exceptions.setdefault(row.date, [])
            if row.closed:
                closed_days.add(row.date)
            elif row.opens and row.closes:
                slots.append((row.opens, row.closes))
        for day in closed_days:
            self.exceptions[day] = []

    @property
    def has_hours(self) -> bool:
        return bool(self.weekly or self.closed_weekdays)

    def slots_on(self, day: datetime.date) -> list[Slot]:
        """The opening slots of one date: its exception if it has one, else its weekday."""
        if day in self.exceptions:
            return sorted(self.exceptions[day])
        if day.weekday() in self.closed_weekdays:
            return []
        return sorted(self.weekly.get(day.weekday(), []))

    def week(self) -> list[tuple[int, str, list[Slot]]]:
        """Monday to Sunday: (weekday, its name, its slots) for the hours table."""
        return [
            (wd, WEEKDAYS[wd], [] if wd in self.closed_weekdays else sorted(self.weekly.get(wd, [])))
            for wd in range(7)
        ]

    def current_slot(self, at: datetime.datetime | None = None) -> Slot | None:
        now = vietnam_now(at)
        for opens, closes in self.slots_on(now.date()):
            if opens <= now.time() < closes:
                return (opens, closes)
        return None

    def is_open(self, at: datetime.datetime | None = None) -> bool:
        return self.current_slot(at) is not None

    def next_opening(self, at: datetime.datetime | None = None) -> datetime.datetime | None:
        now = vietnam_now(at)
        for offset in range(LOOKAHEAD_DAYS + 1):
            day = now.date() + datetime.timedelta(days=offset)
            for opens, _closes in self.slots_on(day):
                start = datetime.datetime.combine(day, opens, tzinfo=VIETNAM)
                if start > now:
                    return start
        return None

    def status(self, at: datetime.datetime | None = None) -> OpeningStatus:
        now = vietnam_now(at)
        slot = self.current_slot(now)
        if slot is not None:
            return OpeningStatus(True, _("Open now, closes at %(time)s") % {"time": hhmm(slot[1])})
        if not self.has_hours and not self.exceptions:
            return OpeningStatus(False, _("Opening hours not given"))
        nxt = self.next_opening(now)
        if nxt is None:
            return OpeningStatus(False, _("Closed now"))
        time = hhmm(nxt.time())
        days_ahead = (nxt.date() - now.date()).days
        if days_ahead == 0:
            text = _("Closed now, opens at %(time)s") % {"time": time}
        elif days_ahead == 1:
            text = _("Closed now, opens tomorrow at %(time)s") % {"time": time}
        elif days_ahead < 7:
            text = _("Closed now, opens %(day)s at %(time)s") % {
                "day": WEEKDAYS[nxt.weekday()],
                "time": time,
            }
        else:
            text = _("Closed now, opens on %(date)s at %(time)s") % {
                "date": nxt.strftime("%d/%m"),
                "time": time,
            }
        return OpeningStatus(False, text)
