"""Stars and dates come from the registry only: the Django admin cannot change them."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from catalogue.models import Certificate
from catalogue.registry.sync import sync_from_url
from tests.registry.conftest import record

pytestmark = pytest.mark.django_db


def test_a_staff_post_to_the_certificate_change_page_does_not_alter_stars_or_dates(client, registry, frozen):
    registry.records = [record(1, stars=3)]
    sync_from_url(registry.url)
    certificate = Certificate.objects.get()
    admin = get_user_model().objects.create_superuser("boss", "boss@example.com", "pw")
    client.force_login(admin)

    url = reverse("admin:catalogue_certificate_change", args=[certificate.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert b'name="stars"' not in page.content

    response = client.post(
        url,
        {
            "stars": 5,
            "expires_on": "2099-01-01",
            "issued_on": "2020-01-01",
            "status": "active",
            "_save": "Save",
        },
    )
    assert response.status_code == 403
    certificate.refresh_from_db()
    assert certificate.stars == 3
    assert certificate.expires_on.isoformat() == "2028-05-10"
    assert certificate.issued_on.isoformat() == "2025-05-10"
