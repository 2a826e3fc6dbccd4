"""Template tags for pages of other apps: the lesson page's featured programs."""

from __future__ import annotations

from typing import Any

from django import template

from curriculum.content_cache import remembered
from programs import selectors

register = template.Library()


@register.simple_tag
def featured_programs(lesson: Any) -> list[Any]:
    """The lesson's featured programs, read once per content version in the process (a change to a
    featured program, to the list or to an owner's name replaces the version: content_cache)."""
    return remembered(
        ("featured-programs", lesson.pk),
        lambda: list(selectors.featured_program_list_for_lesson(lesson_id=lesson.pk)),
    )
