"""The Oscar side of the mirror: the OCOP product class, group categories, products, partners.

The data migration ``0035_ocop_catalogue_structure`` creates the product class and the six
group categories; the functions here find them and re-create them if a test flushed the
database, so the sync and the storefront always agree on codes and slugs.
"""

from __future__ import annotations

from django.utils.text import slugify

from catalogue.attributes import ensure_ocop_attributes
from catalogue.models import Category, ProductClass
from marketplace.areas.models import ascii_slug

PRODUCT_CLASS_SLUG = "ocop-product"
PRODUCT_CLASS_NAME = "Sản phẩm OCOP"

# Group code -> the name the shop shows (Vietnamese data, not a translatable label).
GROUP_CATEGORIES = {
    "food": "Thực phẩm",
    "beverage": "Đồ uống",
    "herbal": "Dược liệu",
    "handicraft": "Thủ công mỹ nghệ",
    "ornamental": "Sinh vật cảnh",
    "tourism": "Dịch vụ du lịch cộng đồng",
}


def ocop_product_class() -> ProductClass:
    product_class, created = ProductClass.objects.get_or_create(
        slug=PRODUCT_CLASS_SLUG,
        defaults={"name": PRODUCT_CLASS_NAME, "track_stock": True, "requires_shipping": True},
    )
    if created:  # the data migrations' rows were flushed (tests): the attributes go with the class
        ensure_ocop_attributes(product_class)
    return product_class


def group_category(group: str) -> Category:
    """The top-level category of an OCOP group (code and slug = the group code)."""
    category = Category.objects.filter(code=group).first()
    if category is None:
        category = Category.add_root(name=GROUP_CATEGORIES[group], slug=group, code=group)
    return category


def subgroup_category(group: str, subgroup: str) -> Category:
    """The subgroup as a child of its group's category, created the first time it is seen."""
    slug = ascii_slug(subgroup) or slugify(subgroup) or "other"
    code = f"{group}/{slug}"[:255]
    category = Category.objects.filter(code=code).first()
    if category is None:
        parent = group_category(group)
        category = parent.add_child(name=subgroup[:255], slug=slug[:255], code=code)
    return category


class CategoryCache:
    """Categories resolved during one sync (a handful of rows, bounded by the groups)."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], int] = {}

    def category_id(self, group: str, subgroup: str) -> int:
        key = (group, subgroup)
        if key not in self._cache:
            category = subgroup_category(group, subgroup) if subgroup else group_category(group)
            self._cache[key] = category.pk
        return self._cache[key]
