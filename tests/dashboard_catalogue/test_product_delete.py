"""Part of finding 12: deleting a product the registry certified says why it cannot, instead of a 500.

A certificate keeps its product (``on_delete=PROTECT``: the registry's record must keep pointing
at what was sold), so Oscar's dashboard delete gave a ProtectedError. Staff now get a message and
land back on the product page, with nothing deleted.
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories import UserFactory, make_certified_product
from tests.i18n import speak
from tests.storefront.dashboard_forms import create_in_dashboard

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
Certificate = get_model("catalogue", "Certificate")

REFUSAL = "has an OCOP certificate from the registry and cannot be deleted"


@pytest.fixture
def staff_client() -> Client:
    client = speak(Client(), "en")
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def delete_url(product) -> str:
    return reverse("dashboard:catalogue-product-delete", kwargs={"pk": product.pk})


@pytest.mark.parametrize("kwargs", [{}, {"expired": True}, {"revoked": True}])
def test_deleting_a_certified_product_says_why_and_deletes_nothing(staff_client, kwargs):
    product = make_certified_product(**kwargs)
    response = staff_client.post(delete_url(product), follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
    assert REFUSAL in response.content.decode()
    assert Product.objects.filter(pk=product.pk).exists()
    assert product.stockrecords.exists() and Certificate.objects.filter(product=product).exists()


def test_the_confirmation_page_of_a_certified_product_already_says_so(staff_client):
    product = make_certified_product()
    response = staff_client.get(delete_url(product), follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
    assert REFUSAL in response.content.decode()


def test_a_product_without_certificate_is_still_deleted(staff_client):
    product = create_in_dashboard(staff_client, "Sản phẩm nhập nhầm")
    assert staff_client.get(delete_url(product)).status_code == 200
    response = staff_client.post(delete_url(product))
    assert response.status_code == 302
    assert not Product.objects.filter(pk=product.pk).exists()
