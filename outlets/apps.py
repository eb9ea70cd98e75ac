"""Sales points (điểm giới thiệu và bán sản phẩm OCOP): Wagtail page, Oscar partner, stock desk."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutletsConfig(AppConfig):
    name = "outlets"
    verbose_name = _("Sales points")

    def ready(self) -> None:
        # Local: signals imports the models, which exist only once the app registry is ready.
        from outlets import signals  # noqa: F401  (connects the receivers)
