"""Idris declarations checked in order: data types and their constructors, signatures and the clauses
that follow them, interfaces (a record type, its constructor and one projection a method) and their
implementations (a dictionary and one function a method), `%default`, `mutual` blocks and imports.

The library (lib/*.idr: Prelude, Data.Nat, Data.Vect, Data.Fin, Data.String, Data.Vect.Elem, System) is
checked once per process and shared: a program sees the Prelude and the modules it imports."""

from __future__ import annotations

from pathlib import Path

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.idris import ast as A
from compilers.frontends.idris import tt as T
from compilers.frontends.idris.check import (
    Checker,
    Ctx,
    ElabError,
    Global,
    IfaceInfo,
    IllTyped,
    UnifyError,
    app_spine,
    e_span,
)
from compilers.frontends.idris.tt import PC, PV, VU, CClause, HRef, VNeu, VPi, short, vvar

LIB = Path(__file__).parent / "lib"
# The library's modules, in the order they are checked, with what each imports.
LIBRARY = [
    ("Prelude", []),
    ("Data.Nat", ["Prelude"]),
    ("Data.Fin", ["Prelude"]),
    ("Data.Vect", ["Prelude", "Data.Fin"]),
    ("Data.List", ["Prelude"]),
    ("Data.String", ["Prelude"]),
    ("Decidable.Equality", ["Prelude"]),
    ("Data.Vect.Elem", ["Prelude", "Data.Vect", "Decidable.Equality"]),
    ("System", ["Prelude"]),
]
REEXPORTS = {"Data.Vect": ["Data.Fin"], "Data.Vect.Elem": ["Data.Vect", "Data.Fin"]}
PRIM_TYPES = ["Integer", "String", "Char", "IO"]


def _int(v: object) -> int | None:
    return v.value if isinstance(v, T.VLit) and isinstance(v.value, int) else None


def prim_reducers(ch: Checker) -> dict[str, object]:
    true = VNeu(HRef("Prelude.True"))
    false = VNeu(HRef("Prelude.False"))

    def arith(f):  # type: ignore[no-untyped-def]
        def red(args: list) -> object:
            a, b = _int(args[0]), _int(args[1])
            if a is None or b is None:
                return None
            if f is None:
                return None
            try:
                return T.VLit(f(a, b), "int")
            except ZeroDivisionError:
                return None

        return red

    def cmp(f):  # type: ignore[no-untyped-def]
        def red(args: list) -> object:
            a, b = args
            if not isinstance(a, T.VLit) or not isinstance(b, T.VLit):
                return None
            return true if f(a.value, b.value) else false

        return red

    def quot(a: int, b: int) -> int:
        q = abs(a) // abs(b)
        return q if (a >= 0) == (b >= 0) else -q

    def rem(a: int, b: int) -> int:
        return a - b * quot(a, b)

    def unpack(args: list) -> object:
        s = args[0]
        if not isinstance(s, T.VLit) or not isinstance(s.value, str):
            return None
        out: T.Value = VNeu(HRef("Prelude.Nil"), ((VNeu(HRef("Builtin.Char")), "impl"),))
        for ch_ in reversed(s.value):
            out = VNeu(
                HRef("Prelude.::"),
                ((VNeu(HRef("Builtin.Char")), "impl"), (T.VLit(ch_, "char"), "expl"), (out, "expl")),
            )
        return out

    def ord_(args: list) -> object:
        c = args[0]
        return T.VLit(ord(c.value), "int") if isinstance(c, T.VLit) and isinstance(c.value, str) else None

    def chr_(args: list) -> object:
        n = _int(args[0])
        return T.VLit(chr(n), "char") if n is not None and 0 <= n < 0x110000 else None

    def str_eq(args: list) -> object:
        a, b = args
        if isinstance(a, T.VLit) and isinstance(b, T.VLit):
            return true if a.value == b.value else false
        return None

    return {
        "prim__add_Integer": arith(lambda a, b: a + b),
        "prim__sub_Integer": arith(lambda a, b: a - b),
        "prim__mul_Integer": arith(lambda a, b: a * b),
        "prim__div_Integer": arith(quot),
        "prim__mod_Integer": arith(rem),
        "prim__eq_Integer": cmp(lambda a, b: a == b),
        "prim__lt_Integer": cmp(lambda a, b: a < b),
        "prim__lte_Integer": cmp(lambda a, b: a <= b),
        "prim__eq_Char": cmp(lambda a, b: a == b),
        "prim__lt_Char": cmp(lambda a, b: a < b),
        "prim__ord": ord_,
        "prim__chr": chr_,
        "prim__unpack": unpack,
        "prim__pack": lambda args: None,
        "prim__eq_String": str_eq,
        "prim__pure": lambda args: None,
        "prim__bind": lambda args: None,
        "prim__putChar": lambda args: None,
        "prim__getChar": lambda args: None,
        "prim__crash": lambda args: None,
    }


class ModuleChecker(Checker):
    """Checks one module's declarations (the library's or the program's)."""

    def check_type_text(self, text: str) -> T.Term:
        from compilers.frontends.idris.lexer import lex
        from compilers.frontends.idris.parser import Parser

        p = Parser(lex(text, "<type>", DiagnosticBag()), DiagnosticBag())
        return self.check_type(Ctx(), p.expr())

    def empty_ctx(self) -> Ctx:
        return Ctx()

    def builtins(self) -> None:
        for name in PRIM_TYPES:
            ty: T.Term = T.U()
            if name == "IO":
                ty = T.Pi("a", T.U(), T.U())
            g = Global(f"Builtin.{name}", "tycon", self.eval([], ty), ty)
            self.add_global(g)

    def check_module(self, module: A.Module, name: str = "Main", imports: list[str] | None = None) -> None:
        self.module = name
        if imports is not None:
            self.visible = ["Builtin", *imports]
        decls = module.decls
        i = 0
        mutual_depth = 0
        pending: list[tuple[Global, list[A.Clause]]] = []
        sigs: dict[str, Global] = {}
        while i < len(decls):
            d = decls[i]
            try:
                if isinstance(d, A.Pragma):
                    self.pragma(d)
                    if d.name == "mutual":
                        mutual_depth += 1
                    elif d.name == "endmutual":
                        mutual_depth -= 1
                        if mutual_depth == 0:
                            for g, cls in pending:
                                self.check_definition(g, cls, None)
                            pending = []
                    i += 1
                    continue
                if isinstance(d, A.Data):
                    self.data(d)
                elif isinstance(d, A.Sig):
                    g = self.signature(d)
                    sigs[g.name] = g
                elif isinstance(d, A.Clause):
                    head, _ = app_spine(d.lhs)
                    fname = head.name if isinstance(head, A.Var) else ""
                    group = [d]
                    while (
                        i + 1 < len(decls)
                        and isinstance(decls[i + 1], A.Clause)
                        and _clause_name(decls[i + 1]) == fname  # type: ignore[arg-type]
                    ):
                        i += 1
                        group.append(decls[i])  # type: ignore[arg-type]
                    qname = self.qualify(fname)
                    found = self.globals.get(qname)
                    if found is None or found.kind != "fun" or found.lifted:
                        raise ElabError(e_span(head), f"No type declaration for {fname}.", "undeclared")
                    if found.checked or found.clauses:
                        raise ElabError(d.span, f"{fname} is already defined.", "duplicate")
                    if mutual_depth:
                        found.clauses = []
                        pending.append((found, group))
                    else:
                        self.check_definition(found, group, None)
                    sigs.pop(qname, None)
                elif isinstance(d, A.Interface):
                    self.interface(d)
                elif isinstance(d, A.Implementation):
                    self.implementation(d)
            except ElabError as err:
                self.diags.error(err.code, err.message, err.span)
            except (IllTyped, UnifyError) as err:
                if not self.diags.has_errors:
                    self.diags.error("type_mismatch", f"this declaration does not check ({err})", e_span(d))
            i += 1
        for g, cls in pending:
            self.check_definition(g, cls, None)
        self.check_call_cycles()
        for g in sigs.values():
            if not g.checked and g.kind == "fun" and g.totality != "postulate":
                if g.name.split(".")[-1].startswith("prim__"):
                    continue
                assert g.span is not None
                self.diags.error("undeclared", f"Missing definition for {short(g.name)}.", g.span)
        for h in self.holes:
            ctx_text = "; ".join(h.context)
            self.diags.error(
                "hole",
                f"hole ?{h.name} : {h.goal}" + (f" (context: {ctx_text})" if ctx_text else ""),
                h.span,
            )

    def pragma(self, d: A.Pragma) -> None:
        if d.name == "default":
            if d.args and d.args[0] in ("total", "covering", "partial"):
                self.default_total = d.args[0] == "total"
                return
            raise ElabError(d.span, "%default takes total, covering or partial", "syntax")
        if d.name == "import":
            mod = d.args[0] if d.args else ""
            known = {m for m, _ in LIBRARY}
            if mod not in known:
                raise ElabError(
                    d.span,
                    f"Module {mod} not found (this Idris has: {', '.join(sorted(known))})",
                    "undeclared",
                )
            for m in [mod, *REEXPORTS.get(mod, [])]:
                if m not in self.visible:
                    self.visible.append(m)
            return
        if d.name == "alias" and len(d.args) == 2:
            target = self.qualify(d.args[1])
            self.by_short.setdefault(d.args[0], []).append(target)
            return
        if d.name in (
            "mutual",
            "endmutual",
            "name",
            "hide",
            "inline",
            "builtin",
            "language",
            "auto_implicit_depth",
        ):
            return
        raise ElabError(d.span, f"%{d.name} is not supported in this Idris subset", "unsupported")

    # ------------------------------------------------------------ data

    def data(self, d: A.Data) -> None:
        name = self.qualify(d.name)
        if name in self.globals:
            raise ElabError(d.span, f"{d.name} is already defined.", "duplicate")
        ty = self.signature_type(Ctx(), d.type)
        self.current = ""
        tv = self.eval([], ty)
        g = Global(name, "tycon", tv, ty, d.span)
        # The family's type must end in Type.
        t = tv
        while True:
            t = self.force(t)
            if not isinstance(t, VPi):
                break
            t = self.closure(t.env, t.cod, vvar(10**6))
        if not isinstance(t, VU):
            raise ElabError(d.span, f"{d.name} must be a type: its type must end in Type", "type_mismatch")
        self.add_global(g)
        for tag, con in enumerate(d.cons):
            cname = self.qualify(con.name)
            cty = self.signature_type(Ctx(), con.type)
            cv = self.eval([], cty)
            t = cv
            n = 0
            while True:
                t = self.force(t)
                if not isinstance(t, VPi):
                    break
                t = self.closure(t.env, t.cod, vvar(n))
                n += 1
            if self.type_head(t) != name:
                raise ElabError(con.span, f"{con.name} must build a value of {d.name}", "type_mismatch")
            cg = Global(cname, "con", cv, cty, con.span, data=name, tag=tag)
            self.add_global(cg)
            g.cons.append(cname)

    # ------------------------------------------------------------ signatures

    def signature(self, d: A.Sig) -> Global:
        name = self.qualify(d.name)
        existing = self.globals.get(name)
        if existing is not None:
            raise ElabError(d.span, f"{d.name} is already defined.", "duplicate")
        self.current = ""
        ty = self.signature_type(Ctx(), d.type)
        totality = d.totality or ("total" if self.default_total else "covering")
        g = Global(name, "fun", self.eval([], ty), ty, d.span, totality=totality)
        if d.name.startswith("prim__"):
            g.kind = "prim"
            g.reduce = prim_reducers(self).get(d.name)  # type: ignore[assignment]
            g.arity = _arity(self, g)
            g.checked = True
        self.add_global(g)
        return g

    # ------------------------------------------------------------ interfaces

    def interface(self, d: A.Interface) -> None:
        name = self.qualify(d.name)
        con = self.qualify(f"Mk{d.name}")
        ptype: A.Expr = d.param_type or A.TypeU(d.span)
        # The record type and its constructor.
        ty_term = self.signature_type(Ctx(), A.Pi(d.param, "expl", None, ptype, A.TypeU(d.span), d.span))
        g = Global(name, "tycon", self.eval([], ty_term), ty_term, d.span)
        self.add_global(g)
        result: A.Expr = A.App(A.Var(d.name, d.span), A.Var(d.param, d.span), d.span)
        con_ty: A.Expr = result
        for m in reversed(d.methods):
            con_ty = A.Pi(None, "expl", None, m.type, con_ty, m.span)
        for s in reversed(d.supers):  # a superclass's dictionary is the record's first fields
            con_ty = A.Pi(None, "expl", None, s, con_ty, d.span)
        con_ty = A.Pi(d.param, "impl", 0, ptype, con_ty, d.span)
        cty = self.signature_type(Ctx(), con_ty)
        cg = Global(con, "con", self.eval([], cty), cty, d.span, data=name, tag=0)
        self.add_global(cg)
        g.cons.append(con)
        info = IfaceInfo(name, con, [])
        self.ifaces[name] = info
        nsupers = len(d.supers)
        nfields = nsupers + len(d.methods)
        for j, s in enumerate(d.supers):
            head, _ = app_spine(s)
            sup = (
                [c for c in self.lookup_global(head.name) if c in self.ifaces]
                if isinstance(head, A.Var)
                else []
            )
            if not sup:
                raise ElabError(
                    e_span(s), "a superclass must be an interface applied to the parameter", "syntax"
                )
            proj = f"{name}.%super{j}"
            pty_ast = A.Pi(d.param, "impl", 0, ptype, A.Pi("%dict", "auto", None, result, s, d.span), d.span)
            pty = self.signature_type(Ctx(), pty_ast)
            pg = Global(proj, "fun", self.eval([], pty), pty, d.span, parent=name)
            pats_s: list[T.Pat] = [PV(0), PC(con, (PV(1), *(PV(2 + f) for f in range(nfields))))]
            pg.clauses = [CClause(pats_s, 2 + nfields, T.Var(nfields - 1 - j), {}, [], d.span.line)]
            pg.arity = 2
            pg.checked = True
            pg.totality = "total"
            self.add_global(pg)
            info.supers.append((sup[0], proj))
        for k0, m in enumerate(d.methods):
            k = nsupers + k0
            mname = self.qualify(m.name)
            mty_ast = A.Pi(
                d.param, "impl", 0, ptype, A.Pi("%dict", "auto", None, result, m.type, m.span), m.span
            )
            mty = self.signature_type(Ctx(), mty_ast)
            mg = Global(mname, "fun", self.eval([], mty), mty, m.span, method=(name, k))
            # show {a} (MkShow {a'} f1 f2) = f_k (after the method's own implicits, if any come first)
            dpos = 0
            t = mg.type
            while True:
                t = self.force(t)
                assert isinstance(t, VPi)
                if t.name == "%dict":
                    break
                t = self.closure(t.env, t.cod, vvar(dpos))
                dpos += 1
            nvars = dpos + 2 + nfields
            fields = (PV(dpos + 1), *(PV(dpos + 2 + j) for j in range(nfields)))
            pats: list[T.Pat] = [*(PV(j) for j in range(dpos)), PC(con, fields)]
            mg.clauses = [CClause(pats, nvars, T.Var(nvars - 1 - (dpos + 2 + k)), {}, [], m.span.line)]
            mg.arity = dpos + 1
            mg.checked = True
            mg.totality = "total"
            self.add_global(mg)
            info.methods.append(mname)
        for cl in d.defaults:
            head, _ = app_spine(cl.lhs)
            if isinstance(head, A.Var):
                info.defaults.setdefault(self.qualify(head.name), []).append(cl)

    def implementation(self, d: A.Implementation) -> None:
        cands = [c for c in self.lookup_global(d.iface) if c in self.ifaces]
        if not cands:
            raise ElabError(d.span, f"Undefined interface {d.iface}.", "undeclared")
        info = self.ifaces[cands[0]]
        self.case_count += 1
        head_text = _type_text(d.type)
        iname = self.qualify(f"impl{self.case_count}:{short(info.name)} {head_text}")
        # The dictionary's type: the constraints, then the interface applied to the type.
        whole: A.Expr = A.App(A.Var(info.name, d.span), d.type, d.span)
        for c in reversed(d.constraints):
            whole = A.Pi("%c", "auto", None, c, whole, d.span)
        self.current = ""
        ity = self.signature_type(Ctx(), whole)
        ig = Global(iname, "fun", self.eval([], ity), ity, d.span, iface=info.name, totality="total")
        self.add_global(ig)
        info.impls.insert(0, iname)
        # The method functions, each with the implementation's parameters and constraints first.
        iface_g = self.globals[info.name]
        param = _iface_param(self, info)
        defined: dict[str, list[A.Clause]] = {}
        for cl in d.clauses:
            head, _ = app_spine(cl.lhs)
            nm = head.name if isinstance(head, A.Var) else ""
            match = [m for m in info.methods if short(m) == nm]
            if not match:
                raise ElabError(cl.span, f"{nm} is not a method of {short(info.name)}", "undeclared")
            defined.setdefault(match[0], []).append(cl)
        method_globals: list[Global] = []
        for m in info.methods:
            sig_ast = _method_sig(self, info, m)
            mty_ast = _subst_var(sig_ast, param, d.type)
            for c in reversed(d.constraints):
                mty_ast = A.Pi("%c", "auto", None, c, mty_ast, d.span)
            mty = self.signature_type(Ctx(), mty_ast)
            mg = Global(f"{iname}.{short(m)}", "fun", self.eval([], mty), mty, d.span, totality="covering")
            mg.parent = iname
            self.add_global(mg)
            method_globals.append(mg)
            ig.impl_methods[m] = mg.name
        del iface_g
        # The dictionary: MkI {a = T} (m1 params...) (m2 params...)
        ty = ig.type
        n = 0
        binders: list[tuple[str, str, bool]] = []
        while True:
            ty = self.force(ty)
            if not isinstance(ty, VPi):
                break
            binders.append((ty.name, ty.icit, self.binder_erased(ty.qty, ty.dom)))
            ty = self.closure(ty.env, ty.cod, vvar(n))
            n += 1
        assert isinstance(ty, VNeu)
        target = self.quote(n, ty.spine[-1][0])
        body: T.Term = T.App(T.Ref(info.con), target, "impl", True)
        if info.supers:
            # the superclasses' dictionaries, found where the implementation's constraints are in scope
            sctx = Ctx()
            st = ig.type
            for k in range(n):
                st = self.force(st)
                assert isinstance(st, VPi)
                sctx = sctx.bind(st.name, st.dom, st.qty, hidden=True)
                st = self.closure(st.env, st.cod, vvar(k))
            for sup, _proj in info.supers:
                found = self.search(sctx, VNeu(HRef(sup), ((ty.spine[-1][0], "expl"),)), 0)
                if found is None:
                    raise ElabError(
                        d.span,
                        f"Can't find an implementation for {short(sup)} {head_text} "
                        f"(needed by {short(info.name)} {head_text})",
                        "no_implementation",
                    )
                body = T.App(body, found, "expl", False)
        for mg in method_globals:
            call: T.Term = T.Ref(mg.name)
            for k, (_, icit, er) in enumerate(binders):
                call = T.App(call, T.Var(n - 1 - k), icit, er)
            body = T.App(body, call, "expl", False)
        ig.clauses = [CClause([PV(k) for k in range(n)], n, body, {}, [b[0] for b in binders], d.span.line)]
        ig.arity = n
        ig.impl_context = n
        ig.checked = True
        for m, mg in zip(info.methods, method_globals, strict=True):
            clauses = defined.get(m) or info.defaults.get(m)
            if not clauses:
                self.diags.error(
                    "coverage",
                    f"Missing method {short(m)} in the implementation of {short(info.name)} {head_text}",
                    d.span,
                )
                mg.clauses = []
                mg.checked = True
                continue
            self.check_definition(mg, clauses, None)


def _arity(ch: Checker, g: Global) -> int:
    return ch.type_arity(g.type)


def _clause_name(c: A.Clause) -> str:
    head, _ = app_spine(c.lhs)
    return head.name if isinstance(head, A.Var) else ""


def _type_text(e: A.Expr) -> str:
    match e:
        case A.Var(name):
            return name
        case A.App(fn, arg):
            a = _type_text(arg)
            return f"{_type_text(fn)} {('(' + a + ')') if ' ' in a else a}"
    return "_"


_SIGS: dict[str, A.Expr] = {}
_PARAMS: dict[str, str] = {}


def register_iface_source(d: A.Interface, qualify) -> None:  # type: ignore[no-untyped-def]
    _PARAMS[qualify(d.name)] = d.param
    for m in d.methods:
        _SIGS[qualify(m.name)] = m.type


def _iface_param(ch: Checker, info: IfaceInfo) -> str:
    return _PARAMS[info.name]


def _method_sig(ch: Checker, info: IfaceInfo, m: str) -> A.Expr:
    return _SIGS[m]


def _subst_var(e: A.Expr, name: str, by: A.Expr) -> A.Expr:
    match e:
        case A.Var(n, _span) if n == name:
            return by
        case A.App(fn, arg, span, implicit):
            return A.App(_subst_var(fn, name, by), _subst_var(arg, name, by), span, implicit)
        case A.Pi(n, icit, q, dom, cod, span):
            cod2 = cod if n == name else _subst_var(cod, name, by)
            return A.Pi(n, icit, q, _subst_var(dom, name, by), cod2, span)
        case A.Tuple(items, span):
            return A.Tuple([_subst_var(i, name, by) for i in items], span)
    return e


_original_interface = ModuleChecker.interface


def _interface_with_source(self: ModuleChecker, d: A.Interface) -> None:
    register_iface_source(d, self.qualify)
    _original_interface(self, d)


ModuleChecker.interface = _interface_with_source  # type: ignore[method-assign]

# ---------------------------------------------------------------- the library, checked once

_BASE: ModuleChecker | None = None
_BASE_ERRORS: list[str] = []


def library() -> ModuleChecker:
    global _BASE
    if _BASE is None:
        from compilers.frontends.idris.lexer import lex
        from compilers.frontends.idris.parser import parse

        diags = DiagnosticBag()
        ch = ModuleChecker(diags)
        ch.builtins()
        for mod, imports in LIBRARY:
            path = LIB / (mod.replace(".", "/") + ".idr")
            src = path.read_text()
            tree = parse(lex(src, str(path.name), diags), diags)
            ch.default_total = False
            ch.check_module(tree, mod, ["Builtin", *imports])
            ch.holes.clear()
            if diags.has_errors:
                break
        if diags.has_errors:
            _BASE_ERRORS.extend(f"{d.span}: {d.message}" for d in diags.items)
            raise RuntimeError("the Idris library does not check:\n" + "\n".join(_BASE_ERRORS))
        ch.metas_base = len(ch.metas)  # type: ignore[attr-defined]
        _BASE = ch
    return _BASE


def check_program(module: A.Module, diags: DiagnosticBag) -> ModuleChecker:
    base = library()
    ch = ModuleChecker(diags, base)
    ch.metas = list(base.metas)  # the library's metas are all solved; the program's come after them
    ch.order = []
    ch.tree = module  # type: ignore[attr-defined]
    ch.check_module(module, "Main", ["Builtin", "Prelude"])
    return ch


def span_of(e: object) -> Span:
    return e_span(e)
