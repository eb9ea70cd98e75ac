"""Oscar's customer views, changed where they wrote on GET or told who has an account."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.utils.encoding import force_str
from django.utils.http import url_has_allowed_host_and_scheme, urlsafe_base64_decode
from django.utils.translation import gettext_lazy as _
from django.views import generic
from oscar.apps.customer.views import *  # noqa: F403  (Oscar's fork pattern)
from oscar.apps.customer.views import AccountAuthView as OscarAccountAuthView
from oscar.apps.customer.views import AccountRegistrationView as OscarAccountRegistrationView
from oscar.apps.customer.views import AddressChangeStatusView as OscarAddressChangeStatusView
from oscar.apps.customer.views import LogoutView as OscarLogoutView
from oscar.apps.customer.views import OrderLineView as OscarOrderLineView
from oscar.core.compat import get_user_model
from oscar.core.loading import get_model

from marketplace.customer.registration import activation_token, is_unconfirmed, register

Order = get_model("order", "Order")
User = get_user_model()

#: Oscar checks the password with this backend; activation signs in without a password.
EMAIL_BACKEND = "oscar.apps.customer.auth_backends.EmailBackend"


class LogoutView(OscarLogoutView):
    """POST only: a link or an image on any page must not sign the shopper out."""

    http_method_names = ["post", "options"]


class AddressChangeStatusView(OscarAddressChangeStatusView):
    """ "Default for shipping/billing" changes the address book: POST only."""

    http_method_names = ["post", "options"]


class OrderLineView(OscarOrderLineView):
    """Oscar's line URL only serves its "re-order" POST; a GET (no template in Oscar) shows the order."""

    def get_object(self, queryset: object = None) -> object:
        order = get_object_or_404(Order, user=self.request.user, number=self.kwargs["order_number"])
        return get_object_or_404(order.lines, id=self.kwargs["line_id"])

    def get(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        self.get_object()  # 404 unless the line is on one of the shopper's orders
        return redirect("customer:order", order_number=self.kwargs["order_number"])


class ConfirmedRegistrationMixin:
    """The same answer for every valid registration: the "check your e-mail" page."""

    request: HttpRequest

    def register_and_redirect(self, form: object) -> HttpResponse:
        register(self.request, form, next_url=form.cleaned_data.get("redirect_url") or "")
        return redirect("customer:register-done")


class AccountRegistrationView(ConfirmedRegistrationMixin, OscarAccountRegistrationView):
    def form_valid(self, form: object) -> HttpResponse:
        return self.register_and_redirect(form)


class AccountAuthView(ConfirmedRegistrationMixin, OscarAccountAuthView):
    """Oscar's sign-in + register page; its registration half answers like the register page."""

    def validate_registration_form(self) -> HttpResponse:
        form = self.get_registration_form(bind_data=True)
        if form.is_valid():
            return self.register_and_redirect(form)
        return self.render_to_response(self.get_context_data(registration_form=form))


class RegistrationDoneView(generic.TemplateView):
    template_name = "oscar/customer/registration_done.html"


class AccountActivationView(generic.TemplateView):
    """The link in the confirmation e-mail: GET shows a form (mail scanners follow links); POST with
    the password chosen when registering activates the account once and signs it in."""

    template_name = "oscar/customer/activation.html"

    def get_user(self) -> object | None:
        try:
            pk = force_str(urlsafe_base64_decode(self.kwargs["uidb64"]))
            user = User._default_manager.get(pk=pk)
        except (TypeError, ValueError, OverflowError, User.DoesNotExist):
            return None
        if is_unconfirmed(user) and activation_token.check_token(user, self.kwargs["token"]):
            return user
        return None

    def get_context_data(self, **kwargs: object) -> dict:
        return super().get_context_data(valid_link=self.get_user() is not None, **kwargs)

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        user = self.get_user()
        if user is None:
            return self.render_to_response(self.get_context_data(), status=400)
        if not user.check_password(request.POST.get("password", "")):
            # Not the password chosen when registering: maybe someone else registered this address.
            return self.render_to_response(self.get_context_data(wrong_password=True), status=400)
        user.is_active = True
        user.save(update_fields=["is_active"])
        auth_login(request, user, backend=EMAIL_BACKEND)
        messages.success(request, _("Your e-mail address is confirmed. Welcome!"))
        next_url = request.GET.get("next", "")
        if next_url and url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
            return HttpResponseRedirect(next_url)
        return redirect("customer:summary")
