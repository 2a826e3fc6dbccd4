"""Every exercise of the course, read from its YAML file: the reference solution passes its own tests
through the judge, the starter code compiles (or gives the diagnostic its file says it gives, under
`starter_diagnostic`) and fails at least one test. Exercises in a language whose compiler has not
landed are refused cleanly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from django.conf import settings

from execution import judge, toolchain

CONTENT = Path(__file__).resolve().parents[2] / "curriculum" / "content"
FILES = sorted(CONTENT.glob("*/exercises/*.yaml"))


def load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def limits_of(data: dict[str, Any]) -> toolchain.Limits:
    limits = data.get("limits") or {}
    store = limits.get("store_size") or settings.RUN_DEFAULT_STORE_SIZE  # None: sized for the program
    return toolchain.Limits(
        max_steps=min(limits.get("max_steps") or settings.RUN_DEFAULT_MAX_STEPS, settings.RUN_MAX_STEPS_CAP),
        max_output=min(
            limits.get("max_output") or settings.RUN_DEFAULT_MAX_OUTPUT, settings.RUN_MAX_OUTPUT_CAP
        ),
        store_size=min(store, settings.RUN_STORE_SIZE_CAP) if store is not None else None,
    )


def specs_of(data: dict[str, Any]) -> list[judge.TestSpec]:
    return [
        judge.TestSpec(
            name=t["name"],
            input=t.get("input", ""),
            expected_output=t["expected"],
            is_visible=t.get("visible", False),
        )
        for t in data["tests"]
    ]


def available(language: str) -> bool:
    found = toolchain.language_get(language)
    return found is not None and found.available


def test_the_course_has_exercises() -> None:
    assert len(FILES) >= 6


@pytest.mark.slow
@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_the_reference_solution_passes_its_tests(path: Path) -> None:
    data = load(path)
    tests = specs_of(data)
    assert tests, f"{path.name} has no tests"
    if not available(data["language"]):
        lang = toolchain.language_get(data["language"])
        assert lang is not None, f"{path.name}: unknown language {data['language']}"
        return  # services.run_create refuses it with "language_unavailable" (see test_services)
    result = judge.judge(data["language"], data["solution"], tests, limits_of(data))
    report = [(t.name, t.status, t.message, t.actual[-200:]) for t in result.tests if not t.passed]
    assert result.verdict == judge.ACCEPTED, f"{path.name}: {result.verdict} {result.message} {report}"


@pytest.mark.slow
@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_the_starter_fails_at_least_one_test(path: Path) -> None:
    # A student who submits the starter unchanged must not be told it is solved.
    data = load(path)
    if not available(data["language"]) or not data.get("starter"):
        return
    result = judge.judge(data["language"], data["starter"], specs_of(data), limits_of(data))
    assert result.verdict != judge.ACCEPTED, f"{path.name}: the starter passes every test"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_the_starter_compiles_or_gives_its_expected_diagnostic(path: Path) -> None:
    data = load(path)
    if not available(data["language"]) or not data.get("starter"):
        return
    compiled = toolchain.compile_program(
        data["language"], data["starter"], store_size=limits_of(data).store_size
    )
    expected = data.get("starter_diagnostic")
    if expected is None:
        messages = [d.render(data["starter"]) for d in compiled.diagnostics]
        assert compiled.ok, f"{path.name}: the starter does not compile: {messages}"
    else:
        assert not compiled.ok
        assert any(expected in d.message for d in compiled.diagnostics), (path.name, compiled.diagnostics)
