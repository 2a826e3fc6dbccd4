"""The content loader: reads the file tree, creates and updates by slug, reports, prunes only on request."""

from __future__ import annotations

import re
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from ancient_compute.tests.fake_languages import one_missing
from curriculum.loader import DEFAULT_CONTENT_DIR, content_read, curriculum_load
from curriculum.models import Exercise, Hint, Language, Lesson, Module, TestCase
from curriculum.provenance import Source, row_source

pytestmark = pytest.mark.django_db

FIXTURE = Path(__file__).parent / "fixtures" / "course"


def load(path: Path, *args: str) -> str:
    out = StringIO()
    call_command("load_curriculum", "--path", str(path), *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    copy = tmp_path / "course"
    shutil.copytree(FIXTURE, copy)
    return copy


def test_first_load_creates_everything() -> None:
    output = load(FIXTURE)
    assert "modules: 2 created, 0 updated, 0 unchanged" in output
    assert "lessons: 3 created, 0 updated, 0 unchanged" in output
    assert "exercises: 1 created, 0 updated, 0 unchanged" in output
    assert list(Module.objects.values_list("slug", "order")) == [("first", 1), ("second", 2)]
    intro = Lesson.objects.get(slug="intro")
    assert intro.is_published and intro.module.slug == "first"
    assert intro.body.startswith("## Beginning")
    assert Lesson.objects.get(slug="more").is_published  # published unless the file says otherwise
    assert not Lesson.objects.get(slug="draft").is_published
    exercise = Exercise.objects.get(slug="add-two")
    assert exercise.lesson == intro
    assert exercise.language == "python" and not exercise.is_published  # a draft, as its file says
    assert exercise.max_steps == 100000 and exercise.max_output is None
    assert "print(a + b)" in exercise.reference_solution
    tests = list(
        exercise.test_cases.order_by("order").values_list("name", "input", "expected_output", "is_visible")
    )
    assert tests[0] == ("small", "1\n2\n", "3\n", True)
    assert [t[3] for t in tests] == [True, True, False, False, False]
    assert list(exercise.hints.values_list("order", flat=True)) == [1, 2]


def test_loading_twice_changes_nothing_and_says_so() -> None:
    load(FIXTURE)
    counts = (
        Module.objects.count(),
        Lesson.objects.count(),
        Exercise.objects.count(),
        TestCase.objects.count(),
        Hint.objects.count(),
    )
    output = load(FIXTURE)
    assert "modules: 0 created, 0 updated, 2 unchanged" in output
    assert "lessons: 0 created, 0 updated, 3 unchanged" in output
    assert "exercises: 0 created, 0 updated, 1 unchanged" in output
    assert counts == (
        Module.objects.count(),
        Lesson.objects.count(),
        Exercise.objects.count(),
        TestCase.objects.count(),
        Hint.objects.count(),
    )
    assert counts == (2, 3, 1, 5, 2)


def test_edits_update_in_place(tree: Path) -> None:
    load(tree)
    lesson_id = Lesson.objects.get(slug="intro").pk
    lesson_file = tree / "01-first" / "01-intro.md"
    lesson_file.write_text(lesson_file.read_text().replace("An introduction", "A better introduction"))
    exercise_file = tree / "01-first" / "exercises" / "add.yaml"
    exercise_file.write_text(exercise_file.read_text().replace("Convert with int()", "Use int()"))
    output = load(tree, "-v", "2")
    assert "lessons: 0 created, 1 updated, 2 unchanged" in output
    assert "exercises: 0 created, 1 updated, 0 unchanged" in output
    assert "updated lesson first/intro" in output
    lesson = Lesson.objects.get(slug="intro")
    assert lesson.pk == lesson_id and lesson.title == "A better introduction"
    assert Hint.objects.get(order=2).text == "Use int() before adding."


def test_swapping_orders_does_not_collide(tree: Path) -> None:
    load(tree)
    for path, old, new in [
        (tree / "01-first" / "module.md", "order: 1", "order: 2"),
        (tree / "02-second" / "module.md", "order: 2", "order: 1"),
        (tree / "01-first" / "01-intro.md", "order: 1", "order: 2"),
        (tree / "01-first" / "02-more.md", "order: 2", "order: 1"),
    ]:
        path.write_text(path.read_text().replace(old, new))
    output = load(tree)
    assert "modules: 0 created, 2 updated" in output
    assert list(Module.objects.values_list("slug", flat=True)) == ["second", "first"]
    assert list(Lesson.objects.filter(module__slug="first").values_list("slug", flat=True)) == [
        "more",
        "intro",
    ]


def test_nothing_is_deleted_without_prune(tree: Path) -> None:
    load(tree)
    shutil.rmtree(tree / "02-second")
    exercise_file = tree / "01-first" / "exercises" / "add.yaml"
    text = exercise_file.read_text()
    exercise_file.write_text(text.replace("  - Convert with int() before adding.\n", ""))
    output = load(tree)
    assert "not in the files and were kept" in output
    assert "module second" in output and "add-two: Hint 2" in output
    assert Module.objects.filter(slug="second").exists()
    assert Hint.objects.count() == 2

    output = load(tree, "--prune")
    assert "modules: 0 created, 0 updated, 1 unchanged, 1 deleted" in output
    assert not Module.objects.filter(slug="second").exists()
    assert not Lesson.objects.filter(slug="draft").exists()
    assert Hint.objects.count() == 1


def test_malformed_content_names_the_file_and_field(tree: Path) -> None:
    (tree / "01-first" / "02-more.md").write_text(
        "---\nslug: More Stuff\ntitle: x\norder: 0\nsumary: typo\n---\nBody\n"
    )
    exercise = tree / "01-first" / "exercises" / "add.yaml"
    exercise.write_text(
        exercise.read_text()
        .replace("language: python", "language: cobol")
        .replace("lesson: intro", "lesson: nowhere")
    )
    (tree / "01-first" / "exercises" / "broken.yaml").write_text("slug: [unclosed\n")
    (tree / "02-second" / "01-draft.md").write_text("no front matter here\n")
    with pytest.raises(CommandError) as excinfo:
        load(tree)
    message = str(excinfo.value)
    assert "nothing was loaded" in message
    assert "02-more.md: slug: 'More Stuff' is not a slug" in message
    assert "02-more.md: order: must be a whole number greater than 0, not 0" in message
    assert "02-more.md: sumary: unknown field" in message
    assert "add.yaml: language: 'cobol' is not one of" in message
    assert "add.yaml: lesson: no lesson 'nowhere' in module 'first'" in message
    assert re.search(r"broken.yaml: line \d+: not valid YAML", message)
    assert "01-draft.md: front matter: the file must start with a '---' block" in message
    assert Module.objects.count() == 0


def test_missing_fields_and_bad_shapes_are_reported(tree: Path) -> None:
    (tree / "01-first" / "exercises" / "add.yaml").write_text(
        "slug: add-two\nlesson: intro\norder: 1\nlanguage: python\nlimits: [1]\n"
        'tests: [3, {name: a, visible: maybe}]\nhints: [""]\n'
    )
    (tree / "03-empty").mkdir()
    with pytest.raises(CommandError) as excinfo:
        load(tree)
    message = str(excinfo.value)
    assert "add.yaml: title: missing" in message
    assert "add.yaml: statement: missing" in message
    assert "add.yaml: limits: must be a mapping" in message
    assert "add.yaml: tests[1]: must be a mapping" in message
    assert "add.yaml: tests[2].expected: missing" in message
    assert "add.yaml: visible: must be true or false" in message
    assert "add.yaml: hints: must be a list of non-empty texts" in message
    assert "03-empty: module.md: missing" in message


def test_an_exercise_is_published_only_in_a_language_whose_programs_run(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    coming = one_missing(monkeypatch)
    exercise = tree / "01-first" / "exercises" / "add.yaml"
    text = exercise.read_text().replace("language: python", f"language: {coming.key}")
    exercise.write_text(text.replace("published: false", "published: true"))
    with pytest.raises(CommandError) as excinfo:
        load(tree)
    assert (
        f"add.yaml: published: An exercise in {coming.name} cannot be published: {coming.name}'s compiler is "
        "coming"
    ) in str(excinfo.value)
    assert "write `published: false` until it can" in str(excinfo.value)
    exercise.write_text(text)  # a draft
    load(tree)
    assert not Exercise.objects.get(slug="add-two").is_published


def test_duplicate_slugs_and_orders_are_refused(tree: Path) -> None:
    more = tree / "01-first" / "02-more.md"
    more.write_text(more.read_text().replace("slug: more", "slug: intro").replace("order: 2", "order: 1"))
    with pytest.raises(CommandError) as excinfo:
        load(tree)
    assert "slug: 'intro' is already used in this module" in str(excinfo.value)
    assert "order: 1 is already used in this module" in str(excinfo.value)


def test_a_path_that_is_not_a_directory(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="not a directory"):
        load(tmp_path / "missing")


def test_the_real_course_is_complete() -> None:
    """Every module has at least four lessons; every exercise is ready for students."""
    tree = content_read(DEFAULT_CONTENT_DIR)
    assert len(tree.modules) == 7
    lessons_per_module = {m.slug: 0 for m in tree.modules}
    for lesson in tree.lessons:
        lessons_per_module[lesson.module_slug] += 1
    assert all(count >= 4 for count in lessons_per_module.values()), lessons_per_module
    lessons = {(lesson.module_slug, lesson.slug) for lesson in tree.lessons}
    problems = []
    for exercise in tree.exercises:
        visible = sum(t.is_visible for t in exercise.tests)
        hidden = len(exercise.tests) - visible
        if visible < 2 or hidden < 3:
            problems.append(f"{exercise.path}: {visible} visible and {hidden} hidden tests")
        if len(exercise.hints) < 2:
            problems.append(f"{exercise.path}: {len(exercise.hints)} hints")
        if not exercise.reference_solution.strip() or not exercise.starter_code.strip():
            problems.append(f"{exercise.path}: no solution or no starter")
        if exercise.language not in Language.values:
            problems.append(f"{exercise.path}: language {exercise.language}")
        if (exercise.module_slug, exercise.lesson_slug) not in lessons:
            problems.append(f"{exercise.path}: lesson {exercise.lesson_slug}")
    assert problems == []
    assert len(tree.exercises) >= len(tree.modules)
    report = curriculum_load(tree=tree)
    assert len(report.modules.created) == 7
    assert Exercise.objects.count() == len(tree.exercises)
    again = curriculum_load(tree=content_read(DEFAULT_CONTENT_DIR))
    assert (again.modules.updated, again.lessons.updated, again.exercises.updated) == ([], [], [])


def test_a_collision_with_a_lesson_made_in_the_admin_is_a_clear_error(tree: Path) -> None:
    load(tree)
    Lesson.objects.filter(slug="more").update(slug="renamed-in-admin")  # now outside the files, order 2
    with pytest.raises(CommandError, match="a row made or edited in the admin uses the same order"):
        load(tree)
    assert Lesson.objects.filter(slug="renamed-in-admin").exists()
    assert not Lesson.objects.filter(slug="more").exists()  # the failed load left nothing behind


# --- Edits made after a load are never overwritten without a reset ----------------------------------


def test_the_loader_records_where_each_row_came_from(tree: Path) -> None:
    load(tree)
    lesson = Lesson.objects.select_related("module").get(slug="intro")
    assert lesson.source_path == "01-first/01-intro.md"
    assert lesson.source_loaded_at is not None and len(lesson.source_hash) == 64
    assert row_source(lesson) is Source.FILES
    exercise = Exercise.objects.get(slug="add-two")
    assert exercise.source_path == "01-first/exercises/add.yaml"
    assert row_source(exercise) is Source.FILES
    assert row_source(Module.objects.get(slug="first")) is Source.FILES
    lesson.body = "Rewritten by an instructor.\n"
    lesson.save()
    assert row_source(lesson) is Source.EDITED
    TestCase.objects.filter(exercise=exercise, order=3).update(expected_output="301\n")
    assert row_source(Exercise.objects.get(slug="add-two")) is Source.EDITED  # a test is the exercise's
    made_here = Module.objects.create(slug="made-here", title="Made here", order=9)
    assert row_source(made_here) is Source.ADMIN


def test_an_edited_lesson_is_kept_reported_and_reset_only_by_name(tree: Path) -> None:
    load(tree)
    lesson = Lesson.objects.get(slug="intro")
    lesson.body = "Rewritten by an instructor.\n"
    lesson.save()
    lesson_file = tree / "01-first" / "01-intro.md"
    lesson_file.write_text(lesson_file.read_text().replace("The end.", "The very end."))
    more_file = tree / "01-first" / "02-more.md"
    more_file.write_text(more_file.read_text() + "\nAn added paragraph.\n")

    output = load(tree)
    assert "lessons: 0 created, 1 updated, 1 unchanged, 1 kept as edited" in output
    assert "lesson:first/intro: edited since it was loaded" in output
    assert "use --reset NAME" in output
    assert Lesson.objects.get(slug="intro").body == "Rewritten by an instructor.\n"
    assert "An added paragraph." in Lesson.objects.get(slug="more").body  # the unedited one follows the files

    # A second load keeps it still: the edit is not forgotten after being reported once.
    assert "1 kept as edited" in load(tree)
    assert Lesson.objects.get(slug="intro").body == "Rewritten by an instructor.\n"

    output = load(tree, "--reset", "first/intro", "-v", "2")
    assert "updated lesson first/intro" in output and "kept as edited" not in output
    lesson = Lesson.objects.select_related("module").get(slug="intro")
    assert "The very end." in lesson.body and row_source(lesson) is Source.FILES
    assert "lessons: 0 created, 0 updated, 3 unchanged" in load(tree)


def test_an_edited_exercise_keeps_its_tests_until_reset(tree: Path) -> None:
    load(tree)
    exercise = Exercise.objects.get(slug="add-two")
    TestCase.objects.create(exercise=exercise, order=6, name="added", input="2\n2\n", expected_output="4\n")
    exercise_file = tree / "01-first" / "exercises" / "add.yaml"
    exercise_file.write_text(exercise_file.read_text().replace("Read two numbers", "Read two integers"))

    output = load(tree)
    assert "exercises: 0 created, 0 updated, 0 unchanged, 1 kept as edited" in output
    assert "exercise:add-two: edited since it was loaded" in output
    exercise.refresh_from_db()
    assert exercise.statement.startswith("Read two numbers") and exercise.test_cases.count() == 6

    output = load(tree, "--reset", "exercise:add-two")
    assert "exercises: 0 created, 1 updated, 0 unchanged" in output
    exercise.refresh_from_db()
    assert exercise.statement.startswith("Read two integers")
    assert list(exercise.test_cases.values_list("name", flat=True)) == [
        "small",
        "zero",
        "big",
        "negative",
        "same",
    ]


def test_a_module_edited_in_the_admin_keeps_its_publication(tree: Path) -> None:
    load(tree)
    Module.objects.filter(slug="second").update(is_published=False)  # an instructor unpublished it
    output = load(tree)
    assert "module:second: edited since it was loaded" in output
    assert not Module.objects.get(slug="second").is_published


def test_a_row_never_loaded_that_differs_from_the_files_is_kept(tree: Path) -> None:
    load(tree)
    # As a row from before the loader kept records, or made in the admin with a slug the files use.
    Lesson.objects.filter(slug="intro").update(source_hash="", body="Older text.\n")
    output = load(tree)
    assert "lesson:first/intro: differs from the files and has no record of being loaded from them" in output
    assert Lesson.objects.get(slug="intro").body == "Older text.\n"


def test_a_reset_of_a_row_the_files_do_not_describe_is_refused(tree: Path) -> None:
    load(tree)
    with pytest.raises(CommandError) as error:
        load(tree, "--reset", "lesson:first/nowhere", "--reset", "exercise:add-two")
    assert "--reset lesson:first/nowhere: the files describe no such row" in str(error.value)
    assert "exercise:add-two" not in str(error.value)  # the one that exists is not reported


def test_new_content_is_a_draft_unless_the_files_say_published(tree: Path) -> None:
    assert not Module().is_published and not Lesson().is_published and not Exercise().is_published
    module_file = tree / "02-second" / "module.md"
    module_file.write_text(module_file.read_text().replace("order: 2", "order: 2\npublished: false"))
    load(tree)
    assert Module.objects.get(slug="first").is_published  # files are published unless they say otherwise
    assert not Module.objects.get(slug="second").is_published
