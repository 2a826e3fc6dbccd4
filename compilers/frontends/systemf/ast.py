"""System F's syntax tree: types, expressions and declarations, each with its source span. The checker
fills in `type` on every expression (the type it has), which the lowering reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from compilers.core.syntax import Type
from compilers.diagnostics import Span

# ---------------------------------------------------------------- types as written


@dataclass(slots=True)
class TName:
    """Int, Bool, a type variable, or a data type applied to arguments (`List A`)."""

    name: str
    args: list[SType]
    span: Span


@dataclass(slots=True)
class TArrow:
    arg: SType
    res: SType
    span: Span


@dataclass(slots=True)
class TAll:
    var: str
    body: SType
    span: Span


SType = TName | TArrow | TAll

# ---------------------------------------------------------------- expressions


@dataclass(slots=True, eq=False)
class Node:
    span: Span
    type: Type | None = field(default=None, init=False)


@dataclass(slots=True, eq=False)
class IntLit(Node):
    value: int = 0


@dataclass(slots=True, eq=False)
class BoolLit(Node):
    value: bool = False


@dataclass(slots=True, eq=False)
class Name(Node):
    name: str = ""


@dataclass(slots=True, eq=False)
class ConRef(Node):
    name: str = ""


@dataclass(slots=True, eq=False)
class Lambda(Node):
    param: str = ""
    param_type: SType | None = None
    body: Expr | None = None


@dataclass(slots=True, eq=False)
class TypeLambda(Node):
    var: str = ""
    body: Expr | None = None


@dataclass(slots=True, eq=False)
class Apply(Node):
    fn: Expr | None = None
    arg: Expr | None = None


@dataclass(slots=True, eq=False)
class TypeApply(Node):
    fn: Expr | None = None
    arg: SType | None = None


@dataclass(slots=True, eq=False)
class LetIn(Node):
    name: str = ""
    annot: SType | None = None
    rhs: Expr | None = None
    body: Expr | None = None


@dataclass(slots=True, eq=False)
class If(Node):
    cond: Expr | None = None
    then: Expr | None = None
    other: Expr | None = None


@dataclass(slots=True, eq=False)
class BinOp(Node):
    op: str = ""
    left: Expr | None = None
    right: Expr | None = None


@dataclass(slots=True, eq=False)
class Negate(Node):
    operand: Expr | None = None


@dataclass(slots=True, eq=False)
class Fix(Node):
    fn: Expr | None = None


@dataclass(slots=True, eq=False)
class Read(Node):
    """`readInt`: the next integer of the program's input (an effect, done where it is evaluated)."""


@dataclass(slots=True)
class CaseAlt:
    span: Span
    body: Expr
    con: str | None = None  # a constructor, or None
    vars: list[tuple[str, Span]] = field(default_factory=list)
    lit: int | bool | None = None  # an integer, true/false, or None (with con None: the default `_`)


@dataclass(slots=True, eq=False)
class CaseOf(Node):
    scrut: Expr | None = None
    alts: list[CaseAlt] = field(default_factory=list)


Expr = (
    IntLit
    | BoolLit
    | Name
    | ConRef
    | Lambda
    | TypeLambda
    | Apply
    | TypeApply
    | LetIn
    | If
    | BinOp
    | Negate
    | Fix
    | Read
    | CaseOf
)

# ---------------------------------------------------------------- declarations


@dataclass(slots=True)
class ConSpec:
    name: str
    fields: list[SType]
    span: Span


@dataclass(slots=True)
class DataDef:
    name: str
    params: list[str]
    cons: list[ConSpec]
    span: Span


@dataclass(slots=True)
class LetDef:
    name: str
    annot: SType | None
    rhs: Expr
    span: Span


@dataclass(slots=True)
class PrintDef:
    expr: Expr
    span: Span


Decl = DataDef | LetDef | PrintDef


@dataclass(slots=True)
class SFProgram:
    decls: list[Decl]
    filename: str
    uses_fix: list[Span] = field(default_factory=list)  # filled by the checker


# ---------------------------------------------------------------- text


def show_type(t: SType) -> str:
    match t:
        case TName(name, []):
            return name
        case TName(name, args):
            return " ".join([name, *(_atype(a) for a in args)])
        case TArrow(a, r):
            left = show_type(a)
            return (
                f"({left}) -> {show_type(r)}" if isinstance(a, TArrow | TAll) else f"{left} -> {show_type(r)}"
            )
        case TAll(v, body):
            return f"forall {v}. {show_type(body)}"
    raise TypeError(t)


def _atype(t: SType) -> str:
    return show_type(t) if isinstance(t, TName) and not t.args else f"({show_type(t)})"


def show(e: Expr | None) -> str:
    """An expression as source text (for error messages)."""
    match e:
        case IntLit(value=v):
            return str(v)
        case BoolLit(value=v):
            return "true" if v else "false"
        case Name(name=n) | ConRef(name=n):
            return n
        case Lambda(param=p, param_type=t, body=b):
            assert t is not None
            return f"\\{p}:{show_type(t)}. {show(b)}"
        case TypeLambda(var=v, body=b):
            return f"/\\{v}. {show(b)}"
        case Apply(fn=f, arg=a):
            return f"{_fn(f)} {_arg(a)}"
        case TypeApply(fn=f, arg=t):
            assert t is not None
            return f"{_fn(f)} [{show_type(t)}]"
        case LetIn(name=n, rhs=r, body=b):
            return f"let {n} = {show(r)} in {show(b)}"
        case If(cond=c, then=t, other=o):
            return f"if {show(c)} then {show(t)} else {show(o)}"
        case BinOp(op=op, left=l, right=r):
            return f"{_arg(l)} {op} {_arg(r)}"
        case Negate(operand=o):
            return f"-{_arg(o)}"
        case Fix(fn=f):
            return f"fix {_arg(f)}"
        case Read():
            return "readInt"
        case CaseOf(scrut=s):
            return f"case {show(s)} of ..."
    return "?"


def _fn(e: Expr | None) -> str:
    return show(e) if isinstance(e, Name | ConRef | Apply | TypeApply | IntLit | BoolLit) else f"({show(e)})"


def _arg(e: Expr | None) -> str:
    return show(e) if isinstance(e, Name | ConRef | IntLit | BoolLit) else f"({show(e)})"


def dump(program: SFProgram) -> str:
    out = []
    for d in program.decls:
        match d:
            case DataDef(name, params, cons, _):
                cs = " | ".join(" ".join([c.name, *(_atype(f) for f in c.fields)]) for c in cons)
                out.append(f"data {' '.join([name, *params])} = {cs}")
            case LetDef(name, annot, rhs, _):
                ann = f" : {show_type(annot)}" if annot else ""
                out.append(f"let {name}{ann} = {show(rhs)}")
            case PrintDef(expr, _):
                out.append(f"print {show(expr)}")
    return "\n".join(out) + "\n"
