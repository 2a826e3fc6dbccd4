"""The site's own pages satisfy its Content-Security-Policy in a real browser: every main page is loaded
in headless Chromium against Daphne, Celery, PostgreSQL and Redis, and no violation is reported."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from execution.bench.stack import Stack
from execution.tests.e2e.test_workspace import LESSON, sign_up

pytestmark = pytest.mark.browser

# Installed before any page script (through the DevTools protocol, so the policy does not apply to it).
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile || location.pathname}:${event.lineNumber}`);
});
"""


def visit(page: Any, url: str, console: list[str]) -> list[str]:
    """Loads `url`, lets its scripts run, and returns the violations its document reported."""
    page.goto(url)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.contentType") == "text/html", url
    violations: list[str] = page.evaluate("window.__cspViolations")
    return [f"{url}: {v}" for v in violations] + [f"{url}: {m}" for m in console]


def test_the_main_pages_report_no_policy_violation(page: Any, live_stack: Stack) -> None:
    console: list[str] = []
    page.add_init_script(RECORD_VIOLATIONS)
    page.on(
        "console",
        lambda message: (
            console.append(message.text)
            if "Content Security Policy" in message.text or "Permissions-Policy" in message.text
            else None
        ),
    )
    found: list[str] = []
    try:
        for url in ["/", "/course/", "/explorer/", "/admin/login/", "/accounts/login/", "/api/docs/"]:
            found += visit(page, url, console)
            console.clear()
        # The API documentation really started (its script is served from a URL, not inline).
        expect(page.locator(".swagger-ui .info .title")).to_contain_text("Ancient Compute API")

        sign_up(page, "hopper", "Compiler-A0-1952")
        found += visit(page, LESSON, console)
        console.clear()
        expect(page.locator("[data-workspace] .cm-editor").first).to_be_visible()  # the editor started

        found += visit(page, "/playground/", console)
        console.clear()
        page.get_by_role("button", name="Run", exact=True).click()
        expect(page.locator(".run-status .badge")).to_have_text("Completed")  # live over the WebSocket
        page.locator(".run-permalink").click()
        page.wait_for_load_state("networkidle")
        found += [f"run page: {v}" for v in page.evaluate("window.__cspViolations")] + console
        console.clear()
        expect(page.locator("pre.run-output")).not_to_be_empty()

        # A public run's page, at its short link (test_sharing.py follows it as a visitor).
        source = page.locator("textarea[aria-label=Program]").input_value()
        page.get_by_role("button", name="Make public").click()
        page.wait_for_load_state("networkidle")
        link = page.locator("#share-url").input_value()
        found += visit(page, link, console)
        console.clear()
        expect(page.locator(".cm-content").first).to_contain_text(source.splitlines()[0])

        # The playground shares its program at a short link that carries no source.
        page.goto("/playground/")
        page.get_by_role("button", name="Share", exact=True).click()
        page.wait_for_load_state("networkidle")
        assert "/playground/" in page.url and "source=" not in page.url and len(page.url) < 80, page.url
        found += [f"shared page: {v}" for v in page.evaluate("window.__cspViolations")] + console
        expect(page.locator("#share-link")).to_have_value(page.url)
        assert found == [], "\n".join(found)
    except Exception:
        print(live_stack.logs())
        raise


def test_the_authoring_pages_report_no_policy_violation(page: Any, live_stack: Stack) -> None:
    live_stack.manage(
        "shell",
        "-c",
        "from accounts.models import User; "
        "User.objects.create_superuser('lovelace', 'ada@example.org', 'Notes-on-the-Engine-1843')",
    )
    console: list[str] = []
    page.add_init_script(RECORD_VIOLATIONS)
    page.on("console", lambda message: console.append(message.text) if "Policy" in message.text else None)
    try:
        page.goto("/admin/login/")
        page.fill("input[name=username]", "lovelace")
        page.fill("input[name=password]", "Notes-on-the-Engine-1843")
        page.locator("input[type=submit]").click()
        page.wait_for_load_state("networkidle")
        found = visit(page, "/admin/", console)
        found += visit(page, "/admin/curriculum/exercise/", console)
        page.locator("#result_list tbody th a").first.click()
        page.wait_for_load_state("networkidle")
        # The program fields are in the site's code editor, started under the page's policy.
        expect(page.locator(".field-starter_code .cm-editor")).to_be_visible()
        expect(page.locator(".field-reference_solution .cm-editor")).to_be_visible()
        # The Markdown preview (htmx inside the admin) renders the statement through the site's renderer.
        page.locator(".markdown-preview-tools button").first.click()
        expect(page.locator(".markdown-preview").first).not_to_be_empty()
        found += [f"exercise page: {v}" for v in page.evaluate("window.__cspViolations")] + console
        assert found == [], "\n".join(found)
    except Exception:
        print(live_stack.logs())
        raise
