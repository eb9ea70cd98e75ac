from django.urls import path
from oscar.apps.basket import apps
from oscar.core.loading import get_class


class BasketConfig(apps.BasketConfig):
    name = "marketplace.basket"

    def ready(self) -> None:
        super().ready()
        self.line_fulfilment_view = get_class("basket.views", "LineFulfilmentView")

    def get_urls(self):
        urls = super().get_urls()
        # Delivery or pick-up, chosen per line on the basket page.
        urls.append(
            path("lines/<int:pk>/fulfilment/", self.line_fulfilment_view.as_view(), name="line-fulfilment")
        )
        return self.post_process_urls(urls)
