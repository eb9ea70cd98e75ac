"""factory_boy factories shared by the whole suite.

Certificates are created directly here (``Certificate.objects.create`` through the
factory): tests need certified products without going through the registry sync.
``make_certified_product`` is the one-call way to get a product that is for sale today;
the ``certified_product`` fixture in ``tests/conftest.py`` hands it to tests.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from oscar.core.loading import get_model

from catalogue.certification import vietnam_today
from catalogue.registry.listing import group_category, ocop_product_class
from marketplace.areas.models import Area, ascii_slug

Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
ProductCategory = get_model("catalogue", "ProductCategory")
Product = get_model("catalogue", "Product")
Producer = get_model("catalogue", "Producer")
Certificate = get_model("catalogue", "Certificate")

DEFAULT_PASSWORD = "ocop-test-password"


class UserFactory(factory.django.DjangoModelFactory):
    """A user whose password is ``DEFAULT_PASSWORD``; ``is_staff=True`` for a staff member."""

    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.vn")
    first_name = "Lan"
    last_name = "Nguyễn"

    @classmethod
    def _create(cls, model_class: type, *args: object, **kwargs: object) -> object:
        password = kwargs.pop("password", DEFAULT_PASSWORD)
        return model_class._default_manager.create_user(*args, password=password, **kwargs)


def years_later(day: datetime.date, years: int) -> datetime.date:
    """The same calendar day ``years`` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


class AreaFactory(factory.django.DjangoModelFactory):
    """A province by default; pass ``parent=`` and ``kind=`` for a district or commune."""

    class Meta:
        model = Area
        django_get_or_create = ("parent", "slug")

    name = factory.Sequence(lambda n: f"Tỉnh Thử {n}")
    slug = factory.LazyAttribute(lambda o: ascii_slug(o.name))
    kind = Area.Kind.PROVINCE
    parent = None


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    name = factory.Sequence(lambda n: f"Điểm bán {n}")


class ProducerFactory(factory.django.DjangoModelFactory):
    """A registry producer with its own Oscar partner (its stock holder)."""

    class Meta:
        model = Producer

    registration_no = factory.Sequence(lambda n: f"HTX-TEST-{n:05d}")
    name = factory.Sequence(lambda n: f"HTX Nông sản Thử {n}")
    legal_form = "cooperative"
    area = factory.SubFactory(AreaFactory)
    partner = factory.SubFactory(PartnerFactory, name=factory.SelfAttribute("..name"))
    slug = factory.LazyAttribute(lambda o: ascii_slug(o.name))
    story = "Sản xuất theo phương pháp truyền thống."


class ProductFactory(factory.django.DjangoModelFactory):
    """A standalone product listed for one registry product code (no certificate by itself)."""

    class Meta:
        model = Product

    structure = "standalone"
    title = factory.Sequence(lambda n: f"Miến dong Thử {n}")
    registry_code = factory.Sequence(lambda n: f"OCOP-TEST-{n:05d}")
    # The sync's own product class, so factories and synced products look alike.
    product_class = factory.LazyFunction(ocop_product_class)
    producer = factory.SubFactory(ProducerFactory)
    is_public = True
    story = "Làm từ củ dong riềng trồng tại địa phương."


class CertificateFactory(factory.django.DjangoModelFactory):
    """A certificate valid today unless told otherwise (issued a month ago, for three years)."""

    class Meta:
        model = Certificate

    certificate_no = factory.Sequence(lambda n: f"GCN-TEST-{n:05d}")
    product = factory.SubFactory(ProductFactory)
    product_code = factory.LazyAttribute(lambda o: o.product.registry_code)
    product_name = factory.LazyAttribute(lambda o: o.product.title)
    producer = factory.LazyAttribute(lambda o: o.product.producer)
    stars = 4
    group = "food"
    subgroup = ""
    level = "province"
    decision_no = factory.Sequence(lambda n: f"{n}/QĐ-UBND")
    issued_on = factory.LazyFunction(lambda: vietnam_today() - datetime.timedelta(days=30))
    expires_on = factory.LazyAttribute(lambda o: years_later(o.issued_on, 3))
    status = "active"


class StockRecordFactory(factory.django.DjangoModelFactory):
    """Stock held by the product's producer, priced in whole đồng."""

    class Meta:
        model = StockRecord

    product = factory.SubFactory(ProductFactory)
    partner = factory.LazyAttribute(lambda o: o.product.producer.partner)
    partner_sku = factory.Sequence(lambda n: f"SKU-{n:05d}")
    price_currency = "VND"
    price = Decimal(150000)
    num_in_stock = 20


def make_certified_product(
    *,
    stars: int = 4,
    price: int | Decimal = 150000,
    num_in_stock: int = 20,
    expired: bool = False,
    revoked: bool = False,
    not_yet_valid: bool = False,
    group: str = "food",
    partner: Partner | None = None,
    **product_fields: object,
) -> Product:
    """A product with one certificate, in its group's category, with VND stock at its producer.

    By default the certificate is valid today. ``expired=True`` makes it expire today
    (its last valid day was yesterday), ``revoked=True`` revokes it, ``not_yet_valid=True``
    issues it tomorrow. ``partner`` puts the stock at another holder (e.g. a sales point).
    ``product_fields`` go to ``ProductFactory`` (``title=``, ``producer=``, ``upc=``, …).
    """
    today = vietnam_today()
    product = ProductFactory(**product_fields)
    certificate: dict[str, object] = {"stars": stars, "group": group}
    if expired:
        certificate.update(issued_on=years_later(today, -3), expires_on=today)
    if not_yet_valid:
        tomorrow = today + datetime.timedelta(days=1)
        certificate.update(issued_on=tomorrow, expires_on=years_later(tomorrow, 3))
    if revoked:
        certificate.update(status="revoked", status_changed_on=today - datetime.timedelta(days=1))
    CertificateFactory(product=product, **certificate)
    ProductCategory.objects.create(product=product, category=group_category(group))
    stock: dict[str, object] = {"price": Decimal(price), "num_in_stock": num_in_stock}
    if partner is not None:
        stock["partner"] = partner
    StockRecordFactory(product=product, **stock)
    return product
