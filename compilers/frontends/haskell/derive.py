"""`deriving (Show, Read, Eq, Ord, Enum, Bounded)`: the instance declarations GHC derives, written as Haskell
text and parsed, so that they are checked and elaborated like any instance. Show is GHC's derived Show:
`showsPrec d` with parentheses above precedence 10, records as `C {f = v, g = w}`, infix constructors
with their fixity (`showsPrec (p+1)` on both sides), negative numbers parenthesised by their own
`showsPrec 11`."""

from __future__ import annotations

from compilers.diagnostics import DiagnosticBag, Span
from compilers.frontends.haskell import ast as A
from compilers.frontends.haskell.lexer import lex
from compilers.frontends.haskell.parser import ParseError, parse

DERIVABLE = ("Show", "Read", "Eq", "Ord", "Enum", "Bounded")


def _head(d: A.DData, cls: str) -> str:
    ty = d.name if not d.tyvars else f"({d.name} {' '.join(d.tyvars)})"
    ctx = ", ".join(f"{cls} {v}" for v in d.tyvars)
    return f"instance ({ctx}) => {cls} {ty} where" if ctx else f"instance {cls} {ty} where"


def _is_op(name: str) -> bool:
    return not (name[0].isalpha() or name[0] == "_")


def _pat(c: A.ConDecl, prefix: str) -> str:
    vars_ = [f"{prefix}{i}" for i in range(len(c.fields))]
    name = f"({c.name})" if _is_op(c.name) else c.name
    return f"({name} {' '.join(vars_)})" if vars_ else name


def _show(d: A.DData, fixities: dict[str, tuple[str, int]]) -> list[str]:
    lines = [_head(d, "Show")]
    for c in d.cons:
        n = len(c.fields)
        if c.field_names:
            parts = []
            for i, f in enumerate(c.field_names):
                label = f"({f})" if _is_op(f) else f
                sep = ", " if i else ""
                parts.append(f'showString "{sep}{label} = " . showsPrec 0 a{i}')
            cname = f"({c.name})" if _is_op(c.name) else c.name
            body = f'showString "{cname} {{" . ' + " . ".join(parts) + " . showChar '}'"
            lines.append(f"  showsPrec d {_pat(c, 'a')} = showParen (d >= 11) ({body})")
        elif n == 2 and (_is_op(c.name) or c.infix):
            _, p = fixities.get(c.name, ("infixl", 9))
            op = c.name if _is_op(c.name) else f"`{c.name}`"
            body = f'showsPrec {p + 1} a0 . showString " {op} " . showsPrec {p + 1} a1'
            lines.append(f"  showsPrec d {_pat(c, 'a')} = showParen (d > {p}) ({body})")
        elif n == 0:
            label = f"({c.name})" if _is_op(c.name) else c.name
            lines.append(
                f'  showsPrec _ {c.name if not _is_op(c.name) else "(" + c.name + ")"} = showString "{label}"'
            )
        else:
            label = f"({c.name})" if _is_op(c.name) else c.name
            args = " . ".join(f"showChar ' ' . showsPrec 11 a{i}" for i in range(n))
            lines.append(
                f'  showsPrec d {_pat(c, "a")} = showParen (d >= 11) (showString "{label}" . {args})'
            )
    return lines


# A constructor's name read as a whole word: the text after it does not go on with an identifier's letter.
_WORD_ENDS = (
    "case u of { (c : _) -> not (c == '_' || c == '\\'' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')"
    " || (c >= '0' && c <= '9')); [] -> True }"
)


def _read(d: A.DData, fixities: dict[str, tuple[str, int]]) -> list[str]:
    """GHC's derived Read: a constructor and its arguments at precedence 11 (the whole at most 10), a
    record's fields by name at precedence 0 (the whole at most 11), an infix constructor's operands at its
    fixity + 1, a nullary constructor at any precedence; and any of them in parentheses (precedence 0
    inside)."""
    alternatives = []
    for c in d.cons:
        n = len(c.fields)
        args = [f"a{i}" for i in range(n)]
        value = f"({c.name} {' '.join(args)})" if n and not _is_op(c.name) else c.name
        if c.field_names:
            steps = [
                f'u0 <- readToken "{c.name}" t',
                _WORD_ENDS.replace("u of", "u0 of"),
                'v0 <- readToken "{" u0',
            ]
            for i, f in enumerate(c.field_names):
                sep = f'w{i} <- readToken "," v{i}' if i else f"w{i} <- [v{i}]"
                steps += [sep, f'x{i} <- readToken "{f}" w{i}', f'y{i} <- readToken "=" x{i}']
                steps.append(f"(a{i}, v{i + 1}) <- readsPrec 0 y{i}")
            steps.append(f'u <- readToken "}}" v{n}')
            alternatives.append(f"(if d > 11 then [] else [({value}, u) | {', '.join(steps)}])")
        elif n == 2 and (_is_op(c.name) or c.infix):
            _, p = fixities.get(c.name, ("infixl", 9))
            op = c.name if _is_op(c.name) else f"`{c.name}`"
            value = f"(a0 {op} a1)"
            steps = [
                f"(a0, u0) <- readsPrec {p + 1} t",
                f'u1 <- readToken "{op}" u0',
                f"(a1, u) <- readsPrec {p + 1} u1",
            ]
            alternatives.append(f"(if d > {p} then [] else [({value}, u) | {', '.join(steps)}])")
        elif n == 0:
            alternatives.append(f'[({c.name}, u) | u <- readToken "{c.name}" t, {_WORD_ENDS}]')
        else:
            steps = [f'u0 <- readToken "{c.name}" t', _WORD_ENDS.replace("u of", "u0 of")]
            steps += [f"(a{i}, u{i + 1}) <- readsPrec 11 u{i}" for i in range(n)]
            value = f"({c.name} {' '.join(args)})"
            alternatives.append(f"(if d > 10 then [] else [({value}, u{n}) | {', '.join(steps)}])")
    body = " ++ ".join(alternatives)
    return [
        _head(d, "Read"),
        f"  readsPrec d t = {body} ++",
        '    [(x, w) | u <- readToken "(" t, (x, v) <- readsPrec 0 u, w <- readToken ")" v]',
    ]


def _eq(d: A.DData) -> list[str]:
    lines = [_head(d, "Eq")]
    for c in d.cons:
        conds = " && ".join(f"a{i} == b{i}" for i in range(len(c.fields))) or "True"
        lines.append(f"  {_pat(c, 'a')} == {_pat(c, 'b')} = {conds}")
    if len(d.cons) > 1:
        lines.append("  _ == _ = False")
    return lines


def _ord(d: A.DData) -> list[str]:
    lines = [_head(d, "Ord")]
    for c in d.cons:
        n = len(c.fields)
        if n == 0:
            body = "EQ"
        else:
            body = f"compare a{n - 1} b{n - 1}"
            for i in reversed(range(n - 1)):
                body = f"(case compare a{i} b{i} of {{ EQ -> {body}; other -> other }})"
        lines.append(f"  compare {_pat(c, 'a')} {_pat(c, 'b')} = {body}")
    if len(d.cons) > 1:
        tag = f"derivedTag'{d.name}"
        lines.append(f"  compare a b = compare ({tag} a) ({tag} b)")
    return lines


def _tag_fn(d: A.DData) -> list[str]:
    name = f"derivedTag'{d.name}"
    lines = [f"{name} :: {d.name} {' '.join(d.tyvars)} -> Int" if d.tyvars else f"{name} :: {d.name} -> Int"]
    for i, c in enumerate(d.cons):
        wild = " ".join("_" for _ in c.fields)
        cname = f"({c.name})" if _is_op(c.name) else c.name
        lines.append(f"{name} ({cname} {wild}) = {i}" if wild else f"{name} {cname} = {i}")
    return lines


def _enum(d: A.DData) -> list[str]:
    """GHC's derived Enum, with its errors (`error`, at the class's name in the deriving clause)."""
    tag = f"derivedTag'{d.name}"
    first, last = d.cons[0].name, d.cons[-1].name
    lines = [_head(d, "Enum"), f"  fromEnum x = {tag} x"]
    for i, c in enumerate(d.cons):
        lines.append(f"  toEnum {i} = {c.name}")
    lines.append(
        f'  toEnum n = error ("toEnum{{{d.name}}}: tag (" ++ show n ++ '
        f'") is outside of enumeration\'s range (0,{len(d.cons) - 1})")'
    )
    lines.append(
        f'  succ {last} = error "succ{{{d.name}}}: tried to take `succ\' of last tag in enumeration"'
    )
    lines.append(f"  succ x = toEnum ({tag} x + 1)")
    lines.append(
        f'  pred {first} = error "pred{{{d.name}}}: tried to take `pred\' of first tag in enumeration"'
    )
    lines.append(f"  pred x = toEnum ({tag} x - 1)")
    lines.append(f"  enumFrom x = enumFromTo x {d.cons[-1].name}")
    lines.append(
        f"  enumFromThen x y = enumFromThenTo x y "
        f"(if fromEnum y >= fromEnum x then {d.cons[-1].name} else {d.cons[0].name})"
    )
    return lines


def _bounded(d: A.DData) -> list[str]:
    """An enumeration's first and last constructors; one constructor's fields each at its own bound."""
    if len(d.cons) == 1 and d.cons[0].fields:
        c = d.cons[0]
        name = f"({c.name})" if _is_op(c.name) else c.name
        lines = [_head(d, "Bounded")]
        for method in ("minBound", "maxBound"):
            lines.append(f"  {method} = {name} {' '.join(method for _ in c.fields)}")
        return lines
    return [_head(d, "Bounded"), f"  minBound = {d.cons[0].name}", f"  maxBound = {d.cons[-1].name}"]


def _not_derivable(cls: str, d: A.DData) -> str | None:
    """GHC's reason that the class cannot be derived for the type, if it cannot (Enum and Bounded need an
    enumeration, or Bounded one constructor; every class a constructor, without EmptyDataDeriving)."""
    if not d.cons:
        return (
            f"‘{d.name}’ must have at least one data constructor. "
            "Use EmptyDataDeriving to enable deriving for empty data types"
        )
    if cls not in ("Enum", "Bounded") or all(not c.fields for c in d.cons):
        return None
    reason = (
        f"‘{d.name}’ must be an enumeration type (an enumeration consists of one or more nullary, "
        "non-GADT constructors)"
    )
    if cls == "Enum":
        return reason
    if len(d.cons) == 1:
        return None
    return f"{reason} or ‘{d.name}’ must have precisely one constructor"


def derive_instances(
    mod: A.Module, filename: str, fixities: dict[str, tuple[str, int]] | None = None
) -> list[A.Decl]:
    """The derived instances of the module's data declarations, as declarations."""
    fix = dict(fixities or {})
    for d in mod.decls:
        if isinstance(d, A.DFixity):
            for op in d.ops:
                fix[op] = (d.assoc, d.prec)
    out: list[A.Decl] = []
    for d in mod.decls:
        if not isinstance(d, A.DData) or not d.deriving:
            continue
        # Each instance's nodes carry the span of its class's name in the deriving clause (GHC's location
        # of a derived method's error call), the tag function the data declaration's.
        groups: list[tuple[list[str], Span]] = []
        for i, cls in enumerate(d.deriving):
            where = d.deriving_spans[i] if i < len(d.deriving_spans) else d.span
            if cls not in DERIVABLE:
                message = f"Can't make a derived instance of ‘{cls} {d.name}’"
                if cls in ("Functor", "Foldable", "Traversable"):  # GHC's, in Haskell 2010
                    message += f": You need Derive{cls} to derive an instance for this class"
                else:
                    message += f": ‘{cls}’ is not a stock derivable class (Eq, Show, etc.)"
                raise ParseError(message, where)
            reason = _not_derivable(cls, d)
            if reason is not None:
                raise ParseError(f"Can't make a derived instance of ‘{cls} {d.name}’: {reason}", where)
            groups.append((_derive(cls, d, fix), where))
        if "Ord" in d.deriving or "Enum" in d.deriving:
            groups.append((_tag_fn(d), d.span))
        for lines, span in groups:
            out.extend(_parsed(lines, d, filename, span))
    return out


def _derive(cls: str, d: A.DData, fix: dict[str, tuple[str, int]]) -> list[str]:
    """The text of the instance of a derivable class."""
    if cls == "Show":
        return _show(d, fix)
    if cls == "Read":
        return _read(d, fix)
    if cls == "Eq":
        return _eq(d)
    if cls == "Ord":
        return _ord(d)
    if cls == "Enum":
        return _enum(d)
    return _bounded(d)


def _parsed(lines: list[str], d: A.DData | A.DInstance, filename: str, span: Span) -> list[A.Decl]:
    """The declarations of derived text, every node at `span`."""
    text = "\n".join(lines) + "\n"
    diags = DiagnosticBag()
    derived = parse(lex(text, filename, diags), diags)
    if derived is None or diags.has_errors:
        raise ParseError(
            f"internal error deriving for {d.name if isinstance(d, A.DData) else d.cls}: "
            + "; ".join(x.message for x in diags.items)
            + "\n"
            + text,
            d.span,
        )
    for x in derived.decls:
        _respan(x, span)
    return derived.decls


def _respan(node: object, span: Span) -> None:
    """Every node of a derived declaration carries the data declaration's span (errors point there)."""
    for n in _nodes(node):
        object.__setattr__(n, "span", span)


def var_ids(decls: list[A.Decl]) -> set[int]:
    """id() of every variable the declarations name (the derived code's names are the Prelude's)."""
    return {id(n) for n in _nodes(decls) if isinstance(n, A.EVar)}


def _nodes(node: object) -> list[object]:
    """The nodes of a tree that carry a span."""
    out: list[object] = []
    seen: set[int] = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if id(n) in seen:
            continue
        seen.add(id(n))
        if isinstance(n, list | tuple):
            stack.extend(n)
            continue
        slots = getattr(type(n), "__slots__", None)
        if not slots or not hasattr(n, "span"):
            continue
        out.append(n)
        for name in slots:
            v = getattr(n, name, None)
            if name != "span" and v is not None and not isinstance(v, str | int | float):
                stack.append(v)
    return out


def field_selectors(mod: A.Module) -> list[A.Decl]:
    """A function per record field: `f (C _ x _) = x` for each constructor with the field (GHC's selector;
    a constructor without it is a run-time error)."""
    out: list[A.Decl] = []
    for d in mod.decls:
        if not isinstance(d, A.DData):
            continue
        names: list[str] = []
        for con in d.cons:
            for f in con.field_names or []:
                if f not in names:
                    names.append(f)
        for f in names:
            s = d.span
            for con in d.cons:
                if not con.field_names or f not in con.field_names:
                    continue
                args: list[A.Pat] = [A.PWild(s) for _ in con.fields]
                args[con.field_names.index(f)] = A.PVar("x", s)
                rhs = A.Rhs([], A.EVar("x", s), [], s)
                out.append(A.DClause(f, [A.PCon(con.name, args, s)], rhs, s))
            if any(not con.field_names or f not in con.field_names for con in d.cons):
                msg = A.ELit(f"No match in record selector {f}", "string", s)
                rhs = A.Rhs([], A.EApp(A.EVar("errorWithoutStackTrace", s), msg, s), [], s)
                out.append(A.DClause(f, [A.PWild(s)], rhs, s))
    return out


def foldable_instances(mod: A.Module, filename: str) -> list[A.Decl]:
    """`instance Foldable T where foldr ...` (or `foldMap`; T may have parameters of its own, `Pair e`), taken
    out of the module's declarations: its method a top-level function of its own, and the Prelude's class
    Foldable (one method, the container's elements as a list: prelude.hs) given an instance of T that lists
    them by `foldr (:) []` or `foldMap (\\x -> [x])`; a Foldable function used at a T is composed with it
    (Checker.list_foldable_use). Returns the new declarations. An instance with neither method stays, and is
    the checker's diagnostic."""
    if any(isinstance(d, A.DClass) and d.name == "Foldable" for d in mod.decls):
        return []  # the program's own class
    out: list[A.Decl] = []
    kept: list[A.Decl] = []
    for d in mod.decls:
        methods = (
            {c.name for c in d.decls if isinstance(c, A.DClause)} if isinstance(d, A.DInstance) else set()
        )
        base = next((m for m in ("foldr", "foldMap") if m in methods), None)
        head = _type_head(d.type) if isinstance(d, A.DInstance) else None
        if not (isinstance(d, A.DInstance) and d.cls == "Foldable" and head and base):
            kept.append(d)
            continue
        t = _type_text(d.type)
        method = f"foldable'{base}'{head}"
        context = ", ".join(f"{p.cls} {_type_text(p.type)}" for p in d.context)
        lines = [f"instance ({context}) => Foldable {t} where"]
        if base == "foldr":
            lines += [
                f"  foldableToList' t = {method} (:) [] t",
                f"{method} :: ({context}) => (fold'a -> fold'b -> fold'b) -> fold'b -> {t} fold'a -> fold'b",
            ]
        else:
            monoid = ", ".join(c for c in (context, "Monoid fold'm") if c)
            lines += [
                f"  foldableToList' t = {method} (\\x -> [x]) t",
                f"{method} :: ({monoid}) => (fold'a -> fold'm) -> {t} fold'a -> fold'm",
            ]
        out.extend(_parsed(lines, d, filename, d.span))
        out.extend(
            A.DClause(method, c.pats, c.rhs, c.span)
            for c in d.decls
            if isinstance(c, A.DClause) and c.name == base
        )
    mod.decls[:] = kept
    return out


def _type_head(t: A.Type) -> str | None:
    """The name of the type constructor an instance is for (`Pair` of `Pair e`), None for a variable."""
    while isinstance(t, A.TyApp):
        t = t.fun
    return t.name if isinstance(t, A.TyCon) and t.name[0].isalpha() else None


def _type_text(t: A.Type) -> str:
    if isinstance(t, A.TyApp):
        return f"({_type_text(t.fun)} {_type_text(t.arg)})"
    return t.name
