"""Posting Oscar's dashboard product form the way a staff member's browser does."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_model

from catalogue.registry.listing import group_category, ocop_product_class

Product = get_model("catalogue", "Product")

FORMSETS = ("category_formset", "image_formset", "recommended_formset", "stockrecord_formset")


def rendered_form_data(context) -> dict[str, object]:
    """What the create page's form and formsets would submit untouched (initial values, empty rows)."""
    data = rendered_values(context["form"])
    for formset_name in FORMSETS:
        formset = context[formset_name]
        data.update(rendered_values(formset.management_form))
        if formset_name != "stockrecord_formset":  # no stock: the partner's row is left empty
            for form in formset.forms:
                data.update(rendered_values(form))
    return data


def rendered_values(form) -> dict[str, object]:
    data: dict[str, object] = {}
    for name in form.fields:
        value = form[name].value()
        if value is None or value is False:
            continue
        data[form.add_prefix(name)] = "on" if value is True else value
    return data


def form_errors(context) -> list[object]:
    if context is None:
        return []
    errors = [context["form"].errors]
    for formset_name in FORMSETS:
        errors += [context[formset_name].errors, context[formset_name].non_form_errors()]
    return errors


def create_in_dashboard(client: Client, title: str, *, parent: Product | None = None) -> Product:
    """A product created through Oscar's dashboard product-create form (no certificate can come with it)."""
    if parent is None:
        slug = ocop_product_class().slug
        url = reverse("dashboard:catalogue-product-create", kwargs={"product_class_slug": slug})
    else:
        url = reverse("dashboard:catalogue-product-create-child", kwargs={"parent_pk": parent.pk})
    page = client.get(url)
    assert page.status_code == 200
    data = rendered_form_data(page.context)
    data.update({"title": title, "is_public": "on", "description": "<p>Hàng chính hãng</p>"})
    if parent is None:
        data[page.context["category_formset"].forms[0].add_prefix("category")] = group_category("food").pk
    response = client.post(url, data)
    assert response.status_code == 302, form_errors(response.context)
    return Product.objects.filter(title=title).latest("pk")
