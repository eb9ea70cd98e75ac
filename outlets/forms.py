"""The public filter of the sales-point index: by province/area and by product in stock."""

from __future__ import annotations

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from marketplace.areas.models import Area, within
from outlets.stock import available_stock, points_with_product


class SalesPointFilterForm(forms.Form):
    """Choices come from the points themselves, so no option ever leads to an empty list."""

    area = forms.TypedChoiceField(label=_("Province or area"), required=False, coerce=int, empty_value=None)
    product = forms.TypedChoiceField(
        label=_("Product in stock"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, points: QuerySet, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = [("", _("All areas")), *self.area_choices(points)]
        self.fields["product"].choices = [("", _("Any product")), *self.product_choices(points)]

    @staticmethod
    def area_choices(points: QuerySet) -> list[tuple[int, str]]:
        """Every area holding a point, with its ancestors, province first then its districts."""
        seen: dict[int, Area] = {}
        for point in points:
            if point.area_id:
                for area in point.area.lineage():
                    seen[area.pk] = area
        ordered = sorted(seen.values(), key=lambda a: [x.name for x in a.lineage()])
        return [(a.pk, "\u2003" * (len(a.lineage()) - 1) + a.name) for a in ordered]

    @staticmethod
    def product_choices(points: QuerySet) -> list[tuple[int, str]]:
        partner_ids = [p.partner_id for p in points if p.partner_id]
        rows = (
            available_stock(partner_ids)
            .order_by("product__title")
            .values_list("product_id", "product__title")
            .distinct()
        )
        return list(dict.fromkeys(rows))

    def filter(self, points: QuerySet) -> QuerySet:
        """Points matching the valid choices; an invalid choice filters nothing."""
        if not self.is_bound or not self.is_valid():
            return points
        area_id = self.cleaned_data.get("area")
        if area_id:
            points = points.filter(within(area_id))
        product_id = self.cleaned_data.get("product")
        if product_id:
            points = points_with_product(points, product_id)
        return points
