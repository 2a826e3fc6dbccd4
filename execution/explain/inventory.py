"""Every diagnostic code the compilers and the Engine can report, gathered from their source.

The front-ends name their codes as string literals at the place they report (`bag.error("syntax", ...)`,
a checker's own `self.error(message, span, "undeclared")` with a default code, a card diagnostic's
`code=` field), so there is no list to import: this module reads the code of `compilers` and `babbage`
with `ast` and collects every literal that reaches a `code` parameter. The explainer's test compares it
with the explanations, so a new code without an explanation fails there, not in front of a student.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import babbage
import compilers

# DiagnosticBag.error/warning(code, message, span) and Diagnostic(severity, code, ...): the shared shape.
_BAG_METHODS = frozenset({"error", "warning"})
_BAG_NAMES = frozenset({"bag", "diags", "diagnostics"})


@dataclass(frozen=True, slots=True, order=True)
class CodeUse:
    code: str
    path: str  # relative to the package's parent directory, e.g. "compilers/frontends/c/check.py"
    line: int


def package_roots() -> list[Path]:
    return [Path(compilers.__file__).parent, Path(babbage.__file__).parent]


def diagnostic_codes(roots: list[Path] | None = None) -> dict[str, list[CodeUse]]:
    """Each code, with every place that reports it (tests excluded: they only read codes)."""
    found: dict[str, list[CodeUse]] = {}
    for root in roots or package_roots():
        for path in sorted(root.rglob("*.py")):
            if {"tests", "web"} & set(path.relative_to(root).parts):  # tests read codes; web is Django
                continue
            relative = str(path.relative_to(root.parent))
            for use in _uses_in(ast.parse(path.read_text(encoding="utf-8")), relative):
                found.setdefault(use.code, []).append(use)
    return found


def _uses_in(tree: ast.Module, path: str) -> list[CodeUse]:
    # This file's own reporters with a `code` parameter: name -> (index of `code` among the arguments a
    # caller passes, the default code when it has one).
    own: dict[str, tuple[int, str | None]] = {}
    uses: list[CodeUse] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):  # `_Bad(column, message, "out_of_range")`: the class's __init__
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    params = [a.arg for a in item.args.args][1:]
                    if "code" in params:
                        own[node.name] = (params.index("code"), None)
        if isinstance(node, ast.FunctionDef):
            params = [a.arg for a in node.args.args]
            if "code" not in params:
                continue
            skip = 1 if params and params[0] in ("self", "cls") else 0
            index = params.index("code")
            defaults = node.args.defaults
            offset = len(params) - len(defaults)
            default = defaults[index - offset] if index >= offset else None
            literal = _literal(default)
            own.setdefault(node.name, (index - skip, literal))
            if literal is not None:
                uses.append(CodeUse(literal, path, node.lineno))
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "code"
            and (literal := _literal(node.value)) is not None
        ):
            uses.append(CodeUse(literal, path, node.lineno))  # a dataclass field's default code
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for keyword in node.keywords:
            if keyword.arg == "code" and (literal := _literal(keyword.value)) is not None:
                uses.append(CodeUse(literal, path, node.lineno))
        code = _positional_code(node, own)
        if code is not None:
            uses.append(CodeUse(code, path, node.lineno))
    return uses


def _positional_code(call: ast.Call, own: dict[str, tuple[int, str | None]]) -> str | None:
    func = call.func
    if isinstance(func, ast.Name) and func.id == "Diagnostic":
        return _literal(call.args[1]) if len(call.args) > 1 else None
    if not isinstance(func, ast.Attribute):
        if isinstance(func, ast.Name) and func.id in own:
            return _argument(call, own[func.id][0])
        return None
    owner = func.value
    owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
    if func.attr in _BAG_METHODS and owner_name in _BAG_NAMES:
        return _argument(call, 0)
    if owner_name == "self" and func.attr in own:
        return _argument(call, own[func.attr][0])
    return None


def _argument(call: ast.Call, index: int) -> str | None:
    if index < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args[: index + 1]):
        return _literal(call.args[index])
    return None


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None
