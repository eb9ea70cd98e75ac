from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site pages")

    def ready(self) -> None:
        # App loading: these modules import models, which exist only once the registry is ready.
        from wagtail.permissions import register_permission_policy

        from cms.admin_init import make_wagtail_admin_scripts_inert
        from cms.application_permissions import fair_application_permission_policy
        from cms.exports import make_wagtail_csv_exports_safe
        from cms.models import FairApplication
        from cms.sites import keep_site_on_public_host

        make_wagtail_csv_exports_safe()  # finding 9: Wagtail's CSV reports cannot carry formulas
        make_wagtail_admin_scripts_inert()  # the admin's initialisers without inline scripts (CSP)
        # Before any admin view asks: an application is reached only through its fair's province.
        register_permission_policy(FairApplication, fair_application_permission_policy)

        # Once per migrate, after the sites app has made its row (its app config sends first).
        post_migrate.connect(keep_site_on_public_host, sender=self, dispatch_uid="ocop-site-host")
