"""The Celery application: configuration from Django settings (CELERY_*), JSON only, late acks."""

from __future__ import annotations

import os

from celery import Celery
from celery.signals import worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ancient_compute.settings.local")

app = Celery("ancient_compute")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_process_init.connect
def _prepare_compilers(**kwargs: object) -> None:
    """Import the front-ends and prepare the runtime once per worker process, before its first run,
    so that a student's first program in a fresh worker is not the one that pays for it."""
    from compilers import driver, registry

    driver.preload(tuple(language.key for language in registry.available()))
