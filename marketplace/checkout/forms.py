"""Checkout forms: the gateway, a Vietnamese address with a phone, a pick-up contact, the payment choice."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout.forms import *  # noqa: F403  (Oscar's fork pattern)
from oscar.apps.checkout.forms import GatewayForm as OscarGatewayForm
from oscar.apps.checkout.forms import ShippingAddressForm as OscarShippingAddressForm
from oscar.forms.mixins import PhoneNumberMixin

from marketplace.checkout.addresses import vietnam

COD = "cod"
CARD = "card"


class GatewayForm(OscarGatewayForm):
    """Oscar's first step, minus "a user with that email address already exists" for a new account:
    the registration page answers the same for every address (marketplace/customer/registration.py)."""

    def clean(self) -> dict:
        if self.is_new_account_checkout():
            self.errors.pop("password", None)
            return self.cleaned_data
        return super().clean()


class ShippingAddressForm(OscarShippingAddressForm):
    """Name, street, ward, district, province and a phone the producer's courier can call."""

    def __init__(self, *args, **kwargs) -> None:
        vietnam()  # the only shipping country: Oscar then hides the country select
        super().__init__(*args, **kwargs)
        labels = {
            "first_name": _("Full name"),
            "line1": _("House number and street"),
            "line2": _("Ward / commune"),
            "line3": _("District"),
            "line4": _("Province / city"),
            "phone_number": _("Phone number"),
            "notes": _("Notes for the courier"),
        }
        for name, label in labels.items():
            if name in self.fields:
                self.fields[name].label = label
        self.fields["phone_number"].required = True
        self.fields["first_name"].widget.attrs["autocomplete"] = "name"
        self.fields["line1"].widget.attrs["autocomplete"] = "address-line1"
        self.fields["phone_number"].widget.attrs.update({"autocomplete": "tel", "inputmode": "tel"})
        if "notes" in self.fields:
            self.fields["notes"].widget.attrs["rows"] = 2

    class Meta(OscarShippingAddressForm.Meta):
        fields = ["first_name", "line1", "line2", "line3", "line4", "country", "phone_number", "notes"]


class PickupContactForm(PhoneNumberMixin, forms.Form):
    """Who collects a pick-up-only order: the sales point calls this number when it is ready."""

    name = forms.CharField(label=_("Full name"), max_length=255)
    phone_number = forms.CharField(label=_("Phone number"), max_length=32)
    phone_number_fields = {
        "phone_number": {"required": True, "help_text": "", "max_length": 32, "label": _("Phone number")}
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["phone_number"].widget.attrs.update({"autocomplete": "tel", "inputmode": "tel"})

    def set_country_and_region_code(self) -> None:
        # No address here: local numbers are Vietnamese ("0912 345 678").
        self.country = vietnam()
        self.region_code = "VN"


def payment_choices() -> list[tuple[str, str]]:
    """Cash always; card only when Stripe keys are set (settings.CARD_PAYMENTS_ENABLED)."""
    choices = [(COD, _("Cash on delivery / pay at pick-up"))]
    if getattr(settings, "CARD_PAYMENTS_ENABLED", False):
        choices.append((CARD, _("Card (Stripe)")))
    return choices


class PaymentMethodForm(forms.Form):
    method = forms.ChoiceField(label=_("How will you pay?"), widget=forms.RadioSelect)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["method"].choices = payment_choices()
        self.fields["method"].initial = COD
