"""The C preprocessor: macros, conditionals, the built-in headers, and its diagnostics."""

from __future__ import annotations

import re

import pytest

from compilers.diagnostics import DiagnosticBag
from compilers.frontends.c.headers import HEADERS
from compilers.frontends.c.lexer import lex


def expand(source: str) -> tuple[str, DiagnosticBag]:
    """The text of the tokens that come from the file itself (not from a header)."""
    diags = DiagnosticBag()
    tokens = lex(source, "t.c", diags)
    return " ".join(t.text for t in tokens if t.span.file == "t.c" and t.kind != "eof"), diags


def codes(diags: DiagnosticBag) -> list[tuple[str, str]]:
    return [(d.code, d.message) for d in diags.items]


def test_object_and_function_macros() -> None:
    text, diags = expand("#define N 4\n#define SQ(x) ((x) * (x))\nSQ(N + 1)\n")
    assert not diags.items
    assert text == "( ( 4 + 1 ) * ( 4 + 1 ) )"


def test_a_macro_does_not_expand_inside_itself() -> None:
    text, _ = expand("#define x x + 1\n#define f(a) f(a * 2)\nx f(3)\n")
    assert text == "x + 1 f ( 3 * 2 )"


def test_arguments_are_expanded_before_substitution() -> None:
    text, _ = expand("#define ONE 1\n#define TWICE(a) (a + a)\nTWICE(ONE)\n")
    assert text == "( 1 + 1 )"


def test_a_function_like_macro_name_alone_is_a_name() -> None:
    text, _ = expand("#define f(a) a\nint f;\n")
    assert text == "int f ;"


def test_stringify_keeps_the_argument_spelling() -> None:
    text, _ = expand('#define S(a) #a\nS(x+ y  *"q")\n')
    assert text == '"x+ y *\\"q\\""'


def test_token_pasting() -> None:
    text, _ = expand("#define GLUE(a, b) a##b\n#define NUM(n) 1##n\nGLUE(foo, bar) NUM(5)\n")
    assert text == "foobar 15"


def test_conditionals() -> None:
    source = """#define A 2
#if A == 1
one
#elif A == 2
two
#elif A == 2
again
#else
other
#endif
#ifdef A
defined
#endif
#ifndef A
undefined
#else
else_of_ifndef
#endif
#if defined A && !defined(B)
operators
#endif
"""
    text, diags = expand(source)
    assert not diags.items
    assert text == "two defined else_of_ifndef operators"


def test_nested_conditionals_in_a_skipped_branch() -> None:
    text, diags = expand("#if 0\n#if 1\nno\n#else\nno2\n#endif\n#define X 1\n#endif\nX\n")
    assert not diags.items
    assert text == "X"


def test_if_arithmetic() -> None:
    text, _ = expand(
        "#if (7 / 2 == 3) && (-7 % 2 == -1) && (1 ? 2 : 0)\n"
        "#if ~0 == -1 && 'a' == 97 && 0x10 == 16\nyes\n#endif\n#endif\n"
    )
    assert text == "yes"


def test_undef_and_redefine() -> None:
    text, _ = expand("#define A 1\n#undef A\nA\n#define A 2\nA\n")
    assert text == "A 2"


def test_variadic_macros() -> None:
    text, diags = expand(
        "#define LOG(fmt, ...) f(fmt, __VA_ARGS__)\n#define ALL(...) g(__VA_ARGS__)\n"
        "#define GNU(fmt, args...) h(fmt, ## args)\n"
        "LOG(1, 2, (3, 4))\nALL()\nALL(a, b)\nGNU(x)\nGNU(x, y)\n"
    )
    assert not diags.items
    assert text == "f ( 1 , 2 , ( 3 , 4 ) ) g ( ) g ( a , b ) h ( x ) h ( x , y )"


def test_if_evaluates_only_the_side_c_evaluates() -> None:
    text, diags = expand("#if 0 && (1 / 0)\nno\n#elif 1 ? 2 : 1 / 0\nyes\n#endif\n")
    assert not diags.items
    assert text == "yes"


def test_predefined_macros_line_and_file() -> None:
    text, diags = expand(
        "__STDC__ __STDC_VERSION__ __x86_64__ __LP64__ __CHAR_BIT__ __SIZEOF_INT__\n__LINE__ __FILE__\n"
        '#line 100 "other.c"\n__LINE__ __FILE__\n__LINE__\n'
    )
    assert not diags.items
    assert text == '1 199901L 1 1 8 4 2 "t.c" 100 "other.c" 101'


def test_push_and_pop_macro() -> None:
    text, _ = expand(
        '#define X 1\n#pragma push_macro("X")\n#undef X\n#define X 2\nX\n#pragma pop_macro("X")\nX\n'
        '#pragma push_macro("Y")\n#define Y 3\n#pragma pop_macro("Y")\nY\n'
    )
    assert text == "2 1 Y"


def test_a_result_is_rescanned_with_the_tokens_after_it() -> None:
    text, _ = expand("#define CAT(a, b) a##b\n#define AB(x) (x * 10)\nCAT(A, B)(3)\n")
    assert text == "( 3 * 10 )"


def test_headers_declare_the_library_and_guard_against_twice() -> None:
    diags = DiagnosticBag()
    tokens = lex('#include <stdio.h>\n#include "stdio.h"\n#include <string.h>\nEOF NULL\n', "t.c", diags)
    assert not diags.items
    texts = [t.text for t in tokens]
    assert texts.count("printf") == 1
    # One typedef (guarded: both headers define it), then each header's own uses after its guards.
    uses = [
        len(re.findall(r"\bsize_t\b", HEADERS[h].split("#endif", 2)[-1])) for h in ("stdio.h", "string.h")
    ]
    assert texts.count("size_t") == 1 + sum(uses)
    own = [t.text for t in tokens if t.span.file == "t.c" and t.kind != "eof"]
    assert own == ["(", "-", "1", ")", "(", "(", "void", "*", ")", "0", ")"]


def test_null_directive_pragma_and_line_are_accepted() -> None:
    text, diags = expand("#\n#pragma once\n#line 20\nok\n")
    assert not diags.items
    assert text == "ok"


@pytest.mark.parametrize(
    ("source", "code", "fragment"),
    [
        ("#include <complex.h>\n", "unsupported", "unsupported header 'complex.h'"),
        ("#include\n", "syntax", "#include expects"),
        ("#include foo\n", "syntax", "#include expects"),
        ("#error stop here\n", "preprocessor", "#error stop here"),
        ("#warning no\n", "unsupported", "'#warning'"),
        ("#define\n", "syntax", "#define needs a macro name"),
        ("#define F(a, b, ...) a\nF(1)\n", "syntax", "expects at least 2 arguments, got 1"),
        ("#line x\n", "syntax", "#line expects a line number"),
        ("#if 1 || 2 / 0\n#endif\n#if 1 && 2 / 0\n#endif\n", "syntax", "division by zero in #if"),
        ("#define F(a b) a\n", "syntax", "unexpected 'b'"),
        ("#define F(a\n", "syntax", "missing ')'"),
        ("#define F(a, b) a\nF(1)\n", "syntax", "expects 2 arguments, got 1"),
        ("#define F(a) a\nF(1\n", "syntax", "unterminated call of macro 'F'"),
        ("#if 1 / 0\n#endif\n", "syntax", "division by zero in #if"),
        ("#if 1 +\n#endif\n", "syntax", "in #if expression"),
        ("#if 1 2\n#endif\n", "syntax", "unexpected '2'"),
        ("#if (1\n#endif\n", "syntax", "in #if expression"),
        ("#if 1 ? 2\n#endif\n", "syntax", "in #if expression"),
        ("#if\n#endif\n", "syntax", "#if with no expression"),
        ('#if "s"\n#endif\n', "syntax", "unexpected '\"s\"'"),
        ("#ifdef\n#endif\n", "syntax", "#ifdef needs a macro name"),
        ("#if 1\n", "syntax", "unterminated #if"),
        ("#endif\n", "syntax", "#endif without #if"),
        ("#if 1\n#else\n#else\n#endif\n", "syntax", "#else after #else"),
    ],
)
def test_diagnostics(source: str, code: str, fragment: str) -> None:
    _, diags = expand(source)
    assert any(c == code and fragment in m for c, m in codes(diags)), codes(diags)
