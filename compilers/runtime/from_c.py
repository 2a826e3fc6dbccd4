"""Runtime routines written in C: the C front-end compiles a runtime's C source into the IR text the
linker reads (python's pyrt.c, the shared float64.c).

The C front-end's own names are renamed into the runtime's prefix (its string constants `str.N` become
`<prefix>str.N`; its null guard word and the exit status are dropped, the program has its own),
`.line` directives are dropped (the IR file's own lines place a trap), and any name outside the prefix is
an error.
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
from compilers.ir.nodes import Store, Sym
from compilers.runtime.link import references


def compile_c_runtime(
    source_path: Path, prefix: str, public: frozenset[str] = frozenset(), linked: tuple[str, ...] = ()
) -> str:
    """The IR text of the C file's functions and the globals they use; every name must begin `prefix`
    or be one of `public` (the C library's routines keep C's names). A function declared here whose name
    begins with one of `linked` may be defined by another runtime file (the linker finds it). Exits with
    the C front-end's diagnostics when the source does not compile."""
    # The C front-end wants a program: a main, dropped again below.
    source = source_path.read_text(encoding="utf-8") + "\nint main(void) { return 0; }\n"
    bag = DiagnosticBag()
    tokens = lex(source, source_path.name, bag)
    tree = parse(tokens, bag)
    checked = check(tree, bag) if not bag.has_errors else None
    bag.items = [d for d in bag.items if not _linked_elsewhere(d.code, d.message, linked)]
    module = lower(checked, bag, words=True) if checked is not None and not bag.has_errors else None
    if bag.has_errors or module is None:
        raise SystemExit(bag.render(source))
    # A static initialiser that main stores (an address plus an offset: C's lower.constant_word) would be
    # lost with main: a runtime must not have one.
    for function in module.functions:
        if function.name == "main" and any(
            isinstance(i, Store) and isinstance(i.addr, Sym) and i.addr.name != "__exit_status"
            for block in function.blocks
            for i in block.instrs
        ):
            raise SystemExit(
                f"{source_path.name}: a static initialiser that main would store; write it as code"
            )
    module.functions = [f for f in module.functions if f.name != "main"]
    # Globals the C front-end adds for a C program (its null guard, the exit status main sets) are not
    # the runtime's: keep only what the routines use.
    used = {name for f in module.functions for name in references(f)}
    module.globals = [g for g in module.globals if g.name != NULL_GUARD and g.name in used]
    text = print_module(module)
    text = re.sub(r"@str\.(\d+)", rf"@{prefix}str.\1", text)
    text = re.sub(r"^\s*\.line \d+\n", "", text, flags=re.MULTILINE)
    bad = sorted(
        {
            m.group(1)
            for m in re.finditer(r"^(?:func|(?:const )?global) @([A-Za-z_][\w.]*)", text, re.MULTILINE)
            if not m.group(1).startswith(prefix) and m.group(1) not in public
        }
    )
    if bad:
        raise SystemExit(f"names outside the {prefix} namespace: " + ", ".join(bad))
    return text


def _linked_elsewhere(code: str, message: str, linked: tuple[str, ...]) -> bool:
    """The C front-end's error for a function declared and never defined, naming one in `linked`."""
    name = re.match(r"undefined reference to '([\w.]+)'", message)
    return code == "undefined" and name is not None and name.group(1).startswith(linked) and linked != ()


def write_or_check(text: str, target: Path, source_name: str, argv: list[str]) -> int:
    """A build script's command: with `--check`, 1 when target differs from text; else write it."""
    if "--check" in argv:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print(f"{target} is not up to date with {source_name}", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({text.count(chr(10))} lines)")
    return 0
