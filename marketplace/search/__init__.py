"""Oscar's search app, forked: the storefront's product search and browsing.

Oscar 4.2 browses through haystack; we keep haystack configured (Oscar imports it)
but serve listings from our own service (``service.py``): the database here,
Elasticsearch behind the same contract when ``ELASTICSEARCH_URL`` is set.
"""
