"""The Idris front-end in the shared shape (compilers/frontends/base.py): lexer, parser (with the
layout rule), the dependent checker (check.py, decls.py), then erasure to the functional core and
the core's way to the IR (lower.py)."""

from __future__ import annotations

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.base import Frontend
from compilers.frontends.idris import ast as A
from compilers.frontends.idris.ast import dump
from compilers.frontends.idris.decls import ModuleChecker, check_program
from compilers.frontends.idris.lexer import lex
from compilers.frontends.idris.lower import elaborate_checked, lower
from compilers.frontends.idris.parser import parse


def check(module: A.Module, diags: DiagnosticBag) -> ModuleChecker:
    """The program checked against the library: every definition's type, clauses, coverage and
    totality; a program that runs must define `main : IO ()`."""
    checker = check_program(module, diags)
    main = checker.globals.get("Main.main")
    if not diags.has_errors:
        if main is None:
            diags.error(
                "undeclared",
                "main is not defined: a program needs main : IO ()",
                Span.point(module.filename, 1, 1),
            )
        else:
            want = checker.eval([], checker.check_type_text("IO ()"))
            try:
                checker.unify(0, main.type, want)
            except Exception:
                assert main.span is not None
                diags.error(
                    "type_mismatch",
                    f"main must have type IO (), not {checker.show_value(checker.empty_ctx(), main.type)}",
                    main.span,
                )
    return checker


def dump_checked(checked: ModuleChecker) -> str:
    return dump(checked.tree) if hasattr(checked, "tree") else ""


IDRIS = Frontend(
    lang="idris",
    lex=lex,
    parse=parse,
    check=check,
    lower=lower,
    dump_ast=dump_checked,
    elaborate=elaborate_checked,
)
