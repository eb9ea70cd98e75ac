"""Product descriptions and stories, producer stories: stored sanitised from now on, and now.

Rows written before (the demo, early users) may hold unsafe HTML: clean them once. The
sanitiser is idempotent, so running this again changes nothing.
"""

from django.db import migrations

import marketplace.safety.fields
from marketplace.safety.html import sanitise_html

FIELDS = {"product": ("description", "story"), "producer": ("story",)}


def sanitise_stored_text(apps, schema_editor):
    for model_name, fields in FIELDS.items():
        model = apps.get_model("catalogue", model_name)
        for row in model.objects.only("pk", *fields).iterator(chunk_size=500):
            changed = {
                name: sanitise_html(getattr(row, name))
                for name in fields
                if getattr(row, name) and sanitise_html(getattr(row, name)) != getattr(row, name)
            }
            if changed:
                model.objects.filter(pk=row.pk).update(**changed)


class Migration(migrations.Migration):

    dependencies = [
        ('catalogue', '0037_ocop_product_attributes'),
    ]

    operations = [
        migrations.AlterField(
            model_name='producer',
            name='story',
            field=marketplace.safety.fields.SanitisedHTMLField(blank=True, verbose_name='story'),
        ),
        migrations.AlterField(
            model_name='product',
            name='description',
            field=marketplace.safety.fields.SanitisedHTMLField(blank=True, verbose_name='Description'),
        ),
        migrations.AlterField(
            model_name='product',
            name='story',
            field=marketplace.safety.fields.SanitisedHTMLField(blank=True, verbose_name='product story'),
        ),
        migrations.RunPython(sanitise_stored_text, migrations.RunPython.noop, elidable=True),
    ]
