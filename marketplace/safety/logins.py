"""Login throttling (django-axes): a cool-down after repeated failures per account and per address.

An account allows ``AXES_FAILURE_LIMIT`` failures within the cool-down, an IP address
``OCOP_LOGIN_IP_FAILURE_LIMIT`` (higher: mobile carriers put many shoppers behind one address).
Axes compares one count with one limit, so the address's count is expressed on the account's
scale; the comparison stays exact (``n * a // b >= a`` exactly when ``n >= b``).
"""

from __future__ import annotations

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

LOCKOUT_TEMPLATE = "ocop/security/lockout.html"


def normalised_username(request: HttpRequest, credentials: dict | None) -> str | None:
    """The account a login names, case- and space-insensitive (``Mai@X.vn `` is ``mai@x.vn``)."""
    source = credentials if credentials is not None else request.POST
    username = source.get("username") or source.get("login-username")
    return username.strip().lower() if username else None


class AccountAndAddressHandler(AxesDatabaseHandler):
    """Axes' database handler with a separate, higher limit for an IP address."""

    def get_failures(self, request: HttpRequest, credentials: dict | None = None) -> int:
        by_account, by_address = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        account_limit = settings.AXES_FAILURE_LIMIT
        address_limit = settings.OCOP_LOGIN_IP_FAILURE_LIMIT
        return max(by_account, by_address * account_limit // address_limit)


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials: dict | None = None
) -> HttpResponse:
    """The themed "too many attempts" page, status 429, saying when to try again."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {"cooloff_minutes": minutes}
    return render(request, LOCKOUT_TEMPLATE, context, status=429)
