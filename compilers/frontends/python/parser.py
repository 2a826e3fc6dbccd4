"""Recursive descent over the tokens to the syntax tree (ast.py), following CPython's grammar for the
subset. After a syntax error the parser reports it and skips to the end of the logical line, so one pass
reports every broken statement; constructs outside the subset are parsed far enough to be named by the
checker (ast.Unsupported) or reported here."""

from __future__ import annotations

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.python import ast as A
from compilers.frontends.python.lexer import lex, split_string, string_value
from compilers.tokens import Token

COMPARISONS = ("<", ">", "==", ">=", "<=", "!=")
AUGMENTED = ("+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=")
_OPENER_NAMES = {"if": "'if' statement", "elif": "'elif' statement", "else": "'else' statement",
                 "while": "'while' statement", "for": "'for' statement", "def": "function definition",
                 "class": "class definition", "try": "'try' statement", "except": "'except' statement",
                 "finally": "'finally' statement", "with": "'with' statement"}  # fmt: skip


# What may follow the soft keyword `match` as its subject's first token, of the operators.
MATCH_SUBJECT_STARTS = frozenset({"(", "[", "{", "-", "+", "~", "*"})


class _SyntaxError(Exception):
    pass


# The binary operators' levels, loosest first: | ^ & shifts, + -, * / // % @ (the unary operators and **
# bind tighter: factor).
_BINARY_LEVELS = {
    "|": 1,
    "^": 2,
    "&": 3,
    "<<": 4,
    ">>": 4,
    "+": 5,
    "-": 5,
    "*": 6,
    "/": 6,
    "//": 6,
    "%": 6,
    "@": 6,
}


class Parser:
    def __init__(self, tokens: list[Token], diags: DiagnosticBag) -> None:
        self.toks = tokens
        self.diags = diags
        self.i = 0
        self.named_exprs = False  # whether the program has `x := v` (the checker looks for them then)
        self.withs = 0  # the `with` items so far: each names its hidden variables by its number
        self.first_with: Span | None = None  # the program's first `with` statement (the checker's)
        # The last operand (a disjunction) parsed: its first token's index, the index after it, the tree;
        # CPython's messages for a missing comma or an `=` meant as `==` name it.
        self.operand: tuple[int, int, A.Expr] = (0, 0, A.Name(Span.point("", 1, 1), ""))

    # ---- token helpers ----

    @property
    def tok(self) -> Token:
        return self.toks[self.i]

    def peek(self, ahead: int = 1) -> Token:
        return self.toks[min(self.i + ahead, len(self.toks) - 1)]

    def at(self, text: str) -> bool:
        tok = self.toks[self.i]  # self.tok, inlined: the parser's most frequent question
        return tok.text == text and tok.kind in ("op", "keyword")

    def at_kind(self, kind: str) -> bool:
        return self.tok.kind == kind

    def advance(self) -> Token:
        tok = self.toks[self.i]
        if tok.kind != "eof":
            self.i += 1
        return tok

    def accept(self, text: str) -> bool:
        if self.at(text):
            self.advance()
            return True
        return False

    def expect(self, text: str, what: str = "") -> Token:
        if self.at(text):
            return self.advance()
        self.misplaced_after_operand(text in (")", "]", "}"))
        self.fail(f"SyntaxError: expected '{text}'" if not what else f"SyntaxError: {what}")
        raise AssertionError  # unreachable

    def fail(self, message: str, span: Span | None = None) -> None:
        tok = self.tok
        if span is None:
            if tok.kind == "newline" or tok.kind == "eof":
                # at the end of the file: after the last line's last token, as CPython's
                back = self.i - 1
                while tok.kind == "eof" and back > 0 and self.toks[back].kind == "dedent":
                    back -= 1
                span = tok.span if tok.kind == "newline" else self.toks[back].span
                if message == "SyntaxError: invalid syntax":
                    message = "SyntaxError: invalid syntax"
            elif tok.kind == "indent":
                message = "IndentationError: unexpected indent"
                span = Span.point(tok.span.file, tok.span.line, max(len(tok.text), 1))  # its last character
            else:
                span = tok.span
        self.diags.error("indentation" if "IndentationError" in message else "syntax", message, span)
        raise _SyntaxError

    def misplaced_after_operand(self, in_brackets: bool) -> None:
        """CPython's messages for a token right after an operand that cannot follow it: `=` meant as `==`
        (`if x = 5:`), and inside brackets a second operand where a comma is missing (`print(a b)`)."""
        start, end, operand = self.operand
        tok = self.tok
        if end != self.i or start >= end:
            return
        span = self.toks[start].span
        if tok.kind == "op" and tok.text == "=":
            if isinstance(operand, A.Name):
                self.fail("SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?", span)
            what = {A.Attribute: "attribute", A.Subscript: "subscript"}.get(type(operand))
            if what is not None:
                message = f"cannot assign to {what} here. Maybe you meant '==' instead of '='?"
                self.fail(f"SyntaxError: {message}", span)
        starts_operand = tok.kind in ("name", "int", "float", "string", "fstring") or (
            tok.kind == "keyword" and tok.text in ("None", "True", "False")
        )
        legacy = isinstance(operand, A.Name) and (operand.id in ("print", "exec") or tok.kind == "string")
        if in_brackets and starts_operand and not legacy:
            self.fail("SyntaxError: invalid syntax. Perhaps you forgot a comma?", span)

    def name(self) -> Token:
        if self.tok.kind == "name":
            return self.advance()
        if self.tok.kind == "keyword":
            self.fail("SyntaxError: invalid syntax (a keyword cannot be used as a name)")
        self.fail("SyntaxError: invalid syntax")
        raise AssertionError

    def synchronize(self) -> None:
        """Skip to the start of the next statement at this block level."""
        depth = 0
        while not self.at_kind("eof"):
            kind = self.tok.kind
            if kind == "newline":
                self.advance()
                break
            if kind == "indent":
                depth += 1
            elif kind == "dedent":
                if depth == 0:
                    break
                depth -= 1
            self.advance()
        # an indented block after a broken header: skip it whole
        if self.at_kind("indent"):
            depth = 0
            while not self.at_kind("eof"):
                kind = self.advance().kind
                if kind == "indent":
                    depth += 1
                elif kind == "dedent":
                    depth -= 1
                    if depth == 0:
                        break

    # ---- module and blocks ----

    def module(self) -> A.Module:
        start = self.tok.span
        body: list[A.Stmt] = []
        while not self.at_kind("eof"):
            if self.at_kind("dedent") or self.at_kind("newline"):
                self.advance()
                continue
            body.extend(self.statement_recovering())
        return A.Module(start, body, named_exprs=self.named_exprs, first_with=self.first_with)

    def statement_recovering(self) -> list[A.Stmt]:
        start = self.i
        try:
            return self.statement()
        except _SyntaxError:
            if self.i == start and self.at_kind("indent"):
                self.advance()
            self.synchronize()
            return []

    def block(self, opener: Token) -> list[A.Stmt]:
        """After a compound statement's ':' -- a simple statement on the same line, or NEWLINE INDENT ..."""
        self.expect(":", "expected ':'")
        if not self.at_kind("newline"):
            return self.simple_statements()
        self.advance()
        if not self.at_kind("indent"):
            what = _OPENER_NAMES.get(opener.text, f"'{opener.text}' statement")
            span = self.tok.span
            self.diags.error(
                "indentation",
                f"IndentationError: expected an indented block after {what} on line {opener.span.line}",
                span,
            )
            raise _SyntaxError
        self.advance()
        body: list[A.Stmt] = []
        while not self.at_kind("dedent") and not self.at_kind("eof"):
            if self.at_kind("newline"):
                self.advance()
                continue
            body.extend(self.statement_recovering())
        self.accept_kind("dedent")
        return body

    def accept_kind(self, kind: str) -> None:
        if self.at_kind(kind):
            self.advance()

    # ---- statements ----

    def statement(self) -> list[A.Stmt]:
        tok = self.tok
        if tok.kind == "indent":
            self.fail("IndentationError: unexpected indent")
        if tok.kind == "keyword":
            handler = {
                "if": self.if_stmt, "while": self.while_stmt, "for": self.for_stmt, "def": self.funcdef,
                "class": self.classdef, "try": self.try_stmt,
            }.get(tok.text)  # fmt: skip
            if handler is not None:
                return [handler([])]
            if tok.text == "with":
                return self.with_stmt()
            if tok.text == "async":
                self.diags.error("unsupported", "async functions and statements are not supported", tok.span)
                raise _SyntaxError
        if tok.kind == "op" and tok.text == "@":
            return [self.decorated()]
        if (
            tok.kind == "name"
            and tok.text == "match"
            and self.peek().kind not in ("newline", "eof")
            and not (self.peek().kind == "op" and self.peek().text not in MATCH_SUBJECT_STARTS)
            and self.looks_like_match()
        ):
            return [self.match_stmt()]
        return self.simple_statements()

    # ---- the match statement (a soft keyword: a line `match <subject>:`) ----

    def match_stmt(self) -> A.Stmt:
        opener = self.advance()
        subject = self.star_expressions(named=True)  # `match (x := f()):`, `match a, b:`
        self.expect(":", "expected ':'")
        if self.at_kind("newline"):
            self.advance()
        if not self.at_kind("indent"):
            self.diags.error(
                "indentation",
                "IndentationError: expected an indented block after 'match' statement on line "
                f"{opener.span.line}",
                self.tok.span,
            )
            raise _SyntaxError
        self.advance()
        cases: list[A.MatchCase] = []
        while not self.at_kind("dedent") and not self.at_kind("eof"):
            if self.at_kind("newline"):
                self.advance()
                continue
            if not (self.tok.kind == "name" and self.tok.text == "case"):
                self.fail("SyntaxError: invalid syntax")
            case = self.advance()
            pattern = self.open_pattern()
            guard = self.named_test() if self.accept("if") else None
            cases.append(A.MatchCase(case.span, pattern, guard, self.block(case)))
        self.accept_kind("dedent")
        return A.Match(opener.span, subject, cases)

    def open_pattern(self) -> A.Pattern:
        """A case's pattern: `case a, *rest:` is a sequence pattern without brackets."""
        span = self.tok.span
        first = self.as_pattern()
        if not self.at(","):
            return first
        items = [first]
        while self.accept(","):
            if self.at(":") or self.at("if"):
                break
            items.append(self.as_pattern())
        return A.MatchSequence(span, items)

    def as_pattern(self) -> A.Pattern:
        span = self.tok.span
        if self.at("*"):
            self.advance()
            star = self.name().text
            return A.MatchStar(span, None if star == "_" else star)
        pattern = self.or_pattern()
        if self.accept("as"):
            name = self.name()
            if name.text == "_":
                self.fail("SyntaxError: cannot use '_' as a target", name.span)
            return A.MatchAs(span, pattern, name.text)
        return pattern

    def or_pattern(self) -> A.Pattern:
        span = self.tok.span
        first = self.closed_pattern()
        if not self.at("|"):
            return first
        alternatives = [first]
        while self.accept("|"):
            alternatives.append(self.closed_pattern())
        return A.MatchOr(span, alternatives)

    def closed_pattern(self) -> A.Pattern:
        tok = self.tok
        span = tok.span
        if tok.kind == "name":
            value: A.Expr = A.Name(span, self.advance().text)
            if not self.at(".") and not self.at("("):
                return A.MatchAs(span, None, None if tok.text == "_" else tok.text)
            while self.accept("."):
                value = A.Attribute(span, value, self.name().text)
            if self.accept("("):
                return self.class_pattern(span, value)
            return A.MatchValue(span, value)
        if tok.kind in ("int", "float", "string") or (
            tok.kind == "keyword" and tok.text in ("None", "True", "False")
        ):
            return A.MatchValue(span, self.atom())
        if tok.kind == "fstring":
            self.fail("SyntaxError: patterns may only match literals and attribute lookups")
        if self.at("-"):
            self.advance()
            if self.tok.kind not in ("int", "float"):
                self.fail("SyntaxError: invalid syntax")
            return A.MatchValue(span, A.UnaryOp(span, "-", self.atom()))
        if self.at("(") or self.at("["):
            closer = ")" if self.advance().text == "(" else "]"
            items: list[A.Pattern] = []
            trailing_comma = False
            while not self.at(closer):
                items.append(self.as_pattern())
                trailing_comma = self.accept(",")
                if not trailing_comma:
                    break
            self.expect(closer, f"expected '{closer}'")
            if (
                closer == ")"
                and len(items) == 1
                and not trailing_comma
                and not isinstance(items[0], A.MatchStar)
            ):
                return items[0]  # a group: (pattern)
            return A.MatchSequence(span, items)
        if self.at("{"):
            return self.mapping_pattern(span)
        self.fail("SyntaxError: invalid syntax")
        raise AssertionError

    def class_pattern(self, span: Span, cls: A.Expr) -> A.Pattern:
        patterns: list[A.Pattern] = []
        names: list[str] = []
        keyword_patterns: list[A.Pattern] = []
        while not self.at(")"):
            if self.tok.kind == "name" and self.peek().kind == "op" and self.peek().text == "=":
                names.append(self.advance().text)
                self.advance()
                keyword_patterns.append(self.as_pattern())
            else:
                if names:
                    self.fail("SyntaxError: positional patterns follow keyword patterns")
                patterns.append(self.as_pattern())
            if not self.accept(","):
                break
        self.expect(")", "expected ')'")
        return A.MatchClass(span, cls, patterns, names, keyword_patterns)

    def mapping_pattern(self, span: Span) -> A.Pattern:
        self.advance()
        keys: list[A.Expr] = []
        patterns: list[A.Pattern] = []
        rest: str | None = None
        while not self.at("}"):
            if self.accept("**"):
                rest_name = self.name()
                if rest_name.text == "_":  # CPython's grammar has no `**_`
                    self.fail("SyntaxError: invalid syntax", rest_name.span)
                rest = rest_name.text
                self.accept(",")
                break
            key = self.closed_pattern()
            if not isinstance(key, A.MatchValue):
                self.fail("SyntaxError: invalid syntax", key.span)  # CPython 3.11's word for it
                raise AssertionError
            keys.append(key.value)
            self.expect(":", "expected ':'")
            patterns.append(self.as_pattern())
            if not self.accept(","):
                break
        self.expect("}", "expected '}'")
        return A.MatchMapping(span, keys, patterns, rest)

    def looks_like_match(self) -> bool:
        j = self.i
        while self.toks[j].kind not in ("newline", "eof"):
            j += 1
        return self.toks[j - 1].text == ":"

    def simple_statements(self) -> list[A.Stmt]:
        stmts = self.simple_statement_group()
        while self.accept(";"):
            if self.at_kind("newline"):
                break
            stmts.extend(self.simple_statement_group())
        if not self.at_kind("newline") and not self.at_kind("eof"):
            last = stmts[-1]
            name = last.value.id if isinstance(last, A.ExprStmt) and isinstance(last.value, A.Name) else ""
            if name in ("print", "exec"):  # Python 2's statement
                message = f"Missing parentheses in call to '{name}'. Did you mean {name}(...)?"
                self.fail(f"SyntaxError: {message}", last.span)
            self.misplaced_after_operand(False)
            self.fail("SyntaxError: invalid syntax")
        self.accept_kind("newline")
        return stmts

    def simple_statement_group(self) -> list[A.Stmt]:
        """A simple statement; `import math, sys` is an import statement for each module."""
        if self.tok.kind == "keyword" and self.tok.text == "import":
            return self.import_modules()
        return [self.simple_statement()]

    def simple_statement(self) -> A.Stmt:
        tok = self.tok
        span = tok.span
        if tok.kind == "op" and tok.text == "..." and self.peek().kind in ("newline", "eof"):
            self.advance()  # a body's placeholder, `def stub(): ...`: it does nothing, as pass
            return A.Pass(span)
        if tok.kind == "keyword":
            word = tok.text
            if word == "pass":
                self.advance()
                return A.Pass(span)
            if word == "break":
                self.advance()
                return A.Break(span)
            if word == "continue":
                self.advance()
                return A.Continue(span)
            if word == "return":
                self.advance()
                value = None if self.at_end_of_simple() else self.star_expressions()
                return A.Return(span, value)
            if word == "raise":
                self.advance()
                exc = None if self.at_end_of_simple() else self.test()
                cause = self.test() if exc is not None and self.accept("from") else None
                return A.Raise(span, exc, cause)
            if word in ("global", "nonlocal"):
                self.advance()
                names = [self.name().text]
                while self.accept(","):
                    names.append(self.name().text)
                return A.Global(span, names) if word == "global" else A.Nonlocal(span, names)
            if word == "assert":
                self.advance()
                test = self.test()
                msg = self.test() if self.accept(",") else None
                return A.Assert(span, test, msg)
            if word == "del":
                self.advance()
                targets = [self.expression()]
                while self.accept(","):
                    targets.append(self.expression())
                return A.Del(span, targets)
            if word == "from":
                return self.from_import()
        first = self.star_expressions()
        if self.tok.kind == "op" and self.tok.text in AUGMENTED:
            op = self.advance().text[:-1]
            value = self.yield_or_star_expressions()
            return A.AugAssign(span, first, op, value)
        if self.at(":"):
            return self.annotated_assignment(span, first)
        if self.at("="):
            targets = [first]
            value = first
            while self.accept("="):
                value = self.yield_or_star_expressions()
                targets.append(value)
            targets.pop()
            return A.Assign(span, targets, value)
        return A.ExprStmt(span, first)

    def annotated_assignment(self, span: Span, target: A.Expr) -> A.Stmt:
        """`target: annotation = value` is the assignment: annotations are never evaluated here (CPython
        evaluates a module's and a class's into __annotations__, which the subset has not), so only the
        value is. A bare `x: int` declares without binding, which the subset leaves out."""
        colon = self.advance().span
        if isinstance(target, (A.TupleExpr, A.ListExpr)):
            kind = "tuple" if isinstance(target, A.TupleExpr) else "list"
            self.diags.error(
                "syntax", f"SyntaxError: only single target (not {kind}) can be annotated", target.span
            )
            raise _SyntaxError
        if not isinstance(target, (A.Name, A.Attribute, A.Subscript)):
            self.diags.error("syntax", "SyntaxError: illegal target for annotation", target.span)
            raise _SyntaxError
        self.test()
        if not self.accept("="):
            self.diags.error(
                "unsupported",
                "an annotation without a value is not supported: give the variable its value here "
                "(x: int = 0) or leave the annotation out",
                colon,
            )
            raise _SyntaxError
        return A.Assign(span, [target], self.yield_or_star_expressions())

    def at_end_of_simple(self) -> bool:
        return self.at_kind("newline") or self.at_kind("eof") or self.at(";")

    def yield_or_star_expressions(self) -> A.Expr:
        if self.at("yield"):
            return self.yield_expr()
        return self.star_expressions()

    def yield_expr(self) -> A.Expr:
        span = self.advance().span
        if self.accept("from"):
            return A.Yield(span, self.test(), delegate=True)
        value = None if self.at_end_of_simple() or self.at(")") else self.star_expressions()
        return A.Yield(span, value)

    def import_modules(self) -> list[A.Stmt]:
        span = self.advance().span  # the first module's statement is at `import`, the others' at their names
        imports: list[A.Stmt] = []
        while True:
            module = self.dotted_name()
            asname = self.name().text if self.accept("as") else None
            imports.append(A.Import(span, module, [], asname, False))
            if not self.accept(","):
                return imports
            span = self.tok.span

    def from_import(self) -> A.Stmt:
        tok = self.advance()
        module = self.dotted_name()
        self.expect("import")
        names: list[tuple[str, str | None]] = []
        paren = self.accept("(")
        while True:
            if self.at("*"):
                self.advance()
                names.append(("*", None))
            else:
                name = self.name().text
                alias = self.name().text if self.accept("as") else None
                names.append((name, alias))
            if not self.accept(","):
                break
            if paren and self.at(")"):
                break
        if paren:
            self.expect(")")
        return A.Import(tok.span, module, names, None, True)

    def dotted_name(self) -> str:
        if self.at("."):
            self.diags.error("unsupported", "relative imports are not supported", self.tok.span)
            raise _SyntaxError
        parts = [self.name().text]
        while self.accept("."):
            parts.append(self.name().text)
        return ".".join(parts)

    def if_stmt(self, _decorators: list[A.Expr]) -> A.Stmt:
        opener = self.advance()
        test = self.named_test()
        body = self.block(opener)
        orelse: list[A.Stmt] = []
        if self.at("elif"):
            orelse = [self.if_stmt([])]
        elif self.at("else"):
            orelse = self.block(self.advance())
        return A.If(opener.span, test, body, orelse)

    def while_stmt(self, _decorators: list[A.Expr]) -> A.Stmt:
        opener = self.advance()
        test = self.named_test()
        body = self.block(opener)
        orelse = self.block(self.advance()) if self.at("else") else []
        return A.While(opener.span, test, body, orelse)

    def for_stmt(self, _decorators: list[A.Expr]) -> A.Stmt:
        opener = self.advance()
        target = self.target_list()
        self.expect("in", "expected 'in'")
        iterable = self.star_expressions()
        body = self.block(opener)
        orelse = self.block(self.advance()) if self.at("else") else []
        return A.For(opener.span, target, iterable, body, orelse)

    def target_list(self) -> A.Expr:
        span = self.tok.span
        first = self.star_target()
        if not self.at(","):
            return first
        elts = [first]
        while self.accept(","):
            if self.at("in") or self.at("="):
                break
            elts.append(self.star_target())
        return A.TupleExpr(span, elts)

    def star_target(self) -> A.Expr:
        if self.at("*"):
            span = self.advance().span
            return A.Starred(span, self.bitor())
        return self.bitor()

    def with_stmt(self) -> list[A.Stmt]:
        """`with a as x, b:` as the statements PEP 343 gives for it, one item inside the other."""
        opener = self.advance()
        if self.first_with is None:
            self.first_with = opener.span
        items: list[tuple[A.Expr, A.Expr | None]] = []
        parenthesized = self.parenthesized_with_items()
        if parenthesized:
            self.advance()
        while True:
            manager = self.test()
            items.append((manager, self.star_target() if self.accept("as") else None))
            if not self.accept(","):
                break
            if parenthesized and self.at(")"):
                break  # a trailing comma
        if parenthesized:
            self.expect(")")
        body = self.block(opener)
        for manager, target in reversed(items):
            body = with_statement(opener.span, manager, target, body, self.withs)
            self.withs += 1
        return body

    def parenthesized_with_items(self) -> bool:
        """Whether a `with` continues with its items in parentheses, `with (a as x, b):` (Python 3.10): a
        `(` whose match is followed by the `:`, with no `for` of a generator expression inside. As in
        CPython's grammar, `with (a, b):` is then two managers, and `with (a, b) as t:` one, a tuple."""
        if not self.at("("):
            return False
        depth = 0
        for index in range(self.i, len(self.toks)):
            tok = self.toks[index]
            if tok.kind in ("newline", "eof"):
                return False
            if tok.kind != "op" and tok.kind != "keyword":
                continue
            if tok.text in ("(", "[", "{"):
                depth += 1
            elif tok.text in (")", "]", "}"):
                depth -= 1
                if depth == 0:
                    after = self.toks[index + 1]
                    return after.text == ":" and after.kind == "op"
            elif tok.text == "for" and depth == 1:
                return False
        return False

    def decorated(self) -> A.Stmt:
        decorators: list[A.Expr] = []
        while self.accept("@"):
            decorators.append(self.named_test())
            if not self.at_kind("newline"):
                self.fail("SyntaxError: invalid syntax")
            self.advance()
        if self.at("def"):
            return self.funcdef(decorators)
        if self.at("class"):
            return self.classdef(decorators)
        if self.at("async"):
            self.diags.error("unsupported", "async functions and statements are not supported", self.tok.span)
            raise _SyntaxError
        self.fail("SyntaxError: invalid syntax")
        raise AssertionError

    def funcdef(self, decorators: list[A.Expr]) -> A.Stmt:
        opener = self.advance()
        name = self.name().text
        self.expect("(", "expected '('")
        params = self.parameters(")")
        self.expect(")", "expected ')'")
        if self.accept("->"):
            self.test()
        body = self.block(opener)
        return A.FunctionDef(opener.span, name, params, body, decorators)

    def parameters(self, closer: str) -> list[A.Param]:
        params: list[A.Param] = []
        seen_default = False
        keyword_only = False
        while not self.at(closer):
            span = self.tok.span
            kind = ""
            if self.at("*") or self.at("**"):
                kind = self.advance().text
                if kind == "*" and (self.at(",") or self.at(closer)):
                    keyword_only = True  # a bare `*`: the parameters after it are keyword-only
                    if self.at(closer) or self.peek().text in (closer, "**"):
                        self.fail("SyntaxError: named arguments must follow bare *", span)
                    self.advance()
                    continue
            if self.at("/"):
                self.diags.error("unsupported", "positional-only parameters ('/') are not supported", span)
                raise _SyntaxError
            name = self.name().text
            if closer == ")" and self.accept(":"):
                self.test()
            default = None
            if self.accept("="):
                default = self.test()
                if not keyword_only:
                    seen_default = True
            elif seen_default and kind == "" and not keyword_only:
                self.fail("SyntaxError: non-default argument follows default argument", span)  # 3.11's words
            if any(p.name == name for p in params):
                self.diags.error(
                    "syntax", f"SyntaxError: duplicate argument '{name}' in function definition", span
                )
            params.append(A.Param(span, name, default, kind, keyword_only and kind == ""))
            if kind == "*":
                keyword_only = True
            if not self.accept(","):
                break
        return params

    def classdef(self, decorators: list[A.Expr]) -> A.Stmt:
        opener = self.advance()
        name = self.name().text
        bases: list[A.Expr] = []
        if self.accept("("):
            while not self.at(")"):
                if self.tok.kind == "name" and self.peek().text == "=":
                    self.diags.error(
                        "unsupported",
                        "class keyword arguments (metaclass=...) are not supported",
                        self.tok.span,
                    )
                    raise _SyntaxError
                bases.append(self.test())
                if not self.accept(","):
                    break
            self.expect(")", "expected ')'")
        body = self.block(opener)
        return A.ClassDef(opener.span, name, bases, body, decorators)

    def try_stmt(self, _decorators: list[A.Expr]) -> A.Stmt:
        opener = self.advance()
        body = self.block(opener)
        handlers: list[A.ExceptHandler] = []
        while self.at("except"):
            tok = self.advance()
            if self.at("*"):
                self.diags.error("unsupported", "'except*' is not supported", self.tok.span)
                raise _SyntaxError
            kind = None
            name = None
            if not self.at(":"):
                kind = self.test()
                if self.at(","):  # `except A, B:` (or Python 2's `except E, e:`)
                    self.fail("SyntaxError: multiple exception types must be parenthesized", kind.span)
                if self.accept("as"):
                    name = self.name().text
            if not self.at(":") and not self.at_kind("newline"):  # `except Exception e:`: CPython's words
                self.fail("SyntaxError: invalid syntax")
            handlers.append(A.ExceptHandler(tok.span, kind, name, self.block(tok)))
        orelse: list[A.Stmt] = []
        finalbody: list[A.Stmt] = []
        if self.at("else"):
            if not handlers:
                self.fail("SyntaxError: expected 'except' or 'finally' block")
            orelse = self.block(self.advance())
        if self.at("finally"):
            finalbody = self.block(self.advance())
        if not handlers and not finalbody:
            self.fail("SyntaxError: expected 'except' or 'finally' block")
        return A.Try(opener.span, body, handlers, orelse, finalbody)

    # ---- expressions ----

    def star_expressions(self, named: bool = False) -> A.Expr:
        """expr, expr, ... (a tuple without parentheses), starred items allowed."""
        span = self.tok.span
        first = self.star_expression(named)
        if not self.at(","):
            return first
        elts = [first]
        while self.accept(","):
            if self.at_end_of_tuple():
                break
            elts.append(self.star_expression(named))
        return A.TupleExpr(span, elts)

    def at_end_of_tuple(self) -> bool:
        return (
            self.at_kind("newline")
            or self.at_kind("eof")
            or self.at("=")
            or self.at(")")
            or self.at("]")
            or self.at(";")
            or self.at(":")
            or (self.tok.kind == "op" and self.tok.text in AUGMENTED)
        )

    def star_expression(self, named: bool = True) -> A.Expr:
        """An item of a display or of a tuple; `x := v` only inside brackets (`named`), as CPython's
        grammar: an unparenthesized one in a statement (`x := 5`, `return x := 5`) is invalid syntax."""
        if self.at("*"):
            span = self.advance().span
            return A.Starred(span, self.bitor())
        return self.named_test() if named else self.test()

    def named_test(self) -> A.Expr:
        expr = self.test()
        if not self.at(":="):
            return expr
        if not isinstance(expr, A.Name):
            what = {
                A.Attribute: "attribute",
                A.Subscript: "subscript",
                A.Const: "literal",
                A.Lambda: "lambda",
            }
            kind = what.get(type(expr), "expression")
            self.fail(f"SyntaxError: cannot use assignment expressions with {kind}", expr.span)
            raise AssertionError
        self.advance()
        self.named_exprs = True
        return A.NamedExpr(expr.span, expr, self.test())

    def expression(self) -> A.Expr:
        return self.test()

    def test(self) -> A.Expr:
        if self.at("lambda"):
            return self.lambda_expr()
        if self.at("yield"):
            return self.yield_expr()
        span = self.tok.span
        body = self.or_test()
        if self.at("if"):
            self.advance()
            test = self.or_test()
            if not self.at("else"):  # CPython's place: the conditional expression's start
                self.fail("SyntaxError: expected 'else' after 'if' expression", span)
            self.advance()
            orelse = self.test()
            return A.IfExp(span, test, body, orelse)
        return body

    def test_no_cond(self) -> A.Expr:
        if self.at("lambda"):
            return self.lambda_expr(no_cond=True)
        return self.or_test()

    def lambda_expr(self, no_cond: bool = False) -> A.Expr:
        span = self.advance().span
        params = self.parameters(":")
        self.expect(":", "expected ':'")
        body = self.test_no_cond() if no_cond else self.test()
        return A.Lambda(span, params, body)

    def or_test(self) -> A.Expr:
        start = self.i
        span = self.tok.span
        first = self.and_test()
        if self.at("or"):
            values = [first]
            while self.accept("or"):
                values.append(self.and_test())
            first = A.BoolOp(span, "or", values)
        self.operand = (start, self.i, first)
        return first

    def and_test(self) -> A.Expr:
        span = self.tok.span
        first = self.not_test()
        if not self.at("and"):
            return first
        values = [first]
        while self.accept("and"):
            values.append(self.not_test())
        return A.BoolOp(span, "and", values)

    def not_test(self) -> A.Expr:
        if self.at("not"):
            span = self.advance().span
            return A.UnaryOp(span, "not", self.not_test())
        return self.comparison()

    def comparison(self) -> A.Expr:
        span = self.tok.span
        left = self.bitor()
        ops: list[str] = []
        comparators: list[A.Expr] = []
        while True:
            tok = self.tok
            if tok.kind == "op" and tok.text in COMPARISONS:
                op = self.advance().text
            elif self.at("in"):
                self.advance()
                op = "in"
            elif self.at("not") and self.peek().text == "in":
                self.advance()
                self.advance()
                op = "not in"
            elif self.at("is"):
                self.advance()
                op = "is not" if self.accept("not") else "is"
            else:
                break
            ops.append(op)
            comparators.append(self.bitor())
        if not ops:
            return left
        return A.Compare(span, left, ops, comparators)

    def binary(self, level: int) -> A.Expr:
        """The binary operators from `level` up (_BINARY_LEVELS), by precedence climbing: one call per
        operand, not one per level (six levels, for every name and number of a program). Each level is
        left-associative, and each BinOp's span is its leftmost operand's first token."""
        span = self.tok.span
        left = self.factor()
        while True:
            tok = self.tok
            if tok.kind != "op":
                return left
            found = _BINARY_LEVELS.get(tok.text)
            if found is None or found < level:
                return left
            self.advance()
            left = A.BinOp(span, tok.text, left, self.binary(found + 1))

    def bitor(self) -> A.Expr:
        return self.binary(1)

    def factor(self) -> A.Expr:
        tok = self.tok
        if tok.kind == "op" and tok.text in ("-", "+", "~"):
            self.advance()
            operand = self.factor()
            if tok.text == "-" and isinstance(operand, A.Const) and type(operand.value) is int:
                return A.Const(tok.span, -operand.value)
            return A.UnaryOp(tok.span, tok.text, operand)
        return self.power()

    def power(self) -> A.Expr:
        span = self.tok.span
        if self.at("await"):
            self.diags.error("unsupported", "'await' is not supported", span)
            raise _SyntaxError
        base = self.primary()
        if self.at("**"):
            self.advance()
            return A.BinOp(span, "**", base, self.factor())
        return base

    def primary(self) -> A.Expr:
        expr = self.atom()
        while True:
            tok = self.toks[self.i]
            if tok.kind != "op" or tok.text not in ("(", "[", "."):  # most atoms stand alone
                return expr
            if self.at("("):
                self.advance()
                args, keywords = self.arguments()
                self.expect(")", "expected ')'")
                expr = A.Call(expr.span, expr, args, keywords)
            elif self.at("["):
                self.advance()
                index = self.subscript()
                self.expect("]", "expected ']'")
                expr = A.Subscript(expr.span, expr, index)
            elif self.at("."):
                self.advance()
                attr = self.name()
                expr = A.Attribute(attr.span, expr, attr.text)
            else:
                return expr

    def arguments(self) -> tuple[list[A.Expr], list[A.Keyword]]:
        args: list[A.Expr] = []
        keywords: list[A.Keyword] = []
        bare_generator: A.Expr | None = None  # an argument `x for x in xs` without its own brackets
        late = ""  # a positional argument after a keyword: CPython's error, at the closing bracket
        while not self.at(")"):
            span = self.tok.span
            if self.at("*"):
                self.advance()
                args.append(A.Starred(span, self.test()))
            elif self.at("**"):
                self.advance()
                keywords.append(A.Keyword(span, None, self.test()))
            elif self.tok.kind == "name" and self.peek().text == "=" and self.peek().kind == "op":
                name = self.advance().text
                self.advance()
                keywords.append(A.Keyword(span, name, self.test()))
            else:
                if keywords and not late:
                    unpacking = any(k.name is None for k in keywords)
                    late = "positional argument follows keyword argument" + (
                        " unpacking" if unpacking else ""
                    )
                value = self.named_test()
                if self.at("="):
                    message = 'SyntaxError: expression cannot contain assignment, perhaps you meant "=="?'
                    self.fail(message, span)
                if self.at("for"):
                    value = self.comprehension_tail(value, "gen", span)
                    bare_generator = value
                args.append(value)
            if not self.accept(","):
                break
        if late and self.at(")"):
            self.fail(f"SyntaxError: {late}")
        if bare_generator is not None and len(args) + len(keywords) > 1:
            self.fail("SyntaxError: Generator expression must be parenthesized", bare_generator.span)
        return args, keywords

    def subscript(self) -> A.Expr:
        span = self.tok.span
        first = self.slice_item()
        if not self.at(","):
            return first
        elts = [first]
        while self.accept(","):
            if self.at("]"):
                break
            elts.append(self.slice_item())
        return A.TupleExpr(span, elts)

    def slice_item(self) -> A.Expr:
        span = self.tok.span
        lower = None if self.at(":") else self.test()
        if not self.at(":"):
            assert lower is not None
            return lower
        self.advance()
        upper = None if self.at(":") or self.at("]") or self.at(",") else self.test()
        step = None
        if self.accept(":"):
            step = None if self.at("]") or self.at(",") else self.test()
        return A.Slice(span, lower, upper, step)

    def atom(self) -> A.Expr:
        tok = self.tok
        kind = tok.kind
        if kind == "name":
            self.advance()
            return A.Name(tok.span, tok.text)
        if kind == "int":
            self.advance()
            digits = tok.text.replace("_", "")
            # 012 was reported by the lexer; read it in base 10 to go on
            return A.Const(tok.span, int(digits, 0 if digits[:2].lower() in ("0x", "0o", "0b") else 10))
        if kind == "float":
            self.advance()
            if tok.text[-1] in "jJ":
                self.diags.error(
                    "unsupported", "complex numbers (imaginary literals like 2j) are not supported", tok.span
                )
                raise _SyntaxError
            return A.FloatLit(tok.span, tok.text)
        if kind in ("string", "fstring"):
            return self.strings()
        if kind == "keyword" and tok.text in ("True", "False", "None"):
            self.advance()
            return A.Const(tok.span, {"True": True, "False": False, "None": None}[tok.text])
        if kind == "op":
            if tok.text == "(":
                return self.paren()
            if tok.text == "[":
                return self.list_display()
            if tok.text == "{":
                return self.dict_display()
            if tok.text == "...":
                self.advance()
                return A.EllipsisLit(tok.span)
        if kind in ("newline", "eof"):
            self.fail("SyntaxError: invalid syntax")
        if kind == "indent":
            self.fail("IndentationError: unexpected indent")
        if kind == "dedent":
            self.fail("SyntaxError: invalid syntax")
        self.fail("SyntaxError: invalid syntax")
        raise AssertionError

    def strings(self) -> A.Expr:
        """Adjacent string literals concatenate; any f-string among them makes the whole an FString."""
        span = self.tok.span
        parts: list[str | A.FormatField] = []
        formatted = False
        while self.tok.kind in ("string", "fstring"):
            tok = self.advance()
            prefix, body = split_string(tok.text)
            if "b" in prefix:
                self.diags.error("unsupported", "bytes literals are not supported", tok.span)
                raise _SyntaxError
            if tok.kind == "fstring":
                formatted = True
                parts.extend(self.fstring_parts(tok, prefix, body))
            else:
                parts.append(string_value(tok.text))
        if not formatted:
            return A.Const(span, "".join(p for p in parts if isinstance(p, str)))
        merged: list[str | A.FormatField] = []
        for part in parts:
            if isinstance(part, str) and merged and isinstance(merged[-1], str):
                merged[-1] = merged[-1] + part
            elif part != "":
                merged.append(part)
        return A.FString(span, merged)

    def fstring_parts(
        self, tok: Token, prefix: str, body: str, start: int | None = None, nested: bool = False
    ) -> list[str | A.FormatField]:
        """The literal pieces and fields of an f-string's body, or (`nested`) of a field's specification,
        which starts at `start` in the token and whose own fields take no specification fields again."""
        from compilers.frontends.python.lexer import decode_escapes

        raw = "r" in prefix
        parts: list[str | A.FormatField] = []
        text: list[str] = []
        i = 0
        quotes = 3 if tok.text[len(prefix) :].startswith(("'''", '"""')) else 1
        offset = start if start is not None else len(prefix) + quotes
        while i < len(body):
            char = body[i]
            if char == "{" and body.startswith("{{", i):
                text.append("{")
                i += 2
                continue
            if char == "}" and body.startswith("}}", i):
                text.append("}")
                i += 2
                continue
            if char == "}":
                self.diags.error("syntax", "SyntaxError: f-string: single '}' is not allowed", tok.span)
                raise _SyntaxError
            if char != "{":
                text.append(char)
                i += 1
                continue
            chunk = "".join(text)
            parts.append(chunk if raw else decode_escapes(chunk))
            text = []
            depth = 0
            j = i + 1
            quote = ""
            while j < len(body):
                c = body[j]
                if quote:
                    if c == quote:
                        quote = ""
                elif c in "'\"":
                    quote = c
                elif c in "([{":
                    depth += 1
                elif c in ")]}":
                    if depth == 0:
                        break
                    depth -= 1
                elif c in "!:" and depth == 0 and not body.startswith("!=", j):
                    break
                j += 1
            expr_text = body[i + 1 : j]
            conversion = ""
            spec = ""
            if j < len(body) and body[j] == "!":
                conversion = body[j + 1 : j + 2]
                if conversion and conversion not in "rsa":  # {x!z}, {x!}, {x!:3}: CPython 3.11's words
                    message = "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'"
                    self.diags.error("syntax", message, tok.span)
                    raise _SyntaxError
                j += 2
            spec_fields: A.FString | None = None
            if j < len(body) and body[j] == ":":
                end = _spec_end(body, j + 1)
                spec = body[j + 1 : end]
                if "{" in spec and nested:
                    too_deep = "SyntaxError: f-string: expressions nested too deeply"
                    self.diags.error("syntax", too_deep, tok.span)
                    raise _SyntaxError
                if "{" in spec:  # fields inside the specification: {x:>{width}.{places}f}
                    inner = self.fstring_parts(tok, prefix, spec, offset + j + 1, nested=True)
                    spec_fields = A.FString(tok.span, [p for p in inner if p != ""])
                    spec = "".join(p for p in inner if isinstance(p, str))
                elif not raw:
                    spec = decode_escapes(spec)  # the specification is literal text too: {s:\t^9}
                j = end
            if j >= len(body) or body[j] != "}":
                self.diags.error("syntax", "SyntaxError: f-string: expecting '}'", tok.span)
                raise _SyntaxError
            if not expr_text.strip():
                self.diags.error(
                    "syntax", "SyntaxError: f-string: valid expression required before '}'", tok.span
                )
                raise _SyntaxError
            documented = expr_text.rstrip()
            if documented.endswith("=") and documented[-2:-1] not in ("=", "!", "<", ">"):
                # {x=}, {x = :.2f}: the field's text as written, then its value: the repr unless a
                # conversion or a specification is given, as CPython's
                before = parts.pop()  # the text before the field, just appended
                assert isinstance(before, str)
                parts.append(before + expr_text)
                expr_text = documented[:-1]
                if not conversion and not spec and spec_fields is None:
                    conversion = "r"
            value = self.sub_expression(tok, expr_text, offset + i + 1)
            parts.append(A.FormatField(tok.span, value, conversion, spec, spec_fields))
            i = j + 1
        chunk = "".join(text)
        parts.append(chunk if raw else decode_escapes(chunk))
        return parts

    def sub_expression(self, tok: Token, text: str, offset: int) -> A.Expr:
        """An f-string field's expression, lexed and parsed on its own, its spans placed inside the string."""
        inner = DiagnosticBag()
        tokens = lex("(" + text.replace("\n", " ") + ")", tok.span.file, inner)
        line, column = tok.span.line, tok.span.column + offset - 1
        shifted = [
            Token(
                t.kind,
                t.text,
                Span(t.span.file, line, column + t.span.column - 1, line, column + t.span.end_column - 1),
            )
            for t in tokens
            if t.kind not in ("newline",)
        ]
        shifted.insert(len(shifted) - 1, Token("newline", "", shifted[-1].span))
        sub = Parser(shifted, self.diags)
        try:
            expr = sub.test()
        except _SyntaxError:
            raise
        self.named_exprs |= sub.named_exprs
        for d in inner.items:
            self.diags.error(d.code, d.message, tok.span)
        if inner.has_errors:
            raise _SyntaxError
        if not sub.at_kind("newline"):
            self.diags.error("syntax", "SyntaxError: f-string: invalid syntax", tok.span)
            raise _SyntaxError
        return expr

    def paren(self) -> A.Expr:
        span = self.advance().span
        if self.accept(")"):
            return A.TupleExpr(span, [])
        if self.at("yield"):
            value = self.yield_expr()
            self.expect(")", "expected ')'")
            return value
        first = self.star_expression()
        if self.at("for"):
            gen = self.comprehension_tail(first, "gen", span)
            self.expect(")", "expected ')'")
            return gen
        if self.accept(")"):
            if isinstance(first, A.Starred):
                self.fail("SyntaxError: cannot use starred expression here", first.span)
            return first
        elts = [first]
        while self.accept(","):
            if self.at(")"):
                break
            elts.append(self.star_expression())
        self.expect(")", "expected ')'")
        return A.TupleExpr(span, elts)

    def list_display(self) -> A.Expr:
        span = self.advance().span
        if self.accept("]"):
            return A.ListExpr(span, [])
        first = self.star_expression()
        if self.at("for"):
            comp = self.comprehension_tail(first, "list", span)
            self.expect("]", "expected ']'")
            return comp
        elts = [first]
        while self.accept(","):
            if self.at("]"):
                break
            elts.append(self.star_expression())
        self.expect("]", "expected ']'")
        return A.ListExpr(span, elts)

    def dict_items(self, span: Span, keys: list[A.Expr | None], values: list[A.Expr]) -> A.DictExpr:
        """A dict display's items from here to its `}`: `key: value`, and `**mapping` (its key None)."""
        while not self.at("}"):
            if self.accept("**"):
                keys.append(None)
                values.append(self.bitor())
            else:
                keys.append(self.test())
                if not self.at(":"):  # CPython's place: the key's last character
                    last = self.toks[self.i - 1].span
                    where = Span.point(last.file, last.end_line, last.end_column - 1)
                    self.fail("SyntaxError: ':' expected after dictionary key", where)
                self.advance()
                values.append(self.test())
            if not self.accept(","):
                break
        self.expect("}", "expected '}'")
        return A.DictExpr(span, keys, values)

    def dict_display(self) -> A.Expr:
        span = self.advance().span
        if self.accept("}"):
            return A.DictExpr(span, [], [])
        if self.at("**"):
            return self.dict_items(span, [], [])
        first = self.star_expression()
        if self.accept(":"):
            value = self.test()
            if self.at("for"):
                generators = self.comp_for()
                self.expect("}", "expected '}'")
                return A.DictComp(span, first, value, generators)
            if self.accept(","):
                return self.dict_items(span, [first], [value])
            self.expect("}", "expected '}'")
            return A.DictExpr(span, [first], [value])
        if self.at("for"):
            comp = self.comprehension_tail(first, "set", span)
            self.expect("}", "expected '}'")
            return comp
        elts = [first]
        while self.accept(","):
            if self.at("}"):
                break
            elts.append(self.star_expression())
        self.expect("}", "expected '}'")
        return A.SetExpr(span, elts)

    def comprehension_tail(self, elt: A.Expr, kind: str, span: Span) -> A.Expr:
        return A.ListComp(span, elt, self.comp_for(), kind)

    def comp_for(self) -> list[A.Comprehension]:
        generators: list[A.Comprehension] = []
        while self.at("for"):
            span = self.advance().span
            target = self.target_list()
            self.expect("in", "expected 'in'")
            iterable = self.or_test()
            ifs: list[A.Expr] = []
            while self.at("if"):
                self.advance()
                ifs.append(self.test_no_cond())
            generators.append(A.Comprehension(span, target, iterable, ifs))
        if self.at("async"):
            self.diags.error("unsupported", "async comprehensions are not supported", self.tok.span)
            raise _SyntaxError
        return generators


def parse(tokens: list[Token], diags: DiagnosticBag) -> A.Module:
    """The tree, reporting the lexer's errors (its "error" tokens) and the parser's. After a bracket that
    is never closed or a string that is never ended, the rest of the file is inside it: the parser's errors
    from there on are its echoes."""
    lexical = [t for t in tokens if t.kind == "error"]
    own = DiagnosticBag()
    tree = Parser([t for t in tokens if t.kind != "error"], own).module()
    unclosed = [t.span for t in lexical if "was never closed" in t.text or "unterminated" in t.text]
    for token in lexical:
        code, _, message = token.text.partition(": ")
        diags.error(code, message, token.span)
    lexical_at = {(t.span.line, t.span.column) for t in lexical}  # a parser's error there is an echo
    for d in own.items:
        if unclosed and (d.span.line, d.span.column) > (unclosed[0].line, unclosed[0].column):
            continue
        if (d.span.line, d.span.column) in lexical_at:
            continue
        diags.items.append(d)
    return tree


def _spec_end(body: str, start: int) -> int:
    """Where the specification that starts at `start` ends: at the `}` closing its field, past any fields
    inside it (`{x:>{width}}`); the body's end when nothing closes it (the caller reports that)."""
    depth = 0
    for k in range(start, len(body)):
        if body[k] == "{":
            depth += 1
        elif body[k] == "}":
            if depth == 0:
                return k
            depth -= 1
    return len(body)


# The built-ins with_statement's statements call by name: a program that binds one of these names too
# would have its own value called there, so the checker refuses a `with` in such a program.
WITH_BUILTINS = ("type", "hasattr", "TypeError", "BaseException")


def with_statement(
    span: Span, manager: A.Expr, target: A.Expr | None, body: list[A.Stmt], n: int
) -> list[A.Stmt]:
    """One item of a `with` statement as PEP 343 spells it out, in the statements the subset has:

        mgr = manager      (then CPython 3.11's TypeError if it has no __enter__, or no __exit__)
        exit = mgr.__exit__; value = mgr.__enter__(); ok = True
        try:
            target = value; body
        except BaseException as exc:
            ok = False
            if not exit(exc.__class__, exc, None): raise
        finally:
            if ok: exit(None, None, None)

    The hidden variables' names are no identifier, so no name of the program's meets them; the traceback
    argument is None (the subset has no traceback objects). Every node has the statement's span: the line
    a traceback shows for it, as CPython's does."""

    def name(part: str) -> A.Name:
        return A.Name(span, f"with{n}.{part}")

    def const(value: int | str | bool | None) -> A.Const:
        return A.Const(span, value)

    def builtin(name: str) -> A.Name:
        assert name in WITH_BUILTINS
        return A.Name(span, name)

    def call(func: A.Expr, *args: A.Expr) -> A.Call:
        return A.Call(span, func, list(args), [])

    def protocol_check(method: str, missed: str) -> A.Stmt:
        typename = A.Attribute(span, call(builtin("type"), name("mgr")), "__name__")
        words = const(f"' object does not support the context manager protocol{missed}")
        message = A.BinOp(span, "+", A.BinOp(span, "+", const("'"), typename), words)
        missing = A.UnaryOp(span, "not", call(builtin("hasattr"), name("mgr"), const(method)))
        return A.If(span, missing, [A.Raise(span, call(builtin("TypeError"), message))], [])

    exc = name("exc")
    reraise = A.UnaryOp(
        span, "not", call(name("exit"), A.Attribute(span, exc, "__class__"), exc, const(None))
    )
    handler = A.ExceptHandler(
        span,
        builtin("BaseException"),
        exc.id,
        [A.Assign(span, [name("ok")], const(False)), A.If(span, reraise, [A.Raise(span, None)], [])],
    )
    normal_exit = A.ExprStmt(span, call(name("exit"), const(None), const(None), const(None)))
    bound = [A.Assign(span, [target], name("value"))] if target is not None else []
    return [
        A.Assign(span, [name("mgr")], manager),
        protocol_check("__enter__", ""),
        protocol_check("__exit__", " (missed __exit__ method)"),
        A.Assign(span, [name("exit")], A.Attribute(span, name("mgr"), "__exit__")),
        A.Assign(span, [name("value")], call(A.Attribute(span, name("mgr"), "__enter__"))),
        A.Assign(span, [name("ok")], const(True)),
        A.Try(span, [*bound, *body], [handler], [], [A.If(span, name("ok"), [normal_exit], [])]),
    ]
