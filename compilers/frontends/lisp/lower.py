"""Lowering: the core tree (core.py) to the shared IR, over the LISP runtime (compilers/runtime/lisp).

Values are words (README.md): the integer n is n*10^7 + 5*10^6 and the character c is c*10^7 + 6*10^6, so
neither can ever equal a Store address (below 10^6) and the collector leaves them alone; everything else is
the address of an object whose first word is its tag (cons 1, symbol 2, string 3, function 4, vector 5,
box 6, structure 7). NIL and T are the runtime's static symbols @lisp_nil and @lisp_t; the program's own
symbols and quoted constants are static objects in its globals.

Every function is an IR function `(%clo, %argc, %a0, %a1, %a2, %a3, %rest)`: the closure it was called
through, the number of arguments, the first four arguments and a list of the others. Every LISP variable
lives in the function's root frame ($roots, README of the runtime), so the collector finds and updates it;
an intermediate value that must survive a call is kept in a spill word of the same frame. A call in tail
position is an IR tailcall, so recursion in tail position runs in constant stack.
"""

from __future__ import annotations

import re

from compilers.diagnostics import DiagnosticBag
from compilers.frontends.lisp import core as C
from compilers.frontends.lisp.ast import NIL, Char, Cons, LString, Symbol, T
from compilers.frontends.lisp.check import SBCL_FBOUND, Program
from compilers.ir import Module, parse_module

SCALE, FIX, CHR, UNBOUND = 10_000_000, 5_000_000, 6_000_000, 7_000_000
TAG_CONS, TAG_SYMBOL, TAG_STRING, TAG_FUNCTION, TAG_VECTOR = 1, 2, 3, 4, 5
ARGS_IN_REGISTERS = 4

# Primitives that are one call of a runtime routine (lisp.ir) with the same arguments.
ROUTINES = {
    "CONS": "lisp_cons",
    "CAR": "lisp_car",
    "CDR": "lisp_cdr",
    "FIRST": "lisp_car",
    "REST": "lisp_cdr",
    "RPLACA": "lisp_rplaca",
    "RPLACD": "lisp_rplacd",
    "ADD": "lisp_add",
    "SUB": "lisp_sub",
    "MUL": "lisp_mul",
    "LT": "lisp_lt",
    "GT": "lisp_gt",
    "LE": "lisp_le",
    "GE": "lisp_ge",
    "NUMEQ": "lisp_numeq",
    "NUMNE": "lisp_numne",
    "TRUNC": "lisp_trunc",
    "FLOOR": "lisp_floor",
    "MOD": "lisp_mod",
    "REM": "lisp_rem",
    "DIVIDE": "lisp_divide",
    "%TAG": "lisp_tagf",
    "%PUTC": "lisp_putc",
    "%PRINT-INT": "lisp_print_int",
    "%SLEN": "lisp_slen",
    "%SREF": "lisp_sref",
    "%SSET": "lisp_sset",
    "%MAKE-STRING": "lisp_make_string",
    "%VLEN": "lisp_vlen",
    "%VREF": "lisp_vref",
    "%VSET": "lisp_vset",
    "%MAKE-VECTOR": "lisp_make_vector",
    "%SYMBOL-NAME": "lisp_symbol_name",
    "%SYMBOL-STYLE": "lisp_symbol_style",
    "CHAR-CODE": "lisp_char_code",
    "CODE-CHAR": "lisp_code_char",
    "%SYMBOL-FUNCTION": "lisp_fn",
    "%MAKE-STRUCT": "lisp_make_struct",
    "%STRUCT-TYPE": "lisp_struct_type",
    "ENDP": "lisp_endp",
    "ZEROP": "lisp_zerop",
    "%INT-CHAR": "lisp_code_char",
    "%APPLY": "lisp_apply",
    "%VREF-STRUCT": "lisp_struct_ref",
    "%STRUCT-SET-RAW": "lisp_struct_set",
    "%MAKE-UNINTERNED": "lisp_make_symbol",
    "%SYMBOL-FUNCTION-OR-ZERO": "lisp_symbol_function_or_zero",
    "%GETC": "lisp_getc",
    "%UNGETC": "lisp_ungetc",
}
INLINE_ARITH = {"ADD": "add", "SUB": "sub", "LT": "lt", "GT": "gt", "LE": "le", "GE": "ge", "NUMEQ": "eq"}
TYPE_TESTS = {
    "CONSP": TAG_CONS,
    "SYMBOLP": TAG_SYMBOL,
    "STRINGP": TAG_STRING,
    "FUNCTIONP": TAG_FUNCTION,
    "VECTORP": TAG_VECTOR,
    "NUMBERP": 0,
    "INTEGERP": 0,
    "CHARACTERP": 9,
}


def symbol_style(s: Symbol, program: Program) -> int:
    """0: a list headed by s prints as data; 1: as a call (or a form with its own printer, prelude.lisp);
    2 + n: as the call of a macro of the program whose &body follows n parameters."""
    body_after = program.body_after.get(s)
    if body_after is not None:
        return 2 + body_after
    return 1 if s.name in SBCL_FBOUND or s in program.operators else 0


def fixnum(n: int) -> int:
    return n * SCALE + FIX


def mangle(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "_", name)[:24]


class Lowerer:
    def __init__(self, program: Program) -> None:
        self.program = program
        self.globals: list[str] = []
        self.symbols: dict[Symbol, str] = {NIL: "lisp_nil", T: "lisp_t"}
        self.strings: dict[str, str] = {}
        self.fn_names: dict[C.FuncInfo, str] = {}
        self.static_closures: dict[C.FuncInfo, str] = {}
        self.funcs: list[str] = []
        self.pending: list[C.FuncInfo] = []
        self.specials = {name: i for i, name in enumerate(program.specials)}
        self.counter = 0
        self.uses_values = Symbol.of("VALUES") in program.functions  # whether returns reset *%mv*
        self.uses_symtab = False  # whether `intern` (and so `read`) needs the table of the program's symbols

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def fn_name(self, fn: C.FuncInfo) -> str:
        name = self.fn_names.get(fn)
        if name is None:
            name = self.fn_names[fn] = self.fresh("f") + "_" + mangle(fn.name)
            self.pending.append(fn)
        return name

    def static_closure(self, fn: C.FuncInfo) -> str:
        name = self.static_closures.get(fn)
        if name is None:
            name = self.static_closures[fn] = self.fresh("k")
            self.globals.append(f"global @{name}[2] = {TAG_FUNCTION}, @{self.fn_name(fn)}")
        return name

    # ---- constants -------------------------------------------------------------------------------
    def string(self, text: str) -> str:
        name = self.fresh("str")
        codes = "".join(f", {ord(c)}" for c in text)
        self.globals.append(f"global @{name}[{2 + len(text)}] = {TAG_STRING}, {len(text)}{codes}")
        return name

    def symbol(self, s: Symbol) -> str:
        name = self.symbols.get(s)
        if name is None:
            name = self.symbols[s] = self.fresh("s")
        return name

    def constant(self, value: object) -> str:
        if isinstance(value, bool):
            return "@lisp_t" if value else "@lisp_nil"
        if isinstance(value, int):
            return str(fixnum(value))
        if isinstance(value, Char):
            return str(value.code * SCALE + CHR)
        if isinstance(value, Symbol):
            return "@" + self.symbol(value)
        if isinstance(value, LString):
            return "@" + self.string(value.text)
        if isinstance(value, Cons):
            name = self.fresh("q")
            car, cdr = self.constant(value.car), self.constant(value.cdr)
            self.globals.append(f"global @{name}[3] = {TAG_CONS}, {car}, {cdr}")
            return "@" + name
        if isinstance(value, list):
            name = self.fresh("v")
            items = "".join(", " + self.constant(x) for x in value)
            self.globals.append(f"global @{name}[{2 + len(value)}] = {TAG_VECTOR}, {len(value)}{items}")
            return "@" + name
        raise AssertionError(f"no constant for {value!r}")

    # ---- the module ------------------------------------------------------------------------------
    def module(self) -> str:
        top = self.fn_name(self.program.toplevel)
        hooks = self.program.functions
        type_error = self.fn_name(hooks[Symbol.of("%TYPE-ERROR")])
        raise_error = self.fn_name(hooks[Symbol.of("%RAISE-ERROR")])
        uncaught = self.fn_name(hooks[Symbol.of("%UNCAUGHT")])
        while self.pending:
            fn = self.pending.pop()
            self.funcs.append(FnGen(self, fn).generate())
        for s, name in list(self.symbols.items()):
            if s in (NIL, T):
                continue
            text = s.name.removeprefix("#:")
            func = self.program.functions.get(s)
            fn_word = f"@{self.static_closure(func)}" if func is not None and func in self.fn_names else "0"
            style = fixnum(symbol_style(s, self.program))
            self.globals.append(f"global @{name}[4] = {TAG_SYMBOL}, @{self.string(text)}, {fn_word}, {style}")
        if self.uses_symtab:  # a vector of every interned symbol the program names, for `intern`
            named = ["lisp_nil", "lisp_t"]
            named += [n for s, n in self.symbols.items() if s not in (NIL, T) and not s.name.startswith("#:")]
            items = "".join(f", @{n}" for n in named)
            self.globals.append(f"global @lisp_symtab[{2 + len(named)}] = {TAG_VECTOR}, {len(named)}{items}")
        self.globals[:0] = [
            "global @lisp_nil_name[5] = 3, 3, 78, 73, 76",
            "global @lisp_t_name[3] = 3, 1, 84",
            f"global @lisp_nil[4] = 2, @lisp_nil_name, 0, {fixnum(0)}",
            f"global @lisp_t[4] = 2, @lisp_t_name, 0, {fixnum(0)}",
        ]  # the runtime's own, here so that the program's constants can point at them
        k = len(self.specials)
        cells = "".join(f", {UNBOUND}" for _ in range(k))
        self.globals.append(f"global @lisp_gv[{2 + k}] = 0, {k}{cells}")
        self.globals.append("global @lisp_pending = 0")
        main = [
            "func @main() -> w {",
            "entry:",
            "  call @gc_register(@lisp_gv)",
            f"  store [@lisp_hook_type_error], @{type_error}",
            f"  store [@lisp_hook_error], @{raise_error}",
            f"  %r = call @{top}(0, 0, 0, 0, 0, 0, @lisp_nil)",
            "  %p = load [@lisp_pending]",
            "  br %p, uncaught, done",
            "uncaught:",
            "  store [@lisp_pending], 0",
            f"  %tag = load [@lisp_gv+{2 + self.specials[Symbol.of('%THROW-TAG')]}]",
            f"  %value = load [@lisp_gv+{2 + self.specials[Symbol.of('%THROW-VALUE')]}]",
            f"  %u = call @{uncaught}(0, 2, %tag, %value, 0, 0, @lisp_nil)",
            "  jmp done",
            "done:",
            "  ret 0",
            "}",
        ]
        return "\n".join([*self.globals, "", *self.funcs, "\n".join(main)]) + "\n"


class FnGen:
    """One LISP function's IR: its root frame, its parameters, its body."""

    def __init__(self, lowerer: Lowerer, fn: C.FuncInfo) -> None:
        self.lw = lowerer
        self.fn = fn
        self.lines: list[str] = []
        self.nroots = 6  # clo, a0..a3, rest
        self.slots: dict[C.Var, int] = {}
        self.spill_top = 0
        self.max_spill = 0
        self.temp_n = 0
        self.label_n = 0
        # a block's end label and result word (None: the block returns), and the protection depth there
        self.blocks: dict[C.Block, tuple[tuple[str, int] | None, int]] = {}
        self.tagbodies: dict[C.Tagbody, tuple[str, int]] = {}
        # what a non-local exit must undo, innermost last: (kind, data, the label its pending path enters)
        self.protect: list[tuple[str, object, str]] = []
        self.unwind_label: str | None = None
        self.line = 0

    # ---- helpers ---------------------------------------------------------------------------------
    def emit(self, text: str) -> None:
        self.lines.append("  " + text)

    def place(self, node: C.Node) -> None:
        span = getattr(node, "span", None)
        if span is not None and span.line != self.line and span.file != "prelude.lisp":
            self.line = span.line
            self.lines.append(f"  .line {span.line}")

    def temp(self) -> str:
        self.temp_n += 1
        return f"%t{self.temp_n}"

    def label(self, hint: str) -> str:
        self.label_n += 1
        return f"{hint}{self.label_n}"

    def start(self, label: str) -> None:
        last = self.lines[-1].split()[0] if self.lines and not self.lines[-1].endswith(":") else ""
        if last not in ("jmp", "br", "ret", "tailcall", "trap", "switch", "halt"):
            self.lines.append(f"  jmp {label}")  # fall into the new block
        self.lines.append(f"{label}:")

    def dead(self) -> None:
        self.start(self.label("dead"))

    def root(self, index: int) -> str:
        return f"[$roots+{2 + index}]"

    def var_slot(self, var: C.Var) -> int:
        slot = self.slots.get(var)
        if slot is None:
            slot = self.slots[var] = self.nroots
            self.nroots += 1
        return slot

    def spill(self, operand: str) -> int:
        index = 1000 + self.spill_top  # renumbered when the frame's size is known
        self.spill_top += 1
        self.max_spill = max(self.max_spill, self.spill_top)
        self.emit(f"store {self.root(index)}, {operand}")
        return index

    def unspill(self, index: int) -> str:
        t = self.temp()
        self.emit(f"{t} = load {self.root(index)}")
        return t

    def call(self, routine: str, *operands: str) -> str:
        t = self.temp()
        self.emit(f"{t} = call @{routine}({', '.join(operands)})")
        return t

    def bool_of(self, cond: str) -> str:
        r = self.temp()
        yes, done = self.label("yes"), self.label("join")
        self.emit(f"{r} = copy @lisp_nil")
        self.emit(f"br {cond}, {yes}, {done}")
        self.start(yes)
        self.emit(f"{r} = copy @lisp_t")
        self.emit(f"jmp {done}")
        self.start(done)
        return r

    def unlink(self) -> None:
        up = self.temp()
        self.emit(f"{up} = load [$roots+0]")
        self.emit(f"store [@gc_frames], {up}")

    def handler(self) -> str:
        """Where a pending throw goes from here: the innermost protection, or out of the function."""
        if self.protect:
            return self.protect[-1][2]
        if self.unwind_label is None:
            self.unwind_label = self.label("unwind")
        return self.unwind_label

    def check_pending(self) -> None:
        if not self.lw.program.unwinds:
            return
        p = self.temp()
        cont = self.label("cont")
        self.emit(f"{p} = load [@lisp_pending]")
        self.emit(f"br {p}, {self.handler()}, {cont}")
        self.start(cont)

    def gv(self, name: str) -> str:
        return f"[@lisp_gv+{2 + self.lw.specials[Symbol.of(name)]}]"

    def take(self) -> tuple[int, int]:
        """At a pending path's entry: the thrown tag and value into root words, nothing pending."""
        tag, value = self.temp(), self.temp()
        self.emit(f"{tag} = load {self.gv('%THROW-TAG')}")
        tag_slot = self.spill(tag)
        self.emit(f"{value} = load {self.gv('%THROW-VALUE')}")
        value_slot = self.spill(value)
        self.emit("store [@lisp_pending], 0")
        return tag_slot, value_slot

    def rethrow(self, tag_slot: int, value_slot: int) -> None:
        tag, value = self.unspill(tag_slot), self.unspill(value_slot)
        self.emit(f"store {self.gv('%THROW-TAG')}, {tag}")
        self.emit(f"store {self.gv('%THROW-VALUE')}, {value}")
        self.emit("store [@lisp_pending], 1")
        self.emit(f"jmp {self.handler()}")
        self.dead()

    def undo_to(self, depth: int) -> None:
        """Leave the protections above depth by a jump (return-from, go): undo each, innermost first."""
        saved = self.protect
        for i in range(len(saved) - 1, depth - 1, -1):
            kind, data, _ = saved[i]
            self.protect = saved[:i]
            if kind == "special":
                assert isinstance(data, tuple)
                name, slot = data
                assert isinstance(name, Symbol) and isinstance(slot, int)
                old = self.unspill(slot)
                self.emit(f"store [@lisp_gv+{2 + self.lw.specials[name]}], {old}")
            elif kind == "cleanup":
                assert isinstance(data, C.Node)
                self.expr(data)
        self.protect = saved

    def ret(self, operand: str, keep_values: bool = False) -> None:
        keeps = keep_values or self.fn.name in ("VALUES", "VALUES-LIST", "%MV-COLLECT")
        if self.lw.uses_values and not keeps:
            # one value returned otherwise than by `values`: what `values` kept is not this call's (macros.py)
            self.forget_values()
        self.unlink()
        self.emit(f"ret {operand}")
        self.dead()

    # ---- the function ----------------------------------------------------------------------------
    def generate(self) -> str:
        fn = self.fn
        argc_slot = "[$argc]"
        self.emit(f"store {argc_slot}, %argc")
        for j, var in enumerate(fn.free):
            c = self.temp()
            self.emit(f"{c} = load {self.root(0)}")
            x = self.temp()
            self.emit(f"{x} = load [{c}+{2 + j}]")
            self.emit(f"store {self.root(self.var_slot(var))}, {x}")
        self.parameters()
        assert fn.body is not None
        self.tail(fn.body)
        if self.unwind_label is not None:
            self.start(self.unwind_label)
            self.unlink()
            self.emit("ret 0")
            self.dead()
        body = self.lines
        k = self.nroots + self.max_spill
        head = [
            f"func @{self.lw.fn_names[fn]}(%clo, %argc, %a0, %a1, %a2, %a3, %rest) -> w {{",
            f"  slot $roots[{2 + k}]",
            "  slot $argc",
            "entry:",
            "  %prev = load [@gc_frames]",
            "  store [$roots+0], %prev",
            f"  store [$roots+1], {k}",
            "  store [$roots+2], %clo",
            "  store [$roots+3], %a0",
            "  store [$roots+4], %a1",
            "  store [$roots+5], %a2",
            "  store [$roots+6], %a3",
            "  store [$roots+7], %rest",
        ]
        head += [f"  store [$roots+{2 + i}], 0" for i in range(6, k)]
        head.append("  store [@gc_frames], $roots")
        text = "\n".join(head + body)
        text = re.sub(r"\[\$roots\+(\d+)\]", lambda m: self._renumber(int(m.group(1))), text)
        # a block left without a terminator (only dead ones can be) ends the function unreachably
        return text + "\n  trap 5\n}\n"

    def _renumber(self, word: int) -> str:
        index = word - 2
        if index >= 1000:
            index = self.nroots + (index - 1000)
        return f"[$roots+{2 + index}]"

    def positional(self, i: int) -> str:
        if i < ARGS_IN_REGISTERS:
            return self.unspill(1 + i)
        rest = self.unspill(5)
        return self.call("lisp_nth_raw", str(i - ARGS_IN_REGISTERS), rest)

    def bind(self, var: C.Var, operand: str) -> None:
        if var.boxed:
            operand = self.call("lisp_box", operand)
        self.emit(f"store {self.root(self.var_slot(var))}, {operand}")

    def argc(self) -> str:
        t = self.temp()
        self.emit(f"{t} = load [$argc]")
        return t

    def parameters(self) -> None:
        fn = self.fn
        lo = len(fn.required)
        hi = None if fn.rest is not None or fn.keys else lo + len(fn.optional)
        n = self.argc()
        bad, ok = self.label("argc_bad"), self.label("argc_ok")
        few = self.temp()
        self.emit(f"{few} = lt {n}, {lo}")
        if hi is not None:
            check2 = self.label("argc_hi")
            self.emit(f"br {few}, {bad}, {check2}")
            self.start(check2)
            many = self.temp()
            self.emit(f"{many} = gt {n}, {hi}")
            self.emit(f"br {many}, {bad}, {ok}")
        else:
            self.emit(f"br {few}, {bad}, {ok}")
        self.start(bad)
        n2 = self.argc()
        enc = self.temp()
        self.emit(f"{enc} = mul {n2}, {SCALE}")
        self.emit(f"{enc} = add {enc}, {FIX}")
        self.call_global_raw("%ARGC-ERROR", [enc])
        self.emit("trap 4")
        self.start(ok)
        for i, var in enumerate(fn.required):
            if i < ARGS_IN_REGISTERS and not var.boxed:
                self.slots[var] = 1 + i  # the argument's own root word is the variable's
                continue
            self.bind(var, self.positional(i))
        for j, (var, default, svar) in enumerate(fn.optional):
            i = lo + j
            given, missing, done = self.label("opt_given"), self.label("opt_default"), self.label("opt_done")
            n = self.argc()
            has = self.temp()
            self.emit(f"{has} = gt {n}, {i}")
            self.emit(f"br {has}, {given}, {missing}")
            self.start(given)
            self.bind(var, self.positional(i))
            if svar is not None:
                self.bind(svar, "@lisp_t")
            self.emit(f"jmp {done}")
            self.start(missing)
            self.bind(var, self.expr(default))
            if svar is not None:
                self.bind(svar, "@lisp_nil")
            self.emit(f"jmp {done}")
            self.start(done)
        if fn.rest is not None or fn.keys:
            start = lo + len(fn.optional)
            n = self.argc()
            regs = [self.unspill(1 + i) for i in range(5)]
            lst = self.call("lisp_rest_list", str(start), n, *regs)
            if fn.rest is not None:
                self.bind(fn.rest, lst)
                keys_slot = self.var_slot(fn.rest)
            else:
                keys_slot = self.spill(lst)
            for key, var, default, svar in fn.keys:
                plist = self.unspill(keys_slot)
                v = self.call("lisp_getf", plist, "@" + self.lw.symbol(key))
                vslot = self.spill(v)
                missing, given, done = (
                    self.label("key_default"),
                    self.label("key_given"),
                    self.label("key_done"),
                )
                unbound = self.temp()
                self.emit(f"{unbound} = eq {v}, {UNBOUND}")
                self.emit(f"br {unbound}, {missing}, {given}")
                self.start(given)
                self.bind(var, self.unspill(vslot))
                if svar is not None:
                    self.bind(svar, "@lisp_t")
                self.emit(f"jmp {done}")
                self.start(missing)
                self.bind(var, self.expr(default))
                if svar is not None:
                    self.bind(svar, "@lisp_nil")
                self.emit(f"jmp {done}")
                self.start(done)
                self.spill_top -= 1
            if fn.keys and not fn.allow_other_keys:
                self.check_keys(fn, keys_slot)
            if fn.rest is None:
                self.spill_top -= 1

    def check_keys(self, fn: C.FuncInfo, keys_slot: int) -> None:
        """The keyword arguments given, when there are any, checked as Common Lisp checks them (the
        prelude's %check-keys: an odd count, a key the function does not name)."""
        given, checked = self.label("keys_given"), self.label("keys_checked")
        empty = self.temp()
        self.emit(f"{empty} = eq {self.unspill(keys_slot)}, @lisp_nil")
        self.emit(f"br {empty}, {checked}, {given}")
        self.start(given)
        known: object = NIL
        for key, _var, _default, _svar in reversed(fn.keys):
            known = Cons(key, known)
        self.call_global_raw("%CHECK-KEYS", [self.unspill(keys_slot), self.lw.constant(known)])
        self.emit(f"jmp {checked}")
        self.start(checked)

    # ---- expressions -----------------------------------------------------------------------------
    def tail(self, node: C.Node) -> None:
        """Compile node in tail position: its value is the function's result."""
        if isinstance(node, (C.Call, C.LCall, C.FCall)):
            self.invoke(node, tail=True)
            return
        if isinstance(node, C.If):
            yes, no = self.label("then"), self.label("else")
            self.branch(node.test, yes, no)
            self.start(yes)
            self.tail(node.then)
            self.start(no)
            self.tail(node.else_)
            self.dead()
            return
        if isinstance(node, C.Progn):
            for form in node.forms[:-1]:
                self.expr(form)
            self.tail(node.forms[-1])
            return
        if isinstance(node, C.Let):
            self.let_bindings(node)
            self.tail(node.body)
            return
        if isinstance(node, C.Labels):
            self.labels(node)
            self.tail(node.body)
            return
        if isinstance(node, C.Block):
            self.blocks[node] = (None, len(self.protect))
            assert node.body is not None
            self.tail(node.body)
            return
        if isinstance(node, (C.Catch, C.HandlerCase, C.UnwindProtect)):
            self.ret(self.expr(node), keep_values=True)  # protected() leaves *%mv* to match its value
            return
        self.ret(self.expr(node))

    def may_call(self, node: C.Node) -> bool:
        if isinstance(node, (C.Const, C.Ref)):
            return False
        if isinstance(node, C.Lambda):
            return bool(node.fn.free)
        if isinstance(node, C.Prim) and node.op in ("EQ", "EQL", "NULL", "NOT"):
            return any(self.may_call(a) for a in node.args)
        return True

    def operands(self, nodes: list[C.Node], force_spill: bool = False) -> list[int | str]:
        """Evaluate nodes left to right; a value that later evaluations could disturb is spilled (an int:
        its root word), the others stay operands."""
        out: list[int | str] = []
        for i, node in enumerate(nodes):
            op = self.expr(node)
            later = force_spill or any(self.may_call(n) for n in nodes[i + 1 :])
            if later and op.startswith("%"):
                out.append(self.spill(op))
            else:
                out.append(op)
        return out

    def load_operands(self, ops: list[int | str]) -> list[str]:
        out = [self.unspill(op) if isinstance(op, int) else op for op in ops]
        self.spill_top -= sum(1 for op in ops if isinstance(op, int))
        return out

    def call_global_raw(self, name: str, operands: list[str]) -> str:
        fn = self.lw.program.functions[Symbol.of(name)]
        regs = (operands + ["0"] * ARGS_IN_REGISTERS)[:ARGS_IN_REGISTERS]
        return self.call(self.lw.fn_name(fn), "0", str(len(operands)), *regs, "@lisp_nil")

    def invoke(self, node: C.Call | C.LCall | C.FCall, tail: bool) -> str:
        self.place(node)
        many = len(node.args) > ARGS_IN_REGISTERS
        head: int | str | None = None
        if isinstance(node, C.FCall):
            # the function is found (a symbol's, or a type error) before the arguments are evaluated
            clo = self.call("lisp_fn", self.expr(node.fn))
            later = many or any(self.may_call(a) for a in node.args)
            head = self.spill(clo) if later else clo
        ops = self.operands(list(node.args), force_spill=many)
        rest = "@lisp_nil"
        rest_slot: int | None = None
        if many:
            for op in reversed(ops[ARGS_IN_REGISTERS:]):
                value = self.unspill(op) if isinstance(op, int) else op
                acc = "@lisp_nil" if rest_slot is None else self.unspill(rest_slot)
                cell = self.call("lisp_cons", value, acc)
                if rest_slot is None:
                    rest_slot = self.spill(cell)
                else:
                    self.emit(f"store {self.root(rest_slot)}, {cell}")
        regs_ops = ops[:ARGS_IN_REGISTERS]
        regs = [self.unspill(op) if isinstance(op, int) else op for op in regs_ops]
        regs += ["0"] * (ARGS_IN_REGISTERS - len(regs_ops))
        if rest_slot is not None:
            rest = self.unspill(rest_slot)
            self.spill_top -= 1
        self.spill_top -= sum(1 for op in ops if isinstance(op, int))
        argc = str(len(node.args))
        if isinstance(node, C.Call):
            fn = self.lw.program.functions[node.name]
            target, clo = "@" + self.lw.fn_name(fn), "0"
        elif isinstance(node, C.LCall):
            clo = self.unspill(self.var_slot(node.var))
            target = "@" + self.lw.fn_name(node.fn)
        else:
            assert head is not None
            clo = self.unspill(head) if isinstance(head, int) else head
            if isinstance(head, int):
                self.spill_top -= 1
            target = self.temp()
            self.emit(f"{target} = load [{clo}+1]")
        args = ", ".join([clo, argc, *regs, rest])
        if tail:
            self.unlink()
            self.emit(f"tailcall {target}({args})")
            self.dead()
            return "0"
        t = self.temp()
        self.emit(f"{t} = call {target}({args})")
        if self.lw.program.unwinds:
            result = self.spill(t)
            self.check_pending()
            t = self.unspill(result)
            self.spill_top -= 1
        return t

    def branch(self, test: C.Node, yes: str, no: str) -> None:
        if isinstance(test, C.Prim) and test.op in ("NULL", "NOT"):
            self.branch(test.args[0], no, yes)
            return
        if isinstance(test, C.Prim) and test.op in ("EQ", "EQL"):
            a, b = self.load_operands(self.operands(test.args))
            c = self.temp()
            self.emit(f"{c} = eq {a}, {b}")
            self.emit(f"br {c}, {yes}, {no}")
            return
        if isinstance(test, C.Const):
            self.emit(f"jmp {no if test.value is NIL else yes}")
            return
        v = self.expr(test)
        c = self.temp()
        self.emit(f"{c} = ne {v}, @lisp_nil")
        self.emit(f"br {c}, {yes}, {no}")

    def let_bindings(self, node: C.Let) -> None:
        ops = self.operands([value for _, value in node.bindings], force_spill=len(node.bindings) > 1)
        for (var, _), op in zip(node.bindings, ops, strict=True):
            value = self.unspill(op) if isinstance(op, int) else op
            self.bind(var, value)
        self.spill_top -= sum(1 for op in ops if isinstance(op, int))

    def labels(self, node: C.Labels) -> None:
        made: list[tuple[C.FuncInfo, int]] = []
        for var, fn in node.defs:
            if fn.free:
                clo = self.call("lisp_closure", "@" + self.lw.fn_name(fn), str(len(fn.free)))
            else:
                clo = "@" + self.lw.static_closure(fn)
            self.bind(var, clo)
            made.append((fn, self.var_slot(var)))
        for fn, slot in made:
            if fn.free:
                self.fill_closure(fn, self.unspill(slot))

    def fill_closure(self, fn: C.FuncInfo, clo: str) -> None:
        for j, var in enumerate(fn.free):
            x = self.unspill(self.var_slot(var))
            self.emit(f"store [{clo}+{2 + j}], {x}")

    def expr(self, node: C.Node) -> str:
        if isinstance(node, C.Const):
            return self.lw.constant(node.value)
        if isinstance(node, C.Ref):
            v = self.unspill(self.var_slot(node.var))
            if node.var.boxed:
                x = self.temp()
                self.emit(f"{x} = load [{v}+1]")
                return x
            return v
        if isinstance(node, C.SetQ):
            value = self.expr(node.value)
            if node.var.boxed:
                box = self.unspill(self.var_slot(node.var))
                self.emit(f"store [{box}+1], {value}")
            else:
                self.emit(f"store {self.root(self.var_slot(node.var))}, {value}")
            return value
        if isinstance(node, C.GRef):
            index = self.lw.specials[node.name]
            v = self.temp()
            self.emit(f"{v} = load [@lisp_gv+{2 + index}]")
            unbound, ok = self.label("unbound"), self.label("bound")
            c = self.temp()
            self.emit(f"{c} = eq {v}, {UNBOUND}")
            self.emit(f"br {c}, {unbound}, {ok}")
            self.start(unbound)
            self.place(node)
            self.call_global_raw("%UNBOUND-VARIABLE", [self.lw.constant(node.name)])
            self.emit("trap 4")
            self.start(ok)
            return v
        if isinstance(node, C.GSet):
            value = self.expr(node.value)
            self.emit(f"store [@lisp_gv+{2 + self.lw.specials[node.name]}], {value}")
            return value
        if isinstance(node, C.If):
            yes, no, done = self.label("then"), self.label("else"), self.label("endif")
            r = self.temp()
            self.branch(node.test, yes, no)
            self.start(yes)
            v = self.expr(node.then)
            self.emit(f"{r} = copy {v}")
            self.emit(f"jmp {done}")
            self.start(no)
            v = self.expr(node.else_)
            self.emit(f"{r} = copy {v}")
            self.emit(f"jmp {done}")
            self.start(done)
            return r
        if isinstance(node, C.Progn):
            v = "@lisp_nil"
            for form in node.forms:
                v = self.expr(form)
            return v
        if isinstance(node, C.Let):
            self.let_bindings(node)
            return self.expr(node.body)
        if isinstance(node, C.DynLet):
            index = self.lw.specials[node.name]
            old = self.temp()
            self.emit(f"{old} = load [@lisp_gv+{2 + index}]")
            self.emit(f"store {self.root(self.var_slot(node.saved))}, {old}")
            value = self.expr(node.value)
            self.emit(f"store [@lisp_gv+{2 + index}], {value}")
            saved_slot = self.var_slot(node.saved)
            pending = self.label("dyn_unwind")
            self.protect.append(("special", (node.name, saved_slot), pending))
            body_value = self.expr(node.body)
            self.protect.pop()
            result = self.spill(body_value)
            if self.lw.program.unwinds:
                after = self.label("dyn_done")
                self.emit(f"jmp {after}")
                self.start(pending)
                old = self.unspill(saved_slot)
                self.emit(f"store [@lisp_gv+{2 + index}], {old}")
                self.emit(f"jmp {self.handler()}")
                self.start(after)
            saved = self.unspill(self.var_slot(node.saved))
            self.emit(f"store [@lisp_gv+{2 + index}], {saved}")
            out = self.unspill(result)
            self.spill_top -= 1
            return out
        if isinstance(node, C.Lambda):
            if not node.fn.free:
                return "@" + self.lw.static_closure(node.fn)
            clo = self.call("lisp_closure", "@" + self.lw.fn_name(node.fn), str(len(node.fn.free)))
            self.fill_closure(node.fn, clo)
            return clo
        if isinstance(node, C.Labels):
            self.labels(node)
            return self.expr(node.body)
        if isinstance(node, (C.Call, C.LCall, C.FCall)):
            return self.invoke(node, tail=False)
        if isinstance(node, C.Prim):
            return self.prim(node)
        if isinstance(node, C.Block):
            slot = self.spill("@lisp_nil")
            end = self.label("block_end")
            self.blocks[node] = ((end, slot), len(self.protect))
            assert node.body is not None
            v = self.expr(node.body)
            self.emit(f"store {self.root(slot)}, {v}")
            self.emit(f"jmp {end}")
            self.start(end)
            out = self.unspill(slot)
            self.spill_top -= 1
            return out
        if isinstance(node, C.ReturnFrom):
            target, depth = self.blocks[node.block]
            if target is None and depth == len(self.protect):
                self.tail(node.value)
                return "@lisp_nil"
            v = self.expr(node.value)
            if target is None:
                keep = self.spill(v)
                self.undo_to(depth)
                out = self.unspill(keep)
                self.spill_top -= 1
                self.ret(out)
                return "@lisp_nil"
            end, slot = target
            self.emit(f"store {self.root(slot)}, {v}")
            self.settle_values(node.value)  # the block's values are the returned form's
            self.undo_to(depth)
            self.emit(f"jmp {end}")
            self.dead()
            return "@lisp_nil"
        if isinstance(node, C.Tagbody):
            prefix = self.label("tb") + "_"
            self.tagbodies[node] = (prefix, len(self.protect))
            for item in node.items:
                if isinstance(item, str):
                    self.emit(f"jmp {prefix}{item}")
                    self.start(prefix + item)
                else:
                    self.expr(item)
            return "@lisp_nil"
        if isinstance(node, C.Go):
            prefix, depth = self.tagbodies[node.tagbody]
            self.undo_to(depth)
            self.emit(f"jmp {prefix}{node.label}")
            self.dead()
            return "@lisp_nil"
        if isinstance(node, C.Throw):
            tag_slot = self.spill(self.expr(node.tag))
            value = self.expr(node.value)
            if self.lw.uses_values:  # the values thrown, for the catch (protected)
                if not C.carries_values(node.value):
                    self.forget_values()
                self.emit(f"store {self.gv('%THROW-MV')}, {self.load_values()}")
            tag = self.unspill(tag_slot)
            self.spill_top -= 1
            self.emit(f"store {self.gv('%THROW-TAG')}, {tag}")
            self.emit(f"store {self.gv('%THROW-VALUE')}, {value}")
            self.emit("store [@lisp_pending], 1")
            self.emit(f"jmp {self.handler()}")
            self.dead()
            return "@lisp_nil"
        if isinstance(node, (C.Catch, C.HandlerCase, C.UnwindProtect)):
            return self.protected(node)
        raise AssertionError(f"no lowering for {node!r}")

    def protected(self, node: C.Catch | C.HandlerCase | C.UnwindProtect) -> str:
        result = self.spill("@lisp_nil")
        pending, end = self.label("pending"), self.label("protected_end")
        mine: int | None = None
        handlers_slot: int | None = None
        if isinstance(node, C.Catch):
            mine = self.spill(self.expr(node.tag))
            self.protect.append(("catch", None, pending))
        elif isinstance(node, C.HandlerCase):
            count = self.temp()
            self.emit(f"{count} = load {self.gv('*%HANDLERS*')}")
            handlers_slot = self.spill(count)
            more = self.temp()
            self.emit(f"{more} = add {count}, {SCALE}")
            self.emit(f"store {self.gv('*%HANDLERS*')}, {more}")
            self.protect.append(("special", (Symbol.of("*%HANDLERS*"), handlers_slot), pending))
        else:
            self.protect.append(("cleanup", node.cleanup, pending))
        v = self.expr(node.body)
        self.protect.pop()
        self.emit(f"store {self.root(result)}, {v}")
        self.settle_values(node.body)
        if handlers_slot is not None:
            old = self.unspill(handlers_slot)
            self.emit(f"store {self.gv('*%HANDLERS*')}, {old}")
        if isinstance(node, C.UnwindProtect):
            if self.lw.uses_values:  # the cleanup's calls must not change the protected form's values
                values_slot = self.spill(self.load_values())
                self.expr(node.cleanup)
                self.emit(f"store {self.gv('*%MV*')}, {self.unspill(values_slot)}")
                self.spill_top -= 1
            else:
                self.expr(node.cleanup)
        self.emit(f"jmp {end}")
        # the pending path: something was thrown inside the body
        self.start(pending)
        tag_slot, value_slot = self.take()
        if isinstance(node, C.Catch):
            assert mine is not None
            tag, want = self.unspill(tag_slot), self.unspill(mine)
            same, other = self.label("caught"), self.label("not_mine")
            c = self.temp()
            self.emit(f"{c} = eq {tag}, {want}")
            self.emit(f"br {c}, {same}, {other}")
            self.start(same)
            value = self.unspill(value_slot)
            self.emit(f"store {self.root(result)}, {value}")
            if self.lw.uses_values:
                thrown = self.temp()
                self.emit(f"{thrown} = load {self.gv('%THROW-MV')}")
                self.emit(f"store {self.gv('*%MV*')}, {thrown}")
            self.emit(f"jmp {end}")
            self.start(other)
            self.rethrow(tag_slot, value_slot)
        elif isinstance(node, C.HandlerCase):
            assert handlers_slot is not None
            old = self.unspill(handlers_slot)
            self.emit(f"store {self.gv('*%HANDLERS*')}, {old}")
            tag = self.unspill(tag_slot)
            is_error, other = self.label("is_error"), self.label("not_error")
            c = self.temp()
            self.emit(f"{c} = eq {tag}, @{self.lw.symbol(Symbol.of('%ERROR'))}")
            self.emit(f"br {c}, {is_error}, {other}")
            self.start(is_error)
            for type_name, var, body in node.clauses:
                condition = self.unspill(value_slot)
                matches = self.call_global_raw("%CONDITION-MATCHES", [condition, self.lw.constant(type_name)])
                this, nxt = self.label("clause"), self.label("next_clause")
                m = self.temp()
                self.emit(f"{m} = ne {matches}, @lisp_nil")
                self.emit(f"br {m}, {this}, {nxt}")
                self.start(this)
                if var is not None:
                    self.bind(var, self.unspill(value_slot))
                out = self.expr(body)
                self.emit(f"store {self.root(result)}, {out}")
                self.settle_values(body)
                self.emit(f"jmp {end}")
                self.start(nxt)
            self.emit(f"jmp {other}")
            self.start(other)
            self.rethrow(tag_slot, value_slot)
        else:
            self.expr(node.cleanup)
            self.rethrow(tag_slot, value_slot)
        self.spill_top -= 2  # tag and value
        self.start(end)
        if mine is not None or handlers_slot is not None:
            self.spill_top -= 1
        out = self.unspill(result)
        self.spill_top -= 1
        return out

    # Multiple values through catch, handler-case and unwind-protect (macros.py, prelude.lisp): a value that
    # leaves one of them keeps the values *%mv* holds for it, and *%mv* holds none for a value that no
    # call gave (a constant, a variable, an inline primitive).
    def load_values(self) -> str:
        v = self.temp()
        self.emit(f"{v} = load {self.gv('*%MV*')}")
        return v

    def forget_values(self) -> None:
        self.emit(f"store {self.gv('*%MV*')}, {self.lw.constant(Symbol.of('%NONE'))}")

    def settle_values(self, node: C.Node) -> None:
        if self.lw.uses_values and not C.carries_values(node):
            self.forget_values()

    def arith(self, op: str, args: list[str]) -> str:
        """Integer + - and comparisons inline when both operands are integers (the common case); anything
        else goes to the runtime routine, which reports the type error."""
        checks: list[str] = []
        for a in args:
            if a.startswith("%"):
                r, sq, ok = self.temp(), self.temp(), self.temp()
                self.emit(f"{r} = rem {a}, {SCALE}")
                self.emit(f"{sq} = mul {r}, {r}")
                self.emit(f"{ok} = eq {sq}, {FIX * FIX}")
                checks.append(ok)
            elif not a.lstrip("-").isdigit() or (int(a) - FIX) % SCALE != 0:
                return self.call(ROUTINES[op], *args)  # a constant that is not an integer
        fast, slow, done = self.label("fast"), self.label("slow"), self.label("arith_done")
        out = self.temp()
        if len(checks) == 2:
            both = self.temp()
            self.emit(f"{both} = add {checks[0]}, {checks[1]}")
            self.emit(f"{both} = eq {both}, 2")
            self.emit(f"br {both}, {fast}, {slow}")
        elif checks:
            self.emit(f"br {checks[0]}, {fast}, {slow}")
        else:
            self.emit(f"jmp {fast}")
        self.start(fast)
        a, b = args
        if op == "ADD":
            self.emit(f"{out} = add {a}, {b}")
            self.emit(f"{out} = sub {out}, {FIX}")
        elif op == "SUB":
            self.emit(f"{out} = sub {a}, {b}")
            self.emit(f"{out} = add {out}, {FIX}")
        else:
            c = self.temp()
            self.emit(f"{c} = {INLINE_ARITH[op]} {a}, {b}")
            yes = self.label("true")
            self.emit(f"{out} = copy @lisp_nil")
            self.emit(f"br {c}, {yes}, {done}")
            self.start(yes)
            self.emit(f"{out} = copy @lisp_t")
        self.emit(f"jmp {done}")
        self.start(slow)
        self.emit(f"{out} = call @{ROUTINES[op]}({a}, {b})")
        self.emit(f"jmp {done}")
        self.start(done)
        return out

    def prim(self, node: C.Prim) -> str:
        op = node.op
        if op == "%FUNCTION":
            target = node.args[0]
            assert isinstance(target, C.Const) and isinstance(target.value, Symbol)
            fn = self.lw.program.functions[target.value]
            return "@" + self.lw.static_closure(fn)
        if op in ("EQ", "EQL", "NULL", "NOT"):
            args = self.load_operands(self.operands(node.args))
            c = self.temp()
            if op in ("EQ", "EQL"):
                self.emit(f"{c} = eq {args[0]}, {args[1]}")
            else:
                self.emit(f"{c} = eq {args[0]}, @lisp_nil")
            return self.bool_of(c)
        if op == "%SYMTAB":
            self.lw.uses_symtab = True
            return "@lisp_symtab"
        if op == "%EXIT":
            self.emit("halt")
            self.dead()
            return "@lisp_nil"
        if op == "%HALT":
            self.emit("trap 4")
            self.dead()
            return "@lisp_nil"
        if op == "LIST" or op == "LIST*":
            if not node.args:
                return "@lisp_nil"
            ops = self.operands(node.args, force_spill=True)
            items = list(ops)
            acc = "@lisp_nil"
            if op == "LIST*":
                last = items.pop()
                acc = self.unspill(last) if isinstance(last, int) else last
            acc_slot = self.spill(acc)
            for item in reversed(items):
                self.place(node)
                value = self.unspill(item) if isinstance(item, int) else item
                tail_value = self.unspill(acc_slot)
                cell = self.call("lisp_cons", value, tail_value)
                self.emit(f"store {self.root(acc_slot)}, {cell}")
            out = self.unspill(acc_slot)
            self.spill_top -= 1 + sum(1 for o in ops if isinstance(o, int))
            return out
        args = self.load_operands(self.operands(node.args))
        self.place(node)
        if op in ("1+", "1-"):
            return self.arith("ADD" if op == "1+" else "SUB", [args[0], str(fixnum(1))])
        if op in INLINE_ARITH:
            return self.arith(op, args)
        if op in TYPE_TESTS:
            return self.call("lisp_typep", args[0], str(TYPE_TESTS[op]))
        if op == "LISTP":
            return self.call("lisp_listp", args[0])
        if op == "ATOM":
            t = self.call("lisp_typep", args[0], str(TAG_CONS))
            c = self.temp()
            self.emit(f"{c} = eq {t}, @lisp_nil")
            return self.bool_of(c)
        if op == "%FIXNUMP":
            return self.call("lisp_typep", args[0], "0")
        if op == "%UNBOUNDP":
            c = self.temp()
            self.emit(f"{c} = eq {args[0]}, {UNBOUND}")
            return self.bool_of(c)
        out = self.call(ROUTINES[op], *args)
        # apply may throw, and a division by zero is signalled to a handler-case (prelude.lisp, %raise-error)
        if op in ("%APPLY", "DIVIDE", "TRUNC", "FLOOR", "MOD", "REM") and self.lw.program.unwinds:
            keep = self.spill(out)
            self.check_pending()
            out = self.unspill(keep)
            self.spill_top -= 1
        return out


def lower(program: Program, diags: DiagnosticBag) -> Module | None:
    text = Lowerer(program).module()
    return parse_module(text)
