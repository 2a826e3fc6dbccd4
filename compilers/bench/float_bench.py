"""IEEE 754 binary64 on the Engine: instructions per operation of the runtime's float64 routines
(compilers/runtime/float64.c), the cost of C's and later Python's and Java's floating point.

    python compilers/bench/float_bench.py [--count N]

Each figure is measured on the emulated Engine at -O1: a program calls the routine on N operands of
ordinary magnitudes (a fixed random sample) and prints each result; a second program prints the same
operands without the call; the difference, divided by N, is the routine's cost, call and return included.
Every printed result is checked against CPython's float and math module (glibc's libm) and % formatting
(which prints what glibc's printf prints), or where glibc is not correctly rounded against the tests'
high-precision references, before a figure is given.
"""

from __future__ import annotations

import argparse
import math
import random
import struct
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from compilers import driver  # noqa: E402
from compilers.ir import parse_module  # noqa: E402
from compilers.tests.test_float64 import arcsine_reference, cbrt_reference  # noqa: E402


def bits(x: float) -> int:
    return int(struct.unpack("<Q", struct.pack("<d", x))[0])


def sample(r: random.Random) -> float:
    return r.uniform(-1e3, 1e3) * 10 ** r.randint(-6, 6)


# name: (the call on operands a and b, what CPython gives as the printed text)
BINARY: dict[str, tuple[str, Callable[[float, float], str]]] = {
    "add": ("@f64_add({a}, {b})", lambda x, y: str(bits(x + y))),
    "sub": ("@f64_sub({a}, {b})", lambda x, y: str(bits(x - y))),
    "mul": ("@f64_mul({a}, {b})", lambda x, y: str(bits(x * y))),
    "div": ("@f64_div({a}, {b})", lambda x, y: str(bits(x / y))),
    "sqrt": ("@f64_sqrt({m})", lambda x, y: str(bits(math.sqrt(abs(x))))),
    "compare (<)": ("@f64_lt({a}, {b})", lambda x, y: str(int(x < y))),
    "int to double": ("@f64_from_int({i})", lambda x, y: str(bits(float(int(x))))),
    "double to int": ("@f64_to_int({a})", lambda x, y: str(int(x))),
    "exp": ("@f64_exp({u})", lambda x, y: str(bits(math.exp(math.fmod(x, 10))))),
    "log": ("@f64_log({m})", lambda x, y: str(bits(math.log(abs(x))))),
    "log10": ("@f64_log10({m})", lambda x, y: str(bits(math.log10(abs(x))))),
    "pow": ("@f64_pow({m}, {v})", lambda x, y: str(bits(math.pow(abs(x), math.fmod(y, 3))))),
    "sin": ("@f64_sin({u})", lambda x, y: str(bits(math.sin(math.fmod(x, 10))))),
    "atan": ("@f64_atan({a})", lambda x, y: str(bits(math.atan(x)))),
    "atan2": ("@f64_atan2({a}, {b})", lambda x, y: str(bits(math.atan2(x, y)))),
    # glibc's asin, acos and cbrt are not always correctly rounded: checked
    # against the tests' references
    "asin": ("@f64_asin({s})", lambda x, y: str(bits(arcsine_reference("asin", math.sin(x))))),
    "acos": ("@f64_acos({s})", lambda x, y: str(bits(arcsine_reference("acos", math.sin(x))))),
    "hypot": ("@f64_hypot({a}, {b})", lambda x, y: str(bits(math.hypot(x, y)))),
    "log2": ("@f64_log2({m})", lambda x, y: str(bits(math.log2(abs(x))))),
    "cbrt": ("@f64_cbrt({a})", lambda x, y: str(bits(cbrt_reference(x)))),
    # glibc's (fdlibm's algorithms, runtime/fdlibm.c), which CPython's math calls
    "sinh": ("@f64_sinh({u})", lambda x, y: str(bits(math.sinh(math.fmod(x, 10))))),
    "cosh": ("@f64_cosh({u})", lambda x, y: str(bits(math.cosh(math.fmod(x, 10))))),
    "tanh": ("@f64_tanh({u})", lambda x, y: str(bits(math.tanh(math.fmod(x, 10))))),
    "expm1": ("@f64_expm1({u})", lambda x, y: str(bits(math.expm1(math.fmod(x, 10))))),
    "log1p": ("@f64_log1p({m})", lambda x, y: str(bits(math.log1p(abs(x))))),
}
PRINTF_FLOAT = ord("f")
PRINTS: dict[str, tuple[str, str]] = {
    'printf("%f")': (f"@f64_printf({{a}}, {PRINTF_FLOAT}, 0, 0, -1)", "%f"),
    'printf("%e")': (f"@f64_printf({{a}}, {ord('e')}, 0, 0, -1)", "%e"),
    'printf("%.17g")': (f"@f64_printf({{a}}, {ord('g')}, 0, 0, 17)", "%.17g"),
}


def engine_run(lines: list[str]) -> tuple[str, int]:
    module = parse_module("\n".join(["func @main() -> w {", "entry:", *lines, "  ret 0", "}"]))
    compiled = driver.compile_module(module, driver.CompileOptions(opt_level=1), filename="float_bench.ir")
    assert compiled.ok, compiled.render_diagnostics()
    result = driver.run_compiled(compiled, store_size=20_000, max_steps=200_000_000, max_output=10**7)
    assert result.status == "halted", result.message
    return result.output, result.stats.instructions


def measure(call: str, pairs: list[tuple[float, float]], prints_itself: bool) -> tuple[str, float]:
    """The output of the calls, and the instructions per call beyond the program that only prints."""
    with_call: list[str] = []
    without: list[str] = []
    for k, (x, y) in enumerate(pairs):
        text = call.format(
            a=bits(x),
            b=bits(y),
            m=bits(abs(x)),
            i=int(x),
            u=bits(math.fmod(x, 10)),
            v=bits(math.fmod(y, 3)),
            s=bits(math.sin(x)),
        )
        if prints_itself:
            with_call += [f"  %r{k} = call {text}", "  printc 10"]
            without += ["  printc 10"]
        else:
            with_call += [f"  %r{k} = call {text}", f"  print %r{k}", "  printc 10"]
            without += [f"  print {bits(x)}", "  printc 10"]
    output, count = engine_run(with_call)
    _, base = engine_run(without)
    return output, (count - base) / len(pairs)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="operands per routine (default 200)")
    args = parser.parse_args(argv)
    r = random.Random(1985)
    pairs = [(sample(r), sample(r)) for _ in range(args.count)]
    print(f"Engine instructions per operation (-O1, mean over {args.count} operands of ordinary magnitudes):")
    for name, (call, want) in BINARY.items():
        output, per = measure(call, pairs, prints_itself=False)
        if output.split("\n")[:-1] != [want(x, y) for x, y in pairs]:
            print(f"{name}: a result differs from CPython's")
            return 1
        print(f"  {name:<18} {per:>10,.0f}")
    for name, (call, spec) in PRINTS.items():
        output, per = measure(call, pairs, prints_itself=True)
        if output.split("\n")[:-1] != [spec % x for x, _ in pairs]:
            print(f"{name}: the text differs from glibc's")
            return 1
        print(f"  {name:<18} {per:>10,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
