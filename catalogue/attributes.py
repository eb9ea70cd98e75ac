"""The facts a shopper reads on a product page, as Oscar product attributes of the OCOP product class.

Weight, packaging, shelf life and ingredients are the producer's (not the registry's): they are
plain ``ProductAttribute`` rows, so Oscar's dashboard and the producer portal edit them as Oscar
intends. Their names are data (Vietnamese, like the product class); the storefront shows them
with translated labels keyed by code.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import formats
from django.utils.translation import gettext_lazy as _

from catalogue.models import ProductAttribute

WEIGHT, PACKAGING, SHELF_LIFE, INGREDIENTS = "weight", "packaging", "shelf_life", "ingredients"

# (code, name stored in the database, Oscar attribute type), in the order a product page lists them.
OCOP_ATTRIBUTES: list[tuple[str, str, str]] = [
    # Kilograms under the code "weight": what Oscar's weight-based shipping (``Scale``) reads.
    (WEIGHT, "Khối lượng tịnh (kg)", "float"),
    (PACKAGING, "Quy cách đóng gói", "text"),
    (SHELF_LIFE, "Hạn sử dụng", "text"),
    (INGREDIENTS, "Thành phần, chất liệu", "text"),
]

LABELS = {
    WEIGHT: _("Net weight"),
    PACKAGING: _("Packaging"),
    SHELF_LIFE: _("Shelf life"),
    INGREDIENTS: _("Ingredients or materials"),
}


def ensure_ocop_attributes(product_class) -> int:
    """Create the OCOP attributes missing on ``product_class``; returns how many were created."""
    existing = set(product_class.attributes.values_list("code", flat=True))
    missing = [
        ProductAttribute(product_class=product_class, code=code, name=name, type=kind, required=False)
        for code, name, kind in OCOP_ATTRIBUTES
        if code not in existing
    ]
    ProductAttribute.objects.bulk_create(missing)
    return len(missing)


def format_weight(kilograms: float) -> str:
    """0.2 → "200 g"; 1.5 → "1,5 kg" (the active language's decimal separator)."""
    grams = round(kilograms * 1000)
    if grams >= 1000:
        kilos = grams / 1000
        shown = formats.number_format(kilos, decimal_pos=0 if kilos == int(kilos) else 1)
        return f"{shown}\u00a0kg"
    return f"{grams}\u00a0g"


@dataclass(frozen=True)
class Fact:
    code: str
    label: str
    text: str


def product_facts(product) -> list[Fact]:
    """The product's attribute values as label/text rows: OCOP attributes first, in their order.

    Uses ``get_attribute_values()``, so a product from ``prefetch_attribute_values()`` costs no query.
    """
    order = {code: n for n, (code, _name, _kind) in enumerate(OCOP_ATTRIBUTES)}
    values = sorted(
        (v for v in product.get_attribute_values() if v.value not in (None, "")),
        key=lambda v: (order.get(v.attribute.code, len(order)), v.attribute.name),
    )
    facts = []
    for value in values:
        code = value.attribute.code
        text = format_weight(value.value) if code == WEIGHT else str(value.value_as_text)
        facts.append(Fact(code, str(LABELS.get(code, value.attribute.name)), text))
    return facts
