"""The demo-data builders are idempotent: running them twice changes nothing."""

from __future__ import annotations

import datetime

import pytest
from wagtail.models import Page

from catalogue.certification import VIETNAM
from cms.demo import ensure_fair, ensure_fair_index, ensure_home, ensure_news, ensure_news_index

pytestmark = pytest.mark.django_db


def build(son_la):
    home = ensure_home()
    fairs = ensure_fair_index(home)
    start = datetime.datetime(2026, 12, 1, 8, tzinfo=VIETNAM)
    fair = ensure_fair(
        fairs,
        title="Hội chợ OCOP Mộc Châu",
        kind="provincial",
        start=start,
        end=start + datetime.timedelta(days=2),
        venue="Sân vận động",
        address="Mộc Châu",
        area=son_la,
        organiser="UBND huyện",
        description="Gian hàng của 50 chủ thể.",
    )
    news = ensure_news_index(home)
    story = ensure_news(
        news, title="Mộc Châu có thêm 5 sản phẩm 4 sao", date=datetime.date(2026, 11, 1), intro="…"
    )
    return home, fairs, fair, news, story


def test_builders_are_idempotent(client, son_la):
    first = build(son_la)
    count = Page.objects.count()
    second = build(son_la)

    assert [page.pk for page in first] == [page.pk for page in second]
    assert Page.objects.count() == count
    assert first[1].url == "/hoi-cho/"
    assert first[3].url == "/tin-tuc/"
    assert client.get(first[2].url).status_code == 200
    assert client.get(first[4].url).status_code == 200
    assert client.get("/tin-tuc/").status_code == 200
