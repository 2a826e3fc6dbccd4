"""The Haskell checker and elaboration: inference (let-polymorphism, classes, defaulting, the monomorphism
restriction), its error messages, and programs run on the functional core's interpreter. Every expected
output was printed by GHC 9.0.2 (`ghc -O0`) for the same program; the error texts follow GHC's wording."""

import pytest

from compilers.core.interp import run_program
from compilers.core.typecheck import check_program
from compilers.diagnostics import DiagnosticBag
from compilers.frontends.haskell.lexer import lex
from compilers.frontends.haskell.lower import elaborate_checked
from compilers.frontends.haskell.parser import parse
from compilers.frontends.haskell.program import check_module


def compile_core(src):
    d = DiagnosticBag()
    m = parse(lex(src, "t.hs", d), d)
    checked = check_module(m, d) if m else None
    prog = elaborate_checked(checked, d) if checked else None
    return prog, [f"{x.span.line}:{x.span.column}: {x.message}" for x in d.items]


def run(src, stdin=""):
    prog, errors = compile_core(src)
    assert not errors, errors
    check_program(prog, "test")
    r = run_program(prog, stdin, 20_000_000)
    return r.status, r.output


def errors(src):
    _, errs = compile_core(src)
    return errs


@pytest.mark.parametrize(
    ("src", "out"),
    [
        ("main = print (1 + 2)\n", "3\n"),
        # let-polymorphism: one binding used at two types
        ("main = let i x = x in print (i 1, i True)\n", "(1,True)\n"),
        # defaulting: 2^70 is an Integer, not a wrapped Int
        ("main = print (2 ^ 70)\n", "1180591620717411303424\n"),
        # Int wraps at 64 bits as GHC's does
        ("main = print (maxBound + 1 :: Int)\n", "-9223372036854775808\n"),
        # a class with a default method and a superclass
        (
            'class Show a => Pretty a where\n  pretty :: a -> String\n  pretty x = "<" ++ show x ++ ">"\n'
            "instance Pretty Bool\nmain = putStrLn (pretty True)\n",
            "<True>\n",
        ),
        # derived Show: negative fields, nesting, records, infix constructors
        (
            "data T = L | N T Int T deriving Show\ndata P = P { px :: Int, py :: Int } deriving Show\n"
            "data C = Int :+ Int deriving Show\n"
            "main = do\n  print (N L (-1) (N L 2 L))\n  print (Just (P 1 (-2)))\n  print (Just (3 :+ 4))\n",
            "N L (-1) (N L 2 L)\nJust (P {px = 1, py = -2})\nJust (3 :+ 4)\n",
        ),
        # laziness: an infinite list and a knot
        (
            "fibs = 0 : 1 : zipWith (+) fibs (tail fibs)\nmain = print (take 10 fibs, fibs !! 50)\n",
            "([0,1,1,2,3,5,8,13,21,34],12586269025)\n",
        ),
        # guards falling through to the next equation, where, case
        (
            'f x | x > 10 = "big"\nf 0 = "zero"\nf x = case x `mod` 2 of\n  0 -> e\n  _ -> o\n'
            '  where e = "even"\n        o = "odd"\nmain = mapM_ (putStrLn . f) [11, 0, 4, 7]\n',
            "big\nzero\neven\nodd\n",
        ),
        # Functor and Monad for Maybe, do in Maybe, a list comprehension and sequences
        (
            "half x = if even x then Just (x `div` 2) else Nothing\n"
            "main = do\n  print (do { a <- half 8; b <- half a; return (a + b) })\n"
            "  print (fmap (+1) (half 3))\n  print [x * y | x <- [1..3], y <- [1,3..5], x /= y]\n",
            "Just 6\nNothing\n[3,5,2,6,10,3,15]\n",
        ),
        # Data.Map, Data.Char, Data.List
        (
            "import qualified Data.Map as M\nimport Data.Char (toUpper)\nimport Data.List (sort, nub)\n"
            'main = do\n  let m = M.fromListWith (+) [(w, 1) | w <- words "a b a c b a"]\n'
            '  print (M.toList m)\n  putStrLn (map toUpper "shout")\n  print (sort (nub [3, 1, 3, 2]))\n',
            '[("a",3),("b",2),("c",1)]\nSHOUT\n[1,2,3]\n',
        ),
        # show of strings and characters with escapes
        ('main = print ("a\\"b\\n", \'\\\'\', "\\1234x")\n', '("a\\"b\\n",\'\\\'\',"\\1234x")\n'),
    ],
)
def test_programs_print_what_ghc_prints(src, out):
    status, output = run(src)
    assert (status, output) == ("halted", out)


def test_interact_reads_its_input_lazily():
    src = "main = interact (unlines . map (show . length) . lines)\n"
    assert run(src, "ab\n\ncde\n") == ("halted", "2\n0\n3\n")


def test_runtime_error_writes_ghcs_message_to_stderr_and_stops():
    status, output = run("main = do\n  print 1\n  print (head ([] :: [Int]))\n")
    assert status == "trap"
    assert output == "1\n" + "".join("\x1f" + ch for ch in "prog: Prelude.head: empty list\n")


# Each program saved as t.hs and built by GHC 9.0.2 (`ghc -O0 t.hs`): its standard output and standard error
# exactly (GHC names the executable `prog` here as the runtime's messages do). error and undefined carry
# GHC's call stack with the call site; a failed match names the source span of the function's equations
# (where bindings included), of the case expression, of the lambda or of the pattern binding (with its
# pattern; a lazy pattern names its equation), and the empty line GHC writes after.
RUNTIME_ERRORS = [
    (
        'main :: IO ()\nmain = do\n  putStrLn "x"\n  print (error "boom" :: Int)\n',
        "x\n",
        "prog: boom\nCallStack (from HasCallStack):\n  error, called at t.hs:4:10 in main:Main\n",
    ),
    (
        "main :: IO ()\nmain = do\n  let pair = (1 :: Int, undefined :: Int)\n"
        "  print (fst pair)\n  print (snd pair)\n",
        "1\n",
        "prog: Prelude.undefined\nCallStack (from HasCallStack):\n"
        "  error, called at libraries/base/GHC/Err.hs:75:14 in base:GHC.Err\n"
        "  undefined, called at t.hs:3:25 in main:Main\n",
    ),
    (
        'data C = Red | Green | Blue\n\nwarmth :: C -> String\nwarmth Red = "warm"\nwarmth Green = "cool"\n'
        "\nmain :: IO ()\nmain = putStrLn (warmth Blue)\n",
        "",
        "prog: t.hs:(4,1)-(5,21): Non-exhaustive patterns in function warmth\n\n",
    ),
    (
        'classify :: Int -> String\nclassify n\n  | n < 0 = "neg"\n  | n == 0 = "zero"\n  where\n'
        "    unused = n\n\nmain :: IO ()\nmain = putStrLn (classify 5)\n",
        "",
        "prog: t.hs:(2,1)-(6,14): Non-exhaustive patterns in function classify\n\n",
    ),
    (
        "main :: IO ()\nmain = do\n  let f = \\(Just x) -> x + 1 :: Int\n  print (f Nothing)\n",
        "",
        "prog: t.hs:3:11-35: Non-exhaustive patterns in lambda\n\n",
    ),
    (
        "g :: Int -> Int\ng x = case x of\n  1 -> 2\n  2 -> 3\nmain :: IO ()\nmain = print (g 3)\n",
        "",
        "prog: t.hs:(2,7)-(4,8): Non-exhaustive patterns in case\n\n",
    ),
    (
        'f :: Int -> Int\nf x = y\n  where y = if x > 0 then x else error ("bad " ++ show x)\n'
        "main :: IO ()\nmain = print (f (-1))\n",
        "",
        "prog: bad -1\nCallStack (from HasCallStack):\n  error, called at t.hs:3:34 in main:Main\n",
    ),
    (
        "main :: IO ()\nmain = do\n  let Just (x, y) = lookup 3 [(1, (2 :: Int, 'a'))]\n  print y\n",
        "",
        "prog: t.hs:3:7-51: Non-exhaustive patterns in Just (x, y)\n\n",
    ),
    (
        "pairUp :: String -> (String, String)\npairUp s = (a, b)\n  where\n    [a, b] = words s\n\n"
        'main :: IO ()\nmain = do\n  print (pairUp "x y")\n  print (fst (pairUp "x y z"))\n',
        '("x","y")\n',
        "prog: t.hs:4:5-20: Non-exhaustive patterns in [a, b]\n\n",
    ),
    (
        "firstTwo :: [Int] -> (Int, Int)\nfirstTwo ~(a : b : _) = (a, b)\n\n"
        "main :: IO ()\nmain = do\n  print (fst (firstTwo [7, 8]))\n  print (snd (firstTwo [7]))\n",
        "7\n",
        "prog: t.hs:2:1-30: Non-exhaustive patterns in a : b : _\n\n",
    ),
    (  # a right side that ends in a parenthesised argument: the span ends at the parenthesis
        'main :: IO ()\nmain = let Just x = lookup 3 (zip [1, 2] "ab") in print x\n',
        "",
        "prog: t.hs:2:12-46: Non-exhaustive patterns in Just x\n\n",
    ),
    (
        "main :: IO ()\nmain = let Just x = (Nothing :: Maybe Int) in print x\n",
        "",
        "prog: t.hs:2:12-42: Non-exhaustive patterns in Just x\n\n",
    ),
    (
        'f :: Int -> String\nf 1 = show (1 + 2)\nf 2 = "two"\n\n'
        "main :: IO ()\nmain = putStrLn (f 1) >> putStrLn (f 3)\n",
        "3\n",
        "prog: t.hs:(2,1)-(3,11): Non-exhaustive patterns in function f\n\n",
    ),
    (  # containers' error, with the call stack of GHC's build of containers-0.6.4.1
        "import qualified Data.Map as M\n\nmain :: IO ()\nmain = do\n"
        '  let m = M.fromList [(1 :: Int, "one")]\n  putStrLn (m M.! 1)\n  putStrLn (m M.! 2)\n',
        "one\n",
        "prog: Map.!: given key is not an element in the map\nCallStack (from HasCallStack):\n"
        "  error, called at libraries/containers/containers/src/Data/Map/Internal.hs:633:17"
        " in containers-0.6.4.1:Data.Map.Internal\n",
    ),
    (  # fromJust carries the call stack of base-4.15's Data.Maybe and the program's call site
        "import Data.Maybe (fromJust)\n\nmain :: IO ()\nmain = do\n  print (fromJust (Just 1 :: Maybe Int))\n"
        '  print (fromJust (lookup 2 [(1 :: Int, "a")]))\n',
        "1\n",
        "prog: Maybe.fromJust: Nothing\nCallStack (from HasCallStack):\n"
        "  error, called at libraries/base/Data/Maybe.hs:148:21 in base:Data.Maybe\n"
        "  fromJust, called at t.hs:6:10 in main:Main\n",
    ),
    (  # a record update of a field the constructor lacks: the update's span, from its parenthesis
        "data P = A { a :: Int } | B { b :: Int } deriving Show\n\nmain :: IO ()\nmain = do\n"
        "  print ((A 1) { a = 2 })\n  print ((A 1) { b = 2 })\n",
        "A {a = 2}\n",
        "prog: t.hs:6:10-24: Non-exhaustive patterns in record update\n\n",
    ),
    (  # a do statement's failed pattern in IO: MonadFail's fail, an IOError naming the pattern
        'main :: IO ()\nmain = do\n  [x, y] <- return (words "one two")\n  putStrLn y\n'
        '  Just n <- return (lookup x [("two", 2 :: Int)])\n  print n\n',
        "two\n",
        "prog: user error (Pattern match failure in do expression at t.hs:5:3-8)\n",
    ),
    (  # the lazy list of getContents has reached the end of the (empty) input: GHC's handle is closed
        "main :: IO ()\nmain = do\n  s <- getContents\n  putStr s\n  l <- getLine\n  putStrLn l\n",
        "",
        "prog: <stdin>: hGetLine: illegal operation (handle is closed)\n",
    ),
]


@pytest.mark.parametrize(("src", "out", "err"), RUNTIME_ERRORS)
def test_runtime_errors_print_what_ghc_prints(src: str, out: str, err: str) -> None:
    status, output = run(src)
    assert status == "trap"
    assert output.split("\x1f")[0] == out
    assert "".join(piece[:1] for piece in output.split("\x1f")[1:]) == err


def test_not_in_scope():
    assert errors("main = print x\n") == ["1:14: Variable not in scope: x"]
    # every name out of scope is reported, as GHC 9.0.2 does
    assert errors("main = print (y + length z)\n") == [
        "1:15: Variable not in scope: y",
        "1:26: Variable not in scope: z",
    ]
    assert errors("main = print (M.size 1)\n") == ["1:15: Not in scope: ‘M.size’"]
    assert errors("main = print (Foo 1)\n") == ["1:15: Data constructor not in scope: Foo"]
    # GHC 9.0.2's suggestions: the imported names nearest the one written.
    assert errors("import Data.Char\nmain = print (sort [2, 1])\n") == [
        "2:15: Variable not in scope: sort. Perhaps you meant ‘sqrt’ (imported from Prelude)"
    ]
    assert errors("import Data.Char\nmain = print (isdigit 'a')\n") == [
        "2:15: Variable not in scope: isdigit. Perhaps you meant ‘isDigit’ (imported from Data.Char)"
    ]
    # and the program's own, with the line of their definition
    src = "helper :: Int -> Int\nhelper x = x + 1\nmain = do\n  let total = 5\n  print (helpr 1 + totl)\n"
    assert errors(src) == [
        "5:10: Variable not in scope: helpr. Perhaps you meant ‘helper’ (line 2)",
        "5:20: Variable not in scope: totl. Perhaps you meant ‘total’ (line 4)",
    ]
    assert errors("main = putStrLn (mapp show [1])\n") == [
        "1:18: Variable not in scope: mapp. Perhaps you meant one of these: ‘map’ (imported from Prelude),"
        " ‘mapM’ (imported from Prelude)"
    ]


def test_type_errors_name_the_expression_and_both_types():
    # GHC 9.0.2 reports 1:18 first (the argument of putStrLn), then 1:22
    assert errors('main = putStrLn (not "x")\n') == [
        '1:18: Couldn\'t match expected type ‘[Char]’ with actual type ‘Bool’ in the expression: not "x"',
        '1:22: Couldn\'t match expected type ‘Bool’ with actual type ‘[Char]’ in the expression: "x"',
    ]
    assert errors('main = print (not "x")\n') == [
        '1:19: Couldn\'t match expected type ‘Bool’ with actual type ‘[Char]’ in the expression: "x"'
    ]
    assert errors("f :: Int -> Int\nf x = x\nmain = print (f True)\n") == [
        "3:17: Couldn't match expected type ‘Int’ with actual type ‘Bool’ in the expression: True"
    ]


def test_missing_instance_and_ambiguity():
    assert errors("main = print id\n") == [
        "1:8: No instance for (Show (a0 -> a0)) arising from a use of ‘print’"
    ]
    assert errors("main = print []\n")[0].startswith(
        "1:8: Ambiguous type variable a0 arising from a use of ‘print’"
    )
    # GHC 9.0.2 reports each constraint on the ambiguous variable: print's Show and read's Read, printf's
    # PrintfArg and the literal's Num.
    assert [e.split(" prevents")[0] for e in errors('main = print (read "5")\n')] == [
        "1:8: Ambiguous type variable a0 arising from a use of ‘print’",
        "1:15: Ambiguous type variable a0 arising from a use of ‘read’",
    ]
    got = errors('import Text.Printf\nmain :: IO ()\nmain = printf "%d\\n" 5\n')
    assert [e.split(" prevents")[0] for e in got] == [
        "3:8: Ambiguous type variable a0 arising from a use of ‘printf’",
        "3:22: Ambiguous type variable a0 arising from the literal ‘5’",
    ]


def test_missing_superclass_instances():
    # GHC 9.0.2: each missing superclass at the instance's head, in the class's order.
    src = "data Box a = Box a\ninstance Traversable Box where\n  traverse f (Box a) = Box <$> f a\n"
    got = errors(src + "main :: IO ()\nmain = print 1\n")
    assert [e.split(" arising")[0] for e in got] == [
        "2:10: No instance for (Functor Box)",
        "2:10: No instance for (Foldable Box)",
    ]


def test_deriving_functor_needs_an_extension():
    # GHC 9.0.2 (Haskell 2010): at the class in the deriving clause.
    got = errors("data T a = T a deriving (Show, Functor)\nmain :: IO ()\nmain = print 1\n")
    assert got == [
        "1:32: Can't make a derived instance of ‘Functor T’: You need DeriveFunctor to derive an instance"
        " for this class"
    ]
    got = errors("newtype M = M Int deriving (Show, Num)\nmain :: IO ()\nmain = print 1\n")
    assert got == [
        "1:35: Can't make a derived instance of ‘Num M’: ‘Num’ is not a stock derivable class"
        " (Eq, Show, etc.)"
    ]


def test_deriving_enum_and_bounded_need_an_enumeration():
    # GHC 9.0.2: at the class in the deriving clause; Bounded also takes a type of one constructor, and
    # no class an empty type (without EmptyDataDeriving).
    main = "main :: IO ()\nmain = print 1\n"
    enumeration = (
        "‘T’ must be an enumeration type"
        " (an enumeration consists of one or more nullary, non-GADT constructors)"
    )
    got = errors("data T = A Int | B deriving (Show, Enum)\n" + main)
    assert got == [f"1:36: Can't make a derived instance of ‘Enum T’: {enumeration}"]
    got = errors("data T = A Int | B deriving (Show, Bounded)\n" + main)
    assert got == [
        f"1:36: Can't make a derived instance of ‘Bounded T’: {enumeration}"
        " or ‘T’ must have precisely one constructor"
    ]
    got = errors("data T = T Int deriving (Show, Enum)\n" + main)
    assert got == [f"1:32: Can't make a derived instance of ‘Enum T’: {enumeration}"]
    assert errors("data T = T Int Bool deriving (Show, Bounded)\n" + main) == []
    got = errors("data V deriving (Show, Bounded)\n" + main)
    assert got == [
        "1:18: Can't make a derived instance of ‘Show V’: ‘V’ must have at least one data constructor."
        " Use EmptyDataDeriving to enable deriving for empty data types"
    ]


def test_illegal_instance_heads_are_ghcs():
    # GHC 9.0.2 (no FlexibleInstances): at the instance's head, the type as written.
    cls = "class Pretty a where\n  pretty :: a -> String\n"
    main = "main :: IO ()\nmain = print 1\n"
    got = errors(cls + "instance Pretty String where\n  pretty s = s\n" + main)
    assert got[0].startswith("3:10: Illegal instance declaration for ‘Pretty String’ (All instance types")
    got = errors(cls + "instance Pretty (Maybe Int) where\n  pretty = show\n" + main)
    assert got[0].startswith("3:10: Illegal instance declaration for ‘Pretty (Maybe Int)’")


def test_two_type_variables_of_one_name_are_told_apart():
    # GHC 9.0.2: a local signature's `a` is not its enclosing one's; the local one is named a1.
    src = "addAll :: Num a => a -> [a] -> [a]\naddAll k xs = map f xs\n  where\n    f :: a -> a\n"
    got = errors(src + "    f x = x + k\nmain :: IO ()\nmain = print (addAll 1 [1, 2 :: Int])\n")
    assert got == ["5:15: Couldn't match expected type ‘a1’ with actual type ‘a’ in the expression: k"]


def test_data_ratio_is_named_as_outside_the_subset():
    got = errors("import Data.Ratio\nmain :: IO ()\nmain = print (3 % 4 :: Rational)\n")
    assert got[0].startswith("1:1: the module ‘Data.Ratio’ is not in this subset of Haskell: it is for")


def test_bang_patterns():
    # With the pragma a prefix `!` (after a space, before its operand) is a bang; `m ! k` and `m!k` stay
    # the operator. GHC 9.0.2's words for a bang in an expression.
    pragma = "{-# LANGUAGE BangPatterns #-}\nimport qualified Data.Map as M\n"
    m = "m = M.fromList [(1 :: Int, 'a')]\n"
    assert run(pragma + m + "main = print (m M.! 1, m M.!1)\n")[1] == "('a','a')\n"
    got = errors(pragma + "main :: IO ()\nmain = print [ !x | x <- [1, 2 :: Int]]\n")
    assert got == ["4:16: Bang pattern in expression context: !x"]
    got = errors("{-# LANGUAGE BangPatterns, TupleSections #-}\nmain = print 1\n")
    assert len(got) == 1 and "TupleSections is not in this subset" in got[0]
    # Without the pragma: GHC's error where the bang makes a pattern; a data declaration's marks stay.
    assert errors("f :: Int -> Int\nf !x = x\nmain = print (f 1)\n") == [
        "2:3: Illegal bang-pattern (use BangPatterns): !x"
    ]
    assert run("data P = P !Int !Int deriving Show\nmain = print (P 1 2)\n")[1] == "P 1 2\n"


def test_modules_ghc_ships_are_named_as_outside_the_subset():
    # GHC 9.0.2 has these (base, mtl, text, containers): not GHC's "Could not find module" of a module
    # that does not exist.
    for module, what in [
        ("Data.Word (Word8)", "Data.Word"),
        ("qualified Data.Text as T", "Data.Text"),
        ("Control.Exception", "Control.Exception"),
        ("qualified Data.Sequence as Seq", "Data.Sequence"),
        ("Control.Monad.Reader", "Control.Monad.Reader"),
    ]:
        got = errors(f"import {module}\nmain :: IO ()\nmain = print 1\n")
        assert got[0].startswith(f"1:1: the module ‘{what}’ is not in this subset of Haskell: it is for")
    assert errors("import Data.Nonsense\nmain :: IO ()\nmain = print 1\n") == [
        "1:1: Could not find module ‘Data.Nonsense’"
    ]


def test_class_method_constraints():
    # A method's own constraint is GHC's; one on the class variable alone needs ConstrainedClassMethods.
    head = "class C f where\n  cmap :: Ord b => (a -> b) -> f a -> f b\n"
    inst = "instance C [] where\n  cmap f xs = map f xs\n"
    assert run(head + inst + "main = print (cmap negate [1, 2 :: Int])\n")[1] == "[-1,-2]\n"
    got = errors("class C a where\n  same :: Eq a => a -> a -> Bool\nmain = print 1\n")
    assert got[0].startswith("2:3: Constraint ‘Eq a’ in the type of ‘same’ constrains only the class type")


def test_signature_too_general_is_an_error():
    errs = errors("f :: a -> a\nf x = x + 1\nmain = print (f 1)\n")
    assert errs == ["2:9: No instance for (Num a) arising from a use of ‘+’"]


def test_monomorphism_restriction_defaults_a_constrained_binding():
    # `n = 2 ^ 64` without a signature is not generalised: used at Integer only, as GHC does.
    assert run("n = 2 ^ 64\nmain = print n\n") == ("halted", "18446744073709551616\n")


def test_the_explorer_shows_every_stage():
    from compilers import driver

    result = driver.compile("haskell", "main = print (1 + 2)\n")
    assert result.ok, result.render_diagnostics()
    texts = {name: result.stage_text(name) for name in ("tokens", "ast", "core", "erased")}
    assert texts["ast"].startswith("Module")
    assert "could not be made" not in "".join(texts.values())


def test_division_by_zero_writes_ghcs_line_before_the_engines_trap() -> None:
    from compilers import driver

    # GHC 9.0.2 (`ghc -O0 -o prog`): stdout "3", stderr "prog: divide by zero", exit status 1.
    source = "main :: IO ()\nmain = do\n  print (10 `div` (3 :: Int))\n  print (7 `mod` (0 :: Integer))\n"
    run = driver.run_compiled(driver.compile("haskell", source))
    assert (run.status, run.output, run.stderr) == ("division_by_zero", "3\n", "prog: divide by zero\n")
    # A trap the runtime reports itself gets no second line.
    head_of_empty = "main :: IO ()\nmain = print (head ([] :: [Int]))\n"
    failed = driver.run_compiled(driver.compile("haskell", head_of_empty))
    assert failed.stderr == "prog: Prelude.head: empty list\n"


def test_foldable_functions_take_foldable_types() -> None:
    # GHC 9.0.2 prints 8, 3 and 1 for the first three (Foldable's sum, mapM_ and length), then 3 and
    # Just 3 (Traversable's mapM and traverse), 4 and a Set's missing instance.
    head = "import qualified Data.Map as M\nimport qualified Data.Set as S\nmain :: IO ()\nmain = "
    assert run(head + 'print (sum (M.fromList [("a", 3 :: Int), ("b", 5)]))\n')[1] == "8\n"
    assert run(head + "mapM_ print (Just (3 :: Int))\n")[1] == "3\n"
    assert run(head + "print (length (1 :: Int, 'c'))\n")[1] == "1\n"
    assert run(head + "mapM print (Just (3 :: Int)) >> return ()\n")[1] == "3\n"
    assert run(head + "traverse print (Just (3 :: Int)) >>= print\n")[1] == "3\nJust ()\n"
    got = errors(head + "print (traverse Just (S.fromList [1 :: Int]))\n")
    assert got[0].startswith("4:15: No instance for (Traversable ")
    # A Foldable function given something else is GHC's mismatch with its `t0 a0`.
    assert errors("main = print (sum 'c')\n")[0].startswith("1:19: Couldn't match expected type ‘t0 a0’")


def test_foldable_constraints_are_ghcs() -> None:
    # GHC 9.0.2's errors: a signature's container without Foldable, a type without an instance, a binding
    # under the monomorphism restriction that nothing fixes, a container that a signature's type does not
    # fix; an instance of Foldable without foldr or foldMap is outside the subset.
    main = "main :: IO ()\nmain = print 1\n"
    got = errors("g :: t Int -> Int\ng b = sum b\n" + main)
    assert got[0].startswith("2:7: No instance for (Foldable t) arising from a use of ‘sum’")
    got = errors("data Box a = Box a\nf :: Box Int -> Int\nf b = length b\n" + main)
    assert got[0].startswith("3:7: No instance for (Foldable Box) arising from a use of ‘length’")
    assert errors("total = sum\n" + main) == [
        "1:9: Ambiguous type variable t0 arising from a use of ‘sum’ prevents the constraint ‘(Foldable t0)’"
        " from being solved."
    ]
    got = errors("main :: IO ()\nmain = print (length (pure 3))\n")
    assert got[0].startswith("2:15: Ambiguous type variable t0 arising from a use of ‘length’")
    got = errors("data Box a = Box a\ninstance Foldable Box where\n  length _ = 1\n" + main)
    assert got[0].startswith("3:3: ‘length’ in an instance of Foldable: this subset of Haskell defines")


def test_the_expression_in_a_message_is_shown_as_written() -> None:
    # The missing `$`: GHC 9.0.2 reports two errors at 4:3, the first argument of (++) and then the whole
    # statement. Literals in Haskell's syntax, operators infix, an annotation with its type.
    src = 'main :: IO ()\nmain = do\n  let n = 5\n  putStrLn "n is " ++ show n\n'
    assert errors(src) == [
        "4:3: Couldn't match expected type ‘[Char]’ with actual type ‘IO ()’ in the expression:"
        ' putStrLn "n is "',
        "4:3: Couldn't match expected type ‘IO ()’ with actual type ‘[Char]’ in the expression:"
        ' putStrLn "n is " ++ show n',
    ]
    # GHC 9.0.2: 1:38, the operator application from its parenthesis (its arguments are checked first).
    src = "main = print (length [1, 2 :: Int] + (3.5 :: Double) * negate 2)\n"
    assert errors(src) == [
        "1:38: Couldn't match expected type ‘Int’ with actual type ‘Double’ in the expression:"
        " (3.5 :: Double) * negate 2"
    ]
    # GHC 9.0.2: 2:14, Double expected of the whole, Int found (not xs's [Int] against [Double]).
    src = "average :: [Int] -> Double\naverage xs = sum xs / length xs\nmain = print (average [1])\n"
    assert errors(src) == [
        "2:14: Couldn't match expected type ‘Double’ with actual type ‘Int’ in the expression:"
        " sum xs / length xs"
    ]
    # `(+)` is where its parenthesis is (GHC 9.0.2: 1:31).
    src = 'main = putStrLn ("T" ++ foldr (+) 0 [1, 2])\n'
    assert errors(src)[0].startswith("1:31: No instance for (Num [Char]) arising from a use of ‘+’")


def test_a_function_is_a_functor_applicative_and_monad() -> None:
    # GHC 9.0.2 prints [(1,2),(2,3)], 11 and 19, [11,20,7]: its Prelude's instances for ((->) r).
    head = "main :: IO ()\nmain = "
    assert run(head + "print ((zip <*> tail) [1, 2, 3 :: Int])\n")[1] == "[(1,2),(2,3)]\n"
    got = run(head + "print (fmap (+ 1) (* 2) 5, ((+) <$> (* 2) <*> (+ 10)) (3 :: Int))\n")
    assert got[1] == "(11,19)\n"
    assert run(head + "print (sequence [(+ 1), (* 2), subtract 3] (10 :: Int))\n")[1] == "[11,20,7]\n"
    # A class without such an instance is GHC's missing instance.
    got = errors("import Control.Applicative\n" + head + "print ((empty <|> negate) (3 :: Int))\n")
    assert got == ["3:22: No instance for (Alternative ((->) Int)) arising from a use of ‘<|>’"]


@pytest.mark.parametrize(
    ("expr", "stderr_last"),
    [
        ("maximum (Nothing :: Maybe Int)", "prog: maximum: empty structure"),
        ("foldr1 (+) (Left 'e' :: Either Char Int)", "prog: foldr1: empty structure"),
        (
            "minimum (M.empty :: M.Map Int Int)",
            "  error, called at libraries/containers/containers/src/"
            "Data/Map/Internal.hs:4278:23 in containers-0.6.4.1:Data.Map.Internal",
        ),
        ("maximumBy compare ([] :: [Int])", "prog: maximumBy: empty structure"),
        # Through a `Foldable t =>` function: the container's own message still.
        (
            "let f :: Foldable t => t Int -> Int; f = maximum in f (M.empty :: M.Map Int Int)",
            "  error, called at libraries/containers/containers/src/"
            "Data/Map/Internal.hs:4271:23 in containers-0.6.4.1:Data.Map.Internal",
        ),
        ("let f :: Foldable t => t Int -> Int; f = foldr1 (+) in f Nothing", "prog: foldr1: empty structure"),
    ],
)
def test_an_empty_container_stops_with_ghcs_message_for_it(expr: str, stderr_last: str) -> None:
    from compilers import driver

    # The last line GHC 9.0.2's program (`ghc -O0 -o prog`) writes to stderr, each exiting with status 1.
    head = "import qualified Data.Map as M\nimport Data.List (maximumBy)\nmain :: IO ()\n"
    source = f"{head}main = print ({expr})\n"
    run = driver.run_compiled(driver.compile("haskell", source))
    assert run.stderr.splitlines()[-1] == stderr_last, run.stderr
