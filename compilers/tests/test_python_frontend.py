"""The Python front-end's stages on their own: tokens and indentation, syntax errors with recovery, the
subset's diagnostics, scope analysis, and the runtime's IR being up to date with its C source.
(Whole programs, with CPython as the reference, are compilers/tests/python/.)"""

from __future__ import annotations

import pytest

from compilers.diagnostics import DiagnosticBag
from compilers.frontends.python import ast as A
from compilers.frontends.python import build_runtime
from compilers.frontends.python.check import check
from compilers.frontends.python.lexer import lex, string_value
from compilers.frontends.python.parser import parse


def kinds(source: str) -> list[str]:
    return [
        t.kind if t.kind not in ("op", "keyword", "name") else t.text
        for t in lex(source, "t.py", DiagnosticBag())
    ]


def errors(source: str) -> list[tuple[int, int, str]]:
    bag = DiagnosticBag()
    tree = parse(lex(source, "t.py", bag), bag)
    if not bag.has_errors:
        check(tree, bag)
    return [(d.span.line, d.span.column, d.message) for d in bag.sorted()]


def test_indentation_tokens() -> None:
    assert kinds("if x:\n    y\nz\n") == [
        "if",
        "x",
        ":",
        "newline",
        "indent",
        "y",
        "newline",
        "dedent",
        "z",
        "newline",
        "eof",
    ]


def test_brackets_join_lines_and_blank_lines_are_ignored() -> None:
    assert kinds("a = (1,\n  2)\n\n   # note\nb\n") == [
        "a",
        "=",
        "(",
        "int",
        ",",
        "int",
        ")",
        "newline",
        "b",
        "newline",
        "eof",
    ]


def test_dedent_to_several_levels_at_once() -> None:
    assert kinds("if a:\n  if b:\n    c\nd\n").count("dedent") == 2


def test_string_values() -> None:
    assert string_value(r"'a\tb\n'") == "a\tb\n"
    assert string_value(r"r'a\n'") == "a\\n"
    assert string_value('"""x\ny"""') == "x\ny"
    assert string_value(r"'\x41\u00e9'") == "Aé"


# CPython's own messages for each case (checked with python3 -c / compile()).
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "if x:\n    y\n  z\n",
            (3, 4, "IndentationError: unindent does not match any outer indentation level"),
        ),
        ("x = 1\n    y = 2\n", (2, 4, "IndentationError: unexpected indent")),
        ("if x:\ny\n", (2, 1, "IndentationError: expected an indented block after 'if' statement on line 1")),
        ("if x:\n        y\n\tz\n", (3, 1, "TabError: inconsistent use of tabs and spaces in indentation")),
        ("def f(a=1, b):\n    pass\n", (1, 12, "SyntaxError: non-default argument follows default argument")),
        ("try:\n    pass\n", (2, 9, "SyntaxError: expected 'except' or 'finally' block")),
        ("x = 3 if y\n", (1, 5, "SyntaxError: expected 'else' after 'if' expression")),
        ("f(a=1, b)\n", (1, 9, "SyntaxError: positional argument follows keyword argument")),
        ("f(**a, b)\n", (1, 9, "SyntaxError: positional argument follows keyword argument unpacking")),
        ("try:\n    x\nexcept ValueError, e:\n    pass\n", (3, 8, "SyntaxError: multiple exception types")),
        ("try:\n    x\nexcept ValueError e:\n    pass\n", (3, 19, "SyntaxError: invalid syntax")),
        ("d = {'a': 1, 'b' 2}\n", (1, 16, "SyntaxError: ':' expected after dictionary key")),
        ("x = a ? b : c\n", (1, 7, "SyntaxError: invalid syntax")),
        ("x = \u201chi\u201d\n", (1, 5, "SyntaxError: invalid character '\u201c' (U+201C)")),
        ("x = 1\u00a0+ 2\n", (1, 6, "SyntaxError: invalid non-printable character U+00A0")),
        ("x = 12abc\n", (1, 6, "SyntaxError: invalid decimal literal")),
        ("x = 0x1g\n", (1, 7, "SyntaxError: invalid hexadecimal literal")),
        ("x = (1,\n", (1, 5, "SyntaxError: '(' was never closed")),
        ("x = 'abc\n", (1, 5, "SyntaxError: unterminated string literal")),
        ("x = 1)\n", (1, 6, "SyntaxError: unmatched ')'")),
        ("x = 012\n", (1, 5, "SyntaxError: leading zeros in decimal integer literals are not permitted")),
        ("return 1\n", (1, 1, "SyntaxError: 'return' outside function")),
        ("break\n", (1, 1, "SyntaxError: 'break' outside loop")),
        ("def f():\n    nonlocal q\n", (2, 5, "SyntaxError: no binding for nonlocal 'q' found")),
        ("f() = 3\n", (1, 1, "SyntaxError: cannot assign to function call")),
        ("x = 1\nTrue = x\n", (2, 1, "SyntaxError: cannot assign to True")),
        ("y = 1\nx + 1 = y\n", (2, 1, "SyntaxError: cannot assign to expression here. Maybe you meant '=='")),
        ("x = y = f() = 3\n", (1, 9, "SyntaxError: cannot assign to function call")),
        ("del f()\n", (1, 5, "SyntaxError: cannot delete function call")),
        ("f() += 1\n", (1, 1, "SyntaxError: 'function call' is an illegal expression for augmented")),
        ("x := 5\n", (1, 3, "SyntaxError: invalid syntax")),
        ("def f():\n    return y := 3\n", (2, 14, "SyntaxError: invalid syntax")),
        ("(a[0] := 1)\n", (1, 2, "SyntaxError: cannot use assignment expressions with subscript")),
        ("(1 := 1)\n", (1, 2, "SyntaxError: cannot use assignment expressions with literal")),
        (
            "match v:\n    case P(a=1, 2):\n        pass\n",
            (2, 17, "SyntaxError: positional patterns follow keyword"),
        ),
        ("match v:\n    case 1 as _:\n        pass\n", (2, 15, "SyntaxError: cannot use '_' as a target")),
        (
            "match v:\ncase 1:\n    pass\n",
            (2, 1, "IndentationError: expected an indented block after 'match'"),
        ),
    ],
)
def test_syntax_errors(source: str, expected: tuple[int, int, str]) -> None:
    found = errors(source)
    assert found, "no error reported"
    line, column, message = found[0]
    assert (line, column) == expected[:2]
    assert message.startswith(expected[2])


def test_every_syntax_error_in_one_pass() -> None:
    found = errors("if x\n    y = 1\nz = = 2\nprint('ok')\nw = (3 +\n")
    assert [(line, message.split(":")[0]) for line, _, message in found] == [
        (1, "SyntaxError"),
        (3, "SyntaxError"),
        (5, "SyntaxError"),
    ]


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        ("import os\n", "'import os' is not supported"),
        ("import math\nx = math.fsum([2])\n", "math.fsum is not supported yet"),
        (
            "import sys\nsys.argv\n",
            "sys.argv is not supported (only sys.stdin, sys.stdout, sys.stderr and sys.exit are)",
        ),
        ("def g():\n    print((yield 1))\n", "'yield' is supported as a statement"),
        ("async def f():\n    pass\n", "async functions"),
        ("x = open('f')\n", "the built-in 'open' is not supported"),
        ("class A(B, C):\n    pass\n", "multiple inheritance is not supported"),
        (
            "x = 10 ** 60\ny = 100000000000000000000000000000000000000000000000000\n",
            "too large for the Engine",
        ),
        ("x = vars()\n", "vars() without an argument is not supported"),
        ("def f(a, /, b):\n    pass\n", "positional-only parameters"),
        ("z = 1 + 2j\n", "complex numbers (imaginary literals like 2j) are not supported"),
    ],
)
def test_outside_the_subset(source: str, fragment: str) -> None:
    found = errors(source)
    assert any(fragment in message for _, _, message in found), found
    assert all(line >= 1 and column >= 1 for line, column, _ in found)


def test_every_limit_in_one_pass() -> None:
    found = errors('import os\nx = eval("1.5")\nclass A(B, C):\n    pass\n')
    assert [line for line, _, _ in found] == [1, 2, 3]


def scope_of(source: str) -> A.Module:
    bag = DiagnosticBag()
    tree = check(parse(lex(source, "t.py", bag), bag), bag)
    assert not bag.has_errors, bag.render(source)
    return tree


def test_scopes_locals_cells_and_frees() -> None:
    tree = scope_of(
        "g = 1\ndef outer(a):\n    b = 2\n    def inner():\n        nonlocal b\n        b += a\n"
        "        return g\n    return inner\n"
    )
    outer = tree.body[1]
    assert isinstance(outer, A.FunctionDef) and outer.scope is not None
    assert outer.scope.locals == ["a", "b", "inner"]
    assert outer.scope.cells == {"a", "b"}
    inner = outer.body[1]
    assert isinstance(inner, A.FunctionDef) and inner.scope is not None
    assert sorted(inner.scope.frees) == ["a", "b"]
    assert inner.scope.locals == []


def test_global_declaration_makes_a_module_name() -> None:
    tree = scope_of("def f():\n    global counter\n    counter = 1\n")
    assert tree.scope is not None and "counter" in tree.scope.locals


def test_assignment_anywhere_makes_a_local() -> None:
    tree = scope_of("x = 1\ndef f():\n    print(x)\n    x = 2\n")
    f = tree.body[1]
    assert isinstance(f, A.FunctionDef) and f.scope is not None
    assert f.scope.locals == ["x"]


def test_the_runtime_ir_is_built_from_its_c_source() -> None:
    assert build_runtime.build() == build_runtime.TARGET.read_text(encoding="utf-8"), (
        "run `python -m compilers.frontends.python.build_runtime`"
    )
