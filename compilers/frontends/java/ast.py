"""The Java syntax tree. Types are written as strings: "int", "long", "char", "boolean", "byte", "short",
"void", "String", a class name, or any of these followed by "[]" per dimension; the checker fills in each
expression's `ty` and what each name and call refers to."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from compilers.diagnostics import Span


@dataclass(eq=False)
class Node:
    span: Span


# ---- expressions ---------------------------------------------------------------------------------


@dataclass(eq=False)
class Expr(Node):
    ty: str = field(default="", init=False, repr=False)


@dataclass(eq=False)
class Literal(Expr):
    kind: str  # "int" "long" "char" "string" "boolean" "null"
    value: Any


@dataclass(eq=False)
class Name(Expr):
    ident: str
    # Filled by the checker: ("local", slot) | ("field", FieldInfo) | ("static", FieldInfo) | ("class", name)
    # | ("capture", FieldInfo) | ("outer", hops, FieldInfo): an enclosing instance's field
    ref: Any = field(default=None, init=False, repr=False)


@dataclass(eq=False)
class FieldAccess(Expr):
    target: Expr
    ident: str
    ref: Any = field(default=None, init=False, repr=False)  # FieldInfo, or "length" of an array


@dataclass(eq=False)
class This(Expr):
    qual: str = ""  # Outer.this
    # Filled by the checker: the fields leading from this object to the enclosing instance meant
    # (Outer.this, or the receiver of an enclosing class's member used unqualified).
    hops: list[Any] = field(default_factory=list, init=False, repr=False)


@dataclass(eq=False)
class SuperRef(Expr):
    iface: str = ""  # I.super: the superinterface I whose default method is called


@dataclass(eq=False)
class Call(Expr):
    target: Expr | None  # None: an unqualified call
    ident: str
    args: list[Expr]
    targs: list[str] = field(default_factory=list)  # explicit type arguments: `Collections.<String>f()`
    # Filled by the checker: the MethodInfo, or a ("builtin", key) pair for the library.
    ref: Any = field(default=None, init=False, repr=False)
    virtual: bool = field(default=False, init=False, repr=False)
    sig: list[str] = field(default_factory=list, init=False, repr=False)  # the parameters' types here


@dataclass(eq=False)
class New(Expr):
    cls: str
    args: list[Expr]
    cls_span: Span  # the class name (where javac reports a class it cannot find)
    ref: Any = field(default=None, init=False, repr=False)  # the constructor's MethodInfo
    sig: list[str] = field(default_factory=list, init=False, repr=False)  # the parameters' types here
    body: ClassDecl | None = None  # an anonymous class's members
    outer: Expr | None = None  # outer.new Inner(): the enclosing instance given
    # Filled by the checker: for each class of the new object with an enclosing instance, its field and
    # the hops to that instance from here; for each captured local, its field and its Name.ref here.
    outers: list[Any] = field(default_factory=list, init=False, repr=False)
    captured: list[Any] = field(default_factory=list, init=False, repr=False)


@dataclass(eq=False)
class NewArray(Expr):
    elem: str  # the element type of the outermost dimension's array
    dims: list[Expr]  # the sizes given
    extra: int  # the dimensions left empty (`new int[3][]`)


@dataclass(eq=False)
class ArrayLit(Expr):
    elems: list[Expr]
    decl: str = ""  # the array type, when written (`new int[]{...}`) or from the declaration


@dataclass(eq=False)
class Index(Expr):
    target: Expr
    index: Expr


@dataclass(eq=False)
class Unary(Expr):
    op: str  # - + ! ~
    operand: Expr


@dataclass(eq=False)
class IncDec(Expr):
    op: str  # ++ --
    prefix: bool
    target: Expr


@dataclass(eq=False)
class Binary(Expr):
    op: str
    left: Expr
    right: Expr
    operand_ty: str = field(default="", init=False, repr=False)  # the promoted type of the operands


@dataclass(eq=False)
class Assign(Expr):
    op: str  # = += -= ...
    target: Expr
    value: Expr
    operand_ty: str = field(default="", init=False, repr=False)


@dataclass(eq=False)
class Cond(Expr):
    cond: Expr
    then: Expr
    other: Expr


@dataclass(eq=False)
class SwitchExpr(Expr):
    """A switch expression: each case's body ends in a `yield` (an arrow case's expression is one)."""

    subject: Expr
    cases: list[Case]
    hidden: Any = field(default=None, init=False, repr=False)


@dataclass(eq=False)
class Lambda(Expr):
    """`(a, b) -> body`: params are (type or "", name); body an expression or a block. The checker
    gives it a class implementing its target interface (info) and the locals it captures."""

    params: list[tuple[str, str]]
    body: Expr | Block
    info: Any = field(default=None, init=False, repr=False)
    scope: Any = field(default=None, init=False, repr=False)  # where it was written (the checker's)


@dataclass(eq=False)
class MethodRef(Expr):
    """`Type::name`, `expr::name` or `Type::new`; the checker writes it out as a Lambda (lam)."""

    target: Expr
    ident: str
    lam: Any = field(default=None, init=False, repr=False)
    scope: Any = field(default=None, init=False, repr=False)


@dataclass(eq=False)
class Cast(Expr):
    to: str
    operand: Expr


@dataclass(eq=False)
class InstanceOf(Expr):
    operand: Expr
    cls: str
    bind: str | None = None  # `x instanceof Foo f`
    slot: Any = field(default=None, init=False, repr=False)


# ---- statements ----------------------------------------------------------------------------------


@dataclass(eq=False)
class Stmt(Node):
    pass


@dataclass(eq=False)
class LocalVar(Stmt):
    ty: str
    name: str
    init: Expr | None
    name_span: Span
    slot: Any = field(default=None, init=False, repr=False)
    final: bool = field(default=False, init=False, repr=False)
    resource: bool = field(default=False, init=False, repr=False)  # declared by try-with-resources


@dataclass(eq=False)
class ExprStmt(Stmt):
    expr: Expr


@dataclass(eq=False)
class Block(Stmt):
    body: list[Stmt]
    end: Span | None = None  # the closing brace (where javac reports a missing return)


@dataclass(eq=False)
class If(Stmt):
    cond: Expr
    then: Stmt
    other: Stmt | None


@dataclass(eq=False)
class While(Stmt):
    cond: Expr
    body: Stmt


@dataclass(eq=False)
class DoWhile(Stmt):
    body: Stmt
    cond: Expr


@dataclass(eq=False)
class For(Stmt):
    init: list[Stmt]
    cond: Expr | None
    update: list[Expr]
    body: Stmt


@dataclass(eq=False)
class ForEach(Stmt):
    var: LocalVar
    iterable: Expr
    body: Stmt
    hidden: Any = field(default=None, init=False, repr=False)  # the checker's slots for array and index


@dataclass(eq=False)
class Case(Node):
    labels: list[Expr]  # empty: default
    body: list[Stmt]


@dataclass(eq=False)
class Switch(Stmt):
    subject: Expr
    cases: list[Case]
    hidden: Any = field(default=None, init=False, repr=False)


@dataclass(eq=False)
class Break(Stmt):
    label: str = ""  # break outer;


@dataclass(eq=False)
class Continue(Stmt):
    label: str = ""


@dataclass(eq=False)
class Labeled(Stmt):
    """`outer: for (...) ...`: a statement that `break outer;` leaves (and `continue outer;` repeats,
    when it is a loop)."""

    label: str
    body: Stmt


@dataclass(eq=False)
class Yield(Stmt):
    value: Expr


@dataclass(eq=False)
class Return(Stmt):
    value: Expr | None


@dataclass(eq=False)
class Throw(Stmt):
    value: Expr


@dataclass(eq=False)
class Catch(Node):
    types: list[str]
    name: str
    body: Block
    slot: Any = field(default=None, init=False, repr=False)
    type_spans: list[Span] = field(default_factory=list)  # where each alternative is written


@dataclass(eq=False)
class Try(Stmt):
    body: Block
    catches: list[Catch]
    final: Block | None


@dataclass(eq=False)
class Empty(Stmt):
    pass


@dataclass(eq=False)
class LocalClass(Stmt):
    decl: ClassDecl


# ---- declarations --------------------------------------------------------------------------------


@dataclass(eq=False)
class Param(Node):
    ty: str
    name: str
    slot: Any = field(default=None, init=False, repr=False)
    varargs: bool = field(default=False, init=False, repr=False)  # `int... xs` (ty is then "int[]")


@dataclass(eq=False)
class FieldDecl(Node):
    modifiers: set[str]
    ty: str
    name: str
    init: Expr | None


@dataclass(eq=False)
class MethodDecl(Node):
    modifiers: set[str]
    ret: str  # "" for a constructor
    name: str
    params: list[Param]
    throws: list[str]
    body: Block | None
    info: Any = field(default=None, init=False, repr=False)
    tparams: list[tuple[str, str]] = field(default_factory=list)  # <T extends B>: (T, B)


@dataclass(eq=False)
class ClassDecl(Node):
    modifiers: set[str]
    kind: str  # "class" | "interface"
    name: str
    extends: str | None
    implements: list[str]
    fields: list[FieldDecl]
    methods: list[MethodDecl]
    inits: list[Block]  # static initialiser blocks
    nested: list[ClassDecl] = field(default_factory=list)
    constants: list[EnumConstant] = field(default_factory=list)  # an enum's, in order
    tparams: list[tuple[str, str]] = field(default_factory=list)  # <T extends B>: (T, B)
    library: str = ""  # the package of a library class (java.lang, java.util), "" for the program's
    # Instance initialiser blocks, each with the number of fields declared before it (the constructors
    # run the field initialisers and these blocks in the order they are written).
    instance_inits: list[tuple[int, Block]] = field(default_factory=list)


@dataclass(eq=False)
class EnumConstant(Node):
    name: str
    args: list[Expr]
    body: ClassDecl | None = None  # `PLUS { int apply(...) { ... } }`: an anonymous subclass's members
    ref: Any = field(default=None, init=False, repr=False)  # the constructor's MethodInfo


@dataclass(eq=False)
class CompilationUnit(Node):
    classes: list[ClassDecl]
    # `import static java.lang.Math.*;` and `import static java.lang.Math.max;`: (class, member or "*")
    static_imports: list[tuple[str, str]] = field(default_factory=list)
    info: Any = field(default=None, init=False, repr=False)  # the checker's program description


def dump(node: object, indent: int = 0) -> str:
    """A readable text form of the tree for `emit --stage ast`."""
    pad = "  " * indent
    if isinstance(node, list):
        return "\n".join(dump(item, indent) for item in node)
    if not isinstance(node, Node):
        return pad + repr(node)
    lines = [f"{pad}{type(node).__name__} @{node.span.line}:{node.span.column}"]
    for f in fields(node):
        if f.name in ("span", "slot", "ref", "info", "hidden", "name_span") or not f.init:
            continue
        value = getattr(node, f.name)
        if isinstance(value, Node | list) and value and not isinstance(value, str):
            if isinstance(value, list) and not all(isinstance(v, Node) for v in value):
                lines.append(f"{pad}  {f.name}: {value!r}")
                continue
            lines.append(f"{pad}  {f.name}:")
            lines.append(dump(value, indent + 2))
        else:
            lines.append(f"{pad}  {f.name}: {value!r}")
    return "\n".join(lines)
