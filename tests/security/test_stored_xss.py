"""Finding 1: user-written rich text cannot carry script to a visitor, whatever path wrote it.

Each test writes the attack the way a user (or an import) would, then reads the public page as
an anonymous visitor: no script, no event handler, the harmless formatting still there.
"""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.flatpages.models import FlatPage
from django.contrib.sites.models import Site
from django.db import connection
from django.forms import BaseFormSet, CheckboxInput, SelectMultiple
from django.test import Client
from django.urls import reverse

from catalogue.models import Producer, Product
from cms.demo import ensure_fair, ensure_fair_index, ensure_home
from marketplace.areas.models import Area
from tests.factories import ProducerFactory, make_certified_product
from tests.i18n import speak

pytestmark = pytest.mark.django_db

ATTACK = (
    "<p><strong>Chè Shan tuyết</strong> hái tay.</p>"
    "<script>alert(1)</script>"
    '<img src=x onerror="alert(1)">'
    '<p><a href="javascript:alert(1)">xem</a> <a href="https://ocop.gov.vn/">OCOP</a></p>'
)


def assert_harmless(html: str) -> None:
    assert "<script>alert" not in html
    assert "onerror" not in html
    assert "javascript:" not in html


def posted_data(form) -> dict[str, object]:
    """What the browser would post back for an unchanged ``form`` (fields and formsets)."""
    data: dict[str, object] = {}
    for bound in form:
        value = bound.value()
        widget = bound.field.widget
        if isinstance(widget, CheckboxInput):
            if value:
                data[bound.html_name] = "on"
        elif isinstance(widget, SelectMultiple):
            data[bound.html_name] = [str(item) for item in value or []]
        else:
            formatted = widget.format_value(value)
            data[bound.html_name] = "" if formatted is None else formatted
    return data


def formset_data(formset: BaseFormSet) -> dict[str, object]:
    """The existing rows only: extra (blank) rows are left out, as if the browser had none."""
    data = posted_data(formset.management_form)
    data[f"{formset.prefix}-TOTAL_FORMS"] = str(formset.initial_form_count())
    for form in formset.initial_forms:
        data.update(posted_data(form))
    return data


def context_names(response) -> list[str]:
    # A ContextList iterates over its contexts, not their names.
    return sorted(response.context.keys())


@pytest.fixture
def staff_client() -> Client:
    staff = get_user_model().objects.create_user(
        "staff@example.vn", "staff@example.vn", "pw-ocop-2026", is_staff=True, is_superuser=True
    )
    client = speak(Client(), "en")
    client.force_login(staff)
    return client


def test_a_description_saved_in_the_dashboard_shows_without_script_on_the_product_page(staff_client):
    product = make_certified_product(title="Chè Shan tuyết Tà Xùa")
    url = reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
    page = staff_client.get(url)
    assert page.status_code == 200
    data = posted_data(page.context["form"])
    for name in context_names(page):
        if name.endswith("_formset") and isinstance(page.context[name], BaseFormSet):
            data.update(formset_data(page.context[name]))
    data["description"] = ATTACK

    saved = staff_client.post(url, data)

    assert saved.status_code == 302, [
        (name, saved.context[name].errors)
        for name in context_names(saved)
        if name.endswith(("form", "formset"))
    ]
    stored = Product.objects.get(pk=product.pk).description
    assert_harmless(stored)
    assert "<strong>Chè Shan tuyết</strong>" in stored
    public = speak(Client(), "en").get(product.get_absolute_url())
    assert public.status_code == 200
    html = public.content.decode()
    assert_harmless(html)
    assert "<strong>Chè Shan tuyết</strong> hái tay." in html
    assert 'href="https://ocop.gov.vn/"' in html


def test_unsafe_html_already_stored_is_not_run_on_the_product_page():
    """Render-time too: a description written before this fix (straight into the table) is cleaned."""
    product = make_certified_product(title="Mận hậu Mộc Châu")
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE catalogue_product SET description = %s, story = %s WHERE id = %s",
            [ATTACK, ATTACK, product.pk],
        )

    html = speak(Client(), "en").get(product.get_absolute_url()).content.decode()

    assert_harmless(html)
    assert "<strong>Chè Shan tuyết</strong>" in html


def test_a_producer_story_shows_without_script_on_the_producer_page():
    producer = ProducerFactory(slug="htx-che-ta-xua", area=Area.resolve("Sơn La", "Mộc Châu"))
    producer.story = ATTACK
    producer.save()
    make_certified_product(title="Chè Tà Xùa", producer=producer)

    stored = Producer.objects.get(pk=producer.pk).story
    assert_harmless(stored)
    html = speak(Client(), "en").get(producer.get_absolute_url()).content.decode()

    assert_harmless(html)
    assert "<strong>Chè Shan tuyết</strong> hái tay." in html


def test_a_producer_story_stored_before_the_fix_is_cleaned_on_render():
    producer = ProducerFactory(slug="htx-man-hau", area=Area.resolve("Sơn La", "Mộc Châu"))
    with connection.cursor() as cursor:
        cursor.execute("UPDATE catalogue_producer SET story = %s WHERE id = %s", [ATTACK, producer.pk])
    make_certified_product(title="Mận hậu", producer=producer)

    html = speak(Client(), "en").get(producer.get_absolute_url()).content.decode()

    assert_harmless(html)
    assert "<strong>Chè Shan tuyết</strong>" in html


def test_a_plain_text_story_keeps_its_paragraphs():
    producer = ProducerFactory(
        slug="htx-tan-lap", area=Area.resolve("Sơn La", "Mộc Châu"), story="Đoạn một & hai.\n\nĐoạn ba."
    )

    html = speak(Client(), "en").get(producer.get_absolute_url()).content.decode()

    assert "<p>Đoạn một &amp; hai.</p>" in html
    assert "<p>Đoạn ba.</p>" in html
    assert "&amp;amp;" not in html


def test_a_fair_imported_with_a_script_renders_without_it():
    index = ensure_fair_index(ensure_home())
    start = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=10)
    fair = ensure_fair(
        index,
        title="Hội chợ OCOP Tây Bắc",
        kind="provincial",
        start=start,
        end=start + datetime.timedelta(days=3),
        venue="Quảng trường",
        address="Trung tâm",
        area=Area.resolve("Sơn La"),
        organiser="Sở Công Thương",
    )
    fair.description = ATTACK
    fair.save_revision().publish()

    html = speak(Client(), "en").get(fair.url).content.decode()

    assert_harmless(html)
    assert "<strong>Chè Shan tuyết</strong> hái tay." in html


def test_a_flat_page_typed_in_the_dashboard_is_cleaned_on_render():
    """Django marks a flat page's content safe; the theme's template sanitises it."""
    page = FlatPage.objects.create(url="/gioi-thieu/", title="Giới thiệu", content=ATTACK)
    page.sites.add(Site.objects.get_current())

    response = speak(Client(), "en").get("/gioi-thieu/")

    assert response.status_code == 200
    html = response.content.decode()
    assert_harmless(html)
    assert "<strong>Chè Shan tuyết</strong> hái tay." in html
