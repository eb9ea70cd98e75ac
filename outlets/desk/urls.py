"""The desk, mounted at /shop/desk/ (namespace "outlets-desk").

A sales point's desk is at ``<point pk>/…``; a fair's booth desk at ``fair/<fair page pk>/…``,
with the same views (``kind="booth"``) under names prefixed ``booth-``.
"""

from django.urls import path

from outlets.desk import views

app_name = "outlets-desk"

BOTH = [
    ("", views.stock, "stock"),
    ("stock/<int:record_pk>/", views.record_detail, "record"),
    ("stock/<int:record_pk>/remove/", views.remove, "remove"),
    ("sell/", views.sell, "sell"),
    ("receipt/<str:number>/", views.receipt, "receipt"),
    ("today/", views.today, "today"),
    ("history/", views.history, "history"),
]
POINT_ONLY = [
    ("receive/", views.receive, "receive"),
    ("add/", views.add_product, "add"),
    ("pickups/", views.pickups, "pickups"),
    ("pickups/<str:number>/<slug:action>/", views.pickup_action, "pickup-action"),
    ("import/", views.import_count, "import"),
]
BOOTH_ONLY = [
    ("transfer/", views.transfer, "transfer"),
    ("return/", views.return_stock, "return"),
]

urlpatterns = [
    path("", views.index, name="index"),
    *(
        path(f"<int:pk>/{route}", view, {"kind": "point"}, name=name)
        for route, view, name in BOTH + POINT_ONLY
    ),
    *(
        path(f"fair/<int:pk>/{route}", view, {"kind": "booth"}, name=f"booth-{name}")
        for route, view, name in BOTH + BOOTH_ONLY
    ),
]
