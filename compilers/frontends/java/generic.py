"""Generic types as the checker writes them: strings such as "Map<String,List<Integer>>[]". These helpers
take them apart, substitute type variables and erase them (JLS 4.6): at run time every type argument is
gone, a type variable is a reference like any other."""

from __future__ import annotations

import re

_IDENT = re.compile(r"[A-Za-z_$][A-Za-z_$0-9.]*")
# `? extends ? super X` (a variable's bound made a lower-bounded wildcard) admits anything: `?`; so does
# `? super ? extends X`, which admits nothing a program can name but null.
_NESTED_SUPER_OF_EXTENDS = re.compile(r"\? extends \? super [^,<>]*(<[^<>]*(<[^<>]*>[^<>]*)*>)?")
_NESTED_EXTENDS_OF_SUPER = re.compile(r"\? super \? extends [^,<>]*(<[^<>]*(<[^<>]*>[^<>]*)*>)?")

BOXES = {
    "int": "Integer", "long": "Long", "char": "Character", "boolean": "Boolean", "double": "Double",
    "float": "Float",
}  # fmt: skip
UNBOXES = {box: prim for prim, box in BOXES.items()}


def split(ty: str) -> tuple[str, list[str], str]:
    """A type's class name, its type arguments (top level) and its array dimensions ("[]" each)."""
    dims = ""
    while ty.endswith("[]"):
        ty, dims = ty[:-2], dims + "[]"
    if "<" not in ty:
        return ty, [], dims
    base, rest = ty.split("<", 1)
    inner = rest[:-1]
    args: list[str] = []
    depth, start = 0, 0
    for k, ch in enumerate(inner):
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        elif ch == "," and depth == 0:
            args.append(inner[start:k])
            start = k + 1
    if inner:
        args.append(inner[start:])
    return base, args, dims


def join(base: str, args: list[str], dims: str = "") -> str:
    return base + ("<" + ",".join(args) + ">" if args else "") + dims


def base_of(ty: str) -> str:
    """The class (or type variable) named by a type, without its arguments or dimensions."""
    return split(ty)[0]


def erase(ty: str) -> str:
    """The type without its type arguments (a type variable is left for the caller to bound)."""
    base, _, dims = split(ty)
    return base + dims


def subst(ty: str, mapping: dict[str, str]) -> str:
    """Each type variable of mapping replaced in ty (whole names only). A wildcard put in a wildcard's
    bound is folded as capture would: `? extends E` with E a `? extends Number` is `? extends Number`,
    with E a `? super X` it is `?`."""
    if not mapping:
        return ty
    out = _IDENT.sub(lambda m: mapping.get(m.group(0), m.group(0)), ty)
    if "? extends ?" in out or "? super ?" in out:
        out = _NESTED_SUPER_OF_EXTENDS.sub("?", out)
        out = _NESTED_EXTENDS_OF_SUPER.sub("?", out)
        out = out.replace("? extends ? extends ", "? extends ").replace("? super ? super ", "? super ")
        out = out.replace("? extends ?", "?")
    return out


def box(ty: str) -> str:
    """The boxed class of a primitive type (int's for short and byte, as a constant would be)."""
    return BOXES.get("int" if ty in ("short", "byte") else ty, ty)


def wildcard_bound(arg: str) -> tuple[str, str] | None:
    """A wildcard type argument's kind ("extends" or "super") and bound; None for a type."""
    if arg == "?":
        return "extends", "Object"
    for kind in ("extends", "super"):
        if arg.startswith(f"? {kind} "):
            return kind, arg[len(kind) + 3 :]
    return None


def read_type(ty: str) -> str:
    """The type a value of a wildcard-typed member reads as: its upper bound (Object for `? super`)."""
    w = wildcard_bound(ty)
    if w is None:
        return ty
    return w[1] if w[0] == "extends" else "Object"
