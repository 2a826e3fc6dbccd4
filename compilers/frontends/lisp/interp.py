"""The compile-time evaluator: runs the bodies of `defmacro`s (and the functions they call) on forms, as
SBCL does while it loads a file. It evaluates the special forms after macro expansion, with a library of
list, symbol and arithmetic functions; anything else it meets is a diagnostic at the macro's use."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable
from typing import TYPE_CHECKING

from compilers.frontends.lisp.ast import (
    NIL,
    Char,
    Cons,
    LString,
    Symbol,
    T,
    is_list,
    lisp_list,
    proper,
    sym,
    write,
)
from compilers.frontends.lisp.macros import LAMBDA_KEYWORDS, LispError, gensym, strip_declarations

if TYPE_CHECKING:
    from compilers.frontends.lisp.check import Expander

Fn = Callable[..., object]
STEP_LIMIT = 2_000_000  # a macro that loops for ever is stopped, not the compiler
# A macro's integers. SBCL's are bounded only by its heap; a million bits (301,030 digits) is far past
# what a macro computes for a program, and a product of two such numbers is still quick, so a macro that
# squares a number in a loop is stopped here, at once, instead of inside one multiplication that no time
# limit can interrupt.
MAX_INTEGER_BITS = 1_000_000


class _Return(Exception):
    def __init__(self, tag: object, value: object) -> None:
        self.tag, self.value = tag, value


class _Go(Exception):
    def __init__(self, tag: object) -> None:
        self.tag = tag


class Env:
    __slots__ = ("funs", "parent", "vars")

    def __init__(self, parent: Env | None = None) -> None:
        self.vars: dict[Symbol, object] = {}
        self.funs: dict[Symbol, Fn] = {}
        self.parent = parent

    def find(self, name: Symbol) -> Env | None:
        env: Env | None = self
        while env is not None:
            if name in env.vars:
                return env
            env = env.parent
        return None

    def fun(self, name: Symbol) -> Fn | None:
        env: Env | None = self
        while env is not None:
            if name in env.funs:
                return env.funs[name]
            env = env.parent
        return None


def truthy(x: object) -> bool:
    return x is not NIL


def boolean(x: bool) -> object:
    return T if x else NIL


def bind_lambda_list(params: object, values: object, env: Env, interp: Interp, form: object) -> None:
    """Destructure values (a LISP list) by the lambda list params into env (macro lambda lists may nest)."""
    mode = "req"
    rest_values = values
    keys_seen = False
    items: list[object] = []
    p = params
    while isinstance(p, Cons):
        items.append(p.car)
        p = p.cdr
    if p is not NIL:  # (a b . rest)
        items.extend([sym("&rest"), p])
    for item in items:
        if item in LAMBDA_KEYWORDS:
            mode = item.name if isinstance(item, Symbol) else mode
            if mode == "&KEY":
                keys_seen = True
            continue
        if mode == "req":
            if not isinstance(rest_values, Cons):
                raise LispError(f"too few arguments for the lambda list {write(params, True)}", form)
            _bind(item, rest_values.car, env, interp, form)
            rest_values = rest_values.cdr
        elif mode == "&OPTIONAL":
            var, default, svar = _optional(item)
            if isinstance(rest_values, Cons):
                _bind(var, rest_values.car, env, interp, form)
                rest_values = rest_values.cdr
                supplied = True
            else:
                _bind(var, interp.eval(default, env), env, interp, form)
                supplied = False
            if svar is not None:
                env.vars[svar] = boolean(supplied)
        elif mode in ("&REST", "&BODY"):
            _bind(item, rest_values, env, interp, form)
        elif mode == "&KEY":
            var, default, svar = _optional(item)
            assert isinstance(var, Symbol)
            key = Symbol.of(":" + var.name)
            found: object = None
            plist = rest_values
            while isinstance(plist, Cons) and isinstance(plist.cdr, Cons):
                if plist.car is key:
                    found = plist.cdr.car
                    break
                plist = plist.cdr.cdr
            env.vars[var] = found if found is not None else interp.eval(default, env)
            if svar is not None:
                env.vars[svar] = boolean(found is not None)
        elif mode == "&AUX":
            var, default, _ = _optional(item)
            env.vars[var] = interp.eval(default, env)  # type: ignore[index]
    if mode == "req" and rest_values is not NIL and not keys_seen:
        raise LispError(f"too many arguments for the lambda list {write(params, True)}", form)
    if mode == "&OPTIONAL" and rest_values is not NIL:
        raise LispError(f"too many arguments for the lambda list {write(params, True)}", form)


def _optional(item: object) -> tuple[object, object, Symbol | None]:
    if isinstance(item, Cons):
        parts = proper(item) or [item.car]
        svar = parts[2] if len(parts) > 2 and isinstance(parts[2], Symbol) else None
        return parts[0], parts[1] if len(parts) > 1 else NIL, svar
    return item, NIL, None


def _bind(pattern: object, value: object, env: Env, interp: Interp, form: object) -> None:
    if isinstance(pattern, Symbol):
        env.vars[pattern] = value
    elif isinstance(pattern, Cons):
        bind_lambda_list(pattern, value, env, interp, form)
    elif pattern is not NIL:
        raise LispError(f"{write(pattern, True)} cannot be bound", form)


class Interp:
    def __init__(self, expander: Expander) -> None:
        self.expander = expander
        self.globals: dict[Symbol, object] = {}
        self.functions: dict[Symbol, Fn] = {}
        self.steps = 0
        self.builtins = _builtins(self)

    def charge(self, work: int, form: object = None) -> None:
        """Counts `work` steps against the budget: one a form evaluated, and for a builtin one for each
        cons or character it walks or makes, so that a macro doubling a list or a string each time round
        a loop is stopped by the budget as surely as one that loops for ever."""
        self.steps += work
        if self.steps > STEP_LIMIT:
            raise LispError(
                f"macro expansion took more than {STEP_LIMIT:,} steps "
                "(an endless loop in a macro, or one that builds a huge value?)",
                form,
            )

    def function(self, name: Symbol, env: Env, form: object) -> Fn:
        fn = env.fun(name) or self.functions.get(name) or self.builtins.get(name.name)
        if fn is None:
            defun = self.expander.defuns.get(name)
            if defun is not None:
                fn = self.functions[name] = self.closure(defun[0], defun[1], Env(), name)
        if fn is None:
            raise LispError(f"the function {name.name} cannot be called while macros are expanded", form)
        return fn

    def closure(self, params: object, body: list[object], env: Env, name: object = NIL) -> Fn:
        body = strip_declarations(body, True)

        def call(*values: object) -> object:
            inner = Env(env)
            bind_lambda_list(params, lisp_list(values), inner, self, params)
            try:
                return self.progn(body, inner)
            except _Return as ret:
                if ret.tag is name and name is not NIL:
                    return ret.value
                raise

        return call

    def progn(self, body: list[object], env: Env) -> object:
        value: object = NIL
        for form in body:
            value = self.eval(form, env)
        return value

    def eval(self, form: object, env: Env) -> object:
        self.charge(1, form)
        if isinstance(form, Symbol):
            if form is NIL or form is T or form.keyword:
                return form
            found = env.find(form)
            if found is not None:
                return found.vars[form]
            if form in self.globals:
                return self.globals[form]
            raise LispError(f"the variable {form.name} has no value while macros are expanded", form)
        if not isinstance(form, Cons):
            return form
        head = form.car
        items = proper(form)
        if items is None:
            raise LispError("a form must be a proper list", form)
        name = head.name if isinstance(head, Symbol) else ""
        if name == "QUOTE":
            return items[1]
        if name == "IF":
            if truthy(self.eval(items[1], env)):
                return self.eval(items[2], env)
            return self.eval(items[3], env) if len(items) > 3 else NIL
        if name == "PROGN":
            return self.progn(items[1:], env)
        if name == "LET":
            inner = Env(env)
            pairs: list[tuple[object, object]] = []
            for binding in proper(items[1]) or []:
                if isinstance(binding, Symbol):
                    pairs.append((binding, NIL))
                else:
                    parts = proper(binding) or []
                    pairs.append((parts[0], self.eval(parts[1], env) if len(parts) > 1 else NIL))
            for var, value in pairs:
                assert isinstance(var, Symbol)
                inner.vars[var] = value
            return self.progn(strip_declarations(items[2:], False), inner)
        if name == "SETQ":
            value = NIL
            for var, value_form in zip(items[1::2], items[2::2], strict=False):
                value = self.eval(value_form, env)
                assert isinstance(var, Symbol)
                found = env.find(var)
                if found is not None:
                    found.vars[var] = value
                else:
                    self.globals[var] = value
            return value
        if name == "FUNCTION":
            target = items[1]
            if isinstance(target, Symbol):
                return self.function(target, env, form)
            parts = proper(target) or []
            return self.closure(parts[1], parts[2:], env)
        if name == "LAMBDA":
            return self.closure(items[1], items[2:], env)
        if name in ("FLET", "LABELS"):
            inner = Env(env)
            for definition in proper(items[1]) or []:
                parts = proper(definition) or []
                fn_env = inner if name == "LABELS" else env
                inner.funs[parts[0]] = self.closure(parts[1], parts[2:], fn_env, parts[0])  # type: ignore[index]
            return self.progn(items[2:], inner)
        if name == "BLOCK":
            tag = object()
            inner = Env(env)
            try:
                return self.progn(items[2:], _with_block(inner, items[1], tag))
            except _Return as ret:
                if ret.tag is tag:
                    return ret.value
                raise
        if name == "RETURN-FROM":
            tag = _find_block(env, items[1])
            if tag is None:
                raise LispError(f"return-from {write(items[1], True)}: no such block", form)
            raise _Return(tag, self.eval(items[2], env) if len(items) > 2 else NIL)
        if name == "TAGBODY":
            return self.tagbody(items[1:], env)
        if name == "GO":
            raise _Go(items[1])
        expanded, changed = self.expander.macroexpand_1(form, env)
        if changed:
            return self.eval(expanded, env)
        if isinstance(head, Cons) and head.car is sym("lambda"):
            fn: Fn = self.eval(head, env)  # type: ignore[assignment]
        elif isinstance(head, Symbol):
            fn = self.function(head, env, form)
        else:
            raise LispError(f"{write(head, True)} is not a function name", form)
        return fn(*[self.eval(arg, env) for arg in items[1:]])

    def tagbody(self, body: list[object], env: Env) -> object:
        tags = {item: i for i, item in enumerate(body) if isinstance(item, (Symbol, int))}
        pc = 0
        while pc < len(body):
            item = body[pc]
            pc += 1
            if isinstance(item, (Symbol, int)):
                continue
            try:
                self.eval(item, env)
            except _Go as go:
                if go.tag not in tags:
                    raise
                pc = tags[go.tag] + 1
        return NIL


def _with_block(env: Env, name: object, tag: object) -> Env:
    env.vars[Symbol.of(" block")] = (name, tag, env.vars.get(Symbol.of(" block")))
    return env


def _find_block(env: Env | None, name: object) -> object | None:
    while env is not None:
        entry = env.vars.get(Symbol.of(" block"))
        while isinstance(entry, tuple):
            if entry[0] is name:
                return entry[1]
            entry = entry[2]
        env = env.parent
    return None


def _num(x: object) -> int:
    if isinstance(x, int) and not isinstance(x, bool):
        return x
    raise LispError(f"the value {write(x, True)} is not a number")


def _list_items(x: object) -> list[object]:
    out = proper(x)
    if out is None:
        raise LispError(f"the value {write(x, True)} is not a list")
    return out


def _equal(a: object, b: object) -> bool:
    if isinstance(a, Cons) and isinstance(b, Cons):
        return _equal(a.car, b.car) and _equal(a.cdr, b.cdr)
    if isinstance(a, LString) and isinstance(b, LString):
        return a.text == b.text
    return a is b or (type(a) is type(b) and a == b and not isinstance(a, Symbol))


def _integer(value: int) -> int:
    if value.bit_length() > MAX_INTEGER_BITS:
        raise LispError(f"an integer of more than {MAX_INTEGER_BITS:,} bits while macros are expanded")
    return value


def _divide(a: object, b: object, kind: str) -> int:
    """floor, truncate, mod and rem of integers (the prelude's versions call the primitives, which only
    compiled code has)."""
    n, d = _num(a), _num(b)
    if d == 0:
        raise LispError("division by zero while macros are expanded")
    if kind == "exact" and n % d:
        raise LispError("a ratio (a division with a remainder) while macros are expanded")
    q = n // d  # Python's // is floor's
    if kind in ("truncate", "rem"):
        q = (abs(n) // abs(d)) * (1 if (n < 0) == (d < 0) else -1)
    return q if kind in ("floor", "truncate", "exact") else n - q * d


def _char(x: object) -> Char:
    if isinstance(x, Char):
        return x
    raise LispError(f"the value {write(x, True)} is not a character")


def _builtins(interp: Interp) -> dict[str, Fn]:
    def walk(x: object) -> list[object]:
        """The list's items, each charged to the budget (see Interp.charge)."""
        items = _list_items(x)
        interp.charge(len(items))
        return items

    def product(*xs: object) -> int:
        out = 1
        for x in xs:
            out = _integer(out * _num(x))
        return out

    def replace(x: object, value: object, field: str) -> object:
        if not isinstance(x, Cons):
            raise LispError(f"the value {write(x, True)} is not a cons")
        setattr(x, field, value)
        return x

    def car(x: object) -> object:
        if x is NIL:
            return NIL
        if isinstance(x, Cons):
            return x.car
        raise LispError(f"the value {write(x, True)} is not a list")

    def cdr(x: object) -> object:
        if x is NIL:
            return NIL
        if isinstance(x, Cons):
            return x.cdr
        raise LispError(f"the value {write(x, True)} is not a list")

    def append(*xs: object) -> object:
        if not xs:
            return NIL
        out = xs[-1]
        for x in reversed(xs[:-1]):
            out = lisp_list(walk(x), out)
        return out

    def mapcar(fn: Fn, *lists: object) -> object:
        cols = [walk(x) for x in lists]
        return lisp_list([fn(*row) for row in zip(*cols, strict=False)])

    def fmt(dest: object, control: object, *args: object) -> object:
        text = control.text if isinstance(control, LString) else ""
        out: list[str] = []
        it = iter(args)
        i = 0
        while i < len(text):
            c = text[i]
            if c == "~" and i + 1 < len(text):
                d = text[i + 1].upper()
                i += 2
                if d in "AD":
                    out.append(write(next(it, NIL), False))
                elif d == "S":
                    out.append(write(next(it, NIL), True))
                elif d == "%":
                    out.append("\n")
                continue
            out.append(c)
            i += 1
        if dest is NIL:
            return LString("".join(out))
        raise LispError("format to a stream cannot run while macros are expanded")

    def error(control: object, *args: object) -> object:
        message = fmt(NIL, control, *args)
        raise LispError(f"error while expanding a macro: {write(message, False)}")

    def nth(n: object, x: object) -> object:
        return car(nthcdr(n, x))

    def nthcdr(n: object, x: object) -> object:
        count = _num(n)
        walked = 0
        while walked < count and x is not NIL:  # past the end every cdr is NIL: no need to count on
            x = cdr(x)
            walked += 1
        interp.charge(walked)
        return x

    def cxr(path: str) -> Fn:
        def go(x: object) -> object:
            for step in reversed(path):
                x = car(x) if step == "A" else cdr(x)
            return x

        return go

    def compare(op: Callable[[int, int], bool]) -> Fn:
        def go(*xs: object) -> object:
            nums = [_num(x) for x in xs]
            return boolean(all(op(a, b) for a, b in itertools.pairwise(nums)))

        return go

    def member(x: object, lst: object) -> object:
        while isinstance(lst, Cons):
            interp.charge(1)
            if _equal(x, lst.car) if isinstance(x, (int, Char)) else lst.car is x:
                return lst
            lst = lst.cdr
        return NIL

    def assoc(x: object, lst: object) -> object:
        for pair in walk(lst):
            if isinstance(pair, Cons) and (pair.car is x or (isinstance(x, int) and pair.car == x)):
                return pair
        return NIL

    def symbol_name(x: object) -> object:
        if isinstance(x, Symbol):
            return LString(x.name.lstrip(":") if x.keyword else x.name.removeprefix("#:"))
        raise LispError(f"the value {write(x, True)} is not a symbol")

    def concat(kind: object, *parts: object) -> object:
        text = "".join(p.text if isinstance(p, LString) else "" for p in parts)
        interp.charge(len(text))
        return LString(text)

    table: dict[str, Fn] = {
        "CONS": lambda a, b: Cons(a, b),
        "CAR": car,
        "CDR": cdr,
        "FIRST": car,
        "REST": cdr,
        "LIST": lambda *xs: lisp_list(xs),
        "LIST*": lambda *xs: lisp_list(xs[:-1], xs[-1]),
        "RPLACA": lambda x, v: replace(x, v, "car"),
        "RPLACD": lambda x, v: replace(x, v, "cdr"),
        "APPEND": append,
        "REVERSE": lambda x: lisp_list(list(reversed(walk(x)))),
        "LENGTH": lambda x: len(x.chars) if isinstance(x, LString) else len(walk(x)),
        "NTH": nth,
        "NTHCDR": nthcdr,
        "MAPCAR": mapcar,
        "MEMBER": member,
        "ASSOC": assoc,
        "+": lambda *xs: _integer(sum(_num(x) for x in xs)),
        "*": product,
        "-": lambda x, *xs: _integer(-_num(x) if not xs else _num(x) - sum(map(_num, xs))),
        "1+": lambda x: _integer(_num(x) + 1),
        "1-": lambda x: _integer(_num(x) - 1),
        "=": compare(operator.eq),
        "<": compare(operator.lt),
        ">": compare(operator.gt),
        "<=": compare(operator.le),
        ">=": compare(operator.ge),
        "EQ": lambda a, b: boolean(a is b or (isinstance(a, int) and a == b)),
        "EQL": lambda a, b: boolean(a is b or (type(a) is type(b) and a == b and not isinstance(a, Symbol))),
        "EQUAL": lambda a, b: boolean(_equal(a, b)),
        "NOT": lambda x: boolean(x is NIL),
        "NULL": lambda x: boolean(x is NIL),
        "ATOM": lambda x: boolean(not isinstance(x, Cons)),
        "CONSP": lambda x: boolean(isinstance(x, Cons)),
        "LISTP": lambda x: boolean(is_list(x)),
        "SYMBOLP": lambda x: boolean(isinstance(x, Symbol)),
        "STRINGP": lambda x: boolean(isinstance(x, LString)),
        "NUMBERP": lambda x: boolean(isinstance(x, int)),
        "INTEGERP": lambda x: boolean(isinstance(x, int)),
        "KEYWORDP": lambda x: boolean(isinstance(x, Symbol) and x.keyword),
        "ENDP": lambda x: boolean(x is NIL),
        "ZEROP": lambda x: boolean(_num(x) == 0),
        "/=": lambda *xs: boolean(len(set(map(_num, xs))) == len(xs)),
        "FLOOR": lambda a, b=1: _divide(a, b, "floor"),
        "TRUNCATE": lambda a, b=1: _divide(a, b, "truncate"),
        "MOD": lambda a, b: _divide(a, b, "mod"),
        "REM": lambda a, b: _divide(a, b, "rem"),
        "CHARACTERP": lambda x: boolean(isinstance(x, Char)),
        "FUNCTIONP": lambda x: boolean(callable(x)),
        "CHAR-CODE": lambda c: _char(c).code,
        "/": lambda a, b: _divide(a, b, "exact"),
        "CODE-CHAR": lambda n: Char(_num(n)),
        "GENSYM": lambda *xs: gensym(xs[0].text if xs and isinstance(xs[0], LString) else "G"),
        "SYMBOL-NAME": symbol_name,
        "FORMAT": fmt,
        "ERROR": error,
        "INTERN": lambda s, *p: Symbol.of(s.text) if isinstance(s, LString) else NIL,
        "MAKE-SYMBOL": lambda s: Symbol("#:" + s.text) if isinstance(s, LString) else NIL,
        "CONCATENATE": concat,
        "STRING-UPCASE": lambda s: LString(s.text.upper()) if isinstance(s, LString) else s,
        "FUNCALL": lambda f, *xs: f(*xs),
        "APPLY": lambda f, *xs: f(*xs[:-1], *walk(xs[-1])),
        "IDENTITY": lambda x: x,
        "VALUES": lambda *xs: xs[0] if xs else NIL,
        "MAX": lambda *xs: max(map(_num, xs)),
        "MIN": lambda *xs: min(map(_num, xs)),
        "EVENP": lambda x: boolean(_num(x) % 2 == 0),
        "ODDP": lambda x: boolean(_num(x) % 2 == 1),
        "MACROEXPAND-1": lambda f: interp.expander.macroexpand_1(f, Env())[0],
    }
    for path in ("AA", "AD", "DA", "DD", "ADD", "DDD", "ADDD", "DAR"):
        table[f"C{path}R"] = cxr(path)
    table.update({"SECOND": cxr("AD"), "THIRD": cxr("ADD"), "FOURTH": cxr("ADDD")})
    return table
