"""Rich text of the sales-point pages: stored sanitised from now on, and now.

Only the pages' current content is cleaned here; older revisions are shown only through the
render-time filter. The sanitiser is idempotent, so running this again changes nothing.
"""

from django.db import migrations

import marketplace.safety.fields
from marketplace.safety.html import sanitise_wagtail_html

FIELDS = {"salespointindexpage": ("intro",), "salespointpage": ("description",)}


def sanitise_stored_rich_text(apps, schema_editor):
    for model_name, fields in FIELDS.items():
        model = apps.get_model("outlets", model_name)
        for row in model.objects.only("pk", *fields).iterator(chunk_size=200):
            changed = {}
            for name in fields:
                value = getattr(row, name)
                if value and sanitise_wagtail_html(value) != value:
                    changed[name] = sanitise_wagtail_html(value)
            if changed:
                model.objects.filter(pk=row.pk).update(**changed)


class Migration(migrations.Migration):

    dependencies = [
        ('outlets', '0004_fair_booths'),
    ]

    operations = [
        migrations.AlterField(
            model_name='salespointindexpage',
            name='intro',
            field=marketplace.safety.fields.SanitisedRichTextField(blank=True, verbose_name='introduction'),
        ),
        migrations.AlterField(
            model_name='salespointpage',
            name='description',
            field=marketplace.safety.fields.SanitisedRichTextField(blank=True, verbose_name='description'),
        ),
        migrations.RunPython(sanitise_stored_rich_text, migrations.RunPython.noop, elidable=True),
    ]
