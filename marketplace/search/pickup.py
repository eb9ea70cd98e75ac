""" "Available for pick-up near me": products with units free to sell at a live sales point in an area.

The shopper chooses a province or district once; it is remembered in the session, and the facet
link carries it in the query string (``?pickup=<area id>``) so a filtered URL means the same for
everyone.

Stock is deliberately *not* indexed in Elasticsearch. In-store sales, deliveries and basket
allocations change stock records with conditional UPDATEs (``outlets.adjustments``, Oscar's
``allocate``) that send no save signal, so an indexed copy would go stale exactly when the last unit
leaves the shelf. Both backends ask the database at query time instead: the database backend as a
subquery, Elasticsearch as a ``terms`` filter on the id set (bounded by the products stocked in one
area, far below Elasticsearch's 65,536-term limit). "Certified today" comes with
``outlets.stock.available_stock`` (catalogue's rule, not repeated here).
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from outlets.models import SalesPointPage
from outlets.stock import available_stock

#: Session key: the Area id (province or district) the shopper picks up in.
SESSION_KEY = "ocop_pickup_area_id"


def in_area(area_id: int, field: str = "area") -> Q:
    """``field`` is the area or lies under it (areas are at most province → district → commune)."""
    return (
        Q(**{f"{field}_id": area_id})
        | Q(**{f"{field}__parent_id": area_id})
        | Q(**{f"{field}__parent__parent_id": area_id})
    )


def pickup_points(area_id: int) -> QuerySet:
    """Live sales points in the area (or under it) that hold stock as a partner."""
    return SalesPointPage.objects.live().filter(in_area(area_id), partner__isnull=False)


def pickup_stock(area_id: int) -> QuerySet:
    """Stock records with free units of certified-today products at those points."""
    return available_stock().filter(partner__in=pickup_points(area_id).values("partner_id"))


def pickup_product_ids(area_id: int) -> QuerySet:
    """A subquery of product ids (use it with ``pk__in``; ``list()`` it for Elasticsearch)."""
    return pickup_stock(area_id).values("product_id")


def remembered_area_id(request: HttpRequest) -> int | None:
    """The area this shopper chose, if any (never creates a session by itself)."""
    session = getattr(request, "session", None)
    if session is None or (not session.session_key and not session.modified):
        return None
    value = session.get(SESSION_KEY)
    return value if isinstance(value, int) else None


def remember_area(request: HttpRequest, area_id: int | None) -> None:
    if area_id is None:
        request.session.pop(SESSION_KEY, None)
    else:
        request.session[SESSION_KEY] = area_id


def area_choices() -> list[tuple[str, list[tuple[int, str]]]]:
    """Provinces and districts that have a live sales point, grouped by province for a <select>.

    Each group starts with the whole province, then its districts; areas without a point are left
    out, so no choice leads to an empty list for lack of a point.
    """
    Area = get_model("areas", "Area")
    seen: dict[int, object] = {}
    points = SalesPointPage.objects.live().filter(area__isnull=False).select_related("area__parent__parent")
    for point in points.only("area"):
        for area in point.area.lineage():
            if area.kind != Area.Kind.COMMUNE:
                seen[area.pk] = area
    provinces = sorted((a for a in seen.values() if a.parent_id is None), key=lambda a: a.name)
    groups = []
    for province in provinces:
        districts = sorted((a for a in seen.values() if a.parent_id == province.pk), key=lambda a: a.name)
        options = [(province.pk, _("All of %(province)s") % {"province": province.name})]
        options += [(d.pk, d.name) for d in districts]
        groups.append((province.name, options))
    return groups
