"""Build compilers/runtime/py/pyrt.ir from its C source, pyrt.c, with the C front-end.

    python -m compilers.frontends.python.build_runtime          # rewrite pyrt.ir
    python -m compilers.frontends.python.build_runtime --check  # exit 1 when pyrt.ir is not up to date

The Python runtime is written in C because it is long and C states it more plainly than IR text; what
the linker reads is the IR the C front-end makes of it. The C front-end's own names are renamed into the
runtime's namespace (its string constants `str.N` become `py_str.N`; its null guard word is dropped, the
Python program has its own), `.line` directives are dropped (the IR file's own lines place a trap), and
any name outside the namespace is an error.
"""

from __future__ import annotations

import sys
from pathlib import Path

from compilers.runtime.from_c import compile_c_runtime, write_or_check

RUNTIME_DIR = Path(__file__).resolve().parents[2] / "runtime" / "py"
SOURCE = RUNTIME_DIR / "pyrt.c"
TARGET = RUNTIME_DIR / "pyrt.ir"
HEADER = (
    "; The Python runtime, generated from pyrt.c by `python -m compilers.frontends.python.build_runtime`:\n"
    "; edit the C and regenerate. Values, objects and built-ins of compiled Python programs.\n"
)


def build() -> str:
    return HEADER + compile_c_runtime(SOURCE, "py_")


def main(argv: list[str]) -> int:
    return write_or_check(build(), TARGET, SOURCE.name, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
