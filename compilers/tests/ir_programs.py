"""The IR test programs, compilers/tests/ir/*.ir (ARCHITECTURE.md principle 5). Their expectations are the
harness's forms behind the IR's comment opener `;` (compilers/tests/harness/expectations.py), chiefly:

; expect: LINE                          one line of output, in order
; stdin: TEXT                           one line of the program's input
; expect runtime error: NAME [N]        the run stops with that trap (N: the code of `trap N`)
; max-steps: N                          the run's instruction budget
; store: N                              the Store's size in columns
"""

from __future__ import annotations

from pathlib import Path

from compilers.tests.harness import expectations
from compilers.tests.harness.expectations import Expectations

PROGRAMS = Path(__file__).resolve().parent / "ir"
COMMENT = ";"

__all__ = ["COMMENT", "PROGRAMS", "Expectations", "all_programs", "read_expectations"]


def read_expectations(source: str) -> Expectations:
    return expectations.read_expectations(source, COMMENT)


def all_programs() -> list[Path]:
    return sorted(PROGRAMS.glob("*.ir"))
