"""Idris's surface syntax tree (what the parser builds and the elaborator reads), and its text form for
`emit --stage ast`."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass

from compilers.diagnostics import Span

# ---------------------------------------------------------------- expressions (also types and patterns)


@dataclass(slots=True)
class Var:
    name: str
    span: Span


@dataclass(slots=True)
class App:
    fn: Expr
    arg: Expr
    span: Span
    implicit: str | None = None  # `f {n = e}`: the implicit argument's name


@dataclass(slots=True)
class Lam:
    params: list[str]
    body: Expr
    span: Span


@dataclass(slots=True)
class Pi:
    name: str | None
    icit: str  # "expl", "impl" ({x : A}) or "auto" ({auto x : A} and constraints `C a =>`)
    quantity: int | None  # 0, 1 or None (unrestricted)
    dom: Expr
    cod: Expr
    span: Span


@dataclass(slots=True)
class Let:
    name: str
    type: Expr | None
    rhs: Expr
    body: Expr
    span: Span


@dataclass(slots=True)
class Alt:
    pat: Expr
    rhs: Expr | None  # None: `impossible`
    span: Span


@dataclass(slots=True)
class Case:
    scrut: Expr
    alts: list[Alt]
    span: Span


@dataclass(slots=True)
class If:
    cond: Expr
    then: Expr
    other: Expr
    span: Span


@dataclass(slots=True)
class DoStmt:
    kind: str  # "bind" (x <- e), "let" (let x = e), "expr"
    name: str | None
    expr: Expr
    span: Span


@dataclass(slots=True)
class Do:
    stmts: list[DoStmt]
    span: Span


@dataclass(slots=True)
class Hole:
    name: str
    span: Span


@dataclass(slots=True)
class Lit:
    value: int | str
    kind: str  # "int", "string", "char"
    span: Span


@dataclass(slots=True)
class ListLit:
    items: list[Expr]
    span: Span


@dataclass(slots=True)
class Tuple:
    items: list[Expr]
    span: Span


@dataclass(slots=True)
class Rewrite:
    proof: Expr
    body: Expr
    span: Span


@dataclass(slots=True)
class TypeU:
    span: Span


@dataclass(slots=True)
class Underscore:
    span: Span


@dataclass(slots=True)
class DPairE:
    """(x ** P x) as a type, (v ** prf) as a value or pattern; (x : A ** P x) with the binder's type."""

    left: Expr
    right: Expr
    dom: Expr | None
    span: Span


@dataclass(slots=True)
class As:
    """An as-pattern: name@pattern."""

    name: str
    pat: Expr
    span: Span


Expr = (
    Var
    | App
    | Lam
    | Pi
    | Let
    | Case
    | If
    | Do
    | Hole
    | Lit
    | ListLit
    | Tuple
    | Rewrite
    | TypeU
    | Underscore
    | As
    | DPairE
)

# ---------------------------------------------------------------- declarations


@dataclass(slots=True)
class Sig:
    name: str
    type: Expr
    span: Span
    totality: str | None = None  # "total", "partial", "covering" or the file's default


@dataclass(slots=True)
class Clause:
    lhs: Expr
    rhs: Expr | None  # None: `impossible`
    wheres: list[Decl]
    span: Span
    with_span: Span | None = None


@dataclass(slots=True)
class ConSig:
    name: str
    type: Expr
    span: Span


@dataclass(slots=True)
class Data:
    name: str
    type: Expr  # the family's type (Type for `data T = ...` without parameters)
    cons: list[ConSig]
    span: Span
    params: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Interface:
    name: str
    param: str
    param_type: Expr | None
    methods: list[Sig]
    defaults: list[Clause]
    span: Span
    supers: list[Expr] = field(default_factory=list)  # interface Eq a => Ord a: [Eq a]


@dataclass(slots=True)
class Implementation:
    constraints: list[Expr]
    iface: str
    type: Expr
    clauses: list[Clause]
    span: Span


@dataclass(slots=True)
class Pragma:
    name: str
    args: list[str]
    span: Span


Decl = Sig | Clause | Data | Interface | Implementation | Pragma


@dataclass(slots=True)
class Module:
    decls: list[Decl]
    filename: str
    source: str = ""


def dump(node: object, indent: int = 0) -> str:
    """A readable text form of a tree: one node a line, fields indented (spans left out)."""
    pad = "  " * indent
    if isinstance(node, list):
        return "".join(dump(x, indent) for x in node)
    if not is_dataclass(node):
        return f"{pad}{node!r}\n"
    simple = []
    nested = []
    for f in fields(node):
        if f.name in ("span", "with_span", "source"):
            continue
        value = getattr(node, f.name)
        if is_dataclass(value) or (isinstance(value, list) and value and is_dataclass(value[0])):
            nested.append((f.name, value))
        elif not (isinstance(value, list) and not value) and value is not None:
            simple.append(f"{f.name}={value!r}")
    out = f"{pad}{type(node).__name__} {' '.join(simple)}".rstrip() + "\n"
    for name, value in nested:
        out += f"{pad}  {name}:\n" + dump(value, indent + 2)
    return out
