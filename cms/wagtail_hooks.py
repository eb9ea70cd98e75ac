"""Admin registration: catalogue choosers (home and fair pages), fair applications."""

from wagtail import hooks
from wagtail.admin.viewsets.chooser import ChooserViewSet

from cms.choosers import producer_chooser_viewset, product_chooser_viewset


@hooks.register("register_admin_viewset")
def register_product_chooser() -> ChooserViewSet:
    return product_chooser_viewset


@hooks.register("register_admin_viewset")
def register_producer_chooser() -> ChooserViewSet:
    return producer_chooser_viewset


@hooks.register("register_admin_viewset")
def register_fair_applications():
    from cms.applications_admin import fair_application_viewset

    return fair_application_viewset
