"""Wagtail's default "Editors" group loses the add/edit on the root page its migrations gave it.

Page permissions cascade down the tree, so a grant on the root let anyone put in that group write
every province's pages. The group stays (it opens the admin); an editor's pages come from a
province's editor group (``marketplace.roles``, whose role set-up trims it the same way).
"""

from django.db import migrations

WAGTAIL_EDITORS = "Editors"  # as named by wagtailcore's 0002_initial_data


def trim_wagtail_editors(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(group__name=WAGTAIL_EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0005_sanitised_rich_text"),
        ("wagtailcore", "0002_initial_data"),
    ]

    # Not reversed: giving the group the whole tree back would reopen the hole.
    operations = [migrations.RunPython(trim_wagtail_editors, migrations.RunPython.noop)]
