"""Fairs as data for other programs: iCalendar feeds and schema.org Event JSON-LD.

UIDs are stable ("fair-<page id>@ocop") so calendar apps update an event instead of adding a
copy; times carry TZID Asia/Ho_Chi_Minh with its VTIMEZONE. The fair page's routes call these
functions, so a fair arrives as a ``Page`` (a ``cms.FairPage``): this module never imports the model.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, vUri
from wagtail.models import Page

from catalogue.certification import VIETNAM

PRODID = "-//Cho OCOP//Fairs//VI"


def fair_uid(fair: Page) -> str:
    return f"fair-{fair.pk}@ocop"


def _absolute_url(fair: Page, request: HttpRequest | None) -> str:
    """The fair's address as the visitor reached the site (the Site record may say "localhost")."""
    if request is not None:
        return request.build_absolute_uri(fair.get_url(request))
    return fair.get_full_url() or ""


def _location(fair: Page) -> str:
    parts = [fair.venue, fair.address]
    if fair.area_id:
        parts.append(fair.area.full_name)
    return ", ".join(part for part in parts if part)


def fair_event(fair: Page, request: HttpRequest | None = None) -> Event:
    event = Event()
    event.add("uid", fair_uid(fair))
    # DTSTAMP: when this version of the fair was published, so two downloads are identical.
    stamp = fair.last_published_at or fair.first_published_at or timezone.now()
    event.add("dtstamp", stamp.astimezone(datetime.UTC))
    event.add("last-modified", stamp.astimezone(datetime.UTC))
    event.add("summary", fair.title)
    event.add("dtstart", fair.start.astimezone(VIETNAM))
    event.add("dtend", fair.end.astimezone(VIETNAM))
    location = _location(fair)
    if location:
        event.add("location", location)
    if fair.latitude is not None and fair.longitude is not None:
        event.add("geo", (float(fair.latitude), float(fair.longitude)))
    description = fair.plain_description()
    if fair.organiser:
        description = f"{fair.organiser}\n\n{description}".strip()
    if description:
        event.add("description", description)
    event.add("categories", [str(fair.get_kind_display())])
    url = _absolute_url(fair, request)
    if url:
        event.add("url", vUri(url))
    return event


def fairs_calendar(fairs: Iterable[Page], *, name: str, request: HttpRequest | None = None) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    for fair in fairs:
        calendar.add_component(fair_event(fair, request))
    # Vietnam has kept +07:00 since 1975; a short VTIMEZONE from 2000 is exact for every fair.
    calendar.add_missing_timezones(first_date=datetime.date(2000, 1, 1))
    return calendar


def calendar_response(
    request: HttpRequest, fairs: Iterable[Page], *, name: str, filename: str
) -> HttpResponse:
    calendar = fairs_calendar(fairs, name=name, request=request)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response


def fair_json_ld(fair: Page, request: HttpRequest | None = None) -> dict:
    """schema.org Event for one fair."""
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": fair.title,
        "startDate": fair.start.astimezone(VIETNAM).isoformat(),
        "endDate": fair.end.astimezone(VIETNAM).isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "url": _absolute_url(fair, request),
    }
    description = fair.plain_description()
    if description:
        data["description"] = description
    if fair.organiser:
        data["organizer"] = {"@type": "Organization", "name": fair.organiser}
    if fair.kind == fair.Kind.VIRTUAL:
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
        data["location"] = {"@type": "VirtualLocation", "url": fair.online_url or data["url"]}
    else:
        data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
        place: dict = {
            "@type": "Place",
            "name": fair.venue or fair.title,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": fair.address,
                "addressCountry": "VN",
            },
        }
        if fair.area_id:
            place["address"]["addressRegion"] = fair.area.province.name
        if fair.latitude is not None and fair.longitude is not None:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(fair.latitude),
                "longitude": float(fair.longitude),
            }
        data["location"] = place
    image = fair.first_image()
    if image is not None:
        rendition = image.get_rendition("fill-1200x675")
        data["image"] = [request.build_absolute_uri(rendition.url) if request else rendition.url]
    return data
