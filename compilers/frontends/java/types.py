"""The checker's description of a program: classes (the user's and the library's built-in ones), fields,
methods and locals, with the facts lowering needs (layout, vtable positions, IR names)."""

from __future__ import annotations

from dataclasses import dataclass, field

from compilers.frontends.java import ast as A

INTEGRAL = ("byte", "short", "char", "int", "long")
PRIMITIVE = frozenset({*INTEGRAL, "float", "double", "boolean", "void"})
RANK = {"byte": 1, "short": 2, "char": 2, "int": 3, "long": 4}
FLOATING = ("float", "double")
# Math's functions of doubles (an integer argument widens): the runtime routine of each. The java_ ones
# are fdlibm's (StrictMath's), as java 17's Math computes them, and java_hs_ ones HotSpot's x86_64
# intrinsics (exp, log, log10, sin, cos, tan); pow is HotSpot's own in java's Math too, nearly always
# correctly rounded, as float64's is.
MATH_DOUBLE = {
    "sqrt": "f64_sqrt", "floor": "f64_floor", "ceil": "f64_ceil", "exp": "java_hs_exp",
    "log": "java_hs_log", "log10": "java_hs_log10", "sin": "java_hs_sin", "cos": "java_hs_cos",
    "tan": "java_hs_tan", "atan": "java_atan", "asin": "java_asin", "acos": "java_acos",
    "cbrt": "java_cbrt", "sinh": "java_sinh", "cosh": "java_cosh", "tanh": "java_tanh",
    "expm1": "java_expm1", "log1p": "java_log1p", "rint": "java_rint", "signum": "java_signum",
    "toRadians": "java_to_radians", "toDegrees": "java_to_degrees",
}  # fmt: skip
MATH_DOUBLE2 = {"pow": "f64_pow", "atan2": "java_atan2", "hypot": "java_hypot"}
# StrictMath is fdlibm for every function: where its routine is not Math's.
STRICT_MATH = {
    "exp": "java_sm_exp", "log": "java_sm_log", "log10": "java_sm_log10", "sin": "java_sm_sin",
    "cos": "java_sm_cos", "tan": "java_sm_tan", "pow": "java_sm_pow",
}  # fmt: skip
# Constants of Math and Double: their bit patterns.
DOUBLE_CONSTANTS = {
    "Math.PI": 0x400921FB54442D18, "Math.E": 0x4005BF0A8B145769, "StrictMath.PI": 0x400921FB54442D18,
    "StrictMath.E": 0x4005BF0A8B145769, "Double.MAX_VALUE": 0x7FEFFFFFFFFFFFFF,
    "Double.MIN_VALUE": 0x1, "Double.MIN_NORMAL": 0x0010000000000000,
    "Double.POSITIVE_INFINITY": 0x7FF0000000000000, "Double.NEGATIVE_INFINITY": 0xFFF0000000000000,
    "Double.NaN": 0x7FF8000000000000,
    # Float's, as the doubles of their values (the way a float is held).
    "Float.MAX_VALUE": 0x47EFFFFFE0000000, "Float.MIN_VALUE": 0x36A0000000000000,
    "Float.MIN_NORMAL": 0x3810000000000000, "Float.POSITIVE_INFINITY": 0x7FF0000000000000,
    "Float.NEGATIVE_INFINITY": 0xFFF0000000000000, "Float.NaN": 0x7FF8000000000000,
}  # fmt: skip

# The library's exception classes: name -> superclass. Their fully qualified names are java.lang.NAME.
BUILTIN_EXCEPTIONS = {
    "Throwable": "Object",
    "Exception": "Throwable",
    "Error": "Throwable",
    "RuntimeException": "Exception",
    "ArithmeticException": "RuntimeException",
    "IndexOutOfBoundsException": "RuntimeException",
    "ArrayIndexOutOfBoundsException": "IndexOutOfBoundsException",
    "StringIndexOutOfBoundsException": "IndexOutOfBoundsException",
    "NullPointerException": "RuntimeException",
    "ClassCastException": "RuntimeException",
    "ArrayStoreException": "RuntimeException",
    "NegativeArraySizeException": "RuntimeException",
    "IllegalArgumentException": "RuntimeException",
    "NumberFormatException": "IllegalArgumentException",
    "IllegalStateException": "RuntimeException",
    "UnsupportedOperationException": "RuntimeException",
    # java's is a VirtualMachineError, an Error; raised at a method's entry when the stack is nearly full
    "StackOverflowError": "Error",
    # a class's static initialiser that throws: the use that initialised it, and each later use
    "LinkageError": "Error",
    "ExceptionInInitializerError": "LinkageError",
    "NoClassDefFoundError": "LinkageError",
}

# The library's nested classes that stand for a java class of another name (getClass().getName()).
LIBRARY_BINARY = {
    "Arrays.View": "Arrays$ArrayList", "LinkedHashMap.Linked": "LinkedHashMap$Entry",
    "Collections.Reversed": "Collections$ReverseComparator",
    "Collections.Natural": "Comparators$NaturalOrderComparator",
    "Collections.Fixed": "Collections$CopiesList",  # nCopies's; List.of's are List12 and ListN
    "Collections.List12": "ImmutableCollections$List12", "Collections.ListN": "ImmutableCollections$ListN",
    "Collections.Set12": "ImmutableCollections$Set12", "Collections.SetN": "ImmutableCollections$SetN",
    "Collections.Map1": "ImmutableCollections$Map1", "Collections.MapN": "ImmutableCollections$MapN",
}  # fmt: skip


@dataclass(eq=False)
class LocalInfo:
    name: str
    ty: str
    id: int
    constant: A.Expr | None = None  # a final local's initialiser (a constant variable's when constant)


@dataclass(eq=False)
class FieldInfo:
    name: str
    ty: str
    static: bool
    owner: ClassInfo
    decl: A.FieldDecl | None = None
    index: int = 0  # an instance field's word in the object (the vtable is word 0)
    final: bool = False

    @property
    def global_name(self) -> str:
        return f"{self.owner.name}.{self.name}"


@dataclass(eq=False)
class MethodInfo:
    name: str  # "<init>" for a constructor
    owner: ClassInfo
    params: list[str]
    ret: str
    static: bool
    abstract: bool
    decl: A.MethodDecl | None
    ir_name: str = ""
    vindex: int = -1  # the method's place in its class's vtable (instance methods)
    private: bool = False
    builtin: str = ""  # a library method lowered by lower.py (e.g. "Throwable.getMessage")
    locals: list[LocalInfo] = field(default_factory=list)
    tparams: list[tuple[str, str]] = field(default_factory=list)  # a generic method's <T extends B>

    def sig(self) -> str:
        return f"{self.name}({','.join(self.params)})"

    def describe(self) -> str:
        return (
            f"{'' if self.name == '<init>' else self.name}({','.join(self.params)})"
            if self.name != "<init>"
            else f"{self.owner.name}({','.join(self.params)})"
        )


@dataclass(eq=False)
class ClassInfo:
    name: str
    kind: str  # "class" | "interface"
    decl: A.ClassDecl | None
    super: ClassInfo | None = None
    interfaces: list[ClassInfo] = field(default_factory=list)
    abstract: bool = False
    builtin: bool = False
    fields: dict[str, FieldInfo] = field(default_factory=dict)
    methods: dict[str, list[MethodInfo]] = field(default_factory=dict)
    vtable: list[MethodInfo] = field(default_factory=list)
    size: int = 1  # words of an instance: the vtable word and the instance fields
    id: int = 0
    constants: list[str] = field(default_factory=list)  # an enum's constants, in ordinal order
    record: bool = False
    canonical: str = ""  # Outer.Inner for a nested class
    tparams: list[tuple[str, str]] = field(default_factory=list)  # a generic class's <T extends B>
    supers: dict[str, list[str]] = field(default_factory=dict)  # direct supertype -> its type arguments
    itable_impl: dict[str, MethodInfo] = field(default_factory=dict)  # interface method sig -> its code
    package: str = ""  # java.lang or java.util for the library's classes written in Java
    # Whether the class is initialised when first used, as java does (JLS 12.4.1), not before main:
    # one of the program's whose static initialiser may be observed (lower.py's lazy_classes).
    lazy_init: bool = False
    # A lambda's class: each captured variable's field and where its value comes from when the lambda
    # is created (("local", LocalInfo) or ("capture", FieldInfo) of an enclosing lambda).
    captures: list[tuple[FieldInfo, tuple[str, object]]] = field(default_factory=list)
    # A nested, local or anonymous class: the class it is written in (whose members its code sees), the
    # field holding that class's instance (an inner class's, None for a static one), the name java
    # prints (Main$Inner, Main$1, Main$1Local) and the type variables in scope where it is written.
    lexical: ClassInfo | None = None
    outer_field: FieldInfo | None = None
    binary: str = ""
    scope_tvars: dict[str, str] = field(default_factory=dict)

    @property
    def enum(self) -> bool:
        return self.super is not None and self.super.name == "Enum" and self.super.builtin

    @property
    def qualified(self) -> str:
        """The name Java prints: the library's exceptions, Object and Enum live in java.lang."""
        if self.binary:
            return self.binary
        if self.package:  # a nested one is Outer$Inner, as javac names it, or java's own class
            return f"{self.package}.{LIBRARY_BINARY.get(self.name, self.name.replace('.', '$'))}"
        in_lang = self.name in BUILTIN_EXCEPTIONS or self.name in ("Object", "Enum")
        return f"java.lang.{self.name}" if self.builtin and in_lang else self.name

    def ancestors(self) -> list[ClassInfo]:
        """This class, its superclasses and every interface it implements, nearest first."""
        out: list[ClassInfo] = []
        todo: list[ClassInfo] = [self]
        while todo:
            c = todo.pop(0)
            if c in out:
                continue
            out.append(c)
            if c.super is not None:
                todo.append(c.super)
            todo.extend(c.interfaces)
        return out

    def is_subclass_of(self, other: ClassInfo) -> bool:
        return other in self.ancestors()

    def find_field(self, name: str) -> FieldInfo | None:
        for c in self.ancestors():
            if name in c.fields:
                return c.fields[name]
        return None

    def find_methods(self, name: str) -> list[MethodInfo]:
        """Every method of that name visible in the class, nearest declaration first (overridden ones
        left out)."""
        out: list[MethodInfo] = []
        seen: set[str] = set()
        for c in self.ancestors():
            for m in c.methods.get(name, []):
                if m.sig() not in seen:
                    seen.add(m.sig())
                    out.append(m)
        return out


@dataclass(eq=False)
class Program:
    classes: dict[str, ClassInfo]
    main: MethodInfo | None = None
    selectors: dict[str, int] = field(default_factory=dict)  # interface method signature -> itable index
    string_literals: set[str] = field(default_factory=set)
    # Whether the program has an unchecked operation, so may pollute its heap (checkcast.py): its
    # interface calls then go through java's bridge casts.
    polluting: bool = False


def is_ref(ty: str) -> bool:
    return ty not in PRIMITIVE


def is_integral(ty: str) -> bool:
    return ty in INTEGRAL


def is_numeric(ty: str) -> bool:
    return ty in INTEGRAL or ty in FLOATING


def promote(a: str, b: str | None = None) -> str:
    """Binary (or unary) numeric promotion: double when either operand is double, else float when either
    is float, else long when either is long, else int."""
    if a == "double" or b == "double":
        return "double"
    if a == "float" or b == "float":
        return "float"
    return "long" if a == "long" or b == "long" else "int"


def constant_initialiser(e: A.Expr | None) -> A.Expr | None:
    """The initialiser of the final int, short, byte or char variable e names (simply, or a static
    field as Class.NAME), whose value is e's when it is constant; None for any other expression."""
    if isinstance(e, A.Name) and isinstance(e.ref, tuple) and len(e.ref) > 1:
        what = e.ref[1]
    elif isinstance(e, A.FieldAccess) and isinstance(e.ref, FieldInfo) and e.ref.static:
        what = e.ref
    else:
        return None
    if isinstance(what, LocalInfo) and what.ty in INT_CONSTANT_TYPES:
        return what.constant
    if isinstance(what, FieldInfo) and what.final and what.ty in INT_CONSTANT_TYPES and what.decl is not None:
        return what.decl.init
    return None


INT_CONSTANT_TYPES = ("int", "short", "byte", "char")


def int_constant(e: A.Expr | None, depth: int = 0) -> int | None:
    """The value of a constant int expression (JLS 15.29) of literals, constant variables (a final
    int, short, byte or char local or field set by one, named simply or as Class.NAME), `-` and `+ - *`
    (`'a' + 1`, `60 * 2`, wrapped as int arithmetic), or None. (depth: a variable's initialiser naming
    itself, javac's error, ends as no constant.)"""
    if depth > 32:
        return None
    if isinstance(e, A.Literal) and e.kind in ("int", "char"):
        return int(e.value)
    init = constant_initialiser(e)
    if init is not None:
        return int_constant(init, depth + 1)
    if isinstance(e, A.Unary) and e.op in ("-", "~"):
        v = int_constant(e.operand, depth + 1)
        return None if v is None else -v if e.op == "-" else ~v
    if isinstance(e, A.Binary) and e.op in INT_OPERATORS and e.operand_ty in ("int", ""):
        a, b = int_constant(e.left, depth + 1), int_constant(e.right, depth + 1)
        if a is None or b is None or (e.op in ("/", "%") and b == 0):
            return None  # a division by zero is no constant (javac warns; it throws at run time)
        return (int_operation(e.op, a, b) + 2**31) % 2**32 - 2**31
    return None


# The operators of a constant int expression (JLS 15.29) that int_constant folds.
INT_OPERATORS = ("+", "-", "*", "/", "%", "<<", ">>", ">>>", "&", "|", "^")


def int_operation(op: str, a: int, b: int) -> int:
    """a op b as java's int arithmetic gives it before wrapping: division truncates towards zero, a
    remainder has the dividend's sign, a shift takes b's low five bits."""
    if op in ("/", "%"):
        q = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)
        return q if op == "/" else a - q * b
    if op in ("<<", ">>", ">>>"):
        n = b & 31
        return a << n if op == "<<" else a >> n if op == ">>" else (a & 0xFFFFFFFF) >> n
    ops = {"+": a + b, "-": a - b, "*": a * b, "&": a & b, "|": a | b, "^": a ^ b}
    return ops[op]


def constant_text(e: A.Expr) -> str | None:
    """The value of a constant String expression (JLS 15.29: literals, constant variables and constant
    int expressions joined by +), as string conversion gives it, which java interns; None for any
    other expression (a double's text is left to the run time)."""
    if isinstance(e, A.Name) and isinstance(e.ref, tuple) and e.ref[0] == "local":
        local = e.ref[1]
        return variable_text(local.ty, local.constant) if isinstance(local, LocalInfo) else None
    # a constant variable named simply, or a static one as Class.NAME (not through an object: obj.f)
    f = e.ref if isinstance(e, A.FieldAccess) and isinstance(e.ref, FieldInfo) and e.ref.static else None
    f = e.ref[1] if isinstance(e, A.Name) and isinstance(e.ref, tuple) else f
    if isinstance(f, FieldInfo):
        return variable_text(f.ty, f.decl.init if f.decl is not None else None) if f.final else None
    if e.ty in ("int", "short", "byte") and not isinstance(e, A.Literal):
        n = int_constant(e)
        return str(n) if n is not None else None
    if isinstance(e, A.Literal):
        if e.kind == "string":
            return str(e.value)
        if e.kind == "char":
            return chr(e.value)
        if e.kind in ("int", "long"):
            return str(e.value)
        if e.kind == "boolean":
            return "true" if e.value else "false"
        return None
    if isinstance(e, A.Binary) and e.op == "+" and e.operand_ty == "String":
        left, right = constant_text(e.left), constant_text(e.right)
        return left + right if left is not None and right is not None else None
    return None


def variable_text(ty: str, init: A.Expr | None) -> str | None:
    """The text of the value of a final variable of type ty set by init, when it is a constant variable
    (JLS 4.12.4); None when it is not (or is floating, left to the run time)."""
    if init is None:
        return None
    if ty == "String":
        return constant_text(init)
    if isinstance(init, A.Literal) and init.kind in ("boolean", "long") and ty in ("boolean", "long"):
        return constant_text(init)
    n = int_constant(init)
    if n is None:
        return None
    if ty == "char":
        return chr(n & 0xFFFF)
    return str(n) if ty in ("int", "short", "byte", "long") else None
