"""What a deployment relies on: migrations match the models, production settings pass
Django's deployment checks, the image's static build step works, and the compose file is valid."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.conftest import ROOT, require

PRODUCTION_ENV = {
    "DJANGO_ENV": "production",
    "SECRET_KEY": secrets.token_urlsafe(60),
    "ALLOWED_HOSTS": "shop.example.vn",
    "DJANGO_SETTINGS_MODULE": "marketplace.settings",
}


def run_manage(*args: str, env: dict[str, str], timeout: int = 300) -> subprocess.CompletedProcess[str]:
    """``manage.py`` in a fresh interpreter, so that the settings are read from ``env`` alone."""
    base = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG", "TMPDIR"}}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.mark.django_db
def test_every_model_change_has_its_migration() -> None:
    try:
        call_command("makemigrations", "--check", "--dry-run", verbosity=1)
    except SystemExit as exit_:
        pytest.fail(f"models changed without a migration (makemigrations --check exit {exit_.code})")


CARD_ENV = {"STRIPE_SECRET_KEY": "sk_live_x", "STRIPE_PUBLISHABLE_KEY": "pk_live_x"}


@pytest.mark.parametrize(
    "extra",
    [{}, CARD_ENV, {"CSP_REPORT_ONLY": "true"}],
    ids=["defaults", "card-payments", "csp-report-only"],
)
def test_production_settings_pass_the_deployment_checks(tmp_path: Path, extra: dict[str, str]) -> None:
    env = {**PRODUCTION_ENV, **extra, "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}"}
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    output = result.stdout + result.stderr
    assert "WARNINGS" not in output, output
    assert result.returncode == 0, output


def production_policy(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The Content-Security-Policy header production serves on the home page, with ``extra`` env."""
    env = {**PRODUCTION_ENV, **extra, "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}"}
    script = (
        "from django.test import RequestFactory;"
        "from csp.middleware import CSPMiddleware;"
        "from django.http import HttpResponse;"
        "r = RequestFactory().get('/');"
        "m = CSPMiddleware(lambda req: HttpResponse());"
        "resp = m(r);"
        "print(resp.get('Content-Security-Policy', '-'));"
        "print(resp.get('Content-Security-Policy-Report-Only', '-'))"
    )
    result = run_manage("shell", "-c", script, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    enforced, report_only = result.stdout.strip().splitlines()[-2:]
    return {"enforced": enforced, "report_only": report_only}


def test_production_serves_the_csp_with_stripe_only_when_cards_are_configured(tmp_path: Path) -> None:
    plain = production_policy(tmp_path)
    assert "object-src 'none'" in plain["enforced"] and "frame-ancestors 'self'" in plain["enforced"]
    assert "stripe" not in plain["enforced"]
    assert "img-src 'self' data: https://tile.openstreetmap.org" in plain["enforced"]
    cards = production_policy(tmp_path, **CARD_ENV)
    assert "script-src 'self' https://js.stripe.com" in cards["enforced"]
    trial = production_policy(tmp_path, CSP_REPORT_ONLY="true")
    assert trial["enforced"] == "-" and "object-src 'none'" in trial["report_only"]


def test_production_refuses_to_start_without_a_secret_key(tmp_path: Path) -> None:
    env = {**PRODUCTION_ENV, "SECRET_KEY": "", "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}"}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_image_build_step_collects_static_files(tmp_path: Path) -> None:
    """The Dockerfile's ``collectstatic`` under production storage (hashed, compressed names)."""
    static_root = tmp_path / "static"
    env = {
        **PRODUCTION_ENV,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}",
        "STATIC_ROOT": str(static_root),
    }
    result = run_manage("collectstatic", "--noinput", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    manifest = static_root / "staticfiles.json"
    assert manifest.exists()
    # Oscar's, Wagtail's and our theme's files all made it, with their compressed twins.
    assert list(static_root.glob("oscar/css/styles.*.css"))
    assert (static_root / "wagtailadmin").is_dir()
    assert list(static_root.glob("**/*.css.gz"))


def test_dockerfile_builds_the_app_the_way_compose_runs_it() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert dockerfile.startswith("# syntax=") or "FROM python:3.11-slim" in dockerfile
    assert "requirements.txt" in dockerfile
    assert "collectstatic" in dockerfile
    assert "gunicorn" in dockerfile and "marketplace.wsgi" in dockerfile
    assert "\nUSER " in dockerfile  # not root


def compose_config() -> dict:
    """``docker-compose config`` (validates offline, no engine needed), as a dict."""
    tool = shutil.which("docker-compose")
    require(tool is not None, "docker-compose not installed (apt-get install docker-compose)")
    result = subprocess.run(
        [tool, "-f", str(ROOT / "docker-compose.yml"), "config"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # PyYAML is no project dependency, but docker-compose's own interpreter has it.
    interpreter = Path(tool).read_text().splitlines()[0].removeprefix("#!").split()
    as_json = subprocess.run(
        [*interpreter, "-c", "import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)"],
        input=result.stdout,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(as_json.stdout)


def test_compose_file_is_valid_and_runs_the_full_stack() -> None:
    config = compose_config()
    services = config["services"]
    assert {"postgres", "redis", "elasticsearch", "migrate", "web", "worker", "beat"} <= set(services)
    web = services["web"]
    assert web["environment"]["DJANGO_ENV"] == "production"
    assert web["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert web["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "celery -A marketplace worker" in " ".join(services["worker"]["command"])
    assert "celery -A marketplace beat" in " ".join(services["beat"]["command"])
    for name in ("postgres", "redis", "elasticsearch", "web"):
        assert "healthcheck" in services[name], name
