"""URLs of the site outside Wagtail's page tree; included before ``wagtail.urls``.

- Page sub-URLs that end in a file name (".../calendar.ics"): Wagtail's own pattern only matches
  paths of slash-terminated slugs, so these are handed to Wagtail's ``serve`` here; the page's
  ``route`` (``FileRoutesMixin``) resolves them.
- Area landing pages (``cms.areas``): provinces and districts are data, not pages.
"""

from django.urls import path, re_path
from wagtail import views

from cms import areas

urlpatterns = [
    re_path(r"^((?:[\w\-]+/)*[\w\-]+\.ics)$", views.serve, name="cms_page_file"),
    path("vung/", areas.area_index, name="cms_areas"),
    path("vung/<slug:province>/", areas.province_view, name="cms_area_province"),
    path("vung/<slug:province>/<slug:district>/", areas.district_view, name="cms_area_district"),
]
