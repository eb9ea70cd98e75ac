"""The fair index's filter form: province, kind and month, sent by GET."""

from __future__ import annotations

from urllib.parse import urlencode

from django import forms
from django.db.models import Q, QuerySet
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from catalogue.certification import VIETNAM
from cms.calendar import month_bounds
from marketplace.areas.models import within

_SELECT = {"class": "form-control custom-select"}


class FairFilterForm(forms.Form):
    province = forms.ChoiceField(label=_("Province"), required=False, widget=forms.Select(attrs=_SELECT))
    kind = forms.ChoiceField(label=_("Kind of fair"), required=False, widget=forms.Select(attrs=_SELECT))
    month = forms.ChoiceField(label=_("Month"), required=False, widget=forms.Select(attrs=_SELECT))

    def __init__(self, *args, fairs: QuerySet, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fairs = fairs
        self._provinces = self._find_provinces(fairs)
        self.fields["province"].choices = [("", _("All provinces"))] + [
            (area.slug, area.name) for area in self._provinces
        ]
        self.fields["kind"].choices = [("", _("All kinds"))] + list(fairs.model.Kind.choices)
        self.fields["month"].choices = [("", _("Any month"))] + self._months(fairs)

    @staticmethod
    def _find_provinces(fairs: QuerySet) -> list:
        provinces = {fair.area.province for fair in fairs.order_by() if fair.area_id}
        return sorted(provinces, key=lambda area: area.name)

    @staticmethod
    def _months(fairs: QuerySet) -> list[tuple[str, str]]:
        months: dict[str, str] = {}
        for start in fairs.values_list("start", flat=True):
            local = start.astimezone(VIETNAM)
            months.setdefault(f"{local:%Y-%m}", date_format(local.date(), "YEAR_MONTH_FORMAT"))
        return sorted(months.items())

    def provinces_with_fairs(self) -> list:
        return self._provinces

    def has_filters(self) -> bool:
        return any(self.cleaned_data.get(name) for name in self.fields)

    def filter(self, fairs: QuerySet) -> QuerySet:
        data = self.cleaned_data
        if data.get("province"):
            province = next(area for area in self._provinces if area.slug == data["province"])
            fairs = fairs.filter(within(province))
        if data.get("kind"):
            fairs = fairs.filter(kind=data["kind"])
        if data.get("month"):
            start, following = month_bounds(data["month"])
            # A fair belongs to every month it runs in.
            fairs = fairs.filter(Q(start__lt=following) & Q(end__gte=start))
        return fairs

    def query_string(self) -> str:
        """The active filters, for pagination links."""
        if not self.is_valid():
            return ""
        return urlencode({name: value for name, value in self.cleaned_data.items() if value})


class FairApplicationForm(forms.Form):
    """A producer user applies to exhibit; ``producers`` are the ones the user works for."""

    producer = forms.ModelChoiceField(label=_("Producer"), queryset=None, empty_label=None)
    message = forms.CharField(
        label=_("Message to the organiser"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4, "class": "form-control"}),
        help_text=_("Products you will bring, booth needs."),
    )

    def __init__(self, *args, producers: QuerySet, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["producer"].queryset = producers
        self.fields["producer"].widget.attrs.update(_SELECT)
