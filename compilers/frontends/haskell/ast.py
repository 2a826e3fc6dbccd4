"""The Haskell syntax tree: expressions, patterns, types and declarations, each with its span.

Operators are resolved by fixity in the parser, so an operator application is an application of the
operator's variable (or constructor) to its two operands; names keep their qualification (`M.lookup`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass

from compilers.diagnostics import Span

# ---- types ----


@dataclass(slots=True)
class TyVar:
    name: str
    span: Span


@dataclass(slots=True)
class TyCon:
    name: str  # "Int", "[]" (the list constructor), "(,)" (pairs), "->", "()"
    span: Span


@dataclass(slots=True)
class TyApp:
    fun: Type
    arg: Type
    span: Span


Type = TyVar | TyCon | TyApp


@dataclass(slots=True)
class Pred:
    cls: str
    type: Type
    span: Span


# ---- patterns ----


@dataclass(slots=True)
class PVar:
    name: str
    span: Span


@dataclass(slots=True)
class PWild:
    span: Span


@dataclass(slots=True)
class PLit:
    value: int | str | float
    kind: str  # "int" | "char" | "string" | "float"
    span: Span


@dataclass(slots=True)
class PCon:
    name: str  # a constructor: "Just", ":", "[]", "()", "(,)", "(,,)"...
    args: list[Pat]
    span: Span


@dataclass(slots=True)
class PAs:
    name: str
    pat: Pat
    span: Span


@dataclass(slots=True)
class PLazy:
    pat: Pat
    span: Span


@dataclass(slots=True)
class PBang:
    pat: Pat
    span: Span


@dataclass(slots=True)
class PRec:
    con: str
    fields: list[tuple[str, Pat]]
    span: Span


Pat = PVar | PWild | PLit | PCon | PAs | PLazy | PBang | PRec

# ---- expressions ----


@dataclass(slots=True)
class EVar:
    name: str
    span: Span


@dataclass(slots=True)
class ECon:
    name: str
    span: Span


@dataclass(slots=True)
class ELit:
    value: int | str | float
    kind: str  # "int" | "char" | "string" | "float"
    span: Span


@dataclass(slots=True)
class EApp:
    fun: Expr
    arg: Expr
    span: Span


@dataclass(slots=True)
class ELam:
    pats: list[Pat]
    body: Expr
    span: Span


@dataclass(slots=True)
class ELet:
    decls: list[Decl]
    body: Expr
    span: Span


@dataclass(slots=True)
class EIf:
    cond: Expr
    then: Expr
    other: Expr
    span: Span


@dataclass(slots=True)
class Alt:
    pat: Pat
    rhs: Rhs
    span: Span


@dataclass(slots=True)
class ECase:
    scrutinee: Expr
    alts: list[Alt]
    span: Span


@dataclass(slots=True)
class SBind:
    pat: Pat
    expr: Expr
    span: Span


@dataclass(slots=True)
class SLet:
    decls: list[Decl]
    span: Span


@dataclass(slots=True)
class SExpr:
    expr: Expr
    span: Span


Stmt = SBind | SLet | SExpr


@dataclass(slots=True)
class EDo:
    stmts: list[Stmt]
    span: Span


@dataclass(slots=True)
class ETuple:
    items: list[Expr]
    span: Span


@dataclass(slots=True)
class EList:
    items: list[Expr]
    span: Span


@dataclass(slots=True)
class ESeq:
    start: Expr
    then: Expr | None
    end: Expr | None
    span: Span


@dataclass(slots=True)
class EComp:
    expr: Expr
    quals: list[Stmt]
    span: Span


@dataclass(slots=True)
class ELeftSection:
    expr: Expr
    op: Expr  # EVar or ECon
    span: Span


@dataclass(slots=True)
class ERightSection:
    op: Expr
    expr: Expr
    span: Span


@dataclass(slots=True)
class ENeg:
    expr: Expr
    span: Span


@dataclass(slots=True)
class ETyped:
    expr: Expr
    context: list[Pred]
    type: Type
    span: Span


@dataclass(slots=True)
class ERecCon:
    con: str
    fields: list[tuple[str, Expr]]
    span: Span


@dataclass(slots=True)
class ERecUpdate:
    expr: Expr
    fields: list[tuple[str, Expr]]
    span: Span


@dataclass(slots=True)
class EPatOnly:
    """`_`, `x@p` or `~p` met while reading an expression: valid only where the expression turns out to be a
    pattern (the left side of an equation, a do binding)."""

    pat: Pat
    span: Span


Expr = (
    EVar
    | ECon
    | ELit
    | EApp
    | ELam
    | ELet
    | EIf
    | ECase
    | EDo
    | ETuple
    | EList
    | ESeq
    | EComp
    | ELeftSection
    | ERightSection
    | ENeg
    | ETyped
    | ERecCon
    | ERecUpdate
    | EPatOnly
)

# ---- declarations ----


@dataclass(slots=True)
class Rhs:
    guards: list[tuple[list[Stmt], Expr]]  # empty: the plain right side `body`
    body: Expr | None
    where: list[Decl]
    span: Span


@dataclass(slots=True)
class DTypeSig:
    names: list[str]
    context: list[Pred]
    type: Type
    span: Span


@dataclass(slots=True)
class DFixity:
    assoc: str  # "infixl" | "infixr" | "infix"
    prec: int
    ops: list[str]
    span: Span


@dataclass(slots=True)
class DClause:
    """One equation `f p1 ... pn rhs` (n may be 0: `x = e`)."""

    name: str
    pats: list[Pat]
    rhs: Rhs
    span: Span


@dataclass(slots=True)
class DPatBind:
    pat: Pat
    rhs: Rhs
    span: Span


@dataclass(slots=True)
class ConDecl:
    name: str
    fields: list[Type]
    field_names: list[str] | None  # a record constructor's field names, in order
    strict: list[bool]
    span: Span
    infix: bool = False  # declared `a :+ b` or a `C` b


@dataclass(slots=True)
class DData:
    name: str
    tyvars: list[str]
    cons: list[ConDecl]
    deriving: list[str]
    newtype: bool
    span: Span
    deriving_spans: list[Span] = field(default_factory=list)  # where each derived class is named


@dataclass(slots=True)
class DTypeSyn:
    name: str
    tyvars: list[str]
    type: Type
    span: Span


@dataclass(slots=True)
class DClass:
    context: list[Pred]
    name: str
    tyvar: str
    decls: list[Decl]
    span: Span


@dataclass(slots=True)
class DInstance:
    context: list[Pred]
    cls: str
    type: Type
    decls: list[Decl]
    span: Span
    cls_span: Span | None = None
    head_span: Span | None = None  # `Show a => C (T a)`: from the context to the type's end


Decl = DTypeSig | DFixity | DClause | DPatBind | DData | DTypeSyn | DClass | DInstance


@dataclass(slots=True)
class Import:
    module: str
    qualified: bool
    alias: str | None
    names: list[str] | None  # an import list, or None for everything
    hiding: bool
    span: Span
    name_spans: list[Span] = field(default_factory=list)  # where each of `names` is
    subs: dict[str, list[str]] = field(default_factory=dict)  # a listed type's constructors, or [".."]


@dataclass(slots=True)
class Module:
    name: str
    imports: list[Import]
    decls: list[Decl] = field(default_factory=list)
    derived: bool = False  # the derived instances and record selectors are among the declarations
    derived_vars: set[int] = field(default_factory=set)  # id() of their variables (the Prelude's names)
    derived_spans: frozenset[Span] = frozenset()  # theirs (each a deriving clause's or its declaration's)


def dump(node: object) -> str:
    """A readable text form of the tree for `emit --stage ast` (spans left out)."""
    out: list[str] = []

    def go(n: object, indent: int) -> None:
        pad = "  " * indent
        if is_dataclass(n) and not isinstance(n, type):
            out.append(f"{pad}{type(n).__name__}")
            for f in fields(n):
                if f.name in ("span", "derived_vars", "derived_spans"):
                    continue
                v = getattr(n, f.name)
                if (
                    isinstance(v, list | tuple)
                    and v
                    and any(is_dataclass(x) or isinstance(x, tuple) for x in v)
                ):
                    out.append(f"{pad}  {f.name}:")
                    for x in v:
                        go(x, indent + 2)
                elif is_dataclass(v):
                    out.append(f"{pad}  {f.name}:")
                    go(v, indent + 2)
                else:
                    out.append(f"{pad}  {f.name}: {v!r}")
        elif isinstance(n, tuple):
            out.append(f"{pad}-")
            for x in n:
                if isinstance(x, list):
                    for y in x:
                        go(y, indent + 1)
                else:
                    go(x, indent + 1)
        else:
            out.append(f"{pad}{n!r}")

    go(node, 0)
    return "\n".join(out)


def show_written(e: object) -> str:
    """An expression much as a program writes it, for error messages: operators infix, literals in
    Haskell's syntax, parentheses only where application and operators need them; the rest as show_expr."""
    match e:
        case ELit(value, "string"):
            return '"' + _escaped(str(value), '"') + '"'
        case ELit(value, "char"):
            return "'" + _escaped(str(value), "'") + "'"
        case EApp():
            head, args = _app_spine(e)
            if _is_operator(head) and len(args) == 2:
                return f"{_operand(args[0])} {_op_name(head)} {_operand(args[1])}"
            return " ".join([_argument(head), *(_argument(a) for a in args)])
        case ENeg(x):
            return "-" + _argument(x)
        case ETyped(x, _, t):
            return f"{_operand(x)} :: {show_ast_type(t)}"
        case ETuple(items):
            return "(" + ", ".join(show_written(x) for x in items) + ")"
        case EList(items):
            return "[" + ", ".join(show_written(x) for x in items) + "]"
        case ELeftSection(x, op):
            return f"({_operand(x)} {_op_name(op)})"
        case ERightSection(op, x):
            return f"({_op_name(op)} {_operand(x)})"
    return show_expr(e)


def _app_spine(e: EApp) -> tuple[object, list[object]]:
    args: list[object] = []
    head: object = e
    while isinstance(head, EApp):
        args.append(head.arg)
        head = head.fun
    return head, args[::-1]


def _is_operator(e: object) -> bool:
    if not isinstance(e, EVar | ECon):
        return False
    base = e.name.rsplit(".", 1)[-1] if e.name[0].isupper() else e.name  # M.lookup, M.!, but . and ..
    return not ((base or e.name)[0].isalpha() or e.name[0] in "_([")


def _op_name(e: object) -> str:
    return e.name if isinstance(e, EVar | ECon) and _is_operator(e) else f"`{show_written(e)}`"


def _operand(e: object) -> str:
    """An operand of an operator: an application needs no parentheses, an operator application does."""
    shown = show_written(e)
    needs = isinstance(e, ELam | EIf | ECase | ELet | ETyped | ENeg) or (
        isinstance(e, EApp) and _is_operator(_app_spine(e)[0]) and len(_app_spine(e)[1]) == 2
    )
    return f"({shown})" if needs else shown


def _argument(e: object) -> str:
    """An argument of an application (or its function): anything but an atom in parentheses."""
    shown = show_written(e)
    if isinstance(e, EVar | ECon) and _is_operator(e):
        return f"({shown})"
    atomic = isinstance(e, EVar | ECon | ELit | ETuple | EList | ESeq | EComp | ELeftSection | ERightSection)
    return shown if atomic and not shown.startswith("-") else f"({shown})"


def _escaped(text: str, quote: str) -> str:
    out = []
    for c in text:
        if c in ("\\", quote):
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 32 or ord(c) == 127:
            out.append(f"\\{ord(c)}")
        else:
            out.append(c)
    return "".join(out)


def show_ast_type(t: object) -> str:
    match t:
        case TyVar(name) | TyCon(name):
            return name
        case TyApp():
            args: list[object] = []
            head: object = t
            while isinstance(head, TyApp):
                args.append(head.arg)
                head = head.fun
            args.reverse()
            if isinstance(head, TyCon) and head.name == "[]" and len(args) == 1:
                return f"[{show_ast_type(args[0])}]"
            if isinstance(head, TyCon) and head.name == "->" and len(args) == 2:
                return f"{show_ast_type(args[0])} -> {show_ast_type(args[1])}"
            if (
                isinstance(head, TyCon)
                and head.name.startswith("(,")
                and len(args) == head.name.count(",") + 1
            ):
                return "(" + ", ".join(show_ast_type(a) for a in args) + ")"
            parts = [show_ast_type(head), *(show_ast_type(a) for a in args)]
            return " ".join(p if " " not in p or p[0] in "[(" else f"({p})" for p in parts)
    return "_"


def show_expr(e: object) -> str:
    """A fully parenthesised one-line form of an expression or pattern (for tests and the explorer)."""
    match e:
        case EVar(name) | ECon(name):
            return name if name[0].isalpha() or name[0] in "_([" else f"({name})"
        case ELit(value, kind):
            return repr(value) if kind in ("char", "string") else str(value)
        case EApp():
            parts: list[str] = []
            head: object = e
            while isinstance(head, EApp):
                parts.append(show_expr(head.arg))
                head = head.fun
            return "(" + show_expr(head) + " " + " ".join(reversed(parts)) + ")"
        case ELam(pats, body):
            return f"(\\{' '.join(show_expr(p) for p in pats)} -> {show_expr(body)})"
        case ELet(decls, body):
            return f"(let {len(decls)} in {show_expr(body)})"
        case EIf(c, t, o):
            return f"(if {show_expr(c)} then {show_expr(t)} else {show_expr(o)})"
        case ECase(s, alts):
            inner = "; ".join(f"{show_expr(a.pat)} -> {_show_rhs(a.rhs)}" for a in alts)
            return f"(case {show_expr(s)} of {{{inner}}})"
        case EDo(stmts):
            return "(do {" + "; ".join(_show_stmt(s) for s in stmts) + "})"
        case ETuple(items):
            return "(" + ", ".join(show_expr(x) for x in items) + ")"
        case EList(items):
            return "[" + ", ".join(show_expr(x) for x in items) + "]"
        case ESeq(a, b, c):
            second = "" if b is None else ", " + show_expr(b)
            last = "" if c is None else " " + show_expr(c)
            return f"[{show_expr(a)}{second} ..{last}]"
        case EComp(x, quals):
            return f"[{show_expr(x)} | " + ", ".join(_show_stmt(s) for s in quals) + "]"
        case ELeftSection(x, op):
            return f"({show_expr(x)} {show_expr(op)})"
        case ERightSection(op, x):
            return f"({show_expr(op)} {show_expr(x)})"
        case ENeg(x):
            return f"(negate {show_expr(x)})"
        case ETyped(x, _, _):
            return f"({show_expr(x)} :: _)"
        case EPatOnly(p):
            return show_expr(p)
        case PVar(name):
            return name
        case PWild():
            return "_"
        case PLit(value, kind):
            return repr(value) if kind in ("char", "string") else str(value)
        case PCon(name, args):
            if not args:
                return name
            shown = name if name[0].isalpha() or name[0] in "([" else f"({name})"
            return f"({shown} " + " ".join(show_expr(a) for a in args) + ")"
        case PAs(name, p):
            return f"{name}@{show_expr(p)}"
        case PLazy(p):
            return f"~{show_expr(p)}"
        case PBang(p):
            return f"!{show_expr(p)}"
    return type(e).__name__


def _show_rhs(rhs: Rhs) -> str:
    if rhs.body is not None:
        return show_expr(rhs.body)
    return " ".join(
        "| " + ", ".join(_show_stmt(s) for s in guards) + " = " + show_expr(body)
        for guards, body in rhs.guards
    )


def _show_stmt(s: object) -> str:
    match s:
        case SBind(p, e):
            return f"{show_expr(p)} <- {show_expr(e)}"
        case SLet(decls):
            return f"let {len(decls)}"
        case SExpr(e):
            return show_expr(e)
    return "?"
