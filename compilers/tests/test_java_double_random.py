"""Java's doubles printed as java (OpenJDK 17) prints them, checked on random doubles against java itself.

Java 17's Double.toString is FloatingDecimal's (not the shortest digits of JDK 19 and later: it sometimes
prints a digit more, 2.82879384806159008E17), and Formatter's %f and %e round FloatingDecimal's digits
half up. Both are jdouble.c's (compilers/runtime/java/). The random doubles are of several shapes: any bit
pattern (NaN, infinities and subnormals among them), short decimals, hundredths, integers and binary
fractions of every size, and values that end in a 5 where a format rounds.

- 20,000 doubles: jdouble.c built by gcc (the same C the Engine runs: it is valid C for both, see its
  header) prints Double.toString and seven formats of each; java prints the same from one run that reads
  the doubles' bit patterns from standard input. The Engine would take minutes for this many.
- 120 of them: a Java program holding them is compiled by the Java front-end and run on the Engine (-O1)
  and by the IR interpreter; java runs the same program (the 46 programs of tests/java/doubles print
  many more doubles on the Engine).

java's outputs are cached by content (the harness's reference cache), so a second run does not start java.
"""

from __future__ import annotations

import math
import random
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import pytest

from compilers import driver, registry
from compilers.frontends.java import build_runtime
from compilers.ir import interpret
from compilers.runtime.link import link
from compilers.tests.harness import ReferenceRunner, front_end, outcome_or_fail

RUNTIME_C = Path(__file__).resolve().parents[1] / "runtime" / "java" / "jdouble.c"
REFERENCE = ReferenceRunner()
# (java's format, jdouble.c's conversion, precision, flags as java_fd_format takes them, width)
FORMATS = [
    ("%.2f", "f", 2, 0, -1),
    ("%.3e", "e", 3, 0, -1),
    ("%,12.1f", "f", 1, 32, 12),
    ("%.0f", "f", 0, 0, -1),
    ("%+.6E", "E", 6, 4, -1),
    ("%014.6f", "f", 6, 16, 14),
    ("%(-12.0e", "e", 0, 64 + 1, 12),
]


def bits_of(value: float) -> int:
    return int(struct.unpack("<Q", struct.pack("<d", value))[0])


def random_bits(count: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    out: list[int] = []
    for i in range(count):
        kind = i % 6
        if kind == 0:
            out.append(rng.getrandbits(64))
        elif kind == 1:
            out.append(bits_of(float(f"{rng.randint(-(10**6), 10**6)}e{rng.randint(-25, 25)}")))
        elif kind == 2:
            out.append(bits_of(rng.randint(-(10**7), 10**7) / 100))
        elif kind == 3:
            out.append(bits_of(float(rng.getrandbits(63) >> rng.randrange(63)) * 2.0 ** rng.randint(-60, 60)))
        elif kind == 4:
            out.append(
                bits_of(rng.randint(0, 10**6) / 10 ** rng.randint(1, 6) + 5 * 10.0 ** -rng.randint(1, 7))
            )
        else:
            out.append(bits_of(rng.uniform(-1e4, 1e4)))
    return out


JAVA_READER = """import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder out = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(line, 16));
            out.append(Double.toString(d));
            FORMATS
            out.append('\\n');
        }
        System.out.print(out);
    }
}
"""

C_DRIVER = """#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "RUNTIME"

static void show(void) {
    for (long i = 0; i < java_fd_len; i++)
        putchar((int)java_fd_out[i]);
}

int main(void) {
    char line[64];
    while (fgets(line, sizeof line, stdin)) {
        unsigned long bits = strtoul(line, 0, 16);
        double d;
        memcpy(&d, &bits, 8);
        java_fd_string(d);
        show();
        FORMATS
        putchar('\\n');
    }
    return 0;
}
"""


def java_reader() -> str:
    calls = "".join(f'out.append("|").append(String.format("{f}", d));\n            ' for f, *_ in FORMATS)
    return JAVA_READER.replace("FORMATS\n", calls.rstrip() + "\n")


def c_driver() -> str:
    calls = "".join(
        f"putchar('|'); java_fd_format(d, '{conv}', {prec}, {flags}, {width}); show();\n        "
        for _, conv, prec, flags, width in FORMATS
    )
    return C_DRIVER.replace("RUNTIME", str(RUNTIME_C)).replace("FORMATS\n", calls.rstrip() + "\n")


def java_output(source: str, stdin: str = "") -> str:
    java = registry.get("java")
    assert java is not None
    reference = java.reference
    assert reference is not None
    outcome = outcome_or_fail(REFERENCE, reference, source, "Main.java", stdin)
    assert outcome.status == "exited" and outcome.exit_status == 0, outcome
    return outcome.stdout


def gcc_output(driver_c: str, stdin: str) -> str:
    """The C driver (which includes jdouble.c) built with gcc and run on stdin: its standard output. No
    contraction into fused multiply-adds: the routines' sums and products are separate roundings, as the
    Engine computes them."""
    gcc = shutil.which("gcc")
    assert gcc is not None, "gcc is needed (apt-get install -y gcc)"
    with tempfile.TemporaryDirectory() as tmp:
        c = Path(tmp) / "driver.c"
        c.write_text(driver_c, encoding="utf-8")
        exe = Path(tmp) / "driver"
        subprocess.run(
            [gcc, "-O1", "-w", "-ffp-contract=off", "-fno-strict-aliasing", "-o", str(exe), str(c), "-lm"],
            check=True,
        )
        return subprocess.run([str(exe)], input=stdin, capture_output=True, text=True, check=True).stdout


def interpreted_output(source: str) -> str:
    """A Java program's output on the IR interpreter."""
    module, diags = front_end("java", source, "Main.java")
    assert module is not None, diags.render(source)
    return interpret(link(module, namespace="java"), max_steps=400_000_000, store_size=1_000_000).output


def engine_output(source: str) -> str:
    """A Java program's output on the Engine, compiled at -O1; it must halt."""
    result = driver.compile("java", source, driver.CompileOptions(opt_level=1), filename="Main.java")
    assert result.ok, result.render_diagnostics()
    run = driver.run_compiled(result, max_steps=400_000_000)
    assert run.status == "halted", run.message
    return run.output


def test_20000_random_doubles_print_as_java_17_prints_them() -> None:
    values = random_bits(20_000, 17)
    stdin = "".join(f"{v:x}\n" for v in values)
    expected = java_output(java_reader(), stdin).splitlines()
    got = gcc_output(c_driver(), stdin)
    got_lines = got.splitlines()
    assert len(got_lines) == len(expected) == 20_000
    wrong = [(f"{v:016x}", e, g) for v, e, g in zip(values, expected, got_lines, strict=True) if e != g]
    assert not wrong, f"{len(wrong)} differ, the first: {wrong[:5]}"


def engine_program(values: list[int]) -> str:
    literals = ",\n            ".join(
        ", ".join(f"0x{v:016x}L" for v in values[k : k + 4]) for k in range(0, len(values), 4)
    )
    formats = ' + "|" + '.join(f'String.format("{f}", d)' for f, *_ in FORMATS)
    return (
        "public class Main {\n    public static void main(String[] args) {\n        long[] bits = {\n"
        f"            {literals}\n        }};\n        for (long b : bits) {{\n"
        "            double d = Double.longBitsToDouble(b);\n"
        f'            System.out.println(d + "|" + {formats});\n        }}\n    }}\n}}\n'
    )


@pytest.mark.parametrize("part", range(2))
def test_random_doubles_print_as_java_prints_them_on_the_engine(part: int) -> None:
    values = random_bits(20_000, 17)[part * 60 : (part + 1) * 60]
    source = engine_program(values)
    expected = java_output(source)
    assert engine_output(source) == expected
    assert interpreted_output(source) == expected


def test_jdouble_ir_is_built_from_its_c_source() -> None:
    assert build_runtime.build() == build_runtime.TARGET.read_text(encoding="utf-8"), (
        "run `python -m compilers.frontends.java.build_runtime`"
    )


# Math's functions that java 17 computes with fdlibm (StrictMath), and StrictMath's, which are fdlibm's for
# every function: jdouble.c follows fdlibm's algorithms, so that their results are java's to the last bit
# (float64's correctly rounded ones differ from fdlibm's in the last place for several percent of
# arguments). Each (java's call, jdouble.c's routine, whether it takes y too).
FDLIBM_FUNCTIONS = [
    ("Math.atan(x)", "java_atan(x)"),
    ("Math.atan2(y, x)", "java_atan2(y, x)"),
    ("Math.hypot(x, y)", "java_hypot(x, y)"),
    ("Math.cbrt(x)", "java_cbrt(x)"),
    ("Math.asin(x)", "java_asin(x)"),
    ("Math.acos(x)", "java_acos(x)"),
    ("Math.sinh(x)", "java_sinh(x)"),
    ("Math.cosh(x)", "java_cosh(x)"),
    ("Math.tanh(x)", "java_tanh(x)"),
    ("Math.expm1(x)", "java_expm1(x)"),
    ("Math.log1p(x)", "java_log1p(x)"),
    ("StrictMath.exp(x)", "java_sm_exp(x)"),
    ("StrictMath.log(x)", "java_sm_log(x)"),
    ("StrictMath.log10(x)", "java_sm_log10(x)"),
    ("StrictMath.sin(x)", "java_sm_sin(x)"),
    ("StrictMath.cos(x)", "java_sm_cos(x)"),
    ("StrictMath.tan(x)", "java_sm_tan(x)"),
    ("StrictMath.pow(x, y)", "java_sm_pow(x, y)"),
]

# Every NaN is printed as java's canonical one (doubleToLongBits): its sign and payload are not Java's
# to choose (x86's 0/0 is negative) and nothing in the subset shows them.
FDLIBM_READER = """import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder out = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            String[] p = line.split(" ");
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(p[0], 16));
            double y = Double.longBitsToDouble(Long.parseUnsignedLong(p[1], 16));
            double[] r = {CALLS};
            for (double v : r) {
                out.append(Long.toHexString(Double.doubleToLongBits(v))).append(' ');
            }
            out.append('\\n');
        }
        System.out.print(out);
    }
}
"""

FDLIBM_DRIVER = """#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "RUNTIME"

static unsigned long bits(double d) {
    unsigned long b;
    if (d != d)
        return 0x7ff8000000000000UL;
    memcpy(&b, &d, 8);
    return b;
}

int main(void) {
    char line[128];
    while (fgets(line, sizeof line, stdin)) {
        char *rest;
        unsigned long bx = strtoul(line, &rest, 16), by = strtoul(rest, 0, 16);
        double x, y;
        memcpy(&x, &bx, 8);
        memcpy(&y, &by, 8);
        double r[] = {CALLS};
        for (unsigned i = 0; i < sizeof r / sizeof r[0]; i++)
            printf("%lx ", bits(r[i]));
        printf("\\n");
    }
    return 0;
}
"""


def fdlibm_arguments(count: int, seed: int) -> list[tuple[int, int]]:
    """Pairs (x, y) as bit patterns, of shapes that reach every branch of the functions."""
    rng = random.Random(seed)
    pairs = []
    for i in range(count):
        kind = i % 6
        if kind == 0:  # any bit patterns: subnormals, huge values, infinities, NaN
            pairs.append((rng.getrandbits(64), rng.getrandbits(64)))
        elif kind == 1:
            scale = 2.0 ** rng.randint(-40, 40)
            pairs.append((bits_of(rng.uniform(-10, 10) * scale), bits_of(rng.uniform(-10, 10) * scale)))
        elif kind == 2:
            pairs.append((bits_of(rng.uniform(-10, 10)), bits_of(rng.uniform(-10, 10))))
        elif kind == 3:  # asin's and acos's domain
            pairs.append((bits_of(rng.uniform(-1, 1)), bits_of(rng.uniform(-1, 1))))
        elif kind == 4:  # pow of a positive number, to results of every size
            pairs.append((bits_of(rng.uniform(0, 4)), bits_of(rng.uniform(-60, 60))))
        else:  # pow of a number near 1 to a large power
            near_one = 1 + rng.uniform(-1, 1) * 2.0 ** -rng.randint(5, 40)
            pairs.append((bits_of(near_one), bits_of(rng.uniform(-1, 1) * 2.0 ** rng.randint(0, 45))))
    return pairs


def test_fdlibm_functions_agree_with_java_on_random_arguments() -> None:
    wrong = math_mismatches(FDLIBM_FUNCTIONS, fdlibm_arguments(20_000, 29))
    assert not any(wrong.values()), {call: (len(w), w[:3]) for call, w in wrong.items() if w}


def fdlibm_engine_program(
    pairs: list[tuple[int, int]], functions: list[tuple[str, str]] = FDLIBM_FUNCTIONS
) -> str:
    """A program printing every function of `functions` at each pair, as bit patterns."""
    literals = ",\n            ".join(f"0x{x:016x}L, 0x{y:016x}L" for x, y in pairs)
    calls = ", ".join(j for j, _ in functions)
    return (
        "public class Main {\n    public static void main(String[] args) {\n        long[] bits = {\n"
        f"            {literals}\n        }};\n"
        "        for (int i = 0; i < bits.length; i += 2) {\n"
        "            double x = Double.longBitsToDouble(bits[i]);\n"
        "            double y = Double.longBitsToDouble(bits[i + 1]);\n"
        f"            double[] r = {{{calls}}};\n"
        "            StringBuilder line = new StringBuilder();\n"
        "            for (double v : r) {\n"
        "                line.append(Double.doubleToLongBits(v)).append(' ');\n"
        "            }\n"
        "            System.out.println(line);\n        }\n    }\n}\n"
    )


def test_fdlibm_functions_agree_with_java_on_the_ir_interpreter_and_the_engine() -> None:
    """The same routines compiled by the C front-end: 120 argument pairs on the IR interpreter (the output
    limit allows no more), the first 24 of them on the Engine (-O1)."""
    pairs = fdlibm_arguments(120, 31)
    source = fdlibm_engine_program(pairs)
    expected = java_output(source)
    assert interpreted_output(source) == expected
    sample = fdlibm_engine_program(pairs[:24])
    assert engine_output(sample) == java_output(sample)


# Math's functions that java 17 computes with HotSpot's x86_64 intrinsics (Intel's LIBM stubs, the same in
# the interpreter and both compilers): jdouble.c's java_hs_ routines follow their algorithms, so that the
# results are java's to the last bit where the correctly rounded ones differ for a few arguments in ten
# thousand. compilers/bench/java_math.py measures the same on 100,000 arguments of each shape.
HOTSPOT_FUNCTIONS = [
    ("Math.exp(x)", "java_hs_exp(x)"),
    ("Math.log(x)", "java_hs_log(x)"),
    ("Math.log10(x)", "java_hs_log10(x)"),
    ("Math.sin(x)", "java_hs_sin(x)"),
    ("Math.cos(x)", "java_hs_cos(x)"),
    ("Math.tan(x)", "java_hs_tan(x)"),
]


def hotspot_arguments(count: int, seed: int) -> list[tuple[int, int]]:
    """Pairs (x, y) as bit patterns: any bits (NaN, infinities, subnormals), exp's whole range and its
    subnormal results, logarithms of every size and near 1, large arguments of sin, cos and tan (reduced
    differently from 90112 or 16384 up) and arguments near multiples of pi/2, pow's shapes."""
    rng = random.Random(seed)
    pairs = []
    for i in range(count):
        kind = i % 10
        if kind == 8:
            pairs.append((bits_of(rng.uniform(-200_000, 200_000)), bits_of(rng.uniform(-3, 3))))
            continue
        if kind == 9:
            near = (
                round(rng.uniform(-1e6, 1e6) / (math.pi / 2))
                * (math.pi / 2)
                * (1 + rng.uniform(-1e-15, 1e-15))
            )
            pairs.append((bits_of(near), bits_of(rng.uniform(-3, 3))))
            continue
        if kind == 0:
            pairs.append((rng.getrandbits(64), rng.getrandbits(64)))
        elif kind == 1:
            pairs.append((bits_of(rng.uniform(-10, 10)), bits_of(rng.uniform(-10, 10))))
        elif kind == 2:  # exp's range, to overflow
            pairs.append((bits_of(rng.uniform(-746, 710)), bits_of(rng.uniform(-60, 60))))
        elif kind == 3:  # exp's subnormal results
            pairs.append((bits_of(rng.uniform(-745.2, -700)), bits_of(float(rng.randint(-40, 40)))))
        elif kind == 4:
            scale = 2.0 ** rng.randint(-60, 60)
            pairs.append(
                (
                    bits_of(rng.uniform(-1, 1) * scale),
                    bits_of(rng.uniform(-1, 1) * 2.0 ** rng.randint(-10, 10)),
                )
            )
        elif kind == 5:  # near 1
            near_one = 1 + rng.uniform(-1, 1) * 2.0 ** -rng.randint(5, 50)
            pairs.append((bits_of(near_one), bits_of(rng.uniform(-1, 1) * 2.0 ** rng.randint(0, 45))))
        elif kind == 6:  # subnormal
            pairs.append((rng.getrandbits(52) | rng.getrandbits(1) << 63, bits_of(rng.uniform(-2, 2))))
        else:  # any size
            big = rng.uniform(0, 1) * 2.0 ** rng.randint(-1074, 1023)
            pairs.append((bits_of(big), bits_of(rng.uniform(-1, 1) * 2.0 ** rng.randint(-20, 20))))
    return pairs


def math_mismatches(
    functions: list[tuple[str, str]], pairs: list[tuple[int, int]]
) -> dict[str, list[tuple[str, str, str]]]:
    """For each (java's call, jdouble.c's) the arguments where they differ, with java's result and ours,
    from one run of java and one of the gcc-built routines."""
    stdin = "".join(f"{x:x} {y:x}\n" for x, y in pairs)
    expected = java_output(FDLIBM_READER.replace("CALLS", ", ".join(j for j, _ in functions)), stdin)
    calls = ", ".join(c for _, c in functions)
    got = gcc_output(FDLIBM_DRIVER.replace("RUNTIME", str(RUNTIME_C)).replace("CALLS", calls), stdin)
    expected_rows = expected.splitlines()
    got_rows = got.splitlines()
    assert len(got_rows) == len(expected_rows) == len(pairs)
    wrong: dict[str, list[tuple[str, str, str]]] = {call: [] for call, _ in functions}
    for (x, y), e, g in zip(pairs, expected_rows, got_rows, strict=True):
        for (call, _), ev, gv in zip(functions, e.split(), g.split(), strict=True):
            if ev != gv:
                wrong[call].append((f"{x:016x} {y:016x}", ev, gv))
    return wrong


def test_hotspot_functions_agree_with_java_on_random_arguments() -> None:
    wrong = math_mismatches(HOTSPOT_FUNCTIONS, hotspot_arguments(24_000, 41))
    assert not any(wrong.values()), {call: (len(w), w[:3]) for call, w in wrong.items() if w}


def test_hotspot_functions_agree_with_java_on_the_ir_interpreter_and_the_engine() -> None:
    """80 argument pairs on the IR interpreter, the first 16 on the Engine (-O1)."""
    pairs = hotspot_arguments(80, 43)
    source = fdlibm_engine_program(pairs, HOTSPOT_FUNCTIONS)
    expected = java_output(source)
    assert interpreted_output(source) == expected
    sample = fdlibm_engine_program(pairs[:16], HOTSPOT_FUNCTIONS)
    assert engine_output(sample) == java_output(sample)


# Float.toString: FloatingDecimal's digit generation given a float's 24 significant bits (jdouble.c's
# java_ff_string), with floatToIntBits and intBitsToFloat, on random floats of several shapes.
FLOAT_READER = """import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder out = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            float f = Float.intBitsToFloat((int) Long.parseLong(line, 16));
            out.append(Float.toString(f)).append(' ').append(Float.floatToIntBits(f)).append('\\n');
        }
        System.out.print(out);
    }
}
"""

FLOAT_DRIVER = """#include <stdio.h>
#include <stdlib.h>
#include "RUNTIME"

int main(void) {
    char line[64];
    while (fgets(line, sizeof line, stdin)) {
        long v = strtol(line, 0, 16);
        double f = java_f32_from_bits(v >= 2147483648L ? v - 4294967296L : v);
        java_ff_string(f);
        for (long i = 0; i < java_fd_len; i++)
            putchar((int)java_fd_out[i]);
        printf(" %ld\\n", java_f32_int_bits(f));
    }
    return 0;
}
"""


def float_bits_of(value: float) -> int:
    return int(struct.unpack("<I", struct.pack("<f", value))[0])


def random_float_bits(count: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    out: list[int] = []
    for i in range(count):
        kind = i % 4
        if kind == 0:  # any bit pattern: subnormals, infinities and NaNs among them
            out.append(rng.getrandbits(32))
        elif kind == 1:
            out.append(float_bits_of(float(f"{rng.randint(-(10**6), 10**6)}e{rng.randint(-20, 20)}")))
        elif kind == 2:
            out.append(float_bits_of(rng.randint(-(10**5), 10**5) / 100))
        else:
            out.append(float_bits_of(rng.uniform(-1e4, 1e4)))
    return out


def test_20000_random_floats_print_as_java_17_prints_them() -> None:
    values = random_float_bits(20_000, 23)
    stdin = "".join(f"{v:x}\n" for v in values)
    expected = java_output(FLOAT_READER, stdin).splitlines()
    got = gcc_output(FLOAT_DRIVER.replace("RUNTIME", str(RUNTIME_C)), stdin)
    got_lines = got.splitlines()
    assert len(got_lines) == len(expected) == 20_000
    wrong = [(f"{v:08x}", e, g) for v, e, g in zip(values, expected, got_lines, strict=True) if e != g]
    assert not wrong, f"{len(wrong)} differ, the first: {wrong[:5]}"


def test_random_floats_print_as_java_prints_them_on_the_ir_interpreter_and_the_engine() -> None:
    """200 random floats' Float.toString and their arithmetic with each other (binary32's rounding) on the
    IR interpreter, the first 30 on the Engine (-O1)."""

    def program(values: list[int]) -> str:
        literals = ", ".join(str(v - 2**32 if v >= 2**31 else v) for v in values)
        return (
            "public class Main {\n    public static void main(String[] args) {\n"
            f"        int[] bits = {{{literals}}};\n"
            "        float last = 1f;\n"
            "        for (int b : bits) {\n"
            "            float f = Float.intBitsToFloat(b);\n"
            '            System.out.println(f + " " + (f + last) + " " + (f * last) + " " + (f / last));\n'
            "            last = f;\n        }\n    }\n}\n"
        )

    values = random_float_bits(200, 37)
    source = program(values)
    expected = java_output(source)
    assert interpreted_output(source) == expected
    sample = program(values[:30])
    assert engine_output(sample) == java_output(sample)


# Formatter's %g (java_fd_format) and %a (java_fd_hex) on the doubles of the first test, each format's
# java call and jdouble.c's.
GENERAL_AND_HEX = [
    ("%g", "java_fd_format(d, 'g', -1, 0, -1)"),
    ("%.3g", "java_fd_format(d, 'g', 3, 0, -1)"),
    ("%-+,14.8G", "java_fd_format(d, 'G', 8, 1 + 4 + 32, 14)"),
    ("%(010.2g", "java_fd_format(d, 'g', 2, 64 + 16, 10)"),
    ("%.0g", "java_fd_format(d, 'g', 0, 0, -1)"),
    ("%a", "java_fd_hex(d, -1, 0, 0, -1)"),
    ("%.3a", "java_fd_hex(d, 3, 0, 0, -1)"),
    ("%-24.1A", "java_fd_hex(d, 1, 1, 1, 24)"),
    ("%+.12a", "java_fd_hex(d, 12, 0, 4, -1)"),
    ("% .15a", "java_fd_hex(d, 15, 0, 8, -1)"),
]


def test_20000_random_doubles_format_with_g_and_a_as_java_17_does() -> None:
    values = random_bits(20_000, 19)
    stdin = "".join(f"{v:x}\n" for v in values)
    calls = 'out.append(String.format("' + "|".join(f for f, _ in GENERAL_AND_HEX) + '"'
    calls += ", d" * len(GENERAL_AND_HEX) + "));\n            "
    reader = JAVA_READER.replace("out.append(Double.toString(d));\n            FORMATS\n", calls)
    expected = java_output(reader, stdin).splitlines()
    shows = "putchar('|');\n        ".join(f"{c}; show();\n        " for _, c in GENERAL_AND_HEX)
    driver_c = C_DRIVER.replace("RUNTIME", str(RUNTIME_C)).replace(
        "java_fd_string(d);\n        show();\n        FORMATS\n", shows
    )
    got = gcc_output(driver_c, stdin)
    got_lines = got.splitlines()
    assert len(got_lines) == len(expected) == 20_000
    wrong = [(f"{v:016x}", e, g) for v, e, g in zip(values, expected, got_lines, strict=True) if e != g]
    assert not wrong, f"{len(wrong)} differ, the first: {wrong[:5]}"
