"""The site is Vietnamese unless the visitor chose a language with the switcher (a cookie)."""

from django.conf import settings
from django.test import Client


def speak(client: Client, language: str) -> Client:
    """Make ``client`` browse in ``language``, as the language switch would."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client
