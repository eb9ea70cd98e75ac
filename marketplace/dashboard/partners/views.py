"""Partner user link and unlink: POST only, and the "Undo" of an unlink is a POST form too."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.partners.views import *  # noqa: F403  (Oscar's fork pattern)
from oscar.apps.dashboard.partners.views import PartnerUserLinkView as OscarPartnerUserLinkView
from oscar.apps.dashboard.partners.views import PartnerUserUnlinkView as OscarPartnerUserUnlinkView
from oscar.core.compat import get_user_model
from oscar.core.loading import get_model

Partner = get_model("partner", "Partner")
User = get_user_model()


class PartnerUserLinkView(OscarPartnerUserLinkView):
    """Oscar's view also linked on GET (one visited link granted dashboard access)."""

    http_method_names = ["post", "options"]


class PartnerUserUnlinkView(OscarPartnerUserUnlinkView):
    """Oscar's view, with the request passed to the "Undo" message so its form has a CSRF token."""

    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest, user_pk: int, partner_pk: int) -> HttpResponse:
        user = get_object_or_404(User, pk=user_pk)
        name = user.get_full_name() or user.email
        partner = get_object_or_404(Partner, pk=partner_pk)
        if self.unlink_user(user, partner):
            msg = render_to_string(
                "oscar/dashboard/partners/messages/user_unlinked.html",
                {
                    "user_name": name,
                    "partner_name": partner.name,
                    "user_pk": user_pk,
                    "partner_pk": partner_pk,
                },
                request=request,
            )
            messages.success(request, msg, extra_tags="safe noicon")
        else:
            messages.error(
                request,
                _("User '%(name)s' is not linked to '%(partner_name)s'")
                % {"name": name, "partner_name": partner.name},
            )
        return redirect("dashboard:partner-manage", pk=partner_pk)
