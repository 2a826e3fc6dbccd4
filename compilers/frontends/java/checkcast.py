"""The casts javac inserts where an erased generic value is used at a more specific type (JLS 5.1.9's
heap pollution made visible; javac's TransTypes.retype and Lower's enhanced for).

A generic member's value is of its declaration's erasure at run time: `List<String>.get(0)` gives an
Object, a field `T value` read through a `Box<String>` gives an Object. Where such a value is used as a
type its erasure is not a subtype of (the erasure of what the use expects: a String local, println's
String, a receiver of String's method, an int by unboxing), javac checks it with a cast, so a list
filled through a raw type throws ClassCastException there and nowhere else: `Object o = names.get(0)`,
`String.valueOf(names.get(0))`, `list.add(names.get(0))` and an expression statement are not checked.

Each expression so checked gets the attribute `checkcast` (the class it is cast to), which lowering
checks after computing it; an enhanced for over an Iterable gets `elem_cast`, the class its variable's
value is cast to (Lower's `(T) it.next()`). A program can only pollute its heap through an unchecked
operation (JLS 4.12.2): a raw type, a cast to a type variable or a parameterized type, a variable-arity
parameter of one. A program without any (most are) needs no check, and gets none."""

from __future__ import annotations

from compilers.frontends.java import ast as A
from compilers.frontends.java.generic import UNBOXES, box, read_type, split
from compilers.frontends.java.types import PRIMITIVE, ClassInfo, FieldInfo, MethodInfo

# The classes a cast can test that are not among the program's classes.
_TESTABLE = ("String", "StringBuilder", "CharSequence")
# Binary operators whose operands are unboxed when either is a primitive (== and != compare references
# when both are).
_REFERENCE_EQUALITY = ("==", "!=")


class Casts:
    def __init__(self, classes: dict[str, ClassInfo]) -> None:
        self.classes = classes
        self.tvars: dict[str, str] = {}
        self.ret = "void"

    # ---- types

    def erasure(self, ty: str, tvars: dict[str, str] | None = None) -> str:
        """A type's erasure (JLS 4.6): a type variable's is its bound's (its first, for A & B)."""
        tv = self.tvars if tvars is None else tvars
        ty = read_type(ty)
        for _ in range(10):
            base, _args, dims = split(ty)
            if base not in tv or base in self.classes:
                return base + dims
            ty = (tv[base] or "Object").split("&")[0].strip() + dims
        return "Object"

    def subtype(self, a: str, b: str) -> bool:
        """Whether every value of erased type a is one of erased type b (True when unsure is wrong:
        False costs a check that cannot fail)."""
        if a == b or b == "Object":
            return True
        if a == "String":
            return b in ("Comparable", "CharSequence")
        if a == "StringBuilder":
            return b == "CharSequence"
        ca, cb = self.classes.get(a), self.classes.get(b)
        return ca is not None and cb is not None and ca.is_subclass_of(cb)

    def testable(self, ty: str) -> bool:
        """Whether lowering can test a value against class ty (not an array, not a primitive)."""
        if ty.endswith("[]") or ty in PRIMITIVE:
            return False
        return ty in _TESTABLE or ty in self.classes

    def declared(self, e: A.Expr) -> str | None:
        """The erasure of e's type as its member is declared, when that is a type variable's (a call
        of a generic method, a generic class's field read): what e is at run time. None otherwise."""
        if isinstance(e, A.Call) and isinstance(e.ref, MethodInfo):
            m = e.ref
            tv = {**m.owner.scope_tvars, **dict(m.owner.tparams), **dict(m.tparams)}
            ty = m.ret
        else:
            f = e.ref if isinstance(e, A.FieldAccess) else None
            if isinstance(e, A.Name) and isinstance(e.ref, tuple) and e.ref[0] in ("field", "outer"):
                f = e.ref[-1]
            if not isinstance(f, FieldInfo) or f.static:
                return None
            tv = {**f.owner.scope_tvars, **dict(f.owner.tparams)}
            ty = f.ty
        base, _args, dims = split(ty)
        if dims or base not in tv or base in self.classes:
            return None
        return self.erasure(ty, tv)

    def check(self, e: A.Expr, pt: str | None) -> None:
        """e used where a value of type pt is expected (None: any value): javac's cast when e's
        run-time type is not pt's erasure's subtype (the box's, when pt is a primitive)."""
        if pt == "void":
            return
        erased = self.declared(e)
        if erased is None:
            return
        if pt is None:
            e.runtime_ty = erased  # type: ignore[attr-defined]
            return
        target = self.erasure(e.ty) if pt in PRIMITIVE else self.erasure(pt)
        if not self.subtype(erased, target) and self.testable(target):
            e.checkcast = target  # type: ignore[attr-defined]
        elif erased != self.erasure(e.ty):  # unchecked: shown as the Object it may be (lower.shown)
            e.runtime_ty = erased  # type: ignore[attr-defined]

    def param_types(self, m: MethodInfo, args: list[A.Expr], here: list[str] | None = None) -> list[str]:
        """The types m's parameters have at this call (javac checks an argument against the method's
        type as instantiated: List<String>.add's String), else as declared, erased."""
        if here is not None and len(here) == len(args):
            return here
        tv = {**m.owner.scope_tvars, **dict(m.owner.tparams), **dict(m.tparams)}
        return [self.erasure(p, tv) for p in m.params]

    # ---- statements

    def method(self, m: MethodInfo, body: list[A.Stmt], tvars: dict[str, str]) -> None:
        saved = self.tvars, self.ret
        self.tvars, self.ret = tvars, m.ret
        try:
            for s in body:
                self.stmt(s)
        finally:
            self.tvars, self.ret = saved

    def stmt(self, s: A.Stmt | None) -> None:
        if s is None:
            return
        if isinstance(s, A.LocalVar):
            if s.init is not None:
                self.expr(s.init, s.ty)
        elif isinstance(s, A.ExprStmt):
            self.expr(s.expr, None)
        elif isinstance(s, A.Block):
            for x in s.body:
                self.stmt(x)
        elif isinstance(s, A.If):
            self.expr(s.cond, "boolean")
            self.stmt(s.then)
            self.stmt(s.other)
        elif isinstance(s, A.While | A.DoWhile):
            self.expr(s.cond, "boolean")
            self.stmt(s.body)
        elif isinstance(s, A.For):
            for x in s.init:
                self.stmt(x)
            if s.cond is not None:
                self.expr(s.cond, "boolean")
            for u in s.update:
                self.expr(u, None)
            self.stmt(s.body)
        elif isinstance(s, A.ForEach):
            self.expr(s.iterable, s.iterable.ty)
            if not s.iterable.ty.endswith("[]"):  # Lower's `T x = (T) it.next()`
                target = self.erasure(box(s.var.ty) if s.var.ty in PRIMITIVE else s.var.ty)
                if s.var.ty in PRIMITIVE:
                    target = self.erasure(getattr(s, "elem", "Object"))
                if target != "Object" and self.testable(target):
                    s.elem_cast = target  # type: ignore[attr-defined]
            self.stmt(s.body)
        elif isinstance(s, A.Switch):
            self.expr(s.subject, s.subject.ty)
            for c in s.cases:
                for x in c.body:
                    self.stmt(x)
        elif isinstance(s, A.Labeled):
            self.stmt(s.body)
        elif isinstance(s, A.Return):
            if s.value is not None:
                self.expr(s.value, self.ret)
        elif isinstance(s, A.Throw):
            self.expr(s.value, s.value.ty)
        elif isinstance(s, A.Yield):
            self.expr(s.value, getattr(s, "target", None))
        elif isinstance(s, A.Try):
            self.stmt(s.body)
            for k in s.catches:
                self.stmt(k.body)
            self.stmt(s.final)

    # ---- expressions

    def exprs(self, es: list[A.Expr], pts: list[str]) -> None:
        for k, x in enumerate(es):
            self.expr(x, pts[k] if k < len(pts) else x.ty)

    def expr(self, e: A.Expr | None, pt: str | None) -> None:
        if e is None:
            return
        self.children(e, pt)
        self.check(e, pt)

    def children(self, e: A.Expr, pt: str | None) -> None:
        if isinstance(e, A.FieldAccess):
            if not e.target.ty.startswith("class:"):
                self.expr(e.target, e.target.ty)
        elif isinstance(e, A.Call):
            self.call(e)
        elif isinstance(e, A.New):
            self.expr(e.outer, e.outer.ty if e.outer is not None else None)
            if isinstance(e.ref, MethodInfo):
                self.exprs(e.args, self.param_types(e.ref, e.args, e.sig))
            else:
                self.exprs(e.args, [a.ty for a in e.args])
        elif isinstance(e, A.NewArray):
            self.exprs(e.dims, ["int"] * len(e.dims))
        elif isinstance(e, A.ArrayLit):
            elem = e.ty[:-2] if e.ty.endswith("[]") else "Object"
            self.exprs(e.elems, [elem] * len(e.elems))
        elif isinstance(e, A.Index):
            self.expr(e.target, e.target.ty)
            self.expr(e.index, "int")
        elif isinstance(e, A.Unary):
            self.expr(e.operand, UNBOXES.get(e.operand.ty, e.operand.ty))
        elif isinstance(e, A.IncDec):
            self.lvalue(e.target)
        elif isinstance(e, A.Binary):
            self.binary(e)
        elif isinstance(e, A.Assign):
            self.lvalue(e.target)
            if e.op == "=":
                self.expr(e.value, self.assigned_type(e.target))
            elif e.target.ty == "String" and e.op == "+=":
                self.expr(e.value, "String" if e.value.ty == "String" else None)
            else:
                self.expr(e.value, UNBOXES.get(e.value.ty, e.value.ty))
        elif isinstance(e, A.Cond):
            self.expr(e.cond, "boolean")
            # A reference conditional where a type is expected is a poly expression of that type
            # (JLS 15.25.3): `Object o = c ? names.get(0) : "x"` casts neither branch.
            unboxed = [UNBOXES.get(x.ty, x.ty) for x in (e.then, e.other)]
            standalone = all(t in PRIMITIVE for t in unboxed) or pt is None
            self.expr(e.then, e.ty if standalone else pt)
            self.expr(e.other, e.ty if standalone else pt)
        elif isinstance(e, A.SwitchExpr):
            self.expr(e.subject, e.subject.ty)
            for c in e.cases:
                for x in c.body:
                    if isinstance(x, A.Yield):
                        x.target = e.ty  # type: ignore[attr-defined]
                    self.stmt(x)
        elif isinstance(e, A.Cast):
            self.expr(e.operand, e.to)
        elif isinstance(e, A.InstanceOf):
            self.expr(e.operand, None)
        elif isinstance(e, A.Lambda):
            self.lambda_(e)
        elif isinstance(e, A.MethodRef):
            if isinstance(e.lam, A.Lambda):
                self.lambda_(e.lam)
            elif not e.target.ty.startswith("class:"):
                self.expr(e.target, e.target.ty)

    def lvalue(self, e: A.Expr) -> None:
        """An assignment's target: its object or array and index are values."""
        if isinstance(e, A.FieldAccess) and not e.target.ty.startswith("class:"):
            self.expr(e.target, e.target.ty)
        elif isinstance(e, A.Index):
            self.expr(e.target, e.target.ty)
            self.expr(e.index, "int")

    def assigned_type(self, e: A.Expr) -> str:
        """The erased type of an assignment's target (a generic field's declared type's erasure)."""
        f = e.ref if isinstance(e, A.FieldAccess) else None
        if isinstance(e, A.Name) and isinstance(e.ref, tuple) and e.ref[0] in ("field", "outer", "static"):
            f = e.ref[-1]
        if isinstance(f, FieldInfo):
            return self.erasure(f.ty, {**f.owner.scope_tvars, **dict(f.owner.tparams)})
        return e.ty

    def binary(self, e: A.Binary) -> None:
        left, right = e.left.ty, e.right.ty
        if e.op in ("&&", "||"):
            self.expr(e.left, "boolean")
            self.expr(e.right, "boolean")
        elif e.op == "+" and e.ty == "String":  # javac's string + takes a String, an Object or a primitive
            for x in (e.left, e.right):
                self.expr(x, "String" if x.ty == "String" else None if x.ty not in PRIMITIVE else x.ty)
        elif e.op in _REFERENCE_EQUALITY and left not in PRIMITIVE and right not in PRIMITIVE:
            self.expr(e.left, None)
            self.expr(e.right, None)
        else:
            self.expr(e.left, UNBOXES.get(left, left))
            self.expr(e.right, UNBOXES.get(right, right))

    def call(self, e: A.Call) -> None:
        target = e.target
        if target is not None and not isinstance(target, A.SuperRef) and not target.ty.startswith("class:"):
            self.expr(target, target.ty)
        if isinstance(e.ref, MethodInfo):
            self.exprs(e.args, self.param_types(e.ref, e.args, e.sig))
            return
        key = e.ref[1] if isinstance(e.ref, tuple) and len(e.ref) > 1 else ""
        for a in e.args:
            self.expr(a, self.builtin_param(str(key), e, a))

    def builtin_param(self, key: str, e: A.Call, a: A.Expr) -> str | None:
        """The parameter a library method lowered by lower.py takes a's value as: String's methods and
        println take a String as one (an Object's other overloads), String.valueOf an Object; one that
        takes a primitive unboxes."""
        if a.ty in UNBOXES:
            keeps_box = key.endswith((".println", ".print", ".append", ".insert")) or key == "String.valueOf"
            if keeps_box and not (isinstance(e.target, A.Name) and e.target.ident in ("Integer", "Long")):
                return None
            return UNBOXES[a.ty]
        if key == "String.valueOf" or key.endswith("equals"):
            return None
        return a.ty

    def lambda_(self, e: A.Lambda) -> None:
        info = e.info
        if not isinstance(info, ClassInfo):
            return
        for ms in info.methods.values():
            for m in ms:
                if m.decl is not None and m.decl.body is not None:
                    self.method(m, m.decl.body.body, self.tvars)


def may_pollute(classes: dict[str, ClassInfo], users: list[ClassInfo]) -> bool:
    """Whether the program has an unchecked operation (JLS 4.12.2): a raw type written, a cast to a
    type variable or a parameterized type, a variable-arity parameter of one."""
    found = False

    def raw(ty: str) -> bool:
        base, args, _dims = split(read_type(ty))
        c = classes.get(base)
        if c is not None and c.tparams and not args:
            return True
        return any(raw(a) for a in args if a != "?")

    def generic(ty: str, tvars: set[str]) -> bool:
        base, args, _dims = split(ty)
        return base in tvars or any(a != "?" for a in args)

    def unchecked(node: A.Node, tvars: set[str]) -> bool:
        """Whether the node itself writes a raw type, an unchecked cast or a generic varargs."""
        if isinstance(node, A.LocalVar | A.Param | A.FieldDecl) and raw(node.ty):
            return True
        if isinstance(node, A.Param) and node.varargs:
            return generic(node.ty[:-2], tvars)
        if isinstance(node, A.New):
            return not getattr(node, "inferred", False) and raw(node.cls)
        if isinstance(node, A.NewArray):
            return raw(node.elem)
        if isinstance(node, A.Cast):
            return raw(node.to) or (node.to not in PRIMITIVE and generic(node.to, tvars))
        return isinstance(node, A.MethodDecl) and bool(node.ret) and raw(node.ret)

    def visit(node: object, tvars: set[str]) -> None:
        nonlocal found
        if found:
            return
        if isinstance(node, list):
            for x in node:
                visit(x, tvars)
            return
        if not isinstance(node, A.Node):
            return
        if isinstance(node, A.ClassDecl):
            return  # a nested or local class is visited as a class of its own
        if isinstance(node, A.LocalVar) and node.name.startswith(" "):
            return  # the checker's own (a record's equals: `Pair that = (Pair) o`)
        found = unchecked(node, tvars)
        for name in ("init", "expr", "value", "cond", "then", "other", "body", "target", "args", "elems",
                     "dims", "operand", "left", "right", "index", "iterable", "var", "update", "subject",
                     "cases", "labels", "catches", "final", "outer", "params"):  # fmt: skip
            # (a method reference's written-out lambda is not: `TreeMap::new` makes a raw TreeMap)
            if name == "body" and isinstance(node, A.New):
                continue
            visit(getattr(node, name, None), tvars)

    for c in users:
        d = c.decl
        if d is None:
            continue
        tvars = {*c.scope_tvars, *(t for t, _ in c.tparams)}
        if (d.extends and raw(d.extends)) or any(raw(i) for i in d.implements):
            return True
        visit(d.fields, tvars)
        for m in d.methods:
            visit(m, tvars | {t for t, _ in m.tparams})
        visit(d.inits, tvars)
        visit([b for _, b in d.instance_inits], tvars)
        visit([k.args for k in d.constants], tvars)
        if found:
            return True
    return found


def insert_casts(classes: dict[str, ClassInfo]) -> bool:
    """Mark where javac's casts of erased generic values go, in a program that may pollute its heap
    (whether it may)."""
    users = [
        c for c in classes.values() if not c.builtin and not c.package and not c.name.startswith("lambda.")
    ]
    if not may_pollute(classes, users):
        return False
    casts = Casts(classes)
    for c in users:
        d = c.decl
        if d is None:
            continue
        scope = {**c.scope_tvars, **dict(c.tparams)}
        for f in c.fields.values():
            if f.decl is not None and f.decl.init is not None and f.owner is c:
                casts.tvars = {} if f.static else scope
                casts.expr(f.decl.init, f.ty)
        casts.tvars = scope
        for _, b in d.instance_inits:
            casts.stmt(b)
        casts.tvars = dict(c.scope_tvars)
        for b in d.inits:
            casts.stmt(b)
        for k in d.constants:
            if isinstance(k.ref, MethodInfo):
                casts.exprs(k.args, casts.param_types(k.ref, k.args))
        for ms in c.methods.values():
            for m in ms:
                if m.owner is c and m.decl is not None and m.decl.body is not None:
                    casts.method(m, m.decl.body.body, {**scope, **dict(m.tparams)})
    return True
