"""Reads of the course. Every fetch for a user applies the one visibility rule:

students see a module when it is published, a lesson when it and its module are published, an exercise
when it and its lesson are visible; staff (instructors) see drafts too, so they can check their work.
Pages and the API get an exercise's visible test cases only, prefetched as `exercise.examples`; hidden
tests and the reference solution are for the judge (execution) and the admin.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import (
    Count,
    Exists,
    IntegerField,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce

from ancient_compute.lib.errors import NotFound
from curriculum.content_cache import remembered
from curriculum.models import Exercise, Hint, Lesson, Module, Progress, TestCase

COMPLETED = Progress.Status.COMPLETED


def _sees_drafts(user: Any) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_staff)


def _is_student(user: Any) -> bool:
    return bool(user is not None and user.is_authenticated)


def module_visible_q(user: Any, prefix: str = "") -> Q:
    return Q() if _sees_drafts(user) else Q(**{f"{prefix}is_published": True})


def lesson_visible_q(user: Any, prefix: str = "") -> Q:
    if _sees_drafts(user):
        return Q()
    return Q(**{f"{prefix}is_published": True, f"{prefix}module__is_published": True})


def exercise_visible_q(user: Any, prefix: str = "") -> Q:
    if _sees_drafts(user):
        return Q()
    return Q(**{f"{prefix}is_published": True}) & lesson_visible_q(user, prefix=f"{prefix}lesson__")


# --- Modules ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ModuleProgress:
    module: Module
    total: int
    completed: int

    @property
    def percent(self) -> int:
        return round(100 * self.completed / self.total) if self.total else 0


def module_list_for_user(*, user: Any) -> QuerySet[Module]:
    """Visible modules with their counts of visible lessons and exercises (one query). Each count is a
    subquery of its own: counting both over one join of lessons and exercises multiplies the rows, and
    PostgreSQL's planner then prices the query high enough to compile it (JIT) on every request."""
    lessons = Lesson.objects.filter(lesson_visible_q(user), module=OuterRef("pk"))
    exercises = Exercise.objects.filter(exercise_visible_q(user), lesson__module=OuterRef("pk"))
    return (
        Module.objects.filter(module_visible_q(user))
        .annotate(
            lesson_count=_count_per(lessons, "module"),
            exercise_count=_count_per(exercises, "lesson__module"),
        )
        .order_by("order")
    )


def _count_per(rows: QuerySet[Any], outer_field: str) -> Coalesce:
    """How many of `rows` (filtered on `outer_field` = the outer row) there are: a correlated subquery."""
    counts = rows.order_by().values(outer_field).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counts, output_field=IntegerField()), Value(0))


def module_progress_list_for_user(*, user: Any) -> list[ModuleProgress]:
    """Each visible module with how many of its lessons (done) and exercises (solved) the user completed.

    For students and visitors the modules with their totals are read once per content version, and a
    student's completed lessons and exercises come from one query of their progress, placed in the
    course by the kept map of the published course. Staff (drafts too): three queries, the modules with
    their totals, then their completed lessons and exercises grouped by module.
    """

    def read() -> list[Module]:
        return list(module_list_for_user(user=user))

    # The modules and their counts are the same for everyone but staff: read once per content version.
    if _sees_drafts(user):
        modules = read()
        done = _completed_per_module_with_drafts(user)
    else:
        modules = remembered("module-list", read)
        done = {}
        if _is_student(user):
            course = _published_course_map()
            lessons, exercises = _completed_ids(user)
            for module_id in [
                *(course.lesson_module[pk] for pk in lessons if pk in course.lesson_module),
                *(course.exercise_module[pk] for pk in exercises if pk in course.exercise_module),
            ]:
                done[module_id] = done.get(module_id, 0) + 1
    return [
        ModuleProgress(
            module=module,
            total=module.lesson_count + module.exercise_count,  # type: ignore[attr-defined]
            completed=done.get(module.pk, 0),
        )
        for module in modules
    ]


def _completed_per_module_with_drafts(user: Any) -> dict[int, int]:
    """Staff's completed lessons and exercises per module, drafts included (two grouped queries)."""
    completed = Progress.objects.filter(user=user, status=COMPLETED)
    lessons = completed.filter(lesson__isnull=False).values("lesson__module_id").annotate(n=Count("id"))
    exercises = (
        completed.filter(exercise__isnull=False).values("exercise__lesson__module_id").annotate(n=Count("id"))
    )
    done: dict[int, int] = {}
    for module_id, n in [
        *((row["lesson__module_id"], row["n"]) for row in lessons),
        *((row["exercise__lesson__module_id"], row["n"]) for row in exercises),
    ]:
        done[module_id] = done.get(module_id, 0) + n
    return done


@dataclass(frozen=True)
class PublishedCourseMap:
    """Where each published lesson and exercise sits, as students see the course: a student's progress
    rows are counted against it in Python, with no join."""

    lesson_module: dict[int, int]  # visible lesson id -> its module's id
    exercise_lesson: dict[int, int]  # visible exercise id -> its lesson's id
    exercise_module: dict[int, int]  # visible exercise id -> its module's id


def _published_course_map() -> PublishedCourseMap:
    def read() -> PublishedCourseMap:
        lesson_module: dict[int, int] = {}
        exercise_lesson: dict[int, int] = {}
        exercise_module: dict[int, int] = {}
        # One query: each visible lesson, once per exercise it has (once with None if it has none).
        rows = Lesson.objects.filter(lesson_visible_q(None)).values_list(
            "pk", "module_id", "exercises__pk", "exercises__is_published"
        )
        for lesson, module, exercise, published in rows:
            lesson_module[lesson] = module
            if exercise is not None and published:
                exercise_lesson[exercise] = lesson
                exercise_module[exercise] = module
        return PublishedCourseMap(lesson_module, exercise_lesson, exercise_module)

    return remembered("published-course-map", read)


def _completed_ids(user: Any) -> tuple[set[int], set[int]]:
    """The ids of the lessons and of the exercises the student completed, drafts and all (one query
    without a join: the caller keeps those it shows)."""
    lessons: set[int] = set()
    exercises: set[int] = set()
    rows = Progress.objects.filter(user=user, status=COMPLETED).values_list("lesson_id", "exercise_id")
    for lesson_id, exercise_id in rows:
        if lesson_id is not None:
            lessons.add(lesson_id)
        if exercise_id is not None:
            exercises.add(exercise_id)
    return lessons, exercises


def module_get_for_user(*, user: Any, slug: str) -> Module:
    def read() -> Module | None:
        return Module.objects.filter(module_visible_q(user), slug=slug).first()

    if _sees_drafts(user):
        module = read()
    else:  # the published course, the same for everyone: read once per content version
        kept = remembered(("module", slug), read)
        module = copy.copy(kept) if kept is not None else None
    if module is None:
        raise NotFound(f"There is no module '{slug}'.", extra={"module": slug})
    return module


def module_get_by_id_for_user(*, user: Any, module_id: int) -> Module:
    module = Module.objects.filter(module_visible_q(user), pk=module_id).first()
    if module is None:
        raise NotFound(f"There is no module {module_id}.", extra={"module": module_id})
    return module


# --- Lessons ----------------------------------------------------------------------------------------


def lesson_list_for_module(*, user: Any, module: Module) -> QuerySet[Lesson]:
    """The module's visible lessons, each with exercise counts and, for a student, what they completed
    (one query; each count a subquery of its own, as in module_list_for_user)."""
    exercises = Exercise.objects.filter(exercise_visible_q(user), lesson=OuterRef("pk"))
    lessons = (
        Lesson.objects.filter(lesson_visible_q(user), module=module)
        .select_related("module")
        .annotate(exercise_count=_count_per(exercises, "lesson"))
        .order_by("order")
    )
    if _is_student(user):
        solved = Progress.objects.filter(
            exercise_visible_q(user, prefix="exercise__"),
            user=user,
            status=COMPLETED,
            exercise__lesson=OuterRef("pk"),
        )
        lessons = lessons.annotate(
            exercises_completed=_count_per(solved, "exercise__lesson"),
            is_done=Exists(Progress.objects.filter(user=user, lesson=OuterRef("pk"), status=COMPLETED)),
        )
    return lessons


def lesson_progress_list_for_module(*, user: Any, module: Module) -> list[Lesson]:
    """lesson_list_for_module as the module page shows it: for students and visitors the lessons are read
    once per content version (each request gets its own copies), and a student's progress on them comes
    from one query of their completed rows, without a join."""
    if _sees_drafts(user):
        return list(lesson_list_for_module(user=user, module=module))
    kept = remembered(
        ("module-lessons", module.pk), lambda: list(lesson_list_for_module(user=None, module=module))
    )
    if not _is_student(user):
        return kept
    course = _published_course_map()
    lessons_done, exercises_done = _completed_ids(user)
    solved: dict[int, int] = {}
    for pk in exercises_done:
        if pk in course.exercise_lesson:
            solved[course.exercise_lesson[pk]] = solved.get(course.exercise_lesson[pk], 0) + 1
    lessons = []
    for lesson in kept:
        lesson = copy.copy(lesson)
        lesson.exercises_completed = solved.get(lesson.pk, 0)  # type: ignore[attr-defined]
        lesson.is_done = lesson.pk in lessons_done  # type: ignore[attr-defined]
        lessons.append(lesson)
    return lessons


def lesson_get_for_user(*, user: Any, module_slug: str, lesson_slug: str) -> Lesson:
    def read() -> Lesson | None:
        return (
            Lesson.objects.filter(lesson_visible_q(user), module__slug=module_slug, slug=lesson_slug)
            .select_related("module")
            .first()
        )

    if _sees_drafts(user):
        lesson = read()
    else:  # the published course, the same for everyone: read once per content version
        kept = remembered(("lesson", module_slug, lesson_slug), read)
        lesson = copy.copy(kept) if kept is not None else None
    if lesson is None:
        raise NotFound(f"There is no lesson '{lesson_slug}' in '{module_slug}'.")
    return lesson


def lesson_get_by_id_for_user(*, user: Any, lesson_id: int) -> Lesson:
    lesson = (
        Lesson.objects.filter(lesson_visible_q(user), pk=lesson_id)
        .select_related("module")
        .prefetch_related(
            Prefetch(
                "exercises",
                queryset=exercise_queryset_for_user(user=user).prefetch_related(_visible_tests_prefetch()),
            )
        )
        .first()
    )
    if lesson is None:
        raise NotFound(f"There is no lesson {lesson_id}.", extra={"lesson": lesson_id})
    return lesson


@dataclass(frozen=True)
class LessonLink:
    module_slug: str
    slug: str
    title: str


def lesson_neighbours(*, user: Any, lesson: Lesson) -> tuple[LessonLink | None, LessonLink | None]:
    """The lessons before and after this one across the whole course, in reading order (one query, none
    for students while the course is unchanged)."""

    def read() -> list[tuple[int, str, str, str]]:
        return list(
            Lesson.objects.filter(lesson_visible_q(user))
            .filter(module_visible_q(user, prefix="module__"))
            .order_by("module__order", "order")
            .values_list("pk", "module__slug", "slug", "title")
        )

    rows = read() if _sees_drafts(user) else remembered("lesson-order", read)
    links = [(pk, LessonLink(module_slug=m, slug=s, title=t)) for pk, m, s, t in rows]
    index = next((i for i, (pk, _) in enumerate(links) if pk == lesson.pk), None)
    if index is None:
        return None, None
    previous = links[index - 1][1] if index > 0 else None
    following = links[index + 1][1] if index + 1 < len(links) else None
    return previous, following


# --- Exercises --------------------------------------------------------------------------------------


def _visible_tests_prefetch() -> Prefetch[Any]:
    return Prefetch(
        "test_cases", queryset=TestCase.objects.filter(is_visible=True).order_by("order"), to_attr="examples"
    )


def exercise_queryset_for_user(*, user: Any) -> QuerySet[Exercise]:
    return Exercise.objects.filter(exercise_visible_q(user)).order_by("order", "id")


def exercise_list_for_lesson(*, user: Any, lesson: Lesson) -> list[Exercise]:
    """The lesson's visible exercises with their visible examples and, for a student, their progress
    (the exercises read once per content version for everyone but staff; each request has its own copies,
    on which it sets the user's progress)."""
    return exercise_list_and_lesson_done(user=user, lesson=lesson)[0]


def exercise_list_and_lesson_done(*, user: Any, lesson: Lesson) -> tuple[list[Exercise], bool]:
    """exercise_list_for_lesson, and lesson_is_done_for_user from the same query of the student's
    progress (the lesson page shows both)."""

    def read() -> list[Exercise]:
        return list(
            exercise_queryset_for_user(user=user)
            .filter(lesson=lesson)
            .prefetch_related(
                _visible_tests_prefetch(), Prefetch("hints", queryset=Hint.objects.order_by("order"))
            )
        )

    if _sees_drafts(user):
        exercises = read()
    else:
        exercises = [copy.copy(exercise) for exercise in remembered(("exercises", lesson.pk), read)]
    progress: dict[int, Progress] = {}
    done = False
    if _is_student(user):
        ids = {exercise.pk for exercise in exercises}
        for row in Progress.objects.filter(user=user).filter(Q(exercise__in=ids) | Q(lesson=lesson)):
            if row.exercise_id in ids:
                progress[row.exercise_id] = row
            elif row.lesson_id == lesson.pk and row.status == COMPLETED:
                done = True
    for exercise in exercises:
        exercise.user_progress = progress.get(exercise.pk)  # type: ignore[attr-defined]
        exercise.hint_state = hint_state_for_user(  # type: ignore[attr-defined]
            user=user,
            exercise=exercise,
            progress=exercise.user_progress,  # type: ignore[attr-defined]
        )
    return exercises, done


def exercise_get_for_user(*, user: Any, exercise_id: int) -> Exercise:
    """The exercise if the user may see it: NotFound if it or its lesson is unpublished (unless staff)."""
    exercise = (
        exercise_queryset_for_user(user=user)
        .filter(pk=exercise_id)
        .select_related("lesson", "lesson__module")
        .first()
    )
    if exercise is None:
        raise NotFound(f"There is no exercise {exercise_id}.", extra={"exercise": exercise_id})
    return exercise


def exercise_get_by_slug_for_user(*, user: Any, slug: str) -> Exercise:
    def read() -> Exercise | None:
        return (
            exercise_queryset_for_user(user=user)
            .filter(slug=slug)
            .select_related("lesson", "lesson__module")
            .prefetch_related(
                _visible_tests_prefetch(), Prefetch("hints", queryset=Hint.objects.order_by("order"))
            )
            .first()
        )

    if _sees_drafts(user):
        exercise = read()
    else:  # the published course, the same for everyone: read once per content version
        kept = remembered(("exercise", slug), read)
        exercise = copy.copy(kept) if kept is not None else None
    if exercise is None:
        raise NotFound(f"There is no exercise '{slug}'.", extra={"exercise": slug})
    return exercise


# --- Progress and hints -----------------------------------------------------------------------------


def lesson_is_done_for_user(*, user: Any, lesson: Lesson) -> bool:
    """Whether the student marked the lesson done or solved its exercises (never merely opened it)."""
    return _is_student(user) and Progress.objects.filter(user=user, lesson=lesson, status=COMPLETED).exists()


def progress_get_for_exercise(*, user: Any, exercise: Exercise) -> Progress | None:
    if not _is_student(user):
        return None
    return Progress.objects.filter(user=user, exercise=exercise).first()


def progress_list_for_user(*, user: Any) -> QuerySet[Progress]:
    return (
        Progress.objects.filter(user=user)
        .filter(
            (Q(lesson__isnull=False) & lesson_visible_q(user, prefix="lesson__"))
            | (Q(exercise__isnull=False) & exercise_visible_q(user, prefix="exercise__"))
        )
        .select_related("lesson", "lesson__module", "exercise", "exercise__lesson__module")
        .order_by("-updated_at", "-id")
    )


def hint_total(exercise: Exercise) -> int:
    prefetched = getattr(exercise, "_prefetched_objects_cache", {}).get("hints")
    return len(prefetched) if prefetched is not None else exercise.hints.count()


def hints_available_count(progress: Progress | None, *, total: int | None = None) -> int:
    """How many hints the student may have revealed by now: hint k unlocks after k-1 failed attempts.

    The first hint is available at once; each failed submission unlocks one more, up to the number of
    hints the exercise has.
    """
    if progress is None:
        return min(1, total) if total is not None else 1
    if total is None:
        total = hint_total(progress.exercise) if progress.exercise is not None else 0
    return min(total, progress.failed_attempts + 1)


@dataclass(frozen=True)
class HintState:
    """What the exercise panel shows about hints."""

    revealed: list[Hint]
    total: int
    available: int
    # Failed submissions still needed before the next hint unlocks (0: it can be revealed now).
    failures_to_next: int

    @property
    def can_reveal(self) -> bool:
        return len(self.revealed) < self.available

    @property
    def all_revealed(self) -> bool:
        return len(self.revealed) >= self.total


def hint_state_for_user(*, user: Any, exercise: Exercise, progress: Progress | None) -> HintState:
    hints = list(exercise.hints.all())  # prefetched on list pages; a handful of rows either way
    total = len(hints)
    revealed_count = min(progress.hints_revealed, total) if progress else 0
    available = hints_available_count(progress, total=total)
    failures_to_next = 0
    if revealed_count < total and revealed_count >= available:
        # Hint revealed_count + 1 needs revealed_count failed attempts.
        failed = progress.failed_attempts if progress else 0
        failures_to_next = max(0, revealed_count - failed)
    revealed = hints[:revealed_count]
    return HintState(revealed=revealed, total=total, available=available, failures_to_next=failures_to_next)


# --- The class, as instructors see it ---------------------------------------------------------------
# Every list here costs a fixed number of queries whatever the number of students or exercises.


def student_queryset() -> QuerySet[Any]:
    """The class: active users who are not staff (instructors are staff; see accounts.services)."""
    return get_user_model().objects.filter(is_active=True, is_staff=False)


def class_progress_list() -> QuerySet[Any]:
    """Each student with their lessons done, exercises attempted and solved, submissions counted by the
    judge, and the date of their last activity (one query)."""
    done = Q(progress__status=COMPLETED)
    on_exercise = Q(progress__exercise__isnull=False)
    return (
        student_queryset()
        .annotate(
            lessons_done=Count("progress", filter=Q(progress__lesson__isnull=False) & done),
            exercises_solved=Count("progress", filter=on_exercise & done),
            exercises_attempted=Count("progress", filter=on_exercise & Q(progress__attempts__gt=0)),
            attempt_total=Coalesce(Sum("progress__attempts"), 0),
            last_active=Max("progress__updated_at"),
        )
        .order_by("username")
    )


@dataclass(frozen=True)
class CourseSize:
    lessons: int
    exercises: int


def course_size_for_students() -> CourseSize:
    """How many lessons and exercises students can see (what progress is counted against)."""
    return CourseSize(
        lessons=Lesson.objects.filter(lesson_visible_q(None)).count(),
        exercises=Exercise.objects.filter(exercise_visible_q(None)).count(),
    )


def student_get(*, user_id: int) -> Any:
    student = student_queryset().filter(pk=user_id).first()
    if student is None:
        raise NotFound(f"There is no student {user_id}.", extra={"student": user_id})
    return student


@dataclass(frozen=True)
class ExerciseStanding:
    exercise: Exercise
    progress: Progress | None


def student_exercise_standing_list(*, student: Any) -> list[ExerciseStanding]:
    """Every exercise in course order (drafts too: instructors see them) with the student's progress on
    it, or None if they never opened it (two queries)."""
    exercises = Exercise.objects.select_related("lesson", "lesson__module").order_by(
        "lesson__module__order", "lesson__order", "order", "id"
    )
    progress = {row.exercise_id: row for row in Progress.objects.filter(user=student, exercise__isnull=False)}
    return [ExerciseStanding(exercise=e, progress=progress.get(e.pk)) for e in exercises]


def student_lessons_done_list(*, student: Any) -> QuerySet[Progress]:
    return (
        Progress.objects.filter(user=student, lesson__isnull=False, status=COMPLETED)
        .select_related("lesson", "lesson__module")
        .order_by("lesson__module__order", "lesson__order")
    )


@dataclass(frozen=True)
class Gradebook:
    exercises: list[Exercise]
    # One row per student: (student, {exercise id: progress on it}).
    rows: list[tuple[Any, dict[int, Progress]]]


def gradebook_get() -> Gradebook:
    """The exercises students can see, in course order, and every student's progress on each (three
    queries)."""
    exercises = list(
        Exercise.objects.filter(exercise_visible_q(None))
        .select_related("lesson", "lesson__module")
        .order_by("lesson__module__order", "lesson__order", "order", "id")
    )
    by_student: dict[int, dict[int, Progress]] = {}
    for row in Progress.objects.filter(exercise__in=[e.pk for e in exercises], user__in=student_queryset()):
        if row.exercise_id is not None:
            by_student.setdefault(row.user_id, {})[row.exercise_id] = row
    students = list(student_queryset().order_by("username"))
    return Gradebook(exercises=exercises, rows=[(s, by_student.get(s.pk, {})) for s in students])
