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

import re
import sys
from pathlib import Path

from compilers.diagnostics import DiagnosticBag
from compilers.frontends.c.check import check
from compilers.frontends.c.lexer import lex
from compilers.frontends.c.lower import NULL_GUARD, lower
from compilers.frontends.c.parser import parse
from compilers.ir import print_module
from compilers.runtime.link import references

RUNTIME_DIR = Path(__file__).resolve().parents[2] / "runtime" / "py"
SOURCE = RUNTIME_DIR / "pyrt.c"
TARGET = RUNTIME_DIR / "pyrt.ir"
HEADER = (
    "; The Python runtime, generated from pyrt.c by `python -m compilers.frontends.python.build_runtime`:\n"
    "; edit the C and regenerate. Values, objects and built-ins of compiled Python programs.\n"
)


def build() -> str:
    # The C front-end wants a program: a main, dropped again below.
    source = SOURCE.read_text(encoding="utf-8") + "\nint main(void) { return 0; }\n"
    bag = DiagnosticBag()
    tokens = lex(source, "pyrt.c", bag)
    tree = parse(tokens, bag)
    checked = check(tree, bag) if not bag.has_errors else None
    module = lower(checked, bag) if checked is not None and not bag.has_errors else None
    if bag.has_errors or module is None:
        raise SystemExit(bag.render(source))
    module.functions = [f for f in module.functions if f.name != "main"]
    # Globals the C front-end adds for a C program (its null guard, the exit status main sets) are not
    # the runtime's: keep only what the routines use.
    used = {name for f in module.functions for name in references(f)}
    module.globals = [g for g in module.globals if g.name != NULL_GUARD and g.name in used]
    text = print_module(module)
    text = re.sub(r"@str\.(\d+)", r"@py_str.\1", text)
    text = re.sub(r"^\s*\.line \d+\n", "", text, flags=re.MULTILINE)
    bad = sorted(
        {
            m.group(1)
            for m in re.finditer(r"^(?:func|(?:const )?global) @([A-Za-z_][\w.]*)", text, re.MULTILINE)
            if not m.group(1).startswith("py_")
        }
    )
    if bad:
        raise SystemExit("names outside the py_ namespace: " + ", ".join(bad))
    return HEADER + text


def main(argv: list[str]) -> int:
    text = build()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is not up to date with {SOURCE.name}", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
