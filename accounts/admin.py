"""Users in the admin, with actions to give or take the instructor role."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.db.models import QuerySet
from django.http import HttpRequest

from accounts.forms import ThrottledAdminAuthenticationForm
from accounts.models import User
from accounts.services import user_set_instructor
from ancient_compute.lib.errors import ApplicationError

# The admin's sign-in page shares the site's failed log-in throttle: it is no side door for guessing.
admin.site.login_form = ThrottledAdminAuthenticationForm


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    fieldsets = (
        *(DjangoUserAdmin.fieldsets or ()),
        ("Profile", {"fields": ("display_name",)}),
    )
    list_display = ("username", "display_name", "email", "is_staff", "is_active", "date_joined")
    search_fields = ("username", "display_name", "email")
    actions = ["make_instructor", "remove_instructor"]

    def _set_role(self, request: HttpRequest, queryset: QuerySet[User], instructor: bool) -> None:
        try:
            for user in queryset:
                user_set_instructor(user=user, instructor=instructor)
        except ApplicationError as exc:
            self.message_user(request, exc.message, messages.ERROR)
            return
        role = "instructors" if instructor else "students"
        self.message_user(request, f"{queryset.count()} user(s) are now {role}.", messages.SUCCESS)

    @admin.action(description="Make the selected users instructors", permissions=["change"])
    def make_instructor(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        self._set_role(request, queryset, True)

    @admin.action(description="Take the instructor role from the selected users", permissions=["change"])
    def remove_instructor(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        self._set_role(request, queryset, False)
