"""CPython 3.11's compile-time SyntaxWarnings, which point at a likely slip in a program that still runs:
`x is 5` ("is" with a literal), `[1, 2] (3)` (a literal called: a comma missed), `"abc"["x"]`, `5[0]`
(a literal subscripted as it cannot be), `assert (x, "message")` (always true).

CPython gives them while it compiles, after folding constants (`-1`, `1 + 2` and a tuple of constants are
literals then), for the same expressions as compile.c's check_compare, check_caller, check_subscripter and
check_index, and for an assert of a non-empty tuple; the words are its own. The program runs as it would
without them; they are the front-end's warnings, shown before the run.
"""

from __future__ import annotations

from compilers.diagnostics import DiagnosticBag
from compilers.frontends.python import ast as A


def warn_syntax(module: A.Module, diags: DiagnosticBag) -> None:
    """Add CPython's SyntaxWarnings for the program to diags, as warnings."""
    targets: set[int] = set()  # subscripts assigned to or deleted: CPython checks only those it reads
    for node in _walk(module):
        if isinstance(node, A.Assign):
            targets.update(id(t) for t in node.targets)
        elif isinstance(node, A.AugAssign):
            targets.add(id(node.target))
        elif isinstance(node, A.Del):
            targets.update(id(t) for t in node.targets)
        message = _message(node, targets)
        if message is not None:
            diags.warning("syntax_warning", f"SyntaxWarning: {message}", node.span)


def _walk(node: A.Node) -> list[A.Node]:
    """Every node of the tree as written, in source order (a node before its parts)."""
    found: list[A.Node] = []
    stack: list[object] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, A.Lambda):  # its parts, not the generator body made of them (gen_body)
            found.append(item)
            stack.extend([item.body, *reversed(item.params)])
        elif isinstance(item, A.Node):
            found.append(item)
            stack.extend(getattr(item, name) for name in reversed(A.child_fields(type(item))))
    return found


def _message(node: A.Node, targets: set[int]) -> str | None:
    if isinstance(node, A.Compare):
        operands = [node.left, *node.comparators]
        for k, op in enumerate(node.ops):
            if op in ("is", "is not") and (_literal(operands[k]) or _literal(operands[k + 1])):
                other = "==" if op == "is" else "!="
                return f'"{op}" with a literal. Did you mean "{other}"?'
        return None
    if isinstance(node, A.Call):
        kind = _type_name(node.func)
        if kind is not None and _callable_kind(node.func):
            return f"'{kind}' object is not callable; perhaps you missed a comma?"
        return None
    if isinstance(node, A.Subscript) and id(node) not in targets:
        return _subscript_message(node)
    if isinstance(node, A.Assert) and isinstance(node.test, A.TupleExpr) and node.test.elts:
        return "assertion is always true, perhaps remove parentheses?"
    return None


def _subscript_message(node: A.Subscript) -> str | None:
    value = node.value
    kind = _type_name(value)
    if kind is None:
        return None
    constant = _constant(value)
    unsubscriptable = (constant and kind not in ("str", "tuple")) or kind in ("set", "generator", "function")
    if unsubscriptable:
        return f"'{kind}' object is not subscriptable; perhaps you missed a comma?"
    index = None if isinstance(node.index, A.Slice) else _type_name(node.index)
    if index is None or index in ("int", "bool"):
        return None
    if kind in ("str", "tuple", "list") and not (isinstance(value, A.ListComp) and value.kind != "list"):
        return f"{kind} indices must be integers or slices, not {index}; perhaps you missed a comma?"
    return None


def _callable_kind(e: A.Expr) -> bool:
    """The kinds of expression check_caller names: a constant, a display, a comprehension, an f-string."""
    return _constant(e) or isinstance(
        e, A.TupleExpr | A.ListExpr | A.SetExpr | A.DictExpr | A.ListComp | A.DictComp | A.FString
    )


# The type of each kind of literal and display whose type does not depend on its contents.
_TYPE_NAMES: dict[type, str] = {
    A.FloatLit: "float",
    A.EllipsisLit: "ellipsis",
    A.FString: "str",
    A.TupleExpr: "tuple",
    A.ListExpr: "list",
    A.SetExpr: "set",
    A.DictExpr: "dict",
    A.DictComp: "dict",
    A.Lambda: "function",
}


def _type_name(e: A.Expr) -> str | None:
    """The type of a literal or display, as CPython's compiler infers it (infer_type); None otherwise."""
    if isinstance(e, A.Const):
        value = e.value
        if value is None:
            return "NoneType"
        return "bool" if isinstance(value, bool) else "int" if isinstance(value, int) else "str"
    named = _TYPE_NAMES.get(type(e))
    if named is not None:
        return named
    if isinstance(e, A.ListComp):
        return {"list": "list", "set": "set"}.get(e.kind, "generator")
    if _constant(e):
        return _folded_type(e)
    return None


def _constant(e: A.Expr) -> bool:
    """Whether CPython's optimiser makes e a constant: a literal, a sign or an operator of constants, a
    tuple of constants."""
    if isinstance(e, A.Const | A.FloatLit | A.EllipsisLit):
        return True
    if isinstance(e, A.UnaryOp):
        return e.op in ("-", "+", "~") and _number(e.operand)
    if isinstance(e, A.BinOp):
        return _constant(e.left) and _constant(e.right) and not isinstance(e.left, A.TupleExpr)
    if isinstance(e, A.TupleExpr):
        return all(_constant(x) for x in e.elts)
    return False


def _number(e: A.Expr) -> bool:
    if isinstance(e, A.Const):
        return isinstance(e.value, int)
    return isinstance(e, A.FloatLit) or (isinstance(e, A.UnaryOp) and _number(e.operand))


def _folded_type(e: A.Expr) -> str:
    """The type of a folded sign or operation of constants (a number's, or a string's repeated)."""
    if isinstance(e, A.UnaryOp):
        inner = _type_name(e.operand)
        return "int" if inner == "bool" else inner or "int"
    assert isinstance(e, A.BinOp)
    left, right = _type_name(e.left), _type_name(e.right)
    if "str" in (left, right):
        return "str"
    if "float" in (left, right) or e.op == "/":
        return "float"
    return "int"


def _literal(e: A.Expr) -> bool:
    """A constant that `is` should not be used with: any but None, True, False and `...`
    (compile.c's check_is_arg)."""
    if isinstance(e, A.Const) and (e.value is None or isinstance(e.value, bool)):
        return False
    return not isinstance(e, A.EllipsisLit) and _constant(e)
