"""Builds the demo marketplace, step by step; every step is idempotent.

Certificates enter only through the real registry sync (``catalogue.registry.sync``), from
the demo register written for today. What the registry does not own (prices, stock,
descriptions, stories, pictures) is filled in only where it is missing, so a second run
changes nothing and never overwrites what a producer edited.
"""

from __future__ import annotations

import datetime
import zlib
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from oscar.core.loading import get_model

from catalogue.attributes import INGREDIENTS, PACKAGING, SHELF_LIFE, WEIGHT, ensure_ocop_attributes
from catalogue.certification import vietnam_today
from catalogue.demo import images, places, register
from catalogue.demo.facts import FACTS
from catalogue.demo.specialties import PRODUCERS, PROVINCES, SPECIALTIES, Specialty, producer_of
from catalogue.models import Producer, Product, RegistrySync
from catalogue.registry.listing import ocop_product_class
from catalogue.registry.sync import sync_from_file
from cms.demo import (
    ensure_fair,
    ensure_fair_index,
    ensure_home,
    ensure_news,
    ensure_news_index,
    ensure_section,
)
from cms.models import FairPage, NewsPage, ProvinceSectionPage
from marketplace import roles
from marketplace.areas.models import Area
from outlets.demo import ensure_index, ensure_sales_point
from outlets.models import SalesPointPage

StockRecord = get_model("partner", "StockRecord")
ProductImage = get_model("catalogue", "ProductImage")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")

DEMO_PRODUCER_KEY = "htx-con-minh"  # the producer the demo producer account owns
SECOND_PRODUCER_KEY = "htx-che-tan-lap"  # the one the second producer account owns


class DemoError(RuntimeError):
    pass


@dataclass
class Report:
    """What a run created; a second run on the same day reports zeros (and an unchanged sync)."""

    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    sync: RegistrySync | None = None
    accounts: list[roles.DemoAccount] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def created_anything(self) -> bool:
        return any(self.created.values())


def _stable(text: str) -> int:
    return zlib.crc32(text.encode())


# --- Areas ------------------------------------------------------------------------------------


def ensure_areas(report: Report) -> dict[tuple[str, str], Area]:
    """The five provinces and their districts, as the plans name them."""
    before = Area.objects.count()
    districts = {}
    for province, names in PROVINCES.items():
        for name in names:
            districts[(province, name)] = Area.resolve(province, name)
    report.created["areas"] += Area.objects.count() - before
    return districts


# --- Registry ---------------------------------------------------------------------------------


def sync_register(report: Report, today: datetime.date, path: Path | None = None) -> RegistrySync:
    """Write today's demo register and run the real registry sync on it (a full snapshot)."""
    path = register.write_register(path, today)
    sync = sync_from_file(path, source_kind=RegistrySync.Source.DEMO)
    if sync.status == RegistrySync.Status.HELD:
        # Held means the snapshot would withdraw many listed certificates that are not in the
        # demo register: this database holds a real register. Never confirm that on our own.
        raise DemoError(
            f"registry sync #{sync.pk} was held: this database has listed certificates that are not "
            "in the demo register. Load the demo into an empty database."
        )
    if sync.status != RegistrySync.Status.SUCCEEDED:
        raise DemoError(f"registry sync {sync.status}: {sync.errors}")
    if sync.rejected_count:
        raise DemoError(f"the registry sync rejected demo records: {sync.errors}")
    report.sync = sync
    return sync


# --- Catalogue details (not registry fields) ------------------------------------------------


def _products_by_code() -> dict[str, Product]:
    codes = [s.code for s in SPECIALTIES]
    products = Product.objects.filter(registry_code__in=codes).select_related("producer__partner")
    found = {p.registry_code: p for p in products}
    missing = sorted(set(codes) - set(found))
    if missing:
        raise DemoError(f"the sync created no product for {missing}")
    return found


def _fill(obj, report: Report, label: str, **values: str) -> None:
    """Set text fields that are still empty (never overwrite an edit)."""
    changed = [name for name, value in values.items() if not getattr(obj, name)]
    for name in changed:
        setattr(obj, name, values[name])
    if changed:
        obj.save(update_fields=changed)
        report.updated[label] += 1


def _description(specialty: Specialty) -> str:
    # Packaging, weight, shelf life and ingredients are product attributes (see ensure_attributes).
    return f"<p>{specialty.description}</p>"


def _stock_quantity(key: str, low: int, high: int) -> int:
    return low + _stable(key) % (high - low + 1)


def ensure_stock(product: Product, partner, *, sku: str, price: int, quantity: int, report: Report) -> None:
    """A stock record of ``product`` at ``partner``; created once, then left to its owner."""
    _record, created = StockRecord.objects.get_or_create(
        product=product,
        partner=partner,
        defaults={
            "partner_sku": sku,
            "price": Decimal(price),
            "price_currency": "VND",
            "num_in_stock": quantity,
        },
    )
    if created:
        report.created["stock records"] += 1


def ensure_image(product: Product, specialty: Specialty, report: Report) -> None:
    if product.images.exists():
        return
    producer = producer_of(specialty)
    data = images.picture_bytes(
        specialty.name, f"{producer.district} · {producer.province}", specialty.group, specialty.subgroup
    )
    image = ProductImage(product=product, caption=specialty.name, display_order=0)
    image.original.save(f"{specialty.code.lower()}.jpg", ContentFile(data), save=True)
    report.created["product images"] += 1


def _attribute_values(specialty: Specialty) -> dict[str, object]:
    shelf_life, ingredients = FACTS.get(specialty.code, ("", ""))
    values: dict[str, object] = {
        PACKAGING: specialty.packaging,
        SHELF_LIFE: shelf_life,
        INGREDIENTS: ingredients,
    }
    if specialty.weight_g:
        values[WEIGHT] = specialty.weight_g / 1000  # kilograms, as Oscar's weight-based shipping reads
    return {code: value for code, value in values.items() if value}


def ensure_attributes(products: dict[str, Product], report: Report) -> None:
    """Weight, packaging, shelf life and ingredients: set once, never over a producer's edit."""
    product_class = ocop_product_class()
    ensure_ocop_attributes(product_class)
    attributes = {a.code: a for a in product_class.attributes.all()}
    have = set(
        ProductAttributeValue.objects.filter(product__in=products.values()).values_list(
            "product_id", "attribute__code"
        )
    )
    missing = []
    for specialty in SPECIALTIES:
        product = products[specialty.code]
        for code, value in _attribute_values(specialty).items():
            if (product.pk, code) in have:
                continue
            row = ProductAttributeValue(product=product, attribute=attributes[code])
            row.value = value  # Oscar's setter picks the value_<type> column
            missing.append(row)
    ProductAttributeValue.objects.bulk_create(missing)
    report.created["product attribute values"] += len(missing)


@transaction.atomic
def ensure_catalogue_details(report: Report) -> dict[str, Product]:
    products = _products_by_code()
    ensure_attributes(products, report)
    for specialty in SPECIALTIES:
        product = products[specialty.code]
        _fill(product, report, "products", description=_description(specialty), story=specialty.story)
        producer = product.producer
        _fill(producer, report, "producers", story=PRODUCERS[specialty.producer].story)
        if producer.partner is None:
            raise DemoError(f"producer {producer} has no partner")
        ensure_stock(
            product,
            producer.partner,
            sku=specialty.code,
            price=specialty.price,
            quantity=_stock_quantity(specialty.code, 20, 200),
            report=report,
        )
        ensure_image(product, specialty, report)
    return products


# --- Accounts -------------------------------------------------------------------------------


def ensure_accounts(report: Report) -> list[roles.DemoAccount]:
    producer, second = (
        Producer.objects.select_related("partner").get(registration_no=PRODUCERS[key].registration_no)
        for key in (DEMO_PRODUCER_KEY, SECOND_PRODUCER_KEY)
    )
    before = _user_count()
    report.accounts = roles.create_demo_users(producer, second)
    report.created["accounts"] += _user_count() - before
    return report.accounts


def _user_count() -> int:
    return get_user_model().objects.count()


def _account(report: Report, local_part: str):
    email = f"{local_part}@{roles.DEMO_DOMAIN}"
    return next(a.user for a in report.accounts if a.email == email)


# --- Sales points, fairs, news (the other apps' demo builders) ------------------------------


def _area(districts: dict[tuple[str, str], Area], province: str | None, district: str | None) -> Area | None:
    if province is None:
        return None
    if district is None:
        return Area.resolve(province)
    return districts[(province, district)]


def ensure_sales_points(report: Report, home, districts, products: dict[str, Product]) -> list:
    """The sales points (and their index page, returned for the editors' permissions)."""
    before = SalesPointPage.objects.count()
    index = ensure_index(home, intro="<p>Nơi giới thiệu và bán sản phẩm OCOP của các tỉnh.</p>")
    sections = _province_sections(index)
    manager = _account(report, "manager")
    specialties = {s.code: s for s in SPECIALTIES}
    for data in places.SALES_POINTS:
        # Keep the managers staff named since the last run; add the demo manager where due.
        existing = SalesPointPage.objects.descendant_of(index).filter(slug=data.slug).first()
        managers = list(existing.managers.all()) if existing else []
        parent = sections[data.province]
        if existing is not None and existing.get_parent().pk != parent.pk:
            existing.move(parent, pos="last-child")  # into its province's section (a redirect stays)
        if data.managed_by_demo_manager and manager not in managers:
            managers.append(manager)
        point = ensure_sales_point(
            parent,
            title=data.title,
            kind=data.kind,
            area=districts[(data.province, data.district)],
            address=data.address,
            lat=data.lat,
            lng=data.lng,
            phone=data.phone,
            hours=data.hours,
            managers=managers,
            slug=data.slug,
            description=data.description,
        )
        for code in data.stock:
            ensure_stock(
                products[code],
                point.partner,
                sku=code,
                price=specialties[code].price,
                quantity=_stock_quantity(f"{data.slug}/{code}", 5, 40),
                report=report,
            )
    report.created["sales points"] += SalesPointPage.objects.count() - before
    return [index]


def ensure_fairs_and_news(report: Report, home, districts, products: dict[str, Product], today) -> list:
    fairs_before, news_before = FairPage.objects.count(), NewsPage.objects.count()
    fair_index = ensure_fair_index(home)
    fair_sections = _province_sections(fair_index)
    for data in places.FAIRS:
        start_day = today + datetime.timedelta(days=data.start_in_days)
        start = datetime.datetime.combine(start_day, datetime.time(8, 0))
        end = datetime.datetime.combine(
            start_day + datetime.timedelta(days=data.days - 1), datetime.time(21, 0)
        )
        codes = data.product_codes
        ensure_fair(
            fair_sections[data.province] if data.province else fair_index,
            title=data.title.format(year=start_day.year),
            kind=data.kind,
            start=start,
            end=end,
            venue=data.venue,
            address=data.address,
            area=_area(districts, data.province, data.district),
            organiser=data.organiser,
            description=data.description,
            producers=list(dict.fromkeys(products[c].producer for c in codes)),
            products=[products[c] for c in codes],
            slug=data.slug,
            # Decimal: the page's DecimalField refuses a float's binary tail (21.853000000000002).
            latitude=_coordinate(data.lat),
            longitude=_coordinate(data.lng),
            registration_deadline=start_day - datetime.timedelta(days=10)
            if data.start_in_days > 10
            else None,
            contact=data.contact,
        )
    news_index = ensure_news_index(home)
    _province_sections(news_index)
    for story in places.NEWS:
        ensure_news(
            news_index,
            title=story.title,
            date=today - datetime.timedelta(days=story.days_ago),
            intro=story.intro,
            body=story.body,
            slug=story.slug,
        )
    report.created["fairs"] += FairPage.objects.count() - fairs_before
    report.created["news"] += NewsPage.objects.count() - news_before
    return [fair_index, news_index]


def _province_sections(index) -> dict:
    """One section per demo province under ``index``: its editors' permissions are granted there."""
    return {name: ensure_section(index, Area.resolve(name)) for name in PROVINCES}


def ensure_editors_and_moderation(report: Report, indexes: list) -> None:
    """Each province's editor group on its sections; the Moderation workflow on the indexes.

    The demo editor works for Sơn La: it may add and edit Sơn La's pages only, and submit
    them to the moderators.
    """
    editor = _account(report, "editor")
    for name in PROVINCES:
        province = Area.resolve(name)
        group = roles.ensure_province_editors(province, ProvinceSectionPage.objects.filter(province=province))
        if name == "Sơn La":
            editor.groups.add(group)
    roles.ensure_moderation_workflow(indexes)


def _coordinate(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.000001"))


# --- The whole run --------------------------------------------------------------------------


@transaction.atomic  # all or nothing; on SQLite also one commit instead of hundreds
def load_demo(*, today: datetime.date | None = None, register_path: Path | None = None) -> Report:
    today = today or vietnam_today()
    report = Report()
    roles.ensure_role_groups()
    districts = ensure_areas(report)
    sync_register(report, today, register_path)
    products = ensure_catalogue_details(report)
    ensure_accounts(report)
    home = ensure_home()
    # Index pages: the editors' permissions cascade to the pages beneath them.
    indexes = ensure_sales_points(report, home, districts, products)
    indexes += ensure_fairs_and_news(report, home, districts, products, today)
    ensure_editors_and_moderation(report, indexes)
    return report
