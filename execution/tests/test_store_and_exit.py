"""The Store a run had and the columns it used, and the program's own exit status, through the real
compiler and Engine, the API and the pages."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from execution.models import Run, RunStatus
from execution.presentation import statistics_rows
from execution.tests.conftest import make_exercise

pytestmark = pytest.mark.django_db

# gcc's build of this program prints "checked" and exits with status 3 (`echo $?` after running it).
RETURNS_3 = '#include <stdio.h>\nint main(void) {\n    printf("checked\\n");\n    return 3;\n}\n'
# exit(7) from a function: gcc's build exits with status 7.
EXITS_7 = (
    "#include <stdlib.h>\nvoid stop(void) { exit(7); }\nint main(void) {\n    stop();\n    return 0;\n}\n"
)
# Recursion 10,000 deep: 10000 * 10001 / 2 = 50005000, worked by hand.
DEEP = (
    "#include <stdio.h>\n"
    "long down(int n) { int pad[4]; pad[n % 4] = n; return n == 0 ? 0 : pad[n % 4] + down(n - 1); }\n"
    'int main(void) {\n    printf("%ld\\n", down(10000));\n    return 0;\n}\n'
)


@pytest.fixture
def api(user: Any) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def _run(api: APIClient, on_commit: Any, **fields: Any) -> dict[str, Any]:
    with on_commit(execute=True):
        response = api.post("/api/v1/runs", {"language": "c", **fields}, format="json")
    assert response.status_code == 201, response.json()
    body: dict[str, Any] = api.get(f"/api/v1/runs/{response.json()['id']}").json()
    return body


def test_the_api_reports_the_programs_exit_status(api: APIClient, on_commit: Any) -> None:
    body = _run(api, on_commit, source=RETURNS_3)
    assert (body["status"], body["output"], body["exit_status"]) == ("completed", "checked\n", 3)
    assert _run(api, on_commit, source=EXITS_7)["exit_status"] == 7


def test_a_run_that_did_not_halt_has_no_exit_status(api: APIClient, on_commit: Any) -> None:
    body = _run(api, on_commit, source="int main(void) { int z = 0; return 1 / z; }\n")
    assert (body["status"], body["trap"], body["exit_status"]) == ("runtime_error", "division_by_zero", None)


def test_an_uncaught_exception_is_a_runtime_error_with_cpythons_exit_status(
    api: APIClient, on_commit: Any
) -> None:
    # CPython 3.11 prints "before", the traceback ending with this line, and exits with status 1.
    body = _run(api, on_commit, language="python", source="print('before')\nprint({}['k'])\n")
    assert (body["status"], body["output"], body["exit_status"]) == ("runtime_error", "before\n", 1)
    assert body["trap_message"].endswith("KeyError: 'k'")


def test_the_api_reports_the_columns_used_and_the_store(api: APIClient, on_commit: Any) -> None:
    body = _run(api, on_commit, source=DEEP)
    assert (body["status"], body["output"], body["store_size"]) == ("completed", "50005000\n", None)
    stats = body["statistics"]
    # Columns used: static data, the heap at its peak (none here) and the stack at its deepest.
    assert body["columns_used"] == stats["columns_used"]
    assert stats["columns_used"] >= stats["max_stack_depth"] > 10_000 * 5  # a frame takes over 5 words
    assert stats["store_size"] == 1_000_000  # a recursion grows up to the cap (the setting's default)


def test_a_fixed_store_overflows_as_the_seed_engines_did(api: APIClient, on_commit: Any) -> None:
    body = _run(api, on_commit, source=DEEP, store_size=2000)
    assert (body["status"], body["trap"], body["store_size"]) == ("runtime_error", "stack_overflow", 2000)
    assert body["statistics"]["store_size"] == 2000
    assert body["exit_status"] is None


def test_the_cap_setting_bounds_the_fitted_store(api: APIClient, on_commit: Any, settings: Any) -> None:
    settings.RUN_STORE_SIZE_CAP = 20_000  # too little for 10,000 frames
    body = _run(api, on_commit, source=DEEP)
    assert (body["status"], body["trap"]) == ("runtime_error", "stack_overflow")
    assert body["statistics"]["store_size"] == 20_000


def test_a_program_without_recursion_or_heap_gets_a_small_store(api: APIClient, on_commit: Any) -> None:
    body = _run(api, on_commit, source=RETURNS_3)
    stats = body["statistics"]
    assert stats["store_size"] < 1000  # its static data and its bounded stack, not the cap
    assert stats["columns_used"] <= stats["store_size"]


def test_the_run_page_shows_the_columns_and_the_exit_status(client_in: Client, on_commit: Any) -> None:
    with on_commit(execute=True):
        response = client_in.post(reverse("execution:run_create"), {"language": "c", "source": DEEP})
    run = Run.objects.get()
    html = client_in.get(response["Location"]).content.decode()
    used = run.statistics["columns_used"]
    times = round(used / 1000)
    assert f"This run used {used:,} columns: {times} times the Store Babbage planned (1,000 columns)" in html
    assert "in a Store of 1,000,000 columns, sized for the program" in html
    assert 'data-exit-status="0"' in html and "Exit status 0" in html


def test_the_playground_form_fixes_the_store(client_in: Client, on_commit: Any) -> None:
    with on_commit(execute=True):
        client_in.post(
            reverse("execution:run_create"), {"language": "c", "source": DEEP, "store_size": "2000"}
        )
    run = Run.objects.get()
    assert (run.store_size, run.status, run.trap) == (2000, RunStatus.RUNTIME_ERROR, "stack_overflow")
    page = client_in.get(reverse("execution:run_detail", args=[run.id])).content.decode()
    assert "in a Store of 2,000 columns, fixed" in page
    assert "run-exit" not in page


def test_the_playground_form_refuses_a_store_below_the_engines_smallest(client_in: Client) -> None:
    response = client_in.post(
        reverse("execution:run_create"), {"language": "c", "source": DEEP, "store_size": "50"}
    )
    assert response.status_code == 400
    assert not Run.objects.exists()
    assert 'name="store_size"' in response.content.decode()


def test_a_non_zero_exit_status_is_shown_but_the_judge_compares_output(
    client_in: Client, user: Any, on_commit: Any
) -> None:
    exercise = make_exercise(language="c", tests=[("", "checked\n", True), ("", "checked\n", False)])
    with on_commit(execute=True):
        client_in.post(reverse("execution:submission_create", args=[exercise.id]), {"source": RETURNS_3})
    run = Run.objects.get()
    assert (run.status, run.exit_status) == (RunStatus.ACCEPTED, 3)
    # Shown for the visible test; a hidden test's exit status could tell its input, so it is not.
    assert [t.get("exit_status") for t in run.submission.results] == [3, None]
    page = client_in.get(reverse("execution:run_detail", args=[run.id])).content.decode()
    assert '<span class="test-exit">exit status 3</span>' in page
    assert "Exit status 3 (the program reported a failure)" in page


def test_a_run_stored_before_columns_were_reported_shows_no_store_row() -> None:
    rows = statistics_rows({"instructions": 3, "simulated_seconds": 1.5}, "HALT\n")
    assert rows is not None and rows["store"] is None
