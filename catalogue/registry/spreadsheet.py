"""Registry files: provinces' spreadsheets (CSV or XLSX) and JSON dumps of the HTTP feed.

Every reader yields pages of records in the JSON feed's shape, so the one validator and the
one sync apply to all sources. Only a page is in memory at a time (XLSX is read with
openpyxl's read-only mode; a JSON dump is one page by nature).
"""

from __future__ import annotations

import csv
import datetime
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from catalogue.registry.client import Page, RegistryError, read_page_body
from catalogue.registry.records import clean_text
from marketplace.safety.spreadsheets import SpreadsheetRefused, capped_rows, check_spreadsheet

PAGE_SIZE = 1000

# Vietnamese headers as provinces publish them -> field of the feed ("producer.x" nests).
HEADERS = {
    "Số giấy chứng nhận": "certificate_no",
    "Mã sản phẩm": "product_code",
    "Tên sản phẩm": "product_name",
    "Số sao": "stars",
    "Nhóm sản phẩm": "group",
    "Phân nhóm": "subgroup",
    "Cấp công nhận": "level",
    "Số quyết định": "decision_no",
    "Ngày cấp": "issued_on",
    "Ngày hết hạn": "expires_on",
    "Trạng thái": "status",
    "Ngày thay đổi trạng thái": "status_changed_on",
    "Mã số chủ thể": "producer.registration_no",
    "Tên chủ thể": "producer.name",
    "Loại hình chủ thể": "producer.legal_form",
    "Tỉnh": "producer.province",
    "Huyện": "producer.district",
    "Xã": "producer.commune",
}
OPTIONAL_HEADERS = {"Phân nhóm", "Số quyết định", "Ngày thay đổi trạng thái", "Huyện", "Xã"}

# Vietnamese values -> codes of the feed. Keys are compared casefolded.
VALUES = {
    "group": {
        "thực phẩm": "food",
        "đồ uống": "beverage",
        "dược liệu": "herbal",
        "dược liệu và sản phẩm từ dược liệu": "herbal",
        "thủ công mỹ nghệ": "handicraft",
        "sinh vật cảnh": "ornamental",
        "hoa, cây cảnh": "ornamental",
        "dịch vụ du lịch": "tourism",
        "dịch vụ du lịch cộng đồng": "tourism",
        "dịch vụ du lịch cộng đồng và điểm du lịch": "tourism",
    },
    "level": {"huyện": "district", "tỉnh": "province", "trung ương": "national", "quốc gia": "national"},
    "status": {"còn hiệu lực": "active", "thu hồi": "revoked", "tạm đình chỉ": "suspended"},
    "producer.legal_form": {
        "hợp tác xã": "cooperative",
        "tổ hợp tác": "cooperative_group",
        "doanh nghiệp": "enterprise",
        "trang trại": "farm",
        "hộ kinh doanh": "household",
        "hộ sản xuất": "household",
    },
}
DATE_FIELDS = {"issued_on", "expires_on", "status_changed_on"}


def _key(header: Any) -> str:
    return clean_text(header).casefold()


_HEADER_KEYS = {_key(header): field for header, field in HEADERS.items()}


def _cell(field: str, value: Any) -> Any:
    """One cell as the JSON feed would carry it (dates as ISO text, Vietnamese labels as codes)."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if field == "stars":
        return value if isinstance(value, int) else clean_text(value)
    text = clean_text(value)
    if field in DATE_FIELDS:
        try:
            return datetime.datetime.strptime(text, "%d/%m/%Y").date().isoformat() if text else None
        except ValueError:
            return text  # the validator reports it with the record's number
    if field in VALUES:
        return VALUES[field].get(text.casefold(), text)
    return text


def _columns(header_row: Iterable[Any]) -> list[str | None]:
    columns = [_HEADER_KEYS.get(_key(h)) for h in header_row]
    missing = [h for h in HEADERS if h not in OPTIONAL_HEADERS and HEADERS[h] not in columns]
    if missing:
        raise RegistryError(
            _("The spreadsheet lacks the column(s): %(columns)s") % {"columns": ", ".join(missing)}
        )
    return columns


def _record(columns: list[str | None], row: Iterable[Any]) -> dict | None:
    record: dict[str, Any] = {"producer": {}}
    filled = False
    for field, value in zip(columns, row, strict=False):
        if field is None:
            continue
        if value not in (None, ""):
            filled = True
        value = _cell(field, value)
        if field.startswith("producer."):
            record["producer"][field.removeprefix("producer.")] = value
        else:
            record[field] = value
    return record if filled else None  # blank lines at the end of sheets are common


def _paged(columns: list[str | None], rows: Iterable[Iterable[Any]]) -> Iterator[Page]:
    page: list[dict] = []
    for row in rows:
        record = _record(columns, row)
        if record is None:
            continue
        page.append(record)
        if len(page) >= PAGE_SIZE:
            yield Page(results=page)
            page = []
    if page:
        yield Page(results=page)


def iter_csv(path: Path) -> Iterator[Page]:
    # utf-8-sig drops the BOM Excel writes, and reads files without one unchanged.
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            sample = handle.read(4096)
            handle.seek(0)
            try:
                dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
            except csv.Error:
                dialect = csv.excel
            reader = capped_rows(csv.reader(handle, dialect))
            columns = _columns(next(reader, []))
            yield from _paged(columns, reader)
    except UnicodeDecodeError as exc:
        raise RegistryError(_("The CSV file is not UTF-8: %(error)s") % {"error": exc}) from exc
    except csv.Error as exc:
        raise RegistryError(_("The CSV file cannot be read: %(error)s") % {"error": exc}) from exc
    except SpreadsheetRefused as exc:
        raise RegistryError(str(exc)) from exc


def iter_xlsx(path: Path) -> Iterator[Page]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise RegistryError(_("The XLSX file cannot be read: %(error)s") % {"error": exc}) from exc
    try:
        sheet = workbook.worksheets[0]
        rows = capped_rows(sheet.iter_rows(values_only=True))
        columns = _columns(next(rows, ()))
        yield from _paged(columns, rows)
    except SpreadsheetRefused as exc:
        raise RegistryError(str(exc)) from exc
    finally:
        workbook.close()


def iter_json(path: Path) -> Iterator[Page]:
    """A dump of the HTTP feed: {"generated_at", "next_cursor": null, "results": [...]}."""
    try:
        with open(path, encoding="utf-8") as handle:
            body = json.load(handle)
    except (ValueError, UnicodeDecodeError) as exc:
        raise RegistryError(_("The JSON file is invalid: %(error)s") % {"error": exc}) from exc
    page = read_page_body(body)
    for start in range(0, len(page.results), PAGE_SIZE):
        yield Page(results=page.results[start : start + PAGE_SIZE], generated_at=page.generated_at)
    if not page.results:
        yield page


def check_file(path: Path) -> int:
    """The spreadsheet caps (size, unpacked size, rows, columns, texts), checked before parsing.

    Returns the number of data rows (header excluded); 0 for a JSON dump of the feed, which staff
    give the command (never uploaded) and which is read whole by nature.
    """
    if not is_spreadsheet(path):
        return 0
    try:
        return max(check_spreadsheet(path).rows - 1, 0)
    except SpreadsheetRefused as exc:
        raise RegistryError(str(exc)) from exc


def iter_file(path: Path) -> Iterator[Page]:
    """The file's pages of records; refused (RegistryError) before any parsing if it passes a cap."""
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv", ".xlsx", ".xlsm"):
        raise RegistryError(_("Unknown file type %(suffix)s: use .json, .csv or .xlsx.") % {"suffix": suffix})
    check_file(path)
    if suffix == ".json":
        return iter_json(path)
    if suffix == ".csv":
        return iter_csv(path)
    return iter_xlsx(path)


def is_spreadsheet(path: Path) -> bool:
    return path.suffix.lower() != ".json"
