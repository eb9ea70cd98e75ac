"""Errors of the stock records."""

from __future__ import annotations

from django.utils.translation import gettext as _
from oscar.apps.order.exceptions import UnableToPlaceOrder


class NotEnoughStock(UnableToPlaceOrder):
    """An allocation asked for more units than are free; nothing was allocated."""

    def __init__(self, title: str, available: int, requested: int) -> None:
        self.title = title
        self.available = max(available, 0)
        self.requested = requested
        if self.available:
            message = _("Only %(n)s left of “%(title)s” (you asked for %(q)s). Please change the quantity.")
        else:
            message = _("“%(title)s” has just sold out here. Please remove it or choose another place.")
        super().__init__(message % {"n": self.available, "title": title, "q": requested})
