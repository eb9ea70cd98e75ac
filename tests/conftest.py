"""Fixtures shared by the whole suite.

- ``certified_product``: a factory of products for sale today (see ``tests/factories.py``).
- ``browser`` / ``chromium_page``: Debian's Chromium driven by Playwright against
  pytest-django's ``live_server``; a screenshot of every page test lands in
  ``test-artifacts/<test name>/``. Tests using them get the ``browser`` marker.
- ``postgres`` marker (or the ``postgres_only`` fixture): the test needs PostgreSQL. Without
  it the test is skipped locally and FAILS in CI (``CI=true``), so CI cannot pass by skipping.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import Browser, Page, Playwright, sync_playwright
from pytest_django.live_server_helper import LiveServer

from tests.factories import make_certified_product

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# As root on a machine with no outside network: no sandbox, and no background connections
# (Chromium otherwise keeps retrying Google's hosts).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BROWSER_FIXTURES = {"browser", "chromium_page", "playwright_instance"}


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def require(condition: bool, reason: str) -> None:
    """Skip locally, fail in CI: a missing service must never turn CI green."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"{reason} (CI=true: this is a failure, not a skip)", pytrace=False)
    pytest.skip(reason)


def uses_postgres() -> bool:
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if names & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)
            # The live server's flush wipes data-migration rows; serialized rollback restores them.
            # An item-level marker wins over a module's plain ``django_db`` mark.
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))
        if "postgres_only" in names:
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(autouse=True)
def _postgres_marker(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("postgres"):
        require(
            uses_postgres(),
            "needs PostgreSQL: set DATABASE_URL=postgres://postgres@127.0.0.1:5432/<name>",
        )


@pytest.fixture
def postgres_only() -> None:
    """Request this (or mark the test ``postgres``) when the test needs PostgreSQL."""
    require(uses_postgres(), "needs PostgreSQL: set DATABASE_URL=postgres://…")


# --- Data -------------------------------------------------------------------


@pytest.fixture
def certified_product(db: None) -> Callable[..., object]:
    """``certified_product(stars=5, price=90000, expired=False, revoked=False, title=…)``."""
    return make_certified_product


# --- Browser ----------------------------------------------------------------


def artifact_dir(node: pytest.Item) -> Path:
    """``test-artifacts/<test name>/``, emptied for this run."""
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", node.name).strip("_")
    path = ARTIFACTS / name
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


@pytest.fixture
def artifacts(request: pytest.FixtureRequest) -> Path:
    """Folder where a test keeps what a person may want to look at (screenshots, files)."""
    return artifact_dir(request.node)


@pytest.fixture(scope="session")
def playwright_instance(django_db_setup: None) -> Iterator[Playwright]:
    require(Path(CHROMIUM).exists(), f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    from django.db import DEFAULT_DB_ALIAS, connections

    # The test database's serialized copy (for serialized rollback) lives on the connection
    # object of the context that created it.
    serialized = getattr(connections[DEFAULT_DB_ALIAS], "_test_serialized_contents", None)

    # Playwright's sync API keeps an event loop running in this thread, so Django would refuse
    # every ORM call of the test as "async unsafe". The test code itself is synchronous.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        # Playwright's running event loop makes Django hand out connection objects of another
        # context from here on: give them the serialized copy too, so that each live-server
        # test's flush is followed by a restore of the data migrations' rows.
        if serialized is not None:
            connections[DEFAULT_DB_ALIAS]._test_serialized_contents = serialized
        yield playwright
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def browser(playwright_instance: Playwright) -> Iterator[Browser]:
    """One headless Chromium for the session."""
    chromium = playwright_instance.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
    )
    yield chromium
    chromium.close()


@pytest.fixture
def chromium_page(browser: Browser, live_server: LiveServer, artifacts: Path) -> Iterator[Page]:
    """A fresh page (own cookies) whose relative URLs go to the live server.

    ``page.goto("/shop/")`` works; the final state is saved as ``final.png``. Call
    ``page.screenshot(path=artifacts / "step.png")`` (fixture ``artifacts``) for more.
    """
    context = browser.new_context(
        base_url=live_server.url,
        locale="vi-VN",
        timezone_id="Asia/Ho_Chi_Minh",
        viewport={"width": 1280, "height": 900},
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        yield page
    finally:
        try:
            page.screenshot(path=str(artifacts / "final.png"), full_page=True)
        finally:
            context.close()
