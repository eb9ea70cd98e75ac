"""Order placement: Oscar's, with the sales channel recorded on every order."""

from oscar.apps.order.utils import OrderCreator as OscarOrderCreator

from marketplace.channels.models import SalesChannel


class OrderCreator(OscarOrderCreator):
    def create_order_model(self, *args, **extra_order_fields):
        # Storefront checkout passes no channel: its orders are the online store's.
        # In-store and fair sales pass their own with place_order(..., channel=…).
        extra_order_fields.setdefault("channel", SalesChannel.online())
        return super().create_order_model(*args, **extra_order_fields)
