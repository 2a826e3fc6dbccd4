"""The judge: every verdict, hidden tests, card input, and submissions through the service and task."""

from __future__ import annotations

from typing import Any

import pytest

from execution import judge, services, toolchain
from execution.models import RunStatus, Submission
from execution.tests.conftest import make_exercise

LIMITS = toolchain.Limits(max_steps=1000, max_output=100, store_size=100)


def spec(expected: str, given: str = "", visible: bool = True, name: str = "t") -> judge.TestSpec:
    return judge.TestSpec(name=name, input=given, expected_output=expected, is_visible=visible)


@pytest.mark.parametrize(
    ("expected", "actual", "same"),
    [
        ("1\n2\n", "1\n2", True),
        ("1  \n2\t\n", "1\n2\n\n\n", True),
        ("a b\n", "a  b\n", False),
        ("\n1\n", "1\n", False),  # leading blank lines count
        ("1\r\n2\r\n", "1\n2\n", True),
    ],
)
def test_outputs_are_compared_ignoring_only_trailing_white_space(
    expected: str, actual: str, same: bool
) -> None:
    assert judge.outputs_match(expected, actual) is same


@pytest.mark.usefixtures("fake_engine")
class TestVerdicts:
    def test_accepted_when_every_test_passes(self) -> None:
        result = judge.judge("assembly", "echo", [spec("1\n", "1\n"), spec("2", "2\n")], LIMITS)
        assert result.verdict == judge.ACCEPTED
        assert [t.status for t in result.tests] == ["passed", "passed"]
        assert result.first_failure is None
        # Over the whole submission: the fake Engine counts one instruction a test.
        assert (result.statistics["instructions"], result.statistics["tests"]) == (2, 2)

    def test_wrong_answer_names_the_first_failing_test(self) -> None:
        tests = [spec("1", "1", name="one"), spec("3", "2", name="two"), spec("4", "5", name="three")]
        result = judge.judge("assembly", "echo", tests, LIMITS)
        assert result.verdict == judge.WRONG_ANSWER
        assert [t.status for t in result.tests] == ["passed", "wrong_answer", "wrong_answer"]
        failure = result.first_failure
        assert failure is not None and failure.name == "two"
        assert (failure.expected, failure.actual) == ("3", "2")
        assert result.message == "two: The output differs from the expected output."

    def test_compile_error_runs_no_test(self) -> None:
        result = judge.judge("assembly", "error missing operand", [spec("1")], LIMITS)
        assert result.verdict == judge.COMPILE_ERROR
        assert result.tests == []
        assert result.message == "missing operand"
        assert result.diagnostics[0]["line"] == 1

    @pytest.mark.parametrize(
        ("source", "verdict", "trap"),
        [
            ("trap division_by_zero", judge.RUNTIME_ERROR, "division_by_zero"),
            ("loop", judge.BUDGET_EXHAUSTED, "budget_exhausted"),
            ("print " + "x" * 200, judge.OUTPUT_LIMIT, "output_limit"),
        ],
    )
    def test_the_engine_stopping_early_is_its_own_verdict(self, source: str, verdict: str, trap: str) -> None:
        result = judge.judge("assembly", source, [spec("x")], LIMITS)
        assert result.verdict == verdict
        assert result.tests[0].trap == trap

    def test_a_runtime_error_reports_the_trap_and_line(self) -> None:
        result = judge.judge("assembly", "print a\ntrap overflow", [spec("a")], LIMITS)
        failure = result.first_failure
        assert failure is not None
        assert (failure.status, failure.trap, failure.trap_line) == ("runtime_error", "overflow", 2)
        assert failure.message == "The Engine stopped with overflow at line 2: stopped: overflow"

    def test_hidden_tests_keep_their_data(self) -> None:
        result = judge.judge("assembly", "echo", [spec("secret", "given", visible=False)], LIMITS)
        public = result.tests[0].public()
        # Passed or failed and how, nothing more: no data, nothing measured from the run.
        assert public == {
            "name": "t",
            "status": "wrong_answer",
            "visible": False,
            "message": "A hidden test gave a different output.",
        }
        assert result.tests[0].as_dict()["expected"] == "secret"  # instructors see everything

    def test_card_exercises_put_the_test_input_in_front_of_the_deck(self) -> None:
        # The stand-in prints each program line it is given: the number cards come first.
        result = judge.judge("cards", "print deck", [spec("card\ndeck", "print card")], LIMITS)
        assert result.verdict == judge.ACCEPTED
        assert judge.program_with_input("cards", "deck", "N001 5\n") == ("N001 5\ndeck", "")
        assert judge.program_with_input("c", "main", "5") == ("main", "5")

    def test_test_cards_that_do_not_load_are_an_internal_error(self) -> None:
        result = judge.judge("cards", "print deck", [spec("x", "error bad card")], LIMITS)
        assert result.verdict == judge.INTERNAL_ERROR


# --- Submissions -------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.usefixtures("fake_engine")
class TestSubmissions:
    def submit(self, user: Any, exercise: Any, source: str, on_commit: Any) -> Submission:
        with on_commit(execute=True):
            submission = services.submission_create(user=user, exercise=exercise, source=source)
        submission.refresh_from_db()
        submission.run.refresh_from_db()
        return submission

    def test_a_wrong_then_a_right_submission(self, user: Any, on_commit: Any) -> None:
        from curriculum.models import Progress

        exercise = make_exercise(tests=[("", "42\n", True), ("", "42", False)])
        wrong = self.submit(user, exercise, "print 41", on_commit)
        assert (wrong.verdict, wrong.attempt_number, wrong.run.status) == ("wrong_answer", 1, "wrong_answer")
        assert [t["status"] for t in wrong.results] == ["wrong_answer", "wrong_answer"]
        assert wrong.results[0]["actual"] == "41\n" and wrong.results[1]["actual"] is None
        assert wrong.run.output == "41\n"  # the first (visible) failure's output is shown
        assert wrong.run.trap_message == "test 1: The output differs from the expected output."
        progress = Progress.objects.get(user=user, exercise=exercise)
        assert (progress.attempts, progress.failed_attempts, progress.is_completed) == (1, 1, False)

        right = self.submit(user, exercise, "print 42", on_commit)
        assert (right.verdict, right.attempt_number) == ("accepted", 2)
        progress.refresh_from_db()
        assert (progress.attempts, progress.failed_attempts, progress.is_completed) == (2, 1, True)

    def test_a_hidden_failure_is_told_in_public_words(self, user: Any, on_commit: Any) -> None:
        exercise = make_exercise(tests=[("", "a\n", True), ("", "b", False)])
        submission = self.submit(user, exercise, "print a\ntrap overflow", on_commit)
        assert submission.verdict == "runtime_error"
        assert (
            submission.run.trap_message
            == "test 1: The Engine stopped with overflow at line 2: stopped: overflow"
        )
        hidden = self.submit(user, make_exercise(tests=[("", "x", False)]), "trap overflow", on_commit)
        assert hidden.run.trap_message == "test 1: The program stopped with an error on a hidden test."
        assert (hidden.run.trap, hidden.run.trap_line, hidden.run.output) == ("", None, "")

    def test_a_submission_that_does_not_compile(self, user: Any, on_commit: Any) -> None:
        exercise = make_exercise(tests=[("", "1", True)])
        submission = self.submit(user, exercise, "error nope", on_commit)
        assert submission.verdict == "compile_error"
        assert submission.results == []
        assert submission.run.diagnostics[0]["message"] == "nope"

    def test_an_internal_error_is_not_counted_as_an_attempt(self, user: Any, on_commit: Any) -> None:
        from curriculum.models import Progress

        exercise = make_exercise(tests=[("", "1", True)])
        submission = self.submit(user, exercise, "crash", on_commit)
        assert submission.verdict == RunStatus.INTERNAL_ERROR
        assert not Progress.objects.filter(user=user, exercise=exercise).exists()

    def test_the_exercise_limits_apply(self, user: Any, on_commit: Any) -> None:
        exercise = make_exercise(tests=[("", "x", True)], max_output=3)
        submission = self.submit(user, exercise, "print abcdef", on_commit)
        assert submission.verdict == "output_limit"
        assert submission.run.max_output == 3

    def test_the_reference_check_judges_without_rows(self) -> None:
        exercise = make_exercise(tests=[("", "7", True), ("", "8", False)], reference_solution="print 7")
        results = services.exercise_check_reference(exercise)
        assert [(r["name"], r["status"], r["expected"]) for r in results] == [
            ("test 1", "passed", "7"),
            ("test 2", "wrong_answer", "8"),
        ]
        broken = make_exercise(tests=[("", "7", True)], reference_solution="error oops")
        assert services.exercise_check_reference(broken)[0]["status"] == "compile_error"
        assert Submission.objects.count() == 0


# A heap of a few hundred words: each malloc below asks for more than is left after the first few.
ONE_CALLER = """#include <stdlib.h>
int main(void) {
    int i;
    for (i = 0; i < 100; i++) {
        int *p = malloc(50 * sizeof(int));
        p[0] = i;
    }
    return 0;
}
"""

TWO_CALLERS = """#include <stdlib.h>
int main(void) {
    int i;
    for (i = 0; i < 100; i++) {
        int *p = malloc(50 * sizeof(int));
        int *q = malloc(50 * sizeof(int));
        p[0] = i;
        q[0] = i;
    }
    return 0;
}
"""


def test_a_trap_inside_a_runtime_routine_is_placed_at_the_students_calling_line() -> None:
    # malloc is called from line 5 only, so the heap's exhaustion is reported there.
    limits = toolchain.Limits(max_steps=1_000_000, max_output=100, store_size=1000)
    result = judge.judge("c", ONE_CALLER, [spec("")], limits)
    outcome = result.tests[0]
    assert outcome.trap == "trap"
    assert outcome.trap_line == 5
    assert "at line 5" in outcome.message
    assert "malloc" in outcome.message


def test_a_runtime_line_is_never_shown_as_a_line_of_the_students_program() -> None:
    # Two calls of malloc (lines 5 and 6): the Engine cannot tell which one ran out, so no line of the
    # student's program is claimed; the message names the routine and both candidates.
    limits = toolchain.Limits(max_steps=1_000_000, max_output=100, store_size=1000)
    result = judge.judge("c", TWO_CALLERS, [spec("")], limits)
    outcome = result.tests[0]
    assert outcome.trap == "trap"
    assert outcome.trap_line is None
    assert " at line " not in outcome.message.split("(")[0]
    assert "called at line 5 or 6" in outcome.message
