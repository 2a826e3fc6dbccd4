"""The programs a lesson features are kept with the course (curriculum/content_cache.py): the lesson page
shows their titles, languages, owners' names and notes. A change to any of those replaces the content
version, as a change to the lesson itself does."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save

from curriculum.content_cache import content_changed
from programs.models import FeaturedProgram, Program


def _on_featured_saved_or_deleted(sender: Any, **kwargs: Any) -> None:
    # A program or user deleted takes its featured rows with it: their post_delete comes here too.
    content_changed()


def _on_program_saved(sender: Any, instance: Program, created: bool, **kwargs: Any) -> None:
    # Most saves are of programs no lesson features (a new one is featured nowhere).
    if not created and FeaturedProgram.objects.filter(program_id=instance.pk).exists():
        content_changed()


def _on_user_saved(sender: Any, instance: Any, created: bool, update_fields: Any, **kwargs: Any) -> None:
    # A sign-up owns no program yet, and a log-in saves only last_login: no query for those.
    if created or (update_fields is not None and set(update_fields) <= {"last_login"}):
        return
    if FeaturedProgram.objects.filter(program__owner_id=instance.pk).exists():
        content_changed()


def connect_signals() -> None:
    for signal in (post_save, post_delete):
        signal.connect(
            _on_featured_saved_or_deleted,
            sender=FeaturedProgram,
            dispatch_uid=f"programs-featured-{signal is post_save}",
        )
    post_save.connect(_on_program_saved, sender=Program, dispatch_uid="programs-featured-program")
    post_save.connect(_on_user_saved, sender=get_user_model(), dispatch_uid="programs-featured-owner")
