"""Sign-up and a log-in form that refuses to check passwords while the failure throttle is closed."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.http import HttpRequest

from accounts.selectors import client_ip, login_is_throttled, login_throttle_message
from accounts.services import login_failure_record, login_failures_clear


class SignUpForm(UserCreationForm):
    email = forms.EmailField(help_text="Used only to reset your password.")
    display_name = forms.CharField(
        max_length=150, required=False, help_text="Optional: shown instead of your username."
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email", "display_name")


class LoginThrottleMixin:
    """Refuse to check passwords while this username and address have too many recent failures.

    For Django's authentication forms (the site's and the admin's): each failure is counted, and a
    success clears the count.
    """

    request: HttpRequest | None
    cleaned_data: dict[str, Any]

    def clean(self) -> dict[str, Any]:
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if not username or not password:
            return super().clean()  # type: ignore[misc]
        ip = client_ip(self.request)
        if login_is_throttled(username=username, ip=ip):
            # The password is not even checked: guessing stays closed for the whole window.
            raise forms.ValidationError(login_throttle_message(), code="throttled")
        try:
            cleaned: dict[str, Any] = super().clean()  # type: ignore[misc]
        except forms.ValidationError:
            login_failure_record(username=username, ip=ip)
            raise
        login_failures_clear(username=username, ip=ip)
        return cleaned


class ThrottledAuthenticationForm(LoginThrottleMixin, AuthenticationForm):
    pass


class ThrottledAdminAuthenticationForm(LoginThrottleMixin, AdminAuthenticationForm):
    pass
