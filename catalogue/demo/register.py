"""The demo OCOP register: the curated specialties as a registry feed, dated relative to today.

Dates move with today's date (Vietnam time) so that the demo always shows the cases the
marketplace must handle: valid certificates, expired ones, revoked and suspended ones,
certificates expiring within 30 days, a renewed product and an upgraded one. Everything is
derived from the product codes, so two runs on the same day produce the same file.
"""

from __future__ import annotations

import calendar
import datetime
import json
import zlib
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from catalogue.certification import vietnam_today
from catalogue.demo.specialties import (
    PROVINCE_CODES,
    SPECIALTIES,
    SUBGROUP_NAMES,
    Specialty,
    producer_of,
)

VALIDITY_MONTHS = 36
# Decision 1489/QĐ-TTg: from July 2025 the province certifies 3 and 4 stars (no district level).
DISTRICT_LEVEL_ABOLISHED = datetime.date(2025, 7, 1)

# Cases the demo must always show. Days are relative to today (negative = in the past).
EXPIRED: dict[str, int] = {  # expires_on = today + days (<= today: no longer certified)
    "SL-MOCCHAU-BOSAP-01": 0,  # expires today: delisted from this morning
    "QN-DIENBAN-MIQUANG-01": -3,
    "BK-BABE-BITHOM-01": -12,
    "HY-KIMDONG-NEPHOAVANG-01": -45,
    "LS-TRANGDINH-THACHDEN-01": -100,
}
REVOKED: dict[str, int] = {  # status_changed_on = today + days
    "LS-BINHGIA-GAOHONGPHONG-01": -8,
    "SL-TPSL-CHAMCHEO-01": -20,
    "BK-TPBK-LAPSUON-01": -60,
}
SUSPENDED: dict[str, int] = {"HY-PHUCU-CHAGA-01": -5}
EXPIRING: dict[str, int] = {  # still valid, expires_on = today + days
    "SL-SONGMA-LONGNHAN-01": 2,
    "BK-CHODON-BAOTHAI-01": 9,
    "HY-KHOAICHAU-CHUOI-01": 17,
    "LS-VANLANG-HONGVANHKHUYEN-01": 24,
    "QN-HOIAN-DENLONG-01": 29,
}
# An old certificate that expired, and the new one issued on re-evaluation.
RENEWED: dict[str, tuple[int, int]] = {"HY-TPHY-NHANLONG-01": (-40, -35)}  # (old expired, new issued)
# Re-rated upwards: an old 3-star certificate, then a 4-star one (both still within validity).
UPGRADED: dict[str, tuple[int, int, int]] = {"BK-NARI-MIENDONG-01": (3, -720, -60)}  # (old stars, old, new)


@dataclass(frozen=True)
class Scenario:
    """What the demo shows for each special case, for the command's summary and the tests."""

    expired: tuple[str, ...] = tuple(EXPIRED)
    revoked: tuple[str, ...] = tuple(REVOKED)
    suspended: tuple[str, ...] = tuple(SUSPENDED)
    expiring: tuple[str, ...] = tuple(EXPIRING)
    renewed: tuple[str, ...] = tuple(RENEWED)
    upgraded: tuple[str, ...] = tuple(UPGRADED)

    @property
    def not_certified(self) -> tuple[str, ...]:
        return self.expired + self.revoked + self.suspended


SCENARIO = Scenario()


def add_months(day: datetime.date, months: int) -> datetime.date:
    """``day`` moved by whole months, clamped to the month's last day (29 Feb -> 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def _stable(code: str, salt: str = "") -> int:
    """A number fixed for a product code (crc32 does not change between runs, unlike hash())."""
    return zlib.crc32(f"{salt}{code}".encode())


def _level(stars: int, issued_on: datetime.date) -> str:
    if stars == 5:
        return "national"
    if stars == 3 and issued_on < DISTRICT_LEVEL_ABOLISHED:
        return "district"
    return "province"


def _decision(code: str, level: str, issued_on: datetime.date, salt: str = "") -> str:
    number = 100 + _stable(code, salt) % 2900
    suffix = "QĐ-BNNMT" if level == "national" else "QĐ-UBND"
    return f"{number}/{suffix}"


def _at_nine(day: datetime.date) -> str:
    return f"{day.isoformat()}T09:00:00+07:00"


def _record(
    specialty: Specialty,
    certificate_no: str,
    *,
    stars: int,
    issued_on: datetime.date,
    expires_on: datetime.date | None = None,
    status: str = "active",
    status_changed_on: datetime.date | None = None,
    salt: str = "",
) -> dict:
    producer = producer_of(specialty)
    expires_on = expires_on or add_months(issued_on, VALIDITY_MONTHS)
    level = _level(stars, issued_on)
    return {
        "certificate_no": certificate_no,
        "product_code": specialty.code,
        "product_name": specialty.name,
        "stars": stars,
        "group": specialty.group,
        "subgroup": SUBGROUP_NAMES.get(specialty.subgroup, specialty.subgroup),
        "level": level,
        "decision_no": _decision(specialty.code, level, issued_on, salt),
        "issued_on": issued_on.isoformat(),
        "expires_on": expires_on.isoformat(),
        "status": status,
        "status_changed_on": status_changed_on.isoformat() if status_changed_on else None,
        "producer": {
            "registration_no": producer.registration_no,
            "name": producer.name,
            "legal_form": producer.legal_form,
            "province": producer.province,
            "district": producer.district,
            "commune": producer.commune,
        },
        "updated_at": _at_nine(max(issued_on, status_changed_on or issued_on)),
    }


def build_records(today: datetime.date | None = None) -> list[dict]:
    """One record per certificate; a renewed or upgraded product has two."""
    today = today or vietnam_today()

    def days(n: int) -> datetime.date:
        return today + datetime.timedelta(days=n)

    records: list[dict] = []
    serial: dict[str, int] = {}
    for specialty in SPECIALTIES:
        province = PROVINCE_CODES[producer_of(specialty).province]
        serial[province] = serial.get(province, 0) + 1
        number = f"{province}-OCOP-{serial[province]:04d}"
        old_number = f"{province}-OCOP-{900 + serial[province]:04d}"  # a superseded certificate
        code = specialty.code
        # An ordinary certificate: issued 1 to 31 months ago, so it expires in more than 5 months.
        ordinary_issue = days(-(30 + _stable(code) % 900))

        if code in EXPIRED:
            expires = days(EXPIRED[code])
            records.append(
                _record(specialty, number, stars=specialty.stars, issued_on=add_months(expires, -36))
            )
        elif code in EXPIRING:
            expires = days(EXPIRING[code])
            records.append(
                _record(specialty, number, stars=specialty.stars, issued_on=add_months(expires, -36))
            )
        elif code in REVOKED or code in SUSPENDED:
            status, changed = (
                ("revoked", REVOKED[code]) if code in REVOKED else ("suspended", SUSPENDED[code])
            )
            records.append(
                _record(
                    specialty,
                    number,
                    stars=specialty.stars,
                    # Issued well before the inspection that revoked or suspended it.
                    issued_on=days(changed - 120 - _stable(code) % 600),
                    status=status,
                    status_changed_on=days(changed),
                )
            )
        elif code in RENEWED:
            old_expired, new_issued = RENEWED[code]
            old_expires = days(old_expired)
            records.append(
                _record(
                    specialty,
                    old_number,
                    stars=specialty.stars,
                    issued_on=add_months(old_expires, -36),
                    salt="old",
                )
            )
            records.append(_record(specialty, number, stars=specialty.stars, issued_on=days(new_issued)))
        elif code in UPGRADED:
            old_stars, old_issued, new_issued = UPGRADED[code]
            records.append(
                _record(specialty, old_number, stars=old_stars, issued_on=days(old_issued), salt="old")
            )
            records.append(_record(specialty, number, stars=specialty.stars, issued_on=days(new_issued)))
        else:
            records.append(_record(specialty, number, stars=specialty.stars, issued_on=ordinary_issue))
    return records


def build_feed(today: datetime.date | None = None) -> dict:
    """The registry's HTTP response shape (registry-feed.md), a single page."""
    today = today or vietnam_today()
    return {
        "generated_at": f"{today.isoformat()}T06:00:00+07:00",
        "next_cursor": None,
        "results": build_records(today),
    }


def default_path() -> Path:
    return Path(settings.BASE_DIR) / "var" / "demo-register.json"


def write_register(path: Path | None = None, today: datetime.date | None = None) -> Path:
    """Write today's demo register as JSON; the file is what the registry sync reads."""
    path = Path(path or default_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(build_feed(today), ensure_ascii=False, indent=2)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path
