"""Lowering: the checked C tree to the shared IR (compilers/ir/README.md).

Every C scalar is one word holding its mathematical value in its type's range, so an `unsigned int` is
always in [0, 2^32) and a `char` in [-128, 128). Operations whose C result can leave that range (unsigned
arithmetic, narrowing conversions, shifts, `~` on unsigned) are followed by the IR's explicit wrap; signed
overflow is undefined in C and needs none. Locals whose address is never taken live in temps; arrays,
structs and address-taken locals live in stack slots. Pointers are Store addresses and pointer arithmetic
counts in words (ctype.py explains sizes). Address 0 is reserved (a guard word), so that no object is
ever at the address of NULL.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from babbage.machine import STORE_MAX
from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.c import ast, floats, punning
from compilers.frontends.c.check import fold
from compilers.frontends.c.ctype import CType, Member
from compilers.frontends.c.library import lower_library_call
from compilers.ir import FunctionBuilder, Module, ModuleBuilder
from compilers.ir.nodes import Const, Copy, DataItem, Operand, SlotRef, Sym, Temp

NULL_GUARD = "__c_null"
# main's body when the program calls main itself (or takes its address): the IR's main then only calls it
# with argc 1 and argv {"main", NULL}, and a call of main from the program passes its own arguments.
MAIN_BODY = "__c_main"
# An aggregate of more words than this is cleared or copied by a call of the runtime's memset or memcpy,
# not word by word: the code stays as long as the source, however large the object it declares.
INLINE_WORDS = 64


@dataclass(slots=True)
class _Loop:
    break_label: str
    continue_label: str | None  # None for a switch, which `continue` passes through


@dataclass(slots=True)
class FunctionLowering:
    """The state of lowering one function body."""

    module: ModuleLowering
    fb: FunctionBuilder
    func: ast.FuncDef
    temps: dict[int, Temp] = field(default_factory=dict)  # symbol uid -> the temp holding it
    slots: dict[int, SlotRef] = field(default_factory=dict)  # symbol uid -> its stack words
    vlas: dict[int, SlotRef] = field(default_factory=dict)  # a variable-length array's uid -> its address
    vla_strides: dict[int, list[SlotRef]] = field(default_factory=dict)  # its levels' strides, in words
    targets: list[_Loop] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # C label -> IR block
    case_labels: dict[int, str] = field(default_factory=dict)  # id(Case or Default) -> IR block
    folded: dict[int, int | None] = field(default_factory=dict)  # fold's memo: each node folded once

    @property
    def diags(self) -> DiagnosticBag:
        return self.module.diags

    def unsupported(self, message: str, span: Span) -> None:
        self.diags.error("unsupported", message, span)

    # Variables

    @property
    def is_main(self) -> bool:
        return self.func.declarator.name == "main"

    @property
    def is_entry(self) -> bool:
        """The IR's main, where the Engine starts (the program's own main, or the entry that calls it)."""
        return self.fb.function.name == "main"

    def main_argument(self, index: int) -> Temp:
        """The Engine starts main with no arguments: argc is 1 and argv is {"main", NULL}, as for a
        program run without arguments."""
        if index == 0:
            return self.fb.copy(1)
        name = "__c_argv"
        if self.module.mb.module.global_(name) is None:
            self.module.mb.global_(name, [self.module.string([ord(c) for c in "main"]), 0])
        return self.fb.copy(Sym(name))

    def enter_main(self) -> None:
        """The entry of a program whose main the program itself calls: main's body is its own function
        (MAIN_BODY), called here with the arguments of a run without arguments."""
        self.store_deferred()
        arguments: list[Operand | int] = [self.main_argument(index) for index in range(len(self.func.params))]
        result = self.fb.call(MAIN_BODY, arguments)
        assert result is not None
        self.return_value(result)

    @property
    def returns_struct(self) -> bool:
        ret = self.func.symbol.ctype.base if self.func.symbol is not None else None
        return ret is not None and ret.is_struct

    def store_deferred(self) -> None:
        """The static words initialised with an address plus an offset (ModuleLowering.constant_word)."""
        for name, offset, address in self.module.deferred:
            self.fb.store(Sym(name), self.value(address), offset)

    def start(self) -> None:
        if self.is_entry:
            self.store_deferred()
        # A function returning a struct gets a hidden first parameter: where the caller wants the result.
        first = 1 if self.returns_struct else 0
        for index, symbol in enumerate(self.func.params):
            temp = self.main_argument(index) if self.is_entry else self.fb.param(first + index)
            if symbol.ctype.is_struct:
                # A struct argument arrives as the address of the caller's value: copy it, so that the
                # callee works on its own copy as C's pass-by-value requires.
                slot = self.fb.slot(symbol.name, max(symbol.ctype.words, 1))
                self.copy_words(slot, temp, symbol.ctype.words)
                self.slots[symbol.uid] = slot
            elif symbol.address_taken:
                slot = self.fb.slot(symbol.name)
                self.fb.store(slot, temp)
                self.slots[symbol.uid] = slot
            else:
                self.temps[symbol.uid] = temp
        for symbol in self.func.locals:
            ctype = symbol.ctype
            if symbol.vla_lengths is not None:
                # The address of its elements, on the heap: 0 until its declaration runs; and the
                # stride of each level of indexing, in words.
                slot = self.fb.slot(symbol.name)
                self.fb.store(slot, 0)
                self.vlas[symbol.uid] = slot
                self.vla_strides[symbol.uid] = [self.fb.slot("stride") for _ in symbol.vla_lengths]
            elif symbol.address_taken or ctype.is_array or ctype.is_struct:
                self.slots[symbol.uid] = self.fb.slot(symbol.name, max(ctype.words, 1))
            else:
                self.temps[symbol.uid] = self.fb.new_temp(symbol.name)

    def variable_address(self, symbol: ast.Symbol, span: Span) -> Operand:
        if symbol.uid in self.vlas:
            return self.fb.load(self.vlas[symbol.uid])
        if symbol.uid in self.slots:
            return self.slots[symbol.uid]
        if symbol.storage in ("global", "static", "function"):
            return Sym(self.module.global_name(symbol))
        raise AssertionError(f"{span}: '{symbol.name}' has no address")

    # Statements

    def body(self) -> None:
        self.fb.set_line(self.func.span.line)
        self.start()
        self.statement(self.func.body)
        if not self.fb.is_terminated:
            ret = self.func.symbol.ctype.base if self.func.symbol is not None else None
            self.return_value(None if ret is None or ret.is_void else 0)
        self.define_unassigned()

    def return_value(self, value: Operand | int | None) -> None:
        """Return; what main returns is also the program's exit status, kept where the runtime's exit
        keeps it (compilers/runtime/README.md), so that `return 3;` ends the program with status 3."""
        if self.is_main and value is not None:
            name = "__exit_status"
            if self.module.mb.module.global_(name) is None:  # the runtime's, declared here (linking keeps it)
                self.module.mb.global_(name, [0])
            self.fb.store(Sym(name), value)
        for slot in self.vlas.values():  # the variable-length arrays end with the function
            self.fb.call("free", [self.fb.load(slot)], returns=False)
        self.fb.ret(value)

    def define_unassigned(self) -> None:
        """A local read but never assigned is undefined behaviour in C; the IR wants every temp assigned
        somewhere, so such a local starts at 0."""
        function = self.fb.function
        assigned = {p.name for p in function.params}
        used: list[Temp] = []
        for block in function.blocks:
            for instr in block.instrs:
                target = instr.defs()
                if target is not None:
                    assigned.add(target.name)
                used.extend(op for op in instr.uses() if isinstance(op, Temp))
        missing = sorted({t.name for t in used} - assigned)
        entry = function.blocks[0]
        entry.instrs[0:0] = [Copy(Temp(name), Const(0), function.line) for name in missing]

    def statement(self, stmt: ast.Stmt) -> None:
        self.fb.set_line(stmt.span.line)
        method = getattr(self, f"stmt_{type(stmt).__name__}")
        method(stmt)

    def stmt_Block(self, stmt: ast.Block) -> None:
        for item in stmt.items:
            self.statement(item)

    def stmt_ExprStmt(self, stmt: ast.ExprStmt) -> None:
        if stmt.expr is not None:
            self.effect(stmt.expr)

    def stmt_DeclStmt(self, stmt: ast.DeclStmt) -> None:
        for decl in stmt.decls:
            symbol = decl.symbol
            if symbol is not None and symbol.uid in self.vlas:
                self.allocate_vla(symbol)
                continue
            if symbol is None or symbol.storage != "local" or decl.init is None:
                continue
            self.fb.set_line(decl.span.line)
            if symbol.uid in self.temps:
                self.fb.copy(self.value(decl.init), self.temps[symbol.uid])
            else:
                self.initialize(self.slots[symbol.uid], symbol.ctype, decl.init)

    def allocate_vla(self, symbol: ast.Symbol) -> None:
        """`T a[n][m]` as it runs: its elements on the heap (the IR's frames have fixed sizes), and the
        strides of its levels (m * T's words, then T's words); the elements of an earlier run of this
        declaration (a loop) are freed first, as their lifetime has ended."""
        assert symbol.vla_lengths is not None
        slot = self.vlas[symbol.uid]
        element = symbol.ctype
        while element.is_array and element.base is not None:
            element = element.base
        lengths = [self.value(length) for length in symbol.vla_lengths]
        words: Operand = Const(element.words)
        for length, stride in zip(reversed(lengths), reversed(self.vla_strides[symbol.uid]), strict=True):
            self.fb.store(stride, words)
            words = self.fb.mul(length, words)
        self.fb.call("free", [self.fb.load(slot)], returns=False)
        pointer = self.fb.call("malloc", [words])
        assert pointer is not None
        self.fb.store(slot, pointer)

    def initialize(self, base: Operand, ctype: CType, init: ast.Expr) -> None:
        """Fill a local aggregate: the initialiser's words, and zero for every word it leaves out."""
        if not (ctype.is_array or ctype.is_struct):
            self.fb.store(base, self.value(init))
            return
        if ctype.is_struct and not isinstance(init, ast.InitList):
            self.copy_words(base, self.value(init), ctype.words)
            return
        words: dict[int, ast.Expr | int] = {}
        flatten_initializer(init, ctype, 0, words)
        if ctype.words > INLINE_WORDS:
            # Cleared by the runtime's memset, then only the words the initialiser gives are stored:
            # the code is as long as the initialiser, whatever the object's size.
            self.fb.call("memset", [base, Const(0), Const(ctype.words)], returns=False)
            for offset in sorted(words):
                item = words[offset]
                if item != 0:
                    self.fb.store(base, item if isinstance(item, int) else self.value(item), offset)
            return
        for offset in range(ctype.words):
            item = words.get(offset, 0)
            value = item if isinstance(item, int) else self.value(item)
            self.fb.store(base, value, offset)

    def stmt_If(self, stmt: ast.If) -> None:
        then_label = self.fb.new_block("if.then")
        end_label = self.fb.new_block("if.end")
        else_label = self.fb.new_block("if.else") if stmt.otherwise is not None else end_label
        self.branch(stmt.cond, then_label, else_label)
        self.fb.set_block(then_label)
        self.statement(stmt.then)
        if stmt.otherwise is not None:
            self.fb.jump(end_label) if not self.fb.is_terminated else None
            self.fb.set_block(else_label)
            self.statement(stmt.otherwise)
        self.fb.set_block(end_label)

    def stmt_While(self, stmt: ast.While) -> None:
        cond_label = self.fb.new_block("while.cond")
        body_label = self.fb.new_block("while.body")
        end_label = self.fb.new_block("while.end")
        self.fb.set_block(cond_label)
        self.branch(stmt.cond, body_label, end_label)
        self.fb.set_block(body_label)
        self.loop_body(stmt.body, end_label, cond_label)
        self.fb.jump(cond_label) if not self.fb.is_terminated else None
        self.fb.set_block(end_label)

    def stmt_DoWhile(self, stmt: ast.DoWhile) -> None:
        body_label = self.fb.new_block("do.body")
        cond_label = self.fb.new_block("do.cond")
        end_label = self.fb.new_block("do.end")
        self.fb.set_block(body_label)
        self.loop_body(stmt.body, end_label, cond_label)
        self.fb.set_block(cond_label)
        self.fb.set_line(stmt.cond.span.line)
        self.branch(stmt.cond, body_label, end_label)
        self.fb.set_block(end_label)

    def stmt_For(self, stmt: ast.For) -> None:
        if stmt.init is not None:
            self.statement(stmt.init)
        cond_label = self.fb.new_block("for.cond")
        body_label = self.fb.new_block("for.body")
        step_label = self.fb.new_block("for.step")
        end_label = self.fb.new_block("for.end")
        self.fb.set_block(cond_label)
        if stmt.cond is not None:
            self.fb.set_line(stmt.cond.span.line)
            self.branch(stmt.cond, body_label, end_label)
        self.fb.set_block(body_label)
        self.loop_body(stmt.body, end_label, step_label)
        self.fb.set_block(step_label)
        if stmt.step is not None:
            self.fb.set_line(stmt.step.span.line)
            self.effect(stmt.step)
        self.fb.jump(cond_label)
        self.fb.set_block(end_label)

    def loop_body(self, body: ast.Stmt, break_label: str, continue_label: str) -> None:
        self.targets.append(_Loop(break_label, continue_label))
        self.statement(body)
        self.targets.pop()

    def stmt_Break(self, stmt: ast.Break) -> None:
        self.fb.jump(self.targets[-1].break_label)

    def stmt_Continue(self, stmt: ast.Continue) -> None:
        for target in reversed(self.targets):
            if target.continue_label is not None:
                self.fb.jump(target.continue_label)
                return

    def stmt_Return(self, stmt: ast.Return) -> None:
        if stmt.value is None:
            ret = self.func.symbol.ctype.base if self.func.symbol is not None else None
            self.return_value(None if ret is None or ret.is_void else 0)
            return
        if stmt.value.ctype is not None and stmt.value.ctype.is_void:
            self.effect(stmt.value)
            self.fb.ret()
            return
        if self.returns_struct:
            destination = self.fb.param(0)
            self.copy_words(
                destination, self.value(stmt.value), stmt.value.ctype.words if stmt.value.ctype else 0
            )
            self.fb.ret(destination)
            return
        self.return_value(self.value(stmt.value))

    def stmt_Switch(self, stmt: ast.Switch) -> None:
        value = self.value(stmt.expr)
        end_label = self.fb.new_block("switch.end")
        for case in stmt.cases:
            self.case_labels[id(case)] = self.fb.new_block("case")
        default_label = end_label
        if stmt.default is not None:
            default_label = self.fb.new_block("default")
            self.case_labels[id(stmt.default)] = default_label
        # One IR switch (the checker has made the case values distinct): the back end makes a dense
        # one a jump table and a sparse one a chain of compares.
        self.fb.switch(
            value, default_label, [(case.constant, self.case_labels[id(case)]) for case in stmt.cases]
        )
        self.targets.append(_Loop(end_label, None))
        self.fb.set_block(self.fb.new_block("switch.body"))
        self.statement(stmt.body)
        self.targets.pop()
        self.fb.set_block(end_label)

    def stmt_Case(self, stmt: ast.Case) -> None:
        label = self.case_labels.get(id(stmt))
        if label is not None:
            self.fb.set_block(label)
        self.statement(stmt.body)

    def stmt_Default(self, stmt: ast.Default) -> None:
        label = self.case_labels.get(id(stmt))
        if label is not None:
            self.fb.set_block(label)
        self.statement(stmt.body)

    def label_block(self, name: str) -> str:
        if name not in self.labels:
            self.labels[name] = self.fb.new_block(f"label.{name}")
        return self.labels[name]

    def stmt_Goto(self, stmt: ast.Goto) -> None:
        self.fb.jump(self.label_block(stmt.label))

    def stmt_Labeled(self, stmt: ast.Labeled) -> None:
        self.fb.set_block(self.label_block(stmt.label))
        self.statement(stmt.body)

    # Conditions

    def branch(self, expr: ast.Expr, if_true: str, if_false: str) -> None:
        """Jump on an expression's truth, short-circuiting && || and !, without making a 0/1 value."""
        if isinstance(expr, ast.Binary) and expr.op == "&&":
            middle = self.fb.new_block("and.rhs")
            self.branch(expr.left, middle, if_false)
            self.fb.set_block(middle)
            self.branch(expr.right, if_true, if_false)
            return
        if isinstance(expr, ast.Binary) and expr.op == "||":
            middle = self.fb.new_block("or.rhs")
            self.branch(expr.left, if_true, middle)
            self.fb.set_block(middle)
            self.branch(expr.right, if_true, if_false)
            return
        if isinstance(expr, ast.Unary) and expr.op == "!":
            self.branch(expr.operand, if_false, if_true)
            return
        constant = fold(expr, self.folded) if expr.ctype is not None and expr.ctype.is_integer else None
        if constant is not None:
            self.fb.jump(if_true if constant else if_false)
            return
        if floats.is_floating(expr.ctype):
            self.fb.branch(floats.truth(self, self.value(expr)), if_true, if_false)
            return
        self.fb.branch(self.value(expr), if_true, if_false)

    # Expressions

    def effect(self, expr: ast.Expr) -> None:
        """Evaluate for side effects only."""
        if isinstance(expr, ast.Comma):
            self.effect(expr.left)
            self.effect(expr.right)
            return
        if isinstance(expr, ast.IncDec):
            self.incdec(expr, want_value=False)
            return
        if isinstance(expr, ast.Convert) and expr.ctype is not None and expr.ctype.is_void:
            self.effect(expr.operand)
            return
        self.value(expr)

    def value(self, expr: ast.Expr) -> Operand:
        """The expression's value as an operand; for a struct, its address."""
        constant = fold(expr, self.folded) if expr.ctype is not None and expr.ctype.is_integer else None
        if constant is not None:
            return Const(constant)
        method = getattr(self, f"value_{type(expr).__name__}")
        result: Operand = method(expr)
        return result

    def value_IntLit(self, expr: ast.IntLit) -> Operand:
        return Const(expr.value)

    def value_CharLit(self, expr: ast.CharLit) -> Operand:
        return Const(expr.value)

    def value_StringLit(self, expr: ast.StringLit) -> Operand:
        return self.module.string(expr.codes)

    def value_FloatLit(self, expr: ast.FloatLit) -> Operand:
        return Const(floats.literal_bits(expr.text) or 0)

    def value_SizeofType(self, expr: ast.SizeofType) -> Operand:
        return Const(expr.value)

    def value_SizeofExpr(self, expr: ast.SizeofExpr) -> Operand:
        return Const(expr.value)

    def compound_literal(self, expr: ast.CompoundLiteral) -> Operand:
        """The object of a compound literal: Store words of this frame, filled each time the expression
        is evaluated (C99 6.5.2.5: one object per evaluation of its block)."""
        assert expr.ctype is not None
        slot = self.fb.slot("literal", max(expr.ctype.words, 1))
        self.initialize(slot, expr.ctype, expr.init)
        return slot

    def value_CompoundLiteral(self, expr: ast.CompoundLiteral) -> Operand:
        return self.load_lvalue(expr)

    def value_InitList(self, expr: ast.InitList) -> Operand:
        return Const(0)  # reported by the checker

    def value_Name(self, expr: ast.Name) -> Operand:
        symbol = expr.symbol
        assert symbol is not None and expr.ctype is not None
        if symbol.storage == "function":
            return Sym(self.module.global_name(symbol))
        if symbol.uid in self.temps:
            return self.temps[symbol.uid]
        address = self.variable_address(symbol, expr.span)
        if expr.ctype.is_struct or expr.ctype.is_array:
            return address
        return self.char_word(self.fb.load(address), expr.ctype)

    def char_word(self, word: Operand, ctype: CType) -> Operand:
        """A word read from the Store as a char type's value. `char`, `signed char` and `unsigned char`
        share their words, so the word may hold the byte as another char type stored it: a char reads
        128 to 255 as the negative byte (200 as -56) and an unsigned char a negative byte 256 more (-1
        as 255), as gcc reads the byte. A character of the source text above 255 keeps its code point
        (README, "Characters"). In a program whose words of one object are never reached through both
        signednesses (ModuleLowering.mixed_chars), and in the runtime's C, a word is read as it is."""
        if not self.module.mixed_chars or ctype.kind != "char":
            return word
        if ctype.unsigned:
            return self.fb.add(word, self.fb.mul(self.fb.binary("lt", word, 0), 256))
        byte = self.fb.mul(self.fb.binary("gt", word, 127), self.fb.binary("lt", word, 256))
        return self.fb.sub(word, self.fb.mul(byte, 256))

    def address(self, expr: ast.Expr) -> Operand:
        """The Store address of an lvalue."""
        if isinstance(expr, ast.Name):
            assert expr.symbol is not None
            return self.variable_address(expr.symbol, expr.span)
        if isinstance(expr, ast.Unary) and expr.op == "*":
            return self.value(expr.operand)
        if isinstance(expr, ast.Index):
            return self.element_address(expr)
        if isinstance(expr, ast.MemberAccess):
            assert expr.member is not None
            overlaid = punning.overlaid_aggregate(expr)
            if overlaid is not None:
                self.unsupported(f"{overlaid}: the Engine's Store holds words, not bytes", expr.span)
            base = self.value(expr.base) if expr.arrow else self.address(expr.base)
            return self.offset(base, expr.member.offset)
        if isinstance(expr, ast.StringLit):
            return self.module.string(expr.codes)
        if isinstance(expr, ast.CompoundLiteral):
            return self.compound_literal(expr)
        if isinstance(expr, ast.Convert | ast.Cast) and expr.ctype is not None and expr.ctype.is_struct:
            return self.address(expr.operand)
        if isinstance(expr, ast.Call | ast.Conditional | ast.Assign | ast.Comma) and expr.ctype is not None:
            return self.value(expr)  # a struct-valued expression's value is its address
        raise AssertionError(f"{expr.span}: not an lvalue: {type(expr).__name__}")

    def offset(self, base: Operand, words: int) -> Operand:
        if words == 0:
            return base
        if isinstance(base, Const):
            return Const(base.value + words)
        return self.fb.add(base, words)

    def element_address(self, expr: ast.Index) -> Operand:
        assert expr.base.ctype is not None and expr.base.ctype.base is not None
        stride = self.vla_stride(expr.base)
        if stride is not None:
            return self.fb.add(self.value(expr.base), self.fb.mul(self.value(expr.index), stride))
        return self.pointer_add(self.value(expr.base), self.value(expr.index), expr.base.ctype.base.words)

    def vla_stride(self, base: ast.Expr) -> Operand | None:
        """The stride of `a[i]...[k]` when a is a variable-length array: the level's, computed when a was
        declared; None for any other array."""
        level = 0
        while isinstance(base, ast.Convert | ast.Index):
            if isinstance(base, ast.Index):
                level += 1
                base = base.base
            else:
                base = base.operand
        symbol = base.symbol if isinstance(base, ast.Name) else None
        strides = self.vla_strides.get(symbol.uid) if symbol is not None else None
        if strides is None or level >= len(strides):
            return None
        return self.fb.load(strides[level])

    def pointer_add(self, pointer: Operand, index: Operand, scale: int, negate: bool = False) -> Operand:
        if isinstance(index, Const):
            amount = index.value * scale
            return self.offset(pointer, -amount if negate else amount)
        scaled = index if scale == 1 else self.fb.mul(index, scale)
        return self.fb.sub(pointer, scaled) if negate else self.fb.add(pointer, scaled)

    def load_lvalue(self, expr: ast.Expr) -> Operand:
        assert expr.ctype is not None
        if expr.ctype.is_struct or expr.ctype.is_array:
            return self.address(expr)
        change = None if self.module.words else punning.pointer_pun(expr)
        if change is not None:  # `*(T *)&x`: x's bits read as a T
            assert isinstance(expr, ast.Unary) and isinstance(expr.operand, ast.Cast)
            word = self.fb.load(self.value(expr.operand.operand))
            return punning.from_bits(self, punning.bits_of(self, word, change[0]), change[1])
        return punning.load(self, expr, self.address(expr))

    def value_Unary(self, expr: ast.Unary) -> Operand:
        if expr.op == "&":
            target = expr.operand
            if (
                isinstance(target, ast.Name)
                and target.symbol is not None
                and target.symbol.storage == "function"
            ):
                return Sym(self.module.global_name(target.symbol))
            problem = punning.address_problem(target)
            if problem is not None:
                self.unsupported(f"{problem}: the Engine's Store holds words, not bytes", expr.span)
            return self.address(target)
        if expr.op == "*":
            return self.load_lvalue(expr)
        if expr.op == "!":
            if floats.is_floating(expr.operand.ctype):
                return self.fb.unary("lnot", floats.truth(self, self.value(expr.operand)))
            return self.fb.unary("lnot", self.value(expr.operand))
        assert expr.ctype is not None
        operand = self.value(expr.operand)
        if expr.op == "+":
            return operand
        if floats.is_floating(expr.ctype):
            return floats.negate(self, operand)
        result = self.fb.unary("neg" if expr.op == "-" else "not", operand)
        return self.wrap_result(result, expr.ctype)

    def wrap_to(self, value: Operand, ctype: CType) -> Operand:
        """A value computed in a wider type, brought into ctype's range (++ and -- on narrow types)."""
        if ctype.kind == "bool":
            return self.fb.binary("ne", value, 0)
        if ctype.is_integer and (ctype.unsigned or ctype.bits < 32):
            return self.fb.wrap(f"{'u' if ctype.unsigned else 'i'}{ctype.bits}", value)
        return value

    def wrap_result(self, value: Operand, ctype: CType) -> Operand:
        """Bring an unsigned result back into its type's range (signed overflow is undefined in C)."""
        if ctype.is_integer and ctype.unsigned and ctype.kind != "bool":
            return self.fb.wrap(f"u{ctype.bits}", value)
        return value

    def value_Index(self, expr: ast.Index) -> Operand:
        return self.load_lvalue(expr)

    def value_MemberAccess(self, expr: ast.MemberAccess) -> Operand:
        return self.load_lvalue(expr)

    def value_Convert(self, expr: ast.Convert) -> Operand:
        return self.convert(expr.operand, expr.ctype)

    def value_Cast(self, expr: ast.Cast) -> Operand:
        problem = punning.bytes_problem(expr.operand.ctype, expr.ctype)
        if problem is not None and not self.module.words:
            self.unsupported(problem, expr.span)
        return self.convert(expr.operand, expr.ctype)

    def value_MemberBits(self, expr: punning.MemberBits) -> Operand:
        if expr.spread:
            message = "a union of bytes initialised through a scalar member: only a constant"
            self.unsupported(message, expr.span)
        return punning.bits_of(self, self.value(expr.value), expr.member_type)

    def convert(self, operand: ast.Expr, target: CType | None) -> Operand:
        source = operand.ctype
        assert source is not None and target is not None
        if target.is_void:
            self.effect(operand)
            return Const(0)
        if source.is_array:
            return self.address(operand)
        if source.is_function:
            return self.value(operand)
        return self.convert_value(self.value(operand), source, target)

    def convert_value(self, value: Operand, source: CType, target: CType) -> Operand:
        if floats.is_floating(source) or floats.is_floating(target):
            return floats.convert(self, value, source, target)
        if target.kind == "bool":
            if source.kind == "bool":
                return value
            return self.fb.binary("ne", value, 0)
        if not target.is_integer or not source.is_integer:
            return value  # pointers and integers share one representation: an address is a number
        if fits(source, target):
            return value
        width = f"{'u' if target.unsigned else 'i'}{target.bits}"
        if isinstance(value, Const):
            return Const(target.wrap(value.value))
        return self.fb.wrap(width, value)

    def value_Binary(self, expr: ast.Binary) -> Operand:
        op = expr.op
        if op in ("&&", "||"):
            return self.logical_value(expr)
        left_type, right_type = expr.left.ctype, expr.right.ctype
        assert left_type is not None and right_type is not None and expr.ctype is not None
        if op in ("+", "-") and (left_type.is_pointer or right_type.is_pointer):
            left = self.value(expr.left)
            right = self.value(expr.right)
            if left_type.is_pointer and right_type.is_pointer:
                assert left_type.base is not None
                difference = self.fb.sub(left, right)
                scale = max(left_type.base.words, 1)
                return difference if scale == 1 else self.fb.binary("div", difference, scale)
            if left_type.is_pointer:
                assert left_type.base is not None
                return self.pointer_add(left, right, max(left_type.base.words, 1), negate=op == "-")
            assert right_type.base is not None
            return self.pointer_add(right, left, max(right_type.base.words, 1))
        left = self.value(expr.left)
        right = self.value(expr.right)
        if floats.is_floating(left_type) and op in floats.COMPARISON:
            return floats.compare(self, op, left, right)
        return self.arithmetic(op, left, right, expr.ctype)

    def arithmetic(self, op: str, left: Operand, right: Operand, ctype: CType) -> Operand:
        """A binary operator on values already converted to the operation's type."""
        name = BINARY_IR[op]
        if floats.is_floating(ctype):
            return floats.arithmetic(self, op, left, right, ctype)
        result = self.fb.binary(name, left, right)
        if op in ("==", "!=", "<", ">", "<=", ">="):
            return result
        if op == "<<" and ctype.is_integer:
            return self.fb.wrap(f"{'u' if ctype.unsigned else 'i'}{ctype.bits}", result)
        if op in ("+", "-", "*"):
            return self.wrap_result(result, ctype)
        return result

    def logical_value(self, expr: ast.Binary) -> Operand:
        result = self.fb.new_temp("bool")
        true_label = self.fb.new_block("bool.true")
        false_label = self.fb.new_block("bool.false")
        end_label = self.fb.new_block("bool.end")
        self.branch(expr, true_label, false_label)
        self.fb.set_block(true_label)
        self.fb.copy(1, result)
        self.fb.jump(end_label)
        self.fb.set_block(false_label)
        self.fb.copy(0, result)
        self.fb.set_block(end_label)
        return result

    def value_Conditional(self, expr: ast.Conditional) -> Operand:
        result = self.fb.new_temp("cond")
        then_label = self.fb.new_block("cond.then")
        else_label = self.fb.new_block("cond.else")
        end_label = self.fb.new_block("cond.end")
        void = expr.ctype is not None and expr.ctype.is_void
        self.branch(expr.cond, then_label, else_label)
        self.fb.set_block(then_label)
        if void:
            self.effect(expr.then)
        else:
            self.fb.copy(self.value(expr.then), result)
        self.fb.jump(end_label)
        self.fb.set_block(else_label)
        if void:
            self.effect(expr.otherwise)
        else:
            self.fb.copy(self.value(expr.otherwise), result)
        self.fb.set_block(end_label)
        return result

    def value_Comma(self, expr: ast.Comma) -> Operand:
        self.effect(expr.left)
        return self.value(expr.right)

    def value_Assign(self, expr: ast.Assign) -> Operand:
        target = expr.target
        ctype = target.ctype
        assert ctype is not None
        symbol = target.symbol if isinstance(target, ast.Name) else None
        in_temp = symbol is not None and symbol.uid in self.temps
        if expr.op == "=":
            if ctype.is_struct:
                destination = self.address(target)
                self.copy_words(destination, self.value(expr.value), ctype.words)
                return destination
            if in_temp:
                assert symbol is not None
                temp = self.temps[symbol.uid]
                self.fb.copy(self.value(expr.value), temp)
                return temp
            change = None if self.module.words else punning.pointer_pun(target)
            if change is not None:  # `*(T *)&x = v`: x takes v's bits
                assert isinstance(target, ast.Unary) and isinstance(target.operand, ast.Cast)
                location = self.value(target.operand.operand)
                value = self.value(expr.value)
                self.fb.store(location, punning.store_through(self, change, location, value))
                return value
            location = self.address(target)
            value = self.narrow_field(target, self.value(expr.value))
            punning.store(self, target, location, value)
            return value
        # A compound assignment: the target is evaluated once.
        address: Operand | None = None if in_temp else self.address(target)
        if in_temp:
            assert symbol is not None
            old: Operand = self.temps[symbol.uid]
        else:
            assert address is not None
            old = punning.load(self, target, address)
        op_type = expr.op_type
        assert op_type is not None
        op = expr.op[:-1]
        right = self.value(expr.value)
        if ctype.is_pointer:
            assert ctype.base is not None
            new = self.pointer_add(old, right, max(ctype.base.words, 1), negate=op == "-")
        else:
            result = self.arithmetic(op, self.convert_value(old, ctype, op_type), right, op_type)
            new = self.convert_value(result, op_type, ctype)
        if in_temp:
            assert symbol is not None
            self.fb.copy(new, self.temps[symbol.uid])
            return self.temps[symbol.uid]
        assert address is not None
        new = self.narrow_field(target, new)
        punning.store(self, target, address, new)
        return new

    def narrow_field(self, target: ast.Expr, value: Operand) -> Operand:
        """A value stored in a bit-field, kept in its width (member_wrap); any other value as it is."""
        member = target.member if isinstance(target, ast.MemberAccess) else None
        if member is None or member.bits is None or member.declared is None:
            return value
        if isinstance(value, Const):
            return Const(member_wrap(member, value.value))
        if member.declared.kind == "bool":
            return self.fb.binary("ne", value, 0)
        width = member.bits
        if width >= 64:
            return self.fb.wrap(f"{'u' if member.declared.unsigned else 'i'}64", value)
        # The value modulo 2^width: made non-negative modulo 2^64 first, so that the IR's rem (which
        # truncates) takes the low bits.
        low = self.fb.binary("rem", self.fb.wrap("u64", value), 1 << width)
        if member.declared.unsigned:
            return low
        negative = self.fb.binary("div", low, 1 << (width - 1))  # 1 when the sign bit is set
        return self.fb.sub(low, self.fb.mul(negative, 1 << width))

    def copy_words(self, destination: Operand, source: Operand, words: int) -> None:
        if words > INLINE_WORDS:  # the runtime's loop: code of one call, whatever the object's size
            self.fb.call("memcpy", [destination, source, Const(words)], returns=False)
            return
        for index in range(words):
            word = self.fb.load(source, index)
            self.fb.store(destination, word, index)

    def value_IncDec(self, expr: ast.IncDec) -> Operand:
        return self.incdec(expr, want_value=True)

    def incdec(self, expr: ast.IncDec, want_value: bool) -> Operand:
        target = expr.operand
        ctype = target.ctype
        assert ctype is not None
        symbol = target.symbol if isinstance(target, ast.Name) else None
        in_temp = symbol is not None and symbol.uid in self.temps
        address: Operand | None = None
        if in_temp:
            assert symbol is not None
            old: Operand = self.temps[symbol.uid]
            if want_value and not expr.prefix:
                old = self.fb.copy(old)
        else:
            address = self.address(target)
            old = punning.load(self, target, address)
        step = 1 if expr.op == "++" else -1
        if floats.is_floating(ctype):
            new: Operand = floats.step(self, old, step, ctype)
        elif ctype.is_pointer:
            assert ctype.base is not None
            new = self.offset(old, step * max(ctype.base.words, 1))
        else:
            new = self.wrap_to(self.fb.add(old, step), ctype)
        if in_temp:
            assert symbol is not None
            self.fb.copy(new, self.temps[symbol.uid])
            new = self.temps[symbol.uid]
        else:
            assert address is not None
            new = self.narrow_field(target, new)
            punning.store(self, target, address, new)
        return new if expr.prefix else old

    def value_Call(self, expr: ast.Call) -> Operand:
        func = expr.func
        target: Operand | str
        if isinstance(func, ast.Name) and func.symbol is not None and func.symbol.storage == "function":
            symbol = func.symbol
            if not symbol.defined and symbol.name in self.module.library_names:
                return lower_library_call(self, expr)
            target = self.module.global_name(symbol)
        else:
            # Through a pointer (CALLR on the Engine); `*fp` and `fp` name the same function.
            while (
                isinstance(func, ast.Convert)
                and func.operand.ctype is not None
                and func.operand.ctype.is_function
            ):
                func = func.operand
            if isinstance(func, ast.Unary) and func.op == "*":
                func = func.operand
            pointer = self.value(func)
            target = pointer if isinstance(pointer, Temp) else self.fb.copy(pointer)
        args = [self.value(arg) for arg in expr.args]
        ftype = expr.func.ctype
        while ftype is not None and ftype.is_pointer:
            ftype = ftype.base
        if ftype is not None and ftype.variadic and ftype.has_prototype:
            # A variadic function of the program: its extra arguments in a block of words, as printf's.
            fixed, extra = args[: len(ftype.params)], args[len(ftype.params) :]
            block: Operand = Const(0)
            if extra:
                block = self.fb.slot("va", len(extra))
                for index, value in enumerate(extra):
                    self.fb.store(block, value, index)
            args = [*fixed, block]
        if expr.ctype is not None and expr.ctype.is_struct:
            # The callee copies its result into Store words of this frame; the value is their address.
            result_words = self.fb.slot("result", max(expr.ctype.words, 1))
            self.fb.call(target, [result_words, *args], returns=False)
            return result_words
        returns = expr.ctype is not None and not expr.ctype.is_void
        result = self.fb.call(target, list(args), returns=returns)
        return result if result is not None else Const(0)


BINARY_IR = {
    "+": "add", "-": "sub", "*": "mul", "/": "div", "%": "rem", "&": "and", "|": "or", "^": "xor",
    "<<": "shl", ">>": "shr", "==": "eq", "!=": "ne", "<": "lt", ">": "gt", "<=": "le", ">=": "ge",
}  # fmt: skip


def fits(source: CType, target: CType) -> bool:
    """Whether every value of the integer type source is a value of target (no wrap needed)."""
    if source.kind == "bool":
        return True
    if source.unsigned == target.unsigned:
        return target.bits >= source.bits
    if source.unsigned:
        return target.bits > source.bits
    return False


def member_wrap(member: Member, value: int) -> int:
    """A value kept in a bit-field: modulo 2^width, read as its declared type's signedness."""
    assert member.bits is not None and member.declared is not None
    if member.declared.kind == "bool":
        return int(value != 0)
    value %= 1 << member.bits
    if not member.declared.unsigned and member.bits > 0 and value >= 1 << (member.bits - 1):
        value -= 1 << member.bits
    return value


def flatten_initializer(init: ast.Expr, ctype: CType, base: int, out: dict[int, ast.Expr | int]) -> None:
    """The words an initialiser sets, by word offset from the object's start."""
    if isinstance(init, ast.StringLit) and ctype.is_array:
        element = ctype.base
        for index, code in enumerate(init.codes[: ctype.length]):
            # `unsigned char u[] = "\xff"` holds 255: each char converted to the element type.
            out[base + index] = element.wrap(code) if element is not None and element.unsigned else code
        return
    if not isinstance(init, ast.InitList):
        out[base] = init
        return
    if ctype.is_array:
        assert ctype.base is not None
        for index, item in enumerate(init.items):
            flatten_initializer(item, ctype.base, base + index * ctype.base.words, out)
    elif ctype.is_struct:
        assert ctype.struct is not None
        for member, item in zip(ctype.struct.fields(), init.items, strict=False):
            constant = fold(item) if member.bits is not None else None
            if constant is not None:
                out[base + member.offset] = member_wrap(member, constant)
            else:
                flatten_initializer(item, member.ctype, base + member.offset, out)
            if ctype.struct.union and member.bits is None and base + member.offset in out:
                words = punning.initial_words(ctype.struct, out[base + member.offset], member.ctype)
                out.update({base + member.offset + k: word for k, word in words.items()})
    elif init.items:
        flatten_initializer(init.items[0], ctype, base, out)


@dataclass(slots=True)
class ModuleLowering:
    diags: DiagnosticBag
    mb: ModuleBuilder = field(default_factory=ModuleBuilder)
    strings: dict[tuple[int, ...], Sym] = field(default_factory=dict)
    library_names: frozenset[str] = frozenset()
    # The runtime's C (compilers/runtime/from_c.py) is written for the words: a `long *` read as a
    # `char *` is one word read as a char, `*(long *)&d` is the double's word as it is (a long does not
    # wrap there), and nothing of punning.py's pointer rules applies.
    words: bool = False
    # Whether a char word may hold a byte stored through a char type of the other signedness
    # (punning.mixes_char_signedness): only then is a char read converted (FunctionLowering.char_word).
    mixed_chars: bool = False
    static_words: int = 0  # words of the globals lowered so far
    # Static words initialised with an address plus an offset: (global, word, address), set by main.
    deferred: list[tuple[str, int, ast.Expr]] = field(default_factory=list)

    def global_name(self, symbol: ast.Symbol) -> str:
        if symbol.storage == "static":
            return f"{symbol.name}.{symbol.uid}"
        if symbol.storage == "function" and symbol.name == "main" and symbol.address_taken:
            return MAIN_BODY
        return symbol.name

    def string(self, codes: list[int]) -> Sym:
        key = tuple(codes)
        if key not in self.strings:
            name = f"str.{len(self.strings)}"
            # A byte written as an escape above 127 is a negative char (\xff is -1): such a string is
            # its words, then the 0 that ends it.
            text: list[DataItem] = (
                ["".join(chr(c) for c in codes)] if all(c >= 0 for c in codes) else [*codes, 0]
            )
            self.mb.global_(name, text, const=True)
            self.strings[key] = Sym(name)
        return self.strings[key]

    def static_data(self, symbol: ast.Symbol) -> None:
        """A global or static local: the words its initialiser sets, and its size.

        The zero words after the last one set are the global's size, never a list of zeros: the cost
        is that of the initialiser, whatever the object's size, so `int big[2000000000];` is a count
        that the driver measures against the Store. Once the module's static data has grown past the
        largest Store the program can never load: from then on no gap is filled either (the sizes still
        add up, for the driver's diagnostic)."""
        decl = symbol.decl
        ctype = symbol.ctype
        size = max(ctype.words, 1)
        words: dict[int, ast.Expr | int] = {}
        if decl is not None and decl.init is not None:
            flatten_initializer(decl.init, ctype, 0, words)
        data: list[DataItem] = []
        name = self.global_name(symbol)
        self.static_words += size
        if self.static_words <= STORE_MAX:
            for offset in sorted(words):
                item = words[offset]
                value = item if isinstance(item, int) else self.constant_word(item, name, offset)
                if value == 0:
                    continue
                data.extend([0] * (offset - len(data)))  # the gap before it: at most size words
                data.append(value)
        self.mb.global_(name, data, size=size)

    def constant_word(self, expr: ast.Expr, name: str, offset: int) -> DataItem:
        """The word a static initialiser gives: a number or an address. An address plus an offset
        (`&a[1]`, `a + 2`, `&s.m`), which the data of the IR cannot write, is stored by main before
        anything else runs (`deferred`); the word is 0 until then."""
        pattern = floats.constant_bits(expr)
        if pattern is not None:
            return pattern
        value = fold(expr)
        if value is not None:
            return value
        inner = expr
        while isinstance(inner, ast.Convert | ast.Cast):
            inner = inner.operand
        value = fold(inner)
        if value is not None:
            return value  # an integer made a pointer: `(void *)0`
        if isinstance(inner, ast.StringLit):
            return self.string(inner.codes)
        if isinstance(inner, ast.Unary) and inner.op == "&" and isinstance(inner.operand, ast.Name):
            inner = inner.operand
        if isinstance(inner, ast.Name) and inner.symbol is not None:
            return Sym(self.global_name(inner.symbol))
        self.deferred.append((name, offset, expr))
        return 0


def lower(unit: ast.TranslationUnit, diags: DiagnosticBag, words: bool = False) -> Module:
    """The front-end's lower stage: one IR module (the runtime is linked in by the driver)."""
    from compilers.frontends.c.headers import LIBRARY_FUNCTIONS

    module = ModuleLowering(diags, library_names=LIBRARY_FUNCTIONS, words=words)
    module.mb.global_(NULL_GUARD, [0])
    module.mixed_chars = not words and punning.mixes_char_signedness(unit)
    seen: set[int] = set()
    statics: list[ast.Symbol] = []
    for item in unit.items:
        if isinstance(item, ast.Decl) and item.symbol is not None and item.symbol.uid not in seen:
            symbol = item.symbol
            if symbol.storage == "global" and not symbol.ctype.is_function:
                seen.add(symbol.uid)
                statics.append(symbol)
    for item in unit.items:
        if isinstance(item, ast.FuncDef):
            collect_static_locals(item.body, statics, seen)
    for symbol in statics:
        module.static_data(symbol)
    for item in unit.items:
        if isinstance(item, ast.FuncDef) and item.symbol is not None:
            lower_function(module, item)
    if module.mb.module.function("main") is None:
        diags.error("undefined", "the program has no 'main' function", Span.point(unit.span.file, 1, 1))
    return module.mb.finish()


def collect_static_locals(stmt: ast.Stmt, out: list[ast.Symbol], seen: set[int]) -> None:
    if isinstance(stmt, ast.DeclStmt):
        for decl in stmt.decls:
            if decl.symbol is not None and decl.symbol.storage == "static" and decl.symbol.uid not in seen:
                seen.add(decl.symbol.uid)
                out.append(decl.symbol)
        return
    for child in (
        getattr(stmt, "then", None),
        getattr(stmt, "otherwise", None),
        getattr(stmt, "body", None),
        getattr(stmt, "init", None),
    ):
        if isinstance(child, ast.Stmt):
            collect_static_locals(child, out, seen)
    if isinstance(stmt, ast.Block):
        for item in stmt.items:
            collect_static_locals(item, out, seen)


def lower_function(module: ModuleLowering, func: ast.FuncDef) -> None:
    assert func.symbol is not None
    ctype = func.symbol.ctype
    assert ctype.base is not None
    params: list[str | tuple[str, str]] = [
        (p.name, "ptr" if p.ctype.is_pointer or p.ctype.is_struct else "w") for p in func.params
    ]
    name = module.global_name(func.symbol)
    if name == MAIN_BODY:
        FunctionLowering(module, module.mb.function("main", []), func).enter_main()
    elif func.symbol.name == "main":
        params = []  # see FunctionLowering.main_argument
    if ctype.base.is_struct:
        params.insert(0, ("__result", "ptr"))
    ret = "void" if ctype.base.is_void else ("ptr" if ctype.base.is_pointer or ctype.base.is_struct else "w")
    fb = module.mb.function(name, params, ret=ret, line=func.span.line)
    FunctionLowering(module, fb, func).body()
