"""The C library written in C (runtime/libc.c): the IR the linker reads is the one its source compiles to,
and every routine it defines is one a header declares. Its behaviour is tested by the programs of
compilers/tests/c/library/, against gcc."""

from __future__ import annotations

import re

from compilers.frontends.c import build_library
from compilers.frontends.c.headers import LIBRARY_FUNCTIONS


def test_libc_ir_is_built_from_libc_c() -> None:
    assert build_library.build() == build_library.TARGET.read_text(encoding="utf-8"), (
        "run `python -m compilers.frontends.c.build_library`"
    )


def test_every_routine_is_declared_by_a_header_or_is_a_helper() -> None:
    text = build_library.TARGET.read_text(encoding="utf-8")
    routines = set(re.findall(r"^func @([\w.]+)", text, re.MULTILINE))
    assert {"qsort", "rand", "strtol", "sprintf", "isalpha"} <= routines
    assert all(name in LIBRARY_FUNCTIONS or name.startswith("__c_") for name in routines)
