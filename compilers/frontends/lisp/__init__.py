"""The LISP front-end (LANGUAGES.md, a Common Lisp subset; reference SBCL): a reader, macro expansion at
compile time with real defmacro, resolution into a core tree, lowering to the shared IR over the LISP
runtime (compilers/runtime/lisp) and a library written in LISP (prelude.lisp)."""

from compilers.frontends.base import UNCAUGHT_TRAP, Frontend
from compilers.frontends.lisp.ast import dump
from compilers.frontends.lisp.check import check
from compilers.frontends.lisp.lexer import lex
from compilers.frontends.lisp.lower import lower
from compilers.frontends.lisp.parser import parse

FRONTEND = Frontend(
    lang="lisp",
    lex=lex,
    parse=parse,
    check=check,
    lower=lower,
    dump_ast=dump,
    uncaught_traps=frozenset({UNCAUGHT_TRAP}),
)

__all__ = ["FRONTEND"]
