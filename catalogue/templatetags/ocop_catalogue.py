"""Template tags of the storefront's product and producer pages."""

from __future__ import annotations

from django import template

register = template.Library()


@register.simple_tag
def ocop_purchase_info(request, product, strategy=None):
    """Price and availability of ``product``: from ``strategy`` when given, else the request's.

    A sales point page passes the strategy of that point (``Selector().strategy(pickup_partner_id=…)``)
    so its cards show the point's own price and stock, not the producer's.
    """
    chosen = strategy or getattr(request, "strategy", None)
    if chosen is None:
        from oscar.core.loading import get_class

        chosen = get_class("partner.strategy", "Selector")().strategy(request=request)
    return chosen.fetch_for_product(product)
