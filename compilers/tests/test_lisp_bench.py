"""The LISP benchmark's programs still compile and print what SBCL prints (figures: lisp_bench.py)."""

from __future__ import annotations

from compilers.bench import lisp_bench


def test_the_generated_program_is_300_lines_and_runs_as_in_sbcl() -> None:
    source = lisp_bench.lisp_program(300)
    assert 290 <= len(source.splitlines()) <= 330
    lisp_bench.checked("300 lines", source)  # exits with the difference if the outputs differ


def test_the_formula_has_the_nodes_asked_for() -> None:
    assert lisp_bench.node_count(lisp_bench.formula(51)) == 51
    assert lisp_bench.node_count("(+ (* 3 x) 5)") == 5


def test_the_tiny_evaluator_benchmark_is_the_exercise_on_factorial() -> None:
    source, stdin = lisp_bench.tiny_evaluator_factorial()
    instructions, _, _ = lisp_bench.checked("10!", source, stdin)
    assert instructions > 0
