"""The core's reference interpreter: call-by-need, with an explicit stack (no Python recursion), so that
deep programs and long loops run within its step budget. It is System F's oracle (README.md).

Types are erased as they are on the Engine: `tylam` and `tyapp` do nothing at run time. A thunk is
evaluated at most once and updated with its value; a thunk entered again while it is being evaluated is a
value that depends on itself (the Engine's trap 6). Statuses and trap codes are those of an Engine run
(`babbage.result`): "halted", "division_by_zero", "overflow", "trap" (3: no pattern matched, 6: a value
depends on itself), "budget_exhausted".
"""

from __future__ import annotations

from dataclasses import dataclass

from compilers.core.float64 import f64_prim
from compilers.core.syntax import (
    F64_PRIMS,
    REPORTED_ERROR,
    TRAP_NO_MATCH,
    TRAP_UNCAUGHT,
    App,
    At,
    Bind,
    Case,
    Con,
    Expr,
    Fail,
    Lam,
    Let,
    LetRec,
    Lit,
    Prim,
    Program,
    TyApp,
    TyLam,
    Var,
)

# An Int is held on the Engine as the word 2n+1 of at most 50 digits (compilers/runtime/README.md).
WORD_LIMIT = 10**50
TRAP_LOOP = 6
CHEAP = frozenset({"add", "sub", "mul", "neg", "eq", "ne", "lt", "le", "gt", "ge"})


class _Exit(Exception):
    """The exit primitive: the run halts with this status."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Stop(Exception):
    def __init__(self, status: str, message: str, trap_code: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.trap_code = trap_code


@dataclass(slots=True)
class ConV:
    name: str
    tag: int
    fields: list[Thunk]


@dataclass(slots=True)
class Clo:
    lam: Lam
    env: dict[str, Thunk]


Value = int | ConV | Clo


class Thunk:
    __slots__ = ("env", "expr", "state", "value")

    def __init__(self, expr: Expr | None, env: dict[str, Thunk] | None, value: Value | None = None) -> None:
        self.expr = expr
        self.env = env
        self.value = value
        self.state = 2 if expr is None else 0  # 0 unevaluated, 1 being evaluated, 2 evaluated


@dataclass(frozen=True, slots=True)
class CoreRun:
    status: str
    output: str
    trap_code: int | None = None
    message: str = ""
    steps: int = 0
    exit_code: int = 0  # the program's exit status (0..255, as a process's) when it halted

    @property
    def ok(self) -> bool:
        return self.status == "halted"


def _int(n: int) -> int:
    if abs(2 * n + 1) >= WORD_LIMIT:
        raise _Stop("overflow", "an integer past the Engine's 50 digits")
    return n


class _Machine:
    def __init__(self, program: Program, stdin: str, max_steps: int) -> None:
        self.cons = program.constructors()
        self.stdin = stdin
        self.pos = 0
        self.out: list[str] = []
        self.max_steps = max_steps
        self.steps = 0
        self.true = ConV("True", 1, [])
        self.false = ConV("False", 0, [])

    def thunk(self, e: Expr, env: dict[str, Thunk]) -> Thunk:
        """The argument or lazy binding `e` in `env`: shared when it is a variable, made when it is a
        value, delayed otherwise."""
        while isinstance(e, TyApp | TyLam | At):
            e = e.fn if isinstance(e, TyApp) else e.expr if isinstance(e, At) else e.body
        if isinstance(e, Var):
            return env[e.name]
        if isinstance(e, Lit):
            return Thunk(None, None, _int(e.value))
        if isinstance(e, Lam):
            return Thunk(None, None, Clo(e, env))
        if isinstance(e, Prim) and e.op in CHEAP and all(self._ready(a, env) for a in e.args):
            # as the compiled code does (to_ir.CHEAP): no thunk for a total primitive of values
            return Thunk(None, None, self._prim(e.op, [self._now(a, env) for a in e.args]))
        return Thunk(e, env)

    def _ready(self, e: Expr, env: dict[str, Thunk]) -> bool:
        return isinstance(e, Lit) or (isinstance(e, Var) and env[e.name].state == 2)

    def _now(self, e: Expr, env: dict[str, Thunk]) -> Value:
        return _int(e.value) if isinstance(e, Lit) else env[e.name].value  # type: ignore[union-attr,return-value]

    def run(self, main: Expr) -> None:
        stack: list[tuple] = []
        expr: Expr | None = main
        env: dict[str, Thunk] = {}
        value: Value = 0
        while True:
            self.steps += 1
            if self.steps > self.max_steps:
                raise _Stop("budget_exhausted", f"more than {self.max_steps} steps")
            if expr is not None:
                e, expr = expr, None
                match e:
                    case Var(name):
                        t = env[name]
                        if t.state == 2:
                            value = t.value  # type: ignore[assignment]
                        elif t.state == 1:
                            raise _Stop("trap", "a value depends on itself", TRAP_LOOP)
                        else:
                            t.state = 1
                            stack.append(("update", t))
                            expr, env = t.expr, t.env  # type: ignore[assignment]
                            continue
                    case Lit(v):
                        value = _int(v)
                    case Lam():
                        value = Clo(e, env)
                    case App(fn, arg):
                        stack.append(("apply", self.thunk(arg, env)))
                        expr = fn
                        continue
                    case TyLam(_, body):
                        expr = body
                        continue
                    case TyApp(fn, _):
                        expr = fn
                        continue
                    case At(_, located):
                        expr = located
                        continue
                    case Let(Bind(x, _, rhs, strict), body):
                        if strict:
                            stack.append(("let", x, body, env))
                            expr = rhs
                        else:
                            env = {**env, x: self.thunk(rhs, env)}
                            expr = body
                        continue
                    case LetRec(binds, body):
                        inner = dict(env)  # filled below: every binding sees the whole group
                        for b in binds:
                            rhs = b.expr
                            if isinstance(rhs, Lam):
                                inner[b.name] = Thunk(None, None, Clo(rhs, inner))
                            else:
                                inner[b.name] = Thunk(rhs, inner)
                        env = inner
                        expr = body
                        continue
                    case Con(name, _, args):
                        decl, tag = self.cons[name]
                        con = decl.cons[tag]
                        fields = [self.thunk(a, env) for a in args]
                        marked = [i for i, s in enumerate(con.strict) if s]
                        value = ConV(name, tag, fields)
                        if marked:
                            stack.append(("con", value, marked, 0))
                            first = fields[marked[0]]
                            if self._force(first, stack):
                                expr, env = first.expr, first.env  # type: ignore[assignment]
                                continue
                            value = first.value  # type: ignore[assignment]
                    case Case(scrut, _, alts):
                        stack.append(("case", alts, env))
                        expr = scrut
                        continue
                    case Prim(op, args):
                        stack.append(("prim", op, args, env, []))
                        expr = args[0]
                        continue
                    case Fail(_, message) if message == REPORTED_ERROR:
                        raise _Stop("trap", "the program's error", TRAP_UNCAUGHT)
                    case Fail(_, message):
                        raise _Stop("trap", f"no pattern matched: {message}", TRAP_NO_MATCH)
            # return `value` to the frame on top of the stack (update frames take it and pass it on)
            while True:
                if not stack:
                    return
                frame = stack.pop()
                if frame[0] != "update":
                    break
                t = frame[1]
                t.value, t.state, t.expr, t.env = value, 2, None, None
            expr, env, value = self._return(frame, frame[0], value, stack)

    def _force(self, t: Thunk, stack: list[tuple]) -> bool:
        """Start evaluating t (True: its expression is to be evaluated now, an update frame pushed)."""
        if t.state == 2:
            return False
        if t.state == 1:
            raise _Stop("trap", "a value depends on itself", TRAP_LOOP)
        t.state = 1
        stack.append(("update", t))
        return True

    def _return(self, frame: tuple, kind: str, value: Value, stack: list[tuple]) -> tuple:
        """What a frame does with the value returned to it: (expression to evaluate or None, env, value)."""
        if kind == "apply":
            arg: Thunk = frame[1]
            assert isinstance(value, Clo)
            lam = value.lam
            if lam.strict:
                stack.append(("strict_arg", value))
                if self._force(arg, stack):
                    return arg.expr, arg.env, value
                return self._return(stack.pop(), "strict_arg", arg.value, stack)  # type: ignore[arg-type]
            return lam.body, {**value.env, lam.param: arg}, value
        if kind == "strict_arg":
            clo: Clo = frame[1]
            return clo.lam.body, {**clo.env, clo.lam.param: Thunk(None, None, value)}, value
        if kind == "let":
            _, x, body, env = frame
            return body, {**env, x: Thunk(None, None, value)}, value
        if kind == "con":
            _, con, strict, i = frame
            con.fields[strict[i]] = Thunk(None, None, value)
            if i + 1 < len(strict):
                stack.append(("con", con, strict, i + 1))
                t = con.fields[strict[i + 1]]
                if self._force(t, stack):
                    return t.expr, t.env, value
                return self._return(stack.pop(), "con", t.value, stack)
            return None, {}, con
        if kind == "case":
            _, alts, env = frame
            for alt in alts:
                if alt.is_default:
                    return alt.body, env, value
                if alt.lit is not None and value == alt.lit:
                    return alt.body, env, value
                if alt.con is not None and isinstance(value, ConV) and value.name == alt.con:
                    return alt.body, {**env, **dict(zip(alt.vars, value.fields, strict=False))}, value
            raise _Stop("trap", "no pattern matched", TRAP_NO_MATCH)
        if kind == "prim":
            _, op, args, env, done = frame
            done = [*done, value]
            if len(done) < len(args):
                stack.append(("prim", op, args, env, done))
                return args[len(done)], env, value
            return None, env, self._prim(op, done)
        raise AssertionError(kind)

    def _prim(self, op: str, a: list) -> Value:
        if op in F64_PRIMS:
            r = f64_prim(op, a)
            if isinstance(r, bool):
                return self.true if r else self.false
            return r
        match op:
            case "add":
                return _int(a[0] + a[1])
            case "sub":
                return _int(a[0] - a[1])
            case "mul":
                return _int(a[0] * a[1])
            case "quot" | "rem":
                if a[1] == 0:
                    raise _Stop("division_by_zero", "division by zero")
                q = abs(a[0]) // abs(a[1])
                if (a[0] < 0) != (a[1] < 0):
                    q = -q
                return q if op == "quot" else a[0] - q * a[1]
            case "neg":
                return _int(-a[0])
            case "eq" | "ne" | "lt" | "le" | "gt" | "ge":
                x, y = a
                truth = {"eq": x == y, "ne": x != y, "lt": x < y, "le": x <= y, "gt": x > y, "ge": x >= y}[op]
                return self.true if truth else self.false
            case "putInt":
                self.out.append(str(a[0]))
                return 0
            case "putChar":
                self.out.append(chr(a[0]))
                return 0
            case "getChar":
                if self.pos >= len(self.stdin):
                    return -1
                self.pos += 1
                return ord(self.stdin[self.pos - 1])
            case "exit":
                raise _Exit(a[0])
        raise AssertionError(op)


def run_program(program: Program, stdin: str = "", max_steps: int = 10_000_000) -> CoreRun:
    """Evaluate the program's main expression to weak head normal form; its output and how it ended."""
    machine = _Machine(program, stdin, max_steps)
    try:
        machine.run(program.main)
    except _Stop as stop:
        return CoreRun(stop.status, "".join(machine.out), stop.trap_code, stop.message, machine.steps)
    except _Exit as done:
        return CoreRun("halted", "".join(machine.out), None, "", machine.steps, done.status % 256)
    return CoreRun("halted", "".join(machine.out), None, "", machine.steps)
