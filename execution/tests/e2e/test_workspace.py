"""A student's path through a lesson in a real browser, against Daphne, Celery, PostgreSQL and Redis."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
import yaml
from playwright.sync_api import expect

from execution.bench.stack import ROOT, Stack

pytestmark = pytest.mark.browser

LESSON = "/course/structured-programming-and-objects/structured-programming/"
EXERCISE = ROOT / "curriculum/content/04-structured-programming-and-objects/exercises/binary-search.yaml"
COUNTDOWN = """#include <stdio.h>

int main(void) {
    int n;
    scanf("%d", &n);
    while (n > 0) {
        printf("%d\\n", n);
        n--;
    }
    printf("lift-off\\n");
    return 0;
}
"""


def sign_up(page: Any, username: str, password: str) -> None:
    page.goto("/accounts/signup/")
    page.fill("input[name=username]", username)
    page.fill("input[name=email]", f"{username}@example.org")
    page.fill("input[name=password1]", password)
    page.fill("input[name=password2]", password)
    # Wait for the navigation the submit starts: the sign-up page is already loaded, so waiting for a load
    # state alone can return before the form's answer arrives.
    with page.expect_navigation():
        page.locator("main form button[type=submit], main form input[type=submit]").first.click()
    assert "/accounts/signup/" not in page.url, page.content()[:2000]


def type_program(page: Any, workspace: Any, source: str) -> None:
    editor = workspace.locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(source)


def test_sign_up_run_and_submit(page: Any, live_stack: Stack) -> None:
    solution = yaml.safe_load(Path(EXERCISE).read_text())["solution"]
    try:
        sign_up(page, "ada", "Analytical-Engine-1843")

        page.goto(LESSON)
        workspace = page.locator("[data-workspace]").first
        workspace.locator(".cm-editor").wait_for()  # the textarea became a CodeMirror editor
        assert workspace.locator("textarea[name=source]").is_hidden()

        # Run: the output arrives over the WebSocket into the run panel.
        type_program(page, workspace, COUNTDOWN)
        workspace.locator("textarea[name=stdin]").fill("3\n")
        workspace.get_by_role("button", name="Run", exact=True).click()
        # The panel arrives queued; the socket then swaps in the output and the final state by element id.
        output = workspace.locator("pre.run-output")
        expect(output).to_have_text("3\n2\n1\nlift-off\n")
        expect(workspace.locator(".run-status .badge")).to_have_text("Completed")
        expect(workspace.locator(".run-statistics")).to_contain_text("Engine time")
        expect(workspace.locator(".run-artifacts [role=tab]")).to_have_text(
            ["Intermediate representation", "Babbage assembly", "Card deck"]
        )

        # A wrong submission (the starter), then the right one.
        starter = workspace.locator("textarea[name=source]").input_value()
        type_program(page, workspace, starter)
        workspace.get_by_role("button", name="Submit").click()
        expect(workspace.locator(".run-status .badge")).to_have_text("Wrong answer")
        expect(workspace.locator(".test-result")).to_have_count(5)
        expect(workspace.locator(".run-results")).to_contain_text("Failing test: example 1")

        type_program(page, workspace, solution)
        workspace.get_by_role("button", name="Submit").click()
        expect(workspace.locator(".run-status .badge")).to_have_text("Accepted")
        expect(workspace.locator(".test-result .badge")).to_have_text(["Passed"] * 5)

        # A compile error is marked in the editor at its line.
        type_program(page, workspace, "int main(void) {\n    return y;\n}\n")
        workspace.get_by_role("button", name="Run", exact=True).click()
        expect(workspace.locator(".run-status .badge")).to_have_text("Compile error")
        expect(workspace.locator(".run-diagnostics")).to_contain_text("line 2")
        expect(workspace.locator(".cm-lintRange-error")).not_to_have_count(0)  # the marker in the editor
    except Exception:
        print(live_stack.logs())
        raise


def test_the_playground_runs_a_linked_example(page: Any, live_stack: Stack) -> None:
    try:
        sign_up(page, "babbage", "Difference-Engine-1822")

        source = "PRINT 1729\nPRINTC 10\nHALT\n"
        page.goto("/playground/?" + urlencode({"language": "assembly", "source": source}))
        expect(page.locator("select[name=language]")).to_have_value("assembly")
        expect(page.locator(".cm-content")).to_contain_text("PRINT 1729")
        page.get_by_role("button", name="Run", exact=True).click()
        expect(page.locator("pre.run-output")).to_have_text("1729\n")
        expect(page.locator(".run-status .badge")).to_have_text("Completed")

        # The permanent page of the run shows the same, without a socket.
        page.locator(".run-permalink").click()
        expect(page.locator("pre.run-output")).to_have_text("1729\n")
        assert page.locator("[ws-connect]").count() == 0
    except Exception:
        print(live_stack.logs())
        raise


def test_a_python_run_ends_with_its_traceback_and_its_stages(page: Any, live_stack: Stack) -> None:
    # A Python program's stages hold the runtime it is linked with (some 3 MB of HTML): the live view
    # must still reach the final state, and the stages arrive after it.
    source = "def f(x):\n    return 10 // x\nprint(f(5))\nprint(f(0))\n"
    try:
        sign_up(page, "scheutz", "Tabulating-Machine-1843")
        page.goto("/playground/?" + urlencode({"language": "python", "source": source}))
        expect(page.locator(".cm-content")).to_contain_text("return 10 // x")
        page.get_by_role("button", name="Run", exact=True).click()
        expect(page.locator(".run-status .badge")).to_have_text("Runtime error")
        expect(page.locator("pre.run-output")).to_have_text("2\n")
        # CPython 3.11 ends the same program's traceback with this line.
        last_line = "ZeroDivisionError: integer division or modulo by zero"
        expect(page.locator(".run-trap")).to_contain_text(last_line)
        expect(page.locator(".run-artifacts [role=tab]")).to_have_text(
            ["Intermediate representation", "Babbage assembly", "Card deck"]
        )
        expect(page.locator(".run-artifacts [data-stage=asm] .stage-text")).to_contain_text("CALL   py_main")
    except Exception:
        print(live_stack.logs())
        raise
