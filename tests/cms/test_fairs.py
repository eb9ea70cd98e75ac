"""Fair schedule: upcoming and past, filters, iCalendar feeds, JSON-LD, scheduled publishing."""

from __future__ import annotations

import datetime
import json
import re

import pytest
import time_machine
from django.core.management import call_command
from icalendar import Calendar

from catalogue.certification import VIETNAM
from cms.demo import ensure_fair
from cms.models import FairPage
from marketplace.areas.models import Area
from tests.i18n import speak

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 6, 10, 10, 0, tzinfo=VIETNAM)


def vn(day: int, hour: int = 8, month: int = 6) -> datetime.datetime:
    return datetime.datetime(2026, month, day, hour, 0, tzinfo=VIETNAM)


@pytest.fixture
def fairs(fair_index, son_la):
    lang_son = Area.resolve("Lạng Sơn")
    common = {"venue": "Nhà văn hoá", "address": "Trung tâm", "organiser": "Sở Công Thương"}
    with time_machine.travel(NOW - datetime.timedelta(days=30), tick=False):
        return {
            "ended": ensure_fair(
                fair_index,
                title="Hội chợ xuân",
                kind="themed",
                start=vn(5),
                end=vn(9, 17),
                area=son_la,
                **common,
            ),
            "ongoing": ensure_fair(
                fair_index,
                title="Tuần hàng OCOP Mộc Châu",
                kind="provincial",
                start=vn(10, 8),
                end=vn(12, 21),
                area=son_la,
                latitude=20.85,
                longitude=104.63,
                **common,
            ),
            "later": ensure_fair(
                fair_index,
                title="Kết nối cung cầu Lạng Sơn",
                kind="matching",
                start=vn(1, 8, 7),
                end=vn(2, 17, 7),
                area=lang_son,
                **common,
            ),
        }


def titles(response) -> set[str]:
    html = response.content.decode()
    return {
        title
        for title in ("Hội chợ xuân", "Tuần hàng OCOP Mộc Châu", "Kết nối cung cầu Lạng Sơn")
        if title in html
    }


def test_upcoming_and_past_split_follows_the_clock(client, fairs):
    with time_machine.travel(NOW, tick=False):
        assert titles(client.get("/hoi-cho/")) == {"Tuần hàng OCOP Mộc Châu", "Kết nối cung cầu Lạng Sơn"}
        assert titles(client.get("/hoi-cho/past/")) == {"Hội chợ xuân"}
    with time_machine.travel(vn(13), tick=False):
        assert titles(client.get("/hoi-cho/")) == {"Kết nối cung cầu Lạng Sơn"}
        assert titles(client.get("/hoi-cho/past/")) == {"Hội chợ xuân", "Tuần hàng OCOP Mộc Châu"}


def test_filters_by_province_kind_and_month(client, fairs):
    with time_machine.travel(NOW, tick=False):
        assert titles(client.get("/hoi-cho/", {"province": "lang-son"})) == {"Kết nối cung cầu Lạng Sơn"}
        assert titles(client.get("/hoi-cho/", {"kind": "provincial"})) == {"Tuần hàng OCOP Mộc Châu"}
        assert titles(client.get("/hoi-cho/", {"month": "2026-07"})) == {"Kết nối cung cầu Lạng Sơn"}
        page = speak(client, "en").get("/hoi-cho/").content.decode()
    assert '<label for="id_province">Province</label>' in page


def test_calendar_parses_with_stable_uids_and_vietnam_timezone(client, fairs):
    first = client.get("/hoi-cho/calendar.ics")
    second = client.get("/hoi-cho/calendar.ics")

    assert first["Content-Type"].startswith("text/calendar")
    assert first.content == second.content
    calendar = Calendar.from_ical(first.content)
    events = calendar.walk("VEVENT")
    assert {str(event["UID"]) for event in events} == {f"fair-{fair.pk}@ocop" for fair in fairs.values()}
    for event in events:
        assert event["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"
        assert event["DTEND"].params["TZID"] == "Asia/Ho_Chi_Minh"
    ongoing = next(e for e in events if str(e["UID"]) == f"fair-{fairs['ongoing'].pk}@ocop")
    assert ongoing.decoded("DTSTART") == vn(10, 8)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]


def test_province_calendar_and_single_fair_download(client, fairs):
    calendar = Calendar.from_ical(client.get("/hoi-cho/province/lang-son/calendar.ics").content)
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Kết nối cung cầu Lạng Sơn"]
    assert client.get("/hoi-cho/province/khong-co/calendar.ics").status_code == 404

    fair = fairs["ongoing"]
    single = Calendar.from_ical(client.get(f"{fair.url}ics/").content)
    assert [str(e["UID"]) for e in single.walk("VEVENT")] == [f"fair-{fair.pk}@ocop"]


def test_fair_page_has_event_json_ld(client, fairs):
    response = client.get(fairs["ongoing"].url)
    assert response.status_code == 200
    payload = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    data = json.loads(payload.group(1))
    assert data["@type"] == "Event"
    assert data["startDate"] == "2026-06-10T08:00:00+07:00"
    assert data["location"]["geo"]["latitude"] == 20.85


def test_fair_page_shows_only_certified_featured_products(client, fair_index, son_la, producer, make_product):
    shown = make_product("Chè Shan tuyết")
    hidden = make_product("Mận sấy", status="revoked")
    fair = ensure_fair(
        fair_index,
        title="Hội chợ OCOP",
        kind="provincial",
        start=vn(20),
        end=vn(22),
        venue="",
        address="",
        area=son_la,
        organiser="",
        producers=[producer],
        products=[shown, hidden],
    )
    html = client.get(fair.url).content.decode()
    assert "Chè Shan tuyết" in html
    assert "Mận sấy" not in html
    assert producer.name in html


def test_fair_scheduled_for_tomorrow_is_not_public_today(client, fair_index, son_la):
    now = datetime.datetime.now(VIETNAM)
    fair = fair_index.add_child(
        instance=FairPage(
            title="Hội chợ bí mật",
            slug="hoi-cho-bi-mat",
            kind="themed",
            live=False,
            start=now + datetime.timedelta(days=10),
            end=now + datetime.timedelta(days=12),
            area=son_la,
        )
    )
    fair.go_live_at = now + datetime.timedelta(days=1)
    fair.save_revision().publish()
    fair.refresh_from_db()

    assert not fair.live
    assert client.get("/hoi-cho/hoi-cho-bi-mat/").status_code == 404
    assert "Hội chợ bí mật" not in client.get("/hoi-cho/").content.decode()
    assert b"bi-mat" not in client.get("/hoi-cho/calendar.ics").content

    with time_machine.travel(now + datetime.timedelta(days=1, minutes=5), tick=False):
        call_command("publish_scheduled", verbosity=0)
        assert client.get("/hoi-cho/hoi-cho-bi-mat/").status_code == 200
