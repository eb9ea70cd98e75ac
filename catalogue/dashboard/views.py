"""Registry pages of the dashboard: syncs (staff), expiring certificates (staff), certificates and stamps.

Access is decided in ``urls.py`` with Oscar's ``permissions_required`` (anonymous: login page;
signed in without the right: 403); producers are scoped here to the certificates of the producers
whose Oscar partner lists them as users.
"""

from __future__ import annotations

import datetime
import logging
from typing import Any

from celery.result import EagerResult
from django.conf import settings
from django.contrib import messages
from django.db.models import F, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView, ListView, TemplateView

from catalogue import tasks
from catalogue.certification import vietnam_today
from catalogue.dashboard.access import is_registry_staff
from catalogue.dashboard.forms import (
    CertificateSearchForm,
    ExpiryWindowForm,
    RegistryUrlSyncForm,
    SpreadsheetUploadForm,
    saved_upload,
    unreadable_reason,
)
from catalogue.dashboard.summaries import change_sections, change_totals, hold_reason
from catalogue.models import Certificate, RegistrySync
from catalogue.registry import progress
from catalogue.registry.sync import confirm_held_sync, discard_held_sync, queue_upload
from catalogue.verification import verification_url
from marketplace.safety.exports import safe_csv_writer

logger = logging.getLogger(__name__)

# "Expiring" on a producer's list: valid today and expiring within this many days (first notice).
EXPIRING_SOON_DAYS = 90
STAMPS_PER_SHEET = 24  # 4 columns x 6 rows on A4
MAX_SHEETS = 20


# --- Syncs ------------------------------------------------------------------


class SyncListView(ListView):
    template_name = "ocop/dashboard/sync_list.html"
    context_object_name = "syncs"
    paginate_by = 25

    def get_queryset(self) -> QuerySet[RegistrySync]:
        # Held records and the capped lists can be large: the list needs only the totals.
        return (
            RegistrySync.objects.defer("pending_records", "changes", "errors")
            .annotate(totals=F("changes__totals"))
            .order_by("-started_at", "-pk")
        )

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        for sync in context["syncs"]:
            sync.change_totals = change_totals(_TotalsOnly(sync.totals))
        context["registry_url"] = settings.OCOP_REGISTRY_URL
        return context


class _TotalsOnly:
    """Stands in for a sync whose ``changes`` were not loaded: only ``changes["totals"]``."""

    def __init__(self, totals: Any) -> None:
        self.changes = {"totals": totals if isinstance(totals, dict) else {}}


class SyncDetailView(DetailView):
    template_name = "ocop/dashboard/sync_detail.html"
    context_object_name = "sync"
    queryset = RegistrySync.objects.defer("pending_records").select_related("confirmed_by")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        sync = self.object
        context.update(
            totals=change_totals(sync),
            sections=change_sections(sync),
            hold=hold_reason(sync),
            errors=sync.errors or [],
            in_progress=sync.status in (RegistrySync.Status.QUEUED, RegistrySync.Status.RUNNING),
        )
        if context["in_progress"]:
            done = progress.rows_done(sync.pk)
            total = sync.rows_total
            context.update(
                rows_done=min(done, total) if total else done,
                percent=min(100, round(100 * done / total)) if total else None,
            )
        return context


class HeldSyncDecisionView(View):
    """POST only: confirm (apply) or discard a held sync. Anything but a held sync is left alone."""

    http_method_names = ["post"]
    confirm = True

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        sync = get_object_or_404(RegistrySync.objects.defer("pending_records"), pk=pk)
        if sync.status != RegistrySync.Status.HELD:
            messages.error(
                request,
                _("Sync #%(pk)s is not held (%(status)s): nothing was changed.")
                % {"pk": sync.pk, "status": sync.get_status_display()},
            )
            return redirect("ocop-dashboard:sync-detail", pk=sync.pk)
        sync = RegistrySync.objects.get(pk=pk)  # now with its pending records
        try:
            sync = (
                confirm_held_sync(sync, request.user)
                if self.confirm
                else discard_held_sync(sync, request.user)
            )
        except ValueError as exc:  # decided by someone else in the meantime
            messages.error(request, str(exc))
            return redirect("ocop-dashboard:sync-detail", pk=sync.pk)
        report_outcome(request, sync)
        return redirect("ocop-dashboard:sync-detail", pk=sync.pk)


def report_outcome(request: HttpRequest, sync: RegistrySync) -> None:
    """One message saying what a sync (or a decision on a held one) did."""
    Status = RegistrySync.Status
    values = {
        "pk": sync.pk,
        "new": sync.created_count,
        "changed": sync.changed_count,
        "unchanged": sync.unchanged_count,
        "rejected": sync.rejected_count,
    }
    if sync.status in (Status.SUCCEEDED, Status.CONFIRMED):
        totals = change_totals(sync)
        values.update(delisted=totals["delisted"], relisted=totals["relisted"], listed=totals["listed"])
        text = (
            _(
                "Sync #%(pk)s applied: %(new)s new, %(changed)s changed, %(unchanged)s unchanged, "
                "%(rejected)s rejected; %(listed)s listed, %(delisted)s delisted, %(relisted)s relisted."
            )
            % values
        )
        (messages.warning if sync.rejected_count else messages.success)(request, text)
    elif sync.status == Status.HELD:
        reason = next((e["reason"] for e in sync.errors or [] if e.get("record") is None), None)
        if reason:  # a confirmation that failed: the sync stays held
            messages.error(
                request, _("Sync #%(pk)s could not be applied: %(reason)s") % {**values, "reason": reason}
            )
        else:
            messages.warning(
                request,
                _("Sync #%(pk)s is held: it would delist too many products. Confirm or discard it below.")
                % values,
            )
    elif sync.status == Status.DISCARDED:
        messages.success(request, _("Sync #%(pk)s was discarded: nothing was changed.") % values)
    else:
        reason = next((e["reason"] for e in sync.errors or [] if e.get("record") is None), "")
        messages.error(
            request, _("Sync #%(pk)s failed, nothing was changed: %(reason)s") % {**values, "reason": reason}
        )


# --- Running a sync ---------------------------------------------------------------


class SyncRunView(TemplateView):
    """The two ways staff start a sync: from the registry URL, or from an uploaded spreadsheet."""

    template_name = "ocop/dashboard/sync_run.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.setdefault("url_form", RegistryUrlSyncForm())
        context.setdefault("upload_form", SpreadsheetUploadForm())
        context["registry_url"] = settings.OCOP_REGISTRY_URL
        return context


class SyncFromUrlView(View):
    """Runs ``catalogue.tasks.sync_registry``: in-process when Celery is eager, else on a worker."""

    http_method_names = ["post"]

    def post(self, request: HttpRequest) -> HttpResponse:
        form = RegistryUrlSyncForm(request.POST)
        if not settings.OCOP_REGISTRY_URL:
            messages.error(request, _("No registry URL is configured (setting OCOP_REGISTRY_URL)."))
            return redirect("ocop-dashboard:sync-run")
        full = form.is_valid() and form.cleaned_data["full"]
        result = tasks.sync_registry.delay(full=full)
        if not isinstance(result, EagerResult):
            messages.info(request, _("The sync was started in the background; it will appear in this list."))
            return redirect("ocop-dashboard:sync-list")
        sync = RegistrySync.objects.get(pk=result.get())
        report_outcome(request, sync)
        return redirect("ocop-dashboard:sync-detail", pk=sync.pk)


class SyncFromUploadView(SyncRunView):
    """Checks the file (caps, then header), stores it on a queued sync and hands it to Celery.

    Eager Celery (the embedded defaults) imports it inside the request; with a worker the page
    returns at once and the sync's page shows the progress.
    """

    http_method_names = ["post"]

    def post(self, request: HttpRequest) -> HttpResponse:
        form = SpreadsheetUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.invalid(form)
        upload = form.cleaned_data["file"]
        with saved_upload(upload) as path:
            reason = unreadable_reason(path)
            if reason:
                form.add_error("file", reason)
                return self.invalid(form)
            name = path.name
        upload.seek(0)
        sync = queue_upload(
            upload,
            name=name,
            partial=form.cleaned_data["partial"],
            rows_total=form.data_rows,
            user=request.user,
        )
        result = tasks.run_registry_upload.delay(sync.pk)
        if isinstance(result, EagerResult):
            sync.refresh_from_db()
            report_outcome(request, sync)
        else:
            messages.info(request, _("The file was received; the sync runs in the background."))
        return redirect("ocop-dashboard:sync-detail", pk=sync.pk)

    def invalid(self, form: SpreadsheetUploadForm) -> HttpResponse:
        return self.render_to_response(self.get_context_data(upload_form=form), status=400)


# --- Expiring certificates ----------------------------------------------------------


def certificate_province(certificate: Certificate) -> str:
    area = certificate.producer.area
    return area.province.name if area else ""


class ExpiringCertificatesView(ListView):
    """Certificates valid today that expire within 30/60/90 days, soonest first; also as CSV."""

    template_name = "ocop/dashboard/expiring.html"
    context_object_name = "certificates"
    paginate_by = 100

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.filter_form = ExpiryWindowForm(request.GET if "days" in request.GET else None)
        self.days = self.filter_form.window()
        self.today = vietnam_today()
        if request.GET.get("format") == "csv":
            return self.csv_response()
        return super().get(request, *args, **kwargs)

    def get_queryset(self) -> QuerySet[Certificate]:
        return (
            Certificate.objects.expiring_within(self.days, today=self.today)
            .select_related("product", "producer__area__parent__parent")
            .order_by("expires_on", "certificate_no")
        )

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        for certificate in context["certificates"]:
            certificate.days_left = (certificate.expires_on - self.today).days
            certificate.province = certificate_province(certificate)
        context.update(filter_form=self.filter_form, days=self.days, today=self.today)
        return context

    def csv_response(self) -> HttpResponse:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"ocop-expiring-{self.days}-days-{self.today:%Y-%m-%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response.write("\ufeff")  # Excel reads UTF-8 Vietnamese only with a BOM
        writer = safe_csv_writer(response)  # registry text must not become a formula in Excel
        writer.writerow(
            [
                _("Certificate number"),
                _("OCOP product code"),
                _("Product"),
                _("Producer"),
                _("Province"),
                _("Stars"),
                _("Last valid day"),
                _("Days left"),
            ]
        )
        for certificate in self.get_queryset().iterator(chunk_size=500):
            writer.writerow(
                [
                    certificate.certificate_no,
                    certificate.product_code,
                    certificate.product_name,
                    certificate.producer.name,
                    certificate_province(certificate),
                    certificate.stars,
                    certificate.last_valid_day.isoformat(),
                    (certificate.expires_on - self.today).days,
                ]
            )
        return response


# --- Certificates and stamps -------------------------------------------------------------


def certificates_of(user: Any) -> QuerySet[Certificate]:
    """All certificates for staff; for anyone else those of the producers whose partner they use."""
    certificates = Certificate.objects.select_related("product", "producer")
    if is_registry_staff(user):
        return certificates
    return certificates.filter(producer__partner__users=user)


def certificate_status(certificate: Certificate, today: datetime.date) -> str:
    """valid, expiring, expired, revoked, suspended, withdrawn or not_yet_valid."""
    state = certificate.state_on(today)
    if state == "valid" and certificate.expires_on <= today + datetime.timedelta(days=EXPIRING_SOON_DAYS):
        return "expiring"
    return state


class CertificateListView(ListView):
    """Read-only: "My certificates" for a producer's users, every producer's for staff."""

    template_name = "ocop/dashboard/certificate_list.html"
    context_object_name = "certificates"
    paginate_by = 50

    def get_queryset(self) -> QuerySet[Certificate]:
        certificates = certificates_of(self.request.user)
        self.search_form = CertificateSearchForm(self.request.GET)
        query = self.search_form.cleaned_data["q"].strip() if self.search_form.is_valid() else ""
        if query:
            certificates = certificates.filter(
                Q(certificate_no__icontains=query)
                | Q(product_code__icontains=query)
                | Q(product_name__icontains=query)
                | Q(producer__name__icontains=query)
            )
        return certificates.order_by("producer__name", "product_name", "-issued_on", "certificate_no")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        today = vietnam_today()
        for certificate in context["certificates"]:
            certificate.dashboard_status = certificate_status(certificate, today)
            certificate.printable = certificate.dashboard_status in ("valid", "expiring")
        context.update(
            search_form=self.search_form,
            all_producers=is_registry_staff(self.request.user),
            expiring_days=EXPIRING_SOON_DAYS,
        )
        return context


class StampSheetView(DetailView):
    """An A4 sheet of QR stamps for a certificate valid today: nothing for one that is not."""

    template_name = "ocop/stamps/sheet.html"
    context_object_name = "certificate"

    def get_queryset(self) -> QuerySet[Certificate]:
        # Another producer's certificate is "not found", not "forbidden": its existence is not ours to tell.
        return certificates_of(self.request.user)

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.object = certificate = self.get_object()
        today = vietnam_today()
        if not Certificate.objects.valid_on(today).filter(pk=certificate.pk).exists():
            return render(
                request,
                "ocop/dashboard/stamps_unavailable.html",
                {"certificate": certificate, "state": certificate.state_on(today)},
                status=404,
            )
        return self.render_to_response(self.get_context_data(object=certificate))

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        number = self.object.certificate_no
        try:
            sheets = min(max(int(self.request.GET.get("sheets", 1)), 1), MAX_SHEETS)
        except ValueError:
            sheets = 1
        context.update(
            sheets=sheets,
            sheet_options=sorted({1, 2, 3, 4, 5, 10, MAX_SHEETS, sheets}),
            sheet_range=range(sheets),
            stamp_range=range(STAMPS_PER_SHEET),
            stamp_count=sheets * STAMPS_PER_SHEET,
            verify_url=verification_url(self.request, number),
            qr_url=reverse("ocop:verify-qr", args=[number]),
            back_url=reverse("ocop-dashboard:certificate-list"),
        )
        return context
