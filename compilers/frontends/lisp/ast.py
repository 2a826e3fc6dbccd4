"""LISP data: what the reader makes and macros work on (code is data). Conses carry the source position
of their opening parenthesis, so that a diagnostic about a form can say where the form is."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from compilers.diagnostics import Span


class Symbol:
    """An interned symbol: one object per name, so `is` is EQ."""

    __slots__ = ("name",)
    _table: dict[str, Symbol] = {}

    def __init__(self, name: str) -> None:
        self.name = name

    @classmethod
    def of(cls, name: str) -> Symbol:
        sym = cls._table.get(name)
        if sym is None:
            sym = cls._table[name] = Symbol(name)
        return sym

    @property
    def keyword(self) -> bool:
        return self.name.startswith(":")

    def __repr__(self) -> str:
        return self.name


def sym(name: str) -> Symbol:
    return Symbol.of(name.upper())


NIL = Symbol.of("NIL")
T = Symbol.of("T")


class Cons:
    __slots__ = ("car", "cdr", "span")

    def __init__(self, car: object, cdr: object, span: Span | None = None) -> None:
        self.car = car
        self.cdr = cdr
        self.span = span

    def __iter__(self) -> Iterator[object]:
        """The elements of a proper list (a dotted tail is not yielded)."""
        x: object = self
        while isinstance(x, Cons):
            yield x.car
            x = x.cdr

    def __repr__(self) -> str:
        return write(self, True)


class LString:
    """A LISP string: mutable, so a program's (setf (char s 0) ...) is seen through every reference."""

    __slots__ = ("chars",)

    def __init__(self, text: str) -> None:
        self.chars = list(text)

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def __repr__(self) -> str:
        return write(self, True)


@dataclass(frozen=True, slots=True)
class Char:
    code: int


CHAR_NAMES = {
    " ": "Space",
    "\n": "Newline",
    "\t": "Tab",
    "\r": "Return",
    "\x7f": "Rubout",
    "\b": "Backspace",
    "\x0c": "Page",
    "\0": "Nul",
}
CHAR_BY_NAME = {name.upper(): ch for ch, name in CHAR_NAMES.items()} | {"LINEFEED": "\n"}


def lisp_list(items: Iterable[object], tail: object = NIL, span: Span | None = None) -> object:
    out = tail
    for item in reversed(list(items)):
        out = Cons(item, out)
    if span is not None and isinstance(out, Cons):
        out.span = span
    return out


def is_list(x: object) -> bool:
    return x is NIL or isinstance(x, Cons)


def proper(x: object) -> list[object] | None:
    """The elements of a proper list, or None for anything else."""
    out: list[object] = []
    while isinstance(x, Cons):
        out.append(x.car)
        x = x.cdr
    return out if x is NIL else None


def write(x: object, escape: bool) -> str:
    """The printed form as SBCL prints it: prin1 when escape, princ otherwise."""
    if isinstance(x, bool):
        return "T" if x else "NIL"
    if isinstance(x, int):
        return str(x)
    if isinstance(x, Symbol):
        return x.name
    if isinstance(x, LString):
        if not escape:
            return x.text
        return '"' + x.text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(x, Char):
        ch = chr(x.code)
        if not escape:
            return ch
        return "#\\" + CHAR_NAMES.get(ch, ch)
    if isinstance(x, Cons):
        parts: list[str] = []
        y: object = x
        while isinstance(y, Cons):
            parts.append(write(y.car, escape))
            y = y.cdr
        if y is not NIL:
            parts.append(". " + write(y, escape))
        return "(" + " ".join(parts) + ")"
    if isinstance(x, list):  # a vector
        return "#(" + " ".join(write(e, escape) for e in x) + ")"
    return f"#<{type(x).__name__}>"


def dump(forms: object) -> str:
    """`emit --stage ast`: the program's forms after macro expansion, one per line."""
    items = forms if isinstance(forms, list) else getattr(forms, "expanded", [])
    return "\n".join(write(f, True) for f in items) + "\n"
