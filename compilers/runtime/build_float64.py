"""Build compilers/runtime/float64.ir, the IEEE 754 binary64 routines, from their C source float64.c.

    python -m compilers.runtime.build_float64          # rewrite float64.ir
    python -m compilers.runtime.build_float64 --check  # exit 1 when float64.ir is not up to date

A C constant cannot exceed 64 bits, so the table of powers of two the routines use (f64_pow2, 2^0 to
2^166: the largest below 10^50) is filled in here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from compilers.runtime.from_c import compile_c_runtime, write_or_check

RUNTIME_DIR = Path(__file__).resolve().parent
SOURCE = RUNTIME_DIR / "float64.c"
TARGET = RUNTIME_DIR / "float64.ir"
POWERS = 167
HEADER = (
    "; IEEE 754 binary64 (README.md), generated from float64.c by\n"
    "; `python -m compilers.runtime.build_float64`: edit the C and regenerate.\n"
)


def build() -> str:
    text = compile_c_runtime(SOURCE, "f64_")
    table = f"global @f64_pow2[{POWERS}]\n"
    if table not in text:
        raise SystemExit(f"float64.c must declare long f64_pow2[{POWERS}]")
    filled = f"global @f64_pow2[{POWERS}] = " + ", ".join(str(2**k) for k in range(POWERS)) + "\n"
    return HEADER + text.replace(table, filled)


def main(argv: list[str]) -> int:
    return write_or_check(build(), TARGET, SOURCE.name, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
