"""The C front-end (LANGUAGES.md, C99 subset; reference gcc): lexer and preprocessor, parser, checker,
lowering to the shared IR."""

from compilers.frontends.base import Frontend
from compilers.frontends.c.ast import dump
from compilers.frontends.c.check import check
from compilers.frontends.c.lexer import lex
from compilers.frontends.c.lower import lower
from compilers.frontends.c.parser import parse

FRONTEND = Frontend(lang="c", lex=lex, parse=parse, check=check, lower=lower, dump_ast=dump)

__all__ = ["FRONTEND"]
