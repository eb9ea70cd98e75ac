"""The desk's forms: short, phone-sized, one job each."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from outlets.models import InStoreSale

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")


def point_records(point):
    return StockRecord.objects.filter(partner_id=point.partner_id).select_related("product")


class ReceiveForm(forms.Form):
    record = forms.ModelChoiceField(label=_("Product"), queryset=StockRecord.objects.none())
    quantity = forms.IntegerField(label=_("Quantity received"), min_value=1)
    supplier = forms.CharField(label=_("Supplier or producer"), max_length=200, required=False)
    note = forms.CharField(label=_("Note"), max_length=500, required=False)

    def __init__(self, point, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["record"].queryset = point_records(point).order_by("product__title")
        self.fields["record"].label_from_instance = lambda r: f"{r.product.get_title()} ({r.partner_sku})"


class AddProductForm(forms.Form):
    product = forms.ModelChoiceField(label=_("Certified product"), queryset=Product.objects.none())
    price = forms.DecimalField(label=_("Price (đồng)"), min_value=0, decimal_places=0, required=False)
    low_stock_threshold = forms.IntegerField(label=_("Low-stock threshold"), min_value=0, required=False)

    def __init__(self, point, *args, **kwargs):
        super().__init__(*args, **kwargs)
        in_range = point_records(point).values("product_id")
        self.fields["product"].queryset = (
            Product.objects.certified_today()
            .filter(is_public=True)
            .exclude(pk__in=in_range)
            .order_by("title")
        )


class QuickEditForm(forms.ModelForm):
    class Meta:
        model = StockRecord
        fields = ["price", "low_stock_threshold"]
        labels = {"price": _("Price (đồng)"), "low_stock_threshold": _("Low-stock threshold")}


class CountForm(forms.Form):
    physical = forms.IntegerField(label=_("Physical quantity"), min_value=0)
    note = forms.CharField(label=_("Note"), max_length=500, required=False)


class SaleForm(forms.Form):
    query = forms.CharField(label=_("Product: name, SKU or barcode"), max_length=200)
    quantity = forms.IntegerField(label=_("Quantity"), min_value=1, initial=1)
    payment_method = forms.ChoiceField(
        label=_("Payment"),
        choices=InStoreSale.Payment.choices,
        initial=InStoreSale.Payment.CASH,
        widget=forms.RadioSelect,
    )

    def __init__(self, point, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.point = point

    def clean_query(self) -> str:
        query = self.cleaned_data["query"].strip()
        records = point_records(self.point)
        exact = records.filter(Q(partner_sku__iexact=query) | Q(product__upc__iexact=query))
        matches = list(exact) or list(records.filter(product__title__icontains=query))
        exact_title = [r for r in matches if r.product.get_title().casefold() == query.casefold()]
        if len(exact_title) == 1:
            matches = exact_title
        if not matches:
            raise forms.ValidationError(_("No product of this point matches “%(q)s”.") % {"q": query})
        if len(matches) > 1:
            names = ", ".join(r.product.get_title() for r in matches[:5])
            raise forms.ValidationError(
                _("Several products match: %(names)s. Be more precise.") % {"names": names}
            )
        self.record = matches[0]
        return query


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV file (columns: sku, quantity, note)"), required=False)
    csv_text = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload:
            raw = upload.read()
            try:
                data["csv_text"] = raw.decode("utf-8-sig")
            except UnicodeDecodeError as error:
                raise forms.ValidationError(_("The file is not UTF-8 text.")) from error
        if not data.get("csv_text"):
            raise forms.ValidationError(_("Choose a CSV file."))
        return data


@dataclass
class CountRow:
    line: int
    sku: str
    quantity: int | None = None
    note: str = ""
    record: object = None
    errors: list[str] = field(default_factory=list)

    @property
    def current(self) -> int:
        return (self.record.num_in_stock or 0) if self.record else 0

    @property
    def variance(self) -> int | None:
        if self.record is None or self.quantity is None:
            return None
        return self.quantity - self.current


def parse_count_csv(point, text: str) -> list[CountRow]:
    """Rows of a stock-count CSV, each matched to this point's stock record or given its errors."""
    reader = csv.DictReader(io.StringIO(text))
    headers = {(h or "").strip().lower() for h in reader.fieldnames or []}
    if not {"sku", "quantity"} <= headers:
        return [
            CountRow(
                line=1, sku="", errors=[str(_("The first line must name the columns sku and quantity."))]
            )
        ]
    records = list(point_records(point))
    by_code = {}
    for record in records:
        by_code[record.partner_sku.casefold()] = record
        if record.product.upc:
            by_code.setdefault(record.product.upc.casefold(), record)
    rows, seen = [], set()
    for number, raw in enumerate(reader, start=2):
        values = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        row = CountRow(line=number, sku=values.get("sku", ""), note=values.get("note", ""))
        row.record = by_code.get(row.sku.casefold())
        if row.record is None:
            row.errors.append(str(_("Unknown SKU at this point.")))
        elif row.record.pk in seen:
            row.errors.append(str(_("This product appears twice.")))
        else:
            seen.add(row.record.pk)
        try:
            row.quantity = int(values.get("quantity", ""))
            if row.quantity < 0:
                raise ValueError
        except ValueError:
            row.quantity = None
            row.errors.append(str(_("The quantity must be a whole number, 0 or more.")))
        rows.append(row)
    return rows
