"""The shape every language front-end has (ARCHITECTURE.md principle 3: the same files in every one).

A front-end package `compilers/frontends/<lang>/` has lexer.py, parser.py, ast.py, check.py and lower.py,
and its `__init__.py` exposes FRONTEND, a Frontend built from them. The driver runs the stages in order,
each adding to one DiagnosticBag; it stops after the first stage that reported an error.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from compilers.core.syntax import TRAP_UNCAUGHT
from compilers.diagnostics import DiagnosticBag
from compilers.tokens import Token

# The IR module type is compilers.ir's; typed as Any here so this module does not depend on the IR.
Lexer = Callable[[str, str, DiagnosticBag], list[Token]]  # (source, filename, diags) -> tokens
Parser = Callable[[list[Token], DiagnosticBag], Any]  # tokens -> AST (with recovery)
Checker = Callable[[Any, DiagnosticBag], Any]  # AST -> checked, annotated AST
Lowerer = Callable[[Any, DiagnosticBag], Any]  # checked AST (or core program) -> compilers.ir Module
Elaborator = Callable[[Any, DiagnosticBag], Any]  # checked AST -> compilers.core Program


# The exit status CPython, java, SBCL's --script and a GHC-built program end with on an uncaught error.
UNCAUGHT_EXIT_STATUS = 1
# The end of a run (driver._end_name) on the IR's trap for an error the program did not handle, once its
# runtime has reported it (runtime/exceptions.ir, exc_uncaught).
UNCAUGHT_TRAP = f"trap {TRAP_UNCAUGHT}"


@dataclass(frozen=True, slots=True)
class Frontend:
    lang: str  # the LANGUAGES.md key: "c", "python", ...
    lex: Lexer
    parse: Parser
    check: Checker
    lower: Lowerer
    dump_ast: Callable[[Any], str]  # a readable text form of the AST for `emit --stage ast`
    # A language that elaborates to the functional core (compilers/core/: System F, Haskell, Idris) names
    # its elaboration here. The driver then runs it as a stage of its own, shows the core as stages (with
    # its types, then erased), and hands `lower` the core program instead of the checked tree.
    elaborate: Elaborator | None = None
    # What the language's own build writes to standard error when its program stops on an Engine trap that
    # the runtime does not report itself, by the trap's status: written before the trap's own line (GHC's
    # "prog: divide by zero" where the Engine's division traps).
    trap_reports: Mapping[str, str] = MappingProxyType({})
    # The Engine's ends that are the program's own uncaught error, which the language has reported itself
    # ("trap 4", the IR's uncaught error: a Python traceback, GHC's `error`; or a status of trap_reports):
    # the language's toolchain ends such a program with UNCAUGHT_EXIT_STATUS, and so does a run here.
    uncaught_traps: frozenset[str] = frozenset()

    def lower_checked(self, checked: Any, diags: DiagnosticBag) -> Any:
        """The IR module of a checked tree, through the core when the language elaborates to it (for
        callers that do not time or show the stages one by one, as the driver does)."""
        if self.elaborate is None:
            return self.lower(checked, diags)
        core = self.elaborate(checked, diags)
        return None if diags.has_errors else self.lower(core, diags)
