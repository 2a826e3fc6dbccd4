"""The C lexer: token kinds, spans, literals, and the errors it reports."""

from __future__ import annotations

import pytest

from compilers.diagnostics import DiagnosticBag
from compilers.frontends.c.lexer import decode_escapes, lex, parse_int_literal, tokenize


def raw(source: str) -> tuple[list[tuple[str, str]], DiagnosticBag]:
    diags = DiagnosticBag()
    tokens = tokenize(source, "t.c", diags)
    return [(t.kind, t.text) for t in tokens if t.kind not in ("newline", "eof")], diags


def test_kinds_and_texts() -> None:
    tokens, diags = raw("int x_1 = 0x1F + 'a' * 2.5e3; return \"s\\n\";")
    assert not diags.items
    assert tokens == [
        ("keyword", "int"), ("ident", "x_1"), ("punct", "="), ("int", "0x1F"), ("punct", "+"),
        ("char", "'a'"), ("punct", "*"), ("float", "2.5e3"), ("punct", ";"), ("keyword", "return"),
        ("string", '"s\\n"'), ("punct", ";"),
    ]  # fmt: skip


def test_longest_punctuator_first() -> None:
    tokens, _ = raw("a<<=b->c...d>>e++ --f&&g||h!=i")
    puncts = [text for kind, text in tokens if kind == "punct"]
    assert puncts == ["<<=", "->", "...", ">>", "++", "--", "&&", "||", "!="]


def test_spans_count_lines_and_columns_from_one() -> None:
    diags = DiagnosticBag()
    tokens = tokenize("int a;\n  /* two\nlines */ return a;\n", "t.c", diags)
    ret = next(t for t in tokens if t.text == "return")
    assert (ret.span.line, ret.span.column, ret.span.end_column) == (3, 10, 16)
    assert str(ret.span) == "t.c:3:10"


def test_comments_are_skipped_and_lines_end_in_newline_tokens() -> None:
    diags = DiagnosticBag()
    tokens = tokenize("a // comment\nb /* x */ c", "t.c", diags)
    assert [t.kind for t in tokens] == ["ident", "newline", "ident", "ident", "newline", "eof"]


def test_backslash_newline_joins_lines() -> None:
    tokens, diags = raw("in\\\nt va\\\nlue;")
    assert not diags.items
    assert tokens[:2] == [("keyword", "int"), ("ident", "value")]


def test_lex_runs_the_preprocessor_and_drops_newlines() -> None:
    diags = DiagnosticBag()
    tokens = lex("#define N 3\nint a = N;\n", "t.c", diags)
    assert [t.text for t in tokens] == ["int", "a", "=", "3", ";", ""]
    assert tokens[-1].kind == "eof"


@pytest.mark.parametrize(
    ("source", "message", "column"),
    [
        ("int a = 1 @ 2;", "stray '@' in program", 11),
        ("/* never closed", "unterminated comment", 1),
        ("char c = 'ab';", "exactly one character", 10),
        ('char *s = "open', "unterminated string literal", 11),
        ("char c = 'x", "unterminated character constant", 10),
        ("int n = 09;", "invalid integer constant '09'", 9),
        ("int n = 12abc;", "invalid integer constant '12abc'", 9),
    ],
)
def test_errors(source: str, message: str, column: int) -> None:
    _, diags = raw(source)
    assert len(diags.items) == 1
    assert message in diags.items[0].message
    assert diags.items[0].span.column == column
    assert diags.items[0].code == "syntax"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0", (0, False, False)),
        ("42", (42, False, False)),
        ("052", (42, False, False)),
        ("0x2a", (42, False, False)),
        ("0X2AUL", (42, True, True)),
        ("7u", (7, True, False)),
        ("7LL", (7, False, True)),
        ("7lu", (7, True, True)),
        ("08", None),
        ("7q", None),
        ("7uu", None),
    ],
)
def test_parse_int_literal(text: str, expected: tuple[int, bool, bool] | None) -> None:
    assert parse_int_literal(text) == expected


@pytest.mark.parametrize(
    ("body", "codes"),
    [
        ("abc", [97, 98, 99]),
        ("\\n\\t\\\\\\'\\\"", [10, 9, 92, 39, 34]),
        ("\\0", [0]),
        ("\\101\\7", [65, 7]),
        ("\\x41\\xff", [65, 255]),
        ("\\a\\b\\f\\v\\r\\?", [7, 8, 12, 11, 13, 63]),
        ("\\q", [113]),
    ],
)
def test_decode_escapes(body: str, codes: list[int]) -> None:
    assert decode_escapes(body) == codes


def test_the_fast_path_and_the_careful_scanner_agree() -> None:
    from compilers.frontends.c.headers import HEADERS
    from compilers.frontends.c.lexer import _fast_tokenize, _Scanner
    from compilers.tests.c.runner import all_programs

    sources = [p.read_text(encoding="utf-8") for p in all_programs()] + list(HEADERS.values())
    compared = 0
    for source in sources:
        if "\\\n" in source:
            continue  # splices always take the careful scanner
        fast = _fast_tokenize(source, "t.c")
        if fast is None:
            continue  # a lexical error: the careful scanner reports it
        assert fast == _Scanner(source, "t.c", DiagnosticBag()).run()
        compared += 1
    assert compared > 150


@pytest.mark.parametrize("source", ["0xE+1", "int a = 1 @ 2;", "/* open", "'ab'", '"open', "09"])
def test_the_fast_path_leaves_errors_to_the_careful_scanner(source: str) -> None:
    from compilers.frontends.c.lexer import _fast_tokenize

    assert _fast_tokenize(source, "t.c") is None
