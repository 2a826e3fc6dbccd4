"""The C syntax tree. Every node has a span; the checker fills in `ctype` on expressions and `symbol` on
names and declarations, and wraps operands in Convert nodes where C converts implicitly, so that lowering
reads every conversion off the tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from compilers.diagnostics import Span
from compilers.frontends.c.ctype import CType, Member

# Type syntax: what the source wrote; the checker turns it into a CType.


@dataclass(slots=True)
class BasicSpec:
    span: Span
    names: list[str]  # "unsigned", "long", "int", ... in source order


@dataclass(slots=True)
class StructSpec:
    span: Span
    tag: str | None
    members: list[Decl] | None  # None for a reference to a struct declared elsewhere
    union: bool = False


@dataclass(slots=True)
class Enumerator:
    span: Span
    name: str
    value: Expr | None


@dataclass(slots=True)
class EnumSpec:
    span: Span
    tag: str | None
    items: list[Enumerator] | None


@dataclass(slots=True)
class TypedefSpec:
    span: Span
    name: str


TypeSpec = BasicSpec | StructSpec | EnumSpec | TypedefSpec


@dataclass(slots=True)
class PointerD:
    span: Span


@dataclass(slots=True)
class ArrayD:
    span: Span
    size: Expr | None


@dataclass(slots=True)
class FuncD:
    span: Span
    params: list[Param]
    variadic: bool
    has_prototype: bool  # false for `f()`, which declares no parameter list


Derived = PointerD | ArrayD | FuncD


@dataclass(slots=True)
class Declarator:
    span: Span
    name: str | None  # None for an abstract declarator (casts, sizeof, unnamed parameters)
    derived: list[Derived]  # applied to the base type in order: `int *a[3]` is [PointerD, ArrayD(3)]


@dataclass(slots=True)
class Param:
    span: Span
    spec: TypeSpec
    declarator: Declarator
    symbol: Symbol | None = None


@dataclass(slots=True)
class TypeName:
    span: Span
    spec: TypeSpec
    declarator: Declarator
    ctype: CType | None = None


# Symbols: what a name refers to, shared by its declaration and its uses.


@dataclass(eq=False, slots=True)
class Symbol:
    name: str
    ctype: CType
    storage: str  # "global", "static" (a static local), "local", "param", "function", "enum", "typedef"
    uid: int  # distinguishes locals of the same name in different scopes
    span: Span
    value: int = 0  # an enumeration constant's value
    defined: bool = False  # a function with a body, or a global with a definition
    # A local whose address escapes must live in Store words, not a temp; for main, that the program calls
    # it or takes its address.
    address_taken: bool = False
    decl: Decl | None = None  # the declaration of a variable (for a static local's initialiser)
    # A variable-length array's lengths, outermost first (longs, computed when it is declared).
    vla_lengths: list[Expr] | None = None


# Expressions


@dataclass(slots=True)
class Expr:
    span: Span
    ctype: CType | None = field(default=None, kw_only=True)


@dataclass(slots=True)
class IntLit(Expr):
    value: int
    unsigned: bool = False  # a U suffix
    long: bool = False  # an L suffix
    decimal: bool = True  # decimal constants never become unsigned without a suffix


@dataclass(slots=True)
class FloatLit(Expr):
    text: str


@dataclass(slots=True)
class CharLit(Expr):
    value: int


@dataclass(slots=True)
class StringLit(Expr):
    codes: list[int]  # without the terminating 0


@dataclass(slots=True)
class Name(Expr):
    name: str
    symbol: Symbol | None = None


@dataclass(slots=True)
class Unary(Expr):
    op: str  # - + ! ~ & *
    operand: Expr


@dataclass(slots=True)
class IncDec(Expr):
    op: str  # ++ --
    prefix: bool
    operand: Expr


@dataclass(slots=True)
class Binary(Expr):
    op: str
    left: Expr
    right: Expr


@dataclass(slots=True)
class Assign(Expr):
    op: str  # "=" or a compound operator such as "+="
    target: Expr
    value: Expr
    # For a compound assignment: the type the operation is done in (the checker sets it).
    op_type: CType | None = None


@dataclass(slots=True)
class Conditional(Expr):
    cond: Expr
    then: Expr
    otherwise: Expr


@dataclass(slots=True)
class Call(Expr):
    func: Expr
    args: list[Expr]


@dataclass(slots=True)
class Index(Expr):
    base: Expr
    index: Expr


@dataclass(slots=True)
class MemberAccess(Expr):
    base: Expr
    name: str
    arrow: bool
    member: Member | None = None


@dataclass(slots=True)
class Cast(Expr):
    type_name: TypeName
    operand: Expr


@dataclass(slots=True)
class Convert(Expr):
    """An implicit conversion the checker inserted; ctype is the type converted to."""

    operand: Expr


@dataclass(slots=True)
class SizeofType(Expr):
    type_name: TypeName
    value: int = 0


@dataclass(slots=True)
class SizeofExpr(Expr):
    operand: Expr
    value: int = 0


@dataclass(slots=True)
class Comma(Expr):
    left: Expr
    right: Expr


@dataclass(slots=True)
class InitList(Expr):
    items: list[Expr]


@dataclass(slots=True)
class Designation(Expr):
    """`.name = value`, `[index] = value` or a chain of them (`[1].y = 2`) in an initialiser list."""

    designators: list[str | Expr]  # a member name, or an index expression
    value: Expr


@dataclass(slots=True)
class CompoundLiteral(Expr):
    """`(type){ initialisers }`: an unnamed object, an lvalue."""

    type_name: TypeName
    init: Expr  # an InitList as written; after checking, what initializes the object


# Statements


@dataclass(slots=True)
class Stmt:
    span: Span


@dataclass(slots=True)
class Block(Stmt):
    items: list[Stmt]


@dataclass(slots=True)
class ExprStmt(Stmt):
    expr: Expr | None


@dataclass(slots=True)
class If(Stmt):
    cond: Expr
    then: Stmt
    otherwise: Stmt | None


@dataclass(slots=True)
class While(Stmt):
    cond: Expr
    body: Stmt


@dataclass(slots=True)
class DoWhile(Stmt):
    body: Stmt
    cond: Expr


@dataclass(slots=True)
class For(Stmt):
    init: Stmt | None  # a DeclStmt or an ExprStmt
    cond: Expr | None
    step: Expr | None
    body: Stmt


@dataclass(slots=True)
class Return(Stmt):
    value: Expr | None


@dataclass(slots=True)
class Break(Stmt):
    pass


@dataclass(slots=True)
class Continue(Stmt):
    pass


@dataclass(slots=True)
class Switch(Stmt):
    expr: Expr
    body: Stmt
    cases: list[Case] = field(default_factory=list)  # filled in by the checker
    default: Default | None = None


@dataclass(slots=True)
class Case(Stmt):
    value: Expr
    body: Stmt
    constant: int = 0


@dataclass(slots=True)
class Default(Stmt):
    body: Stmt


@dataclass(slots=True)
class Goto(Stmt):
    label: str


@dataclass(slots=True)
class Labeled(Stmt):
    label: str
    body: Stmt


@dataclass(slots=True)
class Decl(Stmt):
    """One declarator of a declaration: `int a = 1, *b;` is two Decls."""

    storage: str | None  # "typedef", "static", "extern" or None
    spec: TypeSpec
    declarator: Declarator | None  # None for `struct s { ... };` alone
    init: Expr | None
    symbol: Symbol | None = None
    ctype: CType | None = None
    bits: Expr | None = None  # a struct member's bit-field width


@dataclass(slots=True)
class DeclStmt(Stmt):
    decls: list[Decl]


@dataclass(slots=True)
class FuncDef:
    span: Span
    storage: str | None
    spec: TypeSpec
    declarator: Declarator
    body: Block
    symbol: Symbol | None = None
    params: list[Symbol] = field(default_factory=list)  # filled in by the checker
    locals: list[Symbol] = field(default_factory=list)  # every local of the body, filled in by the checker


@dataclass(slots=True)
class TranslationUnit:
    span: Span
    items: list[Decl | FuncDef]


Node = Expr | Stmt | FuncDef | TranslationUnit


def dump(node: object, indent: int = 0) -> str:
    """A readable, indented text form of a tree, for `emit --stage ast`."""
    lines: list[str] = []
    _dump(node, indent, lines, "")
    return "\n".join(lines) + "\n"


# Fields the dump leaves out: positions are shown on every line, and the checker's cross-references
# (symbols, members, the collected cases of a switch) would repeat what the tree already shows.
_HIDDEN = frozenset({"span", "symbol", "member", "locals", "cases", "default", "decimal"})
_SHOWN: dict[type, tuple[str, ...]] = {}


def _shown_fields(cls: type) -> tuple[str, ...]:
    names = _SHOWN.get(cls)
    if names is None:
        names = tuple(
            f.name
            for f in fields(cls)
            if f.name not in _HIDDEN and not (f.name == "params" and cls is FuncDef)
        )
        _SHOWN[cls] = names
    return names


def _is_node(value: object) -> bool:
    return hasattr(type(value), "__dataclass_fields__") and not isinstance(value, CType)


def _dump(node: object, indent: int, lines: list[str], label: str) -> None:
    pad = "  " * indent + (f"{label}: " if label else "")
    if not _is_node(node):
        lines.append(pad + repr(node))
        return
    attrs: list[str] = []
    children: list[tuple[str, object]] = []
    for name in _shown_fields(type(node)):
        value = getattr(node, name)
        if isinstance(value, CType):
            attrs.append(f"{name}={value}")
        elif name == "codes" and isinstance(node, StringLit):
            attrs.append("text=" + repr("".join(chr(code % 256 if code < 0 else code) for code in value)))
        elif _is_node(value) or (isinstance(value, list) and value and _is_node(value[0])):
            children.append((name, value))
        elif value is not None and value != [] and value is not False:
            attrs.append(f"{name}={value!r}")
    span = getattr(node, "span", None)
    where = f" @{span.line}:{span.column}" if isinstance(span, Span) else ""
    lines.append(f"{pad}{type(node).__name__}{where}" + (" " + " ".join(attrs) if attrs else ""))
    for name, child in children:
        if isinstance(child, list):
            lines.append("  " * (indent + 1) + f"{name}:")
            for item in child:
                _dump(item, indent + 2, lines, "")
        else:
            _dump(child, indent + 1, lines, name)
