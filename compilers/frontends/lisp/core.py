"""The core tree that check.py makes from the expanded program and lower.py compiles: every variable
resolved to its binding, every call to what it calls (a primitive, a global function, a local function,
a value), and each function with the variables it closes over."""

from __future__ import annotations

from dataclasses import dataclass, field

from compilers.diagnostics import Span
from compilers.frontends.lisp.ast import Symbol


@dataclass(eq=False)
class Var:
    name: Symbol
    func: FuncInfo
    captured: bool = False
    assigned: bool = False

    @property
    def boxed(self) -> bool:
        """A variable that a closure captures and someone assigns lives in a heap box both share."""
        return self.captured and self.assigned


@dataclass(eq=False)
class FuncInfo:
    name: str  # for people and the IR name
    parent: FuncInfo | None
    required: list[Var] = field(default_factory=list)
    optional: list[tuple[Var, Node, Var | None]] = field(default_factory=list)
    rest: Var | None = None
    keys: list[tuple[Symbol, Var, Node, Var | None]] = field(default_factory=list)
    allow_other_keys: bool = False
    body: Node | None = None
    free: list[Var] = field(default_factory=list)  # variables of enclosing functions it uses
    block: Block | None = None  # the implicit block named after a defun
    span: Span | None = None


class Node:
    span: Span | None = None


@dataclass(eq=False)
class Const(Node):
    value: object


@dataclass(eq=False)
class Ref(Node):
    var: Var


@dataclass(eq=False)
class SetQ(Node):
    var: Var
    value: Node


@dataclass(eq=False)
class GRef(Node):
    name: Symbol
    span: Span | None = None


@dataclass(eq=False)
class GSet(Node):
    name: Symbol
    value: Node


@dataclass(eq=False)
class If(Node):
    test: Node
    then: Node
    else_: Node


@dataclass(eq=False)
class Progn(Node):
    forms: list[Node]


@dataclass(eq=False)
class Let(Node):
    bindings: list[tuple[Var, Node]]
    body: Node


@dataclass(eq=False)
class DynLet(Node):
    """A LET of a special (defvar) variable: the old value is kept in `saved` and put back after."""

    name: Symbol
    value: Node
    saved: Var
    body: Node


@dataclass(eq=False)
class Lambda(Node):
    fn: FuncInfo


@dataclass(eq=False)
class Labels(Node):
    defs: list[tuple[Var, FuncInfo]]
    body: Node


@dataclass(eq=False)
class Call(Node):
    """A call of a global function (the program's defun or the library's)."""

    name: Symbol
    args: list[Node]
    span: Span | None = None


@dataclass(eq=False)
class Prim(Node):
    op: str
    args: list[Node]
    span: Span | None = None


@dataclass(eq=False)
class FCall(Node):
    fn: Node
    args: list[Node]
    span: Span | None = None


@dataclass(eq=False)
class LCall(Node):
    var: Var
    fn: FuncInfo
    args: list[Node]
    span: Span | None = None


@dataclass(eq=False)
class Block(Node):
    body: Node | None = None
    func: FuncInfo | None = None


@dataclass(eq=False)
class ReturnFrom(Node):
    block: Block
    value: Node


@dataclass(eq=False)
class Tagbody(Node):
    items: list[Node | str]  # a str is a tag's label
    func: FuncInfo | None = None


@dataclass(eq=False)
class Go(Node):
    tagbody: Tagbody
    label: str


@dataclass(eq=False)
class Catch(Node):
    tag: Node
    body: Node


@dataclass(eq=False)
class Throw(Node):
    tag: Node
    value: Node


@dataclass(eq=False)
class UnwindProtect(Node):
    body: Node
    cleanup: Node


@dataclass(eq=False)
class HandlerCase(Node):
    body: Node
    clauses: list[tuple[Symbol, Var | None, Node]]


def carries_values(node: Node) -> bool:
    """Whether *%mv* holds node's values once it is evaluated (lower.py): its value is a call's (or a
    protected form's, whose lowering sees to it), or it leaves without a value (throw, return-from, go)."""
    if isinstance(node, (Call, LCall, FCall, Catch, HandlerCase, UnwindProtect, Throw, ReturnFrom, Go)):
        return True
    if isinstance(node, If):
        return carries_values(node.then) and carries_values(node.else_)
    if isinstance(node, Progn):
        return bool(node.forms) and carries_values(node.forms[-1])
    if isinstance(node, (Let, DynLet, Labels, Block)):
        return node.body is not None and carries_values(node.body)
    return False
