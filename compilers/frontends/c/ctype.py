"""C types, their sizes as C sees them, and their layout on the Engine.

The Store is word-addressed and every word holds a 50-digit integer, so each scalar (char, short, int,
long, _Bool, pointer, float, double) takes one word: `words` is the layout used by the generated code. A
program can still print `sizeof`, so `size` gives what gcc gives on x86-64 (int 4, long 8, pointers 8, structs
with gcc's padding). Pointer arithmetic counts in words; the library functions that take byte counts
(malloc, calloc, memset, memcpy) are given word counts by the lowering (see lower.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# float and double are IEEE 754 binary32 and binary64, one word each (floats.py).

# Integer kinds: (bits, gcc's size in bytes). char is signed, as on x86-64.
INTEGER_BITS = {"bool": 1, "char": 8, "short": 16, "int": 32, "long": 64}
INTEGER_RANK = {"bool": 0, "char": 1, "short": 2, "int": 3, "long": 4}
BYTE_SIZE = {"bool": 1, "char": 1, "short": 2, "int": 4, "long": 8, "float": 4, "double": 8, "pointer": 8}


@dataclass(eq=False, slots=True)
class StructInfo:
    """One struct type; compared by identity, as C compares struct types by declaration."""

    tag: str | None
    members: list[Member] = field(default_factory=list)
    complete: bool = False
    union: bool = False  # every member at offset 0

    def member(self, name: str) -> Member | None:
        """The member of that name, looked for in anonymous structs and unions too (gcc's extension,
        C11's rule): its offset then counts from this struct's start."""
        for member in self.members:
            if member.name == name:
                return member
        for member in self.members:
            inner = member.ctype.struct
            if member.name == "" and member.bits is None and inner is not None:
                found = inner.member(name)
                if found is not None:
                    offset = member.offset + found.offset
                    return Member(found.name, found.ctype, offset, found.bits, found.declared)
        return None

    def fields(self) -> list[Member]:
        """The members an initialiser list names: all but unnamed bit-fields (padding). A list without
        designators initialises a union's first member only."""
        return [m for m in self.members if m.name or m.bits is None]


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    ctype: CType  # a bit-field's is the type its value has in an expression (int for a narrow unsigned)
    offset: int  # in words, for the generated code
    bits: int | None = None  # a bit-field's width: one word of its own, its value kept in that width
    declared: CType | None = None  # a bit-field's declared type: its signedness and gcc's layout unit


@dataclass(frozen=True, slots=True)
class CType:
    kind: str  # void bool char short int long float double pointer array function struct
    unsigned: bool = False
    base: CType | None = None  # pointee, element or return type
    length: int | None = None  # array length; None for an array of unknown length
    params: tuple[CType, ...] = ()
    variadic: bool = False
    has_prototype: bool = True
    struct: StructInfo | None = None

    # Classification

    @property
    def is_integer(self) -> bool:
        return self.kind in INTEGER_BITS

    @property
    def is_arithmetic(self) -> bool:
        return self.is_integer or self.kind in ("float", "double")

    @property
    def is_pointer(self) -> bool:
        return self.kind == "pointer"

    @property
    def is_scalar(self) -> bool:
        return self.is_arithmetic or self.is_pointer

    @property
    def is_void(self) -> bool:
        return self.kind == "void"

    @property
    def is_array(self) -> bool:
        return self.kind == "array"

    @property
    def is_function(self) -> bool:
        return self.kind == "function"

    @property
    def is_struct(self) -> bool:
        return self.kind == "struct"

    @property
    def bits(self) -> int:
        return INTEGER_BITS[self.kind]

    @property
    def is_complete(self) -> bool:
        if self.kind == "void" or self.kind == "function":
            return False
        if self.kind == "array":
            return self.length is not None and self.base is not None and self.base.is_complete
        if self.kind == "struct":
            return self.struct is not None and self.struct.complete
        return True

    # Sizes

    @property
    def words(self) -> int:
        """Store words the value takes."""
        if self.kind == "array":
            assert self.base is not None
            return (self.length or 0) * self.base.words
        if self.kind == "struct":
            assert self.struct is not None
            words = [m.ctype.words for m in self.struct.members if m.name or m.bits is None]
            return max(words, default=0) if self.struct.union else sum(words)
        return 1

    @property
    def size(self) -> int:
        """What gcc's sizeof gives on x86-64, in bytes."""
        if self.kind == "array":
            assert self.base is not None
            return (self.length or 0) * self.base.size
        if self.kind == "struct":
            assert self.struct is not None
            align = self.align
            if self.struct.union:
                largest = max((m.ctype.size for m in self.struct.members), default=0)
                return (largest + align - 1) // align * align
            return (struct_bits(self.struct.members) + 8 * align - 1) // (8 * align) * align
        if self.kind in ("void", "function"):
            return 1  # gcc's extension, for pointer arithmetic on void *
        return BYTE_SIZE["pointer" if self.kind == "pointer" else self.kind]

    @property
    def align(self) -> int:
        if self.kind == "array":
            assert self.base is not None
            return self.base.align
        if self.kind == "struct":
            assert self.struct is not None
            # An unnamed bit-field does not align the struct (the System V ABI).
            return max((unit(m).align for m in self.struct.members if m.name or m.bits is None), default=1)
        return self.size

    # Integer ranges

    def wrap(self, value: int) -> int:
        """The value converted to this integer type, as gcc converts: modulo 2^bits."""
        if self.kind == "bool":
            return int(value != 0)
        if not self.is_integer:
            return value
        bits = self.bits
        value &= (1 << bits) - 1
        if not self.unsigned and value >= 1 << (bits - 1):
            value -= 1 << bits
        return value

    def __str__(self) -> str:
        return type_name(self)


def unit(member: Member) -> CType:
    """The type that lays a member out: a bit-field's declared type."""
    return member.declared or member.ctype


def struct_bits(members: list[Member]) -> int:
    """Where gcc's x86-64 layout (the System V ABI) ends a struct's members, in bits: a bit-field goes
    at the next free bit unless it would cross a boundary of its declared type, where it starts the
    next unit; a zero-width one moves to such a boundary; other members align to their type."""
    offset = 0
    for member in members:
        width = member.bits
        if width is None:
            align = 8 * member.ctype.align
            offset = (offset + align - 1) // align * align + 8 * member.ctype.size
            continue
        size = 8 * unit(member).size
        if width == 0:
            offset = (offset + size - 1) // size * size
        elif offset // size != (offset + width - 1) // size:
            offset = (offset + size - 1) // size * size + width
        else:
            offset += width
    return offset


def type_name(ctype: CType, inner: str = "") -> str:
    """The type as C spells it, for diagnostics: `int *`, `char [10]`, `struct point`."""
    kind = ctype.kind
    if kind == "pointer":
        assert ctype.base is not None
        if ctype.base.kind in ("array", "function"):
            return type_name(ctype.base, f"(*{inner})")
        return type_name(ctype.base, f"*{inner}")
    if kind == "array":
        assert ctype.base is not None
        size = "" if ctype.length is None else str(ctype.length)
        return type_name(ctype.base, f"{inner}[{size}]")
    if kind == "function":
        assert ctype.base is not None
        params = ", ".join(str(p) for p in ctype.params) + (", ..." if ctype.variadic else "")
        return type_name(ctype.base, f"{inner}({params or 'void'})")
    if kind == "struct":
        assert ctype.struct is not None
        keyword = "union" if ctype.struct.union else "struct"
        base = f"{keyword} {ctype.struct.tag or '<anonymous>'}"
    elif kind == "bool":
        base = "_Bool"
    else:
        base = ("unsigned " if ctype.unsigned else "") + kind
    if not inner:
        return base
    return f"{base} {inner}"


VOID = CType("void")
BOOL = CType("bool", unsigned=True)
CHAR = CType("char")
UCHAR = CType("char", unsigned=True)
SHORT = CType("short")
INT = CType("int")
UINT = CType("int", unsigned=True)
LONG = CType("long")
ULONG = CType("long", unsigned=True)
DOUBLE = CType("double")
FLOAT = CType("float")


def pointer_to(base: CType) -> CType:
    return CType("pointer", base=base)


def array_of(base: CType, length: int | None) -> CType:
    return CType("array", base=base, length=length)


def function_of(ret: CType, params: tuple[CType, ...], variadic: bool, has_prototype: bool = True) -> CType:
    return CType("function", base=ret, params=params, variadic=variadic, has_prototype=has_prototype)


def promote(ctype: CType) -> CType:
    """The integer promotions: everything narrower than int becomes int."""
    if ctype.is_integer and INTEGER_RANK[ctype.kind] < INTEGER_RANK["int"]:
        return INT
    return ctype


def usual_arithmetic(left: CType, right: CType) -> CType:
    """The common type of a binary arithmetic operator (C99 6.3.1.8), for int 32 and long 64 bits."""
    if left.kind == "double" or right.kind == "double":
        return DOUBLE
    if left.kind == "float" or right.kind == "float":
        return FLOAT
    left, right = promote(left), promote(right)
    if left == right:
        return left
    if left.unsigned == right.unsigned:
        return left if INTEGER_RANK[left.kind] >= INTEGER_RANK[right.kind] else right
    unsigned, signed = (left, right) if left.unsigned else (right, left)
    if INTEGER_RANK[unsigned.kind] >= INTEGER_RANK[signed.kind]:
        return unsigned
    # The signed type is wider: long holds every unsigned int value, so it wins.
    return signed


def decay(ctype: CType) -> CType:
    """Arrays become pointers to their first element, functions pointers to themselves."""
    if ctype.kind == "array":
        assert ctype.base is not None
        return pointer_to(ctype.base)
    if ctype.kind == "function":
        return pointer_to(ctype)
    return ctype


def compatible(a: CType, b: CType) -> bool:
    """Type compatibility, enough for redeclarations and pointer assignment checks."""
    if a.kind != b.kind:
        return False
    if a.kind == "struct":
        return a.struct is b.struct
    if a.kind in ("pointer", "array"):
        assert a.base is not None and b.base is not None
        if a.kind == "array" and a.length is not None and b.length is not None and a.length != b.length:
            return False
        return compatible(a.base, b.base)
    if a.kind == "function":
        assert a.base is not None and b.base is not None
        if not compatible(a.base, b.base):
            return False
        if not a.has_prototype or not b.has_prototype:
            return True
        return (
            a.variadic == b.variadic
            and len(a.params) == len(b.params)
            and all(compatible(x, y) for x, y in zip(a.params, b.params, strict=True))
        )
    return a.unsigned == b.unsigned
