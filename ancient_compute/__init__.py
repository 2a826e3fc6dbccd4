"""The project package. Importing the Celery app here makes every @shared_task bind to it, so that a web
process that sends a task never falls back to Celery's default app (and its default broker)."""

from ancient_compute.celery import app as celery_app

__all__ = ("celery_app",)
