"""A public run's share link, opened by an anonymous visitor in a real browser (Daphne, Celery, PostgreSQL,
Redis): the run is there to read and nothing can be changed; once its owner makes it private, the link is
gone."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from execution.bench.stack import Stack
from execution.tests.e2e.test_csp import RECORD_VIOLATIONS
from execution.tests.e2e.test_workspace import sign_up

pytestmark = pytest.mark.browser

SOURCE = "PRINT 1815\nPRINTC 10\nHALT\n"


def test_an_anonymous_visitor_reads_a_public_run_until_it_is_made_private(
    page: Any, browser: Any, live_stack: Stack
) -> None:
    visitor_context = browser.new_context(base_url=live_stack.base_url)
    visitor = visitor_context.new_page()
    visitor.add_init_script(RECORD_VIOLATIONS)
    try:
        sign_up(page, "somerville", "Mechanism-of-the-Heavens-1831")
        page.goto("/playground/?" + urlencode({"language": "assembly", "source": SOURCE}))
        page.get_by_role("button", name="Run", exact=True).click()
        expect(page.locator(".run-status .badge")).to_have_text("Completed")
        page.locator(".run-permalink").click()
        expect(page.locator(".share-controls")).to_contain_text("Only you can see this run")

        page.get_by_role("button", name="Make public").click()
        link = page.locator("#share-url").input_value()
        assert "/s/" in link and "PRINT" not in link and len(link) < 60, link

        # The visitor, signed in nowhere, reads the run: its program in the read-only editor, its output.
        response = visitor.goto(link)
        assert response is not None and response.status == 200
        expect(visitor.locator(".cm-content")).to_contain_text("PRINT 1815")
        editor = visitor.locator(".cm-content")
        expect(editor).to_have_attribute("aria-readonly", "true")
        editor.click()
        visitor.keyboard.type("NOT MINE")
        expect(editor).not_to_contain_text("NOT MINE")  # the program cannot be edited here
        expect(visitor.locator("pre.run-output")).to_have_text("1815\n")
        expect(visitor.locator(".run-status .badge")).to_have_text("Completed")
        expect(visitor.locator(".run-statistics")).to_contain_text("Engine time")
        # Nothing to change and no way to the owner's page.
        expect(visitor.get_by_role("button", name="Make private")).to_have_count(0)
        expect(visitor.get_by_role("button", name="Make public")).to_have_count(0)
        expect(visitor.locator(".run-permalink")).to_have_count(0)
        expect(visitor.locator("[ws-connect]")).to_have_count(0)
        assert visitor.evaluate("window.__cspViolations") == []

        # Private again: the visitor's link is gone.
        page.get_by_role("button", name="Make private").click()
        expect(page.locator(".share-controls")).to_contain_text("Only you can see this run")
        gone = visitor.goto(link)
        assert gone is not None and gone.status == 404
    except Exception:
        print(live_stack.logs())
        raise
    finally:
        visitor_context.close()
