"""The functional core's syntax: types, terms, data declarations and programs (README.md in this folder).

An explicitly typed System F with algebraic data types. Every binder carries its type; constructors are
applied saturated with their type arguments; `case` has flat patterns (a constructor with variables, an
integer literal, or the default). A strictness mark on a binding (`let!`, a strict lambda binder) or on
a constructor field says that its value is evaluated to weak head normal form when it is bound or
stored; everything else is call-by-need.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# ---------------------------------------------------------------- types


@dataclass(frozen=True, slots=True)
class TVar:
    name: str


@dataclass(frozen=True, slots=True)
class TCon:
    """A data type applied to its arguments: Int, Bool, (List a)."""

    name: str
    args: tuple[Type, ...] = ()


@dataclass(frozen=True, slots=True)
class TFun:
    arg: Type
    res: Type


@dataclass(frozen=True, slots=True)
class TForall:
    var: str
    body: Type


Type = TVar | TCon | TFun | TForall

INT = TCon("Int")
BOOL = TCon("Bool")


# ---------------------------------------------------------------- terms


@dataclass(frozen=True, slots=True)
class Var:
    name: str


@dataclass(frozen=True, slots=True)
class Lit:
    value: int


@dataclass(frozen=True, slots=True)
class Lam:
    param: str
    type: Type
    body: Expr
    strict: bool = False  # the argument is evaluated when the function is entered


@dataclass(frozen=True, slots=True)
class App:
    fn: Expr
    arg: Expr


@dataclass(frozen=True, slots=True)
class TyLam:
    var: str
    body: Expr


@dataclass(frozen=True, slots=True)
class TyApp:
    fn: Expr
    type: Type


@dataclass(frozen=True, slots=True)
class Bind:
    name: str
    type: Type
    expr: Expr
    strict: bool = False  # `let!`: evaluated before the body (never in a letrec)


@dataclass(frozen=True, slots=True)
class Let:
    bind: Bind
    body: Expr


@dataclass(frozen=True, slots=True)
class LetRec:
    binds: tuple[Bind, ...]
    body: Expr


@dataclass(frozen=True, slots=True)
class Con:
    """A saturated constructor application: `Cons [Int] x xs`."""

    name: str
    types: tuple[Type, ...]
    args: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class Alt:
    """One alternative: `con` with `vars` (a constructor pattern), or `lit`, or neither (the default)."""

    body: Expr
    con: str | None = None
    vars: tuple[str, ...] = ()
    lit: int | None = None

    @property
    def is_default(self) -> bool:
        return self.con is None and self.lit is None


@dataclass(frozen=True, slots=True)
class Case:
    scrut: Expr
    type: Type  # the type of every alternative's body
    alts: tuple[Alt, ...]


@dataclass(frozen=True, slots=True)
class Prim:
    op: str  # one of PRIMS
    args: tuple[Expr, ...]


# The message of the Fail that ends a program's own error once its language has reported it (Haskell's
# `error` writes GHC's words first): the IR's trap 4, an uncaught error, rather than trap 3.
REPORTED_ERROR = "error"
TRAP_UNCAUGHT = 4  # runtime/exceptions.ir's exc_uncaught
TRAP_NO_MATCH = 3  # a case no pattern matched (the IR's trap and the core interpreter's stop)


@dataclass(frozen=True, slots=True)
class Fail:
    """Stops the run: a failed pattern match (the IR's trap 3), at any type; or, with the message
    REPORTED_ERROR, an error the program's language has reported (trap 4)."""

    type: Type
    message: str


@dataclass(frozen=True, slots=True)
class At:
    """The source line of the expression inside: a run that stops in it reports that line."""

    line: int
    expr: Expr


Expr = Var | Lit | Lam | App | TyLam | TyApp | Let | LetRec | Con | Case | Prim | Fail | At

# Primitive operations: name -> (argument types, result type). Every argument is evaluated first.
# Integer division and remainder truncate toward zero (the Engine's, C's); a zero divisor stops the run
# with division_by_zero. putInt prints a decimal number, putChar a code point (both return 0); getChar
# reads a code point (-1 at end of input); its argument is evaluated and ignored. exit ends the run (it
# halts) with its argument as the program's exit status, kept where C's exit keeps it (@__exit_status).
PRIMS: dict[str, tuple[tuple[Type, ...], Type]] = {
    "add": ((INT, INT), INT),
    "sub": ((INT, INT), INT),
    "mul": ((INT, INT), INT),
    "quot": ((INT, INT), INT),
    "rem": ((INT, INT), INT),
    "neg": ((INT,), INT),
    "eq": ((INT, INT), BOOL),
    "ne": ((INT, INT), BOOL),
    "lt": ((INT, INT), BOOL),
    "le": ((INT, INT), BOOL),
    "gt": ((INT, INT), BOOL),
    "ge": ((INT, INT), BOOL),
    "putInt": ((INT,), INT),
    "putChar": ((INT,), INT),
    "getChar": ((INT,), INT),
    "exit": ((INT,), INT),
}


# ---------------------------------------------------------------- declarations


@dataclass(frozen=True, slots=True)
class ConDecl:
    name: str
    fields: tuple[Type, ...]
    strict: tuple[bool, ...]  # one mark per field


@dataclass(frozen=True, slots=True)
class DataDecl:
    name: str
    params: tuple[str, ...]
    cons: tuple[ConDecl, ...]


# Bool is built in (comparisons produce it): False is constructor 0, True constructor 1.
BOOL_DECL = DataDecl("Bool", (), (ConDecl("False", (), ()), ConDecl("True", (), ())))

# IEEE 754 binary64 primitives: a Double is an Int word holding its bit pattern (sign * 2^63 + biased
# exponent * 2^52 + fraction), and each primitive is the shared runtime's routine of that name
# (runtime/float64.c), correctly rounded. fshortest gives show's digits, fdecimal read's double (float64.c).
F64_PRIMS: dict[str, str] = {
    **{f"f{op}": f"f64_{op}" for op in ("add", "sub", "mul", "div", "pow", "atan2", "eq", "lt", "le")},
    **{f"f{op}": f"f64_{op}" for op in ("neg", "fabs", "sqrt", "exp", "log", "sin", "cos", "tan", "asin")},
    **{f"f{op}": f"f64_{op}" for op in ("acos", "atan", "sinh", "cosh", "tanh", "floor", "ceil", "trunc")},
    **{f"f{op}": f"f64_{op}" for op in ("asinh", "acosh", "atanh", "log1p", "expm1")},
    "fshortest": "f64_shortest",
    "ffromInt": "f64_from_int",
    "ftoInt": "f64_to_int",
    "fdecimal": "f64_from_decimal",
}
for _op, _routine in F64_PRIMS.items():
    _binary = _op in ("fadd", "fsub", "fmul", "fdiv", "fpow", "fatan2", "feq", "flt", "fle", "fdecimal")
    _result = BOOL if _op in ("feq", "flt", "fle") else INT
    PRIMS[_op] = ((INT, INT) if _binary else (INT,), _result)


@dataclass(frozen=True, slots=True)
class Program:
    """Data declarations and one expression, evaluated to weak head normal form for its effects."""

    datas: tuple[DataDecl, ...]
    main: Expr
    all_datas: tuple[DataDecl, ...] = field(init=False)
    # constructors(), made on first use (every match a front end compiles asks for it)
    _constructors: dict[str, tuple[DataDecl, int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "all_datas", (BOOL_DECL, *self.datas))

    def constructors(self) -> dict[str, tuple[DataDecl, int]]:
        """Constructor name -> (its data declaration, its index there: the tag). One dict per program,
        shared by its callers: read it, never change it."""
        if self._constructors is None:
            found: dict[str, tuple[DataDecl, int]] = {}
            for data in self.all_datas:
                for index, con in enumerate(data.cons):
                    found[con.name] = (data, index)
            object.__setattr__(self, "_constructors", found)
            return found
        return self._constructors


# ---------------------------------------------------------------- helpers


def free_type_vars(t: Type) -> set[str]:
    match t:
        case TVar(name):
            return {name}
        case TCon(_, args):
            out: set[str] = set()
            for a in args:
                out |= free_type_vars(a)
            return out
        case TFun(a, r):
            return free_type_vars(a) | free_type_vars(r)
        case TForall(v, body):
            return free_type_vars(body) - {v}
    raise TypeError(t)


def _fresh(name: str, avoid: set[str]) -> str:
    n = 1
    while f"{name}{n}" in avoid:
        n += 1
    return f"{name}{n}"


def subst_type(t: Type, var: str, by: Type) -> Type:
    """t with `by` for the free occurrences of `var`, renaming binders that would capture."""
    match t:
        case TVar(name):
            return by if name == var else t
        case TCon(name, args):
            new_args = tuple(subst_type(a, var, by) for a in args)
            if name == var and args:
                # A type variable applied to arguments (Haskell's `m a`): the substitute applied to them.
                if isinstance(by, TVar):
                    return TCon(by.name, new_args)
                if isinstance(by, TCon):
                    if by.name == "->" and len(by.args) + len(new_args) == 2:
                        # the function type given its argument only (Haskell's `(->) r`), then its result
                        return TFun(*(by.args + new_args))
                    return TCon(by.name, by.args + new_args)
            return TCon(name, new_args) if args else t
        case TFun(a, r):
            return TFun(subst_type(a, var, by), subst_type(r, var, by))
        case TForall(v, body):
            if v == var:
                return t
            if v in free_type_vars(by):
                fresh = _fresh(v, free_type_vars(by) | free_type_vars(body) | {var})
                body = subst_type(body, v, TVar(fresh))
                v = fresh
            return TForall(v, subst_type(body, var, by))
    raise TypeError(t)


def types_equal(a: Type, b: Type) -> bool:
    """Equality up to the names of bound type variables."""
    # Types the same to the letter (nearly every comparison of well-typed core) are equal at once.
    return a is b or a == b or _eq(a, b, {}, {}, 0)


def _eq(a: Type, b: Type, left: dict[str, int], right: dict[str, int], depth: int) -> bool:
    match a, b:
        case TVar(x), TVar(y):
            if x in left or y in right:
                return left.get(x) == right.get(y)
            return x == y
        case TCon(n, xs), TCon(m, ys):
            same_head = left.get(n) == right.get(m) if (n in left or m in right) else n == m
            return (
                same_head
                and len(xs) == len(ys)
                and all(_eq(p, q, left, right, depth) for p, q in zip(xs, ys, strict=True))
            )
        case TFun(a1, r1), TFun(a2, r2):
            return _eq(a1, a2, left, right, depth) and _eq(r1, r2, left, right, depth)
        case TForall(v, b1), TForall(w, b2):
            return _eq(b1, b2, {**left, v: depth}, {**right, w: depth}, depth + 1)
    return False
