"""Idempotent builders of the site's pages, for the demo data and for tests.

Each ``ensure_*`` finds its page by slug under its parent, creates or updates it, and publishes
a revision, so running the demo twice changes nothing.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from decimal import Decimal

from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page, Site

from catalogue.certification import VIETNAM
from cms.models import (
    FairIndexPage,
    FairPage,
    FairProducer,
    FairProduct,
    HomePage,
    NewsIndexPage,
    NewsPage,
    ProvinceSectionPage,
)
from marketplace.areas.models import ascii_slug

HOME_TITLE = "Chợ OCOP"


def _html(text: str) -> str:
    """Rich text from HTML, or from plain text with blank-line paragraphs."""
    if not text or "<" in text:
        return text
    return "".join(f"<p>{escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip())


def _aware(value: datetime.datetime) -> datetime.datetime:
    return value if timezone.is_aware(value) else value.replace(tzinfo=VIETNAM)


def _coordinate(value: float | Decimal | None) -> Decimal | None:
    """Six decimals (about 10 cm), what the coordinate fields store."""
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.000001"))


def _publish(page: Page) -> None:
    page.save_revision().publish()


def ensure_home(site: Site | None = None) -> HomePage:
    """The HomePage at the root of ``site`` (the default site when None), made if missing."""
    site = site or Site.objects.get(is_default_site=True)
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        placeholder = site.root_page.specific
        # Point the site at the tree root while Wagtail's "Welcome" placeholder is removed:
        # deleting a site's root page would delete the site.
        site.root_page = root
        site.save()
        if type(placeholder) is Page and placeholder.depth == 2 and not placeholder.get_children().exists():
            placeholder.delete()
        slug = "home" if not root.get_children().filter(slug="home").exists() else "trang-chu"
        home = root.add_child(instance=HomePage(title=HOME_TITLE, slug=slug))
        _publish(home)
    if site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home


def _child(parent: Page, model: type[Page], slug: str) -> Page | None:
    return model.objects.child_of(parent).filter(slug=slug).first()


def _index_of(parent: Page) -> Page:
    """The index a page lives under, whether ``parent`` is the index or one of its sections."""
    return parent.get_parent() if isinstance(parent.specific, ProvinceSectionPage) else parent


def find_or_move(parent: Page, model: type[Page], slug: str) -> Page | None:
    """The page ``slug`` anywhere under ``parent``'s index, moved under ``parent`` if elsewhere.

    Moving leaves a redirect from the old address (Wagtail's redirects app), so links to
    fairs published before the province sections existed keep working.
    """
    page = _child(parent, model, slug)
    if page is not None:
        return page
    page = model.objects.descendant_of(_index_of(parent)).filter(slug=slug).first()
    if page is not None:
        page.move(parent, pos="last-child")
        page = model.objects.get(pk=page.pk)
    return page


def ensure_section(index: Page, province) -> ProvinceSectionPage:
    """The ``province``'s section under ``index`` (slug = the province's slug), made if missing."""
    section = ProvinceSectionPage.objects.child_of(index).filter(province=province).first()
    if section is None:
        section = index.add_child(
            instance=ProvinceSectionPage(title=province.name, slug=province.slug, province=province)
        )
        _publish(section)
    return section


def _save(parent: Page, page: Page, exists: bool) -> Page:
    if exists:
        page.save()
    else:
        parent.add_child(instance=page)
    _publish(page)
    return page


def ensure_fair_index(home: HomePage, *, title: str = "Hội chợ OCOP", slug: str = "hoi-cho") -> FairIndexPage:
    index = _child(home, FairIndexPage, slug)
    if index is None:
        index = home.add_child(instance=FairIndexPage(title=title, slug=slug))
        _publish(index)
    return index


def ensure_fair(
    index: FairIndexPage | ProvinceSectionPage,
    *,
    title: str,
    kind: str,
    start: datetime.datetime,
    end: datetime.datetime,
    venue: str,
    address: str,
    area,
    organiser: str,
    description: str = "",
    producers: Iterable = (),
    products: Iterable = (),
    slug: str | None = None,
    latitude: float | Decimal | None = None,
    longitude: float | Decimal | None = None,
    registration_deadline: datetime.date | None = None,
    contact: str = "",
) -> FairPage:
    slug = slug or ascii_slug(title)
    fair = find_or_move(index, FairPage, slug)
    exists = fair is not None
    fair = fair or FairPage(slug=slug)
    fair.title = title
    fair.kind = kind
    fair.start = _aware(start)
    fair.end = _aware(end)
    fair.venue = venue
    fair.address = address
    fair.area = area
    fair.organiser = organiser
    fair.description = _html(description)
    fair.latitude = _coordinate(latitude)
    fair.longitude = _coordinate(longitude)
    fair.registration_deadline = registration_deadline
    fair.registration_contact = contact
    fair.participants = [FairProducer(producer=producer) for producer in producers]
    fair.product_links = [FairProduct(product=product) for product in products]
    return _save(index, fair, exists)


def ensure_news_index(home: HomePage, *, title: str = "Tin tức", slug: str = "tin-tuc") -> NewsIndexPage:
    index = _child(home, NewsIndexPage, slug)
    if index is None:
        index = home.add_child(instance=NewsIndexPage(title=title, slug=slug))
        _publish(index)
    return index


def ensure_news(
    index: NewsIndexPage | ProvinceSectionPage,
    *,
    title: str,
    date: datetime.date,
    intro: str,
    body: str = "",
    slug: str | None = None,
) -> NewsPage:
    slug = slug or ascii_slug(title)
    story = find_or_move(index, NewsPage, slug)
    exists = story is not None
    story = story or NewsPage(slug=slug)
    story.title = title
    story.date = date
    story.intro = intro
    story.body = _html(body)
    return _save(index, story, exists)
