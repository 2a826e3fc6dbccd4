"""Sign-up, log-in and its throttle, log-out, passwords, the profile, and the instructor role."""

from __future__ import annotations

import re
from io import StringIO
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client

from accounts.tests.factories import PASSWORD, UserFactory
from curriculum.services import progress_record_attempt
from curriculum.tests.factories import ExerciseFactory, LessonFactory, ModuleFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


def test_sign_up_creates_a_student_and_signs_in(client: Client) -> None:
    page = client.get("/accounts/signup/")
    assert page.status_code == 200
    assert 'name="username"' in page.content.decode() and 'for="id_email"' in page.content.decode()
    response = client.post(
        "/accounts/signup/",
        {
            "username": "grace",
            "email": "grace@example.org",
            "display_name": "Grace",
            "password1": "a-long-unusual-password",
            "password2": "a-long-unusual-password",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/course/"
    user = User.objects.get(username="grace")
    assert user.display_name == "Grace" and not user.is_staff and not user.groups.exists()
    assert client.get("/accounts/profile/").status_code == 200
    # Signed in: the sign-up page sends you to the course.
    assert client.get("/accounts/signup/")["Location"] == "/course/"


def test_sign_up_refuses_bad_input_clearly(client: Client) -> None:
    UserFactory.create(username="taken")
    response = client.post(
        "/accounts/signup/",
        {"username": "TAKEN", "email": "not-an-email", "password1": "short", "password2": "other"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter a valid email address." in html
    assert "The two password fields didn" in html
    response = client.post(
        "/accounts/signup/",
        {
            "username": "TAKEN",
            "email": "t@example.org",
            "password1": "a-long-unusual-password",
            "password2": "a-long-unusual-password",
        },
    )
    assert "A user with that username already exists." in response.content.decode()
    assert User.objects.filter(username__iexact="taken").count() == 1


def test_user_create_refuses_a_taken_username_in_any_case() -> None:
    from accounts.services import user_create
    from ancient_compute.lib.errors import InvalidInput

    UserFactory.create(username="taken")
    with pytest.raises(InvalidInput, match="That username is taken"):
        user_create(username="Taken", email="t@example.org", password="x")


def test_log_in_and_out(client: Client) -> None:
    UserFactory.create(username="ada")
    assert client.get("/accounts/login/").status_code == 200
    response = client.post("/accounts/login/", {"username": "ada", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/course/"
    assert "Sign out" in client.get("/course/").content.decode()
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert client.get("/accounts/profile/")["Location"].startswith("/accounts/login/")


def test_repeated_failed_log_ins_are_throttled(client: Client) -> None:
    UserFactory.create(username="ada")
    for _ in range(5):
        response = client.post("/accounts/login/", {"username": "ada", "password": "wrong"})
        assert "Please enter a correct username and password" in response.content.decode()
    # The sixth try is refused even with the right password, with a message that says why.
    response = client.post("/accounts/login/", {"username": "ADA", "password": PASSWORD})
    assert response.status_code == 200
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # Another address is not blocked for the same username.
    other = Client(REMOTE_ADDR="203.0.113.9")
    assert other.post("/accounts/login/", {"username": "ada", "password": PASSWORD}).status_code == 302


def test_a_successful_log_in_clears_the_failures(client: Client) -> None:
    UserFactory.create(username="ada")
    for _ in range(4):
        client.post("/accounts/login/", {"username": "ada", "password": "wrong"})
    assert client.post("/accounts/login/", {"username": "ada", "password": PASSWORD}).status_code == 302
    client.post("/accounts/logout/")
    for _ in range(4):
        client.post("/accounts/login/", {"username": "ada", "password": "wrong"})
    assert client.post("/accounts/login/", {"username": "ada", "password": PASSWORD}).status_code == 302


def test_password_change(client: Client) -> None:
    user = UserFactory.create(username="ada")
    client.force_login(user)
    assert client.get("/accounts/password/change/").status_code == 200
    response = client.post(
        "/accounts/password/change/",
        {
            "old_password": PASSWORD,
            "new_password1": "another-long-password",
            "new_password2": "another-long-password",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/accounts/password/change/done/"
    assert client.get(response["Location"]).status_code == 200
    user.refresh_from_db()
    assert user.check_password("another-long-password")


def test_password_reset_by_email(client: Client) -> None:
    user = UserFactory.create(username="ada", email="ada@example.org")
    assert client.get("/accounts/password/reset/").status_code == 200
    response = client.post("/accounts/password/reset/", {"email": "ada@example.org"})
    assert response["Location"] == "/accounts/password/reset/sent/"
    assert client.get(response["Location"]).status_code == 200
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", str(mail.outbox[0].body))
    assert link is not None
    form = client.get(link.group(1), follow=True)
    assert "Choose a new password" in form.content.decode()
    response = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "brand-new-password-1", "new_password2": "brand-new-password-1"},
    )
    assert response["Location"] == "/accounts/password/reset/complete/"
    assert client.get(response["Location"]).status_code == 200
    user.refresh_from_db()
    assert user.check_password("brand-new-password-1")
    used = client.get(form.redirect_chain[-1][0])
    assert "This link is not valid" in used.content.decode()


def test_profile_shows_progress_per_module(client: Client) -> None:
    user = UserFactory.create(username="ada")
    module = ModuleFactory.create(title="The Engine")
    exercise = ExerciseFactory.create(lesson=LessonFactory.create(module=module), title="Sum it")
    ModuleFactory.create(title="Later")
    progress_record_attempt(user=user, exercise=exercise, accepted=True)
    client.force_login(user)
    html = client.get("/accounts/profile/").content.decode()
    # Its exercise solved, the lesson is done too (solving a lesson's exercises completes it).
    assert "The Engine" in html and "2 of 2" in html and 'value="100"' in html
    assert "Later" in html and "0 of 0" in html
    assert "Sum it" in html and "solved" in html
    assert "Student" in html


def test_make_instructor_command(client: Client) -> None:
    user = UserFactory.create(username="ada")
    out = StringIO()
    call_command("make_instructor", "ada", stdout=out)
    assert "ada is now an instructor." in out.getvalue()
    user.refresh_from_db()
    assert user.is_staff and user.groups.filter(name="Instructors").exists()
    client.force_login(user)
    assert "Instructor" in client.get("/accounts/profile/").content.decode()
    assert client.get("/admin/curriculum/lesson/").status_code == 200
    call_command("make_instructor", "ada", "--remove", stdout=out)
    user.refresh_from_db()
    assert not user.is_staff and not user.groups.exists()
    with pytest.raises(CommandError, match="There is no user 'nobody'"):
        call_command("make_instructor", "nobody")


def test_make_instructor_without_the_group_is_a_clear_error() -> None:
    from django.contrib.auth.models import Group

    UserFactory.create(username="ada")
    Group.objects.filter(name="Instructors").delete()
    with pytest.raises(CommandError, match="The Instructors group is missing"):
        call_command("make_instructor", "ada")


def test_admin_actions_make_and_unmake_instructors(client: Client, admin_user: Any) -> None:
    user = UserFactory.create(username="ada")
    client.force_login(admin_user)
    response = client.post(
        "/admin/accounts/user/", {"action": "make_instructor", "_selected_action": [user.pk]}, follow=True
    )
    assert "1 user(s) are now instructors." in response.content.decode()
    user.refresh_from_db()
    assert user.is_staff and user.groups.filter(name="Instructors").exists()
    client.post("/admin/accounts/user/", {"action": "remove_instructor", "_selected_action": [user.pk]})
    user.refresh_from_db()
    assert not user.is_staff
    # A superuser who loses the role keeps the admin.
    client.post("/admin/accounts/user/", {"action": "remove_instructor", "_selected_action": [admin_user.pk]})
    admin_user.refresh_from_db()
    assert admin_user.is_staff
    assert client.get(f"/admin/accounts/user/{user.pk}/change/").status_code == 200
    assert client.get("/admin/accounts/user/add/").status_code == 200


def test_the_admin_sign_in_shares_the_throttle(client: Client) -> None:
    UserFactory.create(username="ada")
    for _ in range(5):
        response = client.post("/admin/login/", {"username": "ada", "password": "wrong"})
        assert response.status_code == 200
    response = client.post("/accounts/login/", {"username": "ada", "password": PASSWORD})
    assert "Too many failed sign-in attempts" in response.content.decode()
    response = client.post("/admin/login/", {"username": "ada", "password": PASSWORD})
    assert "Too many failed sign-in attempts" in response.content.decode()
