"""Oscar's wish list views; adding and moving a product answer POST only."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from oscar.apps.customer.wishlists.views import *  # noqa: F403  (Oscar's fork pattern)
from oscar.apps.customer.wishlists.views import WishListAddProduct as OscarWishListAddProduct
from oscar.apps.customer.wishlists.views import (
    WishListMoveProductToAnotherWishList as OscarWishListMoveProductToAnotherWishList,
)


class WishListAddProduct(OscarWishListAddProduct):
    """Oscar's view added on GET, and created a wish list before even looking at the method."""

    http_method_names = ["post", "options"]

    def dispatch(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if request.method.lower() not in self.http_method_names:
            return self.http_method_not_allowed(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)


class WishListMoveProductToAnotherWishList(OscarWishListMoveProductToAnotherWishList):
    """Oscar's view moved the line on GET: POST only (its GET handler does the move)."""

    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        return self.get(request, *args, **kwargs)
