"""Oscar's customer forms; registration and sign-in no longer tell whether an address has an account."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.customer.forms import *  # noqa: F403  (Oscar's fork pattern)
from oscar.apps.customer.forms import EmailAuthenticationForm as OscarEmailAuthenticationForm
from oscar.apps.customer.forms import EmailUserCreationForm as OscarEmailUserCreationForm
from oscar.apps.customer.utils import normalise_email
from oscar.core.compat import get_user_model

from marketplace.customer.registration import is_unconfirmed

User = get_user_model()


class EmailUserCreationForm(OscarEmailUserCreationForm):
    """Oscar's form without "a user with that email address already exists": see registration.py."""

    def clean_email(self) -> str:
        return normalise_email(self.cleaned_data["email"])


class EmailAuthenticationForm(OscarEmailAuthenticationForm):
    """Oscar's sign-in form; an unconfirmed account is told to confirm, after its right password only."""

    error_messages = {
        **OscarEmailAuthenticationForm.error_messages,
        "unconfirmed": _(
            "Please confirm your e-mail address first: open the link in the e-mail we sent you. "
            "To get a new link, register again with the same address."
        ),
    }

    def clean(self) -> dict[str, Any]:
        try:
            return super().clean()
        except forms.ValidationError:
            if self.has_unconfirmed_account():
                raise forms.ValidationError(self.error_messages["unconfirmed"], code="unconfirmed") from None
            raise

    def has_unconfirmed_account(self) -> bool:
        email, password = self.cleaned_data.get("username"), self.cleaned_data.get("password")
        if not email or not password or getattr(self.request, "axes_locked_out", False):
            return False  # a locked-out sign-in learns nothing more (django-axes sets this flag)
        candidates = User._default_manager.filter(email__iexact=normalise_email(email), is_active=False)
        return any(is_unconfirmed(user) and user.check_password(password) for user in candidates)
