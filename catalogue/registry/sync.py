"""The registry sync: stream pages of records into the mirror, in bulk, all or nothing.

How a run works:

- One ``RegistrySync`` row is written first (outside any transaction), so even a crash
  leaves a trace; the outcome is written on it at the end.
- The whole apply runs in one transaction, page by page: a network error, an HTTP error,
  invalid JSON or a cut-off page anywhere rolls everything back. Only one page of records is
  in memory; the per-run bookkeeping (products touched and their state before the run,
  certificates seen by a full snapshot) lives in scratch tables, so memory stays flat in the
  register's size.
- Each page: records are validated (bad ones rejected with a reason, the others go on), the
  same certificate twice keeps the later ``updated_at``, then producers, products and
  certificates are upserted with ``bulk_create`` (``update_conflicts``) after comparing with
  what is stored: unchanged rows are not written.
- A full snapshot (HTTP without ``updated_since``, a JSON dump, a spreadsheet not imported
  as partial) also says what is NOT in the register any more: its certificates missing from
  the snapshot get ``withdrawn_on`` (for a spreadsheet: only those of the provinces present in
  it). If that would delist more than ``OCOP_SYNC_MAX_DELIST_SHARE`` of the listed products,
  the run is rolled back and HELD with its records and a preview of its changes, until staff
  confirm (``confirm_held_sync``) or discard it.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import logging
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.checks import use_productcategory_materialised_view
from oscar.core.loading import get_model

from catalogue.certification import vietnam_today
from catalogue.models import (
    Certificate,
    Producer,
    Product,
    ProductCategory,
    ProductClass,
    RegistrySync,
    StarChange,
    SyncProductState,
    SyncSeenCertificate,
)
from catalogue.registry import client, spreadsheet
from catalogue.registry.client import Page, RegistryError
from catalogue.registry.listing import CategoryCache, ocop_product_class
from catalogue.registry.records import (
    CertificateRecord,
    ProducerRecord,
    RecordError,
    parse_record,
    parse_timestamp,
    record_label,
)
from marketplace.areas.models import Area, ascii_slug, clean_name

logger = logging.getLogger(__name__)
Partner = get_model("partner", "Partner")

Progress = Callable[[int], object]

# Lists in RegistrySync.changes/errors are capped; the totals are always complete.
LIST_LIMIT = 1000
CHUNK = 1000

CERTIFICATE_FIELDS = [
    "product_id",
    "producer_id",
    "product_code",
    "product_name",
    "stars",
    "group",
    "subgroup",
    "level",
    "decision_no",
    "issued_on",
    "expires_on",
    "status",
    "status_changed_on",
    "withdrawn_on",
]
UPSERT_FIELDS = [
    *(f.removesuffix("_id") for f in CERTIFICATE_FIELDS),
    "registry_updated_at",
    "raw",
    "last_seen_at",
]


class SyncHeld(Exception):
    """Raised inside the transaction to roll a suspicious full snapshot back."""


# --- Public API -------------------------------------------------------------


def sync_from_url(
    url: str | None = None,
    *,
    token: str | None = None,
    full: bool = False,
    progress: Progress | None = None,
) -> RegistrySync:
    """Pull the registry's JSON feed; incremental from the last successful sync unless ``full``."""
    url = url or settings.OCOP_REGISTRY_URL
    token = settings.OCOP_REGISTRY_TOKEN if token is None else token
    since = None if full else last_watermark(url)
    sync = RegistrySync.objects.create(
        source_kind=RegistrySync.Source.HTTP, source=url[:500], full=since is None
    )
    pages = client.iter_pages(url, token=token or "", updated_since=since)
    return _run(sync, pages, progress=progress)


def sync_from_file(
    path: str | Path,
    *,
    partial: bool = False,
    source_kind: str = RegistrySync.Source.FILE,
    progress: Progress | None = None,
) -> RegistrySync:
    """Import a JSON dump of the feed, a CSV or an XLSX; a full snapshot unless ``partial``."""
    path = Path(path)
    sync = RegistrySync.objects.create(
        source_kind=source_kind,
        source=str(path)[:500],
        full=not partial,
        province_scoped=spreadsheet.is_spreadsheet(path),
    )
    return _run(sync, _file_pages(path), progress=progress)


def queue_upload(
    upload: Any, *, name: str, partial: bool = False, rows_total: int | None = None, user: Any = None
) -> RegistrySync:
    """Record an uploaded spreadsheet as a queued sync, its file stored with it (``run_queued_sync``)."""
    source = _("%(name)s (uploaded by %(user)s)") % {
        "name": name,
        "user": user.get_username() if getattr(user, "pk", None) else "?",
    }
    sync = RegistrySync(
        source_kind=RegistrySync.Source.FILE,
        source=source[:500],
        full=not partial,
        province_scoped=True,
        status=RegistrySync.Status.QUEUED,
        rows_total=rows_total,
    )
    sync.upload.save(name, upload, save=False)
    sync.save()
    return sync


def run_queued_sync(sync: RegistrySync, *, progress: Progress | None = None) -> RegistrySync:
    """Import a queued upload; the guard is checked again here, in the worker, before parsing."""
    if sync.status != RegistrySync.Status.QUEUED:
        raise ValueError(_("Only a queued sync can be run."))
    sync.status = RegistrySync.Status.RUNNING
    sync.save(update_fields=["status"])
    try:
        path = Path(sync.upload.path)
    except (ValueError, NotImplementedError):  # no file, or a storage without local paths
        _fail(sync, _("The uploaded file is missing."), keep_held=False)
        return sync
    return _run(sync, _file_pages(path), progress=progress)


def confirm_held_sync(sync: RegistrySync, user: Any, *, progress: Progress | None = None) -> RegistrySync:
    """Apply a held snapshot as it was received (against the mirror as it is now)."""
    if sync.status != RegistrySync.Status.HELD:
        raise ValueError(_("Only a held sync can be confirmed."))
    records = sync.pending_records
    pages = (Page(results=records[i : i + CHUNK]) for i in range(0, len(records), CHUNK))
    return _run(sync, pages, progress=progress, guard=False, user=user)


def discard_held_sync(sync: RegistrySync, user: Any = None) -> RegistrySync:
    if sync.status != RegistrySync.Status.HELD:
        raise ValueError(_("Only a held sync can be discarded."))
    sync.status = RegistrySync.Status.DISCARDED
    sync.pending_records = []
    sync.confirmed_by = user if getattr(user, "pk", None) else None
    sync.finished_at = timezone.now()
    sync.save(update_fields=["status", "pending_records", "confirmed_by", "finished_at"])
    return sync


def last_watermark(url: str) -> datetime.datetime | None:
    """The registry time of the last successful sync of ``url``: the next ``updated_since``."""
    done = RegistrySync.objects.filter(
        source_kind=RegistrySync.Source.HTTP,
        source=url[:500],
        status__in=[RegistrySync.Status.SUCCEEDED, RegistrySync.Status.CONFIRMED],
        watermark__isnull=False,
    )
    return done.order_by("-watermark").values_list("watermark", flat=True).first()


# --- The run ----------------------------------------------------------------


def _file_pages(path: Path) -> Iterator[Page]:
    if not path.exists():
        raise RegistryError(_("File not found: %(path)s") % {"path": path})
    yield from spreadsheet.iter_file(path)


def _run(
    sync: RegistrySync,
    pages: Iterable[Page],
    *,
    progress: Progress | None,
    guard: bool = True,
    user: Any = None,
) -> RegistrySync:
    with contextlib.ExitStack() as stack:
        # A full snapshot keeps a copy of its pages on disk, in case it has to be held.
        spool = (
            stack.enter_context(tempfile.TemporaryFile("w+", encoding="utf-8"))
            if sync.full and guard
            else None
        )
        return _apply(sync, pages, progress=progress, guard=guard, user=user, spool=spool)


def _apply(
    sync: RegistrySync,
    pages: Iterable[Page],
    *,
    progress: Progress | None,
    guard: bool,
    user: Any,
    spool: Any,
) -> RegistrySync:
    confirming = sync.status == RegistrySync.Status.HELD
    watermark = sync.watermark
    applier = None
    try:
        with transaction.atomic():
            applier = Applier(sync)
            for page in pages:
                if watermark is None and page.generated_at:
                    watermark = _parse_watermark(page.generated_at)
                if spool is not None:
                    spool.write(json.dumps(page.results, ensure_ascii=False, default=str) + "\n")
                applier.apply_page(page.results)
                if progress is not None:
                    progress(len(page.results))
            applier.finish(watermark)
            if guard and applier.should_hold():
                raise SyncHeld
            applier.write_outcome(sync)
            sync.watermark = watermark
            sync.status = RegistrySync.Status.CONFIRMED if confirming else RegistrySync.Status.SUCCEEDED
            sync.finished_at = timezone.now()
            if confirming:
                sync.pending_records = []
                sync.confirmed_by = user if getattr(user, "pk", None) else None
            sync.save()
    except SyncHeld:
        # Rolled back; the preview and the records are kept for staff to decide.
        applier.write_outcome(sync)
        sync.watermark = watermark
        sync.status = RegistrySync.Status.HELD
        sync.finished_at = timezone.now()
        sync.pending_records = _read_spool(spool)
        sync.save()
    except RegistryError as exc:
        _fail(sync, str(exc), keep_held=confirming)
    except Exception as exc:
        _fail(sync, _("Unexpected error: %(error)s") % {"error": exc}, keep_held=confirming)
        logger.exception("Registry sync %s failed", sync.pk)
        raise
    return sync


def _fail(sync: RegistrySync, reason: str, *, keep_held: bool) -> None:
    """Record a failure outside the rolled-back transaction: nothing else was changed."""
    logger.warning("Registry sync %s failed: %s", sync.pk, reason)
    sync.refresh_from_db()
    if not keep_held:
        sync.status = RegistrySync.Status.FAILED
        sync.finished_at = timezone.now()
        sync.watermark = None
    sync.errors = [{"record": None, "reason": reason}, *sync.errors][:LIST_LIMIT]
    sync.save()


def _read_spool(spool: Any) -> list:
    records: list = []
    if spool is not None:
        spool.seek(0)
        for line in spool:
            records.extend(json.loads(line))
    return records


def _parse_watermark(value: str) -> datetime.datetime | None:
    try:
        return parse_timestamp(value)
    except RecordError:
        return None


# --- Applying pages ---------------------------------------------------------


def _newer(record: CertificateRecord, than: datetime.datetime | None) -> bool:
    """Does ``record`` supersede something last updated at ``than``? Unknown times: yes."""
    return record.updated_at is None or than is None or record.updated_at >= than


class Applier:
    """Applies the pages of one run and keeps its counters (not its records)."""

    def __init__(self, sync: RegistrySync) -> None:
        self.sync = sync
        self.full = sync.full
        self.today = vietnam_today()
        self.now = timezone.now()
        self.created = self.changed = self.unchanged = self.rejected = 0
        self.errors: list[dict] = []
        self.index = 0
        self.provinces: set[str] = set()
        self.categories = CategoryCache()
        self.areas: dict[tuple[str, str, str], int | None] = {}
        # Serialise concurrent syncs on PostgreSQL (SQLite serialises writers anyway).
        self.product_class = ocop_product_class()
        ProductClass.objects.select_for_update().filter(pk=self.product_class.pk).exists()
        self.listed_before_total = Product.objects.certified_on(self.today).count()
        self.changes: dict[str, list] = {}
        self.totals: dict[str, int] = {}

    # Records -----------------------------------------------------------------

    def reject(self, label: str, reason: str) -> None:
        self.rejected += 1
        if len(self.errors) < LIST_LIMIT:
            self.errors.append({"record": label, "reason": reason})

    def apply_page(self, results: list) -> None:
        latest: dict[str, CertificateRecord] = {}
        seen: set[str] = set()
        for data in results:
            self.index += 1
            label = record_label(data, self.index)
            if not label.startswith("#"):
                seen.add(label)  # a bad record of a known certificate does not withdraw it
            try:
                record = parse_record(data)
            except RecordError as exc:
                self.reject(label, str(exc))
                continue
            previous = latest.get(record.certificate_no)
            self.unchanged += previous is not None  # one of the two is superseded
            if previous is None or _newer(record, previous.updated_at):
                latest[record.certificate_no] = record
        if self.full:
            SyncSeenCertificate.objects.bulk_create(
                [SyncSeenCertificate(sync=self.sync, certificate_no=no) for no in seen],
                ignore_conflicts=True,
            )
        records = list(latest.values())
        if not records:
            return
        if self.sync.province_scoped:
            self.provinces.update(r.producer.province for r in records)
        producers = self._upsert_producers(records)
        products = self._upsert_products(records, producers)
        self._upsert_certificates(records, producers, products)

    # Producers ---------------------------------------------------------------

    def _area_id(self, producer: ProducerRecord) -> int | None:
        key = (producer.province, producer.district, producer.commune)
        if key not in self.areas:
            if len(self.areas) > 20000:  # bounded: there are about 10,000 communes
                self.areas.clear()
            area = Area.resolve(*key)
            self.areas[key] = area.pk if area else None
        return self.areas[key]

    @staticmethod
    def _same_address(stored: Producer, producer: ProducerRecord) -> bool:
        wanted = [ascii_slug(n) for n in (producer.province, producer.district, producer.commune)]
        while wanted and not wanted[-1]:
            wanted.pop()
        chain = []
        area = stored.area
        while area is not None:
            chain.append(area.slug)
            area = area.parent
        return list(reversed(chain)) == wanted

    def _upsert_producers(self, records: list[CertificateRecord]) -> dict[str, int]:
        wanted: dict[str, tuple[ProducerRecord, datetime.datetime | None]] = {}
        for record in records:
            known = wanted.get(record.producer.registration_no)
            if known is None or _newer(record, known[1]):
                wanted[record.producer.registration_no] = (record.producer, record.updated_at)
        stored = {
            p.registration_no: p
            for p in Producer.objects.filter(registration_no__in=wanted).select_related(
                "area__parent__parent", "partner"
            )
        }
        changed, partners_changed = [], []
        for number, (producer, _updated) in wanted.items():
            row = stored.get(number)
            if row is None:
                continue
            same_address = self._same_address(row, producer)
            if row.name != producer.name or row.legal_form != producer.legal_form or not same_address:
                row.name, row.legal_form = producer.name, producer.legal_form
                if not same_address:
                    row.area_id = self._area_id(producer)
                changed.append(row)
                if row.partner is not None and row.partner.name != producer.name[:128]:
                    row.partner.name = producer.name[:128]
                    partners_changed.append(row.partner)
        if changed:
            Producer.objects.bulk_update(changed, ["name", "legal_form", "area"])
        if partners_changed:
            Partner.objects.bulk_update(partners_changed, ["name"])

        new = [producer for number, (producer, _u) in wanted.items() if number not in stored]
        if new:
            partners = self._partners(new)
            slugs = self._producer_slugs(new)
            created = Producer.objects.bulk_create(
                [
                    Producer(
                        registration_no=p.registration_no,
                        name=p.name,
                        legal_form=p.legal_form,
                        area_id=self._area_id(p),
                        partner_id=partner.pk,
                        slug=slug,
                    )
                    for p, partner, slug in zip(new, partners, slugs, strict=True)
                ]
            )
            stored.update({p.registration_no: p for p in created})
        return {number: row.pk for number, row in stored.items()}

    @staticmethod
    def _partners(new: list[ProducerRecord]) -> list[Any]:
        """Each new producer's stock holder; a partner already coded with its number is reused."""
        codes = [p.registration_no[:128] for p in new]
        free = {
            partner.code: partner for partner in Partner.objects.filter(code__in=codes, producer__isnull=True)
        }
        missing = [
            Partner(name=p.name[:128], code=code)
            for p, code in zip(new, codes, strict=True)
            if code not in free
        ]
        free.update({partner.code: partner for partner in Partner.objects.bulk_create(missing)})
        return [free[code] for code in codes]

    @staticmethod
    def _producer_slugs(new: list[ProducerRecord]) -> list[str]:
        """The name's slug; the registration number appended when the name is taken."""
        bases = [(ascii_slug(p.name)[:200] or "chu-the") for p in new]
        taken = set(Producer.objects.filter(slug__in=bases).values_list("slug", flat=True))
        slugs = []
        for producer, base in zip(new, bases, strict=True):
            slug = base
            if slug in taken:
                slug = f"{base}-{ascii_slug(producer.registration_no) or 'x'}"[:255]
            taken.add(slug)
            slugs.append(slug)
        return slugs

    # Products ----------------------------------------------------------------

    def _upsert_products(self, records: list[CertificateRecord], producers: dict[str, int]) -> dict[str, int]:
        wanted: dict[str, CertificateRecord] = {}
        for record in records:
            known = wanted.get(record.product_code)
            if known is None or record.issued_on > known.issued_on:
                wanted[record.product_code] = record  # the newest certificate names the listing
        stored: dict[str, int] = {}
        owner_changed = []
        for pk, code, producer_id in Product.objects.filter(registry_code__in=wanted).values_list(
            "pk", "registry_code", "producer_id"
        ):
            stored[code] = pk
            owner = producers[wanted[code].producer.registration_no]
            if producer_id != owner:  # the registry moved the product to another producer
                owner_changed.append(Product(pk=pk, producer_id=owner))
        if owner_changed:
            Product.objects.bulk_update(owner_changed, ["producer"])

        new = [record for code, record in wanted.items() if code not in stored]
        if new:
            created = Product.objects.bulk_create(
                [
                    Product(
                        title=r.product_name,
                        slug=(ascii_slug(r.product_name)[:255] or "san-pham-ocop"),
                        registry_code=r.product_code,
                        producer_id=producers[r.producer.registration_no],
                        product_class=self.product_class,
                        structure=Product.STANDALONE,
                        is_public=True,
                    )
                    for r in new
                ]
            )
            ProductCategory.objects.bulk_create(
                [
                    ProductCategory(
                        product_id=p.pk, category_id=self.categories.category_id(r.group, r.subgroup)
                    )
                    for p, r in zip(created, new, strict=True)
                ]
            )
            self._remember_products([p.pk for p in created], new=True)
            stored.update({p.registry_code: p.pk for p in created})
        return stored

    def _remember_products(self, product_ids: Iterable[int], *, new: bool = False) -> None:
        """Note each touched product's state before this run, the first time it is touched."""
        ids = set(product_ids)
        if not ids:
            return
        ids -= set(
            SyncProductState.objects.filter(sync=self.sync, product_id__in=ids).values_list(
                "product_id", flat=True
            )
        )
        if new:
            rows = [
                SyncProductState(sync=self.sync, product_id=pk, is_new=True, listed_before=False)
                for pk in ids
            ]
        else:
            latest = _latest_certificate(OuterRef("pk"))
            rows = [
                SyncProductState(sync=self.sync, product_id=pk, listed_before=listed, stars_before=stars)
                for pk, listed, stars in Product.objects.filter(pk__in=ids)
                .annotate(
                    listed=Exists(Certificate.objects.valid_on(self.today).filter(product=OuterRef("pk"))),
                    stars=Subquery(latest.values("stars")[:1]),
                )
                .values_list("pk", "listed", "stars")
            ]
        SyncProductState.objects.bulk_create(rows)

    # Certificates ------------------------------------------------------------

    def _upsert_certificates(
        self, records: list[CertificateRecord], producers: dict[str, int], products: dict[str, int]
    ) -> None:
        stored = {
            c.certificate_no: c
            for c in Certificate.objects.filter(certificate_no__in=[r.certificate_no for r in records]).only(
                "certificate_no", "registry_updated_at", *CERTIFICATE_FIELDS
            )
        }
        self._remember_products(
            {products[r.product_code] for r in records} | {c.product_id for c in stored.values()}
        )
        upserts = []
        for record in records:
            values = {
                "product_id": products[record.product_code],
                "producer_id": producers[record.producer.registration_no],
                "product_code": record.product_code,
                "product_name": record.product_name,
                "stars": record.stars,
                "group": record.group,
                "subgroup": record.subgroup,
                "level": record.level,
                "decision_no": record.decision_no,
                "issued_on": record.issued_on,
                "expires_on": record.expires_on,
                "status": record.status,
                "status_changed_on": record.status_changed_on,
                "withdrawn_on": None,
            }
            row = stored.get(record.certificate_no)
            if row is not None:
                stale = not _newer(record, row.registry_updated_at)
                if stale or all(getattr(row, f) == values[f] for f in CERTIFICATE_FIELDS):
                    self.unchanged += 1
                    continue
                self.changed += 1
            else:
                self.created += 1
            upserts.append(
                Certificate(
                    certificate_no=record.certificate_no,
                    registry_updated_at=record.updated_at,
                    raw=record.raw,
                    **values,
                )
            )
        if upserts:
            Certificate.objects.bulk_create(
                upserts,
                update_conflicts=True,
                unique_fields=["certificate_no"],
                update_fields=UPSERT_FIELDS,
            )

    # End of the run ----------------------------------------------------------

    def _in_scope(self) -> Q | None:
        """Which stored certificates this snapshot speaks for (None: none at all)."""
        if not self.sync.province_scoped:
            return Q()
        slugs = {ascii_slug(clean_name(p)) for p in self.provinces}
        ids = list(Area.objects.filter(parent=None, slug__in=slugs).values_list("pk", flat=True))
        if not ids:
            return None
        return (
            Q(producer__area__in=ids)
            | Q(producer__area__parent__in=ids)
            | Q(producer__area__parent__parent__in=ids)
        )

    def _withdraw_missing(self, watermark: datetime.datetime | None) -> None:
        scope = self._in_scope()
        if scope is None:
            return
        missing = (
            Certificate.objects.filter(scope, withdrawn_on__isnull=True)
            .exclude(
                certificate_no__in=SyncSeenCertificate.objects.filter(sync=self.sync).values("certificate_no")
            )
            .order_by()
        )
        if watermark is not None:  # changed in the registry after the snapshot was taken: keep
            missing = missing.filter(
                Q(registry_updated_at__isnull=True) | Q(registry_updated_at__lte=watermark)
            )
        withdrawn, product_ids = [], set()
        count = 0
        for number, product_id in missing.values_list("certificate_no", "product_id").iterator(
            chunk_size=CHUNK
        ):
            count += 1
            product_ids.add(product_id)
            if len(withdrawn) < LIST_LIMIT:
                withdrawn.append(number)
            if len(product_ids) >= CHUNK:
                self._remember_products(product_ids)
                product_ids = set()
        self._remember_products(product_ids)
        if count:
            Certificate.objects.filter(pk__in=missing.values("pk")).update(withdrawn_on=self.today)
        self.changes["withdrawn"] = withdrawn
        self.totals["withdrawn"] = count

    def finish(self, watermark: datetime.datetime | None) -> None:
        """Withdraw what a full snapshot lacks, then compare each touched product before/after."""
        if self.full:
            self._withdraw_missing(watermark)
        for key in ("listed", "delisted", "relisted", "stars_up", "stars_down"):
            self.changes[key] = []
            self.totals[key] = 0
        latest = _latest_certificate(OuterRef("product_id"))
        states = (
            SyncProductState.objects.filter(sync=self.sync)
            .annotate(
                listed_after=Exists(
                    Certificate.objects.valid_on(self.today).filter(product=OuterRef("product_id"))
                ),
                stars_after=Subquery(latest.values("stars")[:1]),
                certificate_after=Subquery(latest.values("pk")[:1]),
            )
            .values_list(
                "product_id",
                "product__registry_code",
                "product__title",
                "is_new",
                "listed_before",
                "listed_after",
                "stars_before",
                "stars_after",
                "certificate_after",
            )
            .order_by("product__registry_code")
        )
        star_changes: list[StarChange] = []
        for pk, code, title, is_new, before, after, old, new, certificate in states.iterator(
            chunk_size=CHUNK
        ):
            entry = {"code": code, "name": title}
            if is_new and after:
                self._note("listed", entry)
            elif before and not after:
                self._note("delisted", entry)
            elif after and not before:
                self._note("relisted", entry)
            if new is not None and new != old:
                star_changes.append(
                    StarChange(
                        product_id=pk,
                        certificate_id=certificate,
                        old_stars=old,
                        new_stars=new,
                        sync=self.sync,
                    )
                )
                if old is not None:
                    self._note("stars_up" if new > old else "stars_down", {**entry, "from": old, "to": new})
            if len(star_changes) >= CHUNK:
                StarChange.objects.bulk_create(star_changes)
                star_changes = []
        StarChange.objects.bulk_create(star_changes)
        if self.totals["listed"] and use_productcategory_materialised_view():
            # bulk_create sends no signal: refresh Oscar's category view once, as its receiver would.
            with connection.cursor() as cursor:
                cursor.execute("REFRESH MATERIALIZED VIEW catalogue_product_category_hierarchy;")
        SyncProductState.objects.filter(sync=self.sync).delete()
        SyncSeenCertificate.objects.filter(sync=self.sync).delete()

    def _note(self, key: str, entry: dict) -> None:
        self.totals[key] += 1
        if len(self.changes[key]) < LIST_LIMIT:
            self.changes[key].append(entry)

    def should_hold(self) -> bool:
        if not self.full or not self.listed_before_total:
            return False
        share = getattr(settings, "OCOP_SYNC_MAX_DELIST_SHARE", 0.20)
        return self.totals["delisted"] / self.listed_before_total > share

    def write_outcome(self, sync: RegistrySync) -> None:
        sync.created_count = self.created
        sync.changed_count = self.changed
        sync.unchanged_count = self.unchanged
        sync.rejected_count = self.rejected
        sync.errors = self.errors
        sync.changes = {
            **self.changes,
            "totals": self.totals,
            "listed_before": self.listed_before_total,
            **({"provinces": sorted(self.provinces)} if sync.province_scoped else {}),
        }


def _latest_certificate(product: Any) -> Any:
    """The product's most recently issued certificate still in the register: its stars are its rating."""
    return Certificate.objects.filter(product=product, withdrawn_on__isnull=True).order_by(
        "-issued_on", "-pk"
    )
