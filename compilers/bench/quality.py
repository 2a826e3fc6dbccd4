"""Code quality: instructions the Engine executes for compiled C (-O1) against careful hand-written
assembly for the same program (hand/*.bab). The target is at most 2x.

    python compilers/bench/quality.py

Each program's output is checked against gcc's (programs/*.expected) for both versions first.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from babbage import assemble, run  # noqa: E402
from compilers import driver  # noqa: E402

HERE = Path(__file__).resolve().parent
PROGRAMS = ("fib", "sieve", "bubble", "reverse")
TARGET = 2.0


def measure(name: str) -> tuple[int, int]:
    """(compiled instructions, hand-written instructions) for one program."""
    expected = (HERE / "programs" / f"{name}.expected").read_text()
    source = (HERE / "programs" / f"{name}.c").read_text()
    compiled = driver.compile("c", source, driver.CompileOptions(opt_level=1), filename=f"{name}.c")
    if not compiled.ok:
        raise SystemExit(compiled.render_diagnostics())
    ours = driver.run_compiled(compiled)
    hand_text = (HERE / "hand" / f"{name}.bab").read_text()
    hand = run(assemble(hand_text, f"{name}.bab"))
    for who, result in (("compiled", ours), ("hand-written", hand)):
        if result.output != expected or not result.ok:
            raise SystemExit(
                f"{name}: the {who} program printed {result.output!r} ({result.status}), not {expected!r}"
            )
    return ours.stats.instructions, hand.stats.instructions


def main() -> int:
    print(f"{'program':<10} {'compiled -O1':>13} {'hand':>9} {'ratio':>7}")
    worst = 0.0
    for name in PROGRAMS:
        compiled, hand = measure(name)
        ratio = compiled / hand
        worst = max(worst, ratio)
        print(f"{name:<10} {compiled:>13} {hand:>9} {ratio:>6.2f}x")
    verdict = "within" if worst <= TARGET else "OVER"
    print(f"worst ratio {worst:.2f}x: {verdict} the {TARGET:.0f}x target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
