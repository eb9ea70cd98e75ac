"""Sales points (điểm giới thiệu và bán sản phẩm OCOP) as Wagtail pages.

The index lists and maps every live point; each point page shows where it is,
when it is open and what certified products it holds right now. Behind each
point stands an Oscar ``Partner`` that holds its stock (see ``outlets.partners``).
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpRequest, JsonResponse
from django.template.loader import select_template
from django.utils import timezone
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from oscar.core.loading import get_class
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index

from catalogue.listing import products_in_order
from cms.models.fairs import FairPage
from cms.models.sections import InIndexOrItsSections
from marketplace.areas.models import within
from marketplace.safety.fields import SanitisedRichTextField
from outlets.forms import SalesPointFilterForm
from outlets.hours import OpeningStatus, Schedule, vietnam_now
from outlets.partners import sync_partner
from outlets.stock import available_stock
from outlets.structured_data import store_json_ld

# Staff of the trade department: they appraise points and name their managers.
APPRAISE_PERMISSION = "outlets.appraise_salespoint"
DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_TILE_ATTRIBUTION = "&copy; OpenStreetMap contributors"


def map_settings() -> dict:
    """Tiles are an enhancement: with no tile server reachable the markers still show."""
    return {
        "tile_url": getattr(settings, "OUTLETS_MAP_TILE_URL", DEFAULT_TILE_URL),
        "tile_attribution": getattr(settings, "OUTLETS_MAP_TILE_ATTRIBUTION", DEFAULT_TILE_ATTRIBUTION),
    }


class SalesPointIndexPage(RoutablePageMixin, Page):
    """The list and map of a site's sales points, filterable by area and by product in stock."""

    intro = SanitisedRichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["outlets.SalesPointPage", "cms.ProvinceSectionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("sales point index")

    def sales_points(self):
        """Live points under this index, with what the list and map need fetched up front."""
        return (
            SalesPointPage.objects.descendant_of(self)  # province sections too (cms)
            .live()
            .select_related("area__parent__parent")
            .prefetch_related("opening_hours", "holiday_hours")
            .order_by("title")
        )

    def filtered(self, request: HttpRequest):
        points = self.sales_points()
        form = SalesPointFilterForm(points, data=request.GET or None)
        return form, form.filter(points)

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        form, points = self.filtered(request)
        page_obj = Paginator(points, 60).get_page(request.GET.get("page"))
        now = vietnam_now()
        for point in page_obj.object_list:
            point.opening = point.opening_status(now)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            form=form,
            points=page_obj.object_list,
            page_obj=page_obj,
            filter_query=query.urlencode(),
            is_filtered=form.is_bound and form.is_valid() and any(form.cleaned_data.values()),
            geojson_url=self.url
            + self.reverse_subpage("geojson")
            + (f"?{query.urlencode()}" if query else ""),
            map=map_settings(),
        )
        return context

    @path("geojson/", name="geojson")
    def geojson(self, request: HttpRequest) -> JsonResponse:
        """The points (same filters as the list) as a GeoJSON FeatureCollection for the map."""
        _form, points = self.filtered(request)
        now = vietnam_now()
        features = [point.geojson_feature(request, now) for point in points if point.has_location]
        return JsonResponse({"type": "FeatureCollection", "features": features})


class SalesPointPage(InIndexOrItsSections, Page):
    """One sales point: where it is, when it is open, and what certified products it holds now."""

    class Kind(models.TextChoices):
        SALES_POINT = "sales_point", _("OCOP introduction and sales point")
        CENTRE_DISTRICT = "centre_district", _("District OCOP centre")
        CENTRE_PROVINCE = "centre_province", _("Provincial OCOP centre")
        SUPERMARKET = "supermarket", _("Partner shop in a supermarket")
        POST_OFFICE = "post_office", _("Post office")
        TOURIST_SITE = "tourist_site", _("Tourist site")
        OTHER = "other", _("Other")

    class Appraisal(models.TextChoices):
        """Appraisal by the Department of Industry and Trade (Decision 950/QĐ-BCT)."""

        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        NEEDS_IMPROVEMENT = "needs_improvement", _("Needs improvement")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.SALES_POINT)
    area = models.ForeignKey(
        "areas.Area",
        verbose_name=_("area"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sales_points",
        help_text=_("The district (or province) the point is in; used by the area filter."),
    )
    address = models.TextField(_("address"))
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-90)), MaxValueValidator(Decimal(90))],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-180)), MaxValueValidator(Decimal(180))],
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    description = SanitisedRichTextField(_("description"), blank=True)

    # Staff only: never shown on the public page.
    appraisal_status = models.CharField(
        _("appraisal status"), max_length=20, choices=Appraisal.choices, default=Appraisal.PENDING
    )
    appraisal_date = models.DateField(_("appraisal date"), null=True, blank=True)
    appraisal_category = models.CharField(
        _("location category"),
        max_length=120,
        blank=True,
        help_text=_("As written in the appraisal decision."),
    )
    appraisal_notes = models.TextField(_("appraisal notes"), blank=True)
    managers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("managers"),
        blank=True,
        related_name="managed_sales_points",
        help_text=_("They manage this point's stock and in-store sales."),
    )
    # The point's stock holder; created and kept in step by outlets.partners.sync_partner.
    partner = models.OneToOneField(
        "partner.Partner",
        verbose_name=_("stock holder"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="sales_point",
    )

    content_panels = [
        TitleFieldPanel("title", heading=_("Name")),
        FieldPanel("kind"),
        FieldPanel("area"),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Location")),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("Contact")),
        FieldPanel("description"),
        InlinePanel("photos", heading=_("Photos"), label=_("Photo")),
    ]
    hours_panels = [
        InlinePanel("opening_hours", heading=_("Weekly opening hours"), label=_("Slot")),
        InlinePanel("holiday_hours", heading=_("Holidays and exceptions"), label=_("Exception")),
    ]
    staff_panels = [
        MultiFieldPanel(
            [
                FieldPanel("appraisal_status", permission=APPRAISE_PERMISSION),
                FieldPanel("appraisal_date", permission=APPRAISE_PERMISSION),
                FieldPanel("appraisal_category", permission=APPRAISE_PERMISSION),
                FieldPanel("appraisal_notes", permission=APPRAISE_PERMISSION),
            ],
            heading=_("Appraisal (Decision 950/QĐ-BCT)"),
        ),
        FieldPanel("managers", permission=APPRAISE_PERMISSION),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(hours_panels, heading=_("Opening hours")),
            ObjectList(staff_panels, heading=_("Appraisal and managers"), permission=APPRAISE_PERMISSION),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("address"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.RelatedFields("area", [index.SearchField("name")]),
    ]

    parent_page_types = [SalesPointIndexPage, "cms.ProvinceSectionPage"]
    index_model = SalesPointIndexPage
    subpage_types = []

    class Meta:
        verbose_name = _("sales point")
        verbose_name_plural = _("sales points")
        permissions = [("appraise_salespoint", _("Can appraise sales points and name their managers"))]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        # Full saves are creation and publishing; metadata-only saves (drafts) leave the partner alone.
        if update_fields is None or {"title", "managers"} & set(update_fields):
            sync_partner(self)

    # --- As a stock holder of the desk (see outlets.desk.access) ---------------------

    holder_kind = "point"

    def holder_fields(self) -> dict:
        """How stock adjustments and in-store sales name this holder."""
        return {"point": self}

    def with_content_json(self, content):
        """An old revision must not unlink the point from its stock holder."""
        obj = super().with_content_json(content)
        obj.partner_id = self.partner_id
        return obj

    # --- Opening hours --------------------------------------------------------

    def schedule(self) -> Schedule:
        return Schedule(self.opening_hours.all(), self.holiday_hours.all())

    def is_open(self, at: datetime.datetime | None = None) -> bool:
        """Open at ``at`` (default: now), in Vietnam time, holidays and exceptions included."""
        return self.schedule().is_open(at)

    def opening_status(self, at: datetime.datetime | None = None) -> OpeningStatus:
        """ "Open now, closes at 17:30" / "Closed now, opens tomorrow at 07:30"."""
        return self.schedule().status(at)

    def upcoming_exceptions(self, today: datetime.date | None = None) -> list:
        today = today or vietnam_now().date()
        return [row for row in self.holiday_hours.all() if row.date >= today]

    # --- Location ---------------------------------------------------------------

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def province(self):
        return self.area.province if self.area_id else None

    def geojson_feature(
        self, request: HttpRequest | None = None, at: datetime.datetime | None = None
    ) -> dict:
        status = self.opening_status(at)
        return {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [float(self.longitude), float(self.latitude)]},
            "properties": {
                "name": self.title,
                "url": self.get_url(request),
                "address": self.address,
                "kind": self.kind,
                "kind_label": str(self.get_kind_display()),
                "area": self.area.full_name if self.area_id else "",
                "open_now": status.open_now,
                "status": status.text,
            },
        }

    # --- What is for sale here -------------------------------------------------------

    def stock_lines(self) -> list:
        """Stock records of products certified today with units free to sell here, by product title."""
        if not self.partner_id:
            return []
        records = list(available_stock([self.partner_id]).order_by("product__title"))
        # Give each record the product as the listing loads it (certificate, images, stock
        # prefetched) so the cards cost a constant number of queries, not a few per product.
        cards = {p.pk: p for p in products_in_order([r.product_id for r in records])}
        for record in records:
            record.product = cards.get(record.product_id, record.product)
        return records

    def upcoming_fairs(self, limit: int = 3) -> list:
        """Live fairs in this point's province (or its districts) that have not ended yet."""
        province = self.province
        if province is None:
            return []
        fairs = (
            FairPage.objects.live()
            .public()
            .filter(within(province), end__gte=timezone.now())
            .order_by("start", "pk")
        )
        return list(fairs[:limit])

    def pricing_strategy(self, request: HttpRequest | None = None):
        """The strategy that prices and stocks products from this point's stock records."""
        Selector = get_class("partner.strategy", "Selector")
        return Selector().strategy(request=request, pickup_partner_id=self.partner_id)

    # --- Page ----------------------------------------------------------------------

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        schedule = self.schedule()
        now = vietnam_now()
        context.update(
            status=schedule.status(now),
            week=schedule.week(),
            today_weekday=now.weekday(),
            exceptions=self.upcoming_exceptions(now.date()),
            stock_lines=self.stock_lines(),
            fairs=self.upcoming_fairs(),
            photos=self.photos.select_related("image"),
            json_ld=store_json_ld(self, request, schedule),
            map=map_settings(),
            # Cards price from this point's own stock records, not the producer's.
            point_strategy=self.pricing_strategy(request),
            # The theme's product card, or ours until the theme has written it.
            product_card_template=select_template(
                ["ocop/partials/product_card.html", "outlets/partials/product_card_fallback.html"]
            ).template.name,
        )
        return context


def _check_slot(row, *, need_times: bool) -> None:
    if not need_times:
        return
    if not row.opens or not row.closes:
        raise ValidationError(_("Give both the opening and the closing time, or tick “closed”."))
    if row.opens >= row.closes:
        raise ValidationError(_("The closing time must be after the opening time."))


class OpeningHours(Orderable):
    """One opening slot of a weekday; add two slots for a lunch break, or tick "closed"."""

    page = ParentalKey(SalesPointPage, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=sorted(WEEKDAYS.items()))
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)
    closed = models.BooleanField(_("closed"), default=False)

    panels = [
        FieldPanel("weekday"),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes"), FieldPanel("closed")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def clean(self) -> None:
        _check_slot(self, need_times=not self.closed)

    def __str__(self) -> str:
        if self.closed:
            return f"{WEEKDAYS[self.weekday]}: {_('closed')}"
        return f"{WEEKDAYS[self.weekday]}: {self.opens:%H:%M}–{self.closes:%H:%M}"


class HolidayHours(Orderable):
    """A dated exception to the week: closed (Tết, holidays) or special hours."""

    page = ParentalKey(SalesPointPage, on_delete=models.CASCADE, related_name="holiday_hours")
    date = models.DateField(_("date"))
    closed = models.BooleanField(_("closed all day"), default=True)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=120, blank=True, help_text=_("For example: Tết holiday"))

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("closed")]),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("holiday or exception")
        verbose_name_plural = _("holidays and exceptions")
        ordering = ["date", "sort_order"]

    def clean(self) -> None:
        _check_slot(self, need_times=not self.closed)


class SalesPointPhoto(Orderable):
    """A photo of the point (front, shelves), with a caption."""

    page = ParentalKey(SalesPointPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
