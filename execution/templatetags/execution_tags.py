"""Template tags for pages of other apps that embed the workspace (the lesson page's exercise panel)."""

from __future__ import annotations

from typing import Any

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from execution import presentation, selectors, toolchain
from execution.models import Run

register = template.Library()


@register.simple_tag
def exercise_workspace(exercise: Any, user: Any) -> dict[str, Any]:
    """The workspace's state: the latest submission's run (to show its results again), example input, and
    the exercise's language (its editor mode, and whether its programs can run: no Run button if not)."""
    latest = selectors.submission_latest_for_exercise(user=user, exercise_id=exercise.pk)
    example = next((t for t in exercise.test_cases.all() if t.is_visible), None)
    return {
        "run": latest.run if latest is not None else None,
        "example_input": example.input if example is not None else "",
        "language": toolchain.language_get(exercise.language),
    }


@register.simple_tag
def run_panel(run: Run) -> SafeString:
    """The run panel of `run`, as the run's page shows it."""
    return SafeString(render_to_string("execution/_run.html#panel", presentation.panel_context(run)))
