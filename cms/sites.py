"""Django's Site names the public host, so absolute links leave with the right address.

The sitemap, the Atom feed and Oscar's e-mails build absolute URLs from the Sites framework,
whose row says ``example.com`` until someone edits it. ``SITE_URL`` is the deployment's
public address (also Wagtail admin's base URL): after every migrate (and test-database flush)
the row is set from it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings


def keep_site_on_public_host(*, using: str = "default", **kwargs) -> None:
    from django.contrib.sites.models import Site

    host = urlsplit(settings.SITE_URL).netloc
    if not host:
        return
    Site.objects.using(using).update_or_create(
        pk=settings.SITE_ID, defaults={"domain": host, "name": settings.OSCAR_SHOP_NAME}
    )
    Site.objects.clear_cache()
