"""Oscar's basket, which knows that pick-up lines need no shipping address."""

from oscar.apps.basket.abstract_models import AbstractBasket

from marketplace.basket.fulfilment import sales_point_partner_ids


class Basket(AbstractBasket):
    def pickup_partner_ids(self) -> set[int]:
        """Partners of this basket's lines that are sales points (lines picked up there)."""
        return sales_point_partner_ids(line.stockrecord.partner_id for line in self.all_lines())

    def is_pickup_line(self, line, pickup_ids: set[int] | None = None) -> bool:
        if pickup_ids is None:
            pickup_ids = self.pickup_partner_ids()
        return line.stockrecord is not None and line.stockrecord.partner_id in pickup_ids

    def delivery_lines(self) -> list:
        """Lines the producers deliver (everything not picked up at a sales point)."""
        pickup_ids = self.pickup_partner_ids()
        return [line for line in self.all_lines() if not self.is_pickup_line(line, pickup_ids)]

    def is_shipping_required(self) -> bool:
        # Oscar asks this to decide on the address step: only delivered lines need an address.
        return any(line.product.is_shipping_required for line in self.delivery_lines())


from oscar.apps.basket.models import *  # noqa: E402,F403  (Oscar's fork pattern)
