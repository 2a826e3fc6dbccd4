"""The Java front-end (LANGUAGES.md, a Java 17 subset; reference javac and java): lexer, parser with
recovery, checker with Java's name resolution and static types, lowering to the shared IR over the
managed runtime and the Java routines of compilers/runtime/java/."""

from compilers.frontends.base import UNCAUGHT_TRAP, Frontend
from compilers.frontends.java.ast import dump
from compilers.frontends.java.check import check
from compilers.frontends.java.lexer import lex
from compilers.frontends.java.lower import lower
from compilers.frontends.java.parser import parse

FRONTEND = Frontend(
    lang="java",
    lex=lex,
    parse=parse,
    check=check,
    lower=lower,
    dump_ast=dump,
    uncaught_traps=frozenset({UNCAUGHT_TRAP}),
)

__all__ = ["FRONTEND"]
