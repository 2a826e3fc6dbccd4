"""The part of the Java library written in Java (library/*.java: the boxes of java.lang, the collections
of java.util), compiled with the program: each top-level class the program names, and what those name in
turn. The sources are lexed and cut into declarations once per process; each compile parses its pieces
afresh (the checker annotates the tree it is given)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path

from compilers.diagnostics import DiagnosticBag
from compilers.frontends.java import ast as A
from compilers.frontends.java.lexer import lex
from compilers.tokens import Token

SOURCES = {
    "java.lang": "lang.java",
    "java.util": "util.java",
    "java.io": "io.java",
    "java.util.function": "function.java",
    "java.util.stream": "stream.java",
    "java.util.regex": "regex.java",
}
_IDENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
# What boxing needs whenever a program could box: the boxes and the interface they implement.
BOXING = ("Integer", "Long", "Character", "Boolean")
# java.util.stream's classes are compiled only with a program that names one of them or `stream`: the
# collections' stream() (and Arrays.stream) are left out of the others.
STREAMS = "java.util.stream"
# The interfaces only a LongStream's operations take (java.util.function's and the stream's sink): their
# methods are numbered after all the library's others, since each selector's index widens the itable of
# every class implementing an interface numbered after it.
LONG_STREAM_INTERFACES = frozenset(
    {"LongPredicate", "LongUnaryOperator", "LongBinaryOperator", "LongFunction", "LongConsumer",
     "IntToLongFunction", "LongSink"}
)  # fmt: skip
# String's methods written in Java (library/lang.java's Strings): a program naming one compiles Strings
# (and one naming a regular expression's method, which the checker then reports as outside the subset).
STRING_METHODS = frozenset(
    {"split", "replace", "repeat", "lastIndexOf", "compareToIgnoreCase", "equalsIgnoreCase", "isBlank",
     "strip", "stripLeading", "stripTrailing", "join", "chars", "lines", "replaceAll", "replaceFirst",
     "matches", "insert", "deleteCharAt", "delete", "copyValueOf", "concat"}
)  # fmt: skip


# Math's methods written in Java (library/lang.java's ExactMath).
EXACT_MATH = frozenset(
    {"addExact", "subtractExact", "multiplyExact", "negateExact", "incrementExact", "decrementExact",
     "toIntExact", "absExact"}
)  # fmt: skip


# String's methods that take a regular expression (library/regex.java's RegexStrings).
REGEX_METHODS = frozenset({"replaceAll", "replaceFirst", "matches"})


def literal_split(pattern: str) -> tuple[str, bool] | None:
    """split's pattern when Strings.split does its work without a regular expression: a literal
    separator (an escaped character stands for itself) or runs of blanks ("\\s+", " +"), with whether
    it is blanks; None for any other pattern."""
    if pattern in ("\\s+", " +"):
        return pattern, True
    if len(pattern) == 2 and pattern[0] == "\\" and not pattern[1].isalnum():
        return pattern[1], False
    if pattern and not any(ch in pattern for ch in ".$|()[]{}^?*+\\"):
        return pattern, False
    return None


def regex_split(call: A.Call) -> bool:
    """Whether s.split(...) needs the regular-expression matcher (a pattern that is no literal_split, or
    a limit)."""
    arg = call.args[0] if call.args else None
    simple = isinstance(arg, A.Literal) and arg.kind == "string" and literal_split(str(arg.value)) is not None
    return not simple or len(call.args) != 1


def calls_named(node: object, ident: str, into: list[A.Call]) -> None:
    if isinstance(node, list | tuple):
        for item in node:
            calls_named(item, ident, into)
    elif isinstance(node, A.Node):
        if isinstance(node, A.Call) and node.ident == ident:
            into.append(node)
        for f in fields(node):
            calls_named(getattr(node, f.name), ident, into)


@dataclass(frozen=True)
class Piece:
    name: str
    package: str
    tokens: tuple[Token, ...]
    names: frozenset[str]  # the identifiers it uses


@cache
def pieces() -> dict[str, Piece]:
    out: dict[str, Piece] = {}
    for package, filename in SOURCES.items():
        path = Path(__file__).parent / "library" / filename
        diags = DiagnosticBag()
        tokens = lex(path.read_text(encoding="utf-8"), f"{filename}", diags)
        assert not diags.has_errors, diags.items
        start, depth = 0, 0
        for k, t in enumerate(tokens):
            if t.kind != "punct":
                continue
            if t.text == "{":
                depth += 1
            elif t.text == "}":
                depth -= 1
                if depth == 0:
                    chunk = tokens[start : k + 1]
                    kinds = [i for i, x in enumerate(chunk) if x.text in ("class", "interface")]
                    name = chunk[kinds[0] + 1].text
                    used = frozenset(x.text for x in chunk if x.kind == "ident")
                    out[name] = Piece(name, package, tuple(chunk), used)
                    start = k + 1
    return out


@cache
def interface_selectors() -> dict[str, int]:
    """Every method signature of the library's interfaces (`iterator()`, `put(K,V)`), numbered in the
    library's order: the itable index of each in any program, so that the library's code (which loads
    its interface methods at these indexes) is the same in every program and its prepared form serves
    them all (compilers/driver.py's _prepare). A program's own interfaces' other methods come after."""
    from compilers.frontends.java.parser import parse

    out: dict[str, int] = {}
    late: list[A.ClassDecl] = []

    def visit(d: A.ClassDecl, defer: bool = True) -> None:
        if d.kind == "interface" and defer and d.name in LONG_STREAM_INTERFACES:
            late.append(d)
            return
        if d.kind == "interface":
            for m in d.methods:
                if m.ret and "static" not in m.modifiers:
                    out.setdefault(f"{m.name}({','.join(p.ty for p in m.params)})", len(out))
        for n in d.nested:
            visit(n)

    for piece in pieces().values():
        if not any(t.text == "interface" for t in piece.tokens):
            continue
        diags = DiagnosticBag()
        for d in parse([*piece.tokens, Token("eof", "", piece.tokens[-1].span)], diags).classes:
            visit(d)
    for d in late:
        visit(d, defer=False)
    return out


def names_in(node: object, into: set[str]) -> None:
    """Every identifier written in a syntax tree (names, types, and also literal text: a name too many
    only compiles a class more)."""
    if isinstance(node, list):
        for item in node:
            names_in(item, into)
    elif isinstance(node, A.Node):
        for f in fields(node):
            names_in(getattr(node, f.name), into)
    elif isinstance(node, str):
        into.update(_IDENT.findall(node))
    elif isinstance(node, tuple):
        for item in node:
            names_in(item, into)


def ranged_calls(unit: A.CompilationUnit) -> bool:
    """Whether the program calls an append of three arguments (StringBuilder's of a range) or a
    startsWith of two (from an offset), which library/lang.java's Strings writes."""
    appends: list[A.Call] = []
    calls_named(unit.classes, "append", appends)
    starts: list[A.Call] = []
    calls_named(unit.classes, "startsWith", starts)
    return any(len(c.args) == 3 for c in appends) or any(len(c.args) == 2 for c in starts)


def needed(unit: A.CompilationUnit) -> list[str]:
    """The library classes a program uses, in the library's order (none when it names none of them)."""
    table = pieces()
    used: set[str] = set()
    names_in(unit.classes, used)
    # A top-level class of the program hides the library's of its name; a nested one does not (the
    # checker renames it where its simple name means it: check.resolve_nested_names).
    declared = {d.name for d in unit.classes}
    builder = "StringBuilder" in used and bool(used & {"indexOf", "substring"})  # a builder's, in Strings
    if used & STRING_METHODS or builder:  # written in Java (lang.java's Strings)
        used.add("Strings")
    if ("printf" in used or "format" in used or "formatted" in used) and integer_flags(unit.classes):
        used.add("Strings")  # %,d and the like (Strings.formatInteger)
    if used & {"append", "startsWith"} and ranged_calls(unit):  # sb.append(cs, 1, 2), s.startsWith(p, 3)
        used.add("Strings")
    if "char" in used and chars_slice(unit):  # String.valueOf(chars, offset, count) and new String(...)
        used.add("Strings")
    if "CharSequence" in used and "CharSequence" not in declared:  # lang.java's CharSequences
        used.add("CharSequences")
    if "CASE_INSENSITIVE_ORDER" in used:  # String's comparator (lang.java's StringOrder)
        used.add("StringOrder")
    if "arraycopy" in used:  # System.arraycopy (util.java's Arrays)
        used.add("Arrays")
    if "Math" in used and used & EXACT_MATH:  # Math.addExact and the others (lang.java's ExactMath)
        used.add("ExactMath")
    if {"addSuppressed", "getSuppressed"} & used:  # Throwable's, written in Java (lang.java)
        used.add("Suppressions")
    if "printStackTrace" in used:
        used.add("StackTraces")
    if used & REGEX_METHODS or ("split" in used and any(map(regex_split, split_calls(unit)))):
        used.add("RegexStrings")
    left_out = set() if used & {"stream", "chars", "lines", *streams(table)} else streams(table)
    if not long_streams(used):
        # LongStream is large and rarely used: without it Stream's mapToLong and the like go too, and
        # the interfaces only they name, each of which would widen every class's itable.
        left_out |= {n for n in ("LongStream", "LongSink", "IntToLongFunction") if n not in used}
    todo = [n for n in table if n in used and n not in declared and n not in left_out]
    if todo or used & {"Object", *BOXING}:
        todo.extend(BOXING)
        if "double" in used:  # a double may be boxed too
            todo.append("Double")
        if "float" in used:
            todo.append("Float")
    if used & {"printf", "format"}:  # what java throws for an argument a conversion does not take
        todo.append("IllegalFormatConversionException")
    chosen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in chosen or name in declared:
            continue
        chosen.add(name)
        todo.extend(n for n in table[name].names if n in table and n not in left_out)
    return [n for n in table if n in chosen]


def long_streams(used: set[str]) -> bool:
    """Whether the program may use a LongStream: names it, mapToLong or asLongStream, or may stream a
    long[] (Arrays.stream)."""
    return bool(used & {"LongStream", "mapToLong", "asLongStream"}) or {"Arrays", "stream", "long"} <= used


def chars_slice(unit: A.CompilationUnit) -> bool:
    """Whether the program calls String.valueOf with three arguments or new String with three."""
    calls: list[A.Call] = []
    calls_named(unit.classes, "valueOf", calls)
    return any(len(c.args) == 3 for c in calls) or new_strings(unit.classes)


_INTEGER_FLAGS = re.compile(r"%[-#0]*[+ ,(][-#+ 0,(]*\d*d")


def integer_flags(node: object) -> bool:
    """Whether a string literal holds a %d with a flag Strings.formatInteger writes (`%,d`, `%+d`)."""
    if isinstance(node, list | tuple):
        return any(integer_flags(item) for item in node)
    if isinstance(node, A.Literal):
        return node.kind == "string" and _INTEGER_FLAGS.search(str(node.value)) is not None
    if isinstance(node, A.Node):
        return any(integer_flags(getattr(node, f.name)) for f in fields(node))
    return False


def new_strings(node: object) -> bool:
    if isinstance(node, list | tuple):
        return any(new_strings(item) for item in node)
    if isinstance(node, A.Node):
        if isinstance(node, A.New) and node.cls == "String" and len(node.args) == 3:
            return True
        return any(new_strings(getattr(node, f.name)) for f in fields(node))
    return False


def split_calls(unit: A.CompilationUnit) -> list[A.Call]:
    out: list[A.Call] = []
    calls_named(unit.classes, "split", out)
    return out


def streams(table: dict[str, Piece]) -> set[str]:
    return {n for n, piece in table.items() if piece.package == STREAMS}


def library_classes(unit: A.CompilationUnit, chosen: list[str], diags: DiagnosticBag) -> list[A.ClassDecl]:
    """The library classes `chosen` (needed(unit)), parsed, with the methods of left-out classes dropped."""
    from compilers.frontends.java.parser import parse

    table = pieces()
    out: list[A.ClassDecl] = []
    left_out = streams(table) - set(chosen)
    for name in chosen:
        piece = table[name]
        eof = Token("eof", "", piece.tokens[-1].span)
        parsed = parse([*piece.tokens, eof], diags)
        for d in parsed.classes:
            mark(d, piece.package)
            if left_out:
                drop_methods_of(d, left_out)
            out.append(d)
    return out


def drop_methods_of(d: A.ClassDecl, left_out: set[str]) -> None:
    """Leave out the methods whose result is a class not compiled (Collection.stream())."""
    d.methods = [m for m in d.methods if not set(_IDENT.findall(m.ret)) & left_out]
    for n in d.nested:
        drop_methods_of(n, left_out)


def mark(d: A.ClassDecl, package: str) -> None:
    d.library = package
    for n in d.nested:
        mark(n, package)
