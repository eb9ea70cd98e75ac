"""Staff read what each registry sync did, and decide on a held full snapshot."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from catalogue.models import Certificate, Product, RegistrySync
from catalogue.registry.sync import sync_from_file
from tests.registry.conftest import mirror_state, record, records, write_json

pytestmark = pytest.mark.django_db


def messages_of(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def ten_listed(tmp_path, frozen) -> RegistrySync:
    sync = sync_from_file(write_json(tmp_path / "all.json", records(10)))
    assert sync.status == RegistrySync.Status.SUCCEEDED
    assert Product.objects.certified_today().count() == 10
    return sync


@pytest.fixture
def held(tmp_path, ten_listed) -> RegistrySync:
    """A full snapshot that keeps only 2 of the 10 certificates: it would delist 80%."""
    sync = sync_from_file(write_json(tmp_path / "two.json", records(2)))
    assert sync.status == RegistrySync.Status.HELD
    return sync


def test_the_list_shows_recent_syncs_with_their_counts(staff_client, ten_listed):
    response = staff_client.get(reverse("ocop-dashboard:sync-list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("ocop-dashboard:sync-detail", kwargs={"pk": ten_listed.pk}) in html
    assert "Bundled demo register" not in html and "Spreadsheet" in html  # a JSON file is a file source
    assert response.context["syncs"][0].change_totals["listed"] == 10


def test_the_detail_shows_the_diff_with_links_and_the_errors(staff_client, ten_listed, tmp_path):
    update = [
        record(1, stars=5, updated_at="2026-11-22T09:00:00+07:00"),
        record(2, status="revoked", status_changed_on="2026-11-21", updated_at="2026-11-22T09:00:00+07:00"),
        record(3, stars=7),  # invalid: rejected with a reason
    ]
    sync = sync_from_file(write_json(tmp_path / "update.json", update), partial=True)
    assert sync.status == RegistrySync.Status.SUCCEEDED

    response = staff_client.get(reverse("ocop-dashboard:sync-detail", kwargs={"pk": sync.pk}))
    assert response.status_code == 200
    sections = {s.key: s for s in response.context["sections"]}
    assert [(r.code, r.stars_from, r.stars_to) for r in sections["stars_up"].rows] == [("BK-P-0001", 4, 5)]
    assert [r.code for r in sections["delisted"].rows] == ["BK-P-0002"]
    html = response.content.decode()
    # Still listed: its product page; delisted: the verification page of its certificate.
    assert Product.objects.get(registry_code="BK-P-0001").get_absolute_url() in html
    assert reverse("ocop:verify", args=["BK-2025-0002"]) in html
    assert "Miến dong Na Rì 2" in html
    assert "BK-2025-0003" in html and response.context["errors"][0]["record"] == "BK-2025-0003"


def test_a_held_sync_explains_itself_and_offers_confirm_and_discard(staff_client, held):
    response = staff_client.get(reverse("ocop-dashboard:sync-detail", kwargs={"pk": held.pk}))
    html = response.content.decode()
    assert "would delist 8 of 10 listed products (80.0%), above the 20.0% threshold" in html
    assert reverse("ocop-dashboard:sync-confirm", kwargs={"pk": held.pk}) in html
    assert reverse("ocop-dashboard:sync-discard", kwargs={"pk": held.pk}) in html
    assert len(response.context["sections"][1].rows) == 8  # the delisted preview


def test_confirming_a_held_sync_delists_the_products(staff_client, held):
    response = staff_client.post(reverse("ocop-dashboard:sync-confirm", kwargs={"pk": held.pk}))
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.status == RegistrySync.Status.CONFIRMED
    assert held.confirmed_by == response.wsgi_request.user
    assert sorted(Product.objects.certified_today().values_list("registry_code", flat=True)) == [
        "BK-P-0001",
        "BK-P-0002",
    ]
    assert Certificate.objects.filter(withdrawn_on__isnull=False).count() == 8
    assert any("applied" in m and "8 delisted" in m for m in messages_of(response))


def test_discarding_a_held_sync_leaves_everything_as_before(staff_client, held):
    before = mirror_state()
    response = staff_client.post(reverse("ocop-dashboard:sync-discard", kwargs={"pk": held.pk}), follow=True)
    assert response.redirect_chain == [(reverse("ocop-dashboard:sync-detail", kwargs={"pk": held.pk}), 302)]
    assert f"Sync #{held.pk} was discarded: nothing was changed." in response.content.decode()
    held.refresh_from_db()
    assert held.status == RegistrySync.Status.DISCARDED
    assert mirror_state() == before
    assert Product.objects.certified_today().count() == 10


@pytest.mark.parametrize("action", ["sync-confirm", "sync-discard"])
def test_deciding_on_a_sync_that_is_not_held_changes_nothing(staff_client, ten_listed, action):
    before = mirror_state()
    response = staff_client.post(reverse(f"ocop-dashboard:{action}", kwargs={"pk": ten_listed.pk}))
    assert response.status_code == 302
    ten_listed.refresh_from_db()
    assert ten_listed.status == RegistrySync.Status.SUCCEEDED
    assert mirror_state() == before
    assert any("is not held" in m and "nothing was changed" in m for m in messages_of(response))


def test_a_held_sync_cannot_be_confirmed_twice(staff_client, held):
    url = reverse("ocop-dashboard:sync-confirm", kwargs={"pk": held.pk})
    staff_client.post(url)
    state = mirror_state()
    response = staff_client.post(url)
    assert any("is not held" in m for m in messages_of(response))
    assert mirror_state() == state


def test_confirm_and_discard_answer_only_to_post(staff_client, held):
    assert staff_client.get(reverse("ocop-dashboard:sync-confirm", kwargs={"pk": held.pk})).status_code == 405
    held.refresh_from_db()
    assert held.status == RegistrySync.Status.HELD


def test_sync_now_pulls_the_configured_registry(staff_client, registry, settings, frozen):
    settings.OCOP_REGISTRY_URL = registry.url
    registry.records = records(3)
    response = staff_client.post(reverse("ocop-dashboard:sync-run-url"), {"full": "on"})
    sync = RegistrySync.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("ocop-dashboard:sync-detail", kwargs={"pk": sync.pk})
    assert sync.status == RegistrySync.Status.SUCCEEDED and sync.created_count == 3
    assert sync.source == registry.url
    assert Product.objects.certified_today().count() == 3


def test_sync_now_without_a_registry_url_says_so_and_runs_nothing(staff_client):
    response = staff_client.post(reverse("ocop-dashboard:sync-run-url"))
    assert response.status_code == 302
    assert RegistrySync.objects.count() == 0
    assert any("No registry URL" in m for m in messages_of(response))


def test_a_failed_registry_sync_is_reported(staff_client, registry, settings, frozen):
    settings.OCOP_REGISTRY_URL = registry.url
    registry.records = records(3)
    registry.break_page, registry.break_mode = 0, "500"
    response = staff_client.post(reverse("ocop-dashboard:sync-run-url"))
    sync = RegistrySync.objects.get()
    assert sync.status == RegistrySync.Status.FAILED
    assert any("failed, nothing was changed" in m for m in messages_of(response))
    assert Certificate.objects.count() == 0
    detail = staff_client.get(reverse("ocop-dashboard:sync-detail", kwargs={"pk": sync.pk}))
    assert "Whole sync" in detail.content.decode()
