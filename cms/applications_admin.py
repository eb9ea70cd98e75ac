"""Fair applications in the Wagtail admin: organisers list them per fair and approve or decline.

Organisers reach only applications to fairs they may edit (their province's sections): every
view of the viewset finds its application through the model's permission policy
(``cms.application_permissions``), and another province's application answers 404. The status
changes only through the decide action, which records who decided and when.
"""

from __future__ import annotations

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from cms.application_permissions import fair_application_permission_policy, fairs_user_may_edit
from cms.models import FairApplication, FairPage

URL_NAMESPACE = "fair_applications"
# Holding any of these over an application lets a user reach it; each view then checks its own.
REACH = ["view", "change", "delete"]


def applications_user_may_reach(user):
    return fair_application_permission_policy.instances_user_has_any_permission_for(user, REACH)


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


class ScopedToEditableFairs:
    """Mixed into every view of the viewset: an application the user may not reach is not found."""

    def get_object(self, *args, **kwargs):
        application = super().get_object(*args, **kwargs)
        if not fair_application_permission_policy.user_has_any_permission_for_instance(
            self.request.user, REACH, application
        ):
            raise Http404
        return application


class ApplicationIndexView(generic.IndexView):
    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("producer", "fair")
        return queryset.filter(pk__in=applications_user_may_reach(self.request.user).values("pk"))


def _fairs_for(request: HttpRequest | None):
    return fairs_user_may_edit(request.user) if request is not None else FairPage.objects.none()


class ApplicationFilterSet(WagtailFilterSet):
    # Only the user's own fairs: another province's draft fair is not named in the filter.
    fair = django_filters.ModelChoiceFilter(label=gettext_lazy("fair"), queryset=_fairs_for)

    class Meta:
        model = FairApplication
        fields = ["status", "fair"]


@require_POST
def decide_view(request: HttpRequest, pk: int, status: str) -> HttpResponse:
    application = get_object_or_404(applications_user_may_reach(request.user), pk=pk)
    if status not in (FairApplication.Status.APPROVED, FairApplication.Status.DECLINED):
        raise Http404
    if not fair_application_permission_policy.user_has_permission_for_instance(
        request.user, "change", application
    ):
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
    filterset_class = ApplicationFilterSet
    # No status: it changes only through the decide action.
    form_fields = ["booth", "message"]
    inspect_view_enabled = True
    copy_view_enabled = False

    def construct_view(self, view_class, **kwargs):
        # Every view the viewset builds, including any a later Wagtail adds, is scoped.
        if not issubclass(view_class, ScopedToEditableFairs):
            view_class = type(view_class.__name__, (ScopedToEditableFairs, view_class), {})
        return super().construct_view(view_class, **kwargs)

    def get_urlpatterns(self) -> list:
        return super().get_urlpatterns() + [
            path("<int:pk>/<str:status>/decide/", decide_view, name="decide"),
        ]


fair_application_viewset = FairApplicationViewSet(URL_NAMESPACE)
