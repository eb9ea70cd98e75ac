"""Certification is checked again when adding to the basket and before an order is placed."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from catalogue.certification import vietnam_today

pytestmark = pytest.mark.django_db


def add_to_basket(client, product, quantity=1):
    return client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": quantity}, follow=True)


def basket_titles(client):
    response = client.get(reverse("basket:summary"))
    return [line.product.title for line in response.context["basket"].all_lines()], response


def test_certified_product_goes_into_the_basket(client, make_product):
    product = make_product()
    add_to_basket(client, product)
    titles, _ = basket_titles(client)
    assert titles == [product.title]


def test_uncertified_product_cannot_be_added(client, make_product):
    expired = make_product(days_left=0)
    add_to_basket(client, expired)
    titles, _ = basket_titles(client)
    assert titles == []


def test_line_that_loses_certification_is_flagged_and_blocks_checkout(client, make_product):
    product = make_product(days_left=1)
    add_to_basket(client, product)
    tomorrow = vietnam_today() + datetime.timedelta(days=1)
    with time_machine.travel(datetime.datetime.combine(tomorrow, datetime.time(8, 0)), tick=False):
        titles, response = basket_titles(client)
        assert titles == [product.title]
        assert "no longer available" in response.content.decode()
        # Every checkout step re-checks the basket and sends the shopper back to it.
        checkout = client.get(reverse("checkout:preview"), follow=True)
        assert checkout.redirect_chain[-1][0] == reverse("basket:summary")
        messages = [str(m) for m in checkout.context["messages"]]
        assert any("no valid OCOP certificate today" in m for m in messages), messages
