"""Program fields in the admin are edited in the site's own code editor: the same bundle, the language
select driving the highlighting, the editor's style under the page's CSP nonce; the form posts as before."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from compilers import registry
from curriculum.models import Exercise
from curriculum.tests.factories import ExerciseFactory

pytestmark = pytest.mark.django_db


def test_code_fields_use_the_sites_editor(client: Client, instructor: Any) -> None:
    exercise = ExerciseFactory.create(language="c", starter_code="int main(void) { return 0; }\n")
    client.force_login(instructor)
    response = client.get(f"/admin/curriculum/exercise/{exercise.pk}/change/")
    html = response.content.decode()
    for field in ("starter_code", "reference_solution"):
        textarea = re.search(rf'<textarea name="{field}"[^>]*>', html)
        assert textarea is not None and "data-editor" in textarea.group(0), field
    assert "int main(void) { return 0; }" in html
    # The script is the site's bundle, from static (the pages load the same file), under the page's nonce.
    nonce = re.search(r'<meta name="csp-nonce" content="([^"]+)">', html)
    assert nonce is not None
    assert f'<script src="/static/execution/dist/editor.js" nonce="{nonce.group(1)}"></script>' in html
    # The language select drives the highlighting, each option with the registry's editor mode.
    select = re.search(r'<select name="language"[^>]*>', html)
    assert select is not None and "data-editor-language" in select.group(0)
    options = dict(re.findall(r'<option value="(\w+)"(?: selected)? data-highlight="(\w+)"', html))
    assert options == {language.key: language.highlight for language in registry.LANGUAGES}
    # The editor's <style> gets the nonce of the page's Content-Security-Policy.
    assert f"'nonce-{nonce.group(1)}'" in response["Content-Security-Policy"]
    # Markdown fields keep their preview, not the code editor.
    statement = re.search(r'<textarea name="statement"[^>]*>', html)
    assert statement is not None and "data-editor" not in statement.group(0)


def test_the_form_posts_the_code_as_before(client: Client, instructor: Any) -> None:
    exercise = ExerciseFactory.create(language="c")
    client.force_login(instructor)
    data = {
        "lesson": exercise.lesson_id,
        "title": exercise.title,
        "slug": exercise.slug,
        "order": exercise.order,
        "language": "c",
        "statement": exercise.statement,
        "starter_code": "int main(void) {\n    return 1;\n}\n",
        "reference_solution": "int main(void) {\n    return 0;\n}\n",
        "test_cases-TOTAL_FORMS": "0",
        "test_cases-INITIAL_FORMS": "0",
        "hints-TOTAL_FORMS": "0",
        "hints-INITIAL_FORMS": "0",
    }
    response = client.post(f"/admin/curriculum/exercise/{exercise.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    saved = Exercise.objects.get(pk=exercise.pk)
    assert saved.starter_code == "int main(void) {\n    return 1;\n}\n"
    assert saved.reference_solution.endswith("return 0;\n}\n")
