"""Idris tokens to the syntax tree, with Idris's layout rule.

A block (the top level, and what follows `where`, `of`, `do` and a `let`) is a column: its items start
at the column of its first token, and an item goes on while its tokens stand to the right of that
column. The parser keeps the innermost block's column as a limit: a token at or left of it ends the
item being read. Errors are reported with their line and column; the parser then skips to the next
item of the block."""

from __future__ import annotations

from compilers.diagnostics import DiagnosticBag
from compilers.frontends.idris import ast as A
from compilers.frontends.idris.lexer import unescape
from compilers.tokens import Token

# Operators: precedence and associativity as Idris 2's Prelude declares them.
OPS: dict[str, tuple[int, str]] = {
    "$": (0, "r"),
    ">>=": (1, "l"),
    ">>": (1, "l"),
    "=<<": (1, "r"),
    "=": (1, "n"),  # the equality type (only where a clause's own `=` cannot be meant)
    "||": (2, "r"),
    "&&": (3, "r"),
    "<$>": (4, "l"),
    "<*>": (4, "l"),
    "==": (6, "n"),
    "/=": (6, "n"),
    "<": (6, "n"),
    "<=": (6, "n"),
    ">": (6, "n"),
    ">=": (6, "n"),
    "::": (7, "r"),
    "++": (7, "r"),
    "+": (8, "l"),
    "-": (8, "l"),
    "*": (9, "l"),
    "/": (9, "l"),
    ".": (9, "r"),
}
STOP = frozenset(
    {")", "]", "}", ",", ";", "|", "=", "=>", "->", "<-", "of", "then", "else", "in", "where", "with"}
)


class ParseError(Exception):
    def __init__(self, token: Token, message: str) -> None:
        super().__init__(message)
        self.token = token
        self.message = message


class Parser:
    def __init__(self, tokens: list[Token], diags: DiagnosticBag) -> None:
        self.toks = tokens
        self.pos = 0
        self.diags = diags
        self.limit = 0  # the innermost block's column: a token at or left of it ends an item
        self.no_eq = False  # reading a clause's left side: `=` is the clause's, not the equality type
        self.item_start = -1  # the index of the current item's first token (which stands at the column)
        self.no_dpair = False

    # ------------------------------------------------------------ tokens

    def raw(self) -> Token:
        return self.toks[self.pos]

    def peek(self) -> Token:
        t = self.toks[self.pos]
        if (
            t.kind != "eof"
            and t.span.column <= self.limit
            and self.pos != self.item_start
            and t.text not in ("then", "else", "in")
        ):
            return Token("eof", "", t.span)
        return t

    def peek_at(self, k: int) -> Token:
        j = min(self.pos + k, len(self.toks) - 1)
        t = self.toks[j]
        if t.kind != "eof" and t.span.column <= self.limit and j != self.item_start:
            return Token("eof", "", t.span)
        return t

    def at(self, text: str) -> bool:
        t = self.peek()
        return t.text == text and t.kind in ("punct", "keyword", "op")

    def next(self) -> Token:
        t = self.peek()
        if t.kind == "eof":
            raise ParseError(
                t, "unexpected end of input" if self.raw().kind == "eof" else "unexpected end of the item"
            )
        self.pos += 1
        return t

    def expect(self, text: str) -> Token:
        t = self.peek()
        if t.text != text or t.kind not in ("punct", "keyword", "op"):
            got = "end of input" if t.kind == "eof" else repr(t.text)
            raise ParseError(t, f"expected '{text}', found {got}")
        self.pos += 1
        return t

    def name(self) -> Token:
        t = self.peek()
        if t.kind != "name":
            got = "end of input" if t.kind == "eof" else repr(t.text)
            raise ParseError(t, f"expected a name, found {got}")
        self.pos += 1
        return t

    def error(self, e: ParseError) -> None:
        self.diags.error("syntax", e.message, e.token.span)

    # ------------------------------------------------------------ blocks

    def block(self, item: object) -> list:
        """Items at the column of the current token, each read by `item` with the limit at that column."""
        first = self.peek()
        if first.kind == "eof":
            return []
        col = first.span.column
        outer = self.limit
        outer_start = self.item_start
        out: list = []
        while True:
            t = self.toks[self.pos]
            if t.kind == "eof" or t.span.column != col or (outer and t.span.column <= outer):
                break
            if t.text in ("in", "then", "else", "where", "of") and t.kind == "keyword":
                break
            start = self.pos
            self.item_start = start
            self.limit = col
            try:
                got = item(t)  # type: ignore[operator]
                if got is not None:
                    if isinstance(got, list):
                        out.extend(got)
                    else:
                        out.append(got)
                nxt = self.peek()
                if nxt.kind == "keyword" and nxt.text in ("in", "then", "else"):
                    self.limit = outer
                    self.item_start = outer_start
                    break
                if nxt.kind != "eof":
                    raise ParseError(nxt, f"unexpected {nxt.text!r}")
            except ParseError as e:
                self.error(e)
                if self.pos == start:
                    self.pos += 1
                while self.toks[self.pos].kind != "eof" and self.toks[self.pos].span.column > col:
                    self.pos += 1
            self.limit = outer
            self.item_start = outer_start
        self.limit = outer
        self.item_start = outer_start
        return out

    def item_token(self) -> Token:
        """The first token of an item (at the block's column, which peek would take for the end)."""
        t = self.toks[self.pos]
        self.pos += 1
        return t

    # ------------------------------------------------------------ declarations

    def module(self, filename: str) -> A.Module:
        decls: list[A.Decl] = []
        while self.toks[self.pos].kind != "eof":
            t = self.toks[self.pos]
            if t.text in ("module", "import"):
                line = t.span.line
                words = []
                self.pos += 1
                while self.toks[self.pos].kind != "eof" and self.toks[self.pos].span.line == line:
                    words.append(self.toks[self.pos].text)
                    self.pos += 1
                if t.text == "import":
                    name = [w for w in words if w != "public"]
                    decls.append(A.Pragma("import", name[:1], t.span))
                continue
            got = self.block(self.decl)
            decls.extend(got)
            if self.toks[self.pos].kind != "eof" and self.pos < len(self.toks):
                t = self.toks[self.pos]
                self.diags.error("syntax", f"unexpected {t.text!r}: a declaration starts at column 1", t.span)
                line = t.span.line
                while self.toks[self.pos].kind != "eof" and (
                    self.toks[self.pos].span.line == line or self.toks[self.pos].span.column > 1
                ):
                    self.pos += 1
        return A.Module(decls, filename)

    def decl(self, first: Token) -> A.Decl | list[A.Decl] | None:
        t = self.toks[self.pos]
        if t.kind == "pragma":
            self.pos += 1
            args = []
            while self.peek().kind != "eof":
                args.append(self.next().text)
            return A.Pragma(t.text[1:], args, t.span)
        totality = None
        while (
            t.text in ("public", "export", "private", "total", "partial", "covering") and t.kind == "keyword"
        ):
            if t.text in ("total", "partial", "covering"):
                totality = t.text
            self.pos += 1
            if self.toks[self.pos].span.column == self.limit:
                self.item_start = self.pos  # `total` on a line of its own, the declaration below it
            t = self.peek()
            if t.kind == "eof":
                raise ParseError(t, "expected a declaration")
        if t.text == "mutual" and t.kind == "keyword":
            self.pos += 1
            inner = self.block(self.decl)
            return [A.Pragma("mutual", [], t.span), *inner, A.Pragma("endmutual", [], t.span)]
        if t.text == "data" and t.kind == "keyword":
            return self.data()
        if t.text == "interface" and t.kind == "keyword":
            return self.interface()
        if t.text == "implementation" and t.kind == "keyword":
            return self.implementation()
        if self.looks_like_implementation():
            return self.implementation(keyword=False)
        if t.text == "record" and t.kind == "keyword":
            return self.record()
        if t.text in ("infixl", "infixr", "infix") and t.kind == "keyword":
            raise ParseError(t, f"'{t.text}' declarations are not in this Idris subset")
        sig = self.try_sig(totality)
        if sig is not None:
            return list(sig)
        return self.clause()

    def try_sig(self, totality: str | None) -> list[A.Sig] | None:
        save = self.pos
        names: list[Token] = []
        while True:
            t = self.toks[self.pos]
            if t.kind == "name":
                names.append(t)
                self.pos += 1
            elif (
                t.text == "("
                and (self.toks[self.pos + 1].kind == "op" or self.toks[self.pos + 1].text == ".")
                and self.toks[self.pos + 2].text == ")"
            ):
                names.append(Token("name", self.toks[self.pos + 1].text, self.toks[self.pos + 1].span))
                self.pos += 3
            else:
                break
            if self.toks[self.pos].text == "," and self.toks[self.pos].kind == "punct":
                self.pos += 1
                continue
            break
        if not names or self.toks[self.pos].text != ":" or self.toks[self.pos].kind != "punct":
            self.pos = save
            return None
        self.pos += 1
        ty = self.expr()
        return [A.Sig(n.text, ty, n.span, totality) for n in names]

    def data(self) -> A.Data:
        kw = self.next()
        name = self.name()
        if self.at(":"):
            self.next()
            family = self.expr()
            if self.at("where"):
                self.next()
                cons: list[A.ConSig] = []
                for sigs in self.block(lambda _t: self.try_sig(None) or self._bad_con()):
                    cons.append(A.ConSig(sigs.name, sigs.type, sigs.span))
                return A.Data(name.text, family, cons, kw.span)
            return A.Data(name.text, family, [], kw.span)
        params: list[str] = []
        while self.peek().kind == "name":
            params.append(self.next().text)
        ty: A.Expr = A.TypeU(name.span)
        for _ in params:
            ty = A.Pi(None, "expl", None, A.TypeU(name.span), ty, name.span)
        result: A.Expr = A.Var(name.text, name.span)
        for p in params:
            result = A.App(result, A.Var(p, name.span), name.span)
        cons = []
        if self.at("where"):
            self.next()
            for sig in self.block(lambda _t: self.try_sig(None) or self._bad_con()):
                cons.append(A.ConSig(sig.name, sig.type, sig.span))
            return A.Data(name.text, ty, cons, kw.span, params)
        self.expect("=")
        while True:
            if self.at("(") and self.peek_at(1).kind == "op" and self.peek_at(2).text == ")":
                self.next()
                op = self.next()
                self.next()
                cname = Token("name", op.text, op.span)
            else:
                cname = self.name()
            args: list[A.Expr] = []
            while self.starts_atom():
                args.append(self.atom())
            cty = result
            for a in reversed(args):
                cty = A.Pi(None, "expl", None, a, cty, cname.span)
            cons.append(A.ConSig(cname.text, cty, cname.span))
            if not self.at("|"):
                break
            self.next()
        return A.Data(name.text, ty, cons, kw.span, params)

    def record(self) -> list[A.Decl]:
        """record R params where constructor MkR; field : T ... as a data type and one projection a field."""
        kw = self.next()
        name = self.name()
        params: list[str] = []
        while self.peek().kind == "name":
            params.append(self.next().text)
        self.expect("where")
        con: list[Token] = []
        fields: list[A.Sig] = []

        def member(_t: Token) -> None:
            first = self.toks[self.pos]
            if first.kind == "name" and first.text == "constructor":
                self.pos += 1
                con.append(self.name())
                return
            sig = self.try_sig(None)
            if sig is None:
                raise ParseError(first, "expected 'constructor Name' or a field's signature (name : Type)")
            fields.extend(sig)

        self.block(member)
        cname = con[0] if con else Token("name", f"Mk{name.text}", name.span)
        result: A.Expr = A.Var(name.text, name.span)
        for prm in params:
            result = A.App(result, A.Var(prm, name.span), name.span)
        cty: A.Expr = result
        for f in reversed(fields):
            cty = A.Pi(f.name, "expl", None, f.type, cty, f.span)
        family: A.Expr = A.TypeU(name.span)
        for _ in params:
            family = A.Pi(None, "expl", None, A.TypeU(name.span), family, name.span)
        out: list[A.Decl] = [
            A.Data(name.text, family, [A.ConSig(cname.text, cty, cname.span)], kw.span, params)
        ]
        for k, f in enumerate(fields):
            out.append(A.Sig(f.name, A.Pi(None, "expl", None, result, f.type, f.span), f.span))
            lhs: A.Expr = A.Var(cname.text, f.span)
            for j in range(len(fields)):
                lhs = A.App(lhs, A.Var(f"%f{j}", f.span), f.span)
            out.append(
                A.Clause(A.App(A.Var(f.name, f.span), lhs, f.span), A.Var(f"%f{k}", f.span), [], f.span)
            )
        return out

    def _bad_con(self) -> list[A.Sig]:
        raise ParseError(self.peek(), "expected a constructor's signature (Name : Type)")

    def interface(self) -> A.Interface:
        kw = self.next()
        supers: list[A.Expr] = []
        j = self.pos
        while self.toks[j].kind != "eof" and self.toks[j].text not in ("where", "=>"):
            j += 1
        if self.toks[j].text == "=>":
            supers = _tuple_items(self.app_expr())
            self.expect("=>")
        name = self.name()
        param_type = None
        if self.at("("):
            self.next()
            param = self.name().text
            self.expect(":")
            param_type = self.expr()
            self.expect(")")
        else:
            param = self.name().text
        self.expect("where")
        methods: list[A.Sig] = []
        defaults: list[A.Clause] = []

        def member(_t: Token) -> object:
            sig = self.try_sig(None)
            if sig is not None:
                methods.extend(sig)
                return None
            defaults.append(self.clause())
            return None

        self.block(member)
        return A.Interface(name.text, param, param_type, methods, defaults, kw.span, supers)

    def looks_like_implementation(self) -> bool:
        """`Show Colour where` and `Show a => Show (T a) where`: an implementation without its keyword."""
        first = self.toks[self.pos]
        if not (first.kind == "name" and first.text[:1].isupper()) and first.text != "(":
            return False
        depth = 0
        j = self.pos
        while j < len(self.toks):
            t = self.toks[j]
            if t.kind == "eof" or (j != self.pos and t.span.column <= self.limit):
                return False
            if t.text in ("(", "[", "{"):
                depth += 1
            elif t.text in (")", "]", "}"):
                depth -= 1
            elif depth == 0 and t.kind == "punct" and t.text in ("=", ":"):
                return False
            elif depth == 0 and t.kind == "keyword" and t.text == "where":
                return True
            j += 1
        return False

    def implementation(self, keyword: bool = True) -> A.Implementation:
        kw = self.next() if keyword else self.toks[self.pos]
        save_pos = self.pos
        constraints: list[A.Expr] = []
        head = self.app_expr()
        if self.at("=>"):
            self.next()
            constraints = _tuple_items(head)
            head = self.app_expr()
        else:
            del save_pos
        spine = _spine(head)
        if not isinstance(spine[0], A.Var) or len(spine) != 2:
            raise ParseError(kw, "expected an implementation head such as 'Show Nat'")
        clauses: list[A.Clause] = []
        if self.at("where"):
            self.next()
            clauses = self.block(lambda _t: self.clause())
        return A.Implementation(constraints, spine[0].name, spine[1], clauses, kw.span)

    def clause(self) -> A.Clause:
        start = self.toks[self.pos]
        self.no_eq = True
        try:
            lhs = self.op_expr()
        finally:
            self.no_eq = False
        with_span = None
        if self.at("with"):
            with_span = self.peek().span
            raise ParseError(
                self.peek(), "'with' is not supported in this Idris subset: use a 'case' expression"
            )
        if self.at("impossible"):
            self.next()
            return A.Clause(lhs, None, [], start.span)
        if self.at("|"):
            raise ParseError(self.peek(), "'with' views are not supported in this Idris subset")
        self.expect("=")
        rhs = self.expr()
        wheres: list[A.Decl] = []
        if self.at("where"):
            self.next()
            wheres = self.block(self.decl)
        return A.Clause(lhs, rhs, wheres, start.span, with_span)

    # ------------------------------------------------------------ expressions

    def expr(self) -> A.Expr:
        t = self.peek()
        if t.kind == "keyword":
            if t.text == "let":
                return self.let_expr()
            if t.text == "rewrite":
                self.next()
                proof = self.expr()
                self.expect("in")
                return A.Rewrite(proof, self.expr(), t.span)
            if t.text == "forall":
                self.next()
                names = []
                while self.peek().kind == "name":
                    names.append(self.next())
                self.expect(".")
                body = self.expr()
                for n in reversed(names):
                    body = A.Pi(n.text, "impl", 0, A.Underscore(n.span), body, n.span)
                return body
        if t.text == "\\" and t.kind == "punct":
            self.next()
            params = []
            while True:
                p = self.peek()
                if p.kind == "name":
                    params.append(self.next().text)
                elif p.text == "_":
                    self.next()
                    params.append("_")
                elif p.text == "," and params:
                    self.next()
                else:
                    break
            if not params:
                raise ParseError(self.peek(), "expected a parameter after '\\'")
            self.expect("=>")
            return A.Lam(params, self.expr(), t.span)
        if t.text in ("(", "{") and t.kind == "punct":
            binder = self.try_binder()
            if binder is not None:
                return binder
        left = self.op_expr()
        if self.at("->"):
            arrow = self.next()
            return A.Pi(None, "expl", None, left, self.expr(), arrow.span)
        if self.at("=>"):
            arrow = self.next()
            body = self.expr()
            for c in reversed(_tuple_items(left)):
                body = A.Pi(None, "auto", None, c, body, arrow.span)
            return body
        return left

    def try_binder(self) -> A.Expr | None:
        """(x : A) -> B, (x, y : A) -> B, (0 x : A) -> B, {x : A} -> B, {auto p : C} -> B."""
        save = self.pos
        open_ = self.next()
        close = ")" if open_.text == "(" else "}"
        icit = "expl" if open_.text == "(" else "impl"
        quantity = None
        t = self.peek()
        if t.kind == "keyword" and t.text == "auto" and icit == "impl":
            self.next()
            icit = "auto"
        t = self.peek()
        if t.kind == "int" and t.text in ("0", "1"):
            quantity = int(t.text)
            self.next()
        names = []
        while self.peek().kind == "name" or self.peek().text == "_":
            names.append(self.next())
            if self.at(","):
                self.next()
                continue
            break
        if not names or not self.at(":"):
            self.pos = save
            if icit != "expl":
                # {n} alone and the like
                raise ParseError(open_, "expected an implicit binder {name : Type}")
            return None
        self.next()
        dom = self.expr()
        self.expect(close)
        if not self.at("->"):
            if close == ")":
                self.pos = save
                return None
            raise ParseError(self.peek(), "expected '->' after an implicit binder")
        self.next()
        body = self.expr()
        for n in reversed(names):
            body = A.Pi(n.text, icit, quantity, dom, body, n.span)
        return body

    def let_expr(self) -> A.Expr:
        kw = self.next()
        binds: list[tuple[Token, A.Expr | None, A.Expr]] = []

        pattern_binds: list[tuple[A.Expr, A.Expr]] = []

        def one(_t: Token) -> None:
            if self.toks[self.pos].text == "(":
                self.no_eq = True
                try:
                    pat = self.atom()
                finally:
                    self.no_eq = False
                self.expect("=")
                pattern_binds.append((pat, self.expr()))
                return
            n = self.item_token()
            if n.kind != "name":
                raise ParseError(n, "expected a name to bind")
            ty = None
            if self.at(":"):
                self.next()
                ty = self.expr()
            self.expect("=")
            binds.append((n, ty, self.expr()))

        self.block(one)
        self.expect("in")
        body = self.expr()
        if pattern_binds:
            if binds or len(pattern_binds) > 1:
                raise ParseError(kw, "a 'let' with a pattern binds that pattern alone")
            pat, rhs = pattern_binds[0]
            return A.Case(rhs, [A.Alt(pat, body, kw.span)], kw.span)
        for n, ty, rhs in reversed(binds):
            body = A.Let(n.text, ty, rhs, body, kw.span)
        return body

    def op_expr(self) -> A.Expr:
        """Operators by precedence climbing over application expressions."""
        items: list[A.Expr | Token] = [self.unary_or_app()]
        while True:
            t = self.peek()
            op = None
            if t.kind == "op" or (t.kind == "punct" and t.text in (".", "=")):
                op = t.text
            elif t.kind == "punct" and t.text == "`":
                self.next()
                name = self.name()
                self.expect("`")
                items.append(Token("op", name.text, name.span))
                items.append(self.app_expr())
                continue
            if op is None or (op == "=" and self.no_eq) or op in ("..", "**"):
                break
            if self.peek_at(1).text == ")" and self.peek_at(1).kind == "punct":
                break  # a left section: (2 *)
            if op not in OPS and t.kind != "op":
                break
            self.next()
            items.append(t)
            items.append(self.unary_or_app())
        return _resolve(items)

    def unary_or_app(self) -> A.Expr:
        t = self.peek()
        if t.kind == "keyword" and t.text in ("let", "rewrite", "forall"):
            return self.expr()
        if t.text == "\\" and t.kind == "punct":
            return self.expr()
        return self.app_expr()

    def app_expr(self) -> A.Expr:
        t = self.peek()
        if t.kind == "op" and t.text == "-":
            self.pos += 1
            operand = self.app_expr()
            return A.App(A.App(A.Var("-", t.span), A.Lit(0, "int", t.span), t.span), operand, t.span)
        if t.kind == "keyword":
            if t.text == "if":
                self.pos += 1
                cond = self.expr()
                self.expect("then")
                a = self.expr()
                self.expect("else")
                return A.If(cond, a, self.expr(), t.span)
            if t.text == "case":
                self.pos += 1
                scrut = self.expr()
                self.expect("of")
                alts = self.block(self.alt)
                return A.Case(scrut, alts, t.span)
            if t.text == "do":
                self.pos += 1
                stmts = self.block(self.stmt)
                if not stmts:
                    raise ParseError(self.peek(), "a 'do' block needs at least one statement")
                return A.Do(stmts, t.span)
            if t.text in ("let", "rewrite"):
                return self.expr()
        if not self.starts_atom():
            got = self.peek()
            raise ParseError(
                got, "expected an expression" + ("" if got.kind == "eof" else f", found {got.text!r}")
            )
        fn = self.atom()
        while True:
            if self.starts_atom():
                arg = self.atom()
                fn = A.App(fn, arg, fn.span if hasattr(fn, "span") else arg.span)
            elif self.at("{") and self.peek_at(1).kind == "name" and self.peek_at(2).text in ("=", "}"):
                self.next()
                n = self.name()
                if self.at("}"):
                    self.next()
                    fn = A.App(fn, A.Var(n.text, n.span), n.span, implicit=n.text)
                else:
                    self.expect("=")
                    value = self.expr()
                    self.expect("}")
                    fn = A.App(fn, value, n.span, implicit=n.text)
            else:
                return fn

    def starts_atom(self) -> bool:
        t = self.peek()
        if t.kind in ("name", "int", "string", "char", "hole"):
            return True
        return t.kind == "punct" and t.text in ("(", "[")

    def atom(self) -> A.Expr:
        return self.atom_of(self.next())

    def atom_of(self, t: Token) -> A.Expr:
        if t.kind == "name":
            if t.text == "Type":
                return A.TypeU(t.span)
            if t.text == "_":
                return A.Underscore(t.span)
            nxt = self.toks[self.pos]
            if nxt.text == "@" and nxt.span.line == t.span.line and nxt.span.column == t.span.end_column:
                self.pos += 1
                return A.As(t.text, self.atom(), t.span)
            return A.Var(t.text, t.span)
        if t.kind == "int":
            return A.Lit(int(t.text), "int", t.span)
        if t.kind == "string":
            return A.Lit(unescape(t.text[1:-1]), "string", t.span)
        if t.kind == "char":
            return A.Lit(unescape(t.text[1:-1]), "char", t.span)
        if t.kind == "hole":
            return A.Hole(t.text[1:], t.span)
        if t.text == "[":
            items = []
            if not self.at("]"):
                while True:
                    items.append(self.expr())
                    if self.at(".."):
                        dots = self.next()
                        last = self.expr()
                        self.expect("]")
                        return A.App(
                            A.App(A.Var("rangeFromTo", dots.span), items[0], dots.span), last, dots.span
                        )
                    if not self.at(","):
                        break
                    self.next()
            self.expect("]")
            return A.ListLit(items, t.span)
        if t.text == "(":
            nxt = self.peek()
            if (nxt.kind == "op" or (nxt.kind == "punct" and nxt.text in (".", "="))) and self.peek_at(
                1
            ).text == ")":
                self.next()
                self.next()
                return A.Var(nxt.text, nxt.span)
            if self.at(")"):
                self.next()
                return A.Var("()", t.span)
            if (nxt.kind == "op" and nxt.text != "-") or (nxt.kind == "punct" and nxt.text == "."):
                op = self.next()
                operand = self.expr()
                self.expect(")")
                x = A.Var("%sec", op.span)
                return A.Lam(
                    ["%sec"], A.App(A.App(A.Var(op.text, op.span), x, op.span), operand, op.span), op.span
                )
            if self.peek().kind == "name" and self.peek_at(1).text == ":" and self.peek_at(1).kind == "punct":
                # (x : A ** P x)
                save = self.pos
                binder = self.next()
                self.next()
                self.no_dpair = True
                dom = self.op_expr()
                self.no_dpair = False
                if self.at("**"):
                    self.next()
                    body = self.expr()
                    self.expect(")")
                    return A.DPairE(A.Var(binder.text, binder.span), body, dom, t.span)
                self.pos = save
            items = [self.expr()]
            if self.at("**"):
                self.next()
                right = self.expr()
                self.expect(")")
                return A.DPairE(items[0], right, None, t.span)
            nxt = self.peek()
            if (nxt.kind == "op" or nxt.text == ".") and self.peek_at(1).text == ")":
                self.next()
                self.next()
                x = A.Var("%sec", nxt.span)
                return A.Lam(
                    ["%sec"],
                    A.App(A.App(A.Var(nxt.text, nxt.span), items[0], nxt.span), x, nxt.span),
                    nxt.span,
                )
            while self.at(","):
                self.next()
                items.append(self.expr())
            self.expect(")")
            return items[0] if len(items) == 1 else A.Tuple(items, t.span)
        raise ParseError(t, f"expected an expression, found {t.text!r}")

    def alt(self, _t: Token) -> A.Alt:
        first = self.toks[self.pos]
        self.no_eq = True
        try:
            pat = self.op_expr()
        finally:
            self.no_eq = False
        if self.at("impossible"):
            self.next()
            return A.Alt(pat, None, first.span)
        self.expect("=>")
        return A.Alt(pat, self.expr(), first.span)

    def let_binding(self, _t: Token) -> tuple[str, A.Expr]:
        """One binding of a `let` block: `name [: type] = value` (the type is checked by the value)."""
        n = self.name()
        if self.at(":"):
            self.next()
            self.expr()
        self.expect("=")
        return n.text, self.expr()

    def stmt(self, _t: Token) -> A.DoStmt | list[A.DoStmt]:
        first = self.toks[self.pos]
        if first.kind == "keyword" and first.text == "let" and self.toks[self.pos + 1].text == "(":
            self.pos += 1
            self.no_eq = True
            try:
                pat = self.atom()
            finally:
                self.no_eq = False
            self.expect("=")
            return A.DoStmt("letpat", None, A.Alt(pat, self.expr(), first.span), first.span)  # type: ignore[arg-type]
        if first.kind == "keyword" and first.text == "let":
            # A let block may bind several names, each at the column of the first (layout).
            self.pos += 1
            bindings: list[tuple[str, A.Expr]] = self.block(self.let_binding)
            if not bindings:
                raise ParseError(self.peek(), "a 'let' needs a binding: let name = value")
            if self.at("in"):
                self.next()
                body = self.expr()
                for name, value in reversed(bindings):
                    body = A.Let(name, None, value, body, first.span)
                return A.DoStmt("expr", None, body, first.span)
            return [A.DoStmt("let", name, value, first.span) for name, value in bindings]
        if first.kind == "name" and self.toks[self.pos + 1].text == "<-":
            self.pos += 2
            return A.DoStmt("bind", first.text, self.expr(), first.span)
        return A.DoStmt("expr", None, self.expr(), first.span)


def _spine(e: A.Expr) -> list[A.Expr]:
    args = []
    while isinstance(e, A.App):
        args.append(e.arg)
        e = e.fn
    return [e, *reversed(args)]


def _tuple_items(e: A.Expr) -> list[A.Expr]:
    return list(e.items) if isinstance(e, A.Tuple) else [e]


def _resolve(items: list) -> A.Expr:
    """Operands and operators (alternating) to a tree by precedence and associativity."""
    if len(items) == 1:
        return items[0]
    operands: list[A.Expr] = [items[0]]
    ops: list[Token] = []

    def reduce() -> None:
        op = ops.pop()
        right = operands.pop()
        left = operands.pop()
        start = getattr(left, "span", op.span)  # an operator's application starts at its left operand
        operands.append(A.App(A.App(A.Var(op.text, op.span), left, start), right, start))

    for k in range(1, len(items), 2):
        op, right = items[k], items[k + 1]
        prec, assoc = OPS.get(op.text, (9, "l"))
        while ops:
            top_prec, _ = OPS.get(ops[-1].text, (9, "l"))
            if top_prec > prec or (top_prec == prec and assoc != "r"):
                reduce()
            else:
                break
        ops.append(op)
        operands.append(right)
    while ops:
        reduce()
    return operands[0]


def parse(tokens: list[Token], diags: DiagnosticBag) -> A.Module:
    filename = tokens[0].span.file if tokens else "<input>"
    p = Parser(tokens, diags)
    return p.module(filename)
