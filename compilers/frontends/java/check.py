"""The Java checker: classes and their members, name resolution as Java does it (locals, then fields of
the class and its superclasses, then classes), static types of every expression, overload resolution by
arity and applicability (the most specific applicable method), and the errors javac reports for them.

It annotates the tree in place (each expression's `ty`, what each name, field access, call and `new`
refers to, a LocalInfo for each local) and returns it with a Program describing the classes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields
from functools import partial
from typing import TypeVar

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.java import ast as A
from compilers.frontends.java.generic import (
    UNBOXES,
    base_of,
    box,
    erase,
    join,
    read_type,
    split,
    subst,
    wildcard_bound,
)
from compilers.frontends.java.library import REGEX_METHODS, interface_selectors, literal_split, regex_split
from compilers.frontends.java.library import STRING_METHODS as JAVA_STRING_METHODS
from compilers.frontends.java.reach import constant_bool
from compilers.frontends.java.types import (
    BUILTIN_EXCEPTIONS,
    DOUBLE_CONSTANTS,
    FLOATING,
    MATH_DOUBLE,
    MATH_DOUBLE2,
    PRIMITIVE,
    RANK,
    ClassInfo,
    FieldInfo,
    LocalInfo,
    MethodInfo,
    Program,
    constant_text,
    int_constant,
    is_integral,
    is_numeric,
    is_ref,
    promote,
)

T = TypeVar("T")

# Throwable's methods that java has and this subset does not offer, with what to write instead.
THROWABLE_UNOFFERED = {
    "getStackTrace": "getStackTrace() is not supported in this Java subset: an uncaught exception prints "
    "its stack trace",
    "setStackTrace": "setStackTrace() is not supported in this Java subset",
    "fillInStackTrace": "fillInStackTrace() is not supported in this Java subset",
}


# printStackTrace() where the frames of the method that catches the exception's callers are not known.
PRINT_STACK_TRACE_OUTSIDE_MAIN = (
    "printStackTrace() is not supported outside main in this Java subset (the frames of the callers of "
    "the method it is called in are not known): print the exception with System.err.println(e), or "
    "call printStackTrace() in main"
)
PRINT_STACK_TRACE_STREAM = (
    "printStackTrace with a stream is not supported in this Java subset: e.printStackTrace() writes the "
    "trace to System.err"
)


# Library classes whose static members the subset offers (their calls are typed in _static_call).
LIBRARY_CLASSES = frozenset(
    {"System", "Math", "StrictMath", "Integer", "Long", "String", "Character", "Boolean", "Double", "Float",
     "Short", "Byte"}
)  # fmt: skip
UNSUPPORTED_TYPES: dict[str, str] = {}
# Classes of java.lang a program may name that the subset does not offer, and why.
OUTSIDE_CLASSES = {
    "Thread": "the Engine runs one thread and has no clock (Thread.sleep, threads)",
    "Runtime": "the Engine's machine is not java's (memory, processors)",
    "OutOfMemoryError": "a run that fills the Engine's store stops with its own report, which cannot be "
    "caught",
    "Cloneable": "Object.clone() is not offered (a copy constructor, or an array's clone(), is)",
    "CloneNotSupportedException": "Object.clone() is not offered (a copy constructor, or an array's "
    "clone(), is)",
}
# Locale's constants whose formatting is the reference's own locale's (en), and the methods taking one first
# (String.format, printf, toLowerCase, toUpperCase): there it is dropped; any other Locale is undeclared.
ENGLISH_LOCALES = frozenset({"US", "ENGLISH", "UK", "ROOT", "CANADA"})
LOCALE_TAKERS = frozenset({"format", "printf", "toLowerCase", "toUpperCase"})
STRING_METHODS: dict[str, list[tuple[list[str], str]]] = {
    "length": [([], "int")],
    "charAt": [(["int"], "char")],
    "substring": [(["int"], "String"), (["int", "int"], "String")],
    "equals": [(["Object"], "boolean")],
    "indexOf": [(["String"], "int"), (["int"], "int"), (["String", "int"], "int"), (["int", "int"], "int")],
    "isEmpty": [([], "boolean")],
    "contains": [(["String"], "boolean")],
    "startsWith": [(["String"], "boolean")],
    "endsWith": [(["String"], "boolean")],
    "compareTo": [(["String"], "int")],
    "toUpperCase": [([], "String")],
    "toLowerCase": [([], "String")],
    "toString": [([], "String")],
    "hashCode": [([], "int")],
    "toCharArray": [([], "char[]")],
    "trim": [([], "String")],
}
# The arguments of a String method taking a CharSequence (contains) that are no String: in a program
# naming CharSequence, lang.java's CharSequences takes them.
SEQUENCES = (["CharSequence"], ["StringBuilder"])
# CharSequence's methods (lang.java's CharSequences writes them): their parameters and result, for
# method references (CharSequence::length).
SEQUENCE_METHODS = {
    "length": ([], "int"), "charAt": (["int"], "char"), "isEmpty": ([], "boolean"),
    "subSequence": (["int", "int"], "CharSequence"), "toString": ([], "String"),
}  # fmt: skip
BUILDER_METHODS: dict[str, list[tuple[list[str], str]]] = {
    "append": [(["*"], "StringBuilder")],
    "toString": [([], "String")],
    "length": [([], "int")],
    "charAt": [(["int"], "char")],
    "reverse": [([], "StringBuilder")],
    "setLength": [(["int"], "void")],
    "setCharAt": [(["int", "char"], "void")],
    "isEmpty": [([], "boolean")],
    "compareTo": [(["StringBuilder"], "int")],
}


def inner_kind(d: A.ClassDecl) -> bool:
    """A class declared in another without `static` is inner (enums, records, interfaces never are)."""
    return d.kind == "class" and "static" not in d.modifiers


def floating_text(e: A.Expr) -> bool:
    """Whether e joins a floating literal into a String by + (javac's constant "r" + 1.5, whose text
    java makes by Double.toString: not folded here)."""
    if isinstance(e, A.Literal):
        return e.kind in ("double", "float")
    return isinstance(e, A.Binary) and e.op == "+" and (floating_text(e.left) or floating_text(e.right))


class _Scope:
    def __init__(self, parent: _Scope | None = None) -> None:
        self.parent = parent
        self.names: dict[str, LocalInfo] = {}

    def find(self, name: str) -> LocalInfo | None:
        if name in self.names:
            return self.names[name]
        return self.parent.find(name) if self.parent is not None else None

    def declared(self, name: str) -> bool:
        """Whether a local of this name is in scope in the same body: a local or anonymous class's
        members may declare names its enclosing method uses (they hide them)."""
        scope: _Scope | None = self
        while scope is not None and not isinstance(scope, _ClassCaptureScope):
            if name in scope.names:
                return True
            scope = scope.outer if isinstance(scope, _CaptureScope) else scope.parent
        return False


class _Captured(LocalInfo):
    """A local of an enclosing method seen from a lambda: read from the lambda object's field."""

    def __init__(self, local: LocalInfo, f: FieldInfo) -> None:
        super().__init__(local.name, local.ty, -1)
        self.field = f


class _CaptureScope(_Scope):
    """The scope around a lambda's parameters: a name found outside is captured into a field."""

    def __init__(self, outer: _Scope, lam: ClassInfo) -> None:
        super().__init__(None)
        self.outer = outer
        self.lam = lam

    def find(self, name: str) -> LocalInfo | None:
        local = self.outer.find(name)
        if local is None:
            return None
        if name not in self.lam.fields:
            f = FieldInfo(name, local.ty, False, self.lam, final=True)
            self.lam.fields[name] = f
            source = ("capture", local.field) if isinstance(local, _Captured) else ("local", local)
            self.lam.captures.append((f, source))
        return _Captured(local, self.lam.fields[name])


class _ClassCaptureScope(_Scope):
    """The scope around a local or anonymous class's members: a local of the enclosing method that they
    use (and no field of the class hides) is copied into a field of the object when it is made."""

    def __init__(self, outer: _Scope, cls: ClassInfo) -> None:
        super().__init__(None)
        self.outer = outer
        self.cls = cls

    def find(self, name: str) -> LocalInfo | None:
        if self.cls.find_field(name) is not None:
            return None
        local = self.outer.find(name)
        if local is None:
            return None
        key = CAPTURED + name
        if key not in self.cls.fields:
            f = FieldInfo(key, local.ty, False, self.cls, final=True)
            f.index = self.cls.size  # after the fields laid out when the class was declared
            self.cls.size += 1
            self.cls.fields[key] = f
            source = ("capture", local.field) if isinstance(local, _Captured) else ("local", local)
            self.cls.captures.append((f, source))
        return _Captured(local, self.cls.fields[key])


# What the checker keeps while it checks one method, saved while it checks a class written inside it.
METHOD_STATE = ("cls", "method", "tvars", "handled", "loops", "switches", "yields", "want", "diamond_target")
_IDENTS = re.compile(r"[A-Za-z_$][A-Za-z_$0-9]*")
# Object's methods an array has (its class, its name and "@", identity): clone() is its own.
ARRAY_OBJECT_METHODS = frozenset({"getClass", "toString", "hashCode", "equals"})
INIT_LOCALS = 1_000_000  # the first number of an instance initialiser's locals
CAPTURED = " val "  # the field of a local or anonymous class holding a captured local (java's val$x)


class Checker:
    def __init__(self, diags: DiagnosticBag) -> None:
        self.diags = diags
        self.classes: dict[str, ClassInfo] = {}
        self.top_decls: list[A.ClassDecl] = []  # the program's top-level classes
        self.renamed: dict[str, str] = {}  # a nested class's simple name by its name here (Node__2)
        self.program = Program(self.classes)
        self.cls: ClassInfo | None = None
        self.method: MethodInfo | None = None
        self.loops = 0
        self.switches = 0
        # The labels of the statements being checked: (label, names a loop, the method it is in).
        self.labels: list[tuple[str, bool, object]] = []
        # The checked exceptions each enclosing construct handles: the method's `throws`, then each
        # `try` with catches around the code being checked.
        self.handled: list[list[str]] = []
        self.catch_parameters: set[LocalInfo] = set()
        self.yield_targets: list[str | None] = []  # the type each switch expression being checked is for
        self.yield_target: str | None = None  # the type the next switch expression is for (init_expr)
        self.may_throw: list[set[str]] = []  # the checked exceptions each enclosing try block can throw
        # The values yielded by each enclosing switch expression, innermost last.
        self.yields: list[list[A.Expr]] = []
        # The type variables in scope (the class's, the method's) and their bounds.
        self.tvars: dict[str, str] = {}
        self.io_types = False  # PrintStream names a type (in library/io.java's writers only)
        self.static_imports: list[tuple[str, str]] = []  # (Math, max) or (Math, *)
        # The instantiated parameter and result types of the method the last resolve chose.
        self.last_sig: tuple[list[str], str] = ([], "void")
        self.diamond_target: str | None = None  # the type a `new C<>(...)` is assigned to
        self.lambdas: list[ClassInfo] = []
        self.want: str | None = None  # the type a generic method's call is assigned to (its inference)
        self.targs: list[str] = []  # the explicit type arguments of the call being resolved
        # The local and anonymous classes being checked: the `new`s of each met in its own body, whose
        # captured values are found once the body has shown every local it captures.
        self.pending: dict[ClassInfo, list[tuple[A.New, _Scope]]] = {}
        self.local_names: dict[str, int] = {}  # java's numbering of local and anonymous classes

    def error(self, message: str, span: Span, code: str = "type") -> None:
        self.diags.error(code, message, span)

    # ---- classes

    def builtin(self, name: str, sup: str | None) -> ClassInfo:
        c = ClassInfo(name, "class", None, builtin=True)
        c.super = self.classes.get(sup) if sup else None
        self.classes[name] = c
        return c

    def declare_library(self) -> None:
        obj = self.builtin("Object", None)
        for name, params, ret in (
            ("toString", [], "String"),
            ("equals", ["Object"], "boolean"),
            ("hashCode", [], "int"),
        ):
            obj.methods[name] = [
                MethodInfo(name, obj, params, ret, False, False, None, builtin=f"Object.{name}")
            ]
        obj.methods["<init>"] = [
            MethodInfo("<init>", obj, [], "void", False, False, None, builtin="Object.<init>")
        ]
        # getClass(): the object's class, its vtable (final: called directly, never overridden).
        obj.methods["getClass"] = [
            MethodInfo(
                "getClass", obj, [], "Class", False, False, None, private=True, builtin="Object.getClass"
            )
        ]
        klass = self.builtin("Class", "Object")
        klass.tparams = [("T", "Object")]  # Class<Color>, Color.class's type
        # A class is never a heap object: its methods are called directly, Object's too (a class seen
        # as an Object is told apart by java.dyn's methods).
        for name, params, ret in (
            ("getName", [], "String"),
            ("getSimpleName", [], "String"),
            ("getEnumConstants", [], "T[]"),
            ("getSuperclass", [], "Class"),
            ("toString", [], "String"),
            ("hashCode", [], "int"),
            ("equals", ["Object"], "boolean"),
        ):
            klass.methods[name] = [
                MethodInfo(
                    name, klass, params, ret, False, False, None, private=True, builtin=f"Class.{name}"
                )
            ]
        for name, sup in BUILTIN_EXCEPTIONS.items():
            c = self.builtin(name, sup)
            if name == "Throwable":
                c.fields["message"] = FieldInfo("message", "String", False, c)
                c.fields["trace"] = FieldInfo("trace", "Object", False, c)
                # addSuppressed and getSuppressed (library/lang.java's Suppressions keep them here).
                c.fields["suppressedExceptions"] = FieldInfo("suppressedExceptions", "Throwable[]", False, c)
                c.fields["cause"] = FieldInfo("cause", "Throwable", False, c)  # getCause(), "Caused by"
                for method, params, ret in (
                    ("addSuppressed", ["Throwable"], "void"),
                    ("getSuppressed", [], "Throwable[]"),
                    ("getCause", [], "Throwable"),
                    ("initCause", ["Throwable"], "Throwable"),
                    ("printStackTrace", [], "void"),  # library/lang.java's StackTraces
                    ("$frames", [], "String[]"),  # its frames' texts, for StackTraces
                ):
                    c.methods[method] = [
                        MethodInfo(
                            method,
                            c,
                            params,
                            ret,
                            False,
                            False,
                            None,
                            private=True,
                            builtin=f"Throwable.{method.strip('$')}",
                        )
                    ]
                c.methods["getMessage"] = [
                    MethodInfo(
                        "getMessage", c, [], "String", False, False, None, builtin="Throwable.getMessage"
                    )
                ]
                c.methods["toString"] = [
                    MethodInfo("toString", c, [], "String", False, False, None, builtin="Throwable.toString")
                ]
            ctors = [
                MethodInfo("<init>", c, [], "void", False, False, None, builtin="Throwable.<init>"),
                MethodInfo("<init>", c, ["String"], "void", False, False, None, builtin="Throwable.<init>"),
                # (message, cause) and (cause), whose message is the cause's toString()
                MethodInfo(
                    "<init>",
                    c,
                    ["String", "Throwable"],
                    "void",
                    False,
                    False,
                    None,
                    builtin="Throwable.<init>.cause",
                ),
                MethodInfo(
                    "<init>", c, ["Throwable"], "void", False, False, None, builtin="Throwable.<init>.of"
                ),
            ]
            if name == "ExceptionInInitializerError":  # (thrown): no message, thrown its cause
                bare = MethodInfo("<init>", c, ["Throwable"], "void", False, False, None)
                bare.builtin = "Throwable.<init>.bare"
                ctors = [*ctors[:2], bare]
                thrown = MethodInfo("getException", c, [], "Throwable", False, False, None)
                thrown.builtin = "Throwable.getCause"
                c.methods["getException"] = [thrown]
            elif name == "NoClassDefFoundError":
                ctors = ctors[:2]
            c.methods["<init>"] = ctors
        # java.lang.Enum: every enum's superclass, holding the constant's name and ordinal.
        enum = self.builtin("Enum", "Object")
        enum.abstract = True
        enum.fields[" name"] = FieldInfo(" name", "String", False, enum, final=True)
        enum.fields[" ordinal"] = FieldInfo(" ordinal", "int", False, enum, final=True)
        for name, params, ret in (
            ("name", [], "String"),
            ("ordinal", [], "int"),
            ("toString", [], "String"),
            ("compareTo", ["Enum"], "int"),
            ("hashCode", [], "int"),
        ):
            enum.methods[name] = [
                MethodInfo(name, enum, params, ret, False, False, None, builtin=f"Enum.{name}")
            ]
        enum.methods["<init>"] = [
            MethodInfo("<init>", enum, [], "void", False, False, None, builtin="Object.<init>")
        ]
        enum.methods["getDeclaringClass"] = [  # final, as getClass() is
            MethodInfo(
                "getDeclaringClass", enum, [], "Class", False, False, None, private=True,
                builtin="Enum.getDeclaringClass",
            )
        ]  # fmt: skip

    def declare_classes(self, unit: A.CompilationUnit) -> list[ClassInfo]:
        decls: list[A.ClassDecl] = []
        self.top_decls = [d for d in unit.classes if not d.library]
        todo = list(unit.classes)
        canonical: dict[int, str] = {id(d): d.name for d in todo}
        parent: dict[int, A.ClassDecl] = {}
        while todo:
            d = todo.pop(0)
            decls.append(d)
            todo.extend(d.nested)
            for n in d.nested:
                canonical[id(n)] = canonical[id(d)] + "." + n.name
                parent[id(n)] = d
        users: list[ClassInfo] = []
        for d in decls:
            if d.library and canonical[id(d)] != d.name:
                d.name = canonical[id(d)]  # a library class nested in another is named Map.Entry
            if (
                d.name in self.classes
                or (d.name in LIBRARY_CLASSES and not d.library)
                or d.name == "StringBuilder"
            ):
                self.error(f"duplicate class: {d.name}", d.span, "duplicate")
                continue
            kind = "interface" if d.kind == "interface" else "class"
            c = ClassInfo(d.name, kind, d, abstract="abstract" in d.modifiers or d.kind == "interface")
            if d in self.top_decls and d.name in self.renamed:  # java's name of a renamed class
                c.binary = self.renamed[d.name]
            c.record = d.kind == "record"
            # java's canonical name, of the classes' names as written (a renamed one's, Node__2's Node)
            c.canonical = ".".join(self.renamed.get(part, part) for part in canonical[id(d)].split("."))
            c.tparams = list(d.tparams)
            c.package = d.library
            c.constants = [k.name for k in d.constants]
            self.classes[d.name] = c
            users.append(c)
            up = parent.get(id(d))
            if up is not None and not d.library and up.name in self.classes:
                self.nest(c, self.classes[up.name], up.kind != "interface" and inner_kind(d))
        for c in users:
            decl = c.decl
            assert decl is not None
            if decl.extends is not None:
                sup_base, sup_args, _ = split(decl.extends)
                sup = self.classes.get(sup_base)
                if sup is not None:
                    c.supers[sup.name] = sup_args
                if sup is None:
                    self.unknown_class(decl.extends, decl.span)
                elif sup.kind == "interface":
                    self.error("no interface expected here", decl.span)
                else:
                    c.super = sup
            elif decl.kind == "enum":
                c.super = self.classes["Enum"]
                comparable = self.classes.get("Comparable")
                if comparable is not None:  # E extends Enum<E> implements Comparable<E>
                    c.interfaces.append(comparable)
                    c.supers["Comparable"] = [c.name]
            elif decl.kind != "interface":
                c.super = self.classes["Object"]
            for name in decl.implements:
                iface = self.classes.get(base_of(name))
                if iface is not None:
                    c.supers[iface.name] = split(name)[1]
                if iface is None:
                    self.unknown_class(name, decl.span)
                elif iface.kind != "interface":
                    self.error("interface expected here", decl.span)
                else:
                    c.interfaces.append(iface)
        # A cycle in extends would make every later walk loop.
        for c in users:
            seen = set()
            s: ClassInfo | None = c
            while s is not None:
                if s in seen:
                    self.error(
                        f"cyclic inheritance involving {c.name}",
                        c.decl.span if c.decl else Span("", 1, 1, 1, 2),
                    )
                    c.super = self.classes["Object"]
                    break
                seen.add(s)
                s = s.super
        return users

    def nest(self, c: ClassInfo, up: ClassInfo, inner: bool, binary: str = "") -> None:
        """c is written inside up: it sees up's members, and an inner one holds an instance of up (and
        sees up's type variables)."""
        c.lexical = up
        c.package = up.package
        c.binary = binary or f"{up.qualified}${self.renamed.get(c.name, c.name)}"
        if inner:
            c.scope_tvars = {**up.scope_tvars, **dict(up.tparams)}
            c.outer_field = FieldInfo(" outer", self.self_type(up), False, c, final=True)
            c.fields[" outer"] = c.outer_field

    def declare_members(self, c: ClassInfo) -> None:
        d = c.decl
        assert d is not None
        if d.kind == "enum":
            # An enum with abstract methods, or whose every constant has a class body, is abstract
            # (JLS 8.9): its constants' bodies implement them.
            c.abstract = any("abstract" in m.modifiers for m in d.methods) or bool(
                d.constants and all(k.body is not None for k in d.constants)
            )
            self.declare_enum(c, d)
        class_tvars = {**c.scope_tvars, **dict(c.tparams)}
        self.io_types = c.package == "java.io"
        for f in d.fields:
            self.tvars = {} if "static" in f.modifiers else class_tvars
            self.check_type(f.ty, f.span)
            if f.name in c.fields:
                self.error(f"variable {f.name} is already defined in class {c.name}", f.span, "duplicate")
            static = "static" in f.modifiers or c.kind == "interface"
            c.fields[f.name] = FieldInfo(f.name, f.ty, static, c, f, final="final" in f.modifiers)
        has_ctor = False
        for m in d.methods:
            self.tvars = {**({} if "static" in m.modifiers else class_tvars), **dict(m.tparams)}
            for p in m.params:
                self.check_type(p.ty, p.span)
            if m.ret:
                self.check_type(m.ret, m.span)
            name = m.name if m.ret else "<init>"
            if not m.ret:
                has_ctor = True
                if m.name != c.name.rsplit(".", 1)[-1]:
                    self.error("invalid method declaration; return type required", m.span, "syntax")
            static = "static" in m.modifiers
            abstract = "abstract" in m.modifiers or (c.kind == "interface" and m.body is None and not static)
            if (
                c.kind == "interface"
                and m.body is not None
                and not static
                and not ({"default", "private"} & m.modifiers)
            ):
                self.error("interface abstract methods cannot have body", m.body.span)
            if abstract and m.body is not None and c.kind == "class":
                self.error("abstract methods cannot have a body", m.span)
            if not abstract and m.body is None:
                self.error("missing method body, or declare abstract", m.span)
            if abstract and c.kind == "class" and not c.abstract:
                self.error(
                    f"{c.name} is not abstract and does not override abstract method {m.name}"
                    f"({','.join(p.ty for p in m.params)}) in {c.name}",
                    d.span,
                )
            info = MethodInfo(
                name,
                c,
                [p.ty for p in m.params],
                m.ret or "void",
                static,
                abstract,
                m,
                private="private" in m.modifiers,
                tparams=list(m.tparams),
            )
            for other in c.methods.get(name, []):
                if other.params == info.params:
                    self.error(
                        f"method {info.describe()} is already defined in {c.kind} {c.name}",
                        m.span,
                        "duplicate",
                    )
            c.methods.setdefault(name, []).append(info)
            m.info = info
        self.tvars = {}
        if not has_ctor and c.kind == "class":
            c.methods["<init>"] = [MethodInfo("<init>", c, [], "void", False, False, None)]

    def declare_enum(self, c: ClassInfo, d: A.ClassDecl) -> None:
        """An enum's constants are its static final fields; values() and valueOf(String) are generated."""
        for k in d.constants:
            if k.name in c.fields:
                self.error(f"variable {k.name} is already defined in enum {c.name}", k.span, "duplicate")
            c.fields[k.name] = FieldInfo(k.name, c.name, True, c, None, final=True)
        c.fields[" values"] = FieldInfo(" values", c.name + "[]", True, c, None, final=True)
        c.methods["values"] = [MethodInfo("values", c, [], c.name + "[]", True, False, None)]
        c.methods["valueOf"] = [MethodInfo("valueOf", c, ["String"], c.name, True, False, None)]
        # compareTo(E), which implements Comparable<E>: Enum's, by ordinal.
        c.methods["compareTo"] = [
            MethodInfo("compareTo", c, [c.name], "int", False, False, None, builtin="Enum.compareTo")
        ]
        for m in d.methods:
            if not m.ret and ("public" in m.modifiers or "protected" in m.modifiers):
                self.error(
                    f"modifier {'public' if 'public' in m.modifiers else 'protected'} not allowed here",
                    m.span,
                )

    def inherited_params(self, c: ClassInfo, m: MethodInfo) -> list[str]:
        """m's parameter types as c inherits them (its supertypes' type arguments substituted)."""
        mapping = self.views(c, [t for t, _ in c.tparams]).get(m.owner.name, {})
        return [subst(p, mapping) for p in m.params]

    def interface_super_call(self, e: A.Call, name: str, scope: _Scope) -> str:
        """I.super.m(...): I's default method m called on this, without dynamic dispatch."""
        assert self.cls is not None and self.method is not None
        self.args(e.args, scope)
        iface = self.classes.get(name)
        if iface is None or iface not in self.cls.interfaces:
            self.error(f"not an enclosing class: {name}", e.target.span if e.target else e.span)
            return "error"
        if self.method.static:
            self.error("non-static variable super cannot be referenced from a static context", e.span)
            return "error"
        m = self.resolve(iface.find_methods(e.ident), e.args, f"method {e.ident}", e.span, name)
        if m is None:
            return "error"
        if m.abstract:
            # javac points at the '.' before the method's name
            s = e.span
            self.error(
                f"abstract method {m.describe()} in {m.owner.name} cannot be accessed directly",
                Span(s.file, s.line, max(s.column - 1, 1), s.end_line, s.end_column),
            )
        e.ref = m
        e.sig = self.last_sig[0]
        return self.last_sig[1]

    def inherit_default(self, c: ClassInfo, im: MethodInfo) -> None:
        """A class that does not implement interface method im inherits the default method of the
        most specific interface declaring it; two unrelated ones (or a default and an abstract one)
        are javac's errors."""
        found = [
            m
            for k in c.ancestors()
            if k.kind == "interface"
            for m in k.methods.get(im.name, [])
            if not m.static and self.overrides(c, m, im)
        ]
        # a declaration in an interface that another declaring interface extends is overridden
        best = [
            m
            for m in found
            if not any(o.owner is not m.owner and o.owner.is_subclass_of(m.owner) for o in found)
        ]
        best = list(dict.fromkeys(best))
        defaults = [m for m in best if not m.abstract]
        if not defaults:
            return
        if len(best) == 1:
            c.itable_impl[im.sig()] = defaults[0]
            return
        if len(defaults) < len(best) or c.decl is None or im is not best[0]:
            # a default and an abstract one: reported as the abstract one not implemented; two
            # defaults: reported once, when im is the first of them
            return
        a, b = best[0].owner.name, best[1].owner.name
        self.error(
            f"types {a} and {b} are incompatible;\n  class {c.name} inherits unrelated defaults for "
            f"{im.describe()} from types {a} and {b}",
            c.decl.span,
        )

    def overrides(self, c: ClassInfo, m: MethodInfo, old: MethodInfo) -> bool:
        return old.name == m.name and (old.sig() == m.sig() or self.inherited_params(c, old) == m.params)

    def layout(self, order: list[ClassInfo]) -> None:
        """Instance fields after the superclass's; vtables as the superclass's with overrides replaced."""
        done: set[ClassInfo] = set()

        def visit(c: ClassInfo) -> None:
            if c in done:
                return
            done.add(c)
            if c.super is not None:
                visit(c.super)
                c.size = c.super.size
                c.vtable = list(c.super.vtable)
            for f in c.fields.values():
                if not f.static:
                    f.index = c.size
                    c.size += 1
            self.tvars = {**c.scope_tvars, **dict(c.tparams)}
            for ms in c.methods.values():
                for m in ms:
                    if m.static or m.name == "<init>" or c.kind == "interface":
                        continue
                    for k, old in enumerate(c.vtable):
                        if self.overrides(c, m, old):
                            old_ret = subst(
                                old.ret, self.views(c, list(dict(c.tparams))).get(old.owner.name, {})
                            )
                            if not self.assignable(m.ret, old_ret, None, False) or (m.ret == "void") != (
                                old_ret == "void"
                            ):
                                self.error(
                                    f"{m.describe()} in {c.name} cannot override {old.describe()} in "
                                    f"{old.owner.name}\n  return type {m.ret} is not compatible with "
                                    f"{old.ret}",
                                    m.decl.span if m.decl else Span("", 1, 1, 1, 2),
                                )
                            m.vindex = k
                            c.vtable[k] = m
                            break
                    else:
                        m.vindex = len(c.vtable)
                        c.vtable.append(m)
            self.tvars = {}

        fixed, extra = interface_selectors(), 0
        for name in ("Object", *BUILTIN_EXCEPTIONS, "Enum", "Class"):
            visit(self.classes[name])
        for c in order:
            visit(c)
        for c in order:
            for ms in c.methods.values():
                for m in ms:
                    if m.builtin:
                        continue
                    if m.name != "<init>":
                        m.ir_name = f"{c.name}.{m.name}.{ms.index(m)}"
                    else:
                        m.ir_name = f"{c.name}.new.{ms.index(m)}"
            if c.kind == "interface":  # the library's at their fixed indexes, the program's after
                for ms in c.methods.values():
                    for m in ms:
                        if not m.static and m.sig() not in self.program.selectors:
                            self.program.selectors[m.sig()] = fixed.get(m.sig(), len(fixed) + extra)
                            extra += m.sig() not in fixed
        for c in order:
            if c.kind == "interface":
                continue
            # Each interface method's implementation (a generic interface's method is implemented
            # by the method whose parameters are its instantiated ones, as javac's bridges do).
            for iface in c.ancestors():
                if iface.kind != "interface":
                    continue
                for ms in iface.methods.values():
                    for im in ms:
                        if im.static:
                            continue
                        for v in c.vtable:
                            if not v.abstract and self.overrides(c, v, im):
                                c.itable_impl[im.sig()] = v
                                break
                        else:
                            self.inherit_default(c, im)
        for c in order:
            if c.kind != "class" or c.abstract or c.decl is None:
                continue
            for m in c.vtable:
                if m.abstract:
                    self.error(
                        f"{c.name} is not abstract and does not override abstract method "
                        f"{m.describe()} in {m.owner.name}",
                        c.decl.span,
                    )
                    break
            else:
                for iface in c.ancestors():
                    if iface.kind != "interface":
                        continue
                    for ms in iface.methods.values():
                        for m in ms:
                            if m.abstract and m.sig() not in c.itable_impl:
                                self.error(
                                    f"{c.name} is not abstract and does not override abstract method "
                                    f"{m.describe()} in {iface.name}",
                                    c.decl.span,
                                )
                                return

    # ---- types

    def check_type(self, ty: str, span: Span) -> bool:
        base, args, _ = split(ty)
        if base in UNSUPPORTED_TYPES:
            self.error(UNSUPPORTED_TYPES[base], span, "unsupported")
            return False
        if base in self.tvars:
            return True
        if (
            base in PRIMITIVE
            or base in ("String", "StringBuilder")
            or self.sequence(base)
            or (base == "PrintStream" and self.io_types)
        ):
            if base == "void" and ty != "void":
                self.error("'void' type not allowed here", span)
                return False
            if args and self.sequence(base):  # javac points at the '<'
                at = span.column + len(base)
                self.error(
                    f"type {base} does not take parameters", Span(span.file, span.line, at, span.line, at + 1)
                )
                return False
            if args:
                self.error(f"unexpected type\n  required: class\n  found:    {base}", span)
                return False
            return True
        if base in self.classes:
            c = self.classes[base]
            if ty.endswith("<>") or ty.replace("[]", "").endswith("<>"):
                return True  # a diamond, completed where it is used
            if args and not c.tparams:
                self.error(f"type {base} does not take parameters", span)
                return False
            if args and len(args) != len(c.tparams):
                self.error(f"wrong number of type arguments; required {len(c.tparams)}", span)
                return False
            for k, a in enumerate(args):
                if k == 0:  # javac points at the argument: the first one starts just after the '<'
                    at = span.column + len(base) + 1
                    span = Span(span.file, span.line, at, span.line, at + len(a))
                w = wildcard_bound(a)
                if w is not None:
                    if not self.check_type(w[1], span):
                        return False
                    continue
                if a in PRIMITIVE:
                    self.error(f"unexpected type\n  required: reference\n  found:    {a}", span)
                    return False
                if not self.check_type(a, span):
                    return False
            return True
        if base in ("Optional", "Stream", "Function"):
            self.error(f"{base} is not supported in this Java subset", span, "unsupported")
            return False
        if self.outside_class(base, span):
            return False
        self.error(f"cannot find symbol\n  symbol:   class {base}", span, "undeclared")
        return False

    def known(self, ty: str) -> bool:
        base = base_of(ty)
        return (
            base in PRIMITIVE
            or base in ("String", "StringBuilder", "null", "PrintStream")
            or self.sequence(base)
            or base in self.classes
            or base in self.tvars
        )

    def class_of(self, ty: str) -> ClassInfo | None:
        if ty.endswith("[]"):
            return None
        base = base_of(ty)
        if base in self.tvars:
            return self.class_of(self.tvars[base])
        return self.classes.get(base)

    def bound_type(self, ty: str) -> str:
        """A type variable's bound (repeatedly), any other type itself."""
        seen = 0
        while base_of(ty) in self.tvars and not ty.endswith("[]") and seen < 10:
            ty = self.tvars[base_of(ty)]
            seen += 1
        return ty

    def views(self, c: ClassInfo, args: list[str]) -> dict[str, dict[str, str]]:
        """For c<args> and each of its supertypes: what that supertype's type variables stand for."""
        out: dict[str, dict[str, str]] = {}
        todo: list[tuple[ClassInfo, list[str]]] = [(c, args)]
        while todo:
            k, kargs = todo.pop(0)
            if k.name in out:
                continue
            if len(kargs) == len(k.tparams):
                mapping = {t: a for (t, _), a in zip(k.tparams, kargs, strict=True)}
            else:  # a raw type: each variable erased to its bound
                mapping = {t: base_of(b) for t, b in k.tparams}
            out[k.name] = mapping
            for sup_name, sup_args in k.supers.items():
                todo.append((self.classes[sup_name], [subst(a, mapping) for a in sup_args]))
            if k.super is not None and k.super.name not in k.supers:
                todo.append((k.super, []))
            for i in k.interfaces:
                if i.name not in k.supers:
                    todo.append((i, []))
        return out

    def nested_in(self, c: ClassInfo, outer: str) -> bool:
        """Whether class c is written (at any depth) in the class named outer."""
        k = c.lexical
        while k is not None:
            if k.name == outer:
                return True
            k = k.lexical
        return False

    def sequence(self, name: str) -> bool:
        """Whether name is java.lang.CharSequence (in a program naming it, which compiles CharSequences,
        and not declaring its own)."""
        known = "CharSequences" in self.classes and "CharSequence" not in self.classes
        return name == "CharSequence" and known

    def unknown_class(self, name: str, span: Span) -> None:
        """A class extended or implemented that is not known: java's own outside the subset (Thread,
        Cloneable), or javac's error."""
        if base_of(name) == "CharSequence":  # (a program's own CharSequence is known)
            self.error(
                "a class implementing CharSequence is not supported in this Java subset: String and "
                "StringBuilder are its classes",
                span,
                "unsupported",
            )
        elif not self.outside_class(base_of(name), span):
            self.error("cannot find symbol\n  symbol: class " + name, span, "undeclared")

    def outside_class(self, base: str, span: Span) -> bool:
        """Whether java's class base is outside the subset (reported so: "cannot find symbol" would
        blame the program)."""
        if base in OUTSIDE_CLASSES:
            self.error(
                f"{base} is not supported in this Java subset: {OUTSIDE_CLASSES[base]}", span, "unsupported"
            )
        return base in OUTSIDE_CLASSES

    def self_type(self, c: ClassInfo) -> str:
        """A class seen from inside itself: C<T, U> with its own type variables."""
        return c.name + ("<" + ",".join(t for t, _ in c.tparams) + ">" if c.tparams else "")

    def member_mapping(self, owner: ClassInfo, recv_ty: str | None) -> dict[str, str]:
        if recv_ty is None:
            return {}
        recv_ty = self.bound_type(recv_ty)
        c = self.class_of(recv_ty)
        if c is None:
            return {}
        return self.views(c, split(recv_ty)[1]).get(owner.name, {})

    def assignable(self, src: str, dst: str, expr: A.Expr | None = None, boxing: bool = True) -> bool:
        if src == dst or src == "error" or dst == "error":
            return True
        if dst == "CAP#1":
            return src == "null"
        if not self.known(src) or not self.known(dst):
            return True  # already reported where the type was written
        if dst in FLOATING and (is_integral(src) or src == "float"):
            return True  # widening (JLS 5.1.2)
        if src in FLOATING and (is_integral(dst) or dst == "float"):
            return False
        if is_integral(src) and is_integral(dst):
            if dst != "char" and src != "char" and RANK[src] <= RANK[dst]:
                return True
            if src == "char" and dst in ("int", "long"):
                return True
            # A constant int expression that fits narrows implicitly.
            value = self.constant(expr) if expr is not None else None
            if src in ("int", "char", "short", "byte") and value is not None:
                lo, hi = {
                    "byte": (-128, 127),
                    "short": (-32768, 32767),
                    "char": (0, 65535),
                    "int": (-(2**31), 2**31 - 1),
                    "long": (-(2**63), 2**63 - 1),
                }[dst]
                return lo <= value <= hi
            return False
        if boxing and src != "null" and not is_ref(src) and is_ref(dst):
            if dst == "Character" and src in ("int", "short", "byte") and self.assignable(src, "char", expr):
                return True  # `Character c = 65;`: a constant narrowed to char, then boxed (JLS 5.2)
            return src != "void" and box(src) in self.classes and self.assignable(box(src), dst, None, False)
        if boxing and is_ref(src) and not is_ref(dst):
            prim = UNBOXES.get(src)
            return prim is not None and self.assignable(prim, dst, None, False)
        if not is_ref(src) or not is_ref(dst):
            return False
        if src == "null" or dst == "Object":
            return True
        if src.endswith("[]") or dst.endswith("[]"):
            if src.endswith("[]") and dst.endswith("[]") and is_ref(src[:-2]) and is_ref(dst[:-2]):
                return self.assignable(src[:-2], dst[:-2], None, False)
            return False
        sb, db = base_of(src), base_of(dst)
        if db in self.tvars:
            return False
        if sb in self.tvars:
            return self.assignable(self.tvars[sb], dst, None, False)
        if self.sequence(db):  # String and StringBuilder implement it
            return sb in ("String", "StringBuilder") and not split(dst)[1]
        if src == "String":
            return db == "Comparable" and split(dst)[1] in ([], ["String"])
        a, b = self.classes.get(sb), self.classes.get(db)
        if a is None or b is None or not a.is_subclass_of(b):
            return False
        sargs, dargs = split(src)[1], split(dst)[1]
        if not sargs or not dargs:
            return True  # a raw type (an unchecked conversion, which javac only warns about)
        view = self.views(a, sargs).get(b.name, {})
        return all(
            self.contains(d, s) for s, d in zip([view.get(t, t) for t, _ in b.tparams], dargs, strict=True)
        )

    def contains(self, d: str, s: str) -> bool:
        """Type argument d contains s (JLS 4.5.1): equal, or a wildcard whose bound admits s."""
        if d in (s, "?"):
            return True
        wd, ws = wildcard_bound(d), wildcard_bound(s)
        if wd is None:
            return False
        if wd[0] == "extends":
            return (ws is None or ws[0] == "extends") and self.assignable(
                ws[1] if ws else s, wd[1], None, False
            )
        return (ws is None or ws[0] == "super") and self.assignable(wd[1], ws[1] if ws else s, None, False)

    def constant(self, e: A.Expr | None) -> int | None:
        return int_constant(e)

    def require(self, e: A.Expr, dst: str) -> None:
        if not self.assignable(e.ty, dst, e):
            span = e.span
            if isinstance(e, A.Call) and e.ident != "<init>":  # javac points at a call's '('
                span = Span(
                    span.file,
                    span.line,
                    span.column + len(e.ident),
                    span.line,
                    span.column + len(e.ident) + 1,
                )
            self.error(self.mismatch(e.ty, dst), span)

    def mismatch(self, src: str, dst: str) -> str:
        if is_numeric(src) and is_numeric(dst):
            return f"incompatible types: possible lossy conversion from {src} to {dst}"
        return f"incompatible types: {'<null>' if src == 'null' else src} cannot be converted to {dst}"

    # ---- methods

    def check_method(self, c: ClassInfo, m: MethodInfo, outer: _Scope | None = None) -> None:
        d = m.decl
        if d is None or d.body is None:
            return
        self.cls, self.method = c, m
        self.tvars = {**c.scope_tvars, **({} if m.static else dict(c.tparams)), **dict(m.tparams)}
        self.handled = [list(d.throws)]
        scope = _Scope(outer)
        for p in d.params:
            if p.name in scope.names:
                self.error(
                    f"variable {p.name} is already defined in method {m.describe()}", p.span, "duplicate"
                )
            p.slot = self.new_local(scope, p.name, p.ty)
        self.block(d.body.body, scope)
        if m.ret != "void" and self.completes(d.body):
            end = Span(
                d.body.span.file,
                d.body.span.line,
                d.body.span.column,
                d.body.span.line,
                d.body.span.column + 1,
            )
            self.error("missing return statement", self.closing_brace(d.body) or end)

    def closing_brace(self, b: A.Block) -> Span | None:
        return b.end

    def new_local(self, scope: _Scope, name: str, ty: str) -> LocalInfo:
        assert self.method is not None
        info = LocalInfo(name, ty, len(self.method.locals))
        self.method.locals.append(info)
        scope.names[name] = info
        return info

    # ---- statements

    def block(self, body: list[A.Stmt], scope: _Scope) -> None:
        inner = _Scope(scope)
        for s in body:
            self.stmt(s, inner)

    def stmt(self, s: A.Stmt, scope: _Scope) -> None:
        if isinstance(s, A.LocalVar):
            if s.ty == "var":
                s.ty = self.infer_var(s, scope)
            else:
                self.check_type(s.ty, s.span)
            if scope.declared(s.name):
                assert self.method is not None
                self.error(
                    f"variable {s.name} is already defined in method {self.method.describe()}",
                    s.name_span,
                    "duplicate",
                )
            if s.init is not None:
                self.init_expr(s.init, s.ty, scope)
            s.slot = self.new_local(scope, s.name, s.ty)
            if s.final:  # a constant variable when its initialiser is constant (lower.py folds it)
                s.slot.constant = s.init
        elif isinstance(s, A.ExprStmt):
            self.expr(s.expr, scope)
        elif isinstance(s, A.Block):
            self.block(s.body, scope)
        elif isinstance(s, A.If):
            self.cond(s.cond, scope)
            self.stmt(s.then, _Scope(scope))
            if s.other is not None:
                self.stmt(s.other, _Scope(scope))
        elif isinstance(s, A.While | A.DoWhile):
            self.cond(s.cond, scope)
            self.loops += 1
            self.stmt(s.body, _Scope(scope))
            self.loops -= 1
        elif isinstance(s, A.For):
            inner = _Scope(scope)
            for i in s.init:
                self.stmt(i, inner)
            if s.cond is not None:
                self.cond(s.cond, inner)
            for u in s.update:
                self.expr(u, inner)
            self.loops += 1
            self.stmt(s.body, _Scope(inner))
            self.loops -= 1
        elif isinstance(s, A.ForEach):
            if isinstance(s.iterable, A.New):  # `for (String w : new TreeSet<>(words))`: no target type
                s.iterable.receiver = True  # type: ignore[attr-defined]
            t = self.expr(s.iterable, scope)
            inner = _Scope(scope)
            elem = t[:-2] if t.endswith("[]") else self.iterable_element(t)
            if elem is None:
                if t != "error":
                    self.error(
                        "for-each not applicable to expression type\n  required: array or "
                        "java.lang.Iterable\n  found:    " + t,
                        s.iterable.span,
                    )
            else:
                if s.var.ty == "var":
                    s.var.ty = elem
                self.check_type(s.var.ty, s.var.span)
                if not self.assignable(elem, s.var.ty):
                    self.error(self.mismatch(elem, s.var.ty), s.var.span)
            s.elem = elem or "error"  # type: ignore[attr-defined]
            s.hidden = (
                self.new_local(inner, " array", t if t.endswith("[]") else "Iterator"),
                self.new_local(inner, " index", "int"),
            )
            s.var.slot = self.new_local(inner, s.var.name, s.var.ty)
            self.loops += 1
            self.stmt(s.body, _Scope(inner))
            self.loops -= 1
        elif isinstance(s, A.Switch):
            self.switch(s, scope)
        elif isinstance(s, A.Labeled):
            if any(name == s.label and m is self.method for name, _, m in self.labels):
                self.error(f"label {s.label} already in use", s.span)
            loop = isinstance(s.body, A.While | A.DoWhile | A.For | A.ForEach)
            self.labels.append((s.label, loop, self.method))
            self.stmt(s.body, scope)
            self.labels.pop()
        elif isinstance(s, A.Break | A.Continue) and s.label:
            found = [loop for name, loop, m in self.labels if name == s.label and m is self.method]
            if not found:
                self.error(f"undefined label: {s.label}", s.span)
            elif isinstance(s, A.Continue) and not found[-1]:
                self.error(f"not a loop label: {s.label}", s.span)
        elif isinstance(s, A.Break):
            if self.loops == 0 and self.switches == 0:
                self.error("break outside switch or loop", s.span)
        elif isinstance(s, A.Continue):
            if self.loops == 0:
                self.error("continue outside of loop", s.span)
        elif isinstance(s, A.Return):
            assert self.method is not None
            ret = self.method.ret
            if s.value is None:
                if ret != "void":
                    self.error("missing return value", s.span)
            elif ret == "void":
                self.expr(s.value, scope)
                self.error("incompatible types: unexpected return value", s.value.span)
            else:
                self.init_expr(s.value, ret, scope)
        elif isinstance(s, A.Throw):
            t = self.expr(s.value, scope)
            c = self.class_of(t)
            if t != "error" and (c is None or not c.is_subclass_of(self.classes["Throwable"])):
                self.error(self.mismatch(t, "Throwable"), s.value.span)
            elif c is not None and not self.rethrow_of_catch_parameter(s.value):
                self.reported(c.name, s.span)
        elif isinstance(s, A.Try):
            # try-with-resources' own catch (parser.with_resources) rethrows what it catches: what the
            # block throws must still be caught or declared further out.
            self.handled.append([t for c in s.catches if not c.name.startswith(" ") for t in c.types])
            thrown: set[str] = set()
            self.may_throw.append(thrown)
            self.block(s.body.body, scope)
            self.may_throw.pop()
            self.handled.pop()
            for catch in s.catches:
                inner = _Scope(scope)
                alternatives: list[ClassInfo] = []
                for k, t in enumerate(catch.types):
                    if self.check_type(t, catch.span):
                        c = self.class_of(t)
                        if c is None or not c.is_subclass_of(self.classes["Throwable"]):
                            self.error(self.mismatch(t, "Throwable"), catch.span)
                            continue
                        at = catch.type_spans[k] if k < len(catch.type_spans) else catch.span
                        for other in alternatives:  # javac's Attr.visitTypeUnion: pairwise unrelated
                            sub, sup = (c, other) if c.is_subclass_of(other) else (other, c)
                            if sub.is_subclass_of(sup):
                                self.error(
                                    "Alternatives in a multi-catch statement cannot be related by subclassing"
                                    f"\n  Alternative {sub.name} is a subclass of alternative {sup.name}",
                                    at,
                                )
                        alternatives.append(c)
                        if not catch.name.startswith(" ") and self.never_thrown(c, thrown):
                            self.error(
                                f"exception {c.name} is never thrown in body of corresponding try statement",
                                catch.span,
                            )
                ty = catch.types[0] if len(catch.types) == 1 else "Exception"
                catch.slot = self.new_local(inner, catch.name, ty)
                self.catch_parameters.add(catch.slot)
                self.block(catch.body.body, inner)
            if s.final is not None:
                self.block(s.final.body, scope)
        elif isinstance(s, A.Yield):
            target = self.yield_targets[-1] if self.yield_targets else None
            if target is not None and (isinstance(s.value, A.Lambda | A.MethodRef) or lambda_choice(s.value)):
                self.init_expr(s.value, target, scope)  # a lambda yielded: typed by the switch's target
            else:
                self.expr(s.value, scope)
            if not self.yields:
                self.error("yield outside of switch expression", s.span)
            else:
                self.yields[-1].append(s.value)
        elif isinstance(s, A.Empty):
            pass
        elif isinstance(s, A.LocalClass):
            self.local_class(s.decl, scope)
        else:
            self.error(f"{type(s).__name__} is not supported", s.span, "unsupported")

    def iterable_element(self, t: str) -> str | None:
        """The element type of an Iterable<T> (Object for a raw one), None for any other type."""
        c = self.class_of(t)
        iterable = self.classes.get("Iterable")
        if c is None or iterable is None or not c.is_subclass_of(iterable):
            return None
        return read_type(self.views(c, split(self.bound_type(t))[1]).get("Iterable", {}).get("T", "Object"))

    def infer_var(self, s: A.LocalVar, scope: _Scope) -> str:
        """`var x = e`: x has e's type (JLS 14.4.1); what javac cannot infer it reports."""
        why = (
            "cannot use 'var' on variable without initializer"
            if s.init is None
            else "array initializer needs an explicit target-type"
            if isinstance(s.init, A.ArrayLit) and s.init.decl in ("", "var")
            else ""
        )
        if not why:
            assert s.init is not None
            if isinstance(s.init, A.New):  # `var b = new Box<>(42)`: no target type, as for a receiver
                s.init.receiver = True  # type: ignore[attr-defined]
            t = self.expr(s.init, scope)
            if t == "null":
                why = "variable initializer is 'null'"
            elif t == "void":
                why = "variable initializer is 'void'"
            else:
                return t
        self.error(f"cannot infer type for local variable {s.name}\n  ({why})", s.name_span)
        return "error"

    def switch(self, s: A.Switch | A.SwitchExpr, scope: _Scope) -> None:
        t = self.expr(s.subject, scope)
        if t in ("Integer", "Character"):  # a box's switch is on its value (JLS 14.11), lowering unboxes it
            t = UNBOXES[t]
        subject = self.class_of(t)
        enum = subject if subject is not None and subject.enum else None
        if enum is None and t not in ("int", "char", "short", "byte", "String", "error"):
            self.error(
                f"switch on {t} is not supported in this Java subset (int, char, String and enums are)",
                s.subject.span,
                "unsupported",
            )
        seen: set[object] = set()
        defaults = 0
        inner = _Scope(scope)
        s.hidden = self.new_local(inner, " subject", t)
        self.switches += 1
        for case in s.cases:
            if not case.labels:
                defaults += 1
                if defaults > 1:
                    self.error("duplicate default label", case.span)
            for k, label in enumerate(case.labels):
                value = self.enum_label(label, enum) if enum else self.case_label(label, t, inner)
                if value is None:
                    continue
                if value in seen:
                    self.error("duplicate case label", case.span if enum is None else label.span)
                seen.add(value)
                if enum is not None:  # the constant's ordinal, which lowering switches on
                    case.labels[k] = A.Literal(label.span, "int", value)
                    case.labels[k].ty = "int"
                elif t == "String":  # a constant String expression: its text
                    case.labels[k] = A.Literal(label.span, "string", value)
                    case.labels[k].ty = "String"
            for st in case.body:
                self.stmt(st, inner)
        self.switches -= 1
        if (
            isinstance(s, A.SwitchExpr)
            and defaults == 0
            and (enum is None or len(seen) < len(enum.constants))
        ) and t != "error":
            self.error("the switch expression does not cover all possible input values", s.span)

    def case_label(self, label: A.Expr, t: str, scope: _Scope) -> object:
        """The value of a case label of an int, char or String switch (None when it is not constant)."""
        lt = self.expr(label, scope)
        if t == "String":
            text = constant_text(label) if lt == "String" else None
            if text is None and lt == "String" and floating_text(label):
                self.error(
                    "a case label joining a double or float to a String is not supported in this Java subset",
                    label.span,
                    "unsupported",
                )
            elif text is None:
                self.error("constant string expression required", label.span)
            return text
        value = self.constant(label)
        if value is None:
            self.error("constant expression required", label.span)
            return None
        if not self.assignable(lt, t, label):
            self.error(self.mismatch(lt, t), label.span)
        return value

    def enum_label(self, label: A.Expr, c: ClassInfo) -> int | None:
        """An enum switch's label is one of its constants, written unqualified: its ordinal."""
        if isinstance(label, A.Name) and label.ident in c.constants:
            return c.constants.index(label.ident)
        if isinstance(label, A.FieldAccess):
            self.error(
                "an enum switch case label must be the unqualified name of an enumeration constant",
                label.span,
            )
        else:
            self.error(
                f"cannot find symbol\n  symbol:   variable {getattr(label, 'ident', '?')}\n  location: "
                f"class {c.name}",
                label.span,
                "undeclared",
            )
        return None

    def switch_expr(self, e: A.SwitchExpr, scope: _Scope) -> str:
        self.yields.append([])
        self.yield_targets.append(self.yield_target)
        self.yield_target = None
        loops, self.loops = self.loops, 0  # break and continue cannot leave a switch expression
        self.switch(e, scope)
        self.loops = loops
        target = self.yield_targets.pop()
        values = self.yields.pop()
        if not values:
            return "error"
        ty = values[0].ty
        for v in values[1:]:
            ty = self.unify(ty, v.ty, values[0], v, e.span)
        if target is not None and ty != "error" and all(self.assignable(v.ty, target, v) for v in values):
            # In an assignment context a switch expression is a poly expression of the target's type
            # (JLS 15.28.1): `Integer n = switch (k) { case 0 -> count; default -> 0; }` keeps a null
            # count, where a standalone one would unbox it.
            return target
        return ty

    def rethrow_of_catch_parameter(self, e: A.Expr) -> bool:
        """`throw e` of a catch clause's parameter rethrows only what its try can throw (JLS 11.2.2's
        precise rethrow): not checked here."""
        return isinstance(e, A.Name) and isinstance(e.ref, tuple) and e.ref[1] in self.catch_parameters

    def never_thrown(self, c: ClassInfo, thrown: set[str]) -> bool:
        """A catch of checked exception class c whose try block can throw no subclass or superclass of it
        (JLS 11.2.3; Exception and Throwable may always be caught, as may unchecked exceptions)."""
        if c.name in ("Exception", "Throwable") or not c.is_subclass_of(self.classes["Exception"]):
            return False
        if c.is_subclass_of(self.classes["RuntimeException"]):
            return False
        for name in thrown:
            t = self.classes.get(name)
            if t is None or t.is_subclass_of(c) or c.is_subclass_of(t):
                return False
        return True

    def reported(self, thrown: str, span: Span) -> None:
        """A checked exception thrown here must be caught or declared (JLS 11.2), as javac checks."""
        c = self.classes.get(thrown)
        if c is None or not c.is_subclass_of(self.classes["Throwable"]):
            return
        if c.is_subclass_of(self.classes["RuntimeException"]) or c.is_subclass_of(self.classes["Error"]):
            return
        # Every enclosing try block can throw it (more than javac counts when an inner catch takes it: a
        # catch that javac would call needless may pass; a precise rethrow adds nothing new).
        for can_throw in self.may_throw:
            can_throw.add(c.name)
        for names in self.handled:
            for name in names:
                h = self.classes.get(name)
                if h is not None and c.is_subclass_of(h):
                    return
        self.error(f"unreported exception {c.name}; must be caught or declared to be thrown", span)

    def calls_throw(self, m: MethodInfo, span: Span, name_length: int) -> None:
        """The checked exceptions a called method or constructor declares, reported at its '('."""
        if m.decl is None:
            return
        at = Span(span.file, span.line, span.column + name_length, span.line, span.column + name_length + 1)
        for t in m.decl.throws:
            self.reported(t, at)

    def completes(self, s: A.Stmt) -> bool:
        """Whether a statement can complete normally (JLS 14.22, in the cases that matter for returns)."""
        if isinstance(s, A.Block):
            return all(self.completes(x) for x in s.body)
        if isinstance(s, A.Return | A.Throw):
            return False
        if isinstance(s, A.If):
            return s.other is None or self.completes(s.then) or self.completes(s.other)
        # A loop whose condition is a constant expression of value true (JLS 15.29: `1 < 2`, a final
        # boolean set by `true`) completes only by a break.
        if isinstance(s, A.While):
            return constant_bool(s.cond) is not True or self.has_break(s.body)
        if isinstance(s, A.DoWhile):
            return (self.completes(s.body) and constant_bool(s.cond) is not True) or self.has_break(s.body)
        if isinstance(s, A.For):
            return (s.cond is not None and constant_bool(s.cond) is not True) or self.has_break(s.body)
        if isinstance(s, A.Try):
            if s.final is not None and not self.completes(s.final):
                return False
            return self.completes(s.body) or any(self.completes(c.body) for c in s.catches)
        if isinstance(s, A.Switch):
            if not any(not c.labels for c in s.cases):
                return True
            if any(self.has_break(x) for c in s.cases for x in c.body):
                return True
            return not s.cases or all(self.completes(x) for x in s.cases[-1].body)
        if isinstance(s, A.Labeled):
            return self.completes(s.body) or self.breaks_to(s.body, s.label)
        return True

    def breaks_to(self, s: A.Stmt, label: str) -> bool:
        """Whether a statement holds a `break label;` (at any depth)."""
        if isinstance(s, A.Break):
            return s.label == label
        parts: list[A.Stmt | None] = []
        if isinstance(s, A.Block):
            parts = list(s.body)
        elif isinstance(s, A.If):
            parts = [s.then, s.other]
        elif isinstance(s, A.While | A.DoWhile | A.For | A.ForEach | A.Labeled):
            parts = [s.body]
        elif isinstance(s, A.Switch):
            parts = [x for c in s.cases for x in c.body]
        elif isinstance(s, A.Try):
            parts = [s.body, *(c.body for c in s.catches), s.final]
        return any(p is not None and self.breaks_to(p, label) for p in parts)

    def has_break(self, s: A.Stmt) -> bool:
        if isinstance(s, A.Break):
            return not s.label
        if isinstance(s, A.Block):
            return any(self.has_break(x) for x in s.body)
        if isinstance(s, A.If):
            return self.has_break(s.then) or (s.other is not None and self.has_break(s.other))
        if isinstance(s, A.Try):
            return self.has_break(s.body) or any(self.has_break(c.body) for c in s.catches)
        return False

    # ---- expressions

    def cond(self, e: A.Expr, scope: _Scope) -> None:
        t = self.expr(e, scope)
        if t not in ("boolean", "Boolean", "error"):
            self.error(self.mismatch(t, "boolean"), e.span)

    def init_expr(self, e: A.Expr, ty: str, scope: _Scope) -> None:
        if isinstance(e, A.Lambda | A.MethodRef):
            e.ty = self.lambda_(e, ty, scope)
            return
        if isinstance(e, A.SwitchExpr):  # its yields may be lambdas, typed by the target
            self.yield_target = ty
            self.expr(e, scope)
            self.require(e, ty)
            return
        if isinstance(e, A.Cond) and lambda_choice(e):  # `c ? x -> 1 : x -> 2`: both typed by the target
            self.cond(e.cond, scope)
            self.init_expr(e.then, ty, scope)
            self.init_expr(e.other, ty, scope)
            e.ty = ty
            return
        if isinstance(e, A.Cond) and generic_choice(e) and is_ref(ty) and ty not in UNBOXES:
            # `ok ? Optional.empty() : Optional.of(m)` returned as an Optional<String>: a reference
            # conditional is a poly expression (JLS 15.25.3), each branch typed by the target
            self.cond(e.cond, scope)
            self.init_expr(e.then, ty, scope)
            self.init_expr(e.other, ty, scope)
            e.ty = ty
            return
        if isinstance(e, A.ArrayLit):
            if e.decl:  # its type written (`new int[] {1, 2}`, or an element of one): a value like others
                self.array_lit(e, scope)
                self.require(e, ty)
                return
            if not ty.endswith("[]"):
                self.error(f"illegal initializer for {ty}", e.span)
                e.ty = "error"
                return
            e.decl = ty
            self.array_lit(e, scope)
            return
        self.diamond_target = ty if isinstance(e, A.New) else None
        if isinstance(e, A.Call):
            e.want = ty  # type: ignore[attr-defined]
        self.expr(e, scope)
        self.diamond_target = None
        self.require(e, ty)

    def array_lit(self, e: A.ArrayLit, scope: _Scope) -> str:
        e.ty = e.decl
        for x in e.elems:
            self.init_expr(x, e.decl[:-2], scope)
        return e.ty

    def expr(self, e: A.Expr, scope: _Scope) -> str:
        e.ty = self._expr(e, scope)
        return e.ty

    def _expr(self, e: A.Expr, scope: _Scope) -> str:
        if isinstance(e, A.Literal):
            return {
                "int": "int",
                "long": "long",
                "double": "double",
                "float": "float",
                "char": "char",
                "string": "String",
                "boolean": "boolean",
                "null": "null",
            }[e.kind]
        if isinstance(e, A.Name):
            return self.name(e, scope)
        if isinstance(e, A.This):
            if self.method is None or self.method.static:
                self.error("non-static variable this cannot be referenced from a static context", e.span)
                return "error"
            assert self.cls is not None
            if e.qual:  # Outer.this: the enclosing instance of that class
                found = self.enclosing_member(lambda c: c if c.name == e.qual else None)
                if found is None:
                    self.error(f"not an enclosing class: {e.qual}", e.span)
                    return "error"
                if found[1] is None:
                    self.error("non-static variable this cannot be referenced from a static context", e.span)
                    return "error"
                e.hops = found[1]
                return self.self_type(found[0])
            return self.self_type(self.cls)
        if isinstance(e, A.SuperRef):
            self.error("'super' may only be used to call a method or constructor", e.span, "unsupported")
            return "error"
        if isinstance(e, A.FieldAccess):
            return self.field_access(e, scope)
        if isinstance(e, A.Call):
            ty = self.call(e, scope)
            if isinstance(e.ref, MethodInfo):
                implicit = e.ident == "<init>" or getattr(e, "resource", False)  # try-with-resources' close
                self.calls_throw(e.ref, e.span, 0 if implicit else len(e.ident))
            return ty
        if isinstance(e, A.New):
            ty = self.new(e, scope)
            if isinstance(e.ref, MethodInfo):
                self.calls_throw(e.ref, e.span, 0)
            return ty
        if isinstance(e, A.NewArray):
            self.check_type(e.elem, e.span)
            for d in e.dims:
                t = self.expr(d, scope)
                if not self.assignable(t, "int", d):
                    self.error(self.mismatch(t, "int"), d.span)
            return e.elem + "[]"
        if isinstance(e, A.ArrayLit):
            if not e.decl:
                self.error("array initializer is not allowed here", e.span)
                return "error"
            self.check_type(e.decl, e.span)
            return self.array_lit(e, scope)
        if isinstance(e, A.Index):
            t = self.expr(e.target, scope)
            i = self.expr(e.index, scope)
            if not self.assignable(i, "int", e.index):
                self.error(self.mismatch(i, "int"), e.index.span)
            if t == "error":
                return "error"
            if not t.endswith("[]"):
                self.error(f"array required, but {t} found", e.span)
                return "error"
            return t[:-2]
        if isinstance(e, A.Unary):
            t = self.expr(e.operand, scope)
            t = UNBOXES.get(t, t)
            if t == "error":
                return t
            if e.op == "!":
                if t != "boolean":
                    self.error(f"bad operand type {t} for unary operator '!'", e.span)
                return "boolean"
            if not is_integral(t) and not (t in FLOATING and e.op in ("-", "+")):
                self.error(f"bad operand type {t} for unary operator '{e.op}'", e.span)
                return "error"
            return promote(t)
        if isinstance(e, A.IncDec):
            t = self.expr(e.target, scope)
            self.lvalue(e.target)
            self.not_captured(e.target)
            if t != "error" and not is_numeric(UNBOXES.get(t, t)):
                self.error(f"bad operand type {t} for unary operator '{e.op}'", e.span)
            return t
        if isinstance(e, A.Binary):
            return self.binary(e, scope)
        if isinstance(e, A.Assign):
            return self.assign(e, scope)
        if isinstance(e, A.Cond):
            self.cond(e.cond, scope)
            a = self.expr(e.then, scope)
            b = self.expr(e.other, scope)
            return self.unify(a, b, e.then, e.other, e.span)
        if isinstance(e, A.SwitchExpr):
            return self.switch_expr(e, scope)
        if isinstance(e, A.Lambda | A.MethodRef):
            what = "lambda expression" if isinstance(e, A.Lambda) else "method reference"
            self.error(f"{what} not expected here", e.span)
            return "error"
        if isinstance(e, A.Cast) and isinstance(e.operand, A.Lambda | A.MethodRef):
            if not self.check_type(e.to, e.span):  # the cast is the lambda's target type
                return "error"
            e.operand.ty = self.lambda_(e.operand, e.to, scope)
            return e.operand.ty
        if isinstance(e, A.Cast):
            t = self.expr(e.operand, scope)
            if not self.check_type(e.to, e.span) or t == "error":
                return "error"
            # A cast to a type variable is unchecked, even where a class has its name (a program's
            # `record E`, and ArrayList<E>'s `(E) data[i]`).
            e.erased = base_of(e.to) in self.tvars  # type: ignore[attr-defined]
            if is_numeric(UNBOXES.get(t, t)) and is_numeric(e.to):
                return e.to
            if UNBOXES.get(t) == e.to or (not is_ref(t) and is_ref(e.to) and self.assignable(t, e.to)):
                return e.to  # unboxing or boxing
            if (
                is_ref(t)
                and is_ref(e.to)
                and (self.assignable(t, e.to) or self.assignable(e.to, t) or self._interfaceish(t, e.to))
            ):
                return e.to
            if t == e.to:
                return t
            self.error(f"incompatible types: {t} cannot be converted to {e.to}", e.span)
            return "error"
        if isinstance(e, A.InstanceOf):
            t = self.expr(e.operand, scope)
            if not self.check_type(e.cls, e.span):
                return "boolean"
            if t != "error" and (
                not is_ref(t)
                or not (
                    self.assignable(t, e.cls)
                    or self.assignable(e.cls, t)
                    or (self.class_of(e.cls) or ClassInfo("", "class", None)).kind == "interface"
                )
            ):
                self.error(f"incompatible types: {t} cannot be converted to {e.cls}", e.span)
            if e.bind is not None:
                e.slot = self.new_local(scope, e.bind, e.cls)
            return "boolean"
        self.error(f"{type(e).__name__} is not supported", e.span, "unsupported")
        return "error"

    def unify(self, a: str, b: str, ea: A.Expr, eb: A.Expr, span: Span) -> str:
        """The type of a conditional (or switch) expression whose branches have types a and b."""
        if a == b:
            return a
        ua, ub = UNBOXES.get(a, a), UNBOXES.get(b, b)
        if ua == ub == "boolean":  # `c ? flag : true` is a boolean: the Boolean is unboxed (JLS 15.25)
            return "boolean"
        if is_numeric(ua) and is_numeric(ub) and (is_ref(a) or is_ref(b)):
            # A numeric conditional (JLS 15.25.2): a box is unboxed and promoted with the other side
            # (`c ? count : 0` of an Integer is an int, `c ? count : 2.5` a double), so a null box
            # throws in its branch. Integer's constant is not a constant expression: only a primitive
            # int constant fits a Byte, Short or Character's type.
            if ua == ub:
                return ua
            for x, y, ex in ((a, ub, ea), (b, ua, eb)):
                if x == "int" and y in ("byte", "short", "char") and self.assignable(x, y, ex):
                    return y
            if {ua, ub} == {"byte", "short"}:
                return "short"
            return promote(ua, ub)
        if is_numeric(a) and is_numeric(b):
            # an int constant that fits the other side's byte, short or char takes its type (JLS
            # 15.25: `true ? 'c' : 0` is a char) before either widens
            for x, y, ex in ((a, b, ea), (b, a, eb)):
                if x == "int" and y in ("byte", "short", "char") and self.assignable(x, y, ex):
                    return y
            for x, y in ((a, b), (b, a)):
                if self.assignable(x, y, ea if x == a else eb):
                    return y
            return promote(a, b)
        if "error" in (a, b):
            return "error"
        if "null" not in (a, b) and is_ref(a) != is_ref(b):  # one side is boxed (JLS 15.25)
            a, b = (box(a) if not is_ref(a) else a), (box(b) if not is_ref(b) else b)
            if a == b:
                return a
        if a == "null" and is_ref(b):
            return b
        if b == "null" and is_ref(a):
            return a
        if "null" in (a, b) and a + b != "nullvoid" and a + b != "voidnull":  # `c ? null : 0`: an Integer
            return box(b if a == "null" else a)
        if self.assignable(a, b):
            return b
        if self.assignable(b, a):
            return a
        if {a, b} == {"String", "StringBuilder"}:
            return self.lub(a, b)  # CharSequence, which both implement, in a program naming it
        if is_ref(a) and is_ref(b):
            # The nearest common superclass (javac's lub, for classes without type arguments).
            ca, cb = self.class_of(a), self.class_of(b)
            sup = ca
            while ca is not None and cb is not None and sup is not None and not split(a)[1]:
                if cb.is_subclass_of(sup):
                    return sup.name
                sup = sup.super
            return "Object"
        self.error(f"incompatible types in conditional expression: {a} and {b}", span)
        return "error"

    def not_captured(self, e: A.Expr) -> None:
        if isinstance(e, A.Name) and isinstance(e.ref, tuple) and e.ref[0] == "capture":
            where = "an inner class" if e.ref[1].name.startswith(CAPTURED) else "a lambda expression"
            self.error(f"local variables referenced from {where} must be final or effectively final", e.span)

    def functional_method(self, c: ClassInfo) -> MethodInfo | None:
        """The one abstract method of a functional interface (JLS 9.8), None for any other type."""
        if c.kind != "interface":
            return None
        found: dict[str, MethodInfo] = {}
        for i in c.ancestors():
            for ms in i.methods.values():
                for m in ms:
                    if m.abstract and not m.static:
                        found.setdefault(m.name + str(len(m.params)), m)
        return next(iter(found.values())) if len(found) == 1 else None

    def untyped_args(self, args: list[A.Expr], scope: _Scope) -> bool:
        """A library method of the language's own (println, String's, Math's...) takes no lambda; a
        generic call passed to one is typed by its own arguments."""
        for a in args:
            if a.ty == "lambda":
                self.error("lambda expression not expected here", a.span)
                return True
            if a.ty == "poly":
                self.expr(a, scope)
        return False

    def members_named(self, ident: str) -> Callable[[ClassInfo], list[MethodInfo] | None]:
        """A class's methods of that name; an interface's include Object's (JLS 9.2), so a default
        method may call getClass() or toString() unqualified."""

        def find(c: ClassInfo) -> list[MethodInfo] | None:
            found = c.find_methods(ident)
            if not found and c.kind == "interface":
                found = [m for m in self.classes["Object"].find_methods(ident) if not m.static]
            return found or None

        return find

    def statically_imported(self, ident: str) -> str | None:
        """The class whose static member ident a static import brings (Math), if one does."""
        for owner, member in self.static_imports:
            if member in ("*", ident):
                return owner
        return None

    def generic_static_call(self, e: A.Call, scope: _Scope) -> bool:
        """`Comparator.comparing(...)` and the like: a generic static method, whose type arguments
        javac infers from the parameter the call is passed to."""
        t = e.target
        if isinstance(t, A.FieldAccess) and isinstance(t.target, A.Name):  # Map.Entry.comparingByKey()
            c = self.classes.get(f"{t.target.ident}.{t.ident}")
        elif not isinstance(t, A.Name) or scope.find(t.ident) is not None:
            return False
        else:
            c = self.classes.get(t.ident)
        methods = [m for m in (c.find_methods(e.ident) if c is not None else []) if m.static and m.tparams]
        # Only when its own arguments cannot tell them: none, lambdas (which need them first), a type
        # variable its parameters do not mention (`Collectors.joining(", ")`), or an argument that is
        # such a call itself (`BinaryOperator.maxBy(Comparator.naturalOrder())`).
        if e.args and not any(isinstance(x, A.Lambda | A.MethodRef) for x in e.args):
            return any(
                t not in set(_IDENTS.findall(" ".join(m.params))) for m in methods for t, _ in m.tparams
            ) or any(isinstance(x, A.Call) and self.generic_static_call(x, scope) for x in e.args if methods)
        return bool(methods)

    def lambda_fits(self, e: A.Expr, ty: str) -> bool:
        c = self.class_of(ty)
        fm = self.functional_method(c) if c is not None else None
        if fm is None:
            return False
        if isinstance(e, A.MethodRef):
            return len(fm.params) in self.method_ref_arities(e)
        return not isinstance(e, A.Lambda) or len(e.params) == len(fm.params)

    def nested_class_name(self, target: A.Expr) -> A.Expr:
        """`Map.Entry` written where a class is named (Map.Entry::getKey): the class's Name."""
        if isinstance(target, A.FieldAccess) and isinstance(target.target, A.Name):
            name = f"{target.target.ident}.{target.ident}"
            if name in self.classes:
                return A.Name(target.span, name)
        return target

    def poly_fits(self, e: A.Expr, p: str) -> bool:
        """Whether a generic static call whose type arguments come from its parameter (`Comparator.
        reverseOrder()`) may be passed for p: one of the methods it may call returns a subtype of p."""
        if not is_ref(p) or p.endswith("[]"):  # no generic static method of the library gives an array
            return False
        want = self.class_of(p)
        if want is None or base_of(p) in self.tvars or want.name == "Object":
            return True
        assert isinstance(e, A.Call)
        t = e.target
        name = (
            f"{t.target.ident}.{t.ident}"
            if isinstance(t, A.FieldAccess) and isinstance(t.target, A.Name)
            else ""
        )
        c = self.classes.get(t.ident if isinstance(t, A.Name) else name)
        rets = [self.class_of(m.ret) for m in (c.find_methods(e.ident) if c else []) if m.static]
        return any(r is None or r.is_subclass_of(want) for r in rets)

    def method_ref_arities(self, e: A.MethodRef) -> set[int]:
        """How many parameters a functional interface's method may have for this method reference
        (`Card::name` takes one, the Card; `Integer::compare` two), all of them when it cannot tell."""
        target = self.nested_class_name(e.target)
        anything = set(range(8))
        if not isinstance(target, A.Name) or (e.scope is not None and e.scope.find(target.ident) is not None):
            return anything
        if target.ident == "String":
            return {len(ps) + 1 for ps, _ in STRING_METHODS.get(e.ident, [])} or anything
        if self.sequence(target.ident) and e.ident in SEQUENCE_METHODS:
            return {len(SEQUENCE_METHODS[e.ident][0]) + 1}
        owner = self.classes.get(target.ident)
        if owner is None or (self.cls is not None and self.cls.find_field(target.ident) is not None):
            return anything
        if e.ident == "new":
            return {len(m.params) for m in owner.methods.get("<init>", [])}
        found = owner.find_methods(e.ident)
        if owner.kind == "interface":
            found += self.classes["Object"].find_methods(e.ident)
        return {len(m.params) + (0 if m.static else 1) for m in found} or anything

    def lambda_(self, e: A.Lambda | A.MethodRef, target: str, scope: _Scope) -> str:
        """A lambda (or method reference) as an object of a new class implementing its target, a
        functional interface; the locals it uses are copied into the object's fields when it is made."""
        assert self.cls is not None and self.method is not None
        c = self.class_of(target)
        fm = self.functional_method(c) if c is not None else None
        if c is None or fm is None:
            self.error(f"incompatible types: {target} is not a functional interface", e.span)
            return "error"
        # A wildcard type argument stands for its bound (JLS 9.9: Function<? super T, ? extends R>'s
        # function type takes a T and gives an R).
        targs = [w[1] if (w := wildcard_bound(a)) else a for a in split(self.bound_type(target))[1]]
        mapping = self.views(c, targs).get(fm.owner.name, {})
        params = [subst(p, mapping) for p in fm.params]
        ret = subst(fm.ret, mapping)
        if isinstance(e, A.MethodRef):
            lam = self.method_ref(e, len(params), scope, params[0] if params else None)
            if lam is None:
                return "error"
            e.lam = lam
            e = lam
        if len(e.params) != len(params):
            self.error("incompatible types: incompatible parameter types in lambda expression", e.span)
            return "error"
        # java's frame for a lambda's body: the method javac makes of it, Main.lambda$main$0.
        source = self.method.owner.binary if self.method.owner.name.startswith("lambda.") else ""
        where = (
            source.rsplit("$", 2)[1]
            if source
            else {"<init>": "new", "<clinit>": "static"}.get(self.method.name, self.method.name)
        )
        count = sum(1 for k in self.lambdas if k.package == self.cls.package and k.lexical is self.cls)
        # The library's named by where it is written, the same in every program (its code is prepared
        # once for all of them: library.interface_selectors); the program's numbered.
        name = (
            f"lambda.{self.cls.name}.{where}.{count}" if self.cls.package else f"lambda.{len(self.lambdas)}"
        )
        cls = ClassInfo(name, "class", None)
        cls.super = self.classes["Object"]
        cls.interfaces = [c]
        cls.supers = {c.name: targs}
        cls.lexical, cls.package = self.cls, self.cls.package
        cls.binary = f"{self.cls.qualified}.lambda${where}${count}"
        self.classes[cls.name] = cls
        self.lambdas.append(cls)
        outer_static = self.method.static
        if not outer_static:
            cls.fields[" this"] = FieldInfo(" this", self.self_type(self.cls), False, cls, final=True)
        body: A.Block
        if isinstance(e.body, A.Block):
            body = e.body
        elif ret == "void":
            body = A.Block(e.body.span, [A.ExprStmt(e.body.span, e.body)], e.body.span)
        else:
            body = A.Block(e.body.span, [A.Return(e.body.span, e.body)], e.body.span)
        decl = A.MethodDecl(e.span, {"public"}, ret, fm.name, [], [], body)
        m = MethodInfo(fm.name, cls, list(fm.params), ret, outer_static, False, decl)
        cls.methods[fm.name] = [m]
        saved = (self.method, self.handled, self.loops, self.switches, self.yields)
        self.method, self.loops, self.switches, self.yields = m, 0, 0, []
        self.handled = [list(fm.decl.throws) if fm.decl else []]
        inner = _Scope(_CaptureScope(scope, cls))
        for (pty, pname), ity in zip(e.params, params, strict=True):
            if pty and pty not in (ity, "var"):
                self.error("incompatible types: incompatible parameter types in lambda expression", e.span)
            p = A.Param(e.span, ity, pname)
            p.slot = self.new_local(inner, pname, ity)
            decl.params.append(p)
        if isinstance(e.body, A.Block):
            self.block(e.body.body, inner)
            if ret != "void" and self.completes(e.body):
                self.error("lambda body is neither value nor void compatible", e.span)
        elif ret == "void":
            if not isinstance(e.body, A.Assign | A.IncDec | A.Call | A.New):
                self.error("bad return type in lambda expression", e.body.span)
            self.expr(e.body, inner)
        else:
            self.init_expr(e.body, ret, inner)
        self.method, self.handled, self.loops, self.switches, self.yields = saved
        m.static = False
        # Its class: Object's vtable and the method; the captured variables are its fields.
        cls.vtable = list(self.classes["Object"].vtable)
        m.vindex = len(cls.vtable)
        cls.vtable.append(m)
        for f in cls.fields.values():
            f.index = cls.size
            cls.size += 1
        cls.itable_impl[fm.sig()] = m
        for i in cls.ancestors():  # the interface's default methods
            for ims in i.methods.values() if i.kind == "interface" else []:
                for im in ims:
                    if not im.static and im.sig() not in cls.itable_impl:
                        self.inherit_default(cls, im)
        m.ir_name = f"{cls.name}.{fm.name}.0"
        e.info = cls
        return target

    def method_ref(self, e: A.MethodRef, n: int, scope: _Scope, first: str | None = None) -> A.Lambda | None:
        """`C::m` (a static method, or an instance method of the first parameter, which a primitive
        first parameter cannot be: IntFunction's Integer::toString is the static one), `expr::m`,
        `C::new`, written out as the lambda it stands for."""
        names = [f" p{k}" for k in range(n)]
        args: list[A.Expr] = [A.Name(e.span, p) for p in names]
        target = e.target = self.nested_class_name(e.target)
        is_class = (
            isinstance(target, A.Name)
            and scope.find(target.ident) is None
            and (
                target.ident in self.classes or target.ident in LIBRARY_CLASSES or self.sequence(target.ident)
            )
            and (self.cls is None or self.cls.find_field(target.ident) is None)
        )
        body: A.Expr
        if e.ident == "new":
            built_in = (
                isinstance(target, A.Name)
                and target.ident == "StringBuilder"
                and not scope.find("StringBuilder")
            )
            if not is_class and not built_in:
                self.error("method reference not expected here", e.span)
                return None
            assert isinstance(target, A.Name)
            body = A.New(e.span, target.ident, args, target.span)
        elif is_class:
            assert isinstance(target, A.Name)
            c = self.classes.get(target.ident)
            # An array is no instance of a class but Object: Arrays::toString of an int[] is the static
            # Arrays.toString(int[]), not the array's own toString() that Arrays inherits from Object.
            array = first is not None and first.endswith("[]")
            receiver = first is None or (is_ref(first) and (not array or target.ident == "Object"))
            instance = [
                m
                for m in (c.find_methods(e.ident) if c else [])
                if not m.static and len(m.params) == n - 1 and receiver
            ]
            string_method = e.ident in STRING_METHODS or e.ident in JAVA_STRING_METHODS
            string_method = string_method and target.ident == "String" and e.ident != "join"
            sequence_method = self.sequence(target.ident) and e.ident != "compare"  # compare is static
            if n > 0 and (instance or string_method or sequence_method):
                body = A.Call(e.span, args[0], e.ident, args[1:])
            else:
                body = A.Call(e.span, A.Name(target.span, target.ident), e.ident, args)
        else:
            body = A.Call(e.span, target, e.ident, args)
        return A.Lambda(e.span, [("", p) for p in names], body)

    def lvalue(self, e: A.Expr) -> None:
        if isinstance(e, A.Name | A.Index):
            ref = getattr(e, "ref", None)
            if isinstance(e, A.Name) and isinstance(ref, tuple) and ref[0] == "class":
                self.error("unexpected type\n  required: variable\n  found:    class", e.span)
            return
        if isinstance(e, A.FieldAccess):
            if e.ref == "length":
                self.error("cannot assign a value to final variable length", e.span)
            return
        self.error("unexpected type\n  required: variable\n  found:    value", e.span)

    def name(self, e: A.Name, scope: _Scope) -> str:
        local = scope.find(e.ident)
        if isinstance(local, _Captured):
            e.ref = ("capture", local.field)
            return local.ty
        if local is not None:
            e.ref = ("local", local)
            return local.ty
        assert self.cls is not None
        found = self.enclosing_member(lambda c: c.find_field(e.ident))
        if found is not None:
            _, hops, f = found
            if not f.static and hops is None:
                self.error(
                    f"non-static variable {e.ident} cannot be referenced from a static context", e.span
                )
                return "error"
            e.ref = ("static", f) if f.static else ("outer", hops, f) if hops else ("field", f)
            # a generic superclass's field as the class sees it (T[] data of a Heap<String>: String[])
            return f.ty if f.static else subst(f.ty, self.member_mapping(f.owner, self.self_type(found[0])))
        if e.ident in self.classes or e.ident in LIBRARY_CLASSES or self.sequence(e.ident):
            e.ref = ("class", e.ident)
            return "class:" + e.ident
        owner_name = self.statically_imported(e.ident)
        if owner_name is not None and f"Math.{e.ident}" in DOUBLE_CONSTANTS:  # PI after import static
            e.ref = ("constant", f"Math.{e.ident}")
            return "double"
        if e.ident in OUTSIDE_CLASSES:  # java has them; "cannot find symbol" would blame the program
            self.error(
                f"{e.ident} is not supported in this Java subset: {OUTSIDE_CLASSES[e.ident]}",
                e.span,
                "unsupported",
            )
            return "error"
        self.error(
            f"cannot find symbol\n  symbol:   variable {e.ident}\n  location: class {self.cls.name}",
            e.span,
            "undeclared",
        )
        return "error"

    def field_access(self, e: A.FieldAccess, scope: _Scope) -> str:
        if isinstance(e.target, A.SuperRef) and not e.target.iface and self.cls is not None:
            # super.name: the field as the superclass sees it, which is ((Super) this).name
            d = self.cls.decl
            sup = d.extends if d is not None and d.extends else "Object"
            e.target = A.Cast(e.target.span, sup, A.This(e.target.span))
        t = self.expr(e.target, scope)
        if t == "error":
            return t
        if t.startswith("class:"):
            cname = t[6:]
            constants = {
                ("Integer", "MAX_VALUE"): "int", ("Integer", "MIN_VALUE"): "int",
                ("Long", "MAX_VALUE"): "long", ("Long", "MIN_VALUE"): "long",
                ("Short", "MAX_VALUE"): "short", ("Short", "MIN_VALUE"): "short",
                ("Byte", "MAX_VALUE"): "byte", ("Byte", "MIN_VALUE"): "byte",
                ("Character", "MAX_VALUE"): "char", ("Character", "MIN_VALUE"): "char",
                ("System", "out"): "PrintStream", ("System", "err"): "PrintStream",
                ("System", "in"): "InputStream",
            }  # fmt: skip
            if e.ident == "class":  # a class literal: the class (lowered to its vtable)
                lit = self.classes.get(cname)
                if lit is None or lit.kind == "interface" or (lit.builtin and lit.decl is None):
                    self.error(
                        f"the class literal {cname}.class is outside this Java subset", e.span, "unsupported"
                    )
                    return "error"
                e.ref = ("classlit", cname)
                return f"Class<{cname}>"
            if (cname, e.ident) in constants:
                e.ref = ("library", f"{cname}.{e.ident}")
                return constants[(cname, e.ident)]
            if f"{cname}.{e.ident}" in DOUBLE_CONSTANTS:
                e.ref = ("library", f"{cname}.{e.ident}")
                return "float" if cname == "Float" else "double"
            if f"{cname}.{e.ident}" in self.classes:  # Map.Entry: a library class nested in another
                e.ref = ("class", f"{cname}.{e.ident}")
                return f"class:{cname}.{e.ident}"
            inner = self.classes.get(e.ident)
            if inner is not None and not inner.builtin and self.nested_in(inner, cname):  # Counter.Stats
                e.ref = ("class", e.ident)
                return f"class:{e.ident}"
            if (cname, e.ident) == ("String", "CASE_INSENSITIVE_ORDER"):  # lang.java's StringOrder
                cname = "StringOrder"
            c = self.classes.get(cname)
            f = c.find_field(e.ident) if c is not None else None
            if f is None or not f.static:
                what = "variable" if f is None else "non-static variable"
                self.error(
                    f"cannot find symbol\n  symbol:   {what} {e.ident}\n  location: class {cname}"
                    if f is None
                    else f"non-static variable {e.ident} cannot be referenced from a static context",
                    e.span,
                    "undeclared",
                )
                return "error"
            e.ref = f
            return f.ty
        if t.endswith("[]") and e.ident == "length":
            e.ref = "length"
            return "int"
        c = self.class_of(t)
        f = c.find_field(e.ident) if c is not None else None
        if f is None:
            self.error(
                f"cannot find symbol\n  symbol:   variable {e.ident}\n  location: {'class ' + t if c else t}",
                e.span,
                "undeclared",
            )
            return "error"
        e.ref = f
        return subst(f.ty, self.member_mapping(f.owner, t)) if not f.static else f.ty

    def args(self, args: list[A.Expr], scope: _Scope) -> list[str]:
        out = []
        for a in args:
            if isinstance(a, A.Lambda | A.MethodRef):
                a.scope = scope  # checked once the method, and so its target type, is chosen
                a.ty = "lambda"
                out.append(a.ty)
            elif isinstance(a, A.Call) and self.generic_static_call(a, scope):
                a.scope = scope  # type: ignore[attr-defined]  # its type arguments come from the parameter
                a.ty = "poly"
                out.append(a.ty)
            else:
                out.append(self.expr(a, scope))
        return out

    def instantiate(
        self,
        m: MethodInfo,
        recv_ty: str | None,
        args: list[A.Expr],
        want: str | None = None,
        targs: list[str] | None = None,
    ) -> tuple[list[str], str]:
        """m's parameter and result types for this receiver (its class's type arguments) and these
        arguments (a generic method's type arguments, inferred from them)."""
        mapping = self.member_mapping(m.owner, recv_ty) if not m.static else {}
        # A parameter of a `? extends` (or `?`) type takes no value but null (javac's capture CAP#1),
        # one of a `? super X` type takes an X; a result reads as the wildcard's upper bound.
        params = [
            ("CAP#1" if w[0] == "extends" else w[1]) if (w := wildcard_bound(q)) else q
            for q in (subst(p, mapping) for p in m.params)
        ]
        recv_class = self.class_of(recv_ty) if recv_ty is not None else None
        if recv_class is not None and recv_class.tparams and not split(self.bound_type(recv_ty or ""))[1]:
            params = [erase(p) for p in params]  # a raw type's members are erased (JLS 4.8)
        ret = read_type(subst(m.ret, mapping))
        if m.tparams:
            # Explicit type arguments (`this.<T>f(x)`) are the method's; a method that is not generic
            # ignores them, as javac does.
            given = targs if targs and len(targs) == len(m.tparams) else []
            bound: dict[str, str] = {t: a for (t, _), a in zip(m.tparams, given, strict=False)}
            tvars = {t for t, _ in m.tparams}
            for p, a in zip(spread(m, params, args), args, strict=False):
                # A diamond for a parameterised type (`List<T>`) takes its arguments from it: it binds
                # nothing; one for a type variable binds it to its class.
                if getattr(a, "diamond", None) is None or p in tvars:
                    self.infer(p, a.ty, tvars, bound)
            for p, a in zip(params, args, strict=False):
                if isinstance(a, A.Lambda | A.MethodRef):
                    self.infer_function(p, a, tvars, bound)
            # What is still unbound, from the type the result is assigned to; every type is an Object,
            # so that one tells nothing (a lambda's `r -> r.stream().collect(joining())` for an R).
            # A CharSequence tells as little where a String or a StringBuilder is made (a collect's
            # joining()): it binds what the arguments leave unbound.
            weak = want is not None and self.sequence(base_of(want))
            if want is not None and want != "Object" and not weak:
                self.infer(ret, want, tvars, bound)
            # What only typing an argument tells: a generic call's result (`Collectors.toList()`), then
            # a lambda's result once its parameters' types are known (`map(s -> s.length())`).
            for p, a in zip(params, args, strict=False):
                if a.ty == "poly" and self.unbound(p, tvars, bound):
                    open_p = subst(p, {t: "?" for t in tvars if t not in bound} | bound)
                    ty = self.speculate(partial(self.typed_poly, a, open_p))
                    if ty is not None:
                        self.infer(p, ty, tvars, bound)
            if weak and want is not None and self.unbound(ret, tvars, bound):
                self.infer(ret, want, tvars, bound)
            for p, a in zip(params, args, strict=False):
                if isinstance(a, A.Lambda | A.MethodRef) and self.unbound(p, tvars, bound):
                    self.infer_lambda_result(p, a, tvars, bound)
            bound.update({t: a for (t, _), a in zip(m.tparams, given, strict=False)})  # as written
            for t, b in m.tparams:
                bound.setdefault(t, base_of(subst(b, bound)) if b != "Object" else "Object")
            params = [subst(p, bound) for p in params]
            ret = subst(ret, bound)
        return params, ret

    def type_arguments(self, e: A.Call) -> list[str]:
        """A call's explicit type arguments, each checked as a type (a primitive is javac's error)."""
        out = []
        for t in e.targs:
            if t in PRIMITIVE:
                self.error(f"unexpected type\n  required: reference\n  found:    {t}", e.span)
            elif self.check_type(t, e.span):
                out.append(t)
        return out

    def lub(self, a: str, b: str) -> str:
        """The nearest class or interface both a and b are (javac's least upper bound, its first
        element: Rect and Triangle, both Shapes, give Shape)."""
        if {a, b} == {"String", "StringBuilder"} and "CharSequences" in self.classes:
            return "CharSequence"
        ca, cb = self.class_of(a), self.class_of(b)
        if ca is None or cb is None or a.endswith("[]") or b.endswith("[]"):
            return "Object"
        for k in ca.ancestors():
            if k.name != "Object" and cb.is_subclass_of(k):
                view = self.views(ca, split(a)[1]).get(k.name, {})
                return join(k.name, [view.get(t, t) for t, _ in k.tparams])
        return "Object"

    def unbound(self, p: str, tvars: set[str], bound: dict[str, str]) -> bool:
        return any(t in tvars and t not in bound for t in _IDENTS.findall(p))

    def speculate(self, work: Callable[[], str]) -> str | None:
        """Type something only to learn its type: its errors, lambda and anonymous classes are thrown
        away (it is typed again, for good, once the call it is an argument of is resolved)."""
        saved_diags, self.diags = self.diags, DiagnosticBag()
        lambdas, classes, names = len(self.lambdas), set(self.classes), dict(self.local_names)
        saved = {k: getattr(self, k) for k in METHOD_STATE}
        last_sig = self.last_sig
        try:
            ty = work()
        finally:
            failed = self.diags.has_errors
            self.diags = saved_diags
            del self.lambdas[lambdas:]
            for name in set(self.classes) - classes:
                del self.classes[name]
            self.local_names = names
            for k, v in saved.items():
                setattr(self, k, v)
            self.last_sig = last_sig
        return None if failed or ty == "error" else ty

    def typed_poly(self, a: A.Expr, want: str | None) -> str:
        a.want = want  # type: ignore[attr-defined]
        ty = self.expr(a, a.scope)  # type: ignore[attr-defined]
        a.ty = "poly"  # still to be typed for the parameter the call is resolved to
        return ty

    def infer_lambda_result(
        self, p: str, a: A.Lambda | A.MethodRef, tvars: set[str], bound: dict[str, str]
    ) -> None:
        """A lambda's result type binds what its functional interface's result mentions (`<R> map(
        Function<T, R>)`), once its parameters' types are known, as javac infers it."""
        c = self.class_of(p)
        fm = self.functional_method(c) if c is not None else None
        if c is None or fm is None or fm.ret == "void":
            return
        mapping = self.views(c, split(p)[1]).get(fm.owner.name, {})
        wanted = [subst(subst(q, mapping), bound) for q in fm.params]
        if any(self.unbound(q, tvars, bound) for q in wanted):
            return
        result = subst(fm.ret, mapping)
        # Function<T, Stream<R>>: the body's Stream<Integer> is no Stream<Object>, but is a Stream<?>;
        # and a generic call in the body (`Stream.of(words)`) takes its own type from a Stream<?>, where
        # a Stream<Object> would make it one. A bare R is tried as Object first.
        fills = ["Object", "?"] if result in tvars else ["?", "Object"]
        targets = dict.fromkeys(subst(p, bound | {t: f for t in tvars if t not in bound}) for f in fills)

        def fits(target: str) -> bool:
            return bool(self.speculate(lambda: self.lambda_(a, target, a.scope)))

        if not any(fits(target) for target in targets):
            return
        lam = a.lam if isinstance(a, A.MethodRef) else a
        if lam is None:
            return
        found = [lam.body.ty] if isinstance(lam.body, A.Expr) else self.returned(lam.body)
        ty = found[0] if found and all(t == found[0] for t in found) else None
        if ty and ty not in ("error", "null", "void"):
            self.infer(result, box(ty) if not is_ref(ty) else ty, tvars, bound)

    def returned(self, s: A.Stmt) -> list[str]:
        """The types of the values a lambda's block returns (not those of lambdas inside it)."""
        if isinstance(s, A.Return):
            return [s.value.ty] if s.value is not None else []
        out: list[str] = []
        for child in s.body if isinstance(s, A.Block) else [s.then, s.other] if isinstance(s, A.If) else []:
            if child is not None:
                out += self.returned(child)
        if isinstance(s, A.While | A.DoWhile | A.For | A.ForEach):
            out += self.returned(s.body)
        if isinstance(s, A.Try):
            out += self.returned(s.body)
            for catch in s.catches:
                out += self.returned(catch.body)
        if isinstance(s, A.Switch):
            for case in s.cases:
                for x in case.body:
                    out += self.returned(x)
        return out

    def infer_function(
        self, p: str, a: A.Lambda | A.MethodRef, tvars: set[str], bound: dict[str, str]
    ) -> None:
        """Bind type variables from a lambda or method reference passed for parameter type p, as javac
        does with no target type (a call used as a receiver): an explicitly typed lambda's parameter
        types, or an exact method reference's (`Card::name` takes a Card and gives a String)."""
        c = self.class_of(p)
        fm = self.functional_method(c) if c is not None else None
        if c is None or fm is None:
            return
        mapping = self.views(c, split(p)[1]).get(fm.owner.name, {})
        wanted = [subst(q, mapping) for q in fm.params]
        wanted = [w[1] if (w := wildcard_bound(q)) else q for q in wanted]
        result = subst(fm.ret, mapping)
        if isinstance(a, A.Lambda):
            if all(t and t != "var" for t, _ in a.params) and len(a.params) == len(wanted):
                for q, (t, _) in zip(wanted, a.params, strict=True):
                    self.infer(q, t, tvars, bound)
            return
        target = self.nested_class_name(a.target)
        scope = a.scope
        if not isinstance(target, A.Name) or a.ident == "new":
            return
        if scope is not None and scope.find(target.ident) is not None:
            return
        n = len(wanted)
        if target.ident == "String" or self.sequence(target.ident):  # the library's own methods
            sequence = {k: [v] for k, v in SEQUENCE_METHODS.items()}
            table = STRING_METHODS if target.ident == "String" else sequence
            sigs = [(ps, r) for ps, r in table.get(a.ident, []) if len(ps) == n - 1]
            if len(sigs) == 1:
                self.infer(wanted[0], target.ident, tvars, bound)
                self.infer(result, sigs[0][1], tvars, bound)
            return
        owner = self.classes.get(target.ident)
        if owner is None:
            return
        instance = [m for m in owner.find_methods(a.ident) if not m.static and len(m.params) == n - 1]
        static = [m for m in owner.find_methods(a.ident) if m.static and len(m.params) == n]
        given = getattr(target, "targs", "")  # `Pair<String, Integer>::getKey`
        if len(instance) + len(static) != 1 or (owner.tparams and not (given and instance)):
            return  # not exact (JLS 15.13.1, also a generic class's `Pair::getValue`): javac needs the target
        if given:  # the receiver's type as written, and the method's result seen from it
            m = instance[0]
            self.infer(wanted[0], owner.name + given, tvars, bound)
            if not m.tparams and m.ret != "void":
                ret = subst(m.ret, self.views(owner, split(owner.name + given)[1]).get(m.owner.name, {}))
                self.infer(result, ret, tvars, bound)
            return
        if instance:
            m = instance[0]
            self.infer(wanted[0], owner.name, tvars, bound)
            for q, t in zip(wanted[1:], m.params, strict=True):
                self.infer(q, t, tvars, bound)
        else:
            m = static[0]
            for q, t in zip(wanted, m.params, strict=True):
                self.infer(q, t, tvars, bound)
        if not m.tparams and not owner.tparams and m.ret != "void":
            self.infer(result, m.ret, tvars, bound)

    def infer(self, p: str, a: str, tvars: set[str], bound: dict[str, str]) -> None:
        """Bind the type variables of parameter type p from argument type a: a second argument for
        the same variable widens it to what both are (`List.of(rect, triangle)` is a List<Shape>)."""
        if p in tvars:
            if a in ("null", "error", "void", "?", "poly", "lambda"):  # poly, lambda: typed later
                return
            a = box(a) if not is_ref(a) else a
            cur = bound.setdefault(p, a)
            if cur != a and not self.assignable(a, cur, None, False):
                bound[p] = a if self.assignable(cur, a, None, False) else self.lub(cur, a)
            return
        if p.endswith("[]") and a.endswith("[]"):
            self.infer(p[:-2], a[:-2], tvars, bound)
            return
        w = wildcard_bound(p)
        if w is not None and w[0] == "extends":  # `List<? extends T>` of a List<Animal>: T is Animal
            self.infer(w[1], read_type(a), tvars, bound)
            return
        pb, pargs, _ = split(p)
        if not pargs:
            return
        c, pc = self.class_of(a), self.classes.get(pb)
        if c is None or pc is None:
            return
        view = self.views(c, split(self.bound_type(a))[1]).get(pc.name)
        if view is None:
            return
        for (t, _), q in zip(pc.tparams, pargs, strict=False):
            if t in view:
                self.infer(q, view[t], tvars, bound)

    def resolve(
        self,
        candidates: list[MethodInfo],
        args: list[A.Expr],
        what: str,
        span: Span,
        recv_ty: str | None = None,
    ) -> MethodInfo | None:
        want, self.want = self.want, None
        targs, self.targs = self.targs, []
        types = [a.ty for a in args]
        if "error" in types:
            return None
        sigs = {id(m): self.instantiate(m, recv_ty, args, want, targs) for m in candidates}

        def applicable(boxing: bool) -> list[MethodInfo]:
            return [
                m
                for m in candidates
                if len(m.params) == len(args)
                and all(
                    self.lambda_fits(a, p)
                    if a.ty == "lambda"
                    else self.poly_fits(a, p)
                    if a.ty == "poly"
                    else self.assignable(a.ty, p, None, boxing)
                    for a, p in zip(args, sigs[id(m)][0], strict=True)
                )
            ]

        def fits(a: A.Expr, p: str) -> bool:
            if a.ty == "lambda":
                return self.lambda_fits(a, p)
            return self.poly_fits(a, p) if a.ty == "poly" else self.assignable(a.ty, p, None, True)

        def variable_arity() -> list[MethodInfo]:
            """Phase 3: a varargs method applied to its fixed parameters and any number of elements."""
            return [
                m
                for m in candidates
                if is_varargs(m)
                and len(args) >= len(m.params) - 1
                and all(fits(a, p) for a, p in zip(args, spread(m, sigs[id(m)][0], args, True), strict=True))
            ]

        # Method invocation conversion (JLS 15.12.2): widening first, then boxing and unboxing; a
        # constant is not narrowed, unlike in an assignment; then variable arity.
        fit = applicable(False) or applicable(True)
        if not fit and (fit := variable_arity()):
            return self.most_specific_varargs(fit, args, sigs, span)
        if not fit:
            if not candidates:
                self.error(f"cannot find symbol\n  symbol:   {what}", span, "undeclared")
            elif len(arity := [m for m in candidates if len(m.params) == len(args)]) == 1:
                # One candidate of the right arity: javac names the argument that does not convert.
                for a, p in zip(args, sigs[id(arity[0])][0], strict=True):
                    if not self.assignable(a.ty, p):
                        self.error(self.mismatch(a.ty, p), a.span)
                        break
            elif len(candidates) == 1:
                m = candidates[0]
                required = ",".join(m.params) or "no arguments"
                if is_varargs(m):  # javac writes the variable-arity parameter as `int...`
                    required = required[:-2] + "..."
                self.error(
                    f"{'constructor' if m.name == '<init>' else 'method'} "
                    f"{m.name if m.name != '<init>' else m.owner.name} in {m.owner.kind} "
                    f"{m.owner.name} cannot be applied to given types;\n  required: {required}\n  found:    "
                    f"{','.join(types) or 'no arguments'}",
                    span,
                )
            else:
                first = candidates[0]
                what = "constructor" if first.name == "<init>" else "method"
                name = first.owner.name if first.name == "<init>" else first.name
                self.error(f"no suitable {what} found for {name}({','.join(types)})", span)
            return None
        # The most specific: one whose parameters are all assignable to every other's.
        for m in fit:
            if all(
                all(
                    self.assignable(p, q, None, False)
                    for p, q in zip(sigs[id(m)][0], sigs[id(o)][0], strict=True)
                )
                for o in fit
            ):
                for a, p in zip(args, sigs[id(m)][0], strict=True):
                    if isinstance(a, A.Lambda | A.MethodRef):
                        a.ty = self.lambda_(a, p, a.scope)
                    elif a.ty == "poly":
                        a.want = p  # type: ignore[attr-defined]
                        self.expr(a, a.scope)  # type: ignore[attr-defined]
                        self.require(a, p)
                    elif isinstance(a, A.New) and (c := getattr(a, "diamond", None)) is not None:
                        # `f(new ArrayList<>())`: the diamond's type arguments are the parameter's.
                        a.cls = a.ty = self.diamond(c, p, [])
                self.last_sig = sigs[id(m)]
                return m
        self.error(f"reference to {fit[0].name} is ambiguous", span)
        return None

    def most_specific_varargs(
        self,
        fit: list[MethodInfo],
        args: list[A.Expr],
        sigs: dict[int, tuple[list[str], str]],
        span: Span,
    ) -> MethodInfo | None:
        """The most specific of the varargs methods that apply (their parameters spread to the arguments'
        number compared), whose variable arguments are then made into the array it takes: the call's
        arguments become its fixed ones and an array initialiser, as javac's code passes them."""
        spreads = {id(m): spread(m, sigs[id(m)][0], args, True) for m in fit}
        best = [
            m
            for m in fit
            if all(
                all(
                    self.assignable(p, q, None, False)
                    for p, q in zip(spreads[id(m)], spreads[id(o)], strict=True)
                )
                for o in fit
            )
        ]
        if not best:
            self.error(f"reference to {fit[0].name} is ambiguous", span)
            return None
        m = best[0]
        params = sigs[id(m)][0]
        for a, p in zip(args, spreads[id(m)], strict=True):
            if isinstance(a, A.Lambda | A.MethodRef):
                a.ty = self.lambda_(a, p, a.scope)
            elif a.ty == "poly":
                a.want = p  # type: ignore[attr-defined]
                self.expr(a, a.scope)  # type: ignore[attr-defined]
                self.require(a, p)
        k = len(params) - 1
        packed = A.ArrayLit(args[k].span if len(args) > k else span, args[k:], params[-1])
        packed.ty = params[-1]
        args[k:] = [packed]
        self.last_sig = sigs[id(m)]
        return m

    def english_locale(self, e: A.Expr, scope: _Scope) -> bool:
        """Whether e is one of java.util.Locale's English constants (Locale.US), whose numbers and case
        are those of the reference's own locale (en): the one Locale a call may be given."""
        return (
            isinstance(e, A.FieldAccess)
            and isinstance(e.target, A.Name)
            and e.target.ident == "Locale"
            and e.ident in ENGLISH_LOCALES
            and scope.find("Locale") is None
            and "Locale" not in self.classes
        )

    def call(self, e: A.Call, scope: _Scope) -> str:
        assert self.cls is not None and self.method is not None
        if e.ident == "<init>":  # this(...) or super(...)
            self.args(e.args, scope)
            if self.method.name != "<init>":
                self.error(
                    f"call to {'this' if isinstance(e.target, A.This) else 'super'} must be first "
                    "statement in constructor",
                    e.span,
                )
                return "void"
            owner = self.cls if isinstance(e.target, A.This) else self.cls.super
            if owner is None:
                return "void"
            recv = self.self_type(self.cls) if owner is self.cls else None
            if owner is not self.cls and owner.name in self.cls.supers:
                recv = owner.name + "<" + ",".join(self.cls.supers[owner.name]) + ">"
            e.ref = self.resolve(
                owner.methods.get("<init>", []), e.args, f"constructor {owner.name}", e.span, recv
            )
            e.sig = self.last_sig[0]
            return "void"
        if e.ident in LOCALE_TAKERS and e.args and self.english_locale(e.args[0], scope):
            e.args = e.args[1:]  # String.format(Locale.US, ...) formats as the reference's own locale does
        if e.target is None and self.enclosing_member(self.members_named(e.ident)) is None:
            owner_name = self.statically_imported(e.ident)
            if owner_name is not None:  # max(a, b) after import static java.lang.Math.*
                e.target = A.Name(e.span, owner_name)
        if e.target is None:
            self.args(e.args, scope)
            # The innermost enclosing class with a method of that name (JLS 15.12.1).
            found = self.enclosing_member(self.members_named(e.ident))
            owner, hops, cands = found if found is not None else (self.cls, None, [])
            self.want = getattr(e, "want", None)
            self.targs = self.type_arguments(e)
            m = self.resolve(
                cands,
                e.args,
                f"method {e.ident}({','.join(a.ty for a in e.args)})\n  location: class {self.cls.name}",
                e.span,
                self.self_type(owner),
            )
            if m is None:
                return "error"
            if not m.static and hops is None:
                self.error(
                    f"non-static method {m.describe()} cannot be referenced from a static context", e.span
                )
                return "error"
            if not m.static and hops:  # a method of an enclosing instance
                e.target = A.This(e.span)
                e.target.hops = hops
                e.target.ty = self.self_type(owner)
            e.ref = m
            e.sig = self.last_sig[0]
            e.virtual = not m.static and not m.private
            return self.last_sig[1]
        if isinstance(e.target, A.SuperRef) and e.target.iface:
            return self.interface_super_call(e, e.target.iface, scope)
        if isinstance(e.target, A.SuperRef):
            self.args(e.args, scope)
            sup = self.cls.super
            if sup is None or self.method.static:
                self.error("non-static variable super cannot be referenced from a static context", e.span)
                return "error"
            sup_ty = sup.name + (
                "<" + ",".join(self.cls.supers[sup.name]) + ">" if self.cls.supers.get(sup.name) else ""
            )
            m = self.resolve(sup.find_methods(e.ident), e.args, f"method {e.ident}", e.span, sup_ty)
            if m is None:
                return "error"
            if m.abstract:
                self.error(
                    f"abstract method {m.describe()} in class {m.owner.name} cannot be accessed directly",
                    e.span,
                )
            e.ref = m
            e.sig = self.last_sig[0]
            return self.last_sig[1]
        if isinstance(e.target, A.New):  # new ArrayList<>(words).get(0): no target type to infer from
            e.target.receiver = True  # type: ignore[attr-defined]
        t = self.expr(e.target, scope)
        self.args(e.args, scope)
        if t == "error" or "error" in [a.ty for a in e.args]:
            return "error"
        builtin_receiver = t in ("PrintStream", "String", "StringBuilder", "InputStream") or (
            t.startswith("class:") and (t[6:] not in self.classes or self.classes[t[6:]].builtin)
        )
        if builtin_receiver and self.untyped_args(e.args, scope):
            return "error"
        if t.startswith("class:"):
            return self.static_call(e, t[6:], scope)
        if t == "PrintStream":
            return self.print_call(e)
        if (
            isinstance(e.target, A.FieldAccess)
            and e.target.ref == ("library", "System.in")
            and e.ident == "read"
        ):
            e.ref = ("builtin", "stdin.read")  # the Engine's character input
            return "int"
        if t == "String" and e.ident == "split":
            return self.split_call(e, scope)
        if t == "String" and e.ident == "formatted":  # "%d%%".formatted(n) is String.format("%d%%", n)
            assert e.target is not None
            e.args, e.target = [e.target, *e.args], None
            return self.format_call(e, "String.format")
        offset = e.ident == "startsWith" and len(e.args) == 2  # startsWith(prefix, offset): Strings'
        sequence = [a.ty for a in e.args] in SEQUENCES and "CharSequences" in self.classes
        if t == "String" and e.ident == "contains" and sequence:  # contains(CharSequence): lang.java's
            return self.strings_call(e, e.target, scope)
        if (
            t == "String"
            and (e.ident not in STRING_METHODS or offset)
            and self.classes.get("Strings") is not None
        ):
            return self.strings_call(e, e.target, scope)
        if t == "String":
            return self.library_call(e, "String", STRING_METHODS)
        three = e.ident == "append" and len(e.args) == 3  # append(chars, offset, len): Strings'
        if t == "StringBuilder" and (e.ident not in BUILDER_METHODS or three) and "Strings" in self.classes:
            return self.strings_call(e, e.target, scope)  # insert, delete... written in Java
        if t == "StringBuilder":
            return self.library_call(e, "StringBuilder", BUILDER_METHODS)
        if t in self.tvars and self.sequence(base_of(self.bound_type(t))):
            t = "CharSequence"  # <T extends CharSequence>: the bound's methods
        if self.sequence(t):
            if e.ident in ("toString", "equals", "hashCode"):
                t = "Object"  # Object's, dispatched on the value (a string's or a builder's)
            else:
                return self.strings_call(e, e.target, scope)  # lang.java's CharSequences
        sized = len(e.args) == 1 and bool(self.cls.package)  # the library's clone(n): Arrays.copyOf's
        if t.endswith("[]") and e.ident == "clone" and (not e.args or sized):  # a shallow copy, same class
            for arg in e.args:
                self.init_expr(arg, "int", scope)
            e.ref = ("builtin", "Array.clone")
            return t
        if t.endswith("[]") and e.ident in ARRAY_OBJECT_METHODS:  # an array is an Object
            t = "Object"
        elif t.endswith("[]"):
            if e.ident == "length" and not e.args:
                self.error("cannot find symbol\n  symbol:   method length()", e.span, "undeclared")
            else:
                self.error(f"cannot find symbol\n  symbol:   method {e.ident}", e.span, "undeclared")
            return "error"
        c = self.class_of(t)
        if c is None:
            dot = Span(e.span.file, e.span.line, e.span.column - 1, e.span.line, e.span.column)
            self.error(f"{t} cannot be dereferenced", dot)
            return "error"
        printf = c.package == "java.io" and c.name == "PrintWriter" and e.ident in ("printf", "format")
        if printf and e.args and self.printed_format(e) == "error":  # pw.printf(String.format(f, args))
            return "error"
        cands = c.find_methods(e.ident)
        if c.kind == "interface":
            cands += [
                m
                for m in self.classes["Object"].find_methods(e.ident)
                if m.sig() not in {x.sig() for x in cands}
            ]
        if not cands and e.ident in THROWABLE_UNOFFERED and c.is_subclass_of(self.classes["Throwable"]):
            # java has these; saying "cannot find symbol" would blame a program javac accepts.
            self.error(THROWABLE_UNOFFERED[e.ident], e.span, "unsupported")
            return "error"
        if e.ident == "printStackTrace" and cands and cands[0].owner.name == "Throwable":
            if e.args:
                self.error(PRINT_STACK_TRACE_STREAM, e.span, "unsupported")
                return "error"
            if not self.in_main():
                self.error(PRINT_STACK_TRACE_OUTSIDE_MAIN, e.span, "unsupported")
                return "error"
        self.want = getattr(e, "want", None)
        self.targs = self.type_arguments(e)
        m = self.resolve(
            cands,
            e.args,
            f"method {e.ident}({','.join(a.ty for a in e.args)})\n  location: "
            f"{'interface' if c.kind == 'interface' else 'class'} {t}",
            e.span,
            t,
        )
        if m is None:
            return "error"
        e.ref = m
        e.sig = self.last_sig[0]
        e.virtual = not m.static and not m.private
        return self.last_sig[1]

    def library_call(self, e: A.Call, cls: str, table: dict[str, list[tuple[list[str], str]]]) -> str:
        exact = [(p, r) for p, r in table.get(e.ident, []) if p == [a.ty for a in e.args]]
        for params, ret in exact + table.get(e.ident, []):
            if params == ["*"] and len(e.args) == 1:
                if e.args[0].ty in ("void",):
                    break
                e.ref = ("builtin", f"{cls}.{e.ident}")
                return ret
            if len(params) == len(e.args) and all(
                self.assignable(a.ty, p) for a, p in zip(e.args, params, strict=True)
            ):
                # indexOf(int ch) (a char or a code point, as java's) and indexOf(String) are told apart
                # by the argument's type.
                of_char = e.ident == "indexOf" and params[:1] == ["int"]
                e.ref = ("builtin", f"{cls}.{e.ident}" + ("/c" if of_char else ""))
                return ret
        self.error(
            f"cannot find symbol\n  symbol:   method {e.ident}({','.join(a.ty for a in e.args)})\n  "
            f"location: class {cls}",
            e.span,
            "undeclared",
        )
        return "error"

    def strings_call(self, e: A.Call, receiver: A.Expr | None, scope: _Scope) -> str:
        """A String method written in Java (library/lang.java's Strings): s.m(args) is the static
        Strings.m(s, args), String.join(sep, items) Strings.join(sep, items)."""
        # a regular expression's methods are library/regex.java's RegexStrings
        owner = "RegexStrings" if e.ident in REGEX_METHODS or e.ident == "split" else "Strings"
        sequence = receiver is not None and self.sequence(base_of(self.bound_type(receiver.ty)))
        if sequence and e.ident == "compare":  # CharSequence.compare is static: no method of a value
            self.error(f"cannot find symbol\n  symbol:   method {e.ident}", e.span, "undeclared")
            return "error"
        ranged = e.ident == "append" and len(e.args) == 3  # append(cs, start, end)
        taken = (e.ident in ("join", "compare") and receiver is None) or (
            [a.ty for a in e.args[:1]] in SEQUENCES and (e.ident == "contains" or ranged)
        )
        if (sequence or taken) and "CharSequences" in self.classes:
            owner = "CharSequences"
        strings = self.classes.get(owner, self.classes["Strings"])
        args = [receiver, *e.args] if receiver is not None else list(e.args)
        cands = [m for m in strings.methods.get(e.ident, []) if m.static and not m.private]
        if not cands:
            types = ",".join(a.ty for a in e.args)
            where = "interface CharSequence" if sequence else "class String"
            self.error(
                f"cannot find symbol\n  symbol:   method {e.ident}({types})\n  location: {where}",
                e.span,
                "undeclared",
            )
            return "error"
        m = self.resolve(cands, args, f"method {e.ident}", e.span)
        if m is None:
            return "error"
        e.target = A.Name(e.span, strings.name)
        e.target.ref, e.target.ty = ("class", strings.name), f"class:{strings.name}"
        e.args = args
        e.ref = m
        e.sig = self.last_sig[0]
        return self.last_sig[1]

    def split_call(self, e: A.Call, scope: _Scope) -> str:
        """s.split(pattern) by a literal separator or runs of whitespace ("\\s+", " +") is split without
        a regular expression (Strings.split); any other pattern, or a limit, by the matcher
        (RegexStrings.split)."""
        arg = e.args[0] if e.args else None
        if arg is None or len(e.args) > 2 or arg.ty != "String":
            self.error("no suitable method found for split", e.span)
            return "error"
        if regex_split(e):
            return self.strings_call(e, e.target, scope)
        simple = literal_split(str(arg.value)) if isinstance(arg, A.Literal) else None
        assert simple is not None
        sep, blanks = simple
        e.split = (sep, blanks)  # type: ignore[attr-defined]
        strings = self.classes.get("Strings")
        if strings is None:
            self.error("split is not available here", e.span, "unsupported")
            return "error"
        e.ref = ("builtin", "String.split")
        return "String[]"

    def print_call(self, e: A.Call) -> str:
        target = e.target
        assert isinstance(target, A.FieldAccess)
        stream = target.ref[1] if isinstance(target.ref, tuple) else ""
        key = "eprint" if stream == "System.err" else "print"  # System.err: the run's standard error
        if e.ident == "flush" and not e.args:  # the Engine's output is never held back
            e.ref = ("builtin", f"{key}.flush")
            return "void"
        if e.ident in ("println", "print"):
            if len(e.args) > 1 or (e.ident == "print" and not e.args):
                self.error(
                    f"no suitable method found for {e.ident}({','.join(a.ty for a in e.args)})", e.span
                )
                return "error"
            if e.args and e.args[0].ty in ("void", "null"):
                self.error(
                    "'void' type not allowed here"
                    if e.args[0].ty == "void"
                    else "reference to println is ambiguous",
                    e.args[0].span,
                )
                return "error"
            e.ref = ("builtin", f"{key}.{e.ident}")
            return "void"
        if e.ident in ("printf", "format"):
            return self.format_call(e, f"{key}.printf")
        self.error(f"cannot find symbol\n  symbol:   method {e.ident}", e.span, "undeclared")
        return "error"

    def printed_format(self, e: A.Call) -> str:
        """A PrintWriter's printf(f, args): its argument becomes the text String.format(f, args)."""
        text = A.Call(e.span, None, "format", e.args)
        text.ty = self.format_call(text, "String.format")
        e.args = [text]
        return text.ty

    def format_call(self, e: A.Call, key: str) -> str:
        if not e.args or not (isinstance(e.args[0], A.Literal) and e.args[0].kind == "string"):
            self.error("the format must be a string literal in this Java subset", e.span, "unsupported")
            return "error"
        from compilers.frontends.java.format import conversion_error, parse_format

        pieces = parse_format(e.args[0].value)
        if isinstance(pieces, str):
            self.error(pieces, e.args[0].span, "unsupported")
            return "error"
        wanted = [p for p in pieces if not isinstance(p, str)]
        needed = max((spec.index + 1 for spec in wanted), default=0)
        if needed > len(e.args) - 1:
            self.error(
                f"the format takes {needed} arguments but {len(e.args) - 1} are given "
                "(java would throw MissingFormatArgumentException)",
                e.span,
                "unsupported",
            )
            return "error"
        for k, spec in enumerate(wanted):  # arguments no conversion takes are ignored, as java does
            arg = e.args[1 + spec.index]
            ty = UNBOXES.get(arg.ty, arg.ty)  # a box formats as its value (null as "null")
            bad = conversion_error(spec.conv, ty)
            if bad is not None:  # java's IllegalFormatConversionException, thrown when it comes to it
                e.format_error = (k, bad)  # type: ignore[attr-defined]
                break
            if spec.conv in "dxXo" and not is_integral(ty):
                self.error(
                    f"%{spec.conv} needs an integer argument, not {arg.ty} (java throws "
                    "IllegalFormatConversionException)",
                    arg.span,
                    "type",
                )
                return "error"
            if spec.conv == "c" and ty not in ("char", "int", "byte", "short"):
                self.error(f"%c needs a char argument, not {arg.ty}", arg.span, "type")
                return "error"
            if spec.conv in "feEgGaA" and ty not in FLOATING:
                self.error(
                    f"%{spec.conv} needs a double argument, not {arg.ty} (java throws "
                    "IllegalFormatConversionException)",
                    arg.span,
                    "type",
                )
                return "error"
        e.ref = ("builtin", key)
        return "String" if key == "String.format" else "void"

    def static_call(self, e: A.Call, cname: str, scope: _Scope) -> str:
        # StrictMath has Math's methods; its functions of doubles are all fdlibm's (STRICT_MATH).
        strict = cname == "StrictMath"
        if strict:
            cname = "Math"
        # The library's own static methods take a box's value (Math.max(a, list.get(0))).
        unboxing = cname in ("Math", "Character", "System", "Integer", "Long", "Double", "Float")
        types = [UNBOXES.get(a.ty, a.ty) if unboxing else a.ty for a in e.args]
        key = f"{cname}.{e.ident}"
        one_int = len(types) == 1 and is_integral(types[0])
        two_int = len(types) == 2 and all(is_integral(t) for t in types)
        one_num = len(types) == 1 and is_numeric(types[0])
        two_num = len(types) == 2 and all(is_numeric(t) for t in types)
        if cname == "Math" and (
            (e.ident in MATH_DOUBLE and one_num)
            or (e.ident in MATH_DOUBLE2 and two_num)
            or (e.ident in ("abs", "max", "min") and set(FLOATING) & set(types) and (one_num or two_num))
        ):
            e.ref = ("builtin", ("StrictMath" if strict else "Math") + ".double." + e.ident)
            if e.ident in ("abs", "max", "min") and "double" not in types:
                return "float"  # Math.abs(float), max(float, float) and min(float, float)
            return "double"
        if key in ("System.currentTimeMillis", "System.nanoTime"):
            self.error(
                f"{key}() is not supported in this Java subset: the Engine has no clock, and a time "
                "changes from run to run",
                e.span,
                "unsupported",
            )
            return "error"
        if key in ("System.getProperty", "System.getenv", "System.getProperties", "System.setProperty"):
            self.error(
                f"{key}() is not supported in this Java subset: a program on the Engine has no "
                "environment or system properties",
                e.span,
                "unsupported",
            )
            return "error"
        if key == "Math.random":
            self.error(
                "Math.random() is not supported in this Java subset: its numbers change from run to run "
                "(new Random(seed) gives java's)",
                e.span,
                "unsupported",
            )
            return "error"
        if key == "Math.round" and types in (["double"], ["float"]):
            e.ref = ("builtin", key)
            return "long" if types == ["double"] else "int"
        double_builtins = {
            "Double.parseDouble": (["String"], "double"),
            "Double.doubleToLongBits": (["double"], "long"),
            "Double.longBitsToDouble": (["long"], "double"),
            "Double.compare": (["double", "double"], "int"),
            "Double.isNaN": (["double"], "boolean"),
            "Double.isInfinite": (["double"], "boolean"),
            "Double.isFinite": (["double"], "boolean"),
            "Float.parseFloat": (["String"], "float"),
            "Float.floatToIntBits": (["float"], "int"),
            "Float.intBitsToFloat": (["int"], "float"),
            "Float.compare": (["float", "float"], "int"),
            "Float.isNaN": (["float"], "boolean"),
            "Float.isInfinite": (["float"], "boolean"),
            "Float.isFinite": (["float"], "boolean"),
        }
        if key in double_builtins:
            want, ret = double_builtins[key]
            if len(types) == len(want) and all(
                self.assignable(t, w) for t, w in zip(types, want, strict=True)
            ):
                e.ref = ("builtin", key)
                return ret
        if key in ("Double.toString", "Float.toString") and one_num:
            e.ref = ("builtin", key)
            return "String"
        if key == "Math.abs" and one_int:
            e.ref = ("builtin", key)
            return promote(types[0])
        if key in ("Math.max", "Math.min") and two_int:
            e.ref = ("builtin", key)
            return promote(*types)
        if key in ("Math.floorMod", "Math.floorDiv") and two_int:
            e.ref = ("builtin", key)
            return promote(*types)
        if (
            key in ("Integer.parseInt", "Long.parseLong")
            and len(types) == 1
            and self.assignable(types[0], "String")
        ):
            e.ref = ("builtin", key)
            return "int" if cname == "Integer" else "long"
        if (
            key in ("String.valueOf", "Integer.toString", "Long.toString")
            and len(types) == 1
            and types[0] != "void"
        ):
            e.ref = ("builtin", "String.valueOf")
            return "String"
        if key == "String.format":
            return self.format_call(e, "String.format")
        if cname == "CharSequence" and e.ident == "compare":  # java 11's, lang.java's CharSequences
            return self.strings_call(e, None, scope)
        written_in_java = key in ("String.join", "String.copyValueOf") or (
            key == "String.valueOf" and len(types) == 3
        )
        if written_in_java and self.classes.get("Strings") is not None:
            return self.strings_call(e, None, scope)
        if key == "System.exit" and one_int:
            e.ref = ("builtin", key)
            return "void"
        if key == "System.lineSeparator" and not types:
            e.ref = ("builtin", key)
            return "String"
        if (
            key
            in (
                "Character.isDigit",
                "Character.isLetter",
                "Character.isUpperCase",
                "Character.isLowerCase",
                "Character.isWhitespace",
                "Character.isLetterOrDigit",
            )
            and one_int
        ):
            e.ref = ("builtin", key)
            return "boolean"
        if key in ("Character.toUpperCase", "Character.toLowerCase") and one_int:
            e.ref = ("builtin", key)
            return "char" if types[0] == "char" else "int"
        if key in ("Integer.max", "Integer.min") and two_int:
            e.ref = ("builtin", "Math." + e.ident)
            return "int"
        c = self.classes.get(cname)
        if cname == "Math" and "ExactMath" in self.classes and self.classes["ExactMath"].methods.get(e.ident):
            c = self.classes["ExactMath"]  # Math.addExact and the like, written in Java (library/lang.java)
        if key == "System.arraycopy" and "Arrays" in self.classes:
            c = self.classes["Arrays"]  # written in Java (library/util.java's Arrays)
        if c is None or c.builtin:
            self.error(
                f"cannot find symbol\n  symbol:   method {e.ident}({','.join(types)})\n  location: "
                f"class {cname}",
                e.span,
                "undeclared",
            )
            return "error"
        self.want = getattr(e, "want", None)
        self.targs = self.type_arguments(e)
        m = self.resolve(
            c.find_methods(e.ident),
            e.args,
            f"method {e.ident}({','.join(types)})\n  location: class {cname}",
            e.span,
        )
        if m is None:
            return "error"
        if not m.static:
            self.error(f"non-static method {m.describe()} cannot be referenced from a static context", e.span)
            return "error"
        e.ref = m
        e.sig = self.last_sig[0]
        return self.last_sig[1]

    def new(self, e: A.New, scope: _Scope) -> str:
        target, self.diamond_target = self.diamond_target, None
        self.args(e.args, scope)
        if self.sequence(base_of(e.cls)):  # java's interface, which only String and StringBuilder implement
            if e.body is not None:
                self.unknown_class(e.cls, e.cls_span)
            else:
                self.error("CharSequence is abstract; cannot be instantiated", e.span)
            return "error"
        if e.body is not None:
            return self.anonymous(e, scope, target)
        if e.cls == "StringBuilder":
            types = [a.ty for a in e.args]
            sequence = types == ["StringBuilder"] or (types == ["CharSequence"] and self.sequence(types[0]))
            if types not in ([], ["String"], ["int"]) and not sequence:
                self.error(f"no suitable constructor found for StringBuilder({','.join(types)})", e.span)
                return "error"
            e.ref = ("builtin", "StringBuilder.new")
            return "StringBuilder"
        if e.cls == "String":
            types = [a.ty for a in e.args]
            if types not in ([], ["String"], ["char[]"], ["char[]", "int", "int"]):
                self.error(f"no suitable constructor found for String({','.join(types)})", e.span)
                return "error"
            e.ref = ("builtin", "String.new")
            return "String"
        if base_of(e.cls) in self.tvars:
            self.error(f"unexpected type\n  required: class\n  found:    type parameter {e.cls}", e.cls_span)
            return "error"
        if not self.check_type(e.cls, e.cls_span):
            return "error"
        if any(wildcard_bound(a) for a in split(e.cls)[1]):  # javac points at the '<'
            at = e.cls_span.column + len(base_of(e.cls))
            sp = Span(e.cls_span.file, e.cls_span.line, at, e.cls_span.line, at + 1)
            self.error("unexpected type\n  required: class or interface without bounds", sp)
            return "error"
        c = self.classes[base_of(e.cls)]
        if e.cls.endswith("<>"):
            e.inferred = True  # type: ignore[attr-defined]  # not a raw type (checkcast.may_pollute)
            e.cls = self.diamond(c, target, e.args if getattr(e, "receiver", False) else [])
            e.diamond = c if target is None else None  # type: ignore[attr-defined]  # completed by a call
        if c.enum:
            self.error("enum types may not be instantiated", e.span)
            return "error"
        if c.abstract:
            self.error(f"{c.name} is abstract; cannot be instantiated", e.span)
            return "error"
        m = self.resolve(c.methods.get("<init>", []), e.args, f"constructor {c.name}", e.span, e.cls)
        if m is None:
            return "error"
        e.ref = m
        e.sig = self.last_sig[0]
        if not self.link_new(e, c, scope):
            return "error"
        return e.cls

    # ---- nested, local and anonymous classes

    def enclosing_member(
        self, find: Callable[[ClassInfo], T | None]
    ) -> tuple[ClassInfo, list[FieldInfo] | None, T] | None:
        """The innermost class, from the current one outwards through the classes it is written in,
        of which find finds a member: that class, the fields leading from `this` to its instance (None
        where there is none: a static context, or a static nested class) and the member."""
        hops: list[FieldInfo] | None = [] if self.method is not None and not self.method.static else None
        c = self.cls
        while c is not None:
            found = find(c)
            if found is not None:
                return c, hops, found
            if c.outer_field is None:
                hops = None
            elif hops is not None:
                hops = [*hops, c.outer_field]
            c = c.lexical
        return None

    def link_new(self, e: A.New, c: ClassInfo, scope: _Scope) -> bool:
        """The enclosing instances an inner class's new object holds (for it and its superclasses) and
        the locals a local or anonymous class's object captures, found from where it is made."""
        k: ClassInfo | None = c
        if e.outer is not None:  # outer.new Inner(): that instance is the new object's enclosing one
            t = self.expr(e.outer, scope)
            if c.outer_field is None or c.lexical is None:
                self.error("qualified new of static class", e.span)
                return False
            if t != "error" and not self.assignable(t, self.self_type(c.lexical)):
                self.error(self.mismatch(t, c.lexical.name), e.outer.span)
                return False
            e.outers.append((c.outer_field, e.outer))
            k = c.super
        while k is not None:
            if k.outer_field is not None and k.lexical is not None:
                want = k.lexical

                def holds(x: ClassInfo, want: ClassInfo = want) -> ClassInfo | None:
                    return x if x.is_subclass_of(want) else None

                found = self.enclosing_member(holds)
                if found is None or found[1] is None:
                    self.error("non-static variable this cannot be referenced from a static context", e.span)
                    return False
                e.outers.append((k.outer_field, found[1]))
            k = k.super
        if c in self.pending:
            self.pending[c].append((e, scope))  # its captures are known once its body is checked
        else:
            self.capture_values(e, c, scope)
        return True

    def capture_values(self, e: A.New, c: ClassInfo, scope: _Scope) -> None:
        for f, _ in c.captures:
            local = scope.find(f.name[len(CAPTURED) :])
            if isinstance(local, _Captured):
                e.captured.append((f, ("capture", local.field)))
            elif local is not None:
                e.captured.append((f, ("local", local)))

    def in_main(self) -> bool:
        """Whether the code being checked is the body of a program's `main(String[])` itself (not a
        lambda or a class written in it)."""
        m, c = self.method, self.cls
        return (
            m is not None
            and c is not None
            and m.name == "main"
            and m.static
            and m.params == ["String[]"]
            and c.decl is not None
            and c.decl in self.top_decls
        )

    def local_name(self, owner: ClassInfo, name: str) -> str:
        """java's binary name of a local (Main$1Local) or anonymous (Main$1) class: the first number
        not yet taken for that name in the class it is written in."""
        n = 1
        while f"{owner.qualified}${n}{name}" in self.local_names:
            n += 1
        binary = f"{owner.qualified}${n}{name}"
        self.local_names[binary] = n
        return binary

    def local_class(self, d: A.ClassDecl, scope: _Scope) -> None:
        """A class declared in a method's body (JLS 14.3): it sees the method's locals, copying those it
        uses into its objects; an inner one declared where `this` is seen holds it."""
        c = self.declare_local(d)
        if c is not None:
            self.class_body(c, scope if inner_kind(d) else _Scope())

    def declare_local(self, d: A.ClassDecl, binary: str = "") -> ClassInfo | None:
        """A local class's name, supertypes and enclosing class; also a class nested in a local or
        anonymous class (binary: its name, Main$1Local$Inner)."""
        assert self.cls is not None and self.method is not None
        if d.name in self.classes or d.name in LIBRARY_CLASSES or d.name == "StringBuilder":
            self.error(f"duplicate class: {d.name}", d.span, "duplicate")
            return None
        kind = "interface" if d.kind == "interface" else "class"
        c = ClassInfo(d.name, kind, d, abstract="abstract" in d.modifiers or d.kind == "interface")
        c.record = d.kind == "record"
        c.tparams = list(d.tparams)
        c.constants = [k.name for k in d.constants]
        self.classes[d.name] = c
        inner = inner_kind(d) and not self.method.static
        self.nest(c, self.cls, inner, binary or self.local_name(self.cls, self.renamed.get(d.name, d.name)))
        c.scope_tvars = dict(self.tvars) if inner_kind(d) else {}
        if d.extends is not None:
            sup = self.classes.get(base_of(d.extends))
            if sup is None or sup.kind == "interface":
                self.unknown_class(d.extends, d.span)
                sup = self.classes["Object"]
            else:
                c.supers[sup.name] = split(d.extends)[1]
            c.super = sup
        elif d.kind == "enum":
            c.super = self.classes["Enum"]
        elif kind == "class":
            c.super = self.classes["Object"]
        for name in d.implements:
            iface = self.classes.get(base_of(name))
            if iface is None or iface.kind != "interface":
                self.unknown_class(name, d.span)
                continue
            c.supers[iface.name] = split(name)[1]
            c.interfaces.append(iface)
        return c

    def anonymous(self, e: A.New, scope: _Scope, target: str | None, constant: bool = False) -> str:
        """`new T(args) { members }`: an object of a new class extending T (or implementing interface
        T), whose constructor passes args to T's; it captures locals as a local class does. An enum
        constant's class body (constant) is such a class extending the enum."""
        assert self.cls is not None and self.method is not None and e.body is not None
        if not self.check_type(e.cls, e.cls_span):
            return "error"
        base = self.classes.get(base_of(e.cls))
        if base is None or base_of(e.cls) in self.tvars:
            self.error(f"unexpected type\n  required: class\n  found:    type parameter {e.cls}", e.cls_span)
            return "error"
        if e.cls.endswith("<>"):
            e.inferred = True  # type: ignore[attr-defined]
            e.cls = self.diamond(base, target, [])
        if base.enum and not constant:
            self.error("enum classes may not be instantiated", e.span)
            return "error"
        params: list[str] = []
        if base.kind == "interface":
            if e.args:
                self.error("anonymous class implements interface; cannot have arguments", e.span)
                return "error"
        else:
            ctor = self.resolve(
                base.methods.get("<init>", []), e.args, f"constructor {base.name}", e.span, e.cls
            )
            if ctor is None:
                return "error"
            params = list(self.last_sig[0])
        binary = self.local_name(self.cls, "")
        d = e.body
        d.name = f"{self.cls.name}.{binary.rsplit('$', 1)[1]}"
        c = ClassInfo(d.name, "class", d)
        self.classes[d.name] = c
        self.nest(c, self.cls, not self.method.static, binary)
        c.scope_tvars = dict(self.tvars)
        if base.kind == "interface":
            c.super = self.classes["Object"]
            c.interfaces.append(base)
        else:
            c.super = base
        c.supers[base.name] = split(e.cls)[1]
        # Its constructor: super(args), the arguments as the superclass's constructor takes them.
        names = [f" a{k}" for k in range(len(params))]
        call = A.Call(e.span, A.SuperRef(e.span), "<init>", [A.Name(e.span, n) for n in names])
        if d.methods and not d.methods[0].ret and d.methods[0].name.isdigit():
            d.methods.pop(0)  # made when it was typed before (speculate): made anew
        made = A.MethodDecl(
            e.span,
            set(),
            "",
            d.name.rsplit(".", 1)[1],
            [A.Param(e.span, t, n) for t, n in zip(params, names, strict=True)],
            [],
            A.Block(e.span, [A.ExprStmt(e.span, call)], e.span),
        )
        d.methods.insert(0, made)
        self.class_body(c, scope)
        ctor_info = c.methods["<init>"][0]
        e.ref = ctor_info
        e.sig = ctor_info.params
        e.cls = d.name
        if not self.link_new(e, c, scope):
            return "error"
        return d.name

    def enum_constants(self, c: ClassInfo) -> None:
        """An enum's constants, made by its static initialiser: each its constructor's call, or its
        class body's anonymous subclass."""
        if c.decl is None or not c.decl.constants:
            return
        self.cls = c
        self.method = MethodInfo("<clinit>", c, [], "void", True, False, None)
        self.tvars = {}
        for k in c.decl.constants:
            self.args(k.args, _Scope())
            if k.body is not None:
                made = A.New(k.span, c.name, k.args, k.span, k.body)
                if self.anonymous(made, _Scope(), None, constant=True) != "error":
                    k.ref = made.ref
                continue
            if c.abstract:
                self.error(f"{c.name} is abstract; cannot be instantiated", k.span)
            k.ref = self.resolve(c.methods.get("<init>", []), k.args, f"constructor {c.name}", k.span)
        c.decl.constants_info = self.method  # type: ignore[attr-defined]

    def in_instance_of(self, c: ClassInfo) -> None:
        """Check what follows as if in an instance method of c."""
        self.cls = c
        self.method = MethodInfo("<init>", c, [], "void", False, False, None)
        self.tvars = {**c.scope_tvars, **dict(c.tparams)}

    def class_body(self, c: ClassInfo, scope: _Scope) -> None:
        """Declare a local or anonymous class's members and check them where it is written."""
        assert c.decl is not None
        saved = {k: getattr(self, k) for k in METHOD_STATE}
        # Its nested classes (javac's Main$1Local$Inner), declared before its members, which may name
        # them, and checked as local classes written where an instance of c is seen.
        nested: list[ClassInfo] = []
        for d in c.decl.nested:
            self.in_instance_of(c)
            made = self.declare_local(d, f"{c.qualified}${d.name}")
            nested += [made] if made is not None else []
        self.declare_members(c)
        self.layout([c])
        outer = _ClassCaptureScope(scope, c)
        self.pending[c] = []
        for inner in nested:
            self.in_instance_of(c)
            self.class_body(inner, outer if inner.decl is None or inner_kind(inner.decl) else _Scope())
        self.enum_constants(c)  # a local enum's
        for f in list(c.fields.values()):
            if f.decl is not None and f.decl.init is not None:
                self.cls = c
                self.method = MethodInfo(
                    "<clinit>" if f.static else "<init>", c, [], "void", f.static, False, None
                )
                self.tvars = {**c.scope_tvars, **({} if f.static else dict(c.tparams))}
                self.handled, self.loops, self.switches, self.yields = [[]], 0, 0, []
                self.init_expr(f.decl.init, f.ty, _Scope(outer))
                f.decl.info = self.method  # type: ignore[attr-defined]
        self.instance_inits(c, outer)
        self.loops, self.switches, self.yields = 0, 0, []
        for ms in list(c.methods.values()):
            for m in ms:
                self.check_method(c, m, outer)
        if c.decl.inits:
            why = "static initialisers of a local class are not supported in this Java subset"
            self.error(why, c.decl.span, "unsupported")
        for e, where in self.pending.pop(c):
            self.capture_values(e, c, where)
        for k, v in saved.items():
            setattr(self, k, v)

    def instance_inits(self, c: ClassInfo, scope: _Scope) -> None:
        """A class's instance initialiser blocks, checked as code of a constructor; each constructor runs
        them, so their locals are numbered apart from any constructor's own."""
        if c.decl is None or not c.decl.instance_inits:
            return
        self.cls = c
        self.method = MethodInfo("<init>", c, [], "void", False, False, None)
        self.tvars = {**c.scope_tvars, **dict(c.tparams)}
        self.handled, self.loops, self.switches, self.yields = [[]], 0, 0, []
        for _, b in c.decl.instance_inits:
            self.block(b.body, _Scope(scope))
        for info in self.method.locals:
            info.id += INIT_LOCALS

    def diamond(self, c: ClassInfo, target: str | None, given: list[A.Expr]) -> str:
        """`new C<>(...)`: C's type arguments from the type it is assigned to (JLS 15.9.1, the common
        case: the target is C or a supertype whose arguments are C's variables), else from the
        constructor's arguments where one binds them all when nothing gives a target type (a call's
        receiver, `new ArrayList<>(words).get(0)`, or `var p = new Pair<>("a", 1)`: args given),
        else their bounds."""
        if target is None or not split(target)[1]:
            tvars = {t for t, _ in c.tparams}
            for m in c.methods.get("<init>", []) if tvars and given else []:
                if len(m.params) != len(given) or any(
                    a.ty in ("null", "lambda", "void", "short", "byte") for a in given
                ):
                    continue
                bound: dict[str, str] = {}
                for p, a in zip(m.params, given, strict=True):
                    # A primitive argument binds its box (`new Box<>(42)` is a Box<Integer>).
                    ty = self.speculate(partial(self.typed_poly, a, None)) if a.ty == "poly" else box(a.ty)
                    self.infer(p, ty or "?", tvars, bound)
                if set(bound) == tvars:
                    return c.name + "<" + ",".join(bound[t] for t, _ in c.tparams) + ">"
            return c.name  # raw: assignable where javac would infer the arguments from the context
        args = [base_of(b) for _, b in c.tparams]
        tc = self.class_of(target)
        if tc is not None:
            view = self.views(c, [t for t, _ in c.tparams]).get(tc.name, {})
            for (tv, _), ta in zip(tc.tparams, split(target)[1], strict=False):
                if view.get(tv) in dict(c.tparams):
                    args[[t for t, _ in c.tparams].index(view[tv])] = ta
        return c.name + "<" + ",".join(args) + ">"

    def binary(self, e: A.Binary, scope: _Scope) -> str:
        a = self.expr(e.left, scope)
        b = self.expr(e.right, scope)
        if "error" in (a, b):
            return "error"
        op = e.op
        if op == "+" and ("String" in (a, b)):
            if "void" in (a, b):
                self.error("'void' type not allowed here", e.span)
                return "error"
            e.operand_ty = "String"
            return "String"
        if not (op in ("==", "!=") and is_ref(a) and is_ref(b)):  # unboxing (JLS 5.6)
            a, b = UNBOXES.get(a, a), UNBOXES.get(b, b)
        if op in ("&&", "||"):
            if a != "boolean" or b != "boolean":
                self.error(
                    f"bad operand types for binary operator '{op}'\n  first type:  {a}\n  second type: {b}",
                    e.span,
                )
                return "error"
            return "boolean"
        if op in ("==", "!="):
            if is_numeric(a) and is_numeric(b):
                e.operand_ty = promote(a, b)
                return "boolean"
            if a == b == "boolean":
                e.operand_ty = "boolean"
                return "boolean"
            if (
                is_ref(a)
                and is_ref(b)
                and (self.assignable(a, b) or self.assignable(b, a) or self._interfaceish(a, b))
            ):
                e.operand_ty = "ref"
                return "boolean"
            self.error(
                f"incomparable types: {a} and {b}"
                if is_ref(a) and is_ref(b)
                else f"bad operand types for binary operator '{op}'\n  first type:  {a}\n  second type: {b}",
                e.span,
            )
            return "error"
        if op in ("&", "|", "^") and a == b == "boolean":
            e.operand_ty = "boolean"
            return "boolean"
        if not (is_numeric(a) and is_numeric(b)) or (
            (a in FLOATING or b in FLOATING) and op in ("&", "|", "^", "<<", ">>", ">>>")
        ):
            self.error(
                f"bad operand types for binary operator '{op}'\n  first type:  {a}\n  second type: {b}",
                e.span,
            )
            return "error"
        if op in ("<<", ">>", ">>>"):
            e.operand_ty = promote(a)
            return e.operand_ty
        e.operand_ty = promote(a, b)
        if op in ("<", ">", "<=", ">="):
            return "boolean"
        return e.operand_ty

    def _interfaceish(self, a: str, b: str) -> bool:
        if self.sequence(base_of(a)) or self.sequence(base_of(b)):  # castable but to a final class
            c = self.class_of(b if self.sequence(base_of(a)) else a)
            final = c is not None and c.decl is not None and "final" in c.decl.modifiers
            return c is not None and (c.kind == "interface" or not final)
        ca, cb = self.class_of(a), self.class_of(b)
        return ca is not None and cb is not None and (ca.kind == "interface" or cb.kind == "interface")

    def blank_final_initialiser(self, f: FieldInfo) -> bool:
        """Whether this code may assign a blank final field: a constructor or instance initialiser of its
        class for an instance field, a static initialiser for a static one (JLS 16.9: once, as
        definite.py checks)."""
        if self.method is None or self.method.owner is not f.owner or (f.decl and f.decl.init is not None):
            return False
        return self.method.name == ("<clinit>" if f.static else "<init>")

    def assign(self, e: A.Assign, scope: _Scope) -> str:
        t = self.expr(e.target, scope)
        self.lvalue(e.target)
        self.not_captured(e.target)
        if (
            isinstance(e.target, A.Name)
            and isinstance(e.target.ref, tuple)
            and e.target.ref[0] in ("field", "static")
        ):
            f = e.target.ref[1]
            if f.final and not self.blank_final_initialiser(f):
                self.error(f"cannot assign a value to final variable {f.name}", e.target.span)
        elif (
            isinstance(e.target, A.FieldAccess)
            and isinstance(e.target.ref, FieldInfo)
            and e.target.ref.final
            and not (isinstance(e.target.target, A.This) and self.blank_final_initialiser(e.target.ref))
        ):
            self.error(f"cannot assign a value to final variable {e.target.ident}", e.target.span)
        if e.op == "=" and isinstance(e.value, A.Lambda | A.MethodRef):
            e.value.ty = self.lambda_(e.value, t, scope)
            return t
        if e.op == "=" and (lambda_choice(e.value) or isinstance(e.value, A.SwitchExpr)):
            self.init_expr(e.value, t, scope)
            return t
        if e.op == "=":
            self.diamond_target = t if isinstance(e.value, A.New) else None
            self.init_expr(e.value, t, scope) if isinstance(e.value, A.ArrayLit) else self.expr(
                e.value, scope
            )
            self.diamond_target = None
            if t != "error" and e.value.ty != "error" and not isinstance(e.value, A.ArrayLit):
                self.require(e.value, t)
            return t
        v = self.expr(e.value, scope)
        if "error" in (t, v):
            return "error"
        op = e.op[:-1]
        if op == "+" and t == "String":
            e.operand_ty = "String"
            return t
        target = t
        t = UNBOXES.get(t, t)  # a box is unboxed, computed with and boxed again
        v = UNBOXES.get(v, v)
        if t == "boolean" and v == "boolean" and op in ("&", "|", "^"):
            e.operand_ty = "boolean"
            return target
        if not (is_numeric(t) and is_numeric(v)) or (
            (t in FLOATING or v in FLOATING) and op in ("&", "|", "^", "<<", ">>", ">>>")
        ):
            self.error(
                f"bad operand types for binary operator '{op}'\n  first type:  {t}\n  second type: {v}",
                e.span,
            )
            return "error"
        e.operand_ty = promote(t) if op in ("<<", ">>", ">>>") else promote(t, v)
        if target != t and e.operand_ty != t:  # (Integer) of a double: no such conversion
            self.error(f"incompatible types: {e.operand_ty} cannot be converted to {target}", e.value.span)
            return "error"
        return target


def generic_choice(e: A.Cond) -> bool:
    """Whether a branch of the conditional is a call or a `new` (whose type arguments the target may
    give: `Optional.empty()`, `new ArrayList<>()`)."""
    return any(isinstance(x, A.Call | A.New) for x in (e.then, e.other))


def lambda_choice(e: A.Expr) -> bool:
    """A conditional expression with a lambda or method reference for a branch (a poly expression)."""
    return isinstance(e, A.Cond) and any(
        isinstance(x, A.Lambda | A.MethodRef) or lambda_choice(x) for x in (e.then, e.other)
    )


def is_varargs(m: MethodInfo) -> bool:
    """Whether a method of the program is declared with a variable-arity parameter (`int... xs`)."""
    return m.decl is not None and bool(m.decl.params) and m.decl.params[-1].varargs


def spread(m: MethodInfo, params: list[str], args: list[A.Expr], always: bool = False) -> list[str]:
    """A varargs method's parameter types, its last one's element type repeated for each argument in its
    place (unless the call passes an array there itself, when not `always`)."""
    if not is_varargs(m) or not params:
        return params
    if not always and len(args) == len(params) and args[-1].ty.endswith("[]"):
        return params
    return params[:-1] + [params[-1][:-2]] * (len(args) - len(params) + 1)


def _rewrite(node: object, pattern: re.Pattern[str], forms: dict[str, str]) -> object:
    """Every string of a syntax tree but its literals' with pattern's matches replaced by forms'."""
    if isinstance(node, str):
        return pattern.sub(lambda m: forms[m.group(1)], node)
    if isinstance(node, list):
        node[:] = [_rewrite(item, pattern, forms) for item in node]
    elif type(node) is tuple:  # (type, name) pairs; not a Span
        items = tuple(_rewrite(item, pattern, forms) for item in node)
        return items if items != node else node
    elif isinstance(node, A.Node) and not isinstance(node, A.Literal):
        for f in fields(node):
            value = getattr(node, f.name)
            fixed = _rewrite(value, pattern, forms)
            if fixed is not value:
                setattr(node, f.name, fixed)
    return node


def _names(forms: dict[str, str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![\w$.])(" + alternatives + r")(?![\w$])")


def resolve_nested_names(unit: A.CompilationUnit, library: frozenset[str] = frozenset()) -> dict[str, str]:
    """The checker knows each class by one name. A nested class whose simple name an earlier nested
    class has (`LinkedList.Node` and `Tree.Node`), or a library class the program links (a
    `ListIterator` of the program's own beside java.util's), is renamed `Node__2` in the class it is
    written in, where its simple name means it; and `Outer.Inner` written as a type or a class
    (`Counter.Step s = c.new Step(1)`, `new Main.Node()`, `Counter.Stats.describe()`) is written as
    Inner's name. The renamed classes' simple names, by their new ones."""
    nested: list[tuple[A.ClassDecl, A.ClassDecl, list[str]]] = []  # class, the class it is in, its path

    def visit(d: A.ClassDecl, up: A.ClassDecl, path: list[str]) -> None:
        nested.append((d, up, path))
        for n in d.nested:
            visit(n, d, [*path, d.name])

    for top in unit.classes:
        for n in top.nested:
            visit(n, top, [top.name])
    seen: dict[str, int] = dict.fromkeys(library, 1) | {top.name: 1 for top in unit.classes}
    original = {id(d): d.name for d, _, _ in nested}
    renamed: dict[str, str] = {}
    for d, up, _ in nested:
        count = seen.get(d.name, 0) + 1
        seen[d.name] = count
        if count > 1:
            name = f"{d.name}__{count}"
            renamed[name] = d.name
            _rewrite(up, _names({d.name: name}), {d.name: name})

    # A local class whose simple name a class before it has (`class Helper` in two methods): renamed
    # where it is declared, to the end of its block, where its name means it.
    def visit_locals(node: object) -> None:
        if isinstance(node, list):
            for i, item in enumerate(node):
                if isinstance(item, A.LocalClass):
                    name = item.decl.name
                    count = seen.get(name, 0) + 1
                    seen[name] = count
                    if count > 1:
                        renamed[f"{name}__{count}"] = name
                        forms = {name: f"{name}__{count}"}
                        for j in range(i, len(node)):
                            node[j] = _rewrite(node[j], _names(forms), forms)
                visit_locals(node[i])
        elif type(node) is tuple:
            for item in node:
                visit_locals(item)
        elif isinstance(node, A.Node) and not isinstance(node, A.Literal):
            for f in fields(node):
                visit_locals(getattr(node, f.name))

    visit_locals(unit.classes)
    forms: dict[str, str] = {}
    for d, _, path in nested:
        for k in range(len(path)):
            forms[".".join([*path[k:], original[id(d)]])] = d.name
    if forms:
        _rewrite(unit.classes, _names(forms), forms)
    return renamed


def rename_type_variable_names(unit: A.CompilationUnit, library: list[A.ClassDecl]) -> dict[str, str]:
    """The checker and the lowering know a type by its name, so a class of the program named as a type
    variable of the library's generic code compiled with it (`record E`, `class T`) would be what that
    code's E or T means: such a class is renamed `E__tv` (its java names kept). The renamed classes'
    simple names, by their new ones."""
    tvars: set[str] = set()

    def collect(d: A.ClassDecl) -> None:
        tvars.update(t for t, _ in d.tparams)
        for m in d.methods:
            tvars.update(t for t, _ in m.tparams)
        for n in d.nested:
            collect(n)

    for d in library:
        collect(d)
    names: set[str] = set()

    def visit(node: object) -> None:
        if isinstance(node, list | tuple):
            for item in node:
                visit(item)
        elif isinstance(node, A.Node) and not isinstance(node, A.Literal):
            if isinstance(node, A.ClassDecl) and node.name in tvars:
                names.add(node.name)
            for f in fields(node):
                visit(getattr(node, f.name))

    visit(unit.classes)
    forms = {name: f"{name}__tv" for name in names}
    if forms:
        _rewrite(unit.classes, _names(forms), forms)
    return {new: old for old, new in forms.items()}


def check(unit: A.CompilationUnit, diags: DiagnosticBag) -> A.CompilationUnit:
    from compilers.frontends.java.checkcast import insert_casts
    from compilers.frontends.java.definite import check_definite_assignment
    from compilers.frontends.java.library import library_classes, needed
    from compilers.frontends.java.reach import check_reachability

    chosen = needed(unit)
    renamed = resolve_nested_names(unit, frozenset(chosen))
    library = library_classes(unit, chosen, diags)
    renamed |= rename_type_variable_names(unit, library)
    unit.classes.extend(library)
    checker = Checker(diags)
    checker.renamed = renamed
    checker.static_imports = unit.static_imports
    checker.declare_library()
    users = checker.declare_classes(unit)
    for c in users:
        checker.declare_members(c)
    checker.layout(users)
    for c in users:
        checker.enum_constants(c)
        for f in c.fields.values():
            if f.decl is not None and f.decl.init is not None:
                checker.cls = c
                # A field initialiser is checked as part of a method of its kind (static or not).
                checker.method = MethodInfo(
                    "<clinit>" if f.static else "<init>", c, [], "void", f.static, False, None
                )
                checker.tvars = {} if f.static else dict(c.tparams)
                checker.init_expr(f.decl.init, f.ty, _Scope())
                f.decl.info = checker.method  # type: ignore[attr-defined]
        checker.instance_inits(c, _Scope())
        for ms in c.methods.values():
            for m in ms:
                checker.check_method(c, m)
        if c.decl is not None and c.decl.inits:
            checker.cls = c
            checker.method = MethodInfo("<clinit>", c, [], "void", True, False, None)
            checker.tvars = {}
            for b in c.decl.inits:
                checker.block(b.body, _Scope())
            c.decl.inits_info = checker.method  # type: ignore[attr-defined]
    if not diags.has_errors:  # javac's flow analysis runs on a program that attribution accepted
        check_reachability(unit, diags)
        check_definite_assignment(unit, diags)
    if not diags.has_errors:
        checker.program.polluting = insert_casts(checker.classes)
    # The source-file launcher (`java Main.java`) runs the main method of the file's first class; when
    # that has none, the file's public class is run, as `javac Main.java && java Main` runs it.
    mains = []
    for d in (unit.classes[:1], [d for d in unit.classes if not d.library and "public" in d.modifiers]):
        runs = checker.classes.get(d[0].name) if d else None
        mains = [
            m for m in (runs.methods.get("main", []) if runs else []) if m.static and m.params == ["String[]"]
        ]
        if mains:
            break
    if not diags.has_errors:
        if not mains:
            where = unit.classes[0].span if unit.classes else unit.span
            diags.error(
                "no_main",
                "neither the file's first class nor its public class declares public static void "
                "main(String[] args): java runs the first (java Main.java) or the public one (javac "
                "and java Main)",
                where,
            )
        else:
            checker.program.main = mains[0]
    unit.info = checker.program
    return unit
