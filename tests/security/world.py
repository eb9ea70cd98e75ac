"""The objects the permission matrix fills URLs with: two of everything (A and B), built once.

Built with the project's own builders (``cms.demo``, ``outlets.demo``, ``marketplace.roles``,
``tests.factories``), not ``load_demo`` (a minute of CPU). Province A is Sơn La, province B
Quảng Nam; each has its producer (with a user in the Producers group), a certified product, a
sales point (with its manager), a fair (with its booth) and a news story, in province sections
with their editor group. Shopper A places a mixed order (a line of producer A and one of
producer B); shopper B owns the "other" order, address and wishlist. Every key of ``World.ids``
is a name the table of ``permissions.py`` may use.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from catalogue.models import Certificate, RegistrySync
from cms.demo import (
    ensure_fair,
    ensure_fair_index,
    ensure_home,
    ensure_news,
    ensure_news_index,
    ensure_section,
)
from cms.models import FairApplication
from marketplace import roles
from marketplace.areas.models import Area
from marketplace.partner.strategy import Selector
from marketplace.payments.models import StripePayment
from marketplace.producers.membership import Role, add_member
from outlets.booths import ensure_booth, transfer_to_booth
from outlets.demo import ensure_index, ensure_sales_point
from outlets.models import SalesPointPage
from outlets.sales import SaleLine, sell_in_store
from tests.checkout.helpers import add
from tests.factories import (
    ProducerFactory,
    ProductFactory,
    StockRecordFactory,
    UserFactory,
    make_certified_product,
)

User = get_user_model()
StockRecord = get_model("partner", "StockRecord")
Order = get_model("order", "Order")
Basket = get_model("basket", "Basket")
UserAddress = get_model("address", "UserAddress")
Country = get_model("address", "Country")
WishList = get_model("wishlists", "WishList")
ProductAlert = get_model("customer", "ProductAlert")
Notification = get_model("communication", "Notification")
Email = get_model("communication", "Email")
CommunicationEventType = get_model("communication", "CommunicationEventType")
ProductReview = get_model("reviews", "ProductReview")
Category = get_model("catalogue", "Category")
ProductClass = get_model("catalogue", "ProductClass")

ROLES = ("anon", "shopper", "prodA", "prodB", "mgrA", "mgrB", "edA", "edB", "staff")
PROVINCE_A, PROVINCE_B = "Sơn La", "Quảng Nam"
MISSING = 999999  # an id no object has


@dataclass
class World:
    users: dict[str, Any] = field(default_factory=dict)
    clients: dict[str, Client] = field(default_factory=dict)
    ids: dict[str, Any] = field(default_factory=dict)
    objects: dict[str, Any] = field(default_factory=dict)


def _user(name: str, *groups, **extra) -> Any:
    user = UserFactory(username=name, email=f"{name}@example.vn", **extra)
    user.groups.add(*groups)
    return user


def _order_for(user, products, *, pickup_partner_id=None) -> Any:
    """An order placed through Oscar's order creator (the checkout itself is tested elsewhere)."""
    basket = Basket.objects.create(owner=user)
    basket.strategy = Selector().strategy(pickup_partner_id=pickup_partner_id)
    for product in products:
        basket.add_product(product)
    return create_order(basket=basket, user=user)


def _pages(world_areas: dict, producers: dict, products: dict, managers: dict) -> dict:
    """Home, the sales-point, fair and news indexes with a section per province, one point, fair
    and news story per province, the province editor groups and the moderation workflow."""
    home = ensure_home()
    point_index = ensure_index(home)
    fair_index = ensure_fair_index(home)
    news_index = ensure_news_index(home)
    pages: dict = {}
    start = timezone.now() + datetime.timedelta(days=20)
    for side, area in world_areas.items():
        province = area.province
        sections = [ensure_section(index, province) for index in (point_index, fair_index, news_index)]
        pages[f"point{side}"] = ensure_sales_point(
            sections[0],
            title=f"Điểm bán OCOP {province.name}",
            kind=SalesPointPage.Kind.SALES_POINT,
            area=area,
            address="Tổ 1",
            lat=21.3,
            lng=103.9,
            hours={0: (datetime.time(8), datetime.time(17))},
            managers=[managers[side]],
            slug=f"diem-ban-{side.lower()}",
        )
        pages[f"fair{side}"] = ensure_fair(
            sections[1],
            title=f"Hội chợ OCOP {province.name}",
            kind="provincial",
            start=start,
            end=start + datetime.timedelta(days=3),
            venue="Quảng trường",
            address="Trung tâm",
            area=area,
            organiser="Sở Công Thương",
            producers=[producers[side]],
            products=[products[side]],
            slug=f"hoi-cho-{side.lower()}",
            registration_deadline=(start - datetime.timedelta(days=5)).date(),
        )
        pages[f"news{side}"] = ensure_news(
            sections[2],
            title=f"Tin {province.name}",
            date=datetime.date.today(),
            intro="Tin vắn.",
            slug=f"tin-{side.lower()}",
        )
        roles.ensure_province_editors(province, sections)
    roles.ensure_moderation_workflow([point_index, fair_index, news_index])
    return pages


def build() -> World:
    world = World()
    roles.ensure_role_groups()
    areas = {"A": Area.resolve(PROVINCE_A, "Mộc Châu"), "B": Area.resolve(PROVINCE_B, "Hội An")}
    producer_a = ProducerFactory(area=areas["A"], name="HTX Chè Mộc Châu A")
    producer_b = ProducerFactory(area=areas["B"], name="HTX Gốm Thanh Hà B")
    product_a = make_certified_product(producer=producer_a, title="Chè Shan tuyết A")
    product_b = make_certified_product(producer=producer_b, title="Gốm Thanh Hà B")
    users = world.users
    users["shopper"] = _user("shopper-a")
    users["shopperB"] = _user("shopper-b")
    users["prodA"] = _user("producer-a", roles.role_group(roles.PRODUCERS))
    users["prodB"] = _user("producer-b", roles.role_group(roles.PRODUCERS))
    add_member(producer_a, users["prodA"], Role.OWNER)
    add_member(producer_b, users["prodB"], Role.OWNER)
    users["mgrA"] = _user("manager-a", roles.role_group(roles.SALES_POINT_MANAGERS))
    users["mgrB"] = _user("manager-b", roles.role_group(roles.SALES_POINT_MANAGERS))
    users["staff"] = _user("staff", is_staff=True, is_superuser=True)
    pages = _pages(
        areas,
        {"A": producer_a, "B": producer_b},
        {"A": product_a, "B": product_b},
        {"A": users["mgrA"], "B": users["mgrB"]},
    )
    point_a, point_b, fair_a, fair_b = (pages[k] for k in ("pointA", "pointB", "fairA", "fairB"))
    editors = Group.objects.get(name=roles.EDITORS)
    for side in ("A", "B"):
        group = Group.objects.get(name=roles.province_editor_group_name(areas[side].province))
        users[f"ed{side}"] = _user(f"editor-{side.lower()}", editors, group)
    for role in ROLES:
        client = Client()
        if role != "anon":
            client.force_login(users[role])
        world.clients[role] = client

    record_a = StockRecordFactory(product=product_a, partner=point_a.partner, num_in_stock=10)
    record_b = StockRecordFactory(product=product_b, partner=point_b.partner, num_in_stock=10)
    uncertified = ProductFactory(producer=producer_a, title="Sản phẩm chưa chứng nhận")
    StockRecordFactory(product=uncertified)
    # As Oscar's dashboard creates one: no registry code, no producer, no certificate, public.
    oscar_made = ProductFactory(registry_code=None, producer=None, title="Sản phẩm 5 sao tự tạo")
    StockRecordFactory(product=oscar_made, partner=producer_a.partner)
    expired = make_certified_product(producer=producer_a, title="Hết hạn A", expired=True)
    sync = RegistrySync.objects.create(source_kind="demo", source="demo", status=RegistrySync.Status.HELD)

    # Orders: shopper A's mixed order (a line of producer A and of producer B), shopper B's order,
    # a pick-up order at point A.
    order_a = _order_for(users["shopper"], [product_a, product_b])
    order_b = _order_for(users["shopperB"], [product_a])
    line_a = order_a.lines.get(product=product_a)
    line_b = order_a.lines.get(product=product_b)
    pickup_order = _order_for(users["shopperB"], [record_a.product], pickup_partner_id=point_a.partner_id)

    # A desk sale at each point (receipts).
    sale_a = _desk_sale(users["mgrA"], point_a, record_a)
    sale_b = _desk_sale(users["mgrB"], point_b, record_b)

    booth_record = transfer_to_booth(ensure_booth(fair_a), product_a, 2, user=users["prodA"])
    ensure_booth(fair_b)
    application_a = FairApplication.objects.create(
        fair=fair_a, producer=producer_a, applied_by=users["prodA"]
    )
    application_b = FairApplication.objects.create(
        fair=fair_b, producer=producer_b, applied_by=users["prodB"]
    )

    country, _new = Country.objects.get_or_create(
        iso_3166_1_a2="VN", defaults={"name": "Việt Nam", "printable_name": "Việt Nam"}
    )
    address_a = UserAddress.objects.create(user=users["shopper"], country=country, **_address())
    address_b = UserAddress.objects.create(user=users["shopperB"], country=country, **_address())
    wishlist_a = WishList.objects.create(owner=users["shopper"], name="Quà Tết")
    wishlist_a.add(product_a)
    wishlist_b = WishList.objects.create(owner=users["shopperB"], name="Của B")
    wishlist_b.add(product_b)
    alert_a = ProductAlert.objects.create(user=users["shopper"], product=product_a)
    alert_b = ProductAlert.objects.create(user=users["shopperB"], product=product_a)
    alert_anon = ProductAlert.objects.create(email="khach@example.vn", product=product_a, key="alertkey123")
    note_a = Notification.objects.create(recipient=users["shopper"], subject="Chào")
    note_b = Notification.objects.create(recipient=users["shopperB"], subject="Chào B")
    email_a = Email.objects.create(user=users["shopper"], subject="Đơn hàng", body_text="…")
    email_b = Email.objects.create(user=users["shopperB"], subject="Đơn hàng B", body_text="…")
    review = ProductReview.objects.create(
        product=product_a, user=users["shopperB"], title="Ngon", body="Rất ngon", score=5, status=1
    )
    basket_line = _basket_line(users["shopper"], product_a)

    cert_a = Certificate.objects.filter(product=product_a).first()
    cert_b = Certificate.objects.filter(product=product_b).first()
    category = Category.objects.order_by("pk").first()
    product_class = ProductClass.objects.order_by("pk").first()
    event_type = CommunicationEventType.objects.first() or CommunicationEventType.objects.create(
        code="ORDER_PLACED", name="Order placed"
    )

    payment = StripePayment.objects.create(
        intent_id="pi_matrix",
        idempotency_key="matrix",
        order_number=order_a.number,
        order=order_a,
        amount=int(order_a.total_incl_tax),
        status=StripePayment.Status.SUCCEEDED,
    )
    news = pages["newsA"]

    world.objects.update(
        producer_a=producer_a,
        producer_b=producer_b,
        product_a=product_a,
        product_b=product_b,
        point_a=point_a,
        point_b=point_b,
        fair_a=fair_a,
        fair_b=fair_b,
        order_a=order_a,
        application_a=application_a,
        application_b=application_b,
        record_a=record_a,
        record_b=record_b,
        address_a=address_a,
        wishlist_a=wishlist_a,
        payment=payment,
        sync=sync,
        line_a=line_a,
        line_b=line_b,
        pickup_order=pickup_order,
    )
    ids = world.ids
    ids.update(
        missing=MISSING,
        productA=product_a.pk,
        productB=product_b.pk,
        productA_slug=product_a.slug,
        productB_slug=product_b.slug,
        oscar_made=oscar_made.pk,
        oscar_made_slug=oscar_made.slug,
        uncertified=uncertified.pk,
        uncertified_slug=uncertified.slug,
        expired=expired.pk,
        expired_slug=expired.slug,
        producerA_slug=producer_a.slug,
        producerB_slug=producer_b.slug,
        partnerA=producer_a.partner_id,
        partnerB=producer_b.partner_id,
        prodA_user=users["prodA"].pk,
        prodB_user=users["prodB"].pk,
        shopper_user=users["shopper"].pk,
        pointA=point_a.pk,
        pointB=point_b.pk,
        point_partnerA=point_a.partner_id,
        boothA_record=booth_record.pk,
        recordA=record_a.pk,
        recordB=record_b.pk,
        saleA=sale_a.number,
        saleB=sale_b.number,
        pickup=pickup_order.number,
        fairA=fair_a.pk,
        fairB=fair_b.pk,
        fairA_path=fair_a.url.lstrip("/"),
        fairB_path=fair_b.url.lstrip("/"),
        fairA_shop=fair_a.url.lstrip("/") + "gian-hang/",
        fairA_apply=fair_a.url.lstrip("/") + "apply/",
        pointA_path=point_a.url.lstrip("/"),
        news_path=news.url.lstrip("/"),
        fairA_url=fair_a.url,
        fairB_url=fair_b.url,
        pointA_url=point_a.url,
        pointB_url=point_b.url,
        news_url=news.url if news else "/tin-tuc/",
        applicationA=application_a.pk,
        applicationB=application_b.pk,
        orderA=order_a.number,
        orderB=order_b.number,
        lineA=line_a.pk,
        lineB=line_b.pk,
        orderB_line=order_b.lines.first().pk,
        addressA=address_a.pk,
        addressB=address_b.pk,
        wishlistA=wishlist_a.key,
        wishlistB=wishlist_b.key,
        wishlist_lineA=wishlist_a.lines.first().pk,
        wishlist_lineB=wishlist_b.lines.first().pk,
        alertA=alert_a.pk,
        alertB=alert_b.pk,
        alert_key=alert_anon.key,
        notificationA=note_a.pk,
        notificationB=note_b.pk,
        emailA=email_a.pk,
        emailB=email_b.pk,
        review=review.pk,
        basket_line=basket_line.pk,
        sync=sync.pk,
        certA=cert_a.pk,
        certB=cert_b.pk,
        certA_no=cert_a.certificate_no,
        certB_no=cert_b.certificate_no,
        category=category.pk,
        category_slug=category.slug,
        product_class=product_class.pk,
        product_class_slug=product_class.slug,
        comms=event_type.code,
        payment=payment.pk,
        province_slug=areas["A"].province.slug,
        district_slug=areas["A"].slug,
    )
    return world


def _address() -> dict:
    return {
        "first_name": "Lan",
        "last_name": "Nguyễn",
        "line1": "12 Phố Huế",
        "line4": "Hà Nội",
        "phone_number": "+84912345678",
    }


def _desk_sale(user, point, record) -> Any:
    return sell_in_store(point, user, [SaleLine(record.product, 1)], "cash")


def _basket_line(user, product) -> Any:
    client = Client()
    client.force_login(user)
    add(client, product)
    Basket = get_model("basket", "Basket")
    return Basket.objects.filter(owner=user, status="Open").latest("pk").lines.first()
