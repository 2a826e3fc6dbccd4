"""Tokens (through the layout rule) to the syntax tree of a module, for the subset of LANGUAGES.md.

Operator applications are resolved by the fixity resolution of report 10.6, with the Prelude's fixities
(report 9 and base's Functor and Applicative operators) and the module's own `infixl/infixr/infix`
declarations (gathered before parsing, so an operator may be used before its declaration). The left side
of an equation, a `do` binding and a case alternative are read as expressions and turned into patterns.
A syntax error is a diagnostic `parse error on input ‘x’` with its line and column; the parser stops at the
first one (the next ones are mostly its echoes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.haskell import ast as A
from compilers.frontends.haskell.layout import LayoutStream
from compilers.frontends.haskell.lexer import char_value, string_value
from compilers.tokens import Token

T = TypeVar("T")

# Haskell 2010's Prelude fixities (report 4.4.2 and chapter 9), and base's operators the subset has.
PRELUDE_FIXITIES: dict[str, tuple[str, int]] = {
    ".": ("infixr", 9),
    "!!": ("infixl", 9),
    "!": ("infixl", 9),  # Data.Map.!
    "!?": ("infixl", 9),  # Data.Map.!?
    "^": ("infixr", 8),
    "^^": ("infixr", 8),
    "**": ("infixr", 8),
    "*": ("infixl", 7),
    "/": ("infixl", 7),
    "quot": ("infixl", 7),
    "rem": ("infixl", 7),
    "div": ("infixl", 7),
    "mod": ("infixl", 7),
    "+": ("infixl", 6),
    "-": ("infixl", 6),
    "<>": ("infixr", 6),
    ":": ("infixr", 5),
    "++": ("infixr", 5),
    "\\\\": ("infix", 5),
    "==": ("infix", 4),
    "/=": ("infix", 4),
    "<": ("infix", 4),
    "<=": ("infix", 4),
    ">=": ("infix", 4),
    ">": ("infix", 4),
    "elem": ("infix", 4),
    "notElem": ("infix", 4),
    "<$>": ("infixl", 4),
    "<$": ("infixl", 4),
    "<*>": ("infixl", 4),
    "*>": ("infixl", 4),
    "<*": ("infixl", 4),
    "&&": ("infixr", 3),
    "||": ("infixr", 2),
    ">>": ("infixl", 1),
    ">>=": ("infixl", 1),
    "=<<": ("infixr", 1),
    ">=>": ("infixr", 1),
    "<=<": ("infixr", 1),
    "$": ("infixr", 0),
    "$!": ("infixr", 0),
    "seq": ("infixr", 0),
    "on": ("infixl", 0),
}


# Data.Bits's, for a module that imports it.
BITS_FIXITIES = {
    ".&.": ("infixl", 7),
    ".|.": ("infixl", 5),
    "xor": ("infixl", 6),
    "shift": ("infixl", 8),
    "shiftL": ("infixl", 8),
    "shiftR": ("infixl", 8),
}


class ParseError(Exception):
    def __init__(self, message: str, span: Span) -> None:
        super().__init__(message)
        self.message = message
        self.span = span


def _unqualified(name: str) -> str:
    if name and name[0].isupper() and "." in name:
        # M.lookup -> lookup, M.! -> !, Data.Map.Map -> Map
        _, _, rest = name.partition(".")
        while rest and rest[0].isupper() and "." in rest:
            _, _, rest = rest.partition(".")
        return rest
    return name


def gather_fixities(tokens: list[Token]) -> dict[str, tuple[str, int]]:
    """The Prelude's fixities with the module's fixity declarations over them."""
    fix = dict(PRELUDE_FIXITIES)
    if any(t.text == "Control.Applicative" for t in tokens):
        # Its <|> (a program's own <|> without a fixity declaration is infixl 9, as any operator).
        fix["<|>"] = ("infixl", 3)
    if any(t.text == "Data.Bits" for t in tokens):
        fix.update(BITS_FIXITIES)
    if any(t.text == "Data.Functor" for t in tokens):
        fix.update({"<&>": ("infixl", 1), "$>": ("infixl", 4)})
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.kind == "keyword" and t.text in ("infixl", "infixr", "infix"):
            j = i + 1
            prec = 9
            if j < len(tokens) and tokens[j].kind == "int":
                prec = int(tokens[j].text)
                j += 1
            while j < len(tokens):
                u = tokens[j]
                if u.kind in ("varsym", "consym"):
                    fix[u.text] = (t.text, prec)
                elif u.kind == "special" and u.text == "`" and j + 1 < len(tokens):
                    fix[tokens[j + 1].text] = (t.text, prec)
                    j += 2
                elif not (u.kind == "special" and u.text == ","):
                    break
                j += 1
            i = j
        else:
            i += 1
    return fix


def _tok_desc(t: Token) -> str:
    if t.kind == "eof":
        return "parse error (possibly incorrect indentation or mismatched brackets)"
    if t.kind in ("vsemi", "vrbrace"):
        return "parse error (possibly incorrect indentation or mismatched brackets)"
    return f"parse error on input ‘{t.text}’"  # GHC's quotes


class Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.ts = LayoutStream(tokens)
        self.last: Token | None = None  # the token read last (where a construct ends)
        self.paren_spans: dict[int, Span] = {}  # id(a parenthesised expression) -> with its parentheses
        self.fixities = gather_fixities(tokens)
        self.illegal_bangs: set[int] = set()  # id(PBang) of a bang without the BangPatterns pragma

    # ---- token helpers ----

    def peek(self) -> Token:
        return self.ts.peek()

    def next(self) -> Token:
        tok = self.ts.next()
        self.last = tok
        return tok

    def error(self, tok: Token | None = None) -> ParseError:
        t = tok or self.peek()
        return ParseError(_tok_desc(t), t.span)

    def is_(self, kind: str, text: str | None = None) -> bool:
        t = self.peek()
        return t.kind == kind and (text is None or t.text == text)

    def is_special(self, text: str) -> bool:
        return self.is_("special", text)

    def is_op(self, text: str) -> bool:
        return self.is_("reservedop", text)

    def is_kw(self, text: str) -> bool:
        return self.is_("keyword", text)

    def expect(self, kind: str, text: str) -> Token:
        t = self.peek()
        if t.kind == kind and t.text == text:
            return self.next()
        raise self.error(t)

    def expect_close(self, text: str) -> Token:
        """A closing bracket, which may first end implicit blocks opened inside (parse-error(t))."""
        while not self.is_special(text):
            if not self.ts.close_implicit():
                raise self.error()
            self.next()  # the virtual }
        return self.next()

    # ---- blocks ----

    def block(self, item: Callable[[], T]) -> list[T]:
        """`{ item ; ... }` with explicit or layout braces; `item` parses one element (or returns None for
        an empty one)."""
        items: list[T] = []
        t = self.peek()
        explicit = t.kind == "special" and t.text == "{"
        if not explicit and t.kind != "vlbrace":
            raise self.error(t)
        self.next()
        close_kind = "special" if explicit else "vrbrace"
        while True:
            t = self.peek()
            if t.kind == close_kind and t.text == "}":
                self.next()
                return items
            if t.kind in ("vsemi",) or (t.kind == "special" and t.text == ";"):
                self.next()
                continue
            if not explicit and _ends_block(t) and self.ts.close_implicit():
                continue
            items.append(item())
            t = self.peek()
            if t.kind == close_kind and t.text == "}":
                continue
            if t.kind == "vsemi" or (t.kind == "special" and t.text == ";"):
                continue
            if not explicit and self.ts.close_implicit():
                continue
            raise self.error(t)

    # ---- module ----

    def module(self) -> A.Module:
        name = "Main"
        if self.is_kw("module"):
            self.next()
            t = self.next()
            if t.kind not in ("conid", "qconid"):
                raise self.error(t)
            name = t.text
            if self.is_special("("):
                self.skip_parens()
            self.expect("keyword", "where")
        mod = A.Module(name, [])
        for item in self.block(self.topdecl):
            if isinstance(item, A.Import):
                mod.imports.append(item)
            elif isinstance(item, list):
                mod.decls.extend(item)
        t = self.peek()
        if t.kind != "eof":
            raise self.error(t)
        return mod

    def skip_parens(
        self, spans: list[Span] | None = None, subs: dict[str, list[str]] | None = None
    ) -> list[str]:
        """An export or import list: the names in it (a type's `(..)` and constructor lists are kept as
        their type's name), into `spans` where each is, and into `subs` what a type's parentheses list
        (`..` for all its constructors)."""
        names: list[str] = []
        spans = [] if spans is None else spans
        subs = {} if subs is None else subs
        self.expect("special", "(")
        depth = 1
        owner = ""  # the type whose parentheses are open
        while depth:
            t = self.next()
            if t.kind == "eof":
                raise self.error(t)
            if t.kind == "special" and t.text == "(":
                depth += 1
                if depth == 2 and self.peek().kind in ("varsym", "consym"):
                    names.append(self.peek().text)
                    spans.append(t.span)
                    owner = ""
            elif t.kind == "special" and t.text == ")":
                depth -= 1
            elif depth == 1 and t.kind in ("varid", "conid"):
                names.append(t.text)
                spans.append(t.span)
                owner = t.text if t.kind == "conid" else ""
            elif depth == 2 and owner and (t.kind == "conid" or t.text == ".."):
                subs.setdefault(owner, []).append(t.text)
        return names

    def topdecl(self) -> object:
        t = self.peek()
        if t.kind == "keyword" and t.text == "import":
            return self.import_decl()
        if t.kind == "keyword" and t.text in ("data", "newtype"):
            return [self.data_decl()]
        if t.kind == "keyword" and t.text == "type":
            return [self.type_syn()]
        if t.kind == "keyword" and t.text == "class":
            return [self.class_decl()]
        if t.kind == "keyword" and t.text == "instance":
            return [self.instance_decl()]
        return self.decl()

    def import_decl(self) -> A.Import:
        start = self.next().span
        qualified = False
        if self.is_("varid", "qualified"):
            self.next()
            qualified = True
        t = self.next()
        if t.kind not in ("conid", "qconid"):
            raise self.error(t)
        alias = None
        if self.is_("varid", "as"):
            self.next()
            a = self.next()
            if a.kind not in ("conid", "qconid"):
                raise self.error(a)
            alias = a.text
        hiding = False
        names = None
        if self.is_("varid", "hiding"):
            self.next()
            hiding = True
        spans: list[Span] = []
        subs: dict[str, list[str]] = {}
        if self.is_special("("):
            names = self.skip_parens(spans, subs)
        return A.Import(t.text, qualified, alias, names, hiding, start, spans, subs)

    # ---- types ----

    def context_and_type(self) -> tuple[list[A.Pred], A.Type]:
        """`[context =>] type`: the type is read first, and taken as the context when `=>` follows."""
        ty = self.btype_fun()
        if self.is_op("=>"):
            self.next()
            preds = self.type_to_context(ty)
            return preds, self.btype_fun()
        return [], ty

    def type_to_context(self, ty: A.Type) -> list[A.Pred]:
        items: list[A.Type]
        if isinstance(ty, A.TyApp | A.TyCon):
            head, args = type_spine(ty)
            if isinstance(head, A.TyCon) and head.name.startswith("(,"):
                items = args
            elif isinstance(head, A.TyCon) and head.name == "()":
                items = []
            else:
                items = [ty]
        else:
            items = [ty]
        preds = []
        for item in items:
            head, args = type_spine(item)
            if not isinstance(head, A.TyCon) or len(args) != 1:
                raise ParseError("malformed class constraint", item.span)
            preds.append(A.Pred(head.name, args[0], item.span))
        return preds

    def btype_fun(self) -> A.Type:
        ty = self.btype()
        if self.is_op("->"):
            self.next()
            res = self.btype_fun()
            arrow = A.TyCon("->", ty.span)
            return A.TyApp(A.TyApp(arrow, ty, ty.span), res, ty.span.to(res.span))
        return ty

    def btype(self) -> A.Type:
        ty = self.atype()
        while self.starts_atype():
            arg = self.atype()
            ty = A.TyApp(ty, arg, ty.span.to(arg.span))
        return ty

    def starts_atype(self) -> bool:
        t = self.peek()
        return t.kind in ("varid", "conid", "qconid") or (t.kind == "special" and t.text in ("(", "["))

    def atype(self) -> A.Type:
        t = self.next()
        if t.kind == "varid":
            return A.TyVar(t.text, t.span)
        if t.kind in ("conid", "qconid"):
            return A.TyCon(t.text, t.span)
        if t.kind == "special" and t.text == "[":
            if self.is_special("]"):
                end = self.next()
                return A.TyCon("[]", t.span.to(end.span))
            inner = self.btype_fun()
            end = self.expect("special", "]")
            return A.TyApp(A.TyCon("[]", t.span), inner, t.span.to(end.span))
        if t.kind == "special" and t.text == "(":
            if self.is_special(")"):
                end = self.next()
                return A.TyCon("()", t.span.to(end.span))
            if self.is_op("->"):
                self.next()
                end = self.expect("special", ")")
                return A.TyCon("->", t.span.to(end.span))
            if self.is_special(","):
                n = 1
                while self.is_special(","):
                    self.next()
                    n += 1
                end = self.expect("special", ")")
                return A.TyCon("(" + "," * (n - 1) + ")", t.span.to(end.span))
            items = [self.btype_fun()]
            while self.is_special(","):
                self.next()
                items.append(self.btype_fun())
            end = self.expect("special", ")")
            if len(items) == 1:
                return items[0]
            ty: A.Type = A.TyCon("(" + "," * (len(items) - 1) + ")", t.span)
            for item in items:
                ty = A.TyApp(ty, item, t.span.to(end.span))
            return ty
        raise self.error(t)

    # ---- data, class, instance ----

    def simple_head(self) -> tuple[str, list[str], Span]:
        t = self.next()
        if t.kind != "conid":
            raise self.error(t)
        tyvars = []
        while self.is_("varid"):
            tyvars.append(self.next().text)
        return t.text, tyvars, t.span

    def data_decl(self) -> A.DData:
        kw = self.next()
        name, tyvars, _ = self.simple_head()
        cons: list[A.ConDecl] = []
        if self.is_op("="):
            self.next()
            cons.append(self.con_decl())
            while self.is_op("|"):
                self.next()
                cons.append(self.con_decl())
        deriving: list[str] = []
        spans: list[Span] = []
        if self.is_kw("deriving"):
            self.next()
            if self.is_special("("):
                self.next()
                while not self.is_special(")"):
                    c = self.next()
                    if c.kind not in ("conid", "qconid"):
                        raise self.error(c)
                    deriving.append(_unqualified(c.text))
                    spans.append(c.span)
                    if self.is_special(","):
                        self.next()
                self.next()
            else:
                c = self.next()
                if c.kind not in ("conid", "qconid"):
                    raise self.error(c)
                deriving.append(_unqualified(c.text))
                spans.append(c.span)
        return A.DData(name, tyvars, cons, deriving, kw.text == "newtype", kw.span, spans)

    def con_decl(self) -> A.ConDecl:
        # An infix constructor `a :+: b`, a record `C { f :: T }`, or `C t1 ... tn`. An operand of an infix
        # constructor is a btype (`a :> List a`), or an atype after a strictness mark (Haskell 2010's constr).
        if self.is_special("(") or not self.is_("conid"):
            left_strict = self.strict_mark()
            lhs = self.atype() if left_strict else self.btype()
            op = self.next()
            if op.kind == "special" and op.text == "`":  # a `Then` a
                op = self.next()
                if op.kind != "conid":
                    raise self.error(op)
                self.expect("special", "`")
            elif op.kind != "consym":
                raise self.error(op)
            right_strict = self.strict_mark()
            right = self.atype() if right_strict else self.btype()
            return A.ConDecl(op.text, [lhs, right], None, [left_strict, right_strict], op.span, infix=True)
        t = self.next()
        if self.is_special("{"):
            self.next()
            names: list[str] = []
            types: list[A.Type] = []
            stricts: list[bool] = []
            while not self.is_special("}"):
                group = [self.var_name()]
                while self.is_special(","):
                    self.next()
                    group.append(self.var_name())
                self.expect("reservedop", "::")
                strict = self.strict_mark()
                ty = self.btype_fun()
                for g in group:
                    names.append(g)
                    types.append(ty)
                    stricts.append(strict)
                if self.is_special(","):
                    self.next()
            self.next()
            return A.ConDecl(t.text, types, names, stricts, t.span)
        fields_: list[A.Type] = []
        stricts = []
        while True:
            strict = self.strict_mark()
            if not strict and not self.starts_atype():
                break
            fields_.append(self.atype())
            stricts.append(strict)
        if self.is_("consym") or (self.is_special("`")):
            # `Int :+ Int` or Int `Plus` Int, with a constructor type first.
            op = self.next()
            if op.text == "`":
                op = self.next()
                self.expect("special", "`")
            left: A.Type = A.TyCon(t.text, t.span)
            for f in fields_:
                left = A.TyApp(left, f, t.span)
            right_strict = self.strict_mark()
            right = self.atype() if right_strict else self.btype()
            return A.ConDecl(op.text, [left, right], None, [False, right_strict], op.span, infix=True)
        return A.ConDecl(t.text, fields_, None, stricts, t.span)

    def strict_mark(self) -> bool:
        if self.peek().kind in ("varsym", "bang", "bang_off") and self.peek().text == "!":
            self.next()
            return True
        return False

    def var_name(self) -> str:
        t = self.next()
        if t.kind == "varid":
            return t.text
        if t.kind == "special" and t.text == "(":
            op = self.next()
            if op.kind not in ("varsym", "consym"):
                raise self.error(op)
            self.expect("special", ")")
            return op.text
        raise self.error(t)

    def type_syn(self) -> A.DTypeSyn:
        kw = self.next()
        name, tyvars, _ = self.simple_head()
        self.expect("reservedop", "=")
        return A.DTypeSyn(name, tyvars, self.btype_fun(), kw.span)

    def class_decl(self) -> A.DClass:
        kw = self.next()
        context, head = self.context_and_type()
        h, args = type_spine(head)
        if not isinstance(h, A.TyCon) or len(args) != 1 or not isinstance(args[0], A.TyVar):
            raise ParseError("malformed class declaration head", head.span)
        decls: list[A.Decl] = []
        if self.is_kw("where"):
            self.next()
            for item in self.block(self.decl):
                decls.extend(item)
        return A.DClass(context, h.name, args[0].name, decls, kw.span)

    def instance_decl(self) -> A.DInstance:
        kw = self.next()
        start = self.peek().span
        context, head = self.context_and_type()
        whole = start.to(self.last.span) if self.last is not None else head.span  # context included
        h, args = type_spine(head)
        if not isinstance(h, A.TyCon) or len(args) != 1:
            raise ParseError("malformed instance head", head.span)
        decls: list[A.Decl] = []
        if self.is_kw("where"):
            self.next()
            for item in self.block(self.decl):
                decls.extend(item)
        return A.DInstance(context, h.name, args[0], decls, kw.span, h.span, whole)

    # ---- value declarations ----

    def decl(self) -> list[A.Decl]:
        t = self.peek()
        if t.kind == "keyword" and t.text in ("infixl", "infixr", "infix"):
            self.next()
            prec = 9
            if self.is_("int"):
                prec = int(self.next().text)
            ops = [self.fixity_op()]
            while self.is_special(","):
                self.next()
                ops.append(self.fixity_op())
            return [A.DFixity(t.text, prec, ops, t.span)]
        # A type signature: vars :: type.
        lhs = self.infix_expr()
        if self.is_op("::") or self.is_special(","):
            names = [self.sig_name(lhs)]
            while self.is_special(","):
                self.next()
                names.append(self.sig_name(self.aexp()))
            self.expect("reservedop", "::")
            context, ty = self.context_and_type()
            return [A.DTypeSig(names, context, ty, t.span)]
        rhs = self.rhs("=")
        return [self.make_binding(lhs, rhs, t.span)]

    def fixity_op(self) -> str:
        t = self.next()
        if t.kind in ("varsym", "consym"):
            return t.text
        if t.kind == "special" and t.text == "`":
            name = self.next()
            self.expect("special", "`")
            return name.text
        raise self.error(t)

    def sig_name(self, e: A.Expr) -> str:
        if isinstance(e, A.EVar):
            return e.name
        raise ParseError("malformed type signature", e.span)

    def make_binding(self, lhs: A.Expr, rhs: A.Rhs, start: Span | None = None) -> A.Decl:
        # f p1 ... pn | p1 `op` p2 | (f p1) p2 | a pattern binding
        if isinstance(lhs, A.EVar):
            return A.DClause(lhs.name, [], rhs, lhs.span)
        head, args = _spine(lhs)
        if isinstance(head, A.EVar) and args:
            return A.DClause(head.name, [self.to_pat(a) for a in args], rhs, lhs.span)
        # A pattern binding's span starts at its first token (a parenthesis the pattern drops), as GHC's.
        return A.DPatBind(self.to_pat(lhs), rhs, lhs.span if start is None else start.to(lhs.span))

    def rhs(self, eq: str) -> A.Rhs:
        start = self.peek().span
        guards: list[tuple[list[A.Stmt], A.Expr]] = []
        body: A.Expr | None = None
        if self.is_op("|"):
            while self.is_op("|"):
                self.next()
                quals = [self.qualifier()]
                while self.is_special(","):
                    self.next()
                    quals.append(self.qualifier())
                self.expect("reservedop", eq)
                guards.append((quals, self.expr()))
                # DoAndIfThenElse-like: guards of an alternative go on at the same indentation only
                # inside the layout of the equation, so a virtual semicolon ends them.
        else:
            self.expect("reservedop", eq)
            body = self.expr()
        # The right side's span runs from its `=` (or first guard) to its last expression's end, the
        # parenthesis around that expression included (`Just x = (Nothing)`: GHC's span ends there).
        last = body if body is not None else guards[-1][1]
        span = start.to(self.outer_span(last))
        where: list[A.Decl] = []
        if self.is_kw("where"):
            self.next()
            for item in self.block(self.decl):
                where.extend(item)
        return A.Rhs(guards, body, where, span)

    # ---- expressions ----

    def expr(self) -> A.Expr:
        e = self.infix_expr()
        if self.is_op("::"):
            self.next()
            context, ty = self.context_and_type()
            return A.ETyped(e, context, ty, e.span.to(ty.span))
        return e

    def op_token(self) -> tuple[str, Span, bool] | None:
        """The operator at the current token, without reading it: (name, span, is a constructor)."""
        t = self.peek()
        if t.kind in ("varsym", "qvarsym"):
            return t.text, t.span, False
        if t.kind in ("consym", "qconsym") or (t.kind == "reservedop" and t.text == ":"):
            return t.text, t.span, True
        if t.kind == "special" and t.text == "`":
            return "`", t.span, False
        return None

    def read_op(self) -> tuple[str, Span, bool]:
        t = self.next()
        if t.kind == "special" and t.text == "`":
            name = self.next()
            if name.kind not in ("varid", "qvarid", "conid", "qconid"):
                raise self.error(name)
            self.expect("special", "`")
            return name.text, name.span, name.kind in ("conid", "qconid")
        return t.text, t.span, t.kind in ("consym", "qconsym", "reservedop")

    def infix_expr(self, section: bool = False, neg: Span | None = None) -> A.Expr:
        """An operator expression; with `section`, one that may end with an operator (a left section),
        returned as ELeftSection."""
        items: list[object] = []  # operands (Expr) and operators (tuple), a leading "-" as ("neg", span)
        if neg is not None:
            items.append(("neg", neg))
        while True:
            if neg is None and self.is_("varsym", "-"):
                t = self.next()
                items.append(("neg", t.span))
            e = self.lexp()
            items.append(e)
            op = self.op_token()
            if op is None:
                break
            opname, opspan, is_con = self.read_op()
            if section and self.is_special(")"):
                operand = self.resolve(items)
                op_expr: A.Expr = A.ECon(opname, opspan) if is_con else A.EVar(opname, opspan)
                return A.ELeftSection(operand, op_expr, operand.span.to(opspan))
            items.append((opname, opspan, is_con))
            neg = None
        return self.resolve(items)

    def fixity(self, name: str) -> tuple[str, int]:
        return self.fixities.get(_unqualified(name), ("infixl", 9))

    def resolve(self, items: list[object]) -> A.Expr:
        """Report 10.6's fixity resolution of operands, operators and prefix negations."""
        toks = list(items)
        pos = 0

        def go(op1: tuple[str, int]) -> A.Expr:
            nonlocal pos
            first = toks[pos]
            if isinstance(first, tuple) and first[0] == "neg":
                span = first[1]
                if op1[1] >= 6:
                    raise ParseError("cannot mix prefix `-' with an operator of higher precedence", span)
                pos += 1
                r = go(("infixl", 6))
                left: A.Expr = A.ENeg(r, span.to(r.span))
                return rest(op1, left)
            pos += 1
            return rest(op1, first)  # type: ignore[arg-type]

        def rest(op1: tuple[str, int], left: A.Expr) -> A.Expr:
            nonlocal pos
            while pos < len(toks):
                tok = toks[pos]
                assert isinstance(tok, tuple)
                name: str = tok[0]
                span: Span = tok[1]
                is_con: bool = tok[2]
                assoc2, prec2 = self.fixity(name)
                assoc1, prec1 = op1
                if prec1 == prec2 and (assoc1 != assoc2 or assoc1 == "infix"):
                    raise ParseError(
                        f"precedence parsing error: cannot mix operators of precedence {prec1} "
                        f"({assoc1}) and '{name}' [{assoc2} {prec2}] in the same infix expression",
                        span,
                    )
                if prec1 > prec2 or (prec1 == prec2 and assoc1 == "infixl"):
                    return left
                pos += 1
                right = go((assoc2, prec2))
                op: A.Expr = A.ECon(name, span) if is_con else A.EVar(name, span)
                start = self.outer_span(left)
                app = A.EApp(A.EApp(op, left, start.to(span)), right, start.to(self.outer_span(right)))
                left = app
            return left

        return go(("infixl", -1))

    def lexp(self) -> A.Expr:
        t = self.peek()
        if t.kind == "reservedop" and t.text == "\\":
            self.next()
            pats = []
            while not self.is_op("->"):
                pats.append(self.to_pat(self.aexp()))
            self.next()
            body = self.expr()
            return A.ELam(pats, body, t.span.to(body.span))
        if t.kind == "keyword":
            if t.text == "let":
                self.next()
                decls: list[A.Decl] = []
                for item in self.block(self.decl):
                    decls.extend(item)
                self.expect("keyword", "in")
                body = self.expr()
                return A.ELet(decls, body, t.span.to(body.span))
            if t.text == "if":
                self.next()
                cond = self.expr()
                self.skip_semi()
                self.expect("keyword", "then")
                then = self.expr()
                self.skip_semi()
                self.expect("keyword", "else")
                other = self.expr()
                return A.EIf(cond, then, other, t.span.to(other.span))
            if t.text == "case":
                self.next()
                scrut = self.expr()
                self.expect("keyword", "of")
                alts = self.block(self.alt)
                return A.ECase(scrut, alts, t.span)
            if t.text == "do":
                self.next()
                stmts = self.block(self.stmt)
                if not stmts or not isinstance(stmts[-1], A.SExpr):
                    raise ParseError("The last statement in a 'do' block must be an expression", t.span)
                return A.EDo(stmts, t.span)
        return self.fexp()

    def skip_semi(self) -> None:
        if self.is_("vsemi") or self.is_special(";"):
            self.next()

    def alt(self) -> A.Alt:
        start = self.peek().span
        pat = self.to_pat(self.infix_expr())
        return A.Alt(pat, self.rhs("->"), start)

    def stmt(self) -> A.Stmt:
        """A `do` statement: the same forms as a qualifier."""
        return self.qualifier()

    def qualifier(self) -> A.Stmt:
        """A guard, a list comprehension's qualifier or a `do` statement: `p <- e`, `let decls` (or
        `let decls in e`, an expression), or an expression."""
        t = self.peek()
        if t.kind == "keyword" and t.text == "let":
            self.next()
            decls: list[A.Decl] = []
            for item in self.block(self.decl):
                decls.extend(item)
            if self.is_kw("in"):
                self.next()
                body = self.expr()
                return A.SExpr(A.ELet(decls, body, t.span.to(body.span)), t.span)
            return A.SLet(decls, t.span)
        e = self.expr()
        if self.is_op("<-"):
            self.next()
            return A.SBind(self.to_pat(e), self.expr(), t.span)
        return A.SExpr(e, t.span)

    def fexp(self) -> A.Expr:
        e = self.aexp()
        while self.starts_aexp():
            arg = self.aexp()
            e = A.EApp(e, arg, self.outer_span(e).to(self.outer_span(arg)))
        return e

    def outer_span(self, e: A.Expr) -> Span:
        """The span of an expression with the parentheses around it, if any."""
        return self.paren_spans.get(id(e), e.span)

    def starts_aexp(self) -> bool:
        t = self.peek()
        if t.kind in ("varid", "qvarid", "conid", "qconid", "int", "float", "char", "string"):
            return True
        if t.kind == "special" and t.text in ("(", "["):
            return True
        if t.kind == "keyword" and t.text == "_":
            return True
        return (t.kind == "reservedop" and t.text == "~") or t.kind in ("bang", "bang_off")

    def aexp(self) -> A.Expr:
        start = self.peek().span  # an update's span starts at its record's parenthesis, as GHC's does
        e = self.aexp1()
        # Record construction and update: C { f = e }, e { f = e }.
        while self.is_special("{"):
            self.next()
            fields_: list[tuple[str, A.Expr]] = []
            while not self.is_special("}"):
                name = self.next()
                if name.kind not in ("varid", "qvarid"):
                    raise self.error(name)
                self.expect("reservedop", "=")
                fields_.append((name.text, self.expr()))
                if self.is_special(","):
                    self.next()
            end = self.next()
            if isinstance(e, A.ECon):
                e = A.ERecCon(e.name, fields_, e.span.to(end.span))
            else:
                e = A.ERecUpdate(e, fields_, start.to(end.span))
        return e

    def aexp1(self) -> A.Expr:
        t = self.next()
        k = t.kind
        if k in ("varid", "qvarid"):
            if self.is_op("@"):
                self.next()
                inner = self.to_pat(self.aexp())
                return A.EPatOnly(A.PAs(t.text, inner, t.span.to(inner.span)), t.span)
            return A.EVar(t.text, t.span)
        if k in ("conid", "qconid"):
            return A.ECon(t.text, t.span)
        if k == "int":
            return A.ELit(_int_value(t.text), "int", t.span)
        if k == "float":
            return A.ELit(float(t.text), "float", t.span)
        if k == "char":
            return A.ELit(chr(char_value(t.text)), "char", t.span)
        if k == "string":
            return A.ELit(string_value(t.text), "string", t.span)
        if k == "keyword" and t.text == "_":
            return A.EPatOnly(A.PWild(t.span), t.span)
        if k == "reservedop" and t.text == "~":
            inner = self.to_pat(self.aexp())
            return A.EPatOnly(A.PLazy(inner, t.span), t.span)
        if k in ("bang", "bang_off"):  # lexer.py
            inner = self.to_pat(self.aexp())
            bang = A.PBang(inner, t.span.to(inner.span))
            if k == "bang_off":
                self.illegal_bangs.add(id(bang))
            return A.EPatOnly(bang, t.span)
        if k == "special" and t.text == "(":
            return self.paren(t)
        if k == "special" and t.text == "[":
            return self.bracket(t)
        raise self.error(t)

    def paren(self, open_: Token) -> A.Expr:
        t = self.peek()
        if t.kind == "special" and t.text == ")":
            end = self.next()
            return A.ECon("()", open_.span.to(end.span))
        if t.kind == "special" and t.text == ",":
            n = 1
            while self.is_special(","):
                self.next()
                n += 1
            end = self.expect("special", ")")
            return A.ECon("(" + "," * (n - 1) + ")", open_.span.to(end.span))
        op = self.op_token()
        if op is not None and not (t.kind == "varsym" and t.text == "-"):
            name, span, is_con = self.read_op()
            op_expr: A.Expr = A.ECon(name, span) if is_con else A.EVar(name, span)
            if self.is_special(")"):
                end = self.next()
                whole = open_.span.to(end.span)  # `(+)`: GHC's location is its parenthesis
                return A.ECon(name, whole) if is_con else A.EVar(name, whole)
            operand = self.infix_expr()
            end = self.expect_close(")")
            return A.ERightSection(op_expr, operand, open_.span.to(end.span))
        neg = None
        if t.kind == "varsym" and t.text == "-":
            minus = self.next()
            if self.is_special(")"):
                end = self.next()
                return A.EVar("-", open_.span.to(end.span))
            neg = minus.span
        first = self.infix_expr(section=True, neg=neg)
        if isinstance(first, A.ELeftSection):
            end = self.expect_close(")")
            first.span = open_.span.to(end.span)
            return first
        if self.is_op("::"):
            self.next()
            context, ty = self.context_and_type()
            first = A.ETyped(first, context, ty, first.span.to(ty.span))
        items: list[A.Expr] = [first]
        while self.is_special(","):
            self.next()
            items.append(self.expr())
        end = self.expect_close(")")
        if len(items) == 1:
            # A parenthesised expression keeps its own span (an error inside points there, as GHC's does);
            # an application or operator application around it starts or ends at the parenthesis.
            self.paren_spans[id(items[0])] = open_.span.to(end.span)
            return items[0]
        return A.ETuple(items, open_.span.to(end.span))

    def bracket(self, open_: Token) -> A.Expr:
        if self.is_special("]"):
            end = self.next()
            return A.ECon("[]", open_.span.to(end.span))
        first = self.expr()
        if self.is_op(".."):
            self.next()
            end_e = None if self.is_special("]") else self.expr()
            end = self.expect_close("]")
            return A.ESeq(first, None, end_e, open_.span.to(end.span))
        if self.is_op("|"):
            self.next()
            quals = [self.qualifier()]
            while self.is_special(","):
                self.next()
                quals.append(self.qualifier())
            end = self.expect_close("]")
            return A.EComp(first, quals, open_.span.to(end.span))
        items = [first]
        if self.is_special(","):
            self.next()
            second = self.expr()
            if self.is_op(".."):
                self.next()
                end_e = None if self.is_special("]") else self.expr()
                end = self.expect_close("]")
                return A.ESeq(first, second, end_e, open_.span.to(end.span))
            items.append(second)
            while self.is_special(","):
                self.next()
                items.append(self.expr())
        end = self.expect_close("]")
        return A.EList(items, open_.span.to(end.span))

    # ---- expressions to patterns ----

    def to_pat(self, e: A.Expr) -> A.Pat:
        if isinstance(e, A.EPatOnly):
            if id(e.pat) in self.illegal_bangs:
                raise ParseError(f"Illegal bang-pattern (use BangPatterns): {A.show_expr(e.pat)}", e.pat.span)
            return e.pat
        if isinstance(e, A.EVar):
            if ("." in e.name and e.name[0].isupper()) or not (e.name[0].isalpha() or e.name[0] == "_"):
                raise ParseError(f"Qualified name or operator in binding position: {e.name}", e.span)
            return A.PVar(e.name, e.span)
        if isinstance(e, A.ECon):
            return A.PCon(e.name, [], e.span)  # qualified as written: check.resolve_con
        if isinstance(e, A.ELit):
            return A.PLit(e.value, e.kind, e.span)
        if isinstance(e, A.ENeg) and isinstance(e.expr, A.ELit) and e.expr.kind in ("int", "float"):
            v = e.expr.value
            assert isinstance(v, int | float)
            return A.PLit(-v, e.expr.kind, e.span)
        if isinstance(e, A.ETuple):
            return A.PCon("(" + "," * (len(e.items) - 1) + ")", [self.to_pat(x) for x in e.items], e.span)
        if isinstance(e, A.EList):
            return _list_pat([self.to_pat(x) for x in e.items], e.span)
        if isinstance(e, A.ERecCon):
            return A.PRec(_unqualified(e.con), [(f, self.to_pat(x)) for f, x in e.fields], e.span)
        if isinstance(e, A.EApp):
            head, args = _spine(e)
            if isinstance(head, A.ECon):
                return A.PCon(head.name, [self.to_pat(a) for a in args], e.span)
        raise ParseError("Parse error in pattern", e.span)


def _ends_block(t: Token) -> bool:
    """A token that cannot begin a declaration, alternative or statement: met after a layout semicolon
    (`where` under a `do` block at the block's indentation), it ends the implicit block (parse-error(t))."""
    if t.kind == "keyword":
        return t.text in ("where", "in", "then", "else", "of", "deriving")
    if t.kind == "special":
        return t.text in (")", "]", ",")
    return t.kind == "reservedop" and t.text in ("=", "|", "->", "=>", "::")


def _is_var_op(name: str) -> bool:
    return bool(name) and not name[0].isupper() and not name.startswith(":")


def _list_pat(items: list[A.Pat], span: Span) -> A.Pat:
    pat: A.Pat = A.PCon("[]", [], span)
    for item in reversed(items):
        pat = A.PCon(":", [item, pat], span)
    return pat


def _spine(e: A.Expr) -> tuple[A.Expr, list[A.Expr]]:
    args: list[A.Expr] = []
    while isinstance(e, A.EApp):
        args.append(e.arg)
        e = e.fun
    args.reverse()
    return e, args


def type_spine(t: A.Type) -> tuple[A.Type, list[A.Type]]:
    args: list[A.Type] = []
    while isinstance(t, A.TyApp):
        args.append(t.arg)
        t = t.fun
    args.reverse()
    return t, args


def _int_value(text: str) -> int:
    low = text.lower()
    if low.startswith("0x"):
        return int(text[2:], 16)
    if low.startswith("0o"):
        return int(text[2:], 8)
    if low.startswith("0b"):
        return int(text[2:], 2)
    return int(text)


def parse(tokens: list[Token], diags: DiagnosticBag) -> A.Module | None:
    parser = Parser(tokens)
    try:
        mod = parser.module()
    except ParseError as exc:
        diags.error("syntax", exc.message, exc.span)
        return None
    for message, span in parser.ts.errors:
        diags.error("syntax", message, span)
        return None
    return mod
