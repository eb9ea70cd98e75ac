"""Producers see their certificates and print QR stamps only for one valid today, and only their own."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factories import make_certified_product

pytestmark = pytest.mark.django_db


def stamps_url(certificate) -> str:
    return reverse("ocop-dashboard:certificate-stamps", kwargs={"pk": certificate.pk})


@pytest.fixture
def own(producer):
    return make_certified_product(
        title="Chè Shan tuyết Tà Xùa", producer=producer, stars=5
    ).certificates.get()


def test_a_valid_certificate_prints_a_sheet_of_24_stamps_pointing_at_its_verification(producer_client, own):
    response = producer_client.get(stamps_url(own))
    assert response.status_code == 200
    html = response.content.decode()
    qr = reverse("ocop:verify-qr", args=[own.certificate_no])
    verify = "http://testserver" + reverse("ocop:verify", args=[own.certificate_no])
    assert html.count(f'src="{qr}"') == 24
    assert html.count(f"Verify: {verify}") == 24
    assert html.count("5 ★ OCOP") == 24
    assert html.count("Chè Shan tuyết Tà Xùa") >= 24
    assert "size: A4" in html


def test_more_sheets_can_be_asked_for(producer_client, own):
    html = producer_client.get(stamps_url(own), {"sheets": 3}).content.decode()
    assert html.count('class="stamp"') == 72
    html = producer_client.get(stamps_url(own), {"sheets": "many"}).content.decode()
    assert html.count('class="stamp"') == 24


def test_the_qr_image_encodes_the_verification_page(producer_client, own):
    response = producer_client.get(reverse("ocop:verify-qr", args=[own.certificate_no]))
    assert response.status_code == 200 and response["Content-Type"] == "image/svg+xml"


@pytest.mark.parametrize("state", ["expired", "revoked"])
def test_a_certificate_not_valid_today_gets_no_stamps(producer_client, producer, state):
    certificate = make_certified_product(producer=producer, **{state: True}).certificates.get()
    response = producer_client.get(stamps_url(certificate))
    assert response.status_code == 404
    html = response.content.decode()
    assert "is not valid today" in html
    assert 'class="stamp"' not in html and "qr.svg" not in html


def test_another_producers_certificate_is_not_found(producer_client, own):
    other = make_certified_product(title="Mận hậu Mộc Châu").certificates.get()
    assert producer_client.get(stamps_url(other)).status_code == 404


def test_staff_may_print_any_producers_stamps(staff_client, own):
    assert staff_client.get(stamps_url(own)).status_code == 200


def test_my_certificates_lists_only_mine_with_their_status(producer_client, producer, own):
    expired = make_certified_product(producer=producer, expired=True).certificates.get()
    other = make_certified_product(title="Mận hậu Mộc Châu").certificates.get()
    response = producer_client.get(reverse("ocop-dashboard:certificate-list"))
    assert response.status_code == 200
    statuses = {c.certificate_no: c.dashboard_status for c in response.context["certificates"]}
    assert statuses == {own.certificate_no: "valid", expired.certificate_no: "expired"}
    html = response.content.decode()
    assert other.certificate_no not in html
    assert stamps_url(own) in html and stamps_url(expired) not in html
    assert not response.context["all_producers"]


def test_a_certificate_close_to_expiry_is_marked_expiring(producer_client, producer):
    import datetime

    from catalogue.certification import vietnam_today

    certificate = make_certified_product(producer=producer).certificates.get()
    certificate.expires_on = vietnam_today() + datetime.timedelta(days=30)
    certificate.save()
    response = producer_client.get(reverse("ocop-dashboard:certificate-list"))
    assert [c.dashboard_status for c in response.context["certificates"]] == ["expiring"]
    assert stamps_url(certificate) in response.content.decode()


def test_staff_see_and_search_all_producers_certificates(staff_client, own):
    other = make_certified_product(title="Mận hậu Mộc Châu").certificates.get()
    response = staff_client.get(reverse("ocop-dashboard:certificate-list"))
    assert {c.pk for c in response.context["certificates"]} == {own.pk, other.pk}
    assert response.context["all_producers"]
    response = staff_client.get(reverse("ocop-dashboard:certificate-list"), {"q": "Mộc Châu"})
    assert [c.pk for c in response.context["certificates"]] == [other.pk]


def test_a_sales_point_manager_without_a_producer_sees_no_certificates(db, own):
    from django.test import Client

    from marketplace.roles import SALES_POINT_MANAGERS, role_group
    from tests.factories import PartnerFactory, UserFactory

    manager = UserFactory()
    manager.groups.add(role_group(SALES_POINT_MANAGERS))
    PartnerFactory(name="Điểm bán OCOP Sơn La").users.add(manager)
    client = Client()
    client.force_login(manager)
    response = client.get(reverse("ocop-dashboard:certificate-list"))
    assert response.status_code == 200 and list(response.context["certificates"]) == []
    assert client.get(stamps_url(own)).status_code == 404
