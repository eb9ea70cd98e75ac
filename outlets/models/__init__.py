"""Sales points (điểm giới thiệu và bán sản phẩm OCOP) and the stock desk's records, by concept:

- ``pages``: the sales point index and pages (Wagtail), opening hours, photos;
- ``booths``: a fair's booth, the other kind of stock holder;
- ``adjustments``: the log of every stock change; ``sales``: in-store sales;
- ``records``: their common base, rows no one can edit.
"""

from outlets.models.adjustments import StockAdjustment
from outlets.models.booths import FairBooth
from outlets.models.pages import (
    APPRAISE_PERMISSION,
    HolidayHours,
    OpeningHours,
    SalesPointIndexPage,
    SalesPointPage,
    SalesPointPhoto,
    map_settings,
)
from outlets.models.records import ImmutableRecord
from outlets.models.sales import InStoreSale

__all__ = [
    "APPRAISE_PERMISSION",
    "FairBooth",
    "HolidayHours",
    "ImmutableRecord",
    "InStoreSale",
    "OpeningHours",
    "SalesPointIndexPage",
    "SalesPointPage",
    "SalesPointPhoto",
    "StockAdjustment",
    "map_settings",
]
