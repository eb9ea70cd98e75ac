"""The OCOP marketplace project: settings, URLs, the Celery app and the commerce core."""

from marketplace.celery import app as celery_app

__all__ = ["celery_app"]
