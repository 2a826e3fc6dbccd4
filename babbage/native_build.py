"""Build the native engine (babbage/_native.c) next to the package: `python -m babbage.native_build`.

`make install` runs this when the C file changes. It compiles with the machine's C compiler against the
running Python's headers. Without a compiler (or the headers) it says so and leaves nothing behind: the
pure-Python engines run every program, only slower.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "_native.c"
# A plain ".so" is one of the suffixes every CPython on Linux imports, so the Makefile can name the file.
TARGET = HERE / "_native.so"
FLAGS = ("-O2", "-shared", "-fPIC", "-std=gnu11", "-Wall", "-Wno-unused-parameter")


def compiler() -> str | None:
    """The C compiler: $CC, else cc, else gcc."""
    for name in (os.environ.get("CC", ""), "cc", "gcc"):
        if name and shutil.which(name):
            return name
    return None


def build(target: Path = TARGET) -> str:
    """Compile the module to `target`; returns what happened, raises RuntimeError when the compiler fails."""
    cc = compiler()
    if cc is None:
        return "no C compiler (cc or gcc): the Engine runs on its pure-Python engines"
    include = sysconfig.get_paths()["include"]
    if not (Path(include) / "Python.h").exists():
        return f"no Python headers in {include}: the Engine runs on its pure-Python engines"
    partial = target.with_name(target.name + ".tmp")
    command = [cc, *FLAGS, f"-I{include}", str(SOURCE), "-o", str(partial)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr}")
    partial.replace(target)  # atomic: a process importing the module never sees half a file
    return f"built {target.relative_to(HERE.parent)}"


def main() -> int:
    try:
        print(build())
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
