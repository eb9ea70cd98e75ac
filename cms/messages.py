"""Django messages kept apart for the back offices (Wagtail admin, Django admin, Oscar's dashboard).

A message added in an admin ("Hợp tác xã X will exhibit at …") belongs to the admin. With one
shared store, a message the admin did not render before the user opened a public page (an
admin response that renders no messages: a JSON modal answer, a download, a redirect to a
public address, or simply another tab) was shown on the storefront. Here each side reads and
writes its own store: back-office requests use their own cookie and session key, so the public
pages only ever show the storefront's messages, and an admin message waits for the next admin page.
"""

from __future__ import annotations

from functools import cache

from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.messages.storage.session import SessionStorage
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse

BACK_OFFICE_URL_NAMES = ("wagtailadmin_home", "admin:index", "dashboard:index")
BACK_OFFICE_COOKIE = "admin_messages"
BACK_OFFICE_SESSION_KEY = "_admin_messages"


@cache
def back_office_prefixes() -> tuple[str, ...]:
    prefixes = []
    for name in BACK_OFFICE_URL_NAMES:
        try:
            prefixes.append(reverse(name))
        except NoReverseMatch:  # an admin not installed in this project
            continue
    return tuple(prefixes)


def is_back_office(request: HttpRequest) -> bool:
    return request.path_info.startswith(back_office_prefixes())


class SeparateBackOfficeStorage(FallbackStorage):
    """Django's cookie-then-session storage, with a second cookie and session key for the admins."""

    def __init__(self, request: HttpRequest, *args, **kwargs) -> None:
        super().__init__(request, *args, **kwargs)
        if is_back_office(request):
            for storage in self.storages:
                if isinstance(storage, CookieStorage):
                    storage.cookie_name = BACK_OFFICE_COOKIE
                elif isinstance(storage, SessionStorage):
                    storage.session_key = BACK_OFFICE_SESSION_KEY
