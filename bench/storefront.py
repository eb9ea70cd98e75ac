"""Benchmark of the storefront's pages, served by gunicorn as in production.

    .venv/bin/python bench/storefront.py [--products 10000] [--seconds 5] [--concurrency 8]
    .venv/bin/python bench/storefront.py --keepdb          # reuse the generated database next time

What it does:
- creates and migrates a PostgreSQL database (``--database-url``, default ``ocop_bench`` on
  127.0.0.1), and generates ``--products`` certified products through the real registry sync
  (producers, areas, certificates valid today, categories of the six groups), then one stock
  record with a VND price per product; starts noida-db as Elasticsearch (unless ``--no-es``)
  and indexes them;
- counts SQL queries per page in-process (Django test client, ``CaptureQueriesContext``), on a
  cache miss and on a hit, and the listing's queries at page sizes 12, 24 and 48;
- serves the site with gunicorn (``--workers`` gthread workers, DEBUG off, production settings on
  plain http, ``CONN_MAX_AGE=60``, Redis as the cache) with ``bench.settings``, which adds a minimal
  Django view, ``/__bench/minimal/``, through the same middleware: the ceiling;
- for each page, warms up, then drives ``--concurrency`` keep-alive connections for
  ``--seconds`` and prints req/s, the share of the minimal view's req/s in the same server run,
  p50 and p95 latency. Runs: Elasticsearch and database search backends, each with the page cache
  on (production) and off (``OCOP_PAGE_CACHE_SECONDS=0``: every request renders, which shows the
  cost of a cache miss).

Each page rotates over several URLs (listing pages 1–20, the six group categories, 200 products,
20 search words), all of which the warm-up visits once; nothing writes to the catalogue meanwhile,
so the cached runs measure hits. The client runs on the same machine as the server.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from contextlib import contextmanager, suppress
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.registry_sync import Register, serve  # noqa: E402

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/ocop_bench"
KINDS = [
    ("Mật ong hoa", "food"),
    ("Miến dong", "food"),
    ("Gạo nếp", "food"),
    ("Măng khô", "food"),
    ("Thịt trâu gác bếp", "food"),
    ("Chè Shan tuyết", "beverage"),
    ("Rượu ngô", "beverage"),
    ("Cà phê", "beverage"),
    ("Trà hoa vàng", "beverage"),
    ("Cao dược liệu", "herbal"),
    ("Tinh dầu quế", "herbal"),
    ("Trà giảo cổ lam", "herbal"),
    ("Giỏ mây tre đan", "handicraft"),
    ("Thổ cẩm", "handicraft"),
    ("Gốm", "handicraft"),
    ("Lan rừng", "ornamental"),
    ("Bonsai", "ornamental"),
    ("Du lịch cộng đồng bản", "tourism"),
    ("Homestay", "tourism"),
    ("Bánh chưng", "food"),
]
SEARCH_WORDS = [
    "mật ong",
    "mien dong",
    "gạo",
    "măng",
    "trâu",
    "chè",
    "ruou ngo",
    "cà phê",
    "trà",
    "dược liệu",
    "tinh dau",
    "giảo cổ lam",
    "mây tre",
    "thổ cẩm",
    "gốm",
    "lan",
    "bonsai",
    "homestay",
    "bánh chưng",
    "mộc châu",
]


class StorefrontRegister(Register):
    """The sync bench's register with shop-like titles and the group matching each title."""

    def record(self, i: int) -> dict:
        record = super().record(i)
        kind, group = KINDS[i % len(KINDS)]
        record["product_name"] = f"{kind} {record['producer']['district']} {i}"
        record["group"] = group
        record["subgroup"] = ""
        return record


# --- Database and data ---------------------------------------------------------------------------


def prepare_database(url: str, keepdb: bool) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and not keepdb:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        if not exists or not keepdb:
            conn.execute(f'CREATE DATABASE "{name}"')


def generate(products: int) -> None:
    """``products`` certified products through the real sync, with producers' stock and prices."""
    from django.conf import settings
    from oscar.core.loading import get_model

    from catalogue.models import Product, RegistrySync
    from catalogue.registry.sync import sync_from_url
    from cms.demo import ensure_home

    StockRecord = get_model("partner", "StockRecord")
    ensure_home()
    have = Product.objects.certified_today().count()
    if have >= products and StockRecord.objects.count() >= have:
        print(f"Reusing {have:,} certified products", flush=True)
        return
    print(f"Generating {products:,} certified products through the registry sync…", flush=True)
    started = time.perf_counter()
    es_url, settings.ELASTICSEARCH_URL = settings.ELASTICSEARCH_URL, ""  # indexed once, after the stock
    ref = {"register": StorefrontRegister(products, "B")}
    server, url = serve(ref, 1000)
    try:
        sync = sync_from_url(url, full=True)
    finally:
        server.shutdown()
        settings.ELASTICSEARCH_URL = es_url
    assert sync.status == RegistrySync.Status.SUCCEEDED, sync.errors
    rows = []
    for i, (pk, partner_id) in enumerate(
        Product.objects.filter(stockrecords__isnull=True)
        .values_list("pk", "producer__partner_id")
        .order_by("pk")
        .iterator(chunk_size=2000)
    ):
        rows.append(
            StockRecord(
                product_id=pk,
                partner_id=partner_id,
                partner_sku=f"B-{pk}",
                price_currency="VND",
                price=Decimal(20000 + (i * 7919) % 480 * 1000),
                num_in_stock=50,
            )
        )
    StockRecord.objects.bulk_create(rows, batch_size=2000)
    print(f"  {products:,} products in {time.perf_counter() - started:.0f}s", flush=True)


KEPT_ES_DIR = Path(tempfile.gettempdir()) / "ocop-bench-noida"


@contextmanager
def elasticsearch(enabled: bool, keep: bool):
    """noida-db's Elasticsearch on a free port (as tests/search does); its data kept with ``keep``."""
    if not enabled:
        yield ""
        return
    from importlib.resources import files

    binary = Path(str(files("noida_db").joinpath("noida-db")))
    if keep:
        KEPT_ES_DIR.mkdir(exist_ok=True)
        data_dir = str(KEPT_ES_DIR)
    else:
        shutil.rmtree(KEPT_ES_DIR, ignore_errors=True)
        data_dir = tempfile.mkdtemp(prefix="ocop-bench-noida-")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = open(Path(data_dir) / "server.log", "w+")  # noqa: SIM115  (closed below)
    process = subprocess.Popen(
        [str(binary), "start", "--data-dir", f"{data_dir}/data", "--only", "elasticsearch"]
        + ["--elasticsearch-port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
        if not keep:
            shutil.rmtree(data_dir, ignore_errors=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, log) -> None:
    for _ in range(600):
        if process.poll() is not None:
            log.seek(0)
            raise SystemExit(f"{url} exited: {log.read()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status < 500:
                    return
        except urllib.error.HTTPError as exc:
            if exc.code < 500:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"{url} did not answer")


def indexed(es_url: str) -> bool:
    """Whether the kept index already holds every certified product."""
    from catalogue.models import Product
    from marketplace.search.documents import alias_name, client

    try:
        return client().count(index=alias_name())["count"] == Product.objects.certified_today().count()
    except Exception:
        return False


# --- Pages ---------------------------------------------------------------------------------------


def page_urls() -> dict[str, list[str]]:
    from urllib.parse import quote_plus

    from catalogue.models import Category, Product

    products = Product.objects.certified_today().order_by("pk").values_list("pk", flat=True)
    step = max(1, len(products) // 200)
    sample = Product.objects.filter(pk__in=list(products[::step][:200])).order_by("pk")
    categories = Category.get_root_nodes().filter(is_public=True)
    return {
        "minimal view": ["/__bench/minimal/"],
        "home": ["/"],
        "listing": ["/shop/catalogue/"] + [f"/shop/catalogue/?page={n}" for n in range(2, 21)],
        "category": [c.get_absolute_url() for c in categories]
        + [f"{c.get_absolute_url()}?page=2" for c in categories],
        "product": [p.get_absolute_url() for p in sample],
        "search": [f"/shop/search/?q={quote_plus(word)}" for word in SEARCH_WORDS],
    }


def count_queries(urls: dict[str, list[str]]) -> dict[str, tuple[int, int]]:
    """SQL queries of each page's first URL, rendered (cache miss) and from the page cache (hit)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    counts = {}
    for name, page in urls.items():
        url = page[0]
        with override_settings(OCOP_PAGE_CACHE_SECONDS=0):
            Client().get(url)  # first request of the process: warm Django's own caches
            with CaptureQueriesContext(connection) as miss:
                response = Client().get(url)
        # Counted now: the next request outside a capture clears the connection's query log.
        misses = len(miss)
        assert response.status_code == 200, (url, response.status_code)
        with override_settings(OCOP_PAGE_CACHE_SECONDS=300):
            Client().get(url)
            with CaptureQueriesContext(connection) as hit:
                Client().get(url)
        counts[name] = (misses, len(hit))
    return counts


def listing_queries_by_page_size() -> dict[int, int]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    counts = {}
    for size in (12, 24, 48):
        with override_settings(OSCAR_PRODUCTS_PER_PAGE=size, OCOP_PAGE_CACHE_SECONDS=0):
            Client().get("/shop/catalogue/")
            with CaptureQueriesContext(connection) as queries:
                response = Client().get("/shop/catalogue/")
        assert len(response.context["products"]) == size
        counts[size] = len(queries)
    return counts


# --- The server and the load ---------------------------------------------------------------------


@contextmanager
def gunicorn(env: dict[str, str], workers: int, threads: int):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = tempfile.TemporaryFile("w+")  # noqa: SIM115  (closed below)
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "marketplace.wsgi", "--bind", f"127.0.0.1:{port}"]
        + ["--workers", str(workers), "--threads", str(threads), "--worker-class", "gthread"]
        + ["--keep-alive", "30", "--log-level", "warning"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_for(url + "/__bench/minimal/", process, log)
        yield url
    finally:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        log.seek(0)
        errors = [line for line in log.read().splitlines() if "Traceback" in line or "ERROR" in line]
        if errors:
            print(f"  server log: {len(errors)} error lines, first: {errors[0]}", flush=True)
        log.close()


async def _fetch(reader, writer, host: str, path: str) -> int:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: ocop-bench\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding") == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    if headers.get("connection", "").lower() == "close":
        raise ConnectionResetError("server closed the connection")
    return status


async def _load(base: str, urls: list[str], seconds: float, concurrency: int) -> tuple[list[float], int]:
    host, port = base.removeprefix("http://").split(":")
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def worker(offset: int) -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(host, int(port))
        i = offset
        while time.perf_counter() < deadline:
            path = urls[i % len(urls)]
            i += concurrency
            started = time.perf_counter()
            try:
                status = await _fetch(reader, writer, f"{host}:{port}", path)
            except (ConnectionError, asyncio.IncompleteReadError):
                writer.close()
                reader, writer = await asyncio.open_connection(host, int(port))
                errors += 1
                continue
            latencies.append(time.perf_counter() - started)
            if status != 200:
                errors += 1
        writer.close()

    await asyncio.gather(*(worker(n) for n in range(concurrency)))
    return latencies, errors


def load(base: str, urls: list[str], seconds: float, concurrency: int) -> dict:
    started = time.perf_counter()
    latencies, errors = asyncio.run(_load(base, urls, seconds, concurrency))
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "rps": len(latencies) / elapsed,
        "p50": statistics.median(latencies) * 1000 if latencies else 0.0,
        "p95": latencies[int(len(latencies) * 0.95)] * 1000 if latencies else 0.0,
        "errors": errors,
    }


def warm_up(base: str, urls: list[str], concurrency: int, cached: bool) -> None:
    """Visit every URL once when the page cache is on (the measured run is then all hits)."""
    for url in urls if cached else urls[:1]:
        with urllib.request.urlopen(base + url, timeout=60) as response:
            response.read()
    load(base, urls, 1.0, concurrency)


# --- Main ----------------------------------------------------------------------------------------


def server_env(
    args: argparse.Namespace, database_url: str, es_url: str, cache_seconds: int
) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_ENV": "production",
        "DEBUG": "false",
        "SECRET_KEY": "bench-only-secret-key-" + uuid.uuid4().hex,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url,
        "CONN_MAX_AGE": "60",
        "CACHE_URL": args.cache_url,
        "BENCH_CACHE_PREFIX": os.environ["BENCH_CACHE_PREFIX"],
        "ELASTICSEARCH_URL": es_url,
        "ELASTICSEARCH_INDEX_PREFIX": "ocop-bench",
        "OCOP_PAGE_CACHE_SECONDS": str(cache_seconds),
        "CELERY_BROKER_URL": "",
        "PYTHONPATH": str(ROOT),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--products", type=int, default=10000, help="certified products (default 10,000)")
    parser.add_argument("--seconds", type=float, default=5, help="load per page and run (default 5)")
    parser.add_argument("--concurrency", type=int, default=8, help="keep-alive connections (default 8)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn gthread workers (default 2)")
    parser.add_argument("--threads", type=int, default=4, help="threads per worker (default 4)")
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL))
    parser.add_argument("--cache-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--keepdb", action="store_true", help="reuse the database and its products")
    parser.add_argument("--no-es", action="store_true", help="database search backend only")
    parser.add_argument("--no-uncached", action="store_true", help="skip the runs with the page cache off")
    args = parser.parse_args()

    os.environ["BENCH_CACHE_PREFIX"] = f"ocop-bench-{uuid.uuid4().hex[:8]}"
    prepare_database(args.database_url, args.keepdb)
    with elasticsearch(not args.no_es, args.keepdb) as es_url:
        base_env = server_env(args, args.database_url, es_url, 300)
        os.environ.update({k: v for k, v in base_env.items() if k != "PYTHONPATH"})
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command

        print("Migrating…", flush=True)
        call_command("migrate", verbosity=0, interactive=False)
        generate(args.products)
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # fresh statistics, as autovacuum would have made by now
        if es_url and not indexed(es_url):
            from marketplace.search import indexing

            print("Indexing in Elasticsearch…", flush=True)
            started = time.perf_counter()
            indexing.rebuild()
            print(f"  indexed in {time.perf_counter() - started:.0f}s", flush=True)

        from django.test.utils import setup_test_environment

        from catalogue.models import Product

        setup_test_environment()  # the test client's response.context
        total = Product.objects.certified_today().count()
        urls = page_urls()
        backends = (["elasticsearch"] if es_url else []) + ["database"]
        queries = {}
        for backend in backends:
            settings.ELASTICSEARCH_URL = es_url if backend == "elasticsearch" else ""
            queries[backend] = count_queries(urls)
        sizes = listing_queries_by_page_size()
        from django.db import connections

        connections.close_all()

        results: list[tuple[str, str, str, dict]] = []
        modes = [("on", 300)] + ([] if args.no_uncached else [("off", 0)])
        for backend in backends:
            for mode, seconds in modes:
                env = server_env(
                    args, args.database_url, es_url if backend == "elasticsearch" else "", seconds
                )
                print(f"Serving: search on {backend}, page cache {mode}…", flush=True)
                with gunicorn(env, args.workers, args.threads) as base:
                    for name, page in urls.items():
                        if backend == "database" and name not in ("minimal view", "listing", "search"):
                            continue  # only search and listing depend on the backend
                        warm_up(base, page, args.concurrency, cached=seconds > 0)
                        figures = load(base, page, args.seconds, args.concurrency)
                        results.append((backend, mode, name, figures))
                        print(f"  {name}: {figures['rps']:.0f} req/s", flush=True)

    print()
    print(
        f"{total:,} certified products; gunicorn {args.workers} gthread workers x {args.threads} threads; "
        f"{args.concurrency} connections; {args.seconds:g}s a page; {os.cpu_count()} CPUs; "
        f"{datetime.datetime.now():%Y-%m-%d %H:%M}"
    )
    header = (
        f"{'search backend':<14} {'cache':<5} {'page':<13} {'req/s':>8} {'% minimal':>9} "
        f"{'p50 ms':>7} {'p95 ms':>7} {'errors':>6} {'SQL miss':>8} {'SQL hit':>7}"
    )
    print(header)
    print("-" * len(header))
    for backend, mode, name, f in results:
        ceiling = next(r[3]["rps"] for r in results if r[:3] == (backend, mode, "minimal view"))
        miss, hit = queries[backend][name]
        print(
            f"{backend:<14} {mode:<5} {name:<13} {f['rps']:>8.0f} {100 * f['rps'] / ceiling:>8.1f}% "
            f"{f['p50']:>7.1f} {f['p95']:>7.1f} {f['errors']:>6} {miss:>8} {hit:>7}"
        )
    print()
    print(
        "Listing SQL queries by page size (page cache off): "
        + ", ".join(f"{k}: {v}" for k, v in sizes.items())
    )


if __name__ == "__main__":
    main()
