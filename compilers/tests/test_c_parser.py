"""The C parser: the tree it builds, typedef names, recovery after errors, and unsupported syntax."""

from __future__ import annotations

import pytest

from compilers.diagnostics import DiagnosticBag
from compilers.frontends.c import ast
from compilers.frontends.c.lexer import lex
from compilers.frontends.c.parser import parse


def parse_source(source: str) -> tuple[ast.TranslationUnit, DiagnosticBag]:
    diags = DiagnosticBag()
    unit = parse(lex(source, "t.c", diags), diags)
    return unit, diags


def errors(source: str) -> list[tuple[int, int, str, str]]:
    _, diags = parse_source(source)
    return [(d.span.line, d.span.column, d.code, d.message) for d in diags.sorted()]


def only_function(unit: ast.TranslationUnit) -> ast.FuncDef:
    funcs = [item for item in unit.items if isinstance(item, ast.FuncDef)]
    assert len(funcs) == 1
    return funcs[0]


def test_a_function_and_its_statements() -> None:
    unit, diags = parse_source("int f(int a, char *b) { if (a) return 1; else { while (a) a--; } return 0; }")
    assert not diags.items
    func = only_function(unit)
    assert func.declarator.name == "f"
    params = func.declarator.derived[-1]
    assert isinstance(params, ast.FuncD) and [p.declarator.name for p in params.params] == ["a", "b"]
    kinds = [type(s).__name__ for s in func.body.items]
    assert kinds == ["If", "Return"]


def test_precedence_and_associativity() -> None:
    unit, _ = parse_source("int x = 1 + 2 * 3 - 4, y = a = b = 5;")
    first = unit.items[0]
    assert isinstance(first, ast.Decl) and isinstance(first.init, ast.Binary)
    assert first.init.op == "-"
    assert isinstance(first.init.left, ast.Binary) and first.init.left.op == "+"
    second = unit.items[1]
    assert isinstance(second, ast.Decl) and isinstance(second.init, ast.Assign)
    assert isinstance(second.init.value, ast.Assign)


def test_declarators_apply_in_c_order() -> None:
    unit, _ = parse_source("int *a[3]; int (*p)[4]; int m[2][5];")
    shapes = []
    for item in unit.items:
        assert isinstance(item, ast.Decl) and item.declarator is not None
        shapes.append([type(d).__name__ for d in item.declarator.derived])
    assert shapes == [["PointerD", "ArrayD"], ["ArrayD", "PointerD"], ["ArrayD", "ArrayD"]]


def test_typedef_names_make_declarations() -> None:
    source = "typedef int T; int a, b; void f(void) { T * x; a * b; { int T; T * 2; } }"
    unit, diags = parse_source(source)
    assert not diags.items
    body = only_function(unit).body.items
    assert isinstance(body[0], ast.DeclStmt)  # T * x declares x
    assert isinstance(body[1], ast.ExprStmt)  # a * b multiplies
    inner = body[2]
    assert isinstance(inner, ast.Block) and isinstance(inner.items[1], ast.ExprStmt)  # T is a variable here


def test_casts_sizeof_postfix_and_string_concatenation() -> None:
    unit, diags = parse_source(
        'void f(void) { x = (long)sizeof(int) + sizeof y + p->q[1].r++ + -~!*&z; s = "a" "b"; }'
    )
    assert not diags.items
    dump = ast.dump(unit)
    for fragment in ("Cast", "SizeofType", "SizeofExpr", "MemberAccess", "IncDec", "Index", "Unary"):
        assert fragment in dump
    assert "text='ab'" in dump


def test_every_statement_kind() -> None:
    source = """void f(int n) {
        for (int i = 0; i < n; i++) continue;
        for (;;) break;
        do n--; while (n);
        switch (n) { case 1: break; default: ; }
        goto out;
    out:
        return;
    }"""
    unit, diags = parse_source(source)
    assert not diags.items
    kinds = [type(s).__name__ for s in only_function(unit).body.items]
    assert kinds == ["For", "For", "DoWhile", "Switch", "Goto", "Labeled"]


def test_struct_enum_and_initialisers() -> None:
    source = "struct p { int x, y; struct p *next; }; enum c { R, G = 4, B, }; struct p o = {1, {2}, 0};"
    unit, diags = parse_source(source)
    assert not diags.items
    assert isinstance(unit.items[0], ast.Decl) and isinstance(unit.items[0].spec, ast.StructSpec)
    enum = unit.items[1]
    assert isinstance(enum, ast.Decl) and isinstance(enum.spec, ast.EnumSpec)
    assert enum.spec.items is not None and [e.name for e in enum.spec.items] == ["R", "G", "B"]


def test_the_dump_shows_positions_and_types_of_a_checked_tree() -> None:
    from compilers.frontends.c.check import check

    diags = DiagnosticBag()
    unit = check(parse(lex("int main(void) { return 2 + 3; }", "t.c", diags), diags), diags)
    dump = ast.dump(unit)
    assert "FuncDef @1:1" in dump
    assert "Binary @1:25 ctype=int op='+'" in dump


def test_several_syntax_errors_in_one_compile() -> None:
    source = """int f(void) {
    int a = ;
    a = (1 + 2;
    return a
}
int g(void) { return 1 }
int ok(void) { return 2; }
struct s { int x; int ; };
"""
    found = errors(source)
    assert [(line, column) for line, column, _, _ in found] == [(2, 13), (3, 15), (4, 13), (6, 24), (8, 23)]
    assert all(code == "syntax" for _, _, code, _ in found)


def test_recovery_keeps_later_functions() -> None:
    unit, diags = parse_source("int f(void) { int = 3; }\nint g(void) { return 1; }\n")
    assert len(diags.items) == 1
    assert [item.declarator.name for item in unit.items if isinstance(item, ast.FuncDef)] == ["f", "g"]


def test_implicit_int_is_accepted_with_gcc_s_warning() -> None:
    unit, diags = parse_source("main() { return 0; }\nstatic x = 3;\nconst y;\n")
    assert not diags.has_errors
    warnings = [(d.span.line, d.span.column, d.message) for d in diags.sorted()]
    assert warnings == [
        (1, 1, "return type defaults to 'int'"),
        (2, 8, "type of 'x' defaults to 'int'"),
        (3, 7, "type of 'y' defaults to 'int'"),
    ]
    assert only_function(unit).declarator.name == "main"


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        ("x = 1;", "expected a declaration before 'x'"),
        ("int f(void) { return 1 + ; }", "expected an expression before ';'"),
        ("int a[3;", "expected ']'"),
        ("int static static x;", "more than one storage class"),
        ("struct { int x; } int y;", "two types in one declaration"),
        ("enum e int y;", "two types in one declaration"),
        ("struct;", "expected a struct tag or '{'"),
        ("enum;", "expected an enum tag or '{'"),
        ("enum e { 1 };", "expected an enumerator name"),
        ("int f(void) { s.(; }", "expected a member name after '.'"),
        ("int f(int, ...x);", "expected ')'"),
        ("int f(x);", "expected a parameter type before 'x'"),
        ("int f(void) { goto 3; }", "expected a label name"),
        ("int f(void) { l: }", "a label must be followed by a statement"),
        ("int x = (int y)3;", "unexpected name 'y' in a type name"),
        ("int f(static int a);", "'static' in a parameter"),
        ("struct s { static int a; };", "'static' in a struct member"),
        ("int x = sizeof(static int);", "'static' in a type name"),
        ("int;", ""),
    ],
)
def test_syntax_errors(source: str, fragment: str) -> None:
    found = errors(source)
    if not fragment:
        assert found == []  # a declaration that declares nothing is accepted, as gcc accepts it
        return
    assert any(fragment in message for _, _, _, message in found), found


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        ("int f(void) { return ({ 1; }); }", "statement expressions are not supported"),
        ("int a[9] = {[1 ... 3] = 2};", "designator ranges ([a ... b]) are not supported"),
        (
            "int f(int x) { switch (x) { case 1 ... 3: return 1; } return 0; }",
            "case ranges are not supported",
        ),
        (
            "int f(void) { int g(void) { return 1; } return 0; }",
            "nested function definitions are not supported",
        ),
        ("int f(void) { void *p = &&l; l: return 0; }", "labels as values are not supported"),
        ("_Complex double z;", "'_Complex' is not supported"),
    ],
)
def test_unsupported_constructs_are_named(source: str, fragment: str) -> None:
    found = errors(source)
    assert any(code == "unsupported" and fragment in message for _, _, code, message in found), found
