"""Writes: saving, editing, forking and starring programs, and running one from its page.

Every change runs in one transaction. A program's title, language and source are checked here (the
language against compilers.registry through the execution app's own check, the one list of languages).
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from django.db import transaction
from django.db.models import Max

from ancient_compute.lib.errors import InvalidInput, NotFound
from ancient_compute.lib.languages import language_status
from execution import services as execution_services
from execution.models import Run
from execution.services import MAX_SOURCE_CHARS
from programs.models import TAG_MAX, TAGS_PER_PROGRAM, TITLE_MAX, Program, ProgramVersion, Star, Tag

DESCRIPTION_MAX = 5_000
_TAG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _invalid(field: str, message: str, *, code: str = "invalid") -> InvalidInput:
    return InvalidInput(message, code=code, extra={"fields": {field: [message]}})


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise _invalid("title", "Give the program a title.")
    if len(title) > TITLE_MAX:
        raise _invalid("title", f"A title has at most {TITLE_MAX} characters; this one has {len(title)}.")
    return title


def _clean_language(language: str) -> str:
    # Any language of the registry may be saved, even one whose compiler is still coming: a program is kept
    # as text. Running it is refused with the reason by the run service.
    if language_status(language) is None:
        raise _invalid("language", f"Unknown language {language!r}.", code="unknown_language")
    return language


def _clean_source(source: str) -> str:
    if "\x00" in source:  # PostgreSQL text cannot hold NUL
        raise _invalid("source", "The program contains a NUL character.")
    if not source.strip():
        raise _invalid("source", "The program is empty: write a program first.")
    if len(source) > MAX_SOURCE_CHARS:
        raise _invalid("source", f"The program is longer than {MAX_SOURCE_CHARS} characters.")
    return source


def _clean_description(description: str) -> str:
    if "\x00" in description:
        raise _invalid("description", "The description contains a NUL character.")
    if len(description) > DESCRIPTION_MAX:
        raise _invalid("description", f"A description has at most {DESCRIPTION_MAX} characters.")
    return description.strip()


def tags_parse(text: str | list[str]) -> list[str]:
    """Tags from a list, or from text separated by commas or spaces: lower case, in order, each once."""
    words = text if isinstance(text, list) else re.split(r"[,\s]+", text)
    tags: list[str] = []
    for word in words:
        tag = str(word).strip().lower().lstrip("#")
        if not tag or tag in tags:
            continue
        if len(tag) > TAG_MAX or not _TAG.match(tag):
            raise _invalid(
                "tags",
                f"Tag {tag[:TAG_MAX]!r}: a tag is a word of letters, digits and '-', at most {TAG_MAX} long.",
            )
        tags.append(tag)
    if len(tags) > TAGS_PER_PROGRAM:
        raise _invalid("tags", f"A program has at most {TAGS_PER_PROGRAM} tags; {len(tags)} were given.")
    return tags


def _set_tags(program: Program, tags: list[str]) -> None:
    rows = [Tag.objects.get_or_create(name=name)[0] for name in tags]
    program.tags.set(rows)


def _add_version(program: Program) -> ProgramVersion:
    last = program.versions.aggregate(last=Max("number"))["last"] or 0
    return ProgramVersion.objects.create(
        program=program,
        number=last + 1,
        title=program.title,
        description=program.description,
        source=program.source,
    )


def program_create(
    *,
    user: Any,
    title: str,
    language: str,
    source: str,
    description: str = "",
    tags: str | list[str] = "",
    is_public: bool = False,
    run_id: uuid.UUID | str | None = None,
) -> Program:
    """A new program (version 1). Saved from a run (`run_id`, one of the user's runs), it shows that run's
    statistics until it is run again."""
    fields = {
        "title": _clean_title(title),
        "language": _clean_language(language),
        "source": _clean_source(source),
        "description": _clean_description(description),
    }
    tag_names = tags_parse(tags)
    run = _own_run(user, run_id) if run_id else None
    with transaction.atomic():
        program = Program.objects.create(owner=user, is_public=is_public, last_run=run, **fields)
        _set_tags(program, tag_names)
        _add_version(program)
    return program


def _own_run(user: Any, run_id: uuid.UUID | str) -> Run:
    run = Run.objects.filter(pk=run_id, owner=user).first() if _is_uuid(run_id) else None
    if run is None:
        raise _invalid("run", "No such run of yours.")
    return run


def _is_uuid(value: uuid.UUID | str) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def program_update(
    *,
    program: Program,
    title: str | None = None,
    source: str | None = None,
    description: str | None = None,
    tags: str | list[str] | None = None,
    is_public: bool | None = None,
) -> Program:
    """Changes what is given (the language is the program's for good: a fork or a new program takes
    another). A change of title, description or source adds a version; tags and visibility do not."""
    changes: dict[str, Any] = {}
    if title is not None:
        changes["title"] = _clean_title(title)
    if source is not None:
        changes["source"] = _clean_source(source)
    if description is not None:
        changes["description"] = _clean_description(description)
    tag_names = tags_parse(tags) if tags is not None else None
    with transaction.atomic():
        versioned = any(getattr(program, name) != value for name, value in changes.items())
        for name, value in changes.items():
            setattr(program, name, value)
        if is_public is not None:
            program.is_public = is_public
        program.save()
        if tag_names is not None:
            _set_tags(program, tag_names)
        if versioned:
            _add_version(program)
    return program


def program_fork(*, user: Any, program: Program) -> Program:
    """A copy of a public program (or of one's own) for `user`, private, keeping where it came from."""
    if not program.is_public and program.owner_id != user.pk:
        raise NotFound("No such program.", code="program_not_found")
    with transaction.atomic():
        fork = Program.objects.create(
            owner=user,
            title=program.title,
            language=program.language,
            description=program.description,
            source=program.source,
            forked_from=program,
        )
        _set_tags(fork, [tag.name for tag in program.tags.all()])
        _add_version(fork)
    return fork


def program_star(*, user: Any, program: Program, starred: bool = True) -> bool:
    """Stars (or unstars) the program for `user`; asking twice changes nothing. Whether it is starred now."""
    if starred:
        Star.objects.get_or_create(user=user, program=program)
    else:
        Star.objects.filter(user=user, program=program).delete()
    return starred


def program_run(*, user: Any, program: Program, stdin: str = "") -> Run:
    """Runs the program's current source on the Engine (the run service, with its checks and limits) and
    keeps the run as the program's last: its statistics are shown with the program. Its owner's alone."""
    if program.owner_id != user.pk:
        raise NotFound("No such program of yours.", code="program_not_found")
    run = execution_services.run_create(
        user=user, language=program.language, source=program.source, stdin=stdin
    )
    Program.objects.filter(pk=program.pk).update(last_run=run)
    program.last_run = run
    return run


def program_delete(*, program: Program) -> None:
    program.delete()
