"""Pull the OCOP registry now: ``sync_registry --url URL`` or ``--file PATH``."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from tqdm import tqdm

from catalogue.models import RegistrySync
from catalogue.registry.sync import sync_from_file, sync_from_url


class Command(BaseCommand):
    help = "Synchronise certificates from the OCOP registry (JSON feed, JSON dump, CSV or XLSX)."

    def add_arguments(self, parser: CommandParser) -> None:
        source = parser.add_mutually_exclusive_group()
        source.add_argument("--url", help="Registry base URL (default: OCOP_REGISTRY_URL).")
        source.add_argument("--file", help="A .json dump of the feed, a .csv or an .xlsx spreadsheet.")
        parser.add_argument("--token", help="Bearer token (default: OCOP_REGISTRY_TOKEN).")
        parser.add_argument(
            "--full", action="store_true", help="Ask for the whole register, not changes since the last sync."
        )
        parser.add_argument(
            "--partial", action="store_true", help="The file is an update, not a full snapshot."
        )
        parser.add_argument(
            "--demo", action="store_true", help="Record the file as the bundled demo register."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        quiet = options["verbosity"] == 0
        with tqdm(unit=" records", disable=quiet, file=self.stderr._out) as bar:
            if options["file"]:
                kind = RegistrySync.Source.DEMO if options["demo"] else RegistrySync.Source.FILE
                sync = sync_from_file(
                    options["file"], partial=options["partial"], source_kind=kind, progress=bar.update
                )
            else:
                url = options["url"] or settings.OCOP_REGISTRY_URL
                if not url:
                    raise CommandError(_("No registry: give --url or --file, or set OCOP_REGISTRY_URL."))
                sync = sync_from_url(url, token=options["token"], full=options["full"], progress=bar.update)
        if not quiet:
            self.print_summary(sync)
        if sync.status == RegistrySync.Status.FAILED:
            raise CommandError(
                _("Sync failed, nothing was changed: %(reason)s") % {"reason": sync.errors[0]["reason"]}
            )
        if sync.status == RegistrySync.Status.HELD:
            raise CommandError(
                _(
                    "Sync held, nothing was changed: it would delist %(n)s of %(total)s listed products. "
                    "Staff must confirm it (sync #%(pk)s)."
                )
                % {
                    "n": sync.changes.get("totals", {}).get("delisted", 0),
                    "total": sync.changes.get("listed_before", 0),
                    "pk": sync.pk,
                }
            )

    def print_summary(self, sync: RegistrySync) -> None:
        write = self.stdout.write
        write(
            _(
                "Sync #%(pk)s %(status)s: %(new)s new, %(changed)s changed, "
                "%(unchanged)s unchanged, %(rejected)s rejected"
            )
            % {
                "pk": sync.pk,
                "status": sync.get_status_display(),
                "new": sync.created_count,
                "changed": sync.changed_count,
                "unchanged": sync.unchanged_count,
                "rejected": sync.rejected_count,
            }
        )
        totals = sync.changes.get("totals", {})
        labels = {
            "listed": _("Listed"),
            "delisted": _("Delisted"),
            "relisted": _("Relisted"),
            "stars_up": _("Stars up"),
            "stars_down": _("Stars down"),
            "withdrawn": _("Withdrawn from the register"),
        }
        for key, label in labels.items():
            entries = sync.changes.get(key, [])
            if not totals.get(key):
                continue
            write(f"{label}: {totals[key]}")
            for entry in entries[:20]:
                if isinstance(entry, dict):
                    stars = f" ({entry['from']}★ → {entry['to']}★)" if "from" in entry else ""
                    write(f"  {entry['code']} {entry['name']}{stars}")
                else:
                    write(f"  {entry}")
            if totals[key] > 20:
                write(_("  … and %(n)s more") % {"n": totals[key] - 20})
        for error in sync.errors[:20]:
            write(self.style.WARNING(f"  ! {error['record'] or ''} {error['reason']}".rstrip()))
        if sync.rejected_count > 20:
            write(_("  … and %(n)s more rejected records") % {"n": sync.rejected_count - 20})
