"""The IR's text form (README.md): the parser. Errors name the line and column."""

from __future__ import annotations

import re

from compilers.ir.nodes import (
    BINARY_OPS,
    RETURN_TYPES,
    UNARY_OPS,
    VALUE_TYPES,
    Alloc,
    Binary,
    Block,
    Branch,
    Call,
    Const,
    Copy,
    DataItem,
    Function,
    Global,
    Halt,
    HeapInfo,
    Instr,
    Jump,
    Load,
    Module,
    Operand,
    Param,
    Print,
    ReadChar,
    ReadInt,
    Return,
    Slot,
    SlotRef,
    Store,
    Switch,
    Sym,
    TailCall,
    Temp,
    Trap,
    Unary,
    clone_function,
    data_words,
)


class IRParseError(Exception):
    def __init__(self, filename: str, line: int, column: int, message: str) -> None:
        super().__init__(f"{filename}:{line}:{column}: {message}")
        self.filename = filename
        self.line = line
        self.column = column
        self.message = message


_TOKEN = re.compile(
    r"""\s*(?:
      (?P<string>"(?:[^"\\]|\\.)*")
    | (?P<arrow>->)
    | (?P<int>[-+]?\d+)
    | (?P<temp>%[A-Za-z_][A-Za-z0-9_.]*)
    | (?P<sym>@[A-Za-z_][A-Za-z0-9_.]*)
    | (?P<slot>\$[A-Za-z_][A-Za-z0-9_.]*)
    | (?P<word>\.?[A-Za-z_][A-Za-z0-9_.]*)
    | (?P<punct>[=,()\[\]{}:+-])
    )""",
    re.VERBOSE,
)
_ESC = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "0": "\0"}


class _Line:
    """The tokens of one source line, with a cursor."""

    def __init__(self, parser: Parser, number: int, text: str) -> None:
        self.parser = parser
        self.number = number
        self.tokens: list[tuple[str, str, int]] = []
        tokens = self.tokens
        match = _TOKEN.match
        pos = 0
        code = _strip_comment(text)
        end = len(code.rstrip())  # past it, only blanks are left
        while pos < end:
            m = match(code, pos)
            if m is None:  # (every token takes a character at least)
                col = len(code[pos:]) - len(code[pos:].lstrip()) + pos + 1
                raise IRParseError(parser.filename, number, col, f"unexpected character {code[col - 1]!r}")
            kind = m.lastgroup or ""
            tokens.append((kind, m.group(kind), m.start(kind) + 1))
            pos = m.end()
        self.i = 0

    def error(self, message: str) -> IRParseError:
        col = (
            self.tokens[self.i][2]
            if self.i < len(self.tokens)
            else len(self.tokens) and self.tokens[-1][2] + 1
        )
        return IRParseError(self.parser.filename, self.number, col or 1, message)

    def peek(self, offset: int = 0) -> tuple[str, str]:
        j = self.i + offset
        return (self.tokens[j][0], self.tokens[j][1]) if j < len(self.tokens) else ("end", "")

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        if tok[0] == "end":
            raise self.error("unexpected end of line")
        self.i += 1
        return tok

    def expect(self, text: str) -> None:
        _kind, value = self.take()
        if value != text:
            self.i -= 1
            raise self.error(f"expected {text!r}, found {value!r}")

    def accept(self, text: str) -> bool:
        if self.peek()[1] == text and self.peek()[0] != "string":
            self.i += 1
            return True
        return False

    def at_end(self) -> bool:
        return self.i >= len(self.tokens)

    def end(self) -> None:
        if not self.at_end():
            raise self.error(f"unexpected {self.peek()[1]!r}")

    def name(self, kind: str) -> str:
        k, v = self.take()
        if k != kind:
            self.i -= 1
            raise self.error(f"expected a {kind} name, found {v!r}")
        return v if kind == "word" else v[1:]

    def integer(self) -> int:
        k, v = self.take()
        if k != "int":
            self.i -= 1
            raise self.error(f"expected an integer, found {v!r}")
        return int(v)

    def operand(self) -> Operand:
        k, v = self.take()
        if k == "int":
            return Const(int(v))
        if k == "temp":
            return Temp(v[1:])
        if k == "sym":
            return Sym(v[1:])
        if k == "slot":
            return SlotRef(v[1:])
        self.i -= 1
        raise self.error(f"expected an operand, found {v!r}")

    def address(self) -> tuple[Operand, int]:
        self.expect("[")
        base = self.operand()
        offset = 0
        if self.peek()[0] == "int" and self.peek()[1][0] in "+-":
            offset = int(self.take()[1])
        elif self.accept("+"):
            offset = self.integer()
        elif self.accept("-"):
            offset = -self.integer()
        self.expect("]")
        return base, offset


def _strip_comment(text: str) -> str:
    if ";" not in text:  # most lines: no comment to look for
        return text
    in_string = False
    escaped = False
    for i, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch == ";":
            return text[:i]
    return text


def unquote(literal: str) -> str:
    body = literal[1:-1]
    out = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in _ESC:
            out.append(_ESC[nxt])
            i += 2
        elif nxt == "u" and body[i + 2 : i + 3] == "{":
            close = body.index("}", i)
            out.append(chr(int(body[i + 3 : close], 16)))
            i = close + 1
        else:
            raise ValueError(f"unknown escape \\{nxt}")
    return "".join(out)


class Parser:
    def __init__(self, text: str, filename: str, own_lines: bool = False) -> None:
        self.filename = filename
        self.own_lines = own_lines
        self.lines = [_Line(self, n, t) for n, t in enumerate(text.splitlines(), start=1)]
        self.lines = [ln for ln in self.lines if ln.tokens]
        self.pos = 0

    def parse(self) -> Module:
        module = Module()
        while self.pos < len(self.lines):
            line = self.lines[self.pos]
            head = line.peek()[1]
            if head in ("global", "const"):
                module.globals.append(self.global_(line))
                self.pos += 1
            elif head == "func":
                module.functions.append(self.function())
            else:
                raise line.error(f"expected 'global' or 'func', found {head!r}")
        return module

    def global_(self, line: _Line) -> Global:
        const = line.accept("const")
        line.expect("global")
        name = line.name("sym")
        size: int | None = None
        gtype = "w"
        if line.accept("["):
            size = line.integer()
            line.expect("]")
        if line.accept(":"):
            gtype = line.name("word")
            if gtype not in VALUE_TYPES:
                line.i -= 1
                raise line.error(f"unknown type {gtype!r}")
        init: list[DataItem] = []
        if line.accept("="):
            while True:
                kind, value = line.take()
                if kind == "int":
                    init.append(int(value))
                elif kind == "string":
                    try:
                        init.append(unquote(value))
                    except ValueError as exc:
                        line.i -= 1
                        raise line.error(str(exc)) from None
                elif kind == "sym":
                    init.append(Sym(value[1:]))
                else:
                    line.i -= 1
                    raise line.error(f"expected a word, a string or an @address, found {value!r}")
                if not line.accept(","):
                    break
        line.end()
        words = data_words(init)
        if size is not None and size < words:
            raise line.error(f"global @{name} has {words} words of initialiser but size {size}")
        return Global(name, size if size is not None else max(words, 1), init, const, gtype)

    def function(self) -> Function:
        line = self.lines[self.pos]
        header = line.number
        line.expect("func")
        fn = Function(line.name("sym"))
        if self.own_lines:
            fn.line = header
        line.expect("(")
        if not line.accept(")"):
            while True:
                pname = line.name("temp")
                ptype = "w"
                if line.accept(":"):
                    ptype = line.name("word")
                    if ptype not in VALUE_TYPES:
                        line.i -= 1
                        raise line.error(f"unknown type {ptype!r}")
                fn.params.append(Param(pname, ptype))
                if line.accept(")"):
                    break
                line.expect(",")
        line.expect("->")
        fn.ret = line.name("word")
        if fn.ret not in RETURN_TYPES:
            line.i -= 1
            raise line.error(f"unknown result type {fn.ret!r}")
        line.expect("{")
        line.end()
        self.pos += 1
        block: Block | None = None
        current_line: int | None = None
        while True:
            if self.pos >= len(self.lines):
                raise IRParseError(self.filename, header, 1, f"function @{fn.name} has no closing '}}'")
            line = self.lines[self.pos]
            self.pos += 1
            kind, head = line.peek()
            if head == "}":
                line.take()
                line.end()
                break
            if head == "slot" and block is None:
                line.take()
                sname = line.name("slot")
                size = 1
                if line.accept("["):
                    size = line.integer()
                    line.expect("]")
                line.end()
                fn.slots.append(Slot(sname, size))
            elif head == ".line":
                line.take()
                current_line = line.integer()
                line.end()
                if block is None:
                    fn.line = current_line
            elif kind == "word" and line.peek(1)[1] == ":" and len(line.tokens) == 2:
                block = Block(head)
                fn.blocks.append(block)
            else:
                if block is None:
                    raise line.error("an instruction before the first block label")
                instr = self.instr(line)
                here = line.number if current_line is None and self.own_lines else current_line
                instr.line = here  # type: ignore[attr-defined]
                block.instrs.append(instr)
        return fn

    def instr(self, line: _Line) -> Instr:
        kind, _head = line.peek()
        result: Instr
        if kind == "temp":
            dest = Temp(line.take()[1][1:])
            line.expect("=")
            op = line.name("word")
            if op == "copy":
                result = Copy(dest, line.operand())
            elif op in UNARY_OPS:
                result = Unary(op, dest, line.operand())
            elif op in BINARY_OPS:
                left = line.operand()
                line.expect(",")
                result = Binary(op, dest, left, line.operand())
            elif op == "load":
                addr, offset = line.address()
                result = Load(dest, addr, offset)
            elif op == "call":
                result = self.call(line, dest)
            elif op == "alloc":
                result = Alloc(dest, line.operand())
            elif op == "read":
                addr, offset = line.address()
                if offset:
                    raise line.error("read takes an address without offset")
                result = ReadInt(dest, addr)
            elif op == "readc":
                result = ReadChar(dest)
            elif op in ("heapbase", "heaplimit"):
                result = HeapInfo(op, dest)
            else:
                line.i -= 1
                raise line.error(f"unknown operation {op!r}")
        else:
            op = line.name("word")
            if op == "store":
                addr, offset = line.address()
                line.expect(",")
                result = Store(addr, line.operand(), offset)
            elif op == "call":
                result = self.call(line, None)
            elif op in ("print", "printc"):
                result = Print("int" if op == "print" else "char", line.operand())
            elif op == "jmp":
                result = Jump(line.name("word"))
            elif op == "br":
                cond = line.operand()
                line.expect(",")
                if_true = line.name("word")
                line.expect(",")
                result = Branch(cond, if_true, line.name("word"))
            elif op == "switch":
                result = self.switch(line)
            elif op == "tailcall":
                call = self.call(line, None)
                result = TailCall(call.target, call.args)
            elif op == "ret":
                result = Return(None if line.at_end() else line.operand())
            elif op == "halt":
                result = Halt()
            elif op == "trap":
                result = Trap(line.integer())
            else:
                line.i -= 1
                raise line.error(f"unknown instruction {op!r}")
        line.end()
        return result

    def switch(self, line: _Line) -> Switch:
        """`switch v, default, [0: l0, 1: l1]` (an empty list: always default)."""
        value = line.operand()
        line.expect(",")
        default = line.name("word")
        line.expect(",")
        line.expect("[")
        cases: list[tuple[int, str]] = []
        if not line.accept("]"):
            while True:
                case = line.integer()
                line.expect(":")
                cases.append((case, line.name("word")))
                if line.accept("]"):
                    break
                line.expect(",")
        return Switch(value, default, cases)

    def call(self, line: _Line, dest: Temp | None) -> Call:
        target = line.operand()
        line.expect("(")
        args: list[Operand] = []
        if not line.accept(")"):
            while True:
                args.append(line.operand())
                if line.accept(")"):
                    break
                line.expect(",")
        return Call(dest, target, args)


def parse_module(text: str, filename: str = "<ir>", own_lines: bool = False) -> Module:
    """Parse the IR text form; raises IRParseError (with line and column) on the first error.

    own_lines: an instruction with no `.line` in force gets its own line in this text, and a function
    its header's line (the runtime library's routines map their cards to their own files this way)."""
    if not own_lines:
        module = _parse_by_function(text, filename)
        if module is not None:
            return module
    return Parser(text, filename, own_lines).parse()


# Functions parsed before, by their text (`func @f(...) -> w {` to a line `}`, as print_function writes
# them), for every parse of the process: a front-end that lowers through the text form (LISP) gives its
# library's functions in the same text to every program. Without own_lines a function's parse depends on
# its text alone, not on where it stands. Never changed: a parse returns a copy. Cleared past the bound.
_PARSED_FUNCTIONS: dict[str, Function] = {}
_PARSED_FUNCTIONS_SIZE = [0]  # their instructions
_PARSED_FUNCTIONS_LIMIT = 60_000


def _parse_by_function(text: str, filename: str) -> Module | None:
    """The module of `text` (without own_lines), each function taken from _PARSED_FUNCTIONS when parsed
    before; None when the text is not made of whole functions in print_function's shape and other lines
    the general parse reads the same, or has an error: the general parse then reads it (and reports)."""
    lines = text.splitlines()
    functions: list[Function] = []
    others: list[str] = []
    start: int | None = None
    for index, line in enumerate(lines):
        if start is None:
            if line.startswith("func "):
                start = index
            else:
                others.append(line)
        elif line == "}":
            chunk = "\n".join(lines[start : index + 1])
            start = None
            kept = _PARSED_FUNCTIONS.get(chunk)
            if kept is None:
                try:
                    part = Parser(chunk, filename).parse()
                except IRParseError:
                    return None
                if len(part.functions) != 1 or part.globals:
                    return None
                kept = part.functions[0]
                size = sum(len(block.instrs) for block in kept.blocks)
                if _PARSED_FUNCTIONS_SIZE[0] + size > _PARSED_FUNCTIONS_LIMIT:
                    _PARSED_FUNCTIONS.clear()
                    _PARSED_FUNCTIONS_SIZE[0] = 0
                _PARSED_FUNCTIONS[chunk] = kept
                _PARSED_FUNCTIONS_SIZE[0] += size
            functions.append(clone_function(kept))
    if start is not None:
        return None
    try:
        rest = Parser("\n".join(others), filename).parse()
    except IRParseError:
        return None
    if rest.functions:
        return None
    return Module(rest.globals, functions)
