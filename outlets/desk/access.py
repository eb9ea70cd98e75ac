"""Who may open which desk.

A desk runs one stock holder: a sales point (staff: every point; a manager: the points assigned
to them) or a fair's booth (staff; the fair's organisers, i.e. whoever may edit the fair page in
Wagtail, like the trade-department editors of its province; and the users of a producer taking
part in the fair, who see and move only their own products). Anyone else gets a 404: another
holder's desk does not exist for them.

Imported by settings (the dashboard menu's ``access_fn``): no model imports at load time.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.http import Http404, HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: Booths stay on the desk index this long after their fair ends (time to return unsold stock).
BOOTH_LISTED_DAYS_AFTER = 60

POINT_TABS = [
    ("stock", _("Stock")),
    ("sell", _("Sell")),
    ("receive", _("Receive delivery")),
    ("add", _("Add product")),
    ("import", _("Import count")),
    ("today", _("Today")),
    ("pickups", _("Pick-ups")),
    ("history", _("Stock changes")),
]
BOOTH_TABS = [
    ("stock", _("Booth stock")),
    ("sell", _("Sell")),
    ("transfer", _("Bring stock")),
    ("return", _("Return to producer")),
    ("today", _("Today")),
    ("history", _("Stock changes")),
]


@dataclass
class Desk:
    """One user's desk over one holder, with the part of its stock they may touch."""

    holder: Any  # SalesPointPage or FairBooth
    pk: int  # in the URL: the sales point's page, or the fair's page
    #: None: the whole stock; otherwise only products of these producers (a producer at a fair).
    producer_ids: frozenset[int] | None = None

    @property
    def is_booth(self) -> bool:
        return self.holder.holder_kind == "booth"

    @property
    def title(self) -> str:
        return self.holder.title

    def url(self, name: str, *args: Any) -> str:
        prefix = "booth-" if self.is_booth else ""
        return reverse(f"outlets-desk:{prefix}{name}", args=[self.pk, *args])

    def tabs(self) -> list[tuple[str, str]]:
        return [(self.url(name), label) for name, label in (BOOTH_TABS if self.is_booth else POINT_TABS)]

    def scoped(self, queryset, product_field: str = "product"):
        """Narrow any queryset with a product to the products this user may handle here."""
        if self.producer_ids is None:
            return queryset
        return queryset.filter(**{f"{product_field}__producer_id__in": self.producer_ids})

    def records(self):
        """The holder's stock records this user may see and sell."""
        # Local: settings import this module (menu access_fn), before the app registry is ready.
        from outlets.desk.forms import point_records

        return self.scoped(point_records(self.holder))

    def producers(self):
        """Producers whose stock may come to this booth through this user."""
        # Local: settings import this module (menu access_fn), before the app registry is ready.
        from outlets.booths import participating_producers

        producers = participating_producers(self.holder.fair).select_related("partner")
        if self.producer_ids is not None:
            producers = producers.filter(pk__in=self.producer_ids)
        return producers


def manageable_points(user: Any):
    """The live-or-draft sales points ``user`` may run from the desk."""
    # Local: settings import this module (menu access_fn), before the app registry is ready.
    from outlets.models import SalesPointPage

    points = SalesPointPage.objects.select_related("partner", "area").order_by("title")
    if not (user.is_authenticated and user.is_active):
        return points.none()
    if user.is_staff:
        return points
    return points.filter(managers=user)


def point_for(request: HttpRequest, pk: int):
    """The point if the user may run it; otherwise 404 (another point's desk does not exist for them)."""
    point = manageable_points(request.user).filter(pk=pk).first()
    if point is None or not point.partner_id:
        raise Http404
    return point


def _users_producer_ids(user: Any) -> set[int]:
    # Local: settings import this module (menu access_fn), before the app registry is ready.
    from catalogue.models import Producer

    return set(Producer.objects.filter(partner__users=user).values_list("pk", flat=True))


def booth_scope(user: Any, fair: Any) -> tuple[bool, frozenset[int] | None]:
    """(may use the booth desk, producer scope): scope None means the whole booth."""
    if not (user.is_authenticated and user.is_active):
        return False, None
    if user.is_staff or fair.permissions_for_user(user).can_edit():
        return True, None
    # Local: settings import this module (menu access_fn), before the app registry is ready.
    from outlets.booths import participating_producers

    mine = _users_producer_ids(user)
    if not mine:
        return False, None
    taking_part = set(participating_producers(fair).filter(pk__in=mine).values_list("pk", flat=True))
    return bool(taking_part), frozenset(taking_part)


def booth_desk_for(request: HttpRequest, fair_pk: int) -> Desk:
    """The fair's booth desk for this user (the booth is created on first use); otherwise 404."""
    # Local: settings import this module (menu access_fn), before the app registry is ready.
    from cms.models.fairs import FairPage
    from outlets.booths import ensure_booth

    fair = FairPage.objects.filter(pk=fair_pk).first()
    if fair is None:
        raise Http404
    allowed, producer_ids = booth_scope(request.user, fair)
    if not allowed:
        raise Http404
    return Desk(ensure_booth(fair), fair.pk, producer_ids)


def desk_for(request: HttpRequest, pk: int, kind: str = "point") -> Desk:
    if kind == "booth":
        return booth_desk_for(request, pk)
    return Desk(point_for(request, pk), pk)


def booth_fairs(user: Any) -> list:
    """Fairs whose booth desk ``user`` may open, not ended long ago, soonest first."""
    # Local: settings import this module (menu access_fn), before the app registry is ready.
    from wagtail.permission_policies.pages import PagePermissionPolicy

    from cms.models.fairs import FairPage
    from cms.models.participation import FairApplication

    if not (user.is_authenticated and user.is_active):
        return []
    fairs = FairPage.objects.filter(
        end__gte=timezone.now() - datetime.timedelta(days=BOOTH_LISTED_DAYS_AFTER)
    ).order_by("start", "pk")
    if user.is_staff:
        return list(fairs)
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    mine = _users_producer_ids(user)
    taking_part = Q(participants__producer_id__in=mine) | Q(
        applications__producer_id__in=mine, applications__status=FairApplication.Status.APPROVED
    )
    return list(fairs.filter(Q(pk__in=editable.values("pk")) | taking_part).distinct())


def desk_menu(user: Any, url_name: str | None = None, url_args: Any = None, url_kwargs: Any = None) -> bool:
    """Dashboard menu entry: staff, managers of at least one point, and users of a fair's booth."""
    return manageable_points(user).exists() or bool(booth_fairs(user))
