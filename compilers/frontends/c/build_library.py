"""Build compilers/runtime/libc.ir from its C source, libc.c, with the C front-end.

    python -m compilers.frontends.c.build_library          # rewrite libc.ir
    python -m compilers.frontends.c.build_library --check  # exit 1 when libc.ir is not up to date

The part of the C library that is plainer in C than in IR text (ctype, strtol, qsort, rand, printf's
flags) is written in C; what the linker reads is the IR the C front-end makes of it, a shared runtime
file (runtime/README.md). Its routines keep C's names: each is a function the headers declare
(headers.LIBRARY_FUNCTIONS), and its helpers, globals and string constants are named `__c_...`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from compilers.frontends.c.headers import LIBRARY_FUNCTIONS
from compilers.runtime.from_c import compile_c_runtime, write_or_check

RUNTIME_DIR = Path(__file__).resolve().parents[2] / "runtime"
SOURCE = RUNTIME_DIR / "libc.c"
TARGET = RUNTIME_DIR / "libc.ir"
HEADER = (
    "; The C library's routines written in C, generated from libc.c by\n"
    "; `python -m compilers.frontends.c.build_library`: edit the C and regenerate.\n"
)


def build() -> str:
    return HEADER + compile_c_runtime(SOURCE, "__c_", LIBRARY_FUNCTIONS)


def main(argv: list[str]) -> int:
    return write_or_check(build(), TARGET, SOURCE.name, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
