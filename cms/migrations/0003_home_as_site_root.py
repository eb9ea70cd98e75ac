"""Replace Wagtail's "Welcome to your new Wagtail site!" page with our HomePage as the default
site's root, so a fresh install shows the marketplace's home at "/".

Follows Wagtail's project template (home/0002_create_homepage): the placeholder page is deleted
and the HomePage takes its tree path. Our migration runs after wagtailcore's locale migrations,
so it also carries over the placeholder's locale. It only replaces an untouched placeholder (a
plain Page with no children); if a HomePage exists already, it does nothing.
"""

import uuid

from django.db import migrations

HOME_TITLE = "Chợ OCOP"


def _next_child_path(Page, root):
    """Treebeard's materialised path for a new last child of ``root`` (steplen 4, base 36)."""
    last = Page.objects.filter(depth=root.depth + 1, path__startswith=root.path).order_by("-path").first()
    if last is None:
        return root.path + "0001"
    number = int(last.path[-4:], 36) + 1
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    encoded = ""
    while number:
        number, remainder = divmod(number, 36)
        encoded = digits[remainder] + encoded
    return root.path + encoded.rjust(4, "0")


def home_as_site_root(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    Revision = apps.get_model("wagtailcore.Revision")
    HomePage = apps.get_model("cms.HomePage")

    if HomePage.objects.exists():
        return
    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is None:  # wagtailcore's initial data was removed: nothing to attach to
        return

    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    home_type, _ = ContentType.objects.get_or_create(app_label="cms", model="homepage")
    site = Site.objects.filter(is_default_site=True).first()
    site_fields = {"hostname": "localhost", "port": 80, "site_name": "", "is_default_site": True}
    locale_id = None
    path = None

    placeholder = site.root_page if site else None
    if (
        placeholder is not None
        and placeholder.content_type_id == page_type.pk
        and placeholder.depth == 2
        and placeholder.numchild == 0
    ):
        # Take the placeholder's place: same path, locale and site settings.
        site_fields = {
            "hostname": site.hostname,
            "port": site.port,
            "site_name": site.site_name,
            "is_default_site": site.is_default_site,
        }
        locale_id = placeholder.locale_id
        path = placeholder.path
        Revision.objects.filter(base_content_type=page_type, object_id=str(placeholder.pk)).delete()
        placeholder.delete()  # the Site cascades with it and is recreated below
        site = None
    elif site is not None:
        return  # the default site already shows real content: leave it alone

    if locale_id is None:
        locale = Locale.objects.order_by("pk").first()
        if locale is None:
            locale = Locale.objects.create(language_code="vi")
        locale_id = locale.pk
    if path is None:
        path = _next_child_path(Page, root)
        Page.objects.filter(pk=root.pk).update(numchild=root.numchild + 1)

    slug = "home"
    if Page.objects.filter(depth=2, slug=slug).exists():
        slug = "trang-chu"
    home = HomePage.objects.create(
        title=HOME_TITLE,
        draft_title=HOME_TITLE,
        slug=slug,
        content_type=home_type,
        path=path,
        depth=2,
        numchild=0,
        url_path=f"/{slug}/",
        live=True,
        locale_id=locale_id,
        translation_key=uuid.uuid4(),
        body=[],
    )
    Site.objects.create(root_page=home, **site_fields)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_home_body_fairs_news"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(home_as_site_root, migrations.RunPython.noop)]
