"""Desk template tags: URLs of the current desk, and the fair page's link to its booth desk."""

from __future__ import annotations

from typing import Any

from django import template

from outlets.desk.access import booth_scope

register = template.Library()


@register.simple_tag
def desk_url(desk: Any, name: str, *args: Any) -> str:
    """``{% desk_url desk "receipt" order.number %}``: the same page for a point or a booth."""
    return desk.url(name, *args)


@register.inclusion_tag("outlets/desk/_booth_link.html", takes_context=True)
def booth_desk_link(context: dict, fair: Any) -> dict:
    """On a fair page: a link to its booth desk, for the users who may open it (no one else)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    allowed = bool(user is not None and fair is not None and fair.pk and booth_scope(user, fair)[0])
    return {"fair": fair, "allowed": allowed}
