"""One harness for every language's example programs (compilers/tests/<key>/**/*<extension>).

`expectations` reads what a program expects from its comments, in the language's comment syntax;
`discovery` finds the programs of every language that has a front-end; `oracles` runs them through the
project's own pipeline (the IR interpreter, the Engine at -O0 and -O1); `reference` runs them on the
language's real toolchain, cached by content. compilers/tests/test_programs.py puts them together.
"""

from compilers.tests.harness.discovery import Program, all_programs, compiled_languages, folder, programs
from compilers.tests.harness.expectations import (
    ExpectationError,
    Expectations,
    ExpectedError,
    read_expectations,
)
from compilers.tests.harness.oracles import Outcome, compile_errors, front_end, run_engine, run_interpreter
from compilers.tests.harness.reference import MissingTool, ReferenceOutcome, ReferenceRunner, outcome_or_fail

__all__ = [
    "ExpectationError",
    "Expectations",
    "ExpectedError",
    "MissingTool",
    "Outcome",
    "Program",
    "ReferenceOutcome",
    "ReferenceRunner",
    "all_programs",
    "compile_errors",
    "compiled_languages",
    "folder",
    "front_end",
    "outcome_or_fail",
    "programs",
    "read_expectations",
    "run_engine",
    "run_interpreter",
]
