from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Only for ``manage.py load_demo``: no models."""

    name = "marketplace.demo"
    label = "ocop_demo"
    verbose_name = _("Demo marketplace")
