"""Give every existing sales point its own sales channel (new points get one on save)."""

from django.db import migrations


def create_channels(apps, schema_editor):
    SalesPointPage = apps.get_model("outlets", "SalesPointPage")
    SalesChannel = apps.get_model("channels", "SalesChannel")
    for page in SalesPointPage.objects.exclude(partner=None):
        if SalesChannel.objects.filter(partner_id=page.partner_id).exists():
            continue
        SalesChannel.objects.create(
            partner_id=page.partner_id,
            code=f"sp-{page.pk}",
            name=page.title[:200],
            kind="sales_point",
            area_id=page.area_id,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("outlets", "0002_instoresale_stockadjustment"),
        ("channels", "0002_known_channels"),
    ]

    operations = [migrations.RunPython(create_channels, migrations.RunPython.noop)]
