"""Switch dispatch: instructions the Engine executes for a dense C `switch` in a loop (a small bytecode
interpreter, the shape of a constructor dispatch), lowered to the IR's `switch` (a bounds check and a
JMPR through a table of card indices) against the chain of compares the C front-end wrote before (the
same IR with each `switch` rewritten as `eq` and `br`, one test per case in source order).

    python compilers/bench/switch_dispatch.py

Both versions must print gcc's output for the program, worked by hand in EXPECTED below.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from compilers import driver, registry  # noqa: E402
from compilers.diagnostics import DiagnosticBag  # noqa: E402
from compilers.ir.nodes import Binary, Block, Branch, Const, Jump, Module, Switch, Temp  # noqa: E402

# Eight opcodes, run 2,000 times round: the accumulator goes 0 +1 *2 -3 ... (see EXPECTED).
SOURCE = """
#include <stdio.h>

int main(void) {
    int code[8] = {0, 1, 2, 3, 4, 5, 6, 7};
    long acc = 0;
    long steps = 0;
    for (int round = 0; round < 2000; round++) {
        for (int pc = 0; pc < 8; pc++) {
            switch (code[pc]) {
            case 0: acc += 1; break;
            case 1: acc *= 2; break;
            case 2: acc -= 3; break;
            case 3: acc %= 1000; break;
            case 4: acc += 7; break;
            case 5: acc -= 1; break;
            case 6: acc += round % 5; break;
            case 7: steps++; break;
            default: acc = -1; break;
            }
        }
    }
    printf("%ld %ld\\n", acc, steps);
    return 0;
}
"""


def expected() -> str:
    """The program's output, computed by following its C semantics step by step (gcc prints the same)."""
    acc = 0
    steps = 0
    for round_ in range(2000):
        acc += 1
        acc *= 2
        acc -= 3
        acc = int(acc - 1000 * int(acc / 1000))  # C's % truncates toward zero
        acc += 7
        acc -= 1
        acc += round_ % 5
        steps += 1
    return f"{acc} {steps}\n"


def lowered() -> Module:
    frontend = registry.frontend("c")
    assert frontend is not None
    bag = DiagnosticBag()
    tree = frontend.check(frontend.parse(frontend.lex(SOURCE, "dispatch.c", bag), bag), bag)
    module = frontend.lower(tree, bag)
    assert isinstance(module, Module)
    return module


def as_compare_chain(module: Module) -> Module:
    """Each `switch` as the C front-end lowered it before: `eq` and `br` per case, then a jump."""
    for fn in module.functions:
        for block in list(fn.blocks):
            term = block.terminator
            if not isinstance(term, Switch):
                continue
            block.instrs.pop()
            current = block
            for k, (value, target) in enumerate(term.cases):
                hit = Temp(f"{block.label}.hit{k}")
                current.instrs.append(Binary("eq", hit, term.value, Const(value), term.line))
                following = f"{block.label}.test{k}"
                current.instrs.append(Branch(hit, target, following, term.line))
                current = Block(following)
                fn.blocks.append(current)
            current.instrs.append(Jump(term.default, term.line))
    return module


def run(module: Module) -> tuple[str, int]:
    compiled = driver.compile_module(module, driver.CompileOptions(opt_level=1), filename="dispatch.c")
    assert compiled.ok, compiled.render_diagnostics()
    result = driver.run_compiled(compiled, max_steps=50_000_000)
    return result.output, result.stats.instructions


def main() -> int:
    want = expected()
    table_out, table_count = run(lowered())
    chain_out, chain_count = run(as_compare_chain(lowered()))
    for name, out in (("jump table", table_out), ("compare chain", chain_out)):
        if out != want:
            print(f"{name}: printed {out!r}, expected {want!r}")
            return 1
    print("dense switch of 8 cases, 16,000 dispatches, -O1, instructions executed on the Engine:")
    print(f"  compare chain (before): {chain_count:>9,}")
    print(f"  jump table (JMPR):      {table_count:>9,}")
    print(f"  saved: {chain_count - table_count:,} ({(chain_count - table_count) / chain_count:.0%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
