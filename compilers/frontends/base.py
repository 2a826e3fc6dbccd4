"""The shape every language front-end has (ARCHITECTURE.md principle 3: the same files in every one).

A front-end package `compilers/frontends/<lang>/` has lexer.py, parser.py, ast.py, check.py and lower.py,
and its `__init__.py` exposes FRONTEND, a Frontend built from them. The driver runs the stages in order,
each adding to one DiagnosticBag; it stops after the first stage that reported an error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from compilers.diagnostics import DiagnosticBag
from compilers.tokens import Token

# The IR module type is compilers.ir's; typed as Any here so this module does not depend on the IR.
Lexer = Callable[[str, str, DiagnosticBag], list[Token]]  # (source, filename, diags) -> tokens
Parser = Callable[[list[Token], DiagnosticBag], Any]  # tokens -> AST (with recovery)
Checker = Callable[[Any, DiagnosticBag], Any]  # AST -> checked, annotated AST
Lowerer = Callable[[Any, DiagnosticBag], Any]  # checked AST -> compilers.ir Module


@dataclass(frozen=True, slots=True)
class Frontend:
    lang: str  # the LANGUAGES.md key: "c", "python", ...
    lex: Lexer
    parse: Parser
    check: Checker
    lower: Lowerer
    dump_ast: Callable[[Any], str]  # a readable text form of the AST for `emit --stage ast`
