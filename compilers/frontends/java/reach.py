"""Reachability (JLS 14.22), as javac's flow analysis (Flow.AliveAnalyzer) checks it.

A statement that cannot be reached is javac's `unreachable statement`: one after a `return`, `throw`,
`break` or `continue` in its block, after a loop that only a `break` leaves (`while (true)` without
one), the body of `while (false)`, a statement of a switch group after one that cannot complete
normally. Only the first of a run is reported: the analysis then goes on as if it were reachable
("recovery", which no later `missing return statement` follows, as in javac). A method with a result
whose end is reachable is javac's `missing return statement` where the checker's simpler test found
none (`return 1; if (c) { }`: the `if` completes again). A condition is constant only when it
is a literal, a constant variable or `!`, `&&`, `||` and comparisons of such (JLS 15.29). The analysis
runs on a checked tree, only when the checker found no error, as javac's runs after attribution.
"""

from __future__ import annotations

from dataclasses import fields
from enum import Enum

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.java import ast as A
from compilers.frontends.java.types import FieldInfo, LocalInfo, constant_text, int_constant


class Live(Enum):
    ALIVE = 1
    DEAD = 2
    RECOVERY = 3  # after an unreachable statement was reported

    def or_(self, other: Live) -> Live:
        if self is Live.ALIVE or other is Live.ALIVE:
            return Live.ALIVE
        return Live.RECOVERY if Live.RECOVERY in (self, other) else Live.DEAD

    def and_(self, value: bool) -> Live:
        return self if value else Live.DEAD


def alive(value: bool) -> Live:
    return Live.ALIVE if value else Live.DEAD


def constant_bool(e: A.Expr | None, depth: int = 0) -> bool | None:
    """The value of a constant boolean expression, or None (also when unsure)."""
    if e is None or depth > 16:
        return None
    if isinstance(e, A.Literal):
        return e.value if e.kind == "boolean" and isinstance(e.value, bool) else None
    if isinstance(e, A.Unary) and e.op == "!":
        v = constant_bool(e.operand, depth + 1)
        return None if v is None else not v
    if isinstance(e, A.Binary) and e.op in ("&&", "||", "==", "!=", "&", "|", "^"):
        a, b = constant_bool(e.left, depth + 1), constant_bool(e.right, depth + 1)
        if a is not None and b is not None:  # both boolean constants
            ops = {"&&": a and b, "||": a or b, "==": a == b, "!=": a != b, "&": a and b, "|": a or b}
            return ops.get(e.op, a != b)
    if isinstance(e, A.Binary) and e.op in ("==", "!="):  # two constant strings: interned, one object
        s, t = constant_text(e.left), constant_text(e.right)
        if s is not None and t is not None:
            return (s == t) == (e.op == "==")
    if isinstance(e, A.Binary) and e.op in ("<", "<=", ">", ">=", "==", "!="):
        x, y = int_constant(e.left), int_constant(e.right)
        if x is None or y is None:
            return None
        return {"<": x < y, "<=": x <= y, ">": x > y, ">=": x >= y, "==": x == y, "!=": x != y}[e.op]
    if isinstance(e, A.Name):  # a final boolean local or field set by a constant
        ref = e.ref
        local = ref[1] if isinstance(ref, tuple) and len(ref) == 2 and ref[0] == "local" else None
        if isinstance(local, LocalInfo) and local.ty == "boolean" and local.constant is not None:
            return constant_bool(local.constant, depth + 1)
        f = ref[1] if isinstance(ref, tuple) and len(ref) == 2 and ref[0] in ("static", "field") else None
        if isinstance(f, FieldInfo) and f.final and f.ty == "boolean" and f.decl is not None:
            return constant_bool(f.decl.init, depth + 1)
    return None


def where(st: A.Stmt) -> Span:
    """Where javac reports a statement: a local variable at its name."""
    return st.name_span if isinstance(st, A.LocalVar) else st.span


class _Analysis:
    def __init__(self, diags: DiagnosticBag) -> None:
        self.diags = diags
        self.live = Live.ALIVE
        # The jumps not yet resolved: (kind, label, target node or None); targets are found by label or
        # by the innermost loop or switch, as the walk leaves each statement.
        self.exits: list[tuple[str, str, A.Node | None]] = []
        self.loops: list[A.Node] = []  # enclosing loops and switches, innermost last

    def error(self, span: Span) -> None:
        self.diags.error("unreachable", "unreachable statement", span)

    # ---- statements

    def stat(self, st: A.Stmt | None) -> None:
        if st is None:
            return
        if self.live is Live.DEAD:
            self.error(where(st))
            if not isinstance(st, A.Empty):
                self.live = Live.RECOVERY
        self.visit(st)

    def stats(self, body: list[A.Stmt]) -> None:
        for st in body:
            self.stat(st)

    def resolve(self, node: A.Node, kind: str, label: str = "") -> Live:
        """Take the jumps of this kind that go to node: ALIVE when there was one."""
        found = False
        kept = []
        for k, lab, target in self.exits:
            if k == kind and (target is node or (lab and lab == label)):
                found = True
            else:
                kept.append((k, lab, target))
        self.exits = kept
        return alive(found)

    def jump(self, kind: str, label: str) -> None:
        target = (
            None
            if label
            else next(
                (n for n in reversed(self.loops) if kind == "break" or not isinstance(n, A.Switch)), None
            )
        )
        self.exits.append((kind, label, target))
        self.live = Live.DEAD

    def loop(self, st: A.Stmt, label: str) -> None:
        self.loops.append(st)
        if isinstance(st, A.DoWhile):
            self.stat(st.body)
            self.live = self.live.or_(self.resolve(st, "continue", label))
            self.expr(st.cond)
            self.live = self.live.and_(constant_bool(st.cond) is not True)
            self.loops.pop()
            self.live = self.live.or_(self.resolve(st, "break", label))
            return
        if isinstance(st, A.ForEach):
            self.expr(st.iterable)
            self.stat(st.body)
            self.loops.pop()
            self.resolve(st, "continue", label)
            self.resolve(st, "break", label)
            self.live = Live.ALIVE
            return
        cond = st.cond if isinstance(st, A.While | A.For) else None
        self.expr(cond)
        value = constant_bool(cond) if cond is not None else True
        self.live = alive(value is not False)
        assert isinstance(st, A.While | A.For)
        self.stat(st.body)
        self.live = self.live.or_(self.resolve(st, "continue", label))
        if isinstance(st, A.For):
            for u in st.update:
                self.expr(u)
        self.loops.pop()
        self.live = self.resolve(st, "break", label).or_(alive(value is not True))

    def visit(self, st: A.Stmt) -> None:
        if isinstance(st, A.LocalVar):
            self.expr(st.init)
        elif isinstance(st, A.ExprStmt):
            self.expr(st.expr)
        elif isinstance(st, A.Block):
            self.stats(st.body)
        elif isinstance(st, A.If):
            self.expr(st.cond)
            self.stat(st.then)
            if st.other is not None:
                after_then = self.live
                self.live = Live.ALIVE
                self.stat(st.other)
                self.live = self.live.or_(after_then)
            else:
                self.live = Live.ALIVE
        elif isinstance(st, A.For):
            self.stats(st.init)
            self.loop(st, "")
        elif isinstance(st, A.While | A.DoWhile | A.ForEach):
            self.loop(st, "")
        elif isinstance(st, A.Labeled):
            if isinstance(st.body, A.While | A.DoWhile | A.For | A.ForEach):
                if isinstance(st.body, A.For):
                    self.stats(st.body.init)
                self.loop(st.body, st.label)
            else:
                self.stat(st.body)
            self.live = self.live.or_(self.resolve(st, "break", st.label))
        elif isinstance(st, A.Switch):
            self.expr(st.subject)
            self.loops.append(st)
            for case in st.cases:
                self.live = Live.ALIVE
                for x in case.body:
                    if isinstance(x, A.Break) and x.span is case.span:  # an arrow case's own end
                        if self.live is not Live.DEAD:
                            self.exits.append(("break", "", st))
                        self.live = Live.DEAD
                    else:
                        self.stat(x)
            self.loops.pop()
            if any(not c.labels for c in st.cases):
                pass  # a default: the switch completes as its cases do
            else:
                self.live = Live.ALIVE
            self.live = self.live.or_(self.resolve(st, "break"))
        elif isinstance(st, A.Break):
            self.jump("break", st.label)
        elif isinstance(st, A.Continue):
            self.jump("continue", st.label)
        elif isinstance(st, A.Yield):
            self.expr(st.value)
            self.exits.append(("yield", "", None))
            self.live = Live.DEAD
        elif isinstance(st, A.Return):
            self.expr(st.value)
            self.exits.append(("return", "", None))
            self.live = Live.DEAD
        elif isinstance(st, A.Throw):
            self.expr(st.value)
            self.live = Live.DEAD
        elif isinstance(st, A.Try):
            outer, self.exits = self.exits, []
            self.stat(st.body)
            end = self.live
            for c in st.catches:
                self.live = Live.ALIVE
                self.stat(c.body)
                end = end.or_(self.live)
            inner, self.exits = self.exits, outer
            if st.final is not None:
                self.live = Live.ALIVE
                self.stat(st.final)
                if self.live is Live.DEAD:  # a finally that cannot complete: the jumps before it are lost
                    return
            self.exits += inner
            self.live = end
        elif isinstance(st, A.LocalClass):
            self.class_decl(st.decl)

    # ---- what expressions hold: lambdas, anonymous classes and switch expressions

    def expr(self, e: object) -> None:
        if isinstance(e, list | tuple):
            for x in e:
                self.expr(x)
            return
        if not isinstance(e, A.Expr):
            return
        if isinstance(e, A.Lambda):
            if isinstance(e.body, A.Block):
                self.body(e.body, None)
            return
        if isinstance(e, A.New) and e.body is not None:
            self.expr(e.args)
            self.expr(e.outer)
            self.class_decl(e.body)
            return
        if isinstance(e, A.SwitchExpr):
            self.expr(e.subject)
            saved = self.live
            self.loops.append(e)
            for case in e.cases:
                self.live = Live.ALIVE
                self.stats(case.body)
            self.loops.pop()
            self.exits = [x for x in self.exits if x[0] != "yield"]
            self.live = saved
            return
        for f in fields(e):
            value = getattr(e, f.name)
            if isinstance(value, A.Expr | list):
                self.expr(value)

    # ---- bodies

    def body(self, block: A.Block, ret: str | None) -> Live:
        """A method's, constructor's, initialiser's or lambda's body, from a fresh state."""
        saved = self.live, self.exits, self.loops
        self.live, self.exits, self.loops = Live.ALIVE, [], []
        self.stat(block)
        end = self.live
        if end is Live.ALIVE and ret and ret != "void" and block.end is not None:
            self.diags.error("missing_return", "missing return statement", block.end)
        self.live, self.exits, self.loops = saved
        return end

    def class_decl(self, d: A.ClassDecl) -> None:
        for b in d.inits:
            self.body(b, None)
        for _, b in d.instance_inits:
            self.body(b, None)
        for f in d.fields:
            self.expr(f.init)
        for m in d.methods:
            if m.body is not None:
                self.body(m.body, m.ret)
        for n in d.nested:
            self.class_decl(n)
        for k in d.constants:
            self.expr(k.args)
            if k.body is not None:
                self.class_decl(k.body)


def check_reachability(unit: A.CompilationUnit, diags: DiagnosticBag) -> None:
    """Check every method, constructor, initialiser and lambda of the program's classes."""
    analysis = _Analysis(diags)
    for d in unit.classes:
        if not d.library:
            analysis.class_decl(d)
