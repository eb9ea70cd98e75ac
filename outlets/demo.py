"""Idempotent builders for demo data: run them twice, get the same tree (and one partner per point)."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from decimal import Decimal

from django.contrib.auth.models import AbstractBaseUser
from wagtail.models import Page

from marketplace.areas.models import Area, ascii_slug
from outlets.models import OpeningHours, SalesPointIndexPage, SalesPointPage

INDEX_SLUG = "diem-ban"


def _coordinate(value: float | Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.000001"))


def ensure_index(
    home_page: Page, *, title: str = "Điểm bán sản phẩm OCOP", intro: str = ""
) -> SalesPointIndexPage:
    """The sales-point index under ``home_page`` (slug "diem-ban"), created and published if missing."""
    existing = SalesPointIndexPage.objects.child_of(home_page).filter(slug=INDEX_SLUG).first()
    if existing is not None:
        return existing
    index_page = SalesPointIndexPage(title=title, slug=INDEX_SLUG, intro=intro)
    home_page.add_child(instance=index_page)
    index_page.save_revision().publish()
    return index_page


def ensure_sales_point(
    index_page: SalesPointIndexPage,
    *,
    title: str,
    kind: str,
    area: Area | None,
    address: str,
    lat: float | Decimal | None,
    lng: float | Decimal | None,
    phone: str = "",
    hours: Mapping[int, tuple[datetime.time, datetime.time] | None],
    managers: Iterable[AbstractBaseUser] = (),
    slug: str | None = None,
    email: str = "",
    description: str = "",
) -> SalesPointPage:
    """Create or update (by slug under ``index_page``) a published sales point.

    ``hours`` maps a weekday (0 = Monday … 6 = Sunday) to (opens, closes); None or a
    missing weekday means closed. The weekly hours are replaced; holiday exceptions kept.
    """
    slug = slug or ascii_slug(title)
    page = SalesPointPage.objects.child_of(index_page).filter(slug=slug).first()
    creating = page is None
    if creating:
        page = SalesPointPage(slug=slug)
    page.title = title
    page.kind = kind
    page.area = area
    page.address = address
    page.latitude = _coordinate(lat)
    page.longitude = _coordinate(lng)
    page.phone = phone
    page.email = email
    page.description = description
    page.opening_hours = [
        OpeningHours(weekday=wd, opens=slot[0], closes=slot[1])
        if slot
        else OpeningHours(weekday=wd, closed=True)
        for wd in range(7)
        for slot in [hours.get(wd)]
    ]
    page.managers = list(managers)
    if creating:
        index_page.add_child(instance=page)
    page.save_revision().publish()
    # Publishing saved a copy built from the revision: read back what is live.
    return SalesPointPage.objects.get(pk=page.pk)
