"""Scope analysis and the subset's limits.

Each function, lambda, comprehension and class body gets a Scope (ast.Scope) telling the lowering which
names are its locals, which of them inner functions capture (cells), which it takes from enclosing
functions (frees), and which are global. The rules are CPython's: a name bound anywhere in a function
is local to all of it (so reading it before the assignment is an UnboundLocalError at run time),
`global` and `nonlocal` change that, class bodies do not enclose the functions defined in them, and a
comprehension has a scope of its own.

Constructs outside the subset are reported here with their line and column (code "unsupported").
"""

from __future__ import annotations

import builtins
import math
import re
import string
from pathlib import Path

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.python import ast as A
from compilers.frontends.python.parser import WITH_BUILTINS
from compilers.frontends.python.suggestions import MODULE_DIRS
from compilers.frontends.python.syntax_warnings import warn_syntax

RUNTIME_C_TEXT = (Path(__file__).resolve().parents[2] / "runtime/py/pyrt.c").read_text(encoding="utf-8")
# The exception classes the runtime makes at start (`py_builtin_class("Name", base)` in pyrt.c, beside
# `object`), so a class added there is a name programs may use.
EXCEPTION_CLASSES = frozenset(re.findall(r'py_builtin_class\("(\w+)"', RUNTIME_C_TEXT)) - {"object"}
# The built-in names programs may use (lower.py implements each); every other CPython built-in is a
# diagnostic, since the program would run under CPython but not here.
SUPPORTED_BUILTINS = EXCEPTION_CLASSES | frozenset(
    {
        "print", "input", "len", "range", "int", "float", "round", "str", "repr", "bool", "abs", "min", "max",
        "sum", "sorted",
        "reversed", "enumerate", "zip", "map", "filter", "isinstance", "divmod", "pow", "ord", "chr", "list",
        "tuple", "dict", "set", "any", "all", "hex", "bin", "oct", "super", "object", "next", "iter", "type",
        "hash", "issubclass", "format", "getattr", "setattr", "hasattr", "slice", "frozenset", "callable",
        "id", "ascii", "vars", "Ellipsis", "NotImplemented",
    }
)  # fmt: skip
CPYTHON_BUILTINS = frozenset(name for name in dir(builtins) if not name.startswith("_"))


def _subclassable(name: str) -> bool:
    """Whether CPython lets a class inherit from the built-in type `name` (not bool, range, slice)."""
    try:
        type("Probe", (getattr(builtins, name),), {})
    except TypeError:
        return False
    return True


# The built-in types a class could inherit from under CPython but not here (instances of a class are the
# runtime's own objects, never a list or a dict): a diagnostic, where CPython's refusals (bool, range)
# are its TypeError at run time.
UNINHERITABLE_TYPES = frozenset(
    name
    for name in SUPPORTED_BUILTINS - EXCEPTION_CLASSES - {"object"}
    if isinstance(getattr(builtins, name, None), type) and _subclassable(name)
)
# The standard library a program may import: math's integer functions, sys.stdin and sys.exit.
MATH_FUNCTIONS = frozenset({"gcd", "lcm", "factorial", "isqrt", "comb", "perm", "prod"})
# math's float functions the runtime has: their ids, from the runtime's C source (`#define MF_name id`).
MATH_FLOAT_IDS = {
    m.group(1): int(m.group(2)) for m in re.finditer(r"^#define MF_(\w+) (\d+)", RUNTIME_C_TEXT, re.MULTILINE)
}
# Special methods CPython calls by itself that the runtime does not: a class defining one would run
# without it, so a program that relies on it is refused rather than given another answer.
UNCALLED_SPECIAL_METHODS = frozenset(
    {
        "__new__",
        "__del__",
        "__setattr__",
        "__delattr__",
        "__getattribute__",
        "__dir__",
        "__get__",
        "__set__",
        "__delete__",
        "__set_name__",
        "__init_subclass__",
        "__class_getitem__",
        "__instancecheck__",
        "__subclasscheck__",
        "__missing__",
        "__length_hint__",
        "__index__",
        "__complex__",
        "__bytes__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__divmod__",
        "__rdivmod__",
        "__aenter__",
        "__aexit__",
        "__await__",
        "__aiter__",
        "__anext__",
        "__sizeof__",
        "__copy__",
        "__deepcopy__",
        "__reduce__",
        "__reduce_ex__",
        "__fspath__",
        "__mro_entries__",
        "__prepare__",
    }
)
# The methods of the built-in types the runtime has (`#define M_name id`), and CPython's others, each with
# the first of the types that has it: a call of one of those is a diagnostic (unless the program itself
# defines or sets something of that name, which the call may reach).
RUNTIME_METHODS = frozenset(re.findall(r"^#define M_(\w+) ", RUNTIME_C_TEXT, re.MULTILINE))
OTHER_TYPE_METHODS = {
    name: kind.__name__
    for kind in (float, int, tuple, set, dict, list, str)  # the later types' names win
    for name in dir(kind)
    if not name.startswith("_") and name not in RUNTIME_METHODS
}
MATH_CONSTANTS = {"pi": math.pi, "e": math.e, "tau": math.tau, "inf": math.inf, "nan": math.nan}
MATH_FLOATS = frozenset(
    {"sqrt", "pi", "e", "tau", "inf", "nan", "floor", "ceil", "trunc", "log", "log2", "log10", "exp", "sin",
     "cos", "tan", "asin", "acos", "atan", "atan2", "hypot", "fabs", "pow", "radians", "degrees", "isclose",
     "fsum", "modf", "frexp", "ldexp", "copysign", "fmod", "isfinite", "isinf", "isnan", "dist"}
)  # fmt: skip
EXIT_BUILTINS = ("exit", "quit")  # called, the site module's: SystemExit as sys.exit raises it
STDIN_METHODS = frozenset({"readline", "read", "readlines"})
# The string module's constants (the strings themselves, CPython's).
STRING_CONSTANTS = {
    name: getattr(string, name)
    for name in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits",
                 "punctuation", "whitespace", "printable")
}  # fmt: skip
MODULES = ("math", "sys", "string")
# The modules a program may import * from, and the public names each gives (CPython's: its __all__ or
# dir() without the underscored names).
STAR_MODULES = {
    "math": tuple(name for name in dir(math) if not name.startswith("_")),
    "string": tuple(string.__all__),
}
# sys.stdout and sys.stderr: print(file=...) names one, and these are their methods.
STREAMS = frozenset({"stdout", "stderr"})
STREAM_METHODS = frozenset({"write", "flush"})
METHOD_DECORATORS = frozenset({"property", "staticmethod", "classmethod"})
# The built-in types whose class pattern's one positional sub-pattern matches the subject itself (PEP 634).
YIELDED = "<yield>"  # the local of a generator lambda that holds its yield's value (no program names it)
SELF_MATCHING = frozenset({"bool", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"})


def star_member(module: str, name: str) -> bool:
    """Whether the runtime has the name of math or string (the modules `import *` may name)."""
    if module == "math":
        return name in MATH_FUNCTIONS or name in MATH_FLOAT_IDS or name in MATH_CONSTANTS
    return module == "string" and name in STRING_CONSTANTS


class Checker:
    def __init__(self, diags: DiagnosticBag) -> None:
        self.diags = diags
        self.module_scope = A.Scope("module", "<module>")
        self.scopes: list[A.Scope] = [self.module_scope]  # every scope of the program, as they are made
        # Why closing a generator at a yield here runs code (in this function): an enclosing `finally`,
        # or a handler that catches GeneratorExit, which CPython runs when it closes an unfinished one.
        self.close_guards: list[str] = []
        self.closing = False  # whether any generator's closing can run code (A.Module.closing)
        self.throws = False  # whether the program names `throw` (A.Module.throws)
        # sys.exit ends the program at once (runtime/py/exit.ir): exact only when no `finally` and no
        # handler that catches SystemExit could run while CPython's SystemExit unwinds.
        self.exit_calls: list[Span] = []
        self.exit_guard: Span | None = None

    def unsupported(self, message: str, span: Span) -> None:
        self.diags.error("unsupported", message, span)

    def syntax(self, message: str, span: Span) -> None:
        self.diags.error("syntax", f"SyntaxError: {message}", span)

    # ---- pass 1: bindings of each scope ----

    def run(self, module: A.Module) -> A.Module:
        module.scope = self.module_scope
        self.imports = module.imports
        # calls of CPython's type methods the runtime lacks; reported at the end, unless the program gives
        # something that name (a method, a class attribute, an attribute it reads or sets), which the call
        # may reach
        self.type_method_calls: list[A.Attribute] = []
        self.program_names: set[str] = set()
        self.named_exprs = module.named_exprs
        # each name an import binds: the statements that bind it and what they bind it to ("math.pi")
        self.import_sites: dict[str, list[tuple[A.Import, str]]] = {}
        self.module_bound: set[str] = set()  # the module's names bound by statements other than imports
        self.global_uses: dict[str, Span] = {}  # each name read or written as the module's: its first use
        self.star_imports: list[A.Import] = []  # `from math import *` and `from string import *`
        self.collect_block(module.body, self.module_scope)
        self.resolve_block(module.body, self.module_scope, loop=0, in_function=False)
        for alias, sites in self.import_sites.items():
            if alias not in self.module_bound:
                continue
            # a name the program binds too is a variable, which each import statement assigns (the
            # lowering resolves the other imported names where they are used); a module is no value here
            self.imports.pop(alias, None)
            for stmt, member in sites:
                if not stmt.is_from:
                    self.unsupported(
                        f"the module '{alias}' is bound by this import and elsewhere in the program, "
                        "which is not supported",
                        stmt.span,
                    )
                stmt.assigned.append((alias, member))
        self.star_names()
        if module.first_with is not None:
            self.with_builtins_kept(module.first_with)
        for call in self.type_method_calls:
            if call.attr not in self.program_names:
                kind = OTHER_TYPE_METHODS[call.attr]
                self.unsupported(
                    f"the method '{call.attr}' ({kind}.{call.attr} in CPython) is not supported", call.span
                )
        module.closing = self.closing
        module.throws = self.throws
        # a generator closed at the program's end runs code first, as CPython's shutdown does
        module.exit_raises = bool(self.exit_calls) and (self.exit_guard is not None or self.closing)
        return module

    def with_builtins_kept(self, first_with: Span) -> None:
        """A `with` statement calls built-ins by name (parser.with_statement): a program that binds one of
        those names anywhere is refused, where its own value would be called in their place."""
        bound = {name for scope in self.scopes for name in scope.locals}
        for name in WITH_BUILTINS:
            if name in bound:
                self.unsupported(
                    f"the 'with' statement is not supported in a program that binds the name '{name}' "
                    "(the statement calls the built-in of that name)",
                    first_with,
                )
                return

    def bind(self, scope: A.Scope, name: str, by_import: bool = False) -> None:
        if not by_import and (scope is self.module_scope or name in scope.globals):
            self.module_bound.add(name)
        if name in scope.globals or name in scope.nonlocals:
            if name in scope.globals and name not in self.module_scope.locals:
                self.module_scope.locals.append(name)
            return
        if name not in scope.locals:
            scope.locals.append(name)

    def bind_target(
        self, target: A.Expr, scope: A.Scope, verb: str = "assign to", single: bool = False
    ) -> None:
        """The names a target binds. `single`: the one target of an `=`, which CPython's message for an
        invalid one takes for a comparison mistyped ("cannot assign to function call here. Maybe you meant
        '==' instead of '='?")."""
        if isinstance(target, A.Name):
            self.bind(scope, target.id)
        elif isinstance(target, (A.TupleExpr, A.ListExpr)):
            stars = [e for e in target.elts if isinstance(e, A.Starred)]
            if len(stars) > 1:
                self.syntax("multiple starred expressions in assignment", stars[1].span)
            for elt in target.elts:
                self.bind_target(elt, scope, verb)
        elif isinstance(target, A.Starred):
            self.bind_target(target.value, scope, verb)
        elif isinstance(target, (A.Attribute, A.Subscript)):
            pass
        else:
            what = _expr_name(target)
            # CPython takes `a = b` for a mistyped comparison when a is an operand of one
            operand = not isinstance(target, (A.Compare, A.IfExp, A.Lambda, A.BoolOp)) and not (
                isinstance(target, A.UnaryOp) and target.op == "not"
            )
            mistyped = single and operand and what not in ("True", "False", "None")
            here = " here. Maybe you meant '==' instead of '='?" if mistyped else ""
            self.syntax(f"cannot {verb} {what}{here}", target.span)

    def collect_block(self, body: list[A.Stmt], scope: A.Scope) -> None:
        """Names bound in a block (not descending into nested scopes), global/nonlocal declarations first."""
        for stmt in body:
            self.collect_declarations(stmt, scope)
        for stmt in body:
            self.collect_stmt(stmt, scope)

    def collect_declarations(self, stmt: A.Stmt, scope: A.Scope) -> None:
        if isinstance(stmt, A.Global):
            for name in stmt.names:
                if scope.kind == "module":
                    continue
                if name in scope.nonlocals:
                    self.syntax(f"name '{name}' is nonlocal and global", stmt.span)
                scope.globals.add(name)
        elif isinstance(stmt, A.Nonlocal):
            for name in stmt.names:
                if scope.kind == "module":
                    self.syntax("nonlocal declaration not allowed at module level", stmt.span)
                    continue
                scope.nonlocals.add(name)
        for child in _child_blocks(stmt):
            for inner in child:
                self.collect_declarations(inner, scope)

    def collect_stmt(self, stmt: A.Stmt, scope: A.Scope) -> None:
        if isinstance(stmt, A.Assign):
            for target in stmt.targets:
                self.bind_target(target, scope, single=len(stmt.targets) == 1)
        elif isinstance(stmt, A.AugAssign):
            if not isinstance(stmt.target, (A.Name, A.Attribute, A.Subscript)):
                what = _expr_name(stmt.target)
                self.syntax(f"'{what}' is an illegal expression for augmented assignment", stmt.target.span)
            else:
                self.bind_target(stmt.target, scope)
        elif isinstance(stmt, A.For):
            self.bind_target(stmt.target, scope)
        elif isinstance(stmt, (A.FunctionDef, A.ClassDef)):
            self.bind(scope, stmt.name)
        elif isinstance(stmt, A.Try):
            for handler in stmt.handlers:
                if handler.name:
                    self.bind(scope, handler.name)
        elif isinstance(stmt, A.Del):
            for target in stmt.targets:
                self.bind_target(target, scope, "delete")
        elif isinstance(stmt, A.Import):
            if stmt.is_from:
                for name, alias in stmt.names:
                    if name != "*":  # binds the names the program uses: star_names
                        self.bind(scope, alias or name, by_import=True)
            else:
                self.bind(scope, stmt.asname or stmt.module.split(".")[0], by_import=True)
        elif isinstance(stmt, A.Match):
            for case in stmt.cases:
                for name in _pattern_names(case.pattern):
                    self.bind(scope, name)
        if self.named_exprs and scope.kind != "class":
            # `x := v` binds x in this function, also from inside a comprehension (PEP 572)
            for named in _named_exprs(_own_exprs(stmt)):
                self.bind(scope, named.target.id)
        for child in _child_blocks(stmt):
            for inner in child:
                self.collect_stmt(inner, scope)

    # ---- pass 2: uses, nested scopes, limits ----

    def resolve_block(self, body: list[A.Stmt], scope: A.Scope, loop: int, in_function: bool) -> None:
        for stmt in body:
            self.resolve_stmt(stmt, scope, loop, in_function)

    def resolve_stmt(self, stmt: A.Stmt, scope: A.Scope, loop: int, in_function: bool) -> None:
        if isinstance(stmt, A.FunctionDef):
            for deco in stmt.decorators:  # made in the enclosing scope, before the function
                self.expr(deco, scope)
            self.function(stmt, stmt.params, stmt.body, scope, stmt.name, "function")
        elif isinstance(stmt, A.ClassDef):
            self.classdef(stmt, scope)
        elif isinstance(stmt, A.Return):
            if not in_function:
                self.syntax("'return' outside function", stmt.span)
            if stmt.value is not None:
                self.expr(stmt.value, scope)
        elif isinstance(stmt, (A.Break, A.Continue)):
            if loop == 0:
                word = "break" if isinstance(stmt, A.Break) else "continue"
                self.syntax(
                    f"'{word}' outside loop" if word == "break" else "'continue' not properly in loop",
                    stmt.span,
                )
        elif isinstance(stmt, A.Nonlocal):
            for name in stmt.names:
                if scope.kind != "module" and self.enclosing_binding(scope.parent, name) is None:
                    self.syntax(f"no binding for nonlocal '{name}' found", stmt.span)
        elif isinstance(stmt, A.Import):
            self.import_stmt(stmt, scope)
        elif isinstance(stmt, A.Unsupported):
            self.unsupported(f"{stmt.what} is not supported", stmt.span)
        elif isinstance(stmt, A.Del):
            for target in stmt.targets:
                if isinstance(target, A.Attribute):
                    self.unsupported("deleting an attribute is not supported", target.span)
                elif isinstance(target, (A.TupleExpr, A.ListExpr)):
                    self.unsupported("deleting several targets at once is not supported", target.span)
                else:
                    self.expr(target, scope, store=True)
        elif isinstance(stmt, A.Try):
            self.resolve_try(stmt, scope, loop, in_function)
            return
        elif isinstance(stmt, (A.While, A.For)):
            if isinstance(stmt, A.For):
                self.expr(stmt.target, scope, store=True)
                self.expr(stmt.iter, scope)
            else:
                self.expr(stmt.test, scope)
            self.resolve_block(stmt.body, scope, loop + 1, in_function)
            self.resolve_block(stmt.orelse, scope, loop, in_function)
            return
        elif isinstance(stmt, A.If):
            self.expr(stmt.test, scope)
            self.resolve_block(stmt.body, scope, loop, in_function)
            self.resolve_block(stmt.orelse, scope, loop, in_function)
            return
        elif isinstance(stmt, A.Match):
            self.expr(stmt.subject, scope)
            for i, case in enumerate(stmt.cases):
                self.pattern(case.pattern, scope, [])
                if case.guard is not None:
                    self.expr(case.guard, scope)
                elif i < len(stmt.cases) - 1:
                    self.reachable_after(case.pattern)
                self.resolve_block(case.body, scope, loop, in_function)
            return
        elif isinstance(stmt, A.Assign):
            for target in stmt.targets:
                self.assign_target(target, scope)
            if isinstance(stmt.value, A.Yield):
                self.yield_stmt(stmt.value, scope)  # `x = yield v`: x is what send() gives (None for next)
            else:
                self.expr(stmt.value, scope)
        elif isinstance(stmt, A.AugAssign):
            self.assign_target(stmt.target, scope)
            self.expr(stmt.value, scope)
        elif isinstance(stmt, A.ExprStmt) and isinstance(stmt.value, A.Yield):
            self.yield_stmt(stmt.value, scope)
        elif isinstance(stmt, A.ExprStmt):
            self.expr(stmt.value, scope)
        elif isinstance(stmt, A.Raise):
            if stmt.exc is not None:
                self.expr(stmt.exc, scope)
            if stmt.cause is not None:
                self.expr(stmt.cause, scope)
        elif isinstance(stmt, A.Assert):
            self.expr(stmt.test, scope)
            if stmt.msg is not None:
                self.expr(stmt.msg, scope)

    def pattern(self, p: A.Pattern, scope: A.Scope, names: list[str]) -> None:
        """A case's pattern: its values' expressions, and the names it binds (added to `names`, once each,
        as CPython requires)."""
        if isinstance(p, A.MatchValue):
            self.expr(p.value, scope)
        elif isinstance(p, A.MatchAs):
            if p.pattern is not None:
                self.pattern(p.pattern, scope, names)
            if p.name is not None:
                self.capture(p.name, p.span, scope, names)
        elif isinstance(p, A.MatchStar):
            if p.name is not None:
                self.capture(p.name, p.span, scope, names)
        elif isinstance(p, A.MatchSequence):
            stars = [item for item in p.patterns if isinstance(item, A.MatchStar)]
            if len(stars) > 1:
                self.syntax("multiple starred names in sequence pattern", stars[1].span)
            for item in p.patterns:
                self.pattern(item, scope, names)
        elif isinstance(p, A.MatchMapping):
            for key, value in zip(p.keys, p.patterns, strict=True):
                self.expr(key, scope)
                self.pattern(value, scope, names)
            if p.rest is not None:
                self.capture(p.rest, p.span, scope, names)
        elif isinstance(p, A.MatchClass):
            self.expr(p.cls, scope)
            cls_name = p.cls.id if isinstance(p.cls, A.Name) else ""
            p.self_match = cls_name in SELF_MATCHING and not self.defined_anywhere(scope, cls_name)
            for i, name in enumerate(p.kwd_names):
                if name in p.kwd_names[:i]:
                    self.syntax(f"attribute name repeated in class pattern: {name}", p.kwd_patterns[i].span)
            for item in [*p.patterns, *p.kwd_patterns]:
                self.pattern(item, scope, names)
        elif isinstance(p, A.MatchOr):
            first: set[str] | None = None
            unreachable = False  # CPython's one SyntaxError is then that one
            for i, alternative in enumerate(p.patterns):
                bound: list[str] = []
                self.pattern(alternative, scope, bound)
                if i < len(p.patterns) - 1 and not unreachable:
                    unreachable = self.reachable_after(alternative)
                if first is None:
                    first = set(bound)
                elif set(bound) != first and not unreachable:
                    self.syntax("alternative patterns bind different names", alternative.span)
            for name in sorted(first or ()):
                self.capture(name, p.span, scope, names)

    def capture(self, name: str, span: Span, scope: A.Scope, names: list[str]) -> None:
        if name in names:
            self.syntax(f"multiple assignments to name '{name}' in pattern", span)
        names.append(name)
        self.use(scope, name, span)

    def reachable_after(self, p: A.Pattern) -> bool:
        """A pattern that always matches may only be the last case (or alternative), as CPython says:
        whether it was one."""
        while isinstance(p, A.MatchAs) and p.pattern is not None:
            p = p.pattern
        if isinstance(p, A.MatchOr):
            return any(self.reachable_after(alternative) for alternative in p.patterns)
        if isinstance(p, A.MatchAs):
            what = f"name capture '{p.name}'" if p.name is not None else "wildcard"
            self.syntax(f"{what} makes remaining patterns unreachable", p.span)
            return True
        return False

    def import_stmt(self, stmt: A.Import, scope: A.Scope) -> None:
        if stmt.module not in MODULES:
            what = f"import {stmt.module}" if not stmt.is_from else f"from {stmt.module} import ..."
            self.unsupported(
                f"'{what}' is not supported: of the standard library, math (its integer functions and "
                "most of its float functions), sys (stdin, stdout, stderr and exit) and string (its "
                "constants) are",
                stmt.span,
            )
            return
        if scope.kind != "module":
            self.unsupported("imports are supported at the top level of the program", stmt.span)
            return
        if not stmt.is_from:
            self.imports[stmt.asname or stmt.module] = stmt.module
            self.import_sites.setdefault(stmt.asname or stmt.module, []).append((stmt, stmt.module))
            return
        for name, alias in stmt.names:
            if self.member_supported(stmt.module, name, stmt.span, stmt):
                self.imports[alias or name] = f"{stmt.module}.{name}"
                self.import_sites.setdefault(alias or name, []).append((stmt, f"{stmt.module}.{name}"))

    def member_supported(self, module: str, name: str, span: Span, star: A.Import | None = None) -> bool:
        if name == "*" and module in STAR_MODULES and star is not None:
            self.star_imports.append(star)  # its names are settled when the program's uses are known
            return False
        if star_member(module, name):
            return True
        if module == "sys" and (name == "stdin" or name in STREAMS):
            return True
        if module == "string":
            self.unsupported(
                f"string.{name} is not supported (the string module's constants are: "
                f"{', '.join(STRING_CONSTANTS)})",
                span,
            )
            return False
        if module == "sys" and name == "exit":
            self.exit_calls.append(span)
            return True
        if name == "*":
            self.unsupported(
                f"'from {module} import *' is not supported: name what you use (from {module} import ...)"
                f" or write {module}.name",
                span,
            )
        elif module == "math" and name in MATH_FLOATS:
            self.unsupported(
                f"math.{name} is not supported yet (of math's float functions: "
                f"{', '.join(sorted([*MATH_FLOAT_IDS, *MATH_CONSTANTS]))})",
                span,
            )
        elif module == "math":
            self.unsupported(
                f"math.{name} is not supported (math's integer functions are: "
                f"{', '.join(sorted(MATH_FUNCTIONS))})",
                span,
            )
        else:
            self.unsupported(
                f"sys.{name} is not supported (only sys.stdin, sys.stdout, sys.stderr and sys.exit are)", span
            )
        return False

    def star_names(self) -> None:
        """The names `from math import *` (or string's) gives the program: each public name of the module
        that the program uses as the module's. One the program does not bind itself is resolved where it is
        used, as an imported name; one it binds too is a variable, which the statement assigns the module's
        value (`except ValueError as e` rebinds math's e). One the runtime lacks is reported at its first
        use, as `from math import fsum` would be at the import, unless the program binds it."""
        for star in self.star_imports:
            for name in STAR_MODULES[star.module]:
                span = self.global_uses.get(name)
                if span is None or (name in self.imports and name not in self.module_bound):
                    continue
                if name in self.module_bound:
                    if star_member(star.module, name):
                        star.assigned.append((name, f"{star.module}.{name}"))
                elif self.member_supported(star.module, name, span):
                    self.imports[name] = f"{star.module}.{name}"
                    self.bind(self.module_scope, name, by_import=True)  # the module's, over a built-in (pow)

    def exit_builtin(self, e: A.Expr, scope: A.Scope) -> bool:
        """Whether e names the built-in exit or quit (which the program does not define)."""
        return isinstance(e, A.Name) and e.id in EXIT_BUILTINS and not self.defined_anywhere(scope, e.id)

    def names_stdin(self, e: A.Expr) -> bool:
        if isinstance(e, A.Name):
            return self.imports.get(e.id) == "sys.stdin"
        return (
            isinstance(e, A.Attribute)
            and isinstance(e.value, A.Name)
            and self.imports.get(e.value.id) == "sys"
            and e.attr == "stdin"
        )

    def names_stream(self, e: A.Expr) -> str | None:
        """ "stdout" or "stderr" when e names sys.stdout or sys.stderr, else None."""
        if isinstance(e, A.Name):
            what = self.imports.get(e.id, "")
            return what[4:] if what in ("sys.stdout", "sys.stderr") else None
        if (
            isinstance(e, A.Attribute)
            and isinstance(e.value, A.Name)
            and self.imports.get(e.value.id) == "sys"
            and e.attr in STREAMS
        ):
            return e.attr
        return None

    def resolve_try(self, stmt: A.Try, scope: A.Scope, loop: int, in_function: bool) -> None:
        if self.exit_guard is None and (
            stmt.finalbody or any(_catches_system_exit(h) for h in stmt.handlers)
        ):
            self.exit_guard = stmt.span
        finally_guard = ["'yield' inside a 'try' that has a 'finally'"] if stmt.finalbody else []
        catches_exit = [h for h in stmt.handlers if _catches_generator_exit(h)]
        exit_guard = ["'yield' inside a 'try' whose handler catches GeneratorExit"] if catches_exit else []
        saved = self.close_guards
        self.close_guards = saved + finally_guard + exit_guard
        self.resolve_block(stmt.body, scope, loop, in_function)
        self.close_guards = saved + finally_guard
        for handler in stmt.handlers:
            if handler.type is not None:
                self.expr(handler.type, scope)
            if handler.name:
                self.use(scope, handler.name, handler.span)
            self.resolve_block(handler.body, scope, loop, in_function)
        self.resolve_block(stmt.orelse, scope, loop, in_function)
        self.close_guards = saved
        self.resolve_block(stmt.finalbody, scope, loop, in_function)

    def yield_stmt(self, e: A.Yield, scope: A.Scope) -> None:
        """`yield value` as a statement makes its function a generator (lower.py keeps the generator's
        locals in a frame on the heap and resumes it after each yield)."""
        if scope.kind == "module":
            self.syntax("'yield' outside function", e.span)
        elif scope.kind not in ("function", "lambda"):
            self.unsupported("'yield' is supported in a def's body", e.span)
        else:
            scope.generator = True
            if self.close_guards:  # closing the generator at this yield runs code (lower.py)
                scope.closes = True
                self.closing = True
        if e.value is not None:
            self.expr(e.value, scope)

    def assign_target(self, target: A.Expr, scope: A.Scope) -> None:
        self.expr(target, scope, store=True)

    def enclosing_binding(self, scope: A.Scope | None, name: str) -> A.Scope | None:
        """The nearest enclosing function scope that binds the name (class bodies are skipped)."""
        while scope is not None and scope.kind != "module":
            if scope.kind != "class" and name in scope.locals and name not in scope.globals:
                return scope
            if scope.kind != "class" and name in scope.nonlocals:
                found = self.enclosing_binding(scope.parent, name)
                return found
            scope = scope.parent
        return None

    def reads_global(self, scope: A.Scope, name: str) -> bool:
        """Whether the name, used in the scope, is the module's (or a built-in)."""
        if scope.kind == "module" or name in scope.globals:
            return True
        if name in scope.locals and name not in scope.nonlocals:
            return False
        return scope.parent is None or self.enclosing_binding(scope.parent, name) is None

    def use(self, scope: A.Scope, name: str, span: Span) -> None:
        """A read or write of a name: make it a free variable when an enclosing function binds it."""
        if name not in self.global_uses and self.reads_global(scope, name):
            self.global_uses[name] = span  # what `from math import *` may give it
        if scope.kind == "module" or name in scope.globals:
            return
        if name in scope.locals and name not in scope.nonlocals:
            return
        if scope.kind == "class":
            return
        owner = self.enclosing_binding(scope.parent, name)
        if owner is None:
            return
        owner.cells.add(name)
        walk: A.Scope | None = scope
        while walk is not None and walk is not owner:
            if walk.kind != "class" and name not in walk.frees:
                walk.frees.append(name)
            walk = walk.parent

    def function(
        self,
        node: A.FunctionDef | A.Lambda,
        params: list[A.Param],
        body: list[A.Stmt],
        parent: A.Scope,
        name: str,
        kind: str,
    ) -> None:
        for param in params:
            if param.default is not None:
                self.expr(param.default, parent)
        scope = A.Scope(kind, name, parent=parent)
        self.scopes.append(scope)
        node.scope = scope
        for param in params:
            scope.locals.append(param.name)
        self.collect_block(body, scope)
        for name_ in list(scope.globals):
            if name_ in (p.name for p in params):
                self.syntax(f"name '{name_}' is parameter and global", node.span)
        saved, self.close_guards = self.close_guards, []
        self.resolve_block(body, scope, loop=0, in_function=True)
        self.close_guards = saved

    def attribute(self, e: A.Attribute, scope: A.Scope, callee: bool) -> None:
        if e.attr == "throw":
            self.throws = True
        module = self.imports.get(e.value.id) if isinstance(e.value, A.Name) else None
        if module in MODULES:
            assert module is not None
            if e.attr in MODULE_DIRS[module]:  # another name is CPython's AttributeError when it runs
                self.member_supported(module, e.attr, e.span)
        elif self.names_stdin(e.value):
            if e.attr not in STDIN_METHODS:
                message = f"sys.stdin.{e.attr} is not supported (readline, read and readlines are)"
                self.unsupported(message, e.span)
        elif (stream := self.names_stream(e.value)) is not None:
            if e.attr not in STREAM_METHODS or not callee:
                self.unsupported(f"sys.{stream}.{e.attr} is not supported (write() and flush() are)", e.span)
        else:
            if not callee:
                self.program_names.add(e.attr)
            elif e.attr in OTHER_TYPE_METHODS:
                self.type_method_calls.append(e)
            self.expr(e.value, scope)

    def method_decorator(self, method: A.FunctionDef, properties: set[str]) -> str | None:
        """The built-in decorator a method's first decorator is: property, staticmethod, classmethod or
        setter (of a property the class defined above it); None when it is none of them. A built-in one
        below the first is a diagnostic (it would decorate what the program's decorator returns)."""
        kinds = [self.builtin_decorator(method, deco, properties) for deco in method.decorators]
        for deco in method.decorators:  # @name.deleter, @name.getter: else a run-time AttributeError
            if (
                isinstance(deco, A.Attribute)
                and deco.attr in ("deleter", "getter")
                and isinstance(deco.value, A.Name)
                and deco.value.id in properties
            ):
                self.unsupported(f"a property's @{deco.value.id}.{deco.attr} is not supported", deco.span)
        for deco, kind in zip(method.decorators[1:], kinds[1:], strict=True):
            if kind is not None:
                self.unsupported(
                    f"@{kind if kind != 'setter' else method.name + '.setter'} is supported as a method's "
                    "first decorator (the outermost)",
                    deco.span,
                )
        return kinds[0] if kinds else None

    def builtin_decorator(self, method: A.FunctionDef, deco: A.Expr, properties: set[str]) -> str | None:
        shadowed = isinstance(deco, A.Name) and deco.id in self.module_scope.locals
        if isinstance(deco, A.Name) and deco.id in METHOD_DECORATORS and not shadowed:
            return deco.id
        if (
            isinstance(deco, A.Attribute)
            and deco.attr == "setter"
            and isinstance(deco.value, A.Name)
            and deco.value.id in properties
            and method.name == deco.value.id
        ):
            return "setter"
        return None

    def classdef(self, stmt: A.ClassDef, parent: A.Scope, qualname: str = "") -> None:
        """A class statement; `qualname` is that of the class whose body it is written in (CPython's
        __qualname__ of a nested class is Outer.Inner, of its methods Outer.Inner.m)."""
        qualname = f"{qualname}.{stmt.name}" if qualname else stmt.name
        for deco in stmt.decorators:  # made before the class, which each is then called with
            self.expr(deco, parent)
        if len(stmt.bases) > 1:
            self.unsupported("multiple inheritance is not supported", stmt.bases[1].span)
        for base in stmt.bases:
            self.expr(base, parent)
            if (
                isinstance(base, A.Name)
                and base.id in UNINHERITABLE_TYPES
                and not self.defined_anywhere(parent, base.id)
            ):
                self.unsupported(
                    f"a class inheriting from the built-in type '{base.id}' is not supported", base.span
                )
        scope = A.Scope("class", stmt.name, parent=parent)
        self.scopes.append(scope)
        stmt.scope = scope
        properties: set[str] = set()
        for inner in stmt.body:
            if isinstance(inner, A.FunctionDef):
                self.program_names.add(inner.name)
                kind = self.method_decorator(inner, properties)
                inner.method_kind = kind
                for deco in inner.decorators[1:] if kind else inner.decorators:
                    if self.builtin_decorator(inner, deco, properties) is None:  # else reported above
                        self.expr(deco, scope)
                if kind == "property":
                    properties.add(inner.name)
                if kind != "staticmethod" and (not inner.params or inner.params[0].kind):
                    self.unsupported("a method needs a first parameter (self)", inner.span)
                if inner.name in UNCALLED_SPECIAL_METHODS:  # CPython would call it; the runtime never does
                    self.unsupported(
                        f"the special method '{inner.name}' is not supported (nothing here would call it)",
                        inner.span,
                    )
                scope.locals.append(inner.name) if inner.name not in scope.locals else None
                self.function(inner, inner.params, inner.body, scope, f"{qualname}.{inner.name}", "function")
            elif isinstance(inner, A.ClassDef):
                self.program_names.add(inner.name)
                self.classdef(inner, scope, qualname)
                if inner.name not in scope.locals:
                    scope.locals.append(inner.name)
            elif isinstance(inner, A.Assign) and all(isinstance(t, A.Name) for t in inner.targets):
                self.expr(inner.value, scope)
                for target in inner.targets:
                    assert isinstance(target, A.Name)
                    self.program_names.add(target.id)
                    if target.id not in scope.locals:
                        scope.locals.append(target.id)
            elif isinstance(inner, A.Pass):
                pass
            elif isinstance(inner, A.ExprStmt) and isinstance(inner.value, A.Const):
                pass  # a docstring
            else:
                self.unsupported(
                    "only method definitions, classes and simple attribute assignments are supported in a"
                    " class body",
                    inner.span,
                )

    # ---- expressions ----

    def expr(self, e: A.Expr, scope: A.Scope, store: bool = False) -> None:
        if isinstance(e, A.Const) and e.value == "throw":
            self.throws = True  # getattr(g, "throw")
        if isinstance(e, A.Name):
            module = self.imports.get(e.id)
            if module in MODULES and not store:
                self.unsupported(f"the module '{module}' can only be used as {module}.name", e.span)
            self.use(scope, e.id, e.span)
            unsupported_builtin = e.id in CPYTHON_BUILTINS and e.id not in SUPPORTED_BUILTINS
            if not store and unsupported_builtin and not self.defined_anywhere(scope, e.id):
                self.unsupported(f"the built-in '{e.id}' is not supported", e.span)
        elif isinstance(e, A.Const):
            if isinstance(e.value, int) and not isinstance(e.value, bool) and abs(2 * e.value + 1) >= 10**50:
                self.unsupported("this integer is too large for the Engine's 50-digit words", e.span)
            if isinstance(e.value, str) and "\0" in e.value:
                self.unsupported("the NUL character in a string is not supported", e.span)
        elif isinstance(e, A.FString):
            for part in e.parts:
                if isinstance(part, A.FormatField):
                    self.expr(part.value, scope)
                    if part.spec_fields is not None:
                        self.expr(part.spec_fields, scope)
        elif isinstance(e, A.BinOp):
            self.expr(e.left, scope)
            self.expr(e.right, scope)
        elif isinstance(e, A.UnaryOp):
            self.expr(e.operand, scope)
        elif isinstance(e, A.BoolOp):
            for v in e.values:
                self.expr(v, scope)
        elif isinstance(e, A.Compare):
            self.expr(e.left, scope)
            for c in e.comparators:
                self.expr(c, scope)
        elif isinstance(e, A.IfExp):
            self.expr(e.test, scope)
            self.expr(e.body, scope)
            self.expr(e.orelse, scope)
        elif isinstance(e, A.Call):
            if isinstance(e.func, A.Attribute):
                self.attribute(e.func, scope, callee=True)
            elif self.exit_builtin(e.func, scope):  # exit() and quit(): sys.exit's SystemExit
                self.exit_calls.append(e.func.span)
            else:
                if isinstance(e.func, A.Name) and e.func.id in EXIT_BUILTINS:  # the built-in while the
                    self.exit_calls.append(e.func.span)  # program's own exit is not bound yet
                self.expr(e.func, scope)
            vars_call = (
                isinstance(e.func, A.Name)
                and e.func.id == "vars"
                and not self.defined_anywhere(scope, "vars")
            )
            if vars_call and not e.args and not e.keywords:  # the local names as a dict: a frame has none
                self.unsupported("vars() without an argument is not supported", e.span)
            for arg in e.args:
                self.expr(arg, scope)
            for kw in e.keywords:
                self.expr(kw.value, scope)
            names = [kw.name for kw in e.keywords if kw.name]
            for i, name in enumerate(names):
                if name in names[:i]:
                    self.syntax(f"keyword argument repeated: {name}", e.keywords[i].span)
            if (
                isinstance(e.func, A.Name)
                and e.func.id == "super"
                and not self.defined_anywhere(scope, "super")
            ):
                if e.args or e.keywords:
                    self.unsupported("super() with arguments is not supported (write super())", e.span)
                elif scope.kind != "function" or scope.parent is None or scope.parent.kind != "class":
                    self.unsupported("super() is supported inside the methods of a class", e.span)
        elif isinstance(e, A.Starred):
            self.expr(e.value, scope, store)
        elif isinstance(e, A.Attribute):
            self.attribute(e, scope, callee=False)
        elif isinstance(e, A.Subscript):
            self.expr(e.value, scope)
            self.expr(e.index, scope)
        elif isinstance(e, A.Slice):
            for bound in (e.lower, e.upper, e.step):
                if bound is not None:
                    self.expr(bound, scope)
        elif isinstance(e, (A.ListExpr, A.TupleExpr, A.SetExpr)):
            for elt in e.elts:
                self.expr(elt, scope, store)
        elif isinstance(e, A.DictExpr):
            for k, v in zip(e.keys, e.values, strict=True):
                if k is not None:
                    self.expr(k, scope)
                self.expr(v, scope)
        elif isinstance(e, (A.ListComp, A.DictComp)):
            self.comprehension(e, scope)
        elif isinstance(e, A.Lambda):
            body: list[A.Stmt] = [A.Return(e.body.span, e.body)]
            if isinstance(e.body, A.Yield):  # a generator, whose return value is the yield's
                at = e.body.span
                keep, give = A.Assign(at, [A.Name(at, YIELDED)], e.body), A.Return(at, A.Name(at, YIELDED))
                body = e.gen_body = [keep, give]
            self.function(e, e.params, body, scope, "<lambda>", "lambda")
        elif isinstance(e, A.NamedExpr):
            self.named_expr(e, scope)
        elif isinstance(e, A.Yield):
            self.unsupported(
                "'yield' is supported as a statement (yield value) or assigned (x = yield value), "
                "not inside another expression",
                e.span,
            )

    def named_expr(self, e: A.NamedExpr, scope: A.Scope) -> None:
        """PEP 572's rules: in a comprehension the target is bound in the function around it, and may not
        be one of the comprehension's iteration variables; in a class body it is outside the subset."""
        self.expr(e.value, scope)
        name = e.target.id
        owner = scope
        while _comprehension_like(owner) and owner.parent is not None:
            if name in owner.locals:
                self.syntax(
                    f"assignment expression cannot rebind comprehension iteration variable '{name}'", e.span
                )
                return
            owner = owner.parent
        if owner.kind == "class":
            if owner is not scope:
                self.syntax(
                    "assignment expression within a comprehension cannot be used in a class body", e.span
                )
            else:
                self.unsupported("an assignment expression (:=) in a class body is not supported", e.span)
            return
        self.expr(e.target, scope, store=True)

    def defined_anywhere(self, scope: A.Scope, name: str) -> bool:
        walk: A.Scope | None = scope
        while walk is not None:
            if name in walk.locals:
                return True
            walk = walk.parent
        return False

    def comprehension(self, e: A.ListComp | A.DictComp, scope: A.Scope) -> None:
        # The first iterable is evaluated in the enclosing scope, the rest inside the comprehension's own.
        if self.named_exprs:
            for named in _named_exprs([gen.iter for gen in e.generators]):
                self.syntax(
                    "assignment expression cannot be used in a comprehension iterable expression", named.span
                )
                return
        self.expr(e.generators[0].iter, scope)
        if isinstance(e, A.ListComp) and e.kind == "gen":
            e.gen_def = genexpr_function(e)
            if self.named_exprs:
                # its `x := v` binds x in the function around it, whose name the generator function shares
                parts: list[A.Expr | None] = [e.elt]
                for gen in e.generators:
                    parts.extend(gen.ifs)
                names = [n.target.id for n in _named_exprs(parts)]
                owner = scope
                while _comprehension_like(owner) and owner.parent is not None:
                    owner = owner.parent
                if names and owner.kind != "class":  # else the checking of its body reports it
                    declare = A.Global if owner.kind == "module" else A.Nonlocal
                    e.gen_def.body.insert(0, declare(e.span, list(dict.fromkeys(names))))
            self.function(e.gen_def, e.gen_def.params, e.gen_def.body, scope, "<genexpr>", "function")
            return
        inner = A.Scope("comprehension", "<comprehension>", parent=scope)
        self.scopes.append(inner)
        e.scope = inner
        for gen in e.generators:
            self.bind_target(gen.target, inner)
        for i, gen in enumerate(e.generators):
            self.expr(gen.target, inner, store=True)
            if i > 0:
                self.expr(gen.iter, inner)
            for cond in gen.ifs:
                self.expr(cond, inner)
        if isinstance(e, A.DictComp):
            self.expr(e.key, inner)
            self.expr(e.value, inner)
        else:
            self.expr(e.elt, inner)


def _catches_generator_exit(handler: A.ExceptHandler) -> bool:
    """A bare `except:`, or one naming BaseException or GeneratorExit (alone or in a tuple)."""
    if handler.type is None:
        return True
    types = handler.type.elts if isinstance(handler.type, A.TupleExpr) else [handler.type]
    return any(isinstance(t, A.Name) and t.id in ("BaseException", "GeneratorExit") for t in types)


GENEXPR_ITERATOR = ".0"  # CPython's own name for a generator expression's argument: no program can use it


def genexpr_function(e: A.ListComp) -> A.FunctionDef:
    """`(elt for t1 in it1 if c1 for t2 in it2)` as the generator function CPython makes of it:
    `def <genexpr>(.0): for t1 in .0: if c1: for t2 in it2: yield elt`, called with iter(it1)."""
    body: list[A.Stmt] = [A.ExprStmt(e.elt.span, A.Yield(e.elt.span, e.elt))]
    for i in range(len(e.generators) - 1, -1, -1):
        gen = e.generators[i]
        for cond in reversed(gen.ifs):
            body = [A.If(cond.span, cond, body, [])]
        source = A.Name(gen.iter.span, GENEXPR_ITERATOR) if i == 0 else gen.iter
        body = [A.For(gen.span, gen.target, source, body, [])]
    return A.FunctionDef(e.span, "<genexpr>", [A.Param(e.span, GENEXPR_ITERATOR, None)], body, [])


def _comprehension_like(scope: A.Scope) -> bool:
    """A comprehension's scope, or a generator expression's function: `x := v` there binds around it."""
    return scope.kind == "comprehension" or scope.name == "<genexpr>"


def _own_exprs(stmt: A.Stmt) -> list[A.Expr | None]:
    """The expressions a statement evaluates itself (not those of the blocks inside it)."""
    if isinstance(stmt, A.ExprStmt):
        return [stmt.value]
    if isinstance(stmt, A.Assign):
        return [*stmt.targets, stmt.value]
    if isinstance(stmt, A.AugAssign):
        return [stmt.target, stmt.value]
    if isinstance(stmt, A.If | A.While):
        return [stmt.test]
    if isinstance(stmt, A.For):
        return [stmt.iter]
    if isinstance(stmt, A.Return):
        return [stmt.value]
    if isinstance(stmt, A.Raise):
        return [stmt.exc, stmt.cause]
    if isinstance(stmt, A.Assert):
        return [stmt.test, stmt.msg]
    if isinstance(stmt, A.FunctionDef):
        return [*stmt.decorators, *(p.default for p in stmt.params)]
    if isinstance(stmt, A.ClassDef):
        return [*stmt.decorators, *stmt.bases]
    if isinstance(stmt, A.Try):
        return [h.type for h in stmt.handlers]
    if isinstance(stmt, A.Match):
        return [stmt.subject, *(case.guard for case in stmt.cases)]
    return []


def _named_exprs(exprs: list[A.Expr | None]) -> list[A.NamedExpr]:
    """The `x := v` in these expressions, also inside comprehensions, not inside a lambda (which binds
    its own)."""
    found: list[A.NamedExpr] = []
    stack: list[object] = list(exprs)
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, A.NamedExpr):
            found.append(node)
            stack.append(node.value)
        elif isinstance(node, A.Lambda):
            stack.extend(p.default for p in node.params)
        elif isinstance(node, A.Node):  # a generator expression's function is made from its parts
            stack.extend(reversed([getattr(node, name) for name in A.child_fields(type(node))]))
    return found


def _pattern_names(p: A.Pattern) -> list[str]:
    """The names a pattern binds."""
    if isinstance(p, A.MatchAs):
        inner = [] if p.pattern is None else _pattern_names(p.pattern)
        return inner + ([p.name] if p.name is not None else [])
    if isinstance(p, A.MatchStar):
        return [p.name] if p.name is not None else []
    if isinstance(p, A.MatchSequence | A.MatchOr):
        return [name for item in p.patterns for name in _pattern_names(item)]
    if isinstance(p, A.MatchMapping):
        return [name for item in p.patterns for name in _pattern_names(item)] + ([p.rest] if p.rest else [])
    if isinstance(p, A.MatchClass):
        return [name for item in [*p.patterns, *p.kwd_patterns] for name in _pattern_names(item)]
    return []


def _child_blocks(stmt: A.Stmt) -> list[list[A.Stmt]]:
    if isinstance(stmt, A.Match):
        return [case.body for case in stmt.cases]
    if isinstance(stmt, A.If | A.While | A.For):
        return [stmt.body, stmt.orelse]
    if isinstance(stmt, A.Try):
        return [stmt.body, *(h.body for h in stmt.handlers), stmt.orelse, stmt.finalbody]
    return []


def _expr_name(e: A.Expr) -> str:
    """What CPython's messages call an expression that cannot be a target (_PyPegen_get_expr_name)."""
    if isinstance(e, A.Const):
        return str(e.value) if type(e.value) in (bool, type(None)) else "literal"
    names = {
        A.Call: "function call", A.TupleExpr: "tuple", A.ListExpr: "list", A.Lambda: "lambda",
        A.IfExp: "conditional expression", A.Compare: "comparison", A.DictExpr: "dict literal",
        A.SetExpr: "set display", A.FString: "f-string expression", A.NamedExpr: "named expression",
        A.Starred: "starred", A.Yield: "yield expression", A.EllipsisLit: "ellipsis",
    }  # fmt: skip
    if isinstance(e, A.ListComp):
        return {"list": "list comprehension", "set": "set comprehension"}.get(e.kind, "generator expression")
    if isinstance(e, A.DictComp):
        return "dict comprehension"
    return names.get(type(e), "expression")


def _catches_system_exit(handler: A.ExceptHandler) -> bool:
    """A bare `except:`, or one naming BaseException or SystemExit (alone or in a tuple)."""
    if handler.type is None:
        return True
    types = handler.type.elts if isinstance(handler.type, A.TupleExpr) else [handler.type]
    return any(isinstance(t, A.Name) and t.id in ("BaseException", "SystemExit") for t in types)


def check(module: A.Module, diags: DiagnosticBag) -> A.Module:
    warn_syntax(module, diags)
    return Checker(diags).run(module)
