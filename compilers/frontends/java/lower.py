"""Lowering the checked Java tree to the shared IR, over the managed runtime (compilers/runtime/README.md).

Representation:
- `int long short byte char boolean` are plain numbers in temps and slots; `int` and `long` results are
  wrapped (`wrap.i32`, `wrap.i64`), narrowing casts and compound assignments wrap to the target type.
- An object is a managed object of kind 100: word 0 (raw) its class's vtable, then its fields, all values
  (a primitive field holds the immediate 2n+1, a reference field the pointer or 0 for null). A vtable is
  a global `[super vtable, interface list, name, itable, methods...]`; a virtual call loads the method
  from it and calls through the pointer; an interface call goes through the itable (one word per
  interface method signature in the program).
- An array is a managed object: `[length, elements...]`, all raw for primitive elements (kind 101), the
  elements values for references (kind 102). Strings are the runtime's strings; a literal is a static
  string, so equal literals are the same object (as Java interns them).
- Every local lives in a slot (references in the `$roots` frame), and an operand is kept in a slot while
  a later operand may call, so no temp is live across a call that may collect (the verifier's rule).
- Exceptions are Throwable objects raised with `exc_raise`; after every call of a method the pending flag
  is tested and the function goes to its handler (a `catch`, a `finally`) or leaves, adding its name and
  line to the exception's stack trace. An exception that leaves main is reported as java reports it.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from fractions import Fraction
from pathlib import PurePosixPath

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.java import ast as A
from compilers.frontends.java.checkcast import Casts
from compilers.frontends.java.format import FLAG_BITS, Spec, parse_format
from compilers.frontends.java.generic import UNBOXES, base_of, box, split
from compilers.frontends.java.npe import Messages, frame_of
from compilers.frontends.java.parser import nearest_float32
from compilers.frontends.java.types import (
    DOUBLE_CONSTANTS,
    FLOATING,
    MATH_DOUBLE,
    MATH_DOUBLE2,
    STRICT_MATH,
    ClassInfo,
    FieldInfo,
    LocalInfo,
    MethodInfo,
    Program,
    constant_text,
    int_constant,
    is_integral,
    is_numeric,
    is_ref,
)
from compilers.ir import ModuleBuilder
from compilers.ir.builder import FunctionBuilder, OperandLike
from compilers.ir.names import content_name
from compilers.ir.nodes import Const, Copy, Jump, Load, Module, Operand, SlotRef, Store, Sym, Temp

# The frames below main's class's <clinit> when java's source launcher loads the class.
LOADER_FRAMES = (
    "java.base/java.lang.Class.forName0(Native Method)",
    "java.base/java.lang.Class.forName(Class.java:467)",
    "jdk.compiler/com.sun.tools.javac.launcher.Main.execute(Main.java:409)",
    "jdk.compiler/com.sun.tools.javac.launcher.Main.run(Main.java:192)",
    "jdk.compiler/com.sun.tools.javac.launcher.Main.main(Main.java:132)",
)
OBJECT_KIND = 100
# An array's kind is ARRAY_KIND + the index of its class in the table java.arrays, so that an array held
# as an Object knows its class (getClass(), instanceof, casts). char[] and String[] are always the first
# two: java.ir's toCharArray and stack frames make them with kinds 1000 and 1001.
ARRAY_KIND = 1000
FIXED_ARRAYS = ("char[]", "String[]")
# The array classes the library makes, each at its own index in every program (when its element class
# is compiled), so that the library's code, which names their kinds, is the same in every program and
# prepared once for all (compilers/driver.py's _prepare); a program's others come after.
LIBRARY_ARRAYS = (
    "int[]", "Object[]", "long[]", "double[]", "boolean[]", "Throwable[]", "Integer[]", "Long[]",
    "Character[]", "Boolean[]", "Double[]", "Float[]", "HashMap.Node[]", "RegexNode[]",
)  # fmt: skip
# The letter java's name of an array class gives each primitive element type ([I, [[D).
ARRAY_CODES = {
    "int": "I", "long": "J", "short": "S", "byte": "B", "char": "C", "boolean": "Z", "float": "F",
    "double": "D",
}  # fmt: skip
NpeMessage = Callable[[Messages], str | None]  # a NullPointerException's message, from npe.py's
# double's operators: float64's routines (a double is its bit pattern in a word).
F64_OPS = {
    "+": "f64_add", "-": "f64_sub", "*": "f64_mul", "/": "f64_div", "%": "f64_fmod",
    "<": "f64_lt", ">": "f64_gt", "<=": "f64_le", ">=": "f64_ge", "==": "f64_eq", "!=": "f64_ne",
}  # fmt: skip
ONE = 0x3FF0000000000000  # 1.0
VT_HEADER = 4  # super, interfaces, name, itable; the methods follow
STACK_MARGIN = 8192  # words of stack a method's entry leaves free (FunctionLowering.stack_check)
# The methods that give a class (its vtable, static data as a string literal is): a program calling one
# may hold a class where an Object is, which java.dyn's methods then tell from a string.
CLASS_MAKERS = frozenset({"Object.getClass", "Enum.getDeclaringClass", "Class.getSuperclass"})
WRAP = {"int": "i32", "long": "i64", "char": "u16", "short": "i16", "byte": "i8"}
BINOPS = {
    "+": "add", "-": "sub", "*": "mul", "/": "div", "%": "rem", "&": "and", "|": "or", "^": "xor",
    "<<": "shl", ">>": "shr", "<": "lt", ">": "gt", "<=": "le", ">=": "ge", "==": "eq", "!=": "ne",
}  # fmt: skip


# Object's methods (and Comparable's) called on a value whose static type may hold a string at run time
# (Object, a type variable, Comparable): the runtime checks what the value is (java.dyn.* below).
DYNAMIC = {"toString()": 1, "equals(Object)": 2, "hashCode()": 1, "compareTo(T)": 2}
# String and the interfaces it implements: a cast to one or instanceof one may meet a string.
STRING_CLASSES = ("String", "Comparable", "CharSequence")
SEQ_LENGTH = '"java.lang.CharSequence.length()" because "seq"'
# java.lang's classes of text but String (an array of them is of its class).
BUILDERS = ("StringBuilder", "CharSequence")
# The library/lang.java classes whose static m(s, args) stands for s.m(args) of a String or CharSequence.
STRING_OWNERS = ("Strings", "RegexStrings", "CharSequences")


def in_java_base(name: str) -> bool:
    """Whether the class java names `name` (java.lang.String, Main$A, [I, [LMain$A;) is in module
    java.base: a library class, or an array of primitives or of such classes (java_in_base at run time)."""
    element = name.lstrip("[")
    if element != name and not element.startswith("L"):
        return True
    return element.removeprefix("L").startswith("java.")


def boxes(src: str, dst: str) -> bool:
    """Whether a value of type src stored as dst is boxed (a call that may collect)."""
    return src not in ("null", "void", "error") and not is_ref(src) and is_ref(dst)


class Unsupported(Exception):
    """A construct the checker accepted that this lowering does not offer (reported as a diagnostic, at
    its own place when it is given)."""

    def __init__(self, what: str, span: Span | None = None) -> None:
        super().__init__(what)
        self.span = span


def may_call(e: A.Expr | None) -> bool:
    """Whether evaluating e may call a function (and so collect): what is computed before it must wait
    in a slot. Conservative: only loads and arithmetic on them are call-free (a static field of a class
    initialised at its first use may run its initialiser)."""
    if e is None or isinstance(e, A.Literal | A.This):
        return False
    if isinstance(e, A.Name):
        return isinstance(e.ref, tuple) and e.ref[0] == "static" and initialises(e.ref[1])
    if isinstance(e, A.FieldAccess):
        if isinstance(e.ref, FieldInfo) and e.ref.static and initialises(e.ref):
            return True
        return may_call(e.target) if not isinstance(e.target, A.Name) else False
    if isinstance(e, A.Index):
        return may_call(e.target) or may_call(e.index)
    if isinstance(e, A.Unary):
        return may_call(e.operand)
    if isinstance(e, A.Binary):
        return e.operand_ty in ("String",) or may_call(e.left) or may_call(e.right)
    if isinstance(e, A.Cast):
        return is_ref(e.to) or may_call(e.operand)
    if isinstance(e, A.Cond):
        return may_call(e.cond) or may_call(e.then) or may_call(e.other)
    return True


def constant_variable(f: FieldInfo) -> bool:
    """Whether f is a constant variable (JLS 4.12.4: final, of a primitive type or String, set by a
    constant expression), whose use does not initialise its class: set by a literal, a negated one, a
    constant int expression or a constant String (constant_text)."""
    init = f.decl.init if f.decl is not None else None
    if not f.final or init is None or not (f.ty == "String" or not is_ref(f.ty)):
        return False
    literal = init.operand if isinstance(init, A.Unary) and init.op == "-" else init
    return isinstance(literal, A.Literal) or int_constant(init) is not None or constant_text(init) is not None


def written_at(part: FieldInfo | A.Block) -> tuple[int, int]:
    """Where a static field's declaration or a static block begins."""
    if isinstance(part, FieldInfo):
        return (part.decl.span.line, part.decl.span.column) if part.decl is not None else (0, 0)
    return part.span.line, part.span.column


def initialises(f: FieldInfo) -> bool:
    """Whether reading or writing static field f may first initialise its class."""
    return f.owner.lazy_init and not constant_variable(f)


def observable(node: object, owner: ClassInfo) -> bool:
    """Whether running node in owner's static initialiser may be seen: a call (println, a method that
    prints), an object made (its constructor runs), or a static field of another class read or
    written (which may initialise that class). A lambda's body and a class's members do not run."""
    if isinstance(node, list | tuple):
        return any(observable(x, owner) for x in node)
    if not isinstance(node, A.Node) or isinstance(node, A.Lambda | A.MethodRef | A.ClassDecl):
        return False
    if isinstance(node, A.Call | A.New) or may_throw(node):
        return True
    ref = node.ref if isinstance(node, A.Name | A.FieldAccess) else None
    f = ref[1] if isinstance(ref, tuple) and len(ref) > 1 and ref[0] == "static" else ref
    if isinstance(f, FieldInfo) and f.static and f.owner is not owner and not constant_variable(f):
        return True
    return any(observable(getattr(node, k.name), owner) for k in fields(node))


def params_frame(fb: FunctionBuilder, n: int) -> SlotRef:
    """A linked $roots frame [link, n, the first n parameters]: what a function of the library keeps
    across a call that may collect (the collector moves objects)."""
    roots = fb.slot("roots", 2 + n)
    fb.store(roots, fb.load(Sym("gc_frames")), 0)
    fb.store(roots, n, 1)
    for k in range(n):
        fb.store(roots, fb.param(k), 2 + k)
    fb.store(Sym("gc_frames"), roots)
    return roots


def shown(e: A.Expr) -> str:
    """The type e's value is converted to a string as: its own, or, for an erased generic value no
    cast checked (`"x" + list.get(0)` of a polluted List<Integer>), its declaration's (checkcast.py)."""
    return getattr(e, "runtime_ty", e.ty)


def may_throw(e: A.Node) -> bool:
    """Whether e itself may throw (its operands aside): an integer division by what may be zero, an
    array element, an array's length, an array made with a size that may be negative, a reference cast."""
    if isinstance(e, A.Binary) and e.op in ("/", "%") and is_integral(e.operand_ty):
        return not int_constant(e.right)
    if isinstance(e, A.NewArray):
        return any((size := int_constant(d)) is None or size < 0 for d in e.dims)
    return (
        isinstance(e, A.Index)
        or (isinstance(e, A.FieldAccess) and e.ref == "length")
        or (isinstance(e, A.Cast) and is_ref(e.to))
    )


@dataclass
class Held:
    """An operand kept in a slot while later operands are evaluated."""

    where: Operand
    offset: int


class FunctionLowering:
    def __init__(self, low: Lowering, ir_name: str, where: str, params: list[LocalInfo], line: int) -> None:
        self.low = low
        self.where = where  # "Main.f": for stack traces
        self.fb: FunctionBuilder = low.mb.function(
            ir_name, params=[(f"p{i}", "w") for i in range(len(params))], ret="w", line=line
        )
        self.fb.set_line(line)
        self.ref_index: dict[int, int] = {}
        self.prim_slot: dict[int, SlotRef] = {}
        self.nroots = 0
        self.spills = 0
        self.roots = self.fb.slot("roots", 2)
        self.ret_slot = self.fb.slot("ret")
        self.line_slot = self.fb.slot("exline")
        self.params = params
        self.exit = "exit"
        self.unwind = "unwind"
        self.handlers: list[str] = [self.unwind]
        self.finals: list[
            tuple[A.Block, int]
        ] = []  # enclosing finally blocks and the handler depth outside them
        self.loops: list[tuple[str, str | None, int]] = []  # break label, continue label, finally depth
        # The labelled statements being lowered, by label: their break and continue targets as in loops.
        self.labels: dict[str, tuple[str, str | None, int]] = {}
        self.next_label = ""  # the label of the loop about to be lowered (`outer: for ...`)
        # Each enclosing switch expression: the slot its value is yielded to, its end, the finally depth
        # and its type.
        self.yields: list[tuple[Held, str, int, str]] = []
        self.outer: FieldInfo | None = None  # in a lambda's method: the field holding the enclosing this
        self.npe: Messages | None = None  # java's NullPointerException messages (the program's methods)
        for p in params:
            self.local_slot(p)  # the parameters' slots first: the prologue stores them
        self.fb.set_block("body")
        self.stack_check()

    def stack_check(self) -> None:
        """java's StackOverflowError when the stack (growing down towards the heap) is nearly full:
        STACK_MARGIN words are left for raising it and for the runtime's routines it and the frames
        below call."""
        fb = self.fb
        full = fb.binary("lt", self.roots, fb.load(Sym("java.stack_floor")))
        self.guard(full, "StackOverflowError", None)

    # ---- slots

    def local_slot(self, info: LocalInfo) -> tuple[Operand, int]:
        if is_ref(info.ty):
            if info.id not in self.ref_index:
                self.ref_index[info.id] = self.new_root()
            return self.roots, 2 + self.ref_index[info.id]
        if info.id not in self.prim_slot:
            self.prim_slot[info.id] = self.fb.slot(f"l{info.id}")
        return self.prim_slot[info.id], 0

    def new_root(self) -> int:
        self.nroots += 1
        return self.nroots - 1

    def hold(self, v: Operand, ref: bool, always: bool = False) -> Held:
        """v kept in a slot (a root word for a reference); a constant stays as it is unless the slot
        is to be written again (always)."""
        if isinstance(v, Const | Sym) and not always:
            return Held(v, -1)
        if ref:
            k = self.new_root()
            self.fb.store(self.roots, v, 2 + k)
            return Held(self.roots, 2 + k)
        self.spills += 1
        s = self.fb.slot(f"s{self.spills}")
        self.fb.store(s, v)
        return Held(s, 0)

    def fetch(self, h: Held | Operand) -> Operand:
        if isinstance(h, Held):
            if h.offset < 0:
                return h.where
            return self.fb.load(h.where, h.offset)
        return h

    def release(self, h: Held | Operand) -> None:
        """A root word no longer needed is cleared, so that the collector does not keep what it held."""
        if isinstance(h, Held) and h.where is self.roots:
            self.fb.store(self.roots, 0, h.offset)

    def finish(self) -> None:
        fb = self.fb
        if not fb.is_terminated:
            fb.store(self.ret_slot, 0)
            fb.jump(self.exit)
        fb.set_block(self.unwind)
        line = fb.load(self.line_slot)
        fb.call("java_trace_add", [self.low.where_string(self.where), line], returns=False)
        fb.jump(self.exit)
        fb.set_block(self.exit)
        up = fb.load(self.roots, 0)
        fb.store(Sym("gc_frames"), up)
        r = fb.load(self.ret_slot)
        fb.ret(r)
        # The prologue, now that the frame's size is known: link the frame and clear every root word.
        k = self.nroots
        fn = fb.function
        for s in fn.slots:
            if s.name == "roots":
                s.size = 2 + k
        entry = fn.blocks[0]
        pro: list = []
        t = Temp("prev")
        pro.append(Load(t, Sym("gc_frames"), 0))
        pro.append(Store(self.roots, t, 0))
        pro.append(Store(self.roots, Const(k), 1))
        for i in range(k):
            pro.append(Store(self.roots, Const(0), 2 + i))
        pro.append(Store(Sym("gc_frames"), self.roots, 0))
        for i, p in enumerate(self.params):
            where, off = self.local_slot(p)
            pro.append(Store(where, Temp(f"p{i}"), off))
        for ins in pro:
            ins.line = fn.line
        entry.instrs[0:0] = pro
        _prune(fn)

    # ---- exceptions

    def raise_here(self) -> None:
        """The pending exception was raised at the current line: go to the handler."""
        self.fb.store(self.line_slot, self.fb.line or 0)
        self.fb.jump(self.handlers[-1])

    def check(self) -> None:
        fb = self.fb
        e = fb.load(Sym("exc_pending"))
        bad, ok = fb.new_block("raised"), fb.new_block("ok")
        fb.branch(e, bad, ok)
        fb.set_block(bad)
        self.raise_here()
        fb.set_block(ok)

    def call_method(self, target: Operand | str, args: list[OperandLike]) -> Temp:
        r = self.fb.call(target, args)
        assert r is not None
        self.check()
        return r

    def throw_new(self, cls: str, message: Callable[[], Operand] | None) -> None:
        """Raise a new exception of a library class (a failed check): the current block ends."""
        msg = message() if message is not None else Const(0)
        self.fb.call("java_throw", [self.low.vtable(cls), msg], returns=False)
        self.raise_here()

    def guard(self, bad_cond: Operand, cls: str, message: Callable[[], Operand] | None) -> None:
        fb = self.fb
        bad, ok = fb.new_block("fail"), fb.new_block("ok")
        fb.branch(bad_cond, bad, ok)
        fb.set_block(bad)
        self.throw_new(cls, message)
        fb.set_block(ok)

    def both(self, a: OperandLike, b: OperandLike) -> Temp:
        """a && b of two 0/1 values."""
        return self.fb.mul(a, b)

    def either(self, a: OperandLike, b: OperandLike) -> Temp:
        """a || b of two 0/1 values."""
        return self.fb.binary("gt", self.fb.add(a, b), 0)

    def null_check(self, v: Operand, message: NpeMessage | None = None) -> None:
        """A NullPointerException when v is null, with java's message (npe.py) when one is given."""
        if isinstance(v, Const) and v.value != 0:
            return
        z = self.fb.binary("eq", v, 0)
        text = message(self.npe) if message is not None and self.npe is not None else None
        self.guard(z, "NullPointerException", None if text is None else lambda: self.low.string(text))

    def concat(self, *parts: Held | Operand | str) -> Operand:
        """A message built from string literals and numbers (for the library's exceptions); a number
        is loaded from its slot only when its turn comes (the calls before it may collect)."""
        acc: Held | None = None
        for p in parts:
            s = self.low.string(p) if isinstance(p, str) else self.fb.call("str_from_int", [self.fetch(p)])
            assert s is not None
            if acc is None:
                acc = self.hold(s, True, always=True)
                continue
            joined = self.fb.call("str_concat", [self.fetch(acc), s])
            assert joined is not None
            self.fb.store(acc.where, joined, acc.offset)
        assert acc is not None
        out = self.fetch(acc)
        self.release(acc)
        return out

    # ---- statements

    def block(self, body: list[A.Stmt]) -> None:
        for s in body:
            self.stmt(s)

    def stmt(self, s: A.Stmt) -> None:
        fb = self.fb
        if fb.is_terminated:
            fb.set_block(fb.new_block("dead"))
        fb.set_line(s.span.line)
        if isinstance(s, A.LocalVar):
            if s.init is not None:
                self.assign_local(s.slot, self.init_value(s.init, s.ty))
        elif isinstance(s, A.ExprStmt):
            self.effect(s.expr)
        elif isinstance(s, A.Block):
            self.block(s.body)
        elif isinstance(s, A.If):
            then, other, done = fb.new_block("then"), fb.new_block("else"), fb.new_block("endif")
            self.cond(s.cond, then, other if s.other is not None else done)
            fb.set_block(then)
            self.stmt(s.then)
            if not fb.is_terminated:
                fb.jump(done)
            if s.other is not None:
                fb.set_block(other)
                self.stmt(s.other)
                if not fb.is_terminated:
                    fb.jump(done)
            fb.set_block(done)
        elif isinstance(s, A.While):
            top, body, done = fb.new_block("while"), fb.new_block("body"), fb.new_block("wend")
            fb.set_block(top)
            self.cond(s.cond, body, done)
            fb.set_block(body)
            self.loop_body(s.body, done, top)
            fb.set_block(done)
        elif isinstance(s, A.DoWhile):
            body, test, done = fb.new_block("do"), fb.new_block("dotest"), fb.new_block("doend")
            fb.set_block(body)
            self.loop_body(s.body, done, test)
            fb.set_block(test)
            fb.set_line(s.cond.span.line)
            self.cond(s.cond, body, done)
            fb.set_block(done)
        elif isinstance(s, A.For):
            for i in s.init:
                self.stmt(i)
            top, body, step, done = (
                fb.new_block("for"),
                fb.new_block("fbody"),
                fb.new_block("fstep"),
                fb.new_block("fend"),
            )
            fb.set_block(top)
            if s.cond is not None:
                self.cond(s.cond, body, done)
            else:
                fb.jump(body)
            fb.set_block(body)
            self.loop_body(s.body, done, step)
            fb.set_block(step)
            fb.set_line(s.span.line)
            for u in s.update:
                self.effect(u)
            fb.jump(top)
            fb.set_block(done)
        elif isinstance(s, A.ForEach) and not s.iterable.ty.endswith("[]"):
            self.for_each_iterable(s)
        elif isinstance(s, A.ForEach):
            arr_info, idx_info = s.hidden
            arr = self.generic_array_cast(self.value(s.iterable), s.iterable)
            self.null_check(arr, lambda n: n.hidden("Cannot read the array length", arr_info, s.span))
            self.assign_local(arr_info, arr)
            self.assign_local(idx_info, Const(0))
            top, body, step, done = (
                fb.new_block("each"),
                fb.new_block("ebody"),
                fb.new_block("estep"),
                fb.new_block("eend"),
            )
            fb.set_block(top)
            a = self.load_local(arr_info)
            n = fb.load(a, 0)
            ix = self.load_local(idx_info)
            fb.branch(fb.binary("lt", ix, n), body, done)
            fb.set_block(body)
            a = self.load_local(arr_info)
            ix = self.load_local(idx_info)
            at = fb.add(a, ix)
            x = fb.load(at, 1)
            self.assign_local(s.var.slot, self.convert(x, s.iterable.ty[:-2], s.var.ty))
            self.loop_body(s.body, done, step)
            fb.set_block(step)
            ix = self.load_local(idx_info)
            self.assign_local(idx_info, fb.add(ix, 1))
            fb.jump(top)
            fb.set_block(done)
        elif isinstance(s, A.Switch):
            self.switch(s)
        elif isinstance(s, A.Labeled):
            if isinstance(s.body, A.While | A.DoWhile | A.For | A.ForEach):
                self.next_label = s.label  # the loop registers it with its own targets
                self.stmt(s.body)
            else:
                done = fb.new_block("labend")
                self.labels[s.label] = (done, None, len(self.finals))
                self.stmt(s.body)
                if not fb.is_terminated:
                    fb.jump(done)
                fb.set_block(done)
            del self.labels[s.label]
        elif isinstance(s, A.Break | A.Continue) and s.label:
            brk, cont, depth = self.labels[s.label]
            self.leave_to(depth)
            fb.jump(brk if isinstance(s, A.Break) else cont or brk)
        elif isinstance(s, A.Break):
            label, _, depth = self.loops[-1]
            self.leave_to(depth)
            fb.jump(label)
        elif isinstance(s, A.Continue):
            for _label_b, cont, depth in reversed(self.loops):
                if cont is not None:
                    self.leave_to(depth)
                    fb.jump(cont)
                    break
        elif isinstance(s, A.Return):
            if s.value is not None:
                ret = self.low.method_ret
                v = self.init_value(s.value, ret)
                fb.store(self.ret_slot, v)
            else:
                fb.store(self.ret_slot, 0)
            self.leave_to(0)
            fb.jump(self.exit)
        elif isinstance(s, A.Throw):
            v = self.value(s.value)
            self.null_check(v, lambda n: n.throw(s.value))
            fb.call("exc_raise", [v], returns=False)
            if getattr(s, "rethrow", False):  # try-with-resources' own: raised where it was caught
                fb.jump(self.handlers[-1])
            else:
                self.raise_here()
        elif isinstance(s, A.Try):
            self.try_(s)
        elif isinstance(s, A.Yield):
            held, done, depth, ty = self.yields[-1]
            v = self.convert(self.value(s.value), s.value.ty, ty, s.value)  # `case 0 -> 1` of a double switch
            fb.store(held.where, v, held.offset)
            self.leave_to(depth)
            fb.jump(done)
        elif isinstance(s, A.Empty | A.LocalClass):
            pass  # a local class's methods are lowered with the program's classes
        else:
            raise Unsupported(type(s).__name__)

    def interface_call(self, o: Operand, sig: str, args: list[OperandLike]) -> Temp:
        """A call of an interface method (by its selector in the object's itable)."""
        vt = self.fb.load(o, 0)
        it = self.fb.load(vt, 3)
        code = self.fb.load(it, self.low.program.selectors[sig])
        return self.call_method(code, [o, *args])

    def for_each_iterable(self, s: A.ForEach) -> None:
        """for (T x : c): an Iterator from c.iterator(), then hasNext() and next() (JLS 14.14.2)."""
        fb = self.fb
        it_info, _ = s.hidden
        c = self.value(s.iterable)
        self.null_check(c, lambda n: n.invoke_on(f"{n.class_name(s.iterable.ty)}.iterator()", s.iterable))
        self.assign_local(it_info, self.interface_call(c, "iterator()", []))
        top, body, done = fb.new_block("iter"), fb.new_block("ibody"), fb.new_block("iend")
        fb.jump(top)
        fb.set_block(top)
        more = self.interface_call(self.load_local(it_info), "hasNext()", [])
        fb.branch(more, body, done)
        fb.set_block(body)
        x: Operand = self.interface_call(self.load_local(it_info), "next()", [])
        cast = getattr(s, "elem_cast", None)  # javac's `(T) it.next()` (checkcast.py)
        if cast is not None:
            x = self.checked_cast(x, cast, "Object")
        self.assign_local(s.var.slot, self.convert(x, s.elem, s.var.ty))  # type: ignore[attr-defined]
        self.loop_body(s.body, done, top)
        fb.set_block(done)

    def loop_body(self, body: A.Stmt, brk: str, cont: str) -> None:
        self.loops.append((brk, cont, len(self.finals)))
        if self.next_label:
            self.labels[self.next_label] = self.loops[-1]
            self.next_label = ""
        self.stmt(body)
        self.loops.pop()
        if not self.fb.is_terminated:
            self.fb.jump(cont)

    def leave_to(self, depth: int) -> None:
        """Run the finally blocks being left (innermost first) on a jump out of them."""
        saved_finals, saved_handlers = self.finals, self.handlers
        for block, handler_depth in reversed(saved_finals[depth:]):
            self.finals = saved_finals[: saved_finals.index((block, handler_depth))]
            self.handlers = saved_handlers[:handler_depth]
            self.stmt(block)
            if self.fb.is_terminated:
                break
        self.finals, self.handlers = saved_finals, saved_handlers

    def try_(self, s: A.Try) -> None:
        fb = self.fb
        catch_label, after = fb.new_block("catch"), fb.new_block("tryend")
        outer = len(self.handlers)
        final_exc = fb.new_block("finexc") if s.final is not None else None
        if s.final is not None:
            self.finals.append((s.final, outer))
        self.handlers.append(catch_label if s.catches else final_exc or catch_label)
        self.block(s.body.body)
        self.handlers.pop()
        self.normal_exit(s, after)
        if s.catches:
            fb.set_block(catch_label)
            ex = fb.call("exc_current", [])
            assert ex is not None
            targets = []
            for c in s.catches:
                target = fb.new_block("handler")
                targets.append(target)
                for t in c.types:
                    hit = fb.call("java_instanceof", [ex, self.low.vtable(t)])
                    assert hit is not None
                    nxt = fb.new_block("nocatch")
                    fb.branch(hit, target, nxt)
                    fb.set_block(nxt)
            fb.jump(final_exc or self.handlers[-1])
            for c, target in zip(s.catches, targets, strict=True):
                fb.set_block(target)
                # java's trace holds this method's line where the exception arose (a cause's, a
                # suppressed exception's); a rethrow from here adds no frame until it leaves
                where = self.low.where_string(self.where)
                fb.call("java_trace_catch", [where, fb.load(self.line_slot)], returns=False)
                ex = fb.call("exc_take", [])
                assert ex is not None
                self.assign_local(c.slot, ex)
                self.handlers.append(final_exc or self.handlers[outer - 1])
                self.block(c.body.body)
                self.handlers.pop()
                self.normal_exit(s, after)
        if s.final is not None and final_exc is not None:
            self.finals.pop()
            fb.set_block(final_exc)
            ex = fb.call("exc_take", [])
            assert ex is not None
            h = self.hold(ex, True)
            line = self.hold(fb.load(self.line_slot), False)  # where it was raised, for its trace
            self.stmt(s.final)
            if not fb.is_terminated:
                fb.call("exc_raise", [self.fetch(h)], returns=False)
                self.release(h)
                fb.store(self.line_slot, self.fetch(line))
                fb.jump(self.handlers[-1])
        fb.set_block(after)

    def normal_exit(self, s: A.Try, after: str) -> None:
        if self.fb.is_terminated:
            return
        if s.final is not None:
            saved = self.finals
            self.finals = saved[:-1] if saved and saved[-1][0] is s.final else saved
            self.stmt(s.final)
            self.finals = saved
        if not self.fb.is_terminated:
            self.fb.jump(after)

    def switch(self, s: A.Switch | A.SwitchExpr) -> None:
        """A switch statement, or a switch expression (its cases end in yields to the slot on top of
        self.yields)."""
        fb = self.fb
        done = fb.new_block("swend")
        labels = [fb.new_block("case") for _ in s.cases]
        default = next((lab for lab, c in zip(labels, s.cases, strict=True) if not c.labels), done)
        v = self.value(s.subject)
        if s.subject.ty in ("Integer", "Character"):  # `switch (counts.get(k))`: a null throws
            v = self.convert(v, s.subject.ty, UNBOXES[s.subject.ty], s.subject)
        subject = self.low.classes.get(base_of(s.subject.ty))
        if s.subject.ty == "String":
            self.null_check(v, lambda n: n.hidden('Cannot invoke "String.hashCode()"', s.hidden, s.span))
            self.assign_local(s.hidden, v)
            for lab, c in zip(labels, s.cases, strict=True):
                for label in c.labels:
                    assert isinstance(label, A.Literal)
                    subject_text = self.load_local(s.hidden)
                    same = fb.call("str_eq", [subject_text, self.low.string(label.value)])
                    assert same is not None
                    nxt = fb.new_block("strcase")
                    fb.branch(same, lab, nxt)
                    fb.set_block(nxt)
            fb.jump(default)
        else:
            if subject is not None and subject.enum:
                self.null_check(v, lambda n: n.ordinal(s.subject))
                v = self.load_field(v, subject.find_field(" ordinal"))  # type: ignore[arg-type]
            cases: list[tuple[int, str]] = []
            for lab, c in zip(labels, s.cases, strict=True):
                for label in c.labels:
                    cases.append((self.low.constant(label), lab))
            fb.switch(v, default, cases)
        if isinstance(s, A.Switch):
            self.loops.append((done, None, len(self.finals)))
        for lab, c in zip(labels, s.cases, strict=True):
            fb.set_block(lab)
            self.block(c.body)
        if isinstance(s, A.Switch):
            self.loops.pop()
        elif not fb.is_terminated:
            fb.jump(done)  # an enum switch expression covering every constant: no other value comes
        fb.set_block(done)

    def switch_expr(self, e: A.SwitchExpr) -> Operand:
        done = self.fb.new_block("yielded")
        held = self.hold(Const(0), is_ref(e.ty), always=True)
        self.yields.append((held, done, len(self.finals), e.ty))
        self.switch(e)
        self.yields.pop()
        # The switch's own end (reached when no case matched) joins the yields' end.
        if not self.fb.is_terminated:
            self.fb.jump(done)
        self.fb.set_block(done)
        out = self.fetch(held)
        self.release(held)
        return out

    # ---- locals

    def load_local(self, info: LocalInfo) -> Temp:
        where, off = self.local_slot(info)
        return self.fb.load(where, off)

    def assign_local(self, info: LocalInfo, v: Operand) -> None:
        where, off = self.local_slot(info)
        self.fb.store(where, v, off)

    # ---- expressions

    def effect(self, e: A.Expr) -> None:
        if isinstance(e, A.IncDec):
            e = A.IncDec(e.span, e.op, True, e.target)
            e.ty = e.target.ty
        self.value(e)

    def init_value(self, e: A.Expr, ty: str) -> Operand:
        v = self.value(e)
        return self.convert(v, e.ty, ty, e)

    def convert(self, v: Operand, src: str, dst: str, source: A.Expr | None = None) -> Operand:
        """A value of type src as one of type dst: boxed (valueOf, which keeps Java's caches) or unboxed
        (a null throws NullPointerException, whose message names `source`, the expression unboxed). Widening
        needs nothing; a constant narrowed implicitly is already in range."""
        if boxes(src, dst):
            # a constant int stored as a Character is boxed as the char it is (the checker saw it fit)
            c = self.low.classes["Character" if dst == "Character" and is_integral(src) else box(src)]
            m = next(x for x in c.methods["valueOf"] if x.params == [UNBOXES[c.name]])
            return self.call_method(self.low.ir_name(m), [v])
        if source is not None and src.endswith("[]") and isinstance(source, A.FieldAccess | A.Name | A.Call):
            v = self.generic_array_cast(v, source, dst)
        unboxed = UNBOXES.get(base_of(src)) if is_ref(src) else None
        if unboxed is not None and not is_ref(dst):
            self.null_check(v, lambda n: n.unboxing(src, source))
            v = self.load_field(v, self.low.classes[base_of(src)].fields["value"])
            return self.widen(v, unboxed, dst)
        return self.widen(v, src, dst)

    def widen(self, v: Operand, src: str, dst: str) -> Operand:
        """An integer widened to double (float64's conversion, exact below 2^53 and rounded to nearest
        above) or to float (rounded once, to binary32); any other widening needs nothing (a float is held
        as the double of its value)."""
        if dst == "double" and is_integral(src):
            if isinstance(v, Const):
                return Const(struct.unpack("<Q", struct.pack("<d", float(v.value)))[0])
            return self.f64("f64_from_int", [v])
        if dst == "float" and is_integral(src):
            if isinstance(v, Const):
                value = nearest_float32(Fraction(abs(v.value)))
                return Const(struct.unpack("<Q", struct.pack("<d", -value if v.value < 0 else value))[0])
            return self.f64("f64_int_to_f32", [v])
        return v

    def floating(self, op: str, a: Operand, b: Operand, ty: str) -> Operand:
        """A double or float operation: float64's, a float's result rounded to binary32 (correctly rounded,
        as binary64 has more than twice binary32's precision)."""
        r = self.f64(F64_OPS[op], [a, b])
        return self.f64("f64_to_f32", [r]) if ty == "float" and op in ("+", "-", "*", "/", "%") else r

    def f64(self, routine: str, args: Sequence[OperandLike]) -> Operand:
        r = self.fb.call(routine, list(args))
        assert r is not None
        return r

    def numeric_cast(self, v: Operand, src: str, dst: str) -> Operand:
        """A cast between numeric types where one is double: double to int and long as Java converts
        (NaN to 0, saturating), then narrowed further for short, byte and char."""
        if src == dst:
            return v
        if dst in FLOATING and src != "double":
            return self.widen(v, src, dst)
        if dst == "float":
            return self.f64("f64_to_f32", [v])
        if src in FLOATING:
            if dst == "long":
                return self.f64("java_d2l", [v])
            i = self.f64("java_d2i", [v])
            return i if dst == "int" else self.fb.wrap(WRAP[dst], i)
        return v

    def values(self, exprs: list[A.Expr], types: list[str] | None = None) -> list[Operand]:
        """The values of exprs in order, each converted to its type in types when given."""
        held: list[Held | Operand] = []
        to = types if types is not None else [e.ty for e in exprs]
        for i, e in enumerate(exprs):
            v = self.convert(self.value(e), e.ty, to[i], e)
            if any(may_call(x) or boxes(x.ty, t) for x, t in zip(exprs[i + 1 :], to[i + 1 :], strict=True)):
                held.append(self.hold(v, is_ref(to[i])))
            else:
                held.append(v)
        out = [self.fetch(h) for h in held]
        for h in held:
            self.release(h)
        return out

    def cond(self, e: A.Expr, yes: str, no: str) -> None:
        fb = self.fb
        if isinstance(e, A.Binary) and e.op in ("&&", "||"):
            mid = fb.new_block("and" if e.op == "&&" else "or")
            if e.op == "&&":
                self.cond(e.left, mid, no)
            else:
                self.cond(e.left, yes, mid)
            fb.set_block(mid)
            self.cond(e.right, yes, no)
            return
        if isinstance(e, A.Unary) and e.op == "!":
            self.cond(e.operand, no, yes)
            return
        v = self.convert(self.value(e), e.ty, "boolean", e)
        fb.branch(v, yes, no)

    def value(self, e: A.Expr) -> Operand:
        v = self._value(e)
        cast = getattr(e, "checkcast", None)  # javac's cast of an erased generic value (checkcast.py)
        return v if cast is None else self.checked_cast(v, cast, "Object")

    def _value(self, e: A.Expr) -> Operand:
        fb = self.fb
        if isinstance(e, A.Literal):
            if e.kind == "string":
                return self.low.string(e.value)
            if e.kind == "boolean":
                return Const(1 if e.value else 0)
            if e.kind == "null":
                return Const(0)
            return Const(int(e.value))  # a double's is its bit pattern
        if isinstance(e, A.Lambda | A.MethodRef):
            return self.lambda_object(e)
        if isinstance(e, A.Name):
            kind, what = e.ref[:2]
            if kind == "local":
                return self.load_local(what)
            if kind == "capture":  # a lambda's captured variable: a field of the lambda object
                return self.load_field(self.load_local(self.params[0]), what)
            if kind == "field":
                this = self.this()
                return self.load_field(this, what)
            if kind == "static":
                return self.load_static(what)
            if kind == "outer":  # a field of an enclosing instance
                return self.load_field(self.enclosing(e.ref[1]), e.ref[2])
            if kind == "constant":  # Math.PI statically imported
                return Const(DOUBLE_CONSTANTS[what])
            raise Unsupported("a class name used as a value")
        if isinstance(e, A.This):
            return self.enclosing(e.hops)
        if isinstance(e, A.FieldAccess):
            if isinstance(e.ref, tuple):
                key = e.ref[1]
                consts = {
                    "Integer.MAX_VALUE": 2**31 - 1,
                    "Integer.MIN_VALUE": -(2**31),
                    "Long.MAX_VALUE": 2**63 - 1,
                    "Long.MIN_VALUE": -(2**63),
                    "Short.MAX_VALUE": 2**15 - 1,
                    "Short.MIN_VALUE": -(2**15),
                    "Byte.MAX_VALUE": 127,
                    "Byte.MIN_VALUE": -128,
                    "Character.MAX_VALUE": 0xFFFF,
                    "Character.MIN_VALUE": 0,
                }
                if key in consts:
                    return Const(consts[key])
                if key in DOUBLE_CONSTANTS:
                    return Const(DOUBLE_CONSTANTS[key])
                if key == "System.in":
                    return Const(1)  # not null; read() on it is the Engine's input (builtin)
                if e.ref[0] == "classlit":  # Color.class: the class's vtable, as getClass() gives it
                    self.low.makes_classes = True
                    return self.low.vtable(key)
                if key in ("System.out", "System.err"):  # a writer's stream (library/io.java): which one
                    return Const(3 if key == "System.err" else 5)
                raise Unsupported(key + " as a value")
            if e.ref == "length":
                a = self.generic_array_cast(self.value(e.target), e.target)
                self.null_check(a, lambda n: n.length(e.target))
                return fb.load(a, 0)
            f: FieldInfo = e.ref
            if f.static:
                return self.load_static(f)
            o = self.value(e.target)
            self.null_check(o, lambda n: n.read_field(f, e.target))
            return self.load_field(o, f)
        if isinstance(e, A.Index):
            a, i = self.values([e.target, e.index])
            i = self.convert(i, e.index.ty, "int", e.index)  # a[list.get(k)]: the Integer unboxed
            at = self.element(a, i, lambda n: n.array(True, e.ty, e.target))
            return fb.load(at, 1)
        if isinstance(e, A.Unary):
            v = self.convert(
                self.value(e.operand), e.operand.ty, UNBOXES.get(e.operand.ty, e.operand.ty), e.operand
            )
            if e.op == "!":
                return fb.binary("eq", v, 0)
            if e.op == "+":
                return v
            if e.ty in FLOATING:
                v = self.widen(v, UNBOXES.get(e.operand.ty, e.operand.ty), e.ty)
                return v if e.op == "+" else self.f64("f64_neg", [v])
            if e.op == "-":
                return fb.wrap(WRAP[e.ty], fb.unary("neg", v))
            return fb.unary("not", v)
        if isinstance(e, A.Binary):
            return self.binary(e)
        if isinstance(e, A.Cond):
            r = fb.new_temp("c")
            yes, no, done = fb.new_block("ctrue"), fb.new_block("cfalse"), fb.new_block("cend")
            self.cond(e.cond, yes, no)
            for lab, x in ((yes, e.then), (no, e.other)):
                fb.set_block(lab)
                v = self.convert(self.value(x), x.ty, e.ty, x)
                fb.emit(Copy(r, v))
                fb.jump(done)
            fb.set_block(done)
            return r
        if isinstance(e, A.Cast):
            v = self.value(e.operand)
            if is_ref(e.operand.ty) != is_ref(e.to):  # boxing or unboxing
                v = self.convert(v, e.operand.ty, UNBOXES.get(e.operand.ty, e.to), e.operand)
                if is_ref(e.to):
                    return v
                prim = UNBOXES.get(e.operand.ty, e.to)
                return v if prim == e.to else self.numeric_cast(v, prim, e.to)
            if is_numeric(e.to) and (e.to in FLOATING or e.operand.ty in FLOATING):
                return self.numeric_cast(v, e.operand.ty, e.to)
            if is_integral(e.to):
                if (
                    e.to == e.operand.ty
                    or (e.to == "long" and e.operand.ty != "long")
                    or (e.to == "int" and e.operand.ty in ("short", "byte", "char"))
                ):
                    return v
                return fb.wrap(WRAP[e.to], v)
            to_base = base_of(e.to)
            same_dims = e.to.count("[]") == e.operand.ty.count("[]")
            if (
                e.to == e.operand.ty
                or e.to == "Object"
                or getattr(e, "erased", False)
                or (same_dims and self.low.assignable(e.operand.ty, e.to))
                or (
                    to_base not in self.low.classes
                    and is_ref(to_base)
                    and to_base not in (*STRING_CLASSES, "StringBuilder")
                )
                or (e.to == "Object[]" and e.operand.ty.endswith("[]") and is_ref(e.operand.ty[:-2]))
            ):
                return v  # an upcast, or a cast to a type variable or an array of one (unchecked: erased)
            return self.checked_cast(v, e.to, e.operand.ty)
        if isinstance(e, A.InstanceOf):
            operand = self.value(e.operand)
            h = self.hold(operand, True)
            hit = self.instance_test(self.fetch(h), e.cls, e.operand.ty)
            if e.bind is not None:
                self.assign_local(e.slot, self.fetch(h))
            self.release(h)
            return hit
        if isinstance(e, A.Assign):
            return self.assign(e)
        if isinstance(e, A.SwitchExpr):
            return self.switch_expr(e)
        if isinstance(e, A.IncDec):
            return self.incdec(e)
        if isinstance(e, A.Call):
            return self.call(e)
        if isinstance(e, A.New):
            return self.new(e)
        if isinstance(e, A.NewArray):
            dims = self.values(e.dims)
            return self.new_array(e.elem, dims)
        if isinstance(e, A.ArrayLit):
            return self.array_lit(e)
        raise Unsupported(type(e).__name__)

    def this(self) -> Temp:
        if self.outer is not None:  # a lambda's body: `this` is the enclosing method's
            return self.fb.load(self.load_local(self.params[0]), self.outer.index)
        return self.load_local(self.params[0])

    def enclosing(self, hops: list[FieldInfo]) -> Operand:
        """`this`, or an enclosing instance reached from it through inner classes' outer fields."""
        v: Operand = self.this()
        for hop in hops:
            v = self.load_field(v, hop)
        return v

    def captured(self, ref: tuple[str, object]) -> Operand:
        """A captured local's value where a lambda or class object is made: the local itself, or the
        field of this lambda or class object that already holds it."""
        kind, what = ref
        if kind == "local":
            assert isinstance(what, LocalInfo)
            return self.load_local(what)
        assert isinstance(what, FieldInfo)
        return self.load_field(self.load_local(self.params[0]), what)

    def lambda_object(self, e: A.Lambda | A.MethodRef) -> Operand:
        """A new object of the lambda's class, holding the variables it captures (and `this`)."""
        fb = self.fb
        lam = e.lam if isinstance(e, A.MethodRef) else e
        cls = lam.info
        if isinstance(e, A.MethodRef):
            self.low.method_refs.add(cls.name)  # lowered after this method: its messages are null
            t = e.target
            if isinstance(t, A.Name) and isinstance(t.ref, tuple) and t.ref[0] == "capture":
                # `s::length`: java checks its receiver when it makes it (a null message)
                source = next((src for f, src in cls.captures if f is t.ref[1]), None)
                if source is not None:
                    self.null_check(self.captured(source))
        self.init_check(cls)  # its interface's initialisation, when that declares a default method
        o = fb.call("gc_alloc_obj", [OBJECT_KIND, 1, cls.size])
        assert o is not None
        fb.store(o, self.low.vtable(cls.name), 0)
        h = self.hold(o, True)
        for f, source in cls.captures:
            self.store_field(self.fetch(h), f, self.captured(source))
        if " this" in cls.fields:
            self.store_field(self.fetch(h), cls.fields[" this"], self.this())
        out = self.fetch(h)
        self.release(h)
        return out

    def cast_message(self, h: Held, to: str) -> Operand:
        """ClassCastException's message for the value h cast to type `to`, java's: "class Main$A cannot
        be cast to class Main$B (Main$A and Main$B are in unnamed module of loader 'app')", the module
        of each class its own ("X is in ...; Y is in ...") when they differ."""
        fb = self.fb
        target = self.low.java_name(to)
        modules = {True: "module java.base of loader 'bootstrap'", False: "unnamed module of loader 'app'"}
        to_base = in_java_base(target)
        same = f" and {target} are in {modules[to_base]})"
        differ = f" is in {modules[not to_base]}; {target} is in {modules[to_base]})"
        name = self.hold(fb.call("java_class_name", [self.fetch(h)]) or Const(0), True)
        text = fb.call("str_concat", [self.low.string("class "), self.fetch(name)]) or Const(0)
        cast = self.low.string(f" cannot be cast to class {target} (")
        text = fb.call("str_concat", [text, cast]) or Const(0)
        held = self.hold(fb.call("str_concat", [text, self.fetch(name)]) or Const(0), True)
        tail = fb.new_temp("tail")
        base, app, done = fb.new_block("inbase"), fb.new_block("inapp"), fb.new_block("tail")
        fb.branch(fb.call("java_in_base", [self.fetch(name)]) or Const(0), base, app)
        for block, src_base in ((base, True), (app, False)):
            fb.set_block(block)
            fb.emit(Copy(tail, self.low.string(same if src_base == to_base else differ)))
            fb.jump(done)
        fb.set_block(done)
        out = fb.call("str_concat", [self.fetch(held), tail]) or Const(0)
        self.release(held)
        self.release(name)
        return out

    def checked_cast(self, v: Operand, to: str, src: str) -> Operand:
        """v (of static type src) cast to `to`: ClassCastException unless it is null or an instance."""
        fb = self.fb
        h = self.hold(v, True)
        ok = self.instance_test(self.fetch(h), to, src)
        good = self.either(ok, fb.binary("eq", self.fetch(h), 0))
        self.guard(fb.binary("eq", good, 0), "ClassCastException", lambda: self.cast_message(h, to))
        out = self.fetch(h)
        self.release(h)
        return out

    def generic_array_cast(self, v: Operand, e: A.Expr, dst: str | None = None) -> Operand:
        """A read e of a field declared with a type variable's array type (`T[] data`), or a call of
        the program's method declared to return one (`T[] toArray()`, `<E> E[] make(int n)`), whose
        type arguments make it another here (`heap.data` of a Heap<String>: String[]), used as a value
        of type dst (None: as an array, indexed, its length or iterated): javac's checkcast to the
        array type it has here, unless dst is a supertype of the declared type's erasure (Object,
        Object[], Comparable[]); an array made as `(T[]) new Comparable[n]` is no String[]."""
        f = e.ref if isinstance(e, A.FieldAccess | A.Call) else None
        if isinstance(e, A.Name) and isinstance(e.ref, tuple) and e.ref[0] == "field":
            f = e.ref[1]
        if isinstance(f, FieldInfo) and not f.static:
            declared, tparams = f.ty, dict(f.owner.tparams)
        elif isinstance(f, MethodInfo) and not f.builtin and f.owner.decl is not None:
            if f.owner.decl.library:  # the library's arrays are of the class java's would be
                return v
            declared, tparams = f.ret, {**dict(f.owner.tparams), **dict(f.tparams)}
        else:
            return v
        base, _, dims = split(declared)
        bound = tparams.get(base)
        if bound is None or not dims or not e.ty.endswith("[]"):
            return v
        low = self.low
        erased, here = low.array_type(base_of(bound or "Object") + dims), low.array_type(e.ty)
        if low.array_assignable(erased, here):
            return v
        wanted = low.array_type(dst) if dst is not None and dst.endswith("[]") else None
        if dst == "Object" or (wanted is not None and low.array_assignable(erased, wanted)):
            return v
        return self.checked_cast(v, wanted or here, declared)  # javac casts to what the use wants

    def instance_test(self, v: Operand, cls: str, src: str = "") -> Operand:
        """Whether v (of static type src) is an instance of cls (null is not)."""
        if cls.endswith("[]"):  # the array's kind names its class
            return self.fb.call(self.low.array_test(cls), [v]) or Const(0)
        cls = base_of(cls)
        c = self.low.classes.get(cls, None)
        if cls == "CharSequence" and c is None and self.low.assignable(src, cls):
            return self.fb.binary("ne", v, 0)
        if src and self.low.maybe_string(src) and cls not in ("Object", "String"):
            # The value may be a string or an array, whose word 0 is not a vtable: tested first (a
            # string is Comparable and a CharSequence).
            h = self.hold(v, True)
            fb = self.fb
            res = fb.new_temp("isa")
            yes, no, done = (
                fb.new_block("isobj"),
                fb.new_block("notobj"),
                fb.new_block("isend"),
            )
            fb.branch(fb.call("java_is_object", [v]) or Const(0), yes, no)
            fb.set_block(no)
            string = fb.call("java_is_string", [v]) if cls in STRING_CLASSES else None
            fb.emit(Copy(res, string or Const(0)))
            fb.jump(done)
            fb.set_block(yes)
            fb.emit(Copy(res, self.instance_test(self.fetch(h), cls)))
            fb.jump(done)
            fb.set_block(done)
            self.release(h)
            return res
        if c is not None and c.kind == "interface":
            r = self.fb.call("java_implements", [v, self.low.iface_id(c)])
        elif c is None and cls in ("StringBuilder", "CharSequence"):  # an object: a builder is both
            r = self.fb.call("java_instanceof", [v, self.low.vtable("StringBuilder")])
        elif c is None and cls != "String":  # a library interface not compiled: no class implements it
            return Const(0)
        elif cls == "Object":
            r = self.fb.binary("ne", v, 0)
        elif cls == "String":
            r = self.fb.call("java_is_string", [v])
        else:
            r = self.fb.call("java_instanceof", [v, self.low.vtable(cls)])
        assert r is not None
        return r

    def element(self, a: Operand, i: Operand, message: NpeMessage | None = None) -> Operand:
        """The address before element i of array a (checked: null, with java's message, and bounds)."""
        fb = self.fb
        self.null_check(a, message)
        n = fb.load(a, 0)
        neg = fb.binary("lt", i, 0)
        over = fb.binary("ge", i, n)
        bad = self.either(neg, over)
        h_i = self.hold(i, False) if not isinstance(i, Const) else i
        h_n = self.hold(n, False)
        self.guard(
            bad,
            "ArrayIndexOutOfBoundsException",
            lambda: self.concat("Index ", h_i, " out of bounds for length ", h_n),
        )
        return fb.add(a, i)

    def load_field(self, o: Operand, f: FieldInfo) -> Operand:
        v = self.fb.load(o, f.index)
        if is_ref(f.ty):
            return v
        return self.fb.binary("div", self.fb.sub(v, 1), 2)

    def store_field(self, o: Operand, f: FieldInfo, v: Operand) -> None:
        if not is_ref(f.ty):
            v = self.fb.add(self.fb.mul(v, 2), 1)
        self.fb.store(o, v, f.index)

    def load_static(self, f: FieldInfo) -> Operand:
        if initialises(f):
            self.init_check(f.owner)
        where, off = self.low.static_place(f)
        return self.fb.load(where, off)

    def store_static(self, f: FieldInfo, v: Operand) -> None:
        if initialises(f) and self.needs_init(f.owner):  # java's putstatic: after the value is made
            h = self.hold(v, is_ref(f.ty))
            self.init_check(f.owner)
            v = self.fetch(h)
            self.release(h)
        where, off = self.low.static_place(f)
        self.fb.store(where, v, off)

    def needs_init(self, c: ClassInfo) -> bool:
        """Whether a use of class c here must first see that it is initialised: c is initialised at
        its first use and this code is not c's own (or a subclass's, whose use initialised c)."""
        here = self.low.current_class
        inside = here is c or (here is not None and c.kind != "interface" and here.is_subclass_of(c))
        return c.lazy_init and not inside

    def init_check(self, c: ClassInfo) -> None:
        """Initialise class c, when this is its first use (JLS 12.4.1)."""
        if not self.needs_init(c):
            return
        fb = self.fb
        go, done = fb.new_block("init"), fb.new_block("inited")
        fb.branch(fb.binary("ne", fb.load(Sym(f"{c.name}.initstate"), 0), 1), go, done)
        fb.set_block(go)
        self.call_method(f"{c.name}.init", [])
        fb.jump(done)
        fb.set_block(done)

    def new_array(self, elem: str, dims: list[Operand], kind: Operand | None = None) -> Operand:
        """A new array of `elem` elements of length dims[0]; with more sizes, filled with new arrays.
        Its kind names its class (`kind` when given: a clone's is its original's)."""
        fb = self.fb
        n = dims[0]
        neg = fb.binary("lt", n, 0)
        h_n = self.hold(n, False)
        h_rest = [self.hold(d, False) for d in dims[1:]]
        self.guard(
            neg, "NegativeArraySizeException", lambda: fb.call("str_from_int", [self.fetch(h_n)]) or Const(0)
        )
        n = self.fetch(h_n)
        size = fb.add(n, 1)
        kind = kind if kind is not None else Const(self.low.array_kind(elem + "[]"))
        if is_ref(elem):
            a = fb.call("gc_alloc_obj", [kind, 1, size])
        else:
            a = fb.call("gc_alloc_obj", [kind, size, size])
        assert a is not None
        n = self.fetch(h_n)
        fb.store(a, n, 0)
        if not h_rest:
            return a
        h_a = self.hold(a, True)
        i_slot = self.hold(Const(0), False)
        i_slot = self.hold(fb.copy(0), False)
        top, body, done = fb.new_block("fill"), fb.new_block("fillb"), fb.new_block("filled")
        fb.set_block(top)
        i = self.fetch(i_slot)
        fb.branch(fb.binary("lt", i, self.fetch(h_n)), body, done)
        fb.set_block(body)
        sub = self.new_array(elem[:-2], [self.fetch(h) for h in h_rest])
        i = self.fetch(i_slot)
        at = fb.add(self.fetch(h_a), i)
        fb.store(at, sub, 1)
        fb.store(i_slot.where, fb.add(i, 1), i_slot.offset)
        fb.jump(top)
        fb.set_block(done)
        out = self.fetch(h_a)
        self.release(h_a)
        return out

    def array_lit(self, e: A.ArrayLit) -> Operand:
        fb = self.fb
        elem = e.decl[:-2]
        a = self.new_array(elem, [Const(len(e.elems))])
        h = self.hold(a, True)
        for k, x in enumerate(e.elems):
            v = (
                self.convert(self.value(x), x.ty, elem)
                if not isinstance(x, A.ArrayLit)
                else self.array_lit(x)
            )
            fb.store(self.fetch(h), v, 1 + k)
        out = self.fetch(h)
        self.release(h)
        return out

    def arith(self, op: str, a: Operand, b: Operand, ty: str) -> Operand:
        """a op b on ints or longs as Java computes them."""
        fb = self.fb
        bits = 64 if ty == "long" else 32
        if op in ("/", "%"):
            if not (isinstance(b, Const) and b.value != 0):
                z = fb.binary("eq", b, 0)
                self.guard(z, "ArithmeticException", lambda: self.low.string("/ by zero"))
            return fb.wrap(WRAP[ty], fb.binary(BINOPS[op], a, b))
        if op in ("<<", ">>", ">>>"):
            n = fb.binary("and", b, bits - 1) if not isinstance(b, Const) else Const(b.value & (bits - 1))
            if op == "<<":
                return fb.wrap(WRAP[ty], fb.binary("shl", a, n))
            if op == ">>":
                return fb.binary("shr", a, n)
            u = fb.wrap("u64" if bits == 64 else "u32", a)
            return fb.wrap(WRAP[ty], fb.binary("shr", u, n))
        r = fb.binary(BINOPS[op], a, b)
        if op in ("+", "-", "*"):
            return fb.wrap(WRAP[ty], r)
        return r

    def binary(self, e: A.Binary) -> Operand:
        fb = self.fb
        if e.op in ("&&", "||"):
            r = fb.new_temp("b")
            yes, no, done = fb.new_block("btrue"), fb.new_block("bfalse"), fb.new_block("bend")
            self.cond(e, yes, no)
            fb.set_block(yes)
            fb.emit(Copy(r, Const(1)))
            fb.jump(done)
            fb.set_block(no)
            fb.emit(Copy(r, Const(0)))
            fb.jump(done)
            fb.set_block(done)
            return r
        if e.operand_ty == "String":
            folded = constant_text(e)
            if folded is not None:  # "hel" + "lo" is a constant, the literal "hello" (== it, as in java)
                return self.low.string(folded)
            left = self.value(e.left)
            left = self.to_string(left, shown(e.left))
            h = self.hold(left, True)
            right = self.to_string(self.value(e.right), shown(e.right))
            h2 = self.hold(right, True)
            joined = fb.call("str_concat", [self.fetch(h), self.fetch(h2)])
            self.release(h)
            self.release(h2)
            assert joined is not None
            return joined
        a, b = self.values([e.left, e.right])
        if e.operand_ty != "ref":  # unboxing (a boxed operand of an arithmetic or comparison)
            a = self.convert(a, e.left.ty, UNBOXES.get(e.left.ty, e.left.ty), e.left)
            b = self.convert(b, e.right.ty, UNBOXES.get(e.right.ty, e.right.ty), e.right)
        if e.operand_ty in FLOATING:
            a = self.widen(a, UNBOXES.get(e.left.ty, e.left.ty), e.operand_ty)
            b = self.widen(b, UNBOXES.get(e.right.ty, e.right.ty), e.operand_ty)
            return self.floating(e.op, a, b, e.operand_ty)
        if e.operand_ty in ("ref", "boolean") or e.op in ("<", ">", "<=", ">=", "==", "!="):
            if e.op in ("&", "|", "^"):
                return fb.binary(BINOPS[e.op], a, b)
            return fb.binary(BINOPS[e.op], a, b)
        return self.arith(e.op, a, b, e.operand_ty)

    def to_string(self, v: Operand, ty: str) -> Operand:
        """Java's string conversion of a value of static type ty."""
        fb = self.fb
        if ty == "String":
            r = fb.call("java_str_or_null", [v])
        elif ty == "null":
            return self.low.string("null")
        elif ty == "char":
            r = fb.call("java_char_str", [v])
        elif ty == "boolean":
            r = fb.call("java_bool_str", [v])
        elif ty == "double":
            r = fb.call("java_double_str", [v])
        elif ty == "float":  # Float.toString's characters, as java_double_str takes a double's
            fb.call("java_ff_string", [v])
            r = fb.call("str_from", [Sym("java_fd_out")])
        elif is_integral(ty):
            r = fb.call("str_from_int", [v])
        elif ty == "Class" or ty.startswith("Class<"):  # class Main$Inner
            r = fb.call("Class.toString", [v])
        else:
            return self.object_string(v, ty)
        assert r is not None
        return r

    def object_string(self, v: Operand, ty: str) -> Operand:
        """toString() of an object, "null" for null (a virtual call; it may throw)."""
        fb = self.fb
        if ty == "StringBuilder":
            isnull = fb.binary("eq", v, 0)
            yes, no, done = fb.new_block("snull"), fb.new_block("sobj"), fb.new_block("send")
            r = fb.new_temp("s")
            fb.branch(isnull, yes, no)
            fb.set_block(yes)
            fb.emit(Copy(r, self.low.string("null")))
            fb.jump(done)
            fb.set_block(no)
            fb.emit(Copy(r, fb.call("java_sb_string", [v]) or Const(0)))
            fb.jump(done)
            fb.set_block(done)
            return r
        h = self.hold(v, True)
        r = fb.new_temp("s")
        yes, no, done = fb.new_block("snull"), fb.new_block("sobj"), fb.new_block("send")
        fb.branch(fb.binary("eq", self.fetch(h), 0), yes, no)
        fb.set_block(yes)
        fb.emit(Copy(r, self.low.string("null")))
        fb.jump(done)
        fb.set_block(no)
        o = self.fetch(h)
        if self.low.maybe_string(ty):
            res = fb.call("java.dyn.toString", [o])
        else:
            vt = fb.load(o, 0)
            code = fb.load(vt, VT_HEADER + self.low.tostring_index)
            res = fb.call(code, [o])
        assert res is not None
        fb.emit(Copy(r, res))
        self.check()
        fb.jump(done)
        fb.set_block(done)
        self.release(h)
        return r

    # ---- assignment

    def lref(
        self, target: A.Expr, later: A.Expr | None, store: bool = False
    ) -> tuple[Callable[[], Operand], Callable[[Operand], None]]:
        """A getter and a setter of an assignable place, its base evaluated once (and kept in a slot
        when `later` may call); `store`: the place is only assigned, so its object or array is checked
        when the value is stored, after `later` is computed, as java's putfield and iastore check it."""
        fb = self.fb
        if isinstance(target, A.Name):
            kind, what = target.ref[:2]
            if kind == "local":
                return (lambda: self.load_local(what)), (lambda v: self.assign_local(what, v))
            if kind == "static":
                return (lambda: self.load_static(what)), (lambda v: self.store_static(what, v))
            if kind == "outer":
                hops, f = target.ref[1], target.ref[2]
                return (lambda: self.load_field(self.enclosing(hops), f)), (
                    lambda v: self.store_field(self.enclosing(hops), f, v)
                )
            f = what
            return (lambda: self.load_field(self.this(), f)), (lambda v: self.store_field(self.this(), f, v))
        if isinstance(target, A.FieldAccess):
            f = target.ref
            assert isinstance(f, FieldInfo)
            if f.static:
                return (lambda: self.load_static(f)), (lambda v: self.store_static(f, v))
            o = self.value(target.target)
            if not store:
                self.null_check(o, lambda n: n.read_field(f, target.target))
            calls = may_call(later) or (later is not None and boxes(later.ty, target.ty))
            ho = self.hold(o, True) if calls else o

            def put_field(v: Operand) -> None:
                if store:
                    self.null_check(self.fetch(ho), lambda n: n.assign_field(f, target.target))
                self.store_field(self.fetch(ho), f, v)

            return (lambda: self.load_field(self.fetch(ho), f)), put_field
        if isinstance(target, A.Index):
            a, i = self.values([target.target, target.index])
            i = self.convert(i, target.index.ty, "int", target.index)
            if store:
                library = self.low.current_class is not None and self.low.current_class.package
                check = None if library else self.low.store_check(target.target.ty)
                calls = may_call(later) or (later is not None and boxes(later.ty, target.ty))
                keep = calls or check is not None
                ha, hi = (self.hold(a, True), self.hold(i, False)) if keep else (a, i)

                def put_element(v: Operand) -> None:
                    msg: NpeMessage = lambda n: n.array(False, target.ty, target.target)  # noqa: E731
                    if check is None:
                        fb.store(self.element(self.fetch(ha), self.fetch(hi), msg), v, 1)
                        return
                    # java's aastore: the value's class is checked after the null and bounds checks
                    hv = self.hold(v, True)
                    self.element(self.fetch(ha), self.fetch(hi), msg)
                    bad = fb.call(check, [self.fetch(ha), self.fetch(hv)]) or Const(0)
                    name = lambda: fb.call("java_class_name", [self.fetch(hv)]) or Const(0)  # noqa: E731
                    self.guard(bad, "ArrayStoreException", name)
                    fb.store(fb.add(self.fetch(ha), self.fetch(hi)), self.fetch(hv), 1)
                    self.release(hv)

                return (lambda: fb.load(self.element(self.fetch(ha), self.fetch(hi)), 1)), put_element
            at = self.element(a, i, lambda n: n.array(True, target.ty, target.target))
            # The element's address is a heap address: kept as the array and the index when the value
            # may call (the array may move).
            if may_call(later) or (later is not None and boxes(later.ty, target.ty)):
                ha, hi = self.hold(a, True), self.hold(i, False)

                def address() -> Operand:
                    return fb.add(self.fetch(ha), self.fetch(hi))

                return (lambda: fb.load(address(), 1)), (lambda v: fb.store(address(), v, 1))
            return (lambda: fb.load(at, 1)), (lambda v: fb.store(at, v, 1))
        raise Unsupported("assignment target")

    def assign(self, e: A.Assign) -> Operand:
        fb = self.fb
        ty = e.target.ty
        # A compound assignment to a box unboxes, computes and boxes again (valueOf, which may collect:
        # the place's base is kept in a slot, as for a value that calls).
        boxed = e.op != "=" and e.operand_ty != "String" and ty in UNBOXES
        get, put = self.lref(e.target, e if boxed else e.value, store=e.op == "=")
        if e.op == "=":
            if isinstance(e.value, A.ArrayLit):
                v = self.array_lit(e.value)
            else:
                v = self.convert(self.value(e.value), e.value.ty, ty, e.value)
            put(v)
            return v
        op = e.op[:-1]
        old = get()
        if e.operand_ty == "String":
            h = self.hold(self.to_string(old, ty), True)
            right = self.to_string(self.value(e.value), shown(e.value))
            h2 = self.hold(right, True)
            r = fb.call("str_concat", [self.fetch(h), self.fetch(h2)])
            assert r is not None
            put(r)
            return r
        if boxed:
            old = self.convert(old, ty, UNBOXES[ty], e.target)
            ty = UNBOXES[ty]
        kept: Held | Operand = self.hold(old, False) if may_call(e.value) else old
        v = self.convert(self.value(e.value), e.value.ty, UNBOXES.get(e.value.ty, e.value.ty), e.value)
        result: Operand
        if e.operand_ty == "boolean":
            result = fb.binary(BINOPS[op], self.fetch(kept), v)
        elif e.operand_ty in FLOATING:  # x op= v is x = (T) (x op v)
            left = self.widen(self.fetch(kept), ty, e.operand_ty)
            right = self.widen(v, UNBOXES.get(e.value.ty, e.value.ty), e.operand_ty)
            result = self.numeric_cast(self.floating(op, left, right, e.operand_ty), e.operand_ty, ty)
        else:
            result = self.arith(op, self.fetch(kept), v, e.operand_ty)
            if ty != e.operand_ty:
                result = fb.wrap(WRAP[ty], result)
        if boxed:
            result = self.convert(result, ty, e.target.ty)
        put(result)
        return result

    def incdec(self, e: A.IncDec) -> Operand:
        fb = self.fb
        if e.ty in UNBOXES:  # on a box: unboxed, stepped and boxed again (valueOf may collect)
            get, put = self.lref(e.target, e)
            old_box = self.hold(get(), True)
            prim = UNBOXES[e.ty]
            old = self.convert(self.fetch(old_box), e.ty, prim, e.target)
            if prim in FLOATING:
                new = self.floating("+" if e.op == "++" else "-", old, Const(ONE), prim)
            else:
                new = fb.wrap(WRAP[prim], fb.binary("add" if e.op == "++" else "sub", old, 1))
            boxed_new = self.convert(new, prim, e.ty)
            put(boxed_new)
            out = boxed_new if e.prefix else self.fetch(old_box)
            self.release(old_box)
            return out
        get, put = self.lref(e.target, None)
        old = get()
        if e.ty in FLOATING:
            new = self.floating("+" if e.op == "++" else "-", old, Const(ONE), e.ty)
            put(new)
            return new if e.prefix else old
        new = fb.wrap(WRAP[e.ty], fb.binary("add" if e.op == "++" else "sub", old, 1))
        put(new)
        return new if e.prefix else old

    # ---- calls

    def new(self, e: A.New) -> Operand:
        fb = self.fb
        m = e.ref
        if m == ("builtin", "String.new"):  # new String(), new String(s), new String(chars)
            if not e.args:
                return self.low.string("")
            if len(e.args) == 3:  # new String(chars, offset, count): Strings.valueOf's
                m = next(m for m in self.low.classes["Strings"].methods["valueOf"] if len(m.params) == 3)
                return self.call_method(self.low.ir_name(m), [self.value(a) for a in e.args])
            v = self.value(e.args[0])
            self.null_check(v)
            if e.args[0].ty == "String":
                return fb.call("str_slice", [v, 0, fb.load(v, 0)]) or Const(0)  # a new, equal string
            return fb.call("java_str_of_chars", [v]) or Const(0)
        if isinstance(m, tuple):  # new StringBuilder(...)
            init: Operand = self.low.string("")
            if e.args and e.args[0].ty in ("String", "StringBuilder", "CharSequence"):
                s = self.value(e.args[0])
                # java's constructor asks the text its length: StringBuilder(String str) or (CharSequence seq)
                text = '"String.length()" because "str"' if e.args[0].ty == "String" else SEQ_LENGTH
                self.null_check(s, lambda n: f"Cannot invoke {text} is null")
                init = s if e.args[0].ty == "String" else self.to_string(s, e.args[0].ty)
            elif e.args:
                self.value(e.args[0])
            sb = fb.call("java_sb_new", [self.low.vtable("StringBuilder"), init])
            assert sb is not None
            return sb
        assert isinstance(m, MethodInfo)
        sig = e.sig or m.params
        c = self.low.classes[base_of(e.cls)]
        self.init_check(c)  # java's `new`, before the arguments
        args = [self.hold(v, is_ref(t)) for v, t in zip(self.values(e.args, sig), sig, strict=True)]
        o = fb.call("gc_alloc_obj", [OBJECT_KIND, 1, c.size])
        assert o is not None
        fb.store(o, self.low.vtable(c.name), 0)
        h = self.hold(o, True)
        # An inner class's enclosing instances and a local class's captured locals, before its
        # constructor runs (which may use them).
        for f, hops in e.outers:
            if isinstance(hops, A.Expr):  # outer.new Inner()
                v = self.value(hops)
                self.null_check(v)
                self.store_field(self.fetch(h), f, v)
            else:
                self.store_field(self.fetch(h), f, self.enclosing(hops))
        for f, source in e.captured:
            self.store_field(self.fetch(h), f, self.captured(source))
        if m.builtin != "Object.<init>":  # new Object(): nothing to construct
            self.call_method(
                self.low.ir_name(m), [self.fetch(h), *[self.fetch(a) for a in args], *self.low.no_message(m)]
            )
        for a in args:
            self.release(a)
        out = self.fetch(h)
        self.release(h)
        return out

    def call(self, e: A.Call) -> Operand:
        fb = self.fb
        m = e.ref
        if isinstance(m, tuple):
            return self.builtin(e, m[1])
        assert isinstance(m, MethodInfo)
        sig = e.sig or m.params
        if e.ident == "<init>":  # this(...) / super(...)
            args = self.values(e.args, sig)
            if m.builtin == "Object.<init>":
                if isinstance(e.target, A.SuperRef):
                    self.low.field_inits(self)
                return Const(0)
            held = [self.hold(a, is_ref(t)) for a, t in zip(args, sig, strict=True)]
            this = self.this()
            r = self.call_method(
                self.low.ir_name(m), [this, *[self.fetch(h) for h in held], *self.low.no_message(m)]
            )
            if isinstance(e.target, A.SuperRef):
                self.low.field_inits(self)
            return r
        if m.static:
            args = self.values(e.args, sig)
            strings = m.owner.name in STRING_OWNERS and e.ident not in ("join", "valueOf", "compare")
            if strings and self.npe is not None:
                # s.m(args) written in Java as Strings.m(s, args): s is the receiver java checks
                self.null_check(args[0], lambda n: n.rewritten(e))
            if self.needs_init(m.owner):  # java's invokestatic: after the arguments
                held = [self.hold(a, is_ref(t)) for a, t in zip(args, sig, strict=True)]
                self.init_check(m.owner)
                args = [self.fetch(h) for h in held]
                for h in held:
                    self.release(h)
            return self.call_method(self.low.ir_name(m), list(args))
        if e.target is None or (isinstance(e.target, A.This) and not e.target.hops):
            receiver: A.Expr = A.This(e.span)
            receiver.ty = m.owner.name
        elif isinstance(e.target, A.SuperRef):
            args = self.values(e.args, sig)
            held = [self.hold(a, is_ref(t)) for a, t in zip(args, sig, strict=True)]
            return self.call_method(self.low.ir_name(m), [self.this(), *[self.fetch(h) for h in held]])
        else:
            receiver = e.target
        vals = self.values([receiver, *e.args], [receiver.ty, *sig])
        o, args = vals[0], vals[1:]
        self.null_check(o, lambda n: n.invoke(e))
        if m.sig() in DYNAMIC and self.low.maybe_string(receiver.ty):
            return self.call_method(f"java.dyn.{m.name}", [o, *args])
        if not e.virtual:
            return self.call_method(self.low.ir_name(m), [o, *args])
        vt = fb.load(o, 0)
        if m.owner.kind == "interface":
            it = fb.load(vt, 3)
            code = fb.load(it, self.low.program.selectors[m.sig()])
        else:
            code = fb.load(vt, VT_HEADER + m.vindex)
        return self.call_method(code, [o, *args])

    def builtin(self, e: A.Call, key: str) -> Operand:
        fb = self.fb
        if key == "String.split":
            assert e.target is not None
            sep, blanks = e.split  # type: ignore[attr-defined]
            text = self.value(e.target)
            self.null_check(text, lambda n: n.invoke(e))
            m = self.low.classes["Strings"].methods["split"][0]
            return self.call_method(
                self.low.ir_name(m), [text, self.low.string(sep), Const(1 if blanks else 0)]
            )
        if key.startswith("print."):
            return self.print_(e, key[6:])
        if key.startswith("eprint."):
            return self.err_print(e, key[7:])
        if key == "Array.clone":
            assert e.target is not None
            return self.array_clone(e.target, e.args[0] if e.args else None)
        if key == "stdin.read":
            return fb.read_char()
        if key == "String.format":
            return self.format(e, to_string=True)
        if (
            key.startswith("String.")
            and e.target is not None
            and not (
                isinstance(e.target, A.Name)
                and isinstance(e.target.ref, tuple)
                and e.target.ref[0] == "class"
            )
        ):
            return self.string_method(e, key[7:])
        if key.startswith("StringBuilder."):
            return self.builder_method(e, key[14:])
        if key.startswith(("Math.double.", "StrictMath.double.", "Double.", "Float.")) or key == "Math.round":
            return self.double_builtin(e, key)
        unbox = key.startswith(("Math.", "Character.", "System."))
        args = self.values(e.args, [UNBOXES.get(a.ty, a.ty) if unbox else a.ty for a in e.args])
        if key == "Math.abs":
            neg = fb.binary("lt", args[0], 0)
            r = fb.new_temp("abs")
            yes, no, done = fb.new_block("neg"), fb.new_block("pos"), fb.new_block("absend")
            fb.branch(neg, yes, no)
            fb.set_block(yes)
            fb.emit(Copy(r, fb.wrap(WRAP[e.ty], fb.unary("neg", args[0]))))
            fb.jump(done)
            fb.set_block(no)
            fb.emit(Copy(r, args[0]))
            fb.jump(done)
            fb.set_block(done)
            return r
        if key in ("Math.max", "Math.min"):
            pick_a = fb.binary("ge" if key == "Math.max" else "le", args[0], args[1])
            r = fb.new_temp("mm")
            yes, no, done = fb.new_block("pa"), fb.new_block("pb"), fb.new_block("mmend")
            fb.branch(pick_a, yes, no)
            fb.set_block(yes)
            fb.emit(Copy(r, args[0]))
            fb.jump(done)
            fb.set_block(no)
            fb.emit(Copy(r, args[1]))
            fb.jump(done)
            fb.set_block(done)
            return r
        if key in ("Math.floorMod", "Math.floorDiv"):
            a, b = args
            z = fb.binary("eq", b, 0)
            self.guard(z, "ArithmeticException", lambda: self.low.string("/ by zero"))
            q = fb.binary("div", a, b)
            rm = fb.binary("rem", a, b)
            # Floor: when the remainder is not zero and its sign differs from the divisor's.
            fix = self.both(
                fb.binary("ne", rm, 0), fb.binary("ne", fb.binary("lt", rm, 0), fb.binary("lt", b, 0))
            )
            if key == "Math.floorMod":
                return fb.add(rm, fb.mul(fix, b))
            return fb.wrap(WRAP[e.ty], fb.sub(q, fix))
        if key in ("Integer.parseInt", "Long.parseLong"):
            s = args[0]
            # java 17: NumberFormatException: Cannot parse null string
            null = fb.binary("eq", s, 0)
            self.guard(null, "NumberFormatException", lambda: self.low.string("Cannot parse null string"))
            h = self.hold(s, True)
            v = fb.call("java_parse_int", [self.fetch(h), 32 if key.startswith("Integer") else 64])
            assert v is not None
            hv = self.hold(v, False)
            ok = fb.load(Sym("java_parse_ok"))
            bad = fb.binary("eq", ok, 0)

            def message() -> Operand:
                head = self.low.string('For input string: "')
                m1 = fb.call("str_concat", [head, self.fetch(h)])
                assert m1 is not None
                m2 = fb.call("str_concat", [m1, self.low.string('"')])
                assert m2 is not None
                return m2

            self.guard(bad, "NumberFormatException", message)
            self.release(h)
            return self.fetch(hv)
        if key == "String.valueOf" and e.args[0].ty == "char[]":  # the characters, as new String(chars)
            self.null_check(args[0])
            return fb.call("java_str_of_chars", [args[0]]) or Const(0)
        if key == "String.valueOf":
            return self.to_string(args[0], shown(e.args[0]))
        if key == "System.exit":
            fb.call("exit", [args[0]], returns=False)
            return Const(0)
        if key == "System.lineSeparator":  # java's on Linux
            return self.low.string("\n")
        if key.startswith("Character."):
            c = args[0]
            name = key[10:]

            def between(lo: int, hi: int) -> Temp:
                return self.both(fb.binary("ge", c, lo), fb.binary("le", c, hi))

            if name == "isDigit":
                return between(48, 57)
            upper, lower = between(65, 90), between(97, 122)
            if name == "isLetter":
                return self.either(upper, lower)
            if name == "isLetterOrDigit":
                return self.either(self.either(upper, lower), between(48, 57))
            if name == "isUpperCase":
                return upper
            if name == "isLowerCase":
                return lower
            if name == "isWhitespace":
                # space, \t \n \u000B \f \r and the separators \u001C to \u001F
                return self.either(self.either(fb.binary("eq", c, 32), between(9, 13)), between(28, 31))
            if name == "toUpperCase":
                return fb.sub(c, fb.mul(lower, 32))
            if name == "toLowerCase":
                return fb.add(c, fb.mul(upper, 32))
        raise Unsupported(key)

    def string_method(self, e: A.Call, name: str) -> Operand:
        fb = self.fb
        assert e.target is not None
        vals = self.values([e.target, *e.args])
        s, args = vals[0], vals[1:]
        self.null_check(s, lambda n: n.invoke(e))
        if name == "length":
            return fb.load(s, 0)
        if name == "isEmpty":
            return fb.binary("eq", fb.load(s, 0), 0)
        if name == "charAt":
            i = args[0]
            n = fb.load(s, 0)
            bad = self.either(fb.binary("lt", i, 0), fb.binary("ge", i, n))
            hi = self.hold(i, False)
            self.guard(
                bad, "StringIndexOutOfBoundsException", lambda: self.concat("String index out of range: ", hi)
            )
            at = fb.add(s, i)
            return fb.load(at, 1)
        if name == "substring":
            n = fb.load(s, 0)
            b = args[0]
            end = args[1] if len(args) > 1 else n
            bad = self.either(
                self.either(fb.binary("lt", b, 0), fb.binary("gt", end, n)), fb.binary("gt", b, end)
            )
            hs, hb, he, hn = (
                self.hold(s, True),
                self.hold(b, False),
                self.hold(end, False),
                self.hold(n, False),
            )
            self.guard(
                bad,
                "StringIndexOutOfBoundsException",
                lambda: self.concat("begin ", hb, ", end ", he, ", length ", hn),
            )
            r = fb.call("str_slice", [self.fetch(hs), self.fetch(hb), self.fetch(he)])
            self.release(hs)
            assert r is not None
            return r
        if name == "equals":
            other = args[0]
            # Only a String can equal a String: a value of a type that may hold one (Object, a type
            # variable, CharSequence) is tested; other classes' objects never do.
            tested = e.args[0].ty not in ("String", "null")
            if tested and not self.low.maybe_string(e.args[0].ty):
                return Const(0)
            yes, no, done = fb.new_block("eqs"), fb.new_block("eqn"), fb.new_block("eqend")
            r = fb.new_temp("eq")
            fb.branch(fb.binary("eq", other, 0), yes, no)
            fb.set_block(yes)
            fb.emit(Copy(r, Const(0)))
            fb.jump(done)
            fb.set_block(no)
            if tested:
                string = fb.new_block("eqstr")
                fb.emit(Copy(r, Const(0)))
                fb.branch(fb.call("java_is_string", [other]) or Const(0), string, done)
                fb.set_block(string)
            fb.emit(Copy(r, fb.call("str_eq", [s, other]) or Const(0)))
            fb.jump(done)
            fb.set_block(done)
            return r
        if name in ("indexOf", "contains", "startsWith", "endsWith", "compareTo") and len(args) == 1:
            self.null_check(args[0])
            if name == "indexOf":
                r = fb.call("java_str_index_of", [s, args[0], 0])
            elif name == "contains":
                r = fb.binary("ge", fb.call("java_str_index_of", [s, args[0], 0]) or Const(0), 0)
            elif name == "startsWith":
                r = fb.call("java_str_at", [s, args[0], 0])
            elif name == "endsWith":
                at = fb.sub(fb.load(s, 0), fb.load(args[0], 0))
                r = fb.call("java_str_at", [s, args[0], at])
            else:
                r = fb.call("str_cmp", [s, args[0]])
            assert r is not None
            return r
        if name in ("indexOf", "indexOf/c") and len(args) == 2:
            # indexOf(x, from): a negative start counts as 0, as in Java.
            start = fb.mul(args[1], fb.sub(1, fb.binary("lt", args[1], 0)))
            hs, hf = self.hold(s, True), self.hold(start, False)
            t = args[0] if name == "indexOf" else fb.call("java_char_str", [args[0]]) or Const(0)
            self.null_check(t)
            r = fb.call("java_str_index_of", [self.fetch(hs), t, self.fetch(hf)])
            self.release(hs)
            assert r is not None
            return r
        if name == "indexOf/c":
            r = fb.call("java_str_index_of_char", [s, args[0]])
            assert r is not None
            return r
        if name in ("toUpperCase", "toLowerCase"):
            r = fb.call("java_str_case", [s, 1 if name == "toUpperCase" else 0])
            assert r is not None
            return r
        if name == "toString":
            return s
        if name == "toCharArray":
            r = fb.call("java_str_chars", [s])
            assert r is not None
            return r
        if name == "trim":
            r = fb.call("java_str_trim", [s])
            assert r is not None
            return r
        if name == "hashCode":
            r = fb.call("java_str_hash", [s])
            assert r is not None
            return r
        raise Unsupported("String." + name)

    def builder_method(self, e: A.Call, name: str) -> Operand:
        fb = self.fb
        assert e.target is not None
        sb = self.value(e.target)
        self.null_check(sb, lambda n: n.invoke(e))
        h = self.hold(sb, True)
        if name == "append":
            v = self.value(e.args[0])
            text: Operand
            if e.args[0].ty == "char[]":  # append(char[]): the characters
                self.null_check(v)
                text = fb.call("java_str_of_chars", [v]) or Const(0)
            else:
                text = self.to_string(v, shown(e.args[0]))
            fb.call("java_sb_append", [self.fetch(h), text], returns=False)
            out = self.fetch(h)
        elif name == "toString":
            out = fb.call("java_sb_string", [self.fetch(h)]) or Const(0)
        elif name == "length":
            out = fb.load(self.fetch(h), 1)
        elif name == "isEmpty":
            out = fb.binary("eq", fb.load(self.fetch(h), 1), 0)
        elif name == "compareTo":  # java 11's: the two texts compared as Strings compare
            other = self.value(e.args[0])
            self.null_check(other)
            ho = self.hold(other, True)
            mine = self.hold(fb.call("java_sb_string", [self.fetch(h)]) or Const(0), True)
            theirs = fb.call("java_sb_string", [self.fetch(ho)]) or Const(0)
            out = fb.call("str_cmp", [self.fetch(mine), theirs]) or Const(0)
            self.release(mine)
            self.release(ho)
        elif name == "charAt":
            i = self.value(e.args[0])
            n = fb.load(self.fetch(h), 1)
            bad = self.either(fb.binary("lt", i, 0), fb.binary("ge", i, n))
            hi, hn = self.hold(i, False), self.hold(n, False)
            self.guard(
                bad, "StringIndexOutOfBoundsException", lambda: self.concat("index ", hi, ", length ", hn)
            )
            buf = fb.load(self.fetch(h), 2)
            out = fb.load(fb.add(buf, self.fetch(hi)), 1)
        elif name == "reverse":
            fb.call("java_sb_reverse", [self.fetch(h)], returns=False)
            out = self.fetch(h)
        elif name == "setCharAt":
            i, c = self.values(e.args, ["int", "char"])
            n = fb.load(self.fetch(h), 1)
            bad = self.either(fb.binary("lt", i, 0), fb.binary("ge", i, n))
            hi, hn, hc = self.hold(i, False), self.hold(n, False), self.hold(c, False)
            self.guard(
                bad, "StringIndexOutOfBoundsException", lambda: self.concat("index ", hi, ", length ", hn)
            )
            fb.store(fb.add(fb.load(self.fetch(h), 2), self.fetch(hi)), self.fetch(hc), 1)
            out = Const(0)
        elif name == "setLength":
            # Shorter: the length is cut; longer: padded with '\0' characters, as java pads.
            hn = self.hold(self.value(e.args[0]), False)
            self.guard(
                fb.binary("lt", self.fetch(hn), 0),
                "StringIndexOutOfBoundsException",
                lambda: self.concat("String index out of range: ", hn),
            )
            pad, cut, done = fb.new_block("pad"), fb.new_block("cut"), fb.new_block("sized")
            fb.jump(pad)
            fb.set_block(pad)
            short = fb.binary("lt", fb.load(self.fetch(h), 1), self.fetch(hn))
            more = fb.new_block("more")
            fb.branch(short, more, cut)
            fb.set_block(more)
            fb.call("java_sb_append", [self.fetch(h), self.low.string("\0")], returns=False)
            fb.jump(pad)
            fb.set_block(cut)
            fb.store(self.fetch(h), self.fetch(hn), 1)
            fb.jump(done)
            fb.set_block(done)
            out = Const(0)
        else:
            raise Unsupported("StringBuilder." + name)
        self.release(h)
        return out

    def double_builtin(self, e: A.Call, key: str) -> Operand:
        """Math's functions of doubles and Double's static methods (the runtime's routines)."""
        fb = self.fb
        name = key.rsplit(".", 1)[1]
        if key in ("Double.parseDouble", "Float.parseFloat"):
            text = self.value(e.args[0])
            self.null_check(text)
            h = self.hold(text, True)
            ok = self.f64("java_parse_prepare", [self.fetch(h)])
            bad = fb.binary("eq", ok, 0)

            def message() -> Operand:
                return self.f64("java_parse_message", [self.fetch(h)])

            self.guard(bad, "NumberFormatException", message)
            self.release(h)
            if key == "Float.parseFloat":  # the double nudged off a float midpoint, so rounded once
                return self.f64("f64_to_f32", [self.f64("java_parse_float_value", [])])
            return self.f64("java_parse_value", [])
        floating = "float" if key.startswith("Float.") or e.ty == "float" else "double"
        wants = {
            "Double.doubleToLongBits": ["double"],
            "Double.longBitsToDouble": ["long"],
            "Float.intBitsToFloat": ["int"],
        }.get(key, [floating] * len(e.args))
        args = self.values(e.args, wants)
        float_routines = {
            "Float.floatToIntBits": "java_f32_int_bits",
            "Float.intBitsToFloat": "java_f32_from_bits",
            "Float.compare": "java_dcompare",
            "Float.isInfinite": "java_is_infinite",
            "Float.isFinite": "java_is_finite",
        }
        if key in float_routines:
            return self.f64(float_routines[key], args)
        if key == "Float.isNaN":
            return self.f64("f64_ne", [args[0], args[0]])
        if key == "Float.toString":
            return self.to_string(args[0], "float")
        if key == "Math.round" and e.ty == "int":
            return self.f64("java_round_f", args)
        if key.startswith("StrictMath."):
            if name in STRICT_MATH:
                return self.f64(STRICT_MATH[name], args)
            key = key.removeprefix("Strict")
        if key in ("Math.double.max", "Math.double.min"):
            return self.f64("java_d" + name, args)
        if key == "Math.double.abs":
            return self.f64("f64_fabs", args)
        if key == "Math.round":
            return self.f64("java_round", args)
        if key.startswith("Math.double."):
            routine = MATH_DOUBLE.get(name) or MATH_DOUBLE2[name]
            return self.f64(routine, args)
        if key == "Double.compare":
            return self.f64("java_dcompare", args)
        if key == "Double.toString":
            return self.to_string(args[0], "double")
        if key == "Double.doubleToLongBits":
            return self.f64("java_dbits", args)
        if key == "Double.longBitsToDouble":
            return self.f64("java_from_bits", args)
        if key == "Double.isNaN":
            return self.f64("f64_ne", [args[0], args[0]])
        if key == "Double.isInfinite":
            return self.f64("java_is_infinite", args)
        if key == "Double.isFinite":
            return self.f64("java_is_finite", args)
        raise Unsupported(key)

    def print_(self, e: A.Call, name: str) -> Operand:
        fb = self.fb
        if name == "printf":
            self.format(e, to_string=False)
            return Const(0)
        if e.args:
            arg = e.args[0]
            v = self.value(arg)
            if arg.ty in ("int", "long", "short", "byte"):
                fb.print_int(v)
            elif arg.ty == "double":
                fb.call("java_print_double", [v], returns=False)
            elif arg.ty == "char":
                fb.print_char(v)
            elif arg.ty == "char[]":  # println(char[]): the characters
                self.null_check(v)
                fb.call("str_print", [fb.call("java_str_of_chars", [v]) or Const(0)], returns=False)
            elif arg.ty.endswith("[]"):
                raise Unsupported("the string form of an array (its identity hash)", arg.span)
            else:
                s = self.to_string(v, shown(arg))
                fb.call("str_print", [s], returns=False)
        if name == "println":
            fb.print_char(10)
        return Const(0)

    def array_clone(self, target: A.Expr, length: A.Expr | None = None) -> Operand:
        """array.clone(): a new array of the same class and length holding the same elements (a shallow
        copy); the library's clone(n) (Arrays.copyOf's) is n long, holding the first n or null after."""
        fb = self.fb
        a = self.value(target)
        self.null_check(a, lambda n: n.clone(target))
        h_a = self.hold(a, True)
        n: Operand = fb.load(self.fetch(h_a), 0)
        h_n = self.hold(self.value(length) if length is not None else n, False, always=True)
        kind = fb.call("gc_kind", [self.fetch(h_a)])
        b = self.new_array(target.ty[:-2], [self.fetch(h_n)], kind)
        h_b = self.hold(b, True)
        if length is not None:  # the elements copied: min(n, a.length)
            n, m = self.fetch(h_n), fb.load(self.fetch(h_a), 0)
            short = fb.binary("lt", n, m)
            fb.store(h_n.where, fb.add(m, fb.mul(short, fb.sub(n, m))), h_n.offset)
        self.clones = getattr(self, "clones", 0) + 1
        i = fb.slot(f"clone{self.clones}")
        fb.store(i, Const(0))
        top, body, done = fb.new_block("clone"), fb.new_block("cbody"), fb.new_block("cend")
        fb.jump(top)
        fb.set_block(top)
        ix = fb.load(i, 0)
        fb.branch(fb.binary("lt", ix, self.fetch(h_n)), body, done)
        fb.set_block(body)
        ix = fb.load(i, 0)
        x = fb.load(fb.add(self.fetch(h_a), ix), 1)
        fb.store(fb.add(self.fetch(h_b), ix), x, 1)
        fb.store(i, fb.add(ix, 1))
        fb.jump(top)
        fb.set_block(done)
        out = self.fetch(h_b)
        self.release(h_b)
        self.release(h_a)
        return out

    def err_print(self, e: A.Call, name: str) -> Operand:
        """System.err's println, print and printf: the text is made as a string, then written to the
        run's standard error."""
        if name == "flush":
            return Const(0)
        if name == "printf":
            text = self.format(e, to_string=True)
        elif e.args and e.args[0].ty == "char[]":  # println(char[]): the characters
            chars = self.value(e.args[0])
            self.null_check(chars)
            text = self.fb.call("java_str_of_chars", [chars]) or Const(0)
        elif e.args:
            if e.args[0].ty.endswith("[]"):
                raise Unsupported("the string form of an array (its identity hash)", e.args[0].span)
            text = self.to_string(self.value(e.args[0]), shown(e.args[0]))
        else:
            text = self.low.string("")
        self.fb.call("java_err_print", [text], returns=False)
        if name == "println":
            self.fb.call("java_err_print", [self.low.string("\n")], returns=False)
        return Const(0)

    def hash_hex(self, v: Operand, ty: str) -> Operand:
        """%h: the argument's hashCode() in hexadecimal (a primitive's box's), "null" for null."""
        fb = self.fb
        h = self.hold(v if is_ref(ty) else self.convert(v, ty, box(ty)), True)
        out = fb.new_temp("hex")
        isnull, notnull, done = fb.new_block("hnull"), fb.new_block("hash"), fb.new_block("hend")
        fb.branch(fb.binary("eq", self.fetch(h), 0), isnull, notnull)
        fb.set_block(isnull)
        fb.emit(Copy(out, self.low.string("null")))
        fb.jump(done)
        fb.set_block(notnull)
        code = self.call_method("java.dyn.hashCode", [self.fetch(h)])
        fb.emit(Copy(out, fb.call("java_radix", [fb.binary("and", code, 0xFFFFFFFF), 16, 0]) or Const(0)))
        fb.jump(done)
        fb.set_block(done)
        self.release(h)
        return out

    def format(self, e: A.Call, to_string: bool) -> Operand:
        """printf and String.format with a literal format: the pieces are converted and padded here."""
        fb = self.fb
        assert isinstance(e.args[0], A.Literal)
        pieces = parse_format(e.args[0].value)
        assert not isinstance(pieces, str)
        vals = self.values(e.args[1:])
        held = [self.hold(v, is_ref(a.ty)) for v, a in zip(vals, e.args[1:], strict=True)]
        acc: Held | None = self.hold(self.low.string(""), True, always=True) if to_string else None
        k = 0
        fails = getattr(e, "format_error", None)  # (the conversion java throws at, its message)
        for piece in pieces:
            if isinstance(piece, str):
                text: Operand = self.low.string(piece)
            elif fails is not None and fails[0] == k:  # what came before it is printed
                self.throw_new("IllegalFormatConversionException", lambda: self.low.string(fails[1]))
                fb.set_block(fb.new_block("dead"))
                break
            else:
                spec: Spec = piece
                arg = e.args[1 + spec.index]
                v = self.fetch(held[spec.index])
                k += 1
                if spec.conv in "hH":  # Integer.toHexString(arg.hashCode()), "null" for null
                    text = self.hash_hex(v, arg.ty)
                elif spec.conv in "xXo":  # the bits of the argument's type, unsigned
                    ty = UNBOXES.get(arg.ty, arg.ty)
                    bits = {"long": 64, "short": 16, "byte": 8}.get(ty, 32)
                    u = fb.binary("and", self.convert(v, arg.ty, ty), (1 << bits) - 1)
                    base, upper = (8, 0) if spec.conv == "o" else (16, int(spec.conv == "X"))
                    text = fb.call("java_radix", [u, base, upper]) or Const(0)
                    if "#" in spec.flags:  # %#x: 0x before the digits, %#X 0X, %#o 0
                        prefix = self.low.string({"x": "0x", "X": "0X", "o": "0"}[spec.conv])
                        text = fb.call("str_concat", [prefix, text]) or Const(0)
                elif spec.conv in "bB":
                    if arg.ty == "Boolean":  # its value; null is false
                        flag = fb.new_temp("flag")
                        isnull, boxed, done = (
                            fb.new_block("bnull"),
                            fb.new_block("bbox"),
                            fb.new_block("bend"),
                        )
                        fb.branch(fb.binary("eq", v, 0), isnull, boxed)
                        fb.set_block(isnull)
                        fb.emit(Copy(flag, Const(0)))
                        fb.jump(done)
                        fb.set_block(boxed)
                        fb.emit(Copy(flag, self.convert(v, "Boolean", "boolean")))
                        fb.jump(done)
                        fb.set_block(done)
                        v = flag
                    text = (
                        fb.call("java_bool_str", [v]) or Const(0)
                        if arg.ty in ("boolean", "Boolean")
                        else fb.call("java_bool_str", [fb.binary("ne", v, 0)]) or Const(0)
                    )
                elif spec.conv in "feEgG":
                    bits = sum(FLAG_BITS[f] for f in spec.flags)
                    d = self.convert(v, arg.ty, "double")
                    width = spec.width if spec.width else -1
                    text = fb.call(
                        "java_format_double", [d, ord(spec.conv), spec.prec, bits, width]
                    ) or Const(0)
                    spec = Spec("s", 0, False, False)  # justified already
                elif spec.conv in "aA":  # jdouble.c writes the text into java_fd_out
                    bits = sum(FLAG_BITS[f] for f in spec.flags)
                    d = self.convert(v, arg.ty, "double")
                    fb.call("java_fd_hex", [d, spec.prec, int(spec.conv == "A"), bits, spec.width or -1])
                    text = fb.call("str_from", [Sym("java_fd_out")]) or Const(0)
                    spec = Spec("s", 0, False, False)
                elif spec.conv == "c":
                    text = self.to_string(self.convert(v, arg.ty, "char"), "char")
                elif spec.conv == "d" and set(spec.flags) & set("+ ,("):  # Strings.formatInteger's
                    m = self.low.classes["Strings"].methods["formatInteger"][0]
                    n = self.convert(v, arg.ty, "long")
                    text = self.call_method(self.low.ir_name(m), [n, self.low.string(spec.flags)])
                else:
                    text = self.to_string(v, shown(arg))
                if spec.conv in "sSbBhH" and spec.prec >= 0:  # the first prec characters
                    h = self.hold(text, True)
                    length = fb.load(self.fetch(h), 0)
                    short = fb.binary("lt", length, spec.prec)
                    cut = fb.new_temp("cut")
                    yes, no, done = fb.new_block("whole"), fb.new_block("cut"), fb.new_block("cutdone")
                    fb.branch(short, yes, no)
                    fb.set_block(yes)
                    fb.emit(Copy(cut, length))
                    fb.jump(done)
                    fb.set_block(no)
                    fb.emit(Copy(cut, Const(spec.prec)))
                    fb.jump(done)
                    fb.set_block(done)
                    text = fb.call("str_slice", [self.fetch(h), 0, cut]) or Const(0)
                    self.release(h)
                if spec.conv in "SBH":  # upper case
                    text = fb.call("java_str_case", [text, 1]) or Const(0)
                if spec.width:
                    text = fb.call(
                        "java_pad", [text, spec.width, 1 if spec.left else 0, 1 if spec.zero else 0]
                    ) or Const(0)
            if acc is None:
                fb.call("str_print", [text], returns=False)
            else:
                r = fb.call("str_concat", [self.fetch(acc), text])
                assert r is not None
                fb.store(acc.where, r, acc.offset)
        for h in held:
            self.release(h)
        if acc is not None:
            out = self.fetch(acc)
            self.release(acc)
            return out
        return Const(0)


def _prune(fn: object) -> None:
    """Drop the blocks nothing jumps to (code after a return or a throw), so every block is reachable."""
    from compilers.ir.nodes import Branch, Return, Switch, TailCall, Trap

    blocks = {b.label: b for b in fn.blocks}  # type: ignore[attr-defined]
    seen: set[str] = set()
    todo = [fn.blocks[0].label]  # type: ignore[attr-defined]
    while todo:
        label = todo.pop()
        if label in seen or label not in blocks:  # a block never made: lowering stopped (Unsupported)
            continue
        seen.add(label)
        t = blocks[label].terminator
        if isinstance(t, Jump):
            todo.append(t.target)
        elif isinstance(t, Branch):
            todo.extend([t.if_true, t.if_false])
        elif isinstance(t, Switch):
            todo.append(t.default)
            todo.extend(label for _, label in t.cases)
        elif isinstance(t, Return | TailCall | Trap) or t is None:
            pass
    fn.blocks = [b for b in fn.blocks if b.label in seen]  # type: ignore[attr-defined]


class Lowering:
    def __init__(self, unit: A.CompilationUnit, diags: DiagnosticBag) -> None:
        self.unit = unit
        self.diags = diags
        program = unit.info
        assert isinstance(program, Program)
        self.program = program
        self.classes = program.classes
        self.mb = ModuleBuilder()
        self.makes_classes = False  # whether the program may hold a class as an Object (CLASS_MAKERS)
        # Address 0 is null: the first global is a word no string or vtable may take.
        self.mb.global_("java.null", [0])
        self.filename = PurePosixPath(unit.span.file).name or "Main.java"
        self.strings: dict[str, Sym] = {}
        self.string_texts: dict[str, str] = {}  # the name of each string literal's global -> its text
        self.wheres: dict[str, Sym] = {}
        self.static_refs: dict[FieldInfo, int] = {}
        self.method_refs: set[str] = set()  # the classes of method references (lambda_object)
        self.iface_ids: dict[ClassInfo, int] = {}
        # Each array class the program makes or tests: its index in java.arrays (array_kind).
        self.array_classes: dict[str, int] = {t: k for k, t in enumerate(FIXED_ARRAYS)}
        self.other_arrays = 0  # the program's array classes not among LIBRARY_ARRAYS
        self.bridges: set[str] = set()  # java's bridge casts made (bridge)
        self.array_tests: dict[str, str] = {}  # an array type instanceof tests -> its test's function
        self.store_checks: dict[str, str] = {}  # an array type stored into -> store_check's function
        self.method_ret = "void"
        self.current_class: ClassInfo | None = None
        self.tostring_index = self.classes["Object"].vtable.index(
            self.classes["Object"].methods["toString"][0]
        )

    # ---- data

    def string(self, text: str) -> Sym:
        """A string literal: a static runtime string [length, code points...], one per text."""
        if text not in self.strings:
            name = content_name("jstr.", text, self.string_texts, text)
            self.mb.global_(name, [len(text), *[ord(c) for c in text]])
            self.strings[text] = Sym(name)
        return self.strings[text]

    def where_string(self, where: str) -> Sym:
        if where.startswith("java.base/"):  # a library method: its class's own file, as java names it
            # the first capitalised name is the class: Stream$2's code (and Stream.lambda$run$0's) is
            # in Stream.java
            parts = where.split("/", 1)[1].split(".")
            simple = next((p for p in parts if p[:1].isupper()), parts[-2]).split("$")[0]
            return self.string(f"{where}({simple}.java:")
        return self.string(f"{where}({self.filename}:")

    def qualified(self, cls: str) -> str:
        c = self.classes.get(cls)
        return c.qualified if c is not None else cls

    def java_name(self, ty: str) -> str:
        """The name java's getName() gives a class or array type: java.lang.String, Main$Inner, [I,
        [[LMain$Point;."""
        base, _, dims = split(ty)
        if not dims:
            if base in ("String", *BUILDERS) and base not in self.classes:
                return f"java.lang.{base}"
            return self.qualified(base)
        code = ARRAY_CODES.get(base)
        return "[" * (len(dims) // 2) + (code if code is not None else f"L{self.java_name(base)};")

    # ---- arrays' classes: an array's kind is ARRAY_KIND + its class's index in java.arrays

    def array_type(self, ty: str) -> str:
        """An array type as its class: the element's class without type arguments; an array of a type
        variable (erased) is an Object[]."""
        base, _, dims = split(ty)
        if base not in ARRAY_CODES and base not in ("String", *BUILDERS) and base not in self.classes:
            base = "Object"
        return base + dims

    def array_kind(self, ty: str) -> int:
        ty = self.array_type(ty)
        if ty not in self.array_classes:
            fixed = len(FIXED_ARRAYS) + len(LIBRARY_ARRAYS)
            place = LIBRARY_ARRAYS.index(ty) + len(FIXED_ARRAYS) if ty in LIBRARY_ARRAYS else -1
            self.array_classes[ty] = place if place >= 0 else fixed + self.other_arrays
            self.other_arrays += place < 0
        return ARRAY_KIND + self.array_classes[ty]

    def array_test(self, ty: str) -> str:
        """The function telling whether a value is an instance of array type ty (made by array_data)."""
        ty = self.array_type(ty)
        self.array_kind(ty)
        return self.array_tests.setdefault(ty, f"java.isarray.{self.array_classes[ty]}")

    def array_assignable(self, src: str, dst: str) -> bool:
        """Whether an array of class src is an instance of array type dst (both array_type's): the
        same type, or arrays of references whose elements are so (JLS 4.10.3)."""
        s, d = src[:-2], dst[:-2]
        if s == d or d == "Object":
            return s not in ARRAY_CODES or s == d
        if s in ARRAY_CODES or d in ARRAY_CODES:
            return False
        if s.endswith("[]") or d.endswith("[]"):
            return s.endswith("[]") and d.endswith("[]") and self.array_assignable(s, d)
        if s == "String":
            return d in STRING_CLASSES
        return self.assignable(s, d)

    def store_check(self, ty: str) -> str | None:
        """The function telling whether a value stored into an array of static type ty is java's
        ArrayStoreException (the array's class is of a narrower element type the value is not an
        instance of); None when no other array class can be a ty (its element is final or primitive)."""
        ty = self.array_type(ty)
        if not self.covariant(ty[:-2]):
            return None
        self.array_kind(ty)
        return self.store_checks.setdefault(ty, f"java.arraystore.{self.array_classes[ty]}")

    def covariant(self, elem: str) -> bool:
        """Whether an array of another element type can be an array of elem (a subclass of it)."""
        if elem.endswith("[]"):
            return self.covariant(elem[:-2])
        if elem in ARRAY_CODES or elem in UNBOXES or elem in ("String", "StringBuilder"):
            return False
        c = self.classes.get(elem)
        return c is None or any(o is not c and o.is_subclass_of(c) for o in self.classes.values())

    def store_check_functions(self) -> None:
        """store_check's functions: for each array class narrower than the static type, whether its
        kind is the array's and the value (not null) is no instance of its element type."""
        for ty, name in self.store_checks.items():
            params = [LocalInfo("a", ty, 0), LocalInfo("v", ty[:-2], 1)]
            fl = FunctionLowering(self, name, "", params, 1)
            fb = fl.fb
            kind = fb.call("java_heap_kind", [fl.load_local(params[0])]) or Const(0)
            for other, k in list(self.array_classes.items()):
                if other == ty or not self.array_assignable(other, ty):
                    continue
                yes, no = fb.new_block("narrower"), fb.new_block("next")
                fb.branch(fb.binary("eq", kind, ARRAY_KIND + k), yes, no)
                fb.set_block(yes)
                v = fl.load_local(params[1])
                ok = fl.either(fl.instance_test(v, other[:-2], ty[:-2]), fb.binary("eq", v, 0))
                fb.store(fl.ret_slot, fb.binary("eq", ok, 0))
                fb.jump(fl.exit)
                fb.set_block(no)
            fl.finish()

    def array_data(self) -> None:
        """Once every array class of the program is known: each class ([super, interfaces, name, itable,
        simple name], the shape of a vtable's header, Object's but for the names), the table
        java.arrays of them, and instanceof's tests, which compare the kind with each class that is
        an instance of the type."""
        for ty, name in self.array_tests.items():
            fb = self.mb.function(name, params=[("o", "ptr")], ret="w")
            kind = fb.call("java_heap_kind", [fb.param(0)]) or Const(0)
            for other, k in self.array_classes.items():
                if self.array_assignable(other, ty):
                    yes, no = fb.new_block("is"), fb.new_block("next")
                    fb.branch(fb.binary("eq", kind, ARRAY_KIND + k), yes, no)
                    fb.set_block(yes)
                    fb.ret(1)
                    fb.set_block(no)
            fb.ret(0)
        for ty, k in self.array_classes.items():
            base, _, dims = split(ty)
            simple = base if base in ARRAY_CODES else self.java_name(base).replace("$", ".").split(".")[-1]
            self.mb.global_(
                f"java.array.{k}",
                [self.vtable("Object"), Sym("Object.interfaces"), self.string(self.java_name(ty)),
                 Sym("Object.itable"), self.string(simple.lstrip("0123456789") + dims)],
            )  # fmt: skip
        table = [Sym("java.array.0")] * (max(self.array_classes.values()) + 1)  # the gaps never looked up
        for k in self.array_classes.values():
            table[k] = Sym(f"java.array.{k}")
        self.mb.global_("java.arrays", list(table))

    def maybe_string(self, ty: str) -> bool:
        """Whether a value of this static type may be a string (or an array) at run time, whose word 0
        is not a vtable."""
        base = base_of(ty)
        if ty.endswith("[]"):
            return True
        if base in ("String", "StringBuilder"):
            return False
        return base in ("Object", "Comparable") or base not in self.classes

    def vtable(self, cls: str) -> Sym:
        return Sym(f"{base_of(cls)}.vtable")

    def iface_id(self, c: ClassInfo) -> int:
        if c not in self.iface_ids:
            self.iface_ids[c] = len(self.iface_ids) + 1
        return self.iface_ids[c]

    def ir_name(self, m: MethodInfo) -> str:
        if m.builtin:
            if m.builtin in CLASS_MAKERS:
                self.makes_classes = True
            return m.builtin.replace("<init>", "new")
        return m.ir_name

    def no_message(self, m: MethodInfo) -> list[OperandLike]:
        """The library's exception constructors are one function of (this, message): none is null."""
        return [Const(0)] if m.builtin == "Throwable.<init>" and not m.params else []

    def constant(self, e: A.Expr) -> int:
        value = int_constant(e)
        if value is None:
            raise Unsupported("a non-constant case label")
        return value

    def assignable(self, src: str, dst: str) -> bool:
        a, b = self.classes.get(base_of(src)), self.classes.get(base_of(dst))
        if dst == "CharSequence" and b is None:  # java's, which String and StringBuilder implement
            return src in ("null", "String", "StringBuilder", "CharSequence")
        return src == "null" or (a is not None and b is not None and a.is_subclass_of(b))

    def static_place(self, f: FieldInfo) -> tuple[Operand, int]:
        if is_ref(f.ty):
            if f not in self.static_refs:
                self.static_refs[f] = len(self.static_refs)
            return Sym("java.statics"), 2 + self.static_refs[f]
        return Sym(f.global_name), 0

    # ---- the program

    def lazy_classes(self, users: list[ClassInfo]) -> None:
        """Mark the program's classes initialised at their first use, as java initialises every class
        (JLS 12.4.1): those whose static initialiser may be observed (a static block, or an initialiser
        that calls, makes an object or uses another class's static field; an enum's constants run its
        constructors), and their subclasses (a class's superclass is initialised first; an interface
        only by the use of its own fields, as one without default methods). The others' initialisers
        run before main, where nothing can tell when they ran."""
        for c in users:
            d = c.decl
            if d is None or d.library:
                continue
            iface = c.kind == "interface"  # its fields are static
            statics: list[object] = [f.init for f in d.fields if iface or "static" in f.modifiers]
            if c.enum:  # the constants' arguments and constructors, and what the constructors run
                statics += [
                    d.constants,
                    [m for m in d.methods if not m.ret],
                    [f.init for f in d.fields if "static" not in f.modifiers],
                    d.instance_inits,
                ]
            c.lazy_init = bool(d.inits) or observable(statics, c)
        for c in users:
            if c.kind != "interface":
                c.lazy_init = any(a.lazy_init for a in self.initialised_with(c))

    @staticmethod
    def initialised_with(c: ClassInfo) -> list[ClassInfo]:
        """A class, its superclasses and the interfaces among its ancestors that declare a default
        method: what its initialisation initialises (JLS 12.4.2)."""
        return [
            a
            for a in c.ancestors()
            if a.kind != "interface"
            or any(not m.static and not m.abstract for ms in a.methods.values() for m in ms)
        ]

    def init_function(self, c: ClassInfo) -> None:
        """A class initialised at its first use: its state (0, then 1 once its initialisation has
        begun, so that a use during it goes on, as java's in the same thread; 2 once it has failed),
        and C.init, which marks it, initialises its superclass and runs its static initialisers. An
        exception leaves with exc_pending set, which the caller's check sees (the frame is C.clinit's):
        java's ExceptionInInitializerError with the exception as its cause (an Error as it is), and at
        each later use NoClassDefFoundError (JLS 12.4.2; java.init.failed and java.init.again)."""
        state = Sym(f"{c.name}.initstate")
        self.mb.global_(state.name, [0])
        # Three words of java.statics: the exception, what was thrown, and the error java keeps.
        words = [self.static_place(FieldInfo(f" init{k}", "Throwable", True, c))[1] for k in range(3)]
        at = Sym("java.statics")
        fb = self.mb.function(f"{c.name}.init", params=[], ret="w")
        again, go, failed = fb.new_block("again"), fb.new_block("go"), fb.new_block("failed")
        fb.branch(fb.binary("eq", fb.load(state, 0), 2), again, go)
        fb.set_block(again)
        message = self.string(f"Could not initialize class {c.qualified}")
        fb.call("java.init.again", [fb.add(at, words[0]), message], returns=False)
        fb.ret(0)
        fb.set_block(go)
        fb.store(state, 1)
        ups: list[ClassInfo | None] = []  # an interface's initialisation initialises no other
        if c.kind != "interface":  # the superclass, then the interfaces with default methods
            ups = [c.super, *[a for a in self.initialised_with(c) if a.kind == "interface"]]
        for up in ups:
            if up is None or not up.lazy_init:
                continue
            init, done = fb.new_block("init"), fb.new_block("inited")
            fb.branch(fb.binary("ne", fb.load(Sym(f"{up.name}.initstate"), 0), 1), init, done)
            fb.set_block(init)
            fb.call(f"{up.name}.init", [])
            fb.branch(fb.load(Sym("exc_pending")), failed, done)
            fb.set_block(done)
        fb.call(f"{c.name}.clinit", [])
        ok = fb.new_block("ok")
        fb.branch(fb.load(Sym("exc_pending")), failed, ok)
        fb.set_block(ok)
        fb.ret(0)
        fb.set_block(failed)
        fb.store(state, 2)
        fb.call("java.init.failed", [fb.add(at, words[0])], returns=False)
        fb.ret(0)

    def init_error_functions(self) -> None:
        """What a class's failed initialisation throws (C.init), given the address `at` of its three
        words in java.statics. java.init.failed: the pending exception, kept in at[0], is raised again
        when it is an Error, else wrapped in an ExceptionInInitializerError (its cause); at[1] keeps what
        was thrown. java.init.again: NoClassDefFoundError (message: "Could not initialize class C"),
        whose cause is the error java keeps (at[2], made at the first of them): an
        ExceptionInInitializerError "Exception E: message [in thread "main"]" with E's frames (the
        exception's, then those of what was thrown up to where it was caught)."""
        mb = self.mb
        cause = self.classes["Throwable"].fields["cause"].index
        fb = mb.function("java.init.failed", params=[("at", "w")], ret="w")
        at = fb.slot("at")
        fb.store(at, fb.param(0))
        e = fb.call("exc_take", []) or Const(0)
        fb.store(fb.load(at), e, 0)
        rethrow, wrap = fb.new_block("error"), fb.new_block("wrap")
        e = fb.load(fb.load(at), 0)
        fb.branch(fb.call("java_instanceof", [e, self.vtable("Error")]) or Const(0), rethrow, wrap)
        fb.set_block(rethrow)
        e = fb.load(fb.load(at), 0)
        fb.store(fb.load(at), e, 1)
        fb.call("exc_raise", [e], returns=False)
        fb.ret(0)
        fb.set_block(wrap)
        fb.call("java_throw", [self.vtable("ExceptionInInitializerError"), Const(0)], returns=False)
        x = fb.call("exc_current", []) or Const(0)
        fb.store(x, fb.load(fb.load(at), 0), cause)
        fb.store(fb.load(at), x, 1)
        fb.ret(0)

        # java.init.frames(at, k): the frames of at[k]'s trace added to at[2]'s (each line unmarked).
        fb = mb.function("java.init.frames", params=[("at", "w"), ("k", "w")], ret="w")
        at, k, i = fb.slot("at"), fb.slot("k"), fb.slot("i")
        fb.store(at, fb.param(0))
        fb.store(k, fb.param(1))
        fb.store(i, 0)
        top, body, done = fb.new_block("frame"), fb.new_block("copy"), fb.new_block("done")
        fb.jump(top)

        def source() -> Operand:
            return fb.load(fb.load(fb.add(fb.load(at), fb.load(k)), 0), 2)

        fb.set_block(top)
        more = fb.new_block("more")
        fb.branch(fb.binary("eq", source(), 0), done, more)
        fb.set_block(more)
        n = fb.call("array_len", [source()]) or Const(0)
        fb.branch(fb.binary("lt", fb.load(i), n), body, done)
        fb.set_block(body)
        for step in (0, 1):
            v = fb.call("array_get", [source(), fb.add(fb.load(i), step)]) or Const(0)
            if step:  # 2 * line + 1, where a caught frame's is 2 * line
                v = fb.sub(fb.add(v, 1), fb.binary("rem", v, 2))
            held = fb.slot(f"v{step}")
            fb.store(held, v)
            fb.call("array_push", [fb.load(fb.load(fb.load(at), 2), 2), fb.load(held)], returns=False)
        fb.store(i, fb.add(fb.load(i), 2))
        fb.jump(top)
        fb.set_block(done)
        fb.ret(0)

        fb = mb.function("java.init.again", params=[("at", "w"), ("m", "ptr")], ret="w")
        roots = fb.slot("roots", 4)  # [link, 2, the message, a text]
        fb.store(roots, fb.load(Sym("gc_frames")), 0)
        fb.store(roots, 2, 1)
        fb.store(roots, fb.param(1), 2)
        fb.store(roots, 0, 3)
        fb.store(Sym("gc_frames"), roots)
        at = fb.slot("at")
        fb.store(at, fb.param(0))
        make, made, plain, detail, named = (
            fb.new_block(n) for n in ("make", "made", "plain", "detail", "named")
        )
        fb.branch(fb.binary("eq", fb.load(fb.load(at), 2), 0), make, made)
        fb.set_block(make)
        e = fb.load(fb.load(at), 0)
        # java's NullPointerException of a failed dereference computes its message when asked: its
        # detail is null (here the message, which starts "Cannot "); one made with a message keeps it
        npe, helpful = fb.new_block("npe"), fb.new_block("helpful")
        fb.branch(fb.binary("eq", fb.load(e, 1), 0), plain, npe)
        fb.set_block(npe)
        e = fb.load(fb.load(at), 0)
        fb.branch(fb.binary("eq", fb.load(e, 0), self.vtable("NullPointerException")), helpful, detail)
        fb.set_block(helpful)
        head = fb.call("str_slice", [fb.load(fb.load(fb.load(at), 0), 1), Const(0), Const(7)]) or Const(0)
        fb.branch(fb.call("str_eq", [head, self.string("Cannot ")]) or Const(0), plain, detail)
        fb.set_block(plain)
        fb.store(roots, fb.load(fb.load(fb.load(fb.load(at), 0), 0), 2), 3)  # the class's name
        fb.jump(named)
        fb.set_block(detail)
        e = fb.load(fb.load(at), 0)
        text = fb.call("java_throwable_str", [fb.load(fb.load(e, 0), 2), fb.load(e, 1)]) or Const(0)
        fb.store(roots, text, 3)
        fb.jump(named)
        fb.set_block(named)
        text = fb.call("str_concat", [self.string("Exception "), fb.load(roots, 3)]) or Const(0)
        text = fb.call("str_concat", [text, self.string(' [in thread "main"]')]) or Const(0)
        fb.call("java_throw", [self.vtable("ExceptionInInitializerError"), text], returns=False)
        fb.store(fb.load(at), fb.call("exc_take", []) or Const(0), 2)
        trace = fb.call("array_new", [Const(4)]) or Const(0)
        fb.store(fb.load(fb.load(at), 2), trace, 2)
        fb.call("java.init.frames", [fb.load(at), Const(0)], returns=False)
        also = fb.new_block("thrown")
        fb.branch(fb.binary("ne", fb.load(fb.load(at), 0), fb.load(fb.load(at), 1)), also, made)
        fb.set_block(also)
        fb.call("java.init.frames", [fb.load(at), Const(1)], returns=False)
        fb.jump(made)
        fb.set_block(made)
        fb.call("java_throw", [self.vtable("NoClassDefFoundError"), fb.load(roots, 2)], returns=False)
        x = fb.call("exc_current", []) or Const(0)
        fb.store(x, fb.load(fb.load(at), 2), cause)
        fb.store(Sym("gc_frames"), fb.load(roots, 0))
        fb.ret(0)

    def lower(self) -> Module:
        users = [c for c in self.classes.values() if not c.builtin]
        self.lazy_classes(users)
        for c in users:
            for f in c.fields.values():
                if f.static and not is_ref(f.ty):
                    self.mb.global_(f.global_name, [0])
        for c in users:
            self.current_class = c
            for ms in c.methods.values():
                for m in ms:
                    self.method(c, m)
            self.clinit(c)
        for c in users:
            if c.lazy_init:
                self.init_function(c)
        if any(c.lazy_init for c in users):
            self.init_error_functions()
        self.library_methods()
        self.vtables()
        self.builder_vtable()
        self.main(users)
        if self.makes_classes:
            self.is_class_function()
        self.store_check_functions()
        self.array_data()
        k = len(self.static_refs)
        self.mb.global_("java.statics", [0, k, *([0] * k)])
        self.mb.global_("java.stack_floor", [0])
        return self.mb.finish()

    def function(
        self, ir_name: str, where: str, m: MethodInfo, params: list[LocalInfo], line: int
    ) -> FunctionLowering:
        self.method_ret = m.ret
        return FunctionLowering(self, ir_name, where, params, line)

    def method(self, c: ClassInfo, m: MethodInfo) -> None:
        d = m.decl
        if m.abstract or m.builtin:  # a library method lowered once (library_methods)
            return
        if c.enum and d is None and m.name in ("values", "valueOf"):
            self.enum_method(c, m)
            return
        line = d.span.line if d is not None else (c.decl.span.line if c.decl else 1)
        params = [] if m.static else [LocalInfo("this", c.name, -1)]
        if d is not None:
            params += [p.slot for p in d.params]
        where = f"{c.qualified}.{'<init>' if m.name == '<init>' else m.name}"
        if c.name.startswith("lambda."):
            where = c.binary  # Main.lambda$main$0: javac's method of the lambda's body
        if c.package:
            where = f"java.base/{where}"
        fl = self.function(m.ir_name, where, m, params, line)
        fl.outer = c.fields.get(" this") if c.name.startswith("lambda.") else None
        # The program's code (java's messages inside its library are its own; a method reference's
        # null, found in java's own code, has none).
        if not c.package and c.name not in self.method_refs:
            inits = [b for _, b in c.decl.instance_inits] if c.decl is not None and m.name == "<init>" else []
            body = d.body.body if d is not None and d.body is not None else []
            fl.npe = Messages(self.classes, frame_of(c, m, params, [list(inits), body]), c, m)
        try:
            if m.name == "<init>":
                body = d.body.body if d is not None and d.body is not None else []
                first = body[0] if body else None
                explicit = (
                    isinstance(first, A.ExprStmt)
                    and isinstance(first.expr, A.Call)
                    and first.expr.ident == "<init>"
                )
                if not explicit:
                    sup = c.super
                    if sup is not None and sup.name not in ("Object", "Enum"):
                        ctor = next(x for x in sup.methods["<init>"] if not x.params)
                        fl.call_method(self.ir_name(ctor), [fl.this(), *self.no_message(ctor)])
                    self.field_inits(fl)
                fl.block(body)
            else:
                assert d is not None and d.body is not None
                fl.block(d.body.body)
        except Unsupported as u:
            place = u.span or (
                d.span if d is not None else c.decl.span if c.decl is not None else self.unit.span
            )
            self.diags.error("unsupported", f"{u} is not supported in this Java subset", place)
        fl.finish()

    def field_inits(self, fl: FunctionLowering) -> None:
        """The instance field initialisers of the constructor's class, after its superclass's constructor."""
        c = self.current_class
        assert c is not None
        # The instance initialiser blocks run where they are written among the field initialisers.
        blocks = list(c.decl.instance_inits) if c.decl is not None else []
        for k, f in enumerate(c.fields.values()):
            while blocks and blocks[0][0] <= k:
                fl.stmt(blocks.pop(0)[1])
            if not f.static and f.decl is not None and f.decl.init is not None:
                fl.fb.set_line(f.decl.span.line)
                v = (
                    fl.array_lit(f.decl.init)
                    if isinstance(f.decl.init, A.ArrayLit)
                    else fl.init_value(f.decl.init, f.ty)
                )
                fl.store_field(fl.this(), f, v)
        for _, b in blocks:
            fl.stmt(b)

    def enum_method(self, c: ClassInfo, m: MethodInfo) -> None:
        """values(): a new array of the constants; valueOf(name): the constant of that name, or
        IllegalArgumentException("No enum constant E.name") as java throws."""
        line = c.decl.span.line if c.decl else 1
        params = [LocalInfo("name", "String", -2)] if m.name == "valueOf" else []
        fl = self.function(m.ir_name, f"{c.qualified}.{m.name}", m, params, line)  # Main$Rank.valueOf
        fb = fl.fb
        if m.name == "values":
            a = fl.new_array(c.name, [Const(len(c.constants))])
            for k, name in enumerate(c.constants):
                fb.store(a, fl.load_static(c.fields[name]), 1 + k)
            fb.store(fl.ret_slot, a)
            fb.jump(fl.exit)
        else:
            text = fl.load_local(params[0])
            fl.null_check(text)
            for name in c.constants:
                same = fb.call("str_eq", [fl.load_local(params[0]), self.string(name)])
                assert same is not None
                yes, no = fb.new_block("found"), fb.new_block("next")
                fb.branch(same, yes, no)
                fb.set_block(yes)
                fb.store(fl.ret_slot, fl.load_static(c.fields[name]))
                fb.jump(fl.exit)
                fb.set_block(no)
            head = self.string(f"No enum constant {c.canonical or c.name}.")
            fl.throw_new(
                "IllegalArgumentException",
                lambda: fb.call("str_concat", [head, fl.load_local(params[0])]) or Const(0),
            )
        fl.finish()

    def enum_constants(self, fl: FunctionLowering, c: ClassInfo) -> None:
        """Each constant: a new object with its name and ordinal, then its constructor run."""
        assert c.decl is not None
        fb = fl.fb
        for k, const in enumerate(c.decl.constants):
            fb.set_line(const.span.line)
            m = const.ref
            assert isinstance(m, MethodInfo)
            args = [fl.hold(v, is_ref(t)) for v, t in zip(fl.values(const.args), m.params, strict=True)]
            made = m.owner  # the enum, or the anonymous subclass of a constant with a class body
            o = fb.call("gc_alloc_obj", [OBJECT_KIND, 1, made.size])
            assert o is not None
            fb.store(o, self.vtable(made.name), 0)
            fl.store_field(o, c.find_field(" name"), self.string(const.name))  # type: ignore[arg-type]
            fl.store_field(o, c.find_field(" ordinal"), Const(k))  # type: ignore[arg-type]
            fl.store_static(c.fields[const.name], o)
            fl.call_method(
                self.ir_name(m), [fl.load_static(c.fields[const.name]), *[fl.fetch(a) for a in args]]
            )
            for a in args:
                fl.release(a)

    def clinit(self, c: ClassInfo) -> None:
        m = MethodInfo("<clinit>", c, [], "void", True, False, None)
        line = c.decl.span.line if c.decl else 1
        where = f"{'java.base/' if c.package else ''}{c.qualified}.<clinit>"  # the library's in its own file
        fl = self.function(f"{c.name}.clinit", where, m, [], line)
        if c.decl is not None and not c.package:  # java's NullPointerException messages
            fl.npe = Messages(self.classes, frame_of(c, m, [], [list(c.decl.inits)]), c, m)
        try:
            if c.enum:
                self.enum_constants(fl, c)
            # The static field initialisers and static blocks in the order they are written (JLS 12.4.2).
            parts: list[FieldInfo | A.Block] = [
                f
                for f in c.fields.values()
                if f.static and f.decl is not None and f.decl.init is not None
                and not (c.lazy_init and constant_variable(f))  # set before main: a use does not initialise c
            ]  # fmt: skip
            parts += c.decl.inits if c.decl is not None else []
            for part in sorted(parts, key=written_at):
                if isinstance(part, A.Block):
                    fl.stmt(part)
                    continue
                f, init = part, part.decl.init if part.decl is not None else None
                assert init is not None and f.decl is not None
                fl.fb.set_line(f.decl.span.line)
                v = fl.array_lit(init) if isinstance(init, A.ArrayLit) else fl.init_value(init, f.ty)
                fl.store_static(f, v)
        except Unsupported as u:
            self.diags.error(
                "unsupported",
                f"{u} is not supported in this Java subset",
                c.decl.span if c.decl else self.unit.span,
            )
        fl.finish()

    def dynamic_methods(self) -> None:
        """java.dyn.*: Object's methods (and Comparable.compareTo) on a value that may be a string or
        an array (whose toString() is its class's name and "@", as Object's; hashCode() 0; equals
        identity)."""
        mb = self.mb
        obj = self.classes["Object"]
        index = {m.name: m.vindex for m in obj.vtable}
        for name, n in (("toString", 1), ("hashCode", 1), ("equals", 2), ("compareTo", 2)):
            both: list[str | tuple[str, str]] = [("o", "ptr"), ("x", "ptr")]
            params = both[:n]
            fb = mb.function(f"java.dyn.{name}", params=params, ret="w")
            o = fb.param(0)
            yes, no = fb.new_block("object"), fb.new_block("notobject")
            kind = fb.call("java_heap_kind", [o]) or Const(0)
            fb.branch(fb.binary("eq", kind, OBJECT_KIND), yes, no)
            fb.set_block(no)
            array, no = fb.new_block("array"), fb.new_block("string")
            fb.branch(fb.binary("ge", kind, ARRAY_KIND), array, no)
            fb.set_block(array)
            if name == "toString":
                cls = fb.call("java_class_of", [o]) or Const(0)
                fb.ret(fb.call("str_concat", [fb.load(cls, 2), self.string("@")]) or Const(0))
            elif name == "equals":
                fb.ret(fb.binary("eq", o, fb.param(1)))
            else:  # an array's hashCode() (java's is its identity hash); never compared
                fb.ret(0)
            fb.set_block(yes)
            vt = fb.load(o, 0)
            if name == "compareTo":
                sel = self.program.selectors.get("compareTo(T)")
                if sel is None:
                    fb.ret(0)
                else:
                    code = fb.load(fb.load(vt, 3), sel)
                    fb.ret(fb.call(code, [o, fb.param(1)]) or Const(0))
            else:
                code = fb.load(vt, VT_HEADER + index[name])
                fb.ret(fb.call(code, [o, *([fb.param(1)] if n == 2 else [])]) or Const(0))
            fb.set_block(no)
            if self.makes_classes:
                self.class_branch(fb, name)
            if name == "toString":
                fb.ret(o)
            elif name == "hashCode":
                fb.ret(fb.call("java_str_hash", [o]) or Const(0))
            elif name == "compareTo" and self.program.polluting:  # String's bridge casts its argument
                self.string_compare_bridge()
                fb.ret(fb.call("bridge.String.compareTo", [o, fb.param(1)]) or Const(0))
            elif name == "compareTo":
                fb.ret(fb.call("str_cmp", [o, fb.param(1)]) or Const(0))
            else:
                x = fb.param(1)
                other, string, notnull = fb.new_block("other"), fb.new_block("both"), fb.new_block("notnull")
                fb.branch(fb.binary("eq", x, 0), other, notnull)
                fb.set_block(notnull)
                fb.branch(fb.call("java_is_string", [x]) or Const(0), string, other)
                fb.set_block(other)
                fb.ret(0)
                fb.set_block(string)
                fb.ret(fb.call("str_eq", [o, x]) or Const(0))

    def class_branch(self, fb: FunctionBuilder, name: str) -> None:
        """java.dyn's method `name` of a class (a vtable, not a heap object): its toString() is java's
        "class Main$A", its hashCode() its name's, equals() is identity; a string goes on."""
        o = fb.param(0)
        klass, string = fb.new_block("class"), fb.new_block("text")
        fb.branch(fb.call("java.dyn.isClass", [o]) or Const(0), klass, string)
        fb.set_block(klass)
        if name == "compareTo":  # a class is not Comparable: never called on one
            fb.ret(0)
        else:
            params: list[OperandLike] = [o, fb.param(1)] if name == "equals" else [o]
            fb.ret(fb.call(f"Class.{name}", params) or Const(0))
        fb.set_block(string)

    def is_class_function(self) -> None:
        """java.dyn.isClass(o): whether o is one of the program's classes (one of their vtables)."""
        fb = self.mb.function("java.dyn.isClass", params=[("o", "ptr")], ret="w")
        yes, no = fb.new_block("is"), fb.new_block("next")
        fb.branch(fb.binary("eq", fb.param(0), self.vtable("String")), yes, no)  # "text".getClass()
        fb.set_block(yes)
        fb.ret(1)
        fb.set_block(no)
        classes = [self.vtable(c.name) for c in self.classes.values() if c.kind != "interface"]
        for vt in [*classes, *[Sym(f"java.array.{k}") for k in self.array_classes.values()]]:
            yes, no = fb.new_block("is"), fb.new_block("next")
            fb.branch(fb.binary("eq", fb.param(0), vt), yes, no)
            fb.set_block(yes)
            fb.ret(1)
            fb.set_block(no)
        fb.ret(0)

    def library_methods(self) -> None:
        """The library classes' methods that vtables point to, and the raising of library exceptions."""
        self.dynamic_methods()
        mb = self.mb
        # Object.toString: Name@hash (the hash is the object's address, which java does not print).
        fb = mb.function("Object.toString", params=[("o", "ptr")], ret="w")
        o = fb.param(0)
        vt = fb.load(o, 0)
        name = fb.load(vt, 2)
        at = fb.call("str_concat", [name, self.string("@")])
        fb.ret(at or Const(0))
        # (The address is left out: it changes when the collector moves the object.)
        fb = mb.function("Object.equals", params=[("o", "ptr"), ("x", "ptr")], ret="w")
        fb.ret(fb.binary("eq", fb.param(0), fb.param(1)))
        fb = mb.function("Object.hashCode", params=[("o", "ptr")], ret="w")
        fb.ret(0)
        self.class_methods()
        # java.lang.Enum: [vtable, name, ordinal (an immediate)].
        for getter in ("Enum.name", "Enum.toString"):
            fb = mb.function(getter, params=[("o", "ptr")], ret="w")
            fb.ret(fb.load(fb.param(0), 1))
        # An enum constant's hash: java's is its identity hash, which changes from run to run; here
        # it is its name's hash, the same in every run (README: where the output may differ).
        fb = mb.function("Enum.hashCode", params=[("o", "ptr")], ret="w")
        fb.ret(fb.call("java_str_hash", [fb.load(fb.param(0), 1)]) or Const(0))
        fb = mb.function("Enum.ordinal", params=[("o", "ptr")], ret="w")
        fb.ret(fb.binary("div", fb.sub(fb.load(fb.param(0), 2), 1), 2))
        fb = mb.function("Enum.compareTo", params=[("o", "ptr"), ("x", "ptr")], ret="w")
        fb.ret(fb.binary("div", fb.sub(fb.load(fb.param(0), 2), fb.load(fb.param(1), 2)), 2))
        # getDeclaringClass(): the enum, also for a constant with a body (an anonymous subclass of it).
        fb = mb.function("Enum.getDeclaringClass", params=[("o", "ptr")], ret="w")
        vt = fb.load(fb.param(0), 0)
        up = fb.load(vt, 0)
        own, body = fb.new_block("own"), fb.new_block("body")
        fb.branch(fb.binary("eq", up, self.vtable("Enum")), own, body)
        fb.set_block(own)
        fb.ret(vt)
        fb.set_block(body)
        fb.ret(up)
        fb = mb.function("Throwable.getMessage", params=[("e", "ptr")], ret="w")
        fb.ret(fb.load(fb.param(0), 1))
        # "name: message" with getLocalizedMessage(), which is getMessage() (a subclass may override it)
        fb = mb.function("Throwable.toString", params=[("e", "ptr")], ret="w")
        roots = params_frame(fb, 1)  # [link, 1, e]: getMessage() may collect
        index = self.classes["Throwable"].methods["getMessage"][0].vindex
        msg = fb.call(fb.load(fb.load(fb.param(0), 0), VT_HEADER + index), [fb.param(0)]) or Const(0)
        yes, no = fb.new_block("plain"), fb.new_block("withmsg")
        fb.branch(fb.binary("eq", msg, 0), yes, no)
        fb.set_block(yes)
        name = fb.load(fb.load(fb.load(roots, 2), 0), 2)
        fb.store(Sym("gc_frames"), fb.load(roots, 0))
        fb.ret(name)
        fb.set_block(no)
        text = fb.call("java_throwable_str", [fb.load(fb.load(fb.load(roots, 2), 0), 2), msg]) or Const(0)
        fb.store(Sym("gc_frames"), fb.load(roots, 0))
        fb.ret(text)
        fb = mb.function("Throwable.new", params=[("e", "ptr"), ("m", "ptr")], ret="w")
        fb.store(fb.param(0), fb.param(1), 1)
        fb.ret(0)
        self.cause_methods()
        # addSuppressed and getSuppressed, in library/lang.java, compiled with a program that names them
        # (the vtables name these functions in every program).
        fb = mb.function("Throwable.frames", params=[("e", "ptr")], ret="w")
        fb.ret(fb.call("java_trace_frames", [fb.param(0)]) or Const(0))
        # printStackTrace, in library/lang.java, compiled with a program that names it.
        printer = self.classes.get("StackTraces")
        fb = mb.function("Throwable.printStackTrace", params=[("e", "ptr")], ret="w")
        code = self.ir_name(printer.methods["print"][0]) if printer is not None else None
        fb.ret((fb.call(code, [fb.param(0)]) if code else None) or 0)
        written = self.classes.get("Suppressions")
        for method, key, arity in (("addSuppressed", "add", 2), ("getSuppressed", "get", 1)):
            params: list[str | tuple[str, str]] = [("e", "ptr"), ("x", "ptr")]
            fb = mb.function(f"Throwable.{method}", params=params[:arity], ret="w")
            code = self.ir_name(written.methods[key][0]) if written is not None else None
            fb.ret((fb.call(code, [fb.param(k) for k in range(arity)]) if code else None) or 0)

    def null_cause(self, fb: FunctionBuilder) -> None:
        """In a constructor given a cause (fb's parameter 0 the exception, its last the cause): a null
        one is set as the exception itself (cause_of reads it as null)."""
        at = self.classes["Throwable"].fields["cause"].index
        given, none = fb.new_block("givencause"), fb.new_block("nullcause")
        fb.branch(fb.binary("eq", fb.param(len(fb.function.params) - 1), 0), none, given)
        fb.set_block(none)
        fb.store(fb.param(0), fb.param(0), at)
        fb.jump(given)
        fb.set_block(given)

    def cause_of(self, fb: FunctionBuilder, e: Operand) -> Operand:
        """The cause of exception e: null when none was set or null was (the field holds e itself)."""
        c = fb.load(e, self.classes["Throwable"].fields["cause"].index)
        return fb.binary("mul", c, fb.binary("ne", c, e))

    def cause_methods(self) -> None:
        """Throwable's cause: the constructors (message, cause) and (cause), whose message is the
        cause's toString() (null for none), getCause() and initCause(cause)."""
        mb = self.mb
        at = self.classes["Throwable"].fields["cause"].index
        # A cause given as null is set all the same (initCause may not set one after it): the field
        # then holds the exception itself, as java's holds itself for a cause not yet set (getCause()
        # and the printed chains read it as null: cause_of).
        fb = mb.function("Throwable.new.cause", params=[("e", "ptr"), ("m", "ptr"), ("c", "ptr")], ret="w")
        fb.store(fb.param(0), fb.param(1), 1)
        fb.store(fb.param(0), fb.param(2), at)
        self.null_cause(fb)
        fb.ret(0)
        fb = mb.function("Throwable.getCause", params=[("e", "ptr")], ret="w")
        fb.ret(self.cause_of(fb, fb.param(0)))
        # java's checks: a cause set before (even as null) may not be overwritten, nor may an
        # exception be its own cause; what is thrown has the exception as its cause.
        fb = mb.function("Throwable.initCause", params=[("e", "ptr"), ("c", "ptr")], ret="w")
        roots = params_frame(fb, 2)  # [link, 2, e, c]: toString() may collect
        overwrite, fresh, selfish, store, fail = (
            fb.new_block(n) for n in ("overwrite", "fresh", "self", "store", "fail")
        )
        fb.branch(fb.binary("ne", fb.load(fb.param(0), at), 0), overwrite, fresh)
        fb.set_block(overwrite)
        named, unnamed = fb.new_block("named"), fb.new_block("unnamed")
        fb.branch(fb.binary("eq", fb.param(1), 0), unnamed, named)
        for block in (named, unnamed):
            fb.set_block(block)
            shown: Operand = self.string("a null")
            if block == named:
                code = fb.load(fb.load(fb.param(1), 0), VT_HEADER + self.tostring_index)
                shown = fb.call(code, [fb.param(1)]) or Const(0)
            what = fb.call("str_concat", [self.string("Can't overwrite cause with "), shown]) or Const(0)
            fb.call("java_throw", [self.vtable("IllegalStateException"), what], returns=False)
            fb.jump(fail)
        fb.set_block(fresh)
        fb.branch(fb.binary("eq", fb.param(0), fb.param(1)), selfish, store)
        fb.set_block(selfish)
        message = self.string("Self-causation not permitted")
        fb.call("java_throw", [self.vtable("IllegalArgumentException"), message], returns=False)
        fb.jump(fail)
        fb.set_block(fail)
        fb.store(fb.call("exc_current", []) or Const(0), fb.load(roots, 2), at)
        fb.store(Sym("gc_frames"), fb.load(roots, 0))
        fb.ret(0)
        fb.set_block(store)
        fb.store(fb.param(0), fb.param(1), at)
        self.null_cause(fb)
        fb.store(Sym("gc_frames"), fb.load(roots, 0))
        fb.ret(fb.param(0))
        fb = mb.function("Throwable.new.bare", params=[("e", "ptr"), ("c", "ptr")], ret="w")
        fb.store(fb.param(0), fb.param(1), at)  # ExceptionInInitializerError(thrown): no message
        self.null_cause(fb)
        fb.ret(0)
        fb = mb.function("Throwable.new.of", params=[("e", "ptr"), ("c", "ptr")], ret="w")
        roots = params_frame(fb, 2)  # [link, 2, e, c]: toString() may collect
        fb.store(fb.param(0), fb.param(1), at)
        self.null_cause(fb)
        named, done = fb.new_block("named"), fb.new_block("done")
        fb.branch(fb.binary("eq", fb.param(1), 0), done, named)
        fb.set_block(named)
        code = fb.load(fb.load(fb.param(1), 0), VT_HEADER + self.tostring_index)
        text = fb.call(code, [fb.param(1)])
        assert text is not None
        fb.store(fb.load(roots, 2), text, 1)
        fb.jump(done)
        fb.set_block(done)
        fb.store(Sym("gc_frames"), fb.load(roots, 0))
        fb.ret(0)

    def class_methods(self) -> None:
        """getClass(): a class is its vtable, whose word 2 is the name java prints (Main$Inner);
        getSimpleName() is what follows its last '.' or '$' and the digits of a local class's number
        (Main$1Local is Local, an anonymous Main$1 is empty)."""
        mb = self.mb
        fb = mb.function("Object.getClass", params=[("o", "ptr")], ret="w")
        fb.ret(fb.call("java_class_of", [fb.param(0)]) or Const(0))
        fb = mb.function("Class.getName", params=[("c", "ptr")], ret="w")
        fb.ret(fb.load(fb.param(0), 2))
        # "class Main$A"; "null" for none, as string conversion gives (a call on null has been checked)
        fb = mb.function("Class.toString", params=[("c", "ptr")], ret="w")
        named, none = fb.new_block("named"), fb.new_block("none")
        fb.branch(fb.binary("eq", fb.param(0), 0), none, named)
        fb.set_block(none)
        fb.ret(self.string("null"))
        fb.set_block(named)
        fb.ret(fb.call("str_concat", [self.string("class "), fb.load(fb.param(0), 2)]) or Const(0))
        fb = mb.function("Class.hashCode", params=[("c", "ptr")], ret="w")  # its name's (java's: identity)
        fb.ret(fb.call("java_str_hash", [fb.load(fb.param(0), 2)]) or Const(0))
        fb = mb.function("Class.equals", params=[("c", "ptr"), ("o", "ptr")], ret="w")
        fb.ret(fb.binary("eq", fb.param(0), fb.param(1)))
        fb = mb.function("Class.getSuperclass", params=[("c", "ptr")], ret="w")
        # The vtable's word 0; a class whose word 0 is empty extends Object (null for Object's own).
        sup = fb.load(fb.param(0), 0)
        named, implicit = fb.new_block("named"), fb.new_block("implicit")
        fb.branch(fb.binary("ne", sup, 0), named, implicit)
        fb.set_block(named)
        fb.ret(sup)
        fb.set_block(implicit)
        obj = self.vtable("Object")
        fb.ret(fb.binary("mul", obj, fb.binary("ne", fb.param(0), obj)))
        # getEnumConstants(): the values() of the enum whose vtable it is; null for any other class.
        fb = mb.function("Class.getEnumConstants", params=[("c", "ptr")], ret="w")
        for k in self.classes.values():
            if k.enum:
                yes, no = fb.new_block("enum"), fb.new_block("next")
                fb.branch(fb.binary("eq", fb.param(0), self.vtable(k.name)), yes, no)
                fb.set_block(yes)
                fb.ret(fb.call(self.ir_name(k.methods["values"][0]), []) or Const(0))
                fb.set_block(no)
        fb.ret(0)
        fb = mb.function("Class.getSimpleName", params=[("c", "ptr")], ret="w")
        name = fb.load(fb.param(0), 2)
        array, named = fb.new_block("array"), fb.new_block("named")
        fb.branch(fb.binary("eq", fb.load(name, 1), ord("[")), array, named)
        fb.set_block(array)  # an array's class holds its simple name (int[], Point[][])
        fb.ret(fb.load(fb.param(0), 4))
        fb.set_block(named)
        name = fb.load(fb.param(0), 2)
        at = fb.slot("at")
        fb.store(at, fb.load(name, 0))
        back, test, found = fb.new_block("back"), fb.new_block("test"), fb.new_block("found")
        fb.jump(back)
        fb.set_block(back)  # at: just after the last '.' or '$' (0 when there is none)
        i = fb.load(at, 0)
        fb.branch(fb.binary("eq", i, 0), found, test)
        fb.set_block(test)
        c = fb.load(fb.add(name, fb.load(at, 0)), 0)  # the character before `at` (word at = char at-1)
        sep = fb.binary("or", fb.binary("eq", c, ord(".")), fb.binary("eq", c, ord("$")))
        step = fb.new_block("step")
        fb.branch(sep, found, step)
        fb.set_block(step)
        fb.store(at, fb.sub(fb.load(at, 0), 1))
        fb.jump(back)
        fb.set_block(found)
        digits, skip, done = fb.new_block("digits"), fb.new_block("skip"), fb.new_block("done")
        fb.jump(digits)
        fb.set_block(digits)
        j = fb.load(at, 0)
        inside = fb.binary("lt", j, fb.load(name, 0))
        check = fb.new_block("check")
        fb.branch(inside, check, done)
        fb.set_block(check)
        d = fb.load(fb.add(name, fb.load(at, 0)), 1)
        digit = fb.binary("and", fb.binary("ge", d, ord("0")), fb.binary("le", d, ord("9")))
        fb.branch(digit, skip, done)
        fb.set_block(skip)
        fb.store(at, fb.add(fb.load(at, 0), 1))
        fb.jump(digits)
        fb.set_block(done)
        fb.ret(fb.call("str_slice", [name, fb.load(at, 0), fb.load(name, 0)]) or Const(0))

    def vtables(self) -> None:
        order = list(self.classes.values())
        for c in order:
            if c.kind == "interface":
                self.iface_id(c)
        for c in order:
            if c.kind == "interface":
                continue
            methods = [Sym(self.ir_name(m)) if not m.abstract else 0 for m in c.vtable]
            ifaces = [self.iface_id(a) for a in c.ancestors() if a.kind == "interface"]
            self.mb.global_(f"{c.name}.interfaces", [len(ifaces), *ifaces])
            # As long as the class's interfaces' methods need (their indexes are fixed for the
            # library's, check.py's layout): an interface call finds its method in any implementation.
            selectors = self.program.selectors
            used = [selectors[sig] for sig in c.itable_impl if sig in selectors]
            itable: list[Sym | int] = [0] * (max(used, default=0) + 1)
            for sig, impl in c.itable_impl.items():
                if sig in selectors:
                    code = self.bridge(c, sig, impl) if self.program.polluting else self.ir_name(impl)
                    itable[selectors[sig]] = Sym(code)
            self.mb.global_(f"{c.name}.itable", list(itable))
            sup: Sym | int = self.vtable(c.super.name) if c.super is not None else 0
            self.mb.global_(
                f"{c.name}.vtable",
                [
                    sup,
                    Sym(f"{c.name}.interfaces"),
                    self.string(c.qualified),
                    Sym(f"{c.name}.itable"),
                    *methods,
                ],
            )

    def bridge(self, c: ClassInfo, sig: str, impl: MethodInfo) -> str:
        """In a program that may pollute its heap: the code of interface method sig in class c's itable.
        Where impl's parameters erase to narrower types than the interface method's (compareTo(Point)
        for Comparable's compareTo(T), a lambda's (String s) for Consumer's accept(T)), javac's bridge,
        which casts each such argument first (ClassCastException), then calls impl."""
        im = next(
            (m for i in c.ancestors() if i.kind == "interface" for ms in i.methods.values() for m in ms
             if m.sig() == sig and not m.static),
            None,
        )  # fmt: skip
        if im is None or impl.decl is None or len(impl.decl.params) != len(im.params):
            return self.ir_name(impl)
        casts = Casts(self.classes)
        want = [casts.erasure(p, {**im.owner.scope_tvars, **dict(im.owner.tparams), **dict(im.tparams)})
                for p in im.params]  # fmt: skip
        tvars = {**impl.owner.scope_tvars, **dict(impl.owner.tparams), **dict(impl.tparams)}
        have = [casts.erasure(p.ty, tvars) for p in impl.decl.params]
        checks = [
            (k, h)
            for k, (w, h) in enumerate(zip(want, have, strict=True))
            if is_ref(h) and not casts.subtype(w, h) and casts.testable(h)
        ]
        if not checks:
            return self.ir_name(impl)
        name = f"bridge.{c.name}.{self.program.selectors[sig]}"
        if name not in self.bridges:
            self.bridges.add(name)
            params = [
                LocalInfo("this", c.name, 0),
                *(LocalInfo(f"a{k}", h, k + 1) for k, h in enumerate(have)),
            ]
            fl = FunctionLowering(self, name, "", params, impl.decl.span.line)
            for k, h in checks:
                fl.checked_cast(fl.load_local(params[k + 1]), h, "Object")
            r = fl.call_method(self.ir_name(impl), [fl.load_local(p) for p in params])
            fl.fb.store(fl.ret_slot, r)
            fl.fb.jump(fl.exit)
            fl.finish()
        return name

    def string_compare_bridge(self) -> None:
        """String's compareTo(Object) bridge, in a program that may pollute its heap: its argument cast to
        String (ClassCastException), then the strings compared."""
        params = [LocalInfo("s", "String", 0), LocalInfo("x", "Object", 1)]
        fl = FunctionLowering(self, "bridge.String.compareTo", "", params, 1)
        x = fl.checked_cast(fl.load_local(params[1]), "String", "Object")
        fl.null_check(x)
        r = fl.fb.call("str_cmp", [fl.load_local(params[0]), fl.load_local(params[1])]) or Const(0)
        fl.fb.store(fl.ret_slot, r)
        fl.fb.jump(fl.exit)
        fl.finish()

    def builder_vtable(self) -> None:
        """StringBuilder's class: Object's methods with its own toString (a builder seen as an Object
        prints its text); and String's, what getClass() gives for a string (never an object's vtable)."""
        self.mb.global_(
            "String.vtable",
            [self.vtable("Object"), Sym("Object.interfaces"), self.string("java.lang.String"),
             Sym("Object.itable")],
        )  # fmt: skip
        fb = self.mb.function("StringBuilder.toString", params=[("sb", "ptr")], ret="w")
        fb.ret(fb.call("java_sb_string", [fb.param(0)]) or Const(0))
        obj = self.classes["Object"]
        methods: list[Sym | int] = [
            Sym("StringBuilder.toString") if m.name == "toString" else Sym(self.ir_name(m))
            for m in obj.vtable
        ]
        self.mb.global_(
            "StringBuilder.vtable",
            [self.vtable("Object"), Sym("Object.interfaces"), self.string("java.lang.StringBuilder"),
             Sym("Object.itable"), *methods],
        )  # fmt: skip

    def print_suppressed(self, fl: FunctionLowering, h: Held) -> None:
        """The suppressed exceptions of the exception h that left main, each with its toString(),
        stack trace and causes, as java prints them after the exception's own trace."""
        fb = fl.fb
        field = self.classes["Throwable"].fields["suppressedExceptions"]
        i = fl.hold(Const(0), False, always=True)
        top, body, done = fb.new_block("supp"), fb.new_block("suppone"), fb.new_block("suppdone")
        fb.jump(top)
        fb.set_block(top)
        held = fb.load(fl.fetch(h), field.index)
        more = fb.new_block("suppmore")
        fb.branch(fb.binary("eq", held, 0), done, more)
        fb.set_block(more)
        fb.branch(fb.binary("lt", fl.fetch(i), fb.load(held, 0)), body, done)
        fb.set_block(body)
        x = fb.load(fb.add(fb.load(fl.fetch(h), field.index), fl.fetch(i)), 1)  # [length, elements...]
        code = fb.load(fb.load(x, 0), VT_HEADER + self.tostring_index)
        text = fb.call(code, [x])
        assert text is not None
        x = fb.load(fb.add(fb.load(fl.fetch(h), field.index), fl.fetch(i)), 1)
        above = fb.call("java_suppressed", [x, text, fl.fetch(h)])
        assert above is not None
        x = fb.load(fb.add(fb.load(fl.fetch(h), field.index), fl.fetch(i)), 1)
        self.print_causes(fl, fl.hold(x, True, always=True), above, 2)
        fb.store(i.where, fb.add(fl.fetch(i), 1), i.offset)
        fb.jump(top)
        fb.set_block(done)

    def print_causes(self, fl: FunctionLowering, h: Held, above0: Operand, tabs: int) -> None:
        """The causes of the exception h (the one that left main, tabs = 1, or a suppressed exception
        of it, tabs = 2, whose trace leaves out above0 frames), each as a "Caused by:" section after
        the trace of the one it caused (java_cause); a cause met before in the chain (h or one down to
        the one it causes) is printed as java prints it, "Caused by: [CIRCULAR REFERENCE: ...]", and
        ends the chain, which is cut after 1024 causes in any case."""
        fb = fl.fb
        at = self.classes["Throwable"].fields["cause"].index
        enc = fl.hold(fl.fetch(h), True, always=True)
        left = fl.hold(Const(1024), False, always=True)
        above = fl.hold(above0, False, always=True)  # the frames the last trace leaves out
        top, body, done = fb.new_block("cause"), fb.new_block("causeone"), fb.new_block("causedone")
        fb.jump(top)
        fb.set_block(top)
        c = self.cause_of(fb, fl.fetch(enc))
        more, fresh = fb.new_block("causemore"), fb.new_block("causefresh")
        fb.branch(fb.binary("eq", c, 0), done, more)
        fb.set_block(more)
        # A cause printed before (h or one of the chain down to enc) is java's circular reference.
        seen = fl.hold(fl.fetch(h), True, always=True)
        look, last, step, circular = (fb.new_block(k) for k in ("seen", "seenlast", "seenstep", "circular"))
        fb.jump(look)
        fb.set_block(look)
        fb.branch(fb.binary("eq", fb.load(fl.fetch(enc), at), fl.fetch(seen)), circular, last)
        fb.set_block(last)
        fb.branch(fb.binary("eq", fl.fetch(seen), fl.fetch(enc)), fresh, step)
        fb.set_block(step)
        fb.store(seen.where, fb.load(fl.fetch(seen), at), seen.offset)
        fb.jump(look)
        fb.set_block(circular)
        c = fb.load(fl.fetch(enc), at)
        text = fb.call(fb.load(fb.load(c, 0), VT_HEADER + self.tostring_index), [c])
        assert text is not None
        kept = fl.hold(text, True)
        prefix = "\t" * (tabs - 1) + "Caused by: [CIRCULAR REFERENCE: "
        fb.call("str_print", [self.string(prefix)], returns=False)
        fb.call("str_print", [fl.fetch(kept)], returns=False)
        fb.call("str_print", [self.string("]\n")], returns=False)
        fb.jump(done)
        fb.set_block(fresh)
        fb.branch(fb.binary("gt", fl.fetch(left), 0), body, done)
        fb.set_block(body)
        c = fb.load(fl.fetch(enc), at)
        text = fb.call(fb.load(fb.load(c, 0), VT_HEADER + self.tostring_index), [c])
        assert text is not None
        c = fb.load(fl.fetch(enc), at)
        first = fb.binary("eq", fl.fetch(left), 1024) if tabs == 1 else Const(0)
        above_now = fb.call("java_cause", [c, text, fl.fetch(enc), first, fl.fetch(above), Const(tabs)])
        assert above_now is not None
        fb.store(above.where, above_now, above.offset)
        fb.store(enc.where, fb.load(fl.fetch(enc), at), enc.offset)
        fb.store(left.where, fb.sub(fl.fetch(left), 1), left.offset)
        fb.jump(top)
        fb.set_block(done)

    def main(self, users: list[ClassInfo]) -> None:
        main = self.program.main
        assert main is not None
        m = MethodInfo("main", main.owner, [], "void", True, False, None)
        fl = self.function("main", "<main>", m, [], main.decl.span.line if main.decl else 1)
        fb = fl.fb
        fl.handlers = ["uncaught"]
        fb.call("gc_register", [Sym("java.statics")], returns=False)
        # The lowest address a method's frame may start at (stack_check); 0 until now, as nothing recurses.
        # The margin is STACK_MARGIN words, or a quarter of the stack in a small store.
        limit = fb.heap_info("heaplimit")
        quarter = fb.binary("div", fb.sub(fl.roots, limit), 4)
        small = fb.binary("lt", quarter, STACK_MARGIN)  # margin = small ? quarter : STACK_MARGIN
        margin = fb.add(STACK_MARGIN, fb.mul(small, fb.sub(quarter, STACK_MARGIN)))
        fb.store(Sym("java.stack_floor"), fb.add(limit, margin))
        # The classes whose initialisation cannot be seen, enums first (their constants are what other
        # classes' static initialisers most often use); then main's class, as java initialises it.
        for c in sorted(users, key=lambda c: not c.enum):
            if not c.lazy_init:
                fl.call_method(f"{c.name}.clinit", [])
            for f in c.fields.values():
                init = f.decl.init if f.decl is not None else None
                if c.lazy_init and f.static and constant_variable(f) and init is not None:
                    fl.store_static(f, fl.init_value(init, f.ty))
        self.current_class = None
        if main.owner.lazy_init:  # java's launcher loads main's class (Class.forName) before main
            fb.call(f"{main.owner.name}.init", [], returns=False)
            loading, loaded = fb.new_block("loading"), fb.new_block("loaded")
            fb.branch(fb.load(Sym("exc_pending")), loading, loaded)
            fb.set_block(loading)
            self.main_class_failed(fl)
            fb.set_block(loaded)
        args = fl.new_array("String", [Const(0)])
        fl.call_method(main.ir_name, [args])
        fb.store(fl.ret_slot, 0)
        fb.jump(fl.exit)
        fb.set_block("uncaught")
        e = fb.call("exc_take", [])
        assert e is not None
        h = fl.hold(e, True)
        vt = fb.load(e, 0)
        code = fb.load(vt, VT_HEADER + self.tostring_index)
        text = fb.call(code, [e])
        assert text is not None
        fb.call("java_uncaught", [fl.fetch(h), text], returns=False)
        self.print_suppressed(fl, h)
        self.print_causes(fl, h, Const(0), 1)
        fb.call("exc_uncaught", [], returns=False)
        fb.store(fl.ret_slot, 0)
        fb.jump(fl.exit)
        fl.finish()

    def main_class_failed(self, fl: FunctionLowering) -> None:
        """main's class failed to initialise: what java's source launcher prints, the error (an
        ExceptionInInitializerError, or the Error thrown) with the frames of Class.forName that loaded
        the class, then its cause, whose frames below its class's <clinit> are those (`... 5 more`)."""
        fb = fl.fb
        h = fl.hold(fb.call("exc_take", []) or Const(0), True)
        e = fl.fetch(h)
        text = fb.call(fb.load(fb.load(e, 0), VT_HEADER + self.tostring_index), [e]) or Const(0)
        fb.call("java_uncaught", [fl.fetch(h), text], returns=False)
        frames = "".join(f"\tat {f}\n" for f in LOADER_FRAMES)
        fb.call("str_print", [self.string(frames)], returns=False)
        at = self.classes["Throwable"].fields["cause"].index
        named, done = fb.new_block("cause"), fb.new_block("printed")
        fb.branch(self.cause_of(fb, fl.fetch(h)), named, done)
        fb.set_block(named)
        c = self.cause_of(fb, fl.fetch(h))
        text = fb.call(fb.load(fb.load(c, 0), VT_HEADER + self.tostring_index), [c]) or Const(0)
        kept = fl.hold(text, True)
        fb.call("str_print", [self.string("Caused by: ")], returns=False)
        fb.call("str_print", [fl.fetch(kept)], returns=False)
        fb.call("putchar", [Const(10)], returns=False)
        fb.call("java_trace_print", [fb.load(fb.load(fl.fetch(h), at), 2), Const(0), Const(1)], returns=False)
        fb.call("str_print", [self.string(f"\t... {len(LOADER_FRAMES)} more\n")], returns=False)
        fb.jump(done)
        fb.set_block(done)
        fb.call("exc_uncaught", [], returns=False)
        fb.store(fl.ret_slot, 0)
        fb.jump(fl.exit)


def lower(unit: A.CompilationUnit, diags: DiagnosticBag) -> Module:
    return Lowering(unit, diags).lower()
