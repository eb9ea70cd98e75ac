"""The registry's JSON feed over HTTP: cursor paging, bearer token, time-outs, retries."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from dataclasses import dataclass

import requests
from django.conf import settings
from django.utils.translation import gettext as _
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class RegistryError(Exception):
    """The feed could not be read: the whole sync fails and changes nothing."""


@dataclass
class Page:
    results: list
    generated_at: str | None = None


def _session(token: str, retries: int, backoff: float) -> requests.Session:
    session = requests.Session()
    retry = Retry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        backoff_factor=backoff,
        status_forcelist=(429, 500, 502, 503, 504),
        allowed_methods=frozenset({"GET"}),
        raise_on_status=False,
        respect_retry_after_header=False,
    )
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["Accept"] = "application/json"
    if token:
        session.headers["Authorization"] = f"Bearer {token}"
    return session


def read_page_body(body: dict) -> Page:
    """Check the response shape; a page that is not what the contract says is an error."""
    if not isinstance(body, dict) or not isinstance(body.get("results"), list):
        raise RegistryError(_("The registry answered without a list of results."))
    cursor = body.get("next_cursor")
    if cursor is not None and not isinstance(cursor, str | int):
        raise RegistryError(_("The registry sent an invalid next_cursor."))
    generated_at = body.get("generated_at")
    return Page(results=body["results"], generated_at=generated_at if isinstance(generated_at, str) else None)


def iter_pages(
    url: str,
    *,
    token: str = "",
    updated_since: datetime.datetime | None = None,
    timeout: float | None = None,
    retries: int | None = None,
    backoff: float | None = None,
) -> Iterator[Page]:
    """Yield the feed page by page, following ``next_cursor`` until it is null.

    Only one page is in memory at a time. Any transport error, non-2xx answer (after
    retries), invalid JSON or truncated body raises ``RegistryError``.
    """
    timeout = settings.OCOP_REGISTRY_TIMEOUT if timeout is None else timeout
    retries = getattr(settings, "OCOP_REGISTRY_RETRIES", 3) if retries is None else retries
    backoff = getattr(settings, "OCOP_REGISTRY_BACKOFF", 0.5) if backoff is None else backoff
    endpoint = url.rstrip("/") + "/certificates"
    params: dict[str, str] = {}
    if updated_since is not None:
        params["updated_since"] = updated_since.isoformat()
    seen_cursors: set[str] = set()
    with _session(token, retries, backoff) as session:
        while True:
            try:
                response = session.get(endpoint, params=params, timeout=timeout)
            except requests.RequestException as exc:
                raise RegistryError(
                    _("The registry could not be reached: %(error)s") % {"error": exc}
                ) from exc
            if not 200 <= response.status_code < 300:
                raise RegistryError(
                    _("The registry answered HTTP %(status)s.") % {"status": response.status_code}
                )
            try:
                body = json.loads(response.content)
            except (ValueError, UnicodeDecodeError) as exc:
                raise RegistryError(_("The registry sent invalid JSON: %(error)s") % {"error": exc}) from exc
            page = read_page_body(body)
            cursor = body.get("next_cursor")
            yield page
            if cursor in (None, ""):
                return
            cursor = str(cursor)
            if cursor in seen_cursors:  # a registry looping on itself would never end
                raise RegistryError(_("The registry sent the same cursor twice."))
            seen_cursors.add(cursor)
            params = {**params, "cursor": cursor}
