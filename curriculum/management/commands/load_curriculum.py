"""manage.py load_curriculum [--path DIR] [--prune] [--reset NAME ...]: load the course files into the
database, keeping every row edited since it was loaded unless it is named for a reset."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from curriculum.loader import DEFAULT_CONTENT_DIR, ContentError, content_read, curriculum_load


class Command(BaseCommand):
    help = (
        "Create or update modules, lessons and exercises from the content files (keyed by slug). "
        "Re-running is safe: a row edited since it was loaded is kept and reported, unless --reset names "
        "it; nothing is deleted unless --prune is given."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--path", type=Path, default=DEFAULT_CONTENT_DIR, help="the content directory")
        parser.add_argument(
            "--prune",
            action="store_true",
            help="delete modules, lessons, exercises, tests and hints that the files no longer name",
        )
        parser.add_argument(
            "--reset",
            action="append",
            default=[],
            metavar="NAME",
            help=(
                "overwrite this row with the files' version even if it was edited since it was loaded: "
                "module:SLUG, lesson:MODULE/SLUG (or MODULE/SLUG) or exercise:SLUG; repeat for several"
            ),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            tree = content_read(options["path"])
            report = curriculum_load(tree=tree, prune=options["prune"], reset=options["reset"])
        except ContentError as exc:
            problems = "\n".join(f"  {p}" for p in exc.problems)
            raise CommandError(
                f"the content has {len(exc.problems)} problem(s); nothing was loaded:\n{problems}"
            ) from exc
        for line in report.lines():
            self.stdout.write(line)
        if options["verbosity"] >= 2:
            for kind, tally in (
                ("module", report.modules),
                ("lesson", report.lessons),
                ("exercise", report.exercises),
            ):
                for action in ("created", "updated", "deleted"):
                    for label in getattr(tally, action):
                        self.stdout.write(f"  {action} {kind} {label}")
        if report.edited:
            self.stdout.write(
                self.style.WARNING(
                    f"{len(report.edited)} row(s) differ from the files but were changed since they were "
                    "loaded, so they were kept as they are (use --reset NAME to take the files' version):"
                )
            )
            for line in report.edited:
                self.stdout.write(f"  {line}")
        if report.kept:
            self.stdout.write(
                self.style.WARNING(
                    f"{len(report.kept)} row(s) in the database are not in the files and were kept "
                    "(use --prune to delete them):"
                )
            )
            for label in report.kept:
                self.stdout.write(f"  {label}")
        self.stdout.write(self.style.SUCCESS("The course is loaded."))
