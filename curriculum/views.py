"""The course pages: overview, module, lesson, exercise, and revealing a hint (htmx, or a plain form)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from ancient_compute.lib.errors import ApplicationError, NotFound
from curriculum import selectors
from curriculum.content_cache import content_version
from curriculum.models import Exercise, Lesson
from curriculum.services import progress_reveal_hint, progress_set_lesson_done
from curriculum.templatetags.curriculum_tags import VERSION_VARIABLE

WORKSPACE_TEMPLATE = "execution/_workspace.html"


def _workspace_template() -> str | None:
    # The execution app owns the editor; the page still renders (without it) while that app is absent.
    try:
        get_template(WORKSPACE_TEMPLATE)
    except TemplateDoesNotExist:
        return None
    return WORKSPACE_TEMPLATE


def course_overview_view(request: HttpRequest) -> HttpResponse:
    version = content_version()  # before the modules are read: the parts of the page kept are of this one
    return render(
        request,
        "curriculum/course.html",
        {"modules": selectors.module_progress_list_for_user(user=request.user), VERSION_VARIABLE: version},
    )


def module_detail_view(request: HttpRequest, module_slug: str) -> HttpResponse:
    version = content_version()  # before the module is read: the parts of the page kept are of this one
    try:
        module = selectors.module_get_for_user(user=request.user, slug=module_slug)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    return render(
        request,
        "curriculum/module.html",
        {
            "module": module,
            "lessons": selectors.lesson_progress_list_for_module(user=request.user, module=module),
            VERSION_VARIABLE: version,
        },
    )


def _lesson_or_404(request: HttpRequest, module_slug: str, lesson_slug: str) -> Lesson:
    try:
        return selectors.lesson_get_for_user(
            user=request.user, module_slug=module_slug, lesson_slug=lesson_slug
        )
    except NotFound as exc:
        raise Http404(exc.message) from exc


def lesson_detail_view(request: HttpRequest, module_slug: str, lesson_slug: str) -> HttpResponse:
    # Opening a lesson is not doing it: the student marks it done, or solves its exercises.
    version = content_version()  # before the lesson is read: the parts of the page kept are of this one
    lesson = _lesson_or_404(request, module_slug, lesson_slug)
    previous, following = selectors.lesson_neighbours(user=request.user, lesson=lesson)
    exercises, lesson_done = selectors.exercise_list_and_lesson_done(user=request.user, lesson=lesson)
    return render(
        request,
        "curriculum/lesson.html",
        {
            "module": lesson.module,
            "lesson": lesson,
            "exercises": exercises,
            "previous": previous,
            "next": following,
            "workspace_template": _workspace_template(),
            "lesson_done": lesson_done,
            VERSION_VARIABLE: version,
        },
    )


@require_POST
@login_required
def lesson_done_view(request: HttpRequest, module_slug: str, lesson_slug: str) -> HttpResponse:
    """The student marks the lesson done (`done=1`) or not done (`done=0`), then is back on the lesson."""
    lesson = _lesson_or_404(request, module_slug, lesson_slug)
    done = request.POST.get("done", "")
    if done not in {"0", "1"}:
        return HttpResponse("Say done=1 (the lesson is done) or done=0 (it is not).", status=400)
    try:
        progress_set_lesson_done(user=request.user, lesson=lesson, done=done == "1")
    except ApplicationError as exc:  # a draft previewed by its author is nobody's progress
        messages.error(request, exc.message)
    return redirect(reverse("curriculum:lesson", args=[module_slug, lesson_slug]) + "#lesson-done")


def exercise_detail_view(request: HttpRequest, exercise_slug: str) -> HttpResponse:
    version = content_version()  # before the exercise is read: the parts of the page kept are of this one
    exercise = _exercise_or_404(request, exercise_slug)
    progress = selectors.progress_get_for_exercise(user=request.user, exercise=exercise)
    return render(
        request,
        "curriculum/exercise.html",
        {
            "exercise": exercise,
            "lesson": exercise.lesson,
            "module": exercise.lesson.module,
            "progress": progress,
            "hints": selectors.hint_state_for_user(user=request.user, exercise=exercise, progress=progress),
            "workspace_template": _workspace_template(),
            VERSION_VARIABLE: version,
        },
    )


def _sub_level(request: HttpRequest) -> int:
    # The hints' heading level where the panel sits (4 in a lesson, 2 on the exercise page).
    raw = request.POST.get("level") or request.GET.get("level")
    return int(raw) if raw in {"2", "3", "4"} else 4


def _hints_fragment(request: HttpRequest, exercise: Exercise, error: str | None = None) -> HttpResponse:
    progress = selectors.progress_get_for_exercise(user=request.user, exercise=exercise)
    return render(
        request,
        "curriculum/_exercise.html#hints",
        {
            "exercise": exercise,
            "progress": progress,
            "hints": selectors.hint_state_for_user(user=request.user, exercise=exercise, progress=progress),
            "hint_error": error,
            "sub_level": _sub_level(request),
        },
    )


def _exercise_or_404(request: HttpRequest, exercise_slug: str) -> Exercise:
    try:
        return selectors.exercise_get_by_slug_for_user(user=request.user, slug=exercise_slug)
    except NotFound as exc:
        raise Http404(exc.message) from exc


@require_GET
def hint_list_view(request: HttpRequest, exercise_slug: str) -> HttpResponse:
    """The hints fragment alone: htmx refreshes it when a judged submission may have unlocked one."""
    return _hints_fragment(request, _exercise_or_404(request, exercise_slug))


@require_POST
@login_required
def hint_reveal_view(request: HttpRequest, exercise_slug: str) -> HttpResponse:
    exercise = _exercise_or_404(request, exercise_slug)
    error: str | None = None
    try:
        progress_reveal_hint(user=request.user, exercise=exercise)
    except ApplicationError as exc:
        error = exc.message
    if request.htmx:  # type: ignore[attr-defined]
        return _hints_fragment(request, exercise, error)
    if error:
        messages.error(request, error)
    return redirect(reverse("curriculum:exercise", args=[exercise.slug]) + "#hints")
