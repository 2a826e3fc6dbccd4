"""The Python syntax tree: the subset's statements and expressions, each node with the span it came from."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from compilers.diagnostics import Span


@dataclass(eq=False)
class Node:
    span: Span


# ---- expressions ----


@dataclass(eq=False)
class Expr(Node):
    pass


@dataclass(eq=False)
class Name(Expr):
    id: str


@dataclass(eq=False)
class Const(Expr):
    value: int | str | bool | None


@dataclass(eq=False)
class EllipsisLit(Expr):
    """`...`, the Ellipsis object."""


@dataclass(eq=False)
class FloatLit(Expr):
    text: str


@dataclass(eq=False)
class FormatField(Node):
    value: Expr
    conversion: str  # "", "r", "s", "a"
    spec: str  # the specification's text; with fields in it ({x:>{width}}), its literal text alone
    spec_fields: FString | None = None  # a specification with fields: made when the field is


@dataclass(eq=False)
class FString(Expr):
    parts: list[str | FormatField]


@dataclass(eq=False)
class BinOp(Expr):
    op: str
    left: Expr
    right: Expr


@dataclass(eq=False)
class UnaryOp(Expr):
    op: str  # "-", "+", "~", "not"
    operand: Expr


@dataclass(eq=False)
class BoolOp(Expr):
    op: str  # "and", "or"
    values: list[Expr]


@dataclass(eq=False)
class Compare(Expr):
    left: Expr
    ops: list[str]  # "<", "==", "in", "not in", "is", "is not", ...
    comparators: list[Expr]


@dataclass(eq=False)
class IfExp(Expr):
    test: Expr
    body: Expr
    orelse: Expr


@dataclass(eq=False)
class Keyword(Node):
    name: str | None  # None for **mapping
    value: Expr


@dataclass(eq=False)
class Starred(Expr):
    value: Expr


@dataclass(eq=False)
class Call(Expr):
    func: Expr
    args: list[Expr]  # may hold Starred
    keywords: list[Keyword]


@dataclass(eq=False)
class Attribute(Expr):
    value: Expr
    attr: str


@dataclass(eq=False)
class Slice(Expr):
    lower: Expr | None
    upper: Expr | None
    step: Expr | None


@dataclass(eq=False)
class Subscript(Expr):
    value: Expr
    index: Expr  # a Slice for a[i:j]


@dataclass(eq=False)
class ListExpr(Expr):
    elts: list[Expr]


@dataclass(eq=False)
class TupleExpr(Expr):
    elts: list[Expr]


@dataclass(eq=False)
class SetExpr(Expr):
    elts: list[Expr]


@dataclass(eq=False)
class DictExpr(Expr):
    keys: list[Expr | None]  # None: the value is a mapping whose items the display takes (`**d`)
    values: list[Expr]


@dataclass(eq=False)
class Comprehension(Node):
    target: Expr
    iter: Expr
    ifs: list[Expr]


@dataclass(eq=False)
class ListComp(Expr):
    elt: Expr
    generators: list[Comprehension]
    kind: str = "list"  # "list", "set", "gen"
    scope: Scope | None = None
    # A generator expression runs lazily, as CPython runs it: the checker makes it this generator function
    # of the first iterable's iterator (`def <genexpr>(.0): for target in .0: if cond: yield elt`).
    gen_def: FunctionDef | None = None


@dataclass(eq=False)
class DictComp(Expr):
    key: Expr
    value: Expr
    generators: list[Comprehension]
    scope: Scope | None = None


@dataclass(eq=False)
class Param(Node):
    name: str
    default: Expr | None
    kind: str = ""  # "", "*" (*args), "**" (**kwargs)
    keyword_only: bool = False  # after `*` or `*args`


@dataclass(eq=False)
class Lambda(Expr):
    params: list[Param]
    body: Expr
    scope: Scope | None = None
    # `lambda: (yield x)` is a generator: the checker gives it the statements `<yield> = yield x` and
    # `return <yield>`, which its generator's code runs
    gen_body: list[Stmt] | None = None


@dataclass(eq=False)
class NamedExpr(Expr):
    """`target := value` (PEP 572): binds the name in the enclosing function (a comprehension's too)."""

    target: Name
    value: Expr


@dataclass(eq=False)
class Yield(Expr):
    value: Expr | None
    delegate: bool = False  # `yield from value`


# ---- statements ----


@dataclass(eq=False)
class Stmt(Node):
    pass


@dataclass(eq=False)
class ExprStmt(Stmt):
    value: Expr


@dataclass(eq=False)
class Assign(Stmt):
    targets: list[Expr]  # a = b = value
    value: Expr


@dataclass(eq=False)
class AugAssign(Stmt):
    target: Expr
    op: str  # "+", "-", ...
    value: Expr


@dataclass(eq=False)
class If(Stmt):
    test: Expr
    body: list[Stmt]
    orelse: list[Stmt]


@dataclass(eq=False)
class While(Stmt):
    test: Expr
    body: list[Stmt]
    orelse: list[Stmt]


@dataclass(eq=False)
class For(Stmt):
    target: Expr
    iter: Expr
    body: list[Stmt]
    orelse: list[Stmt]


@dataclass(eq=False)
class Break(Stmt):
    pass


@dataclass(eq=False)
class Continue(Stmt):
    pass


@dataclass(eq=False)
class Pass(Stmt):
    pass


@dataclass(eq=False)
class Return(Stmt):
    value: Expr | None


@dataclass(eq=False)
class FunctionDef(Stmt):
    name: str
    params: list[Param]
    body: list[Stmt]
    decorators: list[Expr]
    scope: Scope | None = None
    # a method whose first decorator is a built-in one: "property", "staticmethod", "classmethod" or
    # "setter" (@name.setter of a property above it); the checker sets it
    method_kind: str | None = None


@dataclass(eq=False)
class ClassDef(Stmt):
    name: str
    bases: list[Expr]
    body: list[Stmt]
    decorators: list[Expr]
    scope: Scope | None = None


@dataclass(eq=False)
class ExceptHandler(Node):
    type: Expr | None
    name: str | None
    body: list[Stmt]


@dataclass(eq=False)
class Try(Stmt):
    body: list[Stmt]
    handlers: list[ExceptHandler]
    orelse: list[Stmt]
    finalbody: list[Stmt]


@dataclass(eq=False)
class Raise(Stmt):
    exc: Expr | None
    cause: Expr | None = None  # raise exc from cause


@dataclass(eq=False)
class Assert(Stmt):
    test: Expr
    msg: Expr | None


@dataclass(eq=False)
class Global(Stmt):
    names: list[str]


@dataclass(eq=False)
class Nonlocal(Stmt):
    names: list[str]


@dataclass(eq=False)
class Del(Stmt):
    targets: list[Expr]


@dataclass(eq=False)
class Import(Stmt):
    module: str  # "math", "sys", ...
    names: list[tuple[str, str | None]]  # from-import: (name, alias); import: [] with alias in asname
    asname: str | None
    is_from: bool
    # the names the statement binds that the program binds too, with what it binds them to ("math.pi"): the
    # statement assigns them (the checker sets it; the other imported names are resolved where they are used)
    assigned: list[tuple[str, str]] = field(default_factory=list)


# ---- match statements (PEP 634) ----


@dataclass(eq=False)
class Pattern(Node):
    pass


@dataclass(eq=False)
class MatchValue(Pattern):
    """A literal or a dotted name's value, compared with ==; None, True and False with `is`."""

    value: Expr


@dataclass(eq=False)
class MatchAs(Pattern):
    """`name` (a capture), `_` (the wildcard: name None), or `pattern as name`."""

    pattern: Pattern | None
    name: str | None


@dataclass(eq=False)
class MatchStar(Pattern):
    name: str | None  # `*rest`, or `*_`


@dataclass(eq=False)
class MatchSequence(Pattern):
    patterns: list[Pattern]  # at most one MatchStar


@dataclass(eq=False)
class MatchMapping(Pattern):
    keys: list[Expr]
    patterns: list[Pattern]
    rest: str | None  # `**rest`


@dataclass(eq=False)
class MatchClass(Pattern):
    cls: Expr
    patterns: list[Pattern]
    kwd_names: list[str]
    kwd_patterns: list[Pattern]
    self_match: bool = False  # a built-in type (int, str, ...): its positional sub-pattern is the subject


@dataclass(eq=False)
class MatchOr(Pattern):
    patterns: list[Pattern]


@dataclass(eq=False)
class MatchCase(Node):
    pattern: Pattern
    guard: Expr | None
    body: list[Stmt]


@dataclass(eq=False)
class Match(Stmt):
    subject: Expr
    cases: list[MatchCase]


@dataclass(eq=False)
class Unsupported(Stmt):
    """A statement the subset does not have (with, async, match, ...): the checker reports it."""

    what: str


@dataclass(eq=False)
class Module(Node):
    body: list[Stmt]
    scope: Scope | None = None
    # Names the program imports: "math", "sys", or one of their members ("math.gcd", "sys.stdin").
    imports: dict[str, str] = field(default_factory=dict)
    named_exprs: bool = False  # whether any `x := v` is in it
    first_with: Span | None = None  # its first `with` statement, if any
    # whether sys.exit raises SystemExit (a `finally` or a handler of it may run before the program ends)
    exit_raises: bool = False
    # whether closing some generator can run code: a yield under a finally or a handler of GeneratorExit
    closing: bool = False
    throws: bool = False  # whether it names `throw`, so that a generator's code may have one thrown in


@dataclass(eq=False)
class Scope:
    """What the checker learned about one function, lambda, comprehension, class body or the module."""

    kind: str  # "module", "function", "class", "lambda", "comprehension"
    name: str
    locals: list[str] = field(default_factory=list)  # in order of first binding (parameters first)
    cells: set[str] = field(default_factory=set)  # locals captured by inner functions
    frees: list[str] = field(default_factory=list)  # names taken from enclosing function scopes
    globals: set[str] = field(default_factory=set)  # declared global
    nonlocals: set[str] = field(default_factory=set)
    parent: Scope | None = None
    generator: bool = False  # a function whose body has `yield`
    closes: bool = False  # a generator with a yield under a finally or a handler of GeneratorExit


SKIPPED = ("span", "scope", "gen_def")


_CHILD_FIELDS: dict[type, tuple[str, ...]] = {}


def child_fields(kind: type[Node]) -> tuple[str, ...]:
    """The fields of a kind of node that hold parts of the tree (not SKIPPED), found once per kind:
    dataclasses.fields, asked of every node of a walk, would cost more than the walk."""
    found = _CHILD_FIELDS.get(kind)
    if found is None:
        found = _CHILD_FIELDS[kind] = tuple(f.name for f in fields(kind) if f.name not in SKIPPED)
    return found


def dump(node: object, indent: int = 0) -> str:
    """A readable text form of the tree for `emit --stage ast`."""
    pad = "  " * indent
    if isinstance(node, list):
        return "\n".join(dump(item, indent) for item in node)
    if not isinstance(node, Node):
        return pad + repr(node)
    simple: list[str] = []
    nested: list[str] = []
    for f in fields(node):
        if f.name in ("span", "scope", "gen_def"):
            continue
        value = getattr(node, f.name)
        if isinstance(value, Node) or (isinstance(value, list) and any(isinstance(v, Node) for v in value)):
            nested.append(f"{pad}  {f.name}:\n{dump(value, indent + 2)}")
        else:
            simple.append(f"{f.name}={value!r}")
    head = (
        f"{pad}{type(node).__name__} {' '.join(simple)}".rstrip() + f"  @{node.span.line}:{node.span.column}"
    )
    return "\n".join([head, *nested])
