"""Builders of registry records and a real local HTTP registry (http.server in a thread)."""

from __future__ import annotations

import copy
import csv
import datetime
import json
import random
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

VN = datetime.timezone(datetime.timedelta(hours=7))
# "Now" of most tests: 22 Nov 2026, 10:00 in Vietnam.
NOW = datetime.datetime(2026, 11, 22, 10, 0, tzinfo=VN)
TODAY = NOW.date()


# --- Records ------------------------------------------------------------------


def producer(n: int = 1, **overrides: Any) -> dict:
    data = {
        "registration_no": f"47001234{n:02d}",
        "name": f"Hợp tác xã Nông nghiệp Côn Minh {n}",
        "legal_form": "cooperative",
        "province": "Bắc Kạn",
        "district": "Na Rì",
        "commune": "Côn Minh",
    }
    data.update(overrides)
    return data


def record(n: int = 1, *, producer_no: int = 1, producer_data: dict | None = None, **overrides: Any) -> dict:
    """A valid feed record; certificate BK-2025-<n>, product BK-P-<n>, valid on TODAY."""
    data = {
        "certificate_no": f"BK-2025-{n:04d}",
        "product_code": f"BK-P-{n:04d}",
        "product_name": f"Miến dong Na Rì {n}",
        "stars": 4,
        "group": "food",
        "subgroup": "processed-agricultural",
        "level": "province",
        "decision_no": "1234/QĐ-UBND",
        "issued_on": "2025-05-10",
        "expires_on": "2028-05-10",
        "status": "active",
        "status_changed_on": None,
        "producer": producer_data if producer_data is not None else producer(producer_no),
        "updated_at": "2026-11-20T10:15:00+07:00",
    }
    data.update(overrides)
    return data


def records(count: int, **overrides: Any) -> list[dict]:
    return [record(n, **overrides) for n in range(1, count + 1)]


def feed(results: list[dict], generated_at: str = "2026-11-22T08:00:00+07:00") -> dict:
    return {"generated_at": generated_at, "next_cursor": None, "results": results}


def write_json(path: Path, results: list[dict]) -> Path:
    path.write_text(json.dumps(feed(results), ensure_ascii=False), encoding="utf-8")
    return path


# Spreadsheet side, written independently of the importer's tables.
SHEET_COLUMNS = [
    ("Số giấy chứng nhận", lambda r: r["certificate_no"]),
    ("Mã sản phẩm", lambda r: r["product_code"]),
    ("Tên sản phẩm", lambda r: r["product_name"]),
    ("Số sao", lambda r: r["stars"]),
    (
        "Nhóm sản phẩm",
        lambda r: {
            "food": "Thực phẩm",
            "beverage": "Đồ uống",
            "herbal": "Dược liệu",
            "handicraft": "Thủ công mỹ nghệ",
            "ornamental": "Sinh vật cảnh",
            "tourism": "Dịch vụ du lịch",
        }[r["group"]],
    ),
    ("Phân nhóm", lambda r: r["subgroup"]),
    (
        "Cấp công nhận",
        lambda r: {"district": "Huyện", "province": "Tỉnh", "national": "Trung ương"}[r["level"]],
    ),
    ("Số quyết định", lambda r: r["decision_no"]),
    ("Ngày cấp", lambda r: _dmy(r["issued_on"])),
    ("Ngày hết hạn", lambda r: _dmy(r["expires_on"])),
    (
        "Trạng thái",
        lambda r: {"active": "Còn hiệu lực", "revoked": "Thu hồi", "suspended": "Tạm đình chỉ"}[r["status"]],
    ),
    ("Ngày thay đổi trạng thái", lambda r: _dmy(r["status_changed_on"])),
    ("Mã số chủ thể", lambda r: r["producer"]["registration_no"]),
    ("Tên chủ thể", lambda r: r["producer"]["name"]),
    (
        "Loại hình chủ thể",
        lambda r: {
            "cooperative": "Hợp tác xã",
            "cooperative_group": "Tổ hợp tác",
            "enterprise": "Doanh nghiệp",
            "farm": "Trang trại",
            "household": "Hộ kinh doanh",
        }[r["producer"]["legal_form"]],
    ),
    ("Tỉnh", lambda r: r["producer"]["province"]),
    ("Huyện", lambda r: r["producer"]["district"]),
    ("Xã", lambda r: r["producer"]["commune"]),
]


def _dmy(value: str | None) -> str:
    return datetime.date.fromisoformat(value).strftime("%d/%m/%Y") if value else ""


def sheet_rows(results: list[dict], *, shuffle: bool = True) -> tuple[list[str], list[list]]:
    columns = list(SHEET_COLUMNS)
    if shuffle:
        random.Random(3).shuffle(columns)
    header = [name for name, _get in columns]
    return header, [[get(r) for _name, get in columns] for r in results]


def write_csv(path: Path, results: list[dict], *, bom: bool = True, shuffle: bool = True) -> Path:
    header, rows = sheet_rows(results, shuffle=shuffle)
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, results: list[dict], *, shuffle: bool = True) -> Path:
    from openpyxl import Workbook

    header, rows = sheet_rows(results, shuffle=shuffle)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.create_sheet("Ghi chú").append(["not the register"])
    workbook.save(path)
    return path


# --- A real HTTP registry ---------------------------------------------------------


class Registry:
    """What the local registry serves, and what it was asked."""

    def __init__(self) -> None:
        self.records: list[dict] = []
        self.pages: list[list[dict]] | None = None  # explicit pages override paging of records
        self.page_size = 2
        self.generated_at = "2026-11-22T08:00:00+07:00"
        self.token = ""
        self.requests: list[dict] = []
        # Breakage of one page (0-based): "500", "invalid_json", "cutoff", "slow"; or always.
        self.break_page: int | None = None
        self.break_mode = ""
        self.break_times = 10**6  # how many requests of that page break before it heals
        self.slow_seconds = 1.0
        self.url = ""

    def serve(self, query: dict[str, list[str]]) -> list[dict]:
        if self.pages is not None:
            return self.pages
        selected = self.records
        since = query.get("updated_since", [None])[0]
        if since:
            moment = datetime.datetime.fromisoformat(since)
            selected = [r for r in selected if datetime.datetime.fromisoformat(r["updated_at"]) > moment]
        return [selected[i : i + self.page_size] for i in range(0, len(selected), self.page_size)] or [[]]


def _handler(registry: Registry) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            parsed = urlparse(self.path)
            query = parse_qs(parsed.query)
            registry.requests.append({"path": parsed.path, "query": query, "headers": dict(self.headers)})
            if parsed.path != "/certificates":
                return self._send(404, b"{}")
            if registry.token and self.headers.get("Authorization") != f"Bearer {registry.token}":
                return self._send(401, b'{"detail": "unauthorised"}')
            pages = registry.serve(query)
            index = int(query.get("cursor", ["0"])[0])
            if index == registry.break_page and registry.break_times > 0:
                registry.break_times -= 1
                mode = registry.break_mode
                if mode == "500":
                    return self._send(500, b"Internal Server Error")
                if mode == "invalid_json":
                    return self._send(200, b'{"generated_at": "2026-11-22T08:00:00+07:00", "results": [')
                if mode == "slow":
                    time.sleep(registry.slow_seconds)
                if mode == "cutoff":
                    body = json.dumps(self._body(pages, index), ensure_ascii=False).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return None
            body = json.dumps(self._body(pages, index), ensure_ascii=False).encode()
            return self._send(200, body)

        def _body(self, pages: list[list[dict]], index: int) -> dict:
            has_next = index + 1 < len(pages)
            return {
                "generated_at": registry.generated_at,
                "next_cursor": str(index + 1) if has_next else None,
                "results": pages[index],
            }

        def _send(self, status: int, body: bytes) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (time-out test)

    return Handler


@pytest.fixture
def registry() -> Iterator[Registry]:
    state = Registry()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def fast_registry_settings(settings: Any) -> Iterator[None]:
    """No real back-off waits in tests; messages asserted in English (the msgids)."""
    from django.utils import translation

    settings.OCOP_REGISTRY_BACKOFF = 0
    settings.OCOP_REGISTRY_RETRIES = 2
    settings.OCOP_REGISTRY_TIMEOUT = 5
    settings.OCOP_REGISTRY_TOKEN = ""
    settings.OCOP_REGISTRY_URL = ""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def frozen() -> Iterator[Any]:
    import time_machine

    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def mirror_state() -> dict:
    """Everything a sync decides, comparable across sources (ids and timestamps left out)."""
    from catalogue.models import Certificate, Producer, Product

    return {
        "certificates": sorted(
            Certificate.objects.values_list(
                "certificate_no",
                "product__registry_code",
                "producer__registration_no",
                "product_name",
                "stars",
                "group",
                "subgroup",
                "level",
                "decision_no",
                "issued_on",
                "expires_on",
                "status",
                "status_changed_on",
                "withdrawn_on",
            )
        ),
        "products": sorted(
            (p.registry_code, p.title, p.producer.registration_no, tuple(c.code for c in p.categories.all()))
            for p in Product.objects.select_related("producer").prefetch_related("categories")
        ),
        "producers": sorted(
            (p.registration_no, p.name, p.legal_form, p.area.full_name, p.partner.name, p.partner.code)
            for p in Producer.objects.select_related("area", "partner")
        ),
        "listed": sorted(Product.objects.certified_today().values_list("registry_code", flat=True)),
    }


def changed(record_data: dict, **overrides: Any) -> dict:
    data = copy.deepcopy(record_data)
    data.update(overrides)
    return data
