"""The API (Judge0-like): languages, runs, compilation stages, validation, submissions.

Thin: parse with a serializer, call one service or selector, render. Errors leave in the project's shape
{"code", "message", "extra"} through the DRF exception handler.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import BaseThrottle, ScopedRateThrottle
from rest_framework.views import APIView

from ancient_compute.lib.drf import Pagination
from execution import events, selectors, services, toolchain
from execution.models import Run
from execution.serializers import (
    CompileStageSerializer,
    LanguageSerializer,
    ProgramInputSerializer,
    RunInputSerializer,
    RunSerializer,
    RunSummarySerializer,
    SubmissionInputSerializer,
    SubmissionSerializer,
    ValidateSerializer,
    compile_result_data,
)

# ?wait=true holds the request at most this long for the run to become final.
WAIT_SECONDS = 5.0
_ERROR = OpenApiResponse(description='{"code", "message", "extra"}')


def _wait_for_final(run: Run) -> Run:
    """Waits for the run's end on its channel group (not by polling the row), then reads the row."""

    def is_final() -> bool:
        run.refresh_from_db(fields=["status"])
        return run.is_final

    events.run_wait_final(run.id, is_final, WAIT_SECONDS)
    run.refresh_from_db()
    return run


def _wants_wait(request: Request) -> bool:
    return request.query_params.get("wait", "").lower() in {"1", "true", "yes"}


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

    @extend_schema(responses=RunSummarySerializer(many=True), summary="Your runs, newest first")
    def get(self, request: Request) -> Response:
        paginator = Pagination()
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
        responses={201: RunSerializer, 400: _ERROR, 429: _ERROR},
        summary="Run a program",
    )
    def post(self, request: Request) -> Response:
        serializer = RunInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        run = services.run_create(user=request.user, **serializer.validated_data)
        if _wants_wait(request):
            run = _wait_for_final(run)
        return Response(RunSerializer(run).data, status=status.HTTP_201_CREATED)


class RunDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses={200: RunSerializer, 404: _ERROR}, summary="One of your runs")
    def get(self, request: Request, run_id: str) -> Response:
        run = selectors.access_run_by_id(request.user, run_id)
        return Response(RunSerializer(run).data)


class CompileApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        request=ProgramInputSerializer,
        responses={200: CompileStageSerializer, 400: _ERROR},
        summary="Every stage of a compile and the source-to-card map, without running",
    )
    def post(self, request: Request) -> Response:
        compiled = _compile(request)
        return Response(compile_result_data(compiled))


class ValidateApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        request=ProgramInputSerializer,
        responses={200: ValidateSerializer, 400: _ERROR},
        summary="Diagnostics only",
    )
    def post(self, request: Request) -> Response:
        compiled = _compile(request)
        return Response({"ok": bool(compiled.ok), "diagnostics": [d.as_dict() for d in compiled.diagnostics]})


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
        responses={201: SubmissionSerializer, 400: _ERROR, 404: _ERROR, 429: _ERROR},
        summary="Submit a program to an exercise's judge",
    )
    def post(self, request: Request, exercise_id: int) -> Response:
        from curriculum.selectors import exercise_get_for_user

        serializer = SubmissionInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        exercise = exercise_get_for_user(user=request.user, exercise_id=exercise_id)
        submission = services.submission_create(
            user=request.user, exercise=exercise, **serializer.validated_data
        )
        if _wants_wait(request):
            _wait_for_final(submission.run)
            submission.refresh_from_db()
        return Response(SubmissionSerializer(submission).data, status=status.HTTP_201_CREATED)


class SubmissionListApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        parameters=[OpenApiParameter("exercise", OpenApiTypes.INT, description="Only this exercise's")],
        responses=SubmissionSerializer(many=True),
        summary="Your submissions, newest first",
    )
    def get(self, request: Request) -> Response:
        exercise = request.query_params.get("exercise")
        exercise_id = int(exercise) if exercise and exercise.isdigit() else None
        submissions = selectors.submission_list_for_user(user=request.user, exercise_id=exercise_id)
        paginator = Pagination()
        page = paginator.paginate_queryset(submissions, request, view=self)
        return paginator.get_paginated_response(SubmissionSerializer(page, many=True).data)
