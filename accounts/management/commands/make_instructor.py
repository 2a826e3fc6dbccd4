"""manage.py make_instructor USERNAME [--remove]: give (or take) the instructor role."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts.services import user_set_instructor
from ancient_compute.lib.errors import ApplicationError


class Command(BaseCommand):
    help = "Make a user an instructor (staff, in the Instructors group), or with --remove a student again."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--remove", action="store_true", help="take the instructor role away")

    def handle(self, *args: Any, **options: Any) -> None:
        user = get_user_model().objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError(f"There is no user '{options['username']}'.")
        try:
            user_set_instructor(user=user, instructor=not options["remove"])
        except ApplicationError as exc:
            raise CommandError(exc.message) from exc
        role = "a student" if options["remove"] else "an instructor"
        self.stdout.write(self.style.SUCCESS(f"{user.username} is now {role}."))
