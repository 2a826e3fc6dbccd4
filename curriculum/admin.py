"""Authoring in the admin: Markdown with a live preview, exercises with their tests and hints inline,
publish and unpublish, and a check of an exercise's reference solution against its own tests.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import ActionLocation
from django.contrib.admin.widgets import AdminTextareaWidget
from django.db.models import Count, Model, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.views.decorators.http import require_POST

from accounts.selectors import user_is_instructor
from ancient_compute.lib.languages import language_status
from ancient_compute.lib.typed_text import TypedTextField
from compilers import registry
from curriculum.models import Exercise, Hint, Lesson, Module, Progress, TestCase
from curriculum.provenance import Source, reset_target, row_source
from curriculum.rendering import markdown_render
from curriculum.services import content_set_published, exercise_unpublishable_reason

MARKDOWN_FIELDS = {"introduction", "body", "statement", "text"}
# Program fields: edited in the site's own code editor (CodeEditorWidget).
CODE_FIELDS = {"starter_code", "reference_solution"}
# The site's editor bundle (CodeMirror; built from frontend/ by `make assets`), the one the pages load. The
# admin asks for it by its static path only: without it the fields stay plain textareas.
EDITOR_BUNDLE = "execution/dist/editor.js"


class CodeEditorWidget(forms.Textarea):
    """A program field edited in the same editor as the site's workspace: the bundle turns every
    <textarea data-editor> into a CodeMirror editor and keeps the textarea (hidden) in sync, so the form
    posts the field as before. The highlighting follows the form's language select (LanguageSelect);
    the editor's own <style> carries the page's CSP nonce (templates/admin/base_site.html)."""

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        defaults = {
            "rows": 16,
            "spellcheck": "false",
            "class": "vLargeTextField code-source",
            "data-editor": "",
        }
        super().__init__(attrs={**defaults, **(attrs or {})})

    @property
    def media(self) -> forms.Media:
        return forms.Media(js=[EDITOR_BUNDLE], css={"all": ["curriculum/admin.css"]})


class LanguageSelect(forms.Select):
    """The exercise's language: each option carries its editor mode (compilers.registry's `highlight`),
    and the select is the one the code editors of its form follow, as the playground's does."""

    def __init__(self, attrs: dict[str, Any] | None = None, choices: Any = ()) -> None:
        super().__init__(attrs={"data-editor-language": "", **(attrs or {})}, choices=choices)

    def create_option(self, name: str, value: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
        option = super().create_option(name, value, *args, **kwargs)
        language = registry.get(str(value)) if value else None
        if language is not None:
            option["attrs"]["data-highlight"] = language.highlight
        return option


class MarkdownPreviewWidget(forms.Textarea):
    """A textarea with a Preview button that renders it through the site's own sanitised renderer."""

    def __init__(self, preview_url: str, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs={"rows": 20, "class": "vLargeTextField markdown-source", **(attrs or {})})
        self.preview_url = preview_url

    @property
    def media(self) -> forms.Media:
        return forms.Media(
            js=["django_htmx/htmx-2.min.js"],
            css={"all": ["curriculum/highlight.css", "curriculum/admin.css"]},
        )

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> SafeString:
        textarea = super().render(name, value, attrs, renderer)
        target = f"preview-{(attrs or {}).get('id') or name}"
        # The button posts the enclosing form (CSRF token included) and names the field to render.
        return format_html(
            '{}<div class="markdown-preview-tools">'
            '<button type="button" class="button" hx-post="{}" hx-vals="{}" hx-target="#{}"'
            ' hx-swap="innerHTML">'
            "Preview</button></div>"
            '<div id="{}" class="markdown-preview prose" aria-live="polite"></div>',
            textarea,
            self.preview_url,
            json.dumps({"_preview_field": name}),
            target,
            target,
        )


class MarkdownPreviewMixin:
    """Adds a staff-only preview endpoint to a ModelAdmin and the preview widget to its Markdown fields."""

    admin_site: admin.AdminSite
    model: type[Model]

    def _preview_url_name(self) -> str:
        return f"{self.model._meta.app_label}_{self.model._meta.model_name}_preview"

    def get_urls(self) -> list[URLPattern]:
        preview = path(
            "preview/",
            self.admin_site.admin_view(require_POST(self.preview_view)),
            name=self._preview_url_name(),
        )
        return [preview, *super().get_urls()]  # type: ignore[misc]

    def preview_view(self, request: HttpRequest) -> HttpResponse:
        field = request.POST.get("_preview_field", "")
        text = request.POST.get(field, "") if field else ""
        if not text.strip():
            return HttpResponse('<p class="help">Nothing to preview yet.</p>')
        return HttpResponse(markdown_render(text, runnable=False).html)

    def formfield_for_dbfield(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name in MARKDOWN_FIELDS:
            kwargs["widget"] = MarkdownPreviewWidget(reverse(f"admin:{self._preview_url_name()}"))
        elif db_field.name in CODE_FIELDS:
            kwargs["widget"] = CodeEditorWidget()
            kwargs["strip"] = False  # a program is kept as written, its final newline included
        elif db_field.name == "language" and self.model is Exercise:
            kwargs["widget"] = LanguageSelect()
        return super().formfield_for_dbfield(db_field, request, **kwargs)  # type: ignore[misc]


class PublishActionsMixin:
    """The publish and unpublish actions; each admin lists them in its own `actions`."""

    @admin.action(description="Publish the selected items", permissions=["change"])
    def publish(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        count = content_set_published(queryset=queryset, published=True)
        self.message_user(request, f"{count} published.", messages.SUCCESS)  # type: ignore[attr-defined]

    @admin.action(
        description="Unpublish the selected items (students no longer see them)", permissions=["change"]
    )
    def unpublish(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        count = content_set_published(queryset=queryset, published=False)
        self.message_user(request, f"{count} unpublished.", messages.SUCCESS)  # type: ignore[attr-defined]


class SourceFilter(admin.SimpleListFilter):
    title = "source"
    parameter_name = "source"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("files", "Loaded from the content files"), ("admin", "Made in the admin")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value() == "files":
            return queryset.exclude(source_hash="")
        if self.value() == "admin":
            return queryset.filter(source_hash="")
        return queryset


class SourceMixin:
    """Says where a module, lesson or exercise came from and whether it was edited since it was loaded:
    a column on the list and a note on the edit page, with the command that takes the files' version."""

    @admin.display(description="Source")
    def source(self, obj: Module | Lesson | Exercise) -> str:
        state = row_source(obj)
        if state is Source.ADMIN:
            return "admin"
        return "files, edited" if state is Source.EDITED else "files"

    @admin.display(description="Source")
    def source_note(self, obj: Module | Lesson | Exercise) -> str:
        state = row_source(obj)
        if state is Source.ADMIN:
            return (
                "Made in the admin: the content files do not describe it "
                "(or it was made before the loader recorded its loads)."
            )
        when = f" on {obj.source_loaded_at:%Y-%m-%d %H:%M} UTC" if obj.source_loaded_at else ""
        loaded = f"Loaded from curriculum/content/{obj.source_path}{when}."
        if state is Source.FILES:
            return f"{loaded} Not edited since: the next load brings in any change made to the file."
        return (
            f"{loaded} Edited since: the loader keeps this version and reports it; "
            f"`manage.py load_curriculum --reset {reset_target(obj)}` replaces it with the file's."
        )


class LessonInline(admin.TabularInline):
    model = Lesson
    fields = ("order", "title", "slug", "is_published")
    show_change_link = True
    extra = 0


@admin.register(Module)
class ModuleAdmin(SourceMixin, MarkdownPreviewMixin, PublishActionsMixin, admin.ModelAdmin):
    list_display = ("order", "title", "era", "lesson_total", "is_published", "source")
    list_display_links = ("title",)
    list_filter = ("is_published", SourceFilter)
    readonly_fields = ("source_note",)
    search_fields = ("title", "summary", "introduction")
    prepopulated_fields = {"slug": ("title",)}
    ordering = ("order",)
    inlines = [LessonInline]
    actions = ["publish", "unpublish"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Module]:
        return super().get_queryset(request).annotate(lesson_total=Count("lessons"))

    @admin.display(description="Lessons", ordering="lesson_total")
    def lesson_total(self, obj: Module) -> int:
        return obj.lesson_total  # type: ignore[attr-defined]


class ExerciseForm(forms.ModelForm):
    """The exercise's form in its own page and inline in its lesson's: refuses to publish an exercise in a
    language whose programs cannot run (students would meet a workspace without a Run button)."""

    class Meta:
        model = Exercise
        fields = ("language", "is_published")  # the admins' own fields and fieldsets extend these

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        language = cleaned.get("language")
        if cleaned.get("is_published") and language:
            reason = exercise_unpublishable_reason(language)
            if reason is not None:
                self.add_error("is_published", reason)
        return cleaned


class ExerciseInline(admin.TabularInline):
    model = Exercise
    form = ExerciseForm
    fields = ("order", "title", "slug", "language", "is_published")
    show_change_link = True
    extra = 0


@admin.register(Lesson)
class LessonAdmin(SourceMixin, MarkdownPreviewMixin, PublishActionsMixin, admin.ModelAdmin):
    list_display = ("title", "module", "order", "is_published", "source", "updated_at")
    list_filter = ("is_published", SourceFilter, "module")
    readonly_fields = ("source_note",)
    list_select_related = ("module",)
    search_fields = ("title", "summary", "body", "slug")
    prepopulated_fields = {"slug": ("title",)}
    ordering = ("module__order", "order")
    date_hierarchy = "updated_at"
    inlines = [ExerciseInline]
    actions = ["publish", "unpublish"]
    fieldsets = (
        (None, {"fields": ("module", "title", "slug", "order", "is_published", "summary")}),
        ("Reading", {"fields": ("body",), "description": "Markdown. Use ## headings for the contents."}),
        ("Source", {"fields": ("source_note",)}),
    )

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        """An exercise published in the lesson's inline is judged as on its own page (ExerciseAdmin)."""
        super().save_related(request, form, formsets, change)
        for formset in formsets:
            if formset.model is Exercise:
                for exercise_form in formset.forms:
                    if exercise_form not in formset.deleted_forms:
                        _keep_draft_if_reference_fails(self, request, exercise_form)


class TestCaseForm(forms.ModelForm):
    """A test's input reaches the program byte for byte: its lines end as the instructor typed them."""

    input = TypedTextField(required=False, strip=False, widget=AdminTextareaWidget)
    expected_output = TypedTextField(required=False, strip=False, widget=AdminTextareaWidget)

    class Meta:
        model = TestCase
        fields = ("order", "name", "is_visible", "input", "expected_output")


class TestCaseInline(admin.StackedInline):
    model = TestCase
    form = TestCaseForm
    fields = (("order", "name", "is_visible"), "input", "expected_output")
    extra = 1
    ordering = ("order",)


class HintForm(forms.ModelForm):
    class Meta:
        model = Hint
        fields = ("order", "text")
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}


class HintInline(admin.TabularInline):
    model = Hint
    form = HintForm
    extra = 1
    ordering = ("order",)


# An exercise's reference solution judged against its own tests: one result dict per test ("name",
# "status", "expected", "actual", "message"). Judging belongs to the execution app, which registers its
# check when it is installed (ExecutionConfig.ready); curriculum never imports execution.
ReferenceCheck = Callable[[Exercise], list[dict[str, Any]]]
_reference_check: ReferenceCheck | None = None


def reference_check_register(check: ReferenceCheck | None) -> None:
    """Offer `check` as the exercises' "Check reference solution" action (None withdraws it)."""
    global _reference_check
    _reference_check = check


def _check_reference() -> ReferenceCheck | None:
    return _reference_check


@dataclass(frozen=True)
class ProgramCheck:
    """One program of an exercise (its reference solution or its starter code) judged by its tests."""

    label: str
    results: list[dict[str, Any]]
    summary: str
    ok: bool


@dataclass(frozen=True)
class ExerciseCheck:
    refusal: str | None  # why nothing could be run (no judge, a language that cannot run), or None
    programs: list[ProgramCheck]

    @property
    def ok(self) -> bool:
        return self.refusal is None and all(program.ok for program in self.programs)


def _reference_refusal(exercise: Exercise) -> str | None:
    """Why the exercise must not be published because of its reference solution, or None. Without the
    execution app nothing runs anywhere, so there is nothing to protect students from."""
    if _check_reference() is None:
        return None
    result = exercise_check(exercise, starter=False)
    if result.refusal is not None:
        return result.refusal
    reference = result.programs[0]
    return None if reference.ok else f"its reference solution must pass every test ({reference.summary})"


def _keep_draft_if_reference_fails(model_admin: admin.ModelAdmin, request: HttpRequest, form: Any) -> None:
    """After a save (its tests saved too), judge an exercise the form has just published: if its reference
    solution fails, keep it a draft and say why (the form already refused a language that cannot run)."""
    exercise = form.instance
    if exercise.pk is None or not exercise.is_published or "is_published" not in form.changed_data:
        return
    reason = _reference_refusal(exercise)
    if reason is not None:
        content_set_published(queryset=Exercise.objects.filter(pk=exercise.pk), published=False)
        model_admin.message_user(
            request, f"{exercise.title} was kept as a draft, not published: {reason}", messages.ERROR
        )


def exercise_check(exercise: Exercise, *, starter: bool = True) -> ExerciseCheck:
    """Judge the saved exercise's reference solution (it must pass every test) and its starter code (it
    must fail at least one, or students could submit it unchanged) with the judge execution registered."""
    check = _check_reference()
    if check is None:
        return ExerciseCheck("Nothing can run programs here: the execution app is not installed.", [])
    status = language_status(exercise.language)
    if status is not None and not status.available:
        return ExerciseCheck(status.reason, [])
    programs = []
    versions = [("Reference solution", exercise.reference_solution, True)]
    if starter:
        versions.append(("Starter code", exercise.starter_code, False))
    for label, source, must_pass in versions:
        if not source.strip():
            empty_ok = not must_pass  # no starter code is allowed; no reference solution is not
            programs.append(ProgramCheck(label, [], f"{label}: empty.", empty_ok))
            continue
        # The registered check judges an exercise's reference solution: judge this program in its place,
        # on an unsaved copy that keeps the exercise's tests and limits.
        version = copy.copy(exercise)
        version.reference_solution = source
        try:
            results = check(version)
        except Exception as exc:  # the engine's failure is reported, never a 500 in the admin
            programs.append(ProgramCheck(label, [], f"{label}: the check failed: {exc}", False))
            continue
        passed = sum(1 for r in results if r.get("status") == "passed")
        every = bool(results) and passed == len(results)
        if must_pass:
            ok = every
            summary = (
                f"{label}: {passed} of {len(results)} tests pass."
                if results
                else f"{label}: the exercise has no tests to judge it by."
            )
        else:
            ok = not every
            summary = (
                f"{label}: passes every test, so students could submit it unchanged."
                if every
                else f"{label}: fails {len(results) - passed} of {len(results)} tests, as it should."
            )
        programs.append(ProgramCheck(label, results, summary, ok))
    return ExerciseCheck(None, programs)


@admin.register(Exercise)
class ExerciseAdmin(SourceMixin, MarkdownPreviewMixin, PublishActionsMixin, admin.ModelAdmin):
    list_display = (
        "title", "lesson", "language", "order", "test_total", "hint_total", "is_published", "source",
    )  # fmt: skip
    list_filter = ("is_published", SourceFilter, "language", "lesson__module")
    readonly_fields = ("source_note", "check_panel")
    list_select_related = ("lesson", "lesson__module")
    search_fields = ("title", "slug", "statement")
    prepopulated_fields = {"slug": ("title",)}
    ordering = ("lesson__module__order", "lesson__order", "order")
    autocomplete_fields = ("lesson",)
    form = ExerciseForm
    inlines = [TestCaseInline, HintInline]
    actions = ["publish", "unpublish", "check_reference"]
    fieldsets = (
        (None, {"fields": ("lesson", "title", "slug", "order", "language", "is_published")}),
        ("Statement", {"fields": ("statement",)}),
        ("Code", {"fields": ("starter_code", "reference_solution")}),
        (
            "Limits",
            {
                "fields": (("max_steps", "max_output", "store_size"),),
                "description": "Leave empty for the site's defaults.",
                "classes": ("collapse",),
            },
        ),
        ("Source", {"fields": ("source_note",)}),
        ("Check", {"fields": ("check_panel",)}),
    )

    def get_urls(self) -> list[URLPattern]:
        check = path(
            "<path:object_id>/check/",
            self.admin_site.admin_view(require_POST(self.check_view)),
            name="curriculum_exercise_check",
        )
        return [check, *super().get_urls()]

    @admin.display(description="Check the exercise")
    def check_panel(self, obj: Exercise) -> SafeString | str:
        if obj.pk is None:
            return "Save the exercise first: the check runs the saved reference solution and starter code."
        return format_html(
            '<button type="button" class="button" hx-post="{}" hx-target="#exercise-check"'
            ' hx-swap="innerHTML" hx-indicator="#exercise-check">Check the exercise</button>'
            '<p class="help">Runs the saved reference solution (it must pass every test) and the saved'
            " starter code (it must fail at least one) against the saved tests. Save your changes first.</p>"
            '<div id="exercise-check" aria-live="polite"></div>',
            reverse("admin:curriculum_exercise_check", args=[obj.pk]),
        )

    def check_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        exercise = self.get_object(request, object_id)
        if exercise is None or not self.has_view_permission(request, exercise):
            raise Http404("No such exercise.")
        result = exercise_check(exercise)
        return HttpResponse(render_to_string("admin/curriculum/exercise/_check.html", {"check": result}))

    def get_queryset(self, request: HttpRequest) -> QuerySet[Exercise]:
        # Tests and hints are prefetched for the Source column: an exercise's fingerprint includes them.
        return (
            super()
            .get_queryset(request)
            .annotate(test_total=Count("test_cases", distinct=True), hint_total=Count("hints", distinct=True))
            .prefetch_related("test_cases", "hints")
        )

    @admin.display(description="Tests", ordering="test_total")
    def test_total(self, obj: Exercise) -> int:
        return obj.test_total  # type: ignore[attr-defined]

    @admin.display(description="Hints", ordering="hint_total")
    def hint_total(self, obj: Exercise) -> int:
        return obj.hint_total  # type: ignore[attr-defined]

    @admin.action(description="Publish the selected items", permissions=["change"])
    def publish(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        """Publishes the selection except exercises in a language whose programs cannot run or whose
        reference solution fails a test, each named with why."""
        refused = []
        for exercise in queryset.filter(is_published=False):  # those already published are left alone
            reason = exercise_unpublishable_reason(exercise.language) or _reference_refusal(exercise)
            if reason is not None:
                refused.append(exercise.pk)
                self.message_user(request, f"{exercise.title} ({exercise.slug}): {reason}", messages.ERROR)
        if refused and len(refused) == queryset.count():
            return
        super().publish(request, queryset.exclude(pk__in=refused))

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        """Once the tests are saved too, an exercise just published is judged: if its reference solution
        fails, it is kept as a draft and the instructor is told why (the language was checked by the form)."""
        super().save_related(request, form, formsets, change)
        _keep_draft_if_reference_fails(self, request, form)

    def get_actions(
        self, request: HttpRequest, action_location: ActionLocation = ActionLocation.CHANGE_LIST
    ) -> dict[str, Any]:
        actions = super().get_actions(request, action_location)
        if _check_reference() is None:
            actions.pop("check_reference", None)
        return actions

    @admin.action(description="Check reference solution against the tests", permissions=["view"])
    def check_reference(self, request: HttpRequest, queryset: QuerySet[Exercise]) -> None:
        check = _check_reference()
        if check is None:  # pragma: no cover - the action is not offered then
            return
        for exercise in queryset:
            name = f"{exercise.title} ({exercise.slug})"
            status = language_status(exercise.language)
            if status is not None and not status.available:  # nothing to run it with: say why
                self.message_user(request, f"{name}: {status.reason}", messages.ERROR)
                continue
            try:
                results = check(exercise)
            except Exception as exc:  # the engine's failure is reported, never a 500 in the admin
                self.message_user(request, f"{name}: the check failed: {exc}", messages.ERROR)
                continue
            failed = [r for r in results if r.get("status") != "passed"]
            level = messages.ERROR if failed or not results else messages.SUCCESS
            summary = f"{name}: {len(results) - len(failed)} of {len(results)} tests pass."
            self.message_user(request, summary, level)
            for result in failed:
                detail = (
                    result.get("message")
                    or f"expected {result.get('expected')!r}, got {result.get('actual')!r}"
                )
                self.message_user(
                    request,
                    f"{exercise.title} · {result.get('name')}: {result.get('status')}: {detail}",
                    level,
                )


@admin.register(Progress)
class ProgressAdmin(admin.ModelAdmin):
    """Each student's progress, read-only: it is written by the judge and the lesson pages, never by hand.
    Instructors see it as part of their role, without a model permission of their own."""

    list_display = ("user", "target", "status", "attempts", "failed_attempts", "hints_revealed", "updated_at")
    list_filter = ("status", "exercise__lesson__module", "exercise", "user")
    list_select_related = ("user", "lesson", "exercise")
    search_fields = ("user__username", "user__display_name", "lesson__title", "exercise__title")
    date_hierarchy = "updated_at"
    ordering = ("-updated_at",)

    @admin.display(description="Lesson or exercise")
    def target(self, obj: Progress) -> str:
        return f"Lesson: {obj.lesson}" if obj.lesson_id else f"Exercise: {obj.exercise}"

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_view_permission(request, obj) or user_is_instructor(user=request.user)
