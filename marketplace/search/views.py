"""Storefront listings: all products, a category, search results."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView
from oscar.core.loading import get_model

from marketplace.search.contract import Facet
from marketplace.search.forms import PickupAreaForm, SearchForm
from marketplace.search.pickup import remember_area, remembered_area_id
from marketplace.search.service import search_products
from marketplace.search.service import suggest as suggest_products

Category = get_model("catalogue", "Category")


FACET_PARAMS = ["pickup", "stars", "group", "province", "area", "producer", "price"]
SINGLE_CHOICE_FACETS = {"price", "pickup"}


def facet_links(params: QueryDict, facets: list[Facet]) -> list[dict]:
    """Each facet value with the URL that toggles it (other choices kept, back to page 1)."""
    out = []
    for facet in facets:
        values = []
        for value in facet.values:
            q = params.copy()
            q.pop("page", None)
            chosen = [v for v in q.getlist(facet.name) if v != value.key]
            if not value.selected:
                chosen = [value.key] if facet.name in SINGLE_CHOICE_FACETS else [*chosen, value.key]
            q.setlist(facet.name, chosen)
            values.append(
                {
                    "key": value.key,
                    "label": value.label,
                    "count": value.count,
                    "selected": value.selected,
                    "url": "?" + q.urlencode(),
                }
            )
        if values:
            out.append({"name": facet.name, "label": facet.label, "values": values})
    return out


def suggest(request: HttpRequest) -> JsonResponse:
    """Autocomplete for the header search box (progressive enhancement: the form works without it)."""
    prefix = request.GET.get("q", "")[:100]
    response = JsonResponse(
        {"query": prefix, "suggestions": suggest_products(prefix) if prefix.strip() else []}
    )
    response["Cache-Control"] = "public, max-age=60"
    return response


def _with_pickup(url: str, area_id: int | None) -> str:
    """``url`` with its ``pickup`` filter set to the area (or removed), back to page 1."""
    path, _sep, query = url.partition("?")
    params = QueryDict(query, mutable=True)
    params.pop("page", None)
    params.pop("pickup", None)
    if area_id:
        params["pickup"] = str(area_id)
    return path + ("?" + params.urlencode() if params else "")


def pickup_area(request: HttpRequest) -> HttpResponse:
    """Choose (or forget) the area for "available for pick-up near me", then go back to the listing.

    A POST remembers the area in the session and returns to ``next`` (a listing's link asks, with
    ``apply``, to come back with the filter on); a GET shows the form, so it works without JavaScript.
    """
    default_next = reverse("catalogue:index")
    if request.method == "POST":
        form = PickupAreaForm(request.POST)
        if form.is_valid():
            area_id = form.cleaned_data["area"]
            remember_area(request, area_id)
            target = form.cleaned_data["next"] or default_next
            if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
                target = default_next
            if form.cleaned_data["apply"] or not area_id:
                target = _with_pickup(target, area_id)
            return redirect(target)
    else:
        initial = {
            "area": remembered_area_id(request),
            "next": request.GET.get("next", ""),
            "apply": bool(request.GET.get("apply")),
        }
        form = PickupAreaForm(initial=initial)
    return render(request, "ocop/catalogue/pickup_area.html", {"form": form})


class ProductListView(ListView):
    context_object_name = "products"
    template_name = "ocop/catalogue/listing.html"

    def get_paginate_by(self, queryset) -> int:
        from django.conf import settings

        return settings.OSCAR_PRODUCTS_PER_PAGE

    def get_form(self) -> SearchForm:
        if not hasattr(self, "_form"):
            self._form = SearchForm(self.request.GET)
        return self._form

    def get_categories(self):
        return None

    def get_queryset(self):
        form = self.get_form()
        return search_products(
            form.query,
            categories=self.get_categories(),
            sort=form.sort,
            filters=form.filters,
            near_area=remembered_area_id(self.request),
        )

    def paginate_queryset(self, queryset, page_size):
        # A page number past the end shows the last page rather than an error.
        paginator = self.get_paginator(queryset, page_size, allow_empty_first_page=True)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs) -> dict:
        ctx = super().get_context_data(**kwargs)
        ctx["form"] = ctx["search_form"] = self.get_form()
        ctx["query"] = self.get_form().query
        ctx["summary"] = _("All products")
        ctx["page"] = ctx["page_obj"]
        facets = facet_links(self.request.GET, self.object_list.facets)
        ctx["active_filters"] = [v for f in facets for v in f["values"] if v["selected"]]
        # The pick-up facet has its own box (with the area chooser) above the others.
        ctx["pickup_facet"] = next((f for f in facets if f["name"] == "pickup"), None)
        ctx["facets"] = [f for f in facets if f["name"] != "pickup"]
        ctx["pickup_area_url"] = (
            reverse("search:pickup-area") + "?" + urlencode({"next": self.request.get_full_path()})
        )
        # Facet choices the sort form must carry along.
        ctx["facet_params"] = [
            (name, value) for name in FACET_PARAMS for value in self.request.GET.getlist(name)
        ]
        return ctx


class CatalogueView(ProductListView):
    pass


class ProductCategoryView(ProductListView):
    template_name = "ocop/catalogue/listing.html"

    def get(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category, pk=kwargs["pk"])
        if not (self.category.is_public or request.user.is_staff):
            from django.http import Http404

            raise Http404
        if request.path != self.category.get_absolute_url():
            return redirect(self.category.get_absolute_url(), permanent=True)
        return super().get(request, *args, **kwargs)

    def get_categories(self):
        return self.category.get_descendants_and_self()

    def get_context_data(self, **kwargs) -> dict:
        ctx = super().get_context_data(**kwargs)
        ctx["category"] = self.category
        ctx["summary"] = self.category.name
        return ctx


class FacetedSearchView(ProductListView):
    template_name = "ocop/catalogue/listing.html"

    def get_context_data(self, **kwargs) -> dict:
        ctx = super().get_context_data(**kwargs)
        ctx["summary"] = _("Search results")
        return ctx
