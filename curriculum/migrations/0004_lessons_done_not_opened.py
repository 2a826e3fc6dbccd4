"""A lesson is done when its student marks it done or solves its exercises, no longer when its page was
opened. Until now every lesson completion was recorded by opening the page, so each one is kept only where
the new rule holds it (the student solved every published exercise of the lesson); the others go back to
in progress. Marking a lesson done is one click on its page."""

from typing import Any

from django.db import migrations


def keep_only_solved_lessons(apps: Any, schema_editor: Any) -> None:
    Progress = apps.get_model("curriculum", "Progress")
    Exercise = apps.get_model("curriculum", "Exercise")
    published: dict[int, set[int]] = {}
    for exercise_id, lesson_id in Exercise.objects.filter(is_published=True).values_list("id", "lesson_id"):
        published.setdefault(lesson_id, set()).add(exercise_id)
    solved: dict[int, set[int]] = {}
    for user_id, exercise_id in Progress.objects.filter(
        status="completed", exercise__isnull=False
    ).values_list("user_id", "exercise_id"):
        solved.setdefault(user_id, set()).add(exercise_id)
    undone = [
        row_id
        for row_id, user_id, lesson_id in Progress.objects.filter(
            status="completed", lesson__isnull=False
        ).values_list("id", "user_id", "lesson_id")
        if not published.get(lesson_id) or not published[lesson_id] <= solved.get(user_id, set())
    ]
    for start in range(0, len(undone), 500):
        Progress.objects.filter(id__in=undone[start : start + 500]).update(
            status="in_progress", completed_at=None
        )


class Migration(migrations.Migration):
    dependencies = [("curriculum", "0003_provenance_and_drafts")]

    operations = [migrations.RunPython(keep_only_solved_lessons, migrations.RunPython.noop)]
