"""Reading an object's bits as another type: union members, `*(T *)&x` and memcpy between objects.

The Store holds one word a scalar (README, "Words, not bytes"), its value rather than its bytes. What C
shows of the bytes where the words can show it is computed from the value: a scalar's bits are its
two's complement pattern modulo 2^(8 * size) (an integer, a pointer), its binary64 pattern (a double,
which is already how a double is held) or its binary32 pattern (a float, held as the double of its
value: float64.c's f64_f32_bits). A union whose scalar members differ in type holds the bits of the
member last stored, the lower bytes of a wider pattern kept when a narrower member is stored (x86-64 is
little-endian), and a read of a member takes its type's value from those bits: `union { double d;
unsigned long long u; }` shows gcc's IEEE pattern, `union { float f; uint32_t u; }` too, and a `char`
member the lowest byte of an `int`. A union with an array of chars (`union { double d; unsigned char
b[8]; }`, `union { long n; char name[8]; }`) holds its bytes instead, one a word, the lowest first: a
scalar member is stored as its bytes and read back from them, so the chars show gcc's bytes and a
string written into the array is read back as gcc reads it. What else needs single bytes at their own
addresses (`(unsigned char *)&x`, an array of shorts over a double, a scalar member's address in a
union of bytes) the words cannot show: each is a diagnostic naming the construct.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING

from compilers.frontends.c import ast, floats
from compilers.frontends.c.ctype import CType, StructInfo
from compilers.ir.nodes import Const, Operand

if TYPE_CHECKING:
    from compilers.frontends.c.lower import FunctionLowering

F32_BITS = "f64_f32_bits"
F32_FROM_BITS = "f64_f32_from_bits"


def f32_bits(pattern: int) -> int:
    """The binary32 pattern of a float constant held as its double's pattern (f64_f32_bits)."""
    return int(struct.unpack("<I", struct.pack("<f", struct.unpack("<d", struct.pack("<Q", pattern))[0]))[0])


def is_scalar(ctype: CType | None) -> bool:
    return ctype is not None and ctype.is_scalar


def same_bits(a: CType, b: CType) -> bool:
    """Whether a value of one type is held as the other's would be (qualifiers aside; every pointer is
    an address)."""
    if a.is_pointer and b.is_pointer:
        return True
    return a.kind == b.kind and a.unsigned == b.unsigned


def union_of(expr: ast.MemberAccess) -> StructInfo | None:
    """The union whose member the access names, anonymous unions inside a struct included."""
    base = expr.base.ctype
    if base is not None and expr.arrow:
        base = base.base
    info = base.struct if base is not None else None
    while info is not None and not any(m.name == expr.name for m in info.members):
        inner = [
            m.ctype.struct
            for m in info.members
            if m.name == "" and m.ctype.struct is not None and m.ctype.struct.member(expr.name) is not None
        ]
        info = inner[0] if inner else None
    return info if info is not None and info.union else None


def punning_width(info: StructInfo) -> int | None:
    """The bytes a union's scalar members overlay, when they differ in type: their widest size."""
    scalars = [m.ctype for m in info.members if m.bits is None and is_scalar(m.ctype)]
    if not any(not same_bits(a, b) for a in scalars for b in scalars):
        return None
    return min(8, max(ctype.size for ctype in scalars))


def byte_array(info: StructInfo) -> CType | None:
    """The type of the chars a union holds its bytes as: its first array of a char type, when it also
    has a scalar member."""
    if not any(m.bits is None and is_scalar(m.ctype) for m in info.members):
        return None
    for member in info.members:
        ctype = member.ctype
        if ctype.is_array and ctype.base is not None and ctype.base.kind == "char":
            return ctype.base
    return None


def byte_member(expr: ast.Expr) -> CType | None:
    """For a scalar member of a union of bytes: the char type its bytes are held as."""
    if not isinstance(expr, ast.MemberAccess) or not is_scalar(expr.ctype):
        return None
    if expr.member is None or expr.member.bits is not None:
        return None
    info = union_of(expr)
    return byte_array(info) if info is not None else None


def punned_member(expr: ast.Expr) -> int | None:
    """The width of the union whose scalar member this access is, when that union puns; else None."""
    if not isinstance(expr, ast.MemberAccess) or not is_scalar(expr.ctype):
        return None
    if expr.member is None or expr.member.bits is not None:
        return None
    info = union_of(expr)
    return punning_width(info) if info is not None else None


def overlaid_aggregate(expr: ast.Expr) -> str | None:
    """What an access of a union's array or struct member would read of a scalar member's bytes: a
    description for the diagnostic, or None. An aggregate no larger than the union's widest scalar
    member overlays its bytes (`union { int i; char c[4]; }`); a larger one is taken for a variant of its
    own, read back through the member it was stored through."""
    if not isinstance(expr, ast.MemberAccess) or expr.ctype is None or is_scalar(expr.ctype):
        return None
    info = union_of(expr)
    if info is None:
        return None
    scalars = [m.ctype for m in info.members if m.bits is None and is_scalar(m.ctype)]
    if not scalars:
        return None
    widest = max(scalars, key=lambda ctype: ctype.size)
    chars = byte_array(info)
    if chars is not None and expr.ctype.is_array and expr.ctype.base is not None:
        if expr.ctype.base.kind == "char" and expr.ctype.size >= widest.size:
            return None  # the union's bytes
        if expr.ctype.base.kind == "char":
            return f"'{expr.ctype}' member '{expr.name}', shorter than the union's '{widest}'"
    if expr.ctype.size > widest.size and chars is None:
        return None
    return f"'{expr.ctype}' member '{expr.name}' over the union's '{widest}'"


def bits_of(fl: FunctionLowering, value: Operand, ctype: CType) -> Operand:
    """The bit pattern of a value of the type, as an integer from 0 to 2^(8 * size) - 1."""
    if ctype.kind == "float":
        if isinstance(value, Const):
            return Const(f32_bits(value.value))
        return floats.call(fl, F32_BITS, [value])
    if ctype.kind == "double":
        return value
    width = 64 if ctype.is_pointer else ctype.size * 8
    if isinstance(value, Const):
        return Const(value.value % (1 << width))
    return fl.fb.wrap(f"u{width}", value)


def from_bits(fl: FunctionLowering, bits: Operand, ctype: CType) -> Operand:
    """The value of the type whose bit pattern is the low 8 * size bits of `bits`."""
    if ctype.kind == "float":
        return floats.call(fl, F32_FROM_BITS, [bits])
    if ctype.kind == "double" or ctype.is_pointer:
        return fl.fb.wrap("u64", bits)
    if ctype.kind == "bool":
        return fl.fb.binary("ne", fl.fb.wrap("u8", bits), 0)
    return fl.fb.wrap(f"{'u' if ctype.unsigned else 'i'}{ctype.bits}", bits)


def merged(fl: FunctionLowering, old: Operand, bits: Operand, size: int, width: int) -> Operand:
    """The union's word after a member of `size` bytes stores `bits`: the bytes above it kept."""
    if size >= width:
        return bits
    old_bits = fl.fb.wrap("u64", old)
    low = fl.fb.binary("rem", old_bits, 1 << (8 * size))
    return fl.fb.add(fl.fb.sub(old_bits, low), bits)


def store(fl: FunctionLowering, target: ast.Expr, address: Operand, value: Operand) -> None:
    """An assignment of `value` to the lvalue at `address`: the value itself; its bits when the target
    is a member of a union that puns; its bytes, one a word, in a union of bytes."""
    assert target.ctype is not None
    chars = byte_member(target)
    if chars is not None:
        bits = bits_of(fl, value, target.ctype)
        for index in range(target.ctype.size):
            byte = bits if index == 0 else fl.fb.binary("div", bits, 1 << (8 * index))
            fl.fb.store(address, fl.fb.wrap(f"{'u' if chars.unsigned else 'i'}8", byte), index)
        return
    width = punned_member(target)
    if width is not None:
        bits = bits_of(fl, value, target.ctype)
        if target.ctype.size < width:
            bits = merged(fl, fl.fb.load(address), bits, target.ctype.size, width)
        value = bits
    fl.fb.store(address, value)


def load(fl: FunctionLowering, expr: ast.Expr, address: Operand) -> Operand:
    """The value of the lvalue at `address`: decoded from its bits or bytes when it is a member of a
    union that puns or of a union of bytes."""
    assert expr.ctype is not None
    chars = byte_member(expr)
    if chars is not None:
        bits: Operand = Const(0)
        for index in reversed(range(expr.ctype.size)):
            byte = fl.fb.wrap("u8", fl.fb.load(address, index))
            bits = byte if isinstance(bits, Const) else fl.fb.add(fl.fb.mul(bits, 256), byte)
        return from_bits(fl, bits, expr.ctype)
    word = fl.fb.load(address)
    if punned_member(expr) is None:
        return fl.char_word(word, expr.ctype)
    return from_bits(fl, word, expr.ctype)


def address_problem(expr: ast.Expr) -> str | None:
    """Why the address of this lvalue cannot be taken, when it is a union member whose word holds bits a
    pointer to its type would misread (a float's binary32 pattern, a narrower member's low bytes)."""
    if byte_member(expr) is not None:
        assert expr.ctype is not None and isinstance(expr, ast.MemberAccess)
        return f"the address of '{expr.ctype}' member '{expr.name}' of a union of bytes"
    width = punned_member(expr)
    if width is None:
        return overlaid_aggregate(expr)
    assert expr.ctype is not None and isinstance(expr, ast.MemberAccess)
    if expr.ctype.kind == "float" or expr.ctype.size < width:
        return f"the address of '{expr.ctype}' member '{expr.name}' of a union whose members share its bytes"
    return None


def pointer_pun(expr: ast.Expr) -> tuple[CType, CType] | None:
    """For `*(T *)p` with p a pointer to a scalar type S held otherwise than T: (S, T)."""
    if not isinstance(expr, ast.Unary) or expr.op != "*":
        return None
    cast = expr.operand
    if not isinstance(cast, ast.Cast):
        return None
    return scalar_pointer_change(cast.operand.ctype, cast.ctype)


def scalar_pointer_change(source: CType | None, target: CType | None) -> tuple[CType, CType] | None:
    """(S, T) when a pointer to scalar S becomes a pointer to scalar T held otherwise."""
    if source is None or target is None or not source.is_pointer or not target.is_pointer:
        return None
    s, t = source.base, target.base
    if not is_scalar(s) or not is_scalar(t):
        return None
    assert s is not None and t is not None
    if same_bits(s, t) or (s.is_integer and t.is_integer and s.size == t.size):
        return None  # the same word read with another signedness: the value C gives, as before
    return s, t


def bytes_problem(source: CType | None, target: CType | None) -> str | None:
    """A pointer to a scalar wider than a byte made a pointer to bytes, or to another scalar: the
    diagnostic's text, when it is not dereferenced at once (pointer_pun)."""
    change = scalar_pointer_change(source, target)
    if change is None:
        return None
    s, t = change
    if t.size == 1 and s.size > 1:
        return f"the bytes of an object of type '{s}' through '{t} *': the Engine's Store holds words"
    return f"a '{s} *' used as '{t} *' other than by `*(T *)&x`: read the bits with a union or memcpy"


@dataclass(slots=True)
class MemberBits(ast.Expr):
    """A union member's initialiser, when the union puns: the value stored as the member's bits."""

    value: ast.Expr
    member_type: CType
    spread: bool = False  # in a union of bytes, where only a constant is spread into bytes here


def initial_words(info: StructInfo, item: ast.Expr | int, member_type: CType) -> dict[int, ast.Expr | int]:
    """The words, by offset, an initialiser gives a scalar member of a union: its value; a constant's
    bits when the union puns (MemberBits for another value); a constant's bytes in a union of bytes."""
    from compilers.frontends.c.check import fold  # check imports library, which imports this module

    chars = byte_array(info)
    if not is_scalar(member_type) or (chars is None and punning_width(info) is None):
        return {0: item}
    if member_type.is_pointer and chars is None:
        return {0: item}  # an address is its own bits (and may be a static address constant)
    bits: int | None = item if isinstance(item, int) else None
    if isinstance(item, ast.Expr):
        bits = floats.constant_bits(item) if floats.is_floating(member_type) else fold(item)
    if bits is not None:
        bits = f32_bits(bits) if member_type.kind == "float" else bits % (1 << (8 * member_type.size))
    if bits is None:
        assert isinstance(item, ast.Expr)
        return {0: MemberBits(item.span, item, member_type, spread=chars is not None, ctype=None)}
    if chars is None:
        return {0: bits}
    return {k: chars.wrap((bits >> (8 * k)) % 256) for k in range(member_type.size)}


def store_through(
    fl: FunctionLowering, change: tuple[CType, CType], address: Operand, value: Operand
) -> Operand:
    """The word `*(T *)&x = v` leaves in x (of type S): v's bits, over x's upper bytes when T is
    narrower, read as an S."""
    source, target = change
    bits = bits_of(fl, value, target)
    if target.size < source.size:
        bits = merged(fl, bits_of(fl, fl.fb.load(address), source), bits, target.size, source.size)
    return from_bits(fl, bits, source)


def mixes_char_signedness(unit: ast.TranslationUnit) -> bool:
    """Whether a word of the program could be stored through an `unsigned char` lvalue and read through
    a `char` or `signed char` one, or the other way (lower.char_word). Every store puts a value of its
    lvalue's type in the word, so that needs one object reached through lvalues of both signednesses,
    and so an `unsigned char` pointer made from another pointer type or made into one (directly, or
    through `void *`: memcpy and memset arguments, malloc's result), or a union holding an unsigned char.
    A program with neither reads every char word in its own type's range, with no conversion."""
    stack: list[object] = [unit]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if isinstance(node, ast.Convert | ast.Cast) and unsigned_char_change(node.operand.ctype, node.ctype):
            return True
        if isinstance(node, ast.MemberAccess) and node.base.ctype is not None:
            base = node.base.ctype.base if node.arrow else node.base.ctype
            if base is not None and union_with_unsigned_char(base, False):
                return True
        cls = type(node)
        if not hasattr(cls, "__dataclass_fields__") or isinstance(node, CType):
            continue
        for name in cls.__dataclass_fields__:
            if name not in ("span", "symbol", "member", "locals", "cases", "default", "ctype"):
                value = getattr(node, name)
                if isinstance(value, list) or hasattr(type(value), "__dataclass_fields__"):
                    stack.append(value)
    return False


def unsigned_char_change(source: CType | None, target: CType | None) -> bool:
    """A pointer conversion between different pointed-to types, one of them `unsigned char`."""
    if source is None or target is None or not target.is_pointer:
        return False
    if not source.is_pointer and not source.is_array:
        return False
    s, t = source.base, target.base
    if s is None or t is None:
        return False
    if (s.kind == "char") and (t.kind == "char"):
        return s.unsigned != t.unsigned
    return (s.kind == "char" and s.unsigned) or (t.kind == "char" and t.unsigned)


def union_with_unsigned_char(ctype: CType, inside_union: bool) -> bool:
    """Whether a struct or union type holds, in a union, an `unsigned char` (or an array of them)."""
    while ctype.is_array and ctype.base is not None:
        ctype = ctype.base
    if ctype.kind == "char":
        return inside_union and ctype.unsigned
    info = ctype.struct
    if info is None:
        return False
    return any(union_with_unsigned_char(m.ctype, inside_union or info.union) for m in info.members)
