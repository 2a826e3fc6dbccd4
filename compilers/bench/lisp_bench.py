"""LISP on the Engine: compile time of a 300-line program, and what the runtime costs.

For symbolic differentiation of a 50-node formula, `(reduce #'+ (loop for i below 10000 collect i))`, a
hash-table word count and the tiny evaluator of module 5 running factorial: the Engine's instructions at
-O1 and the heap at its peak (the collector's own record). Then a million tail calls, beside a thousand,
to show the stack stays the same and what one call costs. Every program's output is checked against
SBCL's (`sbcl --script`) first.

    python compilers/bench/lisp_bench.py [--runs N] [--lines N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from compilers import driver  # noqa: E402
from compilers.bench.compile_timing import compile_times  # noqa: E402

EXERCISES = ROOT / "curriculum" / "content" / "05-lisp-and-symbolic-computation" / "exercises"

DERIV = """
(defun make-sum (a b)
  (cond ((and (numberp a) (numberp b)) (+ a b)) ((eql a 0) b) ((eql b 0) a) (t (list '+ a b))))
(defun make-product (a b)
  (cond ((and (numberp a) (numberp b)) (* a b)) ((or (eql a 0) (eql b 0)) 0)
        ((eql a 1) b) ((eql b 1) a) (t (list '* a b))))
(defun deriv (e v)
  (cond ((numberp e) 0)
        ((symbolp e) (if (eq e v) 1 0))
        ((eq (car e) '+) (make-sum (deriv (cadr e) v) (deriv (caddr e) v)))
        ((eq (car e) '*) (make-sum (make-product (cadr e) (deriv (caddr e) v))
                                   (make-product (caddr e) (deriv (cadr e) v))))))
(defun nodes (e) (if (consp e) (+ 1 (nodes (cadr e)) (nodes (caddr e))) 1))
"""

WORD_COUNT = """
(defparameter *text* "the analytical engine weaves algebraical patterns just as the jacquard loom weaves
flowers and leaves and the engine might act upon other things besides number were objects found
whose mutual fundamental relations could be expressed by those of the abstract science of operations")
(defun words (s)
  (let ((out nil) (start nil))
    (dotimes (i (length s))
      (if (alpha-char-p (char s i))
          (unless start (setf start i))
          (when start (push (subseq s start i) out) (setf start nil))))
    (when start (push (subseq s start) out))
    (nreverse out)))
(let ((counts (make-hash-table :test #'equal)) (pairs nil))
  (dolist (w (words *text*)) (incf (gethash w counts 0)))
  (maphash (lambda (k v) (push (cons k v) pairs)) counts)
  (setf pairs (sort pairs (lambda (a b) (or (> (cdr a) (cdr b))
                                            (and (= (cdr a) (cdr b)) (string< (car a) (car b)))))))
  (loop for (w . n) in pairs repeat 5 do (format t "~a ~d~%" w n))
  (format t "~d~%" (hash-table-count counts)))
"""

TAIL_CALLS = """
(defun count-down (n acc) (if (= n 0) acc (count-down (- n 1) (+ acc 1))))
(print (count-down {n} 0))
"""


def formula(nodes: int) -> str:
    """A formula in x and y with `nodes` nodes (each number, variable and operation is one); the operations
    are binary, so the count is odd."""

    def build(n: int, depth: int) -> str:
        if n == 1:
            return ("x", "y", str(depth % 7 + 2))[depth % 3]
        left = (n - 1) // 2
        left -= 1 - left % 2  # both halves odd
        op = "*" if depth % 2 else "+"
        return f"({op} {build(left, depth + 1)} {build(n - 1 - left, depth + 2)})"

    return build(nodes, 0)


def node_count(text: str) -> int:
    return text.count("(") + len(text.replace("(", " ").replace(")", " ").split()) - text.count("(")


def tiny_evaluator_factorial() -> tuple[str, str]:
    """Module 5's tiny-evaluator exercise: its reference solution on its factorial test's input."""
    data = yaml.safe_load((EXERCISES / "lisp-tiny-evaluator.yaml").read_text(encoding="utf-8"))
    (test,) = [t for t in data["tests"] if "fact" in t["input"]]
    return str(data["solution"]), str(test["input"])


def lisp_program(lines: int = 300) -> str:
    """A LISP program of about `lines` lines: functions with recursion, loops, lists, macros and a struct."""
    out = [
        "(defstruct point x y)",
        "(defmacro twice (form) `(progn ,form ,form))",
        "(defvar *total* 0)",
        "",
    ]
    k = 0
    while len(out) < lines - 12:
        out += [
            f"(defun walk{k} (items acc)",
            "  (cond ((null items) acc)",
            f"        ((evenp (car items)) (walk{k} (cdr items) (+ acc (* {k + 1} (car items)))))",
            f"        (t (walk{k} (cdr items) (- acc {k % 5})))))",
            "",
            f"(defun shape{k} (n)",
            f"  (let ((p (make-point :x n :y {k})) (out nil))",
            "    (loop for i from 0 below n",
            "          when (oddp i) do (push (+ i (point-x p)) out)",
            "          else collect (* i (point-y p)) into evens",
            "          finally (return (list (reverse out) evens)))))",
            "",
            f"(defun describe{k} (words)",
            "  (let ((seen (make-hash-table :test #'equal)))",
            "    (dolist (w words) (incf (gethash w seen 0)))",
            f'    (format nil "~a:~d" "d{k}" (hash-table-count seen))))',
            "",
        ]
        k += 1
    out += [f"(twice (incf *total* (walk{i} '(1 2 3 4 {i}) 0)))" for i in range(k)]
    out += [f"(print (shape{i} 4))" for i in range(min(k, 3))]
    out += [f'(print (describe{i} (list "a" "b" "a")))' for i in range(min(k, 3))]
    out += ["(print *total*)", "(terpri)"]
    return "\n".join(out) + "\n"


def sbcl(source: str, stdin: str = "") -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".lisp", encoding="utf-8") as file:
        file.write(source)
        file.flush()
        done = subprocess.run(
            ["sbcl", "--script", file.name], input=stdin, capture_output=True, text=True, timeout=300
        )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return done.stdout


def engine(source: str, stdin: str = "") -> tuple[int, int, int, str]:
    """(instructions, peak heap words, deepest stack words, output) at -O1."""
    result = driver.compile("lisp", source, driver.CompileOptions(opt_level=1), filename="bench.lisp")
    if not result.ok:
        raise SystemExit(result.render_diagnostics())
    run = driver.run_compiled(result, stdin=stdin, max_steps=1_000_000_000)
    if not run.ok:
        raise SystemExit(f"{run.status}: {run.message}")
    stats = run.stats
    # columns used = static data + the heap at its peak (the runtime's own record) + the deepest stack
    heap = stats.columns_used - result.static_words - stats.max_stack_depth
    return stats.instructions, heap, stats.max_stack_depth, run.output


def checked(name: str, source: str, stdin: str = "") -> tuple[int, int, int]:
    expected = sbcl(source, stdin)
    instructions, heap, stack, output = engine(source, stdin)
    if output != expected:
        raise SystemExit(f"{name}: the Engine printed {output!r}, SBCL {expected!r}")
    return instructions, heap, stack


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lines", type=int, default=300)
    args = parser.parse_args()

    source = lisp_program(args.lines)
    total, stages = compile_times("lisp", source, args.runs, "bench.lisp")
    lines = len(source.splitlines())
    print(f"compile, {lines}-line LISP program (median of {args.runs}, warm): {total * 1000:.0f} ms")
    print("  " + ", ".join(f"{stage} {seconds * 1000:.0f}" for stage, seconds in stages.items()) + " (ms)")
    print()

    f = formula(51)
    evaluator, fact_input = tiny_evaluator_factorial()
    programs = {
        f"deriv, {node_count(f)}-node formula": (DERIV + f"(print (nodes (deriv '{f} 'x)))\n", ""),
        "reduce #'+ over 10000": ("(print (reduce #'+ (loop for i below 10000 collect i)))\n", ""),
        "hash-table word count": (WORD_COUNT, ""),
        "tiny evaluator, 10!": (evaluator, fact_input),
    }
    print(f"{'program':<32}{'instructions':>14}{'peak heap':>12}{'stack':>8}")
    for name, (program, stdin) in programs.items():
        instructions, heap, stack = checked(name, program, stdin)
        print(f"{name:<32}{instructions:>14,}{heap:>12,}{stack:>8,}")
    print()
    small = checked("1000 tail calls", TAIL_CALLS.format(n=1000))
    large = checked("1000000 tail calls", TAIL_CALLS.format(n=1_000_000))
    per_call = (large[0] - small[0]) / (1_000_000 - 1000)
    print(
        f"tail calls: 1,000 calls {small[0]:,} instructions, stack {small[2]:,} words; 1,000,000 calls "
        f"{large[0]:,} instructions, stack {large[2]:,} words; {per_call:.1f} instructions a call"
    )


if __name__ == "__main__":
    main()
