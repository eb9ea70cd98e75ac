"""The home page: what OCOP is, featured certified products, next fairs, sales points, stories."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from catalogue.listing import newest_certified_products
from cms import listings
from cms.blocks import HomeStreamBlock
from cms.cards import PRODUCT_CARD_TEMPLATES
from marketplace.safety.fields import SanitisedRichTextField

DEFAULT_PRODUCT_COUNT = 8
DEFAULT_FAIR_COUNT = 3
DEFAULT_SALES_POINT_COUNT = 4
DEFAULT_STORY_COUNT = 3


class HomePage(Page):
    """The site's front page. With an empty body (a fresh site) it shows sensible defaults."""

    intro = SanitisedRichTextField(_("introduction"), blank=True)
    body = StreamField(HomeStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["product_card_templates"] = PRODUCT_CARD_TEMPLATES
        if not self.body:
            context.update(self.default_sections(request))
        return context

    def default_sections(self, request: HttpRequest | None = None) -> dict:
        """What a fresh site shows before editors compose the body."""
        return {
            "default_home": True,
            "products": newest_certified_products(DEFAULT_PRODUCT_COUNT),
            "fairs": list(listings.upcoming_fairs()[:DEFAULT_FAIR_COUNT]),
            "fair_index": listings.fair_index(),
            **listings.sales_points_near_shopper(request, DEFAULT_SALES_POINT_COUNT),
            "stories": list(listings.latest_news()[:DEFAULT_STORY_COUNT]),
            "news_index": listings.news_index(),
            "shop_name": settings.OSCAR_SHOP_NAME,
        }
