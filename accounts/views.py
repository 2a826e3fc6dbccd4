"""Sign-up, log-in (throttled) and the profile page; the rest are Django's auth views with our templates."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from accounts.forms import SignUpForm, ThrottledAuthenticationForm
from accounts.selectors import user_is_instructor
from accounts.services import user_create
from ancient_compute.lib.errors import ApplicationError
from curriculum.selectors import module_progress_list_for_user, progress_list_for_user


@require_http_methods(["GET", "POST"])
def signup_view(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("curriculum:course")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = user_create(
                username=form.cleaned_data["username"],
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password1"],
                display_name=form.cleaned_data["display_name"],
            )
        except ApplicationError as exc:
            form.add_error(exc.extra.get("field"), exc.message)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, f"Welcome, {user.public_name}. Start with the first module.")
            return redirect("curriculum:course")
    return render(request, "accounts/signup.html", {"form": form})


class LoginView(auth_views.LoginView):
    form_class = ThrottledAuthenticationForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


login_view = LoginView.as_view()


@login_required
def profile_view(request: HttpRequest) -> HttpResponse:
    recent = progress_list_for_user(user=request.user)[:10]
    return render(
        request,
        "accounts/profile.html",
        {
            "modules": module_progress_list_for_user(user=request.user),
            "recent": recent,
            "is_instructor": user_is_instructor(user=request.user),
        },
    )
