"""Every place the site lists languages agrees with compilers.registry, the one list of them."""

from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.utils.html import escape
from pygments.lexers import get_lexer_by_name

from ancient_compute.lib.languages import language_statuses
from compilers import registry
from compilers.web.forms import ExplorerForm
from curriculum import rendering
from curriculum.models import Exercise, Language
from execution import toolchain
from execution.forms import RunForm

pytestmark = pytest.mark.django_db

EDITOR = Path(settings.BASE_DIR) / "frontend" / "editor.js"


def _registry_pairs() -> list[tuple[str, str]]:
    return [(language.key, language.name) for language in registry.LANGUAGES]


def test_the_exercise_models_choices_are_the_registrys() -> None:
    assert Language.choices == _registry_pairs()
    assert Exercise._meta.get_field("language").choices == _registry_pairs()
    (constraint,) = [c for c in Exercise._meta.constraints if c.name == "exercise_language_known"]
    assert constraint.condition.children == [("language__in", list(registry.keys()))]  # type: ignore[attr-defined]


def test_the_migrations_are_in_step_with_the_registry() -> None:
    # The choices and the check constraint are derived from the registry: a language added there needs
    # its migration, and this fails until it is written.
    out = StringIO()
    call_command("makemigrations", "curriculum", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def test_the_toolchain_and_the_forms_list_the_registrys_languages() -> None:
    assert [(lang.key, lang.name, lang.extension, lang.highlight) for lang in toolchain.languages()] == [
        (language.key, language.name, language.extension, language.highlight)
        for language in registry.LANGUAGES
    ]
    assert [(lang.key, lang.available) for lang in toolchain.languages()] == [
        (status.key, status.available) for status in language_statuses()
    ]
    assert list(RunForm().fields["language"].choices) == _registry_pairs()  # type: ignore[attr-defined]
    assert list(ExplorerForm().fields["language"].choices) == _registry_pairs()  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", registry.LANGUAGES, ids=registry.keys())
def test_lesson_code_is_highlighted_with_the_registrys_lexer(language: registry.Language) -> None:
    status = next(s for s in language_statuses() if s.key == language.key)
    lexer = rendering._lexer_for(language.key, status)
    assert type(lexer) is type(get_lexer_by_name(language.pygments))  # a real Pygments lexer, no fallback
    html = rendering.markdown_render(f"```{language.key}\nx\n```\n").html
    assert f'<div class="code-block-label">{escape(language.name)}</div>' in html


def test_the_editor_has_a_mode_for_every_language() -> None:
    # The editor's bundle knows modes only; which language uses which comes from the pages (below).
    text = EDITOR.read_text(encoding="utf-8")
    block = re.search(r"^const MODES = \{\n(?P<body>.*?)^\};", text, re.MULTILINE | re.DOTALL)
    assert block is not None, "frontend/editor.js has no MODES table"
    modes = set(re.findall(r"^\s+(\w+): \(\) =>", block.group("body"), re.MULTILINE))
    assert {language.highlight for language in registry.LANGUAGES} <= modes
    assert not re.search(r"\b(systemf|idris|lisp)\b", text), "the editor must not list languages itself"


def test_the_pages_give_the_editor_every_language_and_its_mode(client: Client) -> None:
    for url in ["/playground/", "/explorer/"]:
        html = client.get(url).content.decode()
        options = re.findall(r'<option value="([^"]+)" data-highlight="([^"]*)"', html)
        assert options == [(language.key, language.highlight) for language in registry.LANGUAGES], url


def test_the_api_lists_the_registrys_languages(client: Client) -> None:
    listed = client.get("/api/v1/languages").json()
    assert [(lang["key"], lang["name"], lang["extension"], lang["highlight"]) for lang in listed] == [
        (language.key, language.name, language.extension, language.highlight)
        for language in registry.LANGUAGES
    ]
    assert [lang["available"] for lang in listed] == [status.available for status in language_statuses()]


@pytest.mark.parametrize("language", registry.LANGUAGES, ids=registry.keys())
def test_every_front_end_that_exists_imports(language: registry.Language) -> None:
    # The site shows a front-end that fails to import as broken (and logs it); here it fails the tests.
    assert language.available in (True, False)  # raises when the package exists but does not import
    status = next(s for s in language_statuses() if s.key == language.key)
    assert not status.broken, status.error
