"""Who may open which desk: staff every point, a manager only the points assigned to them.

Imported by settings (the dashboard menu's ``access_fn``): no model imports at load time.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest


def manageable_points(user: Any):
    """The live-or-draft sales points ``user`` may run from the desk."""
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


def desk_menu(user: Any, url_name: str | None = None, url_args: Any = None, url_kwargs: Any = None) -> bool:
    """Dashboard menu entry: staff and managers of at least one point."""
    return manageable_points(user).exists()
