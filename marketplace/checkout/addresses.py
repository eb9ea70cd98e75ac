"""Vietnam, the one country the marketplace delivers to (Oscar's address Country row)."""

from __future__ import annotations

from django.db.models import Model
from oscar.core.loading import get_model

Country = get_model("address", "Country")


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
