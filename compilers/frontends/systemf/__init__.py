"""The System F front-end (LANGUAGES.md; no external reference: the functional core's interpreter is the
oracle): lexer, parser, type checker, elaboration to the core (compilers/core/), which compiles to the IR."""

from compilers.frontends.base import Frontend
from compilers.frontends.systemf.ast import dump
from compilers.frontends.systemf.check import check
from compilers.frontends.systemf.lexer import lex
from compilers.frontends.systemf.lower import elaborate_checked, lower
from compilers.frontends.systemf.parser import parse

FRONTEND = Frontend(
    lang="systemf",
    lex=lex,
    parse=parse,
    check=check,
    lower=lower,
    dump_ast=dump,
    elaborate=elaborate_checked,
)

__all__ = ["FRONTEND"]
