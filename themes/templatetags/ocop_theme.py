"""Template tags of the default theme: the header's category nav (the six OCOP groups)."""

from __future__ import annotations

from django import template
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from catalogue.models import Category

register = template.Library()

# Short enough that a renamed category shows within minutes, long enough that the
# header costs no query on most requests.
CATEGORY_NAV_TIMEOUT = 300
CATEGORY_NAV_KEY = "themes:category-nav:v1"


@register.simple_tag
def ocop_category_nav() -> list[dict[str, str]]:
    """Top-level catalogue categories (the six OCOP groups) as name/url pairs, cached."""
    nav = cache.get(CATEGORY_NAV_KEY)
    if nav is None:
        nav = [
            {"name": category.name, "url": category.get_absolute_url(), "slug": category.slug}
            for category in Category.get_root_nodes().filter(is_public=True)
        ]
        cache.set(CATEGORY_NAV_KEY, nav, CATEGORY_NAV_TIMEOUT)
    return nav


@receiver(post_save, sender=Category, dispatch_uid="themes-forget-category-nav-save")
@receiver(post_delete, sender=Category, dispatch_uid="themes-forget-category-nav-delete")
def forget_category_nav(**kwargs: object) -> None:
    """A category saved or deleted here shows in the header at once (other writers: within the timeout)."""
    cache.delete(CATEGORY_NAV_KEY)
