"""Lowering: the checked Python tree to the shared IR, over the Python runtime (compilers/runtime/py).

Values are words (README.md): an int n is the odd word 2n+1, None/False/True are 0/2/4, everything else
the even address of a heap object. Integer + - and comparisons are done inline when both operands are
ints (so an overflow past the Engine's 50 digits traps on the program's own line); everything else calls
a runtime routine. A routine that raises sets @py_exc and returns; the code checks @py_exc after each
call that can raise and branches to the innermost handler, which is a try statement's dispatch or the
function's unwinding (which notes the line for the traceback and returns to the caller, who checks).

Each Python function becomes an IR function `(%fn, %argv)`: the function object (for its closure cells)
and the address of its arguments, one word each, already bound to the parameters (the runtime's py_call
does the binding of defaults, keywords and *args when a call needs it). Locals are temps; a local that
an inner function captures lives in a cell object. Module-level names are globals `@g.<name>`.
"""

from __future__ import annotations

import hashlib
import operator
import re
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.python import ast as A
from compilers.frontends.python.check import (
    EXCEPTION_CLASSES,
    EXIT_BUILTINS,
    MATH_CONSTANTS,
    MATH_FLOAT_IDS,
    RUNTIME_C_TEXT,
    STRING_CONSTANTS,
    SUPPORTED_BUILTINS,
)
from compilers.frontends.python.suggestions import (
    BUILTIN_NAMES,
    MODULE_DIRS,
    MODULE_DUNDERS,
    attribute_hints,
    ranked,
    suggestion,
)
from compilers.ir import FunctionBuilder, Module, ModuleBuilder
from compilers.ir.nodes import Call as CallInstr
from compilers.ir.nodes import Const, DataItem, Operand, Slot, SlotRef, Sym, Temp
from compilers.ir.nodes import Store as StoreInstr

NONE, FALSE, TRUE, STOP, UNBOUND = 0, 2, 4, 6, 8
FLOAT_BUILTINS = frozenset({"float", "round", "pow", "format"})  # the built-ins that can make a float
# The special methods a built-in container has as attributes (pyrt.c's py_special_attr_code binds them to
# it), and the other attributes that code gives: a program that writes none of these names does not link it.
CONTAINER_METHODS = frozenset({"__len__", "__getitem__", "__contains__"})
SPECIAL_ATTRIBUTES = CONTAINER_METHODS | {"__mro__", "__bases__"}
# The built-ins that consume an iterable argument and keep no reference to it (consuming_call).
CONSUMERS = frozenset({"any", "all", "next", "list", "tuple", "set", "frozenset", "dict", "sorted", "sum",
                       "min", "max"})  # fmt: skip
# A call marks which of its argument words hold values made for it (giving_call) only below this many: a
# bit a word in one machine word, shifted up a word or two by a bound method's object (pyrt.c).
MARKED_ARGUMENTS = 60
# math's functions as values: builtin ids past pyrt.c's MATH_IDS (an MF_ id) and MATH_INT_IDS (the place
# in MATH_INT_NAMES, from 1)
MATH_IDS, MATH_INT_IDS = (
    int(re.findall(rf"^#define {name} (\d+)", RUNTIME_C_TEXT, re.MULTILINE)[0])
    for name in ("MATH_IDS", "MATH_INT_IDS")
)
MATH_INT_NAMES = re.findall(r'^#define MATH_INT_NAMES "([^"]*)"', RUNTIME_C_TEXT, re.MULTILINE)[0].split()
MORE_BUILTINS = frozenset({"pow", "divmod", "hex", "bin", "oct"})  # as values: pyrt.c's py_more_builtins_code
# The exception classes the runtime makes only when a program names one (`py_make_class(OD_<name>)`).
MADE_ON_DEMAND = {
    m.group(1): int(m.group(2)) for m in re.finditer(r"^#define OD_(\w+) (\d+)", RUNTIME_C_TEXT, re.MULTILINE)
}
# The tags of the objects pyrt.c's py_singleton makes, each the one object of its type.
SINGLETON_TAGS = {
    name: int(re.search(rf"^#define {tag} (\d+)", RUNTIME_C_TEXT, re.MULTILINE).group(1))  # type: ignore[union-attr]
    for name, tag in (("Ellipsis", "T_ELLIPSIS"), ("NotImplemented", "T_NOTIMPL"))
}
# The runtime's type tags (T_... in pyrt.c) of each kind of value that a method's comment names.
METHOD_TYPE_TAGS = {"str": (1,), "list": (2,), "dict": (4,), "set": (5,), "generator": (17,), "float": (19,),
                    "int": (20, 22)}  # fmt: skip
FLOAT_FORMATS = "eEgGfF%"  # a format specification or %-format with one of these may format a float
GUARD = "py_guard"  # the program's first global: addresses 0..9 are never an object's
RUNTIME_C = Path(__file__).resolve().parents[2] / "runtime" / "py" / "pyrt.c"
BINOP_CODES = {"+": "+", "-": "-", "*": "*", "/": "/", "//": "F", "%": "%", "**": "P", "&": "&", "|": "|",
               "^": "^", "<<": "L", ">>": "R", "@": "M"}  # fmt: skip
COMPARE_ROUTINES = {"==": "py_eq", "!=": "py_ne", "<": "py_lt", "<=": "py_le", ">": "py_gt", ">=": "py_ge"}
INLINE_COMPARE = {"==": "eq", "!=": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge"}


# The routine holding each built-in type's methods and the pointer (pyrt.c) through which it is called: a
# program links a type's methods only when it writes one of their names.
METHOD_FAMILIES = {
    "str": ("py_str_methods", "py_str_method"),
    "list": ("py_list_methods", "py_list_method"),
    "dict": ("py_dict_methods", "py_dict_method"),
    "set": ("py_set_methods", "py_set_method"),
}


@cache
def runtime_ids() -> tuple[dict[str, int], dict[str, int], dict[str, frozenset[str]]]:
    """What the runtime's C source defines: the built-in function ids (B_...), the method ids (M_...), and
    the types that have each method (the comment after its id)."""
    text = RUNTIME_C.read_text(encoding="utf-8")
    builtins = {
        m.group(1): int(m.group(2)) for m in re.finditer(r"^#define B_(\w+) (\d+)", text, re.MULTILINE)
    }
    methods: dict[str, int] = {}
    types: dict[str, frozenset[str]] = {}
    for m in re.finditer(r"^#define M_(\w+) (\d+) /\* ([a-z ]+) \*/", text, re.MULTILINE):
        methods[m.group(1)] = int(m.group(2))
        types[m.group(1)] = frozenset(m.group(3).split())
    return builtins, methods, types


def pyint(n: int) -> Const:
    return Const(2 * n + 1)


@dataclass
class LoopContext:
    break_label: str
    continue_label: str
    finally_depth: int  # len(finally_stack) when the loop began
    break_depth: int = -1  # where a break's finally bodies stop (below finally_depth: the loop's own drop)


@dataclass
class FinallyContext:
    body: list[A.Stmt]
    # a handler's body (or a finally run for an exception) instead: leaving it sets the runtime's
    # py_handling, the exception being handled, back to this temp (and word of a generator's frame)
    handling: tuple[Temp, int | None] | None = None
    # code to run instead of a body: a loop dropping the iterator it made (FunctionLowering.drop)
    action: Callable[[], None] | None = None


class ModuleLowering:
    def __init__(self, diags: DiagnosticBag, filename: str) -> None:
        self.diags = diags
        self.filename = filename
        self.mb = ModuleBuilder()
        self.mb.global_(GUARD, [0], size=10)
        self.strings: dict[str, Sym] = {}
        self.string_inits: list[tuple[Sym, Sym]] = []
        self.floats: dict[int, Sym] = {}  # the global holding each float constant's object, by its bits
        # Whether a float can arise (a literal, '/', '**', float, round, pow): the program's start then
        # gives the runtime float64's formatting routine, which printing a float needs.
        self.uses_floats = False
        self.globals: set[str] = set()
        # Names are made from what they name, not from their order in the module, so that a function of
        # the same text in another program (or the program edited elsewhere) lowers to the same IR, the key
        # of what a process keeps of each function it has compiled (compilers/backend/routines.py):
        # a function's or a class's is numbered among those of its own name only, and a constant string's
        # global is named by its text (content_name).
        self.counters: dict[str, int] = {}
        self.content_names: dict[str, str] = {}  # name -> the text it was made from
        self.cstrings: dict[str, Sym] = {}  # the 0-terminated strings (FunctionLowering.cstr)
        self.builtin_ids, self.method_ids, self.method_types = runtime_ids()
        self.module_scope = A.Scope("module", "<module>")
        # Which optional parts of the runtime the program needs (see py_instance_code in pyrt.c).
        self.features: set[str] = set()
        self.method_names: set[str] = set()  # every name called as a method or read as an attribute method
        self.methods_global: Sym | None = None  # method_table's
        self.imports: dict[str, str] = {}  # A.Module.imports
        self.exit_raises = False  # A.Module.exit_raises: sys.exit raises SystemExit
        # A.Module.closing: some generator's closing runs code, so the value of an expression that nothing
        # else refers to (a loop's iterable, a consumer's argument) is dropped when CPython drops it, and
        # the generators suspended in the module's names are closed at the end
        self.closing = False
        self.throws = False  # A.Module.throws: a generator may have an exception thrown in at a yield
        # Whether the program can raise SystemExit (names it, or sys.exit raises it): the module's unwinding
        # then ends the program with the status of one uncaught.
        self.system_exit = False
        # The first display of each set constant (its items' values and types): set_literal.
        self.set_literals: dict[frozenset[object], A.SetExpr] = {}

    def fresh(self, hint: str) -> str:
        count = self.counters[hint] = self.counters.get(hint, 0) + 1
        return f"{hint}.{count}"

    def content_name(self, text: str) -> str:
        """A name for globals holding `text`: hex digits of its hash (no name made here holds `.U` and a
        hex digit: isel.mangle), longer in the unlikely case that another text of the module has it."""
        digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        size = 10
        while self.content_names.setdefault(digest[:size], text) != text:
            size += 2
        return digest[:size]

    def string(self, text: str) -> Sym:
        """The global holding the interned str object of a constant (made when the program starts)."""
        found = self.strings.get(text)
        if found is None:
            name = self.content_name(text)
            text_sym = self.mb.global_(f"ks.{name}", [text], const=True)
            found = self.mb.global_(f"k.{name}", [0])
            self.strings[text] = found
            self.string_inits.append((found, text_sym))
        return found

    def cstring(self, text: str) -> Sym:
        """The global holding a constant as a 0-terminated string (a name or a message for the runtime)."""
        found = self.cstrings.get(text)
        if found is None:
            found = self.cstrings[text] = self.mb.global_(f"cs.{self.content_name(text)}", [text], const=True)
        return found

    def method_tags(self, name: str) -> int:
        """The tags of the built-in types that have the method (a bit for each)."""
        tags = {tag for kind in self.method_types[name] for tag in METHOD_TYPE_TAGS[kind]}
        if name in ("index", "count"):  # the list's, which tuples and ranges have too
            tags |= {3, 6}
        return sum(1 << tag for tag in tags)

    def method_table(self) -> Sym:
        """`[count, name, id, tags, ...]` of every method of the built-in types, for getattr and hasattr
        of a name the program computes (pyrt.c's py_method_entry); a program that has one links them all."""
        if self.methods_global is None:
            self.features.add("py_method_code")
            items: list[DataItem] = [len(self.method_ids)]
            for name, mid in sorted(self.method_ids.items()):
                self.method_names.add(name)
                items += [self.cstring(name), mid, self.method_tags(name)]
            self.methods_global = self.mb.global_("py_method_table", items, const=True)
        return self.methods_global

    def attribute_hint_table(self, module: A.Module) -> Sym | None:
        """The table of what an AttributeError for each attribute name the program reads may suggest
        (suggestions.attribute_hints, pyrt.c's py_attr_hint), or None when no name has a suggestion."""
        attributes: set[str] = set()
        class_names: set[str] = set()
        stack: list[object] = [module.body]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
                continue
            if not isinstance(node, A.Node):
                continue
            if isinstance(node, A.Attribute):
                attributes.add(node.attr)
            elif (  # getattr(obj, "name"), setattr(obj, "name", value), hasattr(obj, "name")
                isinstance(node, A.Call)
                and isinstance(node.func, A.Name)
                and node.func.id in ("getattr", "setattr", "hasattr")
                and len(node.args) > 1
                and isinstance(node.args[1], A.Const)
                and isinstance(node.args[1].value, str)
            ):
                attributes.add(node.args[1].value)
            elif isinstance(node, A.ClassDef) and node.scope is not None:
                class_names.update(node.scope.locals)
            stack.extend(getattr(node, name) for name in A.child_fields(type(node)))
        items: list[DataItem] = []
        for name, pairs, candidates in attribute_hints(attributes, attributes | class_names):
            items += [self.cstring(name), len(pairs)]
            for type_name, near in pairs:
                items += [self.cstring(type_name), self.cstring(near)]
            items.append(len(candidates))
            for candidate, kind in candidates:
                items += [self.cstring(candidate), kind]
        if not items:
            return None
        return self.mb.global_("py_attr_hint_table", [*items, 0], const=True)

    def float_const(self, text: str) -> Sym:
        """The global holding the float object of a literal (made when the program starts)."""
        bits = int.from_bytes(struct.pack("<d", float(text.replace("_", ""))), "little")
        self.uses_floats = True
        found = self.floats.get(bits)
        if found is None:
            found = self.mb.global_(f"kf.{bits:x}", [0])  # named by its value, as a string is
            self.floats[bits] = found
        return found

    def global_var(self, name: str) -> Sym:
        sym = f"g.{name}"
        if name not in self.globals:
            self.globals.add(name)
            self.mb.global_(sym, [UNBOUND])
        return Sym(sym)


@dataclass
class ScopeFrame:
    scope: A.Scope
    vars: dict[str, Temp] = field(default_factory=dict)  # locals (or their cells) of this scope
    class_obj: Temp | None = None  # for a class body: the class under construction


class FunctionLowering:
    def __init__(
        self,
        module: ModuleLowering,
        fb: FunctionBuilder,
        scope: A.Scope,
        name: str,
        is_main: bool,
        class_sym: Sym | None = None,
    ) -> None:
        self.m = module
        self.fb = fb
        self.name = name
        self.is_main = is_main
        self.frames: list[ScopeFrame] = [ScopeFrame(scope)]
        self.loops: list[LoopContext] = []
        self.finally_stack: list[FinallyContext] = []
        self.tbline = fb.new_temp("tbline")
        self.unwind = fb.new_block("unwind")
        self.handler = self.unwind
        self.trampolines: dict[tuple[str, int], str] = {}
        self.argv_slot: Slot | None = None
        self.handled_exc: list[tuple[Temp, int | None]] = []  # the handled exception, its frame word
        self.class_sym = class_sym  # the hidden global holding the class of a method (for super())
        self.self_temp: Temp | None = None
        # Names certainly bound at this point of the code (assigned on every path to it): reading one needs
        # no "unbound" test. Locals of the function, or the module's names in the module's own code.
        self.definite: set[str] = set()
        # A generator's code: its object, its frame (where its locals live, word per name, so that they
        # outlast a yield), the frame's size, and the labels where it resumes after each yield.
        self.gen: Temp | None = None
        self.gen_frame: Temp | None = None
        self.frame_index: dict[str, int] = {}
        self.frame_size = 0
        self.resume_points: list[str] = []
        # The module's names that shadow a built-in and are being lowered for the case that the global is
        # not bound yet, where CPython's lookup finds the built-in (shadowed_builtin_call).
        self.unbound_globals: set[str] = set()
        self.bound_globals: set[str] = set()  # and for the case that it is
        # The arguments of a consuming built-in's call whose values are dropped after it (consuming_call):
        # the expression (by id) and the temp its value is copied to.
        self.captures: dict[int, Temp] = {}
        # The names (locals of a function, or the module's) whose every use leaves their value referred to
        # by them alone (owned_names): each name's value when a call made it, and the serial mark taken
        # before that call, dropped when the name is bound again, deleted, or the function ends.
        self.owned: dict[str, tuple[Temp, Temp]] = {}

    # ---- small helpers ----

    @property
    def line(self) -> int:
        return self.fb.line or 1

    def argv(self, size: int) -> SlotRef:
        if self.argv_slot is None:
            self.fb.slot("argv", max(size, 1))
            self.argv_slot = self.fb.function.slots[-1]
        self.argv_slot.size = max(self.argv_slot.size, size, 1)
        return SlotRef(self.argv_slot.name)

    def exc_target(self) -> str:
        key = (self.handler, self.line)
        label = self.trampolines.get(key)
        if label is None:
            label = self.fb.new_block("exc")
            self.trampolines[key] = label
        return label

    def check(self) -> None:
        """Branch to the current handler when the call just made raised."""
        pending = self.fb.load(Sym("py_exc"))
        cont = self.fb.new_block("ok")
        self.fb.branch(pending, self.exc_target(), cont)
        self.fb.set_block(cont)

    def call(self, routine: str, args: Sequence[Operand | int], can_raise: bool = True) -> Temp:
        result = self.fb.call(routine, list(args))
        assert result is not None
        if can_raise:
            self.check()
        return result

    def call_void(self, routine: str, args: Sequence[Operand | int]) -> None:
        self.fb.call(routine, list(args), returns=False)

    def raise_now(self) -> None:
        """An exception was just set: go to the handler."""
        self.fb.jump(self.exc_target())
        self.fb.set_block(self.fb.new_block("after_raise"))

    def cstr(self, text: str) -> Sym:
        return self.m.cstring(text)

    def const_str(self, text: str) -> Temp:
        return self.fb.load(self.m.string(text))

    def finish(self) -> None:
        fb = self.fb
        if not fb.is_terminated:
            if self.is_main:
                self.shutdown()
                fb.halt()
            elif self.gen is not None:
                fb.store(self.gen, -1, 2)
                fb.ret(STOP)
            else:
                self.drop_owned()
                fb.ret(NONE)
        for (handler, line), label in self.trampolines.items():
            fb.set_block(label)
            fb.set_line(line)
            fb.copy(line, self.tbline)
            fb.jump(handler)
        fb.set_block(self.unwind)
        if not self.trampolines:
            fb.ret(0)  # nothing in the function can raise: the unwinding is never reached
        elif self.is_main:
            if self.m.system_exit:  # an uncaught SystemExit ends the program with its status
                value = self.call("py_exit_value", [fb.load(Sym("py_exc"))], can_raise=False)
                ends, other = fb.new_block("system_exit"), fb.new_block("uncaught")
                fb.branch(fb.binary("ne", value, UNBOUND), ends, other)
                fb.set_block(ends)
                self.shutdown()
                self.call_void("py_sys_exit", [value])
                fb.set_block(other)
            self.call_void("py_tb_add", [self.tbline, self.const_str(self.frame_name())])
            self.shutdown()  # the module's generators are closed, keeping the exception, before it is shown
            self.call_void("py_uncaught", [self.cstr(self.m.filename)])
            fb.trap(4)
        else:
            # (the owned names' values stay: the exception's traceback holds the frame, and them, for as
            # long as the exception lives, which the program's end finds out)
            self.call_void("py_tb_add", [self.tbline, self.const_str(self.frame_name())])
            fb.ret(0)
        fb.finish()

    def drop_owned(self) -> None:
        """A function ends: the values its owned names hold are dropped, in the order of its locals."""
        if not self.is_main:
            for value, mark in self.owned.values():
                self.call_void("py_drop", [value, mark])

    def shutdown(self) -> None:
        """The program's end where some generator's closing runs code: each suspended generator that a
        module's name refers to closed, in the order they were made, as CPython's shutdown finalizes them;
        then a
        report, if one is suspended still that CPython would have closed at a moment not known here."""
        if not self.m.closing:
            return
        fb = self.fb
        names = self.m.module_scope.locals
        slot = self.argv(len(names))
        for i, name in enumerate(names):
            fb.store(slot, fb.load(self.m.global_var(name)), i)
        self.call_void("py_gen_shutdown", [slot, len(names)])
        stop, end = fb.new_block("unclosed"), fb.new_block("end")
        fb.branch(self.call("py_gen_end", [], can_raise=False), stop, end)
        fb.set_block(stop)
        fb.trap(4)
        fb.set_block(end)

    def frame_name(self) -> str:
        """The function's name in a traceback."""
        return "<module>" if self.is_main else self.name

    def kept(self, value: Operand, hint: str) -> tuple[Temp, int | None]:
        """A loop's state (an iterator, a counter): a temp, and in a generator also a word of its frame,
        since a yield in the loop's body returns from the code and the temps are lost."""
        temp = self.fb.copy(value)
        if self.gen_frame is None:
            return temp, None
        index = self.frame_size
        self.frame_size += 1
        self.fb.store(self.gen_frame, temp, index)
        return temp, index

    def reload(self, temp: Temp, index: int | None) -> None:
        if index is not None:
            assert self.gen_frame is not None
            self.fb.load(self.gen_frame, index, temp)

    def save(self, temp: Temp, index: int | None) -> None:
        if index is not None:
            assert self.gen_frame is not None
            self.fb.store(self.gen_frame, temp, index)

    def yield_stmt(self, e: A.Yield, used: bool) -> Operand:
        """A yield, or a `yield from`: its value (when `used`) is what send() passed in (None after
        next()), or the subiterator's return value."""
        if e.delegate:
            assert e.value is not None
            return self.yield_from(e.value)
        self.yield_value(Const(NONE) if e.value is None else self.expr(e.value))
        assert self.gen is not None
        return self.fb.load(self.gen, 5) if used else Const(NONE)

    def yield_value(self, value: Operand, thrown: Callable[[], None] | None = None) -> None:
        fb = self.fb
        assert self.gen is not None
        resume = fb.new_block("resume")
        self.resume_points.append(resume)
        fb.store(self.gen, len(self.resume_points), 2)
        fb.ret(value)
        fb.set_block(resume)
        if thrown is not None:
            pending = fb.load(Sym("py_exc"))
            thrown_block, cont = fb.new_block("thrown"), fb.new_block("resumed")
            fb.branch(pending, thrown_block, cont)
            fb.set_block(thrown_block)
            thrown()
            fb.set_block(cont)
        if self.m.closing or self.m.throws:  # close() and throw() resume it with the exception to raise here
            self.check()

    def yield_from(self, source: A.Expr) -> Operand:
        """PEP 380's delegation: each item of the subiterator yielded, what the generator is sent passed
        on to it (next() for None), until it is exhausted; the value is a subgenerator's return value."""
        fb = self.fb
        assert self.gen is not None
        it, index = self.kept(self.call("py_iter", [self.expr(source)]), "yield_from")
        sent = fb.copy(Const(NONE))
        step, give, done = (fb.new_block(f"yield_from{part}") for part in ("", "_give", "_done"))
        fb.jump(step)
        fb.set_block(step)
        self.reload(it, index)
        item = self.call("py_yield_from_step", [it, sent])
        fb.branch(fb.binary("eq", item, STOP), done, give)
        fb.set_block(give)

        def thrown() -> None:
            # closed, CPython closes the subgenerator first; another exception thrown in is thrown into it:
            # what it yields then is yielded, its return ends the delegation, what it raises goes on
            self.reload(it, index)
            result = self.call("py_yield_from_throw", [it])
            again = fb.new_block("yield_from_again")
            fb.branch(fb.binary("eq", result, STOP), done, again)
            fb.set_block(again)
            fb.copy(result, item)
            fb.jump(give)

        self.yield_value(item, thrown)
        fb.load(self.gen, 5, sent)
        fb.jump(step)
        fb.set_block(done)
        return self.call("py_yield_from_value", [it], can_raise=False)

    def bool_of(self, cond: Operand) -> Temp:
        """A 0/1 word to False/True."""
        doubled = self.fb.binary("mul", cond, 2)
        return self.fb.binary("add", doubled, 2)

    # ---- names ----

    def resolve(self, name: str) -> tuple[str, Temp | Sym | None]:
        """Where a name lives: ("local", temp), ("cell", temp), ("global", sym), ("class", None), or
        ("builtin", None) / ("undefined", None)."""
        for frame in reversed(self.frames):
            scope = frame.scope
            if scope.kind == "class":
                if frame is self.frames[-1] and name in scope.locals:
                    return ("class", None)
                continue
            if scope.kind == "module":
                break
            if name in scope.globals:
                break
            if frame is self.frames[0] and name in self.frame_index:
                return ("frame", None)
            if name in frame.vars:
                kind = "cell" if (name in scope.cells or name in scope.frees) else "local"
                return (kind, frame.vars[name])
            if scope.kind != "comprehension":
                break
        module_scope = self.m_scope()
        if name in module_scope.locals and name not in self.unbound_globals:
            return ("global", self.m.global_var(name))
        if name in SUPPORTED_BUILTINS:
            return ("builtin", None)
        return ("undefined", None)

    def m_scope(self) -> A.Scope:
        return self.m.module_scope

    def load_name(self, name: str, span: Span | None = None) -> Operand:
        kind, where = self.resolve(name)
        fb = self.fb
        if kind == "frame":
            assert self.gen_frame is not None
            value = fb.load(self.gen_frame, self.frame_index[name])
            if name not in self.definite:
                self.check_bound(value, "py_unbound_error", name)
            return value
        if kind == "local":
            assert isinstance(where, Temp)
            value = where
            comprehension = self.frame_of(name) is not self.frames[0].scope  # bound before any read
            if not self.is_param(name) and not comprehension and name not in self.definite:
                self.check_bound(value, "py_unbound_error", name)
            return value
        if kind == "cell":
            assert isinstance(where, Temp)
            value = fb.load(where, 1)
            frame_scope = self.frame_of(name)
            free = frame_scope is not None and name in frame_scope.frees
            self.check_bound(value, "py_free_error" if free else "py_unbound_error", name)
            return value
        if kind == "global":
            assert isinstance(where, Sym)
            value = fb.load(where)
            if self.is_main and name in self.definite:
                return value
            if self.builtin_as_value(name) and name not in self.bound_globals:
                # `sum = 0` later in the module: the built-in until then
                result = fb.copy(value)
                builtin, bound = fb.new_block("builtin"), fb.new_block("bound")
                fb.branch(fb.binary("eq", value, UNBOUND), builtin, bound)
                fb.set_block(builtin)
                if name in FLOAT_BUILTINS:
                    self.m.uses_floats = True
                fb.copy(self.builtin_value(name, span), result)
                fb.set_block(bound)
                return result
            self.check_bound(value, "py_name_error", name)
            return value
        if kind == "class":
            frame = self.frames[-1]
            assert frame.class_obj is not None
            return self.call("py_getattr", [frame.class_obj, self.const_str(name)])
        if kind == "builtin":
            if name in FLOAT_BUILTINS:
                self.m.uses_floats = True
            return self.builtin_value(name, span)
        if name == "__name__":  # the module's name, which the program never binds: it runs as __main__
            return self.const_str("__main__")
        self.name_error(name)
        self.raise_now()
        return Const(NONE)

    def name_error(self, name: str) -> None:
        """Raise CPython's NameError for `name`, with the name an uncaught one's last line suggests
        (suggestions.py): this code's nearest local, else the nearest global bound now, else built-in."""
        fb = self.fb
        scope = self.frames[-1].scope
        if scope.kind in ("function", "lambda"):
            varnames = [n for n in scope.locals if n in self.params or n not in scope.cells]
        else:  # a comprehension's own variables; a module's or class body's code has none
            varnames = list(scope.locals) if scope.kind == "comprehension" else []
        hint = fb.copy(Const(0))
        local = suggestion(name, varnames)
        if local is not None:
            fb.copy(self.const_str(local), hint)
        else:
            done = fb.new_block("hinted")
            for near in ranked(name, [*MODULE_DUNDERS, *self.m_scope().locals]):
                if near in MODULE_DUNDERS:
                    fb.copy(self.const_str(near), hint)
                    break
                bound, unbound = fb.new_block("near_bound"), fb.new_block("near_unbound")
                fb.branch(fb.binary("ne", fb.load(self.m.global_var(near)), UNBOUND), bound, unbound)
                fb.set_block(bound)
                fb.copy(self.const_str(near), hint)
                fb.jump(done)
                fb.set_block(unbound)
            else:
                builtin = suggestion(name, BUILTIN_NAMES)
                if builtin is not None:
                    fb.copy(self.const_str(builtin), hint)
            fb.jump(done)
            fb.set_block(done)
        self.call_void("py_name_error", [self.cstr(name), hint])

    def frame_of(self, name: str) -> A.Scope | None:
        for frame in reversed(self.frames):
            if name in frame.vars:
                return frame.scope
        return None

    def is_param(self, name: str) -> bool:
        """Parameters are bound on entry: reading one needs no check."""
        return name in self.params and self.frame_of(name) is self.frames[0].scope

    params: frozenset[str] = frozenset()

    def check_bound(self, value: Operand, routine: str, name: str) -> None:
        fb = self.fb
        unbound = fb.binary("eq", value, UNBOUND)
        bad = fb.new_block("unbound")
        good = fb.new_block("bound")
        fb.branch(unbound, bad, good)
        fb.set_block(bad)
        if routine == "py_name_error":
            self.name_error(name)  # with the name CPython's traceback suggests
        else:
            self.call_void(routine, [self.cstr(name)])
        fb.jump(self.exc_target())
        fb.set_block(good)

    def store_name(self, name: str, value: Operand) -> None:
        kind, where = self.resolve(name)
        fb = self.fb
        if kind == "frame":
            assert self.gen_frame is not None
            fb.store(self.gen_frame, value, self.frame_index[name])
            self.definite.add(name)
        elif kind == "local":
            assert isinstance(where, Temp)
            fb.copy(value, where)
            self.definite.add(name)
        elif kind == "cell":
            assert isinstance(where, Temp)
            fb.store(where, value, 1)
        elif kind == "global":
            assert isinstance(where, Sym)
            fb.store(where, value)
            if self.is_main and len(self.frames) == 1:
                self.definite.add(name)
        elif kind == "class":
            frame = self.frames[-1]
            assert frame.class_obj is not None
            self.call("py_cls_attr_set", [frame.class_obj, self.const_str(name), value], can_raise=False)
        else:
            # a module-level name bound only through `global` in functions
            fb.store(self.m.global_var(name), value)

    def builtin_as_value(self, name: str) -> bool:
        """Whether the built-in `name` can be a value here (builtin_value gives it without a diagnostic)."""
        special = ("object", "Ellipsis", "NotImplemented")
        return name in SUPPORTED_BUILTINS and (
            name in EXCEPTION_CLASSES or name in special or name in self.m.builtin_ids
        )

    def unbound_builtin(self, kind: str, name: str) -> bool:
        """Whether a module's name that shadows a built-in may be called before it is bound here."""
        return (
            kind == "global"
            and name not in self.bound_globals
            and not (self.is_main and name in self.definite)
        )

    def shadowed_builtin_call(self, e: A.Call, name: str) -> Operand:
        """A call of a module's name that shadows a built-in (`sum = 0` somewhere in the module) from code
        that may run before it is bound: the built-in's call while the global is unbound, as CPython's
        lookup finds the built-in then, else the global's."""
        fb = self.fb
        value = fb.load(self.m.global_var(name))
        result = fb.new_temp("called")
        builtin, bound = fb.new_block("builtin_call"), fb.new_block("global_call")
        done = fb.new_block("called")
        fb.branch(fb.binary("eq", value, UNBOUND), builtin, bound)
        before = set(self.definite)
        for label, names in ((builtin, self.unbound_globals), (bound, self.bound_globals)):
            fb.set_block(label)
            self.definite = set(before)
            names.add(name)
            fb.copy(self.call_expr(e), result)
            names.discard(name)
            fb.jump(done)
        self.definite = before
        fb.set_block(done)
        return result

    def builtin_value(self, name: str, span: Span | None = None) -> Operand:
        if name in SINGLETON_TAGS:
            return self.call("py_singleton", [SINGLETON_TAGS[name]], can_raise=False)
        if name in EXCEPTION_CLASSES or name == "object":
            self.m.features.add("py_instance_code")
            if name in MADE_ON_DEMAND:
                self.m.system_exit |= name == "SystemExit"
                return self.call("py_make_class", [MADE_ON_DEMAND[name]], can_raise=False)
            return self.fb.load(Sym(f"py_cls_{name}"))
        self.m.features.add("py_builtin_code")
        if name in MORE_BUILTINS:
            self.m.features.add("py_more_builtins")
        ident = self.m.builtin_ids.get(name)
        if ident is None:
            self.m.diags.error(
                "unsupported",
                f"the built-in '{name}' can only be called here, not used as a value",
                span or self.span_here(),
            )
            return Const(NONE)
        return self.call("py_builtin", [ident], can_raise=False)

    def named_method(self, name: A.Expr) -> tuple[int, Operand]:
        """For getattr's and hasattr's name: when it is a constant naming a method of the built-in types,
        its id and the tags of the types that have it (a bit for each), else (0, 0); for a name the
        program computes, -1 and the table of every method (`method_table`), which the runtime searches."""
        if not isinstance(name, A.Const) or not isinstance(name.value, str):
            return -1, self.m.method_table()
        self.special_attribute(name.value)
        mid = self.m.method_ids.get(name.value, 0)
        if mid == 0:
            return 0, Const(0)
        self.m.features.add("py_method_code")
        self.m.method_names.add(name.value)
        return mid, Const(self.m.method_tags(name.value))

    def special_attribute(self, name: str) -> None:
        """Link the runtime's code for the attribute names it gives specially (SPECIAL_ATTRIBUTES)."""
        if name in SPECIAL_ATTRIBUTES:
            self.m.features.add("py_special_attrs")
        if name in CONTAINER_METHODS:  # bound to a built-in container, they call built-in code
            self.m.features.update(("py_builtin_code", "py_more_builtins"))

    def span_here(self) -> Span:
        return Span.point(self.m.filename, self.line, 1)

    # ---- statements ----

    def block(self, body: list[A.Stmt]) -> None:
        for stmt in body:
            self.stmt(stmt)

    def stmt(self, s: A.Stmt) -> None:
        fb = self.fb
        fb.set_line(s.span.line)
        if isinstance(s, A.ExprStmt):
            if isinstance(s.value, A.Const):
                return  # a docstring
            if isinstance(s.value, A.Yield):
                self.yield_stmt(s.value, used=False)
                return
            self.expr(s.value)
        elif isinstance(s, A.Assign) and len(s.targets) == 1 and self.owns(s.targets[0]):
            self.assign_owned(s.targets[0], s.value)
        elif isinstance(s, A.Assign) and (pairs := _pairwise(s)) is not None:
            # `a, b = b, a`: each value is held in a temp of its own, then each target assigned in order,
            # as CPython's tuple would be made and unpacked (which cannot fail at its exact length)
            values = [fb.copy(self.expr(e)) for e in pairs[1]]
            for target, item in zip(pairs[0], values, strict=True):
                self.assign(target, item)
        elif isinstance(s, A.Assign):
            value: Operand
            if isinstance(s.value, A.Yield):
                value = self.yield_stmt(s.value, used=True)
            else:
                value = self.expr(s.value)
            if len(s.targets) > 1:
                value = fb.copy(value)
            for target in s.targets:
                self.assign(target, value)
        elif isinstance(s, A.AugAssign):
            self.aug_assign(s)
        elif isinstance(s, A.If):
            self.if_stmt(s)
        elif isinstance(s, A.While):
            self.while_stmt(s)
        elif isinstance(s, A.For):
            self.for_stmt(s)
        elif isinstance(s, A.Break):
            loop = self.loops[-1]
            self.run_finally_from(loop.finally_depth if loop.break_depth < 0 else loop.break_depth)
            fb.jump(loop.break_label)
            fb.set_block(fb.new_block("after_break"))
        elif isinstance(s, A.Continue):
            loop = self.loops[-1]
            self.run_finally_from(loop.finally_depth)
            fb.jump(loop.continue_label)
            fb.set_block(fb.new_block("after_continue"))
        elif isinstance(s, A.Pass):
            pass
        elif isinstance(s, A.Return):
            result: Operand = Const(NONE) if s.value is None else self.expr(s.value)
            if self.finally_stack:
                result = fb.copy(result)
                self.run_finally_from(0)
            if self.gen is not None:
                fb.store(self.gen, -1, 2)  # a generator's return ends it
                fb.store(self.gen, result, 5)  # the value of the StopIteration that next() raises
                fb.ret(STOP)
            else:
                self.drop_owned()
                fb.ret(result)
            fb.set_block(fb.new_block("after_return"))
        elif isinstance(s, A.FunctionDef):
            decorators = self.decorators(s.decorators)
            fn = self.make_function(s, s.params, s.name)
            self.store_name(s.name, self.decorate(decorators, fn))
        elif isinstance(s, A.ClassDef):
            self.class_def(s)
        elif isinstance(s, A.Match):
            self.match_stmt(s)
        elif isinstance(s, A.Try):
            self.try_stmt(s)
        elif isinstance(s, A.Raise):
            self.raise_stmt(s)
        elif isinstance(s, A.Assert):
            self.assert_stmt(s)
        elif isinstance(s, A.Import):
            # imports are resolved where their names are used (math.gcd(...), sys.stdin); but a name the
            # program binds too is a variable, which the statement assigns
            for name, member in s.assigned:
                target = A.Name(s.span, name)
                self.assign(target, self.member_value(member, target))
        elif isinstance(s, (A.Global, A.Nonlocal)):
            pass
        elif isinstance(s, A.Del):
            for target in s.targets:
                self.delete(target)
                if self.owns(target):
                    assert isinstance(target, A.Name)
                    owned, mark = self.owned[target.id]
                    old = fb.copy(owned)
                    fb.copy(Const(NONE), owned)
                    self.call_void("py_drop", [old, mark])
        else:
            raise NotImplementedError(type(s).__name__)

    def decorators(self, decorators: list[A.Expr]) -> list[tuple[int, Temp]]:
        """The decorators' values, top to bottom, made before the function or class they decorate (as
        CPython makes them), each with its line."""
        values: list[tuple[int, Temp]] = []
        for deco in decorators:
            self.fb.set_line(deco.span.line)
            values.append((deco.span.line, self.fb.copy(self.expr(deco))))
        return values

    def decorate(self, decorators: list[tuple[int, Temp]], value: Operand) -> Operand:
        """`@d1 @d2 def f` binds f to d1(d2(f)): the innermost decorator is called first."""
        for line, deco in reversed(decorators):
            self.fb.set_line(line)
            slot = self.argv(1)
            self.fb.store(slot, value, 0)
            value = self.call("py_call", [deco, slot, 1, 0])
        return value

    def match_stmt(self, s: A.Match) -> None:
        """The cases in order: the first whose pattern matches (and whose guard is true) runs. A pattern's
        names are bound when the whole of it has matched, before its guard, as CPython binds them."""
        fb = self.fb
        subject = fb.copy(self.expr(s.subject))
        done = fb.new_block("match_done")
        before = set(self.definite)
        for case in s.cases:
            fb.set_line(case.span.line)
            fail = fb.new_block("case_fail")
            binds: dict[str, Temp] = {}
            self.pattern(case.pattern, subject, fail, binds)
            for name, value in binds.items():
                self.store_name(name, value)
            if case.guard is not None:
                chosen = fb.new_block("case_guarded")
                self.cond(case.guard, chosen, fail)
                fb.set_block(chosen)
            self.block(case.body)
            fb.jump(done)
            fb.set_block(fail)
            self.definite = set(before)
        fb.jump(done)
        fb.set_block(done)
        self.definite = before

    def pattern(self, p: A.Pattern, subject: Operand, fail: str, binds: dict[str, Temp]) -> None:
        """Code that goes on when the subject matches the pattern and jumps to `fail` when it does not,
        putting what each name captures in its temp of `binds` (one temp a name, shared by alternatives)."""
        fb = self.fb

        def bind(name: str, value: Operand) -> None:
            if name in binds:
                fb.copy(value, binds[name])
            else:
                binds[name] = fb.copy(value)

        def require(raw: Operand) -> None:
            ok = fb.new_block("pattern_ok")
            fb.branch(raw, ok, fail)
            fb.set_block(ok)

        if isinstance(p, A.MatchValue):
            v = p.value
            if isinstance(v, A.Const) and (v.value is None or isinstance(v.value, bool)):
                require(fb.binary("eq", subject, self.expr(v)))  # None, True, False: `is`
            else:
                require(self.compare_raw("==", subject, self.expr(v)))
        elif isinstance(p, A.MatchAs):
            if p.pattern is not None:
                self.pattern(p.pattern, subject, fail, binds)
            if p.name is not None:
                bind(p.name, subject)
        elif isinstance(p, A.MatchOr):
            matched = fb.new_block("or_matched")
            for alternative in p.patterns:
                last = alternative is p.patterns[-1]
                other = fail if last else fb.new_block("or_next")
                self.pattern(alternative, subject, other, binds)
                fb.jump(matched)
                if not last:
                    fb.set_block(other)
            fb.set_block(matched)
        elif isinstance(p, A.MatchSequence):
            length = self.call("py_match_len", [subject], can_raise=False)
            star = next((i for i, item in enumerate(p.patterns) if isinstance(item, A.MatchStar)), None)
            fixed = len(p.patterns) - (star is not None)
            require(fb.binary("ge" if star is not None else "eq", length, fixed))
            require(fb.binary("ge", length, 0))
            for i, item in enumerate(p.patterns):
                if isinstance(item, A.MatchAs) and item.pattern is None and item.name is None:
                    continue  # `_` reads nothing
                if isinstance(item, A.MatchStar):
                    if item.name is not None:
                        after = len(p.patterns) - i - 1
                        bind(item.name, self.call("py_match_star", [subject, i, after]))
                    continue
                index = i if star is None or i < star else i - len(p.patterns)
                self.pattern(item, self.call("py_getitem", [subject, pyint(index)]), fail, binds)
        elif isinstance(p, A.MatchMapping):
            require(self.call("py_match_mapping", [subject], can_raise=False))
            keys = [fb.copy(self.expr(key)) for key in p.keys]
            for key, item in zip(keys, p.patterns, strict=True):
                value = self.call("py_match_get", [subject, key])
                require(fb.binary("ne", value, UNBOUND))
                self.pattern(item, value, fail, binds)
            if p.rest is not None:
                slot = self.argv(max(len(keys), 1))
                for i, key in enumerate(keys):
                    fb.store(slot, key, i)
                named = self.call("py_tuple_from", [slot, len(keys)], can_raise=False)
                bind(p.rest, self.call("py_match_rest", [subject, named], can_raise=False))
        elif isinstance(p, A.MatchClass):
            cls = fb.copy(self.expr(p.cls))
            require(self.call("py_match_class", [subject, cls]))
            if p.self_match and len(p.patterns) > 1:  # CPython's TypeError once the subject is one
                assert isinstance(p.cls, A.Name)
                message = f"{p.cls.id}() accepts 1 positional sub-pattern ({len(p.patterns)} given)"
                self.call_void("py_raise", [fb.load(Sym("py_cls_TypeError")), self.cstr(message)])
                self.raise_now()
            elif p.self_match and p.patterns:
                self.pattern(p.patterns[0], subject, fail, binds)
            else:
                for i, item in enumerate(p.patterns):
                    name = self.call("py_match_arg", [cls, i, len(p.patterns)])
                    self.attribute_pattern(item, subject, name, fail, binds)
            for kw, item in zip(p.kwd_names, p.kwd_patterns, strict=True):
                self.attribute_pattern(item, subject, self.const_str(kw), fail, binds)

    def attribute_pattern(
        self, p: A.Pattern, subject: Operand, name: Operand, fail: str, binds: dict[str, Temp]
    ) -> None:
        """A class pattern's sub-pattern, matched against the subject's attribute (which it must have)."""
        fb = self.fb
        value = self.call("py_match_attr", [subject, name])
        ok = fb.new_block("has_attribute")
        fb.branch(fb.binary("ne", value, UNBOUND), ok, fail)
        fb.set_block(ok)
        self.pattern(p, value, fail, binds)

    def run_finally_from(self, depth: int) -> None:
        """Leaving try statements by break/continue/return: their finally bodies run first (innermost
        first), each outside its own try."""
        saved = self.finally_stack
        saved_handler = self.handler
        for index in range(len(saved) - 1, depth - 1, -1):
            self.finally_stack = saved[:index]
            handling = saved[index].handling
            if handling is not None:
                self.set_handling(*handling)
            action = saved[index].action
            if action is not None:
                action()
            self.block(saved[index].body)
        self.finally_stack = saved
        self.handler = saved_handler

    def set_handling(self, previous: Temp, index: int | None) -> None:
        """py_handling back to what it was before a handler (or an exception's finally) began."""
        self.reload(previous, index)
        self.fb.store(Sym("py_handling"), previous)

    def assign(self, target: A.Expr, value: Operand) -> None:
        fb = self.fb
        if isinstance(target, A.Name):
            self.store_name(target.id, value)
        elif isinstance(target, A.Attribute):
            obj = self.expr(target.value)
            mid = self.m.method_ids.get(target.attr, 0)
            if mid == 0:
                self.call("py_setattr", [obj, self.const_str(target.attr), value])
            else:  # a built-in type's method name: read-only on a value of that type
                self.m.method_names.add(target.attr)
                tags = Const(self.m.method_tags(target.attr))
                self.call("py_setattr_m", [obj, self.const_str(target.attr), value, mid, tags])
        elif isinstance(target, A.Subscript):
            obj = self.expr(target.value)
            index = self.expr(target.index)
            self.call("py_setitem", [obj, index, value])
        elif isinstance(target, (A.TupleExpr, A.ListExpr)):
            n = len(target.elts)
            star = next((i for i, e in enumerate(target.elts) if isinstance(e, A.Starred)), None)
            slot = fb.slot("unpack", n)
            if star is None:
                self.call("py_unpack", [value, slot, n])
            else:
                self.call("py_unpack_star", [value, slot, star, n - star - 1])
            items = [fb.load(slot, i) for i in range(n)]
            for elt, item in zip(target.elts, items, strict=True):
                self.assign(elt.value if isinstance(elt, A.Starred) else elt, item)
        else:
            raise NotImplementedError(type(target).__name__)

    def delete(self, target: A.Expr) -> None:
        if isinstance(target, A.Subscript):
            obj = self.expr(target.value)
            index = self.expr(target.index)
            self.call("py_delitem", [obj, index])
        elif isinstance(target, A.Name):
            self.load_name(target.id)
            self.unbind(target.id)

    def unbind(self, name: str) -> None:
        """`del name` once its value is known to be there."""
        self.store_name(name, Const(UNBOUND))
        self.definite.discard(name)

    def aug_assign(self, s: A.AugAssign) -> None:
        target = s.target
        if isinstance(target, A.Name):
            current = self.load_name(target.id)
            result = self.binop(s.op, current, self.expr(s.value), inplace=True)
            self.store_name(target.id, result)
        elif isinstance(target, A.Attribute):
            obj = self.expr(target.value)
            name = self.const_str(target.attr)
            current = self.call("py_getattr", [obj, name])
            result = self.binop(s.op, current, self.expr(s.value), inplace=True)
            self.call("py_setattr", [obj, name, result])
        elif isinstance(target, A.Subscript):
            obj = self.expr(target.value)
            index = self.expr(target.index)
            current = self.call("py_getitem", [obj, index])
            result = self.binop(s.op, current, self.expr(s.value), inplace=True)
            self.call("py_setitem", [obj, index, result])

    def if_stmt(self, s: A.If) -> None:
        fb = self.fb
        then, other, done = fb.new_block("then"), fb.new_block("else"), fb.new_block("endif")
        self.cond(s.test, then, other)
        before = set(self.definite)
        fb.set_block(then)
        self.block(s.body)
        after_then = self.definite
        self.definite = set(before)
        fb.jump(done)
        fb.set_block(other)
        self.block(s.orelse)
        self.definite = before | (after_then & self.definite)
        fb.jump(done)
        fb.set_block(done)

    def while_stmt(self, s: A.While) -> None:
        fb = self.fb
        head, body, orelse, done = (fb.new_block(h) for h in ("while", "body", "while_else", "endwhile"))
        fb.jump(head)
        fb.set_block(head)
        fb.set_line(s.span.line)
        self.cond(s.test, body, orelse)
        fb.set_block(body)
        before = set(self.definite)
        self.loops.append(LoopContext(done, head, len(self.finally_stack)))
        self.block(s.body)
        self.loops.pop()
        self.definite = before
        fb.jump(head)
        fb.set_block(orelse)
        self.block(s.orelse)
        self.definite = before
        fb.jump(done)
        fb.set_block(done)

    def is_builtin_call(self, e: A.Expr, name: str) -> bool:
        return (
            isinstance(e, A.Call)
            and isinstance(e.func, A.Name)
            and e.func.id == name
            and self.resolve(name)[0] == "builtin"
        )

    def for_stmt(self, s: A.For) -> None:
        fb = self.fb
        head, body, step, orelse, done = (
            fb.new_block(h) for h in ("for", "for_body", "for_step", "for_else", "endfor")
        )
        it = s.iter
        if (
            self.is_builtin_call(it, "range")
            and isinstance(it, A.Call)
            and not it.keywords
            and 1 <= len(it.args) <= 3
            and not any(isinstance(a, A.Starred) for a in it.args)
            and (len(it.args) < 3 or _const_int(it.args[2]) not in (None, 0))
        ):
            self.range_loop(s, it, head, body, step, orelse, done)
            return
        # what the loop makes (a call's generator, or one that iter() makes of an object) only it refers to
        mark = self.kept(fb.load(Sym("py_gen_serial")), "mark") if self.m.closing else None
        iterable = self.expr(it)
        iterator, kept = self.kept(self.call("py_iter", [iterable]), "iterator")
        outer_handler = self.handler
        break_depth = len(self.finally_stack)
        if mark is not None:  # the loop holds the iterator's only reference: leaving it drops it
            self.handler = fb.new_block("for_drop")
            self.finally_stack.append(FinallyContext([], action=lambda: self.drop(iterator, kept, mark)))
        fb.jump(head)
        fb.set_block(head)
        fb.set_line(s.span.line)
        self.reload(iterator, kept)
        item = self.call("py_next", [iterator])
        finished = fb.binary("eq", item, STOP)
        assign = fb.new_block("for_assign")
        fb.branch(finished, orelse, assign)
        fb.set_block(assign)
        before = set(self.definite)
        self.assign(s.target, item)
        fb.jump(body)
        fb.set_block(body)
        self.loops.append(LoopContext(done, head, len(self.finally_stack), break_depth))
        self.block(s.body)
        self.loops.pop()
        self.definite = before
        fb.jump(head)
        fb.set_block(step)
        fb.jump(head)
        if mark is not None:
            self.finally_stack.pop()
            fb.set_block(self.handler)  # an exception leaving the loop drops the iterator on its way
            self.drop(iterator, kept, mark)
            fb.jump(outer_handler)
            self.handler = outer_handler
        fb.set_block(orelse)
        if mark is not None:  # CPython drops the iterator before the else
            self.drop(iterator, kept, mark)
        self.block(s.orelse)
        self.definite = before
        fb.jump(done)
        fb.set_block(done)

    def assign_owned(self, target: A.Expr, source: A.Expr) -> None:
        """`name = value` for an owned name: bound to the new value, then the old one dropped."""
        assert isinstance(target, A.Name)
        fb = self.fb
        owned, mark = self.owned[target.id]
        new_mark = fb.load(Sym("py_gen_serial")) if _temporary(source) else None
        value = self.expr(source)
        self.assign(target, value)
        old, old_mark = fb.copy(owned), fb.copy(mark)
        fb.copy(value if new_mark is not None else Const(NONE), owned)
        if new_mark is not None:
            fb.copy(new_mark, mark)
        self.call_void("py_drop", [old, old_mark])

    def owns(self, target: A.Expr) -> bool:
        # (not in a class body, lowered inline, whose names are the class's)
        return (
            bool(self.owned)
            and isinstance(target, A.Name)
            and target.id in self.owned
            and len(self.frames) == 1
        )

    def own_names(self, body: list[A.Stmt], candidates: list[str]) -> None:
        """Track the owned names among the candidates (owned_names), each starting with no value owned."""
        if not self.m.closing:
            return
        builtins = {name for name in CONSUMERS | {"next"} if self.resolve(name)[0] == "builtin"}
        wrappers = {name for name in ("enumerate", "zip") if self.resolve(name)[0] == "builtin"}
        for name in owned_names(body, candidates, builtins, wrappers):
            self.owned[name] = (self.fb.copy(Const(NONE)), self.fb.copy(Const(0)))

    def own_params(self, argv: Temp, params: list[str]) -> None:
        """An owned parameter (the `i`th of `params`) owns its argument, under the mark py_arg_mark gives:
        the caller's, when it passed a value nothing else refers to (giving_call)."""
        for i, name in enumerate(params):
            if name in self.owned and i < MARKED_ARGUMENTS:
                value, mark = self.owned[name]
                self.fb.copy(self.frames[0].vars[name], value)
                self.fb.copy(self.call("py_arg_mark", [argv, 1 << i], can_raise=False), mark)

    def drop(self, value: Temp, index: int | None, mark: tuple[Temp, int | None]) -> None:
        """The value of an expression that nothing else refers to is dropped: the generators made for it
        since the mark whose closing runs code are closed (pyrt.c's py_drop)."""
        self.reload(value, index)
        self.reload(*mark)
        self.call_void("py_drop", [value, mark[0]])

    def range_loop(
        self, s: A.For, it: A.Call, head: str, body: str, step_label: str, orelse: str, done: str
    ) -> None:
        """for x in range(...) with a constant step: an integer loop, no range object."""
        fb = self.fb
        args = [self.expr(a) for a in it.args]
        if len(args) == 1:
            start: Operand = pyint(0)
            stop = args[0]
        else:
            start, stop = args[0], args[1]
        step = _const_int(it.args[2]) if len(args) == 3 else 1
        assert step is not None and step != 0
        # Both bounds must be ints (bools count): otherwise range() raises its TypeError.
        start = fb.copy(start)
        stop = fb.copy(stop)
        ok_start = fb.new_block("range_ok")
        slow = fb.new_block("range_check")
        both = fb.binary("mul", fb.binary("rem", start, 2), fb.binary("rem", stop, 2))
        fb.branch(both, ok_start, slow)
        fb.set_block(slow)
        self.call("py_range", [start, stop, pyint(step)])
        start = fb.copy(self.call("py_int", [start, UNBOUND]), start)
        fb.copy(self.call("py_int", [stop, UNBOUND]), stop)
        fb.jump(ok_start)
        fb.set_block(ok_start)
        counter, kept_counter = self.kept(start, "counter")
        stop_value, kept_stop = self.kept(stop, "stop")
        fb.jump(head)
        fb.set_block(head)
        fb.set_line(s.span.line)
        self.reload(counter, kept_counter)
        self.reload(stop_value, kept_stop)
        more = fb.binary("lt" if step > 0 else "gt", counter, stop_value)
        assign = fb.new_block("for_assign")
        fb.branch(more, assign, orelse)
        fb.set_block(assign)
        before = set(self.definite)
        value = fb.copy(counter)
        fb.copy(fb.binary("add", counter, 2 * step), counter)
        self.save(counter, kept_counter)
        self.assign(s.target, value)
        fb.jump(body)
        fb.set_block(body)
        self.loops.append(LoopContext(done, head, len(self.finally_stack)))
        self.block(s.body)
        self.loops.pop()
        self.definite = before
        fb.jump(head)
        fb.set_block(orelse)
        self.block(s.orelse)
        self.definite = before
        fb.jump(done)
        fb.set_block(done)

    def try_stmt(self, s: A.Try) -> None:
        fb = self.fb
        outer_handler = self.handler
        done = fb.new_block("endtry")
        final_exc = fb.new_block("finally_exc") if s.finalbody else None
        if s.finalbody:
            self.finally_stack.append(FinallyContext(s.finalbody))
        dispatch = fb.new_block("except") if s.handlers else None
        before = set(self.definite)
        # the body
        self.handler = dispatch or final_exc or outer_handler
        self.block(s.body)
        self.handler = final_exc or outer_handler
        self.block(s.orelse)
        after_body = fb.new_block("try_ok")
        fb.jump(after_body)
        # the handlers
        if dispatch is not None:
            fb.set_block(dispatch)
            fb.set_line(s.span.line)
            # kept in a generator's frame: a yield in a handler must not lose it (a bare `raise` reads it)
            caught, caught_index = self.kept(fb.load(Sym("py_exc")), "caught")
            saved_line = fb.copy(self.tbline)
            # what is being handled outside this try: the handlers' bodies handle the caught exception
            handling = self.kept(fb.load(Sym("py_handling")), "handling")
            # an exception that escapes a handler's body was raised while handling the caught one
            escapes = fb.new_block("handler_raise")
            for handler in s.handlers:
                fb.set_line(handler.span.line)
                enter = fb.new_block("handler")
                nxt = fb.new_block("next_handler")
                if handler.type is not None:
                    self.handler = final_exc or outer_handler
                    # evaluating the class must not see the pending exception
                    fb.store(Sym("py_exc"), 0)
                    cls = self.expr(handler.type)
                    matched = self.call("py_exc_matches", [caught, cls])
                    fb.store(Sym("py_exc"), caught)
                    fb.branch(matched, enter, nxt)
                else:
                    fb.jump(enter)
                fb.set_block(enter)
                self.definite = set(before)
                fb.store(Sym("py_exc"), 0)
                self.call_void("py_tb_catch", [caught, saved_line, self.const_str(self.frame_name())])
                if handler.name:
                    self.store_name(handler.name, caught)
                self.handler = escapes
                self.handled_exc.append((caught, caught_index))
                fb.store(Sym("py_handling"), caught)
                # leaving the handler unbinds its name, as CPython's implicit `del e` (by break,
                # continue and return too)
                unbind = (lambda name=handler.name: self.unbind(name)) if handler.name else None
                self.finally_stack.append(FinallyContext([], handling, action=unbind))
                self.block(handler.body)
                self.finally_stack.pop()
                if handler.name:
                    self.unbind(handler.name)
                self.set_handling(*handling)
                self.handled_exc.pop()
                fb.jump(after_body)
                fb.set_block(nxt)
            # no handler matched: the exception goes on
            fb.copy(saved_line, self.tbline)
            fb.jump(final_exc or outer_handler)
            fb.set_block(escapes)
            self.reload(caught, caught_index)
            self.call_void("py_exc_context", [caught])
            self.set_handling(*handling)
            fb.jump(final_exc or outer_handler)
        if s.finalbody:
            self.finally_stack.pop()
        self.handler = outer_handler
        self.definite = set(before)
        fb.set_block(after_body)
        if s.finalbody:
            self.block(s.finalbody)
        fb.jump(done)
        if final_exc is not None:
            self.definite = set(before)
            fb.set_block(final_exc)
            pending, pending_index = self.kept(fb.load(Sym("py_exc")), "pending")
            line, line_index = self.kept(self.tbline, "line")
            fb.store(Sym("py_exc"), 0)
            # the pending exception keeps its traceback while the finally body runs (which may catch
            # others), to go on with it after
            self.call_void("py_tb_catch", [pending, line, self.const_str(self.frame_name())])
            # the finally body handles the pending exception: one that escapes it has it as context
            escapes_finally = fb.new_block("finally_raise")
            self.handler = escapes_finally
            pending_handling = self.kept(fb.load(Sym("py_handling")), "handling")
            fb.store(Sym("py_handling"), pending)
            self.finally_stack.append(FinallyContext([], pending_handling))
            self.block(s.finalbody)
            self.finally_stack.pop()
            self.set_handling(*pending_handling)
            self.handler = outer_handler
            self.reload(pending, pending_index)
            self.reload(line, line_index)
            fb.store(Sym("py_exc"), pending)
            self.call("py_tb_resume", [pending], can_raise=False)
            fb.copy(line, self.tbline)
            fb.jump(outer_handler)
            fb.set_block(escapes_finally)
            self.reload(pending, pending_index)
            self.call_void("py_exc_context", [pending])
            self.set_handling(*pending_handling)
            fb.jump(outer_handler)
        self.definite = before - {h.name for h in s.handlers if h.name}  # unbound after a handler ran
        fb.set_block(done)

    def raise_stmt(self, s: A.Raise) -> None:
        if s.exc is None:
            if not self.handled_exc:
                cls = self.fb.load(Sym("py_cls_RuntimeError"))
                self.call_void("py_raise", [cls, self.cstr("No active exception to reraise")])
            else:
                # the caught exception goes on with its traceback, from the line that raised it here
                caught, caught_index = self.handled_exc[-1]
                self.reload(caught, caught_index)
                self.fb.store(Sym("py_exc"), caught)
                self.fb.copy(self.call("py_tb_resume", [caught], can_raise=False), self.tbline)
                self.fb.jump(self.handler)
                self.fb.set_block(self.fb.new_block("after_raise"))
                return
            self.raise_now()
            return
        value = self.expr(s.exc)
        if s.cause is None:
            self.call_void("py_do_raise", [value])
        else:
            self.call_void("py_do_raise_from", [value, self.expr(s.cause)])
        self.raise_now()

    def assert_stmt(self, s: A.Assert) -> None:
        fb = self.fb
        ok, fail = fb.new_block("assert_ok"), fb.new_block("assert_fail")
        self.cond(s.test, ok, fail)
        fb.set_block(fail)
        msg: Operand = Const(UNBOUND) if s.msg is None else self.expr(s.msg)
        self.call_void("py_assert_fail", [msg])
        self.raise_now()
        fb.set_block(ok)

    def class_def(self, s: A.ClassDef, outer: str = "") -> None:
        """A class statement; `outer` is the __qualname__ of the class whose body it is written in."""
        fb = self.fb
        assert s.scope is not None
        qualname = f"{outer}.{s.name}" if outer else s.name
        decorators = self.decorators(s.decorators)
        fb.set_line(s.span.line)
        base: Operand = Const(0) if not s.bases else self.expr(s.bases[0])
        self.m.features.add("py_instance_code")
        cls = fb.copy(self.call("py_class_make", [self.const_str(s.name), base]))
        hidden = self.m.mb.global_(self.m.fresh(f"cls.{s.name}"), [UNBOUND])
        fb.store(hidden, cls)
        outer_handler = self.enter_frame()  # CPython runs the body in a frame named by the class
        self.frames.append(ScopeFrame(s.scope, class_obj=cls))
        if outer:  # the runtime shows a nested class by its qualified name (py_class_qualname)
            self.call(
                "py_cls_attr_set",
                [cls, self.const_str("__qualname__"), self.const_str(qualname)],
                can_raise=False,
            )
        docstring = _docstring(s.body)
        if docstring is not None:
            # the docstring is the class's __doc__ (a class without one has None, which the runtime gives)
            doc = self.const_str(docstring)
            self.call("py_cls_attr_set", [cls, self.const_str("__doc__"), doc], can_raise=False)
        for inner in s.body:
            fb.set_line(inner.span.line)
            if isinstance(inner, A.FunctionDef):
                # the first decorator may be @property, @staticmethod, @classmethod or @name.setter
                # (the checker found which), applied last; the others are the program's own
                kind = inner.method_kind
                own = self.decorators(inner.decorators[1:] if kind else inner.decorators)
                fb.set_line(inner.span.line)
                fn = self.make_function(inner, inner.params, f"{qualname}.{inner.name}", class_sym=hidden)
                method = self.decorate(own, fn)
                if kind == "setter":
                    method = self.call("py_property_setter", [cls, self.const_str(inner.name), method])
                elif kind:
                    code = {"staticmethod": 1, "classmethod": 2, "property": 3}[kind]
                    method = self.call("py_descr_new", [code, method, 0], can_raise=False)
                self.call("py_cls_attr_set", [cls, self.const_str(inner.name), method], can_raise=False)
            elif isinstance(inner, A.Assign):
                value = self.expr(inner.value)
                for target in inner.targets:
                    assert isinstance(target, A.Name)
                    self.call("py_cls_attr_set", [cls, self.const_str(target.id), value], can_raise=False)
            elif isinstance(inner, A.ClassDef):  # an attribute of this class (Stack.Empty)
                self.class_def(inner, qualname)
        self.frames.pop()
        self.leave_frame(outer_handler, s.name, s.span.line)
        fb.set_line(s.span.line)
        self.store_name(s.name, self.decorate(decorators, cls))

    # ---- functions ----

    def make_function(
        self,
        node: A.FunctionDef | A.Lambda,
        params: list[A.Param],
        qualname: str,
        class_sym: Sym | None = None,
    ) -> Temp:
        """Evaluate the defaults, lower the body to its own IR function, and make the function object."""
        fb = self.fb
        scope = node.scope
        assert scope is not None
        regular = [p for p in params if not p.kind]  # the keyword-only ones come last
        defaults_tuple: Operand = Const(0)
        if any(p.default is not None for p in regular):
            # one word for each named parameter: its default, or "unbound" for none
            values = [Const(UNBOUND) if p.default is None else self.expr(p.default) for p in regular]
            slot = self.argv(len(values))
            for i, d in enumerate(values):
                fb.store(slot, d, i)
            defaults_tuple = self.call("py_tuple_from", [slot, len(values)], can_raise=False)
        names = [self.const_str(p.name) for p in regular]
        slot = self.argv(len(names))
        for i, n in enumerate(names):
            fb.store(slot, n, i)
        pnames = self.call("py_tuple_from", [slot, len(names)], can_raise=False)
        flags = (
            (1 if any(p.kind == "*" for p in params) else 0)
            + (2 if any(p.kind == "**" for p in params) else 0)
            + 4 * sum(1 for p in regular if p.keyword_only)
        )
        code_name = self.m.fresh("u." + re.sub(r"[^A-Za-z0-9_.]", "_", qualname))
        display = qualname.split(".")[-1] if isinstance(node, A.FunctionDef) else "<lambda>"
        docstring = _docstring(node.body) if isinstance(node, A.FunctionDef) else None
        cells: list[Operand] = []
        for free in scope.frees:
            kind, where = self.resolve(free)
            assert kind == "cell" and isinstance(where, Temp), (free, kind)
            cells.append(where)
        fn = fb.copy(
            self.call(
                "py_func_new",
                [
                    Sym(code_name),
                    # a method's object is named as CPython's __qualname__ (A.m), which its errors show
                    self.const_str(qualname if class_sym is not None else display),
                    len(regular),
                    defaults_tuple,
                    flags,
                    pnames,
                    len(cells),
                    # the function's __doc__: its docstring, or None (a lambda's too)
                    Const(NONE) if docstring is None else self.const_str(docstring),
                ],
                can_raise=False,
            )
        )
        for i, cell in enumerate(cells):
            fb.store(fn, cell, 8 + i)
        lower_function_body(self.m, node, params, code_name, qualname, display, class_sym)
        return fn

    # ---- conditions ----

    def cond(self, e: A.Expr, if_true: str, if_false: str) -> None:
        fb = self.fb
        if isinstance(e, A.UnaryOp) and e.op == "not":
            self.cond(e.operand, if_false, if_true)
            return
        if isinstance(e, A.BoolOp):
            for value in e.values[:-1]:
                nxt = fb.new_block("cond")
                if e.op == "and":
                    self.cond(value, nxt, if_false)
                else:
                    self.cond(value, if_true, nxt)
                fb.set_block(nxt)
            self.cond(e.values[-1], if_true, if_false)
            return
        if isinstance(e, A.Compare) and len(e.ops) == 1:
            left = self.expr(e.left)
            right = self.expr(e.comparators[0])
            raw = self.compare_raw(e.ops[0], left, right)
            fb.branch(raw, if_true, if_false)
            return
        if isinstance(e, A.Const):
            fb.jump(if_true if e.value else if_false)
            fb.set_block(fb.new_block("dead"))
            return
        truth = self.truth(self.expr(e))
        fb.branch(truth, if_true, if_false)

    def truth(self, value: Operand) -> Operand:
        """Python truth as a 0/1 word: True and False inline, everything else by the runtime."""
        fb = self.fb
        result = fb.new_temp("truth")
        fb.copy(fb.binary("eq", value, TRUE), result)
        done, other = fb.new_block("truth_done"), fb.new_block("truth_other")
        fb.branch(fb.binary("ne", value, FALSE), other, done)
        fb.set_block(other)
        fb.copy(self.call("py_truthy", [value]), result)
        fb.jump(done)
        fb.set_block(done)
        return result

    # ---- expressions ----

    def expr(self, e: A.Expr) -> Operand:
        """The value of e. An expression on a later line of its statement (a call's argument on the next
        line) raises on its own line, as CPython's traceback shows it."""
        fb = self.fb
        line = fb.line
        capture = self.captures.pop(id(e), None) if self.captures else None
        if e.span.line == line or line is None:
            value = self.expr_here(e)
        else:
            fb.set_line(e.span.line)
            value = self.expr_here(e)
            fb.set_line(line)
        if capture is not None:
            fb.copy(value, capture)
        return value

    def expr_here(self, e: A.Expr) -> Operand:
        fb = self.fb
        if isinstance(e, A.Const):
            v = e.value
            if v is None:
                return Const(NONE)
            if v is True:
                return Const(TRUE)
            if v is False:
                return Const(FALSE)
            if isinstance(v, int):
                return pyint(v)
            return self.const_str(v)
        if isinstance(e, A.FloatLit):
            return fb.load(self.m.float_const(e.text))
        if isinstance(e, A.EllipsisLit):
            return self.call("py_singleton", [SINGLETON_TAGS["Ellipsis"]], can_raise=False)
        if isinstance(e, A.Name):
            if self.imported(e) is not None:
                return self.imported_value(e)
            return self.load_name(e.id, e.span)
        if isinstance(e, A.BinOp):
            if e.op == "%" and isinstance(e.left, A.Const) and isinstance(e.left.value, str):
                self.m.uses_floats |= any(c in e.left.value for c in FLOAT_FORMATS)  # "%f" % n
            left = self.expr(e.left)
            right = self.expr(e.right)
            return self.binop(e.op, left, right)
        if isinstance(e, A.UnaryOp):
            operand = self.expr(e.operand)
            if e.op == "not":
                return self.call("py_not", [operand])
            if e.op == "-":
                return self.int_fast(
                    operand,
                    None,
                    lambda a, _b: fb.binary("sub", 2, a),
                    lambda: self.call("py_unary", [ord("-"), operand]),
                )
            return self.call("py_unary", [ord(e.op), operand])
        if isinstance(e, A.BoolOp):
            result = fb.new_temp("boolop")
            done = fb.new_block("boolop_done")
            for value_expr in e.values[:-1]:
                value = self.expr(value_expr)
                fb.copy(value, result)
                truth = self.truth(value)
                nxt = fb.new_block("boolop_next")
                if e.op == "and":
                    fb.branch(truth, nxt, done)
                else:
                    fb.branch(truth, done, nxt)
                fb.set_block(nxt)
            fb.copy(self.expr(e.values[-1]), result)
            fb.jump(done)
            fb.set_block(done)
            return result
        if isinstance(e, A.Compare):
            return self.compare(e)
        if isinstance(e, A.IfExp):
            result = fb.new_temp("ifexp")
            yes, no, done = fb.new_block("ifexp_then"), fb.new_block("ifexp_else"), fb.new_block("ifexp_done")
            self.cond(e.test, yes, no)
            fb.set_block(yes)
            fb.copy(self.expr(e.body), result)
            fb.jump(done)
            fb.set_block(no)
            fb.copy(self.expr(e.orelse), result)
            fb.jump(done)
            fb.set_block(done)
            return result
        if isinstance(e, A.Call):
            return self.call_expr(e)
        if isinstance(e, A.Attribute):
            if self.imported(e) is not None:
                return self.imported_value(e)
            obj = self.expr(e.value)
            mid = self.m.method_ids.get(e.attr, 0)
            self.special_attribute(e.attr)
            if mid == 0:
                return self.call("py_getattr", [obj, self.const_str(e.attr)])
            self.m.features.add("py_method_code")
            self.m.method_names.add(e.attr)
            tags = self.m.method_tags(e.attr)
            return self.call("py_getattr_m", [obj, self.const_str(e.attr), mid, Const(tags)])
        if isinstance(e, A.Subscript):
            obj = self.expr(e.value)
            if isinstance(e.index, A.Slice):
                parts = [
                    Const(NONE) if p is None else self.expr(p)
                    for p in (e.index.lower, e.index.upper, e.index.step)
                ]
                return self.call("py_slice", [obj, *parts])
            index = self.expr(e.index)
            return self.call("py_getitem", [obj, index])
        if isinstance(e, A.Slice):  # the index of a[i:j] = v, del a[i:j] and a[i:j] += v: a slice object
            bounds = [Const(NONE) if p is None else self.expr(p) for p in (e.lower, e.upper, e.step)]
            return self.call("py_slice_new", bounds, can_raise=False)
        if isinstance(e, (A.ListExpr, A.TupleExpr, A.SetExpr)):
            return self.display(e)
        if isinstance(e, A.DictExpr):
            if None in e.keys:
                return self.dict_with_mappings(e)
            pairs: list[Operand] = []
            for key_expr, value_expr in zip(e.keys, e.values, strict=True):
                assert key_expr is not None
                pairs.append(self.expr(key_expr))
                pairs.append(self.expr(value_expr))
            slot = self.argv(len(pairs))
            for i, word in enumerate(pairs):
                fb.store(slot, word, i)
            return self.call("py_dict_from", [slot, len(e.keys)])
        if isinstance(e, A.FString):
            return self.fstring(e)
        if isinstance(e, A.ListComp):
            return self.comprehension(e)
        if isinstance(e, A.DictComp):
            return self.comprehension(e)
        if isinstance(e, A.Lambda):
            return self.make_function(e, e.params, "<lambda>")
        if isinstance(e, A.NamedExpr):
            value = fb.copy(self.expr(e.value))
            known = e.target.id in self.definite
            self.store_name(e.target.id, value)
            if not known:  # perhaps not evaluated (`a and (x := v)`): reads after it keep their test
                self.definite.discard(e.target.id)
            return value
        if isinstance(e, A.Starred):
            self.m.diags.error("syntax", "SyntaxError: can't use starred expression here", e.span)
            return Const(NONE)
        raise NotImplementedError(type(e).__name__)

    def int_fast(self, a: Operand, b: Operand | None, fast, slow) -> Temp:  # type: ignore[no-untyped-def]
        """Both operands ints (odd words): `fast` inline; otherwise `slow` (a runtime call)."""
        fb = self.fb
        result = fb.new_temp("v")
        checks: list[Operand] = []
        for operand in (a, b):
            if operand is None:
                continue
            if isinstance(operand, Const):
                if operand.value % 2 == 0:
                    fb.copy(slow(), result)
                    return result
                continue
            checks.append(fb.binary("rem", operand, 2))
        quick, other, done = fb.new_block("int"), fb.new_block("slow"), fb.new_block("done")
        if not checks:
            fb.jump(quick)
        elif len(checks) == 1:
            fb.branch(checks[0], quick, other)
        else:
            fb.branch(fb.binary("mul", checks[0], checks[1]), quick, other)
        fb.set_block(quick)
        fb.copy(fast(a, b), result)
        fb.jump(done)
        fb.set_block(other)
        fb.copy(slow(), result)
        fb.jump(done)
        fb.set_block(done)
        return result

    def binop(self, op: str, left: Operand, right: Operand, inplace: bool = False) -> Operand:
        fb = self.fb
        code = ord(BINOP_CODES[op])
        if op in ("/", "**"):
            self.m.uses_floats = True
        if inplace:  # __iadd__ and its kind, or a list, set or dict changed in place
            slow = lambda: self.call("py_ibinop", [code, left, right])  # noqa: E731
        else:
            slow = lambda: self.call("py_binop", [code, left, right])  # noqa: E731
        if op == "+":
            return self.int_fast(left, right, lambda a, b: fb.binary("sub", fb.binary("add", a, b), 1), slow)
        if op == "-":
            return self.int_fast(left, right, lambda a, b: fb.binary("add", fb.binary("sub", a, b), 1), slow)
        divisor = right.value // 2 if isinstance(right, Const) and right.value % 2 == 1 else 0
        if op in ("//", "%") and divisor > 0:
            # a constant positive divisor: floor division and modulo inline, without branches (the
            # truncating remainder r of x is negative exactly when the floor result needs correcting)
            def floor_op(a: Operand, _b: Operand | None) -> Operand:
                x = fb.binary("div", fb.binary("sub", a, 1), 2)
                r = fb.binary("rem", x, divisor)
                negative = fb.binary("lt", r, 0)
                if op == "%":
                    value = fb.binary("add", r, fb.binary("mul", negative, divisor))
                else:
                    value = fb.binary("sub", fb.binary("div", x, divisor), negative)
                return fb.binary("add", fb.binary("mul", value, 2), 1)

            return self.int_fast(left, None, floor_op, slow)
        if op == "*":
            return self.int_fast(
                left,
                right,
                lambda a, b: fb.binary(
                    "add",
                    fb.binary("mul", fb.binary("div", fb.binary("sub", a, 1), 2), fb.binary("sub", b, 1)),
                    1,
                ),
                slow,
            )
        return slow()

    def compare_raw(self, op: str, left: Operand, right: Operand) -> Operand:
        """A comparison as a 0/1 word."""
        fb = self.fb
        if op in ("is", "is not"):
            return fb.binary("eq" if op == "is" else "ne", left, right)
        if op in ("in", "not in"):
            result = self.call("py_contains" if op == "in" else "py_not_in", [right, left])
            return fb.binary("eq", result, TRUE)
        routine = COMPARE_ROUTINES[op]
        return self.int_fast(
            left,
            right,
            lambda a, b: fb.binary(INLINE_COMPARE[op], a, b),
            lambda: fb.binary("eq", self.call(routine, [left, right]), TRUE),
        )

    def compare(self, e: A.Compare) -> Operand:
        fb = self.fb
        if len(e.ops) == 1:
            return self.bool_of(self.compare_raw(e.ops[0], self.expr(e.left), self.expr(e.comparators[0])))
        result = fb.new_temp("chain")
        done = fb.new_block("chain_done")
        false = fb.new_block("chain_false")
        left = self.expr(e.left)
        for i, (op, comp) in enumerate(zip(e.ops, e.comparators, strict=True)):
            right = fb.copy(self.expr(comp))
            raw = self.compare_raw(op, left, right)
            if i == len(e.ops) - 1:
                fb.copy(self.bool_of(raw), result)
                fb.jump(done)
            else:
                nxt = fb.new_block("chain_next")
                fb.branch(raw, nxt, false)
                fb.set_block(nxt)
            left = right
        fb.set_block(false)
        fb.copy(FALSE, result)
        fb.jump(done)
        fb.set_block(done)
        return result

    def display(self, e: A.ListExpr | A.TupleExpr | A.SetExpr) -> Operand:
        fb = self.fb
        if isinstance(e, A.SetExpr):
            literal = self.set_literal(e)
            if literal is not None:
                return literal
        routine = {A.ListExpr: "py_list_from", A.TupleExpr: "py_tuple_from", A.SetExpr: "py_set_from"}[
            type(e)
        ]
        if any(isinstance(elt, A.Starred) for elt in e.elts):
            result = fb.copy(self.call("py_new_list", [4], can_raise=False))
            for elt in e.elts:
                if isinstance(elt, A.Starred):
                    value = self.expr(elt.value)
                    self.call("py_list_extend", [result, value])
                else:
                    self.call("py_list_append", [result, self.expr(elt)], can_raise=False)
            if isinstance(e, A.TupleExpr):
                return self.call("py_to_tuple", [result])
            if isinstance(e, A.SetExpr):
                return self.call("py_to_set", [result])
            return result
        values = [self.expr(elt) for elt in e.elts]
        slot = self.argv(len(values))
        for i, v in enumerate(values):
            fb.store(slot, v, i)
        return self.call(routine, [slot, len(values)], can_raise=isinstance(e, A.SetExpr))

    def set_literal(self, e: A.SetExpr) -> Operand | None:
        """A display of three or more constants: CPython makes it from a frozenset constant, and the
        compiler keeps one constant for equal frozensets in a module, so an equal display met earlier
        gives its order (its items, in its source order) to this one. None for any other display."""
        if len(e.elts) < 3:
            return None
        try:
            key = frozenset(_constant_key(elt) for elt in e.elts)
        except (ArithmeticError, TypeError, ValueError):
            return None  # not all constants, or not folded by CPython (1 // 0, a large power ...)
        first = self.m.set_literals.setdefault(key, e)
        values = [self.expr(elt) for elt in first.elts]
        slot = self.argv(len(values))
        for i, v in enumerate(values):
            self.fb.store(slot, v, i)
        return self.call("py_set_literal", [slot, len(values)])

    def dict_with_mappings(self, e: A.DictExpr) -> Operand:
        """A display with `**mapping` items: its items set in order into a new dict (a later key's value
        replacing an earlier one's, as CPython's), each mapping's items where it stands."""
        d = self.fb.copy(self.call("py_new_dict", [], can_raise=False))
        for key_expr, value_expr in zip(e.keys, e.values, strict=True):
            if key_expr is None:
                self.call_void("py_dict_merge", [d, self.expr(value_expr)])
            else:
                key = self.expr(key_expr)
                self.call_void("py_setitem", [d, key, self.expr(value_expr)])
        return d

    def fstring(self, e: A.FString) -> Operand:
        fb = self.fb
        pieces: list[Operand] = []
        for part in e.parts:
            if isinstance(part, str):
                pieces.append(self.const_str(part))
            else:
                value = self.expr(part.value)
                if part.spec_fields is not None or any(c in part.spec for c in FLOAT_FORMATS):
                    self.m.uses_floats = True  # `f"{n:e}"` makes a float of an int (a made one may too)
                spec: Operand = self.const_str(part.spec) if part.spec else Const(0)
                if part.spec_fields is not None:  # `{x:>{width}}`: the specification made now
                    spec = fb.copy(self.fstring(part.spec_fields))
                conversion = ord(part.conversion) if part.conversion else 0
                pieces.append(fb.copy(self.call("py_format_field", [value, conversion, spec])))
        slot = self.argv(len(pieces))
        for i, p in enumerate(pieces):
            fb.store(slot, p, i)
        return self.call("py_join_parts", [slot, len(pieces)], can_raise=False)

    def generator_expression(self, e: A.ListComp) -> Operand:
        """A generator expression: its first iterable's iterator, made now (a TypeError here, as in
        CPython), passed to the generator function the checker made of it."""
        assert e.gen_def is not None
        first = e.generators[0].iter
        mark = self.fb.load(Sym("py_gen_serial")) if self.m.closing else None
        iterator = self.fb.copy(self.call("py_iter", [self.expr(first)]))
        fn = self.make_function(e.gen_def, e.gen_def.params, "<genexpr>")
        slot = self.argv(1)
        self.fb.store(slot, iterator, 0)
        made = self.call("py_call", [fn, slot, 1, 0])
        if mark is None:
            return made
        # its frame holds the iterator's only reference: closing it, or its end, drops the iterator
        return self.call("py_gen_adopt", [made, iterator, mark], can_raise=False)

    def comprehension(self, e: A.ListComp | A.DictComp) -> Operand:
        fb = self.fb
        if isinstance(e, A.ListComp) and e.kind == "gen":
            return self.generator_expression(e)
        scope = e.scope
        assert scope is not None
        if isinstance(e, A.DictComp):
            result = fb.copy(self.call("py_new_dict", [], can_raise=False))
        elif e.kind == "set":
            result = fb.copy(self.call("py_new_set", [], can_raise=False))
        else:
            result = fb.copy(self.call("py_new_list", [4], can_raise=False))
        # the first iterable's iterator is made in the enclosing code, the rest runs in the comprehension's
        # own frame, which CPython 3.11's traceback shows (`File "...", line 4, in <listcomp>`)
        first_iter = fb.copy(self.call("py_iter", [self.expr(e.generators[0].iter)]))
        outer_handler = self.enter_frame()
        frame = ScopeFrame(scope)
        for name in scope.locals:
            temp = fb.new_temp(name)
            if name in scope.cells:
                fb.copy(self.call("py_cell_new", [UNBOUND], can_raise=False), temp)
            else:
                fb.copy(UNBOUND, temp)
            frame.vars[name] = temp
        self.frames.append(frame)
        exits: list[str] = []
        for i, gen in enumerate(e.generators):
            iterator = first_iter if i == 0 else fb.copy(self.call("py_iter", [self.expr(gen.iter)]))
            head, exit_label = fb.new_block("comp"), fb.new_block("comp_end")
            fb.jump(head)
            fb.set_block(head)
            item = self.call("py_next", [iterator])
            body = fb.new_block("comp_body")
            fb.branch(fb.binary("eq", item, STOP), exit_label, body)
            fb.set_block(body)
            self.assign(gen.target, item)
            for cond in gen.ifs:
                keep = fb.new_block("comp_keep")
                self.cond(cond, keep, head)
                fb.set_block(keep)
            exits.append(head)
            exits.append(exit_label)
        if isinstance(e, A.DictComp):
            key = self.expr(e.key)
            value = self.expr(e.value)
            self.call("py_setitem", [result, key, value])
        elif e.kind == "set":
            self.call("py_set_add", [result, self.expr(e.elt)])
        else:
            self.call("py_list_append", [result, self.expr(e.elt)], can_raise=False)
        # close the loops, innermost first
        for i in range(len(e.generators) - 1, -1, -1):
            head, exit_label = exits[2 * i], exits[2 * i + 1]
            fb.jump(head)
            fb.set_block(exit_label)
        self.frames.pop()
        kind = "dict" if isinstance(e, A.DictComp) else e.kind
        self.leave_frame(outer_handler, f"<{kind}comp>", e.span.line)
        return result

    def enter_frame(self) -> str:
        """Code lowered inline that CPython runs in a frame of its own (a comprehension, a class body):
        an exception escaping it goes through the frame's unwinding (leave_frame). The handler it had."""
        outer_handler = self.handler
        self.handler = self.fb.new_block("frame_unwind")
        return outer_handler

    def leave_frame(self, outer_handler: str, name: str, line: int) -> None:
        """The end of enter_frame's code: its unwinding, if anything in it can raise, adds its frame to the
        traceback (named `name`) and goes on to the enclosing handler from `line`, where the code began."""
        fb = self.fb
        unwind, self.handler = self.handler, outer_handler
        if unwind not in {handler for handler, _ in self.trampolines}:
            return
        after, here = fb.new_block("frame_done"), fb.line
        fb.jump(after)
        fb.set_block(unwind)
        self.call_void("py_tb_add", [self.tbline, self.const_str(name)])
        fb.set_line(line)
        fb.jump(self.exc_target())
        fb.set_block(after)
        fb.set_line(here)

    # ---- calls ----

    def imported(self, e: A.Expr) -> str | None:
        """What an expression names from an import: "math.gcd", "sys.stdin", "sys.stdin.readline" ..."""
        if isinstance(e, A.Name):
            if self.resolve(e.id)[0] not in ("global", "undefined"):
                return None  # a local of the same name
            return self.m.imports.get(e.id)
        if isinstance(e, A.Attribute):
            base = self.imported(e.value)
            # a module's member, or a sys stream's; math.pi.rount is a float's attribute
            if base is not None and ("." not in base or base in ("sys.stdin", "sys.stdout", "sys.stderr")):
                return f"{base}.{e.attr}"
        return None

    def missing_member(self, what: str) -> bool:
        """Raise CPython's AttributeError when `what` names no member of its module (math.sqr), with the
        nearest in the module's dir() for an uncaught one's last line (". Did you mean: 'sqrt'?")."""
        module, _, name = what.partition(".")
        if module not in MODULE_DIRS or "." in name or name in MODULE_DIRS[module]:
            return False
        cls = self.fb.load(Sym("py_cls_AttributeError"))
        self.call_void("py_raise", [cls, self.cstr(f"module '{module}' has no attribute '{name}'")])
        near = suggestion(name, MODULE_DIRS[module])
        if near is not None:
            attrs = self.call("py_attrs", [self.fb.load(Sym("py_exc"))], can_raise=False)
            self.call_void("py_dict_set", [attrs, self.fb.load(Sym("py_s_hint")), self.const_str(near)])
        self.raise_now()
        return True

    def imported_value(self, e: A.Expr) -> Operand:
        return self.member_value(self.imported(e), e)

    def member_value(self, what: str | None, e: A.Expr) -> Operand:
        """The value of a module's member (what: "math.pi"), which e names."""
        if what is not None and self.missing_member(what):
            return Const(NONE)
        if what == "sys.stdin":
            return self.call("py_iter", [self.call("py_stdin_lines", [], can_raise=False)])
        if what is not None and what.startswith("string.") and what[7:] in STRING_CONSTANTS:
            return self.const_str(STRING_CONSTANTS[what[7:]])
        if what is not None and what.startswith("math.") and what[5:] in MATH_CONSTANTS:
            return self.fb.load(self.m.float_const(repr(MATH_CONSTANTS[what[5:]])))
        math_id = self.math_function_id(what)
        if math_id is not None:  # map(math.sqrt, xs): a built-in function object
            self.m.uses_floats |= math_id < MATH_INT_IDS
            self.m.features.update(("py_builtin_code", "py_math_code"))
            return self.call("py_builtin", [math_id], can_raise=False)
        if what in ("sys.stdout", "sys.stderr"):
            message = f"{what} can be used here as print(file={what}), {what}.write(...) and {what}.flush()"
            self.m.diags.error("unsupported", message, e.span)
            return Const(NONE)
        self.m.diags.error("unsupported", f"{what} can only be called here, not used as a value", e.span)
        return Const(NONE)

    @staticmethod
    def math_function_id(what: str | None) -> int | None:
        """The runtime's builtin id for one of math's functions used as a value (pyrt.c's MATH_IDS), or
        None: isclose, whose keywords only a call here takes, is not one."""
        module, _, name = (what or "").partition(".")
        if module != "math" or name == "isclose":
            return None
        if name in MATH_FLOAT_IDS:
            return MATH_IDS + MATH_FLOAT_IDS[name]
        if name in MATH_INT_NAMES:
            return MATH_INT_IDS + 1 + MATH_INT_NAMES.index(name)
        return None

    def math_isclose(self, e: A.Call) -> Operand:
        """math.isclose(a, b, rel_tol=..., abs_tol=...): the tolerances unbound for their defaults."""
        self.m.uses_floats = True
        kws = self.keyword_map(e, ("rel_tol", "abs_tol"), "isclose")
        if kws is None or not self.arity(e, "math.isclose", 2, 2):
            return Const(NONE)
        a, b = (self.expr(x) for x in e.args)
        return self.call(
            "py_math_isclose", [a, b, kws.get("rel_tol", Const(UNBOUND)), kws.get("abs_tol", Const(UNBOUND))]
        )

    def imported_call(self, what: str, e: A.Call) -> Operand:
        fb = self.fb
        name = what.rsplit(".", 1)[1]
        if self.missing_member(what):  # before the arguments, as CPython reads the attribute first
            return Const(NONE)
        if what == "math.isclose":
            return self.math_isclose(e)
        if e.keywords or any(isinstance(a, A.Starred) for a in e.args):
            self.m.diags.error("unsupported", f"{what}() takes positional arguments here", e.span)
            return Const(NONE)
        if what == "sys.exit":
            if not self.arity(e, what, 0, 1):
                return Const(NONE)
            value = self.expr(e.args[0]) if e.args else Const(NONE)
            if not self.m.exit_raises:  # nothing can run before the program ends: it ends now
                if not isinstance(value, Const):  # sys.exit("usage: ...") writes its text on stderr
                    value = self.call("py_exit_message", [value], can_raise=False)
                self.call_void("py_sys_exit", [value])
                return Const(NONE)
            self.m.system_exit = True
            self.call_void("py_raise_system_exit", [value])
            self.raise_now()
            return Const(NONE)
        if what in ("sys.stdout.write", "sys.stderr.write"):
            if not self.arity(e, what, 1, 1):
                return Const(NONE)
            stream = 1 if what == "sys.stderr.write" else 0
            return self.call("py_stream_write", [stream, self.expr(e.args[0])])
        if what in ("sys.stdout.flush", "sys.stderr.flush"):
            self.arity(e, what, 0, 0)  # the Engine's output has no buffer to flush
            return Const(NONE)
        if what.startswith("sys.stdin."):
            if not self.arity(e, what, 0, 0):
                return Const(NONE)
            routine = {"readline": "py_readline", "read": "py_read_all", "readlines": "py_stdin_lines"}[name]
            return self.call(routine, [], can_raise=False)
        args = [self.expr(a) for a in e.args]
        if name in MATH_FLOAT_IDS:
            self.m.uses_floats = True
            count = 2 if name in ("pow", "copysign", "fmod", "atan2", "hypot") else 1
            if not self.arity(e, what, count, 2 if name == "log" else count):  # log(x) and log(x, base)
                return Const(NONE)
            second = args[1] if len(args) > 1 else Const(UNBOUND)
            return self.call("py_math_float", [MATH_FLOAT_IDS[name], args[0], second])
        if name in ("gcd", "lcm"):
            slot = self.argv(len(args))
            for i, v in enumerate(args):
                fb.store(slot, v, i)
            return self.call("py_math_gcd", [slot, len(args), 1 if name == "lcm" else 0])
        if name in ("comb", "perm"):
            if not self.arity(e, what, 2, 2):
                return Const(NONE)
            return self.call("py_math_comb", [args[0], args[1], 1 if name == "perm" else 0])
        if not self.arity(e, what, 1, 1):
            return Const(NONE)
        routine = {"factorial": "py_math_factorial", "isqrt": "py_math_isqrt", "prod": "py_math_prod"}[name]
        return self.call(routine, args)

    def call_expr(self, e: A.Call) -> Operand:
        fb = self.fb
        func = e.func
        imported = self.imported(func)
        if isinstance(func, A.Name) and func.id in EXIT_BUILTINS:
            kind = self.resolve(func.id)[0]
            if kind == "undefined":
                imported = "sys.exit"  # the site module's exit(): sys.exit's SystemExit
            elif self.unbound_builtin(kind, func.id):  # the module's own exit may not be bound yet
                return self.shadowed_builtin_call(e, func.id)
        if imported is not None and not imported.startswith("string."):  # string's are str constants
            return self.imported_call(imported, e)
        if isinstance(func, A.Name) and func.id not in EXCEPTION_CLASSES:
            kind = self.resolve(func.id)[0]
            if (
                kind == "builtin"
                and func.id in CONSUMERS
                and self.m.closing
                and not self.captures
                and any(_temporary(a) for a in e.args)
                and all(k.name is not None for k in e.keywords)
            ):
                return self.consuming_call(func.id, e)
            if kind == "builtin":
                special = self.builtin_call(func.id, e)
                if special is not None:
                    return special
            elif func.id in SUPPORTED_BUILTINS and self.unbound_builtin(kind, func.id):
                return self.shadowed_builtin_call(e, func.id)
        has_star = any(isinstance(a, A.Starred) for a in e.args)
        if any(k.name is None for k in e.keywords):
            return self.kwsplat_call(self.expr(func), e)
        if isinstance(func, A.Attribute) and not has_star:
            if (
                isinstance(func.value, A.Call)
                and isinstance(func.value.func, A.Name)
                and func.value.func.id == "super"
                and self.resolve("super")[0] == "builtin"
            ):
                obj = self.super_object(func.value)
            else:
                obj = self.expr(func.value)
            mark = self.adoption_mark(e)
            args = [self.expr(a) for a in e.args]
            kwvalues = [self.expr(k.value) for k in e.keywords]
            slot = self.argv(1 + len(args) + len(kwvalues))
            for i, v in enumerate(args + kwvalues):
                fb.store(slot, v, 1 + i)
            kwn = self.kw_names(e)
            mid = self.m.method_ids.get(func.attr, 0)
            self.m.method_names.add(func.attr)
            self.special_attribute(func.attr)
            method_args = [obj, self.const_str(func.attr), mid, slot, len(args), kwn]
            made = self.giving_call("py_call_method", method_args, e, slot, 1, mark)
            return self.adopt_args(made, slot, 1, len(args) + len(kwvalues), mark)
        return self.value_call(e)

    def value_call(self, e: A.Call) -> Operand:
        """A call of the callee's value, with its arguments."""
        fb = self.fb
        callee = self.expr(e.func)
        if any(isinstance(a, A.Starred) for a in e.args):
            return self.star_call(callee, e)
        mark = self.adoption_mark(e)
        args = [self.expr(a) for a in e.args]
        kwvalues = [self.expr(k.value) for k in e.keywords]
        slot = self.argv(len(args) + len(kwvalues))
        for i, v in enumerate(args + kwvalues):
            fb.store(slot, v, i)
        made = self.giving_call("py_call", [callee, slot, len(args), self.kw_names(e)], e, slot, 0, mark)
        return self.adopt_args(made, slot, 0, len(args) + len(kwvalues), mark)

    def giving_call(
        self, routine: str, args: list[Operand | int], e: A.Call, slot: SlotRef, first: int, mark: Temp | None
    ) -> Temp:
        """A call whose arguments (at `first` in `slot` on, the keywords' values after the positional ones)
        include values nothing else refers to, made since `mark`: a parameter of the program's own function
        or method whose every use leaves it the only reference takes such a value as its own, and drops it
        when the function returns, as CPython's frame does (py_arg_mark)."""
        fb = self.fb
        temps = 0
        given = [*e.args, *(k.value for k in e.keywords)]
        if mark is not None and first + len(given) < MARKED_ARGUMENTS:
            for i, a in enumerate(given):
                if _temporary(a):
                    temps |= 1 << (first + i)
        if not temps:
            return self.call(routine, args)
        assert mark is not None
        fb.store(Sym("py_call_argv"), slot)
        fb.store(Sym("py_call_temps"), temps)
        fb.store(Sym("py_call_mark"), mark)
        made = fb.call(routine, args)
        assert made is not None
        fb.store(Sym("py_call_argv"), 0)  # (a later call from this frame passes the same array)
        self.check()
        return made

    def adoption_mark(self, e: A.Call) -> Temp | None:
        """Before a call's arguments, when one is a value nothing else refers to: the serial mark."""
        if self.m.closing and any(_temporary(a) for a in [*e.args, *(k.value for k in e.keywords)]):
            return self.fb.load(Sym("py_gen_serial"))
        return None

    def adopt_args(self, made: Temp, slot: SlotRef, first: int, count: int, mark: Temp | None) -> Temp:
        """A generator function's call: its generator holds the arguments, and drops them when it goes."""
        if mark is None:
            return made
        start = self.fb.binary("add", slot, first) if first else slot
        return self.call("py_gen_adopt_args", [made, start, count, mark], can_raise=False)

    def consuming_call(self, name: str, e: A.Call) -> Operand:
        """A call of a built-in that consumes its argument and keeps no reference to it (any, next, list,
        ...), given a value nothing else refers to (a call's, a generator expression's): CPython drops that
        value when the call returns or raises, closing a generator it leaves suspended."""
        fb = self.fb
        mark = (fb.load(Sym("py_gen_serial")), None)
        temps = [fb.copy(Const(NONE)) for a in e.args if _temporary(a)]
        self.captures = {id(a): t for a, t in zip([a for a in e.args if _temporary(a)], temps, strict=True)}
        outer_handler, self.handler = self.handler, fb.new_block("consumed_drop")
        result = self.builtin_call(name, e)
        if result is None:
            result = self.value_call(e)
        self.captures = {}
        drop_exc, self.handler = self.handler, outer_handler
        result = fb.copy(result)
        for temp in temps:
            self.drop(temp, None, mark)
        after = fb.new_block("consumed")
        fb.jump(after)
        fb.set_block(drop_exc)
        for temp in temps:
            self.drop(temp, None, mark)
        fb.jump(outer_handler)
        fb.set_block(after)
        return result

    def positional_list(self, e: A.Call) -> Operand:
        """A call's positional arguments, each `*iterable` spread, in a new list."""
        collected = self.fb.copy(self.call("py_new_list", [4], can_raise=False))
        for a in e.args:
            if isinstance(a, A.Starred):
                self.call("py_list_extend", [collected, self.expr(a.value)])
            else:
                self.call("py_list_append", [collected, self.expr(a)], can_raise=False)
        return collected

    def star_call(self, callee: Operand, e: A.Call) -> Operand:
        callee = self.fb.copy(callee)
        collected = self.positional_list(e)
        for k in e.keywords:
            self.call("py_list_append", [collected, self.expr(k.value)], can_raise=False)
        return self.call("py_call_list", [callee, collected, len(e.keywords), self.kw_names(e)])

    def kwsplat_call(self, callee: Operand, e: A.Call) -> Operand:
        """f(..., **mapping): the positional arguments in a list, the keywords gathered in a dict."""
        fb = self.fb
        callee = fb.copy(callee)
        collected = self.positional_list(e)
        keywords = fb.copy(self.call("py_new_dict", [], can_raise=False))
        for k in e.keywords:
            value = self.expr(k.value)
            if k.name is None:
                self.call("py_kw_merge", [callee, keywords, value])
            else:
                self.call("py_kw_add", [callee, keywords, self.const_str(k.name), value])
        return self.call("py_call_kwdict", [callee, collected, keywords])

    def kw_names(self, e: A.Call) -> Operand:
        if not e.keywords:
            return Const(0)
        fb = self.fb
        names = [self.const_str(k.name or "") for k in e.keywords]
        slot = fb.slot("kwnames", len(names))
        for i, n in enumerate(names):
            fb.store(slot, n, i)
        return self.call("py_tuple_from", [slot, len(names)], can_raise=False)

    def super_object(self, call: A.Call) -> Operand:
        if self.class_sym is None or self.self_temp is None:
            cls: Operand = Const(UNBOUND)
            me: Operand = Const(UNBOUND)
        else:
            cls = self.fb.load(self.class_sym)
            me = self.self_temp
        return self.call("py_super", [cls, me])

    def keyword_map(self, e: A.Call, allowed: tuple[str, ...], name: str) -> dict[str, Operand] | None:
        found: dict[str, Operand] = {}
        for k in e.keywords:
            if k.name not in allowed:
                self.m.diags.error(
                    "unsupported",
                    f"{name}() got an unexpected keyword argument '{k.name}'"
                    if k.name
                    else f"'**' in a call of {name}() is not supported",
                    k.span,
                )
                return None
            if k.name != "file" or name != "print":  # print's file is a stream, which print_stream took
                found[k.name] = self.expr(k.value)
        return found

    def dict_call(self, e: A.Call) -> Operand:
        """dict(mapping or pairs, key=value, ...): the keywords set after the positional argument's items."""
        for k in e.keywords:
            if k.name is None:
                self.m.diags.error("unsupported", "'**' in a call of dict() is not supported", k.span)
                return Const(NONE)
        if not self.arity(e, "dict", 0, 1):
            return Const(NONE)
        if e.args:
            made = self.call("py_to_dict", [self.expr(e.args[0])])
        else:
            made = self.call("py_new_dict", [], can_raise=False)
        d = self.fb.copy(made)
        for k in e.keywords:
            assert k.name is not None
            self.call("py_dict_set", [d, self.const_str(k.name), self.expr(k.value)], can_raise=False)
        return d

    def print_stream(self, e: A.Call) -> int | None:
        """print's file= keyword (which keyword_map then skips): 0 for sys.stdout (or none, or None), 1 for
        sys.stderr; None (after a diagnostic) for any other file."""
        for k in e.keywords:
            if k.name != "file":
                continue
            what = self.imported(k.value)
            if what in ("sys.stdout", "sys.stderr"):
                return 1 if what == "sys.stderr" else 0
            if isinstance(k.value, A.Const) and k.value.value is None:
                return 0
            if what is not None and self.missing_member(what):  # sys.stdrr: CPython's AttributeError
                return 0
            message = "print(file=...) takes sys.stdout or sys.stderr here"
            self.m.diags.error("unsupported", message, k.value.span)
            return None
        return 0

    def arity(self, e: A.Call, name: str, lo: int, hi: int) -> bool:
        n = len(e.args)
        if any(isinstance(a, A.Starred) for a in e.args):
            return False
        if lo <= n <= hi:
            return True
        if lo == hi:
            expected = f"exactly {lo} argument{'s' if lo != 1 else ''}"
        elif n < lo:
            expected = f"at least {lo} argument{'s' if lo != 1 else ''}"
        else:
            expected = f"at most {hi} argument{'s' if hi != 1 else ''}"
        self.m.diags.error("arguments", f"{name}() takes {expected} ({n} given)", e.span)
        return False

    def builtin_call(self, name: str, e: A.Call) -> Operand | None:
        """A call of a built-in by its name: the runtime routine directly. None: call it as a value."""
        fb = self.fb
        if any(isinstance(a, A.Starred) for a in e.args):
            if name in ("print", "max", "min", "zip", "map", "sorted"):
                return None
            self.m.diags.error(
                "unsupported", f"'*' arguments in a call of {name}() are not supported", e.span
            )
            return Const(NONE)
        if name == "print":
            values = [self.expr(a) for a in e.args]  # before file=, as CPython evaluates them
            stream = self.print_stream(e)
            if stream is None:
                return Const(NONE)
            kws = self.keyword_map(e, ("sep", "end", "flush", "file"), name)
            if kws is None:
                return Const(NONE)
            slot = self.argv(len(values))
            for i, v in enumerate(values):
                fb.store(slot, v, i)
            sep, end = kws.get("sep", Const(NONE)), kws.get("end", Const(NONE))
            return self.call("py_print", [slot, len(values), sep, end, stream])
        if name == "super":
            return self.super_object(e)
        if name in ("sorted",):
            kws = self.keyword_map(e, ("key", "reverse"), name)
            if kws is None or not self.arity(e, name, 1, 1):
                return Const(NONE)
            return self.call(
                "py_sorted",
                [self.expr(e.args[0]), kws.get("key", Const(NONE)), kws.get("reverse", Const(FALSE))],
            )
        if name in ("min", "max"):
            kws = self.keyword_map(e, ("key", "default"), name)
            if kws is None:
                return Const(NONE)
            if not e.args:
                self.m.diags.error("arguments", f"{name} expected at least 1 argument, got 0", e.span)
                return Const(NONE)
            values = [self.expr(a) for a in e.args]
            slot = self.argv(len(values))
            for i, v in enumerate(values):
                fb.store(slot, v, i)
            return self.call(
                "py_minmax",
                [
                    slot,
                    len(values),
                    kws.get("key", Const(NONE)),
                    kws.get("default", Const(UNBOUND)),
                    1 if name == "max" else 0,
                ],
            )
        if name == "enumerate":
            kws = self.keyword_map(e, ("start",), name)
            if kws is None or not self.arity(e, name, 1, 2):
                return Const(NONE)
            start = self.expr(e.args[1]) if len(e.args) > 1 else kws.get("start", pyint(0))
            return self.call("py_enumerate", [self.expr(e.args[0]), start])
        if name == "int" and e.keywords:
            kws = self.keyword_map(e, ("base",), name)
            if kws is None or not self.arity(e, name, 1, 1):
                return Const(NONE)
            return self.call("py_int", [self.expr(e.args[0]), kws["base"]])
        if name == "dict" and e.keywords:
            return self.dict_call(e)
        if name == "sum" and e.keywords and len(e.args) == 1:  # sum(xs, start=10), as CPython 3.8 on
            iterable = self.fb.copy(self.expr(e.args[0]))
            kws = self.keyword_map(e, ("start",), name)
            return Const(NONE) if kws is None else self.call("py_sum", [iterable, kws["start"]])
        strict: Operand = Const(FALSE)
        if name == "zip" and e.keywords:  # zip(xs, ys, strict=True), as CPython 3.10 on
            values = [fb.copy(self.expr(a)) for a in e.args]  # before the keyword, as CPython evaluates
            kws = self.keyword_map(e, ("strict",), name)
            if kws is None:
                return Const(NONE)
            slot = self.argv(len(values))
            for i, v in enumerate(values):
                fb.store(slot, v, i)
            return self.call("py_zip", [slot, len(values), kws["strict"]])
        if e.keywords:
            self.m.diags.error("unsupported", f"{name}() takes no keyword arguments", e.keywords[0].span)
            return Const(NONE)
        args = e.args
        simple = {
            "len": ("py_len", 1), "repr": ("py_repr", 1), "abs": ("py_abs", 1), "ord": ("py_ord", 1),
            "chr": ("py_chr", 1), "reversed": ("py_reversed", 1), "isinstance": ("py_isinstance", 2),
            "divmod": ("py_divmod", 2), "filter": ("py_filter", 2), "iter": ("py_iter", 1),
            "type": ("py_type", 1), "hash": ("py_hash_builtin", 1), "issubclass": ("py_issubclass", 2),
            "setattr": ("py_setattr_builtin", 3), "callable": ("py_callable", 1), "id": ("py_id", 1),
            "ascii": ("py_ascii", 1), "vars": ("py_vars", 1),
        }  # fmt: skip
        if name == "hasattr":
            if not self.arity(e, name, 2, 2):
                return Const(NONE)
            values = [self.expr(a) for a in args]
            return self.call("py_hasattr", [values[0], values[1], *self.named_method(args[1])])
        if name in simple:
            routine, count = simple[name]
            if name == "type":
                self.m.features.add("py_builtin_code")  # the type a call of it names
            if not self.arity(e, name, count, count):
                return Const(NONE)
            values = [self.expr(a) for a in args]
            return self.call(routine, values)
        if name == "input":
            if not self.arity(e, name, 0, 1):
                return Const(NONE)
            return self.call("py_input", [self.expr(args[0]) if args else Const(UNBOUND)])
        if name == "range":
            if not self.arity(e, name, 1, 3):
                return Const(NONE)
            values = [self.expr(a) for a in args]
            if len(values) == 1:
                values = [pyint(0), values[0]]
            if len(values) == 2:
                values.append(pyint(1))
            return self.call("py_range", values)
        if name in ("str", "int", "bool", "list", "tuple", "set", "dict"):
            hi = 2 if name == "int" else 1
            if not self.arity(e, name, 0, hi):
                return Const(NONE)
            if not args:
                empty = {
                    "str": "py_str_empty",
                    "int": None,
                    "bool": None,
                    "list": "py_new_list",
                    "tuple": "py_tuple_empty",
                    "set": "py_new_set",
                    "dict": "py_new_dict",
                }[name]
                if name == "int":
                    return pyint(0)
                if name == "bool":
                    return Const(FALSE)
                assert empty is not None
                return self.call(empty, [4] if name == "list" else [], can_raise=False)
            value = self.expr(args[0])
            if name == "int":
                base = self.expr(args[1]) if len(args) > 1 else Const(UNBOUND)
                return self.call("py_int", [value, base])
            routine = {
                "str": "py_str",
                "bool": "py_truth_value",
                "list": "py_to_list",
                "tuple": "py_to_tuple",
                "set": "py_to_set",
                "dict": "py_to_dict",
            }[name]
            return self.call(routine, [value])
        if name == "sum":
            if not self.arity(e, name, 1, 2):
                return Const(NONE)
            values = [self.expr(a) for a in args]
            return self.call("py_sum", [values[0], values[1] if len(values) > 1 else pyint(0)])
        if name in FLOAT_BUILTINS:
            self.m.uses_floats = True
        if name == "float":
            if not self.arity(e, name, 0, 1):
                return Const(NONE)
            if not args:
                return self.call("py_float_bits", [0], can_raise=False)
            return self.call("py_float_of", [self.expr(args[0])])
        if name == "round":
            if not self.arity(e, name, 1, 2):
                return Const(NONE)
            values = [self.expr(a) for a in args]
            return self.call("py_round", [values[0], values[1] if len(values) > 1 else Const(NONE)])
        if name == "pow":
            if not self.arity(e, name, 2, 3):
                return Const(NONE)
            values = [self.expr(a) for a in args]
            return self.call(
                "py_pow3", [values[0], values[1], values[2] if len(values) > 2 else Const(UNBOUND)]
            )
        if name in ("zip", "map"):
            if name == "map" and not self.arity(e, name, 2, 99):
                return Const(NONE)
            values = [self.expr(a) for a in args]
            if name == "zip":
                slot = self.argv(len(values))
                for i, v in enumerate(values):
                    fb.store(slot, v, i)
                return self.call("py_zip", [slot, len(values), strict])
            func = fb.copy(values[0])
            slot = self.argv(len(values) - 1)
            for i, v in enumerate(values[1:]):
                fb.store(slot, v, i)
            return self.call("py_map", [func, slot, len(values) - 1])
        if name in ("any", "all"):
            if not self.arity(e, name, 1, 1):
                return Const(NONE)
            return self.call("py_any_all", [self.expr(args[0]), 1 if name == "all" else 0])
        if name in ("hex", "bin", "oct"):
            if not self.arity(e, name, 1, 1):
                return Const(NONE)
            return self.call("py_bin_text", [self.expr(args[0]), {"hex": 16, "bin": 2, "oct": 8}[name]])
        if name == "getattr":
            if not self.arity(e, name, 2, 3):
                return Const(NONE)
            values = [self.expr(a) for a in args]
            dflt = values[2] if len(values) > 2 else Const(UNBOUND)
            return self.call("py_getattr_builtin", [values[0], values[1], dflt, *self.named_method(args[1])])
        if name == "format":
            if not self.arity(e, name, 1, 2):
                return Const(NONE)
            values = [self.expr(a) for a in args]
            spec = values[1] if len(values) > 1 else Const(UNBOUND)
            return self.call("py_format_builtin", [values[0], spec])
        if name == "next":
            if not self.arity(e, name, 1, 2):
                return Const(NONE)
            values = [self.expr(a) for a in args]
            return self.call("py_next_builtin", [values[0], values[1] if len(values) > 1 else Const(UNBOUND)])
        if name == "object":
            if not self.arity(e, name, 0, 0):
                return Const(NONE)
            return self.call("py_new_instance", [fb.load(Sym("py_cls_object"))], can_raise=False)
        if name == "slice":  # slice(stop), slice(start, stop[, step])
            if not self.arity(e, name, 1, 3):
                return Const(NONE)
            values = [self.expr(a) for a in args]
            bounds = [Const(NONE), values[0], Const(NONE)] if len(values) == 1 else [*values, Const(NONE)]
            return self.call("py_slice_new", bounds[:3], can_raise=False)
        return None


UNARY_FOLDS: dict[str, Callable[[Any], object]] = {
    "-": operator.neg,
    "+": operator.pos,
    "~": operator.invert,
    "not": operator.not_,
}
BINARY_FOLDS: dict[str, Callable[[Any, Any], object]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "//": operator.floordiv,
    "%": operator.mod,
    "**": operator.pow,
    "<<": operator.lshift,
    ">>": operator.rshift,
    "&": operator.and_,
    "|": operator.or_,
    "^": operator.xor,
}


GENERATOR_METHODS = frozenset({"send", "close", "throw"})


def owned_names(
    body: list[A.Stmt], candidates: list[str], consumers: set[str], wrappers: set[str]
) -> list[str]:
    """The candidates whose every use leaves their value referred to by the name alone: assigned alone
    (`g = make()`, not `a = b = ...`, a tuple, a loop's target or any other binding), deleted, and read only
    by next() or a consuming built-in (`consumers`), as a loop's iterable (or an argument of the loop's
    enumerate or zip, `wrappers`), for a generator's own methods (`g.send(x)`, `g.close()`, `g.throw(e)`),
    or by `is` (`g is None`). Where the name goes anywhere else
    (returned, stored, passed to a function, bound by a def, a handler's `as` or `global`), CPython's moment
    of dropping its value is not known here. A nested function's, class body's or comprehension's own
    names are other names. A parameter among them owns its argument where the caller made it for the call
    (giving_call)."""
    names = set(candidates)
    unsafe: set[str] = set()

    def visit(node: object, shadowed: frozenset[str], in_class: frozenset[str]) -> None:
        if isinstance(node, list):
            for item in node:
                if isinstance(item, str):
                    if item in names and item not in shadowed:
                        unsafe.add(item)  # global g
                else:
                    visit(item, shadowed, in_class)
            return
        if not isinstance(node, A.Node):
            return
        hidden = shadowed | in_class
        if isinstance(node, A.Name):
            if node.id not in hidden:
                unsafe.add(node.id)
            return
        scope = getattr(node, "scope", None)
        if isinstance(scope, A.Scope) and not isinstance(node, A.Module):
            own = frozenset(scope.locals) - scope.globals
            if isinstance(node, A.ClassDef):
                for part in ("name", "bases", "decorators"):
                    visit([getattr(node, part)], shadowed, in_class)
                visit(node.body, shadowed, own)
                return
            shadowed, in_class = hidden | own, frozenset()
            hidden = shadowed
        if isinstance(node, A.Call):
            func = node.func
            if isinstance(func, A.Name) and func.id in consumers and func.id not in hidden:
                visit([a for a in node.args if not isinstance(a, A.Name)], shadowed, in_class)
                visit(node.keywords, shadowed, in_class)
                return
            if (
                isinstance(func, A.Attribute)
                and func.attr in GENERATOR_METHODS
                and isinstance(func.value, A.Name)
            ):
                visit([node.args, node.keywords], shadowed, in_class)
                return
        elif isinstance(node, A.For) and isinstance(node.iter, A.Name):
            visit([node.target, node.body, node.orelse], shadowed, in_class)
            unsafe.update(_rebound(node.body, {node.iter.id}))
            return
        elif (
            isinstance(node, A.For)
            and isinstance(node.iter, A.Call)
            and isinstance(node.iter.func, A.Name)
            and node.iter.func.id in wrappers
            and node.iter.func.id not in hidden
        ):  # the loop's enumerate or zip of the name goes when the loop ends
            names_given = [a for a in node.iter.args if not isinstance(a, A.Name)]
            visit([names_given, node.iter.keywords, node.target, node.body, node.orelse], shadowed, in_class)
            unsafe.update(_rebound(node.body, {a.id for a in node.iter.args if isinstance(a, A.Name)}))
            return
        elif isinstance(node, A.Compare) and all(op in ("is", "is not") for op in node.ops):
            operands = [node.left, *node.comparators]  # (`it is None` keeps no reference)
            visit([x for x in operands if not isinstance(x, A.Name)], shadowed, in_class)
            return
        elif isinstance(node, A.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], A.Name):
            visit(node.value, shadowed, in_class)
            return
        elif isinstance(node, A.Del):
            visit([t for t in node.targets if not isinstance(t, A.Name)], shadowed, in_class)
            return
        for f in fields(node):
            value = getattr(node, f.name)
            if isinstance(value, str) and not isinstance(node, (A.Const, A.Attribute, A.Keyword)):
                visit([value], shadowed, in_class)  # bound otherwise: a def, a handler's `as`, a parameter
            elif isinstance(value, (A.Node, list)):
                visit(value, shadowed, in_class)

    visit(body, frozenset(), frozenset())
    return [name for name in candidates if name not in unsafe]


def _rebound(body: list[A.Stmt], names: set[str]) -> set[str]:
    """The names among `names` that an assignment or a `del` in `body` (not a nested scope's) binds anew:
    a loop over one holds its value meanwhile, so that CPython does not drop it there."""
    found: set[str] = set()

    def visit(node: object) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
            return
        if not isinstance(node, A.Node) or isinstance(getattr(node, "scope", None), A.Scope):
            return
        if isinstance(node, (A.Assign, A.Del)):
            targets = node.targets
            found.update(t.id for t in targets if isinstance(t, A.Name) and t.id in names)
        for name in A.child_fields(type(node)):
            value = getattr(node, name)
            if isinstance(value, (A.Node, list)):
                visit(value)

    visit(body)
    return found


def _temporary(e: A.Expr) -> bool:
    """Whether e's value is referred to by nothing but what takes it: a call's result (which a
    generator function makes anew) or a generator expression."""
    return isinstance(e, A.Call) or (isinstance(e, A.ListComp) and e.kind == "gen")


def _constant_key(e: A.Expr) -> object:
    """A folded constant's value as CPython's compiler tells constants apart (1 and True differ)."""
    value = _constant_value(e)

    def key(v: object) -> object:
        return tuple(key(x) for x in v) if isinstance(v, tuple) else (type(v).__name__, v)

    return key(value)


def _constant_value(e: A.Expr) -> object:
    if isinstance(e, A.Const):
        return e.value
    if isinstance(e, A.TupleExpr):
        return tuple(_constant_value(elt) for elt in e.elts)
    if isinstance(e, A.UnaryOp) and e.op in UNARY_FOLDS:
        return _small(UNARY_FOLDS[e.op](_constant_value(e.operand)))
    if isinstance(e, A.BinOp) and e.op in BINARY_FOLDS:
        left, right = _constant_value(e.left), _constant_value(e.right)
        if e.op == "**" and isinstance(right, int) and right > 128:
            raise ValueError("not folded")  # CPython's optimiser folds only small powers
        return _small(BINARY_FOLDS[e.op](left, right))
    raise TypeError("not a constant")


def _small(value: object) -> object:
    """CPython's optimiser keeps a folded int only up to 128 bits and a string up to 4096 characters."""
    too_long = isinstance(value, str) and len(value) > 4096
    if too_long or (isinstance(value, int) and value.bit_length() > 128):
        raise ValueError("not folded")
    return value


def _docstring(body: list[A.Stmt]) -> str | None:
    """The docstring a function's or a class's body begins with (CPython's __doc__), or None."""
    first = body[0].value if body and isinstance(body[0], A.ExprStmt) else None
    if isinstance(first, A.Const) and isinstance(first.value, str):
        return first.value
    return None


def _const_int(e: A.Expr) -> int | None:
    if isinstance(e, A.Const) and isinstance(e.value, int) and not isinstance(e.value, bool):
        return e.value
    return None


def lower_function_body(
    m: ModuleLowering,
    node: A.FunctionDef | A.Lambda,
    params: list[A.Param],
    code_name: str,
    qualname: str,
    display: str,
    class_sym: Sym | None,
) -> None:
    scope = node.scope
    assert scope is not None
    if scope.generator:
        lower_generator(m, node, params, code_name, display)
        return
    fb = m.mb.function(code_name, [("fn", "ptr"), ("argv", "ptr")], line=node.span.line)
    fl = FunctionLowering(m, fb, scope, display, is_main=False, class_sym=class_sym)
    fl.params = frozenset(p.name for p in params)
    frame = fl.frames[0]
    fn, argv = fb.param(0), fb.param(1)
    ordered = (
        [p for p in params if not p.kind]
        + [p for p in params if p.kind == "*"]
        + [p for p in params if p.kind == "**"]
    )
    for i, p in enumerate(ordered):
        temp = fb.new_temp(p.name)
        fb.load(argv, i, temp)
        if p.name in scope.cells:
            cell = fb.new_temp(f"{p.name}.cell")
            fb.copy(fl.call("py_cell_new", [temp], can_raise=False), cell)
            frame.vars[p.name] = cell
        else:
            frame.vars[p.name] = temp
        if i == 0 and class_sym is not None:
            fl.self_temp = temp
    for name in scope.locals:
        if name in frame.vars:
            continue
        temp = fb.new_temp(name)
        if name in scope.cells:
            fb.copy(fl.call("py_cell_new", [UNBOUND], can_raise=False), temp)
        else:
            fb.copy(UNBOUND, temp)
        frame.vars[name] = temp
    for i, name in enumerate(scope.frees):
        temp = fb.new_temp(f"{name}.free")
        fb.load(fn, 8 + i, temp)
        frame.vars[name] = temp
    if isinstance(node, A.Lambda):
        fb.set_line(node.span.line)
        fb.ret(fl.expr(node.body))
    else:
        fl.own_names(node.body, [name for name in scope.locals if name not in scope.cells])
        fl.own_params(argv, [p.name for p in ordered])
        fl.block(node.body)
    fl.finish()


def lower_generator(
    m: ModuleLowering, node: A.FunctionDef | A.Lambda, params: list[A.Param], code_name: str, display: str
) -> None:
    """A generator function: its code makes the generator (binding the arguments into a new frame), and
    a second IR function, the resumption, runs the body from the start or from the yield where it last
    returned, with every local in the frame."""
    scope = node.scope
    assert scope is not None
    resume_name = code_name + ".resume"
    rb = m.mb.function(resume_name, [("gen", "ptr")], line=node.span.line)
    fl = FunctionLowering(m, rb, scope, display, is_main=False)
    gen = rb.param(0)
    fl.gen = gen
    fl.gen_frame = rb.load(gen, 3, rb.new_temp("frame"))
    fn = rb.load(gen, 4, rb.new_temp("fn"))
    frame = fl.frames[0]
    for index, name in enumerate(scope.locals):
        if name in scope.cells:
            frame.vars[name] = rb.load(fl.gen_frame, index, rb.new_temp(f"{name}.cell"))
        else:
            fl.frame_index[name] = index
    fl.frame_size = len(scope.locals)
    for i, name in enumerate(scope.frees):
        frame.vars[name] = rb.load(fn, 8 + i, rb.new_temp(f"{name}.free"))
    fl.definite = {p.name for p in params}
    state = rb.load(gen, 2, rb.new_temp("state"))
    dispatch, start = rb.new_block("dispatch"), rb.new_block("start")
    rb.jump(dispatch)
    rb.set_block(start)
    if isinstance(node, A.Lambda):
        assert node.gen_body is not None
        fl.block(node.gen_body)
    else:
        fl.block(node.body)
    body_end = rb.current
    fl.finish()
    # the dispatch on the state: 0 at the start, k after the k-th yield
    rb.set_block(dispatch)
    rb.set_line(node.span.line)
    for k, label in enumerate([start, *fl.resume_points]):
        nxt = rb.new_block("dispatch")
        rb.branch(rb.binary("eq", state, k), label, nxt)
        rb.set_block(nxt)
    rb.ret(STOP)
    del body_end
    # the function's own code: the generator with its arguments in its frame
    fb = m.mb.function(code_name, [("fn", "ptr"), ("argv", "ptr")], line=node.span.line)
    fb.set_line(node.span.line)
    made = fb.call("py_gen_new", [Sym(resume_name), fb.param(0), fl.frame_size, int(scope.closes)])
    assert made is not None
    frame_ptr = fb.load(made, 3)
    ordered = (
        [p for p in params if not p.kind]
        + [p for p in params if p.kind == "*"]
        + [p for p in params if p.kind == "**"]
    )
    for i, p in enumerate(ordered):
        value = fb.load(fb.param(1), i)
        if p.name in scope.cells:
            cell = fb.call("py_cell_new", [value])
            assert cell is not None
            value = cell
        fb.store(frame_ptr, value, scope.locals.index(p.name))
    names = {p.name for p in params}
    for index, name in enumerate(scope.locals):
        if name in scope.cells and name not in names:
            cell = fb.call("py_cell_new", [UNBOUND])
            assert cell is not None
            fb.store(frame_ptr, cell, index)
    fb.ret(made)
    fb.finish()


MODULE_CODE = "module.main"  # the IR function of the module's own code


def _pairwise(s: A.Assign) -> tuple[list[A.Expr], list[A.Expr]] | None:
    """(targets, values) of an assignment `a, b = x, y`: one target, a tuple or list of as many plain
    targets as the tuple display on the right has plain values; None for any other."""
    if len(s.targets) != 1 or not isinstance(s.value, A.TupleExpr):
        return None
    target = s.targets[0]
    if not isinstance(target, (A.TupleExpr, A.ListExpr)) or len(target.elts) != len(s.value.elts):
        return None
    if any(isinstance(e, A.Starred) for e in (*target.elts, *s.value.elts)):
        return None
    return target.elts, s.value.elts


def lower(module: A.Module, diags: DiagnosticBag) -> Module:
    assert module.scope is not None
    filename = module.span.file
    m = ModuleLowering(diags, filename)
    m.module_scope = module.scope
    m.imports = module.imports
    m.exit_raises = module.exit_raises
    m.closing = module.closing
    m.throws = module.throws
    for name in module.scope.locals:
        m.global_var(name)
    # The module's code is called by py_main (runtime/py/pyrt.c), whose frame marks the top of the stack
    # the collector scans, with the heap's bounds and malloc's top and peak.
    start = m.mb.function("main", [], ret="w", line=1)
    start.set_line(1)
    base, limit = start.heap_info("heapbase"), start.heap_info("heaplimit")
    done = start.call("py_main", [Sym(MODULE_CODE), base, limit, Sym("__heap_top"), Sym("__heap_peak")])
    assert done is not None
    start.ret(done)
    start.finish()
    fb = m.mb.function(MODULE_CODE, [], ret="w", line=1)
    fl = FunctionLowering(m, fb, module.scope, "<module>", is_main=True)
    fb.set_line(1)
    fl.call_void("py_init", [])
    init_block = fb.current
    fl.own_names(module.body, module.scope.locals)
    fl.block(module.body)
    fl.finish()
    # The string constants are made when the program starts, right after the runtime's own start.
    setup: list[CallInstr | StoreInstr] = []
    for index, (holder, text) in enumerate(m.string_inits):
        temp = Temp(f"kinit.{index}")
        setup.append(CallInstr(temp, Sym("py_const_str"), [text]))
        setup.append(StoreInstr(holder, temp, 0))
    for index, (bits, holder) in enumerate(m.floats.items()):
        temp = Temp(f"kfinit.{index}")
        setup.append(CallInstr(temp, Sym("py_float_bits"), [Const(bits)]))
        setup.append(StoreInstr(holder, temp, 0))
    if m.uses_floats or "format" in m.method_names:  # str.format's fields may format floats
        setup.append(StoreInstr(Sym("py_f64_format"), Sym("f64_format"), 0))
        setup.append(StoreInstr(Sym("py_f64_out"), Sym("f64_out"), 0))
        setup.append(StoreInstr(Sym("py_f64_len"), Sym("f64_len"), 0))
        setup.append(StoreInstr(Sym("py_float_op"), Sym("py_float_dispatch"), 0))
    targets = {
        "py_instance_code": "py_instantiate",
        "py_builtin_code": "py_call_builtin",
        "py_method_code": "py_call_method",
        "py_special_attrs": "py_special_attr_code",
        "py_more_builtins": "py_more_builtins_code",
        "py_math_code": "py_call_math",
    }
    for feature in sorted(m.features):
        setup.append(StoreInstr(Sym(feature), Sym(targets[feature]), 0))
    if m.closing:  # the tracebacks of exceptions ignored in closing a generator name the file
        setup.append(StoreInstr(Sym("py_file_name"), m.cstring(filename), 0))
    if m.closing or m.method_names & {"close", "throw"}:
        setup.append(StoreInstr(Sym("py_gen_ops"), Sym("py_gen_ops_code"), 0))
    hints = m.attribute_hint_table(module)
    if hints is not None:
        setup.append(StoreInstr(Sym("py_attr_hints"), hints, 0))
    used_types = {kind for name in m.method_names for kind in m.method_types.get(name, ())}
    for kind, (pointer, routine) in METHOD_FAMILIES.items():
        if kind in used_types:
            setup.append(StoreInstr(Sym(pointer), Sym(routine), 0))
    for instr in setup:
        instr.line = 1
    init_block.instrs[1:1] = setup
    return m.mb.finish()
