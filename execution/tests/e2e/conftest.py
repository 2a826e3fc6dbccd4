"""The end-to-end fixtures: the whole site in services mode (Daphne, a Celery worker, PostgreSQL, Redis)
and headless Chromium. Nothing is skipped: absent services or browser fail with what to do."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from execution.bench.stack import ROOT, Stack, StackError, start_stack

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def live_stack() -> Iterator[Stack]:
    bundle = ROOT / "execution" / "static" / "execution" / "dist" / "editor.js"
    if not bundle.exists():
        pytest.fail(f"{bundle} is missing: build the editor first (npm ci && npm run build, or make assets)")
    try:
        stack = start_stack(workers=1, concurrency=2, redis_db=11, name="e2e")
    except StackError as error:
        pytest.fail(f"the site did not start in services mode (PostgreSQL, Redis, Daphne, Celery): {error}")
    yield stack
    stack.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import expect, sync_playwright

    # Waiting for a run's output, not measuring it: a fresh worker's first run on a loaded CI machine can
    # take longer than Playwright's 5 s default for assertions.
    expect.set_options(timeout=30_000)

    executable = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not executable:
        pytest.fail("Chromium is missing: apt-get install -y chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any, live_stack: Stack) -> Iterator[Any]:
    context = browser.new_context(base_url=live_stack.base_url)
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()
