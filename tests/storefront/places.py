"""Sales points for storefront and search tests: a published Wagtail point with its stock partner."""

from __future__ import annotations

import datetime
from decimal import Decimal

from oscar.core.loading import get_model
from wagtail.models import Page, Site

from marketplace.areas.models import Area

StockRecord = get_model("partner", "StockRecord")

T = datetime.time
# Monday to Saturday 07:30–17:30, closed on Sunday.
WEEK_HOURS = {wd: (T(7, 30), T(17, 30)) for wd in range(6)}


def sales_point_index():
    """Home page → sales-point index, created (and made the default site's root) if missing."""
    from cms.models import HomePage
    from outlets.demo import ensure_index

    home = HomePage.objects.first()
    if home is None:
        home = HomePage(title="Chợ OCOP", slug="cho-ocop")
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="testserver", root_page=home, is_default_site=True, site_name="Chợ OCOP")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return ensure_index(home)


def make_point(title: str, area: Area, *, hours=None, address: str = "Số 1 đường Chính"):
    """A published sales point in ``area`` (its Partner is created by the page)."""
    from outlets.demo import ensure_sales_point

    return ensure_sales_point(
        sales_point_index(),
        title=title,
        kind="sales_point",
        area=area,
        address=address,
        lat=21.0,
        lng=105.0,
        hours=WEEK_HOURS if hours is None else hours,
    )


def stock_at(point, product, *, quantity: int = 5, price: int = 150000, allocated: int = 0):
    """Put ``quantity`` units of ``product`` on the point's shelf at ``price`` đồng."""
    return StockRecord.objects.create(
        product=product,
        partner=point.partner,
        partner_sku=f"{point.partner.code}-{product.pk}",
        price=Decimal(price),
        price_currency="VND",
        num_in_stock=quantity,
        num_allocated=allocated,
    )
