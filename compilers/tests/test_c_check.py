"""The C checker: the types it gives, the conversions it inserts, and every diagnostic it reports."""

from __future__ import annotations

import pytest

from compilers.diagnostics import DiagnosticBag
from compilers.frontends.c import ast
from compilers.frontends.c.check import check, fold
from compilers.frontends.c.ctype import (
    CHAR,
    INT,
    LONG,
    UINT,
    ULONG,
    CType,
    StructInfo,
    array_of,
    compatible,
    function_of,
    pointer_to,
    promote,
    usual_arithmetic,
)
from compilers.frontends.c.lexer import lex
from compilers.frontends.c.parser import parse


def check_source(source: str) -> tuple[ast.TranslationUnit, DiagnosticBag]:
    diags = DiagnosticBag()
    unit = parse(lex(source, "t.c", diags), diags)
    assert not diags.has_errors, diags.render(source)
    return check(unit, diags), diags


def messages(source: str) -> list[tuple[str, str]]:
    _, diags = check_source(source)
    return [(d.code, d.message) for d in diags.sorted()]


def initializer_of(source: str, name: str) -> ast.Expr:
    unit, diags = check_source(source)
    assert not diags.items, diags.render(source)
    for item in unit.items:
        if isinstance(item, ast.Decl) and item.declarator is not None and item.declarator.name == name:
            assert item.init is not None
            return item.init
    raise AssertionError(name)


@pytest.mark.parametrize(
    ("expression", "type_text", "value"),
    [
        ("1 + 2", "int", 3),
        ("1u + 2", "unsigned int", 3),
        ("-1 < 1u", "int", 0),
        ("-1L < 1u", "int", 1),
        ("2147483647 + 0L", "long", 2147483647),
        ("2147483648", "long", 2147483648),
        ("0xFFFFFFFF", "unsigned int", 4294967295),
        ("(char)300", "char", 44),
        ("(unsigned char)-1", "unsigned char", 255),
        ("'a' + 1", "int", 98),
        ("sizeof(long) + 1", "unsigned long", 9),
        ("-7 / 2 + -7 % 2", "int", -4),
        ("1 << 4 | 3 & ~1 ^ 8", "int", 26),
        ("-16 >> 2", "int", -4),
        ("1 ? 5 : 6", "int", 5),
        ("0 && 1 / 0", "int", 0),
        ("1 || 1 / 0", "int", 1),
        ("!3 + (4 != 4) + (2 >= 1)", "int", 1),
        ("(short)70000", "short", 4464),
        ("(_Bool)5", "_Bool", 1),
    ],
)
def test_constant_expressions(expression: str, type_text: str, value: int) -> None:
    init = initializer_of(f"long x = {expression};", "x")
    assert isinstance(init, ast.Convert) or str(init.ctype) == "long"
    inner = init.operand if isinstance(init, ast.Convert) else init
    assert str(inner.ctype) == type_text
    assert fold(inner) == value


def test_conversions_are_explicit_in_the_tree() -> None:
    unit, diags = check_source("int f(unsigned char a, long b) { return a + b; }")
    assert not diags.items
    func = unit.items[0]
    assert isinstance(func, ast.FuncDef)
    ret = func.body.items[0]
    assert isinstance(ret, ast.Return) and isinstance(ret.value, ast.Convert)
    binary = ret.value.operand
    assert isinstance(binary, ast.Binary) and str(binary.ctype) == "long"
    assert isinstance(binary.left, ast.Convert) and str(binary.left.ctype) == "long"


def test_arrays_decay_and_sizeof_does_not() -> None:
    unit, diags = check_source("int a[10]; int *p = a; unsigned long n = sizeof a; int (*q)[10] = &a;")
    assert not diags.items
    p = unit.items[1]
    assert isinstance(p, ast.Decl) and isinstance(p.init, ast.Convert) and str(p.init.ctype) == "int *"
    n = unit.items[2]
    assert isinstance(n, ast.Decl) and n.init is not None and fold(n.init) == 40


def test_struct_layout_in_words_and_bytes() -> None:
    unit, _ = check_source("struct s { char c; long l; int a[3]; struct s *next; }; struct s v;")
    decl = unit.items[1]
    assert isinstance(decl, ast.Decl) and decl.ctype is not None
    info = decl.ctype.struct
    assert info is not None
    assert [(m.name, m.offset) for m in info.members] == [("c", 0), ("l", 1), ("a", 2), ("next", 5)]
    assert decl.ctype.words == 6
    assert decl.ctype.size == 40


def test_enumerators_are_constants() -> None:
    init = initializer_of("enum e { A, B = 5, C }; int x = A + B + C;", "x")
    assert fold(init) == 11


def test_types_print_as_c_spells_them() -> None:
    info = StructInfo("pt")
    assert str(pointer_to(array_of(INT, 3))) == "int (*)[3]"
    assert str(array_of(pointer_to(CHAR), 2)) == "char *[2]"
    assert str(function_of(LONG, (INT, pointer_to(CHAR)), True)) == "long (int, char *, ...)"
    assert str(function_of(INT, (), False)) == "int (void)"
    assert str(CType("struct", struct=info)) == "struct pt"
    assert str(CType("struct", struct=StructInfo(None))) == "struct <anonymous>"
    assert str(pointer_to(function_of(INT, (), False))) == "int (*)(void)"


def test_arithmetic_conversion_rules() -> None:
    assert promote(CHAR) == INT
    assert usual_arithmetic(UINT, LONG) == LONG
    assert usual_arithmetic(ULONG, INT) == ULONG
    assert usual_arithmetic(UINT, INT) == UINT
    assert usual_arithmetic(LONG, ULONG) == ULONG
    assert compatible(pointer_to(INT), pointer_to(INT))
    assert not compatible(array_of(INT, 2), array_of(INT, 3))
    assert compatible(function_of(INT, (), False, has_prototype=False), function_of(INT, (INT,), False))
    assert not compatible(function_of(INT, (INT,), False), function_of(LONG, (INT,), False))
    assert not compatible(function_of(INT, (INT,), False), function_of(INT, (LONG,), False))


def test_redeclarations_that_agree_are_one_symbol() -> None:
    source = "int f(int); int f(int x) { return x; } extern int g; int g = 3; int arr[]; int arr[4];"
    unit, diags = check_source(source)
    assert not diags.items
    decls = [i for i in unit.items if isinstance(i, ast.Decl) and i.declarator and i.declarator.name == "arr"]
    assert decls[0].symbol is decls[1].symbol and decls[0].symbol is not None
    assert decls[0].symbol.ctype.length == 4


@pytest.mark.parametrize(
    ("source", "code", "fragment"),
    [
        ("T x;", "syntax", ""),
        ("int f(void) { return y; }", "undeclared", "'y' undeclared"),
        ("int f(void) { return g(1); }", "undeclared", "implicit declaration of function 'g'"),
        ("signed unsigned x;", "type_mismatch", "both 'signed' and 'unsigned'"),
        ("int char x;", "type_mismatch", "invalid type 'int char'"),
        ("long long long x;", "type_mismatch", "invalid type"),
        ("unsigned void *x;", "type_mismatch", "'unsigned' cannot apply to 'void'"),
        ("double d = 1.5L;", "unsupported", "'long double' constants are not supported"),
        ("long double d;", "unsupported", "'long double' is not supported"),
        ("double d = 1.5e;", "syntax", "invalid floating constant '1.5e'"),
        ("int *p = (int *)1.5;", "type_mismatch", "cannot convert 'double' to 'int *'"),
        ("struct s { int a; }; struct s { int b; };", "redefinition", "redefinition of 'struct s'"),
        ("enum e { A }; struct e *p;", "type_mismatch", "'e' is an enum tag, not a struct"),
        ("enum missing x;", "undeclared", "unknown enum 'enum missing'"),
        ("struct s; struct t { struct s inner; };", "type_mismatch", "member 'inner' has incomplete type"),
        ("struct t { int a; int a; };", "redefinition", "duplicate member 'a'"),
        ("int f(void)[3];", "type_mismatch", "a function cannot return an array"),
        ("int f(void)(void);", "type_mismatch", "a function cannot return a function"),
        ("int a[3](void);", "type_mismatch", "declaration of an array of functions"),
        ("struct s; struct s arr[2];", "type_mismatch", "array has incomplete element type"),
        ("int f(void x);", "type_mismatch", "a parameter cannot have type 'void'"),
        ("int a[-2];", "type_mismatch", "array size must be positive"),
        ("int n; int a[n];", "type_mismatch", "an array size must be a constant expression"),
        ("int *p; int a[p];", "type_mismatch", "an array size must be an integer"),
        ("int f(int); int (*fp)(int) = f;", "undefined", "undefined reference to 'f'"),
        ("int a[2] = {1, 2, 3};", "type_mismatch", "excess elements in array initializer"),
        ("struct p { int x; } v = {1, 2};", "type_mismatch", "excess elements in struct initializer"),
        ('char s[2] = "long";', "type_mismatch", "initializer-string for array of chars is too long"),
        ("int a[2] = 5;", "type_mismatch", "must be initialised with a list in braces"),
        ("int a[] = 5;", "type_mismatch", "an array initialiser must be a list in braces"),
        ("int x = {1, 2};", "type_mismatch", "invalid initializer for a scalar"),
        ("int y; int x = y;", "type_mismatch", "initializer element is not constant"),
        (
            "struct p { int x; }; struct p a; struct p b = a;",
            "type_mismatch",
            "initializer element is not constant",
        ),
        ("void f(void) { static int g(void); }", "type_mismatch", "invalid storage class for function 'g'"),
        ("int f(void) = 3;", "type_mismatch", "function 'f' is initialised like a variable"),
        ("void v;", "type_mismatch", "variable 'v' declared void"),
        ("struct s; struct s v;", "type_mismatch", "storage size of 'v' is not known"),
        ("int x; long x;", "redefinition", "conflicting types for 'x'"),
        ("int x = 1; int x = 2;", "redefinition", "redefinition of 'x'"),
        ("void f(void) { extern int g; }", "unsupported", "block-scope extern declarations"),
        ("int f(int a, int a) { return a; }", "redefinition", "redefinition of 'a'"),
        ("int f(int) { return 0; }", "syntax", "a parameter name is missing"),
        ("int f(void) { return 0; } int f(void) { return 1; }", "redefinition", "redefinition of 'f'"),
        (
            "struct s { int a; }; struct t { int b; }; struct s f(struct t v) { return v; }",
            "type_mismatch",
            "incompatible types in return",
        ),
        ("void f(int x) { switch (x) { case 1: case 1: break; } }", "redefinition", "duplicate case value 1"),
        (
            "void f(int *p) { switch (p) { default: break; } }",
            "type_mismatch",
            "switch quantity is not an integer",
        ),
        ("void f(void) { l: l: ; }", "redefinition", "duplicate label 'l'"),
        (
            "struct s { int a; }; void f(struct s v) { if (v) {} }",
            "type_mismatch",
            "where a scalar is required",
        ),
        (
            "struct s { int a; }; int f(struct s v) { return v && 1; }",
            "type_mismatch",
            "where a scalar is required",
        ),
        (
            "struct s { int a; }; int f(struct s v) { return !v; }",
            "type_mismatch",
            "wrong type argument to unary '!'",
        ),
        ("int f(int *p) { return -p; }", "type_mismatch", "wrong type argument to unary '-'"),
        ("struct s { int a; }; void f(struct s v) { v++; }", "type_mismatch", "wrong type argument to '++'"),
        (
            "struct s; void f(struct s *p) { p++; }",
            "type_mismatch",
            "arithmetic on a pointer to an incomplete type",
        ),
        ("int f(void) { return &3 != 0; }", "type_mismatch", "lvalue required as unary '&' operand"),
        (
            "int f(int *p, long *q) { return p == q; }",
            "type_mismatch",
            "comparison of distinct pointer types",
        ),
        ("int f(int *p) { return p < 1; }", "type_mismatch", "invalid operands to binary '<'"),
        (
            "long f(int *p, long *q) { return p - q; }",
            "type_mismatch",
            "subtraction of distinct pointer types",
        ),
        (
            "int *f(int *p, int *q) { return p + q; }",
            "type_mismatch",
            "invalid operands to binary '+' (two pointers)",
        ),
        ("int *f(int *p) { return 1 - p; }", "type_mismatch", "invalid operands to binary '-'"),
        ("int f(int *p) { p *= 2; return 0; }", "type_mismatch", "invalid operands to '*='"),
        (
            "int f(int a) { return a % 1 + (a << 1u) + 5 % (int *)0; }",
            "type_mismatch",
            "invalid operands to binary '%'",
        ),
        (
            "int f(int a, int *p) { return a ? p : 1; }",
            "type_mismatch",
            "type mismatch in conditional expression",
        ),
        ("int f(int a, int *p, long *q) { return a ? p : q; }", "type_mismatch", "pointer type mismatch"),
        ("int x; int f(void) { return x(); }", "type_mismatch", "called object is not a function"),
        (
            "int g(int a, ...); struct s { int a; }; void f(struct s v) { g(1, v); }",
            "unsupported",
            "passing a struct to a variadic function",
        ),
        ("int f(int a) { return a[1]; }", "type_mismatch", "subscripted value is not an array or pointer"),
        ("int f(void *p) { return p[1]; }", "type_mismatch", "subscript of a 'void *' pointer"),
        (
            "struct s; int f(struct s *p) { return p->a; }",
            "type_mismatch",
            "use of incomplete type 'struct s'",
        ),
        (
            "struct s { int a; }; int f(int x) { return ((struct s)x).a; }",
            "type_mismatch",
            "conversion to non-scalar type",
        ),
        (
            "struct s { int a; }; int f(struct s v) { return (int)v; }",
            "type_mismatch",
            "cannot convert 'struct s'",
        ),
        ("int f(void); unsigned long n = sizeof(f);", "type_mismatch", "invalid application of 'sizeof'"),
        ("struct s; unsigned long n = sizeof(struct s);", "type_mismatch", "invalid application of 'sizeof'"),
        ("typedef int T; int f(void) { return T; }", "syntax", "unexpected type name 'T'"),
        ("int f(int); int main(void) { return f(1) + f(2); }", "undefined", "undefined reference to 'f'"),
        ("int x = 99999999999999999999;", "type_mismatch", "integer constant is too large"),
        ("enum e { A = 1.5 };", "type_mismatch", "an enumerator value must be an integer"),
        ("int a[2.0];", "type_mismatch", "an array size must be an integer"),
    ],
)
def test_diagnostics(source: str, code: str, fragment: str) -> None:
    diags = DiagnosticBag()
    unit = parse(lex(source, "t.c", diags), diags)
    if not diags.has_errors:
        check(unit, diags)
    found = [(d.code, d.message) for d in diags.items]
    assert any(c == code and fragment in m for c, m in found), found


def test_typedef_redeclared_with_the_same_type_is_allowed() -> None:
    assert messages("typedef int T; typedef int T; T x;") == []


def test_main_may_return_without_a_value() -> None:
    assert messages("int main(void) { return; }") == []


def test_void_function_may_return_a_void_call() -> None:
    assert messages("void g(void); void f(void) { return g(); } void g(void) {}") == []
