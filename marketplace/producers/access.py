"""Whose portal: a signed-in user with a membership, over one producer at a time.

A user working for several producers picks one (``?producer=<pk>``, remembered in the session).
Anyone else gets a 404, as at the desk: another producer's portal or product does not exist for
them.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from catalogue.models import Producer, Product
from marketplace.producers.membership import producers_of

SESSION_KEY = "producers:producer"


@dataclass
class Portal:
    """One user's portal over one producer."""

    producer: Producer
    #: every producer the user works for (more than one: the header offers a switch)
    choices: list[Producer]

    @property
    def several(self) -> bool:
        return len(self.choices) > 1

    def products(self):
        """The producer's own products: those the registry lists under it."""
        return Product.objects.filter(producer=self.producer)

    def product(self, pk: int) -> Product:
        """One of the producer's products; another producer's is a 404."""
        return get_object_or_404(self.products(), pk=pk)


class ChooseProducer(Exception):
    """The user works for several producers and has not picked one yet."""


def producer_choices(request: HttpRequest) -> list[Producer]:
    """The producers the user works for; none: 404."""
    choices = list(producers_of(request.user))
    if not choices:
        raise Http404
    return choices


def portal_for(request: HttpRequest) -> Portal:
    """The user's portal over the producer chosen (``?producer=`` or the session's); else 404."""
    choices = producer_choices(request)
    by_pk = {producer.pk: producer for producer in choices}
    asked = request.GET.get("producer")
    if asked is not None:
        producer = by_pk.get(int(asked)) if asked.isdigit() else None
        if producer is None:
            raise Http404
        request.session[SESSION_KEY] = producer.pk
        return Portal(producer, choices)
    if len(choices) == 1:
        return Portal(choices[0], choices)
    producer = by_pk.get(request.session.get(SESSION_KEY))
    if producer is None:
        raise ChooseProducer
    return Portal(producer, choices)
