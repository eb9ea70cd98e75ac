"""Admin registration: catalogue choosers (home and fair pages), fair applications; the script
that runs Wagtail's initialisers without inline scripts (``cms/admin_init.py``)."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.viewsets.chooser import ChooserViewSet

from cms.applications_admin import fair_application_viewset
from cms.choosers import producer_chooser_viewset, product_chooser_viewset


@hooks.register("register_admin_viewset")
def register_product_chooser() -> ChooserViewSet:
    return product_chooser_viewset


@hooks.register("register_admin_viewset")
def register_producer_chooser() -> ChooserViewSet:
    return producer_chooser_viewset


@hooks.register("register_admin_viewset")
def register_fair_applications():
    return fair_application_viewset


@hooks.register("insert_global_admin_js")
def admin_init_script() -> str:
    return format_html('<script src="{}"></script>', static("cms/js/admin-init.js"))
