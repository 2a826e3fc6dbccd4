"""The C type checker: resolves names and types, applies C's conversions, and reports what is wrong.

It annotates the tree in place: every expression gets its `ctype`, names and declarations their Symbol,
member accesses their Member, and operands are wrapped in Convert nodes wherever C converts implicitly
(integer promotions, the usual arithmetic conversions, assignment, arguments, array decay). Lowering then
needs no knowledge of C's conversion rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from compilers.diagnostics import DiagnosticBag, Note, Span
from compilers.frontends.c import ast
from compilers.frontends.c.ctype import (
    BOOL,
    CHAR,
    DOUBLE,
    FLOAT,
    INT,
    LONG,
    UINT,
    ULONG,
    VOID,
    CType,
    Member,
    StructInfo,
    array_of,
    compatible,
    decay,
    function_of,
    pointer_to,
    promote,
    usual_arithmetic,
)
from compilers.frontends.c.floats import constant_bits, literal_bits, pointer_and_floating
from compilers.frontends.c.headers import LIBRARY_FUNCTIONS
from compilers.frontends.c.library import FORMAT_ARGUMENT, REWRITTEN_CALLS, format_problems, literal_format
from compilers.runtime.link import defines

# A variadic function's hidden parameter: the block of its extra arguments (headers.py's <stdarg.h>).
VA_ARGS = "__builtin_va_args"

SIZE_T = ULONG
PTRDIFF_T = LONG


@dataclass(slots=True)
class _Scope:
    names: dict[str, ast.Symbol] = field(default_factory=dict)
    tags: dict[str, StructInfo | str] = field(default_factory=dict)  # a struct, or "enum" for an enum tag


@dataclass(slots=True)
class _FunctionContext:
    func: ast.FuncDef
    ret: CType
    labels: dict[str, Span] = field(default_factory=dict)
    gotos: list[ast.Goto] = field(default_factory=list)


class Checker:
    def __init__(self, diags: DiagnosticBag) -> None:
        self.diags = diags
        self.scopes: list[_Scope] = [_Scope()]
        self.uid = 0
        self.function: _FunctionContext | None = None
        self.loops = 0  # enclosing loops, for break and continue
        self.switches: list[ast.Switch] = []
        self.breakable = 0  # enclosing loops and switches, for break
        self.tentative: list[ast.Decl] = []  # file-scope arrays declared without a length
        self.called: dict[int, tuple[ast.Symbol, Span]] = {}  # functions called, by symbol uid: first call

    # Diagnostics

    def error(self, code: str, message: str, span: Span, *notes: Note) -> None:
        self.diags.error(code, message, span, *notes)

    # Scopes

    def lookup(self, name: str) -> ast.Symbol | None:
        for scope in reversed(self.scopes):
            if name in scope.names:
                return scope.names[name]
        return None

    def lookup_tag(self, tag: str) -> StructInfo | str | None:
        for scope in reversed(self.scopes):
            if tag in scope.tags:
                return scope.tags[tag]
        return None

    def new_symbol(self, name: str, ctype: CType, storage: str, span: Span) -> ast.Symbol:
        self.uid += 1
        return ast.Symbol(name, ctype, storage, self.uid, span)

    def declare(self, symbol: ast.Symbol) -> ast.Symbol:
        """Enter a symbol in the current scope; a compatible redeclaration of a global reuses the first."""
        scope = self.scopes[-1]
        previous = scope.names.get(symbol.name)
        if previous is not None:
            at_file_scope = len(self.scopes) == 1 or symbol.storage == "function"
            if (
                at_file_scope
                and previous.storage == symbol.storage
                and symbol.storage in ("global", "function")
                and compatible(previous.ctype, symbol.ctype)
            ):
                if previous.ctype.kind == "array" and previous.ctype.length is None:
                    previous.ctype = symbol.ctype
                if previous.ctype.kind == "function" and not previous.ctype.has_prototype:
                    previous.ctype = symbol.ctype
                return previous
            if previous.storage in ("global", "function") and symbol.storage in ("global", "function"):
                message = f"conflicting types for '{symbol.name}'"
            else:
                message = f"redefinition of '{symbol.name}'"
            self.error("redefinition", message, symbol.span, Note("previously declared here", previous.span))
            return previous
        scope.names[symbol.name] = symbol
        return symbol

    # Types

    def resolve_spec(self, spec: ast.TypeSpec) -> CType:
        if isinstance(spec, ast.BasicSpec):
            return self.basic_type(spec)
        if isinstance(spec, ast.TypedefSpec):
            symbol = self.lookup(spec.name)
            if symbol is None or symbol.storage != "typedef":
                self.error("undeclared", f"unknown type name '{spec.name}'", spec.span)
                return INT
            return symbol.ctype
        if isinstance(spec, ast.EnumSpec):
            return self.enum_type(spec)
        return self.struct_type(spec)

    def basic_type(self, spec: ast.BasicSpec) -> CType:
        names = list(spec.names)
        unsigned = "unsigned" in names
        if unsigned and "signed" in names:
            self.error("type_mismatch", "both 'signed' and 'unsigned' in one type", spec.span)
        rest = sorted(n for n in names if n not in ("signed", "unsigned"))
        if (
            rest.count("long") > 2
            or len(set(rest) - {"long", "int"}) > 1
            or ("int" in rest and set(rest) - {"int", "long", "short"})
        ):
            self.error("type_mismatch", f"invalid type '{' '.join(names)}'", spec.span)
            return INT
        kinds = set(rest)
        if "double" in kinds and "long" in kinds:
            self.error("unsupported", "'long double' is not supported: use double (IEEE binary64)", spec.span)
            kinds.discard("long")
        if "void" in kinds:
            kind = "void"
        elif "_Bool" in kinds:
            kind = "bool"
        elif "char" in kinds:
            kind = "char"
        elif "short" in kinds:
            kind = "short"
        elif "long" in kinds:
            kind = "long"  # long and long long are both 64 bits on x86-64
        elif "double" in kinds:
            kind = "double"
        elif "float" in kinds:
            kind = "float"
        else:
            kind = "int"
        if unsigned and kind in ("void", "float", "double", "bool"):
            self.error("type_mismatch", f"'unsigned' cannot apply to '{kind}'", spec.span)
            unsigned = False
        if kind == "bool":
            return BOOL
        return CType(kind, unsigned=unsigned)

    def struct_type(self, spec: ast.StructSpec) -> CType:
        info: StructInfo | None = None
        if spec.tag is not None:
            found = self.lookup_tag(spec.tag) if spec.members is None else self.scopes[-1].tags.get(spec.tag)
            if isinstance(found, StructInfo):
                info = found
            elif found is not None:
                self.error("type_mismatch", f"'{spec.tag}' is an enum tag, not a struct", spec.span)
        if info is None or (spec.members is not None and info.complete):
            if info is not None and info.complete:
                self.error("redefinition", f"redefinition of 'struct {spec.tag}'", spec.span)
            info = StructInfo(spec.tag, union=spec.union)
            if spec.tag is not None:
                self.scopes[-1].tags[spec.tag] = info
        elif info.union != spec.union:
            self.error("type_mismatch", f"'{spec.tag}' defined as wrong kind of tag", spec.span)
        if spec.members is not None:
            offset = 0
            for decl in spec.members:
                member = self.struct_member(decl, info, offset)
                if member is not None:
                    info.members.append(member)
                    if not info.union and (member.name or member.bits is None):
                        offset += member.ctype.words
            info.complete = True
        return CType("struct", struct=info)

    def struct_member(self, decl: ast.Decl, info: StructInfo, offset: int) -> Member | None:
        """One member at a word offset: a bit-field has a word of its own, its value kept in its width."""
        base = self.resolve_spec(decl.spec)
        if decl.declarator is None:
            # An anonymous struct or union: its members are this struct's (C11, and gcc's gnu99).
            if base.is_struct and isinstance(decl.spec, ast.StructSpec) and decl.spec.tag is None:
                return Member("", base, offset)
            return None
        ctype = self.declarator_type(base, decl.declarator)
        name = decl.declarator.name or ""
        span = decl.declarator.span if decl.declarator.name else decl.span
        if not ctype.is_complete:
            self.error("type_mismatch", f"member '{name}' has incomplete type '{ctype}'", decl.span)
            ctype = INT
        if name and info.member(name) is not None:
            self.error("redefinition", f"duplicate member '{name}'", span)
            return None
        if decl.bits is None:
            return Member(name, ctype, offset) if name else None
        width = self.constant(decl.bits, "a bit-field width")
        if not ctype.is_integer:
            self.error("type_mismatch", f"bit-field '{name}' has invalid type '{ctype}'", span)
            return None
        if width is None or width < 0 or width > ctype.bits or (width == 0 and name):
            self.error("type_mismatch", f"width of bit-field '{name}' is invalid ({width})", decl.bits.span)
            return None
        # A value of an unsigned bit-field narrower than int is an int in expressions, as in gcc.
        value_type = INT if ctype.kind != "bool" and ctype.bits <= 32 and width < 32 else ctype
        if ctype.kind == "bool":
            value_type = ctype
        return Member(name, value_type, offset, width, ctype)

    def enum_type(self, spec: ast.EnumSpec) -> CType:
        if spec.tag is not None and spec.items is None:
            if self.lookup_tag(spec.tag) is None:
                self.error("undeclared", f"unknown enum 'enum {spec.tag}'", spec.span)
            return INT
        if spec.tag is not None:
            self.scopes[-1].tags[spec.tag] = "enum"
        value = 0
        for item in spec.items or []:
            if item.value is not None:
                folded = self.constant(item.value, "an enumerator value")
                value = folded if folded is not None else value
            symbol = self.new_symbol(item.name, INT, "enum", item.span)
            symbol.value = INT.wrap(value)
            self.declare(symbol)
            value += 1
        return INT

    def declarator_type(self, base: CType, declarator: ast.Declarator) -> CType:
        ctype = base
        for derived in declarator.derived:
            if isinstance(derived, ast.PointerD):
                ctype = pointer_to(ctype)
            elif isinstance(derived, ast.ArrayD):
                if ctype.is_function:
                    self.error("type_mismatch", "declaration of an array of functions", derived.span)
                elif not ctype.is_complete:
                    self.error("type_mismatch", f"array has incomplete element type '{ctype}'", derived.span)
                    ctype = INT
                length = None
                if derived.size is not None:
                    length = self.constant(derived.size, "an array size")
                    if length is not None and length <= 0:
                        self.error(
                            "type_mismatch", f"array size must be positive, not {length}", derived.span
                        )
                        length = 1
                    elif length is None:
                        length = 1
                ctype = array_of(ctype, length)
            else:
                if ctype.is_function or ctype.is_array:
                    what = "a function" if ctype.is_function else "an array"
                    self.error("type_mismatch", f"a function cannot return {what}", derived.span)
                params = tuple(self.parameter_type(p) for p in derived.params)
                ctype = function_of(ctype, params, derived.variadic, derived.has_prototype)
        return ctype

    def parameter_type(self, param: ast.Param) -> CType:
        ctype = self.declarator_type(self.resolve_spec(param.spec), param.declarator)
        if ctype.is_void:
            self.error("type_mismatch", "a parameter cannot have type 'void'", param.span)
            return INT
        # Array and function parameters are adjusted to pointers (C99 6.7.5.3).
        return decay(ctype)

    def type_name(self, type_name: ast.TypeName) -> CType:
        ctype = self.declarator_type(self.resolve_spec(type_name.spec), type_name.declarator)
        type_name.ctype = ctype
        return ctype

    # Translation unit

    def translation_unit(self, unit: ast.TranslationUnit) -> ast.TranslationUnit:
        for item in unit.items:
            if isinstance(item, ast.FuncDef):
                self.function_definition(item)
            else:
                self.declaration(item, file_scope=True)
        for called, span in self.called.values():
            if not called.defined and called.name not in LIBRARY_FUNCTIONS:
                # What a linker would report, said at the first call.
                self.error(
                    "undefined",
                    f"undefined reference to '{called.name}': it is declared but never defined",
                    span,
                    Note("declared here", called.span),
                )
        for decl in self.tentative:
            symbol = decl.symbol
            if symbol is not None and not symbol.ctype.is_complete and decl.storage != "extern":
                assert decl.declarator is not None
                self.error(
                    "type_mismatch",
                    f"storage size of '{symbol.name}' is not known ('{symbol.ctype}')",
                    decl.declarator.span,
                )
        return unit

    def function_definition(self, func: ast.FuncDef) -> None:
        base = self.resolve_spec(func.spec)
        ctype = self.declarator_type(base, func.declarator)
        name = func.declarator.name
        assert name is not None
        funcd = func.declarator.derived[-1]
        assert isinstance(funcd, ast.FuncD)
        symbol = self.declare(self.new_symbol(name, ctype, "function", func.declarator.span))
        if symbol.defined:
            self.error(
                "redefinition",
                f"redefinition of '{name}'",
                func.declarator.span,
                Note("previously defined here", symbol.span),
            )
        symbol.defined = True
        func.symbol = symbol
        assert ctype.base is not None
        self.function = _FunctionContext(func, ctype.base)
        self.scopes.append(_Scope())
        for param, ptype in zip(funcd.params, ctype.params, strict=True):
            if param.declarator.name is None:
                self.error("syntax", "a parameter name is missing in a function definition", param.span)
                continue
            psym = self.declare(self.new_symbol(param.declarator.name, ptype, "param", param.declarator.span))
            param.symbol = psym
            func.params.append(psym)
        if funcd.variadic:
            # The block of the extra arguments, a hidden last parameter (<stdarg.h>'s va_start reads it).
            span = func.declarator.span
            func.params.append(self.declare(self.new_symbol(VA_ARGS, pointer_to(ULONG), "param", span)))
        self.block(func.body, new_scope=False)
        self.scopes.pop()
        for goto in self.function.gotos:
            if goto.label not in self.function.labels:
                self.error("undeclared", f"label '{goto.label}' used but not defined", goto.span)
        self.function = None

    def declaration(self, decl: ast.Decl, file_scope: bool) -> None:
        base = self.resolve_spec(decl.spec)
        if decl.declarator is None:
            return
        name = decl.declarator.name
        assert name is not None
        vla_lengths = self.variable_lengths(decl, file_scope)
        if vla_lengths is not None:
            # `T a[n][m]`: the elements are allocated when the declaration runs, and indexing uses the
            # strides computed then (lower.py); the array types have no length.
            arrays = len(vla_lengths)
            inner = ast.Declarator(decl.declarator.span, name, decl.declarator.derived[:-arrays])
            ctype = self.declarator_type(base, inner)
            for _ in range(arrays):
                ctype = CType("array", base=ctype)
        else:
            ctype = self.declarator_type(base, decl.declarator)
        decl.ctype = ctype
        span = decl.declarator.span
        if decl.storage == "typedef":
            symbol = self.new_symbol(name, ctype, "typedef", span)
            previous = self.scopes[-1].names.get(name)
            if previous is not None and previous.storage == "typedef" and compatible(previous.ctype, ctype):
                decl.symbol = previous
                return
            decl.symbol = self.declare(symbol)
            return
        if ctype.is_function:
            if not file_scope and decl.storage == "static":
                self.error("type_mismatch", f"invalid storage class for function '{name}'", span)
            symbol = self.new_symbol(name, ctype, "function", span)
            if not file_scope:
                # A block-scope prototype names the file's function of that name (C99 6.2.2): the one
                # declared or defined there, before or after this block.
                outer = self.scopes[0].names.get(name)
                if outer is None:
                    self.scopes[0].names[name] = symbol
                elif outer.storage == "function" and compatible(outer.ctype, ctype):
                    symbol = outer
            decl.symbol = self.declare(symbol)
            if decl.init is not None:
                self.error("type_mismatch", f"function '{name}' is initialised like a variable", span)
            return
        if ctype.is_void:
            self.error("type_mismatch", f"variable '{name}' declared void", span)
            ctype = INT
        if decl.init is not None and ctype.is_array and ctype.length is None:
            ctype = self.complete_array(ctype, decl.init)
            decl.ctype = ctype
        if file_scope and ctype.is_array and ctype.length is None:
            self.tentative.append(decl)  # `int a[];` may be completed by a later declaration
        elif vla_lengths is not None:
            if decl.init is not None:
                self.error("type_mismatch", "variable-sized object may not be initialized", decl.init.span)
                decl.init = None
        elif not ctype.is_complete and decl.storage != "extern":
            self.error("type_mismatch", f"storage size of '{name}' is not known ('{ctype}')", span)
        if file_scope or decl.storage == "extern":
            storage = "global"
        elif decl.storage == "static":
            storage = "static"
        else:
            storage = "local"
        symbol = self.declare(self.new_symbol(name, ctype, storage, span))
        symbol.vla_lengths = vla_lengths
        earlier = symbol.decl
        if storage == "global" and decl.init is not None and earlier is not None and earlier.init is not None:
            self.error(
                "redefinition",
                f"redefinition of '{name}'",
                span,
                Note("previously defined here", earlier.span),
            )
        symbol.decl = decl if earlier is None or decl.init is not None else earlier
        decl.symbol = symbol
        symbol.defined = symbol.defined or decl.storage != "extern" or decl.init is not None
        if decl.storage == "extern" and not file_scope:
            self.error("unsupported", "block-scope extern declarations are not supported", span)
        if storage == "local" and self.function is not None:
            self.function.func.locals.append(symbol)
        if decl.init is not None:
            decl.init = self.initializer(decl.init, ctype, constant=storage != "local")

    def variable_lengths(self, decl: ast.Decl, file_scope: bool) -> list[ast.Expr] | None:
        """The lengths of a local variable-length array `T a[n][m]`, outermost first (checked, as
        longs), when one of them reads a variable; else None."""
        derived = decl.declarator.derived if decl.declarator is not None else []
        if file_scope or decl.storage is not None:
            return None
        arrays: list[ast.ArrayD] = []
        for item in reversed(derived):
            if not isinstance(item, ast.ArrayD) or item.size is None:
                break
            arrays.append(item)
        if not any(self.names_a_variable(array.size) for array in arrays):
            return None
        lengths: list[ast.Expr] = []
        for array in arrays:
            assert array.size is not None
            checked = self.rvalue(self.expr(array.size))
            if checked.ctype is None or not checked.ctype.is_integer:
                self.error("type_mismatch", "an array size must be an integer", array.size.span)
                checked = ast.IntLit(array.size.span, 1, ctype=LONG)
            lengths.append(self.convert(checked, LONG))
        return lengths

    def names_a_variable(self, expr: object) -> bool:
        """Whether an expression reads a variable (so that it cannot be a constant expression)."""
        if isinstance(expr, ast.Name):
            symbol = self.lookup(expr.name)
            return symbol is not None and symbol.storage in ("local", "param", "global", "static")
        if isinstance(expr, ast.SizeofExpr | ast.SizeofType):
            return False
        if isinstance(expr, ast.Expr):
            return any(self.names_a_variable(getattr(expr, f)) for f in expr.__dataclass_fields__)
        if isinstance(expr, list):
            return any(self.names_a_variable(item) for item in expr)
        return False

    def complete_array(self, ctype: CType, init: ast.Expr) -> CType:
        """`int a[] = {1, 2, 3}` and `char s[] = "abc"` take their length from the initialiser."""
        assert ctype.base is not None
        init = braced_string(init, ctype)
        if isinstance(init, ast.InitList) and any(isinstance(i, ast.Designation) for i in init.items):
            # `int a[] = {[4] = 1, 2}` has 6 elements: the highest position reached, each item one
            # element (a designation into an element, `[1].x = 2`, too).
            position = length = 0
            for item in init.items:
                if isinstance(item, ast.Designation) and not isinstance(item.designators[0], str):
                    position = max(self.constant(item.designators[0], "an array designator") or 0, 0)
                length = max(length, position + 1)
                position += 1
            return array_of(ctype.base, length)
        if isinstance(init, ast.StringLit) and ctype.base.is_integer and ctype.base.bits == 8:
            return array_of(ctype.base, len(init.codes) + 1)
        if isinstance(init, ast.InitList):
            if ctype.base.is_array or ctype.base.is_struct:
                # With brace elision, `int m[][2] = {1, 2, 3}` has ceil(3 / 2) rows.
                leaves = count_leaves(init)
                per_element = max(scalar_count(ctype.base), 1)
                if all(isinstance(item, ast.InitList | ast.StringLit) for item in init.items):
                    return array_of(ctype.base, max(len(init.items), 1))
                return array_of(ctype.base, max((leaves + per_element - 1) // per_element, 1))
            return array_of(ctype.base, max(len(init.items), 1))
        self.error("type_mismatch", "an array initialiser must be a list in braces", init.span)
        return array_of(ctype.base, 1)

    def initializer(self, init: ast.Expr, ctype: CType, constant: bool) -> ast.Expr:
        """Check an initialiser against the declared type; lists are matched element by element (with
        brace elision, as C allows: `int m[2][2] = {1, 2, 3, 4}`), and normalised to full nesting."""
        if ctype.is_array:
            assert ctype.base is not None
            init = braced_string(init, ctype)
            if isinstance(init, ast.StringLit) and ctype.base.is_integer and ctype.base.bits == 8:
                init.ctype = array_of(CHAR, len(init.codes) + 1)
                if ctype.length is not None and len(init.codes) > ctype.length:
                    self.error(
                        "type_mismatch", "initializer-string for array of chars is too long", init.span
                    )
                return init
            if not isinstance(init, ast.InitList):
                self.error(
                    "type_mismatch", f"array '{ctype}' must be initialised with a list in braces", init.span
                )
                return init
            items = list(init.items)
            out = self.match_list(items, ctype, constant, init.span)
            if items:
                self.error("type_mismatch", "excess elements in array initializer", items[0].span)
            return out
        if ctype.is_struct:
            if isinstance(init, ast.InitList):
                items = list(init.items)
                out = self.match_list(items, ctype, constant, init.span)
                if items:
                    self.error("type_mismatch", "excess elements in struct initializer", items[0].span)
                return out
            if constant:
                self.error("type_mismatch", "initializer element is not constant", init.span)
            return self.assign_convert(self.expr(init), ctype, "initialization")
        if isinstance(init, ast.InitList):
            # `int x = {5};` is allowed: a scalar may sit in braces.
            if len(init.items) != 1 or isinstance(init.items[0], ast.InitList):
                self.error("type_mismatch", "invalid initializer for a scalar", init.span)
                return ast.IntLit(init.span, 0, ctype=INT)
            init = init.items[0]
        value = self.assign_convert(self.expr(init), ctype, "initialization")
        if constant and not self.is_static_initializer(value):
            self.error("type_mismatch", "initializer element is not constant", init.span)
        return value

    def match_list(
        self, items: list[ast.Expr], ctype: CType, constant: bool, span: Span, elided: bool = False
    ) -> ast.InitList:
        """Consume items for one aggregate of type ctype; returns a fully braced list, one item per
        element up to the last one given (an empty list for an element left out). A designator
        (`[2] = x`, `.y = x`, `[1].y = x`) moves to its element, and the next items follow it; it ends
        an aggregate whose braces were elided, since it names an element of the enclosing braces."""
        members = ctype.struct.fields() if ctype.struct is not None else []
        if ctype.is_array:
            assert ctype.base is not None and ctype.length is not None
            count = ctype.length
        else:
            count = 1 if ctype.struct is not None and ctype.struct.union else len(members)
        placed: dict[int, ast.Expr] = {}
        nested: dict[int, list[ast.Expr]] = {}  # designations into an element: `[1].y = 2`
        position = 0
        while items:
            item = items[0]
            if isinstance(item, ast.Designation):
                if elided:
                    break
                items.pop(0)
                found = self.designated_position(item.designators[0], item.span, ctype, members)
                if found is None:
                    continue
                position = found
                if len(item.designators) > 1:
                    rest = ast.Designation(item.span, item.designators[1:], item.value)
                    nested.setdefault(position, []).append(rest)
                    placed.pop(position, None)
                    position += 1
                    continue
                items.insert(0, item.value)
            elif position >= count:
                break
            element = ctype.base if ctype.is_array else members[position].ctype
            assert element is not None
            item = items[0]
            braced = isinstance(item, ast.InitList) or not (element.is_array or element.is_struct)
            if braced or (isinstance(item, ast.StringLit) and element.is_array):
                items.pop(0)
                placed[position] = self.initializer(item, element, constant)
            else:
                placed[position] = self.match_list(items, element, constant, item.span, elided=True)
            nested.pop(position, None)
            position += 1
        for index, designations in nested.items():
            element = ctype.base if ctype.is_array else members[index].ctype
            assert element is not None
            placed[index] = self.initializer(ast.InitList(span, designations), element, constant)
        gap = ast.InitList(span, [], ctype=VOID)  # an element left out: zero
        out = [placed.get(index, gap) for index in range(max(placed, default=-1) + 1)]
        return ast.InitList(span, out, ctype=ctype)

    def designated_position(
        self, designator: str | ast.Expr, span: Span, ctype: CType, members: list[Member]
    ) -> int | None:
        """The element a designator names in an aggregate of type ctype, or None (reported)."""
        if isinstance(designator, str):
            if not ctype.is_struct:
                message = f"field name '.{designator}' not in a struct or union initializer"
                self.error("type_mismatch", message, span)
                return None
            for index, member in enumerate(members):
                if member.name == designator:
                    return index
            self.error("undeclared", f"unknown field '{designator}' specified in initializer", span)
            return None
        if not ctype.is_array:
            self.error("type_mismatch", "array index in non-array initializer", designator.span)
            return None
        position = self.constant(designator, "an array designator")
        if position is None:
            return None
        if position < 0 or (ctype.length is not None and position >= ctype.length):
            self.error("type_mismatch", "array index in initializer exceeds array bounds", designator.span)
            return None
        return position

    def is_static_initializer(self, expr: ast.Expr) -> bool:
        """A constant a global can be initialised with: a number, or an address constant."""
        if constant_bits(expr) is not None:
            return True
        return fold(expr) is not None or self.address_constant(expr)

    def address_constant(self, expr: ast.Expr) -> bool:
        """C99 6.6's address constant: a string, the address of an object of static storage or of a
        function (`&a[1]`, `&s.m`, an array or function name), converted, or plus or minus an integer
        constant (`a + 2`)."""
        if isinstance(expr, ast.Convert | ast.Cast):
            # An integer constant made a pointer (`int (*fp)(int) = 0;`) is one too.
            return fold(expr.operand) is not None or self.address_constant(expr.operand)
        if isinstance(expr, ast.StringLit):
            return True
        if isinstance(expr, ast.Unary) and expr.op == "&":
            return self.static_lvalue(expr.operand)
        if expr.ctype is not None and (expr.ctype.is_array or expr.ctype.is_function):
            return self.static_lvalue(expr)  # an array or a function, which decays to its address
        if isinstance(expr, ast.Binary) and expr.op in ("+", "-"):
            return (self.address_constant(expr.left) and fold(expr.right) is not None) or (
                expr.op == "+" and fold(expr.left) is not None and self.address_constant(expr.right)
            )
        return False

    def static_lvalue(self, expr: ast.Expr) -> bool:
        """An lvalue whose address is known before the program runs."""
        if isinstance(expr, ast.Name):
            symbol = expr.symbol
            return symbol is not None and symbol.storage in ("global", "static", "function")
        if isinstance(expr, ast.Index):
            return self.address_constant(expr.base) and fold(expr.index) is not None
        if isinstance(expr, ast.MemberAccess):
            return self.address_constant(expr.base) if expr.arrow else self.static_lvalue(expr.base)
        if isinstance(expr, ast.Unary) and expr.op == "*":
            return self.address_constant(expr.operand)
        # A compound literal outside a function has static storage (main makes it before it runs).
        static_literal = isinstance(expr, ast.CompoundLiteral) and self.function is None
        return isinstance(expr, ast.StringLit) or static_literal

    def constant(self, expr: ast.Expr, what: str) -> int | None:
        checked = self.expr(expr)
        if checked.ctype is not None and not checked.ctype.is_integer:
            self.error("type_mismatch", f"{what} must be an integer", expr.span)
            return None
        value = fold(checked)
        if value is None and what == "an array size" and self.function is not None:
            # C99's variable-length array (`int a[n];`): its size is known only when the block runs.
            message = "a variable length is supported only in a local array's own declaration"
            message += ": this size must be fixed"
            self.error("unsupported", message, expr.span)
        elif value is None:
            self.error("type_mismatch", f"{what} must be a constant expression", expr.span)
        return value

    # Statements

    def block(self, block: ast.Block, new_scope: bool = True) -> None:
        if new_scope:
            self.scopes.append(_Scope())
        for item in block.items:
            self.statement(item)
        if new_scope:
            self.scopes.pop()

    def statement(self, stmt: ast.Stmt) -> None:
        if isinstance(stmt, ast.Block):
            self.block(stmt)
        elif isinstance(stmt, ast.DeclStmt):
            for decl in stmt.decls:
                self.declaration(decl, file_scope=False)
        elif isinstance(stmt, ast.ExprStmt):
            if stmt.expr is not None:
                stmt.expr = self.expr(stmt.expr)
        elif isinstance(stmt, ast.If):
            stmt.cond = self.condition(stmt.cond)
            self.statement(stmt.then)
            if stmt.otherwise is not None:
                self.statement(stmt.otherwise)
        elif isinstance(stmt, (ast.While, ast.DoWhile)):
            stmt.cond = self.condition(stmt.cond)
            self.loop_body(stmt.body)
        elif isinstance(stmt, ast.For):
            self.scopes.append(_Scope())
            if stmt.init is not None:
                self.statement(stmt.init)
            if stmt.cond is not None:
                stmt.cond = self.condition(stmt.cond)
            if stmt.step is not None:
                stmt.step = self.expr(stmt.step)
            self.loop_body(stmt.body)
            self.scopes.pop()
        elif isinstance(stmt, ast.Return):
            self.return_statement(stmt)
        elif isinstance(stmt, ast.Break):
            if self.breakable == 0:
                self.error("syntax", "break statement not within a loop or switch", stmt.span)
        elif isinstance(stmt, ast.Continue):
            if self.loops == 0:
                self.error("syntax", "continue statement not within a loop", stmt.span)
        elif isinstance(stmt, ast.Switch):
            self.switch_statement(stmt)
        elif isinstance(stmt, ast.Case):
            self.case_statement(stmt)
        elif isinstance(stmt, ast.Default):
            if not self.switches:
                self.error("syntax", "'default' label not within a switch statement", stmt.span)
            elif self.switches[-1].default is not None:
                self.error("redefinition", "multiple default labels in one switch", stmt.span)
            else:
                self.switches[-1].default = stmt
            self.statement(stmt.body)
        elif isinstance(stmt, ast.Goto):
            assert self.function is not None
            self.function.gotos.append(stmt)
        elif isinstance(stmt, ast.Labeled):
            assert self.function is not None
            if stmt.label in self.function.labels:
                self.error("redefinition", f"duplicate label '{stmt.label}'", stmt.span)
            self.function.labels[stmt.label] = stmt.span
            self.statement(stmt.body)

    def loop_body(self, body: ast.Stmt) -> None:
        self.loops += 1
        self.breakable += 1
        self.statement(body)
        self.loops -= 1
        self.breakable -= 1

    def switch_statement(self, stmt: ast.Switch) -> None:
        expr = self.rvalue(self.expr(stmt.expr))
        if expr.ctype is not None and not expr.ctype.is_integer:
            self.error(
                "type_mismatch", f"switch quantity is not an integer (it is '{expr.ctype}')", expr.span
            )
        elif expr.ctype is not None:
            expr = self.convert(expr, promote(expr.ctype))
        stmt.expr = expr
        self.switches.append(stmt)
        self.breakable += 1
        self.statement(stmt.body)
        self.breakable -= 1
        self.switches.pop()

    def case_statement(self, stmt: ast.Case) -> None:
        value = self.constant(stmt.value, "a case label")
        if not self.switches:
            self.error("syntax", "case label not within a switch statement", stmt.span)
        elif value is not None:
            switch = self.switches[-1]
            if switch.expr.ctype is not None and switch.expr.ctype.is_integer:
                value = switch.expr.ctype.wrap(value)
            stmt.constant = value
            for other in switch.cases:
                if other.constant == value:
                    self.error(
                        "redefinition",
                        f"duplicate case value {value}",
                        stmt.value.span,
                        Note("previously used here", other.value.span),
                    )
                    break
            else:
                switch.cases.append(stmt)
        self.statement(stmt.body)

    def return_statement(self, stmt: ast.Return) -> None:
        assert self.function is not None
        ret = self.function.ret
        if stmt.value is None:
            if not ret.is_void:
                name = self.function.func.declarator.name
                if name != "main":
                    self.error(
                        "type_mismatch", f"'return' with no value in function returning '{ret}'", stmt.span
                    )
            return
        value = self.expr(stmt.value)
        if ret.is_void:
            if value.ctype is not None and not value.ctype.is_void:
                self.error("type_mismatch", "'return' with a value in a function returning void", stmt.span)
            stmt.value = value
            return
        stmt.value = self.assign_convert(value, ret, "return")

    def condition(self, expr: ast.Expr) -> ast.Expr:
        value = self.rvalue(self.expr(expr))
        if value.ctype is not None and not value.ctype.is_scalar:
            self.error("type_mismatch", f"used '{value.ctype}' where a scalar is required", value.span)
        return value

    # Expressions: helpers

    def convert(self, expr: ast.Expr, ctype: CType) -> ast.Expr:
        if expr.ctype == ctype:
            return expr
        return ast.Convert(expr.span, expr, ctype=ctype)

    def rvalue(self, expr: ast.Expr) -> ast.Expr:
        """The value of an expression: arrays decay to pointers, functions to function pointers."""
        if expr.ctype is not None and (expr.ctype.is_array or expr.ctype.is_function):
            if expr.ctype.is_array and isinstance(expr, ast.Name) and expr.symbol is not None:
                expr.symbol.address_taken = True
            if expr.ctype.is_function:
                self.function_address(expr)
            return ast.Convert(expr.span, expr, ctype=decay(expr.ctype))
        return expr

    def function_address(self, expr: ast.Expr) -> None:
        """A function used as a value: one of the program's own, or a library routine the runtime
        defines under C's name and that a call reaches as it is (`qsort(..., strcmp)`-style code: K&R
        5.11); not one whose calls the lowering rewrites (library.REWRITTEN_CALLS) or computes itself."""
        symbol = expr.symbol if isinstance(expr, ast.Name) else None
        if symbol is None:
            return
        name = symbol.name
        rewritten = name in REWRITTEN_CALLS or not defines(name)
        if not symbol.defined and name in LIBRARY_FUNCTIONS and rewritten:
            message = f"the address of library function '{name}' cannot be taken: call it from a function"
            self.error("unsupported", message + " of your own", expr.span)
        else:
            self.note_call(symbol, expr.span)

    def note_call(self, symbol: ast.Symbol, span: Span) -> None:
        """A function the program calls or takes the address of (it must be defined somewhere)."""
        if symbol.uid not in self.called:
            self.called[symbol.uid] = (symbol, span)
        if symbol.name == "main":
            symbol.address_taken = True  # main's body becomes a function of its own (lower.MAIN_BODY)

    def is_lvalue(self, expr: ast.Expr) -> bool:
        if isinstance(expr, ast.Name):
            return expr.symbol is not None and expr.symbol.storage not in ("function", "enum")
        if isinstance(expr, ast.Unary):
            return expr.op == "*"
        if isinstance(expr, ast.Index | ast.StringLit | ast.CompoundLiteral):
            return True
        if isinstance(expr, ast.MemberAccess):
            return expr.arrow or self.is_lvalue(expr.base)
        return False

    def require_modifiable(self, expr: ast.Expr, what: str) -> None:
        if not self.is_lvalue(expr):
            self.error("type_mismatch", f"lvalue required as {what}", expr.span)
        elif expr.ctype is not None and expr.ctype.is_array:
            self.error("type_mismatch", f"assignment to an array ('{expr.ctype}') is not allowed", expr.span)

    def is_null_constant(self, expr: ast.Expr) -> bool:
        inner = expr
        while (
            isinstance(inner, (ast.Cast, ast.Convert))
            and inner.ctype is not None
            and (inner.ctype.is_integer or (inner.ctype.is_pointer and inner.ctype.base == VOID))
        ):
            inner = inner.operand
        return inner.ctype is not None and inner.ctype.is_integer and fold(inner) == 0

    def assign_convert(self, expr: ast.Expr, target: CType, context: str) -> ast.Expr:
        """Convert a value as assignment does (C99 6.5.16.1), reporting what C forbids."""
        expr = self.rvalue(expr)
        source = expr.ctype
        if source is None:
            return expr
        if target.is_arithmetic and source.is_arithmetic:
            return self.convert(expr, target)
        if target.is_pointer and source.is_pointer:
            assert target.base is not None and source.base is not None
            if not (target.base.is_void or source.base.is_void or compatible(target.base, source.base)):
                self.error(
                    "type_mismatch",
                    f"incompatible pointer types in {context}: '{source}' to '{target}'",
                    expr.span,
                )
            return self.convert(expr, target)
        if target.is_pointer and self.is_null_constant(expr):
            return self.convert(expr, target)
        if target.kind == "bool" and source.is_pointer:
            return self.convert(expr, target)
        if target.is_struct and source.is_struct and target.struct is source.struct:
            return expr
        self.error("type_mismatch", f"incompatible types in {context}: '{source}' to '{target}'", expr.span)
        return self.convert(expr, target)

    # Expressions

    def expr(self, expr: ast.Expr) -> ast.Expr:
        """Check an expression; returns it, or a replacement (a folded sizeof, a wrapped operand)."""
        method = getattr(self, f"expr_{type(expr).__name__}")
        result: ast.Expr = method(expr)
        if result.ctype is None:
            result.ctype = INT
        return result

    def expr_IntLit(self, expr: ast.IntLit) -> ast.Expr:
        value = expr.value
        candidates: list[CType]
        if expr.unsigned:
            candidates = [ULONG] if expr.long else [UINT, ULONG]
        elif expr.long:
            candidates = [LONG] if expr.decimal else [LONG, ULONG]
        else:
            candidates = [INT, LONG] if expr.decimal else [INT, UINT, LONG, ULONG]
        for ctype in candidates:
            if ctype.wrap(value) == value:
                expr.ctype = ctype
                return expr
        self.error("type_mismatch", "integer constant is too large for its type", expr.span)
        expr.ctype = ULONG
        return expr

    def expr_FloatLit(self, expr: ast.FloatLit) -> ast.Expr:
        if expr.text[-1] in "lL":
            self.error("unsupported", "'long double' constants are not supported: drop the L", expr.span)
        elif literal_bits(expr.text) is None:
            self.error("syntax", f"invalid floating constant '{expr.text}'", expr.span)
        expr.ctype = FLOAT if expr.text[-1] in "fF" else DOUBLE
        return expr

    def expr_CharLit(self, expr: ast.CharLit) -> ast.Expr:
        expr.ctype = INT
        return expr

    def expr_StringLit(self, expr: ast.StringLit) -> ast.Expr:
        expr.ctype = array_of(CHAR, len(expr.codes) + 1)
        return expr

    def expr_Name(self, expr: ast.Name) -> ast.Expr:
        symbol = self.lookup(expr.name)
        if symbol is None and expr.name == "__func__" and self.function is not None:
            # C99 6.4.2.2: the name of the enclosing function, a static array of char.
            name = self.function.func.declarator.name or ""
            literal = ast.StringLit(expr.span, [ord(c) for c in name])
            literal.ctype = array_of(CHAR, len(name) + 1)
            return literal
        if symbol is None:
            self.error("undeclared", f"'{expr.name}' undeclared", expr.span)
            expr.ctype = INT
            return expr
        if symbol.storage == "typedef":
            self.error("syntax", f"unexpected type name '{expr.name}'", expr.span)
        expr.symbol = symbol
        expr.ctype = symbol.ctype
        if symbol.storage == "enum":
            return ast.IntLit(expr.span, symbol.value, ctype=INT)
        return expr

    def expr_Unary(self, expr: ast.Unary) -> ast.Expr:
        op = expr.op
        if op == "&":
            operand = self.expr(expr.operand)
            expr.operand = operand
            assert operand.ctype is not None
            if (
                isinstance(operand, ast.Name)
                and operand.symbol is not None
                and operand.symbol.storage == "function"
            ):
                self.function_address(operand)
                expr.ctype = pointer_to(operand.ctype)
                return expr
            if not self.is_lvalue(operand):
                self.error("type_mismatch", "lvalue required as unary '&' operand", operand.span)
            elif isinstance(operand, ast.MemberAccess) and operand.member and operand.member.declared:
                self.error("type_mismatch", f"cannot take address of bit-field '{operand.name}'", expr.span)
                expr.ctype = pointer_to(operand.member.declared)
                return expr
            if isinstance(operand, ast.Name) and operand.symbol is not None:
                operand.symbol.address_taken = True
            expr.ctype = pointer_to(operand.ctype)
            return expr
        operand = self.rvalue(self.expr(expr.operand))
        ctype = operand.ctype
        assert ctype is not None
        if op == "*":
            expr.operand = operand
            if not ctype.is_pointer:
                self.error("type_mismatch", f"invalid type argument of unary '*' (have '{ctype}')", expr.span)
                expr.ctype = INT
                return expr
            assert ctype.base is not None
            if ctype.base.is_void:
                self.error("type_mismatch", "dereferencing a 'void *' pointer", expr.span)
                expr.ctype = INT
                return expr
            expr.ctype = ctype.base
            return expr
        if op == "!":
            if not ctype.is_scalar:
                self.error("type_mismatch", f"wrong type argument to unary '!' (have '{ctype}')", expr.span)
            expr.operand = operand
            expr.ctype = INT
            return expr
        wanted_integer = op == "~"
        if not (ctype.is_integer if wanted_integer else ctype.is_arithmetic):
            self.error("type_mismatch", f"wrong type argument to unary '{op}' (have '{ctype}')", expr.span)
            expr.operand = operand
            expr.ctype = INT
            return expr
        result = promote(ctype)
        expr.operand = self.convert(operand, result)
        expr.ctype = result
        return expr

    def expr_IncDec(self, expr: ast.IncDec) -> ast.Expr:
        operand = self.expr(expr.operand)
        expr.operand = operand
        assert operand.ctype is not None
        self.require_modifiable(operand, f"{'increment' if expr.op == '++' else 'decrement'} operand")
        if not operand.ctype.is_scalar:
            self.error(
                "type_mismatch", f"wrong type argument to '{expr.op}' (have '{operand.ctype}')", expr.span
            )
        elif operand.ctype.is_pointer and not self.pointee_complete(operand.ctype, expr.span):
            pass
        expr.ctype = operand.ctype
        return expr

    def pointee_complete(self, ctype: CType, span: Span) -> bool:
        assert ctype.base is not None
        if ctype.base.is_void:
            return True  # gcc allows arithmetic on void * as on char *
        if not ctype.base.is_complete:
            self.error("type_mismatch", f"arithmetic on a pointer to an incomplete type '{ctype.base}'", span)
            return False
        return True

    def expr_Binary(self, expr: ast.Binary) -> ast.Expr:
        left = self.rvalue(self.expr(expr.left))
        right = self.rvalue(self.expr(expr.right))
        expr.left, expr.right = left, right
        lt, rt = left.ctype, right.ctype
        assert lt is not None and rt is not None
        op = expr.op
        if op in ("&&", "||"):
            for side in (left, right):
                if side.ctype is not None and not side.ctype.is_scalar:
                    self.error("type_mismatch", f"used '{side.ctype}' where a scalar is required", side.span)
            expr.ctype = INT
            return expr
        if op in ("==", "!=", "<", ">", "<=", ">="):
            return self.comparison(expr, left, right)
        if op in ("+", "-") and (lt.is_pointer or rt.is_pointer):
            return self.pointer_arithmetic(expr, left, right)
        integer_only = op in ("%", "<<", ">>", "&", "|", "^")
        ok = (lt.is_integer and rt.is_integer) if integer_only else (lt.is_arithmetic and rt.is_arithmetic)
        if not ok:
            self.error(
                "type_mismatch", f"invalid operands to binary '{op}' (have '{lt}' and '{rt}')", expr.span
            )
            expr.ctype = INT
            return expr
        if op in ("<<", ">>"):
            result = promote(lt)
            expr.left = self.convert(left, result)
            expr.right = self.convert(right, promote(rt))
        else:
            result = usual_arithmetic(lt, rt)
            expr.left = self.convert(left, result)
            expr.right = self.convert(right, result)
        expr.ctype = result
        return expr

    def comparison(self, expr: ast.Binary, left: ast.Expr, right: ast.Expr) -> ast.Expr:
        lt, rt = left.ctype, right.ctype
        assert lt is not None and rt is not None
        expr.ctype = INT
        if lt.is_arithmetic and rt.is_arithmetic:
            common = usual_arithmetic(lt, rt)
            expr.left = self.convert(left, common)
            expr.right = self.convert(right, common)
            return expr
        if lt.is_pointer and rt.is_pointer:
            assert lt.base is not None and rt.base is not None
            if not (lt.base.is_void or rt.base.is_void or compatible(lt.base, rt.base)):
                self.error(
                    "type_mismatch", f"comparison of distinct pointer types ('{lt}' and '{rt}')", expr.span
                )
            return expr
        if lt.is_pointer and self.is_null_constant(right):
            expr.right = self.convert(right, lt)
            return expr
        if rt.is_pointer and self.is_null_constant(left):
            expr.left = self.convert(left, rt)
            return expr
        self.error(
            "type_mismatch", f"invalid operands to binary '{expr.op}' (have '{lt}' and '{rt}')", expr.span
        )
        return expr

    def pointer_arithmetic(self, expr: ast.Binary, left: ast.Expr, right: ast.Expr) -> ast.Expr:
        lt, rt = left.ctype, right.ctype
        assert lt is not None and rt is not None
        if lt.is_pointer and rt.is_pointer:
            if expr.op == "+":
                self.error("type_mismatch", "invalid operands to binary '+' (two pointers)", expr.span)
            else:
                assert lt.base is not None and rt.base is not None
                if not compatible(lt.base, rt.base):
                    self.error(
                        "type_mismatch",
                        f"subtraction of distinct pointer types ('{lt}' and '{rt}')",
                        expr.span,
                    )
                self.pointee_complete(lt, expr.span)
            expr.ctype = PTRDIFF_T
            return expr
        pointer, integer = (left, right) if lt.is_pointer else (right, left)
        assert pointer.ctype is not None and integer.ctype is not None
        if not integer.ctype.is_integer or (expr.op == "-" and pointer is right):
            self.error(
                "type_mismatch", f"invalid operands to binary '{expr.op}' (have '{lt}' and '{rt}')", expr.span
            )
            expr.ctype = pointer.ctype
            return expr
        self.pointee_complete(pointer.ctype, expr.span)
        converted = self.convert(integer, LONG)
        if pointer is left:
            expr.right = converted
        else:
            expr.left = converted
        expr.ctype = pointer.ctype
        return expr

    def expr_Assign(self, expr: ast.Assign) -> ast.Expr:
        target = self.expr(expr.target)
        expr.target = target
        assert target.ctype is not None
        self.require_modifiable(target, "left operand of assignment")
        if target.ctype.is_array:
            expr.value = self.expr(expr.value)  # already reported: arrays cannot be assigned
            expr.ctype = target.ctype
            return expr
        if expr.op == "=":
            expr.value = self.assign_convert(self.expr(expr.value), target.ctype, "assignment")
            expr.ctype = target.ctype
            return expr
        # A compound assignment E1 op= E2 is E1 = E1 op E2 with E1 evaluated once: check the operation on
        # a stand-in for E1, then convert the result back to E1's type.
        op = expr.op[:-1]
        stand_in = ast.Name(target.span, "<target>", ctype=target.ctype)
        probe = ast.Binary(expr.span, op, stand_in, expr.value)
        probe.left = stand_in
        value = self.rvalue(self.expr(expr.value))
        lt, rt = target.ctype, value.ctype
        assert rt is not None
        expr.ctype = lt
        if lt.is_pointer and op in ("+", "-") and rt.is_integer:
            self.pointee_complete(lt, expr.span)
            expr.value = self.convert(value, LONG)
            expr.op_type = lt
            return expr
        integer_only = op in ("%", "<<", ">>", "&", "|", "^")
        ok = (lt.is_integer and rt.is_integer) if integer_only else (lt.is_arithmetic and rt.is_arithmetic)
        if not ok:
            self.error(
                "type_mismatch", f"invalid operands to '{expr.op}' (have '{lt}' and '{rt}')", expr.span
            )
            expr.value = value
            expr.op_type = INT
            return expr
        if op in ("<<", ">>"):
            expr.op_type = promote(lt)
            expr.value = self.convert(value, promote(rt))
        else:
            expr.op_type = usual_arithmetic(lt, rt)
            expr.value = self.convert(value, expr.op_type)
        return expr

    def expr_Conditional(self, expr: ast.Conditional) -> ast.Expr:
        expr.cond = self.condition(expr.cond)
        then = self.rvalue(self.expr(expr.then))
        otherwise = self.rvalue(self.expr(expr.otherwise))
        tt, ot = then.ctype, otherwise.ctype
        assert tt is not None and ot is not None
        if tt.is_arithmetic and ot.is_arithmetic:
            result = usual_arithmetic(tt, ot)
        elif tt.is_void and ot.is_void:
            result = VOID
        elif tt.is_struct and ot.is_struct and tt.struct is ot.struct:
            result = tt
        elif tt.is_pointer and ot.is_pointer:
            assert tt.base is not None and ot.base is not None
            if tt.base.is_void or ot.base.is_void:
                result = pointer_to(VOID)
            else:
                if not compatible(tt.base, ot.base):
                    self.error(
                        "type_mismatch",
                        f"pointer type mismatch in conditional expression ('{tt}' and '{ot}')",
                        expr.span,
                    )
                result = tt
        elif tt.is_pointer and self.is_null_constant(otherwise):
            result = tt
        elif ot.is_pointer and self.is_null_constant(then):
            result = ot
        else:
            self.error(
                "type_mismatch", f"type mismatch in conditional expression ('{tt}' and '{ot}')", expr.span
            )
            result = tt
        expr.then = self.convert(then, result)
        expr.otherwise = self.convert(otherwise, result)
        expr.ctype = result
        return expr

    def expr_Call(self, expr: ast.Call) -> ast.Expr:
        func = expr.func
        if isinstance(func, ast.Name) and self.lookup(func.name) is None:
            self.error(
                "undeclared",
                f"implicit declaration of function '{func.name}'",
                func.span,
                Note("declare it, or include the header that declares it"),
            )
            for arg in expr.args:
                self.expr(arg)
            expr.ctype = INT
            return expr
        func = self.expr(func)
        expr.func = func
        ftype = func.ctype
        assert ftype is not None
        if ftype.is_pointer and ftype.base is not None and ftype.base.is_function:
            ftype = ftype.base
        if not ftype.is_function:
            self.error("type_mismatch", f"called object is not a function (it is '{ftype}')", func.span)
            for arg in expr.args:
                self.expr(arg)
            expr.ctype = INT
            return expr
        if isinstance(func, ast.Name) and func.symbol is not None and func.symbol.storage == "function":
            self.note_call(func.symbol, func.span)
        else:
            func = self.rvalue(func)  # a call through a pointer: `fp(x)` or `(*fp)(x)`
            expr.func = func
        params = ftype.params
        name = func.name if isinstance(func, ast.Name) else "function"
        if ftype.has_prototype and (
            len(expr.args) < len(params) or (len(expr.args) > len(params) and not ftype.variadic)
        ):
            few = "few" if len(expr.args) < len(params) else "many"
            self.error(
                "type_mismatch",
                f"too {few} arguments to function '{name}' (expected {len(params)}, have {len(expr.args)})",
                expr.span,
            )
        args: list[ast.Expr] = []
        for index, arg in enumerate(expr.args):
            checked = self.expr(arg)
            if index < len(params) and ftype.has_prototype:
                args.append(self.assign_convert(checked, params[index], f"argument {index + 1} of '{name}'"))
            else:
                value = self.rvalue(checked)
                assert value.ctype is not None
                if value.ctype.is_struct:
                    self.error(
                        "unsupported", "passing a struct to a variadic function is not supported", arg.span
                    )
                args.append(self.convert(value, promote(value.ctype)) if value.ctype.is_integer else value)
        expr.args = args
        assert ftype.base is not None
        expr.ctype = ftype.base
        self.check_format(expr, name)
        return expr

    def check_format(self, call: ast.Call, name: str) -> None:
        """printf and scanf with a literal format: conversions the runtime does not do as C does are
        reported here, never left to print something else."""
        symbol = call.func.symbol if isinstance(call.func, ast.Name) else None
        index = FORMAT_ARGUMENT.get(name)
        if index is None or symbol is None or symbol.defined or len(call.args) <= index:
            return
        codes = literal_format(call.args[index])
        if codes is None:
            return
        for problem in format_problems(name, codes, len(call.args) - index - 1):
            self.error("unsupported", problem, call.args[index].span)

    def expr_Index(self, expr: ast.Index) -> ast.Expr:
        base = self.rvalue(self.expr(expr.base))
        index = self.rvalue(self.expr(expr.index))
        bt, it = base.ctype, index.ctype
        assert bt is not None and it is not None
        if it.is_pointer and bt.is_integer:
            base, index = index, base  # `2[a]` is `a[2]`
            bt, it = it, bt
        if not bt.is_pointer or not it.is_integer:
            self.error(
                "type_mismatch", f"subscripted value is not an array or pointer (it is '{bt}')", expr.span
            )
            expr.ctype = INT
            expr.base, expr.index = base, index
            return expr
        assert bt.base is not None
        if bt.base.is_void:
            self.error("type_mismatch", "subscript of a 'void *' pointer", expr.span)
        expr.base = base
        expr.index = self.convert(index, LONG)
        expr.ctype = bt.base
        return expr

    def expr_MemberAccess(self, expr: ast.MemberAccess) -> ast.Expr:
        base = self.expr(expr.base)
        if expr.arrow:
            base = self.rvalue(base)
        expr.base = base
        bt = base.ctype
        assert bt is not None
        struct_type = bt.base if expr.arrow and bt.is_pointer else bt
        if struct_type is None or not struct_type.is_struct or (expr.arrow and not bt.is_pointer):
            want = "a pointer to a struct" if expr.arrow else "a struct"
            operator = "->" if expr.arrow else "."
            self.error("type_mismatch", f"'{operator}' needs {want}, not '{bt}'", expr.span)
            expr.ctype = INT
            return expr
        info = struct_type.struct
        assert info is not None
        if not info.complete:
            self.error("type_mismatch", f"use of incomplete type '{struct_type}'", expr.span)
            expr.ctype = INT
            return expr
        member = info.member(expr.name)
        if member is None:
            self.error("undeclared", f"'{struct_type}' has no member named '{expr.name}'", expr.span)
            expr.ctype = INT
            return expr
        expr.member = member
        expr.ctype = member.ctype
        return expr

    def expr_Cast(self, expr: ast.Cast) -> ast.Expr:
        target = self.type_name(expr.type_name)
        operand = self.rvalue(self.expr(expr.operand))
        expr.operand = operand
        expr.ctype = target
        source = operand.ctype
        assert source is not None
        if target.is_void:
            return expr
        if not target.is_scalar:
            self.error("type_mismatch", f"conversion to non-scalar type '{target}' requested", expr.span)
        elif not source.is_scalar or pointer_and_floating(source, target):
            self.error("type_mismatch", f"cannot convert '{source}' to '{target}'", expr.span)
        return expr

    def expr_Convert(self, expr: ast.Convert) -> ast.Expr:
        return expr  # already checked (a node the checker built)

    def expr_SizeofType(self, expr: ast.SizeofType) -> ast.Expr:
        ctype = self.type_name(expr.type_name)
        return self.sizeof(expr, ctype)

    def expr_SizeofExpr(self, expr: ast.SizeofExpr) -> ast.Expr:
        operand = self.expr(expr.operand)  # not evaluated, and no decay: sizeof of an array is its size
        assert operand.ctype is not None
        return self.sizeof(expr, operand.ctype)

    def sizeof(self, expr: ast.SizeofType | ast.SizeofExpr, ctype: CType) -> ast.Expr:
        operand = expr.operand if isinstance(expr, ast.SizeofExpr) else None
        symbol = operand.symbol if isinstance(operand, ast.Name) else None
        if symbol is not None and symbol.vla_lengths is not None:
            self.error("unsupported", "sizeof of a variable-length array is not supported", expr.span)
            expr.value = 0
            expr.ctype = SIZE_T
            return expr
        if ctype.is_function or not (ctype.is_complete or ctype.is_void):
            self.error("type_mismatch", f"invalid application of 'sizeof' to '{ctype}'", expr.span)
        expr.value = ctype.size
        expr.ctype = SIZE_T
        return expr

    def expr_Comma(self, expr: ast.Comma) -> ast.Expr:
        expr.left = self.expr(expr.left)
        expr.right = self.rvalue(self.expr(expr.right))
        expr.ctype = expr.right.ctype
        return expr

    def expr_CompoundLiteral(self, expr: ast.CompoundLiteral) -> ast.Expr:
        ctype = self.type_name(expr.type_name)
        if ctype.is_array and ctype.length is None:
            ctype = self.complete_array(ctype, expr.init)
        if not ctype.is_complete or ctype.is_function:
            self.error("type_mismatch", f"compound literal has incomplete type '{ctype}'", expr.span)
            ctype = INT
        expr.init = self.initializer(expr.init, ctype, constant=self.function is None)
        expr.ctype = ctype
        return expr

    def expr_InitList(self, expr: ast.InitList) -> ast.Expr:
        self.error("syntax", "a braced list is only allowed in an initializer", expr.span)
        expr.ctype = INT
        return expr


def braced_string(init: ast.Expr, ctype: CType) -> ast.Expr:
    """`char s[] = {"abc"}` is `char s[] = "abc"` (C99 6.7.8: a string may sit in braces)."""
    if (
        isinstance(init, ast.InitList)
        and len(init.items) == 1
        and isinstance(init.items[0], ast.StringLit)
        and ctype.base is not None
        and ctype.base.is_integer
        and ctype.base.bits == 8
    ):
        return init.items[0]
    return init


def count_leaves(init: ast.Expr) -> int:
    if isinstance(init, ast.InitList):
        return sum(count_leaves(item) for item in init.items)
    return 1


def scalar_count(ctype: CType) -> int:
    """How many scalars an aggregate holds: its leaves for brace elision."""
    if ctype.is_array:
        assert ctype.base is not None
        return (ctype.length or 0) * scalar_count(ctype.base)
    if ctype.is_struct:
        assert ctype.struct is not None
        fields = ctype.struct.fields()[: 1 if ctype.struct.union else None]
        return sum(scalar_count(m.ctype) for m in fields)
    return 1


def fold(expr: ast.Expr, known: dict[int, int | None] | None = None) -> int | None:
    """The value of an integer constant expression, computed in C's types; None when not constant.

    `known` keeps what was found for each node (by id, while the tree lives): a caller that asks for
    every node of a tree, as the lowering does, then folds each node once, instead of each subtree again
    (quadratic in a flat sum of many terms)."""
    if known is None:
        return _fold(expr, None)
    key = id(expr)
    if key not in known:
        known[key] = _fold(expr, known)
    return known[key]


def _fold(expr: ast.Expr, known: dict[int, int | None] | None) -> int | None:
    ctype = expr.ctype
    if isinstance(expr, (ast.IntLit, ast.CharLit)):
        return expr.value
    if isinstance(expr, (ast.SizeofType, ast.SizeofExpr)):
        return expr.value
    if isinstance(expr, (ast.Convert, ast.Cast)):
        inner = fold(expr.operand, known)
        if inner is None or ctype is None or not ctype.is_integer:
            return None
        return ctype.wrap(inner)
    if isinstance(expr, ast.Unary) and expr.op in ("-", "+", "~", "!"):
        value = fold(expr.operand, known)
        if value is None or ctype is None:
            return None
        result = {"-": -value, "+": value, "~": ~value, "!": int(value == 0)}[expr.op]
        return ctype.wrap(result)
    if isinstance(expr, ast.Binary):
        left = fold(expr.left, known)
        if left is None or ctype is None or not ctype.is_integer:
            return None
        if expr.op == "&&" and left == 0:
            return 0
        if expr.op == "||" and left != 0:
            return 1
        right = fold(expr.right, known)
        if right is None:
            return None
        return _fold_binary(expr.op, left, right, ctype)
    if isinstance(expr, ast.Conditional):
        cond = fold(expr.cond, known)
        if cond is None:
            return None
        return fold(expr.then if cond else expr.otherwise, known)
    return None


def _fold_binary(op: str, left: int, right: int, ctype: CType) -> int | None:
    if op in ("/", "%"):
        if right == 0:
            return None
        quotient = abs(left) // abs(right) * (1 if (left < 0) == (right < 0) else -1)
        return ctype.wrap(quotient if op == "/" else left - right * quotient)
    if op in ("<<", ">>"):
        if right < 0 or right >= ctype.bits:
            return None
        return ctype.wrap(left << right if op == "<<" else left >> right)
    table = {
        "+": left + right, "-": left - right, "*": left * right, "&": left & right, "|": left | right,
        "^": left ^ right, "==": int(left == right), "!=": int(left != right), "<": int(left < right),
        ">": int(left > right), "<=": int(left <= right), ">=": int(left >= right),
        "&&": int(bool(left) and bool(right)), "||": int(bool(left) or bool(right)),
    }  # fmt: skip
    return ctype.wrap(table[op]) if op in table else None


def check(unit: ast.TranslationUnit, diags: DiagnosticBag) -> ast.TranslationUnit:
    """The front-end's check stage: annotates the tree in place and returns it."""
    return Checker(diags).translation_unit(unit)


__all__ = ["check", "fold"]
