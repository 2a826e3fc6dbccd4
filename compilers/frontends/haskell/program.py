"""A Haskell program checked with its Prelude: the Prelude (prelude.hs, with Data.List, Data.Char, Data.Maybe
and Data.Map) is parsed once and checked with every program; the program sees the Prelude's names and those
of the modules it imports (qualified ones under their alias: `M.insert`).

The primitives the Prelude is written over are the core's (compilers/core/syntax.py PRIMS) at Haskell types;
`Int`, `Integer` and `Char` are all the core's Int (the Engine's integers), so a conversion between them is
the identity (Int's 64-bit wrap-around is the Prelude's `wrapInt`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.haskell import ast as A
from compilers.frontends.haskell.check import (
    Binding,
    Checker,
    Global,
    Group,
    Hole,
    HsError,
    InstInfo,
    Scope,
    _pat_vars,
    syntax_type,
)
from compilers.frontends.haskell.derive import (
    derive_instances,
    field_selectors,
    foldable_instances,
    var_ids,
)
from compilers.frontends.haskell.lexer import lex
from compilers.frontends.haskell.parser import ParseError, Parser, parse
from compilers.frontends.haskell.types import (
    UNIT,
    Scheme,
    TCn,
    TRig,
    Type,
    apply,
    prune,
    show_type,
    spine,
    subst_rigid,
    zonk,
)

PRELUDE_PATH = Path(__file__).with_name("prelude.hs")
PRELUDE_PREFIX = "P."

# name -> (Haskell type, core primitive; "id" is the identity, "seq" and "error" are built by lower.py)
PRIMITIVES: dict[str, tuple[str, str]] = {}
for _ty, _names in (("Integer", "Integer"), ("Int", "Int")):
    for _op in ("add", "sub", "mul", "quot", "rem"):
        PRIMITIVES[f"prim{_names}{_op.capitalize()}"] = (f"{_ty} -> {_ty} -> {_ty}", _op)
    PRIMITIVES[f"prim{_names}Neg"] = (f"{_ty} -> {_ty}", "neg")
    for _op in ("eq", "ne", "lt", "le", "gt", "ge"):
        PRIMITIVES[f"prim{_names}{_op.capitalize()}"] = (f"{_ty} -> {_ty} -> Bool", _op)
PRIMITIVES.update(
    {
        "primOrd": ("Char -> Int", "id"),
        "primChr": ("Int -> Char", "id"),
        "primIntToInteger": ("Int -> Integer", "id"),
        "primIntegerToInt": ("Integer -> Int", "id"),
        "primPutChar": ("Char -> Int", "putChar"),
        "primGetChar": ("Int -> Int", "getChar"),
        "primExit": ("Int -> Int", "exit"),
        "primSeq": ("a -> b -> b", "seq"),
        "primError": ("[Char] -> a", "error"),
    }
)

DATA_LIST = frozenset(
    [
        "sort",
        "sortBy",
        "sortOn",
        "insert",
        "insertBy",
        "nub",
        "nubBy",
        "group",
        "groupBy",
        "partition",
        "intercalate",
        "intersperse",
        "isPrefixOf",
        "isSuffixOf",
        "isInfixOf",
        "tails",
        "inits",
        "transpose",
        "subsequences",
        "permutations",
        "maximumBy",
        "minimumBy",
        "delete",
        "\\\\",
        "union",
        "intersect",
        "find",
        "findIndex",
        "elemIndex",
        "elemIndices",
        "stripPrefix",
        "foldl'",
        "genericLength",
        "scanl",
        "scanl1",
        "scanr",
        "zipWith3",
        "zip3",
        "unzip3",
        "zip4",
        "zipWith4",
        "unzip4",
        "lookup",
        "scanr1",
        "dropWhileEnd",
        "unfoldr",
        "mapAccumL",
        "mapAccumR",
        "isSubsequenceOf",
        "uncons",
        "findIndices",
        "singleton",
        "deleteBy",
        "deleteFirstsBy",
        "unionBy",
        "intersectBy",
        "foldl1'",
        "scanl'",
        "iterate'",
        "genericTake",
        "genericDrop",
        "genericReplicate",
        "genericSplitAt",
    ]
)
DATA_CHAR = frozenset(
    [
        "ord",
        "chr",
        "isDigit",
        "isOctDigit",
        "isHexDigit",
        "isUpper",
        "isLower",
        "isAlpha",
        "isLetter",
        "isAlphaNum",
        "isSpace",
        "isPunctuation",
        "isAscii",
        "isControl",
        "isPrint",
        "toUpper",
        "toLower",
        "digitToInt",
        "intToDigit",
        "isAsciiUpper",
        "isAsciiLower",
        "isLatin1",
        "isNumber",
        "isSeparator",
        "isSymbol",
        "isMark",
    ]
)
DATA_MAYBE = frozenset(
    [
        "fromMaybe",
        "fromJust",
        "isJust",
        "isNothing",
        "catMaybes",
        "mapMaybe",
        "listToMaybe",
        "maybeToList",
        "maybe",
    ]
)
CONTROL_MONAD = frozenset(
    [
        "when",
        "unless",
        "forM",
        "forM_",
        "mapM",
        "mapM_",
        "sequence",
        "sequence_",
        "replicateM",
        "replicateM_",
        "foldM",
        "foldM_",
        "zipWithM",
        "zipWithM_",
        "filterM",
        "forever",
        "void",
        "liftM",
        "liftM2",
        "ap",
        "join",
        "guard",
        "mzero",
        "mplus",
        "msum",
        "mfilter",
        "fail",
        ">=>",
        "<=<",
        "=<<",
        "fmap",
        ">>=",
        ">>",
        "return",
    ]
)
SYSTEM_IO = frozenset(
    [
        "stdin",
        "stdout",
        "stderr",
        "hSetBuffering",
        "hFlush",
        "hPutStr",
        "hPutStrLn",
        "hPutChar",
        "hPrint",
        "hGetLine",
        "hGetContents",
        "hGetChar",
        "isEOF",
        "hIsEOF",
        "putStr",
        "putStrLn",
        "print",
        "getLine",
        "getContents",
        "getChar",
        "interact",
        "readLn",
        "putChar",
    ]
)
CONTROL_APPLICATIVE = frozenset(
    ["empty", "<|>", "some", "many", "optional", "liftA2", "<$>", "<$", "<*>", "*>", "<*", "pure", "fmap"]
)
DATA_EITHER = frozenset(
    ["either", "lefts", "rights", "partitionEithers", "isLeft", "isRight", "fromLeft", "fromRight"]
)
# Data.Foldable's functions (Checker.foldable_use: at any Foldable container).
DATA_FOLDABLE = frozenset(
    [
        "for_", "traverse_", "sequenceA_", "toList", "foldl'", "foldr'", "asum", "msum", "foldMap",
        "foldr", "foldl", "foldr1", "foldl1", "sum", "product", "length", "null", "elem", "notElem",
        "maximum", "minimum", "maximumBy", "minimumBy", "concat", "concatMap", "and", "or", "any", "all",
        "mapM_", "forM_", "sequence_", "find",
    ]
)  # fmt: skip
# What `Foldable (..)` in an import list brings: GHC's methods of the class (the Prelude file's class has
# one method of its own, and these are the list functions).
FOLDABLE_METHODS = (
    "foldMap", "foldr", "foldr'", "foldl", "foldl'", "foldr1", "foldl1", "toList", "null", "length", "elem",
    "maximum", "minimum", "sum", "product",
)  # fmt: skip
DATA_TRAVERSABLE = frozenset(
    ["traverse", "sequenceA", "mapM", "sequence", "for", "forM", "mapAccumL", "mapAccumR"]
)
DEBUG_TRACE = frozenset(["trace", "traceId", "traceShow", "traceShowId", "traceM", "traceShowM"])
DATA_FUNCTION = frozenset(["on", "&", "fix", "id", "const", ".", "flip", "$"])
DATA_FUNCTOR = frozenset(["fmap", "<$", "<$>", "<&>", "$>", "void"])
DATA_TUPLE = frozenset(["fst", "snd", "curry", "uncurry", "swap"])
SYSTEM_EXIT = frozenset(["exitWith", "exitFailure", "exitSuccess"])
# GHC 9.0's Prelude exports Floating without log1p, expm1, log1pexp and log1mexp: Numeric does.
NUMERIC = frozenset(
    [
        "showEFloat",
        "showFFloat",
        "showGFloat",
        "showHex",
        "showOct",
        "showIntAtBase",
        "showInt",
        "showFloat",
        "showSigned",
        "readInt",
        "readHex",
        "readOct",
        "readDec",
        "readSigned",
        "log1p",
        "expm1",
        "log1pexp",
        "log1mexp",
    ]
)
DATA_ORD = frozenset(["comparing", "getDown"])
# Data.Monoid's wrapper types, each exported with its constructor and its field (which `Sum (..)` brings).
MONOID_TYPES = {
    "Sum": "getSum", "Product": "getProduct", "All": "getAll", "Any": "getAny", "First": "getFirst",
    "Last": "getLast", "Dual": "getDual", "Endo": "appEndo",
}  # fmt: skip
# Data.Semigroup's own wrappers; it exports Data.Monoid's but First and Last (its own are not these).
SEMIGROUP_TYPES = {"Max": "getMax", "Min": "getMin"}
SEMIGROUP_MONOIDS = ("Sum", "Product", "All", "Any", "Dual", "Endo")
DATA_SEMIGROUP = frozenset(["<>", *SEMIGROUP_TYPES.values(), *(MONOID_TYPES[t] for t in SEMIGROUP_MONOIDS)])
SYSTEM_ENVIRONMENT = frozenset(["getArgs", "getProgName"])
DATA_BITS = frozenset(
    [
        ".&.", ".|.", "xor", "complement", "shift", "shiftL", "shiftR", "testBit", "popCount", "bit",
        "zeroBits", "setBit", "clearBit", "complementBit",
    ]
)  # fmt: skip
DATA_MONOID = frozenset(["<>", "mempty", "mappend", "mconcat", *MONOID_TYPES.values()])
TEXT_PRINTF = frozenset(["printf"])
TEXT_READ = frozenset(["readMaybe", "readEither", "read", "reads"])
# What the Prelude module exports: GHC 9.0's Prelude (base 4.15), its functions and class methods as
# `:browse Prelude` lists them. The Prelude file's other names are its own helpers (`lengthAcc`) or
# another module's (`foldl'`), so that a program may name its own functions as they are named there.
PRELUDE = frozenset(
    [
        "!!", "$", "$!", "&&", "*", "**", "*>", "+", "++", "-", ".", "/", "/=", "<", "<$", "<$>", "<*",
        "<*>", "<=", "<>", "=<<", "==", ">", ">=", ">>", ">>=", "^", "^^", "abs", "acos", "acosh",
        "all", "and", "any", "appendFile", "asTypeOf", "asin", "asinh", "atan", "atan2", "atanh",
        "break", "ceiling", "compare", "concat", "concatMap", "const", "cos", "cosh", "curry", "cycle",
        "decodeFloat", "div", "divMod", "drop", "dropWhile", "either", "elem", "encodeFloat",
        "enumFrom", "enumFromThen", "enumFromThenTo", "enumFromTo", "error", "errorWithoutStackTrace",
        "even", "exp", "exponent", "fail", "filter", "flip", "floatDigits", "floatRadix", "floatRange",
        "floor", "fmap", "foldMap", "foldl", "foldl1", "foldr", "foldr1", "fromEnum", "fromInteger",
        "fromIntegral", "fromRational", "fst", "gcd", "getChar", "getContents", "getLine", "head", "id",
        "init", "interact", "ioError", "isDenormalized", "isIEEE", "isInfinite", "isNaN",
        "isNegativeZero", "iterate", "last", "lcm", "length", "lex", "lines", "log", "logBase",
        "lookup", "map", "mapM", "mapM_", "mappend", "max", "maxBound", "maximum", "maybe", "mconcat",
        "mempty", "min", "minBound", "minimum", "mod", "negate", "not", "notElem", "null", "odd", "or",
        "otherwise", "pi", "pred", "print", "product", "properFraction", "pure", "putChar", "putStr",
        "putStrLn", "quot", "quotRem", "read", "readFile", "readIO", "readList", "readLn", "readParen",
        "reads", "readsPrec", "realToFrac", "recip", "rem", "repeat", "replicate", "return", "reverse",
        "round", "scaleFloat", "scanl", "scanl1", "scanr", "scanr1", "seq", "sequence", "sequenceA",
        "sequence_", "show", "showChar", "showList", "showParen", "showString", "shows", "showsPrec",
        "significand", "signum", "sin", "sinh", "snd", "span", "splitAt", "sqrt", "subtract", "succ",
        "sum", "tail", "take", "takeWhile", "tan", "tanh", "toEnum", "toInteger", "toRational",
        "traverse", "truncate", "uncurry", "undefined", "unlines", "until", "unwords", "unzip",
        "unzip3", "userError", "words", "writeFile", "zip", "zip3", "zipWith", "zipWith3", "||",
    ]
)  # fmt: skip
MAP_PREFIX = "dm'"
SET_PREFIX = "ds'"
ARRAY_PREFIX = "da'"
PRINTF_PREFIX = "pf'"  # Text.Printf's methods and helpers, which no module exports
# The container modules: the prefix of their names in the Prelude file, their operators.
CONTAINER_MODULES = {
    "Data.Map": (MAP_PREFIX, {"!": "dm'indexOp", "!?": "dm'lookupOp"}),
    "Data.Map.Strict": (MAP_PREFIX, {"!": "dm'indexOp", "!?": "dm'lookupOp"}),
    "Data.IntMap": (MAP_PREFIX, {"!": "dm'intIndexOp", "!?": "dm'lookupOp"}),
    "Data.IntMap.Strict": (MAP_PREFIX, {"!": "dm'intIndexOp", "!?": "dm'lookupOp"}),
    "Data.Set": (SET_PREFIX, {"\\\\": "ds'differenceOp"}),
    "Data.Array": (ARRAY_PREFIX, {"!": "da'atOp", "//": "da'updateOp"}),
}
# Helpers of those modules that they do not export.
CONTAINER_HIDDEN = frozenset(
    ["unSet", "differenceOp", "indexOp", "intIndexOp", "lookupOp", "atOp", "updateOp", "indexError"]
)
# The modules whose exports are a list of the Prelude file's names.
MODULE_EXPORTS = {
    "Data.List": DATA_LIST,
    "Data.Char": DATA_CHAR,
    "Data.Maybe": DATA_MAYBE,
    "Data.Ord": DATA_ORD,
    "Data.Monoid": DATA_MONOID,
    "Data.Semigroup": DATA_SEMIGROUP,
    "System.Environment": SYSTEM_ENVIRONMENT,
    "Data.Bits": DATA_BITS,
    "Control.Monad": CONTROL_MONAD,
    "Control.Applicative": CONTROL_APPLICATIVE,
    "Data.Either": DATA_EITHER,
    "Data.Foldable": DATA_FOLDABLE,
    "Data.Traversable": DATA_TRAVERSABLE,
    "Debug.Trace": DEBUG_TRACE,
    "System.Exit": SYSTEM_EXIT,
    "Numeric": NUMERIC,
    "Text.Printf": TEXT_PRINTF,
    "Text.Read": TEXT_READ,
    "Data.Function": DATA_FUNCTION,
    "Data.Functor": DATA_FUNCTOR,
    "Data.Tuple": DATA_TUPLE,
    "System.IO": SYSTEM_IO,
}
KNOWN_MODULES = ("Prelude", *MODULE_EXPORTS, *CONTAINER_MODULES)
# The types and classes of the Prelude file that a module other than the Prelude exports, each with the
# constructors that `T(..)` brings.
MODULE_TYPES: dict[str, dict[str, tuple[str, ...]]] = {
    "Data.Map": {"Map": ()},
    "Data.Map.Strict": {"Map": ()},
    "Data.IntMap": {"IntMap": ()},
    "Data.IntMap.Strict": {"IntMap": ()},
    "Data.Set": {"Set": ()},
    "Data.Array": {"Array": (), "Ix": ()},
    "System.IO": {
        "IO": (),
        "Handle": (),
        "BufferMode": ("NoBuffering", "LineBuffering", "BlockBuffering"),
    },
    "System.Exit": {"ExitCode": ("ExitSuccess", "ExitFailure")},
    "Data.Ord": {"Ord": (), "Ordering": ("LT", "EQ", "GT"), "Down": ("Down",)},
    "Data.Maybe": {"Maybe": ("Nothing", "Just")},
    "Text.Printf": {"PrintfArg": (), "PrintfType": ()},
    "Control.Monad": {"Functor": (), "Applicative": (), "Monad": (), "MonadPlus": (), "MonadFail": ()},
    "Control.Applicative": {"Applicative": (), "Alternative": ()},
    "Data.Either": {"Either": ("Left", "Right")},
    "Data.Foldable": {"Foldable": ()},
    "Data.Traversable": {"Traversable": ()},
    "Data.Monoid": {"Monoid": (), **{t: (t,) for t in MONOID_TYPES}},
    "Data.Semigroup": {
        "Semigroup": (),
        **{t: (t,) for t in SEMIGROUP_TYPES},
        **{t: (t,) for t in SEMIGROUP_MONOIDS},
    },
    "Data.Bits": {"Bits": ()},
}
# Those the Prelude does not export (with the Prelude file's own helpers), and constructors it keeps.
NOT_PRELUDE_TYPES = frozenset(
    {"Map", "Set", "Array", "Ix", "Handle", "BufferMode", "ExitCode", "Down", "PrintfArg", "PrintfType"}
    | {"PrintfValue", "IsChar", "R'", "Alternative", "MonadPlus", "Bits", *MONOID_TYPES, *SEMIGROUP_TYPES}
    | {"IntMap"}
)
# Modules GHC has that this subset does not, with what a program can write instead.
MUTABLE_STATE = (
    "mutable state, which this subset of Haskell does not have: pass the value along as an argument of a"
    " recursive function, or fold over the steps (foldl, foldM)"
)
UNSUPPORTED_MODULES = {
    "Data.IORef": MUTABLE_STATE,
    "Data.STRef": MUTABLE_STATE,
    "Control.Monad.ST": MUTABLE_STATE,
    "Data.Array.ST": MUTABLE_STATE,
    "Data.Array.IO": MUTABLE_STATE,
    "Data.Array.MArray": MUTABLE_STATE,
    "Control.Monad.State": "a state monad, which this subset of Haskell does not have: pass the state along"
    " as an argument and return it with the result",
    "Data.Ratio": "rational numbers (Rational, %), which this subset of Haskell does not have: use Double, or"
    " keep a numerator and a denominator as a pair of Integers (gcd reduces them)",
    **dict.fromkeys(
        ["Control.Monad.State.Strict", "Control.Monad.Reader", "Control.Monad.Writer", "Control.Monad.RWS"],
        "a monad of mtl, which this subset of Haskell does not have: declare the newtype and its Functor,"
        " Applicative and Monad instances in the program",
    ),
    **dict.fromkeys(
        ["Data.Word", "Data.Int"],
        "fixed-width integers (Word8, Int32, Word64, ...), which this subset of Haskell does not have: use"
        " Int (64 bits, wrapping as GHC's) or Integer",
    ),
    "Control.Exception": "exceptions (catch, try, evaluate, throwIO), which this subset of Haskell does not"
    " have: return a Maybe or an Either for a failure the program handles",
    "Data.Sequence": "sequences (Seq), which this subset of Haskell does not have: use a list, or a Data.Map"
    " keyed by position",
    **dict.fromkeys(
        ["Data.Text", "Data.Text.IO", "Data.ByteString", "Data.ByteString.Char8"],
        "packed strings (Text, ByteString), which this subset of Haskell does not have: use String",
    ),
    "Data.Complex": "complex numbers, which this subset of Haskell does not have: keep the real and the"
    " imaginary part as a pair of Doubles",
    **dict.fromkeys(
        ["Control.Concurrent", "Control.Concurrent.MVar"],
        "threads, which this subset of Haskell does not have: write the program as one thread",
    ),
}


def module_names(module: str, top: dict[str, Global]) -> dict[str, Global]:
    """The names a module exports, by the name a program writes."""
    if module in CONTAINER_MODULES:
        prefix, operators = CONTAINER_MODULES[module]
        out = {
            n[len(prefix) :]: g
            for n, g in top.items()
            if n.startswith(prefix) and n[len(prefix) :] not in CONTAINER_HIDDEN
        }
        for op, n in operators.items():
            out[op] = top[n]
        return out
    table = MODULE_EXPORTS
    if module in table:
        return {n: top[n] for n in table[module] if n in top}
    return {n: g for n, g in top.items() if n in PRELUDE}


@dataclass(slots=True)
class Checked:
    """The checked program: the checker (with its annotations) and the modules, for the elaboration."""

    checker: Checker
    prelude: A.Module
    module: A.Module
    prelude_instances: list[tuple[A.DInstance, InstInfo]]
    user_instances: list[tuple[A.DInstance, InstInfo]]
    main_internal: str
    state: PreludeState


_PRELUDE: A.Module | None = None


def prelude_module() -> A.Module:
    global _PRELUDE
    if _PRELUDE is None:
        diags = DiagnosticBag()
        text = PRELUDE_PATH.read_text()
        mod = parse(lex(text, "prelude.hs", diags), diags)
        if mod is None or diags.has_errors:
            raise RuntimeError(
                "the Prelude does not parse: " + "; ".join(f"{d.span}: {d.message}" for d in diags.items)
            )
        mod.decls.extend(derive_instances(mod, "prelude.hs"))
        _PRELUDE = mod
    return _PRELUDE


# Double's primitives: the core's binary64 operations (core/syntax.py: F64_PRIMS) at their Haskell types.
for _op in ("add", "sub", "mul", "div", "pow", "atan2"):
    PRIMITIVES[f"primDouble{_op.capitalize()}"] = ("Double -> Double -> Double", f"f{_op}")
for _op in ("eq", "lt", "le"):
    PRIMITIVES[f"primDouble{_op.capitalize()}"] = ("Double -> Double -> Bool", f"f{_op}")
for _op in ("neg", "fabs", "sqrt", "exp", "log", "sin", "cos", "tan", "asin", "acos", "atan", "sinh"):
    PRIMITIVES[f"primDouble{_op.capitalize()}"] = ("Double -> Double", f"f{_op}")
for _op in ("cosh", "tanh", "asinh", "acosh", "atanh", "log1p", "expm1", "floor", "ceil", "trunc"):
    PRIMITIVES[f"primDouble{_op.capitalize()}"] = ("Double -> Double", f"f{_op}")
PRIMITIVES["primIntegerToDouble"] = ("Integer -> Double", "ffromInt")
PRIMITIVES["primDoubleToInteger"] = ("Double -> Integer", "ftoInt")  # toward zero, below 2^63
PRIMITIVES["primDoubleShortest"] = ("Double -> Integer", "fshortest")
PRIMITIVES["primDoubleBits"] = ("Double -> Integer", "id")
PRIMITIVES["primDoubleFromBits"] = ("Integer -> Double", "id")  # a pattern below 2^64
PRIMITIVES["primDoubleFromDecimal"] = ("Integer -> Integer -> Double", "fdecimal")


def _prim_type(text: str, ck: Checker) -> Scheme:
    diags = DiagnosticBag()
    p = Parser(lex(text, "<prim>", diags))
    p.ts.next()  # the layout brace
    ty = p.btype_fun()
    return ck.sig_scheme([], ty)


def check_module(module: object, diags: DiagnosticBag) -> Checked | None:
    assert isinstance(module, A.Module)
    scope_errors: list[HsError] = []
    try:
        try:
            checked = _check(module, scope_errors)
        except HsError:
            if scope_errors:
                raise
            # Haskell 2010 generalises a local function's constrained type variables too (a `where`
            # helper `sh x = show x` used on an Int and a String): a program rejected without that is
            # checked again with it, and its errors, if any, are then GHC's.
            checked = _check(module, scope_errors, mono_local=False)
        else:
            if checked.checker.mono_held and not scope_errors:
                # A local function kept at one type in its class constraints may be one that Haskell 2010
                # uses at two (`let sq x = x * x` on 3 and on 2.5 is Integer's 9 and Double's 6.25, not
                # Double's 9.0 and 6.25): checked again generalised, that check is taken when it is.
                try:
                    general = _check(module, scope_errors, mono_local=False)
                except HsError:
                    general = None  # its errors are not GHC's: the first check's program is kept
                if general is not None and _used_at_two_types(general.checker):
                    checked = general
        if scope_errors:
            raise scope_errors[0]
        return checked
    except HsError as exc:
        if scope_errors:  # names out of scope first: a type error after one may be its echo
            for err in scope_errors:
                diags.error(err.code, err.message, err.span)
            return None
        for err in (exc, *exc.also):
            diags.error(err.code, err.message, err.span)
        return None
    except ParseError as exc:
        diags.error("syntax", exc.message, exc.span)
        return None


def _used_at_two_types(ck: Checker) -> bool:
    """Whether a local binding generalised with dictionaries is used at two different types."""
    seen: dict[str, set[tuple[str, ...]]] = {}
    for inst in ck.insts.values():
        if inst.kind == "let" and inst.holes and inst.internal in ck.local_poly:
            at = tuple(f"{h.cls} {show_type(zonk(h.type))}" for h in inst.holes)
            seen.setdefault(inst.internal, set()).add(at)
    return any(len(types) > 1 for types in seen.values())


def _declare_types(ck: Checker, mod: A.Module, prefix: str) -> list[tuple[A.DInstance, InstInfo]]:
    for d in mod.decls:
        if isinstance(d, A.DFixity):
            for op in d.ops:
                ck.fixities[op] = (d.assoc, d.prec)
    for d in mod.decls:
        if isinstance(d, A.DData):
            ck.declare_data(d)
        elif isinstance(d, A.DTypeSyn):
            ck.synonyms[d.name] = (d.tyvars, d.type)
    for d in mod.decls:
        if isinstance(d, A.DData):
            ck.define_data(d)
    for d in mod.decls:
        if isinstance(d, A.DClass):
            ck.declare_class(d, prefix)
    out = []
    for d in mod.decls:
        if isinstance(d, A.DInstance):
            out.append((d, ck.declare_instance(d, prefix)))
    return out


def _value_decls(mod: A.Module) -> list[A.Decl]:
    return [d for d in mod.decls if isinstance(d, A.DTypeSig | A.DClause | A.DPatBind)]


def _check_classes(ck: Checker, mod: A.Module, prefix: str, scope: Scope) -> None:
    """The default methods of the module's classes, each a binding with the class as its given."""
    for d in mod.decls:
        if not isinstance(d, A.DClass):
            continue
        info = ck.classes[d.name]
        by_name = _clauses_by_name(d.decls, ck, {m for m, _ in info.methods}, d.name)
        for method, clauses in by_name.items():
            s = dict(info.methods)[method]
            sig = Scheme([info.tyvar, *s.vars], [(d.name, TRig(info.tyvar)), *s.preds], s.type)
            internal = f"{prefix}$dm{d.name}.{method}"
            b = Binding(method, internal, clauses, sig, TRig(info.tyvar))
            ck.infer_sig_binding(b, scope)
            info.defaults[method] = internal
            ck.method_bindings.append(b)


def _clauses_by_name(
    decls: list[A.Decl], ck: Checker, methods: set[str], cls: str
) -> dict[str, list[A.DClause]]:
    out: dict[str, list[A.DClause]] = {}
    for d in decls:
        if isinstance(d, A.DTypeSig | A.DFixity):
            continue
        if not isinstance(d, A.DClause):
            raise HsError("a pattern binding in a class or instance declaration", d.span, "unsupported")
        if d.name not in methods and cls == "Foldable":  # the Prelude's: derive.foldable_instances
            raise HsError(
                f"‘{d.name}’ in an instance of Foldable: this subset of Haskell defines an instance of"
                " Foldable by foldr or by foldMap only (the other folds follow from it): define one of them",
                d.span,
                "unsupported",
            )
        if d.name not in methods:
            raise HsError(f"‘{d.name}’ is not a (visible) method of class ‘{cls}’", d.span, "undeclared")
        out.setdefault(d.name, []).append(d)
    return out


def _check_instances(
    ck: Checker, insts: list[tuple[A.DInstance, InstInfo]], prefix: str, scope: Scope
) -> None:
    for d, info in insts:
        cls = ck.classes[info.cls]
        inst_type = apply(TCn(info.tycon), [TRig(v) for v in info.vars])
        # Superclass dictionaries, from the instance's context.
        info.dict_params = [ck.fresh_name("$d" + c) for c, _ in info.context]
        givens = [
            (p, Hole(c, t, d.span, c)) for p, (c, t) in zip(info.dict_params, info.context, strict=True)
        ]
        ck.givens.extend(givens)
        try:
            where = d.cls_span or d.span  # GHC's place: the instance's head, `Ord T` of `instance Ord T`
            supers = [
                Hole(s, inst_type, where, f"the superclasses of an instance declaration for {info.cls}")
                for s in cls.supers
            ]
            left = ck.simplify(supers)
            if left:
                raise HsError(f"No instance for ({left[0].cls} {info.tycon})", d.span, "no_instance")
            info.supers = supers
        finally:
            del ck.givens[len(ck.givens) - len(givens) :]
        by_name = _clauses_by_name(d.decls, ck, {m for m, _ in cls.methods}, info.cls)
        for method, clauses in by_name.items():
            s = dict(cls.methods)[method]
            mtype = subst_rigid(s.type, {cls.tyvar: inst_type})
            own = [(pc, subst_rigid(pt, {cls.tyvar: inst_type})) for pc, pt in s.preds]
            sig = Scheme([*info.vars, *s.vars], [*info.context, *own], mtype)
            internal = f"{prefix}$c{info.cls}{info.tycon}.{method}"
            b = Binding(method, internal, clauses, sig, mtype)
            ck.infer_sig_binding(b, scope)
            info.methods[method] = internal
            ck.method_bindings.append(b)


@dataclass(slots=True)
class PreludeState:
    """The checker's state after the Prelude, copied for every program (the Prelude is checked once)."""

    attrs: dict[str, object]
    next_name: int
    insts: list[tuple[A.DInstance, InstInfo]]
    groups: list[Group]
    top: dict[str, Global]
    n_methods: int
    n_insts: int
    classes: frozenset[str]


_STATE: PreludeState | None = None


def prelude_state() -> PreludeState:
    global _STATE
    if _STATE is None:
        ck = Checker()
        prelude = prelude_module()
        for name, (text, _) in PRIMITIVES.items():
            ck.globals[name] = Global(name, _prim_type(text, ck), "prim")
        ck.top_prefix = PRELUDE_PREFIX
        prelude_insts = _declare_types(ck, prelude, PRELUDE_PREFIX)
        pscope = ck.infer_decls(_value_decls(prelude), Scope(None), top=True)
        ck.raise_errors()
        groups = ck.last_groups
        top = {name: Global(local.internal, local.scheme, "fun") for name, local in pscope.vars.items()}
        _check_classes(ck, prelude, PRELUDE_PREFIX, pscope)
        _check_instances(ck, prelude_insts, PRELUDE_PREFIX, pscope)
        ck.simplify_top()
        attrs = {k: v for k, v in vars(ck).items() if k != "counter"}
        _STATE = PreludeState(
            attrs,
            next(ck.counter),
            prelude_insts,
            groups,
            top,
            len(ck.method_bindings),
            len(ck.inst_order),
            frozenset(ck.classes),
        )
    return _STATE


def _restore(state: PreludeState) -> Checker:
    ck = Checker.__new__(Checker)
    for k, v in state.attrs.items():
        copy = dict(v) if isinstance(v, dict) else list(v) if isinstance(v, list) else v
        setattr(ck, k, set(copy) if isinstance(copy, set) else copy)
    ck.counter = itertools.count(state.next_name)
    return ck


def _check(module: A.Module, scope_errors: list[HsError], mono_local: bool = True) -> Checked:
    state = prelude_state()
    ck = _restore(state)
    ck.mono_local = mono_local
    # the program's own, not the Prelude's check's
    ck.mono_held, ck.local_poly, ck.failed_tyvars, ck.failed_metas = False, set(), set(), []
    ck.scope_errors = scope_errors
    prelude = prelude_module()
    prelude_insts = state.insts
    prelude_groups = state.groups
    top = state.top

    # The program's names: the Prelude's and its imports'.
    # Class methods are exported by a module as functions are (Numeric's log1p is Floating's).
    methods = {n: g for n, g in ck.globals.items() if g.kind == "method"}
    exported = {**methods, **top}
    visible: dict[str, Global] = {n: g for n, g in ck.globals.items() if g.kind == "con"}
    ck.prelude_names = {**visible, **exported}
    ck.standard_classes = state.classes - {"PrintfArg", "PrintfType", "IsChar", "Bits"}
    builtin = {"Int", "Integer", "Double", "Char"}
    all_types = {*ck.datas, *ck.classes, *ck.synonyms, *builtin}
    prelude_types = {t: _constructors(ck, t) for t in all_types if t not in NOT_PRELUDE_TYPES}
    class_methods = {c: tuple(m for m, _ in info.methods) for c, info in ck.classes.items()}
    class_methods["Foldable"] = FOLDABLE_METHODS
    # a record's field, as a method
    class_methods.update((t, (field,)) for t, field in {**MONOID_TYPES, **SEMIGROUP_TYPES}.items())
    origins = _import_names(module, exported, visible, prelude_types, class_methods)
    ck.name_modules = {n: o[0][2] for n, o in origins.items() if o and n[:1].islower()}
    type_names, imported_cons, type_origins, con_origins = _import_types(module, prelude_types)
    file_cons = {c for t in ck.datas if not syntax_type(t) for c in _constructors(ck, t)}
    ck.hidden_cons = frozenset(file_cons - imported_cons)
    for g_name, g in list(ck.globals.items()):
        if g.kind == "prim":
            visible.setdefault(g_name, g)
    ck.globals = visible
    ck.top_prefix = ""
    if not module.derived:
        folds = foldable_instances(module, "<derived>")
        derived = derive_instances(module, "<derived>", ck.fixities) + field_selectors(module) + folds
        module.decls.extend(derived)
        module.derived_vars = var_ids(derived)
        module.derived_spans = frozenset(d.span for d in derived)
        module.derived = True
    ck.syntax_ids |= module.derived_vars
    ck.derived_spans = module.derived_spans
    ck.ambiguous_names = _ambiguous_names(module, origins)
    for d in module.decls:
        if isinstance(d, A.DData | A.DTypeSyn | A.DClass):
            written = d.name.split("%")[0]
            taken = written in ck.datas or written in ck.synonyms or written in ck.classes
            if d.name == written and taken:
                # A type or class with the name of one of the Prelude file's (Set, Map, Maybe, Functor) is
                # the program's own, under a name of the checker's (shown as the program wrote it).
                d.name = ck.fresh_name(written)
            if written in type_origins:  # also imported: GHC's error at each use
                hide = written if isinstance(d, A.DTypeSyn) else f"{written} (..)"
                ck.ambiguous_types[written] = _ambiguity(written, type_origins[written], d.span, hide)
            type_names[written] = type_names[f"Main.{written}"] = d.name
        if isinstance(d, A.DData):
            for c in d.cons:
                known = ck.cons.get(c.name)
                if known is None or syntax_type(known.tycon) or c.name in ck.con_names:
                    continue  # a second declaration of one of the program's is reported by define_data
                # The Prelude file's constructor keeps its name, for the Prelude's own code.
                ck.con_names[c.name] = ck.fresh_name(c.name)
                if c.name in con_origins:
                    hide = f"{known.tycon} (..)"
                    ck.ambiguous_cons[c.name] = _ambiguity(c.name, con_origins[c.name], c.span, hide)
    ck.type_names = type_names
    user_insts = _declare_types(ck, module, "")
    uscope = ck.infer_decls(_value_decls(module), Scope(None), top=True)
    user_groups = ck.last_groups
    ck.collect(lambda: _check_classes(ck, module, "", uscope))
    ck.collect(lambda: _check_instances(ck, user_insts, "", uscope))
    ck.collect(ck.resolve_foldable_uses)  # any Foldable use left: its container known, or a list
    ck.collect(ck.simplify_top)
    ck.raise_errors()
    mb = next((b for g in user_groups for b in g.binds if b.name == "main"), None)
    if mb is None:
        span = module.decls[0].span if module.decls else Span("<input>", 1, 1, 1, 2)
        raise HsError("The IO action ‘main’ is not defined in module ‘Main’", span, "undeclared")
    head, args = spine(subst_rigid(mb.type, main_type_arguments(mb)))
    if not (isinstance(head, TCn) and head.name == "IO" and len(args) == 1):
        span = mb.decls[0].span if mb.decls else module.decls[0].span
        raise HsError(
            f"Couldn't match expected type ‘IO t0’ with actual type ‘{show_type(mb.type)}’ of ‘main’", span
        )
    ck.top_groups = prelude_groups + user_groups
    return Checked(ck, prelude, module, prelude_insts, user_insts, mb.internal, state)


def main_type_arguments(main: Binding) -> dict[str, Type]:
    """The types main's generalised variables take when the program runs. Without a signature, main is
    generalised like any binding (`main = do { putStrLn "x"; error "boom" }` is `forall a. IO a`, and
    `main = error "boom"` is `forall a. a`); GHC then checks it against `IO t0`: a variable that is the
    whole of main's type is an IO action, and any other is left open, () here."""
    head = prune(main.type)
    return {v: apply(TCn("IO"), [UNIT]) if head == TRig(v) else UNIT for v in main.tyvars}


# An unqualified name a module imports: what it is, and from where (`import Data.List` at t.hs:1:1).
Origin = tuple[Global, str, str, str]  # the entity, its qualified name, its module, where it comes from
# A type, class or constructor a module imports unqualified: its qualified name, its module, where from.
TypeOrigin = tuple[str, str, str]


def _imports(module: A.Module) -> list[A.Import]:
    """The module's imports, the Prelude's first unless the module imports it itself."""
    imports = list(module.imports)
    if not any(imp.module == "Prelude" for imp in imports):
        imports.insert(0, A.Import("Prelude", False, None, None, False, Span("", 0, 0, 0, 0)))
    return imports


def _where(imp: A.Import) -> str:
    """Where an imported name comes from, as GHC's "Ambiguous occurrence" says it."""
    where = f"imported from ‘{imp.module}’"
    if imp.span.file:
        where += f" at {imp.span.file}:{imp.span.line}:{imp.span.column}"
    return where


def _listed(imp: A.Import, class_methods: dict[str, tuple[str, ...]]) -> set[str]:
    """The values an import list names: each name, and the methods a listed class brings (`Functor (..)`:
    fmap and <$; `Functor (fmap)`: fmap)."""
    listed = set(imp.names or [])
    for name, subs in imp.subs.items():
        listed.update(class_methods.get(name, ()) if ".." in subs else subs)
    return listed


def _import_names(
    module: A.Module,
    exported: dict[str, Global],
    visible: dict[str, Global],
    types: dict[str, tuple[str, ...]],
    class_methods: dict[str, tuple[str, ...]],
) -> dict[str, list[Origin]]:
    """Adds to `visible` the names the module's imports bring (the Prelude's too, unless the module imports
    it itself), qualified and not; returns the origins of each unqualified one."""
    origins: dict[str, list[Origin]] = {}
    for imp in _imports(module):
        if imp.module in UNSUPPORTED_MODULES:
            raise HsError(
                f"the module ‘{imp.module}’ is not in this subset of Haskell: it is for"
                f" {UNSUPPORTED_MODULES[imp.module]}",
                imp.span,
                "unsupported",
            )
        if imp.module not in KNOWN_MODULES:
            raise HsError(f"Could not find module ‘{imp.module}’", imp.span, "undeclared")
        names = module_names(imp.module, exported)
        if imp.names is not None and not imp.hiding:
            _check_import_list(imp, names, types)
        if imp.names is not None:
            listed = _listed(imp, class_methods)
            names = {n: g for n, g in names.items() if (n in listed) != imp.hiding}
        alias = imp.alias or imp.module
        where = _where(imp)
        for n, g in names.items():
            visible[f"{alias}.{n}"] = g
            if imp.qualified:
                continue
            visible[n] = g
            seen = origins.setdefault(n, [])
            if all(o[0].internal != g.internal for o in seen):
                seen.append((g, f"{alias}.{n}", imp.module, where))
    return origins


def _constructors(ck: Checker, type_name: str) -> tuple[str, ...]:
    info = ck.datas.get(type_name)
    return tuple(c.name for c in info.cons) if info is not None else ()


def _module_types(module: str, prelude_types: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The types and classes a module exports, each with its constructors."""
    return prelude_types if module == "Prelude" else MODULE_TYPES.get(module, {})


def _import_types(
    module: A.Module, prelude_types: dict[str, tuple[str, ...]]
) -> tuple[dict[str, str], set[str], dict[str, list[TypeOrigin]], dict[str, list[TypeOrigin]]]:
    """The types and classes the module's imports bring, by the names the program writes (`Map`, `M.Map`),
    and the constructors they bring (ExitSuccess with `import System.Exit` or `ExitCode(..)`); then where
    each type and each constructor brought unqualified comes from."""
    names: dict[str, str] = {}
    cons: set[str] = set()
    type_origins: dict[str, list[TypeOrigin]] = {}
    con_origins: dict[str, list[TypeOrigin]] = {}
    for imp in _imports(module):
        alias = imp.alias or imp.module
        for t, type_cons in _module_types(imp.module, prelude_types).items():
            if imp.names is None:
                brought, its_cons = True, type_cons
            else:
                sub = imp.subs.get(t, [])
                named = type_cons if ".." in sub else tuple(c for c in sub if c in type_cons)
                brought = (t in imp.names) != imp.hiding
                if not imp.hiding:
                    its_cons = named if brought else ()
                else:  # `hiding (Maybe)` hides the type, `hiding (Maybe (..))` its constructors too
                    hidden = {*named, *(c for c in type_cons if c in imp.names)}
                    its_cons = tuple(c for c in type_cons if c not in hidden)
            cons.update(its_cons)
            if brought:
                names[f"{alias}.{t}"] = t
            if imp.qualified:
                continue
            origin = (f"{alias}.{t}", imp.module, _where(imp))
            if brought:
                names[t] = t
                type_origins.setdefault(t, []).append(origin)
            for c in its_cons:
                con_origins.setdefault(c, []).append((f"{alias}.{c}", imp.module, _where(imp)))
    return names, cons, type_origins, con_origins


def _ambiguity(name: str, origins: list[TypeOrigin], span: Span, hide: str) -> str:
    """GHC's "Ambiguous occurrence" for a type, class or constructor both imported and the program's own
    (declared at `span`), with what a student can do about it (`hide`: the import list's item)."""
    candidates = [f"‘{q}’, {where}" for q, _, where in origins]
    candidates.append(f"‘Main.{name}’, defined at {span.file}:{span.line}:{span.column}")
    return (
        f"Ambiguous occurrence ‘{name}’: it could refer to either "
        + ", or ".join(candidates)
        + f". Rename yours, or write import {origins[0][1]} hiding ({hide}) at the top to use yours"
    )


def _check_import_list(imp: A.Import, names: dict[str, Global], types: dict[str, tuple[str, ...]]) -> None:
    """GHC's error for an import list that names what the module does not export."""
    for i, n in enumerate(imp.names or []):
        if n in names or (n[0].isupper() and n in _module_types(imp.module, types)):
            continue
        span = imp.name_spans[i] if i < len(imp.name_spans) else imp.span
        raise HsError(
            f"Module ‘{imp.module}’ does not export ‘{n}’ (in this subset of Haskell: the Haskell README"
            " lists what each module has)",
            span,
            "undeclared",
        )


def _ambiguous_names(module: A.Module, origins: dict[str, list[Origin]]) -> dict[str, str]:
    """GHC's "Ambiguous occurrence" for each name that is both the program's own top-level binding (or class
    method) and imported, or imported as two different things; with what a student can do about it."""
    own: dict[str, Span] = {}
    for d in module.decls:
        if isinstance(d, A.DClause):
            own.setdefault(d.name, d.span)
        elif isinstance(d, A.DPatBind):
            for n, span in _pat_vars(d.pat):
                own.setdefault(n, span)
        elif isinstance(d, A.DClass):
            for sig in d.decls:
                if isinstance(sig, A.DTypeSig):
                    for n in sig.names:
                        own.setdefault(n, sig.span)
    out: dict[str, str] = {}
    for n, seen in origins.items():
        candidates = [f"‘{q}’, {where}" for _, q, _, where in seen]
        modules = sorted({m for _, _, m, _ in seen}, key=lambda m: (m != "Prelude", m))
        if n in own:
            span = own[n]
            candidates.append(f"‘Main.{n}’, defined at {span.file}:{span.line}:{span.column}")
            item = f"({n})" if not (n[0].isalpha() or n[0] == "_") else n
            fix = (
                f"Rename yours, or write import {modules[0]} hiding ({item}) at the top to use yours"
                if len(modules) == 1
                else "Rename yours"
            )
        elif len(seen) > 1:
            other = modules[-1]
            short = other.rsplit(".", 1)[-1]
            fix = f"Import {other} qualified (import qualified {other} as {short}, then {short}.{n})"
        else:
            continue
        out[n] = (
            f"Ambiguous occurrence ‘{n}’: it could refer to either " + ", or ".join(candidates) + f". {fix}"
        )
    return out
