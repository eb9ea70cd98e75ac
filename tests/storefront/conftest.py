"""Storefront page tests browse in English, so assertions on texts survive the Vietnamese catalogue."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.i18n import speak


@pytest.fixture
def client() -> Client:
    return speak(Client(), "en")
