"""The C test programs (this folder) for the tests that are about C alone (the lexer's, the random
expressions'): a view of the program harness, compilers/tests/harness/, which reads the expectations of
every language's programs (the forms are listed in harness/expectations.py) and runs them on every oracle
(compilers/tests/test_programs.py)."""

from __future__ import annotations

from pathlib import Path

from compilers import registry
from compilers.diagnostics import DiagnosticBag
from compilers.ir.nodes import Module
from compilers.tests import harness
from compilers.tests.harness import Expectations, ExpectedError, Outcome, run_interpreter

__all__ = [
    "PROGRAMS",
    "Expectations",
    "ExpectedError",
    "Outcome",
    "all_programs",
    "front_end",
    "program_id",
    "read_expectations",
    "run_engine",
    "run_interpreter",
]


def _c() -> registry.Language:
    language = registry.get("c")
    assert language is not None
    return language


C = _c()
PROGRAMS = harness.folder(C)


def read_expectations(source: str) -> Expectations:
    return harness.read_expectations(source, C.comment)


def all_programs() -> list[Path]:
    return [program.path for program in harness.programs(C)]


def program_id(path: Path) -> str:
    return str(path.relative_to(PROGRAMS))


def front_end(source: str, filename: str) -> tuple[Module | None, DiagnosticBag]:
    return harness.front_end(C.key, source, filename)


def run_engine(source: str, filename: str, expect: Expectations, opt_level: int = 1) -> Outcome:
    return harness.run_engine(C.key, source, filename, expect, opt_level)
