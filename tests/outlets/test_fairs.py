"""A point's page announces the fairs coming up in its province, not elsewhere, not past ones."""

from __future__ import annotations

import datetime

from django.utils import timezone

from cms.models import FairIndexPage, FairPage
from marketplace.areas.models import Area


def add_fair(fair_index: FairIndexPage, title: str, area: Area, starts_in_days: int) -> FairPage:
    start = timezone.now() + datetime.timedelta(days=starts_in_days)
    fair = FairPage(title=title, area=area, start=start, end=start + datetime.timedelta(days=3))
    fair_index.add_child(instance=fair)
    fair.save_revision().publish()
    return fair


def test_the_point_page_lists_upcoming_fairs_of_its_province(client, home, make_point, lang_son_district):
    point = make_point()  # in Chợ Mới, Bắc Kạn
    fair_index = FairIndexPage(title="Hội chợ", slug="hoi-cho-test")
    home.add_child(instance=fair_index)
    fair_index.save_revision().publish()
    add_fair(fair_index, "Hội chợ OCOP Bắc Kạn 2026", Area.resolve("Bắc Kạn"), 10)
    add_fair(fair_index, "Phiên chợ OCOP Chợ Mới", point.area, 20)
    add_fair(fair_index, "Hội chợ đã qua", Area.resolve("Bắc Kạn"), -30)
    add_fair(fair_index, "Hội chợ Lạng Sơn", lang_son_district, 5)

    assert [f.title for f in point.upcoming_fairs()] == [
        "Hội chợ OCOP Bắc Kạn 2026",
        "Phiên chợ OCOP Chợ Mới",
    ]
    html = client.get(point.url).content.decode()
    assert "Hội chợ OCOP Bắc Kạn 2026" in html
    assert "Hội chợ Lạng Sơn" not in html
    assert "Hội chợ đã qua" not in html
