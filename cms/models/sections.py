"""Province sections: the pages under which one province's editors may work.

Wagtail page permissions cascade down the tree, so each index (fairs, news, sales points)
has one ``ProvinceSectionPage`` per province and the province's editor group is granted
add/edit on that section only. The public lists ask for descendants of the index, so a
section is invisible to visitors: its own URL redirects to the index filtered by province.
"""

from __future__ import annotations

from django.db import models
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


def under_index(parent: Page, index_model: type[Page]) -> bool:
    """``parent`` is the index itself or a province section directly under it."""
    parent = parent.specific
    if isinstance(parent, index_model):
        return True
    return isinstance(parent, ProvinceSectionPage) and isinstance(parent.get_parent().specific, index_model)


class InIndexOrItsSections:
    """Page mixin: creatable only under ``index_model`` or one of that index's province sections.

    ``parent_page_types`` allows any ProvinceSectionPage; this keeps a fair out of a news section.
    """

    index_model: type[Page]

    @classmethod
    def can_create_at(cls, parent: Page) -> bool:
        return super().can_create_at(parent) and under_index(parent, cls.index_model)


class ProvinceSectionPage(Page):
    """One province's part of an index (its fairs, its news or its sales points)."""

    province = models.ForeignKey(
        "areas.Area",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        related_name="cms_sections",
        limit_choices_to={"kind": "province", "parent": None},
    )

    content_panels = Page.content_panels + [FieldPanel("province")]
    parent_page_types = ["cms.FairIndexPage", "cms.NewsIndexPage", "outlets.SalesPointIndexPage"]
    subpage_types = ["cms.FairPage", "cms.NewsPage", "outlets.SalesPointPage"]

    class Meta:
        verbose_name = _("province section")
        verbose_name_plural = _("province sections")

    def get_sitemap_urls(self, request: HttpRequest | None = None) -> list:
        return []  # a section only redirects to its index: not a page for search engines

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        parent = self.get_parent().specific
        url = parent.get_url(request) or "/"
        if parent.specific_class.__name__ == "FairIndexPage":
            url = f"{url}?province={self.province.slug}"
        return HttpResponseRedirect(url)
