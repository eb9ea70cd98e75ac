from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue import apps


class CatalogueConfig(apps.CatalogueConfig):
    name = "catalogue"
    verbose_name = _("Catalogue and OCOP certification")
