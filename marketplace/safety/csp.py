"""The Content-Security-Policy of every page (django-csp 4), built from the settings it depends on.

``content_security_policy()`` gives django-csp's ``CONTENT_SECURITY_POLICY`` dict: the settings call
it once, and a test that switches card payments or the tile server on calls it again. django-csp's
own middleware sends it on every page, Wagtail's admin included (``cms/admin_init.py``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

# Stripe.js and the frames and API calls it makes (https://docs.stripe.com/security/guide#content-security-policy).
STRIPE_FRAME_ORIGINS = ("https://js.stripe.com", "https://hooks.stripe.com")
STRIPE_CONNECT_ORIGINS = ("https://api.stripe.com",)


def origin_of(url: str) -> str | None:
    """``https://tile.example.vn`` of ``https://tile.example.vn/{z}/{x}/{y}.png``; None for a relative URL."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    # Leaflet's {s} subdomain placeholder: allow the host's subdomains.
    host = parts.netloc.replace("{s}.", "*.")
    return f"{parts.scheme}://{host}"


def content_security_policy(
    *,
    card_payments: bool,
    stripe_js_url: str,
    stripe_api_base: str = "",
    map_tile_url: str = "",
    report_uri: str = "",
) -> dict[str, object]:
    """django-csp's policy: our own origin, nonces for inline scripts, and only the outside hosts in use."""
    script_src: list[object] = [SELF, NONCE]
    frame_src: list[str] = [SELF]
    connect_src: list[str] = [SELF]
    form_action: list[str] = [SELF]
    if card_payments:
        stripe_js = origin_of(stripe_js_url)
        stripe_api = origin_of(stripe_api_base) if stripe_api_base else None
        script_src += [o for o in (stripe_js,) if o]
        frame_src += [o for o in (stripe_js, *STRIPE_FRAME_ORIGINS) if o]
        connect_src += [o for o in (stripe_js, stripe_api, *STRIPE_CONNECT_ORIGINS) if o]
        # 3-D Secure: Stripe.js may post the card holder to the bank's page from its own frame.
        form_action += list(STRIPE_FRAME_ORIGINS)
    img_src: list[str] = [SELF, "data:"]  # data: Leaflet's, Bootstrap's and TinyMCE's small icons
    tile_origin = origin_of(map_tile_url)
    if tile_origin:
        img_src.append(tile_origin)
    directives: dict[str, object] = {
        "default-src": [SELF],
        "script-src": script_src,
        # Inline styles stay allowed: Oscar's dashboard (TinyMCE, select2, the date pickers) and
        # Wagtail's admin (Draftail, the choosers, the focal-point widget) write style="" attributes
        # and <style> elements from their own scripts and templates. Styles cannot run code.
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": img_src,
        "font-src": [SELF, "data:"],
        "connect-src": connect_src,
        "frame-src": frame_src,
        "object-src": [NONE],
        "base-uri": [SELF],
        # Same-origin framing only: Wagtail's live preview shows the page in an iframe.
        "frame-ancestors": [SELF],
        "form-action": form_action,
    }
    if report_uri:
        directives["report-uri"] = report_uri
    return {"DIRECTIVES": directives}
