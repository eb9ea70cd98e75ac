"""Rows processed by a running sync, for its progress page.

The sync applies everything in one transaction, so nothing it writes to its own row is visible
to other connections before the end: the count goes through Django's cache instead (Redis in
production, shared by the web and the worker; in-process on the embedded defaults, where the
task runs inside the request anyway).
"""

from __future__ import annotations

from collections.abc import Callable

from django.core.cache import cache

TIMEOUT = 24 * 3600


def _key(sync_id: int) -> str:
    return f"ocop:registry-sync:{sync_id}:rows-done"


def counter(sync_id: int) -> Callable[[int], None]:
    """A ``progress`` callback for the sync: adds each page's records to the shared count."""
    done = 0

    def add(records: int) -> None:
        nonlocal done
        done += records
        cache.set(_key(sync_id), done, TIMEOUT)

    cache.set(_key(sync_id), 0, TIMEOUT)
    return add


def rows_done(sync_id: int) -> int:
    return cache.get(_key(sync_id)) or 0


def forget(sync_id: int) -> None:
    cache.delete(_key(sync_id))
