"""The Java parser: tokens to the syntax tree of ast.py, by recursive descent with precedence climbing.

Recovery: a statement or member that does not parse is reported once, and the parser skips to the next
`;` or `}` (javac's own recovery is subtler; the first error is reported as javac reports it where the
messages agree: "';' expected" and the like)."""

from __future__ import annotations

import math
import struct
from fractions import Fraction
from typing import NoReturn

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.java import ast as A
from compilers.frontends.java.generic import split
from compilers.frontends.java.lexer import literal_value
from compilers.tokens import Token

PRIMITIVES = frozenset({"int", "long", "char", "boolean", "byte", "short", "void", "double", "float"})
MODIFIERS = frozenset(
    {"public", "private", "protected", "static", "final", "abstract", "native", "synchronized", "transient",
     "volatile", "strictfp", "default"}
)  # fmt: skip
ASSIGN_OPS = frozenset({"=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", ">>>="})
BINARY_PREC = {
    "||": 1, "&&": 2, "|": 3, "^": 4, "&": 5, "==": 6, "!=": 6, "<": 7, ">": 7, "<=": 7, ">=": 7,
    "instanceof": 7, "<<": 8, ">>": 8, ">>>": 8, "+": 9, "-": 9, "*": 10, "/": 10, "%": 10,
}  # fmt: skip


def simple_name(name: str) -> str:
    """A library class's qualified name (java.util.ArrayList, java.util.function.Function) is its simple
    one; a program's own Outer.Inner is kept."""
    parts = name.split(".")
    if parts[0] != "java":
        return name
    while len(parts) > 1 and parts[0][:1].islower():
        parts.pop(0)
    return ".".join(parts)


class ParseError(Exception):
    pass


class _Parser:
    def __init__(self, tokens: list[Token], diags: DiagnosticBag) -> None:
        self.toks = tokens
        self.pos = 0
        self.diags = diags
        self.previews: set[str] = set()  # the preview features reported (javac reports each once)
        self.late_preview: tuple[str, str, Span] | None = None  # one javac finds after parsing

    # ---- tokens

    @property
    def tok(self) -> Token:
        return self.toks[self.pos]

    def peek(self, k: int = 1) -> Token:
        return self.toks[min(self.pos + k, len(self.toks) - 1)]

    def at(self, text: str) -> bool:
        t = self.tok
        return t.text == text and t.kind in ("punct", "keyword", "ident")

    def accept(self, text: str) -> bool:
        if self.at(text):
            self.pos += 1
            return True
        return False

    def expect(self, text: str) -> Token:
        if self.at(text):
            t = self.tok
            self.pos += 1
            return t
        if self.tok.kind == "eof":
            self.fail("reached end of file while parsing", self._after_previous())
        self.fail(f"'{text}' expected", self._after_previous() if text in (";", ")", "]") else self.tok.span)
        raise AssertionError("unreachable")  # fail raises

    def _after_previous(self) -> Span:
        # javac reports a missing ';' just after the previous token.
        if self.pos == 0:
            return self.tok.span
        prev = self.toks[self.pos - 1].span
        return Span(prev.file, prev.end_line, prev.end_column, prev.end_line, prev.end_column + 1)

    def fail(self, message: str, span: Span | None = None) -> NoReturn:
        where = span or self.tok.span
        last = self.diags.items[-1] if self.diags.items else None
        if last is None or (last.message, last.span) != (message, where):  # said once at one place
            self.diags.error("syntax", message, where)
        raise ParseError

    def ident(self) -> Token:
        t = self.tok
        if t.kind != "ident":
            self.fail("<identifier> expected")
        self.pos += 1
        return t

    def sync(self) -> None:
        """Skip to just after the next ';' or to the next '}' at this nesting."""
        depth = 0
        while self.tok.kind != "eof":
            t = self.tok.text
            if t == "{":
                depth += 1
            elif t == "}":
                if depth == 0:
                    return
                depth -= 1
                if depth == 0:
                    self.pos += 1
                    return
            elif t == ";" and depth == 0:
                self.pos += 1
                return
            self.pos += 1

    # ---- compilation unit

    def unit(self) -> A.CompilationUnit:
        start = self.tok.span
        classes: list[A.ClassDecl] = []
        static_imports: list[tuple[str, str]] = []
        while self.at("import") or self.at("package"):
            t = self.tok
            self.pos += 1
            static = self.accept("static")
            words = []
            while not self.at(";") and self.tok.kind != "eof":
                words.append(self.tok.text)
                self.pos += 1
            self.accept(";")
            name = "".join(words)
            owner, _, member = name.rpartition(".")
            if t.text == "package":
                self.diags.error(
                    "unsupported", "a package declaration is not supported: one file, no package", t.span
                )
            elif static and owner in ("java.lang.Math", "java.lang.StrictMath"):  # max(a, b), PI
                static_imports.append((owner.rpartition(".")[2], member))
            elif static:
                self.diags.error(
                    "unsupported",
                    f"import static {name} is not supported in this Java subset (of Math's members it is)",
                    t.span,
                )
            elif not (name.startswith(("java.util.", "java.lang.", "java.io.")) or name == "java.util"):
                self.diags.error(
                    "unsupported", f"import of {name} is not supported in this Java subset", t.span
                )
        while self.tok.kind != "eof":
            try:
                classes.append(self.class_decl(self.modifiers()))
            except ParseError:
                self.sync()
                if self.at("}"):
                    self.pos += 1
        return A.CompilationUnit(start, classes, static_imports)

    def modifiers(self) -> set[str]:
        mods: set[str] = set()
        while True:
            if self.tok.text in MODIFIERS and self.tok.kind == "keyword":
                mods.add(self.tok.text)
                self.pos += 1
            elif self.sealing():  # `sealed` and `non-sealed` (Java 17): contextual keywords
                mods.add("sealed" if self.tok.text == "sealed" else "non-sealed")
                self.pos += 1 if self.tok.text == "sealed" else 3
            elif self.at("@"):
                self.annotation()
            else:
                return mods

    def annotation(self) -> None:
        """Skip `@Override` or `@SuppressWarnings("unchecked")`: accepted, and of no effect."""
        self.expect("@")
        self.ident()
        if self.at("("):  # its arguments are skipped
            depth = 0
            while self.tok.kind != "eof":
                depth += self.tok.text == "("
                depth -= self.tok.text == ")"
                self.pos += 1
                if depth == 0:
                    break

    def sealing(self) -> bool:
        """At `sealed` or `non-sealed` before a class or interface (or another modifier of one)."""
        t = self.tok
        if t.kind != "ident" or t.text not in ("sealed", "non"):
            return False
        k = 1
        if t.text == "non":
            if self.peek(1).text != "-" or self.peek(2).text != "sealed":
                return False
            k = 3
        after = self.peek(k)
        return after.kind == "keyword" and (after.text in MODIFIERS or after.text in ("class", "interface"))

    def class_decl(self, mods: set[str]) -> A.ClassDecl:
        t = self.tok
        if t.kind == "ident" and t.text == "record" and self.peek().kind == "ident":
            return self.record_decl(mods)
        if not (self.at("class") or self.at("interface") or self.at("enum")):
            self.fail("class, interface, enum, or record expected")
        kind = t.text
        self.pos += 1
        name = self.ident()
        tparams = self.type_params() if self.at("<") else []
        extends: str | None = None
        implements: list[str] = []
        if kind != "enum" and self.accept("extends"):
            if kind == "interface":
                implements.extend(self.type_list())
            else:
                extends = self.type_()
        if self.accept("implements"):
            implements.extend(self.type_list())
        if self.tok.kind == "ident" and self.tok.text == "permits":  # a sealed class's subclasses
            self.pos += 1
            self.type_list()
        decl = A.ClassDecl(t.span, mods, kind, name.text, extends, implements, [], [], [])
        decl.tparams = tparams
        self.expect("{")
        if kind == "enum":
            self.enum_constants(decl)
        self.members(decl)
        return decl

    def type_params(self) -> list[tuple[str, str]]:
        """`<T, U extends Comparable<U>>`: each name and its bound (Object when none is written)."""
        self.expect("<")
        out: list[tuple[str, str]] = []
        while True:
            name = self.ident().text
            bound = "Object"
            if self.accept("extends"):
                bound = self.type_()
                if self.at("&"):
                    self.fail("intersection bounds are not supported in this Java subset")
            out.append((name, bound))
            if not self.accept(","):
                break
        self.close_angle()
        return out

    def type_list(self) -> list[str]:
        out = [self.type_()]
        while self.accept(","):
            out.append(self.type_())
        return out

    def members(self, decl: A.ClassDecl) -> None:
        while not self.at("}") and self.tok.kind != "eof":
            try:
                self.member(decl)
            except ParseError:
                self.sync()
        self.expect("}")

    def enum_constants(self, decl: A.ClassDecl) -> None:
        """`A, B(1), C;` at the start of an enum's body."""
        while self.tok.kind == "ident":
            name = self.ident()
            args = self.arguments() if self.at("(") else []
            body: A.ClassDecl | None = None
            if self.at("{"):  # a class body: an anonymous subclass of the enum (Main$Op$1)
                body = A.ClassDecl(self.tok.span, set(), "class", "", None, [], [], [], [])
                self.pos += 1
                self.members(body)
            decl.constants.append(A.EnumConstant(name.span, name.text, args, body))
            if not self.accept(","):
                break
        if not self.at("}"):
            self.expect(";")

    def record_decl(self, mods: set[str]) -> A.ClassDecl:
        """A record, written out as the class Java defines for it (JLS 8.10): private final fields, the
        canonical constructor (or the compact one completed with the field assignments), accessors, and
        toString, equals and hashCode where the record does not declare them."""
        t = self.tok
        self.pos += 1
        name = self.ident()
        tparams = self.type_params() if self.at("<") else []  # `record Pair<A, B>(A first, B second)`
        comps = self.parameters()
        implements: list[str] = []
        if self.accept("implements"):
            implements.extend(self.type_list())
        decl = A.ClassDecl(t.span, mods | {"final"}, "record", name.text, None, implements, [], [], [])
        decl.tparams = tparams
        self.expect("{")
        compact: A.Block | None = None
        while not self.at("}") and self.tok.kind != "eof":
            try:
                start = self.tok.span
                save = self.pos
                self.modifiers()
                if self.tok.text == name.text and self.peek().text == "{":
                    self.pos += 1
                    compact = self.block()
                    continue
                self.pos = save
                del start
                self.member(decl)
            except ParseError:
                self.sync()
        self.expect("}")
        from compilers.frontends.java.records import complete_record

        complete_record(decl, comps, compact)
        return decl

    def member(self, decl: A.ClassDecl) -> None:
        if self.accept(";"):
            return
        start = self.tok.span
        if self.at("static") and self.peek().text == "{":
            self.pos += 1
            decl.inits.append(self.block())
            return
        if self.at("{"):
            decl.instance_inits.append((len(decl.fields), self.block()))
            return
        mods = self.modifiers()
        if (
            self.at("class")
            or self.at("interface")
            or self.at("enum")
            or (self.tok.text == "record" and self.peek().kind == "ident")
        ):
            decl.nested.append(self.class_decl(mods))
            return
        tparams = self.type_params() if self.at("<") else []
        if self.tok.kind == "ident" and self.tok.text == decl.name and self.peek().text == "(":
            name = self.ident()
            decl.methods.append(self.method_rest(mods, "", name, start))
            decl.methods[-1].tparams = tparams
            return
        ty = self.type_()
        name = self.ident()
        if self.at("("):
            decl.methods.append(self.method_rest(mods, ty, name, start))
            decl.methods[-1].tparams = tparams
            return
        if tparams:
            self.fail("'(' expected")
        while True:
            fty = ty + self.dims()
            init = self.var_init(fty) if self.accept("=") else None
            decl.fields.append(A.FieldDecl(name.span, mods, fty, name.text, init))
            if not self.accept(","):
                break
            name = self.ident()
        self.expect(";")

    def parameters(self) -> list[A.Param]:
        """`(T a, U b)`: a method's or constructor's parameters, or a record's components."""
        self.expect("(")
        params: list[A.Param] = []
        if not self.at(")"):
            while True:
                self.modifiers()
                pty = self.type_()
                varargs = self.accept("...")  # `int... xs`: an int[] that calls spread into
                pname = self.ident()
                params.append(A.Param(pname.span, pty + self.dims() + ("[]" if varargs else ""), pname.text))
                params[-1].varargs = varargs
                if varargs and not self.at(")"):
                    self.diags.error("syntax", "varargs parameter must be the last parameter", pname.span)
                if not self.accept(","):
                    break
        self.expect(")")
        return params

    def method_rest(self, mods: set[str], ret: str, name: Token, start: Span) -> A.MethodDecl:
        params = self.parameters()
        ret += self.dims()
        throws: list[str] = []
        if self.accept("throws"):
            throws.append(self.type_())
            while self.accept(","):
                throws.append(self.type_())
        body = None if self.accept(";") else self.block()
        return A.MethodDecl(name.span, mods, ret, name.text, params, throws, body)

    # ---- types

    def dims(self) -> str:
        out = ""
        while self.at("[") and self.peek().text == "]":
            self.pos += 2
            out += "[]"
        return out

    def type_(self) -> str:
        t = self.tok
        if t.kind == "keyword" and t.text in PRIMITIVES:
            self.pos += 1
            return t.text + self.dims()
        name = self.ident().text
        while self.at(".") and self.peek().kind == "ident":
            self.pos += 1
            name += "." + self.ident().text
        name = simple_name(name)
        if self.at("<"):
            name += self.type_args()
        return name + self.dims()

    def type_args(self) -> str:
        self.expect("<")
        if self.at(">"):
            self.pos += 1
            return "<>"
        args = [self.type_arg()]
        while self.accept(","):
            args.append(self.type_arg())
        self.close_angle()
        return "<" + ",".join(args) + ">"

    def type_arg(self) -> str:
        if self.accept("?"):  # a wildcard, spelled as javac prints it
            if self.accept("extends"):
                return "? extends " + self.type_()
            if self.accept("super"):
                return "? super " + self.type_()
            return "?"
        return self.type_()

    def close_angle(self) -> None:
        t = self.tok
        if t.text == ">":
            self.pos += 1
        elif t.kind == "punct" and t.text.startswith(">"):
            # `>>` or `>>>` closing nested type arguments: split the token.
            # `>>` or `>>>` closing nested type arguments: split the token in the list, so that a
            # speculative parse (looks_like_decl) leaves the same tokens for the real one.
            rest = t.text[1:]
            s = t.span
            first = Token("punct", ">", Span(s.file, s.line, s.column, s.line, s.column + 1))
            second = Token("punct", rest, Span(s.file, s.line, s.column + 1, s.end_line, s.end_column))
            self.toks[self.pos : self.pos + 1] = [first, second]
            self.pos += 1
        else:
            self.fail("'>' expected")

    def looks_like_decl(self) -> bool:
        """Whether a local variable declaration starts here: Type [<..>] [[]...] ident."""
        t = self.tok
        if t.kind == "keyword" and t.text in PRIMITIVES:
            return True
        if t.kind != "ident":
            return False
        save = self.pos
        mark = len(self.diags.items)
        try:
            self.type_()
            return self.tok.kind == "ident"
        except ParseError:
            return False
        finally:
            self.pos = save
            del self.diags.items[mark:]

    def method_ref_type_args(self) -> str:
        """The type arguments of a method reference's class (`Pair<String, Integer>::getKey`), or "" when
        the `<` here is not one (a comparison), nothing taken."""
        save = self.pos
        mark = len(self.diags.items)
        try:
            targs = self.type_args()
            if self.at("::"):
                return targs
        except ParseError:
            pass
        self.pos = save
        del self.diags.items[mark:]
        return ""

    # ---- statements

    def block(self) -> A.Block:
        start = self.expect("{").span
        body: list[A.Stmt] = []
        while not self.at("}") and self.tok.kind != "eof":
            body.extend(self.block_stmt())
        end = self.expect("}").span
        return A.Block(start, body, end)

    def block_stmt(self) -> list[A.Stmt]:
        try:
            mods: set[str] = set()
            while self.at("final") or self.at("abstract") or self.at("@"):
                if self.at("@"):  # `@SuppressWarnings("unchecked") T t = (T) items[i];`
                    self.annotation()
                    continue
                mods.add(self.tok.text)
                self.pos += 1
            if (
                self.at("class")
                or self.at("interface")
                or self.at("enum")
                or (self.tok.text == "record" and self.peek().kind == "ident" and self.peek(2).text == "(")
            ):
                start = self.tok.span
                return [A.LocalClass(start, self.class_decl(mods))]
            if self.at_yield():
                return [self.statement()]  # `yield x;` is not a declaration of x
            if self.looks_like_decl():
                decls = self.local_decl()
                self.expect(";")
                for d in decls:
                    d.final = "final" in mods
                return list(decls)
            return [self.statement()]
        except ParseError:
            self.sync()
            return []

    def at_yield(self) -> bool:
        """At a `yield` statement (not a use of a variable or method named yield)."""
        return (
            self.tok.kind == "ident" and self.tok.text == "yield" and self.peek().text not in ("=", "(", ".")
        )

    def local_decl(self) -> list[A.LocalVar]:
        start = self.tok.span
        ty = self.type_()
        out: list[A.LocalVar] = []
        while True:
            name = self.ident()
            vty = ty + self.dims()
            init = self.var_init(vty) if self.accept("=") else None
            out.append(A.LocalVar(start, vty, name.text, init, name.span))
            if not self.accept(","):
                return out

    def var_init(self, ty: str) -> A.Expr:
        if self.at("{"):
            return self.array_lit(ty)
        return self.expr()

    def array_lit(self, ty: str) -> A.ArrayLit:
        start = self.expect("{").span
        elems: list[A.Expr] = []
        elem_ty = ty[:-2] if ty.endswith("[]") else ""
        while not self.at("}"):
            elems.append(self.array_lit(elem_ty) if self.at("{") else self.expr())
            if not self.accept(","):
                break
        self.expect("}")
        return A.ArrayLit(start, elems, ty)

    def statement(self) -> A.Stmt:
        t = self.tok
        s = t.span
        if self.at("{"):
            return self.block()
        if self.accept(";"):
            return A.Empty(s)
        if self.accept("if"):
            cond = self.paren_expr()
            then = self.statement()
            other = self.statement() if self.accept("else") else None
            return A.If(s, cond, then, other)
        if self.accept("while"):
            cond = self.paren_expr()
            return A.While(s, cond, self.statement())
        if self.accept("do"):
            body = self.statement()
            self.expect("while")
            cond = self.paren_expr()
            self.expect(";")
            return A.DoWhile(s, body, cond)
        if self.accept("for"):
            return self.for_rest(s)
        if self.accept("switch"):
            return self.switch_rest(s)
        if self.accept("break"):
            label = self.ident().text if self.tok.kind == "ident" else ""
            self.expect(";")
            return A.Break(s, label)
        if self.accept("continue"):
            label = self.ident().text if self.tok.kind == "ident" else ""
            self.expect(";")
            return A.Continue(s, label)
        if self.accept("return"):
            value = None if self.at(";") else self.expr()
            self.expect(";")
            return A.Return(s, value)
        if self.accept("throw"):
            value = self.expr()
            self.expect(";")
            return A.Throw(s, value)
        if self.accept("try"):
            return self.try_rest(s)
        if t.kind == "ident" and self.peek().text == ":":
            self.pos += 2
            return A.Labeled(s, t.text, self.statement())
        if self.at_yield():
            # `yield v;` is a statement anywhere in a switch expression's block, an `if`'s branch too
            self.pos += 1
            value = self.expr()
            self.expect(";")
            return A.Yield(s, value)
        if t.text in ("assert", "synchronized", "yield") and t.kind == "keyword":
            self.fail(f"'{t.text}' statements are not supported in this Java subset")
        e = self.expr()
        if not isinstance(e, A.Assign | A.IncDec | A.Call | A.New):
            self.diags.error("syntax", "not a statement", e.span)
        self.expect(";")
        return A.ExprStmt(s, e)

    def paren_expr(self) -> A.Expr:
        self.expect("(")
        e = self.expr()
        self.expect(")")
        return e

    def for_rest(self, s: Span) -> A.Stmt:
        self.expect("(")
        init: list[A.Stmt] = []
        self.accept("final")
        if self.looks_like_decl():
            decls = self.local_decl()
            if len(decls) == 1 and decls[0].init is None and self.accept(":"):
                iterable = self.expr()
                self.expect(")")
                return A.ForEach(s, decls[0], iterable, self.statement())
            init.extend(decls)
        elif not self.at(";"):
            init.append(A.ExprStmt(self.tok.span, self.expr()))
            while self.accept(","):
                init.append(A.ExprStmt(self.tok.span, self.expr()))
        self.expect(";")
        cond = None if self.at(";") else self.expr()
        self.expect(";")
        update: list[A.Expr] = []
        if not self.at(")"):
            update.append(self.expr())
            while self.accept(","):
                update.append(self.expr())
        self.expect(")")
        return A.For(s, init, cond, update, self.statement())

    def switch_rest(self, s: Span) -> A.Switch:
        subject = self.paren_expr()
        return A.Switch(s, subject, self.switch_body(False))

    def switch_body(self, is_expr: bool) -> list[A.Case]:
        """The cases of a switch: `case A, B:` statements (falling through), or `case A ->` an
        expression, a block or a throw. In a switch expression an arrow's expression is yielded."""
        self.expect("{")
        cases: list[A.Case] = []
        while not self.at("}") and self.tok.kind != "eof":
            cs = self.tok.span
            labels: list[A.Expr] = []
            if self.accept("default"):
                pass
            else:
                self.expect("case")
                labels.append(self.case_label())
                while self.accept(","):
                    labels.append(self.case_label())
            if self.accept("->"):
                if self.at("{"):
                    body: list[A.Stmt] = [self.block()]
                elif self.at("throw"):
                    body = [self.statement()]
                else:
                    e = self.expr()
                    self.expect(";")
                    body = [A.Yield(e.span, e) if is_expr else A.ExprStmt(e.span, e)]
                if not is_expr:
                    body.append(A.Break(cs))
                cases.append(A.Case(cs, labels, body))
                continue
            self.expect(":")
            body = []
            while not (self.at("case") or self.at("default") or self.at("}")) and self.tok.kind != "eof":
                body.extend(self.block_stmt())
            cases.append(A.Case(cs, labels, body))
        self.expect("}")
        return cases

    def case_label(self) -> A.Expr:
        """A case's constant. `case null` and a type pattern (`case Circle c`, `case String s && ...`)
        are preview features in Java 17, which javac rejects without --enable-preview: its error, once
        a file as javac gives it, and the pattern is read on so that nothing more is reported."""
        if self.at("null"):
            # javac's attribution reports this one, so only when the file has no syntax error.
            self.late_preview = self.late_preview or ("null in switch cases", "is", self.tok.span)
        elif self.tok.kind == "ident" and self.looks_like_decl():
            self.preview("patterns in switch statements", "are", self.tok.span)
            self.type_()
            name = self.ident()
            if self.accept("&&"):
                self.ternary()
            return A.Name(name.span, name.text)
        return self.ternary()

    def preview(self, feature: str, verb: str, span: Span) -> None:
        """javac's error for a Java 17 preview feature, once a file, as javac's log reports each kind
        once."""
        if feature not in self.previews:
            self.previews.add(feature)
            self.diags.error(
                "syntax", f"{feature} {verb} a preview feature and {verb} disabled by default.", span
            )

    def try_rest(self, s: Span) -> A.Stmt:
        resources = self.resources() if self.at("(") else None
        body = self.block()
        if resources is not None:
            body = A.Block(body.span, [with_resources(resources, body)], body.end)
        catches: list[A.Catch] = []
        while self.at("catch"):
            cs = self.tok.span
            self.pos += 1
            self.expect("(")
            self.accept("final")
            spans = [self.tok.span]
            types = [self.type_()]
            while self.accept("|"):
                spans.append(self.tok.span)
                types.append(self.type_())
            name = self.ident()
            self.expect(")")
            catches.append(A.Catch(cs, types, name.text, self.block(), spans))
        final = self.block() if self.accept("finally") else None
        if resources is not None and not catches and final is None:
            return body
        if not catches and final is None:
            self.fail("'catch' or 'finally' expected")
        return A.Try(s, body, catches, final)

    def resources(self) -> list[A.LocalVar | A.Name]:
        """`(Scanner sc = new Scanner(System.in); Out o = ...)`: declared resources, or variables (Java 9)."""
        self.expect("(")
        out: list[A.LocalVar | A.Name] = []
        while not self.at(")"):
            self.accept("final")
            if self.looks_like_decl():
                start = self.tok.span
                ty = self.type_()
                name = self.ident()
                self.expect("=")
                res = A.LocalVar(start, ty, name.text, self.expr(), name.span)
                res.final = res.resource = True
                out.append(res)
            else:
                name = self.ident()
                out.append(A.Name(name.span, name.text))
            if not self.accept(";"):
                break
        self.expect(")")
        return out

    # ---- expressions

    def expr(self) -> A.Expr:
        if self.tok.kind == "ident" and self.peek().text == "->":
            name = self.ident()
            self.pos += 1
            return A.Lambda(name.span, [("", name.text)], self.lambda_body())
        if self.at("(") and self.closes_before_arrow():
            return self.lambda_()
        left = self.ternary()
        t = self.tok
        if t.kind == "punct" and t.text in ASSIGN_OPS:
            self.pos += 1
            if not isinstance(left, A.Name | A.FieldAccess | A.Index):
                self.diags.error(
                    "syntax", "unexpected type\n  required: variable\n  found:    value", left.span
                )
            value = self.expr()
            return A.Assign(t.span, t.text, left, value)
        return left

    def lambda_(self) -> A.Lambda:
        """`(a, b) -> ...` or `(int a, int b) -> ...`."""
        start = self.expect("(").span
        params: list[tuple[str, str]] = []
        if not self.at(")"):
            while True:
                self.accept("final")
                if self.tok.kind == "ident" and self.peek().text in (",", ")"):
                    params.append(("", self.ident().text))
                else:
                    ty = self.type_()
                    params.append((ty, self.ident().text))
                if not self.accept(","):
                    break
        self.expect(")")
        self.expect("->")
        return A.Lambda(start, params, self.lambda_body())

    def lambda_body(self) -> A.Expr | A.Block:
        return self.block() if self.at("{") else self.expr()

    def ternary(self) -> A.Expr:
        cond = self.binary(1)
        if self.at("?"):
            q = self.tok.span
            self.pos += 1
            # JLS 15.25: `cond ? Expression : ConditionalExpression`, either may be a lambda.
            then = (
                self.expr()
                if self.starts_lambda()
                else self.ternary()
                if not self.at("(")
                else self.expr_in_ternary()
            )
            self.expect(":")
            other = self.expr() if self.starts_lambda() else self.ternary()
            return A.Cond(q, cond, then, other)
        return cond

    def starts_lambda(self) -> bool:
        return (self.tok.kind == "ident" and self.peek().text == "->") or (
            self.at("(") and self.closes_before_arrow()
        )

    def expr_in_ternary(self) -> A.Expr:
        return self.ternary()

    def binary(self, min_prec: int) -> A.Expr:
        left = self.unary()
        while True:
            t = self.tok
            prec = BINARY_PREC.get(t.text) if t.kind in ("punct", "keyword") else None
            if prec is None or prec < min_prec:
                return left
            self.pos += 1
            if t.text == "instanceof":
                self.accept("final")
                cls = self.type_()
                bind = self.ident().text if self.tok.kind == "ident" else None
                left = A.InstanceOf(t.span, left, cls, bind)
                continue
            right = self.binary(prec + 1)
            left = A.Binary(t.span, t.text, left, right)

    def unary(self) -> A.Expr:
        t = self.tok
        if t.kind == "punct" and t.text in ("-", "+", "!", "~"):
            self.pos += 1
            operand = self.unary()
            if (
                t.text == "-"
                and isinstance(operand, A.Literal)
                and operand.kind in ("int", "long", "double", "float")
                and not getattr(operand, "negated", False)
            ):
                floating = operand.kind in ("double", "float")
                operand.value = operand.value ^ (1 << 63) if floating else -operand.value
                operand.span = t.span.to(operand.span)
                return operand
            return A.Unary(t.span, t.text, operand)
        if t.kind == "punct" and t.text in ("++", "--"):
            self.pos += 1
            return A.IncDec(t.span, t.text, True, self.unary())
        if t.text == "(" and self.is_cast():
            self.pos += 1
            to = self.type_()
            self.expect(")")
            return A.Cast(t.span, to, self.unary())
        return self.postfix(self.primary())

    def is_cast(self) -> bool:
        nxt = self.peek()
        if nxt.kind == "keyword" and nxt.text in PRIMITIVES:
            return True
        if nxt.kind != "ident":
            return False
        save = self.pos
        mark = len(self.diags.items)
        try:
            self.pos += 1
            self.type_()
            if not self.at(")"):
                return False
            after = self.peek()
            return after.kind in ("ident", "int", "double", "float", "char", "string") or after.text in (
                "(",
                "this",
                "new",
                "!",
                "~",
                "super",
                "true",
                "false",
                "null",
            )
        except ParseError:
            return False
        finally:
            self.pos = save
            del self.diags.items[mark:]

    def postfix(self, e: A.Expr) -> A.Expr:
        while True:
            t = self.tok
            if self.accept("."):
                if self.at("<"):  # explicit type arguments: `Collections.<String>emptyList()`
                    targs = split("T" + self.type_args())[1]
                    name = self.ident()
                    if not self.at("("):
                        self.fail("'(' expected")
                    e = A.Call(name.span, e, name.text, self.arguments(), targs)
                    continue
                if self.at("super") and isinstance(e, A.Name):  # I.super.m(): a default method of I
                    self.pos += 1
                    e = A.SuperRef(e.span, e.ident)
                    continue
                if self.at("new"):  # outer.new Inner(...): an inner class's object of that instance
                    s = self.tok.span
                    self.pos += 1
                    made = self.new_rest(s)
                    if not isinstance(made, A.New):
                        self.fail("'(' expected")
                    made.outer = e
                    e = made
                    continue
                if self.at("class") and isinstance(e, A.Name):  # Color.class: a class literal
                    self.pos += 1
                    e = A.FieldAccess(t.span, e, "class")
                    continue
                if self.at("this") and isinstance(e, A.Name):  # Outer.this: an enclosing instance
                    self.pos += 1
                    e = A.This(t.span, e.ident)  # javac reports it at the '.'
                    continue
                name = self.ident()
                if self.at("("):
                    e = A.Call(name.span, e, name.text, self.arguments())
                else:
                    e = A.FieldAccess(name.span, e, name.text)
            elif self.accept("["):
                index = self.expr()
                self.expect("]")
                e = A.Index(t.span, e, index)
            elif t.kind == "punct" and t.text in ("++", "--"):
                self.pos += 1
                e = A.IncDec(t.span, t.text, False, e)
            elif t.text == "::":
                self.pos += 1
                ref = "new" if self.accept("new") else self.ident().text
                e = A.MethodRef(t.span, e, ref)
            else:
                return e

    def arguments(self) -> list[A.Expr]:
        self.expect("(")
        args: list[A.Expr] = []
        if not self.at(")"):
            args.append(self.expr())
            while self.accept(","):
                args.append(self.expr())
        self.expect(")")
        return args

    def primary(self) -> A.Expr:
        t = self.tok
        s = t.span
        if t.kind == "int":
            self.pos += 1
            return self.int_literal(t)
        if t.kind in ("double", "float"):
            self.pos += 1
            return self.double_literal(t)
        if t.kind == "char":
            self.pos += 1
            value = literal_value(t)
            return A.Literal(s, "char", ord(value) if len(value) == 1 else 0)
        if t.kind == "string":
            self.pos += 1
            return A.Literal(s, "string", literal_value(t))
        if (t.kind == "ident" or t.text in PRIMITIVES) and (ref := self.array_constructor_ref()):
            return ref
        if t.kind == "keyword":
            if t.text in ("true", "false"):
                self.pos += 1
                return A.Literal(s, "boolean", t.text == "true")
            if t.text == "null":
                self.pos += 1
                return A.Literal(s, "null", None)
            if t.text == "this":
                self.pos += 1
                if self.at("("):
                    return A.Call(s, A.This(s), "<init>", self.arguments())
                return A.This(s)
            if t.text == "super":
                self.pos += 1
                if self.at("("):
                    return A.Call(s, A.SuperRef(s), "<init>", self.arguments())
                return A.SuperRef(s)
            if t.text == "new":
                self.pos += 1
                return self.new_rest(s)
            if t.text == "switch":
                self.pos += 1
                subject = self.paren_expr()
                return A.SwitchExpr(s, subject, self.switch_body(True))
            if t.text in PRIMITIVES and self.peek().text == ".":
                self.fail("class literals are not supported in this Java subset")
        if t.kind == "ident":
            self.pos += 1
            if t.text == "java" and self.at(".") and self.peek().text in ("util", "lang", "io"):
                # java.util.Arrays.sort(...): a library class's qualified name is its simple one
                while self.at(".") and self.peek().kind == "ident" and not self.peek().text[:1].isupper():
                    self.pos += 2
                self.expect(".")
                t = self.ident()
            if self.at("("):
                return A.Call(s, None, t.text, self.arguments())
            name = A.Name(s, t.text)
            if self.at("<") and (targs := self.method_ref_type_args()):
                name.targs = targs  # type: ignore[attr-defined]  # `Pair<String, Integer>::getKey`
            return name
        if self.at("(") and self.closes_before_arrow():
            return self.lambda_()
        if self.accept("("):
            e = self.expr()
            self.expect(")")
            return e
        if t.kind == "eof":
            self.fail("reached end of file while parsing")
        self.fail("illegal start of expression")
        raise AssertionError("unreachable")  # fail raises

    def array_constructor_ref(self) -> A.Lambda | None:
        """`String[]::new` (`int[][]::new`): written out as the lambda `n -> new String[n]` it stands
        for (JLS 15.13.3), and `int[]::clone` as `(int[] a) -> a.clone()`; None when the tokens here are
        not one."""
        k = 1
        dims = 0
        while self.peek(k).text == "[" and self.peek(k + 1).text == "]":
            k += 2
            dims += 1
        if not dims or self.peek(k).text != "::" or self.peek(k + 1).text not in ("new", "clone"):
            return None
        t = self.tok
        arrow = self.peek(k).span
        clone = self.peek(k + 1).text == "clone"
        self.pos += k + 2
        if clone:  # `int[]::clone`: the lambda `(int[] a) -> a.clone()`
            copied = A.Name(t.span, "$array")
            return A.Lambda(arrow, [(t.text + "[]" * dims, "$array")], A.Call(t.span, copied, "clone", []))
        size = A.Name(t.span, "$length")
        made = A.NewArray(t.span, t.text + "[]" * (dims - 1), [size], 0)
        return A.Lambda(arrow, [("int", "$length")], made)

    def closes_before_arrow(self) -> bool:
        """Whether the parenthesis here closes just before `->` (a lambda's parameter list)."""
        depth, k = 0, self.pos
        while k < len(self.toks) and self.toks[k].kind != "eof":
            text = self.toks[k].text
            depth += text == "("
            depth -= text == ")"
            if depth == 0:
                return self.toks[k + 1].text == "->" if k + 1 < len(self.toks) else False
            k += 1
        return False

    def double_literal(self, t: Token) -> A.Expr:
        """A floating-point literal: its value is the double nearest it (its bit pattern), as javac's."""
        text = t.text.replace("_", "").rstrip("fFdD") if not t.text.lower().startswith("0x") else t.text
        if text.lower().startswith("0x"):
            text = text.replace("_", "")
            text = text[:-1] if text[-1] in "fFdD" else text
            value = float.fromhex(text)
        else:
            value = float(text)
        lower = text.lower()
        significand = lower[2:].split("p")[0] if lower.startswith("0x") else lower.split("e")[0]
        if t.kind == "float":  # the float nearest the literal, rounded once from its exact value
            value = nearest_float32(Fraction(value) if lower.startswith("0x") else Fraction(text))
        if value == math.inf:
            self.diags.error("syntax", "floating-point number too large", t.span)
            value = 0.0
        elif value == 0.0 and any(c not in "0." for c in significand):
            self.diags.error("syntax", "floating-point number too small", t.span)
        return A.Literal(t.span, t.kind, struct.unpack("<Q", struct.pack("<d", value))[0])

    def int_literal(self, t: Token) -> A.Expr:
        text = t.text.replace("_", "")
        is_long = text[-1] in "lL"
        if is_long:
            text = text[:-1]
        try:
            if text.lower().startswith("0x"):
                value, base = int(text[2:], 16), 16
            elif text.lower().startswith("0b"):
                value, base = int(text[2:], 2), 2
            elif len(text) > 1 and text.startswith("0"):
                value, base = int(text, 8), 8
            else:
                value, base = int(text), 10
        except ValueError:
            value, base = 0, 10  # a float literal, already reported by the lexer
        bits = 64 if is_long else 32
        if base == 10:
            limit = 2 ** (bits - 1)
            # The minus sign is applied afterwards: 2147483648 is allowed only right after a '-'.
            if value > limit or (value == limit and self.toks[self.pos - 2].text != "-"):
                self.diags.error("syntax", "integer number too large", t.span)
        else:
            if value >= 2**bits:
                self.diags.error("syntax", "integer number too large", t.span)
            elif value >= 2 ** (bits - 1):
                value -= 2**bits
        return A.Literal(t.span, "long" if is_long else "int", value)

    def new_rest(self, s: Span) -> A.Expr:
        t = self.tok
        name_span = t.span
        if t.kind == "keyword" and t.text in PRIMITIVES:
            self.pos += 1
            base = t.text
        else:
            first = self.ident()
            base = first.text
            name_span = first.span
            while self.at(".") and self.peek().kind == "ident":
                self.pos += 1
                base += "." + self.ident().text
            base = simple_name(base)
            if self.at("<"):
                base += self.type_args()
        if self.at("["):
            dims: list[A.Expr] = []
            extra = 0
            while self.at("["):
                self.pos += 1
                if self.at("]"):
                    self.pos += 1
                    extra += 1
                    continue
                if extra:
                    self.fail("']' expected")
                dims.append(self.expr())
                self.expect("]")
            if not dims:
                return self.array_lit(base + "[]" * extra)
            total = len(dims) + extra
            return A.NewArray(s, base + "[]" * (total - 1), dims, extra)
        args = self.arguments()
        body: A.ClassDecl | None = None
        if self.at("{"):  # an anonymous class: its members, a class named by the checker
            self.pos += 1
            body = A.ClassDecl(s, set(), "class", "", None, [], [], [], [])
            self.members(body)
        return A.New(s, base, args, name_span, body)


def with_resources(resources: list[A.LocalVar | A.Name], body: A.Block) -> A.Stmt:
    """try-with-resources written out as JLS 14.20.3 gives it: each resource, from the first, holds the
    rest of the statement in a try whose finally closes it when it is not null; an exception of close()
    while another is leaving is added to that one's suppressed exceptions, which leaves."""
    inner: A.Stmt = body
    for k, res in reversed(list(enumerate(resources))):
        at = res.name_span if isinstance(res, A.LocalVar) else res.span
        name = res.name if isinstance(res, A.LocalVar) else res.ident
        primary, caught, closing = f" primary{k}", f" thrown{k}", f" closing{k}"
        close = A.Call(at, A.Name(at, name), "close", [])
        close.resource = True  # type: ignore[attr-defined]  # javac reports its exceptions at the name
        # if (r != null) try { r.close(); }
        # catch (Throwable c) { if (primary == null) throw c; else primary.addSuppressed(c); }
        leaving = A.Binary(at, "==", A.Name(at, primary), A.Literal(at, "null", None))
        suppress = A.ExprStmt(at, A.Call(at, A.Name(at, primary), "addSuppressed", [A.Name(at, closing)]))
        rethrow = A.Block(at, [A.If(at, leaving, A.Throw(at, A.Name(at, closing)), suppress)])
        suppressed = A.Catch(at, ["Throwable"], closing, rethrow)
        closed = A.Try(at, A.Block(at, [A.ExprStmt(at, close)]), [suppressed], None)
        opened = A.Binary(at, "!=", A.Name(at, name), A.Literal(at, "null", None))
        # try { inner } catch (Throwable t) { primary = t; throw t; } finally { ...close... }
        again = A.Throw(at, A.Name(at, caught))
        again.rethrow = True  # type: ignore[attr-defined]  # its trace's line is where it was raised
        remember = A.Block(
            at, [A.ExprStmt(at, A.Assign(at, "=", A.Name(at, primary), A.Name(at, caught))), again]
        )
        guarded = A.Try(
            at,
            inner if isinstance(inner, A.Block) else A.Block(at, [inner]),
            [A.Catch(at, ["Throwable"], caught, remember)],
            A.Block(at, [A.If(at, opened, closed, None)]),
        )
        first: list[A.Stmt] = [res] if isinstance(res, A.LocalVar) else []
        held = A.LocalVar(at, "Throwable", primary, A.Literal(at, "null", None), at)
        inner = A.Block(at, [*first, held, guarded])
    return inner


def parse(tokens: list[Token], diags: DiagnosticBag) -> A.CompilationUnit:
    parser = _Parser(tokens, diags)
    unit = parser.unit()
    if parser.late_preview is not None and not diags.has_errors:
        parser.preview(*parser.late_preview)
    return unit


def nearest_float32(v: Fraction) -> float:
    """The binary32 value nearest the non-negative v (ties to even), as a Python float (binary64 holds it
    exactly); infinity past Float.MAX_VALUE's rounding range, as javac rounds a float literal."""
    if v == 0:
        return 0.0
    e = v.numerator.bit_length() - v.denominator.bit_length() - 24
    while v >= Fraction(2) ** (e + 24):
        e += 1
    while v < Fraction(2) ** (e + 23):
        e -= 1
    e = max(e, -149)  # subnormals share the smallest exponent
    m = round(v / Fraction(2) ** e)  # Fraction rounds half to even
    result = Fraction(m) * Fraction(2) ** e
    return math.inf if result >= Fraction(2) ** 128 else float(result)
