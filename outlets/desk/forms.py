"""The desk's forms: short, phone-sized, one job each."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from marketplace.safety.spreadsheets import SpreadsheetRefused, check_spreadsheet
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
    """The till's search box and payment choice; the lines themselves are carried by ``Till``."""

    query = forms.CharField(label=_("Product: name, SKU or barcode"), max_length=200, required=False)
    quantity = forms.IntegerField(label=_("Quantity"), min_value=1, initial=1, required=False)
    payment_method = forms.ChoiceField(
        label=_("Payment"),
        choices=InStoreSale.Payment.choices,
        initial=InStoreSale.Payment.CASH,
        widget=forms.RadioSelect,
    )

    def __init__(self, records, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.records = records
        self.candidates: list = []

    def find(self, query: str):
        """The one record matching a scanned barcode, a SKU or a name; else a form error (and candidates)."""
        query = query.strip()
        records = self.records
        exact = records.filter(Q(partner_sku__iexact=query) | Q(product__upc__iexact=query))
        matches = list(exact) or list(
            records.filter(product__title__icontains=query).order_by("product__title")
        )
        exact_title = [r for r in matches if r.product.get_title().casefold() == query.casefold()]
        if len(exact_title) == 1:
            matches = exact_title
        if not matches:
            self.add_error("query", _("No product here matches “%(q)s”.") % {"q": query})
            return None
        if len(matches) > 1:
            self.candidates = matches[:8]
            self.add_error("query", _("Several products match “%(q)s”: choose one below.") % {"q": query})
            return None
        return matches[0]


@dataclass
class TillLine:
    record: object
    quantity: int
    unit_price: Decimal | None

    @property
    def total(self) -> Decimal:
        return (self.unit_price or Decimal(0)) * self.quantity


class Till:
    """The lines of a sale being rung up, carried by the form's own ``qty-<record>`` fields.

    No session and no JavaScript needed: every "Add" posts the lines so far and gets them back.
    """

    PREFIX = "qty-"

    def __init__(self, records, strategy, data=None):
        self.records = records
        self.strategy = strategy
        self.lines: list[TillLine] = []
        wanted: dict[int, int] = {}
        for key, value in (data or {}).items():
            if key.startswith(self.PREFIX):
                try:
                    pk, quantity = int(key[len(self.PREFIX) :]), int(value)
                except ValueError:
                    continue
                if quantity > 0:
                    wanted[pk] = quantity
        by_pk = {r.pk: r for r in records.filter(pk__in=wanted)}
        for pk, quantity in wanted.items():
            if pk in by_pk:
                self.lines.append(TillLine(by_pk[pk], quantity, self._price(by_pk[pk])))

    def _price(self, record) -> Decimal | None:
        price = self.strategy.fetch_for_product(record.product, record).price
        return price.incl_tax if price.exists else None

    def quantity_of(self, record) -> int:
        return sum(line.quantity for line in self.lines if line.record.pk == record.pk)

    def check(self, record, quantity: int) -> str | None:
        """Why ``quantity`` units of ``record`` cannot be sold here (certificate, stock), or None."""
        info = self.strategy.fetch_for_product(record.product, record)
        allowed, reason = info.availability.is_purchase_permitted(quantity)
        if not allowed:
            return f"{record.product.get_title()}: {reason or _('not for sale here')}"
        return None

    def add(self, record, quantity: int) -> str | None:
        """Add units (or more units) of ``record``; returns the refusal message, or None."""
        error = self.check(record, self.quantity_of(record) + quantity)
        if error:
            return error
        for line in self.lines:
            if line.record.pk == record.pk:
                line.quantity += quantity
                return None
        self.lines.append(TillLine(record, quantity, self._price(record)))
        return None

    def remove(self, record_pk: int) -> None:
        self.lines = [line for line in self.lines if line.record.pk != record_pk]

    @property
    def total(self) -> Decimal:
        return sum((line.total for line in self.lines), Decimal(0))

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)


class TransferForm(forms.Form):
    """Units from a producer's own stock to the fair's booth."""

    record = forms.ModelChoiceField(label=_("Product (from the producer's stock)"), queryset=None)
    quantity = forms.IntegerField(label=_("Quantity to bring"), min_value=1)
    note = forms.CharField(label=_("Note"), max_length=500, required=False)

    def __init__(self, records, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["record"].queryset = records
        self.fields["record"].label_from_instance = lambda r: (
            _("%(product)s · %(producer)s · %(n)s free")
            % {
                "product": r.product.get_title(),
                "producer": r.partner.name,
                "n": r.net_stock_level,
            }
        )


class ReturnForm(forms.Form):
    """Units from the booth back to their producer."""

    record = forms.ModelChoiceField(label=_("Product (at the booth)"), queryset=None)
    quantity = forms.IntegerField(label=_("Quantity to return"), min_value=1)
    note = forms.CharField(label=_("Note"), max_length=500, required=False)

    def __init__(self, records, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["record"].queryset = records
        self.fields["record"].label_from_instance = lambda r: (
            _("%(product)s · %(n)s free")
            % {
                "product": r.product.get_title(),
                "n": r.net_stock_level,
            }
        )


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV file (columns: sku, quantity, note)"), required=False)
    csv_text = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload:
            self._check_caps(upload, upload.name)
            raw = upload.read()
            try:
                data["csv_text"] = raw.decode("utf-8-sig")
            except UnicodeDecodeError as error:
                raise forms.ValidationError(_("The file is not UTF-8 text.")) from error
        if not data.get("csv_text"):
            raise forms.ValidationError(_("Choose a CSV file."))
        if not upload:  # the preview's text comes back in a hidden field: the same caps hold
            self._check_caps(io.BytesIO(data["csv_text"].encode("utf-8")), "count.csv")
        return data

    @staticmethod
    def _check_caps(file, name: str) -> None:
        try:
            check_spreadsheet(file, name=name)
        except SpreadsheetRefused as error:
            raise forms.ValidationError(str(error)) from error


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
