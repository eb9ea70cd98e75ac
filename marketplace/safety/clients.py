"""Who is asking: the client's IP address, trusting forwarded headers only behind our own proxies.

Gunicorn may be reached directly (the compose file exposes it), and then any client can send
``X-Forwarded-For`` or ``X-Forwarded-Proto``. ``OCOP_TRUSTED_PROXIES`` says how many reverse
proxies we run in front; each appends the address it saw, so the client is that many entries
from the right of ``X-Forwarded-For``. With 0 (the default) the header is ignored.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The address of the client that sent ``request``, as far as our own proxies vouch for it."""
    proxies = getattr(settings, "OCOP_TRUSTED_PROXIES", 0)
    remote = request.META.get("REMOTE_ADDR") or None
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < proxies:
        # Fewer hops than proxies: the request bypassed them; the socket's peer is all we know.
        return remote
    return forwarded[-proxies]
