"""Fair applications in the Wagtail admin: organisers list them per fair and approve or decline.

Organisers see only applications to fairs they may edit (their province's sections), so the
page permissions that scope editors also scope this list.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.models import FairApplication, FairPage

URL_NAMESPACE = "fair_applications"


def fairs_user_may_edit(user) -> list[int]:
    """Ids of the fair pages ``user`` may change (all of them for superusers)."""
    pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return list(FairPage.objects.filter(pk__in=pages.values("pk")).values_list("pk", flat=True))


def may_decide(user, application: FairApplication) -> bool:
    return user.has_perm("cms.change_fairapplication") and application.fair_id in fairs_user_may_edit(user)


class DecisionColumn(Column):
    """Approve / decline buttons (plain POST forms)."""

    cell_template_name = "cms/admin/application_decision_cell.html"

    def get_cell_context_data(self, instance: FairApplication, parent_context: dict) -> dict:
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context["application"] = instance
        context["csrf_token"] = get_token(request) if request else ""
        context["approve_url"] = reverse(f"{URL_NAMESPACE}:decide", args=[instance.pk, "approved"])
        context["decline_url"] = reverse(f"{URL_NAMESPACE}:decide", args=[instance.pk, "declined"])
        return context


class ApplicationIndexView(generic.IndexView):
    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("producer", "fair")
        return queryset.filter(fair_id__in=fairs_user_may_edit(self.request.user))


@require_POST
def decide_view(request: HttpRequest, pk: int, status: str) -> HttpResponse:
    application = get_object_or_404(FairApplication, pk=pk)
    if status not in (FairApplication.Status.APPROVED, FairApplication.Status.DECLINED):
        raise PermissionDenied
    if not may_decide(request.user, application):
        raise PermissionDenied
    application.decide(status, request.user)
    if status == FairApplication.Status.APPROVED:
        messages.success(request, _("%(producer)s will exhibit at %(fair)s.") % _names(application))
    else:
        messages.success(request, _("The application of %(producer)s was declined.") % _names(application))
    return HttpResponseRedirect(reverse(f"{URL_NAMESPACE}:index") + f"?fair={application.fair_id}")


def _names(application: FairApplication) -> dict[str, str]:
    return {"producer": application.producer.name, "fair": application.fair.title}


class FairApplicationViewSet(ModelViewSet):
    model = FairApplication
    icon = "group"
    menu_label = gettext_lazy("Fair applications")
    add_to_admin_menu = True
    menu_order = 250
    index_view_class = ApplicationIndexView
    list_display = [
        "producer",
        "fair",
        Column("status", label=gettext_lazy("status"), accessor="get_status_display"),
        "applied_at",
        DecisionColumn("decision", label=gettext_lazy("Decision")),
    ]
    list_filter = ["status", "fair"]
    form_fields = ["booth", "message", "status"]
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_urlpatterns(self) -> list:
        return super().get_urlpatterns() + [
            path("<int:pk>/<str:status>/decide/", decide_view, name="decide"),
        ]


fair_application_viewset = FairApplicationViewSet(URL_NAMESPACE)
