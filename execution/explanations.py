"""A run's explanation as the pages and the API show it: the instructor's hints for the exercise first,
then the deterministic explainer's explanations, then, when a model provider is configured, its hint in
words (or, on any failure, why there is none: the explanations above stand on their own).

A read: it writes no row. The model's hint is kept in the cache for a while, so asking again for the same
run neither costs another request to the provider nor counts against the user's rate of hints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.cache import cache

from ancient_compute.lib.errors import ApplicationError
from execution import selectors
from execution.explain import Explanation, RunFacts, TestFacts, explain
from execution.explain.provider import ModelHint, ProviderConfig, ProviderError, ask
from execution.models import Run
from execution.throttles import hint_retry_after

HINT_CACHE_SECONDS = 3600

# How the model's part of an explanation ended.
MODEL_OFF = "off"  # no provider configured: nothing is said about a model
MODEL_OK = "ok"
MODEL_FALLBACK = "fallback"  # a provider is configured but gave no hint: the reason is shown


@dataclass(frozen=True, slots=True)
class InstructorHint:
    order: int
    text: str  # Markdown


@dataclass(slots=True)
class RunExplanation:
    run: Run
    explanations: list[Explanation]
    instructor_hints: list[InstructorHint] = field(default_factory=list)
    hints_remaining: int = 0  # the exercise's hints the student has not revealed yet
    exercise: Any = None
    model_status: str = MODEL_OFF
    model_hint: str = ""
    model_name: str = ""
    fallback_reason: str = ""

    @property
    def submission(self) -> Any:
        return getattr(self.run, "submission", None)

    @property
    def is_test_failure(self) -> bool:
        return any(e.test for e in self.explanations)


def provider_config() -> ProviderConfig:
    return ProviderConfig(
        provider=settings.HINT_PROVIDER,
        base_url=settings.HINT_BASE_URL,
        model=settings.HINT_MODEL,
        api_key=settings.HINT_API_KEY,
        timeout=float(settings.HINT_TIMEOUT),
    )


def run_facts(run: Run) -> RunFacts:
    """The run's facts for the explainer. A submission's tests come from its stored results, which hold a
    hidden test's name and status only; the exercise's reference solution is never read here."""
    submission = getattr(run, "submission", None)
    results = submission.results if submission is not None else []
    return RunFacts(
        language=run.language,
        source=run.source,
        status=run.status,
        diagnostics=tuple(d for d in run.diagnostics if isinstance(d, dict)),
        trap=run.trap,
        trap_message=run.trap_message,
        trap_line=run.trap_line,
        output=run.output,
        exit_status=run.exit_status,
        max_steps=run.max_steps,
        max_output=run.max_output,
        tests=tuple(TestFacts.from_result(r) for r in results if isinstance(r, dict)),
    )


def run_explanation_get(*, request: Any, run_id: Any) -> RunExplanation:
    """The explanation of one of the user's runs; NotFound for another's, a conflict while it runs."""
    run = selectors.access_run_by_id(request.user, run_id)
    return _explanation(request, run)


def submission_explanation_get(*, request: Any, submission_id: int) -> RunExplanation:
    submission = selectors.access_submission_by_id(request.user, submission_id)
    return _explanation(request, submission.run)


def _explanation(request: Any, run: Run) -> RunExplanation:
    if not run.is_final:
        raise ApplicationError(
            "The run has not finished yet: its explanation is ready when it ends.",
            code="run_not_final",
            status=409,
        )
    facts = run_facts(run)
    found = RunExplanation(run=run, explanations=explain(facts))
    submission = getattr(run, "submission", None)
    if submission is not None and found.explanations:
        _add_instructor_hints(found, request.user, submission.exercise)
    if found.explanations:
        _add_model_hint(found, request, facts)
    return found


def _add_instructor_hints(found: RunExplanation, user: Any, exercise: Any) -> None:
    """The hints the student has revealed, in order; the rest are revealed on the exercise's page (each
    failed attempt unlocks one), not here, so the course's pace of hints holds."""
    from curriculum.selectors import hint_state_for_user, progress_get_for_exercise

    state = hint_state_for_user(
        user=user, exercise=exercise, progress=progress_get_for_exercise(user=user, exercise=exercise)
    )
    found.exercise = exercise
    found.instructor_hints = [InstructorHint(h.order, h.text) for h in state.revealed]
    found.hints_remaining = state.total - len(state.revealed)


def _add_model_hint(found: RunExplanation, request: Any, facts: RunFacts) -> None:
    config = provider_config()
    if not config.enabled:
        return
    key = f"hint:{found.run.pk}:{config.model}"
    cached = cache.get(key)
    if isinstance(cached, dict):
        found.model_status, found.model_hint, found.model_name = MODEL_OK, cached["text"], cached["model"]
        return
    retry_after = hint_retry_after(request)
    if retry_after is not None:
        _fallback(found, f"you have asked for many hints in a short time: try again in {retry_after} s")
        return
    try:
        hint: ModelHint = ask(config, facts, found.explanations)
    except ProviderError as error:
        _fallback(found, str(error))
        return
    cache.set(key, {"text": hint.text, "model": hint.model}, HINT_CACHE_SECONDS)
    found.model_status, found.model_hint, found.model_name = MODEL_OK, hint.text, hint.model


def _fallback(found: RunExplanation, reason: str) -> None:
    found.model_status = MODEL_FALLBACK
    found.fallback_reason = reason


def explanation_data(found: RunExplanation) -> dict[str, Any]:
    """The API's body (ExplanationSerializer documents it)."""
    submission = found.submission
    return {
        "run": str(found.run.pk),
        "submission": submission.pk if submission is not None else None,
        "status": found.run.status,
        "language": found.run.language,
        "instructor_hints": [{"order": h.order, "text": h.text} for h in found.instructor_hints],
        "hints_remaining": found.hints_remaining,
        "explanations": [e.as_dict() for e in found.explanations],
        "model_hint": {
            "status": found.model_status,
            "text": found.model_hint,
            "model": found.model_name,
            "fallback_reason": found.fallback_reason,
        },
    }
