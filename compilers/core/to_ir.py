"""Core to IR (README.md): the erased core compiled to the shared IR over the managed heap.

- Values are the managed runtime's words: an Int n is the immediate 2n+1; a nullary constructor of tag t
  is the small even word 2t (no allocation); any other constructor is an object of kind 100 with one raw
  field, its tag, then its fields; a function value is a closure (kind 4); a lazy value not yet computed
  is a thunk (kind 101, runtime/sf/force.ir), which `sf_force` evaluates once and updates in place.
- Every lambda is lifted to a function `@core.NAME.N(free variables..., parameters...)`. A call of a
  function bound by `let`/`letrec` whose arity is known and met is a direct call (a `tailcall` in tail
  position); any other call goes through closures, one argument at a time: a closure of a lambda of n
  parameters that has been given i arguments is `[stage_i, free variables..., arguments...]`.
- Roots: every variable of a generated function that may hold a heap pointer lives in its shadow-stack
  frame `$roots` and is loaded from there when used, so no temp is live across a call that may collect
  (compilers/runtime/README.md). A value surely an immediate word (a primitive's result, an Int literal, a
  nullary constructor, a case or a known call that gives only such: `immediate`) lives in a one-word
  slot of its own instead (NumVar), which the collector need not see and the optimiser keeps in a register.
- A saturated self tail call of a known function is the assignment of its parameters' slots and a jump
  back to its body, after the forcing of its strict parameters (the caller evaluated those arguments):
  a loop, whose free variables stay where they are.
- A `case` is a decision on the constructor's tag: a `switch` (a jump table on the Engine).
- The functions of a top-level binding (of the program's outermost `letrec`) are named after it
  (`core.NAME` and `core.NAME.hint.N`, N counted within it: top_name) and start with no source line, so
  they come out the same in every program that has the binding; the closure stages of other top-level
  functions that they need are made after them. A binding lowered before, from the same erased term
  (erase.py keeps a library's) and with the same top-level functions and variables around it, is taken
  as it was (LOWERED, per process): a library bound again by every program is lowered once, and its
  functions' texts are the same each time, so the back end's prepared functions serve them too
  (compilers/backend/routines.py).
"""

from __future__ import annotations

import re
import zlib
from collections import OrderedDict
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from functools import partial

from compilers.core.erase import (
    EAlt,
    EApp,
    ECase,
    ECon,
    EFail,
    ELam,
    ELet,
    ELetRec,
    ELit,
    EPrim,
    EVar,
    Term,
    free_vars,
)
from compilers.core.simplify import simplify_program
from compilers.core.syntax import BOOL, F64_PRIMS, PRIMS, REPORTED_ERROR, TRAP_NO_MATCH, TRAP_UNCAUGHT
from compilers.ir import Const, FunctionBuilder, Module, ModuleBuilder, Operand, SlotRef, Sym, Temp
from compilers.ir.nodes import Function, clone_function

CON_KIND = 100
THUNK_KIND = 101
CLOSURE_KIND = 4
# Primitives that cannot fail (but by overflow) and have no effect: applied to evaluated operands in a
# lazy position they are computed at once, not delayed in a thunk (the core interpreter does the same).
CHEAP = frozenset({"add", "sub", "mul", "neg", "eq", "ne", "lt", "le", "gt", "ge"})
FALSE_WORD, TRUE_WORD = 0, 2


def int_word(n: int) -> int:
    return 2 * n + 1


@dataclass(slots=True)
class SlotVar:
    index: int  # the word $roots+2+index
    whnf: bool  # known to hold a value, never a thunk


@dataclass(slots=True)
class NumVar:
    """A variable whose value is an immediate word (an Int, a nullary constructor): held in a one-word slot
    of its own, not in the frame's roots, as the collector never follows such a word (the optimiser keeps
    the slot in a register: opt/promote.py)."""

    slot: SlotRef


@dataclass(slots=True)
class Known:
    """A function bound by let or letrec: called directly with its free variables' words first."""

    name: str  # the IR function
    arity: int
    strict: tuple[bool, ...]
    fvs: tuple[tuple[str, bool], ...] = ()  # free variables (name, whnf), in the order they are passed
    lam: ELam | None = None
    stages: bool = False  # whether its closure stage functions exist yet


Binding = SlotVar | NumVar | Known
# Comparisons: a case on one branches on the comparison itself, with no Bool word in between.
COMPARISONS = frozenset({"eq", "ne", "lt", "le", "gt", "ge"})


@dataclass(slots=True)
class _Loop:
    """A function whose self tail calls jump back to its body (after its strict parameters are forced)."""

    known: Known
    params: tuple[int, ...]  # the parameters' slots
    head: str  # the block after the parameters are forced
    again: str  # the back edge's block: clears the body's slots, then jumps to head
    used: bool = False  # whether a self tail call jumps to it


@dataclass(slots=True)
class _Fn:
    fb: FunctionBuilder
    roots: SlotRef
    env: dict[str, Binding]
    count: int = 0
    init: list[tuple[int, Operand]] = field(default_factory=list)  # roots words set on entry
    loop: _Loop | None = None  # set while a known function's body is lowered

    def new_slot(self) -> int:
        self.count += 1
        return self.count - 1


TAIL = None  # the destination of an expression in tail position
# Where an expression's value goes: a roots slot (its index), a number's slot (an immediate word: NumVar)
# or TAIL. lazy and strict give a word as a constant, a roots slot's index or a number's slot.
Dest = int | SlotRef | None


@dataclass(slots=True)
class _Lowered:
    """A top-level binding's functions as lowered once (copies: a compile changes its module's functions),
    with what they depend on besides the term."""

    term: Term  # held so that its id is not given to another term while the entry lives
    free: frozenset[str]  # the term's free variables
    # (its IR name, free variables and the top-level functions it calls; its functions; the top-level
    # functions whose closures it makes, by IR name), set at once: a compile in another thread may read it
    kept: tuple[tuple[object, ...], tuple[Function, ...], tuple[str, ...]] | None = None
    seen: bool = False  # lowered before (but not kept: _keep)
    size: int = 0  # its functions' instructions


# Top-level bindings lowered, per process, by id(erased term): the least recently used go first beyond
# MAX_LOWERED_INSTRUCTIONS kept (a Haskell program's Prelude functions are some 5,000) or MAX_LOWERED
# entries (most of them a program's own bindings, met once).
LOWERED: OrderedDict[int, _Lowered] = OrderedDict()
MAX_LOWERED_INSTRUCTIONS = 60_000
MAX_LOWERED = 4000
_lowered_size = 0


def _lowered(term: Term) -> _Lowered:
    """The entry of a top-level term (a new one, not yet lowered, the first time it is seen)."""
    key = id(term)
    entry = LOWERED.get(key)
    if entry is None or entry.term is not term:
        entry = LOWERED[key] = _Lowered(term, free_vars(term))
    with suppress(KeyError):  # compiles in other threads change the table too
        LOWERED.move_to_end(key)
    _evict()
    return entry


def _keep(
    entry: _Lowered, signature: tuple[object, ...], functions: list[Function], stages: tuple[str, ...]
) -> None:
    """Keep copies of a top-level binding's functions just lowered, the second time they are made: most
    of a program's own bindings are lowered once (the program changes), and copying them costs."""
    global _lowered_size
    if not entry.seen:
        entry.seen = True
        return
    size = sum(len(b.instrs) for f in functions for b in f.blocks)
    entry.kept = (signature, tuple(clone_function(f) for f in functions), stages)
    _lowered_size += size - entry.size
    entry.size = size
    _evict()


def _evict() -> None:
    global _lowered_size
    while (_lowered_size > MAX_LOWERED_INSTRUCTIONS or len(LOWERED) > MAX_LOWERED) and len(LOWERED) > 1:
        with suppress(KeyError):
            _key, old = LOWERED.popitem(last=False)
            _lowered_size -= old.size


def top_name(name: str) -> str:
    """A top-level binding's IR name, made from its name alone: `core.NAME` when NAME is letters, digits
    and `_`; else each other character `_`, and a part `hXXXXXXXX` after it, the name's CRC-32, which
    keeps apart names that differ only there (`P.++` and `P.<>`): `P.map` is `core.P_map.h0a1b2c3d`. No
    name lowering makes has a part of an `h` and digits where this puts its own (module docstring)."""
    plain = re.sub(r"[^A-Za-z0-9_]", "_", name)
    if plain == name:
        return f"core.{name}"
    return f"core.{plain}.h{zlib.crc32(name.encode()):08x}"


class Lowerer:
    def __init__(self, max_tags: int) -> None:
        self.mb = ModuleBuilder()
        self.builders: list[FunctionBuilder] = []  # every function's, in the module's order
        self.scope = "core"  # what the names of new functions start with: a top-level binding's name
        self.counter = 0
        self.max_tags = max_tags
        self.line: int | None = None  # the source line of the code being compiled
        self.top: dict[str, Known] = {}  # the top-level functions, by IR name
        # While a top-level binding is lowered: the top-level functions whose closures it makes
        self.deferred: dict[str, None] | None = None
        self.immediates: dict[str, bool] = {}  # returns_immediate, by IR name
        self.assumed: set[str] = set()  # the functions returns_immediate is finding, assumed to give one

    def fresh(self, hint: str) -> str:
        self.counter += 1
        base = hint.rsplit(".", 1)[0] if "." in hint else hint
        return f"{self.scope}.{base}.{self.counter}"

    # ------------------------------------------------------------ functions and frames

    def function(self, name: str, params: list[str]) -> FunctionBuilder:
        fb = self.mb.function(name, list[str | tuple[str, str]](params), ret="w")
        self.builders.append(fb)
        return fb

    def begin(self, name: str, params: list[str]) -> _Fn:
        fb = self.function(name, params)
        fb.set_line(self.line)  # a lifted function starts at the line of the code it came from
        return _Fn(fb, fb.slot("roots", 2), {})

    def finish(self, fn: _Fn) -> None:
        """Sets the frame's size and puts the frame's set-up at the start of the entry block."""
        from compilers.ir.nodes import Load, Store

        slots = fn.fb.function.slots
        for i, s in enumerate(slots):
            if s.name == fn.roots.name:
                slots[i] = type(s)(s.name, 2 + fn.count)
        prev = Temp("frame.prev")
        given = dict(fn.init)
        setup = [Load(prev, Sym("gc_frames")), Store(fn.roots, prev, 0), Store(fn.roots, Const(fn.count), 1)]
        for k in range(fn.count):
            setup.append(Store(fn.roots, given.get(k, Const(0)), 2 + k))
        setup.append(Store(Sym("gc_frames"), fn.roots, 0))
        entry = fn.fb.function.blocks[0]
        entry.instrs[0:0] = setup

    def leave(self, fn: _Fn) -> None:
        up = fn.fb.load(fn.roots, 0)
        fn.fb.store(Sym("gc_frames"), up)

    def var_word(self, fn: _Fn, index: int) -> Temp:
        return fn.fb.load(fn.roots, 2 + index)

    def put(self, fn: _Fn, index: int, value: Operand | int) -> None:
        fn.fb.store(fn.roots, value, 2 + index)

    def result(self, fn: _Fn, value: Operand | int, dest: Dest) -> None:
        if dest is TAIL:
            self.leave(fn)
            fn.fb.ret(value)
        elif isinstance(dest, SlotRef):
            fn.fb.store(dest, value)
        else:
            self.put(fn, dest, value)

    # ------------------------------------------------------------ the program

    def program(self, term: Term) -> Module:
        # Nullary constructors are the words 0, 2, 4, ...: static data at least that long keeps every heap
        # address above them, so a word below the type's bound is a nullary constructor.
        self.mb.global_("core.tags", size=2 * self.max_tags + 2)
        fn = self.begin("main", [])
        dest = fn.new_slot()
        if isinstance(term, ELetRec):  # the top level (lower_top)
            self.letrec(fn, term.binds, top=True)
            term = term.body
        self.expr(fn, term, dest)
        self.leave(fn)
        fn.fb.ret(0)
        self.finish(fn)
        return self.mb.finish()

    # ------------------------------------------------------------ lambdas, closures, thunks

    def lifted_fvs(self, env: dict[str, Binding], names: frozenset[str] | set[str]) -> list[tuple[str, bool]]:
        """The variables a lifted function needs: free variables that are slots, and the free variables of
        the known functions it uses."""
        out: dict[str, bool] = {}
        for n in sorted(names):
            b = env.get(n)
            if isinstance(b, SlotVar):
                out[n] = b.whnf
            elif isinstance(b, NumVar):
                out[n] = True
            elif isinstance(b, Known):
                for v, w in b.fvs:
                    out[v] = w
        return list(out.items())

    def known_for(self, fn: _Fn, hint: str, lam: ELam, fvs: list[tuple[str, bool]]) -> Known:
        return Known(self.fresh(hint), len(lam.params), lam.strict, tuple(fvs), lam)

    def emit_known(self, known: Known, env: dict[str, Binding]) -> None:
        """The lifted function's body: parameters are its free variables, then its own parameters."""
        assert known.lam is not None
        lam = known.lam
        params = [f"fv{i}" for i in range(len(known.fvs))] + [f"a{i}" for i in range(len(lam.params))]
        fn = self.begin(known.name, params)
        fn.env = dict(env)  # its free variables' outer slots are rebound below; no other slot is used
        for i, (v, whnf) in enumerate(known.fvs):
            k = fn.new_slot()
            fn.init.append((k, fn.fb.param(i)))
            fn.env[v] = SlotVar(k, whnf)
        for j, (p, strict) in enumerate(zip(lam.params, lam.strict, strict=False)):
            k = fn.new_slot()
            fn.init.append((k, fn.fb.param(len(known.fvs) + j)))
            fn.env[p] = SlotVar(k, False)
            if strict:
                self.force_var(fn, p, SlotVar(k, False))
        # A self tail call assigns the parameters' slots and jumps to head (app): a loop, in constant stack
        head = fn.fb.new_block("loop")
        fn.fb.jump(head)
        fn.fb.set_block(head)
        first = fn.count
        again = fn.fb.new_block("again")  # reserved; made only if a self tail call jumps to it
        fn.loop = _Loop(known, tuple(range(first - len(lam.params), first)), head, again)
        self.expr(fn, lam.body, TAIL)
        # The back edge clears the slots the body used, as entering the function anew would: an earlier
        # step's list cell in a slot that this step does not write again is not kept alive by the loop.
        if fn.loop.used:
            fn.fb.set_block(again)
            for k in range(first, fn.count):
                self.put(fn, k, 0)
            fn.fb.jump(head)
        fn.loop = None
        self.finish(fn)

    def stage_name(self, known: Known, i: int) -> str:
        return f"{known.name}.c{i}"

    def emit_stages(self, known: Known) -> None:
        """The closure code of each stage: stage i takes the closure and one argument."""
        if known.stages:
            return
        known.stages = True
        m, n = len(known.fvs), known.arity
        for i in range(n):
            fb = self.function(self.stage_name(known, i), ["clo", "arg"])
            clo, arg = fb.param(0), fb.param(1)
            if i == n - 1:
                words: list[Operand] = [fb.load(clo, 1 + j) for j in range(m + i)]
                fb.tail_call(Sym(known.name), [*words, arg])
                continue
            fn = _Fn(fb, fb.slot("roots", 2), {})
            kc, ka = fn.new_slot(), fn.new_slot()
            fn.init += [(kc, clo), (ka, arg)]
            p = fb.call("closure_new", [Sym(self.stage_name(known, i + 1)), m + i + 1])
            assert p is not None
            c2 = self.var_word(fn, kc)
            for j in range(m + i):
                fb.store(p, fb.load(c2, 1 + j), 1 + j)
            fb.store(p, self.var_word(fn, ka), 1 + m + i)
            self.leave(fn)
            fb.ret(p)
            self.finish(fn)

    def closure(self, fn: _Fn, known: Known) -> Temp:
        """A new closure of a known function, holding its free variables' words."""
        if self.deferred is not None and known.name in self.top:
            self.deferred[known.name] = None  # made after the top-level binding being lowered
        else:
            self.emit_stages(known)
        p = fn.fb.call("closure_new", [Sym(self.stage_name(known, 0)), len(known.fvs)])
        assert p is not None
        for j, (v, _) in enumerate(known.fvs):
            fn.fb.store(p, self.name_word(fn, v), 1 + j)
        return p

    def thunk_code(
        self, fn: _Fn, e: Term, name: str | None = None, fvs: list[tuple[str, bool]] | None = None
    ) -> tuple[str, list[tuple[str, bool]]]:
        """A function computing e from a thunk's free variables: (its name, those variables)."""
        if fvs is None:
            fvs = self.lifted_fvs(fn.env, free_vars(e))
        if name is None:
            name = self.fresh("thunk")
        code = self.begin(name, ["thunk"])
        code.env = dict(fn.env)  # as in emit_known: the free variables are rebound to this frame's slots
        t = code.fb.param(0)
        for i, (v, whnf) in enumerate(fvs):
            k = code.new_slot()
            code.init.append((k, code.fb.load(t, 2 + i)))
            code.env[v] = SlotVar(k, whnf)
        # the loads above must come before the frame is set up: they go first in the entry block
        loads = list(code.fb.function.blocks[0].instrs)
        code.fb.function.blocks[0].instrs.clear()
        self.expr(code, e, TAIL)
        self.finish(code)
        code.fb.function.blocks[0].instrs[0:0] = loads
        return name, fvs

    def alloc_thunk(self, fn: _Fn, code: str, nfvs: int) -> Temp:
        p = fn.fb.call("gc_alloc_obj", [THUNK_KIND, 1, 2 + nfvs])
        assert p is not None
        fn.fb.store(p, Sym(code), 0)
        return p

    def fill(self, fn: _Fn, obj_slot: int, first: int, fvs: list[tuple[str, bool]]) -> None:
        obj = self.var_word(fn, obj_slot)
        for j, (v, _) in enumerate(fvs):
            fn.fb.store(obj, self.name_word(fn, v), first + j)

    def name_word(self, fn: _Fn, name: str) -> Operand:
        """The word a variable held in a roots slot or in a number's slot (NumVar) has now."""
        b = fn.env[name]
        if isinstance(b, NumVar):
            return fn.fb.load(b.slot)
        assert isinstance(b, SlotVar)
        return self.var_word(fn, b.index)

    # ------------------------------------------------------------ values of atoms

    def lazy(self, fn: _Fn, e: Term) -> Operand | int:
        """A word for e without evaluating it: a variable's own word, a literal, a closure, a constructor
        of such words, or a new thunk. Returns a constant or the slot index (an int) holding the word."""
        match e:
            case ELit(v):
                return Const(int_word(v))
            case EVar(name):
                b = fn.env[name]
                if isinstance(b, SlotVar):
                    return b.index
                if isinstance(b, NumVar):
                    return b.slot
                k = fn.new_slot()
                self.put(fn, k, self.closure(fn, b))
                return k
            case ELam():
                known = self.known_for(fn, "lambda", e, self.lifted_fvs(fn.env, free_vars(e)))
                self.emit_known(known, fn.env)
                k = fn.new_slot()
                self.put(fn, k, self.closure(fn, known))
                return k
            case ECon(_, tag, (), _):
                return Const(2 * tag)
            case ECon(_, _, args, strict) if not any(strict):
                k = fn.new_slot()
                self.construct(fn, e, [self.lazy(fn, a) for a in args], k)
                return k
            case EPrim(op, args) if op in CHEAP and all(self.evaluated(fn, a) for a in args):
                n = fn.fb.slot("n")
                self.prim(fn, op, [self.strict(fn, a) for a in args], n)
                return n
        code, fvs = self.thunk_code(fn, e)
        k = fn.new_slot()
        self.put(fn, k, self.alloc_thunk(fn, code, len(fvs)))
        self.fill(fn, k, 2, fvs)
        return k

    def evaluated(self, fn: _Fn, e: Term) -> bool:
        if isinstance(e, ELit):
            return True
        if isinstance(e, EVar):
            b = fn.env[e.name]
            return (isinstance(b, SlotVar) and b.whnf) or isinstance(b, NumVar)
        return False

    def word(self, fn: _Fn, a: Operand | int) -> Operand:
        if isinstance(a, int):
            return self.var_word(fn, a)
        return fn.fb.load(a) if isinstance(a, SlotRef) else a

    def strict(self, fn: _Fn, e: Term) -> Operand | int:
        """A word holding e's value (evaluated now): a constant or a slot index."""
        match e:
            case ELit(v):
                return Const(int_word(v))
            case ECon(_, tag, (), _):
                return Const(2 * tag)
            case EVar(name):
                b = fn.env[name]
                if isinstance(b, SlotVar):
                    if not b.whnf:
                        self.force_var(fn, name, b)
                    return b.index
                if isinstance(b, NumVar):
                    return b.slot
        if self.immediate(fn.env, e):  # no root needed: kept in a slot of its own
            n = fn.fb.slot("n")
            self.expr(fn, e, n)
            return n
        k = fn.new_slot()
        self.expr(fn, e, k)
        return k

    def immediate(
        self,
        env: dict[str, Binding],
        e: Term,
        names: frozenset[str] = frozenset(),
        bound: frozenset[str] = frozenset(),
    ) -> bool:
        """Whether e's value is surely an immediate word (an Int or a nullary constructor; a primitive
        gives one), which the collector never follows. names: the variables bound to such values inside e
        on the way here; bound: every variable bound inside e on the way here, which hides env's (a name
        is unique within a top-level binding only, and another's body may be the one examined)."""
        match e:
            case ELit() | EPrim() | EFail() | ECon(_, _, (), _):
                return True
            case EVar(name):
                return name in names or (name not in bound and isinstance(env.get(name), NumVar))
            case ELet(name, rhs, body, _):
                if self.immediate(env, rhs, names, bound):
                    names = names | {name}
                return self.immediate(env, body, names, bound | {name})
            case ELetRec(binds, body):
                return self.immediate(env, body, names, bound | {n for n, _ in binds})
            case ECase(_, _, alts):
                return all(
                    self.immediate(env, alt.body, names - set(alt.vars), bound | set(alt.vars))
                    for alt in alts
                )
            case EApp(EVar(name), args) if name not in bound:
                target = env.get(name)
                if isinstance(target, Known) and len(args) == target.arity:
                    return self.returns_immediate(env, target)
        return False

    def returns_immediate(self, env: dict[str, Binding], known: Known) -> bool:
        """Whether a known function's saturated call surely gives an immediate word: its body's results
        are primitives, literals, nullary constructors, or calls of such functions (of itself among them:
        a loop's result comes from an exit that is not a call). Found once per function. env: where the
        call is, where the body's free variables mean what they mean in the body (the top-level names, and
        a local function's free variables, seen only within its own top-level binding)."""
        done = self.immediates.get(known.name)
        if done is not None:
            return done
        if known.name in self.assumed:
            return True
        if known.lam is None:
            return False
        root = not self.assumed
        self.assumed.add(known.name)
        try:
            found = self.immediate(env, known.lam.body, bound=frozenset(known.lam.params))
        finally:
            self.assumed.discard(known.name)
        if root or not found:  # a result found assuming an enclosing call's is kept only at the root
            self.immediates[known.name] = found
        return found

    def force_var(self, fn: _Fn, name: str, b: SlotVar) -> None:
        """Forces the variable and keeps its value in its slot in place of the thunk, so that the code that
        follows (in this branch: case arms see copies of the environment) uses it without forcing again.
        An immediate integer (an odd word) is a value already: only other words call sf_force."""
        fb = fn.fb
        w = self.var_word(fn, b.index)
        slow, done = fb.new_block("force"), fb.new_block("forced")
        fb.branch(fb.binary("rem", w, 2), done, slow)
        fb.set_block(slow)
        forced = fb.call("sf_force", [self.var_word(fn, b.index)])
        assert forced is not None
        self.put(fn, b.index, forced)
        fb.jump(done)
        fb.set_block(done)
        fn.env[name] = SlotVar(b.index, True)

    def construct(self, fn: _Fn, e: ECon, words: list[Operand | int], dest: Dest) -> None:
        p = fn.fb.call("gc_alloc_obj", [CON_KIND, 1, 1 + len(e.args)])
        assert p is not None
        fn.fb.store(p, e.tag, 0)
        for j, w in enumerate(words):
            fn.fb.store(p, self.word(fn, w), 1 + j)
        self.result(fn, p, dest)

    # ------------------------------------------------------------ expressions

    def expr(self, fn: _Fn, e: Term, dest: Dest) -> None:
        """Evaluate e to weak head normal form into the slot `dest`, or return it (dest TAIL)."""
        fb = fn.fb
        self.at_line(fn, e)
        match e:
            case ELit(v):
                self.result(fn, int_word(v), dest)
            case EVar(name):
                b = fn.env[name]
                if isinstance(b, Known):
                    self.result(fn, self.closure(fn, b), dest)
                elif isinstance(b, NumVar):
                    self.result(fn, fn.fb.load(b.slot), dest)
                elif b.whnf:
                    self.result(fn, self.var_word(fn, b.index), dest)
                elif dest is TAIL:
                    w = self.var_word(fn, b.index)
                    self.leave(fn)
                    fb.tail_call(Sym("sf_force"), [w])
                else:
                    self.force_var(fn, name, b)
                    self.result(fn, self.var_word(fn, b.index), dest)
            case ELam():
                k = self.lazy(fn, e)
                self.result(fn, self.word(fn, k), dest)
            case EApp(f, args):
                self.app(fn, f, args, dest)
            case ELet(name, rhs, body, strict):
                self.bind(fn, name, rhs, strict)
                self.expr(fn, body, dest)
            case ELetRec(binds, body):
                self.letrec(fn, binds)
                self.expr(fn, body, dest)
            case ECon(_, tag, (), _):
                self.result(fn, 2 * tag, dest)
            case ECon(_, _, args, strict):
                pairs = zip(args, strict, strict=True)
                words = [self.strict(fn, a) if s else self.lazy(fn, a) for a, s in pairs]
                self.construct(fn, e, words, dest)
            case ECase():
                self.case(fn, e, dest)
            case EPrim(op, args):
                self.prim(fn, op, [self.strict(fn, a) for a in args], dest)
            case EFail(message):
                fb.trap(TRAP_UNCAUGHT if message == REPORTED_ERROR else TRAP_NO_MATCH)
                fb.set_block(fb.new_block("after_fail"))  # unreachable; keeps the builder's flow simple
                if dest is TAIL:  # the unreachable block still leaves as a tail does, for the verifier
                    self.result(fn, 0, dest)

    def at_line(self, fn: _Fn, e: Term) -> None:
        """The code from here on is e's source line's, when e carries one."""
        line = getattr(e, "line", None)
        if line is not None:
            self.line = line
            fn.fb.set_line(line)

    def bind(self, fn: _Fn, name: str, rhs: Term, strict: bool) -> None:
        if isinstance(rhs, ELam):
            known = self.known_for(fn, name, rhs, self.lifted_fvs(fn.env, free_vars(rhs)))
            self.emit_known(known, fn.env)
            fn.env[name] = known
            return
        if isinstance(rhs, EVar):  # an alias
            fn.env[name] = b = fn.env[rhs.name]
            if not strict or isinstance(b, NumVar) or (isinstance(b, SlotVar) and b.whnf):
                return
        if strict:
            k = self.strict(fn, rhs)
            if isinstance(k, int):
                fn.env[name] = SlotVar(k, True)
            elif isinstance(k, SlotRef):
                fn.env[name] = NumVar(k)
            else:
                slot = fn.new_slot()
                self.put(fn, slot, k)
                fn.env[name] = SlotVar(slot, True)
            return
        k = self.lazy(fn, rhs)
        if isinstance(k, SlotRef):  # a total primitive of values, computed at once
            fn.env[name] = NumVar(k)
            return
        whnf = not isinstance(rhs, EVar | EApp | ELet | ELetRec | ECase | EPrim | EFail) and not (
            isinstance(rhs, ECon) and any(rhs.strict)
        )
        if isinstance(k, int):
            fn.env[name] = SlotVar(k, whnf)
        else:
            slot = fn.new_slot()
            self.put(fn, slot, k)
            fn.env[name] = SlotVar(slot, True)

    def letrec(self, fn: _Fn, binds: tuple[tuple[str, Term], ...], top: bool = False) -> None:
        """top: the program's outermost letrec, whose bindings are lowered each by lower_top."""
        lams = {n: r for n, r in binds if isinstance(r, ELam)}
        others = [(n, r) for n, r in binds if not isinstance(r, ELam)]
        entries = {n: _lowered(r) for n, r in binds} if top else {}
        # Thunks first (their slots are what the functions' free variables may name).
        for n, _ in others:
            fn.env[n] = SlotVar(fn.new_slot(), False)
        # The functions' free variables: their own, and those of the group's functions they use.
        direct = {n: entries[n].free if top else free_vars(r) for n, r in lams.items()}
        fvs: dict[str, dict[str, bool]] = {
            n: dict(self.lifted_fvs(fn.env, {v for v in fv if v not in lams})) for n, fv in direct.items()
        }
        changed = True
        while changed:
            changed = False
            for n in lams:
                for m in direct[n] & lams.keys():
                    for v, w in fvs[m].items():
                        if v not in fvs[n]:
                            fvs[n][v] = w
                            changed = True
        ir_names = {n: top_name(n) for n, _ in binds} if top else {}
        if len(set(ir_names.values())) < len(ir_names):  # names their CRC-32s do not keep apart: numbered
            ir_names = {n: f"{top_name(n)}.n{i}" for i, (n, _) in enumerate(binds)}
        knowns = {}
        for n, lam in lams.items():
            name = ir_names[n] if top else self.fresh(n)
            knowns[n] = Known(name, len(lam.params), lam.strict, tuple(sorted(fvs[n].items())), lam)
            fn.env[n] = knowns[n]
        if top:
            self.top = {k.name: k for k in knowns.values()}
        for n, k in knowns.items():
            if top:
                self.lower_top(fn, entries[n], k.name, k.fvs, partial(self.emit_known, k, fn.env))
            else:
                self.emit_known(k, fn.env)
        codes = []
        for n, r in others:
            if top:
                code = ir_names[n]
                tfvs = self.lifted_fvs(fn.env, entries[n].free)
                self.lower_top(fn, entries[n], code, tuple(tfvs), partial(self.thunk_code, fn, r, code, tfvs))
            else:
                code, tfvs = self.thunk_code(fn, r)
            b = fn.env[n]
            assert isinstance(b, SlotVar)
            self.put(fn, b.index, self.alloc_thunk(fn, code, len(tfvs)))
            codes.append((b.index, tfvs))
        for index, tfvs in codes:
            self.fill(fn, index, 2, tfvs)

    def lower_top(
        self,
        fn: _Fn,
        entry: _Lowered,
        name: str,
        fvs: tuple[tuple[str, bool], ...],
        emit: Callable[[], object],
    ) -> None:
        """A top-level binding's functions (its code named `name`, given the free variables `fvs`): as
        lowered before when its term, its free variables and the top-level functions it calls are the
        same, else lowered by `emit` (in a scope of its own: named after it, with no line at first)."""
        calls = tuple(
            (v, b.name, b.arity, b.strict, b.fvs)
            for v in sorted(entry.free)
            if isinstance(b := fn.env.get(v), Known)
        )
        signature = (name, fvs, calls)
        kept = entry.kept
        if kept is not None and kept[0] == signature:
            self.mb.module.functions.extend(clone_function(f) for f in kept[1])
            stages = kept[2]
        else:
            saved = (self.scope, self.counter, self.line, self.deferred)
            self.scope, self.counter, self.line, self.deferred = name, 0, None, {}
            start = len(self.builders)
            try:
                emit()
                made = [fb.finish() for fb in self.builders[start:]]
                stages = tuple(self.deferred)
            finally:
                self.scope, self.counter, self.line, self.deferred = saved
            _keep(entry, signature, made, stages)
        for known in stages:  # made once (emit_stages), after the binding's own functions
            self.emit_stages(self.top[known])

    def app(self, fn: _Fn, f: Term, args: tuple[Term, ...], dest: Dest) -> None:
        fb = fn.fb
        target = fn.env.get(f.name) if isinstance(f, EVar) else None
        # A known function's strict parameter is evaluated here, not delayed: the callee would force it
        # first thing on entry (its parameters in order), so the order of evaluation is the same.
        marks = target.strict if isinstance(target, Known) and len(args) >= target.arity else ()
        words = [
            self.strict(fn, a) if i < len(marks) and marks[i] else self.lazy(fn, a)
            for i, a in enumerate(args)
        ]
        # the words that are variables' own slots (release keeps them)
        named = {
            w for a, w in zip(args, words, strict=True) if isinstance(w, int) and self.is_var_slot(fn, a)
        }
        if isinstance(target, Known) and len(words) >= target.arity:
            loop = fn.loop
            if dest is TAIL and loop is not None and target is loop.known and len(words) == target.arity:
                # A self tail call: the same free variables, new parameters, and back to the loop's head
                # (the strict arguments were evaluated above, as the head expects).
                values = [self.word(fn, w) for w in words]
                for k, value in zip(loop.params, values, strict=True):
                    self.put(fn, k, value)
                fb.jump(loop.again)
                loop.used = True
                return
            fv_words = [self.name_word(fn, v) for v, _ in target.fvs]
            given = [self.word(fn, w) for w in words[: target.arity]]
            self.release(fn, words[: target.arity], named)
            if dest is TAIL and len(words) == target.arity:
                self.leave(fn)
                fb.tail_call(Sym(target.name), [*fv_words, *given])
                return
            r = fb.call(target.name, [*fv_words, *given])
            assert r is not None
            rest = words[target.arity :]
            if not rest:
                self.result(fn, r, dest)
                return
            k = fn.new_slot()
            self.put(fn, k, r)
        else:
            rest = words
            k0 = self.strict(fn, f)
            if isinstance(k0, int):
                k = k0
                if self.is_var_slot(fn, f):
                    named.add(k)
            else:
                k = fn.new_slot()
                self.put(fn, k, self.word(fn, k0))
        for i, w in enumerate(rest):
            clo = self.var_word(fn, k)
            code = fb.load(clo, 0)
            arg = self.word(fn, w)
            self.release(fn, [w, k], named)
            if i == len(rest) - 1 and dest is TAIL:
                self.leave(fn)
                fb.tail_call(code, [clo, arg])
                return
            r = fb.call(code, [clo, arg])
            assert r is not None
            if i == len(rest) - 1:
                self.result(fn, r, dest)
            else:
                k = fn.new_slot()
                self.put(fn, k, r)

    @staticmethod
    def is_var_slot(fn: _Fn, e: Term) -> bool:
        """e is a variable held in a slot: its word (from lazy or strict) is that variable's own slot."""
        return isinstance(e, EVar) and isinstance(fn.env.get(e.name), SlotVar)

    def release(self, fn: _Fn, words: list[Operand | int], named: set[int]) -> None:
        """Clears the frame's hold on an argument's temporary slot once its word is loaded for the call:
        the callee holds it from then on, so a lazy list passed to a consumer (`foldl f 0 (upto 1 n)`) is
        not kept whole by the caller's frame. Slots of variables (`named`: the call's arguments that are
        variables) stay, as their names may be used again; every other slot a word names is a temporary
        of this call (no name is ever bound to one), so the frame's variables need no search."""
        for w in dict.fromkeys(words):
            if isinstance(w, int) and w not in named:
                self.put(fn, w, 0)

    def case(self, fn: _Fn, e: ECase, dest: Dest) -> None:
        fb = fn.fb
        test = e.scrut if isinstance(e.scrut, EPrim) and e.scrut.op in COMPARISONS else None
        if test is not None:  # a Bool made only to be examined: the comparison's own branch
            self.at_line(fn, test)
            left, right = [self.strict(fn, a) for a in test.args]  # both evaluated, then loaded
            s: Operand | int = fb.binary(test.op, self.word(fn, left), self.word(fn, right))
        else:
            s = self.strict(fn, e.scrut)
        join = None if dest is TAIL else fb.new_block("join")
        default = None
        cases: list[tuple[int, str, EAlt]] = []
        for alt in e.alts:
            label = fb.new_block("alt")
            if alt.tag is not None:
                cases.append((alt.tag, label, alt))
            elif alt.lit is not None:
                cases.append((int_word(alt.lit), label, alt))
            else:
                default = (label, alt)
        fail = fb.new_block("nomatch") if default is None else default[0]
        w = self.word(fn, s)
        shape = e.shape
        if test is not None:
            to = dict.fromkeys((0, 1), fail) | {t: label for t, label, _ in cases}
            fb.branch(w, to[1], to[0])
        elif shape is None:  # Int literals: the immediate words
            fb.switch(w, fail, [(v, label) for v, label, _ in cases])
        elif not shape.boxed:  # every constructor nullary: the words 0, 2, 4, ...
            fb.switch(w, fail, [(2 * t, label) for t, label, _ in cases])
        else:
            tag = fb.new_temp("tag")
            if shape.nullary:
                small, big, go = fb.new_block("nullary"), fb.new_block("boxed"), fb.new_block("dispatch")
                fb.branch(fb.binary("lt", w, 2 * len(shape.arities)), small, big)
                fb.set_block(small)
                fb.binary("div", w, 2, dest=tag)
                fb.jump(go)
                fb.set_block(big)
                fb.load(w, 0, dest=tag)
                fb.jump(go)
                fb.set_block(go)
            else:
                fb.load(w, 0, dest=tag)
            fb.switch(tag, fail, [(t, label) for t, label, _ in cases])
        arms = [(label, alt) for _, label, alt in cases]
        if default is not None:
            arms.append(default)
        outer = dict(fn.env)
        for label, alt in arms:
            fb.set_block(label)
            fn.env = dict(outer)
            if alt.vars:
                obj = self.word(fn, s)
                for j, (v, strict) in enumerate(zip(alt.vars, alt.strict, strict=False)):
                    k = fn.new_slot()
                    self.put(fn, k, fb.load(obj, 1 + j))
                    fn.env[v] = SlotVar(k, strict)
            self.expr(fn, alt.body, dest)
            if join is not None and not fb.is_terminated:
                fb.jump(join)
        fn.env = outer
        if default is None:
            fb.set_block(fail)
            fb.trap(TRAP_NO_MATCH)
        if join is not None:
            fb.set_block(join)

    def prim(self, fn: _Fn, op: str, args: list[Operand | int], dest: Dest) -> None:
        fb = fn.fb
        ws = [self.word(fn, a) for a in args]
        if op in F64_PRIMS:
            # The runtime's binary64 routine on the numbers the words hold; a comparison gives 1 or 0.
            raw = [fb.binary("div", fb.binary("sub", w, 1), 2) for w in ws]
            got = fb.call(F64_PRIMS[op], list(raw))
            assert got is not None
            if PRIMS[op][1] == BOOL:
                self.result(fn, fb.binary("mul", got, TRUE_WORD), dest)
            else:
                self.result(fn, fb.binary("add", fb.binary("mul", got, 2), 1), dest)
            return

        def num(w: Operand) -> Temp:  # the integer an immediate word holds
            return fb.binary("div", fb.binary("sub", w, 1), 2)

        r: Operand | int
        match op:
            case "add":
                r = fb.binary("sub", fb.binary("add", ws[0], ws[1]), 1)
            case "sub":
                r = fb.binary("add", fb.binary("sub", ws[0], ws[1]), 1)
            case "mul":
                r = fb.binary("add", fb.binary("mul", num(ws[0]), fb.binary("sub", ws[1], 1)), 1)
            case "quot" | "rem":
                q = fb.binary("div" if op == "quot" else "rem", num(ws[0]), num(ws[1]))
                r = fb.binary("add", fb.binary("mul", q, 2), 1)
            case "neg":
                r = fb.binary("sub", 2, ws[0])
            case "eq" | "ne" | "lt" | "le" | "gt" | "ge":
                r = fb.binary("mul", fb.binary(op, ws[0], ws[1]), TRUE_WORD)
            case "putInt":
                fb.print_int(num(ws[0]))
                r = int_word(0)
            case "putChar":
                fb.print_char(num(ws[0]))
                r = int_word(0)
            case "getChar":
                c = fb.read_char()
                r = fb.binary("add", fb.binary("mul", c, 2), 1)
            case "exit":
                # The shared runtime's exit (stdlib.ir) keeps the status in @__exit_status and halts.
                fb.call("exit", [num(ws[0])], returns=False)
                r = int_word(0)
            case _:
                raise ValueError(f"unknown primitive {op}")
        self.result(fn, r, dest)


def lower_program(term: Term, max_tags: int) -> Module:
    """The IR module of an erased program, simplified first (simplify.py); max_tags: the most constructors
    any of its types has."""
    return Lowerer(max_tags).program(simplify_program(term))
