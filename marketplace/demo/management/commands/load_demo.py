"""``manage.py load_demo``: the demo marketplace of the five provinces, safe to run again."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from catalogue.demo.register import SCENARIO
from catalogue.models import Certificate, Producer, Product
from marketplace.demo.loader import DemoError, Report, load_demo


class Command(BaseCommand):
    help = _(
        "Load demo data: areas, the demo OCOP register (through the registry sync), prices, stock, "
        "pictures, sales points, fairs, news and one account per role. Running it again changes nothing."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--register", help=_("Where to write the demo register (JSON)."))

    def handle(self, *args, **options) -> None:
        started = time.monotonic()
        quiet = options["verbosity"] < 2
        try:
            with _quiet_page_logs() if quiet else contextlib.nullcontext():
                report = load_demo(register_path=options.get("register"))
        except DemoError as exc:
            raise CommandError(str(exc)) from exc
        self._print(report, time.monotonic() - started)

    def _print(self, report: Report, seconds: float) -> None:
        out = self.stdout
        sync = report.sync
        out.write(
            _(
                "Registry sync #%(pk)s (%(status)s): %(new)s new, %(changed)s changed, "
                "%(same)s unchanged, %(bad)s rejected."
            )
            % {
                "pk": sync.pk,
                "status": sync.status,
                "new": sync.created_count,
                "changed": sync.changed_count,
                "same": sync.unchanged_count,
                "bad": sync.rejected_count,
            }
        )
        created = ", ".join(f"{n} {label}" for label, n in sorted(report.created.items()) if n)
        out.write(_("Created: %(what)s.") % {"what": created or _("nothing (already loaded)")})
        for what in report.skipped:
            out.write(self.style.WARNING(_("Skipped: %(what)s.") % {"what": what}))

        listed = Product.objects.filter(registry_code__isnull=False).certified_today().count()
        out.write(
            _(
                "Catalogue: %(products)s products (%(listed)s certified today), %(producers)s producers, "
                "%(certs)s certificates, %(expiring)s expiring within 30 days."
            )
            % {
                "products": Product.objects.filter(registry_code__isnull=False).count(),
                "listed": listed,
                "producers": Producer.objects.count(),
                "certs": Certificate.objects.count(),
                "expiring": Certificate.objects.expiring_within(30).count(),
            }
        )
        out.write(
            _("Not certified today on purpose: %(n)s (expired, revoked, suspended).")
            % {"n": len(SCENARIO.not_certified)}
        )

        rows = [(str(a.role), a.email, a.password, a.sign_in) for a in report.accounts]
        headers = (_("Role"), _("E-mail"), _("Password"), _("Sign in at"))
        widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(4)]
        line = "  ".join("-" * w for w in widths)
        out.write("")
        out.write(self.style.MIGRATE_HEADING(_("Demo accounts")))
        out.write("  ".join(str(h).ljust(w) for h, w in zip(headers, widths, strict=True)))
        out.write(line)
        for row in rows:
            out.write("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
        out.write(line)
        out.write(_("Shoppers sign in at /shop/accounts/login/. Done in %(s).1f s.") % {"s": seconds})


@contextlib.contextmanager
def _quiet_page_logs() -> Iterator[None]:
    """Wagtail logs every page saved, tasks every run, Oscar every stock alert: hide them behind -v 2."""
    loggers = [logging.getLogger(name) for name in ("wagtail", "django_tasks", "oscar")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
