"""The API (Judge0-like): languages, runs, compilation stages, validation, submissions.

Thin: parse with a serializer, call one service or selector, render. Errors leave in the project's shape
{"code", "message", "extra"} through the DRF exception handler.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from asgiref.sync import sync_to_async
from django.conf import settings
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import BaseThrottle, ScopedRateThrottle
from rest_framework.views import APIView

from ancient_compute.lib.drf import Pagination, error_body
from ancient_compute.lib.errors import ApplicationError
from ancient_compute.lib.schema import error_response
from execution import events, explanations, selectors, services, toolchain
from execution.serializers import (
    AnalyseInputSerializer,
    AnalysisSerializer,
    CompileStageSerializer,
    ExplanationSerializer,
    FieldsBuiltOnce,
    LanguageSerializer,
    ProgramInputSerializer,
    RunBatchInputSerializer,
    RunBatchSerializer,
    RunInputSerializer,
    RunSerializer,
    RunShareSerializer,
    RunSummarySerializer,
    SubmissionInputSerializer,
    SubmissionSerializer,
    SubmissionSummarySerializer,
    ValidateSerializer,
    compile_result_data,
)

logger = logging.getLogger(__name__)

# ?wait=true holds the request at most this long for the run to become final.
WAIT_SECONDS = 5.0
_INVALID = error_response("The program or a limit is not valid (`invalid`, `unknown_language`, ...).")


@dataclass(frozen=True, slots=True)
class _FinalWait:
    """Left on a response by a view asked to ?wait: which run to await, the body to answer with then, and
    the body to answer with should the run not be readable then (the run as it was created)."""

    run_id: uuid.UUID
    final_body: Callable[[], Any]
    created_body: Callable[[], Any]


def _answer_when_final(
    run_id: uuid.UUID, final_body: Callable[[], Any], created_body: Callable[[], Any]
) -> Response:
    """The 201 answer of a view asked to ?wait; its body is made once the wait is over (waiting_view)."""
    response = Response(status=status.HTTP_201_CREATED)
    response.final_wait = _FinalWait(run_id, final_body, created_body)  # type: ignore[attr-defined]
    return response


def waiting_view(view_class: type[APIView]) -> Callable[..., Coroutine[Any, Any, HttpResponse]]:
    """The DRF view as an async view whose ?wait holds no thread.

    Under ASGI a synchronous view occupies a thread for as long as it runs. Here the DRF view runs as
    usual in a thread (authentication, throttling, validation, the service's transaction: all short), and
    the wait for the run's end is then awaited on the channel layer, the view holding no thread; only the
    final read of the run goes back to a thread. (A synchronous middleware above the view still parks its
    request's thread until the view returns: see the README.) The DRF view's attributes (`cls`,
    `csrf_exempt`) are kept, so the schema and CSRF handling see the same view.
    """
    sync_view = view_class.as_view()

    @functools.wraps(sync_view)
    async def view(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response: HttpResponse = await sync_to_async(sync_view)(request, *args, **kwargs)
        pending: _FinalWait | None = getattr(response, "final_wait", None)
        if pending is None:
            return response
        try:
            await _await_final(pending.run_id)
            body = await sync_to_async(pending.final_body)()
        except DatabaseError:
            # The run was created (and will run): the answer is the run as it was created, never an
            # error that would make the client create it again.
            logger.warning("database unavailable while waiting for run %s", pending.run_id, exc_info=True)
            body = await sync_to_async(pending.created_body)()
        # The Response is rendered by Django after the view returns: the data set now is what is sent.
        response.data = body  # type: ignore[attr-defined]
        return response

    return view


async def _await_final(run_id: uuid.UUID) -> None:
    """The run's final event, or WAIT_SECONDS; when the channel layer fails (Redis restarting), the
    database alone is watched for the rest of the time."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT_SECONDS
    is_final = _is_final_check(run_id)
    try:
        await events.run_await_final(run_id, is_final, WAIT_SECONDS)
        return
    except DatabaseError:
        raise
    except Exception:
        logger.warning("the channel layer failed while waiting for run %s", run_id, exc_info=True)
    while loop.time() < deadline and not await is_final():
        await asyncio.sleep(events.POLL_SECONDS)


def _is_final_check(run_id: uuid.UUID) -> Callable[[], Awaitable[bool]]:
    async def is_final() -> bool:
        return await sync_to_async(selectors.run_is_final)(run_id=run_id)

    return is_final


class _WaitQuerySerializer(FieldsBuiltOnce):
    wait = serializers.BooleanField(required=False, default=False)


def _wants_wait(request: Request) -> bool:
    """?wait is a boolean (true/false, 1/0, yes/no); anything else is a 400 naming the parameter."""
    query = _WaitQuerySerializer(data=request.query_params)
    query.is_valid(raise_exception=True)
    return bool(query.validated_data["wait"])


class RunThrottledMixin(APIView):
    """Starting runs is throttled per user (scope "runs"); reading is not."""

    throttle_scope = "runs"

    def get_throttles(self) -> list[BaseThrottle]:
        throttles = list(super().get_throttles())
        if self.request.method != "POST":
            throttles = [t for t in throttles if not isinstance(t, ScopedRateThrottle)]
        return throttles


class LanguageListApi(APIView):
    permission_classes = [AllowAny]

    @extend_schema(responses=LanguageSerializer(many=True), summary="The languages the Engine runs")
    def get(self, request: Request) -> Response:
        return Response(LanguageSerializer(toolchain.languages(), many=True).data)


class RunListApi(APIView):
    permission_classes = [IsAuthenticated]
    pagination_class = Pagination  # read by the schema too: the list is documented inside its page envelope

    @extend_schema(
        responses=RunSummarySerializer(many=True),
        summary="Your runs, newest first (summaries: the program, output and stages are on the detail)",
    )
    def get(self, request: Request) -> Response:
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(selectors.run_list_for_user(user=request.user), request, view=self)
        return paginator.get_paginated_response(RunSummarySerializer(page, many=True).data)


class RunCreateApi(RunThrottledMixin, RunListApi):
    """POST starts a run; GET (inherited) lists yours. Both live at /api/v1/runs."""

    @extend_schema(
        request=RunInputSerializer,
        parameters=[
            OpenApiParameter(
                "wait", OpenApiTypes.BOOL, description=f"Wait up to {WAIT_SECONDS:g} s for the end."
            )
        ],
        responses={201: RunSerializer, 400: _INVALID},
        summary="Run a program",
    )
    def post(self, request: Request) -> Response:
        wait = _wants_wait(request)  # a bad ?wait is refused before anything is created
        serializer = RunInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        run = services.run_create(user=request.user, **serializer.validated_data)
        if wait and not run.is_final:  # a run served from the cache is final already

            def final_body() -> Any:
                run.refresh_from_db()
                return RunSerializer(run).data

            # The body is the run as it is after the wait, or as created when it cannot be read then (a
            # refresh that failed changed nothing): serialised once, when the wait is over.
            return _answer_when_final(run.id, final_body, lambda: RunSerializer(run).data)
        return Response(RunSerializer(run).data, status=status.HTTP_201_CREATED)


class RunBatchThrottle(ScopedRateThrottle):
    """A batch counts as many runs as it holds against the user's one rate of runs (scope "runs", shared
    with single runs and the pages): twenty runs in one request cost what twenty requests would, and a
    batch that does not fit in what is left of the rate is refused whole (and costs nothing)."""

    cost = 1

    def allow_request(self, request: Request, view: APIView) -> bool:
        runs = request.data.get("runs") if isinstance(request.data, dict) else None
        self.cost = min(max(len(runs), 1), services.BATCH_MAX_RUNS) if isinstance(runs, list) else 1
        return super().allow_request(request, view)

    def throttle_success(self) -> bool:
        # Set by allow_request from the rate before it calls this (the stubs do not declare them).
        limit: int = getattr(self, "num_requests")  # noqa: B009
        duration: int = getattr(self, "duration")  # noqa: B009
        if len(self.history) + self.cost > limit:
            return self.throttle_failure()
        self.history[:0] = [self.now] * self.cost
        self.cache.set(self.key, self.history, duration)
        return True


class RunBatchCreateApi(APIView):
    """Judge0's batch: up to 20 runs in one request, each validated and created on its own."""

    permission_classes = [IsAuthenticated]
    throttle_scope = "runs"
    # The batch's count of runs takes the place of the per-request count of scope "runs".
    throttle_classes = [
        *(t for t in APIView.throttle_classes if not issubclass(t, ScopedRateThrottle)),
        RunBatchThrottle,
    ]

    @extend_schema(
        request=RunBatchInputSerializer,
        responses={
            201: RunBatchSerializer,
            400: error_response(
                "The batch itself is not valid: not a list, empty, or more than "
                f"{services.BATCH_MAX_RUNS} runs (`invalid`, with `extra.fields.runs`)."
            ),
        },
        summary=f"Run up to {services.BATCH_MAX_RUNS} programs in one request",
        description="Each item is the body of POST /api/v1/runs (callback_url included) and is validated "
        "and created on its own: the answer has one entry per item, in order, with either the run's "
        "summary or the error that refused the item, in the API's error shape. The batch counts as as many "
        "runs as it holds against the rate of runs.",
    )
    def post(self, request: Request) -> Response:
        batch = RunBatchInputSerializer(data=request.data)
        batch.is_valid(raise_exception=True)
        items: list[dict[str, Any]] = []
        refused: dict[int, dict[str, Any]] = {}
        for index, item in enumerate(batch.validated_data["runs"]):
            serializer = RunInputSerializer(data=item)
            if serializer.is_valid():
                items.append(serializer.validated_data)
            else:
                fields = serializer.errors
                refused[index] = error_body(
                    "invalid", "This run is not valid: see extra.fields.", {"fields": fields}
                )
        outcomes = iter(services.run_create_batch(user=request.user, items=items) if items else [])
        answers = []
        for index in range(len(batch.validated_data["runs"])):
            if index in refused:
                answers.append({"run": None, "error": refused[index]})
                continue
            outcome = next(outcomes)
            if isinstance(outcome, ApplicationError):
                answers.append({"run": None, "error": outcome.as_dict()})
            else:
                answers.append({"run": RunSummarySerializer(outcome).data, "error": None})
        return Response({"runs": answers}, status=status.HTTP_201_CREATED)


class RunDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses=RunSerializer, summary="One of your runs")
    def get(self, request: Request, run_id: str) -> Response:
        run = selectors.access_run_by_id(request.user, run_id)
        return Response(RunSerializer(run).data)


class RunShareApi(APIView):
    """A run's visibility: POST makes it public (it gets a share link anyone may open, read-only), DELETE
    makes it private again (the link is deleted). Runs are private until their owner says otherwise."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        request=None,
        responses={
            200: RunShareSerializer,
            409: error_response("The run has not ended yet (`run_active`): make it public once it has."),
        },
        summary="Make one of your runs public: its share link",
        description="Idempotent: a run already public keeps its link.",
    )
    def post(self, request: Request, run_id: str) -> Response:
        shared = services.run_make_public(user=request.user, run_id=run_id)
        url = request.build_absolute_uri(reverse("execution:share_link", args=[shared.id]))
        return Response(RunShareSerializer({"id": shared.id, "url": url}).data)

    @extend_schema(request=None, responses={204: None}, summary="Make one of your runs private again")
    def delete(self, request: Request, run_id: str) -> Response:
        services.run_make_private(user=request.user, run_id=run_id)
        return Response(status=status.HTTP_204_NO_CONTENT)


_NOT_FINAL = error_response("The run has not finished yet (`run_not_final`): ask again when it ends.")
_EXPLANATION = (
    "Every compiler diagnostic, trap and failing test of the run, explained from the program's own facts "
    "with a next step; the exercise's hints the student has revealed come first. With a model provider "
    "configured (HINT_PROVIDER), `model_hint` adds a hint in words, or says why there is none. Hidden "
    "tests are explained by their status only."
)


def _explanation_schema(summary: str) -> Any:
    return extend_schema(
        responses={200: ExplanationSerializer, 409: _NOT_FINAL}, summary=summary, description=_EXPLANATION
    )


class RunExplanationApi(APIView):
    permission_classes = [IsAuthenticated]

    @_explanation_schema("Why one of your runs failed")
    def get(self, request: Request, run_id: str) -> Response:
        found = explanations.run_explanation_get(request=request, run_id=run_id)
        return Response(explanations.explanation_data(found))


class SubmissionExplanationApi(APIView):
    permission_classes = [IsAuthenticated]

    @_explanation_schema("Why one of your submissions failed its tests")
    def get(self, request: Request, submission_id: int) -> Response:
        found = explanations.submission_explanation_get(request=request, submission_id=submission_id)
        return Response(explanations.explanation_data(found))


class CompileApi(APIView):
    permission_classes = [IsAuthenticated]
    throttle_scope = "compiles"  # one count with the explorer's (lib/throttles.CompileThrottle)

    @extend_schema(
        request=ProgramInputSerializer,
        responses={200: CompileStageSerializer, 400: _INVALID},
        summary="Every stage of a compile and the source-to-card map, without running",
    )
    def post(self, request: Request) -> Response:
        compiled = _compile(request)
        return Response(compile_result_data(compiled))


class ValidateApi(APIView):
    permission_classes = [IsAuthenticated]
    throttle_scope = "compiles"  # one count with the explorer's (lib/throttles.CompileThrottle)

    @extend_schema(
        request=ProgramInputSerializer,
        responses={200: ValidateSerializer, 400: _INVALID},
        summary="Diagnostics only",
    )
    def post(self, request: Request) -> Response:
        compiled = _compile(request)
        return Response({"ok": bool(compiled.ok), "diagnostics": [d.as_dict() for d in compiled.diagnostics]})


class AnalyseApi(APIView):
    permission_classes = [IsAuthenticated]
    throttle_scope = "compiles"  # an analysis compiles: one count with compile, validate and the explorer

    @extend_schema(
        request=AnalyseInputSerializer,
        responses={
            200: AnalysisSerializer,
            400: error_response(
                "Not valid (`invalid`, `unknown_language`, ...), the program does not compile "
                "(`compile_error`, its diagnostics in `extra.diagnostics`), or it met a limit (`limit`)."
            ),
        },
        summary="Analysis before running: per function its complexity, loops, recursion and calls; "
        "the Store it needs; an estimate of its Engine cost for the input",
    )
    def post(self, request: Request) -> Response:
        serializer = AnalyseInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return Response(services.program_analyse(**serializer.validated_data))


def _compile(request: Request) -> Any:
    serializer = ProgramInputSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    return services.program_compile(**serializer.validated_data, store_size=settings.RUN_DEFAULT_STORE_SIZE)


class SubmissionCreateApi(RunThrottledMixin):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        request=SubmissionInputSerializer,
        parameters=[
            OpenApiParameter(
                "wait", OpenApiTypes.BOOL, description=f"Wait up to {WAIT_SECONDS:g} s for the verdict."
            )
        ],
        responses={201: SubmissionSerializer, 400: _INVALID},
        summary="Submit a program to an exercise's judge",
    )
    def post(self, request: Request, exercise_id: int) -> Response:
        from curriculum.selectors import exercise_get_for_user

        wait = _wants_wait(request)
        serializer = SubmissionInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        exercise = exercise_get_for_user(user=request.user, exercise_id=exercise_id)
        submission = services.submission_create(
            user=request.user, exercise=exercise, **serializer.validated_data
        )
        if wait and not submission.run.is_final:  # a submission served from the cache is judged already

            def final_body() -> Any:
                submission.refresh_from_db()
                submission.run.refresh_from_db()
                return SubmissionSerializer(submission).data

            created = SubmissionSerializer(submission).data
            return _answer_when_final(submission.run_id, final_body, lambda: created)
        return Response(SubmissionSerializer(submission).data, status=status.HTTP_201_CREATED)


class SubmissionDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        responses=SubmissionSerializer,
        summary="One of your submissions, with its per-test results and its whole run",
    )
    def get(self, request: Request, submission_id: int) -> Response:
        submission = selectors.access_submission_by_id(request.user, submission_id)
        return Response(SubmissionSerializer(submission).data)


class SubmissionListApi(APIView):
    permission_classes = [IsAuthenticated]
    pagination_class = Pagination

    @extend_schema(
        parameters=[OpenApiParameter("exercise", OpenApiTypes.INT, description="Only this exercise's")],
        responses=SubmissionSummarySerializer(many=True),
        summary="Your submissions, newest first (summaries: the results and the run are on the detail)",
    )
    def get(self, request: Request) -> Response:
        exercise = request.query_params.get("exercise")
        exercise_id = int(exercise) if exercise and exercise.isdigit() else None
        submissions = selectors.submission_list_for_user(user=request.user, exercise_id=exercise_id)
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(submissions, request, view=self)
        return paginator.get_paginated_response(SubmissionSummarySerializer(page, many=True).data)
