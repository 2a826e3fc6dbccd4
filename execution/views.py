"""Pages: the playground, a run's permanent page, the workspace's Run and Submit, a student's history of
attempts at an exercise, and share links (a shared program, or a run its owner made public).

Forms post normally and work without JavaScript (redirect to the run's page); with htmx they swap the run
panel into the page, which then follows the run over its WebSocket.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST
from django_htmx.middleware import HtmxDetails

from ancient_compute.lib.errors import ApplicationError, NotFound
from compilers.examples import example, examples
from execution import explanations, presentation, selectors, services, toolchain
from execution.forms import RunForm
from execution.models import Run
from execution.throttles import run_start_retry_after, share_retry_after


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


@require_GET
def playground_view(request: HttpRequest) -> HttpResponse:
    """GET `language` and `source` prefill it, so a lesson's example can open here."""
    return _playground_with(request, request.GET.get("language"), request.GET.get("source"))


@require_GET
def playground_shared_view(request: HttpRequest, share_id: str) -> HttpResponse:
    """A shared program, by its id: the link carries the id, never the source."""
    shared = selectors.shared_program_get(share_id=share_id)
    if shared is None:
        raise Http404("No program is shared under this link.")
    if shared.run_id is not None:  # a public run's link: its own page
        return redirect("execution:share_link", share_id=shared.id)
    share_url = request.build_absolute_uri(reverse("execution:playground_shared", args=[shared.id]))
    return _playground_with(request, shared.language, shared.source, share_url=share_url)


@login_required
@require_POST
def share_create_view(request: HtmxHttpRequest) -> HttpResponse:
    """Shares the playground's program (`language`, `source`), then opens it at its share link. (A run is
    shared by making it public: run_visibility_view.)"""
    retry_after = share_retry_after(request)
    if retry_after is not None:
        message = f"You have shared many programs in a short time: try again in {retry_after} s."
        response = _error(request, None, message, status=429)
        response["Retry-After"] = str(retry_after)
        return response
    language, source = request.POST.get("language", ""), request.POST.get("source", "")
    try:
        shared = services.program_share(language=language, source=source)
    except ApplicationError as error:
        return _error(request, RunForm(request.POST), error.message)
    link = reverse("execution:playground_shared", args=[shared.id])
    if request.htmx:  # the playground's form posts through htmx: the page goes to the link
        return HttpResponse(headers={"HX-Redirect": link})
    return redirect(link)


def _playground_with(
    request: HttpRequest, language: str | None, source: str | None, **extra: Any
) -> HttpResponse:
    """The playground with a program in it (the example when none is given).

    A language whose programs cannot run is refused with the reason: its program is shown to read, and
    the form starts afresh in a language that runs (never that program under another language's name).
    """
    languages = toolchain.languages()
    by_key = {lang.key: lang for lang in languages}
    runnable = [lang.key for lang in languages if lang.available]
    default = "c" if "c" in runnable else next(iter(runnable), "")
    language = language or default
    refused = None
    if language in by_key and not by_key[language].available:
        refused = {"language": by_key[language], "source": source or ""}
        language, source = default, None
    elif language not in by_key:
        language = default
    source = example(language) if source is None else source  # a language opens on its own example
    initial = {"language": language, "source": source, "stdin": ""}
    return _playground(request, RunForm(initial=initial), languages, refused=refused, **extra)


def _playground(
    request: HttpRequest, form: RunForm, languages: list[Any], status: int = 200, **extra: Any
) -> HttpResponse:
    # Switching the language opens that language's example (or what was written in it this visit).
    context = {"form": form, "languages": languages, "examples": examples(), **extra}
    return render(request, "execution/playground.html", context, status=status)


@login_required
@require_POST
def run_create_view(request: HtmxHttpRequest) -> HttpResponse:
    throttled = _throttled(request)
    if throttled is not None:
        return throttled
    data = request.POST.copy()
    exercise = _exercise_from(request)
    if exercise is not None:  # a run from an exercise's workspace: the exercise's language and limits
        data["language"] = exercise.language
    form = RunForm(data)
    if not form.is_valid():
        return _error(request, form, "Check the program and its language.")
    try:
        run = services.run_create(user=request.user, exercise=exercise, **form.cleaned_data)
    except ApplicationError as error:
        return _error(request, form, error.message)
    return _run_created(request, run)


@login_required
@require_POST
def submission_create_view(request: HtmxHttpRequest, exercise_id: int) -> HttpResponse:
    exercise = _exercise_or_404(request, exercise_id)
    throttled = _throttled(request)
    if throttled is not None:
        return throttled
    source = request.POST.get("source", "")
    try:
        submission = services.submission_create(user=request.user, exercise=exercise, source=source)
    except ApplicationError as error:
        return _error(request, None, error.message)
    return _run_created(request, submission.run)


@login_required
@require_GET
def run_detail_view(request: HttpRequest, run_id: str) -> HttpResponse:
    try:
        run = selectors.access_run_by_id(request.user, run_id)
    except NotFound:
        raise Http404("No such run.") from None
    language = toolchain.language_get(run.language)
    share = selectors.run_share_get(run=run)
    context = {
        **presentation.panel_context(run),
        "language": language,  # None for a language the registry no longer has
        "share_url": _share_url(request, share.id) if share is not None else None,
    }
    return render(request, "execution/run_detail.html", context)


@login_required
@require_GET
def run_artifacts_view(request: HttpRequest, run_id: str) -> HttpResponse:
    """The run panel's compiled stages (IR, assembly, card deck), which the panel fetches once the live
    view has shown the run's state (presentation.render_state_fragments)."""
    try:
        run = selectors.access_run_by_id(request.user, run_id)
    except NotFound:
        raise Http404("No such run.") from None
    context = {"run": run, **presentation.artifacts_context(run)}
    return render(request, "execution/_run.html#artifacts", context)


@login_required
@require_GET
def run_explanation_view(request: HtmxHttpRequest, run_id: str) -> HttpResponse:
    """The run's explanation (the panel's "Explain this error", "Why did this test fail?"): with htmx the
    fragment for the panel's slot, else its own page. A run still going answers with a message (409
    without htmx)."""
    template = "execution/_explanation.html" if request.htmx else "execution/explanation.html"
    try:
        found = explanations.run_explanation_get(request=request, run_id=run_id)
    except NotFound:
        raise Http404("No such run.") from None
    except ApplicationError as error:
        run = selectors.access_run_by_id(request.user, run_id)
        context = {"run": run, "error": error.message, "language": toolchain.language_get(run.language)}
        return render(request, template, context, status=200 if request.htmx else error.status)
    context = {"run": found.run, "found": found, "language": toolchain.language_get(found.run.language)}
    return render(request, template, context)


@login_required
@require_POST
def run_visibility_view(request: HttpRequest, run_id: str) -> HttpResponse:
    """The owner makes the run public (`public=1`: it gets a share link anyone may open, read-only) or
    private again (`public=0`: the link is deleted). Back to the run's page, which shows the link."""
    public = request.POST.get("public", "")
    if public not in {"0", "1"}:
        return HttpResponse("Say public=1 (make the run public) or public=0 (make it private).", status=400)
    if public == "1":
        retry_after = share_retry_after(request)
        if retry_after is not None:
            messages.error(
                request, f"You have shared many times in a short time: try again in {retry_after} s."
            )
            response = redirect("execution:run_detail", run_id=run_id)
            response["Retry-After"] = str(retry_after)
            return response
    try:
        if public == "1":
            services.run_make_public(user=request.user, run_id=run_id)
        else:
            services.run_make_private(user=request.user, run_id=run_id)
    except NotFound:
        raise Http404("No such run.") from None
    except ApplicationError as error:
        messages.error(request, error.message)
    return redirect("execution:run_detail", run_id=run_id)


@require_GET
def share_link_view(request: HttpRequest, share_id: str) -> HttpResponse:
    """A public run's share link: the run, read-only, for anyone (no account needed). A program's share
    link opens in the playground instead."""
    shared = selectors.shared_program_get(share_id=share_id)
    if shared is None:
        raise Http404("Nothing is shared under this link: it may have been made private.")
    if shared.run is None:
        return redirect("execution:playground_shared", share_id=shared.id)
    run = shared.run
    context = {
        **presentation.panel_context(run),
        "language": toolchain.language_get(run.language),
        "share_url": _share_url(request, shared.id),
        "public": True,  # the panel links to nothing that only the owner may open
    }
    return render(request, "execution/shared_run.html", context)


def _share_url(request: HttpRequest, share_id: str) -> str:
    return request.build_absolute_uri(reverse("execution:share_link", args=[share_id]))


@login_required
@require_GET
def submission_history_view(request: HttpRequest, exercise_id: int) -> HttpResponse:
    """The user's attempts at an exercise, newest first: each one's program, verdict, per-test results,
    the visible tests it failed, and what changed since the attempt before it."""
    exercise = _exercise_or_404(request, exercise_id)
    raw_page = request.GET.get("page", "1")
    page = int(raw_page) if raw_page.isdigit() else 1
    history = selectors.submission_history_for_user(user=request.user, exercise_id=exercise.pk, page=page)
    context = {
        "exercise": exercise,
        "history": history,
        "language": toolchain.language_get(exercise.language),
    }
    return render(request, "execution/submission_history.html", context)


def _run_created(request: HtmxHttpRequest, run: Run) -> HttpResponse:
    if request.htmx:
        return render(request, "execution/_run.html#panel", presentation.panel_context(run))
    return redirect("execution:run_detail", run_id=run.id)


def _throttled(request: HtmxHttpRequest) -> HttpResponse | None:
    """Pages start runs at the API's rate, counted together with the API's runs (throttles.py)."""
    retry_after = run_start_retry_after(request)
    if retry_after is None:
        return None
    message = f"You have started many runs in a short time: try again in {retry_after} s."
    response = _error(request, None, message, status=429)
    response["Retry-After"] = str(retry_after)
    return response


def _error(request: HtmxHttpRequest, form: RunForm | None, message: str, status: int = 400) -> HttpResponse:
    # htmx swaps only 2xx answers: the error partial goes to the run slot with 200; without htmx the
    # playground is shown again with the form's values and `status`.
    if request.htmx:
        return render(request, "execution/_error.html", {"message": message, "form": form})
    form = form or RunForm(request.POST)
    return _playground(request, form, toolchain.languages(), status=status, error=message)


def _exercise_from(request: HttpRequest) -> Any:
    exercise_id = request.POST.get("exercise", "")
    if not exercise_id:
        return None
    if not exercise_id.isdigit():
        raise Http404("No such exercise.")
    return _exercise_or_404(request, int(exercise_id))


def _exercise_or_404(request: HttpRequest, exercise_id: int) -> Any:
    from curriculum.selectors import exercise_get_for_user

    try:
        return exercise_get_for_user(user=request.user, exercise_id=exercise_id)
    except ApplicationError:
        raise Http404("No such exercise.") from None
