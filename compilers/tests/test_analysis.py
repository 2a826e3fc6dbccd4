"""The analysis of a program before it runs (compilers/analysis): every figure below is worked by hand
from the program's text, as the comments say, never copied from the analysis's own output."""

from __future__ import annotations

import pytest

from compilers.analysis import Analysis, CostEstimate, analyse
from compilers.analysis.calls import recursions
from compilers.examples import example

C_PROGRAM = """\
#include <stdio.h>

int sum_odd(int n) {
    int s = 0;
    if (n < 0)
        n = -n;
    while (n > 0) {
        if (n % 2)
            s = s + n;
        n = n - 1;
    }
    return s;
}

int table(int n) {
    int t = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            t = t + i * j;
    return t;
}

int fact(int n) {
    if (n <= 1)
        return 1;
    return n * fact(n - 1);
}

int is_odd(int n);

int is_even(int n) {
    if (n == 0)
        return 1;
    return is_odd(n - 1);
}

int is_odd(int n) {
    if (n == 0)
        return 0;
    return is_even(n - 1);
}

int early(int n) {
    return n + 1;
    printf("never\\n");
}

int main(void) {
    printf("%d %d %d %d %d\\n", sum_odd(5), table(3), fact(5), is_even(4), early(1));
    return 0;
}
"""


@pytest.fixture(scope="module")
def c_analysis():
    return analyse("c", C_PROGRAM)


def _cost(analysis: Analysis) -> CostEstimate:
    assert analysis.ok and analysis.cost is not None, analysis.diagnostics
    return analysis.cost


def _by_name(analysis):
    return {f.name: f for f in analysis.functions}


def test_complexity_and_loop_depth_worked_by_hand(c_analysis):
    found = _by_name(c_analysis)
    # sum_odd: two ifs and a while loop, three decisions: complexity 3 + 1 = 4; one loop.
    assert found["sum_odd"].complexity == 4
    assert found["sum_odd"].loop_depth == 1
    # table: two nested for loops, two decisions: complexity 3; loops nested two deep.
    assert found["table"].complexity == 3
    assert found["table"].loop_depth == 2
    # fact: one if, and both of its paths return: complexity 2, no loop.
    assert found["fact"].complexity == 2
    assert found["fact"].loop_depth == 0
    # main: straight-line code: complexity 1.
    assert found["main"].complexity == 1


def test_lines_and_calls(c_analysis):
    found = _by_name(c_analysis)
    # sum_odd's header is line 3, its closing return line 12 (counted in the text above).
    assert (found["sum_odd"].first_line, found["sum_odd"].last_line) == (3, 12)
    assert found["main"].calls == ["sum_odd", "table", "fact", "is_even", "early"]
    assert found["main"].library_calls == ["printf"]
    assert [f.name for f in c_analysis.functions] == [
        "sum_odd", "table", "fact", "is_even", "is_odd", "early", "main"
    ]  # fmt: skip


def test_recursion_direct_and_mutual(c_analysis):
    found = _by_name(c_analysis)
    assert found["fact"].recursive == "direct"
    assert found["fact"].recursion == ["fact"]
    assert found["is_even"].recursive == "mutual"
    assert found["is_odd"].recursion == ["is_even", "is_odd"]
    assert found["sum_odd"].recursive == ""
    # The recursions leave the stack without a bound, and the analysis says which.
    assert c_analysis.store.stack_words is None
    assert c_analysis.store.recursion == ["fact", "is_even", "is_odd"]
    assert "fact" in c_analysis.store.stack_note


def test_recursions_of_a_call_graph():
    # a -> b -> c -> a is one mutual recursion; d calls itself; e calls a but is in no cycle.
    graph = {"a": ["b"], "b": ["c"], "c": ["a"], "d": ["d"], "e": ["a"]}
    found = recursions(graph)
    assert found == {"a": ["a", "b", "c"], "b": ["a", "b", "c"], "c": ["a", "b", "c"], "d": ["d"]}


def test_unreachable_code_is_warned(c_analysis):
    # early's printf (line 45) follows its return.
    assert [(w.code, w.line, w.function) for w in c_analysis.warnings] == [("unreachable", 45, "early")]


def test_store_and_exact_cost_of_a_finished_run():
    analysis = analyse("c", example("c"))
    cost = _cost(analysis)
    assert analysis.store is not None
    # Euclid's gcd and main call nothing recursively: the stack has a bound (main's frame and gcd's).
    assert analysis.store.stack_words is not None and analysis.store.stack_note == ""
    assert cost.finished and cost.status == "halted"
    assert cost.instructions > 0 and cost.engine_seconds > 0
    assert "exact for this input" in cost.method


def test_cost_of_a_run_that_does_not_finish_is_a_lower_bound():
    cost = _cost(analysis := analyse("c", "int main(void) { while (1) { } return 0; }\n", budget=500))
    assert not cost.finished and analysis.functions
    assert cost.instructions == 500
    assert cost.as_dict()["instructions_at_least"] is True
    assert cost.method.startswith("did not finish in 500 steps: at least 500 instructions")


def test_a_run_that_does_not_finish_names_the_line_its_time_went_to() -> None:
    source = "int main(void) {\n    int n = 0;\n    while (1)\n        n++;\n    return n;\n}\n"
    cost = _cost(analyse("c", source, budget=1000))
    # The endless loop is lines 3-4 (its test and its body): nothing else runs after the first steps.
    assert cost.hottest_line in (3, 4)
    assert f"of that time went to line {cost.hottest_line}" in cost.method


def test_cost_depends_on_the_input():
    source = '#include <stdio.h>\nint main(void) { int n; scanf("%d", &n); while (n > 0) n--; return 0; }\n'
    few, many = _cost(analyse("c", source, "2\n")), _cost(analyse("c", source, "50\n"))
    assert few.finished and many.finished
    assert many.instructions > few.instructions


def test_a_compile_error_gives_its_diagnostics():
    analysis = analyse("c", "int main(void) { return x; }\n")
    assert not analysis.ok
    assert analysis.diagnostics and analysis.functions == []


def test_lisp_shows_only_the_programs_own_functions():
    # The prelude (FORMAT, MAPCAR, ...) is lowered with the program but carries none of its lines.
    source = (
        "(defun ev (n) (if (= n 0) t (od (- n 1))))\n"
        "(defun od (n) (if (= n 0) nil (ev (- n 1))))\n"
        "(print (ev 4))\n"
    )
    analysis = analyse("lisp", source)
    assert analysis.ok
    names = [f.name for f in analysis.functions]
    assert len(names) == 3 and not any("FORMAT" in n or "MAPCAR" in n for n in names)
    ev = next(f for f in analysis.functions if "_EV" in f.name)
    assert ev.recursive == "mutual" and len(ev.recursion) == 2
    # The program's own names, found on each function's lines (the IR spells them f<n>_EV, f<n>_OD).
    assert [f.source_name for f in analysis.functions] == ["ev", "od", ""]


@pytest.mark.parametrize("lang", ["python", "java", "systemf", "assembly", "cards"])
def test_every_language_is_analysed(lang):
    analysis = analyse(lang, example(lang))
    assert _cost(analysis).finished
    if lang not in ("assembly", "cards"):
        assert analysis.functions and all(f.first_line >= 1 for f in analysis.functions)
        assert all(f.complexity >= 1 for f in analysis.functions)


def test_loops_of_a_graph_worked_by_hand() -> None:
    from compilers.analysis.cfg import Graph, complexity, loop_depth, loops

    # entry -> a; a -> b; b -> b (an inner loop on itself); b -> a (the outer loop); b -> out.
    # a heads the loop {a, b}, b the loop {b}: b lies in two loops, depth 2. E = 5 edges plus one to the
    # exit node from `out`, N = 4 blocks plus the exit: 6 - 5 + 2 = 3 (the two decisions of b, plus 1).
    g = Graph("entry", {"entry": ["a"], "a": ["b"], "b": ["b", "a", "out"], "out": []}, frozenset({"out"}))
    assert loops(g) == {"a": {"a", "b"}, "b": {"b"}}
    assert loop_depth(g) == 2
    assert complexity(g) == 3


WARNED = """\
#include <stdio.h>
#include <stdlib.h>
int f(int n) {
    int s;
    int k = 0;
    while (k < n) {
        s = s + k;
        k++;
    }
    while (n > 0) {
        printf("%d\\n", n);
    }
    return s;
}
int main(void) { return f(3); }
"""

# Loops that end, or may: none of them is warned. A switch's case labels are not unreachable code.
NOT_WARNED = """\
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    int x = 0;
    while (x == 0)
        x = 1;
    int n = 3;
    while (n > 0) {
        if (x) exit(0);
    }
    for (int i = 0; i < n; i++)
        switch (i) {
        case 0:
            printf("zero\\n");
            break;
        default:
            printf("more\\n");
        }
    while (1) {
        if (x > 2) break;
        x++;
    }
    return x;
}
"""


def test_a_local_used_before_it_is_set_and_a_loop_that_never_ends_are_warned() -> None:
    analysis = analyse("c", WARNED)
    found = [(w.code, w.line) for w in analysis.warnings]
    # s is read on line 7 in the first round, before any assignment; the loop on line 10 tests n, which
    # its body (a printf) never changes.
    assert found == [("used_before_set", 7), ("loop_never_changes", 10)]
    assert "'s'" in analysis.warnings[0].message
    assert "tests n" in analysis.warnings[1].message


def test_loops_that_end_or_may_end_and_switches_are_not_warned() -> None:
    analysis = analyse("c", NOT_WARNED)
    assert analysis.ok, analysis.diagnostics
    assert analysis.warnings == []


def test_the_programs_own_names_are_found_for_each_front_ends_spelling() -> None:
    from compilers.analysis.functions import source_name

    assert source_name("u.gcd.1", "def gcd(a, b):") == "gcd"
    assert source_name("Main.gcd.0", "    static int gcd(int a, int b) {") == "gcd"
    assert source_name("f225_IS_EVEN", "(defun is-even (n)") == "is-even"
    assert source_name("core.gcd.1", "let rec gcd = fix ...") == "gcd"
    assert source_name("main", "def gcd(a, b):") == ""


def test_a_warning_names_the_function_as_the_program_does() -> None:
    # Python's f is u.f.1 in the IR; its print (line 3) follows its return.
    source = "def f(n):\n    return n\n    print(2)\n\nprint(f(1))\n"
    analysis = analyse("python", source)
    assert [(w.code, w.line) for w in analysis.warnings] == [("unreachable", 3)]
    assert "no path through f reaches it" in analysis.warnings[0].message


def test_a_run_that_reads_its_input_as_it_works_is_extrapolated_from_the_share_it_read() -> None:
    # The same few steps for each character read: a run stopped a quarter of the way through its input
    # has done about a quarter of its work, so the projection lands near the whole run's exact count.
    source = (
        "#include <stdio.h>\n"
        "int main(void) {\n"
        "    int c, sum = 0;\n"
        "    while ((c = getchar()) != EOF) sum += c % 7;\n"
        '    printf("%d\\n", sum);\n'
        "    return 0;\n"
        "}\n"
    )
    stdin = "abcdefghij" * 400
    whole = _cost(analyse("c", source, stdin=stdin))
    assert whole.finished and whole.projected_instructions is None
    part = _cost(analyse("c", source, stdin=stdin, budget=whole.instructions // 4))
    assert not part.finished and part.projected_instructions is not None
    assert abs(part.projected_instructions - whole.instructions) < whole.instructions * 0.05
    assert part.projected_seconds is not None and part.projected_seconds > part.engine_seconds
    assert "characters of its input" in part.method and "(an extrapolation)" in part.method


def test_a_run_that_reads_no_input_stays_a_lower_bound() -> None:
    cost = _cost(analyse("c", "int main(void) { while (1) { } return 0; }\n", stdin="12 34\n", budget=500))
    assert cost.projected_instructions is None and "a lower bound" in cost.method
