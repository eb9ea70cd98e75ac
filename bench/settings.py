"""Settings for ``bench/storefront.py``: the production settings plus a bench-only URLconf.

Only the benchmark uses this module (``DJANGO_SETTINGS_MODULE=bench.settings``); the
``/__bench/minimal/`` view it adds is never part of the shipped site.
"""

import os

from marketplace.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
# Plain static file URLs: the bench does not run collectstatic (a manifest lookup costs the same).
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Each run's keys stay apart from anything else on the same Redis.
CACHES["default"]["KEY_PREFIX"] = os.environ.get("BENCH_CACHE_PREFIX", "ocop-bench")  # noqa: F405
LOGGING = {**LOGGING, "root": {"handlers": ["console"], "level": "WARNING"}}  # noqa: F405
