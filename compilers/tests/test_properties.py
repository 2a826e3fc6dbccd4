"""Random straight-line and branching programs: the compiled code (-O0 and -O1, on the emulator) and the
interpreter must print what Python itself computes for the same operations (the reference)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compilers import driver
from compilers.ir import interpret, parse_module


def _trunc_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _wrap(value: int, bits: int, signed: bool) -> int:
    value %= 1 << bits
    return value - (1 << bits) if signed and value >= 1 << (bits - 1) else value


OPS = [
    "add",
    "sub",
    "mul",
    "div",
    "rem",
    "and",
    "or",
    "xor",
    "shl",
    "shr",
    "lt",
    "ge",
    "eq",
    "wrap.u8",
    "wrap.i32",
    "not",
    "neg",
    "and255",
    "max",
]


def _reference(op: str, a: int, b: int, k: int) -> int:
    return {
        "add": lambda: a + b,
        "sub": lambda: a - b,
        "mul": lambda: _wrap(a * b, 64, True),
        "div": lambda: _trunc_div(a, b) if b else a,
        "rem": lambda: a - _trunc_div(a, b) * b if b else a,
        "and": lambda: a & b,
        "or": lambda: a | b,
        "xor": lambda: a ^ b,
        "shl": lambda: a << k,
        "shr": lambda: a >> k,
        "lt": lambda: int(a < b),
        "ge": lambda: int(a >= b),
        "eq": lambda: int(a == b),
        "wrap.u8": lambda: _wrap(a, 8, False),
        "wrap.i32": lambda: _wrap(a, 32, True),
        "not": lambda: ~a,
        "neg": lambda: -a,
        "and255": lambda: a & 255,
        "max": lambda: max(a, b),
    }[op]()


def _ir(op: str, d: str, a: str, b: str, k: int, label: str) -> list[str]:
    """The IR for one step; the reference above says what it must compute."""
    if op == "mul":
        return [f"  {d} = mul {a}, {b}", f"  {d} = wrap.i64 {d}"]
    if op in ("div", "rem"):  # a zero divisor leaves a unchanged (the branch the program takes)
        return [
            f"  %z{label} = eq {b}, 0",
            f"  br %z{label}, zero{label}, nonzero{label}",
            f"zero{label}:",
            f"  {d} = copy {a}",
            f"  jmp join{label}",
            f"nonzero{label}:",
            f"  {d} = {op} {a}, {b}",
            f"  jmp join{label}",
            f"join{label}:",
        ]
    if op in ("shl", "shr"):
        return [f"  {d} = {op} {a}, {k}"]
    if op in ("wrap.u8", "wrap.i32", "not", "neg"):
        return [f"  {d} = {op} {a}"]
    if op == "and255":
        return [f"  {d} = and {a}, 255"]
    if op == "max":
        return [
            f"  %c{label} = gt {a}, {b}",
            f"  br %c{label}, left{label}, right{label}",
            f"left{label}:",
            f"  {d} = copy {a}",
            f"  jmp join{label}",
            f"right{label}:",
            f"  {d} = copy {b}",
            f"  jmp join{label}",
            f"join{label}:",
        ]
    return [f"  {d} = {op} {a}, {b}"]


step = st.tuples(st.sampled_from(OPS), st.integers(0, 50), st.integers(0, 50), st.integers(0, 9))
program = st.tuples(
    st.lists(st.integers(-(10**6), 10**6), min_size=3, max_size=3), st.lists(step, min_size=1, max_size=14)
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(program)
def test_random_programs_agree_with_python(case: tuple[list[int], list[tuple[str, int, int, int]]]) -> None:
    inputs, steps = case
    values = list(inputs)
    names = ["%p0", "%p1", "%p2"]
    body: list[str] = []
    for n, (op, i, j, k) in enumerate(steps):
        a, b = values[i % len(values)], values[j % len(values)]
        values.append(_reference(op, a, b, k))
        dest = f"%v{n}"
        body += _ir(op, dest, names[i % len(names)], names[j % len(names)], k, str(n))
        names.append(dest)
    prints = [line for name in names[3:] for line in (f"  print {name}", "  printc 32")]
    text = "\n".join(
        [
            "func @f(%p0, %p1, %p2) -> w {",
            "entry:",
            *body,
            *prints,
            "  ret 0",
            "}",
            "",
            "func @main() -> w {",
            "entry:",
            f"  %r = call @f({inputs[0]}, {inputs[1]}, {inputs[2]})",
            "  ret 0",
            "}",
            "",
        ]
    )
    expected = "".join(f"{v} " for v in values[3:])
    assert interpret(parse_module(text)).output == expected
    for level in (0, 1):
        compiled = driver.compile_module(parse_module(text), driver.CompileOptions(opt_level=level))
        assert compiled.ok, compiled.render_diagnostics()
        result = driver.run_compiled(compiled)
        assert (result.status, result.output) == ("halted", expected), (level, text)
