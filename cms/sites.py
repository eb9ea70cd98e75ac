"""Both "site" rows name the public host, so absolute links leave with the right address.

The sitemap, the Atom feed and Oscar's e-mails build absolute URLs from Django's Sites
framework (``example.com`` until someone edits it), Wagtail's pages from its default Site
(``localhost:80`` as created). ``SITE_URL`` is the deployment's public address (also Wagtail
admin's base URL): after every migrate (and test-database flush) both rows are set from it.
Wagtail's default site still answers any host name.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings


def keep_site_on_public_host(*, using: str = "default", **kwargs) -> None:
    from django.contrib.sites.models import Site
    from wagtail.models import Site as WagtailSite

    public = urlsplit(settings.SITE_URL)
    if not public.hostname:
        return
    Site.objects.using(using).update_or_create(
        pk=settings.SITE_ID, defaults={"domain": public.netloc, "name": settings.OSCAR_SHOP_NAME}
    )
    Site.objects.clear_cache()
    port = public.port or (443 if public.scheme == "https" else 80)
    WagtailSite.objects.using(using).filter(is_default_site=True).update(hostname=public.hostname, port=port)
    WagtailSite.clear_site_root_paths_cache()
