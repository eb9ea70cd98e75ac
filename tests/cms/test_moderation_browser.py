"""In the browser: a province editor creates a fair with two producers and submits it; a
moderator approves it; the fair is then on the fair index and in the calendar feed."""

from __future__ import annotations

import datetime
import re

from catalogue.certification import vietnam_today
from catalogue.models import Producer
from marketplace import roles

PASSWORD = "pw-ocop-2026"


def sign_in(page, user) -> None:
    page.context.clear_cookies()
    page.goto("/cms-admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/cms-admin/$"))


def choose_producer(page, index: int, name: str) -> None:
    page.click("#id_participants-ADD")
    form = page.locator(f"#inline_child_participants-{index}")
    form.locator("button.chooser__choose-button").first.click()
    modal = page.locator(".modal.show, .modal[aria-hidden='false']").last
    modal.get_by_role("link", name=name).click()
    page.wait_for_selector(".modal.show", state="detached")


def test_editor_creates_submits_and_moderator_approves(
    chromium_page, artifacts, sections, son_la, make_user, producer
):
    page = chromium_page
    second = Producer.objects.create(
        registration_no="55009999",
        name="HTX Mận Nà Ka",
        legal_form="cooperative",
        area=son_la,
        partner=None,
        slug="htx-man-na-ka",
    )
    editor = make_user(
        "editor-sl", roles.EDITORS, roles.province_editor_group_name(son_la.province), password=PASSWORD
    )
    moderator = make_user("moderator", roles.MODERATORS, password=PASSWORD)

    sign_in(page, editor)
    page.goto(f"/cms-admin/pages/add/cms/fairpage/{sections['son-la'].pk}/")
    page.fill("#id_title", "Hội chợ OCOP Mộc Châu mùa mận")
    day = vietnam_today() + datetime.timedelta(days=20)
    page.fill("#id_start", f"{day:%Y-%m-%d} 08:00")
    page.fill("#id_end", f"{day + datetime.timedelta(days=2):%Y-%m-%d} 21:00")
    page.keyboard.press("Escape")
    choose_producer(page, 0, producer.name)
    choose_producer(page, 1, second.name)
    page.screenshot(path=str(artifacts / "1-editor-fills-fair.png"), full_page=True)
    page.locator("button[name='action-submit']").dispatch_event("click")
    page.wait_for_url(re.compile(r"/cms-admin/pages/\d+/"))
    page.screenshot(path=str(artifacts / "2-submitted.png"), full_page=True)

    from cms.models import FairPage

    fair = FairPage.objects.get(title="Hội chợ OCOP Mộc Châu mùa mận")
    assert not fair.live
    assert fair.current_workflow_task is not None
    assert "mùa mận" not in page.request.get("/hoi-cho/").text()

    sign_in(page, moderator)
    page.goto(f"/cms-admin/pages/{fair.pk}/edit/")
    page.locator("button[data-workflow-action-name='approve']").first.dispatch_event("click")
    page.wait_for_url(re.compile(r"/cms-admin/pages/\d+/"))
    page.screenshot(path=str(artifacts / "3-approved.png"), full_page=True)
    fair.refresh_from_db()
    assert fair.live
    assert {link.producer.name for link in fair.participants.all()} == {producer.name, second.name}

    page.goto(f"/hoi-cho/thang/{day:%Y-%m}/")
    page.screenshot(path=str(artifacts / "4-month.png"), full_page=True)
    page.goto("/hoi-cho/")
    assert page.get_by_text("Hội chợ OCOP Mộc Châu mùa mận").first.is_visible()
    page.goto(fair.url)
    assert page.get_by_text("HTX Mận Nà Ka").first.is_visible()
    assert "Hội chợ OCOP Mộc Châu mùa mận" in page.request.get("/hoi-cho/calendar.ics").text()
