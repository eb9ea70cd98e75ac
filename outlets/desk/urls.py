"""The desk, mounted at /shop/desk/ (namespace "outlets-desk")."""

from django.urls import path

from outlets.desk import views

app_name = "outlets-desk"

urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.stock, name="stock"),
    path("<int:pk>/stock/<int:record_pk>/", views.record_detail, name="record"),
    path("<int:pk>/stock/<int:record_pk>/remove/", views.remove, name="remove"),
    path("<int:pk>/receive/", views.receive, name="receive"),
    path("<int:pk>/add/", views.add_product, name="add"),
    path("<int:pk>/sell/", views.sell, name="sell"),
    path("<int:pk>/receipt/<str:number>/", views.receipt, name="receipt"),
    path("<int:pk>/today/", views.today, name="today"),
    path("<int:pk>/pickups/", views.pickups, name="pickups"),
    path("<int:pk>/history/", views.history, name="history"),
    path("<int:pk>/import/", views.import_count, name="import"),
]
