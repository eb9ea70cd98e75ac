"""The allow-list itself (marketplace.safety.html) and the fields that apply it on every write."""

from __future__ import annotations

import pytest
from django.db import connection
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from catalogue.models import Producer
from cms.demo import ensure_home
from cms.models import HomePage
from marketplace.safety.html import (
    WAGTAIL_RICH_TEXT_FEATURES,
    html_to_text,
    sanitise_html,
    sanitise_wagtail_html,
)
from tests.factories import ProducerFactory


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        '<a href="javascript:alert(1)">x</a>',
        '<a href="JaVaScRiPt:alert(1)">x</a>',
        '<a href="data:text/html,<script>alert(1)</script>">x</a>',
        '<p onclick="alert(1)" style="background:url(javascript:alert(1))">x</p>',
        '<iframe src="https://evil.example/"></iframe>',
        "<svg><script>alert(1)</script></svg>",
        "<style>body{display:none}</style>",
        '<form action="https://evil.example/"><input name="password"></form>',
    ],
)
def test_hostile_markup_is_removed(attack):
    for sanitise in (sanitise_html, sanitise_wagtail_html):
        clean = sanitise(attack).lower()
        assert "script" not in clean
        assert "alert" not in clean or "javascript" not in clean
        for word in ("onerror", "onclick", "javascript:", "data:", "<iframe", "<style", "<form", "<input"):
            assert word not in clean


def test_formatting_and_safe_links_stay_with_rel_added():
    text = (
        "<h2>Giới thiệu</h2><p><strong>Chè</strong> <em>Mộc Châu</em> <b>b</b> <i>i</i><br>dòng</p>"
        "<ul><li>một</li></ul><ol><li>hai</li></ol><blockquote>trích</blockquote>"
        '<p><a href="https://a.vn/">a</a> <a href="/shop/">b</a> <a href="mailto:x@a.vn">c</a> '
        '<a href="tel:+84212">d</a></p>'
    )
    clean = sanitise_html(text)
    for kept in ("<h2>", "<strong>Chè</strong>", "<em>", "<b>b</b>", "<i>i</i>", "<br>", "<ul><li>", "<ol>"):
        assert kept in clean
    assert "<blockquote>trích</blockquote>" in clean
    for href in ("https://a.vn/", "/shop/", "mailto:x@a.vn", "tel:+84212"):
        assert f'<a href="{href}" rel="noopener noreferrer nofollow">' in clean


def test_plain_text_is_kept_and_escaped_once():
    assert sanitise_html("Tôm & cá < 5 kg") == "Tôm &amp; cá &lt; 5 kg"
    assert sanitise_html(sanitise_html("Tôm & cá")) == "Tôm &amp; cá"
    assert html_to_text("<p>Tôm &amp; cá</p><p>ngon</p><script>x()</script>") == "Tôm & cá ngon"


def test_wagtail_format_keeps_page_links_documents_and_images_by_numeric_id():
    stored = (
        '<p data-block-key="a1b2c">Xem <a linktype="page" id="3">trang</a>, '
        '<a linktype="document" id="7">tệp</a>, <a linktype="page" id="3 or 1=1">x</a></p>'
        '<embed alt="Đồi &quot;chè&quot;" embedtype="image" format="left" id="5"/>'
        '<embed embedtype="media" url="https://evil.example/"/>'
    )
    clean = sanitise_wagtail_html(stored)
    assert '<p data-block-key="a1b2c">' in clean
    assert '<a linktype="page" id="3">trang</a>' in clean
    assert '<a linktype="document" id="7">tệp</a>' in clean
    assert "<a>x</a>" in clean
    assert '<embed alt="Đồi &quot;chè&quot;" embedtype="image" format="left" id="5"/>' in clean
    assert "media" not in clean and "evil" not in clean
    assert sanitise_wagtail_html(clean) == clean


@pytest.mark.django_db
def test_what_the_editor_writes_survives_the_sanitiser_unchanged():
    """Every feature the editors get round-trips: saving in the admin loses nothing."""
    converter = ContentstateConverter(WAGTAIL_RICH_TEXT_FEATURES)
    source = (
        "<h2>H2</h2><h3>H3</h3><h4>H4</h4><p><b>b</b> <i>i</i> "
        '<a href="https://ocop.gov.vn/">x</a> <a linktype="page" id="2">p</a> '
        '<a linktype="document" id="4">d</a><br/>dòng</p><ul><li>u</li></ul><ol><li>o</li></ol>'
        '<blockquote>q</blockquote><hr/><embed alt="a" embedtype="image" format="right" id="9"/>'
    )
    written = converter.to_database_format(converter.from_database_format(source))

    assert "<br/>" in written and "<embed " in written and 'data-block-key="' in written
    assert sanitise_wagtail_html(written) == written


@pytest.mark.django_db
def test_every_write_path_stores_sanitised_text():
    attack = "<strong>ok</strong><script>alert(1)</script>"
    created = ProducerFactory(story=attack)
    assert created.story == "<strong>ok</strong>"  # save(): the instance too
    Producer.objects.filter(pk=created.pk).update(story=attack)
    assert Producer.objects.get(pk=created.pk).story == "<strong>ok</strong>"
    created.story = attack
    Producer.objects.bulk_update([created], ["story"])
    assert Producer.objects.get(pk=created.pk).story == "<strong>ok</strong>"


@pytest.mark.django_db
def test_the_home_page_text_block_is_stored_and_shown_sanitised(client):
    home = ensure_home()
    home.body = [("rich_text", '<p><b>Chào</b> <img src=x onerror="alert(1)"></p><script>alert(2)</script>')]
    home.save_revision().publish()

    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM cms_homepage WHERE page_ptr_id = %s", [home.pk])
        stored = cursor.fetchone()[0]
    html = client.get("/").content.decode()

    assert "onerror" not in str(stored) and "alert" not in str(stored)
    assert "<b>Chào</b>" in html
    assert "onerror" not in html and "alert(2)" not in html
    assert HomePage.objects.get(pk=home.pk).body[0].value.source == "<p><b>Chào</b> </p>"
