"""A full-page cache for anonymous visitors of the storefront that stays correct.

Home, listing, category, product and search pages are rendered once per (URL, language,
Vietnam date, catalogue version) and served from Django's cache (Redis in production) to
visitors whose page depends on nothing personal: no session, no basket and no pending messages.

Correctness rather than freshness-by-timeout:
- the key holds ``vietnam_today()`` and an entry never outlives the next midnight in Vietnam, so a
  certificate that expires at midnight leaves every cached page at that instant;
- each entry holds the *catalogue version* it was rendered at, and a hit needs the current one.
  The version is renewed on every write to the tables pages are built from (products,
  certificates, stock records and prices, categories, producers, areas, sales points, Wagtail
  pages...). Writes are seen at the database connection (an execute wrapper), so bulk writes
  (registry sync, ``QuerySet.update()`` of Oscar's stock allocation, the stock desk) renew it
  too, with no signal to forget. It is renewed at once and again when the transaction commits,
  and read before a page is rendered, so a page rendered from older data is never stored as of a
  newer version;
- CSRF tokens are stored as a placeholder and filled with the visitor's own token on each hit;
- ``OCOP_PAGE_CACHE_SECONDS`` bounds the rest (upcoming fairs by the hour); 0 turns it off.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import re
import uuid
from collections.abc import Callable
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.backends.signals import connection_created
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import _unmask_cipher_token, get_token
from django.utils import translation

from catalogue.certification import VIETNAM, vietnam_today

logger = logging.getLogger(__name__)

VERSION_KEY = "ocop:pagecache:version"
KEY_PREFIX = "ocop:pagecache:page:"
CSRF_PLACEHOLDER = b"__ocop_csrf_token__"
# Apps whose tables storefront pages are built from; a write to any of their tables renews the version.
WATCHED_APPS = {"catalogue", "partner", "areas", "producers", "outlets", "cms", "wagtailcore", "reviews"}
# Tables written while pages render (thumbnails, renditions) must not renew it, or nothing would stay cached.
WATCHED_MODELS = {("wagtailimages", "image")}
_WRITE = re.compile(r'\s*(?:UPDATE|INSERT\s+INTO|DELETE\s+FROM)\s+[`"]?(\w+)', re.IGNORECASE)
_TOKEN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
_KEPT_HEADERS = ("Content-Type", "Content-Language", "Link")


def cache_seconds() -> int:
    return int(getattr(settings, "OCOP_PAGE_CACHE_SECONDS", 0) or 0)


def seconds_to_vietnam_midnight(now: datetime.datetime | None = None) -> int:
    local = (now or datetime.datetime.now(tz=VIETNAM)).astimezone(VIETNAM)
    midnight = datetime.datetime.combine(local.date() + datetime.timedelta(days=1), datetime.time(), VIETNAM)
    return max(1, int((midnight - local).total_seconds()))


def page_ttl() -> int:
    """The configured lifetime, never past the next midnight in Vietnam."""
    return min(cache_seconds(), seconds_to_vietnam_midnight())


# --- The catalogue version ----------------------------------------------------------------------


def catalogue_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        # Evicted or never set: a fresh value, so no older entry can match it.
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return version


def _renew() -> None:
    try:
        cache.set(VERSION_KEY, uuid.uuid4().hex, None)
    except Exception:  # an unreachable cache serves no page either (see cached_page)
        logger.warning("Could not renew the page cache version", exc_info=True)


def catalogue_changed() -> None:
    """Forget every cached page: now (this transaction's own reads) and again once it commits."""
    _renew()
    transaction.on_commit(_renew)


_watched_tables: frozenset[str] | None = None


def watched_tables() -> frozenset[str]:
    global _watched_tables
    if _watched_tables is None:
        _watched_tables = frozenset(
            model._meta.db_table.lower()
            for model in apps.get_models(include_auto_created=True)
            if model._meta.app_label in WATCHED_APPS
            or (model._meta.app_label, model._meta.model_name) in WATCHED_MODELS
        )
    return _watched_tables


def _watch_writes(execute, sql, params, many, context):
    result = execute(sql, params, many, context)
    if sql[:1] in "UIDuid":
        match = _WRITE.match(sql)
        if match and match.group(1).lower() in watched_tables():
            catalogue_changed()
    return result


def _install(sender, connection, **kwargs) -> None:
    if _watch_writes not in connection.execute_wrappers:
        # First in the list: a caller's ``with connection.execute_wrapper(...)`` pops the last one.
        connection.execute_wrappers.insert(0, _watch_writes)


def connect() -> None:
    """Watch every database connection's writes (called from the catalogue app's ``ready()``)."""
    connection_created.connect(_install, dispatch_uid="ocop-pagecache-watch-writes")
    for connection in connections.all(initialized_only=True):
        _install(None, connection)


# --- The page cache -----------------------------------------------------------------------------


def request_is_cacheable(request: HttpRequest) -> bool:
    """Only pages that depend on nothing personal: no session, no basket, no messages waiting."""
    if request.method not in ("GET", "HEAD") or cache_seconds() <= 0:
        return False
    cookies = request.COOKIES
    personal = (settings.SESSION_COOKIE_NAME, settings.OSCAR_BASKET_COOKIE_OPEN, CookieStorage.cookie_name)
    if any(name in cookies for name in personal):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def _response_is_cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    shared_cookies = {settings.CSRF_COOKIE_NAME, settings.OSCAR_RECENTLY_VIEWED_COOKIE_NAME}
    if set(response.cookies) - shared_cookies:
        return False  # the view started something personal (a session, a basket)
    messages = getattr(request, "_messages", None)
    return not (messages is not None and len(messages))


def page_key(request: HttpRequest) -> str:
    """URL with its query string, host, language and Vietnam date (the version is in the entry)."""
    parts = [
        request.scheme,
        request.get_host(),
        request.get_full_path(),
        translation.get_language() or "",
        request.headers.get("X-Requested-With", ""),
        vietnam_today().isoformat(),
    ]
    return KEY_PREFIX + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _lookup(key: str) -> tuple[str, dict | None]:
    """The catalogue version and the page stored under ``key`` if rendered at that version: one round trip."""
    found = cache.get_many([VERSION_KEY, key])
    version = found.get(VERSION_KEY) or catalogue_version()
    entry = found.get(key)
    return version, entry if entry is not None and entry.get("version") == version else None


def _entry(request: HttpRequest, response: HttpResponse, version: str) -> dict:
    content = response.content
    secret = request.META.get("CSRF_COOKIE")
    csrf = False
    if secret and request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        # The page holds masked copies of this visitor's CSRF secret: keep a placeholder instead.
        def placeholder(match: re.Match) -> bytes:
            nonlocal csrf
            if _unmask_cipher_token(match.group().decode()) == secret:
                csrf = True
                return CSRF_PLACEHOLDER
            return match.group()

        content = _TOKEN.sub(placeholder, content)
    headers = {name: response[name] for name in _KEPT_HEADERS if response.has_header(name)}
    return {"version": version, "content": content, "headers": headers, "csrf": csrf}


def _response(request: HttpRequest, entry: dict) -> HttpResponse:
    content = entry["content"]
    if entry["csrf"]:
        content = content.replace(CSRF_PLACEHOLDER, get_token(request).encode())
    response = HttpResponse(content)
    for name, value in entry["headers"].items():
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response


OnHit = Callable[..., None]


def cached_page(view: Callable | None = None, *, on_hit: OnHit | None = None) -> Callable:
    """Decorate a storefront view: anonymous visitors get the cached page while it is still true.

    ``on_hit(request, response, *args, **kwargs)`` keeps a view's side effects on a hit
    (the product page still records the view for Oscar's analytics and history).
    """

    def decorate(view: Callable) -> Callable:
        if getattr(view, "page_cached", False):
            return view

        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not request_is_cacheable(request):
                return view(request, *args, **kwargs)
            try:
                key = page_key(request)
                version, entry = _lookup(key)  # the version is read before the page reads any data
            except Exception:
                logger.warning("Page cache unavailable", exc_info=True)
                return view(request, *args, **kwargs)
            if entry is not None:
                response = _response(request, entry)
                if on_hit is not None:
                    on_hit(request, response, *args, **kwargs)
                return response
            response = view(request, *args, **kwargs)
            if callable(getattr(response, "render", None)) and not response.is_rendered:
                response.render()
            if _response_is_cacheable(request, response):
                try:
                    cache.set(key, _entry(request, response, version), page_ttl())
                except Exception:
                    logger.warning("Page cache unavailable", exc_info=True)
            return response

        wrapped.page_cached = True
        return wrapped

    return decorate(view) if view is not None else decorate


def product_viewed_on_hit(request: HttpRequest, response: HttpResponse, *args, pk: str, **kwargs) -> None:
    """What Oscar's product page does after rendering: the view signal (analytics, history cookie)."""
    from oscar.apps.catalogue.signals import product_viewed

    # The page was rendered for this product at the current version, so it exists: no query to load it.
    product = apps.get_model("catalogue", "Product").from_db(DEFAULT_DB_ALIAS, ["id"], [int(pk)])
    product_viewed.send(sender=None, product=product, user=request.user, request=request, response=response)
