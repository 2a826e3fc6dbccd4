"""Runs and submissions in the admin, read-only: instructors look at the class's work, never change it.

Instructors (the Instructors group) may view these without a model permission of their own: seeing the
class's submissions is part of the role, as on the instructors' pages (execution/teaching_views.py).
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from accounts.selectors import user_is_instructor
from execution.models import Run, Submission


class ReadOnlyForInstructorsAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_view_permission(request, obj) or user_is_instructor(user=request.user)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return super().has_module_permission(request) or user_is_instructor(user=request.user)


@admin.register(Submission)
class SubmissionAdmin(ReadOnlyForInstructorsAdmin):
    list_display = ("created_at", "owner", "exercise", "attempt_number", "verdict")
    list_filter = ("verdict", "exercise", "owner")
    list_select_related = ("owner", "exercise")
    search_fields = ("owner__username", "owner__display_name", "exercise__title", "exercise__slug")
    date_hierarchy = "created_at"
    ordering = ("-created_at",)
    fields = ("owner", "exercise", "attempt_number", "verdict", "created_at", "run", "results")
    readonly_fields = fields


@admin.register(Run)
class RunAdmin(ReadOnlyForInstructorsAdmin):
    list_display = ("created_at", "owner", "language", "status", "judged")
    list_filter = ("status", "language", "owner")
    list_select_related = ("owner", "submission")
    search_fields = ("owner__username", "owner__display_name", "=id")
    date_hierarchy = "created_at"
    ordering = ("-created_at",)
    fields = (
        "id", "owner", "language", "status", "created_at", "started_at", "finished_at", "source", "stdin",
        "output", "stderr", "trap", "trap_message", "trap_line", "exit_status", "diagnostics", "statistics",
        "max_steps", "max_output", "store_size",
    )  # fmt: skip
    readonly_fields = fields

    @admin.display(description="Submission", boolean=True)
    def judged(self, obj: Run) -> bool:
        return obj.is_judged
