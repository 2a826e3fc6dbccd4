"""Figures for the managed heap (compilers/runtime/README.md quotes them): the Store cost of the two
value representations, and the collector under a million allocations.

    python -m compilers.runtime.measure [--integers 1000] [--allocations 1000000] [--interpreter]

1. Value representation: N integers kept in a growable array and summed in the representation, once as
   immediates (the word 2n+1) and once as boxes (a one-field object per integer, as a representation
   without immediates would need, every sum a new box). Each program reports the heap words still live
   after a full collection; the Engine reports its instructions.
2. Churn: the allocations of compilers/tests/ir/gc_churn.ir (two-field cells, ten of them reachable at a
   time) repeated N times in a 20,000-word Store, on the Engine at -O1 (and on the IR interpreter with
   --interpreter: slow, about 45 IR instructions per allocation at about 100,000 a second).
"""

from __future__ import annotations

import argparse
import sys
import time

from babbage.result import RunResult
from compilers import driver
from compilers.ir import interpret, parse_module
from compilers.runtime import link

# The frame of main for both value programs: [link, 2, the array, the running sum].
_PROLOGUE = """\
func @main() -> w {
  slot $roots[4]
  slot $i
entry:
  %prev = load [@gc_frames]
  store [$roots+0], %prev
  store [$roots+1], 2
  store [$roots+2], 0
  store [$roots+3], 0
  store [@gc_frames], $roots
  %a = call @array_new(1)
  store [$roots+2], %a
  store [$i], 0
  jmp fill
fill:
  %i = load [$i]
  %more = lt %i, COUNT
  br %more, put, filled
"""

_EPILOGUE = """\
report:
  store [$i], %total
  call @gc_collect()
  %top = load [@gc_top]
  %space = load [@gc_space]
  %live = sub %top, %space
  print %live
  printc 32
  %total = load [$i]
  print %total
  printc 10
  %up = load [$roots+0]
  store [@gc_frames], %up
  ret 0
}
"""

IMMEDIATES = (
    _PROLOGUE
    + """\
put:
  %v = mul %i, 2
  %v = add %v, 1
  %a = load [$roots+2]
  %n = call @array_push(%a, %v)
  %i = load [$i]
  %i = add %i, 1
  store [$i], %i
  jmp fill
filled:
  store [$roots+3], 1
  store [$i], 0
  jmp sum
sum:
  %i = load [$i]
  %more = lt %i, COUNT
  br %more, add, done
add:
  %a = load [$roots+2]
  %v = call @array_get(%a, %i)
  %s = load [$roots+3]
  %s = add %s, %v
  %s = sub %s, 1
  store [$roots+3], %s
  %i = add %i, 1
  store [$i], %i
  jmp sum
done:
  %s = load [$roots+3]
  %total = div %s, 2
  jmp report
"""
    + _EPILOGUE
)

BOXES = (
    _PROLOGUE
    + """\
put:
  %b = call @gc_alloc_obj(8, 1, 1)
  %i = load [$i]
  store [%b], %i
  %a = load [$roots+2]
  %n = call @array_push(%a, %b)
  %i = load [$i]
  %i = add %i, 1
  store [$i], %i
  jmp fill
filled:
  %zero = call @gc_alloc_obj(8, 1, 1)
  store [$roots+3], %zero
  store [$i], 0
  jmp sum
sum:
  %i = load [$i]
  %more = lt %i, COUNT
  br %more, add, done
add:
  %sum = call @gc_alloc_obj(8, 1, 1)
  %a = load [$roots+2]
  %i = load [$i]
  %v = call @array_get(%a, %i)
  %x = load [%v]
  %s = load [$roots+3]
  %y = load [%s]
  %x = add %x, %y
  store [%sum], %x
  store [$roots+3], %sum
  %i = add %i, 1
  store [$i], %i
  jmp sum
done:
  %s = load [$roots+3]
  %total = load [%s]
  jmp report
"""
    + _EPILOGUE
)

CHURN = """\
func @main() -> w {
  slot $roots[3]
  slot $i
entry:
  %prev = load [@gc_frames]
  store [$roots+0], %prev
  store [$roots+1], 1
  store [$roots+2], 0
  store [@gc_frames], $roots
  store [$i], 0
  jmp loop
loop:
  %i = load [$i]
  %more = lt %i, COUNT
  br %more, body, done
body:
  %cell = call @gc_alloc_obj(0, 1, 2)
  %i = load [$i]
  store [%cell], %i
  %tail = load [$roots+2]
  %digit = rem %i, 10
  %restart = eq %digit, 0
  br %restart, fresh, link
fresh:
  %tail = copy 0
  jmp link
link:
  store [%cell+1], %tail
  store [$roots+2], %cell
  %i = add %i, 1
  store [$i], %i
  jmp loop
done:
  %runs = load [@gc_collections]
  print %runs
  printc 10
  %up = load [$roots+0]
  store [@gc_frames], %up
  ret 0
}
"""

STORE = 20_000


def _engine(source: str, store_size: int, max_steps: int) -> tuple[RunResult, float]:
    module = parse_module(source, "measure.ir")
    compiled = driver.compile_module(module, driver.CompileOptions(opt_level=1, store_size=store_size))
    if not compiled.ok:
        raise RuntimeError(compiled.render_diagnostics())
    start = time.perf_counter()
    result = driver.run_compiled(compiled, max_steps=max_steps)
    return result, time.perf_counter() - start


def _checked(result: RunResult, what: str) -> list[int]:
    if result.status != "halted":
        raise RuntimeError(f"{what}: the run stopped: {result.status} {result.message}")
    return [int(word) for word in result.output.split()]


def values(count: int) -> None:
    print(f"Value representation: {count:,} integers in a growable array, summed in the representation")
    print(f"{'':28}{'heap words live':>16}{'per integer':>13}{'Engine instructions':>21}")
    expected = count * (count - 1) // 2
    rows = []
    for name, template in (("immediates (2n+1)", IMMEDIATES), ("boxes (1-field objects)", BOXES)):
        result, _seconds = _engine(template.replace("COUNT", str(count)), STORE, 200 * count + 1_000_000)
        live, total = _checked(result, name)
        if total != expected:
            raise RuntimeError(f"{name}: the sum is {total}, not {expected}")
        rows.append((name, live, result.stats.instructions))
    for name, live, instructions in rows:
        print(f"{name:28}{live:>16,}{live / count:>13.2f}{instructions:>21,}")
    extra = rows[1][1] - rows[0][1]
    print(
        f"boxes cost {extra:,} more heap words ({extra / count:.2f} per integer) and "
        f"{rows[1][2] / rows[0][2]:.2f} times the instructions"
    )


def churn(count: int, interpreter: bool) -> None:
    source = CHURN.replace("COUNT", str(count))
    budget = 100 * count + 1_000_000
    print(f"Churn: {count:,} two-field cells (ten reachable at a time) in a {STORE:,}-word Store")
    result, seconds = _engine(source, STORE, budget)
    (runs,) = _checked(result, "churn on the Engine")
    instructions = result.stats.instructions
    print(
        f"Engine -O1: {runs:,} collections, {instructions:,} instructions "
        f"({instructions / count:.1f} per allocation), {seconds:.1f} s of emulation "
        f"({instructions / seconds / 1e6:.2f} million instructions a second)"
    )
    if interpreter:
        start = time.perf_counter()
        run = interpret(link(parse_module(source, "measure.ir")), store_size=STORE, max_steps=budget)
        seconds = time.perf_counter() - start
        (runs,) = _checked(run, "churn on the interpreter")
        steps = run.stats.instructions
        print(
            f"IR interpreter: {runs:,} collections, {steps:,} IR instructions "
            f"({steps / count:.1f} per allocation), {seconds:.1f} s"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--integers", type=int, default=1000)
    parser.add_argument("--allocations", type=int, default=1_000_000)
    parser.add_argument("--interpreter", action="store_true", help="also run the churn on the IR interpreter")
    args = parser.parse_args(argv)
    values(args.integers)
    print()
    churn(args.allocations, args.interpreter)
    return 0


if __name__ == "__main__":
    sys.exit(main())
