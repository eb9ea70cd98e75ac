"""The online store and the external marketplaces named by the provincial plans."""

from django.db import migrations

KNOWN_CHANNELS = [
    ("online", "Chợ OCOP (cửa hàng trực tuyến)", "online", ""),
    ("postmart", "Postmart.vn", "marketplace", "https://postmart.vn"),
    ("voso", "Voso.vn", "marketplace", "https://voso.vn"),
    ("ketnoiocop", "Ketnoiocop.vn", "marketplace", "https://ketnoiocop.vn"),
    ("shopee", "Shopee", "marketplace", "https://shopee.vn"),
    ("tiki", "Tiki", "marketplace", "https://tiki.vn"),
    ("lazada", "Lazada", "marketplace", "https://www.lazada.vn"),
]


def add_channels(apps, schema_editor):
    SalesChannel = apps.get_model("channels", "SalesChannel")
    for code, name, kind, website in KNOWN_CHANNELS:
        SalesChannel.objects.get_or_create(code=code, defaults={"name": name, "kind": kind, "website": website})


class Migration(migrations.Migration):
    dependencies = [("channels", "0001_initial")]

    operations = [migrations.RunPython(add_channels, migrations.RunPython.noop)]
