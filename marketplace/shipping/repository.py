"""Which shipping methods a basket may use: delivery if any line is delivered, else pick-up only."""

from oscar.apps.shipping import repository

from marketplace.shipping.methods import ExpressDelivery, NoShippingRequired, StandardDelivery


class Repository(repository.Repository):
    methods = (StandardDelivery(), ExpressDelivery())

    def get_shipping_methods(self, basket, shipping_addr=None, **kwargs):
        if not basket.is_shipping_required():
            # Every line is picked up at a sales point (Oscar's special case, our name for it).
            return [NoShippingRequired()]
        return super().get_shipping_methods(basket, shipping_addr=shipping_addr, **kwargs)
