"""Producer users: a membership, kept in step with the producer's Oscar partner users."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps

from marketplace.producers.membership import Role, add_member, producers_of, remove_member
from marketplace.producers.models import ProducerMembership
from tests.factories import ProducerFactory, UserFactory

pytestmark = pytest.mark.django_db

owner_migration = importlib.import_module("marketplace.producers.migrations.0002_owner_memberships")


def test_adding_a_member_links_the_partner_too_and_a_second_call_changes_nothing():
    producer, user = ProducerFactory(), UserFactory()
    add_member(producer, user, Role.OWNER)
    add_member(producer, user, Role.OWNER)
    assert list(ProducerMembership.objects.values_list("role", flat=True)) == ["owner"]
    assert producer.partner.users.filter(pk=user.pk).exists()
    assert list(producers_of(user)) == [producer]


def test_changing_a_role_keeps_one_membership():
    producer, user = ProducerFactory(), UserFactory()
    add_member(producer, user)
    add_member(producer, user, Role.OWNER)
    assert ProducerMembership.objects.get().role == Role.OWNER


def test_removing_a_member_unlinks_the_partner():
    producer, other = ProducerFactory(), ProducerFactory()
    user = UserFactory()
    add_member(producer, user)
    add_member(other, user)
    assert remove_member(producer, user) is True
    assert not producer.partner.users.filter(pk=user.pk).exists()
    assert list(producers_of(user)) == [other]
    assert remove_member(producer, user) is False


def test_inactive_users_work_for_no_producer():
    producer, user = ProducerFactory(), UserFactory(is_active=False)
    add_member(producer, user)
    assert not producers_of(user).exists()


def test_the_migration_makes_existing_partner_users_owners():
    producer, user = ProducerFactory(), UserFactory()
    producer.partner.users.add(user)
    owner_migration.owners_from_partner_users(apps, None)
    owner_migration.owners_from_partner_users(apps, None)
    membership = ProducerMembership.objects.get()
    assert (membership.user, membership.producer, membership.role) == (user, producer, "owner")
