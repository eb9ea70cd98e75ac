"""Weight, packaging, shelf life and ingredients as attributes of the OCOP product class."""

from django.db import migrations

# A copy of catalogue.attributes.OCOP_ATTRIBUTES as it was when this migration was written.
ATTRIBUTES = [
    ("weight", "Khối lượng tịnh (kg)", "float"),
    ("packaging", "Quy cách đóng gói", "text"),
    ("shelf_life", "Hạn sử dụng", "text"),
    ("ingredients", "Thành phần, chất liệu", "text"),
]


def create_attributes(apps, schema_editor):
    ProductClass = apps.get_model("catalogue", "ProductClass")
    ProductAttribute = apps.get_model("catalogue", "ProductAttribute")
    product_class = ProductClass.objects.filter(slug="ocop-product").first()
    if product_class is None:
        return
    for code, name, kind in ATTRIBUTES:
        ProductAttribute.objects.get_or_create(
            product_class=product_class, code=code, defaults={"name": name, "type": kind, "required": False}
        )


def remove_attributes(apps, schema_editor):
    ProductAttribute = apps.get_model("catalogue", "ProductAttribute")
    ProductAttribute.objects.filter(
        product_class__slug="ocop-product", code__in=[code for code, _name, _kind in ATTRIBUTES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0036_product_search_text")]

    operations = [migrations.RunPython(create_attributes, remove_attributes)]
