from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site pages")

    def ready(self) -> None:
        from cms.exports import make_wagtail_csv_exports_safe
        from cms.sites import keep_site_on_public_host

        make_wagtail_csv_exports_safe()  # finding 9: Wagtail's CSV reports cannot carry formulas

        # Once per migrate, after the sites app has made its row (its app config sends first).
        post_migrate.connect(keep_site_on_public_host, sender=self, dispatch_uid="ocop-site-host")
