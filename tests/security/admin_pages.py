"""A small back office to open in Wagtail's admin: a fair (inline panels of image, producer and
product choosers; date and date-time fields), a news story (date, image chooser), a sales point
(time fields in inline panels) and an image, a producer and a product to choose."""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass
from typing import Any

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images.models import Image

from cms.demo import ensure_fair, ensure_fair_index, ensure_home, ensure_news, ensure_news_index
from marketplace.areas.models import Area
from outlets.demo import ensure_index, ensure_sales_point
from outlets.models import SalesPointPage
from tests.factories import make_certified_product


@dataclass
class AdminPages:
    home: Any
    fair: Any
    story: Any
    point: Any
    image: Image
    producer: Any
    product: Any


def a_png(name: str = "doi-che.png") -> ImageFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "green").save(buffer, "PNG")
    return ImageFile(buffer, name=name)


def build_admin_pages() -> AdminPages:
    home = ensure_home()
    area = Area.resolve("Sơn La", "Mộc Châu")
    product = make_certified_product(title="Chè shan tuyết Mộc Châu")
    start = timezone.now() + datetime.timedelta(days=20)
    fair = ensure_fair(
        ensure_fair_index(home),
        title="Hội chợ OCOP Sơn La",
        kind="provincial",
        start=start,
        end=start + datetime.timedelta(days=3),
        venue="Quảng trường",
        address="Trung tâm",
        area=area,
        organiser="Sở Công Thương",
        slug="hoi-cho-son-la",
        registration_deadline=(start - datetime.timedelta(days=5)).date(),
    )
    story = ensure_news(
        ensure_news_index(home),
        title="Phiên chợ OCOP cuối tuần",
        date=datetime.date(2026, 11, 20),
        intro="Hơn năm mươi sản phẩm.",
    )
    point = ensure_sales_point(
        ensure_index(home),
        title="Điểm bán OCOP Mộc Châu",
        kind=SalesPointPage.Kind.SALES_POINT,
        area=area,
        address="Tổ 1",
        lat=20.85,
        lng=104.63,
        hours={0: (datetime.time(8), datetime.time(17))},
    )
    image = Image.objects.create(title="Đồi chè Mộc Châu", file=a_png())
    return AdminPages(
        home=home,
        fair=fair,
        story=story,
        point=point,
        image=image,
        producer=product.producer,
        product=product,
    )
