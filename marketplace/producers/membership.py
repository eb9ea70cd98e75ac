"""Adding and removing a producer's users.

A membership is the portal's answer to "whose user is this"; the producer's Oscar partner's
``users`` is what Oscar's dashboard and the desk's booth access read. Both change together here.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Model, QuerySet

from catalogue.models import Producer
from marketplace.producers.models import ProducerMembership

Role = ProducerMembership.Role


@transaction.atomic
def add_member(producer: Producer, user: Model, role: str = Role.MEMBER) -> ProducerMembership:
    """Make ``user`` a user of ``producer`` (or change their role); a second call changes nothing."""
    membership, created = ProducerMembership.objects.get_or_create(
        user=user, producer=producer, defaults={"role": role}
    )
    if not created and membership.role != role:
        membership.role = role
        membership.save(update_fields=["role"])
    if producer.partner_id:
        producer.partner.users.add(user)
    return membership


@transaction.atomic
def remove_member(producer: Producer, user: Model) -> bool:
    """``user`` no longer works for ``producer``; returns whether they did."""
    deleted, _detail = ProducerMembership.objects.filter(user=user, producer=producer).delete()
    if producer.partner_id:
        producer.partner.users.remove(user)
    return bool(deleted)


def producers_of(user: Model) -> QuerySet:
    """The producers ``user`` works for (none for an anonymous or inactive user)."""
    if not (user.is_authenticated and user.is_active):
        return Producer.objects.none()
    return Producer.objects.filter(memberships__user=user).select_related("partner").order_by("name")
