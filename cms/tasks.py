"""Scheduled publishing: Wagtail's ``publish_scheduled`` run by Celery beat every minute.

Pages with a "go live" time are published, and pages past their "expiry" time unpublished,
within a minute of the time the editor chose.
"""

from celery import shared_task
from django.core.management import call_command


@shared_task(name="cms.tasks.publish_scheduled")
def publish_scheduled() -> None:
    call_command("publish_scheduled", verbosity=0)
