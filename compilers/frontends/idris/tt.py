"""Idris's core type theory, as the checker elaborates to it: terms with de Bruijn indices, values with
de Bruijn levels (normalisation by evaluation), and the text of a term as Idris would write it.

One universe, `Type : Type` (Idris 2 checks universe levels only up to cumulativity in its own core; the
subset here does not stratify them: README). Functions defined by clauses reduce in types when their
arguments match a clause; a match that depends on a variable or an unsolved meta is stuck, and the
application stays a neutral term."""

from __future__ import annotations

from dataclasses import dataclass, field

# ---------------------------------------------------------------- terms


@dataclass(frozen=True, slots=True)
class Var:
    ix: int


@dataclass(frozen=True, slots=True)
class Ref:
    name: str


@dataclass(frozen=True, slots=True)
class App:
    fn: Term
    arg: Term
    icit: str = "expl"
    erased: bool = False  # the argument is not passed at run time


@dataclass(frozen=True, slots=True)
class Lam:
    name: str
    body: Term
    icit: str = "expl"
    erased: bool = False


@dataclass(frozen=True, slots=True)
class Pi:
    name: str
    dom: Term
    cod: Term
    icit: str = "expl"
    qty: int | None = None


@dataclass(frozen=True, slots=True)
class U:
    pass


@dataclass(frozen=True, slots=True)
class Meta:
    id: int


@dataclass(frozen=True, slots=True)
class Lit:
    value: int | str
    kind: str  # "int" (Integer), "nat" (a Nat literal), "str", "char"


@dataclass(frozen=True, slots=True)
class Let:
    name: str
    type: Term
    val: Term
    body: Term


@dataclass(frozen=True, slots=True)
class Hole:
    name: str


Term = Var | Ref | App | Lam | Pi | U | Meta | Lit | Let | Hole

# ---------------------------------------------------------------- values


@dataclass(frozen=True, slots=True)
class HVar:
    level: int


@dataclass(frozen=True, slots=True)
class HMeta:
    id: int


@dataclass(frozen=True, slots=True)
class HRef:
    name: str


@dataclass(frozen=True, slots=True)
class HHole:
    name: str


Head = HVar | HMeta | HRef | HHole


@dataclass(frozen=True, slots=True)
class VNeu:
    head: Head
    spine: tuple[tuple[Value, str], ...] = ()


@dataclass(frozen=True, slots=True)
class VLam:
    name: str
    icit: str
    env: tuple[Value, ...]
    body: Term


@dataclass(frozen=True, slots=True)
class VPi:
    name: str
    icit: str
    qty: int | None
    dom: Value
    env: tuple[Value, ...]
    cod: Term


@dataclass(frozen=True, slots=True)
class VU:
    pass


@dataclass(frozen=True, slots=True)
class VLit:
    value: int | str
    kind: str  # "int", "str", "char"


Value = VNeu | VLam | VPi | VU | VLit


def vvar(level: int) -> VNeu:
    return VNeu(HVar(level))


# ---------------------------------------------------------------- patterns of checked clauses


@dataclass(frozen=True, slots=True)
class PV:
    level: int  # a pattern variable (the local of that level in the clause's context)


@dataclass(frozen=True, slots=True)
class PW:
    pass


@dataclass(frozen=True, slots=True)
class PC:
    con: str
    args: tuple[Pat, ...]


@dataclass(frozen=True, slots=True)
class PL:
    value: int | str
    kind: str


Pat = PV | PW | PC | PL


@dataclass(slots=True)
class CClause:
    pats: list[Pat]  # one per argument, implicit ones too
    nvars: int  # the clause's context: its pattern variables by level
    rhs: Term | None  # None: an impossible clause
    solved: dict[int, Term]  # the pattern variables that unification determined (inaccessible)
    names: list[str] = field(default_factory=list)
    line: int = 0
    erased: list[bool] = field(default_factory=list)  # per pattern variable: quantity 0 (no run-time value)


# ---------------------------------------------------------------- text


def is_op(name: str) -> bool:
    return bool(name) and not (name[0].isalnum() or name[0] in "_()")


def short(name: str) -> str:
    """A qualified name as Idris prints it in messages (without its module)."""
    if name.endswith("."):
        return "."  # the composition operator, Prelude..
    if is_op(name.split(".")[-1]) or not name:
        base = name
        while "." in base and base.split(".", 1)[0][:1].isupper() and not is_op(base):
            base = base.split(".", 1)[1]
        # Operators keep their dots (`.` is composition): strip the module prefix only.
        parts = name.split(".")
        i = 0
        while i < len(parts) - 1 and parts[i][:1].isupper():
            i += 1
        return ".".join(parts[i:]) or name
    return name.rsplit(".", 1)[-1]


def pretty(t: Term, names: list[str], prec: int = 0) -> str:
    """A term as Idris writes it: implicit arguments hidden, `x = y` for equality, Nat numerals."""
    match t:
        case Var(ix):
            k = len(names) - 1 - ix
            return names[k] if 0 <= k < len(names) else f"#{ix}"
        case Ref(name):
            if name == "Prelude.Z":
                return "0"
            if name in ("Prelude.Unit", "Prelude.MkUnit"):
                return "()"
            s = short(name)
            return f"({s})" if is_op(s) else s
        case U():
            return "Type"
        case Meta(id):
            return f"?_{id}"
        case Hole(name):
            return f"?{name}"
        case Lit(value, kind):
            if kind == "str":
                return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
            if kind == "char":
                return repr(value)
            if isinstance(value, int) and value < 0 and prec > 0:
                return f"({value})"
            return str(value)
        case Lam(name, body, icit):
            inner = pretty(body, [*names, name], 0)
            out = f"\\{name} => {inner}" if icit == "expl" else f"\\{{{name}}} => {inner}"
            return f"({out})" if prec > 0 else out
        case Pi(name, dom, cod, icit, qty):
            q = "" if qty is None else f"{qty} "
            if icit == "expl" and (name == "_" or not _mentions(cod, 0)) and qty is None:
                out = f"{pretty(dom, names, 1)} -> {pretty(cod, [*names, name], 0)}"
            elif icit == "auto" and (name == "_" or not _mentions(cod, 0)):
                out = f"{pretty(dom, names, 1)} => {pretty(cod, [*names, name], 0)}"
            else:
                o, c = ("(", ")") if icit == "expl" else ("{", "}")
                a = "auto " if icit == "auto" else ""
                out = f"{o}{a}{q}{name} : {pretty(dom, names, 0)}{c} -> {pretty(cod, [*names, name], 0)}"
            return f"({out})" if prec > 0 else out
        case Let(name, _ty, val, body):
            out = f"let {name} = {pretty(val, names)} in {pretty(body, [*names, name])}"
            return f"({out})" if prec > 0 else out
        case App():
            head, args = spine(t)
            n = nat_value(t)
            if n is not None:
                return str(n)
            shown = [a for a, icit in args if icit == "expl"]
            if isinstance(head, Ref):
                hs = short(head.name)
                if hs == "Equal" and len(args) == 4:
                    out = f"{pretty(args[2][0], names, 1)} = {pretty(args[3][0], names, 1)}"
                    return f"({out})" if prec > 0 else out
                if is_op(hs) and len(shown) == 2:
                    out = f"{pretty(shown[0], names, 1)} {hs} {pretty(shown[1], names, 1)}"
                    return f"({out})" if prec > 0 else out
                if hs == "Pair" and len(shown) == 2:
                    return f"({pretty(shown[0], names)}, {pretty(shown[1], names)})"
            if not shown:
                return pretty(head, names, prec)
            out = " ".join([pretty(head, names, 1), *(pretty(a, names, 2) for a in shown)])
            return f"({out})" if prec > 1 else out
    return "?"


def spine(t: Term) -> tuple[Term, list[tuple[Term, str]]]:
    args: list[tuple[Term, str]] = []
    while isinstance(t, App):
        args.append((t.arg, t.icit))
        t = t.fn
    args.reverse()
    return t, args


def nat_value(t: Term) -> int | None:
    """The number a closed Nat term stands for (S (S Z) is 2), or None."""
    n = 0
    while True:
        if isinstance(t, Lit) and t.kind == "nat":
            return n + int(t.value)
        if isinstance(t, Ref) and t.name == "Prelude.Z":
            return n
        if isinstance(t, App) and isinstance(t.fn, Ref) and t.fn.name == "Prelude.S":
            n += 1
            t = t.arg
            continue
        return None


def _mentions(t: Term, ix: int) -> bool:
    match t:
        case Var(i):
            return i == ix
        case App(f, a):
            return _mentions(f, ix) or _mentions(a, ix)
        case Lam(_, body):
            return _mentions(body, ix + 1)
        case Pi(_, dom, cod):
            return _mentions(dom, ix) or _mentions(cod, ix + 1)
        case Let(_, ty, val, body):
            return _mentions(ty, ix) or _mentions(val, ix) or _mentions(body, ix + 1)
    return False
