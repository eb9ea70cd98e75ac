"""Rich text of fairs, news and the home page: stored sanitised from now on, and now.

Only the pages' current content is cleaned here; older revisions are shown only through the
render-time filter. The sanitiser is idempotent, so running this again changes nothing.
"""

import wagtail.fields
from django.db import migrations

import marketplace.safety.fields
from marketplace.safety.html import sanitise_wagtail_html

FIELDS = {
    "fairindexpage": ("intro",),
    "fairpage": ("description",),
    "homepage": ("intro",),
    "newsindexpage": ("intro",),
    "newspage": ("body",),
}


def sanitise_stored_rich_text(apps, schema_editor):
    for model_name, fields in FIELDS.items():
        model = apps.get_model("cms", model_name)
        for row in model.objects.only("pk", *fields).iterator(chunk_size=200):
            changed = {}
            for name in fields:
                value = getattr(row, name)
                if value and sanitise_wagtail_html(value) != value:
                    changed[name] = sanitise_wagtail_html(value)
            if changed:
                model.objects.filter(pk=row.pk).update(**changed)
    # The home page's text blocks, in the StreamField's raw data (other blocks untouched).
    home_model = apps.get_model("cms", "homepage")
    for home in home_model.objects.only("pk", "body"):
        raw = [dict(item) for item in home.body.raw_data]
        dirty = False
        for item in raw:
            if item.get("type") == "rich_text" and isinstance(item.get("value"), str):
                clean = sanitise_wagtail_html(item["value"])
                dirty = dirty or clean != item["value"]
                item["value"] = clean
        if dirty:
            home.body = raw
            home.save(update_fields=["body"])


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0004_province_sections_fair_applications'),
    ]

    operations = [
        migrations.AlterField(
            model_name='fairindexpage',
            name='intro',
            field=marketplace.safety.fields.SanitisedRichTextField(blank=True, verbose_name='introduction'),
        ),
        migrations.AlterField(
            model_name='fairpage',
            name='description',
            field=marketplace.safety.fields.SanitisedRichTextField(blank=True, verbose_name='description'),
        ),
        migrations.AlterField(
            model_name='homepage',
            name='body',
            field=wagtail.fields.StreamField([('hero', 6), ('featured_products', 10), ('next_fairs', 12), ('sales_points', 12), ('stories', 12), ('rich_text', 13)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'heading', 'max_length': 120}), 1: ('wagtail.blocks.TextBlock', (), {'label': 'text', 'required': False}), 2: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'image', 'required': False}), 3: ('wagtail.blocks.CharBlock', (), {'label': 'button text', 'max_length': 60, 'required': False}), 4: ('wagtail.blocks.PageChooserBlock', (), {'label': 'button links to a page', 'required': False}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'For example /shop/ or https://…', 'label': 'or to an address', 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('heading', 0), ('text', 1), ('image', 2), ('link_text', 3), ('link_page', 4), ('link_url', 5)]], {}), 7: ('wagtail.blocks.CharBlock', (), {'label': 'heading', 'max_length': 120, 'required': False}), 8: ('cms.blocks.ProductChooserBlock', (), {'label': 'product'}), 9: ('wagtail.blocks.ListBlock', (8,), {'label': 'products'}), 10: ('wagtail.blocks.StructBlock', [[('heading', 7), ('products', 9)]], {}), 11: ('wagtail.blocks.IntegerBlock', (), {'default': 4, 'label': 'how many', 'max_value': 24, 'min_value': 1}), 12: ('wagtail.blocks.StructBlock', [[('heading', 7), ('count', 11)]], {}), 13: ('marketplace.safety.fields.SanitisedRichTextBlock', (), {'icon': 'pilcrow', 'label': 'Text', 'template': 'cms/blocks/rich_text.html'})}, verbose_name='body'),
        ),
        migrations.AlterField(
            model_name='homepage',
            name='intro',
            field=marketplace.safety.fields.SanitisedRichTextField(blank=True, verbose_name='introduction'),
        ),
        migrations.AlterField(
            model_name='newsindexpage',
            name='intro',
            field=marketplace.safety.fields.SanitisedRichTextField(blank=True, verbose_name='introduction'),
        ),
        migrations.AlterField(
            model_name='newspage',
            name='body',
            field=marketplace.safety.fields.SanitisedRichTextField(blank=True, verbose_name='body'),
        ),
        migrations.RunPython(sanitise_stored_rich_text, migrations.RunPython.noop, elidable=True),
    ]
