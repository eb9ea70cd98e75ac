"""What search engines and link previews read on the storefront: schema.org JSON-LD and Open Graph.

Prices and availability come from the request's strategy (``purchase_info``), never from the
stock records directly, so they say what the page says.
"""

from __future__ import annotations

import json
from decimal import Decimal

from django.conf import settings
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from catalogue.attributes import WEIGHT, product_facts
from marketplace.safety.html import html_to_text

# Same escapes as Django's json_script: the JSON cannot close its <script> element.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
SCHEMA = "https://schema.org/"


def as_json_ld(data: dict) -> SafeString:
    """The text to put inside ``<script type="application/ld+json">``."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES))


def plain_text(html: str) -> str:
    """Text of an HTML fragment on one line (block ends become spaces, so sentences stay apart)."""
    return html_to_text(html)


def summary(product, length: int = 200) -> str:
    """Plain-text description for meta tags: the description, else the story, cut at a word."""
    text = plain_text(product.description) or plain_text(product.story)
    return Truncator(text).chars(length)


def postal_address(area) -> dict:
    """Province as the region, district (or the finest known area) as the locality."""
    lineage = area.lineage()
    return {
        "@type": "PostalAddress",
        "addressRegion": lineage[0].name,
        "addressLocality": (lineage[1] if len(lineage) > 1 else lineage[0]).name,
        "addressCountry": "VN",
    }


def image_urls(product, request: HttpRequest) -> list[str]:
    images = product.get_all_images()
    return [
        request.build_absolute_uri(image.original.url)
        for image in images
        if getattr(image, "pk", None) and image.original
    ]


def _whole(amount: Decimal) -> str:
    return str(amount.quantize(Decimal("1")))


def _attribute(product, code: str):
    for value in product.get_attribute_values():
        if value.attribute.code == code:
            return value.value
    return None


def product_data(product, request: HttpRequest, purchase_info, certificate) -> dict:
    """schema.org ``Product``: name, images, brand (the producer), sku, offer, OCOP stars and certificate."""
    url = request.build_absolute_uri(product.get_absolute_url())
    producer = product.producer
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": product.get_title(),
        "url": url,
        "description": summary(product, 500),
        "image": image_urls(product, request),
    }
    if product.registry_code:
        data["sku"] = product.registry_code
        data["productID"] = product.registry_code
    if producer is not None:
        organisation = {
            "@type": "Organization",
            "name": producer.name,
            "url": request.build_absolute_uri(producer.get_absolute_url()),
        }
        data["brand"] = {"@type": "Brand", "name": producer.name}
        data["manufacturer"] = organisation
        if producer.area_id:
            data["countryOfOrigin"] = {"@type": "Country", "name": "VN"}
            data["manufacturer"]["address"] = postal_address(producer.area)
    weight = _attribute(product, WEIGHT)
    if weight:
        data["weight"] = {"@type": "QuantitativeValue", "value": weight, "unitCode": "KGM"}
    properties = [
        {"@type": "PropertyValue", "propertyID": fact.code, "name": fact.label, "value": fact.text}
        for fact in product_facts(product)
        if fact.code != WEIGHT
    ]
    if certificate is not None:
        properties += [
            {
                "@type": "PropertyValue",
                "propertyID": "ocop-stars",
                "name": "OCOP stars",
                "value": certificate.stars,
            },
            {
                "@type": "PropertyValue",
                "propertyID": "ocop-certificate",
                "name": "OCOP certificate",
                "value": certificate.certificate_no,
                "validFrom": certificate.issued_on.isoformat(),
                "validThrough": certificate.last_valid_day.isoformat(),
            },
        ]
    if properties:
        data["additionalProperty"] = properties
    price = purchase_info.price if purchase_info else None
    if price is not None and price.exists:
        amount = price.incl_tax if price.is_tax_known else price.excl_tax
        available = purchase_info.availability.is_available_to_buy
        offer: dict = {
            "@type": "Offer",
            "url": url,
            "price": _whole(amount),
            "priceCurrency": price.currency or settings.OSCAR_DEFAULT_CURRENCY,
            "availability": SCHEMA + ("InStock" if available else "OutOfStock"),
            "itemCondition": SCHEMA + "NewCondition",
        }
        if certificate is not None:
            # Sold as OCOP only while the certificate is valid.
            offer["priceValidUntil"] = certificate.last_valid_day.isoformat()
        if producer is not None:
            offer["seller"] = {"@type": "Organization", "name": producer.name}
        data["offers"] = offer
    return data


def product_json_ld(product, request: HttpRequest, purchase_info, certificate) -> SafeString:
    return as_json_ld(product_data(product, request, purchase_info, certificate))


def product_open_graph(product, request: HttpRequest, purchase_info, site_name: str) -> list[tuple[str, str]]:
    """(property, content) pairs: Open Graph plus Twitter's card (Twitter reads og:* for the rest)."""
    images = image_urls(product, request)
    tags = [
        ("og:type", "product"),
        ("og:site_name", site_name),
        ("og:title", product.get_title()),
        ("og:description", summary(product)),
        ("og:url", request.build_absolute_uri(product.get_absolute_url())),
        ("og:locale", "vi_VN"),
    ]
    for image in images[:4]:
        tags.append(("og:image", image))
    if images:
        alt = product.primary_image().caption or product.get_title()
        tags.append(("og:image:alt", alt))
    price = purchase_info.price if purchase_info else None
    if price is not None and price.exists:
        amount = price.incl_tax if price.is_tax_known else price.excl_tax
        tags += [
            ("product:price:amount", _whole(amount)),
            ("product:price:currency", price.currency or settings.OSCAR_DEFAULT_CURRENCY),
            (
                "product:availability",
                "in stock" if purchase_info.availability.is_available_to_buy else "out of stock",
            ),
        ]
    tags += [
        ("twitter:card", "summary_large_image" if images else "summary"),
        ("twitter:title", product.get_title()),
        ("twitter:description", summary(product)),
    ]
    if images:
        tags.append(("twitter:image", images[0]))
    return tags


def producer_data(producer, request: HttpRequest) -> dict:
    """schema.org ``Organization`` for a producer page."""
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": producer.name,
        "url": request.build_absolute_uri(producer.get_absolute_url()),
        "identifier": producer.registration_no,
    }
    if producer.story:
        data["description"] = Truncator(plain_text(producer.story)).chars(500)
    if producer.area_id:
        data["address"] = postal_address(producer.area)
    if producer.phone:
        data["telephone"] = producer.phone
    if producer.website:
        data["sameAs"] = [producer.website]
    return data
