"""The Haskell lexer, the layout rule and the parser: tokens, implicit blocks (with parse-error(t)),
fixity resolution, sections, patterns and declarations. Expected trees worked by hand from the Haskell 2010
report (chapter 2 lexemes, 10.3 layout, 10.6 fixity resolution); the syntax errors' forms are GHC 9's."""

from compilers.diagnostics import DiagnosticBag
from compilers.frontends.haskell import ast as A
from compilers.frontends.haskell.layout import LayoutStream
from compilers.frontends.haskell.lexer import char_value, lex, string_value
from compilers.frontends.haskell.parser import parse


def tokens(src):
    d = DiagnosticBag()
    toks = lex(src, "t.hs", d)
    assert not d.has_errors, list(d.items)
    return toks


def kinds(src):
    return [(t.kind, t.text) for t in tokens(src)[:-1]]


def layout(src):
    stream = LayoutStream(tokens(src))
    out: list[str] = []
    while True:
        t = stream.next()
        if t.kind == "eof":
            return " ".join(out)
        out.append(t.text)


def module(src):
    d = DiagnosticBag()
    m = parse(lex(src, "t.hs", d), d)
    assert not d.has_errors, [f"{x.span.line}:{x.span.column} {x.message}" for x in d.items]
    return m


def errors(src):
    d = DiagnosticBag()
    parse(lex(src, "t.hs", d), d)
    return [f"{x.span.line}:{x.span.column}: {x.message}" for x in d.items]


def expr(src):
    """The right side of `x = <src>`, shown fully parenthesised."""
    m = module("x = " + src + "\n")
    d = m.decls[0]
    assert isinstance(d, A.DClause)
    return A.show_expr(d.rhs.body)


def test_lexemes():
    assert kinds("f' x_1 M.lookup Data.Map.Map M.! :+ `div` -> :: ..") == [
        ("varid", "f'"),
        ("varid", "x_1"),
        ("qvarid", "M.lookup"),
        ("qconid", "Data.Map.Map"),
        ("qvarsym", "M.!"),
        ("consym", ":+"),
        ("special", "`"),
        ("varid", "div"),
        ("special", "`"),
        ("reservedop", "->"),
        ("reservedop", "::"),
        ("reservedop", ".."),
    ]
    assert kinds("12 0x1F 1.5 2e3 'a' '\\n' \"s\\t\"") == [
        ("int", "12"),
        ("int", "0x1F"),
        ("float", "1.5"),
        ("float", "2e3"),
        ("char", "'a'"),
        ("char", "'\\n'"),
        ("string", '"s\\t"'),
    ]


def test_comments_and_dashes():
    assert kinds("a -- comment\nb --> c {- x {- nested -} y -} d ---") == [
        ("varid", "a"),
        ("varid", "b"),
        ("varsym", "-->"),
        ("varid", "c"),
        ("varid", "d"),
    ]


def test_escapes():
    assert string_value('"a\\nb\\65\\x42\\o103\\&1\\SOH\\^A"') == "a\nbABC1\x01\x01"
    assert string_value('"ab\\   \\cd"') == "abcd"
    assert char_value("'\\''") == 39 and char_value("'\\DEL'") == 127


def test_layout_blocks():
    src = "f x = y\n  where\n    y = 1\n    z = 2\ng = 3\n"
    assert layout(src) == "{ f x = y where { y = 1 ; z = 2 } ; g = 3 }"


def test_layout_do_and_let():
    src = "main = do\n  let a = 1\n      b = 2\n  print a\n"
    assert layout(src) == "{ main = do { let { a = 1 ; b = 2 } ; print a } }"


def test_layout_empty_block():
    # `where` followed by nothing more indented opens and closes at once ({n} with n <= m).
    assert layout("f = 1 where\ng = 2\n") == "{ f = 1 where { } ; g = 2 }"


def test_parse_error_rule_let_in_on_one_line():
    assert expr("let y = 1; z = 2 in y + z") == "(let 2 in ((+) y z))"
    assert expr("let y = 1 in y") == "(let 1 in y)"


def test_parse_error_rule_closing_bracket():
    assert expr("(case n of 0 -> 1; _ -> 2)") == "(case n of {0 -> 1; _ -> 2})"
    assert expr("[do x, y]") == "[(do {x}), y]"


def test_fixity_resolution():
    assert expr("1 + 2 * 3 - 4") == "((-) ((+) 1 ((*) 2 3)) 4)"
    assert expr("f . g . h $ x") == "(($) ((.) f ((.) g h)) x)"
    assert expr("a : b : c ++ d") == "((:) a ((:) b ((++) c d)))"
    assert expr("x `div` 2 == 0 && p || q") == "((||) ((&&) ((==) (div x 2) 0) p) q)"
    assert expr("- x + 1") == "((+) (negate x) 1)"
    assert expr("a == - 1") == "((==) a (negate 1))"


def test_user_fixity_declared_after_use():
    m = module("x = 1 <+> 2 <+> 3\ninfixr 5 <+>\n")
    assert A.show_expr(m.decls[0].rhs.body) == "((<+>) 1 ((<+>) 2 3))"


def test_non_associative_mix_is_an_error():
    assert errors("x = a == b == c\n") == [
        "1:12: precedence parsing error: cannot mix operators of precedence 4 (infix) and '==' "
        "[infix 4] in the same infix expression"
    ]


def test_sections():
    assert expr("(+ 1)") == "((+) 1)"
    assert expr("(1 +)") == "(1 (+))"
    assert expr("(`div` 2)") == "(div 2)"
    assert expr("(subtract 1)") == "(subtract 1)"
    assert expr("(-)") == "(-)"
    assert expr("(- 1)") == "(negate 1)"
    assert expr("(,) 1") == "((,) 1)"


def test_lists_sequences_comprehensions():
    assert expr("[1..10]") == "[1 .. 10]"
    assert expr("[1,3..]") == "[1, 3 ..]"
    assert expr("[x * y | x <- xs, let y = 2, odd x]") == "[((*) x y) | x <- xs, let 1, (odd x)]"
    assert expr("[]") == "[]"
    assert expr("[1, 2]") == "[1, 2]"


def test_lambda_if_case_do():
    assert expr("\\x (y:ys) -> x") == "(\\x ((:) y ys) -> x)"
    assert expr("if a then b else c") == "(if a then b else c)"
    src = "main = do\n  line <- getLine\n  if null line\n    then return ()\n    else putStrLn line\n"
    m = module(src)
    body = A.show_expr(m.decls[0].rhs.body)
    assert body == "(do {line <- getLine; (if (null line) then (return ()) else (putStrLn line))})"


def test_clauses_guards_where():
    m = module("f 0 = 1\nf n | n < 0 = 0\n    | otherwise = n * f (n - 1)\n  where k = 2\n")
    a, b = m.decls
    assert isinstance(a, A.DClause) and a.name == "f" and A.show_expr(a.pats[0]) == "0"
    assert [A.show_expr(g[1]) for g in b.rhs.guards] == ["0", "((*) n (f ((-) n 1)))"]
    assert len(b.rhs.where) == 1


def test_operator_definition_and_patterns():
    m = module("x <+> y = x\n(a, _) = p\nf xs@(x:_) ~(Just y) (-1) = 0\n")
    op, pair, f = m.decls
    assert isinstance(op, A.DClause) and op.name == "<+>" and len(op.pats) == 2
    assert isinstance(pair, A.DPatBind) and A.show_expr(pair.pat) == "((,) a _)"
    assert [A.show_expr(p) for p in f.pats] == ["xs@((:) x _)", "~(Just y)", "-1"]


def test_declarations():
    src = (
        "module Main where\nimport qualified Data.Map as M\nimport Data.List (sort, nub)\n"
        "data T a = L | N (T a) a (T a) deriving (Show, Eq)\n"
        "data P = P { px :: Int, py :: !Int }\n"
        "data C = Int :+ Int\n"
        "newtype W = W Int\ntype S = [Char]\n"
        "class Eq a => Container f where\n  empty :: f a\n  size :: f a -> Int\n  size _ = 0\n"
        "instance Show a => Show (Box a) where\n  show (Box x) = show x\n"
        "f :: (Ord a, Show a) => a -> String\nf = undefined\n"
    )
    m = module(src)
    assert [(i.module, i.qualified, i.alias, i.names) for i in m.imports] == [
        ("Data.Map", True, "M", None),
        ("Data.List", False, None, ["sort", "nub"]),
    ]
    t, p, c, w, s, cls, inst, sig, _ = m.decls
    assert [con.name for con in t.cons] == ["L", "N"] and t.deriving == ["Show", "Eq"] and t.tyvars == ["a"]
    assert p.cons[0].field_names == ["px", "py"] and p.cons[0].strict == [False, True]
    assert c.cons[0].name == ":+" and len(c.cons[0].fields) == 2
    assert w.newtype and isinstance(s, A.DTypeSyn)
    assert cls.name == "Container" and cls.tyvar == "f" and [x.cls for x in cls.context] == ["Eq"]
    assert len(cls.decls) == 3
    assert inst.cls == "Show" and [x.cls for x in inst.context] == ["Show"]
    assert [x.cls for x in sig.context] == ["Ord", "Show"]


def test_syntax_errors_have_positions():
    assert errors("main = print (1 +\n") == [
        "2:1: parse error (possibly incorrect indentation or mismatched brackets)"
    ]
    assert errors("f x = = 1\n") == ["1:7: parse error on input ‘=’"]
    assert errors("x = 'ab'\n")[0].startswith("1:5: ")


def test_where_at_the_do_blocks_indentation_ends_it():
    src = "main = do\n  go 1\n  where\n    go n = print n\n"
    m = module(src)
    assert len(m.decls[0].rhs.where) == 1


def test_language_pragmas_are_outside_the_subset() -> None:
    # GHC 9.0.2 compiles this program (TupleSections); here each extension named is an error at its pragma,
    # and other pragmas (OPTIONS_GHC) are ignored.
    src = "{-# LANGUAGE TupleSections, LambdaCase #-}\n{-# OPTIONS_GHC -Wall #-}\n"
    src += "main = print (map (,True) [1])\n"
    got = errors(src)
    assert got[:2] == [
        "1:1: the language extension TupleSections is not in this subset of Haskell (Haskell 2010 without"
        " extensions): write the program without it",
        "1:1: the language extension LambdaCase is not in this subset of Haskell (Haskell 2010 without"
        " extensions): write the program without it",
    ]
    assert errors("{-# language Haskell2010 #-}\n{-# INLINE f #-}\nf x = x\n") == []
