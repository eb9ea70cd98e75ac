"""Fairs and trade promotion: the fair index (upcoming, past, calendar feeds) and fair pages.

Times are stored in UTC and shown in Vietnam time. A fair's featured products are shown only
while certified today (``catalogue.listing.only_certified``, which asks the catalogue's one rule).
The page models are Wagtail's views too: they import their forms, feeds and listings, which
never import the page models back (they are handed the pages and querysets).
"""

from __future__ import annotations

import datetime
import re
from html import unescape

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Case, IntegerField, Q, Value, When
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.images.models import AbstractImage
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from catalogue.certification import VIETNAM, vietnam_today
from catalogue.listing import listing_queryset, only_certified
from cms.calendar import month_grid
from cms.cards import PRODUCT_CARD_TEMPLATES
from cms.choosers import ProducerChooserWidget, ProductChooserWidget
from cms.feeds import calendar_response, fair_json_ld
from cms.forms import FairFilterForm
from cms.models.sections import InIndexOrItsSections
from cms.participation import apply
from marketplace.areas.models import Area, within
from marketplace.safety.fields import SanitisedRichTextField


class FileRoutesMixin(RoutablePageMixin):
    """Routes whose last part is a file name ("calendar.ics") match without a trailing slash."""

    def route(self, request: HttpRequest, path_components: list[str]) -> RouteResult:
        if self.live and path_components and "." in path_components[-1]:
            try:
                match = self.resolve_subpage("/" + "/".join(path_components))
            except Http404:
                pass
            else:
                request.routable_resolver_match = match
                view, args, kwargs = match
                return RouteResult(self, args=(view, args, kwargs))
        return super().route(request, path_components)


class FairIndexPage(FileRoutesMixin, Page):
    """The schedule of fairs (slug "hoi-cho"): upcoming by default, past, and calendar feeds."""

    intro = SanitisedRichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.FairPage", "cms.ProvinceSectionPage"]
    per_page = 12

    class Meta:
        verbose_name = _("fair index")

    def fairs(self) -> models.QuerySet[FairPage]:
        """Published fairs of this index (in its province sections too) that the public may see."""
        return FairPage.objects.descendant_of(self).live().public().select_related("area__parent__parent")

    @path("", name="upcoming")
    def upcoming_view(self, request: HttpRequest) -> HttpResponse:
        fairs = self.fairs().filter(end__gt=timezone.now()).order_by("start", "pk")
        return self._listing(request, fairs, past=False)

    @path("past/", name="past")
    def past_view(self, request: HttpRequest) -> HttpResponse:
        fairs = self.fairs().filter(end__lte=timezone.now()).order_by("-start", "-pk")
        return self._listing(request, fairs, past=True)

    @path("thang/<int:year>-<int:month>/", name="month")
    def month_view(self, request: HttpRequest, year: int, month: int) -> HttpResponse:
        if not (1 <= month <= 12 and 2000 <= year <= 2100):
            raise Http404
        grid = month_grid(self.fairs(), year, month)
        return self.render(
            request,
            template="cms/fair_month.html",
            context_overrides={"month": grid},
        )

    @path("calendar.ics", name="calendar")
    def calendar_view(self, request: HttpRequest) -> HttpResponse:
        return calendar_response(
            request, self.fairs().order_by("start", "pk"), name=self.title, filename="fairs"
        )

    @path("province/<slug:slug>/calendar.ics", name="province_calendar")
    def province_calendar_view(self, request: HttpRequest, slug: str) -> HttpResponse:
        province = Area.objects.filter(kind=Area.Kind.PROVINCE, parent=None, slug=slug).first()
        if province is None:
            raise Http404
        fairs = self.fairs().filter(within(province)).order_by("start", "pk")
        return calendar_response(
            request, fairs, name=f"{self.title} – {province.name}", filename=f"fairs-{province.slug}"
        )

    def _listing(self, request: HttpRequest, fairs: models.QuerySet[FairPage], *, past: bool) -> HttpResponse:
        form = FairFilterForm(request.GET or None, fairs=fairs)
        if form.is_valid():
            fairs = form.filter(fairs)
        page = Paginator(fairs, self.per_page).get_page(request.GET.get("page"))
        return self.render(
            request,
            context_overrides={
                "fairs": page,
                "filter_form": form,
                "is_past": past,
                "filtered": form.is_bound and form.is_valid() and form.has_filters(),
                "query_string": form.query_string() if form.is_bound else "",
                "province_calendars": form.provinces_with_fairs(),
                "current_month": f"{vietnam_today():%Y-%m}",
            },
        )


class FairPage(InIndexOrItsSections, RoutablePageMixin, Page):
    """One fair: when and where, who organises it, which producers and products take part."""

    class Kind(models.TextChoices):
        PROVINCIAL = "provincial", _("Provincial OCOP fair")
        THEMED = "themed", _("Themed OCOP fair")
        OTHER_PROVINCE = "other_province", _("Fair in another province")
        MATCHING = "matching", _("Supply–demand matching conference")
        VIRTUAL = "virtual", _("Virtual fair")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.PROVINCIAL)
    start = models.DateTimeField(_("starts"), help_text=_("Vietnam time"))
    end = models.DateTimeField(_("ends"), help_text=_("Vietnam time"))
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    area = models.ForeignKey(
        "areas.Area",
        verbose_name=_("province or district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="fairs",
    )
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    online_url = models.URLField(_("online address"), blank=True, help_text=_("For virtual fairs"))
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    description = SanitisedRichTextField(_("description"), blank=True)
    registration_deadline = models.DateField(_("registration deadline"), null=True, blank=True)
    registration_contact = models.TextField(
        _("registration contact"), blank=True, help_text=_("Who producers call or write to for a booth")
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("Dates")),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("area"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("online_url"),
            ],
            heading=_("Place"),
        ),
        FieldPanel("organiser"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("registration_deadline"), FieldPanel("registration_contact")],
            heading=_("Registration"),
        ),
        InlinePanel("gallery_images", heading=_("Gallery"), label=_("image")),
        InlinePanel("participants", heading=_("Participating producers"), label=_("producer")),
        InlinePanel("product_links", heading=_("Featured products"), label=_("product")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("venue"),
        index.SearchField("organiser"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]
    parent_page_types = ["cms.FairIndexPage", "cms.ProvinceSectionPage"]
    index_model = FairIndexPage
    subpage_types: list[str] = []
    shop_per_page = 24

    class Meta:
        verbose_name = _("fair")
        verbose_name_plural = _("fairs")

    def clean(self) -> None:
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("A fair cannot end before it starts.")})
        if self.registration_deadline and self.start and self.registration_deadline > self.local_start.date():
            raise ValidationError(
                {"registration_deadline": _("Registration must close before the fair starts.")}
            )

    @property
    def local_start(self) -> datetime.datetime:
        return self.start.astimezone(VIETNAM)

    @property
    def local_end(self) -> datetime.datetime:
        return self.end.astimezone(VIETNAM)

    @property
    def is_multi_day(self) -> bool:
        return self.local_start.date() != self.local_end.date()

    def status(self, now: datetime.datetime | None = None) -> str:
        """upcoming, ongoing or past."""
        now = now or timezone.now()
        if now < self.start:
            return "upcoming"
        return "ongoing" if now < self.end else "past"

    def is_on(self, now: datetime.datetime | None = None) -> bool:
        """The fair is running: from its start (included) to its end (excluded)."""
        now = now or timezone.now()
        return self.start <= now < self.end

    @property
    def is_virtual(self) -> bool:
        return self.kind == self.Kind.VIRTUAL

    @property
    def province(self) -> models.Model | None:
        return self.area.province if self.area_id else None

    def first_image(self) -> AbstractImage | None:
        link = self.gallery_images.select_related("image").first()
        return link.image if link else None

    def shown_products(self) -> list:
        """Featured products still certified today, in the editor's order."""
        return only_certified(link.product for link in self.product_links.select_related("product__producer"))

    def shown_producers(self) -> list:
        """The editor's participants, then producers whose application the organiser approved."""
        links = list(self.participants.select_related("producer__area__parent__parent"))
        listed = {link.producer_id for link in links}
        approved = (
            self.applications.approved()
            .select_related("producer__area__parent__parent")
            .order_by("decided_at", "pk")
        )
        return links + [application for application in approved if application.producer_id not in listed]

    def plain_description(self) -> str:
        """The description as text, one paragraph per block (for feeds and JSON-LD)."""
        html = re.sub(r"</(p|h[1-6]|li|blockquote)>|<br\s*/?>", "\n", self.description or "")
        lines = (" ".join(line.split()) for line in unescape(strip_tags(html)).splitlines())
        return "\n\n".join(line for line in lines if line)

    def map_url(self) -> str:
        if self.latitude is None or self.longitude is None:
            return ""
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=16/{self.latitude}/{self.longitude}"
        )

    def json_ld(self, request: HttpRequest | None = None) -> dict:
        """schema.org Event, for search engines' event listings."""
        return fair_json_ld(self, request)

    @path("ics/", name="ics")
    def ics_view(self, request: HttpRequest) -> HttpResponse:
        return calendar_response(request, [self], name=self.title, filename=self.slug)

    def registration_open(self) -> bool:
        """Producers may still apply: the fair has not started and the deadline has not passed."""
        if timezone.now() >= self.start:
            return False
        return self.registration_deadline is None or vietnam_today() <= self.registration_deadline

    def shop_products(self) -> models.QuerySet:
        """What the virtual fair's shop lists: the featured products first, then every product of
        the participating producers (listed by the editor or approved), certified today only."""

        producer_ids = set(self.participants.values_list("producer_id", flat=True))
        producer_ids |= set(self.applications.approved().values_list("producer_id", flat=True))
        featured = list(self.product_links.order_by("sort_order").values_list("product_id", flat=True))
        rank = Case(
            *(When(pk=pk, then=Value(position)) for position, pk in enumerate(featured)),
            default=Value(len(featured)),
            output_field=IntegerField(),
        )
        return (
            listing_queryset()
            .filter(Q(pk__in=featured) | Q(producer_id__in=producer_ids))
            .annotate(fair_rank=rank)
            .order_by("fair_rank", "title", "pk")
        )

    @path("gian-hang/", name="shop")
    def shop_view(self, request: HttpRequest) -> HttpResponse:
        """A virtual fair's shop: its products, for sale online while the fair is on."""
        if not self.is_virtual:
            raise Http404
        now = timezone.now()
        shop_state = self.status(now)
        products = Paginator(self.shop_products(), self.shop_per_page).get_page(request.GET.get("page"))
        return self.render(
            request,
            template="cms/fair_shop.html",
            context_overrides={
                "shop_products": products,
                "shop_state": shop_state,
                "shop_open": shop_state == "ongoing",
            },
        )

    @path("apply/", name="apply")
    def apply_view(self, request: HttpRequest) -> HttpResponse:
        return apply(self, request)

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["products"] = self.shown_products()
        context["product_card_templates"] = PRODUCT_CARD_TEMPLATES
        context["producers"] = self.shown_producers()
        context["fair_status"] = self.status()
        # A virtual fair's products are bought online during the fair (its shop): the page follows.
        context["sell_online"] = not self.is_virtual or self.is_on()
        context["can_apply"] = self.registration_open()
        return context


class FairGalleryImage(Orderable):
    page = ParentalKey(FairPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]


class FairProducer(Orderable):
    """A producer taking part in the fair (with its booth, when known)."""

    page = ParentalKey(FairPage, on_delete=models.CASCADE, related_name="participants")
    producer = models.ForeignKey(
        "catalogue.Producer", verbose_name=_("producer"), on_delete=models.CASCADE, related_name="fair_links"
    )
    booth = models.CharField(_("booth"), max_length=60, blank=True)

    panels = [FieldPanel("producer", widget=ProducerChooserWidget), FieldPanel("booth")]

    class Meta(Orderable.Meta):
        verbose_name = _("participating producer")


class FairProduct(Orderable):
    """A product shown at the fair; listed on the page only while certified today."""

    page = ParentalKey(FairPage, on_delete=models.CASCADE, related_name="product_links")
    product = models.ForeignKey(
        "catalogue.Product", verbose_name=_("product"), on_delete=models.CASCADE, related_name="fair_links"
    )

    panels = [FieldPanel("product", widget=ProductChooserWidget)]

    class Meta(Orderable.Meta):
        verbose_name = _("featured product")
