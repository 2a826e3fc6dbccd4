"""The course over the API: read-only content, and the signed-in user's own progress.

Students get what the pages show: visible examples, never hidden test cases or reference solutions.
The list endpoints are DRF list views only so that pagination (and its schema) is the settings' one; the
reads themselves are the selectors'.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ancient_compute.lib.schema import LanguageKeyField, error_response
from curriculum import selectors, services


class ModuleListApi(generics.ListAPIView):
    permission_classes = [AllowAny]

    class OutputSerializer(serializers.Serializer):
        id = serializers.IntegerField()
        slug = serializers.SlugField()
        title = serializers.CharField()
        order = serializers.IntegerField()
        era = serializers.CharField()
        summary = serializers.CharField()
        introduction = serializers.CharField(help_text="Markdown.")
        lesson_count = serializers.IntegerField()
        exercise_count = serializers.IntegerField()

        class Meta:
            ref_name = "Module"

    serializer_class = OutputSerializer

    def get_queryset(self) -> QuerySet[Any]:
        return selectors.module_list_for_user(user=self.request.user)

    @extend_schema(tags=["course"], summary="The course's modules, in order")
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)


class ModuleLessonListApi(generics.ListAPIView):
    permission_classes = [AllowAny]

    class OutputSerializer(serializers.Serializer):
        id = serializers.IntegerField()
        slug = serializers.SlugField()
        title = serializers.CharField()
        order = serializers.IntegerField()
        summary = serializers.CharField()
        exercise_count = serializers.IntegerField()

        class Meta:
            ref_name = "LessonSummary"

    serializer_class = OutputSerializer

    def get_queryset(self) -> QuerySet[Any]:
        module = selectors.module_get_by_id_for_user(
            user=self.request.user, module_id=self.kwargs["module_id"]
        )
        return selectors.lesson_list_for_module(user=self.request.user, module=module)

    @extend_schema(tags=["course"], summary="A module's lessons, in order")
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)


class ExampleSerializer(serializers.Serializer):
    name = serializers.CharField()
    input = serializers.CharField()
    expected_output = serializers.CharField()

    class Meta:
        ref_name = "Example"


class LessonExerciseSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    title = serializers.CharField()
    order = serializers.IntegerField()
    language = LanguageKeyField()
    statement = serializers.CharField(help_text="Markdown.")
    starter_code = serializers.CharField()
    max_steps = serializers.IntegerField(allow_null=True)
    max_output = serializers.IntegerField(allow_null=True)
    store_size = serializers.IntegerField(allow_null=True)
    examples = ExampleSerializer(many=True, help_text="The visible test cases only.")

    class Meta:
        ref_name = "LessonExercise"


class ModuleRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    title = serializers.CharField()

    class Meta:
        ref_name = "ModuleRef"


class LessonDetailApi(APIView):
    permission_classes = [AllowAny]

    class OutputSerializer(serializers.Serializer):
        id = serializers.IntegerField()
        module = ModuleRefSerializer()
        slug = serializers.SlugField()
        title = serializers.CharField()
        order = serializers.IntegerField()
        summary = serializers.CharField()
        body = serializers.CharField(help_text="Markdown.")
        exercises = LessonExerciseSerializer(many=True, source="exercises.all")

        class Meta:
            ref_name = "Lesson"

    @extend_schema(tags=["course"], summary="A lesson with its exercises", responses=OutputSerializer)
    def get(self, request: Request, lesson_id: int) -> Response:
        lesson = selectors.lesson_get_by_id_for_user(user=request.user, lesson_id=lesson_id)
        return Response(self.OutputSerializer(lesson).data)


class ProgressListApi(generics.ListAPIView):
    permission_classes = [IsAuthenticated]

    class OutputSerializer(serializers.Serializer):
        lesson = serializers.IntegerField(source="lesson_id", allow_null=True)
        exercise = serializers.IntegerField(source="exercise_id", allow_null=True)
        # Plain text rather than an enum: "status" is also the runs' enum, and the names would collide.
        status = serializers.CharField(help_text="`in_progress` or `completed`.")
        attempts = serializers.IntegerField()
        failed_attempts = serializers.IntegerField()
        hints_revealed = serializers.IntegerField()
        completed_at = serializers.DateTimeField(allow_null=True)
        updated_at = serializers.DateTimeField()

        class Meta:
            ref_name = "Progress"

    serializer_class = OutputSerializer

    def get_queryset(self) -> QuerySet[Any]:
        return selectors.progress_list_for_user(user=self.request.user)

    @extend_schema(
        tags=["course"],
        summary="The signed-in user's progress: lessons done and exercises attempted, latest first",
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)


class LessonDoneApi(APIView):
    """The signed-in student's lesson: PUT marks it done, DELETE marks it not done (a lesson is also done
    once its exercises are solved; opening it never is)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        tags=["course"],
        request=None,
        responses={200: ProgressListApi.OutputSerializer, 409: error_response("A draft (`lesson_draft`).")},
        summary="Mark a lesson done",
    )
    def put(self, request: Request, lesson_id: int) -> Response:
        return self._set(request, lesson_id, done=True)

    @extend_schema(
        tags=["course"],
        request=None,
        responses={200: ProgressListApi.OutputSerializer, 409: error_response("A draft (`lesson_draft`).")},
        summary="Mark a lesson not done",
    )
    def delete(self, request: Request, lesson_id: int) -> Response:
        return self._set(request, lesson_id, done=False)

    def _set(self, request: Request, lesson_id: int, *, done: bool) -> Response:
        lesson = selectors.lesson_get_by_id_for_user(user=request.user, lesson_id=lesson_id)
        progress = services.progress_set_lesson_done(user=request.user, lesson=lesson, done=done)
        return Response(ProgressListApi.OutputSerializer(progress).data)


class ModuleProgressListApi(APIView):
    permission_classes = [IsAuthenticated]

    class OutputSerializer(serializers.Serializer):
        module = serializers.IntegerField(source="module.id")
        slug = serializers.SlugField(source="module.slug")
        title = serializers.CharField(source="module.title")
        completed = serializers.IntegerField()
        total = serializers.IntegerField()
        percent = serializers.IntegerField()

        class Meta:
            ref_name = "ModuleProgress"

    @extend_schema(
        tags=["course"],
        summary="The signed-in user's progress per module (lessons done plus exercises solved)",
        responses=OutputSerializer(many=True),
    )
    def get(self, request: Request) -> Response:
        rows = selectors.module_progress_list_for_user(user=request.user)
        return Response(self.OutputSerializer(rows, many=True).data)
