"""The workspace's editor in a real browser: it keeps its look when focused, Ctrl+Enter runs, a trap and
the Engine time per line show in it, the stages follow the line under the cursor and back, and switching
the language opens that language's example while keeping what was written in each."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from compilers.examples import example
from execution.bench.stack import Stack
from execution.tests.e2e.test_workspace import sign_up, type_program

pytestmark = pytest.mark.browser

# Worked by hand: prints 1, then 10 / 0 traps on line 4.
DIVIDES_BY_ZERO = """#include <stdio.h>
int main(void) {
    int z = 0; printf("1\\n");
    printf("%d\\n", 10 / z);
    return 0;
}
"""


def test_the_editor_keeps_its_look_and_ctrl_enter_runs(page: Any, live_stack: Stack) -> None:
    try:
        sign_up(page, "menabrea", "Sketch-of-the-Engine-1842")
        page.goto("/playground/")
        editor = page.locator(".cm-editor")
        editor.wait_for()
        border = editor.evaluate("e => getComputedStyle(e).borderTopStyle")
        font = page.locator(".cm-scroller").evaluate("e => getComputedStyle(e).fontSize")
        page.locator(".cm-content").click()
        # Focused: still the site's editor (CodeMirror rewrites its classes on focus), with its focus ring.
        assert "code-editor" in (editor.get_attribute("class") or "").split()
        assert "cm-focused" in (editor.get_attribute("class") or "").split()
        assert editor.evaluate("e => getComputedStyle(e).borderTopStyle") == border == "solid"
        assert page.locator(".cm-scroller").evaluate("e => getComputedStyle(e).fontSize") == font
        assert editor.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"

        page.keyboard.press("Control+Enter")  # the example, Euclid's gcd(1071, 462)
        expect(page.locator("pre.run-output")).to_have_text("21\n")
        expect(page.locator(".run-status .badge")).to_have_text("Completed")
        # The Engine time per line in the gutter: the loop's body (line 5) took longest.
        expect(page.locator(".cm-heat-5")).to_have_count(1)
        expect(page.locator(".bar-chart")).to_have_count(2)

        # A runtime trap is marked at its line, as a compile error is.
        type_program(page, page, DIVIDES_BY_ZERO)
        page.locator("textarea[name=stdin]").click()
        page.keyboard.press("Control+Enter")  # from any field of the form
        expect(page.locator(".run-status .badge")).to_have_text("Runtime error")
        marked = page.locator(".cm-line", has=page.locator(".cm-lintRange-error"))
        expect(marked).to_have_text('    printf("%d\\n", 10 / z);')
    except Exception:
        print(live_stack.logs())
        raise


def test_the_stages_follow_the_cursor_and_the_language_brings_its_example(
    page: Any, live_stack: Stack
) -> None:
    refused: list[str] = []  # what the Content-Security-Policy blocked, if anything
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto("/explorer/")
    page.locator(".cm-editor").wait_for()
    # Opened afresh, the explorer compiles its example at once.
    expect(page.get_by_role("tab", name="Babbage assembly")).to_have_attribute("aria-selected", "true")
    lines = page.locator(".cm-line")
    expect(lines.nth(4)).to_have_text("        int t = a % b;")
    lines.nth(4).click()  # line 5
    page.keyboard.press("Control+Enter")  # compiles
    expect(page.get_by_role("tab", name="Babbage assembly")).to_have_attribute("aria-selected", "true")
    pane = page.locator(".stage-pane:not([hidden])")
    linked = pane.locator(".stage-line.is-linked")
    expect(linked.first).to_be_visible()
    shown = [text.strip() for block in linked.all_inner_texts() for text in block.splitlines()]
    assert shown == [".line 5", "LOAD   C, A", "MOD    C, B"]  # `a % b`: the remainder, in C
    lines.nth(6).click()  # line 7 lights up its own
    expect(linked).to_have_text(re.compile(r"^\s*\.line 7\s+LOAD\s+B, C\s*$"))

    # And back: a line of the IR takes the editor to its source line.
    page.get_by_role("tab", name="Intermediate representation").click()
    pane.locator('.stage-line[data-line="6"]').last.click()
    expect(page.locator(".cm-linked-line")).to_have_text("        a = b;")
    expect(pane.locator(".stage-line.is-linked")).to_have_text(re.compile(r"^\s*\.line 6\s+%a = copy %b\s*$"))

    # Another language opens on its example; what was written in each is kept for the visit.
    page.select_option("select[name=language]", "python")
    expect(lines.first).to_have_text(example("python").splitlines()[0])
    type_program(page, page, "print(1729)\n")
    page.select_option("select[name=language]", "c")
    expect(lines.first).to_have_text("#include <stdio.h>")
    page.select_option("select[name=language]", "python")
    expect(lines.first).to_have_text("print(1729)")
    assert refused == []
