"""The instructors' pages: the class's progress, per-exercise statistics, every submission (filterable,
read-only) and the gradebook as CSV. Instructors (the Instructors group) and superusers only: a student
gets 403, an anonymous visitor is sent to sign in. Reads come from curriculum.selectors (progress) and
execution.selectors (submissions); nothing here writes.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from functools import wraps
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from accounts.selectors import user_is_instructor
from ancient_compute.lib.errors import NotFound
from ancient_compute.lib.languages import language_status
from curriculum import selectors as course
from curriculum.models import Exercise
from execution import selectors
from execution.judge import PASSED
from execution.models import JUDGED_FINAL_STATUSES, RunStatus

SUBMISSIONS_PER_PAGE = 50

View = Callable[..., HttpResponse]


def instructor_required(view: View) -> View:
    @wraps(view)
    @login_required
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        user = request.user
        if not (user.is_superuser or user_is_instructor(user=user)):
            raise PermissionDenied("These pages are for the course's instructors.")
        return view(request, *args, **kwargs)

    return wrapped


@require_GET
@instructor_required
def class_overview_view(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "execution/teaching/overview.html",
        {
            "students": course.class_progress_list(),
            "course_size": course.course_size_for_students(),
            "statistics": selectors.exercise_statistics_list(),
        },
    )


@require_GET
@instructor_required
def student_progress_view(request: HttpRequest, user_id: int) -> HttpResponse:
    try:
        student = course.student_get(user_id=user_id)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    return render(
        request,
        "execution/teaching/student.html",
        {
            "student": student,
            "standings": course.student_exercise_standing_list(student=student),
            "lessons_done": course.student_lessons_done_list(student=student),
            "course_size": course.course_size_for_students(),
        },
    )


VERDICT_CHOICES = [
    ("", "Every verdict"),
    ("pending", "Being judged"),
    *((status.value, status.label) for status in RunStatus if status in JUDGED_FINAL_STATUSES),
]


class _StudentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.public_name} ({obj.username})" if obj.display_name else obj.username


class _ExerciseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.lesson.module.order}.{obj.lesson.order} {obj.title} ({obj.slug})"


class SubmissionFilterForm(forms.Form):
    student = _StudentChoiceField(queryset=None, required=False, empty_label="Every student")
    exercise = _ExerciseChoiceField(queryset=None, required=False, empty_label="Every exercise")
    verdict = forms.ChoiceField(choices=VERDICT_CHOICES, required=False)
    since = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label="From")
    until = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label="To")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["student"].queryset = course.student_queryset().order_by("username")  # type: ignore[attr-defined]
        self.fields["exercise"].queryset = Exercise.objects.select_related("lesson__module").order_by(  # type: ignore[attr-defined]
            "lesson__module__order", "lesson__order", "order", "id"
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            self.add_error("until", "The end date is before the start date.")
        return cleaned

    def filters(self) -> selectors.SubmissionFilters:
        data = self.cleaned_data
        return selectors.SubmissionFilters(
            student_id=data["student"].pk if data.get("student") else None,
            exercise_id=data["exercise"].pk if data.get("exercise") else None,
            verdict=data.get("verdict") or None,
            since=data.get("since"),
            until=data.get("until"),
        )


@require_GET
@instructor_required
def submission_list_view(request: HttpRequest) -> HttpResponse:
    form = SubmissionFilterForm(request.GET or None)
    page = None
    rows: list[tuple[Any, int, int]] = []
    if form.is_bound and not form.is_valid():
        status = 400
    else:
        status = 200
        filters = form.filters() if form.is_bound else selectors.SubmissionFilters()
        paginator = Paginator(selectors.submission_list_for_instructor(filters=filters), SUBMISSIONS_PER_PAGE)
        page = paginator.get_page(request.GET.get("page"))
        rows = [(s, *selectors.submission_tests_passed(s)) for s in page]
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "execution/teaching/submissions.html",
        {"form": form, "page": page, "rows": rows, "query": query.urlencode()},
        status=status,
    )


@require_GET
@instructor_required
def submission_detail_view(request: HttpRequest, submission_id: int) -> HttpResponse:
    try:
        submission = selectors.submission_get_for_instructor(submission_id=submission_id)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    passed, total = selectors.submission_tests_passed(submission)
    language = language_status(submission.run.language)
    results = [
        {**result, "label": _test_status_label(result.get("status"))} for result in submission.results or []
    ]
    return render(
        request,
        "execution/teaching/submission.html",
        {
            "submission": submission,
            "results": results,
            "language_name": language.name if language is not None else submission.run.language,
            "tests_passed": passed,
            "tests_total": total,
        },
    )


def _test_status_label(status: Any) -> str:
    if status == PASSED:
        return "Passed"
    return RunStatus(status).label if status in RunStatus.values else str(status)


def _cell(value: Any) -> str:
    """A CSV cell that a spreadsheet shows as text: a leading =, +, - or @ would make it a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@require_GET
@instructor_required
def gradebook_csv_view(request: HttpRequest) -> HttpResponse:
    """One row per student: lessons done, exercises solved, then one column per exercise students can see,
    1 when solved, 0 when attempted and not yet solved, empty when never attempted."""
    gradebook = course.gradebook_get()
    lessons_done = {s.pk: s.lessons_done for s in course.class_progress_list()}
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="gradebook-{timezone.now():%Y-%m-%d}.csv"'
    writer = csv.writer(response)
    writer.writerow(
        [
            "username",
            "name",
            "email",
            "lessons done",
            "exercises solved",
            *(f"{e.lesson.module.order}.{e.lesson.order}.{e.order} {e.slug}" for e in gradebook.exercises),
        ]
    )
    for student, progress in gradebook.rows:
        cells = []
        for exercise in gradebook.exercises:
            row = progress.get(exercise.pk)
            cells.append(
                "" if row is None or (row.attempts == 0 and not row.is_completed) else int(row.is_completed)
            )
        solved = sum(1 for row in progress.values() if row.is_completed)
        writer.writerow(
            [
                _cell(student.username),
                _cell(student.display_name),
                _cell(student.email),
                lessons_done.get(student.pk, 0),
                solved,
                *cells,
            ]
        )
    return response
