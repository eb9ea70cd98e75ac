"""Schema.org ``Store`` JSON-LD for a sales point page (address, geo, opening hours).

The sales point page builds its JSON-LD here, so the page arrives as a ``Page`` (an
``outlets.SalesPointPage``): this module never imports the page model.
"""

from __future__ import annotations

import json

from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page

from outlets.hours import Schedule, hhmm, vietnam_now

SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# Same escapes as Django's json_script: the JSON cannot close its <script> element.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def opening_hours_specification(schedule: Schedule, page: Page) -> list[dict]:
    specs = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{SCHEMA_DAYS[weekday]}",
            "opens": hhmm(opens),
            "closes": hhmm(closes),
        }
        for weekday, _name, slots in schedule.week()
        for opens, closes in slots
    ]
    for row in page.upcoming_exceptions(vietnam_now().date()):
        day = row.date.isoformat()
        closed = row.closed or not (row.opens and row.closes)
        specs.append(
            {
                "@type": "OpeningHoursSpecification",
                "validFrom": day,
                "validThrough": day,
                # schema.org's way of saying "closed all day".
                "opens": "00:00" if closed else hhmm(row.opens),
                "closes": "00:00" if closed else hhmm(row.closes),
            }
        )
    return specs


def store_data(page: Page, request: HttpRequest | None, schedule: Schedule) -> dict:
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Store",
        "name": page.title,
        "url": page.get_full_url(request),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": page.address,
            "addressCountry": "VN",
        },
        "openingHoursSpecification": opening_hours_specification(schedule, page),
    }
    if page.area_id:
        lineage = page.area.lineage()
        data["address"]["addressRegion"] = lineage[0].name
        if len(lineage) > 1:
            data["address"]["addressLocality"] = lineage[1].name
    if page.has_location:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(page.latitude),
            "longitude": float(page.longitude),
        }
    if page.phone:
        data["telephone"] = page.phone
    if page.email:
        data["email"] = page.email
    return data


def store_json_ld(page: Page, request: HttpRequest | None, schedule: Schedule) -> SafeString:
    """The JSON text to put inside <script type="application/ld+json">."""
    text = json.dumps(store_data(page, request, schedule), ensure_ascii=False)
    return mark_safe(text.translate(_SCRIPT_ESCAPES))  # escaped like json_script
