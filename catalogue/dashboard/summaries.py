"""What a RegistrySync recorded, shaped for the dashboard: totals, the diff with links, why it is held."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from catalogue.models import Certificate, Product, RegistrySync, certified_today

# The kinds of change a sync records, in the order staff read them.
CHANGE_KINDS: list[tuple[str, Promise]] = [
    ("listed", _("Listed")),
    ("delisted", _("Delisted")),
    ("relisted", _("Relisted")),
    ("stars_up", _("Stars up")),
    ("stars_down", _("Stars down")),
    ("withdrawn", _("Withdrawn from the register")),
]


def change_totals(sync: RegistrySync) -> dict[str, int]:
    """Exact totals (``changes["totals"]``); the capped lists' lengths for older rows without them."""
    changes = sync.changes or {}
    totals = changes.get("totals") or {}
    return {key: int(totals.get(key, len(changes.get(key) or []))) for key, _label in CHANGE_KINDS}


@dataclass
class HoldReason:
    delisted: int
    listed_before: int
    percent: float
    threshold_percent: float
    provinces: list[str]


def hold_reason(sync: RegistrySync) -> HoldReason | None:
    """Why a held full snapshot waits for staff: the share of listed products it would delist."""
    if sync.status != RegistrySync.Status.HELD:
        return None
    changes = sync.changes or {}
    delisted = change_totals(sync)["delisted"]
    listed_before = int(changes.get("listed_before") or 0)
    share = getattr(settings, "OCOP_SYNC_MAX_DELIST_SHARE", 0.20)
    return HoldReason(
        delisted=delisted,
        listed_before=listed_before,
        percent=round(100 * delisted / listed_before, 1) if listed_before else 0.0,
        threshold_percent=round(100 * share, 1),
        provinces=list(changes.get("provinces") or []),
    )


@dataclass
class ChangeRow:
    code: str
    name: str
    url: str | None = None
    listed_today: bool = False
    stars_from: int | None = None
    stars_to: int | None = None


@dataclass
class ChangeSection:
    key: str
    label: Promise
    total: int
    rows: list[ChangeRow] = field(default_factory=list)

    @property
    def truncated(self) -> bool:
        return self.total > len(self.rows)


def verify_url(certificate_no: str) -> str | None:
    """The public verification page of a certificate (None for a number no URL can carry)."""
    try:
        return reverse("ocop:verify", args=[certificate_no])
    except NoReverseMatch:
        return None


def _product_links(codes: set[str]) -> dict[str, tuple[str, bool]]:
    """Product code -> (URL, listed today): the product page when listed, else its verification page."""
    links: dict[str, tuple[str, bool]] = {}
    if not codes:
        return links
    products = Product.objects.filter(registry_code__in=codes).annotate(listed=certified_today())
    for product in products:
        if product.listed and product.is_public:
            links[product.registry_code] = (product.get_absolute_url(), True)
    latest = (
        Certificate.objects.filter(product_code__in=codes - links.keys())
        .order_by("product_code", "-issued_on", "-pk")
        .values_list("product_code", "certificate_no")
    )
    for code, number in latest:
        if code not in links and (url := verify_url(number)):
            links[code] = (url, False)
    return links


def change_sections(sync: RegistrySync) -> list[ChangeSection]:
    """The diff of a sync (or the preview of a held one), each entry linked where we can."""
    changes = sync.changes or {}
    totals = change_totals(sync)
    product_codes = {
        entry.get("code", "")
        for key, _label in CHANGE_KINDS
        if key != "withdrawn"
        for entry in changes.get(key) or []
        if isinstance(entry, dict)
    }
    links = _product_links(product_codes - {""})
    withdrawn = [str(n) for n in changes.get("withdrawn") or []]
    withdrawn_names = dict(
        Certificate.objects.filter(certificate_no__in=withdrawn).values_list("certificate_no", "product_name")
    )
    sections = []
    for key, label in CHANGE_KINDS:
        section = ChangeSection(key=key, label=label, total=totals[key])
        if key == "withdrawn":
            section.rows = [
                ChangeRow(code=n, name=withdrawn_names.get(n, ""), url=verify_url(n)) for n in withdrawn
            ]
        else:
            for entry in changes.get(key) or []:
                code = entry.get("code", "")
                url, listed = links.get(code, (None, False))
                section.rows.append(
                    ChangeRow(
                        code=code,
                        name=entry.get("name", ""),
                        url=url,
                        listed_today=listed,
                        stars_from=entry.get("from"),
                        stars_to=entry.get("to"),
                    )
                )
        sections.append(section)
    return sections
