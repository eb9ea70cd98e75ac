"""Oscar's catalogue models plus the mirror of the OCOP registry.

The registry owns stars and validity: every registry field is ``editable=False``
so that no ModelForm (Oscar dashboard, Wagtail, Django admin, producer portal)
can offer it, and only the sync (``catalogue.registry.sync``) writes them.
"""

from __future__ import annotations

import datetime
from functools import cached_property

from django.conf import settings
from django.db import models
from django.db.models import Exists
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.abstract_models import AbstractProduct, AbstractProductImage
from oscar.apps.catalogue.managers import ProductQuerySet as OscarProductQuerySet
from oscar.utils.models import get_image_upload_path

from catalogue.certification import CertificateQuerySet, vietnam_today
from marketplace.safety.fields import SanitisedHTMLField
from marketplace.safety.images import SafeImageField


class OcopGroup(models.TextChoices):
    """The six OCOP product groups (Decision 148/QĐ-TTg)."""

    FOOD = "food", _("Food")
    BEVERAGE = "beverage", _("Beverages")
    HERBAL = "herbal", _("Herbal products")
    HANDICRAFT = "handicraft", _("Handicrafts")
    ORNAMENTAL = "ornamental", _("Ornamental plants and animals")
    TOURISM = "tourism", _("Community tourism services")


class Stars(models.IntegerChoices):
    THREE = 3, _("3 stars")
    FOUR = 4, _("4 stars")
    FIVE = 5, _("5 stars")


class Level(models.TextChoices):
    DISTRICT = "district", _("District")
    PROVINCE = "province", _("Province")
    NATIONAL = "national", _("National")


class CertificateStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    REVOKED = "revoked", _("Revoked")
    SUSPENDED = "suspended", _("Suspended")


class LegalForm(models.TextChoices):
    COOPERATIVE = "cooperative", _("Cooperative")
    COOPERATIVE_GROUP = "cooperative_group", _("Cooperative group")
    ENTERPRISE = "enterprise", _("Enterprise")
    FARM = "farm", _("Farm")
    HOUSEHOLD = "household", _("Household business")


class Producer(models.Model):
    """A producer (chủ thể OCOP) as the registry knows it, plus the story it tells.

    Each producer holds stock as an Oscar ``Partner`` (delivery by the producer).
    """

    registration_no = models.CharField(_("registration number"), max_length=40, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=255, editable=False)
    legal_form = models.CharField(_("legal form"), max_length=20, choices=LegalForm.choices, editable=False)
    area = models.ForeignKey(
        "areas.Area", verbose_name=_("area"), null=True, on_delete=models.PROTECT, editable=False
    )
    partner = models.OneToOneField(
        "partner.Partner",
        verbose_name=_("stock holder"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="producer",
    )
    slug = models.SlugField(_("slug"), max_length=255, unique=True)
    story = SanitisedHTMLField(_("story"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        verbose_name = _("producer")
        verbose_name_plural = _("producers")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("ocop:producer", kwargs={"slug": self.slug})


class CatalogueProductQuerySet(OscarProductQuerySet):
    def certified_on(self, day: datetime.date) -> CatalogueProductQuerySet:
        return self.filter(certified_on(day))

    def certified_today(self) -> CatalogueProductQuerySet:
        return self.certified_on(vietnam_today())

    def with_current_certificate(self) -> CatalogueProductQuerySet:
        """Prefetch today's valid certificates, so badges and availability cost no query per product."""
        return self.prefetch_related(
            models.Prefetch(
                "certificates",
                queryset=Certificate.objects.valid_today().order_by("-stars", "-issued_on"),
                to_attr="valid_certificates_today",
            )
        )

    def browsable(self) -> CatalogueProductQuerySet:
        """Oscar's public, standalone/parent products, narrowed to the certified ones."""
        return super().browsable().certified_today()


class Product(AbstractProduct):
    """An Oscar product, listed for one registry product code."""

    registry_code = models.CharField(
        _("OCOP product code"), max_length=80, unique=True, null=True, blank=True, editable=False
    )
    producer = models.ForeignKey(
        Producer,
        verbose_name=_("producer"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="products",
        editable=False,
    )
    # Oscar's description, stored sanitised like the stories (producers write them).
    description = SanitisedHTMLField(_("Description"), blank=True)
    story = SanitisedHTMLField(_("product story"), blank=True)
    # Accent-folded, lower-case words (title, producer, places, code) for the database search
    # backend; kept by marketplace.search (on save and after each registry sync).
    search_text = models.TextField(blank=True, default="", editable=False)

    objects = CatalogueProductQuerySet.as_manager()

    class Meta(AbstractProduct.Meta):
        pass

    @property
    def current_certificate(self) -> Certificate | None:
        """The certificate valid today with the most stars, or None."""
        return self.certificate_on(vietnam_today())

    def certificate_on(self, day: datetime.date) -> Certificate | None:
        prefetched = self.__dict__.get("valid_certificates_today")
        if prefetched is not None and day == vietnam_today():
            return prefetched[0] if prefetched else None
        cache = self.__dict__.setdefault("_certificate_on", {})
        if day not in cache:
            cache[day] = self.certificates.valid_on(day).order_by("-stars", "-issued_on").first()
        return cache[day]

    @property
    def is_certified_today(self) -> bool:
        return self.current_certificate is not None

    @cached_property
    def latest_certificate(self) -> Certificate | None:
        """The most recently issued certificate, valid or not (for "why not listed" pages)."""
        return self.certificates.order_by("-issued_on", "-pk").first()


class Certificate(models.Model):
    """One OCOP certificate as the registry published it. Read-only in the marketplace."""

    certificate_no = models.CharField(_("certificate number"), max_length=80, unique=True, editable=False)
    product = models.ForeignKey(
        Product,
        verbose_name=_("product"),
        on_delete=models.PROTECT,
        related_name="certificates",
        editable=False,
    )
    product_code = models.CharField(_("OCOP product code"), max_length=80, db_index=True, editable=False)
    product_name = models.CharField(_("product name"), max_length=255, editable=False)
    producer = models.ForeignKey(
        Producer,
        verbose_name=_("producer"),
        on_delete=models.PROTECT,
        related_name="certificates",
        editable=False,
    )
    stars = models.PositiveSmallIntegerField(_("stars"), choices=Stars.choices, editable=False)
    group = models.CharField(_("group"), max_length=20, choices=OcopGroup.choices, editable=False)
    subgroup = models.CharField(_("subgroup"), max_length=120, blank=True, editable=False)
    level = models.CharField(_("recognised at"), max_length=10, choices=Level.choices, editable=False)
    decision_no = models.CharField(_("decision number"), max_length=80, blank=True, editable=False)
    issued_on = models.DateField(_("issued on"), editable=False)
    expires_on = models.DateField(_("expires on"), editable=False)
    status = models.CharField(_("status"), max_length=10, choices=CertificateStatus.choices, editable=False)
    status_changed_on = models.DateField(_("status changed on"), null=True, blank=True, editable=False)
    registry_updated_at = models.DateTimeField(_("updated in the registry"), null=True, editable=False)
    # Set by a full snapshot that no longer contains the certificate: it left the register.
    withdrawn_on = models.DateField(
        _("withdrawn from the register on"), null=True, blank=True, editable=False
    )
    raw = models.JSONField(_("record as received"), default=dict, editable=False)
    first_seen_at = models.DateTimeField(_("first seen"), auto_now_add=True)
    last_seen_at = models.DateTimeField(_("last seen"), auto_now=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("OCOP certificate")
        verbose_name_plural = _("OCOP certificates")
        ordering = ["-issued_on"]
        indexes = [
            models.Index(fields=["product", "status", "issued_on", "expires_on"], name="cert_validity"),
            models.Index(fields=["expires_on"], name="cert_expiry"),
        ]

    def __str__(self) -> str:
        return f"{self.certificate_no} ({self.stars}★)"

    def state_on(self, day: datetime.date) -> str:
        """valid, not_yet_valid, expired, revoked, suspended or withdrawn: what a verifier is told."""
        if self.withdrawn_on is not None:
            return "withdrawn"
        if self.status != CertificateStatus.ACTIVE:
            return self.status
        if day < self.issued_on:
            return "not_yet_valid"
        if day >= self.expires_on:
            return "expired"
        return "valid"

    @property
    def state_today(self) -> str:
        return self.state_on(vietnam_today())

    @property
    def last_valid_day(self) -> datetime.date:
        return self.expires_on - datetime.timedelta(days=1)


def certified_on(day: datetime.date) -> Exists:
    """SQL expression, for a Product queryset: has a certificate valid on ``day``."""
    return Certificate.objects.certifying_on(day)


def certified_today() -> Exists:
    """SQL expression, for a Product queryset: has a certificate valid today (Vietnam's date)."""
    return certified_on(vietnam_today())


class StarChange(models.Model):
    """Stars of a product code going up or down (or first appearing), sync by sync."""

    product = models.ForeignKey(
        Product, on_delete=models.CASCADE, related_name="star_changes", editable=False
    )
    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="+", editable=False)
    old_stars = models.PositiveSmallIntegerField(null=True, editable=False)
    new_stars = models.PositiveSmallIntegerField(editable=False)
    changed_at = models.DateTimeField(auto_now_add=True)
    sync = models.ForeignKey(
        "RegistrySync", null=True, on_delete=models.SET_NULL, related_name="star_changes"
    )

    class Meta:
        verbose_name = _("star change")
        verbose_name_plural = _("star history")
        ordering = ["-changed_at"]

    def __str__(self) -> str:
        return f"{self.product_id}: {self.old_stars} → {self.new_stars}"


class RegistrySync(models.Model):
    """One run of the registry sync: what came in, what changed, what was refused."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        SUCCEEDED = "succeeded", _("Succeeded")
        FAILED = "failed", _("Failed (nothing changed)")
        HELD = "held", _("Held for confirmation")
        CONFIRMED = "confirmed", _("Confirmed and applied")
        DISCARDED = "discarded", _("Discarded")

    class Source(models.TextChoices):
        HTTP = "http", _("Registry URL")
        FILE = "file", _("Spreadsheet")
        DEMO = "demo", _("Bundled demo register")

    source_kind = models.CharField(_("source kind"), max_length=10, choices=Source.choices)
    source = models.CharField(_("source"), max_length=500)
    full = models.BooleanField(_("full snapshot"), default=False)
    # A spreadsheet snapshot covers the provinces present in it, not the whole register.
    province_scoped = models.BooleanField(_("snapshot of its provinces only"), default=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.RUNNING)
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    # The registry's own clock at the start of the run: the next incremental sync asks from here.
    watermark = models.DateTimeField(_("registry time"), null=True, blank=True)
    created_count = models.PositiveIntegerField(_("new"), default=0)
    changed_count = models.PositiveIntegerField(_("changed"), default=0)
    unchanged_count = models.PositiveIntegerField(_("unchanged"), default=0)
    rejected_count = models.PositiveIntegerField(_("rejected"), default=0)
    # {"delisted": [...], "relisted": [...], "stars_up": [...], "stars_down": [...], "listed": [...]}
    changes = models.JSONField(_("changes"), default=dict, blank=True)
    errors = models.JSONField(_("errors"), default=list, blank=True)
    # A held snapshot keeps its records here until staff confirm or discard it.
    pending_records = models.JSONField(default=list, blank=True, editable=False)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # An uploaded spreadsheet, kept for the Celery task that imports it (and as a record of it).
    upload = models.FileField(_("uploaded file"), upload_to="registry-uploads/%Y/%m/", blank=True)
    # Data rows of the uploaded file, counted by the upload guard: the progress page's 100 %.
    rows_total = models.PositiveIntegerField(_("rows in the file"), null=True, blank=True)

    class Meta:
        verbose_name = _("registry sync")
        verbose_name_plural = _("registry syncs")
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.get_source_kind_display()} {self.started_at:%Y-%m-%d %H:%M}"


class SyncProductState(models.Model):
    """Scratch row of a running sync: a touched product's state before the sync.

    Kept in the database (not in memory) so a sync's memory stays flat in the register's size;
    deleted when the sync ends.
    """

    sync = models.ForeignKey(RegistrySync, on_delete=models.CASCADE, related_name="+")
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="+")
    is_new = models.BooleanField(default=False)
    listed_before = models.BooleanField()
    stars_before = models.PositiveSmallIntegerField(null=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["sync", "product"], name="sync_product_once")]

    def __str__(self) -> str:
        return f"{self.sync_id}/{self.product_id}"


class SyncSeenCertificate(models.Model):
    """Scratch row of a running full snapshot: a certificate number it contained."""

    sync = models.ForeignKey(RegistrySync, on_delete=models.CASCADE, related_name="+")
    certificate_no = models.CharField(max_length=80)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["sync", "certificate_no"], name="sync_seen_once")]

    def __str__(self) -> str:
        return f"{self.sync_id}/{self.certificate_no}"


class CertificateNotice(models.Model):
    """An email sent to a producer about one of its certificates: each kind is sent once."""

    class Kind(models.TextChoices):
        EXPIRES_IN_90 = "expiry_90", _("Expires within 90 days")
        EXPIRES_IN_30 = "expiry_30", _("Expires within 30 days")
        REVOKED = "revoked", _("Revoked")

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    recipients = models.JSONField(_("recipients"), default=list)
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("certificate notice")
        verbose_name_plural = _("certificate notices")
        constraints = [models.UniqueConstraint(fields=["certificate", "kind"], name="notice_once_per_kind")]

    def __str__(self) -> str:
        return f"{self.certificate_id} {self.kind}"


class ProductImage(AbstractProductImage):
    """Oscar's product image; the original is checked (10 MB, 40 Mpx) and stored without EXIF/GPS.

    JPEG, PNG, WebP or HEIC (stored as JPEG). ``caption`` is the photo's alt text: Oscar's
    templates never show it, the theme's card and gallery use it as ``<img alt>``, and the
    producer portal requires it (``marketplace.producers.photos``).
    """

    original = SafeImageField(_("Original"), upload_to=get_image_upload_path, max_length=255)


from oscar.apps.catalogue.models import *  # noqa: E402,F403  (Oscar's fork pattern: the rest falls through)
