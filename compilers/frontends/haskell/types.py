"""Types of the Haskell checker: meta variables (solved by unification, with a level for generalisation),
constructors, applications (so that `m a`, a variable applied to a type, unifies like any other type) and
rigid variables (a signature's or a generalised binding's); schemes; GHC's way of printing a type."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

_ids = itertools.count(1)


class TMeta:
    __slots__ = ("hint", "id", "level", "ref")

    def __init__(self, level: int, hint: str = "") -> None:
        self.id = next(_ids)
        self.level = level
        self.ref: Type | None = None
        self.hint = hint  # the letter GHC names it by in a message (t of Foldable's `t a`), if not a, b, ...

    def __repr__(self) -> str:
        return f"?{self.id}"


@dataclass(frozen=True, slots=True)
class TCn:
    name: str  # "Int", "[]", "(,)", "->", "()", a data type


@dataclass(frozen=True, slots=True)
class TAp:
    fun: Type
    arg: Type


@dataclass(frozen=True, slots=True)
class TRig:
    name: str


Type = TMeta | TCn | TAp | TRig

ARROW = TCn("->")
INT = TCn("Int")
INTEGER = TCn("Integer")
CHAR = TCn("Char")
BOOL = TCn("Bool")
DOUBLE = TCn("Double")
UNIT = TCn("()")
LIST = TCn("[]")


def fn(a: Type, b: Type) -> Type:
    return TAp(TAp(ARROW, a), b)


def fns(args: list[Type], res: Type) -> Type:
    for a in reversed(args):
        res = fn(a, res)
    return res


def list_of(a: Type) -> Type:
    return TAp(LIST, a)


def tuple_con(n: int) -> str:
    return "(" + "," * (n - 1) + ")"


def apply(head: Type, args: list[Type]) -> Type:
    for a in args:
        head = TAp(head, a)
    return head


def prune(t: Type) -> Type:
    while isinstance(t, TMeta) and t.ref is not None:
        t = t.ref
    return t


def zonk(t: Type) -> Type:
    t = prune(t)
    if isinstance(t, TAp):
        return TAp(zonk(t.fun), zonk(t.arg))
    return t


def spine(t: Type) -> tuple[Type, list[Type]]:
    """The head of a type application and its arguments, metas followed."""
    args: list[Type] = []
    t = prune(t)
    while isinstance(t, TAp):
        args.append(t.arg)
        t = prune(t.fun)
    args.reverse()
    return t, args


def split_fn(t: Type) -> tuple[Type, Type] | None:
    head, args = spine(t)
    if head == ARROW and len(args) == 2:
        return args[0], args[1]
    return None


def metas(t: Type, out: list[TMeta] | None = None) -> list[TMeta]:
    if out is None:
        out = []
    t = prune(t)
    if isinstance(t, TMeta):
        if t not in out:
            out.append(t)
    elif isinstance(t, TAp):
        metas(t.fun, out)
        metas(t.arg, out)
    return out


def rigids(t: Type, out: set[str]) -> set[str]:
    t = prune(t)
    if isinstance(t, TRig):
        out.add(t.name)
    elif isinstance(t, TAp):
        rigids(t.fun, out)
        rigids(t.arg, out)
    return out


def subst_rigid(t: Type, mapping: dict[str, Type]) -> Type:
    t = prune(t)
    if isinstance(t, TRig):
        return mapping.get(t.name, t)
    if isinstance(t, TAp):
        return TAp(subst_rigid(t.fun, mapping), subst_rigid(t.arg, mapping))
    return t


@dataclass(slots=True)
class Scheme:
    vars: list[str]
    preds: list[tuple[str, Type]]  # (class, type) over the rigid vars
    type: Type


def mono(t: Type) -> Scheme:
    return Scheme([], [], t)


class Namer:
    """Names for the metas of one message: a0, b0... as GHC names unsolved type variables (t0 and so on)."""

    def __init__(self) -> None:
        self.names: dict[int, str] = {}
        self.hinted: dict[str, int] = {}
        self.rigids: dict[str, str] = {}  # a rigid variable's name -> its name in the message

    def rigid(self, name: str) -> str:
        """A rigid variable's name as written; a second one written the same in one message is a1, as
        GHC's (a local signature's `a` against its enclosing one's)."""
        shown = self.rigids.get(name)
        if shown is None:
            base = name.split("%")[0]
            k = sum(1 for other in self.rigids if other.split("%")[0] == base)
            shown = self.rigids[name] = base if k == 0 else f"{base}{k}"
        return shown

    def rigids_by_age(self, *types: Type) -> None:
        """The rigid variables of the types named oldest first: the enclosing signature's keeps its name."""
        found: set[str] = set()
        for t in types:
            rigids(t, found)
        for name in sorted(found, key=_age):
            self.rigid(name)

    def name(self, m: TMeta) -> str:
        if m.id not in self.names:
            if m.hint:
                k = self.hinted[m.hint] = self.hinted.get(m.hint, -1) + 1
                self.names[m.id] = f"{m.hint}{k}"
            else:
                n = len(self.names) - sum(self.hinted.values()) - len(self.hinted)
                self.names[m.id] = f"{'abcdefghijklmnopqrstuvwxyz'[n % 26]}{n // 26}"
        return self.names[m.id]


def _age(name: str) -> int:
    """A rigid variable's number (the checker's fresh names are `a%12`): the older, the smaller."""
    number = name.rsplit("%", 1)[-1]
    return int(number) if "%" in name and number.isdigit() else -1


def show_type(t: Type, namer: Namer | None = None, prec: int = 0) -> str:
    """A type as GHC prints it: `[Char]`, `(Int, Bool)`, `Maybe Int -> IO ()`."""
    namer = namer or Namer()
    head, args = spine(t)
    if isinstance(head, TMeta):
        text = namer.name(head)
    elif isinstance(head, TRig):
        text = namer.rigid(head.name)
    else:
        assert isinstance(head, TCn)
        name = head.name
        if name == "->" and len(args) == 2:
            s = f"{show_type(args[0], namer, 1)} -> {show_type(args[1], namer, 0)}"
            return f"({s})" if prec > 0 else s
        if name == "[]" and len(args) == 1:
            return f"[{show_type(args[0], namer, 0)}]"
        if name.startswith("(,") and len(args) == len(name) - 1:
            return "(" + ", ".join(show_type(a, namer, 0) for a in args) + ")"
        # The function arrow applied to fewer than two arguments: GHC's prefix form, `(->) [Int]`.
        # A program's type with the name of one of the Prelude file's is that name with `%` and a number.
        text = "(->)" if name == "->" else name.split("%")[0]
    if not args:
        return text
    s = text + " " + " ".join(show_type(a, namer, 2) for a in args)
    return f"({s})" if prec > 1 else s
