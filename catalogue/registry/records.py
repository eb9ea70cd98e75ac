"""One registry record, validated against registry-feed.md and normalised.

Text is NFC with single spaces, so that the precomposed and decomposed spellings the
registries send are one and the same name.
"""

from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass
from typing import Any

from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from catalogue.certification import VIETNAM
from catalogue.models import CertificateStatus, LegalForm, Level, OcopGroup

GROUPS = set(OcopGroup.values)
LEVELS = set(Level.values)
STATUSES = set(CertificateStatus.values)
LEGAL_FORMS = set(LegalForm.values)
STARS = {3, 4, 5}


class RecordError(ValueError):
    """A record that breaks the feed's rules: reported and skipped, never applied."""


def clean_text(value: Any) -> str:
    """NFC, single spaces, no surrounding blanks; None becomes ""."""
    if value is None:
        return ""
    if not isinstance(value, str):
        value = str(value)
    return " ".join(unicodedata.normalize("NFC", value).split())


def clean_code(value: Any) -> str:
    """Identifiers: NFC and trimmed, case kept (the feed says they are case-sensitive)."""
    if value is None:
        return ""
    if not isinstance(value, str | int):
        raise RecordError(_("an identifier must be text"))
    return unicodedata.normalize("NFC", str(value)).strip()


@dataclass(frozen=True, slots=True)
class ProducerRecord:
    registration_no: str
    name: str
    legal_form: str
    province: str
    district: str
    commune: str


@dataclass(frozen=True, slots=True)
class CertificateRecord:
    certificate_no: str
    product_code: str
    product_name: str
    stars: int
    group: str
    subgroup: str
    level: str
    decision_no: str
    issued_on: datetime.date
    expires_on: datetime.date
    status: str
    status_changed_on: datetime.date | None
    producer: ProducerRecord
    updated_at: datetime.datetime | None
    raw: dict


def parse_date(value: Any, field: str, *, required: bool = True) -> datetime.date | None:
    """ISO dates (the JSON feed) or dd/mm/yyyy (spreadsheets); datetime cells of XLSX too."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = clean_text(value)
    if not text:
        if required:
            raise RecordError(_("%(field)s is missing") % {"field": field})
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise RecordError(_("%(field)s is not a date: %(value)r") % {"field": field, "value": text})


def parse_timestamp(value: Any) -> datetime.datetime | None:
    """ISO 8601; a time without offset is Vietnam's."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        parsed = value
    else:
        try:
            parsed = parse_datetime(clean_text(value))
        except ValueError:
            parsed = None
        if parsed is None:
            raise RecordError(_("updated_at is not a date and time: %(value)r") % {"value": value})
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=VIETNAM)
    return parsed


def _required(data: dict, field: str, max_length: int, *, code: bool = False) -> str:
    value = clean_code(data.get(field)) if code else clean_text(data.get(field))
    if not value:
        raise RecordError(_("%(field)s is missing") % {"field": field})
    if len(value) > max_length:
        raise RecordError(_("%(field)s is longer than %(n)d characters") % {"field": field, "n": max_length})
    return value


def _optional(data: dict, field: str, max_length: int) -> str:
    value = clean_text(data.get(field))
    if len(value) > max_length:
        raise RecordError(_("%(field)s is longer than %(n)d characters") % {"field": field, "n": max_length})
    return value


def _choice(data: dict, field: str, choices: set[str]) -> str:
    value = clean_text(data.get(field))
    if value not in choices:
        raise RecordError(
            _("%(field)s must be one of %(choices)s, not %(value)r")
            % {"field": field, "choices": ", ".join(sorted(choices)), "value": value}
        )
    return value


def _stars(value: Any) -> int:
    # bool is an int in Python; a registry sending true is still wrong.
    if isinstance(value, bool):
        raise RecordError(_("stars must be 3, 4 or 5, not %(value)r") % {"value": value})
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or value not in STARS:
        raise RecordError(_("stars must be 3, 4 or 5, not %(value)r") % {"value": value})
    return value


def parse_record(data: Any) -> CertificateRecord:
    """Validate one record of the feed's shape; raise RecordError with the first broken rule."""
    if not isinstance(data, dict):
        raise RecordError(_("a record must be an object"))
    certificate_no = _required(data, "certificate_no", 80, code=True)
    product_code = _required(data, "product_code", 80, code=True)
    producer = data.get("producer")
    if not isinstance(producer, dict):
        raise RecordError(_("producer is missing"))
    issued_on = parse_date(data.get("issued_on"), "issued_on")
    expires_on = parse_date(data.get("expires_on"), "expires_on")
    if expires_on <= issued_on:
        raise RecordError(_("expires_on must be after issued_on"))
    return CertificateRecord(
        certificate_no=certificate_no,
        product_code=product_code,
        product_name=_required(data, "product_name", 255),
        stars=_stars(data.get("stars")),
        group=_choice(data, "group", GROUPS),
        subgroup=_optional(data, "subgroup", 120),
        level=_choice(data, "level", LEVELS),
        decision_no=_optional(data, "decision_no", 80),
        issued_on=issued_on,
        expires_on=expires_on,
        status=_choice(data, "status", STATUSES),
        status_changed_on=parse_date(data.get("status_changed_on"), "status_changed_on", required=False),
        producer=ProducerRecord(
            registration_no=_required(producer, "registration_no", 40, code=True),
            name=_required(producer, "name", 255),
            legal_form=_choice(producer, "legal_form", LEGAL_FORMS),
            province=_required(producer, "province", 120),
            district=_optional(producer, "district", 120),
            commune=_optional(producer, "commune", 120),
        ),
        updated_at=parse_timestamp(data.get("updated_at")),
        raw=data,
    )


def record_label(data: Any, index: int) -> str:
    """How an error names a record: its certificate number, else its position in the feed."""
    if isinstance(data, dict):
        try:
            number = clean_code(data.get("certificate_no"))
        except RecordError:
            number = ""
        if number:
            return number
    return f"#{index}"
