"""The course: modules of lessons, exercises judged by test cases, hints, and each student's progress.

Visibility is data, not code in views: a module, lesson or exercise is shown to students only when it and
everything above it is published (see selectors.py). Invariants live in database constraints.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse

from compilers import registry

# The exercise's language: the keys and names of compilers.registry, the one list of languages. A language
# added there changes these choices and the check constraint below, so it needs a migration here
# (`makemigrations --check` in the tests says so). django-stubs know only the class form of TextChoices,
# not the functional form of Enum used here.
Language: type[models.TextChoices] = models.TextChoices(  # type: ignore[call-overload]
    "Language", [(language.key.upper(), (language.key, language.name)) for language in registry.LANGUAGES]
)


class LoadedFromFiles(models.Model):
    """What the loader recorded when it last wrote the row (see curriculum/provenance.py): empty for a row
    made in the admin. The loader never overwrites a row whose content no longer matches `source_hash`."""

    source_path = models.CharField(
        max_length=300, blank=True, editable=False, help_text="The content file, relative to its tree."
    )
    source_hash = models.CharField(max_length=64, blank=True, editable=False)
    source_loaded_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True


class Module(LoadedFromFiles):
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=200)
    order = models.PositiveIntegerField(unique=True)
    era = models.CharField(max_length=200, blank=True)
    summary = models.TextField(blank=True)
    introduction = models.TextField(blank=True, help_text="Markdown.")
    # New content is a draft until an instructor publishes it (the files say `published:` themselves).
    is_published = models.BooleanField(default=False)

    class Meta:
        ordering = ["order"]
        constraints = [models.CheckConstraint(condition=Q(order__gt=0), name="module_order_positive")]

    def __str__(self) -> str:
        return f"{self.order}. {self.title}"

    def get_absolute_url(self) -> str:
        # The admin's "View on site" link; staff see drafts, so it works before publishing too.
        return reverse("curriculum:module", kwargs={"module_slug": self.slug})


class Lesson(LoadedFromFiles):
    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="lessons")
    slug = models.SlugField(max_length=80)
    title = models.CharField(max_length=200)
    order = models.PositiveIntegerField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True, help_text="Markdown. Second-level headings (##) make the contents.")
    is_published = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["module__order", "order"]
        constraints = [
            models.UniqueConstraint(fields=["module", "slug"], name="lesson_slug_unique_per_module"),
            models.UniqueConstraint(fields=["module", "order"], name="lesson_order_unique_per_module"),
            models.CheckConstraint(condition=Q(order__gt=0), name="lesson_order_positive"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse(
            "curriculum:lesson", kwargs={"module_slug": self.module.slug, "lesson_slug": self.slug}
        )


class Exercise(LoadedFromFiles):
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="exercises")
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=200)
    order = models.PositiveIntegerField(default=1)
    language = models.CharField(max_length=16, choices=Language.choices)
    statement = models.TextField(help_text="Markdown.")
    starter_code = models.TextField(blank=True)
    reference_solution = models.TextField(blank=True, help_text="Never shown to students.")
    # Null means the site default (settings.RUN_DEFAULT_*); the execution app caps every value.
    max_steps = models.PositiveBigIntegerField(null=True, blank=True)
    max_output = models.PositiveIntegerField(null=True, blank=True)
    store_size = models.PositiveIntegerField(null=True, blank=True)
    is_published = models.BooleanField(default=False)

    class Meta:
        ordering = ["lesson__module__order", "lesson__order", "order", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(language__in=Language.values), name="exercise_language_known"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("curriculum:exercise", kwargs={"exercise_slug": self.slug})


class TestCase(models.Model):
    __test__ = False  # a model, not a test class for pytest to collect

    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="test_cases")
    name = models.CharField(max_length=200)
    order = models.PositiveIntegerField()
    input = models.TextField(blank=True)
    expected_output = models.TextField(blank=True)
    is_visible = models.BooleanField(default=False, help_text="Visible tests are shown as examples.")

    class Meta:
        # By the column, not "exercise": that would follow Exercise's ordering through two joins.
        ordering = ["exercise_id", "order"]
        constraints = [
            models.UniqueConstraint(fields=["exercise", "order"], name="testcase_order_unique_per_exercise"),
        ]

    def __str__(self) -> str:
        return self.name


class Hint(models.Model):
    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="hints")
    order = models.PositiveIntegerField()
    text = models.TextField(help_text="Markdown.")

    class Meta:
        ordering = ["exercise_id", "order"]
        constraints = [
            models.UniqueConstraint(fields=["exercise", "order"], name="hint_order_unique_per_exercise"),
        ]

    def __str__(self) -> str:
        return f"Hint {self.order}"


class Progress(models.Model):
    """One student's state on one lesson (read) or one exercise (attempts, hints, completion)."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", "In progress"
        COMPLETED = "completed", "Completed"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="progress")
    lesson = models.ForeignKey(
        Lesson, on_delete=models.CASCADE, null=True, blank=True, related_name="progress"
    )
    exercise = models.ForeignKey(
        Exercise, on_delete=models.CASCADE, null=True, blank=True, related_name="progress"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.IN_PROGRESS)
    attempts = models.PositiveIntegerField(default=0)
    failed_attempts = models.PositiveIntegerField(default=0)
    hints_revealed = models.PositiveIntegerField(default=0)
    completed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "progress"
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(lesson__isnull=False, exercise__isnull=True)
                    | Q(lesson__isnull=True, exercise__isnull=False)
                ),
                name="progress_exactly_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "lesson"],
                condition=Q(lesson__isnull=False),
                name="progress_unique_user_lesson",
            ),
            models.UniqueConstraint(
                fields=["user", "exercise"],
                condition=Q(exercise__isnull=False),
                name="progress_unique_user_exercise",
            ),
            models.CheckConstraint(
                condition=Q(attempts__gte=0) & Q(failed_attempts__gte=0) & Q(hints_revealed__gte=0),
                name="progress_counters_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(failed_attempts__lte=F("attempts")), name="progress_failures_within_attempts"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["in_progress", "completed"]), name="progress_status_known"
            ),
            models.CheckConstraint(
                condition=Q(status="in_progress") | Q(completed_at__isnull=False),
                name="progress_completed_has_date",
            ),
        ]

    def __str__(self) -> str:
        target = self.lesson or self.exercise
        return f"{self.user} · {target} · {self.get_status_display()}"

    @property
    def is_completed(self) -> bool:
        return self.status == self.Status.COMPLETED
