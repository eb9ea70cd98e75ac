"""Promotion stories: news of fairs, producers and sales points."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from cms.models.sections import InIndexOrItsSections
from marketplace.safety.fields import SanitisedRichTextField


class NewsIndexPage(Page):
    """The list of stories, newest first (slug "tin-tuc")."""

    intro = SanitisedRichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.NewsPage", "cms.ProvinceSectionPage"]
    per_page = 12

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        stories = NewsPage.objects.descendant_of(self).live().public().order_by("-date", "-pk")
        context["stories"] = Paginator(stories, self.per_page).get_page(request.GET.get("page"))
        return context


class NewsPage(InIndexOrItsSections, Page):
    """One story: a fair's results, a producer's success, a new sales point."""

    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.TextField(_("summary"), max_length=500, blank=True)
    body = SanitisedRichTextField(_("body"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["cms.NewsIndexPage", "cms.ProvinceSectionPage"]
    index_model = NewsIndexPage
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news story")
        verbose_name_plural = _("news stories")
