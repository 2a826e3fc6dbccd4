"""Saved programs: a student's program kept under a title, with its history of versions, its tags, its
stars, the program it was forked from, and the last run made from its page.

A program is private to its owner until made public; a public one is listed in the gallery, can be forked
and starred by anyone signed in, and an instructor can feature it in a lesson. Rules live in
programs.services, never in save().
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

TITLE_MAX = 120
TAG_MAX = 32
TAGS_PER_PROGRAM = 8


class Tag(models.Model):
    """A lower-case word (letters, digits, "-"), shared by every program that carries it."""

    name = models.SlugField(max_length=TAG_MAX, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Program(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="programs")
    title = models.CharField(max_length=TITLE_MAX)
    language = models.CharField(max_length=32)  # a key of compilers.registry
    description = models.TextField(blank=True)
    source = models.TextField()  # the newest version's source (every version is a ProgramVersion)
    is_public = models.BooleanField(default=False)
    tags = models.ManyToManyField(Tag, blank=True, related_name="programs")
    # The program this one was forked from; kept when the origin is made private (the link then leads to
    # a 404 for others, as any private program does), emptied when the origin is deleted.
    forked_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="forks"
    )
    # The newest run made from the program's page: its Engine statistics are shown beside the program.
    last_run = models.ForeignKey(
        "execution.Run", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        indexes = [
            models.Index(fields=["is_public", "-updated_at"], name="program_public_updated"),
            models.Index(fields=["owner", "-updated_at"], name="program_owner_updated"),
            models.Index(fields=["language"], name="program_language"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.language}, {'public' if self.is_public else 'private'})"


class ProgramVersion(models.Model):
    """One saved state of a program: the first save is version 1, and every edit that changes the
    program's source, title or description adds the next."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=TITLE_MAX)
    description = models.TextField(blank=True)
    source = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["program", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["program", "number"], name="program_version_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.program_id} v{self.number}"


class Star(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="stars")
    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="stars")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "program"], name="star_unique")]

    def __str__(self) -> str:
        return f"{self.user_id} stars {self.program_id}"


class FeaturedProgram(models.Model):
    """A public program an instructor shows on a lesson's page (edited in the admin)."""

    lesson = models.ForeignKey(
        "curriculum.Lesson", on_delete=models.CASCADE, related_name="featured_programs"
    )
    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="featured_in")
    order = models.PositiveIntegerField(default=0)
    note = models.CharField(max_length=200, blank=True, help_text="Why this program is worth reading.")

    class Meta:
        ordering = ["lesson", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["lesson", "program"], name="featured_program_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.program} in {self.lesson}"

    def clean(self) -> None:
        # The admin's form validation: a lesson page is read by every student, a private program by one.
        if self.program_id is not None and not self.program.is_public:
            raise ValidationError({"program": "Only a public program can be featured in a lesson."})
