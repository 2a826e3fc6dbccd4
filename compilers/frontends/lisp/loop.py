"""The LOOP macro in its common forms, expanded into BLOCK, LET and TAGBODY:
`for x from a [to|upto|below|downto|above b] [by s]`, `for x in list [by fn]`, `for x on list`,
`for x across vector`, `for x = e [then e2]`, `for k being the hash-keys of table [using (hash-value
v)]` (and hash-values), `repeat n`, `with x = e`, `while`, `until`,
`collect append nconc sum count maximize minimize [into var]`, `do`, `when if unless` (with `and`,
`else`, and `it` in the first clause after the test), `return`, `finally`, and the simple loop
`(loop forms...)`."""

from __future__ import annotations

from compilers.frontends.lisp.ast import NIL, Cons, Symbol, T, lisp_list, proper
from compilers.frontends.lisp.macros import (
    BLOCK,
    GO,
    IF,
    LET,
    LETSTAR,
    PROGN,
    QUOTE,
    RETURN_FROM,
    SETQ,
    TAGBODY,
    L,
    LispError,
    S,
    gensym,
)

ACCUMULATE = {
    "COLLECT",
    "COLLECTING",
    "APPEND",
    "APPENDING",
    "NCONC",
    "NCONCING",
    "SUM",
    "SUMMING",
    "COUNT",
    "COUNTING",
    "MAXIMIZE",
    "MAXIMIZING",
    "MINIMIZE",
    "MINIMIZING",
}
ACC_KIND = {
    "COLLECT": "list",
    "COLLECTING": "list",
    "APPEND": "list",
    "APPENDING": "list",
    "NCONC": "list",
    "NCONCING": "list",
    "SUM": "sum",
    "SUMMING": "sum",
    "COUNT": "count",
    "COUNTING": "count",
    "MAXIMIZE": "max",
    "MAXIMIZING": "max",
    "MINIMIZE": "min",
    "MINIMIZING": "min",
}


def word(x: object) -> str | None:
    return x.name.lstrip(":") if isinstance(x, Symbol) else None


class _Loop:
    def __init__(self, form: object, items: list[object]) -> None:
        self.form = form
        self.items = items
        self.pos = 0
        self.name: Symbol = NIL  # the block's name (loop named NAME)
        self.bindings: list[object] = []  # (var init), sequential
        # the iteration clauses' forms in clause order, as CL steps them: each variable set (and its end
        # tested) before the next clause's, for the first iteration and for each next one
        self.first: list[object] = []
        self.next: list[object] = []
        # The settings of the variables of `for x = e [then e2]`, `in`, `on` and `across` clauses (by id): a
        # group of clauses joined by `and` sets them in parallel, as CL's psetq, once the group's end tests
        # have passed (`for a = 0 then b and b = 1 then (+ a b)` steps both from the old values).
        self.parallel_settings: set[int] = set()
        # The settings of a destructured variable (`for (a b) in ...`), which follow its hidden variable's.
        self.destructurings: set[int] = set()
        self.initially: list[object] = []
        self.finally_: list[object] = []
        self.acc: Symbol | None = None
        self.acc_kind: str | None = None
        self.result: object = NIL
        self.end = gensym("END")
        # The variable holding a conditional clause's test value while its first clause is parsed: that
        # clause's form `it` (collect it, return it...) is the value, as CL specifies.
        self.it: Symbol | None = None
        self.it_used = False

    def fail(self, message: str) -> LispError:
        return LispError(f"loop: {message}", self.form)

    def skip_type(self) -> None:
        """A variable's declared type (of-type fixnum) changes nothing here."""
        if self.peek() == "OF-TYPE":
            self.pos += 1
            self.take()

    def peek(self) -> str | None:
        return word(self.items[self.pos]) if self.pos < len(self.items) else None

    def take(self) -> object:
        if self.pos >= len(self.items):
            raise self.fail("the loop ends where a form was expected")
        self.pos += 1
        return self.items[self.pos - 1]

    def expect(self, *words: str) -> str:
        got = word(self.take())
        if got not in words:
            raise self.fail(f"expected {' or '.join(w.lower() for w in words)}")
        return got

    def compounds(self) -> list[object]:
        out: list[object] = []
        while self.pos < len(self.items) and isinstance(self.items[self.pos], Cons):
            out.append(self.take())
        return out

    def expand(self) -> object:
        body: list[object] = []
        if self.peek() == "NAMED":  # loop named NAME: the block that return and return-from leave
            self.pos += 1
            name = self.take()
            if not isinstance(name, Symbol):
                raise self.fail("named needs a symbol")
            self.name = name
        while self.pos < len(self.items):
            body.extend(self.clause(main=True))
        bindings = list(self.bindings)
        if self.acc is not None and self.acc_kind is not None:
            bindings.insert(0, L(self.acc, 0 if self.acc_kind in ("sum", "count") else NIL))
        top = gensym("TOP")
        result = self.result
        if self.acc is not None and result is NIL:
            result = self.acc_result(self.acc)
        tagbody = [
            *self.initially,
            *self.first,
            top,
            *body,
            *self.next,
            L(GO, top),
            self.end,
            *self.finally_,
            L(RETURN_FROM, self.name, result),
        ]
        return L(BLOCK, self.name, L(LETSTAR, lisp_list(bindings), Cons(TAGBODY, lisp_list(tagbody))))

    def acc_result(self, acc: Symbol) -> object:
        return L(S("nreverse"), acc) if self.acc_kind in ("list",) else acc

    def clause(self, main: bool) -> list[object]:
        w = self.peek()
        if w is None:
            raise self.fail(f"{self.items[self.pos]!r} is not a loop keyword")
        self.pos += 1
        it, self.it = self.it, None  # only the first clause after the test has `it`
        if w in ("FOR", "AS"):
            if not main:
                raise self.fail("for inside a conditional clause")
            marks = len(self.first), len(self.next)
            self.for_clause()
            while self.peek() == "AND":
                self.pos += 1
                self.for_clause()
            self.in_parallel(self.first, marks[0])
            self.in_parallel(self.next, marks[1])
            return []
        if w == "WITH":
            var = self.take()
            self.skip_type()
            init: object = NIL
            if self.peek() == "=":
                self.pos += 1
                init = self.take()
            self.bindings.append(L(var, init))
            return []
        if w == "REPEAT":
            n = gensym("N")
            self.bindings.append(L(n, self.take()))
            self.each([L(IF, L(S("<="), n, 0), L(GO, self.end), NIL), L(SETQ, n, L(S("1-"), n))])
            return []
        if w == "WHILE":
            return [L(IF, self.take(), NIL, L(GO, self.end))]
        if w == "UNTIL":
            return [L(IF, self.take(), L(GO, self.end), NIL)]
        if w in ("DO", "DOING"):
            forms = self.compounds()
            if not forms:
                raise self.fail("do needs at least one form")
            return forms
        if w == "RETURN":
            return [L(RETURN_FROM, self.name, self.take_value(it))]
        if w in ("INITIALLY", "FINALLY"):
            (self.initially if w == "INITIALLY" else self.finally_).extend(self.compounds())
            return []
        if w in ("ALWAYS", "NEVER", "THEREIS"):
            test = self.take()
            self.result = T if w != "THEREIS" else NIL
            if w == "ALWAYS":
                return [L(IF, test, NIL, L(RETURN_FROM, self.name, NIL))]
            if w == "NEVER":
                return [L(IF, test, L(RETURN_FROM, self.name, NIL), NIL)]
            g = gensym()
            return [L(LET, L(L(g, test)), L(IF, g, L(RETURN_FROM, self.name, g), NIL))]
        if w in ("WHEN", "IF", "UNLESS"):
            test = self.take()
            value = gensym("IT")
            self.it, self.it_used = value, False
            then = self.conditional_body()
            used = self.it_used
            other: list[object] = []
            if self.peek() == "ELSE":
                self.pos += 1
                other = self.conditional_body()
            if self.peek() == "END":
                self.pos += 1
            chosen = L(S("not"), value if used else test) if w == "UNLESS" else value if used else test
            branch = L(IF, chosen, Cons(PROGN, lisp_list(then)), Cons(PROGN, lisp_list(other)))
            return [L(LET, L(L(value, test)), branch) if used else branch]
        if w in ACCUMULATE:
            return [self.accumulate(w, it)]
        raise self.fail(f"{w.lower()} is not a supported loop keyword")

    def conditional_body(self) -> list[object]:
        out = self.clause(main=False)
        while self.peek() == "AND":
            self.pos += 1
            out.extend(self.clause(main=False))
        return out

    def take_value(self, it: Symbol | None) -> object:
        """The form of an accumulation or a return; `it` there is the conditional's test value."""
        value = self.take()
        if it is not None and isinstance(value, Symbol) and value.name == "IT":
            self.it_used = True
            return it
        return value

    def accumulate(self, w: str, it: Symbol | None) -> object:
        value = self.take_value(it)
        target: Symbol | None = None
        if self.peek() == "INTO":
            self.pos += 1
            into = self.take()
            if not isinstance(into, Symbol):
                raise self.fail("into needs a variable")
            target = into
        kind = ACC_KIND[w]
        if target is None:
            if self.acc is None:
                self.acc = gensym("ACC")
                self.acc_kind = kind
            elif self.acc_kind != kind:
                raise self.fail("two kinds of accumulation into the loop's result need `into`")
            acc = self.acc
            in_order = False
        else:
            acc = target
            if not any(isinstance(b, Cons) and b.car is target for b in self.bindings):
                self.bindings.append(L(target, 0 if kind in ("sum", "count") else NIL))
            in_order = True
        base = w[:3]
        if kind == "list":
            if base == "COL":
                if in_order:
                    return L(SETQ, acc, L(S("append"), acc, L(S("list"), value)))
                return L(SETQ, acc, L(S("cons"), value, acc))
            if in_order:
                return L(SETQ, acc, L(S("append"), acc, value))
            return L(SETQ, acc, L(S("revappend"), value, acc))
        if kind == "sum":
            return L(SETQ, acc, L(S("+"), acc, value))
        if kind == "count":
            return L(IF, value, L(SETQ, acc, L(S("1+"), acc)), NIL)
        g = gensym()
        op = ">" if kind == "max" else "<"
        return L(
            LET, L(L(g, value)), L(IF, L(S("or"), L(S("null"), acc), L(S(op), g, acc)), L(SETQ, acc, g), NIL)
        )

    def for_clause(self) -> None:
        var = self.take()
        if isinstance(var, Cons):  # (for (a b) in ...): a hidden variable, destructured at each step
            hidden = gensym("ITEM")
            parts: list[tuple[Symbol, object]] = []
            _destructure(var, hidden, parts, self)
            self.items.insert(self.pos, hidden)
            self.for_clause()
            for name, _ in parts:
                self.bindings.append(L(name, NIL))
            settings = [L(SETQ, name, access) for name, access in parts]
            self.each(settings)  # right after the hidden one is set
            self.destructurings.update(map(id, settings))
            return
        if not isinstance(var, Symbol):
            raise self.fail("for needs a variable")
        self.skip_type()
        w = self.peek()
        if w in ("FROM", "UPFROM", "DOWNFROM", "TO", "UPTO", "BELOW", "DOWNTO", "ABOVE"):
            self.arith(var)
            return
        self.pos += 1
        if w in ("IN", "ON"):
            lst = self.take()
            step: object = None
            if self.peek() == "BY":
                self.pos += 1
                step = self.take()
            tail = gensym("TAIL")
            self.bindings.append(L(tail, lst))
            self.bindings.append(L(var, NIL))
            nxt = L(S("funcall"), step, tail) if step is not None else L(S("cdr"), tail)
            self.next.append(L(SETQ, tail, nxt))
            setting = L(SETQ, var, L(S("car"), tail) if w == "IN" else tail)
            self.each([L(IF, L(S("atom") if w == "ON" else S("endp"), tail), L(GO, self.end), NIL), setting])
            self.parallel_settings.add(id(setting))
            return
        if w == "ACROSS":
            vec, i = gensym("VEC"), gensym("I")
            # %across: SBCL's type error (VECTOR) for another object, an array of rank 2 among them
            self.bindings.extend([L(vec, L(S("%across"), self.take())), L(i, 0), L(var, NIL)])
            self.next.append(L(SETQ, i, L(S("1+"), i)))
            setting = L(SETQ, var, L(S("aref"), vec, i))
            self.each([L(IF, L(S(">="), i, L(S("length"), vec)), L(GO, self.end), NIL), setting])
            self.parallel_settings.add(id(setting))
            return
        if w == "=":
            init = self.take()
            self.bindings.append(L(var, NIL))
            settings = [L(SETQ, var, init)]
            if self.peek() == "THEN":
                self.pos += 1
                settings.append(L(SETQ, var, self.take()))
            else:
                settings.append(L(SETQ, var, init))
            self.first.append(settings[0])
            self.next.append(settings[1])
            self.parallel_settings.update(map(id, settings))
            return
        if w == "BEING":
            self.hash_clause(var)
            return
        raise self.fail(f"for {var.name} {w.lower() if w else '...'} is not a supported for clause")

    def in_parallel(self, forms: list[object], start: int) -> None:
        """The settings among forms[start:] (one group of clauses joined by `and`) made one psetq, where
        the last of them stands: after every end test of the group; a destructured variable's settings
        follow it."""
        found = [i for i in range(start, len(forms)) if id(forms[i]) in self.parallel_settings]
        if len(found) < 2:
            return
        pairs: list[object] = []
        for i in found:
            setting = proper(forms[i])
            assert setting is not None
            pairs.extend(setting[1:])
        following = [form for form in forms[found[0] : found[-1]] if id(form) in self.destructurings]
        forms[found[-1] + 1 : found[-1] + 1] = following
        forms[found[-1]] = Cons(S("psetq"), lisp_list(pairs))
        for i in reversed(range(found[0], found[-1])):
            if i in found or id(forms[i]) in self.destructurings:
                del forms[i]

    def hash_clause(self, var: Symbol) -> None:
        """`for k being the hash-keys of table [using (hash-value v)]`, and `the hash-values ... [using
        (hash-key k)]`: the entries in maphash's order (the order of insertion, as SBCL's), listed when the
        loop starts (CL leaves a table changed during the loop, but for the entry at hand, undefined)."""
        if self.peek() in ("THE", "EACH"):
            self.pos += 1
        kind = self.peek()
        if kind not in ("HASH-KEY", "HASH-KEYS", "HASH-VALUE", "HASH-VALUES"):
            raise self.fail(
                f"for {var.name} being: only the hash-keys or the hash-values of a table are supported"
            )
        self.pos += 1
        if self.peek() not in ("OF", "IN"):
            raise self.fail(f"for {var.name} being the {kind.lower()} needs `of` and a hash table")
        self.pos += 1
        table = self.take()
        keys = kind.startswith("HASH-KEY")
        other: Symbol | None = None
        if self.peek() == "USING":
            self.pos += 1
            want = "HASH-VALUE" if keys else "HASH-KEY"
            spec = proper(self.take())
            if not (spec and len(spec) == 2 and word(spec[0]) == want and isinstance(spec[1], Symbol)):
                raise self.fail(f"using needs ({want.lower()} VARIABLE) here")
            other = spec[1]
        entries, k, v, acc = gensym("ENTRIES"), gensym("K"), gensym("V"), gensym("ACC")
        collect = L(S("lambda"), L(k, v), L(SETQ, acc, L(S("cons"), L(S("cons"), k, v), acc)))
        self.bindings.append(
            L(entries, L(LET, L(L(acc, NIL)), L(S("maphash"), collect, table), L(S("nreverse"), acc)))
        )
        self.bindings.append(L(var, NIL))
        steps = [
            L(IF, L(S("endp"), entries), L(GO, self.end), NIL),
            L(SETQ, var, L(S("car" if keys else "cdr"), L(S("car"), entries))),
        ]
        if other is not None:
            self.bindings.append(L(other, NIL))
            steps.append(L(SETQ, other, L(S("cdr" if keys else "car"), L(S("car"), entries))))
        self.next.append(L(SETQ, entries, L(S("cdr"), entries)))
        self.each(steps)

    def arith(self, var: Symbol) -> None:
        start: object = 0
        limit: object = None
        step: object = 1
        down = False
        inclusive = True
        while self.peek() in ("FROM", "UPFROM", "DOWNFROM", "TO", "UPTO", "BELOW", "DOWNTO", "ABOVE", "BY"):
            w = self.peek()
            self.pos += 1
            value = self.take()
            if w in ("FROM", "UPFROM", "DOWNFROM"):
                start = value
                down = down or w == "DOWNFROM"
            elif w == "BY":
                step = value
            else:
                limit = value
                down = down or w in ("DOWNTO", "ABOVE")
                inclusive = w in ("TO", "UPTO", "DOWNTO")
        self.bindings.append(L(var, start))
        tests: list[object] = []
        if limit is not None:
            lim = gensym("LIMIT")
            self.bindings.append(L(lim, limit))
            op = (">" if inclusive else ">=") if not down else ("<" if inclusive else "<=")
            tests.append(L(IF, L(S(op), var, lim), L(GO, self.end), NIL))
        if not isinstance(step, int):
            by = gensym("BY")
            self.bindings.append(L(by, step))
            step = by
        self.next.append(L(SETQ, var, L(S("-" if down else "+"), var, step)))
        self.each(tests)

    def each(self, forms: list[object]) -> None:
        """forms run on every iteration, the first and each next one, after what is there already."""
        self.first.extend(forms)
        self.next.extend(forms)


def _destructure(pattern: object, access: object, out: list[tuple[Symbol, object]], loop: _Loop) -> None:
    if pattern is NIL:
        return
    if isinstance(pattern, Symbol):
        out.append((pattern, access))
        return
    if not isinstance(pattern, Cons):
        raise loop.fail("a destructuring pattern is made of variables")
    _destructure(pattern.car, L(S("car"), access), out, loop)
    _destructure(pattern.cdr, L(S("cdr"), access), out, loop)


def expand_loop(form: object) -> object:
    items = proper(form)
    if items is None:
        raise LispError("loop: the form is not a proper list", form)
    rest = items[1:]
    if all(isinstance(x, Cons) for x in rest):  # the simple loop: forever, until a return
        top = gensym("TOP")
        return L(BLOCK, NIL, Cons(TAGBODY, lisp_list([top, *rest, L(GO, top)])))
    return _Loop(form, rest).expand()


__all__ = ["QUOTE", "expand_loop"]
