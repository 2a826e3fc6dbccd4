"""The explorer as a workspace: the site's editor, the program named as a file, the stages as panes whose
lines know their source line, only the program's own tokens, each language's example."""

from __future__ import annotations

import json
import re

import pytest
from django.test import Client
from django.utils.html import escape

from compilers.examples import example, examples

pytestmark = pytest.mark.django_db


def _pane(html: str, key: str) -> str:
    found = re.search(rf'data-stage="{key}">(.*?)</section>', html, re.S)
    assert found is not None, f"no {key} pane"
    return found[1]


def _lines(pane: str, line: int) -> list[str]:
    """The stage's lines that came from source line `line` (the page groups them in blocks)."""
    found = re.findall(rf'<span class="stage-line" data-line="{line}">([^<]*)</span>', pane)
    return [text for block in found for text in block.split("\n")]


def test_the_explorer_uses_the_sites_editor_and_names_the_file(client: Client) -> None:
    html = client.get("/explorer/").content.decode()
    assert re.search(r"<textarea name=\"source\"[^>]*data-editor", html)
    assert "execution/dist/editor.js" in html
    assert 'Source <code class="file-name">main.c</code>' in html
    assert re.search(r"<button [^>]*data-run[^>]*>Compile</button>", html)  # Ctrl+Enter compiles
    found = re.search(r'<script id="language-examples" type="application/json">(.*?)</script>', html, re.S)
    assert found is not None and json.loads(found[1]) == examples()


def test_a_language_opens_on_its_own_example(client: Client) -> None:
    html = client.get("/explorer/", {"language": "python"}).content.decode()
    assert escape(example("python")) in html
    assert 'Source <code class="file-name">main.py</code>' in html


def test_the_tokens_are_the_programs_own_and_the_header_is_named(client: Client) -> None:
    html = client.post("/explorer/", {"language": "c", "source": example("c")}).content.decode()
    tokens = _pane(html, "tokens")
    assert "The tokens of main.c; those of &lt;stdio.h&gt; are not shown." in tokens
    assert "typedef" not in tokens and "size_t" not in tokens  # <stdio.h>'s first declaration
    first = re.search(r'<span class="stage-line" data-line="(\d+)">([^<\n]*)', tokens)
    assert first is not None and (first[1], first[2]) == ("3", escape("3:1 keyword 'int'"))
    # The syntax tree still holds the header's declarations, but they light up no line of the program.
    tree = _pane(html, "ast")
    header_decl = re.search(r"(<span[^>]*>)?[^<]*Decl @4:23", tree)
    assert header_decl is not None and header_decl[1] is None  # in no block of a source line


def test_each_stage_line_knows_its_source_line(client: Client) -> None:
    html = client.post("/explorer/", {"language": "c", "source": example("c")}).content.decode()
    tabs = re.findall(r'data-stage-tab="(\w+)"', html)
    assert tabs[:5] == ["tokens", "ast", "ir", "asm", "deck"]  # the compile's stages, then its analysis
    # Line 5, `int t = a % b;`: its tokens, its remainder in the IR, a MOD in the assembly, its cards.
    assert [text.split(" ", 1)[1] for text in _lines(_pane(html, "tokens"), 5)][:2] == [
        escape("keyword 'int'"),
        escape("ident 't'"),
    ]
    assert any("rem" in text for text in _lines(_pane(html, "ir"), 5))
    assert any("MOD" in text for text in _lines(_pane(html, "asm"), 5))
    assert _lines(_pane(html, "deck"), 5)


def test_the_editor_gets_the_programs_diagnostics_to_mark(client: Client) -> None:
    html = client.post(
        "/explorer/", {"language": "c", "source": "int main(void) {\n    return x;\n}\n"}
    ).content.decode()
    found = re.search(
        r'<script id="run-diagnostics-data-explorer" type="application/json">(.*?)</script>', html
    )
    assert found is not None
    assert [(d["file"], d["line"], d["column"]) for d in json.loads(found[1])] == [("main.c", 2, 12)]


def test_the_typed_core_knows_its_source_lines_too(client: Client) -> None:
    html = client.post("/explorer/", {"language": "systemf", "source": example("systemf")}).content.decode()
    core = _pane(html, "core")
    assert _lines(core, 2) and _lines(core, 3)  # gcd's definition, and the print


def test_opened_afresh_the_explorer_compiles_its_program_at_once(client: Client) -> None:
    html = client.get("/explorer/").content.decode()
    results = re.search(r'<section id="results"[^>]*>', html)
    assert (
        results is not None
        and 'hx-trigger="load"' in results[0]
        and 'hx-include=".explorer-form"' in results[0]
    )
    # The answer to that compile (and to any post) is final: it asks for nothing more.
    answer = client.post(
        "/explorer/", {"language": "c", "source": example("c")}, headers={"HX-Request": "true"}
    )
    assert 'hx-trigger="load"' not in answer.content.decode()
