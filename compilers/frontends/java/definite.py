"""Definite assignment (JLS 16), as javac's flow analysis checks it for local variables.

A local declared without an initialiser must be definitely assigned before it is read (`variable x
might not have been initialized`), and a blank `final` local assigned only where it is definitely
unassigned (`variable x might already have been assigned`, or `... might be assigned in loop` when the
second assignment comes from the loop's next iteration). The analysis runs on a checked tree, only when
the checker found no error, as javac's runs after attribution.

A state holds the locals definitely assigned (`da`) and those possibly assigned (`pa`, the complement
of "definitely unassigned"). Code after a jump is dead: every local is then both definitely assigned and
definitely unassigned, so a dead state is neutral when paths merge. A jump (`break`, `continue`,
`yield`) leaves its state with its target, merged in where the target's statement completes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.java import ast as A

# A variable whose assignment is followed: a local, or a blank final field while its class's
# constructors and initialisers are analysed.
Var = A.LocalVar | A.FieldDecl


@dataclass(frozen=True)
class State:
    da: frozenset[Var]
    pa: frozenset[Var]
    dead: bool = False

    def merge(self, other: State) -> State:
        if self.dead:
            return other
        if other.dead:
            return self
        return State(self.da & other.da, self.pa | other.pa)

    def assigned(self, v: Var) -> State:
        if self.dead:
            return self
        return State(self.da | {v}, self.pa | {v})


DEAD = State(frozenset(), frozenset(), True)


@dataclass(eq=False)
class _Target:
    """A statement that jumps leave to: a loop, a switch, a switch expression or a labelled statement."""

    node: A.Node
    label: str = ""
    breaks: bool = True  # an unlabelled break may leave to it (a loop or a switch statement)
    loop: bool = False
    cont: _Target | None = None  # a loop's next iteration, where its continues go


class _Analysis:
    def __init__(self, diags: DiagnosticBag) -> None:
        self.diags = diags
        self.scopes: list[dict[str, A.LocalVar | None]] = []
        self.targets: list[_Target] = []
        self.exits: list[tuple[_Target | None, State]] = []  # None: a return (leaves the method)
        self.in_loop_pass_two = False
        self.errors = 0
        self.tries: list[set[Var]] = []  # the variables assigned so far in each enclosing try
        self.fields: set[A.FieldDecl] = set()  # the blank final fields being initialised

    # ---- reporting

    def error(self, message: str, span: Span) -> None:
        self.errors += 1
        self.diags.error("definite", message, span)

    # ---- names

    def lookup(self, e: A.Expr) -> Var | None:
        if isinstance(e, A.FieldAccess) and isinstance(e.target, A.This) and not e.target.qual:
            return self.field(e.ref)  # this.x
        if not isinstance(e, A.Name) or not isinstance(e.ref, tuple):
            return None
        if e.ref[0] in ("field", "static"):
            return self.field(e.ref[1])
        if e.ref[0] not in ("local", "capture"):
            return None
        for scope in reversed(self.scopes):
            if e.ident in scope:
                return scope[e.ident]
        return None

    def field(self, f: object) -> A.FieldDecl | None:
        decl = getattr(f, "decl", None)
        return decl if decl in self.fields else None

    def declare(self, name: str, v: A.LocalVar | None) -> None:
        self.scopes[-1][name] = v

    def read(self, e: A.Name | A.FieldAccess, s: State) -> State:
        v = self.lookup(e)
        if v is None or s.dead or v in s.da:
            return s
        self.error(f"variable {v.name} might not have been initialized", e.span)
        return State(s.da | {v}, s.pa)  # reported once, as javac does

    def let(self, target: A.Expr, s: State) -> State:
        v = self.lookup(target)
        if v is None:
            return s
        if (isinstance(v, A.FieldDecl) or v.final) and not s.dead:
            if isinstance(v, A.LocalVar) and v.resource:
                self.error(f"auto-closeable resource {v.name} may not be assigned", target.span)
            elif v.init is not None:
                self.error(f"cannot assign a value to final variable {v.name}", target.span)
            elif v in s.pa:
                how = (
                    "might be assigned in loop"
                    if self.in_loop_pass_two
                    else "might already have been assigned"
                )
                self.error(f"variable {v.name} {how}", target.span)
        for assigned in self.tries:
            assigned.add(v)
        return s.assigned(v)

    # ---- jumps

    def leave(self, target: _Target | None, s: State) -> State:
        if not s.dead:
            self.exits.append((target, s))
        return DEAD

    def resolve(self, target: _Target, s: State) -> State:
        """The state where a target completes: its normal end merged with the jumps that leave to it."""
        kept: list[tuple[_Target | None, State]] = []
        for t, st in self.exits:
            if t is target:
                s = s.merge(st)
            else:
                kept.append((t, st))
        self.exits = kept
        return s

    def jump_target(self, label: str, is_continue: bool) -> _Target | None:
        for i in range(len(self.targets) - 1, -1, -1):
            t = self.targets[i]
            if label:
                if t.label == label:
                    if is_continue:  # continue outer: the loop that the label names
                        return self.targets[i + 1] if i + 1 < len(self.targets) else None
                    return t
            elif (t.loop if is_continue else t.breaks) and not t.label:
                return t
        return None

    # ---- statements

    def block(self, body: list[A.Stmt], s: State) -> State:
        self.scopes.append({})
        for st in body:
            s = self.stmt(st, s)
        self.scopes.pop()
        return s

    def stmt(self, st: A.Stmt, s: State) -> State:
        if isinstance(st, A.LocalVar):
            if st.init is not None:
                s = self.expr(st.init, s)
            self.declare(st.name, st)
            if s.dead:
                return s
            da, pa = s.da - {st}, s.pa - {st}
            return State(da | {st}, pa | {st}) if st.init is not None else State(da, pa)
        if isinstance(st, A.ExprStmt):
            return self.expr(st.expr, s)
        if isinstance(st, A.Block):
            return self.block(st.body, s)
        if isinstance(st, A.If):
            t, f = self.cond(st.cond, s)
            after_then = self.scoped(st.then, t)
            after_else = self.scoped(st.other, f) if st.other is not None else f
            return after_then.merge(after_else)
        if isinstance(st, A.While | A.DoWhile | A.For | A.ForEach):
            return self.loop(st, s, "")
        if isinstance(st, A.Labeled):
            target = _Target(st, st.label, breaks=False)
            self.targets.append(target)
            if isinstance(st.body, A.While | A.DoWhile | A.For | A.ForEach):
                after = self.loop(st.body, s, st.label)
            else:
                after = self.scoped(st.body, s)
            self.targets.pop()
            return self.resolve(target, after)
        if isinstance(st, A.Switch):
            s = self.expr(st.subject, s)
            target = _Target(st)
            self.targets.append(target)
            after = self.cases(st.cases, s)
            self.targets.pop()
            if not any(not c.labels for c in st.cases):
                after = after.merge(s)  # no default: no case may run
            return self.resolve(target, after)
        if isinstance(st, A.Break):
            return self.leave(self.jump_target(st.label, False), s)
        if isinstance(st, A.Continue):
            loop = self.jump_target(st.label, True)
            return self.leave(loop.cont if loop is not None else None, s)
        if isinstance(st, A.Yield):
            s = self.expr(st.value, s)
            into = next((t for t in reversed(self.targets) if isinstance(t.node, A.SwitchExpr)), None)
            return self.leave(into, s)
        if isinstance(st, A.Return):
            if st.value is not None:
                s = self.expr(st.value, s)
            return self.leave(None, s)
        if isinstance(st, A.Throw):
            self.expr(st.value, s)
            return DEAD
        if isinstance(st, A.Try):
            return self.try_(st, s)
        if isinstance(st, A.LocalClass):
            self.local_class(st.decl, s)
            return s
        return s

    def scoped(self, st: A.Stmt, s: State) -> State:
        self.scopes.append({})
        s = self.stmt(st, s)
        self.scopes.pop()
        return s

    def cases(self, cases: list[A.Case], s: State) -> State:
        """A switch's cases: each is entered from the subject, or falls through from the one before."""
        self.scopes.append({})
        after = DEAD
        for c in cases:
            for label in c.labels:
                self.expr(label, s)
            after = s.merge(after) if not after.dead else s
            for st in c.body:
                after = self.stmt(st, after)
        self.scopes.pop()
        return after

    def loop(self, st: A.Stmt, s: State, label: str) -> State:
        """A loop, analysed again when its body may assign a local that was definitely unassigned on
        entry (javac's second pass, whose error says "in loop")."""
        target = _Target(st, loop=True, cont=_Target(st, breaks=False))
        saved = self.in_loop_pass_two
        self.in_loop_pass_two = False
        self.scopes.append({})
        if isinstance(st, A.For):
            for i in st.init:
                s = self.stmt(i, s)
        elif isinstance(st, A.ForEach):
            s = self.expr(st.iterable, s)
        entry = s
        errors = self.errors
        after = DEAD
        while True:
            self.targets.append(target)
            after, back = self.loop_once(st, entry)
            self.targets.pop()
            back = back.merge(self.resolve_continues(target))
            if self.errors != errors or self.in_loop_pass_two or back.dead or back.pa <= entry.pa:
                break
            self.drop_breaks(target)
            entry = State(entry.da, entry.pa | back.pa, entry.dead)
            self.in_loop_pass_two = True
        self.scopes.pop()
        self.in_loop_pass_two = saved
        return self.resolve(target, after)

    def loop_once(self, st: A.Stmt, s: State) -> tuple[State, State]:
        """One pass over a loop from its entry state: the state when the loop ends without a break, and
        the state carried back to its next iteration."""
        if isinstance(st, A.While):
            t, f = self.cond(st.cond, s)
            return f, self.scoped(st.body, t)
        if isinstance(st, A.DoWhile):
            end = self.scoped(st.body, s)
            end = end.merge(self.resolve_continues(self.targets[-1]))
            t, f = self.cond(st.cond, end)
            return f, t
        if isinstance(st, A.For):
            t, f = self.cond(st.cond, s) if st.cond is not None else (s, DEAD)
            end = self.scoped(st.body, t)
            end = end.merge(self.resolve_continues(self.targets[-1]))
            for u in st.update:
                end = self.expr(u, end)
            return f, end
        assert isinstance(st, A.ForEach)
        self.scopes.append({st.var.name: None})
        end = self.scoped(st.body, s)
        self.scopes.pop()
        return s, end

    def resolve_continues(self, target: _Target) -> State:
        """The states of the `continue`s that go to a loop's next iteration (taken out of the jumps)."""
        assert target.cont is not None
        return self.resolve(target.cont, DEAD)

    def drop_breaks(self, target: _Target) -> None:
        self.exits = [(t, st) for t, st in self.exits if t is not target]

    def try_(self, st: A.Try, s: State) -> State:
        marks = len(self.exits)
        assigned: set[Var] = set()
        self.tries.append(assigned)
        after = self.block(st.body.body, s)
        self.tries.pop()
        # A catch may start after any part of the try block: what the block assigns is possibly assigned.
        start = State(s.da, s.pa | assigned)
        for c in st.catches:
            self.tries.append(assigned)
            self.scopes.append({c.name: None})
            after = after.merge(self.block(c.body.body, start))
            self.scopes.pop()
            self.tries.pop()
        if st.final is None:
            return after
        fin_start = State(s.da, s.pa | assigned)
        fin = self.block(st.final.body, fin_start)
        if fin.dead:
            del self.exits[marks:]
            return DEAD
        added = fin.da - s.da
        self.exits[marks:] = [
            (t, x if x.dead else State(x.da | added, x.pa | fin.pa)) for t, x in self.exits[marks:]
        ]
        if after.dead:
            return after
        return State(after.da | added, after.pa | fin.pa)

    # ---- expressions

    def cond(self, e: A.Expr, s: State) -> tuple[State, State]:
        """The states after a boolean expression when it is true and when it is false."""
        if isinstance(e, A.Literal) and e.kind == "boolean":
            return (s, DEAD) if e.value else (DEAD, s)
        if isinstance(e, A.Unary) and e.op == "!":
            t, f = self.cond(e.operand, s)
            return f, t
        if isinstance(e, A.Binary) and e.op == "&&":
            lt, lf = self.cond(e.left, s)
            rt, rf = self.cond(e.right, lt)
            return rt, lf.merge(rf)
        if isinstance(e, A.Binary) and e.op == "||":
            lt, lf = self.cond(e.left, s)
            rt, rf = self.cond(e.right, lf)
            return lt.merge(rt), rf
        if isinstance(e, A.Cond) and e.ty in ("boolean", "Boolean"):
            ct, cf = self.cond(e.cond, s)
            tt, tf = self.cond(e.then, ct)
            ot, of = self.cond(e.other, cf)
            return tt.merge(ot), tf.merge(of)
        after = self.expr(e, s)
        return after, after

    def expr(self, e: A.Expr | None, s: State) -> State:
        if e is None:
            return s
        if isinstance(e, A.Name):
            return self.read(e, s)
        if isinstance(e, A.FieldAccess) and self.lookup(e) is not None:
            return self.read(e, s)
        if isinstance(e, A.Assign):
            if self.lookup(e.target) is not None:
                if e.op != "=" and isinstance(e.target, A.Name | A.FieldAccess):
                    s = self.read(e.target, s)
                s = self.expr(e.value, s)
                return self.let(e.target, s)
            s = self.expr(e.target, s)
            return self.expr(e.value, s)
        if isinstance(e, A.IncDec):
            s = self.expr(e.target, s)
            return self.let(e.target, s)
        if (isinstance(e, A.Binary) and e.op in ("&&", "||")) or (isinstance(e, A.Unary) and e.op == "!"):
            t, f = self.cond(e, s)
            return t.merge(f)
        if isinstance(e, A.Cond):
            if e.ty in ("boolean", "Boolean"):
                t, f = self.cond(e, s)
                return t.merge(f)
            ct, cf = self.cond(e.cond, s)
            return self.expr(e.then, ct).merge(self.expr(e.other, cf))
        if isinstance(e, A.SwitchExpr):
            s = self.expr(e.subject, s)
            target = _Target(e, breaks=False)
            self.targets.append(target)
            self.cases(e.cases, s)
            self.targets.pop()
            return self.resolve(target, DEAD)
        if isinstance(e, A.Lambda):
            self.lambda_(e, s)
            return s
        if isinstance(e, A.MethodRef):
            return self.expr(e.target, s)
        if isinstance(e, A.New):
            if e.outer is not None:
                s = self.expr(e.outer, s)
            for a in e.args:
                s = self.expr(a, s)
            if e.body is not None:
                self.local_class(e.body, s)
            return s
        if isinstance(e, A.InstanceOf):
            s = self.expr(e.operand, s)
            if e.bind is not None:
                self.declare(e.bind, None)
            return s
        for child in children(e):
            s = self.expr(child, s)
        return s

    def lambda_(self, e: A.Lambda, s: State) -> None:
        """A lambda's body starts from the state where it is written; what it assigns stays inside."""
        saved = self.targets, self.exits, self.tries, self.in_loop_pass_two
        self.targets, self.exits, self.tries, self.in_loop_pass_two = [], [], [], False
        self.scopes.append({name: None for _, name in e.params})
        if isinstance(e.body, A.Block):
            self.block(e.body.body, s)
        else:
            self.expr(e.body, s)
        self.scopes.pop()
        self.targets, self.exits, self.tries, self.in_loop_pass_two = saved

    def local_class(self, d: A.ClassDecl, s: State) -> None:
        """A local or anonymous class and the classes nested in it, written where the state is s."""
        self.class_body(d, s)
        for n in d.nested:
            self.local_class(n, s)
        for k in d.constants:
            if k.body is not None:
                self.local_class(k.body, s)

    def class_body(self, d: A.ClassDecl, s: State) -> None:
        """A class's initialisers, constructors and methods (JLS 16.8, 16.9). For a local or anonymous
        class, s is the state where it is written: its code reads the enclosing method's locals so."""
        saved = self.targets, self.exits, self.tries, self.in_loop_pass_two, self.fields
        self.targets, self.exits, self.tries, self.in_loop_pass_two = [], [], [], False
        self.scopes.append({f.name: None for f in d.fields})
        blank = [f for f in d.fields if "final" in f.modifiers and f.init is None and d.kind != "interface"]
        statics = {f for f in blank if "static" in f.modifiers}
        # Static field initialisers and static blocks, in order; then every blank static final is set.
        self.fields = statics
        st = s
        for f in d.fields:
            if "static" in f.modifiers:
                st = self.expr(f.init, st)
        for b in d.inits:
            st = self.block(b.body, st)
        for f in blank:
            if f in statics and not st.dead and f not in st.da:
                self.error(f"variable {f.name} not initialized in the default constructor", f.span)
        # Instance field initialisers, then each constructor that does not begin with this(...).
        self.fields = {f for f in blank if f not in statics}
        st = s
        blocks = list(d.instance_inits)
        for k, f in enumerate(d.fields):
            while blocks and blocks[0][0] <= k:
                st = self.block(blocks.pop(0)[1].body, st)
            if "static" not in f.modifiers:
                st = self.expr(f.init, st)
        for _, b in blocks:
            st = self.block(b.body, st)
        constructors = [m for m in d.methods if not m.ret and m.body is not None]
        if not constructors and d.kind == "class":
            for f in blank:
                if f in self.fields and f not in st.da:
                    self.error(f"variable {f.name} not initialized in the default constructor", f.span)
        for m in constructors:
            assert m.body is not None
            first = m.body.body[0] if m.body.body else None
            delegates = (
                isinstance(first, A.ExprStmt)
                and isinstance(first.expr, A.Call)
                and isinstance(first.expr.target, A.This)
                and first.expr.ident == "<init>"
            )
            start = State(st.da | self.fields, st.pa | self.fields) if delegates else st
            end = self.method_body(m, start)
            for f in blank:
                if f in self.fields and not end.dead and f not in end.da and m.body.end is not None:
                    self.error(f"variable {f.name} might not have been initialized", m.body.end)
        self.fields = set()
        for m in d.methods:
            if m.ret and m.body is not None:
                self.method_body(m, s)
        self.scopes.pop()
        self.targets, self.exits, self.tries, self.in_loop_pass_two, self.fields = saved

    def method_body(self, m: A.MethodDecl, s: State) -> State:
        """A method's or constructor's body: the state where it returns (at its end or a return)."""
        assert m.body is not None
        self.exits = []
        self.scopes.append({p.name: None for p in m.params})
        end = self.block(m.body.body, s)
        self.scopes.pop()
        for t, x in self.exits:
            if t is None:
                end = end.merge(x)
        self.exits = []
        return end


def children(e: A.Expr) -> Iterator[A.Expr]:
    """An expression's operands, in the order Java evaluates them."""
    if isinstance(e, A.FieldAccess):
        yield e.target
    elif isinstance(e, A.Call):
        if e.target is not None:
            yield e.target
        yield from e.args
    elif isinstance(e, A.NewArray):
        yield from e.dims
    elif isinstance(e, A.ArrayLit):
        yield from e.elems
    elif isinstance(e, A.Index):
        yield e.target
        yield e.index
    elif isinstance(e, A.Unary):
        yield e.operand
    elif isinstance(e, A.Binary):
        yield e.left
        yield e.right
    elif isinstance(e, A.Cast):
        yield e.operand


def check_definite_assignment(unit: A.CompilationUnit, diags: DiagnosticBag) -> None:
    """Check every method, constructor and initialiser of the program's classes."""
    todo = [d for d in unit.classes if not d.library]
    while todo:
        d = todo.pop(0)
        todo.extend(d.nested)
        todo.extend(k.body for k in d.constants if k.body is not None)  # enum constants' class bodies
        analysis = _Analysis(diags)
        analysis.class_body(d, State(frozenset(), frozenset()))
