"""Admin choosers for catalogue objects, so editors pick products and producers in a searchable modal.

The product chooser offers only products certified today: an editor cannot feature a product
that may not be sold. Pages still filter at render time, since a certificate can expire after
the page was saved.
"""

from __future__ import annotations

from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet

from catalogue.models import Producer, Product


class NameSearchForm(BaseFilterForm):
    """A plain "contains" search: catalogue models are not in Wagtail's search index."""

    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Search")}),
        required=False,
    )
    search_fields: tuple[str, ...] = ()

    def filter(self, objects: QuerySet) -> QuerySet:
        objects = super().filter(objects)
        query = self.cleaned_data.get("q")
        if query:
            condition = Q()
            for field in self.search_fields:
                condition |= Q(**{f"{field}__icontains": query})
            objects = objects.filter(condition)
            self.is_searching = True
            self.search_query = query
        return objects


class ProductSearchForm(NameSearchForm):
    search_fields = ("title", "registry_code", "producer__name")


class ProducerSearchForm(NameSearchForm):
    search_fields = ("name", "registration_no")


class CertifiedProductChooserViewSet(ChooserViewSet):
    model = "catalogue.Product"
    icon = "tag"
    choose_one_text = _("Choose a certified product")
    choose_another_text = _("Choose another product")
    page_title = _("Certified products")
    register_widget = False  # other apps' product fields must not inherit the certified-only list
    per_page = 20

    def get_object_list(self) -> QuerySet:
        return Product.objects.browsable().select_related("producer").order_by("title")

    choose_view_class = type("ProductChooseView", (ChooseView,), {"filter_form_class": ProductSearchForm})
    choose_results_view_class = type(
        "ProductChooseResultsView", (ChooseResultsView,), {"filter_form_class": ProductSearchForm}
    )


class ProducerChooserViewSet(ChooserViewSet):
    model = "catalogue.Producer"
    icon = "group"
    choose_one_text = _("Choose a producer")
    choose_another_text = _("Choose another producer")
    page_title = _("Producers")
    register_widget = False
    per_page = 20

    def get_object_list(self) -> QuerySet:
        return Producer.objects.select_related("area").order_by("name")

    choose_view_class = type("ProducerChooseView", (ChooseView,), {"filter_form_class": ProducerSearchForm})
    choose_results_view_class = type(
        "ProducerChooseResultsView", (ChooseResultsView,), {"filter_form_class": ProducerSearchForm}
    )


product_chooser_viewset = CertifiedProductChooserViewSet(
    "ocop_product_chooser", url_prefix="ocop/products/choose"
)
producer_chooser_viewset = ProducerChooserViewSet("ocop_producer_chooser", url_prefix="ocop/producers/choose")

ProductChooserWidget = product_chooser_viewset.widget_class
ProducerChooserWidget = producer_chooser_viewset.widget_class
