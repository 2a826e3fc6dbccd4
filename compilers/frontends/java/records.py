"""Records (Java 16+, JLS 8.10) written out as the class Java defines for them, in syntax the checker
and lowering already know: a private final field per component, the canonical constructor (or the compact
one followed by the field assignments), an accessor per component, and `toString`, `equals` and
`hashCode` computed from the components as java.lang.runtime.ObjectMethods computes them, each only
where the record does not declare its own. Generated names start with a space, which no source name can."""

from __future__ import annotations

from compilers.diagnostics import Span
from compilers.frontends.java import ast as A

_PRIMITIVE_HASH = {"int", "short", "byte", "char"}


def _name(span: Span, ident: str) -> A.Name:
    return A.Name(span, ident)


def _field(span: Span, target: A.Expr, ident: str) -> A.FieldAccess:
    return A.FieldAccess(span, target, ident)


def _bin(span: Span, op: str, left: A.Expr, right: A.Expr) -> A.Binary:
    return A.Binary(span, op, left, right)


def _int(span: Span, value: int) -> A.Literal:
    return A.Literal(span, "int", value)


def _method(span: Span, ret: str, name: str, params: list[A.Param], body: list[A.Stmt]) -> A.MethodDecl:
    return A.MethodDecl(span, {"public"}, ret, name, params, [], A.Block(span, body, span))


def _declares(decl: A.ClassDecl, name: str, params: list[str]) -> bool:
    return any(m.name == name and [p.ty for p in m.params] == params for m in decl.methods)


def _equal(span: Span, c: A.Param) -> A.Expr:
    """One component of `equals`: == for primitives and arrays, Objects.equals for other references."""
    mine, theirs = _name(span, c.name), _field(span, _name(span, " that"), c.name)
    if c.ty in ("int", "long", "short", "byte", "char", "boolean") or c.ty.endswith("[]"):
        return _bin(span, "==", mine, theirs)
    if c.ty in ("double", "float"):  # as Double.compare(a, b) == 0: NaN equals NaN, -0.0 is not 0.0
        boxed = "Double" if c.ty == "double" else "Float"
        compare = A.Call(span, _name(span, boxed), "compare", [mine, theirs])
        return _bin(span, "==", compare, _int(span, 0))
    both_null = _bin(span, "==", _field(span, _name(span, " that"), c.name), A.Literal(span, "null", None))
    call = A.Call(span, _name(span, c.name), "equals", [theirs])
    return A.Cond(span, _bin(span, "==", _name(span, c.name), A.Literal(span, "null", None)), both_null, call)


def _hash(span: Span, c: A.Param) -> A.Expr:
    """One component's hash as the boxed type's hashCode computes it (null hashes to 0)."""
    x = _name(span, c.name)
    if c.ty in _PRIMITIVE_HASH:
        return A.Cast(span, "int", x)
    if c.ty == "long":
        return A.Cast(span, "int", _bin(span, "^", x, _bin(span, ">>>", _name(span, c.name), _int(span, 32))))
    if c.ty == "boolean":
        return A.Cond(span, x, _int(span, 1231), _int(span, 1237))
    if c.ty == "double":  # Double.hashCode: the bits' two halves, exclusive-or'd
        bits = A.Call(span, _name(span, "Double"), "doubleToLongBits", [x])
        again = A.Call(span, _name(span, "Double"), "doubleToLongBits", [_name(span, c.name)])
        return A.Cast(span, "int", _bin(span, "^", bits, _bin(span, ">>>", again, _int(span, 32))))
    if c.ty == "float":  # Float.hashCode: the bits
        return A.Call(span, _name(span, "Float"), "floatToIntBits", [x])
    if c.ty.endswith("[]"):
        return _int(span, 0)  # an array's identity hash, which java does not keep from run to run
    isnull = _bin(span, "==", x, A.Literal(span, "null", None))
    return A.Cond(span, isnull, _int(span, 0), A.Call(span, _name(span, c.name), "hashCode", []))


def complete_record(decl: A.ClassDecl, comps: list[A.Param], compact: A.Block | None) -> None:
    span = decl.span
    types = [c.ty for c in comps]
    decl.fields[0:0] = [A.FieldDecl(c.span, {"private", "final"}, c.ty, c.name, None) for c in comps]
    assigns: list[A.Stmt] = [
        A.ExprStmt(
            c.span, A.Assign(c.span, "=", _field(c.span, A.This(c.span), c.name), _name(c.span, c.name))
        )
        for c in comps
    ]
    if compact is not None:
        params = [A.Param(c.span, c.ty, c.name) for c in comps]
        body = A.Block(compact.span, [*compact.body, *assigns], compact.end)
        decl.methods.append(A.MethodDecl(compact.span, {"public"}, "", decl.name, params, [], body))
    elif not any(m.ret == "" and [p.ty for p in m.params] == types for m in decl.methods):
        params = [A.Param(c.span, c.ty, c.name) for c in comps]
        decl.methods.append(
            A.MethodDecl(span, {"public"}, "", decl.name, params, [], A.Block(span, assigns, span))
        )
    for c in comps:
        if not _declares(decl, c.name, []):
            decl.methods.append(_method(c.span, c.ty, c.name, [], [A.Return(c.span, _name(c.span, c.name))]))
    if not _declares(decl, "toString", []):
        text: A.Expr = A.Literal(span, "string", decl.name + "[")
        for k, c in enumerate(comps):
            text = _bin(span, "+", text, A.Literal(span, "string", (", " if k else "") + c.name + "="))
            text = _bin(span, "+", text, _name(span, c.name))
        text = _bin(span, "+", text, A.Literal(span, "string", "]"))
        decl.methods.append(_method(span, "String", "toString", [], [A.Return(span, text)]))
    if not _declares(decl, "equals", ["Object"]):
        same: A.Expr = A.Literal(span, "boolean", True)
        for c in comps:
            same = _bin(span, "&&", same, _equal(span, c))
        test: list[A.Stmt] = [
            A.If(
                span,
                A.Unary(span, "!", A.InstanceOf(span, _name(span, " o"), decl.name)),
                A.Return(span, A.Literal(span, "boolean", False)),
                None,
            ),
            A.LocalVar(span, decl.name, " that", A.Cast(span, decl.name, _name(span, " o")), span),
            A.Return(span, same),
        ]
        decl.methods.append(_method(span, "boolean", "equals", [A.Param(span, "Object", " o")], test))
    if not _declares(decl, "hashCode", []):
        stmts: list[A.Stmt] = [A.LocalVar(span, "int", " h", _int(span, 0), span)]
        for c in comps:
            step = _bin(span, "+", _bin(span, "*", _int(span, 31), _name(span, " h")), _hash(span, c))
            stmts.append(A.ExprStmt(span, A.Assign(span, "=", _name(span, " h"), step)))
        stmts.append(A.Return(span, _name(span, " h")))
        decl.methods.append(_method(span, "int", "hashCode", [], stmts))
