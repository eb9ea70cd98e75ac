"""The producer portal, mounted at /shop/producer/ (namespace "producers")."""

from django.urls import path

from marketplace.producers import views

app_name = "producers"

urlpatterns = [
    path("", views.home, name="home"),
    path("choose/", views.choose, name="choose"),
    path("listings/", views.listing_list, name="listings"),
    path("listings/<int:pk>/", views.listing_edit, name="listing"),
    path("listings/<int:pk>/pause/", views.listing_pause, name="listing-pause"),
    path("listings/<int:pk>/resume/", views.listing_resume, name="listing-resume"),
]
