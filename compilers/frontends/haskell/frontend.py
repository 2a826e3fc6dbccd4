"""The Haskell front-end's stages as one Frontend (exposed as the package's FRONTEND once programs run end
to end on the Engine)."""

from compilers.frontends.base import UNCAUGHT_TRAP, Frontend
from compilers.frontends.haskell.ast import dump
from compilers.frontends.haskell.check import check
from compilers.frontends.haskell.lexer import lex
from compilers.frontends.haskell.lower import elaborate_checked, lower
from compilers.frontends.haskell.parser import parse
from compilers.frontends.haskell.program import Checked


def dump_ast(tree: object) -> str:
    """The program's syntax tree (after checking: with its derived instances and record selectors)."""
    return dump(tree.module if isinstance(tree, Checked) else tree)


HASKELL = Frontend(
    lang="haskell",
    lex=lex,
    parse=parse,
    check=check,
    lower=lower,
    dump_ast=dump_ast,
    elaborate=elaborate_checked,
    # GHC's runtime reports its DivideByZero exception so; here the Engine's own division traps (a test
    # before every division would cost each one).
    trap_reports={"division_by_zero": "prog: divide by zero\n"},
    # `error` (and every failure GHC names: `head []`, a failed match) is reported, then ends with trap 4.
    uncaught_traps=frozenset({UNCAUGHT_TRAP, "division_by_zero"}),
)
