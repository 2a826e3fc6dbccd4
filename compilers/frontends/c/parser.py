"""The C parser: recursive descent over the preprocessed tokens, building the tree of ast.py.

C's grammar needs to know which names are types (`T * x;` declares x when T is a typedef name), so the
parser keeps a scope stack of typedef names. On a syntax error it reports, skips to the end of the
statement or declaration, and goes on, so that one compile lists every syntax error.
"""

from __future__ import annotations

from compilers.depth import CHAIN_LIMIT, NESTING_LIMIT, RECURSION_LIMIT
from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.c import ast
from compilers.frontends.c.lexer import decode_escapes, parse_int_literal
from compilers.tokens import Token

TYPE_KEYWORDS = frozenset(
    {"void", "char", "short", "int", "long", "float", "double", "signed", "unsigned", "_Bool", "_Complex",
     "struct", "union", "enum"}
)  # fmt: skip
QUALIFIERS = frozenset({"const", "volatile", "restrict", "inline", "register", "auto"})
STORAGE = frozenset({"typedef", "static", "extern"})

ASSIGN_OPS = frozenset({"=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="})
BINARY_PRECEDENCE = {
    "||": 1, "&&": 2, "|": 3, "^": 4, "&": 5, "==": 6, "!=": 6, "<": 7, ">": 7, "<=": 7, ">=": 7,
    "<<": 8, ">>": 8, "+": 9, "-": 9, "*": 10, "/": 10, "%": 10,
}  # fmt: skip


class _Abandon(Exception):
    """Unwinds to the nearest recovery point after a syntax error has been reported."""


class Parser:
    def __init__(self, tokens: list[Token], diags: DiagnosticBag) -> None:
        self.tokens = tokens
        self.pos = 0
        self.diags = diags
        # Each scope maps a name to True (a typedef name) or False (an ordinary name hiding one).
        self.scopes: list[dict[str, bool]] = [{}]

    # Token helpers

    @property
    def tok(self) -> Token:
        return self.tokens[self.pos]

    def peek(self, ahead: int = 1) -> Token:
        return self.tokens[min(self.pos + ahead, len(self.tokens) - 1)]

    def at(self, text: str) -> bool:
        tok = self.tok
        return tok.text == text and tok.kind in ("punct", "keyword")

    def advance(self) -> Token:
        tok = self.tok
        if tok.kind != "eof":
            self.pos += 1
        return tok

    def accept(self, text: str) -> Token | None:
        if self.at(text):
            return self.advance()
        return None

    def expect(self, text: str, what: str = "") -> Token:
        if self.at(text):
            return self.advance()
        message = f"expected '{text}'{what} before {self.describe(self.tok)}"
        previous = self.tokens[self.pos - 1] if self.pos > 0 else None
        if previous is not None and (previous.span.end_line < self.tok.span.line or self.tok.kind == "eof"):
            # A missing ';' or ')' at the end of a line is reported where it belongs, as gcc does.
            end = previous.span
            self.diags.error("syntax", message, Span.point(end.file, end.end_line, end.end_column))
            raise _Abandon
        self.fail(message)
        raise AssertionError("unreachable")

    def describe(self, tok: Token) -> str:
        return "end of input" if tok.kind == "eof" else f"'{tok.text}'"

    def fail(self, message: str, tok: Token | None = None) -> None:
        tok = tok or self.tok
        self.diags.error("syntax", message, tok.span)
        raise _Abandon

    def unsupported(self, message: str, span: Span) -> None:
        self.diags.error("unsupported", message, span)

    def span_from(self, start: Span) -> Span:
        prev = self.tokens[self.pos - 1] if self.pos > 0 else self.tok
        return start.to(prev.span)

    # Typedef scopes

    def is_typedef(self, name: str) -> bool:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return False

    def declare(self, name: str, is_type: bool) -> None:
        self.scopes[-1][name] = is_type

    def is_type_start(self, tok: Token | None = None) -> bool:
        tok = tok or self.tok
        if tok.kind == "keyword":
            return tok.text in TYPE_KEYWORDS or tok.text in QUALIFIERS or tok.text in STORAGE
        return tok.kind == "ident" and self.is_typedef(tok.text)

    # Recovery

    def synchronize(self, top_level: bool) -> None:
        """Skip to just after the next `;` at this nesting depth, or to a `}` that closes it."""
        depth = 0
        while self.tok.kind != "eof":
            text = self.tok.text if self.tok.kind == "punct" else ""
            if text == "{":
                depth += 1
            elif text == "}":
                if depth == 0:
                    if top_level:
                        self.advance()
                    return
                depth -= 1
                if depth == 0 and top_level:
                    self.advance()
                    if self.at(";"):
                        self.advance()
                    return
            elif text == ";" and depth == 0:
                self.advance()
                return
            self.advance()

    # Translation unit

    def translation_unit(self) -> ast.TranslationUnit:
        items: list[ast.Decl | ast.FuncDef] = []
        while self.tok.kind != "eof":
            before = self.pos
            try:
                items.extend(self.external_declaration())
            except _Abandon:
                self.synchronize(top_level=True)
                if self.pos == before:
                    self.advance()
        # The whole of the main file (the first tokens may come from a header).
        end = self.tok.span
        return ast.TranslationUnit(Span(end.file, 1, 1, end.line, end.column), items)

    def external_declaration(self) -> list[ast.Decl | ast.FuncDef]:
        if self.accept(";"):
            return []
        start = self.tok.span
        spec: ast.TypeSpec
        if not self.is_type_start():
            if self.tok.kind == "ident" and self.peek().text == "(":
                # `main() { ... }`: C89's implicit int, which gcc still accepts with a warning.
                storage, spec = None, self.implicit_int(self.tok)
            else:
                self.fail(f"expected a declaration before {self.describe(self.tok)}")
        else:
            storage, spec = self.declaration_specifiers()
        if self.at(";"):
            self.advance()
            return [ast.Decl(self.span_from(start), storage, spec, None, None)]
        declarator = self.declarator()
        if declarator.derived and isinstance(declarator.derived[-1], ast.FuncD) and self.at("{"):
            return [self.function_definition(start, storage, spec, declarator)]
        return list(self.init_declarators(start, storage, spec, declarator))

    def function_definition(
        self, start: Span, storage: str | None, spec: ast.TypeSpec, declarator: ast.Declarator
    ) -> ast.FuncDef:
        assert declarator.name is not None
        self.declare(declarator.name, False)
        func = declarator.derived[-1]
        assert isinstance(func, ast.FuncD)
        self.scopes.append({})
        for param in func.params:
            if param.declarator.name:
                self.declare(param.declarator.name, False)
        body = self.block(new_scope=False)
        self.scopes.pop()
        return ast.FuncDef(self.span_from(start), storage, spec, declarator, body)

    def init_declarators(
        self, start: Span, storage: str | None, spec: ast.TypeSpec, first: ast.Declarator
    ) -> list[ast.Decl]:
        decls: list[ast.Decl] = []
        declarator: ast.Declarator | None = first
        while True:
            assert declarator is not None
            if declarator.name is None:
                self.fail("expected a name in the declaration")
            assert declarator.name is not None
            self.declare(declarator.name, storage == "typedef")
            init = None
            if self.accept("="):
                init = self.initializer()
            decls.append(ast.Decl(self.span_from(declarator.span), storage, spec, declarator, init))
            if not self.accept(","):
                break
            declarator = self.declarator()
        self.expect(";", " after the declaration")
        return decls

    # Declaration specifiers

    def declaration_specifiers(self) -> tuple[str | None, ast.TypeSpec]:
        start = self.tok.span
        storage: str | None = None
        names: list[str] = []
        spec: ast.TypeSpec | None = None
        qualified = False
        while True:
            tok = self.tok
            if tok.kind == "keyword" and tok.text in STORAGE:
                if storage is not None:
                    self.diags.error("syntax", "more than one storage class in a declaration", tok.span)
                storage = tok.text
                self.advance()
            elif tok.kind == "keyword" and tok.text in QUALIFIERS:
                qualified = True
                self.advance()
            elif tok.kind == "keyword" and tok.text in ("struct", "union"):
                if spec is not None or names:
                    self.fail("two types in one declaration")
                spec = self.struct_specifier()
            elif tok.kind == "keyword" and tok.text == "enum":
                if spec is not None or names:
                    self.fail("two types in one declaration")
                spec = self.enum_specifier()
            elif tok.kind == "keyword" and tok.text in TYPE_KEYWORDS:
                if spec is not None:
                    self.fail("two types in one declaration")
                if tok.text == "_Complex":
                    self.unsupported("'_Complex' is not supported", tok.span)
                names.append(tok.text)
                self.advance()
            elif tok.kind == "ident" and not names and spec is None and self.is_typedef(tok.text):
                spec = ast.TypedefSpec(tok.span, tok.text)
                self.advance()
            else:
                break
        if spec is None:
            if not names and ((storage is None and not qualified) or self.tok.kind != "ident"):
                self.fail(f"expected a type before {self.describe(self.tok)}")
            # `static x = 3;`: a storage class or qualifier without a type is C89's implicit int.
            spec = ast.BasicSpec(self.span_from(start), names) if names else self.implicit_int(self.tok)
        return storage, spec

    def implicit_int(self, name: Token) -> ast.BasicSpec:
        """The type of a declaration that has none: int, with gcc's warning (C99 dropped implicit int)."""
        what = f"type of '{name.text}'" if self.peek().text != "(" else "return type"
        self.diags.warning("implicit_int", f"{what} defaults to 'int'", name.span)
        return ast.BasicSpec(name.span, ["int"])

    def struct_specifier(self) -> ast.StructSpec:
        keyword = self.advance()
        tag = None
        if self.tok.kind == "ident":
            tag = self.advance().text
        members: list[ast.Decl] | None = None
        if self.accept("{"):
            members = []
            while not self.at("}") and self.tok.kind != "eof":
                try:
                    members.extend(self.struct_member())
                except _Abandon:
                    self.synchronize(top_level=False)
            self.expect("}")
        elif tag is None:
            self.fail(f"expected a {keyword.text} tag or '{{'")
        return ast.StructSpec(self.span_from(keyword.span), tag, members, union=keyword.text == "union")

    def struct_member(self) -> list[ast.Decl]:
        start = self.tok.span
        storage, spec = self.declaration_specifiers()
        if storage is not None:
            self.diags.error("syntax", f"'{storage}' in a struct member", start)
        if self.at(";") and isinstance(spec, ast.StructSpec):
            self.advance()  # an anonymous struct or union: its members are the enclosing struct's
            return [ast.Decl(self.span_from(start), None, spec, None, None)]
        decls = []
        while True:
            # `int : 3;` pads without a name; `unsigned flag : 1;` is a bit-field.
            declarator = self.declarator(abstract=self.at(":"))
            bits = self.conditional() if self.accept(":") else None
            decls.append(ast.Decl(self.span_from(start), None, spec, declarator, None, bits=bits))
            if not self.accept(","):
                break
        self.expect(";", " after the struct member")
        return decls

    def enum_specifier(self) -> ast.EnumSpec:
        keyword = self.advance()
        tag = None
        if self.tok.kind == "ident":
            tag = self.advance().text
        items: list[ast.Enumerator] | None = None
        if self.accept("{"):
            items = []
            while not self.at("}"):
                if self.tok.kind != "ident":
                    self.fail(f"expected an enumerator name before {self.describe(self.tok)}")
                name = self.advance()
                value = self.conditional() if self.accept("=") else None
                items.append(ast.Enumerator(name.span, name.text, value))
                self.declare(name.text, False)
                if not self.accept(","):
                    break
            self.expect("}")
        elif tag is None:
            self.fail("expected an enum tag or '{'")
        return ast.EnumSpec(self.span_from(keyword.span), tag, items)

    # Declarators

    def declarator(self, abstract: bool = False) -> ast.Declarator:
        start = self.tok.span
        pointers: list[ast.Derived] = []
        while self.at("*"):
            pointers.append(ast.PointerD(self.advance().span))
            while self.tok.kind == "keyword" and self.tok.text in QUALIFIERS:
                self.advance()
        name: str | None = None
        inner: ast.Declarator | None = None
        name_span = self.tok.span
        if self.tok.kind == "ident":
            name = self.advance().text
        elif self.at("(") and (
            self.peek().text in ("*", "(")
            or (self.peek().kind == "ident" and not self.is_typedef(self.peek().text))
        ):
            self.advance()
            inner = self.declarator(abstract)
            self.expect(")")
            name = inner.name
        elif not abstract:
            self.fail(f"expected a name before {self.describe(self.tok)}")
        suffixes = self.declarator_suffixes()
        derived = pointers + list(reversed(suffixes)) + (inner.derived if inner else [])
        span = start.to(self.tokens[self.pos - 1].span) if self.pos > 0 else name_span
        return ast.Declarator(span, name, derived)

    def declarator_suffixes(self) -> list[ast.Derived]:
        suffixes: list[ast.Derived] = []
        while True:
            if self.at("["):
                start = self.advance().span
                # A parameter's `[static 3]`, `[const]`: C99's promises about the pointer it becomes.
                while self.tok.kind == "keyword" and self.tok.text in QUALIFIERS | {"static"}:
                    self.advance()
                size = None if self.at("]") else self.assignment()
                self.expect("]")
                suffixes.append(ast.ArrayD(self.span_from(start), size))
            elif self.at("("):
                suffixes.append(self.parameter_list())
            else:
                return suffixes

    def parameter_list(self) -> ast.FuncD:
        start = self.expect("(").span
        params: list[ast.Param] = []
        variadic = False
        if self.at(")"):
            self.advance()
            return ast.FuncD(self.span_from(start), [], False, has_prototype=False)
        if self.at("void") and self.peek().text == ")":
            self.advance()
            self.advance()
            return ast.FuncD(self.span_from(start), [], False, has_prototype=True)
        while True:
            if self.at("..."):
                self.advance()
                variadic = True
                break
            param_start = self.tok.span
            if not self.is_type_start():
                self.fail(f"expected a parameter type before {self.describe(self.tok)}")
            storage, spec = self.declaration_specifiers()
            if storage is not None:
                self.diags.error("syntax", f"'{storage}' in a parameter", param_start)
            declarator = self.declarator(abstract=True)
            params.append(ast.Param(self.span_from(param_start), spec, declarator))
            if not self.accept(","):
                break
        self.expect(")")
        return ast.FuncD(self.span_from(start), params, variadic, has_prototype=True)

    def type_name(self) -> ast.TypeName:
        start = self.tok.span
        storage, spec = self.declaration_specifiers()
        if storage is not None:
            self.diags.error("syntax", f"'{storage}' in a type name", start)
        declarator = self.declarator(abstract=True)
        if declarator.name is not None:
            self.fail(f"unexpected name '{declarator.name}' in a type name", self.tokens[self.pos - 1])
        return ast.TypeName(self.span_from(start), spec, declarator)

    def initializer(self) -> ast.Expr:
        if not self.at("{"):
            return self.assignment()
        start = self.advance().span
        items: list[ast.Expr] = []
        while not self.at("}"):
            items.append(self.designation() if self.at(".") or self.at("[") else self.initializer())
            if not self.accept(","):
                break
        self.expect("}", " to close the initializer")
        return ast.InitList(self.span_from(start), items)

    def designation(self) -> ast.Designation:
        start = self.tok.span
        designators: list[str | ast.Expr] = []
        while self.at(".") or self.at("["):
            if self.accept("."):
                if self.tok.kind != "ident":
                    self.fail(f"expected a member name after '.' before {self.describe(self.tok)}")
                designators.append(self.advance().text)
                continue
            self.advance()
            designators.append(self.conditional())
            if self.at("..."):
                self.unsupported("designator ranges ([a ... b]) are not supported", self.tok.span)
                self.advance()
                self.conditional()
            self.expect("]")
        self.expect("=", " after the designator")
        value = self.initializer()
        return ast.Designation(self.span_from(start), designators, value)

    # Statements

    def block(self, new_scope: bool = True) -> ast.Block:
        start = self.expect("{").span
        if new_scope:
            self.scopes.append({})
        items: list[ast.Stmt] = []
        while not self.at("}") and self.tok.kind != "eof":
            before = self.pos
            try:
                items.append(self.block_item())
            except _Abandon:
                self.synchronize(top_level=False)
                if self.pos == before:
                    self.advance()
        if new_scope:
            self.scopes.pop()
        if self.tok.kind == "eof":
            self.diags.error("syntax", "expected '}' at end of input", self.tok.span)
            return ast.Block(self.span_from(start), items)
        self.advance()
        return ast.Block(self.span_from(start), items)

    def block_item(self) -> ast.Stmt:
        if self.is_type_start() and not (self.tok.kind == "ident" and self.peek().text == ":"):
            return self.declaration_statement()
        return self.statement()

    def declaration_statement(self) -> ast.DeclStmt:
        start = self.tok.span
        storage, spec = self.declaration_specifiers()
        if self.at(";"):
            self.advance()
            return ast.DeclStmt(
                self.span_from(start), [ast.Decl(self.span_from(start), storage, spec, None, None)]
            )
        declarator = self.declarator()
        if declarator.derived and isinstance(declarator.derived[-1], ast.FuncD) and self.at("{"):
            self.unsupported("nested function definitions are not supported", declarator.span)
            self.block()
            return ast.DeclStmt(self.span_from(start), [])
        decls = self.init_declarators(start, storage, spec, declarator)
        return ast.DeclStmt(self.span_from(start), decls)

    def statement(self) -> ast.Stmt:
        tok = self.tok
        start = tok.span
        if tok.kind == "punct" and tok.text == "{":
            return self.block()
        if tok.kind == "punct" and tok.text == ";":
            self.advance()
            return ast.ExprStmt(start, None)
        if tok.kind == "ident" and self.peek().text == ":" and self.peek().kind == "punct":
            self.advance()
            self.advance()
            if self.at("}"):
                self.fail("a label must be followed by a statement")
            return ast.Labeled(self.span_from(start), tok.text, self.statement())
        if tok.kind == "keyword":
            method = getattr(self, f"stmt_{tok.text}", None)
            if method is not None:
                self.advance()
                result: ast.Stmt = method(start)
                return result
        expr = self.expression()
        self.expect(";", " after the expression")
        return ast.ExprStmt(self.span_from(start), expr)

    def paren_expression(self) -> ast.Expr:
        self.expect("(")
        expr = self.expression()
        self.expect(")")
        return expr

    def stmt_if(self, start: Span) -> ast.Stmt:
        cond = self.paren_expression()
        then = self.statement()
        otherwise = self.statement() if self.accept("else") else None
        return ast.If(self.span_from(start), cond, then, otherwise)

    def stmt_while(self, start: Span) -> ast.Stmt:
        cond = self.paren_expression()
        return ast.While(self.span_from(start), cond, self.statement())

    def stmt_do(self, start: Span) -> ast.Stmt:
        body = self.statement()
        self.expect("while", " after the body of do")
        cond = self.paren_expression()
        self.expect(";", " after do-while")
        return ast.DoWhile(self.span_from(start), body, cond)

    def stmt_for(self, start: Span) -> ast.Stmt:
        self.expect("(")
        self.scopes.append({})
        init: ast.Stmt | None = None
        if self.is_type_start():
            init = self.declaration_statement()
        elif not self.accept(";"):
            init_start = self.tok.span
            init = ast.ExprStmt(init_start, self.expression())
            self.expect(";")
        cond = None if self.at(";") else self.expression()
        self.expect(";")
        step = None if self.at(")") else self.expression()
        self.expect(")")
        body = self.statement()
        self.scopes.pop()
        return ast.For(self.span_from(start), init, cond, step, body)

    def stmt_switch(self, start: Span) -> ast.Stmt:
        expr = self.paren_expression()
        return ast.Switch(self.span_from(start), expr, self.statement())

    def stmt_case(self, start: Span) -> ast.Stmt:
        value = self.conditional()
        if self.at("..."):
            self.unsupported("case ranges are not supported", self.tok.span)
            self.advance()
            self.conditional()
        self.expect(":", " after the case value")
        return ast.Case(self.span_from(start), value, self.case_body())

    def stmt_default(self, start: Span) -> ast.Stmt:
        self.expect(":", " after default")
        return ast.Default(self.span_from(start), self.case_body())

    def case_body(self) -> ast.Stmt:
        if self.at("}"):
            return ast.ExprStmt(self.tok.span, None)  # `default: }`, accepted as gcc accepts it
        if self.is_type_start():
            return self.declaration_statement()
        return self.statement()

    def stmt_return(self, start: Span) -> ast.Stmt:
        value = None if self.at(";") else self.expression()
        self.expect(";", " after return")
        return ast.Return(self.span_from(start), value)

    def stmt_break(self, start: Span) -> ast.Stmt:
        self.expect(";", " after break")
        return ast.Break(start)

    def stmt_continue(self, start: Span) -> ast.Stmt:
        self.expect(";", " after continue")
        return ast.Continue(start)

    def stmt_goto(self, start: Span) -> ast.Stmt:
        if self.tok.kind != "ident":
            self.fail(f"expected a label name before {self.describe(self.tok)}")
        label = self.advance().text
        self.expect(";", " after goto")
        return ast.Goto(self.span_from(start), label)

    # Expressions

    def expression(self) -> ast.Expr:
        expr = self.assignment()
        while self.at(","):
            self.advance()
            right = self.assignment()
            expr = ast.Comma(expr.span.to(right.span), expr, right)
        return expr

    def assignment(self) -> ast.Expr:
        target = self.conditional()
        if self.tok.kind == "punct" and self.tok.text in ASSIGN_OPS:
            op = self.advance().text
            value = self.assignment()
            return ast.Assign(target.span.to(value.span), op, target, value)
        return target

    def conditional(self) -> ast.Expr:
        cond = self.binary(1)
        if not self.at("?"):
            return cond
        self.advance()
        then = self.expression()
        self.expect(":", " in the conditional expression")
        otherwise = self.conditional()
        return ast.Conditional(cond.span.to(otherwise.span), cond, then, otherwise)

    def binary(self, level: int) -> ast.Expr:
        left = self.cast()
        chain = 0  # operators in a row: each is a level of the tree the later stages walk
        while True:
            tok = self.tok
            prec = BINARY_PRECEDENCE.get(tok.text, 0) if tok.kind == "punct" else 0
            if prec < level:
                return left
            chain += 1
            if chain > CHAIN_LIMIT:
                message = f"more than {CHAIN_LIMIT:,} binary operators in a row (the compiler's limit)"
                self.diags.error("limit", f"{message}: split the expression with a variable", tok.span)
                raise _Abandon
            self.advance()
            right = self.binary(prec + 1)
            left = ast.Binary(left.span.to(right.span), tok.text, left, right)

    def cast(self) -> ast.Expr:
        if self.at("(") and self.is_type_start(self.peek()):
            start = self.advance().span
            type_name = self.type_name()
            self.expect(")")
            if self.at("{"):
                init = self.initializer()
                return self.postfix_tail(ast.CompoundLiteral(self.span_from(start), type_name, init))
            operand = self.cast()
            return ast.Cast(start.to(operand.span), type_name, operand)
        return self.unary()

    def unary(self) -> ast.Expr:
        tok = self.tok
        if tok.kind == "punct" and tok.text in ("++", "--"):
            self.advance()
            operand = self.unary()
            return ast.IncDec(tok.span.to(operand.span), tok.text, True, operand)
        if tok.kind == "punct" and tok.text in ("-", "+", "!", "~", "&", "*"):
            self.advance()
            operand = self.cast()
            return ast.Unary(tok.span.to(operand.span), tok.text, operand)
        if tok.kind == "keyword" and tok.text == "sizeof":
            self.advance()
            if self.at("(") and self.is_type_start(self.peek()):
                self.advance()
                type_name = self.type_name()
                self.expect(")")
                return ast.SizeofType(self.span_from(tok.span), type_name)
            operand = self.unary()
            return ast.SizeofExpr(tok.span.to(operand.span), operand)
        if tok.kind == "punct" and tok.text == "&&":
            self.unsupported("labels as values are not supported", tok.span)
        return self.postfix()

    def postfix(self) -> ast.Expr:
        return self.postfix_tail(self.primary())

    def postfix_tail(self, expr: ast.Expr) -> ast.Expr:
        """The subscripts, calls, member accesses and ++/-- after a primary expression."""
        while True:
            tok = self.tok
            if tok.kind != "punct":
                return expr
            if tok.text == "[":
                self.advance()
                index = self.expression()
                self.expect("]")
                expr = ast.Index(self.span_from(expr.span), expr, index)
            elif tok.text == "(":
                self.advance()
                args: list[ast.Expr] = []
                if not self.at(")"):
                    args.append(self.assignment())
                    while self.accept(","):
                        args.append(self.assignment())
                self.expect(")", " to close the argument list")
                expr = ast.Call(self.span_from(expr.span), expr, args)
            elif tok.text in (".", "->"):
                self.advance()
                if self.tok.kind != "ident":
                    self.fail(f"expected a member name after '{tok.text}'")
                name = self.advance()
                expr = ast.MemberAccess(expr.span.to(name.span), expr, name.text, tok.text == "->")
            elif tok.text in ("++", "--"):
                self.advance()
                expr = ast.IncDec(expr.span.to(tok.span), tok.text, False, expr)
            else:
                return expr

    def primary(self) -> ast.Expr:
        tok = self.tok
        if tok.kind == "int":
            self.advance()
            value, unsigned, long = parse_int_literal(tok.text) or (0, False, False)
            decimal = not tok.text.startswith("0") or tok.text.rstrip("uUlL") == "0"
            return ast.IntLit(tok.span, value, unsigned, long, decimal)
        if tok.kind == "float":
            self.advance()
            return ast.FloatLit(tok.span, tok.text)
        if tok.kind == "char":
            self.advance()
            char_codes = decode_escapes(tok.text[1:-1])
            code = char_codes[0] if char_codes else 0
            # char is signed: '\xff' is -1, as gcc gives it.
            return ast.CharLit(tok.span, code - 256 if 128 <= code < 256 else code)
        if tok.kind == "string":
            codes: list[int] = []
            span = tok.span
            while self.tok.kind == "string":
                last = self.advance()
                codes.extend(decode_escapes(last.text[1:-1], signed_bytes=True))
                span = span.to(last.span)
            return ast.StringLit(span, codes)
        if tok.kind == "ident":
            self.advance()
            return ast.Name(tok.span, tok.text)
        if tok.kind == "punct" and tok.text == "(":
            self.advance()
            if self.at("{"):
                self.unsupported("statement expressions are not supported", tok.span)
                self.block()
                self.expect(")")
                return ast.IntLit(self.span_from(tok.span), 0)
            expr = self.expression()
            close = self.expect(")")
            expr.span = tok.span.to(close.span)  # the parentheses belong to what a caret points at
            return expr
        self.fail(f"expected an expression before {self.describe(tok)}")
        raise AssertionError("unreachable")


def parse(tokens: list[Token], diags: DiagnosticBag) -> ast.TranslationUnit:
    """The front-end's parse stage. Nesting past depth.NESTING_LIMIT is one diagnostic at the bracket
    that passes it, and the parse stops there, as it does where the parser runs out of recursion (a
    chain of `if`s without braces or of unary operators deeper than the frames allow)."""
    too_deep = _too_deeply_nested(tokens)
    if too_deep is not None:
        diags.error(
            "limit",
            f"brackets nested more than {NESTING_LIMIT:,} deep (the compiler's limit): "
            "write the expression or the block in steps",
            too_deep.span,
        )
        return ast.TranslationUnit(too_deep.span, [])
    parser = Parser(tokens, diags)
    try:
        return parser.translation_unit()
    except RecursionError:
        at = parser.tok.span
        diags.error(
            "limit",
            f"the program nests too deeply here for the compiler ({RECURSION_LIMIT:,} levels of recursion): "
            "write the expression or the statement in steps",
            at,
        )
        return ast.TranslationUnit(at, [])


def _too_deeply_nested(tokens: list[Token]) -> Token | None:
    """The first opening bracket ( [ { nested deeper than NESTING_LIMIT, if any."""
    depth = 0
    for tok in tokens:
        if tok.kind != "punct":
            continue
        if tok.text in ("(", "[", "{"):
            depth += 1
            if depth > NESTING_LIMIT:
                return tok
        elif tok.text in (")", "]", "}") and depth > 0:
            depth -= 1
    return None
