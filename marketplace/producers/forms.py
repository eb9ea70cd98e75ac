"""The portal's forms. None of them has a registry field (name, stars, certificate, validity,
group, producer): the registry owns those, so the portal simply cannot post them."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from marketplace.safety.html import sanitise_html

#: Whole đồng; the highest price a listing may ask (the storefront's price fields hold 12 digits).
MAX_PRICE = 999_999_999
MAX_STOCK = 1_000_000


class RichTextField(forms.CharField):
    """Producer-written HTML: a plain text area (works without JavaScript), sanitised on clean
    with the same allow-list as the model field that stores it."""

    widget = forms.Textarea

    def clean(self, value):
        return sanitise_html(super().clean(value) or "")


class ListingForm(forms.Form):
    description = RichTextField(
        label=_("Description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What the product is: weight, packaging, how to use it. Simple formatting is kept."),
    )
    story = RichTextField(
        label=_("Product story"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Where it comes from and who makes it."),
    )
    price = forms.IntegerField(
        label=_("Price (đồng)"),
        required=False,
        min_value=1,
        max_value=MAX_PRICE,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "step": "1"}),
        help_text=_("Whole đồng, VAT included."),
    )
    stock = forms.IntegerField(
        label=_("Online stock"),
        required=False,
        min_value=0,
        max_value=MAX_STOCK,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "step": "1"}),
        help_text=_("Units you can deliver to online shoppers."),
    )
    note = forms.CharField(
        label=_("Reason for a stock change"),
        required=False,
        max_length=200,
        help_text=_("Optional, e.g. “new batch” or “counted”."),
    )

    def __init__(self, *args, listing=None, **kwargs):
        self.listing = listing
        initial = kwargs.setdefault("initial", {})
        if listing is not None:
            product = listing.product
            initial.setdefault("description", product.description)
            initial.setdefault("story", product.story)
            if listing.price is not None:
                initial.setdefault("price", int(listing.price))
            if listing.record is not None:
                initial.setdefault("stock", listing.stock or 0)
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs.setdefault("class", "form-control")
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"id_{name}_help"

    def clean_price(self):
        price = self.cleaned_data.get("price")
        if price is None and self.listing is not None and self.listing.price is not None:
            raise forms.ValidationError(_("Enter a price in whole đồng."))
        return price

    def clean_stock(self):
        stock = self.cleaned_data.get("stock")
        if stock is None and self.listing is not None and self.listing.record is not None:
            raise forms.ValidationError(_("Enter the online stock (0 if none)."))
        return stock
