"""The course as files (curriculum/content/) into the database: read, check, then apply in one transaction.

    NN-module-slug/module.md          front matter: slug, title, order, era, summary, published; body: intro
    NN-module-slug/NN-lesson.md       front matter: slug, title, order, summary, published; body: reading
    NN-module-slug/exercises/X.yaml   slug, title, lesson, order, language, statement, starter, solution,
                                      limits {max_steps, max_output, store_size}, tests [{name, input,
                                      expected, visible}], hints [text], published (optional)

Reading collects every problem (file and field) before anything is written. Applying is keyed by slugs
(modules by slug, lessons by module and slug, exercises by slug; test cases and hints by position), so a
second run updates in place and reports the rest unchanged. A row edited since the loader wrote it (its
content no longer matches the fingerprint recorded then, see provenance.py) is kept and reported, never
overwritten, unless `reset` names it. Nothing is deleted unless `prune` is asked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from django.db import IntegrityError, transaction
from django.db.models import Max, Model
from django.utils import timezone

from curriculum.content_cache import content_changed
from curriculum.models import Exercise, Hint, Language, Lesson, Module, TestCase
from curriculum.provenance import content_fingerprint, exercise_content, row_fingerprint
from curriculum.services import exercise_unpublishable_reason

DEFAULT_CONTENT_DIR = Path(__file__).resolve().parent / "content"
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<meta>.*?)\n---[ \t]*(?:\n(?P<body>.*))?\Z", re.DOTALL)


class ContentError(Exception):
    """Every problem found in the content tree, each as 'file: field: message'."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class ModuleSpec:
    path: Path
    slug: str
    title: str
    order: int
    era: str
    summary: str
    introduction: str
    is_published: bool


@dataclass
class LessonSpec:
    path: Path
    module_slug: str
    slug: str
    title: str
    order: int
    summary: str
    body: str
    is_published: bool


@dataclass
class TestSpec:
    __test__ = False  # not a pytest class

    name: str
    input: str
    expected_output: str
    is_visible: bool


@dataclass
class ExerciseSpec:
    path: Path
    module_slug: str
    lesson_slug: str
    slug: str
    title: str
    order: int
    language: str
    statement: str
    starter_code: str
    reference_solution: str
    max_steps: int | None
    max_output: int | None
    store_size: int | None
    is_published: bool
    tests: list[TestSpec]
    hints: list[str]


@dataclass
class ContentTree:
    root: Path
    modules: list[ModuleSpec] = field(default_factory=list)
    lessons: list[LessonSpec] = field(default_factory=list)
    exercises: list[ExerciseSpec] = field(default_factory=list)


# --- Reading ----------------------------------------------------------------------------------------


class _Fields:
    """Typed access to one file's fields that records problems instead of stopping at the first."""

    def __init__(self, path: Path, data: dict[str, Any], problems: list[str], allowed: set[str]) -> None:
        self.path, self.data, self.problems = path, data, problems
        for key in sorted(set(data) - allowed):
            self.error(str(key), f"unknown field (expected one of: {', '.join(sorted(allowed))})")

    def error(self, name: str, message: str) -> None:
        self.problems.append(f"{self.path}: {name}: {message}")

    def text(self, name: str, *, required: bool = True, default: str = "") -> str:
        value = self.data.get(name)
        if value is None:
            if required:
                self.error(name, "missing")
            return default
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.error(name, f"must be text, not {type(value).__name__}")
            return default
        return str(value)

    def slug(self, name: str) -> str:
        value = self.text(name)
        if value and not _SLUG.match(value):
            self.error(name, f"'{value}' is not a slug (lower-case letters, digits and hyphens)")
        return value

    def positive(self, name: str, *, required: bool = True, data: dict[str, Any] | None = None) -> int | None:
        value = (self.data if data is None else data).get(name)
        if value is None:
            if required:
                self.error(name, "missing")
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            self.error(name, f"must be a whole number greater than 0, not {value!r}")
            return None
        return value

    def flag(self, name: str, *, default: bool) -> bool:
        value = self.data.get(name, default)
        if not isinstance(value, bool):
            self.error(name, f"must be true or false, not {value!r}")
            return default
        return value


def _read_front_matter(path: Path, problems: list[str]) -> tuple[dict[str, Any], str] | None:
    text = path.read_text(encoding="utf-8")
    match = _FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if match is None:
        problems.append(
            f"{path}: front matter: the file must start with a '---' block of YAML closed by '---'"
        )
        return None
    meta = _load_yaml(path, match.group("meta"), problems)
    if meta is None:
        return None
    return meta, (match.group("body") or "").strip() + "\n"


def _load_yaml(path: Path, text: str, problems: list[str]) -> dict[str, Any] | None:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "YAML"
        problems.append(f"{path}: {where}: not valid YAML ({getattr(exc, 'problem', None) or exc})")
        return None
    if not isinstance(data, dict):
        problems.append(f"{path}: YAML: expected a mapping of fields, not {type(data).__name__}")
        return None
    return data


def _read_module(path: Path, problems: list[str]) -> ModuleSpec | None:
    parsed = _read_front_matter(path, problems)
    if parsed is None:
        return None
    meta, body = parsed
    f = _Fields(path, meta, problems, {"slug", "title", "order", "era", "summary", "published"})
    return ModuleSpec(
        path=path,
        slug=f.slug("slug"),
        title=f.text("title"),
        order=f.positive("order") or 0,
        era=f.text("era", required=False),
        summary=f.text("summary", required=False),
        introduction=body,
        # As with lessons: content in the repository is meant to be read unless it says otherwise.
        is_published=f.flag("published", default=True),
    )


def _read_lesson(path: Path, module_slug: str, problems: list[str]) -> LessonSpec | None:
    parsed = _read_front_matter(path, problems)
    if parsed is None:
        return None
    meta, body = parsed
    f = _Fields(path, meta, problems, {"slug", "title", "order", "summary", "published"})
    return LessonSpec(
        path=path,
        module_slug=module_slug,
        slug=f.slug("slug"),
        title=f.text("title"),
        order=f.positive("order") or 0,
        summary=f.text("summary", required=False),
        body=body,
        # Content in the repository is meant to be read: a lesson is published unless it says otherwise.
        is_published=f.flag("published", default=True),
    )


# `starter_diagnostic`: for an exercise whose starter is meant not to compile (a type error to fix), the
# diagnostic it gives; the content tests (execution/tests/test_content.py) check it, and no row keeps it.
_EXERCISE_FIELDS = {
    "slug", "title", "lesson", "order", "language", "statement", "starter", "solution", "limits", "tests",
    "hints", "published", "starter_diagnostic",
}  # fmt: skip


def _read_exercise(path: Path, module_slug: str, problems: list[str]) -> ExerciseSpec | None:
    data = _load_yaml(path, path.read_text(encoding="utf-8"), problems)
    if data is None:
        return None
    f = _Fields(path, data, problems, _EXERCISE_FIELDS)
    language = f.text("language")
    if language and language not in Language.values:
        f.error("language", f"'{language}' is not one of {', '.join(Language.values)}")
    limits = data.get("limits") or {}
    if not isinstance(limits, dict):
        f.error("limits", "must be a mapping of max_steps, max_output, store_size")
        limits = {}
    for key in sorted(set(limits) - {"max_steps", "max_output", "store_size"}):
        f.error(f"limits.{key}", "unknown limit (expected max_steps, max_output or store_size)")
    tests = _read_tests(f, data.get("tests"))
    hints = _read_hints(f, data.get("hints"))
    is_published = f.flag("published", default=True)
    refusal = exercise_unpublishable_reason(language) if is_published and language else None
    if refusal is not None:
        f.error("published", f"{refusal} (write `published: false` until it can)")
    return ExerciseSpec(
        path=path,
        module_slug=module_slug,
        lesson_slug=f.slug("lesson"),
        slug=f.slug("slug"),
        title=f.text("title"),
        order=f.positive("order") or 0,
        language=language,
        statement=f.text("statement"),
        starter_code=f.text("starter", required=False),
        reference_solution=f.text("solution", required=False),
        max_steps=f.positive("max_steps", required=False, data=limits),
        max_output=f.positive("max_output", required=False, data=limits),
        store_size=f.positive("store_size", required=False, data=limits),
        is_published=is_published,
        tests=tests,
        hints=hints,
    )


def _read_tests(f: _Fields, raw: Any) -> list[TestSpec]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        f.error("tests", "must be a list of {name, input, expected, visible}")
        return []
    tests: list[TestSpec] = []
    for index, item in enumerate(raw, start=1):
        where = f"tests[{index}]"
        if not isinstance(item, dict):
            f.error(where, "must be a mapping with name, input, expected, visible")
            continue
        sub = _Fields(f.path, item, f.problems, {"name", "input", "expected", "visible"})
        name = sub.text("name", required=False) or f"Test {index}"
        expected = item.get("expected")
        if expected is None:
            f.error(f"{where}.expected", "missing")
        tests.append(
            TestSpec(
                name=name,
                input=_scalar_text(f, f"{where}.input", item.get("input")),
                expected_output=_scalar_text(f, f"{where}.expected", expected),
                is_visible=sub.flag("visible", default=False),
            )
        )
    return tests


def _scalar_text(f: _Fields, where: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        f.error(where, f"must be text, not {type(value).__name__}")
        return ""
    return str(value)


def _read_hints(f: _Fields, raw: Any) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(h, str) and h.strip() for h in raw):
        f.error("hints", "must be a list of non-empty texts")
        return []
    return [h.strip() for h in raw]


def content_read(root: Path) -> ContentTree:
    """Read and check the whole tree; raise ContentError listing every problem found."""
    problems: list[str] = []
    tree = ContentTree(root=root)
    if not root.is_dir():
        raise ContentError([f"{root}: not a directory"])
    for module_dir in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        module_file = module_dir / "module.md"
        if not module_file.is_file():
            problems.append(f"{module_dir}: module.md: missing")
            continue
        module = _read_module(module_file, problems)
        if module is None:
            continue
        tree.modules.append(module)
        for lesson_file in sorted(module_dir.glob("*.md")):
            if lesson_file.name != "module.md":
                lesson = _read_lesson(lesson_file, module.slug, problems)
                if lesson is not None:
                    tree.lessons.append(lesson)
        for exercise_file in sorted((module_dir / "exercises").glob("*.y*ml")):
            exercise = _read_exercise(exercise_file, module.slug, problems)
            if exercise is not None:
                tree.exercises.append(exercise)
    _check_tree(tree, problems)
    if problems:
        raise ContentError(problems)
    return tree


def _check_tree(tree: ContentTree, problems: list[str]) -> None:
    def unique(items: list[Any], key: str, scope: str) -> None:
        seen: dict[Any, Path] = {}
        for item in items:
            value = (getattr(item, "module_slug", None), getattr(item, key))
            if value[1] in ("", 0):
                continue  # already reported as missing
            if value in seen:
                problems.append(f"{item.path}: {key}: {value[1]!r} is already used {scope} by {seen[value]}")
            else:
                seen[value] = item.path

    unique(tree.modules, "slug", "by another module")
    unique(tree.modules, "order", "by another module")
    unique(tree.lessons, "slug", "in this module")
    unique(tree.lessons, "order", "in this module")
    exercises_by_slug: dict[str, Path] = {}
    for exercise in tree.exercises:
        if exercise.slug in exercises_by_slug:
            problems.append(
                f"{exercise.path}: slug: '{exercise.slug}' is already used by "
                f"{exercises_by_slug[exercise.slug]}"
            )
        exercises_by_slug.setdefault(exercise.slug, exercise.path)
    lessons = {(lesson.module_slug, lesson.slug) for lesson in tree.lessons}
    for exercise in tree.exercises:
        if exercise.lesson_slug and (exercise.module_slug, exercise.lesson_slug) not in lessons:
            problems.append(
                f"{exercise.path}: lesson: no lesson '{exercise.lesson_slug}' "
                f"in module '{exercise.module_slug}'"
            )


# --- Applying ---------------------------------------------------------------------------------------


@dataclass
class Tally:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    # Rows edited since they were loaded: kept as they are, not overwritten by the files.
    edited: list[str] = field(default_factory=list)

    def summary(self, kind: str) -> str:
        text = (
            f"{kind}: {len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged"
        )
        if self.edited:
            text += f", {len(self.edited)} kept as edited"
        return text + (f", {len(self.deleted)} deleted" if self.deleted else "")


@dataclass
class LoadReport:
    modules: Tally = field(default_factory=Tally)
    lessons: Tally = field(default_factory=Tally)
    exercises: Tally = field(default_factory=Tally)
    # Rows in the database that the files no longer name: kept unless prune was asked for.
    kept: list[str] = field(default_factory=list)
    # Rows the files name but that were edited since (or never loaded): "target: why", never overwritten.
    edited: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            self.modules.summary("modules"),
            self.lessons.summary("lessons"),
            self.exercises.summary("exercises"),
        ]


def _module_target(slug: str) -> str:
    return f"module:{slug}"


def _lesson_target(module_slug: str, slug: str) -> str:
    return f"lesson:{module_slug}/{slug}"


def _exercise_target(slug: str) -> str:
    return f"exercise:{slug}"


def reset_targets_check(tree: ContentTree, names: list[str]) -> set[str]:
    """The rows named for a reset, as `module:SLUG`, `lesson:MODULE/SLUG` (or `MODULE/SLUG`) and
    `exercise:SLUG`; ContentError naming each one the files do not describe."""
    known = {
        *(_module_target(m.slug) for m in tree.modules),
        *(_lesson_target(s.module_slug, s.slug) for s in tree.lessons),
        *(_exercise_target(e.slug) for e in tree.exercises),
    }
    targets: set[str] = set()
    problems: list[str] = []
    for name in names:
        target = name if ":" in name else (f"lesson:{name}" if "/" in name else name)
        if target not in known:
            problems.append(
                f"--reset {name}: the files describe no such row "
                "(name it as module:SLUG, lesson:MODULE/SLUG or exercise:SLUG)"
            )
        targets.add(target)
    if problems:
        raise ContentError(problems)
    return targets


def _assign(obj: Model, values: dict[str, Any]) -> bool:
    changed = False
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def _upsert(
    existing: Model | None, model: type[Model], values: dict[str, Any], label: str, tally: Tally
) -> Any:
    if existing is None:
        obj = model.objects.create(**values)  # type: ignore[attr-defined]
        tally.created.append(label)
        return obj
    if _assign(existing, values):
        existing.save()
        tally.updated.append(label)
    else:
        tally.unchanged.append(label)
    return existing


def _refusal(
    row: Module | Lesson | Exercise, file_fingerprint: str, target: str, resets: set[str]
) -> str | None:
    """Why the loader must not write the row (it would lose an edit), or None when it may."""
    if target in resets:
        return None
    current = row_fingerprint(row)
    if current == file_fingerprint or (row.source_hash and current == row.source_hash):
        return None  # nothing to lose: already as the files say, or as the last load left it
    if row.source_hash:
        return "edited since it was loaded"
    return "differs from the files and has no record of being loaded from them"


def _record_source(row: Module | Lesson | Exercise, source_path: str) -> None:
    """Remember the row's content as the loader left it, so that a later edit can be told apart."""
    if isinstance(row, Exercise):
        row = Exercise.objects.get(pk=row.pk)  # its tests and hints as they are now, not as prefetched
    fingerprint = row_fingerprint(row)
    if row.source_hash != fingerprint or row.source_path != source_path:
        type(row).objects.filter(pk=row.pk).update(
            source_hash=fingerprint, source_path=source_path, source_loaded_at=timezone.now()
        )


def _park_orders(rows: list[Model], wanted: dict[int, int]) -> None:
    """Move rows whose order changes out of the way first, so that swapping two orders never collides."""
    moving = [row for row in rows if row.pk in wanted and wanted[row.pk] != row.order]  # type: ignore[attr-defined]
    if not moving:
        return
    model = type(moving[0])
    base = (model.objects.aggregate(m=Max("order"))["m"] or 0) + 1_000  # type: ignore[attr-defined]
    for offset, row in enumerate(moving):
        model.objects.filter(pk=row.pk).update(order=base + offset)  # type: ignore[attr-defined]


@transaction.atomic
def curriculum_load(*, tree: ContentTree, prune: bool = False, reset: list[str] | None = None) -> LoadReport:
    """Create or update everything the tree describes, except rows edited since they were loaded (each is
    reported and kept) unless `reset` names them; delete what the files no longer name only if `prune`."""
    resets = reset_targets_check(tree, reset or [])
    report = LoadReport()
    try:
        modules = _apply_modules(tree, report, resets)
        lessons = _apply_lessons(tree, modules, report, resets)
        _apply_exercises(tree, lessons, report, resets, prune=prune)
        _apply_prune(tree, report, prune=prune)
        content_changed()  # some of its writes are update()s, which send no signal
    except IntegrityError as exc:
        # Only rows outside the files (made in the admin, or kept as edited) can collide now: the tree
        # was checked already.
        raise ContentError(
            [f"{tree.root}: database: {exc} (a row made or edited in the admin uses the same order?)"]
        ) from exc
    return report


def _relative(tree: ContentTree, path: Path) -> str:
    try:
        return str(path.relative_to(tree.root))
    except ValueError:
        return str(path)


def _keep_edited(report: LoadReport, tally: Tally, label: str, target: str, why: str) -> None:
    tally.edited.append(label)
    report.edited.append(f"{target}: {why}")


def _apply_modules(tree: ContentTree, report: LoadReport, resets: set[str]) -> dict[str, Module]:
    existing = {m.slug: m for m in Module.objects.all()}
    plan: list[tuple[ModuleSpec, dict[str, Any]]] = []
    result: dict[str, Module] = {}
    for spec in sorted(tree.modules, key=lambda s: s.order):
        values = {
            "slug": spec.slug,
            "title": spec.title,
            "order": spec.order,
            "era": spec.era,
            "summary": spec.summary,
            "introduction": spec.introduction,
            "is_published": spec.is_published,
        }
        row = existing.get(spec.slug)
        target = _module_target(spec.slug)
        why = _refusal(row, content_fingerprint(values), target, resets) if row is not None else None
        if row is not None and why is not None:
            _keep_edited(report, report.modules, spec.slug, target, why)
            result[spec.slug] = row
        else:
            plan.append((spec, values))
    _park_orders(
        list(existing.values()), {existing[s.slug].pk: v["order"] for s, v in plan if s.slug in existing}
    )
    for spec, values in plan:
        row = _upsert(existing.get(spec.slug), Module, values, spec.slug, report.modules)
        _record_source(row, _relative(tree, spec.path))
        result[spec.slug] = row
    return result


def _apply_lessons(
    tree: ContentTree, modules: dict[str, Module], report: LoadReport, resets: set[str]
) -> dict[tuple[str, str], Lesson]:
    existing = {
        (lesson.module.slug, lesson.slug): lesson
        for lesson in Lesson.objects.filter(module__in=modules.values()).select_related("module")
    }
    plan: list[tuple[LessonSpec, dict[str, Any]]] = []
    result: dict[tuple[str, str], Lesson] = {}
    for spec in tree.lessons:
        key = (spec.module_slug, spec.slug)
        values = {
            "module_id": modules[spec.module_slug].pk,
            "slug": spec.slug,
            "title": spec.title,
            "order": spec.order,
            "summary": spec.summary,
            "body": spec.body,
            "is_published": spec.is_published,
        }
        row = existing.get(key)
        target = _lesson_target(*key)
        why = _refusal(row, content_fingerprint(values), target, resets) if row is not None else None
        if row is not None and why is not None:
            _keep_edited(report, report.lessons, "/".join(key), target, why)
            result[key] = row
        else:
            plan.append((spec, values))
    _park_orders(
        list(existing.values()),
        {
            existing[(s.module_slug, s.slug)].pk: v["order"]
            for s, v in plan
            if (s.module_slug, s.slug) in existing
        },
    )
    for spec, values in plan:
        key = (spec.module_slug, spec.slug)
        row = _upsert(existing.get(key), Lesson, values, "/".join(key), report.lessons)
        _record_source(row, _relative(tree, spec.path))
        result[key] = row
    return result


def _apply_exercises(
    tree: ContentTree,
    lessons: dict[tuple[str, str], Lesson],
    report: LoadReport,
    resets: set[str],
    *,
    prune: bool,
) -> None:
    existing = {
        e.slug: e
        for e in Exercise.objects.filter(slug__in=[s.slug for s in tree.exercises]).prefetch_related(
            "test_cases", "hints"
        )
    }
    for spec in tree.exercises:
        values = {
            "lesson_id": lessons[(spec.module_slug, spec.lesson_slug)].pk,
            "slug": spec.slug,
            "title": spec.title,
            "order": spec.order,
            "language": spec.language,
            "statement": spec.statement,
            "starter_code": spec.starter_code,
            "reference_solution": spec.reference_solution,
            "max_steps": spec.max_steps,
            "max_output": spec.max_output,
            "store_size": spec.store_size,
            "is_published": spec.is_published,
        }
        row = existing.get(spec.slug)
        target = _exercise_target(spec.slug)
        if row is not None:
            why = _refusal(row, content_fingerprint(_exercise_file_content(values, spec)), target, resets)
            if why is not None:
                _keep_edited(report, report.exercises, spec.slug, target, why)
                continue
        tally = Tally()
        exercise = _upsert(row, Exercise, values, spec.slug, tally)
        # A reset takes the files' version whole: tests and hints beyond the file's go too.
        children_changed = _apply_children(exercise, spec, report, prune=prune or target in resets)
        # An exercise whose tests or hints changed counts as updated even if its own fields did not.
        if children_changed and tally.unchanged:
            tally.updated, tally.unchanged = tally.unchanged, []
        report.exercises.created += tally.created
        report.exercises.updated += tally.updated
        report.exercises.unchanged += tally.unchanged
        _record_source(exercise, _relative(tree, spec.path))


def _test_values(order: int, test: TestSpec) -> dict[str, Any]:
    return {
        "order": order,
        "name": test.name,
        "input": test.input,
        "expected_output": test.expected_output,
        "is_visible": test.is_visible,
    }


def _exercise_file_content(values: dict[str, Any], spec: ExerciseSpec) -> dict[str, Any]:
    return exercise_content(
        values,
        [_test_values(order, test) for order, test in enumerate(spec.tests, start=1)],
        [{"order": order, "text": text} for order, text in enumerate(spec.hints, start=1)],
    )


def _apply_children(exercise: Exercise, spec: ExerciseSpec, report: LoadReport, *, prune: bool) -> bool:
    changed = False
    tests = {t.order: t for t in TestCase.objects.filter(exercise=exercise)}
    for order, test in enumerate(spec.tests, start=1):
        tally = Tally()
        _upsert(tests.get(order), TestCase, {"exercise": exercise, **_test_values(order, test)}, "", tally)
        changed |= not tally.unchanged
    hints = {h.order: h for h in Hint.objects.filter(exercise=exercise)}
    for order, text in enumerate(spec.hints, start=1):
        tally = Tally()
        _upsert(hints.get(order), Hint, {"exercise": exercise, "order": order, "text": text}, "", tally)
        changed |= not tally.unchanged
    extra: list[TestCase | Hint] = [t for order, t in tests.items() if order > len(spec.tests)]
    extra += [h for order, h in hints.items() if order > len(spec.hints)]
    for row in extra:
        label = f"{spec.slug}: {type(row).__name__} {row.order}"
        if prune:
            row.delete()
            changed = True
        else:
            report.kept.append(label)
    return changed


def _apply_prune(tree: ContentTree, report: LoadReport, *, prune: bool) -> None:
    module_slugs = {m.slug for m in tree.modules}
    lesson_keys = {(s.module_slug, s.slug) for s in tree.lessons}
    exercise_slugs = {e.slug for e in tree.exercises}
    stale: list[tuple[Model, str, Tally]] = []
    for exercise in Exercise.objects.exclude(slug__in=exercise_slugs):
        stale.append((exercise, f"exercise {exercise.slug}", report.exercises))
    for lesson in Lesson.objects.select_related("module"):
        if (lesson.module.slug, lesson.slug) not in lesson_keys:
            stale.append((lesson, f"lesson {lesson.module.slug}/{lesson.slug}", report.lessons))
    for module in Module.objects.exclude(slug__in=module_slugs):
        stale.append((module, f"module {module.slug}", report.modules))
    for row, label, tally in stale:
        if not prune:
            report.kept.append(label)
            continue
        if type(row).objects.filter(pk=row.pk).exists():  # type: ignore[attr-defined]  # may be gone by cascade
            row.delete()
        tally.deleted.append(label)
