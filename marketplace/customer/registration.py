"""Registration that does not tell anyone whether an address has an account.

A new address gets an inactive account and an e-mail with a signed confirmation link, which
activates the account only with the password chosen when registering (so nobody can register
someone else's address and have its owner confirm an account whose password they know); an
address that already has an account gets an e-mail to its owner instead. Both answer the same.
Links are built from ``settings.SITE_URL``, never from the request's Host header.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.db.models import Model
from django.forms import ModelForm
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from oscar.apps.customer.signals import user_registered
from oscar.core.compat import get_user_model
from oscar.core.loading import get_class

Dispatcher = get_class("communication.utils", "Dispatcher")
User = get_user_model()

#: Event codes of the two e-mails (templates: oscar/communication/emails/commtype_<code>_*).
ACTIVATION_EVENT_CODE = "ACCOUNT_ACTIVATION"
ATTEMPT_EVENT_CODE = "REGISTRATION_ATTEMPT"


class AccountActivationTokenGenerator(PasswordResetTokenGenerator):
    """Django's signed, expiring token (``PASSWORD_RESET_TIMEOUT``), dead once the account is active."""

    key_salt = "marketplace.customer.registration.AccountActivationTokenGenerator"

    def _make_hash_value(self, user: Model, timestamp: int) -> str:
        return f"{user.pk}{user.password}{user.is_active}{user.email}{timestamp}"


activation_token = AccountActivationTokenGenerator()


def is_unconfirmed(user: Model) -> bool:
    """Registered but never confirmed (an account staff deactivated has signed in before)."""
    return not user.is_active and user.last_login is None


def site_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def activation_url(user: Model, next_url: str = "") -> str:
    path = reverse(
        "customer:activate",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": activation_token.make_token(user),
        },
    )
    return site_url(path + (f"?{urlencode({'next': next_url})}" if next_url else ""))


def register(request: object, form: ModelForm, next_url: str = "") -> None:
    """Create an unconfirmed account and send its link, or tell the address's owner someone tried.

    ``form`` is a valid Oscar ``EmailUserCreationForm`` (without its "already exists" check).
    """
    email = form.cleaned_data["email"]
    existing = User._default_manager.filter(email__iexact=email).order_by("pk").first()
    if existing is None:
        user = form.save(commit=False)  # Oscar's: sets the password and a unique username
        user.is_active = False
        user.save()
        user_registered.send_robust(sender=register, request=request, user=user)
        send_activation_email(user, next_url)
    elif is_unconfirmed(existing):
        # Whoever registers last sets the password (earlier links die with the old one), and the
        # link only activates with that password: an address registered by someone else is never
        # confirmed with their password by the address's owner.
        existing.set_password(form.cleaned_data["password1"])
        existing.save(update_fields=["password"])
        send_activation_email(existing, next_url)
    else:
        make_password(form.cleaned_data["password1"])  # hash anyway, so both answers take about as long
        send_attempt_email(existing)


def send_activation_email(user: Model, next_url: str = "") -> None:
    with translation.override(settings.LANGUAGE_CODE):
        messages = Dispatcher().get_messages(
            ACTIVATION_EVENT_CODE, {"user": user, "activation_url": activation_url(user, next_url)}
        )
    # Sent directly, not kept in the e-mail history: the link signs the account in.
    Dispatcher().dispatch_direct_messages(user.email, messages)


def send_attempt_email(user: Model) -> None:
    context = {
        "user": user,
        "login_url": site_url(reverse("customer:login")),
        "reset_url": site_url(reverse("password-reset")),
    }
    with translation.override(settings.LANGUAGE_CODE):
        messages = Dispatcher().get_messages(ATTEMPT_EVENT_CODE, context)
    Dispatcher().dispatch_user_messages(user, messages)
