"""The permission matrix: every URL pattern × every role, against ``tests/security/permissions.py``.

Resolver-driven: a pattern of ``marketplace.urls`` with no row (and outside every group rule)
fails ``test_every_url_pattern_has_a_row``. The world (two of everything, ``world.py``) is built
once per module; every request runs in a savepoint that is rolled back, so a write one request
makes (a GET that changes something, an allowed POST) never reaches the next one. Each role's
test collects all its mismatches into one message.

To write a new row, run with ``MATRIX_DISCOVER=<folder>`` (each role's outcomes go to
``<folder>/<role>.tsv``) and ``MATRIX_ONLY=<regex>`` (only rows whose method, route, ids or
cells match), then judge each outcome before copying it: the table says what is right.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from django.db import transaction
from django.test import Client

from tests.security import permissions as table
from tests.security.states import STATES
from tests.security.urlwalk import Pattern, build_url, generic_values, walk
from tests.security.world import ROLES, World, build

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker) -> Iterator[World]:
    quiet = [logging.getLogger(name) for name in ("django.request", "wagtail", "oscar", "django_tasks")]
    levels = [logger.level for logger in quiet]
    for logger in quiet:
        logger.setLevel(logging.CRITICAL)
    with django_db_blocker.unblock(), transaction.atomic():
        built = build()
        for client in built.clients.values():
            client.raise_request_exception = False
        yield built
        transaction.set_rollback(True)
    for logger, level in zip(quiet, levels, strict=True):
        logger.setLevel(level)


def patterns() -> list[Pattern]:
    return list(dict.fromkeys(walk()))


# The sign-in pages that exist: a redirect to any other "login" URL would end on a 404.
SIGN_IN_PAGES = frozenset(
    {"/shop/accounts/login/", "/shop/dashboard/login/", "/cms-admin/login/", "/django-admin/login/"}
)


def outcome(response) -> str:
    status = response.status_code
    if 200 <= status < 300:
        return "ok"
    if status in (301, 302, 303, 307, 308):
        path = response.headers.get("Location", "").split("?")[0]
        if path in SIGN_IN_PAGES:
            return "login"
        return "login-missing" if "login" in path else "302"
    return str(status)


def request(world: World, role: str, method: str, url: str, data: dict | None, state) -> tuple[str, bool]:
    """(outcome, whether ``state()`` changed), the request's writes rolled back."""
    client: Client = world.clients[role]
    cookie = client.cookies.get("sessionid")
    kept = cookie.value if cookie else None
    with transaction.atomic():
        before = state() if state else None
        response = client.get(url) if method == "GET" else client.post(url, data or {})
        changed = state() != before if state else False
        transaction.set_rollback(True)
    # A logout or a login cycles or drops the session: give the client its (restored) one back.
    if (
        kept is not None and client.cookies.get("sessionid") and client.cookies["sessionid"].value != kept
    ) or (kept is not None and "sessionid" not in client.cookies):
        client.cookies["sessionid"] = kept
    return outcome(response), changed


def matches(expected: str, got: str) -> bool:
    # "302x" is a refusal by redirect (Wagtail's way): a 302 that must change nothing.
    return expected == "~" or got in expected.replace("302x", "302").split("|")


def is_refusal(expected: str) -> bool:
    return expected != "~" and not {"ok", "302"} & set(expected.split("|"))


def cases(world: World) -> Iterator[tuple[Pattern, table.Row]]:
    """Each pattern with its rows: its own rows, or the group rule it falls under."""
    rows = table.rows_by_key()
    for pattern in patterns():
        own = rows.get((pattern.route, pattern.name))
        if own:
            yield from ((pattern, row) for row in own)
            continue
        group = table.group_for(pattern)
        if group is not None:
            yield pattern, group.row_for(pattern, generic_values(pattern, world.ids))


def test_every_url_pattern_has_a_row() -> None:
    rows = table.rows_by_key()
    missing = [p for p in patterns() if (p.route, p.name) not in rows and table.group_for(p) is None]
    stale = sorted(set(rows) - {(p.route, p.name) for p in patterns()})
    message = [f"no row in tests/security/permissions.py for {p.route!r} / {p.name}" for p in missing]
    message += [f"a row names no URL pattern any more: {route!r} / {name}" for route, name in stale]
    assert not message, "\n".join(message)


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(world: World, role: str) -> None:
    index = ROLES.index(role)
    mismatches = []
    discovered = []
    only = os.environ.get("MATRIX_ONLY")
    for pattern, row in cases(world):
        text = f"{row.method} {row.route} {row.ids} {row.data} {' '.join(row.expect)}"
        if only and not re.search(only, text):
            continue
        expected = row.expect[index]
        if expected == "~":  # not checked: no request
            continue
        try:
            url = build_url(pattern, row.values(world.ids), row.query)
        except Exception as exc:  # any failure to build the URL is an error of the table
            mismatches.append(f"{row.method} {pattern.route} [{pattern.name}]: cannot build its URL ({exc})")
            continue
        state = partial(STATES[row.state], world.ids) if row.state else None
        got, changed = request(world, role, row.method, url, row.data_for(world.ids), state)
        if not matches(expected, got):
            mismatches.append(
                f"{row.method} {url} [{pattern.name}] as {role}: expected {expected}, got {got}"
            )
        if state and changed and is_refusal(expected):
            mismatches.append(f"{row.method} {url} [{pattern.name}] as {role}: {got}, and the data changed")
        discovered.append(f"{row.method}\t{pattern.route}\t{pattern.name}\t{row.ids}\t{got}")
    if os.environ.get("MATRIX_DISCOVER"):
        Path(os.environ["MATRIX_DISCOVER"], f"{role}.tsv").write_text("\n".join(discovered))
    assert not mismatches, f"{len(mismatches)} cells differ from the table:\n" + "\n".join(mismatches)
