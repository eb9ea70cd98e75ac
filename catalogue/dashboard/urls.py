"""Registry pages, mounted at /shop/dashboard/registry/ (namespace ``ocop-dashboard``).

Guarded like Oscar's own dashboard views: anonymous visitors go to the login page, signed-in
users without the right get 403.
"""

from django.urls import path
from oscar.views.decorators import permissions_required

from catalogue.dashboard import views
from catalogue.dashboard.access import STAFF, STAFF_OR_PARTNER_USER

app_name = "ocop-dashboard"

staff = permissions_required(STAFF)
partner_users = permissions_required(STAFF_OR_PARTNER_USER)

urlpatterns = [
    path("", staff(views.SyncListView.as_view()), name="sync-list"),
    path("syncs/<int:pk>/", staff(views.SyncDetailView.as_view()), name="sync-detail"),
    path(
        "syncs/<int:pk>/confirm/",
        staff(views.HeldSyncDecisionView.as_view(confirm=True)),
        name="sync-confirm",
    ),
    path(
        "syncs/<int:pk>/discard/",
        staff(views.HeldSyncDecisionView.as_view(confirm=False)),
        name="sync-discard",
    ),
    path("run/", staff(views.SyncRunView.as_view()), name="sync-run"),
    path("run/registry/", staff(views.SyncFromUrlView.as_view()), name="sync-run-url"),
    path("run/upload/", staff(views.SyncFromUploadView.as_view()), name="sync-run-upload"),
    path("expiring/", staff(views.ExpiringCertificatesView.as_view()), name="expiring"),
    path("certificates/", partner_users(views.CertificateListView.as_view()), name="certificate-list"),
    path(
        "certificates/<int:pk>/stamps/",
        partner_users(views.StampSheetView.as_view()),
        name="certificate-stamps",
    ),
]
