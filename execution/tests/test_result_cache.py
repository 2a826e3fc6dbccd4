"""A run is computed once: the result cache's hits and misses, its key, its marking and its streaming."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from channels.db import database_sync_to_async
from django.core.cache import caches
from rest_framework.test import APIClient

from execution import judge, result_cache, services, tasks, toolchain
from execution.models import Run, RunStatus
from execution.tests import fakes
from execution.tests.conftest import make_exercise
from execution.tests.test_consumers import communicator, receive_all, session_cookie

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fake_engine")]


@pytest.fixture(autouse=True)
def cache_on(settings: Any) -> Iterator[None]:
    settings.RESULT_CACHE_ENABLED = True
    result_cache.toolchain_version.cache_clear()
    caches[result_cache.CACHE_ALIAS].clear()
    yield
    caches[result_cache.CACHE_ALIAS].clear()
    result_cache.toolchain_version.cache_clear()


@pytest.fixture
def computed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources the (stand-in) Engine actually ran, in order."""
    ran: list[str] = []

    def run_program(compiled: Any, **kwargs: Any) -> Any:
        ran.append("\n".join(compiled.lines))
        return fakes.run_program(compiled, **kwargs)

    monkeypatch.setattr(toolchain, "run_program", run_program)
    return ran


def create(user: Any, on_commit: Any, source: str = "print hello\nprint world", **kwargs: Any) -> Run:
    with on_commit(execute=True):
        run = services.run_create(user=user, language="assembly", source=source, **kwargs)
    run.refresh_from_db()
    return run


def test_a_repeated_run_is_served_from_the_cache_created_final_without_a_task(
    user: Any, on_commit: Any, computed: list[str]
) -> None:
    first = create(user, on_commit)
    assert (first.status, first.from_cache) == (RunStatus.COMPLETED, False)
    with on_commit(execute=False) as callbacks:
        second = services.run_create(user=user, language="assembly", source="print hello\nprint world")
    assert callbacks == []  # no task sent: the run is final as it is created
    assert second.is_final and second.from_cache
    second.refresh_from_db()
    assert len(computed) == 1
    for field in ("status", "output", "statistics", "exit_status", "ir", "deck", "line_map", "diagnostics"):
        assert getattr(second, field) == getattr(first, field), field
    assert second.progress_instructions == first.progress_instructions
    assert second.started_at is not None and second.finished_at is not None


@pytest.mark.parametrize(
    "change",
    [{"stdin": "other input\n"}, {"max_steps": 999}, {"max_output": 77}, {"store_size": 5000}],
    ids=["stdin", "max_steps", "max_output", "store_size"],
)
def test_a_changed_input_or_limit_misses(
    user: Any, on_commit: Any, computed: list[str], change: dict[str, Any]
) -> None:
    source = "echo\nprint done"
    create(user, on_commit, source, stdin="17\n", max_steps=1000, max_output=100, store_size=4000)
    again = create(
        user,
        on_commit,
        source,
        **{"stdin": "17\n", "max_steps": 1000, "max_output": 100, "store_size": 4000, **change},
    )
    assert not again.from_cache
    assert len(computed) == 2


def test_a_changed_program_or_language_misses(user: Any) -> None:
    limits = toolchain.Limits(max_steps=10, max_output=10, store_size=None)
    key = result_cache.run_key(language="c", source="int main(){}", stdin="", limits=limits)
    assert key != result_cache.run_key(language="c", source="int main(){ }", stdin="", limits=limits)
    assert key != result_cache.run_key(language="cpp", source="int main(){}", stdin="", limits=limits)


def test_the_key_includes_the_toolchain_version_so_a_new_release_recomputes(
    user: Any, on_commit: Any, computed: list[str], settings: Any
) -> None:
    settings.TOOLCHAIN_VERSION = "release-1"
    result_cache.toolchain_version.cache_clear()
    create(user, on_commit)
    assert create(user, on_commit).from_cache
    settings.TOOLCHAIN_VERSION = "release-2"
    result_cache.toolchain_version.cache_clear()
    assert not create(user, on_commit).from_cache
    assert len(computed) == 2


def test_the_version_is_a_hash_of_the_compilers_and_engine_sources(settings: Any) -> None:
    settings.TOOLCHAIN_VERSION = ""
    result_cache.toolchain_version.cache_clear()
    files = {str(p.relative_to(result_cache.ROOT)) for p in result_cache._versioned_files()}
    assert {"compilers/driver.py", "babbage/__init__.py", "execution/judge.py"} <= files
    assert any(f.startswith("compilers/runtime/") and f.endswith(".ir") for f in files)
    assert not any("/tests/" in f or f.endswith(".md") for f in files)  # tests and prose make no result
    version = result_cache.toolchain_version()
    assert len(version) == 16 and int(version, 16) >= 0


def test_a_result_the_machine_decided_is_not_kept(
    user: Any, on_commit: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from celery.exceptions import SoftTimeLimitExceeded

    def too_slow(*args: Any, **kwargs: Any) -> Any:
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(toolchain, "run_program", too_slow)
    assert create(user, on_commit, "print x").status == RunStatus.TIME_LIMIT
    monkeypatch.setattr(toolchain, "run_program", fakes.run_program)
    again = create(user, on_commit, "print x")
    assert (again.status, again.from_cache) == (RunStatus.COMPLETED, False)


def test_errors_of_the_program_are_kept(user: Any, on_commit: Any, computed: list[str]) -> None:
    trapped = create(user, on_commit, "print before\ntrap division_by_zero")
    again = create(user, on_commit, "print before\ntrap division_by_zero")
    assert again.from_cache and len(computed) == 1
    assert (again.status, again.trap, again.trap_line, again.output) == (
        RunStatus.RUNTIME_ERROR,
        "division_by_zero",
        2,
        trapped.output,
    )
    create(user, on_commit, "print a\nerror expected ';'")
    not_compiled = create(user, on_commit, "print a\nerror expected ';'")
    assert (not_compiled.status, not_compiled.from_cache) == (RunStatus.COMPILE_ERROR, True)
    assert not_compiled.diagnostics[0]["message"] == "expected ';'"


def test_a_run_queued_before_its_twin_ended_is_served_by_the_worker(
    user: Any, on_commit: Any, computed: list[str]
) -> None:
    with on_commit(execute=False):
        first = services.run_create(user=user, language="assembly", source="print twin")
        second = services.run_create(user=user, language="assembly", source="print twin")
    tasks.run_execute.apply(args=[str(first.id)])
    tasks.run_execute.apply(args=[str(second.id)])
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.from_cache, second.from_cache) == (False, True)
    assert second.status == RunStatus.COMPLETED and second.output == first.output == "twin\n"
    assert len(computed) == 1


def test_a_resubmission_is_judged_once_and_still_counts_as_an_attempt(
    user: Any, on_commit: Any, computed: list[str]
) -> None:
    exercise = make_exercise(tests=[("", "hello\n", True), ("", "hello\n", False)])
    with on_commit(execute=True):
        first = services.submission_create(user=user, exercise=exercise, source="print hello")
    with on_commit(execute=False) as callbacks:
        second = services.submission_create(user=user, exercise=exercise, source="print hello")
    assert callbacks == []
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.verdict, second.verdict) == (RunStatus.ACCEPTED, RunStatus.ACCEPTED)
    assert second.run.from_cache and not first.run.from_cache
    assert second.results == first.results
    assert second.attempt_number == 2
    assert len(computed) == 2  # the two tests of the first submission, nothing for the second
    from curriculum.models import Progress

    progress = Progress.objects.get(user=user, exercise=exercise)
    assert progress.attempts == 2


def test_a_changed_test_of_the_exercise_misses(user: Any, on_commit: Any, computed: list[str]) -> None:
    exercise = make_exercise(tests=[("", "hello\n", True)])
    with on_commit(execute=True):
        services.submission_create(user=user, exercise=exercise, source="print hello")
    exercise.test_cases.update(expected_output="goodbye\n")
    with on_commit(execute=True):
        again = services.submission_create(user=user, exercise=exercise, source="print hello")
    again.refresh_from_db()
    assert (again.verdict, again.run.from_cache) == (RunStatus.WRONG_ANSWER, False)


def test_the_reference_check_is_judged_once(user: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    exercise = make_exercise(tests=[("", "hello\n", True)], reference_solution="print hello")
    judged: list[str] = []
    real_judge = judge.judge

    def counting(*args: Any, **kwargs: Any) -> Any:
        judged.append(args[1])
        return real_judge(*args, **kwargs)

    monkeypatch.setattr(judge, "judge", counting)
    first = services.exercise_check_reference(exercise)
    assert services.exercise_check_reference(exercise) == first
    assert first[0]["status"] == judge.PASSED
    assert judged == ["print hello"]


def test_a_cache_that_fails_is_a_miss_not_a_failed_run(
    user: Any, on_commit: Any, computed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ConnectionError("Redis is away")

    monkeypatch.setattr(caches[result_cache.CACHE_ALIAS], "get", broken)
    monkeypatch.setattr(caches[result_cache.CACHE_ALIAS], "set", broken)
    assert create(user, on_commit).status == RunStatus.COMPLETED
    again = create(user, on_commit)
    assert (again.status, again.from_cache) == (RunStatus.COMPLETED, False)
    assert len(computed) == 2


def test_the_api_marks_a_hit_and_answers_it_final_at_once(user: Any, on_commit: Any) -> None:
    api = APIClient()
    api.force_authenticate(user)
    body = {"language": "assembly", "source": "print api"}
    with on_commit(execute=True):
        first = api.post("/api/v1/runs?wait=true", body, format="json")
    assert first.status_code == 201
    second = api.post("/api/v1/runs?wait=true", body, format="json")
    assert second.status_code == 201
    data = second.json()
    assert data["from_cache"] is True and data["is_final"] is True
    assert (data["status"], data["output"]) == ("completed", "api\n")
    listed = api.get("/api/v1/runs").json()["results"]
    assert [r["from_cache"] for r in listed] == [True, False]


def test_the_run_page_says_it_was_served_from_the_cache(user: Any, on_commit: Any, client: Any) -> None:
    create(user, on_commit)
    hit = create(user, on_commit)
    client.force_login(user)
    page = client.get(f"/runs/{hit.id}/").content.decode()
    assert "data-from-cache" in page and "Served from the cache" in page
    assert "hello\nworld" in page
    computed_page = client.get(f"/runs/{Run.objects.get(from_cache=False).id}/").content.decode()
    assert "data-from-cache" not in computed_page


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_a_hit_is_streamed_to_the_page_as_a_live_run_ends(user: Any) -> None:
    """The page's socket gets the output, the progress, the statistics and the end, marked as a hit."""

    def create_twice() -> Run:
        for _ in range(2):
            run = services.run_create(user=user, language="assembly", source="print streamed")
        return run

    hit = await database_sync_to_async(create_twice)()
    assert hit.from_cache
    ws = communicator(hit.id, await database_sync_to_async(session_cookie)(user))
    connected, _ = await ws.connect()
    assert connected
    sent = "".join(await receive_all(ws))
    assert f'id="run-output-{hit.id}"' in sent and "streamed\n" in sent
    assert f'id="run-progress-{hit.id}"' in sent
    assert f'id="run-statistics-{hit.id}"' in sent and "Engine time" in sent
    assert 'data-status="completed"' in sent and "data-from-cache" in sent
    assert f'<div id="run-live-{hit.id}" hx-swap-oob="true"></div>' in sent  # the end: the socket closes


def test_a_compile_is_shared_between_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another worker's compile (here: this process's own cache emptied) is read, not made again; the
    program read back runs. A real C compile: the shared copy must survive pickling."""
    monkeypatch.undo()  # the real compiler and Engine
    made: list[str] = []
    real = toolchain._compile

    def counting(language: str, source: str, *args: Any) -> Any:
        made.append(source)
        return real(language, source, *args)

    monkeypatch.setattr(toolchain, "_compile", counting)
    source = '#include <stdio.h>\nint main(void) { printf("%d\\n", 6 * 7); return 0; }\n'
    toolchain._compile_cached.cache_clear()
    toolchain.compile_program("c", source, store_size=None)
    toolchain._compile_cached.cache_clear()  # as in a worker that never compiled it
    shared = toolchain.compile_program("c", source, store_size=None)
    assert made == [source]
    assert shared.ok and shared.ir
    limits = toolchain.Limits(max_steps=1_000_000, max_output=1000, store_size=None)
    assert toolchain.run_program(shared, stdin="", limits=limits).output == "42\n"
    toolchain._compile_cached.cache_clear()
