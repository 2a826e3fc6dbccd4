"""Checking: the program's forms, macro-expanded at compile time (the standard macros, and `defmacro`s run
by the compile-time evaluator), resolved into the core tree (core.py): variables to their bindings, calls
to primitives, global functions, local functions or values, `return-from` and `go` to their targets.
What the compiler cannot accept is a diagnostic at the form, naming the construct."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.lisp import core as C
from compilers.frontends.lisp.ast import NIL, Char, Cons, LString, Symbol, T, lisp_list, proper, sym, write
from compilers.frontends.lisp.interp import Env, Interp, bind_lambda_list
from compilers.frontends.lisp.loop import expand_loop
from compilers.frontends.lisp.macros import (
    BUILTIN,
    LAMBDA_KEYWORDS,
    L,
    LispError,
    S,
    _setf,
    args,
    expand_assert,
    gensym,
    quasiquote,
    strip_declarations,
)

PRELUDE = Path(__file__).with_name("prelude.lisp")

# The Common Lisp symbols that are fboundp in SBCL, listed by SBCL 2.2.9 itself: (do-external-symbols (s
# "CL") (when (fboundp s) (print s))); those of them that are macros, (when (macro-function s) ...). They
# name operators for SBCL's pretty printer (lower.py, symbol_style), and a call of one that this subset
# does not implement is a diagnostic (SBCL would run it).
SBCL_FBOUND = frozenset(Path(__file__).with_name("sbcl_fbound.txt").read_text(encoding="utf-8").split())
SBCL_MACROS = frozenset(Path(__file__).with_name("sbcl_macros.txt").read_text(encoding="utf-8").split())

# Primitives: compiled to a runtime routine or inline code (lower.py); name -> (min args, max args).
PRIMS: dict[str, tuple[int, int]] = {
    "CONS": (2, 2),
    "CAR": (1, 1),
    "CDR": (1, 1),
    "FIRST": (1, 1),
    "REST": (1, 1),
    "RPLACA": (2, 2),
    "RPLACD": (2, 2),
    "EQ": (2, 2),
    "EQL": (2, 2),
    "NULL": (1, 1),
    "NOT": (1, 1),
    "1+": (1, 1),
    "1-": (1, 1),
    "CONSP": (1, 1),
    "ATOM": (1, 1),
    "SYMBOLP": (1, 1),
    "STRINGP": (1, 1),
    "NUMBERP": (1, 1),
    "INTEGERP": (1, 1),
    "CHARACTERP": (1, 1),
    "FUNCTIONP": (1, 1),
    "VECTORP": (1, 1),
    "LISTP": (1, 1),
    "%TAG": (1, 1),
    "%PUTC": (1, 1),
    "%PRINT-INT": (1, 1),
    "%SLEN": (1, 1),
    "%SREF": (2, 2),
    "%SSET": (3, 3),
    "%MAKE-STRING": (1, 1),
    "%VLEN": (1, 1),
    "%VREF": (2, 2),
    "%VSET": (3, 3),
    "%MAKE-VECTOR": (2, 2),
    "%SYMBOL-NAME": (1, 1),
    "%SYMBOL-STYLE": (1, 1),
    "CHAR-CODE": (1, 1),
    "CODE-CHAR": (1, 1),
    "%HALT": (0, 0),
    "%EXIT": (0, 0),
    "%SYMBOL-FUNCTION": (1, 1),
    "%FIXNUMP": (1, 1),
    "%UNBOUNDP": (1, 1),
    "%MAKE-STRUCT": (2, 2),
    "%STRUCT-TYPE": (1, 1),
    "ENDP": (1, 1),
    "ZEROP": (1, 1),
    "%INT-CHAR": (1, 1),
    "%APPLY": (2, 2),
    "%VREF-STRUCT": (2, 2),
    "%STRUCT-SET-RAW": (3, 3),
    "%MAKE-UNINTERNED": (1, 1),
    "%SYMBOL-FUNCTION-OR-ZERO": (1, 1),
    "%GETC": (0, 0),
    "%UNGETC": (1, 1),
    "%SYMTAB": (0, 0),
}
# Type tests that the program calls as prelude functions: the primitive tests one tag only
PROGRAM_TYPE_TESTS = frozenset({"VECTORP", "STRINGP"})
BINARY = {
    "+": "ADD",
    "-": "SUB",
    "*": "MUL",
    "<": "LT",
    ">": "GT",
    "<=": "LE",
    ">=": "GE",
    "=": "NUMEQ",
    "/=": "NUMNE",
    "TRUNCATE": "TRUNC",
    "FLOOR": "FLOOR",
    "MOD": "MOD",
    "REM": "REM",
    "/": "DIVIDE",
}
UNSUPPORTED = {
    "EVAL": "eval of a form at run time is not supported (macros are expanded when the program compiles)",
    "MULTIPLE-VALUE-CALL": "multiple-value-call is not supported (multiple-value-bind is)",
    "MULTIPLE-VALUE-PROG1": "multiple-value-prog1 is not supported (multiple-value-bind is)",
    "INVOKE-RESTART": "restarts (invoke-restart) are not supported",
    "RESTART-CASE": "restarts (restart-case) are not supported",
    "DEFCLASS": "CLOS (defclass) is not supported",
    "DEFMETHOD": "CLOS (defmethod) is not supported",
    "DEFGENERIC": "CLOS (defgeneric) is not supported",
    "MACROLET": "macrolet is not supported",
    "SYMBOL-MACROLET": "symbol-macrolet is not supported",
    "EVAL-WHEN": "eval-when is not supported",
    "LOAD": "load is not supported",
    "DEFPACKAGE": "packages are not supported",
    "IN-PACKAGE": "packages are not supported",
    "MAKE-INSTANCE": "CLOS (make-instance) is not supported",
    "PROGV": "progv is not supported",
    "LOCALLY": "locally is not supported",
    "LOAD-TIME-VALUE": "load-time-value is not supported",
    "THE": None,
    "DEFUN": "defun inside a form is not supported: define functions at top level",
    "DEFMACRO": "defmacro inside a form is not supported: define macros at top level",
    "DEFVAR": "defvar inside a form is not supported: define variables at top level",
    "DEFPARAMETER": "defparameter inside a form is not supported: define variables at top level",
    "DEFSTRUCT": "defstruct inside a form is not supported: define structures at top level",
}


@dataclass
class Program:
    """The checked program: its top-level code as one function, the global functions it uses."""

    toplevel: C.FuncInfo
    functions: dict[Symbol, C.FuncInfo]
    specials: list[Symbol]
    expanded: list[object] = field(default_factory=list)  # for `emit --stage ast`
    structs: dict[Symbol, list[Symbol]] = field(default_factory=dict)
    unwinds: bool = False
    operators: frozenset[Symbol] = frozenset()  # the program's own functions and macros
    body_after: dict[Symbol, int | None] = field(default_factory=dict)  # its macros' (Expander)


def _body_position(params: object) -> int | None:
    """How many parameters precede &body in a macro's lambda list (&optional not counted), as SBCL's
    macro-indentation counts them; None without &body."""
    n = 0
    while isinstance(params, Cons):
        if params.car is S("&body"):
            return n
        if params.car is not S("&optional"):
            n += 1
        params = params.cdr
    return None


@cache
def prelude_forms() -> tuple[object, ...]:
    from compilers.frontends.lisp.lexer import lex
    from compilers.frontends.lisp.parser import parse

    diags = DiagnosticBag()
    forms = parse(lex(PRELUDE.read_text(encoding="utf-8"), "prelude.lisp", diags), diags)
    assert not diags.has_errors, diags.render(None)
    return tuple(forms)


class Expander:
    def __init__(self) -> None:
        self.macros: dict[Symbol, Callable[[object], object]] = {}
        # a macro's arguments before its &body (None: it has none), which SBCL's pretty printer
        # lays out a call by
        self.body_after: dict[Symbol, int | None] = {}
        self.defuns: dict[Symbol, tuple[object, list[object]]] = {}
        self.structs: dict[Symbol, tuple[Symbol, int]] = {}  # accessor -> (struct, slot index)
        self.interp = Interp(self)

    def macroexpand_1(self, form: object, env: Env | None = None) -> tuple[object, bool]:
        if not isinstance(form, Cons) or not isinstance(form.car, Symbol):
            return form, False
        head = form.car
        if env is not None and env.fun(head) is not None:
            return form, False
        user = self.macros.get(head)
        if user is not None:
            out = user(form)
        elif head.name in BUILTIN:
            out = BUILTIN[head.name](form)
        elif head.name == "LOOP":
            out = expand_loop(form)
        elif head.name == "ASSERT":
            out = expand_assert(form, self.macros)
        elif head.name == "SETF":
            out = _setf(form, self.structs)
        elif head.name == "QUASIQUOTE":
            out = quasiquote(args(form, 1, 1, "backquote")[0], form)
        else:
            return form, False
        _spread_span(out, form.span)
        return out, True

    def macroexpand(self, form: object) -> object:
        changed = True
        while changed:
            form, changed = self.macroexpand_1(form)
        return form

    def defmacro(self, form: object) -> None:
        name, params, *body = args(form, 2, None, "defmacro")
        if not isinstance(name, Symbol):
            raise LispError("defmacro: the macro's name must be a symbol", form)
        body = strip_declarations(body, True)
        interp = self.interp
        whole: object = None
        plist = params
        if isinstance(plist, Cons) and plist.car is S("&whole") and isinstance(plist.cdr, Cons):
            whole = plist.cdr.car
            plist = plist.cdr.cdr

        def expand(call: object) -> object:
            env = Env()
            if isinstance(whole, Symbol):
                env.vars[whole] = call
            assert isinstance(call, Cons)
            try:
                bind_lambda_list(plist, call.cdr, env, interp, call)
                return interp.progn(body, env)
            except LispError as exc:
                raise LispError(f"in the expansion of {name.name}: {exc}", call) from None

        self.macros[name] = expand
        self.body_after[name] = _body_position(params)


def _spread_span(form: object, span: Span | None) -> None:
    """Give an expansion's new conses the position of the form they came from."""
    if span is None:
        return
    todo = [form]
    seen = 0
    while todo and seen < 2000:
        x = todo.pop()
        seen += 1
        if isinstance(x, Cons) and x.span is None:
            x.span = span
            todo.extend([x.car, x.cdr])


class Resolver:
    def __init__(self, diags: DiagnosticBag, expander: Expander) -> None:
        self.diags = diags
        self.ex = expander
        self.specials: set[Symbol] = set()
        self.defuns: dict[Symbol, object] = {}  # name -> the defun form
        self.prelude: dict[Symbol, object] = {}
        self.functions: dict[Symbol, C.FuncInfo] = {}
        self.library: set[int] = set()  # ids of the prelude's functions (not the program's)
        self.queue: list[tuple[Symbol, object]] = []
        self.toplevel_forms: list[object] = []
        self.struct_defs: dict[Symbol, list[Symbol]] = {}
        self.unwinds = False  # whether the program uses catch, throw, handler-case or unwind-protect

    # ---- top level -------------------------------------------------------------------------------
    def toplevel(self, form: object, user: bool) -> None:
        form = self.ex.macroexpand(form)
        if not isinstance(form, Cons) or not isinstance(form.car, Symbol):
            if user:
                self.toplevel_forms.append(form)
            return
        head = form.car.name
        if head == "PROGN":
            for sub in proper(form) or []:
                if sub is not form.car:
                    self.toplevel(sub, user)
            return
        if head == "DEFUN":
            name, _params, *_ = args(form, 2, None, "defun")
            if not isinstance(name, Symbol):
                raise LispError("defun: the function's name must be a symbol", form)
            (self.defuns if user else self.prelude)[name] = form
            self.ex.defuns[name] = (proper(form)[2], proper(form)[3:])  # type: ignore[index]
            if user:
                self.toplevel_forms.append(L(S("quote"), name))
            return
        if head == "DEFMACRO":
            self.ex.defmacro(form)
            if user:
                self.toplevel_forms.append(L(S("quote"), proper(form)[1]))  # type: ignore[index]
            return
        if head in ("DEFVAR", "DEFPARAMETER", "DEFCONSTANT"):
            items = args(form, 1, 3, head.lower())
            name = items[0]
            if not isinstance(name, Symbol):
                raise LispError(f"{head.lower()}: the variable's name must be a symbol", form)
            already = name in self.specials
            self.specials.add(name)
            value = items[1] if len(items) > 1 else None
            if value is not None and not (head == "DEFVAR" and already):
                self.toplevel_forms.append(L(S("progn"), L(S("setq"), name, value), L(S("quote"), name)))
            elif user:
                self.toplevel_forms.append(L(S("quote"), name))
            return
        if head == "DEFSTRUCT":
            self.defstruct(form)
            return
        if user:
            self.toplevel_forms.append(form)

    def defstruct(self, form: object) -> None:
        spec, *slots = args(form, 1, None, "defstruct")
        options: list[object] = []
        if isinstance(spec, Cons):
            spec, *options = proper(spec) or [NIL]
        if not isinstance(spec, Symbol):
            raise LispError("defstruct: the structure's name must be a symbol", form)
        names: list[Symbol] = []
        defaults: list[object] = []
        for slot in slots:
            if isinstance(slot, LString):
                continue
            if isinstance(slot, Symbol):
                names.append(slot)
                defaults.append(NIL)
            else:
                parts = proper(slot)
                if not parts or not isinstance(parts[0], Symbol):
                    raise LispError("defstruct: a slot is a name or (name default)", form)
                names.append(parts[0])
                defaults.append(parts[1] if len(parts) > 1 else NIL)
        self.struct_defs[spec] = names
        clauses = [
            L(L(S("eq"), S("type"), L(S("quote"), name)), L(S("quote"), lisp_list(slot_names)))
            for name, slot_names in self.struct_defs.items()
        ]
        self.defuns[S("%struct-slots")] = L(
            S("defun"), S("%struct-slots"), L(S("type")), Cons(S("cond"), lisp_list(clauses))
        )
        opts = _struct_options(spec, options, form)
        keyargs = lisp_list([L(n, d) for n, d in zip(names, defaults, strict=True)])
        obj = S("obj")
        fill = L(S("%fill-struct"), L(S("%make-struct"), L(S("quote"), spec), len(names)), *names)
        out: list[object] = []
        for constructor, lambda_list in opts.constructors:
            if lambda_list is None:
                out.append(L(S("defun"), constructor, Cons(S("&key"), keyargs), fill))
            else:
                params, rest = _boa_lambda_list(lambda_list, dict(zip(names, defaults, strict=True)), form)
                out.append(L(S("defun"), constructor, params, L(S("let*"), lisp_list(rest), fill)))
        if opts.predicate is not None:
            test = L(S("eq"), L(S("%struct-type"), obj), L(S("quote"), spec))
            out.append(L(S("defun"), opts.predicate, L(obj), test))
        if opts.copier is not None:
            out.append(L(S("defun"), opts.copier, L(obj), L(S("%copy-struct"), obj)))
        for i, slot_name in enumerate(names):
            accessor = Symbol.of(opts.conc_name + slot_name.name)
            self.ex.structs[accessor] = (spec, i)
            out.append(L(S("defun"), accessor, L(obj), L(S("%struct-ref"), obj, L(S("quote"), spec), i)))
        for item in out:
            self.toplevel(item, True)
        self.toplevel_forms.append(L(S("quote"), spec))

    def error(self, exc: LispError, fallback: Span | None) -> None:
        span = exc.form.span if isinstance(exc.form, Cons) and exc.form.span is not None else fallback
        assert span is not None
        self.diags.error("lisp", str(exc), span)

    # ---- functions -------------------------------------------------------------------------------
    def global_function(self, name: Symbol) -> C.FuncInfo | None:
        if name in self.functions:
            return self.functions[name]
        form = self.defuns.get(name) or self.prelude.get(name)
        if form is None:
            return None
        fn = C.FuncInfo(name.name, None, span=form.span)  # type: ignore[attr-defined]
        self.functions[name] = fn
        if name not in self.defuns:
            self.library.add(id(fn))
        self.queue.append((name, form))
        return fn

    def finish_queue(self) -> None:
        while self.queue:
            name, form = self.queue.pop()
            fn = self.functions[name]
            items = proper(form) or []
            try:
                self.function_body(fn, items[2], items[3:], Scope(None, fn), form, block_name=name)
            except LispError as exc:
                self.error(exc, form.span)  # type: ignore[attr-defined]

    def function_body(
        self,
        fn: C.FuncInfo,
        params: object,
        body: list[object],
        outer: Scope,
        form: object,
        block_name: Symbol | None,
    ) -> None:
        scope = Scope(outer, fn)
        plist = proper(params)
        if plist is None:
            raise LispError("the lambda list must be a proper list", form)
        mode = "req"
        for item in plist:
            if item in LAMBDA_KEYWORDS:
                assert isinstance(item, Symbol)
                if item.name in ("&WHOLE", "&ENVIRONMENT", "&AUX"):
                    raise LispError(f"{item.name.lower()} in a function's lambda list is not supported", form)
                if item.name == "&ALLOW-OTHER-KEYS":
                    fn.allow_other_keys = True
                    continue
                mode = "&REST" if item.name == "&BODY" else item.name
                continue
            if mode == "req":
                fn.required.append(scope.bind(self._param_name(item, form), fn))
            elif mode == "&OPTIONAL":
                var_name, default, svar = self._param_default(item, form)
                init = self.expr(default, scope, form)
                var = scope.bind(var_name, fn)
                fn.optional.append((var, init, scope.bind(svar, fn) if svar else None))
            elif mode == "&REST":
                if fn.rest is not None:
                    raise LispError("only one &rest parameter", form)
                fn.rest = scope.bind(self._param_name(item, form), fn)
            elif mode == "&KEY":
                var_name, default, svar = self._param_default(item, form)
                init = self.expr(default, scope, form)
                var = scope.bind(var_name, fn)
                fn.keys.append(
                    (Symbol.of(":" + var_name.name), var, init, scope.bind(svar, fn) if svar else None)
                )
        if fn.keys and not fn.allow_other_keys:
            self.global_function(Symbol.of("%CHECK-KEYS"))  # lower.py's check of the keys given
        body = strip_declarations(body, True)
        if block_name is not None:
            block = C.Block(func=fn)
            inner = Scope(scope, fn)
            inner.blocks[block_name] = block
            block.body = self.body(body, inner, form)
            fn.body = block
        else:
            fn.body = self.body(body, scope, form)

    def _param_name(self, item: object, form: object) -> Symbol:
        if not isinstance(item, Symbol) or item in (NIL, T) or item.keyword:
            raise LispError(f"{write(item, True)} cannot be a parameter", form)
        return item

    def _param_default(self, item: object, form: object) -> tuple[Symbol, object, Symbol | None]:
        if isinstance(item, Cons):
            parts = proper(item) or []
            if not parts or len(parts) > 3:
                raise LispError(f"bad parameter {write(item, True)}", form)
            svar = self._param_name(parts[2], form) if len(parts) > 2 else None
            return self._param_name(parts[0], form), parts[1] if len(parts) > 1 else NIL, svar
        return self._param_name(item, form), NIL, None

    # ---- expressions -----------------------------------------------------------------------------
    def body(self, forms: list[object], scope: Scope, form: object) -> C.Node:
        nodes = [self.expr(f, scope, form) for f in forms]
        if not nodes:
            return C.Const(NIL)
        return nodes[0] if len(nodes) == 1 else C.Progn(nodes)

    def expr(self, form: object, scope: Scope, parent: object) -> C.Node:
        try:
            return self._expr(form, scope, parent)
        except LispError as exc:
            if exc.form is None:
                exc.form = form if isinstance(form, Cons) and form.span else parent
            raise

    def _expr(self, form: object, scope: Scope, parent: object) -> C.Node:
        if isinstance(form, Symbol):
            if form is NIL or form is T or form.keyword:
                return C.Const(form)
            var = scope.lookup(form)
            if var is not None:
                self.note_use(var, scope.func)
                return C.Ref(var)
            if form in self.specials:
                return C.GRef(form, _span(parent))
            return C.Call(S("%unbound-variable"), [C.Const(form)], _span(parent))
        if not isinstance(form, Cons):
            return C.Const(form)
        expanded, changed = self.ex.macroexpand_1(form, scope.as_env())
        if changed:
            return self.expr(expanded, scope, form)
        items = proper(form)
        if items is None:
            raise LispError("a form must be a proper list", form)
        head = items[0]
        if isinstance(head, Cons) and head.car is S("lambda"):
            return C.FCall(
                self.expr(head, scope, form), [self.expr(a, scope, form) for a in items[1:]], form.span
            )
        if not isinstance(head, Symbol):
            raise LispError(f"{write(head, True)} is not a function name", form)
        special = getattr(self, "sf_" + head.name.replace("-", "_").replace("*", "STAR"), None)
        if special is not None and head.name in SPECIAL_FORMS:
            result: C.Node = special(items, scope, form)
            return result
        if head.name in UNSUPPORTED and scope.function(head) is None and head not in self.defuns:
            message = UNSUPPORTED[head.name]
            if message is None:
                if len(items) != 3:
                    raise LispError("the takes a type and a form: (the type form)", form)
                return self.expr(items[2], scope, form)  # (the type x) is x
            raise LispError(message, form)
        if head.name in MACROEXPANDERS and scope.function(head) is None and head not in self.defuns:
            return self.expr(self.macroexpand_constant(head, items, form), scope, form)
        return self.call(head, items[1:], scope, form)

    def macroexpand_constant(self, head: Symbol, items: list[object], form: object) -> object:
        """(macroexpand-1 'form) or (macroexpand 'form), done now: the program's macros are expanded
        by their own code, as SBCL expands them; a standard macro's expansion is SBCL's own code, so
        expanding one is refused rather than answered differently."""
        quoted = proper(items[1]) if len(items) == 2 else None
        constant = len(items) == 2 and not isinstance(items[1], (Cons, Symbol))  # a number, a string...
        if not constant and (not quoted or quoted[0] is not S("quote") or len(quoted) != 2):
            raise LispError(f"{head.name.lower()} is supported only of a quoted form", form)
        target, expanded = items[1] if constant else quoted[1], False  # type: ignore[index]
        while isinstance(target, Cons) and isinstance(target.car, Symbol):
            user = self.ex.macros.get(target.car)
            if user is None:
                if target.car.name in STANDARD_MACROS or self.ex.macroexpand_1(target)[1]:
                    what = f"{head.name.lower()} of the standard macro {target.car.name.lower()}"
                    raise LispError(f"{what} is not supported", form)
                break
            target, expanded = user(target), True
            if head.name == "MACROEXPAND-1":
                break
        return L(S("values"), L(S("quote"), target), T if expanded else NIL)

    def call(self, head: Symbol, arg_forms: list[object], scope: Scope, form: object) -> C.Node:
        span = _span(form)
        local = scope.function(head)
        control = arg_forms[1] if head.name == "FORMAT" and len(arg_forms) > 1 else None
        if local is None and head not in self.defuns and isinstance(control, LString):
            _check_format_control("".join(control.chars), form)
        argv = [self.expr(a, scope, form) for a in arg_forms]
        if local is not None:
            var, fn = local
            self.note_use(var, scope.func)
            return C.LCall(var, fn, argv, span)
        if head in self.defuns:
            self.global_function(head)
            return C.Call(head, argv, span)
        name = head.name
        if name in ("FUNCALL",):
            if not argv:
                raise LispError("funcall needs a function", form)
            return C.FCall(argv[0], argv[1:], span)
        if name in ("LIST",):
            return C.Prim("LIST", argv, span)
        if name == "LIST*" and argv:
            return C.Prim("LIST*", argv, span)
        if name in BINARY and (len(argv) == 2 or (name in "+*-" and len(argv) != 0)):
            if len(argv) == 1:
                if name == "-":
                    return C.Prim("SUB", [C.Const(0), argv[0]], span)
                return C.Prim(
                    "ADD" if name == "+" else "MUL", [C.Const(0 if name == "+" else 1), argv[0]], span
                )
            node = C.Prim(BINARY[name], argv[:2], span)
            for extra in argv[2:]:
                node = C.Prim(BINARY[name], [node, extra], span)
            return node
        if name in ("+", "*") and not argv:
            return C.Const(0 if name == "+" else 1)
        if name in PROGRAM_TYPE_TESTS and not self.in_library(scope):
            # the program's vectorp and stringp (prelude.lisp) also accept strings and array headers
            self.global_function(head)
            return C.Call(head, argv, span)
        if name == "AREF" and len(argv) == 2:
            # one index, the common case: the prelude's %aref1, which does not pay for the &optional and
            # &rest parameters that aref takes for arrays of other ranks
            self.global_function(S("%aref1"))
            return C.Call(S("%aref1"), argv, span)
        if name in PRIMS and PRIMS[name][0] <= len(argv) <= PRIMS[name][1]:
            return C.Prim(name, argv, span)
        if name in ("CADR", "SECOND") and len(argv) == 1:
            return C.Prim("CAR", [C.Prim("CDR", argv, span)], span)
        if name == "CDDR" and len(argv) == 1:
            return C.Prim("CDR", [C.Prim("CDR", argv, span)], span)
        if name == "CAAR" and len(argv) == 1:
            return C.Prim("CAR", [C.Prim("CAR", argv, span)], span)
        if name == "CDAR" and len(argv) == 1:
            return C.Prim("CDR", [C.Prim("CAR", argv, span)], span)
        if name in ("CADDR", "THIRD") and len(argv) == 1:
            return C.Prim("CAR", [C.Prim("CDR", [C.Prim("CDR", argv, span)], span)], span)
        if self.global_function(head) is not None:
            self.check_prelude_keys(head, arg_forms, form)
            return C.Call(head, argv, span)
        return self.undefined_function(head, form)

    def undefined_function(self, name: Symbol, form: object) -> C.Node:
        """A function the program and the prelude do not define: a standard one this subset does not
        implement is a diagnostic (SBCL has it); any other name is SBCL's run-time undefined-function
        error, when the call is reached."""
        if name.name in SBCL_FBOUND:
            kind = "macro" if name.name in SBCL_MACROS else "function"
            raise LispError(f"the standard {kind} {name.name.lower()} is not supported", form)
        return C.Call(S("%undefined-function"), [C.Const(name)], _span(form))

    def in_library(self, scope: Scope) -> bool:
        """Whether the code being resolved belongs to the prelude, whose vectorp and stringp are the
        representation's tests (lower.py, TYPE_TESTS)."""
        fn = scope.func
        while fn.parent is not None:
            fn = fn.parent
        return id(fn) in self.library

    def check_prelude_keys(self, head: Symbol, arg_forms: list[object], form: object) -> None:
        """A keyword the standard function takes but this subset's does not (`(remove x xs :count 1)`) is a
        diagnostic: at run time it would be SBCL's unknown-key error, for a call SBCL runs."""
        definition = proper(self.prelude[head]) or []  # (defun name lambda-list . body)
        params = proper(definition[2]) or [] if len(definition) > 2 else []
        if S("&key") not in params or S("&allow-other-keys") in params or S("&rest") in params:
            return
        marker = params.index(S("&key"))
        positional = [p for p in params[:marker] if p is not S("&optional")]
        known: set[Symbol] = set()
        for param in params[marker + 1 :]:
            name = param if isinstance(param, Symbol) else (proper(param) or [None])[0]
            if isinstance(name, Symbol):
                known.add(Symbol.of(":" + name.name))
        for key in arg_forms[len(positional) :: 2]:
            if isinstance(key, Symbol) and key.keyword and key not in known:
                taken = " ".join(sorted(k.name.lower() for k in known))
                raise LispError(
                    f"{head.name.lower()}'s keyword argument {key.name.lower()} is not supported "
                    f"(this subset's {head.name.lower()} takes {taken})",
                    form,
                )

    def note_use(self, var: C.Var, func: C.FuncInfo) -> None:
        fn: C.FuncInfo | None = func
        while fn is not None and fn is not var.func:
            var.captured = True
            if var not in fn.free:
                fn.free.append(var)
            fn = fn.parent

    # ---- special forms ---------------------------------------------------------------------------
    def sf_CATCH(self, items: list[object], scope: Scope, form: object) -> C.Node:
        args(form, 1, None, "catch")
        self.unwinds = True
        return C.Catch(self.expr(items[1], scope, form), self.body(items[2:], scope, form))

    def sf_THROW(self, items: list[object], scope: Scope, form: object) -> C.Node:
        args(form, 2, 2, "throw")
        self.unwinds = True
        return C.Throw(self.expr(items[1], scope, form), self.expr(items[2], scope, form))

    def sf_UNWIND_PROTECT(self, items: list[object], scope: Scope, form: object) -> C.Node:
        args(form, 1, None, "unwind-protect")
        self.unwinds = True
        return C.UnwindProtect(self.expr(items[1], scope, form), self.body(items[2:], scope, form))

    def sf_IGNORE_ERRORS(self, items: list[object], scope: Scope, form: object) -> C.Node:
        # on an error: NIL and the condition, as (handler-case (progn ...) (error (c) (values nil c)))
        c = gensym("C")
        handled = L(
            S("handler-case"),
            Cons(S("progn"), lisp_list(items[1:])),
            L(S("error"), L(c), L(S("values"), NIL, c)),
        )
        return self.sf_HANDLER_CASE(proper(handled) or [], scope, handled)

    def sf_HANDLER_CASE(self, items: list[object], scope: Scope, form: object) -> C.Node:
        args(form, 1, None, "handler-case")
        self.unwinds = True
        body = self.expr(items[1], scope, form)
        clauses: list[tuple[Symbol, C.Var | None, C.Node]] = []
        for clause in items[2:]:
            parts = proper(clause)
            if not parts or len(parts) < 2 or not isinstance(parts[0], Symbol):
                raise LispError("handler-case: each clause is (type ([var]) body...)", form)
            if parts[0].name == ":NO-ERROR":
                raise LispError("handler-case: :no-error clauses are not supported", form)
            params = proper(parts[1])
            if params is None or len(params) > 1 or (params and not isinstance(params[0], Symbol)):
                raise LispError("handler-case: a clause's variable list is () or (var)", form)
            inner = Scope(scope, scope.func)
            var = inner.bind(params[0], scope.func) if params else None  # type: ignore[arg-type]
            clauses.append((parts[0], var, self.body(strip_declarations(parts[2:], False), inner, form)))
        return C.HandlerCase(body, clauses)

    def sf_QUOTE(self, items: list[object], scope: Scope, form: object) -> C.Node:
        args(form, 1, 1, "quote")
        return C.Const(items[1])

    def sf_IF(self, items: list[object], scope: Scope, form: object) -> C.Node:
        args(form, 2, 3, "if")
        return C.If(
            self.expr(items[1], scope, form),
            self.expr(items[2], scope, form),
            self.expr(items[3], scope, form) if len(items) > 3 else C.Const(NIL),
        )

    def sf_PROGN(self, items: list[object], scope: Scope, form: object) -> C.Node:
        return self.body(items[1:], scope, form)

    def sf_SETQ(self, items: list[object], scope: Scope, form: object) -> C.Node:
        if len(items) % 2 == 0:
            raise LispError("setq: an odd number of arguments", form)
        out: list[C.Node] = []
        for name, value_form in zip(items[1::2], items[2::2], strict=True):
            if not isinstance(name, Symbol) or name in (NIL, T) or name.keyword:
                raise LispError(f"setq: {write(name, True)} is not a variable", form)
            value = self.expr(value_form, scope, form)
            var = scope.lookup(name)
            if var is not None:
                self.note_use(var, scope.func)
                var.assigned = True
                out.append(C.SetQ(var, value))
            else:
                self.specials.add(name)
                out.append(C.GSet(name, value))
        return out[0] if len(out) == 1 else C.Progn(out) if out else C.Const(NIL)

    def sf_LET(self, items: list[object], scope: Scope, form: object) -> C.Node:
        if len(items) < 2:
            raise LispError("let needs a list of bindings", form)
        pairs: list[tuple[Symbol, C.Node]] = []
        for binding in proper(items[1]) or ([] if items[1] is NIL else None) or []:
            if isinstance(binding, Symbol):
                pairs.append((binding, C.Const(NIL)))
                continue
            parts = proper(binding)
            if not parts or len(parts) > 2 or not isinstance(parts[0], Symbol):
                raise LispError(f"let: bad binding {write(binding, True)}", form)
            pairs.append((parts[0], self.expr(parts[1], scope, form) if len(parts) > 1 else C.Const(NIL)))
        inner = Scope(scope, scope.func)
        bindings: list[tuple[C.Var, C.Node]] = []
        dynamic: list[tuple[Symbol, C.Node]] = []
        for name, value in pairs:
            if name in (NIL, T) or name.keyword:
                raise LispError(f"let: {name.name} cannot be bound", form)
            if name in self.specials:
                dynamic.append((name, value))
            else:
                bindings.append((inner.bind(name, scope.func), value))
        body = self.body(strip_declarations(items[2:], False), inner, form)
        for name, value in reversed(dynamic):
            saved = C.Var(Symbol.of("SAVED-" + name.name), scope.func)
            body = C.DynLet(name, value, saved, body)
        return C.Let(bindings, body) if bindings else body

    def sf_FUNCTION(self, items: list[object], scope: Scope, form: object) -> C.Node:
        args(form, 1, 1, "function")
        target = items[1]
        if isinstance(target, Cons) and target.car is S("lambda"):
            return self.lambda_(target, scope, form, "LAMBDA")
        if not isinstance(target, Symbol):
            raise LispError(f"function: {write(target, True)} is not a function name", form)
        local = scope.function(target)
        if local is not None:
            self.note_use(local[0], scope.func)
            return C.Ref(local[0])
        if self.global_function(target) is not None:
            return C.Prim("%FUNCTION", [C.Const(target)], _span(form))
        return self.undefined_function(target, form)

    def sf_LAMBDA(self, items: list[object], scope: Scope, form: object) -> C.Node:
        return self.lambda_(form, scope, form, "LAMBDA")

    def lambda_(self, lam: object, scope: Scope, form: object, name: str) -> C.Node:
        parts = proper(lam) or []
        if len(parts) < 2:
            raise LispError("lambda needs a parameter list", form)
        fn = C.FuncInfo(name, scope.func, span=_span(form))
        self.function_body(fn, parts[1], parts[2:], scope, form, block_name=None)
        return C.Lambda(fn)

    def sf_FLET(self, items: list[object], scope: Scope, form: object) -> C.Node:
        return self.local_functions(items, scope, form, recursive=False)

    def sf_LABELS(self, items: list[object], scope: Scope, form: object) -> C.Node:
        return self.local_functions(items, scope, form, recursive=True)

    def local_functions(self, items: list[object], scope: Scope, form: object, recursive: bool) -> C.Node:
        what = "labels" if recursive else "flet"
        if len(items) < 2:
            raise LispError(f"{what} needs a list of definitions", form)
        inner = Scope(scope, scope.func)
        defs: list[tuple[C.Var, C.FuncInfo, list[object]]] = []
        for definition in proper(items[1]) or []:
            parts = proper(definition)
            if not parts or len(parts) < 2 or not isinstance(parts[0], Symbol):
                raise LispError(f"{what}: each definition is (name (params...) body...)", form)
            fn = C.FuncInfo(parts[0].name, scope.func, span=_span(form))
            var = C.Var(parts[0], scope.func)
            inner.funs[parts[0]] = (var, fn)
            defs.append((var, fn, parts))
        for var, fn, parts in defs:
            outer = inner if recursive else scope
            self.function_body(fn, parts[1], parts[2:], outer, form, block_name=var.name)
        body = self.body(strip_declarations(items[2:], False), inner, form)
        return C.Labels([(var, fn) for var, fn, _ in defs], body)

    def sf_BLOCK(self, items: list[object], scope: Scope, form: object) -> C.Node:
        if len(items) < 2 or not isinstance(items[1], Symbol):
            raise LispError("block needs a name", form)
        block = C.Block(func=scope.func)
        inner = Scope(scope, scope.func)
        inner.blocks[items[1]] = block
        block.body = self.body(items[2:], inner, form)
        return block

    def sf_RETURN_FROM(self, items: list[object], scope: Scope, form: object) -> C.Node:
        args(form, 1, 2, "return-from")
        block = scope.block(items[1])
        if block is None:
            raise LispError(f"return-from {write(items[1], True)}: there is no block of that name here", form)
        if block.func is not scope.func:
            raise LispError(
                f"return-from {write(items[1], True)} out of a function inside the block is not supported",
                form,
            )
        value = self.expr(items[2], scope, form) if len(items) > 2 else C.Const(NIL)
        return C.ReturnFrom(block, value)

    def sf_TAGBODY(self, items: list[object], scope: Scope, form: object) -> C.Node:
        tagbody = C.Tagbody([], func=scope.func)
        inner = Scope(scope, scope.func)
        labels: dict[object, str] = {}
        for item in items[1:]:
            if isinstance(item, (Symbol, int)):
                labels[item] = f"tag{len(labels)}"
                inner.tags[item] = (tagbody, labels[item])
        for item in items[1:]:
            if isinstance(item, (Symbol, int)):
                tagbody.items.append(labels[item])
            else:
                tagbody.items.append(self.expr(item, inner, form))
        return tagbody

    def sf_GO(self, items: list[object], scope: Scope, form: object) -> C.Node:
        args(form, 1, 1, "go")
        target = scope.tag(items[1])
        if target is None:
            raise LispError(f"go {write(items[1], True)}: there is no tag of that name here", form)
        if target[0].func is not scope.func:
            raise LispError("go out of a function inside the tagbody is not supported", form)
        return C.Go(target[0], target[1])


MACROEXPANDERS = ("MACROEXPAND-1", "MACROEXPAND")
# Common Lisp macros this front end treats as special forms or top-level forms
STANDARD_MACROS = frozenset(
    {"HANDLER-CASE", "IGNORE-ERRORS", "LAMBDA", "DEFUN", "DEFMACRO", "DEFVAR", "DEFPARAMETER"}
    | {"DEFCONSTANT", "DEFSTRUCT", "DEFINE-CONDITION", "HANDLER-BIND", "ASSERT", "CHECK-TYPE"}
)
SPECIAL_FORMS = frozenset(
    {
        "CATCH",
        "THROW",
        "UNWIND-PROTECT",
        "HANDLER-CASE",
        "IGNORE-ERRORS",
        "QUOTE",
        "IF",
        "PROGN",
        "SETQ",
        "LET",
        "FUNCTION",
        "LAMBDA",
        "FLET",
        "LABELS",
        "BLOCK",
        "RETURN-FROM",
        "TAGBODY",
        "GO",
    }
)


# The directives prelude.lisp's %format writes (after the ~, its parameters and its : and @)
FORMAT_DIRECTIVES = frozenset("ASDBOXCRP%&~^()[];{}T*?\n")


def _check_format_control(control: str, form: object) -> None:
    """A constant format string's directives, checked when the program compiles (at run time an
    unknown one would stop the run after part of the output)."""
    i = 0
    while i < len(control):
        if control[i] != "~":
            i += 1
            continue
        i += 1
        while i < len(control) and (control[i] in "0123456789,vV#+-'" or control[i] in ":@"):
            i += 2 if control[i] == "'" else 1
        if i >= len(control):
            raise LispError("format: the control string ends in ~", form)
        d = control[i].upper()
        if d not in FORMAT_DIRECTIVES:
            floating = " (floating-point numbers are not supported)" if d in "FEG$" else ""
            raise LispError(f"format: the directive ~{control[i]} is not supported{floating}", form)
        i += 1


@dataclass
class StructOptions:
    conc_name: str
    constructors: list[tuple[Symbol, object | None]]  # a lambda list: a "BOA" constructor
    predicate: Symbol | None
    copier: Symbol | None


def _struct_options(name: Symbol, options: list[object], form: object) -> StructOptions:
    """defstruct's name options (:conc-name, :constructor, :predicate, :copier), each as CL defaults it."""
    conc_name = name.name + "-"
    constructors: list[tuple[Symbol, object | None]] = []
    default_constructor = True
    predicate: Symbol | None = Symbol.of(name.name + "-P")
    copier: Symbol | None = Symbol.of("COPY-" + name.name)
    for option in options:
        items = (proper(option) if isinstance(option, Cons) else None) or [option]
        key = items[0]
        value = items[1] if len(items) > 1 else NIL
        given = len(items) > 1
        if key is S(":conc-name"):
            conc_name = value.name if isinstance(value, Symbol) and value is not NIL else ""
            if isinstance(value, LString):
                conc_name = "".join(value.chars)
        elif key is S(":constructor"):
            default_constructor = False
            if given and value is not NIL:
                if not isinstance(value, Symbol):
                    raise LispError("defstruct: a constructor's name must be a symbol", form)
                constructors.append((value, items[2] if len(items) > 2 else None))
            elif not given:
                default_constructor = True
        elif key is S(":predicate") and given:
            predicate = value if isinstance(value, Symbol) and value is not NIL else None
        elif key is S(":copier") and given:
            copier = value if isinstance(value, Symbol) and value is not NIL else None
        elif key in (S(":predicate"), S(":copier")):
            pass  # the default name
        else:
            shown = key.name.lower() if isinstance(key, Symbol) else write(key, True)
            raise LispError(f"defstruct: the option {shown} is not supported", form)
    if default_constructor:
        constructors.insert(0, (Symbol.of("MAKE-" + name.name), None))
    return StructOptions(conc_name, constructors, predicate, copier)


def _boa_lambda_list(
    lambda_list: object, defaults: dict[Symbol, object], form: object
) -> tuple[object, list[object]]:
    """A constructor's own lambda list: an optional or key parameter without a default takes its slot's
    default, and the slots it does not name are bound to theirs (returned as let* bindings)."""
    items = proper(lambda_list)
    if items is None:
        raise LispError("defstruct: a constructor's lambda list must be a list", form)
    params: list[object] = []
    named: set[object] = set()
    mode = "required"
    for item in items:
        if isinstance(item, Symbol) and item.name.startswith("&"):
            mode = item.name
            params.append(item)
            continue
        var = item.car if isinstance(item, Cons) else item
        named.add(var)
        if mode in ("&OPTIONAL", "&KEY") and isinstance(item, Symbol) and item in defaults:
            item = L(item, defaults[item])
        params.append(item)
    rest = [L(slot, default) for slot, default in defaults.items() if slot not in named]
    return lisp_list(params), rest


def _span(form: object) -> Span | None:
    return form.span if isinstance(form, Cons) else None


class Scope:
    def __init__(self, parent: Scope | None, func: C.FuncInfo) -> None:
        self.parent = parent
        self.func = func
        self.vars: dict[Symbol, C.Var] = {}
        self.funs: dict[Symbol, tuple[C.Var, C.FuncInfo]] = {}
        self.blocks: dict[object, C.Block] = {}
        self.tags: dict[object, tuple[C.Tagbody, str]] = {}

    def bind(self, name: Symbol, func: C.FuncInfo) -> C.Var:
        var = C.Var(name, func)
        self.vars[name] = var
        return var

    def _find(self, attr: str, key: object) -> object:
        scope: Scope | None = self
        while scope is not None:
            table = getattr(scope, attr)
            if key in table:
                return table[key]
            scope = scope.parent
        return None

    def lookup(self, name: Symbol) -> C.Var | None:
        return self._find("vars", name)  # type: ignore[return-value]

    def function(self, name: Symbol) -> tuple[C.Var, C.FuncInfo] | None:
        return self._find("funs", name)  # type: ignore[return-value]

    def block(self, name: object) -> C.Block | None:
        return self._find("blocks", name)  # type: ignore[return-value]

    def tag(self, name: object) -> tuple[C.Tagbody, str] | None:
        return self._find("tags", name)  # type: ignore[return-value]

    def as_env(self) -> Env | None:
        """The local functions in scope, which shadow macros of the same name."""
        env = Env()
        scope: Scope | None = self
        while scope is not None:
            for name in scope.funs:
                env.funs.setdefault(name, lambda *a: NIL)
            scope = scope.parent
        return env if env.funs else None


ALWAYS = (
    "%UNCAUGHT",
    "%CONDITION-MATCHES",
    "%TYPE-ERROR",
    "%ARGC-ERROR",
    "%RAISE-ERROR",
    "%UNBOUND-VARIABLE",
    "%UNDEFINED-FUNCTION",
)


# A call of floor, ceiling, truncate, round or gethash gives two values, as in Common Lisp: in a program
# that reads multiple values (macros.py's forms call %mv-collect), such a call becomes its two-valued
# version where its value is the value read (the form of multiple-value-bind, multiple-value-list,
# nth-value...) and where it is the value of a function of the program (its tail), through if, let,
# block, catch, handler-case and unwind-protect. The prelude's own functions keep one value.
TAIL_TWO_VALUES = {
    "FLOOR": "%FLOOR2",
    "TRUNC": "%TRUNCATE2",
    "TRUNCATE": "%TRUNCATE2",
    "GETHASH": "%GETHASH2",
    "CEILING": "%CEILING2",
    "ROUND": "%ROUND2",
}


def _two_valued_tails(resolver: Resolver, top: C.FuncInfo) -> None:
    if Symbol.of("%MV-COLLECT") not in resolver.functions:
        return
    functions = [resolver.functions[name] for name in resolver.defuns if name in resolver.functions]
    functions += [inner for fn in [top, *functions] for inner in _nested_functions(fn)]
    for fn in functions:
        if fn.body is not None:
            fn.body = _two_valued_tail(fn.body, resolver)
    for fn in [top, *functions]:
        for node in _nodes(fn):
            if isinstance(node, C.Call) and node.name.name == "%MV-COLLECT":
                node.args[0] = _two_valued_tail(node.args[0], resolver, single=True)
            elif isinstance(node, (C.Throw, C.ReturnFrom)):  # lower.py says when their value is one value
                node.value = _two_valued_tail(node.value, resolver)
    resolver.finish_queue()


def _nested_functions(fn: C.FuncInfo) -> list[C.FuncInfo]:
    """The lambdas and local functions written inside fn, at any depth."""
    return [item for item in _walk(fn) if isinstance(item, C.FuncInfo)]


def _nodes(fn: C.FuncInfo) -> list[C.Node]:
    """The nodes of fn's code, outside the functions written inside it."""
    return [item for item in _walk(fn, into_functions=False) if isinstance(item, C.Node)]


def _walk(fn: C.FuncInfo, into_functions: bool = True) -> list[object]:
    found: list[object] = []
    seen: set[int] = {id(fn)}  # a block points back to its function, a return-from to its block
    pending: list[object] = [fn.body, *(init for _, init, _ in fn.optional), *(k[2] for k in fn.keys)]
    while pending:
        item = pending.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        found.append(item)
        if isinstance(item, C.FuncInfo):
            if into_functions:
                pending.append(item.body)
                pending.extend(init for _, init, _ in item.optional)
                pending.extend(k[2] for k in item.keys)
        elif isinstance(item, C.Node):
            pending.extend(vars(item).values())
        elif isinstance(item, (list, tuple)):
            pending.extend(item)
    return found


def _two_valued_tail(node: C.Node, resolver: Resolver, single: bool = False) -> C.Node:
    """node with a floor, truncate or gethash call in its tail position made two-valued (as lower.tail
    and core.carries_values follow tail positions); with single, a value no call gives (a constant, a
    variable, an inline primitive) goes through %one-value, whose return says it is one value."""

    def inner(n: C.Node) -> C.Node:
        return _two_valued_tail(n, resolver, single)

    if isinstance(node, C.If):
        node.then, node.else_ = inner(node.then), inner(node.else_)
    elif isinstance(node, C.Progn) and node.forms:
        node.forms[-1] = inner(node.forms[-1])
    elif (
        isinstance(node, (C.Let, C.DynLet, C.Labels, C.Block, C.Catch, C.UnwindProtect))
        and node.body is not None
    ):
        node.body = inner(node.body)
    elif isinstance(node, C.HandlerCase):
        node.body = inner(node.body)
        node.clauses = [(kind, var, inner(body)) for kind, var, body in node.clauses]
    elif isinstance(node, C.Prim) and node.op in ("FLOOR", "TRUNC") and len(node.args) == 2:
        return _call_of(TAIL_TWO_VALUES[node.op], node.args, node.span, resolver)
    elif isinstance(node, C.Call) and node.name.name in TAIL_TWO_VALUES and node.name not in resolver.defuns:
        return _call_of(TAIL_TWO_VALUES[node.name.name], node.args, node.span, resolver)
    elif single and not C.carries_values(node):
        return _call_of("%ONE-VALUE", [node], None, resolver)
    return node


def _call_of(name: str, args: list[C.Node], span: Span | None, resolver: Resolver) -> C.Node:
    target = Symbol.of(name)
    resolver.global_function(target)
    return C.Call(target, args, span)


def check(forms: list[object], diags: DiagnosticBag) -> Program | None:
    expander = Expander()
    resolver = Resolver(diags, expander)
    for form in prelude_forms():
        resolver.toplevel(form, user=False)
    for form in forms:
        try:
            resolver.toplevel(form, user=True)
        except LispError as exc:
            resolver.error(exc, _span(form) or Span.point("", 1, 1))
    if diags.has_errors:
        return None
    top = C.FuncInfo("TOPLEVEL", None)
    scope = Scope(None, top)
    nodes: list[C.Node] = []
    for form in resolver.toplevel_forms:
        try:
            nodes.append(resolver.expr(form, scope, form))
        except LispError as exc:
            resolver.error(exc, _span(form) or Span.point("", 1, 1))
    top.body = C.Progn(nodes) if nodes else C.Const(NIL)
    for always in ALWAYS:
        resolver.global_function(Symbol.of(always))
    for name in list(resolver.defuns):
        resolver.global_function(name)  # a defun nobody calls is still compiled (and checked)
    resolver.finish_queue()
    _two_valued_tails(resolver, top)
    if diags.has_errors:
        return None
    return Program(
        top,
        resolver.functions,
        sorted(resolver.specials, key=lambda s: s.name),
        resolver.toplevel_forms,
        resolver.struct_defs,
        resolver.unwinds,
        frozenset(resolver.defuns) | frozenset(expander.macros),
        expander.body_after,
    )


__all__ = ["Char", "Program", "check", "sym"]
