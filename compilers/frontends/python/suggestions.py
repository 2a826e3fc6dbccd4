"""CPython's "Did you mean" for an uncaught NameError (3.11's Python/suggestions.c): the nearest name by a
weighted edit distance, looked for among the failing code's local variables, then the module's globals,
then the built-ins; the first of those three that has one gives it.

The distance weighs a change of case 1 and any other insertion, deletion or substitution 2; a name is a
candidate when its distance is at most a third of the characters involved, (len(a) + len(b) + 3) * 2 // 6;
the nearest wins, the earlier on a tie. The lowering ranks the candidates of each tier at compile time
(`ranked`); the globals' tier is settled at run time, by the first ranked global that is bound.
"""

from __future__ import annotations

import builtins
import sys
from functools import cache

MOVE_COST = 2
CASE_COST = 1
MAX_STRING_SIZE = 40  # longer names (after the common prefix and suffix are dropped) are never near
MAX_CANDIDATE_ITEMS = 750  # a tier with this many names offers nothing

# The built-ins' dict in its order, as a tie between two near built-ins is settled by it.
BUILTIN_NAMES: tuple[str, ...] = tuple(vars(builtins))
# What a script's globals hold before its first statement, in their order.
MODULE_DUNDERS = (
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__annotations__",
    "__builtins__",
    "__file__",
    "__cached__",
)


def _dir(names: str) -> tuple[str, ...]:
    return tuple(names.split())


# What dir() lists for the modules a program may import, in CPython 3.11 (the target; the compiler's own
# Python may be newer): a name outside it is CPython's run-time AttributeError ("module 'math' has no
# attribute 'sqr'"), its suggestion the nearest of these.
MODULE_DIRS: dict[str, tuple[str, ...]] = {
    "math": _dir(
        """__doc__ __file__ __loader__ __name__ __package__ __spec__ acos acosh asin asinh atan atan2 atanh
        cbrt ceil comb copysign cos cosh degrees dist e erf erfc exp exp2 expm1 fabs factorial floor fmod
        frexp fsum gamma gcd hypot inf isclose isfinite isinf isnan isqrt lcm ldexp lgamma log log10 log1p
        log2 modf nan nextafter perm pi pow prod radians remainder sin sinh sqrt tan tanh tau trunc ulp"""
    ),
    "sys": _dir(
        """__breakpointhook__ __displayhook__ __doc__ __excepthook__ __interactivehook__ __loader__ __name__
        __package__ __spec__ __stderr__ __stdin__ __stdout__ __unraisablehook__ _base_executable
        _clear_type_cache _current_exceptions _current_frames _debugmallocstats _framework _getframe
        _getquickenedcount _git _home _stdlib_dir _xoptions abiflags addaudithook api_version argv audit
        base_exec_prefix base_prefix breakpointhook builtin_module_names byteorder call_tracing copyright
        displayhook dont_write_bytecode exc_info excepthook exception exec_prefix executable exit flags
        float_info float_repr_style get_asyncgen_hooks get_coroutine_origin_tracking_depth
        get_int_max_str_digits getallocatedblocks getdefaultencoding getdlopenflags
        getfilesystemencodeerrors getfilesystemencoding getprofile getrecursionlimit getrefcount getsizeof
        getswitchinterval gettrace hash_info hexversion implementation int_info intern is_finalizing maxsize
        maxunicode meta_path modules orig_argv path path_hooks path_importer_cache platform platlibdir
        prefix pycache_prefix set_asyncgen_hooks set_coroutine_origin_tracking_depth set_int_max_str_digits
        setdlopenflags setprofile setrecursionlimit setswitchinterval settrace stderr stdin
        stdlib_module_names stdout thread_info unraisablehook version version_info warnoptions"""
    ),
    "string": _dir(
        """Formatter Template _ChainMap __all__ __builtins__ __cached__ __doc__ __file__ __loader__ __name__
        __package__ __spec__ _re _sentinel_dict _string ascii_letters ascii_lowercase ascii_uppercase
        capwords digits hexdigits octdigits printable punctuation whitespace"""
    ),
}


def _substitution(a: str, b: str) -> int:
    if a == b:
        return 0
    return CASE_COST if a.lower() == b.lower() else MOVE_COST


def distance(a: str, b: str, max_cost: int) -> int:
    """The weighted edit distance of a and b, or max_cost + 1 as soon as it must exceed max_cost."""
    if a == b:
        return 0
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    a, b = a[start:], b[start:]
    end = 0
    while end < len(a) and end < len(b) and a[len(a) - 1 - end] == b[len(b) - 1 - end]:
        end += 1
    a, b = a[: len(a) - end], b[: len(b) - end]
    if not a or not b:
        return (len(a) + len(b)) * MOVE_COST
    if len(a) > MAX_STRING_SIZE or len(b) > MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * MOVE_COST > max_cost:
        return max_cost + 1
    # One row of the table: row[i] is the cost of turning a[: i + 1] into the part of b seen so far.
    row = [(i + 1) * MOVE_COST for i in range(len(a))]
    result = 0
    for b_index, b_char in enumerate(b):
        diagonal = result = b_index * MOVE_COST
        row_minimum = sys.maxsize
        for a_index, a_char in enumerate(a):
            substitute = diagonal + _substitution(b_char, a_char)
            diagonal = row[a_index]
            result = min(min(result, diagonal) + MOVE_COST, substitute)
            row[a_index] = result
            row_minimum = min(row_minimum, result)
        if row_minimum > max_cost:
            return max_cost + 1  # every path through this row already costs too much
    return result


# ranked's answers, by the name and the candidates: a program asks again for each read of a global that
# may be unbound, and the next compile asks the same of the built-ins. Cleared past this many.
_RANKED: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = {}
MAX_RANKED = 4096


def ranked(name: str, candidates: list[str] | tuple[str, ...]) -> list[str]:
    """The candidates near enough to `name`, nearest first, in their own order on a tie: the first of
    them is CPython's suggestion when all are there, the first present when only some are."""
    if len(candidates) >= MAX_CANDIDATE_ITEMS:
        return []
    key = (name, tuple(candidates))
    found = _RANKED.get(key)
    if found is None:
        if len(_RANKED) >= MAX_RANKED:
            _RANKED.clear()
        found = _RANKED[key] = tuple(_ranked(name, candidates))
    return list(found)


def _ranked(name: str, candidates: list[str] | tuple[str, ...]) -> list[str]:
    near: list[tuple[int, int, str]] = []
    for index, candidate in enumerate(candidates):
        if candidate == name:
            continue
        limit = (len(name) + len(candidate) + 3) * MOVE_COST // 6
        cost = distance(name, candidate, limit)
        if cost <= limit:
            near.append((cost, index, candidate))
    return [candidate for _cost, _index, candidate in sorted(near)]


def suggestion(name: str, candidates: list[str] | tuple[str, ...]) -> str | None:
    """CPython's suggestion among these candidates, or None."""
    found = ranked(name, candidates)
    return found[0] if found else None


# The built-in types whose values a program meets, by the name type() gives, with what dir() lists for
# them in CPython 3.11 (the compiler's own Python may be newer: int.is_integer came in 3.12).
_NEWER = {"int": {"is_integer"}, "bool": {"is_integer"}}
BUILTIN_TYPE_DIRS: dict[str, list[str]] = {
    t.__name__: [n for n in dir(t) if n not in _NEWER.get(t.__name__, ())]
    for t in (str, list, dict, set, frozenset, tuple, int, float, bool, type(None), range)
}
# What dir() lists for every instance and class beyond the names of the program's classes: object's own
# (kind 1), a class statement's (kind 2) and an exception's (kind 3).
_EXCEPTION_NAMES = set(dir(BaseException)) - set(dir(object)) - {"__dict__"}
OBJECT_NAMES: dict[str, int] = {
    **dict.fromkeys([*dir(object), "__dict__"], 1),
    "__module__": 2,
    "__weakref__": 2,
    **dict.fromkeys(_EXCEPTION_NAMES, 3),
}


@cache
def builtin_type_suggestions(name: str) -> list[tuple[str, str]]:
    """CPython's suggestion for each built-in type whose values lack the attribute `name` (the nearest
    in the type's dir()), as (type name, suggestion)."""
    pairs = []
    for type_name, names in BUILTIN_TYPE_DIRS.items():
        near = suggestion(name, names) if name not in names else None
        if near is not None:
            pairs.append((type_name, near))
    return pairs


def attribute_hints(
    attributes: set[str], program_names: set[str]
) -> list[tuple[str, list[tuple[str, str]], list[tuple[str, int]]]]:
    """For each attribute name the program reads, what an AttributeError for it may suggest (pyrt.c's
    py_attr_hint): CPython's suggestion for each built-in type without it, and the candidates near it
    among the names an instance or a class of the program can have, nearest first (dir() is sorted, so
    the alphabetically first wins a tie), up to the first that every one has."""
    kinds = {**dict.fromkeys(program_names, 0), **OBJECT_NAMES}
    candidates = sorted(kinds)
    hints = []
    for name in sorted(attributes):
        pairs = builtin_type_suggestions(name)
        near_names: list[tuple[str, int]] = []
        for candidate in ranked(name, candidates):
            near_names.append((candidate, kinds[candidate]))
            if kinds[candidate] == 1:
                break
        if pairs or near_names:
            hints.append((name, pairs, near_names))
    return hints
