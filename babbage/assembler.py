"""The two-pass assembler: Babbage assembly text -> Program (ISA.md sections 2, 3a and 4).

Pass 1 parses every line, lays out data and counts cards, so that every label has its value. Pass 2
resolves operands and checks them against the opcode's operand kinds. Errors are collected, never raised
one at a time: AssemblyError carries all of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from babbage.diagnostics import AssemblyError, Diagnostic
from babbage.isa import (
    MODE_ABSOLUTE,
    MODE_BASED,
    MODE_IMMEDIATE,
    MODE_NONE,
    MODE_REGISTER,
    NO_REGISTER,
    OPERAND_MODES,
    SHIFT_MAX,
    TRAP_MAX,
    Opcode,
    lookup,
    register_number,
)
from babbage.lexer import Token, tokenize
from babbage.machine import STORE_MAX
from babbage.numbers import WORD_DIGITS, fits_word
from babbage.program import VALUE_LIMIT, Instruction, Program, make_instruction

DIRECTIVES = frozenset({".data", ".text", ".word", ".space", ".string", ".entry", ".heap", ".line", ".file"})

# Two shapes of line that generated assembly has hundreds of, read without the general tokenizer: a
# label alone (`main.loop:`) and `.line N`. Anything else, including these with a comment, an error or
# another spelling, takes the general path, which gives the same result and every diagnostic.
_LABEL_LINE = re.compile(r"([ \t]*)([A-Za-z_.][A-Za-z0-9_.]*):[ \t]*")
_LINE_DIRECTIVE = re.compile(r"[ \t]*\.line[ \t]+([1-9][0-9]{0,5})[ \t]*")


@dataclass(slots=True)
class Expr:
    """A constant plus labels, and at most one register inside brackets: `[C+label-1]`."""

    column: int
    constant: int = 0
    labels: list[tuple[int, str, int]] = field(default_factory=list)  # (sign, name, column)
    register: int | None = None


@dataclass(slots=True)
class Operand:
    kind: str  # "register", "immediate" or "memory"
    column: int
    register: int = 0  # for "register"
    expr: Expr | None = None  # for "immediate" and "memory"


# Instruction lines already parsed, by their text: (opcode, operands, column), for every assembly of the
# process. Generated assembly repeats lines ("LOAD   FP, SP", "RET", "LOAD   D, [FP-1]"), within a
# program and across programs (every program's copy of a runtime routine), and what an instruction line
# without a label says does not depend on where it stands or in which program (labels are resolved in
# pass 2, and nothing changes a parsed operand). Cleared when it reaches the limit, so that a process
# assembling many different programs keeps a bounded table.
_PARSED_LINES: dict[str, tuple[Opcode, list[Operand], int]] = {}
_PARSED_LINES_LIMIT = 200_000


# `.word` lines of the data section already parsed, by their text: their values' expressions, for every
# assembly of the process (a program's tables and a runtime's data repeat them). What such a line says
# does not depend on where it stands (labels are resolved in pass 2, and nothing changes an Expr).
# Cleared with the instruction lines' table.
_WORD_LINES: dict[str, tuple[Expr, ...]] = {}
# `.string` lines of the data section already read, by their text: the words each adds (a runtime's
# messages are in every program that links it). Cleared with the instruction lines' table.
_STRING_LINES: dict[str, tuple[int, ...]] = {}
# `.space` lines of the data section already read, by their text: the zero words each adds (a program's
# and a runtime's globals without initialisers). Cleared with the instruction lines' table.
_SPACE_LINES: dict[str, int] = {}


# Lines that are a label alone (`main.loop:`, no register's name), by their text: the label's name, for
# every assembly of the process. Cleared with the instruction lines' table.
_LABEL_LINES: dict[str, str] = {}


# The cards of parsed lines whose card does not depend on the program: no label in any operand and no
# immediate wide enough for the constant pool. By the identity of the line's operand list (kept here,
# so that the identity stays its own): (operands, card).
_BUILT_CARDS: dict[int, tuple[list[Operand], Instruction]] = {}


def _independent(operands: list[Operand]) -> bool:
    for op in operands:
        expr = op.expr
        if expr is not None and (expr.labels or abs(expr.constant) >= VALUE_LIMIT):
            return False
    return True


@dataclass(slots=True)
class PendingInstruction:
    opcode: Opcode
    operands: list[Operand]
    line: int
    column: int


@dataclass(slots=True)
class PendingWord:
    address: int
    expr: Expr
    line: int


class _Assembler:
    def __init__(self, source: str, filename: str) -> None:
        self.source = source
        self.filename = filename
        self.errors: list[Diagnostic] = []
        self.labels: dict[str, tuple[str, int, int]] = {}  # name -> (section, value, line)
        self.section = "text"
        self.data: list[int] = []
        self.pending_words: list[PendingWord] = []
        self.instructions: list[PendingInstruction] = []
        self.debug: list[tuple[str, int] | None] = []  # per card: (.file, .line) in force, if any
        self.seen_line_directive = False
        self.debug_file = filename
        self.debug_line: int | None = None
        self.heap: tuple[int, int] | None = None  # (size, line)
        self.entry: tuple[str, int, int] | None = None  # (label, line, column)
        self.line = 0
        # Instruction lines already parsed, by their text (shared by every assembly of the process).
        self.parsed_lines = _PARSED_LINES

    def error(self, column: int, message: str, line: int | None = None) -> None:
        self.errors.append(Diagnostic(self.filename, self.line if line is None else line, column, message))

    # ---- pass 1 -------------------------------------------------------------------------------------

    def pass_one(self) -> None:
        self.read_lines(self.source.splitlines(), 1)

    def read_lines(self, lines: Iterable[str], first: int) -> None:
        """Pass 1 over `lines`, the first of them line `first` of the source."""
        parsed_lines = self.parsed_lines
        instructions = self.instructions
        debug = self.debug
        labels = self.labels
        # The section and the debug entry in force: only a line read in full (below) changes them.
        section = self.section
        where = (self.debug_file, self.debug_line) if self.debug_line is not None else None
        for number, text in enumerate(lines, start=first):
            known = parsed_lines.get(text)
            if known is not None and section == "text":
                # add_instruction, inline: most lines of generated assembly come here
                instructions.append(PendingInstruction(known[0], known[1], number, known[2]))
                debug.append(where)
                continue
            name = _LABEL_LINES.get(text)
            if name is not None and name not in labels:  # define_label, inline
                self.line = number
                labels[name] = (section, len(instructions) if section == "text" else len(self.data), number)
                continue
            if section == "data":
                words = _WORD_LINES.get(text)
                if words is not None:  # word_directive, inline
                    for expr in words:
                        self.pending_words.append(PendingWord(len(self.data), expr, number))
                        self.data.append(0)
                    continue
                chars = _STRING_LINES.get(text)
                if chars is not None:
                    self.data.extend(chars)
                    continue
                count = _SPACE_LINES.get(text)
                if count is not None and len(self.data) + count <= STORE_MAX:  # else the general path's error
                    self.data.extend([0] * count)
                    continue
            self.line = number
            line_directive = _LINE_DIRECTIVE.fullmatch(text)
            if line_directive is not None and int(line_directive.group(1)) <= 1_000_000:
                self.debug_line = int(line_directive.group(1))
                self.seen_line_directive = True
                where = (self.debug_file, self.debug_line)
                continue
            label_line = _LABEL_LINE.fullmatch(text)
            if label_line is not None:
                name = label_line.group(2)
                if register_number(name) is None:
                    if len(_LABEL_LINES) >= _PARSED_LINES_LIMIT:
                        _LABEL_LINES.clear()
                    _LABEL_LINES[text] = name
                self.define_label(Token("ident", name, len(label_line.group(1)) + 1))
                continue
            tokens, lex_error = tokenize(text)
            if lex_error is not None:
                self.error(lex_error.column, lex_error.message)
                continue
            self.parse_line(tokens, text)
            section = self.section
            where = (self.debug_file, self.debug_line) if self.debug_line is not None else None

    def define_label(self, token: Token) -> None:
        name = token.text
        if register_number(name) is not None:
            self.error(token.column, f"'{name}' is a register name and cannot be a label")
            return
        if name in self.labels:
            self.error(token.column, f"label '{name}' is already defined on line {self.labels[name][2]}")
            return
        value = len(self.instructions) if self.section == "text" else len(self.data)
        self.labels[name] = (self.section, value, self.line)

    def parse_line(self, tokens: list[Token], text: str | None = None) -> None:
        """One line's tokens; text: the line, to remember an instruction line by (see parsed_lines)."""
        i = 0
        while i + 1 < len(tokens) and tokens[i].kind == "ident" and tokens[i + 1].kind == ":":
            self.define_label(tokens[i])
            i += 2
        if i == len(tokens):
            return
        head = tokens[i]
        if head.kind != "ident":
            self.error(head.column, f"expected an instruction, a directive or a label, found '{head.text}'")
            return
        operands = split_operands(tokens[i + 1 :])
        if isinstance(operands, int):
            self.error(operands, "empty operand")
            return
        if head.text.startswith(".") and head.text.lower() in DIRECTIVES:
            errors, words, data = len(self.errors), len(self.pending_words), len(self.data)
            self.directive(head, operands)
            if (
                i == 0
                and text is not None
                and head.text.lower() == ".string"
                and self.section == "data"
                and len(self.errors) == errors
            ):
                if len(_STRING_LINES) >= _PARSED_LINES_LIMIT:
                    _STRING_LINES.clear()
                _STRING_LINES[text] = tuple(self.data[data:])
            if (
                i == 0
                and text is not None
                and head.text.lower() == ".space"
                and self.section == "data"
                and len(self.errors) == errors
            ):
                if len(_SPACE_LINES) >= _PARSED_LINES_LIMIT:
                    _SPACE_LINES.clear()
                _SPACE_LINES[text] = len(self.data) - data
            if (
                i == 0
                and text is not None
                and head.text.lower() == ".word"
                and self.section == "data"
                and len(self.errors) == errors
                and len(self.pending_words) - words == len(operands)
            ):
                if len(_WORD_LINES) >= _PARSED_LINES_LIMIT:
                    _WORD_LINES.clear()
                _WORD_LINES[text] = tuple(word.expr for word in self.pending_words[words:])
            return
        opcode = lookup(head.text)
        if opcode is None:
            what = "directive" if head.text.startswith(".") else "instruction"
            self.error(head.column, f"unknown {what} '{head.text}'")
            return
        if self.section != "text":
            self.error(head.column, f"instruction {opcode.mnemonic} in the .data section")
            return
        parsed: list[Operand] = []
        for group in operands:
            operand = self.parse_operand(group)
            if operand is None:
                return
            parsed.append(operand)
        if i == 0 and text is not None:
            if len(self.parsed_lines) >= _PARSED_LINES_LIMIT:
                self.parsed_lines.clear()
            self.parsed_lines[text] = (opcode, parsed, head.column)
        self.add_instruction(opcode, parsed, head.column)

    def add_instruction(self, opcode: Opcode, operands: list[Operand], column: int) -> None:
        self.instructions.append(PendingInstruction(opcode, operands, self.line, column))
        if self.debug_line is not None:
            self.debug.append((self.debug_file, self.debug_line))
        else:
            self.debug.append(None)

    def parse_operand(self, group: list[Token]) -> Operand | None:
        first = group[0]
        if len(group) == 1 and first.kind == "ident" and register_number(first.text) is not None:
            return Operand("register", first.column, register=register_number(first.text) or 0)
        if first.kind == "[":
            if group[-1].kind != "]":
                self.error(group[-1].column, "expected ']' to close the memory operand")
                return None
            if len(group) == 2:
                self.error(group[1].column, "empty memory operand")
                return None
            expr = self.parse_expr(group[1:-1], allow_register=True)
            return None if expr is None else Operand("memory", first.column, expr=expr)
        expr = self.parse_expr(group, allow_register=False)
        return None if expr is None else Operand("immediate", first.column, expr=expr)

    def parse_expr(self, tokens: list[Token], *, allow_register: bool) -> Expr | None:
        """Signed terms: integers, character literals, labels and (in brackets) one register."""
        expr = Expr(tokens[0].column)
        i = 0
        while i < len(tokens):
            sign = 1
            if tokens[i].kind in ("+", "-"):
                sign = -1 if tokens[i].kind == "-" else 1
                i += 1
                if i == len(tokens):
                    self.error(tokens[i - 1].column, f"expected a value after '{tokens[i - 1].text}'")
                    return None
            elif i > 0:
                self.error(tokens[i].column, f"expected '+' or '-' before '{tokens[i].text}'")
                return None
            token = tokens[i]
            if token.kind in ("int", "char"):
                if token.kind == "int" and len(token.text.lstrip("0")) > WORD_DIGITS:
                    self.error(token.column, f"number wider than {WORD_DIGITS} digits")
                    return None
                expr.constant += sign * token.value
            elif token.kind == "ident" and register_number(token.text) is not None:
                if not allow_register:
                    self.error(token.column, f"register {token.text} cannot be part of an immediate")
                    return None
                if expr.register is not None or sign < 0:
                    self.error(token.column, "a memory operand has one base register, added: [FP-2]")
                    return None
                expr.register = register_number(token.text)
            elif token.kind == "ident":
                expr.labels.append((sign, token.text, token.column))
            else:
                self.error(token.column, f"unexpected '{token.text}' in an operand")
                return None
            i += 1
        return expr

    # ---- directives ---------------------------------------------------------------------------------

    def directive(self, head: Token, operands: list[list[Token]]) -> None:
        name = head.text.lower()
        if name in (".data", ".text"):
            if operands:
                self.error(operands[0][0].column, f"{name} takes no operands")
            self.section = name[1:]
            return
        if name in (".word", ".space", ".string") and self.section != "data":
            self.error(head.column, f"{name} belongs in the .data section")
            return
        if name == ".word":
            self.word_directive(head, operands)
        elif name == ".space":
            count = self.single_integer(head, operands)
            if count is not None and len(self.data) + count > STORE_MAX:
                # Checked before the zeros are made: many .space lines must not add up to gigabytes.
                self.error(
                    operands[0][0].column,
                    f".space {count} makes the static data {len(self.data) + count} words: "
                    f"larger than any Store ({STORE_MAX} words)",
                )
            elif count is not None:
                self.data.extend([0] * count)
        elif name == ".string":
            if len(operands) != 1 or len(operands[0]) != 1 or operands[0][0].kind != "string":
                self.error(head.column, '.string takes one string literal: .string "text"')
                return
            self.data.extend(ord(ch) for ch in operands[0][0].string)
            self.data.append(0)
        elif name == ".heap":
            size = self.single_integer(head, operands)
            if size is not None:
                if self.heap is not None:
                    self.error(head.column, f".heap is already declared on line {self.heap[1]}")
                else:
                    self.heap = (size, self.line)
        elif name == ".line":
            number = self.single_integer(head, operands)
            if number is not None:
                if number < 1:
                    self.error(operands[0][0].column, ".line takes a line number from 1")
                else:
                    self.debug_line = number
                    self.seen_line_directive = True
        elif name == ".file":
            if len(operands) != 1 or len(operands[0]) != 1 or operands[0][0].kind != "string":
                self.error(head.column, '.file takes one string literal: .file "name"')
                return
            self.debug_file = operands[0][0].string
        elif name == ".entry":
            if len(operands) != 1 or len(operands[0]) != 1 or operands[0][0].kind != "ident":
                self.error(head.column, ".entry takes one text label")
                return
            if self.entry is not None:
                self.error(head.column, f".entry is already given on line {self.entry[1]}")
                return
            self.entry = (operands[0][0].text, self.line, operands[0][0].column)

    def single_integer(self, head: Token, operands: list[list[Token]]) -> int | None:
        """The one non-negative integer operand of .space, .heap and .line."""
        if len(operands) != 1 or len(operands[0]) != 1 or operands[0][0].kind != "int":
            self.error(head.column, f"{head.text} takes one non-negative integer")
            return None
        value = operands[0][0].value
        if value > 1_000_000:
            self.error(operands[0][0].column, f"{head.text} {value} is larger than any Store")
            return None
        return value

    def word_directive(self, head: Token, operands: list[list[Token]]) -> None:
        if not operands:
            self.error(head.column, ".word takes one or more values")
            return
        for group in operands:
            expr = self.parse_expr(group, allow_register=False)
            if expr is None:
                continue
            self.pending_words.append(PendingWord(len(self.data), expr, self.line))
            self.data.append(0)

    # ---- pass 2 -------------------------------------------------------------------------------------

    def evaluate(self, expr: Expr, line: int) -> int | None:
        value = expr.constant
        for sign, name, column in expr.labels:
            if name not in self.labels:
                self.error(column, f"undefined label '{name}'", line)
                return None
            value += sign * self.labels[name][1]
        return value

    def resolve_words(self) -> None:
        for word in self.pending_words:
            value = self.evaluate(word.expr, word.line)
            if value is None:
                continue
            if not fits_word(value):
                self.error(word.expr.column, f"value wider than {WORD_DIGITS} digits", word.line)
                continue
            self.data[word.address] = value

    def encode_operand(
        self, kind: str, operand: Operand, pending: PendingInstruction, pool: dict[int, int]
    ) -> tuple[int, int, int] | None:
        """(mode, base, value) for the operand carried in the mode fields, or None after an error."""
        line = pending.line
        if operand.kind == "register":
            mode, base, value = MODE_REGISTER, operand.register, 0
        else:
            assert operand.expr is not None
            resolved = self.evaluate(operand.expr, line)
            if resolved is None:
                return None
            value = resolved
            mode, base = expr_mode(operand)
        name = pending.opcode.mnemonic
        if mode not in OPERAND_MODES[kind]:
            wanted = {
                "src": "a register, an immediate or a memory operand",
                "mem": "a memory operand such as [120], [label] or [FP-2]",
                "n": f"an immediate shift count 0..{SHIFT_MAX}",
                "label": "a label or card index",
                "reg": "a register",
                "code": f"an immediate trap code 0..{TRAP_MAX}",
            }[kind]
            self.error(operand.column, f"{name} needs {wanted} here", line)
            return None
        if kind == "n" and not 0 <= value <= SHIFT_MAX:
            self.error(operand.column, f"shift count must be 0..{SHIFT_MAX}, not {value}", line)
            return None
        if kind == "code" and not 0 <= value <= TRAP_MAX:
            self.error(operand.column, f"trap code must be 0..{TRAP_MAX}, not {value}", line)
            return None
        if kind == "label" and operand.expr is not None:
            for _sign, label, column in operand.expr.labels:
                if self.labels[label][0] == "data":
                    self.error(column, f"{name} needs a text label, '{label}' is a data label", line)
                    return None
        if mode == MODE_ABSOLUTE and value < 0:
            self.error(operand.column, f"address {value} is negative", line)
            return None
        if not fits_word(value):
            self.error(operand.column, f"value wider than {WORD_DIGITS} digits", line)
            return None
        if abs(value) >= VALUE_LIMIT:
            if mode != MODE_IMMEDIATE:
                self.error(operand.column, "address or offset wider than a card's 44 digits", line)
                return None
            # ISA.md section 5: a wide immediate is loaded from the constant pool instead.
            if value not in pool:
                pool[value] = len(self.data) + len(pool)
            return MODE_ABSOLUTE, 0, pool[value]
        return mode, base, value

    def build_instruction(self, pending: PendingInstruction, pool: dict[int, int]) -> Instruction | None:
        opcode = pending.opcode
        kinds = opcode.operands
        if len(pending.operands) != len(kinds):
            plural = "operand" if len(kinds) == 1 else "operands"
            shape = f" ({opcode.syntax})" if kinds else ""
            self.error(
                pending.column,
                f"{opcode.mnemonic} takes {len(kinds)} {plural}{shape}, found {len(pending.operands)}",
                pending.line,
            )
            return None
        register = NO_REGISTER
        operands = pending.operands
        if opcode.has_register:
            first = operands[0]
            if first.kind != "register":
                self.error(first.column, f"{opcode.mnemonic} needs a register first", pending.line)
                return None
            register = first.register
            operands = operands[1:]
            kinds = kinds[1:]
        mode, base, value = MODE_NONE, 0, 0
        if kinds:
            encoded = self.encode_operand(kinds[0], operands[0], pending, pool)
            if encoded is None:
                return None
            mode, base, value = encoded
        return make_instruction(opcode.number, register, mode, base, value)

    def line_map(self) -> dict[int, tuple[str, int]]:
        """Cards -> source lines: from .line when the program has any, else the assembly's own lines."""
        if self.seen_line_directive:
            return {index: where for index, where in enumerate(self.debug) if where is not None}
        return {index: (self.filename, pending.line) for index, pending in enumerate(self.instructions)}

    def assemble(self) -> Program:
        self.pass_one()
        self.resolve_words()
        pool: dict[int, int] = {}
        instructions = self.build_cards(self.instructions, pool, {})
        return self.finish(instructions, pool)

    def build_cards(
        self,
        pendings: list[PendingInstruction],
        pool: dict[int, int],
        built_cards: dict[int, Instruction],
        prepare: Callable[[PendingInstruction], None] | None = None,
    ) -> list[Instruction]:
        """Pass 2's cards of `pendings`, in order (a wide immediate takes its place in `pool`); prepare:
        called with each line before its card is built (not for a card already built)."""
        instructions: list[Instruction] = []
        # Lines with the same text share one operand list (parsed_lines), so they build the same card:
        # built once, by that list's identity (the lists live as long as self.instructions). A line that
        # fails is built again wherever it stands, so that each place reports its error.
        for pending in pendings:
            operands = pending.operands
            built = built_cards.get(id(operands))
            if built is None:
                shared = _BUILT_CARDS.get(id(operands))
                if shared is not None and shared[0] is operands:
                    built = shared[1]
                else:
                    if prepare is not None:
                        prepare(pending)
                    built = self.build_instruction(pending, pool)
                    if built is not None and _independent(operands):
                        if len(_BUILT_CARDS) >= _PARSED_LINES_LIMIT:
                            _BUILT_CARDS.clear()
                        _BUILT_CARDS[id(operands)] = (operands, built)
                if built is not None:
                    built_cards[id(operands)] = built
            instructions.append(built if built is not None else Instruction(62, NO_REGISTER, 0, 0, 0))
        return instructions

    def finish(
        self,
        instructions: list[Instruction],
        pool: dict[int, int],
        labels: dict[str, int] | None = None,
        line_map: dict[int, tuple[str, int]] | None = None,
    ) -> Program:
        """The program, once pass 2 has built its cards; AssemblyError if any line had an error.
        labels and line_map: the program's, when the caller has them (babbage/linker.py)."""
        entry = 0
        if self.entry is not None:
            label, line, column = self.entry
            if label not in self.labels:
                self.error(column, f"undefined label '{label}'", line)
            elif self.labels[label][0] != "text":
                self.error(column, f".entry needs a text label, '{label}' is a data label", line)
            else:
                entry = self.labels[label][1]
        if self.errors:
            self.errors.sort(key=lambda d: (d.line, d.column))
            raise AssemblyError(self.errors, self.source)
        data = self.data + sorted(pool, key=pool.__getitem__)
        return Program(
            instructions=instructions,
            data=data,
            heap_size=self.heap[0] if self.heap else 0,
            entry=entry,
            line_map=self.line_map() if line_map is None else line_map,
            labels={name: value for name, (_section, value, _line) in self.labels.items()}
            if labels is None
            else labels,
        )


def expr_mode(operand: Operand) -> tuple[int, int]:
    """(mode, base) of an immediate or memory operand."""
    assert operand.expr is not None
    if operand.kind == "immediate":
        return MODE_IMMEDIATE, 0
    if operand.expr.register is None:
        return MODE_ABSOLUTE, 0
    return MODE_BASED, operand.expr.register


def split_operands(tokens: list[Token]) -> list[list[Token]] | int:
    """Tokens after the mnemonic, split at commas; the column of the comma next to an empty operand."""
    if not tokens:
        return []
    groups: list[list[Token]] = [[]]
    commas: list[int] = []
    for token in tokens:
        if token.kind == ",":
            groups.append([])
            commas.append(token.column)
        else:
            groups[-1].append(token)
    for index, group in enumerate(groups):
        if not group:
            return commas[min(index, len(commas) - 1)]
    return groups


def assemble(source: str, filename: str = "<input>") -> Program:
    """Assemble Babbage assembly text; raises AssemblyError listing every error found."""
    return _Assembler(source, filename).assemble()
