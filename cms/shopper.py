"""Which province a shopper is in, so the home page can show the sales points near them.

In order: the province the shopper picked (``?tinh=<slug>``, remembered in the session; an empty
value forgets it), then the province of a signed-in shopper's default delivery address (its
"Province / city" line), else none.
"""

from __future__ import annotations

from django.http import HttpRequest
from oscar.core.loading import get_model

from marketplace.areas.models import Area, ascii_slug

QUERY_PARAM = "tinh"
SESSION_KEY = "ocop_shopper_province"
# Words an address may put before a province's name ("Tỉnh Sơn La", "TP. Hà Nội").
_PREFIXES = ("tinh-", "thanh-pho-", "tp-")


def provinces() -> list[Area]:
    return list(Area.objects.filter(parent=None, kind=Area.Kind.PROVINCE, merged_into=None).order_by("name"))


def _province_by_slug(slug: str) -> Area | None:
    return Area.objects.filter(parent=None, kind=Area.Kind.PROVINCE, slug=slug).first()


def province_from_text(text: str) -> Area | None:
    """The province named in an address line ("Tỉnh Sơn La" -> Sơn La), or None."""
    slug = ascii_slug(text or "")
    for prefix in _PREFIXES:
        if slug.startswith(prefix):
            slug = slug[len(prefix) :]
            break
    return _province_by_slug(slug) if slug else None


def _address_province(user) -> Area | None:
    UserAddress = get_model("address", "UserAddress")
    address = (
        UserAddress.objects.filter(user=user).order_by("-is_default_for_shipping", "-date_created").first()
    )
    return province_from_text(address.line4) if address else None


def shopper_province(request: HttpRequest | None) -> Area | None:
    if request is None:
        return None
    session = getattr(request, "session", None)
    if QUERY_PARAM in request.GET:
        province = _province_by_slug(request.GET[QUERY_PARAM])
        if session is not None:
            if province is None:
                session.pop(SESSION_KEY, None)
            else:
                session[SESSION_KEY] = province.pk
        return province
    if session is not None and session.get(SESSION_KEY):
        province = Area.objects.filter(pk=session[SESSION_KEY]).first()
        if province is not None:
            return province
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return _address_province(user)
    return None
