"""Java on the Engine: compile time of a 300-line program, and what the runtime costs.

For a HashMap word count, a virtual-dispatch shape simulation, a StringBuilder loop, Arrays.sort of
1,000 ints, a stream pipeline over 1,000 ints (the same sum by a loop in the program, for comparison) and
a loop of double arithmetic: the Engine's instructions at -O1 and the heap at its peak (the columns the
run used, less the static data and the deepest stack). Every program's output is checked against java's
(the source-file launcher) first.

    python compilers/bench/java_bench.py [--runs N] [--lines N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from compilers import driver  # noqa: E402
from compilers.bench.compile_timing import compile_times  # noqa: E402

WORD_COUNT = """
import java.util.*;

public class Main {
    public static void main(String[] args) {
        String text = "the analytical engine weaves algebraical patterns just as the jacquard loom weaves "
            + "flowers and leaves and the engine might act upon other things besides number were objects "
            + "found whose mutual fundamental relations could be expressed by those of the abstract science "
            + "of operations and which should be also susceptible of adaptations to the action of the "
            + "operating notation and mechanism of the engine";
        Map<String, Integer> counts = new HashMap<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i > start) {
                    String w = text.substring(start, i);
                    counts.put(w, counts.getOrDefault(w, 0) + 1);
                }
                start = i + 1;
            }
        }
        System.out.println(counts.size() + " " + counts.get("the") + " " + counts.get("engine"));
        System.out.println(counts);
    }
}
"""

SHAPES = """
public class Main {
    abstract static class Shape {
        abstract long area();
        abstract void grow(int by);
    }

    static class Rect extends Shape {
        int w, h;
        Rect(int w, int h) { this.w = w; this.h = h; }
        long area() { return (long) w * h; }
        void grow(int by) { w += by; h += by; }
    }

    static class Square extends Rect {
        Square(int s) { super(s, s); }
        void grow(int by) { w += 2 * by; h = w; }
    }

    static class Triangle extends Shape {
        int b, h;
        Triangle(int b, int h) { this.b = b; this.h = h; }
        long area() { return (long) b * h / 2; }
        void grow(int by) { b += by; }
    }

    public static void main(String[] args) {
        Shape[] shapes = new Shape[30];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = i % 3 == 0 ? new Rect(i + 1, 2) : i % 3 == 1 ? new Square(i) : new Triangle(i, 4);
        }
        long total = 0;
        for (int step = 0; step < 100; step++) {
            for (Shape s : shapes) {
                s.grow(step % 2);
                total += s.area();
            }
        }
        System.out.println(total);
    }
}
"""

BUILDER = """
public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            sb.append(i % 10);
        }
        System.out.println(sb.length() + " " + sb.toString().substring(0, 20));
    }
}
"""

SORT = """
import java.util.Arrays;

public class Main {
    public static void main(String[] args) {
        int[] a = new int[1000];
        long seed = 12345;
        for (int i = 0; i < a.length; i++) {
            seed = (seed * 1103515245 + 12345) % 2147483648L;
            a[i] = (int) (seed % 100000);
        }
        Arrays.sort(a);
        boolean sorted = true;
        for (int i = 1; i < a.length; i++) {
            sorted = sorted && a[i - 1] <= a[i];
        }
        System.out.println(sorted + " " + a[0] + " " + a[499] + " " + a[999]);
    }
}
"""

# A stream pipeline over 1,000 ints and the same computed by a loop: what the stages cost.
STREAM = """
import java.util.stream.IntStream;

public class Main {
    public static void main(String[] args) {
        int viaStream = IntStream.range(0, 1000).filter(i -> i % 3 == 0).map(i -> i * 2).sum();
        int viaLoop = 0;
        for (int i = 0; i < 1000; i++) {
            if (i % 3 == 0) {
                viaLoop += i * 2;
            }
        }
        System.out.println(viaStream + " " + viaLoop);
    }
}
"""

# A double-heavy loop: 1,000 steps of a damped oscillator (four multiplications, three additions and a
# comparison a step), and the printing of doubles: what float64's routines cost per operation, and
# Double.toString and %.3f.
DOUBLES = """
public class Main {
    public static void main(String[] args) {
        double x = 1.0, v = 0.0, dt = 0.01, k = 4.0, c = 0.1, peak = 0.0;
        for (int i = 0; i < 1000; i++) {
            double a = -k * x - c * v;
            v += a * dt;
            x += v * dt;
            if (x > peak) {
                peak = x;
            }
        }
        System.out.println(x + " " + v + " " + peak);
        System.out.println(String.format("%.3f %.3f", x, v));
    }
}
"""


def java_program(lines: int = 300) -> str:
    """A Java program of about `lines` lines: classes with dispatch, generics, collections, records, enums,
    switch expressions and lambdas."""
    out = [
        "import java.util.*;",
        "",
        "public class Main {",
        "    enum Kind { SMALL, LARGE }",
        "",
        "    record Pair(int a, int b) {}",
        "",
        "    interface Step { int apply(int x); }",
        "",
    ]
    k = 0
    while len(out) < lines - 14:
        out += [
            f"    static class Stage{k} implements Step {{",
            "        private final List<Integer> seen = new ArrayList<>();",
            f"        public int apply(int x) {{ seen.add(x); return x * {k + 2} % 1009; }}",
            "        int count() { return seen.size(); }",
            "    }",
            "",
            f"    static Kind kind{k}(int n) {{",
            f"        return switch (n % {k + 3}) {{ case 0 -> Kind.SMALL; default -> Kind.LARGE; }};",
            "    }",
            "",
            f"    static int total{k}(Map<String, Integer> m, int n) {{",
            "        for (int i = 0; i < n; i++) {",
            f'            m.merge("k" + (i % {k + 4}), i, Integer::sum);',
            "        }",
            "        int t = 0;",
            "        for (int v : m.values()) { t += v; }",
            "        return t;",
            "    }",
            "",
        ]
        k += 1
    out += ["    public static void main(String[] args) {", "        long sum = 0;"]
    for i in range(k):
        out += [
            f"        Stage{i} s{i} = new Stage{i}();",
            f"        sum += s{i}.apply({i + 7}) + s{i}.count() + kind{i}({i}).ordinal()"
            f" + total{i}(new HashMap<>(), 10) + new Pair({i}, 1).a();",
        ]
    out += ["        System.out.println(sum);", "    }", "}"]
    return "\n".join(out) + "\n"


def java(source: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Main.java"
        path.write_text(source, encoding="utf-8")
        done = subprocess.run(["java", str(path)], capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return done.stdout


def engine(source: str) -> tuple[int, int, str]:
    """(instructions, peak heap words, output) at -O1."""
    result = driver.compile("java", source, driver.CompileOptions(opt_level=1), filename="Main.java")
    if not result.ok:
        raise SystemExit(result.render_diagnostics())
    run = driver.run_compiled(result, max_steps=1_000_000_000)
    if not run.ok:
        raise SystemExit(f"{run.status}: {run.message}")
    stats = run.stats
    heap = stats.columns_used - result.static_words - stats.max_stack_depth
    return stats.instructions, heap, run.output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--lines", type=int, default=300)
    args = parser.parse_args()
    source = java_program(args.lines)
    if java(source) == "":
        raise SystemExit("the compile-time program printed nothing under java")
    seconds, stages = compile_times("java", source, args.runs, "Main.java")
    print(f"compile a {source.count(chr(10))}-line program at -O1: {seconds:.2f} s (median of {args.runs})")
    for stage, s in stages.items():
        print(f"  {stage:10} {s:.3f} s")
    print(f"{'program':28} {'instructions':>14} {'peak heap words':>16}")
    for name, program in (
        ("HashMap word count", WORD_COUNT),
        ("virtual-dispatch shapes", SHAPES),
        ("StringBuilder, 1,000 appends", BUILDER),
        ("Arrays.sort of 1,000 ints", SORT),
        ("IntStream filter/map/sum, 1,000", STREAM),
        ("double loop, 1,000 steps", DOUBLES),
    ):
        expected = java(program)
        instructions, heap, output = engine(program)
        if output != expected:
            raise SystemExit(f"{name}: the Engine printed {output!r}, java {expected!r}")
        print(f"{name:28} {instructions:>14,} {heap:>16,}")


if __name__ == "__main__":
    main()
