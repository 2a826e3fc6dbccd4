"""Build compilers/runtime/java/jdouble.ir from its C source, jdouble.c, with the C front-end.

    python -m compilers.frontends.java.build_runtime          # rewrite jdouble.ir
    python -m compilers.frontends.java.build_runtime --check  # exit 1 when jdouble.ir is not up to date

Java's double routines (Double.toString's digits as Java 17 chooses them, Formatter's %f and %e, the
conversions Java defines) are written in C, which states digit generation over long numbers more plainly
than IR text; the linker reads the IR the C front-end makes of it, in the java_ namespace.
"""

from __future__ import annotations

import sys
from pathlib import Path

from compilers.runtime.from_c import compile_c_runtime, write_or_check

RUNTIME_DIR = Path(__file__).resolve().parents[2] / "runtime" / "java"
SOURCE = RUNTIME_DIR / "jdouble.c"
TARGET = RUNTIME_DIR / "jdouble.ir"
HEADER = (
    "; Java's doubles, generated from jdouble.c by `python -m compilers.frontends.java.build_runtime`:\n"
    "; edit the C and regenerate. Double.toString, Formatter's %f and %e, Java's conversions.\n"
)


def build() -> str:
    return HEADER + compile_c_runtime(SOURCE, "java_", linked=("f64_",))


def main(argv: list[str]) -> int:
    return write_or_check(build(), TARGET, SOURCE.name, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
