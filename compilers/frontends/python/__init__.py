"""The Python front-end (LANGUAGES.md, a Python 3 subset; reference CPython): indentation-aware lexer,
parser with recovery, scope analysis, lowering to the shared IR over the Python runtime."""

from compilers.frontends.base import UNCAUGHT_TRAP, Frontend
from compilers.frontends.python.ast import dump
from compilers.frontends.python.check import check
from compilers.frontends.python.lexer import lex
from compilers.frontends.python.lower import lower
from compilers.frontends.python.parser import parse

FRONTEND = Frontend(
    lang="python",
    lex=lex,
    parse=parse,
    check=check,
    lower=lower,
    dump_ast=dump,
    uncaught_traps=frozenset({UNCAUGHT_TRAP}),
)

__all__ = ["FRONTEND"]
