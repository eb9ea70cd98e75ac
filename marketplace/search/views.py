"""Storefront listings: all products, a category, search results."""

from __future__ import annotations

from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView
from oscar.core.loading import get_model

from marketplace.search.forms import SearchForm
from marketplace.search.service import search_products

Category = get_model("catalogue", "Category")


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
        return search_products(form.query, categories=self.get_categories(), sort=form.sort)

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
