"""StreamField blocks of the home page.

Blocks that list things (products, fairs, sales points, stories) query at render time, so the
home page follows the schedule and the registry by itself; editors only choose headings,
counts and, for featured products, which products.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from catalogue.listing import only_certified
from cms import listings
from cms.cards import PRODUCT_CARD_TEMPLATES
from cms.choosers import product_chooser_viewset
from marketplace.safety.fields import SanitisedRichTextBlock

ProductChooserBlock = product_chooser_viewset.get_block_class(
    name="ProductChooserBlock", module_path="cms.blocks"
)


class HeroValue(blocks.StructValue):
    def link_url(self) -> str:
        page = self.get("link_page")
        if page:
            return page.url
        return self.get("link_url") or ""


class HeroBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    text = blocks.TextBlock(label=_("text"), required=False)
    image = ImageChooserBlock(label=_("image"), required=False)
    link_text = blocks.CharBlock(label=_("button text"), required=False, max_length=60)
    link_page = blocks.PageChooserBlock(label=_("button links to a page"), required=False)
    link_url = blocks.CharBlock(
        label=_("or to an address"), required=False, help_text=_("For example /shop/ or https://…")
    )

    class Meta:
        icon = "image"
        label = _("Hero")
        template = "cms/blocks/hero.html"
        value_class = HeroValue


class ListingBlock(blocks.StructBlock):
    """A heading and how many items to show."""

    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    count = blocks.IntegerBlock(label=_("how many"), default=4, min_value=1, max_value=24)

    def get_context(self, value, parent_context=None) -> dict:
        context = super().get_context(value, parent_context=parent_context)
        context.update(self.items(value["count"]))
        context["product_card_templates"] = PRODUCT_CARD_TEMPLATES
        return context

    def items(self, count: int) -> dict:
        raise NotImplementedError


class FeaturedProductsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    products = blocks.ListBlock(ProductChooserBlock(label=_("product")), label=_("products"))

    class Meta:
        icon = "tag"
        label = _("Featured products")
        template = "cms/blocks/featured_products.html"

    def get_context(self, value, parent_context=None) -> dict:
        context = super().get_context(value, parent_context=parent_context)
        # A certificate may have expired or been revoked since the editor chose the product.
        context["products"] = only_certified(value["products"])
        context["product_card_templates"] = PRODUCT_CARD_TEMPLATES
        return context


class NextFairsBlock(ListingBlock):
    class Meta:
        icon = "date"
        label = _("Next fairs")
        template = "cms/blocks/next_fairs.html"

    def items(self, count: int) -> dict:
        return {
            "fairs": list(listings.upcoming_fairs()[:count]),
            "fair_index": listings.fair_index(),
        }


class SalesPointsBlock(ListingBlock):
    class Meta:
        icon = "site"
        label = _("Sales points")
        template = "cms/blocks/sales_points.html"

    def get_context(self, value, parent_context=None) -> dict:
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        context.update(listings.sales_points_near_shopper(request, value["count"]))
        return context

    def items(self, count: int) -> dict:
        return {}  # they depend on the shopper: see get_context


class StoriesBlock(ListingBlock):
    class Meta:
        icon = "doc-full"
        label = _("Stories and news")
        template = "cms/blocks/stories.html"

    def items(self, count: int) -> dict:
        return {
            "stories": list(listings.latest_news()[:count]),
            "news_index": listings.news_index(),
        }


class HomeStreamBlock(blocks.StreamBlock):
    hero = HeroBlock()
    featured_products = FeaturedProductsBlock()
    next_fairs = NextFairsBlock()
    sales_points = SalesPointsBlock()
    stories = StoriesBlock()
    rich_text = SanitisedRichTextBlock(label=_("Text"), icon="pilcrow", template="cms/blocks/rich_text.html")
