"""Template tags for pages of other apps that embed the workspace (the lesson page's exercise panel)."""

from __future__ import annotations

import re
import threading
import uuid
from collections import OrderedDict
from typing import Any

from django import template
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from execution import presentation, selectors, toolchain
from execution.models import FINAL_STATUSES, Run

register = template.Library()

_CODE_SPAN = re.compile(r"`([^`]+)`")


@register.filter
def code_spans(text: str) -> SafeString:
    """The text escaped, with each `code` span (as the explanations' catalog writes its code, which the
    API gives as written) shown as code."""
    return mark_safe(_CODE_SPAN.sub(r"<code>\1</code>", escape(text)))  # safe: escaped before the spans


@register.simple_tag(takes_context=True)
def exercise_workspace(context: template.Context, exercise: Any, user: Any) -> dict[str, Any]:
    """The workspace's state: the run panel of the latest submission (to show its results again), example
    input, and the exercise's language (its editor mode, and whether its programs can run: no Run button
    if not)."""
    # The visible tests, when the page prefetched them (as `examples`), cost no query.
    examples = getattr(exercise, "examples", None)
    if examples is None:
        examples = [t for t in exercise.test_cases.all() if t.is_visible]
    example = next(iter(examples), None)
    return {
        "run_panel": _latest_run_panel(context, exercise, user),
        "example_input": example.input if example is not None else "",
        "language": _languages(context).get(exercise.language),
    }


_LATEST = "_workspace_latest_run_panels"


def _latest_run_panel(context: template.Context, exercise: Any, user: Any) -> SafeString | None:
    """The run panel of the user's latest submission to `exercise`. On a page of several exercises (the
    lesson's `exercises`), found for all of them at the first one's workspace: one query for the page,
    and one more for the submissions whose panels are not kept. Kept in the context's bottom layer, which
    lives as long as this one rendering of the page."""
    fetched: dict[int, SafeString | None] = context.dicts[0].setdefault(_LATEST, {})
    if exercise.pk not in fetched:
        siblings = [e for e in context.get("exercises") or () if getattr(e, "pk", None) is not None]
        ids = sorted({e.pk for e in siblings} | {exercise.pk})
        fetched.update(dict.fromkeys(ids))
        fetched.update(_run_panels(user, ids))
    return fetched[exercise.pk]


# The panels of finished runs, by run, status and verdict: a run is final once (services move it out of
# an active status only) and its submission's verdict is written in the same transaction, so such a
# panel never changes. Per process, the most recently shown first; past this many the oldest go.
FINAL_PANELS_MAX = 1024
_final_panels: OrderedDict[tuple[uuid.UUID, str, str], SafeString] = OrderedDict()
_final_panels_lock = threading.Lock()


def _final_key(run_id: uuid.UUID, status: str, verdict: str) -> tuple[uuid.UUID, str, str] | None:
    return (run_id, status, verdict) if status in FINAL_STATUSES and verdict else None


def _run_panels(user: Any, exercise_ids: list[int]) -> dict[int, SafeString]:
    """The run panels of the user's latest submissions to these exercises, by exercise id: kept ones as
    they are, the others rendered from their runs (read in one query)."""
    panels: dict[int, SafeString] = {}
    unkept: list[int] = []
    latest = selectors.submission_latest_states_by_exercise(user=user, exercise_ids=exercise_ids)
    for exercise_id, row in latest.items():
        key = _final_key(row.run_id, row.run_status, row.verdict)
        with _final_panels_lock:
            kept = _final_panels.get(key) if key is not None else None
            if kept is not None:
                _final_panels.move_to_end(key)  # type: ignore[arg-type]
        if kept is not None:
            panels[exercise_id] = kept
        else:
            unkept.append(row.submission_id)
    for exercise_id, submission in selectors.submission_by_ids_for_user(user=user, ids=unkept).items():
        run = submission.run
        panel = run_panel(run)
        # The key of what was read now: the run may have finished since the first query.
        key = _final_key(run.pk, run.status, submission.verdict)
        if key is not None:
            with _final_panels_lock:
                _final_panels[key] = panel
                while len(_final_panels) > FINAL_PANELS_MAX:
                    _final_panels.popitem(last=False)
        panels[exercise_id] = panel
    return panels


_LANGUAGES = "_workspace_languages"


def _languages(context: template.Context) -> dict[str, toolchain.Language]:
    """Every language by key, with whether its programs can run: found once per page (kept in the
    context's bottom layer, as the latest run panels are), not once per workspace."""
    bottom = context.dicts[0]
    if _LANGUAGES not in bottom:
        bottom[_LANGUAGES] = {language.key: language for language in toolchain.languages()}
    languages: dict[str, toolchain.Language] = bottom[_LANGUAGES]
    return languages


@register.simple_tag
def run_panel(run: Run) -> SafeString:
    """The run panel of `run`, as the run's page shows it."""
    return SafeString(render_to_string("execution/_run.html#panel", presentation.panel_context(run)))
