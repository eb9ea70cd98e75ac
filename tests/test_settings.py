"""Settings come from the environment, with defaults that run the marketplace on one machine.

Each case imports the settings in a fresh interpreter with exactly the variables given, so the
developer's own environment (or a ``.env`` file) cannot hide a wrong default.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from tests.conftest import ROOT

SETTINGS_FILE = ROOT / "marketplace" / "settings.py"


def settings_with(env: dict[str, str], *names: str) -> dict[str, object]:
    """The values of ``names`` when ``marketplace.settings`` loads under ``env`` only."""
    base = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG", "TMPDIR"}}
    code = (
        "import json, sys; from django.conf import settings; "
        "json.dump({n: getattr(settings, n) for n in sys.argv[1:]}, sys.stdout, default=str)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *names],
        cwd=ROOT,
        env={**base, "DJANGO_SETTINGS_MODULE": "marketplace.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_defaults_need_no_service() -> None:
    values = settings_with(
        {}, "DATABASES", "CELERY_TASK_ALWAYS_EAGER", "CARD_PAYMENTS_ENABLED", "DEBUG", "ELASTICSEARCH_URL"
    )
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["NAME"] == str(ROOT / "db.sqlite3")
    assert values["CELERY_TASK_ALWAYS_EAGER"] is True
    assert values["CARD_PAYMENTS_ENABLED"] is False
    assert values["DEBUG"] is True
    assert values["ELASTICSEARCH_URL"] == ""


def test_database_url_selects_postgresql() -> None:
    values = settings_with({"DATABASE_URL": "postgres://ocop:s3cret@db.example.vn:5433/ocop"}, "DATABASES")
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["NAME"], database["USER"], database["PASSWORD"]) == ("ocop", "ocop", "s3cret")
    assert (database["HOST"], str(database["PORT"])) == ("db.example.vn", "5433")


def test_a_broker_turns_eager_tasks_off() -> None:
    values = settings_with(
        {"CELERY_BROKER_URL": "redis://127.0.0.1:6379/0"}, "CELERY_TASK_ALWAYS_EAGER", "CELERY_BROKER_URL"
    )
    assert values["CELERY_TASK_ALWAYS_EAGER"] is False
    assert values["CELERY_BROKER_URL"] == "redis://127.0.0.1:6379/0"


@pytest.mark.parametrize(
    ("keys", "enabled"),
    [
        ({"STRIPE_SECRET_KEY": "sk_test_1", "STRIPE_PUBLISHABLE_KEY": "pk_test_1"}, True),
        ({"STRIPE_SECRET_KEY": "sk_test_1"}, False),  # half-configured: cash only, no broken form
    ],
)
def test_stripe_keys_enable_card_payments(keys: dict[str, str], enabled: bool) -> None:
    assert settings_with(keys, "CARD_PAYMENTS_ENABLED")["CARD_PAYMENTS_ENABLED"] is enabled


def test_production_hardens_the_defaults() -> None:
    values = settings_with(
        {"DJANGO_ENV": "production", "SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "shop.example.vn"},
        "DEBUG",
        "ALLOWED_HOSTS",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_SSL_REDIRECT",
    )
    assert values["DEBUG"] is False
    assert values["ALLOWED_HOSTS"] == ["shop.example.vn"]
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"] and values["SECURE_SSL_REDIRECT"]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_prices_show_as_whole_dong(language: str) -> None:
    template = Template("{% load currency_filters %}{{ price|currency }}")
    with translation.override(language):
        shown = template.render(Context({"price": Decimal("150000.00")}))
    assert shown == "150.000\xa0₫"


def env_vars_read_by_settings() -> set[str]:
    source = SETTINGS_FILE.read_text()
    return set(re.findall(r"""env(?:\.\w+)?\(\s*["']([A-Z][A-Z0-9_]+)["']""", source))


def test_readme_documents_every_environment_variable() -> None:
    readme = (ROOT / "README.md").read_text()
    names = env_vars_read_by_settings()
    assert {"DATABASE_URL", "SECRET_KEY", "CELERY_BROKER_URL"} <= names  # the pattern still matches
    missing = sorted(name for name in names if f"`{name}`" not in readme)
    assert not missing, f"README.md's environment table lacks {missing}"
