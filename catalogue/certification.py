"""The one definition of "certified today".

A product is certified today when it has an ``active`` certificate with
``issued_on <= today < expires_on``, today being the date in Vietnam, that is still in
the register (``withdrawn_on`` is null: a full snapshot of the registry still contains it). It is a
query-time comparison, never a stored flag, so an expiry takes effect at
midnight with no sync, no cron and no reindex.

Listing, search, product page, basket, checkout, in-store sales, sitemap,
feeds and reports all ask this module (directly or through the Oscar strategy).

This module owns the rule itself and knows no model: Vietnam's date (``VIETNAM``,
``vietnam_today``), the validity condition (``valid_on_filter``) and the certificate queryset
(``CertificateQuerySet``, whose ``certifying_on`` is the "has a valid certificate" expression for
a Product queryset). ``catalogue.models`` binds it to the ``Certificate`` model: ``certified_on``,
``certified_today`` and ``Product.objects.certified_on()`` / ``.certified_today()``.
"""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from django.db import models
from django.db.models import Exists, OuterRef
from django.utils import timezone

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def vietnam_today() -> datetime.date:
    """Today's date in Vietnam, whatever the server's time zone."""
    return timezone.now().astimezone(VIETNAM).date()


def valid_on_filter(day: datetime.date, prefix: str = "") -> models.Q:
    """The validity condition on certificate fields (optionally through a relation)."""
    return models.Q(
        **{
            f"{prefix}status": "active",
            f"{prefix}issued_on__lte": day,
            f"{prefix}expires_on__gt": day,
            f"{prefix}withdrawn_on__isnull": True,
        }
    )


class CertificateQuerySet(models.QuerySet):
    def valid_on(self, day: datetime.date) -> CertificateQuerySet:
        return self.filter(valid_on_filter(day))

    def valid_today(self) -> CertificateQuerySet:
        return self.valid_on(vietnam_today())

    def expiring_within(self, days: int, today: datetime.date | None = None) -> CertificateQuerySet:
        """Valid today and expiring in the next ``days`` days."""
        today = today or vietnam_today()
        return self.valid_on(today).filter(expires_on__lte=today + datetime.timedelta(days=days))

    def certifying_on(self, day: datetime.date) -> Exists:
        """SQL expression, for a Product queryset: has one of these certificates valid on ``day``."""
        return Exists(self.valid_on(day).filter(product=OuterRef("pk")))
