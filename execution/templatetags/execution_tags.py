"""Template tags for pages of other apps that embed the workspace (the lesson page's exercise panel)."""

from __future__ import annotations

from typing import Any

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from execution import presentation, selectors, toolchain
from execution.models import Run

register = template.Library()


@register.simple_tag(takes_context=True)
def exercise_workspace(context: template.Context, exercise: Any, user: Any) -> dict[str, Any]:
    """The workspace's state: the latest submission's run (to show its results again), example input, and
    the exercise's language (its editor mode, and whether its programs can run: no Run button if not)."""
    latest = _latest_submission(context, exercise, user)
    # The visible tests, when the page prefetched them (as `examples`), cost no query.
    examples = getattr(exercise, "examples", None)
    if examples is None:
        examples = [t for t in exercise.test_cases.all() if t.is_visible]
    example = next(iter(examples), None)
    return {
        "run": latest.run if latest is not None else None,
        "example_input": example.input if example is not None else "",
        "language": _languages(context).get(exercise.language),
    }


_LANGUAGES = "_workspace_languages"


def _languages(context: template.Context) -> dict[str, toolchain.Language]:
    """Every language by key, with whether its programs can run: found once per page (kept in the
    context's bottom layer, as the latest submissions are), not once per workspace."""
    bottom = context.dicts[0]
    if _LANGUAGES not in bottom:
        bottom[_LANGUAGES] = {language.key: language for language in toolchain.languages()}
    languages: dict[str, toolchain.Language] = bottom[_LANGUAGES]
    return languages


_LATEST = "_workspace_latest_submissions"


def _latest_submission(context: template.Context, exercise: Any, user: Any) -> Any:
    """The user's latest submission to `exercise`. On a page of several exercises (the lesson's
    `exercises`), fetched for all of them at the first one's workspace: one query for the page. Kept in
    the context's bottom layer, which lives as long as this one rendering of the page."""
    fetched: dict[int, Any] = context.dicts[0].setdefault(_LATEST, {})
    if exercise.pk not in fetched:
        siblings = [e for e in context.get("exercises") or () if getattr(e, "pk", None) is not None]
        ids = {e.pk for e in siblings} | {exercise.pk}
        latest = selectors.submission_latest_by_exercise(user=user, exercise_ids=sorted(ids))
        fetched.update({pk: latest.get(pk) for pk in ids})
    return fetched[exercise.pk]


@register.simple_tag
def run_panel(run: Run) -> SafeString:
    """The run panel of `run`, as the run's page shows it."""
    return SafeString(render_to_string("execution/_run.html#panel", presentation.panel_context(run)))
