"""Template tags for pages of other apps: the lesson page's featured programs."""

from __future__ import annotations

from typing import Any

from django import template

from programs import selectors

register = template.Library()


@register.simple_tag
def featured_programs(lesson: Any) -> list[Any]:
    return list(selectors.featured_program_list_for_lesson(lesson_id=lesson.pk))
