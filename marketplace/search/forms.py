"""The storefront's search and sort form (the header's search box uses it too)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from catalogue.models import OcopGroup
from marketplace.search.contract import SearchFilters, parse_price
from marketplace.search.pickup import area_choices


class SearchForm(forms.Form):
    RELEVANCY = "relevancy"
    NEWEST = "newest"
    PRICE_LOW_TO_HIGH = "price-asc"
    PRICE_HIGH_TO_LOW = "price-desc"
    STARS = "stars"
    TITLE_A_TO_Z = "title-asc"

    SORT_BY_CHOICES = [
        (RELEVANCY, _("Relevance")),
        (NEWEST, _("Newest")),
        (PRICE_LOW_TO_HIGH, _("Price: low to high")),
        (PRICE_HIGH_TO_LOW, _("Price: high to low")),
        (STARS, _("Most stars")),
        (TITLE_A_TO_Z, _("Name A to Z")),
    ]

    q = forms.CharField(
        required=False,
        max_length=200,
        label=_("Search OCOP products"),
        widget=forms.SearchInput(attrs={"placeholder": _("Search specialties, producers, provinces…")}),
    )
    sort_by = forms.ChoiceField(label=_("Sort by"), choices=SORT_BY_CHOICES, required=False)

    @property
    def query(self) -> str:
        return self.cleaned_data.get("q", "").strip() if self.is_valid() else ""

    @property
    def sort(self) -> str:
        return (self.cleaned_data.get("sort_by") if self.is_valid() else "") or self.RELEVANCY

    @property
    def filters(self) -> SearchFilters:
        """Facet selections from the query string (repeatable parameters; junk is ignored)."""

        def numbers(name: str) -> list[int]:
            return sorted({int(v) for v in self._values(name) if v.isdigit()})

        return SearchFilters(
            stars=[s for s in numbers("stars") if 1 <= s <= 5],
            groups=sorted({g for g in self._values("group") if g in OcopGroup.values}),
            provinces=numbers("province"),
            areas=numbers("area"),
            producers=numbers("producer"),
            price=parse_price(next(iter(self._values("price")), "")),
            pickup_area=next(iter(numbers("pickup")), None),
        )

    def _values(self, name: str) -> list[str]:
        data = self.data
        return [v.strip() for v in (data.getlist(name) if hasattr(data, "getlist") else data.get(name, []))]


# Oscar's views and context processor import these names from "search.forms".
BrowseCategoryForm = SearchForm
CategoryForm = SearchForm


class PickupAreaForm(forms.Form):
    """The shopper's province or district for "available for pick-up near me" (remembered in the session)."""

    area = forms.TypedChoiceField(
        label=_("Your province or district"),
        coerce=int,
        required=False,
        empty_value=None,
        help_text=_("Only places with an OCOP sales point are listed."),
        widget=forms.Select(attrs={"class": "form-control", "aria-describedby": "pickup-area-help"}),
    )
    next = forms.CharField(required=False, widget=forms.HiddenInput)
    # Set when coming from a listing: go back with the pick-up filter on.
    apply = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = [("", _("Not set (show everything)")), *area_choices()]
