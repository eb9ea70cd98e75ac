"""Rich text in the Wagtail admin: raw HTML posted instead of the editor's JSON is no 500
(finding 12), nothing unsafe is stored (finding 1), and page links and images still work."""

from __future__ import annotations

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.test import Client
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.test.utils.form_data import nested_form_data, rich_text

from cms.demo import ensure_home, ensure_news, ensure_news_index
from cms.models import HomePage, NewsPage
from tests.i18n import speak

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client() -> Client:
    superuser = get_user_model().objects.create_superuser(
        "admin@example.vn", "admin@example.vn", "pw-ocop-2026"
    )
    client = speak(Client(), "en")
    client.force_login(superuser)
    return client


@pytest.fixture
def story() -> NewsPage:
    index = ensure_news_index(ensure_home())
    return ensure_news(
        index,
        title="Phiên chợ OCOP cuối tuần",
        date=datetime.date(2026, 11, 20),
        intro="Hơn năm mươi sản phẩm.",
        body="Nội dung cũ, đã đúng.",
    )


def edit_data(page: NewsPage, body: str) -> dict[str, object]:
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "date": page.date.isoformat(),
            "intro": page.intro,
            "image": "",
            "body": body,
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000},
            "action-publish": "publish",
        }
    )


def test_raw_html_posted_to_the_page_editor_is_no_server_error_and_is_stored_safe(editor_client, story):
    url = reverse("wagtailadmin_pages:edit", args=[story.pk])
    raw = (
        "<p>Phiên chợ có <b>năm mươi</b> gian hàng.<br>Mở cửa 8 giờ.</p>"
        '<script>alert(1)</script><img src=x onerror="alert(1)">'
        '<p><a href="javascript:alert(1)">bấm</a></p>'
    )

    response = editor_client.post(url, edit_data(story, raw))

    assert response.status_code == 302, response.content.decode()[:3000]
    body = NewsPage.objects.get(pk=story.pk).body
    assert "<b>năm mươi</b>" in body
    assert "script" not in body and "alert" not in body and "onerror" not in body
    assert "Mở cửa 8 giờ." in body
    html = speak(Client(), "en").get(story.url).content.decode()
    assert "<b>năm mươi</b> gian hàng." in html
    assert "onerror" not in html and "javascript:" not in html
    assert editor_client.get(url).status_code == 200  # and the editor opens what was stored


def test_the_editor_json_still_saves_as_before(editor_client, story):
    url = reverse("wagtailadmin_pages:edit", args=[story.pk])
    body = rich_text("<h2>Kết quả</h2><p>Doanh thu <b>120 triệu</b> đồng.</p><ul><li>Chè</li></ul>")

    response = editor_client.post(url, edit_data(story, body))

    assert response.status_code == 302
    stored = NewsPage.objects.get(pk=story.pk).body
    assert "<h2" in stored and "<b>120 triệu</b>" in stored and "<li" in stored


def test_broken_editor_content_is_a_form_error_and_keeps_the_stored_body(editor_client, story):
    url = reverse("wagtailadmin_pages:edit", args=[story.pk])
    before = NewsPage.objects.get(pk=story.pk)

    response = editor_client.post(url, edit_data(story, '{"blocks": "not a list"}'))

    assert response.status_code == 200
    assert "The editor&#x27;s content could not be read." in response.content.decode()
    after = NewsPage.objects.get(pk=story.pk)
    assert after.body == before.body
    assert after.latest_revision_id == before.latest_revision_id


def a_png() -> ImageFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "green").save(buffer, "PNG")
    return ImageFile(buffer, name="che.png")


def test_page_links_and_images_in_rich_text_still_render(story):
    image = Image.objects.create(title="Đồi chè", file=a_png())
    home = HomePage.objects.get()
    story.body = (
        f'<p>Xem <a linktype="page" id="{home.pk}">trang chủ</a> và '
        f'<a href="https://ocop.gov.vn/">OCOP</a>.</p>'
        f'<embed embedtype="image" id="{image.pk}" format="left" alt="Đồi chè Mộc Châu"/>'
        '<p><a linktype="page" id="abc">hỏng</a></p>'
    )
    story.save_revision().publish()

    html = speak(Client(), "en").get(story.url).content.decode()

    assert f'<a href="{home.url}" rel="noopener noreferrer nofollow">trang chủ</a>' in html
    assert '<a href="https://ocop.gov.vn/" rel="noopener noreferrer nofollow">OCOP</a>' in html
    assert 'alt="Đồi chè Mộc Châu"' in html
    assert 'class="richtext-image left"' in html
    assert "/media/images/" in html or "/images/" in html
