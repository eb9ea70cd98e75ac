"""Page sub-URLs that end in a file name (".../calendar.ics").

Wagtail's own pattern only matches paths of slash-terminated slugs, so these are handed to
Wagtail's ``serve`` here; the page's ``route`` (``FileRoutesMixin``) resolves them.
Include this before ``wagtail.urls``.
"""

from django.urls import re_path
from wagtail import views

urlpatterns = [
    re_path(r"^((?:[\w\-]+/)*[\w\-]+\.ics)$", views.serve, name="cms_page_file"),
]
