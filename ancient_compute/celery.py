"""The Celery application: configuration from Django settings (CELERY_*), JSON only, late acks."""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ancient_compute.settings.local")

app = Celery("ancient_compute")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
