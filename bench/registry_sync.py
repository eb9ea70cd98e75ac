"""Benchmark of the registry sync against a local paged HTTP registry.

    .venv/bin/python bench/registry_sync.py [--n 20000] [--page-size 1000] [--changes 500]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ocop_bench .venv/bin/python bench/registry_sync.py

Creates and migrates a throwaway database (SQLite file in a temp folder, or test_<name> on the
PostgreSQL server of DATABASE_URL), serves a generated register of N certificates page by page
(records are generated per request, so the server holds none of them), and measures:

- full sync of N on an empty mirror (time, queries); peak Python memory of full syncs of N/4 and N,
  measured in separate traced runs: it should not grow with N, as only one page is in memory;
- a second full sync of the same N (all unchanged: no writes);
- an incremental sync of ``--changes`` changed certificates;
- a naive per-record ``save()`` loop on the same N records, for comparison.

Peak memory is tracemalloc's (Python allocations of the whole process, server thread
included). Timed runs are not traced: tracing slows Python several times.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import tempfile
import threading
import time
import tracemalloc
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROVINCES = {
    "Bắc Kạn": ["Na Rì", "Ba Bể", "Chợ Đồn", "Pác Nặm"],
    "Sơn La": ["Mộc Châu", "Yên Châu", "Mai Sơn", "Sông Mã"],
    "Hưng Yên": ["Văn Lâm", "Khoái Châu", "Kim Động", "Tiên Lữ"],
    "Lạng Sơn": ["Bắc Sơn", "Lộc Bình", "Cao Lộc", "Hữu Lũng"],
    "Quảng Nam": ["Đại Lộc", "Duy Xuyên", "Tiên Phước", "Nông Sơn"],
}
GROUPS = ["food", "beverage", "herbal", "handicraft", "ornamental", "tourism"]
BASE_TIME = "2026-11-20T10:00:00+07:00"
CHANGE_TIME = "2026-11-22T09:00:00+07:00"
GENERATED_AT = "2026-11-22T08:00:00+07:00"


class Register:
    """A register of ``n`` certificates, generated on demand; ``changed`` have a newer revision."""

    def __init__(self, n: int, prefix: str) -> None:
        self.n = n
        self.prefix = prefix
        self.changed: list[int] = []
        self._changed_set: set[int] = set()
        self.generated_at = GENERATED_AT

    def record(self, i: int) -> dict:
        changed = i in self._changed_set
        province = list(PROVINCES)[i % len(PROVINCES)]
        district = PROVINCES[province][(i // 5) % 4]
        producer_no = i // 4  # four products a producer
        return {
            "certificate_no": f"{self.prefix}-C-{i:06d}",
            "product_code": f"{self.prefix}-P-{i:06d}",
            "product_name": f"Sản phẩm OCOP số {i}",
            "stars": (5 if changed else 3 + i % 2),
            "group": GROUPS[i % len(GROUPS)],
            "subgroup": f"Phân nhóm {i % 4}",
            "level": "province",
            "decision_no": f"{i % 900}/QĐ-UBND",
            "issued_on": "2025-05-10",
            "expires_on": "2028-05-10",
            "status": "active",
            "status_changed_on": None,
            "producer": {
                "registration_no": f"{self.prefix}-R-{producer_no:06d}",
                "name": f"Hợp tác xã số {producer_no}",
                "legal_form": "cooperative",
                "province": province,
                "district": district,
                "commune": f"Xã {producer_no % 10}",
            },
            "updated_at": CHANGE_TIME if changed else BASE_TIME,
        }

    def set_changes(self, count: int) -> None:
        step = max(1, self.n // max(count, 1))
        self.changed = list(range(0, self.n, step))[:count]
        self._changed_set = set(self.changed)
        self.generated_at = "2026-11-22T09:30:00+07:00"

    def page(self, cursor: int, page_size: int, incremental: bool) -> tuple[list[dict], int | None]:
        indexes = self.changed if incremental else range(self.n)
        chunk = indexes[cursor : cursor + page_size]
        next_cursor = cursor + page_size if cursor + page_size < len(indexes) else None
        return [self.record(i) for i in chunk], next_cursor


def serve(register_ref: dict, page_size: int) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            query = parse_qs(urlparse(self.path).query)
            cursor = int(query.get("cursor", ["0"])[0])
            register = register_ref["register"]
            results, next_cursor = register.page(cursor, page_size, "updated_since" in query)
            body = json.dumps(
                {
                    "generated_at": register.generated_at,
                    "next_cursor": None if next_cursor is None else str(next_cursor),
                    "results": results,
                },
                ensure_ascii=False,
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def setup_django(keepdb: bool = False) -> tuple[object, str]:
    """Django on a throwaway database, created and migrated here."""
    tmp = tempfile.mkdtemp(prefix="ocop-bench-")
    # Never the project's own db.sqlite3, not even to derive a name from it.
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench-main.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()
    from django.db import connection

    if connection.vendor == "sqlite":
        connection.settings_dict.setdefault("TEST", {})["NAME"] = str(Path(tmp) / "bench.sqlite3")
    print(f"Creating and migrating a throwaway {connection.vendor} database (takes a while)…", flush=True)
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=keepdb)
    # As in production: no query log (DEBUG keeps the SQL of thousands of queries in memory).
    from django.conf import settings

    settings.DEBUG = False
    return connection, old_name


def wipe() -> None:
    from oscar.core.loading import get_model

    from catalogue.models import (
        Certificate,
        CertificateNotice,
        Producer,
        Product,
        ProductCategory,
        StarChange,
    )

    Partner = get_model("partner", "Partner")
    for model in (CertificateNotice, StarChange, Certificate, ProductCategory, Product, Producer, Partner):
        model.objects.all()._raw_delete(model.objects.db)


@contextmanager
def measured(label: str, records: int, rows: list, *, trace_memory: bool = False) -> object:
    """Time a run and count its queries; with ``trace_memory``, report tracemalloc's peak instead.

    Tracing slows Python down several times, so timed runs are never traced and the memory
    figures come from separate runs.
    """
    from django.db import connection

    counter = {"queries": 0}

    def count(execute, sql, params, many, context):
        counter["queries"] += 1
        return execute(sql, params, many, context)

    if trace_memory:
        tracemalloc.start()
        tracemalloc.reset_peak()
    started = time.perf_counter()
    with connection.execute_wrapper(count):
        yield counter
    elapsed = time.perf_counter() - started
    peak = None
    if trace_memory:
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    rows.append((label, records, None if trace_memory else elapsed, counter["queries"], peak))
    print(f"  {label}: {elapsed:.1f}s", flush=True)


def naive_sync(url: str) -> None:
    """What a first implementation often does: one record, several queries and a save() each."""
    from oscar.core.loading import get_model

    from catalogue.models import Certificate, Producer, Product
    from catalogue.registry import client
    from catalogue.registry.listing import CategoryCache, ocop_product_class
    from catalogue.registry.records import RecordError, parse_record
    from marketplace.areas.models import Area, ascii_slug

    Partner = get_model("partner", "Partner")
    product_class = ocop_product_class()
    categories = CategoryCache()
    for page in client.iter_pages(url):
        for data in page.results:
            try:
                r = parse_record(data)
            except RecordError:
                continue
            producer = Producer.objects.filter(registration_no=r.producer.registration_no).first()
            if producer is None:
                partner = Partner(name=r.producer.name[:128], code=r.producer.registration_no)
                partner.save()
                producer = Producer(
                    registration_no=r.producer.registration_no,
                    name=r.producer.name,
                    legal_form=r.producer.legal_form,
                    area=Area.resolve(r.producer.province, r.producer.district, r.producer.commune),
                    partner=partner,
                    slug=ascii_slug(r.producer.registration_no),
                )
                producer.save()
            product = Product.objects.filter(registry_code=r.product_code).first()
            if product is None:
                product = Product(
                    title=r.product_name,
                    registry_code=r.product_code,
                    producer=producer,
                    product_class=product_class,
                )
                product.save()
                product.categories.add(categories.category_id(r.group, r.subgroup))
            certificate = Certificate.objects.filter(certificate_no=r.certificate_no).first() or Certificate(
                certificate_no=r.certificate_no
            )
            for field in (
                "product_code",
                "product_name",
                "stars",
                "group",
                "subgroup",
                "level",
                "decision_no",
            ):
                setattr(certificate, field, getattr(r, field))
            certificate.issued_on, certificate.expires_on, certificate.status = (
                r.issued_on,
                r.expires_on,
                r.status,
            )
            certificate.product, certificate.producer, certificate.raw = product, producer, r.raw
            certificate.registry_updated_at = r.updated_at
            certificate.save()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=20000, help="certificates in the register (default 20,000)")
    parser.add_argument("--page-size", type=int, default=1000)
    parser.add_argument(
        "--changes", type=int, default=500, help="certificates changed for the incremental run"
    )
    parser.add_argument(
        "--naive-n", type=int, default=None, help="records for the naive loop (default: --n; 0 skips it)"
    )
    parser.add_argument("--keepdb", action="store_true", help="reuse (and keep) the benchmark database")
    args = parser.parse_args()

    connection, old_name = setup_django(args.keepdb)
    from django.conf import settings

    from catalogue.models import Product, RegistrySync
    from catalogue.registry.sync import sync_from_url

    settings.OCOP_REGISTRY_BACKOFF = 0.1
    ref: dict = {}
    server, url = serve(ref, args.page_size)
    rows: list = []
    n, quarter = args.n, max(1, args.n // 4)
    try:
        wipe()
        print(f"Database: {connection.vendor}; register of {n:,} certificates, pages of {args.page_size:,}")

        ref["register"] = Register(n, "N")
        with measured("full sync, empty mirror", n, rows):
            sync = sync_from_url(url, full=True)
        assert sync.status == RegistrySync.Status.SUCCEEDED and sync.created_count == n, sync.errors
        assert Product.objects.certified_today().count() == n

        with measured("full sync again, all unchanged", n, rows):
            sync = sync_from_url(url, full=True)
        assert sync.unchanged_count == n and sync.changed_count == 0

        ref["register"].set_changes(args.changes)
        with measured(f"incremental sync, {args.changes} changes", args.changes, rows):
            sync = sync_from_url(url)
        assert not sync.full and sync.changed_count == args.changes, (sync.full, sync.changed_count)

        # Peak memory must not grow with the register: one page at a time is held.
        for size, prefix in ((quarter, "Q"), (n, "M")):
            wipe()
            ref["register"] = Register(size, prefix)
            with measured("full sync, peak memory", size, rows, trace_memory=True):
                sync = sync_from_url(url, full=True)
            assert sync.status == RegistrySync.Status.SUCCEEDED, sync.errors

        if args.naive_n != 0:
            wipe()
            naive_n = args.naive_n or n
            ref["register"] = Register(naive_n, "N")
            with measured("naive save() loop, empty mirror", naive_n, rows):
                naive_sync(url)
    finally:
        server.shutdown()
        if args.keepdb:
            wipe()
        else:
            connection.creation.destroy_test_db(old_name, verbosity=0)

    print()
    header = f"{'run':<34} {'records':>8} {'seconds':>8} {'rec/s':>8} {'queries':>8} {'peak MB':>8}"
    print(header)
    print("-" * len(header))
    for label, records, elapsed, queries, peak in rows:
        seconds = f"{elapsed:>8.1f} {records / elapsed:>8,.0f}" if elapsed else f"{'-':>8} {'-':>8}"
        memory = f"{peak:>8.1f}" if peak is not None else f"{'-':>8}"
        print(f"{label:<34} {records:>8,} {seconds} {queries:>8,} {memory}")
    bulk = next((r for r in rows if r[0].startswith("full sync, empty")), None)
    naive = next((r for r in rows if r[0].startswith("naive")), None)
    if bulk and naive and naive[2]:
        ratio = (naive[2] / naive[1]) / (bulk[2] / bulk[1])
        print(f"\nbulk sync is {ratio:.0f}x faster per record than the naive save() loop")
    print(f"{connection.vendor}, {datetime.datetime.now():%Y-%m-%d %H:%M}; times untraced, memory traced")


if __name__ == "__main__":
    main()
