"""Fairs, news and sales points live under their own index or its province sections only."""

import pytest

from cms.demo import ensure_fair_index, ensure_home, ensure_news_index
from cms.models import FairPage, NewsPage, ProvinceSectionPage
from marketplace.areas.models import Area
from outlets.demo import ensure_index as ensure_sales_point_index
from outlets.models import SalesPointPage

pytestmark = pytest.mark.django_db


def section_under(index, province):
    section = ProvinceSectionPage(title=province.name, slug=province.slug, province=province)
    index.add_child(instance=section)
    return section


def test_each_page_type_only_goes_under_its_own_index_or_its_sections():
    home = ensure_home()
    son_la = Area.resolve("Sơn La")
    fairs, news, points = ensure_fair_index(home), ensure_news_index(home), ensure_sales_point_index(home)
    fair_section, news_section, point_section = (section_under(i, son_la) for i in (fairs, news, points))

    assert FairPage.can_create_at(fairs) and FairPage.can_create_at(fair_section)
    assert NewsPage.can_create_at(news) and NewsPage.can_create_at(news_section)
    assert SalesPointPage.can_create_at(points) and SalesPointPage.can_create_at(point_section)

    assert not FairPage.can_create_at(news_section)
    assert not NewsPage.can_create_at(point_section)
    assert not SalesPointPage.can_create_at(fair_section)
    assert not SalesPointPage.can_create_at(news_section)
