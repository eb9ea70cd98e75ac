"""Tell producers about their certificates: 90 and 30 days before expiry, and on revocation.

Each (certificate, kind) is sent once (``CertificateNotice`` is unique on it). Recipients
are the users of the producer's Oscar partner: the accounts that manage its listings.
"""

from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from catalogue.certification import vietnam_today
from catalogue.models import Certificate, CertificateNotice

logger = logging.getLogger(__name__)

Kind = CertificateNotice.Kind
# A revocation older than this when first seen (e.g. on the first import) is not news.
REVOCATION_NEWS_DAYS = 30


def due(kind: str, today: datetime.date) -> QuerySet[Certificate]:
    """Certificates that should get a ``kind`` notice today and have not had it."""
    certificates = Certificate.objects.all()
    if kind == Kind.EXPIRES_IN_90:
        certificates = certificates.expiring_within(90, today).filter(
            expires_on__gt=today + datetime.timedelta(30)
        )
    elif kind == Kind.EXPIRES_IN_30:
        certificates = certificates.expiring_within(30, today)
    else:
        since = today - datetime.timedelta(days=REVOCATION_NEWS_DAYS)
        certificates = certificates.filter(status="revoked").filter(
            Q(status_changed_on__isnull=True) | Q(status_changed_on__gte=since)
        )
    already = CertificateNotice.objects.filter(certificate=OuterRef("pk"), kind=kind)
    return certificates.filter(~Exists(already)).select_related("producer__partner")


def recipients(certificate: Certificate) -> list[str]:
    partner = certificate.producer.partner
    if partner is None:
        return []
    return sorted({u.email for u in partner.users.all() if u.is_active and u.email})


def message(certificate: Certificate, kind: str) -> tuple[str, str]:
    values = {
        "number": certificate.certificate_no,
        "product": certificate.product_name,
        "stars": certificate.stars,
        "expires": date_format(certificate.expires_on, "SHORT_DATE_FORMAT"),
        "last_day": date_format(certificate.last_valid_day, "SHORT_DATE_FORMAT"),
        "changed": date_format(certificate.status_changed_on, "SHORT_DATE_FORMAT")
        if certificate.status_changed_on
        else "",
    }
    if kind == Kind.REVOKED:
        subject = _("OCOP certificate %(number)s has been revoked") % values
        body = _(
            "The OCOP registry has revoked certificate %(number)s of %(product)s (%(stars)s stars).\n\n"
            "The product is no longer listed or sold on the marketplace as an OCOP product. "
            "Please contact the authority that issued the certificate."
        )
    else:
        subject = _("OCOP certificate %(number)s expires on %(expires)s") % values
        body = _(
            "Certificate %(number)s of %(product)s (%(stars)s stars) is valid until %(last_day)s.\n\n"
            "From %(expires)s the product will no longer be listed or sold on the marketplace "
            "until it is re-evaluated and a new certificate is issued. "
            "Please ask for the re-evaluation in time."
        )
    footer = _("This message was sent automatically by the OCOP marketplace.")
    return subject, f"{body % values}\n\n{footer}\n"


def send_certificate_notices(today: datetime.date | None = None) -> int:
    """Send what is due today; return the number of emails sent."""
    today = today or vietnam_today()
    sent = 0
    with translation.override(settings.LANGUAGE_CODE):
        for kind in (Kind.REVOKED, Kind.EXPIRES_IN_30, Kind.EXPIRES_IN_90):
            for certificate in (
                due(kind, today).prefetch_related("producer__partner__users").iterator(chunk_size=200)
            ):
                to = recipients(certificate)
                if not to:
                    continue  # no account yet: tried again tomorrow
                try:
                    with transaction.atomic():
                        # Recorded first, so a concurrent run cannot send it twice.
                        CertificateNotice.objects.create(certificate=certificate, kind=kind, recipients=to)
                        subject, body = message(certificate, kind)
                        EmailMessage(subject, body, to=to).send()
                except IntegrityError:
                    continue
                except OSError:
                    logger.exception("Could not send the %s notice of %s", kind, certificate.certificate_no)
                    continue
                sent += 1
    return sent
