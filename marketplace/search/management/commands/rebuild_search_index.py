"""``manage.py rebuild_search_index``: refresh folded texts and rebuild the index behind its alias."""

from __future__ import annotations

from django.core.management.base import BaseCommand
from tqdm import tqdm

from marketplace.search import indexing
from marketplace.search.backends import elasticsearch_enabled


class Command(BaseCommand):
    help = "Rebuild product search (folded text; the Elasticsearch index with an alias swap)."

    def handle(self, *args, **options) -> None:
        from oscar.core.loading import get_model

        total = get_model("catalogue", "Product").objects.browsable().count()
        with tqdm(total=total, unit="product", file=self.stderr, disable=not elasticsearch_enabled()) as bar:
            indexed = indexing.rebuild(progress=bar.update)
        where = "Elasticsearch" if elasticsearch_enabled() else "the database"
        self.stdout.write(self.style.SUCCESS(f"{indexed} certified products searchable in {where}."))
