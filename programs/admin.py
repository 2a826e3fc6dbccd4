"""Saved programs in the admin: instructors feature public programs in lessons (the lesson's page then
lists them); the programs themselves are their owners', and the admin only reads them."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import ForeignKey
from django.http import HttpRequest

from accounts.selectors import user_is_instructor
from programs.models import FeaturedProgram, Program


def _public_programs_only(db_field: ForeignKey[Any, Any], kwargs: dict[str, Any]) -> None:
    # A lesson is read by every student: only a public program can be chosen (FeaturedProgram.clean says so
    # too, for a program made private while the form was open).
    if db_field.name == "program":
        kwargs["queryset"] = Program.objects.filter(is_public=True).select_related("owner").order_by("title")


class FeaturedProgramInline(admin.TabularInline):
    model = FeaturedProgram
    fields = ("lesson", "order", "note")
    extra = 0


@admin.register(Program)
class ProgramAdmin(admin.ModelAdmin):
    list_display = ("title", "language", "owner", "is_public", "forked_from", "updated_at")
    list_filter = ("is_public", "language")
    search_fields = ("title", "description", "owner__username")
    list_select_related = ("owner", "forked_from")
    readonly_fields = (
        "owner",
        "title",
        "language",
        "description",
        "source",
        "is_public",
        "forked_from",
        "last_run",
    )
    exclude = ("tags",)
    inlines = [FeaturedProgramInline]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # programs are saved by their owners, on the site or through the API

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_view_permission(request, obj) or user_is_instructor(user=request.user)


@admin.register(FeaturedProgram)
class FeaturedProgramAdmin(admin.ModelAdmin):
    list_display = ("program", "lesson", "order", "note")
    list_filter = ("lesson__module", "lesson")
    list_select_related = ("program", "program__owner", "lesson")
    search_fields = ("program__title", "lesson__title", "note")
    ordering = ("lesson", "order")

    def formfield_for_foreignkey(
        self, db_field: ForeignKey[Any, Any], request: HttpRequest, **kwargs: Any
    ) -> Any:
        _public_programs_only(db_field, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
