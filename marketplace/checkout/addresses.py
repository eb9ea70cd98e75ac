"""The order addresses the checkout makes itself: Vietnam, the one country the marketplace
delivers to (Oscar's address Country row), and the pick-up contact written as an order address
when nothing is delivered."""

from __future__ import annotations

from django.db.models import Model
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from oscar.core.loading import get_model

from marketplace.basket.fulfilment import sales_point_of

Country = get_model("address", "Country")
ShippingAddress = get_model("order", "ShippingAddress")

#: Stored in English on the order address, translated where shown.
PICKUP_NOTE = gettext_noop("Pick-up at the sales point, no delivery.")


def vietnam() -> Model:
    """Oscar's Country for Vietnam, created on first use (Oscar ships no country rows)."""
    country, _created = Country.objects.get_or_create(
        iso_3166_1_a2="VN",
        defaults={
            "iso_3166_1_a3": "VNM",
            "iso_3166_1_numeric": "704",
            "name": "Việt Nam",
            "printable_name": "Việt Nam",
            "is_shipping_country": True,
        },
    )
    return country


def pickup_contact_address(basket: Model, name: str, phone_number: str) -> Model:
    """An (unsaved) order address for a pick-up-only order: who collects it, and where."""
    points = []
    for partner_id in sorted(basket.pickup_partner_ids()):
        point = sales_point_of(partner_id)
        if point is not None:
            points.append(point)
    where = "; ".join(point.title for point in points) or _("a sales point")
    return ShippingAddress(
        first_name=name,
        line1=(_("Pick-up at: %(points)s") % {"points": where})[:255],
        line4=(points[0].address.splitlines()[0] if points and points[0].address else "")[:255],
        country=vietnam(),
        phone_number=phone_number,
        notes=_(PICKUP_NOTE),
    )
