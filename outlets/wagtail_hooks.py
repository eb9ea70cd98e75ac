"""Wagtail admin: a flat "Sales points" listing (all points of all indexes) with filters."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from marketplace.areas.models import Area
from outlets.models import SalesPointPage


class SalesPointFilterSet(PageFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=SalesPointPage.Kind.choices)
    area = django_filters.ModelChoiceFilter(
        label=_("Area"),
        queryset=Area.objects.filter(sales_points__isnull=False).distinct(),
    )
    appraisal_status = django_filters.ChoiceFilter(
        label=_("Appraisal status"), choices=SalesPointPage.Appraisal.choices
    )

    class Meta:
        model = SalesPointPage
        fields = []


class SalesPointListingViewSet(PageListingViewSet):
    model = SalesPointPage
    icon = "site"
    menu_label = _("Sales points")
    add_to_admin_menu = True
    menu_order = 250
    columns = [
        *IndexView.base_columns,
        Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
        Column("area", label=_("Area"), sort_key="area__name"),
        Column(
            "appraisal_status",
            label=_("Appraisal"),
            accessor="get_appraisal_status_display",
            sort_key="appraisal_status",
        ),
    ]
    filterset_class = SalesPointFilterSet


@hooks.register("register_admin_viewset")
def register_sales_point_listing() -> SalesPointListingViewSet:
    return SalesPointListingViewSet("sales_points")
