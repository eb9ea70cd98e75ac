"""Fixtures of the theme tests: pages fetched and parsed as a shopper's browser would."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.test import Client

from tests.i18n import speak


@pytest.fixture(autouse=True)
def _fresh_category_nav() -> None:
    """The header's category list is cached; each test starts from the database."""
    cache.clear()


@pytest.fixture
def soup_of(client: Client) -> Callable[..., BeautifulSoup]:
    """``soup_of(url, lang="en")``: GET the page (following redirects) and parse it."""

    def fetch(url: str, lang: str = "en") -> BeautifulSoup:
        response = speak(client, lang).get(url, follow=True)
        assert response.status_code == 200, f"{url} answered {response.status_code}"
        return BeautifulSoup(response.content.decode(), "html.parser")

    return fetch
