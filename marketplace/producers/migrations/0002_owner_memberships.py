"""Every existing user of a producer's Oscar partner becomes an owner of that producer."""

from django.db import migrations


def owners_from_partner_users(apps, schema_editor):
    Producer = apps.get_model("catalogue", "Producer")
    ProducerMembership = apps.get_model("producers", "ProducerMembership")
    for producer in Producer.objects.exclude(partner=None).select_related("partner"):
        for user in producer.partner.users.all():
            ProducerMembership.objects.get_or_create(
                user=user, producer=producer, defaults={"role": "owner"}
            )


class Migration(migrations.Migration):
    dependencies = [
        ("producers", "0001_initial"),
        ("partner", "0008_stockrecord_stockrecord_num_in_stock_not_negative"),
    ]

    operations = [migrations.RunPython(owners_from_partner_users, migrations.RunPython.noop)]
