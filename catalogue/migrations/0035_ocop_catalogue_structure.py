"""The OCOP product class and the six group categories, so that the sync and the storefront agree.

Historical models have no treebeard API, so root paths are computed here as treebeard does
(steps of 4 base-36 digits).
"""

from django.db import migrations

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4

GROUPS = [
    ("food", "Thực phẩm"),
    ("beverage", "Đồ uống"),
    ("herbal", "Dược liệu"),
    ("handicraft", "Thủ công mỹ nghệ"),
    ("ornamental", "Sinh vật cảnh"),
    ("tourism", "Dịch vụ du lịch cộng đồng"),
]


def _encode(number):
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return digits.rjust(STEPLEN, "0")


def create_structure(apps, schema_editor):
    ProductClass = apps.get_model("catalogue", "ProductClass")
    Category = apps.get_model("catalogue", "Category")
    ProductClass.objects.get_or_create(
        slug="ocop-product",
        defaults={"name": "Sản phẩm OCOP", "track_stock": True, "requires_shipping": True},
    )
    last = Category.objects.filter(depth=1).order_by("-path").values_list("path", flat=True).first()
    position = int(last, len(ALPHABET)) if last else 0
    for code, name in GROUPS:
        if Category.objects.filter(code=code).exists():
            continue
        root = Category.objects.filter(depth=1, slug=code, code__isnull=True).first()
        if root is not None:  # created by hand before: adopt it
            root.code = code
            root.save(update_fields=["code"])
            continue
        position += 1
        Category.objects.create(
            path=_encode(position), depth=1, numchild=0, name=name, slug=code, code=code
        )


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0034_registry_sync_fields")]

    operations = [migrations.RunPython(create_structure, migrations.RunPython.noop)]
