"""Card payment URLs: Stripe's webhook, the shopper's card pages, staff refunds."""

from django.urls import path

from marketplace.payments import dashboard, views, webhooks

app_name = "payments"

urlpatterns = [
    path("stripe/webhook/", webhooks.stripe_webhook, name="stripe-webhook"),
    path("card/start/", views.start, name="card-start"),
    path("card/", views.pay, name="card-pay"),
    path("card/confirm/", views.confirm, name="card-confirm"),
    path("card/return/", views.back, name="card-return"),
    path("card/cancel/", views.cancel, name="card-cancel"),
    path("dashboard/card-payments/<int:pk>/refund/", dashboard.RefundView.as_view(), name="refund"),
]
