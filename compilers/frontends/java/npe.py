"""java 17's helpful NullPointerException messages (JEP 358), worked out from the tree at compile time.

java describes the failed bytecode (`Cannot invoke "String.length()"`, `Cannot load from int array`,
`Cannot read field "name"`) and, going back over the bytecode that pushed the null, what was null
(`because "<local2>.name" is null`, `because the return value of "Main.f()" is null`). The source launcher
compiles without local variable tables, so a local is named by its JVM slot, `<localN>`, and a parameter
never assigned before the failing instruction `<parameterN>` (its place in the signature). The slots
are javac's: parameters first (`this` in 0 of an instance method, long and double taking two), then each
local where it is declared, a block's slots taken again after it ends, and the hidden locals javac's
lowering declares (an enhanced for's array, length and index or its iterator, a string switch's
string and position, a pattern's binding before the statement it is in). Checked against java 17.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from compilers.diagnostics import Span
from compilers.frontends.java import ast as A
from compilers.frontends.java.generic import UNBOXES, base_of
from compilers.frontends.java.types import ClassInfo, FieldInfo, LocalInfo, MethodInfo, is_ref

CAPTURED = " val "  # check.py's field of a captured local (java's val$x)
MAX_DETAIL = 5  # hotspot's _max_cause_detail: how deep a description goes back
ELEMENT = {
    "int": "int", "long": "long", "double": "double", "float": "float", "char": "char",
    "short": "short", "byte": "byte/boolean", "boolean": "byte/boolean",
}  # fmt: skip
# The library classes lower.py makes itself: java's names.
LOWERED = {
    "StringBuilder": "java.lang.StringBuilder", "StringJoiner": "java.util.StringJoiner",
    "CharSequence": "java.lang.CharSequence",
}  # fmt: skip
# java's String methods: their parameters as java declares them (name, arity) -> the list java prints.
STRING_PARAMS = {
    ("contains", 1): "java.lang.CharSequence", ("equals", 1): "Object",
    ("contentEquals", 1): "java.lang.CharSequence",
    ("replace", 2): "java.lang.CharSequence, java.lang.CharSequence",
}  # fmt: skip
# An array's class as java names it ([I, [Ljava.lang.String;): the class of its clone().
DESCRIPTOR = {
    "int": "I", "long": "J", "double": "D", "float": "F", "char": "C", "short": "S", "byte": "B",
    "boolean": "Z",
}  # fmt: skip


def _size(ty: str) -> int:
    return 2 if ty in ("long", "double") else 1


def _after(a: Span, b: Span) -> bool:
    return (a.line, a.column) > (b.line, b.column)


def _children(node: object) -> list[object]:
    """The nodes directly under a node (lambdas' and classes' bodies are other methods: left out)."""
    if not isinstance(node, A.Node) or isinstance(node, A.Lambda | A.MethodRef | A.ClassDecl | A.LocalClass):
        return []
    out: list[object] = []
    if isinstance(node, A.New):
        return [*node.args, *([node.outer] if node.outer is not None else [])]
    for f in fields(node):
        if f.name in ("span", "ref", "slot", "hidden", "info", "scope", "lam", "name_span", "cls_span"):
            continue
        v = getattr(node, f.name)
        for item in v if isinstance(v, list) else [v]:
            if isinstance(item, A.Node):
                out.append(item)
    return out


def _bindings(e: object) -> list[LocalInfo]:
    """The pattern variables declared in an expression (not in the statements under it)."""
    if isinstance(e, A.Stmt | A.Case):
        return []
    out = [e.slot] if isinstance(e, A.InstanceOf) and e.bind is not None and e.slot is not None else []
    for c in _children(e):
        out += _bindings(c)
    return out


@dataclass
class Frame:
    """javac's slots of one method's locals, and where its parameters are assigned."""

    static: bool
    slots: dict[object, int] = field(default_factory=dict)  # LocalInfo or a captured FieldInfo -> slot
    params: dict[object, int] = field(default_factory=dict)  # -> the parameter's place in the signature
    writes: dict[object, list[Span]] = field(default_factory=dict)
    next: int = 0

    @staticmethod
    def of(static: bool, params: list[tuple[object, str]]) -> Frame:
        """A method's frame: its parameters (synthetic ones as None), in the order of the signature."""
        f = Frame(static, next=0 if static else 1)
        for k, (key, ty) in enumerate(params):
            if key is not None:
                f.slots[key] = f.next
                f.params[key] = k + 1
            f.next += _size(ty)
        return f

    def name(self, key: object, at: Span) -> str | None:
        """The local's name as java prints it at the instruction written at `at`."""
        slot = self.slots.get(key)
        if slot is None:
            return None
        if key in self.params and not any(not _after(w, at) for w in self.writes.get(key, [])):
            return f"<parameter{self.params[key]}>"
        return f"<local{slot}>"

    # ---- javac's allocation (Gen's nextreg)

    def declare(self, info: object, ty: str) -> None:
        self.slots[info] = self.next
        self.next += _size(ty)

    def walk(self, body: list[A.Stmt]) -> None:
        keep = self.next
        for s in body:
            self.stmt(s)
        self.next = keep

    def stmt(self, s: A.Stmt) -> None:
        if isinstance(s, A.LocalVar):
            for b in _bindings(s.init):
                self.declare(b, b.ty)
            if s.name.startswith(" ") or s.slot is None:
                return
            if s.final and _constant(s.init) and (not is_ref(s.ty) or s.ty == "String"):
                return  # a constant variable: javac gives it no slot
            self.declare(s.slot, s.ty)
            self.expr_locals(s.init)
            return
        keep = self.next
        if isinstance(s, A.If | A.While | A.DoWhile | A.ExprStmt | A.Return | A.Throw | A.Yield):
            for e in _children(s):
                for b in _bindings(e):
                    self.declare(b, b.ty)
        if isinstance(s, A.Block):
            self.walk(s.body)
        elif isinstance(s, A.If):
            self.expr_locals(s.cond)
            self.stmt(s.then)
            if s.other is not None:
                self.stmt(s.other)
        elif isinstance(s, A.While | A.DoWhile | A.Labeled):
            self.stmt(s.body)
        elif isinstance(s, A.For):
            for i in s.init:
                self.stmt(i)
            self.stmt(s.body)
        elif isinstance(s, A.ForEach):
            array, _ = s.hidden
            if s.iterable.ty.endswith("[]"):
                self.declare(array, "ref")
                self.next += 2  # its length and the index
            else:
                self.declare(array, "ref")  # the iterator
            if s.var.slot is not None:
                self.declare(s.var.slot, s.var.ty)
            self.stmt(s.body)
        elif isinstance(s, A.Switch):
            self.switch(s)
        elif isinstance(s, A.Try):
            self.stmt(s.body)
            for c in s.catches:
                inner = self.next
                if not c.name.startswith(" ") and c.slot is not None:
                    self.declare(c.slot, "ref")
                self.stmt(c.body)
                self.next = inner
            if s.final is not None:
                self.stmt(s.final)  # named as on the way out of the try (not on the exception's)
        elif isinstance(s, A.ExprStmt | A.Return | A.Throw | A.Yield):
            self.expr_locals(getattr(s, "expr", None) or getattr(s, "value", None))
        self.next = keep

    def switch(self, s: A.Switch | A.SwitchExpr) -> None:
        keep = self.next
        if s.subject.ty == "String" and s.hidden is not None:
            self.declare(s.hidden, "ref")
            self.next += 1  # the case's position
        for c in s.cases:
            for st in c.body:
                self.stmt(st)
        self.next = keep

    def expr_locals(self, e: object) -> None:
        """Switch expressions' case locals (the only locals an expression declares here)."""
        if e is None or isinstance(e, A.Stmt):
            return
        if isinstance(e, A.SwitchExpr):
            self.switch(e)
            return
        for c in _children(e):
            self.expr_locals(c)

    def note_writes(self, node: object) -> None:
        """Where each parameter is assigned (java names it `<localN>` after that)."""
        if isinstance(node, A.Assign | A.IncDec):
            t = node.target
            if isinstance(t, A.Name) and isinstance(t.ref, tuple) and t.ref[0] == "local":
                self.writes.setdefault(t.ref[1], []).append(node.span)
        for c in _children(node):
            self.note_writes(c)


def _constant(e: A.Expr | None) -> bool:
    if isinstance(e, A.Literal):
        return e.kind != "null"
    if isinstance(e, A.Unary):
        return _constant(e.operand)
    if isinstance(e, A.Binary):
        return _constant(e.left) and _constant(e.right)
    return False


def _int_constant(e: A.Expr) -> int | None:
    """The value of an int index javac pushes with iconst, bipush or sipush (java prints it)."""
    if isinstance(e, A.Literal) and e.kind in ("int", "char"):
        v = e.value if isinstance(e.value, int) else ord(e.value) if isinstance(e.value, str) else None
        return v if isinstance(v, int) and -1 <= v <= 32767 else None
    if isinstance(e, A.Unary) and e.op == "-" and isinstance(e.operand, A.Literal) and e.operand.value == 1:
        return -1
    return None


class Messages:
    """The messages of one method's null checks."""

    def __init__(
        self, classes: dict[str, ClassInfo], frame: Frame, current: ClassInfo | None, m: MethodInfo
    ) -> None:
        self.classes = classes
        self.frame = frame
        self.current = current
        self.tvars = _tvars(m)  # the type variables where the method is written: their bounds

    # ---- names as java prints them

    def class_name(self, ty: str, tvars: dict[str, str] | None = None) -> str:
        """The class java names in a method or field reference (an erased type; a type variable of
        tvars, else of the method's, is its bound's)."""
        if ty.endswith("[]"):
            return self.param(ty, tvars)
        base = base_of(ty)
        if base in ("String", "Object"):
            return base
        c = self.classes.get(base)
        if c is None:
            bound = (tvars if tvars is not None else self.tvars).get(base, "")
            if bound and base_of(bound) != base:
                return self.class_name(bound, tvars)
            return LOWERED.get(base, "Object")
        while c.name.startswith("lambda."):
            c = c.interfaces[0]
        q = c.qualified
        if c.builtin and "." not in q and q not in ("Object", "String"):
            q = f"java.lang.{q}"
        return q

    def param(self, ty: str, tvars: dict[str, str] | None = None) -> str:
        dims = ""
        while ty.endswith("[]"):
            ty, dims = ty[:-2], dims + "[]"
        if not is_ref(ty):
            return ty + dims
        name = self.class_name(ty, tvars)
        if name.startswith("java.lang.String") or name == "java.lang.Object":
            name = name[len("java.lang.") :]  # hotspot drops java.lang. before these (and StringBuilder)
        return name + dims

    def method(self, owner: str, m: MethodInfo) -> str:
        tvars = _tvars(m)
        params = ", ".join(self.param(p, tvars) for p in m.params)
        return f"{owner}.{m.name}({params})"

    def owner_of(self, target: A.Expr | None, m: MethodInfo) -> str:
        """javac's qualifying class of a call: the receiver's static type, Object for Object's methods."""
        if m.owner.name == "Object":
            return "Object"
        if target is not None and not isinstance(target, A.This | A.SuperRef):
            if isinstance(target, A.Name) and isinstance(target.ref, tuple) and target.ref[0] == "class":
                return self.class_name(target.ref[1])
            return self.class_name(target.ty)
        if self.current is not None and self.current.is_subclass_of(m.owner) and not m.static:
            return self.class_name(self.current.name)
        return self.class_name(m.owner.name)

    def call_text(self, e: A.Call) -> str | None:
        m = e.ref
        sequence = e.target is not None and self.class_name(e.target.ty) == LOWERED["CharSequence"]
        if isinstance(m, MethodInfo) and m.name == "toString" and sequence:
            return f"{LOWERED['CharSequence']}.toString()"  # which CharSequence declares again
        if isinstance(m, MethodInfo):
            return self.method(self.owner_of(e.target, m), m)
        if isinstance(m, tuple) and e.target is not None:
            return self.builtin_text(e)
        return None

    def builtin_text(self, e: A.Call) -> str:
        """A library call lowered by lower.py: its class from the receiver, its parameters java's."""
        assert e.target is not None
        return self.library_text(e.target.ty, e.ident, [a.ty for a in e.args])

    def library_text(self, receiver: str, name: str, args: list[str]) -> str:
        owner = self.class_name(receiver)
        chars = bool(args) and args[0] == "char"
        if owner == "String" and (name, len(args)) in STRING_PARAMS and not chars:
            return f"String.{name}({STRING_PARAMS[(name, len(args))]})"
        if owner == "String" and name in ("indexOf", "lastIndexOf") and chars:
            args = ["int", *args[1:]]
        if owner == "String" and name in ("compareTo", "compareToIgnoreCase", "equalsIgnoreCase"):
            args = ["String"]
        if owner == "java.lang.StringBuilder" and name in ("append", "insert"):
            k = len(args) - 1  # append(x), insert(i, x): x's overload
            if args[k] not in ("String", "char[]") and is_ref(args[k]):
                args = [*args[:k], "Object"]
        params = ", ".join(self.param("int" if t in ("short", "byte") else t) for t in args)
        return f"{owner}.{name}({params})"

    def rewritten(self, e: A.Call) -> str | None:
        """`s.m(args)` checked as library/lang.java's `Strings.m(s, args)`: java's `String.m(...)`."""
        receiver = e.args[0]
        return self.invoke_on(self.library_text(receiver.ty, e.ident, [a.ty for a in e.args[1:]]), receiver)

    def clone(self, target: A.Expr) -> str:
        ty, dims = target.ty, ""
        while ty.endswith("[]"):
            ty, dims = ty[:-2], dims + "["
        full = "java.lang." + ty if ty in ("String", "Object") else self.class_name(ty)
        name = DESCRIPTOR.get(ty) or f"L{full};"
        return self.invoke_on(f"{dims}{name}.clone()", target)

    def field_owner(self, e: A.Name | A.FieldAccess, f: FieldInfo) -> str:
        if isinstance(e, A.FieldAccess):
            t = e.target
            if isinstance(t, A.Name) and isinstance(t.ref, tuple) and t.ref[0] == "class":
                return self.class_name(t.ref[1])
        return self.class_name(f.owner.name)

    # ---- what was null (hotspot's print_NPE_cause0)

    def source(self, e: A.Expr, detail: int = MAX_DETAIL, inner: bool = False) -> str | None:
        """The expression java prints for the value e pushed, or None where it prints nothing."""
        if detail <= 0:
            return None
        while isinstance(e, A.Cast) and is_ref(e.to) and is_ref(e.operand.ty):
            e = e.operand  # checkcast keeps the value's origin
        if isinstance(e, A.Literal):
            if e.kind == "null":
                return "null"
            n = _int_constant(e)
            return None if n is None else str(n)
        if isinstance(e, A.Unary):
            n = _int_constant(e)
            return None if n is None else str(n)
        if isinstance(e, A.This):
            return self.hops("this", e.hops, detail)
        if isinstance(e, A.Name) and isinstance(e.ref, tuple):
            kind = e.ref[0]
            if kind == "local":
                return self.frame.name(e.ref[1], e.span)
            if kind == "static":
                return f"{self.field_owner(e, e.ref[1])}.{e.ref[1].name}"
            if kind == "field":
                return self.field_of("this", e.ref[1], detail)
            if kind == "outer":
                return self.field_of(self.hops("this", e.ref[1], detail - 1), e.ref[2], detail)
            if kind == "capture":
                f = e.ref[1]
                if f.owner.name.startswith("lambda."):
                    return self.frame.name(f, e.span)  # a parameter of javac's lambda method
                return self.field_of("this", f, detail)
            return None
        if isinstance(e, A.FieldAccess):
            f = e.ref
            if not isinstance(f, FieldInfo):
                return None  # an array's length: not described
            if f.static:
                return f"{self.field_owner(e, f)}.{f.name}"
            return self.field_of(self.source(e.target, detail - 1, inner), f, detail)
        if isinstance(e, A.Index):
            elem = e.ty
            if is_ref(elem) or elem == "int":
                arr = self.source(e.target, detail - 1, inner) or "<array>"
                index = self.source(e.index, detail, True) or "..."
                return f"{arr}[{index}]"
            return None
        if isinstance(e, A.Call):
            text = self.call_text(e)
            if text is None:
                return None
            if detail == MAX_DETAIL and not inner:
                return "\0" + text  # the return value of a call: said differently (because())
            return text
        if isinstance(e, A.Assign) and e.op == "=":
            return self.source(e.value, detail, inner)  # dup before the store: the value's origin
        return None

    def field_of(self, receiver: str | None, f: FieldInfo, detail: int) -> str:
        name = self.field_name(f)
        return f"{receiver}.{name}" if receiver is not None else name

    def field_name(self, f: FieldInfo) -> str:
        """javac's name of a field: an enclosing instance's is this$N, a captured local's val$x."""
        if f.name.startswith(CAPTURED):
            return "val$" + f.name[len(CAPTURED) :]
        if f.name.startswith(" "):
            depth, c = -1, f.owner.lexical
            while c is not None:
                depth, c = depth + 1, c.lexical
            return f"this${max(depth, 0)}"
        return f.name

    def hops(self, start: str, hops: list[FieldInfo], detail: int) -> str | None:
        text: str | None = start
        for hop in hops:
            text = self.field_of(text, hop, detail)
        return text

    def because(self, e: A.Expr | None) -> str:
        text = self.source(e) if e is not None else None
        if text is None:
            return ""
        if text.startswith("\0"):
            return f' because the return value of "{text[1:]}" is null'
        return f' because "{text}" is null'

    # ---- the failed actions

    def invoke(self, e: A.Call) -> str | None:
        text = self.call_text(e)
        return None if text is None else f'Cannot invoke "{text}"{self.because(e.target)}'

    def invoke_on(self, text: str, target: A.Expr | None) -> str:
        return f'Cannot invoke "{text}"{self.because(target)}'

    def ordinal(self, subject: A.Expr) -> str:
        """A switch on an enum: javac's `$SwitchMap$...[e.ordinal()]`."""
        return self.invoke_on(f"{self.class_name(subject.ty)}.ordinal()", subject)

    def unboxing(self, box_ty: str, target: A.Expr | None) -> str:
        box = self.class_name(box_ty)
        return self.invoke_on(f"{box}.{UNBOXES[base_of(box_ty)]}Value()", target)

    def array(self, load: bool, elem: str, target: A.Expr) -> str:
        kind = ELEMENT.get(elem, "object")
        verb = "Cannot load from" if load else "Cannot store to"
        return f"{verb} {kind} array{self.because(target)}"

    def read_field(self, f: FieldInfo, target: A.Expr) -> str:
        return f'Cannot read field "{self.field_name(f)}"{self.because(target)}'

    def assign_field(self, f: FieldInfo, target: A.Expr) -> str:
        return f'Cannot assign field "{self.field_name(f)}"{self.because(target)}'

    def length(self, target: A.Expr) -> str:
        return f"Cannot read the array length{self.because(target)}"

    def throw(self, value: A.Expr) -> str:
        return f"Cannot throw exception{self.because(value)}"

    def hidden(self, action: str, info: LocalInfo, at: Span) -> str:
        name = self.frame.name(info, at)
        return action if name is None else f'{action} because "{name}" is null'


def _tvars(m: MethodInfo) -> dict[str, str]:
    """The type variables a method's types may name, with their bounds (its own over its class's)."""
    out = dict(m.owner.scope_tvars)
    out.update(dict(m.owner.tparams))
    out.update(dict(m.tparams))
    return out


def frame_of(c: ClassInfo, m: MethodInfo, params: list[LocalInfo], bodies: list[list[A.Stmt]]) -> Frame:
    """javac's frame of a method lowered with these parameters (`this` first for an instance method's)
    and these bodies (a constructor's initialiser blocks and its own body)."""
    declared = [p for p in params if p.id >= 0]
    keyed: list[tuple[object, str]] = [(p, p.ty) for p in declared]
    static = m.static
    if c.name.startswith("lambda."):
        static = " this" not in c.fields
        keyed = [(f, f.ty) for f, _ in c.captures] + keyed
    elif m.name == "<init>":
        if c.enum:
            keyed = [(None, "String"), (None, "int"), *keyed]
        elif c.outer_field is not None:
            keyed = [(None, "ref"), *keyed]
        keyed += [(None, f.ty) for f, _ in c.captures]
    f = Frame.of(static, keyed)
    for body in bodies:
        f.walk(body)
        for s in body:
            f.note_writes(s)
    return f
