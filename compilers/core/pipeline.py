"""The core's way to the IR, for every surface language that elaborates to it (README.md):
type-check (a type error names the pass that made the core), erase, lower."""

from __future__ import annotations

from compilers.core.erase import erase
from compilers.core.syntax import Program
from compilers.core.to_ir import lower_program
from compilers.core.typecheck import check_program
from compilers.ir import Module

# The runtime namespace whose routines (runtime/sf/: sf_force) every core program links.
NAMESPACE = "sf"


def core_to_ir(program: Program, made_by: str) -> Module:
    """The IR module of a core program; CoreTypeError (naming `made_by`) if the program is ill-typed."""
    check_program(program, made_by)
    max_tags = max(len(d.cons) for d in program.all_datas)
    return lower_program(erase(program), max_tags)
