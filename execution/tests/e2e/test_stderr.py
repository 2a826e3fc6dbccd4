"""A C program's standard error on the run page, apart from its output, in a real browser against Daphne,
Celery, PostgreSQL and Redis."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from execution.bench.stack import Stack
from execution.tests.e2e.test_workspace import sign_up

pytestmark = pytest.mark.browser

# gcc's build of this program writes "sum 6\n" to stdout and "checking 3 numbers\nresult 2.000\n" to
# stderr (run with 2>err.txt, checked by hand).
PROGRAM = """#include <stdio.h>

int main(void) {
    int numbers[] = {1, 2, 3};
    int sum = 0;
    fprintf(stderr, "checking %d numbers\\n", 3);
    for (int i = 0; i < 3; i++) sum += numbers[i];
    printf("sum %d\\n", sum);
    fprintf(stderr, "result %.3f\\n", sum / 3.0);
    return 0;
}
"""


def test_a_c_programs_stderr_is_shown_apart_from_its_output(page: Any, live_stack: Stack) -> None:
    try:
        sign_up(page, "herschel", "Note-G-Bernoulli-1843")
        page.goto("/playground/?" + urlencode({"language": "c", "source": PROGRAM}))
        expect(page.locator(".cm-content")).to_contain_text("fprintf(stderr")
        page.get_by_role("button", name="Run", exact=True).click()
        expect(page.locator(".run-status .badge")).to_have_text("Completed")
        expect(page.locator("pre.run-output")).to_have_text("sum 6\n")
        expect(page.locator(".run-stderr-box")).to_be_visible()
        expect(page.locator("pre.run-stderr")).to_have_text("checking 3 numbers\nresult 2.000\n")

        # The permanent page of the run shows the same, without a socket.
        page.locator(".run-permalink").click()
        expect(page.locator("pre.run-output")).to_have_text("sum 6\n")
        expect(page.locator("pre.run-stderr")).to_have_text("checking 3 numbers\nresult 2.000\n")
    except Exception:
        print(live_stack.logs())
        raise
