"""Staff see certificates expiring soon, soonest first, and download the same list as CSV."""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.urls import reverse

from catalogue.certification import vietnam_today
from tests.factories import AreaFactory, ProducerFactory, make_certified_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificates(db):
    """Expiring in 20, 50 and 200 days, plus one already expired."""
    today = vietnam_today()
    province = AreaFactory(name="Sơn La")
    producer = ProducerFactory(name="HTX Mận Mộc Châu", area=province)
    made = {}
    for days in (50, 20, 200):
        product = make_certified_product(title=f"Mận hậu {days}", producer=producer, stars=4)
        certificate = product.certificates.get()
        certificate.expires_on = today + datetime.timedelta(days=days)
        certificate.save()
        made[days] = certificate
    made["expired"] = make_certified_product(expired=True, producer=producer).certificates.get()
    return made


def test_the_list_shows_what_expires_within_90_days_soonest_first(staff_client, certificates):
    response = staff_client.get(reverse("ocop-dashboard:expiring"))
    assert response.status_code == 200
    listed = list(response.context["certificates"])
    assert listed == [certificates[20], certificates[50]]
    assert [c.days_left for c in listed] == [20, 50]
    html = response.content.decode()
    assert certificates[20].certificate_no in html and certificates[200].certificate_no not in html
    assert certificates["expired"].certificate_no not in html
    assert "Sơn La" in html and "HTX Mận Mộc Châu" in html
    last_day = certificates[20].expires_on - datetime.timedelta(days=1)
    assert last_day.strftime("%d/%m/%Y") in html


def test_the_window_can_be_narrowed_to_30_days(staff_client, certificates):
    response = staff_client.get(reverse("ocop-dashboard:expiring"), {"days": 30})
    assert list(response.context["certificates"]) == [certificates[20]]


def test_a_window_that_is_not_offered_falls_back_to_90_days(staff_client, certificates):
    response = staff_client.get(reverse("ocop-dashboard:expiring"), {"days": 400})
    assert list(response.context["certificates"]) == [certificates[20], certificates[50]]


def test_the_csv_download_has_the_same_rows(staff_client, certificates):
    response = staff_client.get(reverse("ocop-dashboard:expiring"), {"days": 90, "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][0] == "Certificate number"
    body = rows[1:]
    assert [r[0] for r in body] == [certificates[20].certificate_no, certificates[50].certificate_no]
    first = body[0]
    assert first[2] == "Mận hậu 20" and first[3] == "HTX Mận Mộc Châu" and first[4] == "Sơn La"
    assert first[5] == "4"
    assert first[6] == (certificates[20].expires_on - datetime.timedelta(days=1)).isoformat()
    assert first[7] == "20"


def test_producers_cannot_see_the_expiry_list(producer_client, certificates):
    assert producer_client.get(reverse("ocop-dashboard:expiring")).status_code == 403
    assert producer_client.get(reverse("ocop-dashboard:expiring"), {"format": "csv"}).status_code == 403
